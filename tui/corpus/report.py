"""The corpus summary: per party across a corpus, its articles, quotes, demands and top
speakers (``newsreader corpus-report OUT.jsonl``).

A party is known across articles by its name as the analysis wrote it (each article
numbers its own parties p1, p2…); its kind is the one it has most often. Quotes count for
the party of their speaker, demands and rejections for their holder's party, and the top
speakers are the names most often quoted for the party. The report reads the annotations
JSONL one line at a time: memory grows with the parties and speakers, not the articles.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

COLUMNS = ["party", "kind", "articles", "quotes", "demands", "rejections", "top_speakers"]


@dataclass(slots=True)
class PartyStats:
    name: str
    kinds: Counter[str] = field(default_factory=Counter)
    articles: int = 0
    quotes: int = 0
    demands: int = 0
    rejections: int = 0
    speakers: Counter[str] = field(default_factory=Counter)

    @property
    def kind(self) -> str:
        # most frequent, ties to the first in alphabetical order (stable across runs)
        return min(self.kinds.items(), key=lambda kv: (-kv[1], kv[0]))[0] if self.kinds else ""

    def top_speakers(self, n: int) -> list[tuple[str, int]]:
        return sorted(self.speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


@dataclass(slots=True)
class CorpusReport:
    articles: int = 0
    quotes: int = 0
    quotes_with_party: int = 0
    demands: int = 0
    rejections: int = 0
    parties: dict[str, PartyStats] = field(default_factory=dict)

    def add(self, doc: dict[str, Any]) -> None:
        """One article's annotations JSON (``newsreader.annotations/1``)."""
        names: dict[str, str] = {}
        for p in _dicts(doc.get("parties")):
            name = " ".join(str(p.get("name") or "").split())
            if not name:
                continue
            names[str(p.get("id"))] = name
            stats = self._party(name)
            stats.kinds[str(p.get("kind") or "group")] += 1
        for name in set(names.values()):
            self.parties[name].articles += 1
        self.articles += 1
        for q in _dicts(doc.get("quotes")):
            self.quotes += 1
            speaker = q.get("speaker")
            speaker = speaker if isinstance(speaker, dict) else {}
            name = _party_of(names, speaker.get("party"))
            if name is None:
                continue
            self.quotes_with_party += 1
            stats = self.parties[name]
            stats.quotes += 1
            who = " ".join(str(speaker.get("name") or "").split())
            if who:
                stats.speakers[who] += 1
        for d in _dicts(doc.get("demands")):
            reject = d.get("stance") == "reject"
            if reject:
                self.rejections += 1
            else:
                self.demands += 1
            name = _party_of(names, d.get("party"))
            if name is not None:
                if reject:
                    self.parties[name].rejections += 1
                else:
                    self.parties[name].demands += 1

    def _party(self, name: str) -> PartyStats:
        stats = self.parties.get(name)
        if stats is None:
            stats = self.parties[name] = PartyStats(name)
        return stats

    def ranked(self) -> list[PartyStats]:
        """Most present first: by articles, then quotes, demands, and name."""
        return sorted(self.parties.values(),
                      key=lambda s: (-s.articles, -s.quotes, -(s.demands + s.rejections), s.name))

    def rows(self, top: int = 3) -> Iterator[list[object]]:
        for s in self.ranked():
            yield [s.name, s.kind, s.articles, s.quotes, s.demands, s.rejections,
                   "; ".join(f"{who} ({n})" for who, n in s.top_speakers(top))]

    def summary(self) -> str:
        return (f"{self.articles:,} articles, {len(self.parties):,} parties, {self.quotes:,} quotes "
                f"({self.quotes_with_party:,} with a party), {self.demands:,} demands, "
                f"{self.rejections:,} rejections")


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _party_of(names: dict[str, str], party_id: Any) -> str | None:
    return names.get(party_id) if isinstance(party_id, str) else None


class ReportError(Exception):
    """A line that is not an article's annotations; the message names it."""


def read_annotations(lines: Iterable[bytes], name: str) -> Iterator[dict[str, Any] | ReportError]:
    """The annotations object of each non-blank line, or a ReportError in its place."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except ValueError:
            yield ReportError(f"{name}:{lineno}: not a JSON object")
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("parties", []), list) or (
                "text" not in doc and "source" not in doc):
            yield ReportError(f"{name}:{lineno}: not an article's annotations "
                              "(newsreader analyze --format jsonl writes them)")
            continue
        yield doc
