"""The window speaks Dutch: every source string has a finished Dutch translation, and the shipped .qm is
built from the .ts as it is now."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from etsoft_desk.domain.messages import Msg
from etsoft_desk.resources_path import resource

TS = resource("translations", "etsoft_desk_nl.ts")
QM = resource("translations", "etsoft_desk_nl.qm")


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
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
