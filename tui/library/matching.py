"""Parties matched across the articles of a story.

Each article's analysis has its own parties (``p1``, ``p2`` …). A story needs one party
for "the same state, organisation or person under its names and aliases in each
article". The rules, in order:

1. **Same name**: names compared case-folded, without a leading "the", honorifics and
   titles ("Mr.", "Sen.", "President"), punctuation, and with "U.S." = "US".
2. **Aliases** (states, organisations, groups): names the engine's lexicon knows as one
   actor are one ("The U.S." / "United States"); a party named in one article as another
   article's party is named, or by one of its named mentions ("ISIS" / "Islamic State"),
   is that party, when the kinds agree.
3. **People**: the same first and last name ("Donald J. Trump" = "Donald Trump",
   "Hillary Rodham Clinton" = "Hillary Clinton"); a person known only by a surname
   ("Trump") joins the person of that surname who is in the most articles, if that one is
   in at least twice as many as any other of that surname (else it stays apart: a bare
   "Clinton" with Bill and Hillary equally present is neither).
4. **The user's corrections**: a party the user typed in a correction is matched by its
   name like any other; and a quote whose speaker the user gave a party in one article
   makes that speaker speak for that party in every article of the story (see
   ``StoryParties.speaker_party``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import Annotations

_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "vice", "sen", "senator",
    "rep", "representative", "gov", "governor", "secretary", "gen", "general", "prime",
    "minister", "chancellor", "judge", "justice", "mayor", "former", "candidate",
    "nominee", "democratic", "republican", "presidential", "lt", "col", "adm", "rev",
    "prof", "professor", "ambassador", "king", "queen", "prince", "princess", "pope",
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def normalise(name: str) -> str:
    """A name as compared: case-folded, no punctuation, 'U.S.' as 'us', no leading 'the'."""
    s = name.casefold().replace("’", "'")
    s = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", s)  # u.s. -> us.
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s).replace("-", " ")
    words = s.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def person_tokens(name: str) -> list[str]:
    """A person's name as words, honorifics and titles before it dropped."""
    words = normalise(name).split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return words


def _person_key(words: list[str]) -> tuple[str, str] | None:
    """(first, last) of a person's name of two or more words; a suffix stays with the last."""
    if len(words) < 2:
        return None
    last = words[-1] if words[-1] not in _SUFFIXES or len(words) < 3 else " ".join(words[-2:])
    return words[0], last


@dataclass(slots=True)
class StoryParty:
    """One party of a story: the article parties that are it."""

    key: str  # stable within the story: a slug of its name
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    members: list[tuple[int, str]] = field(default_factory=list)  # (article id, party id)

    @property
    def articles(self) -> list[int]:
        return list(dict.fromkeys(a for a, _ in self.members))


@dataclass(slots=True)
class StoryParties:
    parties: list[StoryParty]
    of_member: dict[tuple[int, str], str]  # (article id, party id) -> story party key
    # speaker name (normalised) -> story party key: learnt from the user's corrections
    speaker_party: dict[str, str] = field(default_factory=dict)

    def key_of(self, article_id: int, party_id: str | None) -> str | None:
        if party_id is None:
            return None
        return self.of_member.get((article_id, party_id))

    def party(self, key: str | None) -> StoryParty | None:
        return next((p for p in self.parties if p.key == key), None)

    def for_speaker(self, article_id: int, speaker_name: str, party_id: str | None) -> str | None:
        """The story party a quote or demand of this speaker is of: the user's correction
        of the same speaker anywhere in the story first, then the article's own party."""
        if speaker_name:
            corrected = self.speaker_party.get(" ".join(person_tokens(speaker_name)))
            if corrected:
                return corrected
        return self.key_of(article_id, party_id)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple[int, str], tuple[int, str]] = {}

    def find(self, x: tuple[int, str]) -> tuple[int, str]:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: tuple[int, str], b: tuple[int, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def canonical(name: str) -> str:
    """A state's or organisation's name as the engine's lexicon knows it ("The U.S." ->
    "United States"), else the name itself."""
    from ..analysis.lexicon import lexicon

    names = lexicon().names
    for form in (name, name.removeprefix("The ").removeprefix("the ")):
        entry = names.get(form)
        if entry is not None and entry.kind != "outlet":
            return entry.name
    return name


def _aliases(ann: Annotations, party_id: str) -> list[str]:
    from .db import aliases_of

    return aliases_of(ann, party_id)


def _slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", normalise(name)).strip("-") or "party"


def match_parties(docs: dict[int, Annotations]) -> StoryParties:
    """The story's parties from each article's (user-applied) annotations, by article id."""
    uf = _Union()
    info: dict[tuple[int, str], tuple[str, str, list[str]]] = {}
    for aid, ann in docs.items():
        for p in ann.parties:
            node = (aid, p.id)
            uf.find(node)
            info[node] = (p.name, p.kind, _aliases(ann, p.id))

    # 1 and 2: names, and (not people) aliases
    by_name: dict[tuple[str, str], tuple[int, str]] = {}
    for node, (name, kind, _) in info.items():
        group = "person" if kind == "person" else "body"
        key = (group, normalise(canonical(name)) if kind != "person"
               else " ".join(person_tokens(name)))
        if key in by_name:
            uf.union(by_name[key], node)
        else:
            by_name[key] = node
    for node, (name, kind, aliases) in info.items():
        if kind == "person":
            continue
        for alias in aliases:
            other = by_name.get(("body", normalise(canonical(alias))))
            if other is not None and info[other][1] == kind:
                uf.union(other, node)

    # 3: people by first and last name, then bare surnames
    by_first_last: dict[tuple[str, str], tuple[int, str]] = {}
    bare: list[tuple[tuple[int, str], str]] = []
    for node, (name, kind, _) in info.items():
        if kind != "person":
            continue
        words = person_tokens(name)
        fl = _person_key(words)
        if fl is None:
            if words:
                bare.append((node, words[0]))
            continue
        if fl in by_first_last:
            uf.union(by_first_last[fl], node)
        else:
            by_first_last[fl] = node
    root_articles: dict[tuple[int, str], set[int]] = defaultdict(set)
    for node in info:
        root_articles[uf.find(node)].add(node[0])
    fl_root = {fl: uf.find(first) for fl, first in by_first_last.items()}
    for node, surname in bare:
        counts = Counter({r: len(root_articles[r]) for fl, r in fl_root.items() if fl[1] == surname})
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            uf.union(ranked[0][0], node)

    # the story parties: named by their most frequent full name
    groups: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
    for node in info:
        groups[uf.find(node)].append(node)
    parties: list[StoryParty] = []
    of_member: dict[tuple[int, str], str] = {}
    used: set[str] = set()
    for members in groups.values():
        members.sort()
        names = Counter(info[m][0] for m in members)
        kinds = Counter(info[m][1] for m in members)
        name = max(names, key=lambda n: (len(n.split()) >= 2, names[n], -len(n)))
        aliases = list(dict.fromkeys(a for m in members for a in [info[m][0], *info[m][2]]))
        key = base = _slug(name)
        n = 1
        while key in used:
            n += 1
            key = f"{base}-{n}"
        used.add(key)
        parties.append(StoryParty(key, name, kinds.most_common(1)[0][0],
                                  [a for a in aliases if a != name], members))
        for m in members:
            of_member[m] = key
    parties.sort(key=lambda p: (-len(p.articles), p.name.casefold()))
    result = StoryParties(parties, of_member)
    result.speaker_party = _corrected_speakers(docs, result)
    return result


def _corrected_speakers(docs: dict[int, Annotations], sp: StoryParties) -> dict[str, str]:
    """speaker name -> story party, from every correction that gave a quote a party."""
    out: dict[str, str] = {}
    for aid, ann in docs.items():
        quotes = {q.id: q for q in ann.quotes}
        for corr in ann.extra.get("corrections", []):
            if corr.get("orphan") or corr.get("party") is None:
                continue
            quote = quotes.get(str(corr.get("target", {}).get("id", "")))
            if quote is None or quote.speaker is None or not quote.speaker.name:
                continue
            key = sp.key_of(aid, corr["party"])
            if key:
                out[" ".join(person_tokens(quote.speaker.name))] = key
    return out
