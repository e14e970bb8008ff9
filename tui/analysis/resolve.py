"""Who a mention refers to: names, pronouns and descriptions resolved to actors.

"he said" becomes the person most recently in view with a compatible gender
(a previous speaker first); "Blinken" becomes "Antony Blinken"; "a Hamas
spokesperson" keeps its wording but belongs to Hamas; "the group" becomes the
organisation it refers back to.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple

from .lexicon import Lexicon, word_set
from .mentions import GROUP, ORG, OUTLET, PERSON, STATE, Mention, MentionFinder
from .tokens import Doc

_FEMALE = {"she", "her"}
_MALE = {"he", "him", "his"}
_PLURAL = {"they", "we"}


class _Fit(NamedTuple):
    """Who a pronoun can stand for: a gender ('m', 'f' or None for any) and a person it
    cannot be."""
    gender: str | None
    besides: str | None = None


@dataclass(slots=True)
class Referent:
    name: str
    party: str | None  # canonical party name
    kind: str  # person | state | organisation | group | outlet | description | pronoun


# What may stand between a subject and its speech verb: "some of the candidates have (also) said they …".
_AUXILIARIES = frozenset({"have", "has", "had", "also", "would", "will", "did", "do", "does", "repeatedly"})
# "several said they …": a quantifier standing for a crowd named before.
_BARE_QUANTIFIERS = {"several", "many", "some", "most", "others"}
# A sentence subject that names no one ("This was the first time Flynn made …"): its doer is in the clause.
_EXPLETIVES = {"this", "that", "it", "there"}
# Finite verbs that end a subject ("X and Y are …", "X and Y have …").
_FINITE = {"are", "were", "have", "had", "will", "would", "met", "say", "said", "agreed", "do", "did"}
_NOT_VERBS = {"and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "but", "who", "which", "that"}
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# "He’s claiming", "they’re saying": the pronoun under the contraction (first and second
# person stay as they are: outside a quote they are the writer's).
_CONTRACTED = {f"{p}{a}{v}": p for p in ("he", "she", "it") for a in "’'" for v in ("s", "d", "ll")} | \
    {f"they{a}{v}": "they" for a in "’'" for v in ("re", "ve", "d", "ll")}
# How many mentions back the office holders and the article's main person are looked for:
# far more than any article needs, and it keeps resolution linear on a corpus-sized input.
_LOOKBACK = 400
# How many sentences back a chain of the same pronoun as subject is followed (bounded: the
# chain is a recursion, and a story's subject is re-named within a few sentences anyway).
_PRONOUN_HOPS = 3
# "They released a statement which said": the subject of these verbs issued the document.
_ISSUING_VERBS = {"issued", "released", "published", "sent", "posted", "filed", "wrote", "signed",
                  "issues", "releases", "publishes", "sends", "posts", "files", "writes", "signs"}


_BODY_WORDS = word_set("body_words")  # lexicon/body_words.txt

_EVENTS = word_set("event_nouns")  # lexicon/event_nouns.txt


# Past participles that open a sentence before its subject: "Asked about X, she said …".
_OPENING_PARTICIPLES = {"asked", "pressed", "told", "questioned", "interviewed", "reached", "contacted",
                        "challenged", "confronted", "informed", "invited", "joined", "flanked", "accompanied"}


def event_head(words: list[str]) -> bool:
    """The phrase is a meeting: its head ('Cairo summit') or the noun before 'of' ('an
    assembly of foreign ministers')."""
    if "of" in words:
        words = words[:words.index("of")]
    return bool(words) and words[-1] in _EVENTS


_RULINGS = word_set("ruling_nouns")  # lexicon/ruling_nouns.txt

# Words that make a title another office: a vice president is not "the president".
_LESSER = {"vice", "deputy", "assistant", "associate", "under", "former", "acting", "ex"}


def _holds(role: str, head: str) -> bool:
    """Whether a person of this role ('US President', 'Vice President, Senator') holds the
    office a description's head names ('president')."""
    for title in role.lower().split(","):
        words = title.replace("-", " - ").split()
        if head in words:
            k = words.index(head)
            if (k == 0 or words[k - 1] not in _LESSER) and (k + 1 == len(words) or words[k + 1] != "-"):
                return True  # not "Vice President", not "President-elect"
    return False


class Resolver:
    def __init__(self, doc: Doc, finder: MentionFinder, lx: Lexicon) -> None:
        self.doc = doc
        self.lx = lx
        self.finder = finder
        self.mentions = finder.mentions
        self.starts = [m.tok for m in self.mentions]
        self.speakers: list[tuple[int, Referent]] = []  # (token, referent) of attributed quotes
        self._speaker_toks: list[int] = []  # their tokens, for _speakers_before
        self._spoke: dict[int, Referent] = {}  # the same, by token: what a pronoun tag was resolved to
        self.descriptions: dict[str, Referent] = {}  # head noun -> last description with a party
        # Finds the noun phrase ending at a token (set by the caller, which owns the phrase rules).
        self.antecedent = None
        self._first_person: dict[int, Mention | None] | None = None  # see _subject_person
        self._role_holders: dict[str, str] | None = None  # see _party_from_role
        self._narrated_people: list[int] | None = None  # see _main_person
        self.sentence_subject = None  # sentence index -> its subject's tokens (set by the caller)

    # -- helpers ---------------------------------------------------------
    def mentions_in(self, i: int, j: int) -> list[Mention]:
        """The mentions that start at or after token i and end by token j, in text order."""
        starts = self.starts
        lo = bisect_left(starts, i)
        hi = bisect_left(starts, j, lo)  # only the mentions between: never a copy of the rest
        return [m for m in self.mentions[lo:hi] if m.tok_end <= j]

    def gender(self, name: str) -> str | None:
        g = self.finder.genders.get(name)
        if g:
            return g
        first = name.split()[0] if name else ""
        return self.lx.genders.get(first)

    def _party_people(self, head: str) -> bool:
        """Plural nouns of people a party's adjective describes without making them its
        voice: its voters, supporters, activists and experts (not its lawmakers or leaders)."""
        return head in self.lx.demand_groups or (head.endswith("s") and head[:-1] in self.lx.scholar_roles)

    def _role_after_name(self, p: Mention, j: int) -> Referent | None:
        """'a Clinton aide', 'one Trump supporter': a role noun after a person's name is
        someone else, shown as the description; an aide speaks for the person, a
        supporter or critic only for themselves (an aide of a party's own person is of that
        person's party)."""
        doc = self.doc
        head = doc.lower[j - 1]
        if p.tok_end >= j or not doc.words[j - 1].islower() or head not in self.lx.person_nouns \
                and head not in self.lx.demand_groups:
            return None
        if not all(doc.words[k].islower() for k in range(p.tok_end, j)):
            return None  # "Clinton campaign chairman John Podesta" is a name of its own
        text = self._clean(doc.text[doc.starts[p.tok]:doc.ends[j - 1]])
        if head in self.lx.demand_groups or head + "s" in self.lx.demand_groups:
            return Referent(text, None, "description")
        return Referent(text, p.party or self.party_of_person(p.name) or p.name, "description")

    def party_of_person(self, name: str) -> str | None:
        return self.finder.person_party.get(name)

    def note_speaker(self, tok: int, ref: Referent) -> None:
        self.speakers.append((tok, ref))
        self._speaker_toks.append(tok)
        self._spoke[tok] = ref

    def _speakers_before(self, tok: int, n: int) -> list[tuple[int, Referent]]:
        """The last n speakers noted before token tok. Demands are resolved after every quote
        is attributed, and a speaker further on must not answer an earlier 'he' (quotes come
        in text order, so the tokens are nearly sorted: bisect, then check each)."""
        i = bisect_left(self._speaker_toks, tok)
        return [s for s in self.speakers[max(0, i - n - 2):i + 2] if s[0] < tok][-n:]

    # -- resolution ------------------------------------------------------
    def resolve(self, i: int, j: int, *, inside_quote_of: Referent | None = None) -> Referent:
        doc = self.doc
        text = doc.text[doc.starts[i]:doc.ends[j - 1]]
        lw = doc.lower[i] if j - i == 1 else ""
        lw = POSSESSIVE_PRONOUNS.get(lw, lw)  # "her remark": the one she is
        lw = _CONTRACTED.get(lw, lw)  # "He’s claiming": he is
        if lw in ("he", "she", "they", "it", "we", "i", "you", "who", "which"):
            return self.pronoun(i, lw)
        if lw in ("one", "another"):
            one = self._one_of_group(i)
            if one is not None:
                return one
        ms = self.mentions_in(i, j)
        if not ms:
            lo = bisect_left(self.starts, i)
            cut = next((m for m in self.mentions[lo:lo + 2] if m.tok <= i + 1 and m.tok < j < m.tok_end), None)
            if cut is not None:
                return self.resolve(cut.tok, cut.tok_end)  # "The Union of … Atheists | and Agnostics": the whole name
        if doc.lower[j - 1] in self.lx.document_nouns and not inside_quote_of:
            issuer = self._issuer(i, j)
            if issuer is not None:
                return issuer
        named = self._appositive_person(i, j, ms) or self._named_before(i, j, ms)
        if named is not None:
            return named
        k = self._after_article(i)
        if k + 1 < j and doc.lower[k] in self.lx.kin_nouns and doc.lower[k + 1] == "of":
            return Referent(self._clean(text), None, "description")  # "Fiancée of murdered Saudi journalist": her own voice
        body = self._body_of_role(i, j)
        if body is not None:
            return body
        people = [m for m in ms if m.kind == PERSON]
        if people and people[-1].tok_end < j and doc.lower[j - 1] in self.lx.kin_nouns and (
                doc.words[people[-1].tok_end - 1].endswith(("’s", "'s")) or doc.words[people[-1].tok_end] in ("’", "'")):
            return Referent(self._clean(text), None, "description")  # "Thomas' sister": her own voice
        if people and people[-1].tok_end < j and doc.words[people[-1].tok_end - 1].endswith(("’s", "'s")):
            # "Trump’s campaign manager": the one who speaks is the manager, on Trump's side.
            p = people[-1]
            return Referent(self._clean(text), p.party or self.party_of_person(p.name), "description")
        if people:
            p = people[-1]
            role = self._role_after_name(p, j)
            if role is not None:
                return role
            return Referent(p.name, p.party or self.party_of_person(p.name), PERSON)
        actors = [m for m in ms if m.kind in (STATE, ORG, GROUP)]
        outlets = [m for m in ms if m.kind == OUTLET]
        head = doc.lower[j - 1]
        if event_head(doc.lower[i:j]):
            # "Cairo summit denounces …", "an assembly of foreign ministers in Cairo": the
            # meeting acts as one, not for the state it meets in
            return Referent(self._clean(text), None, "description")
        is_description = head in self.lx.person_nouns or head in self.lx.title_words
        if outlets and outlets[-1].tok_end == j and outlets[-1].tok > (actors[-1].tok if actors else -1):
            # "North Korea's main news agency Korean Central News Agency": the agency the phrase ends on
            o = outlets[-1]
            return Referent(o.name, self.lx.state_media.get(o.name), OUTLET)
        if actors:
            a = actors[-1]
            if is_description or a.tok_end < j:
                party = a.name
                if a.kind == STATE and head in self.lx.demand_groups and head not in ("lawmakers", "legislators"):
                    party = None  # "Hong Kong student groups", "Iraqi protesters": the state's people, not its voice
                elif a.name in self.lx.political_parties and self._party_people(head):
                    party = None  # "Republican national security experts", "Democratic voters": its people, not its voice
                ref = Referent(self._clean(text), party, "description")
                self.descriptions[head] = ref
                return ref
            written = self._clean(doc.text[a.start:a.end]).removeprefix("the ").removeprefix("The ")
            if a.kind == STATE and written in self.lx.seats and not written.isupper():
                return Referent(written, a.name, a.kind)  # "the State Department said": shown as written, the state's
            return Referent(a.name, a.name, a.kind)
        if outlets and not is_description:
            # "said KCNA": a state's news agency speaking is the state's voice
            return Referent(outlets[-1].name, self.lx.state_media.get(outlets[-1].name), OUTLET)
        group = self._group(i, j)
        if group is not None:
            return Referent(self._clean(text), group, "description")
        # A surname seen before as part of a full name (not inside "the New York businessman").
        for k in range(j - 1, i - 1, -1) if not is_description else ():
            w = doc.words[k].removesuffix("’s").removesuffix("'s")
            if w.isupper() and len(w) > 2:
                w = w.title()  # a transcript's "PENCE:"
            if w in self.finder.people:
                full = self.finder.people[w]
                return Referent(full, self.party_of_person(full), PERSON)
        if is_description:
            holder = self._role_holder(i, j)
            if holder is not None:
                return holder
            earlier = self.descriptions.get(head)
            if earlier is not None and doc.lower[i] in ("the", "that", "this"):
                return Referent(self._clean(text), earlier.party, "description")
            return Referent(self._clean(text), self._party_from_role(head) or self._state_of_institution(i, j),
                            "description")
        if doc.words[j - 1][:1].isupper() and not self._one_of_the_people(i, j) and not self._common_words(i, j):
            name = self._clean(text)
            body = name.split(" ", 1)[-1]
            if j - i > 1 and doc.lower[i] == "the" and all(doc.words[k][:1].isupper() for k in range(i + 1, j)) \
                    and body not in self.lx.places:
                # No person's name takes "the": "the Dallas Mavericks", "The International
                # Olympic Committee", "the ACU" name a body, its own party (not "The Florida
                # senator’s answer", a phrase cut short)
                return Referent(body, body, ORG)
            return Referent(name.title() if name.isupper() else name, None, PERSON)
        party = self._state_of_institution(i, j)
        if party is None and j - i == 2 and doc.lower[i] == "the" and head in _BODY_WORDS:
            body = self._body_before_subject(i, j)
            if body is not None:
                return Referent(self._clean(text), body.party, "description")  # "… Embassy in Iraq had … The office asked …"
        return Referent(self._clean(text), party, "description")  # "the embassy said"

    def _body_before_subject(self, i: int, j: int) -> Referent | None:
        """The body the sentence before was about, when i..j is this sentence's subject."""
        doc = self.doc
        s = doc.sent_of[i]
        if s == 0 or self.sentence_subject is None or self.sentence_subject(s) != (i, j):
            return None
        np = self.sentence_subject(s - 1)
        if np is None:
            return None
        lo = bisect_left(self.starts, np[0])
        ms = [m for m in self.mentions[lo:lo + 4] if m.tok < np[1]]
        body = next((m for m in ms if m.kind in (ORG, STATE, GROUP) and m.tok <= np[0] + 1), None)
        if body is None or any(m.kind == PERSON for m in ms):
            return None
        ref = self.resolve(body.tok, body.tok_end)
        return ref if ref.party else None

    def _group(self, i: int, j: int) -> str | None:
        """'protesters', 'Some of the students interviewed': people who act as one are a
        group party, named by their noun."""
        doc = self.doc
        for k in range(i, min(j, i + 5)):
            noun = doc.lower[k]
            if noun in self.lx.group_nouns:
                return self.finder.group_party(noun)
            if doc.words[k] in (",", "who", "that"):
                break
        return None

    def _common_words(self, i: int, j: int) -> bool:
        """'Another', 'Nobody', 'Proponents' opening a sentence (or run into a quotation mark:
        NYT archives quote with ''): common words capitalised by their place, not a name
        ('Cherry said', a surname the article has named, stays one)."""
        doc, lx = self.doc, self.lx
        words = [w for w in (doc.lower[k].strip("'’‘\"“”") for k in range(i, j)) if w]
        if len(words) != 1 or not (self.finder.sentence_initial(i) or doc.words[i][:1] in "'’‘\"“"):
            return False
        w = words[0]
        if j < len(doc.words) and doc.words[j] == "," or doc.words[j - 1].strip("'’‘\"“”") in self.finder.people:
            return False  # "Cherry, who led the …": a surname spelt like a word
        people = (lx.person_nouns, lx.demand_groups, lx.demand_actor_nouns, lx.collective_nouns, lx.group_nouns)
        return w in lx.common_words and not any(w in nouns for nouns in people)  # (but "Police urged …")

    def _after_article(self, i: int) -> int:
        """The token after an article at i ('a spokesman', 'the head'), or i."""
        return i + 1 if self.doc.lower[i] in ("a", "an", "the") else i

    def _body_of_role(self, i: int, j: int) -> Referent | None:
        """'The head of the police's internal investigators', 'A spokesman for the ministry':
        a role for or of a body speaks for the body (shown as written)."""
        doc = self.doc
        k = self._after_article(i)
        if not (k + 2 < j and doc.words[k].islower() and doc.lower[k] in self.lx.person_nouns
                and doc.lower[k + 1] in ("for", "of")):
            return None
        if self.mentions_in(i, k + 1):
            return None  # "Trump's head of security": the name before it decides
        body = self.resolve(k + 2, j)
        if body.kind == PERSON or not body.party:
            return None
        return Referent(self._clean(doc.text[doc.starts[i]:doc.ends[j - 1]]), body.party, "description")

    def _one_of_the_people(self, i: int, j: int) -> bool:
        """'a resident of Rafah', 'a farmer from Iowa': one of a place's people, described,
        not named (so no person, no party of their own)."""
        doc = self.doc
        return doc.lower[i] in ("a", "an") and i + 2 < j and doc.lower[i + 2] in ("of", "from", "in") \
            and doc.lower[i + 1] + "s" in self.lx.demand_groups

    def _one_of_group(self, i: int) -> Referent | None:
        """'“…,” one said. “…,” said another': one of the people last named as a group
        in this sentence or the two before ('Protesters gathered …')."""
        doc = self.doc
        s = doc.sent_of[i]
        lo = doc.sentences[max(0, s - 2)][0]
        for k in range(i - 1, lo - 1, -1):
            noun = doc.lower[k]
            if doc.quote_of[k] >= 0:
                continue
            if noun in self.lx.group_nouns:
                return Referent(f"{doc.lower[i]} of the {noun}", self.finder.group_party(noun), "description")
            if noun + "s" in self.lx.group_nouns:
                return Referent(f"{doc.lower[i]} {noun}", None, "description")  # "… one supporter. … another"
        return None

    def _issuer(self, i: int, j: int) -> Referent | None:
        """Who a document speaks for: its owner ('the court's summary', 'Judge Miller's
        statement'), else the subject of the clause it is the object of ('They released a
        statement which said'); else none (the description stands)."""
        doc = self.doc
        named = [m for m in self.mentions_in(i, j - 1) if m.kind != OUTLET]
        if named and not doc.words[named[-1].tok_end - 1].endswith(("’s", "'s")):
            m = named[-1]  # "a White House statement", "the Supreme Court decision"
            return Referent(m.name, m.party or self.party_of_person(m.name) if m.kind == PERSON else m.name, m.kind)
        for k in range(j - 2, i - 1, -1):
            if doc.words[k].endswith(("’s", "'s")):
                s = k
                while s > i and doc.lower[s - 1] not in ("of", ",", "(") and k - s < 4:
                    s -= 1
                owner = self._owner(s, k + 1)
                if owner is not None:
                    return owner
                break
        if i >= 1 and doc.lower[i - 1] in _ISSUING_VERBS or i >= 2 and doc.lower[i - 2] in _ISSUING_VERBS:
            v = i - 1 if doc.lower[i - 1] in _ISSUING_VERBS else i - 2
            subject = self.antecedent(v - 1) if self.antecedent is not None and v >= 1 else None
            if subject is not None and subject[1] == v and self._names_someone(subject):
                return self.resolve(*subject)  # "Days after …, the Holocaust Museum issued a statement"
            subject = self.sentence_subject(doc.sent_of[i]) if self.sentence_subject else None
            if subject is not None and subject[1] <= i - 1 and doc.lower[subject[0]] not in ("it", "this", "there"):
                return self.resolve(*subject)
        if any(w in _RULINGS for w in doc.lower[i:j]):
            return self._court_before(i)  # "The summary of the decision read": the court's
        if j - i == 2 and doc.lower[i] in ("the", "that", "this"):
            return self.issued_before(i, doc.lower[j - 1])
        return None  # "the letter said": the description stands

    def _names_someone(self, np: tuple[int, int]) -> bool:
        """The phrase names an actor: a person, organisation, state or group mention in it, or
        a capitalised head ('the Holocaust Museum')."""
        head = self.doc.words[np[1] - 1]
        return head[:1].isupper() and head.lower() not in ("it", "this", "there") or \
            any(m.kind in (PERSON, ORG, STATE, GROUP) for m in self.mentions_in(*np))

    def issued_before(self, i: int, noun: str) -> Referent | None:
        """'The ministry issued a statement. “…,” the statement said': the issuer of the
        same document named with an issuing verb in this sentence or the two before."""
        doc = self.doc
        s = doc.sent_of[i]
        lo = doc.sentences[max(0, s - 2)][0]
        for k in range(i - 1, lo, -1):
            if doc.lower[k] == noun and doc.lower[k - 1] in ("a", "an"):
                issued = any(doc.lower[v] in _ISSUING_VERBS for v in range(max(0, k - 3), k - 1))
                return self._issuer(k - 1, k + 1) if issued else None  # "issued (Wednesday) a statement"
        return None

    def _court_before(self, i: int) -> Referent | None:
        """The court most often named among the last mentions before token i."""
        lo = bisect_left(self.starts, i)
        courts = [m for m in self.mentions[max(0, lo - _LOOKBACK):lo]
                  if m.kind == ORG and {"Court", "Tribunal"} & set(m.name.split())]
        if not courts:
            return None
        counts: dict[str, int] = {}
        for m in courts:
            counts[m.name] = counts.get(m.name, 0) + 1
        m = max(reversed(courts), key=lambda m: counts[m.name])
        return Referent(m.name, m.name, ORG)

    def _owner(self, i: int, j: int) -> Referent | None:
        """The owner phrase of a possessive ('the judge’s', 'Judge Miller’s')."""
        ms = self.mentions_in(i, j)
        if ms:
            m = ms[-1]
            if m.kind == PERSON:
                return Referent(m.name, m.party or self.party_of_person(m.name), PERSON)
            return Referent(m.name, None if m.kind == OUTLET else m.name, m.kind)
        head = self.doc.lower[j - 1].removesuffix("’s").removesuffix("'s")
        holder = self._role_holder(i, j, head)
        return holder

    def _role_holder(self, i: int, j: int, head: str | None = None) -> Referent | None:
        """'the judge', 'The president', 'The secretary general of CEI': a definite
        description by role names the person last mentioned with that role."""
        doc = self.doc
        if doc.lower[i] != "the":
            return None
        words = doc.lower[i + 1:j]
        if "of" in words:
            words = words[:words.index("of")]
        if head is None:
            head = words[-1] if words else ""
        if head not in self.lx.title_words or head in self.lx.generic_roles or \
                not all(w in self.lx.title_words for w in words[:-1] if w != head):
            return None  # an office ("the judge"), not a kind of person ("the official", "the former president")
        lo = bisect_left(self.starts, i)
        earlier = self.mentions[max(0, lo - _LOOKBACK):lo]  # bounded: linear on long inputs
        people = self.finder.people  # "Trump" in the headline is the "Donald Trump" of the text
        holders = {people.get(m.name, m.name): m for m in earlier if m.kind == PERSON and _holds(m.role, head)}
        if len(holders) != 1:
            return None  # no one, or several, hold the office: the description stands
        m = next(iter(holders.values()))
        named = [x for x in earlier if people.get(x.name, x.name) == people.get(m.name, m.name)]
        if doc.sent_of[i] - doc.sent_of[named[-1].tok] > 6 and len(named) < 3:
            return None  # named once, long ago: not who "the president" means here
        return Referent(m.name, m.party or self.party_of_person(m.name), PERSON)

    def _appositive_person(self, i: int, j: int, ms: list[Mention]) -> Referent | None:
        """'A spokesperson for the agency, Jane Roe, said' / 'The secretary general of CEI
        (…), Nunzio Galantino, has called': the name set beside a description speaks."""
        doc = self.doc
        head = doc.lower[j - 1]
        if doc.lower[j - 1] in ("he", "she", "they", "it"):
            return None
        if any(m.kind == PERSON and (m.tok_end == j or head not in self.lx.person_nouns
                                     and head not in self.lx.title_words) for m in ms):
            return None  # a person is the phrase ("Trump, …"), not a modifier ("a former Trump adviser")
        k = j
        if k < len(doc.words) and doc.words[k] == "(":  # a parenthesis after the description
            while k < len(doc.words) and doc.words[k] != ")" and k - j < 8:
                k += 1
            k += 1
        if not (k < len(doc.words) and doc.words[k] == ","):
            return None
        after = self.mentions_in(k + 1, min(len(doc.words), k + 6))
        if not after or after[0].tok != k + 1 or after[0].kind != PERSON:
            return None
        p = after[0]
        if not (p.tok_end < len(doc.words) and doc.words[p.tok_end] == ","):
            return None
        bodies = [m for m in ms if m.kind in (ORG, STATE, GROUP)]
        party = p.party or self.party_of_person(p.name)
        if party is None and bodies:
            party = self.finder.speaks_for(bodies[-1].name, " ".join(doc.lower[i:j]))
        return Referent(p.name, party, PERSON)

    def _named_before(self, i: int, j: int, ms: list[Mention]) -> Referent | None:
        """'Erick Erickson, a conservative radio host who …': a role set after a person's name
        and its comma, closed by a comma or a relative clause, is that person (not 'Clinton, a
        top aide said, …': the role's own clause)."""
        doc = self.doc
        if i < 2 or doc.words[i - 1] != "," or j >= len(doc.words) or doc.lower[j] not in (",", ")", ";", "who", "whose") \
                or any(m.kind == PERSON and m.tok_end == j for m in ms):
            return None
        of = next((k for k in range(i + 1, j) if doc.lower[k] == "of"), j)
        head = doc.lower[of - 1]  # "the billionaire owner of the Dallas Mavericks": the owner
        if head not in self.lx.person_nouns and head not in self.lx.title_words:
            return None
        before = [m for m in self.mentions_in(max(0, i - 7), i - 1) if m.tok_end == i - 1]
        if not before or before[-1].kind != PERSON or doc.words[i - 2].endswith(("’s", "'s")):
            return None
        p = before[-1]
        return Referent(p.name, p.party or self.party_of_person(p.name), PERSON)

    def _state_of_institution(self, i: int, j: int) -> str | None:
        """'a government official', 'a ministry spokesman' with no state named: the state
        last named outside quotes, within the last few sentences."""
        doc = self.doc
        if not any(w in self.lx.state_institutions for w in doc.lower[i:j]):
            return None
        lo = bisect_left(self.starts, i)
        first_sentence = doc.sent_of[i] - 5
        for m in reversed(self.mentions[max(0, lo - 30):lo]):
            if doc.sent_of[m.tok] < first_sentence:
                break
            if m.kind == STATE and not m.in_quote:
                return m.name
        return None

    def _party_from_role(self, head: str) -> str | None:
        """The party of the first person (in the order they were named) whose role holds head."""
        if self._role_holders is None:
            first: dict[str, str] = {}  # role word -> the first person with it
            for name, role in self.finder.person_role.items():  # complete once mentions are found
                for w in role.lower().split():
                    first.setdefault(w, name)
            self._role_holders = first
        name = self._role_holders.get(head)
        return self.party_of_person(name) if name is not None else None

    @staticmethod
    def _clean(text: str) -> str:
        return text.removesuffix("’s").removesuffix("'s").strip()

    def _same_pronoun_as(self, tok: int, lw: str, hops: int) -> Referent:
        """What the same pronoun at an earlier token stands for: what its tag was resolved to,
        or, one hop further back, its own antecedent."""
        return self._spoke.get(tok) or self.pronoun(tok, lw, hops + 1)

    def pronoun(self, tok: int, lw: str, hops: int = 0) -> Referent:
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
        want = _Fit("f" if lw == "she" else "m" if lw == "he" else None, self._object_after(tok))
        block = doc.block_of[tok]
        if lw in ("he", "she"):
            first = self._same_pronoun_subject(tok, lw)
            if first is not None:
                return self.pronoun(first, lw)  # "He said …; however, “…”, he added": the same he
            described = self._described_subject(tok, want)
            if described is not None:
                return self.resolve(*described)  # "My mother …, but even now she still says"
            # A recent speaker first, if compatible, then the latest person in view.
            for stok, ref in reversed(self._speakers_before(tok, 3)):
                if ref.kind == PERSON and doc.block_of[stok] >= block - 1 and self._compatible(ref.name, want):
                    last_person = self._latest_person(tok, want, block)
                    subject = self._recent_subject(tok, want)
                    if subject is not None and subject.tok > stok and subject.name != ref.name:
                        break  # a sentence about someone else came after the speaker's words
                    if last_person is None or last_person.name == ref.name or \
                            last_person.tok < stok:
                        return ref
                    break
            m = self._recent_subject(tok, want)
            if m is None and hops < _PRONOUN_HOPS:
                before = self._pronoun_subject_before(tok, lw)
                if before is not None:
                    ref = self._same_pronoun_as(before, lw, hops)
                    if ref.kind == PERSON:
                        return ref
            m = m or self._latest_person(tok, want, block) or self._main_person(tok, want)
            if m is not None:
                return Referent(m.name, m.party or self.party_of_person(m.name), PERSON)
            return Referent(doc.words[tok], None, "pronoun")
        # they / it / we: the sentence's own subject if it is a body ("The Security Council …
        # pledged sanctions against what it called …"), else the latest organisation, state or group.
        subject = self._body_subject(tok)
        if subject is not None:
            return subject
        if lw == "it":
            speaker = self._body_speaker(tok, block)
            if speaker is not None:
                return speaker
        if lw == "they":
            reporter = self._reporter(tok)
            if reporter is not None:
                return reporter
        if lw in ("they", "it"):
            before = self._subject_before(tok, lw, hops)
            if before is not None:
                return before
        lo = bisect_left(self.starts, tok)
        people = self._plural_people_before(tok) if lw == "they" else None
        for m in reversed(self.mentions[max(0, lo - 12):lo]):
            if people is not None and m.tok < people[0]:
                break  # "This angered Hispanics who … . They also have criticized …": the people nearer
            if m.kind in (ORG, STATE, GROUP) and doc.block_of[m.tok] >= block - 2:
                return Referent(m.name, m.name, m.kind)
        if people is not None:
            return self.resolve(*people)
        return Referent(doc.words[tok], None, "pronoun")

    def _plural_people_before(self, tok: int) -> tuple[int, int] | None:
        """The latest plural noun for people ('Hispanics', 'newspapers' is not one) in tok's
        sentence before it or in the sentence before, outside quotes, that no name covers."""
        doc = self.doc
        s = doc.sent_of[tok]
        lo = doc.sentences[max(0, s - 1)][0]
        for k in range(tok - 1, lo - 1, -1):
            w = doc.lower[k]
            if doc.quote_of[k] >= 0 or not w.endswith("s") or (w not in self.lx.person_nouns and w not in self.lx.group_nouns):
                continue
            if self.mentions_in(k, k + 1):
                return None  # "Democrats": a party's name, which the loop over mentions finds
            np = self.antecedent(k) if self.antecedent is not None else None
            if np is None or np[1] != k + 1:
                return (k, k + 1)
            i = np[0]  # "West Virginia officials"; not "that forcing public workers"
            while i < k and (doc.lower[i] in ("that", "which", "who") or doc.lower[i].endswith("ing")):
                i += 1
            return (i, k + 1)
        return None

    def _described_subject(self, tok: int, want: _Fit) -> tuple[int, int] | None:
        """The subject of tok's sentence, before it, or else of the sentence before when tok
        is its sentence's subject, when it is a description of one person whose noun says
        their gender and it is the pronoun's ('My mother has softened with age, but even now
        she still says …'; 'A 29-year-old Berlin woman … “…,” she said'): the pronoun is that
        person, not a name from before."""
        doc = self.doc
        if want.gender is None or self.sentence_subject is None:
            return None
        s = doc.sent_of[tok]
        np = self.sentence_subject(s)
        if np is not None and np[0] == tok and s > 0:
            np = self.sentence_subject(self._narrative_before(s))
        elif np is None or np[1] > tok:
            return None
        if np is None or doc.quote_of[np[0]] >= 0 or doc.lower[np[0]] in ("the", "this", "that") \
                or not doc.words[np[1] - 1].islower():
            return None  # "the actor", "the businessman" point back to someone named: not a new person
        head = doc.lower[np[1] - 1]
        if self.lx.noun_genders.get(head) != want.gender or any(m.kind == PERSON for m in self.mentions_in(*np)):
            return None
        return np

    def _pronoun_subject_before(self, tok: int, lw: str) -> int | None:
        """'That's why, he argued, the party should be prepared. “…,” he said': the same
        pronoun as the subject of the sentence before (or of its tag) is the same person,
        even when others were named in that sentence (centering: the subject carries on)."""
        doc = self.doc
        s = doc.sent_of[tok]
        if s == 0 or any(m.kind == PERSON and not m.in_quote for m in self.mentions_in(doc.sentences[s][0], tok)):
            return None
        p = self._narrative_before(s)
        lo, hi = doc.sentences[p]
        subject = self.sentence_subject(p) if self.sentence_subject is not None else None
        if subject is not None and subject[1] - subject[0] == 1 and doc.lower[subject[0]] == lw:
            return subject[0]
        for k in range(lo + 1, hi - 1):  # a tag: ", he argued,"
            if doc.lower[k] == lw and doc.quote_of[k] < 0 and doc.words[k - 1] == "," \
                    and self.lx.speech_verbs.get(doc.lower[k + 1]):
                return k
        return None

    def _body_speaker(self, tok: int, block: int) -> Referent | None:
        """'"…", said KCNA. "…", it added': 'it' is the body that spoke last, when no other
        body was named (outside the quotes) since."""
        if not self.speakers:
            return None
        stok, ref = self.speakers[-1]
        if ref.kind not in (ORG, STATE, OUTLET) or ref.party is None and ref.kind != OUTLET \
                or self.doc.block_of[stok] < block - 1 or stok >= tok:
            return None
        lo, hi = bisect_left(self.starts, stok + 1), bisect_left(self.starts, tok)
        if hi - lo > 40 or any(m.kind in (ORG, STATE, OUTLET) and not m.in_quote for m in self.mentions[lo:hi]):
            return None  # (bounded: a speaker 40 mentions back is no longer "it")
        return ref

    def _same_pronoun_subject(self, tok: int, lw: str) -> int | None:
        """The token of an earlier 'he'/'she' that is this sentence's subject, if any."""
        if self.sentence_subject is None:
            return None
        np = self.sentence_subject(self.doc.sent_of[tok])
        if np is None or np[1] - np[0] != 1 or np[0] >= tok or self.doc.lower[np[0]] != lw:
            return None
        return np[0]

    def _reporter(self, tok: int) -> Referent | None:
        """'several said they wanted the politicians to stop ignoring them': 'they' right after
        a speech verb is its plural subject; a bare 'several' or 'many' is the crowd last named
        (within three sentences)."""
        doc = self.doc
        t = tok - 1
        if t > 0 and doc.lower[t] == "that":
            t -= 1
        if t < 1 or not doc.words[t].islower() or not self.lx.speech_verbs.get(doc.lower[t]) or self.antecedent is None:
            return None
        s = doc.sent_of[tok]
        v = t  # the verb, and the auxiliaries before it ("some of the candidates have said they …")
        while v > 1 and doc.lower[v - 1] in _AUXILIARIES:
            v -= 1
        np = (v - 1, v) if doc.lower[v - 1] in _BARE_QUANTIFIERS else self.antecedent(v - 1)
        if np is None or np[1] != v:
            return None
        words = doc.lower[np[0]:np[1]]
        if len(words) == 1 and words[0] in _BARE_QUANTIFIERS:
            lo = doc.sentences[max(0, s - 3)][0]
            noun = next((k for k in range(np[0] - 1, max(lo, np[0] - 120) - 1, -1)
                         if doc.lower[k] in self.lx.group_nouns and doc.quote_of[k] < 0), None)
            if noun is None:
                return None
            return Referent(doc.words[np[0]], self.finder.group_party(doc.lower[noun]), "description")
        if words[-1].endswith("s") and words[-1] in self.lx.person_nouns:
            return self.resolve(*np)
        return None

    def _subject_before(self, tok: int, lw: str, hops: int = 0) -> Referent | None:
        """'The officers … are back to work. They indicated …', 'UAAR has launched a
        petition … It is also encouraging …': 'they' or 'it' as a sentence's subject is what
        the sentence before was about (people for 'they', a body for 'it')."""
        doc = self.doc
        s = doc.sent_of[tok]
        if s == 0 or self.sentence_subject is None:
            return None
        own = self.sentence_subject(s)
        if own is None or own[1] - own[0] != 1 or doc.lower[own[0]] != lw or own[0] > tok:
            return None  # only the sentence's subject ("They indicated they would …")
        np = self.sentence_subject(s - 1)
        if np is not None and np[1] - np[0] == 1 and lw == "they" == doc.lower[np[0]] and hops < _PRONOUN_HOPS:
            # "They concluded that …. They called on Turkey to …": the same they as before
            ref = self._same_pronoun_as(np[0], lw, hops)
            return ref if ref.kind != "pronoun" else None
        if np is None or doc.lower[np[0]] in ("it", "they", "we", "this", "that", "there"):
            return None
        head = doc.lower[np[1] - 1]
        if lw == "they":
            together = self._people_together(np)
            if together is None and s >= 2 and self._one_person(np):
                # "… Shoukry and his … counterparts … gathered in Cairo. The Italian foreign
                # minister, Luigi Di Maio, joined the talks. They concluded …": one person is no "they"
                earlier = self.sentence_subject(s - 2)
                together = self._people_together(earlier) if earlier is not None else None
            if together is not None:
                return together
            if not head.endswith("s") or head not in self.lx.person_nouns:
                return None
            return self.resolve(*np)
        lo = bisect_left(self.starts, np[0])
        ms = [m for m in self.mentions[lo:lo + 4] if m.tok < np[1]]  # those that start inside the subject
        if any(m.kind == PERSON for m in ms):
            return None  # "the ministry's spokesman": not a body
        body = next((m for m in ms if m.kind in (ORG, STATE, GROUP) and m.tok <= np[0] + 1 and m.tok_end >= np[1]), None)
        if body is None:
            return None  # the subject is not a body's name ("The Union of … and Agnostics" is)
        return self.resolve(body.tok, body.tok_end)

    def _one_person(self, np: tuple[int, int]) -> bool:
        """The subject np names one person: a single person mention, nothing plural."""
        doc = self.doc
        head = doc.lower[np[1] - 1]
        if np[1] - np[0] == 1 and head in ("he", "she"):
            return True
        if head.endswith("s"):
            return False
        people = [m for m in self.mentions_in(*np) if m.kind == PERSON]
        return len(people) == 1 or not people and (head in self.lx.person_nouns or head in self.lx.title_words)

    def _people_together(self, np: tuple[int, int]) -> Referent | None:
        """'Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias met
        in Cairo. They …': people named together as a sentence's subject are who 'they' are,
        one referent for all of them (of their party if they share one)."""
        doc = self.doc
        i, j = np
        hi = doc.sentences[doc.sent_of[i]][1]
        if j >= hi or doc.lower[j] != "and":
            return None
        end = j + 1
        while end < hi and end - j <= 24 and not (doc.words[end].islower() and doc.words[end].isalpha() and (
                doc.lower[end].endswith("ed") or doc.lower[end] in self.lx.irregular_past
                or doc.lower[end] in _FINITE or self.lx.speech_verbs.get(doc.lower[end]))):
            end += 1
        people = [m for m in self.mentions_in(i, end) if m.kind == PERSON and not m.in_quote]
        names = list(dict.fromkeys(self.finder.people.get(m.name, m.name) for m in people))
        if len(names) < 2:
            return None
        parties = {m.party or self.party_of_person(m.name) for m in people}
        party = parties.pop() if len(parties) == 1 else None
        return Referent(", ".join(names[:-1]) + " and " + names[-1], party, GROUP)

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

    def _recent_subject(self, tok: int, want: _Fit) -> Mention | None:
        """The person who is the subject of this or the previous sentence: 'Bush went after Trump …
        when he called the businessman “unhinged”' — he is Bush, not the latest name (Trump)."""
        doc = self.doc
        s = doc.sent_of[tok]
        for sent in (s, self._narrative_before(s)):
            m = self._subject_person(sent)
            if m is not None and m.tok < tok and self._compatible(m.name, want):
                if sent == s or not any(p.kind == PERSON and p.name != m.name and not p.in_quote
                                        for p in self.mentions_in(doc.sentences[s][0], tok)):
                    return m
        return None

    def _subject_person(self, s: int) -> Mention | None:
        """The first person named outside quotes in sentence s within its subject, if any;
        found for the sentences asked about only, each once."""
        if self._first_person is None:
            self._first_person = {}
        if s in self._first_person:
            return self._first_person[s]
        found = None
        if self.sentence_subject is not None and s >= 0:
            lo, hi = self.doc.sentences[s]
            people = [m for m in self.mentions[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]
                      if m.kind == PERSON and not m.in_quote]
            subject = self.sentence_subject(s) if people else None
            if subject is not None:
                found = next((m for m in people if subject[0] <= m.tok < subject[1]), None)
            elif people and self.doc.lower[lo] in _EXPLETIVES and self.doc.lower[lo + 1] in ("was", "is", "were", "are"):
                found = next((m for m in people if self._acts(m)), None)
        self._first_person[s] = found
        return found

    def _acts(self, m: Mention) -> bool:
        """A person named as the doer of a clause: 'This was the first time Flynn made a public
        speech' (a verb after the name), not 'pardoned by Trump'."""
        doc = self.doc
        if m.tok > 0 and doc.lower[m.tok - 1] in ("by", "to", "of", "with", "for", "from", "about", "against"):
            return False
        nxt = doc.words[m.tok_end] if m.tok_end < len(doc.words) else ""
        return nxt.isalpha() and nxt.islower() and nxt not in _NOT_VERBS

    def _main_person(self, tok: int, want: _Fit) -> Mention | None:
        """With no one in view, 'he' is the person the article has named most so far (the
        story's subject: a profile, an interview), if their gender fits."""
        lo = bisect_left(self.starts, tok)
        if self._narrated_people is None:  # positions in self.mentions of people named outside quotes
            self._narrated_people = [k for k, m in enumerate(self.mentions) if m.kind == PERSON and not m.in_quote]
        people = self._narrated_people
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}
        for k in people[bisect_left(people, lo - _LOOKBACK):bisect_left(people, lo)]:  # of the last _LOOKBACK
            m = self.mentions[k]
            counts[m.name] = counts.get(m.name, 0) + 1
            last[m.name] = m
        ranked = sorted((n for n in counts if self._compatible(n, want)), key=lambda n: (-counts[n], -last[n].tok))
        if not ranked or counts[ranked[0]] < 2:
            return None
        return last[ranked[0]]

    def _narrative_before(self, s: int) -> int:
        """The sentence before s that has words of the writer's own: a lone quotation mark
        or a sentence wholly quoted in between is stepped over."""
        doc = self.doc
        p = s - 1
        while p > 0 and s - p <= 3:
            lo, hi = doc.sentences[p]
            if any(doc.quote_of[k] < 0 and doc.words[k][:1].isalnum() for k in range(lo, hi)):
                break
            p -= 1
        return p

    def _compatible(self, name: str, want: _Fit) -> bool:
        if name == want.besides:
            return False
        if want.gender is None:
            return True
        g = self.gender(name)
        return g is None or g == want.gender

    def _object_after(self, tok: int) -> str | None:
        """'he told Hannity', 'she asked Warren': the person a pronoun's own verb is said to
        is someone else (a pronoun is never its own clause's object)."""
        doc = self.doc
        v = tok + 1
        if v + 1 >= len(doc.words) or not doc.words[v].islower() or not self.lx.speech_verbs.get(doc.lower[v]):
            return None
        lo = bisect_left(self.starts, v + 1)
        m = self.mentions[lo] if lo < len(self.mentions) else None
        return m.name if m is not None and m.tok == v + 1 and m.kind == PERSON else None

    def _latest_person(self, tok: int, want: _Fit, block: int) -> Mention | None:
        doc = self.doc
        lo = bisect_left(self.starts, tok)
        fallback = None
        opener = self._participle_opener(tok)
        for m in reversed(self.mentions[max(0, lo - 40):lo]):
            if doc.block_of[m.tok] < block - 3:
                break
            if m.kind != PERSON or not self._compatible(m.name, want):
                continue
            if opener <= m.tok < tok:
                continue  # "Speaking to Martin Smith of PBS, he said": he is not Smith
            if m.in_quote and not doc.quote_of[tok] >= 0:
                fallback = fallback or m
                continue
            if self._possessor_of_role(m):
                continue  # "during his time as Obama's vice president, he …": not Obama
            if doc.words[m.tok_end - 1].endswith(("’s", "'s")) and doc.sent_of[m.tok] < doc.sent_of[tok]:
                other = self._earlier_person_in_sentence(m, want)
                if other is not None:
                    return other  # "According to Ham, … disagreed with Obama’s policies. “…,” he said": Ham
            if self._object_of_preposition(m):
                actor = self._actor_before(m, want)
                if actor is not None:
                    return actor  # "X accepted responsibility for the murder of Y …. he said": X
            return m
        return fallback

    def _earlier_person_in_sentence(self, m: Mention, want: _Fit) -> Mention | None:
        """Another compatible person named before m in m's sentence, outside quotes."""
        doc = self.doc
        lo = bisect_left(self.starts, doc.sentences[doc.sent_of[m.tok]][0])
        hi = bisect_left(self.starts, m.tok)
        for x in reversed(self.mentions[lo:hi]):
            if x.kind == PERSON and x.name != m.name and not x.in_quote and self._compatible(x.name, want):
                return x
        return None

    def _object_of_preposition(self, m: Mention) -> bool:
        """'the murder of journalist Jamal Khashoggi', 'a meeting with Trump': a name after a
        preposition (and any role words before it) is no one's subject."""
        doc = self.doc
        k = m.tok - 1
        while k >= 0 and m.tok - k <= 3 and doc.words[k].islower() and (
                doc.lower[k] in self.lx.title_words or doc.lower[k] in self.lx.person_nouns):
            k -= 1
        return k >= 0 and doc.lower[k] in ("of", "for", "against", "about", "with")

    def _actor_before(self, m: Mention, want: _Fit) -> Mention | None:
        """The person of m's sentence, before it, that acts: the subject of its clause."""
        doc = self.doc
        lo = doc.sentences[doc.sent_of[m.tok]][0]
        for p in self.mentions_in(lo, m.tok):
            if p.kind == PERSON and not p.in_quote and p.name != m.name and self._compatible(p.name, want) \
                    and self._acts_after_affiliation(p) and not self._object_of_preposition(p):
                return p
        return None

    def _acts_after_affiliation(self, p: Mention) -> bool:
        """'Mohammad bin Salman of Saudi Arabia accepted …': a verb after the name, or after
        the body it is 'of'."""
        doc = self.doc
        t = p.tok_end
        if t + 1 < len(doc.words) and doc.lower[t] == "of":
            body = next((m for m in self.mentions_in(t + 1, min(t + 6, len(doc.words))) if m.tok == t + 1), None)
            if body is not None and body.kind != PERSON:
                nxt = doc.words[body.tok_end] if body.tok_end < len(doc.words) else ""
                return nxt.isalpha() and nxt.islower() and nxt not in _NOT_VERBS
        return self._acts(p)

    def _participle_opener(self, tok: int) -> int:
        """The start of the participle phrase that opens tok's sentence when tok is the
        subject right after its comma ('Speaking to X, he …', 'Asked about X, she …'); else
        past tok (no phrase)."""
        doc = self.doc
        lo = doc.sentences[doc.sent_of[tok]][0]
        first = doc.lower[lo]
        if tok - 1 <= lo or doc.words[tok - 1] != "," or not (first.endswith("ing") or first in _OPENING_PARTICIPLES):
            return tok + 1
        if any(doc.words[k] == "," for k in range(lo, tok - 1)) or doc.quote_of[lo] >= 0:
            return tok + 1
        return lo

    def _possessor_of_role(self, m: Mention) -> bool:
        """'Obama's vice president', 'Trump's lawyer': the person named is the possessor of
        another's office."""
        doc = self.doc
        t = m.tok_end
        if not doc.words[t - 1].endswith(("’s", "'s")) or t >= len(doc.words):
            return False
        for k in range(t, min(t + 3, len(doc.words))):
            if doc.lower[k] in self.lx.title_words or doc.lower[k] in self.lx.person_nouns:
                return True
            if not doc.words[k].islower():
                return False
        return False

