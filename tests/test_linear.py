"""The engine's work grows linearly with the article (issue 17), checked without a clock:
the lines of Python it runs (sys.settrace line events, comprehensions' iterations
included), and the mentions the resolver copies out of its list, are counted for an input
and for the same input twice as long. Quadratic code (a key list rebuilt per quote, a scan
of every earlier finding, a copy of all later mentions per look-up) makes the second count
three to four times the first, not two.
"""
from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from tui.analysis import analyze, resolve, tokens
from tui.analysis.lexicon import lexicon
from tui.analysis.mentions import _first_words
from tui.analysis.tokens import TOKEN, _ABBREVIATIONS, _CAPITALISED, _WORD
from tui.ingest import load_bytes
from tui.resources import SAMPLE_ARTICLE

SEED = SAMPLE_ARTICLE.read_text(encoding="utf-8")
PATTERNS = {
    "outlet credits": 'CNN reported "x," he said. ',
    "descriptions": 'Hamas said. The group said "no." ',
    "demands": 'Hamas said. The group said "no." The union demanded that the company, which rejected it, '
               'pay more, a demand that the firm refused. ',
}


class CountingList(list):
    """A list that counts the items its slices copy."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[override]
        got = super().__getitem__(key)
        if isinstance(key, slice):
            CountingList.copied += len(got)
        return got


def work(text: str) -> tuple[int, int]:
    """(Python lines run, mentions copied by the resolver) to analyse text."""
    article = load_bytes(text.encode("utf-8"), "linear.txt")
    lines = 0

    def tracer(frame, event, arg) -> Callable | None:
        nonlocal lines
        if event == "line":
            lines += 1
        return tracer

    original = resolve.Resolver.__init__

    def counting_init(self, doc, finder, lx) -> None:  # noqa: ANN001
        finder.mentions = CountingList(finder.mentions)
        original(self, doc, finder, lx)

    CountingList.copied = 0
    resolve.Resolver.__init__ = counting_init  # type: ignore[method-assign]
    sys.settrace(tracer)
    try:
        analyze(article)
    finally:
        sys.settrace(None)
        resolve.Resolver.__init__ = original  # type: ignore[method-assign]
    return lines, CountingList.copied


# n: past the resolver's bounded look-backs (400 mentions), which fill up first
@pytest.mark.parametrize(("text", "n"), [(SEED + "\n\n", 6)] + [(p, 200) for p in PATTERNS.values()],
                         ids=["seed"] + list(PATTERNS))
def test_work_grows_linearly(text: str, n: int) -> None:
    analyze(load_bytes(text.encode("utf-8"), "warm.txt"))  # lexicons and caches outside the count
    lines_1, copied_1 = work(text * n)
    lines_2, copied_2 = work(text * (2 * n))
    assert lines_2 / lines_1 < 2.25, (lines_1, lines_2)
    assert copied_2 <= 2.25 * copied_1 + 1000, (copied_1, copied_2)


def test_first_words_index_is_built_once_per_lexicon() -> None:
    lx = lexicon()
    names, titles = _first_words(lx)
    assert _first_words(lx)[0] is names and _first_words(lx)[1] is titles  # not rebuilt per article
    assert all(n.split(" ")[0] in names for n in lx.names)
    assert all(t.split(" ")[0] in titles for t in lx.titles)


def test_guarded_tokenizer_finds_the_same_tokens() -> None:
    """TOKEN puts a lookahead (a lead letter, a few letters, a full stop or hyphen) before
    the capitalised alternatives; the plain alternation must tokenize alike, whatever
    abbreviations the list gains, and the lookahead's letters hold only if they are letters."""
    import re

    assert all(a.isascii() and a.isalpha() for a in _ABBREVIATIONS)
    plain = re.compile(f"{_CAPITALISED}|{_WORD}")
    text = (SEED + ' Mr. Smith (R-Texas) vs. etc. U.S. A. B. No. 5 e.g. v. Sen. "x," don’t O’Brien—it’s'
            + " Lieut. Calif.-based D-N.Y. (I-Vt.) R.I. Okla. Mrs.Jones even very ever Trump. X-ray")
    assert TOKEN.findall(text) == plain.findall(text)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="Python 3.10's re has no possessive repeats (tokens.py uses greedy ones)")
def test_possessive_repeats_tokenize_as_greedy_ones() -> None:
    """TOKEN's repeats are possessive (they never give back): the same pattern with plain
    greedy repeats finds the same tokens, mis-decoded letters and combining accents too."""
    import re

    greedy = re.compile(TOKEN.pattern.replace("*+", "*").replace("}+", "}"))
    assert greedy.pattern != TOKEN.pattern and "*+" not in greedy.pattern and "}+" not in greedy.pattern
    text = (SEED + " FranÃ§ois Ã©tÃ© µg ½-inch 2½ Noª5 ºC x²- ª' José Jose\u0301 don’t rock-’n’-roll O'Brien's"
            + " pre-\ufffd-war \ufffd\ufffd ’90s workers’ ¡Hola! Mr. D-N.Y. U.S.-Mexico a--b e.g. Sept.")
    assert TOKEN.findall(text) == greedy.findall(text)


def test_tokens_made_a_piece_at_a_time_are_the_whole_text_s(monkeypatch: pytest.MonkeyPatch) -> None:
    """build_doc tokenizes a big text in pieces (tokens._chunks): cut every few hundred
    characters, the tokens and offsets are those of TOKEN over the whole text."""
    from tui.analysis import tokens

    text = (SEED + "\n") * 3 + "Mr.\n  Smith said A.\n\nB. and A.\n x (R-Texas)\n etc.\n" * 40
    monkeypatch.setattr(tokens, "_CHUNK", 300)
    assert len(tokens._chunks(text)) > 10
    doc = tokens.build_doc(text, [], [])
    whole = list(TOKEN.finditer(text))
    assert doc.words == [m.group() for m in whole]
    assert list(doc.starts) == [m.start() for m in whole] and list(doc.ends) == [m.end() for m in whole]


class CountingSpan(tuple):
    """A (start, end) span that counts its comparisons."""

    compared = 0

    def __eq__(self, other: object) -> bool:
        CountingSpan.compared += 1
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__


def test_merging_a_demand_said_n_times_compares_its_spans_about_n_times() -> None:
    """The same demand said again and again (a long article, or one repeated) is merged into
    one finding with the later statements as evidence: each new statement is checked against
    the evidence so far by look-up, not by comparing it with every earlier one."""
    from tui.analysis.demands.base import DemandFinding
    from tui.analysis.demands.finder import _merged
    from tui.analysis.resolve import Referent

    n = 3000
    holder = Referent("Hamas", "Hamas", "organisation")
    findings = [DemandFinding("demand", "a ceasefire", CountingSpan((10 * k, 10 * k + 5)), (0, 1), holder, (0, 1))
                for k in range(n)]
    CountingSpan.compared = 0
    merged = _merged(findings)
    assert len(merged) == 1 and len(merged[0].evidence) == n - 1
    assert CountingSpan.compared < 5 * n, CountingSpan.compared


def test_word_classes_test_each_distinct_word_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word class is decided once per distinct word for the process, not once per article;
    a full vocabulary is replaced, and the Docs built with the old one keep its answers."""
    asked: list[str] = []

    def capitalised(w: str) -> bool:
        asked.append(w)
        return w[:1].isupper()

    monkeypatch.setattr(tokens, "_vocabulary", tokens.Vocabulary())
    caps = tokens.WordSet(capitalised)
    first = tokens.build_doc("The cat saw Rome.", [], [])
    assert {"The", "Rome"} <= caps.of(first) and "cat" not in caps.of(first)
    second = tokens.build_doc("Paris: the cat, the dog.", [], [])
    assert "Paris" in caps.of(second) and second.lower[0] == "paris"
    assert sorted(asked) == [",", ".", ":", "Paris", "Rome", "The", "cat", "dog", "saw", "the"]
    monkeypatch.setattr(tokens, "_CACHE_LIMIT", 12)
    third = tokens.build_doc("Oslo and x.", [], [])
    assert third.vocabulary is not first.vocabulary
    assert "Oslo" in caps.of(third) and "Rome" not in caps.of(third)
    assert {"The", "Rome", "Paris"} <= caps.of(first)  # the old vocabulary is left as it was


def test_group_prefilter_knows_every_odd_case_fold() -> None:
    """The group phrases are looked for in the lowercase text before the case-insensitive
    pattern runs: every character that the pattern takes for an ASCII letter either
    lowercases to that letter or is one of mentions._ODD_FOLDS, in whose presence the
    pattern always runs."""
    import re
    import string

    from tui.analysis import mentions

    letter = re.compile("[a-z ]", re.I)
    odd = {c for c in map(chr, range(0x110000)) if not 0xD800 <= ord(c) < 0xE000
           and letter.fullmatch(c) and c.lower() not in string.ascii_lowercase + " "}
    assert odd <= set(mentions._ODD_FOLDS)
    assert mentions._may_name_a_group("The West said", ["the west"])
    assert mentions._may_name_a_group("THE WEſT said", ["the west"])
    assert not mentions._may_name_a_group("The East said", ["the west"])


def test_tokens_of_words_asked_before_come_from_one_pass() -> None:
    """Doc.tokens_of gathers the tokens of every word asked for before in one pass, then
    merges lists; words never asked for are scanned for, and gathered from then on."""
    text = "The union said the talks failed. Protesters said the union lied. " * 3
    first, second = tokens.build_doc(text, [], []), tokens.build_doc(text, [], [])
    for wanted in (("the",), frozenset({"union", "said"}), {"protesters": 1}, ("nothing",)):
        expected = [k for k, w in enumerate(first.lower) if w in wanted]
        assert list(first.tokens_of(wanted)) == expected == list(second.tokens_of(wanted))
    third = tokens.build_doc(text, [], [])
    assert list(third.tokens_of(("the",))) == list(first.tokens_of(("the",)))
    assert {"the", "union", "said", "protesters", "nothing"} <= third._index[1]


def test_an_analysis_leaves_no_reference_cycle() -> None:
    """The analysis's objects (tokens, mentions, findings) are freed by reference counting
    as it returns: none is left for the cyclic collector to find by walking them all."""
    import gc

    analyze(load_bytes(SEED.encode("utf-8"), "seed.txt"))
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        analyze(load_bytes(SEED.encode("utf-8"), "seed.txt"))
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_group_prefilter_reads_a_big_text_a_piece_at_a_time() -> None:
    """The lowercase text is made a MB at a time; a phrase across two pieces is found."""
    from tui.analysis import mentions

    text = "x" * ((1 << 20) - 5) + "The West said"
    assert mentions._may_name_a_group(text, ["the west"])
    assert not mentions._may_name_a_group(text, ["the east"])


def test_word_set_selects_pick_exactly_what_their_tests_pick() -> None:
    """A WordSet's select is its test written as C-level passes (mentions: entry openers,
    group-like words, unnamable words); the two must agree on every word, possessives,
    plurals and full stops included, or the mention finder would change with the cache."""
    from pathlib import Path

    from tui.analysis.mentions import _entry_openers, _group_like, _unnamable

    lx = lexicon()
    words = set(TOKEN.findall(SEED))
    for path in sorted(Path(__file__).resolve().parent.parent.parent.glob("shared/data/polnear/dev/text/*.txt"))[:30]:
        words.update(TOKEN.findall(path.read_text(encoding="utf-8")))
    words.update(["Hamas’s", "Trump's", "Democrats.", "Democrats", "Texas-based", "Bill’s", "Reuters'"])
    words.update(w + "’s" for w in list(lx.group_words)[:50])
    words.update(n.split(" ")[0] + "'s" for n in list(lx.names)[:200])
    words = sorted(words)
    for word_set in (_entry_openers(lx), _group_like(lx), _unnamable(lx)):
        assert set(word_set.select(words)) == set(filter(word_set.test, words))
