"""The :class:`Store`: a corpus in one SQLite file that grows a document at a time and answers through indexes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from .._wanted import MeetingsWanted, StatementsWanted
from ..corpus import Added, Corpus
from ..dates import PartialDate
from ..errors import DataError, Problem
from ..model import Document, Meeting, Participant, Review, Statement
from . import grow, read, schema, search
from .rewrite import rewrite
from .verify import checked, verify
from .write import put_document, put_meeting, put_participant, put_statement

if TYPE_CHECKING:
    from ..extract import Extraction  # named for the type checker only: a store never imports the extractor

__all__ = ["Store"]

R = TypeVar("R")
Record = Document | Participant | Meeting | Statement


class Store:
    """A corpus kept in one SQLite file: records added one document at a time, and found through indexes.

    ``Store(path)`` opens a store made by :meth:`create` or
    :meth:`from_corpus`; it reads nothing but the file's version, whatever
    the store's size. Records are read when asked for, one query's worth at a
    time, and :func:`caucasus_talks.query.meetings`,
    :func:`~caucasus_talks.query.statements`,
    :func:`~caucasus_talks.query.timeline`,
    :func:`~caucasus_talks.query.who_met`,
    :func:`~caucasus_talks.query.record` and the other helpers take a store
    wherever they take a corpus, with the same answers. :meth:`add` adds an extraction as
    :meth:`Corpus.add` does, in one transaction that writes only the records
    it changes; :meth:`to_corpus` and :meth:`from_corpus` convert to and
    from a corpus without loss. :mod:`caucasus_talks.review` confirms,
    rejects and corrects drafts in a store as in a corpus, rewriting the
    records it changes in one transaction (:meth:`replace`).

    A store is used from the thread that opened it; close it (or use it as a
    context manager) when done. Several processes may read and add to one
    store: SQLite runs one writer at a time, and each add waits for the
    one before it.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._db = schema.connect(self.path)
        self._derived: dict[Callable[[Any], Any], Any] = {}
        self._seen_version: int | None = None
        self._writer = False  # inside writing(): its transaction is the one every change joins

    # -- making one ------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Store:
        """A new, empty store at ``path`` (which must not exist)."""
        return cls.from_corpus(Corpus(), path)

    @classmethod
    def from_corpus(cls, corpus: Corpus, path: str | os.PathLike[str]) -> Store:
        """A new store at ``path`` (which must not exist) holding every record of ``corpus``.

        The store is built in a staging file beside ``path`` and renamed into
        place when whole, so ``path`` never holds half a store.
        """
        target = Path(path)
        if target.exists() or target.is_symlink():
            raise DataError([Problem(str(target), "", "already exists; a store is made in a new file")])
        staging = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        for leftover in _companions(staging):
            leftover.unlink(missing_ok=True)
        try:
            db = schema.create(staging)
            try:
                db.execute("BEGIN")
                for doc in corpus.documents:
                    put_document(db, doc)
                for participant in corpus.participants:
                    put_participant(db, participant)
                for meeting in corpus.meetings:
                    put_meeting(db, meeting)
                for statement in corpus.statements:
                    put_statement(db, statement)
                db.execute("COMMIT")
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()
            os.replace(staging, target)
        except OSError as exc:
            raise DataError([Problem(str(target), "", f"cannot write: {exc.strerror or exc}")]) from None
        finally:
            for leftover in _companions(staging):
                leftover.unlink(missing_ok=True)
        return cls(target)

    @staticmethod
    def upgrade(path: str | os.PathLike[str]) -> int:
        """Bring the store file at ``path``, written by an earlier release, to this library's version; the version it had.

        In place and in one transaction (see :mod:`.upgrade`): a version 2
        store gains each statement's folded text, which the phrase queries
        test; a version 4 store keeps that text apart from the statements'
        rows, so that a phrase is counted without reading records. A store of this version is left as it is; one too old to
        upgrade is refused, naming the file and what to do instead.
        """
        from .upgrade import upgrade

        return upgrade(Path(path))

    # -- closing ---------------------------------------------------------

    def close(self) -> None:
        """Close the store's connection (what was added is already in the file)."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- the whole -------------------------------------------------------

    def to_corpus(self) -> Corpus:
        """Every record of the store as a :class:`Corpus` (checked as a whole, as every corpus is).

        Each record is made from its row with every value checked, as a
        folder's are (:func:`.verify.checked`): a row a query would read as it
        is but the loader of a folder would refuse is a :class:`DataError`
        naming the file and the row, never a corpus that cannot be saved and
        loaded again.
        """
        structure = checked(str(self.path))
        with self._reading():
            return Corpus(
                documents=list(read.all_documents(self._db)),
                participants=list(read.all_participants(self._db, structure=structure)),
                meetings=list(read.meetings_in_order(self._db, structure=structure)),
                statements=list(read.statements_in_order(self._db, structure=structure)),
            )

    def to_parquet(self, folder: str | os.PathLike[str]) -> dict[str, int]:
        """Write the tables meetings, participants, statements and meeting_participants as ``<table>.parquet`` files.

        The columns and values are those of the CSV and JSON Lines exports
        (:mod:`caucasus_talks.export.tables`), written a batch at a time, for
        Spark, Dask, DuckDB or pandas to read. Needs the ``parquet`` extra
        (pyarrow); without it, an ``ImportError`` says what to install.
        Returns how many rows each table has.
        """
        from .parquet import to_parquet

        with self._reading():
            return to_parquet(self._db, Path(folder), structure=checked(str(self.path)))

    def counts(self) -> dict[str, int]:
        """How many documents, participants, meetings and statements the store holds."""
        tables = ("documents", "participants", "meetings", "statements")
        return {t: self._db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def __len__(self) -> int:
        return sum(self.counts().values())

    def date_range(self) -> tuple[PartialDate, PartialDate] | None:
        """The earliest and latest known date of a meeting or statement, as precise as it is; ``None`` when none is dated.

        Read from the ends of the chronological indexes, whatever the store's size.
        """
        with self._reading():
            return read.date_range(self._db)

    def ids(self) -> Iterator[str]:
        """Every record's id, read a row at a time, in a corpus's order (documents, participants, meetings, statements)."""
        return read.all_ids(self._db)

    @property
    def participants(self) -> tuple[Participant, ...]:
        """Every participant, by id, with every span that names it (the spans may be many: see :attr:`roster`)."""
        return tuple(read.all_participants(self._db))

    @property
    def roster(self) -> tuple[Participant, ...]:
        """Every participant, by id, without the spans that name it: what looking people up by name needs.

        A participant the extractor drafted gains a span from every document
        that names it; the roster stays as small as the number of people.
        """
        return self.derived(_roster)

    # -- records by id ---------------------------------------------------

    def get(self, record_id: str) -> Record | None:
        """The record of any kind with this id, or ``None``."""
        for fetch in _FETCH:
            found: Record | None = fetch(self._db, [record_id]).get(record_id)
            if found is not None:
                return found
        return None

    def document(self, record_id: str) -> Document:
        """The document with this id; ``KeyError`` if there is none."""
        return _one(read.documents(self._db, [record_id]), record_id, "document")

    def participant(self, record_id: str) -> Participant:
        """The participant with this id (with its spans); ``KeyError`` if there is none."""
        return _one(read.participants(self._db, [record_id]), record_id, "participant")

    def participants_by_id(self, ids: Iterable[str]) -> dict[str, Participant]:
        """The participants with these ids (those the store holds), with their spans, by id."""
        return read.participants(self._db, set(ids))

    def meeting(self, record_id: str) -> Meeting:
        """The meeting with this id; ``KeyError`` if there is none."""
        return _one(read.meetings(self._db, [record_id]), record_id, "meeting")

    def statement(self, record_id: str) -> Statement:
        """The statement with this id; ``KeyError`` if there is none."""
        return _one(read.statements(self._db, [record_id]), record_id, "statement")

    def meeting_ids(self) -> list[str]:
        """The ids of every meeting, chronological."""
        return [mid for (mid,) in self._db.execute("SELECT id FROM meetings ORDER BY day_key, id")]

    def place_names(self) -> list[str]:
        """Every city, country and venue the meetings name, as written, each once."""
        return [place for (place,) in self._db.execute("SELECT DISTINCT place FROM meeting_places ORDER BY place")]

    # -- queries (see caucasus_talks.query) ---------------------------------

    def find_meetings(self, wanted: MeetingsWanted, *, newest_first: bool = False, few: bool = False) -> Iterator[Meeting]:
        """The meetings the indexes select for what a query asks: a superset of its answer, chronological.

        Read from the file and structured one at a time, as the iterator is
        read. ``newest_first``: in reverse order; ``few``: only the first few
        will be read (see :mod:`.search`).
        """
        return search.find_meetings(self._db, wanted, newest_first=newest_first, few=few)

    def find_statements(
        self, wanted: StatementsWanted, *, newest_first: bool = False, few: bool = False
    ) -> Iterator[Statement]:
        """The statements the indexes select for what a query asks: a superset of its answer, chronological.

        Its phrases (``wanted.phrases``) are tested exactly, in SQLite, as
        :func:`~caucasus_talks.text.has_words` tests them: every statement
        given holds them. Read as :meth:`find_meetings` reads meetings.
        """
        return search.find_statements(self._db, wanted, newest_first=newest_first, few=few)

    def count_meetings(self, wanted: MeetingsWanted) -> int | None:
        """How many meetings answer what a query asks, counted in the indexes; ``None`` when they cannot say exactly."""
        return search.count_meetings(self._db, wanted)

    def count_statements(self, wanted: StatementsWanted) -> int | None:
        """How many statements answer what a query asks, counted in the indexes; ``None`` when they cannot say exactly."""
        return search.count_statements(self._db, wanted)

    def derived(self, build: Callable[[Store], R]) -> R:
        """``build(self)``, built on the first call with this ``build`` and kept until the store changes.

        The query helpers keep their name indexes here, as they do with
        :meth:`Corpus.derived`. A change by this store or by another
        process (``PRAGMA data_version``) lets them go.
        """
        version = self._db.execute("PRAGMA data_version").fetchone()[0]
        if version != self._seen_version:
            self._derived.clear()
            self._seen_version = version
        try:
            value: R = self._derived[build]
        except KeyError:
            value = self._derived.setdefault(build, build(self))
        return value

    # -- growing ---------------------------------------------------------

    def add(self, extraction: Extraction) -> Added:
        """Add an extraction's document and drafts as :meth:`Corpus.add` adds them; what that changed.

        One transaction writes the records that change and nothing else: a
        process killed at any moment leaves the store as it was or with the
        whole document added. The rule is :meth:`Corpus.add`'s own, applied
        to the records the extraction can touch (see :mod:`.grow`): adding is
        idempotent, a draft meeting that another document reports is merged
        into it, reviewed and rejected records are never changed, drafts a
        person deleted stay deleted, and a text the store holds is not added
        again (``Added.known_as``).
        """
        (added,) = self.add_all([extraction])
        return added

    def add_all(self, extractions: Iterable[Extraction]) -> list[Added]:
        """Add extractions one after the other, as :meth:`add` does, in one transaction for them all."""
        out: list[Added] = []
        with self.writing():
            for extraction in extractions:
                out.append(grow.add(self._db, extraction))
        return out

    # -- reviewing (see caucasus_talks.review) -------------------------------

    def in_review(self, review: Review) -> list[Meeting | Statement | Participant]:
        """The meetings and statements (chronological), then the participants (by id) in this review state.

        Each table's review state is scanned (no index holds it): what
        :func:`caucasus_talks.review.drafts` lists for a person to read.
        """
        with self._reading():
            return read.in_review(self._db, review)

    def replace(self, records: Iterable[Participant | Meeting | Statement]) -> None:
        """Write participants, meetings and statements over the stored ones with their ids, in one transaction.

        Each record takes the place of the one of its kind and id, with its
        index rows (a participant with all its spans); this is how
        :mod:`caucasus_talks.review` writes a review. An id the store does
        not hold as that kind, or a record the loader of a corpus folder
        would refuse (a span its document does not have, an unknown
        participant or meeting, a confirmed meeting with a fact that rests on
        nothing), refuses the whole call: a :class:`~caucasus_talks.DataError`
        naming the file, the record and the reason, and nothing is written.
        """
        with self.writing():
            rewrite(self._db, self.path, list(records))
            self._derived.clear()

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the store's write lock for a read, change and write: the whole block is one transaction.

        No other writer comes between what the block reads and what it
        writes; every change made in it (:meth:`add`, :meth:`replace`)
        commits when it ends, and none if it raises. A block inside another
        joins the outer one's transaction.
        """
        if self._writer:
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")  # the write lock first: what is read stays true until it commits
        self._writer = True
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        finally:
            self._writer = False
        self._db.execute("COMMIT")
        self._derived.clear()

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        if self._db.in_transaction:  # inside writing(): its transaction is the snapshot
            yield
            return
        self._db.execute("BEGIN")  # one snapshot for a read of several tables
        try:
            yield
        finally:
            self._db.execute("COMMIT")

    # -- checking --------------------------------------------------------

    def verify(self) -> list[Problem]:
        """Every problem of the store: a damaged file or full-text index, checksums, spans, references, ids, index rows.

        A store checks what it writes and trusts what it reads; this checks
        everything again, reading a batch of records at a time. Each problem
        names the store file, the record (``meetings['<id>'].evidence[0]``)
        and the reason, as the loader of a corpus folder names file, place
        and reason. The file is checked first (SQLite's ``quick_check``), then
        the full-text index (FTS5's ``integrity-check``, which SQLite runs as
        a write: it holds the write lock while it reads the index), then the
        records, in one snapshot.
        """
        return verify(self._db, self.path)


_FETCH: list[Callable[[sqlite3.Connection, list[str]], dict[str, Any]]] = [
    read.documents,
    read.participants,
    read.meetings,
    read.statements,
]


def _roster(store: Store) -> tuple[Participant, ...]:
    return tuple(read.all_participants(store._db, spans=False))


def _one(found: dict[str, R], record_id: str, what: str) -> R:
    try:
        return found[record_id]
    except KeyError:
        raise KeyError(f"no {what} with id {record_id!r}") from None


def _companions(path: Path) -> list[Path]:
    """A database file and the files SQLite keeps beside it."""
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
