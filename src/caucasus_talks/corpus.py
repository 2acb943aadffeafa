"""Corpus: documents and the records drawn from them, loaded, validated and saved as one.

A corpus on disk is a folder: each document as ``<id>.txt`` (its exact text)
beside four table files, ``documents.json`` (metadata and checksums),
``participants.json``, ``meetings.json`` and ``statements.json``. A corpus is
always whole: loading checks every record against every other and every
evidence span against its document, and reports all problems at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._data import bundled_file, once
from ._files import read_json, read_table, read_text, table_json, write_error
from ._folder import Changes, is_ours, locked, needs_recovery, recover
from .dates import PartialDate, Precision
from .errors import DataError, Problem
from .model import (
    Document,
    Evidence,
    Meeting,
    Participant,
    Reading,
    Review,
    Statement,
    document_id_problem,
)
from .serialize import converter

if TYPE_CHECKING:
    from .extract import Extraction  # named for the type checker only: the corpus never imports the extractor

__all__ = ["TABLES", "UNDATED_REPORTS_DAYS", "Added", "Corpus", "load_corpus", "published_day", "writing"]

#: How many days apart the publications of two reports of one undated meeting may be (see :func:`_same_event`).
UNDATED_REPORTS_DAYS = 7

#: The table files of a corpus folder, with the key of their record list.
TABLES = {
    "documents": "documents.json",
    "participants": "participants.json",
    "meetings": "meetings.json",
    "statements": "statements.json",
}


def _portable_id(_instance: object, _attribute: attrs.Attribute[str], value: str) -> None:
    problem = document_id_problem(value)
    if problem:
        raise ValueError(f"document id {problem}")


@attrs.frozen
class _DocumentMeta:
    """What ``documents.json`` holds of a document: everything but its text."""

    id: str = attrs.field(validator=_portable_id)
    sha256: str
    published: Any = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    language: str = "en"
    drafted: tuple[str, ...] = ()


R = TypeVar("R")


def _typed(index: dict[str, Any], record_id: str, cls: type[R]) -> R:
    record = index.get(record_id)
    if not isinstance(record, cls):
        raise KeyError(f"no {cls.__name__.lower()} with id {record_id!r}")
    return record


def _chronological(records: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(records, key=lambda r: (r.date.sort_key(), r.id)))


def _by_id(records: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(sorted(records, key=lambda r: r.id))


class _Derived:
    """Values derived from one corpus, each built on first use and kept; a copy or a pickle of the corpus starts empty."""

    def __init__(self) -> None:
        self._values: dict[Callable[[Any], Any], Any] = {}

    def get(self, build: Callable[[Corpus], R], corpus: Corpus) -> R:
        try:
            value: R = self._values[build]
        except KeyError:
            # Two threads may both build; both results are equal, and every caller gets the one kept.
            value = self._values.setdefault(build, build(corpus))
        return value

    def __reduce__(self) -> tuple[type[_Derived], tuple[()]]:
        return (_Derived, ())


@attrs.frozen(kw_only=True)
class Added:
    """What :meth:`Corpus.add` changed: the records it added, and the draft meetings it merged into known ones."""

    documents: int = 0
    participants: int = 0
    meetings: int = 0
    merged: int = 0
    statements: int = 0
    #: The id under which the corpus already held the document's text, when it added nothing new because of that.
    known_as: str | None = None


@attrs.frozen(kw_only=True)
class Corpus:
    """Documents, participants, meetings and statements, checked as a whole.

    Meetings and statements are kept in chronological order (undated last),
    documents and participants by id. Constructing a corpus validates it and
    raises :class:`DataError` listing every problem.
    """

    documents: tuple[Document, ...] = attrs.field(default=(), converter=_by_id)
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_by_id)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_chronological)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_chronological)
    _index: dict[str, Any] = attrs.field(init=False, repr=False, eq=False)
    _derived: _Derived = attrs.field(init=False, repr=False, eq=False, factory=_Derived)

    def __attrs_post_init__(self) -> None:
        problems = validate(self.documents, self.participants, self.meetings, self.statements)
        if problems:
            raise DataError(problems)
        index: dict[str, Any] = {}
        for table in (self.documents, self.participants, self.meetings, self.statements):
            index.update((record.id, record) for record in table)
        object.__setattr__(self, "_index", index)

    # -- access ---------------------------------------------------------

    def get(self, record_id: str) -> Document | Participant | Meeting | Statement | None:
        """The record of any kind with this id, or ``None``."""
        found: Document | Participant | Meeting | Statement | None = self._index.get(record_id)
        return found

    def document(self, record_id: str) -> Document:
        """The document with this id; ``KeyError`` if there is none."""
        return _typed(self._index, record_id, Document)

    def participant(self, record_id: str) -> Participant:
        """The participant with this id; ``KeyError`` if there is none."""
        return _typed(self._index, record_id, Participant)

    def meeting(self, record_id: str) -> Meeting:
        """The meeting with this id; ``KeyError`` if there is none."""
        return _typed(self._index, record_id, Meeting)

    def statement(self, record_id: str) -> Statement:
        """The statement with this id; ``KeyError`` if there is none."""
        return _typed(self._index, record_id, Statement)

    def __iter__(self) -> Iterator[Document | Participant | Meeting | Statement]:
        yield from self.documents
        yield from self.participants
        yield from self.meetings
        yield from self.statements

    def __len__(self) -> int:
        return len(self._index)

    def derived(self, build: Callable[[Corpus], R]) -> R:
        """``build(self)``, built on the first call with this ``build`` and kept with the corpus.

        A corpus never changes, so what is computed from it alone (the query
        helpers' name indexes) stays true for as long as it lives. What is kept
        is no part of the corpus's equality or repr, and a changed copy
        (``attrs.evolve``, :meth:`merge`, :meth:`add`) starts without it.
        """
        return self._derived.get(build, self)

    def evidence_text(self, evidence: Evidence) -> str:
        """The text a span covers in its document (it equals ``evidence.quote`` in a valid corpus)."""
        return self.document(evidence.document).text[evidence.start : evidence.end]

    # -- exports (optional extras, imported only when asked for) -------

    def to_pandas(self) -> dict[str, Any]:
        """The meetings, participants, statements and meeting_participants tables as pandas DataFrames.

        Needs the ``pandas`` extra; without it, an ``ImportError`` says what to install.
        """
        from .export.frames import to_pandas

        return to_pandas(self)

    def to_networkx(self) -> Any:
        """The who-met-whom graph of held meetings as a ``networkx.Graph``.

        Needs the ``networkx`` extra; without it, an ``ImportError`` says what to install.
        """
        from .export.graph import to_networkx

        return to_networkx(self)

    # -- combining ------------------------------------------------------

    def merge(self, other: Corpus) -> Corpus:
        """This corpus with ``other``'s records added.

        A record whose id is in both must be equal in both, except participants,
        whose aliases, offices and evidence are combined, and documents with
        the same text, which keep this corpus's description and both lists of
        drafts. Conflicts raise :class:`DataError` naming each id.
        """
        problems: list[Problem] = []

        def combine(mine: tuple[Any, ...], theirs: tuple[Any, ...], table: str) -> list[Any]:
            out = {r.id: r for r in mine}
            for r in theirs:
                known = out.get(r.id)
                if known is None or known == r:
                    out[r.id] = r
                elif isinstance(r, Document) and r.sha256 == known.sha256:
                    out[r.id] = attrs.evolve(known, drafted=(*known.drafted, *r.drafted))
                elif isinstance(r, Participant):
                    out[r.id] = attrs.evolve(
                        known,
                        aliases=(*known.aliases, *r.aliases),
                        offices=(*known.offices, *(o for o in r.offices if o not in known.offices)),
                        evidence=(*known.evidence, *(e for e in r.evidence if e not in known.evidence)),
                    )
                else:
                    problems.append(Problem(TABLES[table], r.id, "the merged corpora hold different records with this id"))
            return list(out.values())

        merged = {
            name: combine(getattr(self, name), getattr(other, name), name)
            for name in ("documents", "participants", "meetings", "statements")
        }
        if problems:
            raise DataError(problems)
        return Corpus(**merged)

    def add(self, extraction: Extraction) -> tuple[Corpus, Added]:
        """This corpus with an extraction's document and draft records added, and what that changed.

        Adding is idempotent: adding the same extraction again returns an equal
        corpus. A draft meeting that a known meeting of another document
        already reports (the same format, compatible dates, no two different
        cities, and the same city or most of the same participants; for an
        undated one, reports published within a week of each other) is merged
        into that meeting, which gains the draft's evidence and participants;
        a statement made at the draft points to the known meeting instead.
        Records a person reviewed (``Review.CURATED`` or ``Review.CONFIRMED``)
        are never changed. A different text under a document id the corpus
        holds raises :class:`DataError`.
        """
        doc = extraction.document
        found = self._index.get(doc.id)
        known_doc = found if isinstance(found, Document) else None
        if known_doc is not None and known_doc.text != doc.text:
            raise DataError([Problem(f"{doc.id}.txt", "", "the corpus holds a different text under this document id")])
        twin = known_doc or next((d for d in self.documents if d.sha256 == doc.sha256), None)
        if twin is not None and (twin.id != doc.id or not twin.drafted):
            return self, Added(known_as=twin.id)  # the same text under another name, or a document curated by hand
        drafted = {*(m.id for m in extraction.meetings), *(s.id for s in extraction.statements)}
        deleted = set(twin.drafted) - set(self._index) if twin is not None else set()
        if deleted:  # drafts a person deleted stay deleted
            extraction = extraction.without(deleted)
        # a known document keeps its description (its publication date, outlet) and gains the ids drafted now
        doc = attrs.evolve(twin or doc, drafted=sorted(drafted | set(twin.drafted if twin else ())))
        documents = [*(d for d in self.documents if d.id != doc.id), doc]
        new_participants = new_meetings = merged = new_statements = 0

        people: dict[str, Participant] = {p.id: p for p in self.participants}
        for p in extraction.participants:
            known = people.get(p.id)
            if known is None:
                people[p.id] = p
                new_participants += 1
            elif known.review is Review.MACHINE:
                extra = tuple(e for e in p.evidence if e not in known.evidence)
                if extra:
                    people[p.id] = attrs.evolve(known, evidence=(*known.evidence, *extra))

        meetings: dict[str, Meeting] = {m.id: m for m in self.meetings}
        merged_into: dict[str, str] = {}  # a draft meeting's id -> the known meeting it reports
        index = self._index

        def day(doc_id: str) -> int | None:
            found = doc if doc_id == doc.id else index.get(doc_id)
            return published_day(found) if isinstance(found, Document) else None

        for m in extraction.meetings:
            if m.id in meetings:
                continue  # this document's draft is already in the corpus
            already = next((k for k in meetings.values() if any(e in k.evidence for e in m.evidence)), None)
            if already is not None:
                merged_into[m.id] = already.id
                continue
            candidates = [k for k in meetings.values() if k.review is not Review.REJECTED and _same_event(k, m, day)]
            target = max(candidates, key=lambda k: _likeness(k, m), default=None)
            if target is None:
                meetings[m.id] = m
                new_meetings += 1
                continue
            merged_into[m.id] = target.id
            merged += 1
            if target.review is Review.MACHINE:  # a reviewed meeting stays as the person made it
                meetings[target.id] = _absorb(target, m)

        statements: dict[str, Statement] = {s.id: s for s in self.statements}
        quoted = {e for k in statements.values() for e in k.evidence}  # the spans the statements already quote
        for s in extraction.statements:
            if s.id in statements or s.evidence[0] in quoted:
                continue
            if s.meeting is not None and s.meeting in merged_into:
                s = attrs.evolve(s, meeting=merged_into[s.meeting])
            statements[s.id] = s
            quoted.update(s.evidence)
            new_statements += 1

        corpus = Corpus(
            documents=documents, participants=people.values(), meetings=meetings.values(), statements=statements.values()
        )
        added = Added(
            documents=0 if twin is not None else 1,
            participants=new_participants,
            meetings=new_meetings,
            merged=merged,
            statements=new_statements,
        )
        return corpus, added

    # -- files ----------------------------------------------------------

    @classmethod
    def from_path(cls, folder: str | Path) -> Corpus:
        """Load a corpus folder written by :meth:`save`.

        Every problem of every file is reported in one :class:`DataError`; no
        partial corpus is ever returned. A folder without ``documents.json``
        is not a corpus; a text the corpus does not list, and a symbolic link
        of any name, are reported, never read. A write that a killed process
        left half done is finished (or undone) first, as :meth:`save`
        describes.
        """
        root = Path(folder)
        if not root.is_dir():
            raise DataError([Problem(str(root), "", "not a folder")])
        if not (root / TABLES["documents"]).exists() and not (root / TABLES["documents"]).is_symlink():
            raise DataError([Problem(str(root), "", f"not a corpus folder: it has no {TABLES['documents']}")])
        if needs_recovery(root):
            with locked(root, exclusive=True):
                recover(root)
        with locked(root, exclusive=False):
            return cls._read(root)

    @classmethod
    def _read(cls, root: Path) -> Corpus:
        problems: list[Problem] = []
        tables: dict[str, list[Any]] = {}
        kinds = {"documents": _DocumentMeta, "participants": Participant, "meetings": Meeting, "statements": Statement}
        for key, name in TABLES.items():
            path = root / name
            if not path.exists() and not path.is_symlink():
                tables[key] = []
                continue
            try:
                tables[key] = read_table(path, key, kinds[key])
            except DataError as exc:
                problems.extend(exc.problems)
                tables[key] = []

        listed = {m.id for m in tables["documents"]}
        texts: dict[str, str] = {}
        for entry in sorted(os.scandir(root), key=lambda e: e.name):
            path = root / entry.name
            if entry.name in TABLES.values() or is_ours(entry.name):
                continue  # a table (read above, links refused there) or a leftover of an unfinished write
            if entry.is_symlink():
                problems.append(Problem(str(path), "", "is a symbolic link; links in a corpus folder are never followed"))
            elif entry.name.endswith(".txt"):
                if entry.name[:-4] not in listed:
                    problems.append(Problem(str(path), "", f"a text the corpus does not list in {TABLES['documents']}"))
                    continue
                try:
                    texts[entry.name[:-4]] = read_text(path)
                except DataError as exc:
                    problems.extend(exc.problems)
        documents: list[Document] = []
        for position, meta in enumerate(tables["documents"]):
            if meta.id not in texts:
                if not (root / f"{meta.id}.txt").exists() and not (root / f"{meta.id}.txt").is_symlink():
                    where = f"$.documents[{position}]"
                    problems.append(Problem(str(root / TABLES["documents"]), where, f"its text file {meta.id}.txt is missing"))
                continue
            try:
                documents.append(_document_from(meta, texts[meta.id]))
            except (ValueError, TypeError) as exc:
                problems.append(Problem(str(root / f"{meta.id}.txt"), "", str(exc)))
        if problems:
            raise DataError(problems)
        found = validate(documents, tables["participants"], tables["meetings"], tables["statements"])
        if found:
            raise DataError([attrs.evolve(p, file=str(root / p.file)) for p in found])
        return cls(
            documents=documents,
            participants=tables["participants"],
            meetings=tables["meetings"],
            statements=tables["statements"],
        )

    def save(self, folder: str | Path) -> None:
        """Write the corpus to ``folder``, all at once or not at all.

        ``folder`` is new, empty, or a corpus folder; one holding other texts
        or links is refused. A document text already in the folder is never
        overwritten: if it differs from this corpus's text, nothing at all is
        written and :class:`DataError` says which file differs. The texts of
        documents the folder's corpus held and this one does not are removed.
        Every file is staged beside the old ones and the switch is journaled,
        so a process killed at any moment leaves the old corpus or the new
        one (the next load or save finishes or undoes the write); two writers
        take turns, holding the folder's lock.
        """
        root = Path(folder)
        if root.exists() and not root.is_dir():
            raise DataError([Problem(str(root), "", "exists and is not a folder")])
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(root, exc) from None
        with locked(root, exclusive=True):
            if needs_recovery(root):
                recover(root)
            self._write(root)

    def _write(self, root: Path) -> None:
        problems: list[Problem] = []
        listed = _listed_ids(root)
        present = {e.name: e.is_symlink() for e in os.scandir(root)}
        mine = {f"{d.id}.txt" for d in self.documents}
        for name, link in sorted(present.items()):
            if link:
                problems.append(Problem(str(root / name), "", "is a symbolic link; a corpus folder holds none"))
            elif name.endswith(".txt") and name not in mine and name[:-4] not in listed:
                problems.append(Problem(str(root / name), "", "a text that is not this corpus's: save into an empty folder"))
        changes = Changes(root)
        for doc in self.documents:
            path = root / f"{doc.id}.txt"
            if path.name not in present:
                changes.write(path.name, doc.text)
                continue
            try:
                existing = read_text(path)
            except DataError as exc:
                problems.extend(exc.problems)
                continue
            if existing != doc.text:
                problems.append(
                    Problem(str(path), "", "a different text is already saved under this document id; it is never overwritten")
                )
        if problems:
            raise DataError(problems)
        for doc_id in sorted(listed - {d.id for d in self.documents}):
            changes.remove(f"{doc_id}.txt")
        changes.write(TABLES["documents"], table_json("documents", [_meta_of(d) for d in self.documents]))
        for key in ("participants", "meetings", "statements"):
            changes.write(TABLES[key], table_json(key, list(getattr(self, key))))
        changes.commit()


def _listed_ids(root: Path) -> set[str]:
    """The document ids a corpus folder's ``documents.json`` lists (none if it has none, or cannot be read)."""
    path = root / TABLES["documents"]
    if not path.exists():
        return set()
    try:
        data = read_json(path)
    except DataError:
        return set()
    items = data.get("documents") if isinstance(data, dict) else None
    ids = (item.get("id") for item in items if isinstance(item, dict)) if isinstance(items, list) else ()
    return {i for i in ids if isinstance(i, str) and document_id_problem(i) is None}


def published_day(doc: Document) -> int | None:
    """The day a document was published, as a day number (``date.toordinal()``), when it is known to the day."""
    published = doc.published
    return published.earliest.toordinal() if published.precision is Precision.DAY and published.earliest else None


def _same_event(known: Meeting, new: Meeting, day: Callable[[str], int | None]) -> bool:
    """Whether the draft meeting ``new`` (from another document) reports the meeting ``known``.

    Both must have the same format and compatible dates (both dated and
    overlapping, or both undated), no two different cities, and no two
    different mediators (talks Michel hosted are not talks another leader
    hosted). Then either the same city with most of the same participants,
    or at least two participants in common who make up half of everyone
    named; a draft that names no one, the same city. Meetings of one document are
    never the same event: the extractor already merged its own repeats, so a
    bilateral beside a trilateral on the same day stays apart.

    Two undated reports are of one meeting only when they were published
    near each other (``day`` gives a document's publication day, see
    :func:`_published_near`): the same two people meet many times over the
    years, and an undated report is most likely of a meeting shortly before it
    was published.
    """
    if set(known.documents) & set(new.documents):
        return False
    if known.format is not new.format:
        return False
    dated = known.date.known and new.date.known
    if dated:
        if not known.date.overlaps(new.date.earliest, new.date.latest):
            return False
    elif known.date.known != new.date.known or not _published_near(known, new, day):
        return False  # one dated and one not, or two undated reports published apart
    kc = known.location.city if known.location else None
    nc = new.location.city if new.location else None
    if kc and nc and kc != nc:
        return False
    ours, theirs = set(known.participant_ids), set(new.participant_ids)
    mediators, others = set(known.mediator_ids), set(new.mediator_ids)
    if mediators and others and not mediators & others and not (mediators & theirs or others & ours):
        return False
    shared = ours & theirs
    alike = bool(shared) and len(shared) / len(ours | theirs) >= 0.5
    same_city = bool(kc) and kc == nc
    if not theirs:
        return same_city
    return (same_city and alike) or (len(shared) >= 2 and alike)


def _published_near(known: Meeting, new: Meeting, day: Callable[[str], int | None]) -> bool:
    """Whether every document that reports ``known`` was published within :data:`UNDATED_REPORTS_DAYS` of ``new``'s.

    Each publication day must be known: a document published on an unknown
    day (no date, or only a month or a year) gives an undated report nothing
    to place it in time by, so its undated drafts join no other document's
    and none joins them. Every report of an undated meeting is within the
    window of every other, so such a meeting spans a week of publications at
    most, however many documents the corpus holds.
    """
    ours = [day(d) for d in known.documents]
    theirs = [day(d) for d in new.documents]
    days = [d for d in (*ours, *theirs) if d is not None]
    if not ours or not theirs or len(days) < len(ours) + len(theirs):
        return False
    return max(days) - min(days) <= UNDATED_REPORTS_DAYS


def _absorb(known: Meeting, new: Meeting) -> Meeting:
    """``known`` with what another document's report of it adds: its evidence, people, place and a more precise date.

    Where the two reports differ (a date to the month and one to the day, a
    meeting planned and one held), the value kept is marked preferred and
    the other stays beside it as a reading with the report's evidence: no
    report's account is silently dropped.
    """
    have = set(known.participant_ids)
    readings = known.readings
    date = known.date
    if new.date.known and new.date != known.date:
        if _parts(new.date) > _parts(known.date):
            date = new.date  # the more precise date, with the evidence that states it (merged below)
        readings = _differ(readings, known, new, "date", (known.date.iso or "", new.date.iso or ""), keep=date.iso or "")
    if new.status is not known.status:
        statuses = (known.status.value, new.status.value)
        readings = _differ(readings, known, new, "status", statuses, keep=known.status.value)
    return attrs.evolve(
        known,
        evidence=(*known.evidence, *(e for e in new.evidence if e not in known.evidence)),
        participants=(*known.participants, *(a for a in new.participants if a.participant not in have)),
        date=date,
        end_date=known.end_date or (new.end_date if date == new.date else None),
        location=known.location or new.location,
        readings=readings,
    )


def _parts(date: PartialDate) -> int:
    """How many of year, month and day a date knows: the more, the more precise."""
    return sum(part is not None for part in (date.year, date.month, date.day))


def _differ(
    readings: tuple[Reading, ...], known: Meeting, new: Meeting, field: str, values: tuple[str, str], *, keep: str
) -> tuple[Reading, ...]:
    """The readings with both reports' values of ``field`` (each once), the one kept marked preferred."""
    mine, theirs = values
    if not mine:  # the known meeting had no value: nothing to weigh
        return readings
    found = {r.value for r in readings if r.field == field}
    added = [
        Reading(field=field, value=value, evidence=source.evidence[:1])
        for value, source in ((mine, known), (theirs, new))
        if value not in found
    ]
    return tuple(
        attrs.evolve(r, preferred=r.value == keep) if r.field == field else r for r in (*readings, *added)
    )


def _likeness(known: Meeting, new: Meeting) -> tuple[bool, float, bool]:
    """How closely a known meeting fits a draft that may report it: same city, shared participants, same date.

    Of several known meetings a draft could report, it joins the closest, not
    the first in the corpus's order.
    """
    ours, theirs = set(known.participant_ids), set(new.participant_ids)
    city = bool(known.location and new.location and known.location.city and known.location.city == new.location.city)
    return city, len(ours & theirs) / max(len(ours | theirs), 1), known.date == new.date


def _meta_of(doc: Document) -> _DocumentMeta:
    # An unknown date may still carry a reason or reference: only the bare default is left out.
    published = None if doc.published == PartialDate() else converter.unstructure(doc.published)
    return _DocumentMeta(
        id=doc.id,
        sha256=doc.sha256,
        published=published,
        outlet=doc.outlet,
        url=doc.url,
        title=doc.title,
        author=doc.author,
        language=doc.language,
        drafted=doc.drafted,
    )


def _document_from(meta: _DocumentMeta, text: str) -> Document:
    published = converter.structure(meta.published, PartialDate)
    return Document(
        id=meta.id,
        text=text,
        published=published,
        outlet=meta.outlet,
        url=meta.url,
        title=meta.title,
        author=meta.author,
        language=meta.language,
        drafted=meta.drafted,
        sha256=meta.sha256,
    )


def validate(
    documents: Iterable[Document],
    participants: Iterable[Participant],
    meetings: Iterable[Meeting],
    statements: Iterable[Statement],
) -> list[Problem]:
    """Every problem that needs the whole corpus to see: ids, references, spans."""
    problems: list[Problem] = []
    tables: dict[str, list[Any]] = {
        "documents": list(documents),
        "participants": list(participants),
        "meetings": list(meetings),
        "statements": list(statements),
    }
    texts = {d.id: d.text for d in tables["documents"]}
    seen: dict[str, str] = {}
    for key, records in tables.items():
        for i, record in enumerate(records):
            if record.id in seen:
                problems.append(
                    Problem(TABLES[key], f"$.{key}[{i}].id", f"duplicate id {record.id!r} (also in {seen[record.id]})")
                )
            else:
                seen[record.id] = TABLES[key]
    people = {p.id for p in tables["participants"]}
    meeting_ids = {m.id for m in tables["meetings"]}

    def check_spans(spans: tuple[Evidence, ...], key: str, where: str, record_id: str) -> None:
        for j, ev in enumerate(spans):
            text = texts.get(ev.document)
            path = f"{where}[{j}]"
            if text is None:
                problems.append(Problem(TABLES[key], path, f"{record_id}: unknown document {ev.document!r}"))
                continue
            why = ev.check(text)
            if why:
                problems.append(Problem(TABLES[key], path, f"{record_id}: in document {ev.document}, {why}"))

    for i, p in enumerate(tables["participants"]):
        check_spans(p.evidence, "participants", f"$.participants[{i}].evidence", p.id)
    for i, m in enumerate(tables["meetings"]):
        base = f"$.meetings[{i}]"
        check_spans(m.evidence, "meetings", f"{base}.evidence", m.id)
        if m.location is not None:
            check_spans(m.location.evidence, "meetings", f"{base}.location.evidence", m.id)
        for j, a in enumerate(m.participants):
            if a.participant not in people:
                problems.append(
                    Problem(
                        TABLES["meetings"],
                        f"{base}.participants[{j}].participant",
                        f"{m.id}: unknown participant id {a.participant!r}",
                    )
                )
            check_spans(a.evidence, "meetings", f"{base}.participants[{j}].evidence", m.id)
        for j, r in enumerate(m.readings):
            check_spans(r.evidence, "meetings", f"{base}.readings[{j}].evidence", m.id)
        if not m.evidence and m.basis is None:
            problems.append(Problem(TABLES["meetings"], f"{base}.evidence", f"{m.id}: a meeting needs evidence or a basis"))
        if m.review is Review.CONFIRMED:  # a reviewed draft rests on a span or a reason, every part of it
            for j, a in enumerate(m.participants):
                if not a.evidence and a.basis is None:
                    where = f"{base}.participants[{j}]"
                    problems.append(Problem(TABLES["meetings"], where, f"{m.id}: {a.participant} has no evidence and no basis"))
            if m.location is not None and not m.location.evidence and m.location.basis is None:
                where = f"{base}.location"
                problems.append(Problem(TABLES["meetings"], where, f"{m.id}: the location has no evidence and no basis"))
    for i, s in enumerate(tables["statements"]):
        base = f"$.statements[{i}]"
        for j, speaker in enumerate(s.speakers):
            if speaker not in people:
                problems.append(
                    Problem(TABLES["statements"], f"{base}.speakers[{j}]", f"{s.id}: unknown participant id {speaker!r}")
                )
        if s.meeting is not None and s.meeting not in meeting_ids:
            problems.append(Problem(TABLES["statements"], f"{base}.meeting", f"{s.id}: unknown meeting id {s.meeting!r}"))
        check_spans(s.evidence, "statements", f"{base}.evidence", s.id)
        check_spans(s.speaker_evidence, "statements", f"{base}.speaker_evidence", s.id)
        if not s.evidence:
            problems.append(Problem(TABLES["statements"], f"{base}.evidence", f"{s.id}: a statement needs evidence"))
        elif all(e.quote != s.text for e in s.evidence):
            problems.append(
                Problem(TABLES["statements"], f"{base}.text", f"{s.id}: the text is not the quote of any of its evidence spans")
            )
    return problems


@contextmanager
def writing(folder: str | Path) -> Iterator[None]:
    """Hold a corpus folder's write lock for a read, change and save (created if new).

    :meth:`Corpus.save` takes the lock itself; hold it around the whole
    ``from_path`` … ``add`` … ``save`` so that another writer's records,
    saved in between, are not lost::

        with writing(folder):
            corpus, _ = Corpus.from_path(folder).add(extract(text))
            corpus.save(folder)
    """
    root = Path(folder)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(root, exc) from None
    with locked(root, exclusive=True):
        yield


@once
def load_corpus() -> Corpus:
    """The bundled, curated seed corpus (read from the package on first call, then cached)."""
    with bundled_file("seed") as path:
        return Corpus.from_path(path)
