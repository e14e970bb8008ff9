"""Paths to the files shipped inside the package (seeds, styles, schemas)."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SEEDS_DIR = PACKAGE_DIR / "seeds"
STYLES_DIR = PACKAGE_DIR / "styles"
SCHEMA_DIR = PACKAGE_DIR / "schema"
SAMPLE_ARTICLE = SEEDS_DIR / "gaza-truce-talks.txt"
