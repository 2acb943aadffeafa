"""``caucasus-talks review``: list the drafts of a corpus folder or a store, and confirm, reject or correct them."""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import getpass
import os
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import review
from ..corpus import Corpus, writing
from ..export.interchange import meeting_json, participant_json, statement_json
from ..model import Channel, Evidence, Meeting, MeetingFormat, MeetingStatus, Participant, Review, Role, Statement
from ..review import Reviewable
from ._common import EXIT_NO_MATCH, EXIT_OK, CommandError, print_json, print_table

if TYPE_CHECKING:
    from ..store import Store

#: What ``review`` does: list, or change records.
ACTIONS = ("list", "confirm", "reject", "edit")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "review",
        help="list the drafts of a corpus or a store; confirm, reject or correct them",
        description="Review what the extractor drafted in the corpus folder --corpus, or in the store file --store "
        "(one of the two). 'list' (the default) shows the "
        "drafts awaiting review (--state for others); 'confirm' and 'reject' mark records, recording who and when; "
        "'edit' corrects a drafted meeting or statement and confirms it. An edit that adds a fact (--date, --city, "
        "--country, --format, --status, --add; --speaker, --meeting, --channel) needs evidence (--quote or --span in "
        "a document) or a public-knowledge --reason. "
        "Rejected drafts stay in the corpus, left out of queries, so adding their document again does not bring them "
        "back. A folder is rewritten whole under its lock; in a store, the records a review changes are rewritten in "
        "one transaction.",
        epilog=textwrap.dedent(
            """\
            examples:
              caucasus-talks review --corpus my-corpus/
              caucasus-talks review confirm article-m120 article-s88 --corpus my-corpus/ --by "A. Analyst"
              caucasus-talks review reject article-m402 --corpus my-corpus/ --note "a planned call, not held"
              caucasus-talks review edit article-m120 --corpus my-corpus/ --date 2022-11-07 --quote "on Monday"
              caucasus-talks review edit article-m120 --corpus my-corpus/ --add charles-michel:mediator \\
                  --reason "the EU Council's readout of the day lists him"
              caucasus-talks review --store talks.db --state rejected
              caucasus-talks review confirm article-m120 --store talks.db --by "A. Analyst"
              caucasus-talks review edit article-s88 --store talks.db --speaker ilham-aliyev --quote "Ilham Aliyev"
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("action", nargs="?", choices=ACTIONS, default="list", help="what to do (default: list)")
    p.add_argument("ids", metavar="ID", nargs="*", help="the records to confirm or reject; the one record to edit")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--corpus", metavar="DIR", type=Path, help="the corpus folder to review")
    where.add_argument("--store", metavar="FILE", type=Path, help="the store file to review (caucasus-talks store)")
    p.add_argument("--state", choices=[r.value for r in Review], default="machine", help="list: records in this state")
    p.add_argument("--json", action="store_true", help="list: a JSON array of interchange objects")
    p.add_argument("--by", metavar="NAME", help="who reviews ($CAUCASUS_TALKS_REVIEWER, else the login name)")
    p.add_argument("--note", metavar="TEXT", help="why, in a sentence (kept with the review)")
    facts = p.add_argument_group("edit: the facts to set (each needs --quote, --span or --reason)")
    facts.add_argument("--date", metavar="ISO", help="the meeting's date: 2022-11-07, 2022-11 or 2022")
    facts.add_argument("--city", help="the city it took place in")
    facts.add_argument("--country", help="the country it took place in")
    facts.add_argument("--format", choices=[f.value for f in MeetingFormat])
    facts.add_argument("--status", choices=[s.value for s in MeetingStatus])
    facts.add_argument("--add", metavar="ID[:ROLE]", action="append", default=[], help="a participant to add (repeat)")
    facts.add_argument("--remove", metavar="ID", action="append", default=[], help="a participant to remove (repeat)")
    facts.add_argument("--speaker", metavar="ID", action="append", help="a statement's speaker (repeat for a joint one)")
    facts.add_argument("--meeting", metavar="ID", help="the meeting a statement was made at")
    facts.add_argument("--channel", choices=[c.value for c in Channel], help="how a statement was made")
    support = p.add_argument_group("edit: what the facts rest on (one of them)")
    support.add_argument("--quote", metavar="TEXT", help="words of the document that state the facts")
    support.add_argument("--span", metavar="START:END", help="character offsets of the words that state the facts")
    support.add_argument("--document", metavar="ID", help="the document of --quote or --span (default: the meeting's)")
    support.add_argument("--reason", metavar="TEXT", help="the public knowledge the facts rest on, when no text states them")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.action == "list":
        if args.ids:
            raise CommandError("review: list takes no ids")
        if args.store is None:
            return _list(Corpus.from_path(args.corpus), Review(args.state), args.json)
        with _store_errors(args.store), _open(args.store) as store:
            return _list(store, Review(args.state), args.json)
    if not args.ids:
        raise CommandError(f"review: {args.action} needs the id of at least one record")
    by = args.by or os.environ.get("CAUCASUS_TALKS_REVIEWER") or getpass.getuser()
    on = _dt.date.today()
    if args.store is None:
        with writing(args.corpus):
            _change(Corpus.from_path(args.corpus), args, by, on).save(args.corpus)
    else:
        with _store_errors(args.store), _open(args.store) as store, store.writing():  # read and written under one lock
            _change(store, args, by, on)
    done = {"edit": "corrected and confirmed", "confirm": "confirmed", "reject": "rejected"}[args.action]
    sys.stderr.write(f"{done} {len(args.ids)} record(s) in {args.store or args.corpus}, by {by} on {on.isoformat()}\n")
    return EXIT_OK


def _open(path: Path) -> Store:
    from ..store import Store

    return Store(path)


@contextlib.contextmanager
def _store_errors(path: Path) -> Iterator[None]:
    """What SQLite refuses (a file locked too long, one that cannot be written) as one line naming the store."""
    import sqlite3  # with the store, not for every command

    try:
        yield
    except sqlite3.Error as exc:
        raise CommandError(f"review: {path}: {exc}") from None


def _change(corpus: Reviewable, args: argparse.Namespace, by: str, on: _dt.date) -> Reviewable:
    """The corpus or store with the review ``args`` asks for made, by ``by`` on ``on``."""
    try:
        if args.action == "edit":
            if len(args.ids) != 1:
                raise CommandError("review: edit corrects one record at a time")
            if isinstance(corpus.get(args.ids[0]), Statement):
                return _edit_statement(corpus, args.ids[0], args, by, on)
            return _edit(corpus, args.ids[0], args, by, on)
        if args.action == "confirm":
            return review.confirm(corpus, args.ids, by=by, on=on, note=args.note)
        return review.reject(corpus, args.ids, by=by, on=on, note=args.note)
    except review.ReviewError as exc:
        raise CommandError(f"review: {exc}") from None


def _edit_statement(corpus: Reviewable, statement_id: str, args: argparse.Namespace, by: str, on: _dt.date) -> Reviewable:
    if any([args.city, args.country, args.format, args.status, args.add, args.remove]):
        raise CommandError("review: a statement's edit takes --speaker, --meeting, --date and --channel")
    return review.edit_statement(
        corpus,
        statement_id,
        by=by,
        on=on,
        note=args.note,
        speakers=args.speaker,
        meeting=args.meeting,
        date=args.date,
        channel=Channel(args.channel) if args.channel else None,
        evidence=_evidence(corpus, statement_id, args),
        reason=args.reason,
    )


def _edit(corpus: Reviewable, meeting_id: str, args: argparse.Namespace, by: str, on: _dt.date) -> Reviewable:
    if args.speaker or args.meeting or args.channel:
        raise CommandError("review: --speaker, --meeting and --channel are for a statement's edit")
    if not any([args.date, args.city, args.country, args.format, args.status, args.add, args.remove]):
        options = "--date, --city, --country, --format, --status, --add, --remove"
        raise CommandError(f"review: edit needs something to change ({options})")
    add: list[tuple[str, Role]] = []
    for item in args.add:
        pid, _, role = item.partition(":")
        try:
            add.append((pid, Role(role) if role else Role.PARTY))
        except ValueError:
            roles = ", ".join(r.value for r in Role)
            raise CommandError(f"review: --add {item}: role {role!r} is not one of {roles}") from None
    return review.edit_meeting(
        corpus,
        meeting_id,
        by=by,
        on=on,
        note=args.note,
        date=args.date,
        city=args.city,
        country=args.country,
        format=MeetingFormat(args.format) if args.format else None,
        status=MeetingStatus(args.status) if args.status else None,
        add=add,
        remove=args.remove,
        evidence=_evidence(corpus, meeting_id, args),
        reason=args.reason,
    )


def _evidence(corpus: Corpus | Store, record_id: str, args: argparse.Namespace) -> Evidence | None:
    """The span ``--quote`` or ``--span`` names, in ``--document`` or the record's first document."""
    if args.quote is None and args.span is None:
        return None
    if args.quote is not None and args.span is not None:
        raise CommandError("review: give --quote or --span, not both")
    doc_id = args.document
    if doc_id is None:
        record = corpus.get(record_id)
        if not isinstance(record, (Meeting, Statement)) or not record.documents:
            raise CommandError("review: say which document the words are in with --document")
        doc_id = record.documents[0]
    try:
        document = corpus.document(doc_id)
    except KeyError:
        raise CommandError(f"review: no document with id {doc_id!r}") from None
    try:
        if args.quote is not None:
            return document.find(args.quote)
        start, _, end = str(args.span).partition(":")
        return document.span(int(start), int(end))
    except ValueError as exc:
        raise CommandError(f"review: {exc}") from None


def _list(corpus: Corpus | Store, state: Review, as_json: bool) -> int:
    records = review.drafts(corpus, state)
    if as_json:
        print_json([_json(r) for r in records])
    elif records:
        print_table([_row(r) for r in records], ["ID", "KIND", "DATE", "WHAT"])
    if not as_json:
        held_in = "corpus" if isinstance(corpus, Corpus) else "store"
        sys.stderr.write(f"{len(records)} record(s) {state.value} in this {held_in}\n")
    return EXIT_OK if records else EXIT_NO_MATCH


def _json(record: Meeting | Statement | Participant) -> dict[str, Any]:
    if isinstance(record, Meeting):
        return meeting_json(record)
    if isinstance(record, Statement):
        return statement_json(record)
    return participant_json(record)


def _row(record: Meeting | Statement | Participant) -> list[str]:
    if isinstance(record, Meeting):
        where = f" in {record.location}" if record.location else ""
        what = f"{record.format.value}{where}: {', '.join(record.participant_ids)}"
        return [record.id, "meeting", record.date.iso or "-", what]
    if isinstance(record, Statement):
        return [record.id, "statement", record.date.iso or "-", f"{', '.join(record.speakers)}: {record.text}"]
    return [record.id, "participant", "-", record.name]
