"""A long article (more blocks than MAX_WIDGETS), or one of plain paragraphs only, is drawn
line by line by ArticleLines; a short structured one has a widget per block."""
from __future__ import annotations

import re

from textual.geometry import Region

from tui.model import Annotations, Quote
from tui.screens.reader import ReaderScreen
from tui.widgets.article_lines import ArticleLines
from tui.widgets.article_view import MAX_WIDGETS, ArticleView, Paragraph

SIZE = (120, 40)


def long_markdown(sections: int) -> str:
    parts = []
    for i in range(sections):
        parts += [f"# Heading {i}",
                  f'Paragraph {i}: "quote number {i} is here [bold]not markup[/]" said Ada '
                  "Vance, with more words so that the line wraps in the pane.",
                  f"- item {i} one\n- item {i} two",
                  f"> a block quote {i}"]
    return "\n\n".join(parts)


def quotes_analyzer(article):
    ann = Annotations(article.source, article.text, list(article.blocks))
    for n, m in enumerate(re.finditer(r"quote number \d+ is here \[bold\]not markup\[/\]",
                                      article.text), 1):
        ann.quotes.append(Quote(f"q{n}", m.start(), m.end(), m.group(), "direct"))
    return ann


def visible_text(lines: ArticleLines, view: ArticleView) -> list[str]:
    top = int(view.scroll_y)
    strips = lines.render_lines(Region(0, top, lines.size.width, view.size.height))
    return [strip.text.rstrip() for strip in strips]


async def ready(app, pilot) -> ReaderScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen


async def test_long_article_is_one_line_widget_and_n_follows(make_app, write_article):
    article = write_article(long_markdown(120), "long.md")
    assert len(article.blocks) > MAX_WIDGETS
    app = make_app([article], analyzer=quotes_analyzer)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        view = screen.query_one(ArticleView)
        [lines] = view.children
        assert isinstance(lines, ArticleLines)
        assert screen.query_one("#status").text.startswith("Quote 1/120")
        # The structure is in the text: bullets, quote bars; markup stays literal.
        shown = visible_text(lines, view)
        assert "• item 0 one" in shown
        assert "▌ a block quote 0" in shown
        assert any("[bold]not markup[/]" in line for line in shown)
        for _ in range(30):
            await pilot.press("n")
        await pilot.pause()
        assert screen.query_one("#status").text.startswith("Quote 31/120")
        assert view.scroll_y > 0
        start, end = view.current
        assert view.text[start:end].startswith("quote number 30 ")
        # The current quote is on screen, near the middle.
        shown = visible_text(lines, view)
        row = next(i for i, line in enumerate(shown) if "quote number 30 " in line)
        assert abs(row - view.size.height // 2) <= 4
        await pilot.press("p")
        assert screen.query_one("#status").text.startswith("Quote 30/120")


async def test_plain_paragraphs_are_one_line_widget_and_structure_keeps_its_widgets(
        make_app, write_article):
    plain = write_article('Ada spoke.\n\n"Not [bold]markup[/]," said Ada Vance.', "plain.txt")
    structured = write_article(long_markdown(2), "short.md")
    cases = ((plain, ArticleLines, '"Not [bold]markup[/]," said Ada Vance.'),
             (structured, Paragraph, "a block quote 1"))
    for article, drawn_by, last_block in cases:
        app = make_app([article], analyzer=quotes_analyzer)
        async with app.run_test(size=SIZE) as pilot:
            screen = await ready(app, pilot)
            view = screen.query_one(ArticleView)
            assert {type(w) for w in view.children} == {drawn_by}
            assert str(view.block_contents()[-1]).endswith(last_block)


async def test_long_article_search_counts_and_moves(make_app, write_article):
    article = write_article(long_markdown(120), "long.md")
    app = make_app([article], analyzer=quotes_analyzer)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"item 99 two")
        assert str(screen.query_one("#search-count").content) == "1/1 match"
        view = screen.query_one(ArticleView)
        start, end = view.current
        assert view.text[start:end] == "item 99 two"
        assert any("item 99 two" in line for line in visible_text(view.children[0], view))
