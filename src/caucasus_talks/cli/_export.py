"""``caucasus-talks export``: write the corpus out for other tools."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from .._files import write_atomic
from ..interchange import document_interchange
from ._common import CommandError, add_corpus_option, corpus_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export",
        help="write the corpus to files for other tools",
        description="Write the corpus out: one interchange JSON per document (--by-document DIR).",
        epilog=textwrap.dedent(
            """\
            example:
              caucasus-talks export --by-document out/
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--by-document", metavar="DIR", type=Path, help="write <document id>.json per document into DIR")
    add_corpus_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.by_document is None:
        raise CommandError("export: say where to write, e.g. --by-document DIR")
    corpus = corpus_from(args)
    out: Path = args.by_document
    if out.exists() and not out.is_dir():
        raise CommandError(f"export: {out} exists and is not a folder")
    for doc in corpus.documents:
        data = document_interchange(doc, corpus.participants, corpus.meetings, corpus.statements)
        write_atomic(out / f"{doc.id}.json", json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    sys.stderr.write(f"wrote {len(corpus.documents)} document file(s) to {out}\n")
    return 0
