"""Derive tui/analysis/lexicon/agents_phoenix.txt from the Phoenix/CAMEO agents dictionary:
the one-word role nouns of people and groups ("farmer", "rancher", "pilot", "clergy"), in
the singular and plural, lowercase.

    python3 tools/derive_agents.py ../shared/data/actors/Phoenix.agents.txt

A build step, run by hand; the package ships the output and never reads the raw file.
Multi-word entries ("DAIRY_FARMER") and the !PERSON!/!MINIST! templates are left out:
their head word is listed on its own where the dictionary has it.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "tui" / "analysis" / "lexicon"
ENTRY = re.compile(r"^([A-Z][A-Z'-]+)\s*\[~?[A-Z]+\]")
# Entries that are things, not people or groups, in this use.
DROP = {"website", "aerospace", "state-owned", "preschool", "web", "internet", "media"}
NOTICE = """# One-word role nouns of people and groups, derived by tools/derive_agents.py from the
# Phoenix/CAMEO agents dictionary (PETRARCH2, MIT licence, (c) 2014 Open Event Data).
"""


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def main(path: str) -> None:
    words: set[str] = set()
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        m = ENTRY.match(line.strip())
        if m and "_" not in m.group(1) and "!" not in line.split("[")[0]:
            w = m.group(1).lower()
            if len(w) > 2 and w not in DROP:
                words |= {w, plural(w)}
    (LEXICON / "agents_phoenix.txt").write_text(NOTICE + "".join(f"{w}\n" for w in sorted(words)), encoding="utf-8")
    print(len(words), "nouns")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/actors/Phoenix.agents.txt")
