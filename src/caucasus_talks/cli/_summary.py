"""``caucasus-talks summary``: what a corpus holds, counted."""

from __future__ import annotations

import argparse
import textwrap

from ._common import add_corpus_option, add_json_option, corpus_from, print_json, print_table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "summary",
        help="count the corpus's documents, meetings, participants and statements",
        description="Count the documents, meetings, participants and statements of a corpus, and give its date range.",
        epilog=textwrap.dedent(
            """\
            example:
              caucasus-talks summary
              caucasus-talks summary --corpus my-corpus/ --json
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser)
    add_json_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    corpus = corpus_from(args)
    dated = [m.date for m in corpus.meetings if m.date.known] + [s.date for s in corpus.statements if s.date.known]
    first = min(dated, key=lambda d: d.sort_key()).iso if dated else None
    last = max(dated, key=lambda d: d.sort_key()).iso if dated else None
    data = {
        "documents": len(corpus.documents),
        "meetings": len(corpus.meetings),
        "participants": len(corpus.participants),
        "statements": len(corpus.statements),
        "first_date": first,
        "last_date": last,
    }
    if args.json:
        print_json(data)
    else:
        print_table([(k.replace("_", " "), str(v if v is not None else "-")) for k, v in data.items()], ("what", "count"))
    return 0
