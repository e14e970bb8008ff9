"""A huge article: the reader lays out only what is on screen (the article's blocks, the
quote list's items), follows `n` there, keeps what is on screen still while the blocks
above it are measured, and shows a huge article's opening first, ending exactly on the
whole article's analysis. Not timed: these count the work (bench_open.py and
bench_step.py time it)."""
from __future__ import annotations

import re
import threading

from textual.geometry import Region

from tui.model import Annotations, Quote, Speaker
from tui.screens.reader import ReaderScreen
from tui.widgets.article_lines import ArticleLines
from tui.widgets.article_view import ArticleView
from tui.widgets.nav_list import Deferred
from tui.widgets.quote_list import QuoteList

SIZE = (120, 40)
PARAGRAPHS = 3_000
QUOTE = re.compile(r"quote number (\d+) \[bold\]is literal\[/\]")


def big_text(paragraphs: int = PARAGRAPHS) -> str:
    """Plain paragraphs of unequal lengths (one to four lines), a quote in each."""
    return "\n\n".join(
        f'Paragraph {i}: "quote number {i} [bold]is literal[/]" said Ada Vance. '
        + "More words follow here so that the paragraph wraps. " * (i % 7)
        for i in range(paragraphs))


def quotes_analyzer(article) -> Annotations:
    ann = Annotations(article.source, article.text, list(article.blocks))
    for m in QUOTE.finditer(article.text):
        speaker = Speaker("Ada Vance", None, m.end() + 7, m.end() + 16, "Ada Vance")
        ann.quotes.append(Quote(f"q{int(m.group(1)) + 1}", m.start(), m.end(), m.group(),
                                "direct", speaker))
    return ann


def visible_rows(view: ArticleView) -> list[str]:
    lines = view.query_one(ArticleLines)
    top = round(view.scroll_y)
    strips = lines.render_lines(Region(0, top, lines.size.width, view.size.height))
    return [strip.text.rstrip() for strip in strips]


def built_prompts(quotes: QuoteList) -> int:
    return sum(1 for o in quotes.options
               if isinstance(o.prompt, Deferred) and o.prompt._built is not None)


async def opened(app, pilot) -> ReaderScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
    return app.screen


async def test_a_huge_article_lays_out_only_what_is_on_screen(make_app, write_article, tmp_path):
    article = write_article(big_text(), "big.txt")
    app = make_app([article], analyzer=quotes_analyzer, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        view = screen.article_view
        lines = view.query_one(ArticleLines)
        assert len(view.index.blocks) == PARAGRAPHS
        # The blocks of a few screens are wrapped, not 3,000.
        assert 0 < lines.wrapped <= 120
        assert lines._table_.measured <= 120
        quotes = screen.quote_list
        assert quotes.option_count == PARAGRAPHS
        # The quote list measures and builds the items it shows, not all of them.
        assert quotes._table is not None and quotes._table.measured <= 80
        assert 0 < built_prompts(quotes) <= 80
        # What is drawn is the text, literally, brackets and all.
        assert any("quote number 0 [bold]is literal[/]" in row for row in visible_rows(view))
        assert "[bold]is literal[/]" in str(quotes.get_option("q1").prompt)


async def test_n_on_a_huge_article_goes_to_the_quote_and_scrolls_to_it(
        make_app, write_article, tmp_path):
    article = write_article(big_text(), "big.txt")
    app = make_app([article], analyzer=quotes_analyzer, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        view = screen.article_view
        for _ in range(50):
            await pilot.press("n")
        await pilot.pause()
        assert screen.query_one("#status").text.startswith(f"Quote 51/{PARAGRAPHS}")
        start, end = view.current
        assert view.text[start:end].startswith("quote number 50 ")
        # The article scrolled to it: on screen, near the middle.
        rows = visible_rows(view)
        row = next(i for i, text in enumerate(rows) if "quote number 50 " in text)
        assert abs(row - view.size.height // 2) <= 4
        # The quote list has it highlighted and in view.
        quotes = screen.quote_list
        assert quotes.highlighted == 50
        table = quotes._table
        assert table is not None
        top = round(quotes.scroll_y)
        assert top <= table.start(50) < top + quotes.scrollable_content_region.height
        # Still only the screens around the way were laid out.
        assert view.query_one(ArticleLines)._table_.measured <= 300
        assert table.measured <= 200


async def test_what_is_on_screen_stays_still_as_the_blocks_above_it_are_measured(
        make_app, write_article, tmp_path):
    article = write_article(big_text(), "big.txt")
    app = make_app([article], analyzer=quotes_analyzer, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        view = screen.article_view
        for _ in range(3):
            await pilot.press("G")  # the last quote: far from everything measured so far
        await pilot.pause()
        await pilot.press("j")  # not at the very end, so that one line up is one line
        await pilot.pause()
        lines = view.query_one(ArticleLines)
        measured = lines._table_.measured
        for _ in range(30):  # up, a line at a time, into blocks only estimated so far
            before = visible_rows(view)
            await pilot.press("k")
            await pilot.pause()
            after = visible_rows(view)
            assert after[1:] == before[:-1]
        assert lines._table_.measured > measured  # blocks above were measured on the way


async def test_a_huge_articles_opening_is_shown_first_and_ends_as_the_full_analysis(
        make_app, write_article, tmp_path, monkeypatch):
    from tui.analysis import analyze

    article = write_article(("\n\n".join(f'"We will talk {i}," said Hamas. Israel said '
                                         f'"no {i}" to the truce.' for i in range(1_500))),
                            "talks.txt")
    monkeypatch.setattr(ReaderScreen, "progressive_chars", 20_000)
    monkeypatch.setattr(ReaderScreen, "opening_chars", 5_000)
    gate = threading.Event()

    def gated(a) -> Annotations:
        if a is article:  # the whole article waits until the opening has been looked at
            assert gate.wait(30)
        return analyze(a)

    app = make_app([article], analyzer=gated, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        while screen.annotations is None:
            await pilot.pause(0.02)
        await pilot.pause()
        # The opening's highlights, and the line says they are partial.
        status = screen.query_one("#status").text
        assert "analysing…" in status and "first" in status
        assert screen.current_annotations is None  # no hook sees the partial annotations
        assert screen.analysing
        partial = screen.annotations
        assert partial.quotes and max(q.end for q in partial.quotes) <= 5_200
        assert len(partial.text) < len(article.text)
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        final = screen.current_annotations
        assert final is not None and not screen.analysing
        assert final.to_dict() == analyze(article).to_dict()
        assert "analysing" not in screen.query_one("#status").text
        shown = [c.markup for c in screen.article_view.block_contents()]

    # The same article analysed in one pass paints exactly the same.
    monkeypatch.setattr(ReaderScreen, "progressive_chars", 10 ** 9)
    app = make_app([article], analyzer=analyze, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        assert [c.markup for c in screen.article_view.block_contents()] == shown


async def test_a_failed_analysis_withdraws_the_openings_highlights(
        make_app, write_article, tmp_path, monkeypatch):
    article = write_article(big_text(400), "big.txt")
    monkeypatch.setattr(ReaderScreen, "progressive_chars", 20_000)
    monkeypatch.setattr(ReaderScreen, "opening_chars", 5_000)

    def failing(a) -> Annotations:
        if a is article:
            raise RuntimeError("the engine broke")
        return quotes_analyzer(a)

    app = make_app([article], analyzer=failing, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        assert screen.annotations is None
        assert screen.article_view.current is None
        assert screen.query_one("#status").text.startswith("Analysis failed")
        assert not any(c.spans for c in screen.article_view.block_contents())


def expected_rows(view: ArticleView) -> list[str]:
    """What the article pane must show, from the table and each block's own lines alone
    (no cache of drawn lines): a stale drawn line would differ."""
    lines = view.query_one(ArticleLines)
    table, width = lines._table_, lines.size.width
    rows = []
    for y in range(round(view.scroll_y), round(view.scroll_y) + view.size.height):
        if not 0 <= y < table.total:
            rows.append("")
            continue
        block = table.item_at(y)
        local = y - table.start(block)
        strips = lines._block_strips(block)
        rows.append(strips[local].text.rstrip() if local < len(strips) else "")
    assert lines.size.width == width
    return rows


async def test_what_is_drawn_is_the_table_after_jumps_searches_and_resizes(
        make_app, write_article, tmp_path):
    from conftest import screen_rows

    article = write_article(big_text(), "big.txt")
    app = make_app([article], analyzer=quotes_analyzer, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        view = screen.article_view

        async def check() -> None:
            await pilot.pause()
            await pilot.pause()
            region = view.scrollable_content_region  # on screen: what the pane shows
            width = view.query_one(ArticleLines).size.width
            shown = [row[region.x:region.x + width].rstrip()
                     for row in screen_rows(app)[region.y:region.bottom]]
            assert len(shown) >= view.size.height - 1 and any(shown)
            assert shown == expected_rows(view)[:len(shown)]

        await check()
        await pilot.press("G")
        await check()
        await pilot.press("g")
        await check()
        await pilot.press("slash", *"quote number 1500 ", "enter")
        await check()
        assert screen.query_one("#status").text.startswith("Match 1/1")
        assert view.text[view.current[0]:].startswith("quote number 1500 ")
        await pilot.press("escape")
        for key in ("space", "space", "k", "k", "p", "p", "n"):
            await pilot.press(key)
            await check()
        await pilot.resize_terminal(90, 30)  # narrow: the pane is wrapped anew, estimated
        await check()
        await pilot.press("n", "n")
        await check()
        await pilot.resize_terminal(*SIZE)
        await check()


async def test_keys_during_the_partial_highlights_and_after(make_app, write_article, tmp_path,
                                                             monkeypatch):
    article = write_article(big_text(), "big.txt")
    monkeypatch.setattr(ReaderScreen, "opening_chars", 5_000)
    gate = threading.Event()

    def gated(a) -> Annotations:
        if a is article:
            assert gate.wait(30)
        return quotes_analyzer(a)

    app = make_app([article], analyzer=gated, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = app.screen
        while screen.annotations is None:
            await pilot.pause(0.02)
        await pilot.pause()
        opening_quotes = len(screen.annotations.quotes)
        assert 0 < opening_quotes < PARAGRAPHS
        await pilot.press("G", "n")  # past the opening's last quote: not "the last quote"
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Still analysing the rest" in m for m in messages)
        assert not any("This is the last quote" in m for m in messages)
        await pilot.press("y", "m")  # copy and the matrix wait for the whole article
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("k", "k")  # the reader scrolls on while the rest is analysed
        await pilot.pause()
        scrolled = screen.article_view.scroll_y
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        assert screen.current_annotations is not None
        assert len(screen.current_annotations.quotes) == PARAGRAPHS
        assert screen.article_view.scroll_y == scrolled  # not pulled back to a quote
        status = screen.query_one("#status").text
        assert status.startswith(f"Quote {opening_quotes}/{PARAGRAPHS}")
        assert "analysing" not in status
        await pilot.press("n")
        assert screen.query_one("#status").text.startswith(
            f"Quote {opening_quotes + 1}/{PARAGRAPHS}")


def drawn(widget) -> list[str]:
    """The lines ``widget`` draws now, from Textual's caches where it has them."""
    strips = widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))
    return [repr(list(strip)) for strip in strips]


def redrawn(widget) -> list[str]:
    """The lines ``widget`` draws once wholly repainted."""
    widget.refresh()
    return drawn(widget)


async def test_a_step_repaints_the_items_it_changes_not_the_list_or_the_scrollbar(
        make_app, write_article, tmp_path):
    article = write_article(big_text(), "big.txt")
    app = make_app([article], analyzer=quotes_analyzer, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        quotes, bar = screen.quote_list, screen.article_view.vertical_scrollbar
        calls = {"quote lines": 0, "bar": 0}

        def counted(name, method):
            def call(*args):
                calls[name] += 1
                return method(*args)
            return call

        quotes.render_line = counted("quote lines", quotes.render_line)
        bar.render = counted("bar", bar.render)
        top = quotes.scroll_y
        for _ in range(3):
            await pilot.press("n")
            await pilot.pause()
        assert quotes.highlighted == 3 and quotes.scroll_y == top  # no page turned
        table = quotes._table
        assert table is not None
        # Each step repaints the item it leaves and the one it enters, not the list.
        assert 0 < calls["quote lines"] <= sum(table.height(i) + table.height(i + 1)
                                               for i in range(3))
        # The article scrolled a few lines of thousands: the scrollbar's thumb did not
        # move, and the bar was not repainted.
        assert calls["bar"] == 0
        # What is drawn is what a whole repaint draws.
        assert drawn(quotes) == redrawn(quotes)
        assert drawn(bar) == redrawn(bar)
        await pilot.press("G")  # far down: now the thumb moves, and is drawn where it is
        await pilot.pause()
        assert calls["bar"] >= 1
        assert drawn(bar) == redrawn(bar)


async def test_the_quote_list_turns_its_pages_without_repainting_a_still_scrollbar(
        make_app, write_article, tmp_path):
    article = write_article(big_text(), "big.txt")
    app = make_app([article], analyzer=quotes_analyzer, notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await opened(app, pilot)
        quotes = screen.quote_list
        bar = quotes.vertical_scrollbar
        renders, pages = 0, 0
        render = bar.render

        def counted():
            nonlocal renders
            renders += 1
            return render()

        bar.render = counted
        for _ in range(20):
            top = quotes.scroll_y
            await pilot.press("n")
            await pilot.pause()
            pages += quotes.scroll_y != top
        # A page of 3,000 quotes moves the thumb by a fraction of an eighth of a cell.
        assert pages >= 2 and renders < pages
        assert drawn(bar) == redrawn(bar)
