"""peewee models of the register, bound at start-up through ``database_proxy``.

The schema itself is created by numbered migrations (migrations.py), not from these classes;
a test checks that both agree.
"""

from __future__ import annotations

from peewee import (AutoField, BlobField, BooleanField, DatabaseProxy, DateField, DateTimeField, ForeignKeyField,
                    IntegerField, Model, TextField)

database_proxy = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Customer(BaseModel):
    id = AutoField()
    first_name = TextField(default="")
    infix = TextField(default="")
    last_name = TextField(default="")
    sort_key = TextField()  # folded "last, first infix" for the list order
    street = TextField(default="")
    house_number = IntegerField(null=True)
    house_number_addition = TextField(default="")
    postcode = TextField(default="")
    city = TextField(default="")
    country = TextField(default="NL")
    age_confirmed = BooleanField(default=False)
    age_check = TextField(null=True)
    age_checked_on = DateField(null=True)
    source_kind = TextField(default="customer")
    source_name = TextField(default="")
    source_date = DateField(null=True)
    source_how = TextField(default="")
    interests = TextField(default="")  # comma-separated Interest values
    notes = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    source_informed_on = DateField(null=True)  # Art. 14 notice sent (data from a third party)


class CustomerEmail(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="emails", on_delete="CASCADE")
    address = TextField()
    position = IntegerField(default=0)


class CustomerPhone(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="phones", on_delete="CASCADE")
    number = TextField()  # E.164
    position = IntegerField(default=0)


class Visit(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="visits", on_delete="CASCADE")
    date = DateField()
    purpose = TextField(default="")


class ServiceJob(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="service_jobs", on_delete="CASCADE")
    date = DateField()
    kind = TextField()
    device = TextField(default="")
    serial_number = TextField(default="")
    description = TextField(default="")
    status = TextField(default="open")


class Invoice(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="invoices", on_delete="RESTRICT")
    number = TextField(unique=True)
    date = DateField()
    amount_cents = IntegerField()


class AuditEntry(BaseModel):
    """Who did what to which customer, never the personal values; hash-chained."""

    id = AutoField()
    at = TextField()  # ISO 8601, UTC
    action = TextField()
    subject = TextField(null=True)  # the customer's pseudonym (audit_subject), never the customer number
    detail = TextField(default="")  # non-personal: field names, counts, file kinds
    prev_hash = TextField()
    hash = TextField()


class AuditSubject(BaseModel):
    """The link from a customer to their audit pseudonym; it goes with the customer (ON DELETE CASCADE)."""

    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE", column_name="customer_id")
    pseudonym = TextField(unique=True)


class StatementVersion(BaseModel):
    id = AutoField()
    effective_date = DateField()
    text = TextField()
    sha256 = TextField()
    material = BooleanField(default=True)
    loaded_at = DateTimeField()
    loaded_by = TextField(default="")


class ConsentRecord(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="consents", on_delete="CASCADE")
    channel = TextField()
    state = TextField()
    method = TextField()
    basis = TextField(null=True)
    statement_version = ForeignKeyField(StatementVersion, null=True)
    recorded_at = DateTimeField()
    recorded_by = TextField()
    after_objection = BooleanField(default=False)
    objection_id = IntegerField(null=True)
    request_id = IntegerField(null=True)


class StatementNotice(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="statement_notices", on_delete="CASCADE")
    statement_version = ForeignKeyField(StatementVersion)
    informed_on = DateField()
    method = TextField()
    recorded_by = TextField()


class Recipient(BaseModel):
    id = AutoField()
    name = TextField(unique=True)
    role = TextField()
    processor_agreement = BooleanField(default=False)
    country = TextField(default="NL")
    contact = TextField(default="")
    active = BooleanField(default=True)
    email = TextField(default="")
    address = TextField(default="")
    transfer_ground = TextField(null=True)  # outside the EEA: what the transfer rests on (domain TransferGround)
    safeguards = TextField(default="")  # where the safeguards can be read


class SharingApproval(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="sharing_approvals", on_delete="CASCADE")
    recipient = ForeignKeyField(Recipient)
    data = TextField()
    purpose = TextField()
    given_on = DateField()
    method = TextField()
    statement_version = ForeignKeyField(StatementVersion, null=True)
    recorded_by = TextField()
    withdrawn_on = DateField(null=True)
    withdrawn_method = TextField(null=True)


class SharingObjection(BaseModel):
    customer = ForeignKeyField(Customer, primary_key=True, on_delete="CASCADE")
    since = DateField()
    method = TextField()
    recorded_by = TextField()


class Disclosure(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="disclosures", on_delete="CASCADE")
    recipient = ForeignKeyField(Recipient)
    what = TextField()
    disclosed_at = DateTimeField()
    ground = TextField()
    approval = ForeignKeyField(SharingApproval, null=True)
    recorded_by = TextField()


class Referral(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="referrals", on_delete="CASCADE")
    text = TextField()
    shown_as = TextField()
    status = TextField()
    requested_on = DateField()
    recorded_by = TextField()
    evidence = TextField(default="")
    approved_on = DateField(null=True)
    approval_method = TextField(null=True)
    statement_version = ForeignKeyField(StatementVersion, null=True)
    published_url = TextField(null=True)
    published_on = DateField(null=True)
    withdrawn_on = DateField(null=True)
    withdrawn_method = TextField(null=True)
    taken_down_on = DateField(null=True)


class SensitiveNote(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, backref="sensitive_notes", on_delete="CASCADE")
    category = TextField()
    text = TextField()
    consent_method = TextField()
    statement_version = ForeignKeyField(StatementVersion, null=True)
    recorded_at = DateTimeField()
    recorded_by = TextField()
    retain_until = DateField()


class DataRequestRow(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    kind = TextField()
    received_on = DateField()
    channel = TextField()
    identity = TextField(null=True)
    answer_to = TextField(default="")
    status = TextField()
    extended_months = IntegerField(default=0)
    extension_reason = TextField(default="")
    outcome = TextField(default="")
    closed_on = DateField(null=True)
    recorded_by = TextField()
    requester_name = TextField(default="")  # someone who is not a customer (issue 11 item 7)

    class Meta:
        table_name = "data_request"


class KeptInvoice(BaseModel):
    id = AutoField()
    erasure_id = TextField()
    number = TextField(unique=True)
    date = DateField()
    amount_cents = IntegerField()
    customer_name = TextField()
    customer_address = TextField()
    keep_until = DateField()
    ground = TextField()


class TakedownTask(BaseModel):
    id = AutoField()
    erasure_id = TextField()
    url = TextField()
    since = DateField()
    done_on = DateField(null=True)


class DestructionLog(BaseModel):
    id = AutoField()
    kind = TextField()  # paper | device
    what = TextField()
    method = TextField()
    done_on = DateField()
    done_by = TextField()
    erasure_id = TextField(null=True)
    recorded_at = DateTimeField()


class ErasureApplied(BaseModel):
    erasure_id = TextField(primary_key=True)
    applied_at = DateTimeField()


class LedgerLine(BaseModel):  # the register's own copy of the erasure ledger (migration 10)
    seq = AutoField()
    line = TextField(unique=True)


class IssuedDocument(BaseModel):
    document_id = TextField(primary_key=True)
    kind = TextField()
    created_at = DateTimeField()
    pdf = BlobField()
    customer_id = IntegerField(null=True)  # whom it is about (NULL: nobody, or erased); no cascade: see erasure
    personal = BooleanField(default=False)  # holds the customer's data: destroyed with them


class Art19Notice(BaseModel):  # migration 21: one Art. 19 notice to one recipient (store/notices.py)
    id = AutoField()
    document_id = TextField(unique=True)
    cause = TextField()
    reference = TextField()
    recipient_id = IntegerField(null=True)
    recipient_name = TextField()
    customer_id = IntegerField(null=True)
    state = TextField(default="waiting")
    made_at = DateTimeField()
    made_by = TextField()
    sent_on = DateField(null=True)
    how = TextField(default="")
    reason = TextField(default="")
    changed_at = DateTimeField(null=True)
    changed_by = TextField(default="")


class Staff(BaseModel):
    initials = TextField(primary_key=True)
    name = TextField()
    owner = BooleanField(default=False)
    pin = TextField(null=True)  # salted scrypt, as services/pin.py writes it


class RegisterSetting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class Restriction(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    reason = TextField()
    fields = TextField(default="")
    since = DateField()
    request_id = IntegerField(null=True)
    recorded_by = TextField()
    lifted_on = DateField(null=True)
    lifted_by = TextField(null=True)
    told_how = TextField(null=True)


class Objection(BaseModel):
    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    kind = TextField()
    processing = TextField(default="")
    since = DateField()
    method = TextField()
    request_id = IntegerField(null=True)
    recorded_by = TextField()
    decision = TextField(null=True)
    decision_reason = TextField(default="")
    decided_on = DateField(null=True)


class RequestAction(BaseModel):
    id = AutoField()
    request_id = IntegerField()
    action = TextField()
    reference = TextField(default="")
    done_at = DateTimeField()
    recorded_by = TextField()
    issued_at = DateTimeField(null=True)  # an access report: when the copy was printed or saved


# The corrections of the history (issue 11) and the data-breach register (issue 16), in their own module.
from .models_records import Breach, BreachPerson, Correction, CorrectionNotice, OutboxMessage  # noqa: E402


ALL_MODELS = (Customer, CustomerEmail, CustomerPhone, Visit, ServiceJob, Invoice, AuditEntry, AuditSubject,
              StatementVersion,
              ConsentRecord, StatementNotice, Recipient, SharingApproval, SharingObjection, Disclosure,
              Referral, SensitiveNote, DataRequestRow, KeptInvoice, TakedownTask, DestructionLog, ErasureApplied,
              RegisterSetting, IssuedDocument, Restriction, Objection, RequestAction, Staff, LedgerLine,
              Correction, CorrectionNotice,
              Breach, BreachPerson, OutboxMessage, Art19Notice)
