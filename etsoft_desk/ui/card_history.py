"""The card's history pages (visits, service jobs, invoices) and the intake slip of a service job."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..domain.customer import JobStatus
from ..domain.errors import UserError
from ..domain.messages import Msg
from .dialogs import InvoiceDialog, ServiceJobDialog, VisitDialog, kind_names, status_names
from .dialogs import table as make_table
from .messages import show_error

# job id -> (werkbon number, PDF); and: (job id, how it left the program) for the audit log
SlipMaker = Callable[[int], tuple[str, bytes]]
SlipIssued = Callable[[int, str], None]

JOB_ID_ROLE = Qt.ItemDataRole.UserRole


class HistoryPages:
    """Mixed into CustomerDialog: needs ``self.tabs``, ``self._customers``, ``self._id``, ``self._record``."""

    _intake_slip: SlipMaker | None = None
    _slip_issued: SlipIssued | None = None

    def _build_history(self) -> None:
        self.visits = self._history_tab(self.tr("Visits"), [self.tr("Date"), self.tr("Purpose")],
                                        self.tr("Add visit…"), self._add_visit, "visitsTable", stretch=1)
        self.jobs = self._history_tab(self.tr("Service jobs"), [self.tr("Date"), self.tr("Kind"), self.tr("Device"),
                                      self.tr("Serial number"), self.tr("Description"), self.tr("Status")],
                                      self.tr("Add service job…"), self._add_job, "jobsTable", stretch=4)
        if self._intake_slip is not None and getattr(self, "_register", None) is not None:  # built in its worker
            self.slip_button = QPushButton(self.tr("Print intake slip…"))
            self.slip_button.setObjectName("printIntakeSlip")
            self.slip_button.setAccessibleName(self.tr("Print the intake slip of the chosen service job"))
            self.slip_button.setToolTip(self.tr("The werkbon for a device left for repair: customer, device, "
                                                "fault, the shop's terms and the consent given"))
            self.slip_button.setAutoDefault(False)
            self.slip_button.clicked.connect(self.print_intake_slip)
            row = self.jobs.parentWidget().layout().itemAt(1).layout()
            row.insertWidget(1, self.slip_button)
        self.invoices = self._history_tab(self.tr("Invoices"), [self.tr("Number"), self.tr("Date"),
                                          self.tr("Amount")], self.tr("Add invoice…"), self._add_invoice,
                                          "invoicesTable", stretch=2)
        self._fill_history()

    def _history_tab(self, title: str, headers: list[str], add_text: str, add, name: str,
                     stretch: int) -> QTableWidget:
        page = QWidget()
        table = make_table(headers, name, stretch)
        table.setAccessibleName(title)
        button = QPushButton(add_text)
        button.setAutoDefault(False)
        button.clicked.connect(add)
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        table.buttons = row  # where the history's other buttons go (ui/history_corrections.py)
        layout.addLayout(row)
        self.tabs.addTab(page, title)
        return table

    def _fill_history(self) -> None:
        record = self._record
        kinds, statuses = kind_names(), status_names()

        def put(table: QTableWidget, rows: list[list[str]]) -> None:
            table.setRowCount(len(rows))
            for r, values in enumerate(rows):
                for c, value in enumerate(values):
                    table.setItem(r, c, QTableWidgetItem(value))

        put(self.visits, [[v.date.strftime("%d-%m-%Y"), v.purpose] for v in record.visits])
        put(self.jobs, [[j.date.strftime("%d-%m-%Y"), kinds[j.kind], j.device, j.serial_number, j.description, ""]
                        for j in record.service_jobs])
        for row, job in enumerate(record.service_jobs):
            self.jobs.item(row, 0).setData(JOB_ID_ROLE, job.id)
            combo = QComboBox()
            for status, name in statuses.items():
                combo.addItem(name, status)
            combo.setCurrentIndex(combo.findData(job.status))
            combo.currentIndexChanged.connect(
                lambda _i, job_id=job.id, box=combo: self._customers.set_service_job_status(
                    self._id, job_id, JobStatus(box.currentData())))
            self.jobs.setCellWidget(row, 5, combo)
        put(self.invoices, [[i.number, i.date.strftime("%d-%m-%Y"), f"€ {i.amount:.2f}".replace(".", ",")]
                            for i in record.invoices])
        for r in range(self.invoices.rowCount()):
            self.invoices.item(r, 2).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def reload_history(self) -> None:
        self._record = self._customers.open(self._id, log_view=False)
        self._fill_history()

    def _add_visit(self) -> None:
        if VisitDialog(lambda v: self._customers.add_visit(self._id, v), self).exec():
            self.reload_history()

    def _add_job(self) -> None:
        added: list[int] = []
        if ServiceJobDialog(lambda j: added.append(self._customers.add_service_job(self._id, j)), self).exec():
            self.reload_history()
            if added:  # the new job is chosen: its intake slip is one click away
                self.select_job(added[-1])

    def _add_invoice(self) -> None:
        if InvoiceDialog(lambda i: self._customers.add_invoice(self._id, i), self).exec():
            self.reload_history()

    # --- the intake slip --------------------------------------------------------------------------------
    def select_job(self, job_id: int) -> None:
        for row in range(self.jobs.rowCount()):
            if self.jobs.item(row, 0).data(JOB_ID_ROLE) == job_id:
                self.jobs.selectRow(row)
                return

    def selected_job(self) -> int | None:
        rows = self.jobs.selectionModel().selectedRows()
        return self.jobs.item(rows[0].row(), 0).data(JOB_ID_ROLE) if rows else None

    def print_intake_slip(self) -> None:
        from . import tasks

        job_id = self.selected_job()
        if job_id is None:
            show_error(self, UserError(Msg.SLIP_NEEDS_JOB))
            return
        register, make = getattr(self, "_register", None), self._intake_slip
        assert make is not None  # the button is there only with a slip maker

        def show(built: tuple[str, bytes, int]) -> None:
            from .mail_send import Mailing
            from .print_preview import PrintPreview

            number, pdf, customer_id = built  # printed or emailed (issue 15 item 6), to an address on the card
            mailing = Mailing(register, f"werkbon {number}", "intake_slip", f"werkbon-{number}.pdf", customer_id)
            PrintPreview(pdf, self.tr("Intake slip %1").replace("%1", number), f"werkbon-{number}.pdf",
                         lambda how: self._slip_left(job_id, how), self, mailing=mailing).exec()
        tasks.document(self, lambda: (*make(job_id), register.intake.customer_of(job_id)), show, register=register,
                       busy=[self.slip_button])

    def _slip_left(self, job_id: int, how: str) -> None:
        if self._slip_issued is None:
            return
        try:
            self._slip_issued(job_id, how)
        except UserError as exc:
            show_error(self, exc)
