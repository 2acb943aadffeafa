"""A corpus folder changes all at once or not at all, and one writer at a time.

A write stages every new file beside the old ones (hidden ``.<name>.*.tmp``
files), then writes a journal (``.journal.json``, itself atomically) that
lists the renames and removals, applies them, and removes the journal. A
process killed at any moment leaves either no journal (the old state, plus
staged files the next open removes) or a complete journal (the next open
finishes it: the new state). Writers hold an exclusive lock on the folder
(``flock`` on the folder itself, so no lock file can go stale: the system
releases it when the process ends); readers hold a shared one.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ._files import fsync_folder, stage, write_atomic, write_error
from .errors import DataError, Problem

try:  # POSIX; elsewhere writers are not excluded (see docs/data-model.md)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["JOURNAL", "Changes", "is_ours", "locked", "needs_recovery", "recover"]

#: The journal of a write in progress.
JOURNAL = ".journal.json"

_held = threading.local()  # per thread: folder -> (lock depth, exclusive)


def is_ours(name: str) -> bool:
    """Whether a file name is one of the write machinery's own (the journal, a staged file)."""
    return name == JOURNAL or (name.startswith(".") and name.endswith(".tmp"))


@contextmanager
def locked(folder: Path, *, exclusive: bool) -> Iterator[None]:
    """Hold the folder's lock for the block: exclusive for a writer, shared for a reader; re-entrant in a thread."""
    key = os.path.realpath(folder)
    held: dict[str, tuple[int, bool]] = getattr(_held, "locks", None) or {}
    _held.locks = held
    depth, mine_exclusive = held.get(key, (0, False))
    if depth and (mine_exclusive or not exclusive):
        held[key] = (depth + 1, mine_exclusive)
        try:
            yield
        finally:
            held[key] = (depth, mine_exclusive)
        return
    if depth:
        raise RuntimeError(f"{folder}: a reader of this folder cannot start writing it in the same block")
    fd = _open_folder(folder) if fcntl is not None else None
    try:
        if fd is not None:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        held[key] = (1, exclusive)
        try:
            yield
        finally:
            del held[key]
    finally:
        if fd is not None:
            os.close(fd)  # closing releases the lock


def _open_folder(folder: Path) -> int | None:
    try:
        return os.open(folder, os.O_RDONLY)
    except OSError:
        return None  # a folder that cannot be opened cannot be written either: nothing to exclude


def recover(folder: Path) -> None:
    """Finish a write a killed process left journaled, and remove staged files no journal names.

    Call it holding the exclusive lock. A folder that cannot be written and
    holds a journal raises :class:`DataError`: its state is not yet whole.
    """
    journal = folder / JOURNAL
    if journal.exists():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            renames = [(str(a), str(b)) for a, b in plan["replace"]]
            removals = [str(n) for n in plan["remove"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise DataError([Problem(str(journal), "", f"an interrupted write's journal cannot be read: {exc}")]) from None
        try:
            _apply(folder, renames, removals)
        except OSError as exc:
            why = f"an interrupted write cannot be finished: {exc.strerror or exc}"
            raise DataError([Problem(str(folder), "", why)]) from None
    for path in folder.iterdir():
        if is_ours(path.name) and path.name != JOURNAL:
            with contextlib.suppress(OSError):  # a read-only folder keeps its leftovers; readers ignore them
                path.unlink()


def needs_recovery(folder: Path) -> bool:
    """Whether a killed write left a journal or staged files behind."""
    try:
        return any(is_ours(p.name) for p in folder.iterdir())
    except OSError:
        return False


def _apply(folder: Path, renames: list[tuple[str, str]], removals: list[str]) -> None:
    for staged, name in renames:
        if (folder / staged).exists():
            os.replace(folder / staged, folder / name)
    for name in removals:
        (folder / name).unlink(missing_ok=True)
    fsync_folder(folder)
    (folder / JOURNAL).unlink(missing_ok=True)
    fsync_folder(folder)


class Changes:
    """The files one write replaces and removes in a folder, applied together by :meth:`commit`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._writes: dict[str, str] = {}
        self._removals: list[str] = []

    def write(self, name: str, content: str) -> None:
        self._writes[name] = content

    def remove(self, name: str) -> None:
        self._removals.append(name)

    def commit(self) -> None:
        """Stage every file, journal the plan, apply it; hold the folder's exclusive lock around this."""
        staged: list[tuple[str, str]] = []
        try:
            for name, content in self._writes.items():
                staged.append((stage(self.folder, name, content).name, name))
            fsync_folder(self.folder)
            plan = {"replace": staged, "remove": self._removals}
            write_atomic(self.folder / JOURNAL, json.dumps(plan) + "\n")
        except BaseException as exc:
            for name, _ in staged:
                (self.folder / name).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise write_error(self.folder, exc) from None
            raise
        fsync_folder(self.folder)
        try:
            _apply(self.folder, staged, self._removals)
        except OSError as exc:
            raise write_error(self.folder, exc) from None
