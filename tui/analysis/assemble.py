"""From the engine's findings to the `Annotations`: parties with their mentions and
members, outlets, quotes with speakers, demands with holders, in the model's terms.

The rules (attribution, demands) speak in tokens and referents; this is the one place
that turns them into character spans and party ids.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from ..ingest import Article
from ..model import Annotations, Demand, Quote, Span, Speaker
from .attribution import Attribution
from .demands import DemandFinding
from .lexicon import Lexicon
from .mentions import GROUP, OUTLET, PERSON, MentionFinder
from .outlets import build_outlets, outlet_at
from .parties import PartyBook, kind_for
from .resolve import Referent, event_head
from .tokens import Doc

# A person no one quotes is still an actor of the story when it names them this often.
PROMINENT_MENTIONS = 3
_PRONOUNS = {"he", "she", "i", "we", "they", "you", "it", "who", "his", "her", "their"}


def assemble(article: Article, doc: Doc, finder: MentionFinder, attributions: list[Attribution],
             findings: list[DemandFinding]) -> Annotations:
    """The annotations of one article from what the rules found in it."""
    return _Assembler(doc, finder).annotations(article, attributions, findings)



# Words before a description's head that say how many or which, not who.
_POSSESSIVES = {"my", "our", "your", "his", "her", "its", "their"}
_QUANTIFIERS = {"a", "an", "the", "any", "each", "every", "all", "no", "some", "several", "many", "other", "another", "over", "more",
                "than", "about", "around", "nearly", "almost", "at", "least", "dozens", "hundreds",
                "thousands", "of", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "these", "those", "this", "that", "one"}


def _named_adjective(words: list[str], names: Mapping[str, object]) -> bool:
    """'Republican national security experts': a name's adjective before common nouns."""
    return len(words) >= 2 and words[0] in names and all(w.islower() for w in words[1:])


def _description_party(text: str, heads: set[str], person_heads: set[str], kin: set[str],
                       names: Mapping[str, object]) -> str | None:
    """The party a description names: 'Over 100 Republican national security experts' ->
    'Republican national security experts'; None for a pronoun or a bare generic noun."""
    words = text.split()
    if len(words) == 2 and words[0].endswith(("'s", "’s", "'", "’")) and words[1].lower() in kin:
        return text  # "Thomas' sister"
    lead = words[1:] if words and words[0].lower() in ("the", "a", "an") else words
    if 2 <= len(lead) <= 8 and event_head([w.lower() for w in lead]):
        name = " ".join(lead)
        return name[0].upper() + name[1:]  # "Cairo summit", "Assembly of several foreign ministers in Cairo"
    if not words or not (words[0].lower() in _QUANTIFIERS or words[0].replace(",", "").isdigit()
                         or words[0].islower() or _named_adjective(words, names)):
        return None  # "When liberal organizations": not a description the rules understood
    indefinite = words[0].lower() in ("a", "an", "one", "another")
    while words and (words[0].lower() in _QUANTIFIERS or words[0].replace(",", "").isdigit()):
        words = words[1:]
    if len(words) > 2 and words[0].lower() in person_heads and not words[0].endswith("s") \
            and words[0].lower() not in ("majority", "minority") and words[1].lower() in ("of", "for"):
        words = words[2:]  # "The head of the police's internal investigators": of the investigators
        while words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
    if not words or words[0].lower() in _PRONOUNS or len(words) < 2:
        return None  # "the officials", "they": no one in particular
    if words[0].lower() in _POSSESSIVES:
        return None  # "our daughter": someone in particular
    if any(w.lower() in ("to", "at", "in", "with", "by") for w in words[:-1]) or words[0].endswith(("ed", "ing")):
        return None  # "showed senior members at the committee": a clause, not a description
    head = words[-2] if words[-1] == "general" else words[-1]  # "attorneys general"
    if head.lower() not in heads:
        return None  # "The unreleased department video": not a noun phrase the rules know
    if not (indefinite or head.endswith("s")) and head.lower() in person_heads:
        return None  # "the Vermont senator": someone named elsewhere, not a new party
    name = " ".join(words)
    return name[0].upper() + name[1:]


_HEADS: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}


def _heads(lx: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The heads of a description of a person, and of one of any party (_description_party):
    unions of a few thousand lexicon words, made once per lexicon (which the cache holds,
    so that its id is not reused), not for every article."""
    found = _HEADS.get(id(lx))
    if found is None:
        person = frozenset(lx.person_nouns | lx.title_words)
        found = _HEADS[id(lx)] = (lx, person, person | lx.collective_nouns | lx.group_nouns)
    return found[1], found[2]


class _Assembler:
    def __init__(self, doc: Doc, finder: MentionFinder) -> None:
        self.doc = doc
        self.finder = finder
        self.lexicon = finder.lx
        self.person_heads, self.party_heads = _heads(finder.lx)
        self.book = PartyBook()
        self.credits: list[tuple[int, int, str]] = []
        self.credit_starts: list[int] = []  # the credits' starts, for outlet_at
        # where a person party speaks: its mentions when no name mention has them
        self.spoken_names: dict[str, list[Span]] = {}
        self._named_kinds: dict[str, str] | None = None  # see _kind_of_party

    def annotations(self, article: Article, attributions: list[Attribution],
                    findings: list[DemandFinding]) -> Annotations:
        book, text = self.book, self.doc.text
        self._parties_from_mentions()
        outlets, self.credits = build_outlets(self.doc, self.finder.mentions)
        self.credit_starts = [c[0] for c in self.credits]
        quotes = [self._quote(i, a) for i, a in enumerate(attributions, 1)]
        quote_ids = {id(a.quote): q.id for a, q in zip(attributions, quotes)}
        demands = [self._demand(i, f, quote_ids) for i, f in enumerate(findings, 1)]
        demands = [d for d in demands if d is not None]
        self._person_parties()
        self._group_mentions()
        # Quotes and demands make a party salient; the book orders parties by weight.
        for q in quotes:
            if q.speaker and q.speaker.party:
                book.weight[self._name_of(q.speaker.party)] += 2
        for d in demands:
            if d.party:
                book.weight[self._name_of(d.party)] += 2
        parties = book.ordered()
        for p in parties:
            p.mentions.sort(key=lambda s: s.start)
        return Annotations(article.source, text, list(article.blocks), parties, outlets, quotes, demands,
                           source_text=article.source_text)

    def _parties_from_mentions(self) -> None:
        """Every named actor is a party; a person counts for the party they belong to."""
        book, text = self.book, self.doc.text
        for m in self.finder.mentions:
            if m.kind == OUTLET:
                continue
            if m.kind == PERSON:
                if m.party:
                    party = book.get(m.party, self._kind_of_party(m.party))
                    party.mentions.append(Span(m.start, m.end, text[m.start:m.end]))
                    book.add_member(m.party, m.name, m.role)
                continue
            party = book.get(m.name, kind_for(m))
            party.mentions.append(Span(m.start, m.end, text[m.start:m.end]))

    def _person_parties(self) -> None:
        """People who act on their own account are parties, with every mention of their
        name: those who speak or demand (their party was made then), and those the story
        keeps naming."""
        book, text = self.book, self.doc.text
        own: dict[str, list[Span]] = {}
        for m in self.finder.mentions:
            if m.kind == PERSON and not m.party and not self.finder.person_party.get(m.name):
                own.setdefault(m.name, []).append(Span(m.start, m.end, text[m.start:m.end]))
        for name, spans in own.items():
            party = book.parties.get(name)
            if party is None and (len(spans) >= PROMINENT_MENTIONS or len(spans) >= 2
                                  and name.split()[0] in self.lexicon.genders):
                party = book.get(name, PERSON)  # named again and again; a known first name: twice
            if party is not None and party.kind == PERSON:
                party.mentions.extend(spans)
        for party in book.parties.values():
            spoken = self.spoken_names.get(party.id, [])
            names = [s for s in spoken if s.text.lower() not in _PRONOUNS]
            # "Boyle said": named only where it speaks (or only as "he")
            _add_where_free(party.mentions, names or spoken)

    def _group_mentions(self) -> None:
        """A group party is named wherever its noun stands outside a quote."""
        doc = self.doc
        # the tokens of any group noun (most articles name no group), outside quotes
        at = [k for k in doc.tokens_of(self.lexicon.group_nouns) if doc.quote_of[k] < 0]
        counts = Counter(doc.lower[k] for k in at)
        for noun, n in counts.items():
            if n >= PROMINENT_MENTIONS:
                self.book.get(self.finder.group_party(noun), GROUP)
        nouns = {noun: self.book.parties[name] for name, noun in self.finder.groups.items()
                 if name in self.book.parties}
        if not nouns:
            return
        for k in doc.tokens_of(nouns):  # only when a group is a party
            party = nouns[doc.lower[k]]
            if doc.quote_of[k] < 0:
                s, e = doc.span(k, k + 1)
                party.mentions.append(Span(s, e, doc.text[s:e]))

    def _name_of(self, party_id: str) -> str:
        party = self.book.by_id.get(party_id)
        return party.name if party is not None else ""

    def _kind_of_party(self, name: str) -> str:
        """The kind a party named only through its members has: its own mentions' kind."""
        if self._named_kinds is None:
            kinds: dict[str, str] = {}  # name -> the kind of its first mention not a person's
            for m in self.finder.mentions:
                if m.kind != PERSON and m.name not in kinds:
                    kinds[m.name] = kind_for(m)
            self._named_kinds = kinds
        kind = self._named_kinds.get(name)
        if kind is not None:
            return kind
        if self.finder.people.get(name) == name:
            return PERSON  # "a Clinton aide" speaks for Clinton, a person of her own account
        return GROUP if name in self.finder.groups else "organisation"

    def _party_id(self, ref: Referent) -> str | None:
        book = self.book
        if ref.party:
            if ref.party not in book.parties:
                book.get(ref.party, self._kind_of_party(ref.party))
            return book.id_of(ref.party)
        if ref.kind == PERSON:
            # An unaffiliated person who speaks is an actor in their own right.
            return book.get(ref.name, PERSON).id
        return None

    def _speaker(self, tokens: tuple[int, int] | None, ref: Referent | None) -> Speaker | None:
        if tokens is None or ref is None:
            return None
        book = self.book
        s, e = self.doc.span(*tokens)
        text = self.doc.text[s:e]
        if text.endswith(("’s", "'s")):
            e -= 2
            text = text[:-2]
        pid = self._party_id(ref)
        if ref.kind == PERSON and pid:
            party = book.by_id[pid]
            if party.kind != PERSON:
                book.add_member(party.name, ref.name, "")
            if party.kind == PERSON:
                self.spoken_names.setdefault(pid, []).append(Span(s, e, text))
        elif ref.kind == "description" and pid:
            book.add_member(self._name_of(pid), ref.name, "")
        return Speaker(ref.name, pid, s, e, text)

    def _described_party(self, who: Speaker, ref: Referent, plural_only: bool = False) -> Speaker:
        """A speaker or holder named only by a description, as a party of its own when the
        description names one ('a federal judge', 'Hong Kong student groups')."""
        said = ref.name if who.text.lower() in _PRONOUNS else who.text  # "they": the officers
        name = _description_party(said, self.party_heads, self.person_heads, self.lexicon.kin_nouns,
                                  self.lexicon.names)
        if not name or plural_only and not name.endswith("s"):
            return who
        party = self.book.get(name, GROUP)
        party.mentions.append(Span(who.start, who.end, who.text))
        return replace(who, party=party.id)

    def _cue(self, tokens: tuple[int, int] | None) -> Span | None:
        if tokens is None:
            return None
        s, e = self.doc.span(*tokens)
        return Span(s, e, self.doc.text[s:e])

    def _quote(self, n: int, a: Attribution) -> Quote:
        q, text = a.quote, self.doc.text
        start, end = q.start, q.end
        # A trailing comma belongs to the sentence around the quote, not to the words quoted.
        while end > start and text[end - 1] in ",;":
            end -= 1
        speaker = self._speaker(a.speaker, a.referent)
        if speaker is not None and speaker.party is None and a.referent is not None and a.referent.kind == "description":
            speaker = self._described_party(speaker, a.referent, plural_only=True)  # "student groups said"
        return Quote(f"q{n}", start, end, text[start:end], a.kind,  # type: ignore[arg-type]
                     speaker, self._cue(a.cue), outlet_at(self.credits, q.open_at, self.credit_starts))

    def _demand(self, n: int, f: DemandFinding, quote_ids: dict[int, str]) -> Demand | None:
        holder = self._speaker(f.holder, f.referent)
        if holder is None:
            return None
        if holder.party is None and f.group:
            # "Protesters called for …": a crowd that acts as one is a party of its own.
            holder = replace(holder, party=self.book.get(f.group, "group").id)
        elif holder.party is None and f.referent is not None and f.referent.kind == "description":
            # "a federal judge dismissed …", "Over 100 Republican national security experts
            # urged …": who demands or refuses has a stake; named by the description.
            holder = self._described_party(holder, f.referent)
        s, e = f.span
        return Demand(f"d{n}", holder.party, f.stance, f.summary, s, e, self.doc.text[s:e],  # type: ignore[arg-type]
                      holder, self._cue(f.cue), quote_ids.get(id(f.quote)) if f.quote is not None else None,
                      outlet_at(self.credits, s, self.credit_starts), self._targets(f.targets, holder.party), f.type,
                      [Span(a, b, self.doc.text[a:b]) for a, b in f.evidence])

    def _targets(self, names: list[str], holder_party: str | None) -> list[str]:
        """The ids of the parties a demand is made of: only parties the article has."""
        out: list[str] = []
        for name in names:
            party = self.book.parties.get(name)
            if party is not None and party.id != holder_party and party.id not in out:
                out.append(party.id)
        return out


def _add_where_free(mentions: list[Span], spans: list[Span]) -> None:
    """Append to mentions each of spans (in order) that overlaps none of them, those
    appended before it included. The mentions are kept sorted by start on the side, with
    the longest one's length, so that each span is checked against the few that can reach
    it, not all of them."""
    if not spans:
        return
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in taken]
    ends = [b for _, b in taken]
    longest = max((b - a for a, b in taken), default=0)
    for span in spans:
        # an overlapping mention starts before span.end and, being at most `longest` long,
        # after span.start - longest
        lo = bisect_right(starts, span.start - longest)
        hi = bisect_left(starts, span.end, lo)
        if any(ends[k] > span.start for k in range(lo, hi)):
            continue
        mentions.append(span)
        at = bisect_right(starts, span.start)
        starts.insert(at, span.start)
        ends.insert(at, span.end)
        longest = max(longest, span.end - span.start)
