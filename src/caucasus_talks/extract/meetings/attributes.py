"""Stage 4 of meetings: the date, place, format, size and status of the meeting a meeting word tells.

The clause's places are venues only if they are cities (or venues in a city) told as where it happened, not a
dateline ("MOSCOW —"), a government ("talks with Yerevan"), an area ("Gazakh district") or a city it was near.
The date is the clause's date nearest the word; dates that only bound a span ("since May") are none. Several
calendar dates with a plural word, several places or "again" are one meeting per date, each with the place
between its neighbours. The format is read from the words next to the meeting word first ("video call"), then from
the passage around it; the size from "trilateral", "one-on-one", "his counterpart".
"""

from __future__ import annotations

import itertools
import re

from ...dates import MONTH_NAMES, WEEKDAY_NAMES, PartialDate, Precision
from ...model import MeetingFormat, MeetingStatus
from .._regex import Folded, compile_fast, minimal_needles, phrases
from ..dates import in_dateline, resolve
from ..quotes import SAID_BEFORE_RE
from ..types import PERSON, PLACE, DateMention, DocumentContext, Draft, Mention, SentenceContext, Trigger
from ..vocabulary.dates import DAY_WORDS
from ..vocabulary.markers import (
    AREA_WORDS,
    EVENT_NOUNS,
    FOUR_SIDED,
    GOVERNMENT_OBJECT_VERBS,
    GOVERNMENT_STATES,
    GOVERNMENT_SUBJECT_VERBS,
    HEDGES,
    HOST_PHRASES,
    MEDIATOR_PHRASES,
    NAMED_DOCUMENTS,
    NAMED_FOR_PLACE,
    NOT_IN_PLACE,
    ORDINALS,
    PHONE_WORDS,
    SEPARATE_WORDS,
    THREE_SIDED,
    TWO_SIDED,
    VAGUE_AHEAD,
    VIDEO_WORDS,
)
from ..vocabulary.speech import speech_forms
from .clauses import after_in
from .merge import after_the_stamp
from .triggers import (
    FRONTED_PLACE,
    OTHER_EVENT_AFTER,
    OTHER_EVENT_AFTER_RE,
    REFERENCE_BEFORE_RE,
    WENT_RE,
    document_made,
    judged_ahead,
    noun_tail,
    status_of,
)

__all__ = ["Told", "city_of", "dateline", "describe", "resolve_dates", "split_by_dates", "take_date", "take_place", "told"]

# -- how far the rules look -----------------------------------------------------------------------------------
PASSAGE = 300  # the words about one meeting: this far either side of its word, within the sentence
NEAR_BEFORE, NEAR_AFTER = 60, 80  # the words next to the meeting word, which decide the format first
SIZE_BEFORE, SIZE_AFTER = 40, 60  # where "trilateral" or "his counterpart" tell the size
SEPARATE_BEFORE, SEPARATE_AFTER = 30, 80  # where "separately" splits the meeting
_AFTER_AN_EVENT_RE = compile_fast(r"\b(?:after|before|following)[ \t]+(?:an?|another)[ \t]+(?:[\w\-]+[ \t]+)?\Z")
SEQUEL_BEFORE = 120  # "Earlier, on the sidelines of the summit, a [conversation]": how far before its word "earlier" may be
SCARE_QUOTE_WORDS = 4  # a quotation of fewer words than this around a meeting word may quote a phrase, not a speaker
SAID_ON_BEFORE = 80  # "said [at a press conference] on [Thursday]": the verb of saying this close before a date

_PHONE = Folded(rf"\b{phrases(PHONE_WORDS)}\b", needles=minimal_needles(PHONE_WORDS))
_VIDEO = Folded(rf"\b{phrases(VIDEO_WORDS)}\b", needles=minimal_needles(VIDEO_WORDS))
SEPARATE = Folded(rf"\b{phrases(SEPARATE_WORDS)}\b", needles=minimal_needles(SEPARATE_WORDS))
_SIZE = Folded(
    rf"\b(?:(?P<four>{phrases(FOUR_SIDED)})|(?P<three>{phrases(THREE_SIDED)})|(?P<two>{phrases(TWO_SIDED)}))\b",
    needles=minimal_needles((*FOUR_SIDED, *THREE_SIDED, *TWO_SIDED)),
)
_COUNTERPART_RE = compile_fast(r"\b(?:his|her)[ \t]+(?:[A-Z][\w’'\-]+[ \t]+)?counterpart\b(?!s)")
_EVENT_NOUN_BEFORE_RE = compile_fast(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)[ \t]+\Z")
_NAMED_DOCUMENT_AFTER_RE = compile_fast(rf"[ \t]+{phrases(NAMED_DOCUMENTS)}\b", re.IGNORECASE)
_AREA_AFTER_RE = compile_fast(
    rf"[ \t]+(?:{phrases((*AREA_WORDS, *NAMED_FOR_PLACE))}\b"
    r"|time\b(?![ \t]+and[ \t]+again))",  # a clock's ("from 0:00 Moscow time"; not "in Brussels time and again")
    re.IGNORECASE,
)
_NOT_IN_BEFORE_RE = compile_fast(rf"\b{phrases(NOT_IN_PLACE)}[ \t]+\Z", re.IGNORECASE)
_WITH_BEFORE_RE = compile_fast(r"\b(?:with|between)[ \t]+\Z")
_SINCE_BEFORE_RE = compile_fast(r"\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|by)[ \t]+\Z")
_STARTING_BEFORE_RE = compile_fast(r"\b(?:starting|effective)[ \t]+from[ \t]+\Z|\beffective[ \t]+\Z|\bas[ \t]+of[ \t]+\Z")
_SINCE_RE = re.compile(r"(?:since|until|till)\b", re.IGNORECASE)
_SINCE_CLAUSE_RE = compile_fast(r"\b[Ss]ince[ \t]+[^,.;:!?\n\"“”]*\Z")  # a clause of "since" before the date, no comma
SINCE_CLAUSE = 90  # how far before the date its clause's "since" may stand
_HOSTED_RE = compile_fast(rf"\b{phrases((*HOST_PHRASES, *MEDIATOR_PHRASES))}\b", re.IGNORECASE)  # "since they were hosted by"
_AGAIN_RE = compile_fast(r"\bagain\b")
_AND_WITH_RE = compile_fast(r"\band[ \t]+with\b")  # "with A on May 1 and with B on May 2": partners of each date
_WITH_WORD_RE = compile_fast(r"\bwith\b")
# after "and with": the partner, by title and name only, then perhaps its city, then its date ("and with Azerbaijani
# Foreign Minister X in Baku on")
_PARTNER_THEN_DATE_RE = compile_fast(
    r"[ \t]+(?:(?:his|her)[ \t]+)?(?:[A-Z][\w’'.\-]*[ \t]+){1,6}(?:in[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){1,2})?(?:on[ \t]+)?"
)
# "..., after which A and B held talks", "Afterwards, A met B", "Earlier, A met B and C", "A already met B on July 25": a
# meeting told as following (or coming before) another is not that one
_ALSO_HELD_RE = compile_fast(
    r"\balso[ \t]+(?:had|held|hold|have)[ \t]+(?:(?:an?|their)[ \t]+)?(?:(?:joint|separate|brief|short)[ \t]+)?\Z"
)
_WITH_NEXT_RE = compile_fast(r"[ \t]+with\b")  # "a joint meeting [with] C"
# before a meeting noun: the day's meeting referred to ("today's meeting"), as "the meeting" is
_DAYS_OWN_RE = compile_fast(r"\b(?i:today|yesterday|tonight)[’']s[ \t]+(?:[\w’'\-]+[ \t]+){0,2}\Z")
_SEQUEL_RE = compile_fast(
    r"\b(?:after[ \t]+which|[Aa]fterwards?|[Aa]fter[ \t]+that|[Ss]ubsequently|[Tt]hen|later|[Ee]arlier|[Bb]efore[ \t]+that"
    r"|already|[Pp]reviously"
    # "Prior to this meeting, X met with the co-chairs": an event before the one just told
    # (not "Before the talks, A and B shook hands": the same encounter)
    r"|(?:[Pp]rior[ \t]+to[ \t]+(?:the|this|that|these|those)|[Bb]efore[ \t]+(?:this|that|these|those))[ \t]+"
    r"(?:[\w\-]+[ \t]+)?(?:meeting|talks|summit|negotiations))\b"
)
# "in a phone call", "during a telephone conversation": how the meeting a verb tells was held, the next meeting word
# ... or announced after it: "A and B exchanged views, the government said after their phone call"
_IN_A_CALL_RE = compile_fast(
    r"\b(?:(?:in|during|over|via)[ \t]+(?:an?[ \t]+)?|(?:after|following)[ \t]+(?:their|the)[ \t]+)"
    r"(?:tele)?phone[ \t\-]*(?:call|conversation|talk)s?\b",
    re.IGNORECASE,
)
# two calendar dates joined as a list ("on March 3 and May 9", "on March 3, May 9 and June 1"): two occasions
_DATES_JOINED_RE = compile_fast(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|as[ \t]+well[ \t]+as[ \t]+)(?:on[ \t]+)?\Z")
# "..., and before in March", "and later on Tuesday in Bern": another time of the same meeting verb
_ANOTHER_TIME_RE = compile_fast(r"\b(?:again|and[ \t]+(?:before|earlier|also|later)[ \t]+(?:in|on)\b)")
# ... with nothing after the second time but a place: no verb of its own ("and later on Monday flew to Moscow")
_ELLIPTICAL_RE = compile_fast(r"(?:[ \t]+(?:in|at)(?:[ \t]+[A-Z][\w’'\-]*)+)?[ \t]*(?:[.;:)\n]|,[ \t]+(?:and|but|as)\b|\Z)")
MADE_PUBLIC_BEFORE = 90  # how far before its date "was posted on ... on" may begin
_SAID_ON_RE = compile_fast(
    rf"\b{phrases(speech_forms(plain=True))}[ \t]+(?:(?!that\b)[\w’'\-]+[ \t]+)?"
    r"(?:(?:at|in|during)[ \t]+(?:a|an|the|his|her)[ \t]+(?:(?!that\b)[\w’'\-]+[ \t]+){1,3})?(?:on|late[ \t]+on)[ \t]+\Z"
)  # "said on [Monday] that ...", "told reporters on [Monday]", "said at a government meeting on [Thursday]"; not
# "said that on [Monday] X met Y"
# before a date: the news of it made public that day ("News of the talks was posted on his website on [April 28]")
_MADE_PUBLIC_ON_RE = compile_fast(
    r"\b(?:was|were|had[ \t]+been)[ \t]+(?:posted|published|announced)[ \t]+"
    r"(?:(?:on|by)[ \t]+[^.;:!?]{1,60}?[ \t]+)?on[ \t]+\Z"
)
# ... its subject the news of the meeting word after it ("[News of the] talks", "[Reports about the] meeting")
_NEWS_OF_BEFORE_RE = compile_fast(r"\b(?:[Nn]ews|[Ww]ord|[Rr]eports?|[Dd]etails)[ \t]+(?:of|about|on)[ \t]+(?:the[ \t]+)?\Z")
# before a date: a document and its signing ("the statement signed by A and B on [November 9]")
_SIGNED_ON_RE = compile_fast(
    r"\b(?:statements?|declarations?|agreements?|deals?|documents?|accords?|treat(?:y|ies)|memorand(?:um|a))[ \t]+"
    r"(?:was[ \t]+|were[ \t]+)?"
    r"(?:signed|adopted|concluded|initialled|initialed)\b[^.;:!?\n]{0,60}?\b(?:on|in)[ \t]+\Z"
)
SIGNED_BEFORE = 100  # how far before the date the document's word may stand
# right before a date: a document it dates ("the trilateral statements of [November 9, 2020] and January 11, 2021",
# "the agreement dated [May 4]"): the document's day, never a meeting's
_DOCUMENT_OF_RE = compile_fast(
    r"\b(?:statements?|declarations?|agreements?|deals?|accords?|memorand(?:um|a))[ \t]+(?:of|dated|from)[ \t]+\Z"
)
_SIGNED_AT_IT_RE = compile_fast(r"\b(?:when|as|where|while|at|during)\b")  # between a signing's day and the meeting
_DATE_LIST_GAP_RE = compile_fast(r"[ \t]*,?[ \t]*(?:and[ \t]+)?")  # between dates of one list
# "held a separate [meeting]", "a separate Armenian-Azerbaijani [meeting]": an event of its own
_SEPARATE_BEFORE_RE = compile_fast(r"\bseparate[ \t]+(?:[\w’'\-–]+[ \t]+)?\Z")
_SEPARATELY_BEFORE_RE = compile_fast(r"\bseparately[ \t]+\Z")  # "X separately [met] with Y": the same, by a verb
# before ", where": the place left ("arrived on Tuesday from [the summit in] Sochi, where ...")
_FROM_BEFORE_RE = compile_fast(r"\bfrom[ \t]+(?:[\w’'\-]+[ \t]+){0,4}[\w’'\-]+[ \t,]*\Z")
FROM_BEFORE = 50  # how far before "where" the "from" may stand
_WHERE_BETWEEN_RE = compile_fast(r"[ \t,]where[ \t]")  # between a date and the meeting word: a relative clause's
# after a meeting word: another thing its people did, whose own people follow ("following their attendance to a panel
# ... along with X")
_OTHER_ACT_AFTER_RE = compile_fast(
    r"\b(?:following|after|before)[ \t]+(?:their|his|her)[ \t]+(?:attendance|participation|speeches|speech|address|panel)\b"
)
# after a date: more dates of a list, then a document's noun they date ("November 9, 2020, January 11 and November
# 26, 2021 trilateral statements")
_DATE_WORD = rf"(?:\d{{1,4}}(?:st|nd|rd|th)?|{'|'.join(m.capitalize() for m in MONTH_NAMES)})"
_DOCUMENT_AFTER_RE = compile_fast(
    rf"(?:[ \t,]+(?:and[ \t]+)?{_DATE_WORD}\b)*[ \t]+(?:(?:trilateral|tripartite|joint|bilateral)[ \t]+)?"
    r"(?:statements?|declarations?|agreements?|accords?|memorand(?:um|a))\b"
)
_ALONG_WITH_RE = compile_fast(r"\b(?:along[ \t]+with|together[ \t]+with|alongside)\b")
#: a verb of saying and "that": what it reports follows ("said that", ", noting that")
SAID_THAT_RE = compile_fast(rf"\b{phrases((*speech_forms(plain=True), 'saying', 'noting', 'adding', 'stating'))}[ \t]+that\b")
_SAID_BETWEEN_RE = compile_fast(rf",?[ \t]+(?:and[ \t]+)?{phrases(speech_forms(plain=True))}\b")  # ", and said"
_JUST_BEFORE_RE = compile_fast(r"\bjust[ \t]+(?:[\w’'\-]+[ \t]+){0,4}\Z")  # "have just finished the [meeting]"
# before a meeting verb, a past before the story's: "had [previously] met", "last met", "previously spoke"
_EARLIER_BEFORE_RE = compile_fast(
    r"\b(?:had|[Pp]reviously|[Ff]ormerly|[Oo]nce|last)[ \t]+(?:(?:already|previously|last|also)[ \t]+)?\Z"
)
# after a meeting verb, ending its clause: a time before the story's ("have met in Brussels before", "met him once
# before"); not "before the summit", a time of its own
_EARLIER_AFTER_RE = compile_fast(
    r"[^.;:!?,\n]*?[ \t](?:before|previously|earlier|in[ \t]+the[ \t]+past)(?=[ \t]*(?:[.;:!?,\n]|\Z|and\b|but\b))"
)
EARLIER_AFTER = 80  # how far after the verb those words may end
_YEAR = Precision.YEAR
# between a verb of going and a day: the day is of a trip to come ("arrived [to meet X] on Monday", "will"), not the
# place it went to ("travelled to Tbilisi on Sunday")
_FUTURE_BETWEEN_RE = compile_fast(r"\b(?:will|would|shall)\b|\bto[ \t]+(?!the\b|[A-Z])[a-z]+[ \t]+(?:with|[A-Z])")


class Told:
    """What the clauses of a meeting word give it, outside or inside the same quotation as the word: people and
    offices, venues, and dates."""

    __slots__ = ("country", "dates", "people", "places", "quote", "stretch")

    def __init__(self, quote: int) -> None:
        self.quote = quote  # the quotation the meeting word is in (-1: none)
        self.country: str | None = None  # a country it was in ("In Azerbaijan, X met Y"), its city not told
        self.stretch = False  # a span of time is told ("since 2021"): what is told over it is no one meeting
        self.people: list[Mention] = []
        self.places: list[Mention] = []
        self.dates: list[DateMention] = []




def _since_clause(sent: SentenceContext, t: Trigger, it: DateMention) -> re.Match[str] | None:
    """The "since" of a clause the date is in, outside the meeting word's own words and with no meeting word of its
    own: "the first meeting since Azerbaijan attacked Armenia in [September 2022]" (not "since they were hosted by X in
    [November]", nor "since the Prague meeting in [October]": those are the dates of the meetings they tell)."""
    m = _SINCE_CLAUSE_RE.search(sent.doc.text, max(sent.start, it.start - SINCE_CLAUSE), it.start)
    if m is None or t.start <= m.start() < t.end or (m.start() < t.start and it.start > t.end):
        return None
    if any(m.start() <= w.start() < it.start for w in sent.words) or _HOSTED_RE.search(sent.doc.text, m.start(), it.start):
        return None
    if it.end <= t.start and _DATE_TO_NOUN_RE.fullmatch(sent.doc.text, it.end, t.start):
        return None  # "since their joint September 27 [meeting]": the day of the meeting it names
    if not it.explicit and _SINCE_THING_RE.fullmatch(sent.doc.text, m.start(), it.start):
        return None  # "their first talks since the war in Moscow on [Monday]": a thing, no clause; the day is the talks'
    return m


# "since" and a thing, with no verb of its own, then where and on what weekday: "since the war in Moscow on "
_SINCE_THING_RE = compile_fast(
    r"[Ss]ince[ \t]+(?:the|their|its|his|her|last[ \t]+year[’']s)[ \t]+"
    r"(?:(?!(?:\w+ed|met|spoke|held|took|said|came|went|began|fought|saw|was|were)\b)[\w’'\-]+[ \t]+){1,6}"
    r"(?:(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)?[ \t]+)?(?:on|last|this)[ \t]+"
)


_DATE_TO_NOUN_RE = compile_fast(r"[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}")  # "September 27[ trilateral ]meeting"


def told(sent: SentenceContext, t: Trigger) -> Told:
    """The people, venues and dates of a meeting word's clauses (see the module's notes on venues and dates)."""
    doc = sent.doc
    text = doc.text
    q = doc.quote_of(t.start)
    if q != -1 and _scare_quote(text, *doc.quotes[q]):
        q = -1  # 'during "informal contacts" with X': a word or two in quotation marks, in the sentence's own words
    out = Told(q)
    hi = min(sent.end, t.hi, t.end + OTHER_EVENT_AFTER)
    other = OTHER_EVENT_AFTER_RE.search(text, t.end, hi) if hi > t.end else None
    act = _OTHER_ACT_AFTER_RE.search(text, t.end, hi) if hi > t.end else None
    signing: int | None = None  # where the last date of a document's signing ends
    for it in t.items:
        if other is not None and it.start >= other.end() and (isinstance(it, DateMention) or it.kind is PLACE):
            continue  # "held a meeting on December 1 in Moscow following the statement signed on November 26 in Sochi"
        along = act is not None and it.start >= act.end() and _ALONG_WITH_RE.search(text, act.end(), it.start) is not None
        if along and not isinstance(it, DateMention) and it.kind is not PLACE:
            continue  # "held a meeting following their attendance to a panel along with X": X was at the panel
        if isinstance(it, DateMention):
            if out.quote != -1 and doc.quote_of(it.start) != out.quote and _future_in_quote(doc, out.quote, t.start):
                continue  # '"A will join me at the White House," X posted on Tuesday': the posting's day
            bound = (
                _SINCE_BEFORE_RE.search(text[max(0, it.start - 8) : it.start])
                or _since_clause(sent, t, it)
                or _SINCE_RE.match(text, it.start, it.end)
                or _STARTING_BEFORE_RE.search(text, max(0, it.start - 20), it.start)  # "a ceasefire starting from"
            )
            if bound is not None:  # "the fifth of its kind since last year": a span of time, not the day they met
                out.stretch = out.stretch or bound.group().lower().lstrip().startswith("since")
                continue
            line = doc.lay.line_at(it.start)
            if line is not None and in_dateline(text, line[0], it.start, doc.lay.body_start):
                continue  # "YEREVAN. April 11 (Interfax) - ...": the day the story was filed
            said_that = (
                SAID_THAT_RE.search(text, it.end, t.start)
                if it.start < t.start and text.find(" that", it.end, t.start) >= 0
                else None
            )
            if said_that is not None and _FUTURE_WORD_RE.search(text, said_that.end(), t.start):
                continue  # "Earlier on Sunday, Erdogan said that he would hold talks with X": the saying's day
            said_on = _SAID_ON_RE.search(text, max(0, it.start - SAID_ON_BEFORE), it.start)
            if said_on is None and _NEWS_OF_BEFORE_RE.search(text, max(sent.start, t.start - 30), t.start):
                said_on = _MADE_PUBLIC_ON_RE.search(text, max(0, it.start - MADE_PUBLIC_BEFORE), it.start)
            if said_on is not None and (it.start < t.start or said_on.start() >= t.end):
                continue  # "X said on Thursday that he had tried to arrange a meeting", "A will meet B, X said on Monday"
            if it.start > t.end:
                signed = _SIGNED_ON_RE.search(text, max(t.end, it.start - SIGNED_BEFORE), it.start) is not None
            else:  # a phrase of its own before the meeting word, its date the first it names, a comma closing it ("the
                # statements signed on [November 9], ..., Lavrov held calls"; not "signed on Friday when they met")
                sm = _SIGNED_ON_RE.search(text, max(sent.start, it.start - SIGNED_BEFORE), it.start)
                signed = sm is not None and not any(c.isdigit() for c in sm.group()) and text[it.end : it.end + 1] == ","
                signed = signed and not _SIGNED_AT_IT_RE.search(text, it.end, t.start)
            signed = signed or _DOCUMENT_OF_RE.search(text, max(0, it.start - 40), it.start) is not None
            if signed or (signing is not None and _DATE_LIST_GAP_RE.fullmatch(text, signing, it.start)):  # (a list of them)
                signing = it.end  # "the statements signed on November 9, 2020, January 11 and November 26, 2021"
                continue  # "views the statement signed by A, B and C on November 9": the day of the signing
            where = _WHERE_BETWEEN_RE.search(text, it.end, t.start) if it.start < t.start else None
            if where is not None and WENT_RE.search(text, sent.start, where.start()) and _FROM_BEFORE_RE.search(
                text, max(sent.start, where.start() - FROM_BEFORE), where.start()
            ):
                continue  # "arrived on Tuesday from Sochi, where he took part in talks": the arrival's day (not "on
                # 21 October he visited Yerevan, where he had consultations": that day's, where he went)
            if _DOCUMENT_AFTER_RE.match(text, it.end):
                continue  # "the provisions of the November 9, 2020, January 11 and November 26, 2021 statements"
            if it.start > t.end and _SAID_BETWEEN_RE.search(text, t.end, it.start):
                continue  # "met Michel in Brussels, and said he would visit again in June": what was said
            out.dates.append(it)
        elif doc.quote_of(it.start) != out.quote:
            continue
        elif it.kind is not PLACE:
            out.people.append(it)
        elif _venue(sent, t, it):
            out.places.append(it)
        elif it.start < t.start and _in_country(text, it):
            out.country = out.country or it.place.name  # type: ignore[union-attr]  # (not "discussed links in Armenia")
    out.dates = _not_owned(text, t, out.dates)
    return out


def _not_owned(text: str, t: Trigger, dates: list[DateMention]) -> list[DateMention]:
    """The dates but those owned by another event before the meeting word ("Reporting on Saturday's forum, ... a
    meeting on June 8", "After Sunday's election, X will meet Y": that event's day; not "Tuesday's Aliyev–Pashinyan
    meeting": its own)."""
    return [
        d
        for d in dates
        if not (_possessive(text, d.end) and d.end <= t.start and not _POSSESSED_WORD_RE.fullmatch(text, d.end, t.start))
    ]


_GOES_ON_RE = compile_fast(r"[”\"’'»]?[ \t]+(?:with|in|on|at|between)\b")  # after a phrase quoted: the sentence's words


def _scare_quote(text: str, start: int, end: int) -> bool:
    """Whether a quotation is a phrase of the sentence's own in quotation marks ('during "informal contacts" with
    X'): fewer than :data:`SCARE_QUOTE_WORDS` words, no sentence of its own inside (no full stop, "!" or "?"), and
    not introduced by a colon ('Aliyev said: "We met."' is what he said)."""
    inside = text[start:end]
    if any(c in inside for c in ".!?") or text[max(0, start - 3) : start].rstrip(" \t\"“«'‘").endswith(":"):
        return False
    # a phrase of a few words, or one the sentence goes on after ('X "had a constructive meeting" with Y')
    return len(inside.split()) < SCARE_QUOTE_WORDS or _GOES_ON_RE.match(text, end) is not None


# after a place: a verb of saying, the place a government's seat that speaks ("the Elysee Palace informs")
_SPEAKS_AFTER_RE = compile_fast(
    rf"[ \t]+(?:has[ \t]+|have[ \t]+)?(?:{phrases(speech_forms(plain=True))}|informs|informed|reports)\b"
)
# ... or a verb the capital is the subject of ("what Tehran calls its plan", "Baku insists"; not "the talks in Almaty
# proposed by X", a venue and a participle)
_SUBJECT_OF_AFTER_RE = compile_fast(  # (and "Moscow [and Yerevan have agreed]", "Yerevan [is satisfied]", "Yerevan
    # [“strongly condemns”]")
    rf"(?:[ \t]+and[ \t]+[A-Z][\w’'\-]*)?[ \t]+(?:(?:has[ \t]+|have[ \t]+)?[\"“‘]?(?:[a-z]+ly[ \t]+)?"
    rf"{phrases(GOVERNMENT_SUBJECT_VERBS)}"
    rf"|(?:is|was|are|were|remains|remained)[ \t]+(?:not[ \t]+)?{phrases(GOVERNMENT_STATES)}\b"
    r"(?![ \t]+to[ \t]+(?:host|hold|welcome|receive|organi[sz]e)\b)"  # (not "Washington is ready to host the talks")
    r"|(?:has|have)[ \t]+yet[ \t]+to[ \t]+(?:confirm|comment|respond|react)\b)"  # ("While Yerevan has yet to confirm this")
)
_IN_AT_BEFORE_RE = compile_fast(r"\b(?i:in|at)[ \t]+(?:the[ \t]+)?\Z")


# between a day's possessive and the meeting word it dates: a few words ("Tuesday's [Aliyev–Pashinyan] meeting")
_POSSESSED_WORD_RE = compile_fast(r"[ \t]+(?:[\w\-–—]+[ \t]+){0,3}")
_DAY_AFTER_PLACE_RE = compile_fast(r"[ \t,]+(?:on|last|this|earlier|yesterday|today)\b")  # "in Granada [on Thursday]"


def _in_country(text: str, place: Mention) -> bool:
    """Whether a place is a country a meeting was in: "in Azerbaijan" (not "Azerbaijan's", nor "talks with Armenia"); only
    one told before the meeting word is asked, as what follows it may be its topic."""
    pl = place.place
    return pl is not None and pl.kind.value == "country" and not place.possessive and (
        _IN_BEFORE_RE.search(text, max(0, place.start - 8), place.start) is not None
    )


_IN_BEFORE_RE = compile_fast(r"\b[Ii]n[ \t]+\Z")


def _venue(sent: SentenceContext, t: Trigger, place: Mention) -> bool:
    """Whether a place of the clause can be where the meeting was."""
    doc = sent.doc
    text, at = doc.text, place.start
    if t.word.topic_after and at > t.end and not _DAY_AFTER_PLACE_RE.match(text, place.end):
        return False  # "A and B discussed the situation in Stepanakert": what they spoke of (not "... the treaty in
        # Granada on Thursday": where and when)
    if not city_of(doc.idx, place) or dateline(text, place):
        return False  # a region or a country is no venue; "MOSCOW —" is where the story was filed
    if place.place is not None and place.place.kind.value == "region" and not _IN_AT_BEFORE_RE.search(text, max(0, at - 8), at):
        return False  # a region named for its city is the city only "in" it ("in Nakhchivan"; not "in Julfa, Nakhchivan")
    if place.possessive or text[place.end : place.end + 2] in ("’s", "'s"):
        return False
    if t.word.noun and _WITH_BEFORE_RE.search(text[max(0, at - 9) : at]):
        return False  # "talks with Yerevan": the capital stands for its government
    official = _OFFICIAL_BEFORE_RE.search(text, max(0, at - 20), at)
    if official is not None and (official.group()[0] in "Rr" or not _NOUN_AFTER_RE.match(text, place.end)):
        return False  # "representatives of official Baku": its government (not "his official Moscow visit")
    if _GOVERNMENT_BEFORE_RE.search(text, max(0, at - GOVERNMENT_BEFORE), at):
        return False  # "a plan advanced by Ankara and Baku", "tension between Baku and Yerevan": its government
    if _AREA_AFTER_RE.match(text, place.end):
        return False  # "Gazakh district": an area, not the city where they met; "the Washington format"
    if _NAMED_DOCUMENT_AFTER_RE.match(text, place.end) and not _IN_AT_BEFORE_RE.search(text, max(0, at - 8), at):
        return False  # "the Minsk statement": a document named for the city
    if SAID_BEFORE_RE.search(text[max(0, at - 12) : at]):
        return False  # "told Baku": whom the words were for
    if _SPEAKS_AFTER_RE.match(text, place.end):
        return False  # "the Elysee Palace informs", "the Kremlin said": a seat of government as the source of a report
    if _SUBJECT_OF_AFTER_RE.match(text, place.end) and not _IN_AT_BEFORE_RE.search(text, max(0, at - 8), at):
        return False  # "what Tehran calls its proposal": the government
    return not _NOT_IN_BEFORE_RE.search(text[max(0, at - 16) : at])  # "talks outside Washington", "Ambassador to Tehran"


# before a capital that stands for its government: the agent of a passive ("backed by [Moscow]"), one side of
# "between" ("between [Baku] and Yerevan"), the object of a verb of praise or blame ("praising [Baku]"), or a list
# so begun ("by Ankara and [Baku]")
# "stopped by Yerevan", "came by Baku": a visit, the city a place
_NOT_MOVING = "".join(rf"(?<!{w}[ \t])" for w in ("stopped", "stops", "dropped", "came", "comes", "passed", "swung"))
_GOVERNMENT_BEFORE_RE = compile_fast(
    rf"\b(?:{_NOT_MOVING}by|between|{phrases(GOVERNMENT_OBJECT_VERBS)})[ \t]+"
    r"(?:(?:[A-Z][\w’'\-]*[ \t]+)?[A-Z][\w’'\-]*(?:,[ \t]*|,?[ \t]+and[ \t]+))?\Z"
)
_OFFICIAL_BEFORE_RE = compile_fast(r"\b(?:[Oo]fficial|[Rr]epresentatives[ \t]+of)[ \t]+\Z")
# after a capital: a noun it is an adjective of ("official Moscow [visit]")
_NOUN_AFTER_RE = compile_fast(r"[ \t]+(?!and\b|or\b|is\b|was\b|has\b|had\b|to\b|in\b|on\b|at\b)[a-z]")
GOVERNMENT_BEFORE = 40  # how far before the capital those words may stand


def city_of(idx: object, mm: Mention) -> str | None:
    """The city a place mention names: the city itself, or the city of a venue."""
    pl = mm.place
    if pl is None:
        return None
    if pl.is_city:  # (or a region named for its city: "Nakhchivan")
        return pl.name
    kind = pl.kind.value
    if kind == "venue":
        if pl.city:
            return pl.city
        for toks, place in idx.place_full.get(pl.name.split()[0].lower(), ()):  # type: ignore[attr-defined]
            if place.kind.value == "city" and len(toks) == 1:
                return str(place.name)
    return None


def dateline(text: str, place: Mention) -> bool:
    """Whether a place is written as a dateline ("MOSCOW —", "Baku/10/27.23/Turan:"): where the story was filed, not
    where anyone met."""
    if place.end - place.start > 3 and text[place.start : place.end].isupper():
        return True
    return _SLASHED_DATELINE_RE.match(text, place.end) is not None and (place.start == 0 or text[place.start - 1] == "\n")


# after a place opening a line: an agency's dateline of slashes and figures ("Baku/10/27.23/Turan:")
_SLASHED_DATELINE_RE = compile_fast(r"/[\d.]+/[\d.]+/[A-Z][\w\-]*:")  # (the outlet's name closes it)


# between a weak meeting word and its place: another clause ("agreed on it, X told reporters in Yerevan"), another
# signer ("signed by A in Baku and by B in Yerevan") or another act ("and was published in Washington")
_OTHER_CLAUSE_RE = compile_fast(
    r"[,;:]|\band[ \t]+(?:by|was|were|witnessed|published|handed|would|will)\b|\b(?:would|will)[ \t]+be\b"
    r"|\b(?:is|are|was|were|has|have|had|remains?|kept)\b"
)
_ANOTHER_SIGNER_RE = compile_fast(r"\band[ \t]+by\b")  # "signed by A in Baku and by B in Yerevan": apart
_REPORTED_BETWEEN_RE = compile_fast(
    rf"\b(?:{phrases(speech_forms(plain=True))}|says|claimed|believes?|believed|thinks?|thought|expects?|expected)\b"
)
# a place that opens the sentence: "In Abu Dhabi, A and B agreed to ..."
_FRONTED_PLACE_RE = compile_fast(FRONTED_PLACE + r"\Z")  # the words before a place a sentence opens on


def _future_in_quote(doc: DocumentContext, quote: int, at: int) -> bool:
    """Whether the quotation ``quote`` tells the meeting word at ``at`` as still to come ("will join me")."""
    return _FUTURE_WORD_RE.search(doc.text, doc.quotes[quote][0], at) is not None


def own_place(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether the place of a meeting word that tells one only with a place ("signed by A and B in Washington",
    "In Abu Dhabi, A and B agreed") is its own clause's: after it with no other clause between, or opening the
    sentence before it."""
    if draft.place is None or draft.place_span is None or _ANOTHER_SIGNER_RE.search(sent.doc.text, t.end, sent.end):
        return False
    text, (a, b) = sent.doc.text, draft.place_span
    if a >= t.end:
        return not t.word.fronted_place and _OTHER_CLAUSE_RE.search(_without_appositions(sent.doc, t.end, a)) is None
    fronted = _FRONTED_PLACE_RE.fullmatch(text, sent.start, a) is not None and text[b : b + 1] == ","
    return fronted and _REPORTED_BETWEEN_RE.search(text, b, t.start) is None  # not "In Yerevan, analysts said A and B"


def _without_appositions(doc: DocumentContext, start: int, end: int) -> str:
    """The text from ``start`` to ``end`` with the commas around a name in apposition to a noun of a person dropped
    ("between A and his counterpart, B, on 28 November in X": one clause; not "between A and B, C, speaking in X,")."""
    text = doc.text
    cut: set[int] = set()
    for mm in doc.mentions_in(start, end):
        if mm.kind is PERSON and mm.pid and _APPOSED_TO_RE.search(text, start, mm.start) and text.startswith(",", mm.end):
            cut.add(mm.end)
            cut.add(text.rindex(",", start, mm.start))
    return "".join(c for i, c in enumerate(text[start:end], start) if i not in cut) if cut else text[start:end]


# before a name in apposition: a noun of a person and a comma ("his Armenian counterpart, [B]")
_APPOSED_TO_RE = compile_fast(
    r"\b(?:counterparts?|colleagues?|ministers?|envoys?|advis[eo]rs?|representatives?|deputy|deputies|ambassadors?"
    r"|spokes(?:man|woman|person)|secretary|chairman|chair|president|premier|head|leaders?|opposite[ \t]+number),[ \t]*\Z"
)


def describe(sent: SentenceContext, t: Trigger, draft: Draft, places: list[Mention]) -> None:
    """The format, status and size of the meeting (see the module's notes)."""
    doc = sent.doc
    text, lower, s, e = doc.text, doc.lower, sent.start, sent.end
    w0, w1 = passage(sent, t)
    n0, n1 = max(w0, t.start - NEAR_BEFORE), min(w1, t.start + NEAR_AFTER)  # the words next to the meeting word first
    if not t.word.phone and _VIDEO.search(text, lower, n0, n1):
        draft.format = MeetingFormat.VIDEO  # "a video call", "talks by video link"
    elif t.word.phone or _by_phone(text, lower, n0, n1, t):
        draft.format = MeetingFormat.PHONE
    elif _VIDEO.search_slice(text, lower, w0, w1):
        draft.format = MeetingFormat.VIDEO
    elif t.word.needs_partner and not places:
        draft.format = MeetingFormat.PHONE  # "spoke with X": by phone, unless a place is told
        draft.guessed = True
    elif not places and _in_a_call(text, t, e):
        draft.format = MeetingFormat.PHONE  # "exchanged views on [many things] in a phone call": how the verb's was held
    elif t.word.either_way and not places:
        draft.guessed = True  # "his conversation with X": in person or by phone, as another mention tells
    draft.status = status_of(sent, t)
    draft.judged = draft.status is MeetingStatus.PLANNED and judged_ahead(sent, t)
    draft.just = _JUST_BEFORE_RE.search(text, max(w0, t.start - NEAR_BEFORE), t.start) is not None
    draft.separate = (
        _SEPARATE_BEFORE_RE if t.word.nominal else _SEPARATELY_BEFORE_RE
    ).search(text, max(w0, t.start - 40), t.start) is not None
    draft.own_body = t.word.nominal and _OWN_BODY_AFTER_RE.match(text, t.end) is not None
    draft.earlier = not t.word.nominal and (
        _EARLIER_BEFORE_RE.search(text, max(w0, t.start - NEAR_BEFORE), t.start) is not None
        or _EARLIER_AFTER_RE.match(text, t.end, min(e, t.end + EARLIER_AFTER)) is not None
        or document_made(sent, t)  # "the agreements reached by A and B in Prague": what they made before the story
    )
    draft.sequel = (
        _SEQUEL_RE.search(text, max(s, t.lo, t.start - SEQUEL_BEFORE), t.start) is not None
        and not (t.word.nominal and _referred_before(text, max(s, t.start - NEAR_BEFORE), t.start))
    ) or (  # "Earlier, a conversation took place between A, B and C", not "later, the meeting ..."
        t.word.nominal and _AFTER_AN_EVENT_RE.search(text, max(s, t.start - NEAR_BEFORE), t.start) is not None
    )  # "agreed to it only after a meeting with X"
    # "A and B met in X. They also had a joint meeting with C": another event than the one told before, with another
    # partner (not "X also held meetings in Yerevan": where the one told was)
    draft.sequel = draft.sequel or (
        t.word.nominal
        and _ALSO_HELD_RE.search(text, max(s, t.start - NEAR_BEFORE), t.start) is not None
        and _WITH_NEXT_RE.match(text, t.end) is not None
    )
    sm = _SIZE.search_slice(text, lower, max(s, t.start - SIZE_BEFORE), min(e, t.end + SIZE_AFTER))
    if sm:
        draft.size = 4 if sm.group("four") else 3 if sm.group("three") else 2
    elif _COUNTERPART_RE.search(text[t.end : min(e, t.end + SIZE_AFTER)]):
        draft.size = 2


def _in_a_call(text: str, t: Trigger, e: int) -> bool:
    """Whether "in a phone call" (or "during a telephone conversation") follows the meeting word in its own stretch."""
    manner = _IN_A_CALL_RE.search(text, t.end, min(e, t.end + PASSAGE))
    return manner is not None and manner.start() <= t.hi


def passage(sent: SentenceContext, t: Trigger) -> tuple[int, int]:
    """The words about one meeting: around its word, not past the meeting words before and after it."""
    return max(sent.start, t.start - PASSAGE, t.lo), min(sent.end, t.end + PASSAGE, t.hi)


# "held bilateral talks with A, B and C": meetings of two sides each (not "the bilateral talks between their countries")
_BILATERALS_RE = compile_fast(
    r"\b(?i:bilateral[ \t]+(?:meetings|talks|discussions|negotiations|consultations))\b(?![ \t]+between)"
)


def separately(sent: SentenceContext, t: Trigger) -> bool:
    """Whether "separately" (or "separate") stands near the meeting word, or "bilateral" before a plural one (each
    with two sides): one meeting per partner."""
    text = sent.doc.text
    if _BILATERALS_RE.search(text, max(sent.start, t.start - 12), min(sent.end, t.end + 16)):
        return True
    lo, hi = max(sent.start, t.start - SEPARATE_BEFORE, t.lo), min(sent.end, t.end + SEPARATE_AFTER, t.hi)
    return SEPARATE.search_slice(text, sent.doc.lower, lo, hi) is not None


# after "call(s)": a verb of naming or demanding, no phone call ("what Tehran calls its proposal", "calls for talks")
_CALLS_AS_VERB_RE = compile_fast(r"[ \t]+(?:for|upon|it|its|his|her|their|them)\b")


def _by_phone(text: str, lower: str | None, start: int, end: int, t: Trigger) -> bool:
    """Whether a word near the meeting word says it was by phone. "The call followed the meeting in Brussels": a call
    told as a thing of its own ("the call", "a call") is another event, not how this meeting was held."""
    while (m := _PHONE.search(text, lower, start, end)) is not None:
        inside = t.start <= m.start() < t.end
        verb = m.group().lower() in ("call", "calls") and _CALLS_AS_VERB_RE.match(text, m.end()) is not None
        if not verb and (
            inside
            or m.group().lower() not in ("call", "calls")
            or not _EVENT_NOUN_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        ):
            return True
        start = m.end()
    return False


def take_place(sent: SentenceContext, t: Trigger, draft: Draft, places: list[Mention], country: str | None = None) -> None:
    """The venue: "in Munich" tells where, "the Berlin round" names another event; after "in" or "at" comes first,
    then the nearest to the meeting word. A call or a video conference took place nowhere: a city told with it ("in a
    phone call from Brussels") is where one side was. With no city, ``country`` is the country it was in, if told."""
    _venue_of(sent, t, draft, places)
    if draft.place is None and draft.format is MeetingFormat.IN_PERSON:
        draft.country = country  # "In Azerbaijan, X met Y"


def _venue_of(sent: SentenceContext, t: Trigger, draft: Draft, places: list[Mention]) -> None:
    if places and draft.format is MeetingFormat.IN_PERSON:
        text = sent.doc.text
        for a, b in itertools.pairwise(places):
            if (
                after_in(text, a.start)
                and city_of(sent.doc.idx, a) != city_of(sent.doc.idx, b)
                and _CITIES_JOINED_RE.fullmatch(text, a.end, b.start)
            ):
                return  # "held talks with officials in Yerevan and Baku": several meetings, none of them told here
        # "from Sochi where he took part in talks": the place of the relative clause the meeting word is in comes first
        where = [p for p in places if p.end <= t.start and _WHERE_THEN_RE.match(text, p.end, t.start)]
        near = where[-1] if where else min(places, key=lambda p: (not after_in(text, p.start), abs(p.start - t.start)))
        city = city_of(sent.doc.idx, near)
        if city:
            draft.place = city
            draft.place_span = (near.start, near.end)
    elif not places and draft.format is MeetingFormat.IN_PERSON:
        _the_city_before(sent, t, draft)
        if draft.place is None:
            _there(sent, t, draft)


# right after a meeting word: the city told before, by a noun ("met on Wednesday in the Italian city"; "the Russian
# capital" names its city itself)
_THE_CITY_AFTER_RE = compile_fast(
    r"(?:[ \t]+[\w’'\-]+){0,3}?[ \t]+in[ \t]+the[ \t]+(?:(?P<adj>[A-Z][a-z]+)[ \t]+)?city\b(?![ \t]+of\b)"
)
CITY_TOLD_BEFORE = 600  # how far before the sentence the city "the city" stands for may be named


def _the_city_before(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """"A and B met in the Italian city" after "MILAN —": the last city named before, of the country the adjective
    names (a city of another country, or none named, leaves the place unknown)."""
    doc = sent.doc
    m = _THE_CITY_AFTER_RE.match(doc.text, t.end, sent.end)
    if m is None:
        return
    country = doc.idx.country(m.group("adj")) if m.group("adj") else None
    if m.group("adj") and country is None:
        return  # "in the old city", "in the coastal city": no country to check the city by
    for mm in reversed(doc.mentions_in(max(0, sent.start - CITY_TOLD_BEFORE), t.start)):
        city = city_of(doc.idx, mm) if mm.kind is PLACE else None
        if city is not None:
            pl = mm.place
            if country is None or (pl is not None and pl.country == country.name):
                draft.place, draft.place_span = city, (mm.start, mm.end)
            return


# after a meeting word, "there" for where: "a meeting ... should take place there", "they will meet there in May"
_THERE_RE = compile_fast(
    noun_tail(6) + r"[ \t]+(?:(?:should|will|would|is[ \t]+to|are[ \t]+to|was[ \t]+to)[ \t]+)?"
    r"(?:take[ \t]+place|took[ \t]+place|takes[ \t]+place|be[ \t]+held|was[ \t]+held|were[ \t]+held)[ \t]+there\b"
    r"|[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){0,4}there\b"  # a verb's: "he met Putin there"
)


def _referred_before(text: str, lo: int, at: int) -> bool:
    """Whether the words before a meeting noun at ``at`` refer to a meeting told: "the meeting", "today's meeting"."""
    return REFERENCE_BEFORE_RE.search(text, lo, at) is not None or _DAYS_OWN_RE.search(text, lo, at) is not None


def _there(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """"... in Almaty. A meeting of the ministers should take place there": the one city the sentence before names."""
    doc = sent.doc
    if sent.index == 0 or _THERE_RE.match(doc.text, t.end, sent.end) is None:
        return
    cities: dict[str, tuple[int, int]] = {}
    for mm in doc.mentions_in(*doc.lay.sentences[sent.index - 1]):
        city = city_of(doc.idx, mm) if mm.kind is PLACE else None
        if city is not None:
            cities.setdefault(city, (mm.start, mm.end))
    if len(cities) == 1:
        (draft.place, draft.place_span), = cities.items()


_WHERE_THEN_RE = compile_fast(r",?[ \t]+where[ \t]+(?:[\w’'\-]+[ \t]+){0,6}?\Z")  # "[Sochi], where he took part in"
_CITIES_JOINED = r",?[ \t]+and[ \t]+(?:in[ \t]+)?"  # "in Yerevan and [in] Baku" (not "in X, Yerevan said")
_CITIES_JOINED_RE = compile_fast(_CITIES_JOINED)


# the tense of a meeting's dates by its status: to come, past, or (None) as its sentence tells
_TENSE_OF = {MeetingStatus.PLANNED: True, MeetingStatus.PROPOSED: True, MeetingStatus.HELD: False}


def resolve_dates(
    sent: SentenceContext, dates: list[DateMention], draft: Draft
) -> list[tuple[DateMention, PartialDate | None]]:
    """The clause's dates with what each stands for, in the meeting's tense ("will meet on Monday": the coming one),
    except a day told after a past verb of going ("arrived on Monday to meet X": the Monday before)."""
    doc = sent.doc
    out: list[tuple[DateMention, PartialDate | None]] = []
    went = WENT_RE.search(doc.text, sent.start, dates[0].start) if dates else None
    at = draft.evidence[0][0] if draft.evidence else sent.start
    if went is not None and went.end() <= at and any(d.start > at for d in dates):
        # "flew to Moscow on Tuesday to meet Putin on Wednesday": the trip's day is not the meeting's
        dates = [d for d in dates if not went.end() <= d.start < at]
    past = _told_as_past(doc, draft, sent)
    for d in dates:
        if d.precision is _YEAR and d.value is not None and len(dates) > 1:
            continue  # "in 2023 ... on May 14": the day is the one
        if d.relative == "month-name" and d.year_step is None and any(o.md and o.md[1] for o in dates if o is not d):
            continue  # "in May ... on May 14": the day is the one; "in October of last year" is a time of its own
        context = doc.text[sent.start : d.end] if d.value is None else ""  # a date the text states in full needs none
        future = _TENSE_OF.get(draft.status)  # rumoured or cancelled: the sentence's own tense says
        if went is not None and went.end() <= d.start and not _FUTURE_BETWEEN_RE.search(doc.text, went.end(), d.start):
            future = False
        elif went is not None and d.start > at and future:
            future = None  # "arrived on Sunday to meet X on Monday": the Monday nearest, not one still to come
        value = resolve(d, doc.ref, doc.year_at(d.start), context, future)
        told_bare = d.md is not None and d.year_step is None and not d.year_stated
        # "met on November 7", "the talks took place in November", written in June: last November; but not a day or
        # two after the date a story is stamped with ("spoke on Oct. 28", stamped the 27th: its time zone)
        if (
            value is not None
            and value.year is not None
            and told_bare
            and past
            and after_the_stamp(value, doc.ref)
        ):
            value = PartialDate(value.year - 1, value.month, value.day, basis=value.basis)
        out.append((d, value))
    return out


# after a meeting noun, a few words of its own first: it took place ("the talks took place on", "the meeting [of the
# two leaders] was held in")
_TOOK_PLACE_RE = compile_fast(r"(?:[ \t]+[\w’'\-]+){0,6}?[ \t]+(?:took[ \t]+place|(?:was|were)[ \t]+held)\b")


def _told_as_past(doc: DocumentContext, draft: Draft, sent: SentenceContext | None = None) -> bool:
    """Whether a meeting is told as past by a verb: its own ("met", "held talks"), "took place" after its noun, or
    what happened during it ("On January 11, during a meeting in Moscow, the leaders made a decision")."""
    if draft.status is not MeetingStatus.HELD or not draft.evidence:
        return False
    at, end = draft.evidence[0]
    if not draft.referred or _TOOK_PLACE_RE.match(doc.text, end) is not None:
        return True
    if _HELD_BEFORE_RE.search(doc.text, max(sent.start if sent else 0, at - NEAR_BEFORE), at) is not None:
        return True  # "held their first bilateral meeting on July 10", written in May: last July's
    if sent is None or not _DURING_BEFORE_RE.search(doc.text, max(sent.start, at - NEAR_BEFORE), at):
        return False
    verb = _PAST_MAIN_VERB_RE.search(doc.text, end, sent.end)  # (a future in a clause after it is another thing's)
    return verb is not None and _FUTURE_WORD_RE.search(doc.text, sent.start, verb.start()) is None


# after a meeting noun: whose it is, a body or its sides ("the meeting [of the border commissions]", "[between the two]")
_OWN_BODY_AFTER_RE = compile_fast(r"[ \t]+(?:of|between)[ \t]+")
# before a meeting noun: a past verb whose event it is ("held a meeting", "had their first talks", "hosted the summit")
_HELD_BEFORE_RE = compile_fast(
    r"\b(?:held|had|hosted|convened|conducted|chaired|attended)[ \t]+"
    r"(?:(?:a|an|the|their|his|her|its|another)[ \t]+)?(?:(?!\w+ed\b|to\b|for\b|been\b)[\w\-]+[ \t]+){0,3}\Z"
)  # (not "had agreed to a meeting", "had hoped for talks": the past of another verb)
# before a meeting noun: the meeting within which something happened ("during a [meeting]", "at the [talks]")
_DURING_BEFORE_RE = compile_fast(
    r"\b(?:[Dd]uring|[Aa]t|[Ii]n[ \t]+the[ \t]+course[ \t]+of)[ \t]+(?:a|an|the|their|its)[ \t]+(?:[\w\-]+[ \t]+){0,2}\Z"
)
# a verb of the past after a plural or named subject: "the leaders made", "X agreed", "they signed"
_PAST_MAIN_VERB_RE = compile_fast(r"\b(?:made|agreed|decided|signed|adopted|reached|discussed|approved|announced|was|were)\b")
_FUTURE_WORD_RE = compile_fast(r"\b(?:will|would|shall|is[ \t]+to|are[ \t]+to|expected|scheduled|planned|due)\b")


def several_days(t: Trigger, resolved: list[tuple[DateMention, PartialDate | None]], places: list[Mention], text: str) -> list[
    tuple[DateMention, PartialDate | None]
]:
    """The calendar dates that are one meeting each: with a plural word, several places, or "again" between them
    ("met in Brussels on April 6 and again on May 22"); empty when the dates are one meeting's."""
    splits = [r for r in resolved if r[0].explicit and r[0].md]
    days = [r for r in resolved if (r[0].explicit and r[0].md) or (_weekday(r[0], text) and _a_day(r[1]))]
    if len(days) > len(splits) and all(_PAIR_GAP_RE.fullmatch(text, a[0].end, b[0].start) for a, b in itertools.pairwise(days)):
        splits = days  # "in Baku on Wednesday and in Yerevan on Thursday": days of the week, each with its own city
    again = any(_AGAIN_RE.search(text, a[0].end, b[0].start) for a, b in itertools.pairwise(splits))
    several = len(splits) >= 2 and (
        t.word.plural
        or len(places) >= 2
        or again
        or _listed_days(splits, text)
        or _each_with(splits, text)
        or _counted(t, text) == len(splits)
    )
    if not several:  # "met last month, and before in January": two dates told as two occasions, the second elliptical
        told = [r for r in resolved if r[1] is not None]
        if len(told) >= 2 and all(
            _ANOTHER_TIME_RE.search(text, a[0].end, b[0].start) and _ELLIPTICAL_RE.match(text, b[0].end)
            for a, b in itertools.pairwise(told)
        ):
            return told
    return _in_order(splits) if several else []


# before a meeting word: how many meetings it tells ("two rounds of [intensive] talks", "two such meetings")
_COUNT_BEFORE_RE = compile_fast(
    r"\b(?P<n>two|three|four|five)[ \t]+(?:(?:such|separate|more|rounds?|sessions?|of|[\w\-]+)[ \t]+){0,4}\Z", re.IGNORECASE
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
COUNT_BEFORE = 60  # how far before the meeting word its count may stand


def _counted(t: Trigger, text: str) -> int | None:
    """How many meetings the words before a meeting word count, or None."""
    m = _COUNT_BEFORE_RE.search(text, max(0, t.start - COUNT_BEFORE), t.start)
    return _COUNTS[m.group("n").lower()] if m is not None else None


def _each_with(splits: list[tuple[DateMention, PartialDate | None]], text: str) -> bool:
    """Whether each date comes with partners of its own: "met with A on May 1 and with B on May 2"."""
    for a, b in itertools.pairwise(splits):
        m = _AND_WITH_RE.search(text, a[0].end, b[0].start)
        if m is None or not _PARTNER_THEN_DATE_RE.fullmatch(text, m.end(), b[0].start):
            return False  # (not "with the support of X on May 2", "with X, whose term ends on June 2")
    return True


# between two days, each with a city or partner of its own: ", and in Yerevan on", " and with X on"
_PAIR_GAP_RE = compile_fast(r",?[ \t]+and[ \t]+(?:then[ \t]+|later[ \t]+)?(?:in|with)[ \t]+(?:[\w’'\-.]+[ \t]+){1,5}on[ \t]+")


def _weekday(d: DateMention, text: str) -> bool:
    """Whether a date is a day of the week alone ("on Wednesday"; not "Sunday's summit", another event's day)."""
    return d.relative is not None and d.relative.split()[-1] in WEEKDAY_NAMES and not _possessive(text, d.end)


def _possessive(text: str, end: int) -> bool:
    """Whether the words ending at ``end`` end in a possessive "'s" ("Sunday's")."""
    return text[end - 2 : end] in ("’s", "'s")


def _a_day(value: PartialDate | None) -> bool:
    """Whether a date resolved to a day ("on Wednesday" in a dated story): one of a list of days it may split."""
    return value is not None and value.day is not None


def _in_order(splits: list[tuple[DateMention, PartialDate | None]]) -> list[tuple[DateMention, PartialDate | None]]:
    """Dates listed without their year, in the order of the calendar, kept in that order: "on May 14 and July 15",
    of a past meeting written in June, are last May and last July, since the second is last year's."""
    out = list(splits)
    for k in range(len(out) - 2, -1, -1):
        (d, value), (_, later) = out[k], out[k + 1]
        bare = d.md is not None and d.year_step is None and not d.year_stated
        if bare and value is not None and later is not None and value.year is not None and later.year is not None:
            told_first = (value.month or 0, value.day or 0) < (later.month or 0, later.day or 0)  # within a year
            if told_first and value.year > later.year:
                out[k] = (d, PartialDate(value.year - 1, value.month, value.day, basis=value.basis))
    return out


def _listed_days(splits: list[tuple[DateMention, PartialDate | None]], text: str) -> bool:
    """Whether calendar dates are a list of days apart ("met on March 3 and May 9"), not one meeting's two days
    ("talks on May 14 and 15", "on May 14 and May 15"): joined by "and" or commas, and no two of them adjacent."""
    days = [value.earliest if value is not None and value.day is not None else None for _, value in splits]
    if None in days or len(set(days)) < len(days):
        return False
    ordered = sorted(d for d in days if d is not None)
    if any((b - a).days <= 1 for a, b in itertools.pairwise(ordered)):
        return False
    return all(_DATES_JOINED_RE.match(text, a[0].end, b[0].start) for a, b in itertools.pairwise(splits))


# before a plural meeting noun: how many ("held two rounds of [talks]", "three [meetings]")
_COUNTED_BEFORE_RE = compile_fast(
    r"\b(?P<n>two|three|four|five|[2-5])[ \t]+(?:(?:more|rounds?[ \t]+of|separate|previous|earlier|further)[ \t]+)*\Z",
    re.IGNORECASE,
)
_PLACES_JOINED_RE = compile_fast(_CITIES_JOINED + r"|,[ \t]+(?:in[ \t]+)?")  # (a list: "in Moscow[, ]Vienna[ and ]Baku")


def _listed_cities(sent: SentenceContext, t: Trigger, places: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The cities told after a meeting word, and those of them listed together from the first ("in Moscow, Vienna and
    Baku")."""
    text = sent.doc.text
    after = [p for p in places if p.start >= t.end and city_of(sent.doc.idx, p)]
    listed = after[:1] + [b for a, b in itertools.pairwise(after) if _PLACES_JOINED_RE.fullmatch(text, a.end, b.start)]
    return after, listed


def _one_in_each(sent: SentenceContext, draft: Draft, listed: list[Mention]) -> list[Draft]:
    """A copy of ``draft`` in each listed city, each one of a list (an undated mention is none of them)."""
    out = []
    for p in listed:
        dd = draft.copy()
        dd.place, dd.place_span = city_of(sent.doc.idx, p), (p.start, p.end)
        dd.listed = True
        out.append(dd)
    return out


def one_per_place(sent: SentenceContext, t: Trigger, draft: Draft, places: list[Mention]) -> list[Draft]:
    """As many meetings as a count before a plural noun says, when it lists as many cities after it, one in each ("held
    two rounds of talks in Moscow and Vienna"); none otherwise ("a series of meetings in Brussels, Chisinau and
    Washington", "rounds of talks since 2021": no one of them told, or a count and cities that differ)."""
    text = sent.doc.text
    m = _COUNTED_BEFORE_RE.search(text, max(sent.start, t.start - 40), t.start)
    after, listed = _listed_cities(sent, t, places)
    if m is None or len(after) < 2:
        return []
    n = int(m.group("n")) if m.group("n").isdigit() else _COUNTS[m.group("n").lower()]
    cities = list(dict.fromkeys(city_of(sent.doc.idx, p) for p in listed))
    if len(listed) != len(after) or len(cities) != n:
        return []
    return _one_in_each(sent, draft, listed)


_IN_RIGHT_AFTER_RE = compile_fast(r"[ \t]+(?:held[ \t]+)?in[ \t]+")


def per_city(sent: SentenceContext, t: Trigger, draft: Draft, places: list[Mention]) -> list[Draft] | None:
    """One meeting in each city a plural meeting noun lists right after it ("at meetings in Prague and Sochi in October
    2022, A and B declared"), the rest of each as told; None when it lists fewer than two, or tells them to come ("their
    next meetings in A and B") or of one person ("he had meetings in A and B": with whom, untold)."""
    if not t.word.plural or t.word.one_event or draft.place is not None or draft.status is not MeetingStatus.HELD:
        return None
    if len(draft.participants) == 1:
        return None
    after, listed = _listed_cities(sent, t, places)
    if len(after) < 2 or not _IN_RIGHT_AFTER_RE.fullmatch(sent.doc.text, t.end, after[0].start):
        return None
    if len(listed) != len(after) or len({city_of(sent.doc.idx, p) for p in listed}) < 2:
        return None
    return _one_in_each(sent, draft, listed)


def split_by_dates(
    sent: SentenceContext, draft: Draft, splits: list[tuple[DateMention, PartialDate | None]], places: list[Mention]
) -> list[Draft]:
    """One meeting per date, each with the place nearest it between the dates before and after it ("in Moscow on
    August 30, and the third in Brussels on November 3", "on May 1 in Washington and on May 5 in Brussels")."""
    text = sent.doc.text
    out = []
    partners = _partners_by_date(sent, draft, splits)
    side = _place_side(splits, places)
    for k, (d, value) in enumerate(splits):
        dd = draft.copy()
        if partners:
            dd.participants = {p: v for p, v in draft.participants.items() if p not in partners or partners[p] == k}
        dd.date, dd.md, dd.end_day = value, d.md, d.end_day
        dd.listed = len(splits) > 1
        dd.evidence.append((d.start, d.end))
        lo = splits[k - 1][0].end if k > 0 else -1
        hi = splits[k + 1][0].start if k + 1 < len(splits) else len(text) + 1
        own = [p for p in places if lo <= p.start and p.end <= hi]
        if side is not None:  # every date has a place on the same side: that one is its
            own = [p for p in own if (p.end <= d.start if side < 0 else p.start >= d.end)]
        if own and dd.format is MeetingFormat.IN_PERSON:
            near = min(own, key=lambda p: min(abs(p.end - d.start), abs(p.start - d.end)))
            dd.place = city_of(sent.doc.idx, near)
            dd.place_span = (near.start, near.end)
        out.append(dd)
    return out


def _place_side(splits: list[tuple[DateMention, PartialDate | None]], places: list[Mention]) -> int | None:
    """-1 when each of several dates has a place between it and the date before ("in Davos in January, Vienna in
    March and Ashgabat in October"), 1 when each has one between it and the next ("on May 1 in Washington and on May 5
    in Brussels"), None when neither holds."""
    if len(splits) < 2 or not places:
        return None
    starts = [d.start for d, _ in splits]
    ends = [d.end for d, _ in splits]
    before = all(any((ends[k - 1] if k else -1) <= p.start and p.end <= starts[k] for p in places) for k in range(len(splits)))
    after = all(
        any(ends[k] <= p.start and p.end <= (starts[k + 1] if k + 1 < len(starts) else 1 << 62) for p in places)
        for k in range(len(splits))
    )
    return -1 if before and not after else 1 if after and not before else None


def _partners_by_date(
    sent: SentenceContext, draft: Draft, splits: list[tuple[DateMention, PartialDate | None]]
) -> dict[str, int]:
    """Which date each partner belongs to, when each date has its own ("met with A on May 1 and with B on May 2": A
    the first's, B the second's); empty when the dates share them."""
    text = sent.doc.text
    if not _each_with(splits, text):
        return {}
    first = None
    for m in _WITH_WORD_RE.finditer(text, sent.start, splits[0][0].start):
        first = m.start()
    if first is None:
        return {}
    out: dict[str, int] = {}
    for pid, (_, _, span) in draft.participants.items():
        if span is None or span[0] < first:
            continue  # the subject, who met each of them
        k = next((k for k, (d, _) in enumerate(splits) if span[0] < d.start), None)
        if k is None:
            return {}  # a partner after the last date: whose it is, is not told
        out[pid] = k
    return out


# a sentence opening on words said before, made at the meeting it tells: "The remarks were made during talks with X"
REMARKS_MADE_RE = compile_fast(
    r"[ \t]*(?:the|these|those|his|her)[ \t]+(?:statements?|remarks|comments|words|announcement|proposal|suggestion)"
    r"[ \t]+(?:was|were)[ \t]+(?:made|delivered|voiced|announced)\b",
    re.IGNORECASE,
)


def remarks_day(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """"X on Tuesday stressed ... The remarks were made during a call with Y": a meeting the sentence gives no date
    is on the day the sentence before told the remarks on."""
    doc = sent.doc
    if draft.date is not None or sent.index == 0 or not REMARKS_MADE_RE.match(doc.text, sent.start, t.start):
        return
    start, end = doc.lay.sentences[sent.index - 1]
    dates = doc.dates[doc.first_date(start) : doc.first_date(end)]
    resolved = resolve_dates(SentenceContext(doc, sent.index - 1, start, end, []), dates, draft)
    if resolved:
        take_date(t, draft, resolved[:1], doc.text)
        draft.date_said = True


def take_date(t: Trigger, draft: Draft, resolved: list[tuple[DateMention, PartialDate | None]], text: str) -> None:
    """The date nearest the meeting word (one that resolves before one that does not; one that names the time of
    another thing, "during the September 13-14 fighting", after the others)."""
    if resolved:
        d, value = min(resolved, key=lambda r: (r[1] is None, _of_another_thing(text, r[0]), abs(r[0].start - t.start)))
        draft.date, draft.md, draft.end_day = value, d.md, d.end_day
        draft.today = d.relative is not None and DAY_WORDS.get(d.relative) == 0  # ("today", "earlier today", ...)
        draft.evidence.append((d.start, d.end))


def _of_another_thing(text: str, d: DateMention) -> bool:
    """Whether a date stands between "the" and a noun that is no event ("the September 13-14 fighting", "the December
    2018 elections"): that thing's time, not a meeting's (unlike "the May 3 summit")."""
    the = _THE_BEFORE_RE.search(text, max(0, d.start - 5), d.start)
    return the is not None and _THING_AFTER_RE.match(text, d.end) is not None


_THE_BEFORE_RE = compile_fast(r"\bthe[ \t]+\Z")
_EVENTS = phrases((*EVENT_NOUNS, "forum", "round", "sessions", "calls", "visits"))
# ... a noun no event's, nor an event's after a word or two ("the May 14 trilateral talks")
_THING_AFTER_RE = compile_fast(rf"[ \t]+(?!(?:[a-z\-]+[ \t]+){{0,2}}(?:{_EVENTS})\b)[a-z][a-z\-]+\b")


_HEDGE_RE = compile_fast(rf"\b{phrases(HEDGES)}\b")  # lower case: "May" is a month
_VAGUE_AHEAD_RE = compile_fast(rf"\b{phrases(VAGUE_AHEAD)}\b", re.IGNORECASE)
# one more of a series, at some time ahead: "agreed to meet again in the near future", "another meeting in the coming
# weeks" (as vague as a hedge)
_AGAIN_AFTER_RE = compile_fast(r"[ \t]+again\b")  # "meet again", the meeting word's own
_ANOTHER_BEFORE_RE = compile_fast(r"\b(?i:another|one[ \t]+more)[ \t]+(?:[\w\-]+[ \t]+)?\Z")  # "another (round of) meeting"


def hedged_and_vague(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether a meeting still to come is told only as a maybe, or one more, at some time ahead, with no place ("a
    meeting with X might be held in the coming months", "agreed to meet again soon"): a plan too vague to be one
    meeting (a date in its clause is another's: "said Monday that ...")."""
    told_held = draft.status is MeetingStatus.HELD and not t.word.nominal  # "met", not "a meeting ... could take place"
    if told_held or draft.place is not None:
        return False
    text = sent.doc.text
    lo, hi = max(sent.start, t.lo), min(sent.end, t.hi)
    again = _AGAIN_AFTER_RE.match(text, t.end, hi) is not None or _ANOTHER_BEFORE_RE.search(text, lo, t.start) is not None
    hedged = again or _HEDGE_RE.search(text, lo, hi) is not None
    return hedged and _VAGUE_AHEAD_RE.search(text, lo, hi) is not None


# "their second meeting", "the third round of talks", "the 5th meeting": an ordinal just before the meeting word
_NTH_BEFORE_RE = compile_fast(
    rf"\b(?P<n>{phrases(ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))[ \t]+(?:(?:round|session)[ \t]+of[ \t]+)?"
    rf"(?:[\w\-]+[ \t]+)?\Z",
    re.IGNORECASE,
)
# "met on Wednesday for the third time": the ordinal of the meeting a verb tells
_NTH_AFTER_RE = compile_fast(rf"\bfor[ \t]+the[ \t]+(?P<n>{phrases(ORDINALS)})[ \t]+time\b", re.IGNORECASE)
NTH_BEFORE, NTH_AFTER = 30, 60  # how far from the meeting word its ordinal may stand


def nth(sent: SentenceContext, t: Trigger) -> int | None:
    """Which of a series the meeting is told as ("their second encounter", "met for the third time"), or None."""
    text = sent.doc.text
    m = _NTH_BEFORE_RE.search(text, max(sent.start, t.lo, t.start - NTH_BEFORE), t.start)
    if m is None:
        m = _NTH_AFTER_RE.search(text, t.start, min(sent.end, t.hi, t.end + NTH_AFTER))
    if m is None:
        return None
    word = m.group("n").lower()
    return ORDINALS.index(word) + 1 if word in ORDINALS else int(word[:-2])
