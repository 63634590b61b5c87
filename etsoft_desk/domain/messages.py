"""Every sentence the program tells a person about an expected failure.

The templates are English source strings; the window translates them through
Qt's translation files (context "messages"), so each one here has a Dutch
entry in resources/translations/etsoft_desk_nl.ts (a test checks this).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a source string for Qt's lupdate without importing Qt here."""
    return text


class Msg:
    # validation of the customer card
    FIRST_OR_LAST_NAME_REQUIRED = QT_TRANSLATE_NOOP("messages", "Enter at least a first name or a last name.")
    NAME_TOO_LONG = QT_TRANSLATE_NOOP("messages", "A name can be at most {limit} characters.")
    EMAIL_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a valid email address.")
    PHONE_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a valid phone number.")
    POSTCODE_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a valid postcode (Dutch postcodes look like 1234 AB).")
    HOUSE_NUMBER_INVALID = QT_TRANSLATE_NOOP("messages", "The house number must be a number, for example 12 (with an addition such as A in its own field).")
    COUNTRY_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a known country; use a two-letter code such as NL or BE.")
    AGE_NOT_CONFIRMED = QT_TRANSLATE_NOOP("messages", "Confirm that the customer is 18 or older (ID shown or self-declared).")
    UNDER_18 = QT_TRANSLATE_NOOP("messages", "We are sorry: ETSoft does not register personal data of anyone under 18.")
    BIRTH_DATE_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a valid date of birth (use dd-mm-yyyy).")
    SOURCE_NAME_REQUIRED = QT_TRANSLATE_NOOP("messages", "Name the third party the data came from.")
    PAYMENT_CARD_IN_TEXT = QT_TRANSLATE_NOOP("messages", "This text contains what looks like a payment card number. ETSoft promises not to keep card numbers: remove it.")
    BSN_IN_TEXT = QT_TRANSLATE_NOOP("messages", "This text contains what looks like a citizen service number (BSN). ETSoft promises not to keep BSNs: remove it.")
    DATE_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a valid date (use dd-mm-yyyy).")
    AMOUNT_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a valid amount (for example 49,95).")
    REQUIRED = QT_TRANSLATE_NOOP("messages", "This field is required.")
    INVOICE_NUMBER_TAKEN = QT_TRANSLATE_NOOP("messages", "Invoice number {value} is already in the register.")
    # the register and its key
    REGISTER_MISSING = QT_TRANSLATE_NOOP("messages", "There is no register at {path}. Create one with “etsoft-desk init”.")
    REGISTER_EXISTS = QT_TRANSLATE_NOOP("messages", "A register already exists at {path}; it was left untouched.")
    WRONG_KEY = QT_TRANSLATE_NOOP("messages", "This key does not open this register.")
    NOT_A_REGISTER = QT_TRANSLATE_NOOP("messages", "{path} is not an ETSoft Desk register, or it is damaged.")
    PLAIN_SQLITE = QT_TRANSLATE_NOOP("messages", "{path} is an unencrypted database, not an ETSoft Desk register.")
    REGISTER_DAMAGED = QT_TRANSLATE_NOOP("messages", "The register at {path} is damaged: restore it from a backup.")
    REGISTER_TOO_NEW = QT_TRANSLATE_NOOP("messages", "This register was written by a newer version of ETSoft Desk (schema {found}, this version knows {known}): install the newer version.")
    REGISTER_LOCKED = QT_TRANSLATE_NOOP("messages", "The register is in use by another program; close it and try again.")
    DISK_FULL = QT_TRANSLATE_NOOP("messages", "The disk is full: free some space and try again. Nothing was lost.")
    KEY_MALFORMED = QT_TRANSLATE_NOOP("messages", "That is not a recovery key: a recovery key has 14 groups of 4 characters, or the raw key 64 hexadecimal digits.")
    KEY_TYPO = QT_TRANSLATE_NOOP("messages", "The recovery key has a typo somewhere (its check characters do not match): compare it with the sheet.")
    KEYRING_UNAVAILABLE = QT_TRANSLATE_NOOP("messages", "This computer has no keyring to keep the register's key in; enter the recovery key from the printed sheet.")
    KEY_NOT_IN_KEYRING = QT_TRANSLATE_NOOP("messages", "The keyring does not hold the key of this register; enter the recovery key from the printed sheet.")
    KEY_NEEDED = QT_TRANSLATE_NOOP("messages", "The register is locked and no key was given: set ETSOFT_DESK_KEY or run this in a terminal.")
    # customers and import
    CUSTOMER_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no customer with number {value}.")
    IMPORT_FILE_MISSING = QT_TRANSLATE_NOOP("messages", "The file {path} does not exist.")
    IMPORT_NOT_CSV = QT_TRANSLATE_NOOP("messages", "{path} could not be read as a CSV file.")
    IMPORT_NO_NAME_COLUMN = QT_TRANSLATE_NOOP("messages", "The file has no column for the name (voornaam or achternaam).")
    IMPORT_ROWS_INVALID = QT_TRANSLATE_NOOP("messages", "{count} rows are invalid; nothing was imported.")
    # consent and the privacy statement
    CONSENT_NOT_ASKED_IS_NO_CHANGE = QT_TRANSLATE_NOOP("messages", "“Not asked” is where a channel starts; record what the customer said instead.")
    CONSENT_NOTHING_TO_WITHDRAW = QT_TRANSLATE_NOOP("messages", "There is no consent on this channel to withdraw.")
    SOFT_OPT_IN_NEEDS_CUSTOMER = QT_TRANSLATE_NOOP("messages", "The soft opt-in is only for existing customers (with a purchase or a service job); ask for an opt-in instead.")
    STAFF_INITIALS_MISSING = QT_TRANSLATE_NOOP("messages", "Enter your initials first: every consent record names who recorded it.")
    STATEMENT_EMPTY = QT_TRANSLATE_NOOP("messages", "The privacy statement is empty.")
    STATEMENT_SAME_AS_CURRENT = QT_TRANSLATE_NOOP("messages", "This text is the same as the current version {version}; nothing was added.")
    # sharing with recipients
    RECIPIENT_INACTIVE = QT_TRANSLATE_NOOP("messages", "{name} is no longer an active recipient: nothing may be shared with them.")
    PROCESSOR_AGREEMENT_MISSING = QT_TRANSLATE_NOOP("messages", "There is no processor agreement with {name}: record it in the recipients register before sharing.")
    SHARING_OBJECTED = QT_TRANSLATE_NOOP("messages", "The customer asked us on {since} to stop sharing: nothing may go to {name}.")
    SHARING_NOT_APPROVED = QT_TRANSLATE_NOOP("messages", "The customer has not approved sharing with {name}: ask first and record the approval.")
    RECIPIENT_NAME_TAKEN = QT_TRANSLATE_NOOP("messages", "There is already a recipient called {name}.")
    RECIPIENT_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no recipient with number {value}.")
    APPROVAL_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no active approval with number {value} for this customer.")
    OBJECTION_BLOCKS_APPROVAL = QT_TRANSLATE_NOOP("messages", "The customer asked to stop sharing on {since}; lift that objection first if the customer now agrees.")
    # referrals on the website
    REFERRAL_WRONG_STEP = QT_TRANSLATE_NOOP("messages", "A referral that is {status} cannot become {new}.")
    REFERRAL_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no referral with number {value}.")
    REFERRAL_EVIDENCE_REQUIRED = QT_TRANSLATE_NOOP("messages", "Say how the customer approved the text (for example: signed the printed text at the counter).")
    URL_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a web address (it starts with https://).")
    # special-category data
    SENSITIVE_NEEDS_CONSENT = QT_TRANSLATE_NOOP("messages", "Sensitive data is only kept with the customer's explicit consent: ask, and tick that the customer agrees.")
    SENSITIVE_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no such sensitive note for this customer.")
    RETENTION_IN_PAST = QT_TRANSLATE_NOOP("messages", "The keep-until date must lie in the future.")
    # data-subject requests
    REQUEST_CLOSED = QT_TRANSLATE_NOOP("messages", "This request is already closed.")
    EXTENSION_TOO_LONG = QT_TRANSLATE_NOOP("messages", "A request can be extended once, by one or two months at most.")
    EXTENSION_TOO_LATE = QT_TRANSLATE_NOOP("messages", "An extension had to be decided and told before {due}; that date has passed.")
    REASONS_REQUIRED = QT_TRANSLATE_NOOP("messages", "Give the reasons: the customer must be told why.")
    REQUEST_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no request with number {value}.")
    RECEIVED_IN_FUTURE = QT_TRANSLATE_NOOP("messages", "A request cannot be received in the future.")
    # audit log
    RETENTION_BELOW_MINIMUM = QT_TRANSLATE_NOOP("messages", "The law requires keeping {value} for at least {limit} months.")
    RETENTION_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a valid number of months (0 to 1200).")
    SETTING_UNKNOWN = QT_TRANSLATE_NOOP("messages", "There is no setting called “{value}”.")
    EXPORT_FORMAT = QT_TRANSLATE_NOOP("messages", "The export file must end in .json or .zip (a JSON file with one CSV file per table).")
    LETTER_NOT_NEEDED = QT_TRANSLATE_NOOP("messages", "This request has no extension or refusal to write a letter about.")
    ERASED_BEFORE = QT_TRANSLATE_NOOP("messages", "This person asked to be erased on {date}: not imported.")
    ERASED_BEFORE_CARD = QT_TRANSLATE_NOOP("messages", "This person asked to be erased on {date}. Only register them again if they ask for it themselves.")
    BACKUP_DAMAGED = QT_TRANSLATE_NOOP("messages", "{path} is damaged: it cannot be used as a register. Nothing was changed.")
    BACKUP_EXISTS = QT_TRANSLATE_NOOP("messages", "{path} already exists: choose another name or folder.")
    BACKUP_FOLDER_MISSING = QT_TRANSLATE_NOOP("messages", "The folder {path} does not exist (is the USB stick in?).")
    BACKUP_NOT_VERIFIED = QT_TRANSLATE_NOOP("messages", "The backup could not be verified and was removed: {detail}. Try again, or another USB stick.")
    BACKUP_OTHER_KEY = QT_TRANSLATE_NOOP("messages", "The key does not open {path}: it is not an ETSoft Desk backup, or it was made with another key (then give the recovery key printed at that time). Nothing was changed.")
    RESTORE_IS_REGISTER = QT_TRANSLATE_NOOP("messages", "That is the register itself, not a backup of it.")
    IDLE_MINUTES_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a number of minutes from 0 (never) to 240.")
    BACKUP_KEEP_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” is not a number of backups from 1 to 100.")
    PIN_INVALID = QT_TRANSLATE_NOOP("messages", "A PIN is 4 to 12 digits.")
    AUDIT_BROKEN = QT_TRANSLATE_NOOP("messages", "The audit log has been tampered with: {detail}")
    # --- issue 10, audit part: a missing audit table, damage found by the checks, a damaged source of a backup
    AUDIT_MISSING = QT_TRANSLATE_NOOP("messages", "The audit log is missing from the register: its table was removed.")
    DAMAGED_PAGES = QT_TRANSLATE_NOOP("messages", "The register at {path} is damaged: {count} page(s) fail the encryption check (the first is page {page}). Restore it from a backup.")
    DAMAGED_STRUCTURE = QT_TRANSLATE_NOOP("messages", "The register at {path} is damaged: the database check found {detail}. Restore it from a backup.")
    BACKUP_SOURCE_DAMAGED = QT_TRANSLATE_NOOP("messages", "The register is damaged ({count} page(s) fail the encryption check), so no backup was written: restore an earlier backup.")

    # --- free text and rejects files (issue 10 item 7) ---
    IMPORT_REJECTS_NOT_WRITTEN = QT_TRANSLATE_NOOP("messages", "The refused rows could not be written to {path}; nothing was imported.")
    # --- issue 11 "Rights that act": restriction, objection, requests carried out, who may be approached ---
    RESTRICTED_NO_MARKETING = QT_TRANSLATE_NOOP("messages", "The customer had the processing of their data restricted on {since}: no marketing on any channel until the restriction is lifted.")
    RESTRICTED_NO_CONSENT = QT_TRANSLATE_NOOP("messages", "The customer had the processing of their data restricted on {since}: no new consent can be recorded until the restriction is lifted.")
    RESTRICTED_NO_SHARING = QT_TRANSLATE_NOOP("messages", "The customer had the processing of their data restricted on {since}: nothing may be approved for sharing or disclosed (except for a legal claim) until the restriction is lifted.")
    RESTRICTED_NO_EDIT = QT_TRANSLATE_NOOP("messages", "The customer had the processing of their data restricted on {since}: the card may not be changed until the restriction is lifted.")
    RESTRICTED_EDIT_ONLY = QT_TRANSLATE_NOOP("messages", "The customer contests the accuracy of their data (restricted since {since}): only {fields} may be corrected until the restriction is lifted.")
    RESTRICTION_FIELD_UNKNOWN = QT_TRANSLATE_NOOP("messages", "“{value}” is not a field of the card; use one of {fields}.")
    ALREADY_RESTRICTED = QT_TRANSLATE_NOOP("messages", "The processing of this customer's data is already restricted since {since}.")
    NOT_RESTRICTED = QT_TRANSLATE_NOOP("messages", "The processing of this customer's data is not restricted: there is nothing to lift.")
    OBJECTED_NO_GRANT = QT_TRANSLATE_NOOP("messages", "The customer objected to direct marketing on {since}: record a consent only if the customer asks for it anew, and confirm that they did.")
    OBJECTED_NO_MARKETING = QT_TRANSLATE_NOOP("messages", "The customer objected to direct marketing on {since}: they may be approached only on a channel they asked for anew since.")
    ALREADY_OBJECTED = QT_TRANSLATE_NOOP("messages", "The customer already objected to direct marketing on {since}.")
    OBJECTION_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no objection with number {value} to decide on for this customer.")
    PROCESSING_REQUIRED = QT_TRANSLATE_NOOP("messages", "Say which processing the customer objects to.")
    REQUEST_WRONG_KIND = QT_TRANSLATE_NOOP("messages", "Request {value} is not a request of this kind, or it is closed: it cannot be carried out by this act.")
    REQUEST_NEEDS_ACCESS_REPORT = QT_TRANSLATE_NOOP("messages", "Request {value} is not carried out yet: issue the access report for it first, or refuse it with reasons.")
    REQUEST_NEEDS_EXPORT = QT_TRANSLATE_NOOP("messages", "Request {value} is not carried out yet: make the export for it first, or refuse it with reasons.")
    REQUEST_NEEDS_ERASURE = QT_TRANSLATE_NOOP("messages", "Request {value} is not carried out yet: erase the customer with this request first, or refuse it with reasons.")
    REQUEST_NEEDS_RESTRICTION = QT_TRANSLATE_NOOP("messages", "Request {value} is not carried out yet: restrict the processing with this request first, or refuse it with reasons.")
    REQUEST_NEEDS_OBJECTION = QT_TRANSLATE_NOOP("messages", "Request {value} is not carried out yet: record the objection with this request first, or refuse it with reasons.")
    REQUEST_NEEDS_WITHDRAWAL = QT_TRANSLATE_NOOP("messages", "Request {value} is not carried out yet: withdraw the consents it names first, or refuse it with reasons.")
    REQUEST_NEEDS_RECTIFICATION = QT_TRANSLATE_NOOP("messages", "Request {value} is not carried out yet: correct the card with this request first, or refuse it with reasons.")
    CHANNEL_UNKNOWN = QT_TRANSLATE_NOOP("messages", "“{value}” is not a marketing channel; use one of {channels}.")
    # --- outputs: files written at the owner's request, kept proof, rekey (issue 10, part "outputs") ---
    OUTPUT_IS_REGISTER_FILE = QT_TRANSLATE_NOOP("messages", "{path} is one of the register's own files: choose another name or folder. Nothing was written.")
    OUTPUT_EXISTS = QT_TRANSLATE_NOOP("messages", "{path} already exists: choose another name, or say that it may be replaced (on the command line: --overwrite).")
    OUTPUT_IS_FOLDER = QT_TRANSLATE_NOOP("messages", "{path} is a folder: give a file name in it.")
    OUTPUT_FOLDER_MISSING = QT_TRANSLATE_NOOP("messages", "The folder {path} does not exist: choose another folder. Nothing was written.")
    OUTPUT_NOT_ALLOWED = QT_TRANSLATE_NOOP("messages", "{path} cannot be written: that folder is read-only or you may not write in it. Nothing was written.")
    OUTPUT_DISK_FULL = QT_TRANSLATE_NOOP("messages", "{path} cannot be written: the disk is full. Nothing was written.")
    OUTPUT_NAME_TOO_LONG = QT_TRANSLATE_NOOP("messages", "The name {path} is too long: choose a shorter name. Nothing was written.")
    OUTPUT_FAILED = QT_TRANSLATE_NOOP("messages", "{path} cannot be written ({detail}). Nothing was written.")
    OUTPUT_SAME_FILE = QT_TRANSLATE_NOOP("messages", "Two outputs are named {path}: give each its own file. Nothing was written.")
    PROOF_KEPT = QT_TRANSLATE_NOOP("messages", "It is done, but {path} could not be written; its confirmation {doc} is kept in the register: print it again with “etsoft-desk document {doc} -o FILE.pdf”.")
    ERASURE_STILL_FINISHING = QT_TRANSLATE_NOOP("messages", "The erasure {doc} is still in progress (another program is reading the register); its confirmation is kept in the register: print it once the erasure has finished with “etsoft-desk document {doc} -o FILE.pdf”.")
    DOCUMENT_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "There is no kept document {value}; see “etsoft-desk document list”.")
    REKEY_NO_SAFE_PLACE = QT_TRANSLATE_NOOP("messages", "This computer has no keyring to keep the new key in: give --recovery-sheet FILE.pdf so that the new key is on paper before the register changes. Nothing was changed.")
    REKEY_KEYRING_UNREADABLE = QT_TRANSLATE_NOOP("messages", "The keyring did not give back the new key it was given: give --recovery-sheet FILE.pdf to rekey without it. Nothing was changed.")
    REGISTER_CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP("messages", "The register was changed by another program (for example a new key from the command line): close ETSoft Desk and open it again.")
    # --- who may do what (issue 10 item 8: the staff list and the owner's PIN) ---
    STAFF_NOT_LISTED = QT_TRANSLATE_NOOP("messages", "{value} is not on the staff list: choose someone who is (etsoft-desk staff list), or ask the owner to add them.")
    STAFF_INITIALS_INVALID = QT_TRANSLATE_NOOP("messages", "“{value}” are not initials: use 1 to 8 letters, for example JV.")
    STAFF_NAME_REQUIRED = QT_TRANSLATE_NOOP("messages", "Give the person's name.")
    STAFF_EXISTS = QT_TRANSLATE_NOOP("messages", "{value} is already on the staff list.")
    STAFF_NOT_FOUND = QT_TRANSLATE_NOOP("messages", "{value} is not on the staff list.")
    STAFF_OWNER_EXISTS = QT_TRANSLATE_NOOP("messages", "{value} is already the owner, and there is one owner.")
    STAFF_OWNER_LAST = QT_TRANSLATE_NOOP("messages", "The owner can only be removed as the last person on the staff list.")
    OWNER_PIN_NEEDED = QT_TRANSLATE_NOOP("messages", "This needs the owner's PIN: set ETSOFT_DESK_PIN or run this in a terminal. Nothing was changed.")
    OWNER_PIN_WRONG = QT_TRANSLATE_NOOP("messages", "Wrong PIN: nothing was changed ({left} tries left, then only the recovery key).")
    OWNER_PIN_LOCKED = QT_TRANSLATE_NOOP("messages", "Five wrong PINs: only the register's recovery key allows this now (give it in ETSOFT_DESK_PIN or on the terminal). Nothing was changed.")
    NEW_PIN_NEEDED = QT_TRANSLATE_NOOP("messages", "Type the new PIN twice on a terminal, or set ETSOFT_DESK_NEW_PIN. Nothing was changed.")
    NEW_PIN_MISMATCH = QT_TRANSLATE_NOOP("messages", "The two PINs are not the same. Nothing was changed.")

    # --- issue 10, the erasure ledger, leftovers and the checkpoint (part "ledger") ---
    LEDGER_REPAIRED = QT_TRANSLATE_NOOP("messages", "The erasure ledger lacked {count} line(s) that the register keeps (it was deleted or cut off): it was written again from the register.")
    LEDGER_IS_FOLDER = QT_TRANSLATE_NOOP("messages", "The erasure ledger {path} is a folder, not a file: move that folder away. Until then no erasure can be carried out.")
    LEDGER_UNWRITABLE = QT_TRANSLATE_NOOP("messages", "The erasure ledger {path} cannot be written: nothing was erased. Check that it is a file and the disk is not full.")
    LEDGER_LINE_ALTERED = QT_TRANSLATE_NOOP("messages", "Line {line} of the erasure ledger was altered (its seal does not match): it was skipped.")
    LEDGER_LINE_BOM = QT_TRANSLATE_NOOP("messages", "Line {line} of the erasure ledger starts with a byte-order mark (an editor such as Notepad saved it): it was skipped.")
    LEDGER_LINE_NOT_JSON = QT_TRANSLATE_NOOP("messages", "Line {line} of the erasure ledger is cut off or not readable: it was skipped.")
    LEDGER_LINE_NOT_ENTRY = QT_TRANSLATE_NOOP("messages", "Line {line} of the erasure ledger is not a ledger entry (not a JSON object): it was skipped.")
    LEDGER_LINE_KEY_MISSING = QT_TRANSLATE_NOOP("messages", "Line {line} of the erasure ledger lacks “{key}”: it was skipped.")
    LEDGER_LINE_UNSIGNED = QT_TRANSLATE_NOOP("messages", "Line {line} of the erasure ledger has no seal and the register has no record of it: it was skipped.")
    LEDGER_APPLIED_WITHOUT_LINE = QT_TRANSLATE_NOOP("messages", "{count} erasure(s) carried out in this register have no valid line in the erasure ledger ({ids}): if this register is restored from an older backup, they cannot be carried out again.")
    LEFTOVER_INTERRUPTED = QT_TRANSLATE_NOOP("messages", "Removed {name}, left by an interrupted restore or backup.")
    LEFTOVER_SET_ASIDE_STALE = QT_TRANSLATE_NOOP("messages", "Removed the set-aside register {name}: it still held people erased since.")
    LEFTOVER_SET_ASIDE_OTHER_KEY = QT_TRANSLATE_NOOP("messages", "Removed the set-aside register {name}: the current key does not open it, so erasures cannot be checked in it.")
    LEFTOVER_SET_ASIDE_CONFIRMED = QT_TRANSLATE_NOOP("messages", "Removed the set-aside register {name}: the restore is confirmed.")
    CHECKPOINT_PENDING = QT_TRANSLATE_NOOP("messages", "The erasure is not finished yet: another program is reading the register. It is finished as soon as that program lets go (at the latest at the next start).")
    # --- issue 10, defects a hostile tester found in the ledger, restore, backup and leftovers (part "fix-ledger") ---
    RESTORE_CANNOT_WRITE = QT_TRANSLATE_NOOP("messages", "Nothing was restored: {path} cannot be written (a folder, read-only or locked), and a restore must write it to erase again whoever was erased since; fix that first, nothing was changed.")
    BACKUP_FOLDER_UNWRITABLE = QT_TRANSLATE_NOOP("messages", "The folder {path} cannot be written (read-only, or no permission): no backup was made.")
    REKEY_SET_ASIDE = QT_TRANSLATE_NOOP("messages", "A register set aside by a restore is still here ({name}) and the new key would not open it: confirm the restore first (etsoft-desk restore --confirm). Nothing was changed.")

    # --- issue 10, one-sentence failures at the boundary (part "fix-audit") ---
    REGISTER_UNWRITABLE = QT_TRANSLATE_NOOP("messages", "The register at {path} cannot be opened for writing: make the file and its folder writable again (not read-only, not locked against changes), then try again. Nothing was changed.")
    REGISTER_TABLE_MISSING = QT_TRANSLATE_NOOP("messages", "The register at {path} is damaged: its table “{value}” is missing. Restore it from a backup.")
    REGISTER_DATABASE_ERROR = QT_TRANSLATE_NOOP("messages", "The register at {path} could not be used (the database said “{detail}”): check the disk and the file, or restore the register from a backup.")
    FILE_UNUSABLE = QT_TRANSLATE_NOOP("messages", "{path} cannot be used: {detail}. Check that it exists, is a folder where a folder is meant (or a file where a file is), and may be written, then try again.")

    # --- issue 11, the erasure ledger as a gate and the list of whom a recipient may receive (part "gates") ---
    LEDGER_COPY_NO_DISCLOSURE = QT_TRANSLATE_NOOP("messages", "This customer is someone erased at their request on {since}, and the approval to share with {name} dates from before then: it is a copy that should not exist. Record a new approval only if the customer gives it again, or erase this card.")
    RECIPIENT_NAME_UNKNOWN = QT_TRANSLATE_NOOP("messages", "There is no recipient “{value}”: give its number or its name as the recipients register has it.")

    @classmethod
    def all(cls) -> dict[str, str]:
        return {k: v for k, v in vars(cls).items() if k.isupper()}
