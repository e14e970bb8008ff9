"""`newsreader library …`: the library and its stories, headless, or the library screen.

    newsreader library [--library PATH] [--story NAME]  the library (or story) screen
    newsreader library add PATH... [--story NAME]       keep articles (analysed)
    newsreader library list [--json] [--party NAME] [--story NAME]
    newsreader library search QUERY [--json] [--limit N]
    newsreader library stories                          the stories and their sizes
    newsreader library story NAME [--add REF...] [--remove REF...] [--add-search QUERY]
                                  [--suggest] [--format md|html|json [-o OUT] [--force]]

REF is an article's id (as `list` shows), its sha256 (8 or more hex digits) or its path.
Errors are one line on stderr and exit status 2, as everywhere in newsreader. A library
file that was unreadable is reported, kept aside, and a new one started.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .newsreader import StdoutError, add_max_mb, one_line, write_stdout

EXIT_BAD_INPUT = 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        raise _UsageError(message)


def _common(p: argparse.ArgumentParser, top: bool = False) -> None:
    # On the commands SUPPRESS, so `library --library X add …` keeps X.
    p.add_argument("--library", metavar="PATH", default=None if top else argparse.SUPPRESS,
                   help="the library file (env NEWSREADER_LIBRARY; default: library.sqlite3 "
                        "in the user data directory)")


def library_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsreader library",
                description="Keep articles in a library, search them, follow stories across "
                            "them. Without a command: the library screen.")
    _common(p, top=True)
    p.add_argument("--notes", metavar="DIR", help="where notes are kept (env NEWSREADER_NOTES)")
    p.add_argument("--story", metavar="NAME", help="open this story's screen")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    add = sub.add_parser("add", help="add articles (files; URLs once web input exists)")
    _common(add)
    add.add_argument("paths", nargs="+", metavar="PATH|URL")
    add.add_argument("--story", metavar="NAME", help="also add them to this story")
    add_max_mb(add)

    ls = sub.add_parser("list", help="list the library's articles")
    _common(ls)
    ls.add_argument("--json", action="store_true", help="one JSON array")
    ls.add_argument("--party", metavar="NAME", help="only articles with this party (or alias)")
    ls.add_argument("--story", metavar="NAME", help="only this story's articles")

    se = sub.add_parser("search", help="full-text search (words, \"phrases\", OR, NOT, pre*)")
    _common(se)
    se.add_argument("query", nargs="+", metavar="QUERY")
    se.add_argument("--json", action="store_true")
    se.add_argument("--limit", type=int, default=50)

    st = sub.add_parser("stories", help="list the stories")
    _common(st)

    story = sub.add_parser("story", help="a story: add or remove articles, suggest, export")
    _common(story)
    story.add_argument("name", metavar="NAME")
    story.add_argument("--add", nargs="+", metavar="REF", default=[],
                       help="add articles (id, sha256 or path)")
    story.add_argument("--add-search", metavar="QUERY",
                       help="add every article the search finds")
    story.add_argument("--remove", nargs="+", metavar="REF", default=[])
    story.add_argument("--delete", action="store_true", help="delete the story (not its articles)")
    story.add_argument("--suggest", action="store_true",
                       help="articles outside the story that share its parties")
    story.add_argument("--format", "-f", choices=("md", "html", "json"),
                       help="export the story: a brief (md, html) or JSON")
    story.add_argument("-o", "--output", metavar="OUT", default="-",
                       help="file to write (default '-': standard output)")
    story.add_argument("--force", action="store_true", help="overwrite an existing OUT")
    story.add_argument("--notes", metavar="DIR", default=argparse.SUPPRESS,
                       help="where notes are kept (env NEWSREADER_NOTES)")
    story.add_argument("--no-notes", action="store_true", help="without notes and corrections")
    return p


def _error(message: str) -> int:
    print(f"newsreader library: {one_line(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _say(message: str) -> None:
    print(f"newsreader library: {one_line(message)}", file=sys.stderr)


def _open(path: str | None, refresh: bool = False):  # -> Library
    """The library; refresh: first re-analyse the articles an older engine analysed, so
    counts, parties and search filters are the current engine's."""
    from ..library.db import Library

    lib = Library.open(path)
    if lib.problem:
        _say(lib.problem)
    if refresh:
        n = lib.refresh_analyses()
        if n:
            _say(f"re-analysed {n} article{'s' if n != 1 else ''} (the engine has changed)")
    return lib


def main(argv: Sequence[str]) -> int:
    from ..library.db import LibraryError

    try:
        args = library_parser().parse_args(list(argv))
    except _UsageError as exc:
        return _error(str(exc))
    if args.command is None:
        return _run_screen(args)
    try:
        with _open(args.library, refresh=args.command in ("list", "search", "story")) as lib:
            return COMMANDS[args.command](lib, args)
    except LibraryError as exc:
        return _error(str(exc))
    except StdoutError as exc:
        return _error(str(exc))
    except __import__("sqlite3").DatabaseError as exc:
        return _error(f"the library cannot be used ({exc})")


def _add(lib, args) -> int:
    from ..analysis import analyze
    from ..ingest import IngestError
    from ..library.db import read_article
    from ..library.sources import file_source, is_url

    status, added, known = 0, 0, 0
    for path in args.paths:
        if is_url(path):
            _say(f"{path}: web addresses cannot be read yet; save the page as a file")
            status = EXIT_BAD_INPUT
            continue
        try:
            article, raw = read_article(path, max_mb=args.max_mb)
        except IngestError as exc:
            _say(str(exc))
            status = EXIT_BAD_INPUT
            continue
        if article.notice:
            _say(article.notice)
        info = file_source(article, path)
        _id, new = lib.add(article, info, analyze(article), raw=raw, story=args.story)
        added += new
        known += not new
    story = f" (story {args.story!r})" if args.story else ""
    _say(f"added {added} article{'s' if added != 1 else ''}, {known} already there{story}; "
         f"{lib.count()} in {lib.path}")
    return status


def _clean(text: str) -> str:
    """A field for one line of the terminal: no control characters, no line breaks."""
    from ..ingest import sanitize

    return " ".join(sanitize(text).split())


def _cut(text: str, width: int) -> str:
    text = _clean(text)
    return text if len(text) <= width else text[:width - 1] + "…"


def _json(data: object) -> str:
    """JSON safe to print: control characters (C1 and bidi too) as \\u escapes."""
    from ..export.json_ import escape_controls

    return escape_controls(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _row_line(r) -> str:
    parties = ", ".join(r.parties[:3]) + (" …" if len(r.parties) > 3 else "")
    return (f"{r.id:>4}  {r.date or 'undated':<10}  {_cut(r.site or '—', 16):<16}  "
            f"{_cut(r.title, 60):<60}  {r.quotes:>3}q {r.demands:>3}d  {_clean(parties)}")


def _list(lib, args) -> int:
    ids = None
    if args.story:
        ids = lib.story_ids(args.story)
        if ids is None:
            return _error(f"no story named {args.story!r}")
    rows = lib.articles(party=args.party, ids=ids)
    if args.json:
        write_stdout(_json([r.to_dict() for r in rows]))
    else:
        write_stdout("".join(_row_line(r) + "\n" for r in rows))
    return 0


def _search(lib, args) -> int:
    from ..library.db import SNIPPET_CLOSE, SNIPPET_OPEN

    hits = lib.search(" ".join(args.query), limit=args.limit)
    if args.json:
        write_stdout(_json([{**h.article.to_dict(), "snippet": h.snippet.replace(
            SNIPPET_OPEN, "[").replace(SNIPPET_CLOSE, "]")} for h in hits]))
        return 0
    out = []
    for h in hits:
        r = h.article
        snippet = h.snippet.replace(SNIPPET_OPEN, "[").replace(SNIPPET_CLOSE, "]")
        out.append(f"{r.id:>4}  {r.date or 'undated':<10}  {_clean(r.title)}\n")
        out.append(f"      {_clean(snippet)}\n")
    write_stdout("".join(out))
    if not hits:
        _say("no article matches")
    return 0


def _stories(lib, args) -> int:
    write_stdout("".join(f"{_clean(n)}  ({c} article{'s' if c != 1 else ''})\n"
                         for n, c in lib.stories()))
    return 0


def _refs(lib, refs: list[str]) -> list[int]:
    from ..library.db import LibraryError

    ids = []
    for ref in refs:
        row = lib.find(ref)
        if row is None:
            raise LibraryError(f"no article {ref!r} in the library")
        ids.append(row.id)
    return ids


def _story(lib, args) -> int:
    from ..library.brief import render
    from ..library.stories import build_story, suggest

    name = args.name
    if args.delete:
        if not lib.story_delete(name):
            return _error(f"no story named {name!r}")
        _say(f"deleted the story {name!r}")
        return 0
    changed = False
    if args.add or args.add_search:
        ids = _refs(lib, args.add)
        if args.add_search:
            ids += [h.article.id for h in lib.search(args.add_search, limit=10_000)]
        n = lib.story_add(name, ids)
        _say(f"added {n} article{'s' if n != 1 else ''} to {name!r}")
        changed = True
    if args.remove:
        if lib.story_ids(name) is None:
            return _error(f"no story named {name!r}")
        n = lib.story_remove(name, _refs(lib, args.remove))
        _say(f"removed {n} article{'s' if n != 1 else ''} from {name!r}")
        changed = True
    if args.suggest:
        rows = suggest(lib, name)
        write_stdout("".join(one_line(f"{r.id:>4}  {r.date or 'undated'}  {r.title}  "
                                      f"(shares {', '.join(names[:4])}; {score})") + "\n"
                             for r, names, score in rows))
        return 0
    if args.format:
        story = build_story(lib, name, notes_dir=args.notes, use_notes=not args.no_notes)
        for problem in story.problems:
            _say(problem)
        text = render(story, args.format)
        if args.output == "-":
            write_stdout(text)
            return 0
        return _write(Path(args.output), text, args.force)
    if not changed:
        ids = lib.story_ids(name)
        if ids is None:
            return _error(f"no story named {name!r}")
        write_stdout("".join(_row_line(r) + "\n" for r in lib.articles(ids=ids)))
    return 0


def _write(dest: Path, text: str, force: bool) -> int:
    from ..export import ExportFormat
    from ..export.output import ExportError, write_files

    fmt = ExportFormat("story", "story", "", lambda docs: {"": text})
    try:
        write_files(fmt, dest, {dest: text}, force=force)
    except ExportError as exc:
        return _error(str(exc))
    _say(f"wrote {dest}")
    return 0


def _run_screen(args) -> int:
    from ..library.db import LibraryError

    try:
        lib = _open(args.library, refresh=True)
    except LibraryError as exc:
        return _error(str(exc))
    from ..library_app import run_library_app

    return run_library_app(lib, notes_dir=args.notes, story=args.story)


COMMANDS = {"add": _add, "list": _list, "search": _search, "stories": _stories, "story": _story}
