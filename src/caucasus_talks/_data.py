"""The package's bundled data (``caucasus_talks/data/``): where it lives, and the one way it is loaded.

Everything built from bundled data — the seed corpus, the registries, the
country codes, the timeline's page assets — is built by a function decorated
with :func:`once`: nothing is read at import, the first call reads and builds,
and every later call, from any thread, gets that same value. A build that
fails leaves nothing behind, so the next call tries again.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Generic, TypeVar, cast

from ._files import read_table, read_text

__all__ = ["bundled_file", "bundled_table", "bundled_text", "once"]

T = TypeVar("T")


class _Once(Generic[T]):
    """A function of no arguments whose value is built on the first call, once, behind a lock."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._built = False
        self._value: T | None = None
        functools.update_wrapper(self, build)

    def __call__(self) -> T:
        if not self._built:  # read without the lock: once built, the value never changes
            with self._lock:
                if not self._built:
                    self._value = self._build()
                    self._built = True
        return cast(T, self._value)


def once(build: Callable[[], T]) -> _Once[T]:
    """Decorate a loader of bundled data: it runs on first use, once, even when threads race to it."""
    return _Once(build)


#: Where the data lies when the package is installed as files (as pip installs it).
_DATA = Path(__file__).resolve().parent / "data"


@contextmanager
def bundled_file(*parts: str) -> Iterator[Path]:
    """A file or folder under ``caucasus_talks/data/`` as a path, for as long as the ``with`` block lasts.

    An installed package's file is used in place. Only a package imported
    from a zip archive needs ``importlib.resources``, which copies it out for
    the block; it is not imported otherwise, because finding a resource
    reader imports ``zipfile`` and the compression modules, which cost a
    light import more than loading the whole corpus does.
    """
    path = _DATA.joinpath(*parts)
    if path.exists():
        yield path
        return
    from importlib import resources

    with resources.as_file(resources.files("caucasus_talks").joinpath("data", *parts)) as extracted:
        yield extracted


def bundled_text(*parts: str) -> str:
    """The text of a UTF-8 file under ``caucasus_talks/data/``, as stored."""
    with bundled_file(*parts) as path:
        return read_text(path, shown="caucasus_talks/data/" + "/".join(parts))


def bundled_table(relative: str, key: str, cls: type[T]) -> list[T]:
    """The records of a table file under ``caucasus_talks/data/`` (``"registry/actors.json"``), checked on reading."""
    with bundled_file(*relative.split("/")) as path:
        return read_table(path, key, cls, shown=f"caucasus_talks/data/{relative}")
