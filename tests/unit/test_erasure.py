"""Erasure as the law and the statement promise it: proved on the decrypted bytes of the register's files."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.customer import JobKind, ServiceJob
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.personal_data import Erasure
from etsoft_desk.domain.requests import RequestChannel, RequestKind
from etsoft_desk.services import register as reg
from etsoft_desk.store import database
from tests.conftest import fixed_clock
from tests.helpers.cards import DISTINCTIVE_VALUES, card, distinctive_card
from tests.helpers.full_customer import RELATED_VALUES, fill_every_category
from tests.helpers.sqlcipher_pages import decrypted_pages, side_files

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# What the tax law keeps on the invoice (AWR art. 52), and the recipient's own (business) name.
KEPT_VALUES = {"Zebulonia", "Quaxelbrink", "Xylofoonsteeg", "9999 XQ", "Wolfertsdijk", "F-2026-QX17"}
NOT_THE_CUSTOMERS = {"Pelikaanlijst"}
# Lower-case pieces of the customer's values as the search index (FTS5) keeps them as tokens; prefix
# compression keeps the end of a token even where its start is shared with a neighbour.
TOKEN_PROBES = ["48765432", "quax@example"]
NAME_PROBES = ["ebulonia", "axelbrink", "ylofoonsteeg", "olfertsdijk"]  # also on a kept invoice


def erasable(values):
    return [v for v in values if v not in KEPT_VALUES and v not in NOT_THE_CUSTOMERS]


def found(pages: bytes, values) -> set[str]:
    return {v for v in values if v.encode() in pages or v.lower().encode() in pages}


@pytest.fixture
def shop(register):
    cid, request = fill_every_category(register)
    erase_request = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    return register, cid, erase_request


def test_the_plan_says_what_goes_what_stays_and_whom_to_tell(shop):
    register, cid, _ = shop
    plan = register.erasure.plan(cid)
    by_key = {line.category: line for line in plan.lines}
    assert by_key["invoices"].treatment is Erasure.KEEP and by_key["invoices"].until == dt.date(2033, 11, 4)
    assert "art. 52" in by_key["invoices"].ground
    assert by_key["requests"].treatment is Erasure.ANONYMISE and by_key["requests"].count == 2
    assert by_key["consents"].count == 3 and by_key["special"].count == 1
    assert plan.initials == "Z. Q."
    assert plan.recipients == [(1, "Pelikaanlijst Installaties")]
    assert plan.takedowns == ["https://www.etsoft.nl/referenties"]
    assert plan.wait_reasons == []
    register.customers.add_service_job(cid, ServiceJob(dt.date(2026, 11, 24), JobKind.REPAIR, device="Laptop"))
    assert register.erasure.plan(cid).wait_reasons == ["1 servicebeurt nog open: het apparaat is misschien nog in "
                                                       "de winkel"]


def test_no_erased_value_survives_in_any_page_or_frame_open_or_closed(shop, new_register, register_path):
    register, cid, erase_request = shop
    register.customers.open(cid)  # and a view in the audit log
    before = b"".join(decrypted_pages(register_path, new_register.key))
    probes = erasable(DISTINCTIVE_VALUES + RELATED_VALUES) + TOKEN_PROBES
    assert found(before, probes) == set(probes)  # the check can see them while they are there

    result = register.erasure.erase(cid, request_id=erase_request)
    assert result.checkpoint_clean
    files = {p.name for p in side_files(register_path)}
    assert files <= {"register.db", "register.db-wal", "register.db-shm", "register.db.lock"}  # no journal, no temp
    assert (register_path.parent / "register.db.lock").stat().st_size == 0  # the lock between processes holds nothing
    after_open = b"".join(decrypted_pages(register_path, new_register.key))
    assert found(after_open, probes) == set()
    # What the law keeps is there, and readable; nothing else of the customer is.
    kept = register._db.execute_sql("SELECT number, customer_name, customer_address, keep_until FROM kept_invoice") \
        .fetchall()
    assert kept == [("F-2026-QX17", "Zebulonia Quaxelbrink", "Xylofoonsteeg 77, 9999 XQ Wolfertsdijk", "2033-11-04")]
    assert register._db.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 0
    assert register._db.execute_sql("SELECT count(*) FROM customer_search").fetchone()[0] == 0
    requests = register._db.execute_sql("SELECT customer_id, answer_to, status, outcome FROM data_request "
                                        "ORDER BY id").fetchall()
    assert requests == [(None, "", "open", ""), (None, "", "done", f"uitgevoerd: {result.erasure_id}")]
    assert register._db.execute_sql("SELECT url FROM takedown_task").fetchall() == [
        ("https://www.etsoft.nl/referenties",)]
    from etsoft_desk.services.todo import TodoKind  # the take-down stays on the to-do bar, by its address

    assert [i.name for i in register.todo.items(TodoKind.REFERRAL_TAKE_DOWN)] == [
        "gewiste klant: https://www.etsoft.nl/referenties"]
    assert register.todo.count(TodoKind.REFERRAL_TAKE_DOWN, register.clock().date()) == (1, False)
    register.close()
    after_close = b"".join(decrypted_pages(register_path, new_register.key))
    assert found(after_close, probes) == set()
    ledger = (register_path.parent / "erasure-ledger.jsonl").read_text()
    assert result.erasure_id in ledger and not found(ledger.encode(), DISTINCTIVE_VALUES + RELATED_VALUES)


def test_a_customer_without_invoices_leaves_nothing_at_all(register, new_register, register_path):
    cid, _ = fill_every_category(register, invoices=False)
    probes = DISTINCTIVE_VALUES + erasable(RELATED_VALUES) + TOKEN_PROBES + NAME_PROBES
    assert found(b"".join(decrypted_pages(register_path, new_register.key)), probes) == set(probes)
    result = register.erasure.erase(cid)
    assert [line.category for line in result.plan.kept] == []
    assert found(b"".join(decrypted_pages(register_path, new_register.key)), probes) == set()
    register.close()
    assert found(b"".join(decrypted_pages(register_path, new_register.key)), probes) == set()


def test_shred_confirmation_says_what_section_3_asks_and_none_of_the_values(shop, tmp_path):
    register, cid, erase_request = shop
    result = register.erasure.erase(cid, request_id=erase_request,
                                    paper=[("paper", "werkbon 2026-113", "versnipperd")])
    out = tmp_path / "verklaring.pdf"
    out.write_bytes(result.confirmation)
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    flat = " ".join(text.split())
    for expected in ("Verklaring van vernietiging", "verzoek nr. 2 (verwijdering)", "Ontvangen op 24-11-2026",
                     "Identiteit gecontroleerd niet vastgelegd", "AVG art. 17 lid 1 sub a en b: u vroeg ons uw gegevens te wissen",
                     "Uitgevoerd op 25-11-2026 om 10:30", "Z. Q.", "Toestemming voor marketing 3 vernietigd",
                     "Uw verzoeken 2 geanonimiseerd", "Bijzondere persoonsgegevens 1 vernietigd",
                     "Algemene wet inzake rijksbelastingen art. 52", "04-11-2033", "vernietigt het programma ze "
                     "automatisch", "Pelikaanlijst Installaties — nog te versturen",
                     "https://www.etsoft.nl/referenties", "werkbon 2026-113 versnipperd", "wisregister",
                     "onleesbare code", "Autoriteit Persoonsgegevens", f"document {result.erasure_id}"):
        assert expected in flat, expected
    assert not found(text.encode(), erasable(DISTINCTIVE_VALUES + RELATED_VALUES) + sorted(KEPT_VALUES))


def test_recipients_get_a_notice_letter(shop, tmp_path):
    from etsoft_desk.domain.sharing import RecipientRole

    register, cid, _ = shop
    accountant = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR, processor_agreement=True,
                                                contact="Markt 1, 4561 AA Hulst")
    register.sharing.disclose(cid, accountant, "facturen 2026")
    result = register.erasure.erase(cid)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(__import__("io").BytesIO(result.notices)).pages]
    # One letter per recipient, each on its own page and addressed to that recipient only.
    assert len(pages) == 2
    assert "Boekhouder Ooms Markt 1 4561 AA Hulst" in pages[0] and "Pelikaanlijst" not in pages[0]
    assert "info@etsoft.nl Pelikaanlijst Installaties Hulst, 25-11-2026" in pages[1] and "Boekhouder" not in pages[1]
    for text in pages:
        assert "Zebulonia Quaxelbrink" in text and "AVG art. 19" in text
        assert f"Onze referentie: {result.erasure_id}" in text


def test_the_ledger_knows_the_person_again_and_a_restored_backup_forgets_them(shop, new_register, register_path,
                                                                            tmp_path):
    register, cid, _ = shop
    other = register.customers.create(card(first_name="Blijft", last_name="Bestaan", emails=["blijft@example.com"],
                                           phones=["+31 6 4876 5432"]))  # shares the erased person's phone
    database.checkpoint(register._db)
    backup = tmp_path / "backup.db"
    shutil.copy(register_path, backup)  # a copy made before the erasure (the WAL is checkpointed)
    result = register.erasure.erase(cid)
    again = distinctive_card()
    found_entry = register.ledger.match(again)
    assert found_entry["erasure_id"] == result.erasure_id and found_entry["at"].startswith("2026-11-25")
    assert register.ledger.match(card(emails=["someone.else@example.com"], phones=["0622222222"],
                                      first_name="Iemand", last_name="Anders")) is None
    assert register.ledger.match(card(emails=[], phones=["+31648765432"], first_name="Huis", last_name="Genoot",
                                      address=card().address.__class__(postcode="9999 XQ"))) is None
    assert register.erasure.plan(other).already_erased_on is None
    register.close()
    shutil.copy(backup, register_path)  # the backup is restored
    restored = reg.open_with_key(register_path, new_register.key, clock=fixed_clock)
    assert restored.replayed == 1
    assert restored.customers.count() == 1 and restored.customers.open(other).card.phones == ["+31648765432"]
    shared = {"+31648765432", "0648765432"}  # the housemate's phone stays with the housemate
    assert found(b"".join(decrypted_pages(register_path, new_register.key)),
                 [v for v in erasable(DISTINCTIVE_VALUES + RELATED_VALUES) if v not in shared]) == set()
    restored.close()
    with reg.open_with_key(register_path, new_register.key, clock=fixed_clock) as third:
        assert third.replayed == 0  # done once, remembered in the register


CRASH = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from tests.conftest import fixed_clock
    from etsoft_desk.services import register as reg
    from etsoft_desk.services import erasure as service
    from etsoft_desk.store import erasure as store, database
    step = {step!r}
    def die(*a, **k):
        os._exit(9)
    if step == "before-transaction":
        store.keep_invoices = die
    elif step == "inside-transaction":
        original = store.delete_customer
        def delete_then_die(cid):
            original(cid)
            os._exit(9)
        store.delete_customer = delete_then_die
    elif step == "before-checkpoint":
        database.checkpoint = die
    r = reg.open_with_key(Path({path!r}), bytes.fromhex({key!r}), clock=fixed_clock)
    r.erasure.erase({cid}, by="JV")
    os._exit(0)
""")


@pytest.mark.parametrize("step", ["before-transaction", "inside-transaction", "before-checkpoint"])
def test_an_interrupted_erasure_leaves_all_or_nothing_and_is_finished_at_the_next_start(shop, new_register,
                                                                                        register_path, step):
    register, cid, _ = shop
    counts_before = {t: register._db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("customer", "customer_email", "consent_record", "service_job", "invoice",
                               "sensitive_note", "referral")}
    register.close()
    run = subprocess.run([sys.executable, "-c", CRASH.format(root=ROOT, step=step, path=str(register_path),
                                                             key=new_register.key.hex(), cid=cid)],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert run.returncode == 9, run.stderr
    # Look at the register as the crash left it, without the start-up repair.
    db = database.open_register(register_path, new_register.key)
    counts = {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts_before}
    kept = db.execute_sql("SELECT count(*) FROM kept_invoice").fetchone()[0]
    database.close_register(db)
    if step == "before-checkpoint":
        assert set(counts.values()) == {0} and kept == 1  # committed: nothing of the customer but the invoice
    else:
        assert counts == counts_before and kept == 0  # rolled back: the whole customer
    with reg.open_with_key(register_path, new_register.key, clock=fixed_clock) as again:
        assert again.customers.count() == 0
        assert again._db.execute_sql("SELECT count(*) FROM kept_invoice").fetchone()[0] == 1
        assert again.replayed == (0 if step == "before-checkpoint" else 1)
    assert found(b"".join(decrypted_pages(register_path, new_register.key)),
                 erasable(DISTINCTIVE_VALUES + RELATED_VALUES)) == set()


def test_a_failed_erasure_is_cancelled_in_the_ledger(shop, monkeypatch):
    register, cid, _ = shop
    from etsoft_desk.store import erasure as store

    def broken(*a, **k):
        raise RuntimeError("disk trouble")
    monkeypatch.setattr(store, "delete_customer", broken)
    with pytest.raises(RuntimeError):
        register.erasure.erase(cid)
    monkeypatch.undo()
    assert register.customers.count() == 1
    kinds = [json.loads(line)["kind"] for line in register.ledger.path.read_text().splitlines()]
    assert kinds == ["erasure", "cancelled"]
    assert register.erasure.replay_pending() == 0 and register.customers.count() == 1


def test_erasing_someone_unknown_or_with_another_customers_request(shop):
    register, cid, erase_request = shop
    with pytest.raises(UserError):
        register.erasure.erase(999)
    other = register.customers.create(card())
    with pytest.raises(UserError):
        register.erasure.erase(other, request_id=erase_request)
    assert register.customers.count() == 2


def test_an_import_does_not_bring_back_someone_who_was_erased(register, tmp_path):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Anna", infix="", last_name="Zwart", emails=["anna@example.com"],
                                         phones=["0612345678"]))
    register.erasure.erase(cid)
    csv_file = tmp_path / "klanten.csv"
    csv_file.write_text("voornaam;achternaam;e-mail;telefoon\n"
                        "Anna;Zwart;ANNA@example.com;\n"
                        "Bert;Aalst;bert@example.com;\n"
                        "Andere;Naam;;+31 6 12345678\n", encoding="utf-8")
    from etsoft_desk.services.importer import ImportRejected
    with pytest.raises(ImportRejected) as err:
        register.import_csv(csv_file)
    # Found by email (in any case); a phone number alone is not enough: a household shares a landline.
    assert [(p.line, p.reasons) for p in err.value.problems] == [
        (2, ["This person asked to be erased on 25-11-2026: not imported."])]
    result = register.import_csv(csv_file, skip_invalid=True)
    assert result.imported == 2 and register.customers.count() == 2


def test_a_kept_invoice_number_cannot_be_used_again(shop):
    register, cid, _ = shop
    register.erasure.erase(cid)
    other = register.customers.create(card())
    from decimal import Decimal

    from etsoft_desk.domain.customer import Invoice
    from etsoft_desk.domain.errors import FieldError
    with pytest.raises(FieldError) as err:
        register.customers.add_invoice(other, Invoice("F-2026-QX17", dt.date(2026, 11, 25), Decimal("1")))
    assert "F-2026-QX17" in str(err.value)


def test_invoices_already_past_seven_years_are_not_kept(register):
    from decimal import Decimal

    from etsoft_desk.domain.customer import Invoice
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card())
    register.customers.add_invoice(cid, Invoice("F-2018-1", dt.date(2018, 5, 1), Decimal("10")))
    register.customers.add_invoice(cid, Invoice("F-2025-9", dt.date(2025, 5, 1), Decimal("20")))
    plan = register.erasure.plan(cid)
    assert [(line.title, line.count, line.treatment) for line in plan.lines if "Factu" in line.title] == [
        ("Facturen ouder dan de fiscale bewaartermijn", 1, Erasure.DELETE), ("Facturen", 1, Erasure.KEEP)]
    assert plan.kept[0].until == dt.date(2032, 5, 1)
    register.erasure.erase(cid)
    assert register._db.execute_sql("SELECT number FROM kept_invoice").fetchall() == [("F-2025-9",)]
