"""Outputs never destroy anything: the one writer refuses the register's own files, an existing file unasked, a
folder and a missing folder; it writes atomically; a failure is one sentence and leaves no partial file."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess

import pytest

from etsoft_desk.domain.errors import UserError
from etsoft_desk.domain.messages import Msg
from etsoft_desk.services import outputs
from tests.unit.test_cli import etsoft, keyed  # noqa: F401  (the fixture: a register with Anna and Bert)

REGISTER_FILES = ["register.db", "register.db-wal", "register.db-shm", "erasure-ledger.jsonl"]


@contextlib.contextmanager
def read_only(folder):
    """A folder nobody may write in, root included (the tests run as root in CI: chattr +i)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a read-only folder here")
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def erasure_lines(data) -> list[str]:
    """The ledger's erasure lines (the file also holds the audit chain's anchors)."""
    ledger = data / "erasure-ledger.jsonl"
    lines = ledger.read_text(encoding="utf-8").splitlines() if ledger.exists() else []
    return [line for line in lines if '"kind": "erasure"' in line or '"kind":"erasure"' in line]


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(outputs.TEMP_PREFIX))


# --- the writer itself ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", REGISTER_FILES + ["register.db-journal", "etsoft-desk-backup-x.db.partial",
                                                   "register.db.restoring", "register.db.set-aside-20261125"])
def test_the_registers_own_files_are_refused_and_left_as_they_were(tmp_path, name):
    target = tmp_path / name
    target.write_bytes(b"the register")
    for overwrite in (False, True):
        with pytest.raises(UserError) as err:
            outputs.write(target, b"%PDF a report", overwrite=overwrite)
        assert err.value.template == Msg.OUTPUT_IS_REGISTER_FILE
    assert target.read_bytes() == b"the register" and leftovers(tmp_path) == []


def test_a_symlink_to_the_register_is_the_register(tmp_path):
    (tmp_path / "register.db").write_bytes(b"the register")
    link = tmp_path / "rapport.pdf"
    link.symlink_to(tmp_path / "register.db")
    with pytest.raises(UserError) as err:
        outputs.write(link, b"%PDF", overwrite=True)
    assert err.value.template == Msg.OUTPUT_IS_REGISTER_FILE
    assert (tmp_path / "register.db").read_bytes() == b"the register"


def test_a_file_merely_named_after_the_register_is_the_owners(tmp_path):
    """register.db.zip or register.db.pdf beside it are files the owner names, not the register's."""
    for name in ("register.db.zip", "register.db.pdf"):
        outputs.write(tmp_path / name, b"%PDF")
        assert (tmp_path / name).read_bytes() == b"%PDF"


def test_the_same_file_for_two_outputs_is_one_sentence(keyed, tmp_path):  # noqa: F811
    data, key = keyed
    same = str(tmp_path / "same.pdf")
    run = etsoft("erase", "1", "--yes", "--by", "JV", "-o", same, "--notices", same, data_dir=data, key=key)
    assert run.returncode == 1 and "Two outputs are named" in run.stderr and "already exists" not in run.stderr
    assert not (tmp_path / "same.pdf").exists()


def test_an_existing_file_is_replaced_only_when_the_owner_said_so(tmp_path):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"yesterday's")
    with pytest.raises(UserError) as err:
        outputs.write(target, b"today's")
    assert err.value.template == Msg.OUTPUT_EXISTS and target.read_bytes() == b"yesterday's"
    outputs.write(target, b"today's", overwrite=True)
    assert target.read_bytes() == b"today's" and leftovers(tmp_path) == []


def test_a_folder_a_missing_folder_and_a_name_too_long_are_one_sentence_each(tmp_path):
    cases = [(tmp_path, Msg.OUTPUT_IS_FOLDER), (tmp_path / "nergens" / "x.pdf", Msg.OUTPUT_FOLDER_MISSING),
             (tmp_path / ("x" * 300 + ".pdf"), Msg.OUTPUT_NAME_TOO_LONG)]
    for path, template in cases:
        with pytest.raises(UserError) as err:
            outputs.write(path, b"%PDF")
        assert err.value.template == template, path
    assert not (tmp_path / "nergens").exists() and leftovers(tmp_path) == []


def test_a_read_only_folder_is_one_sentence_and_nothing_is_left(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    with read_only(folder):
        with pytest.raises(UserError) as err:
            outputs.write(folder / "x.pdf", b"%PDF")
        assert err.value.template == Msg.OUTPUT_NOT_ALLOWED
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("code, template", [(errno.ENOSPC, Msg.OUTPUT_DISK_FULL), (errno.EROFS, Msg.OUTPUT_NOT_ALLOWED),
                                            (errno.EIO, Msg.OUTPUT_FAILED)])
def test_a_write_that_fails_halfway_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch, code, template):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"the old one")

    def failing(fd):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(UserError) as err:
        outputs.write(target, b"%PDF new", overwrite=True)
    assert err.value.template == template and str(target) in str(err.value)
    assert target.read_bytes() == b"the old one" and leftovers(tmp_path) == []


# --- every output command -------------------------------------------------------------------------------------
def output_commands(folder):
    """Each command that writes a file at the owner's request, with the path it writes to."""
    return [
        lambda p: ["report", "access", "1", "-o", p],
        lambda p: ["report", "processing", "-o", p],
        lambda p: ["report", "access", "--no-data-for", "Piet Puk", "-o", p],
        lambda p: ["export", "1", "-o", p],
        lambda p: ["consent", "1", "--receipt", p],
        lambda p: ["erase", "1", "--yes", "-o", p],
        lambda p: ["erase", "1", "--yes", "--notices", p],
        lambda p: ["request", "letter", "1", "-o", p],
        lambda p: ["retention", "run", "-o", p],
        lambda p: ["destroyed", "paper", "werkbonnen 2019", "--method", "versnipperd", "-o", p],
        lambda p: ["rekey", "--recovery-sheet", p],
        lambda p: ["document", "VV-00000000", "-o", p],
        lambda p: ["marketing", "email", "-o", p],
        lambda p: ["shared-with", "1", "-o", p],
        lambda p: ["restrict", "1", "--lift", "-o", p],
    ]


def test_every_output_command_refuses_each_register_file_and_the_register_keeps_its_data(keyed):  # noqa: F811
    data, key = keyed
    erase = etsoft("erase", "2", "--yes", "--by", "JV", data_dir=data, key=key)  # Bert: so that a ledger exists
    assert erase.returncode == 0, erase.stderr
    before = {name: (data / name).read_bytes() for name in REGISTER_FILES if (data / name).exists()}
    assert "erasure-ledger.jsonl" in before
    for command in output_commands(data):
        for name in REGISTER_FILES:
            args = command(str(data / name)) + ["--overwrite"]
            args += [] if args[0] in ("rekey", "document") else ["--by", "JV"]
            run = etsoft(*args, data_dir=data, key=key)
            assert run.returncode == 1, (command(name), run.stdout, run.stderr)
            assert "one of the register's own files" in run.stderr and "Traceback" not in run.stderr, run.stderr
            assert len(run.stderr.strip().splitlines()) == 1
    after = {name: (data / name).read_bytes() for name in REGISTER_FILES if (data / name).exists()}
    assert after == before  # not a byte changed: nothing was even opened for writing
    listed = etsoft("list", data_dir=data, key=key)
    assert listed.returncode == 0 and "Anna" in listed.stdout  # not erased by the refused erase


def test_an_existing_file_is_refused_without_overwrite_and_replaced_with_it(keyed, tmp_path):  # noqa: F811
    data, key = keyed
    target = tmp_path / "art30.pdf"
    target.write_bytes(b"keep me")
    refused = etsoft("report", "processing", "-o", str(target), data_dir=data, key=key)
    assert refused.returncode == 1 and "already exists" in refused.stderr and "--overwrite" in refused.stderr
    assert target.read_bytes() == b"keep me"
    erase = etsoft("erase", "1", "--yes", "--by", "JV", "-o", str(target), data_dir=data, key=key)
    assert erase.returncode == 1 and "already exists" in erase.stderr
    assert "Anna" in etsoft("list", data_dir=data, key=key).stdout  # a refused output erases nothing
    replaced = etsoft("report", "processing", "-o", str(target), "--overwrite", "--by", "JV", data_dir=data,
                      key=key)
    assert replaced.returncode == 0, replaced.stderr
    assert target.read_bytes().startswith(b"%PDF") and leftovers(tmp_path) == []


def test_a_missing_or_read_only_folder_is_one_sentence_and_erases_nothing(keyed, tmp_path):  # noqa: F811
    data, key = keyed
    missing = etsoft("erase", "1", "--yes", "--by", "JV", "-o", str(tmp_path / "nergens" / "s.pdf"), data_dir=data, key=key)
    assert missing.returncode == 1 and "does not exist" in missing.stderr and "Traceback" not in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert not erasure_lines(data)  # not even the ledger line: nothing was started
    folder = tmp_path / "stick"
    folder.mkdir()
    with read_only(folder):
        for command in (["erase", "1", "--yes", "--by", "JV", "-o"], ["erase", "1", "--yes", "--by", "JV", "--notices"], ["export", "1", "-o"],
                        ["report", "processing", "-o"]):
            path = str(folder / ("x.json" if command[0] == "export" else "x.pdf"))
            run = etsoft(*command, path, data_dir=data, key=key)
            assert run.returncode == 1 and "read-only" in run.stderr and "Traceback" not in run.stderr, run.stderr
        assert list(folder.iterdir()) == []
    assert "Anna" in etsoft("list", data_dir=data, key=key).stdout


def test_init_with_a_refused_sheet_creates_no_register(tmp_path):
    (tmp_path / "sheet.pdf").write_bytes(b"an old sheet")
    run = etsoft("init", "--recovery-sheet", str(tmp_path / "sheet.pdf"), data_dir=tmp_path / "data")
    assert run.returncode == 1 and "already exists" in run.stderr
    assert not (tmp_path / "data" / "register.db").exists() and (tmp_path / "sheet.pdf").read_bytes() == b"an old sheet"
