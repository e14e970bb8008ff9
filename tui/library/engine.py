"""The engine's version: a digest of the code and word lists the analysis depends on.

A stored analysis made by another version is recomputed when it is next read, so the
library never shows findings of an older engine. Computed from the files themselves, so
no one has to remember to bump a number.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from ..model import SCHEMA_ID

_PACKAGE = Path(__file__).resolve().parent.parent
_PARTS = ("analysis", "ingest")
_SUFFIXES = {".py", ".txt", ".tsv"}


@lru_cache(maxsize=1)
def engine_version() -> str:
    """``newsreader.annotations/1+<16 hex>``: the model's schema and the engine's digest."""
    h = hashlib.sha256()
    for part in _PARTS:
        for path in sorted((_PACKAGE / part).rglob("*")):
            if path.suffix in _SUFFIXES and path.is_file() and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(_PACKAGE)).encode())
                h.update(b"\0")
                h.update(path.read_bytes())
                h.update(b"\0")
    h.update((_PACKAGE / "model.py").read_bytes())
    return f"{SCHEMA_ID}+{h.hexdigest()[:16]}"
