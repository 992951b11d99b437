# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, settingsDialog):
        if not settingsDialog.objectName():
            settingsDialog.setObjectName(u"settingsDialog")
        settingsDialog.resize(440, 180)
        self.dialogLayout = QVBoxLayout(settingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.settingsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.idleLabel = QLabel(settingsDialog)
        self.idleLabel.setObjectName(u"idleLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleMinutes = QSpinBox(settingsDialog)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(1)
        self.idleMinutes.setMaximum(240)
        self.idleMinutes.setValue(10)

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleMinutes)

        self.languageLabel = QLabel(settingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(settingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.dialogLayout.addLayout(self.settingsForm)

        self.settingsHint = QLabel(settingsDialog)
        self.settingsHint.setObjectName(u"settingsHint")
        self.settingsHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.settingsHint)

        self.settingsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.settingsSpacer)

        self.buttonBox = QDialogButtonBox(settingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleMinutes)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(settingsDialog)
        self.buttonBox.accepted.connect(settingsDialog.accept)
        self.buttonBox.rejected.connect(settingsDialog.reject)

        QMetaObject.connectSlotsByName(settingsDialog)
    # setupUi

    def retranslateUi(self, settingsDialog):
        settingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.idleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Lock after idle minutes:", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Language:", None))
        self.settingsHint.setText(QCoreApplication.translate("SettingsDialog", u"Desk locks itself when nobody has used it for this long; only the administrator changes it. Ctrl+L locks at once.", None))
    # retranslateUi

