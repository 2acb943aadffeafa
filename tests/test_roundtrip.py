"""Any model value survives JSON and a save/load through files unchanged."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caucasus_talks import (
    Attendance,
    Basis,
    Channel,
    Corpus,
    DateBasis,
    Document,
    Evidence,
    Location,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Office,
    PartialDate,
    Participant,
    ParticipantKind,
    Reading,
    Review,
    Reviewed,
    Role,
    Statement,
)
from caucasus_talks.review import unsupported
from caucasus_talks.serialize import converter
from caucasus_talks.text import writable

ids = st.from_regex(r"\A[a-z0-9][a-z0-9_.-]{0,20}\Z", fullmatch=True)
# Any text a record may hold: what no export can write (a NUL, a lone surrogate) is refused on construction, as on load.
names = st.text(min_size=1, max_size=30).map(writable).filter(lambda s: s.strip() != "")
maybe_text = st.none() | st.text(max_size=30).map(writable)
bases = st.builds(Basis, reason=names, reference=st.none() | st.just("https://example.org/record"))


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year", "unknown"]))
    basis = draw(st.sampled_from(list(DateBasis)))
    reason = draw(names) if basis is DateBasis.INFERRED else draw(st.none() | names)
    parts = {
        "day": (day.year, day.month, day.day),
        "month": (day.year, day.month, None),
        "year": (day.year, None, None),
        "unknown": (None, None, None),
    }[precision]
    return PartialDate(*parts, basis=basis, reason=reason, reference=draw(st.none() | st.just("https://example.org")))


@st.composite
def documents(draw: st.DrawFn, doc_id: str) -> Document:
    text = draw(st.text(min_size=1, max_size=200).map(writable))
    return Document(
        id=doc_id,
        text=text,
        published=draw(partial_dates()),
        outlet=draw(maybe_text),
        url=draw(st.none() | st.just("https://example.org/a")),
        title=draw(maybe_text),
    )


@st.composite
def spans(draw: st.DrawFn, doc: Document) -> Evidence:
    start = draw(st.integers(0, len(doc.text) - 1))
    end = draw(st.integers(start + 1, len(doc.text)))
    return doc.span(start, end)


@st.composite
def corpora(draw: st.DrawFn) -> Corpus:
    doc = draw(documents("doc-a"))
    evidence = st.lists(spans(doc), max_size=3)
    people = draw(st.lists(ids, min_size=1, max_size=4, unique=True).map(lambda xs: [f"p-{x}" for x in xs]))
    participants = [
        Participant(
            id=pid,
            name=draw(names),
            kind=draw(st.sampled_from(list(ParticipantKind))),
            aliases=draw(st.lists(names, max_size=3)),
            country=draw(maybe_text),
            affiliation=draw(maybe_text),
            offices=draw(
                st.lists(
                    st.builds(
                        Office,
                        title=names,
                        country=maybe_text,
                        start=st.none() | st.just(dt.date(2020, 1, 1)),
                        end=st.none() | st.just(dt.date(2024, 1, 1)),
                        basis=st.none() | bases,
                    ),
                    max_size=2,
                )
            ),
            evidence=draw(evidence),
            basis=draw(st.none() | bases),
            review=draw(st.sampled_from(list(Review))),
        )
        for pid in people
    ]
    meetings = []
    for i in range(draw(st.integers(0, 3))):
        attendees = draw(st.lists(st.sampled_from(people), unique=True, max_size=len(people)))
        start = draw(partial_dates())
        meeting = Meeting(
            id=f"m-{i}",
            date=start,
            end_date=None,
            location=draw(st.none() | st.builds(Location, city=maybe_text, country=maybe_text, venue=maybe_text)),
            format=draw(st.sampled_from(list(MeetingFormat))),
            participants=[
                Attendance(
                    participant=p,
                    role=draw(st.sampled_from(list(Role))),
                    by_office=draw(st.booleans()),
                    basis=draw(st.none() | bases),
                )
                for p in attendees
            ],
            status=draw(st.sampled_from(list(MeetingStatus))),
            title=draw(maybe_text),
            topics=draw(st.lists(names, max_size=2)),
            evidence=draw(evidence),
            basis=draw(bases),
            readings=draw(
                st.lists(st.builds(Reading, field=names, value=maybe_text.filter(bool), preferred=st.booleans()), max_size=2)
            ),
            review=draw(st.sampled_from(list(Review))),
            reviewed=draw(st.none() | st.builds(Reviewed, by=names, on=st.dates(), note=maybe_text)),
        )
        # a confirmed meeting rests, every part of it, on a span or a basis (the loader refuses one that does not)
        if meeting.review is Review.CONFIRMED and unsupported(meeting):
            meeting = attrs.evolve(meeting, review=Review.MACHINE)
        meetings.append(meeting)
    statements = []
    for i in range(draw(st.integers(0, 3))):
        quote = draw(spans(doc).filter(lambda e: e.quote.strip() != ""))
        statements.append(
            Statement(
                id=f"s-{i}",
                speakers=draw(st.lists(st.sampled_from(people), min_size=1, unique=True)),
                text=quote.quote,
                date=draw(partial_dates()),
                channel=draw(st.sampled_from(list(Channel))),
                meeting=draw(st.none() | st.sampled_from([m.id for m in meetings])) if meetings else None,
                evidence=[quote],
                review=draw(st.sampled_from(list(Review))),
            )
        )
    return Corpus(documents=[doc], participants=participants, meetings=meetings, statements=statements)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_any_corpus_survives_save_and_load_unchanged(corpus: Corpus) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus.save(Path(tmp))
        assert Corpus.from_path(Path(tmp)) == corpus


@settings(max_examples=100, deadline=None)
@given(partial_dates())
def test_any_partial_date_survives_the_converter(date: PartialDate) -> None:
    assert converter.structure(converter.unstructure(date), PartialDate) == date


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_every_record_survives_the_converter(corpus: Corpus) -> None:
    for record in corpus:
        assert converter.structure(converter.unstructure(record), type(record)) == record
