"""Reviewing a store: the same rules, errors and records as reviewing a corpus, each call written whole or not at all."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_talks import Corpus, DataError, Review, Reviewed, load_corpus
from caucasus_talks.cli import main
from caucasus_talks.extract import Extraction, extract
from caucasus_talks.model import Basis, Channel, MeetingFormat, MeetingStatus, Participant, Role
from caucasus_talks.review import ReviewError, confirm, drafts, edit_meeting, edit_statement, reject
from caucasus_talks.store import Store

ROOT = Path(__file__).resolve().parent.parent
DAY = dt.date(2026, 12, 4)
BRUSSELS = (
    "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels on "
    "May 14, 2023, hosted by European Council President Charles Michel.\n\n"
    '"We made progress," Michel said after the meeting.\n'
)
MEETING, STATEMENT = "brussels-m79", "brussels-s167"  # the drafts of BRUSSELS
CURATED = "2022-11-07-washington-foreign-ministers"  # a meeting of the seed corpus


@functools.cache
def extractions() -> tuple[Extraction, ...]:
    """The drafts of a made-up article and of the three real ones under tests/data/extract/articles."""
    articles = sorted((ROOT / "tests/data/extract/articles").glob("*.txt"))
    return (
        extract(BRUSSELS, published="2023-05-15", document_id="brussels"),
        *(extract(path.read_text(encoding="utf-8"), document_id=path.stem) for path in articles),
    )


@functools.cache
def drafted() -> Corpus:
    """The seed corpus with the drafts of :func:`extractions` added: curated records and drafts of every kind."""
    corpus = load_corpus()
    for extraction in extractions():
        corpus, _ = corpus.add(extraction)
    return corpus


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.from_corpus(drafted(), tmp_path / "talks.db") as made:
        yield made


def outcome(review: Callable[[Any], Any], on: Corpus | Store) -> Corpus | str:
    """What a review gives: the corpus it leaves (a store's, read back), or the message it was refused with."""
    try:
        done = review(on)
    except ReviewError as exc:
        return f"refused: {exc}"
    if isinstance(on, Store):
        assert done is on, "a review of a store returns the same store"
        return on.to_corpus()
    assert isinstance(done, Corpus)
    return done


def test_the_drafted_corpus_has_drafts_of_every_kind() -> None:
    kinds = {type(r).__name__ for r in drafts(drafted())}
    assert kinds == {"Meeting", "Statement", "Participant"}
    assert drafted().get(MEETING) is not None
    assert drafted().get(STATEMENT) is not None


@pytest.mark.parametrize("state", list(Review))
def test_a_store_lists_the_records_in_a_review_state_as_the_corpus_does(store: Store, state: Review) -> None:
    assert drafts(store, state) == drafts(drafted(), state)


def test_a_store_lists_participants_with_every_span_that_names_them(store: Store) -> None:
    (person,) = [r for r in drafts(store) if isinstance(r, Participant)]
    assert person.evidence
    assert person == drafted().participant(person.id)


def machine_ids() -> list[str]:
    return [r.id for r in drafts(drafted())]


REVIEWS: dict[str, Callable[[Any], Any]] = {
    "confirm every draft": lambda c: confirm(c, machine_ids(), by="A. Analyst", on=DAY, note="checked"),
    "confirm an id given twice": lambda c: confirm(c, [MEETING, STATEMENT, MEETING], by="me", on=DAY),
    "reject every draft": lambda c: reject(c, machine_ids(), by="A. Analyst", on=DAY, note="not talks"),
    "confirm a drafted participant": lambda c: confirm(c, ["matthew-miller"], by="me", on=DAY),
    "reject a drafted participant": lambda c: reject(c, ["matthew-miller"], by="me", on=DAY),
    "date a meeting by a span": lambda c: edit_meeting(
        c, MEETING, by="me", on=DAY, date="2023-05-14", evidence=c.document("brussels").find("May 14, 2023")
    ),
    "date a meeting by a reason": lambda c: edit_meeting(c, MEETING, by="me", on=DAY, date="2023-05", reason="the calendar"),
    "correct a format and a status": lambda c: edit_meeting(
        c, MEETING, by="me", on=DAY, format=MeetingFormat.VIDEO, status=MeetingStatus.PLANNED, reason="the readout"
    ),
    "place a meeting": lambda c: edit_meeting(
        c, MEETING, by="me", on=DAY, city="Brussels", country="Belgium", evidence=c.document("brussels").find("Brussels")
    ),
    "remove a participant": lambda c: edit_meeting(c, MEETING, by="me", on=DAY, remove=["charles-michel"]),
    "add a participant": lambda c: edit_meeting(
        c, MEETING, by="me", on=DAY, add=[("antony-blinken", Role.ATTENDEE)], reason="he joined by phone (readout)"
    ),
    "give a statement its speaker": lambda c: edit_statement(
        c, STATEMENT, by="me", on=DAY, speakers=["ilham-aliyev"], evidence=c.document("brussels").find("Ilham Aliyev")
    ),
    "place a statement at its meeting": lambda c: edit_statement(
        c, STATEMENT, by="me", on=DAY, meeting=MEETING, date="2023-05-14", channel=Channel.REMARKS, reason="after it"
    ),
}


@pytest.mark.parametrize("name", list(REVIEWS))
def test_a_review_of_a_store_gives_the_records_the_review_of_the_corpus_gives(store: Store, name: str) -> None:
    expected = outcome(REVIEWS[name], drafted())
    assert isinstance(expected, Corpus), expected
    assert expected != drafted()
    assert outcome(REVIEWS[name], store) == expected
    assert store.verify() == []


REFUSALS: dict[str, Callable[[Any], Any]] = {
    "an unknown id among known ones": lambda c: confirm(c, [MEETING, "no-such-record", STATEMENT], by="me"),
    "a curated record among drafts": lambda c: reject(c, [STATEMENT, CURATED], by="me"),
    "a document as a draft": lambda c: confirm(c, ["brussels"], by="me"),
    "a fact without support": lambda c: edit_meeting(c, MEETING, by="me", format=MeetingFormat.VIDEO),
    "support for no fact": lambda c: edit_meeting(c, MEETING, by="me", remove=["charles-michel"], reason="why not"),
    "a span that does not hold": lambda c: edit_meeting(
        c, MEETING, by="me", city="Brussels", evidence=attrs.evolve(c.document("brussels").find("Brussels"), quote="Brusselx")
    ),
    "a span of an unknown document": lambda c: edit_meeting(
        c, MEETING, by="me", city="Brussels", evidence=attrs.evolve(c.document("brussels").find("Brussels"), document="x")
    ),
    "an unknown participant to add": lambda c: edit_meeting(c, MEETING, by="me", add=[("nobody", Role.PARTY)], reason="r"),
    "a participant to remove it lacks": lambda c: edit_meeting(c, MEETING, by="me", remove=["antony-blinken"]),
    "a statement edited as a meeting": lambda c: edit_meeting(c, STATEMENT, by="me", remove=["charles-michel"]),
    "an unknown speaker": lambda c: edit_statement(c, STATEMENT, by="me", speakers=["nobody"], reason="r"),
    "a meeting as a speaker": lambda c: edit_statement(c, STATEMENT, by="me", speakers=[MEETING], reason="r"),
    "an unknown meeting": lambda c: edit_statement(c, STATEMENT, by="me", meeting="nowhere", reason="r"),
    "a bad date": lambda c: edit_statement(c, STATEMENT, by="me", date="2023-13", reason="r"),
    "a statement edit with nothing to change": lambda c: edit_statement(c, STATEMENT, by="me", reason="r"),
}


@pytest.mark.parametrize("name", list(REFUSALS))
def test_a_review_the_corpus_refuses_is_refused_in_a_store_with_the_same_message_and_nothing_changes(
    store: Store, name: str
) -> None:
    refused = outcome(REFUSALS[name], drafted())
    assert isinstance(refused, str), "the corpus accepted it"
    assert outcome(REFUSALS[name], store) == refused
    assert store.to_corpus() == drafted()


def test_a_refused_meeting_among_good_drafts_leaves_them_all_drafts(tmp_path: Path) -> None:
    meeting = drafted().meeting(MEETING)
    bare = attrs.evolve(meeting, participants=[attrs.evolve(a, evidence=()) for a in meeting.participants])
    corpus = attrs.evolve(drafted(), meetings=[bare if m.id == MEETING else m for m in drafted().meetings])
    with Store.from_corpus(corpus, tmp_path / "bare.db") as store:
        good = [r.id for r in drafts(store) if r.id != MEETING]
        with pytest.raises(ReviewError, match=f"{MEETING}: no evidence and no basis for participant"):
            confirm(store, [*good[:3], MEETING, *good[3:]], by="me")
        assert store.to_corpus() == corpus
        assert drafts(store, Review.CONFIRMED) == []


def test_a_confirmed_participant_keeps_every_span_that_names_it(store: Store) -> None:
    before = store.participant("matthew-miller")
    confirm(store, ["matthew-miller"], by="me", on=DAY)
    after = store.participant("matthew-miller")
    assert before.evidence
    assert after == attrs.evolve(before, review=Review.CONFIRMED, reviewed=Reviewed(by="me", on=DAY))
    with Store(store.path) as again:  # as written in the file, read by another connection
        assert again.participant("matthew-miller") == after


def test_adding_documents_again_leaves_what_a_person_reviewed_as_they_left_it(store: Store) -> None:
    ids = machine_ids()
    reviewed = confirm(reject(drafted(), ids[::2], by="me", on=DAY), ids[1::2], by="me", on=DAY)
    confirm(reject(store, ids[::2], by="me", on=DAY), ids[1::2], by="me", on=DAY)
    retold = extract(BRUSSELS.replace("made progress", "made real progress"), published="2023-05-16", document_id="retold")
    assert drafted().add(retold)[0].meeting(MEETING) != drafted().meeting(MEETING)  # it would change the draft
    corpus = reviewed
    for extraction in [*extractions(), retold]:
        corpus, by_corpus = corpus.add(extraction)
        assert store.add(extraction) == by_corpus
    assert store.to_corpus() == corpus
    assert [store.get(i) for i in ids] == [reviewed.get(i) for i in ids]
    assert store.verify() == []


@settings(max_examples=25, deadline=None)
@given(
    chosen=st.deferred(lambda: st.lists(st.sampled_from([*machine_ids(), CURATED, "nope"]))),
    action=st.sampled_from([confirm, reject]),
)
def test_any_ids_reviewed_in_a_store_give_what_the_corpus_gives(chosen: list[str], action: Callable[..., Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.from_corpus(drafted(), Path(tmp) / "talks.db") as store:
        expected = outcome(lambda c: action(c, chosen, by="me", on=DAY), drafted())
        assert outcome(lambda c: action(c, chosen, by="me", on=DAY), store) == expected
        if isinstance(expected, str):
            assert store.to_corpus() == drafted()


# -- Store.replace and Store.writing --------------------------------------------------------


def test_replace_refuses_what_the_store_does_not_hold_and_writes_nothing(store: Store) -> None:
    meeting = attrs.evolve(store.meeting(MEETING), review=Review.REJECTED)
    stranger = attrs.evolve(meeting, id="brussels-m1")
    with pytest.raises(DataError, match=r"meetings\['brussels-m1'\]: the store holds no meeting with id 'brussels-m1'"):
        store.replace([meeting, stranger])
    as_statement = attrs.evolve(store.statement(STATEMENT), id=MEETING)
    with pytest.raises(DataError, match=f"statements\\['{MEETING}'\\]: the store holds no statement"):
        store.replace([as_statement])
    with pytest.raises(DataError, match="given twice"):
        store.replace([meeting, meeting])
    assert store.to_corpus() == drafted()


def test_replace_refuses_a_record_the_loader_would_refuse(store: Store) -> None:
    meeting = store.meeting(MEETING)
    lost = attrs.evolve(meeting, participants=[*meeting.participants[:1], attrs.evolve(meeting.participants[0], participant="x")])
    with pytest.raises(DataError, match=f"{store.path}: meetings\\['{MEETING}'\\].participants\\[1\\].participant"):
        store.replace([lost])
    bare = attrs.evolve(meeting, review=Review.CONFIRMED, participants=[attrs.evolve(meeting.participants[0], evidence=())])
    with pytest.raises(DataError, match="has no evidence and no basis"):
        store.replace([bare])
    assert store.to_corpus() == drafted()


def test_a_failure_inside_writing_leaves_the_store_as_it_was(store: Store) -> None:
    meeting = attrs.evolve(store.meeting(MEETING), basis=Basis("a changed basis"))
    seen = []

    def change_then_fail() -> None:
        with store.writing():
            store.replace([meeting])
            seen.append(store.meeting(MEETING))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        change_then_fail()
    assert seen == [meeting]  # the transaction saw its own change
    assert store.to_corpus() == drafted()


def test_while_a_review_holds_the_store_no_other_writer_comes_between(store: Store) -> None:
    other = sqlite3.connect(store.path, timeout=0)
    try:
        with store.writing():
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            confirm(store, [MEETING], by="me", on=DAY)
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert store.meeting(MEETING).review is Review.CONFIRMED


# -- the command line ---------------------------------------------------------------------


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def both(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus folder and a store file holding the same drafts."""
    drafted().save(tmp_path / "folder")
    Store.from_corpus(drafted(), tmp_path / "talks.db").close()
    return tmp_path / "folder", tmp_path / "talks.db"


def test_review_lists_a_stores_drafts_as_it_lists_a_folders(both: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    folder, path = both
    for extra in ([], ["--json"], ["--state", "curated"], ["--state", "rejected"]):
        by_folder = cli(capsys, "review", "--corpus", folder, *extra)
        by_store = cli(capsys, "review", "--store", path, *extra)
        assert by_store[:2] == by_folder[:2]
        assert by_store[2] == by_folder[2].replace("in this corpus", "in this store")
    _code, out, _err = cli(capsys, "review", "--store", path, "--json")
    assert [r["id"] for r in json.loads(out)] == machine_ids()


@pytest.mark.parametrize(
    "args",
    [
        ["confirm", MEETING, STATEMENT, "matthew-miller", "--note", "checked"],
        ["reject", "matthew-miller"],
        ["edit", MEETING, "--city", "Brussels", "--quote", "Brussels"],
        ["edit", MEETING, "--add", "antony-blinken:attendee", "--reason", "he joined by phone"],
        ["edit", STATEMENT, "--speaker", "ilham-aliyev", "--quote", "Ilham Aliyev"],
        ["edit", STATEMENT, "--meeting", MEETING, "--span", "0:8", "--document", "brussels"],
    ],
    ids=lambda args: " ".join(args[:2]) + (" " + args[2] if args[0] == "edit" else ""),
)
def test_a_review_on_the_command_line_changes_a_store_as_it_changes_a_folder(
    both: tuple[Path, Path], capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    folder, path = both
    code, _, err = cli(capsys, "review", *args, "--corpus", folder, "--by", "A. Analyst")
    assert code == 0, err
    code, _, err = cli(capsys, "review", *args, "--store", path, "--by", "A. Analyst")
    assert code == 0, err
    assert f"record(s) in {path}, by A. Analyst on " in err
    with Store(path) as store:
        assert store.to_corpus() == Corpus.from_path(folder)
        assert store.verify() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["review"], "one of the arguments --corpus --store is required"),
        (["review", "--corpus", "folder", "--store", "talks.db"], "argument --store: not allowed with argument --corpus"),
        (["review", "confirm", MEETING, "--store", "talks.db", "--corpus", "folder"], "not allowed with argument"),
    ],
)
def test_review_takes_a_folder_or_a_store_not_both_nor_neither(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert len(err.splitlines()) == 1
    assert message in err


def test_review_errors_on_a_store_are_one_line_naming_the_file_or_the_reason(
    both: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _folder, path = both
    (tmp_path / "plain.txt").write_text("not a store", encoding="utf-8")
    for args, says in [
        (["review", "--store", tmp_path / "missing.db"], f"review: {tmp_path / 'missing.db'}: no such store file"),
        (["review", "confirm", MEETING, "--store", tmp_path / "plain.txt"], f"review: {tmp_path / 'plain.txt'}: not a caucasus"),
        (["review", "confirm", MEETING, "nope", "--store", path], "review: no meeting, statement or participant with id 'nope'"),
        (["review", "edit", MEETING, "--store", path, "--format", "video"], "needs evidence"),
        (["review", "edit", MEETING, STATEMENT, "--store", path, "--date", "2023"], "edit corrects one record at a time"),
    ]:
        code, out, err = cli(capsys, *args)
        assert (code, out, len(err.splitlines())) == (2, "", 1), err
        assert says in err
    with Store(path) as store:
        assert store.to_corpus() == drafted()


def test_a_store_locked_by_another_writer_is_one_line_naming_it(
    both: tuple[Path, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from caucasus_talks.store import schema

    _folder, path = both
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 50)
    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = cli(capsys, "review", "confirm", MEETING, "--store", path)
    finally:
        other.rollback()
        other.close()
    assert (code, err) == (2, f"caucasus-talks: review: {path}: database is locked\n")
