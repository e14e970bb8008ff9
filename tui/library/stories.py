"""A story's view: what every party demanded and rejected, and when, across its articles.

``build_story(library, name)`` loads the story's articles (each analysis with the user's
notes and corrections applied, as every export does), matches their parties
(``matching.py``) and assembles ``Story``:

- **threads**: a party's demands (or rejections) across articles that are one demand
  (same stance; the same type with summaries sharing words, or summaries sharing most of
  their words), each with every occurrence (article, date, words) and what became of it:
  ``first`` seen, ``repeated`` on later dates, ``rejected`` when another party rejects it
  or a rejection of that party on the same matter follows, ``dropped`` when a demand made
  on two dates or more is not made again although the party is heard in later articles;
- **per day**: each party's demands and rejections counted per article date (the plot);
- **quotes by speaker** across articles;
- **matrix**: who demands what of whom over the whole story (holders × targets).

Articles without a date sort last and count as "undated". ``suggest`` lists library
articles outside the story that share its parties.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..model import Annotations, Demand, Quote
from .db import ArticleRow, Library, LibraryError
from .matching import StoryParties, StoryParty, match_parties, normalise

UNDATED = "undated"
NO_TARGET = ""

_STOP = {"the", "a", "an", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with",
         "his", "her", "their", "its", "be", "is", "are", "that", "this", "it", "as", "from",
         "all", "any", "more", "no", "not", "so", "called", "what", "he", "she", "they",
         "him", "them", "up", "out", "about", "into"}


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", normalise(text))
    return {w[:6] for w in words if w not in _STOP and len(w) > 2}


def similar(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


@dataclass(slots=True)
class Occurrence:
    """One statement of a demand in one article."""

    article_id: int
    date: str  # YYYY-MM-DD or UNDATED
    demand: Demand
    holder: str  # who voiced it (a person's name, or the party's)
    targets: list[str]  # story party keys

    @property
    def text(self) -> str:
        return self.demand.text


@dataclass(slots=True)
class Thread:
    """A demand (or rejection) of one party across the story."""

    id: str
    party: str  # story party key
    stance: str
    type: str
    summary: str
    occurrences: list[Occurrence] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    rejected_by: list[tuple[str, Occurrence]] = field(default_factory=list)  # (party, rejection)
    dropped_after: str | None = None  # the last date, when the party spoke later without it
    later_articles: int = 0  # articles after the last occurrence where the party is heard

    @property
    def first(self) -> str:
        return self.occurrences[0].date

    @property
    def dates(self) -> list[str]:
        return list(dict.fromkeys(o.date for o in self.occurrences))

    @property
    def repeated(self) -> list[str]:
        return self.dates[1:]

    def status(self) -> str:
        """One word for the thread's fate."""
        if self.rejected_by:
            return "rejected"
        if self.dropped_after:
            return "dropped"
        if len(self.dates) > 1:
            return "repeated"
        return "once"


@dataclass(slots=True)
class StoryQuote:
    article_id: int
    date: str
    quote: Quote
    speaker: str
    party: str | None  # story party key


@dataclass(slots=True)
class Story:
    name: str
    articles: list[ArticleRow]
    docs: dict[int, Annotations]
    parties: StoryParties
    threads: list[Thread]
    quotes: list[StoryQuote]
    matrix: dict[tuple[str, str], list[Occurrence]]  # (holder key, target key or "") -> items
    problems: list[str] = field(default_factory=list)  # e.g. unusable notes stores

    def article(self, article_id: int) -> ArticleRow:
        return next(a for a in self.articles if a.id == article_id)

    @property
    def dates(self) -> list[str]:
        return sorted({date_of(a) for a in self.articles}, key=_date_order)

    def threads_of(self, key: str) -> list[Thread]:
        return [t for t in self.threads if t.party == key]

    def quotes_of(self, key: str) -> list[StoryQuote]:
        return [q for q in self.quotes if q.party == key]

    def per_day(self, key: str) -> list[tuple[str, int, int]]:
        """(date, demands, rejections) for every date of the story, for one party."""
        counts: dict[str, list[int]] = {d: [0, 0] for d in self.dates}
        for t in self.threads_of(key):
            for o in t.occurrences:
                counts[o.date][0 if t.stance == "demand" else 1] += 1
        return [(d, c[0], c[1]) for d, c in counts.items()]

    def active_parties(self) -> list[StoryParty]:
        """Parties with a demand, rejection or quote: most demands and rejections first."""
        weight: Counter[str] = Counter()
        for t in self.threads:
            weight[t.party] += 2 * len(t.occurrences)
        for q in self.quotes:
            if q.party:
                weight[q.party] += 1
        ranked = [p for p in self.parties.parties if weight[p.key]]
        ranked.sort(key=lambda p: (-weight[p.key], -len(p.articles), p.name.casefold()))
        return ranked

    def name_of(self, key: str | None) -> str:
        p = self.parties.party(key)
        return p.name if p else ("unattributed" if not key else key)

    def date_sources(self) -> Counter[str]:
        return Counter(a.date_source or "none" for a in self.articles)


def date_of(row: ArticleRow) -> str:
    return row.date or UNDATED


def _date_order(d: str) -> tuple[int, str]:
    return (d == UNDATED, d)


def load_docs(lib: Library, ids: list[int], notes_dir: str | None = None,
              use_notes: bool = True) -> tuple[dict[int, Annotations], list[str]]:
    """Each article's analysis with the user's notes and corrections applied."""
    from ..notes.corrections import apply_user_annotations
    from ..notes.files import may_have_notes, notes_dir as find_notes_dir

    docs: dict[int, Annotations] = {}
    problems: list[str] = []
    directory = find_notes_dir(notes_dir)
    for aid in ids:
        ann = lib.annotations(aid)
        store = None
        if use_notes and may_have_notes(directory, ann.source.sha256):
            from ..notes.store import NoteStore

            store = NoteStore.open(ann, directory, readonly=True)
            if store.problem:
                problems.append(store.problem)
                store = None
        docs[aid] = apply_user_annotations(ann, store)
    return docs, problems


def build_story(lib: Library, name: str, *, notes_dir: str | None = None,
                use_notes: bool = True) -> Story:
    ids = lib.story_ids(name)
    if ids is None:
        known = ", ".join(n for n, _ in lib.stories()) or "none yet"
        raise LibraryError(f"no story named {name!r} (stories: {known})")
    rows = lib.articles(ids=ids)
    docs, problems = load_docs(lib, [r.id for r in rows], notes_dir, use_notes)
    return assemble_story(name, rows, docs, problems)


def assemble_story(name: str, rows: list[ArticleRow], docs: dict[int, Annotations],
                   problems: list[str] | None = None) -> Story:
    rows = sorted(rows, key=lambda r: (_date_order(date_of(r)), r.id))
    sp = match_parties(docs)
    occurrences: list[tuple[str, str, Occurrence]] = []  # (party, stance, occ)
    quotes: list[StoryQuote] = []
    heard: dict[str, set[int]] = defaultdict(set)  # party -> articles where it speaks/demands
    for row in rows:
        ann = docs[row.id]
        date = date_of(row)
        for d in ann.demands:
            key = sp.for_speaker(row.id, d.holder.name, d.party)
            targets = [k for k in (sp.key_of(row.id, t) for t in d.targets) if k and k != key]
            occ = Occurrence(row.id, date, d, d.holder.name or sp_name(sp, key), targets)
            occurrences.append((key or "", d.stance, occ))
            if key:
                heard[key].add(row.id)
        for q in ann.quotes:
            speaker = q.speaker.name if q.speaker else ""
            key = sp.for_speaker(row.id, speaker, q.speaker.party if q.speaker else None)
            quotes.append(StoryQuote(row.id, date, q, speaker, key))
            if key:
                heard[key].add(row.id)
    threads = _threads(occurrences)
    order = {r.id: i for i, r in enumerate(rows)}
    _fates(threads, heard, order, {r.id: date_of(r) for r in rows})
    matrix: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for t in threads:
        for o in t.occurrences:
            for target in o.targets or [NO_TARGET]:
                matrix[t.party, target].append(o)
    return Story(name, rows, docs, sp, threads, quotes, dict(matrix), problems or [])


def sp_name(sp: StoryParties, key: str | None) -> str:
    p = sp.party(key)
    return p.name if p else ""


def _joins(thread: Thread, d: Demand) -> bool:
    sim = max(similar(o.demand.summary, d.summary) for o in thread.occurrences)
    return (thread.type == d.type and d.type != "other" and sim >= 0.25) or sim >= 0.5


def _threads(occurrences: list[tuple[str, str, Occurrence]]) -> list[Thread]:
    threads: list[Thread] = []
    open_by: dict[tuple[str, str], list[Thread]] = defaultdict(list)
    for key, stance, occ in occurrences:  # already in date order
        mine = open_by[key, stance]
        thread = next((t for t in mine if _joins(t, occ.demand)), None)
        if thread is None:
            thread = Thread(f"t{len(threads) + 1}", key, stance, occ.demand.type,
                            occ.demand.summary)
            threads.append(thread)
            mine.append(thread)
        thread.occurrences.append(occ)
        for target in occ.targets:
            if target not in thread.targets:
                thread.targets.append(target)
    return threads


def _fates(threads: list[Thread], heard: dict[str, set[int]], order: dict[int, int],
           dates: dict[int, str]) -> None:
    rejections = [t for t in threads if t.stance == "reject"]
    for t in threads:
        if t.stance != "demand" or not t.party:
            continue
        first = order[t.occurrences[0].article_id]
        for r in rejections:
            if r.party == t.party or not r.party:
                continue
            for o in r.occurrences:
                if order[o.article_id] < first:
                    continue
                aimed = t.party in o.targets or any(x == r.party for x in t.targets)
                alike = similar(o.demand.summary, t.summary) >= 0.25 or (
                    aimed and o.demand.type == t.type and t.type != "other")
                if alike and (aimed or similar(o.demand.summary, t.summary) >= 0.4):
                    t.rejected_by.append((r.party, o))
                    break
        last = max(order[o.article_id] for o in t.occurrences)
        later = [a for a in heard.get(t.party, ()) if order[a] > last
                 and dates[a] != dates[t.occurrences[-1].article_id]]
        t.later_articles = len(later)
        # Dropped: a demand made on two dates or more, then no longer made although the
        # party is heard later. (Said once is "once", however often the party speaks.)
        if later and len(t.dates) > 1:
            t.dropped_after = t.occurrences[-1].date


# ------------------------------------------------------------------------------ suggest

def suggest(lib: Library, name: str, limit: int = 10) -> list[tuple[ArticleRow, list[str], float]]:
    """Library articles outside the story sharing its parties: (article, shared party
    names, score), best first. A party shared by few library articles counts for more."""
    ids = lib.story_ids(name)
    if ids is None:
        raise LibraryError(f"no story named {name!r}")
    inside = set(ids)
    story_names: Counter[str] = Counter()
    for parties in lib.party_aliases(ids).values():
        for _pid, pname, _kind, _aliases in parties:
            story_names[normalise(pname)] += 1
    total = max(lib.count(), 1)
    df: Counter[str] = Counter()
    shared: dict[int, dict[str, str]] = defaultdict(dict)
    for aid, pname in lib.db.execute("SELECT article_id, name FROM article_parties"):
        n = normalise(pname)
        df[n] += 1
        if aid not in inside and n in story_names:
            shared[aid][n] = pname
    scored = []
    for aid, names in shared.items():
        score = sum(math.log(1 + total / df[n]) * story_names[n] for n in names)
        scored.append((aid, list(names.values()), score))
    scored.sort(key=lambda x: -x[2])
    rows = {r.id: r for r in lib.articles(ids=[a for a, _, _ in scored[:limit]])}
    return [(rows[a], names, round(s, 2)) for a, names, s in scored[:limit] if a in rows]


# ------------------------------------------------------------------------------ JSON

STORY_SCHEMA = "newsreader.story/1"


def story_to_dict(story: Story) -> dict[str, Any]:
    """The story as JSON (``tui/schema/story.schema.json``)."""
    def occ(o: Occurrence) -> dict[str, Any]:
        return {"article": o.article_id, "date": o.date, "holder": o.holder,
                "text": o.demand.text, "summary": o.demand.summary, "start": o.demand.start,
                "end": o.demand.end, "targets": list(o.targets)}

    return {
        "schema": STORY_SCHEMA,
        "name": story.name,
        "articles": [{**a.to_dict(), "date": a.date} for a in story.articles],
        "parties": [{"key": p.key, "name": p.name, "kind": p.kind, "aliases": p.aliases,
                     "articles": p.articles} for p in story.parties.parties],
        "threads": [{"id": t.id, "party": t.party or None, "stance": t.stance, "type": t.type,
                     "summary": t.summary, "status": t.status(), "first": t.first,
                     "dates": t.dates, "targets": t.targets,
                     "rejected_by": [{"party": k, **occ(o)} for k, o in t.rejected_by],
                     "dropped_after": t.dropped_after,
                     "occurrences": [occ(o) for o in t.occurrences]} for t in story.threads],
        "quotes": [{"article": q.article_id, "date": q.date, "speaker": q.speaker,
                    "party": q.party, "text": q.quote.text, "start": q.quote.start,
                    "end": q.quote.end} for q in story.quotes],
        "matrix": [{"holder": h or None, "target": t or None,
                    "demands": sum(1 for o in items if o.demand.stance == "demand"),
                    "rejections": sum(1 for o in items if o.demand.stance == "reject")}
                   for (h, t), items in story.matrix.items()],
        "per_day": {p.key: [{"date": d, "demands": n, "rejections": r}
                            for d, n, r in story.per_day(p.key)]
                    for p in story.active_parties()},
    }
