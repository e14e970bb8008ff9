"""An OptionList with vi keys and a friendly empty state, and ``Hanging``: a list item
that wraps to the list's width with its continuation lines indented.

The list lays out only the items it shows (``LazyOptionList``): an article's quotes can
number ten thousand."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.binding import Binding
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..resources import STYLES_DIR
from .lazy_heights import estimate_lines
from .lazy_option_list import LazyOptionList
from .safe import plain


class NavList(LazyOptionList):
    """Lists in the side panes: j/k as well as arrows, and an empty-state line."""

    # The panes' styles are parsed when the first list mounts, after the article's first
    # frame, not with app.tcss at start-up. Unscoped: they also place the lists by id.
    DEFAULT_CSS = (STYLES_DIR / "panes.tcss").read_text(encoding="utf-8")
    SCOPED_CSS = False

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down",
                tooltip="Next item in this list"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up",
                tooltip="Previous item in this list"),
    ]

    def __init__(self, *, id: str | None = None, pending: str = "Analysing…") -> None:
        super().__init__(id=id, markup=False)
        self.empty = True
        self.show_message(pending)

    def show_message(self, message: str) -> None:
        """Replace the items with one disabled line (empty or pending state)."""
        self.empty = True
        self.set_options([Option(plain(message), id="-message", disabled=True)])

    def show_options(self, options: Sequence[Option], empty_message: str) -> None:
        if not options:
            self.show_message(empty_message)
            return
        self.empty = False
        self.set_options(options)
        # Start on the first choosable item so the cursor is visible from the start.
        self.highlighted = next((i for i, o in enumerate(options) if not o.disabled), None)

    def select_id(self, option_id: str) -> None:
        """Move the list's highlight to ``option_id`` without posting a selection."""
        try:
            index = self.get_option_index(option_id)
        except Exception:  # OptionDoesNotExist: the item is filtered out
            return
        if self.highlighted != index:
            with self.prevent(OptionList.OptionHighlighted):
                self.follow(index)


def swatch(color: str | None) -> Content:
    """A coloured block; under NO_COLOR it still reads as a bullet."""
    return Content.assemble(("█", color or "")) if color else Content("○")


class Hanging(Visual):
    """Paragraphs, each wrapped to the width it is drawn at, its later lines indented by
    ``indent`` cells and cut (…) after ``max_lines`` lines (None: never).

    A list item built of it uses the width of its pane, whatever that is, and never
    wraps back to column 0.
    """

    def __init__(self, *paragraphs: tuple[Content, int, int | None]) -> None:
        self.paragraphs = paragraphs
        self._cache: tuple[int, Content] | None = None

    @property
    def plain(self) -> str:
        return "\n".join(p[0].plain for p in self.paragraphs)

    def __str__(self) -> str:
        return self.plain

    def __add__(self, other: Content) -> Hanging:
        """The first paragraph with ``other`` after it (a note's mark, say)."""
        (first, indent, max_lines), *rest = self.paragraphs
        return Hanging((first + other, indent, max_lines), *rest)

    def lines(self, width: int) -> Content:
        """The paragraphs as lines of at most ``width`` cells."""
        if self._cache is not None and self._cache[0] == width:
            return self._cache[1]
        lines: list[Content] = []
        for content, indent, max_lines in self.paragraphs:
            lines.extend(hang(content, width, indent, max_lines))
        joined = Content("\n").join(lines)
        self._cache = (width, joined)
        return joined

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        return self.lines(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(p[0].get_optimal_width(rules, container_width) for p in self.paragraphs)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width).plain.split("\n"))

    def estimate_height(self, width: int) -> int:
        """About ``get_height``, without wrapping (LazyOptionList's estimate)."""
        total = 0
        for content, indent, max_lines in self.paragraphs:
            cells = len(content.plain)
            lines = 1 if cells <= width else 1 + estimate_lines(cells - width, width - indent)
            total += min(lines, max_lines) if max_lines is not None else lines
        return total


class Deferred(Visual):
    """A list item built when it is first drawn, measured or read: a big article's lists
    have thousands of items, and building each one's styled text takes longer than
    laying out the few on screen. ``estimate(width)`` guesses its height meanwhile
    (``LazyOptionList``); anything else asked of it is asked of the built item."""

    def __init__(self, build: Callable[[], Hanging], estimate: Callable[[int], int]) -> None:
        self._build: Callable[[], Hanging] | None = build
        self._estimate = estimate
        self._built: Hanging | None = None

    @property
    def built(self) -> Hanging:
        if self._built is None:
            assert self._build is not None
            self._built, self._build = self._build(), None
        return self._built

    def __getattr__(self, name: str):  # e.g. ``paragraphs``, ``plain``, ``lines``
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.built, name)

    def __str__(self) -> str:
        return str(self.built)

    def __add__(self, other: Content) -> Hanging:
        return self.built + other

    def render_strips(self, width: int, height: int | None, style: Style,
                      options: RenderOptions) -> list[Strip]:
        return self.built.render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.built.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.built.get_height(rules, width)

    def estimate_height(self, width: int) -> int:
        if self._built is not None:
            return self._built.estimate_height(width)
        return self._estimate(width)


def hang(content: Content, width: int, indent: int, max_lines: int | None = None
         ) -> list[Content]:
    """``content`` wrapped to ``width``, its later lines indented by ``indent``."""
    if width <= indent + 1:
        return [content]
    first, *_ = content.wrap(width) or [Content("")]
    lines = [first.rstrip()]
    position = len(first.plain)
    plain = content.plain
    while position < len(plain) and plain[position] == " ":
        position += 1
    rest = content[position:]
    if rest.plain:
        pad = Content(" " * indent)
        lines.extend(pad + line.rstrip() for line in rest.wrap(width - indent))
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = last[:max(width - 1, 0)].rstrip() + Content("…")
    return lines
