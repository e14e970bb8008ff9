"""`newsreader corpus-report`: per party across a corpus, as a table and as CSV."""
from __future__ import annotations

import csv
import io
import json

from tui.cli.newsreader import main
from tui.corpus.report import CorpusReport


def doc(parties, quotes=(), demands=()):
    return {"schema": "newsreader.annotations/1", "source": {"path": "x"}, "text": "…",
            "parties": [{"id": i, "name": n, "kind": k} for i, n, k in parties],
            "quotes": [{"speaker": {"name": who, "party": p} if who else None} for who, p in quotes],
            "demands": [{"party": p, "stance": s} for p, s in demands]}


ARTICLES = [
    doc([("p1", "Northland", "state"), ("p2", "Ada Vance", "person")],
        [("Ada Vance", "p2"), ("Ada Vance", "p2"), ("Ben Ode", "p1"), (None, None)],
        [("p1", "demand"), ("p1", "reject"), ("p2", "demand")]),
    doc([("p1", "Southland", "state"), ("p2", "Northland", "state"), ("p3", "Northland", "group")],
        [("Cy Lo", "p2"), ("Ben Ode", "p2"), ("Ben Ode", "p3"), ("Someone", "p9")],
        [("p1", "demand")]),
    doc([("p1", "=HYPERLINK(\"x\")", "group")], [("@evil", "p1")]),
]


def write(tmp_path, docs, extra=""):
    p = tmp_path / "out.jsonl"
    p.write_text("".join(json.dumps(d) + "\n" for d in docs) + extra, encoding="utf-8")
    return str(p)


def test_counts_per_party_across_articles():
    report = CorpusReport()
    for d in ARTICLES:
        report.add(d)
    rows = {r[0]: r for r in report.rows(top=2)}
    # Northland: two articles (named twice in the second: counted once), kind most often state
    assert rows["Northland"] == ["Northland", "state", 2, 4, 1, 1, "Ben Ode (3); Cy Lo (1)"]
    assert rows["Ada Vance"] == ["Ada Vance", "person", 1, 2, 1, 0, "Ada Vance (2)"]
    assert rows["Southland"] == ["Southland", "state", 1, 0, 1, 0, ""]
    assert [r[0] for r in report.rows()][:2] == ["Northland", "Ada Vance"]
    assert (report.articles, report.quotes, report.quotes_with_party, report.demands,
            report.rejections) == (3, 9, 7, 3, 1)


def test_csv_output_escapes_formulas(tmp_path, capsys):
    path = write(tmp_path, ARTICLES)
    assert main(["corpus-report", path, "--csv", "-"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["party", "kind", "articles", "quotes", "demands", "rejections", "top_speakers"]
    evil = next(r for r in rows if "HYPERLINK" in r[0])
    assert evil[0].startswith("'=") and evil[6] == "'@evil (1)"


def test_csv_file_is_not_overwritten_without_force(tmp_path, capsys):
    path = write(tmp_path, ARTICLES)
    out = tmp_path / "report.csv"
    assert main(["corpus-report", path, "--csv", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert first.startswith("party,kind") and "Northland,state,2,4,1,1" in first
    assert "Northland" in capsys.readouterr().out  # the table too
    assert main(["corpus-report", path, "--csv", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["corpus-report", path, "--csv", str(out), "--force"]) == 0


def test_table_on_the_terminal(tmp_path, capsys):
    path = write(tmp_path, ARTICLES)
    assert main(["corpus-report", path, "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 articles, 4 parties, 9 quotes (7 with a party), 3 demands, 1 rejections")
    assert "Northland" in out and "Ben Ode (3)" in out and "Southland" not in out
    assert "2 of 4 parties" in out
    assert all(line == line.rstrip() for line in out.splitlines())


def test_bad_lines_are_named_and_skipped(tmp_path, capsys):
    path = write(tmp_path, ARTICLES[:1], extra="not json\n[1]\n\n")
    assert main(["corpus-report", path, "--csv", "-"]) == 2
    out, err = capsys.readouterr()
    assert "Northland,state,1" in out
    assert err.splitlines() == [f"newsreader: {path}:2: not a JSON object",
                                f"newsreader: {path}:3: not an article's annotations "
                                "(newsreader analyze --format jsonl writes them)"]


def test_missing_file(tmp_path, capsys):
    assert main(["corpus-report", str(tmp_path / "none.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_report_of_a_real_analysis(tmp_path, capsys):
    from tui.resources import SAMPLE_ARTICLE

    assert main(["analyze", "--format", "jsonl", str(SAMPLE_ARTICLE), str(SAMPLE_ARTICLE)]) == 0
    out = tmp_path / "seed.jsonl"
    out.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["corpus-report", str(out), "--csv", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows and all(r["articles"] == "2" for r in rows[:1])
    assert sum(int(r["quotes"]) for r in rows) > 0
