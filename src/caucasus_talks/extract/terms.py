"""The years of an undated text's dates, from the offices it gives its people: public knowledge of office terms.

A text with no publication date and no year of its own ("On October 23, Azerbaijan Foreign Minister Jeyhun Bayramov
will meet Secretary of State Mike Pompeo") still tells when it was written: the people it names held the offices it
gives them together only for a while. A month and day (or a month) that falls in that while in one year only is of
that year: a date inferred, with the offices it was inferred from as its reason.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence

from ..dates import DateBasis, PartialDate
from .people import Index, title_matches
from .types import DateMention, DocumentContext, Draft, Mentions

__all__ = ["give_years", "meeting_years", "years_in_office"]

MIN_PEOPLE = 2  # how many people with offices of known terms it takes (one person's terms fix little)
_Span = tuple[_dt.date, _dt.date]


def give_years(dates: Sequence[DateMention], mentions: Mentions, idx: Index) -> None:
    """Give each month and day (or month) without a year the one year in which it falls while every person the text
    gives an office held it (see the module's notes); the text is taken to state no year and no publication date."""
    found = _together(mentions, idx)
    if found is None:
        return
    spans, names = found
    reason = (
        f"the text states no year; of the years when {', '.join(sorted(names))} held the offices it gives them, "
        "only this one has this date (office terms from the actor registry)"
    )
    for d in dates:
        if d.value is not None or d.md is None or d.year_step is not None:
            continue
        month, day = d.md
        if d.relative is None and day:
            years = {y for lo, hi in spans for y in range(lo.year, hi.year + 1) if _within(y, month, day, lo, hi)}
            if len(years) == 1:
                d.value = PartialDate(years.pop(), month, day, basis=DateBasis.CONTEXT, reason=reason)
        elif d.relative == "month-name":
            years = {y for lo, hi in spans for y in range(lo.year, hi.year + 1) if _month_within(y, month, lo, hi)}
            if len(years) == 1:
                d.value = PartialDate(years.pop(), month, basis=DateBasis.CONTEXT, reason=reason)


def years_in_office(dates: Sequence[DateMention], mentions: Mentions, idx: Index, year_at: Callable[[int], int | None]) -> None:
    """In an undated text that states years, a month and day without one whose nearest year stated is not one when the
    people the text gives offices held them together, all their terms ended ("On June 20 the Foreign Ministers A and B
    met ... the previous meeting was in May 2009"): the latest year when they did and the day falls in their terms
    (not a month the text states with a year: "the fighting of April 2016 ... met on April 5" is of that April)."""
    found: tuple[list[_Span], list[str]] | None = None
    asked = False
    months = {d.value.month for d in dates if d.year_stated and d.value is not None and d.value.month}
    for d in dates:
        if d.value is not None or d.md is None or d.year_step is not None or d.relative is not None or not d.md[1]:
            continue
        if d.md[0] in months:
            continue
        if not asked:
            found, asked = _together(mentions, idx), True
        if found is None:
            return
        hint = year_at(d.start)
        month, day = d.md
        spans, names = found
        years = [y for lo, hi in spans for y in range(lo.year, hi.year + 1) if _within(y, month, day, lo, hi)]
        if hint is None or not years or hint in years:
            continue
        reason = (
            f"the text states no year for it, and {hint}, the year it names nearest, is not one when "
            f"{', '.join(sorted(names))} held the offices it gives them: the latest year when they did (office terms "
            "from the actor registry)"
        )
        d.value = PartialDate(max(years), month, day, basis=DateBasis.INFERRED, reason=reason)


def _together(mentions: Mentions, idx: Index) -> tuple[list[_Span], list[str]] | None:
    """When every person the text gives an office of a known term held it: spans of days, and their names."""
    spans: list[_Span] = [(_dt.date.min, _dt.date.max)]
    names: list[str] = []
    for pid, titles in mentions.titles.items():
        person = idx.people.get(pid)
        if person is None:
            continue
        terms = [
            (o.start, o.end or _dt.date.max)
            for o in person.offices
            if o.start is not None
            and any(title_matches(title, o.title) and country in (None, o.country or person.country) for country, title in titles)
        ]
        if terms:
            spans = [(max(a, c), min(b, d)) for a, b in spans for c, d in terms if max(a, c) <= min(b, d)]
            names.append(person.name)
    if len(names) < MIN_PEOPLE or not spans or any(hi == _dt.date.max or lo == _dt.date.min for lo, hi in spans):
        return None
    return spans, names


def _within(year: int, month: int, day: int, lo: _dt.date, hi: _dt.date) -> bool:
    try:
        return lo <= _dt.date(year, month, day) <= hi
    except ValueError:
        return False


def _month_within(year: int, month: int, lo: _dt.date, hi: _dt.date) -> bool:
    first = _dt.date(year, month, 1)
    last = (_dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1))
    return first <= hi and lo <= last


def meeting_years(meetings: Sequence[Draft], doc: DocumentContext) -> None:
    """In an undated text that names a month of a year ("the December 2018 elections"), a meeting told by a month
    and day (or a month) earlier in the calendar, its year taken from that one, is of the year after when no one at
    it with known terms held any of their offices in that year and everyone did in the next ("Pashinyan spoke with
    Bolton in January" of a prime minister appointed that May and an adviser that April): the text was written after
    the month it names, and the meeting is the most recent of that month."""
    latest: dict[int, PartialDate] | None = None
    for d in meetings:
        date = d.date
        if d.md is None or date is None or date.basis is not DateBasis.CONTEXT or date.year is None:
            continue
        latest = _latest_stated(doc) if latest is None else latest  # (read once a text, when a meeting asks)
        hint = latest.get(date.year)
        if hint is None or (d.md[0], d.md[1] or 1) >= (hint.month or 13, hint.day or 1):
            continue  # (a day after the month named, or in it, may be of its year)
        terms = [t for pid, seat in d.participants.items() if not seat[1] and (t := _terms(doc.idx, pid))]
        if not terms or any(_in_office(t, date) for t in terms):
            continue  # (one of them in office then: the meeting may well be of that year, the others in offices unknown)
        moved = _next_year(date)
        if moved is not None and all(_in_office(t, moved) for t in terms):
            d.date = moved


def _latest_stated(doc: DocumentContext) -> dict[int, PartialDate]:
    """Each year the text states with a month -> the latest date of it the text states."""
    latest: dict[int, PartialDate] = {}
    for v in (m.value for m in doc.dates if m.year_stated):
        if v is None or v.year is None or v.month is None:
            continue
        if v.year not in latest or (v.month, v.day or 0) > (latest[v.year].month or 0, latest[v.year].day or 0):
            latest[v.year] = v
    return latest


def _terms(idx: Index, pid: str) -> list[_Span]:
    """The spans of days a registry person held their offices, when every office's start is known; else none."""
    person = idx.people.get(pid)
    if person is None or not person.offices or any(o.start is None for o in person.offices):
        return []
    return [(o.start, o.end or _dt.date.max) for o in person.offices if o.start is not None]


def _in_office(terms: list[_Span], date: PartialDate) -> bool:
    """Whether one of the terms covers some day of the date (a month's, or a day's)."""
    lo, hi = date.earliest, date.latest
    return lo is not None and hi is not None and any(a <= hi and lo <= b for a, b in terms)


def _next_year(date: PartialDate) -> PartialDate | None:
    """The same month and day a year later, its reason saying why."""
    assert date.year is not None
    year = date.year + 1
    reason = (
        f"no year is given; the text names a later month of {date.year}, in {date.year} no one at the meeting held any of "
        f"their offices, and in {year} everyone at it with known terms held one (office terms from the actor registry)"
    )
    try:
        return PartialDate(year, date.month, date.day, basis=DateBasis.INFERRED, reason=reason)
    except ValueError:  # February 29 of a year without one
        return None
