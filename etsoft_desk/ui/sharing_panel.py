"""Sharing on the customer card (approvals, "stop sharing", disclosures) and the recipients register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ..domain.errors import UserError, ValidationFailed
from ..domain.sharing import Ground, RecipientRole, TransferGround
from ..services.sharing import SharingService
from .names import method_box, method_names
from .dialogs import Dialog, HistoryEntryDialog, error_label, fill, table
from .messages import show_error, tr_message


def role_names() -> dict[RecipientRole, str]:
    return {RecipientRole.PROCESSOR: QCoreApplication.translate("names", "processor on our behalf (accountant, "
                                                                         "e-invoicing)"),
            RecipientRole.PARTNER: QCoreApplication.translate("names", "business partner"),
            RecipientRole.SERVICE_PROVIDER: QCoreApplication.translate("names", "service provider")}


def ground_names() -> dict[Ground, str]:
    return {Ground.APPROVAL: QCoreApplication.translate("names", "with the customer's prior approval"),
            Ground.PROCESSOR: QCoreApplication.translate("names", "processor on our behalf (processor agreement)")}


def transfer_ground_names() -> dict[TransferGround, str]:
    return {TransferGround.ADEQUACY: QCoreApplication.translate(
                "names", "adequacy decision of the European Commission (GDPR Art. 45)"),
            TransferGround.STANDARD_CLAUSES: QCoreApplication.translate(
                "names", "standard contractual clauses of the European Commission (GDPR Art. 46(2)(c))"),
            TransferGround.BINDING_RULES: QCoreApplication.translate("names", "binding corporate rules (GDPR Art. 47)"),
            TransferGround.EXPLICIT_CONSENT: QCoreApplication.translate(
                "names", "the customer's explicit consent to the transfer (GDPR Art. 49(1)(a))"),
            TransferGround.CONTRACT: QCoreApplication.translate(
                "names", "needed to perform the contract with the customer (GDPR Art. 49(1)(b))")}


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
        self.approvals.setAccessibleName(self.tr("Approvals to share"))
        add_approval = QPushButton(self.tr("Record approval…"))
        add_approval.clicked.connect(self.add_approval)
        withdraw = QPushButton(self.tr("Withdraw approval"))
        withdraw.setObjectName("withdrawApproval")
        withdraw.clicked.connect(self.withdraw_selected)
        self.disclosures = table([self.tr("When"), self.tr("Recipient"), self.tr("What"), self.tr("Ground"),
                                  self.tr("By")], "disclosuresTable", stretch=2)
        self.disclosures.setAccessibleName(self.tr("Disclosures"))
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
    """The recipients register: who may receive customers' data, in what role, under which agreement, and for
    one outside the EEA on which transfer ground (Art. 44-49) with where its safeguards can be read."""

    def __init__(self, sharing: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipientsDialog")
        self.setWindowTitle(self.tr("Recipients"))
        self._sharing = sharing
        self.table = table([self.tr("Name"), self.tr("Role"), self.tr("Processor agreement"), self.tr("Country"),
                            self.tr("Active"), self.tr("Transfer outside the EEA")], "recipientsTable", stretch=5)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.table.setAccessibleName(self.tr("Recipients"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("name"))
        self.role = QComboBox()
        for role, text in role_names().items():
            self.role.addItem(text, role.value)
        self.agreement = QCheckBox(self.tr("processor agreement signed"))
        self.country = QLineEdit("NL")
        self.country.setMaximumWidth(50)
        self.email = QLineEdit()
        self.email.setObjectName("recipientEmail")
        self.email.setPlaceholderText(self.tr("where the recipient is reached"))
        self.address = QLineEdit()
        self.address.setObjectName("recipientAddress")
        self.address.setPlaceholderText(self.tr("postal address"))
        self.transfer_ground = QComboBox()
        self.transfer_ground.setObjectName("transferGround")
        self.transfer_ground.addItem(self.tr("none (not needed inside the EEA)"), None)
        for ground, text in transfer_ground_names().items():
            self.transfer_ground.addItem(text, ground.value)
        self.safeguards = QLineEdit()
        self.safeguards.setObjectName("safeguards")
        self.safeguards.setPlaceholderText(self.tr("web address, or where the signed copy is kept"))
        self.error = error_label("recipient")
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addRecipient")
        add.clicked.connect(self.add)
        save = QPushButton(self.tr("Save details"))
        save.setObjectName("saveRecipient")
        save.setToolTip(self.tr("Saves country, email, address, transfer ground and safeguards of the selected "
                                "recipient"))
        save.clicked.connect(self.save_selected)
        toggle_agreement = QPushButton(self.tr("Agreement yes/no"))
        toggle_agreement.clicked.connect(lambda: self._toggle("processor_agreement"))
        toggle_active = QPushButton(self.tr("Active yes/no"))
        toggle_active.clicked.connect(lambda: self._toggle("active"))
        top = QHBoxLayout()
        country_label = QLabel(self.tr("Country"))
        country_label.setBuddy(self.country)
        for widget in (self.name, self.role, self.agreement, country_label, self.country):
            top.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Transfer ground"), self.transfer_ground)
        form.addRow(self.tr("Safeguards to read at"), self.safeguards)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(toggle_agreement)
        buttons.addWidget(toggle_active)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(save)
        actions.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        self.resize(1000, 520)
        self.refresh()

    def refresh(self) -> None:
        yes, no = self.tr("yes"), self.tr("no")
        grounds = transfer_ground_names()
        self._rows = self._sharing.recipients()

        def transfer(r) -> str:
            if not r.outside_eea:
                return ""
            return grounds[r.transfer_ground] if r.transfer_ground else self.tr("NOT RECORDED: nothing may go there")

        fill(self.table, [[r.name, role_names()[r.role], yes if r.processor_agreement else no, r.country,
                           yes if r.active else no, transfer(r)] for r in self._rows])

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        recipient = self._selected()
        if recipient is None:
            return
        self.country.setText(recipient.country)
        self.email.setText(recipient.email)
        self.address.setText(recipient.address)
        ground = recipient.transfer_ground.value if recipient.transfer_ground else None
        self.transfer_ground.setCurrentIndex(max(0, self.transfer_ground.findData(ground)))
        self.safeguards.setText(recipient.safeguards)

    def _details(self) -> dict:
        ground = self.transfer_ground.currentData()
        return dict(country=self.country.text(), email=self.email.text(), address=self.address.text(),
                    transfer_ground=TransferGround(ground) if ground else None, safeguards=self.safeguards.text())

    def _act(self, action) -> bool:
        try:
            action()
        except ValidationFailed as exc:
            self.error.setText(" ".join(tr_message(e) for e in exc.errors))
            self.error.show()
            return False
        except UserError as exc:
            self.error.setText(tr_message(exc))
            self.error.show()
            return False
        self.error.hide()
        self.refresh()
        return True

    def add(self) -> None:
        if self._act(lambda: self._sharing.add_recipient(
                self.name.text(), RecipientRole(self.role.currentData()),
                processor_agreement=self.agreement.isChecked(), **self._details())):
            for edit in (self.name, self.email, self.address, self.safeguards):
                edit.clear()
            self.country.setText("NL")
            self.transfer_ground.setCurrentIndex(0)

    def save_selected(self) -> None:
        recipient = self._selected()
        if recipient is not None:
            self._act(lambda: self._sharing.set_recipient(recipient.id, **self._details()))

    def _toggle(self, field: str) -> None:
        recipient = self._selected()
        if recipient is None:
            return
        current = recipient.processor_agreement if field == "processor_agreement" else recipient.active
        self._act(lambda: self._sharing.set_recipient(recipient.id, **{field: not current}))
