"""``caucasus-talks summary``: what a corpus (or a store) holds, counted."""

from __future__ import annotations

import argparse
import textwrap
from typing import TYPE_CHECKING, Any

from ..corpus import Corpus
from ._common import add_corpus_option, add_json_option, add_store_option, print_json, print_table, searchable_from

if TYPE_CHECKING:
    from ..store import Store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "summary",
        help="count the corpus's documents, meetings, participants and statements",
        description="Count the documents, meetings, participants and statements of a corpus (or of a store, --store, "
        "without reading its records), and give its date range.",
        epilog=textwrap.dedent(
            """\
            example:
              caucasus-talks summary
              caucasus-talks summary --corpus my-corpus/ --json
              caucasus-talks summary --store talks.db
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser)
    add_store_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with searchable_from(args) as corpus:
        data = _counted(corpus) if isinstance(corpus, Corpus) else _counted_store(corpus)
    if args.json:
        print_json(data)
    else:
        print_table([(k.replace("_", " "), str(v if v is not None else "-")) for k, v in data.items()], ("what", "count"))
    return 0


def _counted(corpus: Corpus) -> dict[str, Any]:
    dated = [m.date for m in corpus.meetings if m.date.known] + [s.date for s in corpus.statements if s.date.known]
    first = min(dated, key=lambda d: d.sort_key()).iso if dated else None
    last = max(dated, key=lambda d: d.sort_key()).iso if dated else None
    return {
        "documents": len(corpus.documents),
        "meetings": len(corpus.meetings),
        "participants": len(corpus.participants),
        "statements": len(corpus.statements),
        "first_date": first,
        "last_date": last,
    }


def _counted_store(store: Store) -> dict[str, Any]:
    """The same, counted by SQLite and read from the ends of the date indexes: no record is read."""
    counts = store.counts()
    dates = store.date_range()
    first, last = (dates[0].iso, dates[1].iso) if dates else (None, None)
    counted = {k: counts[k] for k in ("documents", "meetings", "participants", "statements")}
    return {**counted, "first_date": first, "last_date": last}
