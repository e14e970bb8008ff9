"""Command line: `newsreader [PATH ...]` (the reader), `newsreader COMMAND ...`.

Each command lives in a module with its own parser, listed in ``COMMANDS``: ``main``
only looks the first argument up there and hands the command the rest. `newsreader -h`
lists them, `newsreader COMMAND -h` shows a command's options, `--version` prints the
installed version.

Bad input is reported as one line on stderr naming the file, with exit status 2;
never a traceback. So are usage errors (a missing argument, an unknown option), the
same way for every command, and output that cannot be written (a full disk).
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

# The commands: name -> (module, function, what it does). The function takes the
# arguments after the name and returns the exit status; its module builds its own parser
# (``command_parser``) and is imported only when the command runs. Without a command,
# `newsreader PATH...` is `newsreader read PATH...`.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "read": ("tui.cli.newsreader", "run_reader",
             "open articles in the reader (the default: newsreader PATH ...)"),
    "analyze": ("tui.cli.newsreader", "run_analyze",
                "print the annotations JSON of articles"),
    "export": ("tui.cli.export", "run_export",
               "export articles with your notes and corrections applied"),
    "corpus-report": ("tui.cli.corpus_report", "run_corpus_report",
                      "sum up an analysed corpus (analyze's JSONL) per party"),
    "library": ("tui.cli.library", "main",
                "keep articles in a library; search it; follow stories across articles"),
}
SUBCOMMANDS = tuple(name for name in COMMANDS if name != "read")


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


class UsageError(Exception):
    """A command line that does not parse; ``prog`` is the command's name."""

    def __init__(self, prog: str, message: str, help_command: str) -> None:
        super().__init__(message)
        self.prog = prog
        self.help_command = help_command  # e.g. `newsreader export -h`


def command_parser(name: str, description: str, *, prog: str = "",
                   **kwargs: object) -> argparse.ArgumentParser:
    """The parser of `newsreader NAME`: usage errors raise UsageError (main reports them in
    one line, as for bad input, the same for every command); -h prints the help."""
    import argparse

    help_command = f"newsreader {name} -h"

    class CommandParser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # type: ignore[override]
            raise UsageError(self.prog, message, help_command)

    return CommandParser(prog=prog or f"newsreader {name}", description=description,
                         **kwargs)  # type: ignore[arg-type]


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("newsreader")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def top_parser() -> argparse.ArgumentParser:
    """`newsreader -h` and `newsreader --version`: the commands and where to read more."""
    import argparse

    p = argparse.ArgumentParser(
        prog="newsreader",
        usage="%(prog)s [-h] [--version] [COMMAND] [ARGS ...]",
        description="Read news articles by their parties, quotes and demands: who the "
        "parties are, who said what, and what each party demands and rejects.",
        epilog="Without a command, `newsreader PATH ...` opens the articles in the reader "
        "(`newsreader` alone: the bundled sample). `newsreader COMMAND -h` shows a "
        "command's options.",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    commands = p.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    for name, (_module, _function, summary) in COMMANDS.items():
        commands.add_parser(name, help=summary, add_help=False)
    return p


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
    from .corpus import add_corpus_options

    p = command_parser("analyze", "Analyse articles and print the annotations JSON.")
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
    p = command_parser(
        "read", "Open articles in the reader: the article with its parties, quotes and "
        "demands. Press ? in the reader for its keys.", prog="newsreader",
        usage="newsreader [read] [-h] [--notes DIR] [--max-mb MB] [--offline] [PATH ...]",
        epilog="The other commands: `newsreader -h`.")
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


def command(name: str) -> Callable[[Sequence[str]], int]:
    """The function that runs command ``name`` (its module imported now)."""
    module, function, _summary = COMMANDS[name]
    if module == __name__:
        return globals()[function]
    import importlib

    return getattr(importlib.import_module(module), function)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] in (["-h"], ["--help"], ["--version"]):
            top_parser().parse_args(argv)  # prints the help or the version, and exits
        if argv and argv[0] in COMMANDS:
            return command(argv[0])(argv[1:])
        return run_reader(argv)
    except UsageError as exc:
        print(f"{exc.prog}: {one_line(str(exc))} (see `{exc.help_command}`)", file=sys.stderr)
        return EXIT_BAD_INPUT
    except StdoutError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `newsreader analyze … | head`: the reader went away; not an error of ours.
        sys.stderr.close()
        return 0
