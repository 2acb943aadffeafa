"""Each record checks its own invariants when it is made."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from caucasus_talks import (
    Attendance,
    Basis,
    Document,
    Evidence,
    Meeting,
    Office,
    PartialDate,
    Participant,
    Role,
    Statement,
)
from caucasus_talks.model import sha256_text

TEXT = "Blinken met Bayramov and Mirzoyan in Washington on November 7, 2022."


def test_records_are_frozen_and_slotted() -> None:
    doc = Document(id="d1", text=TEXT)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.id = "d2"  # type: ignore[misc]
    assert not hasattr(doc, "__dict__")


@pytest.mark.parametrize("bad", ["", "Upper", "has space", "-lead", "ü"])
def test_ids_are_readable_slugs(bad: str) -> None:
    with pytest.raises(ValueError, match="not a valid id"):
        Participant(id=bad, name="Somebody")


def test_a_document_checksum_is_that_of_its_utf8_text() -> None:
    doc = Document(id="d1", text=TEXT)
    assert doc.sha256 == sha256_text(TEXT)
    with pytest.raises(ValueError, match="does not match its checksum"):
        Document(id="d1", text=TEXT, sha256="0" * 64)


def test_evidence_quote_must_have_the_spans_length() -> None:
    with pytest.raises(ValueError, match="quote has 3 characters"):
        Evidence("d1", 0, 7, "Bli")
    with pytest.raises(ValueError, match="must be after its start"):
        Evidence("d1", 5, 5, "")


def test_document_find_and_span_give_evidence_that_reproduces_the_text() -> None:
    doc = Document(id="d1", text=TEXT)
    ev = doc.find("Washington")
    assert TEXT[ev.start : ev.end] == "Washington"
    assert ev.check(TEXT) is None
    assert doc.span(0, 7).quote == "Blinken"
    with pytest.raises(ValueError, match="does not occur"):
        doc.find("Moscow")
    with pytest.raises(ValueError, match="out of range"):
        doc.span(0, 1000)


def test_evidence_check_says_why_a_span_does_not_reproduce() -> None:
    ev = Evidence("d1", 0, 7, "Blinkin")
    assert "reads 'Blinken', not 'Blinkin'" in (ev.check(TEXT) or "")
    assert "out of range" in (Evidence("d1", 60, 90, "x" * 30).check(TEXT) or "")


def test_an_office_cannot_end_before_it_starts_and_knows_when_it_was_held() -> None:
    with pytest.raises(ValueError, match="ends"):
        Office(title="Secretary of State", start=dt.date(2021, 1, 26), end=dt.date(2020, 1, 1))
    office = Office(title="Secretary of State", country="United States", start=dt.date(2021, 1, 26), end=dt.date(2025, 1, 20))
    assert office.held_on(dt.date(2022, 11, 7))
    assert not office.held_on(dt.date(2025, 1, 21))


def test_participant_names_list_the_canonical_name_first_and_aliases_once() -> None:
    p = Participant(id="jeyhun-bayramov", name="Jeyhun Bayramov", aliases=["Ceyhun Bayramov", "Ceyhun Bayramov"])
    assert p.names == ("Jeyhun Bayramov", "Ceyhun Bayramov")


def test_a_meeting_lists_each_participant_once() -> None:
    with pytest.raises(ValueError, match="listed twice"):
        Meeting(id="m1", participants=[Attendance(participant="a"), Attendance(participant="a")])


def test_a_meeting_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="before the start date"):
        Meeting(id="m1", date=PartialDate(2023, 6, 29), end_date=PartialDate(2023, 6, 27))
    m = Meeting(id="m1", date=PartialDate(2023, 6, 27), end_date=PartialDate(2023, 6, 29))
    assert m.end_date is not None


def test_a_meeting_knows_roles_and_documents() -> None:
    ev = Evidence.of("d1", TEXT, 0, 7)
    m = Meeting(
        id="m1",
        participants=[Attendance(participant="antony-blinken", role=Role.HOST)],
        evidence=[ev, ev],
    )
    assert m.role_of("antony-blinken") is Role.HOST
    assert m.role_of("nobody") is None
    assert m.documents == ("d1",)


def test_a_statement_needs_a_speaker_and_text() -> None:
    with pytest.raises(ValueError, match="at least one speaker"):
        Statement(id="s1", speakers=[], text="Hello")
    with pytest.raises(ValueError, match="non-empty"):
        Statement(id="s1", speakers=["a"], text="  ")
    joint = Statement(id="s1", speakers=["mfa-armenia", "mfa-azerbaijan"], text="Hello")
    assert joint.speaker == "mfa-armenia"


def test_a_basis_needs_a_reason() -> None:
    with pytest.raises(ValueError, match="non-empty"):
        Basis(reason="")


def test_a_host_of_talks_between_two_parties_mediates_them() -> None:
    talks = Meeting(
        id="m1",
        participants=[
            Attendance(participant="antony-blinken", role=Role.HOST),
            Attendance(participant="jeyhun-bayramov"),
            Attendance(participant="ararat-mirzoyan"),
        ],
    )
    visit = Meeting(
        id="m2",
        participants=[Attendance(participant="ilham-aliyev", role=Role.HOST), Attendance(participant="antony-blinken")],
    )
    named = Meeting(id="m3", participants=[Attendance(participant="charles-michel", role=Role.MEDIATOR)])
    assert talks.mediator_ids == ("antony-blinken",)
    assert visit.mediator_ids == ()
    assert named.mediator_ids == ("charles-michel",)
