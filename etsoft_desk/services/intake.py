"""The intake slip (werkbon) of a device left for repair, made from its service job.

It is not kept in the register: it names the customer, and the register keeps only proof that names nobody
(issued_document). A reprint is made again from the service job, under the same werkbon number. Each time it
leaves the program (printed, saved, written) is in the audit log, by the job's number, without its values.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

from ..domain.consent import Channel, ConsentState
from ..domain.code_names import SERVICES, capitalised
from ..domain.customer import display_name
from ..domain.errors import UserError
from ..domain.messages import Msg
from ..domain.validation import format_phone
from ..store import customers as customers_store
from .audit import Action, AuditLog
from .consent import ConsentService
from .settings import Settings

# The shop's standard terms, in its own voice; the owner replaces them in the settings (shop_intake_terms).
# What the privacy statement promises is said here too: the data serve this job and are shared with nobody
# without approval given beforehand.
DEFAULT_TERMS = [
    "Wij zijn niet verantwoordelijk voor de gegevens op uw apparaat (bestanden, foto's, e-mail). Maak vooraf "
    "een back-up: bij een reparatie kunnen gegevens verloren gaan.",
    "Wij werken aan de klacht op deze werkbon. Kost de reparatie meer dan u verwacht, dan bellen wij u eerst.",
    "Haal uw apparaat binnen 8 weken op nadat wij u hebben laten weten dat het klaar is, en neem deze werkbon "
    "mee.",
    "Uw gegevens gebruiken wij voor deze opdracht. Wij delen ze met niemand zonder dat u daar vooraf "
    "toestemming voor gaf (zie onze privacyverklaring).",
]
# How a granted channel reads on the slip (distinct from every other word on it, so the slip reads plainly)
CHANNEL_LINES = {Channel.EMAIL: "Per e-mail", Channel.PHONE: "Per telefoon", Channel.SMS: "Per sms",
                 Channel.POST: "Per post", Channel.SOCIAL_MEDIA: "Via sociale media", Channel.IN_APP: "In onze app",
                 Channel.IN_STORE: "In de winkel"}
NONE_GIVEN = ("U gaf ons geen toestemming om u te informeren over onze producten en diensten; wij sturen u "
              "daarover niets.")


class IntakeService:
    def __init__(self, db, audit: AuditLog, settings: Settings, consent: ConsentService,
                 clock: Callable[[], dt.datetime]) -> None:
        self._db = db
        self._audit = audit
        self._settings = settings
        self._consent = consent
        self._clock = clock

    def terms(self) -> list[str]:
        """The shop's own terms from the settings (one per line), else the standard text."""
        own = self._settings.shop().get("shop_intake_terms", "").strip()
        return [line.strip() for line in own.replace("\\n", "\n").splitlines() if line.strip()] or DEFAULT_TERMS

    def render(self, job_id: int, *, by: str | None = None) -> tuple[str, bytes]:
        """(werkbon number, PDF bytes) for the preview or a file; nothing is logged until it leaves."""
        from ..reports.intake_slip import SlipData, write_intake_slip
        from . import rights

        recorder = self._settings.recorder(by)
        found = customers_store.service_job(job_id)
        if found is None:
            raise UserError(Msg.SERVICE_JOB_NOT_FOUND, value=job_id)
        customer_id, job = found
        card = customers_store.load_card(customer_id)
        if card is None:  # the job's customer went between the two reads (an erasure in another window)
            raise UserError(Msg.SERVICE_JOB_NOT_FOUND, value=job_id)
        in_force = rights.in_force(customer_id)
        consent, none = [], NONE_GIVEN
        if in_force.restriction is not None and in_force.restriction.active:
            none = (f"Op uw verzoek gebruiken wij uw gegevens sinds {in_force.restriction.since:%d-%m-%Y} beperkt "
                    "(AVG art. 18): wij sturen u geen berichten over onze producten en diensten.")
        elif in_force.marketing_objection is not None:
            none = (f"U maakte op {in_force.marketing_objection:%d-%m-%Y} bezwaar tegen direct marketing: wij "
                    "sturen u geen berichten over onze producten en diensten.")
        else:
            consent = [f"{CHANNEL_LINES[channel]}: ja, sinds {record.recorded_at:%d-%m-%Y}"
                       for channel, record in self._consent.states(customer_id).items()
                       if record is not None and record.state is ConsentState.GRANTED]
        number = str(job.id)
        data = SlipData(number=number, shop=self._settings.shop(), customer_id=customer_id,
                        customer_name=display_name(card.first_name, card.infix, card.last_name),
                        phone=format_phone(card.phones[0]) if card.phones else "", date=job.date,
                        kind=capitalised(SERVICES.get(job.kind, job.kind.value)), device=job.device,
                        serial_number=job.serial_number, fault=job.description, taken_in_by=recorder,
                        terms=self.terms(), consent=consent, consent_none=none, printed_at=self._clock())
        buffer = io.BytesIO()
        write_intake_slip(buffer, data)
        return number, buffer.getvalue()

    @staticmethod
    def customer_of(job_id: int) -> int:
        """Whose service job it is (the slip goes to an address on that card)."""
        found = customers_store.service_job(job_id)
        if found is None:
            raise UserError(Msg.SERVICE_JOB_NOT_FOUND, value=job_id)
        return found[0]

    def issued(self, job_id: int, how: str, *, by: str | None = None) -> None:
        """Log that the slip left the program (printed, saved, written); its values stay out of the log."""
        found = customers_store.service_job(job_id)
        if found is None:
            raise UserError(Msg.SERVICE_JOB_NOT_FOUND, value=job_id)
        with self._db.atomic():
            self._audit.record(Action.REPORT, found[0],
                               f"intake slip for job {job_id} {how} by {self._settings.recorder(by)}")

    def write(self, job_id: int, path: Path | str, *, by: str | None = None, overwrite: bool = False) -> Path:
        """Write the slip where the owner asked (``etsoft-desk job slip``) and log it."""
        from . import outputs

        outputs.check(path, overwrite=overwrite)
        _number, pdf = self.render(job_id, by=by)
        written = outputs.write(path, pdf, overwrite=overwrite)
        self.issued(job_id, "written", by=by)
        return written
