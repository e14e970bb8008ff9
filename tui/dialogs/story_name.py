"""Stories: name the story to add an article to (a new name or one of the stories), or
pick a story to open. Both dismiss with a story name, or None when cancelled."""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ..widgets.safe import one_line
from .common import Dialog

MAX_NAME = 80


def clean_name(raw: str) -> str:
    """A story name as kept: one line, no control characters, at most MAX_NAME characters."""
    return one_line(raw)[:MAX_NAME].strip()


class StoryNameDialog(Dialog):
    """Type a story's name (enter), or pick one of the existing stories below."""

    def __init__(self, stories: list[str]) -> None:
        super().__init__()
        self.stories = stories

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label("Add to a story", id="title")
            yield Input(placeholder="story name", id="story-name", max_length=MAX_NAME)
            if self.stories:
                yield Label("or one of", classes="field-label")
                yield OptionList(*[Option(Text(one_line(s, 60)), id=s) for s in self.stories],
                                 id="story-list")
            yield Label("Enter adds · Esc cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#story-name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        name = clean_name(event.value)
        if not name:
            self.notify("Give the story a name, or press Esc.", markup=False)
            return
        self.dismiss(name)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class StoryPicker(Dialog):
    def __init__(self, stories: list[tuple[str, int]]) -> None:
        super().__init__()
        self.stories = stories

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label("Stories", id="title")
            options = []
            for name, n in self.stories:
                label = Text(one_line(name, 56))
                label.append(f"  {n} article{'s' if n != 1 else ''}", style="dim")
                options.append(Option(label, id=name))
            yield OptionList(*options, id="story-list")
            yield Label("Enter opens · Esc cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#story-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class SuggestionPicker(Dialog):
    """Articles of the library that share parties with a story; enter adds one to it.
    Dismisses with the article's id, or None."""

    def __init__(self, story: str, suggestions: list[tuple[int, str, list[str]]]) -> None:
        super().__init__()
        self.story = story
        self.suggestions = suggestions  # (article id, title line, shared party names)

    def compose(self) -> ComposeResult:
        with Vertical(id="box"):
            yield Label(Text(one_line(f"Articles sharing parties with {self.story}", 70)),
                        id="title")
            options = []
            for article_id, title, shared in self.suggestions:
                label = Text(one_line(title, 64))
                label.append("\n  shares " + one_line(", ".join(shared[:4]), 60), style="dim")
                options.append(Option(label, id=str(article_id)))
            yield OptionList(*options, id="suggestion-list")
            yield Label("Enter adds it to the story · Esc cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#suggestion-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id)) if event.option.id else self.dismiss(None)
