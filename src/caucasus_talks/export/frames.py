"""The four export tables as pandas DataFrames (needs the ``pandas`` extra)."""

from __future__ import annotations

from typing import Any

from ..model import Records
from ._optional import require
from .tables import COLUMNS, tables

__all__ = ["DAY_DTYPE", "to_pandas"]

_DAY_COLUMNS = ("date_earliest", "date_latest")
#: The dtype of the day columns: seconds, not pandas' default nanoseconds, so that any year from 1 to 9999 fits.
DAY_DTYPE = "datetime64[s]"


def to_pandas(corpus: Records) -> dict[str, Any]:
    """``{"meetings": DataFrame, "participants": ..., "statements": ..., "meeting_participants": ...}``.

    Columns are those of the CSV export; list cells stay Python lists. A date
    of any precision has its first and last possible day in ``date_earliest``
    and ``date_latest``, ``datetime64[s]`` columns (``NaT`` when undated),
    so date ranges filter and sort directly; ``date`` keeps the ISO text at its
    precision (``2022-11-07``, ``2022-11``, ``2022``) and ``date_precision``
    says which.
    """
    pd = require("pandas", "pandas", "corpus.to_pandas()")
    np = require("numpy", "pandas", "corpus.to_pandas()")
    frames: dict[str, Any] = {}
    for name, rows in tables(corpus).items():
        frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS[name]))
        for column in _DAY_COLUMNS:
            if column in frame.columns:
                days = np.array([row[column] or "NaT" for row in rows], dtype="datetime64[D]")
                frame[column] = pd.Series(days.astype(DAY_DTYPE), index=frame.index)
        frames[name] = frame
    return frames
