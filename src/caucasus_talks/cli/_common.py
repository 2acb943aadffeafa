"""What every subcommand shares: the corpus option, output, exit codes, errors."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..corpus import Corpus, load_corpus

__all__ = [
    "EXIT_NO_MATCH",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "add_corpus_option",
    "add_json_option",
    "corpus_from",
    "print_json",
    "print_table",
]

EXIT_OK = 0
EXIT_NO_MATCH = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A short message for stderr and an exit code; never a traceback."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


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


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def print_table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> None:
    """Aligned columns; the last column is never padded."""
    table = [list(header), *[list(r) for r in rows]]
    widths = [max(len(r[i]) for r in table) for i in range(len(header) - 1)]
    for row in table:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)] + [row[-1]]
        sys.stdout.write("  ".join(cells).rstrip() + "\n")


Handler = Callable[[argparse.Namespace], int]
