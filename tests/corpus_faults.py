"""Work functions for the process-pool tests: the real per-article function with a fault
injected where it runs, in the worker. Module-level, so the pool's workers import them by
name (the tests directory is on their sys.path, as on the parent's)."""
from __future__ import annotations

import os

from tui.corpus.work import analyze_batch


def engine_fails_on_boom(items, options):
    """The engine raises for an article whose text holds BOOM (a bug on one article)."""
    import tui.analysis as engine

    real = engine.analyze

    def analyze(article):
        if "BOOM" in article.text:
            raise RuntimeError("boom\nwith a second line")
        return real(article)

    engine.analyze = analyze
    try:
        return analyze_batch(items, options)
    finally:
        engine.analyze = real


def dies_on_kill(items, options):
    """The worker process dies (as the kernel's OOM killer would end it) on KILL."""
    for item in items:
        if b"KILL" in getattr(item, "line", b""):
            os._exit(9)
    return analyze_batch(items, options)


def task_raises_on_raise(items, options):
    """The task itself raises (not one article's analysis): its whole batch is lost."""
    if any(b"RAISE" in getattr(item, "line", b"") for item in items):
        raise RuntimeError("task failed")
    return analyze_batch(items, options)
