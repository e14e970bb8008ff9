"""Who holds a demand: the cue's subject, resolved like a speaker, when it is an actor
(a named one, a resolved pronoun, a person or body noun, never a stray noun such as "a
visa"); the doer of a participle ("objections from conservatives opposing X"); the writer
of a document that carries the demand ("Pompeo sent a letter requesting …"); the
antecedent of "who"/"which". A mixin of `DemandFinder`.
"""
from __future__ import annotations

from ..lexicon import word_set
from ..phrases import DETERMINERS
from ..resolve import Referent
from .base import Cue
from .summaries import CANNOT_END

_ACTOR_KINDS = {"person", "state", "organisation", "group"}
_SOURCE_PREPOSITIONS = {"from", "by", "among"}
# Nouns of a number or body of people before "of" ("a trio of governors"): the people are the
# crowd a participle describes (after any other noun's "of" the phrase is read as before).
_PORTIONS = {"trio", "pair", "couple", "handful", "dozen", "dozens", "hundreds", "thousands", "number", "group",
             "army", "chorus", "band", "coalition", "host", "series", "majority", "minority", "bloc"}
# Words a crowd's noun phrase does not run back across (its "of" it does: "the chorus of detractors").
_NOT_IN_A_CROWD = {"to", "on", "in", "at", "with", "for", "from", "by", "about", "against", "or", "than",
                   "would", "will", "can", "could", "should", "may", "might", "must", "has", "have", "had",
                   "is", "are", "was", "were", "be", "been", "that", "who", "which"}
_QUANTIFIERS = {"several", "many", "some", "other", "most", "hundreds", "thousands"}
# "he’s sought": a contraction of "has", not a possessive.
_CONTRACTIONS = {f"{w}{a}s" for w in ("he", "she", "it", "who", "that", "there", "what", "one") for a in "’'"}


_PHASE_VERBS = word_set("phase_verbs")  # lexicon/phase_verbs.txt
_AUTHORING = word_set("authoring_verbs")  # lexicon/authoring_verbs.txt


# A clause that opens with one of these and a pronoun has that pronoun as its subject.
_SUBORDINATORS = {"though", "although", "while", "whereas", "because", "since", "once", "unless", "if", "when"}
_SUBJECTS = {"he", "she", "they", "we", "i"}
# Words that end a subject before its verb: prepositions, auxiliaries, relatives.
_NOT_IN_SUBJECT = {"to", "for", "from", "with", "by", "as", "at", "in", "on", "of", "that", "which", "who",
                   "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could",
                   "should", "can", "may", "might", "must", "did", "does", "do", "not", "also", "then"}
_EVENTS = word_set("event_nouns")  # meetings that act as one


class Holders:
    def _participle_subject(self, c: int, lo: int) -> tuple[int, int] | None:
        """The doer of a participle or gerund cue: 'objections from conservatives opposing X'
        (the phrase before it, after from/by/among), 'punish the mayor for refusing to …'
        (the object before 'for')."""
        doc = self.doc
        if not doc.lower[c].endswith("ing") or c - 1 <= lo:
            return None
        if doc.lower[c - 1] == "for":
            np = self.np.np_ending(c - 2, lo)
            return np if np is not None and self._names_actor(np) else None
        crowd = self._crowd_object(c, lo)
        if crowd is not None:
            return crowd
        np = self.np.np_ending(c - 1, lo) or self._bare_np(c - 1, lo)
        while np is not None and np[0] - 2 >= lo and doc.lower[np[0] - 1] == "of":
            # "the NAACP board of directors": the whole phrase
            head = self.np.np_ending(np[0] - 2, lo) or self._bare_np(np[0] - 2, lo)
            np = (head[0], np[1]) if head is not None else None
        if np is None or np[0] - 1 < lo:
            return None
        if doc.lower[np[0] - 1] in ("to", "at", "with", "on", "in", "into"):
            # "Adderley wrote to the US Embassy asking to waive …": the writer asks.
            main = self._clause_subject(np[0] - 1, lo)
            return main if main is not None and self._names_actor(main) else None
        if doc.lower[np[0] - 1] not in _SOURCE_PREPOSITIONS:
            return None
        return np if self._names_actor(np) else None

    def _tag_before(self, c: int) -> tuple[tuple[int, int], Referent] | None:
        """'“Oh, let him make that decision,” said Vice President Joe Biden, urging …': a
        participle after a quote's tag is the speaker's."""
        doc = self.doc
        if not doc.lower[c].endswith("ing") or c < 2 or doc.words[c - 1] != ",":
            return None
        att = self.tag_ends.get(c - 2)
        if att is None or not self._is_actor(att.referent, att.speaker[1], att.speaker[0]):
            return None
        return att.speaker, att.referent

    def _subject_before_aside(self, c: int, lo: int) -> tuple[int, int] | None:
        """The clause's subject for a cue after an aside between dashes, when no verb stands
        between them: 'The United States and others - including … - want', not 'Sanders said
        closed primaries -- … -- deny'."""
        doc = self.doc
        main = self._clause_subject(c, lo)
        opening = self.np.skip_parenthetical_left(c - 1, lo) + 1
        if main is None or any(doc.lower[t] in self.lx.speech_verbs or doc.lower[t].endswith("ed")
                               or doc.lower[t] in self.lx.irregular_past for t in range(main[1], opening)):
            return None
        return main

    def _crowd_object(self, c: int, lo: int) -> tuple[int, int] | None:
        """'faced the chorus of detractors calling for …', 'met protesters demanding …': the
        verb's object that the participle at c describes, when it is a crowd the article does
        not name (a plural person or group noun, no person's name in it) and no comma stands
        between. The phrase runs back to its determiner, or is the bare plural."""
        doc = self.doc
        head = doc.lower[c - 1]
        if not (head.endswith("s") and (head in self.lx.demand_groups or head in self.lx.person_nouns)):
            return None
        i = c - 1
        for d in range(c - 2, max(lo, c - 8) - 1, -1):
            w = doc.lower[d]
            if not w.replace("-", "").isalnum() or w.endswith("ed") or w in self.lx.irregular_past \
                    or w in _NOT_IN_A_CROWD or w == "of":
                break  # "faced | protesters", "a letter to | Senate leaders", "a trio of | governors"
            i = d
            if w in DETERMINERS:
                break
        if not (i - 1 >= lo and doc.words[i - 1].islower() and doc.words[i - 1].isalpha()) \
                or doc.lower[i - 1] in _NOT_IN_A_CROWD and doc.lower[i - 1] not in _SOURCE_PREPOSITIONS \
                or doc.lower[i - 1] == "of" and doc.lower[i - 2] not in _PORTIONS:
            return None  # "sent a letter to the NAACP board urging …": the writer urges, not whom it is sent to
        np = (i, c)
        if any(m.kind == "person" for m in self.resolver.mentions_in(*np)):
            return None
        return np if self._names_actor(np) else None

    def _bare_np(self, k: int, lo: int) -> tuple[int, int] | None:
        """A plain noun phrase ending at token k ('conservatives', 'sixteen states'): the
        words back to a preposition, verb or punctuation, at most five."""
        doc = self.doc
        if k < lo or not doc.words[k].isalpha() or doc.lower[k] in CANNOT_END:
            return None
        i = k
        while i - 1 >= lo and k - i < 4 and doc.words[i - 1].isalpha() and doc.lower[i - 1] not in CANNOT_END \
                and doc.lower[i - 1] not in self.lx.speech_verbs and not doc.lower[i - 1].endswith("ed"):
            i -= 1
        if i - 1 >= lo and doc.lower[i - 1] in DETERMINERS:
            i -= 1
        return (i, k + 1)

    def _names_actor(self, np: tuple[int, int]) -> bool:
        if self.doc.lower[np[0]] in ("he", "she", "they", "it", "we", "i", "you"):
            return False
        return self._is_actor(self.resolver.resolve(*np), np[1])

    def _holder(self, c: int, lo: int, qi: int) -> tuple[tuple[int, int] | None, Referent | None]:
        doc = self.doc
        if c - 1 >= lo and doc.lower[c - 1] in ("who’s", "who's") and qi < 0:
            return self._relative_holder(c - 1)  # "Hillary Clinton — who’s called for …"
        if doc.lower[c].endswith("ing") and c - 1 > lo and doc.lower[c - 1] in _PHASE_VERBS:
            c -= 1  # "The community began calling for …": the subject of "began"
            while c - 1 > lo and doc.lower[c - 1].endswith("ly") and doc.words[c - 1].islower():
                c -= 1  # "… immediately began calling for …"
        tag = self._tag_before(c)
        if tag is not None:
            return tag
        np = self._participle_subject(c, lo) or self.np.subject_left(c, lo)
        if np is None and self._closing_dash(c - 1):
            np = self._subject_before_aside(c, lo)
            if np is None:
                return None, None  # "said closed primaries -- those open only to … -- deny": no actor
        if np is None:
            np = self._subordinate_subject(c, lo)
        if np is None:
            np = self._clause_subject(c, lo)
        if np is None and c - lo > 2 and doc.lower[lo] in _SUBORDINATORS and doc.lower[lo + 1] in _SUBJECTS:
            np = (lo + 1, lo + 2)  # "Though she called X “outrageous” and called for …": she
        if np is None:
            bare = self._bare_np(c - 1, lo)  # "sixteen states filed a lawsuit against …"
            np = bare if bare is not None and bare[0] == lo or bare and doc.lower[bare[0] - 1] in \
                _SOURCE_PREPOSITIONS else None
        if np is None:
            return None, None
        if np[0] - 2 >= lo and doc.lower[np[0] - 1] == "of" and doc.lower[np[0] - 2] in _EVENTS:
            # "an assembly of several foreign ministers in Cairo denounced …": the assembly
            np = (np[0] - 3 if np[0] - 3 >= lo and doc.lower[np[0] - 3] in ("a", "an", "the") else np[0] - 2, np[1])
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
        addressed = next((k + 1 for k in range(i + 1, j - 1) if doc.lower[k] in self.lx.demand_documents
                          and doc.lower[k + 1] in ("to", "from")), None)
        if addressed is not None:
            i, j = np = (i, addressed)  # "sent a letter to Comey seeking …": the letter's, not Comey's
        if doc.lower[j - 1] in self.lx.demand_documents:
            # "Pompeo sent a letter requesting …", "Podliska's lawsuit demands …": who wrote
            # the letter holds the demand.
            author = self._author(i, j, c, lo)
            if author is None:
                # "The Holocaust Museum issued a statement …. …, the statement urged Americans …"
                issuer = self.resolver.issued_before(i, doc.lower[j - 1]) \
                    if j - i == 2 and doc.lower[i] in ("the", "that", "this") else None
                return (np, issuer) if issuer is not None and self._is_actor(issuer, j, i) else (None, None)
            i, j = np = author
            lw = doc.lower[i] if j - i == 1 else ""
        if j - i == 1 and doc.lower[i] in _CONTRACTIONS:
            lw = doc.lower[i][:-2]  # "he’s sought": he
            ref = self.resolver.pronoun(i, lw) if lw in ("he", "she", "it") else self.resolver.resolve(i, j)
        else:
            ref = self.resolver.resolve(i, j)
        if not self._is_actor(ref, j, i):
            return None, None
        if ref.kind == "pronoun" and lw in ("it", "you"):
            return None, None
        if lw == "they" and ref.kind == "state":
            return None, None  # "people are scared. They want safe homes": people, not the state
        return np, ref

    def _rule_holder(self, cue: Cue, holder: tuple[int, int], ref: Referent) -> bool:
        """'it requires candidates to disclose …': a law or rule requires, a party demands."""
        i, j = holder
        if cue.base in ("require", "appeal") and j - i == 1 and self.doc.lower[i] in ("it", "they"):
            return True
        # "All agencies require the same definitions", "a national nominee requires a
        # majority": a rule in the present tense, said of a kind, not a party's demand.
        return (cue.base == "require" and self.doc.lower[cue.start] in ("require", "requires")
                and ref.kind == "description" and not any(m.kind != "outlet" for m in self.resolver.mentions_in(i, j)))

    def _author(self, i: int, j: int, c: int, lo: int, relative: bool = False) -> tuple[int, int] | None:
        """Who wrote the document i..j that carries a demand: its possessor ("his plan",
        "Podliska's lawsuit"), or the clause's subject when the cue is a participle
        ("X sent a letter urging …")."""
        doc = self.doc
        for k in range(i, j - 1):
            w = doc.words[k]
            if doc.lower[k] in ("his", "her", "their", "its"):
                return (k, k + 1)
            if w.endswith(("’s", "'s")):
                return (i if doc.lower[i] not in DETERMINERS else i + 1, k + 1)
        for m in self.resolver.mentions_in(i, j - 1):
            if m.kind in ("person", "organisation", "group"):
                return (m.tok, m.tok_end)  # "a Trump lawsuit attempting to …": Trump's, not "the Paris Agreement"
        if not (doc.lower[c].endswith("ing") or relative):
            return None  # "an ad that urges …" is its writer's as "an ad urging …" is
        if i - 1 < lo or doc.lower[i - 1] not in _AUTHORING:
            return None  # "a federal judge dismissed a lawsuit attempting to …": not the judge's
        main = self._clause_subject(i, lo)
        if main is None and i - 1 > lo:
            main = self.np.subject_left(i - 1, lo)  # the subject of "signed" in "… signed a letter urging"
        return main if main is not None and main[1] <= i else None

    def _is_actor(self, ref: Referent, j: int, i: int | None = None) -> bool:
        """A holder is an actor: a named one, a resolved pronoun, or a person or body noun
        ('officials', 'the union'), never a stray noun ('a visa', 'her lack')."""
        if ref.kind in _ACTOR_KINDS:
            return True
        if ref.kind == "pronoun":
            return False  # left unresolved
        if ref.kind == "description":
            if ref.party:
                return True
            lx = self.lx
            said = self.doc.lower[i if i is not None else j - 1:j]
            if said == ["they"]:
                said = ref.name.lower().split()  # "They indicated …": the people it stands for
            words = [w.removesuffix("’s").removesuffix("'s").rstrip("’'") for w in said]
            if "of" in words:
                words = words[:words.index("of")]  # "the head of …": the head
            # the head, or a person noun before it: "attorneys general"
            return any(w in lx.person_nouns or w in lx.collective_nouns or w in lx.demand_actor_nouns
                       or w in lx.demand_groups for w in words[-2:]) or self.doc.words[j - 1] in lx.group_words
        return False

    def _relative_holder(self, i: int) -> tuple[tuple[int, int] | None, Referent | None]:
        """'senators who wanted …', 'Sen. Lindsey Graham, who's called for …': the antecedent."""
        doc = self.doc
        k = i - 1
        if k >= 0 and doc.words[k] in (",", "—", "–", "("):
            k -= 1  # "Hillary Clinton — who’s called for …"
        lo = doc.sentences[doc.sent_of[i]][0]
        if k > lo and doc.lower[k] in ("here", "there"):
            k -= 1  # "a focal point for demonstrators here, who have called for …"
        np = self.np.np_ending(k, lo) if k >= lo else None
        if np is not None:
            np = self.np.relative_antecedent(np, lo)
        if np is None and k >= lo and doc.lower[k].endswith("s") and doc.words[k].islower() \
                and (doc.lower[k] in self.lx.person_nouns or doc.lower[k] in self.lx.group_nouns):
            np = (k, k + 1)  # "…, conservatives who wanted the federal government out of education"
        if np is None:
            return None, None
        if doc.lower[np[1] - 1] in self.lx.demand_documents:
            author = self._author(np[0], np[1], i + 1, lo, relative=True)  # "a lawsuit filed by Texas which tried …"
            if author is None:
                return None, None
            ref = self.resolver.resolve(*author)
            return (author if self._is_actor(ref, author[1], author[0]) else None), ref
        ref = self.resolver.resolve(*np)
        if ref.kind in ("outlet", "pronoun") or not self._is_actor(ref, np[1]):
            return None, None
        return (i, i + 1), ref  # the mention is the relative pronoun; its referent the antecedent

    def _subordinate_subject(self, c: int, lo: int) -> tuple[int, int] | None:
        """'The IOC refused to … after the World Anti-Doping Agency and 14 national anti-doping
        organizations called for the ban': a finite cue in a clause that a subordinator opens
        inside the sentence has that clause's subject, not the sentence's."""
        doc = self.doc
        if doc.lower[c].endswith("ing") or c - 1 <= lo or doc.lower[c - 1] == "to":
            return None
        for t in range(c - 2, max(lo, c - 16), -1):
            if doc.words[t] in (",", ";", "—") or doc.quote_of[t] >= 0:
                return None
            if doc.lower[t] in _SUBORDINATORS or doc.lower[t] in ("after", "before", "until"):
                np = self.np.clause_subject(c, t + 1)
                if np is None or np[0] != t + 1 or not all(self._in_subject(k) for k in range(np[1], c)):
                    return None  # "went after Hillary Clinton for following …": not a clause's subject
                return np
        return None

    def _in_subject(self, k: int) -> bool:
        """Token k can continue a subject up to its verb: '… Agency and 14 national anti-doping
        organizations called': a conjunction, a name or number, a noun or adjective (no
        preposition, auxiliary or verb form)."""
        doc = self.doc
        w, lw = doc.words[k], doc.lower[k]
        if lw in ("and", "or") or w[:1].isupper() or w[:1].isdigit():
            return True
        if not w.replace("-", "").isalpha() or lw in _NOT_IN_SUBJECT:
            return False
        return "-" in lw or not lw.endswith(("ed", "ing"))  # ("anti-doping": an adjective)

    def _clause_subject(self, c: int, lo: int) -> tuple[int, int] | None:
        """'X has been …, traveling to Israel to meet leaders and push for …': the clause's subject."""
        rel = self._relative_opening(c, lo)
        if rel is not None:
            return (rel, rel + 1)  # "demonstrators, who have taken to the streets and called for …"
        np = self.np.clause_subject(c, lo, contracted=True)
        if np is not None and self.doc.quote_of[np[0]] < 0:
            return np
        return None

    def _relative_opening(self, c: int, lo: int) -> int | None:
        """The 'who' after a comma that opens a relative clause whose second verb is the cue
        ('X, who have taken to the streets and called for …'): the clause's own subject.
        Nothing that opens a clause of its own (a comma, 'that', a pronoun) comes between."""
        doc = self.doc
        k = c - 1
        while k > lo and self.np.adverb(k):
            k -= 1
        if doc.lower[k] != "and":
            return None
        for k in range(k - 1, lo, -1):
            if doc.words[k] in (",", ";", "—", "“", "”", '"') or doc.quote_of[k] >= 0 \
                    or doc.lower[k] in ("that", "he", "she", "they", "it", "we", "i"):
                return None
            if doc.lower[k] == "who":
                return k if doc.words[k - 1] == "," else None
        return None

    # -- the object --------------------------------------------------------
