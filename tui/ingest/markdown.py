"""Markdown articles to plain text plus structural blocks with offsets.

markdown-it-py parses; we keep only the words a reader reads (no markup
characters), one block per heading, paragraph, list item or block quote,
separated by blank lines so the plain text reads well on its own.
"""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import Block, BlockKind

# html=True so raw HTML comes out as html_inline/html_block tokens, whose tags we drop
# (with html=False they would be kept as literal "<b>…</b>" text). Tables and
# ~~strikethrough~~ are common in news Markdown; without these rules their pipes and
# tildes would stay in the text.
_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content or "")
        elif child.type == "html_inline":
            continue
    return "".join(parts).strip()


def markdown_to_text(source: str) -> tuple[str, list[Block]]:
    tokens = _md.parse(source)
    pieces: list[str] = []
    blocks: list[Block] = []
    pos = 0
    list_depth = 0
    quote_depth = 0
    heading_level = 0

    def emit(content: str, kind: BlockKind, level: int) -> None:
        nonlocal pos
        content = content.strip()
        if not content:
            return
        if pieces:
            pieces.append("\n\n")
            pos += 2
        blocks.append(Block(pos, pos + len(content), kind, level))
        pieces.append(content)
        pos += len(content)

    for tok in tokens:
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "heading_open":
            heading_level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
        elif t == "heading_close":
            heading_level = 0
        elif t == "inline":
            text = _inline_text(tok)
            if heading_level:
                emit(text, "heading", heading_level)
            elif list_depth:
                emit(text, "list_item", list_depth)
            elif quote_depth:
                emit(text, "blockquote", quote_depth)
            else:
                emit(text, "paragraph", 0)
        elif t in ("fence", "code_block"):
            for line in tok.content.splitlines():
                emit(line, "paragraph", 0)
        elif t == "html_block":
            for line in _TAG.sub(" ", tok.content).splitlines():
                emit(" ".join(line.split()), "paragraph", 0)
    return "".join(pieces), blocks
