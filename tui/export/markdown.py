"""`md`: a readable brief — parties with their demands and rejections, quotes by speaker,
and the user's notes.

Article text and notes are untrusted: every piece of it goes through ``md_text``, which
escapes what Markdown would read as inline structure (emphasis, code, links, HTML,
entities) and what would start a block (headings, lists, quotes, rules) at a line start.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..model import Annotations, Quote
from .common import note_line, notes_on, outlet_name, party_name, quote_party, speaker_name

_INLINE = re.compile(r"([\\`*_\[\]<>|~&#!])")
_BLOCK_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+=>])")


def md_text(text: str) -> str:
    """One line of untrusted text, safe to place in Markdown: newlines become spaces."""
    line = " ".join(text.split())
    line = _INLINE.sub(r"\\\1", line)
    return _BLOCK_START.sub(lambda m: (f"{m[1]}{m[2]}\\{m[3]}" if m[2] else f"{m[4]}\\{m[5]}"), line)


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _note_items(notes: list[dict[str, Any]], indent: str = "") -> list[str]:
    return [f"{indent}- *Note:* {md_text(note_line(n))}" for n in notes]


def _parties(ann: Annotations) -> list[str]:
    out = ["## Parties", ""]
    if not ann.parties:
        return out + ["No parties found.", ""]
    for p in ann.parties:
        out.append(f"### {md_text(p.name)} ({p.kind})")
        out.append("")
        if p.members:
            members = ", ".join(md_text(f"{m.name} ({m.role})" if m.role else m.name) for m in p.members)
            out += [f"Members: {members}", ""]
        out += _note_items(notes_on(ann, "party", p.id))
        for stance, title in (("demand", "Demands"), ("reject", "Rejects")):
            items = [x for x in ann.demands if x.party == p.id and x.stance == stance]
            if not items:
                continue
            out += ["", f"**{title}**", ""]
            for x in items:
                who = md_text(x.holder.name) if x.holder.name else "unattributed"
                of = ", ".join(md_text(party_name(ann, t)) for t in x.targets)
                kind = f"{x.type}; of {of}" if of else x.type
                also = "".join(f"; “{md_text(e.text)}”" for e in x.evidence)
                out.append(f"- {md_text(x.summary)} ({kind}) — “{md_text(x.text)}”{also} ({who})")
                out += _note_items(notes_on(ann, "demand", x.id), "  ")
        if not any(x.party == p.id for x in ann.demands):
            out += ["", "No demands or rejections found."]
        out.append("")
    return out


def _quote_block(ann: Annotations, q: Quote) -> list[str]:
    out = []
    for para in q.text.split("\n"):
        if para.strip():
            out += [f"> {md_text(para)}", ">"]
    where = f"{q.id} · {q.start}–{q.end}"
    if q.outlet:
        where += f" · via {md_text(outlet_name(ann, q.outlet))}"
    out[-1:] = ["", where, ""]
    return out + _note_items(notes_on(ann, "quote", q.id)) + [""]


def _quotes(ann: Annotations) -> list[str]:
    out = ["## Quotes by speaker", ""]
    if not ann.quotes:
        return out + ["No quotes found.", ""]
    groups: dict[tuple[str, str], list[Quote]] = defaultdict(list)
    for q in ann.quotes:
        groups[(speaker_name(q), quote_party(ann, q))].append(q)
    for (speaker, party), quotes in groups.items():
        title = md_text(speaker) if speaker else "Unattributed"
        if party and party != speaker:
            title += f" ({md_text(party)})"
        out += [f"### {title}", ""]
        for q in quotes:
            out += _quote_block(ann, q)
    return out


def _target_label(ann: Annotations, target: dict[str, Any]) -> str:
    anchor = target.get("anchor") or {}
    words = f" “{md_text(_excerpt(anchor.get('exact', '')))}”" if anchor.get("exact") else ""
    if target["kind"] in ("party", "mention"):
        return f"{target['kind']} {md_text(party_name(ann, target['id']) or target.get('label', ''))}"
    return f"{target['kind']} {md_text(target['id'])}{words}"


def _user_sections(ann: Annotations) -> list[str]:
    notes = ann.extra.get("notes", [])
    out = ["## Notes", ""]
    placed = [n for n in notes if not n.get("orphan")]
    out += [f"- On {_target_label(ann, n['target'])}: {md_text(note_line(n))}" for n in placed]
    out += ["No notes." if not placed else "", ""]
    orphans = [n for n in notes if n.get("orphan")]
    if orphans:
        out += ["## Orphaned notes", "",
                "These notes' passages were not found in this version of the text.", ""]
        out += [f"- Was on {_target_label(ann, n['target'])}: {md_text(note_line(n))}" for n in orphans]
        out.append("")
    corrections = ann.extra.get("corrections", [])
    if corrections:
        out += ["## Corrections", ""]
        for c in corrections:
            what = []
            if c.get("speaker") is not None:
                what.append(f"speaker → {md_text(c['speaker'])}")
            if c.get("party") is not None:
                what.append(f"party → {md_text(party_name(ann, c['party']))}")
            state = " (not found in this text)" if c.get("orphan") else ""
            out.append(f"- {_target_label(ann, c['target'])}: {'; '.join(what)}{state}")
        out.append("")
    dismissed = ann.extra.get("dismissed", [])
    if dismissed:
        out += ["## Marked wrong", ""]
        out += [f"- {_target_label(ann, x['target'])}" for x in dismissed]
        out.append("")
    return out


def brief(ann: Annotations) -> str:
    src = ann.source
    where = [md_text(src.url or src.path)] + [md_text(x) for x in (src.site, src.date) if x]
    if src.byline:
        where.append(f"by {md_text(src.byline)}")
    lines = [f"# {md_text(src.title or 'Article')}", "",
             f"Source: {' · '.join(where)} · sha256 {src.sha256[:12]}", ""]
    lines += _parties(ann) + _quotes(ann) + _user_sections(ann)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip() + "\n"


def render(docs: list[Annotations]) -> str:
    return "\n---\n\n".join(brief(d) for d in docs)
