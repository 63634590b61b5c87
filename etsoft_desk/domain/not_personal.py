"""The register's tables that are not in the personal-data registry (domain/personal_data.py), each with why."""

# Tables that hold no personal data about customers, and why.
NOT_PERSONAL = {
    "audit_entry": "who did what, naming a customer only by a random pseudonym; never the personal values",
    "audit_subject": "which random pseudonym stands for which customer in the audit log; the row goes with the "
                     "customer, so an erased customer's entries point to nobody",
    "statement_version": "the shop's privacy statement texts",
    "recipient": "the shop's business partners and service providers: their name, contact email and address, "
                 "country and transfer ground; nothing about customers",
    "register_setting": "the shop's own settings",
    "takedown_task": "website addresses of referrals to take down after an erasure; no names",
    "destruction_log": "what paper or device was destroyed, how, when, by whom; described without personal data",
    "erasure_applied": "ids of the erasures this register has carried out",
    "ledger_line": "the register's copy of the erasure ledger: ids, counts and salted hashes, no readable values",
    "request_action": "which action (by name and document id) carried out which request; no personal values",
    "issued_document": "the documents as issued, kept to print again: proof of an erasure, a retention run or a "
                       "destruction names no customer (initials at most) and holds none of the erased values; a "
                       "letter, consent receipt or Art. 19 notice repeats what the register holds of the customer "
                       "(customer_id, personal = 1) and goes with them at an erasure",
    "breach": "the data-breach register (Art. 33(5)): what happened in the owner's words (no card numbers or BSNs "
              "accepted), counts, categories and decisions; whom it concerned is in breach_person",
    "staff": "the shop's own staff (initials, name, a PIN hash), who record changes; nothing about customers",
}

# Copies of registered fields kept for searching: not reported on their own (the fields they copy are), and
# erased with the customer (FTS5 secure-delete overwrites the tokens). FTS5 stores the index in shadow tables.
DERIVED = {"customer_search": "the search index: name, address, e-mail and phone of each customer, copied from "
                              "customer, customer_email and customer_phone; erased with the customer",
           **{f"customer_search_{part}": "FTS5's own storage of customer_search"
              for part in ("config", "content", "data", "docsize", "idx")}}
# Tables SQLite keeps for itself.
SQLITE_INTERNAL = {"sqlite_sequence": "the last row id handed out per table"}
