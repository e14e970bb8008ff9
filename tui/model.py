"""The standoff data model every part of newsreader reads.

One article text, many typed spans over it (like spaCy's Doc/Span or brat's
standoff files). Offsets are code-point indices into ``Annotations.text``,
end exclusive, so ``text[start:end] == span.text`` always holds.

This module is pure data: no analysis, no UI. ``to_dict``/``from_dict`` give the
``newsreader.annotations/1`` JSON form, validated by ``schema/annotations.schema.json``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_ID = "newsreader.annotations/1"

PartyKind = Literal["state", "organisation", "person", "group"]
QuoteKind = Literal["direct", "partial", "continuation"]
Stance = Literal["demand", "reject"]
BlockKind = Literal["heading", "paragraph", "list_item", "blockquote"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: code-point offsets ``[start, end)`` and the words there."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


@dataclass(frozen=True, slots=True)
class Block:
    """A structural block of the article: a paragraph, heading, list item or block quote."""

    start: int
    end: int
    kind: BlockKind = "paragraph"
    level: int = 0  # heading level, or list nesting depth

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "kind": self.kind}
        if self.level:
            d["level"] = self.level
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Block":
        return cls(int(d["start"]), int(d["end"]), d.get("kind", "paragraph"), int(d.get("level", 0)))


@dataclass(frozen=True, slots=True)
class Source:
    """Where the article came from: its path (or the URL as given), format, title, the
    sha256 of its text (which keys the user's notes) and the encoding it was decoded from.
    A web page also has the address it was read from (after redirects), the site's name,
    the publication date (ISO 8601) and the byline; an article from a corpus file
    (``newsreader analyze --input corpus.jsonl``) the record's ``id``, ``url`` and ``date``
    as given. Each is "" when unknown and written only when set."""

    path: str
    format: Literal["text", "markdown", "html"]
    title: str
    sha256: str
    encoding: str = "utf-8"
    url: str = ""
    site: str = ""
    date: str = ""
    byline: str = ""
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "format": self.format, "title": self.title,
                             "sha256": self.sha256, "encoding": self.encoding}
        for key in SOURCE_EXTRAS:  # only those given: a text file's JSON is unchanged
            if value := getattr(self, key):
                d[key] = value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Source":
        return cls(d.get("path", ""), d.get("format", "text"), d.get("title", ""),
                   d.get("sha256", ""), d.get("encoding", "utf-8"),
                   **{key: str(d.get(key) or "") for key in SOURCE_EXTRAS})


# A web page's fields, then a corpus record's id: optional in Source's JSON.
WEB_FIELDS = ("url", "site", "date", "byline")
SOURCE_EXTRAS = (*WEB_FIELDS, "id")


@dataclass(frozen=True, slots=True)
class Member:
    """A person named as belonging to a party, with their role when the text gives it."""

    name: str
    role: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}


@dataclass(slots=True)
class Party:
    """A side in the story (a state, organisation, person or group) and where it is named."""

    id: str
    name: str
    kind: PartyKind
    mentions: list[Span] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind,
                "mentions": [m.to_dict() for m in self.mentions],
                "members": [m.to_dict() for m in self.members]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Party":
        return cls(d["id"], d["name"], d.get("kind", "group"),
                   [Span.from_dict(m) for m in d.get("mentions", [])],
                   [Member(m["name"], m.get("role", "")) for m in d.get("members", [])])


@dataclass(slots=True)
class Outlet:
    """A news organisation the article cites as a source, not a party to the story."""

    id: str
    name: str
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "mentions": [m.to_dict() for m in self.mentions]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Outlet":
        return cls(d["id"], d["name"], [Span.from_dict(m) for m in d.get("mentions", [])])


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote or demand rests on: the mention in the text and the resolved name."""

    name: str
    party: str | None
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "party": self.party, "start": self.start,
                "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "Speaker | None":
        if not d:
            return None
        return cls(d.get("name", ""), d.get("party"), int(d["start"]), int(d["end"]), d.get("text", ""))


@dataclass(slots=True)
class Quote:
    """A quotation: its span (marks included), its words, its speaker if one was found."""

    id: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Span | None = None
    outlet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "start": self.start, "end": self.end, "text": self.text,
                "kind": self.kind,
                "speaker": self.speaker.to_dict() if self.speaker else None,
                "cue": self.cue.to_dict() if self.cue else None,
                "outlet": self.outlet}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quote":
        return cls(d["id"], int(d["start"]), int(d["end"]), d["text"], d.get("kind", "direct"),
                   Speaker.from_dict(d.get("speaker")),
                   Span.from_dict(d["cue"]) if d.get("cue") else None, d.get("outlet"))


@dataclass(slots=True)
class Demand:
    """What a party demands or rejects, with the words that say so and a short summary."""

    id: str
    party: str | None
    stance: Stance
    summary: str
    start: int
    end: int
    text: str
    holder: Speaker
    cue: Span | None = None
    quote: str | None = None
    outlet: str | None = None
    # The party ids the demand is made of (empty when the text names none), and its type
    # (one of DEMAND_TYPES: ceasefire, release, policy, …, other).
    targets: list[str] = field(default_factory=list)
    type: str = "other"
    # Other statements of the same demand in the article ("the same demand repeated later
    # is one demand with all its evidence").
    evidence: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "party": self.party, "stance": self.stance, "summary": self.summary,
                "start": self.start, "end": self.end, "text": self.text,
                "holder": self.holder.to_dict(),
                "cue": self.cue.to_dict() if self.cue else None,
                "quote": self.quote, "outlet": self.outlet,
                "targets": list(self.targets), "type": self.type,
                "evidence": [e.to_dict() for e in self.evidence]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Demand":
        holder = Speaker.from_dict(d["holder"])
        assert holder is not None
        return cls(d["id"], d.get("party"), d["stance"], d.get("summary", ""),
                   int(d["start"]), int(d["end"]), d.get("text", ""), holder,
                   Span.from_dict(d["cue"]) if d.get("cue") else None,
                   d.get("quote"), d.get("outlet"), list(d.get("targets") or []), d.get("type") or "other",
                   [Span.from_dict(e) for e in d.get("evidence") or []])


@dataclass(slots=True)
class Annotations:
    """Everything newsreader knows about one article."""

    source: Source
    text: str
    paragraphs: list[Block]
    parties: list[Party] = field(default_factory=list)
    outlets: list[Outlet] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    demands: list[Demand] = field(default_factory=list)
    # Free-form extensions (user notes and corrections live here once applied).
    extra: dict[str, Any] = field(default_factory=dict)
    # The text before ingest replaced its control characters ("" when it had none).
    # Only the annotations JSON writes it, so there `text` equals the file.
    source_text: str = ""

    def party(self, party_id: str | None) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def outlet(self, outlet_id: str | None) -> Outlet | None:
        return next((o for o in self.outlets if o.id == outlet_id), None)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "source": self.source.to_dict(),
            "text": self.text,
            "paragraphs": [b.to_dict() for b in self.paragraphs],
            "parties": [p.to_dict() for p in self.parties],
            "outlets": [o.to_dict() for o in self.outlets],
            "quotes": [q.to_dict() for q in self.quotes],
            "demands": [x.to_dict() for x in self.demands],
        }
        d.update(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Annotations":
        known = {"schema", "source", "text", "paragraphs", "parties", "outlets", "quotes", "demands"}
        return cls(Source.from_dict(d.get("source", {})), d["text"],
                   [Block.from_dict(b) for b in d.get("paragraphs", [])],
                   [Party.from_dict(p) for p in d.get("parties", [])],
                   [Outlet.from_dict(o) for o in d.get("outlets", [])],
                   [Quote.from_dict(q) for q in d.get("quotes", [])],
                   [Demand.from_dict(x) for x in d.get("demands", [])],
                   {k: v for k, v in d.items() if k not in known})
