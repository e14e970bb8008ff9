"""Party colours: stable, distinct within an article, legible on light and dark; NO_COLOR."""
from __future__ import annotations

from textual.color import Color

from tui.widgets.colors import CURRENT_STYLE, PALETTE, assign_colors, party_slot, quote_style


def luminance(hex_color: str) -> float:
    c = Color.parse(hex_color)

    def channel(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_palette_is_legible_on_light_and_dark_backgrounds():
    for color in PALETTE:
        for background in ("#E0E0E0", "#FFFFFF", "#1E1E1E", "#121212"):
            assert contrast(color, background) >= 3.0, (color, background)


def test_colours_are_stable_and_distinct():
    ids = ["hamas", "israel", "united-states", "egypt", "qatar"]
    first = assign_colors(ids)
    assert first == assign_colors(ids)  # same run
    assert first["hamas"] == PALETTE[party_slot("hamas")]  # hash, not Python's salted hash
    assert len(set(first.values())) == len(ids)
    many = assign_colors(f"p{i}" for i in range(len(PALETTE)))
    assert sorted(many.values()) == sorted(PALETTE)


def test_highlights_do_not_rely_on_colour_alone():
    assert "reverse" in CURRENT_STYLE and "bold" in CURRENT_STYLE
    assert "italic" in quote_style("#E02828") and "italic" in quote_style(None)


async def test_no_color_is_respected(monkeypatch, make_app, fixture_article):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app([fixture_article])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.no_color
        view = app.screen.query_one("#article")
        styles = [str(s.style) for p in view.children for s in p.content.spans]
        assert CURRENT_STYLE in styles  # the current quote still stands out without colour
