"""The tables of a store file, its version, and how a connection to one is opened.

A store is one SQLite file. Each record is kept whole as the converter's JSON
(the same JSON as a corpus folder's tables; a meeting's and a statement's in
positional form, :func:`.rows.positional`, each record an array of its
fields' values), beside the columns and side tables that the queries and
:meth:`Store.add <caucasus_talks.store.Store.add>` look records up by: dates
as day numbers, ids of participants and speakers, places, review states, the
spans that records quote, and the statements' folded text in a full-text
index (FTS5).

A participant's spans are rows of their own (``participant_spans``), not part
of its JSON: a participant the extractor drafted gains a span from every
document that names it, so one row per span keeps an add as small as the
document added, and the participants' table as small as the number of people.

The file says what it is: ``PRAGMA application_id`` marks it as a
caucasus-talks store and ``PRAGMA user_version`` holds :data:`VERSION`;
opening any other file is refused with a :class:`~caucasus_talks.DataError`.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from ..errors import DataError, Problem

__all__ = ["APPLICATION_ID", "UPGRADABLE", "VERSION", "connect", "create", "damage", "opened", "version_problem"]

#: The version of the tables this library writes; it reads this version only.
#: 2: a document's publication day, an undated meeting's first and last, and their index (:meth:`Store.add` finds the
#: undated meetings a draft may report by them). 3: each statement's folded text with its words' edges marked
#: (``statements.folded``), in which SQLite tests a phrase as the queries do; a version 2 store is upgraded in place
#: (:func:`upgrade`). 4: meetings indexed by review state, so that a count leaves out the rejected ones without
#: reading every meeting counted. 5: the folded text moved out of the statement's row, with its review state, into
#: a narrow table of its own (``statement_texts``), so that a phrase is tested and counted without reading records.
#: 6: each meeting's and statement's record in positional form (:func:`.rows.positional`), parsed in half the time.
VERSION = 6
#: ``PRAGMA application_id`` of a store file: "CTlk" as a 32-bit big-endian number.
APPLICATION_ID = 0x43546C6B
#: How long a writer waits for another to finish, in milliseconds.
BUSY_TIMEOUT_MS = 60_000

#: How the full-text index reads the statements' folded text into words.
TOKENIZER = "unicode61 remove_diacritics 0"

#: Precision of a date as a small number, for the date indexes (``Precision`` day, month, year, unknown).
DAY, MONTH, YEAR, UNDATED = 3, 2, 1, 0

#: The index of meetings by review state (version 4; :mod:`.upgrade` adds it to older stores): counts take the
#: rejected meetings from it.
REVIEW_INDEX = "CREATE INDEX meetings_by_review ON meetings (review)"

#: Each statement's folded text, its words' edges marked (:func:`.rows.marked_words`), and its review state: what a
#: phrase query tests and counts, kept apart from the statement's row (version 5), which holds the whole record, so
#: that testing tens of thousands of statements reads their few words, not their records.
TEXTS_TABLE = """CREATE TABLE statement_texts (
    review TEXT NOT NULL,
    folded TEXT NOT NULL,
    statement INTEGER PRIMARY KEY   -- statements.n
)"""

TABLES = f"""
CREATE TABLE documents (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    record TEXT NOT NULL,           -- the document's JSON without its text
    text TEXT NOT NULL,
    published INTEGER               -- the day it was published (proleptic ordinal), when known to the day
);
CREATE INDEX documents_by_sha256 ON documents (sha256, id);

CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    record TEXT NOT NULL            -- the participant's JSON without its evidence
);
CREATE TABLE participant_spans (
    participant TEXT NOT NULL,
    position INTEGER NOT NULL,
    document TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    PRIMARY KEY (participant, position)
) WITHOUT ROWID;
CREATE INDEX participant_spans_by_span ON participant_spans (participant, document, start, "end");
CREATE INDEX participant_spans_by_document ON participant_spans (document);

CREATE TABLE meetings (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    day_key INTEGER NOT NULL,       -- chronological order: year * 10000 + month * 100 + day, undated last
    precision INTEGER NOT NULL,     -- 3 day, 2 month, 1 year, 0 undated
    earliest INTEGER,               -- the first and last day the date may stand for (proleptic ordinals)
    latest INTEGER,
    format TEXT NOT NULL,
    status TEXT NOT NULL,
    review TEXT NOT NULL,
    city TEXT,
    people INTEGER NOT NULL,        -- how many participants it has
    reported_first INTEGER,         -- of an undated meeting: the first and last day its reports were published,
    reported_last INTEGER,          -- when every one was published on a known day (else, and if dated, NULL)
    record TEXT NOT NULL
);
CREATE INDEX meetings_in_order ON meetings (day_key, id);
CREATE INDEX meetings_by_date ON meetings (precision, earliest);
CREATE INDEX meetings_by_reports ON meetings (reported_first) WHERE reported_first IS NOT NULL;
CREATE INDEX meetings_by_city ON meetings (city, format);
CREATE TABLE meeting_participants (
    participant TEXT NOT NULL,
    meeting INTEGER NOT NULL,
    precision INTEGER NOT NULL,
    earliest INTEGER
);
CREATE INDEX meeting_participants_by_participant ON meeting_participants (participant, precision, earliest, meeting);
CREATE INDEX meeting_participants_by_meeting ON meeting_participants (meeting);
CREATE TABLE meeting_places (
    place TEXT NOT NULL,            -- a city, country or venue, as written
    meeting INTEGER NOT NULL
);
CREATE INDEX meeting_places_by_place ON meeting_places (place, meeting);
CREATE INDEX meeting_places_by_meeting ON meeting_places (meeting);
CREATE TABLE meeting_spans (        -- the spans of a meeting's own evidence
    document TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    meeting INTEGER NOT NULL
);
CREATE INDEX meeting_spans_by_span ON meeting_spans (document, start, "end");
CREATE INDEX meeting_spans_by_meeting ON meeting_spans (meeting);

CREATE TABLE statements (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    day_key INTEGER NOT NULL,
    precision INTEGER NOT NULL,
    earliest INTEGER,
    latest INTEGER,
    channel TEXT NOT NULL,
    meeting TEXT,
    review TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX statements_in_order ON statements (day_key, id);
CREATE INDEX statements_by_date ON statements (precision, earliest);
CREATE INDEX statements_by_meeting ON statements (meeting);
CREATE TABLE statement_speakers (
    participant TEXT NOT NULL,
    statement INTEGER NOT NULL
);
CREATE INDEX statement_speakers_by_participant ON statement_speakers (participant, statement);
CREATE INDEX statement_speakers_by_statement ON statement_speakers (statement);
CREATE TABLE statement_spans (      -- the spans a statement quotes
    document TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    statement INTEGER NOT NULL
);
CREATE INDEX statement_spans_by_span ON statement_spans (document, start, "end");
CREATE INDEX statement_spans_by_statement ON statement_spans (statement);
{TEXTS_TABLE};
-- the statements' text folded as text.fold folds it, words only (rowid = statements.n)
CREATE VIRTUAL TABLE statement_words USING fts5 (text, tokenize = '{TOKENIZER}');
{REVIEW_INDEX};
"""


def _problem(path: Path, reason: str) -> DataError:
    return DataError([Problem(str(path), "", reason)])


def _open(path: Path, mode: str) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + f"?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def opened(path: Path) -> tuple[sqlite3.Connection, int]:
    """A connection to the caucasus-talks store at ``path``, of whatever version, and its version (two pragmas read)."""
    if not path.is_file():
        raise _problem(path, "no such store file" if not path.exists() else "not a store file")
    try:
        connection = _open(path, "rw")
    except sqlite3.Error as exc:
        raise _problem(path, f"cannot open: {exc}") from None
    try:
        application, version = (connection.execute(f"PRAGMA {name}").fetchone()[0] for name in ("application_id", "user_version"))
        if application != APPLICATION_ID:
            raise _problem(path, "not a caucasus-talks store (an SQLite file of another application)")
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise _problem(path, f"not a caucasus-talks store: {exc}") from None
    except DataError:
        connection.close()
        raise
    return connection, int(version)


#: A line of FTS5's own check, in the ``quick_check`` of SQLite 3.44 and later, about the statements' full-text index.
_FTS5_CHECK_RE = re.compile(r"\bFTS5 table \w+\.statement_words\b")


def damage(db: sqlite3.Connection) -> list[str]:
    """What SQLite's ``PRAGMA quick_check`` finds wrong with the file's pages and tables; none when it is whole.

    Each line SQLite reports is one (``Page 26: btreeInitPage() returns error
    code 11``); a file too damaged for the check to run is the reason SQLite
    gives. It reads every page: it costs a read of the whole file. A line of
    FTS5's own check of the statements' full-text index, which SQLite 3.44
    and later run in ``quick_check`` too, is left out, so that every release
    of SQLite finds the same: :func:`.verify.full_text_index` checks the index
    and says what to do about it (an upgrade does not touch it).
    """
    try:
        lines = [line for (row,) in db.execute("PRAGMA quick_check") for line in str(row).splitlines()]
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF not in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            raise  # the check did not run (interrupted, locked, the disk failed): that says nothing of the file
        return [str(exc)]
    said = [line for line in lines if line != "ok" and not line.startswith("*** in database ")]  # its heading
    return [line for line in said if not _FTS5_CHECK_RE.search(line)]


#: The earliest version :func:`caucasus_talks.store.upgrade.upgrade` brings to :data:`VERSION` in place.
UPGRADABLE = 2


def version_problem(path: Path, version: int) -> DataError:
    """Why this library does not read a store of ``version`` (not :data:`VERSION`), and what to do about it."""
    said = f"a store of version {version}; this library reads version {VERSION}"
    if UPGRADABLE <= version < VERSION:
        return _problem(path, f"{said}: upgrade it in place with caucasus-talks store upgrade {path} (Store.upgrade)")
    if version < UPGRADABLE:
        return _problem(
            path,
            f"{said}: export the store to a corpus folder with the release that made it (caucasus-talks store export), "
            "and import that with this one",
        )
    return _problem(path, said)


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the store at ``path``, after checking that it is one, of this version.

    Nothing but two pragmas is read: opening a store costs the same whatever its size.
    """
    connection, version = opened(path)
    try:
        if version != VERSION:
            raise version_problem(path, version)
        connection.execute("PRAGMA synchronous = NORMAL")  # WAL: a killed process loses nothing committed
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise _problem(path, f"not a caucasus-talks store: {exc}") from None
    except DataError:
        connection.close()
        raise
    return connection


def create(path: Path) -> sqlite3.Connection:
    """A connection to a new, empty store at ``path``, which must not exist yet (a staging file of the caller's)."""
    if path.exists() or path.is_symlink():
        raise _problem(path, "already exists; a store is made in a new file")
    try:
        connection = _open(path, "rwc")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.executescript(f"BEGIN; {TABLES}; PRAGMA application_id = {APPLICATION_ID}; COMMIT;")
        connection.execute(f"PRAGMA user_version = {VERSION}")
    except sqlite3.Error as exc:
        raise _problem(path, f"cannot create: {exc}") from None
    return connection
