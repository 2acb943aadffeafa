"""Words that tell a day or a span without a calendar date: how far from the day the text counts from (the
publication day, or the day a quotation was said), or the day of the event told before them.

Month and weekday names are the calendar's (:data:`caucasus_talks.dates.MONTH_NAMES`); a phrase here may open a
sentence, so its first letter is matched in either case.
"""

from __future__ import annotations

__all__ = [
    "AGO_COUNTS", "DAY_WORDS", "MONTH_PARTS", "NEXT_DAY_WORDS", "SAME_DAY_WORDS", "SPAN_UNITS", "SPAN_WORDS",
    "YEAR_PREPOSITIONS",
]  # fmt: skip

#: A day by its distance in days from the day the text counts from ("yesterday": one day before).
DAY_WORDS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "overnight": 0,
    "later today": 0, "earlier today": 0, "second half of the day": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2, "two days ago": -2, "three days ago": -3,
    "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip
#: The day of the event told before ("Aliyev met Putin on Monday. Earlier in the day, he ..."): the day the text
#: counts from when no event before gives one.
SAME_DAY_WORDS = ("earlier in the day", "later in the day", "the same day", "that same day")
#: A day by its distance from the day of the event told before ("Aliyev met Putin on May 5. The next day, he ..."):
#: no day when no event before gives one. Those with "after" or "before" count the other way when an event follows
#: them ("met Y on May 5, a day after talking to Z": Z on May 4; "met on May 5, the day before A and B spoke": May 6).
NEXT_DAY_WORDS = {
    "the next day": 1, "the following day": 1, "a day later": 1, "one day later": 1, "two days later": 2,
    "the previous day": -1, "a day earlier": -1, "one day earlier": -1,
    "shortly afterwards": 0, "shortly afterward": 0, "soon afterwards": 0, "shortly after that": 0, "hours later": 0,
    "a few hours later": 0, "later that day": 0,
    "the day after": 1, "a day after": 1, "one day after": 1, "two days after": 2,
    "the day before": -1, "a day before": -1, "one day before": -1, "two days before": -2,
}  # fmt: skip
#: Before a month: the part of it ("early May", "end of October").
MONTH_PARTS = ("early", "mid", "late", "end of", "beginning of", "start of")
#: A span relative to the day counted from: "this week", "last month", "earlier this year".
SPAN_WORDS = ("this", "last", "next")
SPAN_UNITS = ("week", "month", "year")
#: Before a year, making it a date: "in 2023", "since 2020".
YEAR_PREPOSITIONS = ("in", "since", "of", "year")
#: Before "days", "weeks", "months" or "years ago": how many ("a few weeks ago": about three); ``None`` for a vague
#: count, which tells the day only to the month ("a few days ago").
AGO_COUNTS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a couple of": 2, "a few": None, "few": None, "several": None, "some": None,
}  # fmt: skip
