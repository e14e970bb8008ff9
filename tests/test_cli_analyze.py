"""`newsreader analyze PATH... [--format json|jsonl]`: output, and every kind of bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.cli.newsreader import main
from tui.export.validate import annotations_errors
from tui.ingest import CONTROL, load
from tui.resources import SAMPLE_ARTICLE

VENV_BIN = Path(sys.executable).parent
NEWSREADER = VENV_BIN / "newsreader"
GOOD = "Budget talks\n“We will not sign this,” said Senator Jane Doe.\nTalks resume Monday.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"


def run(*args: str, exe: list[str] | None = None) -> subprocess.CompletedProcess:
    cmd = (exe or [str(NEWSREADER)]) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=60)


@pytest.fixture
def files(tmp_path):
    def make(name: str, data: bytes | str) -> str:
        p = tmp_path / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return str(p)
    return make


def assert_clean_error(stderr: str, *names: str):
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == len(names), stderr
    for line, name in zip(lines, names):
        assert line.startswith("newsreader: ") and name in line


# --- good input --------------------------------------------------------------------


@pytest.mark.skipif(not NEWSREADER.exists(), reason="console script not installed in this venv")
def test_console_script_json_is_one_indented_object():
    r = run("analyze", str(SAMPLE_ARTICLE))
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    assert r.stdout.startswith("{\n  \"schema\": \"newsreader.annotations/1\"")
    data = json.loads(r.stdout)
    assert data["text"] == SAMPLE_ARTICLE.read_text(encoding="utf-8")
    assert data["source"]["title"] == "Gaza truce talks"
    assert data["quotes"], "the seed has quotations"


def test_python_dash_m_tui_analyze_works():
    r = run("-m", "tui", "analyze", "--format", "jsonl", str(SAMPLE_ARTICLE), exe=[sys.executable])
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 1
    assert json.loads(r.stdout)["source"]["path"] == str(SAMPLE_ARTICLE)


def test_json_default_format_in_process(files, capsys):
    path = files("budget.txt", GOOD)
    assert main(["analyze", path]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert data["source"]["path"] == path
    assert data["source"]["title"] == "Budget talks"
    assert [q["text"] for q in data["quotes"]] == ["We will not sign this"]
    assert "\n  " in out  # indented


def test_non_ascii_is_written_as_is(files, capsys):
    assert main(["analyze", files("a.txt", GOOD)]) == 0
    out = capsys.readouterr().out
    assert "“We will not sign this,”" in out and "\\u201c" not in out


# What a scraped article can carry: a screen clear, an OSC 52 clipboard write, a bell,
# DEL, a C1 control and a bidi override.
CONTROLS = "\x1b[2J\x1b]52;c;SGVsbG8=\x07\x7f\x83\u202e"


def spans_of(node):
    """Every object with start/end/text under node (quotes, speakers, cues, mentions…)."""
    if isinstance(node, list):
        for item in node:
            yield from spans_of(item)
    elif isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys():
            yield node
        for value in node.values():
            yield from spans_of(value)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_text_is_the_file_with_its_controls_escaped(files, capsys, fmt):
    body = f"Budget talks\r\n“We will not {CONTROLS}sign this,” said Senator Jane Doe.\nTalks resume.\n"
    assert main(["analyze", "--format", fmt, files("c.txt", body)]) == 0
    out = capsys.readouterr().out
    assert CONTROL.search(out) is None  # nothing reaches the terminal raw
    data = json.loads(out)
    text = body.replace("\r\n", "\n")
    assert data["text"] == text  # as decoded, so offsets and texts match the file
    spans = [s for key in ("parties", "outlets", "quotes", "demands") for s in spans_of(data[key])]
    assert spans and all(s["text"] == text[s["start"]:s["end"]] for s in spans)
    assert [q["text"] for q in data["quotes"]] == [f"We will not {CONTROLS}sign this"]
    assert data["quotes"][0]["speaker"]["name"] == "Jane Doe"
    assert annotations_errors(data) == []


def test_the_model_keeps_the_controls_replaced(files):
    body = f"Budget talks\n“We will not {CONTROLS}sign this,” said Senator Jane Doe.\n"
    ann = analyze(load(files("c.txt", body)))
    assert CONTROL.search(ann.text) is None and len(ann.text) == len(body)
    assert CONTROL.search(ann.quotes[0].text) is None


def test_jsonl_one_line_per_path_in_order(files, capsys):
    paths = [files("b.txt", GOOD), files("a.md", "# Head\n\nSome *text*.\n"), files("c.txt", "Third.\n")]
    assert main(["analyze", "--format", "jsonl", *paths]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["source"]["path"] for line in lines] == paths
    assert json.loads(lines[1])["text"] == "Head\n\nSome text."


def test_format_json_with_two_paths_is_an_error(files, capsys):
    a, b = files("a.txt", GOOD), files("b.txt", GOOD)
    assert main(["analyze", "--format", "json", a, b]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("newsreader: ") and "jsonl" in err and len(err.splitlines()) == 1


def test_default_format_with_two_paths_is_an_error(files, capsys):
    assert main(["analyze", files("a.txt", GOOD), files("b.txt", GOOD)]) == 2
    assert capsys.readouterr().out == ""


def test_legacy_encoding_notice_on_stderr_still_exit_0(files):
    path = files("cafe.txt", "“Le café est fermé,” dit José.\nC’était déjà tard.\n".encode("cp1252"))
    r = run("-m", "tui", "analyze", path, exe=[sys.executable])
    assert r.returncode == 0
    assert r.stderr.strip() == f"newsreader: {path}: decoded as cp1252"
    data = json.loads(r.stdout)
    assert data["source"]["encoding"] == "cp1252"
    assert data["text"].startswith("“Le café est fermé,” dit José.")


# --- bad input ----------------------------------------------------------------------

BAD = {
    "zero-bytes": b"",
    "whitespace-only": b"  \n\n\t \r\n",
    "png": PNG,
    "nul-bytes": b"Some words\x00\x00\x00 then binary",
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_file_in_json_mode(files, capsys, kind):
    path = files(f"{kind}.txt", BAD[kind])
    assert main(["analyze", path]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_clean_error(err, path)


def test_missing_file(tmp_path, capsys):
    path = str(tmp_path / "does-not-exist.txt")
    assert main(["analyze", path]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_clean_error(err, path)
    assert "no such file" in err


def test_directory_path(tmp_path, capsys):
    assert main(["analyze", str(tmp_path)]) == 2
    assert_clean_error(capsys.readouterr().err, str(tmp_path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read chmod 000 files")
def test_unreadable_file(files, capsys):
    path = files("secret.txt", GOOD)
    os.chmod(path, 0)
    try:
        assert main(["analyze", path]) == 2
    finally:
        os.chmod(path, 0o644)
    assert_clean_error(capsys.readouterr().err, path)


def test_jsonl_keeps_going_past_bad_files(files, tmp_path):
    good1, good2 = files("one.txt", GOOD), files("two.txt", "Second article.\n")
    empty, png, ws = files("empty.txt", b""), files("img.txt", PNG), files("ws.txt", b" \n ")
    missing, directory = str(tmp_path / "gone.txt"), str(tmp_path)
    r = run("-m", "tui", "analyze", "--format", "jsonl",
            missing, good1, empty, png, directory, ws, good2, exe=[sys.executable])
    assert r.returncode == 2
    assert [json.loads(line)["source"]["path"] for line in r.stdout.splitlines()] == [good1, good2]
    assert_clean_error(r.stderr, missing, empty, png, directory, ws)


@pytest.mark.skipif(not NEWSREADER.exists(), reason="console script not installed in this venv")
@pytest.mark.parametrize("kind", ["zero-bytes", "png"])
def test_console_script_bad_input_exit_status(files, kind):
    path = files(f"{kind}.txt", BAD[kind])
    r = run("analyze", path)
    assert r.returncode == 2
    assert r.stdout == ""
    assert_clean_error(r.stderr, path)


def test_no_paths_is_a_usage_error(capsys):
    assert main(["analyze"]) == 2
    err = capsys.readouterr().err
    assert err == ("newsreader analyze: give at least one PATH, or --input SOURCE "
                   "(see `newsreader analyze -h`)\n")


def test_unknown_format_is_a_usage_error(files, capsys):
    assert main(["analyze", "--format", "xml", files("a.txt", GOOD)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "invalid choice: 'xml'" in err


def test_broken_pipe_is_not_a_traceback(files):
    # `newsreader analyze --format jsonl many files | head -1`
    paths = [files(f"a{i}.txt", GOOD * 50) for i in range(30)]
    proc = subprocess.Popen([sys.executable, "-m", "tui", "analyze", "--format", "jsonl", *paths],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err
