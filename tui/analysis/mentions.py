"""Named mentions of actors: states, organisations, groups, outlets and people.

Capitalised runs of tokens are segmented against the lexicons ("U.S. Secretary
of State Antony Blinken" = state + title + person), people are attached to the
state or organisation their title names, and definite descriptions ("the
militant group") are resolved to the organisation they refer back to.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from itertools import compress, repeat

from .lexicon import Entry, Lexicon, lexicon, word_set
from .tokens import Doc, WordSet, positions

STATE, ORG, GROUP, OUTLET, PERSON = "state", "organisation", "group", "outlet", "person"
# A side named by what it is for: "the pro-democracy camp", "pro-Beijing candidates". The
# word boundary is checked behind the literal "pro-", not before it: a pattern that opens
# with a literal is searched for as a string (in C), one that opens with \b is tried at
# every position of the text (20 times slower, for a handful of matches).
_PRO_GROUP = re.compile(r"pro-(?<=\bpro-)[A-Za-z]+ (?:camp|bloc|candidates|lawmakers|legislators|parties|groups|"
                        r"activists|protesters|forces|militias|separatists|rebels)\b")

_CONNECTORS = {"of", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn",
               "for", "al", "el", "y", "on"}
# A sentence's first word run into "is"/"has" ("Here’s Clinton in 1992: …"): no part of the name after it.
_CONTRACTED_OPENERS = frozenset(f"{w}{a}s" for w in ("here", "there", "that", "what", "where", "who", "it", "let")
                                for a in "’'")
_APOSTROPHES = {"’", "'"}
# How an adjective or plural for a state's people ends ("British", "Americans", "Israeli").
_DEMONYM_ENDINGS = ("ish", "ese", "an", "ans", "eans", "i", "is", "ic")
# The lowercase words and marks that can join two capitalised words into one run (_runs).
_RUN_JOINERS = _CONNECTORS | {"and", "&"} | _APOSTROPHES
# "the country said", "the country’s foreign ministry": the state last named.
_STATE_DESCRIPTIONS = {"country", "nation", "kingdom", "republic"}
_PARTY_LETTERS = {"R": "Republican Party", "D": "Democratic Party", "I": "Independent"}
_CAUSE_GROUPS = word_set("cause_groups")  # lexicon/cause_groups.txt

_PARTY_WORDS = word_set("party_name_words")  # lexicon/party_name_words.txt
_VENUE_WORDS = word_set("venue_words")  # lexicon/venue_words.txt

_ACADEMIES = word_set("academies")  # lexicon/academies.txt
_OUTLET_WORDS = word_set("outlet_words")  # lexicon/outlet_words.txt
_PREPOSITIONS_AFTER_NAME = {"in", "at", "on", "for", "to", "from", "with", "by", "after", "before", "during", "into"}

_DESCRIPTION_HEADS = {
    "militant group", "group", "union", "bloc", "alliance", "movement", "party", "organisation",
    "organization", "agency", "ministry", "government", "campaign", "company", "council",
    "committee", "administration", "militants", "insurgents", "rebels", "coalition", "federation",
    "association", "firm", "network", "league", "commission", "court", "tribunal", "parliament",
    "assembly", "legislature", "conference", "church", "department", "city", "town",
}
# A description's head that names a body by another word: "the city" for "the Municipality of Livorno".
_HEAD_SYNONYMS = {"city": "municipality", "town": "municipality"}


_HEAD_FIRSTS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _description_first_words(lx: Lexicon) -> frozenset[str]:
    """The first words of the description heads (_DESCRIPTION_HEADS and the lexicon's 'the …'
    descriptions), once per lexicon: a 'the' before none of them starts no description."""
    found = _HEAD_FIRSTS.get(id(lx))
    if found is None:
        heads = list(_DESCRIPTION_HEADS) + [d[4:] for d in lx.descriptions if d.startswith("the ")]
        found = _HEAD_FIRSTS[id(lx)] = (lx, frozenset(h.split(" ")[0] for h in heads))
    return found[1]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    tok: int
    tok_end: int
    kind: str  # state | organisation | group | outlet | person
    name: str  # canonical name of the actor
    party: str | None = None  # for a person: the state/organisation they belong to
    role: str = ""
    in_quote: bool = False


_POSSESSIVES = ("’s", "'s")


def _possessive_stripped(word: str) -> str:
    if word.endswith(_POSSESSIVES):
        return word[:-2]
    return word


def _clean_name(text: str) -> str:
    """A name as written, on one line, without a possessive ending."""
    return " ".join(text.split()).removesuffix("’s").removesuffix("'s")


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (len(word) > 1 and word[0] == "U" and word[1] == ".")


def _possessives(words: list[str]) -> Iterable[str]:
    """The words that end in a possessive, picked in C."""
    return compress(words, map(str.endswith, words, repeat(_POSSESSIVES)))


# The words that open or continue a capitalised run.
_OPENS_RUN = WordSet(lambda w: w[0].isupper() and w[0].isalpha())  # (_is_cap, for a word: its first letter)


# The most tokens a lexicon entry is looked up over.
_LONGEST = 6

_FIRST_WORDS: dict[int, tuple[Lexicon, frozenset[str], frozenset[str], WordSet]] = {}


def _first_words(lx: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the lexicon's names and of its titles; built once per lexicon (which
    the cache holds, so that its id is not reused)."""
    found = _FIRST_WORDS.get(id(lx))
    if found is None:
        firsts = frozenset(n.split(" ")[0] for n in lx.names)
        title_firsts = frozenset(t.split(" ")[0] for t in lx.titles)

        def opens(w: str) -> bool:  # (asked of every new word: _possessive_stripped inline)
            if w in firsts or w.lower() in title_firsts:
                return True
            if not w.endswith(_POSSESSIVES):
                return False
            bare = w[:-2]
            return bare in firsts or bare.lower() in title_firsts

        def select(words: list[str]) -> set[str]:  # (opens, in C but for the possessives)
            members = set(filter(firsts.__contains__, words))
            members.update(compress(words, map(title_firsts.__contains__, map(str.lower, words))))
            members.update(filter(opens, _possessives(words)))
            return members

        found = _FIRST_WORDS[id(lx)] = (lx, firsts, title_firsts, WordSet(opens, select))
    return found[1], found[2]


def _entry_openers(lx: Lexicon) -> WordSet:
    """The words that are, as they stand or without a possessive, the first word of one of
    the lexicon's names or titles."""
    _first_words(lx)
    return _FIRST_WORDS[id(lx)][3]


# The words that end an outlet's name (_newspaper_run): without a possessive, an outlet word.
# Spelt out (an outlet word that ends like a possessive is no member as it stands), so that
# the test of every new word is one look-up in C.
_OUTLET_ENDS = WordSet(frozenset({w for w in _OUTLET_WORDS if not w.endswith(_POSSESSIVES)}
                                 | {w + p for w in _OUTLET_WORDS for p in _POSSESSIVES}).__contains__)

_GROUP_LIKE: dict[int, tuple[Lexicon, WordSet]] = {}


def _group_like(lx: Lexicon) -> WordSet:
    """The words that are a group word, bare or plural, with or without a full stop: a run
    without one names no organisation (_closed_by_group_word). Once per lexicon."""
    found = _GROUP_LIKE.get(id(lx))
    if found is None:
        def test(w: str) -> bool:
            w = w.rstrip(".")
            return w in lx.group_words or (w.endswith("s") and w[:-1] in lx.group_words)

        # (test as one look-up in C: a word that ends in s and is a group word without it)
        group_like = frozenset(lx.group_words) | {g + "s" for g in lx.group_words}

        def select(words: list[str]) -> Iterable[str]:
            return compress(words, map(group_like.__contains__, map(str.rstrip, words, repeat("."))))

        found = _GROUP_LIKE[id(lx)] = (lx, WordSet(test, select))
    return found[1]


_ROLE_WORDS: dict[int, tuple[Lexicon, WordSet]] = {}


def _role_words(lx: Lexicon) -> WordSet:
    """The lexicon's title words and person nouns (_lead_affiliation). Once per lexicon."""
    found = _ROLE_WORDS.get(id(lx))
    if found is None:
        words = frozenset(lx.title_words) | frozenset(lx.person_nouns)
        found = _ROLE_WORDS[id(lx)] = (lx, WordSet(words.__contains__))  # (a test in C, for every new word)
    return found[1]


_UNNAMABLE: dict[int, tuple[Lexicon, WordSet]] = {}


_ADJECTIVE_ENDINGS = ("-based", "-born", "-led", "-backed")  # "a South Florida-based president"


def _unnamable(lx: Lexicon) -> WordSet:
    """The words that, without a possessive, are in no person's name: the lexicon's
    not-names and adjectives ("South Florida-based"). Once per lexicon."""
    found = _UNNAMABLE.get(id(lx))
    if found is None:
        def test(w: str) -> bool:  # (asked of every new word: _possessive_stripped inline)
            if w.endswith(_POSSESSIVES):
                w = w[:-2]
            return w in lx.not_names or w.endswith(_ADJECTIVE_ENDINGS)

        def select(words: list[str]) -> set[str]:  # (test, in C but for the possessives)
            possessives = list(_possessives(words))
            members = set(filter(lx.not_names.__contains__, words))
            members.update(compress(words, map(str.endswith, words, repeat(_ADJECTIVE_ENDINGS))))
            members.difference_update(possessives)
            members.update(filter(test, possessives))
            return members

        found = _UNNAMABLE[id(lx)] = (lx, WordSet(test, select))
    return found[1]


# Titles that stand before a name as its role: "Sen. Warren", "Mrs. Clinton".
_HONORIFICS = ("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.")
_HEADLINE_LINKS = {"on", "in", "at", "for", "with", "to", "about", "after", "over", "against", "says", "said"}
_TITLE_GENDERS = {"mr.": "m", "mrs.": "f", "ms.": "f", "miss": "f"}

# Words that follow a name standing as a subject or object, where a demonym would take a noun.
_AFTER_A_NAME = {",", ".", ";", ":", "and", "who", "has", "had", "is", "was", "would", "will", "also", "then"}


# The characters that re.IGNORECASE matches with an ASCII letter but that str.lower() does
# not turn into it (tests/test_linear.py checks the list against the whole of Unicode).
_ODD_FOLDS = "İıſ"


def _may_name_a_group(text: str, phrases: Collection[str]) -> bool:
    """Whether the lexicon's group pattern (its ASCII phrases, case-insensitive) can match
    in text: only if the lowercase text contains one of them, searched for as strings (in C,
    many times faster than the pattern, which matches in few articles), or if a character
    there folds otherwise."""
    if not phrases or not all(p.isascii() for p in phrases):
        return True
    if any(c in text for c in _ODD_FOLDS):
        return True
    # A MB of the text at a time (overlapping by the longest phrase), not a lowercase copy
    # of a corpus-sized article at once.
    step, overlap = 1 << 20, max(map(len, phrases))
    for a in range(0, len(text), step):
        lowered = text[a:a + step + overlap].lower()
        if any(p in lowered for p in phrases):
            return True
    return False


class MentionFinder:
    def __init__(self, doc: Doc, lx: Lexicon | None = None) -> None:
        self.doc = doc
        self.lx = lx or lexicon()
        marks = set()
        for q in doc.quotes:
            marks.add(q.open_at)
            if q.close_at >= 0:
                marks.add(q.close_at)
        self.quote_marks = marks
        self.mentions: list[Mention] = []
        self.people: dict[str, str] = {}  # any single name token -> full name
        self.namesakes: dict[str, list[str]] = {}  # a surname -> every full name it ends, in order
        # The headline's Title Case runs wait for the body while find() reads it (see _name).
        self._deferred: list[tuple[int, int, str | None, str]] | None = None
        self.person_party: dict[str, str] = {}
        self.person_role: dict[str, str] = {}
        self.genders: dict[str, str] = {}
        self.groups: dict[str, str] = {}  # group party name -> the noun that names it ("protesters")
        # the last run that was a title with no name: (end token, affiliation, role words)
        self._title_run: tuple[int, str | None, list[str]] | None = None
        self._firsts = _first_words(self.lx)
        self._openers = _entry_openers(self.lx).of(doc)
        self._outlet_ends = _OUTLET_ENDS.of(doc)
        self._group_like = _group_like(self.lx).of(doc)
        self._unnamable = _unnamable(self.lx).of(doc)
        self._role_words = _role_words(self.lx).of(doc)
        self._heads: set[int] | None = None

    # -- runs ------------------------------------------------------------
    def _runs(self) -> list[tuple[int, int]]:
        doc, words, block_of = self.doc, self.doc.words, self.doc.block_of
        n = len(words)
        capitalised = _OPENS_RUN.of(doc)
        runs: list[tuple[int, int]] = []
        j = 0
        for i in positions(words, capitalised):
            if i < j:
                continue  # inside the run before
            j = i + 1
            block = block_of[i]
            while j < n:
                wj = words[j]
                if wj in capitalised:
                    if block_of[j] != block:
                        break
                    j += 1
                    continue
                if wj not in _RUN_JOINERS or block_of[j] != block:
                    break  # (most runs end so)
                if (wj in _CONNECTORS and j + 1 < n and words[j + 1] in capitalised
                        and doc.starts[j] == doc.ends[j - 1] + 1
                        and words[j + 1] not in self.lx.not_names
                        and not (wj == "of" and 2 <= j - i <= 3 and words[i] in self.lx.genders)):
                    # (but "Jennifer Lu of Marriage Equality Coalition Taiwan": a person, of a body)
                    j += 2
                    continue
                if (wj in ("and", "&") and j + 1 < n and words[j + 1] in capitalised
                        and (self._group_of(i, j) or self._party_name_after(i, j))):
                    j += 2  # "Center for Strategic and International Studies", "Law and Justice Party"
                    continue
                if (wj in _APOSTROPHES and words[j - 1].endswith("s") and doc.starts[j] not in self.quote_marks
                        and j + 1 < n and _is_cap(words[j + 1]) and doc.starts[j] == doc.ends[j - 1]):
                    j += 2
                    continue
                break
            runs.append((i, j))
        return runs

    def _cause_group(self, i: int, j: int) -> bool:
        words = self.doc.words
        return j - i >= 3 and words[i] in _CAUSE_GROUPS and words[i + 1] == "for"

    def _party_name_after(self, i: int, j: int) -> bool:
        """'Law and Justice Party', 'Justice and Development Party': after 'and' (at j), a
        capitalised run that a party word closes, before it no known name ('the Senate and House')."""
        words, n = self.doc.words, len(self.doc.words)
        left = " ".join(words[i + (words[i] in ("The", "the")):j])
        if left in self.lx.names or j - i > 3 or any(w.endswith(("'s", "’s")) for w in words[i:j]):
            return False  # "Turkey's Justice and Development Party": the possessive is not the name's
        k = j + 1
        while k < n and _is_cap(words[k]) and words[k][0].isalpha() and k - j <= 3:
            k += 1
        return words[k - 1] in _PARTY_WORDS

    def _group_of(self, i: int, j: int) -> bool:
        """The run i..j opens with a group word and of/for: 'Office of Management', 'Centers for'."""
        words = self.doc.words
        if words[i] in ("The", "the"):
            i += 1
        return (j - i >= 3 and words[i + 1] in ("of", "for")
                and (words[i] in self.lx.group_words or words[i].removesuffix("s") in self.lx.group_words))

    def _ends_with_group_word(self, i: int, j: int) -> bool:
        """'Service Employees International Union' keeps its sentence-initial first word."""
        return (j - i >= 3 and self.doc.lower[i] != "the"
                and self.doc.words[j - 1].rstrip(".") in self.lx.group_words)

    def sentence_initial(self, i: int) -> bool:
        return self._sentence_initial(i)

    def _sentence_initial(self, i: int) -> bool:
        doc = self.doc
        k = i - 1
        while k >= 0 and doc.words[k] in "“\"‘(":
            k -= 1
        return k < 0 or doc.sent_of[k] != doc.sent_of[i] or doc.words[k] in ".!?:;—"

    # -- segmentation ----------------------------------------------------
    def _lookup(self, i: int, j: int) -> tuple[int, Entry | str | None]:
        """Longest lexicon entry or title starting at token i, within i..j. Returns (end, entry)."""
        if self.doc.words[i] not in self._openers and not self._may_open_entry(i):
            return i, None
        for k in range(min(j, i + _LONGEST), i, -1):
            entry = self._entry(i, k)
            if entry is not None:
                return k, entry
        return i, None

    def _entry(self, i: int, k: int) -> Entry | str | None:
        """The lexicon entry (or "title") that tokens i..k-1 spell, if any."""
        phrase = " ".join(self.doc.words[i:k])
        if phrase.endswith(_POSSESSIVES):  # (the last word's possessive)
            phrase = phrase[:-2]
        phrase = phrase.replace(" ’ ", "’ ").replace(" ' ", "' ")
        entry = self.lx.names.get(phrase)
        if entry is not None:
            return entry
        return "title" if phrase.lower() in self.lx.titles else None

    def _entry_ends_at(self, i: int, j: int) -> bool:
        """Whether a lexicon entry that starts within i..j-2 ends at j (what _lookup(a, j)
        would return for such a start a, asking only for the phrase that ends at j)."""
        return any(self._may_open_entry(a) and self._entry(a, j) is not None
                   for a in range(max(i, j - _LONGEST), j - 1))

    def heads(self) -> set[int]:
        """The tokens that end a mention (the phrase rules' known heads): one set per article,
        shared by the rules that read it, once the mentions are found."""
        if self._heads is None:
            self._heads = {m.tok_end - 1 for m in self.mentions}
        return self._heads

    def _may_open_entry(self, i: int) -> bool:
        """Whether a lexicon name or title can start at token i: the first word of the phrase
        _lookup builds there (the word, without a possessive, or joined to the apostrophe
        after it) must be the first word of one. Most tokens are not: no phrase is built."""
        words = self.doc.words
        w = words[i]
        if w in self._openers:
            return True
        if i + 1 < len(words) and words[i + 1] in _APOSTROPHES:
            firsts, title_firsts = self._firsts
            joined = w + words[i + 1]
            return joined in firsts or joined.lower() in title_firsts
        return False

    def find(self) -> list[Mention]:
        doc, lx = self.doc, self.lx
        self._deferred = []
        for i, j in self._runs():
            if (doc.lower[i] in lx.common_words or doc.lower[i] in _CONTRACTED_OPENERS) \
                    and self._sentence_initial(i) and doc.words[i] not in lx.names \
                    and not self._state_ends_name(i, j) \
                    and not (doc.lower[i] in lx.title_words and j - i > 1) \
                    and not self._ends_with_group_word(i, j) and not self._cause_group(i, j):
                # (but "President Obama said": a title opening the sentence is the name's)
                i += 1
                if i >= j:
                    continue
            self._segment(i, j)
        deferred, self._deferred = self._deferred, None
        for a, b, affiliation, role in deferred:
            self._name(a, b, affiliation, role)  # the headline's Title Case runs, read against the body's people
        self._group_phrases()
        self._attach_appositives()
        self._resolve_descriptions()
        self._appositives_of_descriptions()
        self._domestic_leaders()
        self._bare_house()
        self.mentions.sort(key=lambda m: m.start)
        return self.mentions

    def _bare_house(self) -> None:
        """'the House' is the House of Representatives, unless the article names another
        House ('the House of Commons') and not that one: then it is the House it names."""
        houses = Counter(m.name for m in self.mentions if m.kind == ORG and m.name.startswith("House of ")
                         and m.tok_end - m.tok >= 3)  # named in full
        if not houses or "House of Representatives" in houses:
            return
        house = houses.most_common(1)[0][0]
        for m in self.mentions:
            if m.name == "House of Representatives" and m.tok_end - m.tok <= 2:
                m.name = house

    def _domestic_leaders(self) -> None:
        """A head of state or government speaks for the state abroad, but in a story of
        its home politics alone (an election, a lawsuit, a vote), where no other state acts,
        they act for themselves: 'President Trump' there is Trump's own party."""
        states = {m.name for m in self.mentions if m.kind == STATE and not m.in_quote and not self._joined(m)}
        if len(states) != 1 or not any(m.kind == ORG and not m.in_quote for m in self.mentions):
            return  # several states act, or no home institution is named: not told as home politics
        (home,) = states
        leaders = {m.name for m in self.mentions
                   if m.kind == PERSON and m.party == home and m.role
                   and m.role.lower().split(", ")[-1] in self.lx.head_roles}
        for m in self.mentions:
            if m.kind == PERSON and m.name in leaders and m.party == home:
                m.party = None
        for name in leaders:
            if self.person_party.get(name) == home:
                del self.person_party[name]

    def _joined(self, m: Mention) -> bool:
        """A name hyphenated to another ('the U.S.-Mexican border', 'Libya–Turkey relations'):
        it names a relation or a place between states, not a state that acts."""
        text = self.doc.text
        return (m.start > 0 and text[m.start - 1] in "-–") or (m.end < len(text) and text[m.end] in "-–")

    def _add(self, i: int, j: int, kind: str, name: str, party: str | None = None, role: str = "") -> Mention:
        doc = self.doc
        end = doc.ends[j - 1]
        if doc.words[j - 1].endswith(_POSSESSIVES):
            end -= 2
        m = Mention(doc.starts[i], end, i, j, kind, name, party, role, doc.quote_of[i] >= 0)
        self.mentions.append(m)
        return m

    def _newspaper_run(self, i: int, j: int) -> bool:
        """'the Sydney Morning Herald', 'the Jerusalem Post': a run of two or more capitalised
        words that a newspaper word closes, no known name ending it, is an outlet."""
        words = self.doc.words
        if words[i] in ("The", "the"):
            i += 1
        last = _possessive_stripped(words[j - 1])
        if j - i < 2 or last not in _OUTLET_WORDS or any(not _is_cap(w) for w in words[i:j]) \
                or any(w in self.lx.genders or w.lower() in self.lx.title_words for w in words[i:j - 1]):
            return False  # "Tom Post", "Atlantic City Mayor Don Guardian": a person
        if any(self._lookup(a, j)[0] == j for a in range(i, j - 1)):
            return False  # "The Washington Post": the lexicon's own entry
        m = self._add(i, j, OUTLET, _clean_name(self.doc.text[self.doc.starts[i]:self.doc.ends[j - 1]]))
        return m is not None

    def _organisation_run(self, i: int, j: int) -> bool:
        """'Service Employees International Union', 'Federation of Trade Unions of Ukraine',
        'Ukrainian Agrarian Council': a name that a group word closes (or that continues with
        of/for after one) is one organisation, whatever names stand inside it."""
        words = self.doc.words
        if words[i] in ("The", "the"):
            i += 1
        if self._cause_group(i, j):
            # "Women for America First", "Americans for Prosperity": a cause's organisation
            self._add(i, j, ORG, _clean_name(self.doc.text[self.doc.starts[i]:self.doc.ends[j - 1]]))
            return True
        group_of = j - i >= 3 and words[i] in self.lx.group_words and words[i + 1] in ("of", "for")
        academy = any(w in _ACADEMIES for w in words[i + 1:j])  # "Georgia Institute of Technology", "Georgia State University"
        if j - i < 2 or (words[i] in self.lx.names and not words[i] in self.lx.demonyms and not group_of
                         and not academy):
            return False  # but "House of Lords" is not "the House" of Representatives
        # The lexicon look-ups last: few runs are closed by a group word.
        if not self._closed_by_group_word(i, j):
            return False
        if self._entry_ends_at(i, j):
            return False  # a known name that ends the run ("the White House", "the European Union") is the lexicon's
        self._add(i, j, ORG, _clean_name(self.doc.text[self.doc.starts[i]:self.doc.ends[j - 1]]))
        return True

    def _closed_by_group_word(self, i: int, j: int) -> bool:
        """The run i..j ends with a group word, or continues with of/for/on after one, and
        names no outlet."""
        words = self.doc.words
        for g in range(j - 1, i - 1, -1):
            w = words[g].rstrip(".")
            if g == i and (g + 1 >= j or words[g + 1] not in ("of", "for")):
                return False  # a lone group word is no name; "Court of Session" is
            if w in self.lx.group_words or (w.endswith("s") and w[:-1] in self.lx.group_words):
                if g == j - 1 or words[g + 1] in ("of", "for", "on"):
                    return not any(self.lx.names.get(words[t]) and self.lx.names[words[t]].kind == "outlet"
                                   for t in range(i, j))
                return False
        return False

    def _segment(self, i: int, j: int) -> None:
        words, openers = self.doc.words, self._openers
        if j - i == 1 and self._no_name(i):
            return  # (a third of the runs)
        if words[i] in ("A", "An") and j - i > 1 and self._sentence_initial(i):
            i += 1  # "A New York judge", "A Chicago police officer": the article, not an initial
        if words[j - 1] in self._outlet_ends and self._newspaper_run(i, j):
            return
        if (not self._group_like.isdisjoint(words[i:j]) or self._cause_group(i + (words[i] in ("The", "the")), j)) \
                and self._organisation_run(i, j):
            return
        if openers.isdisjoint(words[i:j]) and _APOSTROPHES.isdisjoint(words[i:j + 1]):
            # No word of the run opens a name or title, and no possessive mark stands in it or
            # joins its last word (most runs): one unknown segment, as _known_parts finds.
            affiliation, role, pending = None, [], [(i, j)]
        else:
            affiliation, role, pending = self._known_parts(i, j)
        posted = self._posted_to(i)
        if posted is not None:
            # "Afghan Ambassador to the United States Hamdullah Mohib": the host state is
            # where the envoy serves, not whom he speaks for.
            affiliation, role = posted
        if not pending:
            if role and role[-1].lower() in self.lx.title_words:
                self._title_run = (j, affiliation, role)
            return
        # The last unknown segment is the name; earlier ones stay unclassified.
        a, b = self._after_possessor(*pending[-1])
        if a > i and not role and affiliation is None and not self._possessive_before(a):
            # "Gaza City", "New Hampshire": an unknown run after a known name is not a person
            # (but "NBC’s Chuck Todd", "Fox News’ Bret Baier" are the outlet's people).
            return
        if affiliation is not None and self._former(i):
            affiliation = None  # "former Vice President of the United States Joe Biden" speaks for himself
        self._name(a, b, affiliation if a > i else None, ", ".join(role) if a > i else "")

    def _after_possessor(self, a: int, b: int) -> tuple[int, int]:
        """'The New Republic’s Jeet Heer', 'American Action Forum’s Douglas Holtz-Eakin': the
        name is the words after a possessive inside the segment, when they are two or more."""
        words = self.doc.words
        for k in range(b - 3, a - 1, -1):
            if words[k].endswith(_POSSESSIVES) and len(words[k]) > 2:
                return (k + 1, b) if words[k + 1][:1].isupper() else (a, b)
        return a, b

    def _no_name(self, i: int) -> bool:
        """Whether the run of token i alone is, as _segment and _name would find taking it
        through all their rules, no one: a capitalised word that opens no lexicon entry or
        title, has no possessive mark after it, no title run before it ('Ambassador to'), is
        outside the headline, no group word, no known person or first name, and has no
        'Mr.' or lowercase title ('Turkish president Erdoğan') before it, or is a common word.
        What they do for most runs, without their lists and joins."""
        doc, lx = self.doc, self.lx
        w = doc.words[i]
        if w in self._openers or (i + 1 < len(doc.words) and doc.words[i + 1] in _APOSTROPHES):
            return False  # (_known_parts reads it)
        if self._title_run is not None and self._posted_to(i) is not None or doc.block_of[i] == doc.headline:
            return False
        bare = w[:-2] if w.endswith(_POSSESSIVES) else w
        if bare in lx.group_words or bare in lx.genders or bare in self.people:
            return False
        if i > 0 and doc.lower[i - 1] in _HONORIFICS:
            return False
        role = self._lead_affiliation(i)[1]
        return not role or bare.lower() in lx.common_words

    def _known_parts(self, i: int, j: int) -> tuple[str | None, list[str], list[tuple[int, int]]]:
        """The run's lexicon entries (each added as a mention) and titles: the affiliation
        they give, the role words, and the unknown segments between them."""
        doc, words, openers = self.doc, self.doc.words, self._openers
        affiliation: str | None = None
        role: list[str] = []
        k = i
        unknown_start = -1
        pending: list[tuple[int, int]] = []
        while k < j:
            if doc.words[k] in _APOSTROPHES:  # "Fox News’ Bret Baier": the possessive ends a segment
                if unknown_start >= 0:
                    pending.append(self._unknown(unknown_start, k))
                    unknown_start = -1
                k += 1
                continue
            if words[k] not in openers and not self._may_open_entry(k):
                end, entry = k, None  # (most words open no entry: _lookup's first test)
            else:
                end, entry = self._lookup(k, j)
            if isinstance(entry, Entry) and k > i and end - k == 1 and doc.words[k - 1] in self.lx.genders \
                    and (entry.kind == STATE and doc.words[k] in self.lx.demonyms or entry.kind == OUTLET):
                entry = None  # "Mark Cuban", "Don Guardian": a surname spelt like a demonym or a paper
            elif isinstance(entry, Entry) and entry.kind == STATE and self._known_surname(k, end, j):
                entry = None  # "Cuban said", once the article has named Mark Cuban
            if entry is None:
                if unknown_start < 0:
                    unknown_start = k
                k += 1
                continue
            if unknown_start >= 0:
                pending.append(self._unknown(unknown_start, k))
                unknown_start = -1
            if entry == "title":
                role.append(" ".join(doc.words[k:end]))
            elif entry.kind == STATE and not role and affiliation is None and self._named_for_state(i, k, end, j):
                # "Democracy for America", "Bank of America", "Priorities USA": an organisation
                # whose name ends with the state's, not the state
                self._add(i, j, ORG, " ".join(doc.words[i:j]))
                return None, [], []
            elif entry.kind == STATE and not (role and k - 1 > i and doc.words[k - 1] == "of") and (
                    self._inside_a_name(end, j) or self._a_place(k, end)
                    or self._currency(end) or self._ends_a_place(i, k, end)):
                # (but "Prime Minister of Iraq Adil Abdul-Mahdi": the title's state)
                pass  # "the Vietnam War", "British Columbia", "New Mexico"; "living in London", "US$22,900": not the state acting
            else:
                assert isinstance(entry, Entry)
                self._add(k, end, entry.kind, entry.name)
                if entry.kind in (STATE, ORG, GROUP):
                    affiliation = entry.name
            k = end
        if unknown_start >= 0:
            pending.append(self._unknown(unknown_start, j))
        return affiliation, role, pending

    def _state_ends_name(self, i: int, j: int) -> bool:
        """The run i..j opening a sentence is a name that ends with a state's, its first word
        included: a lexicon entry ('Voice of America reported'), or a name before 'USA'
        ('Priorities USA, a pro-Clinton super PAC, …'); not 'Hundreds of Hong Kong …'."""
        if isinstance(self._entry(i, j), Entry):
            return True
        return j - i >= 2 and self.doc.words[j - 1] == "USA" and self._named_for_state(i, j - 1, j, j)

    def _named_for_state(self, i: int, k: int, end: int, j: int) -> bool:
        """The state k..end ends the run i..j after 'for'/'of' and capitalised words that are
        no title, known name, short acronym or '-backed' modifier ('Gun Owners of America',
        'Obama for America'), or is 'USA' after such words ('Priorities USA')."""
        doc, lx = self.doc, self.lx
        state = " ".join(doc.words[k:end])
        entry = lx.names.get(state)
        if end != j or k - i < 1 or state.endswith(_POSSESSIVES) \
                or state.endswith(_DEMONYM_ENDINGS) and (entry is None or entry.name != state):
            return False  # "Brexit for British", "Technion for China’s": not the state's name
        before = doc.words[i:k - 1] if doc.lower[k - 1] in ("for", "of") else doc.words[i:k] if doc.words[k] == "USA" else []
        named = [w for w in before if w not in ("The", "the", "of", "for", "and")]
        return bool(named) and all(
            w[:1].isupper() and w.lower() not in lx.title_words and w not in lx.names
            and w not in ("United", "States", "Republic", "Kingdom")
            and not (w.isupper() and len(w) <= 4)  # "EEZ of Cyprus", "PAC Priorities USA": an acronym's
            and not w.endswith(_ADJECTIVE_ENDINGS)  # "Koch-backed": a modifier, not the name
            for w in named)

    def _unknown(self, a: int, b: int) -> tuple[int, int]:
        """An unknown segment a..b without the preposition that joined it to the known name
        after it: 'Mohammad bin Salman | of | Saudi Arabia'."""
        while b - 1 > a and self.doc.words[b - 1] in ("of", "for", "on"):
            b -= 1
        return a, b

    def _name(self, a: int, b: int, affiliation: str | None, role: str, read: bool = False) -> None:
        doc, lx = self.doc, self.lx
        words = [w[:-2] if w.endswith(_POSSESSIVES) else w for w in doc.words[a:b]]
        if not read and not role and doc.block_of[a] == doc.headline and " ".join(words) not in self.people:
            if self._deferred is not None and not self._plain_name(words):
                self._deferred.append((a, b, affiliation, role))  # read once the body's people are known
                return
            spans = self._headline_names(a, b, words)
            if spans is not None:
                for x, y in spans:
                    self._name(x, y, affiliation if x == a else None, role if x == a else "", read=True)
                return
        while len(words) > 1 and words[0] in ("of", "for"):
            words, a = words[1:], a + 1  # "CEO of Donald Trump’s campaign": the title's "of" is not the name's
        if role and a > 0 and doc.lower[a - 1] in ("of", "for") and len(words) == 1 and words[0].lower() in lx.common_words:
            return  # "High Commissioner for Refugees", "Minister of Defense": the office's field, no name
        if role and a > 0 and doc.lower[a - 1] == "of" and len(words) >= 3 and words[0] not in lx.genders:
            # "Minister of Education Stefania Giannini": the office's field, then the name (two
            # words, or three with an initial: "Secretary of State John F. Kerry")
            keep = 3 if len(words[-2]) <= 2 and words[-2].endswith(".") and len(words) >= 4 else 2
            cut = len(words) - keep
            role = f"{role} of {' '.join(words[:cut])}"
            words, a = words[cut:], a + cut
        if words[-1] in lx.group_words or (len(words) > 1 and words[-1].rstrip(".") in lx.group_words):
            self._add(a, b, ORG, _clean_name(doc.text[doc.starts[a]:doc.ends[b - 1]]))
            return
        if not role and a > 0 and doc.lower[a - 1] in _HONORIFICS:
            role = doc.words[a - 1]
            if doc.lower[a - 1] in ("mrs.", "ms."):
                self.genders[words[-1]] = "f"
            elif doc.lower[a - 1] == "mr.":
                self.genders[words[-1]] = "m"
        lead: tuple[str | None, str] | None = None  # (_lead_affiliation(a), asked once)
        if len(words) == 1 and not role and words[0] not in lx.genders and words[0] not in self.people:
            # One unknown word, no title before it (most runs): a name only after a lowercase
            # title ("Turkish president Erdoğan"), the test below; the others end it too.
            lead = self._lead_affiliation(a)
            if not lead[1] or words[0].lower() in lx.common_words:
                return
        if len(words) >= 3 and words[0].endswith(_ADJECTIVE_ENDINGS) and words[1] in lx.genders:
            words, a = words[1:], a + 1  # "Texas-based Matt Mackowiak": the adjective is not the name
        if not self._unnamable.isdisjoint(self._unnamable_part(a, b, words)):
            return  # "a South Florida-based president": an adjective, not a name
        if " ".join(words) in lx.places or len(words) > 1 and words[-1] in _VENUE_WORDS:
            return  # "South Carolina", "New Hampshire", "Joey's Cafe", "Lincoln Memorial": a place
        if len(words) > 1 and all(w.isupper() for w in words if w.isalpha()):
            return  # "NEW YORK —", "DES MOINES, Iowa": a dateline, not a name
        while len(words) > 1 and (words[0] in lx.places or words[-1] in lx.places or words[-1] == "I"):
            # "Clinton Iowa", "Wisconsin Trump", "No. I": a place or a pronoun run into the name
            if words[0] in lx.places:
                words, a = words[1:], a + 1
            else:
                words, b = words[:-1], b - 1
                while len(words) > 1 and (words[-1] in _CONNECTORS or words[-1] in _APOSTROPHES):
                    words, b = words[:-1], b - 1  # "Ted Cruz of Texas", "Sanders ’ California"
        if not role and a > 0 and doc.lower[a - 1] == "the" and not words[0] in lx.genders:
            return  # "the Eastern Mediterranean", "the Paris Agreement": a place or thing, not a person
        if "of" in words[1:]:
            cut = words.index("of", 1)  # "Gov. Earl Ray Tomblin of West Virginia": the name ends at "of"
            words, b = words[:cut], a + cut
        first_known = words[0] in lx.genders
        if role and not first_known and doc.block_of[a] == doc.headline and (
                len(words) > 3 and words[0].lower() in lx.common_words or words[0].lower() in _HEADLINE_LINKS):
            # "Pastor Wants Girl Scout Leaders To Be Executed", "CNN President On Trump": a
            # headline's verb or preposition after a title, not a name ("Ban Ki-moon" is one)
            return
        if first_known and len(words) > 3:
            cut = next((n for n in range(2, len(words)) if words[n].lower() in lx.common_words), len(words))
            words, b = words[:cut], a + cut  # "Gina Rodriguez Questioned What It Means To Be": a heading runs on
        known_single = len(words) == 1 and words[0] in self.people
        if lead is None:  # (a single word's a is where it was asked)
            lead = self._lead_affiliation(a)
        if not (first_known or role or known_single or len(words) >= 2):
            # one unknown word is a name only after a title: "Turkish president Erdoğan"
            if not lead[1] or words[0].lower() in lx.common_words:
                return
        titled = a > 0 and doc.words[a - 1].islower() and doc.lower[a - 1] in lx.title_words
        if len(words) >= 2 and not first_known and not role and not lead[1] and not titled:
            # Two unknown capitalised words: a person only if the last is not a place/thing word
            # (after a title they are one: "policy planning director Anne-Marie Slaughter").
            if any(w.lower() in lx.common_words for w in words):
                return
        full = " ".join(words)
        if known_single:
            full = self._namesake(words[0], doc.lower[a - 1] if a > 0 else "")
        elif len(words) >= 2:
            for w in (words[-1], words[0]):
                self.people.setdefault(w, full)
            self.people[full] = full
            if full not in self.namesakes.setdefault(words[-1], []):
                self.namesakes[words[-1]].append(full)
        if first_known:
            self.genders.setdefault(full, lx.genders[words[0]])
        role = role or lead[1] or self.person_role.get(full, "")
        party = self.speaks_for(affiliation or lead[0], role) or self.person_party.get(full)
        if party:
            self.person_party.setdefault(full, party)
        if role:
            self.person_role.setdefault(full, role)
        m = self._add(a, b, PERSON, full, party=party, role=role)
        self._party_letters(m)

    def _namesake(self, surname: str, title: str) -> str:
        """The full name a bare surname stands for: the first named in full, but 'Mrs. Clinton'
        is Hillary Clinton where Bill Clinton was named first (a title's gender decides)."""
        full = self.people[surname]
        gender = _TITLE_GENDERS.get(title)
        if gender is None or self.genders.get(full, gender) == gender:
            return full
        return next((f for f in self.namesakes.get(surname, ()) if self.genders.get(f) == gender), full)

    def _unnamable_part(self, a: int, b: int, words: list[str]) -> list[str]:
        """The run's words that must be in no name: all of them, but a first name that is
        also a thing ("Bill Clinton", not "the Farm Bill") and the surname after a first name
        ("Theresa May")."""
        part = self.doc.words[a:b]  # (words are these, without possessives)
        if len(words) >= 2 and words[0] in self.lx.genders:
            part = part[1:-1] if len(words) == 2 else part[1:]
        return part

    def _plain_name(self, words: list[str]) -> bool:
        """'Cecile Richards', 'Ken Starr': a first name and a surname or two, nothing else."""
        lx = self.lx
        return words[0] in lx.genders and len(words) <= 3 and not any(w.lower() in lx.common_words for w in words)

    def _headline_names(self, a: int, b: int, words: list[str]) -> list[tuple[int, int]] | None:
        """The people the body names inside a headline's run ('Donald Trump Got More Votes In
        Ohio Than Hillary Clinton': Donald Trump, Hillary Clinton; 'Beneath Clinton': Clinton),
        longest first, each with a first name before a bare surname ('Cecile Richards'). None
        when the body names no one there and the run may be a name of its own; [] when it
        is Title Case prose."""
        spans: list[tuple[int, int]] = []
        x = 0
        while x < len(words):
            y = next((y for y in range(len(words), x, -1) if " ".join(words[x:y]) in self.people), x)
            if y == x:
                x += 1
                continue
            lead = x - 1 if y - x == 1 and x > 0 and words[x - 1] in self.lx.genders and \
                not (spans and spans[-1][1] > a + x - 1) else x
            spans.append((a + lead, a + y))
            x = y
        if spans:
            return spans
        if len(words) > 3 or any(w.lower() in self.lx.common_words for w in words):
            return []
        return None

    def _known_surname(self, k: int, end: int, j: int) -> bool:
        """A lone demonym that is the surname of a person named already, standing as a
        name does (before a verb or punctuation, not a noun: 'Cuban said', not 'Cuban
        officials')."""
        doc = self.doc
        w = _possessive_stripped(doc.words[k])
        full = self.people.get(w)
        if end - k != 1 or j != end or full is None or full == w or w not in self.lx.demonyms:
            return False
        if w is not doc.words[k]:
            return True  # "Cuban’s"
        nxt = doc.lower[end] if end < len(doc.words) else "."
        return nxt in self.lx.speech_verbs or nxt in _AFTER_A_NAME

    def _inside_a_name(self, end: int, j: int) -> bool:
        """A state's name or adjective followed, in the same capitalised run, by a word that
        is no name, title or first name of its own: part of a larger name ('Vietnam War',
        'Indian Country', 'Paris Agreement')."""
        if end >= j:
            return False
        nxt = _possessive_stripped(self.doc.words[end])
        lx = self.lx
        return not (self._lookup(end, j)[1] is not None or nxt in lx.genders or nxt.lower() in lx.title_words
                    or nxt in self.people or nxt.rstrip(".") in lx.group_words
                    or nxt.lower() in lx.state_institutions)  # "the U.S. Embassy" is the state's

    def _ends_a_place(self, i: int, k: int, end: int) -> bool:
        """A state's name that closes a place's name begun earlier in the run ('New Mexico',
        'New South Wales'): the place, not the state."""
        words = self.doc.words
        return any(" ".join(words[a:end]) in self.lx.places for a in range(max(i, k - 2), k))

    def _a_place(self, k: int, end: int) -> bool:
        """A capital after a preposition of place ('in London', 'to Warsaw', 'based in
        Paris') is where something happens, not the state acting."""
        doc = self.doc
        phrase = " ".join(doc.words[k:end])
        if not (phrase in self.lx.seats and k > 0 and doc.lower[k - 1] in ("in", "to", "at", "from", "near", "outside")):
            return False
        return not (k >= 2 and doc.lower[k - 2] in self.lx.person_nouns)  # "officials in Washington" are its own

    def _currency(self, end: int) -> bool:
        """'US$22,900', 'HK$5', 'A$': a state's letters fused to a currency sign."""
        doc = self.doc
        return end < len(doc.words) and doc.words[end] in ("$", "¥", "£", "€") and doc.starts[end] == doc.ends[end - 1]

    def _possessive_before(self, a: int) -> bool:
        words = self.doc.words
        return a > 0 and (words[a - 1].endswith(("’s", "'s")) or words[a - 1] in _APOSTROPHES)

    def _posted_to(self, i: int) -> tuple[str | None, list[str]] | None:
        """The affiliation and role of a title run that ends with 'to (the)' before token i."""
        if self._title_run is None:
            return None  # (most runs: no title run came before)
        doc = self.doc
        k = i - 1
        if k >= 0 and doc.lower[k] == "the":
            k -= 1
        if k < 1 or doc.lower[k] != "to" or self._title_run[0] != k:
            return None
        return self._title_run[1], list(self._title_run[2])

    def group_party(self, noun: str) -> str:
        """The party of people named by a group noun: 'protesters' -> 'Protesters'."""
        name = noun.capitalize()
        self.groups.setdefault(name, noun)
        return name

    def _former(self, i: int) -> bool:
        """'former FBI Director James Comey', 'ex-Prime Minister …': an office no longer held."""
        doc = self.doc
        if doc.lower[i] in ("former", "ex-"):
            return True
        # back over the title the name is part of: "former Vice President of the United States"
        for k in range(i - 1, max(-1, i - 8), -1):
            w = doc.lower[k]
            if w in ("former", "ex", "ex-", "onetime", "one-time"):
                return True
            if not (w in ("of", "the") or w in self.lx.title_words or doc.words[k][:1].isupper()):
                return False
        return False

    def speaks_for(self, party: str | None, role: str) -> str | None:
        """The party a person with this affiliation and role speaks for. A politician's
        party label is membership, not voice: 'Democrat Spearman' speaks for herself,
        'Labour leader Keir Starmer' for Labour."""
        if party is None:
            return None
        words = role.lower().replace(",", " ").split()
        entry = self.lx.names.get(party)
        if entry is not None and entry.kind == STATE and any(w in self.lx.own_voice_roles for w in words):
            return None  # "U.S. Sen. X", "U.S. District Judge Y": not the state's voice
        if (set(party.split()) & _ACADEMIES and (any(w in self.lx.scholar_roles for w in words)
                                                  or " ".join(words) in self.lx.scholar_roles)):
            return None  # "a professor at the University of New Hampshire": an expert's own voice
        if party not in self.lx.political_parties:
            return party
        roles = self.lx.party_roles
        if any(w in roles for w in words) or any(" ".join(words[i:i + 2]) in roles for i in range(len(words))):
            return party
        return None

    def _lead_affiliation(self, a: int) -> tuple[str | None, str]:
        """'Dockers’ Alliance general secretary Maria Okafor': the org before a lowercase title."""
        words = self.doc.words
        k = a - 1
        while k >= 0 and a - k <= 4 and words[k].islower() and words[k].isalpha():
            k -= 1
        role = words[k + 1:a]
        if not role or self._role_words.isdisjoint(role):
            return None, ""
        for m in reversed(self.mentions[-3:]):
            if m.tok_end == k + 1 and m.kind in (STATE, ORG, GROUP):
                return m.name, " ".join(role)
        return None, ""

    def _party_letters(self, m: Mention) -> None:
        """'Sen. Ted Cruz (R-Texas)': the party letter after a name."""
        doc = self.doc
        t = m.tok_end
        if t + 1 < len(doc.words) and doc.words[t] == "(":
            code = doc.words[t + 1]
            party = _PARTY_LETTERS.get(code.split("-")[0].rstrip("."))
            if party and ("-" in code or (t + 2 < len(doc.words) and doc.words[t + 2] in ("-", ".", ","))):
                party = self.speaks_for(party, m.role)
                if party:
                    m.party = party
                    self.person_party.setdefault(m.name, party)

    def _group_phrases(self) -> None:
        """Collective actors written in lowercase: 'the international community', 'mediators';
        'the pro-democracy camp', 'pro-Beijing candidates'."""
        doc = self.doc
        for m in _PRO_GROUP.finditer(doc.text):
            i = doc.token_at(m.start())
            j = doc.token_at(m.end() - 1) + 1
            if i < j <= len(doc.words) and doc.starts[i] == m.start():
                name = m.group(0)
                self._add(i, j, GROUP, name[0].upper() + name[1:])
        pattern = self.lx.group_pattern
        if pattern is None or not _may_name_a_group(doc.text, self.lx.group_names):
            return
        for m in pattern.finditer(doc.text):
            i = doc.token_at(m.start())
            j = doc.token_at(m.end() - 1) + 1
            if i < j <= len(doc.words):
                # case-insensitive matching folds more than lower() does ("mediatorſ" matched "mediators")
                found = m.group()
                entry = self.lx.group_names.get(found.lower()) or self.lx.group_names.get(found.casefold())
                if entry is not None:
                    self._add(i, j, GROUP, entry)

    def _attach_appositives(self) -> None:
        """'Maria Okafor, general secretary of the Dockers’ Alliance,': party from the appositive."""
        doc = self.doc
        by_tok = {m.tok: m for m in self.mentions}
        bodies_by_end = {m.tok_end: m for m in self.mentions if m.kind in (STATE, ORG, GROUP)}
        leads: dict[str, tuple[str, str]] = {}  # person -> (the party he was given, the party he leads)
        for m in self.mentions:
            if m.kind == PERSON and m.party and m.role:
                led = self._party_led(m, by_tok)
                if led and m.name not in leads:
                    leads[m.name] = (m.party, led)
                    self.person_party[m.name] = led
                continue
            if m.kind != PERSON or m.party:
                continue
            party = self._description_before(m, bodies_by_end) or self._of_body(m, by_tok)
            if party:
                m.party = party
                self.person_party.setdefault(m.name, party)
                continue
            t = m.tok_end
            if t >= len(doc.words) or doc.words[t] != ",":
                continue
            if t + 1 < len(doc.words) and doc.words[t + 1].islower() and doc.lower[t + 1].endswith(("ing", "ed")):
                continue  # "…, claiming a right to Turkey": a participle clause, not an appositive
            if t + 1 < len(doc.words) and doc.lower[t + 1] in ("who", "whose", "which", "where", "when", "whom"):
                continue  # "Wilcox, whose education at the University of Tampa": a relative clause
            if t + 1 < len(doc.words) and doc.lower[t + 1] in _PREPOSITIONS_AFTER_NAME:
                continue  # "hold … William Barr, in contempt of Congress": the clause goes on, no appositive
            for k in range(t + 1, min(t + 10, len(doc.words))):
                if doc.words[k] in (",", ".", ";", "—") or doc.quote_of[k] != doc.quote_of[m.tok]:
                    break
                if doc.lower[k] in ("former", "ex-", "retired"):
                    break  # "Spearman, a minister and former Army colonel": not who she speaks for
                other = by_tok.get(k)
                if other and other.kind in (STATE, ORG, GROUP):
                    party = self.speaks_for(other.name, " ".join(doc.lower[t + 1:k]))
                    if party:
                        m.party = party
                        self.person_party.setdefault(m.name, party)
                    break
        for m in self.mentions:  # every mention of a party's leader, before and after
            if m.kind == PERSON and m.name in leads and m.party == leads[m.name][0]:
                m.party = leads[m.name][1]

    def _appositives_of_descriptions(self) -> None:
        """'a spokesperson for the agency, Jane Roe,': once 'the agency' is known to be the
        WHO, the name set after it speaks for the WHO too."""
        bodies_by_end = {m.tok_end: m for m in self.mentions if m.kind in (STATE, ORG, GROUP)}
        for m in self.mentions:
            if m.kind == PERSON and not m.party and m.tok - 1 in bodies_by_end:
                party = self._description_before(m, bodies_by_end)
                if party:
                    m.party = party
                    self.person_party.setdefault(m.name, party)

    def _of_body(self, m: Mention, by_tok: dict[int, Mention]) -> str | None:
        """'Jennifer Lu of Marriage Equality Coalition Taiwan': a person named as of an
        organisation speaks for it (of a political party, only when they lead it)."""
        doc, t = self.doc, m.tok_end
        if t + 1 >= len(doc.words) or doc.lower[t] != "of":
            return None
        k = t + 2 if doc.lower[t + 1] == "the" else t + 1
        other = by_tok.get(k)
        if other is None or other.kind not in (ORG, GROUP):
            return None
        return self.speaks_for(other.name, m.role)

    def _party_led(self, m: Mention, by_tok: dict[int, Mention]) -> str | None:
        """'Polish leader Jarosław Kaczyński of the conservative Law and Justice Party': a
        party leader named as his country's 'leader' speaks for the party he leads."""
        doc, t = self.doc, m.tok_end
        if t >= len(doc.words) or doc.lower[t] != "of" or m.role.lower() not in self.lx.party_roles:
            return None
        for k in range(t + 1, min(t + 5, len(doc.words))):
            other = by_tok.get(k)
            if other is not None:
                last = other.name.split()[-1]
                return other.name if other.kind == ORG and last in _PARTY_WORDS else None
        return None

    def _description_before(self, m: Mention, bodies_by_end: dict[int, Mention]) -> str | None:
        """'a United States Department of State spokesperson, Morgan Ortagus,': the name set
        after a description takes the body the description names."""
        doc, lx = self.doc, self.lx
        c = m.tok - 1
        if c < 2 or doc.words[c] != ",":
            return None
        body = bodies_by_end.get(c)
        if body is not None and body.tok >= 2:
            # "a spokesperson for the WHO, Jane Roe,": the role's body, after for/of/at
            k = body.tok - 1
            if doc.lower[k] in ("the",):
                k -= 1
            if k >= 1 and doc.lower[k] in ("for", "of", "at", "with") and (
                    doc.lower[k - 1] in lx.person_nouns or doc.lower[k - 1] in lx.title_words):
                return self.speaks_for(body.name, doc.lower[k - 1])
        if not (doc.lower[c - 1] in lx.person_nouns or doc.lower[c - 1] in lx.title_words):
            return None
        for k in range(c - 1, max(0, c - 5), -1):
            if doc.words[k] in (",", ".", ";", "—") or doc.quote_of[k] != doc.quote_of[m.tok]:
                break
            body = bodies_by_end.get(k)
            if body is not None:
                return self.speaks_for(body.name, " ".join(doc.lower[k:c]))
        return None

    def _resolve_descriptions(self) -> None:
        """'the militant group', 'the union' -> the organisation most recently named;
        'the country', 'the country’s foreign ministry' -> the state most recently named."""
        doc, lx = self.doc, self.lx
        orgs = sorted((m for m in self.mentions if m.kind in (ORG, GROUP)), key=lambda m: m.tok)
        states = sorted((m for m in self.mentions if m.kind == STATE), key=lambda m: m.tok)
        if not orgs and not states:
            return
        words, lower = doc.words, doc.lower
        n = len(words)
        head_firsts = _description_first_words(lx)
        added: list[Mention] = []
        oi = si = 0
        for i in doc.tokens_of(("the",)):
            if i == n - 1:
                break
            while oi < len(orgs) and orgs[oi].tok < i:
                oi += 1
            while si < len(states) and states[si].tok < i:
                si += 1
            state_head = lower[i + 1].removesuffix("’s").removesuffix("'s")
            if state_head in _STATE_DESCRIPTIONS:
                if si and doc.sent_of[states[si - 1].tok] >= doc.sent_of[i] - 3:
                    s = states[si - 1]
                    end = doc.ends[i + 1] - (2 if lower[i + 1] != state_head else 0)
                    added.append(Mention(doc.starts[i], end, i, i + 2, STATE, s.name, in_quote=doc.quote_of[i] >= 0))
                continue
            if not oi:
                continue
            # "the three-judge court", "the 15-member council": one hyphenated modifier
            lead = 2 if "-" in lower[i + 1] and len(lower[i + 1]) > 2 else 1
            if i + lead < n and lower[i + lead] not in head_firsts \
                    and lower[i + lead].removesuffix("'s").removesuffix("’s") not in head_firsts:
                continue  # no description's head starts here (most of the time)
            for width in (2, 1):
                if i + lead + width > n:
                    continue
                head = " ".join(lower[i + lead:i + lead + width])
                possessive = head.endswith(("'s", "’s"))
                head = head.removesuffix("'s").removesuffix("’s")
                if head not in _DESCRIPTION_HEADS and f"the {head}" not in lx.descriptions:
                    continue
                if i + lead + width < n and lower[i + lead + width] == "of":
                    continue
                target = self._description_target(f"the {head}", head, orgs[max(0, oi - 6):oi], i)
                if target is not None:
                    last = i + lead + width - 1
                    added.append(Mention(doc.starts[i], doc.ends[last] - 2 * possessive, i, last + 1,
                                         target.kind, target.name, in_quote=doc.quote_of[i] >= 0))
                break
        self.mentions.extend(added)

    def _description_target(self, phrase: str, head: str, recent: list[Mention], i: int) -> Mention | None:
        """The organisation among the last few named (recent, in text order) that a
        description refers back to."""
        lx = self.lx
        last_head = head.split()[-1]
        named = lx.descriptions.get(phrase, [])
        fitting = [m for m in recent if m.name in named
                   or m.name.split()[-1].lower().rstrip("s") == last_head.rstrip("s")
                   or last_head in m.name.lower().split()  # "the court" -> the Court of Session
                   or _HEAD_SYNONYMS.get(last_head, "-") in m.name.lower().split()]
        if fitting:
            # The most often named of those that fit (the story's court, not one named in
            # passing), the latest on a tie.
            counts: dict[str, int] = {}
            for m in fitting:
                counts[m.name] = counts.get(m.name, 0) + 1
            return max(reversed(fitting), key=lambda m: counts[m.name])
        if head in ("group", "militant group", "organisation", "organization", "movement"):
            for m in reversed(recent[-3:]):
                if m.kind == ORG and self.doc.sent_of[m.tok] >= self.doc.sent_of[i] - 3:
                    return m
        return None


def find_mentions(doc: Doc) -> MentionFinder:
    finder = MentionFinder(doc)
    finder.find()
    return finder
