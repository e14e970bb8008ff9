"""`w3c`: a W3C Web Annotation collection (JSON-LD).

Every party mention, quote and demand is an Annotation whose target carries a
TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector (code points, end
excluded). Quote -> speaker is a ``linking`` annotation; notes are ``commenting`` with
their tags as ``tagging`` bodies; corrections are ``editing``; items the user marked
wrong are ``moderating``. The context is the W3C one (shipped in tui/schema/anno.jsonld
for offline processing); nothing is fetched.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..notes.anchoring import CONTEXT, make_anchor
from ..model import Annotations
from .common import party_name

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
GENERATOR = {"id": "urn:newsreader:software", "type": "Software", "name": "newsreader"}


def source_iri(ann: Annotations) -> str:
    if ann.source.url:  # a web page: the address it was read from
        return ann.source.url
    if ann.source.path:
        return Path(ann.source.path).expanduser().resolve().as_uri()
    return f"urn:newsreader:text:{ann.source.sha256}"


def _base(ann: Annotations) -> str:
    # Content-keyed ids: the same text exports the same ids wherever the file lives.
    return f"urn:newsreader:{ann.source.sha256[:16]}"


def selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    a = make_anchor(text, start, end, CONTEXT)
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": a.exact}
    if a.prefix:
        quote["prefix"] = a.prefix
    if a.suffix:
        quote["suffix"] = a.suffix
    return [quote, {"type": "TextPositionSelector", "start": start, "end": end}]


def span_target(ann: Annotations, start: int, end: int) -> dict[str, Any]:
    return {"type": "SpecificResource", "source": source_iri(ann),
            "selector": selectors(ann.text, start, end)}


def _body(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"}


def _anno(anno_id: str, motivation: str, target: Any, body: list[dict[str, Any]] | None = None,
          **more: Any) -> dict[str, Any]:
    a: dict[str, Any] = {"id": anno_id, "type": "Annotation", "motivation": motivation}
    if body:
        a["body"] = body if len(body) > 1 else body[0]
    a["target"] = target
    a.update(more)
    return a


def _party_annotations(ann: Annotations, base: str) -> list[dict[str, Any]]:
    out = []
    for p in ann.parties:
        for i, m in enumerate(p.mentions, 1):
            out.append(_anno(f"{base}:mention:{p.id}:{i}", "identifying", span_target(ann, m.start, m.end),
                             [_body(p.name, "identifying"), _body(f"party:{p.kind}", "classifying")]))
    return out


def _quote_annotations(ann: Annotations, base: str) -> list[dict[str, Any]]:
    out = []
    for q in ann.quotes:
        qid = f"{base}:quote:{q.id}"
        out.append(_anno(qid, "classifying", span_target(ann, q.start, q.end), [_body("quote", "classifying")]))
        if q.cue:
            out.append(_anno(f"{base}:cue:{q.id}", "classifying", span_target(ann, q.cue.start, q.cue.end),
                             [_body("cue", "classifying")]))
        sp = q.speaker
        if sp and sp.name:
            body = [_body(sp.name, "identifying")]
            if sp.party:
                body.append(_body(f"party:{party_name(ann, sp.party)}", "describing"))
            if sp.end > sp.start:
                body.insert(0, {**span_target(ann, sp.start, sp.end), "purpose": "identifying"})
            out.append(_anno(f"{base}:speaker:{q.id}", "linking", qid, body))
    return out


def _demand_annotations(ann: Annotations, base: str) -> list[dict[str, Any]]:
    out = []
    for x in ann.demands:
        body = [_body(x.stance, "classifying"), _body(f"type:{x.type}", "classifying"),
                _body(x.summary, "describing")]
        if x.party:
            body.append(_body(party_name(ann, x.party), "identifying"))
        body += [_body(f"target:{party_name(ann, t)}", "identifying") for t in x.targets]
        out.append(_anno(f"{base}:demand:{x.id}", "classifying", span_target(ann, x.start, x.end), body))
    return out


def _record_target(ann: Annotations, base: str, target: dict[str, Any]) -> Any:
    anchor = target.get("anchor")
    if anchor and anchor.get("exact"):
        return {"type": "SpecificResource", "source": source_iri(ann),
                "selector": [{"type": "TextQuoteSelector", "exact": anchor["exact"],
                              "prefix": anchor.get("prefix", ""), "suffix": anchor.get("suffix", "")},
                             {"type": "TextPositionSelector", "start": anchor["start"], "end": anchor["end"]}]}
    return f"{base}:party:{target['id']}"


def _user_annotations(ann: Annotations, base: str) -> list[dict[str, Any]]:
    out = []
    for n in ann.extra.get("notes", []):
        body = [_body(n["text"], "commenting")] + [_body(t, "tagging") for t in n.get("tags", [])]
        extra = {"created": n["created"]} if n.get("created") else {}
        if n.get("modified"):
            extra["modified"] = n["modified"]
        out.append(_anno(f"{base}:note:{n['id']}", "commenting",
                         _record_target(ann, base, n["target"]), body, **extra))
    for c in ann.extra.get("corrections", []):
        body = []
        if c.get("speaker") is not None:
            body.append(_body(f"speaker: {c['speaker']}", "editing"))
        if c.get("party") is not None:
            body.append(_body(f"party: {party_name(ann, c['party'])}", "editing"))
        out.append(_anno(f"{base}:correction:{c['id']}", "editing",
                         _record_target(ann, base, c["target"]), body or None))
    for x in ann.extra.get("dismissed", []):
        out.append(_anno(f"{base}:dismissed:{x['id']}", "moderating",
                         _record_target(ann, base, x["target"]),
                         [_body(f"{x['target']['kind']} marked wrong by the user", "moderating")]))
    return out


def annotations_for(ann: Annotations) -> list[dict[str, Any]]:
    base = _base(ann)
    return (_party_annotations(ann, base) + _quote_annotations(ann, base)
            + _demand_annotations(ann, base) + _user_annotations(ann, base))


def collection(docs: list[Annotations]) -> dict[str, Any]:
    items = [a for d in docs for a in annotations_for(d)]
    cid = "urn:newsreader:collection:" + "-".join(d.source.sha256[:12] for d in docs)
    label = docs[0].source.title if len(docs) == 1 else f"{len(docs)} articles"
    return {"@context": ANNO_CONTEXT, "id": cid, "type": "AnnotationCollection",
            "label": label, "generator": GENERATOR, "total": len(items),
            "first": {"id": f"{cid}:page1", "type": "AnnotationPage", "startIndex": 0, "items": items}}


def render(docs: list[Annotations]) -> str:
    return json.dumps(collection(docs), ensure_ascii=False, indent=2) + "\n"
