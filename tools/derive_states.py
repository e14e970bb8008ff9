"""Derive tui/analysis/lexicon/states_phoenix.tsv from the Phoenix/CAMEO country dictionary.

    python3 tools/derive_states.py ../shared/data/actors/Phoenix.Countries.actors.txt

A build step, run by hand when the dictionary changes; the package ships its output and
never reads the raw dictionary. Takes every state the hand-made states.tsv lacks, with its
demonym(s): a synonym listed under the state's entry that shares the name's first three
letters and ends like an adjective of nationality ("CYPRIOT", "MALIAN", "NIGERIEN").
Misspellings of the name ("CYRPUS") are left out.
"""
from __future__ import annotations

import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "tui" / "analysis" / "lexicon"
HEADER = re.compile(r"^([A-Z][A-Z_'-]*?)_*\s+\[([A-Z]{3})\]\s*$")
# Dictionary names whose everyday short form differs.
SHORT = {"RUSSIAN_FEDERATION": "Russia", "UNITED_STATES_OF_AMERICA": "United States",
         "REPUBLIC_OF_SOUTH_AFRICA": "South Africa", "UNITED_REPUBLIC_OF_TANZANIA": "Tanzania",
         "BRUNEI_DARUSSALAM": "Brunei", "MADAGASKAR": "Madagascar", "SWAZILAND": "Eswatini",
         "FEDERATION_OF_SAINT_KITTS_AND_NEVIS": "", "GERMAN_DEMOCRATIC_REPUBLIC": "", "KINAKUTA": "",
         # a first name as often as a state ("Chad Wolf said"): left to the hand-made list
         "CHAD": ""}
DEMONYM_ENDINGS = ("an", "ian", "ese", "i", "ish", "ic", "ot", "iot", "ien", "er", "ine")
SMALL = {"and", "of", "the"}


def title(raw: str) -> str:
    words = raw.strip("_").split("_")
    return " ".join(w.lower() if i and w.lower() in SMALL else w.capitalize() for i, w in enumerate(words))


def misspelt(word: str, name: str) -> bool:
    """Nearly the same letters as the name: a variant spelling ("Cyrpus"), not a demonym."""
    return SequenceMatcher(None, word.lower(), name.lower()).ratio() >= 0.9


def demonyms(name: str, synonyms: list[str]) -> list[str]:
    out = []
    for s in synonyms:
        word = s.strip("_ ").capitalize()
        if "_" in word or not word.lower().endswith(DEMONYM_ENDINGS):
            continue
        stem = name[:max(3, len(name) - 2)]
        if word[:3] != name[:3] or word == name or not (word.startswith(stem) or len(word) < len(name)) \
                or misspelt(word, name):
            continue
        if word not in out:
            out.append(word)
    return out


def states(path: Path) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    name, synonyms = None, []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines() + [""]:
        m = HEADER.match(line)
        if m or (name and not line.startswith("+")):
            if name:
                rows.append((name, demonyms(name, synonyms)))
            name, synonyms = None, []
        if m:
            raw = m.group(1)
            name = SHORT.get(raw, title(raw)) or None
        elif name and line.startswith("+"):
            synonyms.append(line[1:].split("#")[0].strip())
    return rows


def main() -> None:
    known = set()
    for line in (LEXICON / "states.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            known.add(line.split("\t")[0])
    out = ["# States the hand-made states.tsv lacks, with their demonyms, derived by tools/derive_states.py",
           "# from the Phoenix/CAMEO country dictionary (Phoenix.Countries.actors.txt, PETRARCH2),",
           "# MIT licence, Copyright (c) 2014 Open Event Data. Same columns as states.tsv."]
    for name, dem in states(Path(sys.argv[1])):
        if not dem and name.endswith("a") and " " not in name:
            dem = [name + "n"]  # Albania -> Albanian, Rwanda -> Rwandan
        if name not in known:
            out.append(f"{name}\t{','.join(dem)}")
    (LEXICON / "states_phoenix.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
