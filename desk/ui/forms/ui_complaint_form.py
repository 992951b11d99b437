# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QDialog, QFormLayout, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_ComplaintForm(object):
    def setupUi(self, complaintForm):
        if not complaintForm.objectName():
            complaintForm.setObjectName(u"complaintForm")
        complaintForm.resize(1040, 780)
        complaintForm.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(complaintForm)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.voidBanner = QLabel(complaintForm)
        self.voidBanner.setObjectName(u"voidBanner")
        self.voidBanner.setWordWrap(True)
        self.voidBanner.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.voidBanner)

        self.caseHeader = QLabel(complaintForm)
        self.caseHeader.setObjectName(u"caseHeader")
        self.caseHeader.setWordWrap(True)
        self.caseHeader.setTextFormat(Qt.TextFormat.PlainText)
        self.caseHeader.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.caseHeader)

        self.formError = QLabel(complaintForm)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.formError)

        self.tabs = QTabWidget(complaintForm)
        self.tabs.setObjectName(u"tabs")
        self.recordTab = QWidget()
        self.recordTab.setObjectName(u"recordTab")
        self.recordTabLayout = QVBoxLayout(self.recordTab)
        self.recordTabLayout.setObjectName(u"recordTabLayout")
        self.recordTabLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(self.recordTab)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formGrid = QGridLayout(self.formPage)
        self.formGrid.setObjectName(u"formGrid")
        self.complainantGroup = QGroupBox(self.formPage)
        self.complainantGroup.setObjectName(u"complainantGroup")
        self.complainantLayout = QFormLayout(self.complainantGroup)
        self.complainantLayout.setObjectName(u"complainantLayout")
        self.complainantNameLabel = QLabel(self.complainantGroup)
        self.complainantNameLabel.setObjectName(u"complainantNameLabel")

        self.complainantLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.complainantNameLabel)

        self.complainantName = QLineEdit(self.complainantGroup)
        self.complainantName.setObjectName(u"complainantName")

        self.complainantLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.complainantName)

        self.contactPhoneLabel = QLabel(self.complainantGroup)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.complainantLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhone = QLineEdit(self.complainantGroup)
        self.contactPhone.setObjectName(u"contactPhone")

        self.complainantLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactPhone)

        self.customerHistory = QLabel(self.complainantGroup)
        self.customerHistory.setObjectName(u"customerHistory")
        self.customerHistory.setWordWrap(True)
        self.customerHistory.setTextFormat(Qt.TextFormat.PlainText)

        self.complainantLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.customerHistory)

        self.addressLabel = QLabel(self.complainantGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.complainantLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.complainantGroup)
        self.address.setObjectName(u"address")

        self.complainantLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.address)

        self.roomNoLabel = QLabel(self.complainantGroup)
        self.roomNoLabel.setObjectName(u"roomNoLabel")

        self.complainantLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.roomNoLabel)

        self.roomNo = QLineEdit(self.complainantGroup)
        self.roomNo.setObjectName(u"roomNo")

        self.complainantLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.roomNo)

        self.memberNoLabel = QLabel(self.complainantGroup)
        self.memberNoLabel.setObjectName(u"memberNoLabel")

        self.complainantLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.memberNoLabel)

        self.memberNo = QLineEdit(self.complainantGroup)
        self.memberNo.setObjectName(u"memberNo")

        self.complainantLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.memberNo)

        self.customerClassLabel = QLabel(self.complainantGroup)
        self.customerClassLabel.setObjectName(u"customerClassLabel")

        self.complainantLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.customerClassLabel)

        self.customerClass = QComboBox(self.complainantGroup)
        self.customerClass.setObjectName(u"customerClass")

        self.complainantLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.customerClass)

        self.anonymous = QCheckBox(self.complainantGroup)
        self.anonymous.setObjectName(u"anonymous")

        self.complainantLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.anonymous)


        self.formGrid.addWidget(self.complainantGroup, 0, 0, 1, 1)

        self.complaintGroup = QGroupBox(self.formPage)
        self.complaintGroup.setObjectName(u"complaintGroup")
        self.complaintLayout = QFormLayout(self.complaintGroup)
        self.complaintLayout.setObjectName(u"complaintLayout")
        self.channelLabel = QLabel(self.complaintGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.complaintLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.complaintGroup)
        self.channel.setObjectName(u"channel")

        self.complaintLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channel)

        self.incidentAtLabel = QLabel(self.complaintGroup)
        self.incidentAtLabel.setObjectName(u"incidentAtLabel")

        self.complaintLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.incidentAtLabel)

        self.incidentBox = QWidget(self.complaintGroup)
        self.incidentBox.setObjectName(u"incidentBox")
        self.incidentBoxLayout = QHBoxLayout(self.incidentBox)
        self.incidentBoxLayout.setObjectName(u"incidentBoxLayout")
        self.incidentBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.incidentAt = QDateTimeEdit(self.incidentBox)
        self.incidentAt.setObjectName(u"incidentAt")
        self.incidentAt.setCalendarPopup(True)
        self.incidentAt.setDisplayFormat(u"yyyy-MM-dd HH:mm")

        self.incidentBoxLayout.addWidget(self.incidentAt)

        self.incidentUnknown = QCheckBox(self.incidentBox)
        self.incidentUnknown.setObjectName(u"incidentUnknown")

        self.incidentBoxLayout.addWidget(self.incidentUnknown)

        self.incidentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incidentBoxLayout.addItem(self.incidentSpacer)


        self.complaintLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.incidentBox)

        self.incidentPlaceLabel = QLabel(self.complaintGroup)
        self.incidentPlaceLabel.setObjectName(u"incidentPlaceLabel")

        self.complaintLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.incidentPlaceLabel)

        self.incidentPlace = QLineEdit(self.complaintGroup)
        self.incidentPlace.setObjectName(u"incidentPlace")

        self.complaintLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.incidentPlace)

        self.objectTypeLabel = QLabel(self.complaintGroup)
        self.objectTypeLabel.setObjectName(u"objectTypeLabel")

        self.complaintLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.objectTypeLabel)

        self.objectType = QComboBox(self.complaintGroup)
        self.objectType.setObjectName(u"objectType")

        self.complaintLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.objectType)

        self.tenantLabel = QLabel(self.complaintGroup)
        self.tenantLabel.setObjectName(u"tenantLabel")

        self.complaintLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tenantLabel)

        self.tenant = QComboBox(self.complaintGroup)
        self.tenant.setObjectName(u"tenant")

        self.complaintLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tenant)

        self.departmentLabel = QLabel(self.complaintGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.complaintLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QComboBox(self.complaintGroup)
        self.department.setObjectName(u"department")

        self.complaintLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.department)

        self.staffMemberLabel = QLabel(self.complaintGroup)
        self.staffMemberLabel.setObjectName(u"staffMemberLabel")

        self.complaintLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.staffMemberLabel)

        self.staffMember = QComboBox(self.complaintGroup)
        self.staffMember.setObjectName(u"staffMember")

        self.complaintLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.staffMember)

        self.objectTextLabel = QLabel(self.complaintGroup)
        self.objectTextLabel.setObjectName(u"objectTextLabel")

        self.complaintLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.objectTextLabel)

        self.objectText = QLineEdit(self.complaintGroup)
        self.objectText.setObjectName(u"objectText")

        self.complaintLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.objectText)

        self.categoryLabel = QLabel(self.complaintGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.complaintLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.complaintGroup)
        self.category.setObjectName(u"category")

        self.complaintLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.category)

        self.severityLabel = QLabel(self.complaintGroup)
        self.severityLabel.setObjectName(u"severityLabel")

        self.complaintLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severity = QComboBox(self.complaintGroup)
        self.severity.setObjectName(u"severity")

        self.complaintLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.severity)


        self.formGrid.addWidget(self.complaintGroup, 0, 1, 1, 1)

        self.descriptionGroup = QGroupBox(self.formPage)
        self.descriptionGroup.setObjectName(u"descriptionGroup")
        self.descriptionLayout = QVBoxLayout(self.descriptionGroup)
        self.descriptionLayout.setObjectName(u"descriptionLayout")
        self.description = QPlainTextEdit(self.descriptionGroup)
        self.description.setObjectName(u"description")
        self.description.setMinimumSize(QSize(0, 140))
        self.description.setTabChangesFocus(True)

        self.descriptionLayout.addWidget(self.description)


        self.formGrid.addWidget(self.descriptionGroup, 1, 0, 1, 2)

        self.demandGroup = QGroupBox(self.formPage)
        self.demandGroup.setObjectName(u"demandGroup")
        self.demandGroupLayout = QVBoxLayout(self.demandGroup)
        self.demandGroupLayout.setObjectName(u"demandGroupLayout")
        self.demand = QWidget(self.demandGroup)
        self.demand.setObjectName(u"demand")
        self.demandLayout = QGridLayout(self.demand)
        self.demandLayout.setObjectName(u"demandLayout")
        self.demandLayout.setContentsMargins(0, 0, 0, 0)

        self.demandGroupLayout.addWidget(self.demand)

        self.demandTextLabel = QLabel(self.demandGroup)
        self.demandTextLabel.setObjectName(u"demandTextLabel")

        self.demandGroupLayout.addWidget(self.demandTextLabel)

        self.demandText = QLineEdit(self.demandGroup)
        self.demandText.setObjectName(u"demandText")

        self.demandGroupLayout.addWidget(self.demandText)


        self.formGrid.addWidget(self.demandGroup, 2, 0, 1, 1)

        self.recordGroup = QGroupBox(self.formPage)
        self.recordGroup.setObjectName(u"recordGroup")
        self.recordLayout = QFormLayout(self.recordGroup)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordedByLabel = QLabel(self.recordGroup)
        self.recordedByLabel.setObjectName(u"recordedByLabel")

        self.recordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recordedByLabel)

        self.recordedBy = QComboBox(self.recordGroup)
        self.recordedBy.setObjectName(u"recordedBy")

        self.recordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recordedBy)

        self.receivedAtLabel = QLabel(self.recordGroup)
        self.receivedAtLabel.setObjectName(u"receivedAtLabel")

        self.recordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedAtLabel)

        self.receivedAt = QLabel(self.recordGroup)
        self.receivedAt.setObjectName(u"receivedAt")
        self.receivedAt.setTextFormat(Qt.TextFormat.PlainText)

        self.recordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedAt)


        self.formGrid.addWidget(self.recordGroup, 2, 1, 1, 1)

        self.scrollArea.setWidget(self.formPage)

        self.recordTabLayout.addWidget(self.scrollArea)

        self.tabs.addTab(self.recordTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsTabLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsTabLayout.setObjectName(u"attachmentsTabLayout")
        self.tabs.addTab(self.attachmentsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.tabs.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.voidButton = QPushButton(complaintForm)
        self.voidButton.setObjectName(u"voidButton")
        self.voidButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.voidButton)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.statusLabel = QLabel(complaintForm)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.buttonRow.addWidget(self.statusLabel)

        self.closeButton = QPushButton(complaintForm)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)

        self.saveButton = QPushButton(complaintForm)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.complainantNameLabel.setBuddy(self.complainantName)
        self.contactPhoneLabel.setBuddy(self.contactPhone)
        self.addressLabel.setBuddy(self.address)
        self.roomNoLabel.setBuddy(self.roomNo)
        self.memberNoLabel.setBuddy(self.memberNo)
        self.customerClassLabel.setBuddy(self.customerClass)
        self.channelLabel.setBuddy(self.channel)
        self.incidentAtLabel.setBuddy(self.incidentAt)
        self.incidentPlaceLabel.setBuddy(self.incidentPlace)
        self.objectTypeLabel.setBuddy(self.objectType)
        self.tenantLabel.setBuddy(self.tenant)
        self.departmentLabel.setBuddy(self.department)
        self.staffMemberLabel.setBuddy(self.staffMember)
        self.objectTextLabel.setBuddy(self.objectText)
        self.categoryLabel.setBuddy(self.category)
        self.severityLabel.setBuddy(self.severity)
        self.demandTextLabel.setBuddy(self.demandText)
        self.recordedByLabel.setBuddy(self.recordedBy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(complaintForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(complaintForm)
    # setupUi

    def retranslateUi(self, complaintForm):
        complaintForm.setWindowTitle(QCoreApplication.translate("ComplaintForm", u"Complaint record", None))
        self.complainantGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"Complainant", None))
        self.complainantNameLabel.setText(QCoreApplication.translate("ComplaintForm", u"Name:", None))
        self.contactPhoneLabel.setText(QCoreApplication.translate("ComplaintForm", u"Phone:", None))
        self.contactPhone.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"e.g. 138 1234 5678 or 021-1234 5678", None))
        self.addressLabel.setText(QCoreApplication.translate("ComplaintForm", u"Address:", None))
        self.roomNoLabel.setText(QCoreApplication.translate("ComplaintForm", u"Room no.:", None))
        self.memberNoLabel.setText(QCoreApplication.translate("ComplaintForm", u"Member no.:", None))
        self.customerClassLabel.setText(QCoreApplication.translate("ComplaintForm", u"Customer class:", None))
        self.anonymous.setText(QCoreApplication.translate("ComplaintForm", u"Anonymous (no name or contact given)", None))
        self.complaintGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"The complaint", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintForm", u"Channel:", None))
        self.incidentAtLabel.setText(QCoreApplication.translate("ComplaintForm", u"When:", None))
        self.incidentUnknown.setText(QCoreApplication.translate("ComplaintForm", u"Not known", None))
#if QT_CONFIG(tooltip)
        self.incidentUnknown.setToolTip(QCoreApplication.translate("ComplaintForm", u"Tick when the customer cannot say when it happened", None))
#endif // QT_CONFIG(tooltip)
        self.incidentPlaceLabel.setText(QCoreApplication.translate("ComplaintForm", u"Place:", None))
        self.objectTypeLabel.setText(QCoreApplication.translate("ComplaintForm", u"About:", None))
        self.tenantLabel.setText(QCoreApplication.translate("ComplaintForm", u"Tenant / shop:", None))
        self.departmentLabel.setText(QCoreApplication.translate("ComplaintForm", u"Department:", None))
        self.staffMemberLabel.setText(QCoreApplication.translate("ComplaintForm", u"Staff member:", None))
        self.objectTextLabel.setText(QCoreApplication.translate("ComplaintForm", u"Product or service:", None))
        self.categoryLabel.setText(QCoreApplication.translate("ComplaintForm", u"Category:", None))
        self.severityLabel.setText(QCoreApplication.translate("ComplaintForm", u"Severity:", None))
        self.descriptionGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"What happened", None))
        self.description.setPlaceholderText(QCoreApplication.translate("ComplaintForm", u"What happened, in order, as the customer tells it", None))
        self.demandGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"The customer's demand", None))
        self.demandTextLabel.setText(QCoreApplication.translate("ComplaintForm", u"In the customer's words:", None))
        self.recordGroup.setTitle(QCoreApplication.translate("ComplaintForm", u"Recorded", None))
        self.recordedByLabel.setText(QCoreApplication.translate("ComplaintForm", u"Recorded by:", None))
        self.receivedAtLabel.setText(QCoreApplication.translate("ComplaintForm", u"Received:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recordTab), QCoreApplication.translate("ComplaintForm", u"Record", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("ComplaintForm", u"Attachments", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("ComplaintForm", u"History", None))
        self.voidButton.setText(QCoreApplication.translate("ComplaintForm", u"Void...", None))
#if QT_CONFIG(tooltip)
        self.voidButton.setToolTip(QCoreApplication.translate("ComplaintForm", u"Mark a duplicate or test entry as void; nothing is deleted", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ComplaintForm", u"Close", None))
        self.saveButton.setText(QCoreApplication.translate("ComplaintForm", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ComplaintForm", u"Save the record (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

