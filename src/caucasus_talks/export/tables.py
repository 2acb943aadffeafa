"""The corpus as four flat tables: meetings, participants, statements, meeting_participants.

Every row is a dict of plain values (``str``, ``bool``, ``None`` or a list of
``str``) in the column order of :data:`COLUMNS`, so one set of rows feeds CSV,
JSON Lines and pandas alike. Ids are the corpus's ids, so the tables join:
``meeting_participants.meeting_id`` is a ``meetings.id``,
``meeting_participants.participant_id`` and ``statements.speakers`` hold
``participants.id`` values, and ``statements.meeting_id`` is a ``meetings.id``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import Meeting, Participant, Records, Statement
from . import plain

__all__ = ["COLUMNS", "Cell", "Row", "meeting_participant_rows", "meeting_rows", "participant_rows", "statement_rows", "tables"]

#: A table cell: text, a flag, nothing, or a list of texts (ids, aliases, topics).
Cell = str | bool | None | list[str]
#: One row of a table, keyed by column name.
Row = dict[str, Cell]

_DATE_COLUMNS = ("date", "date_precision", "date_basis", "date_reason", "date_earliest", "date_latest")

#: The columns of each table, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": (
        "id",
        "title",
        *_DATE_COLUMNS,
        "end_date",
        "city",
        "country",
        "venue",
        "format",
        "status",
        "participant_ids",
        "mediator_ids",
        "topics",
        "documents",
        "review",
        "basis",
    ),
    "participants": (
        "id",
        "name",
        "kind",
        "country",
        "affiliation",
        "aliases",
        "offices",
        "documents",
        "review",
        "basis",
    ),
    "statements": (
        "id",
        *_DATE_COLUMNS,
        "speaker",
        "speakers",
        "text",
        "channel",
        "meeting_id",
        "documents",
        "review",
    ),
    "meeting_participants": ("meeting_id", "participant_id", "role", "by_office"),
}


def _dated(row: Row) -> Row:
    """A row whose unknown date has no basis to tell."""
    if row["date"] is None:
        row["date_basis"] = None
    return row


def _office(office: dict[str, Any]) -> str:
    """``"Secretary of State (United States) 2021-01-26/2025-01-20"``; an open end is ``..`` (ISO 8601-2)."""
    text: str = office["title"] + (f" ({office['country']})" if office["country"] else "")
    if office["start"] is None and office["end"] is None:
        return text
    return f"{text} {office['start'] or '..'}/{office['end'] or '..'}"


def meeting_rows(meetings: Iterable[Meeting]) -> list[Row]:
    """One row per meeting, in the order given."""
    rows: list[Row] = []
    for m in meetings:
        record = plain.meeting(m)
        place = record["place"] or {}
        record.update(city=place.get("city"), country=place.get("country"), venue=place.get("venue"))
        rows.append(_dated(plain.pick(record, *COLUMNS["meetings"])))
    return rows


def participant_rows(participants: Iterable[Participant]) -> list[Row]:
    """One row per participant, in the order given."""
    rows: list[Row] = []
    for p in participants:
        record = plain.participant(p)
        record["aliases"] = [a for a in record["aliases"] if a != record["name"]]
        record["offices"] = [_office(o) for o in record["offices"]]
        rows.append(plain.pick(record, *COLUMNS["participants"]))
    return rows


def statement_rows(statements: Iterable[Statement]) -> list[Row]:
    """One row per statement, in the order given."""
    rows: list[Row] = []
    for s in statements:
        record = plain.statement(s)
        record["meeting_id"] = record["meeting"]
        rows.append(_dated(plain.pick(record, *COLUMNS["statements"])))
    return rows


def meeting_participant_rows(meetings: Iterable[Meeting]) -> list[Row]:
    """One row per participant of each meeting: who took part, in which role, named or only by office."""
    return [
        {"meeting_id": m.id, "participant_id": a["participant"], "role": a["role"], "by_office": a["by_office"]}
        for m in meetings
        for a in plain.attendance(m)
    ]


def tables(corpus: Records) -> dict[str, list[Row]]:
    """All four tables of ``corpus``, keyed by table name (the keys of :data:`COLUMNS`)."""
    return {
        "meetings": meeting_rows(corpus.meetings),
        "participants": participant_rows(corpus.participants),
        "statements": statement_rows(corpus.statements),
        "meeting_participants": meeting_participant_rows(corpus.meetings),
    }
