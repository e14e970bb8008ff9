"""`newsreader analyze` over a corpus: `--jobs`, `--input`, `--dask`, the progress bar.

The articles are read, analysed and written by ``tui.corpus``; here are the options, the
choice of engine (in process, a process pool, Dask), and the writing: each article's
messages on stderr and its JSON on stdout, in input order, as each becomes ready.
Exit status as for any `analyze`: 2 when an article could not be read or analysed (it is
named on stderr, and the others are still written), else 0.

The progress bar (rich.progress: articles done, words per second, time left) is drawn on
stderr when stderr is a terminal and stdout is not the same terminal (it would be torn by
the output); never when stderr is piped, nor with ``--quiet``. Rich is imported only
then.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import closing, nullcontext
from typing import Any

EXIT_FAILED_ARTICLE = 2


def jobs_count(value: str) -> int:
    """argparse type of --jobs: a positive whole number."""
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number of processes, got {value!r}")
    return jobs


def add_corpus_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("corpora")
    g.add_argument("--input", action="append", default=[], dest="inputs", metavar="SOURCE",
                   help="a JSONL corpus (one JSON object per line: text, and optionally id, "
                   "title, url, date), '-' for standard input, or a directory (its .txt, .md "
                   "and .html files, walked in sorted order); repeatable, after the PATHs")
    g.add_argument("--jobs", "-j", type=jobs_count, default=None, metavar="N",
                   help="processes to analyse with (default: one per core; 1: in this process)")
    g.add_argument("--dask", metavar="SCHEDULER",
                   help="run on Dask: 'local' for a LocalCluster of --jobs workers on this "
                   "machine, or a scheduler's address (tcp://host:8786); needs "
                   "`pip install newsreader[dask]`")
    g.add_argument("--quiet", "-q", action="store_true",
                   help="no progress bar (it is drawn only when stderr is a terminal)")


def run(args: argparse.Namespace, fmt: str) -> int:
    from ..corpus import Options
    from ..corpus.pool import default_jobs
    from .newsreader import error, write_stdout

    options = Options(args.max_mb, fmt, getattr(args, "offline", False))
    jobs = args.jobs or default_jobs()
    bar = progress_bar(args)
    status = 0
    from ..corpus.dask_ import DaskError

    try:
        with bar or nullcontext(), closing(_results(args, options, jobs)) as results:
            for result in results:
                for message in result.messages:
                    error(message)
                if result.failed:
                    status = EXIT_FAILED_ARTICLE
                if result.out:
                    write_stdout(result.out)
                if bar is not None:
                    bar.advance(result)
    except DaskError as exc:
        error(str(exc))
        return EXIT_FAILED_ARTICLE
    return status


def _results(args: argparse.Namespace, options: Any, jobs: int) -> Iterator[Any]:
    if args.dask:
        from ..corpus import dask_

        yield from dask_.run(args.paths, args.inputs, options, args.dask, jobs=jobs)
        return
    from ..corpus import iter_items, run

    yield from run(iter_items(args.paths, args.inputs, max_mb=options.max_mb), options, jobs)


def show_progress(quiet: bool) -> bool:
    if quiet:
        return False
    try:
        if not sys.stderr.isatty():
            return False
        return not (sys.stdout.isatty() and _same_file(sys.stdout, sys.stderr))
    except (AttributeError, ValueError, OSError):
        return False


def _same_file(a: Any, b: Any) -> bool:
    import os

    try:
        sa, sb = os.fstat(a.fileno()), os.fstat(b.fileno())
    except (AttributeError, ValueError, OSError):
        return False
    return (sa.st_dev, sa.st_ino, sa.st_rdev) == (sb.st_dev, sb.st_ino, sb.st_rdev)


def progress_bar(args: argparse.Namespace) -> "ProgressBar | None":
    if not show_progress(args.quiet):
        return None
    from ..corpus.items import _size, source_size

    total: int | None = sum(_size(p) for p in args.paths)
    for source in args.inputs:
        size = source_size(source)
        total = None if size is None or total is None else total + size
    return ProgressBar(total)


class ProgressBar:
    """rich.progress on stderr: articles done (and failed), words per second, time left
    (from the input bytes done, where the input's size is known)."""

    def __init__(self, total_bytes: int | None) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, ProgressColumn, TaskProgressColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class WordsPerSecond(ProgressColumn):
            def render(self, task: Any) -> Text:
                elapsed = task.elapsed or 0
                rate = task.fields["words"] / elapsed if elapsed > 0 else 0
                return Text(f"{rate:,.0f} words/s", style="progress.data.speed")

        self.progress = Progress(
            TextColumn("{task.fields[articles]:,} articles{task.fields[failed_text]}"),
            BarColumn(), TaskProgressColumn(), WordsPerSecond(),
            TimeElapsedColumn(), TextColumn("·"), TimeRemainingColumn(), TextColumn("left"),
            console=Console(file=sys.stderr), redirect_stdout=False, redirect_stderr=True,
            refresh_per_second=4)
        self.task = self.progress.add_task("analyze", total=total_bytes or None, articles=0,
                                           failed_text="", words=0)
        self.articles = self.failed = self.words = 0

    def __enter__(self) -> "ProgressBar":
        self.progress.start()
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None and self.progress.tasks[0].total is not None:
            # blank lines of a corpus give no article: the bar ends full all the same
            self.progress.update(self.task, completed=self.progress.tasks[0].total)
        self.progress.stop()

    def advance(self, result: Any) -> None:
        self.articles += 1
        self.failed += result.failed
        self.words += result.words
        self.progress.update(self.task, advance=result.size, articles=self.articles,
                             words=self.words,
                             failed_text=f" ({self.failed:,} failed)" if self.failed else "")
