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

from ..model import Document, Meeting, Participant, Statement
from . import plain

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


def _spans(spans: list[dict[str, Any]], doc_id: str | None) -> list[dict[str, Any]]:
    """Spans of one document (``doc_id``), or of every document, each naming its own."""
    if doc_id is None:
        return spans
    return [{"start": e["start"], "end": e["end"], "quote": e["quote"]} for e in spans if e["document"] == doc_id]


def participant_json(participant: Participant, document: str | None = None, *, by_office: bool = False) -> dict[str, Any]:
    """The interchange object of a participant; its mentions in ``document``, or in every document.

    Without a document it also lists the participant's aliases and offices.
    """
    p = plain.participant(participant)
    entry: dict[str, Any] = {"id": p["id"], "name": p["name"], "kind": p["kind"]}
    if by_office:
        entry["by_office"] = True
    if p["country"]:
        entry["country"] = p["country"]
    if document is None:
        entry["aliases"] = p["aliases"]
        entry["offices"] = p["offices"]
    entry["review"] = p["review"]
    entry["mentions"] = _spans(p["evidence"], document)
    return entry


def statement_json(statement: Statement, document: str | None = None) -> dict[str, Any]:
    """The interchange object of a statement; its evidence in ``document``, or in every document."""
    s = plain.statement(statement)
    return {
        "id": s["id"],
        "speaker": s["speaker"],
        "speakers": s["speakers"],
        "text": s["text"],
        "date": s["date"],
        "date_precision": s["date_precision"],
        "channel": s["channel"],
        "meeting": s["meeting"],
        "review": s["review"],
        "evidence": _spans(s["evidence"], document),
    }


def meeting_json(meeting: Meeting, document: str | None = None) -> dict[str, Any]:
    """The interchange object of a meeting; its evidence in ``document``, or in every document."""
    m = plain.meeting(meeting)
    place = m["place"] or {}
    return {
        "id": m["id"],
        "date": m["date"],
        "date_precision": m["date_precision"],
        "date_basis": m["date_basis"],
        "date_reason": m["date_reason"],
        "end_date": m["end_date"],
        "location": place.get("city"),
        "country": place.get("country"),
        "venue": place.get("venue"),
        "format": m["format"],
        "status": m["status"],
        "participants": m["participant_ids"],
        "roles": {a["participant"]: a["role"] for a in m["attendance"]},
        "by_office": [a["participant"] for a in m["attendance"] if a["by_office"]],
        "topics": m["topics"],
        "review": m["review"],
        "evidence": _spans(m["evidence"], document),
    }


def document_json(document: Document) -> dict[str, Any]:
    """The interchange description of a document (its text left out)."""
    return plain.pick(plain.document(document), "id", "published", "outlet", "url", "title", "sha256", "length")


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
