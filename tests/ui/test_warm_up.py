"""Issue 14: the card's and the dialogs' modules are imported in the thread pool a while after the window opens,
so a first click does not wait for a module tree."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys, time
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from etsoft_desk.ui import warm_up
app = QApplication([])
window = QWidget()
window.show()
warm_up.warm_up_later(window, ms=10)
print(sorted(m for m in warm_up.MODULES if m in sys.modules))
end = time.monotonic() + 20
while time.monotonic() < end and not all(m in sys.modules for m in warm_up.MODULES):
    app.processEvents()
QThreadPool.globalInstance().waitForDone()
print(sorted(m for m in warm_up.MODULES if m not in sys.modules))
"""


def test_the_modules_of_the_first_clicks_are_imported_once_the_window_is_up():
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT,
                         timeout=60)
    before, missing = out.stdout.strip().splitlines()[-2:]
    assert before == "[]"  # nothing of it at start
    assert missing == "[]", out.stderr[-2000:]  # every one imported, none misnamed
