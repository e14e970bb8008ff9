"""Noun phrases and cues found by walking tokens left or right of a position.

No parser: a subject is the run of name-like and modifier tokens next to a cue,
bounded by punctuation and function words. Good enough for the handful of
shapes attribution takes in news ("X said", "said X", "X, a doctor, said").
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from .lexicon import Lexicon
from .tokens import Doc

_PREPOSITIONS = {"in", "on", "at", "during", "since", "after", "before", "over", "throughout", "within"}
_NP_PREPOSITIONS = _PREPOSITIONS | {"through", "across", "around", "outside", "near", "from", "with", "of"}
# Words in -ly that modify nouns: "likely voters", "elderly residents", "early voters".
_ADJECTIVAL_LY = {"likely", "unlikely", "early", "elderly", "friendly", "lonely", "costly", "deadly", "daily",
                  "weekly", "monthly", "yearly", "only", "family", "ugly", "holy", "lowly", "burly"}
_AFTER_PREPOSITION = {"of", "for", "to", "by", "from", "with", "in", "on", "at", "among"}
_NUMBER_HEADS = {"two", "three", "four", "five", "six", "both"}
DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our",
               "my", "one", "another", "some", "many", "several", "two", "three", "four", "both",
               "each", "other", "most", "all", "few", "any", "no", "your"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which"}
SUBJECT_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
ADVERBS = {"also", "alike", "later", "then", "once", "again", "previously", "recently", "still", "just", "has",
           "have", "had", "was", "is", "are", "were", "would", "will", "did", "does", "do", "not", "n't",
           "never", "often", "repeatedly", "even", "further", "first", "last", "reportedly", "since",
           "had", "been", "be", "being", "can", "could", "may", "might", "must", "should", "shall",
           "already", "ultimately", "finally", "simply", "now", "recently", "subsequently", "earlier",
           "initially", "frequently", "has", "rather", "privately", "publicly", "openly", "flatly",
           "far", "so", "yet", "thus", "long", "consistently", "strongly", "firmly", "both", "all",
           "each", "broadly", "also", "still", "now", "again"}
NEGATIVE_CONTRACTIONS = ("n’t", "n't")  # "doesn’t", "won't": one token each
TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
               "today", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night",
               "january", "february", "march", "april", "june", "july", "august", "september",
               "october", "november", "december", "the", "last", "this", "weekend", "sept.", "oct.",
               "nov.", "dec.", "jan.", "feb.", "aug."}
# Words of a time phrase besides its nouns: "That morning,", "Two days later,", "Each year,".
_TIME_MODIFIERS = {"that", "one", "each", "every", "same", "next", "later", "earlier", "ago", "early", "late",
                   "two", "three", "four", "five", "several", "few", "a", "days", "weeks", "months", "years",
                   "hours", "minutes"}
# "he’s", "she’s": a subject run into its auxiliary (has, is).
_CONTRACTED_SUBJECTS = frozenset(f"{p}{a}s" for p in ("he", "she") for a in "’'")
_CONNECTIVES = {"and", "but", "also", "however", "now", "then", "still", "yet", "meanwhile", "so",
                "instead", "likewise", "indeed", "moreover", "meantime"}
_OPENERS = {"according", "in", "on", "at", "after", "despite", "as", "with", "for", "during", "since",
            "following", "before", "when", "if", "while", "though", "although", "because", "by", "from",
            "over", "under", "amid", "earlier", "later", "last", "this", "speaking", "asked", "unlike",
            "like", "once", "within", "throughout", "until", "without", "through"}
STOP = {
    "and", "or", "but", "nor", "so", "yet", "if", "because", "although", "though", "while", "whereas",
    "when", "where", "after", "before", "since", "until", "unless", "as", "than", "that", "which",
    "who", "whom", "whose", "what", "why", "how", "in", "on", "at", "by", "for", "with", "from", "to",
    "into", "onto", "upon", "about", "over", "under", "against", "between", "among", "through",
    "during", "without", "within", "across", "around", "behind", "beyond", "near", "off", "out",
    "up", "down", "of", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
    "does", "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not",
    "there", "here", "this", "it", "its", "also", "very", "just", "more", "most", "such", "only",
    "then", "now", "told", "asked", "like", "per", "via", "according", "not", "no", "yes", "if",
    "him", "her", "them", "us", "me", "says", "said", "say", "saying",
}

_NAME_MODALS = {"will", "may"}  # also first or last names: Will Doyle, Theresa May

# The words that may close the clause before a cue (clause_subject); "and" only when
# _clause_and says it opens a new one.
_CLAUSE_BREAKS = frozenset({"while", "whereas", "but", ";", "though", "although", "because", "and"})


def _breaks_between(lower: Sequence[str], lo: int, c: int) -> Iterator[int]:
    """The tokens k, lo < k < c, whose word is in _CLAUSE_BREAKS, from right to left: picked
    in one C-level pass (a clause_subject call would otherwise test a dozen words in Python)."""
    return compress(range(c - 1, lo, -1), map(_CLAUSE_BREAKS.__contains__, reversed(lower[lo + 1:c])))


def is_name_token(word: str) -> bool:
    return word[:1].isupper() and word[0].isalpha()


class Phrases:
    def __init__(self, doc: Doc, lx: Lexicon, heads: set[int] | None = None) -> None:
        self.doc = doc
        self.lx = lx
        self.heads = heads or set()  # tokens that end a known actor's mention

    def _np_word(self, k: int) -> bool:
        w = self.doc.words[k]
        lw = self.doc.lower[k]
        if k in self.heads:
            return True  # a known actor's name, even one spelt like a function word (Al From)
        if is_name_token(w):
            if lw in _NAME_MODALS and self.doc.sentences[self.doc.sent_of[k]][0] < k:
                # "said Will Doyle", "Theresa May said": mid-sentence, a capitalised modal is a name.
                return (k + 1 < len(self.doc.words) and is_name_token(self.doc.words[k + 1])) \
                    or is_name_token(self.doc.words[k - 1])
            # "When Clinton noted …", "That’s when …": a capitalised function word is no name.
            return lw not in STOP and lw.split("’")[0].split("'")[0] not in STOP

        if not w.isalpha() and "-" not in w and "’" not in w and "'" not in w:
            return False
        if lw in self.lx.person_nouns:
            return True  # "the report", "a tweet": nouns that are also speech verbs
        if lw in STOP or lw in self.lx.speech_verbs or lw in DETERMINERS or lw in PRONOUNS:
            return False
        return True

    def adverb(self, k: int) -> bool:
        """An adverb or an auxiliary between a subject and its verb ('has', 'not', 'doesn’t')."""
        lw = self.doc.lower[k]
        if k in self.heads:
            return False  # a name spelt like an auxiliary: "Citing …, Will urged", "May said"
        return lw in ADVERBS or (lw.endswith("ly") and self.doc.words[k].islower() and len(lw) > 4) \
            or lw.endswith(NEGATIVE_CONTRACTIONS)

    def _is_head(self, k: int) -> bool:
        w, lw = self.doc.words[k], self.doc.lower[k]
        name = w.removesuffix("’s").removesuffix("'s")
        return ((is_name_token(w) and name not in self.lx.not_names) or k in self.heads or lw in self.lx.person_nouns or lw in self.lx.title_words
                or lw in self.lx.collective_nouns or lw in SUBJECT_PRONOUNS)

    def _verb_after(self, k: int) -> bool:
        """Token k can be the verb after a subject: a lowercase word, not a preposition or
        conjunction ('Pastor X endorsed', not 'a former vice president of')."""
        w = self.doc.words[k]
        return w.isalpha() and w.islower() and w not in _PREPOSITIONS and w not in ("and", "or", "of")

    def subject_left(self, c: int, lo: int) -> tuple[int, int] | None:
        """The subject NP ending just before token c (cue), not reaching below lo."""
        doc = self.doc
        k = c - 1
        while k >= lo and self.adverb(k):
            k -= 1
        k = self.skip_parenthetical_left(k, lo)
        k = self._skip_time_left(k, lo)
        if k < lo:
            return None
        if doc.words[k] == "," and k - 1 >= lo:
            # "X, a doctor, said" / "X, who …, said" / "X, during a visit to Columbus, Ohio, said":
            # the clause's own subject if it stands before the comma, else the appositive's head.
            main = self.clause_subject(k, doc.sentences[doc.sent_of[k]][0])
            p = k - 1
            while p >= lo and p > k - 25 and doc.words[p] not in (",", "“", "”", '"', ".", ";", "—"):
                p -= 1
            if main is not None and main[1] <= k and doc.words[main[1]] in (",", "(") \
                    and not self._named_appositive(p, main[1]):
                return main
            if p >= lo and doc.words[p] == "," and main is not None and p < main[0] < k \
                    and self._verb_after(main[1]):
                return main  # "In Washington, Iowa, Pastor X endorsed Y, urging": a clause, no appositive
            if p >= lo and doc.words[p] == ",":
                found = self.np_ending(p - 1, lo)
                # "after winning Ohio in the primary, Gov. John Kasich (R-OH), said": the
                # object of a preposition is no subject; the name after its comma is.
                if found and not (found[0] > lo and doc.lower[found[0] - 1] in _PREPOSITIONS):
                    return found
                if main is not None and self._past_verb(p + 1):
                    return main  # "Cranston stood …, and, citing Exodus, endorsed Cruz, urging": his
                # "Trump’s rivals, Sens. Ted Cruz and Marco Rubio, have urged": the appositive names them.
                return self.np_right(p + 1, k)
            return None
        np = self.np_ending(k, lo)
        role = self._role_of(np, lo) if np is not None else None
        if role is not None:
            return role  # "A spokesman for the ministry said", "The head of the agency told"
        kin = self._of_those(k, lo)
        if kin is not None:
            return kin
        if np is not None and np[0] - 1 > lo and doc.lower[np[0] - 1] in _PREPOSITIONS:
            # "Beck, who has in the past described …": a prepositional phrase is no subject.
            p = np[0] - 2
            while p >= lo and self.adverb(p):  # adverbs and auxiliaries: "has in the past"
                p -= 1
            if p >= lo and p < np[0] - 2:
                return self.np_ending(p, lo)
        if np is not None and np[0] - 2 >= lo and doc.lower[np[0] - 1] in _NP_PREPOSITIONS:
            # "Protesters marching through the streets chanted", "officials in Kyiv said":
            # the phrase modifies the subject before it.
            p = np[0] - 2
            if doc.words[p].islower() and doc.lower[p].endswith("ing") and p - 1 >= lo:
                p -= 1
            head = self.np_ending(p, lo)
            if head is not None and self._is_head(head[1] - 1) and doc.lower[head[1] - 1] not in SUBJECT_PRONOUNS:
                # a name stands alone ("Trump at the time"); a common noun keeps its place ("officials in Kyiv")
                return head if head[1] - 1 in self.heads else (head[0], np[1])
        return np

    def relative_antecedent(self, np: tuple[int, int], lo: int) -> tuple[int, int]:
        """The antecedent of a 'who' after np: the people or role a phrase of place or body
        hangs on ('the billionaire owner of the Dallas Mavericks who rebuffed …', 'workers in
        New York, Los Angeles and Seattle who demanded …'), else np."""
        doc, lx = self.doc, self.lx
        i, j = np
        head = doc.lower[j - 1]
        if head in lx.person_nouns or head in lx.collective_nouns:
            return np
        k = i - 1
        while k > lo and i - k < 12 and (doc.words[k] == "," or doc.lower[k] == "and" or doc.words[k][:1].isupper()):
            k -= 1  # back over a list of places: "in New York, Los Angeles and Seattle"
        if k - 1 < lo or doc.lower[k] not in ("of", "in", "from") or not (
                doc.lower[k - 1] in lx.title_words or doc.lower[k - 1] in lx.person_nouns
                or doc.lower[k] != "of" and doc.lower[k - 1] in lx.group_nouns):
            return np
        role = self.np_ending(k - 1, lo)
        if doc.words[k - 1].islower() and (role is None or doc.lower[role[0]] not in DETERMINERS):
            role = (k - 1, k)  # a bare plural ("She did support workers in …"): not the verb before it
        return (role[0], j) if role is not None else np

    def _of_those(self, k: int, lo: int) -> tuple[int, int] | None:
        """'families of those affected by mass shootings urged': the head before 'of those
        (people) killed/affected by …' (ending at token k), with the whole phrase, not the
        shootings."""
        doc = self.doc
        i = k
        while i > lo and k - i < 4 and doc.lower[i - 1] not in ("by", "in", "at", "from", "during") \
                and self._np_word(i - 1):
            i -= 1
        if i - 5 < lo or doc.lower[i - 1] not in ("by", "in", "at", "from", "during") \
                or not doc.lower[i - 2].endswith("ed") or doc.lower[i - 3] not in ("those", "people") \
                or doc.lower[i - 4] != "of":
            return None
        head = self.np_ending(i - 5, lo) or ((i - 5, i - 4) if self._np_word(i - 5) else None)
        return (head[0], k + 1) if head is not None else None

    def _past_verb(self, k: int) -> bool:
        """Token k is a verb in the past ('endorsed', 'took'), opening a predicate, not a phrase."""
        w = self.doc.words[k]
        return w.islower() and (w.endswith("ed") or w in self.lx.irregular_past)

    def _named_appositive(self, p: int, after: int) -> bool:
        """The comma at p opens 'NAME, a doctoral candidate at …,' later than the clause's
        first phrase ends (after): 'In an article posted on the website, the Paper, and
        widely circulated online, Shen Xincheng, a doctoral candidate …, urged': the name
        before the appositive is the subject, not the opener's 'the Paper'."""
        doc = self.doc
        if not (p > after + 1 and doc.words[p] == "," and doc.lower[p + 1] in ("a", "an")
                and p - 1 in self.heads and is_name_token(doc.words[p - 1])):
            return False
        # the name stands between commas of its own, not inside the first phrase's
        # appositive ('Geoff Garin, a pollster working with Priorities USA, a super PAC, said')
        name = self.np_ending(p - 1, after)
        return name is not None and doc.words[name[0] - 1] == "," and is_name_token(doc.words[name[0]]) \
            and doc.lower[name[0]] not in DETERMINERS

    def np_ending(self, k: int, lo: int) -> tuple[int, int] | None:
        doc = self.doc
        if k < lo:
            return None
        lw = doc.lower[k]
        if lw in SUBJECT_PRONOUNS or lw in ("who", "which"):
            return (k, k + 1)
        if (lw in _NUMBER_HEADS or lw.isdigit()) and k - 2 >= lo and doc.lower[k - 1] == "of" \
                and doc.lower[k - 2] in self.lx.person_nouns:
            head = self.np_ending(k - 2, lo)  # "the 34-year-old mother of three replied"
            return (head[0], k + 1) if head else None
        if lw in ("percent", "%") and k - 1 >= lo and doc.words[k - 1][:1].isdigit():
            return (k - 1, k + 1)  # "63 percent said": a share of those polled
        if k - 2 >= lo and doc.lower[k - 1] == "of" and lw.isalpha() and doc.words[k].islower() and \
                (doc.lower[k - 2] in self.lx.title_words or doc.lower[k - 2] in self.lx.person_nouns):
            # "the secretary of state said", "the director of communications": the role of an office
            head = self.np_ending(k - 2, lo)
            if head is not None:
                return (head[0], k + 1)
        if not self._np_word(k):
            return None
        if not self._is_head(k):
            # "the announcer", "a narrator in the ad", "The clip": a determined common noun.
            j = k - 1
            while j >= lo and k - j <= 5 and self._np_word(j):
                j -= 1
            if j >= lo and self.doc.lower[j] in DETERMINERS and self.doc.lower[j] not in ("that", "this", "those", "these"):
                return (j, k + 1)
            if j < k - 0 and (j < lo or self.doc.words[j] in (",", "“", "”", '"', "—")) and \
                    is_name_token(self.doc.words[j + 1]):
                # "Big investors will seek …", "Trump’s leading rivals": a phrase opening the clause.
                return (j + 1, k + 1)
            return None
        end = k + 1
        start = k
        j = k - 1
        while j >= lo and end - j <= 8:
            w, lw = doc.words[j], doc.lower[j]
            if lw in DETERMINERS:
                if lw in ("that", "this") and is_name_token(doc.words[j + 1]):
                    break  # "a condition that Israel …": a relative pronoun, not a determiner
                start = j
                if j - 1 >= lo and doc.lower[j - 1] == "of" and j - 2 >= lo and doc.lower[j - 2] in DETERMINERS | {"one", "some", "many", "none", "most", "all", "each"}:
                    j -= 2
                    start = j
                    continue
                break
            if lw == "of" and j - 1 >= lo and (
                    (is_name_token(doc.words[j - 1]) and is_name_token(doc.words[j + 1]))
                    or doc.lower[j - 1] in self.lx.title_words or doc.lower[j - 1] in self.lx.person_nouns):
                j -= 1  # "Secretary of State", "the secretary of state", "director of communications"
                continue
            if lw in ("for", "to", "at") and j - 1 >= lo and doc.lower[j - 1] in self.lx.person_nouns \
                    and doc.words[j - 1].islower():
                j -= 1  # "A spokesman for … Hillary Clinton", "an adviser to the campaign"
                continue
            if lw == "and" and j - 1 >= lo and self._np_word(j - 1) and self._np_word(j + 1) \
                    and doc.words[j - 1] != ",":
                j -= 1  # "The front-runner and former secretary of state", "Cruz and Rubio"
                continue
            if w.islower() and lw.endswith("ly") and self.adverb(j) and lw not in _ADJECTIVAL_LY:
                break  # "Obama passionately rebuked critics": the phrase starts after the adverb
            if self._np_word(j) or (w in ("’", "'") and j - 1 >= lo and is_name_token(doc.words[j - 1])):
                start = j
                j -= 1
                continue
            break
        while start < k and doc.words[start].islower() and doc.lower[start].endswith("ed") \
                and not (start > lo and doc.lower[start - 1] in _AFTER_PREPOSITION):
            start += 1  # a stray verb before the noun: "rebuked | critics" (but "of murdered Saudi journalist")
        return (start, end)

    def np_right(self, k: int, hi: int) -> tuple[int, int] | None:
        """The NP starting at token k (after an inverted cue: 'said a senior official')."""
        doc = self.doc
        if k >= hi:
            return None
        lw = doc.lower[k]
        if lw in SUBJECT_PRONOUNS:
            return (k, k + 1)
        start = k
        j = k
        if lw in ("one", "another") and (k + 1 >= hi or not doc.words[k + 1][:1].isalnum()
                                         or self.lx.speech_verbs.get(doc.lower[k + 1])):
            return (k, k + 1)  # "“…,” one said", "said another."
        if lw in DETERMINERS:
            j += 1
            if j + 1 < hi and doc.lower[j] == "of" and lw in {"one", "some", "many", "most", "all", "each", "two", "three"}:
                j += 1
                if j < hi and doc.lower[j] in DETERMINERS:
                    j += 1
        while j + 1 < hi and j - start < 4 and (doc.words[j].isdigit() or doc.words[j] == "/") \
                and (doc.words[j + 1].isdigit() or doc.words[j + 1] == "/" or self._np_word(j + 1)):
            j += 1  # a number as modifier: "said 9/11 widow Terry Strada"
        last_head = -1
        if j == k + 1 and lw in ("the", "all") and j < hi and doc.lower[j] in _NUMBER_HEADS:
            last_head = j  # "the two write", "all three said"
            j += 1
        while j < hi and j - start <= 12:
            w, lw = doc.words[j], doc.lower[j]
            if lw == "of" and last_head >= 0 and j + 1 < hi and is_name_token(doc.words[j + 1]):
                j += 1
                continue
            if lw in ("for", "to", "at", "of") and last_head == j - 1 and doc.words[j - 1].islower() \
                    and doc.lower[j - 1] in self.lx.person_nouns and j + 1 < hi \
                    and (self._np_word(j + 1) or doc.lower[j + 1] in ("the", "a")):
                j += 1  # "A spokesman for Democratic presidential candidate Hillary Clinton"
                if doc.lower[j] in ("the", "a"):
                    j += 1  # "a senior diplomat of the bloc", "a spokesperson for the agency"
                continue  # "a spokesman for committee Democrats"
            if lw == "and" and last_head == j - 1 and j + 1 < hi and self._np_word(j + 1) \
                    and (doc.lower[j - 1] in self.lx.person_nouns or doc.lower[j - 1] in self.lx.title_words):
                j += 1  # "the Florida senator and Republican presidential candidate"
                continue
            if is_name_token(w) and lw in STOP and j > start and is_name_token(doc.words[j - 1]) \
                    and j + 1 < hi and is_name_token(doc.words[j + 1]):
                j += 1  # "CBS This Morning co-anchor DeMarco Morgan"
                continue
            if not self._np_word(j):
                if not (j > start and w.islower() and self.lx.speech_verbs.get(lw) == lw and j + 1 < hi
                        and (last_head < 0 and self._np_word(j + 1) or doc.lower[j + 1] in self.lx.title_words)):
                    break  # but "conservative talk radio host Rush Limbaugh", "White House press secretary X": a modifier
            if w.islower() and (lw.endswith("ed") or lw.endswith("ing") or lw in self.lx.irregular_past) \
                    and last_head >= 0 and lw not in self.lx.person_nouns:
                break
            if self._is_head(j):
                last_head = j
            j += 1
        if last_head < 0:
            if start < k or doc.lower[start] in DETERMINERS and j > start + 1:
                # "the ad’s narrator": a determined common noun; not its verb ("The town released")
                while j > start + 2 and doc.words[j - 1].islower() and doc.lower[j - 1].endswith("ed"):
                    j -= 1
                return (start, j) if j > start + 1 else None
            return None
        return (start, last_head + 1)


    def _role_of(self, np: tuple[int, int], lo: int) -> tuple[int, int] | None:
        """'A spokesman for | the ministry', 'The head of | the agency': the NP before for/of
        is a person's role, and the whole phrase is the subject."""
        doc = self.doc
        p = np[0] - 2
        if p < lo or doc.lower[np[0] - 1] not in ("for", "of") or not doc.words[p].islower() \
                or doc.lower[p] not in self.lx.person_nouns:
            return None
        head = self.np_ending(p, lo)
        return (head[0], np[1]) if head is not None else None

    def _skip_time_left(self, k: int, lo: int) -> int:
        """'McConnell, who in 2010 said', 'Trump on Tuesday said': step back over a time phrase."""
        doc = self.doc
        j = k
        while j >= lo and k - j < 4 and (doc.words[j].isdigit() or doc.lower[j] in TIME_WORDS):
            j -= 1
        if j < k and j >= lo and doc.lower[j] in ("in", "on", "at", "last", "this", "earlier", "late", "early"):
            j -= 1
            if j >= lo and (doc.lower[j] in SUBJECT_PRONOUNS or doc.lower[j] in ("who", "which")
                            or self._is_head(j)):
                return j
        return k

    def skip_parenthetical_left(self, k: int, lo: int) -> int:
        """'Rep. John Mica (R-Fla.) said', 'The United States and others - including … - want':
        step back over a closing parenthetical or an aside between spaced dashes."""
        doc = self.doc
        if k >= lo and doc.words[k] == ")":
            p = k - 1
            while p >= lo and k - p < 12 and doc.words[p] != "(":
                p -= 1
            if p >= lo and doc.words[p] == "(":
                return p - 1
        if k >= lo and self.spaced_dash(k):
            while k - 1 >= lo and doc.words[k - 1] == doc.words[k]:
                k -= 1  # "--"
            p = k - 1
            while p >= lo and k - p < 20 and not self.spaced_dash(p) and doc.words[p] not in (".", ";", "“", "”", '"'):
                p -= 1
            if p >= lo and self.spaced_dash(p):
                named = self._name_opening(p + 1, k)
                if named is not None:
                    return named  # "A former candidate -- John McCain, who lost … -- said": the name
                while p - 1 >= lo and doc.words[p - 1] == doc.words[p]:
                    p -= 1
                return p - 1
        return k

    def _name_opening(self, q: int, k: int) -> int | None:
        """The last token of a name of two words or more that opens an aside at q and ends at
        its comma: '-- John McCain, who lost the 2008 election --'."""
        doc = self.doc
        while q < k and doc.words[q] == "-":
            q += 1
        r = q
        while r < k and is_name_token(doc.words[r]):
            r += 1
        return r - 1 if r - q >= 2 and r < k and doc.words[r] == "," else None

    def spaced_dash(self, k: int) -> bool:
        """A dash standing between spaces (or one of a spaced "--"), not a hyphen."""
        doc = self.doc
        w = doc.words[k]
        if w not in ("-", "—", "–"):
            return False
        a, b = k, k
        while a - 1 >= 0 and doc.words[a - 1] == w and doc.ends[a - 1] == doc.starts[a]:
            a -= 1
        while b + 1 < len(doc.words) and doc.words[b + 1] == w and doc.ends[b] == doc.starts[b + 1]:
            b += 1
        before = a == 0 or doc.ends[a - 1] < doc.starts[a]
        after = b + 1 >= len(doc.words) or doc.ends[b] < doc.starts[b + 1]
        return before and after

    def skip_right(self, k: int, hi: int) -> int:
        """Step over what may stand between a subject and its verb: a parenthetical, up to three
        appositives or relative clauses between commas, a prepositional phrase, adverbs."""
        doc = self.doc
        for _ in range(8):
            if k >= hi:
                return k
            w, lw = doc.words[k], doc.lower[k]
            if w == "(":
                p = k + 1
                while p < hi and p - k < 12 and doc.words[p] != ")":
                    p += 1
                if p < hi and doc.words[p] == ")":
                    k = p + 1
                    continue
                return k
            if w == ",":
                p = k + 1
                while p < hi and p - k < 25 and doc.words[p] not in (",", ".", ";") and not self._quote_mark(p):
                    p += 1
                if p < hi and doc.words[p] == ",":
                    nxt = p + 1
                    if nxt < hi and (doc.lower[nxt] in self.lx.speech_verbs or self.adverb(nxt)
                                     or doc.words[nxt] == "("):
                        k = nxt
                    else:
                        k = p  # another appositive follows: "X, the attorney general, one of …, said"
                    continue
                return k
            if lw in ("of", "at", "from", "with", "for", "in", "on") and k + 1 < hi and (
                    is_name_token(doc.words[k + 1]) or doc.lower[k + 1] in DETERMINERS):
                p = k + 1
                while p < hi and p - k < 8 and (self._np_word(p) or doc.lower[p] in DETERMINERS):
                    p += 1
                k = p
                continue
            if self.adverb(k):
                k += 1
                continue
            return k
        return k

    def _quote_mark(self, p: int) -> bool:
        """A mark opening or closing a quotation (not one around a nickname: Marcia "Cia" Price)."""
        doc = self.doc
        return doc.words[p] in ("“", "”", '"') and (
            (p + 1 < len(doc.words) and doc.quote_of[p + 1] >= 0) or (p > 0 and doc.quote_of[p - 1] >= 0))

    def clause_subject(self, c: int, lo: int, contracted: bool = False) -> tuple[int, int] | None:
        """The subject of the clause holding token c, for a cue that has none of its own
        ('X …, saying “…”', 'X met leaders and pushed for …'): the first NP of the clause.
        With `contracted`, also a subject run into its auxiliary ('she’s tacked …, calling
        for …'); a demand's holder may be one, but as the salient subject for a later 'he
        said' it misleads ('because he’s the nominee')."""
        doc = self.doc
        start = lo
        for k in _breaks_between(doc.lower, lo, c):
            if doc.lower[k] != "and" or self._clause_and(k, lo):
                found = self.clause_subject(c, k + 1, contracted) if k + 1 < c else None
                return found or self.clause_subject(k, lo, contracted)
        k = start
        # Skip quoted words and their marks at the clause start: “…,” he said, adding that …
        while k < c and (doc.words[k] in ("“", "”", '"', "‘", "’", "(", "—", "-", ",")
                         or doc.quote_of[k] >= 0):
            k += 1
        k = self._skip_dateline(k, c)
        while k < c and doc.lower[k] in _CONNECTIVES:
            k += 1  # "And now Mr. Manafort …"
            if k < c and doc.words[k] == ",":
                k += 1
        opened = False
        for _ in range(3):  # "On Thursday, after remaining neutral for months, Warren …"
            if k + 1 < c and doc.words[k + 1] == "," and (doc.lower[k].endswith("ly") or doc.lower[k] in _CONNECTIVES):
                k += 2  # "Ironically, Byrd’s strategy …", "Recently, however, it …": a sentence adverb
                continue
            timed = self._time_opener(k, c)
            if timed is not None:
                k = timed  # "That morning, an army of workers …": a time phrase is no subject
                continue
            if not (k < c and (doc.lower[k] in _OPENERS or (doc.words[k][:1].isupper() and k == start
                                                              and doc.lower[k].endswith("ing")))):
                break
            # "According to CNN, X …", "In a statement, X …": skip the opener up to its comma.
            opened = True
            p = k
            while p < c and doc.words[p] != ",":
                p += 1
            if p >= c:
                break
            k = p + 1
            while k < c and doc.words[k] in ("”", '"', "’"):
                k += 1  # 'After saying it was “so swollen,” she was …': the comma was the quote's
        if k >= c:
            return None
        if doc.lower[k] in SUBJECT_PRONOUNS or contracted and doc.lower[k] in _CONTRACTED_SUBJECTS:
            return (k, k + 1)
        np = self.np_right(k, c)
        if opened:
            # "Speaking in Salem, New Hampshire, Trump went …", "Following a swiftly called,
            # late-afternoon meeting, the Security Council issued …": the opener ran on past its comma.
            later = self._subject_after_run_on(np[1], c) if np is not None else self._subject_after_run_on(k, c, 4)
            if later is not None:
                return later
        if np is None or not self._plausible_subject(*np):
            return None
        return np

    def pronoun_after_adverbial(self, k: int, c: int) -> tuple[int, int] | None:
        """'But back on American soil, he returned to …': a fronted adverbial phrase with no
        subject of its own, up to its comma, then a subject pronoun. Only where a colon hands
        the clause to a quote: as any clause's subject it misreads ("Only six years earlier, he")."""
        doc = self.doc
        p = k
        while p < c and p - k < 8 and doc.words[p] != "," and doc.quote_of[p] < 0 and doc.words[p].isalpha():
            p += 1
        if p < c - 1 and doc.words[p] == "," and p > k and doc.lower[p + 1] in ("he", "she", "they", "we", "i"):
            return (p + 1, p + 2)
        return None

    def _subject_after_run_on(self, k: int, c: int, words: int = 0) -> tuple[int, int] | None:
        """The subject after the comma at k, or after up to `words` lowercase words to a comma,
        when what comes before still belongs to the opener: a name after its first comma
        ('Speaking in Salem, New Hampshire,'), or the rest of a phrase its comma split ('a
        swiftly called, late-afternoon meeting,')."""
        doc = self.doc
        p = k
        while p < c and p - k < words and doc.words[p] != "," and doc.words[p].islower():
            p += 1
        if p >= c or doc.words[p] != ",":
            return None
        later = self.np_right(p + 1, c)
        if later and later[1] < c and doc.words[later[1]].islower() and self._plausible_subject(*later):
            return later
        return None

    def _time_opener(self, k: int, c: int) -> int | None:
        """'That morning,', 'Two days later,', 'Last week,': a time phrase opening the clause
        before its comma; the token after the comma, or None."""
        doc = self.doc
        p = k
        while p < c and p - k < 4 and (doc.lower[p] in TIME_WORDS or doc.lower[p] in _TIME_MODIFIERS
                                        or doc.words[p].isdigit()):
            p += 1
        if p == k or p >= c or doc.words[p] != ",":
            return None
        relative = p - k > 1 and doc.lower[p - 1] in ("later", "earlier", "ago")  # "Hours later,", "Two days later,"
        if not relative and not any(doc.lower[t] in TIME_WORDS and doc.lower[t] not in ("the", "last", "this")
                                    for t in range(k, p)):
            return None
        return p + 1

    def _clause_and(self, k: int, lo: int) -> bool:
        """', and when pressed, the mother replied': an 'and' after a comma that opens a new
        clause, not the last item of a list ('Chinese, Japanese, and South Korean') nor
        a second complement (', and that …') or an aside (', and I quote,')."""
        doc = self.doc
        if doc.lower[k] != "and" or k + 2 >= len(doc.words) or doc.words[k - 1] != ",":
            return False
        nxt = doc.lower[k + 1]
        if nxt == "that" or (nxt == "i" and doc.lower[k + 2] == "quote"):
            return False
        if not (nxt in DETERMINERS or nxt in SUBJECT_PRONOUNS or nxt in _OPENERS
                or is_name_token(doc.words[k + 1])):
            return False
        p = k - 2
        while p > lo and k - p <= 3 and doc.words[p] != ",":
            p -= 1
        return k - p > 3 or p <= lo  # the comma's own segment is longer than a list item

    def _skip_dateline(self, k: int, c: int) -> int:
        """'TALLAHASSEE —', 'WASHINGTON, Dec. 8 (UPI) —': a dateline is not the subject."""
        doc = self.doc
        if k < c and doc.words[k].isupper() and len(doc.words[k]) > 1:
            for t in range(k + 1, min(c, k + 12)):
                if doc.words[t] in ("—", "–", "-", "―"):
                    return t + 1
        return k

    def _plausible_subject(self, i: int, j: int) -> bool:
        """Reject headline shouting and sentence-initial verbs ('Preys on …', 'CONGRESS HAS …')."""
        doc = self.doc
        words = doc.words[i:j]
        if len(words) > 1 and all(w.isupper() and len(w) > 1 for w in words if w.isalpha()):
            return False
        if j - i == 1 and doc.lower[i] in self.lx.common_words and doc.lower[i] not in self.lx.person_nouns:
            return False
        return True
