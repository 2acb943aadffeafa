"""Drafts read back from the interchange JSON (what ``caucasus-talks extract`` prints), with the document's text.

The interchange leaves the text out, so it is read together with the text it
describes, checked by its SHA-256. What the interchange does not carry (the
evidence of a meeting's place or of each participant's attendance, a
participant's aliases and offices) is absent from the records it gives.
Every problem is reported at once, each with its JSON path.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, TypeVar

from ..dates import DateBasis, PartialDate
from ..errors import DataError, Problem
from ..export.interchange import INTERCHANGE_VERSION
from ..model import (
    Attendance,
    Channel,
    Document,
    Evidence,
    Location,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Participant,
    ParticipantKind,
    Review,
    Role,
    Statement,
    sha256_text,
)
from .pipeline import Extraction

__all__ = ["read_interchange"]

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


class _Reader:
    """Typed access to one interchange object, collecting each problem with its path instead of stopping at it."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.problems: list[Problem] = []

    def fail(self, where: str, reason: str) -> None:
        self.problems.append(Problem(self.shown, where, reason))

    def field(self, obj: dict[str, Any], key: str, kind: type[T], where: str, *, optional: bool = False) -> T | None:
        value = obj.get(key)
        if value is None:
            if not optional:
                self.fail(f"{where}.{key}", "required field missing")
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(f"{where}.{key}", f"expected {kind.__name__}, not {type(value).__name__}")
            return None
        return value

    def strings(self, obj: dict[str, Any], key: str, where: str, *, optional: bool = False) -> list[str]:
        values = self.field(obj, key, list, where, optional=optional) or []
        bad = [i for i, v in enumerate(values) if not isinstance(v, str)]
        for i in bad:
            self.fail(f"{where}.{key}[{i}]", "expected a string")
        return [] if bad else values

    def items(self, obj: dict[str, Any], key: str, where: str) -> list[tuple[str, dict[str, Any]]]:
        values = self.field(obj, key, list, where, optional=True) or []
        out = []
        for i, item in enumerate(values):
            if isinstance(item, dict):
                out.append((f"{where}.{key}[{i}]", item))
            else:
                self.fail(f"{where}.{key}[{i}]", "expected an object")
        return out

    def enum(self, cls: type[E], obj: dict[str, Any], key: str, where: str, default: E) -> E:
        value = self.field(obj, key, str, where, optional=True)
        if value is None:
            return default
        try:
            return cls(value)
        except ValueError:
            self.fail(f"{where}.{key}", f"{value!r} is not one of {', '.join(str(m.value) for m in cls)}")
            return default

    def make(self, where: str, build: Callable[..., T], *args: Any) -> T | None:
        try:
            return build(*args)
        except (ValueError, TypeError) as exc:
            self.fail(where, str(exc))
            return None


def _spans(r: _Reader, doc: Document, obj: dict[str, Any], key: str, where: str) -> list[Evidence]:
    out = []
    for at, span in r.items(obj, key, where):
        start, end = r.field(span, "start", int, at), r.field(span, "end", int, at)
        quote = r.field(span, "quote", str, at)
        if start is None or end is None or quote is None:
            continue
        found = r.make(at, doc.span, start, end)
        if found is not None and found.quote != quote:
            r.fail(f"{at}.quote", f"{quote!r} is not the text at {start}:{end} ({found.quote!r})")
        elif found is not None:
            out.append(found)
    return out


def _date(r: _Reader, obj: dict[str, Any], key: str, where: str, basis: DateBasis, reason: str | None) -> PartialDate:
    iso = r.field(obj, key, str, where, optional=True)
    if iso is None:
        return PartialDate()
    return r.make(f"{where}.{key}", _partial, iso, basis, reason) or PartialDate()


def _partial(iso: str, basis: DateBasis, reason: str | None) -> PartialDate:
    return PartialDate.from_iso(iso, basis=basis, reason=reason)


def read_interchange(data: Any, text: str, *, shown: str = "interchange JSON") -> Extraction:
    """The drafts an interchange object describes, as an :class:`Extraction` of ``text`` (its document's text).

    Raises :class:`DataError` naming every problem: a version this library
    does not read, a text whose checksum is not the document's, a span that
    does not quote its text, a value of the wrong kind.
    """
    r = _Reader(shown)
    if not isinstance(data, dict):
        raise DataError([Problem(shown, "$", "expected an interchange object")])
    if data.get("interchange_version") != INTERCHANGE_VERSION or isinstance(data.get("interchange_version"), bool):
        version = data.get("interchange_version")
        raise DataError([Problem(shown, "$.interchange_version", f"version {version!r} is not {INTERCHANGE_VERSION}")])
    meta = r.field(data, "document", dict, "$") or {}
    doc_id = r.field(meta, "id", str, "$.document") or "doc"
    sha = r.field(meta, "sha256", str, "$.document")
    if sha is not None and sha != sha256_text(text):
        raise DataError([Problem(shown, "$.document.sha256", "the text given is not this document's (its checksum differs)")])
    document = r.make("$.document", _document, r, meta, doc_id, text)
    if document is None:
        raise DataError(r.problems)
    people = [r.make(at, _participant, r, document, at, p) for at, p in r.items(data, "participants", "$")]
    said = [r.make(at, _statement, r, document, at, s) for at, s in r.items(data, "statements", "$")]
    met = [r.make(at, _meeting, r, document, at, m) for at, m in r.items(data, "meetings", "$")]
    if r.problems:
        raise DataError(r.problems)
    return Extraction(
        document=document,
        participants=[p for p in people if p is not None],
        meetings=[m for m in met if m is not None],
        statements=[s for s in said if s is not None],
    )


def _document(r: _Reader, meta: dict[str, Any], doc_id: str, text: str) -> Document:
    return Document(
        id=doc_id,
        text=text,
        published=_date(r, meta, "published", "$.document", DateBasis.STATED, None),
        outlet=r.field(meta, "outlet", str, "$.document", optional=True),
        url=r.field(meta, "url", str, "$.document", optional=True),
        title=r.field(meta, "title", str, "$.document", optional=True),
    )


def _participant(r: _Reader, doc: Document, at: str, p: dict[str, Any]) -> Participant:
    return Participant(
        id=r.field(p, "id", str, at) or "",
        name=r.field(p, "name", str, at) or "",
        kind=r.enum(ParticipantKind, p, "kind", at, ParticipantKind.PERSON),
        country=r.field(p, "country", str, at, optional=True),
        evidence=_spans(r, doc, p, "mentions", at),
        review=r.enum(Review, p, "review", at, Review.MACHINE),
    )


def _statement(r: _Reader, doc: Document, at: str, s: dict[str, Any]) -> Statement:
    return Statement(
        id=r.field(s, "id", str, at) or "",
        speakers=r.strings(s, "speakers", at),
        text=r.field(s, "text", str, at) or "",
        date=_date(r, s, "date", at, DateBasis.STATED, None),
        channel=r.enum(Channel, s, "channel", at, Channel.UNKNOWN),
        meeting=r.field(s, "meeting", str, at, optional=True),
        evidence=_spans(r, doc, s, "evidence", at),
        review=r.enum(Review, s, "review", at, Review.MACHINE),
    )


def _meeting(r: _Reader, doc: Document, at: str, m: dict[str, Any]) -> Meeting:
    basis = r.enum(DateBasis, m, "date_basis", at, DateBasis.STATED)
    reason = r.field(m, "date_reason", str, at, optional=True)
    roles = r.field(m, "roles", dict, at, optional=True) or {}
    by_office = set(r.strings(m, "by_office", at, optional=True))
    city = r.field(m, "location", str, at, optional=True)
    country = r.field(m, "country", str, at, optional=True)
    venue = r.field(m, "venue", str, at, optional=True)
    return Meeting(
        id=r.field(m, "id", str, at) or "",
        date=_date(r, m, "date", at, basis, reason),
        end_date=_date(r, m, "end_date", at, DateBasis.STATED, None) if m.get("end_date") is not None else None,
        location=Location(city=city, country=country, venue=venue) if city or country or venue else None,
        format=r.enum(MeetingFormat, m, "format", at, MeetingFormat.IN_PERSON),
        status=r.enum(MeetingStatus, m, "status", at, MeetingStatus.HELD),
        participants=[
            Attendance(participant=pid, role=Role(roles.get(pid, "party")), by_office=pid in by_office)
            for pid in r.strings(m, "participants", at)
        ],
        topics=r.strings(m, "topics", at, optional=True),
        evidence=_spans(r, doc, m, "evidence", at),
        review=r.enum(Review, m, "review", at, Review.MACHINE),
    )
