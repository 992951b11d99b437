# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'org_setup.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_OrgSetupDialog(object):
    def setupUi(self, orgSetup):
        if not orgSetup.objectName():
            orgSetup.setObjectName(u"orgSetup")
        orgSetup.resize(900, 560)
        self.dialogLayout = QVBoxLayout(orgSetup)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(orgSetup)
        self.tabs.setObjectName(u"tabs")
        self.companyTab = QWidget()
        self.companyTab.setObjectName(u"companyTab")
        self.companyLayout = QVBoxLayout(self.companyTab)
        self.companyLayout.setObjectName(u"companyLayout")
        self.companyForm = QFormLayout()
        self.companyForm.setObjectName(u"companyForm")
        self.companyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.companyNameLabel = QLabel(self.companyTab)
        self.companyNameLabel.setObjectName(u"companyNameLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyNameLabel)

        self.companyName = QLineEdit(self.companyTab)
        self.companyName.setObjectName(u"companyName")
        self.companyName.setMaxLength(100)

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyName)


        self.companyLayout.addLayout(self.companyForm)

        self.companyHint = QLabel(self.companyTab)
        self.companyHint.setObjectName(u"companyHint")
        self.companyHint.setWordWrap(True)

        self.companyLayout.addWidget(self.companyHint)

        self.companyMessage = QLabel(self.companyTab)
        self.companyMessage.setObjectName(u"companyMessage")
        self.companyMessage.setWordWrap(True)

        self.companyLayout.addWidget(self.companyMessage)

        self.companySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.companyLayout.addItem(self.companySpacer)

        self.companyButtons = QHBoxLayout()
        self.companyButtons.setObjectName(u"companyButtons")
        self.companyButtonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.companyButtons.addItem(self.companyButtonSpacer)

        self.saveCompany = QPushButton(self.companyTab)
        self.saveCompany.setObjectName(u"saveCompany")

        self.companyButtons.addWidget(self.saveCompany)


        self.companyLayout.addLayout(self.companyButtons)

        self.tabs.addTab(self.companyTab, "")
        self.severityTab = QWidget()
        self.severityTab.setObjectName(u"severityTab")
        self.severityLayout = QVBoxLayout(self.severityTab)
        self.severityLayout.setObjectName(u"severityLayout")
        self.severityHint = QLabel(self.severityTab)
        self.severityHint.setObjectName(u"severityHint")
        self.severityHint.setWordWrap(True)

        self.severityLayout.addWidget(self.severityHint)

        self.severityForm = QFormLayout()
        self.severityForm.setObjectName(u"severityForm")

        self.severityLayout.addLayout(self.severityForm)

        self.severityMessage = QLabel(self.severityTab)
        self.severityMessage.setObjectName(u"severityMessage")
        self.severityMessage.setWordWrap(True)

        self.severityLayout.addWidget(self.severityMessage)

        self.severitySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.severityLayout.addItem(self.severitySpacer)

        self.severityButtons = QHBoxLayout()
        self.severityButtons.setObjectName(u"severityButtons")
        self.severityButtonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.severityButtons.addItem(self.severityButtonSpacer)

        self.saveSeverity = QPushButton(self.severityTab)
        self.saveSeverity.setObjectName(u"saveSeverity")

        self.severityButtons.addWidget(self.saveSeverity)


        self.severityLayout.addLayout(self.severityButtons)

        self.tabs.addTab(self.severityTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(orgSetup)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.companyNameLabel.setBuddy(self.companyName)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(orgSetup)
        self.buttonBox.rejected.connect(orgSetup.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(orgSetup)
    # setupUi

    def retranslateUi(self, orgSetup):
        orgSetup.setWindowTitle(QCoreApplication.translate("OrgSetupDialog", u"Organisation setup", None))
        self.companyNameLabel.setText(QCoreApplication.translate("OrgSetupDialog", u"Company name:", None))
        self.companyName.setPlaceholderText(QCoreApplication.translate("OrgSetupDialog", u"Printed on slips, replies and reports", None))
        self.companyHint.setText(QCoreApplication.translate("OrgSetupDialog", u"Set up the sites, departments, tenants and staff on the next tabs. Entries are never deleted: deactivate what is no longer in use, so that old cases keep their names.", None))
        self.saveCompany.setText(QCoreApplication.translate("OrgSetupDialog", u"&Save", None))
        self.tabs.setTabText(self.tabs.indexOf(self.companyTab), QCoreApplication.translate("OrgSetupDialog", u"Company", None))
        self.severityHint.setText(QCoreApplication.translate("OrgSetupDialog", u"Hours from receiving a complaint to the reply promised to the customer, by severity.", None))
        self.saveSeverity.setText(QCoreApplication.translate("OrgSetupDialog", u"&Save", None))
        self.tabs.setTabText(self.tabs.indexOf(self.severityTab), QCoreApplication.translate("OrgSetupDialog", u"Reply times", None))
    # retranslateUi

