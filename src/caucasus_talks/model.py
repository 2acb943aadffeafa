"""The typed records: documents, evidence, participants, meetings, statements.

Records are frozen, slotted attrs classes. Validators check each record's own
invariants at construction; invariants that need the whole corpus (ids that
resolve, spans that reproduce their text) are checked by :mod:`.corpus`.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

import attrs

from .dates import PartialDate
from .text import text_problem

__all__ = [
    "MAX_DOCUMENT_ID",
    "RESERVED_DOCUMENT_IDS",
    "Attendance",
    "Basis",
    "Channel",
    "Document",
    "Evidence",
    "Location",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "Office",
    "Participant",
    "ParticipantKind",
    "Reading",
    "Records",
    "Review",
    "Reviewed",
    "Role",
    "Statement",
    "document_id_problem",
    "sha256_text",
]

_ID_RE = re.compile(r"\A[a-z0-9][a-z0-9_.-]*\Z")


@functools.lru_cache(maxsize=1024)
def _is_id(value: str) -> bool:
    return _ID_RE.match(value) is not None  # the same few ids recur in every record of a document


def _valid_id(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not _is_id(value):
        raise ValueError(
            f"{attribute.name} {value!r} is not a valid id "
            "(lower-case letters, digits, '-', '_' and '.', starting with a letter or digit)"
        )


#: The longest document id: with a suffix, its file name stays far under every file system's limit.
MAX_DOCUMENT_ID = 100
#: Names Windows keeps for devices (with any suffix), and the corpus folder's own tables.
RESERVED_DOCUMENT_IDS = frozenset(
    [
        *("con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))),
        *("documents", "participants", "meetings", "statements"),
    ]
)


def document_id_problem(value: str) -> str | None:
    """Why ``value`` cannot name a document (and so a file ``<id>.txt`` on any system), or ``None``."""
    if not isinstance(value, str) or not _is_id(value):
        return f"{value!r} is not a valid id (lower-case letters, digits, '-', '_' and '.', starting with a letter or digit)"
    if len(value) > MAX_DOCUMENT_ID:
        return f"{value[:20]!r}... is {len(value)} characters long, over the limit of {MAX_DOCUMENT_ID}"
    if value.split(".")[0] in RESERVED_DOCUMENT_IDS:
        return f"{value!r} is a reserved name (a Windows device or a corpus table), not portable as a file name"
    return None


def _valid_document_id(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    problem = document_id_problem(value)
    if problem:
        raise ValueError(f"{attribute.name} {problem}")


def _writable_text(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    problem = text_problem(value) if isinstance(value, str) else None
    if problem:
        raise ValueError(f"{attribute.name}: {problem}")


def _writable_texts(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    for item in value:
        _writable_text(instance, attribute, item)


def _checked_texts(_cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """Every text field of a record refuses what no export can write (see :func:`text_problem`), in memory as on load."""
    checks: dict[str, Callable[[Any, attrs.Attribute[Any], Any], None]] = {
        "str": _writable_text,
        "str | None": _writable_text,
        "tuple[str, ...]": _writable_texts,
    }
    out = []
    for field in fields:
        check = checks.get(str(field.type))
        if check is not None:
            field = field.evolve(validator=check if field.validator is None else attrs.validators.and_(field.validator, check))
        out.append(field)
    return out


def _nonempty(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name} must be a non-empty string")


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _unique_strings(value: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in value:
        seen.setdefault(item, None)
    return tuple(seen)


@functools.lru_cache(maxsize=4)  # a document's text is hashed when its record is made and again when checked
def sha256_text(text: str) -> str:
    """The SHA-256 hex digest of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Review(enum.Enum):
    """Who vouches for a record."""

    CURATED = "curated"  #: made by a person
    MACHINE = "machine"  #: drafted by the extractor, not yet reviewed
    CONFIRMED = "confirmed"  #: drafted by the extractor and confirmed by a person
    REJECTED = "rejected"  #: drafted by the extractor and rejected by a person: kept, so that it is never drafted again

    @property
    def reviewed(self) -> bool:
        """Whether a person vouches for the record (``curated`` or ``confirmed``)."""
        return self in (Review.CURATED, Review.CONFIRMED)


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Reviewed:
    """Who reviewed a drafted record, and when (``caucasus-talks review``)."""

    by: str = attrs.field(validator=_nonempty)
    on: _dt.date
    note: str | None = None


@attrs.frozen(field_transformer=_checked_texts)
class Evidence:
    """A character span of a document: ``document.text[start:end] == quote``.

    Offsets are Python ``str`` indices, end-exclusive.
    """

    document: str = attrs.field(validator=_valid_id)
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    quote: str = attrs.field()

    @end.validator
    def _end_after_start(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value <= self.start:
            raise ValueError(f"span end {value} must be after its start {self.start}")

    @quote.validator
    def _quote_fits(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if len(value) != self.end - self.start:
            raise ValueError(
                f"quote has {len(value)} characters but the span {self.start}:{self.end} has {self.end - self.start}"
            )

    def check(self, text: str) -> str | None:
        """Why this span does not reproduce its quote in ``text``, or ``None`` when it does."""
        if self.end > len(text):
            return f"span {self.start}:{self.end} is out of range (the document has {len(text)} characters)"
        found = text[self.start : self.end]
        if found != self.quote:
            return f"span {self.start}:{self.end} reads {found!r}, not {self.quote!r}"
        return None

    @classmethod
    def of(cls, document: str, text: str, start: int, end: int) -> Evidence:
        """The span ``start:end`` of ``text``, quoting it."""
        return cls(document, start, end, text[start:end])


@attrs.frozen(field_transformer=_checked_texts)
class Basis:
    """Why a fact is held when no span of a document states it: public knowledge."""

    reason: str = attrs.field(validator=_nonempty)
    reference: str | None = None


class ParticipantKind(enum.Enum):
    """A person acting in the talks, an organization, or a person quoted on them who takes no part (an analyst)."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COMMENTATOR = "commentator"


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Office:
    """An office held for a period (``end`` ``None``: still held, or not known)."""

    title: str = attrs.field(validator=_nonempty)
    country: str | None = None
    start: _dt.date | None = None
    end: _dt.date | None = attrs.field(default=None)
    basis: Basis | None = None

    @end.validator
    def _end_not_before_start(self, _attribute: attrs.Attribute[_dt.date | None], value: _dt.date | None) -> None:
        if value is not None and self.start is not None and value < self.start:
            raise ValueError(f"office {self.title!r} ends ({value}) before it starts ({self.start})")

    def held_on(self, day: _dt.date) -> bool:
        """Whether the office was held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Participant:
    """A person or an organization that takes part in the talks or speaks of them."""

    id: str = attrs.field(validator=_valid_id)
    name: str = attrs.field(validator=_nonempty)
    kind: ParticipantKind = ParticipantKind.PERSON
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    country: str | None = None
    affiliation: str | None = None
    offices: tuple[Office, ...] = attrs.field(default=(), converter=_tuple)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    basis: Basis | None = None
    review: Review = Review.CURATED
    reviewed: Reviewed | None = None  #: who confirmed, rejected or edited the draft, and when

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *(a for a in self.aliases if a != self.name))

    def offices_on(self, day: _dt.date) -> tuple[Office, ...]:
        """The offices held on ``day``."""
        return tuple(o for o in self.offices if o.held_on(day))


class MeetingFormat(enum.Enum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class MeetingStatus(enum.Enum):
    """What a text says of a meeting: it was held, it is planned (announced or agreed), it was only proposed
    (offered, invited to), rumoured (reported by others, unconfirmed or denied), or cancelled."""

    HELD = "held"
    PLANNED = "planned"
    PROPOSED = "proposed"
    RUMOURED = "rumoured"
    CANCELLED = "cancelled"


class Role(enum.Enum):
    """What a participant is in one meeting."""

    HOST = "host"
    MEDIATOR = "mediator"
    PARTY = "party"
    ATTENDEE = "attendee"


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Attendance:
    """One participant of one meeting, with the role they had there.

    ``by_office`` is true when a source designates the participant only by
    office ("the foreign ministers of Azerbaijan and Armenia"); ``basis`` then
    says how the office was resolved to this person.
    """

    participant: str = attrs.field(validator=_valid_id)
    role: Role = Role.PARTY
    by_office: bool = False
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    basis: Basis | None = None


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Location:
    """Where a meeting took place: a city (canonical English name), its country, a venue."""

    city: str | None = None
    country: str | None = None
    venue: str | None = None
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    basis: Basis | None = None

    def __str__(self) -> str:
        return ", ".join(p for p in (self.venue, self.city, self.country) if p) or "unknown"


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Reading:
    """A reading of one field on which sources disagree, kept beside the preferred one."""

    field: str = attrs.field(validator=_nonempty)
    value: str
    preferred: bool = False
    reason: str | None = None
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)


def _check_end_date(instance: Meeting, _attribute: attrs.Attribute[PartialDate | None], value: PartialDate | None) -> None:
    if value is None or not value.known or not instance.date.known:
        return
    latest, earliest = value.latest, instance.date.earliest
    if latest is not None and earliest is not None and latest < earliest:
        raise ValueError(f"end date {value.iso} is before the start date {instance.date.iso}")


def _check_attendance(
    _instance: Meeting, _attribute: attrs.Attribute[tuple[Attendance, ...]], value: tuple[Attendance, ...]
) -> None:
    seen: set[str] = set()
    dupes: set[str] = set()
    for a in value:  # linear: a meeting merged from a long text may list many
        (dupes if a.participant in seen else seen).add(a.participant)
    if dupes:
        raise ValueError(f"participant listed twice: {', '.join(sorted(dupes))}")


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Meeting:
    """One diplomatic encounter: an in-person meeting, a call, a summit session.

    One event reported by several documents is one Meeting with evidence from each.
    """

    id: str = attrs.field(validator=_valid_id)
    date: PartialDate = attrs.field(factory=PartialDate)
    end_date: PartialDate | None = attrs.field(default=None, validator=_check_end_date)
    location: Location | None = None
    format: MeetingFormat = MeetingFormat.IN_PERSON
    participants: tuple[Attendance, ...] = attrs.field(default=(), converter=_tuple, validator=_check_attendance)
    status: MeetingStatus = MeetingStatus.HELD
    title: str | None = None
    topics: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    basis: Basis | None = None
    readings: tuple[Reading, ...] = attrs.field(default=(), converter=_tuple)
    review: Review = Review.CURATED
    reviewed: Reviewed | None = None  #: who confirmed, rejected or edited the draft, and when

    @property
    def participant_ids(self) -> tuple[str, ...]:
        return tuple(a.participant for a in self.participants)

    @property
    def documents(self) -> tuple[str, ...]:
        """The ids of the documents that report the meeting, in order of first citation."""
        return _unique_strings(e.document for e in self.evidence)

    @property
    def mediator_ids(self) -> tuple[str, ...]:
        """Who mediated: every ``MEDIATOR``, and a ``HOST`` of talks between two or more parties.

        A third party that hosts talks between the sides mediates them (Blinken
        hosting the foreign ministers); a host who is one of two sides does not.
        """
        parties = sum(1 for a in self.participants if a.role is Role.PARTY)
        return tuple(
            a.participant for a in self.participants if a.role is Role.MEDIATOR or (a.role is Role.HOST and parties >= 2)
        )

    def role_of(self, participant_id: str) -> Role | None:
        for a in self.participants:
            if a.participant == participant_id:
                return a.role
        return None


class Channel(enum.Enum):
    """How a statement was made."""

    REMARKS = "remarks"
    PRESS_BRIEFING = "press_briefing"
    INTERVIEW = "interview"
    SOCIAL_MEDIA = "social_media"
    WRITTEN_STATEMENT = "written_statement"
    JOINT_STATEMENT = "joint_statement"
    UNKNOWN = "unknown"


def _check_speakers(_instance: Statement, _attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    if not value:
        raise ValueError("a statement needs at least one speaker")
    for speaker in value:
        if not isinstance(speaker, str) or not _ID_RE.match(speaker):
            raise ValueError(f"speaker {speaker!r} is not a valid id")


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Statement:
    """Words quoted directly, with who said them, when, how and where."""

    id: str = attrs.field(validator=_valid_id)
    speakers: tuple[str, ...] = attrs.field(converter=_unique_strings, validator=_check_speakers)
    text: str = attrs.field(validator=_nonempty)
    date: PartialDate = attrs.field(factory=PartialDate)
    channel: Channel = Channel.UNKNOWN
    meeting: str | None = attrs.field(default=None, validator=attrs.validators.optional(_valid_id))
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    speaker_evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_tuple)
    basis: Basis | None = None
    review: Review = Review.CURATED
    reviewed: Reviewed | None = None  #: who confirmed, rejected or edited the draft, and when

    @property
    def speaker(self) -> str:
        """The first speaker (a joint statement has several)."""
        return self.speakers[0]

    @property
    def documents(self) -> tuple[str, ...]:
        return _unique_strings(e.document for e in self.evidence)


def _check_sha(instance: Document, _attribute: attrs.Attribute[str], value: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError(f"sha256 {value!r} is not a SHA-256 hex digest")
    actual = sha256_text(instance.text)
    if value != actual:
        raise ValueError(f"text does not match its checksum: recorded {value}, text has {actual}")


@attrs.frozen(kw_only=True, field_transformer=_checked_texts)
class Document:
    """A source text, kept byte for byte, with what is known of where it comes from."""

    id: str = attrs.field(validator=_valid_document_id)
    text: str = attrs.field(repr=lambda t: f"<{len(t)} characters>")
    published: PartialDate = attrs.field(factory=PartialDate)
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None  #: the byline, when the text gives one
    language: str = "en"
    #: The ids of the meetings and statements drawn from this document by the extractor when it was added to
    #: a corpus. One of them no longer in the corpus was deleted by a person, and adding the document again does
    #: not bring it back. Empty for a document added by hand (its records are curated, never drafted again).
    drafted: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    sha256: str = attrs.field(validator=_check_sha)

    @sha256.default
    def _sha_default(self) -> str:
        return sha256_text(self.text)

    def span(self, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]`` of this document."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}:{end} is out of range for document {self.id} ({len(self.text)} characters)")
        return Evidence.of(self.id, self.text, start, end)

    def find(self, quote: str, occurrence: int = 1) -> Evidence:
        """Evidence for the ``occurrence``-th appearance of ``quote`` in the text."""
        index = -1
        for _ in range(occurrence):
            index = self.text.find(quote, index + 1)
            if index < 0:
                raise ValueError(f"{quote!r} does not occur {occurrence} time(s) in document {self.id}")
        return Evidence.of(self.id, self.text, index, index + len(quote))


class Records(Protocol):
    """The four tables of records, in order, as a :class:`~caucasus_talks.Corpus` holds them.

    The exports read no more of a corpus than this, so they depend on the
    records alone, never on the corpus module.
    """

    @property
    def documents(self) -> Sequence[Document]: ...

    @property
    def participants(self) -> Sequence[Participant]: ...

    @property
    def meetings(self) -> Sequence[Meeting]: ...

    @property
    def statements(self) -> Sequence[Statement]: ...
