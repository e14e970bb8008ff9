"""Tokens and sentences over the article text, with each token's quote and block.

The rules work on this light token layer (no tagger, no parser): a word, its
offsets, whether it stands inside a quotation and in which paragraph.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..ingest import title_block
from ..model import Block
from .quotes import QuoteSpan

_ABBREV = (r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Lt|Col|Sgt|Jr|Sr|St|Prof|Rev|Capt|Maj|Adm"
           r"|Cmdr|Mt|Ft|Atty|Supt|Insp|Pres|Gens|Lieut|Cpl|Pvt|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|No|Vol"
           r"|vs|etc|Inc|Corp|Co|Ltd|Calif|Fla|Ariz|Mass|Penn|Conn|Wash|Colo|Mich|Minn|Wis|Tenn|Ky|Ga"
           r"|Ala|Ill|Ind|Kan|Md|Mo|Nev|Okla|Ore|Va|Vt|Wyo|Neb|Miss|Ark|La|Del|Tex)\.")
TOKEN = re.compile(rf"(?:[RDI]-[A-Z][A-Za-z.]*\.(?=[),\s]))|(?:[A-Z]\.){{2,}}|{_ABBREV}|[A-Z]\.(?=\s+[A-Z])|\w+(?:[’'\-]\w+)*|[^\w\s]")
QUOTE_CHARS = set("\"“”„«»‘’‚")
_SENT_END = {".", "!", "?"}
# Capitalised words that start a sentence and never continue a name ("the U.S. He said").
_SENTENCE_OPENERS = {"He", "She", "It", "They", "We", "I", "The", "But", "And", "This", "That", "These",
                     "Those", "His", "Her", "Their", "Its", "There", "Yet", "So", "Still", "However",
                     "Meanwhile", "When", "While", "If", "Asked", "In", "A", "An"}


@dataclass(slots=True)
class Doc:
    text: str
    blocks: list[Block]
    quotes: list[QuoteSpan]
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    lower: list[str] = field(default_factory=list)
    quote_of: list[int] = field(default_factory=list)  # quote index or -1
    block_of: list[int] = field(default_factory=list)
    sent_of: list[int] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # token index ranges
    headline: int = -1  # index of the title block, if the article has one

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
    n = len(doc.starts)
    quote_of = [-1] * n
    for qi, q in enumerate(doc.quotes):
        # Inner tokens only; the marks themselves stay outside.
        for t in doc.tokens_between(q.start, q.end):
            quote_of[t] = qi
    doc.quote_of = quote_of


def _mark_blocks(doc: Doc) -> None:
    block_of = [0] * len(doc.starts)
    for bi, b in enumerate(doc.blocks):
        for t in doc.tokens_between(b.start, b.end):
            block_of[t] = bi
    doc.block_of = block_of


def _split_sentences(doc: Doc) -> None:
    words, quote_of, block_of = doc.words, doc.quote_of, doc.block_of
    n = len(words)
    sentences: list[tuple[int, int]] = []
    start = 0
    for i in range(n):
        end_here = False
        if i + 1 >= n or block_of[i + 1] != block_of[i]:
            end_here = True
        elif words[i] in _SENT_END and quote_of[i] < 0:
            j = i + 1
            while j < n and words[j] in "”’)\"'" and quote_of[j] < 0:
                j += 1
            if j < n and (words[j][0].isupper() or words[j] in "“\"‘(" or words[j][0].isdigit()):
                end_here = j == i + 1 or True
        elif len(words[i]) > 1 and words[i].endswith(".") and quote_of[i] < 0 and i + 1 < n \
                and words[i + 1] in _SENTENCE_OPENERS:
            end_here = True  # "… attacks in the U.S. He says …": an abbreviation ends the sentence
        elif words[i] in "”\"" and quote_of[i] < 0 and i > 0 and words[i - 1] in _SENT_END:
            # “… priority.” Then a new sentence, unless "he said" follows.
            if i + 1 < n and (words[i + 1][0].isupper() or words[i + 1] in "“\""):
                end_here = True
        if end_here:
            sentences.append((start, i + 1))
            start = i + 1
    sent_of = [0] * n
    for si, (a, b) in enumerate(sentences):
        for t in range(a, b):
            sent_of[t] = si
    doc.sentences = sentences
    doc.sent_of = sent_of


def build_doc(text: str, blocks: list[Block], quotes: list[QuoteSpan]) -> Doc:
    doc = Doc(text, blocks, quotes)
    title = title_block(text, blocks)
    doc.headline = -1 if title is None else title
    starts, ends, words = doc.starts, doc.ends, doc.words
    for m in TOKEN.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        words.append(m.group())
    doc.lower = [w.lower() for w in words]
    _mark_quotes(doc)
    _mark_blocks(doc)
    _split_sentences(doc)
    return doc
