"""Reviewing drafts: a person confirms, rejects or corrects what the extractor drafted, saying who and when.

Each function works on a corpus or a store, by the same rules. Given a
corpus, it returns a new corpus (a corpus never changes); given a store, it
rewrites the records it changes in one transaction (all of one call's, or
none when one is refused) and returns the same store. A rejected draft
stays in the corpus as ``rejected`` (queries leave it out), so adding its
document again does not draft it again. An edit that adds a fact (a date, a
place, a participant, a format or status) needs evidence, a span of a
document, or a basis, a public-knowledge reason; without one it is refused,
and the loader refuses a reviewed record holding such a fact without one.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

import attrs

from .corpus import Corpus
from .dates import DateBasis, PartialDate
from .model import (
    Attendance,
    Basis,
    Channel,
    Evidence,
    Location,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Participant,
    Reading,
    Review,
    Reviewed,
    Role,
    Statement,
)

if TYPE_CHECKING:
    from .store import Store  # named for the type checker only: reviewing a corpus never imports the store

__all__ = ["ReviewError", "confirm", "drafts", "edit_meeting", "edit_statement", "reject", "unsupported"]

Record = Meeting | Statement | Participant
R = TypeVar("R", Meeting, Statement, Participant)
#: What a review works on: a corpus (a new one comes back) or a store (rewritten, and the same one comes back).
Reviewable = TypeVar("Reviewable", Corpus, "Store")


class ReviewError(ValueError):
    """A review that cannot be made: an unknown id, a curated record, a fact without support."""


def drafts(corpus: Corpus | Store, review: Review = Review.MACHINE) -> list[Record]:
    """The records awaiting review (or, given another state, those in it): meetings, statements, then participants.

    A store finds them by a scan of each table's review state (:meth:`Store.in_review
    <caucasus_talks.store.Store.in_review>`), in the order a corpus keeps them.
    """
    if not isinstance(corpus, Corpus):
        return corpus.in_review(review)
    return [r for table in (corpus.meetings, corpus.statements, corpus.participants) for r in table if r.review is review]


def unsupported(record: Record) -> list[str]:
    """The facts of a record that rest on nothing: a participant or place of a meeting with no evidence and no basis."""
    if not isinstance(record, Meeting):
        return []
    missing = [f"participant {a.participant}" for a in record.participants if not a.evidence and a.basis is None]
    if record.location is not None and not record.location.evidence and record.location.basis is None:
        missing.append(f"location {record.location}")
    return missing


def _stamp(record: Record, review: Review, by: str, on: _dt.date | None, note: str | None) -> Record:
    return attrs.evolve(record, review=review, reviewed=Reviewed(by=by, on=on or _dt.date.today(), note=note))


def _draft(corpus: Corpus | Store, record_id: str) -> Record:
    record = corpus.get(record_id)
    if not isinstance(record, (Meeting, Statement, Participant)):
        raise ReviewError(f"no meeting, statement or participant with id {record_id!r}")
    if record.review is Review.CURATED:
        raise ReviewError(f"{record_id} was made by a person (curated), not drafted: there is nothing to review")
    return record


def _writing(corpus: Corpus | Store) -> contextlib.AbstractContextManager[None]:
    """A store's write lock, held from the first read of a review to its write; nothing for a corpus."""
    return contextlib.nullcontext() if isinstance(corpus, Corpus) else corpus.writing()


def _put_back(corpus: Reviewable, changed: Sequence[Record]) -> Reviewable:
    """The corpus with the changed records in place of those with their ids; or the store, the records rewritten."""
    if isinstance(corpus, Corpus):
        return _replace(corpus, changed)
    corpus.replace({r.id: r for r in changed}.values())  # an id given twice is reviewed once, as in a corpus
    return corpus


def _unknown_participants(corpus: Corpus | Store, ids: Iterable[str]) -> list[str]:
    """Those of ``ids`` that are not the id of a participant (each looked up by id: a store reads no roster)."""
    return [i for i in ids if not isinstance(corpus.get(i), Participant)]


def _replace(corpus: Corpus, changed: Sequence[Record]) -> Corpus:
    by_id = {r.id: r for r in changed}

    def swap(table: Iterable[R]) -> list[R]:
        return [by_id.get(r.id, r) for r in table]  # type: ignore[misc]

    return attrs.evolve(
        corpus,
        participants=swap(corpus.participants),
        meetings=swap(corpus.meetings),
        statements=swap(corpus.statements),
    )


def confirm(
    corpus: Reviewable, ids: Iterable[str], *, by: str, on: _dt.date | None = None, note: str | None = None
) -> Reviewable:
    """The corpus (or store) with these drafts confirmed by ``by`` (on ``on``, today by default).

    A meeting with a participant or place that rests on nothing is refused:
    edit it first (give a span or a reason) or remove the participant.
    """
    with _writing(corpus):
        changed: list[Record] = []
        for record_id in ids:
            record = _draft(corpus, record_id)
            missing = unsupported(record)
            if missing:
                raise ReviewError(f"{record_id}: no evidence and no basis for {', '.join(missing)}: edit or remove it first")
            changed.append(_stamp(record, Review.CONFIRMED, by, on, note))
        return _put_back(corpus, changed)


def reject(
    corpus: Reviewable, ids: Iterable[str], *, by: str, on: _dt.date | None = None, note: str | None = None
) -> Reviewable:
    """The corpus (or store) with these drafts rejected by ``by``: kept as ``rejected``, out of queries, never drafted again."""
    with _writing(corpus):
        return _put_back(corpus, [_stamp(_draft(corpus, i), Review.REJECTED, by, on, note) for i in ids])


def _support(corpus: Corpus | Store, evidence: Evidence | None, reason: str | None) -> tuple[tuple[Evidence, ...], Basis | None]:
    """The evidence or the basis an added fact rests on; exactly one of them must be given."""
    if (evidence is None) == (reason is None or not reason.strip()):
        raise ReviewError("an edit that adds a fact needs evidence (a span of a document) or a reason, one of the two")
    if evidence is not None:
        try:
            text = corpus.document(evidence.document).text
        except KeyError:
            raise ReviewError(f"the evidence cites {evidence.document!r}, a document the corpus does not hold") from None
        problem = evidence.check(text)
        if problem:
            raise ReviewError(f"the evidence does not hold: {problem}")
        return (evidence,), None
    return (), Basis(reason=str(reason))


def _new_date(iso: str, basis: Basis | None) -> PartialDate:
    """A corrected date: stated by the evidence given, or inferred for the reason given."""
    try:
        if basis is None:
            return PartialDate.from_iso(iso)
        return PartialDate.from_iso(iso, basis=DateBasis.INFERRED, reason=basis.reason)
    except ValueError as exc:
        raise ReviewError(f"date {iso!r}: {exc}") from None


def edit_meeting(
    corpus: Reviewable,
    meeting_id: str,
    *,
    by: str,
    on: _dt.date | None = None,
    note: str | None = None,
    date: str | None = None,
    city: str | None = None,
    country: str | None = None,
    format: MeetingFormat | None = None,
    status: MeetingStatus | None = None,
    add: Iterable[tuple[str, Role]] = (),
    remove: Iterable[str] = (),
    evidence: Evidence | None = None,
    reason: str | None = None,
) -> Reviewable:
    """The corpus (or store) with a drafted meeting corrected and confirmed by ``by``.

    ``date`` (ISO: ``2022-11-07``, ``2022-11``), ``city``/``country``,
    ``format``, ``status`` and participants to ``add`` are facts: they rest on
    ``evidence`` (a span, added to the meeting's evidence) or on ``reason``
    (a basis; a date becomes ``inferred`` with that reason). A changed format
    or status is kept as a preferred reading beside the drafted value.
    Participants to ``remove`` need neither.
    """
    with _writing(corpus):
        record = _draft(corpus, meeting_id)
        if not isinstance(record, Meeting):
            raise ReviewError(f"{meeting_id} is not a meeting")
        add = list(add)
        adds_fact = date is not None or city is not None or country is not None or format or status or add
        spans, basis = _support(corpus, evidence, reason) if adds_fact else ((), None)
        if not adds_fact and (evidence is not None or reason is not None):
            raise ReviewError("evidence or a reason was given for no added fact")
        meeting: Meeting = record
        for participant, role in add:
            if _unknown_participants(corpus, [participant]):
                raise ReviewError(f"no participant with id {participant!r} in the corpus")
            kept: list[Attendance] = [a for a in meeting.participants if a.participant != participant]
            attendance = Attendance(participant=participant, role=role, evidence=spans, basis=basis)
            meeting = attrs.evolve(meeting, participants=[*kept, attendance])
        gone = set(remove)
        unknown = gone - set(meeting.participant_ids)
        if unknown:
            raise ReviewError(f"{meeting_id} has no participant {', '.join(sorted(unknown))}")
        meeting = attrs.evolve(meeting, participants=[a for a in meeting.participants if a.participant not in gone])
        if date is not None:
            meeting = attrs.evolve(meeting, date=_new_date(date, basis))
        if city is not None or country is not None:
            meeting = attrs.evolve(meeting, location=Location(city=city, country=country, evidence=spans, basis=basis))
        readings = list(meeting.readings)
        for field, value, old in (("format", format, meeting.format), ("status", status, meeting.status)):
            if value is not None and value is not old:  # the drafted value stays visible beside the correction
                readings.append(Reading(field=field, value=old.value, reason="as drafted"))
                readings.append(Reading(field=field, value=value.value, preferred=True, reason=reason, evidence=spans))
        meeting = attrs.evolve(meeting, format=format or meeting.format, status=status or meeting.status)
        extra: tuple[Evidence, ...] = tuple(e for e in spans if e not in meeting.evidence)
        meeting = attrs.evolve(meeting, readings=readings, evidence=(*meeting.evidence, *extra))
        missing = unsupported(meeting)
        if missing:
            raise ReviewError(f"{meeting_id}: no evidence and no basis for {', '.join(missing)}: support or remove it")
        return _put_back(corpus, [_stamp(meeting, Review.CONFIRMED, by, on, note)])


def edit_statement(
    corpus: Reviewable,
    statement_id: str,
    *,
    by: str,
    on: _dt.date | None = None,
    note: str | None = None,
    speakers: Sequence[str] | None = None,
    meeting: str | None = None,
    date: str | None = None,
    channel: Channel | None = None,
    evidence: Evidence | None = None,
    reason: str | None = None,
) -> Reviewable:
    """The corpus (or store) with a drafted statement corrected and confirmed by ``by``.

    Who said it (``speakers``, participant ids), where (``meeting``, a meeting
    id), when (``date``) and how (``channel``) are facts resting on
    ``evidence`` (for the speakers, the span that names them) or ``reason``
    (the statement's basis; a date becomes ``inferred``).
    """
    with _writing(corpus):
        record = _draft(corpus, statement_id)
        if not isinstance(record, Statement):
            raise ReviewError(f"{statement_id} is not a statement")
        if speakers is None and meeting is None and date is None and channel is None:
            raise ReviewError("an edit needs something to change")
        spans, basis = _support(corpus, evidence, reason)
        statement = record
        if speakers is not None:
            unknown = _unknown_participants(corpus, speakers)
            if unknown or not speakers:
                raise ReviewError(f"no participant with id {', '.join(map(repr, unknown)) or 'given'} in the corpus")
            statement = attrs.evolve(statement, speakers=speakers, speaker_evidence=spans)
        if meeting is not None:
            if not isinstance(corpus.get(meeting), Meeting):
                raise ReviewError(f"no meeting with id {meeting!r} in the corpus")
            statement = attrs.evolve(statement, meeting=meeting)
        if date is not None:
            statement = attrs.evolve(statement, date=_new_date(date, basis))
        if channel is not None:
            statement = attrs.evolve(statement, channel=channel)
        if basis is not None:
            statement = attrs.evolve(statement, basis=basis)
        return _put_back(corpus, [_stamp(statement, Review.CONFIRMED, by, on, note)])
