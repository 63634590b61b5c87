"""The register on disk: where it lives, creating it, opening it, and the services on it."""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import database
from .audit import AuditLog
from .customers import CustomerService
from .register_lock import RegisterLock
from .settings import PENDING_CHECKPOINT, Settings

if TYPE_CHECKING:  # the services' types, imported only when first used (not before the first paint)
    from .access import AccessService
    from .backup import BackupService
    from .breach import BreachService
    from .consent import ConsentService, StatementService
    from .corrections import CorrectionService
    from .documents import DocumentService
    from .erasure import ErasureService
    from .intake import IntakeService
    from .invoices import InvoiceService
    from .ledger import ErasureLedger
    from .marketing import MarketingService
    from .notices import NoticeService
    from .outbox import Outbox
    from .pin import PinService
    from .receipts import ReceiptService
    from .referrals import ReferralService
    from .requests import RequestService
    from .retention import RetentionService
    from .rights import RightsService
    from .sensitive import SensitiveService
    from .sharing import SharingService
    from .sharing_list import SharingListService
    from .staff import StaffService
    from .statement_notice import StatementNotices
    from .todo import TodoService

REGISTER_FILE = "register.db"
DATA_DIR_ENV = "ETSOFT_DESK_DATA"
Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def default_data_dir() -> Path:
    import platformdirs

    return platformdirs.user_data_path("ETSoft Desk", "ETSoft", roaming=True)


def data_dir(arg: str | None, env: Mapping[str, str] = os.environ) -> Path:
    """--data-dir, then ETSOFT_DESK_DATA, then the platform's app-data folder."""
    if arg:
        return Path(arg).expanduser()
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser()
    return default_data_dir()


def register_path(directory: Path) -> Path:
    return directory / REGISTER_FILE


def new_key() -> bytes:
    import secrets

    return secrets.token_bytes(database.KEY_BYTES)


class Register:
    """An open register and the services that work on it."""

    def __init__(self, db, path: Path, clock: Clock = local_now, *, key: bytes | None = None, lock=None) -> None:
        self._db = db
        self._lock = lock or RegisterLock(path, None)  # this opening's shared lock (services/register_lock.py)
        self.path = path
        self.clock = clock
        self._key = key  # in memory only, as SQLCipher has it anyway: backups are keyed with it
        self.replayed = 0  # erasures from the ledger carried out again when the register was opened
        self.ledger_report: list = []  # what the cross-check of the ledger found (UserError sentences)
        self.removed: list = []  # leftover copies removed at the start (UserError sentences)
        self.audit = AuditLog(clock)
        self.audit.attach_ledger(lambda: self.ledger)  # the chain's head is anchored there
        self.settings = Settings(db)
        self.keystore: Callable | None = None  # where secrets beside the key live (the mail password); set on opening
        self.customers = CustomerService(db, self.audit, clock, self.settings)

    # The other services are made (and their modules imported) when first used, not before the first paint.
    @functools.cached_property
    def consent(self) -> ConsentService:
        from .consent import ConsentService

        return ConsentService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def statements(self) -> StatementService:
        from .consent import StatementService

        return StatementService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def sharing(self) -> SharingService:
        from .sharing import SharingService

        return SharingService(self._db, self.audit, self.settings, self.clock, self.known_ledger)

    @functools.cached_property
    def referrals(self) -> ReferralService:
        from .referrals import ReferralService

        return ReferralService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def sensitive(self) -> SensitiveService:
        from .sensitive import SensitiveService

        return SensitiveService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def receipts(self) -> ReceiptService:
        from .receipts import ReceiptService

        return ReceiptService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def rights(self) -> RightsService:
        from .rights import RightsService

        return RightsService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def corrections(self) -> CorrectionService:
        from .corrections import CorrectionService

        return CorrectionService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def marketing(self) -> MarketingService:
        from .marketing import MarketingService

        return MarketingService(self._db, self.audit, self.settings, self.clock, self.known_ledger)

    @functools.cached_property
    def sharing_list(self) -> SharingListService:
        from .sharing_list import SharingListService

        return SharingListService(self._db, self.audit, self.settings, self.clock, self.known_ledger)

    @functools.cached_property
    def invoices(self) -> InvoiceService:
        from .invoices import InvoiceService

        return InvoiceService(self._db, self.audit, self.settings, self.sharing, self.clock)

    @functools.cached_property
    def requests(self) -> RequestService:
        from .requests import RequestService

        return RequestService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def access(self) -> AccessService:
        from .access import AccessService

        return AccessService(self._db, self.audit, self.settings, self.requests, self.clock)

    @functools.cached_property
    def intake(self) -> IntakeService:  # the intake slip of a service job (issue 15)
        from .intake import IntakeService

        return IntakeService(self._db, self.audit, self.settings, self.consent, self.clock)

    @functools.cached_property
    def documents(self) -> DocumentService:
        from .documents import DocumentService

        return DocumentService(self._db, self.audit, self.settings, self.requests, self.sharing, self.clock)

    @functools.cached_property
    def outbox(self) -> Outbox:  # issue 12: documents by email
        from .mail import kept_password
        from .outbox import Outbox

        outbox = Outbox(self._db, self.audit, self.settings, self.clock,
                        lambda: kept_password(self.keystore, self.register_id))
        outbox.after_sent("statement_notice", self.statement_notices.after_sent)
        outbox.after_sent("art19_notice", self.notices.email_delivered)
        return outbox

    @functools.cached_property
    def statement_notices(self) -> StatementNotices:  # issue 12: the notice of a new privacy statement to one customer
        from .statement_notice import StatementNotices

        return StatementNotices(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def breaches(self) -> BreachService:
        from .breach import BreachService

        return BreachService(self._db, self.audit, self.settings, self.clock, lambda: self._key)

    @functools.cached_property
    def ledger(self) -> ErasureLedger:
        from .ledger import LEDGER_NAME, ErasureLedger

        return ErasureLedger(self.path.parent / LEDGER_NAME, self._ledger_salt(), self._db)

    def known_ledger(self):
        """The erasure ledger where this register can read it; None when it was opened without its key before
        a salt was kept (then nobody can be recognised, and the lists hold nobody back)."""
        try:
            return self.ledger
        except RuntimeError:
            return None

    def _ledger_salt(self) -> bytes:
        """The salt of the ledger's hashes: derived from the key the first time, then kept inside the
        (encrypted) register, so that a new key (rekey) does not make earlier erasures unrecognisable."""
        from .ledger import ledger_salt

        if kept := self.settings.marked("ledger_salt"):
            return bytes.fromhex(kept)
        if self._key is None:
            raise RuntimeError("a register opened without its key has no erasure ledger yet")
        salt = ledger_salt(self._key)
        with self._db.atomic():
            self.settings.mark("ledger_salt", salt.hex())
        return salt

    @functools.cached_property
    def erasure(self) -> ErasureService:
        from .erasure import ErasureService

        return ErasureService(self._db, self.audit, self.settings, self.requests, self.ledger, self.clock,
                              after=self.remove_leftovers, outbox=lambda: self.outbox)

    def remove_leftovers(self, *, confirmed: bool = False) -> list:
        """Securely remove copies of the register that may hold people erased since (services/leftovers.py);
        ``confirmed``: the owner confirmed a restore, so the set-aside registers go too."""
        from .leftovers import sweep_register

        return sweep_register(self, confirmed=confirmed)

    def checkpoint_pending(self) -> bool:
        """An erasure's checkpoint is still unfinished (a reader held it up): "nog bezig"."""
        return bool(self.settings.marked(PENDING_CHECKPOINT))

    @functools.cached_property
    def notices(self) -> NoticeService:  # issue 12 item 4: the Art. 19 notices, one per recipient
        from .notices import NoticeService

        return NoticeService(self._db, self.audit, self.settings, self.clock)

    @functools.cached_property
    def retention(self) -> RetentionService:
        from .retention import RetentionService

        return RetentionService(self._db, self.audit, self.settings, lambda: self.erasure, self.clock)

    @functools.cached_property
    def backups(self) -> BackupService:
        from .backup import BackupService

        if self._key is None:
            raise RuntimeError("a register opened without its key cannot be backed up")
        return BackupService(self._db, self.path, self._key, self.audit, self.settings, self.clock,
                             ledger=lambda: self.ledger)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt the register with ``new_key`` (one transaction: it opens with the old key or the new one,
        never neither), then fold the WAL back so no page under the old key stays beside the file."""
        _ = self.ledger  # the ledger's salt is kept in the register before the key it was derived from goes
        database.rekey(self._db, new_key)
        self._key = new_key
        for name, member in vars(Register).items():  # every service is made anew, none with the old key
            if isinstance(member, functools.cached_property):
                self.__dict__.pop(name, None)

    @functools.cached_property
    def pin(self) -> PinService:
        from .pin import PinService

        return PinService(self._db, self.settings, self._key)

    @functools.cached_property
    def staff(self) -> StaffService:
        from .staff import StaffService

        return StaffService(self._db, self.audit)

    @functools.cached_property
    def todo(self) -> TodoService:
        from .todo import TodoService

        return TodoService(self._db, self.audit, self.statements, self.referrals, self.requests, self.settings, self.clock)

    @property
    def db(self):
        """The register's one database handle (the services are given it when they are made)."""
        return self._db

    @property
    def key(self) -> bytes | None:
        """The register's key as it was opened with (memory only; for backups, restore and rekey)."""
        return self._key

    def about(self) -> dict[str, str]:
        """Versions and where things live, for the Help menu (no personal data)."""
        from .register_open import about

        return about(self)

    def transaction(self):
        """Several service calls in one transaction (savepoints within); it holds the write lock from its start."""
        return self._db.atomic()

    def reading(self):
        """One snapshot for reads that write nothing: it never waits for a transaction elsewhere."""
        return self._db.atomic("DEFERRED")

    @property
    def register_id(self) -> str:
        return database.register_id(self.path)

    def customer_data(self, customer_id: int, *, reason: str = "show") -> dict:
        """Everything held about one customer, as plain data (a logged reveal: services/serialize.py)."""
        from .serialize import customer_data

        return customer_data(self, customer_id, reason=reason)

    def erased_before(self, card) -> str | None:
        """The date (dd-mm-yyyy) this person asked to be erased, if the erasure ledger knows them."""
        return self.ledger.erased_on(card, self.clock().date()) if self._key is not None else None

    def import_csv(self, path: Path, *, skip_invalid: bool = False, progress=None, **choices):
        """Import a contact file (CSV, .xlsx, vCard); ``choices``: fields, mapping, ignore, notes, duplicates,
        overwrite, delimiter (see services/importer.import_file). The window's mapping is remembered."""
        from .importer import import_file

        erased = self.ledger.matcher() if self._key is not None else None
        return import_file(path, db=self._db, audit=self.audit, today=self.clock().date(), now=self.clock(),
                           skip_invalid=skip_invalid, progress=progress, erased=erased, **choices)

    def import_preview(self, path: Path, *, delimiter: str | None = None):
        """The columns and first rows of a contact file, with the fields last chosen for its set of headers."""
        from .import_layouts import header_digest
        from .import_formats import open_table
        from .importer import preview

        table = open_table(Path(path), delimiter=delimiter)
        table.close()
        return preview(path, remembered=self.settings.import_mapping(header_digest(table.header)),
                       delimiter=delimiter)

    def remember_import_mapping(self, header: list[str], fields: list[str | None]) -> None:
        from .import_layouts import header_digest

        self.settings.remember_import_mapping(header_digest(header), fields)

    def explain_failure(self, exc: BaseException) -> BaseException:
        """A worker's failure, told as "changed elsewhere" when a rekey elsewhere is the cause (register_open)."""
        from .register_open import explain_failure

        return explain_failure(self, exc)

    def release_thread(self) -> None:
        """Call at the end of work done in a worker thread (peewee keeps one connection per thread)."""
        database.release_thread_connection(self._db)

    def close(self) -> None:
        from .register_open import before_closing

        before_closing(self)  # an erasure's checkpoint left unfinished tried once more; the audit head anchored
        try:
            database.close_register(self._db)
        finally:
            self._lock.release()  # only once SQLite let go: a restore elsewhere may replace the file from here on

    def exclusively(self):
        """The register this opening's alone for the work inside (a rekey); UserError while open elsewhere."""
        return self._lock.exclusively()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# Making and opening a register, in their own module (register.py holds the Register itself).
from .register_open import NewRegister, create, open_plain, open_with_key  # noqa: E402,F401
