"""Proof before the act: the shred confirmation is made before the erasure commits and kept inside the register
with it, so a print or save that fails afterwards never loses it; `document ID -o` prints it again."""

from __future__ import annotations

import json

from pypdf import PdfReader

from etsoft_desk.__main__ import main
from etsoft_desk.services import outputs
from etsoft_desk.store import database
from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture: a register with Anna and Bert)

ANNA = ("Anna", "Zwart", "anna@example.com", "12345678")


def in_process(monkeypatch, capsys, data, key, *args):
    monkeypatch.setenv("ETSOFT_DESK_DATA", str(data))
    monkeypatch.setenv("ETSOFT_DESK_KEY", key)
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def kept(data, key):
    listed = etsoft("document", "list", "--json", data_dir=data, key=key)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_the_shred_confirmation_is_kept_and_prints_again_without_the_erased_values(keyed, tmp_path):  # noqa: F811
    data, key = keyed
    erased = etsoft("erase", "1", "--yes", "--by", "JV", "-o", str(tmp_path / "s.pdf"), data_dir=data, key=key)
    assert erased.returncode == 0, erased.stderr
    [document] = kept(data, key)
    assert document["kind"] == "shred_confirmation" and document["id"] in erased.stdout
    again = etsoft("document", document["id"], "-o", str(tmp_path / "again.pdf"), data_dir=data, key=key)
    assert again.returncode == 0 and "written to" in again.stdout
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "s.pdf").read_bytes()
    text = PdfReader(str(tmp_path / "again.pdf")).pages[0].extract_text()
    assert document["id"] in text and not any(value in text for value in ANNA)
    refused = etsoft("document", document["id"], "-o", str(tmp_path / "again.pdf"), data_dir=data, key=key)
    assert refused.returncode == 1 and "already exists" in refused.stderr
    unknown = etsoft("document", "VV-DEADBEEF", "-o", str(tmp_path / "x.pdf"), data_dir=data, key=key)
    assert unknown.returncode == 1 and "no kept document" in unknown.stderr and "Traceback" not in unknown.stderr


def test_a_save_that_fails_after_the_erasure_says_the_proof_is_kept(keyed, tmp_path, monkeypatch, capsys):  # noqa: F811
    data, key = keyed
    real_write = outputs.write

    def disk_full(path, data, **kw):
        raise outputs.as_user_error(OSError(28, "No space left on device"), path)
    monkeypatch.setattr(outputs, "write", disk_full)
    code, out, err = in_process(monkeypatch, capsys, data, key, "erase", "1", "--yes", "--by", "JV",
                                "-o", str(tmp_path / "s.pdf"))
    monkeypatch.setattr(outputs, "write", real_write)
    assert code == 1 and "Traceback" not in err
    assert "the disk is full" in err and "kept in the register" in err and "etsoft-desk document VV-" in err
    assert not (tmp_path / "s.pdf").exists()
    assert "Anna" not in etsoft("list", data_dir=data, key=key).stdout  # the erasure itself is done
    [document] = kept(data, key)
    assert document["id"] in err
    again = etsoft("document", document["id"], "-o", str(tmp_path / "s.pdf"), data_dir=data, key=key)
    assert again.returncode == 0 and PdfReader(str(tmp_path / "s.pdf")).pages[0].extract_text()


def test_an_erasure_still_finishing_is_not_reported_done(keyed, tmp_path, monkeypatch, capsys):  # noqa: F811
    data, key = keyed
    monkeypatch.setattr(database, "checkpoint", lambda db: False)  # another connection keeps reading
    code, out, err = in_process(monkeypatch, capsys, data, key, "erase", "1", "--yes", "--by", "JV",
                                "-o", str(tmp_path / "s.pdf"))
    monkeypatch.undo()
    assert code == 1 and "still in progress" in err and "etsoft-desk document VV-" in err
    assert "erased" not in out and not (tmp_path / "s.pdf").exists()
    [document] = kept(data, key)
    assert document["id"] in err


def test_retention_run_and_destruction_confirmations_are_kept_too(keyed, tmp_path):  # noqa: F811
    data, key = keyed
    destroyed = etsoft("destroyed", "paper", "werkbonnen 2019", "--method", "versnipperd", "--by", "JV",
                       "-o", str(tmp_path / "d.pdf"), data_dir=data, key=key)
    assert destroyed.returncode == 0, destroyed.stderr
    run = etsoft("retention", "run", "--by", "JV", "-o", str(tmp_path / "r.pdf"), data_dir=data, key=key)
    assert run.returncode == 0, run.stderr
    kinds = {d["kind"]: d["id"] for d in kept(data, key)}
    assert set(kinds) == {"destruction", "retention_run"} and kinds["destruction"] in destroyed.stdout
    listed = etsoft("document", "list", data_dir=data, key=key)
    assert kinds["retention_run"] in listed.stdout and "retention_run" in listed.stdout
    again = etsoft("document", kinds["retention_run"], "-o", str(tmp_path / "r2.pdf"), data_dir=data, key=key)
    assert again.returncode == 0 and (tmp_path / "r2.pdf").read_bytes() == (tmp_path / "r.pdf").read_bytes()
