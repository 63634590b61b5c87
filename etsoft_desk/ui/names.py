"""Translated names of consent values, shared by the consent tab, the other panels and the to-do dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.breach import BreachKind, KeyWhere, Scope
from ..domain.consent import Channel, ConsentBasis, ConsentMethod, ConsentState
from ..domain.customer import AgeCheck
from ..domain.rights import ObjectionDecision, RestrictionReason


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
    return {ConsentBasis.OPT_IN: QCoreApplication.translate("names", "own consent"),
            ConsentBasis.SOFT_OPT_IN: QCoreApplication.translate(
                "names", "as a customer, only about our own similar products and services (Telecommunicatiewet "
                         "art. 11.7)")}


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


def age_check_names() -> dict[AgeCheck, str]:
    """How the age was checked, as the card's list offers it (a date of birth is checked in its own field)."""
    return {AgeCheck.ID_SHOWN: QCoreApplication.translate("names", "ID shown"),
            AgeCheck.SELF_DECLARED: QCoreApplication.translate("names", "self-declared")}


def restriction_reason_names() -> dict[RestrictionReason, str]:
    return {RestrictionReason.ACCURACY_CONTESTED: QCoreApplication.translate("names", "accuracy of the data contested"),
            RestrictionReason.UNLAWFUL_KEPT: QCoreApplication.translate(
                "names", "unlawful processing; restriction asked for instead of erasure"),
            RestrictionReason.LEGAL_CLAIM: QCoreApplication.translate("names", "data needed for a legal claim"),
            RestrictionReason.OBJECTION_PENDING: QCoreApplication.translate("names", "objection being assessed")}


def objection_decision_names() -> dict[ObjectionDecision, str]:
    return {ObjectionDecision.UPHELD: QCoreApplication.translate("names", "upheld (the processing stops)"),
            ObjectionDecision.OVERRIDDEN: QCoreApplication.translate(
                "names", "overridden (compelling legitimate grounds)")}


def breach_kind_names() -> dict[BreachKind, str]:
    return {BreachKind.CONFIDENTIALITY: QCoreApplication.translate("names", "Confidentiality (seen or sent without "
                                                                            "authority)"),
            BreachKind.INTEGRITY: QCoreApplication.translate("names", "Integrity (changed without authority)"),
            BreachKind.AVAILABILITY: QCoreApplication.translate("names", "Availability (lost or unreachable)")}


def breach_scope_names() -> dict[Scope, str]:
    return {Scope.CUSTOMER: QCoreApplication.translate("names", "One or more customers"),
            Scope.SEARCH: QCoreApplication.translate("names", "The customers of a search"),
            Scope.DOCUMENT: QCoreApplication.translate("names", "A document"),
            Scope.BACKUP: QCoreApplication.translate("names", "A backup file"),
            Scope.ALL: QCoreApplication.translate("names", "The whole customer register")}


def key_where_names() -> dict[KeyWhere, str]:
    return {KeyWhere.NOWHERE: QCoreApplication.translate("names", "Nowhere on the device or with the file"),
            KeyWhere.KEYRING: QCoreApplication.translate(
                "names", "In the keyring of a logged-in account on the device (within reach)"),
            KeyWhere.SHEET: QCoreApplication.translate(
                "names", "On the printed recovery sheet that was with it (within reach)")}
