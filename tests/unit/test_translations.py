"""The window speaks Dutch: every source string has a finished Dutch translation, and the shipped .qm is
built from the .ts as it is now. What the sources ask for is read by pyside6-lupdate itself (self.tr(),
QCoreApplication.translate, QT_TRANSLATE_NOOP), so a new string missing from the .ts fails here."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from etsoft_desk.domain.messages import Msg
from etsoft_desk.resources_path import resource

TS = resource("translations", "etsoft_desk_nl.ts")
QM = resource("translations", "etsoft_desk_nl.qm")


PACKAGE = Path(__file__).resolve().parents[2] / "etsoft_desk"


def messages(ts=TS):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.find("name").text, message


def test_every_message_is_translated():
    unfinished = [(ctx, m.find("source").text) for ctx, m in messages()
                  if m.find("translation").get("type") in ("unfinished",)
                  or not ("".join(m.find("translation").itertext()).strip())]
    assert unfinished == []


def test_every_domain_message_is_in_the_translation_with_its_placeholders():
    translated = {m.find("source").text: m.find("translation").text for ctx, m in messages() if ctx == "messages"}
    for name, template in Msg.all().items():
        assert template in translated, name
        for placeholder in ("{value}", "{path}", "{limit}", "{count}", "{found}", "{known}", "{detail}"):
            assert (placeholder in template) == (placeholder in translated[template]), (name, placeholder)


def test_the_shipped_qm_is_built_from_the_ts(tmp_path):
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"  # what pyside6-lrelease runs
    built = tmp_path / "built.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == Path(QM).read_bytes(), "run: pyside6-lrelease resources/translations/*.ts"


def lupdate():
    import PySide6

    return Path(PySide6.__file__).parent / "lupdate"  # what pyside6-lupdate runs


def not_translated(sources: list[Path], ts: Path, scratch: Path) -> list[tuple[str, str, str]]:
    """(what is wrong, context, source) for each string lupdate finds in ``sources`` that ``ts`` lacks under
    the same context, or has unfinished or empty."""
    found = scratch / "found.ts"
    found.unlink(missing_ok=True)
    subprocess.run([lupdate(), *map(str, sources), "-ts", str(found)], check=True, capture_output=True, timeout=60)
    shipped = {(ctx, m.find("source").text): m for ctx, m in messages(ts)}
    wrong = []
    for ctx, m in messages(found):
        key = (ctx, m.find("source").text)
        have = shipped.get(key)
        if have is None:
            wrong.append(("missing", *key))
        elif have.find("translation").get("type") in ("unfinished", "obsolete", "vanished") \
                or not "".join(have.find("translation").itertext()).strip():
            wrong.append(("unfinished", *key))
    return wrong


def sources_of(package: Path) -> list[Path]:
    return sorted(package.rglob("*.py"))


def test_lupdate_finds_every_string_of_the_sources_translated(tmp_path):
    sources = sources_of(PACKAGE)
    assert not_translated(sources, Path(TS), tmp_path) == []


def test_lupdate_reads_the_window_and_the_messages(tmp_path):
    found = tmp_path / "all.ts"
    subprocess.run([lupdate(), *map(str, sources_of(PACKAGE)), "-ts", str(found)], check=True, capture_output=True)
    contexts = {ctx for ctx, _ in messages(found)}
    assert {"messages", "MainWindow", "Welcome", "CorrectionDialog"} <= contexts
    assert len(list(messages(found))) > 900


@pytest.mark.parametrize("rel, extra, expected", [
    ("ui/history_corrections.py", '\n\nclass Extra(CorrectionDialog):\n    def title(self):\n'
                                  '        return self.tr("A sentence nobody translated")\n',
     ("missing", "Extra", "A sentence nobody translated")),
    ("domain/messages.py", '\nNEW = QT_TRANSLATE_NOOP("messages", "A message nobody translated.")\n',
     ("missing", "messages", "A message nobody translated.")),
    ("ui/unlock.py", '\n\ndef later():\n    return QCoreApplication.translate("Welcome", "Untranslated welcome")\n',
     ("missing", "Welcome", "Untranslated welcome")),
])
def test_the_lupdate_check_catches_a_new_string(tmp_path, rel, extra, expected):
    package = tmp_path / "etsoft_desk"
    shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / rel).write_text((package / rel).read_text() + extra)
    assert not_translated(sources_of(package), Path(TS), tmp_path) == [expected]


def test_the_lupdate_check_catches_an_unfinished_translation(tmp_path):
    text = Path(TS).read_text(encoding="utf-8")
    source = "<source>Correct visit</source>\n        <translation>"
    assert source in text
    broken = tmp_path / "broken.ts"
    broken.write_text(text.replace(source, source[:-1] + ' type="unfinished">'), encoding="utf-8")
    wrong = not_translated(sources_of(PACKAGE), broken, tmp_path)
    assert ("unfinished", "CorrectionDialog", "Correct visit") in wrong
