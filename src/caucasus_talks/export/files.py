"""Writing the tables as CSV, JSON Lines or JSON files, one file per table.

CSV cells a spreadsheet would run as a formula are neutralised (see
:func:`csv_cell`); list cells are joined with ``|`` (ids never contain it).
Every file is written atomically, so an interrupted export leaves the old file
or the new one, never half of one.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Literal

from .._files import write_atomic
from ..errors import DataError, Problem
from ..model import Records
from .tables import COLUMNS, Cell, Row, tables

__all__ = ["FORMATS", "LIST_SEPARATOR", "TableFormat", "csv_cell", "write_tables"]

TableFormat = Literal["csv", "jsonl", "json"]
#: The table formats, each with its file suffix.
FORMATS: dict[str, str] = {"csv": ".csv", "jsonl": ".jsonl", "json": ".json"}
#: How a list (ids, aliases, topics) is written into one CSV cell.
LIST_SEPARATOR = "|"

# A cell starting with one of these runs as a formula in Excel, LibreOffice and
# Google Sheets (OWASP, "CSV Injection"); a leading quote makes it plain text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Cell) -> str:
    """The text of one CSV cell: ``None`` is empty, flags are ``true``/``false``, lists are joined.

    >>> csv_cell("=HYPERLINK(\\"http://example.com\\")")
    '\\'=HYPERLINK("http://example.com")'
    >>> csv_cell(["antony-blinken", "jeyhun-bayramov"])
    'antony-blinken|jeyhun-bayramov'
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = LIST_SEPARATOR.join(value) if isinstance(value, list) else value
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv_text(name: str, rows: list[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS[name])
    writer.writerows([csv_cell(row[column]) for column in COLUMNS[name]] for row in rows)
    return buffer.getvalue()


def _jsonl_text(rows: list[Row]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _json_text(rows: list[Row]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def write_tables(corpus: Records, folder: str | Path, fmt: TableFormat) -> dict[Path, int]:
    """Write ``meetings``, ``participants``, ``statements`` and ``meeting_participants`` into ``folder``.

    Returns each file written with its number of rows. JSON files are arrays of
    row objects; a corpus folder (one holding ``documents.json``) is refused for
    ``json``, whose ``meetings.json`` would overwrite the corpus's own.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown table format {fmt!r} (one of: {', '.join(FORMATS)})")
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise DataError([Problem(str(root), "", "exists and is not a folder")])
    if fmt == "json" and (root / "documents.json").exists():
        raise DataError(
            [Problem(str(root), "", "is a corpus folder; JSON tables would overwrite its meetings.json: export elsewhere")]
        )
    written: dict[Path, int] = {}
    for name, rows in tables(corpus).items():
        path = root / f"{name}{FORMATS[fmt]}"
        if fmt == "csv":
            text = _csv_text(name, rows)
        elif fmt == "jsonl":
            text = _jsonl_text(rows)
        else:
            text = _json_text(rows)
        write_atomic(path, text)
        written[path] = len(rows)
    return written
