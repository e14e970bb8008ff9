"""The reader at 80×24 and in use (issue 18 #2-#6, #9, #10, copy, vim keys): Pilot tests."""
from __future__ import annotations

from dataclasses import replace

from conftest import empty_annotations, screen_rows
from textual.content import Content

from tui.ingest import load
from tui.ingest.markdown import markdown_document
from tui.model import Quote
from tui.resources import SAMPLE_ARTICLE
from tui.screens.reader import ReaderScreen, copy_text
from tui.widgets.article_view import ArticleView
from tui.widgets.colors import INLINE_STYLES
from tui.widgets.nav_list import hang
from tui.widgets.status_bar import StatusBar

NARROW = (80, 24)
WIDE = (160, 48)


async def ready(app, pilot) -> ReaderScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen


def status(screen) -> str:
    return screen.query_one(StatusBar).text


def many_quotes(n: int):
    paragraphs = [f'"Quote number {i} is said here," said Speaker {i}.' for i in range(n)]
    text = "\n\n".join(paragraphs)

    def analyzer(article):
        ann = empty_annotations(article)
        for i in range(n):
            words = f"Quote number {i} is said here,"
            s = article.text.index(words)
            ann.quotes.append(Quote(f"q{i}", s, s + len(words), words, "direct"))
        return ann
    return text, analyzer


# -- #2 the Footer -------------------------------------------------------------------------

async def test_footer_at_80_columns_keeps_help_and_quit(make_app):
    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)
    async with app.run_test(size=NARROW) as pilot:
        await ready(app, pilot)
        await pilot.pause()
        footer = screen_rows(app)[-1]
        assert "? Help" in footer and "q Quit" in footer and "^p palette" in footer, footer
        assert "n Next" in footer
        await pilot.resize_terminal(60, 24)  # less room: fewer keys, still these two
        await pilot.pause()
        await pilot.pause()
        footer = screen_rows(app)[-1]
        assert "? Help" in footer and "q Quit" in footer, footer
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        await pilot.pause()
        footer = screen_rows(app)[-1]
        assert "e Export" in footer and "m Matrix" in footer, footer


# -- #3 narrow panes ---------------------------------------------------------------------------

async def test_narrow_panes_never_cover_the_current_quote_and_esc_closes_them(make_app,
                                                                              write_article):
    text, analyzer = many_quotes(30)
    app = make_app([write_article(text, "many.txt")], analyzer=analyzer)
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("h")
        await pilot.pause()
        assert screen.query_one("#quotes").region.area > 0
        view = screen.query_one(ArticleView)
        quotes = screen.query_one("#quotes").region
        for _ in range(12):
            await pilot.press("n")
        await pilot.pause()
        words = screen.current_quote.text
        rows = screen_rows(app)
        # The quote is in the article's part of the screen, whole, left of the pane.
        shown = " ".join(row[view.region.x:quotes.x] for row in rows)
        assert " ".join(words.split()[:3]) in " ".join(shown.split()), shown
        assert view.region.right <= quotes.x
        await pilot.press("escape")
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one("#quotes").region.area == 0
        assert screen.focused is view
        # The article wraps again at the full width; the quote is still on screen.
        shown = " ".join(" ".join(screen_rows(app)).split())
        assert " ".join(words.split()[:3]) in shown


# -- #4 x keeps the place -----------------------------------------------------------------------

async def test_marking_a_quote_wrong_keeps_the_place(make_app, write_article, tmp_path):
    text, analyzer = many_quotes(31)
    app = make_app([write_article(text, "many.txt")], analyzer=analyzer,
                   notes_dir=str(tmp_path / "notes"))
    async with app.run_test(size=(100, 20)) as pilot:
        screen = await ready(app, pilot)
        for _ in range(9):
            await pilot.press("n")
        assert status(screen).startswith("Quote 10/31")
        scroll = screen.query_one(ArticleView).scroll_y
        assert scroll > 0
        await pilot.press("x")
        await pilot.pause()
        assert status(screen).startswith("Quote 10/30"), status(screen)
        assert screen.current_quote_id == "q10"  # the next one took its place
        assert screen.query_one(ArticleView).scroll_y >= scroll - 2


# -- #5 Markdown ----------------------------------------------------------------------------

MARKDOWN = """\
# Talks

Envoys met *briefly* and **agreed** on `Article 4`, [the text](https://example.org/a?b=1).

- first bullet
- second bullet

1. step one
2. step two

> A quoted passage.
"""


def test_markdown_keeps_inline_formatting_and_list_structure():
    doc = markdown_document(MARKDOWN)
    kinds = {(i.kind, doc.text[i.start:i.end], i.target) for i in doc.inline}
    assert kinds == {("em", "briefly", ""), ("strong", "agreed", ""), ("code", "Article 4", ""),
                     ("link", "the text", "https://example.org/a?b=1")}
    assert [m for m in doc.markers if m] == ["•", "•", "1.", "2."]
    ends = sorted(doc.list_ends)
    assert [doc.text[doc.blocks[i].start:doc.blocks[i].end] for i in ends] == \
        ["second bullet", "step two"]


async def test_markdown_article_shows_formatting_numbers_and_space_after_lists(
        make_app, write_article):
    article = write_article(MARKDOWN, "talks.md")
    app = make_app([article], analyzer=empty_annotations)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        view = screen.query_one(ArticleView)
        contents = view.block_contents()
        body = contents[1]
        styles = {body.plain[s.start:s.end]: str(s.style) for s in body.spans}
        assert styles["briefly"] == INLINE_STYLES["em"]
        assert styles["agreed"] == INLINE_STYLES["strong"]
        assert styles["Article 4"] == INLINE_STYLES["code"]
        assert styles["the text"] == INLINE_STYLES["link"]
        assert not any("link" in str(s.style).split() for c in contents for s in c.spans)
        rows = [row.strip() for row in screen_rows(app)]
        text_rows = [r.strip("│ ") for r in rows]
        assert any(r.startswith("1. step one") for r in text_rows)
        second, one = (next(i for i, r in enumerate(text_rows) if r.startswith(w))
                       for w in ("• second bullet", "1. step one"))
        assert one == second + 2  # a blank line between the two lists
        quote = next(i for i, r in enumerate(text_rows) if "A quoted passage." in r)
        assert quote == one + 3  # step two, a blank line, then the block quote


async def test_a_link_shows_its_target_sanitised_and_y_copies_it(make_app, write_article):
    article = write_article("See [the report](https://example.org/r?a=1) now.\n", "link.md")
    app = make_app([article], analyzer=empty_annotations)
    copied = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        rows = screen_rows(app)
        y = next(i for i, r in enumerate(rows) if "the report" in r)
        await pilot.click(offset=(rows[y].index("the report") + 2, y))  # a click shows it
        await pilot.pause()
        assert status(screen).startswith("Link · https://example.org/r?a=1")
        await pilot.press("y")
        assert copied == ["https://example.org/r?a=1"]
        # A target with control characters (as another source might give) is shown and
        # copied without them.
        hostile = replace(screen.links[0], target="https://x.org/\x1b]52;c;eA==\x07\x1b[2J")
        screen.show_link(hostile)
        await pilot.press("y")
        assert "\x1b" not in status(screen) and "\x07" not in status(screen)
        assert "\x1b" not in copied[-1] and copied[-1].startswith("https://x.org/")


# -- #6 the quotes list uses the width ------------------------------------------------------------

async def test_the_quotes_list_uses_the_pane_width(make_app):
    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        quotes = screen.query_one("#quotes")
        rows = screen_rows(app)
        region = quotes.content_region
        lines = [rows[y][region.x:region.right].rstrip() for y in range(region.y, region.bottom)]
        quote_lines = [line for line in lines if line.startswith("   “")
                       or (line.startswith("    ") and line.strip())]
        assert max(len(line) for line in quote_lines) > region.width - 6  # not cut at ~36
        assert all(len(line) <= region.width for line in lines)


def test_continuation_lines_hang_under_their_item_never_at_column_0():
    lines = hang(Content("  + demands [ceasefire] of Israel: an end to the blockade of Gaza"),
                 24, 4)
    assert len(lines) > 2 and all(line.plain.startswith("    ") for line in lines[1:])
    assert all(len(line.plain) <= 24 for line in lines)
    cut = hang(Content("   “" + "word " * 40), 30, 4, 2)
    assert len(cut) == 2 and cut[-1].plain.endswith("…")


# -- #9 smaller things -----------------------------------------------------------------------

async def test_p_while_searching_goes_to_the_previous_match(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"blockade", "escape")
        await pilot.pause()
        first = status(screen)
        assert first.startswith("Match 1/")
        await pilot.press("n")
        assert status(screen).startswith("Match 2/")
        await pilot.press("p")
        assert status(screen) == first


async def test_no_quotes_messages_do_not_say_move_to_one(make_app, fixture_article, tmp_path):
    app = make_app([fixture_article], analyzer=empty_annotations,
                   notes_dir=str(tmp_path / "notes"))
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await ready(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert messages and "no quotes" in messages[-1] and "n or p" not in messages[-1]


async def test_palette_commands_say_what_they_do(make_app, fixture_article):
    from tui.screens.reader_commands import ReaderCommands

    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        await ready(app, pilot)
        provider = ReaderCommands(app.screen)
        helps = {title: help_text for title, _cb, help_text in provider._commands()}
        assert helps["Panel: toggle highlights (parties and quotes)"] == \
            "Show or hide the parties and quotes pane (h)"
        assert all(len(h) > 3 for h in helps.values())


# -- #10 clicking a quote ------------------------------------------------------------------------

async def test_clicking_a_quote_in_the_text_makes_it_current(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert screen.current_quote_id == "q1"
        rows = screen_rows(app)
        y = next(i for i, r in enumerate(rows) if "Talks resume next week" in r)
        x = rows[y].index("Talks resume next week") + 3
        await pilot.click(offset=(x, y))
        await pilot.pause()
        assert screen.current_quote_id == "q4"
        assert status(screen).startswith("Quote 4/5")


async def test_clicking_a_quote_of_a_plain_article_drawn_line_by_line(make_app):
    app = make_app([load(SAMPLE_ARTICLE)], analyzer=None)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        target = screen.current_annotations.quotes[2]
        words = " ".join(target.text.split()[:3])
        rows = screen_rows(app)
        y = next(i for i, r in enumerate(rows) if words in r)
        await pilot.click(offset=(rows[y].index(words) + 1, y))
        await pilot.pause()
        assert screen.current_quote_id == target.id


# -- copy and vim keys ----------------------------------------------------------------------------

async def test_y_copies_the_quote_with_attribution_and_source(make_app, fixture_article):
    app = make_app([fixture_article])
    copied = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("y")
        assert copied == ["“We will not sign while the blockade stands,” — Ada Vance "
                          "(Northland), *Harbour talks stall*"]
        assert copied[0] == copy_text(screen.current_quote, screen.current_annotations)


async def test_g_and_shift_g_go_to_the_first_and_last_quote(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("G")
        assert screen.current_quote_id == "q5"
        await pilot.press("g")
        assert screen.current_quote_id == "q1"
        await pilot.press("j", "k")  # still scroll the article
        assert screen.current_quote_id == "q1"
