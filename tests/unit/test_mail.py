"""Documents by email (issue 12): a real SMTP server on loopback (aiosmtpd), STARTTLS on a self-signed
certificate, the outbox that keeps what could not be sent, and nothing of a message in the log or audit log."""

import datetime as dt
import io
import logging
import socket
import threading

import pytest
from pypdf import PdfReader

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.domain.requests import RequestChannel, RequestKind
from etsoft_desk.services import mail
from tests.helpers.cards import distinctive_card
from tests.helpers.smtp_server import PASSWORD, USER, SmtpServer, free_port, self_signed
from tests.helpers.sqlcipher_pages import decrypted_pages

ADDRESS = "zebulonia.quax@example.org"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(certificate, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # the program trusts the system's roots: these
    running = SmtpServer(*certificate).start()
    yield running
    running.stop()


def set_up_mail(register, port, *, password=PASSWORD, monkeypatch=None):
    register.settings.set_values({"smtp_host": "localhost", "smtp_port": str(port), "smtp_security": "starttls",
                                  "smtp_user": USER, "smtp_from": "winkel@etsoft.test",
                                  "smtp_from_name": "ETSoft Hulst"})
    if monkeypatch is not None:
        monkeypatch.setenv(mail.PASSWORD_ENV, password)


@pytest.fixture
def shop(register):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(distinctive_card())
    request = register.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 24), RequestChannel.EMAIL)
    return register, cid, request


def queue_report(register, cid, request, **extra):
    doc_id, pdf = register.access.render(cid, request_id=request)
    number = register.outbox.queue(document_id=doc_id, kind="access_report", attachment=pdf,
                                   attachment_name=f"inzage-{doc_id}.pdf", to=register.outbox.request_address(request),
                                   address_kind="request", customer_id=cid, request_id=request, **extra)
    return doc_id, number


def test_the_report_arrives_with_its_recipient_subject_and_a_pdf_that_opens(shop, server, monkeypatch):
    register, cid, request = shop
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    doc_id, number = queue_report(register, cid, request)
    result = register.outbox.send(number)
    assert result.error is None and result.answer == "250 2.0.0 Ok: queued as TEST1"
    [message] = server.inbox.messages
    assert server.inbox.envelopes[0].rcpt_tos == [ADDRESS]
    assert message["To"] == ADDRESS and message["Subject"] == "Uw verzoek om inzage"
    assert message["From"] == "ETSoft Hulst <winkel@etsoft.test>"
    assert "In de bijlage vindt u het overzicht" in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == f"inzage-{doc_id}.pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(attachment.get_content())).pages)
    assert doc_id in text and "Quaxelbrink" in text
    # The record stays, the content goes.
    [row] = register.outbox.rows()
    assert row["status"] == "sent" and row["address_kind"] == "request" and row["document_id"] == doc_id
    assert row["server_answer"].startswith("250") and row["sent_at"]
    stored = register.outbox.messages()[0]
    assert (stored.to_address, stored.subject, stored.body, stored.attachment) == ("", "", "", None)


def test_with_the_server_stopped_it_stays_in_the_outbox_and_a_later_send_delivers_it_once(shop, certificate,
                                                                                          monkeypatch):
    register, cid, request = shop
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    port = free_port()
    set_up_mail(register, port, monkeypatch=monkeypatch)
    doc_id, number = queue_report(register, cid, request)
    first = register.outbox.send(number)
    assert first.error is not None and first.error.template == Msg.MAIL_UNREACHABLE
    [row] = register.outbox.rows()
    assert row["status"] == "waiting" and row["attempts"] == 1
    assert row["reason"] == f"The mail server localhost (port {port}) cannot be reached: check the network " \
                            "connection and the server's name and port in the settings."
    assert register.outbox.waiting_count() == 1
    server = SmtpServer(*certificate, port=port).start()
    try:
        assert [r.error for r in register.outbox.send_waiting()] == [None]
        assert register.outbox.send_waiting() == []  # nothing left: sent once
        assert len(server.inbox.envelopes) == 1 and server.inbox.envelopes[0].rcpt_tos == [ADDRESS]
    finally:
        server.stop()
    assert register.outbox.waiting_count() == 0
    with pytest.raises(UserError) as told:
        register.outbox.send(number)
    assert told.value.template == Msg.OUTBOX_NOT_FOUND


def test_a_wrong_password_gives_its_sentence_and_the_message_waits(shop, server, monkeypatch):
    register, cid, request = shop
    set_up_mail(register, server.port, password="niet-het-goede", monkeypatch=monkeypatch)
    _, number = queue_report(register, cid, request)
    result = register.outbox.send(number)
    assert str(result.error) == "The mail server localhost refused the user name or the password: check them in " \
                                "the settings."
    assert server.inbox.envelopes == [] and register.outbox.waiting_count() == 1


def test_a_certificate_that_does_not_verify_sends_nothing(shop, certificate, monkeypatch):
    register, cid, request = shop
    running = SmtpServer(*certificate).start()  # SSL_CERT_FILE not set: the self-signed certificate is unknown
    try:
        set_up_mail(register, running.port, monkeypatch=monkeypatch)
        _, number = queue_report(register, cid, request)
        result = register.outbox.send(number)
        assert result.error.template == Msg.MAIL_CERTIFICATE
        assert running.inbox.envelopes == []
    finally:
        running.stop()


def test_a_server_that_never_answers_is_a_timeout():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        server = mail.Server("127.0.0.1", port, "starttls", "", "winkel@etsoft.test", "")
        message = mail.compose(server, to=ADDRESS, subject="x", body="y", message_id="<1@etsoft.test>")
        with pytest.raises(UserError) as told:
            mail.deliver(server, None, message, timeout=0.3)
    assert told.value.template == Msg.MAIL_TIMEOUT


def test_a_refused_recipient_is_told_without_the_address(shop, server, monkeypatch):
    register, cid, request = shop
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    server.inbox.refuse_recipients = True
    _, number = queue_report(register, cid, request)
    result = register.outbox.send(number)
    assert result.error.template == Msg.MAIL_RECIPIENT_REFUSED
    assert ADDRESS not in str(register.outbox.rows())


def test_the_log_the_audit_log_and_the_file_keep_none_of_the_message(shop, server, monkeypatch, caplog,
                                                                     new_register, register_path):
    register, cid, request = shop
    caplog.set_level(logging.DEBUG)
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    doc_id, number = queue_report(register, cid, request)
    assert register.outbox.send(number).error is None
    details = " ".join(r[0] for r in register._db.execute_sql("SELECT detail FROM audit_entry").fetchall())
    assert f"{doc_id} sent (message {number}) to the request address" in details
    logged = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("etsoft_desk"))
    everything = details + logged
    for secret in (ADDRESS, "zebulonia", "Uw verzoek om inzage", "In de bijlage", PASSWORD):
        assert secret.lower() not in everything.lower()
    # The message's own copy of the report is gone from the file (the request keeps its answer address).
    register._db.execute_sql("UPDATE data_request SET answer_to = ''")
    register.customers  # noqa: B018
    pages = b"".join(decrypted_pages(register_path, new_register.key))
    assert b"Uw verzoek om inzage" not in pages and b"inzage-" + doc_id.encode() not in pages


def test_a_protected_attachment_opens_only_with_its_password(shop, server, monkeypatch):
    register, cid, request = shop
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    with pytest.raises(UserError) as told:
        queue_report(register, cid, request, password="kort")
    assert told.value.template == Msg.ATTACHMENT_PASSWORD_SHORT
    _, number = queue_report(register, cid, request, password="zeven-appels")
    assert register.outbox.send(number).error is None
    [message] = server.inbox.messages
    assert "beveiligd met een wachtwoord" in message.get_body(("plain",)).get_content()
    reader = PdfReader(io.BytesIO(next(message.iter_attachments()).get_content()))
    assert reader.is_encrypted and reader.decrypt("fout") == 0
    assert reader.decrypt("zeven-appels") != 0 and "Quaxelbrink" in reader.pages[0].extract_text()
    assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256
    assert "zeven-appels" not in str(register.outbox.rows())


def test_only_the_request_address_or_one_on_the_card(shop):
    register, cid, request = shop
    assert register.outbox.request_address(request) == ADDRESS
    counter = register.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 24), RequestChannel.COUNTER)
    register._db.execute_sql("UPDATE data_request SET answer_to = '' WHERE id = ?", (counter,))
    with pytest.raises(UserError) as told:
        register.outbox.request_address(counter)
    assert told.value.template == Msg.SEND_NO_ADDRESS
    assert register.outbox.card_address(cid, "Zebulonia.Quax@example.org") == ADDRESS
    with pytest.raises(UserError) as told:
        register.outbox.card_address(cid, "iemand@anders.nl")
    assert told.value.template == Msg.SEND_NOT_ON_CARD


@pytest.mark.parametrize("key, value, template", [
    ("smtp_port", "abc", Msg.SMTP_PORT_INVALID), ("smtp_port", "70000", Msg.SMTP_PORT_INVALID),
    ("smtp_security", "tls13", Msg.SMTP_SECURITY_INVALID), ("smtp_host", "smtp example.nl", Msg.SMTP_HOST_INVALID),
    ("smtp_from", "geen-adres", Msg.EMAIL_INVALID), ("smtp_from", "a@b.nl\r\nBcc: x@y.nl", Msg.EMAIL_INVALID),
    ("smtp_from_name", "ETSoft\r\nBcc: x@y.nl", Msg.SMTP_TEXT_INVALID), ("smtp_user", "x" * 201, Msg.SMTP_TEXT_INVALID)])
def test_bad_mail_settings_are_refused_in_one_sentence(register, key, value, template):
    with pytest.raises(UserError) as told:
        register.settings.set_value(key, value)
    assert told.value.template == template


def test_not_set_up_says_so(shop):
    register, cid, request = shop
    _, number = queue_report(register, cid, request)
    assert register.outbox.send(number).error.template == Msg.MAIL_NOT_SET_UP


def test_the_test_message(register, server, monkeypatch):
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    assert register.outbox.test("iemand@example.nl").startswith("250")
    assert server.inbox.messages[0]["Subject"] == "Testbericht van ETSoft Desk"
    assert threading.active_count() >= 1


def test_the_erasure_keeps_the_answer_address_only_until_the_confirmation_is_sent(register, server, monkeypatch,
                                                                                 new_register, register_path):
    register.settings.staff_initials = "JV"
    cid = register.customers.create(distinctive_card())
    request = register.requests.add(cid, RequestKind.ERASURE, dt.date(2026, 11, 24), RequestChannel.EMAIL)
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    with pytest.raises(UserError):
        register.erasure.erase(cid, request_id=request, send_to=(ADDRESS, "request"), attachment_password="kort")
    assert register.customers.open(cid)  # a refused password erased nothing
    result = register.erasure.erase(cid, request_id=request, send_to=(register.outbox.request_address(request),
                                                                      "request"))
    pages = b"".join(decrypted_pages(register_path, new_register.key))
    assert ADDRESS.encode() in pages  # waiting in the outbox: the only place it still is
    assert register._db.execute_sql("SELECT answer_to FROM data_request").fetchall() == [("",)]
    sent = register.outbox.send(result.outbox_message)
    assert sent.error is None
    [message] = server.inbox.messages
    assert message["To"] == ADDRESS and message["Subject"] == "Uw gegevens zijn gewist"
    pdf = next(message.iter_attachments()).get_content()
    assert result.erasure_id in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    pages = b"".join(decrypted_pages(register_path, new_register.key))
    assert ADDRESS.encode() not in pages and b"zebulonia" not in pages.lower()
    register.close()
    pages = b"".join(decrypted_pages(register_path, new_register.key))
    assert ADDRESS.encode() not in pages


def test_an_erasure_takes_what_still_waited_for_the_customer(shop, new_register, register_path):
    register, cid, request = shop
    queue_report(register, cid, request)  # mail not set up: it waits
    attachment = register.outbox.messages()[0].attachment
    pieces = [attachment[i:i + 24] for i in range(200, len(attachment) - 24, len(attachment) // 12)]
    before = b"".join(decrypted_pages(register_path, new_register.key))
    assert any(piece in before for piece in pieces)  # the check can see the waiting report
    result = register.erasure.erase(cid)
    assert register.outbox.messages() == []
    proof = result.confirmation  # kept to reprint: it embeds the same font, whose bytes are no one's data
    pieces = [piece for piece in pieces if piece not in proof]
    assert pieces
    after = b"".join(decrypted_pages(register_path, new_register.key))
    assert not any(piece in after for piece in pieces)


def test_a_message_another_live_process_is_sending_is_left_to_it_and_a_dead_ones_claim_is_taken_over(
        shop, server, monkeypatch):
    import os
    import socket

    from etsoft_desk.store import outbox as outbox_store

    register, cid, request = shop
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    _, number = queue_report(register, cid, request)
    alive = f"{socket.gethostname()}:{os.getppid()}"  # the test runner's parent: alive, not us
    assert outbox_store.claim(number, alive, register.clock(), ("waiting", "", None))
    with pytest.raises(UserError) as told:
        register.outbox.send(number)
    assert told.value.template == Msg.OUTBOX_BEING_SENT
    assert register.outbox.send_waiting() == [] and server.inbox.envelopes == []
    assert register.outbox.rows()[0]["status"] == "sending"
    dead = subprocess_pid_that_ended()
    register._db.execute_sql("UPDATE outbox SET claimed_by = ? WHERE id = ?", (f"{socket.gethostname()}:{dead}",
                                                                             number))
    assert register.outbox.rows()[0]["status"] == "waiting"  # its process is gone: it waits again
    assert [r.error for r in register.outbox.send_waiting()] == [None]
    assert len(server.inbox.envelopes) == 1


def subprocess_pid_that_ended() -> int:
    import subprocess
    import sys

    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(ended.stdout)


def test_a_message_refused_for_good_says_so_and_the_owner_can_take_it_out(shop, server, monkeypatch,
                                                                        new_register, register_path):
    register, cid, request = shop
    set_up_mail(register, server.port, monkeypatch=monkeypatch)
    server.inbox.data_answer = "552 5.3.4 Message size exceeds fixed limit"
    _, number = queue_report(register, cid, request)
    result = register.outbox.send(number)
    assert result.error.template == Msg.MAIL_REFUSED_FOR_GOOD and "(code 552)" in str(result.error)
    register.outbox.drop(number)
    [row] = register.outbox.rows()
    assert row["status"] == "dropped" and register.outbox.waiting_count() == 0
    stored = register.outbox.messages()[0]
    assert (stored.to_address, stored.subject, stored.body, stored.attachment) == ("", "", "", None)
    with pytest.raises(UserError) as told:
        register.outbox.drop(number)
    assert told.value.template == Msg.OUTBOX_NOT_FOUND


def test_no_password_in_the_clear_to_a_server_elsewhere(shop, certificate, monkeypatch):
    register, cid, request = shop
    running = SmtpServer(*certificate, host="127.0.0.2").start()  # loopback, but not "this computer" by name
    try:
        register.settings.set_values({"smtp_host": "127.0.0.2", "smtp_port": str(running.port),
                                      "smtp_security": "none", "smtp_user": USER, "smtp_from": "winkel@etsoft.test"})
        monkeypatch.setenv(mail.PASSWORD_ENV, PASSWORD)
        _, number = queue_report(register, cid, request)
        assert register.outbox.send(number).error.template == Msg.MAIL_PLAIN_LOGIN
    finally:
        running.stop()


def test_a_message_over_the_servers_size_limit_is_told_before_it_is_sent(shop, certificate, monkeypatch):
    register, cid, request = shop
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    running = SmtpServer(*certificate).start(data_size_limit=20_000)  # an access report is ~60 KB
    try:
        set_up_mail(register, running.port, monkeypatch=monkeypatch)
        _, number = queue_report(register, cid, request)
        result = register.outbox.send(number)
        assert result.error.template == Msg.MAIL_TOO_BIG and "takes at most 20 kB" in str(result.error)
        assert running.inbox.envelopes == []
    finally:
        running.stop()
