"""Tokens and sentences over the article text, with each token's quote and block.

The rules work on this light token layer (no tagger, no parser): a word, its
offsets, whether it stands inside a quotation and in which paragraph.
"""
from __future__ import annotations

import os
import re
import sys
import threading
from array import array
from itertools import accumulate, chain, compress, count, filterfalse
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial

from ..ingest import title_block
from ..model import Block
from .quotes import QuoteSpan

_ABBREV = (r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Sgt|Jr|Sr|St|Prof|Rev|Capt|Maj|Adm"
           r"|Cmdr|Mt|Ft|Atty|Supt|Insp|Pres|Gens|Lieut|Cpl|Pvt|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|Vol"
           r"|vs|etc|Inc|Corp|Co|Ltd|Calif|Fla|Ariz|Mass|Penn|Conn|Wash|Colo|Mich|Minn|Wis|Tenn|Ky|Ga"
           r"|Ala|Ill|Ind|Kan|Md|Mo|Nev|Okla|Ore|Va|Vt|Wyo|Neb|Miss|Ark|La|Del|Tex)\.")
# A word's letters with their combining accents ("José" written e + U+0301); inside a word, an
# apostrophe or hyphen, or the debris of a mis-decoded letter ("FranÃ�Â§ois": UTF-8 read as
# Latin-1, a control replaced at ingest): Latin-1 signs, never a quote or a space.
# The repeats are possessive (*+): the greedy path always matches at once (what follows a
# repeat may match nothing), so giving back is never needed, and the engine then keeps no
# state to give back with, for every word (-1% instructions of an analysis with the guard's;
# tests/test_linear.py checks the tokens against the plain greedy repeats'). Python 3.10's
# re has no possessive repeats: there the greedy ones, which find the same tokens.
_POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""
_LETTERS = rf"\w[\w\u0300-\u036f]*{_POSSESSIVE}"
_MOJIBAKE = "\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf\ufffd"
_WORD = rf"{_LETTERS}(?:(?:[’'\-]|[{_MOJIBAKE}]+){_LETTERS})*{_POSSESSIVE}|[^\w\s]"
# Party letters, initials, abbreviations: each starts with a capital or with the first letter
# of an abbreviation ("vs.", "etc.").
_CAPITALISED = rf"(?:[RDI]-[A-Z][A-Za-z.]*\.(?=[),\s]))|(?:[A-Z]\.){{2,}}|{_ABBREV}|[A-Z]\.(?=\s+[A-Z])"
_ABBREVIATIONS = _ABBREV[3:-3].split("|")  # (ASCII letters only: tests/test_linear.py)
_LEADS = "".join(sorted({a[0] for a in _ABBREVIATIONS} - set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
# The same alternatives in the same order, behind a lookahead that each of their matches
# passes: a capital or lead, a few letters at most, then a full stop or hyphen. A position
# that fails it (every space between tokens, a word that starts otherwise, and most
# capitalised words: "Trump said") skips the alternatives, some eighty branches, at once.
# (Its letters possessive too: no letter is a full stop or hyphen.)
_GUARD = rf"(?=[A-Z{_LEADS}][A-Za-z]{{0,{max(map(len, _ABBREVIATIONS)) - 1}}}{_POSSESSIVE}[.\-])"
TOKEN = re.compile(rf"{_GUARD}(?:{_CAPITALISED})|{_WORD}")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")  # the same tokens, kept by split
QUOTE_CHARS = set("\"“”„«»‘’‚")
_SENT_END = {".", "!", "?"}
# Capitalised words that start a sentence and never continue a name ("the U.S. He said").
_SENTENCE_OPENERS = {"He", "She", "It", "They", "We", "I", "The", "But", "And", "This", "That", "These",
                     "Those", "His", "Her", "Their", "Its", "There", "Yet", "So", "Still", "However",
                     "Meanwhile", "When", "While", "If", "Asked", "In", "A", "An"}


# Past this many distinct words the vocabulary starts afresh: it holds a corpus's words, not
# every string a long session ever met.
_CACHE_LIMIT = 500_000


# Articles may be analysed in threads: a word class and the words learnt agree at all times.
_lock = threading.Lock()


def _new_lock() -> None:
    global _lock
    _lock = threading.Lock()  # a fork may have copied it held by another thread


os.register_at_fork(after_in_child=_new_lock)


class WordSet:
    """A class of words (capitalised, able to end a sentence), decided by a test once per
    distinct word for the whole process (see Vocabulary), not for every article's words.
    select, if given, picks the members of a list of words as test would, in C-level passes
    over the list: every new word of an article meets every class, and a Python test costs
    a call per word."""

    def __init__(self, test: Callable[[str], object],  # (its truth is the answer)
                 select: Callable[[list[str]], Iterable[str]] | None = None) -> None:
        self.test = test
        self.select = select if select is not None else partial(filter, test)

    def of(self, doc: Doc) -> set[str]:
        """A set that holds, of every word of doc, exactly those of the class (and others)."""
        return doc.vocabulary.members(self)


class Vocabulary:
    """The distinct words met so far, each with its lowercase form and its word classes,
    decided once: most words of an article were met in the articles before it, so an article
    costs one look-up per distinct word, and a test only for the new ones. A Doc keeps the
    Vocabulary it was built with: one that is full is replaced by a new one, never cleared."""

    def __init__(self) -> None:
        self.lower: dict[str, str] = {}  # word -> its lowercase form
        self._classes: dict[WordSet, set[str]] = {}

    def learn(self, words: Collection[str]) -> bool:
        """Take in an article's distinct words; False (and nothing learnt) if they would make
        a non-empty vocabulary too large."""
        with _lock:
            new = list(filterfalse(self.lower.__contains__, words))
            if not new:
                return True
            if self.lower and len(self.lower) + len(new) > _CACHE_LIMIT:
                return False
            for word_set, members in self._classes.items():
                members.update(word_set.select(new))
            # Each new word's lowercase form, in C: a word that is lowercase is its own form,
            # and a form that is a word already met is that word's string, not a copy.
            lower = self.lower
            forms = list(map(str.lower, new))
            lower.update(zip(new, new))
            lower.update(zip(new, list(map(lower.get, forms, forms))))
        return True

    def members(self, word_set: WordSet) -> set[str]:
        found = self._classes.get(word_set)
        if found is None:
            with _lock:
                found = self._classes.get(word_set)
                if found is None:
                    found = self._classes[word_set] = set(word_set.select(list(self.lower)))
        return found


_vocabulary = Vocabulary()


def _learn(words: Collection[str]) -> Vocabulary:
    """The current vocabulary, holding words (a new one if the current one is full)."""
    global _vocabulary
    vocabulary = _vocabulary
    if not vocabulary.learn(words):
        vocabulary = _vocabulary = Vocabulary()
        vocabulary.learn(words)
    return vocabulary


# Every lowercase word a rule asked for the tokens of (Doc.tokens_of): some hundreds.
_ASKED: set[str] = set()


def positions(words: Sequence[str], wanted: Container[str]) -> Iterator[int]:
    """The indices of the tokens whose word is in wanted, in order, found by one C-level
    pass (the rules that visit only a few words' tokens need not loop over all of them),
    made as they are read: never a list of a corpus-sized article's capitals."""
    return compress(count(), map(wanted.__contains__, words))


@dataclass(slots=True)
class Doc:
    text: str
    blocks: list[Block]
    quotes: list[QuoteSpan]
    # Character offsets of each token: arrays of machine ints (unsigned: _OFFSET), 4 bytes
    # a token where a list of ints takes 40 (a corpus-sized article has millions of tokens).
    starts: Sequence[int] = field(default_factory=list)
    ends: Sequence[int] = field(default_factory=list)
    # Each distinct word is one string object, shared by all its tokens; so is each
    # lowercase form (the vocabulary's).
    words: list[str] = field(default_factory=list)
    lower: list[str] = field(default_factory=list)
    # The words' classes and lowercase forms, decided once per distinct word (WordSet.of).
    vocabulary: Vocabulary = field(default_factory=lambda: _vocabulary)
    # Per token, as int arrays too: its quote's index or -1, its block's, its sentence's.
    quote_of: Sequence[int] = field(default_factory=list)
    block_of: Sequence[int] = field(default_factory=list)
    sent_of: Sequence[int] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token index ranges
    headline: int = -1  # index of the title block, if the article has one
    # The tokens of the lowercase words rules ask for, by word, and those words (tokens_of);
    # int arrays, as the offsets: a tenth of the tokens of a corpus-sized article.
    _index: tuple[dict[str, array], frozenset[str]] | None = field(default=None, repr=False)

    def tokens_of(self, wanted: Collection[str]) -> Iterator[int]:
        """The indices of the tokens whose lowercase form is in wanted, in order. The first
        call gathers in one pass the tokens of every word asked for in the articles before,
        by word; a call for those words sorts their lists together (an int array), and a call
        for others scans the tokens, made as they are read, as positions (and they are
        gathered with the rest from the next article on)."""
        if self._index is None:
            asked = frozenset(_ASKED)
            index: dict[str, array] = {}
            lower = self.lower
            for k in positions(lower, asked):
                found = index.get(lower[k])
                if found is None:
                    found = index[lower[k]] = array("i")
                found.append(k)
            self._index = index, asked
        index, asked = self._index
        if not asked.issuperset(wanted):
            _ASKED.update(wanted)
            return positions(self.lower, wanted)
        lists = [index[w] for w in index.keys() & wanted]
        if len(lists) == 1:
            return iter(lists[0])
        # One C-level sort of the lists' tokens (each list is a sorted run, which the sort
        # merges), in an int array as the lists are: heapq.merge yields each token in Python.
        return iter(array("i", sorted(chain.from_iterable(lists))))

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after offset."""
        return bisect_right(self.ends, offset)

    def tokens_between(self, a: int, b: int) -> range:
        return range(bisect_left(self.starts, a), bisect_left(self.starts, b))

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character span of tokens i..j-1."""
        return self.starts[i], self.ends[j - 1]

    def is_quote_mark(self, i: int) -> bool:
        return self.words[i] in QUOTE_CHARS


def _mark_quotes(doc: Doc) -> None:
    quote_of = array("i", [-1]) * len(doc.starts)
    for qi, q in enumerate(doc.quotes):
        # Inner tokens only; the marks themselves stay outside.
        inner = doc.tokens_between(q.start, q.end)
        quote_of[inner.start:inner.stop] = array("i", [qi]) * len(inner)
    doc.quote_of = quote_of


def _mark_blocks(doc: Doc) -> set[int]:
    """Each token's block; returns the tokens where block_of can change (_sentence_ends):
    before a block's first token and at its last (tokens outside every block count as block
    0), and the last token."""
    n = len(doc.starts)
    block_of = array("i", [0]) * n
    edges = {n - 1}
    for bi, b in enumerate(doc.blocks):
        inside = doc.tokens_between(b.start, b.end)
        if len(inside):
            block_of[inside.start:inside.stop] = array("i", [bi]) * len(inside)
            edges.update((inside.start - 1, inside.stop - 1))
    edges.discard(-1)
    doc.block_of = block_of
    return edges


# The words at which a sentence can end (besides a block's last token): the rules of
# _sentence_ends look at these only. A full stop (or ! ?), a closing mark, or a word that
# ends in a full stop; a pattern's full match, so that the test of each new word is made in C.
_MAY_END = WordSet(re.compile(r"[.!?”\"]|.+\.", re.DOTALL).fullmatch)


def _sentence_ends(doc: Doc, edges: set[int]) -> list[int]:
    """The tokens that end a sentence, in order. The last token of a block always does (at
    the edges where block_of can change, from _mark_blocks); else only a full stop (or ! ?),
    a word ending in a full stop, or a closing mark can, so only those tokens are looked at."""
    words, quote_of, block_of = doc.words, doc.quote_of, doc.block_of
    n = len(words)
    ends: list[int] = []
    for i in sorted(edges.union(positions(words, _MAY_END.of(doc)))):
        end_here = False
        if i + 1 >= n or block_of[i + 1] != block_of[i]:
            end_here = True
        elif words[i] in _SENT_END and quote_of[i] < 0:
            j = i + 1
            while j < n and words[j] in "”’)\"'" and quote_of[j] < 0:
                j += 1
            if j < n and (words[j][0].isupper() or words[j] in "“\"‘(" or words[j][0].isdigit()):
                end_here = True
        elif len(words[i]) > 1 and words[i].endswith(".") and quote_of[i] < 0 and i + 1 < n \
                and words[i + 1] in _SENTENCE_OPENERS:
            end_here = True  # "… attacks in the U.S. He says …": an abbreviation ends the sentence
        elif words[i] in "”\"" and quote_of[i] < 0 and i > 0 and words[i - 1] in _SENT_END:
            # “… priority.” Then a new sentence, unless "he said" follows.
            if i + 1 < n and (words[i + 1][0].isupper() or words[i + 1] in "“\""):
                end_here = True
        if end_here:
            ends.append(i)
    return ends


def _split_sentences(doc: Doc, edges: set[int]) -> None:
    sentences: list[tuple[int, int]] = []
    sent_of = array("i")
    start = 0
    for si, i in enumerate(_sentence_ends(doc, edges)):
        sentences.append((start, i + 1))
        sent_of += array("i", [si]) * (i + 1 - start)
        start = i + 1
    doc.sentences = sentences
    doc.sent_of = sent_of


_CHUNK = 1 << 20
# The offsets' arrays are unsigned: array() stores an item of "I" by a plain conversion,
# one of "i" through PyArg_Parse (twice the time, for every token's start and end).
_OFFSET = "I"
# A place to cut the text for the tokenizer: after a space, before a character that is
# neither a space nor a capital. No token spans it, and no lookahead of TOKEN reaches past
# it with a different answer (the only one that crosses spaces wants a capital after them).
_CUT = re.compile(r"\s(?=[^\sA-Z])")


def _chunks(text: str) -> list[tuple[int, int]]:
    """Pieces of about a MB that tokenize as they do within the whole text: a big article's
    tokens are made a piece at a time, not all at once before they are shared."""
    out, a = [], 0
    while len(text) - a > _CHUNK:
        cut = _CUT.search(text, a + _CHUNK)
        if cut is None:
            break
        out.append((a, cut.end()))
        a = cut.end()
    out.append((a, len(text)))
    return out


def build_doc(text: str, blocks: list[Block], quotes: list[QuoteSpan]) -> Doc:
    doc = Doc(text, blocks, quotes)
    title = title_block(text, blocks)
    doc.headline = -1 if title is None else title
    starts, ends, words = array(_OFFSET), array(_OFFSET), []
    shared: dict[str, str] = {}  # each distinct word once
    share = shared.setdefault
    for a, b in _chunks(text):
        # One pass of the tokenizer in C: the pieces alternate between the text before a
        # token (only ever whitespace) and the token; their running lengths are the offsets.
        pieces = _TOKEN_SPLIT.split(text[a:b])
        # (through a list: array() takes one at once, an iterator an item at a time)
        offsets = array(_OFFSET, list(accumulate(map(len, pieces), initial=a)))
        starts.extend(offsets[1:len(offsets) - 1:2])
        ends.extend(offsets[2::2])
        tokens = pieces[1::2]
        words.extend(map(share, tokens, tokens))
        del pieces, tokens
    doc.starts, doc.ends, doc.words = starts, ends, words
    doc.vocabulary = _learn(shared.keys())
    doc.lower = list(map(doc.vocabulary.lower.__getitem__, words))
    _mark_quotes(doc)
    _split_sentences(doc, _mark_blocks(doc))
    return doc
