"""A restore in the window, as a hostile tester tried it: while other work runs, and with the disk failing."""

import errno
import threading

from etsoft_desk.ui import tasks
from etsoft_desk.ui.main_window import MainWindow


def test_a_restore_waits_until_the_work_in_the_background_is_done(qtbot, register, customers, tmp_path,
                                                                  answer_boxes):
    window = MainWindow(register)
    qtbot.addWidget(window)
    backup = register.backups.backup(tmp_path / "stick").path
    qtbot.waitUntil(lambda: tasks.working() == 0, timeout=5000)  # the window's own count
    gate = threading.Event()
    tasks.run(window, lambda _progress: gate.wait(10), lambda _result: None)
    boxes = answer_boxes(True)
    window.restore_backup(str(backup))
    qtbot.waitUntil(lambda: len(boxes) == 1, timeout=5000)  # the owner is asked at once (the backup checked)
    qtbot.wait(600)
    assert window.statusBar().currentMessage().startswith("Wachten tot het werk")  # the swap waits
    assert list(register.path.parent.glob("*.set-aside-*")) == []  # the file not replaced under the work
    with qtbot.waitSignal(window.registerReplaced, timeout=20000) as replaced:
        gate.set()  # the work ends: the restore goes on (the swap)
    again = replaced.args[0]
    try:
        assert [b.kind for b in boxes] == ["question"] and again.customers.count() == 3
    finally:
        window.retire()
        again.close()


def test_a_restore_the_disk_refuses_brings_the_window_back_on_the_previous_register(qtbot, register, customers,
                                                                                   tmp_path, monkeypatch,
                                                                                   answer_boxes):
    from etsoft_desk.services import operations

    window = MainWindow(register)
    qtbot.addWidget(window)
    backup = register.backups.backup(tmp_path / "stick").path

    def refused(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(register.path))
    monkeypatch.setattr(operations, "restore_register", refused)
    boxes = answer_boxes(True)
    with qtbot.waitSignal(window.registerReplaced, timeout=20000) as replaced:
        window.restore_backup(str(backup))
    again = replaced.args[0]
    try:
        assert again.customers.count() == 3  # the previous register, opened again
        errors = [b.text for b in boxes if b.kind == "error"]
        assert len(errors) == 1 and "mag niet worden gebruikt" in errors[0], boxes
    finally:
        window.retire()
        again.close()


def test_a_restore_waits_for_the_start_up_work_that_began_while_the_backup_was_checked(qtbot, register, customers,
                                                                                      tmp_path, monkeypatch,
                                                                                      answer_boxes):
    import time

    from etsoft_desk.services import backup as backup_module
    from etsoft_desk.services import operations

    opening = operations.after_opening

    def slow_opening(reg_):  # still at work when the backup's check is done
        time.sleep(1.5)
        return opening(reg_)
    monkeypatch.setattr(operations, "after_opening", slow_opening)
    window = MainWindow(register)
    qtbot.addWidget(window)
    window.show()
    backup = register.backups.backup(tmp_path / "stick").path
    check = backup_module.check_backup
    started = []

    def slow_check(path, key):  # the window's start-up work (at 2 s) begins meanwhile
        time.sleep(2.5)
        return check(path, key)
    monkeypatch.setattr(backup_module, "check_backup", slow_check)
    run = tasks.run

    def counting(parent, work, done, **kw):
        started.append(getattr(done, "__qualname__", ""))
        return run(parent, work, done, **kw)
    monkeypatch.setattr(tasks, "run", counting)
    boxes = answer_boxes(True)
    with qtbot.waitSignal(window.registerReplaced, timeout=30000) as replaced:
        window.restore_backup(str(backup))
    again = replaced.args[0]
    try:
        assert again.customers.count() == 3 and not [b for b in boxes if b.kind == "error"], boxes
        assert any("tell_at_start" in name for name in started), started  # the start-up work ran meanwhile
    finally:
        window.retire()
        again.close()


def test_a_restore_while_another_window_has_the_register_open_is_refused_in_a_box(qtbot, register, customers,
                                                                                 tmp_path, answer_boxes):
    from tests.unit.test_register_lock import Holder

    window = MainWindow(register)
    qtbot.addWidget(window)
    backup = register.backups.backup(tmp_path / "stick").path
    qtbot.waitUntil(lambda: tasks.working() == 0, timeout=5000)
    before = register.path.stat().st_ino
    holder = Holder(register.path, register.key)  # another ETSoft Desk window on the same register
    try:
        boxes = answer_boxes(True)
        with qtbot.waitSignal(window.registerReplaced, timeout=20000) as replaced:
            window.restore_backup(str(backup))
        again = replaced.args[0]
        try:
            errors = [b.text for b in boxes if b.kind == "error"]
            assert errors == ["Het register is geopend in een ander venster of een andere opdracht van ETSoft "
                              "Desk; sluit het daar eerst en probeer het opnieuw. Er is niets veranderd."], boxes
            assert again.customers.count() == 3  # the same register, opened again
            assert not list(register.path.parent.glob("register.db.set-aside-*"))
        finally:
            window.retire()
            again.close()
        assert register.path.stat().st_ino == before  # not renamed aside under the other window
        holder.finish()
    finally:
        holder.kill()


def test_a_new_key_while_another_window_has_the_register_open_is_refused_before_a_sheet_is_shown(
        qtbot, register, customers, answer_boxes, monkeypatch):
    from etsoft_desk.ui.print_preview import PrintPreview
    from tests.unit.test_register_lock import Holder

    window = MainWindow(register)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: tasks.working() == 0, timeout=5000)
    shown = []
    monkeypatch.setattr(PrintPreview, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    old_key = register.key
    holder = Holder(register.path, register.key)
    try:
        boxes = answer_boxes(True)
        window.new_key()
        qtbot.waitUntil(lambda: any(b.kind == "error" for b in boxes), timeout=10000)
        errors = [b.text for b in boxes if b.kind == "error"]
        assert shown == [] and len(errors) == 1 and "geopend in een ander venster" in errors[0]
        assert register.key == old_key and register.customers.count() == 3  # still open, still the same key
        holder.finish()
    finally:
        holder.kill()
    window.retire()
