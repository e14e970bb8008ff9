"""Who said each quote: the cue, the speaker mention, and the resolved actor.

Not speech at all: a transcript's aside ("(CROSSTALK.)") or a section label ("UPDATE: …").
Tried in order, nearest first:
0. a quoted transcript's turn names its speaker:  "PENCE: Well, look, …
1. after the quote:  “Q,” X said  /  “Q,” said X  /  “Q,” X, a doctor, said  /  “Q,” according to X
2. before the quote: X said: “Q”  /  X told reporters that “Q”  /  According to X, “Q”  /  X: “Q”
3. a tag closing the sentence: … saw them as “Q,” X said.
4. a split quote's second part, or a quote that carries on from the previous
   sentence or paragraph, inherits the previous speaker (pointing at the nearest mention).
5. the sentence before a quote that opens a paragraph; the subject of a partial quote's sentence.
6. a partial quote still without a speaker takes the one a tag (1-3) gives another quote
   of its sentence: Guns are “A” and “B,” X proclaimed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon
from .mentions import OUTLET, PERSON, MentionFinder
from .phrases import STOP, TIME_WORDS, Phrases
from .quotes import QuoteSpan
from .resolve import POSSESSIVE_PRONOUNS, Referent, Resolver
from .tokens import Doc

_SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "to", "for", "with", "at", "by", "from", "or"}
_TITLE_NOUNS = {"show", "program", "programme", "podcast", "film", "movie", "documentary", "book", "memoir",
                "song", "album", "series", "column", "op-ed", "editorial", "newsletter", "magazine", "play",
                "novel", "episode", "radio", "segment", "broadcast", "ad", "campaign", "initiative", "tour",
                "rally", "event", "act", "bill", "plan", "report", "video", "speech", "slogan"}
_WEAK_CONTEXT = {"the", "a", "an", "of", "in", "to", "from", "with", "told"}
_TITLE_CONTEXT = {"on", "told", "in", "from", "of", "with", "to", "show", "program", "programme", "podcast", "film",
                  "movie", "documentary", "book", "memoir", "song", "album", "series", "titled",
                  "entitled", "headlined", "named", "the", "a", "an", "column", "op-ed", "editorial",
                  "newsletter", "magazine", "play", "novel", "episode", "hit", "anthem", "slogan"}
# Verbs that can stand before their subject in a tag: “…,” said X / asked X / added X.
# Not "tell": in ", told Reuters" the name after it is the one told.
_TAG_VERBS = {"say", "ask", "add", "write", "continue", "explain", "reply", "respond", "note",
              "argue", "insist", "declare", "quip", "state", "recall", "warn", "remark", "observe",
              "conclude", "acknowledge", "admit", "announce", "counter", "retort", "exclaim", "shout",
              "yell", "whisper", "complain", "joke", "boast", "claim", "predict", "suggest", "tweet",
              "post", "read", "interject", "concede", "emphasize", "emphasise", "stress", "cry",
              "scream", "mutter", "laugh", "sigh", "plead", "muse", "wonder", "chime", "begin", "start",
              "press", "exhort", "proclaim", "thunder", "gush", "scoff", "snap", "sneer", "remember",
              "riff", "question", "assert", "contend", "maintain", "caution", "testify", "confirm",
              "reiterate", "elaborate", "offer", "agree", "intone", "bellow", "boom", "report",
              "beam", "opine", "bark", "crow", "marvel", "rave"}
_DOCUMENTS = {"statement", "letter", "release", "memo", "report", "video", "ad", "tweet", "post", "email",
              "message", "note", "op-ed", "filing", "complaint", "brief", "motion", "notice"}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those"}
_TURN_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s")  # "PENCE: ", "JAKE TAPPER: "
_OPEN_CLOSE_VERBS = {"conclude", "begin", "start", "open", "close", "end", "finish", "continue", "follow", "lead"}
_CONTRACTED_PRONOUNS = {"he", "she", "it"}  # he’s = he is
_NOUN_PREPOSITIONS = {"of", "in", "on", "about", "from", "with", "for", "against", "by", "over"}
_LEAD_PUNCT = {",", "—", "–", "-", "(", ":", "―"}
_NOUN_LIKE_BASES = {"state", "note", "point", "post", "report", "text", "charge", "comment", "answer",
                    "claim", "quote", "read", "hit", "email", "blog", "offer", "signal", "object",
                    "rail", "counter", "fear", "hope", "worry", "cry", "laugh", "sigh", "praise",
                    "joke", "plead", "vow", "pledge", "promise", "reply", "respond", "call",
                    "mention", "remark", "tweet", "add", "continue", "blast", "slam", "mock",
                    "feel", "think", "believe", "agree", "disagree", "accuse", "demand", "describe",
                    "dismiss", "propose", "protest", "suggest", "volunteer", "warn"}


@dataclass(slots=True)
class Attribution:
    quote: QuoteSpan
    kind: str  # direct | partial | continuation
    speaker: tuple[int, int] | None = None  # token range of the mention
    referent: Referent | None = None
    cue: tuple[int, int] | None = None  # token range
    rule: str = ""  # which pattern found the speaker (for debugging and tests)


_TAG_RULES = ("after", "before", "sentence tag")
_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}


class Attributor:
    def __init__(self, doc: Doc, finder: MentionFinder, resolver: Resolver, lx: Lexicon) -> None:
        self.doc = doc
        self.finder = finder
        self.resolver = resolver
        self.lx = lx
        self.np = Phrases(doc, lx, {m.tok_end - 1 for m in finder.mentions})
        resolver.antecedent = lambda k: self.np.np_ending(k, doc.sentences[doc.sent_of[k]][0])
        resolver.sentence_subject = lambda s: self.np.clause_subject(doc.sentences[s][1] - 1,
                                                                     doc.sentences[s][0])
        # token index of each quote's opening and closing mark
        self.open_tok = [doc.token_at(q.open_at) for q in doc.quotes]
        self.close_tok = [doc.token_at(q.close_at) if q.close_at >= 0 else -1 for q in doc.quotes]

    # -- cues ------------------------------------------------------------
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
        if k >= 2 and lw.endswith("s") and lw != "says" and doc.lower[k - 2] in _NOUN_PREPOSITIONS \
                and doc.words[k - 1][:1].isupper():
            return False  # "32% of Republican claims": a noun after a preposition and its modifier
        if k + 1 < len(doc.lower) and doc.lower[k + 1] in ("with", "to") and base in _OPEN_CLOSE_VERBS:
            return False  # "the spot concludes with footage of …", "the bias begins to show"
        if lw == base and base in _NOUN_LIKE_BASES:
            # Bare forms that are usually nouns count only after a plural subject or auxiliary.
            if lw == "read" and prev in self.lx.person_nouns:
                return True  # "the email read", "the statement read": past tense
            return prev in ("they", "we", "i", "you", "to", "will", "would", "did", "also", "often", "it",
                            "officials", "sources", "aides", "people", "critics", "experts")
        return True

    def _according_to(self, k: int, hi: int) -> bool:
        d = self.doc
        return d.lower[k] == "according" and k + 1 < hi and d.lower[k + 1] == "to"

    # -- frames ----------------------------------------------------------
    def _after_bounds(self, qi: int) -> tuple[int, int]:
        doc = self.doc
        c = self.close_tok[qi]
        if c < 0:
            return (0, 0)
        lo = c + 1
        hi = lo
        block = doc.block_of[c]
        n = len(doc.words)
        while hi < n and doc.block_of[hi] == block and doc.quote_of[hi] < 0 and hi - lo < 40:
            w = doc.words[hi]
            if w in ("“", "«", "„") or (w == '"' and hi in self._open_toks):
                break
            hi += 1
            if w in (".", "!", "?", ";") and not (hi < n and doc.words[hi] == ")"):
                break
        return lo, hi

    def _before_bounds(self, qi: int) -> tuple[int, int]:
        doc = self.doc
        o = self.open_tok[qi]
        hi = o
        block = doc.block_of[o] if o < len(doc.words) else -1
        lo = o
        while lo - 1 >= 0 and doc.block_of[lo - 1] == block and doc.quote_of[lo - 1] < 0 and o - lo < 60:
            w = doc.words[lo - 1]
            if w in ("!", "?", ";") or w in ("”", "»") or (w == '"' and (lo - 1) in self._close_toks):
                break
            if w == "." and doc.words[lo] != ")":
                break
            lo -= 1
        return lo, hi

    # -- patterns --------------------------------------------------------
    def _quote_ends_clause(self, qi: int, k: int, lo: int) -> bool:
        """“Q,” said X / “Q?” asked X: the quote's own punctuation hands over to the cue."""
        q = self.doc.quotes[qi]
        inner = self.doc.text[q.start:q.end].rstrip(" '’\"”")
        return inner[-1:] in (",", "?", "!", "…", "—", "-") or k > lo

    def _after(self, qi: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        doc = self.doc
        lo, hi = self._after_bounds(qi)
        k = lo
        while k < hi and doc.words[k] in _LEAD_PUNCT:
            k += 1
        if k >= hi:
            return None
        if self._according_to(k, hi):
            np = self.np.np_right(k + 2, hi)
            if np:
                return np, (k, k + 2)
        if doc.lower[k] == "by" and self._passive_cue_before(qi):
            # “witch hunt” by Democrats / as described by FBI Director James Comey
            np = self.np.np_right(k + 1, hi)
            if np:
                return np, None
        if self._is_cue(k) or (doc.lower[k] in self.lx.speech_verbs and doc.words[k].islower()
                               and k + 1 < hi and doc.lower[k + 1] in ("the", "a", "an", "his", "her", "their")):
            if doc.lower[k].endswith("ing") or self.lx.speech_verbs.get(doc.lower[k]) not in _TAG_VERBS:
                return None  # “…,” denounced her record / referencing …: not an inverted tag
            if self._quote_ends_clause(qi, k, lo):
                np = self.np.np_right(k + 1, hi)
                if np:
                    return np, (k, k + 1)
            return None
        # “Q,” X said / “Q,” X (R-Utah), the chairman, said in a statement / “Q,” as X put it
        if doc.lower[k] == "as" and k + 1 < hi:
            k += 1
        np = self.np.np_right(k, hi)
        if np is not None:
            c = self.np.skip_right(np[1], hi)
            if c < hi and self._is_cue(c):
                # “Q.” Russia insisted that …: a new sentence with its own content, not a tag.
                if not self._sentence_final(qi) or self._tag_ends(c + 1, hi):
                    return self._appositive_name(np, c) or np, (c, c + 1)
        elif doc.lower[k] in ("who", "which"):
            return None
        found = self._tag_cue_subject(qi, k, hi)
        if found is not None:
            return found
        # “…” ― Pamela Padilla  (a name after a dash, ending the paragraph); but not the byline
        # after words a cue in their own sentence gave ('insisted his party was “…”--Kim Hjelmgaard.')
        if k > lo and doc.words[k - 1] in ("—", "–", "-", "―") and np is not None and self._rest_is_empty(np[1], qi) \
                and doc.words[np[1] - 1][:1].isupper() \
                and not (self._kind(qi) == "partial" and self._cue_earlier_in_sentence(qi)):
            return np, None
        # '… the quoted words run on in the sentence, she said.'
        for c in range(k, hi if not self._sentence_final(qi) else k):
            if doc.words[c] == "," and c + 2 < hi:
                found = self._tag_after_comma(c, hi, hi)
                if found is not None:
                    return found
            if self._according_to(c, hi):
                np2 = self.np.np_right(c + 2, hi)
                if np2:
                    return np2, (c, c + 2)
        return None

    def _turn_label(self, qi: int) -> re.Match[str] | None:
        """The all-caps label opening a quote ('"PENCE: …', '"UPDATE: …'), if any."""
        q = self.doc.quotes[qi]
        return _TURN_LABEL.match(self.doc.text, q.start, q.end)

    def _stage_direction(self, qi: int) -> bool:
        """'"(CROSSTALK.)', '"UPDATE: …': a transcript's aside or a section label, said by no one."""
        q = self.doc.quotes[qi]
        text = self.doc.text[q.start:q.end].rstrip(" .\"”")
        if text[:1] in "([" and text[-1:] in ")]":
            return True
        m = self._turn_label(qi)
        return m is not None and m.group(1) in self.lx.section_labels

    def _transcript_turn(self, qi: int) -> tuple[tuple[int, int], None] | None:
        """'"PENCE: Well, look, …': a quoted transcript's turn names its speaker in capitals
        (a section label has been taken for a stage direction before this rule runs)."""
        doc = self.doc
        m = self._turn_label(qi)
        if m is None:
            return None
        i = doc.token_at(m.start(1))
        j = doc.token_at(m.end(1) - 1) + 1
        return ((i, j), None) if i < j else None

    def _tag_cue_subject(self, qi: int, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A tag whose subject the NP reader cannot walk ('Fight for $15 organizing director
        Kendall Fells told …'): the first cue within a few words, and its subject to the left."""
        doc = self.doc
        if self._sentence_final(qi) or self._kind(qi) != "direct" or doc.lower[k] in STOP:
            return None  # “Q.” Russia insisted that …: a sentence of its own; “Q,” when X …
        for c in range(k + 1, min(hi, k + 12)):
            if doc.words[c] in (".", ";", "(", "—", "–") or doc.lower[c] in ("who", "which", "that"):
                return None
            if self._is_cue(c):
                if doc.lower[c].endswith("ing"):
                    return None
                np = self.np.subject_left(c, k)
                if np is None or not self._can_speak(np):
                    return None
                return self._appositive_name(np, c) or np, (c, c + 1)
        return None

    def _appositive_name(self, np: tuple[int, int], c: int) -> tuple[int, int] | None:
        """'Hunter’s chief of staff, Joe Kasper, told': the name set beside a description."""
        doc = self.doc
        a, b = np[1] + 1, c - 1
        if not (a < b and doc.words[np[1]] == "," and doc.words[b] == ","):
            return None
        ms = self.resolver.mentions_in(a, b)
        if len(ms) == 1 and ms[0].kind == PERSON and (ms[0].tok, ms[0].tok_end) == (a, b):
            return a, b
        return None

    def _sentence_tag(self, qi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'… saw the Democrats as “the party of overwhelming government,” From said.': a tag
        closing the sentence reports all of it, the words quoted inside included."""
        doc = self.doc
        _, hi = doc.sentences[doc.sent_of[self.close_tok[qi] if self.close_tok[qi] >= 0 else self.open_tok[qi]]]
        end = hi - 1 if doc.words[hi - 1] in (".", "!", "?") else hi
        for c in range(end - 1, max(self.open_tok[qi], end - 14), -1):
            comma_inside = c == self.close_tok[qi] and doc.words[c - 1] == ","  # “…,” From said.
            if not comma_inside and (doc.quote_of[c] >= 0 or doc.words[c] in ("”", '"', "’")):
                return None  # the tag must come after every quote of the sentence
            if doc.words[c] == "," or comma_inside:
                return self._tag_after_comma(c, end, hi, closing=True)
        return None

    def _tag_after_comma(self, c: int, end: int, hi: int, *, closing: bool = False
                         ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The tag after the comma at c: ', said David Wasserman, an analyst' / ', she said'.
        closing: the tag must also end the sentence, with a finite cue."""
        doc = self.doc
        if c + 1 < end and self._is_cue(c + 1) and self.lx.speech_verbs.get(doc.lower[c + 1]) in _TAG_VERBS:
            np = self.np.np_right(c + 2, end)
            if np is not None and self._tag_ends(np[1], hi):
                return np, (c + 1, c + 2)
        np = self.np.np_right(c + 1, end)
        if np is None:
            return None
        k = self.np.skip_right(np[1], end)
        if k < end and self._is_cue(k) and not (closing and (doc.lower[k].endswith("ing")
                                                             or not self._tag_ends(k + 1, hi))):
            return np, (k, k + 1)
        return None

    def _cue_earlier_in_sentence(self, qi: int) -> bool:
        o = self.open_tok[qi]
        return any(self._is_cue(t) for t in range(self.doc.sentences[self.doc.sent_of[o]][0], o))

    def _passive_cue_before(self, qi: int) -> bool:
        """'often labeled as a “witch hunt”', 'has been called “…”': a passive cue before the quote."""
        doc = self.doc
        o = self.open_tok[qi]
        for t in range(max(0, o - 4), o):
            if doc.lower[t] in self.lx.speech_verbs and doc.lower[t].endswith(("ed", "en")):
                return True
        return False

    def _passive_agent(self, c: int, hi: int) -> tuple[int, int] | None:
        """'Rubio was asked by moderator Gerard Baker whether …': the agent of a passive
        cue is the one speaking."""
        doc = self.doc
        if c >= 1 and doc.lower[c - 1] in _BE_FORMS and c + 2 < hi and doc.lower[c + 1] == "by":
            return self.np.np_right(c + 2, hi)
        return None

    def _sentence_final(self, qi: int) -> bool:
        q = self.doc.quotes[qi]
        return self.doc.text[q.end - 1:q.end] == "."

    def _tag_ends(self, k: int, hi: int) -> bool:
        """After the cue only a short adjunct remains: 'Trump said.' / 'she said on Monday.'"""
        doc = self.doc
        for t in range(k, min(hi, k + 6)):
            if doc.words[t] in (".", "!", "?", ";", ","):
                return True
            if doc.lower[t] in ("that", "whether", "if"):
                return False
        return k >= hi

    def _rest_is_empty(self, k: int, qi: int) -> bool:
        doc = self.doc
        block = doc.blocks[doc.quotes[qi].block]
        rest = doc.text[doc.ends[k - 1]:block.end].strip(" .,\u00a0")
        return len(rest) <= 40

    def _clause_subject(self, c: int) -> tuple[int, int] | None:
        lo = self.doc.sentences[self.doc.sent_of[c]][0]
        return self.np.clause_subject(c, lo)

    def _coordinated_subject(self, k: int) -> tuple[int, int] | None:
        """'he laughed and said': the subject of the verb before the conjunction at k."""
        doc = self.doc
        lo = doc.sentences[doc.sent_of[k]][0]
        for t in range(k - 1, max(lo, k - 12) - 1, -1):
            w = doc.words[t]
            if w in (",", ";", "“", "”", '"') or doc.quote_of[t] >= 0:
                return None
            if doc.lower[t] in ("he", "she", "they", "we", "i"):
                return (t, t + 1)
            if t + 1 < k and t in self.np.heads and doc.words[t + 1].islower():
                return self.np.np_ending(t, lo)
        return None

    def _subject_of_cue(self, c: int, lo: int) -> tuple[int, int] | None:
        """The subject of cue c: next to it, or the clause's when the cue is a participle
        ('…, saying “…”') or a coordinated or infinitive verb ('and called', 'to accuse')."""
        doc = self.doc
        prev = doc.lower[c - 1] if c > lo else ""
        if doc.lower[c].endswith("ing") and prev in (",", "—", "by", "after", "while", "before", "when"):
            if c - 1 == doc.sentences[doc.sent_of[c]][0] and prev != ",":
                return self._subject_after_opener(c)  # "After saying …, she …"
            if prev == ",":
                tag = self._tag_before(c - 1, lo)
                if tag is not None:
                    return tag  # "…,” Fiorina said, adding that …: the one who said it
            return self._clause_subject(c)
        d = self._document_before(c, lo)
        if d is not None and d >= 2 and doc.lower[d - 1] in ("a", "an", "the") \
                and doc.words[d - 2].islower() and doc.lower[d - 2].endswith("ed"):
            # "she issued a statement calling on …", "released a statement Wednesday saying":
            # the issuer
            return self._clause_subject(c)
        if prev in ("and", "or", "then"):
            return self._coordinated_subject(c - 1) or self._clause_subject(c)
        if prev == "to":
            return self._clause_subject(c)
        np = self.np.subject_left(c, lo)
        if np is None and doc.lower[c].endswith("ing"):
            return self._clause_subject(c)
        return np

    def _document_before(self, c: int, lo: int) -> int | None:
        """The document noun a participle cue follows, over a time phrase: 'a statement
        (on Wednesday) saying'."""
        doc = self.doc
        if not doc.lower[c].endswith("ing"):
            return None
        d = c - 1
        while d > lo and c - d <= 3 and (doc.lower[d] in TIME_WORDS or doc.lower[d] == "on") \
                and doc.lower[d] not in _DOCUMENTS:
            d -= 1
        return d if d >= lo and doc.lower[d] in _DOCUMENTS else None

    def _subject_after_opener(self, c: int) -> tuple[int, int] | None:
        """'After saying her foot was “so swollen,” she was …': a participle in the phrase
        opening the sentence belongs to the main clause's subject, after the phrase's comma."""
        doc = self.doc
        hi = doc.sentences[doc.sent_of[c]][1]
        for t in range(c + 1, min(hi, c + 40)):
            if doc.words[t] != ",":
                continue
            k = t + 1
            if doc.quote_of[t] >= 0 and not (k < hi and k in self._close_toks):
                continue  # a comma inside the quoted words
            while k < hi and doc.words[k] in ("”", '"', "’"):
                k += 1
            np = self.np.np_right(k, hi)
            return np if np is not None and self._can_speak(np) else None
        return None

    def _tag_before(self, comma: int, lo: int) -> tuple[int, int] | None:
        """The speaker of a tag ending at the comma: 'Spicer said,' / 'said Spicer,'."""
        doc = self.doc
        k = comma - 1
        if k >= lo and self._is_cue(k) and not doc.lower[k].endswith("ing"):
            return self.np.subject_left(k, lo)
        for t in range(comma - 2, max(lo, comma - 6) - 1, -1):
            # "Hollande said Tuesday in Paris, noting …": a short adjunct after the cue
            if doc.words[t] in (",", "”", '"') or doc.quote_of[t] >= 0:
                break
            if doc.lower[t] in ("said", "says", "told", "tells") and self._is_cue(t):
                return self.np.subject_left(t, lo)
        for c in range(max(lo, comma - 8), comma):
            if self._is_cue(c) and doc.lower[c] in ("said", "says"):
                np = self.np.np_right(c + 1, comma)
                if np is not None and np[1] == comma:
                    return np
        return None

    def _possessive_speech_noun(self, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """"Donald Trump’s claim that there have been “…”", "her remark that “…”": the owner
        of the words, when the noun for them leads straight to the quote."""
        doc = self.doc
        for c in range(hi - 1, max(lo, hi - 10) - 1, -1):
            if doc.lower[c] not in self.lx.speech_nouns or c - 1 < lo:
                continue
            between = range(c + 1, hi)
            if len(between) > 2 and doc.lower[c + 1] != "that" or any(self._is_cue(t) for t in between):
                continue  # only the words' own content clause may stand between
            owner = doc.lower[c - 1]
            if owner in POSSESSIVE_PRONOUNS:
                return (c - 1, c), (c, c + 1)
            if owner.endswith(("’s", "'s")):
                np = self.np.np_ending(c - 1, lo)
                if np is not None:
                    return np, (c, c + 1)
        return None

    def _before(self, qi: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The cue before the quote. Of several ('X said Y called it “Z”'), the one whose
        subject is the sentence's own subject wins; otherwise the nearest."""
        doc = self.doc
        lo, hi = self._before_bounds(qi)
        if hi <= lo:
            return None
        candidates: list[tuple[tuple[int, int], tuple[int, int]]] = []
        relative = None
        for c in range(lo, hi):
            if self._according_to(c, hi):
                np = self.np.np_right(c + 2, hi)
                if np:
                    candidates.append((np, (c, c + 2)))
                continue
            if not self._is_cue(c):
                continue
            agent = self._passive_agent(c, hi)
            if agent:
                candidates.append((agent, (c, c + 1)))
                continue
            np = self._subject_of_cue(c, lo)
            if np and doc.lower[np[0]] in ("who", "which", "that") and np[1] - np[0] == 1:
                relative = relative or (np, (c, c + 1))
                continue  # a relative clause: look for the main clause's cue first
            if np:
                candidates.append((np, (c, c + 1)))
            elif doc.lower[c] in ("said", "says", "asked", "asks", "added", "adds", "wrote", "writes"):
                # "said X:" right before the quote
                np = self.np.np_right(c + 1, hi)
                if np and np[1] == hi - 1 and doc.words[np[1]] in (":", ","):
                    candidates.append((np, (c, c + 1)))
        if candidates:
            np, cue = candidates[-1]
            if doc.words[hi - 1] == ":" and hi - 1 - cue[1] <= 3 and not doc.lower[cue[0]].endswith("ing"):
                return np, cue  # "Cruz said as the heckler yelled: “…”": the cue the colon hands over from
            main = self._clause_subject(hi - 1) if hi - 1 >= lo else None
            if main is not None:
                for np, cue in reversed(candidates):
                    if np[0] <= main[0] < np[1] or main[0] <= np[0] < main[1]:
                        return np, cue
            return candidates[-1]
        if relative:
            return relative
        owner = self._possessive_speech_noun(lo, hi)
        if owner is not None:
            return owner
        # "X: “Q”" — a lead-in naming the speaker, with no verb.
        k = hi - 1
        if k >= lo and doc.words[k] in (":", ","):
            ms = [m for m in self.resolver.mentions_in(lo, k) if m.kind in (PERSON, OUTLET)]
            subject = self._clause_subject(k) if doc.words[k] == ":" else None
            if subject is not None and subject[1] - subject[0] <= 8 and (
                    doc.lower[subject[0]] in ("he", "she") or any(m.kind == PERSON for m in
                                                                  self.resolver.mentions_in(*subject))):
                return subject, None  # "McConnell delivered a blunt message to Trump: “…”"
            if ms:
                m = ms[-1]
                return (m.tok, m.tok_end), None
            np = self._clause_subject(k)
            if np is not None and doc.lower[np[0]] not in ("it", "this", "there", "here"):
                return np, None
        return None

    # -- main ------------------------------------------------------------
    def attribute(self) -> list[Attribution]:
        doc = self.doc
        self._open_toks = set(self.open_tok)
        self._close_toks = {c for c in self.close_tok if c >= 0}
        out: list[Attribution] = []
        prev: Attribution | None = None
        for qi, q in enumerate(doc.quotes):
            kind = self._kind(qi)
            att = Attribution(q, kind)
            if self._is_title(qi):
                att.rule = "title"
                out.append(att)
                continue
            if self._stage_direction(qi):
                att.rule = "stage direction"
                out.append(att)
                continue
            if q.block == doc.headline:
                # Headlines compress attribution ("Warren Hammers CEO: ‘…’") and repeat a quote
                # the body attributes properly; annotators (PolNeAR) leave them unattributed.
                att.rule = "headline"
                out.append(att)
                continue
            rule, found = self._first_match(qi, (("transcript", self._transcript_turn), ("after", self._after),
                                                 ("before", self._before), ("sentence tag", self._sentence_tag)))
            if found:
                att.rule, (att.speaker, att.cue) = rule, found
            elif prev is not None and prev.referent is not None and self._continues(prev, qi):
                att.speaker, att.referent, att.cue = prev.speaker, prev.referent, prev.cue
                att.speaker, att.cue = self._nearer_mention(prev, qi) or (att.speaker, att.cue)
                att.rule = "continues"
                if att.kind == "direct" and (self._starts_block(qi) or self._same_block(prev, qi)):
                    att.kind = "continuation"
            else:
                rule, found = self._first_match(qi, (("lead", self._paragraph_lead),
                                                     ("subject", self._sentence_subject)))
                if found:
                    att.rule, (att.speaker, att.cue) = rule, found
            if att.speaker and att.referent is None:
                att.referent = self._resolve_speaker(att, qi)
            if att.referent is not None:
                self.resolver.note_speaker(att.speaker[0] if att.speaker else 0, att.referent)
            if q.continued:
                att.kind = "continuation"
            out.append(att)
            if att.referent is not None:
                prev = att
        self._share_sentence_speakers(out)
        return out

    def _share_sentence_speakers(self, atts: list[Attribution]) -> None:
        """A partial quote no rule attributes takes the speaker a tag gives another quote of
        its sentence: Guns are “A” and “B,” Dean proclaimed. (A direct quote left without a
        speaker is more often a title or a slogan: measured, it stays unattributed.)"""
        by_sentence: dict[int, Attribution] = {}
        for qi, att in enumerate(atts):
            if att.rule in _TAG_RULES and att.referent is not None:
                by_sentence.setdefault(self._sentence_of_quote(qi), att)
        for qi, att in enumerate(atts):
            if att.rule or att.speaker or att.kind != "partial":
                continue
            tagged = by_sentence.get(self._sentence_of_quote(qi))
            if tagged is not None:
                att.speaker, att.referent, att.cue = tagged.speaker, tagged.referent, tagged.cue
                att.rule = "sentence sibling"

    def _sentence_of_quote(self, qi: int) -> int:
        return self.doc.sent_of[min(self.open_tok[qi], len(self.doc.words) - 1)]  # a mark at the very end

    @staticmethod
    def _first_match(qi: int, rules: tuple) -> tuple[str, tuple | None]:
        """The first rule, in order, that finds a speaker for quote qi: (name, (speaker, cue))."""
        for name, find in rules:
            found = find(qi)
            if found:
                return name, found
        return "", None

    def _resolve_speaker(self, att: Attribution, qi: int) -> Referent:
        i, j = att.speaker
        return self.resolver.resolve(i, j)

    def _starts_block(self, qi: int) -> bool:
        q = self.doc.quotes[qi]
        return q.open_at == self.doc.blocks[q.block].start

    def _same_block(self, prev: Attribution, qi: int) -> bool:
        return prev.quote.block == self.doc.quotes[qi].block

    def _continues(self, prev: Attribution, qi: int) -> bool:
        """A quote with no cue of its own carries on the previous speaker's words."""
        q = self.doc.quotes[qi]
        if q.continued:
            return True
        gap = q.block - prev.quote.block
        if gap == 0:
            return True
        if gap <= 2 and self._starts_block(qi):
            return not self._other_actor_between(prev, qi)
        return False

    def _nearer_mention(self, prev: Attribution, qi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'“…,” says Gloria Garcia. She says people should … “…”': the same speaker named
        again by a cue between the quotes; the quote points at that nearer mention."""
        doc = self.doc
        start = max(doc.token_at(prev.quote.outer_end), self.open_tok[qi] - 60)
        for c in range(self.open_tok[qi] - 1, start - 1, -1):
            if doc.quote_of[c] >= 0 or not self._is_cue(c) or doc.lower[c].endswith("ing"):
                continue
            lo = max(start, doc.sentences[doc.sent_of[c]][0])
            np = self.np.subject_left(c, lo)
            if np is None or not (np[1] - np[0] == 1 and doc.lower[np[0]] in ("he", "she")
                                  or self.resolver.mentions_in(*np)):
                continue
            if self.resolver.resolve(*np).name == prev.referent.name:
                return np, (c, c + 1)
        return None

    def _other_actor_between(self, prev: Attribution, qi: int) -> bool:
        doc = self.doc
        a = doc.token_at(prev.quote.outer_end)
        b = self.open_tok[qi]
        speakers = [m for m in self.resolver.mentions_in(a, b) if m.kind == PERSON and not m.in_quote]
        return any(prev.referent is None or m.name != prev.referent.name for m in speakers)

    def _paragraph_lead(self, qi: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """A quote that opens a sentence after one reporting someone's speech:
        'Dianne Bystrom agreed. “…”' or a paragraph ending 'X said:' before a quote paragraph."""
        doc = self.doc
        q = doc.quotes[qi]
        o = self.open_tok[qi]
        if self._kind(qi) == "partial":
            return None
        s = doc.sent_of[o]
        if doc.sentences[s][0] < o:
            return None  # the quote does not open its sentence
        if s == 0:
            return None
        lo, hi = doc.sentences[s - 1]
        if doc.block_of[lo] != q.block and not self._starts_block(qi):
            return None
        if doc.block_of[lo] < q.block - 1:
            return None
        for c in range(lo, hi):
            if doc.quote_of[c] >= 0:
                return None  # the previous sentence has a quote of its own: its speaker carries on
            if self._is_cue(c):
                np = self._subject_of_cue(c, lo)
                if np and doc.lower[np[0]] not in ("who", "which", "that", "it"):
                    return np, (c, c + 1)
        if doc.words[hi - 1] == ":":
            ms = [m for m in self.resolver.mentions_in(lo, hi) if m.kind == PERSON]
            if ms:
                return (ms[-1].tok, ms[-1].tok_end), None
        return None

    def _sentence_subject(self, qi: int) -> tuple[tuple[int, int], None] | None:
        """Words quoted inside a sentence with no speech verb ('X admires Y as a “strong
        leader”'): the sentence's subject is the one whose words they are."""
        doc = self.doc
        if self._kind(qi) != "partial":
            return None
        o = self.open_tok[qi]
        lo = doc.sentences[doc.sent_of[o]][0]
        np = self.np.clause_subject(o, lo)
        if np is None or doc.lower[np[0]] in ("it", "there", "this", "that", "what", "which"):
            return None
        if not self._can_speak(np):
            return None  # "The ongoing legal battle … “Spanish”": things do not speak
        return np, None

    def _can_speak(self, np: tuple[int, int]) -> bool:
        """A phrase that can name a speaker: a known actor, a person or document noun, a
        pronoun for people, or a capitalised name."""
        doc = self.doc
        i, j = np
        if self.resolver.mentions_in(i, j):
            return True
        head = doc.lower[j - 1].removesuffix("’s").removesuffix("'s")
        if head in self.lx.person_nouns or head in self.lx.title_words or head in self.lx.collective_nouns:
            return True
        if j - i == 1 and head in ("he", "she", "they", "we", "i", "you", "who"):
            return True
        return doc.words[j - 1][:1].isupper() and doc.words[i][:1].isupper()

    def _is_title(self, qi: int) -> bool:
        """“Meet the Press”, the film “Weiner”, CBS's “Face the Nation,”: a name of a work or
        show, not words spoken. Title Case, and a title's context on either side."""
        doc = self.doc
        q = doc.quotes[qi]
        raw = doc.text[q.start:q.end]
        inner = raw.rstrip(",.")
        if len(inner.split()) > 8 or inner[-1:] in "!?;:…" or not self._title_case(qi):
            return False
        before = doc.text[max(0, q.open_at - 40):q.open_at].rstrip(" ,").split()
        prev = before[-1].lower() if before else ""
        prev2 = before[-2].lower() if len(before) > 1 else ""
        if prev.endswith(("’s", "'s")) or prev2 in _TITLE_NOUNS or prev in _TITLE_CONTEXT and (
                raw == inner or prev not in _WEAK_CONTEXT):
            return True  # a slogan closing a sentence ('a goal of “Peace Through Strength.”') is quoted speech
        after = doc.text[q.outer_end:q.outer_end + 30].lstrip(" ,").split()
        nxt = after[0].lower().strip(".,;") if after else ""
        return nxt in _TITLE_NOUNS

    def _title_case(self, qi: int) -> bool:
        """Every significant word capitalised: “Meet the Press”, “Keep the Promise”."""
        q = self.doc.quotes[qi]
        words = self.doc.text[q.start:q.end].rstrip(",.").split()
        significant = [w for w in words if w.lower() not in _SMALL_WORDS]
        return bool(significant) and all(w[:1].isupper() or w[:1].isdigit() for w in significant)

    def _kind(self, qi: int) -> str:
        """direct: the quote is a sentence of its own; partial: words quoted inside a sentence."""
        doc = self.doc
        q = doc.quotes[qi]
        if q.continued:
            return "continuation"
        before = doc.text[doc.blocks[q.block].start:q.open_at].rstrip()
        first = doc.text[q.start:q.start + 1]
        if not before or before[-1] in ".!?:;—–-―”\"":
            return "direct"
        if before[-1] == "," and (first.isupper() or first in "‘'\"“"):
            return "direct"
        return "partial"
