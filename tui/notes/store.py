"""The user's notes, corrections and "marked wrong" flags for one article, kept on disk.

One JSON file per article text, named by the text's sha256, so a moved or renamed copy
finds its notes. An index (article path -> last sha256) is the second key: when the text
at a known path has changed, its old store is loaded and every record is re-anchored
onto the new text by its quoted words and context. Records that cannot be placed are
kept and flagged ``orphan``; nothing is ever dropped.

Every change is saved at once, atomically, and merged with what another process saved
meanwhile (a lock file beside the stores, then re-read, merge by record id, write), so two
readers of one article never lose each other's records. A store that cannot be parsed, or
whose records do not have the fields and types of the schema, is moved aside (never
overwritten, each backup under its own name) and the user is told; one that cannot be read
makes the store read-only for the session.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal, get_args

from .anchoring import Anchor, locate, make_anchor, reanchor
from ..atomic import locked, remove_stale_temps, write_atomic
from ..model import Annotations, PartyKind
from .files import INDEX_NAME, LOCK_NAME, notes_dir, store_file

STORE_SCHEMA = "newsreader.notes/1"

TargetKind = Literal["quote", "party", "demand", "mention"]


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class StoreError(Exception):
    """A store file that exists but cannot be used; the message is for the user."""


_REQUIRED = object()


def _get(d: Any, key: str, types: type | tuple[type, ...], default: Any = _REQUIRED) -> Any:
    """d[key], checked to be of types (a bool is no int here): the store is read from disk,
    and a wrong type must set the store aside, not crash an export much later."""
    if not isinstance(d, dict):
        raise ValueError(f"a record is {type(d).__name__}, not an object")
    if default is _REQUIRED and key not in d:
        raise ValueError(f"a record has no {key!r}")
    value = d.get(key, default)
    types = types if isinstance(types, tuple) else (types,)
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        raise ValueError(f"{key!r} is {type(value).__name__}, not "
                         + " or ".join("null" if t is type(None) else t.__name__ for t in types))
    return value


def _record_id(d: Any) -> str:
    rid = _get(d, "id", str)
    if not rid:
        raise ValueError("a record has an empty 'id'")
    return rid


def _offset(d: Any, key: str) -> int:
    value = _get(d, key, int)
    if value < 0:
        raise ValueError(f"{key!r} is negative")
    return value


def _strings(d: Any, key: str) -> list[str]:
    items = _get(d, key, list, [])
    if not all(isinstance(t, str) for t in items):
        raise ValueError(f"{key!r} holds something other than strings")
    return list(items)


# ---------------------------------------------------------------- records


@dataclass(slots=True)
class Target:
    """What a record is about: an item of the analysis, remembered by id *and* by its words."""

    kind: TargetKind
    id: str
    anchor: Anchor | None = None
    label: str = ""  # party name, for parties that have no mention to anchor on

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": self.id,
                "anchor": self.anchor.to_dict() if self.anchor else None, "label": self.label}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Target":
        kind = _get(d, "kind", str)
        if kind not in ("quote", "party", "demand", "mention"):
            raise ValueError(f"unknown target kind {kind!r}")
        a = _get(d, "anchor", (dict, type(None)), None)
        anchor = Anchor(_offset(a, "start"), _offset(a, "end"), _get(a, "exact", str),
                        _get(a, "prefix", str, ""), _get(a, "suffix", str, "")) if a else None
        return cls(kind, _get(d, "id", str), anchor, _get(d, "label", str, ""))


@dataclass(slots=True)
class Note:
    """The user's note on an item: free text and tags."""

    id: str
    target: Target
    text: str
    tags: list[str] = field(default_factory=list)
    created: str = ""
    modified: str = ""
    orphan: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "target": self.target.to_dict(), "text": self.text,
                "tags": list(self.tags), "created": self.created, "modified": self.modified,
                "orphan": self.orphan}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Note":
        return cls(_record_id(d), Target.from_dict(_get(d, "target", dict)),
                   _get(d, "text", str), _strings(d, "tags"), _get(d, "created", str, ""),
                   _get(d, "modified", str, ""), _get(d, "orphan", bool, False))


@dataclass(slots=True)
class NewParty:
    """A party the user named in a correction, unknown to the analysis."""

    id: str
    name: str
    kind: PartyKind = "group"

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind}


@dataclass(slots=True)
class Correction:
    """The user's speaker and/or party for one quote. ``party`` is a party id; if the user
    typed a new party, ``new_party`` describes it and ``party`` is its id."""

    id: str
    target: Target
    speaker: str | None = None
    party: str | None = None
    new_party: NewParty | None = None
    created: str = ""
    orphan: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "target": self.target.to_dict(), "speaker": self.speaker,
                "party": self.party,
                "new_party": self.new_party.to_dict() if self.new_party else None,
                "created": self.created, "orphan": self.orphan}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Correction":
        np = _get(d, "new_party", (dict, type(None)), None)
        new_party = None
        if np:
            kind = _get(np, "kind", str, "group")
            if kind not in get_args(PartyKind):
                raise ValueError(f"unknown party kind {kind!r}")
            new_party = NewParty(_get(np, "id", str), _get(np, "name", str), kind)
        maybe = (str, type(None))
        return cls(_record_id(d), Target.from_dict(_get(d, "target", dict)),
                   _get(d, "speaker", maybe, None), _get(d, "party", maybe, None), new_party,
                   _get(d, "created", str, ""), _get(d, "orphan", bool, False))


@dataclass(slots=True)
class Dismissal:
    """An automatic annotation the user marked wrong: hidden, and undone by deleting this."""

    id: str
    target: Target
    created: str = ""
    orphan: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "target": self.target.to_dict(), "created": self.created,
                "orphan": self.orphan}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Dismissal":
        return cls(_record_id(d), Target.from_dict(_get(d, "target", dict)),
                   _get(d, "created", str, ""), _get(d, "orphan", bool, False))


Record = Note | Correction | Dismissal

# ---------------------------------------------------------------- targets


def target_for(ann: Annotations, kind: TargetKind, item_id: str, *, mention: int = 0) -> Target:
    """A Target for an item of ann: its id plus an anchor on its words."""
    if kind == "quote":
        q = next(q for q in ann.quotes if q.id == item_id)
        return Target(kind, item_id, make_anchor(ann.text, q.start, q.end))
    if kind == "demand":
        x = next(x for x in ann.demands if x.id == item_id)
        return Target(kind, item_id, make_anchor(ann.text, x.start, x.end))
    p = ann.party(item_id)
    if p is None:
        raise StopIteration(item_id)
    if kind == "mention":
        m = p.mentions[mention]
        return Target(kind, item_id, make_anchor(ann.text, m.start, m.end), p.name)
    anchor = make_anchor(ann.text, p.mentions[0].start, p.mentions[0].end) if p.mentions else None
    return Target("party", item_id, anchor, p.name)


def _best_span(spans: list[tuple[str, int, int]], where: tuple[int, int]) -> str | None:
    """The id whose span equals where, else the one overlapping it most."""
    s0, e0 = where
    best, best_overlap = None, 0
    for item_id, s, e in spans:
        if (s, e) == (s0, e0):
            return item_id
        overlap = min(e, e0) - max(s, s0)
        if overlap > best_overlap:
            best, best_overlap = item_id, overlap
    return best


def resolve(target: Target, ann: Annotations) -> str | None:
    """The id of the item target points at in ann, or None (an orphan)."""
    where = locate(target.anchor, ann.text) if target.anchor else None
    if target.kind == "quote":
        return _best_span([(q.id, q.start, q.end) for q in ann.quotes], where) if where else None
    if target.kind == "demand":
        return _best_span([(x.id, x.start, x.end) for x in ann.demands], where) if where else None
    # Parties: ids and names are stable across edits; fall back to a mention at the anchor.
    if target.kind == "party" and ann.party(target.id):
        return target.id
    named = [p for p in ann.parties if target.label and p.name.casefold() == target.label.casefold()]
    if target.kind == "party" and named:
        return named[0].id
    if where:
        spans = [(p.id, m.start, m.end) for p in ann.parties for m in p.mentions]
        found = _best_span(spans, where)
        if target.kind == "mention" or found:
            return found
    return None


# ---------------------------------------------------------------- the store


@dataclass
class NoteStore:
    """One article's notes, corrections and dismissals, saved atomically on every change."""

    directory: Path
    sha256: str
    article_path: str
    notes: list[Note] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    dismissed: list[Dismissal] = field(default_factory=list)
    problem: str = ""  # one message for the user (corrupt store, unreadable file, ...)
    readonly: bool = False
    migrated_from: str | None = None  # sha256 of the older text the records came from
    resolved: dict[str, str | None] = field(default_factory=dict)  # record id -> item id
    # Each record as last read from or written to the file: the base of the three-way merge
    # with what another process saved since (see _merge).
    _base: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    # -- opening

    @property
    def file(self) -> Path:
        return store_file(self.directory, self.sha256)

    def _lock(self) -> Any:
        return locked(self.directory / LOCK_NAME)

    @classmethod
    def open(cls, ann: Annotations, directory: str | os.PathLike[str] | None = None, *,
             readonly: bool = False) -> "NoteStore":
        """The store for ann's text. readonly (for export) never moves or writes anything."""
        d = notes_dir(directory)
        path = _abspath(ann.source.path)
        store = cls(d, ann.source.sha256, path, readonly=readonly)
        try:
            source = store._find_source()
        except OSError as exc:  # e.g. a directory we may not search
            store.readonly = True
            store.problem = (f"cannot use the notes directory {d} ({exc.strerror or exc}); "
                             "notes are read-only for this article")
            return store
        if source is None:
            return store
        try:
            data = _read_store(source)
        except PermissionError as exc:
            store.readonly = True
            store.problem = (f"cannot read the notes file {source} ({exc.strerror}); "
                             "notes are read-only for this article so the file is not overwritten")
            return store
        except StoreError as exc:
            data = store._set_aside(source, str(exc))
            if data is None:
                return store
        store.notes, store.corrections, store.dismissed = data
        store._base = {r.id: r.to_dict() for r in store.records()}
        store.bind(ann)
        if store.migrated_from and not store.readonly:
            store.save()  # the records now live under the new text's key too
        return store

    def _find_source(self) -> Path | None:
        """The file to load: this text's store, else the store of the text last seen at
        this path (to migrate), else None. Clears stale temporary files on the way."""
        if not self.readonly and self.directory.is_dir():
            self._remove_stale_temps()
        if self.file.exists():
            return self.file
        old = _read_index(self.directory).get(self.article_path)
        if old and old != self.sha256 and store_file(self.directory, old).exists():
            self.migrated_from = old
            return store_file(self.directory, old)
        return None

    def _remove_stale_temps(self) -> None:
        # A process killed while saving leaves its temporary file; under the lock no live
        # writer has one, and only old ones of this store and of the index are touched.
        try:
            with self._lock():
                remove_stale_temps(self.file)
                remove_stale_temps(self.directory / INDEX_NAME)
        except OSError:
            pass  # e.g. a read-only directory: saving will say so

    def _set_aside(self, source: Path, reason: str) -> Records | None:
        """Move an unusable store aside, under the lock. Returns the records if another
        process has meanwhile replaced it with a usable one, else None."""
        if self.readonly:
            self.problem = f"the notes file {source} is unusable ({reason}); exported without notes"
            return None
        try:
            with self._lock():
                if not source.exists():  # another process set it aside first
                    self.problem = (f"the notes file was unusable ({reason}); another reader "
                                    "kept it aside; starting with no notes")
                    return None
                try:
                    return _read_store(source)  # set aside and rewritten by another process?
                except (StoreError, PermissionError):
                    pass
                backup = _move_aside(source)
        except OSError as exc:
            self.readonly = True
            self.problem = (f"the notes file {source} is unusable ({reason}) and could not be "
                            f"moved aside ({exc.strerror}); notes are read-only")
            return None
        self.problem = (f"the notes file was unusable ({reason}); it is kept as {backup}; "
                        "starting with no notes")
        return None

    # -- binding to the current analysis

    def records(self) -> list[Record]:
        return [*self.notes, *self.corrections, *self.dismissed]

    def bind(self, ann: Annotations) -> None:
        """Resolve every record against ann; re-anchor moved ones; flag the unplaceable."""
        self.resolved.clear()
        for rec in self.records():
            t = rec.target
            if t.anchor is not None and ann.text[t.anchor.start:t.anchor.end] != t.anchor.exact:
                moved = reanchor(t.anchor, ann.text)
                if moved is not None:
                    t.anchor = moved
            item = resolve(t, ann)
            self.resolved[rec.id] = item
            rec.orphan = item is None
            if item is not None:
                t.id = item

    def orphans(self) -> list[Record]:
        return [r for r in self.records() if r.orphan]

    def notes_for(self, kind: TargetKind, item_id: str) -> list[Note]:
        return [n for n in self.notes if not n.orphan and n.target.kind == kind
                and self.resolved.get(n.id) == item_id]

    def correction_for(self, quote_id: str) -> Correction | None:
        return next((c for c in self.corrections
                     if not c.orphan and self.resolved.get(c.id) == quote_id), None)

    def dismissal_for(self, kind: TargetKind, item_id: str) -> Dismissal | None:
        return next((x for x in self.dismissed if not x.orphan and x.target.kind == kind
                     and self.resolved.get(x.id) == item_id), None)

    # -- changes (each one saved at once)

    def add_note(self, target: Target, text: str, tags: list[str] | None = None) -> Note:
        stamp = now()
        note = Note(new_id("n"), target, text, _clean_tags(tags or []), stamp, stamp)
        self.notes.append(note)
        self.resolved[note.id] = target.id
        self.save()
        return note

    def edit_note(self, note_id: str, text: str, tags: list[str] | None = None) -> Note:
        note = self._find(self.notes, note_id)
        note.text, note.tags, note.modified = text, _clean_tags(tags or []), now()
        self.save()
        return note

    def delete(self, record_id: str) -> Record:
        """Delete a note, a correction or a dismissal (which restores the item)."""
        for records in (self.notes, self.corrections, self.dismissed):
            for i, rec in enumerate(records):
                if rec.id == record_id:
                    del records[i]
                    self.resolved.pop(record_id, None)
                    self.save()
                    return rec
        raise KeyError(record_id)

    def correct(self, target: Target, *, speaker: str | None = None, party: str | None = None,
                new_party: NewParty | None = None) -> Correction:
        """Set the user's speaker and/or party for a quote (replacing an earlier correction)."""
        old = self.correction_for(target.id)
        if old is not None:
            self.corrections.remove(old)
        corr = Correction(new_id("c"), target,
                          speaker if speaker is not None else (old.speaker if old else None),
                          party if party is not None else (old.party if old else None),
                          new_party if new_party is not None
                          else (old.new_party if old and party is None else None),
                          now())
        self.corrections.append(corr)
        self.resolved[corr.id] = target.id
        self.save()
        return corr

    def dismiss(self, target: Target) -> Dismissal:
        existing = self.dismissal_for(target.kind, target.id)
        if existing is not None:
            return existing
        rec = Dismissal(new_id("x"), target, now())
        self.dismissed.append(rec)
        self.resolved[rec.id] = target.id
        self.save()
        return rec

    @staticmethod
    def _find(records: list[Any], record_id: str) -> Any:
        for rec in records:
            if rec.id == record_id:
                return rec
        raise KeyError(record_id)

    # -- saving

    def to_dict(self) -> dict[str, Any]:
        return {"schema": STORE_SCHEMA, "sha256": self.sha256, "path": self.article_path,
                "saved": now(),
                "notes": [n.to_dict() for n in self.notes],
                "corrections": [c.to_dict() for c in self.corrections],
                "dismissed": [x.to_dict() for x in self.dismissed]}

    def save(self) -> None:
        """Merge with what another process saved, write the store atomically and record
        this path -> sha256 in the index, all under the lock."""
        if self.readonly:
            raise StoreError(self.problem or "the notes store is read-only")
        self.directory.mkdir(parents=True, exist_ok=True)
        with self._lock():
            self._merge_from_disk()
            write_atomic(self.file, json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n",
                         mode=0o600)  # private: the user's own notes
            self._base = {r.id: r.to_dict() for r in self.records()}
            _put_index(self.directory, self.article_path, self.sha256)

    def _merge_from_disk(self) -> None:
        """Take in what another process saved since we last read or wrote the file."""
        try:
            if not self.file.exists():
                return
            theirs = _read_store(self.file)
        except PermissionError as exc:
            raise StoreError(f"cannot read the notes file {self.file} ({exc.strerror}) "
                             "to merge with it; not overwriting it") from None
        except StoreError as exc:
            backup = _move_aside(self.file)  # never overwritten, even when unusable
            self.problem = f"the notes file was unusable ({exc}); it is kept as {backup}"
            return
        for ours, disk in zip((self.notes, self.corrections, self.dismissed), theirs):
            self._merge(ours, disk)  # type: ignore[arg-type]

    def _merge(self, ours: list[Record], disk: list[Record]) -> None:
        """Three-way merge of one kind of record, by id, against self._base: a record new
        on disk is added, one changed only there is taken, one deleted only there is
        dropped; what this process added, changed or deleted stands."""
        index = {r.id: i for i, r in enumerate(ours)}
        for rec in disk:
            i = index.get(rec.id)
            if i is None:
                if rec.id not in self._base:  # added by another process (else deleted here)
                    ours.append(rec)
                    self.resolved[rec.id] = None if rec.orphan else rec.target.id
            elif ours[i].to_dict() == self._base.get(rec.id):  # unchanged here: take theirs
                ours[i] = rec
                self.resolved[rec.id] = None if rec.orphan else rec.target.id
        on_disk = {r.id for r in disk}
        gone = {r.id for r in ours if r.id not in on_disk and r.id in self._base
                and r.to_dict() == self._base[r.id]}  # deleted by another process, unchanged here
        ours[:] = [r for r in ours if r.id not in gone]
        for rid in gone:
            self.resolved.pop(rid, None)


def _clean_tags(tags: list[str]) -> list[str]:
    seen: list[str] = []
    for t in tags:
        t = t.strip().lstrip("#").strip()
        if t and t not in seen:
            seen.append(t)
    return seen


def _abspath(path: str) -> str:
    return str(Path(path).expanduser().resolve()) if path else ""


Records = tuple[list[Note], list[Correction], list[Dismissal]]


def _move_aside(source: Path) -> Path:
    """Rename an unusable store to a backup name of its own (call with the lock held):
    two set aside in the same second must not overwrite each other."""
    stamp = f"{source.name}.corrupt-{datetime.now():%Y%m%d-%H%M%S}"
    backup, n = source.with_name(stamp), 1
    while backup.exists() or backup.is_symlink():
        n += 1
        backup = source.with_name(f"{stamp}-{n}")
    os.replace(source, backup)
    return backup


def _read_store(path: Path) -> Records:
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise
    except OSError as exc:
        raise StoreError(f"cannot read it: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("schema") != STORE_SCHEMA:
        raise StoreError(f"not a {STORE_SCHEMA} file")
    try:
        return ([Note.from_dict(d) for d in _get(data, "notes", list, [])],
                [Correction.from_dict(d) for d in _get(data, "corrections", list, [])],
                [Dismissal.from_dict(d) for d in _get(data, "dismissed", list, [])])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(f"a record is malformed: {exc}") from None


def _read_index(directory: Path) -> dict[str, str]:
    try:
        data = json.loads((directory / INDEX_NAME).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}  # the index is only a hint; the sha256-keyed stores are the truth
    paths = data.get("paths") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in paths.items()} if isinstance(paths, dict) else {}


def _update_index(directory: Path, path: str, sha: str) -> None:
    """Record path -> sha in the index, under the lock: re-read, change one entry, write,
    so that another process's entries survive."""
    if not path:
        return
    with locked(directory / LOCK_NAME):
        _put_index(directory, path, sha)


def _put_index(directory: Path, path: str, sha: str) -> None:
    """_update_index with the lock already held."""
    if not path:
        return
    index = _read_index(directory)
    if index.get(path) == sha:
        return
    index[path] = sha
    write_atomic(directory / INDEX_NAME, json.dumps({"paths": index}, indent=1) + "\n")
