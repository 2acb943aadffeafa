"""Who met whom: two participants and the meetings both took part in.

One pair type serves every view of it: :func:`caucasus_talks.query.who_met`
(most frequent first), the networkx graph and the timeline page (by ids).
A phone call counts as a meeting; a planned, proposed, rumoured or cancelled one does not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from .dates import PartialDate
from .model import Meeting, MeetingStatus, Participant, Records

__all__ = ["Pair", "held_pairs", "pairs"]


@attrs.frozen
class Pair:
    """Two participants and the meetings both took part in, in the order given (chronological in a corpus)."""

    a: Participant
    b: Participant
    meetings: tuple[Meeting, ...]

    @property
    def count(self) -> int:
        return len(self.meetings)

    @property
    def first(self) -> PartialDate | None:
        """The date of their first dated meeting (``None`` when none is dated)."""
        dated = [m.date for m in self.meetings if m.date.known]
        return min(dated, key=PartialDate.sort_key) if dated else None

    @property
    def last(self) -> PartialDate | None:
        """The date of their last dated meeting (``None`` when none is dated)."""
        dated = [m.date for m in self.meetings if m.date.known]
        return max(dated, key=PartialDate.sort_key) if dated else None


def pairs(meetings: Iterable[Meeting], people: Mapping[str, Participant], *, including: str | None = None) -> list[Pair]:
    """Every two participants of the same meetings, ordered by their ids (``a`` before ``b``).

    ``people`` maps each participant id the meetings name to its record. With
    ``including`` (a participant id), only the pairs that include them, with
    them as ``a``.
    """
    together: dict[tuple[str, str], list[Meeting]] = {}
    for m in meetings:
        ids = m.participant_ids
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                if including is not None and including not in (x, y):
                    continue
                a, b = (x, y) if (including == x or (including != y and x < y)) else (y, x)
                together.setdefault((a, b), []).append(m)
    return [Pair(people[a], people[b], tuple(held)) for (a, b), held in sorted(together.items())]


def held_pairs(records: Records) -> list[Pair]:
    """The pairs of the held meetings (the others did not happen), ordered by ids."""
    people = {p.id: p for p in records.participants}
    return pairs((m for m in records.meetings if m.status is MeetingStatus.HELD), people)
