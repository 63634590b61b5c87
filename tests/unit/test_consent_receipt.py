import datetime as dt

from pypdf import PdfReader

from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
from etsoft_desk.domain.referral import NameShown
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.store import audit as audit_store
from etsoft_desk.store.models import AuditEntry
from tests.helpers.cards import card


def test_consent_receipt_says_what_was_agreed_under_which_statement_and_how_to_withdraw(register, tmp_path):
    register.settings.staff_initials = "JV"
    register.statements.load("ETSoft Privacyverklaring", dt.date(2018, 4, 10))
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    register.consent.record(cid, Channel.PHONE, ConsentState.REFUSED, ConsentMethod.COUNTER)
    partner = register.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    register.sharing.approve(cid, partner, data="naam en adres", purpose="offerte", method="counter")
    rid = register.referrals.request(cid, "Top service!", NameShown.INITIALS)
    register.referrals.approve(rid, "getekend", "counter")
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    path = chosen / "bewijs.pdf"
    doc_id = register.receipts.consent_receipt(cid, path)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    flat = " ".join(text.split())
    for expected in ("Bevestiging van uw keuzes", "Zebulonia Quaxelbrink", f"klantnummer {cid}",
                     "uw keuzes maakte u onder versie 1, geldig vanaf 10-04-2018",
                     "E-mail gegeven, eigen toestemming 25-11-2026 aan de balie (JV)",
                     "Telefoon geweigerd", "Post niet gevraagd", "Glasvezel Hulst: naam en adres, voor offerte",
                     "“Top service!” (goedgekeurd", "intrekken", "info@etsoft.nl", "Spoorwaterstraat 13",
                     "Autoriteit Persoonsgegevens", doc_id, "pagina 1 van 1", "opgesteld door JV"):
        assert expected in flat, expected
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (entry.action, entry.subject, entry.detail) == ("report.issue", audit_store.pseudonym(cid),
                                                           f"consent receipt {doc_id} by JV")
    assert list(chosen.iterdir()) == [path]  # written only where asked


def test_the_receipt_names_the_statement_shown_when_the_choice_was_made_in_plain_dutch(register, tmp_path):
    register.settings.staff_initials = "JV"
    register.statements.load("ETSoft Privacyverklaring", dt.date(2018, 4, 10))
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
    register.statements.load("ETSoft Privacyverklaring, nieuw", dt.date(2026, 11, 1))  # after the choice
    path = tmp_path / "bewijs.pdf"
    register.receipts.consent_receipt(cid, path)
    flat = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "uw keuzes maakte u onder versie 1, geldig vanaf 10-04-2018; sindsdien geldt versie 2" in flat
    assert "versie 2, geldig vanaf 01-11-2026" in flat and "onder versie 2" not in flat
    for jargon in ("vingerafdruk", "opt-in", "opt in"):
        assert jargon not in flat.lower(), jargon
    assert "gegeven, eigen toestemming" in flat


def test_rendering_the_receipt_for_the_preview_logs_nothing_until_it_leaves(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    before = AuditEntry.select().count()
    doc_id, pdf = register.receipts.render(cid)
    assert pdf.startswith(b"%PDF") and AuditEntry.select().count() == before
    register.receipts.issued(cid, doc_id, "printed")
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.detail == f"consent receipt {doc_id} printed by JV"
