"""Partial dates keep the precision the text gave and say how they are known."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caucasus_talks.dates import DateBasis, PartialDate, Precision, parse_bound, parse_partial


def test_precision_follows_the_parts_given() -> None:
    assert PartialDate(2022, 11, 7).precision is Precision.DAY
    assert PartialDate(2022, 11).precision is Precision.MONTH
    assert PartialDate(2022).precision is Precision.YEAR
    assert PartialDate().precision is Precision.UNKNOWN


def test_iso_is_of_the_dates_precision() -> None:
    assert PartialDate(2022, 11, 7).iso == "2022-11-07"
    assert PartialDate(2022, 11).iso == "2022-11"
    assert PartialDate(2022).iso == "2022"
    assert PartialDate().iso is None


@pytest.mark.parametrize("text", ["2022-11-07", "2022-11", "2022"])
def test_from_iso_reads_each_precision(text: str) -> None:
    assert PartialDate.from_iso(text).iso == text


@pytest.mark.parametrize("text", ["2022-13", "2022-02-30", "22-11-07", "2022/11/07", "November 2022"])
def test_from_iso_rejects_what_is_not_a_valid_iso_date(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message is checked elsewhere
        PartialDate.from_iso(text)


def test_a_day_needs_a_month_and_a_month_needs_a_year() -> None:
    with pytest.raises(ValueError, match="a day needs a month"):
        PartialDate(2022, None, 7)
    with pytest.raises(ValueError, match="needs a year"):
        PartialDate(None, 11)


def test_an_inferred_date_needs_a_reason() -> None:
    with pytest.raises(ValueError, match="needs a reason"):
        PartialDate(2023, 6, 29, basis=DateBasis.INFERRED)
    date = PartialDate(2023, 6, 29, basis=DateBasis.INFERRED, reason="public record of the talks")
    assert date.basis is DateBasis.INFERRED


def test_month_precision_spans_the_whole_month() -> None:
    date = PartialDate(2024, 2)
    assert date.earliest == dt.date(2024, 2, 1)
    assert date.latest == dt.date(2024, 2, 29)


def test_partial_date_matches_range_that_overlaps_month() -> None:
    november = PartialDate(2022, 11)
    assert november.overlaps(dt.date(2022, 11, 30), dt.date(2022, 12, 31))
    assert november.overlaps(dt.date(2022, 1, 1), dt.date(2022, 11, 1))
    assert not november.overlaps(dt.date(2022, 12, 1), None)
    assert not november.overlaps(None, dt.date(2022, 10, 31))


def test_an_unknown_date_overlaps_no_range() -> None:
    assert not PartialDate().overlaps(None, None)


def test_unknown_dates_sort_last_and_coarser_before_finer() -> None:
    dates = [PartialDate(), PartialDate(2022, 11, 7), PartialDate(2022, 11), PartialDate(2021)]
    assert [d.iso for d in sorted(dates, key=PartialDate.sort_key)] == ["2021", "2022-11", "2022-11-07", None]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2022-11-07", "2022-11-07"),
        ("Nov 2022", "2022-11"),
        ("November 2022", "2022-11"),
        ("7 November 2022", "2022-11-07"),
        ("November 7, 2022", "2022-11-07"),
        ("2023", "2023"),
        ("2022/11/07", "2022-11-07"),
    ],
)
def test_parse_partial_keeps_the_precision_the_text_gives(text: str, iso: str) -> None:
    assert parse_partial(text).iso == iso


@pytest.mark.parametrize("text", ["", "yesterday", "November"])
def test_parse_partial_rejects_text_without_a_year(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        parse_partial(text)


def test_parse_bound_takes_dates_strings_and_partial_dates() -> None:
    assert parse_bound(dt.date(2022, 9, 1)).iso == "2022-09-01"
    assert parse_bound(dt.datetime(2022, 9, 1, 12, 0)).iso == "2022-09-01"
    assert parse_bound("2023").iso == "2023"
    assert parse_bound(PartialDate(2022)).iso == "2022"
    with pytest.raises(TypeError):
        parse_bound(2022)  # type: ignore[arg-type]


@given(st.dates(min_value=dt.date(1, 1, 1)), st.sampled_from(["day", "month", "year"]))
def test_iso_round_trips_at_every_precision(day: dt.date, precision: str) -> None:
    parts = {"day": (day.year, day.month, day.day), "month": (day.year, day.month, None), "year": (day.year, None, None)}
    date = PartialDate(*parts[precision])
    assert date.iso is not None
    assert PartialDate.from_iso(date.iso) == date
    assert date.earliest is not None
    assert date.latest is not None
    assert date.earliest <= day <= date.latest
