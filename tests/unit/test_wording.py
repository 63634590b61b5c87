"""Issue 12 item 8: documents a customer (and a privacy lawyer) understands. Each PDF is read back with pypdf:
plain Dutch in the shop's voice, no English, no internal names, no words split across lines."""

import datetime as dt
import io
import re

from pypdf import PdfReader

from etsoft_desk.domain import personal_data as pd
from etsoft_desk.domain.requests import IdentityCheck, RequestChannel, RequestKind
from etsoft_desk.services.todo import TodoKind
from tests.helpers.cards import card


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- the access report ---------------------------------------------------------------------------------------
def test_access_report_says_the_outcome_in_dutch_and_leaves_out_the_sort_key_and_an_extension_of_nothing(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    today = register.clock().date()
    answered = register.requests.add(cid, RequestKind.ACCESS, today - dt.timedelta(days=27), RequestChannel.EMAIL,
                                     identity=IdentityCheck.REGISTERED_EMAIL)
    register.access.render(cid, request_id=answered)
    register.todo.mark_done(TodoKind.REQUEST_DUE, cid, "letter")  # "answered by letter" from the to-do bar
    text = flat(text_of(register.access.render(cid)[1]))
    assert "Uitkomst beantwoord per brief" in text
    assert "answered" not in text and "letter" not in text
    assert "Sorteernaam" not in text and "quaxelbrink, zebulonia" not in text.lower()
    assert "Verlengd" not in text and "verlengd met" not in text
    extended = register.requests.add(cid, RequestKind.ACCESS, today - dt.timedelta(days=3), RequestChannel.COUNTER,
                                     identity=IdentityCheck.ID_SHOWN)
    register.requests.extend(extended, 2, "Wij wachten op de boekhouder.")
    text = flat(text_of(register.access.render(cid)[1]))
    assert "Termijn verlengd met 2 maanden" in text and "Reden van verlenging Wij wachten op de boekhouder." in text


def test_an_outcome_an_older_version_wrote_in_english_prints_in_dutch(register):
    from etsoft_desk.domain.requests import outcome_text

    assert outcome_text("answered (email)") == "beantwoord per e-mail"
    assert outcome_text("export meegegeven op USB-stick") == "export meegegeven op USB-stick"


def test_access_report_says_each_purpose_and_retention_once(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(card(first_name="Zebulonia", infix="", last_name="Quaxelbrink"))
    text = squash(text_of(register.access.render(cid)[1]))
    assert "Waarom:" not in text and "Hoelang:" not in text
    # name, contact data and notes share purpose, basis and retention: one row names them together
    assert text.count(squash(pd.CATEGORY["age"].purpose)) == 1
    assert text.count(squash("Klantrelatie: u herkennen, bereiken en helpen bij hulp op afstand, reparatie en "
                             "installatie")) == 3  # name and contact data; address (with its own addition); notes
    assert squash("Naam, Contactgegevens") in text
