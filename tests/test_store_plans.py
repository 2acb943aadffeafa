"""How a store reads a person's meetings of a period, and how it makes a record of the sequences and options of a row.

A person's meetings within a window are found in the people's index, which
holds each one's meetings by date: the window's own index, which SQLite would
otherwise walk (every meeting of the window read to test the person), is left
alone. The answer is the corpus's either way; these tests hold the plan, and
the records a row's lists, options and enum values make, against the converter.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from caucasus_talks import Meeting, query
from caucasus_talks.serialize import error_messages
from caucasus_talks.store import Store, search, stored
from caucasus_talks.store.rows import record_from
from caucasus_talks.store.stored import stored_record
from test_store_queries import grown
from test_store_stored import BASIS, _shape


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.from_corpus(grown(), tmp_path_factory.mktemp("store") / "talks.db") as opened:
        yield opened


def _plans(store: Store, monkeypatch: pytest.MonkeyPatch, ask: Any) -> list[str]:
    """The steps of SQLite's plan for each selection the query makes (``EXPLAIN QUERY PLAN``)."""
    made: list[tuple[str, list[object]]] = []
    real = search._select

    def select(head: str, clauses: list[tuple[str, list[object]]]) -> tuple[str, list[object]]:
        made.append(real(head, clauses))
        return made[-1]

    monkeypatch.setattr(search, "_select", select)
    ask()
    db: sqlite3.Connection = store._db
    return [" ".join(str(step[3]) for step in db.execute("EXPLAIN QUERY PLAN " + sql, params)) for sql, params in made]


WINDOWED: list[dict[str, Any]] = [
    {"participant": "Mirzoyan", "between": ("2022-01-01", "2022-12-31")},
    {"participant": "Mirzoyan", "on": "Nov 2022"},
    {"participant": "Aliyev", "since": "2023"},
    {"participant": "Pashinyan", "until": "2021"},
    {"participant": ["Aliyev", "Pashinyan"], "between": ("2022-01-01", "2023-12-31")},
    {"country": "US", "since": "2022"},
    {"location": "Munich", "participant": ["Ilham Aliyev", "Antony Blinken"], "since": "2020"},
]


@pytest.mark.parametrize("filters", WINDOWED, ids=lambda f: "-".join(map(str, f.values())))
def test_a_person_s_meetings_of_a_period_are_read_from_the_people_s_index(
    store: Store, monkeypatch: pytest.MonkeyPatch, filters: dict[str, Any]
) -> None:
    plans = _plans(store, monkeypatch, lambda: query.meetings(store, **filters))
    assert plans
    for plan in plans:
        assert "meeting_participants_by_participant" in plan
        assert "meetings_by_date" not in plan
    assert query.meetings(store, **filters) == query.meetings(grown(), **filters)
    assert query.meetings(store, newest_first=True, **filters) == query.meetings(grown(), newest_first=True, **filters)
    assert query.count_meetings(store, **filters) == query.count_meetings(grown(), **filters)


def test_a_period_s_meetings_of_anyone_are_still_read_from_the_date_index(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    window = ("2022-09-01", "2022-12-31")
    (plan,) = _plans(store, monkeypatch, lambda: query.meetings(store, between=window))
    assert "meetings_by_date" in plan
    assert query.meetings(store, between=window) == query.meetings(grown(), between=window)


SPAN = '{"document":"d","start":0,"end":2,"quote":"ab"}'
ATTENDS = '{"participant":"p-1","role":"host","by_office":true,"evidence":[' + SPAN + '],"basis":{"reason":"r"}}'


@pytest.mark.parametrize(
    "row",
    [
        '{"id":"m-1","topics":["peace","talks","peace"],' + BASIS + "}",
        '{"id":"m-1","participants":[' + ATTENDS + "," + ATTENDS.replace("p-1", "p-2") + "]," + BASIS + "}",
        '{"id":"m-1","participants":[{"participant":"p-1","evidence":[]}],"evidence":[],' + BASIS + "}",
        '{"id":"m-1","location":null,"basis":null}',
        '{"id":"m-1","location":{"city":"Paris","evidence":[' + SPAN + "," + SPAN + "]},"
        '"readings":[{"field":"date","value":"2022","evidence":[' + SPAN + "]}]," + BASIS + "}",
        '{"id":"m-1","format":"phone","status":"planned","review":"machine",' + BASIS + "}",
        '{"id":"m-1","evidence":null,' + BASIS + "}",
        '{"id":"m-1","participants":[null],' + BASIS + "}",
        '{"id":"m-1","location":[],' + BASIS + "}",
        '{"id":"m-1","status":null,' + BASIS + "}",
        '{"id":"m-1","review":"perhaps",' + BASIS + "}",
    ],
    ids=["repeated-topic", "every-key", "keys-left-out", "options-null", "nested-spans", "enums", "null-for-list",
         "null-in-list", "list-for-option", "null-for-enum", "no-such-review"],
)  # fmt: skip
def test_a_row_s_lists_options_and_enums_make_what_the_converter_makes_or_are_refused_as_it_refuses(row: str) -> None:
    try:
        checked = record_from(row, Meeting)
    except Exception as refused:  # whatever the converter raises, the store raises
        by_converter = refused
    else:
        made = stored_record(row, Meeting)
        assert made == checked
        assert _shape(made) == _shape(checked)
        return
    with pytest.raises(type(by_converter)) as by_store:
        stored_record(row, Meeting)
    assert error_messages(by_store.value) == error_messages(by_converter)


@pytest.mark.parametrize(
    "text",
    ['{"id":"m-1"}', ' {"id":"m-1"}', '{"id":"m-1"}\n', '{"id": "m-1", "topics" : [ "a" ]}', '{"id":"m-1"}x', "", "{",
     '{"id":"\\u00e9"}', "[1,2]", "NaN", "null", '{"id":"m-1"}{"id":"m-2"}'],
)  # fmt: skip
def test_a_row_s_json_is_read_as_json_loads_reads_it_or_refused_as_it_refuses(text: str) -> None:
    try:
        expected = repr(json.loads(text))
    except json.JSONDecodeError as refused:
        expected = str(refused)
        with pytest.raises(json.JSONDecodeError) as by_store:
            stored._json(text)
        found = str(by_store.value)
    else:
        found = repr(stored._json(text))
    assert found == expected
