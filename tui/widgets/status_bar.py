"""One line under the panes: where you are (quote i/n, search i/n) and which article."""
from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from .safe import one_line


class StatusBar(Static):
    DEFAULT_CSS = "StatusBar { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)

    def show(self, position: str, detail: str = "", article: str = "", *,
             progress: str = "") -> None:
        """``position`` like 'Quote 2/5', ``detail`` like 'Antony Blinken (United States)';
        ``progress`` says that what is shown is not complete yet (kept before the detail,
        which may be cut)."""
        parts: list[str | tuple[str, str]] = [(one_line(position), "bold")]
        if progress:
            parts += [" · ", (one_line(progress, 60), "italic $warning")]
        if detail:
            parts += [" · ", one_line(detail, 100)]
        if article:
            parts += [("   ", ""), (one_line(article, 60), "dim")]
        self.update(Content.assemble(*parts), layout=False)  # one line: no reflow

    @property
    def text(self) -> str:
        return str(self.content) if isinstance(self.content, Content) else str(self.content)
