import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage


def test_screenshot_of_the_demo_window_is_a_real_picture(tmp_path):
    out = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(tmp_path / "none"), "--screenshot",
                          str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 5  # text and lines, not an empty surface
    assert not (tmp_path / "none").exists()  # no register was created where none was asked for
    out.write_bytes(b"old")
    again = subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(tmp_path / "none"), "--overwrite",
                            "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert QImage(str(out)).width() >= 800  # replaced, as asked


def test_screenshot_of_a_locked_register_without_a_key_says_so_instead_of_waiting(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(data), "init"], env=env,
                          capture_output=True, timeout=60).returncode == 0
    run = subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(data), "--screenshot",
                          str(tmp_path / "x.png")], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "no key was given" in run.stderr and not (tmp_path / "x.png").exists()


def test_a_screenshot_never_lands_on_the_registers_files_nor_over_a_file_unasked(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    init = subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(data), "init"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert init.returncode == 0, init.stderr
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    kept = tmp_path / "keep.png"
    kept.write_bytes(b"the owner's own picture")

    def shot(target, *extra):
        return subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(data), *extra,
                               "--screenshot", str(target)], env=env, capture_output=True, text=True, timeout=60)

    for name in ("register.db", "erasure-ledger.jsonl", "register.db-wal"):
        run = shot(data / name)
        assert run.returncode == 1 and "register's own files" in run.stderr and "Traceback" not in run.stderr
    assert {p.name: p.read_bytes() for p in data.iterdir()} == before  # not a byte of the register changed
    refused = shot(kept)
    assert refused.returncode == 1 and "already exists" in refused.stderr
    assert kept.read_bytes() == b"the owner's own picture"
    missing = shot(tmp_path / "nergens" / "x.png")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr and len(missing.stderr.splitlines()) == 1


def test_a_screenshot_run_stores_nothing_of_its_window(tmp_path):
    """The offscreen window is 800 px wide: its geometry kept would shrink the next real window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(tmp_path / "none"), "--screenshot",
                          str(tmp_path / "window.png")], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    config = Path(os.environ["XDG_CONFIG_HOME"])
    kept = [p for p in config.rglob("*") if p.is_file() and b"geometry" in p.read_bytes()]
    assert kept == []


SLOW_WORK = """
import sys, time
from etsoft_desk.ui import tasks
real = tasks.run
def slow_run(parent, work, done, **kw):
    def slow(progress):
        time.sleep(4.0)  # longer than a --screenshot waits for its counts
        result = work(progress)
        print("finished", flush=True)
        return result
    return real(parent, slow, done, **kw)
tasks.run = slow_run
from etsoft_desk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_program_ends_only_once_its_work_in_the_background_is_over(tmp_path):
    """The counts are read in the background after the first paint; a --screenshot (or a quick close) ended the
    program while they ran on, and it crashed (a segmentation fault, 1 run in 20). It now waits for them."""
    out = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    run = subprocess.run([sys.executable, "-X", "faulthandler", "-c", SLOW_WORK, "--data-dir",
                          str(tmp_path / "none"), "--screenshot", str(out)], env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.split().count("finished") >= 2, run.stdout  # the count and the to-do bar's counts
    assert QImage(str(out)).width() >= 800
