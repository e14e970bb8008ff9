"""How `newsreader` starts: what happens before the UI is imported, and the garbage
collector paused until the reader is ready."""
from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest

from tui.cli import newsreader as cli
from tui.app import NewsReaderApp
from tui.ingest import load
from tui.resources import SAMPLE_ARTICLE
from tui.screens.reader import ReaderScreen

# `newsreader` up to the point where it would run the app (tui.app replaced by a stub, so
# that nothing imports Textual unless the CLI itself does).
PROBE = """
import gc, json, sys, types
import tui.cli.forked_analysis as fa
seen = {}
real_start = fa.ForkedAnalysis.start.__func__
def start(cls, article):
    seen["textual_at_fork"] = any(m.split(".")[0] == "textual" for m in sys.modules)
    seen["gc_at_fork"] = gc.isenabled()
    return real_start(cls, article)
fa.ForkedAnalysis.start = classmethod(start)
stub = types.ModuleType("tui.app")
def run_app(articles, notes_dir=None, analyzer=None, gc_paused=False):
    seen["gc_during_app"] = gc.isenabled()
    seen["gc_paused"] = gc_paused
    seen["quotes"] = len(analyzer(articles[0]).quotes) if analyzer else None
    return 0
stub.run_app = run_app
sys.modules["tui.app"] = stub
from tui.cli.newsreader import main
seen["status"] = main(["--notes", sys.argv[1]])
seen["gc_after"] = gc.isenabled()
print(json.dumps(seen))
"""


def test_the_cli_forks_the_analysis_before_importing_the_ui_with_gc_paused(tmp_path):
    r = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout)
    assert seen["status"] == 0
    assert seen["gc_at_fork"] is False and seen["gc_during_app"] is False
    assert seen["gc_paused"] is True  # the app is told to resume it
    assert seen["gc_after"] is True  # and it is on again however the app ended
    if hasattr(__import__("os"), "fork"):
        assert seen["textual_at_fork"] is False
        assert seen["quotes"] == 5  # the child's analysis of the seed


@pytest.mark.parametrize("argv", [[], ["a.txt"], ["a.txt", "b b.md", "analyze.txt"],
                                  ["--notes", "d", "a.txt"], ["a.txt", "--notes=d"],
                                  ["--", "-dash.txt"]])
def test_reader_arguments_without_options_skip_the_parser_and_agree_with_it(argv):
    args, parsed = cli.reader_args(argv), cli.reader_parser().parse_args(argv)
    assert (args.paths, args.notes) == (parsed.paths, parsed.notes)


def test_reader_options_still_go_through_the_parser(capsys):
    with pytest.raises(cli.UsageError, match="--bogus"):
        cli.reader_args(["a.txt", "--bogus"])
    assert cli.main(["a.txt", "--bogus"]) == 2
    assert capsys.readouterr().err == ("newsreader: unrecognized arguments: --bogus "
                                       "(see `newsreader read -h`)\n")


def test_a_bad_path_leaves_the_collector_on(tmp_path, capsys):
    assert gc.isenabled()
    assert cli.main([str(tmp_path / "missing.txt")]) == cli.EXIT_BAD_INPUT
    assert gc.isenabled()
    assert "missing.txt" in capsys.readouterr().err


@pytest.mark.parametrize("handed_over", [True, False])
async def test_the_reader_resumes_the_collector_once_ready(handed_over, tmp_path):
    gc.disable() if handed_over else None
    try:
        app = NewsReaderApp([load(SAMPLE_ARTICLE)], notes_dir=str(tmp_path),
                            gc_paused=handed_over)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = app.screen
            assert isinstance(screen, ReaderScreen)
            for _ in range(50):
                if app._gc_frozen:
                    break
                await pilot.pause(0.02)
            assert gc.isenabled()  # resumed (and start-up's objects frozen) once ready
        assert gc.isenabled()
    finally:
        gc.enable()


FIRST_FRAME_PROBE = """
import asyncio, json, sys
from tui.app import NewsReaderApp
from tui.ingest import load
from tui.resources import SAMPLE_ARTICLE
loaded = {}
class Watch(NewsReaderApp):
    def on_reader_screen_annotations_shown(self):
        loaded["first_frame"] = sorted(m for m in sys.modules
                                       if m in ("tui.notes.store", "tui.notes.corrections",
                                                "tui.notes.anchoring"))
        self.exit()
async def main():
    async with Watch([load(SAMPLE_ARTICLE)], notes_dir=sys.argv[1]).run_test() as pilot:
        await pilot.pause(2)
asyncio.run(main())
print(json.dumps(loaded))
"""


def test_an_article_without_notes_paints_without_the_notes_machinery(tmp_path):
    r = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE, str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.strip().splitlines()[-1]) == {"first_frame": []}
