"""A web page to an ``Article``: the story extracted from its furniture (trafilatura).

trafilatura finds the article in the page (leaving out navigation, advertisements,
comments and related links) and its metadata: title, site, date, byline. Its XML body is
turned into our blocks here, one per heading, paragraph, list item or block quote,
separated by blank lines as Markdown articles are; the title leads as a heading when the
body does not already start with it. The page is untrusted: text and metadata are
sanitised like any article's.

Imported only when a page is read (trafilatura and lxml take ~0.4 s to import).
"""
from __future__ import annotations

import codecs
import logging
import re
from pathlib import Path
from typing import Any

from ..model import Block, BlockKind, Source
from .files import Article, IngestError, decode, normalise_newlines, sanitize, text_sha256

# trafilatura and its helpers log through `logging`; with no handler Python would print
# their warnings on stderr, over the reader's screen.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

# Fewer words than this in the body's paragraphs (the title aside) is no article: what is
# left of a paywall ("Subscribe to continue reading") or of a page that needs JavaScript.
MIN_ARTICLE_WORDS = 25
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADING = re.compile(r"h([1-6])$")
_NEEDS_JS = re.compile(r"<noscript|enable javascript|javascript (is )?required", re.I)
_PAYWALL = re.compile(r"subscribe|subscription|paywall|subscriber|sign in to (read|continue)|"
                      r"log in to (read|continue)|members only|premium content", re.I)


def decode_page(data: bytes, name: str, content_type: str = "") -> tuple[str, str, int]:
    """(text, encoding, bytes replaced): the charset the response names, else the one the
    page's <meta> names, else UTF-8 or what the detector finds (``files.decode``)."""
    for declared in (_charset_param(content_type), _meta_charset(data)):
        if not declared:
            continue
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            continue  # a charset Python does not know: try the next clue
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            data = data[3:]
        text = data.decode(codec, errors="replace")
        return text, codec, text.count("\ufffd") - data.decode(codec, errors="ignore").count("\ufffd")
    return decode(data, name)


def _charset_param(content_type: str) -> str:
    m = re.search(r"charset\s*=\s*\"?([^\s;\"]+)", content_type, re.I)
    return m.group(1) if m else ""


def _meta_charset(data: bytes) -> str:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else ""


def _clean(value: Any) -> str:
    """Metadata from the page: one line, no control characters."""
    return " ".join(sanitize(str(value or "")).split())


def _text_of(el: Any) -> str:
    """An element's words on one line (line breaks and nested lists' items left out)."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag != "list":
            parts.append(" " if child.tag == "lb" else "")
            parts.append(_text_of(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def body_blocks(body: Any) -> list[tuple[str, BlockKind, int]]:
    """The (text, kind, level) of each block of trafilatura's XML body."""
    out: list[tuple[str, BlockKind, int]] = []

    def walk(el: Any, list_depth: int = 0, in_quote: bool = False) -> None:
        for child in el:
            tag = child.tag
            if tag == "head":
                m = _HEADING.match(child.get("rend", ""))
                out.append((_text_of(child), "heading", int(m.group(1)) if m else 2))
            elif tag == "list":
                walk(child, list_depth + 1, in_quote)
            elif tag == "item":
                out.append((_text_of(child), "list_item", list_depth or 1))
                walk_lists(child, list_depth, in_quote)
            elif tag == "quote":
                if any(c.tag in ("p", "list", "head") for c in child):
                    walk(child, list_depth, True)
                else:
                    out.append((_text_of(child), "blockquote", 1))
            elif tag in ("p", "code"):
                out.append((_text_of(child), "blockquote" if in_quote else "paragraph",
                            1 if in_quote else 0))
            elif tag in ("div", "section", "body"):
                walk(child, list_depth, in_quote)

    def walk_lists(item: Any, depth: int, in_quote: bool) -> None:
        for c in item:
            if c.tag == "list":
                walk(c, depth + 1, in_quote)

    walk(body)
    return [(t, k, lv) for t, k, lv in out if t]


def _no_article(name: str, page: str) -> IngestError:
    if _NEEDS_JS.search(page):
        why = "the page needs JavaScript to show its text, which newsreader does not run"
    elif _PAYWALL.search(page):
        why = "the article looks to be behind a paywall"
    else:
        why = "the page may be behind a paywall or need JavaScript"
    return IngestError(f"{name}: no article text found on the page ({why})")


def html_to_article(data: bytes, name: str, *, content_type: str = "", url: str = "") -> Article:
    """The article in a web page. ``url``: where it was read from (after redirects), ""
    for a local file. Raises IngestError (one line) when the page holds no article."""
    if not data.strip():
        raise IngestError(f"{name}: is empty")
    page, encoding, replaced = decode_page(data, name, content_type)
    page = normalise_newlines(page)
    doc, blocks, title = _extract(page, name, url)
    text, spans = _join(blocks)
    source_text, text = text, sanitize(text)
    fallback = Path(url or name).stem.replace("-", " ").replace("_", " ").strip().capitalize()
    source = Source(name, "html", sanitize(title or fallback or name), text_sha256(text),
                    encoding, url=url, site=_clean(getattr(doc, "sitename", "")),
                    date=_clean(getattr(doc, "date", "")), byline=_clean(getattr(doc, "author", "")))
    notice = ""
    if replaced:
        notice = f"{name}: decoded as {encoding}; {replaced} byte(s) not valid {encoding} replaced"
    return Article(text, spans, source, notice, source_text if source_text != text else "")


def html_to_text(page: str, name: str = "page") -> tuple[str, list[Block], str]:
    """A decoded page's article as text, blocks and title (a corpus record's ``text``
    that is HTML, a ``.html`` file in a corpus directory). Raises IngestError (one line)
    when the page holds no article."""
    _, blocks, title = _extract(normalise_newlines(page), name, "")
    text, spans = _join(blocks)
    return text, spans, title


def _extract(page: str, name: str, url: str) -> tuple[Any, list[tuple[str, BlockKind, int]], str]:
    """trafilatura's reading of a page, its body as blocks led by the title, and the title."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(page, url=url or None, with_metadata=True,
                                          include_comments=False, include_tables=False,
                                          include_images=False, include_links=False)
    except Exception as exc:  # a page odd enough to break the extractor is still one line
        raise IngestError(f"{name}: could not read the page ({type(exc).__name__})") from None
    body = getattr(doc, "body", None)
    blocks = body_blocks(body) if body is not None else []
    title = _clean(getattr(doc, "title", ""))
    words = sum(len(t.split()) for t, kind, _ in blocks if kind != "heading")
    if words < MIN_ARTICLE_WORDS:
        raise _no_article(name, page)
    if title and not (blocks and blocks[0][1] == "heading" and blocks[0][0] == title):
        blocks.insert(0, (title, "heading", 1))
    return doc, blocks, title


def _join(blocks: list[tuple[str, BlockKind, int]]) -> tuple[str, list[Block]]:
    pieces: list[str] = []
    spans: list[Block] = []
    pos = 0
    for content, kind, level in blocks:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        spans.append(Block(pos, pos + len(content), kind, level))
        pieces.append(content)
        pos += len(content)
    return "".join(pieces), spans
