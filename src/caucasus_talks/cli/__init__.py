"""The ``caucasus-talks`` command line: argparse wiring only; each subcommand is a module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from ..errors import DataError
from ..registry import AmbiguousNameError, UnknownNameError
from . import _export, _extract, _init, _query, _review, _store, _summary
from ._common import EXIT_USAGE, CommandError

__all__ = ["build_parser", "main"]

#: Subcommand modules, in the order ``--help`` lists them; each has ``register(subparsers)``.
COMMANDS = [_query, _summary, _export, _extract, _init, _review, _store]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line, like every other error of the command line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="caucasus-talks",
        description="Query, extract and export the record of the Armenia-Azerbaijan peace talks.",
        epilog="example:\n  caucasus-talks summary\n  caucasus-talks <command> --help",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"caucasus-talks {__version__}")
    parser.add_argument("--verbose", action="store_true", help="on an error, list every problem found, not the first")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in COMMANDS:
        module.register(sub)
    for command in sub.choices.values():  # --verbose also after the subcommand
        command.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _data_error(exc: DataError, command: str, verbose: bool) -> str:
    """One line for the first problem (with how many more there are), or, ``verbose``, a line for each."""
    problems = exc.problems or []
    if verbose or len(problems) <= 1:
        return "".join(f"caucasus-talks: {command}: {p}\n" for p in problems) or f"caucasus-talks: {command}: {exc}\n"
    more = len(problems) - 1
    return f"caucasus-talks: {command}: {problems[0]} (and {more} more problem{'s' if more > 1 else ''}: --verbose lists them)\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 nothing matched, 2 bad usage or input).

    Every error is one line on stderr, never a traceback; ``--verbose`` lists
    every problem of a file that has several.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except CommandError as exc:
        sys.stderr.write(f"caucasus-talks: {exc}\n")
        return exc.code
    except (UnknownNameError, AmbiguousNameError) as exc:
        sys.stderr.write(f"caucasus-talks: {exc}\n")
        return EXIT_USAGE
    except DataError as exc:
        sys.stderr.write(_data_error(exc, args.command, args.verbose))
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
