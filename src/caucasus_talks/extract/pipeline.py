"""``extract``: one text in, draft participants, meetings and statements out, each with evidence."""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Callable, Collection, Iterable
from typing import Any

import attrs

from ..dates import DateBasis, PartialDate, Precision
from ..export.interchange import document_interchange
from ..model import MAX_DOCUMENT_ID, Document, Meeting, Participant, Statement, document_id_problem, sha256_text
from ..registry import ActorRegistry, PlaceRegistry, actors
from ..text import writable
from ._regex import compile_fast
from ._text import Layout, first_line, layout
from .dates import (
    DATELINE_REACH,
    after_since,
    anchor_same_days,
    find_dates,
    in_dateline,
    stated_day_years,
    stated_weekdays,
    weekday_years,
)
from .meetings import find_meetings
from .meetings.triggers import BUNDLED, table_for
from .people import find_mentions, index_for, slug
from .quotes import attribute_all, find_quotes
from .records import Records
from .remarks import SIGNED_LINE_RE, find_remarks
from .terms import give_years, years_in_office
from .types import DateMention, DocumentContext, Mentions
from .vocabulary.meeting_words import MeetingWord

__all__ = ["Extraction", "extract"]


def _participants(value: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(value)


def _meetings(value: Iterable[Meeting]) -> tuple[Meeting, ...]:
    return tuple(value)


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


@attrs.frozen
class Extraction:
    """What the extractor drafts from one document: machine-made records awaiting review."""

    document: Document
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    meetings: tuple[Meeting, ...] = attrs.field(default=(), converter=_meetings)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)

    def to_interchange(self) -> dict[str, Any]:
        """The interchange JSON object of this document (what ``caucasus-talks extract`` prints)."""
        return document_interchange(self.document, self.participants, self.meetings, self.statements)

    def without(self, ids: Collection[str]) -> Extraction:
        """This extraction less the meetings and statements with these ids (a statement made at one is kept, unplaced)."""
        meetings = [m for m in self.meetings if m.id not in ids]
        statements = [
            attrs.evolve(s, meeting=None) if s.meeting in ids else s for s in self.statements if s.id not in ids
        ]
        return attrs.evolve(self, meetings=meetings, statements=statements)


def portable_id(name: str) -> str:
    """The document id for a name (a file's stem): the name when it is a valid id, else a slug of it.

    The slug is shortened to :data:`~caucasus_talks.model.MAX_DOCUMENT_ID`
    (keeping a digest of the whole name, so two long names stay apart) and
    never a reserved name.

    >>> portable_id("seed_001"), portable_id("Talks in Sochi"), portable_id("con")
    ('seed_001', 'talks-in-sochi', 'con-doc')
    """
    if document_id_problem(name) is None:
        return name  # already an id (a seed's stem keeps its underscore)
    sid = slug(name)
    sid = sid if sid != "unnamed" else "doc"
    if len(sid) > MAX_DOCUMENT_ID:
        sid = sid[: MAX_DOCUMENT_ID - 13].rstrip("-") + "-" + sha256_text(name)[:12]
    if document_id_problem(sid) is not None:  # a reserved name ("con", "meetings")
        sid += "-doc"
    return sid


def _document_id(digest: str, document_id: str | None) -> str:
    return portable_id(document_id) if document_id else "doc-" + digest[:12]


def _utf8(text: str) -> tuple[str, str]:
    """The text as a document can hold it, and its SHA-256 digest.

    A lone surrogate (which UTF-8 cannot hold) becomes "?", and a control
    character other than tab and line breaks (which no export can write)
    becomes a space; either way every other character keeps its offset.
    """
    text = writable(text)
    return text, sha256_text(text)


def _as_date(value: _dt.date | str | PartialDate | None) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, PartialDate):
        return value.earliest if value.day is not None else None
    return _dt.date.fromisoformat(value)


def extract(
    text: str,
    *,
    published: _dt.date | str | PartialDate | None = None,
    document_id: str | None = None,
    registry: ActorRegistry | None = None,
    places: PlaceRegistry | None = None,
    meeting_words: Iterable[MeetingWord] | None = None,
) -> Extraction:
    """Draft records for one English news text or government readout.

    ``published`` (a date or ``"YYYY-MM-DD"``) anchors relative dates; a
    leading `` date YYYY-MM-DD`` in the text gives it when omitted. Every
    record is ``Review.MACHINE`` and carries evidence spans into the text.
    ``registry``, ``places`` and ``meeting_words`` replace the bundled actor
    and place registries and the table of meeting words
    (:data:`~caucasus_talks.extract.MEETING_WORDS`) with your own.
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    text, digest = _utf8(text)
    registry = registry if registry is not None else actors()
    place_reg = places if places is not None else registry.places
    idx = index_for(registry, place_reg)
    lay = layout(text, _as_date(published))
    doc_id = _document_id(digest, document_id)
    original, text = text, lay.text  # the rules read the reading copy: the same offsets, spaces and lines made plain
    dates = find_dates(text, lay.body_start)
    year_at = _year_hints(text, dates)
    dated = PartialDate.from_date(lay.published) if lay.published else _dateline(text, lay, dates, year_at)
    document = Document(id=doc_id, text=original, sha256=digest, published=dated or PartialDate())
    ref = lay.published or (dated.earliest if dated is not None else _posted(text, lay, dates))
    mentions = find_mentions(text, lay, idx, ref)
    if "[" in original:
        _whole_bracketed_names(original, mentions)
    if ref is None and not any(d.year_stated for d in dates):  # no date, no year: when its people held their offices
        give_years(dates, mentions, idx)
    elif ref is None:  # "On February 17 ... since September 2023": after the "since"
        after_since(text, dates, year_at)
        weekday_years(dates)  # "on Wednesday, December 4 ... in early 2020": the year that day was a Wednesday
        stated_day_years(dates)  # "dated November 9, 2020 ... since 1988 ... signed on November 9": 2020
        years_in_office(dates, mentions, idx, year_at)  # "... on June 20 ... the previous one, in May 2009": not 2009
    remarks = find_remarks(text, lay)
    quotes = find_quotes(text, lay, [(r.open, r.end) for r in remarks])
    anchor_same_days(text, dates, ref, year_at, [(q.open, q.end) for q in quotes])
    if ref is None:  # "spoke with X on Tuesday ... summit in Saint Petersburg, December 26, 2023" (a Tuesday)
        stated_weekdays(text, dates, lay.sentence_at)
    said = attribute_all(text, lay, idx, mentions, quotes, remarks)
    spans = sorted([(q.open, (q.close + 1) if q.close is not None else q.end) for q in quotes])
    voices = sorted((sd.quote.start, sd.quote.end, sd.speaker) for sd in said)
    drafts = find_meetings(
        DocumentContext(
            lay=lay,
            idx=idx,
            mentions=mentions,
            dates=dates,
            ref=ref,
            year_at=year_at,
            quotes=spans,
            voices=voices,
            meeting_words=BUNDLED if meeting_words is None else table_for(tuple(meeting_words)),
        )
    )

    records = Records(document, {**idx.people, **mentions.new_people}, place_reg)
    records.name_mentions(mentions)
    statements = records.statements(said, dates, ref, year_at, text)
    meetings = records.meetings(drafts)
    return Extraction(document=document, participants=records.participants(), meetings=meetings, statements=statements)


def _whole_bracketed_names(original: str, mentions: Mentions) -> None:
    """A name an editor completed in square brackets ("[Mohammad Reza] Aref", read as the name) cites the brackets
    too: its evidence is "[Mohammad Reza] Aref", not "Mohammad Reza] Aref"."""
    for mm in mentions.items:
        if mm.start > 0 and original[mm.start - 1] == "[" and "]" in original[mm.start : mm.end]:
            mm.start -= 1


def _dateline(text: str, lay: Layout, dates: list[DateMention], year_at: Callable[[int], int | None]) -> PartialDate | None:
    """The day a date line or dateline near the top states, when no publication date is given.

    "MOSCOW, January 10, 2021" or a line of its own ("[ 04 October 2023 21:17 ]") states the day;
    "MOSCOW, July 26. /TASS/." gives month and day, the year then comes from the years the text states (see
    :func:`_year_hints`).
    """
    limit = lay.body_start + DATELINE_REACH
    for d in dates:
        if d.start > limit:
            break
        line = lay.line_at(d.start)
        if line is None or not d.md or not d.md[1]:
            continue
        date_line = (line[1] - line[0]) <= 80 and len(text[line[0] : line[1]].split()) <= 8
        if not date_line and not in_dateline(text, line[0], d.start, lay.body_start) and not _closes_title(text, line, d):
            continue  # a date in running text ("On May 4, 2023, ..."), not the line the article is dated by
        if d.value is not None and d.value.day is not None:
            return d.value
        years = [o.value.year for o in dates if o.year_stated and o.value is not None and o.value.year]
        year = year_at(d.start) or (years[0] if years else None)
        if year is not None:
            reason = f"the dateline gives the month and day; the year ({year}) is the one the text's dates point to"
            try:
                return PartialDate(year, d.md[0], d.md[1], basis=DateBasis.CONTEXT, reason=reason)
            except ValueError:
                return None
    return None


_TITLE_DATE_BEFORE_RE = re.compile(r",[ \t]*\Z")
_TITLE_DATE_AFTER_RE = re.compile(r"[ \t.]*\Z")
_SPOKEN_RE = re.compile(r"\b(?i:statement|remarks|answers|address|speech|interview|briefing|news conference|press conference)\b")


def _closes_title(text: str, line: tuple[int, int, object], d: DateMention) -> bool:
    """Whether a full date closes the first line after a comma, and the line names words spoken, as a transcript's
    title gives the day they were ("X's remarks at a news conference with Y, Yerevan, June 9, 2022"; not a headline
    announcing an event, "A and B to meet in Prague, October 5, 2022")."""
    return (
        _TITLE_DATE_BEFORE_RE.search(text, line[0], d.start) is not None
        and _TITLE_DATE_AFTER_RE.match(text, d.end, line[1]) is not None
        and first_line(text, line[0])
        and _SPOKEN_RE.search(text, line[0], d.start) is not None
    )


def _posted(text: str, lay: Layout, dates: list[DateMention]) -> _dt.date | None:
    """The day of the first post an undated text embeds ("— Name (@handle) November 7, 2020"): what the text tells
    is read as of that day (the text was written on it or after), though the document is not dated by it."""
    m = SIGNED_LINE_RE.search(text, lay.body_start)
    if m is None:
        return None
    i = bisect.bisect_left([d.start for d in dates], m.start())
    for d in dates[i:]:
        if d.start >= m.end():
            break
        if d.value is not None and d.value.day is not None and d.value.month is not None and d.value.year is not None:
            return _dt.date(d.value.year, d.value.month, d.value.day)
    return None


_MET_NEAR_RE = compile_fast(r"\b(?:met|meet|meetings?|talks)\b(?:[ \t]+[\w\-]+){0,4}[ \t]+\Z")  # "met three times [in 2019]"
MET_NEAR = 60  # how far before the year its meeting word may stand


def _year_hints(text: str, dates: list[DateMention]) -> Callable[[int], int | None]:
    """A function: the year of the nearest date stated with its year before a position; before the first one, the
    latest year of a month or day the text states (what it tells is more recent than what it recalls), else of a year
    it names alone as its meetings' time. A year named alone counts only as a time ("in 2023"), not as a name's part
    or a span's start ("the Declaration of 1991", "since 1994")."""
    kept = [
        (d.start, d.value.year, d.value.month is not None)
        for d in dates
        if d.value and d.value.year and _dates_a_year(text, d)
    ]
    stated = [(start, year) for start, year, _ in kept]
    starts = [start for start, _ in stated]
    latest = max((year for _, year, of_a_month in kept if of_a_month), default=None)
    if latest is None:  # the latest year it names as a time of its meetings: "Previous meetings were in Moscow in April
        # ... A and B met three times in 2019"; not "the war in 2020", a time recalled
        met_in = (year for start, year, _ in kept if _MET_NEAR_RE.search(text, max(0, start - MET_NEAR), start))
        latest = max(met_in, default=None)

    def at(pos: int) -> int | None:
        if not stated:
            return None
        i = bisect.bisect_right(starts, pos) - 1
        return stated[i][1] if i >= 0 else latest

    return at


def _dates_a_year(text: str, d: DateMention) -> bool:
    return d.year_stated and (d.precision is not Precision.YEAR or text.startswith("in", d.start))
