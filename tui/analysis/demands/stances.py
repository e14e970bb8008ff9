"""Stances stated without a demand verb: a rejecting label ('called the agreement “null and
void”'), a hope that someone will act ('I hope that Anne Sacoolas will come back'), and 'it's
time for X to …'. A mixin of `DemandFinder`.
"""
from __future__ import annotations

from ..lexicon import verb_forms, word_set
from .base import DemandFinding

# Verbs that put a label on something: "called the agreement “null and void”".
LABELLING = {f for v, past in (("call", None), ("deem", None), ("declare", None), ("brand", None), ("term", None),
                               ("label", "labelled")) for f in verb_forms(v, past)} | {"labeled"}
_REJECTION_LABELS = [tuple(line.split()) for line in sorted(word_set("rejection_labels"), key=len, reverse=True)]
_LABEL_FIRSTS = frozenset(words[0] for words in _REJECTION_LABELS)  # a word no label starts at is skipped
HOPE = {"hope", "hopes", "hoped"}
TIME_WORDS = frozenset({"time"})  # the word _time_to starts at


class Stances:
    def _labelled(self, k: int) -> list[DemandFinding] | None:
        """'Mitsotakis called the border agreement “null and void”', 'deemed the plan a
        non-starter': a rejection of what the label is put on, by the labeller."""
        doc = self.doc
        if doc.lower[k] not in LABELLING or not doc.words[k].islower() or doc.quote_of[k] >= 0:
            return None
        hi = doc.sentences[doc.sent_of[k]][1]
        for t in range(k + 2, min(hi, k + 14)):
            if doc.words[t] in (",", ";", ".") and doc.quote_of[t] < 0:
                return None  # the label stands in the same clause
            if doc.lower[t] not in _LABEL_FIRSTS:
                continue
            label = next((words for words in _REJECTION_LABELS
                          if tuple(doc.lower[t:t + len(words)]) == words), None)
            if label is None:
                continue
            b = t
            while b > k + 1 and doc.words[b - 1] in ("“", '"', "‘", "as"):
                b -= 1  # the label's opening mark, or "described as"
            if b <= k + 1:
                return None
            lo = self._clause_lo(k)
            if self._negated(k, lo) or self._asked_or_hypothetical(k, lo):
                return None
            holder, ref = self._holder(k, lo, -1)
            if holder is None or ref is None:
                return None
            return self._findings("reject", holder, ref, (k, k + 1), (k + 1, b), None, -1, [])
        return None

    def _hope(self, k: int) -> list[DemandFinding] | None:
        """'“I hope that Anne Sacoolas will come back,” Johnson said', 'said he hoped the
        president would reconsider': an outcome the speaker wants of someone."""
        doc = self.doc
        n = len(doc.words)
        if doc.lower[k] not in HOPE or not doc.words[k].islower() or k + 3 >= n:
            return None
        a = k + 2 if doc.lower[k + 1] == "that" else k + 1
        target = self.np.np_right(a, min(n, a + 8))
        if target is None or target[1] + 1 >= n or doc.lower[target[1]] not in ("will", "would") \
                or doc.lower[target[0]] in ("i", "we", "it", "this", "that", "there", "you"):
            return None
        v = target[1] + 1
        if doc.lower[v] == "not" or not self._deontic(v):
            return None
        if not self._names_a_party(target):
            return None  # "hoped the issue would fade", "hopes Iowa will prove …": a wish about events
        lo = self._clause_lo(k)
        if self._negated(k, lo) or self._asked_or_hypothetical(k, lo):
            return None
        qi = doc.quote_of[k]
        subject = self.np.subject_left(k, lo)
        if subject is None:
            return None
        if doc.lower[subject[0]] in ("i", "we") and subject[1] - subject[0] == 1:
            found = self._speaker_of(subject, lo, qi) if qi >= 0 else None
        else:
            holder, ref = self._holder(k, lo, qi)
            found = (holder, ref) if holder is not None and ref is not None else None
        span = self._extent(v, qi)
        if found is None or span is None:
            return None
        holder, ref = found
        return self._findings("demand", holder, ref, (k, k + 1), (target[0], span[1]), target, qi, [])

    def _names_a_party(self, np: tuple[int, int]) -> bool:
        """The phrase names a party: a person, body, state or group the article names, or a
        pronoun that resolves to one."""
        i, j = np
        if j - i == 1 and self.doc.lower[i] in ("he", "she", "they"):
            return self.resolver.resolve(i, j).kind in ("person", "state", "organisation", "group")
        return any(m.kind in ("person", "state", "organisation", "group") for m in self.resolver.mentions_in(i, j))

    def _time_to(self, k: int) -> list[DemandFinding] | None:
        """'“It's time to give the British public the final say,” Khan said', 'said it is time
        for Congress to get serious': the speaker's demand (of whoever the 'for' names)."""
        doc = self.doc
        n = len(doc.words)
        if doc.lower[k] not in TIME_WORDS or k < 1 or k + 2 >= n:
            return None
        before = doc.lower[k - 2:k]
        if not (doc.lower[k - 1] in ("it's", "it’s") or before == ["it", "is"] or before in (["it", "’s"], ["it", "'s"])):
            return None
        target = None
        if doc.lower[k + 1] == "for":
            target = self.np.np_right(k + 2, min(n, k + 10))
            if target is None or target[1] >= n or doc.lower[target[1]] != "to":
                return None
            v = target[1] + 1
        elif doc.lower[k + 1] == "to":
            v = k + 2
        else:
            return None
        if v >= n or not self._deontic(v):
            return None
        lo = self._clause_lo(k)
        if self._asked_or_hypothetical(k, lo):
            return None
        it = k - 1 if doc.lower[k - 1] in ("it's", "it’s") else k - 2
        speaker = self._speaker_of((it, it + 1), lo, doc.quote_of[k])
        if speaker is None:
            return None
        qi = doc.quote_of[k]
        span = self._extent(v, qi)
        if span is None:
            return None
        if target is None and self._exhortation(*span):
            return None
        holder, ref = speaker
        return self._findings("demand", holder, ref, (k, k + 1), (target[0] if target else v, span[1]), target, qi, [])

    def _exhortation(self, a: int, b: int) -> bool:
        """'it's time to put the anger behind us and come together', 'time to unite', 'time to
        move on': a call that includes the speaker (first person plural, or a verb with no
        object), not a demand of anyone."""
        words = self.doc.lower[a:b]
        if any(w in ("we", "us", "our", "ourselves", "let's", "let’s") for w in words):
            return True
        return len(words) < 2 or words[1] in ("on", "forward", "together", "ahead", "up", "out", "in")
