"""Errors that name the file, the place in it and the reason."""

from __future__ import annotations

import attrs

__all__ = ["DataError", "Problem"]


@attrs.frozen
class Problem:
    """One thing wrong with one file: where (a JSON path or a line) and why."""

    file: str
    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.reason}" if self.where else f"{self.file}: {self.reason}"


class DataError(ValueError):
    """Data could not be loaded or saved; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} found"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))

    def __str__(self) -> str:
        return str(self.args[0])
