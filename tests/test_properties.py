"""Property tests: analysis never raises, and every span points at its own text.

The span walker goes over the whole output dict, so span kinds added to the engine
later (speakers, cues, mentions, demands, holders…) are checked without new code here.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tui.analysis import analyze
from tui.ingest import Article, IngestError, load_bytes, text_blocks
from tui.model import Source
from tui.resources import SCHEMA_DIR

jsonschema = pytest.importorskip("jsonschema")
VALIDATOR = jsonschema.Draft202012Validator(json.loads((SCHEMA_DIR / "annotations.schema.json").read_text()))

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

QUOTE_MARKS = list("“”\"‘’«»„‚'")
WORDS = ["said", "told", "says", "according to", "demanded", "rejected", "called for", "urged",
         "the", "a", "of", "ceasefire", "hostages", "talks", "government", "minister",
         "Israel", "Hamas", "Reuters", "CNN", "Senator", "President", "Jane Doe", "Antony Blinken",
         "Mr.", "Dr", "U.S.", "don’t", "Dockers’", "’90s", "rock ’n’ roll", "O’Brien", "it's"]
PUNCT = [" ", " ", " ", ",", ".", ", ", ". ", "\n", "\n\n", " — ", ":", ";", "?", "!", "(", ")"]
CONTROL = ["\x00", "\x07", "\x1b", "\x1b[31m", "\x7f", "\x83", "\x9b", "\u202e", "\u2066", "\r", "\r\n", "\t",
           "\ufeff", "\u2028"]

news_piece = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(QUOTE_MARKS), st.sampled_from(PUNCT),
    st.sampled_from(CONTROL), st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True),
)
news_text = st.lists(news_piece, max_size=80).map("".join)
any_text = st.text(max_size=300)
article_text = st.one_of(news_text, any_text, st.lists(st.one_of(news_piece, any_text), max_size=10).map("".join))


def spans(node: Any, path: str = "$") -> Iterator[tuple[str, dict]]:
    """Every dict under node that has integer start and end: a span or a block."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            yield path, node
        for k, v in node.items():
            yield from spans(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from spans(v, f"{path}[{i}]")


def check_output(data: dict) -> None:
    text = data["text"]
    for path, span in spans({k: v for k, v in data.items() if k != "text"}):
        assert 0 <= span["start"] <= span["end"] <= len(text), (path, span)
        if "text" in span:
            assert span["text"] == text[span["start"]:span["end"]], (path, span)
    errors = sorted(VALIDATOR.iter_errors(data), key=str)
    assert not errors, [e.message for e in errors[:3]]
    json.dumps(data)  # serialisable


def test_span_walker_finds_nested_spans():
    data = {"text": "abc", "quotes": [{"start": 0, "end": 1, "text": "a",
                                       "speaker": {"start": 1, "end": 3, "text": "bc"}, "cue": None}],
            "demands": [{"holder": {"start": 2, "end": 3, "text": "c"}}]}
    assert [p for p, _ in spans(data)] == ["$.quotes[0]", "$.quotes[0].speaker", "$.demands[0].holder"]


def test_check_output_rejects_a_misplaced_span():
    from tui.ingest import load_bytes as lb

    data = analyze(lb("“Yes,” he said.".encode(), "x.txt")).to_dict()
    data["quotes"][0]["start"] += 1
    with pytest.raises(AssertionError):
        check_output(data)


@SETTINGS
@given(text=article_text, markdown=st.booleans())
def test_ingest_then_analyze_never_raises_and_spans_hold(text, markdown):
    try:
        article = load_bytes(text.encode("utf-8"), "prop.md" if markdown else "prop.txt", markdown=markdown)
    except IngestError as exc:
        assert "\n" not in str(exc) and "prop." in str(exc)
        return
    check_output(analyze(article).to_dict())


@SETTINGS
@given(text=article_text)
@example(text="“said”,")  # a tag search once ran past the last token
def test_analyze_raw_unsanitised_text(text):
    # analyze() on an Article built by hand: no sanitising, no newline normalisation.
    article = Article(text, text_blocks(text), Source("raw.txt", "text", "t", "0" * 64))
    check_output(analyze(article).to_dict())


@SETTINGS
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes(data):
    try:
        article = load_bytes(data, "bytes.txt")
    except IngestError:
        return
    check_output(analyze(article).to_dict())
