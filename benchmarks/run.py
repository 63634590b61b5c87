"""Performance figures of issue "Encrypted customer register", each beside the bare machinery measured in
the same run on the same machine.

    python benchmarks/run.py [--customers 100000] [--keystrokes 60]

Prints, for 100,000 fictitious customers:
  import     our CSV import (parse, validate, insert, index, audit) vs raw sqlcipher3 executemany of the same
             rows with the same FTS5 index, one transaction                      target <= 2x
  startup    process start to painted main window (whole process, --screenshot) vs a bare PySide6 window
             over a lazily loaded SQLCipher table in a process of its own       target <= 1.5x
  memory     peak RSS of those two processes                                     target <= 1.5x
  keystroke  key press in the search field to repainted result table, p50/p95, vs a bare QLineEdit +
             QTableView running the same FTS5 query through raw sqlcipher3      target <= 1.5x at p95
  consent    click on a consent button to the repainted consent card (record, audit entry, commit with
             fsync, history reloaded), p50/p95; beside it one bare INSERT + COMMIT   target <= 50 ms
  reads      the same read workload (searches, list pages) on the encrypted register vs a plaintext
             copy of it, both through raw connections with the same cache       target <= 1.1x
  erasure    erasing one customer with history in every table (plan, synced ledger line, one transaction,
             TRUNCATE checkpoint, shred confirmation) vs the bare statements doing the same deletes and
             the checkpoint, interleaved                                         target <= 1.5x and < 1 s
  backup     a verified backup (online copy from one snapshot, integrity check, counts compared) vs a bare
             backup-API copy of the same register, interleaved                  target <= 1.5x
  rekey      re-encrypting the register with a new key (checkpoint and keyring included) vs that copy
                                                                                 target <= 2x
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import csv
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from etsoft_desk.domain import search  # noqa: E402
from etsoft_desk.services import demo, register as reg  # noqa: E402
from etsoft_desk.services.importer import import_csv  # noqa: E402
from etsoft_desk.store import customers as store  # noqa: E402
from etsoft_desk.store.migrations import _v1_initial  # noqa: E402

QUERIES = ["j", "ja", "jan", "jans", "jansen", "h", "hu", "hul", "hulst", "06", "061", "0612", "45", "4561",
           "4561 z", "m", "ma", "mar", "mari", "marieke", "v", "ve", "ver", "verh", "b", "ba", "bak", "bakk",
           "s", "sa", "san", "sanne", "k", "ke", "kee", "kees", "kees b", "kees ba", "d", "de", "dek",
           "t", "te", "ter", "tern", "a", "ax", "axe", "axel", "w", "wi", "wim", "p", "pi", "pie", "piet",
           "e", "el", "els", "example"]


def report(name: str, ours: float, bare: float, unit: str, target: float) -> None:
    ratio = ours / bare if bare else float("inf")
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(f"{name:<28} ours {ours:9.1f} {unit:<4} bare {bare:9.1f} {unit:<4} ratio {ratio:5.2f}  "
          f"(target <= {target}x: {verdict})", flush=True)


def write_csv(path: Path, count: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["voornaam", "tussenvoegsel", "achternaam", "e-mail", "telefoon", "straat", "huisnummer",
                    "postcode", "plaats", "geboortedatum", "notities"])
        for c in demo.demo_cards(count):
            a = c.address
            w.writerow([c.first_name, c.infix, c.last_name, c.emails[0], c.phones[0], a.street,
                        f"{a.house_number}{a.house_number_addition}", a.postcode, a.city, "01-01-1980", c.notes])


def bench_import(work: Path, count: int) -> tuple[Path, bytes]:
    csv_path = work / "customers.csv"
    write_csv(csv_path, count)
    path = work / "ours" / "register.db"
    new = reg.create(path)
    register = new.register
    start = time.perf_counter()
    result = import_csv(csv_path, db=register.db, audit=register.audit, today=register.clock().date(), now=register.clock())
    ours = time.perf_counter() - start
    assert result.imported == count
    register.close()

    # Bare: the same rows, validated and laid out beforehand, into the same schema through raw sqlcipher3.
    import datetime as dt

    import sqlcipher3

    from etsoft_desk.domain.validation import validate_card

    cards = [validate_card(c, today=dt.date(2026, 11, 25), allow_unconfirmed_age=True) for c in demo.demo_cards(count)]
    rows = [(tuple(store._columns(c).values()), c.emails[0], c.phones[0], store._index_body(c)) for c in cards]
    columns = ", ".join([*store._columns(cards[0]), "created_at", "updated_at"])
    bare_path = work / "bare.db"
    key = secrets.token_bytes(32)
    conn = sqlcipher3.connect(str(bare_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = wal")

    class Shim:  # _v1_initial expects peewee's execute_sql
        def execute_sql(self, sql, params=()):
            return conn.execute(sql, params)

    _v1_initial(Shim())
    insert = f"INSERT INTO customer ({columns}) VALUES ({', '.join('?' * (len(rows[0][0]) + 2))})"
    now = "2026-11-25 10:00:00"
    start = time.perf_counter()
    conn.execute("BEGIN")
    cur = conn.cursor()
    for values, email, phone, body in rows:
        cur.execute(insert, (*values, now, now))
        cid = cur.lastrowid
        cur.execute("INSERT INTO customer_email (customer_id, address, position) VALUES (?, ?, 0)", (cid, email))
        cur.execute("INSERT INTO customer_phone (customer_id, number, position) VALUES (?, ?, 0)", (cid, phone))
        cur.execute("INSERT INTO customer_search (rowid, body) VALUES (?, ?)", (cid, body))
    conn.execute("COMMIT")
    bare = time.perf_counter() - start
    conn.close()
    report(f"import {count:,} from CSV", ours * 1000, bare * 1000, "ms", 2.0)
    return path, new.key


BARE_WINDOW = textwrap.dedent("""
    import os, sys, time
    t0 = time.perf_counter()
    import sqlcipher3
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
    DISPLAY = Qt.ItemDataRole.DisplayRole
    class Model(QAbstractTableModel):
        def __init__(self, conn):
            super().__init__(); self.conn = conn; self.rows = []; self.more = True; self.load()
        def load(self):
            got = self.conn.execute("SELECT id, first_name || ' ' || last_name, postcode, city FROM customer "
                                    "ORDER BY sort_key, id LIMIT 100 OFFSET ?", (len(self.rows),)).fetchall()
            self.more = len(got) == 100
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(got) - 1)
            self.rows += got; self.endInsertRows()
        def rowCount(self, p=QModelIndex()): return len(self.rows)
        def columnCount(self, p=QModelIndex()): return 4
        def canFetchMore(self, p=QModelIndex()): return self.more
        def fetchMore(self, p=QModelIndex()): self.load()
        def data(self, i, role=DISPLAY):
            return str(self.rows[i.row()][i.column()]) if role == DISPLAY else None
    app = QApplication([])
    conn = sqlcipher3.connect(sys.argv[1])
    conn.execute("PRAGMA key = \\"x'%s'\\"" % os.environ["BENCH_KEY"])
    conn.execute("PRAGMA cache_size = -65536")
    w = QMainWindow(); c = QWidget(); lay = QVBoxLayout(c); lay.addWidget(QLineEdit()); t = QTableView()
    t.setModel(Model(conn)); lay.addWidget(t); w.setCentralWidget(c); w.resize(1100, 680); w.show()
    app.processEvents(); w.grab().save(sys.argv[2])
""")


# A forked child's peak RSS counts the parent it was forked from (this script holds 100,000 cards), so each
# measured process is started from a small launcher that reports the child's own figures.
# "Painted" is when the process has written the PNG of its painted window (its modification time), measured
# from the moment the process was started; the time to exit is printed beside it.
LAUNCHER = textwrap.dedent("""
    import os, subprocess, sys, time
    png = sys.argv[1]
    start = time.time()
    proc = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    exited = (time.time() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    if code:
        sys.exit(proc.stderr.read().decode()[-2000:] or code)
    print((os.stat(png).st_mtime - start) * 1000, exited, usage.ru_maxrss / 1024)
""")


def run_measured(png: Path, cmd: list[str], env: dict) -> tuple[float, float, float]:
    """Start to painted (ms), start to exit (ms) and peak RSS (MiB) of one process that writes ``png``."""
    png.unlink(missing_ok=True)
    out = subprocess.run([sys.executable, "-c", LAUNCHER, str(png), *cmd], env=env, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"{cmd} failed: {out.stderr[-2000:]}")
    painted, exited, rss = out.stdout.split()
    return float(painted), float(exited), float(rss)


def bench_startup(path: Path, key: bytes, work: Path, runs: int = 11) -> None:
    env = dict(os.environ, ETSOFT_DESK_KEY=key.hex(), BENCH_KEY=key.hex(), QT_QPA_PLATFORM="offscreen")
    bare_script = work / "bare_window.py"
    bare_script.write_text(BARE_WINDOW)
    ours, first, bare = [], [], []
    first_paint = Path(__file__).resolve().parent / "first_paint.py"
    for _ in range(runs):  # interleaved, so all see the same page cache and machine load
        ours.append(run_measured(work / "ours.png", [sys.executable, "-m", "etsoft_desk", "--data-dir",
                                                     str(path.parent), "--screenshot", str(work / "ours.png")], env))
        first.append(run_measured(work / "first.png", [sys.executable, str(first_paint), "--data-dir",
                                                       str(path.parent), "--screenshot", str(work / "first.png")], env))
        bare.append(run_measured(work / "bare.png", [sys.executable, str(bare_script), str(path),
                                                     str(work / "bare.png")], env))
    # The window's first painted frame (list, toolbar, menus), as the bare window's picture is taken; then the
    # picture --screenshot takes, once the count under the list and the to-do bar's counts are in.
    report("start to painted window", statistics.median(o[0] for o in first), statistics.median(b[0] for b in bare),
           "ms", 1.5)
    report("  (with its counts in)", statistics.median(o[0] for o in ours), statistics.median(b[0] for b in bare),
           "ms", 1.5)
    print(f"{'  (start to exit)':<28} ours {statistics.median(o[1] for o in ours):9.1f} ms   "
          f"bare {statistics.median(b[1] for b in bare):9.1f} ms", flush=True)
    report("peak memory", max(o[2] for o in ours), max(b[2] for b in bare), "MiB", 1.5)


def bench_keystrokes(path: Path, key: bytes, rounds: int) -> None:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

    from etsoft_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    register = reg.open_with_key(path, key)
    window = MainWindow(register)
    window.resize(1100, 680)
    window.show()
    app.processEvents()

    def measure(line_edit, viewport) -> list[float]:
        times = []
        for i in range(rounds):
            query = QUERIES[i % len(QUERIES)]
            line_edit.clear()
            app.processEvents()
            prefix, last = query[:-1], query[-1]
            line_edit.setText(prefix)
            app.processEvents()
            start = time.perf_counter()
            QTest.keyClick(line_edit, last)
            viewport.repaint()  # synchronous paint of the result page
            times.append((time.perf_counter() - start) * 1000)
        return times

    ours = measure(window.search, window.table.viewport())
    window.close()
    register.close()

    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cache_size = -65536")
    DISPLAY = Qt.ItemDataRole.DisplayRole

    class Bare(QAbstractTableModel):
        rows: list = []

        def rowCount(self, p=QModelIndex()):
            return len(self.rows)

        def columnCount(self, p=QModelIndex()):
            return 6

        def data(self, i, role=DISPLAY):
            return str(self.rows[i.row()][i.column()]) if role == DISPLAY else None

        def search(self, text):
            match = search.match_expression(text)
            self.beginResetModel()
            self.rows = conn.execute(
                "SELECT c.id, c.first_name || ' ' || c.last_name, "
                "(SELECT number FROM customer_phone p WHERE p.customer_id = c.id LIMIT 1), "
                "(SELECT address FROM customer_email e WHERE e.customer_id = c.id LIMIT 1), c.postcode, c.city "
                "FROM customer c WHERE c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?) "
                "ORDER BY c.sort_key LIMIT 50", (match,)).fetchall() if match else []
            self.endResetModel()

    holder = QWidget()
    edit, table, model = QLineEdit(), QTableView(), Bare()
    table.setModel(model)
    edit.textChanged.connect(model.search)
    lay = QVBoxLayout(holder)
    lay.addWidget(edit)
    lay.addWidget(table)
    holder.resize(1100, 680)
    holder.show()
    app.processEvents()
    bare = measure(edit, table.viewport())
    holder.close()
    conn.close()
    q = statistics.quantiles
    report("keystroke p50", statistics.median(ours), statistics.median(bare), "ms", 1.5)
    report("keystroke p95", q(ours, n=20)[18], q(bare, n=20)[18], "ms", 1.5)


def bench_consent_click(path: Path, key: bytes, clicks: int = 60) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from etsoft_desk.domain.consent import Channel
    from etsoft_desk.ui.consent_panel import ConsentPanel

    app = QApplication.instance() or QApplication([])
    register = reg.open_with_key(path, key)
    register.settings.staff_initials = "BM"
    if register.statements.current() is None:
        register.statements.load("Privacyverklaring (benchmark)", dt.date(2018, 4, 10))
    times = []
    for customer_id in range(50_000, 50_000 + clicks // 6):
        panel = ConsentPanel(customer_id, register.consent, register.statements, register.settings)
        panel.show()
        app.processEvents()
        for channel in (Channel.EMAIL, Channel.POST, Channel.SMS):
            for buttons in (panel.grant_buttons, panel.withdraw_buttons):
                start = time.perf_counter()
                QTest.mouseClick(buttons[channel], Qt.MouseButton.LeftButton)
                panel.repaint()
                times.append((time.perf_counter() - start) * 1000)
        panel.close()
    db = register._db
    bare = []
    for i in range(clicks):
        start = time.perf_counter()
        with db.atomic():
            db.execute_sql("INSERT INTO register_setting (key, value) VALUES (?, ?)", (f"bench{i}", "x"))
        bare.append((time.perf_counter() - start) * 1000)
    db.execute_sql("DELETE FROM register_setting WHERE key LIKE 'bench%'")
    register.close()
    p95 = statistics.quantiles(times, n=20)[18]
    print(f"{'consent click p50 / p95':<28} ours {statistics.median(times):6.1f} / {p95:5.1f} ms   "
          f"bare insert+commit {statistics.median(bare):5.1f} ms   (target <= 50 ms: "
          f"{'ok' if p95 <= 50 else 'OVER TARGET'})", flush=True)


def bench_reads(path: Path, key: bytes, work: Path, repeat: int = 3) -> None:
    import sqlcipher3

    plain = work / "plain.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()

    def workload(c) -> float:
        start = time.perf_counter()
        for _ in range(repeat):
            for q in QUERIES:
                store_sql = ("SELECT c.id, c.first_name, c.last_name, c.postcode, c.city FROM customer c WHERE c.id IN "
                             "(SELECT rowid FROM customer_search WHERE customer_search MATCH ?) "
                             "ORDER BY c.sort_key LIMIT 100")
                c.execute(store_sql, (search.match_expression(q),)).fetchall()
            for offset in range(0, 100_000, 5_000):
                c.execute("SELECT id, first_name, last_name, postcode, city FROM customer ORDER BY sort_key, id "
                          "LIMIT 100 OFFSET ?", (offset,)).fetchall()
            c.execute("SELECT count(*), sum(length(notes)) FROM customer").fetchall()
        return (time.perf_counter() - start) * 1000

    enc = sqlcipher3.connect(str(path))
    enc.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    raw = sqlcipher3.connect(str(plain))
    for c in (enc, raw):
        c.execute("PRAGMA cache_size = -65536")
        workload(c)  # warm the caches
    enc_t = statistics.median(workload(enc) for _ in range(3))
    raw_t = statistics.median(workload(raw) for _ in range(3))
    enc.close()
    raw.close()
    plain.unlink()
    report("reads encrypted vs plain", enc_t, raw_t, "ms", 1.1)


def bench_erasure(path: Path, key: bytes, pairs: int = 9) -> None:
    """Erase one customer with history in every table (checkpoint included), ours vs the bare statements."""
    import datetime as dt
    from decimal import Decimal

    from etsoft_desk.domain.consent import Channel, ConsentMethod, ConsentState
    from etsoft_desk.domain.customer import Invoice, JobKind, JobStatus, ServiceJob, Visit
    from etsoft_desk.domain.sharing import RecipientRole
    from etsoft_desk.services.sensitive import SensitiveCategory
    from etsoft_desk.store import database

    register = reg.open_with_key(path, key)
    register.settings.staff_initials = "BM"
    if register.statements.current() is None:
        register.statements.load("Privacyverklaring (benchmark)", dt.date(2018, 4, 10))
    partner = register.sharing.add_recipient(f"Partner {secrets.token_hex(3)} (benchmark)", RecipientRole.PARTNER)

    def give_history(cid: int, n: int) -> None:
        for k in range(5):
            register.customers.add_visit(cid, Visit(dt.date(2026, 1, 1) + dt.timedelta(days=k), "Bezoek"))
            register.customers.add_service_job(cid, ServiceJob(dt.date(2026, 1, 1), JobKind.REPAIR, device="Laptop",
                                                               serial_number=f"S{cid}-{k}", status=JobStatus.DONE))
        register.customers.add_invoice(cid, Invoice(f"B-{cid}-{n}-{secrets.token_hex(2)}", dt.date(2026, 2, 1),
                                                    Decimal("50")))
        register.consent.record(cid, Channel.EMAIL, ConsentState.GRANTED, ConsentMethod.COUNTER)
        register.sharing.approve(cid, partner, data="naam", purpose="offerte", method="counter")
        register.sharing.disclose(cid, partner, "naam")
        register.sensitive.add(cid, SensitiveCategory.HEALTH, "Slechthorend", explicit_consent=True,
                               consent_method="counter")

    ours_ids = list(range(60_001, 60_001 + pairs))
    bare_ids = list(range(70_001, 70_001 + pairs))
    for n, cid in enumerate(ours_ids + bare_ids):
        give_history(cid, n)
    database.checkpoint(register._db)
    db = register._db
    ours, bare = [], []
    for mine, theirs in zip(ours_ids, bare_ids):
        start = time.perf_counter()
        register.erasure.erase(mine)
        ours.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        with db.atomic():  # the same deletes, written by hand: no plan, no ledger, no confirmation
            for number, day, amount in db.execute_sql("SELECT number, date, amount_cents FROM invoice WHERE "
                                                      "customer_id = ?", (theirs,)).fetchall():
                db.execute_sql("INSERT INTO kept_invoice (erasure_id, number, date, amount_cents, customer_name, "
                               "customer_address, keep_until, ground) VALUES ('bare', ?, ?, ?, 'x', 'x', "
                               "'2033-01-01', 'x')", (number, day, amount))
            db.execute_sql("DELETE FROM invoice WHERE customer_id = ?", (theirs,))
            db.execute_sql("DELETE FROM customer_search WHERE rowid = ?", (theirs,))
            db.execute_sql("DELETE FROM disclosure WHERE customer_id = ?", (theirs,))
            db.execute_sql("DELETE FROM customer WHERE id = ?", (theirs,))
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        bare.append((time.perf_counter() - start) * 1000)
    register.close()
    report("erase one customer, median", statistics.median(ours), statistics.median(bare), "ms", 1.5)
    print(f"{'  (absolute target)':<28} ours {max(ours):9.1f} ms worst of {pairs}   (target < 1000 ms: "
          f"{'ok' if max(ours) < 1000 else 'OVER TARGET'})", flush=True)


def bench_backup(path: Path, key: bytes, work: Path, runs: int = 3) -> None:
    """A verified backup (copy, integrity check, counts) vs a bare backup-API copy of the same file."""
    import sqlcipher3

    register = reg.open_with_key(path, key)
    ours, bare = [], []
    for n in range(runs):
        start = time.perf_counter()
        register.backups.backup(work / f"ours-{n}.db")
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        dest = sqlcipher3.connect(str(work / f"bare-{n}.db"))
        dest.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        register._db.connection().backup(dest)
        dest.close()
        bare.append(time.perf_counter() - start)
        for f in work.glob(f"*-{n}.db"):
            f.unlink()
    register.close()
    report("verified backup, median", statistics.median(ours) * 1000, statistics.median(bare) * 1000, "ms", 1.5)


def bench_rekey(path: Path, key: bytes, work: Path) -> tuple[Path, bytes]:
    """Key rotation (re-encrypt every page, checkpoint, keyring) vs a bare backup-API copy of the same file."""
    import sqlcipher3

    from etsoft_desk.secrets import MemoryKeyStore
    from etsoft_desk.services.rekey import rekey

    register = reg.open_with_key(path, key)
    start = time.perf_counter()
    dest = sqlcipher3.connect(str(work / "bare-copy.db"))
    dest.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    register._db.connection().backup(dest)
    dest.close()
    bare = time.perf_counter() - start
    (work / "bare-copy.db").unlink()
    store = MemoryKeyStore()
    start = time.perf_counter()
    rekey(register, lambda: store)
    ours = time.perf_counter() - start
    new_key = register.key
    register.close()
    report("rekey", ours * 1000, bare * 1000, "ms", 2)
    return path, new_key


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--keystrokes", type=int, default=60)
    parser.add_argument("--only", nargs="*", choices=["startup", "keystrokes", "consent", "reads", "erasure", "backup",
                                                       "rekey"],
                        help="run only these after the import (default: all)")
    args = parser.parse_args()
    wanted = set(args.only or ["startup", "keystrokes", "consent", "reads", "erasure", "backup", "rekey"])
    with tempfile.TemporaryDirectory(prefix="etsoft-bench-") as tmp:
        work = Path(tmp)
        print(f"ETSoft Desk benchmarks, {args.customers:,} fictitious customers, Python {sys.version.split()[0]}")
        path, key = bench_import(work, args.customers)
        print(f"register size {path.stat().st_size / 2**20:.0f} MiB")
        if "startup" in wanted:
            bench_startup(path, key, work)
        if "keystrokes" in wanted:
            bench_keystrokes(path, key, args.keystrokes)
        if "consent" in wanted:
            bench_consent_click(path, key)
        if "reads" in wanted:
            bench_reads(path, key, work)
        if "erasure" in wanted:
            bench_erasure(path, key)
        if "backup" in wanted:
            bench_backup(path, key, work)
        if "rekey" in wanted:  # last: the register has a new key afterwards
            bench_rekey(path, key, work)


if __name__ == "__main__":
    main()
    # PySide6 6.12 aborts in interpreter finalisation ("bool_dealloc") after this script's mix of two
    # windows and QTest in one process; every figure is printed and every file removed by now.
    sys.stdout.flush()
    os._exit(0)
