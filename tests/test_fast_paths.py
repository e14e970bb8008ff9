"""Shortcuts the engine takes for speed (issue 17) decide as the rules they skip would."""
from __future__ import annotations

import pytest

from tui.analysis import analyze_text, mentions
from tui.analysis.assemble import _heads
from tui.analysis.lexicon import lexicon
from tui.resources import SAMPLE_ARTICLE

SEED = SAMPLE_ARTICLE.read_text(encoding="utf-8")
# Lone capitalised words of every kind _no_name tells apart: a headline's, after a title
# run ("Ambassador to"), "Mr.", a lowercase title, a possessive, a group word, a first name.
LONE_WORDS = ("Talks Stall As Hamas Balks\n\nOn Monday, Afghan Ambassador to the United States "
              "Hamdullah Mohib said “Peace” was near. Mr. Baker agreed, and Turkish president Erdoğan "
              "said Kabul’s Union was ready. Maria spoke. Later, Erdoğan and Baker met Officials in "
              "Doha. “Never,” Hamas said. Union leaders called for a ceasefire.")


@pytest.mark.parametrize("text", [SEED, LONE_WORDS])
def test_lone_word_shortcut_finds_what_the_full_rules_find(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """MentionFinder._no_name answers for a run of one word what _segment and _name would:
    the annotations are the same without it."""
    fast = analyze_text(text).to_dict()
    monkeypatch.setattr(mentions.MentionFinder, "_no_name", lambda self, i: False)
    assert analyze_text(text).to_dict() == fast


def test_description_heads_are_made_once_per_lexicon() -> None:
    lx = lexicon()
    person, party = _heads(lx)
    assert _heads(lx)[0] is person and _heads(lx)[1] is party  # not per article
    assert person == lx.person_nouns | lx.title_words
    assert party == person | lx.collective_nouns | lx.group_nouns


def test_demand_types_by_index_are_the_patterns_types() -> None:
    """demand_type looks its stems up by their first characters at each word; a pattern per
    type (" " and an alternation of its stems, a short one with the space after it), tried
    in the lexicon's order, names the same type."""
    import re

    from tui.analysis.demands.types import demand_type

    lx = lexicon()
    patterns = [(kind, re.compile(" (?:" + "|".join(re.escape(s) + (" " if len(s) <= 4 else "") for s in stems) + ")"))
                for kind, stems in lx.demand_types]

    def by_pattern(summary: str) -> str:
        text = " " + re.sub(r"[^\w'-]+", " ", summary.lower()) + " "
        return next((kind for kind, p in patterns if p.search(text)), "other")

    samples = [line for line in SEED.splitlines() if line] + [
        "aid", "Aid!", "aides", "lawsuit", "the law", "(law)", "", "-", "end the fighting now",
        "a cease-fire", "stepped down", "fire him", "an ACT of", "tax-free", "re-release hostages",
        "investigators", "invest in", "discuss talks", "the end to violence", "Tariffs and sanctions"]
    assert {by_pattern(s) for s in samples} >= {"other", "policy", "ceasefire", "release"}
    assert [demand_type(s, lx) for s in samples] == [by_pattern(s) for s in samples]
