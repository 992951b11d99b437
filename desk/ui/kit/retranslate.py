"""A screen that follows a change of language: Qt sends every widget a LanguageChange
event once the new translator is installed; the screen sets its own texts again
(``_retranslate``) and then shows its data again in the new language (``refresh``).

    class TodayView(Retranslating, QWidget): ...

A screen whose data is shown by another method sets ``redisplay`` to its name."""
from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin, before the Qt class: ``changeEvent`` for LanguageChange, once for all screens."""

    redisplay = "refresh"

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            getattr(self, self.redisplay)()
        super().changeEvent(event)
