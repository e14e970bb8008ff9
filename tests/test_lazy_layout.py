"""The pieces of lazy layout: the height table, line lookup, the opening of an article."""
from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.content import Content

from tui.ingest import load_bytes
from tui.ingest.opening import covered, opening
from tui.widgets.article_lines import line_ends
from tui.widgets.article_render import wrapped_line_of
from tui.widgets.lazy_heights import LazyHeights, estimate_lines


@given(st.lists(st.integers(0, 6), max_size=60), st.data())
@settings(max_examples=200, deadline=None)
def test_the_table_agrees_with_sums_as_items_are_measured(heights, data):
    table = LazyHeights(heights)
    current = list(heights)
    for _ in range(data.draw(st.integers(0, 10))):
        if not current:
            break
        i = data.draw(st.integers(0, len(current) - 1))
        h = data.draw(st.integers(0, 6))
        assert table.measure(i, h) == h - current[i]
        current[i] = h
        assert table.is_exact(i)
    assert table.total == sum(current)
    for i in range(len(current) + 1):
        assert table.start(i) == sum(current[:i])
    for y in range(sum(current)):
        i = table.item_at(y)
        assert sum(current[:i]) <= y < sum(current[:i + 1])


def test_estimates_are_close_for_prose():
    text = ("The talks resumed in Cairo on Monday, officials said, after a week in which "
            "neither side would meet the other. ") * 6
    for width in (40, 63, 80, 117):
        exact = len(Content(text).wrap(width))
        assert abs(estimate_lines(len(text), width) - exact) <= max(2, exact // 8)


def test_line_ends_find_the_line_as_wrapping_does():
    rng = random.Random(7)
    words = ["a", "word", "longer", "“quoted”", "x" * 30, "end."]
    for _ in range(50):
        plain = " ".join(rng.choice(words) for _ in range(rng.randint(1, 60)))
        width = rng.randint(5, 50)
        ends = line_ends(plain, width)
        for offset in range(len(plain) + 1):
            found = min(sum(1 for e in ends if e <= offset), len(ends) - 1)
            assert found == wrapped_line_of(Content(plain), offset, width)


def test_the_opening_is_whole_blocks_of_the_articles_own_text():
    article = load_bytes("\n\n".join(f"Paragraph {i} says something." for i in range(400))
                         .encode(), "a.txt")
    part = opening(article, 1_000)
    assert part is not None
    assert article.text.startswith(part.text)
    assert part.blocks == article.blocks[:len(part.blocks)]
    assert part.blocks[-1].end == len(part.text) >= 1_000
    assert 0 < covered(part, article) < 0.2
    assert opening(article, len(article.text)) is None  # the whole: analysed as it is
    assert opening(article, len(article.text) * 2 // 3) is None  # most of it: likewise
