"""The quotes, in article order: speaker, party colour and opening words."""
from __future__ import annotations

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..model import Annotations, Quote
from .labels import speaker_label
from .nav_list import NavList, swatch
from .safe import one_line

__all__ = ["OPENING_WORDS", "QuoteList", "quote_prompt", "speaker_label"]

OPENING_WORDS = 36  # fits one line of the side pane at 120 columns


def quote_prompt(number: int, quote: Quote, ann: Annotations, colors: dict[str, str]) -> Content:
    party = quote.speaker.party if quote.speaker else None
    words = one_line(quote.text, OPENING_WORDS)
    return Content.assemble(
        swatch(colors.get(party or "")), " ",
        (f"{number}. ", "dim"), (speaker_label(quote, ann), "bold"), "\n",
        ("   “", "dim"), (words, "italic"), ("”", "dim"),
    )


class QuoteList(NavList):
    """Posts ``QuoteList.Jump`` when a quote is chosen (enter or click)."""

    class Jump(Message):
        def __init__(self, quote_id: str) -> None:
            super().__init__()
            self.quote_id = quote_id

    def show_quotes(self, quotes: list[Quote], ann: Annotations, colors: dict[str, str],
                    empty_message: str) -> None:
        numbered = {q.id: n for n, q in enumerate(ann.quotes, 1)}
        options = [Option(quote_prompt(numbered[q.id], q, ann, colors), id=q.id) for q in quotes]
        self.show_options(options, empty_message)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and not self.empty:
            self.post_message(self.Jump(event.option.id))
