"""Derive tui/analysis/lexicon/organisations_phoenix.tsv from the Phoenix/CAMEO dictionary of
international bodies and NGOs.

    python3 tools/derive_organisations.py ../shared/data/actors/Phoenix.International.actors.txt

A build step, run by hand; the package ships the output and never reads the raw file.
Keeps the entries coded as intergovernmental (IGO…) or non-governmental (NGO…) bodies whose
name holds an organisation word (Agency, Fund, Organization, …) and pairs them with the
acronyms coded the same ("IAEA" and "International Atomic Energy Agency" share IGOUNOIAE).
People in the dictionary (officials, with no organisation word) are left out.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "tui" / "analysis" / "lexicon"
ENTRY = re.compile(r"^([A-Z][A-Z0-9_.&'-]*?)_*\s*\[((?:IGO|NGO)[A-Z]*)\]")
ORG_WORDS = {"AGENCY", "FUND", "ORGANIZATION", "ORGANISATION", "BANK", "COURT", "COMMISSION", "COUNCIL",
             "UNION", "PROGRAMME", "PROGRAM", "WATCH", "INTERNATIONAL", "FEDERATION", "ASSOCIATION",
             "LEAGUE", "TRIBUNAL", "COMMITTEE", "FORUM", "INSTITUTE", "FOUNDATION", "CROSS", "CRESCENT",
             "ALLIANCE", "SOCIETY", "PANEL", "OFFICE", "MOVEMENT", "CONFERENCE", "COMMUNITY", "PARTNERSHIP"}
SMALL = {"AND", "OF", "THE", "FOR", "ON", "IN", "TO"}
ACRONYM = re.compile(r"^[A-Z]{2,7}$")


def title(raw: str) -> str:
    words = raw.strip("_").split("_")
    out = []
    for i, w in enumerate(words):
        if i and w in SMALL:
            out.append(w.lower())
        elif len(w) == 2:
            out.append(w)  # "UN", "EU" inside a name
        else:
            out.append(w.capitalize().replace("'S", "'s"))
    return " ".join(out)


def organisations(path: Path) -> dict[str, tuple[str, set[str]]]:
    """code -> (canonical name, acronyms)."""
    names: dict[str, str] = {}
    acronyms: dict[str, set[str]] = {}
    counts: dict[str, int] = {}  # full names coded the same
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = ENTRY.match(line)
        if not m:
            continue
        raw, code = m.group(1), m.group(2)
        words = raw.strip("_").split("_")
        if len(words) == 1 and ACRONYM.match(words[0]):
            acronyms.setdefault(code, set()).add(words[0])
        elif ORG_WORDS & set(words) and len(words) <= 8 and code not in ("IGOUNO", "NGO", "IGO"):
            name = title(raw).removeprefix("The ")
            counts[code] = counts.get(code, 0) + 1
            if code not in names or len(name) < len(names[code]):
                names[code] = name  # the shortest full name of the body
    out = {}
    for code, name in names.items():
        acr = acronyms.get(code, set())
        # an acronym belongs to a name it spells, or to the one body under a code of its own
        sole = counts[code] == 1 and len(acr) == 1 and next(iter(acr))[0] == name[0]
        out[code] = (name, acr if sole else {a for a in acr if a == initials(name)})
    return out


def initials(name: str) -> str:
    """'International Atomic Energy Agency' -> 'IAEA' (small words left out)."""
    return "".join(w[0] for w in name.split() if w.upper() not in SMALL).upper()


def main() -> None:
    known = set()
    for f in ("organisations.tsv", "states.tsv", "outlets.txt"):
        for line in (LEXICON / f).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                cells = line.split("\t")
                known.add(cells[0].lower())
                if len(cells) > 1:
                    known |= {a.strip().lower() for a in cells[1].split(",")}
    out = ["# International bodies and NGOs the hand-made organisations.tsv lacks, derived by",
           "# tools/derive_organisations.py from the Phoenix/CAMEO dictionary (Phoenix.International.actors.txt,",
           "# PETRARCH2), MIT licence, Copyright (c) 2014 Open Event Data. Same columns as organisations.tsv."]
    seen: set[str] = set()
    for code, (name, acr) in sorted(organisations(Path(sys.argv[1])).items(), key=lambda x: x[1][0]):
        if name.lower() in known or name in seen:
            continue
        seen.add(name)
        aliases = sorted(a for a in acr if a.lower() not in known)
        out.append(f"{name}\t{','.join(aliases)}\t")
    (LEXICON / "organisations_phoenix.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
