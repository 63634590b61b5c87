"""The notice of a new privacy statement to one customer (issue 12): a short letter with the new text, printed
or sent by email; the notice counts as given when it was handed over or the mail server took it."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

from ..domain.customer import display_name, postal_lines
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..store import consent as consent_store
from ..store import customers as customers_store
from .audit import Action, AuditLog
from .settings import Settings


class StatementNotices:
    def __init__(self, db, audit: AuditLog, settings: Settings, clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._clock = clock

    def render(self, customer_id: int, *, by: str | None = None) -> tuple[str, int, bytes]:
        """(document id, statement version, PDF) of the notice to ``customer_id`` about the current version."""
        from ..reports.common import document_id
        from ..reports.document import Block, Document, write_document

        recorder = self._settings.recorder(by)
        version = consent_store.current_statement(self._clock().date())
        if version is None:
            raise UserError(Msg.STATEMENT_NONE)
        card = customers_store.load_card(customer_id)
        if card is None:
            raise UserError(Msg.CUSTOMER_NOT_FOUND, value=customer_id)
        name = display_name(card.first_name, card.infix, card.last_name)
        shop = self._settings.shop()
        blocks = [Block("p", f"Geachte {name},"),
                  Block("p", f"Wij hebben onze privacyverklaring gewijzigd. Vanaf {version.effective_date:%d-%m-%Y} "
                             "geldt de nieuwe tekst hieronder. Daarin staat welke gegevens wij van u bewaren, "
                             "waarvoor, hoe lang, en welke rechten u hebt."),
                  Block("p", "Hebt u vragen of bent u het ergens niet mee eens, laat het ons weten: aan de balie, "
                             f"per e-mail ({shop['shop_email']}) of per post ({shop['shop_address']})."),
                  Block("p", f"Met vriendelijke groet,\n{shop['shop_name']}\n{recorder}"),
                  Block("h2", "Onze privacyverklaring"),
                  *(Block("p", part) for part in version.text.split("\n\n") if part.strip())]
        doc_id = document_id("PV")
        buffer = io.BytesIO()
        write_document(buffer, Document(title="Onze privacyverklaring is gewijzigd", document_id=doc_id,
                                        issued_at=self._clock(), prepared_by=recorder, shop=shop, blocks=blocks,
                                        address=[name, *postal_lines(card.address)]))
        with self._db.atomic():
            self._audit.record(Action.REPORT, customer_id, f"statement notice {doc_id} (version {version.id}) "
                                                           f"by {recorder}")
        return doc_id, version.id, buffer.getvalue()

    def given(self, customer_id: int, version_id: int, on: dt.date, how: str, by: str) -> None:
        """The notice was handed over or sent: the customer is informed of ``version_id``."""
        with self._db.atomic():
            consent_store.insert_notice(customer_id, version_id, on, how, by)
            self._audit.record(Action.TODO_DONE, customer_id, f"statement_notice {how} by {by}")

    def after_sent(self, message, version_id, at: dt.datetime) -> None:
        """The outbox's hook: the mail server took the notice."""
        if message.customer_id is not None:
            from ..store import outbox as outbox_store

            by = outbox_store.queued_by(message.id)
            self.given(message.customer_id, int(version_id), at.date(), "email", by)
