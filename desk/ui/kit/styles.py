"""The colours and style sheets the screens share: one red for what went wrong, one amber
for a notice, one green for done."""
from __future__ import annotations

ERROR_RED = "#b3261e"
ERROR_STYLE = f"color: {ERROR_RED};"
#: The banner above a form the service refused.
FORM_ERROR_STYLE = (f"background: #fdecea; color: {ERROR_RED}; padding: 6px 10px; "
                    "border: 1px solid #f4b4ae; border-radius: 3px;")
#: A bold white-on-red line that must not be missed.
BANNER_STYLE = (f"background: {ERROR_RED}; color: white; font-weight: bold; padding: 6px 10px;"
                "border-radius: 3px;")
NOTICE_STYLE = "color: #8a5300;"
OK_STYLE = "color: #1e7b34;"
