"""The shop's settings that live in the register, declared once with their defaults."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import settings as store

STAFF_INITIALS = "staff_initials"
BACKUP_FOLDER = "backup_folder"  # automatic backup at start to this folder ("" : none)
BACKUP_KEEP = "backup_keep"  # how many automatic backups stay in that folder
IDLE_LOCK = "idle_lock_minutes"  # the counter lock closes over the screen after this many idle minutes (0: never)



@dataclass(frozen=True)
class Whole:
    """A setting that is a whole number: its default and range, declared once (the checks, the window's spin
    boxes and the sentence for a bad value all read them here)."""

    default: int
    low: int
    high: int
    refused: str  # the Msg template for a value outside the range

    def checked(self, value: object) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise UserError(self.refused, value=value) from None
        if not self.low <= number <= self.high:
            raise UserError(self.refused, value=value)
        return number


RETENTION_MAX = 1200  # months any category can be kept, at most (100 years)
WHOLE = {BACKUP_KEEP: Whole(10, 1, 100, Msg.BACKUP_KEEP_INVALID),
         IDLE_LOCK: Whole(5, 0, 240, Msg.IDLE_MINUTES_INVALID)}
# The shop's details as its privacy statement gives them; the owner can change them in the settings.
SHOP_DEFAULTS = {
    "shop_name": "ETSoft",
    "shop_address": "Spoorwaterstraat 13, 4561 ZH Hulst",
    "shop_email": "info@etsoft.nl",
    "shop_kvk": "",
    "shop_phone": "",
    # What a further copy of the access report costs (Art. 15(3): a reasonable fee); empty: nothing. The
    # privacy statement reserves a fee "waar toegelaten door de wet" but names none.
    "shop_copy_fee": "",
    # The terms printed on the intake slip (werkbon) of a device left for repair; empty: the standard text
    # (services/intake.py), in the shop's voice.
    "shop_intake_terms": "",
}
# The supervisory authority, named in every access report and letter (the complaint route, Art. 77).
AUTHORITY_DEFAULTS = {
    "authority_name": "Autoriteit Persoonsgegevens",
    "authority_address": "Postbus 93374, 2509 AJ Den Haag",
    "authority_phone": "088 - 1805 250",
    "authority_website": "www.autoriteitpersoonsgegevens.nl",
}
RETENTION_PREFIX = "retention."
# The recipient (a processor in the recipients register) who keeps the books: the invoices for the accountant go
# there, each export recorded as a disclosure to it. Kept as the recipient's number, shown by its name.
ACCOUNTANT = "accountant_recipient"
# The mail server the answers go out through (issue 12); the password is in the OS keyring, never here.
SMTP_DEFAULTS = {"smtp_host": "", "smtp_port": "", "smtp_security": "starttls", "smtp_user": "", "smtp_from": "",
                 "smtp_from_name": ""}
SMTP_SECURITIES = ("starttls", "ssl", "none")
IMPORT_MAPPING_PREFIX = "program.import_mapping."  # the owner's column mapping per set of headers (issue 13)


class Settings:
    def __init__(self) -> None:
        self.at_counter = ""  # who is at the counter, chosen in the window from the staff list (this session only)

    def shop(self) -> dict[str, str]:
        return {key: store.get(key, default) for key, default in SHOP_DEFAULTS.items()}

    def set_shop(self, **values: str) -> None:
        self._put_known(SHOP_DEFAULTS, values)

    def authority(self) -> dict[str, str]:
        return {key: store.get(key, default) for key, default in AUTHORITY_DEFAULTS.items()}

    def set_authority(self, **values: str) -> None:
        self._put_known(AUTHORITY_DEFAULTS, values)

    @staticmethod
    def _put_known(defaults: dict[str, str], values: dict[str, str]) -> None:
        for key in values:
            if key not in defaults:
                raise UserError(Msg.SETTING_UNKNOWN, value=key)
        from ..domain.validation import check_free_text

        for key, value in values.items():
            store.put(key, check_free_text(value, key).strip())

    def retention_months(self) -> dict[str, int]:
        """Months each category of personal data is kept (see the registry for from when)."""
        from ..domain.personal_data import CATEGORIES  # not needed to start the window

        return {c.key: int(store.get(RETENTION_PREFIX + c.key, str(c.retention.months))) for c in CATEGORIES}

    def set_retention(self, category: str, months: int | str) -> None:
        from ..domain.personal_data import CATEGORY

        if category not in CATEGORY:
            raise UserError(Msg.SETTING_UNKNOWN, value=category)
        try:
            value = int(str(months).strip())
        except ValueError:
            raise UserError(Msg.RETENTION_INVALID, value=months) from None
        if not 0 <= value <= RETENTION_MAX:
            raise UserError(Msg.RETENTION_INVALID, value=months)
        minimum = CATEGORY[category].retention.minimum
        if value < minimum:
            raise UserError(Msg.RETENTION_BELOW_MINIMUM, value=CATEGORY[category].title.lower(), limit=minimum)
        store.put(RETENTION_PREFIX + category, str(value))

    def all_values(self) -> dict[str, str]:
        """Every setting the owner can change, by its key (the command line's ``settings``)."""
        values = {STAFF_INITIALS: self.staff_initials, IDLE_LOCK: str(self.idle_lock_minutes),
                  BACKUP_FOLDER: self.backup_folder, BACKUP_KEEP: str(self.backup_keep), **self.shop(),
                  **self.authority(), ACCOUNTANT: self.accountant_name(), **self.mail()}
        values.update({RETENTION_PREFIX + key: str(months) for key, months in self.retention_months().items()})
        return values

    def set_values(self, values: dict[str, str]) -> None:
        """Change several settings at once: all of them, or none when one is refused."""
        from ..store.models import database_proxy

        with database_proxy.atomic():
            for key, value in values.items():
                self.set_value(key, value)

    def set_value(self, key: str, value: str) -> None:
        if key == STAFF_INITIALS:
            self.staff_initials = value
        elif key == BACKUP_FOLDER:
            store.put(BACKUP_FOLDER, str(value).strip())
        elif key in WHOLE:
            store.put(key, str(WHOLE[key].checked(value)))
        elif key == ACCOUNTANT:
            self.set_accountant(value)
        elif key in SHOP_DEFAULTS:
            self.set_shop(**{key: value})
        elif key in AUTHORITY_DEFAULTS:
            self.set_authority(**{key: value})
        elif key in SMTP_DEFAULTS:
            store.put(key, smtp_value(key, value))
        elif key.startswith(RETENTION_PREFIX):
            self.set_retention(key[len(RETENTION_PREFIX):], value)
        else:
            raise UserError(Msg.SETTING_UNKNOWN, value=key)

    def mail(self) -> dict[str, str]:
        """The mail server's settings (smtp_*), as the owner entered them."""
        return {key: store.get(key, default) for key, default in SMTP_DEFAULTS.items()}

    # --- the accountant (issue 11 item 5) ---------------------------------------------------------------
    @property
    def accountant_id(self) -> int | None:
        value = store.get(ACCOUNTANT, "")
        return int(value) if value.isdigit() else None

    def accountant_name(self) -> str:
        from ..store import sharing

        found = sharing.recipient(self.accountant_id) if self.accountant_id is not None else None
        return found.name if found else ""

    def set_accountant(self, name: str) -> None:
        """Choose the accountant by the recipient's name ("" chooses none); only a processor can be chosen."""
        name = str(name).strip()
        store.put(ACCOUNTANT, str(processor_named(name).id) if name else "")

    @staticmethod
    def accountant_choices() -> list[str]:
        """The names of the active processors in the recipients register (who may be chosen)."""
        from ..domain.sharing import RecipientRole
        from ..store import sharing

        return [r.name for r in sharing.recipients(active_only=True) if r.role == RecipientRole.PROCESSOR]

    @staticmethod
    def mark(key: str, value: str) -> None:
        """A value the program keeps about itself (e.g. when the last good backup was made), not a setting."""
        store.put("program." + key, value)

    @staticmethod
    def marked(key: str) -> str:
        return store.get("program." + key)

    @staticmethod
    def import_mapping(digest: str) -> list[str | None] | None:
        """The fields the owner chose last time for a file with this set of headers (no values are kept)."""
        import json

        text = store.get(IMPORT_MAPPING_PREFIX + digest)
        try:
            fields = json.loads(text) if text else None
        except ValueError:
            return None
        return fields if isinstance(fields, list) else None

    @staticmethod
    def remember_import_mapping(digest: str, fields: list[str | None]) -> None:
        import json

        store.put(IMPORT_MAPPING_PREFIX + digest, json.dumps(list(fields)))

    @property
    def backup_folder(self) -> str:
        return store.get(BACKUP_FOLDER, "")

    @property
    def backup_keep(self) -> int:
        return int(store.get(BACKUP_KEEP, str(WHOLE[BACKUP_KEEP].default)))

    @property
    def idle_lock_minutes(self) -> int:
        return int(store.get(IDLE_LOCK, str(WHOLE[IDLE_LOCK].default)))

    @property
    def staff_initials(self) -> str:
        return store.get(STAFF_INITIALS)

    @staff_initials.setter
    def staff_initials(self, value: str) -> None:
        initials = value.strip().upper()[:8]
        if initials:
            self._listed(initials)
        store.put(STAFF_INITIALS, initials)

    def recorder(self, given: str | None = None) -> str:
        """Who records a change: the initials given now, else who is at the counter, else the ones in the
        settings; never nobody, and once there is a staff list, someone on it."""
        initials = (given or self.at_counter or self.staff_initials).strip().upper()
        if not initials:
            raise UserError(Msg.STAFF_INITIALS_MISSING)
        return self._listed(initials[:8])

    @staticmethod
    def _listed(initials: str) -> str:
        from ..store import staff

        if staff.count() and staff.get(initials) is None:
            raise UserError(Msg.STAFF_NOT_LISTED, value=initials)
        return initials


def processor_named(name: str):
    """The recipient called ``name`` (case does not matter), which must be a processor, or the sentence why not."""
    from ..domain.sharing import RecipientRole
    from ..store import invoices, sharing

    recipient_id = invoices.recipient_named(name)
    if recipient_id is None:
        raise UserError(Msg.ACCOUNTANT_NOT_FOUND, value=name.strip())
    recipient = sharing.recipient(recipient_id)
    if recipient.role != RecipientRole.PROCESSOR:
        raise UserError(Msg.ACCOUNTANT_NOT_PROCESSOR, name=recipient.name)
    return recipient


def smtp_value(key: str, value: str) -> str:
    """A mail server setting checked and tidied, or the sentence why it cannot be used."""
    import re

    from ..domain.validation import check_free_text, normalise_email

    value = str(value).strip()
    shown = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in value)[:60]  # one line in the sentence
    if key == "smtp_port" and value:
        if not value.isdigit() or not 1 <= int(value) <= 65535:
            raise UserError(Msg.SMTP_PORT_INVALID, value=shown)
        return str(int(value))
    if key == "smtp_security":
        if value.lower() not in SMTP_SECURITIES:
            raise UserError(Msg.SMTP_SECURITY_INVALID, value=shown)
        return value.lower()
    host = re.fullmatch(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\]", value)
    if key == "smtp_host" and value and (len(value) > 253 or not host):
        raise UserError(Msg.SMTP_HOST_INVALID, value=shown)
    if key == "smtp_from" and value:
        return normalise_email(value, key)
    if any(ch in value for ch in "\r\n\t\x00") or len(value) > 200:  # a header of every message sent
        raise UserError(Msg.SMTP_TEXT_INVALID, value=shown[:40])
    return check_free_text(value, key).strip()
