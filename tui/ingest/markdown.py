"""Markdown articles to plain text plus structural blocks with offsets.

markdown-it-py parses; we keep only the words a reader reads (no markup
characters), one block per heading, paragraph, list item or block quote,
separated by blank lines so the plain text reads well on its own.

What the reader draws besides (``MarkdownDocument``): the inline formatting as spans over
the text (emphasis, strong, code, strikethrough, links with their targets), each list
item's marker ("•", or "3." in an ordered list), and where a list ends.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import Block, BlockKind
from .files import Inline, InlineKind

# html=True so raw HTML comes out as html_inline/html_block tokens, whose tags we drop
# (with html=False they would be kept as literal "<b>…</b>" text). Tables and
# ~~strikethrough~~ are common in news Markdown; without these rules their pipes and
# tildes would stay in the text.
_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)


_OPENS: dict[str, InlineKind] = {"em_open": "em", "strong_open": "strong", "s_open": "strike",
                                 "link_open": "link"}
_CLOSES = {"em_close", "strong_close", "s_close", "link_close"}


@dataclass
class MarkdownDocument:
    text: str
    blocks: list[Block]
    inline: list[Inline] = field(default_factory=list)  # offsets into text
    markers: list[str] = field(default_factory=list)  # per block: its list marker, or ""
    list_ends: set[int] = field(default_factory=set)  # blocks that end a top-level list


def _inline_text(token: Token) -> tuple[str, list[Inline]]:
    """The inline's words, and its formatting as spans over them."""
    parts: list[str] = []
    styles: list[Inline] = []
    open_: list[tuple[InlineKind, int, str]] = []
    pos = 0
    for child in token.children or []:
        t = child.type
        piece = ""
        if t == "text":
            piece = child.content
        elif t == "code_inline":
            piece = child.content
            styles.append(Inline(pos, pos + len(piece), "code"))
        elif t in ("softbreak", "hardbreak"):
            piece = " "
        elif t == "image":
            piece = child.content or ""
        elif t in _OPENS:
            target = str(child.attrs.get("href", "")) if t == "link_open" else ""
            open_.append((_OPENS[t], pos, target))
        elif t in _CLOSES and open_:
            kind, start, target = open_.pop()
            if pos > start:
                styles.append(Inline(start, pos, kind, target))
        parts.append(piece)
        pos += len(piece)
    return "".join(parts), styles


def markdown_to_text(source: str) -> tuple[str, list[Block]]:
    doc = markdown_document(source)
    return doc.text, doc.blocks


def markdown_document(source: str) -> MarkdownDocument:
    tokens = _md.parse(source)
    pieces: list[str] = []
    doc = MarkdownDocument("", [])
    blocks = doc.blocks
    pos = 0
    lists: list[list[int]] = []  # per open list: [next number] if ordered, else []
    item_marker = ""  # the marker of the list item whose first block is still to come
    quote_depth = 0
    heading_level = 0

    def emit(raw: str, kind: BlockKind, level: int, styles: list[Inline] = ()) -> None:
        nonlocal pos, item_marker
        lead = len(raw) - len(raw.lstrip())
        content = raw.strip()
        if not content:
            return
        if pieces:
            pieces.append("\n\n")
            pos += 2
        blocks.append(Block(pos, pos + len(content), kind, level))
        doc.markers.append(item_marker if kind == "list_item" else "")
        item_marker = ""
        for style in styles:
            start, end = max(style.start - lead, 0), min(style.end - lead, len(content))
            if end > start:
                doc.inline.append(Inline(pos + start, pos + end, style.kind, style.target))
        pieces.append(content)
        pos += len(content)

    for tok in tokens:
        t = tok.type
        if t == "bullet_list_open":
            lists.append([])
        elif t == "ordered_list_open":
            start = tok.attrs.get("start", 1)
            lists.append([int(start) if str(start).isdigit() else 1])
        elif t in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists and blocks and blocks[-1].kind == "list_item":
                doc.list_ends.add(len(blocks) - 1)
        elif t == "list_item_open" and lists:
            counter = lists[-1]
            if counter:
                item_marker = f"{counter[0]}{tok.markup or '.'}"
                counter[0] += 1
            else:
                item_marker = "•"
        elif t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "heading_open":
            heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "heading_close":
            heading_level = 0
        elif t == "inline":
            text, styles = _inline_text(tok)
            if heading_level:
                emit(text, "heading", heading_level, styles)
            elif lists:
                emit(text, "list_item", len(lists), styles)
            elif quote_depth:
                emit(text, "blockquote", quote_depth, styles)
            else:
                emit(text, "paragraph", 0, styles)
        elif t in ("fence", "code_block"):
            for line in tok.content.splitlines():
                emit(line, "paragraph", 0)
        elif t == "html_block":
            for line in _TAG.sub(" ", tok.content).splitlines():
                emit(" ".join(line.split()), "paragraph", 0)
    doc.text = "".join(pieces)
    return doc
