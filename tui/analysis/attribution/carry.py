"""Quotes without a tag of their own: a continuation keeps the previous speaker; a
paragraph's lead-in or the sentence's subject speaks; a partial quote shares its
sentence's tag."""
from __future__ import annotations

from ..mentions import PERSON
from ..phrases import SUBJECT_PRONOUNS
from .base import Attribution, RuleBase
from .cues import BE_FORMS

_TAG_RULES = ("after", "before", "sentence tag")
# participles that name what they follow: 'a website called “…”', 'what is known as “…”'
_NAMING_PARTICIPLES = {"called", "named", "known", "labeled", "labelled", "termed", "titled", "branded",
                       "described", "rated", "classified", "criticized", "criticised", "derided", "billed",
                       "touted", "hailed", "characterized", "characterised", "portrayed", "seen", "viewed",
                       "regarded"}
_RELATIVES = {"which", "whom", "who", "what", "that"}
_PASSIVE_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "’s", "'s",
                        "today", "now", "often", "sometimes", "once"}


class CarryRules(RuleBase):
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
            if doc.lower[c] not in self.cue_words or doc.quote_of[c] >= 0 or not self._is_cue(c) \
                    or doc.lower[c].endswith("ing"):
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
        own = range(*prev.speaker) if prev.speaker else range(0)  # "said Clinton’s top aide Jake Sullivan"
        speakers = [m for m in self.resolver.mentions_in(a, b) if m.kind == PERSON and not m.in_quote
                    and m.tok not in own]
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
        if o >= 1 and doc.lower[o - 1] in ("so-called", "dubbed", "nicknamed"):
            return None  # "so-called “independent expenditure”": a term the writer quotes, no one's words
        if self._done_to_subject(np[1], o):
            return None  # "Oz has been called a charlatan by fellow physicians for promoting “quack” cures"
        return np, None

    def _naming_participle(self, o: int) -> int:
        """The naming participle the quote at o follows ('called “…”', 'described as a “…”'),
        or -1."""
        doc = self.doc
        k = o - 1
        if k >= 0 and doc.lower[k] in ("a", "an", "the"):
            k -= 1
        if k >= 0 and doc.lower[k] == "as":
            k -= 1
        return k if k >= 1 and doc.lower[k] in _NAMING_PARTICIPLES else -1

    def _writers_term(self, o: int) -> bool:
        """'what had been called the “Golden Week”', 'what is called a “debate”': the writer
        quotes a label that no one in the sentence gives."""
        doc = self.doc
        k = self._naming_participle(o) - 1
        if k < 1:
            return False
        while k > 0 and (doc.lower[k] in _PASSIVE_AUXILIARIES
                         or doc.lower[k].endswith("ly") and doc.words[k].islower()):
            k -= 1  # 'what’s today typically called', 'what has been described as'
        return doc.lower[k] == "what" and doc.lower[k + 1] in _PASSIVE_AUXILIARIES

    def _named_by_speaker(self, o: int, speaker: tuple[int, int]) -> bool:
        """'a website called “…”', 'an inflation formula called the “chained CPI”': the speaker
        found is the very thing the quote names, not the subject of a relative clause ('which he
        called “a cartel”', 'whom one Obama insider described as “his brother”')."""
        doc = self.doc
        p = self._naming_participle(o)
        return p > 0 and speaker[1] == p and doc.words[p - 1].islower() \
            and doc.lower[p - 1] not in SUBJECT_PRONOUNS and doc.lower[speaker[0] - 1] not in _RELATIVES

    def _done_to_subject(self, a: int, o: int) -> bool:
        """Between the subject (ending at a) and the quote at o, a passive verb with its agent
        ('has been called … by fellow physicians'): the words are not the subject's."""
        doc = self.doc
        for t in range(a, o - 1):
            if doc.lower[t] in BE_FORMS and doc.words[t + 1].islower() \
                    and (doc.lower[t + 1].endswith("ed") or doc.lower[t + 1] in self.lx.irregular_past):
                return any(doc.lower[k] == "by" for k in range(t + 2, o))
        return False

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
