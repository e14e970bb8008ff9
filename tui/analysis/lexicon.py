"""Word lists the rules read, loaded once from the data files in ``lexicon/``.

Rules that are lists live in those files, not in code: speech and demand verbs,
titles, demonyms, capitals, organisations, outlets, first names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"


def _lines(name: str) -> list[str]:
    """The file's lines, without trailing spaces, blank lines and comments: one comprehension
    over lines stripped in C (the lexicon is read at every start: some 13,000 lines)."""
    lines = map(str.rstrip, (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and line[0] != "#"]


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of ``lexicon/NAME.txt``, one a line: a small list a rule tests membership
    in ("accusing_verbs", "event_nouns"), loaded once."""
    return frozenset(_lines(f"{name}.txt"))


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def verb_forms(base: str, past: str | None = None, participle: str | None = None) -> set[str]:
    """Inflected forms of an English verb; irregular past forms given by the caller."""
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    if past is None:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2:-1] not in "aeiou":
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
    participle = participle or past
    if past.endswith("ed") and len(past) >= 4 and past[-3] == past[-4] and not base.endswith(past[-3] * 2):
        ing = past[:-2] + "ing"  # admitted -> admitting
    elif base.endswith("ie"):
        ing = base[:-2] + "ying"
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        ing = base[:-1] + "ing"
    else:
        ing = base + "ing"
    return {base, third, past, participle, ing}


@dataclass(frozen=True)
class Entry:
    """A known actor: its canonical name, kind, and the phrases that refer back to it."""

    name: str
    kind: str  # state | organisation | group | outlet
    descriptions: tuple[str, ...] = ()


@dataclass
class Lexicon:
    speech_verbs: dict[str, str] = field(default_factory=dict)  # form -> base
    phrasal_speech: dict[str, set[str]] = field(default_factory=dict)  # "shot" -> {"back"}
    # (words, stance, frame, base verb): demand and rejection cues, see demand_cues.tsv
    demand_cues: list[tuple[tuple[str, ...], str, str, str]] = field(default_factory=list)
    reject_verbs: set[str] = field(default_factory=set)  # every form of a one-word rejection cue
    demand_not_objects: set[str] = field(default_factory=set)  # "declined to comment"
    demand_types: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (type, stems)
    demand_adjuncts: tuple[str, ...] = ()  # "in a statement": where a summary ends
    demand_documents: set[str] = field(default_factory=set)  # "a letter urging …"
    demand_claim_nouns: set[str] = field(default_factory=set)  # "denied the allegations"
    demand_actor_nouns: set[str] = field(default_factory=set)  # "the police union pushed for …"
    demand_groups: set[str] = field(default_factory=set)  # "Protesters called for …": a party
    demand_outcome_verbs: set[str] = field(default_factory=set)  # "sought to overturn"
    demand_nouns: dict[str, str] = field(default_factory=dict)  # "Pence's call for": noun -> stance
    demand_behest: list[tuple[str, ...]] = field(default_factory=list)  # "at the request of"
    demand_own_goals: set[str] = field(default_factory=set)  # "seeking the nomination"
    names: dict[str, Entry] = field(default_factory=dict)  # surface form -> entry
    demonyms: dict[str, str] = field(default_factory=dict)  # adjective -> state name
    titles: set[str] = field(default_factory=set)
    title_words: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)
    collective_nouns: set[str] = field(default_factory=set)
    speech_nouns: set[str] = field(default_factory=set)
    group_words: set[str] = field(default_factory=set)
    genders: dict[str, str] = field(default_factory=dict)  # first name -> m | f
    noun_genders: dict[str, str] = field(default_factory=dict)  # "mother" -> f
    descriptions: dict[str, list[str]] = field(default_factory=dict)  # "the militant group" -> names
    common_words: set[str] = field(default_factory=set)
    not_names: set[str] = field(default_factory=set)
    section_labels: set[str] = field(default_factory=set)  # "UPDATE:", not a transcript's speaker
    group_names: dict[str, str] = field(default_factory=dict)  # lowercase phrase -> group
    political_parties: set[str] = field(default_factory=set)
    party_roles: set[str] = field(default_factory=set)  # lowercase: roles that speak for a party
    document_nouns: set[str] = field(default_factory=set)  # "the statement said": its issuer speaks
    own_voice_roles: set[str] = field(default_factory=set)  # lowercase
    scholar_roles: set[str] = field(default_factory=set)  # lowercase
    head_roles: set[str] = field(default_factory=set)  # lowercase
    kin_nouns: set[str] = field(default_factory=set)  # "sister", "fiancée": their own voice
    state_media: dict[str, str] = field(default_factory=dict)  # outlet name -> its state
    generic_roles: set[str] = field(default_factory=set)  # titles that are kinds of people
    group_nouns: set[str] = field(default_factory=set)  # "protesters": people who act as one
    seats: set[str] = field(default_factory=set)  # capitals and institutions standing for a state
    prenominal_adjectives: set[str] = field(default_factory=set)  # "the new rules": a noun follows
    irregular_past: set[str] = field(default_factory=set)  # "found", "took": an NP ends before one
    places: set[str] = field(default_factory=set)  # "South Carolina": never a person
    state_institutions: set[str] = field(default_factory=set)  # "a government official": a state's
    group_pattern: re.Pattern[str] | None = None


def _phrase_forms(line: str) -> tuple[list[tuple[str, ...]], str]:
    """Every inflection of a cue phrase 'verb rest…|past participle', and its base verb."""
    phrase, _, irregular = line.partition("|")
    words = phrase.split()
    head, rest = words[0], words[1:]
    extra = irregular.split()
    past = extra[0] if extra else None
    part = extra[1] if len(extra) > 1 else None
    return [tuple([form, *rest]) for form in sorted(verb_forms(head, past, part))], head


def _demand_cues() -> list[tuple[tuple[str, ...], str, str, str]]:
    out: list[tuple[tuple[str, ...], str, str, str]] = []
    for phrase, stance, frame in _rows("demand_cues.tsv"):
        forms, head = _phrase_forms(phrase)
        out += [(words, stance, frame, head) for words in forms]
    for line in _lines("reject_phrases.txt"):
        words = tuple(line.lower().split())
        out.append((words, "reject", "fixed", words[0]))
    return out


@cache
def lexicon() -> Lexicon:
    lx = Lexicon()
    for line in _lines("speech_verbs.txt"):
        parts = line.split()
        for form in verb_forms(*parts[:3]):
            lx.speech_verbs[form] = parts[0]
    for line in _lines("phrasal_speech_verbs.txt"):
        verb, particle = line.lower().split()
        lx.phrasal_speech.setdefault(verb, set()).add(particle)
    lx.demand_cues = _demand_cues()
    lx.reject_verbs = {words[0] for words, stance, _, _ in lx.demand_cues if stance == "reject" and len(words) == 1}
    lx.demand_not_objects = set(_lines("demand_not_objects.txt"))
    lx.demand_types = [(row[0], tuple(_split(row[1]))) for row in _rows("demand_types.tsv")]
    lx.demand_adjuncts = tuple(_lines("demand_adjuncts.txt"))
    lx.demand_documents = set(_lines("demand_documents.txt"))
    lx.demand_claim_nouns = set(_lines("demand_claim_nouns.txt"))
    lx.demand_actor_nouns = set(_lines("demand_actor_nouns.txt")) | set(_lines("agents_phoenix.txt"))
    lx.demand_groups = set(_lines("demand_groups.txt"))
    lx.demand_outcome_verbs = set(_lines("demand_outcome_verbs.txt"))
    lx.demand_nouns = {row[0]: row[1] for row in _rows("demand_nouns.tsv")}
    lx.demand_behest = [tuple(line.split()) for line in _lines("demand_behest.txt")]
    lx.demand_own_goals = set(_lines("demand_own_goals.txt"))

    for row in _rows("states.tsv") + _rows("states_phoenix.tsv"):
        entry = Entry(row[0], "state")
        lx.names[row[0]] = entry
        for alias in _split(row[1]) if len(row) > 1 else []:
            if alias[0].isupper() and not alias.startswith("the "):
                lx.names.setdefault(alias, entry)
            lx.demonyms[alias] = row[0]
            if alias.startswith("the "):
                lx.names.setdefault(alias[4:], entry)
    for row in _rows("seats.tsv"):
        target = row[1]
        kind = "state" if target in lx.names and lx.names[target].kind == "state" else "organisation"
        entry = lx.names.get(target) or Entry(target, kind)
        lx.names.setdefault(target, entry)
        lx.names.setdefault(row[0].removeprefix("the "), entry)
        lx.seats.add(row[0].removeprefix("the "))
    for row in _rows("organisations.tsv") + _rows("organisations_phoenix.tsv"):
        descs = tuple(_split(row[2])) if len(row) > 2 else ()
        entry = Entry(row[0], "organisation", descs)
        lx.names[row[0]] = entry
        for alias in _split(row[1]) if len(row) > 1 else []:
            lx.names.setdefault(alias.removeprefix("the "), entry)
        for d in descs:
            lx.descriptions.setdefault(d.lower(), []).append(row[0])
    for row in _rows("groups.tsv"):
        for alias in _split(row[1]):
            lx.group_names[alias.lower()] = row[0]
    if lx.group_names:
        alternatives = "|".join(re.escape(a) for a in sorted(lx.group_names, key=len, reverse=True))
        # The lookahead on the first letters lets the search skip at once the positions where
        # no alternative can start (almost all), instead of trying each alternative there.
        firsts = "".join(sorted({re.escape(a[0]) for a in lx.group_names}))
        lx.group_pattern = re.compile(rf"(?=[{firsts}])\b(?:{alternatives})\b", re.I)
    for row in _rows("outlets.txt"):
        entry = Entry(row[0].removeprefix("The "), "outlet")
        lx.names[row[0]] = entry  # "The Hill" but not "Hill": aliases are listed explicitly
        for alias in _split(row[1]) if len(row) > 1 else []:
            lx.names.setdefault(alias.removeprefix("the "), entry)

    lx.titles = {t.lower() for t in _lines("titles.txt")}
    lx.title_words = {w for t in lx.titles for w in t.split()} - {"of", "the"}
    lx.person_nouns = {w.lower() for w in _lines("person_nouns.txt")}
    lx.collective_nouns = set(_lines("collective_nouns.txt"))
    lx.speech_nouns = set(_lines("speech_nouns.txt"))
    lx.group_words = set(_lines("group_words.txt"))
    lx.genders = {r[0]: r[1] for r in _rows("first_names.tsv")}
    lx.noun_genders = {r[0]: r[1] for r in _rows("gendered_nouns.tsv")}
    lx.common_words = set(_lines("common_words.txt"))
    lx.not_names = set(_lines("not_names.txt"))
    lx.section_labels = set(_lines("section_labels.txt"))
    lx.political_parties = set(_lines("political_parties.txt"))
    lx.party_roles = {r.lower() for r in _lines("party_roles.txt")}
    lx.document_nouns = set(_lines("document_nouns.txt"))
    lx.own_voice_roles = {r.lower() for r in _lines("own_voice_roles.txt")}
    lx.scholar_roles = {r.lower() for r in _lines("scholar_roles.txt")}
    lx.head_roles = {r.lower() for r in _lines("head_roles.txt")}
    lx.kin_nouns = set(_lines("kin_nouns.txt"))
    lx.state_media = {r[0]: r[1] for r in _rows("state_media.tsv")}
    lx.generic_roles = set(_lines("generic_roles.txt"))
    lx.group_nouns = set(_lines("group_nouns.txt"))
    lx.prenominal_adjectives = set(_lines("prenominal_adjectives.txt"))
    lx.irregular_past = set(_lines("irregular_past.txt"))
    lx.places = set(_lines("places.txt"))
    lx.state_institutions = set(_lines("state_institutions.txt"))
    return lx


