"""The extraction interchange JSON: what the library knows about one document.

``caucasus-talks extract`` prints it and ``export --by-document`` writes it;
``docs/interchange.md`` and ``docs/interchange.schema.json`` describe it.
Ids are the corpus's ids, so records join across documents.

The per-record functions (:func:`meeting_json`, :func:`statement_json`,
:func:`participant_json`, :func:`document_json`) give the same objects for
the query command line: without a document, their spans come from every
document and each names its ``document``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Document, Evidence, Meeting, Participant, Statement

__all__ = [
    "INTERCHANGE_VERSION",
    "document_interchange",
    "document_json",
    "meeting_json",
    "participant_json",
    "statement_json",
]

#: Version of the interchange format (independent of the corpus file schema).
INTERCHANGE_VERSION = 1


def _spans(evidence: Iterable[Evidence], doc_id: str | None) -> list[dict[str, Any]]:
    """Spans of one document (``doc_id``), or of every document, each naming its own."""
    if doc_id is None:
        return [{"document": e.document, "start": e.start, "end": e.end, "quote": e.quote} for e in evidence]
    return [{"start": e.start, "end": e.end, "quote": e.quote} for e in evidence if e.document == doc_id]


def participant_json(participant: Participant, document: str | None = None, *, by_office: bool = False) -> dict[str, Any]:
    """The interchange object of a participant; its mentions in ``document``, or in every document.

    Without a document it also lists the participant's aliases and offices.
    """
    p = participant
    entry: dict[str, Any] = {"id": p.id, "name": p.name, "kind": p.kind.value}
    if by_office:
        entry["by_office"] = True
    if p.country:
        entry["country"] = p.country
    if document is None:
        entry["aliases"] = list(p.aliases)
        entry["offices"] = [
            {
                "title": o.title,
                "country": o.country,
                "start": o.start.isoformat() if o.start else None,
                "end": o.end.isoformat() if o.end else None,
            }
            for o in p.offices
        ]
    entry["review"] = p.review.value
    entry["mentions"] = _spans(p.evidence, document)
    return entry


def statement_json(statement: Statement, document: str | None = None) -> dict[str, Any]:
    """The interchange object of a statement; its evidence in ``document``, or in every document."""
    s = statement
    return {
        "id": s.id,
        "speaker": s.speaker,
        "speakers": list(s.speakers),
        "text": s.text,
        "date": s.date.iso,
        "date_precision": s.date.precision.value,
        "channel": s.channel.value,
        "meeting": s.meeting,
        "review": s.review.value,
        "evidence": _spans(s.evidence, document),
    }


def meeting_json(meeting: Meeting, document: str | None = None) -> dict[str, Any]:
    """The interchange object of a meeting; its evidence in ``document``, or in every document."""
    m = meeting
    loc = m.location
    return {
        "id": m.id,
        "date": m.date.iso,
        "date_precision": m.date.precision.value,
        "date_basis": m.date.basis.value,
        "date_reason": m.date.reason,
        "end_date": m.end_date.iso if m.end_date else None,
        "location": loc.city if loc else None,
        "country": loc.country if loc else None,
        "venue": loc.venue if loc else None,
        "format": m.format.value,
        "status": m.status.value,
        "participants": list(m.participant_ids),
        "roles": {a.participant: a.role.value for a in m.participants},
        "by_office": [a.participant for a in m.participants if a.by_office],
        "topics": list(m.topics),
        "review": m.review.value,
        "evidence": _spans(m.evidence, document),
    }


def document_json(document: Document) -> dict[str, Any]:
    """The interchange description of a document (its text left out)."""
    return {
        "id": document.id,
        "published": document.published.iso,
        "outlet": document.outlet,
        "url": document.url,
        "title": document.title,
        "sha256": document.sha256,
        "length": len(document.text),
    }


def document_interchange(
    document: Document,
    participants: Iterable[Participant],
    meetings: Iterable[Meeting],
    statements: Iterable[Statement],
) -> dict[str, Any]:
    """The interchange object for ``document``.

    ``participants`` may hold more than the document needs (a whole corpus's);
    only those the document names, or that speak or take part in its records,
    are listed. A person with no name mention in this document is listed with
    ``"by_office": true``.
    """
    doc_id = document.id
    people = {p.id: p for p in participants}
    meetings = [m for m in meetings if any(e.document == doc_id for e in m.evidence)]
    statements = [s for s in statements if any(e.document == doc_id for e in s.evidence)]

    named = [p.id for p in people.values() if any(e.document == doc_id for e in p.evidence)]
    involved: list[str] = []
    for m in meetings:
        involved.extend(m.participant_ids)
    for s in statements:
        involved.extend(s.speakers)
    listed = list(dict.fromkeys([*named, *involved]))
    named_set = set(named)

    return {
        "interchange_version": INTERCHANGE_VERSION,
        "document": document_json(document),
        "participants": [
            participant_json(people[pid], doc_id, by_office=pid not in named_set) for pid in listed if pid in people
        ],
        "statements": [statement_json(s, doc_id) for s in statements],
        "meetings": [meeting_json(m, doc_id) for m in meetings],
    }
