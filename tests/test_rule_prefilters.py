"""The tables that let a rule family skip the tokens it cannot match (built once, declared
beside the rules): a rule is not tried where its words are absent, and still finds what it
finds where they stand."""
from __future__ import annotations

from engine_checks import run
from tui.analysis.demands import finder
from tui.analysis.demands.finder import FORMS, DemandFinder, _forms_at
from tui.analysis.lexicon import lexicon


def test_demand_forms_are_offered_only_the_words_they_start() -> None:
    lx = lexicon()
    table = _forms_at(lx)
    assert _forms_at(lx) is table  # built once per lexicon
    assert [f for f, _ in table["should"]] == [DemandFinder._modal]
    assert [f for f, _ in table["over"]] == [DemandFinder._despite]
    assert "the" not in table and "said" not in table
    # every form keeps FORMS order where several share a word ("calls": a noun, an endorsed noun, a label)
    order = [f for f, _, _ in FORMS]
    for forms in table.values():
        assert [order.index(f) for f, _ in forms] == sorted(order.index(f) for f, _ in forms)


def test_a_form_is_not_tried_without_its_word_but_finds_with_it(monkeypatch) -> None:
    tried: list[int] = []
    modal = DemandFinder._modal

    def counting(self: DemandFinder, k: int):
        tried.append(k)
        return modal(self, k)

    lx = lexicon()
    monkeypatch.setattr(finder, "_FORMS_AT", {})
    monkeypatch.setattr(finder, "FORMS", [(counting, w, s) if f is modal else (f, w, s) for f, w, s in FORMS])
    _forms_at(lx)
    ann = run("Blackstone chief executive Stephen Schwarzman said it was a fine day and everyone agreed.")
    assert not ann.demands and tried == []
    ann = run("Blackstone chief executive Stephen Schwarzman said the president should accept the election outcome.")
    assert len(tried) == 1
    assert [d.summary for d in ann.demands] == ["the president should accept the election outcome"]
