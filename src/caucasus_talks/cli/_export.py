"""``caucasus-talks export``: write the corpus (or a store's records) out for other tools."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from .._files import write_atomic
from ..corpus import TABLES, Corpus
from ..export.events import write_events
from ..export.files import write_tables
from ..export.interchange import document_interchange
from ._common import CommandError, add_corpus_option, add_store_option, searchable_from

#: ``--format`` values: the three table formats and the event-data export.
FORMATS = ("csv", "jsonl", "json", "plover")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "export",
        help="write the corpus to files for other tools",
        description=(
            "Write the corpus out. --format csv|jsonl|json DIR writes the tables meetings, participants, "
            "statements and meeting_participants (one file each, one row per record); --format plover DIR "
            "writes events.jsonl, every meeting and statement coded in CAMEO and PLOVER; --by-document DIR "
            "writes one interchange JSON per document. With --store FILE, the store is read whole into memory "
            "first (as `store export` reads it); `store export STORE DIR --parquet` writes its tables a batch at a time."
        ),
        epilog=textwrap.dedent(
            """\
            example:
              caucasus-talks export --format csv tables/
              caucasus-talks export --format plover events/
              caucasus-talks export --by-document out/
              caucasus-talks export --format jsonl tables/ --store talks.db
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--format", choices=FORMATS, help="what to write into DIR")
    parser.add_argument("folder", metavar="DIR", nargs="?", type=Path, help="the folder to write into (with --format)")
    parser.add_argument("--by-document", metavar="DIR", type=Path, help="write <document id>.json per document into DIR")
    add_corpus_option(parser)
    add_store_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.by_document is not None and (args.format is not None or args.folder is not None):
        raise CommandError("export: give either --format FORMAT DIR or --by-document DIR, not both")
    if args.by_document is not None:
        _by_document(_corpus(args), args.by_document)
        return 0
    if args.format is None:
        raise CommandError("export: say what to write, e.g. --format csv DIR or --by-document DIR")
    if args.folder is None:
        raise CommandError(f"export: --format {args.format} needs a folder to write into, e.g. --format {args.format} out/")
    out: Path = args.folder
    if out.exists() and not out.is_dir():
        raise CommandError(f"export: {out} exists and is not a folder")
    corpus = _corpus(args)
    if args.format == "plover":
        path = write_events(corpus, out)
        count = len(corpus.meetings) + len(corpus.statements)
        sys.stderr.write(f"wrote {path} ({count} events: {len(corpus.meetings)} meetings, {len(corpus.statements)} statements)\n")
        return 0
    written = write_tables(corpus, out, args.format)
    for path, rows in written.items():
        sys.stderr.write(f"wrote {path} ({rows} row{'s' if rows != 1 else ''})\n")
    return 0


def _corpus(args: argparse.Namespace) -> Corpus:
    """What to write: the ``--corpus`` folders (or the bundled corpus), or every record of the ``--store``, read whole."""
    with searchable_from(args) as found:
        return found if isinstance(found, Corpus) else found.to_corpus()


def _by_document(corpus: Corpus, out: Path) -> None:
    """One ``<document id>.json`` per document; a corpus folder is refused, its own files could collide."""
    if out.exists() and not out.is_dir():
        raise CommandError(f"export: {out} exists and is not a folder")
    if (out / TABLES["documents"]).exists():
        raise CommandError(f"export: {out} is a corpus folder; write the documents' files elsewhere")
    for doc in corpus.documents:  # document ids are portable file names (see model.document_id_problem)
        data = document_interchange(doc, corpus.participants, corpus.meetings, corpus.statements)
        write_atomic(out / f"{doc.id}.json", json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    sys.stderr.write(f"wrote {len(corpus.documents)} document file(s) to {out}\n")
