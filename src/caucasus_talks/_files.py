"""Reading and writing the library's JSON and text files, with clear errors."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, TypeVar

from .errors import DataError, Problem
from .serialize import SCHEMA_VERSION, converter, error_messages

T = TypeVar("T")


def read_text(path: Path, shown: str | None = None) -> str:
    """A UTF-8 text file exactly as stored (line endings kept)."""
    name = shown or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(name, "", f"cannot read: {exc.strerror or exc}")]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([Problem(name, f"byte {exc.start} (line {line})", "invalid UTF-8")]) from None


def read_json(path: Path, shown: str | None = None) -> Any:
    """Parsed JSON; a syntax error names the line and column."""
    name = shown or str(path)
    text = read_text(path, name)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError([Problem(name, f"line {exc.lineno} column {exc.colno}", f"invalid JSON: {exc.msg}")]) from None


def read_table(path: Path, key: str, cls: type[T], shown: str | None = None) -> list[T]:
    """The records of a ``{"schema_version": 1, key: [...]}`` file, every problem reported at once."""
    name = shown or str(path)
    data = read_json(path, name)
    if not isinstance(data, dict):
        raise DataError([Problem(name, "$", f"expected an object with {key!r}")])
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise DataError(
            [
                Problem(
                    name, "$.schema_version", f"schema version {version!r} is not supported (this library reads {SCHEMA_VERSION})"
                )
            ]
        )
    extra = set(data) - {"schema_version", key}
    problems = [Problem(name, f"$.{k}", "unknown field") for k in sorted(extra)]
    items = data.get(key, [])
    if not isinstance(items, list):
        raise DataError([*problems, Problem(name, f"$.{key}", "expected a list")])
    records: list[T] = []
    for i, item in enumerate(items):
        try:
            records.append(converter.structure(item, cls))
        except Exception as exc:
            for message in error_messages(exc, f"$.{key}[{i}]"):
                reason, _, where = message.rpartition(" @ ")
                problems.append(Problem(name, where, reason))
    if problems:
        raise DataError(problems)
    return records


def table_json(key: str, records: list[Any]) -> str:
    """The text of a table file for ``records``."""
    body = {"schema_version": SCHEMA_VERSION, key: converter.unstructure(records)}
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename: never half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the permissions a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
