"""The library database: one SQLite file (the standard library's ``sqlite3``).

- **Where**: ``--library PATH``, else ``$NEWSREADER_LIBRARY``, else ``library.sqlite3`` in
  the user data directory (platformdirs), beside the notes.
- **Schema**: versioned with ``PRAGMA user_version``; ``MIGRATIONS[v]`` takes a database
  from version ``v`` to ``v + 1``, all steps in one exclusive transaction, so a second
  process opening the file meanwhile waits and then finds it migrated. A file of a newer
  version than this newsreader knows is refused, never changed.
- **Two processes**: WAL mode (readers never wait for a writer), a 30 s busy timeout, and
  every change in one ``BEGIN IMMEDIATE`` transaction, so concurrent writers queue and
  nothing is lost. Adding an article is idempotent: its text's sha256 is unique.
- **Corrupt file**: a file SQLite cannot read as a database (or whose quick check fails)
  is moved aside as ``NAME.corrupt-STAMP`` (with its ``-wal``/``-shm``), never deleted,
  and a new library is started; ``Library.problem`` says so, for the user.
- **Search**: an FTS5 index over titles and texts (porter stemming, diacritics folded),
  kept in step by triggers.
- **Analysis**: stored as the annotations JSON with the engine version that made it, and
  recomputed from the stored text when the engine has changed since.

The notes are not here: they stay in the notes store (``tui/notes/store.py``), keyed by
the same sha256, with its own lock and merge.
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..atomic import locked
from ..ingest import Article, load_bytes
from ..model import Annotations, Source
from .engine import engine_version
from .sources import SourceInfo

ENV_VAR = "NEWSREADER_LIBRARY"
FILE_NAME = "library.sqlite3"
BUSY_TIMEOUT_MS = 30_000
SNIPPET_OPEN, SNIPPET_CLOSE = "\x1e", "\x1f"  # marks around a search hit in a snippet


class LibraryError(Exception):
    """The library cannot be used; the message is one line for the user."""


def library_path(override: str | os.PathLike[str] | None = None) -> Path:
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsreader", appauthor=False)) / FILE_NAME


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# ------------------------------------------------------------------------------ schema

def _v1(db: sqlite3.Connection) -> None:
    """Articles with their source and text, their analyses, stories."""
    _run(db, [
        """        CREATE TABLE articles (
            id          INTEGER PRIMARY KEY,
            sha256      TEXT NOT NULL UNIQUE,
            location    TEXT NOT NULL,            -- absolute path or URL
            title       TEXT NOT NULL DEFAULT '',
            site        TEXT NOT NULL DEFAULT '',
            date        TEXT,                     -- YYYY-MM-DD
            date_source TEXT NOT NULL DEFAULT '', -- metadata | file name | text | file time
            byline      TEXT NOT NULL DEFAULT '',
            url         TEXT NOT NULL DEFAULT '',
            format      TEXT NOT NULL DEFAULT 'text',
            encoding    TEXT NOT NULL DEFAULT 'utf-8',
            raw         TEXT NOT NULL,            -- the file as decoded (Markdown unconverted)
            text        TEXT NOT NULL,            -- the article's text (what offsets index)
            extra       TEXT NOT NULL DEFAULT '{}',
            added       TEXT NOT NULL
        )""",
        """        CREATE TABLE analyses (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            engine     TEXT NOT NULL,
            json       TEXT NOT NULL,
            parties    INTEGER NOT NULL DEFAULT 0,
            quotes     INTEGER NOT NULL DEFAULT 0,
            demands    INTEGER NOT NULL DEFAULT 0,
            analysed   TEXT NOT NULL
        )""",
        """        CREATE TABLE stories (
            id      INTEGER PRIMARY KEY,
            name    TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL
        )""",
        """        CREATE TABLE story_articles (
            story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            added      TEXT NOT NULL,
            PRIMARY KEY (story_id, article_id)
        )""",
    ])


def _v2(db: sqlite3.Connection) -> None:
    """Full-text search (FTS5) and a party index (filter by party, story suggestions),
    both filled from what version 1 holds."""
    _run(db, [
        """        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2')""",
        """        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END""",
        """        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
        END""",
        """        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
                VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END""",
        """        INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')""",
        """        CREATE TABLE article_parties (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            party_id   TEXT NOT NULL,
            name       TEXT NOT NULL,
            kind       TEXT NOT NULL,
            aliases    TEXT NOT NULL DEFAULT '[]',
            quotes     INTEGER NOT NULL DEFAULT 0,
            demands    INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (article_id, party_id)
        )""",
        """        CREATE INDEX article_parties_name ON article_parties(name COLLATE NOCASE)""",
    ])
    for article_id, data in db.execute("SELECT article_id, json FROM analyses").fetchall():
        try:
            ann = Annotations.from_dict(json.loads(data))
        except (ValueError, KeyError, TypeError):
            continue  # recomputed when next read
        _index_parties(db, article_id, ann)


def _run(db: sqlite3.Connection, statements: list[str]) -> None:
    # One by one: executescript would commit the migration's transaction first.
    for statement in statements:
        db.execute(statement)


# MIGRATIONS[v] takes the schema from version v to v + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def aliases_of(ann: Annotations, party_id: str) -> list[str]:
    """The names a party goes by in an article: its name and its named mentions (not 'he',
    not 'the senator')."""
    party = ann.party(party_id)
    if party is None:
        return []
    names = [party.name] + [m.text for m in party.mentions if m.text[:1].isupper()
                            and m.text.lower() not in _PRONOUNS]
    return list(dict.fromkeys(" ".join(n.split()) for n in names if n.strip()))


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "its",
             "their", "us", "you"}


def _index_parties(db: sqlite3.Connection, article_id: int, ann: Annotations) -> None:
    db.execute("DELETE FROM article_parties WHERE article_id = ?", (article_id,))
    quotes: dict[str, int] = {}
    for q in ann.quotes:
        if q.speaker and q.speaker.party:
            quotes[q.speaker.party] = quotes.get(q.speaker.party, 0) + 1
    demands: dict[str, int] = {}
    for d in ann.demands:
        if d.party:
            demands[d.party] = demands.get(d.party, 0) + 1
    db.executemany(
        "INSERT OR REPLACE INTO article_parties VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article_id, p.id, p.name, p.kind, json.dumps(aliases_of(ann, p.id)),
          quotes.get(p.id, 0), demands.get(p.id, 0)) for p in ann.parties])


# ------------------------------------------------------------------------------ rows

@dataclass(slots=True)
class ArticleRow:
    """One article of the library as listed (no text)."""

    id: int
    sha256: str
    location: str
    title: str
    site: str
    date: str | None
    date_source: str
    byline: str
    url: str
    format: str
    added: str
    parties: list[str] = field(default_factory=list)
    quotes: int = 0
    demands: int = 0
    engine: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "sha256": self.sha256, "location": self.location,
                "title": self.title, "site": self.site, "date": self.date,
                "date_source": self.date_source, "byline": self.byline, "url": self.url,
                "format": self.format, "added": self.added, "parties": list(self.parties),
                "quotes": self.quotes, "demands": self.demands}


@dataclass(slots=True)
class SearchHit:
    article: ArticleRow
    snippet: str  # hits between SNIPPET_OPEN and SNIPPET_CLOSE
    rank: float


_ROW_SQL = """
    SELECT a.id, a.sha256, a.location, a.title, a.site, a.date, a.date_source, a.byline,
           a.url, a.format, a.added,
           coalesce(n.quotes, 0), coalesce(n.demands, 0), coalesce(n.engine, '')
    FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
"""


def _row(r: Sequence[Any]) -> ArticleRow:
    return ArticleRow(*r[:11], quotes=r[11], demands=r[12], engine=r[13])


def fts_query(query: str) -> str:
    """The user's search as an FTS5 query that cannot be a syntax error: words and
    "quoted phrases" (all must match), OR and NOT between them, a trailing * for a prefix."""
    out: list[str] = []
    for token in re.findall(r'"[^"]*"?|\S+', query):
        if token in ("OR", "NOT", "AND"):
            if out and out[-1] not in ("OR", "NOT", "AND"):
                out.append(token)
            continue
        words = re.findall(r"\w+", token)
        if not words:
            continue
        prefix = "*" if token.endswith("*") and not token.startswith('"') else ""
        out.append('"' + " ".join(words) + '"' + prefix)
    while out and out[-1] in ("OR", "NOT", "AND"):
        out.pop()
    return " ".join(out)


# ------------------------------------------------------------------------------ library

def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT"))
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                         check_same_thread=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return db


class Library:
    """The open library. Use as a context manager, or call ``close``."""

    def __init__(self, path: Path, db: sqlite3.Connection, problem: str = "") -> None:
        self.path = path
        self.db = db
        self.problem = problem  # e.g. the corrupt file set aside, for the user

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> "Library":
        """Open (creating or migrating) the library. Raises LibraryError."""
        p = library_path(path)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryError(f"cannot create the library's folder {p.parent} "
                               f"({exc.strerror or exc})") from None
        if p.exists() and not p.is_file():
            raise LibraryError(f"the library {p} is not a file")
        problem = ""
        try:
            db = cls._open_checked(p)
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                raise LibraryError(f"cannot open the library {p} ({exc})") from None
            backup = cls._set_aside(p)
            problem = (f"the library {p} was unreadable ({exc}); it is kept as {backup}; "
                       "starting a new library") if backup else (
                       f"the library {p} was unreadable ({exc}); another process kept it "
                       "aside; starting a new library")
            try:
                db = cls._open_checked(p)
            except sqlite3.DatabaseError as exc2:
                raise LibraryError(f"cannot open the library {p} ({exc2})") from None
        except LibraryError:
            raise
        except OSError as exc:
            raise LibraryError(f"cannot open the library {p} ({exc.strerror or exc})") from None
        return cls(p, db, problem)

    @classmethod
    def _open_checked(cls, p: Path) -> sqlite3.Connection:
        db = _connect(p)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LibraryError(f"the library {p} was made by a newer newsreader (schema "
                                   f"{version}, this one knows {SCHEMA_VERSION}); not changed")
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {check}")
            _retry(lambda: db.execute("PRAGMA journal_mode = WAL"))
            db.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION:
                cls._migrate(db)
        except BaseException:
            db.close()
            raise
        return db

    @staticmethod
    def _migrate(db: sqlite3.Connection) -> None:
        db.execute("BEGIN EXCLUSIVE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another may have
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](db)
                db.execute(f"PRAGMA user_version = {step + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    @staticmethod
    def _set_aside(p: Path) -> Path | None:
        """Move the unreadable file (and its -wal, -shm) aside, under a lock, unless another
        process already did and a new library is there."""
        with locked(p.with_name(p.name + ".lock")):
            try:
                db = _connect(p)
                try:
                    db.execute("PRAGMA quick_check").fetchone()
                    return None  # replaced meanwhile by a readable one
                finally:
                    db.close()
            except sqlite3.DatabaseError:
                pass
            stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
            backup = p.with_name(f"{p.name}.corrupt-{stamp}")
            n = 1
            while backup.exists():
                n += 1
                backup = p.with_name(f"{p.name}.corrupt-{stamp}-{n}")
            os.replace(p, backup)
            for suffix in ("-wal", "-shm"):
                side = p.with_name(p.name + suffix)
                if side.exists():
                    os.replace(side, backup.with_name(backup.name + suffix))
            return backup

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        _retry(lambda: self.db.execute("BEGIN IMMEDIATE"))
        try:
            yield self.db
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    # -- articles ------------------------------------------------------------------------

    def add(self, article: Article, info: SourceInfo, ann: Annotations | None = None,
            *, raw: str | None = None, story: str | None = None) -> tuple[int, bool]:
        """Keep an article (analysed now unless ann is given). ``raw``: a Markdown
        article's source as decoded (its text is the converted one; see ``read_article``).
        Returns (id, added): added is False when its text was already in the library
        (missing source fields are filled in, the article's id kept)."""
        if ann is None:
            from ..analysis import analyze

            ann = analyze(article)
        if article.source.format == "markdown":
            if raw is None:
                raise LibraryError(f"{info.location}: a Markdown article needs its source")
        else:
            raw = article.source_text or article.text
        src = article.source
        with self._write() as db:
            row = db.execute("SELECT id, title, site, date, byline, url FROM articles "
                             "WHERE sha256 = ?", (src.sha256,)).fetchone()
            if row is None:
                cur = db.execute(
                    "INSERT INTO articles (sha256, location, title, site, date, date_source, "
                    "byline, url, format, encoding, raw, text, extra, added) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (src.sha256, info.location, info.title or src.title, info.site, info.date,
                     info.date_source if info.date else "", info.byline, info.url, src.format,
                     src.encoding, raw, article.text, json.dumps(info.extra), now()))
                article_id = int(cur.lastrowid)
                self._store_analysis(db, article_id, ann)
                added = True
            else:
                article_id = int(row[0])
                db.execute(
                    "UPDATE articles SET site = CASE WHEN site = '' THEN ? ELSE site END, "
                    "byline = CASE WHEN byline = '' THEN ? ELSE byline END, "
                    "url = CASE WHEN url = '' THEN ? ELSE url END WHERE id = ?",
                    (info.site, info.byline, info.url, article_id))
                added = False
            if story:
                self._story_add(db, story, [article_id])
        return article_id, added

    def _store_analysis(self, db: sqlite3.Connection, article_id: int, ann: Annotations) -> None:
        d = ann.to_dict()
        if ann.source_text:
            d["source_text"] = ann.source_text
        db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (article_id, engine_version(), json.dumps(d, ensure_ascii=False),
                    len(ann.parties), len(ann.quotes), len(ann.demands), now()))
        _index_parties(db, article_id, ann)

    def get(self, article_id: int) -> ArticleRow | None:
        r = self.db.execute(_ROW_SQL + " WHERE a.id = ?", (article_id,)).fetchone()
        return self._with_parties([_row(r)])[0] if r else None

    def find(self, ref: str) -> ArticleRow | None:
        """An article by id, sha256 (or a prefix of 8 or more), location or path."""
        if ref.isdigit() and (row := self.get(int(ref))):
            return row
        if re.fullmatch(r"[0-9a-f]{8,64}", ref):
            r = self.db.execute(_ROW_SQL + " WHERE a.sha256 LIKE ? ORDER BY a.id",
                                (ref + "%",)).fetchone()
            if r:
                return self._with_parties([_row(r)])[0]
        where = ref if "://" in ref else str(Path(ref).expanduser().resolve())
        r = self.db.execute(_ROW_SQL + " WHERE a.location = ?", (where,)).fetchone()
        return self._with_parties([_row(r)])[0] if r else None

    def articles(self, *, party: str | None = None, ids: Sequence[int] | None = None
                 ) -> list[ArticleRow]:
        """Articles by date (undated last), then title. party: only those with a party of
        that name or alias (case-insensitive)."""
        sql, args = _ROW_SQL, []
        where = []
        if party:
            where.append("a.id IN (SELECT article_id FROM article_parties WHERE "
                         "name = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM json_each(aliases) "
                         "WHERE value = ? COLLATE NOCASE))")
            args += [party, party]
        if ids is not None:
            where.append(f"a.id IN ({','.join('?' * len(ids))})")
            args += list(ids)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.date IS NULL, a.date, a.title COLLATE NOCASE, a.id"
        return self._with_parties([_row(r) for r in self.db.execute(sql, args)])

    def _with_parties(self, rows: list[ArticleRow]) -> list[ArticleRow]:
        by_id = {r.id: r for r in rows}
        if not by_id:
            return rows
        for article_id, name in self.db.execute(
                "SELECT article_id, name FROM article_parties ORDER BY article_id, "
                "demands + quotes DESC, rowid"):
            if article_id in by_id:
                by_id[article_id].parties.append(name)
        return rows

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def search(self, query: str, *, limit: int = 50) -> list[SearchHit]:
        """Articles matching query (see fts_query), best first, each with a snippet."""
        q = fts_query(query)
        if not q:
            return []
        rows = self.db.execute(
            "SELECT rowid, snippet(articles_fts, 1, ?, ?, '…', 12), bm25(articles_fts, 5.0, 1.0) "
            "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) "
            "LIMIT ?", (SNIPPET_OPEN, SNIPPET_CLOSE, q, limit)).fetchall()
        found = {r.id: r for r in self.articles(ids=[r[0] for r in rows])}
        return [SearchHit(found[r[0]], r[1], r[2]) for r in rows if r[0] in found]

    def parties(self) -> list[tuple[str, int]]:
        """Party names with the number of articles they are in, most first."""
        return [(n, c) for n, c in self.db.execute(
            "SELECT name, count(DISTINCT article_id) c FROM article_parties "
            "GROUP BY name COLLATE NOCASE ORDER BY c DESC, name COLLATE NOCASE")]

    # -- the article itself and its analysis ---------------------------------------------

    def article(self, article_id: int) -> Article:
        """The article as the reader reads it, rebuilt from the stored text."""
        r = self.db.execute("SELECT location, title, format, encoding, raw, sha256 FROM articles "
                            "WHERE id = ?", (article_id,)).fetchone()
        if r is None:
            raise LibraryError(f"no article {article_id} in the library")
        location, title, fmt, encoding, raw, sha = r
        art = load_bytes(raw.encode("utf-8"), location, markdown=fmt == "markdown")
        source = Source(location, art.source.format, title or art.source.title,
                        art.source.sha256, encoding)
        return Article(art.text, art.blocks, source, "", art.source_text)

    def annotations(self, article_id: int) -> Annotations:
        """The article's analysis: the stored one, or recomputed (and stored) when the
        engine changed since it was made."""
        r = self.db.execute("SELECT engine, json FROM analyses WHERE article_id = ?",
                            (article_id,)).fetchone()
        if r is not None and r[0] == engine_version():
            try:
                d = json.loads(r[1])
                ann = Annotations.from_dict(d)
                ann.source_text = ann.extra.pop("source_text", "")
                return ann
            except (ValueError, KeyError, TypeError):
                pass
        from ..analysis import analyze

        ann = analyze(self.article(article_id))
        with self._write() as db:
            self._store_analysis(db, article_id, ann)
        return ann

    def refresh_analyses(self) -> int:
        """Recompute every analysis made by another engine version; returns how many."""
        stale = [r[0] for r in self.db.execute(
            "SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id "
            "WHERE n.engine IS NULL OR n.engine != ?", (engine_version(),))]
        for article_id in stale:
            self.annotations(article_id)
        return len(stale)

    # -- stories -------------------------------------------------------------------------

    def _story_add(self, db: sqlite3.Connection, name: str, ids: Sequence[int]) -> int:
        db.execute("INSERT OR IGNORE INTO stories (name, created) VALUES (?, ?)", (name, now()))
        story_id = db.execute("SELECT id FROM stories WHERE name = ?", (name,)).fetchone()[0]
        stamp = now()
        before = db.total_changes
        db.executemany("INSERT OR IGNORE INTO story_articles VALUES (?, ?, ?)",
                       [(story_id, i, stamp) for i in ids])
        return db.total_changes - before

    def story_add(self, name: str, ids: Sequence[int]) -> int:
        """Add articles to a story (made if new); returns how many were not in it yet."""
        with self._write() as db:
            return self._story_add(db, name, ids)

    def story_remove(self, name: str, ids: Sequence[int]) -> int:
        with self._write() as db:
            cur = db.execute(
                f"DELETE FROM story_articles WHERE story_id = (SELECT id FROM stories WHERE "
                f"name = ?) AND article_id IN ({','.join('?' * len(ids))})", (name, *ids))
            return cur.rowcount

    def story_delete(self, name: str) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM stories WHERE name = ?", (name,)).rowcount > 0

    def stories(self) -> list[tuple[str, int]]:
        return [(n, c) for n, c in self.db.execute(
            "SELECT s.name, count(sa.article_id) FROM stories s LEFT JOIN story_articles sa "
            "ON sa.story_id = s.id GROUP BY s.id ORDER BY s.name COLLATE NOCASE")]

    def story_ids(self, name: str) -> list[int] | None:
        """The ids of a story's articles (by date), or None when there is no such story."""
        if self.db.execute("SELECT 1 FROM stories WHERE name = ?", (name,)).fetchone() is None:
            return None
        return [r[0] for r in self.db.execute(
            "SELECT a.id FROM story_articles sa JOIN stories s ON s.id = sa.story_id "
            "JOIN articles a ON a.id = sa.article_id WHERE s.name = ? "
            "ORDER BY a.date IS NULL, a.date, a.id", (name,))]

    def stories_of(self, article_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT s.name FROM stories s JOIN story_articles sa ON sa.story_id = s.id "
            "WHERE sa.article_id = ? ORDER BY s.name", (article_id,))]

    def party_aliases(self, article_ids: Sequence[int]) -> dict[int, list[tuple[str, str, str, list[str]]]]:
        """For each article: (party id, name, kind, aliases) of its parties."""
        out: dict[int, list[tuple[str, str, str, list[str]]]] = {i: [] for i in article_ids}
        if not article_ids:
            return out
        for aid, pid, name, kind, aliases in self.db.execute(
                "SELECT article_id, party_id, name, kind, aliases FROM article_parties WHERE "
                f"article_id IN ({','.join('?' * len(article_ids))}) ORDER BY rowid",
                list(article_ids)):
            out[aid].append((pid, name, kind, json.loads(aliases)))
        return out


def read_article(path: str | os.PathLike[str], *, max_mb: float | None = None
                 ) -> tuple[Article, str | None]:
    """Read an article file as ``ingest.load`` does, with its decoded source when it is
    Markdown (what ``Library.add`` keeps to rebuild it). Raises IngestError."""
    from ..ingest import DEFAULT_MAX_MB
    from ..ingest.files import MARKDOWN_SUFFIXES, decode, normalise_newlines, read_regular_file

    p = Path(path)
    data = read_regular_file(p, str(path), max_mb or DEFAULT_MAX_MB)
    markdown = p.suffix.lower() in MARKDOWN_SUFFIXES
    article = load_bytes(data, str(path), markdown=markdown)
    raw = normalise_newlines(decode(data, str(path))[0]) if markdown else None
    return article, raw


def _retry(fn: Callable[[], Any], attempts: int = 50) -> Any:
    """Run fn, waiting out a 'database is locked' that the busy handler does not cover
    (changing the journal mode, or BEGIN against a writer that holds the WAL lock)."""
    for i in range(attempts):
        try:
            return fn()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or i == attempts - 1:
                raise
            time.sleep(0.05 + 0.01 * i)
    return None
