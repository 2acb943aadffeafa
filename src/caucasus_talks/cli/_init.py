"""``caucasus-talks init``: start a corpus folder of one's own, empty or from the bundled seed corpus."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from ..corpus import Corpus, load_corpus
from ._common import EXIT_OK, CommandError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "init",
        help="start a corpus folder of your own, empty or from the seed corpus",
        description="Create the corpus folder DIR (new or empty): empty, or, with --from-seed, holding a copy of the "
        "bundled seed corpus, to which `add` then adds your documents. To read your folder and the seed corpus "
        "together without copying, give --corpus DIR --with-seed to any query instead.",
        epilog=textwrap.dedent(
            """\
            example:
              caucasus-talks init my-corpus/ --from-seed
              caucasus-talks add article.txt --corpus my-corpus/
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("folder", metavar="DIR", type=Path, help="the corpus folder to create")
    parser.add_argument("--from-seed", action="store_true", help="start from a copy of the bundled seed corpus")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise CommandError(f"init: {folder} exists and is not an empty folder")
    corpus = load_corpus() if args.from_seed else Corpus()
    corpus.save(folder)
    sys.stderr.write(
        f"created {folder} with {len(corpus.documents)} document(s), {len(corpus.meetings)} meeting(s), "
        f"{len(corpus.statements)} statement(s)\n"
    )
    return EXIT_OK
