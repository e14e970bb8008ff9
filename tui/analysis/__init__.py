"""The analysis engine: pure functions from an article to its Annotations.

Pipeline: quotes → tokens and sentences → named mentions → speakers → demands →
parties and outlets. Never imports the UI; `import tui.analysis` stays light.
"""
from __future__ import annotations

from ..ingest import Article
from ..model import Annotations, Demand, Quote, Span, Speaker
from .attribution import Attribution, Attributor
from .demands import DemandFinding, find_demands
from .lexicon import lexicon
from .mentions import OUTLET, PERSON, find_mentions
from .parties import PartyBook, build_outlets, kind_for, outlet_at
from .quotes import find_quotes
from .resolve import Referent, Resolver
from .tokens import Doc, build_doc

__all__ = ["analyze", "analyze_text"]


def analyze(article: Article) -> Annotations:
    """Find the parties, outlets, quotes and demands of one article."""
    text = article.text
    lx = lexicon()
    doc = build_doc(text, list(article.blocks), find_quotes(text, article.blocks))
    finder = find_mentions(doc)
    resolver = Resolver(doc, finder, lx)
    attributions = Attributor(doc, finder, resolver, lx).attribute()
    findings = find_demands(doc, finder, resolver, attributions, lx)

    book = PartyBook()
    for m in finder.mentions:
        if m.kind == OUTLET:
            continue
        if m.kind == PERSON:
            if m.party:
                party = book.get(m.party, _kind_of_party(finder, m.party))
                party.mentions.append(Span(m.start, m.end, text[m.start:m.end]))
                book.add_member(m.party, m.name, m.role)
            continue
        party = book.get(m.name, kind_for(m))
        party.mentions.append(Span(m.start, m.end, text[m.start:m.end]))

    outlets, credits = build_outlets(doc, finder.mentions)
    quotes = [_quote(doc, i, a, book, finder, credits) for i, a in enumerate(attributions, 1)]
    quote_ids = {id(a.quote): q.id for a, q in zip(attributions, quotes)}
    demands = [_demand(doc, i, f, book, finder, credits, quote_ids) for i, f in enumerate(findings, 1)]
    demands = [d for d in demands if d is not None]
    for q in quotes:
        if q.speaker and q.speaker.party:
            book.weight[_name_of(book, q.speaker.party)] += 2
    for d in demands:
        if d.party:
            book.weight[_name_of(book, d.party)] += 2
    parties = [p for p in book.ordered()]
    for p in parties:
        p.mentions.sort(key=lambda s: s.start)
    return Annotations(article.source, text, list(article.blocks), parties, outlets, quotes, demands,
                       source_text=article.source_text)


def analyze_text(text: str, path: str = "<text>") -> Annotations:
    """Convenience for scripts and tests: analyse a plain-text string."""
    from ..ingest import load_bytes

    return analyze(load_bytes(text.encode("utf-8"), path))


def _name_of(book: PartyBook, party_id: str) -> str:
    return next((n for n, p in book.parties.items() if p.id == party_id), "")


def _kind_of_party(finder, name: str) -> str:
    for m in finder.mentions:
        if m.name == name and m.kind != PERSON:
            return kind_for(m)
    if name.endswith("Party"):
        return "organisation"
    return "organisation"


def _party_id(book: PartyBook, ref: Referent | None, finder) -> str | None:
    if ref is None:
        return None
    if ref.party:
        if ref.party not in book.parties:
            book.get(ref.party, _kind_of_party(finder, ref.party))
        return book.id_of(ref.party)
    if ref.kind == PERSON:
        # An unaffiliated person who speaks is an actor in their own right.
        return book.get(ref.name, PERSON).id
    return None


def _speaker(doc: Doc, tokens: tuple[int, int] | None, ref: Referent | None, book: PartyBook, finder) -> Speaker | None:
    if tokens is None or ref is None:
        return None
    s, e = doc.span(*tokens)
    text = doc.text[s:e]
    if text.endswith(("’s", "'s")):
        e -= 2
        text = text[:-2]
    pid = _party_id(book, ref, finder)
    if ref.kind == PERSON and pid:
        party = next(p for p in book.parties.values() if p.id == pid)
        if party.kind != PERSON and not any(m.name == ref.name for m in party.members):
            party.members.append(__import__("tui.model", fromlist=["Member"]).Member(ref.name, ""))
    elif ref.kind == "description" and pid:
        book.add_member(_name_of(book, pid), ref.name, "")
    return Speaker(ref.name, pid, s, e, text)


def _cue(doc: Doc, tokens: tuple[int, int] | None) -> Span | None:
    if tokens is None:
        return None
    s, e = doc.span(*tokens)
    return Span(s, e, doc.text[s:e])


def _quote(doc: Doc, n: int, a: Attribution, book: PartyBook, finder, credits) -> Quote:
    q = a.quote
    start, end = q.start, q.end
    # A trailing comma belongs to the sentence around the quote, not to the words quoted.
    while end > start and doc.text[end - 1] in ",;":
        end -= 1
    return Quote(f"q{n}", start, end, doc.text[start:end], a.kind,  # type: ignore[arg-type]
                 _speaker(doc, a.speaker, a.referent, book, finder), _cue(doc, a.cue),
                 outlet_at(credits, q.open_at))


def _demand(doc: Doc, n: int, f: DemandFinding, book: PartyBook, finder, credits, quote_ids) -> Demand | None:
    holder = _speaker(doc, f.holder, f.referent, book, finder)
    if holder is None:
        return None
    s, e = f.span
    return Demand(f"d{n}", holder.party, f.stance, f.summary, s, e, doc.text[s:e], holder,  # type: ignore[arg-type]
                  _cue(doc, f.cue), quote_ids.get(id(f.quote)) if f.quote is not None else None,
                  outlet_at(credits, s))
