"""The shop's settings that live in the register, declared once with their defaults."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.errors import UserError
from ..domain.messages import QT_TRANSLATE_NOOP, Msg
from ..store import settings as store

STAFF_INITIALS = "staff_initials"
BACKUP_FOLDER = "backup_folder"  # automatic backup at start to this folder ("" : none)
BACKUP_KEEP = "backup_keep"  # how many automatic backups stay in that folder
IDLE_LOCK = "idle_lock_minutes"  # the counter lock closes over the screen after this many idle minutes (0: never)
# The recipient (a processor in the recipients register) who keeps the books: the invoices for the accountant go
# there, each export recorded as a disclosure to it. Kept as the recipient's number, shown by its name.
ACCOUNTANT = "accountant_recipient"
RETENTION_PREFIX = "retention."
RETENTION_MAX = 1200  # months any category can be kept, at most (100 years)
IMPORT_MAPPING_PREFIX = "program.import_mapping."  # the owner's column mapping per set of headers (issue 13)

PENDING_CHECKPOINT = "checkpoint_pending"  # marked in the register while an erasure's checkpoint is unfinished
# marked in a restore's copy before it is put in place (the backup's name); the restore's audit entry clears it
RESTORE_PENDING = "restore_pending"


@dataclass(frozen=True)
class Setting:
    """One setting, declared once: its kind, default and check. The command line's ``settings``, the window's
    settings dialog (its fields, spin-box ranges and choices) and the services all read this declaration.

    ``kind`` is "text", "whole" (a whole number from ``low`` to ``high``), "choice" (one of ``choices``) or
    "recipient" (a processor, kept by its number and shown by its name). ``check`` turns what the owner typed
    into the stored text or raises the one sentence why not; ``group`` is where the window shows it."""

    kind: str
    group: str
    default: str = ""
    check: Callable[[str, str], str] | None = None  # (key, value) -> the text to store
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()
    refused: str = ""  # the Msg template for a value outside the range or the choices
    below: str = ""  # the Msg template for a number from 0 up to ``low`` (a legal minimum), naming ``what``
    what: str = ""
    optional: bool = False  # a whole number that may also be left empty
    window: bool = True  # the settings dialog may set it
    command_line: bool = True  # ``settings set`` may set it
    # How the window shows it (English sources, context "settings", translated by the window): the field's label,
    # a hint (placeholder; for a number, the text shown at its lowest value), the unit after a number, a tooltip,
    # and the name of each choice in the order of ``choices``.
    label: str = ""
    hint: str = ""
    unit: str = ""
    tip: str = ""
    choice_labels: tuple[str, ...] = ()

    def checked(self, key: str, value: object) -> str:
        text = str(value).strip()
        if self.kind == "whole" and not (self.optional and not text):
            try:
                number = int(text)
            except ValueError:
                raise UserError(self.refused, value=_shown(text), low=self.low, high=self.high) from None
            if self.below and 0 <= number < self.low:
                raise UserError(self.below, value=self.what, limit=self.low)
            if not self.low <= number <= self.high:
                raise UserError(self.refused, value=_shown(text), low=self.low, high=self.high)
            text = str(number)
        elif self.kind == "choice":
            text = text.lower()
            if text not in self.choices:
                raise UserError(self.refused, value=_shown(text), choices=", ".join(self.choices))
        return self.check(key, text) if self.check is not None else text


def _shown(value: str) -> str:
    """A value as one line of a sentence (a bad value may hold control characters)."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in value)[:60]


def _free_text(key: str, value: str) -> str:
    from ..domain.validation import check_free_text

    return check_free_text(value, key).strip()


def _initials(_key: str, value: str) -> str:
    initials = value.upper()[:8]
    return Settings._listed(initials) if initials else ""


def _accountant(_key: str, name: str) -> str:
    return str(processor_named(name).id) if name else ""


def _smtp_host(_key: str, value: str) -> str:
    import re

    if value and (len(value) > 253 or not re.fullmatch(r"[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:.]+\]", value)):
        raise UserError(Msg.SMTP_HOST_INVALID, value=_shown(value))
    return value


def _smtp_address(key: str, value: str) -> str:
    from ..domain.validation import normalise_email

    return normalise_email(value, key) if value else ""


def _header_text(key: str, value: str) -> str:
    if any(ch in value for ch in "\r\n\t\x00") or len(value) > 200:  # a header of every message sent
        raise UserError(Msg.SMTP_TEXT_INVALID, value=_shown(value)[:40])
    return _free_text(key, value)


def _text(group: str, label: str, default: str = "", check=_free_text, hint: str = "") -> Setting:
    return Setting("text", group, default, check, label=label, hint=hint)


# Every setting the owner can change, in the order the command line shows them. The shop's details are as its
# privacy statement gives them; the supervisory authority is named in every access report and letter (the
# complaint route, Art. 77); the mail server is where the answers go out (issue 12), its password is in the OS
# keyring, never here. The retention of each category is declared with the category (declared() adds it).
SETTINGS: dict[str, Setting] = {
    STAFF_INITIALS: Setting("text", "staff", check=_initials, label=QT_TRANSLATE_NOOP("settings", "Staff initials"),
                            tip=QT_TRANSLATE_NOOP("settings", "Staff initials (who records changes)")),
    IDLE_LOCK: Setting("whole", "lock", "5", low=0, high=240, refused=Msg.IDLE_MINUTES_INVALID,
                       label=QT_TRANSLATE_NOOP("settings", "Lock after idle"),
                       hint=QT_TRANSLATE_NOOP("settings", "never"), unit=QT_TRANSLATE_NOOP("settings", " minutes")),
    BACKUP_FOLDER: Setting("text", "backup", label=QT_TRANSLATE_NOOP("settings", "Folder"),
                           hint=QT_TRANSLATE_NOOP("settings", "none: back up by hand")),
    BACKUP_KEEP: Setting("whole", "backup", "10", low=1, high=100, refused=Msg.BACKUP_KEEP_INVALID,
                         label=QT_TRANSLATE_NOOP("settings", "Keep the newest"),
                         unit=QT_TRANSLATE_NOOP("settings", " backups")),
    "shop_name": _text("shop", QT_TRANSLATE_NOOP("settings", "Name"), "ETSoft"),
    "shop_address": _text("shop", QT_TRANSLATE_NOOP("settings", "Address"), "Spoorwaterstraat 13, 4561 ZH Hulst"),
    "shop_email": _text("shop", QT_TRANSLATE_NOOP("settings", "Email"), "info@etsoft.nl"),
    "shop_kvk": _text("shop", QT_TRANSLATE_NOOP("settings", "KvK number")),
    "shop_phone": _text("shop", QT_TRANSLATE_NOOP("settings", "Phone")),
    # What a further copy of the access report costs (Art. 15(3): a reasonable fee); empty: nothing. The
    # privacy statement reserves a fee "waar toegelaten door de wet" but names none.
    "shop_copy_fee": _text("shop", QT_TRANSLATE_NOOP("settings", "Fee for an extra copy of the access report"),
                           hint=QT_TRANSLATE_NOOP("settings", "empty: none")),
    # The terms printed on the intake slip (werkbon) of a device left for repair; empty: the standard text
    # (services/intake.py), in the shop's voice.
    "shop_intake_terms": _text("shop", QT_TRANSLATE_NOOP(
        "settings", "Terms on the intake slip, one per line as \\n (empty: the standard text)")),
    "authority_name": _text("authority", QT_TRANSLATE_NOOP("settings", "Name"), "Autoriteit Persoonsgegevens"),
    "authority_address": _text("authority", QT_TRANSLATE_NOOP("settings", "Address"),
                               "Postbus 93374, 2509 AJ Den Haag"),
    "authority_phone": _text("authority", QT_TRANSLATE_NOOP("settings", "Phone"), "088 - 1805 250"),
    "authority_website": _text("authority", QT_TRANSLATE_NOOP("settings", "Website"),
                               "www.autoriteitpersoonsgegevens.nl"),
    ACCOUNTANT: Setting("recipient", "books", check=_accountant, label=QT_TRANSLATE_NOOP("settings", "Accountant"),
                        hint=QT_TRANSLATE_NOOP("settings", "(none chosen)"), tip=QT_TRANSLATE_NOOP(
                            "settings", "The invoices for the accountant go to this processor; each export is "
                                        "recorded as a disclosure to it")),
    "smtp_host": _text("mail", QT_TRANSLATE_NOOP("settings", "Mail server"), check=_smtp_host),
    # Empty: the usual port for the security chosen (services/mail.py).
    "smtp_port": Setting("whole", "mail", low=1, high=65535, refused=Msg.SMTP_PORT_INVALID, optional=True,
                         label=QT_TRANSLATE_NOOP("settings", "Port"),
                         hint=QT_TRANSLATE_NOOP("settings", "empty: the usual port for the security chosen")),
    "smtp_security": Setting("choice", "mail", "starttls", choices=("starttls", "ssl", "none"),
                             refused=Msg.SMTP_SECURITY_INVALID, label=QT_TRANSLATE_NOOP("settings", "Security"),
                             choice_labels=(QT_TRANSLATE_NOOP("settings", "STARTTLS (usually port 587)"),
                                            QT_TRANSLATE_NOOP("settings", "SSL/TLS (usually port 465)"),
                                            QT_TRANSLATE_NOOP("settings", "none (unencrypted: only for a server "
                                                                          "in the shop itself)"))),
    "smtp_user": _text("mail", QT_TRANSLATE_NOOP("settings", "User name"), check=_header_text),
    "smtp_from": _text("mail", QT_TRANSLATE_NOOP("settings", "Sender address"), check=_smtp_address),
    "smtp_from_name": _text("mail", QT_TRANSLATE_NOOP("settings", "Sender name"), check=_header_text),
}


def declared() -> dict[str, Setting]:
    """Every setting: the table above and the months each category of personal data is kept (its default and
    legal minimum are declared with the category in the registry)."""
    return {**SETTINGS, **_retention()}


@functools.cache  # the registry does not change while the program runs; the settings window asks 90 times
def _retention() -> dict[str, Setting]:
    from ..domain.personal_data import CATEGORIES  # not needed to start the window

    return {RETENTION_PREFIX + c.key: Setting("whole", "retention", str(c.retention.months),
                                              low=c.retention.minimum, high=RETENTION_MAX,
                                              refused=Msg.RETENTION_INVALID, below=Msg.RETENTION_BELOW_MINIMUM,
                                              what=c.title.lower(), label=c.title,
                                              unit=QT_TRANSLATE_NOOP("settings", " months"))
            for c in CATEGORIES}


def in_group(group: str) -> list[str]:
    """The settings the window shows in one group, in their declared order."""
    return [key for key, setting in declared().items() if setting.group == group and setting.window]


class Settings:
    def __init__(self, db) -> None:
        self._db = db  # the register's database: several settings changed as one transaction
        self.at_counter = ""  # who is at the counter, chosen in the window from the staff list (this session only)

    @staticmethod
    def value(key: str) -> str:
        """One setting as stored, or its declared default."""
        setting = SETTINGS.get(key) or declared()[key]  # the registry is read only for a retention period
        return store.get(key, setting.default)

    def group(self, group: str) -> dict[str, str]:
        table = declared() if group == "retention" else SETTINGS
        return {key: store.get(key, setting.default) for key, setting in table.items() if setting.group == group}

    def shop(self) -> dict[str, str]:
        return self.group("shop")

    def set_shop(self, **values: str) -> None:
        self.set_values({key: value for key, value in values.items() if self._in(key, "shop")})

    def authority(self) -> dict[str, str]:
        return self.group("authority")

    def set_authority(self, **values: str) -> None:
        self.set_values({key: value for key, value in values.items() if self._in(key, "authority")})

    def mail(self) -> dict[str, str]:
        """The mail server's settings (smtp_*), as the owner entered them."""
        return self.group("mail")

    @staticmethod
    def _in(key: str, group: str) -> bool:
        if key not in SETTINGS or SETTINGS[key].group != group:
            raise UserError(Msg.SETTING_UNKNOWN, value=key)
        return True

    def retention_months(self) -> dict[str, int]:
        """Months each category of personal data is kept (see the registry for from when)."""
        return {key[len(RETENTION_PREFIX):]: int(value) for key, value in self.group("retention").items()}

    def set_retention(self, category: str, months: int | str) -> None:
        self.set_value(RETENTION_PREFIX + category, str(months))

    def all_values(self, *, where: str = "command_line") -> dict[str, str]:
        """Every setting the window (``where="window"``) or the command line may change, by its key."""
        values = {key: self.value(key) for key, setting in declared().items() if getattr(setting, where)}
        if ACCOUNTANT in values:
            values[ACCOUNTANT] = self.accountant_name()  # kept by number, shown by name
        return values

    def set_values(self, values: dict[str, str], *, where: str = "command_line") -> None:
        """Change several settings at once: all of them, or none when one is refused."""
        with self._db.atomic():
            for key, value in values.items():
                self.set_value(key, value, where=where)

    def set_value(self, key: str, value: str, *, where: str = "command_line") -> None:
        setting = declared().get(key)
        if setting is None or not getattr(setting, where):
            raise UserError(Msg.SETTING_UNKNOWN, value=key)
        store.put(key, setting.checked(key, value))

    # --- the accountant (issue 11 item 5) ---------------------------------------------------------------
    @property
    def accountant_id(self) -> int | None:
        value = store.get(ACCOUNTANT, "")
        return int(value) if value.isdigit() else None

    def accountant_name(self) -> str:
        from ..store import sharing

        found = sharing.recipient(self.accountant_id) if self.accountant_id is not None else None
        return found.name if found else ""

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
    def unmark(key: str) -> None:
        store.remove("program." + key)

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
        return self.value(BACKUP_FOLDER)

    @property
    def backup_keep(self) -> int:
        return int(self.value(BACKUP_KEEP))

    @property
    def idle_lock_minutes(self) -> int:
        return int(self.value(IDLE_LOCK))

    @property
    def staff_initials(self) -> str:
        return self.value(STAFF_INITIALS)

    @staff_initials.setter
    def staff_initials(self, value: str) -> None:
        self.set_value(STAFF_INITIALS, value)

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
