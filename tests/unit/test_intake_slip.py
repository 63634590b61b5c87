"""Issue 15 item 6: the intake slip (werkbon) of a device left for repair, read back from the PDF, and from the
command line (a real process on a real register)."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.customer import JobKind, ServiceJob
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.services import register as reg
from etsoft_desk.services.intake import DEFAULT_TERMS
from etsoft_desk.store import audit as audit_store
from tests.conftest import fixed_clock
from tests.helpers.cards import card
from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)

JOB = ServiceJob(date=dt.date(2026, 11, 24), kind=JobKind.REPAIR, device="Laptop Lenovo ThinkPad E14",
                 serial_number="PF3X9KQ2", description="Start niet op na een update; scherm blijft zwart.")


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def consents(register, cid, **states):
    for channel, state in states.items():
        register.consent.record(cid, Channel(channel), ConsentState(state), ConsentMethod.COUNTER)


@pytest.fixture
def job(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Mieke", infix="de", last_name="Vries", phones=["0612345678"]))
    consents(register, cid, email="granted", sms="granted", phone="refused", post="granted")
    register.consent.withdraw(cid, Channel.POST, ConsentMethod.EMAIL)
    return cid, register.customers.add_service_job(cid, ServiceJob(**JOB.__dict__))


def test_the_slip_says_who_what_the_fault_the_terms_and_only_the_consent_given(register, job):
    cid, job_id = job
    number, pdf = register.intake.render(job_id)
    text = text_of(pdf)
    assert number == str(job_id) and f"Werkbon {job_id}" in text
    for value in ("Mieke de Vries", "06 12345678", "Laptop Lenovo ThinkPad E14", "PF3X9KQ2",
                  "Start niet op na een update; scherm blijft zwart.", "24-11-2026", "Reparatie", "Opgemaakt door: JV"):
        assert value in text, value
    for term in DEFAULT_TERMS:  # the shop's standard terms: data, backup, collect within 8 weeks
        assert term in text, term
    assert "Per e-mail: ja, sinds 25-11-2026" in text and "Per sms: ja" in text
    for absent in ("Per telefoon", "Per post", "Via sociale media", "In onze app", "In de winkel", "ingetrokken",
                   "geen toestemming"):
        assert absent not in text, absent  # refused, withdrawn and never asked: not on the slip
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width == pytest.approx(419.53, abs=1)  # A5


def test_issuing_is_in_the_audit_log_without_values_and_rendering_alone_is_not(register, job):
    cid, job_id = job
    before = len(audit_store.for_customer(cid))
    register.intake.render(job_id)
    assert len(audit_store.for_customer(cid)) == before  # shown in the preview only: nothing left the program
    register.intake.issued(job_id, "printed")
    entry = audit_store.for_customer(cid)[-1]
    assert (entry.action, entry.detail) == ("report.issue", f"intake slip for job {job_id} printed by JV")
    for value in ("Vries", "PF3X9KQ2", "Lenovo", "zwart", "0612345678"):
        assert value not in entry.detail


def test_the_shops_own_terms_from_the_settings_replace_the_standard_ones(register, job):
    _cid, job_id = job
    register.settings.set_value("shop_intake_terms", "Onderzoek kost € 25.\nNa 3 maanden verkopen wij het apparaat.")
    text = text_of(register.intake.render(job_id)[1])
    assert "Onderzoek kost € 25." in text and "Na 3 maanden verkopen wij het apparaat." in text
    assert DEFAULT_TERMS[0] not in text


def test_no_consent_given_says_so_and_an_objection_lists_none(register, job):
    register.settings.staff_initials = "JV"
    plain = register.customers.create(card(first_name="Piet", last_name="Zonder", infix=""))
    job_id = register.customers.add_service_job(plain, ServiceJob(**JOB.__dict__))
    text = text_of(register.intake.render(job_id)[1])
    assert "U gaf ons geen toestemming" in text and "Per e-mail" not in text
    cid, given = job
    register.rights.object_to_marketing(cid, ConsentMethod.COUNTER)
    text = text_of(register.intake.render(given)[1])
    assert "bezwaar tegen direct marketing" in text and "Per e-mail" not in text and "Per sms" not in text


def test_an_unknown_job_is_one_sentence(register, job):
    with pytest.raises(UserError) as caught:
        register.intake.render(999)
    assert caught.value.template == Msg.SERVICE_JOB_NOT_FOUND


def test_job_slip_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    with reg.open_with_key(reg.register_path(data), parse_key(key), clock=fixed_clock) as register:
        register.settings.staff_initials = "JV"
        register.consent.record(1, Channel.SMS, ConsentState.GRANTED, ConsentMethod.COUNTER)
        job_id = register.customers.add_service_job(1, ServiceJob(**JOB.__dict__))
    out = tmp_path / "werkbon.pdf"
    run = etsoft("job", "slip", str(job_id), "-o", str(out), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    assert f"Intake slip of service job {job_id} written to" in run.stdout
    text = text_of(out.read_bytes())
    assert "Anna Zwart" in text and "06 12345678" in text and "PF3X9KQ2" in text and "Per sms: ja" in text
    assert "Per e-mail" not in text
    again = etsoft("job", "slip", str(job_id), "-o", str(out), data_dir=data, key=key)
    assert again.returncode == 1 and "already exists" in again.stderr and "Traceback" not in again.stderr
    replaced = etsoft("job", "slip", str(job_id), "-o", str(out), "--overwrite", data_dir=data, key=key)
    assert replaced.returncode == 0, replaced.stderr
    missing = etsoft("job", "slip", "999", "-o", str(tmp_path / "x.pdf"), data_dir=data, key=key)
    assert missing.returncode == 1 and "no service job 999" in missing.stderr and not (tmp_path / "x.pdf").exists()
    assert etsoft("job", "slip", str(job_id), data_dir=data, key=key).returncode == 2  # -o is required
    with reg.open_with_key(reg.register_path(data), parse_key(key), clock=fixed_clock):
        details = [e.detail for e in audit_store.for_customer(1) if e.action == "report.issue"]
    assert details == [f"intake slip for job {job_id} written by JV"] * 2
