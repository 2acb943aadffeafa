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
_MONTH_RE = re.compile(
    r"\b(" + "|".join(m[:3] + r"(?:" + m[3:] + r")?" for m in MONTH_NAMES) + r")\.?\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b(\d{4})\b")
_DAY_RE = re.compile(r"(?<![\d-])(\d{1,2})(?:st|nd|rd|th)?\b(?![-/]?\d{4}\b)")


def parse_partial(text: str) -> PartialDate:
    """Read a date a person would type ("2022-11-07", "Nov 2022", "7 November 2022", "2023").

    The precision is what the text says: dateutil is used for the reading, but
    the parts it would fill in silently stay unknown.
    """
    raw = text.strip()
    if not raw:
        raise ValueError("empty date")
    m = _ISO_RE.match(raw)
    if m:
        return PartialDate.from_iso(raw)
    # Which parts does the text actually give?
    has_month = _MONTH_RE.search(raw) is not None
    numeric = re.fullmatch(r"(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?", raw)
    if numeric:
        y, mo, d = numeric.groups()
        return PartialDate(int(y), int(mo), int(d) if d else None)
    years = _YEAR_RE.findall(raw)
    if not years:
        raise ValueError(f"no year in date {text!r}")
    rest = _YEAR_RE.sub(" ", raw)
    has_day = has_month and _DAY_RE.search(_MONTH_RE.sub(" ", rest)) is not None
    from dateutil import parser as _dateutil_parser  # on first use: loading the records needs no parser

    try:
        parsed = _dateutil_parser.parse(raw, default=_dt.datetime(int(years[0]), 1, 1))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"cannot read date {text!r}: {exc}") from None
    if has_day:
        return PartialDate(parsed.year, parsed.month, parsed.day)
    if has_month:
        return PartialDate(parsed.year, parsed.month)
    return PartialDate(parsed.year)


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
