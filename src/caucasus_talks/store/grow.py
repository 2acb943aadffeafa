"""Adding an extraction to a store: :meth:`Corpus.add` itself, run on the few records the extraction can touch.

There is one rule for adding a document, and :meth:`Corpus.add
<caucasus_talks.Corpus.add>` holds it: known texts and ids, drafts a person
deleted, the meeting a draft reports, what a person reviewed. A store does not
restate it. It gathers, through its indexes, every stored record the rule can
read for this extraction (its *neighbourhood*), makes a small corpus of them,
lets ``Corpus.add`` add the extraction to that, and writes back only the
records that changed. The neighbourhood is:

- the records with an id the extraction uses, and the stored document with the
  same text (the first by id), with the records it drafted;
- the meetings that quote a span a draft meeting quotes, and those a draft may
  report: the same format, dates that overlap, no other city, and most of the
  same participants, at least two or in the same city (or, for a draft that
  names no one, the same city), kept when
  :func:`~caucasus_talks.corpus._same_event` says they are (the index rows
  decide all it asks but the mediators and the documents that report a
  meeting, so that a meeting read is one the draft may join); of an undated
  draft, the undated meetings whose reports were all published within a week
  of its document, found by the days the meetings' rows hold (``reported_first``,
  ``reported_last``), never by reading every undated meeting of its people;
- the statements that quote a span a draft statement quotes;
- what those records refer to (their participants, meetings and documents), so
  that the small corpus is whole and checked as every corpus is.

What the store holds was checked when it was written, and the small corpus
does not read it all again. Stored participants join it without the spans that
name them (a drafted participant gains one from every document that names it):
the spans the extraction brings that the store does not hold are appended as
rows. A stored document that only stored records quote joins it as a
*stand-in*: a text as long as it needs, holding those quotes at their offsets
and spaces elsewhere, and the document's own publication date (the rule for
undated meetings reads it), so that a meeting many documents report costs its
own spans, not all their texts. Documents the extraction's records quote, and the
stored document with its text or id, join it whole. Stand-ins are never
written back: ``Corpus.add`` leaves every document but the extraction's as it
found it.

A meeting that gains a report is written again whole (its JSON), but of its
index rows only those that change: the rows of the spans it already had stay
as they are, and the report's own are added (:func:`.write.put_meeting`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from ..corpus import UNDATED_REPORTS_DAYS, Added, Corpus, _same_event, published_day
from ..dates import PartialDate
from ..model import Document, Evidence, Meeting, Participant, Statement
from ..serialize import converter
from . import read
from .rows import REACH, date_columns, participant_json, span_row
from .search import attending
from .write import add_participant_spans, put_document, put_meeting, put_participant, put_statement

if TYPE_CHECKING:
    from ..extract import Extraction  # named for the type checker only: a store never imports the extractor

__all__ = ["add", "neighbourhood"]


class _Gathered:
    """The stored records gathered so far, by table and id (participants without their spans)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.documents: dict[str, Document] = {}
        self.participants: dict[str, Participant] = {}
        self.meetings: dict[str, Meeting] = {}
        self.statements: dict[str, Statement] = {}

    def take(self, ids: Iterable[str]) -> None:
        """Gather the stored records with these ids, of whatever table holds them."""
        held = {i: t for i, t in read.record_ids(self.db, set(ids)).items() if i not in getattr(self, t)}
        wanted = {table: [i for i, t in held.items() if t == table] for table in set(held.values())}
        if wanted.get("documents"):
            self.documents.update(read.documents(self.db, wanted["documents"]))
        if wanted.get("participants"):
            self.participants.update(read.participants(self.db, wanted["participants"], spans=False))
        if wanted.get("meetings"):
            self.meetings.update(read.meetings(self.db, wanted["meetings"]))
        if wanted.get("statements"):
            self.statements.update(read.statements(self.db, wanted["statements"]))

    def corpus(self) -> Corpus:
        return Corpus(
            documents=self.documents.values(),
            participants=self.participants.values(),
            meetings=self.meetings.values(),
            statements=self.statements.values(),
        )


def _spans_of(records: Iterable[Meeting | Statement]) -> list[Evidence]:
    spans: list[Evidence] = []
    for r in records:
        spans.extend(r.evidence)
        if isinstance(r, Meeting):
            if r.location is not None:
                spans.extend(r.location.evidence)
            for a in r.participants:
                spans.extend(a.evidence)
            for reading in r.readings:
                spans.extend(reading.evidence)
        else:
            spans.extend(r.speaker_evidence)
    return spans


def _stand_in(doc_id: str, spans: Iterable[Evidence], published: PartialDate) -> Document:
    """A document as long as the spans need, holding their quotes at their offsets and spaces elsewhere."""
    parts: list[str] = []
    at = 0  # how far the text is made
    for e in sorted(spans, key=lambda e: (e.start, e.end)):
        if e.end > at:  # spans of one text that overlap agree where they do: each adds what lies beyond the last
            parts += [" " * (e.start - at), e.quote] if e.start >= at else [e.quote[at - e.start :]]
            at = e.end
    return Document(id=doc_id, text="".join(parts), published=published)


def _published(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, PartialDate]:
    """The publication dates of the stored documents with these ids, read from their records alone."""
    sql = "SELECT id, json_extract(record, '$.published') FROM documents WHERE id IN (SELECT value FROM json_each(?))"
    made: dict[str | None, PartialDate] = {None: PartialDate()}  # most documents share a few dates' JSON
    found: dict[str, PartialDate] = {}
    for doc_id, data in db.execute(sql, (read.ids_in(list(ids)),)):
        if data not in made:
            made[data] = converter.structure(json.loads(data), PartialDate)
        found[doc_id] = made[data]
    return found


def _days(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, int | None]:
    """The publication days (see :func:`~caucasus_talks.corpus.published_day`) of the stored documents with these ids."""
    sql = "SELECT id, published FROM documents WHERE id IN (SELECT value FROM json_each(?))"
    return dict(db.execute(sql, (read.ids_in(list(ids)),)).fetchall())


def _quoting(db: sqlite3.Connection, table: str, column: str, spans: Iterable[Evidence]) -> set[int]:
    """The row numbers of the records of ``table`` whose evidence has one of these spans."""
    sql = f'SELECT {column} FROM {table} WHERE document = ? AND start = ? AND "end" = ?'
    return {n for e in dict.fromkeys(spans) for (n,) in db.execute(sql, span_row(e))}


def _dated(alias: str, earliest: int, latest: int) -> tuple[str, list[object]]:
    """SQL that a row's date overlaps ``earliest..latest`` (day numbers), one index range per precision."""
    parts: list[str] = []
    params: list[object] = []
    for precision, reach in REACH.items():
        parts.append(f"({alias}.precision = ? AND {alias}.earliest BETWEEN ? AND ?)")
        params.extend([precision, earliest - reach, latest])
    return "(" + " OR ".join(parts) + ") AND " + f"{alias}.latest >= ?", [*params, earliest]


def _may_report(db: sqlite3.Connection, draft: Meeting, days: dict[str, int | None]) -> set[int]:
    """The row numbers of the stored meetings the draft may report (a superset of what ``_same_event`` accepts).

    The same format; dates that overlap, or, of an undated draft, undated
    meetings whose reports and the draft's own were all published within a
    week (``days``: the publication days of the draft's documents); for a
    draft without participants, the same city; for one with, what
    ``_same_event`` asks of cities and participants (:func:`_alike`). Only
    the mediators and the documents that report a meeting are left to
    ``_same_event``, which reads the meetings found.
    """
    _key, _precision, earliest, latest = date_columns(draft.date)
    if earliest is None or latest is None:
        return _may_report_undated(db, draft, [days.get(d) for d in draft.documents])
    city = draft.location.city if draft.location is not None else None
    if draft.participants:
        hits, params = attending(draft.participant_ids, earliest, latest)
        theirs = len(draft.participants)
        alike, alike_params = _alike("m", "hit.shared", theirs, city)
        # at least half of everyone named shared: 3 * shared >= ours + theirs >= shared + theirs, so 2 * shared >= theirs
        enough = "2 * count(*) >= ?" + ("" if city else " AND count(*) >= 2")
        sql = (
            f"SELECT m.n FROM (SELECT meeting, count(*) AS shared FROM ({hits}) GROUP BY meeting HAVING {enough}) AS hit "
            "JOIN meetings m ON m.n = hit.meeting "
            f"WHERE m.format = ? AND m.review != 'rejected' AND (m.latest >= ? OR ? IS NULL) AND {alike}"
        )
        params += [theirs, draft.format.value, earliest, earliest, *alike_params]
        return {n for (n,) in db.execute(sql, params)}
    if not city:
        return set()  # ``_same_event`` wants the same city of a draft that names no one
    when, params = _dated("meetings", earliest, latest)
    sql = f"SELECT n FROM meetings WHERE city = ? AND format = ? AND {when}"
    return {n for (n,) in db.execute(sql, [city, draft.format.value, *params])}


def _alike(alias: str, shared: str, theirs: int, city: str | None) -> tuple[str, list[object]]:
    """SQL that a stored meeting passes what ``_same_event`` asks of a draft with ``theirs`` participants, in ``city``.

    ``shared``: the SQL of how many participants the two have in common. No
    two different cities; shared participants at least half of everyone
    named (``3 * shared >= ours + theirs``); and at least two of them, or the
    same city.
    """
    half = f"3 * {shared} >= {alias}.people + ?"
    if not city:
        return f"{half} AND {shared} >= 2", [theirs]
    return (
        f"{half} AND coalesce({alias}.city, '') IN ('', ?) AND ({shared} >= 2 OR {alias}.city = ?)",
        [theirs, city, city],
    )


def _may_report_undated(db: sqlite3.Connection, draft: Meeting, days: list[int | None]) -> set[int]:
    """``_may_report`` of an undated draft: one range of the index of undated meetings by their first report's day."""
    city = draft.location.city if draft.location is not None else None
    known = [d for d in days if d is not None]
    if not known or len(known) < len(days) or not (draft.participants or city):
        return set()  # a report published on no known day: nothing to place it in time by
    first, last, window = min(known), max(known), UNDATED_REPORTS_DAYS
    found = (
        "SELECT m.n, m.people, m.city{shared} FROM meetings m INDEXED BY meetings_by_reports "
        "WHERE m.reported_first BETWEEN ? AND ? AND max(m.reported_last, ?) - min(m.reported_first, ?) <= ? "
        "AND m.format = ? AND m.review != 'rejected' AND m.earliest IS NULL"
    )
    params: list[object] = [last - window, first + window, last, first, window, draft.format.value]
    if not draft.participants:
        sql = found.format(shared="") + " AND m.city = ?"
        return {n for (n, _people, _city) in db.execute(sql, [*params, city])}
    shared = (
        ", (SELECT count(*) FROM meeting_participants p WHERE p.meeting = m.n "
        "AND p.participant IN (SELECT value FROM json_each(?))) AS shared"
    )
    alike, alike_params = _alike("m", "m.shared", len(draft.participants), city)
    sql = f"SELECT m.n FROM ({found.format(shared=shared)}) AS m WHERE {alike}"
    params = [read.ids_in(list(dict.fromkeys(draft.participant_ids))), *params, *alike_params]
    return {n for (n,) in db.execute(sql, params)}


def neighbourhood(db: sqlite3.Connection, extraction: Extraction) -> Corpus:
    """The stored records ``Corpus.add`` can read when it adds ``extraction``, as a corpus (see the module's text)."""
    doc = extraction.document
    drafts = extraction.meetings
    said = extraction.statements
    gathered = _Gathered(db)
    gathered.take({doc.id, *(p.id for p in extraction.participants), *(m.id for m in drafts), *(s.id for s in said)})
    twin = db.execute("SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1", (doc.sha256,)).fetchone()
    if twin is not None:
        gathered.take({twin[0]})
    for text in [gathered.documents.get(doc.id), gathered.documents.get(twin[0]) if twin else None]:
        if text is not None:
            gathered.take(text.drafted)

    quoted = _quoting(db, "meeting_spans", "meeting", (e for m in drafts for e in m.evidence))
    for known in read.meetings_in_order(db, quoted):
        gathered.meetings.setdefault(known.id, known)
    # publication days as ``Corpus.add`` reads them: a stored document of the extraction's id keeps its own
    days = _days(db, {d for draft in drafts for d in draft.documents} - {doc.id})
    days[doc.id] = published_day(gathered.documents.get(doc.id, doc))
    maybe = set().union(*(_may_report(db, draft, days) for draft in drafts)) - quoted
    candidates = list(read.meetings_in_order(db, maybe))
    days |= _days(db, {d for known in candidates if not known.date.known for d in known.documents} - set(days))
    for known in candidates:
        if any(_same_event(known, draft, days.get) for draft in drafts):  # else read only to be ruled out
            gathered.meetings.setdefault(known.id, known)
    if said:
        told = _quoting(db, "statement_spans", "statement", (s.evidence[0] for s in said if s.evidence))
        for s in read.statements_in_order(db, told):
            gathered.statements.setdefault(s.id, s)

    # what the gathered records and the drafts refer to, so that the small corpus is whole
    gathered.take({s.meeting for s in (*gathered.statements.values(), *said) if s.meeting is not None})
    gathered.take({p for m in (*gathered.meetings.values(), *drafts) for p in m.participant_ids})
    gathered.take({p for s in (*gathered.statements.values(), *said) for p in s.speakers})
    brought = _spans_of([*drafts, *said]) + [e for p in extraction.participants for e in p.evidence]
    gathered.take({e.document for e in brought} - {doc.id} - set(gathered.documents))  # checked against their texts
    held: dict[str, list[Evidence]] = {}
    for e in _spans_of([*gathered.meetings.values(), *gathered.statements.values()]):
        if e.document not in gathered.documents:
            held.setdefault(e.document, []).append(e)
    stored = _published(db, held)  # a span of no document stays one
    for doc_id in sorted(stored):
        stand_in = _stand_in(doc_id, held[doc_id], stored[doc_id])
        if stand_in.sha256 == doc.sha256:  # it would pass for the extraction's text: the real one instead
            gathered.take({doc_id})
        else:
            gathered.documents[doc_id] = stand_in
    return gathered.corpus()


def add(db: sqlite3.Connection, extraction: Extraction) -> Added:
    """Add ``extraction`` as :meth:`Corpus.add` adds it, writing only the records that change (in the caller's transaction)."""
    before = neighbourhood(db, extraction)
    after, added = before.add(extraction)
    if after is before:
        return added
    for doc in after.documents:
        if before.get(doc.id) is not doc:
            put_document(db, doc)
    for participant in after.participants:
        _write_participant(db, before.get(participant.id), participant)
    for meeting in after.meetings:
        if before.get(meeting.id) is not meeting:
            put_meeting(db, meeting)
    for statement in after.statements:
        if before.get(statement.id) is not statement:
            put_statement(db, statement)
    return added


def _write_participant(db: sqlite3.Connection, known: object, participant: Participant) -> None:
    """Write a participant: all of it when new, else what changed and the spans the store does not hold yet."""
    if known is participant:
        return
    if not isinstance(known, Participant):
        put_participant(db, participant)
        return
    if attrs.evolve(participant, evidence=()) != known:  # ``known`` came without its spans: any other difference is a change
        db.execute("UPDATE participants SET record = ? WHERE id = ?", (participant_json(participant), participant.id))
    sql = 'SELECT document, start, "end", quote FROM participant_spans WHERE participant = ? AND document = ?'
    held = {Evidence(*row) for d in {e.document for e in participant.evidence} for row in db.execute(sql, (participant.id, d))}
    add_participant_spans(db, participant.id, [e for e in participant.evidence if e not in held])
