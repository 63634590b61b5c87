"""The outbox (issue 12 item 5): a document for a person is queued inside the encrypted register first, then
handed to the mail server; a try that fails keeps it there with the reason in one sentence, to try again.

Where it may go (item 2): only the address a request was registered with (the answer address), or, for a
document without a request, an address on the customer's card; never an address typed freely. Once the server
has taken a message its content is blanked: what stays is when, to which kind of address, which document and
the server's answer. Nothing of a message's content reaches the log or the audit log.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass

from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import database
from ..store import outbox as store
from . import mail
from . import mail_texts as texts
from .audit import Action, AuditLog
from .settings import Settings

MIN_PASSWORD = 6


@dataclass(frozen=True)
class Sent:
    """What a try came to: ``error`` is None when the server took the message."""

    message_id: int
    document_id: str
    error: UserError | None = None
    answer: str = ""


class Outbox:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime],
                 password: Callable[[], str | None]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock
        self._password = password
        self._after_sent: dict[str, Callable[[store.Message, object, dt.datetime], None]] = {}

    def after_sent(self, name: str, record: Callable[[store.Message, object, dt.datetime], None]) -> None:
        """``record(message, value, at)`` runs in the transaction that marks a message sent whose ``after_sent``
        names ``name`` (the statement notice given, an Art. 19 notice sent)."""
        self._after_sent[name] = record

    # --- where a document may go ------------------------------------------------------------------------
    @staticmethod
    def request_address(request_id: int) -> str:
        """The address the request was registered with, or the sentence why it cannot be answered by email."""
        from ..store import requests as requests_store

        request = requests_store.get(request_id)
        if request is None:
            raise UserError(Msg.REQUEST_NOT_FOUND, value=request_id)
        if "@" not in (request.answer_to or ""):
            raise UserError(Msg.SEND_NO_ADDRESS, value=request_id)
        return request.answer_to

    @staticmethod
    def card_addresses(customer_id: int) -> list[str]:
        """The email addresses on the card (where a document without a request may go)."""
        from ..store import customers as customers_store

        card = customers_store.load_card(customer_id)
        if card is None:
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        if not card.emails:
            raise UserError(Msg.SEND_NO_CARD_ADDRESS)
        return list(card.emails)

    @classmethod
    def card_address(cls, customer_id: int, chosen: str | None = None) -> str:
        """``chosen`` if it is one of the card's addresses (the first one when none is chosen)."""
        emails = cls.card_addresses(customer_id)
        if not chosen:
            return emails[0]
        for email in emails:
            if email.lower() == chosen.strip().lower():
                return email
        raise UserError(Msg.SEND_NOT_ON_CARD, value=chosen.strip())

    # --- queueing and sending ---------------------------------------------------------------------------
    def queue(self, *, document_id: str, kind: str, attachment: bytes, attachment_name: str, to: str,
              address_kind: str, customer_id: int | None = None, request_id: int | None = None,
              password: str = "", by: str | None = None, after_sent: dict | None = None) -> int:
        """Put the document in the outbox (inside the caller's transaction, if any); returns its number.
        ``password``: protect the PDF with it (AES-256); it is used here and never kept."""
        recorder = self._settings.recorder(by)
        if password:
            if len(password) < MIN_PASSWORD:
                raise UserError(Msg.ATTACHMENT_PASSWORD_SHORT, limit=MIN_PASSWORD)
            from ..reports.protect import protect

            attachment = protect(attachment, password)
        from email.utils import make_msgid

        domain = self._settings.mail().get("smtp_from", "").rpartition("@")[2] or "etsoft-desk.invalid"
        with self._db.atomic():
            number = store.add(at=self._clock(), by=recorder, document_id=document_id, kind=kind,
                               customer_id=customer_id, request_id=request_id, address_kind=address_kind,
                               to_address=to, subject=texts.subject_of(kind),
                               body=texts.body_of(kind, self._settings.shop(), protected=bool(password)),
                               attachment_name=attachment_name, attachment=attachment, protected=bool(password),
                               message_id=make_msgid(domain=domain), after_sent=after_sent)
            self._audit.record(Action.MAIL, customer_id, f"{document_id} queued as message {number} for "
                               f"{address_kind} address" + (" (password protected)" if password else "")
                               + f" by {recorder}")
        return number

    def send(self, number: int, *, context=None) -> Sent:
        """Try to hand message ``number`` to the mail server (off the GUI thread: it waits for the network).
        It is claimed first, so two sends at once (two windows, a script) never deliver it twice."""
        seen = store.claim_of(number) if 0 < number < 2**63 else None
        if seen is None or seen[0] not in (store.WAITING, store.SENDING):
            raise UserError(Msg.OUTBOX_NOT_FOUND, value=number)
        if not claimable(seen, self._clock()):
            raise UserError(Msg.OUTBOX_BEING_SENT, value=number)
        with self._db.atomic():
            if not store.claim(number, CLAIMANT, self._clock(), seen):
                raise UserError(Msg.OUTBOX_BEING_SENT, value=number)
        message = store.get(number)
        assert message is not None
        try:
            server = mail.Server.from_settings(self._settings.mail())
            email = mail.compose(server, to=message.to_address, subject=message.subject, body=message.body,
                                 message_id=message.message_id, attachment_name=message.attachment_name,
                                 attachment=message.attachment)
            answer = mail.deliver(server, self._password() if server.user else None, email, context=context)
        except BaseException as exc:  # the claim is given back whatever happened (Ctrl-C included)
            error = exc if isinstance(exc, UserError) else UserError(Msg.MAIL_FAILED, host=self._host())
            with self._db.atomic():
                store.failed(number, self._clock(), error.template, _plain(error.params))
            if not isinstance(exc, Exception):
                raise
            return Sent(number, message.document_id, error)
        with self._db.atomic():
            at = self._clock()
            store.sent(number, at, answer)
            for name, value in message.after_sent.items():
                if name in self._after_sent:
                    self._after_sent[name](message, value, at)
            self._audit.record(Action.MAIL, message.customer_id,
                               f"{message.document_id} sent (message {number}) to the {message.address_kind} address")
        database.checkpoint(self._db)  # the blanked content must not stay in the WAL either
        return Sent(number, message.document_id, None, answer)

    def send_waiting(self, *, context=None) -> list[Sent]:
        """Every message waiting (or left "sending" by a process that died); one another send is busy with is
        left to it."""
        results = []
        for m in store.messages(store.WAITING, store.SENDING):
            try:
                results.append(self.send(m.id, context=context))
            except UserError as exc:
                if exc.template not in (Msg.OUTBOX_BEING_SENT, Msg.OUTBOX_NOT_FOUND):
                    raise
        return results

    def drop(self, number: int, *, by: str | None = None) -> None:
        """Take a waiting message out of the outbox (the server refused it for good): its address, text and
        attachment are blanked like a sent one's; the record says it was not sent."""
        recorder = self._settings.recorder(by)
        with self._db.atomic():
            message = store.get(number) if 0 < number < 2**63 else None
            if message is None or not store.drop(number, self._clock()):
                raise UserError(Msg.OUTBOX_NOT_FOUND, value=number)
            self._audit.record(Action.MAIL, message.customer_id,
                               f"{message.document_id} taken out of the outbox unsent (message {number}) by {recorder}")
        database.checkpoint(self._db)

    def _host(self) -> str:
        return self._settings.mail().get("smtp_host", "")

    def test(self, to: str, *, context=None) -> str:
        """A test message straight to ``to`` (not through the outbox); returns the server's answer."""
        from email.utils import make_msgid

        from ..domain.validation import normalise_email

        server = mail.Server.from_settings(self._settings.mail())
        email = mail.compose(server, to=normalise_email(to, "to"), subject=texts.TEST_SUBJECT,
                             body=texts.TEST_BODY, message_id=make_msgid(domain=server.sender.rpartition("@")[2]))
        return mail.deliver(server, self._password() if server.user else None, email, context=context)

    # --- what the owner sees ----------------------------------------------------------------------------
    @staticmethod
    def messages(*statuses: str) -> list[store.Message]:
        return store.messages(*statuses)

    @staticmethod
    def waiting_count() -> int:
        return store.waiting_count()

    def rows(self) -> list[dict]:
        """The outbox without any message's content (``outbox --json``)."""
        now = self._clock()
        return [{"id": m.id, "document_id": m.document_id, "kind": m.kind, "status": shown_status(m, now),
                 "address_kind": m.address_kind, "queued_at": m.queued_at, "attempts": m.attempts,
                 "last_tried_at": m.last_tried_at, "sent_at": m.sent_at, "server_answer": m.server_answer,
                 "protected": m.protected, "reason": reason(m)} for m in store.messages()]


CLAIMANT = f"{socket.gethostname()}:{os.getpid()}"  # this process, as it claims a message for sending
STALE_CLAIM = dt.timedelta(minutes=15)  # a claim this old is taken over even where its process cannot be checked


def claimable(seen: tuple[str, str, str | None], now: dt.datetime) -> bool:
    """Waiting, or "sending" by a process that is gone (killed while it sent: the message was not recorded sent,
    so it goes again, with the same Message-ID)."""
    status, by, at = seen
    if status == store.WAITING:
        return True
    host, _, pid = by.rpartition(":")
    if host == socket.gethostname() and pid.isdigit() and os.name == "posix" and int(pid) != os.getpid():
        try:
            os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except PermissionError:
            pass  # it exists (another user's): alive
    elif by == CLAIMANT:
        return False  # this process is sending it right now (another thread)
    try:
        claimed = dt.datetime.fromisoformat(at) if at else None
    except ValueError:
        claimed = None
    return claimed is None or now - claimed.astimezone(now.tzinfo) > STALE_CLAIM


def shown_status(message: store.Message, now: dt.datetime) -> str:
    """"sending" only while a live process sends it; a claim left by one that died shows as waiting."""
    if message.status == store.SENDING and claimable((message.status, message.claimed_by, message.claimed_at), now):
        return store.WAITING
    return message.status


def reason(message: store.Message) -> str:
    """Why the last try failed, in one sentence ("" when it has not failed)."""
    if not message.last_error:
        return ""
    try:
        return message.last_error.format(**message.last_error_params)
    except (KeyError, IndexError, ValueError):
        return message.last_error


def _plain(params: dict) -> dict:
    return {k: v if isinstance(v, int | str) else str(v) for k, v in params.items()}

