"""Issue 12 item 4: each Art. 19 notice is its own document addressed to its recipient, recorded as waiting, then
as sent (when and how) or not sent (impossible, disproportionate: why); the shred confirmation says what was
recorded when it was made."""

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.customer import Visit
from etsoft_desk.domain.errors import UserError, ValidationFailed
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.recovery_key import parse_key
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.services import register as reg
from etsoft_desk.store import audit as audit_store
from tests.helpers.cards import card
from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)

TZ = dt.timezone(dt.timedelta(hours=1))


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def two_recipients(register, cid: int) -> tuple[int, int]:
    accountant = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR, processor_agreement=True,
                                                contact="Jan Ooms", email="post@ooms.example",
                                                address="Markt 1\n4561 AA Hulst")
    partner = register.sharing.add_recipient("Pelikaan Installaties", RecipientRole.PROCESSOR,
                                             processor_agreement=True, contact="Dijk 4, 4571 AB Axel")
    register.sharing.disclose(cid, accountant, "facturen 2026")
    register.sharing.disclose(cid, partner, "naam en adres")
    return accountant, partner


def test_an_erasure_makes_one_notice_per_recipient_and_the_confirmation_says_they_wait(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart", emails=["anna@example.com"]))
    two_recipients(register, cid)
    result = register.erasure.erase(cid)
    notices = register.notices.listing()
    assert [n.id for n in notices] == result.notice_ids
    assert [(n.recipient_name, n.cause, n.reference, n.state) for n in notices] == [
        ("Boekhouder Ooms", "erasure", result.erasure_id, "waiting"),
        ("Pelikaan Installaties", "erasure", result.erasure_id, "waiting")]
    assert notices[0].document_id != notices[1].document_id
    ooms, pelikaan = (text_of(register.notices.pdf(n.id)) for n in notices)
    assert "Boekhouder Ooms Markt 1 4561 AA Hulst" in ooms and "Jan Ooms" not in ooms  # the postal address
    assert "Pelikaan Installaties Dijk 4 4571 AB Axel" in pelikaan  # no address: the contact
    assert "Pelikaan" not in ooms and "Boekhouder" not in pelikaan
    for text, n in ((ooms, notices[0]), (pelikaan, notices[1])):
        assert "Wij hebben de persoonsgegevens van onze klant Anna Zwart (anna@example.com) gewist" in text
        assert "AVG art. 19" in text and "Wilt u alle gegevens van deze persoon die u van ons kreeg wissen" in text
        assert f"document {n.document_id}" in text and f"Onze referentie: {result.erasure_id}" in text
    shred = text_of(result.confirmation)
    assert "Boekhouder Ooms — nog te versturen" in shred and "Pelikaan Installaties — nog te versturen" in shred
    assert "per brief" not in shred
    assert text_of(result.notices) == ooms + " " + pelikaan  # all at once, to print


def test_notices_are_recorded_sent_or_not_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    with reg.open_with_key(reg.register_path(data), parse_key(key)) as register:
        register.settings.staff_initials = "JV"
        two_recipients(register, 1)
        register.erasure.erase(1)
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    listed = json.loads(run("notices", "--json").stdout)
    assert [(n["id"], n["recipient"], n["state"]) for n in listed] == [(1, "Boekhouder Ooms", "waiting"),
                                                                       (2, "Pelikaan Installaties", "waiting")]
    posted = run("notice", "1", "--posted", "--on", "26-11-2026", "--by", "JV")
    assert posted.returncode == 0, posted.stderr
    gone = run("notice", "2", "--impossible", "bedrijf opgeheven, geen opvolger", "--by", "JV")
    assert gone.returncode == 0, gone.stderr
    again = run("notice", "1", "--disproportionate", "te veel werk", "--by", "JV")
    assert again.returncode == 1 and "already" in again.stderr.lower() and "Traceback" not in again.stderr
    nothing = run("notice", "1")
    assert nothing.returncode == 1 and "--posted" in nothing.stderr
    listed = json.loads(run("notices", "--json").stdout)
    assert [(n["state"], n["sent_on"], n["how"], n["reason"]) for n in listed] == [
        ("sent", "2026-11-26", "post", None), ("impossible", None, None, "bedrijf opgeheven, geen opvolger")]
    out = tmp_path / "kopie.pdf"
    printed = run("notice", "2", "-o", str(out))
    assert printed.returncode == 0, printed.stderr
    copy = text_of(out.read_bytes())
    assert "Niet verstuurd: onmogelijk (bedrijf opgeheven, geen opvolger)" in copy and "Anna" not in copy
    assert "Pelikaan Installaties" in copy and listed[1]["document_id"] in copy
    text = run("notices").stdout
    assert "sent 2026-11-26 by post" in text and "impossible: bedrijf opgeheven" in text
    with reg.open_with_key(reg.register_path(data), parse_key(key)) as register:
        details = [e.detail for e in audit_store.entries() if e.action == "art19.notice"]
    first, second = listed[0]["document_id"], listed[1]["document_id"]
    assert details == [f"made {first},{second} (erasure) by JV", f"{first} sent post by JV",
                       f"{second} impossible by JV"]
    assert not any(word in " ".join(details) for word in ("Anna", "Zwart", "Ooms", "Pelikaan", "opgeheven"))


def test_mark_sent_is_what_the_outbox_calls_and_a_reason_is_required(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart"))
    two_recipients(register, cid)
    first, second = register.erasure.erase(cid).notice_ids
    sent = register.notices.mark_sent(first, "email", dt.datetime(2026, 11, 27, 14, 5))
    assert (sent.state, sent.sent_on, sent.how) == ("sent", dt.date(2026, 11, 27), "email")
    assert "Verstuurd op 27-11-2026 per e-mail" in text_of(register.notices.pdf(first))
    with pytest.raises(UserError) as err:
        register.notices.mark_sent(first, "post", dt.datetime(2026, 11, 28))
    assert err.value.template == Msg.NOTICE_SETTLED
    with pytest.raises(ValidationFailed):
        register.notices.mark_not_sent(second, "disproportionate", "  ")
    with pytest.raises(UserError) as err:
        register.notices.mark_sent(second, "fax", dt.datetime(2026, 11, 28))
    with pytest.raises(UserError) as err:
        register.notices.get(99)
    assert err.value.template == Msg.NOTICE_NOT_FOUND
    assert register.notices.get(second).state == "waiting"


def test_a_retention_run_tells_the_recipients_of_the_customers_it_erases(new_register, register_path):
    register = new_register.register
    register.settings.staff_initials = "JV"
    old = register.customers.create(card(first_name="Lang", infix="", last_name="Geleden"))
    register.customers.add_visit(old, Visit(dt.date(2024, 6, 1), "Printer"))
    two_recipients(register, old)
    register.close()
    later = reg.open_with_key(register_path, new_register.key,
                              clock=lambda: dt.datetime(2028, 11, 10, 9, 0, tzinfo=TZ))
    assert later.retention.overview().inactive_customers == [old]
    _, run = later.retention.run()
    assert "Boekhouder Ooms — nog te versturen" in text_of(run)  # the run's own confirmation too
    notices = later.notices.listing()
    assert [(n.recipient_name, n.cause, n.state) for n in notices] == [("Boekhouder Ooms", "erasure", "waiting"),
                                                                       ("Pelikaan Installaties", "erasure", "waiting")]
    letter = text_of(later.notices.pdf(notices[0].id))
    assert "Wij hebben de persoonsgegevens van onze klant Lang Geleden" in letter
    assert "heeft ons gevraagd" not in letter
    confirmation = text_of(later._db.execute_sql(
        "SELECT pdf FROM issued_document WHERE document_id = ?", (notices[0].reference,)).fetchone()[0])
    assert "Boekhouder Ooms — nog te versturen" in confirmation
    later.close()


def test_a_restored_backup_erases_again_and_makes_the_lost_notices_again(register, new_register, register_path,
                                                                        tmp_path):
    import shutil

    from etsoft_desk.store import database
    from tests.conftest import fixed_clock

    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart"))
    two_recipients(register, cid)
    database.checkpoint(register._db)
    backup = tmp_path / "backup.db"
    shutil.copy(register_path, backup)  # from before the erasure: its notices are not in it
    result = register.erasure.erase(cid)
    register.close()
    shutil.copy(backup, register_path)
    with reg.open_with_key(register_path, new_register.key, clock=fixed_clock) as restored:
        assert restored.replayed == 1
        notices = restored.notices.listing()
        assert [(n.recipient_name, n.reference, n.state, n.made_by) for n in notices] == [
            ("Boekhouder Ooms", result.erasure_id, "waiting", "AUTO"),
            ("Pelikaan Installaties", result.erasure_id, "waiting", "AUTO")]
        confirmation = restored._db.execute_sql("SELECT pdf FROM issued_document WHERE document_id = ?",
                                                (result.erasure_id,)).fetchone()[0]
        assert "Boekhouder Ooms — nog te versturen" in text_of(confirmation)
