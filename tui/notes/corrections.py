"""The analysis as the user sees it: corrections applied, marked-wrong items hidden,
notes attached. Every export starts from ``apply_user_annotations``.

The result is a new Annotations (the engine's output is never changed in place). Its
``extra`` carries ``notes``, ``corrections`` and ``dismissed`` (the hidden items
themselves, so they stay recoverable), as described in annotations.schema.json.
"""
from __future__ import annotations

from typing import Any

from ..model import Annotations, Party, Quote, Speaker
from .store import Correction, NoteStore


def copy_annotations(ann: Annotations) -> Annotations:
    copy = Annotations.from_dict(ann.to_dict())
    copy.source_text = ann.source_text
    return copy


def _corrected_speaker(quote: Quote, corr: Correction, ann: Annotations) -> Speaker:
    old = quote.speaker
    party = corr.party if corr.party is not None else (old.party if old else None)
    if corr.speaker is not None:
        name = corr.speaker
    elif old is not None and old.name:
        name = old.name
    else:  # only the party was corrected: the party speaks
        p = ann.party(party)
        name = p.name if p else ""
    if old is not None:
        # Keep the mention in the text only if the named speaker is still that mention.
        if corr.speaker is None or corr.speaker == old.name:
            return Speaker(name, party, old.start, old.end, old.text)
    # A speaker the user typed has no span in the text: an empty span at the quote.
    return Speaker(name, party, quote.start, quote.start, "")


def _add_new_party(ann: Annotations, corr: Correction) -> None:
    np = corr.new_party
    if np is None or ann.party(np.id) is not None:
        return
    ann.parties.append(Party(np.id, np.name, np.kind))


def _apply_corrections(ann: Annotations, store: NoteStore) -> list[dict[str, Any]]:
    applied: list[dict[str, Any]] = []
    for corr in store.corrections:
        record = corr.to_dict()
        qid = store.resolved.get(corr.id)
        quote = next((q for q in ann.quotes if q.id == qid), None)
        if quote is not None and not corr.orphan:
            _add_new_party(ann, corr)
            record["original"] = quote.speaker.to_dict() if quote.speaker else None
            quote.speaker = _corrected_speaker(quote, corr, ann)
            for demand in ann.demands:  # demands resting on this quote follow its speaker
                if demand.quote == quote.id and quote.speaker.party:
                    demand.party = quote.speaker.party
        applied.append(record)
    return applied


def _hide_dismissed(ann: Annotations, store: NoteStore) -> list[dict[str, Any]]:
    hidden: list[dict[str, Any]] = []
    for rec in store.dismissed:
        item_id = store.resolved.get(rec.id)
        record = rec.to_dict()
        record["item"] = None
        kind = rec.target.kind
        if item_id is not None and not rec.orphan:
            if kind == "quote":
                record["item"] = _pop(ann.quotes, item_id)
            elif kind == "demand":
                record["item"] = _pop(ann.demands, item_id)
            elif kind == "party":
                record["item"] = _pop(ann.parties, item_id)
            elif kind == "mention" and rec.target.anchor is not None:
                record["item"] = _pop_mention(ann, item_id, rec.target.anchor.start,
                                              rec.target.anchor.end)
        hidden.append(record)
    return hidden


def _pop(items: list[Any], item_id: str) -> dict[str, Any] | None:
    for i, item in enumerate(items):
        if item.id == item_id:
            return items.pop(i).to_dict()
    return None


def _pop_mention(ann: Annotations, party_id: str, start: int, end: int) -> dict[str, Any] | None:
    party = ann.party(party_id)
    if party is None:
        return None
    for i, m in enumerate(party.mentions):
        if m.start == start and m.end == end:
            return party.mentions.pop(i).to_dict()
    return None


def apply_user_annotations(ann: Annotations, store: NoteStore | None) -> Annotations:
    """ann with the store's corrections applied, dismissed items moved to extra["dismissed"],
    and the notes in extra["notes"] (their target ids those of this analysis)."""
    out = copy_annotations(ann)
    if store is None:
        return out
    store.bind(ann)
    corrections = _apply_corrections(out, store)
    dismissed = _hide_dismissed(out, store)
    out.extra["notes"] = [n.to_dict() for n in store.notes]
    out.extra["corrections"] = corrections
    out.extra["dismissed"] = dismissed
    return out


def notes_on(ann: Annotations, kind: str, item_id: str) -> list[dict[str, Any]]:
    """The notes (as dicts from extra["notes"]) on one item of an applied Annotations."""
    return [n for n in ann.extra.get("notes", [])
            if not n.get("orphan") and n["target"]["kind"] == kind and n["target"]["id"] == item_id]


def orphan_notes(ann: Annotations) -> list[dict[str, Any]]:
    return [n for n in ann.extra.get("notes", []) if n.get("orphan")]
