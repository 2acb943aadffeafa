"""Checking a whole store again: the file, every checksum, every span, every reference, every index row.

A store checks records when they are written and trusts them when it reads.
:func:`verify` is the check on demand (``caucasus-talks store verify``): it
reads the store a batch of records at a time, so its memory stays bounded
whatever the store's size, and reports every problem the way the loader of a
corpus folder does, as :class:`~caucasus_talks.Problem` values naming the
file, the place (``meetings['2022-11-07-washington'].evidence[0]``) and the
reason. The rules are :func:`caucasus_talks.corpus.validate`'s own, applied
to each batch with the documents its spans quote.

The full-text index of the statements (``statement_words``) is checked twice
over: FTS5's own ``integrity-check`` (:func:`full_text_index`) confirms that
its inverted index holds the words of the text it keeps for each row; then
the checks of each statement's index rows confirm that the text it keeps for
the statement is the statement's, and a last one that it keeps none for a row
that is no statement.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs

from ..corpus import TABLES, published_day, validate
from ..errors import DataError, Problem
from ..model import Basis, Document, Meeting, Participant, Statement
from ..serialize import error_messages
from . import read, schema
from .rows import document_from, keyed, participant_from, record_from, search_text
from .write import SIDE_TABLES, meeting_columns, meeting_index, reported_days, statement_columns, statement_index

__all__ = ["check_records", "full_text_index", "verify"]

#: How many records are checked together.
BATCH = 500

R = TypeVar("R")
_WHERE_RE = re.compile(r"\A\$\.(\w+)\[(\d+)\](.*)\Z", re.DOTALL)


def verify(db: sqlite3.Connection, path: Path) -> list[Problem]:
    """Every problem of the store at ``path``; none when it is whole.

    ``db`` is outside a transaction (or in a write transaction of its own):
    SQLite runs FTS5's check of the full-text index as it runs a write, in a
    transaction of its own that holds the write lock while it reads the index
    (an add waits for it); the records are then read in one snapshot.
    """
    file = str(path)
    problems = [Problem(file, "", f"the file is damaged: {row}") for row in schema.damage(db)]
    if problems:
        return problems
    index = full_text_index(db, path)
    problems += index
    with _snapshot(db):
        problems += _duplicates(db, file)
        problems += _documents(db, file)
        roster: list[Participant] = []
        for people in _batches(file, "participants", _participants(db)):
            problems += _checked(db, file, "participants", people)
            roster += [attrs.evolve(p, evidence=()) for p in people if isinstance(p, Participant)]
        meeting_ids = {mid for (mid,) in db.execute("SELECT id FROM meetings")}
        for meetings in _batches(file, "meetings", _rows(db, "meetings", Meeting)):
            problems += _checked(db, file, "meetings", meetings, participants=roster)
            problems += _index(db, file, "meetings", meetings)
        for statements in _batches(file, "statements", _rows(db, "statements", Statement)):
            held = {s.meeting for s in statements if isinstance(s, Statement) and s.meeting and s.meeting in meeting_ids}
            problems += _checked(db, file, "statements", statements, participants=roster, meetings=_stand_ins(held))
            problems += _index(db, file, "statements", statements, words=not index)
        if not index:  # a damaged index is made again whole: its rows are not told one by one
            problems += _strays(db, file, "statement_words", "rowid", f"{_NO_STATEMENTS_WORDS}; {REMAKE_INDEX}")
        problems += _strays(db, file, "statement_texts", "statement", _NO_STATEMENTS_TEXT)  # (a phrase count reads it)
    return list(dict.fromkeys(problems))


_NO_STATEMENTS_WORDS = "the full-text index of statements holds words of no statement"
_NO_STATEMENTS_TEXT = "the folded text of no statement: a count of a phrase would count it; the store is damaged"
#: What to do about the full-text index when it is damaged: the records hold everything it is made from.
REMAKE_INDEX = (
    "export the store to a corpus folder (caucasus-talks store export) and import that into a new store "
    "(caucasus-talks store import), which makes the index again from the records"
)

#: SQLite's reasons that say why a check could not run, not that the store is damaged (see the result codes).
_NOT_DAMAGE = frozenset(
    {
        sqlite3.SQLITE_BUSY,
        sqlite3.SQLITE_LOCKED,
        sqlite3.SQLITE_READONLY,
        sqlite3.SQLITE_INTERRUPT,
        sqlite3.SQLITE_IOERR,
        sqlite3.SQLITE_NOMEM,
        sqlite3.SQLITE_FULL,
        sqlite3.SQLITE_CANTOPEN,
    }
)


def full_text_index(db: sqlite3.Connection, path: Path) -> list[Problem]:
    """Whether the full-text index of the statements is whole, by FTS5's own ``integrity-check``: a problem if not.

    The index keeps the text of each row beside its inverted index (it is not
    an external-content table), and FTS5's check reads every row's text, makes
    its words and compares them with those the inverted index holds: a row,
    a page or a word missing or changed on either side, or tables of its own
    that cannot be read, is damage, reported once for the whole index
    (``statement_words``) with SQLite's reason and what to do. Whether the
    text it keeps for each row is the statement's is :func:`verify`'s check
    of each statement. Run as SQLite runs a write (see :func:`verify`); a
    reason that says the check could not run (the store is locked, read-only,
    or the disk failed) is a :class:`~caucasus_talks.DataError`, not a problem
    of the store.
    """
    try:
        db.execute("INSERT INTO statement_words (statement_words) VALUES ('integrity-check')")
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:  # not SQLite's reason but the module's (a closed connection)
            raise
        if code & 0xFF in _NOT_DAMAGE:
            reason = f"cannot check the full-text index (SQLite checks it as it writes): {exc}"
            raise DataError([Problem(str(path), "", reason)]) from None
        reason = f"the full-text index of statements is damaged (SQLite's check says: {exc}); {REMAKE_INDEX}"
        return [Problem(str(path), "statement_words", reason)]
    return []


def _strays(db: sqlite3.Connection, file: str, table: str, key: str, reason: str) -> list[Problem]:
    """Rows of a table kept for the statements (its ``key`` a statement's row number) that are no statement's (each
    statement's own are checked with its record)."""
    sql = f"SELECT {key} FROM {table} WHERE {key} NOT IN (SELECT n FROM statements) ORDER BY {key}"
    return [Problem(file, f"{table}[{n}]", reason) for (n,) in db.execute(sql)]


@contextlib.contextmanager
def _snapshot(db: sqlite3.Connection) -> Iterator[None]:
    """One read transaction for the reads of several tables (inside a transaction, that one)."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def check_records(db: sqlite3.Connection, path: Path, records: Sequence[Participant | Meeting | Statement]) -> list[Problem]:
    """What :func:`verify` would find in these records were they written over the stored ones with their ids.

    The loader's rules, as :func:`verify` applies them to a batch: the spans
    against the stored documents, and the participants and meetings referred
    to against those the store holds (ids are never changed by a rewrite).
    """
    file = str(path)
    people = [r for r in records if isinstance(r, Participant)]
    meetings = [r for r in records if isinstance(r, Meeting)]
    statements = [r for r in records if isinstance(r, Statement)]
    named = {p for m in meetings for p in m.participant_ids} | {p for s in statements for p in s.speakers}
    roster = list(read.participants(db, named, spans=False).values())
    cited = {s.meeting for s in statements if s.meeting is not None}
    held = {mid for mid, table in read.record_ids(db, cited).items() if table == "meetings"}
    problems: list[Problem] = []
    if people:
        problems += _checked(db, file, "participants", people)
    if meetings:
        problems += _checked(db, file, "meetings", meetings, participants=roster)
    if statements:
        problems += _checked(db, file, "statements", statements, participants=roster, meetings=_stand_ins(held))
    return problems


def _stand_ins(meeting_ids: set[str]) -> list[Meeting]:
    """Meetings that stand for those the store holds, where statements refer to them (only their ids are checked)."""
    return [Meeting(id=mid, basis=Basis("a meeting the store holds")) for mid in sorted(meeting_ids)]


def _duplicates(db: sqlite3.Connection, file: str) -> list[Problem]:
    """An id held by two tables (each table's own ids are unique by construction)."""
    union = " UNION ALL ".join(f"SELECT id, '{t}' AS t FROM {t}" for t in TABLES)
    sql = f"SELECT id, group_concat(t, ', ') FROM ({union}) GROUP BY id HAVING count(*) > 1 ORDER BY id"
    return [
        Problem(file, f"{tables.split(', ')[-1]}[{rid!r}]", f"duplicate id {rid!r} (also in {tables.rsplit(', ', 1)[0]})")
        for rid, tables in db.execute(sql)
    ]


def _documents(db: sqlite3.Connection, file: str) -> list[Problem]:
    """Each document as its record and text make it: the checksum, the id, the text (one document at a time)."""
    problems: list[Problem] = []
    rows = db.execute("SELECT id, sha256, record, text, published FROM documents ORDER BY id")
    for rid, sha256, record, text, published in rows:
        where = f"documents[{rid!r}]"
        try:
            doc = document_from(record, text, sha256)
        except Exception as exc:  # every reason the converter or the record gives is a problem to report
            problems += [Problem(file, where, message) for message in _messages(exc)]
            continue
        if doc.id != rid:
            problems.append(Problem(file, where, f"the row's id is not the record's ({doc.id!r})"))
        if published != published_day(doc):
            problems.append(Problem(file, where, "the row's publication day does not agree with the record"))
    return problems


def _messages(exc: BaseException) -> list[str]:
    if isinstance(exc, ValueError) and not type(exc).__module__.startswith("cattrs"):
        return [str(exc)]
    return error_messages(exc)


_TABLE_OF = {Participant: "participants", Meeting: "meetings", Statement: "statements"}


def checked(file: str) -> Callable[[str, type[R]], R]:
    """How a row's JSON becomes its record with every value checked, as a folder's are; a refusal names ``file`` and the row.

    For what leaves the store whole (:meth:`Store.to_corpus
    <caucasus_talks.store.Store.to_corpus>`, the Parquet export): a query
    trusts a row of the right types (:mod:`.stored`), but a corpus, and a
    folder it is saved to, holds only records the loader of a folder takes.
    """

    def structure(record: str, cls: type[R]) -> R:
        try:
            return record_from(record, cls)
        except Exception as exc:  # every reason the converter or the record gives
            said = _said_id(record, cls)
            where = f"{_TABLE_OF.get(cls, cls.__name__)}[{said!r}]"
            reason = "; ".join(_messages(exc)) + " (caucasus-talks store verify names every such row)"
            raise DataError([Problem(file, where, reason)]) from None

    return structure


def _said_id(record: str, cls: type[Any]) -> Any:
    """The id a row's JSON gives its record, in either form (:func:`.rows.keyed`): an object's, or an array's."""
    if not record.startswith(("{", "[")):
        return None
    data = keyed(json.loads(record), cls)
    return data.get("id") if isinstance(data, dict) else None


def _rows(db: sqlite3.Connection, table: str, cls: type[R]) -> Iterator[tuple[str, Callable[[], R]]]:
    """Each row of a table of records, with how to make its record."""
    for rid, record in db.execute(f"SELECT id, record FROM {table} ORDER BY n"):
        yield rid, functools.partial(record_from, record, cls)


def _participants(db: sqlite3.Connection) -> Iterator[tuple[str, Callable[[], Participant]]]:
    """Each participant, with how to make it with its spans (read a batch of participants at a time)."""
    ids = [pid for (pid,) in db.execute("SELECT id FROM participants ORDER BY id")]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        wanted = (read.ids_in(chunk),)
        records = dict(db.execute("SELECT id, record FROM participants WHERE id IN (SELECT value FROM json_each(?))", wanted))
        spans: dict[str, list[tuple[str, int, int, str]]] = {pid: [] for pid in chunk}
        sql = (
            'SELECT participant, document, start, "end", quote FROM participant_spans '
            "WHERE participant IN (SELECT value FROM json_each(?)) ORDER BY participant, position"
        )
        for pid, *span in db.execute(sql, (read.ids_in(chunk),)):
            spans[pid].append((span[0], span[1], span[2], span[3]))
        for pid in chunk:
            yield pid, functools.partial(participant_from, records[pid], spans[pid])


def _batches(file: str, table: str, rows: Iterator[tuple[str, Callable[[], R]]]) -> Iterator[list[R | Problem]]:
    """The records of ``rows`` in batches; a row the converter refuses is a problem in place of its record."""
    batch: list[R | Problem] = []
    for rid, make in rows:
        try:
            batch.append(make())
        except Exception as exc:  # every reason the converter or the record gives is a problem to report
            batch.append(Problem(file, f"{table}[{rid!r}]", "; ".join(_messages(exc))))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _checked(
    db: sqlite3.Connection,
    file: str,
    table: str,
    batch: Sequence[Any],
    *,
    participants: Sequence[Participant] = (),
    meetings: Sequence[Meeting] = (),
) -> list[Problem]:
    """What :func:`~caucasus_talks.corpus.validate` finds in a batch, given the documents its spans quote."""
    refused = [p for p in batch if isinstance(p, Problem)]
    records = [r for r in batch if not isinstance(r, Problem)]
    keep: dict[str, Sequence[Any]] = {"participants": participants, "meetings": meetings, "statements": ()}
    keep[table] = records
    cited = {e.document for r in records for e in _spans(r)}
    documents: list[Document] = []
    for record, text, sha256 in db.execute(
        "SELECT record, text, sha256 FROM documents WHERE id IN (SELECT value FROM json_each(?))", (read.ids_in(cited),)
    ):
        try:
            documents.append(document_from(record, text, sha256))
        except Exception:  # reported by _documents; its spans are then reported as unknown
            continue
    problems = refused
    ids = [r.id for r in records]
    for p in validate(documents, keep["participants"], keep["meetings"], keep["statements"]):
        match = _WHERE_RE.match(p.where)
        if p.reason.startswith("duplicate id") or match is None or match.group(1) != table:
            continue  # duplicates are found across the tables by _duplicates
        problems.append(Problem(file, f"{table}[{ids[int(match.group(2))]!r}]{match.group(3)}", p.reason))
    return problems


def _spans(record: Participant | Meeting | Statement) -> list[Any]:
    if isinstance(record, Participant):
        return list(record.evidence)
    if isinstance(record, Statement):
        return [*record.evidence, *record.speaker_evidence]
    spans = [*record.evidence, *(e for a in record.participants for e in a.evidence)]
    spans += [e for r in record.readings for e in r.evidence]
    return spans + list(record.location.evidence if record.location else ())


def _index(db: sqlite3.Connection, file: str, table: str, batch: Sequence[Any], *, words: bool = True) -> list[Problem]:
    """Whether each record's row and index rows are what writing it makes (the queries trust them).

    ``words``: whether to read each statement's text in the full-text index
    (not when the index is damaged: it may not be read at all).
    """
    records = [r for r in batch if not isinstance(r, Problem)]
    index_of = meeting_index if table == "meetings" else statement_index
    problems: list[Problem] = []
    numbers: dict[str, int] = {}
    for record in records:
        meeting = isinstance(record, Meeting)
        columns = meeting_columns(record, reported_days(db, record)) if meeting else statement_columns(record)
        names = [c for c in columns if c != "record"]
        row = db.execute(f"SELECT n, {', '.join(names)} FROM {table} WHERE id = ?", (record.id,)).fetchone()
        numbers[record.id] = row[0]
        if tuple(row[1:]) != tuple(columns[c] for c in names):
            problems.append(Problem(file, f"{table}[{record.id!r}]", "the row's index columns do not agree with the record"))
    side = [t for t in SIDE_TABLES if t.startswith(table[:-1])]
    for record in records:
        n = numbers[record.id]
        expected = index_of(record, n)
        for name in side:
            cols = SIDE_TABLES[name]
            found = db.execute(f"SELECT {', '.join(cols)} FROM {name} WHERE {cols[-1]} = ?", (n,)).fetchall()
            if sorted(found, key=repr) != sorted(expected[name], key=repr):
                problems.append(Problem(file, f"{table}[{record.id!r}]", f"its rows of {name} do not agree with the record"))
        if words and isinstance(record, Statement):
            kept = db.execute("SELECT text FROM statement_words WHERE rowid = ?", (n,)).fetchone()
            if kept is None or kept[0] != search_text(record.text):
                problems.append(Problem(file, f"{table}[{record.id!r}]", "its words in the full-text index are not its text's"))
    return problems
