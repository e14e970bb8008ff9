"""Demands stated otherwise than by a cue verb with its subject: by a noun ("Pence's call
for a special prosecutor", "Protesters' demands include …", "sounded a call for"), by a
modal in reported or quoted speech ("X said the president should accept …"), by "at the
behest of X", and by "despite the resistance of X" (a rejection of the demand just made).
A mixin of `DemandFinder`: it uses the finder's holder, object and summary rules.
"""
from __future__ import annotations

from collections import Counter

from ..lexicon import verb_forms, word_set
from ..phrases import NEGATIVE_CONTRACTIONS
from ..resolve import Referent
from .base import DemandFinding
from .endorsements import CALL_ADJECTIVES, CALL_DETERMINERS, ENDORSING
from .summaries import CANNOT_END

_RESISTANCE = {"resistance", "opposition", "objections", "objection", "refusal", "rejection", "protests"}
_LIGHT_VERBS = {f for v, past in (("sound", None), ("issue", None), ("make", "made"), ("voice", None),
                                   ("lead", "led")) for f in verb_forms(v, past)} | ENDORSING
_FINITE = {"is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "drew", "came", "won",
           "got", "went", "met", "made", "led", "remains", "remained", "seems", "seemed"}


_NEGATED_MODAL = {("would", "not"), ("will", "not"), ("would", "never"), ("will", "never"), ("wouldn't",), ("won't",),
                  ("cannot",), ("can't",)}
_DO_NOT = {"do", "does", "did"}


_PROTESTERS = word_set("protester_nouns")  # lexicon/protester_nouns.txt

# The words each form can start at (its first test; DemandFinder tries a form at no other word).
CONDITION_WORDS = frozenset({"until", "unless", "if"})
PROTEST_WORDS = frozenset({"protests", "protest"})  # and the lexicon's demand nouns (_nominal)
ULTIMATUM_WORDS = frozenset({"gave", "given", "give", "gives", "giving"})
MODAL_WORDS = frozenset({"should", "must", "need", "needs", "ought"})
DESPITE_WORDS = frozenset({"despite", "amid", "over"})
BEHEST_WORDS = frozenset({"at", "on"})






class OtherForms:
    def _condition(self, k: int) -> list[DemandFinding] | None:
        """A condition set by a party: 'Israel would not agree until the hostages are freed',
        'would vote for it only if the people could vote', 'would respond within 48 hours if
        the broadcasts do not stop' (a threat: the broadcasts are to stop)."""
        doc = self.doc
        w = doc.lower[k]
        if w not in CONDITION_WORDS or k + 2 >= len(doc.words):
            return None
        lo = self._clause_lo(k)
        modal = self._threat_modal(k, lo, negated=w in ("until", "unless"))
        if modal is None:
            return None
        a = k + 1
        if w == "if":
            only = "only" in doc.lower[modal:k]
            neg = next((t for t in range(a, min(a + 8, len(doc.words) - 1))
                        if doc.lower[t] in _DO_NOT and doc.lower[t + 1] in ("not", "n't")), None)
            if not only and neg is None:
                return None  # "would respond if attacked": no demand stated
        qi = doc.quote_of[k]
        holder, ref = self._holder(modal, lo, qi)
        if holder is None or ref is None:
            return None
        span = self._extent(a, qi)
        if span is None:
            return None
        found = self._findings("demand", holder, ref, (k, k + 1), span, None, qi, [])
        if found and w == "if":
            for f in found:  # "the broadcasts do not stop": that they stop
                f.summary = " ".join(x for x in f.summary.split() if x.lower() not in ("do", "does", "did", "not", "n't"))
        return found

    def _threat_modal(self, k: int, lo: int, negated: bool) -> int | None:
        """The modal of the clause before k: 'would (not)', 'will (not)', 'won't'."""
        doc = self.doc
        for t in range(k - 1, max(lo, k - 14) - 1, -1):
            w = doc.lower[t]
            if w in (";", ".") or doc.words[t] in ("“", "”", '"'):
                return None
            pair = (w, doc.lower[t + 1]) if t + 1 < k else (w,)
            if negated and (pair in _NEGATED_MODAL or (w,) in _NEGATED_MODAL):
                return t
            if not negated and w in ("would", "will", "'ll", "’ll"):
                return t
        return None

    def _nominal(self, k: int) -> list[DemandFinding] | None:
        """'Pence's call for a special prosecutor', "Protesters' demands include …", 'Hamas's
        refusal to meet' (a named possessor only): the possessor holds the demand."""
        doc, lx = self.doc, self.lx
        if doc.lower[k] in PROTEST_WORDS and k + 2 < len(doc.words) and doc.lower[k + 1] == "against":
            return self._protest(k)
        stance = lx.demand_nouns.get(doc.lower[k])
        if stance is None or k == 0 or k + 2 >= len(doc.words):
            return None
        v = self._light_verb_before(k)
        if v is not None:
            return self._light_call(k, v, stance)
        prev = doc.words[k - 1]
        p = k - 1  # the possessor's last token
        if k >= 2 and prev.islower() and prev.isalpha() and (prev.endswith("ed") or prev in CALL_ADJECTIVES) \
                and doc.words[k - 2].endswith(("’s", "'s")) and doc.lower[k + 1] in ("for", "to"):
            p, prev = k - 2, doc.words[k - 2]  # "Trump’s repeated calls to ban …"
        if prev in ("’", "'") and k >= 2 and doc.lower[k - 2].endswith("s"):
            p, prev = k - 2, doc.words[k - 2]  # "Protesters’ demands"
        elif not prev.endswith(("’s", "'s", "s’", "s'")) or not prev[:1].isupper():
            return None  # a named possessor: "his request for …" leaves too much to the pronoun
        nxt = doc.lower[k + 1]
        if nxt not in ("for", "to", "that", "include", "included", "includes", ":") and \
                not (nxt in ("are", "were") and doc.lower[k] == "demands"):
            return None
        lo = self._clause_lo(k)
        qi = doc.quote_of[k]
        if qi >= 0 or self._asked_or_hypothetical(k, lo):
            return None
        i = p
        if prev[:1].isupper():
            np = self.np.np_ending(p, lo)
            i = np[0] if np is not None else p
        ref = self.resolver.resolve(i, p + 1)
        if not self._is_actor(ref, p + 1, i) or ref.kind == "pronoun":
            return None
        a = k + 2
        if nxt == "to" and (doc.lower[a] in lx.demand_not_objects or not doc.words[a].islower()):
            return None
        span = self._extent(a, qi)
        if span is None:
            return None
        if nxt in ("for", "to", "that"):
            span = (span[0], self._noun_phrase_end(*span))  # "Pence's call for X | drew praise"
        return self._findings(stance, (i, p + 1), ref, (k, k + 2 if nxt in ("for", "to", "that") else k + 1),
                              span, None, qi, [])

    def _ultimatum(self, k: int) -> list[DemandFinding] | None:
        """'Student groups had given the government until Thursday to throw it out', 'gave
        Iran 48 hours to leave': a deadline set for someone is a demand of them."""
        doc = self.doc
        if doc.lower[k] not in ULTIMATUM_WORDS or not doc.words[k].islower():
            return None
        n = len(doc.words)
        until = next((t for t in range(k + 2, min(k + 8, n)) if doc.lower[t] == "until"
                      or doc.lower[t] in ("hours", "days", "weeks", "months") and doc.words[t - 1][:1].isdigit()), None)
        if until is None:
            return None
        end = doc.sentences[doc.sent_of[k]][1]
        to = next((t for t in range(until + 1, min(until + 6, end)) if doc.lower[t] == "to"), None)
        first_number = until if doc.lower[until] == "until" else until - 1
        if to is None or to + 1 >= end or not doc.words[to + 1].islower() or first_number <= k + 1:
            return None
        lo = self._clause_lo(k)
        qi = doc.quote_of[k]
        if self._negated(k, lo) or self._asked_or_hypothetical(k, lo):
            return None
        holder, ref = self._holder(k, lo, qi)
        if holder is None or ref is None:
            return None
        span = self._extent(to + 1, qi)
        if span is None:
            return None
        target = (k + 1, first_number)
        return self._findings("demand", holder, ref, (k, k + 1), span, target if self.targets.named(*target) else None,
                              qi, [])

    def _protest(self, k: int) -> list[DemandFinding] | None:
        """'weeks of protests against a proposed change to the extradition law': in a story
        whose protesters are a party, the protests are theirs, and what they protest against
        they reject."""
        doc = self.doc
        if k > 0 and (doc.words[k - 1].endswith(("’s", "'s", "’", "'")) or doc.lower[k - 1] in ("to", "will", "would")):
            return None  # "the union's protests against": the possessor's (the verb path); "to protest against"
        qi = doc.quote_of[k]
        if qi >= 0:
            return None
        noun = self._protesters()
        if noun is None:
            return None  # no crowd the story follows
        group = self.finder.group_party(noun)
        span = self._extent(k + 2, qi)
        if span is None:
            return None
        span = (span[0], self._noun_phrase_end(*span))
        return self._findings("reject", (k, k + 1), Referent(group, group, "group"), (k, k + 2), span, None, qi, [])

    def _protesters(self) -> str | None:
        """The protesters' noun the article names most, if at least twice (counted once)."""
        if self._protest_noun is None:
            counts = Counter(self.doc.lower[k] for k in self.doc.tokens_of(_PROTESTERS))
            top = counts.most_common(1)
            self._protest_noun = (top[0][0] if top and top[0][1] >= 2 else None,)
        return self._protest_noun[0]

    def _light_verb(self, k: int) -> bool:
        """'sounded', 'issued', 'renewed' … a call: the verb only carries the noun."""
        return self.doc.words[k].islower() and self.doc.lower[k] in _LIGHT_VERBS

    def _light_verb_before(self, k: int) -> int | None:
        """The light verb before a demand noun: 'sounded a call', 'issued a new call', 'made an
        unprompted call' (a determiner, at most one adjective)."""
        doc = self.doc
        t = k - 1
        if t >= 1 and doc.lower[t] not in CALL_DETERMINERS and doc.words[t].isalpha() and doc.words[t].islower() \
                and doc.lower[t - 1] in CALL_DETERMINERS:
            t -= 1  # "an unprompted call", "a new call"
        if t >= 1 and doc.lower[t] in CALL_DETERMINERS and self._light_verb(t - 1):
            return t - 1
        if t >= 2 and doc.lower[t] in ("a", "an") and doc.lower[t - 1] == "with" and doc.words[t - 2].isalpha() \
                and doc.words[t - 2].islower() and doc.lower[k + 1] == "for":
            return t - 2  # "opened with a call for …": the verb's subject
        if doc.lower[k].endswith("s") and doc.lower[k + 1] == "for" and doc.lower[k - 1] in ENDORSING \
                and doc.words[k - 1].islower():
            return k - 1  # "renewed calls for", "joined demands for": a plural needs no determiner
        return None

    def _light_call(self, k: int, v: int, stance: str) -> list[DemandFinding] | None:
        """'Obama sounded a call for the United States to accept more refugees': the
        subject of the light verb (at v) holds the demand."""
        doc = self.doc
        nxt = doc.lower[k + 1]
        if nxt not in ("for", "to", "that"):
            return None
        lo = self._clause_lo(v)
        if doc.quote_of[k] >= 0 or self._asked_or_hypothetical(k, lo) or self._negated(v, lo):
            return None
        holder, ref = self._holder(v, lo, -1)
        if holder is None or ref is None:
            return None
        aimed = self._addressee(k + 2, -1) if nxt == "for" else None
        if aimed is not None and self.targets.named(*aimed[1]):
            return self._findings(stance, holder, ref, (k, k + 2), aimed[0], aimed[1], -1, [])
        span = self._extent(k + 2, -1)
        if span is None:
            return None
        return self._findings(stance, holder, ref, (k, k + 2), (span[0], self._noun_phrase_end(*span)), None, -1, [])

    def _noun_phrase_end(self, a: int, b: int) -> int:
        """Where the noun phrase a..b gives way to the sentence's verb: "Pence's call for a
        special prosecutor | drew praise"."""
        doc = self.doc
        for t in range(a + 1, b):
            w = doc.lower[t]
            if doc.lower[t - 1] in ("who", "which", "that"):
                continue
            if doc.words[t].islower() and (w in _FINITE or len(w) > 4 and w.endswith("ed")
                                           and doc.lower[t - 1] not in CANNOT_END):
                return t
        return b

    def _modal(self, k: int) -> list[DemandFinding] | None:
        """'Schwarzman said the president should accept the outcome', '“Parliament must be
        recalled,” Sturgeon said': an obligation put on someone, in reported or quoted
        speech, is the speaker's demand of them."""
        doc = self.doc
        n = len(doc.words)
        w = doc.lower[k]
        if w in ("should", "must"):
            v = k + 1
        elif w in ("need", "needs", "ought") and k + 1 < n and doc.lower[k + 1] == "to":
            v = k + 2
        else:
            return None
        if v < n and doc.lower[v] == "not":
            v += 1
        if v + 1 >= n or not self._deontic(v):
            return None
        lo = self._clause_lo(k)
        subject = self.np.np_ending(k - 1, lo) or self._bare_np(k - 1, lo)
        if subject is None or doc.lower[subject[0]] in ("i", "we", "it", "this", "that", "there"):
            return None  # "we must go on": one's own conduct; "it must be said"
        if self._asked_or_hypothetical(k, lo) or self._denied(subject[0], lo):
            return None
        qi = doc.quote_of[k]
        speaker = self._speaker_of(subject, lo, qi)
        if speaker is None:
            return None
        holder, ref = speaker
        span = self._extent(subject[0], qi)
        if span is None or span[1] <= v:
            return None
        named = self.targets.named(*subject) if doc.lower[subject[0]] not in ("he", "she", "they") else []
        return self._findings("demand", holder, ref, (k, k + 1), span, subject if named else None, qi, [])

    def _denied(self, i: int, lo: int) -> bool:
        """The clause starting at token i is what someone does not say or believe: 'I do not
        believe that she should go to jail', 'Sanders didn’t come out and say Obama should be
        replaced'."""
        doc = self.doc
        t = i - 1
        if t >= lo and doc.lower[t] == "that":
            t -= 1
        if t < lo or not doc.words[t].islower() or not self.lx.speech_verbs.get(doc.lower[t]):
            return False
        return self._negated(t, lo) or any(doc.lower[u].endswith(NEGATIVE_CONTRACTIONS)
                                           for u in range(max(lo, t - 5), t))

    def _reported_requirement(self, c: int, lo: int, qi: int
                              ) -> tuple[tuple[int, int] | None, Referent | None]:
        """'UNESCO said that this change would require its approval': what a change
        requires, said by a party, is that party's demand."""
        doc = self.doc
        k = c - 1
        while k > lo and doc.lower[k] in ("would", "will", "also", "still", "not"):
            k -= 1
        subject = self.np.np_ending(k, lo) or self._bare_np(k, lo)
        if subject is None or k == c - 1:
            return None, None  # "would" or "will": a requirement said of what is to come
        found = self._speaker_of(subject, lo, qi)
        return found if found is not None else (None, None)

    def _deontic(self, v: int) -> bool:
        """'must accept', 'must be recalled', not 'must have known' or 'should be fine'."""
        doc = self.doc
        w, nxt = doc.lower[v], doc.lower[v + 1]
        if not doc.words[v].isalpha() or not doc.words[v].islower() or w in ("have", "also", "probably"):
            return False
        if w == "be":
            return nxt.endswith(("ed", "en")) or nxt in ("held", "made", "put", "brought", "kept", "given", "told")
        return True

    def _speaker_of(self, subject: tuple[int, int], lo: int, qi: int
                    ) -> tuple[tuple[int, int], Referent] | None:
        """Who says the clause starting at the subject: the quote's speaker, or the subject
        of a speech verb just before it ('X said (that) …')."""
        doc = self.doc
        if qi >= 0:
            att = self.by_quote.get(id(doc.quotes[qi]))
            if att is None or att.referent is None or att.speaker is None or not self._is_actor(att.referent, att.speaker[1]):
                return None
            return att.speaker, att.referent
        t = subject[0] - 1
        if t >= lo and doc.lower[t] == "that":
            t -= 1
        while t > lo and doc.lower[t].endswith("ly") and doc.words[t].islower() and doc.words[t].isalpha():
            t -= 1  # "has said publicly (that) the Amazon should be opened"
        if t < lo or not doc.words[t].islower() or not self.lx.speech_verbs.get(doc.lower[t]):
            return None
        holder, ref = self._holder(t, self._clause_lo(t), -1)
        if holder is None or ref is None:
            return None
        return holder, ref

    def _despite(self, k: int, so_far: list[DemandFinding]) -> list[DemandFinding] | None:
        """'… asking religious schools to pay taxes, despite the resistance of the Catholic
        Church': the party resisting rejects the demand just made."""
        doc = self.doc
        if doc.lower[k] not in DESPITE_WORDS or k + 4 >= len(doc.words) or not so_far:
            return None
        if doc.lower[k + 1] != "the" or doc.lower[k + 2] not in _RESISTANCE or doc.lower[k + 3] != "of":
            return None
        last = so_far[-1]
        if doc.sent_of[last.cue[0]] != doc.sent_of[k] or last.stance != "demand":
            return None
        np = self.np.np_right(k + 4, min(k + 12, len(doc.words)))
        if np is None:
            return None
        ref = self.resolver.resolve(*np)
        if not self._is_actor(ref, np[1], np[0]) or ref.kind == "pronoun" or \
                (ref.party or ref.name) == (last.referent.party or last.referent.name):
            return None
        own = [last.referent.party] if last.referent.party else []
        span = (doc.starts[k + 1], doc.ends[np[1] - 1])
        return [DemandFinding("reject", last.summary, span, np, ref, (k + 2, k + 3), None, own, last.type,
                              self._group(np, ref))]

    def _behest(self, k: int) -> list[DemandFinding] | None:
        """'Queen Elizabeth II suspended parliament at the behest of Boris Johnson': Johnson
        asked for what the clause before says was done."""
        doc = self.doc
        if doc.lower[k] not in BEHEST_WORDS:
            return None
        for words in self.lx.demand_behest:
            n = len(words)
            if tuple(doc.lower[k:k + n]) != words:
                continue
            lo = self._clause_lo(k)
            np = self.np.np_right(k + n, min(k + n + 8, len(doc.words)))
            if np is None:
                return None
            ref = self.resolver.resolve(*np)
            if not self._is_actor(ref, np[1], np[0]) or ref.kind == "pronoun":
                return None
            a = k - 1
            while a > lo and doc.words[a - 1] not in (",", ";", ":", "—", "“", "”", '"'):
                a -= 1
            # "… for a ruling on the prorogation of the UK parliament at the request of X": the
            # phrase after "on" (an "of" only joins it to its noun, unless no other comes first)
            starts = [t for t in range(k - 2, max(a, k - 14), -1)
                      if doc.lower[t] in ("the", "a", "an") and doc.lower[t - 1] in ("on", "of", "for", "about")]
            a = next((t for t in starts if doc.lower[t - 1] != "of"), starts[0] if starts else a)
            if k - a < 2:
                return None
            return self._findings("demand", np, ref, (k, k + n), (a, k), None, doc.quote_of[k], [])
        return None
