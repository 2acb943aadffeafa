"""Query helpers over a corpus: the questions people ask of the talks, one call each.

Every helper takes a :class:`~caucasus_talks.Corpus` first and returns typed
records in chronological order (undated last). :func:`meetings`,
:func:`statements`, :func:`timeline`, :func:`who_met`, :func:`participant`,
:func:`find_participant`, :func:`participants`, :func:`office_holders`,
:func:`record` and :func:`sources` take a
:class:`~caucasus_talks.store.Store` as well, and give the same answers: the
store selects what may answer through its indexes, and the same tests as for
a corpus decide what does (but for phrases, ``contains=``, which the store
tests itself in SQLite, exactly as :func:`~caucasus_talks.text.has_words`
does, on the folded text it keeps for each statement).

Names (participant, speaker, mediator) are resolved against the corpus's
participants by name, alias, id or unambiguous surname, ignoring case and
diacritics ("blinken", "Ceyhun Bayramov"); an unknown name raises
:class:`~caucasus_talks.UnknownNameError` naming the closest known names.

Dates (``on``, ``between``, ``since``, ``until``) take a :class:`datetime.date`,
a :class:`~caucasus_talks.PartialDate` or a string in ISO 8601 ("2022-11-07",
"2022-11", "2023") or with the month's name ("Nov 2022", "7 November 2022"); a
string that could be read two ways ("07/11/2022") is refused with a
:class:`ValueError` (see :func:`caucasus_talks.dates.parse_partial`). A date keeps
its precision: ``since="2023"`` starts on 2023-01-01, ``until="2023"`` ends on
2023-12-31. A record dated only to a month or a year matches when that period
overlaps the range; an undated record matches no date filter.

A large answer need not be read whole. :func:`meetings` and :func:`statements`
take ``limit`` (the first so many records of the answer) and ``newest_first``
(the answer in reverse order); :func:`iter_meetings` and
:func:`iter_statements` yield the same records one at a time, and
:func:`count_meetings` and :func:`count_statements` say how many there are. On
a store, only the records handed out are read and structured, and a count
that the indexes know exactly structures none.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import enum
import gc
import heapq
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeAlias, TypeVar

import attrs

from ._data import once
from ._wanted import MeetingsWanted, StatementsWanted, states
from .corpus import Corpus
from .dates import DateBasis, PartialDate, parse_bound
from .model import (
    Basis,
    Channel,
    Document,
    Evidence,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Office,
    Participant,
    ParticipantKind,
    Review,
    Statement,
)
from .pairs import Pair, pairs
from .registry import ActorRegistry, AmbiguousNameError, NameIndex, UnknownNameError, actors, places
from .registry.places import Place, PlaceKind
from .text import fold, has_words

if TYPE_CHECKING:
    from .store import Store

    #: What the helpers that take a store as well as a corpus read.
    Searchable: TypeAlias = Corpus | Store

__all__ = [
    "REVIEW_CHOICES",
    "DateLike",
    "Found",
    "OfficeHolder",
    "Pair",
    "Source",
    "TimelineEntry",
    "Window",
    "count_meetings",
    "count_statements",
    "find_participant",
    "iter_meetings",
    "iter_statements",
    "meetings",
    "office_holders",
    "participant",
    "participants",
    "record",
    "review_test",
    "sources",
    "statements",
    "statements_at",
    "timeline",
    "who_met",
    "window",
]

#: What a date filter accepts.
DateLike = _dt.date | str | PartialDate
#: One name, or several that must all match.
Names = str | Sequence[str]

E = TypeVar("E", bound=enum.Enum)
R = TypeVar("R", Meeting, Statement)


# -- records ----------------------------------------------------------------


def _not_before_start(instance: Window, _attribute: attrs.Attribute[_dt.date | None], value: _dt.date | None) -> None:
    if value is not None and instance.start is not None and value < instance.start:
        raise ValueError(f"the dates leave no day to search: the range would start {instance.start} and end {value}")


@attrs.frozen
class Window:
    """A range of days, inclusive; ``None`` leaves that side open. It is never empty."""

    start: _dt.date | None = None
    end: _dt.date | None = attrs.field(default=None, validator=_not_before_start)

    def admits(self, date: PartialDate) -> bool:
        """Whether ``date`` may fall in the range (an undated record never does)."""
        return date.overlaps(self.start, self.end)


@attrs.frozen
class OfficeHolder:
    """Someone who held an office, with the matching offices and where that knowledge comes from.

    ``source`` is ``"corpus"`` when the corpus's participants record the office,
    ``"registry"`` when it came from the bundled actor registry instead.
    """

    participant: Participant
    offices: tuple[Office, ...]
    source: str


@attrs.frozen
class Found:
    """A participant looked up by name, and where it was found.

    ``source`` is ``"corpus"`` when the corpus has the participant, and
    ``"registry"`` when only the bundled actor registry knows them: the
    corpus then holds no record of them.
    """

    participant: Participant
    source: str


@attrs.frozen
class TimelineEntry:
    """One meeting or statement on the timeline."""

    record: Meeting | Statement

    @property
    def date(self) -> PartialDate:
        return self.record.date

    @property
    def kind(self) -> str:
        """``"meeting"`` or ``"statement"``."""
        return "meeting" if isinstance(self.record, Meeting) else "statement"


def _one_of(instance: Source, _attribute: attrs.Attribute[Basis | None], value: Basis | None) -> None:
    if (instance.evidence is None) == (value is None):
        raise ValueError("a source is either a span of a document or a basis, not both or neither")


@attrs.frozen
class Source:
    """What one fact of a record rests on: a span of a document, or a public-knowledge basis.

    ``about`` names the fact: ``"meeting"``, ``"date"``, ``"location"``,
    ``"participant jeyhun-bayramov"``, ``"statement"``, ``"speaker"``, ...
    """

    about: str
    evidence: Evidence | None = None
    basis: Basis | None = attrs.field(default=None, validator=_one_of)

    @property
    def document(self) -> str | None:
        return self.evidence.document if self.evidence else None


# -- dates ------------------------------------------------------------------


def _bound(value: DateLike, name: str) -> PartialDate:
    try:
        date = parse_bound(value)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{name}={value!r}: {exc}") from None
    if not date.known:
        raise ValueError(f"{name}: an unknown date cannot bound a range")
    return date


def window(
    *,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> Window | None:
    """The range of days the date filters describe together, or ``None`` when none is given.

    >>> window(since="2023", until="Nov 2023")
    Window(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 11, 30))
    """
    starts: list[_dt.date | None] = []
    ends: list[_dt.date | None] = []
    if on is not None:
        day = _bound(on, "on")
        starts.append(day.earliest)
        ends.append(day.latest)
    if between is not None:
        if isinstance(between, str) or len(between) != 2:
            raise ValueError(f"between={between!r}: give two dates, (start, end)")
        first, last = _bound(between[0], "between"), _bound(between[1], "between")
        starts.append(first.earliest)
        ends.append(last.latest)
    if since is not None:
        starts.append(_bound(since, "since").earliest)
    if until is not None:
        ends.append(_bound(until, "until").latest)
    if not starts and not ends:
        return None
    return Window(max((d for d in starts if d), default=None), min((d for d in ends if d), default=None))


# -- names: what the queries look them up in is built once per corpus (Corpus.derived) --


class _People:
    """A corpus's participants by name, alias (its own and the registry's for the same id), id or surname."""

    def __init__(self, corpus: Searchable) -> None:
        registry = actors()
        roster = _roster(corpus)

        def names_of(p: Participant) -> tuple[str, ...]:
            known = registry.get(p.id)
            return (*p.names, *(known.names if known else ()))

        self.index: NameIndex[Participant] = NameIndex(
            roster, what="participant", id_of=lambda p: p.id, names_of=names_of, display=lambda p: p.name
        )
        self.surnames: dict[str, list[str]] = {}
        for p in roster:
            if p.kind is not ParticipantKind.PERSON:
                continue
            for name in names_of(p):
                words = fold(name).split()
                if len(words) > 1:
                    ids = self.surnames.setdefault(words[-1], [])
                    if p.id not in ids:
                        ids.append(p.id)

    def lookup(self, name: str) -> Participant:
        people = self.index.matches(name)
        if not people:
            people = [p for i in self.surnames.get(fold(name), ()) if (p := self.index.get(i)) is not None]
        if len(people) == 1:
            return people[0]
        if people:
            raise AmbiguousNameError("participant", name, [f"{p.name} ({p.id})" for p in people])
        raise UnknownNameError("participant", name, self.index.suggest(name))


def _people(corpus: Searchable) -> _People:
    return corpus.derived(_People)


def _roster(corpus: Searchable) -> Sequence[Participant]:
    """The participants as looking them up needs them: a store's without the spans that name them (``Store.roster``)."""
    return corpus.participants if isinstance(corpus, Corpus) else corpus.roster


def _by_id(corpus: Searchable) -> dict[str, Participant]:
    return {p.id: p for p in _roster(corpus)}


class _Seen:
    """The folded countries of a corpus's participants and the place names of its meetings, with their spellings."""

    def __init__(self, corpus: Searchable) -> None:
        self.countries = [p.country or "" for p in _roster(corpus)]
        self.folded_countries = {fold(c) for c in self.countries if c}
        if isinstance(corpus, Corpus):
            located = [m.location for m in corpus.meetings if m.location]
            self.places = [part for loc in located for part in (loc.city, loc.country, loc.venue) if part]
        else:
            self.places = corpus.place_names()
        self.folded_places = {fold(part) for part in self.places}


class _Organizations:
    """A corpus's organizations by name, and its participants' folded affiliations."""

    def __init__(self, corpus: Searchable) -> None:
        roster = _roster(corpus)
        orgs = [p for p in roster if p.kind is ParticipantKind.ORGANIZATION]
        self.index = NameIndex(
            orgs, what="organization", id_of=lambda p: p.id, names_of=lambda p: p.names, display=lambda p: p.name
        )
        self.affiliations = {fold(p.affiliation) for p in roster if p.affiliation}
        self.known = [*(o.name for o in orgs), *(p.affiliation or "" for p in roster)]


class _Offices:
    """Office holders by a registry's rules, with the one-office registry of each term kept for the next question."""

    def __init__(self, registry: ActorRegistry) -> None:
        self.registry = registry
        self._terms: dict[tuple[str, Office], ActorRegistry] = {}

    def names_office(self, person: Participant, held: Office, office: str) -> bool:
        """Whether ``held`` is the office ``office`` names (title and country), by the registry's own rules."""
        alone = self._terms.get((person.id, held))
        if alone is None:
            alone = ActorRegistry([attrs.evolve(person, offices=(held,))], self.registry.titles, self.registry.places)
            alone = self._terms.setdefault((person.id, held), alone)
        return bool(alone.holders(office))


def _own_offices(corpus: Searchable) -> _Offices:
    """The corpus's participants' offices, read by the bundled registry's titles and places (a store's roster: no spans)."""
    return _Offices(ActorRegistry(list(_roster(corpus)), actors().titles, places()))


@once
def _bundled_offices() -> _Offices:
    return _Offices(actors())


def _names(value: Names) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _close(what: str, text: str, known: Iterable[str]) -> UnknownNameError:
    """An error for an unknown ``text``, suggesting the closest of ``known`` (read once, one at a time)."""
    return UnknownNameError(what, text, _closest(text, known))


def _closest(text: str, known: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The ``n`` of ``known`` closest to ``text``, folded, as :func:`difflib.get_close_matches` ranks them, best first.

    The same answer as ``get_close_matches`` over the folded names (of names
    that fold alike, the last is given), kept as it goes: ``known`` is read
    once and only the best ``n`` are held, so the ids of a whole store can be
    streamed through it.
    """
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(fold(text))
    best: list[tuple[float, str]] = []  # a heap of the n best (score, folded name) so far
    given: dict[str, str] = {}  # each of those folded names, as given
    for name in known:
        if not name:
            continue
        key = fold(name)
        if key in given:  # folds as one already held: the later spelling is given, as a dict of them keeps it
            given[key] = name
            continue
        matcher.set_seq1(key)
        if matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff or (score := matcher.ratio()) < cutoff:
            continue
        if len(best) < n:
            heapq.heappush(best, (score, key))
        elif (score, key) > best[0]:
            del given[heapq.heapreplace(best, (score, key))[1]]
        else:
            continue
        given[key] = name
    return [given[key] for _score, key in sorted(best, reverse=True)]


def _countries(text: str) -> list[Place]:
    """The countries a country query names: by name, alias, demonym or ISO 3166-1 code ("AM", "ARM")."""
    found = [p for p in places().matches(text) if p.kind is PlaceKind.COUNTRY]
    coded = places().by_code(text)
    return found if coded is None or coded in found else [*found, coded]


def _country_names(corpus: Searchable, text: str) -> set[str]:
    """The folded names a country query stands for ("US", "USA", "American" -> "united states", ...)."""
    countries = _countries(text)
    names = {fold(text)} | {fold(name) for p in countries for name in (p.name, *p.aliases)}
    seen = corpus.derived(_Seen)
    if not names & seen.folded_countries and not countries:
        raise _close("country", text, seen.countries)
    return names


def _place_test(corpus: Searchable, text: str) -> Callable[[str], bool]:
    """Whether a city, country or venue (as a meeting gives it) is the place ``text`` names or inside it (Virginia: Arlington).

    Each is read as a place of the registry; one that is not in it matches by its own name.
    """
    registry = places()
    named = [*registry.matches(text)] or ([coded] if (coded := registry.by_code(text)) else [])
    inside = {p.id for place in named for p in registry.inside(place)}
    folded = fold(text)
    seen = corpus.derived(_Seen)
    if not named and folded not in seen.folded_places:
        raise _close("location", text, seen.places)

    def here(part: str) -> bool:
        return fold(part) == folded or any(p.id in inside for p in registry.matches(part))

    return here


def _location_test(here: Callable[[str], bool]) -> Callable[[Meeting], bool]:
    """Whether a meeting took place where ``here`` (a :func:`_place_test`) says."""
    return lambda m: m.location is not None and any(
        here(part) for part in (m.location.city, m.location.country, m.location.venue) if part
    )


def _enum(cls: type[E], value: E | str, name: str) -> E:
    """An enum member from itself, its value or its name, written any way ("in person", "IN_PERSON")."""
    if isinstance(value, cls):
        return value
    key = re.sub(r"[\s-]+", "_", fold(str(value)))
    for member in cls:
        if key in (member.value, member.name.lower()):
            return member
    raise ValueError(f"{name} {value!r} is not one of {', '.join(m.value for m in cls)}")


#: Whether a phrase occurs in a text as whole words, ignoring case and diacritics (the one test, :func:`.text.has_words`).
_has_words = has_words


def _meeting_id(corpus: Searchable, meeting: str | Meeting) -> str:
    mid = meeting.id if isinstance(meeting, Meeting) else meeting
    if not isinstance(corpus.get(mid), Meeting):
        known = [m.id for m in corpus.meetings] if isinstance(corpus, Corpus) else corpus.meeting_ids()
        raise _close("meeting", mid, known)
    return mid


# -- meetings ---------------------------------------------------------------


def meetings(
    corpus: Searchable,
    *,
    participant: Names | None = None,
    country: str | None = None,
    organization: str | None = None,
    mediator: str | None = None,
    location: str | None = None,
    format: MeetingFormat | str | None = None,
    status: MeetingStatus | str | None = None,
    topic: str | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    undated: bool = False,
    review: Review | str | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> tuple[Meeting, ...]:
    """The meetings that pass every filter given, chronological.

    ``participant``: one name or several, all of whom took part. ``country``: a
    participant from that country took part. ``organization``: the organization
    took part, or someone affiliated with it. ``mediator``: mediated (see
    :attr:`Meeting.mediator_ids`: a mediator, or the host of talks between
    parties). ``location``: city, country or venue. ``topic``: words of a topic.
    ``undated=True`` lists the meetings with no known date (and takes no dates).
    ``review``: see :func:`review_test` (by default, every meeting but rejected drafts).

    ``newest_first=True``: the same answer in reverse order (latest first, so
    the undated meetings, which come last, come first; a date filter leaves
    them out). ``limit``: only the first ``limit`` meetings of the answer, in
    its order (``None``, the default: all of them); a store reads no more than
    it needs to find them. This is :func:`iter_meetings` read into a tuple
    (Python's garbage collector held off while its records are made).
    """
    return _answer(
        iter_meetings(
            corpus,
            participant=participant,
            country=country,
            organization=organization,
            mediator=mediator,
            location=location,
            format=format,
            status=status,
            topic=topic,
            on=on,
            between=between,
            since=since,
            until=until,
            undated=undated,
            review=review,
            limit=limit,
            newest_first=newest_first,
        )
    )


def iter_meetings(
    corpus: Searchable,
    *,
    participant: Names | None = None,
    country: str | None = None,
    organization: str | None = None,
    mediator: str | None = None,
    location: str | None = None,
    format: MeetingFormat | str | None = None,
    status: MeetingStatus | str | None = None,
    topic: str | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    undated: bool = False,
    review: Review | str | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> Iterator[Meeting]:
    """The answer of :func:`meetings` (the same filters and options), one meeting at a time, in order.

    The filters are checked and the names looked up when it is called (a bad
    value raises then, not at the first meeting). On a store, each meeting is
    read and structured when it is asked for, so a whole answer of any size
    can be gone through holding one meeting at a time; the store's
    connection is reading until the iterator is finished or closed, so finish
    with it before changing the store.
    """
    most = _limit(limit)
    tests, wanted = _meetings_asked(
        corpus,
        participant=participant,
        country=country,
        organization=organization,
        mediator=mediator,
        location=location,
        format=format,
        status=status,
        topic=topic,
        on=on,
        between=between,
        since=since,
        until=until,
        undated=undated,
        review=review,
    )
    if most == 0:
        return iter(())
    if isinstance(corpus, Corpus):
        found: Iterable[Meeting] = reversed(corpus.meetings) if newest_first else corpus.meetings
    else:
        found = corpus.find_meetings(wanted, newest_first=newest_first, few=most is not None)
    return _passing(found, tests, most)


def count_meetings(
    corpus: Searchable,
    *,
    participant: Names | None = None,
    country: str | None = None,
    organization: str | None = None,
    mediator: str | None = None,
    location: str | None = None,
    format: MeetingFormat | str | None = None,
    status: MeetingStatus | str | None = None,
    topic: str | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    undated: bool = False,
    review: Review | str | None = None,
) -> int:
    """How many meetings :func:`meetings` finds with these filters: ``len(meetings(corpus, ...))``, without the tuple.

    A store counts in its indexes, structuring no meeting, when each filter
    given is one they apply exactly (all but ``topic``, ``mediator`` and
    ``organization``); otherwise it counts the meetings of
    :func:`iter_meetings` one at a time.
    """
    tests, wanted = _meetings_asked(
        corpus,
        participant=participant,
        country=country,
        organization=organization,
        mediator=mediator,
        location=location,
        format=format,
        status=status,
        topic=topic,
        on=on,
        between=between,
        since=since,
        until=until,
        undated=undated,
        review=review,
    )
    if not isinstance(corpus, Corpus):
        counted = corpus.count_meetings(wanted)
        if counted is not None:
            return counted
        found: Iterable[Meeting] = corpus.find_meetings(wanted)
    else:
        found = corpus.meetings
    return sum(1 for _ in _passing(found, tests, None))


def _meetings_asked(
    corpus: Searchable,
    *,
    participant: Names | None = None,
    country: str | None = None,
    organization: str | None = None,
    mediator: str | None = None,
    location: str | None = None,
    format: MeetingFormat | str | None = None,
    status: MeetingStatus | str | None = None,
    topic: str | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    undated: bool = False,
    review: Review | str | None = None,
) -> tuple[list[Callable[[Meeting], bool]], MeetingsWanted]:
    """What a meetings query asks: the tests its answer passes, and the same as an index lookup for a store."""
    keep = review_test(review)
    tests: list[Callable[[Meeting], bool]] = [lambda m: keep(m.review)]
    # the same filters as an index lookup, for a store; exact while every test is one of them
    wanted = MeetingsWanted(reviews=states(keep), exact=topic is None and mediator is None and organization is None)
    span = window(on=on, between=between, since=since, until=until)
    if undated and span is not None:
        raise ValueError("undated=True lists meetings without a date; it takes no on, between, since or until")
    if undated:
        tests.append(lambda m: not m.date.known)
        wanted = attrs.evolve(wanted, undated=True)
    if span is not None:
        tests.append(lambda m: span.admits(m.date))
        wanted = attrs.evolve(wanted, window=(span.start, span.end))
    if participant is not None or mediator is not None:
        people = _people(corpus)
        ids = [people.lookup(name).id for name in _names(participant or [])]
        tests.extend(_attended_by(pid) for pid in ids)
        if mediator is not None:
            mid = people.lookup(mediator).id
            tests.append(lambda m: mid in m.mediator_ids)
            ids.append(mid)
        wanted = attrs.evolve(wanted, participants=tuple(dict.fromkeys(ids)))
    by_id = corpus.derived(_by_id)
    if country is not None:
        countries = _country_names(corpus, country)
        tests.append(lambda m: any(fold(by_id[i].country or "") in countries for i in m.participant_ids))
        of_country = frozenset(p.id for p in by_id.values() if fold(p.country or "") in countries)
        wanted = attrs.evolve(wanted, any_of=(*wanted.any_of, of_country))
    if organization is not None:
        took_part, members = _organization_test(corpus, organization)
        tests.append(took_part)
        wanted = attrs.evolve(wanted, any_of=(*wanted.any_of, members))
    if location is not None:
        here = _place_test(corpus, location)
        tests.append(_location_test(here))
        if not isinstance(corpus, Corpus):
            wanted = attrs.evolve(wanted, places=frozenset(p for p in corpus.place_names() if here(p)))
    if format is not None:
        wanted_format = _enum(MeetingFormat, format, "format")
        tests.append(lambda m: m.format is wanted_format)
        wanted = attrs.evolve(wanted, format=wanted_format)
    if status is not None:
        wanted_status = _enum(MeetingStatus, status, "status")
        tests.append(lambda m: m.status is wanted_status)
        wanted = attrs.evolve(wanted, status=wanted_status)
    if topic is not None:
        tests.append(lambda m: any(_has_words(t, topic) for t in m.topics))
    return tests, wanted


def _answer(records: Iterable[R]) -> tuple[R, ...]:
    """``records`` read into a tuple, Python's cyclic garbage collector held off meanwhile (as it was set, after).

    The records a store makes form no reference cycles, and the collector,
    run every few hundred objects made, walks all those already made: on an
    answer of tens of thousands of records its walks cost more than making
    them (see docs/store.md). Held off, it runs after as usual; a collector
    the caller had turned off stays off.
    """
    if not gc.isenabled():
        return tuple(records)
    gc.disable()
    try:
        return tuple(records)
    finally:
        gc.enable()


def _limit(limit: object) -> int | None:
    """``limit`` checked: ``None`` or a whole number, 0 or more."""
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"limit={limit!r}: give a whole number of records, 0 or more (or None for all)")
    return limit


def _passing(found: Iterable[R], tests: Sequence[Callable[[R], bool]], most: int | None) -> Iterator[R]:
    """The records of ``found`` that pass every test, in its order; the first ``most`` of them (``None``: all).

    ``found`` is read only as far as the last record handed out.
    """
    return itertools.islice((r for r in found if all(test(r) for test in tests)), most)


#: What ``review=`` selects, besides one :class:`Review` state.
REVIEW_CHOICES = ("machine", "reviewed", "rejected", "all")


def review_test(review: Review | str | None = None) -> Callable[[Review], bool]:
    """Which review states a query keeps: by default every record but a rejected draft.

    ``"machine"``: drafts awaiting review; ``"reviewed"``: what a person vouches
    for (curated or confirmed); ``"rejected"``: rejected drafts; ``"all"``:
    every record; or one :class:`Review` state (or its value).
    """
    if review is None:
        return lambda state: state is not Review.REJECTED
    if review == "reviewed":
        return lambda state: state.reviewed
    if review == "all":
        return lambda state: True
    try:
        wanted = _enum(Review, review, "review")
    except ValueError:
        choices = ", ".join([*REVIEW_CHOICES, *(r.value for r in Review if r.value not in REVIEW_CHOICES)])
        raise ValueError(f"review {review!r} is not one of {choices}") from None
    return lambda state: state is wanted


def _attended_by(pid: str) -> Callable[[Meeting], bool]:
    return lambda m: pid in m.participant_ids


def _saying(phrase: str) -> Callable[[Statement], bool]:
    return lambda s: _has_words(s.text, phrase)


def _organization_names(corpus: Searchable, text: str) -> set[str]:
    """The folded ids and names of the organization ``text`` names and of every body that belongs to it.

    The organization is the corpus's or the registry's; what belongs to it is
    what the registry says (the European Council belongs to the EU) and any
    organization of the corpus affiliated with one of them.
    """
    organizations = corpus.derived(_Organizations)
    registry = actors()
    found = [*organizations.index.matches(text), *(o for o in registry.matches(text) if o.kind is ParticipantKind.ORGANIZATION)]
    if not found and fold(text) not in organizations.affiliations:
        raise _close("organization", text, [*organizations.known, *(o.name for o in registry.organizations())])
    bodies = [body for org in found for body in (org, *registry.members(org.id))]
    names = {fold(text)} | {fold(n) for body in bodies for n in (body.id, *body.names)}
    grown = True
    while grown:  # the corpus's own organizations affiliated with one of these belong too
        more = {fold(n) for o in organizations.index if fold(o.affiliation or "") in names for n in (o.id, *o.names)}
        grown = not more <= names
        names |= more
    return names


def _organization_test(corpus: Searchable, text: str) -> tuple[Callable[[Meeting], bool], frozenset[str]]:
    """Whether the organization ``text`` names took part in a meeting: itself, a body of it, or one of their people.

    A participant counts when it is one of those bodies or affiliated with
    one (in the corpus or the registry), or when it held, on the meeting's
    date, an office of one of them: an office in that jurisdiction ("European
    Union") or with the body in its title ("President of the European Council").
    Returned with the ids of every participant who may count, on some date.
    """
    names = _organization_names(corpus, text)
    in_title = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?!\w)")
    registry = actors()
    always: set[str] = set()
    terms: dict[str, list[Office]] = {}
    for p in _roster(corpus):
        known = registry.get(p.id)
        affiliations = [a for a in (p.affiliation, known.affiliation if known else None) if a]
        if any(fold(n) in names for n in (p.id, *p.names, *affiliations)):
            always.add(p.id)
            continue
        offices = {*p.offices, *(known.offices if known else ())}
        held = [o for o in offices if fold(o.country or "") in names or in_title.search(fold(o.title))]
        if held:
            terms[p.id] = held

    def took_part(m: Meeting) -> bool:
        when = Window(m.date.earliest, m.date.latest)
        return any(i in always or any(_during(o, when) for o in terms.get(i, ())) for i in m.participant_ids)

    return took_part, frozenset(always | terms.keys())


# -- statements -------------------------------------------------------------


def statements(
    corpus: Searchable,
    *,
    speaker: str | None = None,
    contains: Names | None = None,
    channel: Channel | str | None = None,
    meeting: str | Meeting | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    review: Review | str | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> tuple[Statement, ...]:
    """The statements that pass every filter given, chronological.

    ``speaker``: one of its speakers. ``contains``: a word or phrase (or several,
    all of which) the text contains as whole words, ignoring case and diacritics.
    ``meeting``: made at that meeting (its id). ``review``: see
    :func:`review_test` (by default, every statement but rejected drafts).

    ``newest_first=True``: the same answer in reverse order (undated statements
    first). ``limit``: only the first ``limit`` statements of the answer, in
    its order (``None``, the default: all of them); a store reads no more than
    it needs to find them. This is :func:`iter_statements` read into a tuple
    (Python's garbage collector held off while its records are made).
    """
    return _answer(
        iter_statements(
            corpus,
            speaker=speaker,
            contains=contains,
            channel=channel,
            meeting=meeting,
            on=on,
            between=between,
            since=since,
            until=until,
            review=review,
            limit=limit,
            newest_first=newest_first,
        )
    )


def iter_statements(
    corpus: Searchable,
    *,
    speaker: str | None = None,
    contains: Names | None = None,
    channel: Channel | str | None = None,
    meeting: str | Meeting | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    review: Review | str | None = None,
    limit: int | None = None,
    newest_first: bool = False,
) -> Iterator[Statement]:
    """The answer of :func:`statements` (the same filters and options), one statement at a time, in order.

    As :func:`iter_meetings`: checked when called, and read from a store one
    statement at a time as it is asked for.
    """
    most = _limit(limit)
    tests, said, wanted = _statements_asked(
        corpus,
        speaker=speaker,
        contains=contains,
        channel=channel,
        meeting=meeting,
        on=on,
        between=between,
        since=since,
        until=until,
        review=review,
    )
    if most == 0:
        return iter(())
    if isinstance(corpus, Corpus):
        found: Iterable[Statement] = reversed(corpus.statements) if newest_first else corpus.statements
        tests += said
    else:  # the store tests the phrases itself, exactly (store.search)
        found = corpus.find_statements(wanted, newest_first=newest_first, few=most is not None)
    return _passing(found, tests, most)


def count_statements(
    corpus: Searchable,
    *,
    speaker: str | None = None,
    contains: Names | None = None,
    channel: Channel | str | None = None,
    meeting: str | Meeting | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    review: Review | str | None = None,
) -> int:
    """How many statements :func:`statements` finds with these filters: ``len(statements(corpus, ...))``, without the tuple.

    A store counts in its indexes, structuring no statement. With ``contains``,
    SQLite tests the folded text the store keeps for each statement (a table
    of its own, with the review states), of the statements the full-text index selects (that index finds the words of a
    phrase in a row whatever stands between them, "peace-treaty" too).
    """
    tests, said, wanted = _statements_asked(
        corpus,
        speaker=speaker,
        contains=contains,
        channel=channel,
        meeting=meeting,
        on=on,
        between=between,
        since=since,
        until=until,
        review=review,
    )
    if not isinstance(corpus, Corpus):
        counted = corpus.count_statements(wanted)
        if counted is not None:
            return counted
        found: Iterable[Statement] = corpus.find_statements(wanted)
    else:
        found = corpus.statements
        tests += said
    return sum(1 for _ in _passing(found, tests, None))


def _statements_asked(
    corpus: Searchable,
    *,
    speaker: str | None = None,
    contains: Names | None = None,
    channel: Channel | str | None = None,
    meeting: str | Meeting | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    review: Review | str | None = None,
) -> tuple[list[Callable[[Statement], bool]], list[Callable[[Statement], bool]], StatementsWanted]:
    """What a statements query asks: the tests its answer passes, and the same as an index lookup for a store.

    The phrase tests (``contains``) come apart from the others: a store
    applies them itself, exactly, in SQLite (:mod:`caucasus_talks.store.search`),
    so that no text is folded to answer it; a corpus's answer passes both.
    """
    keep = review_test(review)
    tests: list[Callable[[Statement], bool]] = [lambda s: keep(s.review)]
    # the same filters as an index lookup, for a store: every test is one of them
    wanted = StatementsWanted(reviews=states(keep), exact=True)
    span = window(on=on, between=between, since=since, until=until)
    if span is not None:
        tests.append(lambda s: span.admits(s.date))
        wanted = attrs.evolve(wanted, window=(span.start, span.end))
    if speaker is not None:
        sid = _people(corpus).lookup(speaker).id
        tests.append(lambda s: sid in s.speakers)
        wanted = attrs.evolve(wanted, speaker=sid)
    phrases = _names(contains or [])
    said = [_saying(phrase) for phrase in phrases]
    wanted = attrs.evolve(wanted, phrases=tuple(phrases))
    if channel is not None:
        wanted_channel = _enum(Channel, channel, "channel")
        tests.append(lambda s: s.channel is wanted_channel)
        wanted = attrs.evolve(wanted, channel=wanted_channel)
    if meeting is not None:
        mid = _meeting_id(corpus, meeting)
        tests.append(lambda s: s.meeting == mid)
        wanted = attrs.evolve(wanted, meeting=mid)
    return tests, said, wanted


def statements_at(corpus: Searchable, meeting: str | Meeting) -> tuple[Statement, ...]:
    """The statements made at a meeting (by its id)."""
    return statements(corpus, meeting=meeting)


# -- people -----------------------------------------------------------------


def participant(corpus: Searchable, name: str) -> Participant:
    """The corpus's participant with this name, alias, id or (unambiguous) surname."""
    found = _people(corpus).lookup(name)
    return found if isinstance(corpus, Corpus) else corpus.participant(found.id)  # a store's roster has no spans


def find_participant(corpus: Searchable, name: str) -> Found:
    """The participant a name designates: the corpus's, or else anyone the bundled actor registry knows.

    The registry answers by name, alias, id or unambiguous surname ("Rubio");
    a name neither knows raises :class:`UnknownNameError` with the corpus's
    closest names (or else the registry's).
    """
    try:
        return Found(participant(corpus, name), "corpus")
    except UnknownNameError as unknown:
        registry = actors()
        found = registry.matches(name) or registry.by_surname(name)
        if len(found) == 1:
            return Found(found[0], "registry")
        if found:
            raise AmbiguousNameError("participant", name, [f"{p.name} ({p.id})" for p in found]) from None
        raise UnknownNameError("participant", name, unknown.suggestions or registry.suggest(name)) from None


def participants(
    corpus: Searchable, *, country: str | None = None, kind: ParticipantKind | str | None = None
) -> tuple[Participant, ...]:
    """The corpus's participants (by id), of a country or a kind when given."""
    found = corpus.participants
    if country is not None:
        countries = _country_names(corpus, country)
        found = tuple(p for p in found if fold(p.country or "") in countries)
    if kind is not None:
        wanted = _enum(ParticipantKind, kind, "kind")
        found = tuple(p for p in found if p.kind is wanted)
    return found


def office_holders(corpus: Searchable, office: str, on: DateLike | None = None) -> tuple[OfficeHolder, ...]:
    """Who held ``office`` ("US Secretary of State") on ``on`` (a day, or any day of a month or year).

    The corpus's participants' offices answer first; when none of them held
    the office then, the bundled actor registry answers, and each holder's
    ``source`` says which did. Without ``on``, everyone who ever held it.
    A store answers from its roster, and reads the holders it names whole.
    """
    span = window(on=on) if on is not None else Window()
    assert span is not None
    try:
        found = _holders(corpus.derived(_own_offices), office, span, "corpus")
    except UnknownNameError:
        found = ()
    if found and not isinstance(corpus, Corpus):  # a store's roster has no spans: the holders with theirs
        whole = corpus.participants_by_id(h.participant.id for h in found)
        found = tuple(attrs.evolve(h, participant=whole[h.participant.id]) for h in found)
    return found or _holders(_bundled_offices(), office, span, "registry")


def _holders(offices: _Offices, office: str, span: Window, source: str) -> tuple[OfficeHolder, ...]:
    out = []
    for person in offices.registry.holders(office):
        held = tuple(o for o in person.offices if _during(o, span) and offices.names_office(person, o, office))
        if held:
            out.append(OfficeHolder(person, held, source))
    return tuple(sorted(out, key=lambda h: (h.offices[0].start or _dt.date.min, h.participant.id)))


def _during(held: Office, span: Window) -> bool:
    return (held.start is None or span.end is None or held.start <= span.end) and (
        held.end is None or span.start is None or span.start <= held.end
    )


# -- timeline and pairs -----------------------------------------------------


def timeline(
    corpus: Searchable,
    *,
    participant: str | None = None,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    review: Review | str | None = None,
) -> tuple[TimelineEntry, ...]:
    """Meetings and statements as one chronological sequence (a meeting before what was said that day).

    With ``participant``: the meetings they took part in and the statements they made.
    ``review``: see :func:`review_test`.
    """
    found_meetings = meetings(
        corpus, participant=participant, review=review, on=on, between=between, since=since, until=until
    )
    found_statements = statements(
        corpus, speaker=participant, review=review, on=on, between=between, since=since, until=until
    )
    entries = [*map(TimelineEntry, found_meetings), *map(TimelineEntry, found_statements)]
    return tuple(sorted(entries, key=lambda e: (e.date.sort_key(), e.kind != "meeting", e.record.id)))


def who_met(
    corpus: Searchable,
    *,
    participant: str | None = None,
    status: MeetingStatus | str | None = MeetingStatus.HELD,
    on: DateLike | None = None,
    between: tuple[DateLike, DateLike] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    review: Review | str | None = None,
) -> tuple[Pair, ...]:
    """Every pair of participants who took part in the same meetings, most meetings first.

    Only held meetings count unless ``status`` says otherwise (``None``: all).
    With ``participant``, only the pairs that include them, with them as ``a``.
    ``review``: see :func:`review_test`.
    """
    found = meetings(
        corpus, participant=participant, status=status, review=review, on=on, between=between, since=since, until=until
    )
    me = _people(corpus).lookup(participant).id if participant is not None else None
    if isinstance(corpus, Corpus):
        people = corpus.derived(_by_id)
    else:  # a pair holds its participants whole
        people = corpus.participants_by_id({i for m in found for i in m.participant_ids})
    found_pairs = pairs(found, people, including=me)
    never = PartialDate().sort_key()
    return tuple(sorted(found_pairs, key=lambda p: (-p.count, p.first.sort_key() if p.first else never, p.a.id, p.b.id)))


# -- records and their sources ---------------------------------------------


def record(corpus: Searchable, record_id: str) -> Document | Participant | Meeting | Statement:
    """The record of any kind with this id; an unknown id raises :class:`UnknownNameError` with the closest ids.

    A store looks the id up in its tables' indexes, and reads every id (one
    at a time, not the records) only to suggest the closest to an unknown one.
    """
    found = corpus.get(record_id)
    if found is None:
        known = (r.id for r in corpus) if isinstance(corpus, Corpus) else corpus.ids()
        raise _close("record id", record_id, known)
    return found


def sources(corpus: Searchable, record_id: str) -> tuple[Source, ...]:
    """The document spans and public-knowledge bases a record rests on, fact by fact.

    A document is a source itself and has none.
    """
    found = record(corpus, record_id)
    out: list[Source] = []

    def cite(about: str, evidence: Iterable[Evidence] = (), basis: Basis | None = None) -> None:
        out.extend(Source(about, evidence=e) for e in evidence)
        if basis is not None:
            out.append(Source(about, basis=basis))

    def cite_date(about: str, date: PartialDate | None) -> None:
        if date is not None and date.basis is not DateBasis.STATED and date.reason:
            cite(about, basis=Basis(date.reason, date.reference))

    if isinstance(found, Meeting):
        cite("meeting", found.evidence, found.basis)
        cite_date("date", found.date)
        cite_date("end date", found.end_date)
        if found.location is not None:
            cite("location", found.location.evidence, found.location.basis)
        for a in found.participants:
            cite(f"participant {a.participant}", a.evidence, a.basis)
        for r in found.readings:
            cite(f"reading of {r.field}: {r.value}", r.evidence)
    elif isinstance(found, Statement):
        cite("statement", found.evidence, found.basis)
        cite("speaker", found.speaker_evidence)
        cite_date("date", found.date)
    elif isinstance(found, Participant):
        cite("name", found.evidence, found.basis)
        for o in found.offices:
            cite(f"office {o.title}", basis=o.basis)
    return tuple(out)
