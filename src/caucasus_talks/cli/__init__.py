"""The ``caucasus-talks`` command line: argparse wiring only; each subcommand is a module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import DataError
from ..registry import AmbiguousNameError, UnknownNameError
from . import _export, _extract, _query, _summary
from ._common import EXIT_USAGE, CommandError

__all__ = ["build_parser", "main"]

#: Subcommand modules, in the order ``--help`` lists them; each has ``register(subparsers)``.
COMMANDS = [_query, _summary, _export, _extract]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caucasus-talks",
        description="Query, extract and export the record of the Armenia-Azerbaijan peace talks.",
        epilog="example:\n  caucasus-talks summary\n  caucasus-talks <command> --help",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"caucasus-talks {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 nothing matched, 2 bad usage or input)."""
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
        sys.stderr.write(f"caucasus-talks: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
