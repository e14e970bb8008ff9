"""An OptionList that lays out only the options it shows.

Textual's OptionList wraps every option to learn its height as soon as the options are
set, before the first frame that shows them: for the ~10,000 quotes of a 5 MB article
that is seconds of wrapping for the twenty on screen. This one keeps Textual's options,
messages, keys and looks, and replaces the line table with ``LazyHeights``: each
option's height is estimated (cheaply, from its length: ``estimate_height`` on the
option's visual, where it has one) until the option is drawn or the cursor reaches it,
when it is wrapped and its height becomes exact.

What is on screen is measured before it is drawn (``render_lines``), from the top down,
and a scroll moves the view by what grew above the option it anchors on, so nothing
the reader looks at jumps while the options above it are measured.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from textual.geometry import Region, Size, clamp
from textual.reactive import reactive
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from .lazy_heights import LazyHeights
from .scroll_anchor import ScrollAnchor
from .scrollbar_thumb import move_thumb_quietly

if TYPE_CHECKING:
    from textual.widgets._option_list import OptionListContent


# Up to this many options all are measured up front, as OptionList does (a millisecond or
# two): the scrollbar is exact from the first frame.
EXACT_OPTIONS = 200


class Estimable(Protocol):
    """A visual that can guess its height without wrapping (``Hanging``)."""

    def estimate_height(self, width: int) -> int: ...


class _Lines(Sequence[tuple[int, int]]):
    """OptionList's ``_lines`` (option and line within it, for each line), as a view of
    the lazy table: for any of Textual's code that still reads it."""

    def __init__(self, table: LazyHeights) -> None:
        self._table = table

    def __len__(self) -> int:
        return self._table.total

    def __getitem__(self, y):  # type: ignore[override]
        if isinstance(y, slice):
            return [self[i] for i in range(*y.indices(len(self)))]
        if y < 0:
            y += len(self)
        if not 0 <= y < self._table.total:
            raise IndexError(y)
        index = self._table.item_at(y)
        return index, y - self._table.start(index)


class LazyOptionList(ScrollAnchor, OptionList):
    """OptionList, laid out option by option as options are shown."""

    # Moving the highlight repaints the options it leaves and enters (watch_highlighted),
    # not every line of the list, which at each step through the quotes cost ~2 ms.
    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def __init__(self, *content: OptionListContent, **kwargs) -> None:
        self._table: LazyHeights | None = None
        self._table_width = -1
        self._follow_by_page = False  # see follow()
        super().__init__(*content, **kwargs)

    # -- the table -------------------------------------------------------------------------

    def _option_width(self) -> int:
        padding = self.get_component_styles("option-list--option").padding
        return (self.scrollable_content_region.width - self._get_left_gutter_width()
                - padding.width)

    def _estimate(self, option: Option, width: int) -> int:
        visual = self._get_visual(option)
        estimate = getattr(visual, "estimate_height", None)
        if estimate is None:  # a visual that cannot guess is measured now
            return visual.get_height(self.styles, width) + option._divider
        return estimate(width) + option._divider

    def _lazy_table(self) -> LazyHeights | None:
        """The table at the current width, built (from estimates) when missing."""
        if not self.scrollable_content_region:
            return None
        width = self._option_width()
        if self._table is None or width != self._table_width:
            self._table = LazyHeights([self._estimate(o, width) for o in self._options])
            self._table_width = width
            if len(self._options) <= EXACT_OPTIONS:
                for index in range(len(self._options)):
                    self._measure(index)
        return self._table

    def _measure(self, index: int) -> int:
        """Wrap option ``index`` (as OptionList counts its lines); how much it grew."""
        table = self._table
        assert table is not None
        if table.is_exact(index):
            return 0
        option = self._options[index]
        height = (self._get_visual(option).get_height(self.styles, self._table_width)
                  + option._divider)
        delta = table.measure(index, height)
        if delta:  # every line after it moved: Textual's cache of drawn lines is stale
            self.refresh()
        return delta

    def _settle(self, top: int, bottom: int, above: int = -1) -> int:
        """Measure the options with a line in [top, bottom); how much those before option
        ``above`` grew."""
        table = self._lazy_table()
        if table is None or not len(table):
            return 0
        before = 0
        y = max(top, 0)
        while y < min(bottom, table.total):
            index = table.item_at(y)
            delta = self._measure(index)
            if index < above:
                before += delta
            y = table.start(index + 1)
        self._update_virtual_size()
        return before

    def _update_virtual_size(self) -> None:
        table = self._table
        if table is None:
            return
        last_divider = bool(self._options) and self._options[-1]._divider
        size = Size(self.scrollable_content_region.width, table.total - last_divider)
        old = self.virtual_size
        if size == old:
            return
        view = self.scrollable_content_region.height
        if old.width == size.width and (old.height > view) == (size.height > view):
            # Measuring changed only how far the list scrolls, not whether it does: no
            # layout of the screen (which setting virtual_size asks for, every time).
            self.set_reactive(LazyOptionList.virtual_size, size)
        else:
            self.virtual_size = size
        self._scroll_update(size)

    def _drop_table(self) -> None:
        self._table = None
        self._table_width = -1

    # -- OptionList's hooks ----------------------------------------------------------------

    def _update_lines(self) -> None:
        if self._lazy_table() is not None:
            self._update_virtual_size()

    @property
    def _lines(self) -> Sequence[tuple[int, int]]:
        table = self._lazy_table()
        return _Lines(table) if table is not None else []

    def _clear_caches(self) -> None:
        self._drop_table()
        super()._clear_caches()

    def clear_options(self):  # type: ignore[override]
        self._drop_table()
        return super().clear_options()

    def set_options(self, options: Iterable[OptionListContent]):  # type: ignore[override]
        self._drop_table()
        return super().set_options(options)

    def add_options(self, new_options: Iterable[OptionListContent]):  # type: ignore[override]
        self._drop_table()
        return super().add_options(new_options)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        table = self._lazy_table()
        return table.total if table is not None else 0

    def render_lines(self, crop: Region) -> list[Strip]:
        top = round(self.scroll_y)
        self._settle(top + crop.y, top + crop.bottom)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        table = self._table  # render_lines has built it, at this width
        line = self.scroll_offset.y + y
        if table is None or not 0 <= line < table.total:
            return Strip.blank(self.scrollable_content_region.width,
                               self.get_visual_style("option-list--option").rich_style)
        index = table.item_at(line)
        self._measure(index)
        option = self._options[index]
        if option.disabled:
            component = "option-list--option-disabled"
        elif self.highlighted == index:
            component = "option-list--option-highlighted"
        elif self._mouse_hovering_over == index:
            component = "option-list--option-hover"
        else:
            component = ""
        if component:
            style = self.get_visual_style("option-list--option", component)
        else:
            style = self.get_visual_style("option-list--option")
        strips = self._get_option_render(option, style)
        offset = line - table.start(index)
        if offset < len(strips):
            return strips[offset]
        return Strip.blank(self.scrollable_content_region.width,
                           self.get_visual_style("option-list--option").rich_style)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        move_thumb_quietly(self, new_value)  # a page of ten thousand quotes seldom moves it
        super().watch_scroll_y(old_value, new_value)
        table = self._table
        if table is None or self._settling or not len(table):
            return
        old, new = round(old_value), round(new_value)
        height = self.scrollable_content_region.height
        grown = self._settle(new, new + height, above=table.item_at(old))
        self.keep_anchor(grown, old, new, height)  # the option that was at the top stays still

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        super().watch_highlighted(new)  # scrolls to it (a scroll repaints the whole list)
        self._refresh_options(old, new)

    def _refresh_options(self, *indexes: int | None) -> None:
        """Repaint the lines of options ``indexes`` that are in view (all when one is None)."""
        table = self._table
        if table is None or None in indexes:
            self.refresh()
            return
        top, view = round(self.scroll_y), self.scrollable_content_region.size.region
        regions = [Region(0, table.start(i) - top, view.width, table.height(i)).intersection(view)
                   for i in indexes if i is not None and 0 <= i < len(table)]
        regions = [r for r in regions if r]
        if regions:
            self.refresh(*regions)

    def follow(self, index: int) -> None:
        """Highlight option ``index`` as the list follows something else (the reader's
        current quote): when it leaves the view, the list scrolls a page, not a line, so
        that stepping through the items repaints the list once a page, not at every step."""
        self._follow_by_page = True
        try:
            self.highlighted = index
        finally:
            self._follow_by_page = False

    def scroll_to_highlight(self, top: bool = False) -> None:
        highlighted = self.highlighted
        if highlighted is None or not self.is_mounted:
            return
        table = self._lazy_table()
        if table is None or not 0 <= highlighted < len(table):
            return
        height = self.scrollable_content_region.height
        # Measure the option and a screen either side: where the view will be. What grew
        # above the option now at the top moves the view with it, so a step of the
        # cursor never shifts the options on screen.
        anchor = table.item_at(round(self.scroll_y))
        grown = self._measure(highlighted)
        seen, index = 0, highlighted - 1
        before = grown if highlighted < anchor else 0
        while index >= 0 and seen < height:
            delta = self._measure(index)
            if index < anchor:
                before += delta
            seen += table.height(index)
            index -= 1
        start = table.start(highlighted)
        before += self._settle(start, start + table.height(highlighted) + height, above=anchor)
        if before:
            self._shift_scroll(before)
        region = Region(0, table.start(highlighted), self.scrollable_content_region.width,
                        table.height(highlighted))
        if self._follow_by_page and not top:
            view_top = round(self.scroll_y)
            if region.y >= view_top + height - region.height:  # past the bottom: to the top
                top = True
            elif region.y < view_top:  # above the top: to the bottom
                region = Region(0, max(region.bottom - height, 0), region.width, height)
        self.scroll_to_region(region, force=True, animate=False, top=top, immediate=True)

    def _move_page(self, direction) -> None:  # type: ignore[override]
        table = self._lazy_table()
        if not self._options or table is None or not table.total:
            return
        from textual import _widget_navigation

        height = self.scrollable_content_region.height
        y = clamp(table.start(self.highlighted or 0) + direction * height, 0, table.total - 1)
        self.highlighted = _widget_navigation.find_next_enabled_no_wrap(
            candidates=self._options, anchor=table.item_at(y), direction=direction,
            with_anchor=True)


__all__ = ["Estimable", "LazyOptionList"]
