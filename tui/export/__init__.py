"""Export formats: one module per format, registered here by name.

Every format renders a list of *applied* Annotations (see tui.notes.corrections) to
text, in memory; writing is a separate step (tui.export.output, with tui.atomic) so
nothing is ever half-written. This package never imports Textual.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Annotations

# A renderer returns {relative file name: content}; the key "" means "the output file".
Renderer = Callable[[list[Annotations]], dict[str, str]]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    label: str
    suffix: str  # appended to the article's stem for the default destination
    render: Renderer
    directory: bool = False  # writes several files into a directory (brat)


def _single(fn: Callable[[list[Annotations]], str]) -> Renderer:
    return lambda docs: {"": fn(docs)}


def _safe(render: Renderer) -> Renderer:
    """Text formats: control characters from outside (file names, notes, store fields)
    replaced one for one, as the reader shows them; the article's own are already."""
    from ..ingest import sanitize

    return lambda docs: {name: sanitize(content) for name, content in render(docs).items()}


def _escaped(render: Renderer) -> Renderer:
    """JSON formats: control characters inside strings written as \\u escapes."""
    from .json_ import escape_controls

    return lambda docs: {name: escape_controls(content) for name, content in render(docs).items()}


def _registry() -> dict[str, ExportFormat]:
    from . import brat, csv_, html, json_, markdown, w3c

    formats = [
        ExportFormat("json", "annotations JSON (one article)", ".annotations.json", _single(json_.render_json)),
        ExportFormat("jsonl", "annotations JSON Lines (one line per article)", ".annotations.jsonl",
                     _single(json_.render_jsonl)),
        ExportFormat("csv", "CSV, one row per quote", ".quotes.csv", _safe(_single(csv_.render))),
        ExportFormat("demands-csv", "CSV, one row per demand (holder, type, targets)", ".demands.csv",
                     _safe(_single(csv_.render_demands))),
        ExportFormat("md", "Markdown brief", ".brief.md", _safe(_single(markdown.render))),
        ExportFormat("html", "HTML brief", ".brief.html", _safe(_single(html.render))),
        ExportFormat("w3c", "W3C Web Annotation collection (JSON-LD)", ".w3c.jsonld", _escaped(_single(w3c.render))),
        ExportFormat("brat", "brat standoff (.txt + .ann per article)", ".brat", _safe(brat.render), directory=True),
    ]
    return {f.name: f for f in formats}


FORMATS: dict[str, ExportFormat] = _registry()
FORMAT_NAMES: tuple[str, ...] = tuple(FORMATS)


@dataclass(frozen=True, slots=True)
class Counts:
    articles: int
    quotes: int
    notes: int
    corrections: int

    def describe(self) -> str:
        def n(k: int, word: str) -> str:
            return f"{k} {word}{'' if k == 1 else 's'}"
        parts = [n(self.quotes, "quote"), n(self.notes, "note"), n(self.corrections, "correction")]
        if self.articles != 1:
            parts.append(f"from {n(self.articles, 'article')}")
        return ", ".join(parts)


def count(docs: list[Annotations]) -> Counts:
    return Counts(len(docs), sum(len(d.quotes) for d in docs),
                  sum(len(d.extra.get("notes", [])) for d in docs),
                  sum(len(d.extra.get("corrections", [])) for d in docs))
