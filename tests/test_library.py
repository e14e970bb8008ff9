"""The library (tui/library/db.py) and `newsreader library add|list|search`: storage,
full-text search, the party filter, dates, migrations, a corrupt file, engine changes."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tui.cli.newsreader import main
from tui.library import db as libdb
from tui.library.db import Library, LibraryError, fts_query, read_article
from tui.library.sources import file_source, find_date

ARTICLES = {
    "nyt_2016-09-08_harbour-talks.txt": (
        "Harbour talks stall over the blockade\n\n"
        "Northland demanded an end to the blockade on Monday, said envoy Ada Vance.\n\n"
        '"We will not sign while the blockade stands," Vance said.\n'),
    "courier_2016-09-10_fishing.txt": (
        "Fishermen protest new quotas\n\n"
        "Southland fishermen rejected the new quotas and demanded compensation.\n\n"
        '"The quotas will ruin us," said union leader Tom Reyes.\n'),
    "undated-election.txt": (
        "Election results contested\n\n"
        "September 27, 2016\n\n"
        "The opposition called for a recount after the vote, its leader Mara Lind said.\n"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def lib_path(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "library.sqlite3"


def add_all(lib: Library, folder: Path, story: str | None = None) -> list[int]:
    ids = []
    for path in sorted(folder.iterdir()):
        article, raw = read_article(path)
        ids.append(lib.add(article, file_source(article, path), raw=raw, story=story)[0])
    return ids


def test_add_list_and_the_stored_article(corpus, lib_path):
    with Library.open(lib_path) as lib:
        ids = add_all(lib, corpus)
        assert lib.count() == 3
        assert lib.schema_version == libdb.SCHEMA_VERSION
        assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        # adding again keeps one row per text
        again = add_all(lib, corpus)
        assert again == ids and lib.count() == 3
        rows = lib.articles()
        assert [r.date for r in rows] == ["2016-09-08", "2016-09-10", "2016-09-27"]
        harbour = rows[0]
        assert harbour.title == "Harbour talks stall over the blockade"
        assert harbour.site == "nyt" and harbour.date_source == "file name"
        assert rows[2].date_source == "text"
        assert "Northland" in harbour.parties and harbour.quotes >= 1
        # the article comes back as it was read, with the same identity (its notes' key)
        article = lib.article(harbour.id)
        original, _ = read_article(corpus / "nyt_2016-09-08_harbour-talks.txt")
        assert article.text == original.text and article.source.sha256 == original.source.sha256
        assert lib.annotations(harbour.id).to_dict()["quotes"]


def test_full_text_search_returns_the_right_articles(corpus, lib_path):
    with Library.open(lib_path) as lib:
        add_all(lib, corpus)
        titles = lambda q: [h.article.title for h in lib.search(q)]  # noqa: E731
        assert titles("blockade") == ["Harbour talks stall over the blockade"]
        assert titles("quotas") == ["Fishermen protest new quotas"]
        # stemming: "demands" finds "demanded", in two articles, not in the third
        assert sorted(titles("demands")) == ["Fishermen protest new quotas",
                                             "Harbour talks stall over the blockade"]
        assert titles('"ruin us"') == ["Fishermen protest new quotas"]
        assert titles('"us ruin"') == []
        assert sorted(titles("recount OR blockade")) == ["Election results contested",
                                                         "Harbour talks stall over the blockade"]
        assert titles("demanded NOT blockade") == ["Fishermen protest new quotas"]
        assert titles("recou*") == ["Election results contested"]
        assert titles("nothing-like-this") == []
        hit = lib.search("blockade")[0]
        assert libdb.SNIPPET_OPEN + "blockade" + libdb.SNIPPET_CLOSE in hit.snippet
        # FTS syntax in the user's words is never an error
        for q in ['"', "AND", "OR blockade", "a:b", "(", "NEAR(", "*", "blockade OR"]:
            lib.search(q)


def test_fts_query_quotes_every_word():
    assert fts_query('ceasefire "end the war" OR truce* NOT') == \
        '"ceasefire" "end the war" OR "truce"*'
    assert fts_query("((") == ""


def test_filter_by_party(corpus, lib_path):
    with Library.open(lib_path) as lib:
        add_all(lib, corpus)
        assert [r.title for r in lib.articles(party="northland")] == \
            ["Harbour talks stall over the blockade"]
        assert lib.articles(party="Atlantis") == []
        assert any(name == "Northland" for name, _ in lib.parties())


def test_dates_from_a_sources_table(tmp_path, lib_path):
    folder = tmp_path / "corpus" / "dev"
    folder.mkdir(parents=True)
    (folder / "talks-resume.txt").write_text("Talks resume\n\nThe sides met again.\n")
    (folder.parent / "SOURCES.tsv").write_text(
        "name\ttitle\tdate\turl\ntalks-resume\tTalks resume in Geneva\t2019-03-28\t"
        "https://en.wikinews.org/wiki/Talks\n")
    article, _ = read_article(folder / "talks-resume.txt")
    info = file_source(article, folder / "talks-resume.txt")
    assert (info.date, info.date_source, info.title, info.site) == (
        "2019-03-28", "metadata", "Talks resume in Geneva", "en.wikinews.org")
    (folder / "no-date.txt").write_text("Nothing dated\n\nJust words.\n")
    article, _ = read_article(folder / "no-date.txt")
    assert file_source(article, folder / "no-date.txt").date_source == "file time"


def test_find_date():
    assert find_date("Published 3 March 2020 in London") == "2020-03-03"
    assert find_date("On Sept. 5, 2016 or 2016-09-04") == "2016-09-04"
    assert find_date("On February 30, 2016") is None
    assert find_date("no date here, 2016 only") is None


def test_markdown_articles_are_rebuilt_from_their_source(tmp_path, lib_path):
    path = tmp_path / "talks.md"
    path.write_text("# Talks\n\nNorthland **demanded** a truce, said envoy Ada Vance.\n")
    with Library.open(lib_path) as lib:
        article, raw = read_article(path)
        aid, _ = lib.add(article, file_source(article, path), raw=raw)
        again = lib.article(aid)
        assert again.text == article.text and again.blocks == article.blocks
        assert again.source.format == "markdown"


def test_a_changed_engine_recomputes_the_analysis(corpus, lib_path):
    with Library.open(lib_path) as lib:
        aid = add_all(lib, corpus)[0]
        lib.db.execute("UPDATE analyses SET engine = 'old', json = '{}' WHERE article_id = ?",
                       (aid,))
        assert lib.refresh_analyses() == 1
        engine, data = lib.db.execute("SELECT engine, json FROM analyses WHERE article_id = ?",
                                      (aid,)).fetchone()
        assert engine == libdb.engine_version() and json.loads(data)["quotes"]


# -- migrations --------------------------------------------------------------------------

def make_v1(path: Path, corpus: Path) -> None:
    """A library as schema version 1 left it: articles, analyses, a story; no search index
    and no party index."""
    from tui.analysis import analyze

    db = sqlite3.connect(path)
    libdb.MIGRATIONS[0](db)
    for i, p in enumerate(sorted(corpus.iterdir()), 1):
        article, _ = read_article(p)
        ann = analyze(article)
        db.execute("INSERT INTO articles (id, sha256, location, title, raw, text, added) "
                   "VALUES (?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')",
                   (i, article.source.sha256, str(p), article.source.title, article.text,
                    article.text))
        db.execute("INSERT INTO analyses VALUES (?, 'v1-engine', ?, 0, 0, 0, 'x')",
                   (i, json.dumps(ann.to_dict())))
    db.execute("INSERT INTO stories VALUES (1, 'talks', 'x')")
    db.execute("INSERT INTO story_articles VALUES (1, 1, 'x')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()


def test_migration_from_version_1(corpus, lib_path):
    lib_path.parent.mkdir(parents=True)
    make_v1(lib_path, corpus)
    with Library.open(lib_path) as lib:
        assert lib.schema_version == 2
        assert lib.count() == 3
        assert [h.article.id for h in lib.search("quotas")] == [1]  # the index was built
        assert [r.id for r in lib.articles(party="Northland")] == [2]  # parties indexed
        assert lib.story_ids("talks") == [1]
        # new articles are indexed by the triggers the migration made
        extra = corpus / "later.txt"
        extra.write_text("Later\n\nThe harbourmaster resigned.\n")
        article, _ = read_article(extra)
        lib.add(article, file_source(article, extra))
        assert [h.article.title for h in lib.search("harbourmaster")] == ["Later"]


def test_a_newer_schema_is_refused_and_left_alone(lib_path):
    lib_path.parent.mkdir(parents=True)
    db = sqlite3.connect(lib_path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = lib_path.read_bytes()
    with pytest.raises(LibraryError, match="newer newsreader"):
        Library.open(lib_path)
    assert lib_path.read_bytes() == before


# -- a corrupt file ----------------------------------------------------------------------

def test_a_corrupt_library_is_kept_aside_and_a_new_one_started(corpus, lib_path, capsys):
    lib_path.parent.mkdir(parents=True)
    garbage = b"this is not a database\x00" * 400
    lib_path.write_bytes(garbage)
    assert main(["library", "--library", str(lib_path), "list"]) == 0
    err = capsys.readouterr().err
    assert "unreadable" in err and "kept as" in err and err.count("\n") == 1
    backups = list(lib_path.parent.glob("library.sqlite3.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == garbage
    with Library.open(lib_path) as lib:
        assert lib.problem == "" and lib.count() == 0
        add_all(lib, corpus)
        assert lib.count() == 3


def test_a_damaged_page_is_found_by_the_check(corpus, lib_path, capsys):
    with Library.open(lib_path) as lib:
        add_all(lib, corpus)
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(lib_path.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 6)):
        data[i] = 0xA5
    lib_path.write_bytes(bytes(data))
    with Library.open(lib_path) as lib:
        assert "kept as" in lib.problem and lib.count() == 0
    assert list(lib_path.parent.glob("library.sqlite3.corrupt-*"))


def test_the_reader_opens_articles_whatever_the_library(corpus, lib_path, monkeypatch):
    """The reader never needs the library: a corrupt one changes nothing there."""
    lib_path.parent.mkdir(parents=True)
    lib_path.write_bytes(b"garbage" * 100)
    monkeypatch.setenv("NEWSREADER_LIBRARY", str(lib_path))
    seen = []
    from tui.cli.newsreader import run_reader

    assert run_reader([str(corpus / "courier_2016-09-10_fishing.txt")],
                      launch=lambda articles, **kw: seen.extend(articles) or 0) == 0
    assert seen[0].source.title == "Fishermen protest new quotas"


# -- the command line --------------------------------------------------------------------

def test_cli_add_list_search(corpus, lib_path, capsys):
    paths = [str(p) for p in sorted(corpus.iterdir())]
    assert main(["library", "add", "--library", str(lib_path), *paths]) == 0
    assert "added 3 articles, 0 already there" in capsys.readouterr().err
    assert main(["library", "--library", str(lib_path), "add", paths[0]]) == 0
    assert "added 0 articles, 1 already there" in capsys.readouterr().err
    assert main(["library", "list", "--library", str(lib_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["date"] for r in rows] == ["2016-09-08", "2016-09-10", "2016-09-27"]
    assert {"title", "site", "date", "date_source", "parties", "quotes", "demands"} <= set(rows[0])
    assert main(["library", "list", "--library", str(lib_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 3 and "Harbour talks stall" in out[0]
    assert main(["library", "search", "--library", str(lib_path), "quotas"]) == 0
    out = capsys.readouterr().out
    assert "Fishermen protest new quotas" in out and "[quotas]" in out
    assert "Harbour" not in out


def test_cli_bad_input_is_one_line(corpus, lib_path, capsys, tmp_path):
    assert main(["library", "add", "--library", str(lib_path), str(tmp_path / "missing.txt"),
                 str(corpus / "undated-election.txt")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert any("no such file" in line for line in err)
    assert any("added 1 article," in line for line in err)  # the good one still added
    assert main(["library", "add", "--library", str(lib_path), "https://example.org/a"]) == 2
    assert "cannot be read yet" in capsys.readouterr().err
    assert main(["library", "bogus"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["library", "list", "--library", str(tmp_path)]) == 2
    assert "not a file" in capsys.readouterr().err


def test_cli_names_from_outside_reach_the_terminal_clean(tmp_path, lib_path, capsys):
    path = tmp_path / "evil\x1b[31m.txt"
    path.write_text("Bad \x1b]0;title\x07 news\n\nThe council demanded a vote.\n")
    assert main(["library", "add", "--library", str(lib_path), str(path)]) == 0
    capsys.readouterr()
    assert main(["library", "list", "--library", str(lib_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out


def test_cli_json_escapes_controls(tmp_path, lib_path, capsys):
    path = tmp_path / "bidi\u202e\x85.txt"  # the location is kept as given
    path.write_text("Title \u202e reversed \x85 next\n\nThe council demanded a vote.\n")
    assert main(["library", "add", "--library", str(lib_path), str(path)]) == 0
    capsys.readouterr()
    assert main(["library", "list", "--library", str(lib_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\x85" not in out
    row = json.loads(out)[0]
    assert row["title"].startswith("Title") and row["location"] == str(path)


def test_cli_list_re_analyses_after_an_engine_change(corpus, lib_path, capsys):
    assert main(["library", "add", "--library", str(lib_path),
                 *map(str, sorted(corpus.iterdir()))]) == 0
    with Library.open(lib_path) as lib:
        lib.db.execute("UPDATE analyses SET engine = 'older', quotes = 0")
        lib.db.execute("DELETE FROM article_parties")
    capsys.readouterr()
    assert main(["library", "list", "--library", str(lib_path), "--party", "Northland"]) == 0
    captured = capsys.readouterr()
    assert "re-analysed 3 articles" in captured.err
    assert "Harbour talks stall" in captured.out and " 0q" not in captured.out.split("\n")[0]
