"""The bundled seed article (Gaza truce talks): what the reader sees when the app opens."""
from __future__ import annotations

import pytest

from engine_checks import check_spans
from tui.analysis import analyze
from tui.ingest import load
from tui.model import Annotations
from tui.resources import SAMPLE_ARTICLE


@pytest.fixture(scope="module")
def ann() -> Annotations:
    return analyze(load(SAMPLE_ARTICLE))


def party_name(ann: Annotations, pid: str | None) -> str | None:
    p = ann.party(pid)
    return p.name if p else None


def demands_of(ann: Annotations, party: str, stance: str) -> list[str]:
    return [d.summary for d in ann.demands if party_name(ann, d.party) == party and d.stance == stance]


def test_spans_sit_at_their_offsets(ann):
    check_spans(ann)
    assert all(q.speaker is not None for q in ann.quotes)


def test_five_quotes_with_speakers_and_parties(ann):
    got = [(q.speaker.name, party_name(ann, q.speaker.party)) for q in ann.quotes]
    assert got == [
        ("Antony Blinken", "United States"),
        ("Antony Blinken", "United States"),
        ("a senior U.S. official", "United States"),
        ("a Hamas spokesperson", "Hamas"),
        ("an Israeli government official", "Israel"),
    ]


def test_blinken_second_quote_continues_the_first(ann):
    first, second = ann.quotes[0], ann.quotes[1]
    assert "working tirelessly" in first.text and first.kind == "direct"
    assert "release of hostages remains" in second.text and second.kind == "continuation"
    assert first.speaker.text == "Blinken"


def test_blinken_is_a_us_member_with_role(ann):
    us = next(p for p in ann.parties if p.name == "United States")
    assert {m.name: m.role for m in us.members}["Antony Blinken"] == "Secretary of State"


def test_main_parties(ann):
    names = {p.name for p in ann.parties}
    assert {"Israel", "Hamas", "United States"} <= names
    kinds = {p.name: p.kind for p in ann.parties}
    assert kinds["Israel"] == kinds["United States"] == "state"
    assert kinds["Hamas"] == "organisation"


def test_outlets_are_outlets_not_parties(ann):
    outlets = {o.name for o in ann.outlets}
    assert {"CNN", "Yahoo News", "Newsweek"} <= outlets
    assert not outlets & {p.name for p in ann.parties}


def test_quotes_carry_the_outlet_of_their_passage(ann):
    by_speaker = {q.speaker.name: ann.outlet(q.outlet).name for q in ann.quotes if q.outlet}
    assert by_speaker["Antony Blinken"] == "CNN"
    assert by_speaker["a Hamas spokesperson"] == "Yahoo News"
    assert by_speaker["an Israeli government official"] == "Newsweek"


def test_israel_demands_release_of_all_hostages(ann):
    assert any("release of all hostages" in s for s in demands_of(ann, "Israel", "demand"))


def test_israel_rejects_halting_military_operations(ann):
    rejects = demands_of(ann, "Israel", "reject")
    assert any("halt" in s and "military operations" in s for s in rejects), rejects


def test_hamas_demands(ann):
    wanted = demands_of(ann, "Hamas", "demand")
    assert any("cessation of hostilities" in s for s in wanted), wanted
    assert any("lifting of the blockade" in s for s in wanted), wanted
    assert any("commitment from Israel" in s and "halt" in s for s in wanted), wanted


def test_hamas_rejections(ann):
    rejects = demands_of(ann, "Hamas", "reject")
    assert any("disarmament" in s for s in rejects), rejects
    assert any("international peacekeeping forces" in s for s in rejects), rejects


def test_us_demands_ceasefire_with_release_of_hostages(ann):
    wanted = demands_of(ann, "United States", "demand")
    assert any("ceasefire" in s and "release of hostages" in s for s in wanted), wanted


def test_accused_netanyahu_of_seeking_is_not_an_israeli_demand(ann):
    assert not any("expand the war" in d.summary for d in ann.demands)


def targets_of(ann: Annotations, party: str) -> set[frozenset[str]]:
    return {frozenset(party_name(ann, t) for t in d.targets) for d in ann.demands if party_name(ann, d.party) == party}


def test_every_demand_has_a_holder_a_target_and_a_type(ann):
    for d in ann.demands:
        assert d.party and d.targets and d.type != "other" or d.summary == "disarmament", d


def test_hamas_demands_are_of_israel_and_israel_of_hamas(ann):
    assert targets_of(ann, "Hamas") - {frozenset({"Mediators"})} == {frozenset({"Israel"})}
    assert targets_of(ann, "Israel") == {frozenset({"Hamas"})}


def test_us_and_international_community_demands_are_of_both_sides(ann):
    both = frozenset({"Israel", "Hamas"})
    assert targets_of(ann, "United States") == {both}
    assert targets_of(ann, "International community") == {both}


def test_seed_demand_types(ann):
    kinds = {(party_name(ann, d.party), d.summary): d.type for d in ann.demands}
    assert kinds[("Israel", "the unconditional release of all hostages")] == "release"
    assert kinds[("Hamas", "guarantees for a cessation of hostilities")] == "ceasefire"
    assert kinds[("Hamas", "guarantees for the lifting of the blockade on Gaza")] == "sanctions"
    assert all(t == "ceasefire" for (p, s), t in kinds.items() if "truce" in s or "ceasefire" in s)
