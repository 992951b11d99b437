# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QMainWindow, QMenu, QMenuBar,
    QSizePolicy, QStatusBar, QToolBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, mainWindow):
        if not mainWindow.objectName():
            mainWindow.setObjectName(u"mainWindow")
        mainWindow.resize(1280, 760)
        self.actionNewComplaint = QAction(mainWindow)
        self.actionNewComplaint.setObjectName(u"actionNewComplaint")
#if QT_CONFIG(shortcut)
        self.actionNewComplaint.setShortcut(u"Ctrl+N")
#endif // QT_CONFIG(shortcut)
        self.actionBackupNow = QAction(mainWindow)
        self.actionBackupNow.setObjectName(u"actionBackupNow")
        self.actionQuit = QAction(mainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionSearch = QAction(mainWindow)
        self.actionSearch.setObjectName(u"actionSearch")
#if QT_CONFIG(shortcut)
        self.actionSearch.setShortcut(u"Ctrl+F")
#endif // QT_CONFIG(shortcut)
        self.actionRefresh = QAction(mainWindow)
        self.actionRefresh.setObjectName(u"actionRefresh")
#if QT_CONFIG(shortcut)
        self.actionRefresh.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)
        self.actionShowVoided = QAction(mainWindow)
        self.actionShowVoided.setObjectName(u"actionShowVoided")
        self.actionShowVoided.setCheckable(True)
        self.actionOrganisation = QAction(mainWindow)
        self.actionOrganisation.setObjectName(u"actionOrganisation")
        self.actionSettings = QAction(mainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionAbout = QAction(mainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(mainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(6, 6, 6, 0)
        mainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(mainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuCases = QMenu(self.menuBar)
        self.menuCases.setObjectName(u"menuCases")
        self.menuSetup = QMenu(self.menuBar)
        self.menuSetup.setObjectName(u"menuSetup")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        mainWindow.setMenuBar(self.menuBar)
        self.mainToolBar = QToolBar(mainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        mainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusBar = QStatusBar(mainWindow)
        self.statusBar.setObjectName(u"statusBar")
        mainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuCases.menuAction())
        self.menuBar.addAction(self.menuSetup.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewComplaint)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionBackupNow)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuCases.addAction(self.actionSearch)
        self.menuCases.addAction(self.actionRefresh)
        self.menuCases.addSeparator()
        self.menuCases.addAction(self.actionShowVoided)
        self.menuSetup.addAction(self.actionOrganisation)
        self.menuSetup.addAction(self.actionSettings)
        self.menuHelp.addAction(self.actionAbout)
        self.mainToolBar.addAction(self.actionNewComplaint)
        self.mainToolBar.addAction(self.actionSearch)
        self.mainToolBar.addAction(self.actionRefresh)
        self.mainToolBar.addSeparator()
        self.mainToolBar.addAction(self.actionOrganisation)
        self.mainToolBar.addAction(self.actionSettings)

        self.retranslateUi(mainWindow)

        QMetaObject.connectSlotsByName(mainWindow)
    # setupUi

    def retranslateUi(self, mainWindow):
        mainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Desk", None))
        self.actionNewComplaint.setText(QCoreApplication.translate("MainWindow", u"&New complaint...", None))
#if QT_CONFIG(tooltip)
        self.actionNewComplaint.setToolTip(QCoreApplication.translate("MainWindow", u"Record a new complaint", None))
#endif // QT_CONFIG(tooltip)
        self.actionBackupNow.setText(QCoreApplication.translate("MainWindow", u"&Backup now", None))
#if QT_CONFIG(tooltip)
        self.actionBackupNow.setToolTip(QCoreApplication.translate("MainWindow", u"Copy the database to the backup folder and verify the copy", None))
#endif // QT_CONFIG(tooltip)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionSearch.setText(QCoreApplication.translate("MainWindow", u"&Search", None))
#if QT_CONFIG(tooltip)
        self.actionSearch.setToolTip(QCoreApplication.translate("MainWindow", u"Search by case number, name, phone or words", None))
#endif // QT_CONFIG(tooltip)
        self.actionRefresh.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
        self.actionShowVoided.setText(QCoreApplication.translate("MainWindow", u"Show &voided cases", None))
        self.actionOrganisation.setText(QCoreApplication.translate("MainWindow", u"&Organisation...", None))
#if QT_CONFIG(tooltip)
        self.actionOrganisation.setToolTip(QCoreApplication.translate("MainWindow", u"Company, sites, departments, tenants, staff, categories, channels", None))
#endif // QT_CONFIG(tooltip)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"Se&ttings...", None))
#if QT_CONFIG(tooltip)
        self.actionSettings.setToolTip(QCoreApplication.translate("MainWindow", u"Operator on duty and language", None))
#endif // QT_CONFIG(tooltip)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Desk", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuCases.setTitle(QCoreApplication.translate("MainWindow", u"&Cases", None))
        self.menuSetup.setTitle(QCoreApplication.translate("MainWindow", u"&Setup", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

