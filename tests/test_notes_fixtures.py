"""A hand-built analysis with parties, speakers, a multi-paragraph quote and demands,
shared by the notes and export tests (the engine does not find all of these yet)."""
from __future__ import annotations

import hashlib

from tui.model import Annotations, Block, Demand, Member, Outlet, Party, Quote, Source, Span, Speaker

TEXT = (
    "Talks stall in Cairo\n"
    "Israel and Hamas traded blame on Monday. \u201cWe will not accept a deal that leaves "
    "hostages behind,\u201d said Benjamin Netanyahu, according to Reuters.\n"
    "Hamas official Basem Naim said: \u201cThe occupation must withdraw completely.\n"
    "\u201cAny agreement must end the war.\u201d\n"
    "Egypt demanded a ceasefire. <script>alert(1)</script> *bold* [x](javascript:alert(1))\n"
)


def span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def speaker(name: str, party: str | None, s: Span) -> Speaker:
    return Speaker(name, party, s.start, s.end, s.text)


def blocks(text: str) -> list[Block]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Block(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def build(text: str = TEXT, path: str = "/articles/cairo.txt") -> Annotations:
    """The analysis of text; items whose words are missing from text are left out."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    ann = Annotations(Source(path, "text", "Talks stall in Cairo", sha), text, blocks(text))
    has = text.__contains__
    israel = Party("israel", "Israel", "state", [span(text, "Israel")] if has("Israel") else [],
                   [Member("Benjamin Netanyahu", "prime minister")])
    hamas = Party("hamas", "Hamas", "organisation",
                  [span(text, "Hamas", i) for i in range(text.count("Hamas"))])
    egypt = Party("egypt", "Egypt", "state", [span(text, "Egypt")] if has("Egypt") else [])
    ann.parties = [israel, hamas, egypt]
    if has("Reuters"):
        ann.outlets = [Outlet("reuters", "Reuters", [span(text, "Reuters")])]
    q1 = "We will not accept a deal that leaves hostages behind,"
    if has(q1):
        s = span(text, q1)
        ann.quotes.append(Quote("q1", s.start, s.end, q1, "direct",
                                speaker("Benjamin Netanyahu", "israel", span(text, "Benjamin Netanyahu")),
                                span(text, "said"), "reuters" if has("Reuters") else None))
    q2 = "The occupation must withdraw completely.\n\u201cAny agreement must end the war."
    if has(q2):
        s = span(text, q2)
        ann.quotes.append(Quote("q2", s.start, s.end, q2, "direct",
                                speaker("Basem Naim", "hamas", span(text, "Basem Naim")),
                                span(text, "said", 1)))
    if has("demanded a ceasefire"):
        d = span(text, "demanded a ceasefire")
        ann.demands.append(Demand("d1", "egypt", "demand", "a ceasefire", d.start, d.end, d.text,
                                  speaker("Egypt", "egypt", span(text, "Egypt")), span(text, "demanded")))
    if has("will not accept a deal"):
        d = span(text, "will not accept a deal")
        ann.demands.append(Demand("d2", "israel", "reject", "a deal that leaves hostages behind",
                                  d.start, d.end, d.text, ann.quotes[0].speaker, None, "q1"))
    return ann


def test_fixture_spans_slice_the_text():
    ann = build()
    spans = [m for p in ann.parties for m in p.mentions] + list(ann.quotes) + list(ann.demands)
    assert len(spans) == 8
    assert all(ann.text[s.start:s.end] == s.text for s in spans)
