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

One module per rule family, each a mixin of `Attributor`: `cues` (what is a speech cue),
`tags` (1-3), `subjects` (a cue's subject), `transcripts` (0 and the asides), `carry`
(4-6), `kinds` (direct, partial, continuation; titles of works). `base` holds the state
they share.
"""
from __future__ import annotations

from ..lexicon import Lexicon
from ..mentions import MentionFinder
from ..phrases import Phrases
from ..resolve import Referent, Resolver
from .base import Attribution
from ..tokens import Doc
from .carry import CarryRules
from .cues import CueRules, cue_words
from .kinds import QuoteKinds
from .subjects import SubjectRules
from .tags import TagRules
from .transcripts import TranscriptRules
__all__ = ["Attribution", "Attributor"]


class Attributor(TagRules, SubjectRules, CueRules, TranscriptRules, CarryRules, QuoteKinds):
    """Finds the speaker and cue of every quote; each rule family is a mixin of its own module."""

    def __init__(self, doc: Doc, finder: MentionFinder, resolver: Resolver, lx: Lexicon) -> None:
        self.doc = doc
        self.finder = finder
        self.resolver = resolver
        self.lx = lx
        self.np = np = Phrases(doc, lx, finder.heads())
        self.cue_words = cue_words(lx)
        # The resolver's two hooks close over the phrases, not over self: a hook that held the
        # Attributor would make a reference cycle of the whole analysis (doc, mentions, …),
        # freed by the cyclic collector's walk of it all instead of as the analysis returns.
        resolver.antecedent = lambda k: np.np_ending(k, doc.sentences[doc.sent_of[k]][0])
        subjects: dict[int, tuple[int, int] | None] = {}  # each sentence's subject, found once

        def sentence_subject(s: int) -> tuple[int, int] | None:
            if s not in subjects:
                subjects[s] = np.clause_subject(doc.sentences[s][1] - 1, doc.sentences[s][0])
            return subjects[s]

        resolver.sentence_subject = sentence_subject
        # token index of each quote's opening and closing mark
        self.open_tok = [doc.token_at(q.open_at) for q in doc.quotes]
        self.close_tok = [doc.token_at(q.close_at) if q.close_at >= 0 else -1 for q in doc.quotes]
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
            if self._writers_term(self.open_tok[qi]):
                att.rule = "term"  # 'a website called “…”', 'what had been called the “Golden Week”'
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
            if att.speaker and self._named_by_speaker(self.open_tok[qi], att.speaker):
                att.speaker, att.cue, att.rule = None, None, "term"
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
