"""Which words are speech cues: verbs of saying in their verbal use, 'according to', passives."""
from __future__ import annotations

from ..lexicon import Lexicon
from .base import RuleBase

_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those"}
_OPEN_CLOSE_VERBS = {"conclude", "begin", "start", "open", "close", "end", "finish", "continue", "follow", "lead"}
_CONTRACTED_PRONOUNS = {"he", "she", "it"}  # he’s = he is
_NOUN_PREPOSITIONS = {"of", "in", "on", "about", "from", "with", "for", "against", "by", "over"}
_NOUN_LIKE_BASES = {"state", "note", "point", "post", "report", "text", "charge", "comment", "answer",
                    "claim", "quote", "read", "hit", "email", "blog", "offer", "signal", "object",
                    "rail", "counter", "fear", "hope", "worry", "cry", "laugh", "sigh", "praise",
                    "joke", "plead", "vow", "pledge", "promise", "reply", "respond", "call",
                    "mention", "remark", "tweet", "add", "continue", "blast", "slam", "mock",
                    "feel", "think", "believe", "agree", "disagree", "accuse", "demand", "describe",
                    "dismiss", "propose", "protest", "suggest", "volunteer", "warn", "chant", "shout"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
_QUESTIONED = {"asked", "questioned", "pressed", "interviewed", "quizzed", "grilled", "challenged"}

_CUE_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def cue_words(lx: Lexicon) -> frozenset[str]:
    """The words at which _is_cue, _opening_participle or _according_to can hold: the
    lexicon's speech verbs, the first words of its phrasal cues, and 'according'. A loop
    over a span tests the cue rules only at these (most words are none). Once per lexicon
    (which the cache holds, so that its id is not reused)."""
    found = _CUE_WORDS.get(id(lx))
    if found is None:
        found = _CUE_WORDS[id(lx)] = (lx, frozenset(lx.speech_verbs) | frozenset(lx.phrasal_speech) | {"according"})
    return found[1]


class CueRules(RuleBase):
    def _is_cue(self, k: int) -> bool:
        doc = self.doc
        lw = doc.lower[k]
        base = self.lx.speech_verbs.get(lw)
        if base is None and lw in self.lx.phrasal_speech and doc.words[k].islower():
            return k + 1 < len(doc.lower) and doc.lower[k + 1] in self.lx.phrasal_speech[lw]
        if base is None or not doc.words[k].islower():
            return False
        prev = doc.lower[k - 1] if k else ""
        if prev in _DETERMINERS or prev.endswith(("’s", "'s")) and prev[:-2] not in _CONTRACTED_PRONOUNS:
            return False  # "Obama's remarks", "the report", "his claims": nouns, not verbs ("he’s saying" is one)
        if lw.endswith("s") and prev in self.lx.prenominal_adjectives and k >= 2 and doc.lower[k - 2] in _DETERMINERS:
            return False  # "the new rules", "his latest remarks"
        if k >= 2 and lw.endswith("s") and lw != "says" and doc.lower[k - 2] in _NOUN_PREPOSITIONS \
                and doc.words[k - 1][:1].isupper():
            return False  # "32% of Republican claims": a noun after a preposition and its modifier
        if lw.endswith("s") and lw != "says" and prev in _NOUN_PREPOSITIONS:
            return False  # "popular in states across the country", "of claims": a plural noun
        if k + 1 < len(doc.lower) and doc.lower[k + 1] in ("with", "to") and base in _OPEN_CLOSE_VERBS:
            return False  # "the spot concludes with footage of …", "the bias begins to show"
        if lw == base and k >= 2 and doc.lower[k - 2] in ("a", "an") and doc.words[k - 1].islower():
            return False  # "delivered a snappy retort:", "a quick reply": a singular subject takes no bare verb
        if lw == base and base in _NOUN_LIKE_BASES:
            # Bare forms that are usually nouns count only after a plural subject or auxiliary.
            if lw == "read" and prev in self.lx.person_nouns:
                return True  # "the email read", "the statement read": past tense
            return prev in ("they", "we", "i", "you", "to", "will", "would", "did", "also", "often", "it",
                            "officials", "sources", "aides", "people", "critics", "experts") \
                or prev in self.lx.demand_groups  # "protesters chant …", not "the caustic chant"
        return True

    def _opening_participle(self, k: int) -> bool:
        """'Calling the plan “a disaster,” …': a speech verb's -ing form opening the sentence,
        whose subject is the main clause's."""
        doc = self.doc
        lw = doc.lower[k]
        return lw.endswith("ing") and doc.words[k][:1].isupper() and lw in self.lx.speech_verbs \
            and doc.sentences[doc.sent_of[k]][0] == k

    def _according_to(self, k: int, hi: int) -> bool:
        d = self.doc
        return d.lower[k] == "according" and k + 1 < hi and d.lower[k + 1] == "to"

    def _passive_cue_before(self, qi: int) -> bool:
        """'often labeled as a “witch hunt”', 'has been called “…”': a passive cue before the quote."""
        doc = self.doc
        o = self.open_tok[qi]
        for t in range(max(0, o - 4), o):
            if doc.lower[t] in self.lx.speech_verbs and doc.lower[t].endswith(("ed", "en")):
                return True
        return False

    def _passive(self, c: int) -> bool:
        """A cue in the passive with no agent: 'it was labeled', 'what is being criticized'. Not
        one of being questioned, whose subject answers ('When Trump was questioned …, his
        response …')."""
        doc = self.doc
        lw = doc.lower[c]
        return c >= 1 and doc.lower[c - 1] in BE_FORMS and lw not in _QUESTIONED \
            and (lw.endswith("ed") or lw in self.lx.irregular_past)

    def _passive_agent(self, c: int, hi: int) -> tuple[int, int] | None:
        """'Rubio was asked by moderator Gerard Baker whether …': the agent of a passive
        cue is the one speaking."""
        doc = self.doc
        if c >= 1 and doc.lower[c - 1] in BE_FORMS and c + 2 < hi and doc.lower[c + 1] == "by":
            return self.np.np_right(c + 2, hi)
        return None
