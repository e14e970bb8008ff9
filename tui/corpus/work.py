"""The per-article function: one item in, its output line and its messages out.

Every way of running a corpus (in process, a process pool, a Dask bag) calls
``analyze_item`` and writes what it returns in input order, so their outputs are the same
bytes. It never raises for a bad article: an unreadable file, a line that is not a JSON
object, or an exception in the engine is a failed Result with a one-line message naming
the article, and the corpus goes on.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from ..ingest import DEFAULT_MAX_MB, Article, IngestError, load_text, sanitize
from ..ingest.files import normalise_newlines
from .items import BadItem, FileItem, Item, RecordItem

RECORD_FIELDS = ("id", "title", "url", "date")


@dataclass(frozen=True, slots=True)
class Options:
    """How each article is read and written: the size limit, and json (one indented
    object) or jsonl (one line)."""

    max_mb: float = DEFAULT_MAX_MB
    format: str = "jsonl"
    offline: bool = False  # pages from the cache only (`--offline`)


class Result(NamedTuple):
    """What one article gives: its output (JSON text, "" when it failed), the messages
    for standard error in order (notices and errors, each naming the article), whether
    it failed, its words (for progress) and the input bytes it took."""

    out: str
    messages: tuple[str, ...]
    failed: bool
    words: int
    size: int


def analyze_item(item: Item, options: Options = Options()) -> Result:
    """Read, analyse and render one article; never raises for a bad one."""
    from ..analysis import analyze
    from ..ingest.sources import open_article  # a file, a saved page or a URL

    size = item.size
    if isinstance(item, BadItem):
        return Result("", (item.message,), True, 0, size)
    name = item.path if isinstance(item, FileItem) else item.name
    try:
        article = open_article(item.path, max_mb=options.max_mb, offline=options.offline) \
            if isinstance(item, FileItem) else record_article(item, options.max_mb)
    except IngestError as exc:
        return Result("", (str(exc),), True, 0, size)
    except Exception as exc:  # noqa: BLE001 - a reader's bug is this article's failure
        return Result("", (f"{name}: cannot read ({_describe(exc)})",), True, 0, size)
    notices = (article.notice,) if article.notice else ()
    try:
        out = render(analyze(article), options.format)
    except Exception as exc:  # noqa: BLE001 - an engine bug on one article spares the rest
        return Result("", (*notices, f"{name}: the analysis failed ({_describe(exc)})"), True, 0, size)
    return Result(out, notices, False, len(article.text.split()), size)


def analyze_batch(items: Iterable[Item], options: Options = Options()) -> list[Result]:
    """``analyze_item`` over a few items: what a pool worker runs for one task."""
    return [analyze_item(item, options) for item in items]


def render(ann, fmt: str) -> str:
    from ..export.json_ import render_json, render_jsonl

    return render_jsonl([ann]) if fmt == "jsonl" else render_json([ann])


def record_article(item: RecordItem, max_mb: float = DEFAULT_MAX_MB) -> Article:
    """The article one JSONL line stands for. Raises IngestError naming the line."""
    name = item.name
    raw = item.line.decode("utf-8", errors="replace")
    replaced = raw.count("\ufffd") - item.line.count("\ufffd".encode("utf-8"))
    try:
        record = json.loads(raw)
    except ValueError as exc:
        reason = f" ({exc.msg}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise IngestError(f"{name}: not a JSON object{reason}") from None
    if not isinstance(record, dict):
        raise IngestError(f"{name}: not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError(f"{name}: has no \"text\" string")
    if len(text) > max_mb * 2**20:  # characters: at least as many bytes
        raise IngestError(f"{name}: is larger than {max_mb:g} MB; "
                          "raise the limit with --max-mb if it really is an article")
    fields = {}
    for key in RECORD_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise IngestError(f"{name}: \"{key}\" is not a string")
        fields[key] = sanitize(str(value))
    if not text.strip():
        raise IngestError(f"{name}: is empty")
    notice = ""
    if replaced:
        places = "1 byte" if replaced == 1 else f"{replaced} bytes"
        notice = f"{name}: {places} not valid utf-8 replaced by \ufffd"
    return load_text(normalise_newlines(text), name, notice=notice, **fields)


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if len(text) > 200:
        text = text[:199] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
