"""Sending an access report of about 10 pages by email (issue 12: "from click to 'Verstuurd' in under 1 s
against a loopback server, off the GUI thread").

    python benchmarks/mail.py [--runs 20] [--visits 160]

A register with one customer whose history fills the report to ~10 pages, a real SMTP server on loopback
(aiosmtpd, STARTTLS on a self-signed certificate, login), then, interleaved:
  ours       what the preview's Send does after the click: queue in the outbox (one transaction, audit entry),
             connect, STARTTLS, login, hand over, record it sent, blank the content, checkpoint
  protected  the same with a password on the PDF (AES-256 through pypdf)
  bare       smtplib alone: connect, STARTTLS, login, send_message of the same PDF
Each figure is the median of --runs (and the slowest); target: "ours" under 1 s.
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import smtplib
import ssl
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etsoft_desk.domain.customer import Visit  # noqa: E402
from etsoft_desk.domain.requests import RequestChannel, RequestKind  # noqa: E402
from etsoft_desk.services import mail  # noqa: E402
from etsoft_desk.services import register as reg  # noqa: E402
from tests.helpers.cards import distinctive_card  # noqa: E402
from tests.helpers.smtp_server import PASSWORD, USER, SmtpServer, self_signed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--visits", type=int, default=160)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cert, key = self_signed(work)
        os.environ["SSL_CERT_FILE"] = str(cert)
        os.environ[mail.PASSWORD_ENV] = PASSWORD
        server = SmtpServer(cert, key).start()
        created = reg.create(work / "data" / "register.db")
        register = created.register
        register.settings.staff_initials = "JV"
        register.settings.set_values({"smtp_host": "localhost", "smtp_port": str(server.port), "smtp_user": USER,
                                      "smtp_from": "winkel@etsoft.test"})
        cid = register.customers.create(distinctive_card())
        for n in range(args.visits):
            register.customers.add_visit(cid, Visit(dt.date(2026, 1, 1) + dt.timedelta(days=n % 300),
                                                    f"Bezoek {n}: hulp bij de printer en de router"))
        request = register.requests.add(cid, RequestKind.ACCESS, dt.date(2026, 11, 24), RequestChannel.EMAIL)
        doc_id, pdf = register.access.render(cid, request_id=request)
        from pypdf import PdfReader
        import io

        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        to = register.outbox.request_address(request)

        def ours(password: str = "") -> float:
            start = time.perf_counter()
            number = register.outbox.queue(document_id=doc_id, kind="access_report", attachment=pdf,
                                           attachment_name=f"inzage-{doc_id}.pdf", to=to, address_kind="request",
                                           customer_id=cid, request_id=request, password=password)
            result = register.outbox.send(number)
            assert result.error is None, result.error
            return time.perf_counter() - start

        def bare() -> float:
            start = time.perf_counter()
            server_ = mail.Server.from_settings(register.settings.mail())
            message = mail.compose(server_, to=to, subject="x", body="y", message_id="<b@etsoft.test>",
                                   attachment_name="x.pdf", attachment=pdf)
            with smtplib.SMTP("localhost", server.port, timeout=20) as smtp:
                smtp.starttls(context=ssl.create_default_context())
                smtp.login(USER, PASSWORD)
                smtp.send_message(message)
            return time.perf_counter() - start

        figures: dict[str, list[float]] = {"ours": [], "protected": [], "bare": []}
        for _ in range(args.runs):
            figures["ours"].append(ours())
            figures["protected"].append(ours("zeven-appels"))
            figures["bare"].append(bare())
        server.stop()
        register.close()
    print(f"access report: {pages} pages, {len(pdf) // 1024} KiB; {args.runs} runs each")
    for name, samples in figures.items():
        print(f"  {name:<10} median {statistics.median(samples) * 1000:7.1f} ms   slowest "
              f"{max(samples) * 1000:7.1f} ms")
    ratio = statistics.median(figures["ours"]) / statistics.median(figures["bare"])
    print(f"  ours / bare: {ratio:.2f}x   target: ours under 1000 ms")


if __name__ == "__main__":
    main()
