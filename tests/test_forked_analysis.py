"""The first article's analysis runs in a forked child while the UI is imported."""
from __future__ import annotations

import os
import signal

import pytest

import tui.analysis
from tui.cli import newsreader as cli
from tui.analysis import analyze
from tui.cli.forked_analysis import ForkedAnalysis
from tui.ingest import load, load_bytes
from tui.resources import SAMPLE_ARTICLE

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

MARKDOWN = (b"# Talks stall\n\nThe minister said: \"We will not accept this.\"\n\n"
            b"- \"Stop the strikes now,\" said Anna Berg, the mayor.\n")


def reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize("article", [load(SAMPLE_ARTICLE), load_bytes(MARKDOWN, "t.md",
                                                                          markdown=True)])
def test_the_child_gives_what_the_engine_gives_in_process(article) -> None:
    child = ForkedAnalysis.start(article)
    assert child is not None
    assert child.analyzer(article) == analyze(article)
    assert reaped(child._pid)  # no zombie left behind


def test_another_article_is_analysed_in_process() -> None:
    seed, other = load(SAMPLE_ARTICLE), load_bytes(MARKDOWN, "t.md", markdown=True)
    child = ForkedAnalysis.start(seed)
    assert child is not None
    assert child.analyzer(other) == analyze(other)
    assert child.analyzer(seed) == analyze(seed)


def _raise() -> None:
    raise RuntimeError("boom")


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("failure", [_raise, _die], ids=["raises", "killed"])
def test_a_failing_child_falls_back_to_the_engine_in_process(monkeypatch, failure) -> None:
    parent = os.getpid()
    real = tui.analysis.analyze

    def fails_in_child(article):
        if os.getpid() != parent:
            failure()
        return real(article)

    monkeypatch.setattr(tui.analysis, "analyze", fails_in_child)
    article = load(SAMPLE_ARTICLE)
    child = ForkedAnalysis.start(article)
    assert child is not None
    assert child.result() is None
    assert child.analyzer(article) == real(article)
    assert reaped(child._pid)


def test_without_fork_there_is_no_child(monkeypatch) -> None:
    monkeypatch.delattr(os, "fork")
    assert ForkedAnalysis.start(load(SAMPLE_ARTICLE)) is None


def test_the_cli_hands_the_reader_the_child_analysis(monkeypatch, tmp_path) -> None:
    seen = {}

    def fake_run_app(articles, notes_dir=None, analyzer=None, **_):
        seen["ann"] = analyzer(articles[0])
        seen["article"] = articles[0]
        return 0

    monkeypatch.setattr("tui.app.run_app", fake_run_app)
    assert cli.main(["--notes", str(tmp_path)]) == 0
    assert seen["ann"] == analyze(seen["article"])
    assert len(seen["ann"].quotes) == 5


def test_the_cli_still_opens_the_reader_without_fork(monkeypatch, tmp_path) -> None:
    monkeypatch.delattr(os, "fork")
    seen = {}

    def fake_run_app(articles, notes_dir=None, analyzer=None, **_):
        seen["analyzer"] = analyzer
        return 0

    monkeypatch.setattr("tui.app.run_app", fake_run_app)
    assert cli.main(["--notes", str(tmp_path)]) == 0
    assert seen["analyzer"] is None  # the reader's own analysis in process
