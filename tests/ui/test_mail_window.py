"""Sending by email from the window (issue 12): the preview's button, the address picked not typed, the answer
in Dutch, the outbox on the to-do bar; a real SMTP server on loopback."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton

from etsoft_desk.domain.requests import RequestChannel, RequestKind
from etsoft_desk.services import mail
from etsoft_desk.ui.mail_send import Mailing, SendDialog
from etsoft_desk.ui.outbox_dialog import OutboxDialog
from etsoft_desk.ui.print_preview import PrintPreview
from tests.helpers.smtp_server import PASSWORD, USER, SmtpServer, free_port, self_signed
from tests.ui.conftest import when_modal


@pytest.fixture
def certificate(tmp_path, monkeypatch):
    cert = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert[0]))
    monkeypatch.setenv(mail.PASSWORD_ENV, PASSWORD)
    return cert


def set_up(register, port):
    register.settings.staff_initials = "JV"
    register.settings.set_values({"smtp_host": "localhost", "smtp_port": str(port), "smtp_user": USER,
                                  "smtp_from": "winkel@etsoft.test"})


def preview_of_report(register, anna):
    request = register.requests.add(anna, RequestKind.ACCESS, dt.date(2026, 11, 24), RequestChannel.EMAIL)
    doc_id, pdf = register.access.render(anna, request_id=request)
    return PrintPreview(pdf, "Inzageoverzicht", f"{doc_id}.pdf",
                        mailing=Mailing(register, doc_id, "access_report", f"inzage-{doc_id}.pdf", anna, request))


def test_send_from_the_preview_to_the_request_address(qtbot, register, customers, certificate, tmp_path):
    server = SmtpServer(*certificate).start()
    try:
        set_up(register, server.port)
        preview = preview_of_report(register, customers["Anna"])
        qtbot.addWidget(preview)
        preview.show()
        seen = {}

        def pick(dialog):
            assert isinstance(dialog, SendDialog) and dialog.windowTitle() == "Versturen per e-mail"
            to = dialog.findChild(QComboBox, "sendTo")
            seen["to"] = [to.itemText(i) for i in range(to.count())]
            assert to.isEditable() is False  # picked, never typed
            dialog.grab().save(str(tmp_path / "send-dialog.png"))
            qtbot.mouseClick(dialog.findChild(QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
        state = when_modal(qtbot, pick, kind=SendDialog)
        qtbot.mouseClick(preview.findChild(QPushButton, "sendEmailButton"), Qt.MouseButton.LeftButton)
        assert state["done"] and not state["error"], state["error"]
        assert seen["to"] == ["anna@example.com (het adres van het verzoek)"]
        qtbot.waitUntil(lambda: preview.mail_status.text().startswith("Verstuurd"), timeout=10000)
        assert preview.mail_status.text() == "Verstuurd naar anna@example.com."
        preview.grab().save(str(tmp_path / "preview-sent.png"))
        assert [m["To"] for m in server.inbox.messages] == ["anna@example.com"]
    finally:
        server.stop()


def test_a_short_password_is_refused_in_the_dialog(qtbot):
    dialog = SendDialog([("anna@example.com", "card")])
    qtbot.addWidget(dialog)
    dialog.findChild(QCheckBox, "sendProtect").setChecked(True)
    dialog.findChild(QLineEdit, "sendPassword").setText("kort")
    dialog.accept()
    assert dialog.result() == 0 and "minstens 6 tekens" in dialog.findChild(type(dialog.error), "sendError").text()


def test_not_sent_stays_in_the_outbox_shown_on_the_todo_bar_and_sent_again(qtbot, window, register, customers,
                                                                           certificate, tmp_path):
    port = free_port()
    set_up(register, port)
    preview = preview_of_report(register, customers["Anna"])
    qtbot.addWidget(preview)
    preview.show()
    state = when_modal(qtbot, lambda d: qtbot.mouseClick(d.findChild(QPushButton, "sendButton"),
                                                         Qt.MouseButton.LeftButton), kind=SendDialog)
    qtbot.mouseClick(preview.findChild(QPushButton, "sendEmailButton"), Qt.MouseButton.LeftButton)
    assert state["done"]
    qtbot.waitUntil(lambda: preview.mail_status.text().startswith("Niet verstuurd"), timeout=10000)
    assert "is niet bereikbaar" in preview.mail_status.text() and "postvak uit" in preview.mail_status.text()
    window.todo_bar.refresh()
    qtbot.waitUntil(lambda: window.todo_bar.ready)  # counted off the GUI thread
    button = window.todo_bar.outbox_button
    assert button.isVisible() and button.text() == "Nog niet verstuurd: 1 bericht in het postvak uit"
    dialog = OutboxDialog(register)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.send_button.isEnabled()  # read off the GUI thread
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    assert dialog.send_button.isEnabled()
    assert dialog.text(0, 1) == "Inzageoverzicht"
    assert dialog.text(0, 4).startswith("Niet verstuurd: De mailserver localhost (poort")
    dialog.show()
    dialog.grab().save(str(tmp_path / "outbox.png"))
    server = SmtpServer(*certificate, port=port).start()
    try:
        qtbot.mouseClick(dialog.findChild(QPushButton, "outboxSendAgain"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.status.text() == "1 bericht verstuurd.", timeout=10000)
        qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
        assert dialog.text(0, 4).startswith("Verstuurd op") and not dialog.send_button.isEnabled()
        assert len(server.inbox.envelopes) == 1
    finally:
        server.stop()
    window.todo_bar.refresh()
    qtbot.waitUntil(lambda: window.todo_bar.ready)  # counted off the GUI thread
    assert not window.todo_bar.outbox_button.isVisible()


def test_an_art_19_notice_sent_by_email_from_the_notices_window(qtbot, register, customers, certificate):
    from etsoft_desk.domain.sharing import RecipientRole
    from etsoft_desk.ui.notices_dialog import NoticesDialog

    server = SmtpServer(*certificate).start()
    try:
        set_up(register, server.port)
        cid = customers["Bert"]
        recipient = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR,
                                                   processor_agreement=True, email="post@ooms.example")
        register.sharing.disclose(cid, recipient, "naam en adres")
        register.erasure.erase(cid)
        dialog = NoticesDialog(register)
        qtbot.addWidget(dialog)
        dialog.table.selectRow(0)
        assert dialog.email_button.isEnabled() and dialog.email_button.text() == "Per &e-mail versturen"
        dialog.email_button.click()
        qtbot.waitUntil(lambda: dialog.mail_status.text().startswith("Verstuurd"), timeout=10000)
        assert dialog.mail_status.text() == "Verstuurd naar post@ooms.example."
        assert dialog.table.item(0, 4).text().endswith("per e-mail")
        assert not dialog.email_button.isEnabled()  # sent: nothing more to send
        assert [m["To"] for m in server.inbox.messages] == ["post@ooms.example"]
    finally:
        server.stop()


def test_the_settings_take_the_mail_server_and_keep_its_password_in_the_keyring(qtbot, register, customers):
    from PySide6.QtWidgets import QScrollArea

    from etsoft_desk.secrets import MemoryKeyStore
    from etsoft_desk.ui.settings_dialog import SettingsDialog

    keyring = MemoryKeyStore()
    register.keystore = lambda: keyring
    register.settings.staff_initials = "JV"
    dialog = SettingsDialog(register.settings, register.documents, None, pin=register.pin, staff=register.staff,
                            register=register)
    qtbot.addWidget(dialog)
    dialog.resize(1180, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollArea)
    qtbot.wait(50)  # the layout settles
    assert not scroll.horizontalScrollBar().isVisible()  # both columns in sight, nothing cut off on the right
    dialog.findChild(QLineEdit, "smtp_host").setText("smtp.example.nl")
    dialog.findChild(QLineEdit, "smtp_from").setText("winkel@etsoft.test")
    security = dialog.findChild(QComboBox, "smtp_security")
    security.setCurrentIndex(security.findData("ssl"))
    dialog.findChild(QLineEdit, "smtpPassword").setText("geheim-42")
    dialog.save()
    assert dialog.result() == 1
    values = register.settings.mail()
    assert (values["smtp_host"], values["smtp_security"], values["smtp_from"]) == \
        ("smtp.example.nl", "ssl", "winkel@etsoft.test")
    assert mail.kept_password(register.keystore, register.register_id, env={}) == "geheim-42"
    assert b"geheim-42" not in register._db.execute_sql("SELECT group_concat(value) FROM register_setting") \
        .fetchone()[0].encode()


def test_the_export_by_email_from_the_card_without_a_password_choice(qtbot, register, customers, certificate):
    import io
    import zipfile

    from etsoft_desk.ui.requests_panel import RequestsPanel

    server = SmtpServer(*certificate).start()
    try:
        set_up(register, server.port)
        panel = RequestsPanel(register, customers["Anna"])
        qtbot.addWidget(panel)
        seen = {}

        def pick(dialog):
            seen["protect"] = dialog.findChild(QCheckBox, "sendProtect").isVisible()
            qtbot.mouseClick(dialog.findChild(QPushButton, "sendButton"), Qt.MouseButton.LeftButton)
        state = when_modal(qtbot, pick, kind=SendDialog)
        told = when_modal(qtbot, lambda box: seen.setdefault("told", box.text()), timeout=10000)
        qtbot.mouseClick(panel.findChild(QPushButton, "exportByEmail"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: told["done"], timeout=10000)
        assert state["done"] and seen["protect"] is False  # a ZIP carries no password
        assert seen["told"] == "Verstuurd naar anna@example.com."
        attachment = next(server.inbox.messages[0].iter_attachments())
        with zipfile.ZipFile(io.BytesIO(attachment.get_content())) as archive:
            assert "gegevens.json" in archive.namelist()
    finally:
        server.stop()


def test_notices_still_to_send_are_on_the_todo_bar(qtbot, window, register, customers):
    from etsoft_desk.domain.sharing import RecipientRole

    register.settings.staff_initials = "JV"
    recipient = register.sharing.add_recipient("Boekhouder Ooms", RecipientRole.PROCESSOR, processor_agreement=True)
    register.sharing.disclose(customers["Cor"], recipient, "naam en adres")
    register.erasure.erase(customers["Cor"])
    window.todo_bar.refresh()
    qtbot.waitUntil(lambda: window.todo_bar.ready)  # counted off the GUI thread
    button = window.todo_bar.notices_button
    assert button.isVisible() and button.text() == "Ontvangers informeren (1)"
    [notice] = register.notices.listing()
    register.notices.mark_sent(notice.id, "post", register.clock())
    window.todo_bar.refresh()
    qtbot.waitUntil(lambda: window.todo_bar.ready)  # counted off the GUI thread
    assert not button.isVisible()
