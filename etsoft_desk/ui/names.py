"""Translated names of consent values, shared by the consent tab, the other panels and the to-do dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.consent import Channel, ConsentBasis, ConsentMethod, ConsentState


def channel_names() -> dict[Channel, str]:
    return {Channel.EMAIL: QCoreApplication.translate("names", "Email"), Channel.PHONE: QCoreApplication.translate("names", "Phone"), Channel.SMS: QCoreApplication.translate("names", "SMS"),
            Channel.POST: QCoreApplication.translate("names", "Post"), Channel.SOCIAL_MEDIA: QCoreApplication.translate("names", "Social media"),
            Channel.IN_APP: QCoreApplication.translate("names", "In the app"), Channel.IN_STORE: QCoreApplication.translate("names", "In the shop")}


def state_names() -> dict[ConsentState, str]:
    return {ConsentState.GRANTED: QCoreApplication.translate("names", "given"), ConsentState.REFUSED: QCoreApplication.translate("names", "refused"),
            ConsentState.WITHDRAWN: QCoreApplication.translate("names", "withdrawn"), ConsentState.NOT_ASKED: QCoreApplication.translate("names", "not asked")}


def method_names() -> dict[ConsentMethod, str]:
    return {ConsentMethod.COUNTER: QCoreApplication.translate("names", "at the counter"), ConsentMethod.PAPER: QCoreApplication.translate("names", "on paper"),
            ConsentMethod.PHONE: QCoreApplication.translate("names", "by phone"), ConsentMethod.EMAIL: QCoreApplication.translate("names", "by email"),
            ConsentMethod.LETTER: QCoreApplication.translate("names", "by letter")}


def basis_names() -> dict[ConsentBasis, str]:
    return {ConsentBasis.OPT_IN: QCoreApplication.translate("names", "opt-in"), ConsentBasis.SOFT_OPT_IN: QCoreApplication.translate("names", "soft opt-in")}


def method_box(default: str | None = None):
    """A combo box of the ways a customer tells us something; the values are the method codes."""
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    for method, name in method_names().items():
        box.addItem(name, method.value)
    if default:
        box.setCurrentIndex(box.findData(default))
    return box


def document_kinds() -> dict[str, str]:
    """What each kind of document is called in the window: the kept documents and the outbox alike."""
    return {"access_report": QCoreApplication.translate("names", "Access report"),
            "export": QCoreApplication.translate("names", "Export of the data"),
            "request_letter": QCoreApplication.translate("names", "Letter about a request"),
            "extension_letter": QCoreApplication.translate("names", "Letter: extended time limit"),
            "refusal_letter": QCoreApplication.translate("names", "Letter: decision on a request"),
            "lift_letter": QCoreApplication.translate("names", "Letter: restriction lifted"),
            "shred_confirmation": QCoreApplication.translate("names", "Shred confirmation"),
            "retention_run": QCoreApplication.translate("names", "Retention run confirmation"),
            "destruction": QCoreApplication.translate("names", "Destruction confirmation (paper or device)"),
            "consent_receipt": QCoreApplication.translate("names", "Consent receipt"),
            "statement_notice": QCoreApplication.translate("names", "New privacy statement"),
            "breach_letter": QCoreApplication.translate("names", "Letter: data breach"),
            "art19_notice": QCoreApplication.translate("names", "Notice to a recipient (GDPR Art. 19)"),
            "intake_slip": QCoreApplication.translate("names", "Intake slip")}
