import os
import subprocess
import sys

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


def test_screenshot_of_a_locked_register_without_a_key_says_so_instead_of_waiting(tmp_path):
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(data), "init"], env=env,
                          capture_output=True, timeout=60).returncode == 0
    run = subprocess.run([sys.executable, "-m", "etsoft_desk", "--data-dir", str(data), "--screenshot",
                          str(tmp_path / "x.png")], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "no key was given" in run.stderr and not (tmp_path / "x.png").exists()
