"""HTML articles (a saved page, a scraped corpus file) to plain text plus blocks.

The standard library's tolerant parser reads the page; we keep the words a reader reads,
one block per heading, paragraph, list item or block quote, separated by blank lines as
for Markdown. Scripts, styles, forms and the page's head are dropped, and so are the
``nav``, ``header``, ``footer`` and ``aside`` outside the story when the page has an
``article`` or ``main`` element (site furniture, not the article; a ``header`` inside the
story, with its headline, is kept). Character
references are decoded; whitespace inside a block is collapsed, and ``<br>`` is a space
(news text breaks paragraphs, not lines). The ``<title>`` is the fallback title when the
page has no heading.
"""
from __future__ import annotations

from html.parser import HTMLParser

from ..model import Block, BlockKind

# Elements whose content is never article text.
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object",
         "select", "textarea", "button", "form", "canvas"}
# Site furniture, dropped once the page has shown where the story is.
_FURNITURE = {"nav", "header", "footer", "aside"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Elements that end the block before them (the rest, like <b> or <a>, are inline).
_BLOCK = _HEADINGS | {"p", "li", "blockquote", "div", "section", "article", "main", "ul", "ol",
                      "dl", "dt", "dd", "table", "tr", "td", "th", "pre", "figure", "figcaption",
                      "hr", "address", "details", "summary", "caption", "center"} | _FURNITURE
# Void elements: no end tag, so no depth to count.
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # (text, kind, level, in site furniture outside any <article> or <main>)
        self.blocks: list[tuple[str, BlockKind, int, bool]] = []
        self.title = ""
        self._in_title = False
        self._title_parts: list[str] = []
        self._parts: list[str] = []
        self._open: list[str] = []  # the open elements that matter here
        self._skip = 0
        self.saw_story = False  # an <article> or <main>

    # -- the block being read --------------------------------------------------------
    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        self._parts = []
        if not text:
            return
        kind: BlockKind = "paragraph"
        level = 0
        for tag in reversed(self._open):
            if tag in _HEADINGS:
                kind, level = "heading", int(tag[1])
                break
            if tag == "li":
                kind, level = "list_item", max(1, sum(t in ("ul", "ol") for t in self._open))
                break
            if tag == "blockquote":
                kind, level = "blockquote", sum(t == "blockquote" for t in self._open)
                break
        furniture = story = False
        for tag in self._open:
            if tag in ("article", "main"):
                story = True
            elif tag in _FURNITURE and not story:
                furniture = True
        self.blocks.append((text, kind, level, furniture))

    # -- parser callbacks ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self.title:
            self._in_title = True
        if tag in _VOID:
            if tag == "br" and not self._skip:
                self._parts.append(" ")
            return
        if self._skip or tag in _SKIP:
            self._skip += 1
            return
        if tag in _BLOCK:
            self._flush()
        if tag in ("article", "main"):
            self.saw_story = True
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        if self._skip:
            self._skip -= 1
            return
        if tag not in self._open:
            return  # a stray end tag
        if tag in _BLOCK:
            self._flush()
        while self._open:  # close what the page left open inside it, too
            if self._open.pop() == tag:
                break

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if not self._skip:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        self.title = " ".join("".join(self._title_parts).split())


def html_to_text(source: str) -> tuple[str, list[Block], str]:
    """(text, blocks, the page's <title> or "")."""
    p = _Extractor()
    p.feed(source)
    p.close()
    found = [(text, kind, level) for text, kind, level, furniture in p.blocks
             if not (furniture and p.saw_story)]
    pieces: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for text, kind, level in found:
        if pieces:
            pieces.append("\n\n")
            pos += 2
        blocks.append(Block(pos, pos + len(text), kind, level))
        pieces.append(text)
        pos += len(text)
    return "".join(pieces), blocks, p.title
