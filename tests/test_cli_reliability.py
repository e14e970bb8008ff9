"""Hostile inputs and outputs on the command line (issue 16): FIFOs and devices, files
too large, directories we may not search, a full disk. Each is one line, never a
traceback or a hang."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_notes_fixtures import build
from tui.cli.newsreader import main, run_reader
from tui.notes.store import NoteStore

GOOD = "Budget talks\n“We will not sign this,” said Senator Jane Doe.\nTalks resume Monday.\n"


def run(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=60)


def one_line(err: str, *names: str) -> str:
    assert "Traceback" not in err and "Exception ignored" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == max(len(names), 1), err
    for line, name in zip(lines, names):
        assert line.startswith("newsreader") and name in line, err
    return err


@pytest.fixture
def good(tmp_path) -> str:
    p = tmp_path / "good.txt"
    p.write_text(GOOD)
    return str(p)


def no_launch(*args, **kwargs):
    raise AssertionError("the reader must not start")


# ---------------------------------------------------------------- #8 only regular files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_and_endless_devices_are_refused_and_the_batch_goes_on(tmp_path, good):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = run("analyze", "--format", "jsonl", str(fifo), "/dev/zero", good)
    assert r.returncode == 2
    assert [json.loads(line)["source"]["path"] for line in r.stdout.splitlines()] == [good]
    assert "not a regular file" in one_line(r.stderr, str(fifo), "/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs")
def test_fifo_is_refused_by_export_and_the_reader(tmp_path, capsys):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = run("export", str(fifo), "--format", "json", "-o", "-")
    assert r.returncode == 2 and r.stdout == ""
    one_line(r.stderr, str(fifo))
    assert run_reader([str(fifo)], launch=no_launch) == 2  # O_NONBLOCK: no hang in process
    one_line(capsys.readouterr().err, str(fifo))


# ---------------------------------------------------------------- #9 size limit


@pytest.fixture
def big(tmp_path) -> str:
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.truncate(21 * 2**20)  # sparse: costs no disk, and is never read
    return str(p)


def test_files_over_the_default_limit_are_refused(big, capsys, tmp_path):
    assert main(["analyze", big]) == 2
    assert "larger than 20 MB" in one_line(capsys.readouterr().err, big)
    assert main(["export", big, "--format", "json", "-o", str(tmp_path / "x.json")]) == 2
    assert "larger than 20 MB" in one_line(capsys.readouterr().err, big)
    assert not (tmp_path / "x.json").exists()
    assert run_reader([big], launch=no_launch) == 2
    assert "--max-mb" in one_line(capsys.readouterr().err, big)


def test_max_mb_sets_the_limit(good, capsys):
    assert main(["analyze", "--max-mb", "0.00001", good]) == 2
    assert "larger than 1e-05 MB" in one_line(capsys.readouterr().err, good)
    assert main(["analyze", "--max-mb", "1", good]) == 0
    assert main(["analyze", "--max-mb", "-3", good]) == 2  # a usage error: one line
    assert "positive number" in one_line(capsys.readouterr().err)
    assert main(["export", good, "--format", "json", "--max-mb", "nan", "-o", "-"]) == 2
    assert "--max-mb" in one_line(capsys.readouterr().err)


# ---------------------------------------------------------------- #10 unsearchable directories


@pytest.fixture
def locked(tmp_path, monkeypatch) -> Path:
    """A directory we may not search: stat and open of anything under it are refused
    (as for a non-root user; root passes permission checks, so the calls are faked)."""
    d = tmp_path / "locked"
    d.mkdir()
    (d / "a.txt").write_text(GOOD)
    real_stat, real_open = os.stat, os.open

    def denied(path) -> bool:
        return isinstance(path, (str, os.PathLike)) and str(d) + os.sep in os.fspath(path)

    def stat(path, *args, **kwargs):
        if denied(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    def open_(path, *args, **kwargs):
        if denied(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "open", open_)
    return d


def test_article_in_an_unsearchable_directory_is_one_line(locked, capsys, tmp_path):
    path = str(locked / "a.txt")
    assert main(["analyze", path]) == 2
    assert "Permission denied" in one_line(capsys.readouterr().err, path)
    assert main(["export", path, "--format", "json", "-o", str(tmp_path / "x.json")]) == 2
    one_line(capsys.readouterr().err, path)
    assert run_reader([path], launch=no_launch) == 2
    one_line(capsys.readouterr().err, path)


def test_output_in_an_unsearchable_directory_is_one_line(locked, capsys, good):
    out = str(locked / "sub" / "x.json")
    assert main(["export", good, "--format", "json", "-o", out, "--no-notes"]) == 2
    assert "Permission denied" in one_line(capsys.readouterr().err, out)


def test_notes_in_an_unsearchable_directory(locked, capsys, good):
    notes = locked / "notes"
    assert main(["export", good, "--format", "json", "-o", "-", "--notes", str(notes)]) == 2
    assert "--no-notes" in one_line(capsys.readouterr().err, str(notes))
    store = NoteStore.open(build(), notes)  # the reader: opens, read-only, and says why
    assert store.readonly and "cannot use the notes directory" in store.problem


# ---------------------------------------------------------------- #11 a full disk


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("args", [["analyze"], ["analyze", "--format", "jsonl"],
                                  ["export", "--format", "json", "-o", "-", "--no-notes"]])
def test_full_disk_on_stdout_is_one_line_and_non_zero(good, args):
    with open("/dev/full", "w") as full:
        r = run(args[0], good, *args[1:], stdout=full)
    assert r.returncode != 0
    assert "No space left on device" in one_line(r.stderr, "standard output")


# ---------------------------------------------------------------- untrusted names in messages


def test_file_names_in_messages_carry_no_control_characters(tmp_path, capsys):
    name = str(tmp_path / "evil\x1b]0;pwned\x07\nnewsreader: fake.txt")
    assert main(["analyze", name]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and err.count("\n") == 1
    assert main(["export", name, "--format", "json", "-o", "-"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and err.count("\n") == 1
