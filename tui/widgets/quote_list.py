"""The quotes, in article order: speaker, party colour and the quote's opening, two lines
of it at most, as wide as the pane. Each item is built when first shown (``Deferred``)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Annotations, Party, Quote
from .labels import parties_by_id, speaker_label
from .lazy_heights import estimate_lines
from .nav_list import Deferred, Hanging, NavList, swatch
from .safe import one_line

__all__ = ["QUOTE_LINES", "QuoteList", "quote_prompt", "speaker_label"]

QUOTE_LINES = 2  # of the quote's text, under its speaker


def quote_prompt(number: int, quote: Quote, ann: Annotations, colors: dict[str, str],
                 parties: Mapping[str, Party] | None = None) -> Hanging:
    party = quote.speaker.party if quote.speaker else None
    head = Content.assemble(swatch(colors.get(party or "")), " ", (f"{number}. ", "dim"),
                            (speaker_label(quote, ann, parties), "bold"))
    # Enough words for two lines of the widest pane; the pane cuts them to its width.
    words = Content.assemble(("   “", "dim"), (one_line(quote.text, 200), "italic"), ("”", "dim"))
    return Hanging((head, 2 + len(f"{number}. "), 2), (words, 4, QUOTE_LINES))


def quote_estimate(quote: Quote) -> Callable[[int], int]:
    """About the height of ``quote_prompt``: the speaker's line, then the words."""
    cells = min(len(quote.text), 200) + 5

    def estimate(width: int) -> int:
        words = 1 if cells <= width else 1 + estimate_lines(cells - width, width - 4)
        return 1 + min(words, QUOTE_LINES)

    return estimate


class QuoteList(NavList):
    """Posts ``QuoteList.Jump`` when a quote is chosen (enter or click)."""

    class Jump(Message):
        def __init__(self, quote_id: str) -> None:
            super().__init__()
            self.quote_id = quote_id

    def show_quotes(self, quotes: list[Quote], ann: Annotations, colors: dict[str, str],
                    empty_message: str) -> None:
        numbered = {q.id: n for n, q in enumerate(ann.quotes, 1)}
        parties = parties_by_id(ann)
        options = [Option(Deferred(partial(quote_prompt, numbered[q.id], q, ann, colors, parties),
                                   quote_estimate(q)), id=q.id)
                   for q in quotes]
        self.show_options(options, empty_message)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and not self.empty:
            self.post_message(self.Jump(event.option.id))
