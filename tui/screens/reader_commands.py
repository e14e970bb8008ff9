"""The command palette's reader commands: jump, filter, panes, demands, articles, annotation
actions."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.style import Style

from ..widgets.labels import speaker_label
from ..widgets.safe import one_line

# Actions that other features add later; offered only when the screen or app defines them.
OPTIONAL_ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("note", "Annotate: add a note to the current quote", "Keep a note with the quote (a)"),
    ("correct_speaker", "Annotate: correct the speaker", "Fix who said the current quote (c)"),
    ("mark_wrong", "Annotate: mark as wrong", "Flag the current quote's analysis as wrong (x)"),
    ("export", "Export: annotations and notes", "Write the annotations to a file (e)"),
)


class ReaderCommands(Provider):
    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from .reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return []
        app = self.app
        commands: list[tuple[str, Callable[[], object], str]] = []
        ann = screen.current_annotations
        if ann is not None:
            for n, q in enumerate(ann.quotes, 1):
                who = speaker_label(q, ann)
                commands.append((f"Quote {n}: {who} — {one_line(q.text, 50)}",
                                 partial(screen.go_to_quote, q.id), "Jump to this quote"))
            for p in ann.parties:
                commands.append((f"Party: {one_line(p.name, 50)}",
                                 partial(screen.jump_to_party, p.id),
                                 "Jump to this party's next mention"))
            for pid in screen.quote_cursor.parties_with_quotes():
                party = ann.party(pid)
                if party:
                    commands.append((f"Filter: only quotes by {one_line(party.name, 50)}",
                                     partial(screen.set_filter, pid), "Filter the quotes"))
            if screen.quote_cursor.party is not None:
                commands.append(("Filter: clear", partial(screen.set_filter, None),
                                 "Show all quotes"))
            if ann.demands:
                from ..widgets.demand_list import type_order

                for kind in type_order(d.type for d in ann.demands):
                    commands.append((f"Demands: only type {one_line(kind, 20)}",
                                     partial(screen.set_demand_type, kind),
                                     "Show only this type in the demands panel"))
                if screen.demand_type is not None:
                    commands.append(("Demands: every type", partial(screen.set_demand_type, None),
                                     "Show demands of every type"))
        commands += [
            ("Panel: toggle highlights (parties and quotes)", screen.action_toggle_highlights,
             "Show or hide the parties and quotes pane (h)"),
            ("Panel: toggle demands", screen.action_toggle_demands,
             "Show or hide the demands panel (d)"),
            ("Demands: who demands what of whom (matrix)", screen.action_demand_matrix,
             "Holders by rows, targets by columns, filter by type (m)"),
            ("Search the article", screen.action_search, "Find words in the text (/)"),
            ("Copy the current quote", screen.action_copy,
             "With its speaker and the article's title, to the clipboard (y)"),
            ("Help: keys", app.action_help, "Every key of the reader (?)"),
        ]
        for link in screen.links:
            text = one_line(screen.article.text[link.start:link.end], 30)
            commands.append((f"Link: {text} → {one_line(link.target, 50)}",
                             partial(screen.show_link, link),
                             "Show it in the article and its target below; y copies it"))
        articles = getattr(app, "articles", [])
        if len(articles) > 1:
            for i, article in enumerate(articles):
                commands.append((f"Article {i + 1}: {one_line(article.source.title, 60)}",
                                 partial(app.show_article, i), "Switch to this article"))
        for action, title, help_text in OPTIONAL_ACTIONS:
            for target in (screen, app):
                method = getattr(target, f"action_{action}", None)
                if method is not None:
                    commands.append((title, method, help_text))
                    break
        return commands

    async def discover(self) -> Hits:
        for title, callback, help_text in self._commands():
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, title)
            if score > 0:
                yield Hit(score, highlight(title, offsets, matcher.match_style), callback,
                          text=title, help=help_text)


def highlight(title: str, offsets: Sequence[int], style: Style) -> Content:
    """Like ``Matcher.highlight`` but never parses ``title`` as markup (it holds article text).

    Help texts are parsed as markup by the palette, so they are always our own constants.
    """
    content = Content(title)
    for offset in offsets:
        if not title[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content
