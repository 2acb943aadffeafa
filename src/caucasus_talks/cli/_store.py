"""``caucasus-talks store``: a corpus in one SQLite file, made from a folder, grown a document at a time, checked, exported."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from .._files import read_text
from ..corpus import Corpus
from ..errors import DataError
from ._add import Tally
from ._common import EXIT_OK, CommandError, iso_day, print_table

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "store",
        help="a corpus in one SQLite file: import, add, verify, export, upgrade",
        description="A store holds a corpus in one SQLite file that grows a document at a time and answers queries "
        "through indexes. It converts to and from a corpus folder without loss.",
        epilog=textwrap.dedent(
            """\
            examples:
              caucasus-talks store import my-corpus/ talks.db
              caucasus-talks store add talks.db article.txt --published 2022-11-10
              caucasus-talks store verify talks.db
              caucasus-talks store export talks.db reviewed/
              caucasus-talks store upgrade talks.db
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True

    p = actions.add_parser("import", help="make a new store from a corpus folder", description="Make the new store "
                           "file STORE holding every record of the corpus folder DIR (checked as it is read).")
    p.add_argument("folder", metavar="DIR", type=Path, help="a corpus folder (Corpus.save, caucasus-talks add or init)")
    p.add_argument("store", metavar="STORE", type=Path, help="the store file to make (must not exist)")
    p.set_defaults(handler=_import)

    p = actions.add_parser("export", help="write a store's corpus as a corpus folder (or its tables as Parquet)",
                           description="Write every record of STORE to the corpus folder DIR (new, empty, or a corpus "
                           "folder), as Corpus.save does; with --parquet, write its tables as Parquet files into DIR.")
    p.add_argument("store", metavar="STORE", type=Path, help="a store file")
    p.add_argument("folder", metavar="DIR", type=Path, help="the corpus folder to write")
    p.add_argument("--parquet", action="store_true", help="meetings, participants, statements and meeting_participants "
                   "as <table>.parquet (needs the parquet extra: pyarrow)")
    p.set_defaults(handler=_export)

    p = actions.add_parser("add", help="extract documents and add them to a store", description="Extract each FILE "
                           "and add it with its drafts to STORE (made if new), one transaction per file, as `add` adds "
                           "to a folder: known meetings are merged, reviewed records never changed, twice changes nothing.")
    p.add_argument("store", metavar="STORE", type=Path, help="the store file (made if it does not exist)")
    p.add_argument("files", metavar="FILE", nargs="+", type=Path, help="UTF-8 text files")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=iso_day, help="publication date of the files")
    p.set_defaults(handler=_add)

    p = actions.add_parser("verify", help="check every checksum, span, reference and index row of a store",
                           description="Check STORE again: the file, every document's checksum, every span, every "
                           "reference and every index row. Each problem is a line naming the file, the record and the "
                           "reason; the exit code is 2 when there is one.")
    p.add_argument("store", metavar="STORE", type=Path, help="a store file")
    p.set_defaults(handler=_verify)

    p = actions.add_parser("upgrade", help="bring a store an earlier release wrote to this release's version",
                           description="Upgrade STORE, written by an earlier release, to the version this release "
                           "reads, in place and in one transaction (a store of this version is left as it is).")
    p.add_argument("store", metavar="STORE", type=Path, help="a store file")
    p.set_defaults(handler=_upgrade)

    p = actions.add_parser("summary", help="how many records a store holds", description="Count STORE's records.")
    p.add_argument("store", metavar="STORE", type=Path, help="a store file")
    p.set_defaults(handler=_summary)


def _import(args: argparse.Namespace) -> int:
    from ..store import Store

    corpus = Corpus.from_path(args.folder)
    Store.from_corpus(corpus, args.store).close()
    sys.stderr.write(f"made {args.store} with {_counted(corpus)} from {args.folder}\n")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.store) as store:
        if args.parquet:
            try:
                counts = store.to_parquet(args.folder)
            except ImportError as exc:
                raise CommandError(f"store: {exc}") from None
            sys.stderr.write(", ".join(f"{n} {table}" for table, n in counts.items()) + f" rows written to {args.folder}\n")
            return EXIT_OK
        corpus = store.to_corpus()
    corpus.save(args.folder)
    sys.stderr.write(f"wrote {_counted(corpus)} to {args.folder}\n")
    return EXIT_OK


def _add(args: argparse.Namespace) -> int:
    from ..extract import extract
    from ..store import Store

    texts = [(Path(path), read_text(Path(path))) for path in args.files]  # every file read before anything is written
    tally = Tally("store")
    with (Store(args.store) if args.store.exists() else Store.create(args.store)) as store:
        for path, text in texts:
            tally.count(path, store.add(extract(text, published=args.published, document_id=path.stem)))
    sys.stderr.write("".join(line + "\n" for line in tally.report(args.store)))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.store) as store:
        problems = store.verify()
        counts = store.counts()
    if problems:
        raise DataError(problems)  # one line per problem with --verbose; exit 2
    sys.stderr.write(f"{args.store}: no problems in {sum(counts.values())} records\n")
    return EXIT_OK


def _upgrade(args: argparse.Namespace) -> int:
    from ..store import VERSION, Store

    was = Store.upgrade(args.store)
    done = f"upgraded from version {was} to {VERSION}" if was != VERSION else f"of version {VERSION} already: unchanged"
    sys.stderr.write(f"{args.store}: {done}\n")
    return EXIT_OK


def _summary(args: argparse.Namespace) -> int:
    from ..store import Store

    with Store(args.store) as store:
        counts = store.counts()
    print_table([(name, str(count)) for name, count in counts.items()], ("what", "count"))
    return EXIT_OK


def _counted(corpus: Corpus) -> str:
    return (
        f"{len(corpus.documents)} document(s), {len(corpus.participants)} participant(s), "
        f"{len(corpus.meetings)} meeting(s), {len(corpus.statements)} statement(s)"
    )

