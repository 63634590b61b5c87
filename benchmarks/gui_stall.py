"""The GUI thread's longest block during each action of the main window (issue 14: none over 50 ms).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_stall.py [--customers 100000] [--repeat 3] [--search-only]
                                                             [--history N] [--only WORDS]

The window is opened on a copy of the cached register of N fictitious customers (benchmarks/scale_register.py)
with 40 demo customers with history added (services/demo.fill). A 1 ms QTimer heartbeat records the gap
between event-loop turns; each action is started from the event loop and its dialogs are answered from it
(closed, or the button a person would press), so the gap is what a person at the counter would feel as a
frozen window. ``--history N`` adds, through the services, N sent messages to the outbox, N marketing consents
and N open requests due within the week (the to-do bar's count) to the copy: a shop's register after years.
Each action runs --repeat times: the first run (modules loaded on first use) and the median are
printed, the median judged. Beside the figures: the bare machinery, the same heartbeat with nothing to do.
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from scale_register import built_register  # noqa: E402

LIMIT_MS = 50.0


class Heartbeat:
    """Longest gap between two turns of the event loop since the last reset (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=1)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self.last) * 1000)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0


class Driver:
    """Answers the modal dialogs of one action in turn: each step is (what it is, what to do with it)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.steps: list[tuple[Callable, Callable]] = []
        self.handled: set[int] = set()
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication

        modal = QApplication.activeModalWidget()
        if modal is None or id(modal) in self.handled or not self.steps or not modal.isVisible():
            return
        matches, act = self.steps[0]
        if matches(modal):
            self.steps.pop(0)
            self.handled.add(id(modal))
            act(modal)


def run_action(app, beat: Heartbeat, driver: Driver, start: Callable[[], None], steps, done: Callable[[], bool],
               timeout: float = 20.0) -> tuple[float, bool, float]:
    from PySide6.QtCore import QTimer

    driver.steps = list(steps)
    driver.handled.clear()
    finished = {"started": False}

    def go() -> None:
        finished["started"] = True
        start()

    beat.reset()
    QTimer.singleShot(0, go)
    began = time.perf_counter()
    end = began + timeout
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
        if finished["started"] and done():
            break
    took = (time.perf_counter() - began) * 1000  # until the action's result is shown
    settle = time.perf_counter() + 0.4  # what the action left on timers (the count 150 ms after a search)
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.001)
    return beat.longest, done(), took


def is_kind(name: str) -> Callable:
    return lambda w: type(w).__name__ == name


def anything(_w) -> bool:
    return True


def close(w) -> None:
    w.reject() if hasattr(w, "reject") else w.close()


def add_history(register, count: int) -> None:
    """``count`` sent messages, marketing consents (e-mail) and open requests due within 7 days, for the first
    ``count`` customers of the copy (fictitious, as the whole register). A message is queued by the outbox service
    and marked sent as its send does once the server took it (claimed, then sent; no mail server here)."""
    import datetime as dt

    from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
    from etsoft_desk.domain.requests import RequestChannel, RequestKind
    from etsoft_desk.store import outbox as outbox_store

    started = time.perf_counter()
    ids = [row[0] for row in register.db.execute_sql("SELECT id FROM customer ORDER BY id LIMIT ?", (count,))]
    today = register.clock().date()
    with register.transaction():
        for n, cid in enumerate(ids):
            number = register.outbox.queue(document_id=f"AR-{n:06d}", kind="access_report", attachment=b"%PDF-1.4",
                                           attachment_name="inzage.pdf", to=f"klant{n}@example.com",
                                           address_kind="card", customer_id=cid)
            assert outbox_store.claim(number, "gui_stall", register.clock(), ("waiting", "", None))
            outbox_store.sent(number, register.clock(), "250 2.0.0 Ok: queued")
            register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
            register.requests.add(cid, RequestKind.ACCESS, today - dt.timedelta(days=27), RequestChannel.COUNTER)
    print(f"(history: {len(ids)} sent messages, consents and open requests added in "
          f"{time.perf_counter() - started:.0f} s)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each action; the median is judged")
    parser.add_argument("--search-only", action="store_true", help="only typing in the search field and the list")
    parser.add_argument("--history", type=int, default=0, metavar="N",
                        help="add N sent messages, N marketing consents and N open requests to the copy")
    parser.add_argument("--only", action="append", default=[], metavar="WORDS",
                        help="only the actions whose name contains WORDS (may be given more than once)")
    args = parser.parse_args()
    folder, key = built_register(args.customers)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    from etsoft_desk.services import demo, register as reg
    from etsoft_desk.ui import file_dialogs
    from etsoft_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    from etsoft_desk.ui import tasks

    tasks.collect_garbage_on_the_gui_thread(app)  # as the program does (app.start_application)
    with tempfile.TemporaryDirectory(prefix="etsoft-stall-") as tmp:
        work = Path(tmp)
        data = work / "data"
        shutil.copytree(folder, data)
        register = reg.open_with_key(reg.register_path(data), key)
        ids = demo.fill(register, 40)
        if args.history:
            add_history(register, args.history)
        window = MainWindow(register)
        window.resize(1100, 680)
        window.show()
        beat, driver = Heartbeat(), Driver()
        results: list[tuple[str, float, bool]] = []

        def measure(name, start, steps=(), done=lambda: not QApplication.activeModalWidget(), timeout=20.0,
                    times=args.repeat):
            if args.only and results and not any(words in name for words in args.only):
                return
            runs = [run_action(app, beat, driver, start, steps, done, timeout) for _ in range(times)]
            blocks = [longest for longest, _, _ in runs]
            ok = all(finished for _, finished, _ in runs)
            typical = statistics.median(blocks)
            results.append((name, typical, ok))
            print(f"{name:<56} first {blocks[0]:6.1f} ms  median {typical:6.1f} ms  of {times}  "
                  f"(shown after {statistics.median(t for _, _, t in runs):6.0f} ms)  "
                  f"{'OVER 50 ms' if typical > LIMIT_MS else 'ok'}"
                  f"{'' if ok else '  (did not finish: figure is up to the timeout)'}", flush=True)

        measure("(bare: the heartbeat, nothing to do)", lambda: None, done=lambda: True)

        def typing(text: str) -> Callable[[], None]:
            def start() -> None:
                window.search.clear()
                for n, ch in enumerate(text):
                    from PySide6.QtCore import QTimer

                    QTimer.singleShot(60 * n, lambda ch=ch: QTest.keyClick(window.search, ch))
            return start

        model = window.model
        for text in ("jan", "06", "v", "hulst", "jan.bakker", "4561 zh"):  # done: the last page read is shown
            measure(f'type "{text}" in the search field', typing(text),
                    done=lambda t=text: window.search.text() == t and not model.reading)
        measure("clear the search", lambda: window.search.clear(), done=lambda: not model.reading)
        scrolling = {"target": 0}

        def scroll_20_pages() -> None:  # to the bottom each 10 ms, as a person holding the key does
            from PySide6.QtCore import QTimer

            scrolling["target"] = model.rowCount() + 20 * 50

            def step() -> None:
                window.table.scrollToBottom()
                if not scrolled():
                    QTimer.singleShot(10, step)
            step()

        def scrolled() -> bool:
            return model.rowCount() >= scrolling["target"] or not (model.canFetchMore() or model.reading)
        measure("scroll the list down 20 pages", scroll_20_pages, done=scrolled)
        for text in ("j", "example"):
            window.search.setText(text)
            while model.reading:
                app.processEvents()
            measure(f'scroll the results of "{text}" down 20 pages', scroll_20_pages, done=scrolled)
        window.search.clear()
        if not args.search_only:
            cid = ids[0]
            measure("open a card (and close it)", lambda: window.open_customer(cid),
                    [(is_kind("CustomerDialog"), close)])

            def card_then(act: Callable, then=()) -> list:
                def on_card(card):
                    from PySide6.QtCore import QTimer

                    QTimer.singleShot(50, lambda: (act(card), QTimer.singleShot(50, card.reject)))
                return [(is_kind("CustomerDialog"), on_card), *then]

            measure("access report preview alone (not the card's opening)", lambda: window.open_customer(cid),
                    card_then(lambda card: (beat.reset(), card.requests.access_report()),
                              [(is_kind("PrintPreview"), close)]))
            measure("access report preview (from the card)", lambda: window.open_customer(cid),
                    card_then(lambda card: card.requests.access_report(),
                              [(is_kind("PrintPreview"), close)]))
            export_path = work / "export.zip"
            file_dialogs.save_file = lambda *a, **k: str(export_path)  # the file dialog answered: this path
            import etsoft_desk.ui.requests_panel as requests_panel  # noqa: F401  (imports save_file when it runs)

            measure("portability export (from the card)", lambda: window.open_customer(cid),
                    card_then(lambda card: card.requests.export(), [(anything, close)]))
            backups = work / "backups"
            backups.mkdir()
            finished = []
            window.backupFinished.connect(finished.append)
            measure("backup (to a folder)", lambda: window.start_backup(backups), done=lambda: bool(finished), timeout=60)
            measure("refresh the to-do bar (its counts)", window.todo_bar.refresh,
                    done=lambda: getattr(window.todo_bar, "ready", True))
            for name, opener in (("retention dialog", window.show_retention), ("requests dialog", window.show_requests),
                                 ("marketing dialog", window.show_marketing), ("settings dialog", window.show_settings),
                                 ("recipients dialog", window.show_recipients), ("statements dialog", window.show_statements),
                                 ("invoices dialog", window.show_invoices), ("outbox dialog", window.show_outbox),
                                 ("breach register", window.show_breaches), ("referrals dialog", window.show_referrals)):
                measure(f"open the {name} (and close it)", opener, [(anything, close)])

            def record_destruction(dialog) -> None:
                dialog.what.setText("werkbonnen 2019")
                dialog.method.setText("versnipperd")
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, lambda: (beat.reset(),  # the dialog's opening is measured above
                                              QTest.mouseClick(dialog.findChild(QPushButton, "recordDestruction"),
                                                               Qt.MouseButton.LeftButton)))
                QTimer.singleShot(3000, dialog.reject)
            measure("retention: record a destruction (from the click; preview)", window.show_retention,
                    [(is_kind("RetentionDialog"), record_destruction), (is_kind("PrintPreview"), close)])
            measure("retention: destroy what has expired (start-up work)", window.after_opening, done=lambda: True)
            victims = iter(ids[1:])

            def confirm_erasure(dialog) -> None:  # once the plan (read in a worker) is shown
                if dialog.plan is None:
                    dialog.planned.connect(lambda: QTest.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton))
                else:
                    QTest.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
            erased = {"previews": 0}

            def preview(w) -> None:
                erased["previews"] += 1
                w.reject()

            def erase_next() -> None:
                erased["previews"] = 0
                window.erase_customer(next(victims))
            measure("erase a customer (dialog answered, previews closed)", erase_next,
                    [(is_kind("ErasureDialog"), confirm_erasure), (is_kind("PrintPreview"), preview),
                     (is_kind("PrintPreview"), preview)],
                    done=lambda: erased["previews"] >= 2 and not QApplication.activeModalWidget(), timeout=60)
        while tasks.working():  # what the last action left running (the to-do bar's count) ends first
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        window.close()
        register.close()
    over = [name for name, longest, _ in results[1:] if longest > LIMIT_MS]
    print(f"\n{len(over)} of {len(results) - 1} actions block the GUI thread over {LIMIT_MS:.0f} ms (median): "
          + ("; ".join(over) if over else "none"), flush=True)


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # PySide6 may abort in interpreter finalisation after dialogs and QTest; every figure is printed
