"""Adding a document's drafts to a corpus merges known meetings and never duplicates or overwrites."""

from __future__ import annotations

from caucasus_talks import (
    Attendance,
    Corpus,
    Document,
    Evidence,
    Location,
    Meeting,
    PartialDate,
    Participant,
    Review,
    Statement,
)
from caucasus_talks.cli._add import add_extraction
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
    corpus, counts = add_extraction(Corpus(), first())
    assert counts["meetings"] == 2
    assert sorted(m.id for m in corpus.meetings) == ["doc-1-m1", "doc-1-m2"]


def test_a_meeting_another_document_reports_is_merged_with_both_sources() -> None:
    corpus, _ = add_extraction(Corpus(), first())
    corpus, counts = add_extraction(corpus, second())
    assert counts["merged"] == 1
    trilateral = corpus.meeting("doc-1-m1")
    assert trilateral.documents == ("doc-1", "doc-2")
    assert len(corpus.meetings) == 2


def test_a_statement_made_at_a_merged_meeting_points_to_the_known_meeting() -> None:
    corpus, _ = add_extraction(Corpus(), first())
    corpus, _ = add_extraction(corpus, second())
    assert corpus.statement("doc-2-s1").meeting == "doc-1-m1"


def test_adding_the_same_document_again_changes_nothing() -> None:
    corpus, _ = add_extraction(Corpus(), first())
    corpus, _ = add_extraction(corpus, second())
    again, counts = add_extraction(corpus, second())
    assert again == corpus
    assert counts == {"documents": 0, "participants": 0, "meetings": 0, "merged": 0, "statements": 0}
