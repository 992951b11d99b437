"""The company as printed on every document: name, address, phone and logo."""
from __future__ import annotations

from pathlib import Path

from desk.i18n import _
from desk.services.cases.attachments import blob_store
from desk.services.common.validation import ValidationError, check_length, check_phone
from desk.services.org.organisation import get_setting, set_setting
from desk.services.org.permissions import require
from desk.store.blobs import AttachmentError
from desk.text import clean_text

LOGO_LIMIT = 5 * 2**20


def details() -> dict[str, str]:
    return {"name": get_setting("company_name") or "",
            "address": get_setting("company_address") or "",
            "phone": get_setting("company_phone") or ""}


def save_details(name: str, address: str = "", phone: str = "", by_id: int | None = None) -> None:
    require(by_id, "change_setup")
    name, address, phone = clean_text(name), clean_text(address), clean_text(phone)
    errors: dict[str, str] = {}
    check_length(errors, "name", name, _("Company name"))
    check_length(errors, "address", address, _("Address"))
    check_phone(errors, "phone", phone, _("Phone"))
    if errors:
        raise ValidationError(errors)
    set_setting("company_name", name)
    set_setting("company_address", address)
    set_setting("company_phone", phone)


def logo_path() -> Path | None:
    sha = get_setting("company_logo")
    if not sha:
        return None
    return blob_store().local_file(sha)


def set_logo(source: Path, by_id: int | None = None) -> Path:
    """Keep an image (PNG, JPEG...) as the company logo; anything else is refused."""
    require(by_id, "change_setup")
    store = blob_store()
    blob = store.put(Path(source), LOGO_LIMIT)
    if blob.kind != "image" or store.make_thumbnail(blob.sha256) is None:
        raise AttachmentError(_("The logo must be a picture (PNG or JPEG)."))
    set_setting("company_logo", blob.sha256)
    return store.path_for(blob.sha256)


def clear_logo(by_id: int | None = None) -> None:
    require(by_id, "change_setup")
    set_setting("company_logo", "")
