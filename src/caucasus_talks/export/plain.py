"""Records as plain dicts: the one mapping every output starts from.

Each function here turns one record into JSON-ready values (ISO dates, enum
values, lists, ``None``) under one set of names. The outputs — the
interchange JSON, the tables (CSV, JSON Lines, JSON, pandas), the event data
and the timeline page — each pick from these dicts and name the values in
their own format; none reads a record's fields itself, so a value is written
the same way everywhere.

>>> import caucasus_talks as ct
>>> values = meeting(ct.load_corpus().meeting("2022-11-07-washington-foreign-ministers"))
>>> values["date"], values["date_precision"], values["last_day"], values["format"]
('2022-11-07', 'day', '2022-11-07', 'in_person')
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..dates import PartialDate
from ..model import Document, Evidence, Location, Meeting, Office, Participant, Statement
from ..pairs import Pair

__all__ = [
    "attendance", "dates", "document", "meeting", "office", "pair", "participant", "pick", "place", "spans", "statement",
]  # fmt: skip


def pick(record: dict[str, Any], *keys: str) -> dict[str, Any]:
    """The values of a plain record under ``keys``, in that order: what one output takes of it."""
    return {key: record[key] for key in keys}


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def dates(date: PartialDate) -> dict[str, Any]:
    """``date``, ``date_precision``, ``date_basis``, ``date_reason`` and the first and last day it may stand for."""
    return {
        "date": date.iso,
        "date_precision": date.precision.value,
        "date_basis": date.basis.value,
        "date_reason": date.reason,
        "date_earliest": _day(date.earliest),
        "date_latest": _day(date.latest),
    }


def spans(evidence: Iterable[Evidence]) -> list[dict[str, Any]]:
    """Each span with its ``document``, ``start``, ``end`` and ``quote``."""
    return [{"document": e.document, "start": e.start, "end": e.end, "quote": e.quote} for e in evidence]


def _grounds(record: Meeting | Statement | Participant) -> dict[str, Any]:
    """What a record rests on and who vouches for it: its ``evidence``, their ``documents``, its ``basis`` and ``review``."""
    return {
        "evidence": spans(record.evidence),
        "documents": list(dict.fromkeys(e.document for e in record.evidence)),
        "basis": record.basis.reason if record.basis is not None else None,
        "review": record.review.value,
    }


def place(loc: Location | None) -> dict[str, Any] | None:
    """``None``, or a location's ``city``, ``country`` and ``venue``."""
    return {"city": loc.city, "country": loc.country, "venue": loc.venue} if loc is not None else None


def attendance(m: Meeting) -> list[dict[str, Any]]:
    """Each participant of a meeting with ``participant``, ``role`` and ``by_office``."""
    return [{"participant": a.participant, "role": a.role.value, "by_office": a.by_office} for a in m.participants]


def meeting(m: Meeting) -> dict[str, Any]:
    """A meeting's values. ``last_day`` is the last day it may have run to (of its end date when known).

    ``place`` is ``None`` or ``{"city", "country", "venue"}``; ``attendance``
    lists each participant with ``participant``, ``role`` and ``by_office``.
    """
    last = m.end_date if m.end_date is not None and m.end_date.known else m.date
    return {
        "id": m.id,
        "title": m.title,
        **dates(m.date),
        "end_date": m.end_date.iso if m.end_date is not None else None,
        "last_day": _day(last.latest),
        "place": place(m.location),
        "format": m.format.value,
        "status": m.status.value,
        "attendance": attendance(m),
        "participant_ids": list(m.participant_ids),
        "mediator_ids": list(m.mediator_ids),
        "topics": list(m.topics),
        **_grounds(m),
    }


def statement(s: Statement) -> dict[str, Any]:
    """A statement's values; ``meeting`` is the id of the meeting it was made at, or ``None``."""
    return {
        "id": s.id,
        **dates(s.date),
        "speaker": s.speaker,
        "speakers": list(s.speakers),
        "text": s.text,
        "channel": s.channel.value,
        "meeting": s.meeting,
        **_grounds(s),
    }


def office(o: Office) -> dict[str, Any]:
    """An office's ``title``, ``country``, ``start`` and ``end`` (ISO days or ``None``)."""
    return {"title": o.title, "country": o.country, "start": _day(o.start), "end": _day(o.end)}


def participant(p: Participant) -> dict[str, Any]:
    """A participant's values."""
    return {
        "id": p.id,
        "name": p.name,
        "kind": p.kind.value,
        "country": p.country,
        "affiliation": p.affiliation,
        "aliases": list(p.aliases),
        "offices": [office(o) for o in p.offices],
        **_grounds(p),
    }


def document(d: Document) -> dict[str, Any]:
    """A document's description (its text left out; ``length`` is the text's length in characters)."""
    return {
        "id": d.id,
        "published": d.published.iso,
        "outlet": d.outlet,
        "url": d.url,
        "title": d.title,
        "author": d.author,
        "sha256": d.sha256,
        "length": len(d.text),
    }


def pair(p: Pair) -> dict[str, Any]:
    """Who met whom: the two ids and names, how often, the first and last date, and the meetings' ids."""
    first, last = p.first, p.last
    return {
        "a": p.a.id,
        "b": p.b.id,
        "a_name": p.a.name,
        "b_name": p.b.name,
        "count": p.count,
        "first": first.iso if first else None,
        "last": last.iso if last else None,
        "meetings": [m.id for m in p.meetings],
    }
