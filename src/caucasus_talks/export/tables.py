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
from typing import TYPE_CHECKING

from ..dates import PartialDate
from ..model import Basis, Evidence, Meeting, Office, Participant, Statement

if TYPE_CHECKING:
    from ..corpus import Corpus

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


def _date_cells(date: PartialDate) -> Row:
    earliest, latest = date.earliest, date.latest
    return {
        "date": date.iso,
        "date_precision": date.precision.value,
        "date_basis": date.basis.value if date.known else None,
        "date_reason": date.reason,
        "date_earliest": earliest.isoformat() if earliest else None,
        "date_latest": latest.isoformat() if latest else None,
    }


def _documents(evidence: Iterable[Evidence]) -> list[str]:
    return list(dict.fromkeys(e.document for e in evidence))


def _basis(basis: Basis | None) -> str | None:
    return basis.reason if basis is not None else None


def _office(office: Office) -> str:
    """``"Secretary of State (United States) 2021-01-26/2025-01-20"``; an open end is ``..`` (ISO 8601-2)."""
    text = office.title + (f" ({office.country})" if office.country else "")
    if office.start is None and office.end is None:
        return text
    start = office.start.isoformat() if office.start else ".."
    end = office.end.isoformat() if office.end else ".."
    return f"{text} {start}/{end}"


def meeting_rows(meetings: Iterable[Meeting]) -> list[Row]:
    """One row per meeting, in the order given."""
    rows: list[Row] = []
    for m in meetings:
        loc = m.location
        row: Row = {"id": m.id, "title": m.title, **_date_cells(m.date)}
        row.update(
            {
                "end_date": m.end_date.iso if m.end_date is not None else None,
                "city": loc.city if loc else None,
                "country": loc.country if loc else None,
                "venue": loc.venue if loc else None,
                "format": m.format.value,
                "status": m.status.value,
                "participant_ids": list(m.participant_ids),
                "mediator_ids": list(m.mediator_ids),
                "topics": list(m.topics),
                "documents": _documents(m.evidence),
                "review": m.review.value,
                "basis": _basis(m.basis),
            }
        )
        rows.append(row)
    return rows


def participant_rows(participants: Iterable[Participant]) -> list[Row]:
    """One row per participant, in the order given."""
    return [
        {
            "id": p.id,
            "name": p.name,
            "kind": p.kind.value,
            "country": p.country,
            "affiliation": p.affiliation,
            "aliases": [a for a in p.aliases if a != p.name],
            "offices": [_office(o) for o in p.offices],
            "documents": _documents(p.evidence),
            "review": p.review.value,
            "basis": _basis(p.basis),
        }
        for p in participants
    ]


def statement_rows(statements: Iterable[Statement]) -> list[Row]:
    """One row per statement, in the order given."""
    rows: list[Row] = []
    for s in statements:
        row: Row = {"id": s.id, **_date_cells(s.date)}
        row.update(
            {
                "speaker": s.speaker,
                "speakers": list(s.speakers),
                "text": s.text,
                "channel": s.channel.value,
                "meeting_id": s.meeting,
                "documents": _documents(s.evidence),
                "review": s.review.value,
            }
        )
        rows.append(row)
    return rows


def meeting_participant_rows(meetings: Iterable[Meeting]) -> list[Row]:
    """One row per participant of each meeting: who took part, in which role, named or only by office."""
    return [
        {"meeting_id": m.id, "participant_id": a.participant, "role": a.role.value, "by_office": a.by_office}
        for m in meetings
        for a in m.participants
    ]


def tables(corpus: Corpus) -> dict[str, list[Row]]:
    """All four tables of ``corpus``, keyed by table name (the keys of :data:`COLUMNS`)."""
    return {
        "meetings": meeting_rows(corpus.meetings),
        "participants": participant_rows(corpus.participants),
        "statements": statement_rows(corpus.statements),
        "meeting_participants": meeting_participant_rows(corpus.meetings),
    }
