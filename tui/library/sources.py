"""What is known of an article's source besides its text: where it is (a path or, once
web input exists, a URL), its title, site, date, byline.

The date matters most: a story orders demands by the dates of its articles. It is taken,
first to last, from

1. ``metadata``: a sources table beside the article (``SOURCES.tsv``, tab-separated, in
   its folder or the folder above, with a ``name`` column holding the file's stem and
   any of ``date``, ``title``, ``url``, ``site``, ``byline``), as corpora ship them;
2. ``file name``: a date written in the file's name (``nyt_2016-09-08_obama-on….txt``);
3. ``text``: a date at the head of the article (its first lines: a dateline such as
   ``September 27, 2016`` or ``2016-09-27``);
4. ``file time``: the file's modification time (UTC), when nothing better is known.

``date_source`` records which, and the brief says it. A web page's own metadata (issue
20) comes in as ``metadata`` through ``SourceInfo`` like anything else.
"""
from __future__ import annotations

import csv
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..ingest import Article

SOURCES_TABLE = "SOURCES.tsv"
DATE_SOURCES = ("metadata", "file name", "text", "file time")

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS) + "|" + "|".join(
    m[:3].capitalize() + r"\.?" for m in _MONTHS)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_MDY = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
_DMY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_RE})\s+(\d{{4}})\b")
_SITE_PREFIX = re.compile(r"^([A-Za-z0-9][A-Za-z0-9.-]*)_\d{4}-\d{2}-\d{2}(?:_|$)")
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von))"
                     r"{0,6})\s*$")
_HEAD_LINES = 4


@dataclass(slots=True)
class SourceInfo:
    """An article's source as the library keeps it."""

    location: str  # an absolute path, or a URL
    title: str = ""
    site: str = ""
    date: str | None = None  # YYYY-MM-DD
    date_source: str = ""  # one of DATE_SOURCES, "" when there is no date
    byline: str = ""
    url: str = ""  # the article's address (a URL source, or a file's original address)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def is_url(self) -> bool:
        return is_url(self.location)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def is_url(location: str) -> bool:
    return urlsplit(location).scheme in ("http", "https")


def site_of_url(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int:
    return [m[:3] for m in _MONTHS].index(name[:3].lower()) + 1


def find_date(text: str) -> str | None:
    """The first full date in text (ISO, ``Month D, YYYY`` or ``D Month YYYY``), or None."""
    found: list[tuple[int, str]] = []
    for m in _ISO.finditer(text):
        if (iso := _valid(int(m[1]), int(m[2]), int(m[3]))):
            found.append((m.start(), iso))
            break
    if (m := _MDY.search(text)) and (iso := _valid(int(m[3]), _month(m[1]), int(m[2]))):
        found.append((m.start(), iso))
    if (m := _DMY.search(text)) and (iso := _valid(int(m[3]), _month(m[2]), int(m[1]))):
        found.append((m.start(), iso))
    return min(found)[1] if found else None


def normalise_date(value: str) -> str | None:
    """A date from metadata (ISO date or timestamp, or written out) as YYYY-MM-DD."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return find_date(value)


@lru_cache(maxsize=16)
def _sources_table(path: str, mtime: float) -> dict[str, dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh, delimiter="\t")
            return {r["name"]: r for r in rows if r.get("name")}
    except (OSError, UnicodeDecodeError, csv.Error, KeyError):
        return {}


def table_row(path: Path) -> dict[str, str] | None:
    """This file's row in a sources table beside it, if any."""
    stem = path.name.split(".")[0]
    for folder in (path.parent, path.parent.parent):
        table = folder / SOURCES_TABLE
        try:
            mtime = table.stat().st_mtime
        except OSError:
            continue
        row = _sources_table(str(table), mtime).get(stem)
        if row:
            return row
    return None


def _head(text: str) -> str:
    return "\n".join(text.split("\n", _HEAD_LINES + 1)[:_HEAD_LINES])


def _byline(text: str) -> str:
    for line in _head(text).split("\n"):
        if (m := _BYLINE.match(line)):
            return m[1]
    return ""


def file_source(article: Article, path: str | os.PathLike[str]) -> SourceInfo:
    """What is known of a file article's source (see the module's docstring for the date)."""
    p = Path(path).expanduser().resolve()
    info = SourceInfo(str(p), title=article.source.title, byline=_byline(article.text))
    row = table_row(p) or {}
    if row.get("title", "").strip():
        info.title = row["title"].strip()
    if row.get("url", "").strip():
        info.url = row["url"].strip()
        info.site = site_of_url(info.url)
    if row.get("site", "").strip():
        info.site = row["site"].strip()
    if row.get("byline", "").strip():
        info.byline = row["byline"].strip()
    if (d := normalise_date(row.get("date", ""))):
        info.date, info.date_source = d, "metadata"
    if not info.site and (m := _SITE_PREFIX.match(p.name)):
        info.site = m[1]
    if info.date is None and (m := _ISO.search(p.name)):
        if (d := _valid(int(m[1]), int(m[2]), int(m[3]))):
            info.date, info.date_source = d, "file name"
    if info.date is None and (d := find_date(_head(article.text))):
        info.date, info.date_source = d, "text"
    if info.date is None:
        try:
            mtime = p.stat().st_mtime
            info.date = datetime.fromtimestamp(mtime, timezone.utc).date().isoformat()
            info.date_source = "file time"
        except OSError:
            pass
    return info
