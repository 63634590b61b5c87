"""A cached register of N fictitious customers for benchmarks/scale.py and benchmarks/gui_stall.py.

The register is built once per N (bulk insert through the store, one transaction) and kept in
$ETSOFT_BENCH_CACHE or ~/.cache/etsoft-desk-bench/scale-N/, with the benchmark's own random key beside it.
Only fictitious customers (services/demo.py) are in it: names at random, example.com addresses.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etsoft_desk.domain.validation import validate_card  # noqa: E402
from etsoft_desk.services import demo, register as reg  # noqa: E402
from etsoft_desk.store import customers as store  # noqa: E402
from etsoft_desk.store.models import database_proxy  # noqa: E402

BATCH = 10_000


def cache_root() -> Path:
    return Path(os.environ.get("ETSOFT_BENCH_CACHE") or Path.home() / ".cache" / "etsoft-desk-bench")


def built_register(count: int, *, quiet: bool = False) -> tuple[Path, bytes]:
    """The data folder and key of a register with ``count`` fictitious customers (built on first use)."""
    folder = cache_root() / f"scale-{count}"
    path = reg.register_path(folder)
    key_file = folder / "bench.key"
    done = folder / "complete"
    if done.exists() and path.exists() and key_file.exists():
        return folder, bytes.fromhex(key_file.read_text().strip())
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    new = reg.create(path)
    key_file.write_text(new.key.hex())
    key_file.chmod(0o600)
    register = new.register
    today = dt.date(2026, 11, 25)
    now = dt.datetime(2026, 11, 25, 10, 0)
    batch = []
    with database_proxy.atomic():
        for n, card in enumerate(demo.demo_cards(count, today=today), 1):
            batch.append(validate_card(card, today=today))
            if len(batch) == BATCH:
                store.insert_many(batch, now)
                batch.clear()
                if not quiet and n % 100_000 == 0:
                    print(f"  built {n:,} customers ({time.perf_counter() - start:.0f} s)", flush=True)
        if batch:
            store.insert_many(batch, now)
    register.close()
    done.write_text(f"{count} customers, built in {time.perf_counter() - start:.0f} s\n")
    if not quiet:
        print(f"  register of {count:,} built in {time.perf_counter() - start:.0f} s: {path}", flush=True)
    return folder, new.key


if __name__ == "__main__":
    built_register(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
