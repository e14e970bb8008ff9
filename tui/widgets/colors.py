"""Party colours and the text styles the reader paints with.

The eight most prominent parties of an article (most quotes, mentions and demands) get
the eight colours of the palette, in order; the others share the neutral style (bold
text in the body's colour, quotes in plain italic), and the parties pane, which lists
the parties in that order with their swatches, is the legend.

There are two palettes, for dark and for light themes: no colour has a contrast of 4.5:1
against both a dark and a light background. Each was chosen by tools/party_palette.py,
and tests/test_app_colors.py checks the rule on textual-dark and textual-light: every
colour ≥ 4.5:1 against the background, in truecolour and as a 256-colour terminal shows
it; every two colours of a palette CIEDE2000 ≥ 20 apart in truecolour (dark 27.9, light
26.3), and ≥ 10 from the body text; in 256 colours ≥ 20 apart on the dark theme (27.6)
and ≥ 15 on the light one (16.4: no eight legible colours of the 256-colour palette are
20 apart on textual-light's #E0E0E0, under 17 at best).

Under ``NO_COLOR`` Textual drops colour (turning it grey); the reader then paints with
weight and underline alone (``no_color=True``): mentions bold, quotes underlined italic,
outlets italic, the current item reversed. Nothing that matters is told by dimness.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

# Most prominent party first. Neighbours differ most in hue.
DARK_PALETTE: tuple[str, ...] = (  # cyan, orange, green, magenta, yellow, lavender, pink, teal
    "#20E0FF", "#FF8000", "#00FF00", "#FF00E0", "#FFE000", "#A0A0FF", "#FFC0C0", "#00A080",
)
LIGHT_PALETTE: tuple[str, ...] = (  # blue, red, green, magenta, brown, teal, navy, maroon
    "#0060C0", "#C00000", "#206000", "#A00080", "#604000", "#004040", "#000040", "#400000",
)
NEUTRAL = ""  # the minor parties: no colour of their own

MENTION_STYLE = "bold {color}"
QUOTE_STYLE = "italic {color} on {color} 14%"
UNATTRIBUTED_QUOTE_STYLE = "italic"
NO_COLOR_QUOTE_STYLE = "italic underline"
OUTLET_STYLE = "italic underline $text-secondary"
NO_COLOR_OUTLET_STYLE = "italic"
SEARCH_STYLE = "bold underline $text on $warning 45%"
CURRENT_STYLE = "bold reverse"
# A Markdown article's own formatting. Links are underlined, never made terminal links:
# their targets come from the article (see the reader's link commands).
INLINE_STYLES: Mapping[str, str] = {
    "em": "italic", "strong": "bold", "code": "$text-accent", "strike": "strike",
    "link": "underline $text-primary",
}


def palette(dark: bool = True) -> tuple[str, ...]:
    return DARK_PALETTE if dark else LIGHT_PALETTE


def assign_colors(party_ids: Iterable[str], *, dark: bool = True,
                  no_color: bool = False) -> dict[str, str]:
    """Colour per party id, in the order given (most prominent first): the palette's
    colours in turn, then NEUTRAL. Under no_color every party is NEUTRAL."""
    colors = palette(dark)
    return {pid: NEUTRAL if no_color or i >= len(colors) else colors[i]
            for i, pid in enumerate(party_ids)}


def mention_style(color: str) -> str:
    return MENTION_STYLE.format(color=color).strip()


def quote_style(color: str | None, no_color: bool = False) -> str:
    if no_color:
        return NO_COLOR_QUOTE_STYLE
    return QUOTE_STYLE.format(color=color) if color else UNATTRIBUTED_QUOTE_STYLE


def outlet_style(no_color: bool = False) -> str:
    return NO_COLOR_OUTLET_STYLE if no_color else OUTLET_STYLE
