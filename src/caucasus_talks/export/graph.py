"""Who met whom: participant pairs with the meetings they shared, and the networkx graph of them.

A pair is two participants of one held meeting, whatever its format (a phone
call counts); planned and cancelled meetings are not meetings that happened.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ..model import Meeting, MeetingStatus
from ._optional import require

if TYPE_CHECKING:
    from ..corpus import Corpus

__all__ = ["Pair", "meeting_pairs", "to_networkx"]


@attrs.frozen
class Pair:
    """Two participants (ids in alphabetical order) and the held meetings they both took part in."""

    a: str
    b: str
    meetings: tuple[str, ...]
    first: str | None
    last: str | None

    @property
    def count(self) -> int:
        return len(self.meetings)


def meeting_pairs(meetings: Iterable[Meeting]) -> list[Pair]:
    """Every pair of participants who met, with their meetings in the order given (chronological in a corpus).

    ``first`` and ``last`` are the ISO dates (of their precision) of the first
    and last dated meeting of the pair; ``None`` when none is dated.
    """
    shared: dict[tuple[str, str], list[Meeting]] = {}
    for m in meetings:
        if m.status is not MeetingStatus.HELD:
            continue
        for a, b in itertools.combinations(sorted(set(m.participant_ids)), 2):
            shared.setdefault((a, b), []).append(m)
    pairs = []
    for (a, b), held in sorted(shared.items()):
        dated = sorted((m.date for m in held if m.date.known), key=lambda d: d.sort_key())
        pairs.append(Pair(a, b, tuple(m.id for m in held), dated[0].iso if dated else None, dated[-1].iso if dated else None))
    return pairs


def to_networkx(corpus: Corpus) -> Any:
    """The who-met-whom graph as a ``networkx.Graph`` (needs the ``networkx`` extra).

    Nodes are participant ids with ``name``, ``kind`` and ``country``; an edge
    joins two participants who met, with ``weight`` (how many meetings),
    ``meetings`` (their ids), ``first`` and ``last`` (ISO dates).
    """
    nx = require("networkx", "networkx", "corpus.to_networkx()")
    graph = nx.Graph()
    for p in corpus.participants:
        graph.add_node(p.id, name=p.name, kind=p.kind.value, country=p.country)
    for pair in meeting_pairs(corpus.meetings):
        graph.add_edge(pair.a, pair.b, weight=pair.count, meetings=list(pair.meetings), first=pair.first, last=pair.last)
    return graph
