"""A corpus folder loads whole or not at all, and every problem names file, place and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caucasus_talks import (
    Attendance,
    Corpus,
    DataError,
    Document,
    Meeting,
    MeetingFormat,
    PartialDate,
    Participant,
    Role,
    Statement,
)

TEXT = (
    'Blinken hosted Bayramov and Mirzoyan in Washington on November 7, 2022. "Direct dialogue is the best way," Blinken said.\n'
)


def small_corpus() -> Corpus:
    doc = Document(id="doc-1", text=TEXT, published=PartialDate(2022, 11, 10))
    people = [
        Participant(id="antony-blinken", name="Antony Blinken", evidence=[doc.find("Blinken"), doc.find("Blinken", 2)]),
        Participant(id="jeyhun-bayramov", name="Jeyhun Bayramov", evidence=[doc.find("Bayramov")]),
        Participant(id="ararat-mirzoyan", name="Ararat Mirzoyan", evidence=[doc.find("Mirzoyan")]),
    ]
    meeting = Meeting(
        id="m-2022-11-07",
        date=PartialDate(2022, 11, 7),
        format=MeetingFormat.IN_PERSON,
        participants=[
            Attendance(participant="antony-blinken", role=Role.HOST),
            Attendance(participant="jeyhun-bayramov"),
            Attendance(participant="ararat-mirzoyan"),
        ],
        evidence=[doc.find("Blinken hosted Bayramov and Mirzoyan in Washington on November 7, 2022.")],
    )
    statement = Statement(
        id="s-1",
        speakers=["antony-blinken"],
        text="Direct dialogue is the best way,",
        date=PartialDate(2022, 11, 7),
        meeting="m-2022-11-07",
        evidence=[doc.find("Direct dialogue is the best way,")],
    )
    return Corpus(documents=[doc], participants=people, meetings=[meeting], statements=[statement])


def saved(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    small_corpus().save(folder)
    return folder


def edit_json(path: Path, change: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        Corpus.from_path(folder)
    return [str(p) for p in info.value.problems]


def test_a_saved_corpus_loads_back_equal(tmp_path: Path) -> None:
    corpus = small_corpus()
    corpus.save(tmp_path / "c")
    assert Corpus.from_path(tmp_path / "c") == corpus
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == [
        "doc-1.txt",
        "documents.json",
        "meetings.json",
        "participants.json",
        "statements.json",
    ]


def test_save_writes_document_text_byte_for_byte(tmp_path: Path) -> None:
    text = "Line one\r\nLine two – with “quotes”\n"
    Corpus(documents=[Document(id="d", text=text)]).save(tmp_path)
    assert (tmp_path / "d.txt").read_bytes() == text.encode("utf-8")


def test_save_never_overwrites_a_documents_text(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "doc-1.txt").write_text("someone else's text", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(DataError, match="never overwritten"):
        small_corpus().save(folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_save_leaves_no_temporary_files(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    small_corpus().save(folder)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_a_folder_of_plain_text_files_is_not_a_corpus(tmp_path: Path) -> None:
    (tmp_path / "article-1.txt").write_text("Some text.", encoding="utf-8")
    assert problems_of(tmp_path) == [f"{tmp_path}: not a corpus folder: it has no documents.json"]


def test_an_empty_corpus_saves_and_loads(tmp_path: Path) -> None:
    Corpus().save(tmp_path / "empty")
    assert Corpus.from_path(tmp_path / "empty") == Corpus()


def test_unknown_participant_ids_are_named(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    edit_json(folder / "meetings.json", lambda d: d["meetings"][0]["participants"][0].update(participant="nobody"))
    (problem,) = problems_of(folder)
    assert "meetings.json: $.meetings[0].participants[0].participant" in problem
    assert "unknown participant id 'nobody'" in problem


def test_duplicate_ids_are_named(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    edit_json(folder / "participants.json", lambda d: d["participants"].append(d["participants"][0]))
    (problem,) = problems_of(folder)
    assert "participants.json: $.participants[3].id" in problem
    assert "duplicate id" in problem


def test_invalid_dates_are_named_with_their_json_path(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    edit_json(folder / "meetings.json", lambda d: d["meetings"][0].update(date="2022-02-30"))
    (problem,) = problems_of(folder)
    assert "meetings.json: $.meetings[0].date" in problem
    assert "day 30 is out of range" in problem


def test_spans_out_of_range_are_named(tmp_path: Path) -> None:
    folder = saved(tmp_path)

    def move(d: dict) -> None:  # type: ignore[type-arg]
        ev = d["statements"][0]["evidence"][0]
        ev["start"], ev["end"] = 5000, 5000 + len(ev["quote"])

    edit_json(folder / "statements.json", move)
    (problem,) = problems_of(folder)
    assert "$.statements[0].evidence[0]" in problem
    assert "out of range" in problem


def test_a_span_that_no_longer_reproduces_its_quote_names_record_document_and_both_texts(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    edit_json(folder / "participants.json", lambda d: d["participants"][0]["evidence"][0].update(quote="Blinkin"))
    (problem,) = problems_of(folder)
    assert "antony-blinken" in problem
    assert "doc-1" in problem
    assert "'Blinken'" in problem
    assert "'Blinkin'" in problem


def test_text_that_no_longer_matches_its_checksum_is_an_error(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "doc-1.txt").write_text(TEXT.replace("Washington", "Washingtom"), encoding="utf-8")
    problems = problems_of(folder)
    assert any("doc-1.txt" in p and "does not match its checksum" in p for p in problems)


def test_invalid_utf8_is_named_with_its_byte_offset(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "doc-1.txt").write_bytes(b"caf\xe9 talks")
    (problem,) = problems_of(folder)
    assert "doc-1.txt: byte 3 (line 1): invalid UTF-8" in problem


def test_invalid_json_is_named_with_line_and_column(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "meetings.json").write_text('{"schema_version": 1,\n "meetings": [}', encoding="utf-8")
    (problem,) = problems_of(folder)
    assert "meetings.json: line 2 column" in problem
    assert "invalid JSON" in problem


def test_an_unsupported_schema_version_is_an_error(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    edit_json(folder / "statements.json", lambda d: d.update(schema_version=99))
    (problem,) = problems_of(folder)
    assert "$.schema_version" in problem
    assert "99" in problem


def test_unknown_fields_are_errors_not_silently_dropped(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    edit_json(folder / "meetings.json", lambda d: d["meetings"][0].update(venue="Blair House"))
    (problem,) = problems_of(folder)
    assert "$.meetings[0]" in problem
    assert "venue" in problem


def test_every_problem_of_every_file_is_reported_at_once(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    edit_json(folder / "meetings.json", lambda d: d["meetings"][0].update(date="not a date", format="telepathy"))
    edit_json(folder / "participants.json", lambda d: d["participants"][1].update(id="Bad Id"))
    problems = problems_of(folder)
    assert len(problems) == 3
    assert sum("meetings.json" in p for p in problems) == 2
    assert sum("participants.json" in p for p in problems) == 1


def test_a_missing_document_text_is_named(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "doc-1.txt").unlink()
    problems = problems_of(folder)
    assert any("doc-1.txt is missing" in p for p in problems)


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not a folder"):
        Corpus.from_path(tmp_path / "nowhere")


def test_merge_adds_records_and_combines_participants(tmp_path: Path) -> None:
    corpus = small_corpus()
    other_doc = Document(id="doc-2", text="Jeyhun Bairamov spoke.")
    other = Corpus(
        documents=[other_doc],
        participants=[
            Participant(
                id="jeyhun-bayramov",
                name="Jeyhun Bayramov",
                aliases=["Jeyhun Bairamov"],
                evidence=[other_doc.find("Jeyhun Bairamov")],
            )
        ],
    )
    merged = corpus.merge(other)
    assert [d.id for d in merged.documents] == ["doc-1", "doc-2"]
    bayramov = merged.participant("jeyhun-bayramov")
    assert bayramov.aliases == ("Jeyhun Bairamov",)
    assert [e.document for e in bayramov.evidence] == ["doc-1", "doc-2"]


def test_merge_refuses_two_different_records_with_one_id() -> None:
    corpus = small_corpus()
    other = Corpus(documents=[Document(id="doc-1", text="another text")])
    with pytest.raises(DataError, match="doc-1"):
        corpus.merge(other)


def test_records_are_found_by_id() -> None:
    corpus = small_corpus()
    assert corpus.meeting("m-2022-11-07").date.iso == "2022-11-07"
    assert corpus.get("s-1") is not None
    with pytest.raises(KeyError):
        corpus.meeting("s-1")
