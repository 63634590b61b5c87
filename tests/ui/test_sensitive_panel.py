from etsoft_desk.store.models import AuditEntry
from etsoft_desk.ui.sensitive_panel import SensitivePanel
from tests.ui.conftest import when_modal


def test_hidden_until_shown_and_consent_is_required(qtbot, register, customers):
    register.settings.staff_initials = "JV"
    panel = SensitivePanel(customers["Anna"], register.sensitive, lambda: register.clock().date())
    qtbot.addWidget(panel)
    panel.show()
    assert panel.summary.text() == "Bijzondere gegevens: 0 (verborgen; tonen wordt vastgelegd)"
    qtbot.keyClicks(panel.text, "Rolstoel: helpen bij de deur")
    seen = {}
    state = when_modal(qtbot, lambda box: (seen.setdefault("text", box.text()), box.accept()))
    panel.add()
    assert state["done"] and seen["text"].startswith("Bijzondere gegevens bewaren wij alleen met uitdrukkelijke")
    panel.consent.setChecked(True)
    panel.add()
    assert panel.summary.text() == "Bijzondere gegevens: 1 (verborgen; tonen wordt vastgelegd)"
    assert not panel.notes.isVisible()
    panel.reveal()
    assert panel.notes.isVisible() and panel.notes.item(0, 1).text() == "Rolstoel: helpen bij de deur"
    assert AuditEntry.select().where(AuditEntry.action == "sensitive.reveal").count() == 1
    panel.notes.selectRow(0)
    panel.delete_selected()
    assert panel.notes.rowCount() == 0 and panel.summary.text().startswith("Bijzondere gegevens: 0")
