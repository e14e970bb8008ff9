"""What each party demands and rejects.

A demand is a cue (demand, insist on, seek, call for, urge, want, …) or a
rejection cue (reject, refuse, resist, resistant to, will not agree to, …), its
holder (the subject, resolved like a speaker), and its object, cut down to a
short summary. Inside a quote, "we"/"I" are the speaker. Coordinated objects
("a cessation of hostilities and the lifting of the blockade") become one item
each, and a focus ("…, particularly those related to X and Y") keeps X and Y.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import Attribution
from .lexicon import Lexicon
from .mentions import MentionFinder
from .phrases import DETERMINERS, Phrases
from .quotes import QuoteSpan
from .resolve import Referent, Resolver
from .tokens import Doc

_NOUN_MODIFIERS = {"new", "fresh", "repeated", "more", "further", "public", "loud", "many", "several",
                   "widespread", "similar", "previous", "earlier", "recent", "such"}
_OBLIGATION = {"should", "must", "need", "needs", "needed", "have", "has", "had", "won't", "wouldn't",
               "will", "would", "cannot", "can't", "ought", "required", "be"}
_NEGATIONS = {"not", "n't", "never", "no", "cannot"}
_CLAUSE_BREAK = {".", ";", "?", "!", "—", "(", ")", ":"}
_CLAUSE_WORDS = {"while", "whereas", "but", "although", "though", "because", "so", "which", "who",
                 "saying", "adding", "according", "as", "after", "before", "when", "if", "unless"}
_FOCUS = re.compile(r",?\s*\b(?:particularly|especially|notably|including|in particular|such as|chiefly|mainly)\b\s*",
                    re.I)
_ABOUT = re.compile(r"^(?:those|ones|the ones|that|the terms|terms)\s+(?:related to|relating to|concerning|"
                    r"regarding|involving|on|about|over|for|of)\s+", re.I)
_SPLIT = re.compile(r",?\s+and\s+(?=(?:the|a|an|its|their|his|her|an end|any|all)\b)|,\s+(?=(?:the|a|an)\s)")
_HEAD = re.compile(r"^(.*?\b(?:for|of|to|on|over)\s+)(?=(?:the|a|an|any|all|its|their)\b)")
_MAX_SUMMARY_WORDS = 16


@dataclass(slots=True)
class DemandFinding:
    stance: str  # demand | reject
    summary: str
    span: tuple[int, int]  # characters: cue start .. object end
    holder: tuple[int, int]  # tokens
    referent: Referent
    cue: tuple[int, int]  # tokens
    quote: QuoteSpan | None = None


class DemandFinder:
    def __init__(self, doc: Doc, finder: MentionFinder, resolver: Resolver,
                 attributions: list[Attribution], lx: Lexicon) -> None:
        self.doc = doc
        self.finder = finder
        self.resolver = resolver
        self.lx = lx
        self.np = Phrases(doc, lx, {m.tok_end - 1 for m in finder.mentions})
        self.by_quote = {id(a.quote): a for a in attributions}
        cues: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for words, _ in lx.demand_cues:
            cues.setdefault(words[0], []).append((words, "demand"))
        for words, _ in lx.reject_cues:
            cues.setdefault(words[0], []).append((words, "reject"))
        for v in cues.values():
            v.sort(key=lambda x: -len(x[0]))
        self.cues = cues
        # "make X conditional on Y": the verb and the rest of the cue may stand apart.
        self.gapped = {words[0] for words, _ in lx.demand_cues if words[1:2] == ("conditional",)}

    def _match(self, k: int) -> tuple[int, str] | None:
        options = self.cues.get(self.doc.lower[k])
        if not options:
            return None
        lower = self.doc.lower
        for words, stance in options:
            n = len(words)
            if tuple(lower[k:k + n]) == words:
                return k + n, stance
        return None

    def find(self) -> list[DemandFinding]:
        doc = self.doc
        out: list[DemandFinding] = []
        n = len(doc.words)
        k = 0
        while k < n:
            if doc.lower[k] in self.gapped and self._conditional(k) is not None:
                finding = self._conditional_finding(k, out)
                if finding:
                    out.extend(finding)
                k += 1
                continue
            m = self._match(k)
            if m is None or not doc.words[k].islower():
                k += 1
                continue
            end, stance = m
            if doc.lower[k].startswith("insist") and end - k == 1 and not self._insists_on_action(end):
                k = end
                continue
            finding = self._finding(k, end, stance, out)
            if finding is not None:
                out.extend(finding)
            k = end
        return out

    def _conditional(self, k: int) -> int | None:
        """'made any talks conditional on …': the token after 'on', when k is a form of make."""
        doc = self.doc
        for t in range(k + 1, min(k + 10, len(doc.words) - 2)):
            if doc.lower[t] == "conditional" and doc.lower[t + 1] in ("on", "upon"):
                return t + 2
            if doc.words[t] in (".", ";", ",", "“", "”", '"'):
                return None
        return None

    def _conditional_finding(self, k: int, so_far: list[DemandFinding]) -> list[DemandFinding] | None:
        after_on = self._conditional(k)
        assert after_on is not None
        return self._finding(k, after_on, "demand", so_far, cue_end=after_on)

    def _insists_on_action(self, k: int) -> bool:
        """'insisted they won't consider a nominee' is a stance; 'insists it does not know' is a claim."""
        doc = self.doc
        for t in range(k, min(k + 8, len(doc.words))):
            if doc.lower[t] in _OBLIGATION:
                return True
            if doc.words[t] in (".", ";", "“", "”", '"'):
                return False
        return False

    # -- pieces ----------------------------------------------------------
    def _sentence_lo(self, k: int) -> int:
        return self.doc.sentences[self.doc.sent_of[k]][0]

    def _finding(self, c: int, ce: int, stance: str, so_far: list[DemandFinding],
                 cue_end: int | None = None) -> list[DemandFinding] | None:
        doc = self.doc
        prev = doc.lower[c - 1] if c else ""
        if prev in DETERMINERS or prev == "of" or prev == "’s" or doc.words[c - 1:c] == ["-"]:
            return None  # "the demand for", "accused X of seeking"
        if doc.lower[c] in ("calls", "demands", "requests", "appeals") and c and doc.words[c - 1].islower() \
                and (prev.endswith(("ed", "ing")) or prev in _NOUN_MODIFIERS) and not self.np.adverb(c - 1):
            return None  # "dismissed calls for his resignation", "growing calls for": a noun
        qi = doc.quote_of[c]
        lo = self._sentence_lo(c)
        if qi >= 0:
            lo = max(lo, doc.token_at(doc.quotes[qi].start))
        neg = any(doc.lower[j] in _NEGATIONS for j in range(max(lo, c - 3), c))
        if neg and stance == "reject" and ce - c == 1:
            return None  # "did not rule out"
        if neg and stance == "demand":
            stance = "reject"
        holder, ref = self._holder(c, lo, qi)
        if holder is None or ref is None:
            return None
        obj = self._object(ce, qi)
        if obj is None:
            return None
        oa, ob = obj
        summary_text = doc.text[doc.starts[oa]:doc.ends[ob - 1]]
        summary_text = self._antecedent(holder, summary_text, so_far) or summary_text
        items = split_items(summary_text)
        span = (doc.starts[c], doc.ends[ob - 1])
        quote = doc.quotes[qi] if qi >= 0 else None
        cue = (c, c + 1) if cue_end is not None else (c, ce)  # "made … conditional on": the verb
        return [DemandFinding(stance, s, span, holder, ref, cue, quote) for s in items]

    def _holder(self, c: int, lo: int, qi: int) -> tuple[tuple[int, int] | None, Referent | None]:
        doc = self.doc
        np = self.np.subject_left(c, lo)
        if np is None:
            np = self._clause_subject(c, lo)
        if np is None:
            return None, None
        i, j = np
        lw = doc.lower[i] if j - i == 1 else ""
        if qi >= 0:
            att = self.by_quote.get(id(doc.quotes[qi]))
            if lw in ("we", "i", "us"):
                if att is None or att.referent is None:
                    return None, None
                return np, att.referent
            # A third party's wish reported inside someone's quote is their claim, not a stance.
            return None, None
        if lw in ("who", "which", "who’s", "who's", "that"):
            return self._relative_holder(i)
        ref = self.resolver.resolve(i, j)
        if ref.kind == "outlet" or (ref.kind == "pronoun" and lw in ("it", "you")):
            return None, None
        return np, ref

    def _relative_holder(self, i: int) -> tuple[tuple[int, int] | None, Referent | None]:
        """'senators who wanted …', 'Sen. Lindsey Graham, who's called for …': the antecedent."""
        doc = self.doc
        k = i - 1
        if k >= 0 and doc.words[k] == ",":
            k -= 1
        lo = doc.sentences[doc.sent_of[i]][0]
        np = self.np.np_ending(k, lo) if k >= lo else None
        if np is None:
            return None, None
        ref = self.resolver.resolve(*np)
        if ref.kind in ("outlet", "pronoun"):
            return None, None
        return (i, i + 1), ref  # the mention is the relative pronoun; its referent the antecedent

    def _clause_subject(self, c: int, lo: int) -> tuple[int, int] | None:
        """'X has been …, traveling to Israel to meet leaders and push for …': the clause's subject."""
        np = self.np.clause_subject(c, lo)
        if np is not None and self.doc.quote_of[np[0]] < 0:
            return np
        return None

    def _object(self, ce: int, qi: int) -> tuple[int, int] | None:
        doc = self.doc
        n = len(doc.words)
        a = ce
        if a < n and doc.lower[a] == "that":
            a += 1
        b = a
        block = doc.block_of[ce - 1]
        while b < n and b - a < 40 and doc.block_of[b] == block:
            w, lw = doc.words[b], doc.lower[b]
            if w in _CLAUSE_BREAK:
                break
            if qi >= 0 and (doc.quote_of[b] != qi or w in ("“", "”", '"')):
                break  # a demand inside a quote ends with the quote
            if qi < 0 and w in ("“", "”", '"') and b == a:
                a += 1  # called for "boots on the ground": the object is the quoted words
            if w == "," and b + 1 < n and (doc.lower[b + 1] in _CLAUSE_WORDS or doc.lower[b + 1] in ("and", "a", "an")):
                break
            if w == "," and self._attribution_follows(b + 1):
                break  # "…, the Kremlin said."
            if lw in ("while", "whereas") and b > a:
                break
            b += 1
        while b > a and doc.words[b - 1] in (",", "-", "–"):
            b -= 1
        if b - a < 1:
            return None
        return a, b

    def _attribution_follows(self, k: int) -> bool:
        doc = self.doc
        for t in range(k, min(k + 7, len(doc.words))):
            if doc.lower[t] in self.lx.speech_verbs and doc.words[t].islower():
                return t + 1 >= len(doc.words) or doc.words[t + 1] in (".", ",", ";") or \
                    doc.block_of[t + 1] != doc.block_of[t]
            if doc.words[t] in (".", ";", ","):
                return False
        return False

    def _antecedent(self, holder: tuple[int, int], summary: str, so_far: list[DemandFinding]) -> str | None:
        """'…, a condition that Israel has refused to meet': the object is what came before."""
        doc = self.doc
        i = holder[0]
        if i < 3 or doc.lower[i - 1] not in ("that", "which"):
            return None
        if len(summary.split()) > 3:
            return None
        k = i - 2
        while k > 0 and doc.words[k] not in (",", "."):
            k -= 1
        if doc.words[k] != ",":
            return None
        same_sentence = [f for f in so_far if doc.sent_of[f.cue[0]] == doc.sent_of[i]]
        if same_sentence:
            return same_sentence[-1].summary if len(same_sentence) == 1 else \
                " and ".join(f.summary for f in same_sentence)
        return doc.text[doc.starts[k + 1]:doc.ends[i - 2]]


def split_items(summary: str) -> list[str]:
    """Cut a demand's object into short items: focus, then coordination."""
    text = summary.strip().rstrip(",.")
    focus = _FOCUS.search(text)
    if focus and focus.end() < len(text):
        text = text[focus.end():]
        text = _ABOUT.sub("", text)
    if re.search(r"\b(?:both|between|that|which|who|whether)\b", text):
        parts = [text]  # "a resolution that addresses both X and Y" is one item
    else:
        parts = [p.strip(" ,") for p in _SPLIT.split(text) if p.strip(" ,")]
    if len(parts) > 1:
        head = _HEAD.match(parts[0])
        if head and len(head.group(1).split()) <= 3:
            parts = [parts[0]] + [p if p.startswith(head.group(1)) else head.group(1) + p for p in parts[1:]]
    return [_shorten(p) for p in parts if p]


_TRAILING_TIME = re.compile(r"\s+(?:on|last|this|next|early|late|earlier|later)\s+(?:Monday|Tuesday|Wednesday|"
                            r"Thursday|Friday|Saturday|Sunday|week|month|year|weekend|morning|night)\b.*$")


def _shorten(s: str) -> str:
    s = _TRAILING_TIME.sub("", s)
    words = s.split()
    if len(words) <= _MAX_SUMMARY_WORDS:
        return s
    cut = " ".join(words[:_MAX_SUMMARY_WORDS])
    comma = cut.rfind(",")
    if comma > len(cut) // 2:
        cut = cut[:comma]
    return cut + " …"


def find_demands(doc: Doc, finder: MentionFinder, resolver: Resolver,
                 attributions: list[Attribution], lx: Lexicon) -> list[DemandFinding]:
    return DemandFinder(doc, finder, resolver, attributions, lx).find()
