"""A store's tables as Parquet files, for Spark, Dask, DuckDB and pandas to read directly (the ``parquet`` extra).

The four tables are those of :mod:`caucasus_talks.export.tables` (meetings,
participants, statements, meeting_participants), with the same columns and
the same values as the CSV and JSON Lines exports; they are written a batch of
records at a time, so a store of any size is exported in bounded memory. Each
file is written beside its final name and renamed into place when whole.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ..export._optional import require
from ..export.tables import COLUMNS, Row, meeting_participant_rows, meeting_rows, participant_rows, statement_rows
from . import read
from .stored import stored_record

__all__ = ["to_parquet"]

#: How many records are turned into rows and written together.
BATCH = 5000

T = TypeVar("T")

#: The columns that hold a list of texts (ids, aliases, topics) and those that hold a flag; every other holds text.
LISTS = {"participant_ids", "mediator_ids", "topics", "documents", "aliases", "offices", "speakers"}
FLAGS = {"by_office"}


def _batches(records: Iterable[T]) -> Iterator[list[T]]:
    it = iter(records)
    while batch := list(itertools.islice(it, BATCH)):
        yield batch


def to_parquet(db: sqlite3.Connection, folder: Path, *, structure: read.Structure = stored_record) -> dict[str, int]:
    """Write ``<table>.parquet`` for each table into ``folder`` (made if new); how many rows each has.

    ``structure``: how each row's JSON becomes its record (:meth:`Store.to_parquet
    <caucasus_talks.store.Store.to_parquet>` checks every value, as for a corpus folder).
    """
    pa = require("pyarrow", "parquet", "Exporting a store to Parquet")
    pq = require("pyarrow.parquet", "parquet", "Exporting a store to Parquet")
    folder.mkdir(parents=True, exist_ok=True)
    sources: dict[str, tuple[Callable[[Any], list[Row]], Callable[[], Iterable[Any]]]] = {
        "meetings": (meeting_rows, lambda: read.meetings_in_order(db, structure=structure)),
        "participants": (participant_rows, lambda: read.all_participants(db, structure=structure)),
        "statements": (statement_rows, lambda: read.statements_in_order(db, structure=structure)),
        "meeting_participants": (meeting_participant_rows, lambda: read.meetings_in_order(db, structure=structure)),
    }
    counts: dict[str, int] = {}
    for table, (rows_of, records) in sources.items():
        schema = pa.schema([(c, _type(pa, c)) for c in COLUMNS[table]])
        final = folder / f"{table}.parquet"
        staged = folder / f".{table}.parquet.{os.getpid()}.tmp"
        counts[table] = 0
        try:
            with pq.ParquetWriter(staged, schema) as writer:
                for batch in _batches(records()):
                    rows = rows_of(batch)
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    counts[table] += len(rows)
                if not counts[table]:
                    writer.write_table(schema.empty_table())
            os.replace(staged, final)
        finally:
            staged.unlink(missing_ok=True)
    return counts


def _type(pa: Any, column: str) -> Any:
    if column in LISTS:
        return pa.list_(pa.string())
    if column in FLAGS:
        return pa.bool_()
    return pa.string()
