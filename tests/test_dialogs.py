"""The reader's annotation keys, driven through Textual's pilot: a, c, x, e, l."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.app import NewsReaderApp
from tui.screens.annotating_reader import AnnotatingReader
from tui.ingest import load
from tui.notes.store import NoteStore, target_for
from tui.resources import SAMPLE_ARTICLE
from tui.widgets.quote_list import QuoteList

SIZE = (140, 45)


async def ready(pilot) -> AnnotatingReader:
    """The reader once its highlights and panes are in (its store opens when first needed)."""
    screen = pilot.app.screen
    for _ in range(200):
        if isinstance(screen, AnnotatingReader) and screen.annotations and screen.panes_mounted:
            break
        await pilot.pause(0.05)
    assert isinstance(screen, AnnotatingReader) and screen.annotations
    return screen


def saved(notes: Path) -> dict:
    [store] = [p for p in notes.glob("*.json") if p.name != "index.json"]
    return json.loads(store.read_text())


@pytest.fixture
def article():
    return load(SAMPLE_ARTICLE)


async def test_a_adds_a_note_with_tags_and_marks_the_quote(tmp_path, article):
    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("a")
        await pilot.press(*"[b]check[/b]")
        await pilot.press("tab", *"verify, cnn", "ctrl+s")
        await pilot.pause()
        [note] = saved(tmp_path)["notes"]
        assert (note["text"], note["tags"], note["target"]["id"]) == ("[b]check[/b]", ["verify", "cnn"], "q1")
        prompt = screen.query_one(QuoteList).get_option("q1").prompt
        assert "✎" in str(prompt)


async def test_c_corrects_the_speaker_with_a_new_party(tmp_path, article):
    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        speaker = app.screen.query_one("#speaker")
        speaker.value = "Matthew Miller"
        options = app.screen.query_one("#parties")
        options.highlighted = options.option_count - 1  # "New party…"
        app.screen.query_one("#new-name").value = "State Department"
        await pilot.press("ctrl+s")
        await pilot.pause()
        q1 = screen.annotations.quotes[0]
        assert q1.speaker.name == "Matthew Miller"
        assert screen.annotations.party(q1.speaker.party).name == "State Department"
        assert saved(tmp_path)["corrections"][0]["new_party"]["name"] == "State Department"


async def test_x_hides_and_the_list_restores(tmp_path, article):
    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        before = len(screen.annotations.quotes)
        await pilot.press("x")
        await pilot.pause()
        assert len(screen.annotations.quotes) == before - 1
        assert len(saved(tmp_path)["dismissed"]) == 1
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert len(screen.annotations.quotes) == before
        assert saved(tmp_path)["dismissed"] == []


async def test_e_exports_and_asks_before_overwriting(tmp_path, article, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsReaderApp([article], notes_dir=str(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        out = tmp_path / "gaza-truce-talks.brief.md"
        assert out.exists() and "## Quotes by speaker" in out.read_text()
        out.write_text("mine")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert out.read_text() == "mine"  # first press only warns
        assert "exists" in str(app.screen.query_one("#warning").render())
        await pilot.press("enter")
        await pilot.pause()
        assert "## Quotes by speaker" in out.read_text()


async def test_corrupt_store_still_opens_the_article(tmp_path, article):
    (tmp_path / f"{article.source.sha256}.json").write_text("{oops")
    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.annotations.quotes and "kept as" in screen.store.problem
        assert any("kept as" in str(n.message) for n in app._notifications)
    assert len(list(tmp_path.glob("*.corrupt-*"))) == 1


async def test_notes_from_the_list_can_be_edited(tmp_path, article):
    ann = analyze(article)
    NoteStore.open(ann, tmp_path).add_note(target_for(ann, "quote", "q2"), "old")
    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        area = app.screen.query_one("#text")
        area.text = "new text"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [n["text"] for n in saved(tmp_path)["notes"]] == ["new text"]


async def test_an_article_without_notes_opens_its_store_on_the_first_note(tmp_path, article):
    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.store is None  # nothing on disk: shown as the engine gave it
        assert screen.annotations is screen.raw
        await pilot.press("l")  # the notes list opens the (empty) store too
        await pilot.pause()
        assert screen.store is not None and not screen.store.records()
        await pilot.press("escape")


async def test_a_correction_is_in_the_first_frame_when_the_article_is_opened_again(tmp_path,
                                                                                 article):
    store = NoteStore.open(analyze(article), tmp_path)
    store.correct(target_for(analyze(article), "quote", "q1"), speaker="Matthew Miller",
                  party=None, new_party=None)
    shown = {}

    class Watch(NewsReaderApp):
        def on_reader_screen_annotations_shown(self) -> None:
            shown.setdefault("speaker", self.screen.annotations.quotes[0].speaker.name)

    app = Watch([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.store is not None
        assert shown["speaker"] == "Matthew Miller"


async def test_notes_in_another_article_open_the_store_to_look_for_this_one(tmp_path, article):
    (tmp_path / "index.json").write_text('{"paths": {}}\n')  # the user has notes elsewhere
    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.store is not None and not screen.store.records()


async def test_an_unsearchable_notes_directory_is_reported_not_raised(tmp_path, article,
                                                                      monkeypatch):
    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "exists", refuse)
    app = NewsReaderApp([article], notes_dir=str(tmp_path / "locked"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.annotations.quotes  # the article is read all the same


async def test_the_notes_list_stays_open_and_reads_well(tmp_path, article):
    """Issue 18 #9: tags on their own line, corrected parties by name, the list open after
    a delete or restore, key hints as Textual writes keys."""
    from textual.widgets import Label, OptionList

    from tui.dialogs.notes_list import NotesList

    app = NewsReaderApp([article], notes_dir=str(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        ann = screen.annotations
        assert screen._store_opened()
        store = screen.store
        quote = ann.quotes[0]
        store.add_note(target_for(ann, "quote", quote.id),
                       "Check this against the State Department transcript after the talks.",
                       ["verify", "follow-up"])
        mediators = next(p for p in ann.parties if p.id != quote.speaker.party)
        store.correct(target_for(ann, "quote", ann.quotes[1].id), party=mediators.id)
        store.dismiss(target_for(ann, "quote", ann.quotes[2].id))
        screen.refresh_annotations(screen.raw)
        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NotesList)
        records = dialog.query_one("#records", OptionList)
        prompts = [str(records.get_option_at_index(i).prompt) for i in range(records.option_count)]
        note = next(p for p in prompts if p.startswith("✎"))
        first, second = note.split("\n")
        assert "#verify" not in first and second.strip().startswith("#verify #follow-up · quote:")
        correction = next(p for p in prompts if p.startswith("✓"))
        assert f"party → {mediators.name}" in correction
        hint = str(dialog.query(Label).last().content)
        assert hint == "⏎ go to · e edit · del delete/restore · esc close"
        records.highlighted = next(i for i, p in enumerate(prompts) if p.startswith("✗"))
        await pilot.press("delete")  # restore the quote marked wrong
        await pilot.pause()
        assert app.screen is dialog and records.option_count == 2
        assert len(screen.annotations.quotes) == len(ann.quotes)
        records.highlighted = 0
        await pilot.press("delete")
        await pilot.pause()
        assert app.screen is dialog and records.option_count == 1
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_dialog_hints_write_keys_as_the_footer_does(tmp_path, article, monkeypatch):
    from textual.widgets import Label

    monkeypatch.chdir(tmp_path)
    app = NewsReaderApp([article], notes_dir=str(tmp_path / "notes"))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        hints = {}
        for key in ("a", "c", "e"):
            await pilot.press(key)
            await pilot.pause()
            hint = app.screen.query(".hint").last()
            assert isinstance(hint, Label)
            hints[key] = str(hint.content)
            await pilot.press("escape")
            await pilot.pause()
        assert hints == {"a": "^s save · esc cancel", "c": "^s apply · esc cancel",
                         "e": "⏎ export · tab next field · esc cancel"}
