"""Small pieces the screens share: a bold heading, a red error line, a selectable text line,
the header of a screen (heading, Refresh button, error line under them), the message
line at its foot with a button beside it, and the frame of a small form dialog."""
from __future__ import annotations

from typing import Callable, NamedTuple, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from desk.ui.kit.styles import ERROR_STYLE

W = TypeVar("W", bound=QWidget)


def embolden(widget: W, scale: float = 1.0) -> W:
    """Make ``widget``'s font bold and ``scale`` times its size."""
    font = widget.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def heading_label(parent: QWidget, name: str = "", scale: float = 1.0) -> QLabel:
    """A bold label (``scale`` times the normal size) for a screen's heading."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    embolden(label, scale)
    return label


def error_label(parent: QWidget, name: str) -> QLabel:
    """A red, word-wrapped line for what went wrong; hidden until there is something."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def named(widget: W, name: str) -> W:
    """``widget`` with its object name (what the tests and the style sheets find it by)."""
    widget.setObjectName(name)
    return widget


def push_button(parent: QWidget, name: str, on_click: Callable[[], object] | None = None
                ) -> QPushButton:
    """A named button calling ``on_click``; the caller sets its text (it follows the language)."""
    button = named(QPushButton(parent), name)
    if on_click is not None:
        button.clicked.connect(lambda _checked=False: on_click())
    return button


def list_tree(parent: QWidget, name: str, columns: int) -> QTreeWidget:
    """A flat list of rows in ``columns`` columns, one row selected at a time; the caller
    sets the headers' resize modes. A column sized to its contents is measured on the
    rows in view only (Qt measures up to 1,000 rows: ~60 ms for Today's lists)."""
    tree = named(QTreeWidget(parent), name)
    tree.header().setResizeContentsPrecision(0)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return tree


def plain_label(parent: QWidget, name: str, style: str = "") -> QLabel:
    """A word-wrapped line of plain text (never markup), styled with ``style``."""
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if style:
        widget.setStyleSheet(style)
    return widget


def text_label(parent: QWidget, name: str, style: str = "") -> QLabel:
    """A word-wrapped, selectable line of plain text (never markup), styled with ``style``."""
    widget = plain_label(parent, name, style)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class DialogFrame(NamedTuple):
    intro: QLabel
    form: QFormLayout
    message: QLabel
    buttons: QDialogButtonBox


def dialog_frame(owner: QDialog, message_name: str, message_style: str,
                 buttons=QDialogButtonBox.StandardButton.NoButton) -> DialogFrame:
    """The layout of a small form dialog, top to bottom: an introduction (``intro``), the
    form, a hidden message line (``message_name``, styled ``message_style``) and the
    buttons. The caller fills the form and sets the texts."""
    layout = QVBoxLayout(owner)
    intro = plain_label(owner, "intro")
    layout.addWidget(intro)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.addLayout(form)
    message = plain_label(owner, message_name, message_style)
    message.hide()
    layout.addWidget(message)
    box = QDialogButtonBox(buttons, owner)
    layout.addWidget(box)
    return DialogFrame(intro, form, message, box)


def message_row(owner: QWidget, layout: QBoxLayout, button: QPushButton,
                *more: QPushButton) -> QLabel:
    """Add to ``layout`` a row of a message line (``messageLabel``, taking the width) and
    ``button`` (and any ``more``) on its right; returns the message line."""
    row = QHBoxLayout()
    message = text_label(owner, "messageLabel")
    row.addWidget(message, 1)
    for each in (button, *more):
        row.addWidget(each, 0, Qt.AlignmentFlag.AlignTop)
    layout.addLayout(row)
    return message


class ScreenHeader(NamedTuple):
    heading: QLabel
    refresh_button: QPushButton
    error: QLabel | None


def screen_header(owner: QWidget, layout: QBoxLayout, refresh: Callable[[], None],
                  heading_name: str = "", *, scale: float = 1.0,
                  error_name: str | None = None, button_name: str = "refreshButton",
                  extras: tuple[QWidget, ...] = ()) -> ScreenHeader:
    """Add a row to ``layout``: the heading (stretched), any ``extras``, then a Refresh
    button that calls ``refresh``; under it, if ``error_name`` is given, an error line.
    The caller sets the texts (they change with the language)."""
    row = QHBoxLayout()
    heading = heading_label(owner, heading_name, scale)
    row.addWidget(heading, 1)
    for widget in extras:
        row.addWidget(widget)
    button = QPushButton(owner)
    button.setObjectName(button_name)
    button.clicked.connect(refresh)
    row.addWidget(button)
    layout.addLayout(row)
    error = None
    if error_name:
        error = error_label(owner, error_name)
        layout.addWidget(error)
    return ScreenHeader(heading, button, error)


def place_over(window: QWidget, owner: QWidget | None, width: int, height: int) -> None:
    """Size a top-level ``window`` to ``width`` x ``height`` (at most its screen's free
    area) and centre it on ``owner``'s window, wholly on that screen."""
    from PySide6.QtGui import QGuiApplication

    anchor = owner.window() if owner is not None else None
    screen = (anchor.screen() if anchor is not None else None) or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    window.resize(min(width, free.width()), min(height, free.height()))
    frame = window.frameGeometry()
    centre = anchor.frameGeometry().center() if anchor is not None else free.center()
    frame.moveCenter(centre)
    x = max(free.left(), min(frame.left(), free.right() - frame.width() + 1))
    y = max(free.top(), min(frame.top(), free.bottom() - frame.height() + 1))
    window.move(x, y)
