"""Records from a store's rows: made as the store wrote them, the same records the converter makes, refused as it refuses.

A store reads its rows without the records' validators (the values were
checked when written): what it makes must be what the converter makes of the
same JSON, with the same types all the way down, and a row that is not as
the store writes it must be refused as the converter refuses it.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from caucasus_talks import Corpus, DataError, Meeting, PartialDate, load_corpus, query
from caucasus_talks.cli import main
from caucasus_talks.serialize import converter, error_messages
from caucasus_talks.store import Store, search, stored
from caucasus_talks.store.rows import dumps, participant_from, record_from
from caucasus_talks.store.stored import stored_record
from test_roundtrip import corpora
from test_store import damage_record
from test_store_queries import grown


def _shape(value: Any) -> Any:
    """The types of a value all the way down: a tuple is no list, ``False`` no ``0``, an enum member no string."""
    if attrs.has(type(value)):
        return type(value), tuple((f.name, _shape(getattr(value, f.name))) for f in attrs.fields(type(value)))
    if isinstance(value, tuple):
        return tuple, tuple(_shape(item) for item in value)
    return type(value)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_a_record_made_from_its_row_is_the_record_the_converter_makes(corpus: Corpus) -> None:
    for record in (*corpus.participants, *corpus.meetings, *corpus.statements):
        row = dumps(converter.unstructure(record))
        made = stored_record(row, type(record))
        assert made == record_from(row, type(record)) == record
        assert _shape(made) == _shape(record)


def test_a_participant_made_from_its_row_and_spans_is_the_checked_one() -> None:
    for person in load_corpus().participants:
        bare = dumps(converter.unstructure(attrs.evolve(person, evidence=())))
        spans = [(e.document, e.start, e.end, e.quote) for e in person.evidence]
        made = participant_from(bare, spans, structure=stored_record)
        assert made == participant_from(bare, spans) == person
        assert _shape(made) == _shape(person)


BASIS = '"basis":{"reason":"known"}'


@pytest.mark.parametrize(
    "row",
    [
        '{"id":7,' + BASIS + "}",
        '{"id":"m-1","colour":"red",' + BASIS + "}",
        "{" + BASIS + "}",
        '{"id":"m-1","format":"telepathy",' + BASIS + "}",
        '{"id":"m-1","participants":[{"participant":"p-1","by_office":1}],' + BASIS + "}",
        '{"id":"m-1","participants":{"participant":"p-1"},' + BASIS + "}",
        '{"id":"m-1","date":{"iso":"2022-13","precision":"month"},' + BASIS + "}",
        '{"id":"m-1","evidence":[{"document":"d","start":"0","end":2,"quote":"ab"}],' + BASIS + "}",
        '{"id":"m-1","evidence":[{"document":"d","start":0,"end":2,"colour":"ab"}],' + BASIS + "}",
        '{"id":"m-1","topics":["peace",3],' + BASIS + "}",
        "[]",
        # rows of no record's shape in the store's positional form (version 6)
        '["m-1",null,null,null,null,null,null,null,null,null,["known"],null,null,null,"one too many"]',
        '["m-1",null,null,null,null,null,null,null,null,[["d",0,2,"ab","one too many"]],["known"]]',
        '["m-1",null,null,null,null,null,null,null,null,[["d",0,2]],["known"]]',
        '"m-1"',
        "7",
    ],
    ids=["id-not-text", "unknown-key", "id-missing", "no-such-format", "flag-as-number", "object-for-list", "no-such-month",
         "offset-as-text", "span-key-swapped", "topic-as-number", "list-for-record", "too-many-fields",
         "too-many-span-fields", "span-short-of-a-field", "text-for-record", "number-for-record"],
)  # fmt: skip
def test_a_row_the_store_did_not_write_is_refused_as_the_converter_refuses_it(row: str) -> None:
    with pytest.raises(Exception) as by_converter:  # noqa: PT011 - whatever the converter raises, the store raises
        record_from(row, Meeting)
    with pytest.raises(type(by_converter.value)) as by_store:
        stored_record(row, Meeting)
    assert error_messages(by_store.value) == error_messages(by_converter.value)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.from_corpus(grown(), tmp_path_factory.mktemp("store") / "talks.db") as opened:
        yield opened


def test_an_answer_is_made_without_the_converter_but_for_each_date_once(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    structured: list[type] = []
    real = converter.structure

    class Counting:
        def structure(self, data: Any, cls: type[Any]) -> Any:
            structured.append(cls)
            return real(data, cls)

    monkeypatch.setattr(stored, "converter", Counting())
    stored._date_of.cache_clear()
    found = (*query.meetings(store, review="all"), *query.statements(store, review="all"))
    people = [query.participant(store, name) for name in ("Blinken", "Pashinyan", "Aliyev")]
    assert found == (*query.meetings(grown(), review="all"), *query.statements(grown(), review="all"))
    assert people == [query.participant(grown(), name) for name in ("Blinken", "Pashinyan", "Aliyev")]
    ends = [r.end_date for r in found if isinstance(r, Meeting) and r.end_date is not None]
    written = [date for date in (*(r.date for r in found), *ends) if date != PartialDate()]  # the default is left out
    dates = {tuple(converter.unstructure(date).items()) for date in written}
    assert structured == [PartialDate] * len(dates)



def test_the_short_texts_an_answer_repeats_are_one_string_each(store: Store) -> None:
    found = query.meetings(store, review="all")
    spans = [e for m in found for e in m.evidence]
    by_text: dict[str, set[int]] = {}
    for text in (*(e.document for e in spans), *(e.quote for e in spans if len(e.quote) <= stored._SHARED_LENGTH)):
        by_text.setdefault(text, set()).add(id(text))
    assert any(len(e.quote) <= stored._SHARED_LENGTH for e in spans)
    assert len(by_text) < len(spans)
    assert all(len(ids) == 1 for ids in by_text.values())
    assert found == query.meetings(grown(), review="all")


@pytest.mark.parametrize("collecting", [True, False])
def test_an_answer_leaves_the_garbage_collector_as_the_caller_set_it(store: Store, collecting: bool) -> None:
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        seen: list[bool] = []
        original = stored.stored_record

        def watching(text: str, cls: type[Any]) -> Any:
            seen.append(gc.isenabled())
            return original(text, cls)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(search, "stored_record", watching)
            assert query.meetings(store, review="all")
            assert query.statements(store, review="all")
            assert seen
            assert not any(seen)
            seen.clear()
            assert sum(1 for _ in query.iter_meetings(store, review="all"))
            assert seen == [collecting] * len(seen)
            patch.setattr(search, "stored_record", lambda text, cls: 1 / 0)
            with pytest.raises(ZeroDivisionError):
                query.meetings(store, review="all")
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_a_value_only_a_validator_refuses_is_trusted_when_read_and_verify_names_it(tmp_path: Path) -> None:
    path = tmp_path / "talks.db"
    Store.from_corpus(load_corpus(), path).close()
    meeting = load_corpus().meetings[0]
    damage_record(path, "meetings", meeting.id, "json_set(record, '$.title', 'ab' || char(1))")
    with Store(path) as store:
        assert store.meeting(meeting.id).title == "ab\x01"
        problems = store.verify()
    assert [(p.where, "control character U+0001" in p.reason) for p in problems] == [(f"meetings[{meeting.id!r}]", True)]


@pytest.mark.parametrize(
    ("table", "edit", "reason"),
    [
        ("statements", "json_set(record, '$.id', 'Bad ID')", "id 'Bad ID' is not a valid id"),
        ("statements", "json_set(record, '$.speakers', json('[]'))", "a statement needs at least one speaker"),
        ("meetings", "json_set(record, '$.title', 'ab' || char(1))", "control character U+0001"),
    ],
    ids=["bad-id", "no-speaker", "control-character"],
)
def test_a_store_s_records_leave_it_as_a_corpus_or_a_folder_only_as_the_checks_take_them(
    tmp_path: Path, table: str, edit: str, reason: str
) -> None:
    # a query trusts a row of the right types; a store made into a corpus (and a folder, which must load) does not
    path = tmp_path / "talks.db"
    Store.from_corpus(load_corpus(), path).close()
    db = sqlite3.connect(path)
    (rid,) = db.execute(f"SELECT id FROM {table} ORDER BY n LIMIT 1").fetchone()
    db.close()
    damage_record(path, table, rid, edit)
    with Store(path) as store, pytest.raises(DataError) as refused:
        store.to_corpus()
    said = "Bad ID" if "Bad ID" in edit else rid  # the row as its JSON names it
    assert [(p.file, p.where) for p in refused.value.problems] == [(str(path), f"{table}[{said!r}]")]
    assert reason in refused.value.problems[0].reason
    assert main(["store", "export", str(path), str(tmp_path / "folder")]) == 2
    assert not (tmp_path / "folder").exists()
