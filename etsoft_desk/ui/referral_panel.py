"""Referrals on the customer card, and the list of all referrals waiting for the owner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ..domain.errors import UserError
from ..domain.referral import NameShown, Referral, ReferralStatus
from ..services.referrals import ReferralService
from .names import method_box
from .dialogs import Dialog, fill, table
from .messages import show_error


def status_names() -> dict[ReferralStatus, str]:
    return {ReferralStatus.REQUESTED: QCoreApplication.translate("names", "waiting for approval"),
            ReferralStatus.APPROVED: QCoreApplication.translate("names", "approved"),
            ReferralStatus.PUBLISHED: QCoreApplication.translate("names", "on the website"),
            ReferralStatus.WITHDRAWN: QCoreApplication.translate("names", "withdrawn"),
            ReferralStatus.TAKEN_DOWN: QCoreApplication.translate("names", "taken down")}


def shown_names() -> dict[NameShown, str]:
    return {NameShown.FULL_NAME: QCoreApplication.translate("names", "full name"),
            NameShown.INITIALS: QCoreApplication.translate("names", "initials"),
            NameShown.FIRST_NAME_TOWN: QCoreApplication.translate("names", "first name and town")}


class ReferralPanel(QWidget):
    def __init__(self, customer_id: int, referrals: ReferralService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralPanel")
        self._id = customer_id
        self._referrals = referrals
        self.text = QPlainTextEdit()
        self.text.setObjectName("referralText")
        self.text.setAccessibleName(self.tr("Text for the website"))
        self.text.setPlaceholderText(self.tr("The exact text the customer approves for the website"))
        self.text.setFixedHeight(70)
        self.shown_as = QComboBox()
        for value, name in shown_names().items():
            self.shown_as.addItem(name, value.value)
        self.method = method_box()
        ask = QPushButton(self.tr("Ask for approval"))
        ask.setObjectName("requestReferral")
        ask.clicked.connect(self.request)
        self.list = table([self.tr("Text"), self.tr("Name shown"), self.tr("Status"), self.tr("Since"),
                           self.tr("Where")], "referralsTable", stretch=0)
        self.list.setAccessibleName(self.tr("Referrals"))
        self.preview = QLabel()
        self.preview.setObjectName("referralPreview")
        self.preview.setWordWrap(True)
        self.list.itemSelectionChanged.connect(self._show_preview)
        buttons = QHBoxLayout()
        for text, name, action in ((self.tr("Approved…"), "approveReferral", self.approve),
                                   (self.tr("Published…"), "publishReferral", self.publish),
                                   (self.tr("Withdrawn"), "withdrawReferral", self.withdraw),
                                   (self.tr("Taken down"), "takenDownReferral", self.taken_down)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("How")))
        buttons.addWidget(self.method)
        new = QHBoxLayout()
        new.addWidget(QLabel(self.tr("Show as")))
        new.addWidget(self.shown_as)
        new.addStretch(1)
        new.addWidget(ask)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(new)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._rows = self._referrals.for_customer(self._id)
        statuses, shown = status_names(), shown_names()
        fill(self.list, [[r.text, shown[r.shown_as], statuses[r.status], f"{_since(r):%d-%m-%Y}",
                          r.published_url or ""] for r in reversed(self._rows)])
        self._show_preview()

    def selected(self) -> Referral | None:
        rows = self.list.selectionModel().selectedRows()
        return list(reversed(self._rows))[rows[0].row()] if rows else None

    def _show_preview(self) -> None:
        referral = self.selected()
        if referral is None:
            self.preview.clear()
            return
        self.preview.setText(self.tr("On the website: “%1” — %2").replace("%1", referral.text).replace(
            "%2", self._referrals.shown_name(self._id, referral)))

    def _act(self, action) -> None:
        try:
            action()
        except UserError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def request(self) -> None:
        def go():
            self._referrals.request(self._id, self.text.toPlainText(), NameShown(self.shown_as.currentData()))
            self.text.clear()
        self._act(go)

    def approve(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        evidence, ok = QInputDialog.getText(self, self.tr("Approved"), self.tr(
            "How did the customer approve this exact text? (e.g. signed the printout at the counter)"))
        if ok:
            self._act(lambda: self._referrals.approve(referral.id, evidence, self.method.currentData()))

    def publish(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        url, ok = QInputDialog.getText(self, self.tr("Published"), self.tr("Where on the website? (address)"),
                                       text="https://")
        if ok:
            self._act(lambda: self._referrals.publish(referral.id, url))

    def withdraw(self) -> None:
        referral = self.selected()
        if referral is not None:
            self._act(lambda: self._referrals.withdraw(referral.id, self.method.currentData()))

    def taken_down(self) -> None:
        referral = self.selected()
        if referral is not None:
            self._act(lambda: self._referrals.taken_down(referral.id))


def _since(referral: Referral):
    return (referral.taken_down_on or referral.withdrawn_on or referral.published_on or referral.approved_on
            or referral.requested_on)


class ReferralsDialog(Dialog):
    """All referrals, those waiting for approval or take-down first."""

    def __init__(self, referrals: list[tuple[int, Referral]], names: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralsDialog")
        self.setWindowTitle(self.tr("Referrals"))
        statuses, shown = status_names(), shown_names()

        def waiting(row: tuple[int, Referral]) -> int:
            referral = row[1]
            return 0 if referral.status == ReferralStatus.REQUESTED or referral.needs_take_down else 1

        rows = sorted(referrals, key=waiting)  # stable: newest first within each group
        self.table = table([self.tr("No."), self.tr("Customer"), self.tr("Status"), self.tr("Since"), self.tr("Text"),
                            self.tr("Name shown")], "allReferrals", stretch=4)
        self.table.setAccessibleName(self.tr("Referrals"))
        fill(self.table, [[str(cid), names.get(cid, ""), statuses[r.status] + (
            "  " + self.tr("(take off the website!)") if r.needs_take_down else ""), f"{_since(r):%d-%m-%Y}", r.text,
            shown[r.shown_as]] for cid, r in rows])
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(860, 420)
