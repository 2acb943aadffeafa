"""The query subcommands: ``meetings``, ``statements``, ``people``, ``timeline``, ``who-met``, ``show``, ``sources``.

Each one parses its options, calls :mod:`caucasus_talks.query` and prints the
result as aligned text or, with ``--json``, as an array of interchange objects.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .. import query
from ..corpus import Corpus
from ..dates import PartialDate, parse_partial
from ..errors import DataError
from ..export import plain
from ..export.interchange import document_json, meeting_json, participant_json, statement_json
from ..model import Channel, Document, Meeting, MeetingFormat, MeetingStatus, Participant, ParticipantKind, Statement
from ._common import (
    EXIT_NO_MATCH,
    EXIT_OK,
    CommandError,
    Handler,
    add_corpus_option,
    add_json_option,
    add_store_option,
    print_json,
    print_table,
    searchable_from,
)

if TYPE_CHECKING:
    from ._common import Searchable

R = TypeVar("R")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add every query subcommand to ``sub``."""
    p = _searchable_parser(
        sub,
        "meetings",
        "list meetings by participant, place, format, topic and date",
        """\
        caucasus-talks meetings --participant blinken --since 2022-09-01 --until 2022-12-31
        caucasus-talks meetings --participant "Ceyhun Bayramov" --format phone --json
        caucasus-talks meetings --location Washington --on "Nov 2022"
        caucasus-talks meetings --participant Mirzoyan --newest-first --limit 20 --store talks.db
        caucasus-talks meetings --participant Mirzoyan --since 2023 --count
        """,
        _meetings,
    )
    p.add_argument("--participant", metavar="NAME", action="append", help="took part (any name or alias; repeat: all of them)")
    p.add_argument("--country", help="a participant from this country took part (a name, a demonym or an ISO code: AM, ARM)")
    p.add_argument(
        "--organization",
        metavar="NAME",
        help="the organization, a body of it, or someone affiliated with one or holding one of their offices took part",
    )
    p.add_argument("--mediator", metavar="NAME", help="took part as mediator")
    p.add_argument("--location", metavar="PLACE", help="city, country, region or venue, with every place inside it")
    p.add_argument("--format", choices=[f.value for f in MeetingFormat])
    p.add_argument("--status", choices=[s.value for s in MeetingStatus])
    p.add_argument("--topic", metavar="WORDS", help="words of one of the meeting's topics")
    _add_dates(p)
    p.add_argument("--undated", action="store_true", help="list only the meetings with no known date")
    _add_review(p)
    _add_paging(p, "meetings")

    p = _searchable_parser(
        sub,
        "statements",
        "list statements by speaker, words, channel, meeting and date",
        """\
        caucasus-talks statements --speaker blinken --contains "durable peace"
        caucasus-talks statements --since 2022 --until 2022 --json
        caucasus-talks statements --contains "peace treaty" --newest-first --limit 5
        """,
        _statements,
    )
    p.add_argument("--speaker", metavar="NAME", help="one of the speakers (any name or alias)")
    p.add_argument("--contains", metavar="WORDS", action="append", help="words or a phrase of the text (repeat: all of them)")
    p.add_argument("--channel", choices=[c.value for c in Channel])
    p.add_argument("--meeting", metavar="ID", help="made at this meeting")
    _add_dates(p)
    _add_review(p)
    _add_paging(p, "statements")

    p = _searchable_parser(
        sub,
        "people",
        "list participants, look one up by name, or find who held an office",
        """\
        caucasus-talks people
        caucasus-talks people "Ceyhun Bayramov"
        caucasus-talks people --office "US Secretary of State" --on 2022-11-07 --json
        """,
        _people,
    )
    p.add_argument(
        "name", nargs="?", metavar="NAME", help="show this participant (any name or alias), or what the registry knows of them"
    )
    p.add_argument("--office", help='who held this office, e.g. "Armenian Foreign Minister"')
    p.add_argument("--on", metavar="DATE", help="with --office: held on this day (or during this month or year)")
    p.add_argument("--country", help="participants of this country (a name, a demonym or an ISO code)")
    p.add_argument("--kind", choices=[k.value for k in ParticipantKind])

    p = _searchable_parser(
        sub,
        "timeline",
        "meetings and statements as one chronological sequence",
        """\
        caucasus-talks timeline --participant Bayramov --since "Sep 2022" --until "Nov 2022"
        caucasus-talks timeline --html timeline.html
        """,
        _timeline,
    )
    p.add_argument("--participant", metavar="NAME", help="their meetings and statements only")
    _add_dates(p)
    _add_review(p)
    p.add_argument("--html", metavar="FILE", type=Path, help="write the whole corpus's timeline as an HTML page")

    p = _searchable_parser(
        sub,
        "who-met",
        "pairs of participants who met, how often, first and last",
        """\
        caucasus-talks who-met
        caucasus-talks who-met --participant Mirzoyan --since 2022 --json
        """,
        _who_met,
    )
    p.add_argument("--participant", metavar="NAME", help="only the pairs that include them")
    p.add_argument("--status", choices=[*(s.value for s in MeetingStatus), "any"], default="held", help="(default: held)")
    _add_dates(p)
    _add_review(p)

    p = _searchable_parser(
        sub,
        "show",
        "show one record (meeting, statement, participant or document) by id",
        """\
        caucasus-talks show antony-blinken
        caucasus-talks show 2022-11-07-washington-foreign-ministers --json
        """,
        _show,
    )
    p.add_argument("id", metavar="ID", help="the record's id (as listed by the other commands)")

    p = _searchable_parser(
        sub,
        "sources",
        "the document spans and public-knowledge bases a record rests on",
        """\
        caucasus-talks sources 2023-06-27-arlington-foreign-ministers
        caucasus-talks sources jeyhun-bayramov --json
        """,
        _sources,
    )
    p.add_argument("id", metavar="ID", help="the record's id")


def _bare_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, summary: str, examples: str
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog="example:\n" + textwrap.indent(textwrap.dedent(examples), "  "),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser)
    add_json_option(parser)
    return parser


def _searchable_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    examples: str,
    run: Callable[[argparse.Namespace, Searchable], int],
) -> argparse.ArgumentParser:
    """A query command: it reads a store (``--store FILE``) as well as corpus folders."""
    parser = _bare_parser(sub, name, summary, examples)
    add_store_option(parser)
    parser.set_defaults(handler=_handler(name, run, searchable_from))
    return parser


def _add_dates(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "dates",
        "a DATE is a day, a month or a year, in ISO 8601 (2022-11-07, 2022-11, 2022) or with the month's name "
        "('Nov 2022', '7 November 2022', 'November 7, 2022'); 07/11/2022 is refused, as it reads differently by country",
    )
    group.add_argument("--on", metavar="DATE", help="on this day, or during this month or year")
    group.add_argument("--since", metavar="DATE", help="from this date (2023: from 2023-01-01)")
    group.add_argument("--until", metavar="DATE", help="up to this date (2023: to 2023-12-31)")
    group.add_argument("--between", metavar=("START", "END"), nargs=2, help="from START to END, both included")


def _date(args: argparse.Namespace, option: str, text: str) -> PartialDate:
    """The date an option gives, or a one-line error naming the option, what it was given and the ISO form."""
    try:
        return parse_partial(text)
    except ValueError as exc:
        raise CommandError(f"{args.command}: {option} {text!r}: {exc}") from None


def _dates(args: argparse.Namespace) -> dict[str, Any]:
    """The date options, read here so that an error names the option as typed."""
    on = _date(args, "--on", args.on) if args.on is not None else None
    between = tuple(_date(args, "--between", t) for t in args.between) if args.between else None
    since = _date(args, "--since", args.since) if args.since is not None else None
    until = _date(args, "--until", args.until) if args.until is not None else None
    return {"on": on, "between": between, "since": since, "until": until}


def _handler(
    name: str,
    run: Callable[[argparse.Namespace, R], int],
    load: Callable[[argparse.Namespace], contextlib.AbstractContextManager[R]],
) -> Handler:
    """``run`` with the corpus (or store) ``load`` gives, and a bad value turned into one line on stderr (exit 2)."""

    @functools.wraps(run)
    def handle(args: argparse.Namespace) -> int:
        with load(args) as corpus:
            try:
                return run(args, corpus)
            except DataError:
                raise
            except ValueError as exc:
                raise CommandError(f"{name}: {exc}") from None

    return handle


def _add_review(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--review",
        choices=query.REVIEW_CHOICES,
        help="machine: drafts awaiting review; reviewed: curated or confirmed; rejected; all (default: all but rejected)",
    )


def _add_paging(p: argparse.ArgumentParser, what: str) -> None:
    group = p.add_argument_group("how much, in which order")
    group.add_argument("--newest-first", action="store_true", help=f"the latest {what} first (the undated ones before them)")
    how_much = group.add_mutually_exclusive_group()
    how_much.add_argument("--limit", metavar="N", type=_how_many, help=f"only the first N {what} (in the order asked)")
    how_much.add_argument(
        "--count", action="store_true", help=f"print only how many {what} the query finds (exit 1 when none)"
    )


def _how_many(text: str) -> int:
    """An argparse type: a whole number, 0 or more (argparse names the option in its error)."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a whole number, 0 or more: {text!r}")
    return value


def _emit_count(args: argparse.Namespace, count: int) -> int:
    """Print how many records a query found (a JSON number with ``--json``); exit 1 when none."""
    if args.json:
        print_json(count)
    else:
        sys.stdout.write(f"{count}\n")
    return EXIT_OK if count else EXIT_NO_MATCH


def _emit(
    args: argparse.Namespace, objects: Sequence[dict[str, Any]], rows: Sequence[Sequence[str]], header: Sequence[str]
) -> int:
    """Print the objects as JSON or the rows as a table; exit 1 when there is nothing."""
    if args.json:
        print_json(list(objects))
    elif rows:
        print_table(rows, header)
    else:
        sys.stderr.write(f"caucasus-talks: no {args.command.replace('-', ' ')} matched\n")
    return EXIT_OK if objects else EXIT_NO_MATCH


# -- the commands -----------------------------------------------------------


def _meetings(args: argparse.Namespace, corpus: Searchable) -> int:
    filters: dict[str, Any] = {
        "participant": args.participant,
        "country": args.country,
        "organization": args.organization,
        "mediator": args.mediator,
        "location": args.location,
        "format": args.format,
        "status": args.status,
        "topic": args.topic,
        "undated": args.undated,
        "review": args.review,
        **_dates(args),
    }
    if args.count:
        return _emit_count(args, query.count_meetings(corpus, **filters))
    found = query.meetings(corpus, **filters, limit=args.limit, newest_first=args.newest_first)
    rows = [(str(m.date), m.id, m.review.value, _format(m), _where(m), _names(corpus, m.participant_ids)) for m in found]
    header = ("DATE", "ID", "REVIEW", "FORMAT", "LOCATION", "PARTICIPANTS")
    return _emit(args, [meeting_json(m) for m in found], rows, header)


def _statements(args: argparse.Namespace, corpus: Searchable) -> int:
    filters: dict[str, Any] = {
        "speaker": args.speaker,
        "contains": args.contains,
        "channel": args.channel,
        "meeting": args.meeting,
        "review": args.review,
        **_dates(args),
    }
    if args.count:
        return _emit_count(args, query.count_statements(corpus, **filters))
    found = query.statements(corpus, **filters, limit=args.limit, newest_first=args.newest_first)
    rows = [(str(s.date), s.id, s.review.value, _names(corpus, s.speakers, " & "), _flat(s.text)) for s in found]
    return _emit(args, [statement_json(s) for s in found], rows, ("DATE", "ID", "REVIEW", "SPEAKER", "TEXT"))


def _people(args: argparse.Namespace, corpus: Searchable) -> int:
    if args.name is not None:
        if args.office or args.on or args.country or args.kind:
            raise CommandError("people: give a NAME or filters (--office, --country, --kind), not both")
        known = query.find_participant(corpus, args.name)
        return _show_record(args, corpus, known.participant, source=known.source)
    if args.on is not None and args.office is None:
        raise CommandError("people: --on goes with --office (who held an office on a date)")
    if args.office is None:
        found = query.participants(corpus, country=args.country, kind=args.kind)
        rows = [(p.id, p.name, p.kind.value, p.country or "-") for p in found]
        return _emit(args, [participant_json(p) for p in found], rows, ("ID", "NAME", "KIND", "COUNTRY"))
    if args.country or args.kind:
        raise CommandError("people: --office takes the country in its name, e.g. --office 'Armenian Foreign Minister'")
    on = _date(args, "--on", args.on) if args.on is not None else None
    holders = query.office_holders(corpus, args.office, on)
    objects = [
        {**participant_json(h.participant), "holds": [plain.office(o) for o in h.offices], "source": h.source} for h in holders
    ]
    rows = [
        (h.participant.id, h.participant.name, _office_text(plain.office(o)), h.source) for h in holders for o in h.offices[:1]
    ]
    return _emit(args, objects, rows, ("ID", "NAME", "OFFICE", "SOURCE"))


def _timeline(args: argparse.Namespace, corpus: Searchable) -> int:
    if args.html is not None:
        return _timeline_html(args, corpus)
    entries = query.timeline(corpus, participant=args.participant, review=args.review, **_dates(args))
    objects = [
        {"kind": e.kind, **(meeting_json(e.record) if isinstance(e.record, Meeting) else statement_json(e.record))}
        for e in entries
    ]
    rows = [(str(e.date), e.kind, e.record.id, e.record.review.value, _what(corpus, e.record)) for e in entries]
    return _emit(args, objects, rows, ("DATE", "KIND", "ID", "REVIEW", "WHAT"))


def _timeline_html(args: argparse.Namespace, corpus: Searchable) -> int:
    if args.participant or any(v is not None for v in (args.on, args.between, args.since, args.until)) or args.json:
        raise CommandError("timeline: --html draws the whole corpus; it takes no --participant, dates or --json")
    try:
        from ..export.timeline import write_html  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        if exc.name not in ("caucasus_talks.export.timeline", None):
            raise
        raise CommandError(
            "timeline: --html is not available in this installation (caucasus_talks.export.timeline is missing)"
        ) from None
    try:
        write_html(corpus if isinstance(corpus, Corpus) else corpus.to_corpus(), args.html)  # a store's, read whole
    except OSError as exc:
        raise CommandError(f"timeline: --html {args.html}: {exc}") from None
    sys.stderr.write(f"wrote {args.html}\n")
    return EXIT_OK


def _who_met(args: argparse.Namespace, corpus: Searchable) -> int:
    status = None if args.status == "any" else args.status
    pairs = query.who_met(corpus, participant=args.participant, status=status, review=args.review, **_dates(args))
    objects = [plain.pair(p) for p in pairs]
    rows = [(p.a.name, p.b.name, str(p.count), str(p.first or "-"), str(p.last or "-")) for p in pairs]
    return _emit(args, objects, rows, ("A", "B", "MEETINGS", "FIRST", "LAST"))


def _show(args: argparse.Namespace, corpus: Searchable) -> int:
    return _show_record(args, corpus, query.record(corpus, args.id))


def _sources(args: argparse.Namespace, corpus: Searchable) -> int:
    found = query.sources(corpus, args.id)
    objects: list[dict[str, Any]] = []
    rows: list[tuple[str, ...]] = []
    for s in found:
        if s.evidence is not None:
            e = s.evidence
            objects.append({"about": s.about, "document": e.document, "start": e.start, "end": e.end, "quote": e.quote})
            rows.append((s.about, e.document, f"{e.start}:{e.end}", _flat(e.quote)))
        elif s.basis is not None:
            objects.append({"about": s.about, "basis": {"reason": s.basis.reason, "reference": s.basis.reference}})
            ref = f" ({s.basis.reference})" if s.basis.reference else ""
            rows.append((s.about, "-", "-", f"basis: {s.basis.reason}{ref}"))
    return _emit(args, objects, rows, ("ABOUT", "DOCUMENT", "SPAN", "QUOTE OR BASIS"))


# -- text rendering ---------------------------------------------------------


def _show_record(
    args: argparse.Namespace,
    corpus: Searchable,
    record: Document | Participant | Meeting | Statement,
    *,
    source: str | None = None,
) -> int:
    """One record as FIELD/VALUE rows, or as JSON; ``source`` says whether the corpus or the registry knows it."""
    if isinstance(record, Meeting):
        data = meeting_json(record)
    elif isinstance(record, Statement):
        data = statement_json(record)
    elif isinstance(record, Participant):
        data = participant_json(record)
    else:
        data = document_json(record)
    if source is not None:
        data["source"] = source
    if args.json:
        print_json([data])
        return EXIT_OK
    names = _name_map(corpus)
    rows = [(key, _value(key, value, names)) for key, value in data.items() if value not in (None, [], {})]
    print_table(rows, ("FIELD", "VALUE"))
    return EXIT_OK


def _value(key: str, value: Any, names: dict[str, str]) -> str:
    if key == "source" and value == "registry":
        return "registry: no meetings or statements in this corpus"
    if key in ("evidence", "mentions"):
        documents = list(dict.fromkeys(span["document"] for span in value))
        return f"{len(value)} span(s) in {', '.join(documents)}"
    if key == "roles":
        return ", ".join(f"{names.get(pid, pid)} ({role})" for pid, role in value.items())
    if key == "offices":
        return "; ".join(_office_text(o) for o in value)
    if key == "speaker":
        return names.get(str(value), str(value))
    if key in ("participants", "speakers", "by_office"):
        return ", ".join(names.get(pid, pid) for pid in value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _office_text(office: dict[str, Any]) -> str:
    """``Secretary of State (United States) 2021-01-26 to 2025-01-20`` from an office's JSON."""
    where = f" ({office['country']})" if office["country"] else ""
    term = f" {office['start'] or '?'} to {office['end'] or '?'}" if office["start"] or office["end"] else ""
    return f"{office['title']}{where}{term}"


def _name_map(corpus: Searchable) -> dict[str, str]:
    """Every participant's name by id (a store's from its roster, without the spans that name them)."""
    return {p.id: p.name for p in (corpus.participants if isinstance(corpus, Corpus) else corpus.roster)}


def _names(corpus: Searchable, ids: Sequence[str], sep: str = ", ") -> str:
    names = _name_map(corpus)
    return sep.join(names.get(i, i) for i in ids)


def _format(meeting: Meeting) -> str:
    return meeting.format.value.replace("_", " ")


def _where(meeting: Meeting) -> str:
    loc = meeting.location
    return (loc.city or loc.country or loc.venue or "-") if loc else "-"


def _flat(text: str) -> str:
    """A text on one line, whole: the table wraps it to the terminal's width."""
    return " ".join(text.split())


def _what(corpus: Searchable, record: Meeting | Statement) -> str:
    if isinstance(record, Meeting):
        place = _where(record)
        at = f" in {place}" if place != "-" else ""
        return f"{_format(record)}{at}: {_names(corpus, record.participant_ids)}"
    return f"{_names(corpus, record.speakers, ' & ')}: “{_flat(record.text)}”"
