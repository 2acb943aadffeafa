"""Stage 4b of meetings: a visit told in one sentence is where, and when, the visitor's meetings of the next ones were.

"Mirzoyan paid a working visit to Moscow on June 5. As part of the visit, he held talks with Lavrov.": the talks
were in Moscow on June 5. A meeting in person that has the visitor among its people, is told in one of the
:data:`VISIT_REACH` sentences after the visit, and names no city of its own takes the visit's city; it takes the
visit's date when its own passage tells none (and names no city, or the visit's). The latest visit before the
meeting is the one it belongs to. A meeting of a given day with no city is in the city a visit told later has its
visitor in on that day ("X on Thursday met with Y. ... Y arrived in Yerevan on Thursday").
"""

from __future__ import annotations

import bisect
import itertools

from ...dates import PartialDate
from ...model import MeetingFormat, MeetingStatus
from ...registry.places import PlaceKind
from .._regex import compile_fast, phrases, start_filter
from ..dates import resolve
from ..types import PERSON, PLACE, DocumentContext, Draft, Mention
from ..vocabulary.markers import VISIT_PHRASES
from .attributes import city_of

__all__ = ["VISIT_REACH", "carry_visits"]

VISIT_REACH = 2  # how many sentences after a visit its meetings may be told
ARRIVAL_REACH = 6  # how many sentences after a meeting an arrival that day may place it
_PLACE_AFTER = 40  # characters between the visit's words and its city ("paid a visit to the Russian capital, Moscow")

# the words of a visit, and trips to come: "will travel to", "is travelling to", "flew to", "paid a visit to"
#: the words of a departure: a trip whose city only the meetings told after it as to come, or dated from its day, take
#: (a departure is often told after the meetings of the visit it ends: "left Prague for Baku on Friday. During the
#: summit he met X")
_DEPARTURES = ("departed for", "departs for", "left for", "leaves for", "headed to", "heads to", "headed for", "heads for")
_VISIT_FORMS = (*VISIT_PHRASES, "travel to", "travels to", "travelling to", "traveling to", "flew to", "flies to", *_DEPARTURES)
_VISIT_RE = compile_fast(rf"\b{start_filter(_VISIT_FORMS)}{phrases(_VISIT_FORMS)}\b")  # most words fail the filter
# "left Tehran for Baku": where the trip went is after "for"
_LEFT_FOR_RE = compile_fast(r"\b(?:left|leaves|departed|departs)[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[ \t]+for\b")
# right before a departure's words: its traveller, a person named (not "time was [left for] Baku", "a delegation
# [headed to]")
_TRAVELLER_BEFORE_RE = compile_fast(r"[A-Z][\w’'\-]*[ \t]+(?:(?:also|then|later|has|had|will|has[ \t]+also)[ \t]+)?\Z")
VISITOR_BACK = 300  # how far before a visit's words its visitor may be named
_NEEDLES = ("visit", "arriv", "travel", "trip", "tour", "flew", "flies", "left", "leaves", "depart", "headed", "heads")


class _Visit:
    __slots__ = ("arrival", "date", "departure", "md", "place", "place_span", "sentence", "visitor")

    def __init__(self, sentence: int, visitor: str, place: str, place_span: tuple[int, int]) -> None:
        self.sentence = sentence
        self.visitor = visitor
        self.place = place
        self.place_span = place_span
        self.date: PartialDate | None = None
        self.md: tuple[int, int] | None = None
        self.arrival = False  # told as an arrival, not as a trip made after something ("arrived in Yerevan Thursday")
        self.departure = False  # told as leaving for the city: its meetings are those to come


def carry_visits(doc: DocumentContext, drafts: list[Draft]) -> None:
    """Give the meetings told just after a visit the visit's city, and its date when they tell none (in place)."""
    if not any(n in doc.text for n in _NEEDLES):  # the words a visit needs (one pass each, no pattern)
        return
    visits = _visits(doc)
    if not visits:
        return
    at = [v.sentence for v in visits]
    for d in drafts:
        if d.format is not MeetingFormat.IN_PERSON or d.sentence < 0 or d.frame:
            continue
        i = bisect.bisect_left(at, d.sentence) - 1  # the latest visit told in a sentence before the meeting's
        if d.country is not None and d.place is None:
            _in_the_country(doc, d, visits[max(0, bisect.bisect_left(at, d.sentence - ARRIVAL_REACH)) : i + 1])
            continue
        if i < 0 or d.sentence - visits[i].sentence > VISIT_REACH or visits[i].visitor not in d.participants:
            continue
        v = visits[i]
        if v.departure and not _after_leaving(d, v):
            continue
        if d.place is None:
            d.place, d.place_span = v.place, v.place_span
            d.evidence.append(v.place_span)
        elif d.place != v.place:
            continue  # a city of its own, another than the visit's: another trip
        if d.date is None and not d.date_said and v.date is not None:
            d.date, d.md = v.date, v.md  # ("In the Armenian capital he held talks with X": the visit's city, its day)
    _arrived_that_day(drafts, visits, at)


def _in_the_country(doc: DocumentContext, d: Draft, before: list[_Visit]) -> None:
    """"X arrived in Baku on Wednesday. ... In Azerbaijan X met Y": a meeting told in a country is in the city of that
    country a visitor of it went to in the few sentences before."""
    v = next((v for v in reversed(before) if v.visitor in d.participants and doc.country_of_city(v.place) == d.country), None)
    if v is not None:
        d.place, d.place_span = v.place, v.place_span
        d.evidence.append(v.place_span)


def _after_leaving(d: Draft, v: _Visit) -> bool:
    """Whether a meeting told after a departure is at its end: to come, or dated from the day of leaving."""
    if d.status is not MeetingStatus.HELD:
        return True
    met, left = _day(d.date), _day(v.date)
    return met is not None and left is not None and met >= left


def _arrived_that_day(drafts: list[Draft], visits: list[_Visit], at: list[int]) -> None:
    """"X on Thursday met with Y. ... Y arrived in Yerevan Thursday": a meeting of a day with no city is in the city a
    visitor of it is told, in the few sentences after, to have arrived in that day."""
    for d in drafts:
        day = _day(d.date)
        if d.format is MeetingFormat.IN_PERSON and d.place is None and d.sentence >= 0 and not d.frame and day is not None:
            j, k = bisect.bisect_right(at, d.sentence), bisect.bisect_right(at, d.sentence + ARRIVAL_REACH)
            after = visits[j:k]  # the visits told in the few sentences after it
            later = next((v for v in after if v.arrival and v.visitor in d.participants and _day(v.date) == day), None)
            if later is not None:
                d.place, d.place_span = later.place, later.place_span
                d.evidence.append(later.place_span)


def _day(date: PartialDate | None) -> tuple[int | None, int | None, int] | None:
    """A date's calendar day, if it has one."""
    return None if date is None or date.day is None else (date.year, date.month, date.day)


def _visits(doc: DocumentContext) -> list[_Visit]:
    """The visits the document tells, in order: a person, the words of a visit after them, and a city just after."""
    lay, text = doc.lay, doc.text
    out: list[_Visit] = []
    for m in sorted(itertools.chain(_VISIT_RE.finditer(text), _LEFT_FOR_RE.finditer(text)), key=lambda m: m.start()):
        if doc.quote_of(m.start()) != -1 or not lay.sentences:
            continue
        departure = m.re is _LEFT_FOR_RE or m.group().lower() in _DEPARTURES
        if departure and not _TRAVELLER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue
        si = lay.sentence_index(m.start())
        if out and out[-1].sentence == si:
            continue  # one visit a sentence: its first words tell it
        s, e = lay.sentences[si]
        place, city = _destination(doc, doc.mentions_in(m.end(), min(e, m.end() + _PLACE_AFTER)))
        visitor = _visitor(doc, max(s, m.start() - VISITOR_BACK), m.start())
        if place is None or city is None or visitor is None:
            continue
        v = _Visit(si, visitor, city, (place.start, place.end))
        v.arrival = m.group().lower().startswith("arriv") and _AFTERWARDS_RE.search(text, s, e) is None
        v.departure = departure
        j = doc.first_date(s)
        near = []
        for d in itertools.islice(doc.dates, j, None):  # the sentence's dates, read no further
            if d.start >= e:
                break
            near.append(d)
        if near:
            d = min(near, key=lambda d: abs(d.start - m.start()))
            v.date = resolve(d, doc.ref, doc.year_at(d.start), text[s : d.end])
            v.md = d.md
        out.append(v)
    return out


def _destination(doc: DocumentContext, after: list[Mention]) -> tuple[Mention | None, str | None]:
    """The first city after a visit's words that is where it went: not one the trip came from, nor one of another
    country than a country named first ("travelled to Azerbaijan from Moscow": no city; "arrived in Azerbaijan's
    capital, Baku": Baku)."""
    country: str | None = None
    for mm in after:
        pl = mm.place
        if mm.kind is not PLACE or pl is None or _FROM_BEFORE_RE.search(doc.text, max(0, mm.start - 6), mm.start):
            continue
        if pl.kind is PlaceKind.COUNTRY:
            country = country or pl.name
            continue
        city = city_of(doc.idx, mm)
        if city:
            return (mm, city) if country is None or pl.country in (None, country) else (None, None)
    return None, None


def _visitor(doc: DocumentContext, s: int, at: int) -> str | None:
    """Who visits: the person the sentence names last before the visit's words (not one of an institution's); for
    "he" or "she", the one person the sentences before name ("Klaar had talks in Baku. On 21 October he visited ...")."""
    found: Mention | None = None
    for mm in doc.mentions_in(s, at):
        if mm.kind is PERSON and mm.pid and not mm.possessive:
            found = mm
    if found is None and _HE_RE.search(doc.text, s, at):
        si = doc.lay.sentence_index(s)
        before = doc.lay.sentences[max(si - VISIT_REACH, 0) : si]
        # the one person the sentences before name ("Aliyev received Blinken. He then visited ...": whose visit is
        # not told)
        named = {mm.pid for mm in doc.mentions_in(before[0][0], s) if mm.kind is PERSON and mm.pid} if before else set()
        return named.pop() if len(named) == 1 else None
    return found.pid if found is not None else None


# in an arrival's sentence: a trip made after the meeting told before ("then arrived in Baku", "in the evening")
_AFTERWARDS_RE = compile_fast(r"\b(?:then|later|afterwards|subsequently|evening|night)\b")
_HE_RE = compile_fast(r"\b(?:[Hh]e|[Ss]he)\b")
_FROM_BEFORE_RE = compile_fast(r"\bfrom[ \t]+\Z")  # a place the trip came from
