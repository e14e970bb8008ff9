"""Exports: every format from the CLI validates and carries the user's notes and
corrections; bad input is one line, exit 2, nothing written."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from test_notes_fixtures import build
from tui.analysis import analyze
from tui.cli.newsreader import main
from tui.notes.corrections import apply_user_annotations
from tui.export import FORMATS
from tui.export.brat import parse_ann, render_ann
from tui.export.html import render as render_html
from tui.export.markdown import md_text, render as render_md
from tui.export.validate import annotations_errors, w3c_errors
from tui.export.w3c import collection
from tui.ingest import load
from tui.model import Annotations
from tui.notes.store import NewParty, NoteStore, target_for
from tui.resources import SAMPLE_ARTICLE

SEED = str(SAMPLE_ARTICLE)
SUFFIX = {name: f.suffix for name, f in FORMATS.items()}


@pytest.fixture
def env(tmp_path, monkeypatch):
    """Run in an empty directory with a private notes store holding one note and one correction."""
    notes = tmp_path / "notes"
    monkeypatch.setenv("NEWSREADER_NOTES", str(notes))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    ann = analyze(load(SEED))
    store = NoteStore.open(ann, notes)
    store.add_note(target_for(ann, "quote", "q1"), "Check against the CNN transcript", ["verify", "cnn"])
    store.correct(target_for(ann, "quote", "q2"), speaker="State Department spokesperson",
                  party="user-state-dept", new_party=NewParty("user-state-dept", "State Department", "organisation"))
    return out


def export(*args: str) -> int:
    return main(["export", *args])


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


# ---------------------------------------------------------------- each format


def test_json_validates_and_holds_notes_and_applied_corrections(env):
    assert export(SEED, "--format", "json") == 0
    data = json.loads((env / f"gaza-truce-talks{SUFFIX['json']}").read_text())
    assert annotations_errors(data) == []
    assert [n["text"] for n in data["notes"]] == ["Check against the CNN transcript"]
    q2 = next(q for q in data["quotes"] if q["id"] == "q2")
    assert q2["speaker"]["name"] == "State Department spokesperson"
    assert any(p["id"] == "user-state-dept" for p in data["parties"])


def test_json_round_trip_is_lossless(env):
    assert export(SEED, "--format", "json", "-o", "a.json") == 0
    first = json.loads(Path("a.json").read_text())
    reloaded = Annotations.from_dict(first)
    assert reloaded.to_dict() == first
    assert reloaded.extra["notes"][0]["tags"] == ["verify", "cnn"]


def test_jsonl_is_one_line_per_article(env, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("\u201cWe will go,\u201d said the mayor.\nSecond line.\n")
    assert export(SEED, str(other), "--format", "jsonl", "-o", "all.jsonl") == 0
    lines = Path("all.jsonl").read_text().splitlines()
    assert len(lines) == 2
    assert all(annotations_errors(json.loads(line)) == [] for line in lines)


def test_json_export_text_equals_the_file_and_prints_safely(env, tmp_path):
    body = "“We will \x1b[2Jgo,\x9b” said the mayor.\u202e\nSecond line.\n"
    (tmp_path / "ctl.txt").write_text(body, encoding="utf-8")
    assert export(str(tmp_path / "ctl.txt"), "--format", "json", "-o", "ctl.json") == 0
    raw = Path("ctl.json").read_text(encoding="utf-8")
    assert not any(ch in raw for ch in "\x1b\x9b\u202e")  # escaped as \\uXXXX
    data = json.loads(raw)
    assert data["text"] == body and annotations_errors(data) == []
    assert data["quotes"][0]["text"] == "We will \x1b[2Jgo,\x9b"


def test_csv_has_one_row_per_quote(env):
    assert export(SEED, "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO((env / "gaza-truce-talks.quotes.csv").read_text())))
    quotes = apply_user_annotations(analyze(load(SEED)), None).quotes
    assert len(rows) == len(quotes) >= 5
    assert {"speaker", "party", "outlet", "quote", "start", "end", "notes"} <= set(rows[0])
    assert rows[0]["notes"] == "Check against the CNN transcript #verify #cnn"
    assert rows[1]["speaker"] == "State Department spokesperson" and rows[1]["party"] == "State Department"
    text = load(SEED).text
    assert all(text[int(r["start"]):int(r["end"])] == r["quote"] for r in rows)


def test_md_brief_has_parties_quotes_by_speaker_and_notes(env):
    assert export(SEED, "--format", "md") == 0
    md = (env / "gaza-truce-talks.brief.md").read_text()
    for heading in ("## Parties", "## Quotes by speaker", "## Notes", "## Corrections", "**Demands**"):
        assert heading in md
    assert "### State Department spokesperson (State Department)" in md
    assert "Check against the CNN transcript \\#verify \\#cnn" in md


def test_html_brief_is_the_md_rendered(env):
    assert export(SEED, "--format", "html") == 0
    html = (env / "gaza-truce-talks.brief.html").read_text()
    assert html.startswith("<!DOCTYPE html>") and "<h2>Quotes by speaker</h2>" in html
    assert "Check against the CNN transcript #verify #cnn" in html


def test_w3c_validates_against_the_web_annotation_schema(env):
    assert export(SEED, "--format", "w3c") == 0
    coll = json.loads((env / "gaza-truce-talks.w3c.jsonld").read_text())
    assert w3c_errors(coll) == []
    items = coll["first"]["items"]
    motivations = {a["motivation"] for a in items}
    assert {"identifying", "classifying", "linking", "commenting", "editing"} <= motivations
    note = next(a for a in items if a["motivation"] == "commenting")
    assert [b["purpose"] for b in note["body"]] == ["commenting", "tagging", "tagging"]
    text = load(SEED).text
    for a in items:
        t = a["target"]
        if isinstance(t, dict):
            quote, pos = t["selector"]
            assert text[pos["start"]:pos["end"]] == quote["exact"]
            assert text[:pos["start"]].endswith(quote.get("prefix", ""))
            assert text[pos["end"]:].startswith(quote.get("suffix", ""))


def test_w3c_validator_rejects_broken_annotations():
    coll = collection([apply_user_annotations(build(), None)])
    items = coll["first"]["items"]
    items[0] = {k: v for k, v in items[0].items() if k != "target"}
    items[1]["motivation"] = "liking"
    items[2]["id"] = "not a uri"
    items[3]["body"] = {"purpose": "tagging"}
    errors = w3c_errors(coll)
    assert len(errors) >= 4, errors


def test_brat_offsets_slice_the_txt(env):
    assert export(SEED, "--format", "brat") == 0
    d = env / "gaza-truce-talks.brat"
    text = (d / "gaza-truce-talks.txt").read_bytes().decode("utf-8")
    ann = (d / "gaza-truce-talks.ann").read_text()
    spans = parse_ann(ann)
    assert len(spans) > 20
    for t in spans:
        assert " ".join(text[s:e] for s, e in t["spans"]) == t["text"], t
    assert "\tSaidBy Arg1:T" in ann and "\tStance T" in ann
    assert "AnnotatorNotes" in ann and "Check against the CNN transcript" in ann


def test_brat_splits_multi_paragraph_quotes_at_newlines():
    ann = apply_user_annotations(build(), None)
    q2 = ann.quotes[1]
    assert "\n" in q2.text
    [quote] = [t for t in parse_ann(render_ann(ann)) if t["label"] == "Quote" and t["spans"][0][0] == q2.start]
    assert len(quote["spans"]) == 2 and all("\n" not in ann.text[s:e] for s, e in quote["spans"])


# ---------------------------------------------------------------- untrusted text


def _hostile() -> Annotations:
    ann = build()
    store_free = apply_user_annotations(ann, None)
    store_free.extra["notes"] = [{"id": "n1", "target": {"kind": "quote", "id": "q1", "anchor": None},
                                  "text": "<img src=x onerror=alert(1)> # heading [a](javascript:alert(2))",
                                  "tags": ["<b>"], "orphan": False}]
    store_free.quotes[0].text = "# Not a heading\n1. not a list <script>alert(3)</script> **x**"
    return store_free


def test_html_escapes_article_and_note_text():
    html = render_html([_hostile()])
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "href=" not in html and "&lt;script&gt;" in html


def test_md_gives_article_text_no_structure():
    rendered = MarkdownIt("commonmark").render(render_md([_hostile()]))
    assert "<h1>Not a heading" not in rendered and "<ol>" not in rendered
    assert "<a " not in rendered and "<script" not in rendered and "<strong>x" not in rendered


@pytest.mark.parametrize("raw", ["# h", "- item", "1. one", "> q", "***", "<b>x</b>", "[a](b)", "`c`", "&amp;", "a | b"])
def test_md_text_renders_as_the_same_words(raw):
    html = MarkdownIt("commonmark").render(md_text(raw))
    import html as h
    assert html.strip() == f"<p>{h.escape(raw, quote=False)}</p>".replace("&#x27;", "'")


def test_csv_neutralises_formulas():
    ann = _hostile()
    ann.extra["notes"][0]["text"] = "=HYPERLINK(\"http://x\")"
    out = FORMATS["csv"].render([ann])[""]
    row = list(csv.DictReader(io.StringIO(out)))[0]
    assert row["notes"].startswith("'=")


# ---------------------------------------------------------------- the command line


def test_stdout_with_dash(env, capsys):
    assert export(SEED, "--format", "jsonl", "-o", "-") == 0
    assert json.loads(capsys.readouterr().out)["notes"][0]["text"] == "Check against the CNN transcript"
    assert list(env.iterdir()) == []


def test_existing_output_is_not_overwritten_without_force(env, capsys):
    Path("x.json").write_text("precious")
    assert export(SEED, "--format", "json", "-o", "x.json") == 2
    assert "already exists; use --force" in one_line_error(capsys)
    assert Path("x.json").read_text() == "precious"
    assert export(SEED, "--format", "json", "-o", "x.json", "--force") == 0
    assert json.loads(Path("x.json").read_text())["schema"] == "newsreader.annotations/1"


def test_existing_brat_files_are_not_overwritten_without_force(env, capsys):
    assert export(SEED, "--format", "brat", "-o", "b") == 0
    capsys.readouterr()
    ann = Path("b/gaza-truce-talks.ann")
    ann.write_text("mine")
    assert export(SEED, "--format", "brat", "-o", "b") == 2
    one_line_error(capsys)
    assert ann.read_text() == "mine"


@pytest.mark.parametrize("args, message", [
    (["missing.txt", "--format", "json"], "missing.txt: no such file"),
    ([SEED, "--format", "docx"], "unknown format 'docx'"),
    ([SEED], "the following arguments are required: --format"),
    ([SEED, SEED, "--format", "json"], "use --format jsonl"),
    ([SEED, "--format", "brat", "-o", "-"], "give -o DIRECTORY"),
    ([SEED, "--format", "csv", "-o", "no/such/dir/out.csv"], "does not exist"),
    ([SEED, "--format", "md", "-o", SEED, "--force"], "refusing to overwrite the article"),
])
def test_bad_input_is_one_line_exit_2_nothing_written(env, capsys, args, message):
    assert export(*args) == 2
    assert message in one_line_error(capsys)
    assert list(env.iterdir()) == []


def test_unwritable_destination(env, capsys):
    Path("file").write_text("")
    assert export(SEED, "--format", "csv", "-o", "file/out.csv") == 2
    assert "is not a directory" in one_line_error(capsys)


def test_corrupt_store_refuses_export_until_no_notes(env, capsys, tmp_path):
    store = tmp_path / "notes" / f"{load(SEED).source.sha256}.json"
    store.write_text("{broken")
    assert export(SEED, "--format", "json") == 2
    assert "--no-notes" in one_line_error(capsys)
    assert store.read_text() == "{broken"  # export never moves or rewrites a store
    assert export(SEED, "--format", "json", "--no-notes") == 0


def test_notes_flag_overrides_env(env, tmp_path, capsys):
    assert export(SEED, "--format", "jsonl", "-o", "-", "--notes", str(tmp_path / "empty")) == 0
    assert json.loads(capsys.readouterr().out)["notes"] == []


def test_export_imports_no_textual(env):
    code = ("import sys; from tui.cli.newsreader import main\n"
            f"assert main(['export', {SEED!r}, '--format', 'html', '-o', '-']) == 0\n"
            "assert not [m for m in sys.modules if m.startswith('textual')]\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_demands_csv_carries_type_and_targets():
    from tui.analysis import analyze
    from tui.ingest import load
    from tui.resources import SAMPLE_ARTICLE

    ann = analyze(load(SAMPLE_ARTICLE))
    rows = list(csv.DictReader(io.StringIO(FORMATS["demands-csv"].render([ann])[""])))
    assert len(rows) == len(ann.demands)
    israel = [r for r in rows if r["party"] == "Israel" and r["stance"] == "demand"]
    assert israel and israel[0]["type"] == "release" and israel[0]["targets"] == "Hamas"


def test_brief_w3c_and_brat_carry_demand_type_and_targets():
    from tui.analysis import analyze
    from tui.ingest import load
    from tui.resources import SAMPLE_ARTICLE

    ann = analyze(load(SAMPLE_ARTICLE))
    md = FORMATS["md"].render([ann])[""]
    assert "the unconditional release of all hostages (release; of Hamas)" in md
    w3c = FORMATS["w3c"].render([ann])[""]
    assert '"type:release"' in w3c and '"target:Hamas"' in w3c
    ann_text = next(v for k, v in FORMATS["brat"].render([ann]).items() if k.endswith(".ann"))
    assert "DemandType" in ann_text and "of: Hamas" in ann_text
