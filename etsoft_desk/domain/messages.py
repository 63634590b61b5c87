"""Every sentence the program tells a person about an expected failure.

The templates are English source strings; the window translates them through
Qt's translation files (context "messages"), so each one here has a Dutch
entry in resources/translations/etsoft_desk_nl.ts (a test checks this).
"""


class Msg:
    # validation of the customer card
    FIRST_OR_LAST_NAME_REQUIRED = "Enter at least a first name or a last name."
    NAME_TOO_LONG = "A name can be at most {limit} characters."
    EMAIL_INVALID = "\u201c{value}\u201d is not a valid email address."
    PHONE_INVALID = "\u201c{value}\u201d is not a valid phone number."
    POSTCODE_INVALID = "\u201c{value}\u201d is not a valid postcode (Dutch postcodes look like 1234 AB)."
    HOUSE_NUMBER_INVALID = "The house number must be a number, for example 12 (with an addition such as A in its own field)."
    COUNTRY_INVALID = "\u201c{value}\u201d is not a known country; use a two-letter code such as NL or BE."
    AGE_NOT_CONFIRMED = "Confirm that the customer is 18 or older (ID shown or self-declared)."
    UNDER_18 = "We are sorry: ETSoft does not register personal data of anyone under 18."
    BIRTH_DATE_INVALID = "\u201c{value}\u201d is not a valid date of birth (use dd-mm-yyyy)."
    SOURCE_NAME_REQUIRED = "Name the third party the data came from."
    PAYMENT_CARD_IN_TEXT = "This text contains what looks like a payment card number. ETSoft promises not to keep card numbers: remove it."
    BSN_IN_TEXT = "This text contains what looks like a citizen service number (BSN). ETSoft promises not to keep BSNs: remove it."
    DATE_INVALID = "\u201c{value}\u201d is not a valid date (use dd-mm-yyyy)."
    AMOUNT_INVALID = "\u201c{value}\u201d is not a valid amount (for example 49,95)."
    REQUIRED = "This field is required."
    INVOICE_NUMBER_TAKEN = "Invoice number {value} is already in the register."
    # the register and its key
    REGISTER_MISSING = "There is no register at {path}. Create one with \u201cetsoft-desk init\u201d."
    REGISTER_EXISTS = "A register already exists at {path}; it was left untouched."
    WRONG_KEY = "This key does not open this register."
    NOT_A_REGISTER = "{path} is not an ETSoft Desk register, or it is damaged."
    PLAIN_SQLITE = "{path} is an unencrypted database, not an ETSoft Desk register."
    REGISTER_DAMAGED = "The register at {path} is damaged: restore it from a backup."
    REGISTER_TOO_NEW = "This register was written by a newer version of ETSoft Desk (schema {found}, this version knows {known}): install the newer version."
    REGISTER_LOCKED = "The register is in use by another program; close it and try again."
    DISK_FULL = "The disk is full: free some space and try again. Nothing was lost."
    KEY_MALFORMED = "That is not a recovery key: a recovery key has 14 groups of 4 characters, or the raw key 64 hexadecimal digits."
    KEY_TYPO = "The recovery key has a typo somewhere (its check characters do not match): compare it with the sheet."
    KEYRING_UNAVAILABLE = "This computer has no keyring to keep the register's key in; enter the recovery key from the printed sheet."
    KEY_NOT_IN_KEYRING = "The keyring does not hold the key of this register; enter the recovery key from the printed sheet."
    KEY_NEEDED = "The register is locked and no key was given: set ETSOFT_DESK_KEY or run this in a terminal."
    # customers and import
    CUSTOMER_NOT_FOUND = "There is no customer with number {value}."
    IMPORT_FILE_MISSING = "The file {path} does not exist."
    IMPORT_NOT_CSV = "{path} could not be read as a CSV file."
    IMPORT_NO_NAME_COLUMN = "The file has no column for the name (voornaam or achternaam)."
    IMPORT_ROWS_INVALID = "{count} rows are invalid; nothing was imported."
    # audit log
    AUDIT_BROKEN = "The audit log has been tampered with: {detail}"

    @classmethod
    def all(cls) -> dict[str, str]:
        return {k: v for k, v in vars(cls).items() if k.isupper()}
