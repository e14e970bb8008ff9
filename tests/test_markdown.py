"""Markdown to plain text plus blocks: only the words a reader reads, at exact offsets."""
from __future__ import annotations

import pytest

from tui.ingest.markdown import markdown_to_text


def blocks_of(source: str) -> list[tuple[str, str, int]]:
    text, blocks = markdown_to_text(source)
    out = []
    for b in blocks:
        piece = text[b.start:b.end]
        assert piece == piece.strip() and piece, "blocks hold trimmed, non-empty text"
        out.append((piece, b.kind, b.level))
    return out


@pytest.mark.parametrize("source,expected", [
    ("Tom &amp; Jerry \\*not emphasis\\*", "Tom & Jerry *not emphasis*"),
    ("***bold italic*** and _em_ and ~~struck~~", "bold italic and em and struck"),
    ("See [the *report*](https://example.com/r \"t\") and <https://example.com>",
     "See the report and https://example.com"),
    ("An ![aerial view of Gaza](gaza.jpg) photo", "An aerial view of Gaza photo"),
    ("Use `ceasefire()` now", "Use ceasefire() now"),
    ("The <em>minister</em> said<br> no <!-- editor: check -->", "The minister said no"),
    ("Line one\\\nline two  \nline three\nline four", "Line one line two line three line four"),
    ("a < b and c > d", "a < b and c > d"),
], ids=["entities-escapes", "emphasis-strike", "links", "image-alt", "code-span", "inline-html",
        "breaks", "lone-angles"])
def test_inline_markup_is_removed(source, expected):
    assert blocks_of(source) == [(expected, "paragraph", 0)]


def test_heading_levels_atx_and_setext():
    src = "# One\n\n### Three ###\n\nTwo\n---\n\nBody.\n"
    assert blocks_of(src) == [("One", "heading", 1), ("Three", "heading", 3),
                              ("Two", "heading", 2), ("Body.", "paragraph", 0)]


def test_nested_lists_and_quotes():
    src = "- top\n  - nested\n    1. deep\n\n> quoted\n>\n> > deeper\n\n> - listed in quote\n"
    assert blocks_of(src) == [
        ("top", "list_item", 1), ("nested", "list_item", 2), ("deep", "list_item", 3),
        ("quoted", "blockquote", 1), ("deeper", "blockquote", 2),
        ("listed in quote", "list_item", 1),
    ]


def test_loose_list_item_with_two_paragraphs():
    assert blocks_of("1. one\n\n   more of one\n2. two\n") == [
        ("one", "list_item", 1), ("more of one", "list_item", 1), ("two", "list_item", 1)]


def test_code_blocks_keep_their_lines_without_fences():
    text, _ = markdown_to_text("```python\nprint('hi')\n\n  x = 1\n```\n\n    indented code\n")
    assert text == "print('hi')\n\nx = 1\n\nindented code"
    assert "```" not in text


def test_html_block_keeps_words_drops_tags():
    src = "<div class=\"byline\">\n<p>By <b>Jane Doe</b></p>\n</div>\n\n<!-- a\nmulti-line comment -->\n\nText."
    assert blocks_of(src) == [("By Jane Doe", "paragraph", 0), ("Text.", "paragraph", 0)]


def test_table_cells_are_text_without_pipes():
    text, _ = markdown_to_text("| Party | Demand |\n|---|---|\n| Hamas | truce |\n")
    assert "|" not in text and "---" not in text
    assert text.split() == ["Party", "Demand", "Hamas", "truce"]


def test_thematic_breaks_and_empty_blocks_emit_nothing():
    text, blocks = markdown_to_text("One.\n\n---\n\n***\n\n#\n\n-\n\nTwo.")
    assert text == "One.\n\nTwo."
    assert len(blocks) == 2


def test_blocks_are_separated_by_a_blank_line():
    text, blocks = markdown_to_text("# H\n\nP one\n- item\n")
    assert text == "H\n\nP one\n\nitem"
    for prev, nxt in zip(blocks, blocks[1:]):
        assert text[prev.end:nxt.start] == "\n\n"


def test_quote_marks_survive_as_text():
    text, _ = markdown_to_text("> “We will not leave,” she said. \"Never.\"\n")
    assert text == "“We will not leave,” she said. \"Never.\""


def test_empty_and_whitespace_markdown():
    assert markdown_to_text("") == ("", [])
    assert markdown_to_text("  \n\n\t\n") == ("", [])
