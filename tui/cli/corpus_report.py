"""`newsreader corpus-report OUT.jsonl...`: per party across a corpus, its articles,
quotes, demands and rejections, and its top speakers, as a table on the terminal
(rich) and, with ``--csv FILE`` (``-`` for stdout), as CSV with every party.

Reads what `newsreader analyze --format jsonl` (or `export --format jsonl`) wrote, from
files or ``-`` (standard input), one line at a time. A line that is not an article's
annotations is named on stderr and skipped; the exit status is then 2.
"""
from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_BAD_INPUT = 2


def positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}")
    return n


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsreader corpus-report",
        description="Summarise an analysed corpus per party: articles, quotes, demands, "
        "rejections and top speakers.")
    p.add_argument("paths", nargs="+", metavar="OUT.jsonl",
                   help="annotations JSONL (newsreader analyze --format jsonl), '-' for stdin")
    p.add_argument("--csv", metavar="FILE",
                   help="write every party as CSV to FILE ('-': stdout, instead of the table)")
    p.add_argument("--force", action="store_true", help="overwrite an existing --csv FILE")
    p.add_argument("--top", type=positive, default=3, metavar="N",
                   help="top speakers per party (default 3)")
    p.add_argument("--limit", type=positive, default=25, metavar="N",
                   help="parties in the terminal table (default 25; 0: all)")
    return p


def run_corpus_report(argv: Sequence[str]) -> int:
    args = parser().parse_args(argv)
    from ..corpus.report import CorpusReport, ReportError, read_annotations
    from .newsreader import error, write_stdout

    if args.csv and args.csv != "-" and Path(args.csv).exists() and not args.force:
        error(f"{args.csv}: exists; use --force to overwrite it")
        return EXIT_BAD_INPUT
    report = CorpusReport()
    status = 0
    for path in args.paths:
        try:
            fh = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
        except OSError as exc:
            error(f"{path}: cannot read ({exc.strerror or exc})")
            status = EXIT_BAD_INPUT
            continue
        try:
            for doc in read_annotations(fh, "<stdin>" if path == "-" else path):
                if isinstance(doc, ReportError):
                    error(str(doc))
                    status = EXIT_BAD_INPUT
                else:
                    report.add(doc)
        except OSError as exc:
            error(f"{path}: cannot read ({exc.strerror or exc})")
            status = EXIT_BAD_INPUT
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()
    if args.csv:
        text = render_csv(report, args.top)
        if args.csv == "-":
            write_stdout(text)
            return status
        from ..atomic import write_atomic

        try:
            write_atomic(args.csv, text)
        except OSError as exc:
            error(f"{args.csv}: cannot write ({exc.strerror or exc})")
            return EXIT_BAD_INPUT
    write_stdout(render_table(report, args.top, args.limit))
    return status


def render_csv(report, top: int) -> str:
    from ..export.csv_ import _table, cell
    from ..corpus.report import COLUMNS

    return _table(COLUMNS, ([cell(str(c)) if isinstance(c, str) else c for c in row]
                            for row in report.rows(top)))


def render_table(report, top: int, limit: int) -> str:
    """The table as the terminal shows it (plain text, 120 columns, when stdout is not a
    terminal). Names are the articles' words: no markup is read in them and control
    characters are replaced."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..ingest import sanitize

    tty = sys.stdout.isatty()
    console = Console(file=io.StringIO(), force_terminal=tty, width=None if tty else 120,
                      no_color=not tty, highlight=False)
    ranked = report.ranked()
    shown = ranked if limit == 0 else ranked[:limit]
    table = Table(title=report.summary(), title_justify="left",
                  caption=(f"{len(shown):,} of {len(ranked):,} parties; --limit 0 for all, "
                           "--csv FILE for a spreadsheet") if len(shown) < len(ranked) else None,
                  caption_justify="left")
    table.add_column("Party", overflow="fold")
    table.add_column("Kind")
    for name in ("Articles", "Quotes", "Demands", "Rejections"):
        table.add_column(name, justify="right")
    table.add_column("Top speakers", overflow="fold")
    for s in shown:
        speakers = "; ".join(f"{who} ({n})" for who, n in s.top_speakers(top))
        table.add_row(Text(sanitize(s.name)), s.kind, f"{s.articles:,}", f"{s.quotes:,}",
                      f"{s.demands:,}", f"{s.rejections:,}", Text(sanitize(speakers)))
    console.print(table)
    text = console.file.getvalue()
    # rich pads every line to the width; a file or a pipe gets no trailing spaces
    return text if tty else "".join(line.rstrip() + "\n" for line in text.splitlines())
