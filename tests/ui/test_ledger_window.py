"""The window at start: what the ledger's cross-check found, and "nog bezig" while an erasure's checkpoint waits."""


import sqlcipher3

from etsoft_desk.app import watch_checkpoint
from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from tests.helpers.cards import distinctive_card


def test_the_window_says_nog_bezig_until_the_held_up_checkpoint_is_done(qtbot, window, register, register_path,
                                                                        new_register):
    register.erasure.checkpoint_seconds = 0.3
    cid = register.customers.create(distinctive_card())
    conn = sqlcipher3.connect(str(register_path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{new_register.key.hex()}'\"")
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM customer").fetchone()  # another program reads
    assert not register.erasure.erase(cid, by="JV").checkpoint_clean
    timer = watch_checkpoint(window, register)
    assert "nog bezig" in window.statusBar().currentMessage()
    conn.execute("COMMIT")
    conn.close()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=6000)
    assert not register.checkpoint_pending()
    timer.stop()


def test_the_ledgers_damage_is_shown_in_dutch_at_start(qtbot, window, register, answer_boxes):
    shown = answer_boxes(True)
    register.ledger_report = [UserError(Msg.LEDGER_LINE_ALTERED, line=3), UserError(Msg.LEDGER_REPAIRED, count=1)]
    register.replayed = 2
    window.after_opening()  # what the window does 2 s after it is up, off the GUI thread
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert window.statusBar().currentMessage().startswith("Opnieuw gewist volgens het wisregister: 2 klant(en)")
    assert [b.title for b in shown] == ["Bij het openen van het register"]
    assert shown[0].text.splitlines() == [
        "Regel 3 van het wisregister is gewijzigd (het zegel klopt niet): die regel is overgeslagen.",
        "Het wisregister miste 1 regel(s) die het register bewaart (het was verwijderd of afgekapt): het is "
        "opnieuw geschreven vanuit het register."]


def test_the_shred_confirmation_waits_until_the_erasure_is_finished(qtbot, window, register, register_path,
                                                                    new_register):
    """With another program reading, the erasure is not shown as done, nor its confirmation, until it is."""
    from PySide6.QtCore import Qt

    from etsoft_desk.ui.erasure_dialog import ErasureDialog
    from etsoft_desk.ui.print_preview import PrintPreview
    from tests.ui.conftest import when_modal

    register.erasure.checkpoint_seconds = 0.3
    register.settings.staff_initials = "JV"
    cid = register.customers.create(distinctive_card())
    conn = sqlcipher3.connect(str(register_path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{new_register.key.hex()}'\"")
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM customer").fetchone()  # another program reads
    previews = []

    def confirm(dialog):
        assert isinstance(dialog, ErasureDialog)
        qtbot.waitUntil(dialog.erase_button.isEnabled)  # the plan (read in a worker) is shown
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)

    def preview(dialog):
        previews.append(dialog.windowTitle())
        dialog.reject()

    when_modal(qtbot, confirm)
    assert window.erase_customer(cid)
    assert "nog bezig" in window.statusBar().currentMessage()
    qtbot.wait(2500)
    assert previews == []  # not confirmed as done while the old pages are still in the journal
    when_modal(qtbot, preview, kind=PrintPreview, timeout=10000)
    conn.execute("COMMIT")
    conn.close()
    qtbot.waitUntil(lambda: previews == ["Verklaring van vernietiging"], timeout=8000)
    assert not register.checkpoint_pending()


def test_the_register_menu_confirms_a_restore_and_the_set_aside_copy_goes(qtbot, window, register, register_path,
                                                                          answer_boxes):
    """Answered "later" after a restore, the owner confirms it from Register › Terugzetten bevestigen…."""
    told = answer_boxes(True)
    assert window.confirm_restore_action.text().replace("&", "") == "Terugzetten bevestigen…"
    window.confirm_restore_action.trigger()  # nothing set aside: says so
    assert told and "niets te bevestigen" in told[-1].text
    aside = register_path.with_name("register.db.set-aside-20261125-103000")
    aside.write_bytes(b"\0" * 4096)
    with qtbot.waitSignal(window.restoreConfirmed, timeout=10000):
        window.confirm_restore_action.trigger()
    assert told[1].kind == "question" and "het vorige register" in told[1].text.lower()
    assert not aside.exists()
