# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseListPanel(object):
    def setupUi(self, caseListPanel):
        if not caseListPanel.objectName():
            caseListPanel.setObjectName(u"caseListPanel")
        caseListPanel.resize(1200, 600)
        self.panelLayout = QVBoxLayout(caseListPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchBox = QLineEdit(caseListPanel)
        self.searchBox.setObjectName(u"searchBox")
        self.searchBox.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchBox)

        self.statusFilter = QComboBox(caseListPanel)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchRow.addWidget(self.statusFilter)

        self.severityFilter = QComboBox(caseListPanel)
        self.severityFilter.setObjectName(u"severityFilter")
        self.severityFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.searchRow.addWidget(self.severityFilter)

        self.categoryFilter = QComboBox(caseListPanel)
        self.categoryFilter.setObjectName(u"categoryFilter")
        self.categoryFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryFilter.setMinimumContentsLength(10)

        self.searchRow.addWidget(self.categoryFilter)

        self.channelFilter = QComboBox(caseListPanel)
        self.channelFilter.setObjectName(u"channelFilter")
        self.channelFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.channelFilter.setMinimumContentsLength(8)

        self.searchRow.addWidget(self.channelFilter)


        self.panelLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.objectFilter = QComboBox(caseListPanel)
        self.objectFilter.setObjectName(u"objectFilter")
        self.objectFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.objectFilter.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.objectFilter)

        self.receivedLabel = QLabel(caseListPanel)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.filterRow.addWidget(self.receivedLabel)

        self.datePreset = QComboBox(caseListPanel)
        self.datePreset.setObjectName(u"datePreset")

        self.filterRow.addWidget(self.datePreset)

        self.dateFrom = QDateEdit(caseListPanel)
        self.dateFrom.setObjectName(u"dateFrom")
        self.dateFrom.setCalendarPopup(True)
        self.dateFrom.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.dateFrom)

        self.dateDash = QLabel(caseListPanel)
        self.dateDash.setObjectName(u"dateDash")
        self.dateDash.setText(u"\u2013")

        self.filterRow.addWidget(self.dateDash)

        self.dateTo = QDateEdit(caseListPanel)
        self.dateTo.setObjectName(u"dateTo")
        self.dateTo.setCalendarPopup(True)
        self.dateTo.setDisplayFormat(u"yyyy-MM-dd")

        self.filterRow.addWidget(self.dateTo)

        self.showVoided = QCheckBox(caseListPanel)
        self.showVoided.setObjectName(u"showVoided")

        self.filterRow.addWidget(self.showVoided)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.clearFilters = QPushButton(caseListPanel)
        self.clearFilters.setObjectName(u"clearFilters")

        self.filterRow.addWidget(self.clearFilters)


        self.panelLayout.addLayout(self.filterRow)

        self.caseList = QTableView(caseListPanel)
        self.caseList.setObjectName(u"caseList")
        self.caseList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseList.setAlternatingRowColors(True)
        self.caseList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.caseList.setWordWrap(False)
        self.caseList.horizontalHeader().setHighlightSections(False)
        self.caseList.verticalHeader().setVisible(False)

        self.panelLayout.addWidget(self.caseList)

        QWidget.setTabOrder(self.searchBox, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.severityFilter)
        QWidget.setTabOrder(self.severityFilter, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.channelFilter)
        QWidget.setTabOrder(self.channelFilter, self.objectFilter)
        QWidget.setTabOrder(self.objectFilter, self.datePreset)
        QWidget.setTabOrder(self.datePreset, self.dateFrom)
        QWidget.setTabOrder(self.dateFrom, self.dateTo)
        QWidget.setTabOrder(self.dateTo, self.showVoided)
        QWidget.setTabOrder(self.showVoided, self.clearFilters)
        QWidget.setTabOrder(self.clearFilters, self.caseList)

        self.retranslateUi(caseListPanel)

        QMetaObject.connectSlotsByName(caseListPanel)
    # setupUi

    def retranslateUi(self, caseListPanel):
        self.searchBox.setPlaceholderText(QCoreApplication.translate("CaseListPanel", u"Search: case number, name, phone or words (Ctrl+F)", None))
        self.receivedLabel.setText(QCoreApplication.translate("CaseListPanel", u"Received:", None))
        self.showVoided.setText(QCoreApplication.translate("CaseListPanel", u"Show voided", None))
        self.clearFilters.setText(QCoreApplication.translate("CaseListPanel", u"Clear filters", None))
        pass
    # retranslateUi

