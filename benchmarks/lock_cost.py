"""What the register-wide lock (services/register_lock.py) adds to an opening.

    python benchmarks/lock_cost.py [--runs 2000]

Makes an empty register in a temporary folder, then times: the shared lock taken and released on its own
(the median of --runs), a whole open_with_key + close of that register (the median of 20, for scale), and how
long a refused request takes while another holder has it exclusively. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etsoft_desk.domain.errors import UserError  # noqa: E402
from etsoft_desk.services import register as reg  # noqa: E402
from etsoft_desk.services.register_lock import RegisterLock  # noqa: E402


def timed(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / reg.REGISTER_FILE
        new = reg.create(path)
        new.register.close()
        lock = timed(lambda: RegisterLock.shared(path).release(), runs)
        opening = timed(lambda: reg.open_with_key(path, new.key).close(), 20)
        holder = RegisterLock.exclusive(path)
        start = time.perf_counter()
        try:
            RegisterLock.shared(path, wait=0.0)
        except UserError:
            refused = time.perf_counter() - start
        finally:
            holder.release()
    print(f"shared lock taken and released: {lock * 1e6:.1f} µs (median of {runs})")
    print(f"open_with_key + close of an empty register: {opening * 1e3:.1f} ms (median of 20)")
    print(f"an opening refused while a restore holds the lock (no wait): {refused * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
