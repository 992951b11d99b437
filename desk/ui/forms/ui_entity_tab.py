# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entity_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_EntityTab(object):
    def setupUi(self, entityTab):
        if not entityTab.objectName():
            entityTab.setObjectName(u"entityTab")
        entityTab.resize(820, 460)
        self.tabLayout = QHBoxLayout(entityTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.rowsTable = QTableWidget(entityTab)
        self.rowsTable.setObjectName(u"rowsTable")
        self.rowsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rowsTable.setAlternatingRowColors(True)
        self.rowsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rowsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rowsTable.setWordWrap(False)
        self.rowsTable.horizontalHeader().setStretchLastSection(True)
        self.rowsTable.verticalHeader().setVisible(False)

        self.tabLayout.addWidget(self.rowsTable)

        self.editorBox = QGroupBox(entityTab)
        self.editorBox.setObjectName(u"editorBox")
        self.editorLayout = QVBoxLayout(self.editorBox)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorForm = QFormLayout()
        self.editorForm.setObjectName(u"editorForm")
        self.editorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.editorLayout.addLayout(self.editorForm)

        self.formMessage = QLabel(self.editorBox)
        self.formMessage.setObjectName(u"formMessage")
        self.formMessage.setWordWrap(True)

        self.editorLayout.addWidget(self.formMessage)

        self.editorSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.newButton = QPushButton(self.editorBox)
        self.newButton.setObjectName(u"newButton")

        self.buttonRow.addWidget(self.newButton)

        self.activeButton = QPushButton(self.editorBox)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonRow.addWidget(self.activeButton)

        self.saveButton = QPushButton(self.editorBox)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)


        self.editorLayout.addLayout(self.buttonRow)


        self.tabLayout.addWidget(self.editorBox)

        self.tabLayout.setStretch(0, 3)
        self.tabLayout.setStretch(1, 2)

        self.retranslateUi(entityTab)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(entityTab)
    # setupUi

    def retranslateUi(self, entityTab):
        self.editorBox.setTitle(QCoreApplication.translate("EntityTab", u"Details", None))
        self.newButton.setText(QCoreApplication.translate("EntityTab", u"&New", None))
        self.activeButton.setText(QCoreApplication.translate("EntityTab", u"Deactivate", None))
        self.saveButton.setText(QCoreApplication.translate("EntityTab", u"&Save", None))
        pass
    # retranslateUi

