"""A story as a brief: Markdown, HTML (the Markdown rendered, raw HTML off) or JSON.

The Markdown brief: the articles (with where each date came from), then each party with
its demands and rejections over time (first seen, repeated, rejected, dropped; each with
its article and date), the who-demands-what-of-whom matrix, key quotes by speaker, and
the user's notes on the story's items. Untrusted text goes through ``md_text`` as in the
article brief.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from html import escape

from ..export.markdown import md_text
from .stories import NO_TARGET, Occurrence, Story, StoryQuote, Thread, story_to_dict

KEY_QUOTES = 3  # per speaker
KEY_SPEAKERS = 12
FORMATS = ("md", "html", "json")


def _cut(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _where(story: Story, o: Occurrence | StoryQuote) -> str:
    a = story.article(o.article_id)
    site = f"{md_text(a.site)}, " if a.site else ""
    return f"{o.date}, {site}#{a.id} “{md_text(_cut(a.title, 70))}”"


def _thread_lines(story: Story, t: Thread) -> list[str]:
    verb = "demands" if t.stance == "demand" else "rejects"
    of = ", ".join(md_text(story.name_of(k)) for k in t.targets)
    head = f"- **{t.first}** {verb} [{md_text(t.type)}]" + (f" of {of}" if of else "")
    head += f": {md_text(_cut(t.summary, 120))}"
    status = t.status()
    if status == "repeated":
        head += f" — repeated {', '.join(t.repeated)}"
    elif status == "once":
        head += " — once"
    out = [head]
    for o in t.occurrences:
        who = f" ({md_text(o.holder)})" if o.holder and o.holder != story.name_of(t.party) else ""
        out.append(f"  - {_where(story, o)}: “{md_text(_cut(o.text))}”{who}")
    for key, r in t.rejected_by:
        out.append(f"  - *met with a rejection* by {md_text(story.name_of(key))}: "
                   f"{_where(story, r)}: “{md_text(_cut(r.text))}”")
    if t.dropped_after:
        if t.repeated and not t.rejected_by:
            out[0] += f" — repeated {', '.join(t.repeated)}"
        out.append(f"  - *dropped*: not repeated after {t.dropped_after} "
                   f"({t.later_articles} later article{'s' if t.later_articles != 1 else ''} "
                   f"with {md_text(story.name_of(t.party))})")
    return out


def _articles(story: Story) -> list[str]:
    sources = story.date_sources()
    said = ", ".join(f"{n} from {src}" for src, n in sources.most_common())
    out = ["## Articles", "", f"Dates: {said}.", "",
           "| # | date | date from | site | title |", "| --- | --- | --- | --- | --- |"]
    for a in story.articles:
        out.append(f"| {a.id} | {a.date or 'undated'} | {a.date_source or '—'} | "
                   f"{md_text(a.site) or '—'} | {md_text(_cut(a.title, 90))} |")
    return out + [""]


def _parties(story: Story) -> list[str]:
    out = ["## Parties: demands and rejections over time", ""]
    active = story.active_parties()
    if not active:
        return out + ["No party demands, rejects or is quoted in this story.", ""]
    for p in active:
        threads = story.threads_of(p.key)
        n_art = len(p.articles)
        also = f"; also named {', '.join(md_text(a) for a in p.aliases[:6])}" if p.aliases else ""
        out += [f"### {md_text(p.name)} ({p.kind})", "",
                f"In {n_art} article{'s' if n_art != 1 else ''}{also}. "
                f"{sum(1 for t in threads if t.stance == 'demand')} demands, "
                f"{sum(1 for t in threads if t.stance == 'reject')} rejections, "
                f"{len(story.quotes_of(p.key))} quotes.", ""]
        days = [(d, n, r) for d, n, r in story.per_day(p.key) if n or r]
        if days:
            out += ["Per day: " + "; ".join(f"{d} +{n} −{r}" for d, n, r in days), ""]
        for t in threads:
            out += _thread_lines(story, t)
        if threads:
            out.append("")
    unattributed = story.threads_of("")
    if unattributed:
        out += ["### Unattributed", ""]
        for t in unattributed:
            out += _thread_lines(story, t)
        out.append("")
    return out


def _matrix(story: Story) -> list[str]:
    out = ["## Who demands what of whom", ""]
    if not story.matrix:
        return out + ["No demands in this story.", ""]
    holders = [p.key for p in story.active_parties() if any(h == p.key for h, _ in story.matrix)]
    if any(h == "" for h, _ in story.matrix):
        holders.append("")
    targets = list(dict.fromkeys(t for _, t in sorted(story.matrix, key=lambda x: x[1] == NO_TARGET)))
    out.append("| holder \\ of | " + " | ".join(
        md_text(story.name_of(t)) if t else "— (none named)" for t in targets) + " |")
    out.append("| --- |" + " --- |" * len(targets))
    for h in holders:
        cells = []
        for t in targets:
            items = story.matrix.get((h, t), [])
            d = sum(1 for o in items if o.demand.stance == "demand")
            r = len(items) - d
            cells.append(" ".join(s for s in (f"+{d}" if d else "", f"−{r}" if r else "") if s) or "·")
        out.append(f"| {md_text(story.name_of(h))} | " + " | ".join(cells) + " |")
    return out + [""]


def _quotes(story: Story) -> list[str]:
    out = ["## Key quotes by speaker", ""]
    groups: dict[tuple[str, str | None], list[StoryQuote]] = defaultdict(list)
    for q in story.quotes:
        if q.speaker:
            groups[q.speaker, q.party].append(q)
    if not groups:
        return out + ["No attributed quotes.", ""]
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))[:KEY_SPEAKERS]
    for (speaker, party), quotes in ranked:
        pname = story.name_of(party) if party else ""
        title = md_text(speaker) + (f" ({md_text(pname)})" if pname and pname != speaker else "")
        out += [f"### {title}", "", f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}; "
                f"the longest {min(KEY_QUOTES, len(quotes))}:", ""]
        for q in sorted(quotes, key=lambda q: -len(q.quote.text))[:KEY_QUOTES]:
            out += [f"> {md_text(_cut(q.quote.text, 300))}", "", f"{_where(story, q)}", ""]
    return out


def _notes(story: Story) -> list[str]:
    lines = []
    for a in story.articles:
        for n in story.docs[a.id].extra.get("notes", []):
            if n.get("orphan"):
                continue
            text = " ".join(str(n.get("text", "")).split())
            tags = " ".join(f"#{t}" for t in n.get("tags", []))
            lines.append(f"- #{a.id} {a.date or 'undated'}, on {n['target']['kind']}: "
                         f"{md_text((text + ' ' + tags).strip())}")
    return (["## Notes", ""] + lines + [""]) if lines else []


def render_md(story: Story) -> str:
    first, last = story.dates[0], story.dates[-1]
    span = first if first == last else f"{first} to {last}"
    lines = [f"# Story: {md_text(story.name)}", "",
             f"{len(story.articles)} articles, {span}; "
             f"{len(story.active_parties())} parties heard, "
             f"{sum(1 for t in story.threads if t.stance == 'demand')} demands and "
             f"{sum(1 for t in story.threads if t.stance == 'reject')} rejections "
             f"across the coverage, {len(story.quotes)} quotes. Dates taken from: "
             + ", ".join(f"{src} ({n})" for src, n in story.date_sources().most_common())
             + ".", ""]
    lines += _parties(story) + _matrix(story) + _quotes(story) + _notes(story) + _articles(story)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).rstrip() + "\n"


_STYLE = ("body{max-width:60em;margin:2em auto;padding:0 1em;font:16px/1.5 sans-serif}"
          "blockquote{border-left:4px solid #ccc;margin:0;padding-left:1em;color:#333}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:0 .4em}")


def render_html(story: Story) -> str:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    body = md.render(render_md(story))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(story.name)} — newsreader story</title>\n<style>{_STYLE}</style>\n"
            f"</head>\n<body>\n{body}</body>\n</html>\n")


def render_json(story: Story) -> str:
    from ..export.json_ import escape_controls

    return escape_controls(json.dumps(story_to_dict(story), ensure_ascii=False, indent=2) + "\n")


def render(story: Story, fmt: str) -> str:
    from ..ingest import sanitize

    if fmt == "md":
        return sanitize(render_md(story))
    if fmt == "html":
        return sanitize(render_html(story))
    if fmt == "json":
        return render_json(story)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
