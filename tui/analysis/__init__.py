"""The analysis engine: pure functions from an article to its Annotations.

Pipeline: quotes → tokens and sentences → named mentions → speakers → demands →
parties and outlets. Never imports the UI; `import tui.analysis` stays light.

Where things are: `quotes` (quotation marks), `tokens` (the Doc: words, sentences,
blocks), `lexicon` (the word lists in `lexicon/`), `mentions` (named actors),
`phrases` (noun phrases and clause subjects), `resolve` (pronouns and descriptions to
actors), `attribution/` (who said each quote, one module per rule family), `demands`,
`parties` and `outlets`, and `assemble` (the findings as `Annotations`).
"""
from __future__ import annotations

import gc

from ..ingest import Article
from ..model import Annotations
from .assemble import assemble
from .attribution import Attributor
from .demands import find_demands
from .lexicon import lexicon
from .mentions import find_mentions
from .quotes import find_quotes
from .resolve import Resolver
from .tokens import build_doc

__all__ = ["analyze", "analyze_text"]


def analyze(article: Article) -> Annotations:
    """Find the parties, outlets, quotes and demands of one article."""
    # The analysis makes no garbage cycles worth collecting while it runs, but it makes
    # millions of objects that live until it ends (tokens' lists, mentions, findings): the
    # cyclic collector would walk them again and again (28% of the CPU time on a 3 MB
    # article, growing with its size). Paused for the analysis, as the CLI and the app pause
    # it during start-up; resumed after, if it was running.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _analyze(article)
    finally:
        if paused:
            gc.enable()


def _analyze(article: Article) -> Annotations:
    text = article.text
    lx = lexicon()
    doc = build_doc(text, list(article.blocks), find_quotes(text, article.blocks))
    finder = find_mentions(doc)
    resolver = Resolver(doc, finder, lx)
    attributions = Attributor(doc, finder, resolver, lx).attribute()
    findings = find_demands(doc, finder, resolver, attributions, lx)
    return assemble(article, doc, finder, attributions, findings)


def analyze_text(text: str, path: str = "<text>") -> Annotations:
    """Convenience for scripts and tests: analyse a plain-text string."""
    from ..ingest import load_bytes

    return analyze(load_bytes(text.encode("utf-8"), path))
