"""Reviewing drafts: confirm, reject and correct them, with who and when, and the evidence rule kept."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

from caucasus_talks import Corpus, DataError, Review, extract
from caucasus_talks.cli import main
from caucasus_talks.model import MeetingFormat, Role
from caucasus_talks.review import ReviewError, confirm, drafts, edit_meeting, edit_statement, reject

TEXT = (
    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels on "
    "May 14, 2023, hosted by European Council President Charles Michel.\n\n"
    '"We made progress," Michel said after the meeting.\n'
)
DAY = dt.date(2026, 12, 4)


def drafted() -> Corpus:
    corpus, _ = Corpus().add(extract(TEXT, published="2023-05-15", document_id="brussels"))
    return corpus


def test_drafts_lists_the_machine_records_meetings_first() -> None:
    corpus = drafted()
    records = drafts(corpus)
    assert records
    assert all(r.review is Review.MACHINE for r in records)
    assert records[0] is corpus.meetings[0]


def test_record_ids_come_from_where_their_span_starts_so_they_stay_when_extracted_again() -> None:
    (meeting,) = drafted().meetings
    assert meeting.id == f"brussels-m{meeting.evidence[0].start}"
    (statement,) = drafted().statements
    assert statement.id == f"brussels-s{TEXT.index('We made')}"


def test_confirm_records_who_and_when() -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    done = confirm(corpus, [meeting.id], by="A. Analyst", on=DAY, note="checked against the readout")
    kept = done.meeting(meeting.id)
    assert kept.review is Review.CONFIRMED
    assert (kept.reviewed.by, kept.reviewed.on, kept.reviewed.note) == ("A. Analyst", DAY, "checked against the readout")
    assert attrs.evolve(kept, review=Review.MACHINE, reviewed=None) == meeting


def test_a_curated_record_is_not_a_draft() -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    curated = attrs.evolve(corpus, meetings=[attrs.evolve(meeting, review=Review.CURATED)])
    with pytest.raises(ReviewError, match="curated"):
        confirm(curated, [meeting.id], by="me")


def test_a_meeting_with_a_participant_that_rests_on_nothing_cannot_be_confirmed() -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    bare = attrs.evolve(meeting, participants=[attrs.evolve(a, evidence=()) for a in meeting.participants])
    corpus = attrs.evolve(corpus, meetings=[bare])
    with pytest.raises(ReviewError, match="no evidence and no basis for participant"):
        confirm(corpus, [meeting.id], by="me")


def test_an_edit_that_adds_a_fact_needs_a_span_or_a_reason() -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    with pytest.raises(ReviewError, match="needs evidence"):
        edit_meeting(corpus, meeting.id, by="me", format=MeetingFormat.VIDEO)
    doc = corpus.document("brussels")
    fixed = edit_meeting(corpus, meeting.id, by="me", on=DAY, date="2023-05-14", evidence=doc.find("May 14, 2023"))
    assert fixed.meeting(meeting.id).date.iso == "2023-05-14"
    assert doc.find("May 14, 2023") in fixed.meeting(meeting.id).evidence
    by_reason = edit_meeting(corpus, meeting.id, by="me", date="2023-05", reason="the Council's calendar for May")
    assert by_reason.meeting(meeting.id).date.reason == "the Council's calendar for May"


def test_a_corrected_format_keeps_the_drafted_one_as_a_reading() -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    fixed = edit_meeting(corpus, meeting.id, by="me", format=MeetingFormat.VIDEO, reason="the readout says by video")
    got = fixed.meeting(meeting.id)
    assert got.format is MeetingFormat.VIDEO
    assert [(r.field, r.value, r.preferred) for r in got.readings] == [("format", "in_person", False), ("format", "video", True)]


def test_an_added_participant_rests_on_its_reason_and_a_removed_one_needs_none() -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    (other,) = [p for p in meeting.participant_ids if p != "charles-michel"][:1]
    fixed = edit_meeting(corpus, meeting.id, by="me", remove=[other])
    assert other not in fixed.meeting(meeting.id).participant_ids
    back = edit_meeting(fixed, meeting.id, by="me", add=[(other, Role.PARTY)], reason="both leaders attended (readout)")
    (attendance,) = [a for a in back.meeting(meeting.id).participants if a.participant == other]
    assert attendance.basis is not None
    assert attendance.basis.reason == "both leaders attended (readout)"


def test_the_loader_refuses_a_confirmed_meeting_with_a_fact_that_rests_on_nothing(tmp_path: Path) -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    confirm(corpus, [meeting.id], by="me").save(tmp_path / "c")
    path = tmp_path / "c" / "meetings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["meetings"][0]["participants"][0]["evidence"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError, match="has no evidence and no basis"):
        Corpus.from_path(tmp_path / "c")


def test_a_rejected_draft_stays_rejected_when_its_document_is_added_again() -> None:
    corpus = drafted()
    (meeting,) = corpus.meetings
    rejected = reject(corpus, [meeting.id], by="me", note="not a meeting")
    again, added = rejected.add(extract(TEXT, published="2023-05-15", document_id="brussels"))
    assert again == rejected
    assert again.meeting(meeting.id).review is Review.REJECTED
    assert (added.meetings, added.merged) == (0, 0)


# -- the command line ---------------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_review_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "brussels.txt"
    article.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "corpus"
    assert cli(capsys, "add", article, "--corpus", folder, "--published", "2023-05-15")[0] == 0
    code, out, _ = cli(capsys, "review", "--corpus", folder, "--json")
    assert code == 0
    listed = json.loads(out)
    meeting_id = next(r["id"] for r in listed if "format" in r)
    statement_id = next(r["id"] for r in listed if "speakers" in r)

    code, _, err = cli(capsys, "review", "edit", meeting_id, "--corpus", folder, "--format", "video")
    assert code == 2
    assert len(err.splitlines()) == 1
    assert "needs evidence" in err

    code, _, err = cli(capsys, "review", "edit", meeting_id, "--corpus", folder, "--city", "Brussels", "--quote", "Brussels")
    assert code == 0, err
    code, _, err = cli(capsys, "review", "reject", statement_id, "--corpus", folder, "--by", "A. Analyst")
    assert code == 0, err
    corpus = Corpus.from_path(folder)
    assert corpus.meeting(meeting_id).review is Review.CONFIRMED
    assert corpus.statement(statement_id).reviewed is not None
    assert corpus.statement(statement_id).reviewed.by == "A. Analyst"
    code, out, _ = cli(capsys, "review", "--corpus", folder, "--state", "rejected", "--json")
    assert [r["id"] for r in json.loads(out)] == [statement_id]
    code, _, err = cli(capsys, "add", article, "--corpus", folder, "--published", "2023-05-15")
    assert code == 0, err
    assert Corpus.from_path(folder) == corpus


def test_queries_leave_rejected_drafts_out_and_select_by_review_state() -> None:
    from caucasus_talks import load_corpus, query

    corpus = drafted().merge(load_corpus())
    (draft,) = [m for m in corpus.meetings if m.review is Review.MACHINE]
    rejected = reject(corpus, [draft.id], by="me")
    assert draft in query.meetings(corpus)
    assert draft.id not in {m.id for m in query.meetings(rejected)}
    assert [m.id for m in query.meetings(rejected, review="rejected")] == [draft.id]
    assert len(query.meetings(rejected, review="all")) == len(corpus.meetings)
    assert all(m.review.reviewed for m in query.meetings(corpus, review="reviewed"))
    assert [m.id for m in query.meetings(corpus, review="machine")] == [draft.id]
    assert {e.record.id for e in query.timeline(rejected)}.isdisjoint({draft.id})
    with pytest.raises(ValueError, match="not one of machine, reviewed, rejected, all"):
        query.meetings(corpus, review="maybe")


def test_query_output_shows_the_review_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    drafted().save(tmp_path / "c")
    code, out, _ = cli(capsys, "meetings", "--corpus", tmp_path / "c", "--with-seed", "--review", "machine")
    assert code == 0
    header, row = out.splitlines()
    assert header.split()[:3] == ["DATE", "ID", "REVIEW"]
    assert row.split()[2] == "machine"


def test_add_takes_the_interchange_json_that_extract_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "brussels.txt").write_text(TEXT, encoding="utf-8")
    code, out, _ = cli(capsys, "extract", texts / "brussels.txt", "--published", "2023-05-15")
    assert code == 0
    data = json.loads(out)
    data["meetings"][0]["format"] = "video"  # a correction made by hand in the drafts
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "brussels.json").write_text(json.dumps(data), encoding="utf-8")

    code, _, err = cli(capsys, "add", drafts / "brussels.json", "--corpus", tmp_path / "c")
    assert code == 2
    assert "the document's text is needed beside it" in err
    code, _, err = cli(capsys, "add", drafts / "brussels.json", "--corpus", tmp_path / "c", "--texts", texts)
    assert code == 0, err
    corpus = Corpus.from_path(tmp_path / "c")
    assert corpus.document("brussels").text == TEXT
    assert corpus.meetings[0].format is MeetingFormat.VIDEO
    code, _, err = cli(capsys, "add", texts / "brussels.txt", "--corpus", tmp_path / "c")
    assert "nothing added" not in err  # the same text re-extracted: its drafts are known, nothing new
    assert Corpus.from_path(tmp_path / "c") == corpus


def test_interchange_json_whose_text_is_another_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = extract(TEXT, document_id="brussels").to_interchange()
    (tmp_path / "brussels.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "brussels.txt").write_text(TEXT + " Edited.", encoding="utf-8")
    code, _, err = cli(capsys, "add", tmp_path / "brussels.json", "--corpus", tmp_path / "c")
    assert code == 2
    assert "$.document.sha256: the text given is not this document's" in err


def test_a_statement_is_corrected_with_the_span_that_names_its_speaker() -> None:
    corpus = drafted()
    (statement,) = corpus.statements
    (meeting,) = corpus.meetings
    doc = corpus.document("brussels")
    with pytest.raises(ReviewError, match="needs evidence"):
        edit_statement(corpus, statement.id, by="me", speakers=["ilham-aliyev"])
    fixed = edit_statement(corpus, statement.id, by="me", speakers=["ilham-aliyev"], evidence=doc.find("Ilham Aliyev"))
    got = fixed.statement(statement.id)
    assert (got.speakers, got.speaker_evidence, got.review) == (("ilham-aliyev",), (doc.find("Ilham Aliyev"),), Review.CONFIRMED)
    placed = edit_statement(corpus, statement.id, by="me", meeting=meeting.id, reason="said at the press conference after it")
    assert placed.statement(statement.id).meeting == meeting.id
    assert placed.statement(statement.id).basis is not None
    with pytest.raises(ReviewError, match="no meeting with id"):
        edit_statement(corpus, statement.id, by="me", meeting="nowhere", reason="r")
