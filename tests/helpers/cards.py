"""Customer cards for tests, with values distinctive enough to search for in bytes."""

from __future__ import annotations

from etsoft_desk.domain.customer import AgeCheck, Address, CustomerCard, Interest


def card(**overrides) -> CustomerCard:
    values = dict(
        first_name="Jan", infix="van der", last_name="Berg", emails=["jan.vanderberg@example.com"],
        phones=["06-12345678"],
        address=Address(street="Steenstraat", house_number=12, house_number_addition="A", postcode="4561zh",
                        city="Hulst", country="NL"),
        age_confirmed=True, age_check=AgeCheck.ID_SHOWN, interests={Interest.REPAIR}, notes="Vaste klant.",
    )
    values.update(overrides)
    return CustomerCard(**values)


def distinctive_card() -> CustomerCard:
    """Values that occur nowhere else: if any of their bytes turn up in a file, it leaked."""
    return card(first_name="Zebulonia", infix="", last_name="Quaxelbrink", emails=["zebulonia.quax@example.org"],
                phones=["+31 6 4876 5432"],
                address=Address(street="Xylofoonsteeg", house_number=77, postcode="9999 XQ", city="Wolfertsdijk"),
                notes="Wil graag de Pyroclastische printer terug.")


DISTINCTIVE_VALUES = ["Zebulonia", "Quaxelbrink", "zebulonia.quax@example.org", "+31648765432", "0648765432",
                      "Xylofoonsteeg", "9999 XQ", "Wolfertsdijk", "Pyroclastische"]
