"""Rewriting records a store holds (what a review changes): all of them or, when one is refused, none.

A record takes the place of the stored one with its id and kind, its index
rows with it. Before anything is written, every record is checked: its id is
held, as that kind, and the record passes the loader's rules against what the
store holds (:func:`.verify.check_records`); a store never holds what a
corpus folder would refuse.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from ..errors import DataError, Problem
from ..model import Meeting, Participant, Statement
from . import read
from .verify import check_records
from .write import put_meeting, put_participant, put_statement

__all__ = ["rewrite"]

#: The table that holds each kind of record a rewrite takes.
TABLE_OF = {Participant: "participants", Meeting: "meetings", Statement: "statements"}


def rewrite(db: sqlite3.Connection, path: Path, records: Sequence[Participant | Meeting | Statement]) -> None:
    """Write ``records`` over the stored ones with their ids, in the caller's transaction; a :class:`DataError` if refused."""
    problems = _not_held(db, str(path), records) or check_records(db, path, records)
    if problems:
        raise DataError(problems)
    for record in records:
        if isinstance(record, Participant):
            put_participant(db, record)
        elif isinstance(record, Meeting):
            put_meeting(db, record)
        else:
            put_statement(db, record)


def _not_held(db: sqlite3.Connection, file: str, records: Sequence[Participant | Meeting | Statement]) -> list[Problem]:
    """A problem for each record whose id the store does not hold as its kind, or that is given twice."""
    held = read.record_ids(db, {r.id for r in records})
    problems: list[Problem] = []
    seen: set[str] = set()
    for record in records:
        table = TABLE_OF[type(record)]
        where = f"{table}[{record.id!r}]"
        if record.id in seen:
            problems.append(Problem(file, where, "given twice: one record replaces a stored one"))
        elif held.get(record.id) != table:
            reason = f"the store holds no {table[:-1]} with id {record.id!r}: only a stored record is replaced"
            problems.append(Problem(file, where, reason))
        seen.add(record.id)
    return problems
