"""Writing records into a store: each record's row and its index rows, replaced together.

The functions here write inside the caller's transaction and never commit:
:class:`~caucasus_talks.store.Store` opens one transaction per change, so a
process killed at any moment leaves the store as it was before the change or
as it is after it. What the index rows of a record are is said once, in
:func:`meeting_index` and :func:`statement_index`, which
:mod:`.verify` uses as well to check that the indexes agree with the records.
"""

from __future__ import annotations

import collections
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..corpus import published_day
from ..model import Document, Evidence, Meeting, Participant, Statement
from .read import ids_in
from .rows import (
    date_columns,
    document_json,
    marked_words,
    meeting_places,
    participant_json,
    record_json,
    search_text,
    span_row,
)

__all__ = [
    "add_participant_spans",
    "meeting_columns",
    "meeting_index",
    "put_document",
    "put_meeting",
    "put_participant",
    "put_statement",
    "reported_days",
    "statement_columns",
    "statement_index",
]

#: Each side table of meetings and statements, with the columns a record's rows fill (the last is the record's row number).
SIDE_TABLES = {
    "meeting_participants": ("participant", "precision", "earliest", "meeting"),
    "meeting_places": ("place", "meeting"),
    "meeting_spans": ("document", "start", '"end"', "meeting"),
    "statement_speakers": ("participant", "statement"),
    "statement_spans": ("document", "start", '"end"', "statement"),
    "statement_texts": ("review", "folded", "statement"),
}


def put_document(db: sqlite3.Connection, doc: Document) -> None:
    """Write a document, or replace the description of the one with its id (a stored text never changes)."""
    db.execute(
        "INSERT INTO documents (id, sha256, record, text, published) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET record = excluded.record, published = excluded.published",
        (doc.id, doc.sha256, document_json(doc), doc.text, published_day(doc)),
    )


def put_participant(db: sqlite3.Connection, participant: Participant) -> None:
    """Write a participant with all its spans, replacing one with its id."""
    db.execute(
        "INSERT INTO participants (id, record) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET record = excluded.record",
        (participant.id, participant_json(participant)),
    )
    db.execute("DELETE FROM participant_spans WHERE participant = ?", (participant.id,))
    add_participant_spans(db, participant.id, participant.evidence)


def add_participant_spans(db: sqlite3.Connection, participant: str, spans: Iterable[Evidence]) -> None:
    """Append spans to a participant's evidence, after those it has."""
    sql = "SELECT coalesce(max(position), -1) FROM participant_spans WHERE participant = ?"
    (last,) = db.execute(sql, (participant,)).fetchone()
    db.executemany(
        'INSERT INTO participant_spans (participant, position, document, start, "end", quote) VALUES (?, ?, ?, ?, ?, ?)',
        ((participant, last + 1 + i, e.document, e.start, e.end, e.quote) for i, e in enumerate(spans)),
    )


def reported_days(db: sqlite3.Connection, meeting: Meeting) -> tuple[int | None, int | None]:
    """The first and last day the stored documents that report an undated meeting were published.

    ``None, None`` for a dated meeting, and for one that a document published
    on no known day reports (or none does): no undated draft joins it (see
    :func:`caucasus_talks.corpus._published_near`).
    """
    reports = meeting.documents
    if meeting.date.known or not reports:
        return None, None
    sql = "SELECT count(published), min(published), max(published) FROM documents WHERE id IN (SELECT value FROM json_each(?))"
    known, first, last = db.execute(sql, (ids_in(reports),)).fetchone()
    return (first, last) if known == len(reports) else (None, None)


def meeting_columns(meeting: Meeting, reported: tuple[int | None, int | None] = (None, None)) -> dict[str, Any]:
    """The row of ``meetings`` that holds a meeting (``reported``: its :func:`reported_days`)."""
    day_key, precision, earliest, latest = date_columns(meeting.date)
    return {
        "id": meeting.id,
        "day_key": day_key,
        "precision": precision,
        "earliest": earliest,
        "latest": latest,
        "format": meeting.format.value,
        "status": meeting.status.value,
        "review": meeting.review.value,
        "city": meeting.location.city if meeting.location else None,
        "people": len(meeting.participants),
        "reported_first": reported[0],
        "reported_last": reported[1],
        "record": record_json(meeting),
    }


def meeting_index(meeting: Meeting, n: int) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the side tables that index the meeting of row number ``n``."""
    _key, precision, earliest, _latest = date_columns(meeting.date)
    return {
        "meeting_participants": [(pid, precision, earliest, n) for pid in meeting.participant_ids],
        "meeting_places": [(place, n) for place in meeting_places(meeting)],
        "meeting_spans": [(*span_row(e), n) for e in dict.fromkeys(meeting.evidence)],
    }


def statement_columns(statement: Statement) -> dict[str, Any]:
    """The row of ``statements`` that holds a statement."""
    day_key, precision, earliest, latest = date_columns(statement.date)
    return {
        "id": statement.id,
        "day_key": day_key,
        "precision": precision,
        "earliest": earliest,
        "latest": latest,
        "channel": statement.channel.value,
        "meeting": statement.meeting,
        "review": statement.review.value,
        "record": record_json(statement),
    }


def statement_index(statement: Statement, n: int) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of the side tables that index the statement of row number ``n`` (its full-text index apart)."""
    return {
        "statement_speakers": [(pid, n) for pid in statement.speakers],
        "statement_spans": [(*span_row(e), n) for e in dict.fromkeys(statement.evidence)],
        "statement_texts": [(statement.review.value, marked_words(statement.text), n)],
    }


def _replace(db: sqlite3.Connection, table: str, columns: dict[str, Any]) -> int:
    """Insert or replace the row of ``table`` with this id, keeping its row number; the row number."""
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns if name != "id")
    sql = f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO UPDATE SET {updates} RETURNING n"
    (n,) = db.execute(sql, tuple(columns.values())).fetchone()
    return int(n)


def _put_index(db: sqlite3.Connection, rows: dict[str, list[tuple[Any, ...]]], n: int) -> None:
    """Make the index rows of record ``n`` these: the rows it has and keeps are left as they are.

    A meeting many documents report has a row of ``meeting_spans`` for each
    of their spans; another report merged into it adds its own and leaves
    the others unwritten.
    """
    for table, values in rows.items():
        columns = SIDE_TABLES[table]
        held = db.execute(f"SELECT rowid, {', '.join(columns)} FROM {table} WHERE {columns[-1]} = ?", (n,)).fetchall()
        wanted = collections.Counter(map(tuple, values))
        gone = []
        for rowid, *row in held:
            if wanted[tuple(row)] > 0:
                wanted[tuple(row)] -= 1
            else:
                gone.append((rowid,))
        db.executemany(f"DELETE FROM {table} WHERE rowid = ?", gone)
        marks = ", ".join("?" for _ in columns)
        db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", wanted.elements())


def put_meeting(db: sqlite3.Connection, meeting: Meeting) -> None:
    """Write a meeting and its index rows (participants, places, spans), replacing one with its id.

    Of the index rows of a stored meeting, only those that change are written.

    The documents that report it are written first: an undated meeting's row
    holds the days they were published (:func:`reported_days`).
    """
    n = _replace(db, "meetings", meeting_columns(meeting, reported_days(db, meeting)))
    _put_index(db, meeting_index(meeting, n), n)


def put_statement(db: sqlite3.Connection, statement: Statement) -> None:
    """Write a statement, its index rows and its folded words, replacing one with its id."""
    n = _replace(db, "statements", statement_columns(statement))
    _put_index(db, statement_index(statement, n), n)
    db.execute("DELETE FROM statement_words WHERE rowid = ?", (n,))
    db.execute("INSERT INTO statement_words (rowid, text) VALUES (?, ?)", (n, search_text(statement.text)))
