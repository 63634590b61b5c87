"""run.py's start-up figure on the cached register of N fictitious customers (run.py builds its own by an
import; this one reuses benchmarks/scale_register.py's).

    python benchmarks/scale_startup.py [--customers 100000] [--runs 11]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import run  # noqa: E402
from scale_register import built_register  # noqa: E402

from etsoft_desk.services import register as reg  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--compile-each-start", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE if set: each start compiles every module from source")
    args = parser.parse_args()
    folder, key = built_register(args.customers)
    with tempfile.TemporaryDirectory(prefix="etsoft-start-") as tmp:
        work = Path(tmp)
        shutil.copytree(folder, work / "data")
        if not args.compile_each_start and os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
            # An installed program starts from compiled modules; this checkout has none. Compiled once, here,
            # outside the checkout (the first of the interleaved runs pays for it; the median does not).
            os.environ["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
            print("(modules compiled once into a cache folder of this run: PYTHONDONTWRITEBYTECODE was set)")
        print(f"start-up at {args.customers:,} fictitious customers ({args.runs} runs each, interleaved)", flush=True)
        run.bench_startup(reg.register_path(work / "data"), key, work, runs=args.runs)


if __name__ == "__main__":
    main()
