"""The command line's email (issue 12) as a script runs it: real processes, a real SMTP server on loopback."""

import io
import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from tests.helpers.smtp_server import PASSWORD, USER, SmtpServer, free_port, self_signed


@pytest.fixture
def shop(tmp_path):
    """A register with one customer (anna@example.com) who asked for access by email; mail set up."""
    cert, key_file = self_signed(tmp_path)
    port = free_port()
    data = tmp_path / "data"
    env = dict(os.environ, ETSOFT_DESK_DATA=str(data), SSL_CERT_FILE=str(cert), ETSOFT_DESK_SMTP_PASSWORD=PASSWORD)
    env.pop("ETSOFT_DESK_KEY", None)

    def run(*args, **extra):
        return subprocess.run([sys.executable, "-m", "etsoft_desk", *args], env={**env, **extra},
                              capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)

    run.env = env  # type: ignore[attr-defined]
    made = run("init", "--initials", "JV")
    assert made.returncode == 0, made.stderr
    env["ETSOFT_DESK_KEY"] = made.stdout.strip().splitlines()[-1]
    csv = tmp_path / "klanten.csv"
    csv.write_text("voornaam;achternaam;e-mail\nAnna;Zwart;anna@example.com\n", encoding="utf-8")
    assert run("import", str(csv)).returncode == 0
    for key, value in (("smtp_host", "localhost"), ("smtp_port", str(port)), ("smtp_user", USER),
                       ("smtp_from", "winkel@etsoft.test")):
        assert run("settings", "set", key, value).returncode == 0
    assert run("request", "add", "1", "access", "--received", "24-11-2026", "--channel", "email").returncode == 0
    server = SmtpServer(cert, key_file, port=port).start()
    yield run, server, (cert, key_file, port)
    server.stop()


def test_report_access_send_and_the_outbox(shop):
    run, server, _ = shop
    sent = run("report", "access", "1", "--request", "1", "--send")
    assert sent.returncode == 0, sent.stderr
    assert "Sent IZ-" in sent.stdout and "250 2.0.0 Ok" in sent.stdout
    [message] = server.inbox.messages
    assert message["To"] == "anna@example.com" and message["Subject"] == "Uw verzoek om inzage"
    pdf = next(message.iter_attachments()).get_content()
    assert "Zwart" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    [row] = json.loads(run("outbox", "--json").stdout)
    assert row["status"] == "sent" and row["address_kind"] == "request" and row["kind"] == "access_report"
    assert "anna" not in json.dumps(row)


def test_erase_send_with_the_server_down_waits_and_outbox_send_delivers_it_once(shop):
    run, server, (cert, key_file, port) = shop
    assert run("request", "add", "1", "erasure", "--received", "24-11-2026", "--channel", "email").returncode == 0
    server.stop()
    erased = run("erase", "1", "--yes", "--request", "2", "--send")
    assert erased.returncode == 1 and "Traceback" not in erased.stderr
    assert "Customer 1 erased" in erased.stdout
    assert "Not sent: The mail server localhost (port" in erased.stderr and "stays in the outbox" in erased.stderr
    [row] = json.loads(run("outbox", "--json").stdout)
    assert row["status"] == "waiting" and row["kind"] == "shred_confirmation" and "cannot be reached" in row["reason"]
    again = SmtpServer(cert, key_file, port=port).start()
    try:
        delivered = run("outbox", "send")
        assert delivered.returncode == 0, delivered.stderr
        assert run("outbox", "send").stdout.strip() == "The outbox is empty: nothing to send."
        [message] = again.inbox.messages
        assert message["To"] == "anna@example.com" and message["Subject"] == "Uw gegevens zijn gewist"
    finally:
        again.stop()
    assert json.loads(run("outbox", "--json").stdout)[0]["status"] == "sent"


def test_send_refuses_a_typed_address_and_a_request_without_one(shop):
    run, server, _ = shop
    typed = run("report", "access", "1", "--request", "1", "--send", "--to", "iemand@anders.nl")
    assert typed.returncode == 2 and "--to cannot be given with --request" in typed.stderr
    assert run("request", "add", "1", "access", "--received", "24-11-2026", "--channel", "counter").returncode == 0
    assert run("show", "1", "--json").returncode == 0
    off_card = run("report", "access", "1", "--send", "--to", "iemand@anders.nl")
    assert off_card.returncode == 1 and "is not an email address on this customer's card" in off_card.stderr
    assert server.inbox.envelopes == []
    test = run("mail", "test", "winkel@etsoft.test")
    assert test.returncode == 0 and "Test message sent" in test.stdout
    bad = run("settings", "set", "smtp_security", "tls13")
    assert bad.returncode == 1 and "is not a way to secure the connection" in bad.stderr


def test_a_protected_attachment_from_the_command_line(shop):
    run, server, _ = shop
    sent = run("report", "access", "1", "--request", "1", "--send", "--protect",
               ETSOFT_DESK_ATTACHMENT_PASSWORD="zeven-appels")
    assert sent.returncode == 0, sent.stderr
    reader = PdfReader(io.BytesIO(next(server.inbox.messages[0].iter_attachments()).get_content()))
    assert reader.is_encrypted and reader.decrypt("zeven-appels") != 0


def test_export_send_attaches_the_zip(shop):
    import zipfile

    run, server, _ = shop
    assert run("request", "add", "1", "portability", "--received", "24-11-2026", "--channel", "email").returncode == 0
    assert run("export", "1", "--send", "--request", "2", "--protect").returncode == 2  # no password on a ZIP
    sent = run("export", "1", "--send", "--request", "2")
    assert sent.returncode == 0, sent.stderr
    [message] = server.inbox.messages
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == "gegevens-klant-1.zip" and attachment.get_content_type() == "application/zip"
    with zipfile.ZipFile(io.BytesIO(attachment.get_content())) as archive:
        assert "gegevens.json" in archive.namelist()
        assert "anna@example.com" in archive.read("gegevens.json").decode()


def test_request_extend_send_mails_the_letter_and_nothing_changes_without_an_address(shop):
    run, server, _ = shop
    sent = run("request", "extend", "1", "--months", "1", "--reason", "Veel verzoeken tegelijk", "--send")
    assert sent.returncode == 0, sent.stderr
    [message] = server.inbox.messages
    assert message["Subject"] == "Uw verzoek over uw persoonsgegevens"
    text = PdfReader(io.BytesIO(next(message.iter_attachments()).get_content())).pages[0].extract_text()
    assert "Veel verzoeken tegelijk" in " ".join(text.split())
    added = run("request", "add", "--not-customer", "Piet Post", "access", "--answer-to", "Dorpsstraat 1, Hulst",
                "--received", "24-11-2026", "--channel", "letter")
    assert added.returncode == 0, added.stderr
    refused = run("request", "extend", "2", "--months", "1", "--reason", "x", "--send")
    assert refused.returncode == 1 and "was not registered with an email address" in refused.stderr
    listed = json.loads(run("request", "list", "--json").stdout)
    assert [r["due"] for r in listed if r["id"] == 2] == ["2026-12-24"]  # not extended: refused before


def test_the_art_18_3_letter_by_email_when_a_restriction_is_lifted(shop):
    run, server, _ = shop
    assert run("restrict", "1", "--reason", "accuracy_contested", "--fields", "address").returncode == 0
    assert run("restrict", "1", "--send").returncode == 2  # --send goes with --lift
    lifted = run("restrict", "1", "--lift", "--send")
    assert lifted.returncode == 0, lifted.stderr
    [message] = server.inbox.messages
    assert message["To"] == "anna@example.com" and message["Subject"] == "De beperking van uw gegevens"
    text = PdfReader(io.BytesIO(next(message.iter_attachments()).get_content())).pages[0].extract_text()
    assert "beperking" in text.lower()


def test_the_notice_of_a_new_statement_counts_as_given_only_once_sent(shop, tmp_path):
    run, server, (cert, key_file, port) = shop
    statement = tmp_path / "verklaring.txt"
    statement.write_text("Privacyverklaring ETSoft, de eerste.", encoding="utf-8")
    assert run("statement", "load", str(statement), "--effective", "01-01-2026").returncode == 0
    assert run("consent", "1", "email", "grant", "--how", "counter").returncode == 0  # given under version 1
    statement.write_text("Privacyverklaring ETSoft.\n\nWij bewaren uw gegevens zorgvuldig.", encoding="utf-8")
    assert run("statement", "load", str(statement), "--effective", "01-11-2026").returncode == 0
    assert run("statement", "inform", "--json").stdout.count('"id"') == 1  # Anna is to be told
    server.stop()
    waiting = run("statement", "notify", "1", "--send")
    assert waiting.returncode == 1 and "stays in the outbox" in waiting.stderr
    assert run("statement", "inform", "--json").stdout.count('"id"') == 1  # not sent: not told yet
    again = SmtpServer(cert, key_file, port=port).start()
    try:
        assert run("outbox", "send").returncode == 0
        [message] = again.inbox.messages
        assert message["Subject"] == "Onze privacyverklaring is gewijzigd"
        text = " ".join(PdfReader(io.BytesIO(next(message.iter_attachments()).get_content())).pages[0]
                        .extract_text().split())
        assert "Wij bewaren uw gegevens zorgvuldig." in text
    finally:
        again.stop()
    assert run("statement", "inform", "--json").stdout.strip() == "[]"  # told, by email, when it was sent


def test_the_consent_receipt_by_email(shop):
    run, server, _ = shop
    assert run("consent", "1", "email", "grant", "--how", "counter").returncode == 0
    assert run("consent", "1", "email", "grant", "--how", "counter", "--send").returncode == 2
    sent = run("consent", "1", "--send")
    assert sent.returncode == 0, sent.stderr
    [message] = server.inbox.messages
    assert message["Subject"] == "Uw toestemmingen" and message["To"] == "anna@example.com"
    text = PdfReader(io.BytesIO(next(message.iter_attachments()).get_content())).pages[0].extract_text()
    assert "E-mail" in text


def test_killed_while_sending_the_message_waits_whole_and_is_delivered_once_later(shop):
    run, server, (cert, key_file, port) = shop
    server.inbox.stall_data = 30
    sending = subprocess.Popen([sys.executable, "-m", "etsoft_desk", "report", "access", "1", "--request", "1",
                                "--send"], env=run.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL)
    try:
        assert server.inbox.data_started.wait(30), "the message never reached the server"
        sending.kill()  # kill -9 in the middle of handing the message over
        sending.wait(10)
    finally:
        if sending.poll() is None:
            sending.kill()
    server.stop()
    [row] = json.loads(run("outbox", "--json").stdout)
    assert row["status"] == "waiting" and row["attempts"] == 0 and row["sent_at"] is None
    assert run("check").returncode == 0
    again = SmtpServer(cert, key_file, port=port).start()
    try:
        assert run("outbox", "send").returncode == 0
        assert len(again.inbox.envelopes) == 1
        assert run("outbox", "send").stdout.strip() == "The outbox is empty: nothing to send."
    finally:
        again.stop()


def test_an_art_19_notice_by_email_counts_as_sent_when_the_server_took_it(shop):
    run, server, _ = shop
    added = run("recipient", "add", "Boekhouding Kwak BV", "--kind", "processor", "--processor-agreement",
                "--email", "post@kwak.example", "--address", "Markt 1, 4561 AA Hulst")
    assert added.returncode == 0, added.stderr
    assert run("disclose", "1", "Boekhouding Kwak BV", "--what", "naam en facturen", "--ground",
               "processor").returncode == 0
    assert run("erase", "1", "--yes").returncode == 0
    [notice] = json.loads(run("notices", "--json").stdout)
    assert notice["state"] == "waiting"
    sent = run("notice", str(notice["id"]), "--send")
    assert sent.returncode == 0, sent.stderr
    [message] = server.inbox.messages
    assert message["To"] == "post@kwak.example" and message["Subject"] == "Bericht over gegevens van een klant"
    text = PdfReader(io.BytesIO(next(message.iter_attachments()).get_content())).pages[0].extract_text()
    assert "Zwart" in text  # the recipient must find the person in its own records
    [notice] = json.loads(run("notices", "--json").stdout)
    assert notice["state"] == "sent" and notice["how"] == "email"
    again = run("notice", str(notice["id"]), "--send")
    assert again.returncode == 1 and "already recorded" in again.stderr
    [row] = [r for r in json.loads(run("outbox", "--json").stdout) if r["kind"] == "art19_notice"]
    assert row["address_kind"] == "recipient" and row["status"] == "sent"


def test_the_intake_slip_by_email(shop):
    import datetime as dt

    from etsoft_desk.domain.customer import JobKind, ServiceJob
    from etsoft_desk.domain.recovery_key import parse_key
    from etsoft_desk.services import register as reg

    run, server, _ = shop
    path = reg.register_path(reg.data_dir(run.env["ETSOFT_DESK_DATA"]))
    register = reg.open_with_key(path, parse_key(run.env["ETSOFT_DESK_KEY"]))
    register.settings.staff_initials = "JV"
    job = register.customers.add_service_job(1, ServiceJob(dt.date(2026, 11, 25), JobKind.REPAIR,
                                                           device="Laptop Kwispel", description="start niet"))
    register.close()
    assert run("job", "slip", str(job)).returncode == 2  # -o or --send
    sent = run("job", "slip", str(job), "--send")
    assert sent.returncode == 0, sent.stderr
    [message] = server.inbox.messages
    assert message["Subject"] == "Uw werkbon" and message["To"] == "anna@example.com"
    text = PdfReader(io.BytesIO(next(message.iter_attachments()).get_content())).pages[0].extract_text()
    assert "Laptop Kwispel" in text


def test_two_outbox_sends_at_once_deliver_each_message_once(shop):
    run, server, (cert, key_file, port) = shop
    server.stop()
    for _ in range(2):
        assert run("report", "access", "1", "--request", "1", "--send").returncode == 1  # waiting
    again = SmtpServer(cert, key_file, port=port).start()
    again.inbox.stall_data, again.inbox.stall_then_accept = 1.5, True  # both senders meet at the server
    try:
        both = [subprocess.Popen([sys.executable, "-m", "etsoft_desk", "outbox", "send"], env=run.env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
                for _ in range(2)]
        outputs = [p.communicate(timeout=60) for p in both]
        assert all("Traceback" not in err for _, err in outputs), outputs
        assert len(again.inbox.envelopes) == 2  # two messages, each once
        ids = [m["Message-ID"] for m in again.inbox.messages]
        assert len(set(ids)) == 2
    finally:
        again.stop()
    rows = json.loads(run("outbox", "--json").stdout)
    assert [r["status"] for r in rows] == ["sent", "sent"] and all(r["attempts"] == 2 for r in rows)


def test_a_short_attachment_password_is_refused_before_the_report_is_made(shop):
    from etsoft_desk.domain.recovery_key import parse_key
    from etsoft_desk.services import register as reg

    run, server, _ = shop
    refused = run("report", "access", "1", "--request", "1", "--send", "--protect", ETSOFT_DESK_ATTACHMENT_PASSWORD="abc")
    assert refused.returncode == 1 and "at least 6 characters" in refused.stderr
    register = reg.open_with_key(reg.register_path(reg.data_dir(run.env["ETSOFT_DESK_DATA"])),
                                 parse_key(run.env["ETSOFT_DESK_KEY"]))
    try:
        details = [r[0] for r in register._db.execute_sql("SELECT detail FROM audit_entry").fetchall()]
    finally:
        register.close()
    assert not any("access report" in d for d in details)
    assert server.inbox.envelopes == []


def test_the_command_line_is_quiet_on_a_closed_pipe_and_says_one_line_for_a_huge_number(shop):
    run, server, _ = shop
    huge = run("outbox", "send", "99999999999999999999999")
    assert huge.returncode == 1 and huge.stderr.strip() == "There is no message 99999999999999999999999 waiting in the outbox."
    piped = subprocess.run(f"{sys.executable} -m etsoft_desk settings | head -1", shell=True, env=run.env,
                           capture_output=True, text=True, timeout=60)
    assert piped.stderr == "" and piped.stdout.startswith("staff_initials")


def test_the_outbox_list_says_what_became_of_each_message(shop):
    run, server, (cert, key_file, port) = shop
    server.stop()
    assert run("report", "access", "1", "--request", "1", "--send").returncode == 1
    assert run("report", "access", "1", "--request", "1", "--send").returncode == 1
    assert run("outbox", "drop", "1").returncode == 0
    listed = run("outbox").stdout.splitlines()
    assert listed[0].endswith("taken out, not sent")
    assert "waiting (1 tries): The mail server localhost" in listed[1]
