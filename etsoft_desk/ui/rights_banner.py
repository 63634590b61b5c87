"""The banner on the customer card: a restriction (Art. 18) or an objection (Art. 21) in force, with the acts that
set, lift or record them. What they forbid is decided in the services; a refused click says why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..domain.consent import ConsentMethod
from ..domain.errors import UserError
from ..domain.rights import ObjectionKind, RestrictionReason, field_labels
from .messages import ask, show_error
from .names import objection_decision_names, restriction_reason_names


class RightsBanner(QFrame):
    changed = Signal()

    def __init__(self, customer_id: int, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rightsBanner")
        self._id = customer_id
        self._register = register
        self.restriction = QLabel()
        self.restriction.setObjectName("restrictionBanner")
        self.restriction.setWordWrap(True)
        self.restriction.setStyleSheet("QLabel { background: #fde2e1; color: #8a1c13; padding: 6px; font-weight: bold; }")
        self.objection = QLabel()
        self.objection.setObjectName("objectionBanner")
        self.objection.setWordWrap(True)
        self.objection.setStyleSheet("QLabel { background: #fff4d6; color: #6b4a00; padding: 6px; }")
        self.restrict_button = QPushButton(self.tr("Restrict processing…"))
        self.restrict_button.setObjectName("restrictButton")
        self.restrict_button.clicked.connect(self.restrict)
        self.lift_button = QPushButton(self.tr("Lift restriction…"))
        self.lift_button.setObjectName("liftRestriction")
        self.lift_button.clicked.connect(self.lift)
        self.object_button = QPushButton(self.tr("Objection to direct marketing"))
        self.object_button.setObjectName("objectMarketing")
        self.object_button.clicked.connect(self.object_to_marketing)
        self.other_button = QPushButton(self.tr("Other objection…"))
        self.other_button.setObjectName("objectProcessing")
        self.other_button.setToolTip(self.tr("Objection to processing on legitimate interest (GDPR Art. 21(1))"))
        self.other_button.clicked.connect(self.object_to_processing)
        self.decide_button = QPushButton(self.tr("Decide on the objection…"))
        self.decide_button.setObjectName("decideObjection")
        self.decide_button.clicked.connect(self.decide)
        buttons = QHBoxLayout()
        for b in (self.restrict_button, self.lift_button, self.object_button, self.other_button, self.decide_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.restriction)
        layout.addWidget(self.objection)
        layout.addLayout(buttons)
        self.refresh()

    @staticmethod
    def reasons() -> dict[RestrictionReason, str]:
        return restriction_reason_names()

    def refresh(self) -> None:
        from ..services import rights as gate

        rights = self._register.rights
        in_force = gate.in_force(self._id)
        r = in_force.restriction
        if r is not None:
            allowed = (self.tr("only correcting %1 is allowed").replace("%1", field_labels(r.fields))
                       if r.reason is RestrictionReason.ACCURACY_CONTESTED and r.fields else
                       self.tr("correcting the card is allowed") if r.reason is RestrictionReason.ACCURACY_CONTESTED
                       else self.tr("the card cannot be changed"))
            self.restriction.setText(
                self.tr("Processing restricted since %1 (%2): only storage; no marketing, no new consent, no sharing; "
                        "%3.").replace("%1", f"{r.since:%d-%m-%Y}").replace("%2", self.reasons()[r.reason])
                .replace("%3", allowed))
        self.restriction.setVisible(r is not None)
        lines = []
        self._undecided = None
        if in_force.marketing_objection is not None:
            lines.append(self.tr("Objection to direct marketing since %1: do not approach on any channel.")
                         .replace("%1", f"{in_force.marketing_objection:%d-%m-%Y}"))
        for o in rights.objections(self._id):
            if o.kind is ObjectionKind.LEGITIMATE_INTEREST:
                decision = objection_decision_names()[o.decision] if o.decision else self.tr("not decided yet")
                if o.decision is None:
                    self._undecided = o
                lines.append(self.tr("Objection to %1 since %2: %3.").replace("%1", o.processing)
                             .replace("%2", f"{o.since:%d-%m-%Y}").replace("%3", decision))
        self.objection.setText("\n".join(lines))
        self.objection.setVisible(bool(lines))
        self.restrict_button.setVisible(r is None)
        self.lift_button.setVisible(r is not None)
        self.object_button.setEnabled(in_force.marketing_objection is None)
        self.decide_button.setVisible(self._undecided is not None)

    def _act(self, act) -> bool:
        try:
            act()
        except UserError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True

    def restrict(self) -> None:
        reasons = self.reasons()
        label, ok = QInputDialog.getItem(self, self.tr("Restrict processing"), self.tr("Reason (GDPR Art. 18)"),
                                         list(reasons.values()), 0, False)
        if not ok:
            return
        reason = next(k for k, v in reasons.items() if v == label)
        from ..services import rights as gate

        request_id = gate.open_request(self._id, gate.RequestKind.RESTRICTION)  # an open request: this carries it out
        self._act(lambda: self._register.rights.restrict(self._id, reason, request_id=request_id))

    def lift(self) -> None:
        if not ask(self, self.tr("Lift restriction"),
                   self.tr("The customer must be told before the restriction is lifted (GDPR Art. 18(3)). The letter "
                           "is shown next: print or save it and send it. Lift the restriction now?")):
            return
        from . import tasks

        rights, customer_id = self._register.rights, self._id

        def lifted(pdf: bytes) -> None:
            from .print_preview import PrintPreview

            self.refresh()
            self.changed.emit()
            PrintPreview(pdf, self.tr("Letter: restriction lifted"), "opheffing-beperking.pdf", parent=self).exec()
        tasks.document(self, lambda: rights.lift(customer_id)[1], lifted, register=self._register,
                       busy=[self.lift_button])

    def object_to_marketing(self) -> None:
        if not ask(self, self.tr("Objection to direct marketing"),
                   self.tr("Record that the customer objects to direct marketing? Every marketing consent is "
                           "withdrawn at once, on every channel.")):
            return
        from ..services import rights as gate

        request_id = gate.open_request(self._id, gate.RequestKind.OBJECTION)
        self._act(lambda: self._register.rights.object_to_marketing(self._id, ConsentMethod.COUNTER,
                                                                    request_id=request_id))

    def object_to_processing(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Other objection"),
                                        self.tr("Which processing does the customer object to?"))
        if not ok:
            return
        from ..services import rights as gate

        request_id = gate.open_request(self._id, gate.RequestKind.OBJECTION)
        self._act(lambda: self._register.rights.object_to_processing(self._id, text, ConsentMethod.COUNTER,
                                                                     request_id=request_id))

    def decide(self) -> None:
        objection = self._undecided
        if objection is None:
            return
        choices = {name: decision for decision, name in objection_decision_names().items()}
        label, ok = QInputDialog.getItem(self, self.tr("Decide on the objection"), objection.processing,
                                         list(choices), 0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Decide on the objection"),
                                          self.tr("The reasons (the customer is told them)"))
        if ok:
            self._act(lambda: self._register.rights.decide(self._id, objection.id, choices[label], reason))
