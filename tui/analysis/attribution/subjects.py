"""Who a cue's subject is: next to it, the clause's, a coordinated verb's, a document's
issuer."""
from __future__ import annotations

from ..phrases import TIME_WORDS
from .base import RuleBase

_DOCUMENTS = {"statement", "letter", "release", "memo", "report", "video", "ad", "tweet", "post", "email",
              "message", "note", "op-ed", "filing", "complaint", "brief", "motion", "notice"}
_PLACE_PREPOSITIONS = {"at", "in", "outside", "near", "from", "on"}


class SubjectRules(RuleBase):
    def _clause_subject(self, c: int) -> tuple[int, int] | None:
        lo = self.doc.sentences[self.doc.sent_of[c]][0]
        return self.np.clause_subject(c, lo)

    def _coordinated_subject(self, k: int) -> tuple[int, int] | None:
        """'he laughed and said': the subject of the verb before the conjunction at k."""
        doc = self.doc
        lo = doc.sentences[doc.sent_of[k]][0]
        t, seen = k - 1, 0
        while t >= lo and seen < 12:
            w = doc.words[t]
            if w in ("”", '"') and t > lo and doc.quote_of[t - 1] >= 0 and doc.words[t - 1] not in (",", "."):
                # "had called a “disaster” and promised": words quoted as the verb's object
                q = doc.quote_of[t - 1]
                t -= 1
                while t >= lo and (doc.quote_of[t] == q or doc.words[t] in ("“", '"')):
                    t -= 1
                continue
            if w in (",", ";", "“", "”", '"') or doc.quote_of[t] >= 0:
                return None
            seen += 1
            if doc.lower[t] in ("he", "she", "they", "we", "i"):
                return (t, t + 1)
            if doc.lower[t] in ("who", "which") and t > lo:
                # "a former U.S. law enforcement official who oversaw … and described": the
                # relative's antecedent, not a name inside it
                return self.np.np_ending(t - 1, lo) or (t, t + 1)
            if t + 1 < k and t in self.np.heads and doc.words[t + 1].islower() \
                    and not doc.words[t].endswith(("’s", "'s")):  # (a possessive is the object's: "called Wells Fargo’s behavior")
                return self.np.np_ending(t, lo)
            t -= 1
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
            np = self._clause_subject(c)
            # (one that can speak: not "The first incident came …, when protesters interrupted
            # her speech, shouting “…”", "his willingness to …")
            return np if np is not None and self._can_speak(np) else None
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
        if d >= lo and doc.lower[d] in _DOCUMENTS:
            return d
        # over a phrase of place: 'issued a statement at his golf club outside Washington, D.C. saying'
        for d in range(c - 2, max(lo, c - 12) - 1, -1):
            if doc.quote_of[d] >= 0 or doc.lower[d] in ("that", "which", "who", ";") or self._is_cue(d):
                return None
            if doc.lower[d] in _DOCUMENTS:
                return d if d + 1 < c and doc.lower[d + 1] in _PLACE_PREPOSITIONS else None
        return None

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
