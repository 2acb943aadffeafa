"""A name index over records: exact lookup on folded names, and near misses."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

from ..text import fold

__all__ = ["AmbiguousNameError", "NameIndex", "UnknownNameError"]

T = TypeVar("T")


class UnknownNameError(LookupError):
    """No record has this name; ``suggestions`` holds the closest known names."""

    def __init__(self, what: str, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean {' or '.join(repr(s) for s in suggestions)}?" if suggestions else ""
        super().__init__(f"unknown {what} {name!r}{hint}")

    def __str__(self) -> str:
        return str(self.args[0])


class AmbiguousNameError(LookupError):
    """Several records share this name; ``candidates`` names them."""

    def __init__(self, what: str, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(f"{what} {name!r} is ambiguous: it may be {' or '.join(candidates)}")

    def __str__(self) -> str:
        return str(self.args[0])


class NameIndex(Generic[T]):
    """Records indexed once by id and by every folded name.

    ``lookup`` is case- and diacritics-insensitive over every name; an unknown
    name raises :class:`UnknownNameError` with the closest known names.
    """

    def __init__(
        self,
        records: Iterable[T],
        *,
        what: str,
        id_of: Callable[[T], str],
        names_of: Callable[[T], Iterable[str]],
        display: Callable[[T], str],
    ) -> None:
        self._what = what
        self._id_of = id_of
        self._display = display
        self._records: dict[str, T] = {}
        self._by_name: dict[str, list[str]] = {}
        for record in records:
            rid = id_of(record)
            if rid in self._records:
                raise ValueError(f"duplicate {what} id {rid!r}")
            self._records[rid] = record
            for name in (rid, *names_of(record)):
                ids = self._by_name.setdefault(fold(name), [])
                if rid not in ids:
                    ids.append(rid)

    def __iter__(self) -> Iterator[T]:
        return iter(self._records.values())

    def __len__(self) -> int:
        return len(self._records)

    def __contains__(self, rid: object) -> bool:
        return rid in self._records

    def get(self, rid: str) -> T | None:
        """The record with this id, or ``None``."""
        return self._records.get(rid)

    def matches(self, name: str) -> list[T]:
        """Every record with this exact name, alias or id (folded); may be empty."""
        return [self._records[i] for i in self._by_name.get(fold(name), ())]

    def lookup(self, name: str) -> T:
        """The one record with this name, alias or id."""
        found = self.matches(name)
        if len(found) == 1:
            return found[0]
        if found:
            raise AmbiguousNameError(self._what, name, [f"{self._display(r)} ({self._id_of(r)})" for r in found])
        raise UnknownNameError(self._what, name, self.suggest(name))

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """The display names of the records whose names are closest to ``name``."""
        folded = fold(name)
        close = difflib.get_close_matches(folded, list(self._by_name), n=n * 3, cutoff=0.6)
        # Also compare against single words, so "blinkin" finds "antony blinken".
        if not close:
            words: dict[str, str] = {}
            for key in self._by_name:
                for word in key.split():
                    words.setdefault(word, key)
            close = [words[w] for w in difflib.get_close_matches(folded, list(words), n=n, cutoff=0.7)]
        out: list[str] = []
        for key in close:
            for rid in self._by_name[key]:
                shown = self._display(self._records[rid])
                if shown not in out:
                    out.append(shown)
        return out[:n]

    def search_fuzzy(self, name: str, n: int = 5) -> list[T]:
        """Records whose names contain ``name`` or come close to it, best first."""
        folded = fold(name)
        hits = [self._records[i] for key, ids in self._by_name.items() if folded and folded in key for i in ids]
        for shown in self.suggest(name, n):
            hits.extend(r for r in self._records.values() if self._display(r) == shown)
        out: list[T] = []
        seen: set[str] = set()
        for record in hits:
            rid = self._id_of(record)
            if rid not in seen:
                seen.add(rid)
                out.append(record)
        return out[:n]
