"""Dates typed on the command line: read at exactly the precision they give, or refused naming the ISO form.

A date filter that silently reads "07/11/2022" as the year 2022 answers a
question nobody asked, with exit 0. These tests pin down what is read, what is
refused, and that nothing is ever widened.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import caucasus_talks as ct
from caucasus_talks import query
from caucasus_talks.dates import ISO_HINT, MONTH_NAMES, WEEKDAY_NAMES, PartialDate, Precision, parse_partial
from test_cli import one_line_error, run, run_json

WASHINGTON = "2022-11-07-washington-foreign-ministers"

# -- what is read ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2022-11-07", "2022-11-07"),
        ("2022-11", "2022-11"),
        ("2022", "2022"),
        ("Nov 2022", "2022-11"),
        ("November 2022", "2022-11"),
        ("7 November 2022", "2022-11-07"),
        ("November 7, 2022", "2022-11-07"),
        ("7th of November, 2022", "2022-11-07"),
        ("Monday, 7 November 2022", "2022-11-07"),
        ("Sept. 2022", "2022-09"),
        ("2022/11/07", "2022-11-07"),
    ],
)
def test_iso_dates_and_dates_with_a_months_name_are_read_at_their_precision(text: str, iso: str) -> None:
    assert parse_partial(text).iso == iso


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2022-11-07", [WASHINGTON]),
        ("2022-11", [WASHINGTON]),
        ("Nov 2022", [WASHINGTON]),
        ("7 November 2022", [WASHINGTON]),
        ("November 7, 2022", [WASHINGTON]),
        ("2023", ["2023-06-27-arlington-foreign-ministers", "2023-07-15-brussels-leaders"]),
    ],
)
def test_meetings_on_a_date_find_exactly_that_period(text: str, found: list[str]) -> None:
    assert [m["id"] for m in run_json("meetings", "--on", text)] == found


def test_a_day_given_to_since_and_until_is_never_widened_to_its_year() -> None:
    since = run_json("meetings", "--since", "7 November 2022", "--until", "November 7, 2022")
    assert [m["id"] for m in since] == [WASHINGTON]


# -- what is refused --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("07/11/2022", "2022-11-07 or 2022-07-11"),
        ("11/07/2022", "2022-07-11 or 2022-11-07"),
        ("7.11.2022", "2022-11-07 or 2022-07-11"),
        ("13/11/2022", "did you mean 2022-11-13"),
        ("07/11/22", "two-digit year"),
        ("2022-11-07T10:00", "a time of day"),
        ("2022-11-07 10:00", "a time of day"),
        ("11/2022", "2022-11"),
        ("last week", "no year"),
        ("mid-November 2022", "'mid' is not part of a date"),
        ("Nov 31 2022", "day 31 is out of range"),
        ("Tuesday, 7 November 2022", "is a Monday"),
        ("2022-11-07/2022-11-09", "more than one year"),
    ],
)
def test_a_date_that_is_ambiguous_or_not_a_date_is_refused_naming_the_iso_form(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=re.escape(says)) as refused:
        parse_partial(text)
    assert ISO_HINT in str(refused.value)


@pytest.mark.parametrize("text", ["07/11/2022", "11/07/2022", "7.11.2022", "2022-11-07T10:00"])
@pytest.mark.parametrize("option", ["--on", "--since", "--until"])
def test_the_command_line_refuses_such_a_date_in_one_line_naming_option_and_iso_form(option: str, text: str) -> None:
    line = one_line_error(run("meetings", option, text))
    assert line.startswith(f"caucasus-talks: meetings: {option} {text!r}: ")
    assert "YYYY-MM-DD" in line


@pytest.mark.parametrize("command", ["statements", "timeline", "who-met"])
def test_every_command_with_dates_refuses_the_same_way(command: str) -> None:
    assert "YYYY-MM-DD" in one_line_error(run(command, "--between", "2022", "07/11/2022"))


def test_people_office_on_a_date_refuses_the_same_way() -> None:
    line = one_line_error(run("people", "--office", "US Secretary of State", "--on", "7.11.2022"))
    assert "--on '7.11.2022'" in line


def test_the_query_api_refuses_the_same_dates() -> None:
    with pytest.raises(ValueError, match=r"on='07/11/2022': day and month may be either way round"):
        query.meetings(ct.load_corpus(), on="07/11/2022")


# -- properties --------------------------------------------------------------------

days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))


def _written(day: dt.date, precision: Precision, style: int) -> str:
    """``day`` at ``precision``, written in one of the ways a person types it."""
    month = MONTH_NAMES[day.month - 1].capitalize()
    weekday = WEEKDAY_NAMES[day.weekday()].capitalize()
    if precision is Precision.YEAR:
        return f"{day.year:04d}"
    if precision is Precision.MONTH:
        return [f"{day.year:04d}-{day.month:02d}", f"{month} {day.year}", f"{month[:3]} {day.year}", f"{day.year}/{day.month}"][
            style % 4
        ]
    return [
        day.isoformat(),
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{weekday}, {day.day} {month[:3]}. {day.year}",
        f"{day.year}/{day.month:02d}/{day.day:02d}",
    ][style % 5]


@given(days, st.sampled_from([Precision.DAY, Precision.MONTH, Precision.YEAR]), st.integers(0, 19))
def test_a_date_written_any_accepted_way_reads_back_exactly(day: dt.date, precision: Precision, style: int) -> None:
    parts = {Precision.DAY: (day.year, day.month, day.day), Precision.MONTH: (day.year, day.month, None)}
    expected = PartialDate(*parts.get(precision, (day.year, None, None)))
    assert parse_partial(_written(day, precision, style)) == expected


@given(days, st.sampled_from("/.-"))
def test_numbers_with_the_day_or_month_first_are_never_read(day: dt.date, separator: str) -> None:
    for first, second in ((day.day, day.month), (day.month, day.day)):
        with pytest.raises(ValueError, match="ISO 8601"):
            parse_partial(f"{first:02d}{separator}{second:02d}{separator}{day.year}")


_PIECES = st.sampled_from(
    ["2022", "1999", "7", "07", "31", "11", "7th", "Nov", "November", "May", "Monday", "of", "the", ",", ".", "/", "-",
     "T10:00", "last", "week", "mid", "٢", "2022-11-07", "ə"]
)  # fmt: skip


@given(st.one_of(st.text(max_size=30), st.lists(_PIECES, max_size=6).map(" ".join), st.lists(_PIECES, max_size=6).map("".join)))
def test_any_text_is_read_as_exactly_what_it_says_or_refused_naming_the_iso_form(text: str) -> None:
    try:
        date = parse_partial(text)
    except ValueError as exc:
        refusal = str(exc)
        assert ISO_HINT in refusal
        return
    numbers = [int(n) for n in re.findall(r"[0-9]+", text)]
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    assert date.year in numbers  # the year is written, never assumed
    if date.month is not None:  # the month is written, as a number or a name
        assert date.month in numbers or any(MONTH_NAMES[date.month - 1].startswith(w) for w in words)
    if date.day is not None:
        assert date.day in numbers
    else:  # a day written is never dropped: no number of one or two digits stands unread beside a month's name
        assert not (date.month is not None and words and re.search(r"(?<![0-9])[0-9]{1,2}(?![0-9])", text))
