"""Sending one message through the shop's mail server (smtplib), each failure told in one sentence.

The server is what the owner entered in the settings (smtp_*); the password is in the OS keyring under the
register's id (``<register id>.smtp``), or in ETSOFT_DESK_SMTP_PASSWORD for unattended use: never in the
register or a file. Certificates are verified against the system's trusted roots (``ssl.create_default_context``).
"""

from __future__ import annotations

import os
import re
import smtplib
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate

from ..domain.errors import UserError
from ..domain.messages import Msg

PASSWORD_ENV = "ETSOFT_DESK_SMTP_PASSWORD"
TIMEOUT_SECONDS = 20.0
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
_ADDRESS = re.compile(r"<?[^\s<>@]+@[^\s<>@]+>?")


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: str  # starttls, ssl or none
    user: str
    sender: str
    sender_name: str

    @classmethod
    def from_settings(cls, values: Mapping[str, str]) -> Server:
        if not values.get("smtp_host") or not values.get("smtp_from"):
            raise UserError(Msg.MAIL_NOT_SET_UP)
        from .settings import SETTINGS

        security = values.get("smtp_security") or SETTINGS["smtp_security"].default
        port = int(values.get("smtp_port") or DEFAULT_PORTS[security])
        return cls(values["smtp_host"], port, security, values.get("smtp_user", ""), values["smtp_from"],
                   values.get("smtp_from_name", ""))


# --- the password, in the keyring ---------------------------------------------------------------------------
def password_name(register_id: str) -> str:
    return f"{register_id}.smtp"


def kept_password(keystore: Callable | None, register_id: str, env: Mapping[str, str] = os.environ) -> str | None:
    """The mail password: ETSOFT_DESK_SMTP_PASSWORD, else the keyring's; None when there is none."""
    from ..secrets import KeyringUnavailable

    if env.get(PASSWORD_ENV):
        return env[PASSWORD_ENV]
    if keystore is None:
        return None
    try:
        value = keystore().load(password_name(register_id))
    except KeyringUnavailable:
        return None
    return value.decode("utf-8") if value else None


def keep_password(keystore: Callable | None, register_id: str, password: str) -> None:
    """Keep (or, given "", forget) the mail password in the keyring."""
    from ..secrets import KeyringUnavailable

    if keystore is None:
        raise UserError(Msg.MAIL_PASSWORD_NO_KEYRING)
    try:
        store = keystore()
        if password:
            store.save(password_name(register_id), password.encode("utf-8"))
        else:
            store.delete(password_name(register_id))
    except KeyringUnavailable:
        raise UserError(Msg.MAIL_PASSWORD_NO_KEYRING) from None


# --- the message and its delivery ---------------------------------------------------------------------------
def compose(server: Server, *, to: str, subject: str, body: str, message_id: str,
            attachment_name: str = "", attachment: bytes | None = None) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    try:  # the policy refuses a line break in a header: a value that slipped past the settings' checks
        message["From"] = formataddr((server.sender_name, server.sender)) if server.sender_name else server.sender
        message["To"] = to
        message["Subject"] = subject
    except ValueError:
        raise UserError(Msg.SMTP_TEXT_INVALID, value=server.sender_name[:40]) from None
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = message_id  # the same on every try: a receiver can tell a message sent twice
    message.set_content(body)
    if attachment is not None:
        maintype, subtype = ("application", "zip") if attachment_name.endswith(".zip") else ("application", "pdf")
        message.add_attachment(attachment, maintype=maintype, subtype=subtype, filename=attachment_name)
    return message


def deliver(server: Server, password: str | None, message: EmailMessage, *,
            timeout: float = TIMEOUT_SECONDS, context: ssl.SSLContext | None = None) -> str:
    """Hand ``message`` to the server; returns its answer (e.g. "250 2.0.0 Ok: queued as 4F1A"), or raises the
    sentence for what went wrong. ``context``: the TLS context (default: the system's trusted roots)."""
    context = context or ssl.create_default_context()
    where = {"host": server.host, "port": server.port}
    try:
        host = server.host.strip("[]")  # an address literal as the settings allow it ([192.0.2.1])
        if server.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, server.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, server.port, timeout=timeout)
        with smtp:
            smtp.ehlo()
            if server.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise UserError(Msg.MAIL_NO_STARTTLS, **where)
                smtp.starttls(context=context)
                smtp.ehlo()
            if server.user:
                if not password:
                    raise UserError(Msg.MAIL_PASSWORD_MISSING)
                if server.security == "none" and not loopback(server.host):  # the password would go in clear
                    raise UserError(Msg.MAIL_PLAIN_LOGIN, **where)
                smtp.login(server.user, password)
            data = message.as_bytes()
            limit = int(smtp.esmtp_features.get("size", "0").strip() or 0) if smtp.has_extn("size") else 0
            if limit and len(data) > limit:  # said before sending megabytes the server will refuse anyway
                raise UserError(Msg.MAIL_TOO_BIG, host=server.host, size=size_text(len(data)), limit=size_text(limit))
            code, _answer = smtp.mail(server.sender)
            if code != 250:
                raise UserError(Msg.MAIL_SENDER_REFUSED, value=server.sender)
            code, _answer = smtp.rcpt(str(message["To"]))
            if code not in (250, 251):
                raise UserError(Msg.MAIL_RECIPIENT_REFUSED)
            code, answer = smtp.data(data)
            if code != 250:
                raise refused(server, code)
            return server_answer(code, answer)
    except UserError:
        raise
    except ssl.SSLCertVerificationError:
        raise UserError(Msg.MAIL_CERTIFICATE, **where) from None
    except ssl.SSLError:
        raise UserError(Msg.MAIL_TLS_FAILED, **where) from None
    except smtplib.SMTPAuthenticationError:
        raise UserError(Msg.MAIL_LOGIN_REFUSED, **where) from None
    except smtplib.SMTPNotSupportedError:
        raise UserError(Msg.MAIL_NO_LOGIN, **where) from None
    except smtplib.SMTPResponseException as exc:
        raise refused(server, exc.smtp_code) from None
    except smtplib.SMTPException as exc:  # disconnected halfway (smtplib wraps a read that timed out), ...
        timed_out = isinstance(exc.__context__, TimeoutError)
        raise UserError(Msg.MAIL_TIMEOUT if timed_out else Msg.MAIL_FAILED, **where) from None
    except TimeoutError:
        raise UserError(Msg.MAIL_TIMEOUT, **where) from None
    except (OSError, UnicodeError):  # no such host, refused, no network
        raise UserError(Msg.MAIL_UNREACHABLE, **where) from None


def refused(server: Server, code: int) -> UserError:
    """A 5xx answer is for good (the message as it is will never be taken); a 4xx or an unreadable one is not."""
    if 500 <= code <= 599:
        return UserError(Msg.MAIL_REFUSED_FOR_GOOD, host=server.host, code=code)
    if 400 <= code <= 499:
        return UserError(Msg.MAIL_REFUSED, host=server.host, code=code)
    return UserError(Msg.MAIL_FAILED, host=server.host)


def size_text(count: int) -> str:
    return f"{count / 1e6:.1f} MB".replace(".", ",") if count >= 1_000_000 else f"{max(1, round(count / 1000))} kB"


def loopback(host: str) -> bool:
    return host.strip("[]").lower() in ("localhost", "127.0.0.1", "::1")


def server_answer(code: int, answer: bytes) -> str:
    """The server's answer as kept in the record, with any address in it taken out."""
    text = answer.decode("utf-8", "replace").replace("\n", " ")
    return f"{code} {_ADDRESS.sub('[adres]', text)}"[:200]
