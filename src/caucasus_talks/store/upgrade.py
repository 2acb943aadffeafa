"""Upgrading a store that an earlier release wrote, in place, in one transaction.

Each step brings a store from one version to the next (:data:`STEPS`), and
:func:`upgrade` runs them in one transaction with the new version number:
a process killed at any moment leaves the store as it was or upgraded whole.
A store too old to upgrade is refused with what to do instead (export it with
the release that made it and import the folder again), and a damaged file
(SQLite's ``quick_check``) is refused before anything is written.

- 2 to 3: each statement's row gains its folded text with its words' edges
  marked (``statements.folded``, :func:`.rows.marked_words`), made from the
  statement's own text, in which SQLite tests the phrases of a query.
- 3 to 4: meetings are indexed by review state, so that a count leaves out
  rejected meetings without reading each meeting counted.
- 4 to 5: each statement's folded text moves out of its row, with its review
  state, into a narrow table (``statement_texts``), so that counting the
  statements that hold a phrase reads no record. Dropping the column
  rewrites the statements' table: the longest step, some seconds a
  hundred thousand statements.
- 5 to 6: each meeting's and statement's row holds its record in positional
  form (:func:`.rows.positional`: each record an array of its fields'
  values), which is parsed in half the time of the converter's objects. A row
  that form cannot hold as it is (damaged: not JSON, a key that is no field)
  is left as it was, for ``verify`` to name as before.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import DataError, Problem
from ..model import Meeting, Statement
from . import schema
from .rows import dumps, keyed, marked_words, positional

__all__ = ["STEPS", "upgrade"]


def _folded_texts(db: sqlite3.Connection, path: Path) -> None:
    """Version 2 to 3: the column ``statements.folded``, filled from each statement's text."""
    sql = (
        "SELECT id FROM statements WHERE CASE WHEN json_valid(record) THEN json_type(record, '$.text') IS NOT 'text' "
        "ELSE 1 END ORDER BY n LIMIT 1"
    )
    damaged = db.execute(sql).fetchone()
    if damaged is not None:
        reason = "its row holds no statement with a text: the store is damaged (caucasus-talks store verify)"
        raise DataError([Problem(str(path), f"statements[{damaged[0]!r}]", reason)])
    raised: list[BaseException] = []

    def marked(text: str) -> str:
        try:
            return marked_words(text)
        except BaseException as exc:  # sqlite3 would say only that a function raised: Ctrl-C is Ctrl-C
            raised.append(exc)
            raise

    db.create_function("marked_words", 1, marked, deterministic=True)
    db.execute("ALTER TABLE statements ADD COLUMN folded TEXT NOT NULL DEFAULT ''")
    try:
        db.execute("UPDATE statements SET folded = marked_words(json_extract(record, '$.text'))")
    except sqlite3.Error:
        if raised:
            raise raised[0] from None
        raise


def _review_indexes(db: sqlite3.Connection, path: Path) -> None:
    """Version 3 to 4: meetings indexed by review state (:data:`.schema.REVIEW_INDEX`)."""
    db.execute(schema.REVIEW_INDEX)


def _texts_apart(db: sqlite3.Connection, path: Path) -> None:
    """Version 4 to 5: each statement's folded text and review state in ``statement_texts``, not in its row."""
    db.execute(schema.TEXTS_TABLE)
    db.execute("INSERT INTO statement_texts (review, folded, statement) SELECT review, folded, n FROM statements")
    db.execute("ALTER TABLE statements DROP COLUMN folded")


def _positional_row(record: str, cls: type[Any]) -> str:
    """A row's record in positional form; the row as it is when that form cannot hold its JSON as it is (damaged)."""
    try:
        data = json.loads(record)
    except ValueError:
        return record
    row = positional(data, cls)
    return dumps(row) if type(data) is dict and keyed(row, cls) == data else record


def _positional_records(db: sqlite3.Connection, path: Path) -> None:
    """Version 5 to 6: each meeting's and statement's record in positional form (:func:`.rows.positional`)."""
    raised: list[BaseException] = []
    for table, cls in (("meetings", Meeting), ("statements", Statement)):

        def rewritten(record: str, cls: type[Any] = cls) -> str:
            try:
                return _positional_row(record, cls)
            except BaseException as exc:  # sqlite3 would say only that a function raised: Ctrl-C is Ctrl-C
                raised.append(exc)
                raise

        db.create_function(f"positional_{table}", 1, rewritten, deterministic=True)
        try:
            db.execute(f"UPDATE {table} SET record = positional_{table}(record)")
        except sqlite3.Error:
            if raised:
                raise raised[0] from None
            raise


#: The step that brings a store of each version to the next.
STEPS: dict[int, Callable[[sqlite3.Connection, Path], None]] = {
    2: _folded_texts,
    3: _review_indexes,
    4: _texts_apart,
    5: _positional_records,
}


def upgrade(path: Path) -> int:
    """Bring the store at ``path`` to :data:`~.schema.VERSION` in place, in one transaction; the version it had.

    A store of this version is left as it is; one of a version no step
    upgrades (older than :data:`~.schema.UPGRADABLE`, or newer than this
    library) is refused with a :class:`~caucasus_talks.DataError` naming the
    file and what to do. The file is checked first (SQLite's ``quick_check``,
    a read of the whole file, under the write lock the upgrade then holds): a
    damaged one is refused, naming the file and what SQLite found, and left
    as it was.
    """
    db, version = schema.opened(path)
    try:
        if version == schema.VERSION:
            return version
        if version not in STEPS:
            raise schema.version_problem(path, version)
        db.execute("BEGIN IMMEDIATE")  # the write lock first: the file checked is the file upgraded
        try:
            damage = schema.damage(db)
            if damage:
                raise DataError([Problem(str(path), "", f"cannot upgrade: the file is damaged: {row}") for row in damage])
            for step in range(version, schema.VERSION):
                STEPS[step](db, path)
            db.execute(f"PRAGMA user_version = {schema.VERSION}")
        except BaseException:
            if db.in_transaction:  # SQLite ends it itself on some errors (an interrupt, I/O): its reason is the one to give
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise DataError([Problem(str(path), "", f"cannot upgrade: {exc}")]) from None
    finally:
        db.close()
    return version
