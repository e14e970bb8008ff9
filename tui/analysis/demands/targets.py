"""Of whom a demand is made: the party named as its addressee ("urged the United States
to waive …", "called on the government to …", "demanded that Israel withdraw"), the
party it is to come from ("a commitment from Israel"), else the other parties of the
sentence (the side it is made of, or whose proposal is rejected). A ceasefire or talks
wanted by a third party are made of both sides: the article's two leading actors."""
from __future__ import annotations

from collections import Counter

from ..mentions import GROUP, ORG, PERSON, STATE, Mention, MentionFinder
from ..resolve import Referent, Resolver
from ..tokens import Doc

_ACTORS = (STATE, ORG, GROUP)


class Targets:
    def __init__(self, doc: Doc, finder: MentionFinder, resolver: Resolver) -> None:
        self.doc = doc
        self.finder = finder
        self.resolver = resolver
        self._sides: list[str] | None = None

    def party_of(self, m: Mention) -> str | None:
        if m.kind == PERSON:
            return m.party or self.resolver.party_of_person(m.name)
        return m.name if m.kind in _ACTORS else None

    def named(self, i: int, j: int) -> list[str]:
        """The party of the phrase i..j, when it names one."""
        ref = self.resolver.resolve(i, j)
        if ref.kind in ("outlet",) or not ref.party:
            return []
        return [ref.party]

    def from_object(self, a: int, b: int) -> list[str]:
        """'a commitment from Israel': the party a demanded thing is to come from."""
        doc = self.doc
        out: list[str] = []
        for m in self.resolver.mentions_in(a, b):
            if m.tok > a and doc.lower[m.tok - 1] in ("from", "by") or \
                    m.tok > a + 1 and doc.lower[m.tok - 2] in ("from", "by") and doc.lower[m.tok - 1] == "the":
                p = self.party_of(m)
                if p and p not in out:
                    out.append(p)
        return out

    def context(self, holder: Referent, lo: int, hi: int, subject: tuple[int, int] = (0, 0)) -> list[str]:
        """The other actors of the sentence lo..hi (not the holder's own party, no outlets,
        nothing said within the subject: "the international community, including the
        United States, …")."""
        out: list[str] = []
        own = {holder.party, holder.name}
        for m in self.resolver.mentions_in(lo, hi):
            if subject[0] <= m.tok < subject[1]:
                continue
            p = self.party_of(m)
            if p and p not in own and p not in out:
                out.append(p)
        return out

    def sides(self) -> list[str]:
        """The article's two leading actors: the sides of its conflict."""
        if self._sides is None:
            counts: Counter[str] = Counter()
            for m in self.finder.mentions:
                p = self.party_of(m)
                if p and m.kind in _ACTORS:
                    counts[p] += 1
            self._sides = [p for p, n in counts.most_common(2) if n >= 2]
        return self._sides
