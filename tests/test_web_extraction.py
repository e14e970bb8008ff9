"""Extraction quality on served news pages: every paragraph of the article kept, none of
the page furniture, and the same analysis as the article's own text.

The pages are the 35 Wikinews dev articles (CC BY 2.5, © Wikinews contributors; see
tests/news_site.py) wrapped in a news site's furniture and fetched over HTTP from
127.0.0.1, the way `newsreader URL` reads them.
"""
from __future__ import annotations

import pytest

from news_site import FURNITURE, SITE, wikinews_articles
from tui.analysis import analyze
from tui.ingest import load_bytes
from tui.ingest.sources import open_article
from tui.model import Annotations

ARTICLES = wikinews_articles()
NAMES = [a.name for a in ARTICLES] or [pytest.param(
    "", marks=pytest.mark.skip(reason="needs ../shared/data/wikinews/dev beside the project"))]

pytestmark = pytest.mark.slow


def findings(ann: Annotations) -> dict[str, list[tuple]]:
    """What an analyst reads off the analysis, without offsets: the quotes with their
    speakers and parties, the speakers, and the demands with holders, types and targets."""
    def party(pid: str | None) -> str | None:
        p = ann.party(pid)
        return p.name if p else pid

    return {
        "quotes": [(q.text, q.kind, q.speaker.name if q.speaker else None,
                    party(q.speaker.party) if q.speaker else None) for q in ann.quotes],
        "speakers": sorted({(q.speaker.name, party(q.speaker.party)) for q in ann.quotes
                            if q.speaker}, key=str),
        "demands": [(d.stance, d.summary, d.text, d.holder.name, party(d.party), d.type,
                     tuple(party(t) for t in d.targets)) for d in ann.demands],
    }


def test_there_are_at_least_ten_pages():
    if not ARTICLES:
        pytest.skip("needs ../shared/data/wikinews/dev beside the project")
    assert len(ARTICLES) >= 10


@pytest.mark.parametrize("name", NAMES)
def test_served_page_extracts_to_the_article(name, news_site, page_cache):
    a = news_site.by_name[name]
    url = news_site.page_url(a)
    article = open_article(url)
    blocks = [article.text[b.start:b.end] for b in article.blocks]

    # The title leads, then every paragraph of the article, in order, each one block.
    assert blocks[0] == a.title and article.blocks[0].kind == "heading"
    assert blocks[1:] == a.paragraphs
    # None of the furniture (navigation, banner, ads, newsletter, related, comments, footer).
    for phrase in FURNITURE + ["Manage preferences", "Comments (2)", "reader_4471", "Politics"]:
        assert phrase not in article.text
    # The source: where it was read, the site, the date and the byline.
    src = article.source
    assert (src.path, src.url, src.format) == (url, url, "html")
    assert (src.title, src.site, src.date, src.byline) == (a.title, SITE, a.date,
                                                           "Wikinews contributors")

    # The analysis of the page equals the analysis of the article's text.
    plain = load_bytes(a.text.encode("utf-8"), f"{name}.txt")
    page, text = findings(analyze(article)), findings(analyze(plain))
    assert page == text
    assert page["quotes"], "every dev article has quotes: the comparison must compare something"
