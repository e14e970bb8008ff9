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


def test_a_run_is_tried_as_an_organisation_only_with_a_group_word(monkeypatch) -> None:
    from tui.analysis import mentions
    from tui.analysis.mentions import MentionFinder

    tried: list[str] = []
    organisation_run = MentionFinder._organisation_run

    def counting(self: MentionFinder, i: int, j: int) -> bool:
        tried.append(" ".join(self.doc.words[i:j]))
        return organisation_run(self, i, j)

    monkeypatch.setattr(MentionFinder, "_organisation_run", counting)
    assert mentions._group_like(lexicon()) is mentions._group_like(lexicon())  # one class per lexicon
    ann = run("Maria Okafor met Chuck Todd in Lagos on Tuesday.")
    assert tried == []
    ann = run("Maria Okafor of the Service Employees International Union met reporters on Tuesday.")
    assert "Service Employees International Union" in tried
    assert any(p.name == "Service Employees International Union" and p.kind == "organisation" for p in ann.parties)


def test_the_cue_rules_are_tried_only_at_cue_words(monkeypatch) -> None:
    from tui.analysis.attribution import Attributor
    from tui.analysis.attribution.cues import cue_words

    lx = lexicon()
    words = cue_words(lx)
    assert cue_words(lx) is words and "said" in words and "according" in words and "the" not in words
    tried: list[str] = []
    is_cue = Attributor._is_cue

    def counting(self: Attributor, k: int) -> bool:
        tried.append(self.doc.lower[k])
        return is_cue(self, k)

    monkeypatch.setattr(Attributor, "_is_cue", counting)
    ann = run("Senator Maria Okafor told reporters on the steps of the courthouse on Monday: “We will win this fight.”")
    assert "told" in tried and not {"the", "steps", "courthouse", "monday"} & set(tried)
    assert [q.speaker.name for q in ann.quotes if q.speaker] == ["Maria Okafor"]
