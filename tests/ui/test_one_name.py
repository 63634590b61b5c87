"""Issue 14 item 6: a code value has one Dutch name, the same in the window (Qt's translation) and on paper
(domain/code_names.py); only the first letter's case may differ (a column title against a sentence)."""

import ast
from pathlib import Path

import pytest

from etsoft_desk.domain import code_names


def pairs():
    from etsoft_desk.ui import (dialogs, names, notices_dialog, outbox_dialog, referral_panel, requests_panel,
                                retention_dialog, sensitive_panel, sharing_panel)

    return {
        "recipient role": (sharing_panel.role_names(), code_names.RECIPIENT_ROLES),
        "ground of a disclosure": (sharing_panel.ground_names(), code_names.GROUNDS),
        "transfer ground (Chapter V)": (sharing_panel.transfer_ground_names(), code_names.TRANSFER_GROUNDS),
        "ground of a marketing consent": (names.basis_names(), code_names.BASES),
        "restriction reason (Art. 18)": (names.restriction_reason_names(), code_names.RESTRICTION_REASONS),
        "objection decision (Art. 21)": (names.objection_decision_names(), code_names.OBJECTION_DECISIONS),
        "identity check of a request": (requests_panel.identity_names(), code_names.IDENTITY_CHECKS),
        "age check": (names.age_check_names(), code_names.AGE_CHECKS),
        "breach kind": (names.breach_kind_names(), code_names.BREACH_KINDS),
        "what a breach exposed": (names.breach_scope_names(), code_names.BREACH_SCOPES),
        "where the key was": (names.key_where_names(), code_names.KEY_WHERE),
        "Art. 19 notice state": (notices_dialog.state_names(), code_names.NOTICE_STATES),
        "what an Art. 19 notice is about": (notices_dialog.cause_names(), code_names.NOTICE_CAUSES),
        "how an Art. 19 notice went": (notices_dialog.how_names(), code_names.NOTICE_HOW),
        "address a message went to": (outbox_dialog.address_names(), code_names.OUTBOX_ADDRESSES),
        "what was destroyed by hand": (retention_dialog.destroyed_kind_names(), code_names.DESTROYED_KINDS),
        "consent state": (names.state_names(), code_names.CONSENT_STATES),
        "request kind": (requests_panel.kind_names(), code_names.REQUEST_KINDS),
        "request channel": (requests_panel.channel_names(), code_names.REQUEST_CHANNELS),
        "request status": (requests_panel.request_status_names(), code_names.REQUEST_STATUSES),
        "name shown on a referral": (referral_panel.shown_names(), code_names.NAMES_SHOWN),
        "special category": (sensitive_panel.category_names(), code_names.SENSITIVE_CATEGORIES),
        "service job status": (dialogs.status_names(), code_names.JOB_STATUSES),
        "service job kind": (dialogs.kind_names(), code_names.SERVICES),
        "marketing channel": (names.channel_names(), code_names.CHANNELS),
        "how the customer told us": (names.method_names(), code_names.METHODS),
        "referral status": (referral_panel.status_names(), code_names.REFERRAL_STATUSES),
    }


WHAT = ["service job status", "service job kind", "marketing channel", "how the customer told us", "referral status",
        "consent state", "request kind", "request channel", "request status", "name shown on a referral",
        "special category", "recipient role", "ground of a disclosure", "transfer ground (Chapter V)",
        "ground of a marketing consent", "restriction reason (Art. 18)", "objection decision (Art. 21)",
        "identity check of a request", "age check", "breach kind", "what a breach exposed", "where the key was",
        "Art. 19 notice state", "what an Art. 19 notice is about", "how an Art. 19 notice went",
        "address a message went to", "what was destroyed by hand"]


def differ(window: dict, paper: dict) -> dict:
    """The codes whose window name (in Dutch) is not the documents' name; only the first letter's case may differ."""
    return {str(code): (shown, paper.get(str(code))) for code, shown in window.items()
            if shown.lower() != paper.get(str(code), "").lower()}


@pytest.mark.parametrize("what", WHAT)
def test_the_window_and_the_documents_use_the_same_dutch_name(qapp, what):
    window, paper = pairs()[what]
    assert differ(window, paper) == {}


def test_every_code_list_is_checked(qapp):
    assert sorted(pairs()) == sorted(WHAT)


def test_the_check_fails_when_one_place_spells_its_own_name(qapp):
    """Issue 14 item 6 itself: the identity check was 'legitimatie getoond (geen kopie)' in the window and
    'legitimatie getoond aan de balie, geen kopie bewaard' on paper; the old window name is found."""
    window, paper = pairs()["identity check of a request"]
    window = {**window, "id_shown": "legitimatie getoond (geen kopie)"}
    assert differ(window, paper) == {"id_shown": ("legitimatie getoond (geen kopie)",
                                                  "legitimatie getoond aan de balie, geen kopie bewaard")}


def test_a_whole_number_setting_has_its_range_in_one_place(qtbot, register, monkeypatch):
    """Issue 14 item 6: settings declared once with default and range; the window's spin box follows."""
    from PySide6.QtWidgets import QSpinBox

    from etsoft_desk.domain.errors import UserError
    from etsoft_desk.services import settings
    from etsoft_desk.ui.settings_dialog import SettingsDialog

    from dataclasses import replace

    changed = replace(settings.SETTINGS[settings.IDLE_LOCK], default="7", high=60)
    monkeypatch.setitem(settings.SETTINGS, settings.IDLE_LOCK, changed)
    assert register.settings.idle_lock_minutes == 7  # the default, from the declaration
    with pytest.raises(UserError):
        register.settings.set_value(settings.IDLE_LOCK, "61")
    register.settings.set_value(settings.IDLE_LOCK, "60")
    dialog = SettingsDialog(register.settings, register.documents, None)
    qtbot.addWidget(dialog)
    idle = dialog.findChild(QSpinBox, settings.IDLE_LOCK)
    assert (idle.minimum(), idle.maximum(), idle.value()) == (0, 60, 60)


def test_the_settings_dialog_is_made_from_the_declaration(qtbot, register, monkeypatch):
    """Every setting the window may set has its field, and no other; its label, range, unit and choices come
    from the declaration (a changed declaration shows in the dialog, nothing else to update)."""
    from dataclasses import replace

    from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox

    from etsoft_desk.services import settings
    from etsoft_desk.ui.settings_dialog import SettingsDialog

    monkeypatch.setitem(settings.SETTINGS, "smtp_security", replace(
        settings.SETTINGS["smtp_security"], choices=("ssl", "starttls"), default="ssl",
        choice_labels=settings.SETTINGS["smtp_security"].choice_labels[1::-1]))
    monkeypatch.setitem(settings.SETTINGS, settings.BACKUP_KEEP, replace(settings.SETTINGS[settings.BACKUP_KEEP],
                                                                         high=30, label="Keep the newest"))
    monkeypatch.setitem(settings.SETTINGS, "shop_kvk", replace(settings.SETTINGS["shop_kvk"], window=False))
    dialog = SettingsDialog(register.settings, register.documents, None, register=register)
    qtbot.addWidget(dialog)
    assert set(dialog.edits) == {key for key, s in settings.declared().items() if s.window}
    assert "shop_kvk" not in dialog.edits and "shop_kvk" in register.settings.all_values()
    security = dialog.findChild(QComboBox, "smtp_security")
    assert [security.itemData(i) for i in range(security.count())] == ["ssl", "starttls"]
    assert (security.currentData(), security.itemText(0)) == ("ssl", "SSL/TLS (meestal poort 465)")
    keep = dialog.findChild(QSpinBox, settings.BACKUP_KEEP)
    assert (keep.minimum(), keep.maximum(), keep.suffix()) == (1, 30, " back-ups")
    form = keep.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    assert form.labelForField(keep).text() == "Bewaar de nieuwste"
    invoices = dialog.findChild(QSpinBox, settings.RETENTION_PREFIX + "invoices")
    assert (invoices.minimum(), invoices.maximum(), invoices.suffix()) == (84, settings.RETENTION_MAX, " maanden")


PACKAGE = Path(__file__).resolve().parents[2] / "etsoft_desk"
# Phrases that read like a code's name but are sentences of their own: how a granted channel reads on the intake
# slip ("Per e-mail", "In de winkel"), a mail's subject line, the channel in "lijst om te benaderen per …".
PHRASES = {("services/intake.py", "Per e-mail"), ("services/intake.py", "Per post"),
           ("services/intake.py", "In de winkel"), ("services/mail_texts.py", "Uw gegevens om mee te nemen"),
           ("services/marketing.py", "sociale media")}


def spelled_again(sources: dict[str, str]) -> list[tuple[str, int, str]]:
    """Where a source spells a Dutch name of code_names (one of two words or more) instead of taking it from there."""
    known = {name.lower() for value in vars(code_names).values() if isinstance(value, dict)
             for name in value.values() if isinstance(name, str) and " " in name}
    found = []
    for path, text in sources.items():
        found += [(path, node.lineno, node.value) for node in ast.walk(ast.parse(text))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.lower() in known
                  and (path, node.value) not in PHRASES]
    return found


def test_no_module_spells_a_code_name_of_its_own():
    """The documents take their names from code_names: a copy elsewhere (as the consent receipt's 'niet gevraagd'
    and the access report's roles were) is found; shown once on a copy with the receipt's old list."""
    sources = {p.relative_to(PACKAGE).as_posix(): p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py")
               if p.relative_to(PACKAGE).as_posix() != "domain/code_names.py"}
    assert spelled_again(sources) == []
    copy = {"services/receipts.py": 'STATES_NL = {"granted": "gegeven", "not_asked": "niet gevraagd"}\n'}
    assert spelled_again(copy) == [("services/receipts.py", 1, "niet gevraagd")]
