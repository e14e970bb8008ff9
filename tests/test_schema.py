"""The shipped JSON Schema accepts what analyze produces and rejects broken documents."""
from __future__ import annotations

import copy
import json

import pytest

from tui.analysis import analyze
from tui.ingest import load, load_bytes
from tui.model import SCHEMA_ID, Annotations
from tui.resources import SAMPLE_ARTICLE, SCHEMA_DIR

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((SCHEMA_DIR / "annotations.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@pytest.fixture(scope="module")
def seed() -> dict:
    return analyze(load(SAMPLE_ARTICLE)).to_dict()


def test_schema_is_itself_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["schema"]["const"] == SCHEMA_ID


def test_seed_output_validates(seed):
    assert seed["schema"] == SCHEMA_ID
    VALIDATOR.validate(seed)


def test_markdown_output_validates():
    data = analyze(load_bytes(b"# Head\n\n- \xe2\x80\x9cYes,\xe2\x80\x9d he said\n\n> quote\n", "a.md",
                              markdown=True)).to_dict()
    VALIDATOR.validate(data)
    assert {p["kind"] for p in data["paragraphs"]} == {"heading", "list_item", "blockquote"}


def test_output_round_trips_through_the_model(seed):
    again = Annotations.from_dict(json.loads(json.dumps(seed))).to_dict()
    assert again == seed
    VALIDATOR.validate(again)


def _set(doc: dict, path: list, value) -> dict:
    doc = copy.deepcopy(doc)
    node = doc
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return doc


BROKEN = {
    "wrong-schema-id": (["schema"], "newsreader.annotations/0"),
    "missing-text": (["text"], KeyError),
    "missing-quotes": (["quotes"], KeyError),
    "bad-sha": (["source", "sha256"], "not-a-hash"),
    "bad-format": (["source", "format"], "pdf"),
    "negative-offset": (["paragraphs", 0, "start"], -1),
    "bad-block-kind": (["paragraphs", 0, "kind"], "table"),
    "bad-quote-kind": (["quotes", 0, "kind"], "indirect"),
    "string-offset": (["quotes", 0, "start"], "12"),
    "quote-without-speaker-key": (["quotes", 0, "speaker"], KeyError),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_schema_rejects_broken_documents(seed, name):
    path, value = BROKEN[name]
    broken = _set(seed, path, value)
    assert not VALIDATOR.is_valid(broken)


def test_schema_rejects_bad_party_and_demand():
    base = analyze(load_bytes(b"Text.", "x.txt")).to_dict()
    party = {"id": "p1", "name": "Hamas", "kind": "militia", "mentions": [], "members": []}
    assert not VALIDATOR.is_valid({**base, "parties": [party]})
    assert VALIDATOR.is_valid({**base, "parties": [{**party, "kind": "group"}]})
    holder = {"name": "Hamas", "party": "p1", "start": 0, "end": 4, "text": "Text"}
    demand = {"id": "d1", "party": "p1", "stance": "demand", "summary": "a truce", "start": 0,
              "end": 4, "text": "Text", "holder": holder, "cue": None, "quote": None}
    assert VALIDATOR.is_valid({**base, "demands": [demand]})
    assert not VALIDATOR.is_valid({**base, "demands": [{**demand, "stance": "maybe"}]})
    assert not VALIDATOR.is_valid({**base, "demands": [{**demand, "summary": ""}]})
