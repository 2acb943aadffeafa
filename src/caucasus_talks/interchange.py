"""The extraction interchange JSON: what the library knows about one document.

``caucasus-talks extract`` prints it and ``export --by-document`` writes it;
``docs/interchange.md`` and ``docs/interchange.schema.json`` describe it.
Ids are the corpus's ids, so records join across documents.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Document, Evidence, Meeting, Participant, Statement

__all__ = ["INTERCHANGE_VERSION", "document_interchange"]

#: Version of the interchange format (independent of the corpus file schema).
INTERCHANGE_VERSION = 1


def _spans(evidence: Iterable[Evidence], doc_id: str) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "quote": e.quote} for e in evidence if e.document == doc_id]


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

    out_participants = []
    for pid in listed:
        p = people.get(pid)
        if p is None:
            continue
        entry: dict[str, Any] = {"id": p.id, "name": p.name, "kind": p.kind.value}
        if pid not in named_set:
            entry["by_office"] = True
        if p.country:
            entry["country"] = p.country
        entry["review"] = p.review.value
        entry["mentions"] = _spans(p.evidence, doc_id)
        out_participants.append(entry)

    out_statements = []
    for s in statements:
        out_statements.append(
            {
                "id": s.id,
                "speaker": s.speaker,
                "speakers": list(s.speakers),
                "text": s.text,
                "date": s.date.iso,
                "date_precision": s.date.precision.value,
                "channel": s.channel.value,
                "meeting": s.meeting,
                "review": s.review.value,
                "evidence": _spans(s.evidence, doc_id),
            }
        )

    out_meetings = []
    for m in meetings:
        loc = m.location
        out_meetings.append(
            {
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
                "evidence": _spans(m.evidence, doc_id),
            }
        )

    return {
        "interchange_version": INTERCHANGE_VERSION,
        "document": {
            "id": doc_id,
            "published": document.published.iso,
            "outlet": document.outlet,
            "url": document.url,
            "title": document.title,
            "sha256": document.sha256,
            "length": len(document.text),
        },
        "participants": out_participants,
        "statements": out_statements,
        "meetings": out_meetings,
    }
