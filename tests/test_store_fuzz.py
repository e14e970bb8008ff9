"""Fuzzing the notes store (issue 16): whatever JSON is in a store file, opening it
either loads it or sets it aside with a message, and every export of the article
afterwards renders (and the annotations JSON still validates)."""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_notes_fixtures import build
from tui.export import FORMATS
from tui.export.validate import annotations_errors
from tui.notes.corrections import apply_user_annotations
from tui.notes.store import STORE_SCHEMA, NoteStore, target_for

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

scalar = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                   st.text(max_size=20), st.sampled_from(["q1", "q2", "p1", "quote", "party", "demand",
                                                          "mention", "state", "group", ""]))
any_json = st.recursive(scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=20)


def _valid_store() -> dict:
    """A real store with a note, a correction with a new party, and a dismissal."""
    ann = build()
    d = Path(tempfile.mkdtemp())
    try:
        store = NoteStore.open(ann, d)
        store.add_note(target_for(ann, "quote", "q1"), "a note", ["t"])
        from tui.notes.store import NewParty
        store.correct(target_for(ann, "quote", "q2"), speaker="X", party="user-p",
                      new_party=NewParty("user-p", "P", "organisation"))
        store.dismiss(target_for(ann, "quote", "q1"))
        return json.loads(store.file.read_text())
    finally:
        shutil.rmtree(d)


VALID = _valid_store()


@st.composite
def mutated_store(draw) -> object:
    """The valid store with some fields, at any depth, replaced by arbitrary JSON."""
    data = json.loads(json.dumps(VALID))
    for _ in range(draw(st.integers(1, 4))):
        node, path = data, []
        while isinstance(node, (dict, list)) and node and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
            path.append((node, key))
            node = node[key]
        if path:
            parent, key = path[-1]
            if draw(st.integers(0, 5)) == 0 and isinstance(parent, dict):
                del parent[key]
            else:
                parent[key] = draw(any_json)
    return data


store_content = st.one_of(any_json, mutated_store(),
                          st.builds(lambda n: {"schema": STORE_SCHEMA, "notes": n}, any_json))


def check(tmp_path: Path, content: object) -> None:
    d = Path(tempfile.mkdtemp(dir=tmp_path))
    ann = build()
    path = d / f"{ann.source.sha256}.json"
    path.write_text(json.dumps(content))
    for readonly in (True, False):
        store = NoteStore.open(ann, d, readonly=readonly)
        if store.problem:  # set aside (or, for export, refused); never half-loaded
            assert store.records() == []
            assert path.exists() == readonly
            continue
        applied = apply_user_annotations(ann, store)
        assert annotations_errors(applied.to_dict()) == []
        for fmt in FORMATS.values():
            fmt.render([applied])


@SETTINGS
@given(content=store_content)
def test_any_store_content_loads_or_is_set_aside_and_exports_render(tmp_path, content):
    check(tmp_path, content)


def test_the_valid_store_loads_with_all_its_records(tmp_path):
    d = tmp_path / "n"
    d.mkdir()
    ann = build()
    (d / f"{ann.source.sha256}.json").write_text(json.dumps(VALID))
    store = NoteStore.open(ann, d)
    assert store.problem == "" and len(store.records()) == 3
