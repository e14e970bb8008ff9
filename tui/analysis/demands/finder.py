"""Demand and rejection cues and their objects; holders (`holders`) and demands stated
otherwise (`forms`) come from the mixins.

A demand is a cue (demand, insist on, seek, call for, urge X to, want, …) or a rejection
cue (reject, refuse, resist, resistant to, will not agree to, …) whose holder is an actor
(the subject, resolved like a speaker; inside a quote "we"/"I" are the speaker) and whose
object says what is wanted. A cue is no stance when it is negated (but "does not want X"
rejects X), asked, hypothetical, an assertion ("insisted that the vote was fair") or an
aim about the holder's own conduct ("wants to be honest", "declined to comment").
"""
from __future__ import annotations

from collections.abc import Callable, Collection

from ..attribution import Attribution
from ..lexicon import Lexicon, word_set
from ..mentions import MentionFinder
from ..phrases import DETERMINERS, NEGATIVE_CONTRACTIONS, Phrases
from ..resolve import Referent, Resolver
from ..tokens import Doc
from .base import Cue, DemandFinding
from .endorsements import ENDORSED_NOUNS, Endorsements
from .forms import (BEHEST_WORDS, CONDITION_WORDS, DESPITE_WORDS, MODAL_WORDS, PROTEST_WORDS,
                    ULTIMATUM_WORDS, OtherForms)
from .holders import _CONTRACTIONS, _QUANTIFIERS, Holders
from .stances import HOPE, LABELLING, TIME_WORDS, Stances
from .summaries import clean, split_items
from .targets import Targets
from .types import demand_type

_NOUN_MODIFIERS = {"new", "fresh", "repeated", "more", "further", "public", "loud", "many", "several",
                   "widespread", "similar", "previous", "earlier", "recent", "such"}
_OBLIGATION = {"should", "must", "need", "needs", "needed", "have", "has", "had", "won't", "wouldn't",
               "will", "would", "cannot", "can't", "ought", "required", "be"}
_NEGATIONS = {"not", "n't", "never", "no", "cannot"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
_CLAUSE_BREAK = {".", ";", "?", "!", "—", "(", ")", ":"}
_CLAUSE_WORDS = {"while", "whereas", "but", "although", "though", "because", "so", "which", "who",
                 "saying", "adding", "according", "as", "after", "before", "when", "if", "unless"}
_AUXILIARIES = {"have", "has", "had", "are", "were", "will", "would", "did"}
# A subject pronoun, or one run into its verb, opens a clause of its own.
_SUBJECT_FORMS = {f"{p}{tail}" for p in _SUBJECT_PRONOUNS
                  for tail in ("", "’s", "'s", "’d", "'d", "’ll", "'ll", "’re", "'re", "’m", "'m", "’ve", "'ve")}
_HYPOTHETICAL = {"if", "unless", "whether"}
_PASSIVE = {"was", "were", "been", "being", "is", "are", "be", "get", "got"}
_NOUN_CUES = {"calls", "demands", "requests", "appeals", "pleas", "bids", "petitions"}
_WANT = {"want", "need"}
_ANAPHORS = {"request", "requests", "demand", "demands", "offer", "proposal", "call", "calls", "plea", "it"}
# Target cues also used with a bare "to": "asked to waive her immunity".
_ASKED_TO = {"ask", "request", "urge", "beg", "plead with", "demand", "want"}
# Tag verbs whose quote is itself what is demanded: '“Quiet,” he demanded', '“Vote,” she urged'.
_DIRECTIVE_TAGS = {"demand", "urge", "implore", "beg"}
_INFO_NOUNS = {"details", "comment", "comments", "information", "specifics", "interview", "interviews"}
_NOT_SUBJUNCTIVE = {"is", "was", "has", "had", "did", "does", "can", "could", "may", "might", "are", "were"}


_ACCUSING = word_set("accusing_verbs")  # lexicon/accusing_verbs.txt

_INTENDING = word_set("intending_verbs")  # lexicon/intending_verbs.txt
_PURPOSE_NOUNS = word_set("purpose_nouns")  # lexicon/purpose_nouns.txt

_INQUIRY = word_set("inquiry_verbs")  # lexicon/inquiry_verbs.txt

# First words of an aside between an addressee and its ", to …": a condition, a relative
# clause, an appositive ("urged Lam, if she can't govern, to step down").
_ASIDE_OPENERS = {"if", "who", "whose", "which", "when", "as", "even", "although", "though", "despite",
                  "the", "a", "an", "his", "her", "its", "their", "along", "together", "among", "both"}


# Words that open a new clause in a Title Case headline ("… Refugees As He Recognizes …").
_TITLE_CLAUSE_WORDS = {"As", "While", "After", "Before", "Because", "When", "Amid", "Over", "Despite", "Following",
                       "Who", "But", "Says", "Said", "—", "–", "-", ":", "If", "Than", "And"}


_TITLE_STOPS = {"and", "won’t", "won't", "not", "never", "pressure", "under", "if", "would"}


# Prepositions and conjunctions that Title Case (Chicago style) leaves lowercase at any length:
# "Mike Pence Calls for Special Prosecutor after Report Reveals …".
_TITLE_LOWERCASE = frozenset({"after", "with", "from", "into", "onto", "over", "about", "than", "that", "under",
                              "upon", "amid", "before", "against", "between", "through", "without", "toward",
                              "towards", "during", "until", "while", "since", "despite"})


def _title_case_headline(doc: Doc) -> bool:
    """Whether the headline capitalises its words (every word of four letters or more)."""
    if doc.headline < 0:
        return False
    block = doc.blocks[doc.headline]
    words = [w for w in doc.text[block.start:block.end].split()
             if len(w) > 3 and w[:1].isalpha() and w not in _TITLE_LOWERCASE]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _title_case_words(doc: Doc, finder: MentionFinder) -> frozenset[int]:
    block = doc.blocks[doc.headline]
    named = {t for m in finder.mentions if m.start < block.end for t in range(m.tok, m.tok_end)}
    return frozenset(t for t in doc.tokens_between(block.start, block.end) if t not in named)


# Words that open a clause with a subject of its own inside what an earlier cue demands.
_SUBORDINATORS = frozenset({"after", "before", "because", "when", "while", "since", "although", "though",
                            "whereas", "unless", "until"})


class DemandFinder(OtherForms, Endorsements, Stances, Holders):
    def __init__(self, doc: Doc, finder: MentionFinder, resolver: Resolver,
                 attributions: list[Attribution], lx: Lexicon) -> None:
        self.doc = doc
        self.finder = finder
        self.resolver = resolver
        self.lx = lx
        self.np = Phrases(doc, lx, finder.heads())
        self.by_quote = {id(a.quote): a for a in attributions}
        # Each tag by the token where it ends ('said Vice President Joe Biden', 'Biden said'),
        # for a participle after its comma: '…,” said Joe Biden, urging …'.
        self.tag_ends = {max(a.speaker[1], a.cue[1]) - 1: a for a in attributions
                         if a.speaker and a.cue and a.rule == "after" and a.referent is not None}
        # Each direct quote's tag by the token its cue starts at ('“Quiet,” he demanded').
        self.tag_cues = {a.cue[0]: a for a in attributions
                         if a.speaker and a.cue and a.kind == "direct" and a.referent is not None}
        self.targets = Targets(doc, finder, resolver)
        self.cues, self.gapped, self.triggers = _cue_table(lx)
        self.forms_at = _forms_at(lx)
        # The findings so far by the sentence of their cue (see _same_sentence).
        self._indexed: tuple[list[DemandFinding], int] = ([], 0)
        self._by_sentence: dict[int, list[DemandFinding]] = {}
        self._protest_noun: tuple[str | None] | None = None  # counted once, when first asked (OtherForms._protesters)
        # The tokens of a Title Case headline that no name covers: its capitalised verbs.
        self._title_words = _title_case_words(doc, finder) if _title_case_headline(doc) else frozenset()

    def _match(self, k: int) -> Cue | None:
        options = self.cues.get(self.doc.lower[k])
        if not options:
            return None
        lower = self.doc.lower
        for words, stance, frame, base in options:
            n = len(words)
            if tuple(lower[k:k + n]) == words:
                return Cue(k, k + n, stance, frame, base)
        return None

    def find(self) -> list[DemandFinding]:
        doc = self.doc
        out: list[DemandFinding] = []
        triggers = self.triggers
        k = 0  # the next token a finding may start at
        # most words start no cue: only the tokens whose word can are visited
        for t in doc.tokens_of(triggers):
            if t < k:
                continue  # inside the cue just matched
            k = t
            if doc.lower[k] in self.gapped and self._conditional(k) is not None:
                after_on = self._conditional(k)
                assert after_on is not None
                found = self._finding(Cue(k, after_on, "demand", "gapped", "make"), out)
                out.extend(found or [])
                k += 1
                continue
            nominal = self._other_forms(k, out)
            if nominal is not None:
                out.extend(nominal)
                k += 1
                continue
            cue = self._match(k)
            if cue is None or not (doc.words[k].islower() or self._title_cased(k)):
                k += 1
                continue
            if not self._inside_earlier(cue.start, out):
                found = self._finding(cue, out) or []
                out.extend(self._headline_findings(found) if k in self._title_words else found)
            k = cue.end
        return _merged(out)

    def _other_forms(self, k: int, so_far: list[DemandFinding]) -> list[DemandFinding] | None:
        """What the demand forms other than a cue's find at token k, tried in FORMS order
        as `a(k) or b(k) or …`: the first that finds something, else what the last, _hope,
        returned (an empty list too). Only the forms the word can start are tried."""
        found = forms = None
        for form, with_so_far in self.forms_at.get(self.doc.lower[k], ()):
            found = form(self, k, so_far) if with_so_far else form(self, k)
            if found:
                return found
            forms = form
        return found if forms is _LAST_FORM else None

    def _title_cased(self, k: int) -> bool:
        """A verb capitalised by a Title Case headline ('Obama Seeks More Muslim Refugees'),
        outside the names found there."""
        return k in self._title_words

    def _headline_findings(self, found: list[DemandFinding]) -> list[DemandFinding]:
        """A Title Case headline's demands, held by someone the body or the lexicon names
        ('Obama Seeks More Muslim Refugees'), not by a run of its capitalised words ('Top
        Climate Group Will Run Ads'), and summed up before the next capitalised clause word
        ('… As He Recognizes …')."""
        doc = self.doc
        body = doc.text[doc.blocks[doc.headline].end:]
        out = []
        for f in found:
            name = f.referent.name or ""
            if not name or not (name in body or name in self.lx.names
                                or f.referent.kind == "person" and name.split()[-1] in body):
                continue
            between = doc.lower[f.holder[1]:f.cue[0]]
            if any(w in _TITLE_STOPS for w in between):
                continue  # "Le Pen Backs Trump And Denounces …", "She WON’T Want …", "Under Pressure To Reject"
            words = f.summary.split()
            cut = next((n for n, w in enumerate(words) if n and w in _TITLE_CLAUSE_WORDS), len(words))
            if cut < len(words):
                f.summary = clean(" ".join(words[:cut]), self.lx, f.stance)
            if f.summary:
                out.append(f)
        return out

    def _inside_earlier(self, c: int, so_far: list[DemandFinding]) -> bool:
        """'encouraging citizens to ask for application of the law': a cue inside what an
        earlier cue demands is part of that demand, not a stance of its own."""
        if not so_far or c > 0 and self.doc.lower[c - 1] in ("which", "who", "that"):
            return False  # "a lawsuit filed by Texas which tried to overturn …": a clause of its own
        if c > 0 and self.doc.lower[c].endswith("ing") and self.doc.lower[c - 1] in self.lx.demand_documents:
            return False  # "dismissed a Trump lawsuit attempting to prevent …": the lawsuit's own demand
        last = so_far[-1]
        start = self.doc.starts[c]
        if not (last.span[0] < start < last.span[1] and self.doc.sent_of[last.cue[0]] == self.doc.sent_of[c]):
            return False
        # "refused to ban … after the World Anti-Doping Agency … called for the ban": a clause
        # of its own, with its own subject, once a subordinator comes between the two cues
        lower = self.doc.lower
        return lower[c - 1] == "to" or not any(lower[t] in _SUBORDINATORS for t in range(last.cue[1], c - 1))

    def _conditional(self, k: int) -> int | None:
        """'made any talks conditional on …': the token after 'on', when k is a form of make."""
        doc = self.doc
        for t in range(k + 1, min(k + 10, len(doc.words) - 2)):
            if doc.lower[t] == "conditional" and doc.lower[t + 1] in ("on", "upon"):
                return t + 2
            if doc.words[t] in (".", ";", ",", "“", "”", '"'):
                return None
        return None

    # -- is it a stance? ---------------------------------------------------
    def _clause_lo(self, c: int) -> int:
        doc = self.doc
        lo = doc.sentences[doc.sent_of[c]][0]
        qi = doc.quote_of[c]
        if qi >= 0:
            lo = max(lo, doc.token_at(doc.quotes[qi].start))
        return lo

    def _actor_or_document(self, k: int) -> bool:
        """Token k ends a name or a document that carries a demand (not a kind of person:
        'a person that wants …' is anyone)."""
        return k in self.np.heads or self.doc.lower[k] in self.lx.demand_documents

    def _is_noun(self, cue: Cue) -> bool:
        """'the demand for', 'accused X of seeking', 'dismissed calls for', 'demands from China'."""
        doc, c = self.doc, cue.start
        prev = doc.lower[c - 1] if c else ""
        if prev in ("both", "all", "each") and c >= 2 and (
                doc.lower[c - 2] in _AUXILIARIES or c - 2 in self.np.heads
                or doc.words[c - 2].isalpha() and doc.lower[c - 2].endswith("s") and doc.lower[c - 2] not in DETERMINERS):
            return False  # "have both urged", "defense ministers all urged": a floating quantifier, not "both calls"
        if prev in ("that", "which") and doc.lower[c] != cue.base and c >= 2 and self._actor_or_document(c - 2):
            return False  # "an ad that urges voters …": a relative clause's verb, not "that call"
        hyphen = doc.words[c - 1:c] == ["-"] and not self._closing_dash(c - 1)  # "self-", not an aside's end
        if prev in DETERMINERS or prev in ("of", "’s", "'s") or hyphen \
                or doc.words[c - 1].endswith(("’s", "'s", "s’", "s'")) and prev not in _CONTRACTIONS:
            return True
        nxt = doc.lower[cue.end] if cue.end < len(doc.words) else ""
        if cue.end - c == 1 and doc.lower[c] == cue.base and nxt in ("from", "of"):
            return True  # "demand from China cooled"
        if cue.base == "protest" and (doc.lower[c] in ("protest", "protests") or prev in ("by", "with", "and")):
            return True  # "the protests over policing", "interrupted by protesting legislators"
        if c >= 2 and doc.lower[c - 2] in DETERMINERS and self.np.adverb(c - 1) and doc.lower[c].endswith("ed"):
            return True  # "their widely repudiated theories": an adjective
        if prev == "in" and cue.base == "order":
            return True  # "in order to"
        if doc.lower[c] == "requests" and nxt == "for":
            return True  # "did not return requests for comment"
        if doc.lower[c] in _NOUN_CUES:
            if c and doc.words[c - 1].islower() and (prev.endswith(("ed", "ing")) or prev in _NOUN_MODIFIERS) \
                    and not self.np.adverb(c - 1):
                return True
            if cue.end - c == 1 and nxt in ("from", "of", "by", "include", "included", "includes",
                                            "are", "were", "was", "is", "have", "had"):
                return True
        return False

    def _closing_dash(self, d: int) -> bool:
        """The "-" at d is a spaced dash closing an aside opened by another earlier in the
        sentence ('The United States and others - including … experts - want …'), not a
        hyphen ('self-', 'must-') nor the dash that opens the aside."""
        doc = self.doc
        if d < 0 or doc.words[d] != "-" or not self.np.spaced_dash(d):
            return False
        lo = doc.sentences[doc.sent_of[d]][0]
        return any(doc.words[k] == "-" and self.np.spaced_dash(k) for k in range(lo, d - 1))

    def _asked_or_hypothetical(self, c: int, lo: int) -> bool:
        """A question ('why don't they let them …?') or a condition ('if X wants …')."""
        doc = self.doc
        hi = min(doc.sentences[doc.sent_of[c]][1], len(doc.words))
        qi = doc.quote_of[c]
        if "?" in doc.words[c:hi]:  # (one look in C: most sentences ask nothing)
            for t in range(c, hi):
                if qi >= 0 and doc.quote_of[t] != qi:
                    break
                if doc.words[t] == "?" and (qi >= 0 or doc.quote_of[t - 1] < 0):
                    return True  # not a question quoted later in the sentence ("…, with one poster asking “…?”")
        return any(doc.lower[t] in _HYPOTHETICAL for t in range(max(lo, c - 6), c))

    def _passive(self, c: int, lo: int) -> bool:
        """'were (twice) denied visas', 'are required to convict': the holder is the agent."""
        doc = self.doc
        if doc.lower[c].endswith("ing"):
            return False
        k = c - 1
        while k > lo and self.np.adverb(k) and doc.lower[k] not in _PASSIVE:
            k -= 1
        return k >= lo and doc.lower[k] in _PASSIVE

    def _negated(self, c: int, lo: int) -> bool:
        lower = self.doc.lower
        return any(lower[j] in _NEGATIONS or lower[j].endswith(NEGATIVE_CONTRACTIONS) for j in range(max(lo, c - 3), c))

    def _obliges(self, a: int) -> bool:
        """'insisted (that) they won't consider a nominee' is a stance; 'insists it does not
        know' or 'insisted that the vote was fair' is a claim."""
        doc = self.doc
        for t in range(a, min(a + 8, len(doc.words))):
            if doc.lower[t] in _OBLIGATION:
                return True
            if doc.words[t] in (".", ";", "“", "”", '"'):
                return False
        return False

    def _subjunctive(self, a: int) -> bool:
        """'insisted that Pyongyang "stop its escapades"': a bare verb after the subject."""
        doc = self.doc
        n = len(doc.words)
        if a < n and doc.lower[a] == "that":
            a += 1
        np = self.np.np_right(a, min(a + 10, n))
        if np is None:
            return False
        v = np[1]
        while v < n and doc.words[v] in ("“", '"', "‘"):
            v += 1
        if v >= n:
            return False
        w = doc.lower[v]
        return doc.words[v].isalpha() and doc.words[v].islower() and not w.endswith(("s", "ed")) \
            and w not in _NOT_SUBJUNCTIVE

    # -- the finding -------------------------------------------------------
    def _finding(self, cue: Cue, so_far: list[DemandFinding]) -> list[DemandFinding] | None:
        doc, c = self.doc, cue.start
        if self._is_noun(cue):
            return None
        if cue.base in _DIRECTIVE_TAGS and c in self.tag_cues and self.tag_cues[c].quote.end <= doc.starts[c]:
            return self._directive_quote(cue, self.tag_cues[c], so_far)
        lo = self._clause_lo(c)
        qi = doc.quote_of[c]
        if self._asked_or_hypothetical(c, lo) or self._purpose(c) or self._accused(c, lo):
            return None
        stance = cue.stance
        if self._negated(c, lo) and cue.frame != "fixed":
            if stance == "demand" and cue.base in _WANT:
                stance = "reject"  # "does not want a shutdown"
            else:
                return None  # "did not rule out", "did not call for": no stance taken
        if cue.base == "insist" and not (cue.end - c > 1 and doc.lower[cue.end - 1] == "on") \
                and not self._obliges(cue.end) and not self._subjunctive(cue.end):
            return None  # "insisted that the vote was fair": an assertion
        if self._passive(c, lo) and cue.frame != "fixed":
            return None  # "were denied visas": the holder is the agent, rarely named
        if cue.frame == "fixed" and "be" in doc.lower[c:cue.end]:
            return self._passive_rejection(cue, lo, qi)
        holder, ref = self._holder(c, lo, qi)
        if (holder is None or ref is None) and cue.base == "require":
            holder, ref = self._reported_requirement(c, lo, qi)
        if holder is None or ref is None or self._rule_holder(cue, holder, ref):
            return None
        parsed = self._object(cue, qi)
        if parsed is None or self._anaphoric(parsed[0]):
            # "… but he declined", "the embassy declined the request": what was asked before
            # an object that points back ("declined the request") may reach one sentence further
            answer = self._answer(cue, stance, holder, ref, qi, so_far, reach=2 if parsed is not None else 1)
            if answer or parsed is None:
                return answer
        obj, target_np = parsed
        cue_tokens = (c, c + 1) if cue.frame == "gapped" else (c, cue.end)  # "made … conditional on": the verb
        return self._findings(stance, holder, ref, cue_tokens, obj, target_np, qi, so_far)

    def _directive_quote(self, cue: Cue, att: Attribution, so_far: list[DemandFinding]) -> list[DemandFinding] | None:
        """'“Release the hostages now,” the minister demanded': a quote before a tag with a demand
        verb is what its speaker demands. A question too: the reporter's verb makes it a demand
        ('“Why isn’t this proof …?” Vitter demanded': of an answer; '“Just one minute, come on,
        alright?” he urged them': a request), unlike a demand that is itself asked about ('has
        he called for …?', which _asked_or_hypothetical leaves out)."""
        doc, q = self.doc, att.quote
        if att.speaker is None or att.referent is None \
                or not self._is_actor(att.referent, att.speaker[1], att.speaker[0]):
            return None
        oa, ob = doc.token_at(q.start), doc.token_at(max(q.start, q.end - 1)) + 1
        if ob <= oa:
            return None
        return self._findings(cue.stance, att.speaker, att.referent, (cue.start, cue.end), (oa, ob), None,
                              doc.quote_of[oa], so_far)

    def _passive_rejection(self, cue: Cue, lo: int, qi: int) -> list[DemandFinding] | None:
        """'Lam said, “any acts that advocate Hong Kong’s independence … will not be tolerated”':
        who says it rejects the clause's subject."""
        doc, c = self.doc, cue.start
        a = lo
        if qi < 0:  # reported: the clause after "said (that)"
            a = next((t + 1 for t in range(c - 1, lo, -1)
                      if doc.lower[t] == "that" or doc.words[t].islower() and self.lx.speech_verbs.get(doc.lower[t])), lo)
        while a < c and (doc.words[a] in ("“", '"', "‘", ",") or doc.lower[a] == "that"):
            a += 1
        if c - a < 1 or c - a > 30:
            return None
        speaker = self._speaker_of((a, a + 1), lo, qi)
        if speaker is None:
            return None
        holder, ref = speaker
        return self._findings(cue.stance, holder, ref, (c, cue.end), (a, c), None, qi, [])

    def _anaphoric(self, obj: tuple[int, int]) -> bool:
        """'the request', 'the offer', 'it': an object that only points back."""
        words = self.doc.lower[obj[0]:obj[1]]
        return len(words) <= 3 and (words[-1] in _ANAPHORS or words == ["it"]) and \
            (len(words) == 1 or words[0] in ("the", "this", "that", "their", "his", "her", "its"))

    def _answer(self, cue: Cue, stance: str, holder: tuple[int, int], ref: Referent, qi: int,
                so_far: list[DemandFinding], reach: int = 1) -> list[DemandFinding] | None:
        """A rejection with no object of its own answers the latest demand of the sentence
        or the one before, made of someone else: 'asked Judge Miller to delay his ruling,
        but he declined'."""
        doc = self.doc
        if stance != "reject" or not so_far:
            return None
        end = cue.end
        while end < len(doc.words) and doc.words[end] not in _CLAUSE_BREAK and doc.words[end] != "," \
                and doc.lower[end] not in ("and", "but"):
            end += 1
        if end - cue.end > 3:
            return None
        last = so_far[-1]
        if doc.sent_of[cue.start] - doc.sent_of[last.cue[0]] > reach or last.stance != "demand" or \
                (last.referent.party or last.referent.name) == (ref.party or ref.name):
            return None
        if doc.lower[holder[0]] in ("he", "she", "they") and holder[1] - holder[0] == 1 and last.addressee:
            # "asked Judge Miller to delay his ruling, but he declined": he is the one asked
            asked = self.resolver.resolve(*last.addressee)
            if self._is_actor(asked, last.addressee[1], last.addressee[0]):
                ref = asked
        s = doc.starts[cue.start]
        e = doc.ends[end - 1] if end > cue.end else doc.ends[cue.end - 1]
        own = [last.referent.party] if last.referent.party else []
        return [DemandFinding("reject", last.summary, (s, e), holder, ref, (cue.start, cue.end),
                              doc.quotes[qi] if qi >= 0 else None, own, last.type, self._group(holder, ref))]

    def _accused(self, c: int, lo: int) -> bool:
        """'critics blame him for encouraging farmers to set fires': an act someone is
        accused of, not a stance anyone takes."""
        doc = self.doc
        if c < 2 or doc.lower[c - 1] != "for" or not doc.lower[c].endswith("ing"):
            return False
        return any(doc.lower[t] in _ACCUSING for t in range(max(lo, c - 6), c - 1))

    def _purpose(self, c: int) -> bool:
        """'was founded by Dean Kamen to encourage interest in science', 'a programme to
        encourage saving': a cue in an infinitive of purpose states an aim, not a demand."""
        doc = self.doc
        if c < 2 or doc.lower[c - 1] != "to":
            return False
        t = c - 2
        agent = t
        while agent > 0 and doc.words[agent][:1].isupper() and c - agent < 7:
            agent -= 1
        if agent < t and doc.lower[agent] == "by":
            t = agent - 1  # "was founded by Dean Kamen to encourage …"
        before = doc.lower[t]
        return before.endswith("ed") and before not in _INTENDING or before in _PURPOSE_NOUNS

    def _findings(self, stance: str, holder: tuple[int, int], ref: Referent, cue: tuple[int, int],
                  obj: tuple[int, int], target_np: tuple[int, int] | None, qi: int,
                  so_far: list[DemandFinding]) -> list[DemandFinding] | None:
        """One finding per item demanded, with its targets and type."""
        doc = self.doc
        oa, ob = obj
        named = self._person_named(oa) if ob - oa == 1 else None
        summary_text = named if named and named != ref.name else doc.text[doc.starts[oa]:doc.ends[ob - 1]]
        earlier = self._antecedent(holder, summary_text, so_far)
        items = split_items(earlier, self.lx, stance) if earlier else []
        items = items or split_items(summary_text, self.lx, stance)
        if not items:
            return None
        c = cue[0]
        types = [demand_type(s, self.lx) for s in items]  # (each item's, once: _targets asks too)
        targets = self._targets(c, ref, target_np, obj, types, holder, stance)
        start, end = min(doc.starts[c], doc.starts[oa]), max(doc.ends[cue[1] - 1], doc.ends[ob - 1])
        quote = doc.quotes[qi] if qi >= 0 else None
        group = self._group(holder, ref)
        holders = self._coordinated_people(holder, ref) or [(holder, ref)]
        return [DemandFinding(stance, s, (start, end), h, r, cue, quote, [t for t in targets if t != r.party],
                              kind, group, target_np) for h, r in holders for s, kind in zip(items, types)]

    def _person_named(self, k: int) -> str | None:
        """'his critics hysterically denounced him': the person 'him' or 'her' stands for, which
        says what is rejected where the pronoun alone would not."""
        pronoun = {"him": "he", "her": "she"}.get(self.doc.lower[k])
        if pronoun is None or self.doc.quote_of[k] >= 0:
            return None
        ref = self.resolver.pronoun(k, pronoun)
        return ref.name if ref.kind == "person" else None

    def _coordinated_people(self, holder: tuple[int, int], ref: Referent) -> list[tuple[tuple[int, int], Referent]]:
        """'Rand Paul and John Kasich have called for …': each person named holds the demand,
        not a party of two (nothing but 'and', commas, 'both' and titles between the names)."""
        if ref.kind != "person":
            return []
        doc = self.doc
        people = [m for m in self.resolver.mentions_in(*holder) if m.kind == "person"]
        if len(people) < 2:
            return []
        for a, b in zip(people, people[1:]):
            between = doc.lower[a.tok_end:b.tok]
            while between and between[-1] in self.lx.title_words:
                between = between[:-1]  # "Mr. Rubio and Senator Ted Cruz"
            if "and" not in between or any(w not in ("and", ",", "both") for w in between) \
                    or doc.words[a.tok_end - 1].endswith(("’s", "'s")):
                return []  # "Clinton's chief pollster and strategist Joel Benenson": one person
        surname = people[-1].name.split()[-1] if len(people[-1].name.split()) > 1 else None
        out = []
        for m in people:
            r = self.resolver.resolve(m.tok, m.tok_end)
            if surname and len(r.name.split()) == 1 and r.name in self.lx.genders:
                r = Referent(f"{r.name} {surname}", None, "person")  # "David and Charles Koch": David Koch
            out.append(((m.tok, m.tok_end), r))
        return out

    def _group(self, holder: tuple[int, int], ref: Referent) -> str | None:
        """'Protesters', 'Hong Kong student groups': a plural holder with no party names a
        group that acts as one; 'officials' or 'the team' do not (someone's members)."""
        doc = self.doc
        i, j = holder
        if doc.lower[i] in _QUANTIFIERS and j - i > 1:
            i += 1  # "several municipalities": the municipalities
        if ref.party or ref.kind != "description" or doc.lower[i] in DETERMINERS:
            return None
        head = doc.lower[j - 1].rstrip("’'")
        if not head.endswith("s") or head not in self.lx.demand_groups:
            return None
        text = doc.text[doc.starts[i]:doc.ends[j - 1]].removesuffix("’").removesuffix("'")
        return text[:1].upper() + text[1:]

    def _targets(self, c: int, ref: Referent, target_np: tuple[int, int] | None,
                 obj: tuple[int, int], types: list[str], holder: tuple[int, int], stance: str) -> list[str]:
        doc, t = self.doc, self.targets
        own = {ref.party, ref.name}
        if target_np is not None:
            named = [p for p in t.named(*target_np) if p not in own]
            if named:
                return named
        found = [p for p in t.from_object(*obj) if p not in own]
        if found:
            return found
        if stance == "reject":
            # "would not accept Cruz's endorsement": what is rejected is its owner's
            found = t.context(ref, obj[0], obj[1])[:1]
            if found:
                return found
        lo, hi = doc.sentences[doc.sent_of[c]]
        found = t.context(ref, lo, hi, (min(holder[0], c), c))
        if len(found) > 2:
            found = []  # too many actors around to tell
        if not found and doc.sent_of[c] > 0:
            plo, phi = doc.sentences[doc.sent_of[c] - 1]
            if doc.block_of[plo] == doc.block_of[c]:
                found = t.context(ref, plo, phi)
        if "ceasefire" in types or "negotiation" in types:  # (the items' types)
            sides = [p for p in t.sides() if p not in own]
            if len(sides) == 2:
                found = sides + [p for p in found if p not in sides]
        return found

    # -- the object --------------------------------------------------------
    def _object(self, cue: Cue, qi: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """What is demanded (tokens), and the party it is demanded of when the cue names one."""
        doc, lx = self.doc, self.lx
        n = len(doc.words)
        a = cue.end
        if a >= n:
            return None
        if doc.words[a] == ",":
            if self._object_relative(cue.start):
                return None  # "the Mexican War, which most Whigs opposed, …": what is opposed is the war, before
            # "which rejected, the day before the rally, a lawsuit …": past the aside
            close = next((t for t in range(a + 1, min(a + 10, n)) if doc.words[t] == ","), None)
            if close is None:
                return None
            a = close + 1
            if a >= n:
                return None
        if cue.frame == "to" or cue.end - cue.start == 1 and doc.lower[a] == "to" and \
                (cue.frame not in ("target", "target_or_obj") or cue.base in _ASKED_TO):
            # "refused to meet", "sought to overturn", "wants to be honest", "asked to waive"
            v = a + 1 if doc.lower[a] == "to" else a
            if v >= n or doc.lower[v] in lx.demand_not_objects or \
                    any(w in _INFO_NOUNS for w in doc.lower[v + 1:v + 5]):
                return None  # "declined to comment", "wants to be honest": the holder's own conduct
            if cue.base == "seek" and doc.lower[v] in _INQUIRY:
                return None  # "sought to determine whether …": a question the holder asks itself
            if cue.base in ("sue", "try", "attempt") and doc.lower[v] not in lx.demand_outcome_verbs:
                return None  # "sought to downplay", "sought to calm his supporters"
            span = self._extent(v, qi)
            return (span, None) if span else None
        if doc.lower[a] in ("and", "or", "but", "from", "by", "slightly", "sharply") or doc.words[a][:1].isdigit():
            return None  # "what she wants and …", "declined slightly from 58 percent"
        if cue.base in ("seek", "want") and any(w in lx.demand_own_goals for w in doc.lower[a:a + 5]):
            return None  # "seeking the Democratic nomination"
        if cue.base == "deny" and (doc.lower[a] in ("that", "any", "having", "being", "ever") or self._claim_object(a)):
            return None  # "denied the allegations": an assertion
        if cue.frame in ("target", "target_or_obj", "named"):
            aimed = self._addressee(a, qi)
            if aimed is not None and (cue.frame != "named" or self.targets.named(*aimed[1])):
                return aimed
            if cue.frame == "target" and doc.lower[a] != "that":
                return None  # "asked the minister a question", "invited the press"
        if doc.lower[a] == "that" or doc.lower[cue.end - 1] == "that":
            a += doc.lower[a] == "that"
            aimed = self._that_clause(a, qi)
            if aimed is not None:
                return aimed
        span = self._extent(a, qi, labelled=cue.stance == "reject")
        return (span, None) if span else None

    def _object_relative(self, c: int) -> bool:
        """Cue c is the verb of a relative clause whose object is its "which" or "whom", with a
        subject between ('which most Whigs opposed'), not a subject relative ('which rejected')."""
        doc = self.doc
        for t in range(c - 2, max(0, c - 6) - 1, -1):
            if doc.lower[t] in ("which", "whom"):
                return True
            if not doc.words[t].isalpha() or doc.lower[t] in self.lx.speech_verbs:
                return False
        return False

    def _claim_object(self, a: int) -> bool:
        doc = self.doc
        for t in range(a, min(a + 4, len(doc.words))):
            if doc.lower[t] in self.lx.demand_claim_nouns:
                return True
            if not doc.words[t].isalpha():
                return False
        return False

    def _addressee(self, a: int, qi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'urged the United States to waive …', 'asked U.S. citizens not (to) approach …':
        the addressee's tokens and what it is to do."""
        doc = self.doc
        n = len(doc.words)
        for t in range(a + 1, min(a + 12, n - 1)):
            w = doc.lower[t]
            if w == "to" or (w == "not" and doc.lower[t + 1] != "to"):
                if not self._addressee_np(a, t):
                    return None
                v = t + 1 if w == "to" else t
                if doc.lower[v] == "not" and v + 2 < n and doc.lower[v + 1] == "to":
                    v += 1
                while v + 1 < n and doc.words[v] in ("'", "‘", "“", '"'):
                    v += 1  # "urged Americans to ''avoid condemning …''": the words quoted from the verb on
                if not doc.words[v].isalpha() or not doc.words[v].islower() or doc.lower[v] in DETERMINERS:
                    return None  # "directing $20 million to a super PAC": no verb after "to"
                if v < n and doc.lower[v] in ("be",) and t > a:
                    span = self._extent(a, qi)  # "called for the bill to be dropped": the whole
                    return (span, (a, t)) if span else None
                span = self._extent(v, qi)
                if span and w == "to" and t - 1 > a and doc.lower[t - 1] == "not":
                    # "called on Israel not to attack Rafah": what is demanded keeps its "not"
                    return (t - 1, span[1]), (a, t - 1)
                return (span, (a, t)) if span else None
            if doc.words[t] == "," and t > a and self._addressee_np(a, t):
                return self._addressee_after_aside(a, t, qi)
            if doc.words[t] in (".", ";", "?", "!", ":", "—", ",", "“", "”", '"') or w in ("that", "for"):
                return None
        return None

    def _addressee_after_aside(self, a: int, t: int, qi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'I really urge [Lam], if she can't govern Hong Kong, …, to please step down': the
        addressee, an aside between commas, then ', to' and what it is to do."""
        doc = self.doc
        if doc.lower[t + 1] not in _ASIDE_OPENERS:
            return None  # "advise the government on transactions, to vet …": a list, not an aside
        end = min(doc.sentences[doc.sent_of[t]][1], t + 60, len(doc.words) - 2)
        u = next((k for k in range(t + 1, end) if doc.words[k] == "," and doc.lower[k + 1] == "to"), None)
        if u is None:
            return None
        v = u + 2
        if v < len(doc.words) - 1 and doc.lower[v] == "please":
            v += 1
        if not doc.words[v].isalpha() or not doc.words[v].islower() or doc.lower[v] in DETERMINERS:
            return None
        span = self._extent(v, qi)
        return (span, (a, t)) if span else None

    def _addressee_np(self, a: int, t: int) -> bool:
        """The words a..t are a noun phrase: no verb, a name or a noun at the end."""
        doc = self.doc
        if t - a > 8:
            return False
        words = doc.lower[a:t]
        if any(w in _CLAUSE_WORDS or w in ("is", "are", "was", "were", "has", "have") or w in _SUBJECT_FORMS
               for w in words):
            return False  # "told The Huffington Post he’s not planning …": a clause, not whom it asks
        last = doc.words[t - 1]
        return not (last.islower() and last.endswith("ly"))

    def _that_clause(self, a: int, qi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'demanded that the administration release the documents': the administration is
        the addressee when it names an actor; what it is to do is the rest."""
        doc = self.doc
        named = [m for m in self.resolver.mentions_in(a, min(a + 8, len(doc.words)))
                 if m.tok == a or m.tok == a + 1 and doc.lower[a] == "the"]
        np = (a, named[0].tok_end) if named else self.np.np_right(a, min(a + 10, len(doc.words)))
        if np is None or np[1] >= len(doc.words):
            return None
        if not self.targets.named(*np):
            return None
        v = np[1]
        while v < len(doc.words) and doc.lower[v] in ("must", "should", "would", "will", "shall"):
            v += 1
        span = self._extent(v, qi)
        return (span, np) if span else None

    def _extent(self, a: int, qi: int, labelled: bool = False) -> tuple[int, int] | None:
        doc = self.doc
        n = len(doc.words)
        b = a
        if a >= n:
            return None
        block = doc.block_of[a]
        while b < n and b - a < 60 and doc.block_of[b] == block:
            w, lw = doc.words[b], doc.lower[b]
            if w in _CLAUSE_BREAK or w in ("–", "―") or w == "-" and b > a and doc.ends[b - 1] < doc.starts[b]:
                break  # a dash opens an aside or a new clause: 'advised not to proceed – Republicans are …'
            if qi >= 0 and (doc.quote_of[b] != qi or w in ("“", "”", '"')):
                break  # a demand inside a quote ends with the quote
            if qi < 0 and w in ("“", "”", '"') and b == a:
                a += 1  # called for "boots on the ground": the object is the quoted words
            if w == "," and b + 1 < n and (doc.lower[b + 1] in _CLAUSE_WORDS or doc.lower[b + 1] in ("and", "a", "an")):
                break
            if w == "," and self._attribution_follows(b + 1):
                break  # "…, the Kremlin said."
            if w == "," and b + 1 < n and doc.lower[b + 1] in _SUBJECT_PRONOUNS:
                break  # "in calling for the legalization of same-sex marriage, she has …": a new clause
            if lw in ("while", "whereas", "but") and b > a:
                break
            if labelled and lw == "as" and b > a and b + 1 < n and (
                    doc.lower[b + 1] in DETERMINERS or doc.words[b + 1] in ("“", '"')):
                break  # "dismissed the criticism as the voice of …": what it is called is not what is rejected
            if lw == "and" and b + 1 < n and self.lx.speech_verbs.get(doc.lower[b + 1]) and b > a:
                break  # "declined the request and said …"
            b += 1
        while b > a and doc.words[b - 1] in (",", "-", "–", "“", '"'):
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
        words = summary.split()
        if len(words) > 3 or words and words[0].lower() in DETERMINERS:
            return None  # "for which Pompeo requested an exemption": the object is its own
        k = i - 2
        while k > 0 and doc.words[k] not in (",", "."):
            k -= 1
        if doc.words[k] != ",":
            return None
        same_sentence = self._same_sentence(so_far, doc.sent_of[i])
        if same_sentence:
            return same_sentence[-1].summary if len(same_sentence) == 1 else \
                " and ".join(f.summary for f in same_sentence)
        return doc.text[doc.starts[k + 1]:doc.ends[i - 2]]

    def _same_sentence(self, so_far: list[DemandFinding], s: int) -> list[DemandFinding]:
        """The findings of so_far whose cue stands in sentence s, in their order. An index by
        sentence, extended as so_far grows (find() only ever extends its list), so that a
        long article does not scan every finding so far for each new one."""
        indexed, n = self._indexed
        if indexed is not so_far:
            indexed, n = so_far, 0
            self._by_sentence = {}
        by_sentence, sent_of = self._by_sentence, self.doc.sent_of
        for k in range(n, len(so_far)):
            f = so_far[k]
            by_sentence.setdefault(sent_of[f.cue[0]], []).append(f)
        self._indexed = (so_far, len(so_far))
        return list(by_sentence.get(s, ()))


# The demand forms stated otherwise than by a cue, in the order find() tries them at a token,
# each with the words it can start at (its first test) and whether it reads the findings so far.
FORMS: list[tuple[Callable[..., list[DemandFinding] | None], Callable[[Lexicon], Collection[str]], bool]] = [
    (DemandFinder._nominal, lambda lx: PROTEST_WORDS | set(lx.demand_nouns), False),
    (DemandFinder._behest, lambda lx: BEHEST_WORDS, False),
    (DemandFinder._modal, lambda lx: MODAL_WORDS, False),
    (DemandFinder._ultimatum, lambda lx: ULTIMATUM_WORDS, False),
    (DemandFinder._despite, lambda lx: DESPITE_WORDS, True),
    (DemandFinder._condition, lambda lx: CONDITION_WORDS, False),
    (DemandFinder._endorsement, lambda lx: ENDORSED_NOUNS, True),
    (DemandFinder._labelled, lambda lx: LABELLING, False),
    (DemandFinder._time_to, lambda lx: TIME_WORDS, False),
    (DemandFinder._hope, lambda lx: HOPE, False),
]
_LAST_FORM = FORMS[-1][0]
FormsAt = dict[str, tuple[tuple[Callable[..., list[DemandFinding] | None], bool], ...]]
_FORMS_AT: dict[int, tuple[Lexicon, FormsAt]] = {}


def _forms_at(lx: Lexicon) -> FormsAt:
    """The FORMS each word can start, in their order; built once per lexicon (which the
    cache holds, so that its id is not reused). Most trigger words start one form or none:
    a token is not offered to all ten."""
    found = _FORMS_AT.get(id(lx))
    if found is None:
        table: dict[str, list[tuple[Callable[..., list[DemandFinding] | None], bool]]] = {}
        for form, words, with_so_far in FORMS:
            for w in words(lx):
                table.setdefault(w, []).append((form, with_so_far))
        found = _FORMS_AT[id(lx)] = (lx, {w: tuple(forms) for w, forms in table.items()})
    return found[1]


CueTable = dict[str, list[tuple[tuple[str, ...], str, str, str]]]
_TABLES: dict[int, tuple[CueTable, set[str], frozenset[str]]] = {}


def _cue_table(lx: Lexicon) -> tuple[CueTable, set[str], frozenset[str]]:
    """The cues by first word (longest first), the verbs of "make X conditional on", and
    every word that can start a finding; built once per lexicon."""
    table = _TABLES.get(id(lx))
    if table is None:
        cues: CueTable = {}
        for words, stance, frame, base in lx.demand_cues:
            cues.setdefault(words[0], []).append((words, stance, frame, base))
        for v in cues.values():
            v.sort(key=lambda x: -len(x[0]))
        # "make X conditional on Y": the verb and the rest of the cue may stand apart.
        gapped = {words[0] for words, _, _, _ in lx.demand_cues if words[1:2] == ("conditional",)}
        triggers = frozenset(cues) | gapped | set(lx.demand_nouns) | {words[0] for words in lx.demand_behest} \
            | MODAL_WORDS | DESPITE_WORDS | CONDITION_WORDS | ULTIMATUM_WORDS | ENDORSED_NOUNS | LABELLING | HOPE \
            | TIME_WORDS
        table = _TABLES[id(lx)] = (cues, gapped, triggers)
    return table


def _merged(findings: list[DemandFinding]) -> list[DemandFinding]:
    """The same demand by the same holder's party, said again, is reported once, with the
    later statements as its evidence."""
    first: dict[tuple[str, str, str], DemandFinding] = {}
    evidence: dict[tuple[str, str, str], set[tuple[int, int]]] = {}  # each one's spans, for look-ups
    out = []
    for f in findings:
        key = (f.referent.party or f.referent.name, f.stance, _same(f.summary))
        earlier = first.get(key)
        if earlier is not None:
            seen = evidence.get(key)
            if seen is None:
                seen = evidence[key] = set(earlier.evidence)
            if f.span != earlier.span and f.span not in seen:
                earlier.evidence.append(f.span)
                seen.add(f.span)
            continue
        first[key] = f
        out.append(f)
    return out


def _same(summary: str) -> str:
    """A summary as compared for sameness: case and leading determiners aside."""
    words = summary.lower().split()
    while words and words[0] in DETERMINERS:
        words.pop(0)
    return " ".join(words)


def find_demands(doc: Doc, finder: MentionFinder, resolver: Resolver,
                 attributions: list[Attribution], lx: Lexicon) -> list[DemandFinding]:
    return DemandFinder(doc, finder, resolver, attributions, lx).find()
