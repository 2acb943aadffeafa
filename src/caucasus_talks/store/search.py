"""The queries' filters as index lookups: which meetings and statements may answer, found without a scan.

:mod:`caucasus_talks.query` says what it asks in a
:class:`~caucasus_talks._wanted.MeetingsWanted` or
:class:`~caucasus_talks._wanted.StatementsWanted`; this module turns that into
one SQL statement over the indexes of :mod:`.schema` and structures only the
rows it selects, in the corpus's chronological order. The selection is a
superset of the answer (the query applies its own tests to it), so an index
only has to be right about what it leaves out; the one exception is phrases,
which SQLite tests exactly (below) and the query does not test again.

A date range is looked up once per precision: a date known to the day lies
in the range when its day does, one known to the month or the year when its
first day lies at most a month or a year before the range's start (and its
last day not before it). Phrases go to the full-text index as the words of
their folded text (:func:`.rows.search_text`).

The answer is read as it is asked for: the rows come from the cursor one at a
time, and a record is structured only when it is handed out. A caller that
wants the first few (``few``) has the rows walked in the chronological index
(forwards, or backwards for ``newest_first``), which finds them after reading
about as many rows as it skips, rather than sorting every row selected first;
a date range is still looked up in the date index, as it selects few rows.

Counting (:func:`count_meetings`, :func:`count_statements`) is ``count(*)`` of
the same selection, given only when the query tests nothing that the
selection does not apply exactly. Every filter here is applied exactly (the
side tables and columns hold what the records hold, :mod:`.write`; a date's
first and last day decide whether it overlaps a range, the reach only
narrows the index range).

Phrases are applied exactly too, in two steps: the full-text index finds the
statements that hold the phrase's words, whatever stands between them
("peace-treaty", "peace, treaty"), and SQLite then tests each of those as
:func:`~caucasus_talks.text.has_words` does, with ``instr`` on the folded
text kept for it (:func:`.rows.marked_words`): no text is folded and no
statement structured to decide. That text is kept apart from the statement's
row, with its review state (``statement_texts``): a count of the statements
that hold a phrase reads that narrow table alone, not their records. The
query leaves its own phrase test to the store (see
:func:`caucasus_talks.query.iter_statements`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import sqlite3
from collections.abc import Iterable, Iterator

from .._wanted import MeetingsWanted, StatementsWanted
from ..model import Meeting, Review, Statement
from .read import ids_in
from .rows import REACH, marked_phrase, search_text
from .schema import TOKENIZER, UNDATED
from .stored import stored_record

__all__ = ["attending", "count_meetings", "count_statements", "find_meetings", "find_statements", "phrase_query"]

_Clause = tuple[str, list[object]]


def _dates(alias: str, window: tuple[_dt.date | None, _dt.date | None], *, indexed: bool = True) -> _Clause:
    """A row whose date may fall in ``window`` (``start``, ``end``, inclusive, ``None`` open): one index range per precision.

    ``indexed=False``: the same test of each row another clause selects, never a reason to walk the date index (see
    :func:`_meeting_clauses`).
    """
    start, end = (d.toordinal() if d is not None else None for d in window)
    column = f"{alias}." if indexed else f"+{alias}."  # ("+": a column SQLite does not look up in an index)
    parts: list[str] = []
    params: list[object] = []
    for precision, reach in REACH.items():
        part = f"{column}precision = ?"
        params.append(precision)
        if start is not None:
            part += f" AND {column}earliest >= ?"
            params.append(start - reach)
        if end is not None:
            part += f" AND {column}earliest <= ?"
            params.append(end)
        parts.append(f"({part})")
    sql = "(" + " OR ".join(parts) + ")"
    if start is not None:
        sql += f" AND {alias}.latest >= ?"
        params.append(start)
    return sql, params


def attending(people: Iterable[str], start: int | None, end: int | None, *, undated: bool = False) -> _Clause:
    """SQL for the numbers of these people's meetings (a row per person) whose date may fall in ``start..end``.

    Day numbers, inclusive, ``None`` open; ``undated``: their undated meetings
    instead. One index range of ``meeting_participants`` per person and
    precision (``UNION ALL``), so that a person of many meetings costs only
    those in reach.
    """
    parts: list[str] = []
    params: list[object] = []
    head = "SELECT meeting FROM meeting_participants WHERE participant = ? AND precision = ?"
    for pid in dict.fromkeys(people):
        if undated:
            parts.append(head)
            params += [pid, UNDATED]
            continue
        for precision, reach in REACH.items():
            part = head
            params += [pid, precision]
            if start is not None:
                part += " AND earliest >= ?"
                params.append(start - reach)
            if end is not None:
                part += " AND earliest <= ?"
                params.append(end)
            parts.append(part)
    return " UNION ALL ".join(parts), params


def _reviews(alias: str, reviews: frozenset[Review]) -> list[_Clause]:
    if reviews == frozenset(Review):
        return []
    # ("+": a test of each row the other clauses select, never a reason to walk the review index, which would sort every
    # record a default query asks for before the first one is handed out)
    return [(f"+{alias}.review IN (SELECT value FROM json_each(?))", [ids_in(sorted(r.value for r in reviews))])]


def _meeting_clauses(wanted: MeetingsWanted) -> list[_Clause]:
    clauses = _reviews("m", wanted.reviews)
    if wanted.undated:
        clauses.append(("m.earliest IS NULL", []))
    start = end = None
    if wanted.window is not None:
        # Meetings of people within a window are found in the people's index, which holds each one's meetings by date
        # (:func:`attending`): those rows are some of the window's, so the window's own index is left alone, which
        # SQLite would otherwise walk, reading every meeting of the window to test the people (at 100k documents
        # 7,000 meetings of a year read for one person's 1,360: 20 ms of SQLite's time, against 8).
        people_asked = bool(wanted.participants or wanted.any_of)
        clauses.append(_dates("m", wanted.window, indexed=not people_asked))
        start, end = (d.toordinal() if d is not None else None for d in wanted.window)
    for people in [*([pid] for pid in wanted.participants), *(sorted(group) for group in wanted.any_of)]:
        if wanted.window is None and not wanted.undated:
            sql = "m.n IN (SELECT meeting FROM meeting_participants WHERE participant IN (SELECT value FROM json_each(?)))"
            clauses.append((sql, [ids_in(people)]))
        elif people:
            hits, params = attending(people, start, end, undated=wanted.undated)
            clauses.append((f"m.n IN ({hits})", params))
        else:
            clauses.append(("0", []))  # no one of the set: no meeting
    if wanted.places is not None:
        sql = "m.n IN (SELECT meeting FROM meeting_places WHERE place IN (SELECT value FROM json_each(?)))"
        clauses.append((sql, [ids_in(sorted(wanted.places))]))
    if wanted.format is not None:
        clauses.append(("m.format = ?", [wanted.format.value]))
    if wanted.status is not None:
        clauses.append(("m.status = ?", [wanted.status.value]))
    return clauses


def find_meetings(
    db: sqlite3.Connection, wanted: MeetingsWanted, *, newest_first: bool = False, few: bool = False
) -> Iterator[Meeting]:
    """The meetings the indexes select for ``wanted``, chronological (a superset of the answer), each structured when read.

    ``newest_first``: in reverse order. ``few``: the caller reads only the
    first few (the chronological index is walked; see the module's text).
    """
    walk = few and wanted.window is None and not wanted.undated
    table = "meetings m INDEXED BY meetings_in_order" if walk else "meetings m"
    sql, params = _select(f"SELECT m.record FROM {table}", _meeting_clauses(wanted))
    rows = db.execute(sql + _order("m", newest_first), params)
    return (stored_record(record, Meeting) for (record,) in rows)


def count_meetings(db: sqlite3.Connection, wanted: MeetingsWanted) -> int | None:
    """How many meetings answer ``wanted``, when the indexes alone know (``wanted.exact``); otherwise ``None``."""
    if not wanted.exact:
        return None
    people = _only_people(wanted)
    if people is not None:  # one person or set of them, nothing else asked: their index rows, no meeting read
        # (a person is listed once in a meeting: one person's rows are counted as they stand, a set's distinct)
        what = "count(*)" if len(people) == 1 else "count(DISTINCT meeting)"
        sql = f"SELECT {what} FROM meeting_participants WHERE participant IN (SELECT value FROM json_each(?))"
        found = int(db.execute(sql, [ids_in(people)]).fetchone()[0])
        if Review.REJECTED not in wanted.reviews:  # less their rejected meetings
            found -= _rejected_of(db, people, found)
        return found
    sql, params = _select("SELECT count(*) FROM meetings m", _meeting_clauses(wanted))
    return int(db.execute(sql, params).fetchone()[0])


def _rejected_of(db: sqlite3.Connection, people: list[str], theirs: int) -> int:
    """How many of the ``theirs`` meetings of ``people`` are rejected, read from the smaller side: the rejected
    meetings (the review index counts them in one range) probed for the people, or the people's meetings probed for
    their state."""
    rejected = int(db.execute(_REJECTED_SQL, [Review.REJECTED.value]).fetchone()[0])
    sql = _REJECTED_OF_FEW_SQL if rejected < theirs else _REJECTED_OF_THEIRS_SQL
    return int(db.execute(sql, [Review.REJECTED.value, ids_in(people)]).fetchone()[0])


_REJECTED_SQL = "SELECT count(*) FROM meetings INDEXED BY meetings_by_review WHERE review = ?"
_REJECTED_OF_FEW_SQL = (
    "SELECT count(*) FROM meetings m INDEXED BY meetings_by_review WHERE m.review = ? AND EXISTS (SELECT 1 FROM "
    "meeting_participants p WHERE p.meeting = m.n AND p.participant IN (SELECT value FROM json_each(?)))"
)
_REJECTED_OF_THEIRS_SQL = (
    "SELECT count(*) FROM meetings m WHERE +m.review = ? AND m.n IN (SELECT meeting FROM meeting_participants WHERE "
    "participant IN (SELECT value FROM json_each(?)))"
)


def _only_people(wanted: MeetingsWanted) -> list[str] | None:
    """The people of a query that asks only for meetings of one of them (one person, or one set "any of"), of every
    review state or every one but "rejected" (as queries ask by default): no window, place, format or status; else
    None."""
    groups = [*([pid] for pid in wanted.participants), *(sorted(group) for group in wanted.any_of)]
    if len(groups) != 1 or not groups[0] or wanted.undated:
        return None
    if wanted.reviews not in (frozenset(Review), frozenset(Review) - {Review.REJECTED}):
        return None
    if wanted.window is not None or wanted.places is not None or wanted.format is not None or wanted.status is not None:
        return None
    return groups[0]


def phrase_query(phrases: tuple[str, ...]) -> str | None:
    """The FTS5 query for statements holding every phrase as words (``None`` when none has a word to look up).

    A phrase in which the index's tokenizer finds no word (``"..."``, ``"_"``,
    or letters newer than its Unicode tables) is left to the query's own test.
    """
    words = [search_text(p) for p in phrases]
    asked = [f'"{w}"' for w in words if w and _indexed(w)]
    return " AND ".join(asked) or None


@functools.lru_cache(maxsize=1024)
def _indexed(words: str) -> bool:
    """Whether the full-text index's tokenizer finds a word in ``words`` (asked of SQLite itself, in memory)."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = {TOKENIZER!r})")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, 'row')")
        db.execute("INSERT INTO t (text) VALUES (?)", (words,))
        return bool(db.execute("SELECT count(*) FROM v").fetchone()[0])
    finally:
        db.close()


def _statement_clauses(wanted: StatementsWanted) -> list[_Clause]:
    clauses = _reviews("s", wanted.reviews)
    if wanted.window is not None:
        clauses.append(_dates("s", wanted.window))
    if wanted.speaker is not None:
        clauses.append(("s.n IN (SELECT statement FROM statement_speakers WHERE participant = ?)", [wanted.speaker]))
    # (each row tested as it is read: a query for the first few, or one speaker's, stops or narrows before the rest)
    clauses += _phrases("s.n", "(SELECT folded FROM statement_texts WHERE statement = s.n)", wanted.phrases)
    if wanted.channel is not None:
        clauses.append(("s.channel = ?", [wanted.channel.value]))
    if wanted.meeting is not None:
        clauses.append(("s.meeting = ?", [wanted.meeting]))
    return clauses


def _phrases(number: str, folded: str, phrases: tuple[str, ...]) -> list[_Clause]:
    """The statements (row ``number``, folded text ``folded``) that hold every phrase as whole words.

    The full-text index finds those that hold its words; each is then tested
    exactly, as :func:`~caucasus_talks.text.has_words` does, with ``instr`` on
    its marked folded text (:func:`.rows.marked_words`).
    """
    clauses: list[_Clause] = []
    match = phrase_query(phrases)
    if match is not None:
        clauses.append((f"{number} IN (SELECT rowid FROM statement_words WHERE statement_words MATCH ?)", [match]))
    for phrase in phrases:
        marked = marked_phrase(phrase)
        clauses.append(("0", []) if marked is None else (f"instr({folded}, ?) > 0", [marked]))
    return clauses


def find_statements(
    db: sqlite3.Connection, wanted: StatementsWanted, *, newest_first: bool = False, few: bool = False
) -> Iterator[Statement]:
    """The statements the indexes select for ``wanted``, chronological, each structured when read.

    A superset of the answer, but for its phrases, which are tested here
    exactly (see the module's text). ``newest_first``: in reverse order. ``few``: the caller reads only the
    first few (the chronological index is walked; see the module's text).
    """
    walk = few and wanted.window is None
    table = "statements s INDEXED BY statements_in_order" if walk else "statements s"
    sql, params = _select(f"SELECT s.record FROM {table}", _statement_clauses(wanted))
    rows = db.execute(sql + _order("s", newest_first), params)
    return (stored_record(record, Statement) for (record,) in rows)


def count_statements(db: sqlite3.Connection, wanted: StatementsWanted) -> int | None:
    """How many statements answer ``wanted``, when the indexes know (``wanted.exact``); otherwise ``None``.

    Phrases too are counted in SQLite (see the module's text): no text is
    folded and no record structured.
    """
    if not wanted.exact:
        return None
    if wanted.phrases and _only_phrases(wanted):  # the narrow table of texts alone answers: no statement's row is read
        clauses = _reviews("t", wanted.reviews) + _phrases("t.statement", "t.folded", wanted.phrases)
        sql, params = _select("SELECT count(*) FROM statement_texts t", clauses)
    else:
        sql, params = _select("SELECT count(*) FROM statements s", _statement_clauses(wanted))
    return int(db.execute(sql, params).fetchone()[0])


def _only_phrases(wanted: StatementsWanted) -> bool:
    """Whether ``wanted`` asks for nothing but phrases and review states (which ``statement_texts`` holds)."""
    return wanted.window is None and wanted.speaker is None and wanted.channel is None and wanted.meeting is None


def _order(alias: str, newest_first: bool) -> str:
    """The corpus's chronological order (day, then id), or its reverse."""
    way = " DESC" if newest_first else ""
    return f" ORDER BY {alias}.day_key{way}, {alias}.id{way}"


def _select(head: str, clauses: list[_Clause]) -> tuple[str, list[object]]:
    if not clauses:
        return head, []
    return head + " WHERE " + " AND ".join(sql for sql, _ in clauses), [p for _, params in clauses for p in params]
