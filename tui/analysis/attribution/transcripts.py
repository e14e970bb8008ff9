"""Quoted transcripts: a turn's all-caps label names its speaker; asides and section
labels are said by no one."""
from __future__ import annotations

import re

from .base import RuleBase

_TURN_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s")  # "PENCE: ", "JAKE TAPPER: "


class TranscriptRules(RuleBase):
    def _turn_label(self, qi: int) -> re.Match[str] | None:
        """The all-caps label opening a quote ('"PENCE: …', '"UPDATE: …'), if any."""
        q = self.doc.quotes[qi]
        return _TURN_LABEL.match(self.doc.text, q.start, q.end)

    def _stage_direction(self, qi: int) -> bool:
        """'"(CROSSTALK.)', '"UPDATE: …': a transcript's aside or a section label, said by no one."""
        q = self.doc.quotes[qi]
        text = self.doc.text[q.start:q.end].rstrip(" .\"”")
        if text[:1] in "([" and text[-1:] in ")]":
            return True
        m = self._turn_label(qi)
        return m is not None and m.group(1) in self.lx.section_labels

    def _transcript_turn(self, qi: int) -> tuple[tuple[int, int], None] | None:
        """'"PENCE: Well, look, …': a quoted transcript's turn names its speaker in capitals
        (a section label has been taken for a stage direction before this rule runs)."""
        doc = self.doc
        m = self._turn_label(qi)
        if m is None:
            return None
        i = doc.token_at(m.start(1))
        j = doc.token_at(m.end(1) - 1) + 1
        return ((i, j), None) if i < j else None
