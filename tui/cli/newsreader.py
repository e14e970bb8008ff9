"""Command line: `newsreader [PATH ...]`, `newsreader analyze`, `newsreader export`,
`newsreader corpus-report`.

Bad input is reported as one line on stderr naming the file, with exit status 2;
never a traceback. So is output that cannot be written (a full disk).
"""
from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported by the parsers: after `newsreader` pauses the collector
    import argparse

EXIT_BAD_INPUT = 2
SUBCOMMANDS = ("analyze", "export", "corpus-report", "library")


def one_line(message: str) -> str:
    """A message for the terminal: it names untrusted files, so no control characters
    (ingest's sanitiser) and no line breaks."""
    from ..ingest import sanitize

    return " ".join(sanitize(message).split())


def error(message: str) -> None:
    print(f"newsreader: {one_line(message)}", file=sys.stderr)


class StdoutError(Exception):
    """Standard output cannot be written (e.g. > /dev/full); the message is for the user."""


def write_stdout(text: str) -> None:
    """Write text and flush. Raises StdoutError, or BrokenPipeError when the reader of a
    pipe went away (not an error of ours; main handles it)."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _discard_stdout()
        raise StdoutError(f"cannot write to standard output ({exc.strerror or exc})") from None


def _discard_stdout() -> None:
    # What failed is still buffered: Python would flush it again at exit and print a
    # second error. Point the descriptor at /dev/null so that flush succeeds silently.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def max_mb(value: str) -> float:
    """argparse type of --max-mb: a positive number of megabytes."""
    import argparse

    try:
        mb = float(value)
    except ValueError:
        mb = 0.0
    if not mb > 0 or mb == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of megabytes, got {value!r}")
    return mb


def add_max_mb(p: argparse.ArgumentParser) -> None:
    from ..ingest import DEFAULT_MAX_MB

    p.add_argument("--max-mb", type=max_mb, default=DEFAULT_MAX_MB, metavar="MB",
                   help=f"refuse article files larger than this (default {DEFAULT_MAX_MB} MB)")
    p.add_argument("--offline", action="store_true",
                   help="read web pages and feeds from the cache only (never fetch)")


def analyze_parser() -> argparse.ArgumentParser:
    import argparse

    from .corpus import add_corpus_options

    p = argparse.ArgumentParser(prog="newsreader analyze",
                                description="Analyse articles and print the annotations JSON.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="articles: files (.txt, .md, .html) or http(s) URLs of pages")
    p.add_argument("--format", choices=("json", "jsonl"), default=None,
                   help="json: one indented object (one PATH; the default there); "
                   "jsonl: one line per article (the default with --input)")
    add_max_mb(p)
    add_corpus_options(p)
    return p


def run_analyze(argv: Sequence[str]) -> int:
    parser = analyze_parser()
    args = parser.parse_args(argv)
    if not args.paths and not args.inputs:
        parser.error("give at least one PATH, or --input SOURCE")
    fmt = args.format or ("jsonl" if args.inputs else "json")
    if fmt == "json" and (len(args.paths) > 1 or args.inputs):
        error("--format json takes one path; use --format jsonl for several")
        return EXIT_BAD_INPUT
    from .corpus import run

    return run(args, fmt)


def reader_parser() -> argparse.ArgumentParser:
    import argparse

    p = argparse.ArgumentParser(
        prog="newsreader",
        description="Read news articles by their parties, quotes and demands. "
        "Subcommands: analyze, export, corpus-report, library (see `newsreader analyze -h`).",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="articles (.txt, .md, .html, http(s) URLs) or feeds (RSS, Atom, "
                        ".opml) to open (default: the bundled sample)")
    p.add_argument("--notes", metavar="DIR", help="where notes are kept (env NEWSREADER_NOTES)")
    add_max_mb(p)
    return p


def reader_args(argv: Sequence[str]) -> argparse.Namespace | SimpleNamespace:
    """The reader's arguments. `newsreader` and `newsreader PATH...`, nearly every start,
    need no parser. Any option (-h, --notes, --, a path starting with -) goes to the parser.

    Start-up trick, kept: importing argparse (and its gettext) and parsing is 5.6 ms more
    before the first frame (min of 150 cold processes; median 6.5 ms), over the 2 ms bar."""
    if not any(arg.startswith("-") for arg in argv):
        return SimpleNamespace(paths=list(argv), notes=None, max_mb=None, offline=False)
    return reader_parser().parse_args(argv)


# What opens the reader once the articles are loaded: tui.app.run_app, unless a caller
# (the start-up benchmark) hands over its own. Same keywords as run_app.
Launch = Callable[..., int]


def run_reader(argv: Sequence[str], launch: Launch | None = None) -> int:
    # No cyclic garbage collection while the UI is imported and built: it would walk the
    # modules' objects again and again. The app resumes it once the reader is ready (see
    # NewsReaderApp, "garbage collection"). Start-up trick, kept: without it ~80 collections
    # take 18 ms (median; 12 ms at least) before the first frame, over the 2 ms bar.
    gc_paused = gc.isenabled()
    gc.disable()
    try:
        return _open_reader(reader_args(argv), gc_paused, launch)
    finally:
        if gc_paused:
            gc.enable()  # on every way out, also when the app never started


def _open_reader(args: argparse.Namespace | SimpleNamespace, gc_paused: bool,
                 launch: Launch | None) -> int:
    from ..ingest import DEFAULT_MAX_MB, Article, IngestError
    from ..ingest.sources import open_source
    from ..resources import SAMPLE_ARTICLE

    paths = args.paths or [str(SAMPLE_ARTICLE)]
    opened = []
    for path in paths:
        try:
            opened.append(open_source(path, max_mb=args.max_mb or DEFAULT_MAX_MB,
                                      offline=args.offline))
        except IngestError as exc:
            error(str(exc))
            return EXIT_BAD_INPUT
    articles = [a for a in opened if isinstance(a, Article)]
    if len(articles) < len(opened):  # feeds: the feed screen, from which items are read
        from .feed_reader import open_feeds

        return open_feeds(opened, args, gc_paused, launch)
    # The first article is analysed in a forked child while the UI is imported (see
    # forked_analysis.py, and there why the trick is kept); the reader analyses in process
    # where that is not possible.
    from .forked_analysis import ForkedAnalysis

    child = ForkedAnalysis.start(articles[0])
    if launch is None:
        from ..app import run_app as launch

    return launch(articles, notes_dir=args.notes, analyzer=child.analyzer if child else None,
                  gc_paused=gc_paused)


def run_export(argv: Sequence[str]) -> int:
    from .export import run_export as _run

    return _run(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] == "analyze":
            return run_analyze(argv[1:])
        if argv and argv[0] == "export":
            return run_export(argv[1:])
        if argv and argv[0] == "library":
            from .library import main as run_library

            return run_library(argv[1:])
        if argv and argv[0] == "corpus-report":
            from .corpus_report import run_corpus_report

            return run_corpus_report(argv[1:])
        return run_reader(argv)
    except StdoutError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `newsreader analyze … | head`: the reader went away; not an error of ours.
        sys.stderr.close()
        return 0
