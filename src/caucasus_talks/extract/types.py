"""What the extractor's stages hand each other: kinds of lines and mentions, mentions, dates, quotations, meeting
words and meeting drafts. Plain slotted classes, not attrs records: they are made by the thousand per document and
filled in as the stages go; the model's records are made from them at the end (:mod:`.records`).

The stages, in order (:func:`caucasus_talks.extract.extract`):

1. layout (:mod:`._text`): lines and sentences;
2. dates (:mod:`.dates`): :class:`DateMention`;
3. names (:mod:`.people`): :class:`Mention` of people, organizations, places and offices;
4. quotations (:mod:`.quotes`): :class:`Quote`, attributed as :class:`Said`;
5. meetings (:mod:`.meetings`): :class:`Trigger` per meeting word, :class:`Draft` per meeting told;
6. records (:mod:`.records`): the model's ``Participant``, ``Meeting`` and ``Statement``.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..dates import PartialDate, Precision
from ..model import Channel, MeetingFormat, MeetingStatus, Participant, Role

if TYPE_CHECKING:
    from ..registry.places import Place
    from ._text import Layout
    from .meetings.triggers import MeetingWordTable
    from .people import Index
    from .vocabulary.meeting_words import MeetingWord

__all__ = [
    "BOILERPLATE",
    "HEADING",
    "OFFICE",
    "ORG",
    "PERSON",
    "PLACE",
    "SURNAME",
    "TEXT_LINE",
    "DateMention",
    "DocumentContext",
    "Draft",
    "LineKind",
    "Mention",
    "MentionKind",
    "Mentions",
    "Office",
    "Quote",
    "Said",
    "SentenceContext",
    "Trigger",
    "TriggerMark",
]


class LineKind(enum.Enum):
    """What a line of a page is: article text, a heading or caption, or page furniture never read for records."""

    TEXT = "text"
    HEADING = "heading"
    BOILERPLATE = "boilerplate"


class MentionKind(enum.Enum):
    PERSON = "person"
    ORG = "org"
    PLACE = "place"
    SURNAME = "surname"  # a surname alone, resolved to a person once the whole text is read
    OFFICE = "office"  # a title alone ("the Russian leader"), resolved to its holder or not


# The members as module names, which the stages compare against in their loops: on Python 3.11 reading a member
# as an attribute of its Enum class goes through the class's __getattr__ hook and costs about 50 ns more.
PERSON, ORG, PLACE, SURNAME, OFFICE = (MentionKind.PERSON, MentionKind.ORG, MentionKind.PLACE, MentionKind.SURNAME,
                                        MentionKind.OFFICE)  # fmt: skip
TEXT_LINE, HEADING, BOILERPLATE = LineKind.TEXT, LineKind.HEADING, LineKind.BOILERPLATE


class Mention:
    """A span naming someone or something: a person, an organization, a place, or an office."""

    __slots__ = (
        "country", "end", "given", "joined", "kind", "named", "office", "pid", "place", "possessive", "start", "title",
    )  # fmt: skip

    def __init__(
        self,
        start: int,
        end: int,
        kind: MentionKind,
        pid: str | None = None,
        place: Place | None = None,
        possessive: bool = False,
        title: str | None = None,
        given: str | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.pid = pid
        self.named = kind is PERSON or kind is ORG
        self.place = place
        self.possessive = possessive
        self.given = given  # the first name written before a known surname ("Jeyhum" Bayramov)
        self.country: str | None = None
        self.title = title  # a surname's token (kind SURNAME); an office's canonical title (kind OFFICE)
        self.office: Office | None = None
        self.joined = 0  # in a hyphenated pair of names ("the Lavrov-Bayramov talks"): where the pair ends

    def __repr__(self) -> str:
        return f"Mention({self.start}:{self.end} {self.kind.value} {self.pid or (self.place.name if self.place else '')})"


_DAY = Precision.DAY


class Office:
    """An office named without a name: "the foreign ministers of Azerbaijan and Armenia", "the Russian leader"."""

    __slots__ = ("bare", "complement", "countries", "end", "holders", "institution", "lower", "plural", "start", "title")

    def __init__(self, start: int, end: int, title: str, countries: list[str], plural: bool) -> None:
        self.start = start
        self.end = end
        self.title = title
        self.countries = countries
        self.plural = plural
        self.holders: list[tuple[str, bool]] = []  # (participant id, named in the document)
        self.complement = False  # "assistant to the President", "adviser of the US President": not a party
        self.institution: str | None = None  # "European Council" in "the European Council President"
        self.bare = False  # no "the" and no country: an office only if someone held it ("EU foreign policy chief")
        self.lower = False  # a lower rank of it ("the deputy foreign ministers of A and B"): its holders are not known

    @property
    def key(self) -> str:
        """The office as the registry is asked for its holders: "President of the European Council"."""
        return f"{self.title} of {self.institution}" if self.institution else self.title


class Mentions:
    """Every mention of a document, in text order, with the new people it introduces."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self.new_people: dict[str, Participant] = {}
        #: participant id -> [(country, canonical title)] the document gives them
        self.titles: dict[str, list[tuple[str | None, str]]] = {}
        self.title_cache: dict[str, list[tuple[str | None, str]]] = {}
        #: the surname of a full name the document misspells, as it spells it -> the person ("bochorishvili")
        self.misspelt: dict[str, str] = {}
        #: the names the text uses as a news outlet's ("Al Jazeera reported."), read when first asked
        self.outlets: tuple[str, ...] | None = None


class DateMention:
    """A date expression found in the text: where, what it says, and how to read it."""

    __slots__ = (
        "end", "end_day", "explicit", "md", "month_step", "precision", "relative", "start", "value", "weekday",
        "year_stated", "year_step",
    )  # fmt: skip

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.value: PartialDate | None = None  # once resolved
        self.end_day: int | None = None  # a range "May 1-4"
        self.md: tuple[int, int] | None = None  # month and day as the text says them
        self.explicit = False  # names a calendar date (not "Monday")
        self.year_stated = False
        self.precision = _DAY
        self.relative: str | None = None  # the words of a relative date ("last week"), or "month-name"
        self.year_step: int | None = None  # "January this year" (0), "... last year" (-1), "... next year" (1)
        self.month_step = 0  # "last August" (-1): the latest before the reference day; "next August" (1): the first after
        self.weekday: int | None = None  # the day of the week named with it ("Wednesday, December 4"), Monday 0


class Quote:
    """A quotation: the marks' positions and the span of the words between them."""

    __slots__ = ("close", "end", "open", "remark_of", "start")

    def __init__(self, open_: int, close: int | None, start: int, end: int) -> None:
        self.open = open_
        self.close = close  # None when the quotation is never closed
        self.start = start
        self.end = end
        self.remark_of: str | None = None  # a transcript label's text


class Said:
    """A quotation attributed: the speaker's participant id, the span naming them, the channel."""

    __slots__ = ("channel", "date_at", "quote", "speaker", "speaker_span")

    def __init__(self, quote: Quote, speaker: str, speaker_span: tuple[int, int] | None, channel: Channel) -> None:
        self.quote = quote
        self.speaker = speaker
        self.speaker_span = speaker_span
        self.channel = channel
        self.date_at: tuple[int, int] | None = None  # the frame, where a date of saying may be


class TriggerMark(enum.Enum):
    """What a meeting word found in a sentence tells."""

    EVENT = "event"  # a meeting
    VAGUE = "vague"  # "further meetings", "a series of talks": a meeting only with a date or a place of its own
    ADDENDUM = "addendum"  # more people for the meeting told before ("the talks were attended by X")
    DENIED = "denied"  # "did not meet X": no meeting, but the people of its clause are its own, not the next verb's


class Trigger:
    """A meeting word of a sentence, what it is (its row of the vocabulary), and what its clauses give it."""

    __slots__ = ("clause", "end", "hi", "items", "lo", "mark", "start", "word")

    def __init__(self, start: int, end: int, word: MeetingWord, mark: TriggerMark = TriggerMark.EVENT) -> None:
        self.clause = 0  # where the clause the word stands in begins (set when the sentence's clauses are read)
        self.start = start
        self.end = end
        self.word = word
        self.mark = mark
        self.items: list[Mention | DateMention] = []  # the people, places and dates of its clauses
        self.lo = 0  # the end of the trigger before it in the sentence
        self.hi = 1 << 62  # where the words leading to the trigger after it begin


class Draft:
    """One meeting as one passage tells it, before mentions of the same event are merged."""

    __slots__ = (
        "_seen",
        "addendum",
        "again",
        "country",
        "date",
        "date_said",
        "earlier",
        "end_day",
        "evidence",
        "follow_up",
        "format",
        "frame",
        "guessed",
        "guessed_apart",
        "inherited",
        "judged",
        "just",
        "listed",
        "md",
        "nth",
        "own_body",
        "participants",
        "place",
        "place_span",
        "plural",
        "referred",
        "sentence",
        "separate",
        "sequel",
        "series",
        "size",
        "status",
        "today",
        "unnamed_sides",
        "unresolved",
    )

    def __init__(self) -> None:
        self.date: PartialDate | None = None
        self.date_said = False  # the passage has a date expression, resolved or not
        self.md: tuple[int, int] | None = None
        self.end_day: int | None = None
        self.place: str | None = None
        self.place_span: tuple[int, int] | None = None
        self.country: str | None = None  # the country it was in, its city not told ("met in Azerbaijan with X")
        self.format = MeetingFormat.IN_PERSON
        self.status = MeetingStatus.HELD
        #: participant id -> (role, by office, evidence span)
        self.participants: dict[str, tuple[Role, bool, tuple[int, int] | None]] = {}
        self.addendum = False  # more people for the meeting told before, not a meeting of its own
        self.evidence: list[tuple[int, int]] = []
        self.size: int | None = None
        self.unresolved = False
        self.unnamed_sides = 0  # offices it names whose holders are not known ("the Prime Minister of Armenia", undated)
        self.sentence = -1  # index of the sentence that tells it
        self.just = False  # told as just held ("have just finished the meeting")
        self.earlier = False  # told by a verb as long past ("had met", "last met", "previously met"): not just held
        self.sequel = False  # told as coming after another ("after which A and B met"): not the one before it
        self.separate = False  # told as "a separate meeting": not the meeting of other people told with it
        self.inherited = False  # told without date or place, which it took from the meeting told before
        self.judged = False  # a meeting noun judged in the future ("the meeting will bring no change"), no plan's verb
        self.series = False  # "the previous round", "the next meeting": another of a series, its sides the same
        self.referred = False  # told by a meeting noun ("the meeting with X"), a verb tells a new event ("X met Y")
        self.listed = False  # one of the dates of a list ("met on May 1 and June 5"): an undated mention is neither
        self.plural = False  # told by a word that names several events ("phone calls", "meetings"): no one occasion
        self.guessed_apart = False  # one of those a plural noun alone told apart ("meetings with A and B"): one each, a guess
        self.own_body = False  # a noun that names its sides' body after it ("the meeting of the border commissions")
        self.nth: int | None = None  # which of a series it is told as ("their second meeting", "for the third time")
        #: "The talks took place on November 7": only a date or a place for the meeting told just before
        self.follow_up = False
        self.again = False  # "It was the third meeting between A and B": the meeting just told, its sides named
        #: told with a date or place but no one: a meeting only if the next mention of it adds its people
        self.frame = False
        self.guessed = False  # its format guessed ("spoke with X": by phone, no place told), not told
        self.today = False  # dated "today" ("today's meeting"): the day of the report, whatever it is
        self._seen: set[tuple[int, int]] | None = None  # the evidence spans, once merging starts adding to them

    def people(self) -> set[str]:
        return set(self.participants)

    def add_evidence(self, spans: list[tuple[int, int]]) -> None:
        """The spans not yet among the evidence, added in order (a set remembers them: a meeting told a thousand
        times is merged in linear time)."""
        seen = self._seen
        if seen is None:
            seen = self._seen = set(self.evidence)
        for span in spans:
            if span not in seen:
                seen.add(span)
                self.evidence.append(span)

    def copy(self) -> Draft:
        """A copy whose participants and evidence can change without changing this one."""
        out = Draft()
        for name in Draft.__slots__:
            if name == "_seen":
                continue
            value = getattr(self, name)
            setattr(out, name, dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value)
        return out


class DocumentContext:
    """One document as the meeting stages read it: its text, layout, mentions, dates, quotations and voices, with
    the lookups every stage asks (built once per document)."""

    __slots__ = (
        "bodies",
        "dates",
        "dstarts",
        "first_person",
        "idx",
        "items",
        "lay",
        "lower",
        "meeting_words",
        "qstarts",
        "quotes",
        "ref",
        "starts",
        "text",
        "titles",
        "told",
        "voices",
        "vreach",
        "vstarts",
        "year_at",
    )

    def __init__(
        self,
        *,
        lay: Layout,
        idx: Index,
        mentions: Mentions,
        dates: list[DateMention],
        ref: _dt.date | None,
        year_at: Callable[[int], int | None],
        quotes: list[tuple[int, int]],
        voices: Sequence[tuple[int, int, str]] = (),
        meeting_words: MeetingWordTable,
    ) -> None:
        self.text = lay.text
        self.lower = lay.lower  # the text lower-cased position for position, or None (see Layout.lower)
        self.lay = lay
        self.idx = idx
        self.items = mentions.items
        self.starts = [m.start for m in self.items]
        #: where the body first names a known person (after the end of the text when it names none)
        self.first_person = next(
            (m.start for m in self.items if m.start >= lay.body_start and m.kind is PERSON and m.pid), len(lay.text)
        )
        self.titles = mentions.titles
        self.dates = dates
        self.dstarts = [d.start for d in dates]
        self.ref = ref  # the day relative dates count from
        self.year_at = year_at  # the year of the nearest full date stated before a position
        self.quotes = quotes  # (open, end) of every quotation, in order
        self.qstarts = [q[0] for q in quotes]
        #: (start, end, speaker id) of attributed quotations and remarks: "I met X" inside one is the speaker's
        self.voices = voices
        self.vstarts = [v[0] for v in voices]
        self.vreach = list(itertools.accumulate((v[1] for v in voices), max))  # the furthest end among voices[:i + 1]
        self.meeting_words = meeting_words  # the table of meeting words the stages read
        self.bodies: Any = None  # the heads of the bodies it names, read when a meeting stage first asks (.groups)
        self.told = False  # whether a sentence before has told a meeting (set as the stages read it, in order)

    def quote_of(self, pos: int) -> int:
        """The index of the quotation holding ``pos``, -1 outside quotations."""
        i = bisect.bisect_right(self.qstarts, pos) - 1
        return i if i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1] else -1

    def voice_at(self, pos: int) -> str | None:
        """Who speaks the words at ``pos`` (the earliest voice holding it), or None."""
        found = None
        voices, vreach = self.voices, self.vreach
        i = bisect.bisect_right(self.vstarts, pos) - 1
        while i >= 0 and vreach[i] > pos:  # only voices up to here can reach pos
            if pos < voices[i][1]:
                found = voices[i][2]
            i -= 1
        return found

    def first_mention(self, pos: int) -> int:
        """The index of the first mention starting at or after ``pos``."""
        return bisect.bisect_left(self.starts, pos)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in ``text[start:end]``, in order."""
        return self.items[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def first_date(self, pos: int) -> int:
        """The index of the first date starting at or after ``pos``."""
        return bisect.bisect_left(self.dstarts, pos)

    def country_of_city(self, city: str) -> str | None:
        """The country of a city the place registry knows by its canonical name, or None."""
        place = self.idx.places.city_of(city)
        return place.country if place is not None else None


class SentenceContext:
    """A sentence with meeting words, as the stages read it: its span, its words, and what holds for all of them."""

    __slots__ = ("denied", "doc", "end", "index", "start", "text", "words")

    def __init__(self, doc: DocumentContext, index: int, start: int, end: int, words: list[re.Match[str]]) -> None:
        self.doc = doc
        self.index = index  # the sentence's index in the layout
        self.start = start
        self.end = end
        self.text = doc.text[start:end]
        self.words = words  # the meeting words found in it
        self.denied: set[int] = set()  # where the people a denied verb is told with begin ("did not meet [X]")
