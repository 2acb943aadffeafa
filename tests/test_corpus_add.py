"""``Corpus.add``: a document's drafts join a corpus, merged into the meetings it knows, never duplicated or overwritten."""

from __future__ import annotations

import attrs
import pytest

from caucasus_talks import (
    Attendance,
    Corpus,
    DataError,
    Document,
    Evidence,
    Location,
    Meeting,
    MeetingStatus,
    PartialDate,
    Participant,
    Review,
    Role,
    Statement,
)
from caucasus_talks.corpus import Added
from caucasus_talks.extract import Extraction

TRILATERAL = "Putin hosted Aliyev and Pashinyan in Sochi on November 26, 2021. Putin also met Aliyev one-on-one."
REPORT = 'Putin, Aliyev and Pashinyan met in Sochi on November 26. "It was useful," Putin said.'
PEOPLE = ("vladimir-putin", "ilham-aliyev", "nikol-pashinyan")


def draft(doc: Document, mid: str, quote: str, who: tuple[str, ...]) -> Meeting:
    return Meeting(
        id=mid,
        date=PartialDate(2021, 11, 26),
        location=Location(city="Sochi"),
        participants=[Attendance(participant=p) for p in who],
        evidence=[doc.find(quote)],
        review=Review.MACHINE,
    )


def people(doc: Document) -> list[Participant]:
    return [
        Participant(
            id=pid, name=pid.replace("-", " ").title(), evidence=[doc.find(pid.split("-")[1].title())], review=Review.MACHINE
        )
        for pid in PEOPLE
    ]


def first() -> Extraction:
    doc = Document(id="doc-1", text=TRILATERAL)
    return Extraction(
        document=doc,
        participants=people(doc),
        meetings=[
            draft(doc, "doc-1-m1", "Putin hosted Aliyev and Pashinyan in Sochi", PEOPLE),
            draft(doc, "doc-1-m2", "Putin also met Aliyev one-on-one", PEOPLE[:2]),
        ],
    )


def second() -> Extraction:
    doc = Document(id="doc-2", text=REPORT)
    return Extraction(
        document=doc,
        participants=people(doc),
        meetings=[draft(doc, "doc-2-m1", "Putin, Aliyev and Pashinyan met in Sochi", PEOPLE)],
        statements=[
            Statement(
                id="doc-2-s1",
                speakers=["vladimir-putin"],
                text="It was useful,",
                meeting="doc-2-m1",
                evidence=[Evidence.of("doc-2", REPORT, REPORT.index("It was"), REPORT.index("It was") + 14)],
                review=Review.MACHINE,
            )
        ],
    )


def test_meetings_of_one_document_stay_apart_even_on_the_same_day_and_place() -> None:
    corpus, added = Corpus().add(first())
    assert added == Added(documents=1, participants=3, meetings=2)
    assert sorted(m.id for m in corpus.meetings) == ["doc-1-m1", "doc-1-m2"]


def test_a_meeting_another_document_reports_is_merged_into_one_meeting_with_both_sources() -> None:
    corpus, _ = Corpus().add(first())
    corpus, added = corpus.add(second())
    assert added == Added(documents=1, merged=1, statements=1)
    trilateral = corpus.meeting("doc-1-m1")
    assert trilateral.documents == ("doc-1", "doc-2")
    assert len(corpus.meetings) == 2
    assert corpus.participant("ilham-aliyev").evidence[-1].document == "doc-2"


def test_a_statement_made_at_a_merged_meeting_points_to_the_known_meeting() -> None:
    corpus, _ = Corpus().add(first())
    corpus, _ = corpus.add(second())
    assert corpus.statement("doc-2-s1").meeting == "doc-1-m1"


def test_adding_the_same_extraction_again_changes_nothing() -> None:
    corpus, _ = Corpus().add(first())
    corpus, _ = corpus.add(second())
    again, added = corpus.add(second())
    assert again == corpus
    assert added == Added()


def test_records_a_person_reviewed_are_never_changed() -> None:
    reviewed, _ = Corpus().add(first())
    reviewed = Corpus(
        documents=reviewed.documents,
        participants=[attrs.evolve(p, review=Review.CURATED) for p in reviewed.participants],
        meetings=[attrs.evolve(m, review=Review.CURATED) for m in reviewed.meetings],
    )
    corpus, added = reviewed.add(second())
    assert added.merged == 1  # the report is recognised as the known meeting ...
    assert corpus.meeting("doc-1-m1") == reviewed.meeting("doc-1-m1")  # ... which keeps only its own evidence
    assert all(corpus.participant(p.id) == p for p in reviewed.participants)
    assert corpus.statement("doc-2-s1").meeting == "doc-1-m1"


def test_a_different_text_under_a_known_document_id_is_refused() -> None:
    corpus, _ = Corpus().add(first())
    impostor = Extraction(document=Document(id="doc-1", text="Another text entirely."))
    with pytest.raises(DataError, match="different text under this document id"):
        corpus.add(impostor)


def test_adding_leaves_the_corpus_it_was_called_on_as_it_was() -> None:
    corpus, _ = Corpus().add(first())
    before = Corpus(documents=corpus.documents, participants=corpus.participants, meetings=corpus.meetings)
    corpus.add(second())
    assert corpus == before


def _report(doc_id: str, text: str, meetings: list[tuple[str, PartialDate, str | None, dict[str, Role]]]) -> Extraction:
    """A made-up extraction: one meeting per (quote, date, city, {participant: role})."""
    doc = Document(id=doc_id, text=text)
    ids = sorted({pid for *_, who in meetings for pid in who})
    return Extraction(
        document=doc,
        participants=[
            Participant(id=pid, name=pid.replace("-", " ").title(), evidence=[doc.find(pid.split("-")[1].title())])
            for pid in ids
        ],
        meetings=[
            Meeting(
                id=f"{doc_id}-m{n}",
                date=date,
                location=Location(city=city) if city else None,
                participants=[Attendance(participant=p, role=r) for p, r in who.items()],
                evidence=[doc.find(quote)],
                review=Review.MACHINE,
            )
            for n, (quote, date, city, who) in enumerate(meetings)
        ],
    )


PARTIES = {"ilham-aliyev": Role.PARTY, "nikol-pashinyan": Role.PARTY}


def test_talks_hosted_by_two_different_mediators_stay_apart() -> None:
    day = PartialDate(2023, 5, 14)
    a = _report(
        "a", "Michel hosted Aliyev and Pashinyan.", [("hosted", day, None, {**PARTIES, "charles-michel": Role.HOST})]
    )
    b = _report(
        "b", "Aliyev and Pashinyan met, Macron hosting.", [("met", day, None, {**PARTIES, "emmanuel-macron": Role.HOST})]
    )
    corpus, _ = Corpus().add(a)
    corpus, added = corpus.add(b)
    assert (added.meetings, added.merged) == (1, 0)


def test_a_report_joins_the_closest_known_meeting_not_the_first() -> None:
    day = PartialDate(2021, 11, 26)
    trilateral = {**PARTIES, "vladimir-putin": Role.HOST}
    known = _report(
        "a",
        "Putin hosted Aliyev and Pashinyan in Sochi. Later Aliyev and Pashinyan met alone.",
        [("Putin hosted", day, "Sochi", trilateral), ("met alone", day, "Sochi", PARTIES)],
    )
    report = _report("b", "Aliyev and Pashinyan met one-on-one in Sochi.", [("met one-on-one", day, "Sochi", PARTIES)])
    corpus, _ = Corpus().add(known)
    corpus, added = corpus.add(report)
    assert added.merged == 1
    assert corpus.meeting("a-m1").documents == ("a", "b")


def test_the_more_precise_date_is_kept_and_the_other_stays_visible_as_a_reading() -> None:
    month = _report("a", "Aliyev and Pashinyan met in Sochi in November.", [("met", PartialDate(2021, 11), "Sochi", PARTIES)])
    text = "Aliyev and Pashinyan met in Sochi on November 26."
    day = _report("b", text, [("met", PartialDate(2021, 11, 26), "Sochi", PARTIES)])
    corpus, _ = Corpus().add(month)
    corpus, added = corpus.add(day)
    assert added.merged == 1
    (meeting,) = corpus.meetings
    assert meeting.date == PartialDate(2021, 11, 26)
    assert [(r.field, r.value, r.preferred, r.evidence[0].document) for r in meeting.readings] == [
        ("date", "2021-11", False, "a"),
        ("date", "2021-11-26", True, "b"),
    ]


def test_a_report_that_differs_on_the_status_is_kept_beside_the_known_one() -> None:
    day = PartialDate(2021, 11, 26)
    planned = _report("a", "Aliyev and Pashinyan will meet in Sochi.", [("will meet", day, "Sochi", PARTIES)])
    planned = attrs.evolve(planned, meetings=[attrs.evolve(planned.meetings[0], status=MeetingStatus.PLANNED)])
    held = _report("b", "Aliyev and Pashinyan met in Sochi.", [("met", day, "Sochi", PARTIES)])
    corpus, _ = Corpus().add(planned)
    corpus, _ = corpus.add(held)
    (meeting,) = corpus.meetings
    assert meeting.status is MeetingStatus.PLANNED  # the first report's, until a person decides
    assert {(r.value, r.preferred) for r in meeting.readings if r.field == "status"} == {("planned", True), ("held", False)}


def _undated(doc_id: str, published: str | None, city: str | None = None) -> Extraction:
    """A made-up report of an undated meeting of Aliyev and Pashinyan, in a document published on ``published``."""
    report = _report(doc_id, f"Aliyev and Pashinyan met ({doc_id}).", [("met", PartialDate(), city, PARTIES)])
    return attrs.evolve(report, document=attrs.evolve(report.document, published=PartialDate.from_iso(published)))


@pytest.mark.parametrize(
    ("first_published", "second_published", "one_meeting"),
    [
        ("2021-11-26", "2021-11-29", True),  # days apart: one meeting
        ("2021-11-26", "2021-12-03", True),  # a week apart, the window's edge
        ("2021-11-26", "2021-12-04", False),  # eight days apart
        ("2021-11-26", "2024-05-10", False),  # years apart: two meetings
        ("2021-11-26", None, False),  # a report published on no known day is placed nowhere in time
        (None, None, False),
        ("2021-11", "2021-11-26", False),  # nor one published in a month, on no known day
    ],
)
def test_two_undated_reports_are_one_meeting_only_when_published_near_each_other(
    first_published: str | None, second_published: str | None, one_meeting: bool
) -> None:
    corpus, _ = Corpus().add(_undated("a", first_published))
    corpus, added = corpus.add(_undated("b", second_published))
    assert (added.meetings, added.merged) == ((0, 1) if one_meeting else (1, 0))
    assert [m.documents for m in corpus.meetings] == ([("a", "b")] if one_meeting else [("a",), ("b",)])


def test_an_undated_meeting_spans_a_week_of_publications_however_many_reports_it_has() -> None:
    corpus = Corpus()
    for day in range(1, 29, 2):  # a report every other day for four weeks: each within a week of the last
        corpus, _ = corpus.add(_undated(f"r{day:02d}", f"2023-05-{day:02d}"))
    days = [sorted(int(d[1:]) for d in m.documents) for m in corpus.meetings]
    assert days == [[1, 3, 5, 7], [9, 11, 13, 15], [17, 19, 21, 23], [25, 27]]


def test_a_known_document_keeps_its_publication_date_for_the_rule() -> None:
    corpus, _ = Corpus().add(_undated("a", "2021-11-26"))
    corpus, _ = corpus.add(_undated("b", "2021-11-27"))
    again = _undated("b", "2030-01-01")  # the same document again, extracted with another date: the corpus's date holds
    assert corpus.add(again)[0] == corpus
