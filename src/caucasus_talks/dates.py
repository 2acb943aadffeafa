"""Partial dates: a day, a month or a year, with how the date is known.

A news text often says "September 19" or "in October 2022"; the date keeps
exactly that much precision, and says whether the text states it, whether it
was completed from the document's context (a year taken from the publication
date), or whether it comes from outside knowledge (with the reason).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import re

import attrs

__all__ = [
    "DateBasis",
    "PartialDate",
    "Precision",
    "parse_bound",
    "parse_partial",
]


class Precision(enum.Enum):
    """How much of a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class DateBasis(enum.Enum):
    """Where a date comes from."""

    STATED = "stated"  #: the text states it in full
    CONTEXT = "context"  #: completed from the document's context (e.g. its publication year)
    INFERRED = "inferred"  #: outside knowledge; the date carries the reason


_ISO_RE = re.compile(r"\A(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\Z")


def _check_parts(instance: PartialDate, _attribute: attrs.Attribute[int | None], _value: int | None) -> None:
    """Year, month and day together: attrs runs validators once every field is set, so one validator sees all three."""
    year, month, day = instance.year, instance.month, instance.day
    if year is None and (month is not None or day is not None):
        raise ValueError("a month or day needs a year")
    if month is None and day is not None:
        raise ValueError("a day needs a month")
    if year is not None and not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month {month} is out of range")
    if day is not None and year is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"day {day} is out of range for {year:04d}-{month:02d}")


def _check_reason(instance: PartialDate, _attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if instance.basis is DateBasis.INFERRED and instance.year is not None and not (value and value.strip()):
        raise ValueError("an inferred date needs a reason")


@attrs.frozen(order=False)
class PartialDate:
    """A date known to the day, the month, the year, or not at all.

    >>> PartialDate.from_iso("2022-11").precision
    <Precision.MONTH: 'month'>
    """

    year: int | None = None
    month: int | None = None
    day: int | None = attrs.field(default=None, validator=_check_parts)  # checks all three parts, once
    basis: DateBasis = attrs.field(default=DateBasis.STATED, kw_only=True)
    reason: str | None = attrs.field(default=None, kw_only=True, validator=_check_reason)
    reference: str | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def unknown(cls) -> PartialDate:
        """The date of an event the sources do not date."""
        return cls()

    @classmethod
    def from_iso(
        cls,
        text: str | None,
        *,
        basis: DateBasis = DateBasis.STATED,
        reason: str | None = None,
        reference: str | None = None,
    ) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (``None`` or ``""``: unknown)."""
        if text is None or text == "":
            return cls(basis=basis, reason=reason, reference=reference)
        m = _ISO_RE.match(text)
        if not m:
            raise ValueError(f"not an ISO date of day, month or year precision: {text!r}")
        y, mo, d = (int(g) if g else None for g in m.groups())
        return cls(y, mo, d, basis=basis, reason=reason, reference=reference)

    @classmethod
    def from_date(cls, value: _dt.date, *, basis: DateBasis = DateBasis.STATED, reason: str | None = None) -> PartialDate:
        """A day-precision date from a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day, basis=basis, reason=reason)

    @property
    def precision(self) -> Precision:
        """How much of the date is known."""
        if self.year is None:
            return Precision.UNKNOWN
        if self.month is None:
            return Precision.YEAR
        if self.day is None:
            return Precision.MONTH
        return Precision.DAY

    @property
    def known(self) -> bool:
        """Whether anything of the date is known."""
        return self.year is not None

    @property
    def iso(self) -> str | None:
        """ISO 8601 of the date's precision: ``2022-11-07``, ``2022-11``, ``2022`` or ``None``."""
        if self.year is None:
            return None
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    @property
    def earliest(self) -> _dt.date | None:
        """The first day the date may stand for."""
        if self.year is None:
            return None
        return _dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> _dt.date | None:
        """The last day the date may stand for."""
        if self.year is None:
            return None
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return _dt.date(self.year, month, day)

    def overlaps(self, start: _dt.date | None, end: _dt.date | None) -> bool:
        """Whether the date may fall within ``start..end`` (inclusive; ``None`` is open).

        An unknown date overlaps nothing: it cannot be placed on the calendar.
        """
        if self.year is None:
            return False
        earliest, latest = self.earliest, self.latest
        assert earliest is not None
        assert latest is not None
        if start is not None and latest < start:
            return False
        return not (end is not None and earliest > end)

    def sort_key(self) -> tuple[int, int, int, int]:
        """Chronological order; coarser dates before finer ones of the same period, unknown last."""
        if self.year is None:
            return (10000, 0, 0, 0)
        return (self.year, self.month or 0, self.day or 0, 0)

    def __str__(self) -> str:
        return self.iso or "undated"


#: English month names, January first; the one list every date reader here uses.
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
#: English weekday names, Monday first (as ``datetime.date.weekday()`` counts).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: How a date filter is written when a text cannot be read: named in every refusal.
ISO_HINT = "write it in ISO 8601: YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year)"

_YEAR_FIRST_RE = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})(?:\2([0-9]{1,2}))?", re.ASCII)
_DAY_FIRST_RE = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{2}|[0-9]{4})", re.ASCII)
_MONTH_YEAR_RE = re.compile(r"([0-9]{1,2})[-/.]([0-9]{4})", re.ASCII)
_TIME_RE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ][0-9]{1,2}:[0-9]{2}\S*|T\S*)", re.ASCII)
_TOKEN_RE = re.compile(r"[0-9]+(?:st|nd|rd|th)?|[^\W\d_]+|\S", re.IGNORECASE)
_ORDINAL_RE = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?", re.ASCII | re.IGNORECASE)
_SKIPPED = frozenset({",", ".", "-", "/", "of", "the"})


def _named(word: str, names: tuple[str, ...]) -> int | None:
    """The 1-based number of the name ``word`` spells in full or shortens to three letters or more ("Sept")."""
    folded = word.casefold()
    if len(folded) < 3:
        return None
    found = [i for i, name in enumerate(names, start=1) if name.startswith(folded)]
    return found[0] if len(found) == 1 else None


def _refused(reason: str) -> ValueError:
    return ValueError(f"{reason}; {ISO_HINT}")


def _partial(year: int, month: int | None = None, day: int | None = None) -> PartialDate:
    """The date of these parts, or the reason they name no day of the calendar."""
    try:
        return PartialDate(year, month, day)
    except ValueError as exc:
        raise _refused(f"not a date of the calendar: {exc}") from None


def parse_partial(text: str) -> PartialDate:
    """Read a date a person would type, at exactly the precision it gives, or refuse it.

    ISO 8601 (``2022-11-07``, ``2022-11``, ``2022``; also ``2022/11/07``) and
    English dates with a month's name (``Nov 2022``, ``7 November 2022``,
    ``November 7, 2022``, ``Monday, 7 November 2022``) are read. Everything
    else is refused with a :class:`ValueError` naming the ISO form: numbers
    that put the day or month first (``07/11/2022`` is 7 November in Europe,
    July 11 in the US), a time of day, words that are not a date's. A
    day's date is never read as its month or year, nor the other way round.
    """
    raw = text.strip()
    if not raw:
        raise _refused("empty date")
    if _ISO_RE.fullmatch(raw) and raw.isascii():
        try:
            return PartialDate.from_iso(raw)
        except ValueError as exc:
            raise _refused(f"not a date of the calendar: {exc}") from None
    if m := _YEAR_FIRST_RE.fullmatch(raw):
        return _partial(*(int(g) for g in m.group(1, 3, 4) if g))
    if m := _TIME_RE.fullmatch(raw):
        raise _refused(f"a time of day is not a date filter: give the day alone, {m.group(1)}")
    if m := _DAY_FIRST_RE.fullmatch(raw):
        raise _refused(_day_first(*(int(g) for g in m.group(1, 3, 4))))
    if m := _MONTH_YEAR_RE.fullmatch(raw):
        raise _refused(f"a month is written year first, {int(m.group(2)):04d}-{int(m.group(1)):02d}")
    return _words_date(raw)


def _day_first(first: int, second: int, year: int) -> str:
    """Why numbers with the day or the month first are refused, with the ISO dates they may mean."""
    if year < 100:
        return "a two-digit year is ambiguous"
    readings = []
    for day, month in ((first, second), (second, first)):
        try:
            readings.append(_dt.date(year, month, day))
        except ValueError:
            continue
    if len(set(readings)) == 2:
        a, b = readings
        return f"day and month may be either way round ({a.isoformat()} or {b.isoformat()})"
    if readings:
        return f"only ISO order is read (did you mean {readings[0].isoformat()}?)"
    return "not a date of the calendar"


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isascii() and token.isdigit()


def _words_date(raw: str) -> PartialDate:
    """A date written with a month's name: every word must be a year, a month, a day, a weekday or a joining word."""
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    tokens = _TOKEN_RE.findall(raw)
    years = [int(t) for t in tokens if _is_year(t)]
    if not years:
        raise _refused("no year")
    if len(years) > 1:
        raise _refused("more than one year")
    year = years[0]
    for token in tokens:
        if token.casefold() in _SKIPPED or _is_year(token):
            continue
        if (ordinal := _ORDINAL_RE.fullmatch(token)) is not None:
            if day is not None:
                raise _refused(f"more than one day ({day} and {ordinal.group(1)})")
            day = int(ordinal.group(1))
        elif (number := _named(token, MONTH_NAMES)) is not None:
            if month is not None:
                raise _refused("more than one month")
            month = number
        elif (number := _named(token, WEEKDAY_NAMES)) is not None:
            if weekday is not None:
                raise _refused("more than one weekday")
            weekday = number - 1
        else:
            raise _refused(f"{token!r} is not part of a date")
    if day is not None and month is None:
        raise _refused("a day needs the month's name")
    if weekday is not None and day is None:
        raise _refused("a weekday needs a day")
    date = _partial(year, month, day)
    if weekday is not None and date.earliest is not None and date.earliest.weekday() != weekday:
        named = WEEKDAY_NAMES[date.earliest.weekday()].capitalize()
        raise _refused(f"{date.iso} is a {named}, not a {WEEKDAY_NAMES[weekday].capitalize()}")
    return date


def parse_bound(value: _dt.date | str | PartialDate) -> PartialDate:
    """A query bound from a :class:`datetime.date`, a :class:`PartialDate` or a string."""
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, _dt.datetime):
        return PartialDate.from_date(value.date())
    if isinstance(value, _dt.date):
        return PartialDate.from_date(value)
    if isinstance(value, str):
        return parse_partial(value)
    raise TypeError(f"a date must be a datetime.date or a string, not {type(value).__name__}")
