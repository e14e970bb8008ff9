"""A demand taken up by others: 'Merkel seconded Macron's recommendation', 'the call was
quickly seconded by Merkel and Johnson', 'backed calls for X'. The one who takes it up holds
the earlier demand too, with its summary, targets and type. A mixin of `DemandFinder`.
"""
from __future__ import annotations

from ..lexicon import verb_forms
from ..phrases import is_name_token
from ..resolve import Referent
from .base import DemandFinding

# Verbs that take up another's demand as one's own: "Merkel seconded the call", "backed calls for".
ENDORSING = {f for v in ("renew", "repeat", "reiterate", "echo", "join", "second", "back", "endorse", "support")
             for f in verb_forms(v, None)}
# Nouns that point back at a demand made before ("seconded the call", "backed the request").
ENDORSED_NOUNS = {"call", "calls", "demand", "demands", "request", "appeal", "plea", "recommendation",
                  "proposal", "suggestion"}
# Determiners and adjectives between a verb and its demand noun ("sounded a call", "renewed their
# latest call").
CALL_ADJECTIVES = {"new", "latest", "earlier", "recent", "public", "initial", "fresh", "formal", "first"}
CALL_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "renewed"}


class Endorsements:
    def _endorsement(self, k: int, so_far: list[DemandFinding]) -> list[DemandFinding] | None:
        """'Merkel seconded Macron's recommendation', 'the call was quickly seconded by Merkel
        and Johnson', 'Merkel echoed the call': who takes up a demand made just before holds
        it too; the demand is the earlier one, with its summary, targets and type."""
        doc = self.doc
        if doc.lower[k] not in ENDORSED_NOUNS or doc.quote_of[k] >= 0 or not so_far:
            return None
        if k + 1 < len(doc.words) and doc.lower[k + 1] in ("for", "to", "that"):
            return None  # "backed calls for X": what is demanded is named (_light_call)
        lo = self._clause_lo(k)
        holders = self._endorsers(k, lo)
        if not holders:
            return None
        cue = holders[0][2]
        possessor = doc.words[k - 1][:-2] if doc.words[k - 1].endswith(("’s", "'s")) else None
        earlier = self._endorsed(cue, possessor, so_far)
        if earlier is None or self._negated(cue, lo) or self._asked_or_hypothetical(cue, lo):
            return None
        out = []
        for holder, ref, _ in holders:
            if (ref.party or ref.name) == (earlier.referent.party or earlier.referent.name):
                continue
            s, e = doc.starts[min(cue, k)], doc.ends[max(cue, k)]
            out.append(DemandFinding("demand", earlier.summary, (s, e), holder, ref, (cue, cue + 1), None,
                                     [t for t in earlier.targets if t != ref.party], earlier.type,
                                     self._group(holder, ref)))
        return out or None

    def _endorsers(self, k: int, lo: int) -> list[tuple[tuple[int, int], Referent, int]]:
        """Who takes up the demand noun at k, with the endorsing verb's token: the subject of
        'seconded (Macron's) recommendation', or the agents of 'the call was seconded by X and Y'."""
        doc = self.doc
        v = k - 1
        while v > lo and k - v <= 3 and (doc.lower[v] in CALL_DETERMINERS or doc.words[v].endswith(("’s", "'s"))
                                          or doc.lower[v] in CALL_ADJECTIVES or is_name_token(doc.words[v])):
            v -= 1
        if v >= lo and v < k - 1 and doc.lower[v] in ENDORSING and doc.words[v].islower():
            holder, ref = self._holder(v, lo, -1)
            return [(holder, ref, v)] if holder is not None and ref is not None else []
        # the passive: "The call was (quickly) seconded by …"
        t = k + 1
        if t >= len(doc.words) or doc.lower[t] not in ("was", "were") or doc.lower[k - 1] not in ("the", "this", "that"):
            return []
        t += 1
        while t < len(doc.words) and self.np.adverb(t):
            t += 1
        if t + 2 >= len(doc.words) or doc.lower[t] not in ENDORSING or doc.lower[t + 1] != "by":
            return []
        verb, hi = t, doc.sentences[doc.sent_of[k]][1]
        out, a = [], t + 2
        while a < hi:
            np = self.np.np_right(a, hi)
            if np is None:
                break
            ref = self.resolver.resolve(*np)
            if self._is_actor(ref, np[1], np[0]):
                out.append((np, ref, verb))
            if np[1] < hi and doc.lower[np[1]] == "and":
                a = np[1] + 1
                continue
            break
        return out

    def _endorsed(self, c: int, possessor: str | None, so_far: list[DemandFinding]) -> DemandFinding | None:
        """The latest demand of the sentence or the two before; of the possessor, if one is
        named ('Macron's recommendation'), within a paragraph's reach (eight sentences)."""
        s = self.doc.sent_of[c]
        reach = 8 if possessor else 2
        for f in reversed(so_far):
            if s - self.doc.sent_of[f.cue[0]] > reach:
                return None
            if f.stance == "demand" and (possessor is None or possessor in (f.referent.name or "").split()):
                return f
        return None
