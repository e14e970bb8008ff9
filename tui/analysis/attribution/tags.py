"""Tags next to a quote: after it (“Q,” X said), before it (X said: “Q”), closing its
sentence."""
from __future__ import annotations

from ..mentions import OUTLET, PERSON
from ..phrases import STOP
from ..resolve import POSSESSIVE_PRONOUNS
from .base import RuleBase

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
              "beam", "opine", "bark", "crow", "marvel", "rave", "demand", "urge", "implore", "beg"}
_QUOTING_VERBS = {"quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite"}
_LEAD_PUNCT = {",", "—", "–", "-", "(", ":", "―"}


class TagRules(RuleBase):
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
                over = self._quoted_modifier(hi)
                if over is None:
                    break
                hi = over  # '“…,” Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said'
                continue
            hi += 1
            if w in (".", "!", "?", ";") and not (hi < n and doc.words[hi] == ")"):
                break
        return lo, hi

    def _quoted_modifier(self, o: int) -> int | None:
        """The token after a short quote opening at token o that modifies the noun after it
        ('“Ted Cruz” campaign pins'): a few words, then a lowercase word; else None."""
        doc = self.doc
        qi = doc.quote_of[o + 1] if o + 1 < len(doc.words) else -1
        if qi < 0:
            return None
        c = self.close_tok[qi]
        if c < 0 or c - o > 4 or c + 1 >= len(doc.words) or not doc.words[c + 1].isalpha() \
                or not doc.words[c + 1].islower():
            return None
        return c + 1

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

    def _quote_ends_clause(self, qi: int, k: int, lo: int) -> bool:
        """“Q,” said X / “Q?” asked X: the quote's own punctuation hands over to the cue."""
        q = self.doc.quotes[qi]
        inner = self.doc.text[q.start:q.end].rstrip(" '’\"”")
        return inner[-1:] in (",", "?", "!", "…", "—", "-") or k > lo

    def _reported_by_document(self, c: int, np: tuple[int, int], lo: int) \
            -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'X decided, according to the summary, “…”': a document set between commas after a
        clause's verb is where the words are reported; the clause's subject speaks them."""
        doc = self.doc
        v = c - 2
        if doc.lower[np[1] - 1] not in self.lx.document_nouns or v < lo or doc.words[c - 1] != "," \
                or not (doc.words[v].isalpha() and doc.words[v].islower()):
            return None
        subject = self.np.subject_left(v, lo)
        if subject is None or not self._can_speak(subject):
            return None
        return subject, (v, v + 1)

    def _quoted_as_saying(self, c: int, lo: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """'quoted X as saying', 'cited X as saying': the one quoted speaks, not who quotes."""
        doc = self.doc
        if doc.lower[c] not in ("saying", "says", "said") or c - 3 < lo or doc.lower[c - 1] != "as":
            return None
        np = self.np.np_ending(c - 2, lo)
        if np is None or np[0] - 1 < lo or doc.lower[np[0] - 1] not in _QUOTING_VERBS:
            return None
        return np, (c, c + 1)

    def _quoting(self, np: tuple[int, int], hi: int) -> tuple[int, int]:
        """'According to Yonhap news agency, quoting North Korea's KCNA, …': the source the
        outlet quotes speaks, not the outlet."""
        doc = self.doc
        k = np[1]
        if k + 2 < hi and doc.words[k] == "," and doc.lower[k + 1] in ("quoting", "citing"):
            quoted = self.np.np_right(k + 2, hi)
            if quoted is not None:
                return quoted
        return np

    def _after(self, qi: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        doc = self.doc
        lo, hi = self._after_bounds(qi)
        k = lo
        while k < hi and doc.words[k] in _LEAD_PUNCT:
            k += 1
        if k >= hi:
            return self._signature_line(qi) if lo == hi else None
        if self._according_to(k, hi):
            np = self.np.np_right(k + 2, hi)
            if np:
                return self._quoting(np, hi), (k, k + 2)
        if doc.lower[k] == "by" and self._passive_cue_before(qi):
            # “witch hunt” by Democrats / as described by FBI Director James Comey
            np = self.np.np_right(k + 1, hi)
            if np and self._can_speak(np):  # not "“martyred” by the airstrike"
                return np, None
        if doc.lower[k] == "state" and k + 1 < hi and doc.words[k + 1][:1].isupper() \
                and doc.lower[k + 1] in self.lx.title_words:
            k += 1  # “…,” state Sen. Jason Holsman (D) said: a modifier, not the verb "state"
        if self._is_cue(k) or (doc.lower[k] in self.lx.speech_verbs and doc.words[k].islower()
                               and k + 1 < hi and doc.lower[k + 1] in ("the", "a", "an", "his", "her", "their")):
            if doc.lower[k].endswith("ing") or self.lx.speech_verbs.get(doc.lower[k]) not in _TAG_VERBS:
                return None  # “…,” denounced her record / referencing …: not an inverted tag
            np = self.np.np_right(k + 1, hi) or self._person_after_role(k + 1, hi)
            if np and (self._quote_ends_clause(qi, k, lo) or self._quote_resumes(np[1])
                       or doc.words[k].islower() and self._sentence_final(qi)):
                return np, (k, k + 1)  # the last: “We are not leaving.” said X (no new sentence starts)
            return None
        # “Q,” X said / “Q,” X (R-Utah), the chairman, said in a statement / “Q,” as X put it
        if doc.lower[k] == "as" and k + 1 < hi:
            k += 1
        np = self.np.np_right(k, hi)
        if np is not None:
            c = self.np.skip_right(np[1], hi)
            if c < hi and self._is_cue(c) and not (self._kind(qi) == "partial" and c + 1 < len(doc.words)
                                                   and doc.words[c + 1] == ":"):
                # (“After Scalia said that … “less advanced schools,” Trump said: “…”": the tag
                # introduces the next quote, and the words are the clause's own speaker's)
                # “Q.” Russia insisted that …: a new sentence with its own content, not a tag.
                if not self._sentence_final(qi) or self._tag_ends(c + 1, hi) and not self._quote_resumes(hi):
                    # (but “Q.” She also said “Q2”: the new sentence leads into the next quote)
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
        # (after a partial quote that a cue before it reports, only a tag ending the sentence:
        # 'While Sanders admitted that it would be “very hard” …, his campaign has argued that …')
        reported = None
        for c in range(k, hi if not self._sentence_final(qi) else k):
            if doc.words[c] == "," and c + 2 < hi:
                if reported is None:
                    reported = self._kind(qi) == "partial" and self._cue_earlier_in_sentence(qi, finite=True)
                found = self._tag_after_comma(c, hi, hi, closing=reported)
                if found is not None:
                    return found
            if self._according_to(c, hi):
                np2 = self.np.np_right(c + 2, hi)
                if np2:
                    return np2, (c, c + 2)
        return None

    def _person_after_role(self, k: int, hi: int) -> tuple[int, int] | None:
        """'said master of ceremonies Asab Al-Tabchi': a person named after a role in lowercase
        words with no article, which the phrase reader does not take for a subject."""
        doc = self.doc
        for m in self.resolver.mentions_in(k, min(hi, k + 7)):
            if m.kind == PERSON and m.tok > k and all(doc.words[t].islower() and doc.words[t].isalpha()
                                                    for t in range(k, m.tok)):
                return m.tok, m.tok_end
            break
        return None

    def _signature_line(self, qi: int) -> tuple[tuple[int, int], None] | None:
        """A quote that is its whole paragraph, signed by the next: '“I went to Wall Street
        before the crash. …”' then '- Clinton.' (a fact-check's claims, an epigraph). Only a
        known actor's name signs; a byline follows prose, not a quote."""
        doc = self.doc
        q = doc.quotes[qi]
        block = doc.blocks[q.block]
        if q.block + 1 >= len(doc.blocks) or q.open_at != block.start or doc.text[q.close_at + 1:block.end].strip():
            return None
        nxt = doc.blocks[q.block + 1]
        toks = doc.tokens_between(nxt.start, nxt.end)
        if len(toks) < 2 or len(toks) > 16 or doc.words[toks[0]] not in ("-", "—", "–", "―"):
            return None
        end = toks[-1] if doc.words[toks[-1]] == "." else toks[-1] + 1
        np = self.np.np_right(toks[0] + 1, end)
        # the name ends the line, or a comma follows it ('-Michelle Marks, Philadelphia.',
        # '-President Obama, tweeting after Clinton's speech.')
        if np is None or not (np[1] == end or doc.words[np[1]] == ",") or not self.resolver.mentions_in(*np):
            return None
        return np, None

    def _tag_cue_subject(self, qi: int, k: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A tag whose subject the NP reader cannot walk ('Fight for $15 organizing director
        Kendall Fells told …'): the first cue within a few words, and its subject to the left."""
        doc = self.doc
        if self._sentence_final(qi) or self._kind(qi) != "direct" or doc.lower[k] in STOP:
            return None  # “Q.” Russia insisted that …: a sentence of its own; “Q,” when X …
        for c in range(k + 1, min(hi, k + 20)):
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
        start = c + 2 if c + 2 < end and doc.lower[c + 1] == "as" else c + 1  # ', as X suggested'
        np = self.np.np_right(start, end)
        if np is None:
            return None
        k = self.np.skip_right(np[1], end)
        if k < end and self._is_cue(k) and not (closing and (doc.lower[k].endswith("ing")
                                                             or not self._tag_ends(k + 1, hi))):
            return np, (k, k + 1)
        return None

    def _cue_earlier_in_sentence(self, qi: int, finite: bool = False) -> bool:
        """A cue before quote qi in its sentence; with `finite`, one with its own subject, not a
        participle ('in explaining why …, Clinton described')."""
        o = self.open_tok[qi]
        lower, cues = self.doc.lower, self.cue_words
        return any(self._is_cue(t) for t in range(self.doc.sentences[self.doc.sent_of[o]][0], o)
                   if lower[t] in cues and not (finite and lower[t].endswith("ing")))

    def _quote_resumes(self, k: int) -> bool:
        """“We stand ready” tweeted Johnson “to provide …”: the quote goes on right after the
        tag, so the tag splits one quotation."""
        return k in self._open_toks

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
        # len(text[a:b].strip(" .,\u00a0")) <= 40, without copying the rest of a long paragraph
        text, a, b = doc.text, doc.ends[k - 1], block.end
        while a < b and text[a] in " .,\u00a0":
            a += 1
        while b > a and text[b - 1] in " .,\u00a0":
            b -= 1
        return b - a <= 40

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
                np = (c - 1, c)
            elif owner.endswith(("’s", "'s")):
                named = [m for m in self.resolver.mentions_in(lo, c) if m.tok_end == c]
                np = (named[-1].tok, c) if named else self.np.np_ending(c - 1, lo)  # the name, not the clause before it
            else:
                continue
            if np is None or doc.words[hi - 1] == ":" and self._rejected_words(np[0], lo):
                return None
            return np, (c, c + 1)
        return None

    def _named_relative(self, np: tuple[int, int]) -> bool:
        """A 'who' set off by its comma after a name it stands for ('Loretta E. Lynch, who told'),
        not one inside an object ('coming from a candidate who promised')."""
        i = np[0]
        return i >= 2 and self.doc.words[i - 1] == "," and self.resolver.resolve(*np).kind not in ("pronoun", "description")

    def _rejected_words(self, k: int, lo: int) -> bool:
        """'Bolsonaro opposed Macron's statement: “…”': the words are the object of a
        rejection; what follows its colon is the rejecter's answer, not the owner's words
        (but 'the rally denounced Trump's call for “…”' quotes Trump)."""
        doc = self.doc
        k -= 1
        while k >= lo and self.np.adverb(k):
            k -= 1
        return k >= lo and doc.lower[k] in self.lx.reject_verbs

    def _before(self, qi: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """The cue before the quote. Of several ('X said Y called it “Z”'), the one whose
        subject is the sentence's own subject wins; otherwise the nearest."""
        doc = self.doc
        lo, hi = self._before_bounds(qi)
        if hi <= lo:
            return None
        candidates: list[tuple[tuple[int, int], tuple[int, int]]] = []
        relative = None
        opener = -1
        lower, cues = doc.lower, self.cue_words
        for c in range(lo, hi):
            if lower[c] not in cues:
                continue  # no cue, participle or "according to" there
            if self._according_to(c, hi):
                np = self.np.np_right(c + 2, hi)
                reporter = self._reported_by_document(c, np, lo) if np else None
                if reporter is not None:
                    candidates.append(reporter)  # "Lord Carloway decided, according to the summary, “…”"
                elif np:
                    candidates.append((self._quoting(np, hi), (c, c + 2)))
                continue
            if self._opening_participle(c):
                opener = c  # Calling the plan “a disaster,” Governor X vowed …: tried last
                continue
            quoted = self._quoted_as_saying(c, lo)
            if quoted is not None:
                return quoted  # "IRNA quoted Foreign Minister Zarif as saying “…”": Zarif
            if not self._is_cue(c):
                continue
            agent = self._passive_agent(c, hi)
            if agent:
                candidates.append((agent, (c, c + 1)))
                continue
            if self._passive(c):
                continue  # 'it was labeled “Mostly True”': the one labelled does not speak
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
            if relative and doc.words[hi - 1] == ":" and relative[1][0] > cue[0] and self._named_relative(relative[0]):
                return relative  # "Any decision to charge … would involve Lynch, who told Congress …: “…”"
            last_np = candidates[-1][0]
            if last_np[0] > lo and doc.lower[last_np[0] - 1] in ("which", "whom") and not doc.lower[cue[0]].endswith("ing"):
                return candidates[-1]  # "… the decision, which Ross has referred to as “gamesmanship”": Ross's word
            main = self._clause_subject(hi - 1) if hi - 1 >= lo else None
            if main is not None:
                for np, cue in reversed(candidates):
                    if np[0] <= main[0] < np[1] or main[0] <= np[0] < main[1]:
                        return np, cue
            return candidates[-1]
        if relative:
            return relative
        if opener >= 0:
            np = self._subject_after_opener(opener)
            if np:
                return np, (opener, opener + 1)
        owner = self._possessive_speech_noun(lo, hi)
        if owner is not None:
            return owner
        # "X: “Q”" — a lead-in naming the speaker, with no verb; or a dash handing over to the
        # quote ('Trump also embraced enhanced interrogation techniques -- “I think …”').
        k = hi - 1
        while k > lo and doc.words[k] in ("-", "—", "–") and doc.words[k - 1] in ("-", "—", "–"):
            k -= 1  # "--"
        # a dash, or "--" (a single "-" may be a hyphen)
        if k >= lo and (doc.words[k] in ("—", "–") or doc.words[k] == "-" and k + 1 < hi):
            subject = self._clause_subject(k)
            if subject is not None and any(m.kind == PERSON and m.tok_end == subject[1]
                                           and not doc.words[m.tok_end - 1].endswith(("’s", "'s"))
                                           for m in self.resolver.mentions_in(*subject)):
                return subject, None  # the person, not "Kasich’s speech was interrupted by … —"
        if k >= lo and doc.words[k] in (":", ","):
            ms = [m for m in self.resolver.mentions_in(lo, k) if m.kind in (PERSON, OUTLET)]
            subject = (self._clause_subject(k) or self.np.pronoun_after_adverbial(lo, k)) if doc.words[k] == ":" else None
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
