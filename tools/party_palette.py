"""Search for the party palettes of tui/widgets/colors.py: one for dark themes, one for
light ones.

    .venv/bin/python tools/party_palette.py [STEP]

Eight colours, for the eight most prominent parties of an article. The rule
(tests/test_app_colors.py checks it on textual-dark and textual-light):

- legible: contrast ≥ 4.5:1 against the theme's background, in truecolour and as a
  256-colour terminal shows both (Rich's downgrade, which Textual uses);
- distinct: CIEDE2000 ≥ 20 between every two colours in truecolour, and ≥ 10 from the
  body text (the neutral style that the minor parties share).

Among the palettes that meet it (colours on a grid of STEP, default 32), one whose
smallest difference as a 256-colour terminal shows it is as large as a local search
finds. On the dark theme that is ≥ 20 as well.
On textual-light's #E0E0E0 the legible colours of the 256-colour palette are dark blues,
reds, purples and greens, and no eight of them are 20 apart (under 17, by an exhaustive
search of the cube): there the test asks for 15.

The palettes in colors.py come from runs of this search (and of a variant that kept the
largest truecolour difference instead): any palette it prints meets the rule, and
tests/test_app_colors.py checks the one in use.
"""
from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from colour_rule import ciede2000, contrast, hex_of, in_256, rgb  # noqa: E402

THEMES = {"dark": ("#121212", "#E0E0E0"), "light": ("#E0E0E0", "#1F1F1F")}  # background, text
MIN_CONTRAST = 4.5
MIN_DE = 20.0
MIN_DE_TEXT = 10.0
SIZE = 8

RGB = tuple[int, int, int]


def legible(c: RGB, bg: RGB) -> bool:
    return contrast(c, bg) >= MIN_CONTRAST and contrast(in_256(c), in_256(bg)) >= MIN_CONTRAST


def candidates(bg: RGB, text: RGB, step: int) -> list[RGB]:
    levels = sorted(set(range(0, 256, step)) | {255})
    return [c for c in itertools.product(levels, repeat=3)
            if max(c) - min(c) > 40 and legible(c, bg) and ciede2000(c, text) >= MIN_DE_TEXT]


def search(bg_hex: str, text_hex: str, step: int = 32, rounds: int = 40,
           seed: int = 1) -> tuple[float, list[RGB]]:
    """A local search from random starts: swap one colour at a time while that raises the
    score (the smallest 256-colour difference, once every truecolour pair is MIN_DE apart)."""
    cands = candidates(rgb(bg_hex), rgb(text_hex), step)
    n = len(cands)
    true = [[ciede2000(a, b) for b in cands] for a in cands]
    shown = [in_256(c) for c in cands]
    term = [[ciede2000(a, b) for b in shown] for a in shown]

    def score(p: list[int]) -> float:
        pairs = list(itertools.combinations(p, 2))
        low = min(true[a][b] for a, b in pairs)
        return low - 100 if low < MIN_DE else min(term[a][b] for a, b in pairs)

    rnd = random.Random(seed)
    best: list[int] = []
    best_score = -1e9
    for _ in range(rounds):
        pal = rnd.sample(range(n), SIZE)
        s = score(pal)
        improved = True
        while improved:
            improved = False
            for i in range(SIZE):
                for c in range(n):
                    if c not in pal and (t := score(pal[:i] + [c] + pal[i + 1:])) > s + 1e-9:
                        pal, s, improved = pal[:i] + [c] + pal[i + 1:], t, True
        if s > best_score:
            best, best_score = pal, s
    return best_score, [cands[i] for i in best]


if __name__ == "__main__":
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 32
    for name, (bg, text) in THEMES.items():
        threshold, palette = search(bg, text, step)
        low = min(ciede2000(a, b) for a, b in itertools.combinations(palette, 2))
        print(f"{name}: smallest ΔE00 {low:.1f} in truecolour, {threshold:.1f} in 256 colours")
        for c in palette:
            print(f"  {hex_of(c)} (256: {hex_of(in_256(c))})  contrast {contrast(c, rgb(bg)):.2f}")
