"""`newsreader FEED...`: the reader opened on the feed screen (``screens/feed.py``).

Feeds (RSS, Atom, an OPML list) are read before the UI starts, so an unreachable feed is
one line on stderr like a missing file; several feeds are listed as one.
"""
from __future__ import annotations

from argparse import Namespace
from types import SimpleNamespace

from ..ingest import Article
from ..ingest.feeds import Feed
from .newsreader import EXIT_BAD_INPUT, Launch, error


def open_feeds(opened: list[Article | Feed], args: Namespace | SimpleNamespace, gc_paused: bool,
               launch: Launch | None = None) -> int:
    feeds = [f for f in opened if isinstance(f, Feed)]
    if len(feeds) != len(opened):
        error("open feeds on their own, not with articles: "
              "`newsreader FEED` lists the feed's items, and enter reads one")
        return EXIT_BAD_INPUT
    feed = feeds[0] if len(feeds) == 1 else Feed(
        f"{len(feeds)} feeds", " ".join(f.name for f in feeds),
        [item for f in feeds for item in f.items], [n for f in feeds for n in f.notices])
    if launch is None:
        from ..app import run_app as launch

    return launch([], feed=feed, notes_dir=args.notes, gc_paused=gc_paused,
                  max_mb=args.max_mb, offline=args.offline)
