"""Where an article's notes live on disk, and whether it can have any, without loading
the notes machinery (``store.py``: JSON, re-anchoring, records), which an article with no
notes never needs: the reader's first frame does not wait for it.
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "NEWSREADER_NOTES"
INDEX_NAME = "index.json"
LOCK_NAME = "notes.lock"  # flock'ed by every save: see store.py


def notes_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where stores live: --notes DIR, else $NEWSREADER_NOTES, else the user data directory."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsreader", appauthor=False)) / "notes"


def store_file(directory: Path, sha256: str) -> Path:
    """The store of the text with this sha256."""
    return directory / f"{sha256}.json"


def may_have_notes(directory: Path, sha256: str) -> bool:
    """False only when the text can have no records: no store under its sha256 and no index
    (through which an earlier version of the text at the same path would be found)."""
    try:
        return store_file(directory, sha256).exists() or (directory / INDEX_NAME).exists()
    except OSError:  # e.g. a directory we may not search: opening the store reports it
        return True
