"""A real SMTP server on loopback for the mail tests (aiosmtpd), with STARTTLS on a self-signed certificate."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
import threading
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "winkel@etsoft.test", "geheim-wachtwoord-42"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for localhost and 127.0.0.1, and its key (PEM files in ``folder``)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class Inbox:
    """The handler: keeps every message the server accepted, as parsed email messages."""

    def __init__(self) -> None:
        self.envelopes: list = []
        self.refuse_recipients = False
        self.stall_data = 0.0  # seconds to wait before answering DATA (a test kills the sender meanwhile)
        self.stall_then_accept = False  # after the stall, take the message (two senders at once)
        self.data_answer: str | None = None  # e.g. "552 5.3.4 Message too big": refuse every message so
        self.data_started = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_recipients:
            return "550 5.1.1 <" + address + ">: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_started.set()
        if self.data_answer:
            return self.data_answer
        if self.stall_data:
            await asyncio.sleep(self.stall_data)
            if not self.stall_then_accept:
                return "451 4.3.0 Try again later"
        self.envelopes.append(envelope)
        return f"250 2.0.0 Ok: queued as TEST{len(self.envelopes)}"

    @property
    def messages(self) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(e.content, policy=email.policy.default) for e in self.envelopes]


def _authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
        and auth_data.password.decode() == PASSWORD
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    """Started with ``start()``, stopped with ``stop()``; STARTTLS required before the login."""

    def __init__(self, cert: Path, key: Path, port: int | None = None, host: str = "127.0.0.1") -> None:
        self.inbox = Inbox()
        self.port = port or free_port()
        self.host = host
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self._context = context
        self._controller: Controller | None = None

    def start(self, **smtp) -> SmtpServer:
        """``smtp``: more of aiosmtpd's SMTP options (e.g. data_size_limit)."""
        self._controller = Controller(self.inbox, hostname=self.host, port=self.port, tls_context=self._context, **smtp,
                                      require_starttls=True, authenticator=_authenticate, auth_require_tls=True)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
