"""Event data: every meeting and statement as one event coded in CAMEO and PLOVER.

Political event datasets (ICEWS and GDELT in CAMEO, POLECAT in PLOVER) record
who did what to whom, when and where. A meeting becomes a CAMEO 04x
"consult" event and a PLOVER ``CONSULT`` event with its ``mode``; a statement
becomes CAMEO 010 "make statement", which PLOVER dropped (it codes no plain
comments), so its ``event_type`` is ``None``. The rules are in
:func:`code_meeting`; ``docs/exports.md`` lays them out as a table and says
where they are a judgement. Every event keeps the rule that coded it.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from .._files import write_atomic
from ..dates import PartialDate
from ..errors import DataError, Problem
from ..model import (
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Participant,
    ParticipantKind,
    Records,
    Role,
    Statement,
)
from . import plain
from ._codes import actor_code, country_code, is_igo

__all__ = ["CAMEO_LABELS", "CODEBOOK", "Coding", "code_meeting", "events", "write_events"]

#: The name and version of this coding, written into every event.
CODEBOOK = "caucasus-talks-cameo-plover-1"

#: The CAMEO codes this export uses, with their labels in the CAMEO 1.1b3 codebook.
CAMEO_LABELS = {
    "010": "Make statement, not specified below",
    "040": "Consult, not specified below",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a 'third' location",
    "045": "Mediate",
    "046": "Engage in negotiation",
}

# PLOVER quad code 1: verbal cooperation (CONSULT's quad).
_VERBAL_COOPERATION = 1


@attrs.frozen
class Coding:
    """How one meeting is coded: its CAMEO code, PLOVER mode, the rule used, and who is source and recipient."""

    cameo: str
    mode: str | None
    rule: str
    source: tuple[str, ...]
    recipient: tuple[str, ...] = ()


def code_meeting(meeting: Meeting, participants: Mapping[str, Participant]) -> Coding:
    """The CAMEO/PLOVER coding of one meeting; the first rule that applies wins.

    1. ``remote``: a phone or video call is CAMEO 041, mode ``phone``.
    2. ``mediated``: a meeting with a mediator (``Meeting.mediator_ids``: a
       mediator, or a host of talks between parties) is CAMEO 045; mediators are the
       source, everyone else the recipient; mode ``third-party``.
    3. ``hosted``: a meeting with a host is CAMEO 042; visitors are the source,
       the host and those from the host's side the recipient (PLOVER's rule).
    4. ``hosted-by-country``: held in the country of some participants but
       not of others: those of the country host, the others visit (042).
    5. ``third-location``: held in a country none of the participants is from:
       CAMEO 044, mode ``third-party``.
    6. ``negotiation``: parties from two or more sides: CAMEO 046.
    7. ``consult``: anything else: CAMEO 040.

    A visit (3, 4) has mode ``visit``, or ``third-party`` when the visitors come
    from two or more sides (the host brings them together). For 6 and 7 the mode
    is ``multilateral`` when three or more sides take part. A side is an actor
    code (:func:`actor_code`). Without a mediator or host every participant is
    a source and there is no recipient, as PLOVER codes a meeting with no clear host.
    """
    everyone = meeting.participant_ids
    roles = {a.participant: a.role for a in meeting.participants}
    codes = {p: _code(participants.get(p), meeting.date) for p in everyone}
    if meeting.format in (MeetingFormat.PHONE, MeetingFormat.VIDEO):
        return Coding("041", "phone", "remote", everyone)
    mediators = tuple(p for p in everyone if p in meeting.mediator_ids)
    if mediators:
        return Coding("045", "third-party", "mediated", mediators, tuple(p for p in everyone if p not in mediators))
    hosts = tuple(p for p in everyone if roles[p] is Role.HOST)
    if hosts:
        return _visit(everyone, hosts, codes, "hosted")
    where = country_code(meeting.location.country) if meeting.location is not None else None
    if where is not None and any(codes.values()):
        local = tuple(p for p in everyone if codes[p] == where)
        if local and any(c is not None and c != where for c in codes.values()):
            return _visit(everyone, local, codes, "hosted-by-country")
        if not local:
            return Coding("044", "third-party", "third-location", everyone)
    sides = set(codes.values()) - {None}
    mode = "multilateral" if len(sides) >= 3 else None
    party_sides = {codes[p] for p in everyone if roles[p] is Role.PARTY} - {None}
    if len(party_sides) >= 2:
        return Coding("046", mode, "negotiation", everyone)
    return Coding("040", mode, "consult", everyone)


def _visit(everyone: tuple[str, ...], hosts: tuple[str, ...], codes: Mapping[str, str | None], rule: str) -> Coding:
    """CAMEO 042: the host's side receives, everyone else visits."""
    host_sides = {codes[h] for h in hosts} - {None}
    home = tuple(p for p in everyone if p in hosts or codes[p] in host_sides)
    visitors = tuple(p for p in everyone if p not in home)
    if not visitors:
        home, visitors = hosts, tuple(p for p in everyone if p not in hosts)
    mode = "third-party" if len({codes[p] for p in visitors} - {None}) >= 2 else "visit"
    return Coding("042", mode, rule, visitors, home)


def _days(date: PartialDate) -> tuple[_dt.date, ...]:
    return tuple(d for d in (date.earliest, date.latest) if d is not None)


def _office(participant: Participant, date: PartialDate) -> tuple[str | None, str | None]:
    """The title and country of the office held on the event's date (its first or last possible day)."""
    for day in _days(date):
        held = participant.offices_on(day)
        if held:
            return held[0].title, held[0].country
    return None, None


def _code(participant: Participant | None, date: PartialDate) -> str | None:
    if participant is None:
        return None
    _title, office_country = _office(participant, date)
    igo = participant.affiliation if is_igo(participant.affiliation) else None
    org_name = participant.name if participant.kind is ParticipantKind.ORGANIZATION else None
    return actor_code(office_country, igo, participant.country, org_name)


def _actor(
    pid: str, participants: Mapping[str, Participant], date: PartialDate, attendance: dict[str, Any] | None
) -> dict[str, Any]:
    p = participants.get(pid)
    title = _office(p, date)[0] if p is not None else None
    actor: dict[str, Any] = {
        "identifier_id": pid,
        "identifier_text": p.name if p else pid,
        "code": _code(p, date),
        "country": p.country if p else None,
        "office": title or None,
    }
    if attendance is not None:
        actor["role"] = attendance["role"]
        actor["by_office"] = attendance["by_office"]
    return actor


def _sources(spans: list[dict[str, Any]], documents: Mapping[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Each document a record's spans come from (``documents``: the plain documents by id), with its spans."""
    out: dict[str, dict[str, Any]] = {}
    for span in spans:
        entry = out.get(span["document"])
        if entry is None:
            doc = documents[span["document"]]
            entry = out[doc["id"]] = {
                "document": doc["id"],
                "title": doc["title"],
                "publication": doc["outlet"],
                "url": doc["url"],
                "published": doc["published"],
                "spans": [],
            }
        entry["spans"].append({"start": span["start"], "end": span["end"], "quote": span["quote"]})
    return list(out.values())


def _dates(record: dict[str, Any], last_day: str | None, end_date: str | None) -> dict[str, Any]:
    return {
        "date": record["date"],
        "date_precision": record["date_precision"],
        "date_earliest": record["date_earliest"],
        "date_latest": last_day,
        "enddate": end_date,
    }


def _place(place: dict[str, Any] | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"name": place["city"], "venue": place["venue"], "country": place["country"], "cc3": country_code(place["country"])}


_CONTEXT = {
    MeetingStatus.HELD: [],
    MeetingStatus.PLANNED: ["future"],
    # PLOVER has no context for a meeting only proposed or rumoured: coded as one to come, the row's "status" says which
    MeetingStatus.PROPOSED: ["future"],
    MeetingStatus.RUMOURED: ["future"],
    MeetingStatus.CANCELLED: ["negation"],
}


def _meeting_event(
    m: Meeting, participants: Mapping[str, Participant], documents: Mapping[str, dict[str, Any]]
) -> dict[str, Any]:
    coding = code_meeting(m, participants)
    record = plain.meeting(m)
    attendance = {a["participant"]: a for a in record["attendance"]}
    return {
        "id": record["id"],
        "record": "meeting",
        "title": record["title"],
        **_dates(record, record["last_day"], record["end_date"]),
        "event_type": "CONSULT",
        "mode": coding.mode,
        "context": list(_CONTEXT[m.status]),
        "status": m.status.value,
        "quad_code": _VERBAL_COOPERATION,
        "cameo_code": coding.cameo,
        "cameo_label": CAMEO_LABELS[coding.cameo],
        "coding_rule": coding.rule,
        "source": [_actor(p, participants, m.date, attendance[p]) for p in coding.source],
        "recipient": [_actor(p, participants, m.date, attendance[p]) for p in coding.recipient],
        "event_loc": _place(record["place"]),
        "event_text": [span["quote"] for span in record["evidence"]],
        "link": None,
        "sources": _sources(record["evidence"], documents),
        "review": record["review"],
        "codebook": CODEBOOK,
    }


def _statement_event(
    s: Statement,
    participants: Mapping[str, Participant],
    documents: Mapping[str, dict[str, Any]],
    meetings: Mapping[str, Meeting],
) -> dict[str, Any]:
    record = plain.statement(s)
    meeting = meetings.get(s.meeting) if s.meeting else None
    return {
        "id": record["id"],
        "record": "statement",
        "title": None,
        **_dates(record, record["date_latest"], None),
        "event_type": None,
        "mode": None,
        "context": [],
        "status": None,
        "quad_code": None,
        "cameo_code": "010",
        "cameo_label": CAMEO_LABELS["010"],
        "coding_rule": "statement",
        "source": [_actor(p, participants, s.date, None) for p in s.speakers],
        "recipient": [],
        "event_loc": _place(plain.place(meeting.location)) if meeting is not None else None,
        "event_text": [record["text"]],
        "link": record["meeting"],
        "sources": _sources(record["evidence"], documents),
        "review": record["review"],
        "codebook": CODEBOOK,
    }


def events(corpus: Records) -> list[dict[str, Any]]:
    """One event per meeting, then one per statement, each in the corpus's (chronological) order."""
    participants = {p.id: p for p in corpus.participants}
    documents = {d.id: plain.document(d) for d in corpus.documents}  # mapped once, read by every event
    meetings = {m.id: m for m in corpus.meetings}
    out = [_meeting_event(m, participants, documents) for m in corpus.meetings]
    out.extend(_statement_event(s, participants, documents, meetings) for s in corpus.statements)
    return out


def write_events(corpus: Records, folder: str | Path) -> Path:
    """Write ``events.jsonl`` (one JSON event per line) into ``folder``; returns its path."""
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise DataError([Problem(str(root), "", "exists and is not a folder")])
    path = root / "events.jsonl"
    write_atomic(path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events(corpus)))
    return path
