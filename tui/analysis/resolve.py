"""Who a mention refers to: names, pronouns and descriptions resolved to actors.

"he said" becomes the person most recently in view with a compatible gender
(a previous speaker first); "Blinken" becomes "Antony Blinken"; "a Hamas
spokesperson" keeps its wording but belongs to Hamas; "the group" becomes the
organisation it refers back to.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from .lexicon import Lexicon
from .mentions import GROUP, ORG, OUTLET, PERSON, STATE, Mention, MentionFinder
from .tokens import Doc

_FEMALE = {"she", "her"}
_MALE = {"he", "him", "his"}
_PLURAL = {"they", "we"}


@dataclass(slots=True)
class Referent:
    name: str
    party: str | None  # canonical party name
    kind: str  # person | state | organisation | group | outlet | description | pronoun


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}


class Resolver:
    def __init__(self, doc: Doc, finder: MentionFinder, lx: Lexicon) -> None:
        self.doc = doc
        self.lx = lx
        self.finder = finder
        self.mentions = finder.mentions
        self.starts = [m.tok for m in self.mentions]
        self.speakers: list[tuple[int, Referent]] = []  # (token, referent) of attributed quotes
        self.descriptions: dict[str, Referent] = {}  # head noun -> last description with a party
        # Finds the noun phrase ending at a token (set by the caller, which owns the phrase rules).
        self.antecedent = None
        self._first_person: dict[int, Mention] | None = None
        self.sentence_subject = None  # sentence index -> its subject's tokens (set by the caller)

    # -- helpers ---------------------------------------------------------
    def mentions_in(self, i: int, j: int) -> list[Mention]:
        lo = bisect_left(self.starts, i)
        out = []
        for m in self.mentions[lo:]:
            if m.tok >= j:
                break
            if m.tok_end <= j:
                out.append(m)
        return out

    def gender(self, name: str) -> str | None:
        g = self.finder.genders.get(name)
        if g:
            return g
        first = name.split()[0] if name else ""
        return self.lx.genders.get(first)

    def party_of_person(self, name: str) -> str | None:
        return self.finder.person_party.get(name)

    def note_speaker(self, tok: int, ref: Referent) -> None:
        self.speakers.append((tok, ref))

    # -- resolution ------------------------------------------------------
    def resolve(self, i: int, j: int, *, inside_quote_of: Referent | None = None) -> Referent:
        doc = self.doc
        text = doc.text[doc.starts[i]:doc.ends[j - 1]]
        lw = doc.lower[i] if j - i == 1 else ""
        lw = POSSESSIVE_PRONOUNS.get(lw, lw)  # "her remark": the one she is
        if lw in ("he", "she", "they", "it", "we", "i", "you", "who", "which"):
            return self.pronoun(i, lw)
        ms = self.mentions_in(i, j)
        people = [m for m in ms if m.kind == PERSON]
        if people and people[-1].tok_end < j and doc.words[people[-1].tok_end - 1].endswith(("’s", "'s")):
            # "Trump’s campaign manager": the one who speaks is the manager, on Trump's side.
            p = people[-1]
            return Referent(self._clean(text), p.party or self.party_of_person(p.name), "description")
        if people:
            p = people[-1]
            return Referent(p.name, p.party or self.party_of_person(p.name), PERSON)
        actors = [m for m in ms if m.kind in (STATE, ORG, GROUP)]
        outlets = [m for m in ms if m.kind == OUTLET]
        head = doc.lower[j - 1]
        is_description = head in self.lx.person_nouns or head in self.lx.title_words
        if actors:
            a = actors[-1]
            if is_description or a.tok_end < j:
                ref = Referent(self._clean(text), a.name, "description")
                self.descriptions[head] = ref
                return ref
            return Referent(a.name, a.name, a.kind)
        if outlets and not is_description:
            return Referent(outlets[-1].name, None, OUTLET)
        # A surname seen before as part of a full name (not inside "the New York businessman").
        for k in range(j - 1, i - 1, -1) if not is_description else ():
            w = doc.words[k].removesuffix("’s").removesuffix("'s")
            if w.isupper() and len(w) > 2:
                w = w.title()  # a transcript's "PENCE:"
            if w in self.finder.people:
                full = self.finder.people[w]
                return Referent(full, self.party_of_person(full), PERSON)
        if is_description:
            earlier = self.descriptions.get(head)
            if earlier is not None and doc.lower[i] in ("the", "that", "this"):
                return Referent(self._clean(text), earlier.party, "description")
            return Referent(self._clean(text), self._party_from_role(head), "description")
        if doc.words[j - 1][:1].isupper():
            name = self._clean(text)
            return Referent(name.title() if name.isupper() else name, None, PERSON)
        return Referent(self._clean(text), None, "description")

    def _party_from_role(self, head: str) -> str | None:
        for name, role in self.finder.person_role.items():
            if head in role.lower().split():
                return self.party_of_person(name)
        return None

    @staticmethod
    def _clean(text: str) -> str:
        return text.removesuffix("’s").removesuffix("'s").strip()

    def pronoun(self, tok: int, lw: str) -> Referent:
        doc = self.doc
        if lw in ("who", "which"):
            # "X, who …" / "a White House official who spoke …": the phrase before it.
            k = tok - 1
            if k >= 0 and doc.words[k] == ",":
                k -= 1
            if k >= 0 and self.antecedent is not None:
                np = self.antecedent(k)
                if np is not None:
                    return self.resolve(*np)
            return Referent(doc.words[tok], None, "pronoun")
        if lw in ("i", "we", "you"):
            q = doc.quote_of[tok]
            if q >= 0:
                # Inside a quote, first person is the quote's speaker; handled by the caller.
                return Referent(doc.words[tok], None, "pronoun")
        want = "f" if lw == "she" else "m" if lw == "he" else None
        block = doc.block_of[tok]
        if lw in ("he", "she"):
            # A recent speaker first, if compatible, then the latest person in view.
            for stok, ref in reversed(self.speakers[-3:]):
                if ref.kind == PERSON and doc.block_of[stok] >= block - 1 and self._compatible(ref.name, want):
                    last_person = self._latest_person(tok, want, block)
                    if last_person is None or last_person.name == ref.name or \
                            last_person.tok < stok:
                        return ref
                    break
            m = self._recent_subject(tok, want) or self._latest_person(tok, want, block)
            if m is not None:
                return Referent(m.name, m.party or self.party_of_person(m.name), PERSON)
            return Referent(doc.words[tok], None, "pronoun")
        # they / it / we: the sentence's own subject if it is a body ("The Security Council …
        # pledged sanctions against what it called …"), else the latest organisation, state or group.
        subject = self._body_subject(tok)
        if subject is not None:
            return subject
        lo = bisect_left(self.starts, tok)
        for m in reversed(self.mentions[max(0, lo - 12):lo]):
            if m.kind in (ORG, STATE, GROUP) and doc.block_of[m.tok] >= block - 2:
                return Referent(m.name, m.name, m.kind)
        return Referent(doc.words[tok], None, "pronoun")

    def _body_subject(self, tok: int) -> Referent | None:
        doc = self.doc
        if self.sentence_subject is None:
            return None
        np = self.sentence_subject(doc.sent_of[tok])
        if np is None or np[1] > tok:
            return None
        ms = self.mentions_in(*np)
        head = doc.lower[np[1] - 1]
        if doc.lower[np[0]] not in ("it", "they", "we") and (
                head in self.lx.collective_nouns or doc.lower[tok] != "it" and head in self.lx.person_nouns and head.endswith("s")):
            return self.resolve(*np)  # "Clinton’s campaign is seeking … what they call …"
        bodies = [m for m in ms if m.kind in (ORG, STATE, GROUP)]
        if not bodies or any(m.kind == PERSON for m in ms) or bodies[-1].tok_end != np[1]:
            return None
        m = bodies[-1]
        return Referent(m.name, m.name, m.kind)

    def _recent_subject(self, tok: int, want: str | None) -> Mention | None:
        """The person who is the subject of this or the previous sentence: 'Bush went after Trump …
        when he called the businessman “unhinged”' — he is Bush, not the latest name (Trump)."""
        doc = self.doc
        if self._first_person is None:
            first: dict[int, Mention] = {}
            for m in self.mentions:
                if m.kind == PERSON and not m.in_quote:
                    s = doc.sent_of[m.tok]
                    if s in first:
                        continue
                    subject = self.sentence_subject(s) if self.sentence_subject else None
                    if subject is None:
                        continue
                    if subject[0] <= m.tok < subject[1]:
                        first[s] = m
            self._first_person = first
        s = doc.sent_of[tok]
        for sent in (s, s - 1):
            m = self._first_person.get(sent)
            if m is not None and m.tok < tok and self._compatible(m.name, want):
                if sent == s or not any(p.kind == PERSON and p.name != m.name and not p.in_quote
                                        for p in self.mentions_in(doc.sentences[s][0], tok)):
                    return m
        return None

    def _compatible(self, name: str, want: str | None) -> bool:
        if want is None:
            return True
        g = self.gender(name)
        return g is None or g == want

    def _latest_person(self, tok: int, want: str | None, block: int) -> Mention | None:
        doc = self.doc
        lo = bisect_left(self.starts, tok)
        fallback = None
        for m in reversed(self.mentions[max(0, lo - 40):lo]):
            if doc.block_of[m.tok] < block - 3:
                break
            if m.kind != PERSON or not self._compatible(m.name, want):
                continue
            if m.in_quote and not doc.quote_of[tok] >= 0:
                fallback = fallback or m
                continue
            return m
        return fallback

