"""The parties of an article: a book of them by canonical name, with members and mentions."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Member, Party
from .mentions import GROUP, ORG, PERSON, STATE, Mention


def slug(name: str) -> str:
    s = re.sub(r"[^\w]+", "-", name.lower().replace("’", "").replace("'", "")).strip("-")
    return s or "party"


class PartyBook:
    """Collects parties by canonical name, in the order they are first seen."""

    def __init__(self) -> None:
        self.parties: dict[str, Party] = {}
        self.weight: Counter[str] = Counter()
        self.by_id: dict[str, Party] = {}  # the same parties by id (kept by get)
        self._member_names: dict[str, set[str]] = {}  # party id -> its members' names (add_member)

    def get(self, name: str, kind: str) -> Party:
        p = self.parties.get(name)
        if p is None:
            ids = self.by_id
            pid, n = slug(name), 2
            while pid in ids:
                pid = f"{slug(name)}-{n}"
                n += 1
            p = Party(pid, name, kind if kind in (STATE, ORG, PERSON, GROUP) else GROUP)  # type: ignore[arg-type]
            self.parties[name] = p
            ids[pid] = p
        return p

    def id_of(self, name: str | None) -> str | None:
        if name is None:
            return None
        p = self.parties.get(name)
        return p.id if p else None

    def add_member(self, party_name: str, name: str, role: str) -> None:
        p = self.parties.get(party_name)
        if p is None:
            return
        names = self._member_names.setdefault(p.id, {m.name for m in p.members})
        if name not in names:  # a set per party: a big article's state has thousands of members
            names.add(name)
            p.members.append(Member(name, role))

    def ordered(self) -> list[Party]:
        """Most salient first: quotes and demands weigh more than mentions."""
        ps = list(self.parties.values())
        order = {p.name: i for i, p in enumerate(ps)}
        ps.sort(key=lambda p: (-(self.weight[p.name] + len(p.mentions)), order[p.name]))
        return ps


def kind_for(m: Mention) -> str:
    return {STATE: STATE, ORG: ORG, GROUP: GROUP}.get(m.kind, GROUP)
