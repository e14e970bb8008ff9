"""Imported by the pool's fork server (and each worker where there is none): the engine
and its lexicons, loaded once before any article arrives."""
from __future__ import annotations

from ..analysis import analyze  # noqa: F401
from ..analysis.lexicon import lexicon
from ..export import json_  # noqa: F401
from . import work  # noqa: F401

lexicon()
