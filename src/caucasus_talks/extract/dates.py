"""Date expressions in running text, resolved against the document's dates.

"October 4, 2022" is stated in full; "September 19" takes its year from the
context (basis CONTEXT); "on Wednesday", "yesterday", "today (24 June)",
"last month" count from a reference day (the publication date, or when the
quoted words were said). The precision is what the text says.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence

import attrs
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

from ..dates import MONTH_NAMES, WEEKDAY_NAMES, DateBasis, PartialDate, Precision
from ._regex import compile_fast, phrase, phrases
from .types import DateMention
from .vocabulary.dates import (
    AGO_COUNTS,
    DAY_WORDS,
    MONTH_PARTS,
    NEXT_DAY_WORDS,
    SAME_DAY_WORDS,
    SPAN_UNITS,
    SPAN_WORDS,
    YEAR_PREPOSITIONS,
)
from .vocabulary.markers import FUTURE_TENSE

__all__ = [
    "DATELINE_REACH", "after_since", "anchor_same_days", "find_dates", "in_dateline", "relation", "resolve",
    "stated_day_years", "stated_weekdays", "weekday_years",
]  # fmt: skip

DATELINE_REACH = 400  # how far into the body a dateline or date line may stand
#: The place of a dateline before its date: "MOSCOW, July 26", "YEREVAN. April 11 (Interfax) -".
#: Its words are capitalised ("NEW YORK", "St. Petersburg"): "Blinken met Aliyev on Friday, [a day after]" is no place.
_DATELINE_PLACE_RE = re.compile(r"[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*)*[,.][ \t]*")
DATELINE_PLACE = 32  # the most characters a dateline's place and its mark take
#: ... or the place and, in brackets, the agency before the date: "YEREVAN (Example News / Wire - 16th October, 2019)"
_DATELINE_AGENCY_RE = re.compile(r"[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*)*[ \t]*\([A-Z][^()\n]{0,40}?[ \t][-–—][ \t]*")
DATELINE_AGENCY = 64  # the most characters a dateline's place, agency and marks take
AGENCY_REACH = 1500  # how far into the body a dateline with its agency may stand


def in_dateline(text: str, line_start: int, pos: int, body_start: int) -> bool:
    """Whether the date at ``pos`` is a dateline's ("MOSCOW, July 26. /TASS/."): a place and a comma or full stop
    open its line, near the top of the body. Such a date is the day the story was filed."""
    if pos > body_start + AGENCY_REACH or pos - line_start > 2 * DATELINE_AGENCY:
        return False  # (read first: a long line is not sliced for each date on it)
    if len(text[line_start:pos].rstrip()) > DATELINE_AGENCY:
        return False
    near = pos <= body_start + DATELINE_REACH and len(text[line_start:pos].rstrip()) <= DATELINE_PLACE
    if near and _DATELINE_PLACE_RE.fullmatch(text, line_start, pos):
        return True
    # (the agency's form is read further down: a story may open on its lede printed twice, the dateline the second's)
    return pos <= body_start + AGENCY_REACH and _DATELINE_AGENCY_RE.fullmatch(text, line_start, pos) is not None


_YEAR_STEPS = {"this": 0, "last": -1, "next": 1}
_MONTHS = {name[:3]: number for number, name in enumerate(MONTH_NAMES, start=1)}
_WEEKDAYS: dict[str, weekday] = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR, "saturday": SA, "sunday": SU,
}  # fmt: skip

# a month's name or its abbreviation, or its full name in capitals, as a dateline prints it ("YEREVAN, APRIL 15")
_M = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?|" + "|".join(m.upper() for m in MONTH_NAMES) + r")\.?"
)
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|20\d\d)"
_WD = "(?:" + "|".join(w.capitalize() for w in WEEKDAY_NAMES) + ")"


def _either_case(words: str) -> str:
    """A phrase of the vocabulary as a pattern whose first letter may be a capital (it may open a sentence)."""
    return f"[{words[0].upper()}{words[0]}]" + phrase(words[1:]) if words else ""


def _either_cases(table: Iterable[str]) -> str:
    """An alternation of a table's phrases, longest first, each in either case (see :func:`_either_case`)."""
    return "(?:" + "|".join(_either_case(w) for w in sorted(set(table), key=lambda w: (-len(w), w))) + ")"


# "May" alone is a month only after a word that makes it one ("in May", "Early May", "mid-May"), not the verb ("they
# may meet"): one fixed-width look behind per word, its first letter in either case, a hyphen after a month part
_MAY_AFTER = ("in", "of", "by", "since", "until", "end of", "last", "next", "this", *MONTH_PARTS)
_MAY = (
    "(?:"
    + "|".join(
        f"(?<={first}{w[1:]}{sep})"
        for w in sorted(set(_MAY_AFTER))
        for first in dict.fromkeys((w[0], w[0].upper()))
        for sep in (" ", "-") if sep == " " or w in MONTH_PARTS
    )
    + ")May"
)  # fmt: skip


def _lead(phrase: str) -> str:
    """The first letters a relative phrase is found by: its first eight characters (a space standing for spaces), so
    that a common first word ("the same day", "that same day") is told apart from its everyday uses."""
    head = phrase[:8]
    first, _, rest = head.partition(" ")
    return _either_case(first) + ("[ \\t]+" + re.escape(rest.split(" ")[0]) if " " in head else "")


_RELATIVE_DAYS = sorted((*DAY_WORDS, *SAME_DAY_WORDS, *NEXT_DAY_WORDS), key=len, reverse=True)
_SPANS = f"(?:{'|'.join(_either_case(w) for w in SPAN_WORDS)})[ \\t]+(?:{'|'.join(SPAN_UNITS)})"
# What a date can begin with, tested before the alternatives are tried one by one, made from the same words: a digit,
# the first letters of a month or a weekday, the first letters of a relative word in either case, a month part or a
# word before a year. Most words fail it at once; tests check the matches are those of the pattern without it.
_DATE_START = (
    r"(?=\d|"
    + "|".join(
        sorted(
            {m[:3].capitalize() for m in MONTH_NAMES}
            | {m[:3].upper() for m in MONTH_NAMES}
            | {w[:3].capitalize() for w in WEEKDAY_NAMES}
        )
    )
    + "|"
    + "|".join(sorted({_lead(w) for w in (*_RELATIVE_DAYS, *(f"{s} " for s in SPAN_WORDS), "earlier ", "later ")}))
    + "|"
    + "|".join(_either_case(w) for w in MONTH_PARTS)
    + "|the[ \\t]+\\d|"
    + "|".join(f"{_either_case(p)}[ \\t]+[12]" for p in YEAR_PREPOSITIONS)
    + ")"
)  # fmt: skip
_DATE_RE = compile_fast(  # not after a colon: "14:23 - 10 June" is a time and a day, not "23 - 10 June"
    rf"(?<![\w:-]){_DATE_START}(?:"
    rf"(?P<m1>{_M})[ \t]+(?P<d1>{_D})(?:[ \t]*[-–][ \t]*(?P<e1>{_D}))?(?![\w])(?:,?[ \t]+(?P<y1>{_Y})\b)?"
    rf"|(?:the[ \t]+)?(?P<d2>{_D})(?:[ \t]*[-–][ \t]*(?P<e2>{_D}))?[ \t]+(?:of[ \t]+)?(?P<m2>{_M})(?![\w])(?:,?[ \t]+(?P<y2>{_Y})\b)?"  # noqa: E501
    rf"|(?P<y4>{_Y})-(?P<mo4>\d\d)-(?P<d4>\d\d)\b"
    rf"|(?P<d5>\d{{1,2}})\.(?P<mo5>\d{{1,2}})\.(?P<y5>{_Y})\b"
    rf"|(?:{_either_cases(MONTH_PARTS)}[ \t-]+)?(?P<m3>{_M})[ \t]+(?:of[ \t]+)?(?P<y3>{_Y})\b"
    rf"|(?:(?P<early>{_either_cases(MONTH_PARTS)})[ \t-]+)?(?P<m6>{'|'.join(m.capitalize() for m in MONTH_NAMES if m != 'may')}|{_MAY})(?![\w])(?:[ \t]+(?:of[ \t]+)?(?P<yr6>this|last|next)[ \t]+year\b)?"  # noqa: E501
    rf"|(?P<rel>{'|'.join(_either_case(w) for w in _RELATIVE_DAYS)})"
    rf"|(?P<span>(?:[Ee]arlier[ \t]+|[Ll]ater[ \t]+)?{_SPANS})"
    rf"|(?P<wd>(?:(?:last|next|this)[ \t]+)?{_WD})(?:’s|'s)?"
    rf"|(?:{_either_cases(YEAR_PREPOSITIONS)}[ \t]+|{_either_cases(MONTH_PARTS)}[ \t-]+)(?P<y7>{_Y})\b"  # "in 2021", "mid-2021"
    rf")"
)
# before a part of a year ("late 2021", "the end of 2021"): what makes it the time of the clause ("in late 2021",
# "at the end of 2021"), not of a thing named ("the war of late 2020")
_PART_OF_YEAR_BEFORE_RE = compile_fast(r"\b(?:[Ii]n|[Tt]he)[ \t]+\Z")
_PART_OF_YEAR_RE = re.compile(rf"{_either_cases(MONTH_PARTS)}\b")
_FUTURE_RE = compile_fast(rf"\b{phrases(FUTURE_TENSE)}\b")


_DIGITS_RE = re.compile(r"\d+")
# "three weeks ago", "a few months ago", "5 days ago": a time counted back from the day the text counts from
# (ending where its "ago" ends: sought in the few words before each "ago")
_AGO_RE = compile_fast(
    rf"(?<![\w-])(?P<n>{_either_cases(AGO_COUNTS)}|\d{{1,2}})[ \t]+(?P<unit>day|week|month|year)s?[ \t]+ago\b\Z"
)
_AGO_WORD_RE = compile_fast(r"\bago\b")  # read first: the count before it is sought only where "ago" stands
_AGO_BACK = 40  # how far before "ago" its count and unit may start ("twenty-five years ago")
_AGO_VAGUE = 3  # "a few", "several": about three


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, unresolved (relative ones keep their words)."""
    out: list[DateMention] = []
    for m in _DATE_RE.finditer(text, start, len(text) if end is None else end):
        d = DateMention(m.start(), m.end())
        g = m.groupdict()
        try:
            if g["m1"] or g["d2"]:
                month = _MONTHS[(g["m1"] or g["m2"])[:3].lower()]
                day = int(_DIGITS_RE.match(g["d1"] or g["d2"]).group())  # type: ignore[union-attr]
                e = g["e1"] or g["e2"]
                if e:
                    d.end_day = int(_DIGITS_RE.match(e).group())  # type: ignore[union-attr]
                year = g["y1"] or g["y2"]
                if not 1 <= day <= 31:
                    continue
                d.md = (month, day)
                d.explicit = True
                if year:
                    d.year_stated = True
                    d.value = _safe(int(year), month, day)
            elif g["y4"] or g["y5"]:
                y, mo, dd = (
                    (int(g["y4"]), int(g["mo4"]), int(g["d4"])) if g["y4"] else (int(g["y5"]), int(g["mo5"]), int(g["d5"]))
                )
                d.value = _safe(y, mo, dd)
                if d.value is None:
                    continue
                d.md = (mo, dd)
                d.explicit = d.year_stated = True
            elif g["m3"]:
                d.precision = Precision.MONTH
                d.explicit = d.year_stated = True
                d.value = PartialDate(int(g["y3"]), _MONTHS[g["m3"][:3].lower()])
            elif g["m6"]:
                d.precision = Precision.MONTH
                d.explicit = True
                d.md = (_MONTHS[g["m6"][:3].lower()], 0)
                d.relative = "month-name"
                if g["yr6"]:  # "January this year", "in May of last year"
                    d.year_step = _YEAR_STEPS[g["yr6"]]
                elif step := _MONTH_STEP_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
                    d.month_step = -1 if step.group(1).lower() in ("last", "past") else 1  # "last August", "next May"
            elif g["rel"]:
                d.relative = " ".join(g["rel"].lower().split())  # "earlier in  the day" is "earlier in the day"
            elif g["span"]:
                d.relative = " ".join(g["span"].lower().split())
                d.precision = Precision.MONTH
            elif g["wd"]:
                d.relative = " ".join(g["wd"].lower().split())
            elif g["y7"]:
                part = _PART_OF_YEAR_RE.match(m.group()) is not None
                if part and not _PART_OF_YEAR_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
                    continue  # "the war of late 2020", "a treaty in mid-2025"'s own "in": only "in late 2021" dates a meeting
                d.precision = Precision.YEAR
                d.explicit = d.year_stated = True
                d.value = PartialDate(int(g["y7"]))
        except (ValueError, KeyError):
            continue
        out.append(d)
    if "ago" in text[start:end]:
        out = _ago(text, start, end, out)
    return _named_days(text, _ranges(text, out))


# a range told by its two ends: "from [May 1] to [May 4]", "between [1] and [4 May]"
_RANGE_OPEN = r"\b(?:[Ff]rom|[Bb]etween)[ \t]+"
_RANGE_JOIN = r"[ \t]+(?:to|until|till|through|and)[ \t]+"
_RANGE_OPEN_RE = compile_fast(_RANGE_OPEN + r"\Z")
_RANGE_JOIN_RE = re.compile(_RANGE_JOIN)
_RANGE_FIRST_DAY_RE = compile_fast(_RANGE_OPEN + r"(?P<day>\d{1,2})" + _RANGE_JOIN + r"\Z")
# before "from": a day moved to another ("postponed from May 1 to May 4"), not a period
_MOVED_BEFORE_RE = compile_fast(
    r"\b(?:postponed|moved|rescheduled|delayed|shifted|brought[ \t]+forward|pushed[ \t]+back)\b[^.;!?]*\Z"
)
MOVED_BEFORE = 60  # how far before "from" the verb may stand


def _moved(text: str, at: int) -> bool:
    """Whether the "from" at ``at`` tells where a day was moved from ("postponed from 1 to 4 May"), not a period."""
    return _MOVED_BEFORE_RE.search(text, max(0, at - MOVED_BEFORE), at) is not None


def _ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """Days told as the two ends of one range ("from May 1 to May 4", "between 1 and 4 May") made one mention of its
    first day, with the last day of the same month (``end_day``) and a year either end states: one period, not two
    dates (a meeting is not told twice)."""
    out: list[DateMention] = []
    for d in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.md is not None
            and d.md is not None
            and last.end_day is None
            and _RANGE_JOIN_RE.fullmatch(text, last.end, d.start) is not None
            and _RANGE_OPEN_RE.search(text, max(0, last.start - 10), last.start) is not None
            and not _moved(text, last.start)
        ):
            _reach(last, last.md, d, d.md)
            continue
        first = _RANGE_FIRST_DAY_RE.search(text, max(0, d.start - 24), d.start) if d.md and d.end_day is None else None
        if first is not None and d.md is not None and 1 <= int(first["day"]) < d.md[1] and not _moved(text, first.start()):
            d.start, d.end_day, d.md = first.start("day"), d.md[1], (d.md[0], int(first["day"]))
            if d.value is not None and d.value.year is not None:  # "between 1 and 4 May 2023"
                d.value = _safe(d.value.year, d.md[0], d.md[1])
        out.append(d)
    return out


def _reach(first: DateMention, first_md: tuple[int, int], last: DateMention, last_md: tuple[int, int]) -> None:
    """``first`` (month and day ``first_md``) made the range from it to ``last`` (see :func:`_ranges`)."""
    first.end = last.end
    if last_md[0] == first_md[0] and last_md[1] > first_md[1]:
        first.end_day = last_md[1]
    if first.value is None and last.value is not None and last.value.year is not None:  # "from May 1 to May 4, 2023"
        wraps = first_md[0] > last_md[0]  # "from December 30 to January 2, 2023": the December before
        first.value = _safe(last.value.year - wraps, *first_md)
        first.year_stated = first.value is not None


def _ago(text: str, start: int, end: int | None, found: list[DateMention]) -> list[DateMention]:
    """``found`` with the times counted back ("three weeks ago") that no date found already covers, in text order.
    Its ``relative`` is "ago", the unit and the count ("ago week 3"); a vague count ("a few days") is "ago day ~"."""
    more: list[DateMention] = []
    starts = [d.start for d in found]
    for am in _AGO_WORD_RE.finditer(text, start, len(text) if end is None else end):
        m = _AGO_RE.search(text, max(start, am.start() - _AGO_BACK), am.end())
        if m is None:
            continue
        k = bisect.bisect_left(starts, m.end())  # the dates starting before its end: the last of them may overlap it
        if k and found[k - 1].end > m.start():
            continue  # "two days ago" is a day word of its own
        word = " ".join(m.group("n").lower().split())
        n = int(word) if word.isdigit() else AGO_COUNTS[word]
        d = DateMention(m.start(), m.end())
        d.relative = f"ago {m.group('unit')} {'~' if n is None else n}"
        unit = m.group("unit")
        d.precision = Precision.DAY if unit == "day" and n is not None else Precision.YEAR if unit == "year" else Precision.MONTH
        more.append(d)
    return sorted([*found, *more], key=lambda d: d.start) if more else found


# between a day's name and its date: "Tuesday (December 14)", "Monday, November 7, 2022", "yesterday (7 December)"
_DAY_AND_DATE_RE = re.compile(r"[ \t]*\([ \t]*|,[ \t]+")
_CLOSE_RE = re.compile(r"[ \t]*\)")


def _named_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """A weekday or a day word followed by the date it is ("on Tuesday (December 14)", "Monday, November 7, 2022",
    "yesterday (December 7)") is one mention of that date, from the day's name on: the date, not the day counted from
    the publication, which may be another when a report is printed late."""
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and d.md is not None
            and d.relative is None
            and prev.relative is not None
            and (prev.relative in DAY_WORDS or prev.relative.split()[-1] in _WEEKDAYS)
            and _DAY_AND_DATE_RE.fullmatch(text, prev.end, d.start)
        ):
            close = _CLOSE_RE.match(text, d.end) if "(" in text[prev.end : d.start] else None
            d.start, d.end = prev.start, close.end() if close else d.end  # "yesterday (23 June)" with its bracket
            named = _WEEKDAYS.get(prev.relative.split()[-1])
            d.weekday = named.weekday if named is not None else None
            out[-1] = d
        else:
            out.append(d)
    return out


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted by start)."""
    k = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


_LONGEST_WEEKDAY = max(map(len, WEEKDAY_NAMES))
# a day named before the day told before it: "Last [Friday]", "had met on [Monday]", "[Monday], X had met"
_BACK_IN_TIME_RE = compile_fast(r"(?:\b[Ll]ast|\bhad(?:[ \t]+[a-z]+){1,3}[ \t]+on)[ \t]+\Z")
_HAD_AFTER_RE = compile_fast(r"[^.;\n]{0,40}?\bhad[ \t]+(?:already[ \t]+)?(?:[a-z]+ed|met|spoken|held|been)\b")
BACK_IN_TIME = 40
_EVENT_AFTER_RE = compile_fast(r"[ \t]+[\w“\"‘']")  # what follows it is an event, not a comma: "a day after [talking]"
SAME_DAY_BACK = 600  # how far before "earlier in the day" the day it means may be told
# a day that bounds a span ("since Monday", "the truce that ended on Friday") is no event's day to go back to
_BOUND_BEFORE_RE = compile_fast(r"\b(?:[Ss]ince|[Aa]fter|[Uu]ntil|[Tt]ill|[Bb]efore|ended|expired)[ \t]+(?:on[ \t]+)?\Z")


def relation(d: DateMention) -> bool:
    """Whether a date is a distance from another event: "the day after", "two days before" (what follows it says
    which way it counts: see :func:`anchor_same_days`)."""
    return d.relative in NEXT_DAY_WORDS and d.relative.endswith((" after", " before"))


# before a date, in its clause: a state of things since then ("since September 2023", "since Azerbaijan retook the
# region in September 2023")
_SINCE_AT_RE = compile_fast(r"\b[Ss]ince\b[^.;:!?\n]{0,140}\Z")
SINCE_BEFORE = 150  # how far before the date "since" may stand


def after_since(text: str, dates: list[DateMention], year_at: Callable[[int], int | None]) -> None:
    """In an undated text that tells a state of things "since September 2023", a month and day earlier in the calendar
    than that, of the year its nearest stated date gives, is of the next year: the text was written after the
    "since" ("On February 17 ... tensions have remained high since September 2023": February 2024)."""
    floors = [
        d.value
        for d in dates
        if d.value is not None
        and d.value.month is not None
        and d.year_stated
        and _SINCE_AT_RE.search(text, max(0, d.start - SINCE_BEFORE), d.start)
    ]
    if not floors:
        return
    floor = max(floors, key=lambda v: (v.year or 0, v.month or 0, v.day or 0))
    reason = f"the text tells of a state of things since {floor.iso}; a day earlier in the year is of the year after"
    for d in dates:
        if d.value is not None or d.md is None or d.relative is not None or not d.md[1]:
            continue
        hint = year_at(d.start)
        if hint is not None and hint == floor.year and (d.md[0], d.md[1]) < (floor.month or 0, floor.day or 1):
            later = _safe(hint + 1, d.md[0], d.md[1], DateBasis.CONTEXT)
            d.value = attrs.evolve(later, reason=reason) if later is not None else None


def weekday_years(dates: list[DateMention]) -> None:
    """In an undated text, a month and day named with its weekday and no year ("on Wednesday, December 4") is of the
    one year, next to the latest year the text names (what it tells is more recent than what it recalls), whose
    calendar puts that day on that weekday (a day's weekday moves by one or two a year, so three years running never
    share it)."""
    latest = max((d.value.year for d in dates if d.year_stated and d.value is not None and d.value.year), default=None)
    if latest is None:
        return
    for d in dates:
        if d.value is not None or d.weekday is None or d.md is None or not d.md[1] or d.year_stated:
            continue
        month, day = d.md
        fits = [v for y in (latest - 1, latest, latest + 1) if (v := _safe(y, month, day, DateBasis.CONTEXT)) is not None]
        fits = [v for v in fits if v.earliest is not None and v.earliest.weekday() == d.weekday]
        if len(fits) == 1:
            reason = f"no year is given; {fits[0].year} is the year near the latest the text names that puts it on that weekday"
            d.value = attrs.evolve(fits[0], reason=reason)


def stated_day_years(dates: list[DateMention]) -> None:
    """In an undated text, a month and day named without a year that the text names elsewhere with one year ("the
    statement dated November 9, 2020 ... since February 1988 ... signed the statement on November 9") is that day."""
    stated: dict[tuple[int, int], set[int]] = {}
    for d in dates:
        v = d.value
        if d.year_stated and v is not None and v.year and v.month and v.day:
            stated.setdefault((v.month, v.day), set()).add(v.year)
    for d in dates:
        years = stated.get(d.md) if d.value is None and d.md is not None and d.relative is None else None
        if years is not None and len(years) == 1:
            year = next(iter(years))
            v = _safe(year, d.md[0], d.md[1], DateBasis.CONTEXT)  # type: ignore[index]
            d.value = attrs.evolve(v, reason=f"no year is given; the text names the same day of {year} elsewhere") if v else None


_OPENING_LINES = 4  # a caption or dateline stands on one of a text's first lines (a headline, blank lines before it)


def stated_weekdays(text: str, dates: list[DateMention], sentence_at: Callable[[int], tuple[int, int]]) -> None:
    """In an undated text, a day told by its weekday alone ("spoke with X on Tuesday") is the one day the text names in
    full that falls on that weekday, in the weekday's own sentence or in the text's opening lines, its caption or
    dateline ("... a CIS summit in Saint Petersburg, December 26, 2023": a Tuesday); not a day told as to come, nor a
    full date of another event in the body ("the statement of November 10, 2020")."""
    days = [d for d in dates if d.year_stated and d.value is not None and d.value.day is not None]
    for d in dates:
        if d.value is not None or d.relative not in _WEEKDAYS:
            continue  # (only a bare weekday: not "last Tuesday", counted back from a day the text does not give)
        s, e = sentence_at(d.start)
        if _FUTURE_RE.search(text, s, e):
            continue  # "will hold talks on Friday"
        wanted = _WEEKDAYS[d.relative].weekday
        # (a caption or dateline: before the weekday's sentence, on one of the text's first lines)
        near = (v.value for v in days if (v.start < s and text.count("\n", 0, v.start) <= _OPENING_LINES) or s <= v.start < e)
        fits = {v for v in near if v is not None and v.earliest is not None and v.earliest.weekday() == wanted}
        if len(fits) == 1:
            v = fits.pop()
            d.value = PartialDate(v.year, v.month, v.day, basis=DateBasis.CONTEXT, reason=(
                "no date is given; the one day the text names in full that falls on that weekday"
            ))


def anchor_same_days(
    text: str,
    dates: list[DateMention],
    ref: _dt.date | None,
    year_at: Callable[[int], int | None],
    quoted: Sequence[tuple[int, int]] = (),
) -> None:
    """"He wrote on Wednesday ... Earlier in the day, he met X": a same-day phrase means the day told just before it
    (when one is, and it is an event's day, not a span's bound), not the day the text counts from. Sets the phrase's
    value."""
    last: PartialDate | None = None
    last_end = -SAME_DAY_BACK - 1
    named = False  # whether the day told before was told by its name as well ("Tuesday (4 March)")
    for d in dates:
        near = last is not None and d.start - last_end <= SAME_DAY_BACK
        if d.relative in SAME_DAY_WORDS:
            if last is not None and near:
                d.value = PartialDate(last.year, last.month, last.day, basis=DateBasis.CONTEXT)
            continue
        weekday = ref is None and d.relative in _WEEKDAYS
        if d.relative in NEXT_DAY_WORDS or weekday:
            if _inside(quoted, d.start):
                continue  # '"We will meet again the next day," X said': the speaker's day, not the story's
            # "... on May 5. The next day, he met X"; with no day to count from, a day told by its name and date, then
            # another by its name only ("On Tuesday (4 March) ... On Wednesday"): the first such day after it
            then = last.earliest if last is not None and near and (named or not weekday) else None
            if then is not None:
                step = NEXT_DAY_WORDS.get(d.relative or "")
                if step is not None and relation(d) and _EVENT_AFTER_RE.match(text, d.end):
                    step = -step  # "met Y on Friday, a day after [talking to Z]": Z the day before
                if step is None:
                    step = (_WEEKDAYS[d.relative or ""].weekday - then.weekday()) % 7
                    if _BACK_IN_TIME_RE.search(text, max(0, d.start - BACK_IN_TIME), d.start) or _HAD_AFTER_RE.match(
                        text, d.end
                    ):
                        step = step - 7 if step else -7  # "Last Friday", "On Monday, X had met Y": the one before
                when = then + _dt.timedelta(days=step)
                d.value = _safe(when.year, when.month, when.day, DateBasis.CONTEXT)
                if d.value is not None:
                    last, last_end, named = d.value, d.end, weekday
            continue
        if d.precision is Precision.DAY and not _BOUND_BEFORE_RE.search(text, max(0, d.start - 12), d.start):
            value = resolve(d, ref, year_at(d.start), text[max(0, d.start - SAME_DAY_BACK) : d.end])
            if value is not None and value.day is not None:
                last, last_end = value, d.end
                named = text[d.start : d.start + _LONGEST_WEEKDAY].lower().startswith(tuple(_WEEKDAYS))


@functools.lru_cache(maxsize=4096)
def _safe(year: int, month: int, day: int, basis: DateBasis = DateBasis.STATED) -> PartialDate | None:
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return PartialDate(year, month, day, basis=basis)


@functools.lru_cache(maxsize=1024)
def _closest_year(month: int, day: int, ref: _dt.date) -> int | None:
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((_dt.date(year, month, max(day, 1)) - ref).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


# right before a month's name: the latest one before, or the first one after ("last August", "next May")
_MONTH_STEP_BEFORE_RE = compile_fast(r"\b((?i:last|past|next))[ \t]+\Z")


def _month_year(month: int, ref: _dt.date, context: str, future: bool | None = None) -> int | None:
    """The year of a month named without one: not told as to come, the month this year if it has begun, or if it
    is at most three months ahead ("they meet in June", written in May), else last year's ("they were hosted in
    November", written in May); told as to come, the next such month, or this year's if it is near."""
    if month == ref.month:
        return ref.year
    future = _future_tense(context) if future is None else future
    if not future and month > ref.month and (month - ref.month) >= 4:
        return ref.year - 1
    if not future and month < ref.month:
        return ref.year  # not told as to come: earlier this year, however many months back
    if future and month < ref.month and (ref.month - month) >= 4:
        return ref.year + 1
    if future and month > ref.month:
        return ref.year  # "will meet in December", written in May: this December, not the last one
    return _closest_year(month, 1, ref)


@functools.lru_cache(maxsize=16)  # the sentences at hand: asked once per sentence, not per date in it
def _future_tense(context: str) -> bool:
    return _FUTURE_RE.search(context) is not None


def resolve(
    d: DateMention, ref: _dt.date | None, year_hint: int | None, context: str, future: bool | None = None
) -> PartialDate | None:
    """The date ``d`` stands for, or ``None`` when the text does not fix it.

    ``ref`` is the day the words count from (publication, or when a quotation
    was said); ``year_hint`` a year stated nearby; ``context`` the words around
    (future tense turns "on Monday" into the coming Monday); ``future``, when
    given, is the tense already known (a meeting's), and the context is not read for it.
    """
    if d.value is not None:
        return d.value
    if d.md is not None and d.relative != "month-name":
        month, day = d.md
        year = _closest_year(month, day, ref) if ref is not None else year_hint
        return _safe(year, month, day, DateBasis.CONTEXT) if year else None
    if d.relative == "month-name":
        month = d.md[0] if d.md else 0
        if d.year_step is not None:
            year = ref.year + d.year_step if ref is not None else year_hint if d.year_step == 0 else None
        elif d.month_step and ref is not None:  # "last August": the latest August before the month of ``ref``
            year = ref.year if (month < ref.month if d.month_step < 0 else month > ref.month) else ref.year + d.month_step
        else:
            year = _month_year(month, ref, context, future) if ref is not None else year_hint
        return PartialDate(year, month, basis=DateBasis.CONTEXT) if year else None
    if ref is None or d.relative is None:
        return None
    rel = d.relative  # its words in lower case, one space apart (see find_dates)
    when: _dt.date | None = None
    if rel in DAY_WORDS:
        when = ref + _dt.timedelta(days=DAY_WORDS[rel])
    elif rel in SAME_DAY_WORDS:
        when = ref  # the day of the event told before, when the meeting stage knows one (see meetings.merge)
    elif rel.startswith("ago "):
        _, unit, count = rel.split()
        n = _AGO_VAGUE if count == "~" else int(count)
        if unit == "year":
            return PartialDate(ref.year - n, basis=DateBasis.CONTEXT)
        if unit == "month":
            first = ref.replace(day=1) - relativedelta(months=n)
            return PartialDate(first.year, first.month, basis=DateBasis.CONTEXT)
        then = ref - _dt.timedelta(days=n * 7 if unit == "week" else n)
        if unit == "week" or count == "~":  # "two weeks ago", "a few days ago": the month, not the day
            return PartialDate(then.year, then.month, basis=DateBasis.CONTEXT)
        when = then
    elif rel.endswith(SPAN_UNITS):
        unit = rel.split()[-1]
        step = -1 if "last" in rel else 1 if "next" in rel else 0
        if unit == "year":
            return PartialDate(ref.year + step, basis=DateBasis.CONTEXT)
        if unit == "month":
            first = ref.replace(day=1) + relativedelta(months=step)
            return PartialDate(first.year, first.month, basis=DateBasis.CONTEXT)
        monday = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(weeks=step)
        sunday = monday + _dt.timedelta(days=6)
        if monday.month == sunday.month:
            return PartialDate(monday.year, monday.month, basis=DateBasis.CONTEXT)
        return None
    else:
        words = rel.split()
        wd = _WEEKDAYS.get(words[-1])
        if wd is None:
            return None
        later = _future_tense(context) if future is None else future
        future = words[0] == "next" or (words[0] != "last" and later)
        ahead = (wd.weekday - ref.weekday()) % 7  # days to the weekday on or after ref
        back = (ref.weekday() - wd.weekday) % 7  # days since the weekday on or before ref
        if words[0] == "next" and ahead == 0:
            ahead = 7
        if words[0] == "last" and back == 0:
            back = 7
        when = ref + _dt.timedelta(days=ahead) if future else ref - _dt.timedelta(days=back)
    assert when is not None
    return _safe(when.year, when.month, when.day, DateBasis.CONTEXT)
