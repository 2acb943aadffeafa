"""The extractor, behaviour by behaviour, on short texts written for each rule."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from caucasus_talks import Review, extract
from caucasus_talks.dates import DateBasis, PartialDate
from caucasus_talks.extract.dates import find_dates, resolve
from caucasus_talks.model import MeetingFormat, MeetingStatus

ARTICLES = Path(__file__).parent / "data" / "extract" / "articles"


def said(text: str, **kw: object) -> list[tuple[str, str]]:
    ex = extract(text, **kw)  # type: ignore[arg-type]
    return [(s.speaker, s.text) for s in ex.statements]


# -- quotations ------------------------------------------------------------------


def test_quote_then_comma_name_said_is_attributed_to_the_name() -> None:
    assert said('"We are ready for peace," Blinken said.') == [("antony-blinken", "We are ready for peace")]


def test_name_said_colon_then_quote() -> None:
    assert said("Ilham Aliyev said: “Azerbaijan is committed to peace.”") == [
        ("ilham-aliyev", "Azerbaijan is committed to peace.")
    ]


def test_inverted_said_name() -> None:
    assert said("“The talks were constructive,” said Nikol Pashinyan.") == [("nikol-pashinyan", "The talks were constructive")]


def test_quote_split_around_its_attribution_is_two_statements_of_one_speaker() -> None:
    got = said("“We met today,” Lavrov said, “and we will meet again soon.”")
    assert got == [("sergey-lavrov", "We met today"), ("sergey-lavrov", "and we will meet again soon.")]


def test_pronoun_attribution_goes_to_the_person_named_before() -> None:
    text = 'Antony Blinken praised both sides. "This is a historic day," he added.'
    assert said(text) == [("antony-blinken", "This is a historic day")]


def test_fragment_inside_indirect_speech_is_a_statement() -> None:
    text = "Blinken said he and the ministers will “take stock of where we are” and “see what more we can do”."
    assert said(text) == [("antony-blinken", "take stock of where we are"), ("antony-blinken", "see what more we can do")]


def test_scare_quotes_are_not_statements() -> None:
    text = "Macron was the first to announce the start of the EU’s “civilian mission” along the border."
    assert said(text) == []


def test_unattributed_long_quote_is_not_a_statement() -> None:
    assert said("The meeting themed “time for peace, cooperation, and progress in the region” was held.") == []


def test_quotation_over_two_paragraphs_with_reopening_mark_is_one_statement() -> None:
    text = "Pashinyan said: “We want peace.\n\n“We also want the border demarcated.”\n"
    ((speaker, quote),) = said(text)
    assert speaker == "nikol-pashinyan"
    assert quote.startswith("We want peace.")
    assert quote.endswith("demarcated.")


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = "Aliyev said: “The conflict is over and the region needs peace now\nOther news followed."
    assert said(text) == [("ilham-aliyev", "The conflict is over and the region needs peace now")]


def test_according_to_and_quoted_as_saying() -> None:
    text = 'TASS quoted Sergei Lavrov as saying that the sides "agreed on the next steps of the process".'
    assert said(text) == [("sergey-lavrov", "agreed on the next steps of the process")]


def test_transcript_speaker_label_gives_remarks() -> None:
    text = "SECRETARY BLINKEN: Good afternoon, everyone. We had a productive day.\n\nThank you.\n\nU.S. Department of State\n"
    ex = extract(text)
    (s,) = ex.statements
    assert s.speaker == "antony-blinken"
    assert s.text.endswith("Thank you.")
    assert s.channel.value == "remarks"


def test_title_only_speaker_resolves_to_the_named_holder() -> None:
    text = 'Russian Foreign Minister Sergey Lavrov met Bayramov. "Our trade is booming," the Russian FM said.'
    assert said(text) == [("sergey-lavrov", "Our trade is booming")]


# -- people ----------------------------------------------------------------------


def test_person_not_in_registry_is_found_through_a_title() -> None:
    ex = extract("NATO Special Representative for the region Jonas Fictitious-Person welcomed the talks.")
    assert [(p.id, p.name) for p in ex.participants] == [("jonas-fictitious-person", "Jonas Fictitious-Person")]


def test_byline_and_boilerplate_names_are_not_people() -> None:
    text = "By Sabina Mammadli\n\nAliyev spoke about peace.\n\nSee also\nPutin meets Macron in Paris\n"
    ex = extract(text)
    assert [p.id for p in ex.participants] == ["ilham-aliyev"]


def test_office_designation_resolves_by_date_and_is_marked_by_office() -> None:
    text = "On October 4, 2022, a telephone conversation was held between the foreign ministers of Azerbaijan and Armenia."
    data = extract(text).to_interchange()
    (meeting,) = data["meetings"]
    assert set(meeting["participants"]) == {"jeyhun-bayramov", "ararat-mirzoyan"}
    assert meeting["format"] == "phone"
    assert all(p.get("by_office") for p in data["participants"])


def test_surname_resolves_to_the_full_name_given_in_the_document() -> None:
    ex = extract("Mher Grigoryan met the delegation. Later, Mr Grigoryan said the talks went well.")
    assert [p.id for p in ex.participants] == ["mher-grigoryan"]


# -- dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("on October 4, 2022", None, "2022-10-04"),
        ("on the 4th of February 2022", None, "2022-02-04"),
        ("on September 19", dt.date(2022, 11, 10), "2022-09-19"),
        ("on November 9", dt.date(2021, 1, 11), "2020-11-09"),
        ("on Wednesday", dt.date(2024, 7, 10), "2024-07-10"),
        ("yesterday", dt.date(2022, 11, 10), "2022-11-09"),
        ("in October 2022", None, "2022-10"),
        ("24.05.2022", None, "2022-05-24"),
        ("in January this year", dt.date(2021, 12, 15), "2021-01"),
        ("in May of last year", dt.date(2021, 3, 1), "2020-05"),
        ("In March next year", dt.date(2021, 3, 1), "2022-03"),
        ("Early May", dt.date(2021, 6, 1), "2021-05"),
        ("In 2019", None, "2019"),
    ],
)
def test_date_expressions_keep_the_precision_the_text_gives(text: str, published: dt.date | None, iso: str) -> None:
    (d,) = find_dates(text)
    got = resolve(d, published, None, text)
    assert got is not None
    assert got.iso == iso


def test_weekday_in_future_tense_is_the_coming_one() -> None:
    (d,) = find_dates("will be held on Monday")
    got = resolve(d, dt.date(2021, 1, 10), None, "talks will be held on Monday")
    assert got is not None
    assert got.iso == "2021-01-11"


@pytest.mark.parametrize("prefix", ["", "last ", "next "])
@pytest.mark.parametrize("weekday", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
@pytest.mark.parametrize("future", [False, True])
def test_a_weekday_is_the_one_dateutil_counts_to(prefix: str, weekday: str, future: bool) -> None:
    """'on Friday' is the Friday on or before the reference day (on or after, in the future tense);
    'last Friday' and 'next Friday' are never the reference day itself. Checked against dateutil's relativedelta."""
    from dateutil.relativedelta import relativedelta
    from dateutil.relativedelta import weekday as wd_type

    wd = wd_type(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].index(weekday))
    context = "talks will be held " if future else "talks were held "
    for ref in (dt.date(2023, 12, 25) + dt.timedelta(days=k) for k in range(8)):
        (d,) = find_dates(prefix + weekday)
        got = resolve(d, ref, None, context + prefix + weekday)
        ahead = prefix == "next " or (prefix != "last " and future)
        step = 1 if ahead else -1
        expected = ref + relativedelta(days=step if prefix else 0, weekday=wd(step))
        assert got is not None
        assert got.iso == expected.isoformat(), (prefix, weekday, ref)


def test_a_month_not_told_as_to_come_is_this_years_however_far_back() -> None:
    (d,) = find_dates("in May")
    day = dt.date(2021, 12, 15)
    assert [resolve(d, day, None, ctx, future=f) for ctx, f in (("met in May", False), ("will meet in May", None))] == [
        PartialDate(2021, 5, basis=DateBasis.CONTEXT),  # held: the May before
        PartialDate(2022, 5, basis=DateBasis.CONTEXT),  # to come: the next May
    ]


def test_month_day_without_any_year_stays_undated() -> None:
    (d,) = find_dates("on November 15")
    assert resolve(d, None, None, "") is None


def test_range_gives_date_and_end_date() -> None:
    ex = extract("Bayramov and Mirzoyan held talks in Washington on May 1-4, 2023.")
    (m,) = ex.meetings
    assert (m.date.iso, m.end_date.iso if m.end_date else None) == ("2023-05-01", "2023-05-04")


def test_leading_date_line_is_the_publication_date() -> None:
    ex = extract(" date 2024-07-10 WASHINGTON — Blinken hosted talks on Wednesday.")
    assert ex.document.published.iso == "2024-07-10"


# -- meetings --------------------------------------------------------------------


def test_two_meetings_mentioned_in_passing() -> None:
    text = (
        " date 2022-11-10 Both sides reiterated the commitments undertaken by the Azerbaijani and Armenian leaders "
        "in their meetings on October 6 in Prague and October 31 in Sochi."
    )
    got = sorted((m.date.iso, m.location.city if m.location else None) for m in extract(text).meetings)
    assert got == [("2022-10-06", "Prague"), ("2022-10-31", "Sochi")]


def test_separate_one_on_one_meeting_is_its_own_meeting_with_the_main_date_and_place() -> None:
    text = (
        " date 2021-11-26 Vladimir Putin held trilateral talks with Ilham Aliyev and Nikol Pashinyan in Sochi on Friday. "
        "Putin met with Aliyev one-on-one before the trilateral discussion."
    )
    got = sorted(
        (m.date.iso, m.location.city if m.location else None, tuple(sorted(m.participant_ids))) for m in extract(text).meetings
    )
    assert got == [
        ("2021-11-26", "Sochi", ("ilham-aliyev", "nikol-pashinyan", "vladimir-putin")),
        ("2021-11-26", "Sochi", ("ilham-aliyev", "vladimir-putin")),
    ]


def test_vague_plurals_and_briefings_are_not_meetings() -> None:
    text = "Blinken said there was a series of meetings. They agreed to organize another meeting in the coming weeks."
    assert extract(text).meetings == ()


def test_planned_meeting_is_marked_planned() -> None:
    ex = extract(" date 2023-05-14 Pashinyan and Aliyev will meet on June 1 in Chisinau.")
    (m,) = ex.meetings
    assert (m.status, m.date.iso, m.location.city if m.location else None) == (MeetingStatus.PLANNED, "2023-06-01", "Chisinau")


def test_drafts_are_machine_records_with_evidence() -> None:
    ex = extract(' date 2023-03-08 Putin had a telephone conversation with Aliyev on Wednesday. "Good talk," Putin said.')
    for record in (*ex.participants, *ex.meetings, *ex.statements):
        assert record.review is Review.MACHINE
        assert record.evidence
        for e in record.evidence:
            assert ex.document.text[e.start : e.end] == e.quote
    assert ex.meetings[0].format is MeetingFormat.PHONE


# -- realistic articles with hand-written expectations ------------------------------

EXPECTED = {
    "kremlin-call": {
        "persons": {"Vladimir Putin", "Ilham Aliyev"},
        "statements": [("vladimir-putin", "We agreed to keep in close contact")],
        "meetings": [("2023-03-08", None, "phone", {"vladimir-putin", "ilham-aliyev"})],
    },
    "state-readout": {
        "persons": {"Antony Blinken", "Nikol Pashinyan", "Matthew Miller"},
        "statements": [  # the readout "attributable to" the spokesperson is his statement (GUIDELINES.md)
            (
                "matthew-miller",
                "Secretary of State Antony J. Blinken met with Armenian Prime Minister Nikol Pashinyan today in Munich on "
                "the margins of the Munich Security Conference. The Secretary welcomed the progress toward a peace agreement.",
            ),
            ("antony-blinken", "The United States will continue to support a durable and dignified peace"),
        ],
        "meetings": [("2024-02-17", "Munich", "in_person", {"antony-blinken", "nikol-pashinyan"})],
    },
    "eu-statement": {
        "persons": {"Charles Michel", "Ilham Aliyev", "Nikol Pashinyan", "Emmanuel Macron", "Olaf Scholz"},
        "statements": [
            ("charles-michel", "We had frank, honest and substantive discussions"),
            ("charles-michel", "The next steps are now up to the leaders"),
        ],
        "meetings": [
            ("2023-07-15", "Brussels", "in_person", {"charles-michel", "ilham-aliyev", "nikol-pashinyan"}),
            ("2023-10-05", "Granada", "in_person", {"emmanuel-macron", "olaf-scholz"}),
        ],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_realistic_article_gives_the_hand_written_outcome(name: str) -> None:
    data = extract((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), document_id=name).to_interchange()
    want = EXPECTED[name]
    assert {p["name"] for p in data["participants"] if p["kind"] == "person" and not p.get("by_office")} == want["persons"]
    assert [(s["speaker"], s["text"]) for s in data["statements"]] == want["statements"]
    got = [(m["date"], m["location"], m["format"], set(m["participants"]) - set(m["by_office"])) for m in data["meetings"]]
    assert all(any(g[:3] == w[:3] and w[3] <= g[3] for g in got) for w in want["meetings"])
    assert len(got) == len(want["meetings"])
    json.dumps(data)  # the interchange is plain JSON
