"""The query helpers: on small corpora built here (behaviour), then on the bundled seeds (acceptance)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import caucasus_talks as ct
from caucasus_talks import query
from caucasus_talks.model import (
    Attendance,
    Basis,
    Channel,
    Document,
    Location,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Office,
    Participant,
    ParticipantKind,
    Role,
    Statement,
)

TEXT = (
    "Blinken hosted Bayramov and Mirzoyan in Washington. "
    '"Direct dialogue is the best way to a durable peace," Blinken said. '
    "In October the ministers spoke by phone. "
    "Charles Michel mediated between Aliyev and Pashinyan in Brussels. "
    '"We are ready for peace," Bayramov tweeted. '
    "Grigoryan and Grigoryan met somewhere, some day. "
    "The ministers plan to meet again in 2023."
)
DOC = Document(id="doc", text=TEXT)
SEC_STATE = Office(
    title="Secretary of State",
    country="United States",
    start=dt.date(2021, 1, 26),
    end=dt.date(2025, 1, 20),
    basis=Basis("public record of US secretaries of state"),
)


def person(pid: str, name: str, country: str | None = None, **kw: Any) -> Participant:
    return Participant(id=pid, name=name, country=country, **kw)


def attend(*ids: str, role: Role = Role.PARTY) -> list[Attendance]:
    return [Attendance(participant=i, role=role) for i in ids]


def meeting(mid: str, date: str | None, quote: str, *attendance: Attendance, **kw: Any) -> Meeting:
    return Meeting(
        id=mid,
        date=ct.PartialDate.from_iso(date),
        participants=attendance,
        evidence=[DOC.find(quote)],
        **kw,
    )


def statement(sid: str, speaker: str, text: str, date: str | None, **kw: Any) -> Statement:
    return Statement(id=sid, speakers=[speaker], text=text, date=ct.PartialDate.from_iso(date), evidence=[DOC.find(text)], **kw)


PEOPLE = [
    person("antony-blinken", "Antony Blinken", "United States", aliases=["Anthony Blinken"], offices=[SEC_STATE]),
    person("jeyhun-bayramov", "Jeyhun Bayramov", "Azerbaijan", aliases=["Ceyhun Bayramov"]),
    person("ararat-mirzoyan", "Ararat Mirzoyan", "Armenia"),
    person("ilham-aliyev", "Ilham Aliyev", "Azerbaijan"),
    person("nikol-pashinyan", "Nikol Pashinyan", "Armenia"),
    person("charles-michel", "Charles Michel", affiliation="european-council"),
    person("armen-grigoryan", "Armen Grigoryan", "Armenia"),
    person("mher-grigoryan", "Mher Grigoryan", "Armenia"),
    Participant(id="european-council", name="European Council", kind=ParticipantKind.ORGANIZATION, aliases=["EUCO"]),
]

WASHINGTON = meeting(
    "2022-11-07-washington",
    "2022-11-07",
    "hosted",
    *attend("antony-blinken", role=Role.HOST),
    *attend("jeyhun-bayramov", "ararat-mirzoyan"),
    location=Location(city="Washington", country="United States", venue="Blair House"),
    topics=["peace treaty"],
)
OCTOBER_CALL = meeting(
    "2022-10-call",
    "2022-10",
    "spoke by phone",
    *attend("antony-blinken", "jeyhun-bayramov", "ararat-mirzoyan"),
    format=MeetingFormat.PHONE,
)
BRUSSELS = meeting(
    "2022-08-31-brussels",
    "2022-08-31",
    "mediated",
    *attend("charles-michel", role=Role.MEDIATOR),
    *attend("ilham-aliyev", "nikol-pashinyan"),
    location=Location(city="Brussels", country="Belgium"),
    topics=["border delimitation"],
)
SOMEWHERE = meeting("grigoryans-undated", None, "met somewhere", *attend("armen-grigoryan", "mher-grigoryan"))
PLANNED = meeting(
    "2023-planned",
    "2023",
    "plan to meet",
    *attend("jeyhun-bayramov", "ararat-mirzoyan"),
    status=MeetingStatus.PLANNED,
)
DIALOGUE = statement(
    "blinken-dialogue",
    "antony-blinken",
    "Direct dialogue is the best way to a durable peace,",
    "2022-11-07",
    channel=Channel.REMARKS,
    meeting="2022-11-07-washington",
)
READY = statement("bayramov-ready", "jeyhun-bayramov", "We are ready for peace,", "2022-11", channel=Channel.SOCIAL_MEDIA)

CORPUS = ct.Corpus(
    documents=[DOC],
    participants=PEOPLE,
    meetings=[WASHINGTON, OCTOBER_CALL, BRUSSELS, SOMEWHERE, PLANNED],
    statements=[DIALOGUE, READY],
)


def ids(records: tuple[Meeting, ...] | tuple[Statement, ...]) -> list[str]:
    return [r.id for r in records]


# -- names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "pid"),
    [
        ("blinken", "antony-blinken"),
        ("Anthony Blinken", "antony-blinken"),
        ("ANTONY BLINKEN", "antony-blinken"),
        ("Tony Blinken", "antony-blinken"),  # an alias the bundled registry knows for the same id
        ("Ceyhun Bayramov", "jeyhun-bayramov"),
        ("Jeyhun Bayramov", "jeyhun-bayramov"),
        ("Ararat Mirzóyan", "ararat-mirzoyan"),
        ("jeyhun-bayramov", "jeyhun-bayramov"),
        ("euco", "european-council"),
    ],
)
def test_participant_found_by_any_name_alias_id_or_surname(name: str, pid: str) -> None:
    assert query.participant(CORPUS, name).id == pid


def test_unknown_name_suggests_the_closest_known_names() -> None:
    with pytest.raises(ct.UnknownNameError) as info:
        query.meetings(CORPUS, participant="Blinkin")
    assert info.value.suggestions[0] == "Antony Blinken"
    assert "Antony Blinken" in str(info.value)


def test_surname_shared_by_two_people_is_ambiguous() -> None:
    with pytest.raises(ct.AmbiguousNameError, match="Armen Grigoryan"):
        query.participant(CORPUS, "Grigoryan")


def test_alias_and_canonical_name_give_the_same_meetings() -> None:
    assert query.meetings(CORPUS, participant="Ceyhun Bayramov") == query.meetings(CORPUS, participant="Jeyhun Bayramov")


def test_several_participants_must_all_have_taken_part() -> None:
    both = query.meetings(CORPUS, participant=["Blinken", "Bayramov"])
    assert ids(both) == ["2022-10-call", "2022-11-07-washington"]
    assert query.meetings(CORPUS, participant=["Blinken", "Aliyev"]) == ()


# -- dates ------------------------------------------------------------------


def test_meeting_known_to_the_month_matches_a_range_that_overlaps_the_month() -> None:
    assert "2022-10-call" in ids(query.meetings(CORPUS, between=("2022-10-15", "2022-10-20")))
    assert "2022-10-call" in ids(query.meetings(CORPUS, since="2022-10-31"))
    assert "2022-10-call" not in ids(query.meetings(CORPUS, since="2022-11-01"))
    assert "2022-10-call" not in ids(query.meetings(CORPUS, until="2022-09-30"))


def test_since_a_year_starts_on_its_first_day_and_until_a_year_ends_on_its_last() -> None:
    assert ids(query.meetings(CORPUS, since="2023")) == ["2023-planned"]
    assert ids(query.meetings(CORPUS, until="2022")) == ["2022-08-31-brussels", "2022-10-call", "2022-11-07-washington"]
    assert ids(query.meetings(CORPUS, until="Aug 2022")) == ["2022-08-31-brussels"]
    assert query.window(since="2023", until="2023") == query.Window(dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_on_a_month_finds_every_meeting_that_may_fall_in_it() -> None:
    assert ids(query.meetings(CORPUS, on="Nov 2022")) == ["2022-11-07-washington"]
    assert ids(query.meetings(CORPUS, on="2022-10-04")) == ["2022-10-call"]
    assert ids(query.meetings(CORPUS, on=dt.date(2022, 11, 7))) == ["2022-11-07-washington"]


def test_undated_meeting_matches_no_date_filter_and_undated_lists_it() -> None:
    assert "grigoryans-undated" in ids(query.meetings(CORPUS))
    assert "grigoryans-undated" not in ids(query.meetings(CORPUS, since="1900"))
    assert "grigoryans-undated" not in ids(query.meetings(CORPUS, until="9999"))
    assert ids(query.meetings(CORPUS, undated=True)) == ["grigoryans-undated"]


def test_undated_does_not_combine_with_dates() -> None:
    with pytest.raises(ValueError, match="undated"):
        query.meetings(CORPUS, undated=True, since="2022")


def test_unreadable_date_names_the_filter_and_the_text() -> None:
    with pytest.raises(ValueError, match=r"since='last week': no year"):
        query.meetings(CORPUS, since="last week")


def test_a_range_that_ends_before_it_starts_is_an_error() -> None:
    with pytest.raises(ValueError, match="no day"):
        query.meetings(CORPUS, between=("2023-01-01", "2022-01-01"))


def test_meetings_come_back_in_chronological_order_undated_last() -> None:
    assert ids(query.meetings(CORPUS)) == [
        "2022-08-31-brussels",
        "2022-10-call",
        "2022-11-07-washington",
        "2023-planned",
        "grigoryans-undated",
    ]


days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2024, 12, 31))
partial_dates = st.one_of(
    days.map(lambda d: ct.PartialDate(d.year, d.month, d.day)),
    days.map(lambda d: ct.PartialDate(d.year, d.month)),
    days.map(lambda d: ct.PartialDate(d.year)),
)


@given(partial_dates, st.one_of(st.none(), days), st.one_of(st.none(), days))
def test_a_date_is_admitted_exactly_when_one_of_its_days_lies_in_the_range(
    date: ct.PartialDate, start: dt.date | None, end: dt.date | None
) -> None:
    assert date.earliest is not None
    assert date.latest is not None
    if start is not None and end is not None and end < start:
        with pytest.raises(ValueError, match="no day"):
            query.Window(start, end)
        return
    day, some_day_inside = date.earliest, False
    while day <= date.latest:
        some_day_inside |= (start is None or start <= day) and (end is None or day <= end)
        day += dt.timedelta(days=1)
    assert query.Window(start, end).admits(date) == some_day_inside


# -- other meeting filters --------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "US"}, ["2022-10-call", "2022-11-07-washington"]),
        ({"country": "American"}, ["2022-10-call", "2022-11-07-washington"]),
        ({"organization": "European Council"}, ["2022-08-31-brussels"]),
        ({"mediator": "Michel"}, ["2022-08-31-brussels"]),
        ({"mediator": "Blinken"}, ["2022-11-07-washington"]),  # the host of talks between two parties mediates
        ({"location": "Washington DC"}, ["2022-11-07-washington"]),
        ({"location": "Belgium"}, ["2022-08-31-brussels"]),
        ({"location": "blair house"}, ["2022-11-07-washington"]),
        ({"format": "phone"}, ["2022-10-call"]),
        ({"format": MeetingFormat.PHONE}, ["2022-10-call"]),
        ({"format": "in person", "participant": "Mirzoyan"}, ["2022-11-07-washington", "2023-planned"]),
        ({"status": "planned"}, ["2023-planned"]),
        ({"topic": "delimitation"}, ["2022-08-31-brussels"]),
        ({"topic": "delim"}, []),
    ],
)
def test_meeting_filters(filters: dict[str, Any], expected: list[str]) -> None:
    assert ids(query.meetings(CORPUS, **filters)) == expected


@pytest.mark.parametrize(
    ("filters", "what"),
    [
        ({"country": "Atlantis"}, "country"),
        ({"location": "Atlantis"}, "location"),
        ({"organization": "Atlantis"}, "organization"),
    ],
)
def test_unknown_country_place_or_organization_is_an_error(filters: dict[str, Any], what: str) -> None:
    with pytest.raises(ct.UnknownNameError, match=f"unknown {what} 'Atlantis'"):
        query.meetings(CORPUS, **filters)


def test_unknown_format_lists_the_formats() -> None:
    with pytest.raises(ValueError, match="in_person, phone, video"):
        query.meetings(CORPUS, format="carrier pigeon")


# -- statements -------------------------------------------------------------


def test_statements_by_speaker_words_channel_meeting_and_date() -> None:
    assert ids(query.statements(CORPUS, speaker="Ceyhun Bayramov")) == ["bayramov-ready"]
    assert ids(query.statements(CORPUS, contains="durable PEACE")) == ["blinken-dialogue"]
    assert ids(query.statements(CORPUS, contains=["peace", "ready"])) == ["bayramov-ready"]
    assert ids(query.statements(CORPUS, contains="peac")) == []  # whole words only
    assert ids(query.statements(CORPUS, channel="social media")) == ["bayramov-ready"]
    assert ids(query.statements(CORPUS, meeting="2022-11-07-washington")) == ["blinken-dialogue"]
    assert ids(query.statements(CORPUS, on="2022-11-07")) == ["bayramov-ready", "blinken-dialogue"]
    assert ids(query.statements(CORPUS, since="2022-11-08")) == ["bayramov-ready"]


def test_statements_at_a_meeting() -> None:
    assert query.statements_at(CORPUS, WASHINGTON) == (DIALOGUE,)
    assert query.statements_at(CORPUS, "2022-10-call") == ()


def test_statements_at_an_unknown_meeting_is_an_error() -> None:
    with pytest.raises(ct.UnknownNameError, match="unknown meeting '2022-10-cal'; did you mean '2022-10-call'"):
        query.statements_at(CORPUS, "2022-10-cal")


# -- people -----------------------------------------------------------------


def test_office_holder_on_a_date_comes_from_the_corpus() -> None:
    (holder,) = query.office_holders(CORPUS, "US Secretary of State", "2022-11-07")
    assert holder.participant.id == "antony-blinken"
    assert holder.offices == (SEC_STATE,)
    assert holder.source == "corpus"


def test_office_holder_outside_the_term_is_not_found() -> None:
    found = query.office_holders(CORPUS, "US Secretary of State", "2020-06-01")
    assert "antony-blinken" not in [h.participant.id for h in found]


def test_office_holders_fall_back_to_the_registry_when_the_corpus_has_none() -> None:
    bare = ct.Corpus(participants=[person("antony-blinken", "Antony Blinken")])
    (holder,) = query.office_holders(bare, "Secretary of State", dt.date(2022, 11, 7))
    assert (holder.participant.id, holder.source) == ("antony-blinken", "registry")
    assert holder.offices[0].start == dt.date(2021, 1, 26)


def test_unknown_office_is_an_error() -> None:
    with pytest.raises(ct.UnknownNameError, match="unknown office"):
        query.office_holders(CORPUS, "Grand Vizier", "2022-11-07")


def test_participants_by_country_and_kind() -> None:
    assert [p.id for p in query.participants(CORPUS, country="Azerbaijani")] == ["ilham-aliyev", "jeyhun-bayramov"]
    assert [p.id for p in query.participants(CORPUS, kind="organization")] == ["european-council"]


# -- timeline and pairs -----------------------------------------------------


def test_timeline_is_one_chronological_sequence_with_meetings_before_that_days_words() -> None:
    entries = query.timeline(CORPUS)
    assert [(e.kind, e.record.id) for e in entries] == [
        ("meeting", "2022-08-31-brussels"),
        ("meeting", "2022-10-call"),
        ("statement", "bayramov-ready"),  # known only to the month: before the days of November
        ("meeting", "2022-11-07-washington"),
        ("statement", "blinken-dialogue"),
        ("meeting", "2023-planned"),
        ("meeting", "grigoryans-undated"),
    ]
    assert entries[0].date == BRUSSELS.date


def test_timeline_of_one_participant_between_dates() -> None:
    entries = query.timeline(CORPUS, participant="blinken", since="2022-11")
    assert [e.record.id for e in entries] == ["2022-11-07-washington", "blinken-dialogue"]


def test_who_met_counts_held_meetings_per_pair_with_first_and_last() -> None:
    pairs = {(p.a.id, p.b.id): p for p in query.who_met(CORPUS)}
    pair = pairs["ararat-mirzoyan", "jeyhun-bayramov"]
    assert pair.count == 2  # the planned 2023 meeting does not count
    assert ids(pair.meetings) == ["2022-10-call", "2022-11-07-washington"]
    assert (str(pair.first), str(pair.last)) == ("2022-10", "2022-11-07")
    undated = pairs["armen-grigoryan", "mher-grigoryan"]
    assert (undated.count, undated.first, undated.last) == (1, None, None)
    assert len(pairs) == 3 + 3 + 1  # Washington and the call share three people; Brussels three; the Grigoryans one


def test_who_met_lists_most_frequent_pairs_first() -> None:
    counts = [p.count for p in query.who_met(CORPUS)]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == 2


def test_who_met_with_a_participant_puts_them_first() -> None:
    pairs = query.who_met(CORPUS, participant="Mirzoyan", status=None)
    assert {p.a.id for p in pairs} == {"ararat-mirzoyan"}
    assert [(p.b.id, p.count) for p in pairs] == [("jeyhun-bayramov", 3), ("antony-blinken", 2)]


# -- sources ----------------------------------------------------------------


def test_sources_of_a_meeting_are_its_spans_and_its_bases() -> None:
    inferred = Meeting(
        id="inferred",
        date=ct.PartialDate(2022, 10, 2, basis=ct.DateBasis.INFERRED, reason="the Geneva round was on 2 October"),
        participants=[Attendance(participant="ararat-mirzoyan", by_office=True, basis=Basis("Armenia's foreign minister"))],
        evidence=[DOC.find("the ministers spoke")],
    )
    corpus = ct.Corpus(documents=[DOC], participants=PEOPLE, meetings=[inferred])
    found = query.sources(corpus, "inferred")
    assert [(s.about, s.document) for s in found] == [("meeting", "doc"), ("date", None), ("participant ararat-mirzoyan", None)]
    assert found[0].evidence is not None
    assert found[0].evidence.quote == "the ministers spoke"
    assert found[1].basis == Basis("the Geneva round was on 2 October")


def test_sources_of_a_participant_include_office_bases() -> None:
    found = query.sources(CORPUS, "antony-blinken")
    assert [(s.about, s.basis) for s in found] == [("office Secretary of State", SEC_STATE.basis)]


def test_a_document_has_no_sources_and_an_unknown_id_is_an_error() -> None:
    assert query.sources(CORPUS, "doc") == ()
    with pytest.raises(ct.UnknownNameError, match="did you mean '2022-10-call'"):
        query.sources(CORPUS, "2022-10-calls")


def test_a_source_is_a_span_or_a_basis_never_both() -> None:
    with pytest.raises(ValueError, match="either"):
        query.Source("meeting")


# -- acceptance: the bundled seed corpus, as a reader of the seeds answers ----


@pytest.fixture(scope="module")
def seeds() -> ct.Corpus:
    return ct.load_corpus()


def dates(records: tuple[Meeting, ...]) -> list[str | None]:
    return [m.date.iso for m in records]


def test_seed_blinken_meetings_in_autumn_2022(seeds: ct.Corpus) -> None:
    found = query.meetings(seeds, participant="blinken", between=("2022-09-01", "2022-12-31"))
    assert dates(found) == ["2022-09-19", "2022-10-04", "2022-11-07"]


def test_seed_bayramov_under_either_spelling_in_autumn_2022(seeds: ct.Corpus) -> None:
    ceyhun = query.meetings(seeds, participant="Ceyhun Bayramov", since="2022-09-01", until="2022-12-31")
    jeyhun = query.meetings(seeds, participant="Jeyhun Bayramov", since="2022-09-01", until="2022-12-31")
    assert ceyhun == jeyhun
    assert dates(jeyhun) == ["2022-09-19", "2022-10-02", "2022-10-04", "2022-11-07"]


def test_seed_us_secretary_of_state_on_2022_11_07(seeds: ct.Corpus) -> None:
    assert [h.participant.name for h in query.office_holders(seeds, "US Secretary of State", "2022-11-07")] == ["Antony Blinken"]


def test_seed_blinkin_suggests_antony_blinken(seeds: ct.Corpus) -> None:
    with pytest.raises(ct.UnknownNameError) as info:
        query.participant(seeds, "Blinkin")
    assert "Antony Blinken" in info.value.suggestions


def test_seed_foreign_ministers_met_in_2022_and_2024(seeds: ct.Corpus) -> None:
    pairs = {(p.a.id, p.b.id): p for p in query.who_met(seeds, participant="Mirzoyan")}
    pair = pairs["ararat-mirzoyan", "jeyhun-bayramov"]
    assert {"2022-09-19", "2022-10-02", "2022-10-04", "2022-11-07", "2024-07-10"} <= set(dates(pair.meetings))
    assert str(pair.first) == "2022-09-19"


def test_seed_blinken_courageous_steps_quote(seeds: ct.Corpus) -> None:
    found = query.statements(seeds, speaker="Blinken", contains="courageous steps")
    assert {s.date.iso for s in found} == {"2022-11-07"}
    assert sorted(s.text[:20] for s in found) == ["What we are seeing n", "courageous steps"]  # the quote and its fragment


def test_seed_colomina_tweeted(seeds: ct.Corpus) -> None:
    (found,) = query.statements(seeds, speaker="Javier Colomina")
    assert found.channel is Channel.SOCIAL_MEDIA


def test_seed_aliyev_met_blinken_in_munich(seeds: ct.Corpus) -> None:
    found = query.meetings(seeds, location="Munich", participant=["Ilham Aliyev", "Antony Blinken"])
    assert len(found) == 1


def test_seed_timeline_starts_with_the_brussels_leaders_meeting(seeds: ct.Corpus) -> None:
    entries = query.timeline(seeds)
    assert entries[0].date.iso == "2022-08-31"
    assert entries[0].kind == "meeting"
    known = [e.date.sort_key() for e in entries if e.date.known]
    assert known == sorted(known)


# -- organizations, places, countries and people the registries know (issue 13) ---------------------

EU_TEXT = "Michel hosted Aliyev and Pashinyan. Costa hosted them later. Klaar met them in Arlington."
EU_DOC = Document(id="eu-doc", text=EU_TEXT)
EU_PEOPLE = [  # no affiliation recorded: only the registry's offices tie them to the EU
    person("charles-michel", "Charles Michel", "Belgium"),
    person("antonio-costa", "António Costa", "Portugal"),
    person("toivo-klaar", "Toivo Klaar", "Estonia"),
    person("ilham-aliyev", "Ilham Aliyev", "Azerbaijan"),
    person("nikol-pashinyan", "Nikol Pashinyan", "Armenia"),
]


def eu_meeting(mid: str, date: str, quote: str, *people: str, **kw: Any) -> Meeting:
    return Meeting(id=mid, date=ct.PartialDate.from_iso(date), participants=attend(*people), evidence=[EU_DOC.find(quote)], **kw)


EU_CORPUS = ct.Corpus(
    documents=[EU_DOC],
    participants=EU_PEOPLE,
    meetings=[
        eu_meeting("2023-05-14-brussels", "2023-05-14", "Michel hosted", "charles-michel", "ilham-aliyev", "nikol-pashinyan"),
        eu_meeting("2024-01-michel", "2024-01", "Aliyev and Pashinyan", "charles-michel", "ilham-aliyev"),
        eu_meeting("2025-02-costa", "2025-02", "Costa hosted", "antonio-costa", "ilham-aliyev", "nikol-pashinyan"),
        eu_meeting("2026-michel", "2026", "them later", "charles-michel", "nikol-pashinyan"),
        eu_meeting(
            "2023-klaar-arlington", "2023-06", "Klaar met", "toivo-klaar", "ilham-aliyev", location=Location(city="Arlington")
        ),
    ],
)


@pytest.mark.parametrize(
    ("organization", "expected"),
    [
        ("European Council", ["2023-05-14-brussels", "2024-01-michel", "2025-02-costa"]),
        ("EU", ["2023-05-14-brussels", "2023-klaar-arlington", "2024-01-michel", "2025-02-costa"]),
        ("European Union", ["2023-05-14-brussels", "2023-klaar-arlington", "2024-01-michel", "2025-02-costa"]),
        ("NATO", []),
    ],
)
def test_an_institutions_office_holders_count_for_it_and_for_the_organization_it_belongs_to(
    organization: str, expected: list[str]
) -> None:
    """Michel presided over the European Council until 2024-11-30, Costa after him; Klaar was the EU's envoy."""
    assert ids(query.meetings(EU_CORPUS, organization=organization)) == expected


def test_seed_eu_finds_the_meetings_the_president_of_the_european_council_hosted(seeds: ct.Corpus) -> None:
    found = ids(query.meetings(seeds, organization="EU"))
    assert "2022-08-31-brussels-leaders" in found
    assert found == ids(query.meetings(seeds, participant="Charles Michel"))


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("Virginia", ["2023-klaar-arlington"]),
        ("United States", ["2023-klaar-arlington"]),
        ("Arlington, VA", ["2023-klaar-arlington"]),
        ("US", ["2023-klaar-arlington"]),
        ("Belgium", []),
    ],
)
def test_a_place_matches_the_meetings_in_the_places_within_it(location: str, expected: list[str]) -> None:
    assert ids(query.meetings(EU_CORPUS, location=location)) == expected


def test_seed_virginia_finds_the_arlington_meeting(seeds: ct.Corpus) -> None:
    assert ids(query.meetings(seeds, location="Virginia")) == ["2023-06-27-arlington-foreign-ministers"]


@pytest.mark.parametrize("code", ["AM", "ARM", "am"])
def test_seed_a_country_is_named_by_its_iso_code(seeds: ct.Corpus, code: str) -> None:
    assert query.meetings(seeds, country=code) == query.meetings(seeds, country="Armenia")
    assert query.participants(seeds, country=code) == query.participants(seeds, country="Armenia")


def test_seed_azerbaijan_by_code() -> None:
    seeds = ct.load_corpus()
    assert [p.id for p in query.participants(seeds, country="AZ")] == [p.id for p in query.participants(seeds, country="AZE")]
    assert query.participants(seeds, country="AZ")


@pytest.mark.parametrize(
    ("name", "pid", "source"),
    [
        ("Blinken", "antony-blinken", "corpus"),
        ("Энтони Блинкен", "antony-blinken", "corpus"),
        ("Marco Rubio", "marco-rubio", "registry"),
        ("Rubio", "marco-rubio", "registry"),
        ("Марко Рубио", "marco-rubio", "registry"),
    ],
)
def test_seed_find_participant_answers_from_the_corpus_or_else_the_registry(
    seeds: ct.Corpus, name: str, pid: str, source: str
) -> None:
    found = query.find_participant(seeds, name)
    assert (found.participant.id, found.source) == (pid, source)


def test_seed_a_name_nobody_knows_is_still_an_error(seeds: ct.Corpus) -> None:
    with pytest.raises(ct.UnknownNameError, match="unknown participant 'Marco Rubbio'; did you mean 'Marco Rubio'"):
        query.find_participant(seeds, "Marco Rubbio")


# -- indexes: built once per corpus, never shared between corpora -------------------


def test_the_name_index_is_built_once_per_corpus_not_once_per_question(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[ct.Corpus] = []

    class Counted(query._People):
        def __init__(self, corpus: ct.Corpus) -> None:
            built.append(corpus)
            super().__init__(corpus)

    monkeypatch.setattr(query, "_People", Counted)
    corpus = ct.Corpus(documents=CORPUS.documents, participants=CORPUS.participants, meetings=CORPUS.meetings)
    assert query.participant(corpus, "Blinken").id == "antony-blinken"
    assert ids(query.meetings(corpus, participant="Bayramov"))
    assert query.who_met(corpus, participant="Mirzoyan")
    assert query.statements(corpus, speaker="Blinken") == ()
    assert built == [corpus]


def test_a_changed_corpus_has_its_own_index() -> None:
    assert query.participant(CORPUS, "Blinken").id == "antony-blinken"
    renamed = person("antony-blinken", "Antony Blinkenstein", "United States", evidence=[DOC.find("Blinken")])
    changed = ct.Corpus(
        documents=CORPUS.documents,
        participants=[renamed, *(p for p in CORPUS.participants if p.id != "antony-blinken")],
        meetings=CORPUS.meetings,
    )
    assert query.participant(changed, "Antony Blinkenstein") == renamed
    with pytest.raises(ct.UnknownNameError):
        query.participant(CORPUS, "Antony Blinkenstein")


def test_what_a_corpus_keeps_for_its_queries_is_no_part_of_its_equality_repr_or_pickle() -> None:
    import pickle

    fresh = ct.Corpus(documents=CORPUS.documents, participants=CORPUS.participants, meetings=CORPUS.meetings)
    asked = ct.Corpus(documents=CORPUS.documents, participants=CORPUS.participants, meetings=CORPUS.meetings)
    query.office_holders(asked, "US Secretary of State")
    query.meetings(asked, organization="European Council", country="Azerbaijan", location="Brussels")
    assert asked == fresh
    assert repr(asked) == repr(fresh)
    copied = pickle.loads(pickle.dumps(asked))
    assert copied == asked
    assert query.participant(copied, "Blinken").id == "antony-blinken"


# -- suggestions: the closest names, kept as they stream by -----------------------------------------


names = st.lists(st.text(alphabet="abcdeİıßé- ", min_size=0, max_size=8), max_size=30)


@given(st.text(alphabet="abcdeİıßé- ", max_size=8), names, st.integers(1, 4), st.sampled_from([0.0, 0.4, 0.6, 0.9]))
def test_the_suggestions_rank_as_difflib_does_over_the_folded_names(text: str, known: list[str], n: int, cutoff: float) -> None:
    import difflib

    from caucasus_talks.text import fold

    options = {fold(k): k for k in known if k}
    expected = [options[c] for c in difflib.get_close_matches(fold(text), list(options), n=n, cutoff=cutoff)]
    assert query._closest(text, iter(known), n=n, cutoff=cutoff) == expected
