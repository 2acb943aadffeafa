"""What a query asks that an index can answer: the part of a filter a store looks up instead of scanning.

:mod:`caucasus_talks.query` describes each query twice: as tests that a
record passes or fails (the answer), and as one of these, which a
:class:`~caucasus_talks.store.Store` turns into index lookups. What the
indexes select is always a superset of the answer, and the query then applies
its tests to it, so a store and a corpus give the same answers by
construction. When the query's tests are these filters and no more
(``exact``), a store can count its answer in the indexes, without reading a
record, for every filter the indexes apply exactly (see
:mod:`caucasus_talks.store.search`).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

import attrs

from .model import Channel, MeetingFormat, MeetingStatus, Review

__all__ = ["MeetingsWanted", "StatementsWanted", "states"]


def states(keep: Callable[[Review], bool]) -> frozenset[Review]:
    """The review states a review test keeps."""
    return frozenset(r for r in Review if keep(r))


@attrs.frozen(kw_only=True)
class MeetingsWanted:
    """What the meetings of an answer have: each filter is ``None`` (or empty) when not asked."""

    reviews: frozenset[Review] = frozenset(Review)
    #: The query tests nothing but these filters (no topic, mediator or organization, which it tests itself).
    exact: bool = False
    #: Every one of these participants took part.
    participants: tuple[str, ...] = ()
    #: For each set, at least one of its participants took part (a country's people, an organization's).
    any_of: tuple[frozenset[str], ...] = ()
    #: Took place at one of these (a city, country or venue, as written in the records).
    places: frozenset[str] | None = None
    #: The date may fall in this range of days (``start``, ``end``; ``None`` is open); given, undated meetings are out.
    window: tuple[_dt.date | None, _dt.date | None] | None = None
    undated: bool = False
    format: MeetingFormat | None = None
    status: MeetingStatus | None = None


@attrs.frozen(kw_only=True)
class StatementsWanted:
    """What the statements of an answer have: each filter is ``None`` (or empty) when not asked."""

    reviews: frozenset[Review] = frozenset(Review)
    #: The query tests nothing but these filters.
    exact: bool = False
    speaker: str | None = None
    #: Words or phrases the text holds, as written in the query (the store folds them as the query does).
    phrases: tuple[str, ...] = ()
    channel: Channel | None = None
    meeting: str | None = None
    window: tuple[_dt.date | None, _dt.date | None] | None = None
