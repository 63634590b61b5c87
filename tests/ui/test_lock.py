"""The counter lock: one keystroke covers every window; the PIN (or, after five wrong tries, only the
recovery key) uncovers them, with what was being typed still there."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from etsoft_desk.domain.recovery_key import format_recovery_key
from etsoft_desk.ui.customer_dialog import CustomerDialog
from etsoft_desk.ui.lock import COVER


def type_and_enter(qtbot, cover, text):
    cover.entry.setText(text)
    qtbot.keyClick(cover.entry, Qt.Key.Key_Return)


def test_ctrl_l_covers_every_window_and_the_pin_uncovers_them(qtbot, window, register, customers, new_register):
    register.pin.set_pin("2468")
    card = CustomerDialog(register.customers, customers["Anna"])
    qtbot.addWidget(card)
    card.show()
    card.first_name.setText("Anna-Half-Getypt")
    titles = (window.windowTitle(), card.windowTitle())
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock = window.counter_lock
    assert lock.locked
    assert window.windowTitle() == "ETSoft Desk" and card.windowTitle() == "ETSoft Desk"
    assert not card.isEnabled() and not window.search.isEnabled() and not window.new_action.isEnabled()
    # The screen as a customer sees it: over the whole table there is only the cover (and its PIN field),
    # and the table's rows are the cover's colour.
    cover = lock.main_cover
    area = window.table.geometry().translated(window.centralWidget().pos())
    points = [(x, y) for x in range(area.left() + 5, area.right() - 5, 37) for y in range(area.top() + 5,
                                                                                         area.bottom() - 5, 23)]
    for x, y in points:
        hit = window.childAt(x, y)
        assert hit is cover or cover.isAncestorOf(hit), (x, y, hit)
    image = window.grab().toImage()
    bare = [(x, y) for x, y in points if window.childAt(x, y) is cover]  # not on its title or PIN field
    assert len(bare) > len(points) / 2
    assert {image.pixelColor(x, y).name() for x, y in bare} == {QColor(COVER).name()}
    type_and_enter(qtbot, cover, "1111")
    assert lock.locked and "Nog 4 pogingen" in cover.message.text()
    type_and_enter(qtbot, cover, "2468")
    assert not lock.locked
    assert (window.windowTitle(), card.windowTitle()) == titles
    assert card.isEnabled() and card.first_name.text() == "Anna-Half-Getypt" and window.search.isEnabled()


def test_five_wrong_pins_leave_only_the_recovery_key(qtbot, window, register, new_register):
    register.pin.set_pin("2468")
    window.counter_lock.lock()
    cover = window.counter_lock.main_cover
    for _ in range(5):
        type_and_enter(qtbot, cover, "0000")
    assert "herstelsleutel" in cover.message.text()
    type_and_enter(qtbot, cover, "2468")  # the right PIN no longer helps
    assert window.counter_lock.locked
    type_and_enter(qtbot, cover, format_recovery_key(new_register.key))
    assert not window.counter_lock.locked and register.pin.failures == 0


def test_idle_time_locks_by_itself(qtbot, window, register):
    register.pin.set_pin("2468")
    window.counter_lock.idle.start(50)
    qtbot.waitUntil(lambda: window.counter_lock.locked, timeout=3000)
    assert window.windowTitle() == "ETSoft Desk"


def test_the_idle_lock_of_a_closed_window_does_nothing(qtbot, window, register):
    """A window that gave way (a restore) or closed has nothing to cover; its idle timer must not fail."""
    window.close()
    window.counter_lock.idle.start(10)
    qtbot.wait(100)
    assert not window.counter_lock.locked


def test_the_demo_register_has_a_pin():
    """The demo has no recovery sheet: a lock asking for a recovery key could never be opened."""
    from etsoft_desk.app import DemoRegister
    from etsoft_desk.services.demo import DEMO_PIN

    demo = DemoRegister()
    try:
        assert demo.register.pin.has_pin() and demo.register.pin.check(DEMO_PIN)
    finally:
        demo.close()


def test_the_demo_lock_tells_its_pin_and_opens_with_it(qtbot, register):
    from etsoft_desk.services.demo import DEMO_PIN
    from etsoft_desk.ui.main_window import MainWindow

    register.pin.set_pin(DEMO_PIN)  # a register like the demo's, in the window as the demo opens it
    window = MainWindow(register, demo=True)
    qtbot.addWidget(window)
    window.show()
    window.counter_lock.lock()
    cover = window.counter_lock.main_cover
    assert "Demo: de pincode is 1234." in cover.message.text()
    assert cover.entry.isVisible()
    type_and_enter(qtbot, cover, "1234")
    assert not window.counter_lock.locked


def test_keys_and_the_mouse_in_any_window_start_the_idle_time_over(qtbot, window, register):
    """Input reaches a window (its QWindow) before its widgets: the lock watches each window the owner works in
    (the main window and a card), so typing anywhere keeps the register open."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    register.pin.set_pin("2468")
    card = CustomerDialog(register.customers, None, parent=window)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(lambda: card.windowHandle() is not None and card.windowHandle().isExposed(), timeout=3000)
    qtbot.waitUntil(lambda: window.counter_lock.watches(card.windowHandle()), timeout=3000)
    lock = window.counter_lock
    for target in (window.windowHandle(), card.windowHandle()):
        lock.idle.start(400)
        for _ in range(3):  # 750 ms of work in all: without each touch starting it over, the lock came at 400
            qtbot.wait(250)
            QTest.keyClick(target, Qt.Key.Key_Shift)
            QTest.mouseMove(target, QPoint(40, 40))
            assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)  # and once the owner stops, it locks
    card.close()


def test_while_another_program_writes_a_pin_is_refused_unchecked_and_then_works(qtbot, window, register, customers):
    """While an import elsewhere holds the register, a wrong PIN could not be counted: it froze the window 5 s,
    raised a raw error and left the count at 0, so guessing was unlimited (and the right PIN, which wrote
    nothing, unlocked at once: told apart by time). Now every PIN waits a second for the register, then is
    refused unchecked with one sentence; once the other program is done, the right PIN unlocks."""
    import threading
    import time

    from etsoft_desk.domain.messages import Msg

    register.pin.set_pin("2468")
    window.counter_lock.lock()
    cover = window.counter_lock.main_cover
    writing, done = threading.Event(), threading.Event()

    def long_write() -> None:  # another program's import, holding the write lock
        try:
            with register.transaction():
                register.settings.mark("a_long_import", "1")
                writing.set()
                done.wait(20)
        finally:
            register.release_thread()

    thread = threading.Thread(target=long_write)
    thread.start()
    try:
        assert writing.wait(10)
        timings = []
        for typed in ("1111", "2468"):  # wrong, then right: both refused alike, neither compared
            started = time.monotonic()
            type_and_enter(qtbot, cover, typed)
            timings.append(time.monotonic() - started)
            assert window.counter_lock.locked
            assert "in gebruik" in cover.message.text() or Msg.REGISTER_LOCKED in cover.message.text()
    finally:
        done.set()
        thread.join(20)
    assert register.pin.failures == 0 and all(t < 3.0 for t in timings), timings
    type_and_enter(qtbot, cover, "2468")
    assert not window.counter_lock.locked
