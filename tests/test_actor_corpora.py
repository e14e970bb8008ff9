"""On the dev sets of both corpora (when ../shared is beside the project): every person who
is a party has mentions the reader can colour and jump to, at their offsets."""
from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.ingest import load

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEV_SETS = [SHARED / "polnear" / "dev" / "text", SHARED / "wikinews" / "dev"]


@pytest.mark.slow
@pytest.mark.parametrize("folder", DEV_SETS, ids=["polnear-dev", "wikinews-dev"])
def test_every_person_party_has_its_mentions(folder: Path):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not beside the project")
    people = 0
    for path in sorted(folder.glob("*.txt")):
        ann = analyze(load(path))
        for party in ann.parties:
            if party.kind != "person":
                continue
            people += 1
            assert party.mentions, (path.name, party.name)
            assert all(ann.text[m.start:m.end] == m.text for m in party.mentions), (path.name, party.name)
    assert people > 50
