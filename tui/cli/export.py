"""`newsreader export PATH... --format F [-o OUT] [--force] [--notes DIR]`.

Exports the analysis of each article with the user's notes and corrections applied.
All or nothing: any bad input (missing file, unknown format, existing output without
--force, unwritable directory, unusable notes store) is one line on stderr, exit status
2, and no file written.
"""
from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..export import FORMAT_NAMES, FORMATS, count
from ..export.output import ExportError, default_destination, render_files, write_files
from ..model import Annotations
from .newsreader import StdoutError, add_max_mb, command_parser, one_line, write_stdout

if TYPE_CHECKING:
    import argparse

EXIT_BAD_INPUT = 2


def export_parser() -> argparse.ArgumentParser:
    import argparse

    width = max(len(n) for n in FORMAT_NAMES)
    formats = "\n".join(f"  {n:<{width}}  {FORMATS[n].label}" for n in FORMAT_NAMES)
    p = command_parser("export", "Export articles' annotations with your notes and "
                       "corrections applied.", epilog=f"formats:\n{formats}",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="articles: files (.txt, .md, .html) or http(s) URLs of pages")
    p.add_argument("--format", "-f", required=True, metavar="F",
                   help="the format: " + ", ".join(FORMAT_NAMES) + " (listed below)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="file to write (a directory for brat); '-' for standard output; "
                        "default: ARTICLE<suffix> in the current directory")
    p.add_argument("--force", action="store_true", help="overwrite an existing output")
    p.add_argument("--notes", metavar="DIR", help="where notes are kept (env NEWSREADER_NOTES)")
    p.add_argument("--no-notes", action="store_true", help="export the analysis without notes")
    add_max_mb(p)
    return p


def _error(message: str) -> int:
    print(f"newsreader export: {one_line(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def load_applied(paths: Sequence[str], notes: str | None, use_notes: bool = True,
                 max_mb: float | None = None, offline: bool = False) -> list[Annotations]:
    """Load, analyse and apply the notes of each article. Raises ExportError."""
    from ..analysis import analyze
    from ..notes.corrections import apply_user_annotations
    from ..ingest import DEFAULT_MAX_MB, IngestError
    from ..ingest.sources import open_article
    from ..notes.store import NoteStore

    docs = []
    for path in paths:
        try:
            article = open_article(path, max_mb=max_mb or DEFAULT_MAX_MB, offline=offline)
        except IngestError as exc:
            raise ExportError(str(exc)) from None
        ann = analyze(article)
        store = None
        if use_notes:
            store = NoteStore.open(ann, notes, readonly=True)
            if store.problem:
                raise ExportError(f"{store.problem}; use --no-notes to export without them")
        docs.append(apply_user_annotations(ann, store))
    return docs


def run_export(argv: Sequence[str]) -> int:
    args = export_parser().parse_args(list(argv))  # a usage error: main reports it
    fmt = FORMATS.get(args.format)
    if fmt is None:
        return _error(f"unknown format {args.format!r}; choose one of {', '.join(FORMAT_NAMES)}")
    try:
        docs = load_applied(args.paths, args.notes, not args.no_notes, args.max_mb, args.offline)
        to_stdout = args.output == "-"
        dest = None if to_stdout else (Path(args.output) if args.output
                                       else default_destination(fmt, docs, Path.cwd()))
        files = render_files(fmt, docs, dest)
        if to_stdout:
            try:
                write_stdout(files[None])
            except StdoutError as exc:
                return _error(str(exc))
            return 0
        assert dest is not None
        written = write_files(fmt, dest, files, force=args.force,  # type: ignore[arg-type]
                              inputs=[Path(p) for p in args.paths])
    except ExportError as exc:
        return _error(str(exc))
    where = dest if fmt.directory else written[0]
    print(f"newsreader export: wrote {count(docs).describe()} to {one_line(str(where))}",
          file=sys.stderr)
    return 0
