"""The customer card with every page the register offers, for a stored customer or a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def customer_card(register, customer_id: int | None, parent: QWidget | None, *,
                  erase: Callable[[int], bool] | None = None):
    """A CustomerDialog wired to the register's services; a new card (``customer_id`` None) gets the same
    pages once saved."""
    from .consent_panel import ConsentPanel
    from .customer_dialog import CustomerDialog  # loaded when first needed, not before the first paint
    from .referral_panel import ReferralPanel
    from .requests_panel import RequestsPanel
    from .rights_banner import RightsBanner
    from .sensitive_panel import SensitivePanel
    from .sharing_panel import SharingPanel

    return CustomerDialog(
        register.customers, customer_id, parent,
        consent_panel=lambda cid: ConsentPanel(cid, register.consent, register.statements, register.settings,
                                               register.receipts, register=register),
        sharing_panel=lambda cid: SharingPanel(cid, register.sharing),
        referral_panel=lambda cid: ReferralPanel(cid, register.referrals),
        sensitive_panel=lambda cid: SensitivePanel(cid, register.sensitive, lambda: register.clock().date()),
        requests_panel=lambda cid: RequestsPanel(register, cid), erase=erase,
        rights_banner=lambda cid: RightsBanner(cid, register),
        erased_before=register.erased_before if customer_id is None else None,
        intake_slip=lambda job_id: register.intake.render(job_id),
        slip_issued=lambda job_id, how: register.intake.issued(job_id, how), register=register)
