"""Pilot tests for the reader: navigation, filter, search, help, focus, resize, empty states."""
from __future__ import annotations

from conftest import empty_annotations, screen_rows
from textual.widgets import Input

from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.quote_list import QuoteList
from tui.widgets.status_bar import StatusBar

WIDE = (160, 48)
NARROW = (80, 24)


async def ready(app, pilot) -> ReaderScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def status(screen: ReaderScreen) -> str:
    return screen.query_one(StatusBar).text


def current_text(screen: ReaderScreen) -> str:
    view = screen.query_one(ArticleView)
    assert view.current is not None
    return view.text[view.current[0]:view.current[1]]


async def test_opening_makes_quote_one_current(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert status(screen).startswith("Quote 1/5 · Ada Vance (Northland)")
        assert screen.current_quote_id == "q1"
        assert current_text(screen) == "We will not sign while the blockade stands,"
        assert screen.query_one(QuoteList).highlighted == 0


async def test_n_and_p_move_between_quotes_and_the_list_follows(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("n")
        assert status(screen).startswith("Quote 2/5 · Southland officials (Southland)")
        assert current_text(screen) == "the blockade protects our coast"
        assert screen.query_one(QuoteList).highlighted == 1
        await pilot.press("n", "n", "n")
        assert status(screen).startswith("Quote 5/5 · Unattributed")
        await pilot.press("n")  # at the end: stays
        assert screen.current_quote_id == "q5"
        await pilot.press("p")
        assert status(screen).startswith("Quote 4/5")


async def test_n_scrolls_the_article_so_the_quote_is_centred(make_app, write_article):
    paragraphs = [f"Filler paragraph {i} with some words to wrap around." for i in range(60)]
    paragraphs[40] = '"Far down the page," said Ada Vance of Northland.'
    article = write_article("\n\n".join(paragraphs), "long.txt")

    def analyzer(a):
        ann = empty_annotations(a)
        for n, words in enumerate(["Filler paragraph 0", "Far down the page,"], 1):
            s = a.text.index(words)
            from tui.model import Quote
            ann.quotes.append(Quote(f"q{n}", s, s + len(words), words, "direct"))
        return ann

    app = make_app([article], analyzer=analyzer)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await ready(app, pilot)
        view = screen.query_one(ArticleView)
        assert view.scroll_y == 0
        await pilot.press("n")
        await pilot.pause()
        rows = screen_rows(app)
        top = next(y for y, row in enumerate(rows) if "Far down the page" in row) - view.region.y
        assert view.scroll_y > 0
        # centred: the quote's line sits near the middle of the pane
        assert abs(top - view.region.height // 2) <= 3
        await pilot.press("p")
        await pilot.pause()
        assert view.scroll_y == 0


async def test_enter_in_quote_list_jumps_and_tab_moves_between_panes(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert screen.focused is screen.query_one(ArticleView)
        order = []
        for _ in range(4):
            await pilot.press("tab")
            order.append(screen.focused.id)
        assert order == ["parties", "quotes", "demands", "article"]
        await pilot.press("shift+tab")
        assert screen.focused.id == "demands"
        await pilot.press("shift+tab")
        assert screen.focused.id == "quotes"
        await pilot.press("j", "j", "enter")
        assert screen.current_quote_id == "q3"
        assert current_text(screen) == "Both sides must return to the table,"
        await pilot.press("k", "enter")
        assert screen.current_quote_id == "q2"


async def test_mouse_click_on_a_quote_jumps(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        quotes = screen.query_one(QuoteList)
        # Each quote takes two lines; the fourth starts at line 6 inside the border.
        await pilot.click(QuoteList, offset=(5, 1 + 6))
        await pilot.pause()
        assert screen.current_quote_id == "q4"
        assert quotes.highlighted == 3


async def test_enter_on_party_and_demand_jumps_to_the_text(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        screen.query_one("#parties").focus()
        await pilot.press("j", "enter")  # Southland, first mention
        assert current_text(screen) == "Southland"
        assert status(screen).startswith("Mention 1/")
        await pilot.press("enter")
        assert status(screen).startswith("Mention 2/")
        # n continues from where the jump landed: the next quote after it
        await pilot.press("n")
        assert screen.current_quote_id == "q2"
        screen.query_one("#demands").focus()
        await pilot.press("home", "enter")
        assert current_text(screen) == "Northland demands an end to the blockade."
        assert "Northland demands: an end to the blockade" in status(screen)


async def test_filter_cycles_parties_and_counts_within_it(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("f")
        assert status(screen).startswith("Quote 1/2 · Ada Vance (Northland) · filter: Northland")
        assert screen.query_one(QuoteList).option_count == 2
        await pilot.press("n")
        assert status(screen).startswith("Quote 2/2")
        assert screen.current_quote_id == "q4"
        await pilot.press("f")  # next party with quotes
        assert "filter: Southland" in status(screen)
        await pilot.press("f", "f")  # Harbour League, then cleared
        assert "filter" not in status(screen)
        assert screen.query_one(QuoteList).option_count == 5
        # In the parties list, f filters to the highlighted party; again clears.
        screen.query_one("#parties").focus()
        await pilot.press("j", "j", "f")
        assert "filter: Harbour League" in status(screen)
        assert status(screen).startswith("Quote 1/1")
        await pilot.press("f")
        assert "filter" not in status(screen)
        await pilot.press("f")
        screen.query_one(ArticleView).focus()
        await pilot.press("escape")  # escape clears a filter too
        assert "filter" not in status(screen)


async def test_search_highlights_counts_and_steps(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash")
        assert isinstance(screen.focused, Input)
        await pilot.press(*"blockade")
        await pilot.pause()
        bar = screen.query_one("#search")  # one line, styled by styles/search.tcss
        assert bar.outer_size.height == 1 and screen.query_one("#search-input").size.height == 1
        assert screen.query_one("#search-input").styles.border.top[0] in ("", "none")
        count = screen.query_one("#search-count").content
        total = fixture_article.text.lower().count("blockade")
        assert str(count) == f"1/{total} matches"
        assert current_text(screen).lower() == "blockade"
        first = screen.query_one(ArticleView).current
        await pilot.press("enter")
        assert str(screen.query_one("#search-count").content) == f"2/{total} matches"
        assert screen.query_one(ArticleView).current != first
        await pilot.press("up")
        assert screen.query_one(ArticleView).current == first
        # leave the box: n / N step through matches, the highlights stay
        await pilot.press("escape")
        assert screen.focused is screen.query_one(ArticleView)
        await pilot.press("n", "n")
        assert status(screen).startswith(f"Match 3/{total}")
        await pilot.press("N")
        assert status(screen).startswith(f"Match 2/{total}")
        view = screen.query_one(ArticleView)
        styles = {str(s.style) for p in view.children for s in p.content.spans}
        assert any("warning" in s for s in styles)  # matches are highlighted
        # escape ends the search; n is about quotes again
        await pilot.press("escape")
        assert not screen.query_one("#search").display
        await pilot.press("n")
        assert status(screen).startswith("Quote ")


async def test_search_without_matches_says_so(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("slash", *"zebra")
        assert str(screen.query_one("#search-count").content) == "no matches"
        assert status(screen).startswith("No matches")


async def test_help_lists_every_key_and_closes(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=NARROW) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = (HelpScreen.__module__ and
                     __import__("tui.screens.help", fromlist=["HELP_FILE"]).HELP_FILE.read_text())
        # Keys as Textual writes them in the Footer (⏎, ^p, esc).
        for key in ("`n`", "`p`", "`g` / `G`", "`y`", "`f`", "`/`", "`N`", "`j` / `k`", "`⏎`",
                    "`tab`", "`h`", "`d`", "`]` / `[`", "`^p`", "`?`", "`q`", "`esc`"):
            assert key in help_text, key
        await pilot.pause()
        body = app.screen.query_one("#help-body")  # styled by styles/help.tcss
        assert body.outer_size.width == 80 and body.styles.border.top[0] == "round"
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_footer_shows_the_main_keys(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=NARROW) as pilot:
        screen = await ready(app, pilot)
        shown = {b.key for _, b, enabled, _ in screen.active_bindings.values()
                 if b.show and enabled}
        assert {"n", "p", "f", "slash", "h", "d", "q"} <= shown
        assert "question_mark,f1" in shown or "question_mark" in shown


async def test_layout_wide_shows_everything_narrow_toggles(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        for pane in ("#article", "#parties", "#quotes", "#demands"):
            assert screen.query_one(pane).region.area > 0, pane
        assert screen.query_one("#article").region.width >= 80
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        assert screen.query_one("#article").region.width == 80
        assert screen.query_one("#quotes").region.area == 0
        await pilot.press("h")
        await pilot.pause()
        assert screen.query_one("#quotes").region.width >= 38
        assert screen.focused.id == "quotes"
        # Beside the article, not over it: the article wraps in the other half.
        article = screen.query_one("#article").region
        assert article.width == 40 and article.right <= screen.query_one("#quotes").region.x
        await pilot.press("d")
        await pilot.pause()
        assert screen.query_one("#demands").region.area > 0
        await pilot.press("enter")  # jump: the panes close, the article shows
        await pilot.pause()
        assert screen.query_one("#quotes").region.area == 0
        assert screen.focused is screen.query_one(ArticleView)
        await pilot.resize_terminal(*WIDE)
        await pilot.pause()
        assert screen.query_one("#quotes").region.area > 0
        await pilot.press("d")  # wide: panes can still be hidden
        await pilot.pause()
        assert screen.query_one("#demands").region.area == 0


async def test_empty_states_say_so(make_app, fixture_article):
    app = make_app([fixture_article], analyzer=empty_annotations)
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        screen = await ready(app, pilot)
        texts = {i: str(screen.query_one(i).get_option_at_index(0).prompt)
                 for i in ("#parties", "#quotes", "#demands")}
        assert texts == {"#parties": "No parties found in this article.",
                         "#quotes": "No quotes found in this article.",
                         "#demands": "No demands or rejections found."}
        assert status(screen).startswith("No quotes found")
        await pilot.press("n", "p", "f", "enter")  # nothing to do, nothing breaks
        assert app.is_running
        assert screen.current_quote_id is None


async def test_analysis_failure_leaves_the_plain_article(make_app, fixture_article):
    def broken(article):
        raise RuntimeError("engine [bold]exploded[/]")

    app = make_app([fixture_article], analyzer=broken)
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        assert status(screen).startswith("Analysis failed")
        assert app.is_running
        assert len(screen.query_one(ArticleView).children) == len(fixture_article.blocks)


async def test_several_articles_switch_and_keep_their_place(make_app, fixture_article,
                                                            write_article):
    other = write_article('"Second," said Ada Vance of Northland.', "second.txt")
    app = make_app([fixture_article, other])
    async with app.run_test(size=WIDE) as pilot:
        first = await ready(app, pilot)
        await pilot.press("n")
        await pilot.press("right_square_bracket")
        second = await ready(app, pilot)
        assert second is not first
        assert second.article is other
        assert "2/2" in status(second)
        await pilot.press("left_square_bracket")
        assert app.screen is first
        assert first.current_quote_id == "q2"


async def test_markdown_structure_is_kept(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        paras = list(screen.query_one(ArticleView).children)
        kinds = [sorted(c for c in p.classes if c.startswith("-") and "level" not in c)[0]
                 for p in paras]
        assert kinds[0] == "-heading"
        assert "-list-item" in kinds and "-blockquote" in kinds
        bullet = next(p for p in paras if p.has_class("-list-item"))
        assert str(bullet.content).startswith("• ")
        assert paras[0].styles.text_style.bold


async def test_command_palette_jumps_to_a_quote(make_app, fixture_article):
    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Quote 3")
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.current_quote_id == "q3"


async def test_command_palette_offers_reader_commands(make_app, fixture_article):
    from tui.screens.reader_commands import OPTIONAL_ACTIONS, ReaderCommands

    app = make_app([fixture_article])
    async with app.run_test(size=WIDE) as pilot:
        screen = await ready(app, pilot)
        provider = ReaderCommands(screen)
        titles = [t for t, _, _ in provider._commands()]
        assert "Quote 1: Ada Vance (Northland) — We will not sign while the blockade stands," \
            in titles
        assert "Party: Southland" in titles
        assert "Filter: only quotes by Northland" in titles
        assert any(t.startswith("Panel: toggle demands") for t in titles)
        # Annotation commands appear exactly when the screen or app defines their actions.
        for action, title, _ in OPTIONAL_ACTIONS:
            defined = hasattr(screen, f"action_{action}") or hasattr(app, f"action_{action}")
            assert (title in titles) == defined, title
