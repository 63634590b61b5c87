"""The customer card: view, edit or add a customer, with visits, service jobs and invoices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout,
                               QWidget)

from ..domain.customer import AgeCheck, Address, CustomerCard, SourceKind
from ..domain.errors import FieldError, UserError, ValidationFailed
from ..domain.messages import Msg
from ..domain.validation import format_phone, parse_house_number
from ..services.customers import CustomerService, StoredCustomer
from .card_history import HistoryPages, SlipIssued, SlipMaker
from .card_pages import PageList
from .dialogs import Dialog, date_edit, error_label, kind_names, to_date
from .messages import ask, show_error, tr_message
from .names import age_check_names

FIELDS = ("first_name", "infix", "last_name", "email", "phone", "street", "house_number", "postcode", "city",
          "country", "age", "source_name", "source_how", "notes")
COUNTRIES = ["NL", "BE", "DE", "FR", "LU"]
DEFAULT_WIDTH = 900  # the card's width when it has no remembered size: the form keeps its 760 beside the list


class CustomerDialog(Dialog, HistoryPages):
    """``customer_id`` None: a new card, which becomes the whole card of the new customer once saved (it stays
    open, so the repair can be logged at once). Saving emits ``saved(id)``."""

    saved = Signal(int)

    def __init__(self, customers: CustomerService, customer_id: int | None = None, parent: QWidget | None = None,
                 *, consent_panel: Callable[[int], QWidget] | None = None,
                 sharing_panel: Callable[[int], QWidget] | None = None,
                 referral_panel: Callable[[int], QWidget] | None = None,
                 sensitive_panel: Callable[[int], QWidget] | None = None,
                 requests_panel: Callable[[int], QWidget] | None = None,
                 rights_banner: Callable[[int], QWidget] | None = None,
                 erase: Callable[[int], bool] | None = None,
                 erased_before: Callable[[CustomerCard], str | None] | None = None,
                 intake_slip: SlipMaker | None = None, slip_issued: SlipIssued | None = None, register=None):
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self._customers = customers
        self._id = customer_id
        self._record: StoredCustomer | None = customers.open(customer_id) if customer_id is not None else None
        self._panels = {"consent": (consent_panel, self.tr("Consent")), "sharing": (sharing_panel, self.tr("Sharing")),
                        "referrals": (referral_panel, self.tr("Referral")),
                        "sensitive": (sensitive_panel, self.tr("Special data")),
                        "requests": (requests_panel, self.tr("Requests"))}
        self._rights_banner = rights_banner
        self._intake_slip, self._slip_issued = intake_slip, slip_issued
        self._register = register  # for the corrections of the history rows (issue 11 item 3)
        self._erase = erase
        self._erased_before = erased_before
        self._pages: dict[str, Callable[[], QWidget]] = {}  # the panels' pages: name -> what builds (once), gives it
        self._built: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(760)

        self.tabs = PageList()  # a side list: every page's name in sight (nine tabs did not fit)
        self.tabs.addTab(self._build_card(), self.tr("Card"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        if self._record is not None:
            self._fill(self._record.card)
            self._add_record_pages()
        if QSettings().value("geometry/CustomerDialog") is None:  # the side list takes a strip of the width
            self.resize(DEFAULT_WIDTH, self.sizeHint().height())
        self.first_name.setFocus()

    def _add_record_pages(self) -> None:
        """Everything a stored customer's card has beyond the form: history, panels, erase, the rights banner."""
        customer_id = self._id
        self.setWindowTitle(self.tr("Customer %1").replace("%1", str(customer_id)))
        self._build_history()
        if self._register is not None:  # the history rows can be corrected (issue 11 item 3)
            from .history_corrections import HistoryCorrections

            self.corrections = HistoryCorrections(self, self._register, lambda: self._record)
        for name, (factory, title) in self._panels.items():
            if factory is not None:
                self._defer_page(name, title, lambda factory=factory: factory(customer_id))
        if self._register is not None:  # the customer's kept documents, to print again (issue 12 item 6)
            def documents() -> QWidget:
                from .kept_documents import KeptDocuments

                return KeptDocuments(self._register, customer_id)
            self._defer_page("documents", self.tr("Documents"), documents)
        if self._erase is not None:
            erase_button = self.buttons.addButton(self.tr("Erase data…"), QDialogButtonBox.ButtonRole.ResetRole)
            erase_button.setObjectName("eraseCustomer")
            erase_button.setAutoDefault(False)
            erase_button.clicked.connect(self._ask_erase)
        if self._rights_banner is not None:  # restriction and objection in force (issue 11)
            self.rights_banner = self._rights_banner(customer_id)
            if "consent" in self._pages:  # not built yet: it reads what is in force when it is
                self.rights_banner.changed.connect(lambda: "consent" in self._built and self._built["consent"].refresh())
            self.layout().insertWidget(0, self.rights_banner)
        self.tabs.build_later_pages()

    def _defer_page(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        """The panels' pages are built when the side list shows them, when asked for by name, or one per turn
        of the event loop once the card shows: together they took 30 ms, a frozen window at the click (#14)."""
        def built() -> QWidget:
            self._built[name] = build()
            return self._built[name]
        self._pages[name] = self.tabs.addLater(built, title)

    def _page(self, name: str) -> Any:
        if name not in self._pages:
            raise AttributeError(name)
        return self._pages[name]()

    consent = property(lambda self: self._page("consent"))
    sharing = property(lambda self: self._page("sharing"))
    referrals = property(lambda self: self._page("referrals"))
    sensitive = property(lambda self: self._page("sensitive"))
    requests = property(lambda self: self._page("requests"))
    documents = property(lambda self: self._page("documents"))

    # the card
    def _build_card(self) -> QWidget:
        page = QWidget()
        self.errors = {f: error_label(f) for f in FIELDS}

        def line(name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholder)
            return edit

        self.first_name = line("first_name", self.tr("first name"))
        self.infix = line("infix", self.tr("van der"))
        self.last_name = line("last_name", self.tr("last name"))
        self.emails = line("emails", self.tr("name@example.com; more separated by ;"))
        self.phones = line("phones", self.tr("06 12345678; more separated by ;"))
        self.street, self.house_number = line("street", self.tr("street")), line("house_number", self.tr("no."))
        self.addition, self.postcode = line("house_number_addition", self.tr("add.")), line("postcode", "4561 ZH")
        self.city = line("city", self.tr("city"))
        # these share a row with one label: each says its own name to a screen reader (issue 15 item 5)
        for edit, spoken in ((self.first_name, self.tr("First name")), (self.infix, self.tr("Infix (van, de)")),
                             (self.last_name, self.tr("Last name")), (self.street, self.tr("Street")),
                             (self.house_number, self.tr("House number")),
                             (self.addition, self.tr("House number addition")), (self.postcode, self.tr("Postcode")),
                             (self.city, self.tr("City"))):
            edit.setAccessibleName(spoken)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.addItems(COUNTRIES)
        self.house_number.setMaximumWidth(80)
        self.addition.setMaximumWidth(60)
        self.postcode.setMaximumWidth(100)

        form = QFormLayout()
        names = QHBoxLayout()
        for widget in (self.first_name, self.infix, self.last_name):
            names.addWidget(widget)
        self.infix.setMaximumWidth(90)
        form.addRow(self.tr("Name"), names)
        self._add_errors(form, "first_name", "infix", "last_name")
        form.addRow(self.tr("Email"), self.emails)
        self._add_errors(form, "email")
        form.addRow(self.tr("Phone"), self.phones)
        self._add_errors(form, "phone")
        street = QHBoxLayout()
        street.addWidget(self.street, 1)
        street.addWidget(self.house_number)
        street.addWidget(self.addition)
        form.addRow(self.tr("Address"), street)
        self._add_errors(form, "street", "house_number")
        town = QHBoxLayout()
        town.addWidget(self.postcode)
        town.addWidget(self.city, 1)
        town.addWidget(self.country)
        form.addRow(self.tr("Postcode, city"), town)
        self._add_errors(form, "postcode", "city", "country")

        self.age_confirmed = QCheckBox(self.tr("18 or older, confirmed"))
        self.age_confirmed.setObjectName("ageConfirmed")
        self.age_how = QComboBox()
        self.age_how.setObjectName("ageHow")
        for check, name in age_check_names().items():
            self.age_how.addItem(name, check)
        self.age_note = QLabel()
        age = QHBoxLayout()
        age.addWidget(self.age_confirmed)
        age.addWidget(self.age_how)
        age.addWidget(self.age_note, 1)
        form.addRow(self.tr("Age"), age)
        self._add_errors(form, "age")

        source_box = QGroupBox(self.tr("Where the data came from"))
        self.source_customer = QRadioButton(self.tr("the customer"))
        self.source_third = QRadioButton(self.tr("a third party"))
        self.source_customer.setChecked(True)
        group = QButtonGroup(source_box)
        group.addButton(self.source_customer)
        group.addButton(self.source_third)
        self.source_name = line("source_name", self.tr("colleague firm, social media site, …"))
        self.source_date = date_edit()
        self.source_how = line("source_how", self.tr("how it reached us"))
        source = QGridLayout(source_box)
        source.addWidget(self.source_customer, 0, 0)
        source.addWidget(self.source_third, 0, 1)
        source.addWidget(self.source_name, 1, 0, 1, 2)
        source.addWidget(self.source_date, 2, 0)
        source.addWidget(self.source_how, 2, 1)
        source.addWidget(self.errors["source_name"], 3, 0, 1, 2)
        source.addWidget(self.errors["source_how"], 4, 0, 1, 2)
        self.source_third.toggled.connect(self._third_party_toggled)
        self._third_party_toggled(False)

        self.interest_boxes = {service: QCheckBox(name) for service, name in kind_names().items()}
        interests = QHBoxLayout()
        for box in self.interest_boxes.values():
            interests.addWidget(box)
        interests.addStretch(1)
        form.addRow(self.tr("Interested in"), interests)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self._add_errors(form, "notes")

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(source_box)
        layout.addStretch(1)
        return page

    def _add_errors(self, form: QFormLayout, *fields: str) -> None:
        for f in fields:
            form.addRow("", self.errors[f])

    def _third_party_toggled(self, on: bool) -> None:
        for widget in (self.source_name, self.source_date, self.source_how):
            widget.setEnabled(on)

    def _fill(self, card: CustomerCard) -> None:
        self.first_name.setText(card.first_name)
        self.infix.setText(card.infix)
        self.last_name.setText(card.last_name)
        self.emails.setText("; ".join(card.emails))
        self.phones.setText("; ".join(format_phone(p) for p in card.phones))
        a = card.address
        self.street.setText(a.street)
        self.house_number.setText("" if a.house_number is None else str(a.house_number))
        self.addition.setText(a.house_number_addition)
        self.postcode.setText(a.postcode)
        self.city.setText(a.city)
        self.country.setCurrentText(a.country)
        self.age_confirmed.setChecked(card.age_confirmed)
        if card.age_check in (AgeCheck.ID_SHOWN, AgeCheck.SELF_DECLARED):
            self.age_how.setCurrentIndex(self.age_how.findData(card.age_check))
        if card.age_check == AgeCheck.BIRTH_DATE:
            self.age_note.setText(self.tr("checked against the date of birth on import"))
        elif not card.age_confirmed:
            self.age_note.setText(self.tr("not yet confirmed: ask the customer"))
            self.age_note.setStyleSheet("color: #b00020;")
        if card.source_kind == SourceKind.THIRD_PARTY:
            self.source_third.setChecked(True)
            self.source_name.setText(card.source_name)
            if card.source_date:
                self.source_date.setDate(card.source_date)
            self.source_how.setText(card.source_how)
        for interest, box in self.interest_boxes.items():
            box.setChecked(interest in card.interests)
        self.notes.setPlainText(card.notes)

    def card(self) -> CustomerCard:
        """What the form says now; raises ValidationFailed for a house number that is not a number."""
        addition = self.addition.text()
        try:
            number, parsed = parse_house_number(self.house_number.text())
        except FieldError as exc:
            raise ValidationFailed([exc]) from None
        previous = self._record.card if self._record else None
        age_check = AgeCheck(self.age_how.currentData()) if self.age_confirmed.isChecked() else None
        if previous and previous.age_check == AgeCheck.BIRTH_DATE and self.age_confirmed.isChecked():
            age_check = AgeCheck.BIRTH_DATE
        keep_date = previous is not None and previous.age_check == age_check
        third = self.source_third.isChecked()
        return CustomerCard(
            first_name=self.first_name.text(), infix=self.infix.text(), last_name=self.last_name.text(),
            emails=[e for e in self.emails.text().split(";") if e.strip()],
            phones=[p for p in self.phones.text().split(";") if p.strip()],
            address=Address(street=self.street.text(), house_number=number,
                            house_number_addition=addition or parsed, postcode=self.postcode.text(),
                            city=self.city.text(), country=self.country.currentText()),
            age_confirmed=self.age_confirmed.isChecked(), age_check=age_check,
            age_checked_on=previous.age_checked_on if keep_date else None,
            source_kind=SourceKind.THIRD_PARTY if third else SourceKind.CUSTOMER,
            source_name=self.source_name.text() if third else "",
            source_date=to_date(self.source_date) if third else None,
            source_how=self.source_how.text() if third else "",
            interests={i for i, box in self.interest_boxes.items() if box.isChecked()},
            notes=self.notes.toPlainText(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        for error in errors:
            label = self.errors.get(error.field)
            if label is None:
                continue
            label.setText((label.text() + " " if label.text() else "") + tr_message(error))
            label.show()
        # Word-wrapped labels report their height only once laid out: settle the layout, then grow.
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _rectification_request(self, card: CustomerCard) -> int | None:
        """An open rectification request of this customer: ask whether this change is the correction it asks for."""
        from ..services import rights

        request_id = rights.open_request(self._id, rights.RequestKind.RECTIFICATION)
        if request_id is None:
            return None
        import datetime as dt

        from ..domain.rights import CARD_FIELDS
        from ..domain.validation import validate_card

        valid = validate_card(card, today=dt.date.today())  # invalid: update says so, field by field
        if all(getattr(valid, f) == getattr(self._record.card, f) for f in CARD_FIELDS):
            return None
        from .history_corrections import ask_rectification_request

        return ask_rectification_request(self, request_id)

    def _ask_erase(self) -> None:
        if self._erase(self._id):  # erased: the card has nothing left to show
            self.reject()

    def save(self) -> None:
        try:
            card = self.card()
            if self._id is None and self._erased_before is not None:
                day = self._erased_before(card)
                if day and not ask(
                        self, self.tr("Asked to be erased"),
                        tr_message(UserError(Msg.ERASED_BEFORE_CARD, date=day)) + "\n\n" + self.tr("Save anyway?")):
                    return
            created = self._id is None
            if created:
                self._id = self._customers.create(card)
            else:
                self._customers.update(self._id, card, request_id=self._rectification_request(card))
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            self.tabs.setCurrentIndex(0)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self.saved.emit(self._id)
        if created:  # the new customer's whole card, without closing: the repair is logged next
            self.show_errors([])
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
            self._record = self._customers.open(self._id, log_view=False)
            self._add_record_pages()
            return
        self.accept()
