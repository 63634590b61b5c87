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
