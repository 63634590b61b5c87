"""Retention at a glance: what falls due for destruction this month, one action to carry it out, and the log of
paper and devices destroyed (each with a printable confirmation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from shiboken6 import isValid

from .dialogs import Dialog, fill, table


def destroyed_kind_names() -> dict[str, str]:
    """What was destroyed by hand, as the destruction log and its confirmation name it (code_names)."""
    return {"paper": QCoreApplication.translate("names", "paper"),
            "device": QCoreApplication.translate("names", "device")}


class RetentionDialog(Dialog):
    ran = Signal(object)  # the overview of what the retention run destroyed
    refreshed = Signal()  # what is due and the log are shown (read in a worker)
    _asked = 0  # which refresh the shown result must come from

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention and destruction"))
        self._register = register
        self.heading = QLabel()
        self.heading.setObjectName("retentionHeading")
        self.due = table([self.tr("What"), self.tr("How many"), self.tr("What happens")], "retentionTable", stretch=0)
        self.run_button = QPushButton(self.tr("Carry out now…"))
        self.run_button.setObjectName("runRetention")
        self.run_button.clicked.connect(self.run)
        due_box = QGroupBox(self.tr("Due for destruction this month"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.heading)
        due_layout.addWidget(self.due)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.run_button)
        due_layout.addLayout(row)

        self.kind = QComboBox()
        self.kind.setObjectName("destructionKind")
        self.kind.addItem(self.tr("paper (shredded or burned)"), "paper")
        self.kind.addItem(self.tr("device (data wiped)"), "device")
        self.what = QLineEdit()
        self.what.setObjectName("destructionWhat")
        self.what.setPlaceholderText(self.tr("what, without personal data: e.g. work orders 2019, trade-in laptop 41"))
        self.method = QLineEdit()
        self.method.setObjectName("destructionMethod")
        self.method.setPlaceholderText(self.tr("e.g. shredded, burned, wiped with nwipe"))
        self.record_button = record = QPushButton(self.tr("Record and print…"))
        record.setObjectName("recordDestruction")
        record.clicked.connect(self.record)
        log_box = QGroupBox(self.tr("Paper and devices destroyed"))
        form = QFormLayout(log_box)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("How"), self.method)
        form.addRow("", record)
        self.log = table([self.tr("Date"), self.tr("Kind"), self.tr("What"), self.tr("How"), self.tr("By")],
                         "destructionLog", stretch=2)
        form.addRow(self.log)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(due_box)
        layout.addWidget(log_box, 1)
        layout.addWidget(buttons)
        if self.width() < 700:
            self.resize(860, 640)
        self.refresh()

    def refresh(self) -> None:
        """What is due and the destruction log, read in a worker (the overview scans the register: 80 ms on
        100,000 customers, a frozen window at the click); ``refreshed`` when they are shown."""
        from . import tasks

        self._asked += 1
        number, retention = self._asked, self._register.retention
        self.heading.setText(self.tr("Looking up…"))
        self.run_button.setEnabled(False)

        def work(_progress):
            overview = retention.overview()
            return number, overview.until, overview.lines(), retention.destructions()
        tasks.run(self, work, self._show, register=self._register)

    def _show(self, result) -> None:
        number, until, lines, destructions = result
        if number != self._asked or not isValid(self):  # a later look is on its way, or the dialog is gone
            return
        self.heading.setText(self.tr("Up to %1:").replace("%1", f"{until:%d-%m-%Y}") if lines else
                             self.tr("Nothing falls due up to %1.").replace("%1", f"{until:%d-%m-%Y}"))
        fill(self.due, [[what, str(count), how] for what, count, how in lines])
        self.run_button.setEnabled(bool(lines))
        self._fill_log(destructions)
        self.refreshed.emit()

    def _fill_log(self, destructions: list[tuple]) -> None:
        kinds = destroyed_kind_names()
        fill(self.log, [[f"{day:%d-%m-%Y}", kinds.get(kind, kind), what, method, by]
                        for kind, what, method, day, by, _ in destructions])

    def run(self) -> None:
        from .print_preview import PrintPreview

        from . import tasks
        from .messages import ask

        if not ask(self, self.tr("Carry out"), self.tr(
                "Destroy everything in the list for good? Customers without contact are erased; their invoices "
                "stay for the tax law.")):
            return
        register = self._register

        def done(result) -> None:
            self.refresh()
            PrintPreview(result[1], self.tr("Confirmation of destruction"), "vernietiging-bewaartermijn.pdf",
                         parent=self).exec()
            self.ran.emit(result[0])
        tasks.run(self, lambda _progress: register.retention.run(), done, register=register,
                  busy=[self.run_button], label=self.tr("Destroying what is due…"), name="retentionProgress")

    def record(self) -> None:
        from . import tasks

        retention, kind, what, method = self._register.retention, self.kind.currentData(), self.what.text(), \
            self.method.text()

        def record_and_read_log() -> tuple[str, bytes, list[tuple]]:
            doc_id, pdf = retention.record_destruction(kind, what, method)
            return doc_id, pdf, retention.destructions()

        def recorded(built: tuple[str, bytes, list[tuple]]) -> None:
            from .print_preview import PrintPreview

            doc_id, pdf, destructions = built
            self.what.clear()
            self.method.clear()
            self._fill_log(destructions)  # what is due did not change: its count (a scan of all customers) stays
            PrintPreview(pdf, self.tr("Confirmation of destruction"), f"vernietiging-{doc_id}.pdf",
                         parent=self).exec()
        tasks.document(self, record_and_read_log, recorded, register=self._register, busy=[self.record_button])
