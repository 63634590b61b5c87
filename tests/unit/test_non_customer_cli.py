"""Issue 11 item 7 from the command line: a request from someone who is not a customer, answered with the "Nee"
report, closed only then, linked to a card later; the JSON list never prints their name (real processes)."""

import datetime as dt
import json

from pypdf import PdfReader

from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture)


def test_a_non_customer_request_from_the_command_line(keyed, tmp_path):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    today = dt.date.today()
    logged = run("request", "add", "--not-customer", "Piet Puk", "access", "--received", f"{today:%d-%m-%Y}",
                 "--channel", "email", "--answer-to", "piet@example.com", "--by", "JV")
    assert logged.returncode == 0, logged.stderr
    assert "Request 1 (not a customer) logged; due" in logged.stdout and "report access --request 1" in logged.stdout
    listed = json.loads(run("request", "list", "--json").stdout)
    assert [(r["id"], r["customer_id"], r["not_customer"], r["kind"], r["state"]) for r in listed] == [
        (1, None, True, "access", "open")]
    assert "Piet" not in json.dumps(listed) and "example.com" not in json.dumps(listed)
    assert "not a customer" in run("request", "list").stdout

    not_yet = run("request", "done", "1", "--by", "JV")
    assert not_yet.returncode == 1 and "not a customer" in not_yet.stderr and "no data" in not_yet.stderr
    assert len(not_yet.stderr.strip().splitlines()) == 1 and "Traceback" not in not_yet.stderr
    answer = tmp_path / "nee.pdf"
    made = run("report", "access", "--request", "1", "-o", str(answer), "--by", "JV")
    assert made.returncode == 0, made.stderr
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(answer)).pages).split())
    assert "Voor Piet Puk" in text and "verzoek nr. 1" in text and "Nee. ETSoft verwerkt geen" in text
    assert run("request", "done", "1", "--by", "JV").returncode == 0
    again = tmp_path / "nee-2.pdf"
    assert run("report", "access", "--no-data-for", "Piet Puk", "--request", "1", "-o", str(again),
               "--by", "JV").returncode == 0
    assert "extra exemplaar" in " ".join(PdfReader(str(again)).pages[-1].extract_text().split())

    # Someone who turns out to be customer 2: the request goes on the card.
    assert run("request", "add", "--not-customer", "Bert Aalst", "rectification", "--received",
               f"{today:%d-%m-%Y}", "--channel", "counter", "--by", "JV").returncode == 0
    linked = run("request", "link", "2", "2", "--by", "JV")
    assert linked.returncode == 0 and "customer 2" in linked.stdout, linked.stderr
    assert json.loads(run("request", "list", "--json").stdout)[1]["customer_id"] == 2
    again_linked = run("request", "link", "2", "1", "--by", "JV")
    assert again_linked.returncode == 1 and "only such a request" in again_linked.stderr
    assert run("request", "link", "9", "1", "--by", "JV").returncode == 1  # no such request: one sentence
    assert run("audit", "verify").returncode == 0
    audit_text = run("report", "access", "1", "-o", str(tmp_path / "anna.pdf"), "--by", "JV")
    assert audit_text.returncode == 0


def test_usage_errors_of_request(keyed):
    data, key = keyed
    run = lambda *a: etsoft(*a, data_dir=data, key=key)  # noqa: E731
    for args in (("request", "add", "--not-customer", "Piet Puk", "--received", "01-12-2026", "--channel", "email"),
                 ("request", "add", "--not-customer", "Piet Puk", "sales", "--received", "01-12-2026",
                  "--channel", "email"),
                 ("request", "add", "1", "--not-customer", "Piet Puk", "access", "--received", "01-12-2026",
                  "--channel", "email"),
                 ("request", "done", "1", "--answer-to", "x@example.com"),
                 ("request", "link", "1"), ("request", "link", "1", "anna"), ("request", "done", "één"),
                 ("request", "add", "1", "bogus", "--received", "01-12-2026", "--channel", "email"),
                 ("report", "access", "-o", "x.pdf")):
        result = run(*args)
        assert result.returncode == 2 and "Traceback" not in result.stderr, (args, result.stderr)
    empty = run("request", "add", "--not-customer", " ", "access", "--received", "01-12-2026", "--channel", "email",
                "--by", "JV")
    assert empty.returncode == 1 and "name of the person" in empty.stderr
