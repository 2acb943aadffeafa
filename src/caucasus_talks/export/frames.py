"""The four export tables as pandas DataFrames (needs the ``pandas`` extra)."""

from __future__ import annotations

from typing import Any

from ..model import Records
from ._optional import require
from .tables import COLUMNS, tables

__all__ = ["to_pandas"]

_DAY_COLUMNS = ("date_earliest", "date_latest")


def to_pandas(corpus: Records) -> dict[str, Any]:
    """``{"meetings": DataFrame, "participants": ..., "statements": ..., "meeting_participants": ...}``.

    Columns are those of the CSV export; list cells stay Python lists, and
    ``date_earliest``/``date_latest`` (the first and last day a partial date
    may stand for) are ``datetime64`` columns, so date ranges filter directly.
    """
    pd = require("pandas", "pandas", "corpus.to_pandas()")
    frames: dict[str, Any] = {}
    for name, rows in tables(corpus).items():
        frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS[name]))
        for column in _DAY_COLUMNS:
            if column in frame.columns:
                frame[column] = pd.to_datetime(frame[column])
        frames[name] = frame
    return frames
