"""Reading and writing the library's JSON and text files, with clear errors and firm limits.

Only regular files are read, never through a symbolic link, and never more
than a stated number of bytes; JSON is refused when it nests too deeply,
holds a number too long to be a number, or repeats a key. Every refusal is a
:class:`DataError` naming the file, the place and the reason.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Any, TypeVar

from .errors import DataError, Problem
from .serialize import SCHEMA_VERSION, converter, error_messages

__all__ = [
    "MAX_JSON_DEPTH",
    "MAX_NUMBER_DIGITS",
    "MAX_TABLE_BYTES",
    "MAX_TEXT_BYTES",
    "file_mode",
    "fsync_folder",
    "read_json",
    "read_table",
    "read_text",
    "table_json",
    "write_atomic",
    "write_error",
]

T = TypeVar("T")

#: The largest document text read (a long report is well under 1 MiB).
MAX_TEXT_BYTES = 16 * 1024 * 1024
#: The largest JSON file read (a table of a very large corpus).
MAX_TABLE_BYTES = 2 * 1024 * 1024 * 1024
#: How deeply JSON may nest; the library's own files nest 6 deep.
MAX_JSON_DEPTH = 64
#: The most digits a JSON number may have.
MAX_NUMBER_DIGITS = 100

_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def _read_bytes(path: Path, name: str, limit: int) -> bytes:
    """The bytes of a regular file, opened without following a symbolic link and without blocking."""
    try:
        if path.is_symlink():  # O_NOFOLLOW says the same where it exists; this also covers systems without it
            raise DataError([Problem(name, "", "is a symbolic link; links are never followed (give the file it points to)")])
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DataError([Problem(name, "", "is a symbolic link; links are never followed")]) from None
        raise DataError([Problem(name, "", f"cannot read: {exc.strerror or exc}")]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
            raise DataError([Problem(name, "", f"is {kind}, not a regular file; only regular files are read")])
        if info.st_size > limit:
            raise DataError([Problem(name, "", f"is {info.st_size:,} bytes, over the limit of {limit:,} bytes")])
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # the file grew while being read
                raise DataError([Problem(name, "", f"is over the limit of {limit:,} bytes")])
        return b"".join(chunks)
    except OSError as exc:
        raise DataError([Problem(name, "", f"cannot read: {exc.strerror or exc}")]) from None
    finally:
        os.close(fd)


def read_text(path: Path, shown: str | None = None, *, limit: int = MAX_TEXT_BYTES) -> str:
    """A UTF-8 text file exactly as stored (line endings kept); NUL bytes are refused."""
    name = shown or str(path)
    raw = _read_bytes(path, name, limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError([Problem(name, f"byte {exc.start} (line {line})", "invalid UTF-8")]) from None
    nul = text.find("\0")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise DataError([Problem(name, f"character {nul} (line {line})", "a NUL character: not a text file")])
    return text


def _position(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    return f"line {line} column {index - (text.rfind(chr(10), 0, index) + 1) + 1}"


class _DuplicateKeyError(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return out


_STRING_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKETS = str.maketrans({"[": "(", "{": "(", "]": ")", "}": ")"})
_NOT_BRACKET_RE = re.compile(r"[^()]+")
_LONG_NUMBER_RE = re.compile(rf"[0-9]{{{MAX_NUMBER_DIGITS + 1},}}")


def _limits(text: str) -> tuple[str, str] | None:
    """Where and why ``text`` breaks a JSON limit (depth, number length), or ``None``; linear in the text."""
    bare = _STRING_RE.sub('""', text)  # what is left holds no string, so brackets and digits are JSON's own
    long = _LONG_NUMBER_RE.search(bare)
    if long:
        where = _STRING_RE.sub(lambda m: '"' + "x" * (len(m.group()) - 2) + '"', text)  # keep offsets
        at = _LONG_NUMBER_RE.search(where)
        return _position(text, at.start() if at else 0), f"a number of more than {MAX_NUMBER_DIGITS} digits"
    nest = _NOT_BRACKET_RE.sub("", bare.translate(_BRACKETS))
    for _ in range(MAX_JSON_DEPTH):  # each pass removes the innermost pairs: one level of nesting
        if not nest:
            return None
        nest = nest.replace("()", "")
    if nest.count("(") != nest.count(")"):
        return None  # unbalanced: the parser names the place
    return "", f"nested more than {MAX_JSON_DEPTH} levels deep"


def read_json(path: Path, shown: str | None = None) -> Any:
    """Parsed JSON; a syntax error names the line and column, a broken limit says which."""
    name = shown or str(path)
    text = read_text(path, name, limit=MAX_TABLE_BYTES)
    broken = _limits(text)
    if broken:
        raise DataError([Problem(name, *broken)])
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise DataError([Problem(name, f"line {exc.lineno} column {exc.colno}", f"invalid JSON: {exc.msg}")]) from None
    except _DuplicateKeyError as exc:
        raise DataError([Problem(name, "", f"the key {exc.args[0]!r} appears twice in one object")]) from None
    except (ValueError, RecursionError) as exc:  # what the limits above let through: say it plainly
        raise DataError([Problem(name, "", f"invalid JSON: {exc}")]) from None


def read_table(path: Path, key: str, cls: type[T], shown: str | None = None) -> list[T]:
    """The records of a ``{"schema_version": 1, key: [...]}`` file, every problem reported at once."""
    name = shown or str(path)
    data = read_json(path, name)
    if not isinstance(data, dict):
        raise DataError([Problem(name, "$", f"expected an object with {key!r}")])
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # true == 1 in Python, but not in a schema
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


def write_error(path: Path, exc: OSError) -> DataError:
    """The error for a file that could not be written, naming it and why."""
    return DataError([Problem(str(path), "", f"cannot write: {exc.strerror or exc}")])


def file_mode(folder: Path) -> int:
    """The permissions of a new file in ``folder``: the folder's read and write bits, less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    try:
        folder_bits = stat.S_IMODE(os.stat(folder).st_mode)
    except OSError:
        folder_bits = 0o777
    return folder_bits & 0o666 & ~umask


def fsync_folder(folder: Path) -> None:
    """Make a folder's renames durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def stage(folder: Path, name: str, content: str) -> Path:
    """Write ``content`` to a new hidden temporary file in ``folder`` (synced) and return its path."""
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp, file_mode(folder))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` through a temporary file and a rename: never half-written.

    A folder or file that cannot be written raises :class:`DataError` naming
    it; a symbolic link at ``path`` is replaced, never written through.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(path.parent, exc) from None
    try:
        tmp = stage(path.parent, path.name, content)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise write_error(path, exc) from None
