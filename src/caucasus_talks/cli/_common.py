"""What every subcommand shares: the corpus and store options, output, exit codes, errors."""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from ..corpus import Corpus, load_corpus

if TYPE_CHECKING:
    from ..store import Store

    #: What the commands that take ``--store`` read: a corpus, or a store.
    Searchable: TypeAlias = Corpus | Store

__all__ = [
    "EXIT_NO_MATCH",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "add_corpus_option",
    "add_json_option",
    "add_store_option",
    "column_widths",
    "corpus_from",
    "iso_day",
    "output_width",
    "print_json",
    "print_table",
    "searchable_from",
    "table_lines",
]

EXIT_OK = 0
EXIT_NO_MATCH = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A short message for stderr and an exit code; never a traceback."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def iso_day(value: str) -> _dt.date:
    """An argparse type: a day written ``YYYY-MM-DD`` (a publication date)."""
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corpus",
        metavar="DIR",
        type=Path,
        action="append",
        help="a corpus folder written by Corpus.save or add; repeat to read several as one (default: the bundled seed corpus)",
    )
    parser.add_argument(
        "--with-seed",
        action="store_true",
        help="read the bundled seed corpus together with the --corpus folders",
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON array instead of aligned text")


def corpus_from(args: argparse.Namespace) -> Corpus:
    """The corpus of the ``--corpus`` folders (and the bundled one, ``--with-seed``) read as one; else the bundled one.

    Folders are combined with :meth:`Corpus.merge`: a participant both know
    is one participant; two different records under one id are an error.
    """
    folders: list[Path] = getattr(args, "corpus", None) or []
    parts = [Corpus.from_path(folder) for folder in folders]
    if getattr(args, "with_seed", False) or not parts:
        parts.insert(0, load_corpus())
    corpus = parts[0]
    for part in parts[1:]:
        corpus = corpus.merge(part)
    return corpus


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", metavar="FILE", type=Path, help="a store file (caucasus-talks store) instead of --corpus")


@contextlib.contextmanager
def searchable_from(args: argparse.Namespace) -> Iterator[Searchable]:
    """The store ``--store`` names, open for the command; without it, the corpus of ``--corpus`` (or the bundled one).

    A store and folders are not read together: ``--store`` with ``--corpus``
    or ``--with-seed`` is a usage error, and a file that is not a store is
    one line naming it (a :class:`~caucasus_talks.DataError`).
    """
    if args.store is None:
        yield corpus_from(args)
        return
    if args.corpus or args.with_seed:
        raise CommandError(f"{args.command}: --store reads one store; it takes no --corpus or --with-seed")
    from ..store import Store

    with Store(args.store) as store:
        yield store


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def output_width() -> int | None:
    """The width a table must fit: ``$COLUMNS`` when set, else the terminal's; ``None`` (no limit) for a pipe or file.

    Output read by another program keeps one line per row, so ``grep`` and
    ``cut`` see whole records; set ``COLUMNS`` to wrap it anyway.
    """
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isascii() and columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


_GAP = "  "
#: The narrowest a column is made before its words are cut (a narrower column keeps its own width).
_MIN_COLUMN = 6


def column_widths(table: Sequence[Sequence[str]], width: int | None) -> list[int]:
    """How wide each column is drawn: as wide as its widest cell when the table fits, else the widest shrunk first.

    The columns share ``width`` less the gaps between them: every column
    narrower than some cap keeps its width, the others get the cap (the last
    column, where the free text is, twice the cap), and what is left over
    goes to the widest. A column is never made
    narrower than :data:`_MIN_COLUMN` or its header's longest word, so a
    terminal too narrow even for that gets lines longer than it.
    """
    natural = [max((len(row[i]) for row in table), default=0) for i in range(len(table[0]))]
    if width is None:
        return natural
    room = width - len(_GAP) * (len(natural) - 1)
    if sum(natural) <= room:
        return natural
    floor = [min(n, max([_MIN_COLUMN, *(len(w) for w in table[0][i].split())])) for i, n in enumerate(natural)]
    if sum(floor) >= room:
        return floor
    share = [1] * (len(natural) - 1) + [2]  # the last column, a text, takes twice the cap

    def capped(cap: int) -> list[int]:
        return [max(f, min(n, cap * k)) for f, n, k in zip(floor, natural, share, strict=True)]

    cap = 0
    while sum(capped(cap + 1)) <= room:
        cap += 1
    widths = capped(cap)
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):
        widths[i] += min(room - sum(widths), natural[i] - widths[i])
    return widths


def _wrap(text: str, width: int) -> list[str]:
    """The lines of a cell ``width`` wide: broken between words, after hyphens, and inside a word only when it must be."""
    if len(text) <= width:
        return [text]
    return textwrap.wrap(text, width) or [""]


def table_lines(rows: Sequence[Sequence[str]], header: Sequence[str], width: int | None) -> list[str]:
    """Aligned columns no wider than ``width`` (``None``: no limit), a long cell wrapped onto the lines below its row.

    Whitespace inside a cell is collapsed to single spaces; nothing is cut.
    The last column is never padded.
    """
    table = [[" ".join(cell.split()) for cell in row] for row in [header, *rows]]
    widths = column_widths(table, width)
    lines: list[str] = []
    for row in table:
        cells = [_wrap(cell, w) for cell, w in zip(row, widths, strict=True)]
        for k in range(max(map(len, cells))):
            parts = [cell[k] if k < len(cell) else "" for cell in cells]
            padded = [part.ljust(w) for part, w in zip(parts[:-1], widths, strict=False)]
            lines.append(_GAP.join([*padded, parts[-1]]).rstrip())
    return lines


def print_table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> None:
    """Aligned columns that fit the terminal (see :func:`output_width`); long cells wrap, nothing is cut."""
    sys.stdout.write("".join(line + "\n" for line in table_lines(rows, header, output_width())))


Handler = Callable[[argparse.Namespace], int]
