"""The feed screen (Pilot): the items listed with site, date and read marks; enter opens
one, fetched in the background with a progress bar, with its highlights; ] and [ read
the next and previous item; a failing item is a notification and the reader carries on."""
from __future__ import annotations

import asyncio

import pytest

from conftest import screen_rows
from news_site import SITE, wikinews_articles
from tui.ingest.feeds import Feed, FeedItem
from tui.ingest.sources import open_source
from tui.screens.feed import FeedArticleReader, FeedScreen

ARTICLES = wikinews_articles()
needs_articles = pytest.mark.skipif(not ARTICLES, reason="needs ../shared/data/wikinews/dev")
SIZE = (120, 40)


async def wait_for(pilot, condition, timeout: float = 20.0) -> None:
    """Pause until condition() holds (a worker thread fetches and extracts meanwhile)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not condition():
        assert loop.time() < end, "timed out waiting"
        await pilot.pause(0.05)


def reader_ready(app, title: str):
    def ready() -> bool:
        s = app.screen
        return (isinstance(s, FeedArticleReader) and s.article.source.title == title
                and s.current_annotations is not None and s.panes_mounted)
    return ready


@needs_articles
async def test_feed_screen_lists_opens_and_steps(make_app, page_cache, news_site):
    feed = open_source(news_site.url("/feed.xml"))
    assert isinstance(feed, Feed)
    app = make_app([], feed=feed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, FeedScreen)
        rows = "\n".join(screen_rows(app))
        assert f"{SITE}: World  {len(ARTICLES)} items" in rows
        assert f"● 1 {ARTICLES[0].title[:60]}" in rows
        assert f"{SITE}: World · {ARTICLES[0].date}" in rows

        await pilot.press("enter")
        await pilot.pause(0.01)
        await wait_for(pilot, reader_ready(app, ARTICLES[0].title))
        reader = app.screen
        assert reader.current_annotations.quotes  # the highlights are there
        assert reader.current_annotations.source.url == news_site.page_url(ARTICLES[0])
        rows = "\n".join(screen_rows(app))
        assert "Quote 1/" in rows and f"1/{len(ARTICLES)}" in rows
        assert "by Wikinews contributors" in rows  # the source under the article

        await pilot.press("right_square_bracket")
        await wait_for(pilot, reader_ready(app, ARTICLES[1].title))
        await pilot.press("left_square_bracket")
        await wait_for(pilot, reader_ready(app, ARTICLES[0].title))
        assert len(app.screen_stack) == 2  # the feed, and one reader over it

        await pilot.press("backspace")
        await pilot.pause()
        assert app.screen is screen
        rows = "\n".join(screen_rows(app))
        assert f"   1 {ARTICLES[0].title[:60]}" in rows and f"   2 {ARTICLES[1].title[:40]}" in rows
        assert f"● 1 " not in rows and "● 2 " not in rows
        assert f"● 3 {ARTICLES[2].title[:40]}" in rows
        assert "· read" in rows
        # Each page was fetched once: going back to item 1 read it from memory.
        assert news_site.requests.count(f"/news/{ARTICLES[0].name}.html") == 1


@needs_articles
async def test_progress_shows_while_an_item_loads(make_app, page_cache, news_site):
    news_site.slow_seconds = 1.5
    feed = Feed("Slow", "slow", [FeedItem("A slow page", news_site.url("/slow"), "Slow site")])
    app = make_app([], feed=feed)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.screen.query_one("#feed-progress").display
        assert "“A slow page”" in "\n".join(screen_rows(app))
        await wait_for(pilot, lambda: not app.screen.query_one("#feed-progress").display)
        # /slow answers a page with no article: a notification, and the list stays. The
        # notification reaches the app as a message of its own: wait for it, not a frame.
        assert isinstance(app.screen, FeedScreen)
        await wait_for(pilot, lambda: any("no article text found" in str(n.message) for n in app._notifications),
                       timeout=10.0)
        assert isinstance(app.screen, FeedScreen)


@needs_articles
async def test_a_failing_item_is_a_notification_and_the_reader_goes_on(make_app, page_cache,
                                                                       news_site):
    items = [FeedItem("Gone", news_site.url("/status/404"), "Site"),
             FeedItem("A feed", news_site.url("/feed.xml"), "Site"),
             FeedItem(ARTICLES[0].title, news_site.page_url(ARTICLES[0]), "Site")]
    app = make_app([], feed=Feed("Mixed", "mixed", items))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(app._notifications) == 1)
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: len(app._notifications) == 2)
        messages = [str(n.message) for n in app._notifications]
        assert messages[0].endswith("/status/404: the server answered 404 Not Found")
        assert messages[1].endswith("/feed.xml: is a feed, not an article page")
        assert isinstance(app.screen, FeedScreen)
        await pilot.press("down", "enter")
        await wait_for(pilot, reader_ready(app, ARTICLES[0].title))
        await pilot.press("right_square_bracket")  # past the last item: said, nothing breaks
        await pilot.pause()
        assert "This is the last item of the feed." in [str(n.message) for n in app._notifications]
        assert isinstance(app.screen, FeedArticleReader)


SNAPSHOT_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Harbour talks stall as Northland refuses to sign while the blockade stands</title>
<link>http://127.0.0.1:9/harbour-talks.html</link><pubDate>Mon, 06 May 2024 09:30:00 GMT</pubDate></item>
<item><title>Southland demands guarantees on fishing rights</title>
<link>http://127.0.0.1:9/fishing-rights.html</link><pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate></item>
<item><title>Mediator: "Both sides must return to the table" [and more]</title>
<link>http://127.0.0.1:9/mediator.html</link><pubDate>Wed, 08 May 2024 08:15:00 GMT</pubDate></item>
<item><title>No link here</title></item>
</channel></rss>"""


def test_feed_screen_snapshot(snap_compare, make_app, page_cache):
    """Three items (one read: its page is in the cache), titles with brackets shown as
    written, the notice of the item left out for having no link."""
    from tui.ingest import cache
    from tui.ingest.feeds import parse_feed

    feed = parse_feed(SNAPSHOT_FEED, "harbour.xml", "http://127.0.0.1:9/feed.xml")
    cache.put(cache.Cached(feed.items[1].link, feed.items[1].link, "text/html", b"<p>read</p>"))

    async def run_before(pilot):
        await pilot.pause()
        await pilot.press("down")
        await pilot.pause()

    assert snap_compare(make_app([], feed=feed), terminal_size=(100, 20), run_before=run_before)


async def test_the_feed_screen_resumes_the_collector(make_app, page_cache):
    import gc

    from tui.ingest.feeds import parse_feed

    feed = parse_feed(SNAPSHOT_FEED, "harbour.xml", "http://127.0.0.1:9/feed.xml")
    gc.disable()
    try:
        app = make_app([], feed=feed, gc_paused=True)
        async with app.run_test(size=(100, 20)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert gc.isenabled()
    finally:
        gc.enable()
