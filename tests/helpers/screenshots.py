"""Render the README's screenshots from the demo register: python -m tests.helpers.screenshots DIR"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from etsoft_desk.app import DemoRegister, install_translators  # noqa: E402
from etsoft_desk.domain.errors import UserError  # noqa: E402
from etsoft_desk.domain.messages import Msg  # noqa: E402
from etsoft_desk.ui.customer_dialog import CustomerDialog  # noqa: E402
from etsoft_desk.ui.main_window import MainWindow  # noqa: E402
from etsoft_desk.ui.unlock import UnlockDialog  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    app.setOrganizationName("ETSoft-screenshots")
    install_translators(app, "nl")
    demo = DemoRegister()
    try:
        window = MainWindow(demo.register, demo=True)
        window.resize(1100, 640)
        window.show()
        app.processEvents()
        window.grab().save(str(out / "main-window.png"))
        window.search.setText("hulst jan")
        QTest.qWait(300)  # the match count follows once typing pauses
        window.grab().save(str(out / "search.png"))
        busy = next(c for c in range(1, 300) if len(demo.register.customers.open(c, log_view=False).service_jobs) >= 2)
        from etsoft_desk.ui.card_factory import customer_card

        card = customer_card(demo.register, busy, None, erase=lambda cid: False)  # the whole card, as the window opens it
        card.show()
        app.processEvents()
        card.grab().save(str(out / "customer-card.png"))
        card.tabs.setCurrentIndex(2)
        card.jobs.selectRow(0)
        app.processEvents()
        card.grab().save(str(out / "service-jobs.png"))
        from etsoft_desk.ui.consent_panel import ConsentPanel
        from etsoft_desk.ui.referral_panel import ReferralPanel, ReferralsDialog
        from etsoft_desk.ui.sharing_panel import RecipientsDialog, SharingPanel
        from etsoft_desk.ui.statement_dialog import StatementDialog
        from etsoft_desk.ui.todo_dialog import TodoDialog

        r = demo.register
        consent = CustomerDialog(r.customers, busy, consent_panel=lambda cid: ConsentPanel(
            cid, r.consent, r.statements, r.settings))
        consent.tabs.setCurrentWidget(consent.consent)
        consent.show()
        app.processEvents()
        consent.grab().save(str(out / "consent-card.png"))
        shared = next(c for c in range(1, 300) if r.sharing.approvals(c))
        sharing = CustomerDialog(r.customers, shared, sharing_panel=lambda cid: SharingPanel(cid, r.sharing))
        sharing.tabs.setCurrentWidget(sharing.sharing)
        sharing.show()
        app.processEvents()
        sharing.grab().save(str(out / "sharing.png"))
        recipients = RecipientsDialog(r.sharing)
        recipients.show()
        app.processEvents()
        recipients.grab().save(str(out / "recipients.png"))
        referred = r.referrals.all()[0][0]
        referral = CustomerDialog(r.customers, referred, referral_panel=lambda cid: ReferralPanel(cid, r.referrals))
        referral.tabs.setCurrentWidget(referral.referrals)
        referral.referrals.list.selectRow(0)
        referral.show()
        app.processEvents()
        referral.grab().save(str(out / "referral.png"))
        everything = r.referrals.all()
        names = {row.id: row.name for row in r.customers.rows(sorted({cid for cid, _ in everything}))}
        listing = ReferralsDialog(everything, names)
        listing.show()
        app.processEvents()
        listing.grab().save(str(out / "referrals.png"))
        window.todo_bar.refresh()
        window.search.clear()
        QTest.qWait(300)
        window.grab().save(str(out / "main-window.png"))
        todo = TodoDialog(r.todo, lambda cid: None, lambda: r.clock().date(), register=r)
        todo.show()
        app.processEvents()
        todo.grab().save(str(out / "todo.png"))
        statement = StatementDialog(r.statements, r.settings)
        statement.show()
        app.processEvents()
        statement.grab().save(str(out / "statement.png"))
        new = CustomerDialog(demo.register.customers, None)
        new.first_name.setText("Kees")
        new.last_name.setText("Verbeke")
        new.emails.setText("kees@example")
        new.phones.setText("0612")
        new.notes.setPlainText("Betaalt met kaart 4111 1111 1111 1111")
        new.show()
        new.save()
        app.processEvents()
        new.grab().save(str(out / "validation.png"))
        from etsoft_desk.ui.print_preview import PrintPreview
        from etsoft_desk.ui.requests_panel import RequestsDialog, RequestsPanel
        from etsoft_desk.ui.settings_dialog import SettingsDialog

        asked = next(q for q in r.requests.list() if q.kind.value == "access")
        card = CustomerDialog(r.customers, asked.customer_id,
                              requests_panel=lambda cid: RequestsPanel(r, cid))
        card.tabs.setCurrentWidget(card.requests)
        card.requests.list.selectRow(0)
        card.show()
        app.processEvents()
        card.grab().save(str(out / "requests-card.png"))
        register_view = RequestsDialog(r, lambda cid: None)
        register_view.show()
        app.processEvents()
        register_view.grab().save(str(out / "requests.png"))
        doc_id, pdf = r.access.render(asked.customer_id, request_id=asked.id)
        preview = PrintPreview(pdf, "Inzageoverzicht", f"{doc_id}.pdf")
        preview.resize(760, 900)
        preview.show()
        QTest.qWait(500)  # QtPdf renders pages in the background
        preview.grab().save(str(out / "print-preview.png"))
        from PySide6.QtCore import QSize

        page = preview.document.pagePointSize(0)  # the report's first page, as the customer gets it
        preview.document.render(0, QSize(int(page.width() * 1.5), int(page.height() * 1.5))).save(
            str(out / "access-report.png"))
        settings = SettingsDialog(r.settings, r.documents)
        settings.show()
        app.processEvents()
        settings.grab().save(str(out / "settings.png"))
        from etsoft_desk.ui.erasure_dialog import ErasureDialog
        from etsoft_desk.ui.retention_dialog import RetentionDialog

        shared_and_billed = next(c for c in range(1, 300) if r.sharing.approvals(c)
                                 and r.customers.open(c, log_view=False).invoices)
        erasure = ErasureDialog(r, shared_and_billed)
        erasure.show()
        while erasure.plan is None:  # read in a worker
            app.processEvents()
        erasure.grab().save(str(out / "erasure.png"))
        erasure.reject()
        result = r.erasure.erase(shared_and_billed)
        confirmation = PrintPreview(result.confirmation, "Verklaring van vernietiging", "x.pdf")
        page = confirmation.document.pagePointSize(0)
        confirmation.document.render(0, QSize(int(page.width() * 1.5), int(page.height() * 1.5))).save(
            str(out / "shred-confirmation.png"))
        r.retention.record_destruction("paper", "werkbonnen 2019 (map 3)", "versnipperd")
        retention = RetentionDialog(r)
        shown = []
        retention.refreshed.connect(lambda: shown.append(True))
        retention.show()
        while not shown:  # what is due is read in a worker
            app.processEvents()
        retention.grab().save(str(out / "retention.png"))
        r.pin.set_pin("2468")
        window.counter_lock.lock()
        app.processEvents()
        window.grab().save(str(out / "lock.png"))
        window.counter_lock.unlock()
        unlock = UnlockDialog(UserError(Msg.WRONG_KEY))
        unlock.show()
        app.processEvents()
        unlock.grab().save(str(out / "unlock.png"))
    finally:
        demo.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
    # A dozen parentless windows torn down in arbitrary order at interpreter exit upset PySide6 6.12
    # ("shared QObject was deleted directly"); the pictures are written and the demo register removed by now.
    sys.stdout.flush()
    os._exit(0)
