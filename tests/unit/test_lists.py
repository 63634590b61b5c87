"""Issue 11: the marketing list and the list for a recipient read back from their CSV files: only the allowed
(restricted, objected, "stop sharing", withdrawn, erased and ledger-suppressed customers are not on them), no
formula cells; every saved list for a recipient a disclosure per customer, and none when the file is not written."""

import csv

import pytest

from etsoft_desk.domain.consent import Channel
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.sharing import RecipientRole
from etsoft_desk.store import customers as customers_store
from tests.helpers.cards import card
from tests.unit.test_gates import (BEFORE, COUNTER, GRANT, STATE_ON, STATES, TODAY, approve, clock, counts,  # noqa: F401
                                   customer, partner, shop)


def tricky(first, **kw):
    return card(first_name=first, infix="", emails=[f"{first.strip('=+-@').lower()}@example.com"], **kw)


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def test_the_marketing_csv_holds_only_the_allowed_and_no_formula_cells(shop, clock, partner, tmp_path):
    address = card().address.__class__
    people = {state: shop.customers.create(tricky(first, last_name=last, address=address(
        street="+Straat", house_number=i + 1, postcode="4561 ZH", city="-Hulst")))
        for i, (state, first, last) in enumerate((
            ("nothing", "=Anna", "@Zwart"), ("restricted", "Bert", "Aalst"), ("objected", "Cor", "Mulder"),
            ("withdrawn", "Dirk", "Smit"), ("erased", "Els", "Bos"), ("ledger-suppressed", "Fien", "Vos")))}
    for _state, cid in people.items():
        shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
        approve(shop, cid, partner)
    clock.now = STATE_ON
    for state, cid in people.items():
        if state == "ledger-suppressed":
            erased_twin = customers_store.insert_many([customers_store.load_card(cid)], BEFORE)[0]
            shop.erasure.erase(erased_twin)
        else:
            STATES[state](shop, cid, partner)
    clock.now = TODAY
    out = tmp_path / "email.csv"
    assert shop.marketing.save_csv(Channel.EMAIL, out) == 1
    rows = read_csv(out)
    assert rows[0] == ["naam", "adres", "toestemming_sinds", "soort"]
    assert rows[1:] == [["'=Anna @Zwart", "anna@example.com", "2026-11-20", "opt_in"]]
    for row in rows:
        assert all(cell[:1] not in ("=", "+", "-", "@") for cell in row), row
    # The ledger-suppressed customer comes back on the list with a consent given anew.
    shop.consent.record(people["ledger-suppressed"], Channel.EMAIL, GRANT, COUNTER)
    assert shop.marketing.save_csv(Channel.EMAIL, out, overwrite=True) == 2
    assert [r[0] for r in read_csv(out)[1:]] == ["'=Anna @Zwart", "Fien Vos"]


def test_the_sharing_csv_holds_only_the_allowed_and_each_is_a_disclosure(shop, clock, partner, tmp_path):
    from etsoft_desk.store.models import AuditEntry, Disclosure

    people = {state: shop.customers.create(tricky(first, last_name="Zwart", phones=["+31 6 1234 5678"]))
              for state, first in (("nothing", "=Anna"), ("objected", "Bert"), ("restricted", "Cor"),
                                   ("stop sharing", "Dirk"), ("withdrawn", "Els"), ("ledger-suppressed", "Fien"))}
    other = shop.sharing.add_recipient("Glasvezel Hulst", RecipientRole.PARTNER)
    for _state, cid in people.items():
        shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
        approve(shop, cid, partner)
    approve(shop, people["restricted"], other)
    clock.now = STATE_ON
    for state, cid in people.items():
        if state == "ledger-suppressed":
            erased_twin = customers_store.insert_many([customers_store.load_card(cid)], BEFORE)[0]
            shop.erasure.erase(erased_twin)
        else:
            STATES[state](shop, cid, partner)
    clock.now = TODAY
    out = tmp_path / "zonnepaneel.csv"
    audit_before = AuditEntry.select().count()
    assert shop.sharing_list.save_csv(partner, out) == 2
    rows = read_csv(out)
    assert rows[0] == ["naam", "e-mail", "telefoon", "adres", "goedgekeurd_op", "gegevens", "doel"]
    assert [r[:3] for r in rows[1:]] == [["'=Anna Zwart", "anna@example.com", "06 12345678"],
                                         ["Bert Zwart", "bert@example.com", "06 12345678"]]
    assert rows[1][3:] == ["Steenstraat 12-A, 4561 ZH Hulst", "2026-11-20", "naam en e-mailadres",
                           "offerte zonnepanelen"]
    for row in rows:
        assert all(cell[:1] not in ("=", "+", "-", "@") for cell in row), row
    # One disclosure per customer on the list, on their approval; the audit log has each and the export.
    shown = {d.customer_id: d for d in Disclosure.select()}
    assert set(shown) == {people["nothing"], people["objected"]}
    for cid, d in shown.items():
        assert (d.what, d.ground, d.recorded_by) == ("lijst voor Zonnepaneel Partners (25-11-2026)", "approval", "JV")
        assert d.approval_id == shop.sharing.approvals(cid)[0].id
    entries = list(AuditEntry.select().where(AuditEntry.id > 0).order_by(AuditEntry.id))[audit_before:]
    assert sorted(e.action for e in entries) == ["disclosure", "disclosure", "sharing.list_export"]
    assert all("example.com" not in e.detail and "Zwart" not in e.detail for e in entries)


def test_an_export_that_cannot_be_written_records_no_disclosure(shop, partner, customer, tmp_path, monkeypatch):
    from etsoft_desk.services import outputs
    from etsoft_desk.store.models import Disclosure

    audit = counts()["audit_entry"]
    with pytest.raises(UserError):
        shop.sharing_list.save_csv(partner, tmp_path / "missing-folder" / "list.csv")

    def disk_full(path, data, *, overwrite=False):  # the disk fills up while the file is written
        raise UserError(Msg.OUTPUT_DISK_FULL, path=str(path))

    monkeypatch.setattr(outputs, "write", disk_full)
    with pytest.raises(UserError) as refused:
        shop.sharing_list.save_csv(partner, tmp_path / "list.csv")
    assert refused.value.template == Msg.OUTPUT_DISK_FULL
    monkeypatch.undo()
    assert Disclosure.select().count() == 0 and counts()["audit_entry"] == audit
    assert not (tmp_path / "list.csv").exists()
    with pytest.raises(UserError) as refused:
        shop.sharing_list.save_csv(partner, shop.path)  # never over the register
    assert refused.value.template == Msg.OUTPUT_IS_REGISTER_FILE
    assert Disclosure.select().count() == 0


def test_the_recipient_decides_too(shop, partner, customer):
    shop.sharing.set_recipient(partner, active=False)
    with pytest.raises(UserError) as refused:
        shop.sharing_list.listed(partner)
    assert refused.value.template == Msg.RECIPIENT_INACTIVE
    assert shop.sharing_list.recipient("zonnepaneel partners").id == partner
    assert shop.sharing_list.recipient(str(partner)).id == partner
    for unknown, template in (("99", Msg.RECIPIENT_NOT_FOUND), ("Niemand BV", Msg.RECIPIENT_NAME_UNKNOWN)):
        with pytest.raises(UserError) as refused:
            shop.sharing_list.recipient(unknown)
        assert refused.value.template == template


def test_a_marketing_list_for_a_mailing_tool_is_a_disclosure_to_it_per_customer_or_nothing(shop, partner, tmp_path):
    """Item 4: the list that goes to a processor named in the recipients register is recorded as a disclosure
    of each customer on it, with the file; to anyone else it is refused before anything is written."""
    from etsoft_desk.domain.sharing import Ground
    from etsoft_desk.store.models import Disclosure

    mailer = shop.sharing.add_recipient("Mailtool BV", RecipientRole.PROCESSOR, processor_agreement=True)
    on_list = [shop.customers.create(tricky(first, last_name="Klant")) for first in ("Anna", "Bert")]
    for cid in on_list:
        shop.consent.record(cid, Channel.EMAIL, GRANT, COUNTER)
    refused = tmp_path / "partner.csv"
    with pytest.raises(UserError) as err:
        shop.marketing.save_csv(Channel.EMAIL, refused, to=str(partner))  # a partner, by its number
    assert err.value.template == Msg.MAILING_TOOL_NOT_PROCESSOR
    assert not refused.exists() and Disclosure.select().count() == 0
    out = tmp_path / "mailtool.csv"
    assert shop.marketing.save_csv(Channel.EMAIL, out, to="mailtool bv") == 2
    rows = [(d.customer_id, d.recipient_id, d.ground) for d in Disclosure.select().order_by(Disclosure.customer)]
    assert rows == [(cid, mailer, Ground.PROCESSOR.value) for cid in on_list]
    assert all(d.what.startswith("lijst om te benaderen per e-mail") for d in Disclosure.select())
    assert len(read_csv(out)) == 3
