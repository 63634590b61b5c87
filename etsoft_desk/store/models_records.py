"""peewee models of the corrections of the history (issue 11 item 3) and of the data-breach register (issue 16),
bound like the others through ``database_proxy``; ``models.ALL_MODELS`` lists them."""

from __future__ import annotations

from peewee import (AutoField, BlobField, BooleanField, DateField, DateTimeField, ForeignKeyField, IntegerField,
                    TextField)

from .models import BaseModel, Customer, Recipient


class Correction(BaseModel):
    """A corrected field of a visit, service job or invoice entry: the value before and after (migration 18)."""

    id = AutoField()
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    row_table = TextField()
    row_id = IntegerField()
    field = TextField()
    old_value = TextField(default="")
    new_value = TextField(default="")
    corrected_at = DateTimeField()
    recorded_by = TextField()
    request_id = IntegerField(null=True)


class CorrectionNotice(BaseModel):
    """An Art. 19 letter about a correction, made for one recipient (sent: issue 12)."""

    id = AutoField()
    correction = ForeignKeyField(Correction, on_delete="CASCADE")
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    recipient = ForeignKeyField(Recipient)
    document_id = TextField()
    made_at = DateTimeField()
    recorded_by = TextField()


class Breach(BaseModel):
    """Issue 16: one data breach (Art. 33(5)); people and records counted when recorded (see migration 19)."""

    id = AutoField()
    aware_at = DateTimeField()
    happened_at = DateTimeField(null=True)
    what = TextField()
    kind = TextField()
    scope = TextField()
    scope_ref = TextField(default="")
    people = IntegerField()
    records = IntegerField()
    categories = TextField(default="")
    special = BooleanField(default=False)
    encrypted = BooleanField(null=True)
    key_where = TextField(null=True)
    consequences = TextField(default="")
    measures_taken = TextField(default="")
    measures_proposed = TextField(default="")
    recorded_at = DateTimeField()
    recorded_by = TextField()
    report_ap = BooleanField(null=True)
    tell_people = BooleanField(null=True)
    decision_reason = TextField(default="")
    delay_reason = TextField(default="")
    decided_at = DateTimeField(null=True)
    decided_by = TextField(default="")
    reported_on = DateField(null=True)
    ap_reference = TextField(default="")
    closed_on = DateField(null=True)


class BreachPerson(BaseModel):
    """Whom a breach concerned; the row goes with the customer (ON DELETE CASCADE), the count stays in Breach."""

    id = AutoField()
    breach = ForeignKeyField(Breach, on_delete="CASCADE")
    customer = ForeignKeyField(Customer, on_delete="CASCADE")
    categories = TextField(default="")
    letter_doc = TextField(default="")
    letter_on = DateField(null=True)


class OutboxMessage(BaseModel):
    """Issue 12: a document waiting for the mail server, or the record of one sent (migration 20; the store works
    on the table in SQL, store/outbox.py; this model declares it)."""

    id = AutoField()
    queued_at = DateTimeField()
    queued_by = TextField()
    document_id = TextField()
    kind = TextField()
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    request_id = IntegerField(null=True)
    address_kind = TextField()
    to_address = TextField(default="")
    subject = TextField(default="")
    body = TextField(default="")
    attachment_name = TextField(default="")
    attachment = BlobField(null=True)
    protected = BooleanField(default=False)
    message_id = TextField()
    after_sent = TextField(default="")
    status = TextField(default="waiting")
    attempts = IntegerField(default=0)
    claimed_by = TextField(default="")
    claimed_at = DateTimeField(null=True)
    last_tried_at = DateTimeField(null=True)
    last_error = TextField(default="")
    last_error_params = TextField(default="")
    sent_at = DateTimeField(null=True)
    server_answer = TextField(default="")

    class Meta:
        table_name = "outbox"
