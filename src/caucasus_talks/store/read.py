"""Reading records out of a store: by id, by row number, by review state, or all of a table in the corpus's order.

Reading trusts the store: spans, checksums and every value of a record were
checked when the records were written (:meth:`Store.verify
<caucasus_talks.store.Store.verify>` checks them again on demand, through the
converter). Each record is made from its row as the store wrote it, the
JSON's types checked and the values not checked again (:mod:`.stored`); a
row that is not as the store writes it goes through the converter, which
says why, as it does for a file. A document's text is still checked against
its checksum when it is read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Iterator
from typing import Any

import attrs

from ..dates import PartialDate
from ..model import Document, Meeting, Participant, Review, Statement
from .rows import date_columns, document_from, participant_from
from .stored import stored_record

__all__ = [
    "all_documents",
    "all_ids",
    "all_participants",
    "date_range",
    "documents",
    "ids_in",
    "in_review",
    "meetings",
    "meetings_in_order",
    "participants",
    "statements",
    "statements_in_order",
]

Record = Document | Participant | Meeting | Statement
#: The review state of a participant whose JSON says none (the converter leaves the default out).
_UNSAID_REVIEW = Review(attrs.fields(Participant).review.default)


def ids_in(values: Collection[Any]) -> str:
    """A list for ``IN (SELECT value FROM json_each(?))``: any number of ids in one parameter."""
    return json.dumps(list(values))


def documents(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, Document]:
    """The documents with these ids (those the store holds), by id."""
    rows = db.execute("SELECT record, text, sha256 FROM documents WHERE id IN (SELECT value FROM json_each(?))", (ids_in(ids),))
    found = (document_from(record, text, sha256) for record, text, sha256 in rows)
    return {d.id: d for d in found}


def participants(db: sqlite3.Connection, ids: Collection[str], *, spans: bool = True) -> dict[str, Participant]:
    """The participants with these ids, by id; ``spans=False`` leaves out the spans that name them."""
    rows = db.execute("SELECT id, record FROM participants WHERE id IN (SELECT value FROM json_each(?))", (ids_in(ids),))
    records = dict(rows.fetchall())
    if not spans:
        return {pid: participant_from(record, structure=stored_record) for pid, record in records.items()}
    found: dict[str, list[tuple[str, int, int, str]]] = {pid: [] for pid in records}
    spans_sql = (
        'SELECT participant, document, start, "end", quote FROM participant_spans '
        "WHERE participant IN (SELECT value FROM json_each(?)) ORDER BY participant, position"
    )
    for pid, *span in db.execute(spans_sql, (ids_in(records),)):
        found[pid].append((span[0], span[1], span[2], span[3]))
    return {pid: participant_from(records[pid], found[pid], structure=stored_record) for pid in records}


def meetings(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, Meeting]:
    """The meetings with these ids, by id."""
    rows = db.execute("SELECT record FROM meetings WHERE id IN (SELECT value FROM json_each(?))", (ids_in(ids),))
    found = (stored_record(record, Meeting) for (record,) in rows)
    return {m.id: m for m in found}


def statements(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, Statement]:
    """The statements with these ids, by id."""
    rows = db.execute("SELECT record FROM statements WHERE id IN (SELECT value FROM json_each(?))", (ids_in(ids),))
    found = (stored_record(record, Statement) for (record,) in rows)
    return {s.id: s for s in found}


#: How a row's JSON becomes its record: trusted as the store wrote it (:func:`.stored.stored_record`), or checked.
Structure = Callable[[str, type[Any]], Any]


def meetings_in_order(
    db: sqlite3.Connection, numbers: Collection[int] | None = None, *, structure: Structure = stored_record
) -> Iterator[Meeting]:
    """The meetings with these row numbers (all, with ``None``), chronological as a corpus keeps them."""
    if numbers is None:
        rows = db.execute("SELECT record FROM meetings ORDER BY day_key, id")
    else:
        sql = "SELECT record FROM meetings WHERE n IN (SELECT value FROM json_each(?)) ORDER BY day_key, id"
        rows = db.execute(sql, (ids_in(numbers),))
    return (structure(record, Meeting) for (record,) in rows)


def statements_in_order(
    db: sqlite3.Connection, numbers: Collection[int] | None = None, *, structure: Structure = stored_record
) -> Iterator[Statement]:
    """The statements with these row numbers (all, with ``None``), chronological as a corpus keeps them."""
    if numbers is None:
        rows = db.execute("SELECT record FROM statements ORDER BY day_key, id")
    else:
        sql = "SELECT record FROM statements WHERE n IN (SELECT value FROM json_each(?)) ORDER BY day_key, id"
        rows = db.execute(sql, (ids_in(numbers),))
    return (structure(record, Statement) for (record,) in rows)


def all_documents(db: sqlite3.Connection) -> Iterator[Document]:
    """Every document, by id."""
    rows = db.execute("SELECT record, text, sha256 FROM documents ORDER BY id")
    return (document_from(record, text, sha256) for record, text, sha256 in rows)


def all_participants(
    db: sqlite3.Connection, *, spans: bool = True, structure: Structure = stored_record
) -> Iterator[Participant]:
    """Every participant, by id; ``spans=False`` leaves out the spans that name them."""
    rows = db.execute("SELECT id, record FROM participants ORDER BY id").fetchall()
    if not spans:
        yield from (participant_from(record, structure=structure) for _pid, record in rows)
        return
    cursor = db.execute('SELECT participant, document, start, "end", quote FROM participant_spans ORDER BY participant, position')
    pending = cursor.fetchone()
    for pid, record in rows:
        found: list[tuple[str, int, int, str]] = []
        while pending is not None and pending[0] <= pid:
            if pending[0] == pid:
                found.append((pending[1], pending[2], pending[3], pending[4]))
            pending = cursor.fetchone()
        yield participant_from(record, found, structure=structure)


def in_review(db: sqlite3.Connection, state: Review) -> list[Meeting | Statement | Participant]:
    """The meetings and statements (chronological), then the participants (by id, with their spans) in a review state.

    A scan of each table: no index holds the review state, as a listing for
    a person to read needs none. A participant's state is in its JSON, where
    the converter leaves out the default, ``curated``.
    """
    found: list[Meeting | Statement | Participant] = []
    rows = db.execute("SELECT record FROM meetings WHERE review = ? ORDER BY day_key, id", (state.value,))
    found.extend(stored_record(record, Meeting) for (record,) in rows)
    rows = db.execute("SELECT record FROM statements WHERE review = ? ORDER BY day_key, id", (state.value,))
    found.extend(stored_record(record, Statement) for (record,) in rows)
    sql = "SELECT id FROM participants WHERE coalesce(json_extract(record, '$.review'), ?) = ? ORDER BY id"
    ids = [pid for (pid,) in db.execute(sql, (_UNSAID_REVIEW.value, state.value))]
    people = participants(db, ids)
    return found + [people[pid] for pid in ids]


def record_ids(db: sqlite3.Connection, ids: Collection[str]) -> dict[str, str]:
    """Which of these ids the store holds, each with the table that holds it."""
    sql = " UNION ALL ".join(
        f"SELECT id, '{table}' FROM {table} WHERE id IN (SELECT value FROM json_each(?1))"
        for table in ("documents", "participants", "meetings", "statements")
    )
    return dict(db.execute(sql, (ids_in(ids),)).fetchall())


def all_ids(db: sqlite3.Connection) -> Iterator[str]:
    """Every record's id, one row at a time, in a corpus's order: documents, participants, meetings, statements."""
    for table, order in (("documents", "id"), ("participants", "id"), ("meetings", "day_key, id"), ("statements", "day_key, id")):
        for (record_id,) in db.execute(f"SELECT id FROM {table} ORDER BY {order}"):
            yield record_id


def date_range(db: sqlite3.Connection) -> tuple[PartialDate, PartialDate] | None:
    """The earliest and the latest known date of a meeting or statement (``None``: none is dated).

    Four lookups at the ends of the chronological indexes: an undated record
    sorts after every dated one, and its ``day_key`` says so.
    """
    undated = date_columns(PartialDate())[0]
    ends: list[int] = []
    for table in ("meetings", "statements"):
        for pick in ("min", "max"):
            (key,) = db.execute(f"SELECT {pick}(day_key) FROM {table} WHERE day_key < ?", (undated,)).fetchone()
            if key is not None:
                ends.append(key)
    if not ends:
        return None
    return _day(min(ends)), _day(max(ends))


def _day(day_key: int) -> PartialDate:
    """The date a ``day_key`` stands for: its year, month and day, as precise as it was (see :func:`.rows.date_columns`)."""
    year, month, day = day_key // 10000, day_key // 100 % 100, day_key % 100
    return PartialDate(year, month or None, (day or None) if month else None)
