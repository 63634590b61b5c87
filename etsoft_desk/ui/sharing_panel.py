"""Sharing on the customer card (approvals, "stop sharing", disclosures) and the recipients register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..domain.errors import UserError
from ..domain.sharing import Ground, RecipientRole
from ..services.sharing import SharingService
from .names import method_box, method_names
from .dialogs import Dialog, HistoryEntryDialog, fill, table
from .messages import show_error


def role_names() -> dict[RecipientRole, str]:
    return {RecipientRole.PROCESSOR: QCoreApplication.translate("names", "processor (accountant, e-invoicing)"),
            RecipientRole.PARTNER: QCoreApplication.translate("names", "business partner"),
            RecipientRole.SERVICE_PROVIDER: QCoreApplication.translate("names", "service provider")}


def ground_names() -> dict[Ground, str]:
    return {Ground.APPROVAL: QCoreApplication.translate("names", "customer's approval"),
            Ground.PROCESSOR: QCoreApplication.translate("names", "processor agreement")}


def recipient_box(sharing: SharingService, roles: set[RecipientRole]) -> QComboBox:
    box = QComboBox()
    box.setObjectName("recipient")
    for r in sharing.recipients(active_only=True):
        if r.role in roles:
            box.addItem(f"{r.name} ({role_names()[r.role]})", r.id)
    return box


class ApprovalDialog(HistoryEntryDialog):
    def __init__(self, sharing: SharingService, save, parent=None) -> None:
        super().__init__(self.tr("Approval to share"), save, parent)
        self.recipient = recipient_box(sharing, {RecipientRole.PARTNER, RecipientRole.SERVICE_PROVIDER})
        self.data = QLineEdit()
        self.data.setPlaceholderText(self.tr("which data, e.g. name, address and phone"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("what for, e.g. a quote for a fibre connection"))
        self.method = method_box()
        self.form.addRow(self.tr("Recipient"), self.recipient)
        self.form.addRow(self.tr("Data"), self.data)
        self.form.addRow(self.tr("What for"), self.purpose)
        self.form.addRow(self.tr("How"), self.method)

    def record(self):
        return dict(recipient_id=self.recipient.currentData(), data=self.data.text(), purpose=self.purpose.text(),
                    method=self.method.currentData())


class DisclosureDialog(HistoryEntryDialog):
    def __init__(self, sharing: SharingService, save, parent=None) -> None:
        super().__init__(self.tr("Record a disclosure"), save, parent)
        self.recipient = recipient_box(sharing, set(RecipientRole))
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("what was shared, e.g. invoice 2026-017"))
        self.form.addRow(self.tr("Recipient"), self.recipient)
        self.form.addRow(self.tr("What"), self.what)

    def record(self):
        return dict(recipient_id=self.recipient.currentData(), what=self.what.text())


class SharingPanel(QWidget):
    changed = Signal()

    def __init__(self, customer_id: int, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharingPanel")
        self._id = customer_id
        self._sharing = sharing
        self.objection = QLabel()
        self.objection.setObjectName("objectionState")
        self.method = method_box()
        self.objection_button = QPushButton()
        self.objection_button.setObjectName("objectionButton")
        self.objection_button.clicked.connect(self.toggle_objection)
        top = QHBoxLayout()
        top.addWidget(self.objection, 1)
        top.addWidget(self.method)
        top.addWidget(self.objection_button)

        self.approvals = table([self.tr("Recipient"), self.tr("Data"), self.tr("What for"), self.tr("Given"),
                                self.tr("How"), self.tr("Withdrawn")], "approvalsTable", stretch=1)
        add_approval = QPushButton(self.tr("Record approval…"))
        add_approval.clicked.connect(self.add_approval)
        withdraw = QPushButton(self.tr("Withdraw approval"))
        withdraw.setObjectName("withdrawApproval")
        withdraw.clicked.connect(self.withdraw_selected)
        self.disclosures = table([self.tr("When"), self.tr("Recipient"), self.tr("What"), self.tr("Ground"),
                                  self.tr("By")], "disclosuresTable", stretch=2)
        add_disclosure = QPushButton(self.tr("Record disclosure…"))
        add_disclosure.clicked.connect(self.add_disclosure)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Approvals to share with a named recipient")))
        layout.addWidget(self.approvals)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(withdraw)
        row.addWidget(add_approval)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Disclosures (what went to whom)")))
        layout.addWidget(self.disclosures)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add_disclosure)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        names = {r.id: r.name for r in self._sharing.recipients()}
        methods = {m.value: n for m, n in method_names().items()}
        since = self._sharing.objection_since(self._id)
        if since:
            self.objection.setText(self.tr("The customer asked us to stop sharing (since %1).").replace(
                "%1", f"{since:%d-%m-%Y}"))
            self.objection.setStyleSheet("color: #9a1c1c; font-weight: bold;")
            self.objection_button.setText(self.tr("Lift the objection"))
        else:
            self.objection.setText(self.tr("Shared only with the customer's approval."))
            self.objection.setStyleSheet("")
            self.objection_button.setText(self.tr("Stop sharing"))
        self._approvals = self._sharing.approvals(self._id)
        fill(self.approvals, [[names.get(a.recipient_id, "?"), a.data, a.purpose, f"{a.given_on:%d-%m-%Y}",
                               methods.get(a.method, a.method),
                               f"{a.withdrawn_on:%d-%m-%Y}" if a.withdrawn_on else ""] for a in self._approvals])
        grounds = ground_names()
        fill(self.disclosures, [[f"{d.disclosed_at:%d-%m-%Y %H:%M}", names.get(d.recipient_id, "?"), d.what,
                                 grounds[d.ground], d.recorded_by] for d in reversed(self._sharing.disclosures(self._id))])

    def _act(self, action) -> None:
        try:
            action()
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.changed.emit()

    def toggle_objection(self) -> None:
        method = self.method.currentData()
        if self._sharing.objection_since(self._id):
            self._act(lambda: self._sharing.lift_objection(self._id, method))
        else:
            self._act(lambda: self._sharing.object(self._id, method))

    def withdraw_selected(self) -> None:
        rows = self.approvals.selectionModel().selectedRows()
        if rows:
            approval = self._approvals[rows[0].row()]
            self._act(lambda: self._sharing.withdraw_approval(self._id, approval.id, self.method.currentData()))

    def add_approval(self) -> None:
        if ApprovalDialog(self._sharing, lambda fields: self._sharing.approve(self._id, **fields), self).exec():
            self.refresh()

    def add_disclosure(self) -> None:
        if DisclosureDialog(self._sharing, lambda fields: self._sharing.disclose(self._id, **fields), self).exec():
            self.refresh()


class RecipientsDialog(Dialog):
    """The recipients register: who may receive customers' data, in what role, under which agreement."""

    def __init__(self, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientsDialog")
        self.setWindowTitle(self.tr("Recipients"))
        self._sharing = sharing
        self.table = table([self.tr("Name"), self.tr("Role"), self.tr("Processor agreement"), self.tr("Country"),
                            self.tr("Active")], "recipientsTable", stretch=0)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("name"))
        self.role = QComboBox()
        for role, text in role_names().items():
            self.role.addItem(text, role.value)
        self.agreement = QCheckBox(self.tr("processor agreement signed"))
        self.country = QLineEdit("NL")
        self.country.setMaximumWidth(50)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addRecipient")
        add.clicked.connect(self.add)
        toggle_agreement = QPushButton(self.tr("Agreement yes/no"))
        toggle_agreement.clicked.connect(lambda: self._toggle("processor_agreement"))
        toggle_active = QPushButton(self.tr("Active yes/no"))
        toggle_active.clicked.connect(lambda: self._toggle("active"))
        form = QHBoxLayout()
        for widget in (self.name, self.role, self.agreement, self.country, add):
            form.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(toggle_agreement)
        buttons.addWidget(toggle_active)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(form)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        self._rows = self._sharing.recipients()
        fill(self.table, [[r.name, role_names()[r.role], yes if r.processor_agreement else no, r.country,
                           yes if r.active else no] for r in self._rows])

    def add(self) -> None:
        try:
            self._sharing.add_recipient(self.name.text(), RecipientRole(self.role.currentData()),
                                        processor_agreement=self.agreement.isChecked(), country=self.country.text())
        except UserError as exc:
            show_error(self, exc)
            return
        self.name.clear()
        self.refresh()

    def _toggle(self, field: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        recipient = self._rows[rows[0].row()]
        current = recipient.processor_agreement if field == "processor_agreement" else recipient.active
        try:
            self._sharing.set_recipient(recipient.id, **{field: not current})
        except UserError as exc:
            show_error(self, exc)
        self.refresh()
