"""The short Dutch message that goes with each document sent by email, in the shop's voice.

The document itself is the attachment: the message says what it is and, for a protected attachment, that the
password was given apart. It names nobody but the shop, so a message read by the wrong eyes tells little.
"""

from __future__ import annotations

# kind of document -> (subject, what the attachment is)
TEXTS = {
    "access_report": ("Uw verzoek om inzage", "het overzicht van de persoonsgegevens die wij van u bewaren, "
                      "met wat wij ermee doen en welke rechten u hebt"),
    "export": ("Uw gegevens om mee te nemen", "uw gegevens in een bestand dat u in een ander programma kunt "
               "openen"),
    "request_letter": ("Uw verzoek over uw persoonsgegevens", "onze brief over uw verzoek"),
    "shred_confirmation": ("Uw gegevens zijn gewist", "de bevestiging dat wij uw gegevens hebben gewist, met wat "
                           "de wet ons verplicht nog te bewaren"),
    "consent_receipt": ("Uw toestemmingen", "het overzicht van de toestemmingen die u ons hebt gegeven"),
    "statement_notice": ("Onze privacyverklaring is gewijzigd", "wat er in onze privacyverklaring verandert"),
    "lift_letter": ("De beperking van uw gegevens", "onze brief over de beperking van het gebruik van uw "
                           "gegevens"),
    "intake_slip": ("Uw werkbon", "de werkbon van het apparaat dat u bij ons achterliet, met onze voorwaarden"),
    "art19_notice": ("Bericht over gegevens van een klant", "ons bericht over gegevens die wij u eerder gaven"),
}
TEST_SUBJECT = "Testbericht van ETSoft Desk"
TEST_BODY = ("Dit is een testbericht. Komt het aan, dan kan ETSoft Desk e-mail versturen via deze "
             "mailserver.\n")


def subject_of(kind: str) -> str:
    return TEXTS.get(kind, ("Bericht van ons", ""))[0]


def body_of(kind: str, shop: dict[str, str], *, protected: bool) -> str:
    what = TEXTS.get(kind, ("", "een document van ons"))[1]
    greeting = "Geachte heer, mevrouw," if kind == "art19_notice" else "Beste klant,"
    lines = [greeting, "", f"In de bijlage vindt u {what}."]
    if protected:
        lines += ["", "De bijlage is beveiligd met een wachtwoord. Dat wachtwoord hebben wij u apart gegeven, "
                      "aan de balie of door de telefoon; wij sturen het nooit per e-mail."]
    lines += ["", "Hebt u vragen, antwoord dan op dit bericht of bel ons"
              + (f" op {shop['shop_phone']}" if shop.get("shop_phone") else "") + ".",
              "", "Met vriendelijke groet,", shop.get("shop_name", "")]
    if shop.get("shop_address"):
        lines.append(shop["shop_address"])
    return "\n".join(lines) + "\n"
