"""A meeting's or statement's row in positional form: the converter's JSON with each record an array of its fields.

A store of version 6 writes each meeting and statement as the converter's
JSON in which every record (the meeting, each attendance, span, location,
reading, basis) is an array of its fields' values in field order: ``null``
where the converter leaves a field out (its default), the last ``null``\\ s
left out, a date the converter's own object. Read, it is the same record as
the converter makes of its JSON, with the same types all the way down; a row
that is not as the store writes it is refused with the converter's own
messages, those it gives for the same values keyed. A row in the converter's
keyed form (as version 5 and before wrote it, or edited by hand) is read too.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from caucasus_talks import Basis, Corpus, Evidence, Meeting, Statement, load_corpus
from caucasus_talks.serialize import converter, error_messages
from caucasus_talks.store import Store
from caucasus_talks.store.rows import dumps, keyed, positional, record_from, record_json
from caucasus_talks.store.stored import stored_record
from test_roundtrip import corpora
from test_store_queries import grown
from test_store_stored import _shape


def _records(corpus: Corpus) -> list[Any]:
    return [*corpus.participants, *corpus.meetings, *corpus.statements]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_the_positional_form_gives_back_the_converter_s_json_and_the_record(corpus: Corpus) -> None:
    for record in _records(corpus):
        data = converter.unstructure(record)
        assert keyed(positional(data, type(record)), type(record)) == data
        row = record_json(record)
        made = stored_record(row, type(record))
        assert made == record_from(row, type(record)) == record
        assert _shape(made) == _shape(record)


def test_every_record_of_a_grown_corpus_survives_its_positional_row() -> None:
    for record in _records(grown()):
        row = record_json(record)
        assert keyed(json.loads(row), type(record)) == converter.unstructure(record)
        made = stored_record(row, type(record))
        assert made == record
        assert _shape(made) == _shape(record)


def test_a_row_holds_each_field_in_order_null_for_a_default_and_the_last_nulls_left_out() -> None:
    meeting = Meeting(id="m-1", evidence=(Evidence("d", 0, 2, "ab"),), basis=Basis("known"))
    assert record_json(meeting) == '["m-1",null,null,null,null,null,null,null,null,[["d",0,2,"ab"]],["known"]]'
    statement = Statement(id="s-1", speakers=("p-1",), text="Hello.", basis=Basis("known", "a reference"))
    assert record_json(statement) == '["s-1",["p-1"],"Hello.",null,null,null,null,null,["known","a reference"]]'


BASIS = '["known"]'


def _meeting(**fields: str) -> tuple[str, str]:
    """A meeting's row in positional form, and the same in the converter's keyed form, with these fields' JSON."""
    names = ["id", "date", "end_date", "location", "format", "participants", "status", "title", "topics", "evidence",
             "basis", "readings", "review", "reviewed"]  # fmt: skip
    given = {"basis": BASIS, **fields}
    values = [given.get(name, "null") for name in names[: 1 + max(names.index(name) for name in given)]]
    data = json.loads("[" + ",".join(values) + "]")
    return dumps(data), dumps(keyed(data, Meeting))


@pytest.mark.parametrize(
    ("row", "as_keyed"),
    [
        _meeting(id="7"),
        _meeting(),
        _meeting(id='"m-1"', format='"telepathy"'),
        _meeting(id='"m-1"', participants='[["p-1",null,1]]'),
        _meeting(id='"m-1"', participants='{"participant":"p-1"}'),
        _meeting(id='"m-1"', date='{"iso":"2022-13","precision":"month"}'),
        _meeting(id='"m-1"', evidence='[["d","0",2,"ab"]]'),
        _meeting(id='"m-1"', evidence='[{"document":"d","start":0,"end":2,"colour":"ab"}]'),
        _meeting(id='"m-1"', topics='["peace",3]'),
        _meeting(id='"m-1"', basis='{"reason":7}'),
        _meeting(id='"m-1"', location='["Baku",null,null,{"document":"d"}]'),
    ],
    ids=["id-not-text", "id-missing", "no-such-format", "flag-as-number", "object-for-list", "no-such-month",
         "offset-as-text", "span-key-swapped", "topic-as-number", "reason-as-number", "object-for-spans"],
)  # fmt: skip
def test_a_positional_row_the_store_did_not_write_is_refused_as_the_converter_refuses_its_keyed_json(
    row: str, as_keyed: str
) -> None:
    with pytest.raises(Exception) as by_converter:  # noqa: PT011 - whatever the converter raises, the store raises
        record_from(as_keyed, Meeting)
    with pytest.raises(type(by_converter.value)) as by_store:
        stored_record(row, Meeting)
    assert error_messages(by_store.value) == error_messages(by_converter.value)
    with pytest.raises(type(by_converter.value)) as checked:
        record_from(row, Meeting)
    assert error_messages(checked.value) == error_messages(by_converter.value)


def test_a_store_writes_meetings_and_statements_positional_and_reads_a_keyed_row_as_well(tmp_path: Path) -> None:
    path = tmp_path / "talks.db"
    corpus = load_corpus()
    Store.from_corpus(corpus, path).close()
    db = sqlite3.connect(path)
    try:
        for table, records in (("meetings", corpus.meetings), ("statements", corpus.statements)):
            held = dict(db.execute(f"SELECT id, record FROM {table}").fetchall())
            assert held == {r.id: record_json(r) for r in records}
        assert all(record.startswith("{") for (record,) in db.execute("SELECT record FROM participants"))
        meeting = corpus.meetings[0]
        db.execute("UPDATE meetings SET record = ? WHERE id = ?", (dumps(converter.unstructure(meeting)), meeting.id))
        db.commit()
    finally:
        db.close()
    with Store(path) as store:
        assert store.meeting(meeting.id) == meeting
        assert _shape(store.meeting(meeting.id)) == _shape(meeting)
        assert store.to_corpus() == corpus
        assert store.verify() == []
