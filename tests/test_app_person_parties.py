"""A person who acts on their own account is a party in the reader too: coloured where
named, and `enter` on the party cycles through the mentions (real engine, real excerpt)."""
from __future__ import annotations

from tui.analysis import analyze
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.party_list import PartyList
from tui.widgets.status_bar import StatusBar

# Cut from a real Wikinews article (nevada-becomes-first-state, CC BY 2.5).
EXCERPT = (
    "On Monday, Nevada became the first state to begin a legislative session with a female majority.\n\n"
    "State Senator Patricia Ann Spearman remarked, \"It's been a long, hard fight.\" Democrat Spearman, "
    "a minister and former Army colonel, was first elected to the state senate in 2012.\n\n"
    "Spearman said the session would be historic.\n"
)


async def test_person_party_is_coloured_and_enter_cycles_its_mentions(make_app, write_article):
    article = write_article(EXCERPT, "nevada.txt")
    app = make_app([article], analyzer=analyze)
    async with app.run_test(size=(160, 48)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        ann = screen.annotations
        person = next(p for p in ann.parties if p.name == "Patricia Ann Spearman")
        assert person.kind == "person"
        assert [m.text for m in person.mentions] == ["Patricia Ann Spearman", "Spearman", "Spearman"]
        # every mention is marked in the article, in the party's colour
        view = screen.query_one(ArticleView)
        marked = {(m.start, m.end) for block in view._marks for m in block}
        assert all((m.start, m.end) in marked for m in person.mentions)
        parties = screen.query_one(PartyList)
        parties.focus()
        parties.highlighted = [p.id for p in ann.parties].index(person.id)
        for n in (1, 2, 3, 1):
            await pilot.press("enter")
            assert screen.query_one(StatusBar).text.startswith(f"Mention {n}/3")
            assert view.text[view.current[0]:view.current[1]] in ("Patricia Ann Spearman", "Spearman")
