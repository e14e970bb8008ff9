"""Stories (tui/library/stories.py, matching.py, brief.py) and `newsreader library story`:
parties matched across articles, demands over time, corrections across the story, briefs."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tui.cli.newsreader import main
from tui.library.brief import render
from tui.library.db import ArticleRow, Library, read_article
from tui.library.matching import match_parties, normalise, person_tokens
from tui.library.sources import file_source
from tui.library.stories import assemble_story, build_story, story_to_dict, suggest
from tui.model import Annotations, Demand, Party, Quote, Source, Span, Speaker
from tui.resources import SCHEMA_DIR


def doc(text: str, parties: list[tuple[str, str, str]], demands=(), quotes=()) -> Annotations:
    """Annotations by hand: parties (id, name, kind) with a mention wherever the name is."""
    def spans(name: str) -> list[Span]:
        i = text.find(name)
        return [Span(i, i + len(name), name)] if i >= 0 else []

    ann = Annotations(Source("x.txt", "text", text[:20], "0" * 64), text, [],
                      [Party(pid, name, kind, spans(name)) for pid, name, kind in parties])
    for n, (party, stance, summary, dtype, targets) in enumerate(demands, 1):
        s = max(text.find(summary), 0)
        holder = Speaker(ann.party(party).name if ann.party(party) else "", party, s, s, "")
        ann.demands.append(Demand(f"d{n}", party, stance, summary, s, s + len(summary), summary,
                                  holder, targets=list(targets), type=dtype))
    for n, (speaker, party, words) in enumerate(quotes, 1):
        s = max(text.find(words), 0)
        ann.quotes.append(Quote(f"q{n}", s, s + len(words), words, "direct",
                                Speaker(speaker, party, s, s, "")))
    return ann


def row(aid: int, date: str | None, title: str = "") -> ArticleRow:
    return ArticleRow(aid, f"{aid:064x}", f"/a/{aid}.txt", title or f"Article {aid}", "site",
                      date, "file name" if date else "", "", "", "text", "x")


# -- matching ----------------------------------------------------------------------------

def test_names_are_normalised():
    assert normalise("The U.S.") == "us" == normalise("US")
    assert person_tokens("Mrs. HIllary Clinton") == ["hillary", "clinton"]
    assert person_tokens("Sen. Bernie Sanders") == ["bernie", "sanders"]


def test_parties_are_matched_across_articles():
    docs = {
        1: doc("Donald Trump and the United States and ISIS", [
            ("p1", "Donald Trump", "person"), ("p2", "United States", "state"),
            ("p3", "Islamic State", "organisation")]),
        2: doc("Donald J. Trump and the U.S. said", [
            ("p1", "Donald J. Trump", "person"), ("p2", "The U.S.", "state")]),
        3: doc("Trump met ISIS. Melania Trump", [
            ("a", "Trump", "person"), ("b", "ISIS", "organisation"),
            ("c", "Melania Trump", "person")]),
        4: doc("Hillary Clinton and Bill Clinton and Clinton", [
            ("h", "Hillary Clinton", "person"), ("w", "Bill Clinton", "person"),
            ("c", "Clinton", "person")]),
    }
    sp = match_parties(docs)
    trump = sp.party(sp.key_of(1, "p1"))
    assert trump.name == "Donald Trump"
    assert sp.key_of(2, "p1") == sp.key_of(3, "a") == trump.key  # J. and the bare surname
    assert sp.key_of(3, "c") != trump.key  # Melania is someone else
    assert sp.key_of(1, "p2") == sp.key_of(2, "p2")  # U.S. = United States
    assert sp.key_of(1, "p3") == sp.key_of(3, "b")  # ISIS, an alias in article 1
    # a bare "Clinton" with Bill and Hillary equally present is neither
    assert len({sp.key_of(4, "h"), sp.key_of(4, "w"), sp.key_of(4, "c")}) == 3
    assert sorted(trump.articles) == [1, 2, 3]


# -- demands over time -------------------------------------------------------------------

def story_docs() -> tuple[list[ArticleRow], dict[int, Annotations]]:
    n = [("n", "Northland", "state"), ("s", "Southland", "state")]
    docs = {
        1: doc("Northland demands an end to the blockade of the harbour", n,
               [("n", "demand", "an end to the blockade of the harbour", "other", ["s"])],
               [("Ada Vance", "n", "We will not sign")]),
        2: doc("Northland again demands an end to the harbour blockade", n,
               [("n", "demand", "an end to the harbour blockade", "other", ["s"])]),
        3: doc("Southland rejects ending the harbour blockade; and demands fishing rights", n,
               [("s", "reject", "ending the harbour blockade", "other", ["n"]),
                ("s", "demand", "fishing rights", "economic", [])]),
        4: doc("Northland spoke about trade only", n, [],
               [("Ada Vance", "n", "Trade matters")]),
    }
    rows = [row(4, "2020-01-09"), row(2, "2020-01-03"), row(1, "2020-01-01"), row(3, "2020-01-05")]
    return rows, docs


def test_a_demand_is_followed_over_time():
    rows, docs = story_docs()
    story = assemble_story("harbour", rows, docs)
    assert [a.id for a in story.articles] == [1, 2, 3, 4]  # by date
    north = story.parties.key_of(1, "n")
    south = story.parties.key_of(1, "s")
    blockade = story.threads_of(north)
    assert len(blockade) == 1  # the same demand in two articles is one thread
    t = blockade[0]
    assert (t.first, t.repeated) == ("2020-01-01", ["2020-01-03"])
    assert [o.article_id for o in t.occurrences] == [1, 2]
    assert t.targets == [south]
    assert [(k, o.date) for k, o in t.rejected_by] == [(south, "2020-01-05")]
    assert t.status() == "rejected"
    assert story.per_day(north) == [("2020-01-01", 1, 0), ("2020-01-03", 1, 0),
                                    ("2020-01-05", 0, 0), ("2020-01-09", 0, 0)]
    assert story.per_day(south)[2] == ("2020-01-05", 1, 1)
    counts = {k: len(v) for k, v in story.matrix.items()}
    assert counts == {(north, south): 2, (south, north): 1, (south, ""): 1}
    assert [q.date for q in story.quotes_of(north)] == ["2020-01-01", "2020-01-09"]


def test_a_repeated_demand_not_made_again_is_dropped():
    rows, docs = story_docs()
    del docs[3]
    rows = [r for r in rows if r.id != 3]
    story = assemble_story("harbour", rows, docs)
    t = story.threads_of(story.parties.key_of(1, "n"))[0]
    assert t.status() == "dropped" and t.dropped_after == "2020-01-03"
    assert t.later_articles == 1  # Northland is quoted on 2020-01-09 without it


def test_undated_articles_come_last():
    rows, docs = story_docs()
    rows[0] = row(4, None)
    story = assemble_story("harbour", rows, docs)
    assert [a.id for a in story.articles][-1] == 4 and story.dates[-1] == "undated"


def test_the_json_validates_against_its_schema():
    rows, docs = story_docs()
    data = json.loads(render(assemble_story("harbour", rows, docs), "json"))
    schema = json.loads((SCHEMA_DIR / "story.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["threads"][0]["status"] == "rejected"


def test_the_brief_says_when(tmp_path):
    rows, docs = story_docs()
    story = assemble_story("harbour", rows, docs)
    md = render(story, "md")
    assert md.startswith("# Story: harbour\n")
    assert "**2020-01-01** demands [other] of Southland: an end to the blockade" in md
    assert "repeated 2020-01-03" in md or "2020-01-03, site" in md
    assert "*met with a rejection* by Southland: 2020-01-05" in md
    assert "| Northland | +2 |" in md.replace("  ", " ")
    html = render(story, "html")
    assert "<table>" in html and "<script" not in html


def test_untrusted_text_in_the_brief_is_escaped():
    n = [("n", "<script>alert(1)</script>", "group")]
    docs = {1: doc("<script>alert(1)</script> demands *all* \x1b[31m", n,
                   [("n", "demand", "*all* \x1b[31m", "other", [])])}
    story = assemble_story("x", [row(1, "2020-01-01", "# not a heading")], docs)
    html = render(story, "html")
    assert "<script>" not in html and "\x1b" not in html
    assert "\x1b" not in render(story, "md")
    assert "\\u001b" in render(story, "json")


# -- end to end: the library, notes and corrections, the command line --------------------

TEXTS = {
    "courier_2020-01-01_talks.txt":
        "Talks\n\nNorthland demanded an end to the blockade on Monday. \"We will not sign "
        "while the blockade stands,\" said Northland envoy Ada Vance.\n",
    "courier_2020-01-04_more-talks.txt":
        "More talks\n\nNorthland again demanded an end to the blockade. \"We are patient,\" "
        "Ada Vance said.\n",
    "courier_2020-01-06_weather.txt": "Weather\n\nIt rained in Southland.\n",
}


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, Path, list[Path]]:
    folder = tmp_path / "a"
    folder.mkdir()
    paths = []
    for name, text in TEXTS.items():
        (folder / name).write_text(text)
        paths.append(folder / name)
    return tmp_path / "lib.sqlite3", tmp_path / "notes", paths


def test_a_correction_applies_to_the_party_across_the_story(library):
    from tui.analysis import analyze
    from tui.notes.store import NoteStore, target_for

    lib_path, notes, paths = library
    with Library.open(lib_path) as lib:
        for p in paths[:2]:
            article, raw = read_article(p)
            lib.add(article, file_source(article, p), raw=raw, story="talks")
        story = build_story(lib, "talks", notes_dir=str(notes))
        vance_before = {q.party for q in story.quotes if q.speaker == "Ada Vance"}
        assert story.name_of(next(iter(vance_before))) == "Ada Vance"
        # the user says, in the first article only: Ada Vance speaks for Northland
        ann = analyze(read_article(paths[0])[0])
        quote = next(q for q in ann.quotes if q.speaker and q.speaker.name == "Ada Vance")
        NoteStore.open(ann, notes).correct(target_for(ann, "quote", quote.id), party="northland")
        story = build_story(lib, "talks", notes_dir=str(notes))
        parties = {(q.article_id, story.name_of(q.party)) for q in story.quotes
                   if q.speaker == "Ada Vance"}
        assert parties == {(1, "Northland"), (2, "Northland")}  # article 2 follows


def test_cli_story(library, capsys):
    lib_path, notes, paths = library
    lib = ["--library", str(lib_path)]
    assert main(["library", "add", *lib, "--story", "talks", *map(str, paths[:2])]) == 0
    assert main(["library", "add", *lib, str(paths[2])]) == 0
    capsys.readouterr()
    assert main(["library", "stories", *lib]) == 0
    assert capsys.readouterr().out == "talks  (2 articles)\n"
    assert main(["library", "story", "talks", *lib, "--format", "md", "--notes", str(notes)]) == 0
    md = capsys.readouterr().out
    assert "### Northland" in md and "**2020-01-01** demands" in md
    assert "2020-01-04" in md and "Dates: 2 from file name." in md
    out = lib_path.parent / "brief.md"
    assert main(["library", "story", "talks", *lib, "--format", "md", "-o", str(out)]) == 0
    assert out.read_text() == md
    assert main(["library", "story", "talks", *lib, "--format", "md", "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["library", "story", "talks", *lib, "--add", str(paths[2])]) == 0
    assert main(["library", "story", "talks", *lib, "--remove", "3"]) == 0
    assert main(["library", "story", "talks", *lib, "--add", "nope"]) == 2
    assert "no article 'nope'" in capsys.readouterr().err
    assert main(["library", "story", "other", *lib, "--format", "json"]) == 2
    assert "no story named 'other'" in capsys.readouterr().err
    assert main(["library", "story", "found", *lib, "--add-search", "blockade"]) == 0
    capsys.readouterr()
    assert main(["library", "story", "found", *lib]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_suggest_ranks_articles_sharing_parties(library):
    lib_path, _, paths = library
    with Library.open(lib_path) as lib:
        for p in paths:
            article, raw = read_article(p)
            lib.add(article, file_source(article, p), raw=raw)
        lib.story_add("talks", [1])
        suggested = suggest(lib, "talks")
        assert [r.id for r, _, _ in suggested][:1] == [2]
        assert "Northland" in suggested[0][1]


SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
POLNEAR_DEV = SHARED / "polnear" / "dev" / "text"


@pytest.mark.slow
def test_polnear_clinton_and_trump(tmp_path):
    if not POLNEAR_DEV.is_dir():
        pytest.skip(f"{POLNEAR_DEV} is not beside the project")
    with Library.open(tmp_path / "lib.sqlite3") as lib:
        for p in sorted(POLNEAR_DEV.glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            article, raw = read_article(p)
            lib.add(article, file_source(article, p), raw=raw,
                    story="campaign" if "Clinton" in text and "Trump" in text else None)
        story = build_story(lib, "campaign", use_notes=False)
        assert len(story.articles) == 53
        assert all(a.date_source == "file name" for a in story.articles)
        names = {p.key: p.name for p in story.active_parties()[:5]}
        assert {"Donald Trump", "Hillary Clinton"} <= set(names.values())
        for name in ("Donald Trump", "Hillary Clinton"):
            key = next(k for k, v in names.items() if v == name)
            dates = {o.date for t in story.threads_of(key) for o in t.occurrences}
            assert len(dates) >= 4  # demands on several days
            assert len(story.parties.party(key).articles) >= 15
        data = story_to_dict(story)
        jsonschema.Draft202012Validator(json.loads(
            (SCHEMA_DIR / "story.schema.json").read_text())).validate(data)
