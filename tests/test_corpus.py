"""Corpora: `analyze --jobs`, `--input` (JSONL, stdin, a directory), the progress bar,
and the pool's order, streaming and failures (tui.corpus)."""
from __future__ import annotations

import itertools
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

import corpus_faults
from tui.cli.newsreader import main
from tui.corpus import FileItem, Options, RecordItem, iter_items, run
from tui.corpus import pool as pool_mod
from tui.export.validate import annotations_errors
from tui.resources import SAMPLE_ARTICLE

GOOD = "Budget talks\n“We will not sign this,” said Senator Jane Doe.\nTalks resume Monday.\n"


def article(i: int) -> str:
    return (f"Talks round {i}\n“We want a ceasefire now,” said Minister Ada Vance{i}.\n"
            f"The opposition said it would “never accept round {i}” of the plan.\n")


def record(i: int, **extra) -> str:
    return json.dumps({"text": article(i), **extra}, ensure_ascii=False) + "\n"


def run_cli(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture
def corpus(tmp_path):
    """A JSONL corpus of n articles; returns its path."""
    def make(n: int, name: str = "corpus.jsonl", lines: list[str] | None = None) -> str:
        p = tmp_path / name
        p.write_text("".join(lines if lines is not None else (record(i, id=f"a{i}") for i in range(n))),
                     encoding="utf-8")
        return str(p)
    return make


# --- the same bytes --------------------------------------------------------------------


def test_jobs_2_writes_the_bytes_of_jobs_1(tmp_path, capsys):
    paths = []
    for i in range(12):
        p = tmp_path / f"{i:02}.{'md' if i % 3 == 0 else 'txt'}"
        body = article(i) * (40 if i == 1 else 1)  # a long one early: finishes last
        p.write_text(("# " + body) if p.suffix == ".md" else body, encoding="utf-8")
        paths.append(str(p))
    assert main(["analyze", "--format", "jsonl", "--jobs", "1", *paths]) == 0
    serial = capsys.readouterr()
    assert main(["analyze", "--format", "jsonl", "--jobs", "2", *paths]) == 0
    pooled = capsys.readouterr()
    assert pooled.out == serial.out and pooled.err == serial.err == ""
    assert [json.loads(line)["source"]["path"] for line in pooled.out.splitlines()] == paths


def test_one_path_json_is_unchanged_by_jobs(capsys):
    assert main(["analyze", str(SAMPLE_ARTICLE)]) == 0
    default = capsys.readouterr().out
    assert main(["analyze", "--jobs", "2", str(SAMPLE_ARTICLE)]) == 0
    assert capsys.readouterr().out == default
    assert default.startswith("{\n  \"schema\"")


def test_run_keeps_input_order_over_the_pool():
    items = [RecordItem(record(i, id=str(i)).encode(), f"c:{i}") for i in range(40)]
    results = list(run(items, Options(), jobs=2))
    assert [json.loads(r.out)["source"]["id"] for r in results] == [str(i) for i in range(40)]
    assert all(not r.failed and r.words > 10 for r in results)


def test_the_pool_streams_reading_only_a_window_ahead():
    pulled = 0

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield RecordItem(record(i % 7).encode(), f"c:{i}")

    results = run(endless(), Options(), jobs=2)
    try:
        got = list(itertools.islice(results, 30))
    finally:
        results.close()
    assert len(got) == 30
    window = 2 * pool_mod.WINDOW_PER_JOB * pool_mod.BATCH_ITEMS
    assert pulled <= 30 + window + pool_mod.BATCH_ITEMS  # never the whole (endless) corpus


# --- input -----------------------------------------------------------------------------


def test_input_jsonl_fields_reach_the_source(corpus, capsys):
    path = corpus(0, lines=[record(1, id=7, title="Given title", url="https://example.org/a",
                                   date="2016-09-12"),
                            "\n", record(2)])
    assert main(["analyze", "--input", path, "--jobs", "1"]) == 0  # jsonl by default
    lines = capsys.readouterr().out.splitlines()
    first, second = (json.loads(line) for line in lines)
    assert first["source"] == {**first["source"], "path": f"{path}:1", "id": "7", "title": "Given title",
                               "url": "https://example.org/a", "date": "2016-09-12"}
    assert second["source"]["path"] == f"{path}:3"  # blank line 2 is skipped, still counted
    assert "id" not in second["source"] and second["source"]["title"] == "Talks round 2"
    assert annotations_errors(first) == [] and annotations_errors(second) == []


def test_stdin_input(corpus):
    lines = "".join(record(i, id=f"s{i}") for i in range(6))
    r = run_cli("analyze", "--input", "-", "--jobs", "2", stdin=lines)
    assert r.returncode == 0, r.stderr
    assert r.stderr == ""
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    assert [d["source"]["id"] for d in docs] == [f"s{i}" for i in range(6)]
    assert [d["source"]["path"] for d in docs] == [f"<stdin>:{i}" for i in range(1, 7)]
    assert docs[0]["quotes"][0]["speaker"]["name"] == "Ada Vance0"


def test_stdin_gives_the_bytes_of_the_same_file(corpus, capsys):
    path = corpus(5)
    r = run_cli("analyze", "--input", "-", "--jobs", "1", stdin=Path(path).read_text(encoding="utf-8"))
    from_file = run_cli("analyze", "--input", path, "--jobs", "1")
    assert r.stdout.replace("<stdin>:", f"{path}:") == from_file.stdout


def test_directory_input_walks_article_files_in_order(tmp_path, capsys):
    root = tmp_path / "news"
    (root / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(article(1), encoding="utf-8")
    (root / "b" / "c.md").write_text("# Harbour\n\n" + article(2), encoding="utf-8")
    (root / "b" / "d.html").write_text(f"<html><head><title>T</title></head><body><article><h1>Page</h1>"
                                       f"<p>{article(3)}</p><p>{article(3)} The talks went on into the night "
                                       f"in the capital.</p></article></body></html>", encoding="utf-8")
    (root / "c.txt").write_text(article(4), encoding="utf-8")
    (root / "notes.json").write_text("{}", encoding="utf-8")  # not an article
    (root / ".hidden" / "x.txt").write_text(article(5), encoding="utf-8")
    assert main(["analyze", "--input", str(root), "--jobs", "2"]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [Path(d["source"]["path"]).relative_to(root).as_posix() for d in docs] == [
        "a.txt", "b/c.md", "b/d.html", "c.txt"]
    assert [d["source"]["format"] for d in docs] == ["text", "markdown", "html", "text"]
    assert docs[2]["source"]["title"] == "Page" and docs[2]["quotes"]


def test_paths_then_inputs_in_the_order_given(tmp_path, corpus, capsys):
    a = tmp_path / "a.txt"
    a.write_text(GOOD, encoding="utf-8")
    c1, c2 = corpus(2, "one.jsonl"), corpus(1, "two.jsonl")
    assert main(["analyze", "--format", "jsonl", str(a), "--input", c2, "--input", c1]) == 0
    paths = [json.loads(x)["source"]["path"] for x in capsys.readouterr().out.splitlines()]
    assert paths == [str(a), f"{c2}:1", f"{c1}:1", f"{c1}:2"]


def test_iter_items_is_lazy(tmp_path):
    items = iter_items(["x.txt"], [str(tmp_path / "missing.jsonl")], max_mb=1)
    assert next(items) == FileItem("x.txt", 0)
    bad = next(items)
    assert "no such file" in bad.message


# --- failures: reported, the rest kept ------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_failing_articles_in_the_middle(tmp_path, corpus, capsys, jobs):
    lines = [record(0), record(1), "{not json\n", json.dumps({"title": "no text"}) + "\n",
             json.dumps({"text": "   "}) + "\n", "[1, 2]\n", json.dumps({"text": "x", "id": [1]}) + "\n",
             record(7), record(8)]
    path = corpus(0, lines=lines)
    assert main(["analyze", "--input", path, "--jobs", jobs]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(x)["source"]["path"] for x in out.splitlines()] == [
        f"{path}:{n}" for n in (1, 2, 8, 9)]
    assert err.splitlines() == [
        f"newsreader: {path}:3: not a JSON object (Expecting property name enclosed in double quotes, column 2)",
        f"newsreader: {path}:4: has no \"text\" string",
        f"newsreader: {path}:5: is empty",
        f"newsreader: {path}:6: not a JSON object",
        f"newsreader: {path}:7: \"id\" is not a string",
    ]


def test_an_engine_exception_mid_corpus_in_process(corpus, capsys, monkeypatch):
    import tui.analysis as engine

    real = engine.analyze
    monkeypatch.setattr(engine, "analyze",
                        lambda a: (_ for _ in ()).throw(ValueError("bad")) if "round 2" in a.text else real(a))
    path = corpus(4)
    assert main(["analyze", "--input", path, "--jobs", "1"]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(x)["source"]["id"] for x in out.splitlines()] == ["a0", "a1", "a3"]
    assert err == f"newsreader: {path}:3: the analysis failed (ValueError: bad)\n"


def test_an_engine_exception_mid_corpus_in_a_worker():
    items = [RecordItem(record(i).encode() if i != 5 else
                        json.dumps({"text": "BOOM " + article(5)}).encode(), f"c:{i}") for i in range(12)]
    results = list(run(items, Options(), jobs=2, work=corpus_faults.engine_fails_on_boom))
    assert [r.failed for r in results] == [i == 5 for i in range(12)]
    assert results[5].messages == ("c:5: the analysis failed (RuntimeError: boom with a second line)",)
    assert [json.loads(r.out)["source"]["path"] for r in results if not r.failed] == [
        f"c:{i}" for i in range(12) if i != 5]


def test_a_worker_that_dies_loses_only_its_article():
    items = [RecordItem(record(i).encode() if i != 9 else
                        json.dumps({"text": "KILL " + article(9)}).encode(), f"c:{i}") for i in range(30)]
    results = list(run(items, Options(), jobs=2, work=corpus_faults.dies_on_kill))
    assert len(results) == 30
    assert [r.failed for r in results] == [i == 9 for i in range(30)]
    assert "the process analysing it died" in results[9].messages[0]
    assert [json.loads(r.out)["source"]["path"] for r in results if not r.failed] == [
        f"c:{i}" for i in range(30) if i != 9]


def test_a_failed_task_loses_only_the_article_that_fails_it():
    items = [RecordItem(record(i).encode() if i != 3 else
                        json.dumps({"text": "RAISE " + article(3)}).encode(), f"c:{i}") for i in range(20)]
    results = list(run(items, Options(), jobs=2, work=corpus_faults.task_raises_on_raise))
    assert [r.failed for r in results] == [i == 3 for i in range(20)]
    assert results[3].messages == ("c:3: the analysis failed (RuntimeError: task failed)",)


def test_bad_files_among_good_ones_with_the_pool(tmp_path):
    good = [tmp_path / f"g{i}.txt" for i in range(4)]
    for i, p in enumerate(good):
        p.write_text(article(i), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "gone.txt"
    args = [str(good[0]), str(empty), str(good[1]), str(missing), str(good[2]), str(good[3])]
    r = run_cli("analyze", "--format", "jsonl", "--jobs", "2", *args)
    assert r.returncode == 2
    assert [json.loads(x)["source"]["path"] for x in r.stdout.splitlines()] == [str(p) for p in good]
    assert [line.split(": ")[1] for line in r.stderr.splitlines()] == [str(empty), str(missing)]


# --- usage ------------------------------------------------------------------------------


def test_format_json_with_input_is_an_error(corpus, capsys):
    assert main(["analyze", "--format", "json", "--input", corpus(2)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "jsonl" in err


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_bad_jobs_is_a_usage_error(jobs, capsys):
    assert main(["analyze", "--jobs", jobs, str(SAMPLE_ARTICLE)]) == 2
    err = capsys.readouterr().err
    assert "--jobs" in err and len(err.splitlines()) == 1


def test_an_oversized_line_is_skipped_not_read(corpus, capsys):
    big = json.dumps({"text": "word " * 300_000}) + "\n"  # 1.5 MB
    path = corpus(0, lines=[record(0), big, record(2)])
    assert main(["analyze", "--input", path, "--max-mb", "1", "--jobs", "1"]) == 2
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert err == f"newsreader: {path}:2: is larger than 1 MB; raise the limit with --max-mb if it really is an article\n"


def test_corpus_package_imports_no_ui_and_no_dask():
    code = ("import json, sys, tui.corpus, tui.corpus.dask_, tui.cli.corpus\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
            "{'textual', 'rich', 'dask', 'distributed'})))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == []


# --- the progress bar -------------------------------------------------------------------


def test_no_progress_bar_when_stderr_is_piped(corpus):
    r = run_cli("analyze", "--input", corpus(6), "--jobs", "2")
    assert r.returncode == 0
    assert r.stderr == ""  # nothing but the messages of bad articles ever goes there
    assert len(r.stdout.splitlines()) == 6


def _stderr_on_a_terminal(args: list[str], out_path: Path) -> str:
    """Run newsreader with stderr on a pseudo-terminal (stdout to a file); what it drew."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "TERM": "xterm"}
    with open(out_path, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "tui", *args], stdin=subprocess.DEVNULL,
                                stdout=out, stderr=slave, env=env)
    os.close(slave)
    drawn = b""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed: the process is gone
                break
            if not chunk:
                break
            drawn += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    os.close(master)
    assert proc.returncode == 0, drawn
    return drawn.decode("utf-8", errors="replace")


def test_progress_bar_on_a_terminal(corpus, tmp_path):
    drawn = _stderr_on_a_terminal(["analyze", "--input", corpus(8), "--jobs", "2"], tmp_path / "out")
    assert "8 articles" in drawn and "words/s" in drawn and "100%" in drawn
    assert len((tmp_path / "out").read_text(encoding="utf-8").splitlines()) == 8


def test_quiet_draws_no_bar_on_a_terminal(corpus, tmp_path):
    drawn = _stderr_on_a_terminal(["analyze", "--input", corpus(3), "--quiet"], tmp_path / "out")
    assert drawn == ""
    assert len((tmp_path / "out").read_text(encoding="utf-8").splitlines()) == 3


def test_dask_missing_is_one_message(corpus, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    assert main(["analyze", "--input", corpus(2), "--dask", "local"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == "newsreader: --dask needs Dask: pip install 'newsreader[dask]'\n"


def test_source_extras_round_trip_and_are_absent_when_unset():
    from tui.model import Source

    plain = Source("a.txt", "text", "T", "0" * 64)
    assert set(plain.to_dict()) == {"path", "format", "title", "sha256", "encoding"}
    full = Source("c.jsonl:3", "html", "T", "0" * 64, "utf-8", url="https://x.org", date="2016-01-02", id="id7")
    assert Source.from_dict(full.to_dict()) == full
