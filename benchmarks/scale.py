"""Issue 14's figures at scale, each beside the bare machinery measured in the same run on the same machine.

    python benchmarks/scale.py [--customers 1000000] [--rows 500000] [--repeat 5]

The register of N fictitious customers is built once and kept (benchmarks/scale_register.py; building
1,000,000 takes a minute or two). Prints:
  search "Q"   first page of the window's search (50 lines in name order, what customer_model.py asks for),
               median of --repeat runs after one warm-up, vs run.py's bare query for the same page through
               raw sqlcipher3; beside it FTS5's least: any 50 matches, unsorted   target < 150 ms
  list         `etsoft-desk list [--search 06]` run as a subprocess, stdout read as it streams: start to
               first line and to --rows lines, vs a bare process printing the same number of rows from a raw
               sqlcipher3 cursor                                              target first line < 1 s,
                                                                              --rows lines < 30 s
Nothing here is a test: the figures are for reading, not for failing a build.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale_register import built_register  # noqa: E402

from etsoft_desk.domain import search  # noqa: E402
from etsoft_desk.services import register as reg  # noqa: E402

# "jan.bakker" is what is typed of an e-mail address; "4561 zh" a postcode; "example" the one word every
# customer's address has (broad and longer than the FTS5 prefix index).
QUERIES = ["06", "j", "v", "jan", "hulst", "ver", "dekker", "jan.bakker", "bakker12", "4561", "4561 zh",
           "0612", "kees ba", "example"]
PAGE = 50
# The bare page is run.py's: the same 50 lines in name order, the matches sorted by SQLite as it likes.
BARE_PAGE = ("SELECT c.id, c.first_name || ' ' || c.last_name, "
             "(SELECT number FROM customer_phone p WHERE p.customer_id = c.id LIMIT 1), "
             "(SELECT address FROM customer_email e WHERE e.customer_id = c.id LIMIT 1), c.postcode, c.city "
             "FROM customer c WHERE c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?) "
             "ORDER BY c.sort_key LIMIT ?")
BARE_ANY_ORDER = "SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?"  # FTS5's least: unsorted

BARE_LIST = textwrap.dedent("""
    import sys, sqlcipher3
    conn = sqlcipher3.connect(sys.argv[1])
    conn.execute(f"PRAGMA key = \\"x'{sys.argv[2]}'\\"")
    for r in conn.execute("SELECT id, first_name, infix, last_name, postcode, city FROM customer"):
        print(r[0], r[1], r[2], r[3], r[4], r[5], flush=True)
""")


def report(name: str, ours: float, bare: float, unit: str, target: str) -> None:
    ratio = ours / bare if bare else float("inf")
    print(f"{name:<34} ours {ours:9.1f} {unit:<3} bare {bare:9.1f} {unit:<3} ratio {ratio:6.2f}  ({target})", flush=True)


def timed(f, repeat: int) -> tuple[float, float]:
    """Median and slowest of ``repeat`` runs (ms) after a warm-up (the caches as after the first keystroke)."""
    f()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def bench_search(folder: Path, key: bytes, repeat: int) -> None:
    import sqlcipher3

    register = reg.open_with_key(reg.register_path(folder), key)
    conn = sqlcipher3.connect(str(reg.register_path(folder)))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cache_size = -65536")
    try:
        for q in QUERIES:
            match = search.match_expression(q)
            ours, worst = timed(lambda q=q: register.customers.search(q, limit=PAGE), repeat)
            bare, _ = timed(lambda m=match: conn.execute(BARE_PAGE, (m, PAGE)).fetchall(), repeat)
            unsorted, _ = timed(lambda m=match: conn.execute(BARE_ANY_ORDER, (m, PAGE)).fetchall(), repeat)
            report(f'search "{q}" first page', ours, bare, "ms",
                   f"< 150 ms: {'ok' if ours < 150 else 'OVER'}; slowest {worst:.0f}; any 50 {unsorted:.1f} ms")
    finally:
        conn.close()
        register.close()


def stream(cmd: list[str], env: dict, rows: int) -> tuple[float, float, int]:
    """Start to first line and to ``rows`` lines (ms), and lines read, of a process whose stdout is read as it comes."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=1 << 16)
    first = last = 0.0
    n = 0
    assert proc.stdout is not None
    for _ in proc.stdout:
        n += 1
        if n == 1:
            first = time.perf_counter()
        if n == rows:
            last = time.perf_counter()
            break
    proc.kill()
    proc.wait()
    if n < rows:
        last = time.perf_counter()
        if n == 0:
            raise RuntimeError(f"{cmd[3:]} printed nothing: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")
    return (first - start) * 1000, (last - start) * 1000, n


def bench_list(folder: Path, key: bytes, rows: int) -> None:
    env = dict(os.environ, ETSOFT_DESK_KEY=key.hex(), PYTHONPATH=str(ROOT))
    bare_cmd = [sys.executable, "-c", BARE_LIST, str(reg.register_path(folder)), key.hex()]
    bare_first, bare_last, _ = stream(bare_cmd, env, rows)
    for extra in ([], ["--search", "06"], ["--search", "jan"]):
        cmd = [sys.executable, "-m", "etsoft_desk", "list", "--data-dir", str(folder), *extra]
        first, last, n = stream(cmd, env, rows)
        name = "list" + (f" {' '.join(extra)}" if extra else "")
        report(f"{name}: first line", first, bare_first, "ms", f"target < 1 s: {'ok' if first < 1000 else 'OVER'}")
        report(f"{name}: {n:,} lines", last, bare_last, "ms",
               f"target {rows:,} < 30 s: {'ok' if last < 30_000 else 'OVER'}" if n >= rows else "all it printed")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", nargs="*", choices=["search", "list"])
    args = parser.parse_args()
    wanted = set(args.only or ["search", "list"])
    print(f"ETSoft Desk at scale: {args.customers:,} fictitious customers, Python {sys.version.split()[0]}", flush=True)
    folder, key = built_register(args.customers)
    print(f"register {reg.register_path(folder)}: {reg.register_path(folder).stat().st_size / 2**20:.0f} MiB", flush=True)
    if "search" in wanted:
        bench_search(folder, key, args.repeat)
    if "list" in wanted:
        bench_list(folder, key, args.rows)


if __name__ == "__main__":
    main()
