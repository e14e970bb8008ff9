"""The user's own work on an article: notes, corrections, "marked wrong" flags.

- ``files.py``: where an article's notes live and whether it can have any (the light
  part: the reader asks it before the first frame);
- ``store.py``: the per-article store (records, JSON on disk, saved atomically);
- ``anchoring.py``: anchors that survive edits to the article (also used by the W3C export);
- ``corrections.py``: the analysis as the user sees it, the store applied to it.

Nothing is imported here: an article with no notes on disk loads ``files.py`` only, never
the rest. Import from the submodules. (Atomic writes are ``tui/atomic.py``: the exports
use them too.)
"""
