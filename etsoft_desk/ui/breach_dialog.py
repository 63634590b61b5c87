"""Register › Datalekken (issue 16): the data-breach register, a new breach, the decision, the summary for the AP,
the letters to the people concerned. Who is concerned is computed off the GUI thread (a backup file, everyone)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ..domain.breach import Scope
from ..domain.errors import UserError
from .dialogs import Dialog, ERROR_STYLE, fill, table
from .file_dialogs import open_file, save_file
from .messages import ask, show_error, show_info, tr_message
from .names import breach_kind_names, breach_scope_names, key_where_names


def _moment(edit: QDateTimeEdit) -> str:
    return edit.dateTime().toString("yyyy-MM-dd HH:mm")


class NewBreachDialog(Dialog):
    """What happened, when the shop became aware of it, and what was exposed; recorded in the background."""

    recorded = Signal(int)

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newBreachDialog")
        self.setWindowTitle(self.tr("New data breach"))
        self._register = register
        now = register.clock()
        self.aware = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute)))
        self.aware.setObjectName("breachAware")
        self.aware.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.what = QPlainTextEdit()
        self.what.setObjectName("breachWhat")
        self.what.setPlaceholderText(self.tr("What happened, in your own words (no names)"))
        self.kind = QComboBox()
        self.kind.setObjectName("breachKind")
        for kind, name in breach_kind_names().items():
            self.kind.addItem(name, kind.value)
        self.scope = QComboBox()
        self.scope.setObjectName("breachScope")
        for scope, name in breach_scope_names().items():
            self.scope.addItem(name, scope.value)
        self.value = QLineEdit()
        self.value.setObjectName("breachValue")
        hints = {Scope.CUSTOMER: self.tr("customer numbers, e.g. 12, 15"), Scope.SEARCH: self.tr("the search text"),
                 Scope.DOCUMENT: self.tr("the document's id"), Scope.BACKUP: self.tr("the backup file")}
        self.scope.currentIndexChanged.connect(
            lambda _i: self.value.setPlaceholderText(hints.get(Scope(self.scope.currentData()), "")))
        self.value.setPlaceholderText(hints[Scope.CUSTOMER])
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.value, 1)
        row.addWidget(browse)
        self.key_where = QComboBox()
        self.key_where.setObjectName("breachKeyWhere")
        for where, name in key_where_names().items():
            self.key_where.addItem(name, where.value)
        self.consequences = QLineEdit()
        self.consequences.setObjectName("breachConsequences")
        self.measures = QLineEdit()
        self.measures.setObjectName("breachMeasures")
        self.error = QLabel()
        self.error.setObjectName("breachError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Aware since (the 72 hours start)"), self.aware)
        form.addRow(self.tr("What happened"), self.what)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("What was exposed"), self.scope)
        form.addRow(self.tr("Which"), row)
        form.addRow(self.tr("Where the key was (a file)"), self.key_where)
        form.addRow(self.tr("Likely consequences"), self.consequences)
        form.addRow(self.tr("Measures taken"), self.measures)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        path = open_file(self, self.tr("The backup file"), "*.db")
        if path:
            self.value.setText(path)

    def save(self) -> None:
        from . import tasks

        scope, value = Scope(self.scope.currentData()), self.value.text().strip()
        args = dict(aware=_moment(self.aware), what=self.what.toPlainText(), kind=self.kind.currentData(),
                    consequences=self.consequences.text(), measures_taken=self.measures.text(),
                    key_where=self.key_where.currentData() if scope in (Scope.BACKUP, Scope.ALL) else None)
        service = self._register.breaches

        def work(_progress):
            service.check(aware=args["aware"], what=args["what"], kind=args["kind"])
            if scope is Scope.CUSTOMER:
                numbers = [int(v) for v in value.replace(",", " ").split() if v.isdigit()]
                exposure = service.concerned(customers=numbers)
            else:
                exposure = service.concerned(search_text=value if scope is Scope.SEARCH else None,
                                             document=value if scope is Scope.DOCUMENT else None,
                                             backup=value if scope is Scope.BACKUP else None,
                                             everyone=scope is Scope.ALL)
            return service.add(exposure, **args)

        tasks.run(self, work, self._done, register=self._register, busy=[self.buttons], failed=self._failed)

    def _done(self, breach_id: int) -> None:
        self.recorded.emit(breach_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:  # the buttons are enabled again (ui/tasks.run)
        if not isinstance(exc, UserError):
            return False  # a fault: the crash dialog
        self.error.setText(tr_message(exc))
        self.error.show()
        return True


class DecisionDialog(Dialog):
    """Report to the AP or not, tell the people or not, the reasons; after 72 hours also why it is late."""

    def __init__(self, register, breach, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breachDecisionDialog")
        self.setWindowTitle(self.tr("Decision on data breach %1").replace("%1", str(breach.id)))
        self._register, self._breach = register, breach
        self.report = QComboBox()
        self.report.setObjectName("breachReport")
        self.tell = QComboBox()
        self.tell.setObjectName("breachTell")
        for combo in (self.report, self.tell):
            combo.addItem(self.tr("yes"), "yes")
            combo.addItem(self.tr("no"), "no")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("breachReason")
        self.delay = QPlainTextEdit()
        self.delay.setObjectName("breachDelay")
        late = register.clock() > breach.deadline
        form = QFormLayout()
        form.addRow(self.tr("Report to the AP"), self.report)
        form.addRow(self.tr("Tell the people concerned"), self.tell)
        form.addRow(self.tr("Reasons"), self.reason)
        if late:
            form.addRow(self.tr("Reasons for the delay (the 72 hours have passed)"), self.delay)
        else:
            self.delay.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        from ..services.breach import warnings

        proposal = self._breach
        proposal.report_ap, proposal.tell_people = self.report.currentData() == "yes", self.tell.currentData() == "yes"
        told = warnings(proposal)
        if told:
            if not ask(self, self.windowTitle(), "\n\n".join(tr_message(w) for w in told), save=True):
                return
        try:
            self._register.breaches.decide(self._breach.id, report=self.report.currentData(),
                                           tell=self.tell.currentData(), reason=self.reason.toPlainText(),
                                           delay_reason=self.delay.toPlainText())
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()


class BreachDialog(Dialog):
    """The register of data breaches, the 72-hour clock, and what to do with each."""

    saved = Signal(str)  # a summary or the letters were written (off the GUI thread) to this path

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breachDialog")
        self.setWindowTitle(self.tr("Data breaches"))
        self.setMinimumSize(820, 480)
        self._register = register
        self.table = table([self.tr("No."), self.tr("Aware since"), self.tr("Hours left of 72"), self.tr("Kind"),
                            self.tr("People"), self.tr("Decision"), self.tr("Reported to the AP")], "breachTable", 5)
        self.table.setAccessibleName(self.tr("Data breaches"))
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.details = QLabel()
        self.details.setObjectName("breachDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        self.buttons = {}
        for name, text, slot in (("new", self.tr("New data breach…"), self.new_breach),
                                 ("decide", self.tr("Decision…"), self.decide),
                                 ("summary", self.tr("Summary for the AP…"), self.save_summary),
                                 ("letters", self.tr("Letters to the people…"), self.save_letters),
                                 ("reported", self.tr("Reported to the AP…"), self.record_report),
                                 ("close", self.tr("Close"), self.close_breach)):
            button = QPushButton(text)
            button.setObjectName(f"breach_{name}")
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[name] = button
            row.addWidget(button)
        done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(done)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        now = self._register.clock()
        self._breaches = self._register.breaches.listing()
        yes, no = self.tr("yes"), self.tr("no")
        rows = []
        for b in self._breaches:
            left = b.hours_left(now)
            clock = "" if b.decided or b.closed_on else (f"{left:.0f}" if left > 0 else self.tr("passed"))
            decision = (self.tr("report %1, tell %2").replace("%1", yes if b.report_ap else no)
                        .replace("%2", yes if b.tell_people else no) if b.decided else self.tr("not decided"))
            rows.append([str(b.id), f"{b.aware_at:%d-%m-%Y %H:%M}", clock, b.kind.value, str(b.people), decision,
                         f"{b.reported_on:%d-%m-%Y} ({b.ap_reference})" if b.reported_on else ""])
        fill(self.table, rows)
        if self._breaches:
            index = next((i for i, b in enumerate(self._breaches) if b.id == select), len(self._breaches) - 1)
            self.table.selectRow(index)
        self._show_selected()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._breaches[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        from ..domain.personal_data import CATEGORY
        from ..services.breach_documents import encryption_text, exposed_what

        b = self.selected()
        for name, button in self.buttons.items():
            button.setEnabled(name == "new" or (b is not None and b.closed_on is None))
        if b is None:
            self.details.setText(self.tr("No data breaches recorded."))
            return
        categories = ", ".join(CATEGORY[c].title for c in b.categories if c in CATEGORY)
        lines = [b.what, f"{exposed_what(b)}: {b.people} · {categories}"]
        if b.special:
            lines.append(self.tr("Special-category data (such as health) is concerned."))
        if b.encrypted is not None:
            lines.append(encryption_text(b))
        self.details.setText("\n".join(lines))

    def new_breach(self) -> None:
        dialog = NewBreachDialog(self._register, self)
        dialog.recorded.connect(lambda bid: self.refresh(bid))
        dialog.exec()

    def decide(self) -> None:
        b = self.selected()
        if b is not None and DecisionDialog(self._register, self._register.breaches.get(b.id, names=False),
                                            self).exec():
            self.refresh(b.id)

    def _save(self, title: str, name: str, path: str | None) -> str | None:
        if path is None:
            path = save_file(self, title, name, "PDF (*.pdf)")
        return path or None

    def save_summary(self, path: str | None = None) -> None:
        b = self.selected()
        path = self._save(self.tr("Summary for the AP"), f"datalek-{b.id}-melding.pdf", path) if b else None
        if path:
            from . import tasks

            breaches = self._register.breaches
            tasks.run(self, lambda _progress: breaches.write_summary(b.id, path, overwrite=True),  # the dialog asked
                      lambda _result: self.saved.emit(path), register=self._register, busy=[self.buttons["summary"]])

    def save_letters(self, path: str | None = None) -> None:
        from .owner_pin import owner_allows

        b = self.selected()
        path = self._save(self.tr("Letters to the people"), f"datalek-{b.id}-brieven.pdf", path) if b else None
        if not path or not owner_allows(self, self._register.pin, self.tr("a list of customers")):
            return
        from . import tasks

        def saved(count: int) -> None:
            show_info(self, self.windowTitle(), self.tr("%n letter(s) saved; each is recorded as made.", "", count))
            self.refresh(b.id)
            self.saved.emit(path)
        breaches = self._register.breaches
        tasks.run(self, lambda _progress: breaches.write_letters(b.id, path, overwrite=True), saved,
                  register=self._register, busy=[self.buttons["letters"]])

    def record_report(self, on: dt.date | None = None, reference: str | None = None) -> None:
        from PySide6.QtWidgets import QInputDialog

        b = self.selected()
        if b is None:
            return
        if reference is None:
            reference, ok = QInputDialog.getText(self, self.tr("Reported to the AP"), self.tr("The AP's reference"))
            if not ok:
                return
        try:
            self._register.breaches.record_report(b.id, on or self._register.clock().date(), reference)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh(b.id)

    def close_breach(self) -> None:
        b = self.selected()
        if b is None:
            return
        try:
            self._register.breaches.close(b.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh(b.id)
