"""Issue 14 item 6: a code value has one Dutch name, the same in the window (Qt's translation) and on paper
(domain/code_names.py); only the first letter's case may differ (a column title against a sentence)."""

import pytest

from etsoft_desk.domain import code_names


def pairs():
    from etsoft_desk.ui import dialogs, names, referral_panel, requests_panel, sensitive_panel

    return {
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


@pytest.mark.parametrize("what", ["service job status", "service job kind", "marketing channel",
                                  "how the customer told us", "referral status", "consent state", "request kind",
                                  "request channel", "request status", "name shown on a referral",
                                  "special category"])
def test_the_window_and_the_documents_use_the_same_dutch_name(qapp, what):
    window, paper = pairs()[what]
    differ = {code.value: (shown, paper[code.value]) for code, shown in window.items()
              if shown.lower() != paper[code.value].lower()}
    assert differ == {}


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
