"""The user's notes, corrections and "marked wrong" flags for one article, kept on disk.

One JSON file per article text, named by the text's sha256, so a moved or renamed copy
finds its notes. An index (article path -> last sha256) is the second key: when the text
at a known path has changed, its old store is loaded and every record is re-anchored
onto the new text by its quoted words and context. Records that cannot be placed are
kept and flagged ``orphan``; nothing is ever dropped.

Every change is saved at once, atomically. A store that cannot be parsed is moved aside
(never overwritten) and the user is told; one that cannot be read makes the store
read-only for the session.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from .anchoring import Anchor, locate, make_anchor, reanchor
from ..atomic import write_atomic
from ..model import Annotations
from .files import INDEX_NAME, notes_dir, store_file

STORE_SCHEMA = "newsreader.notes/1"

TargetKind = Literal["quote", "party", "demand", "mention"]
PartyKind = Literal["state", "organisation", "person", "group"]


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


class StoreError(Exception):
    """A store file that exists but cannot be used; the message is for the user."""


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
        if d.get("kind") not in ("quote", "party", "demand", "mention"):
            raise ValueError(f"unknown target kind {d.get('kind')!r}")
        anchor = Anchor.from_dict(d["anchor"]) if d.get("anchor") else None
        return cls(d["kind"], str(d["id"]), anchor, str(d.get("label", "")))


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
        return cls(str(d["id"]), Target.from_dict(d["target"]), str(d["text"]),
                   [str(t) for t in d.get("tags", [])], str(d.get("created", "")),
                   str(d.get("modified", "")), bool(d.get("orphan", False)))


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
        np = d.get("new_party")
        return cls(str(d["id"]), Target.from_dict(d["target"]), d.get("speaker"), d.get("party"),
                   NewParty(str(np["id"]), str(np["name"]), np.get("kind", "group")) if np else None,
                   str(d.get("created", "")), bool(d.get("orphan", False)))


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
        return cls(str(d["id"]), Target.from_dict(d["target"]), str(d.get("created", "")),
                   bool(d.get("orphan", False)))


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

    # -- opening

    @property
    def file(self) -> Path:
        return store_file(self.directory, self.sha256)

    @classmethod
    def open(cls, ann: Annotations, directory: str | os.PathLike[str] | None = None, *,
             readonly: bool = False) -> "NoteStore":
        """The store for ann's text. readonly (for export) never moves or writes anything."""
        d = notes_dir(directory)
        path = _abspath(ann.source.path)
        store = cls(d, ann.source.sha256, path, readonly=readonly)
        source = store.file
        if not source.exists():
            old = _read_index(d).get(path)
            if old and old != store.sha256 and (d / f"{old}.json").exists():
                source, store.migrated_from = d / f"{old}.json", old
            else:
                return store
        try:
            data = _read_store(source)
        except PermissionError as exc:
            store.readonly = True
            store.problem = (f"cannot read the notes file {source} ({exc.strerror}); "
                             "notes are read-only for this article so the file is not overwritten")
            return store
        except StoreError as exc:
            store._set_aside(source, str(exc))
            return store
        store.notes, store.corrections, store.dismissed = data
        store.bind(ann)
        if store.migrated_from and not store.readonly:
            store.save()  # the records now live under the new text's key too
        return store

    def _set_aside(self, source: Path, reason: str) -> None:
        if self.readonly:
            self.problem = f"the notes file {source} is unusable ({reason}); exported without notes"
            return
        backup = source.with_name(f"{source.name}.corrupt-{datetime.now():%Y%m%d-%H%M%S}")
        try:
            os.replace(source, backup)
        except OSError as exc:
            self.readonly = True
            self.problem = (f"the notes file {source} is unusable ({reason}) and could not be "
                            f"moved aside ({exc.strerror}); notes are read-only")
            return
        self.problem = (f"the notes file was unusable ({reason}); it is kept as {backup}; "
                        "starting with no notes")

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
        """Write the store atomically and record this path -> sha256 in the index."""
        if self.readonly:
            raise StoreError(self.problem or "the notes store is read-only")
        self.directory.mkdir(parents=True, exist_ok=True)
        write_atomic(self.file, json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n",
                     mode=0o600)  # private: the user's own notes
        _update_index(self.directory, self.article_path, self.sha256)


def _clean_tags(tags: list[str]) -> list[str]:
    seen: list[str] = []
    for t in tags:
        t = t.strip().lstrip("#").strip()
        if t and t not in seen:
            seen.append(t)
    return seen


def _abspath(path: str) -> str:
    return str(Path(path).expanduser().resolve()) if path else ""


def _read_store(path: Path) -> tuple[list[Note], list[Correction], list[Dismissal]]:
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
        return ([Note.from_dict(d) for d in data.get("notes", [])],
                [Correction.from_dict(d) for d in data.get("corrections", [])],
                [Dismissal.from_dict(d) for d in data.get("dismissed", [])])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(f"a record is malformed: {exc!r}") from None


def _read_index(directory: Path) -> dict[str, str]:
    try:
        data = json.loads((directory / INDEX_NAME).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}  # the index is only a hint; the sha256-keyed stores are the truth
    paths = data.get("paths") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in paths.items()} if isinstance(paths, dict) else {}


def _update_index(directory: Path, path: str, sha: str) -> None:
    if not path:
        return
    index = _read_index(directory)
    if index.get(path) == sha:
        return
    index[path] = sha
    write_atomic(directory / INDEX_NAME, json.dumps({"paths": index}, indent=1) + "\n")
