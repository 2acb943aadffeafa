"""The document's lead event: its day from the dateline when the lead meeting has none, its city from a headline
that tells it ("X meets Y in Paris"), and the event a document refers to without telling it ("after the meeting,
...": the event the sentence before tells).
"""

from __future__ import annotations

import re

from ...dates import MONTH_NAMES, DateBasis, PartialDate, Precision
from ...model import MeetingFormat, MeetingStatus, Role
from .._regex import compile_fast, phrases
from ..dates import DATELINE_REACH, in_dateline, resolve
from ..types import HEADING, PERSON, PLACE, TEXT_LINE, DocumentContext, Draft
from ..vocabulary.markers import BODY_NOUNS, VAGUE_AHEAD
from .attributes import city_of, dateline
from .triggers import AFTER, BEFORE, LINK_AFTER_RE, REFERENCE_BEFORE_RE, no_one_after, opens_on_place

__all__ = ["dateline_day", "dateline_of", "headline_place", "just_held", "lead_date", "lead_event"]

# what makes a linked meeting noun name its own event: a name, a date or a body within a few words ("the talks in
# Sochi", "the meeting of the commission"), not a description ("the meeting of the two leaders")
_OWN_NAME_RE = compile_fast(rf"(?:[ \t]+[a-z][\w\-]*){{1,3}}?[ \t]+(?:[A-Z0-9]|{phrases(BODY_NOUNS)}\b)")
REFERENCE_BEFORE = 40  # where "the" or "their" makes the first meeting word a reference
SENTENCES_BACK = 2  # how many sentences before the reference may tell its event
DATE_LINE = 40  # a line this short is a date line ("June 2, 2023")
DATELINE_LEAD = 30  # ... or a date this near a line's start is its dateline ("BAKU, April 19 (Reuters) -")
DATELINE_SENTENCES = 2  # ... in one of the sentences just before the lead meeting



def lead_event(doc: DocumentContext, found: list[re.Match[str]]) -> list[Draft]:
    """When the first meeting word refers back to an event ("after the meeting that lasted four hours"), the meeting is
    the event the sentence before tells: "Putin, Pashinyan and Aliyev announced in Moscow on Monday ..."."""
    lay, text = doc.lay, doc.text
    for m in found:
        if lay.kind_at(m.start()) is not TEXT_LINE or doc.quote_of(m.start()) != -1 or not _in_sense(doc, m):
            continue
        if not doc.meeting_words.row(m).nominal:
            return []  # a meeting verb comes first: the event is told, not referred to
        if not REFERENCE_BEFORE_RE.search(text, max(0, m.start() - REFERENCE_BEFORE), m.start()):
            return []  # the first meeting word is no reference to an event told before
        if LINK_AFTER_RE.match(text[m.end() : m.end() + 80]) and _OWN_NAME_RE.match(text, m.end()):
            return []  # "the meeting of the commission", "the talks in Sochi": it names its own event
        si = lay.sentence_index(m.start())
        for k in range(si - 1, max(si - 1 - SENTENCES_BACK, -1), -1):
            draft = _event_of(doc, *lay.sentences[k])
            if draft is not None:
                draft.sentence = k  # the sentence that tells it: a follow-up in the next one dates or places it
                draft.evidence.insert(0, (m.start(), m.end()))
                return [draft]
        return []
    return []


def _in_sense(doc: DocumentContext, m: re.Match[str]) -> bool:
    """Whether a meeting word found is read in its row's sense: the person it needs after it ("their shared call to end
    the process" calls no one), the words its row needs before it, none that give it another sense after it ("their
    talk was held in front of students")."""
    table, row = doc.meeting_words, doc.meeting_words.row(m)
    before = doc.text[max(0, m.start() - BEFORE) : m.start()]
    after = doc.text[m.end() : m.end() + AFTER]
    if row.fronted_place and not opens_on_place(doc, m.start()):
        return False  # ("A and B discussed the situation in X": no meeting)
    return not no_one_after(doc, m) and table.preceded(row, before) and not table.other_sense(row, after)


def _event_of(doc: DocumentContext, s: int, e: int) -> Draft | None:
    """The event a sentence tells with two people or more (outside quotations), its city and its day."""
    text = doc.text
    inside = doc.mentions_in(s, e)
    people = [mm for mm in inside if mm.kind is PERSON and mm.pid and doc.quote_of(mm.start) == -1]
    if len({mm.pid for mm in people}) < 2:
        return None
    draft = Draft()
    for mm in people:
        if mm.pid:
            draft.participants.setdefault(mm.pid, (Role.PARTY, False, (mm.start, mm.end)))
    cities = [mm for mm in inside if mm.kind is PLACE and city_of(doc.idx, mm) and not dateline(text, mm)]
    if cities:
        draft.place, draft.place_span = city_of(doc.idx, cities[0]), (cities[0].start, cities[0].end)
        draft.evidence.append(draft.place_span)
    for d in doc.dates:
        if s <= d.start < e and d.precision is Precision.DAY:
            value = resolve(d, doc.ref, doc.year_at(d.start), text[s : d.end])
            if value is not None:
                draft.date, draft.md, draft.date_said = value, d.md, True
                draft.evidence.append((d.start, d.end))
                break
    return draft


def _lead(drafts: list[Draft]) -> Draft:
    """The first meeting told (one told without people yet comes after any other: see merge.merge)."""
    return min(drafts, key=lambda d: (d.frame, d.evidence[0][0]))


def _leads(drafts: list[Draft]) -> list[Draft]:
    """The lead meeting and the others its meeting words tell ("met A and, separately, B": one meeting each; the lead
    may have merged another mention first)."""
    lead = _lead(drafts)
    return [d for d in drafts if d is lead or d.evidence[0] in lead.evidence]


# in a headline, a meeting verb in the present or past and then the city: "X meets Y in Paris", "A, B hold talks in
# Geneva"; not "to meet", "no meeting", a meeting postponed, nor one of another time ("in July", "next week")
_HEADLINE_MEETING_RE = compile_fast(r"(?<!to )\b(?i:meets|meet|met|holds?[ \t]+talks|held[ \t]+talks)\b")
_HEADLINE_NOT_RE = compile_fast(
    r"\b(?i:no|not|never|postpone[sd]?|cancel(?:l?ed|s)?|reject(?:s|ed)?|den(?:y|ies|ied)|will|next|last|to|ahead|before|after"
    rf"|{'|'.join(MONTH_NAMES)})\b"
)
_IN_CITY_RE = compile_fast(r"\b(?i:in)[ \t]+\Z")


def headline_place(doc: DocumentContext, meetings: list[Draft]) -> None:
    """A headline that tells a meeting in a city ("Armenian FM meets Minsk Group Co-Chairs in Paris"): the document's
    lead meeting, held in person with no place of its own, of everyone the headline names, was held there."""
    lines = doc.lay.lines
    if not meetings or not lines or lines[0][2] is not HEADING:
        return
    s, e = lines[0][0], lines[0][1]
    word = _HEADLINE_MEETING_RE.search(doc.text, s, e)
    if word is None or _HEADLINE_NOT_RE.search(doc.text, s, e):
        return
    mentions = doc.mentions_in(word.end(), e)
    cities = [mm for mm in mentions if mm.kind is PLACE and _IN_CITY_RE.search(doc.text, max(s, mm.start - 4), mm.start)]
    city = city_of(doc.idx, cities[0]) if len(cities) == 1 else None
    if city is None:
        return
    lead = _lead(meetings)
    named = {mm.pid for mm in doc.mentions_in(s, e) if mm.kind is PERSON and mm.pid}
    if lead.place is not None or lead.format is not MeetingFormat.IN_PERSON or lead.status is not MeetingStatus.HELD:
        return
    if not named <= lead.people():
        return  # the headline tells another's meeting
    lead.place, lead.place_span = city, (cities[0].start, cities[0].end)
    lead.evidence.append(lead.place_span)


def _told_as_held(doc: DocumentContext, d: Draft) -> bool:
    """Whether a meeting is told as held: as fact, or by a verb others report as the story's news ("reportedly called":
    a past call all the same; not "reports about preparations for a meeting", "are reportedly set to meet", "reportedly
    phoned X after the 2020 war")."""
    if d.status is MeetingStatus.HELD:
        return True
    if d.status is not MeetingStatus.RUMOURED or d.referred or not _news(doc, d):
        return False
    at = d.evidence[0][0]
    return _AHEAD_RE.search(doc.text, doc.lay.sentence_at(at)[0], at) is None  # (its own words: not "told him X would")


# before a meeting's word in its sentence: a time ahead ("are reportedly set to [meet]", "will reportedly hold [talks]")
_AHEAD_RE = compile_fast(
    r"\b(?:will|would|shall|set[ \t]+to|to[ \t]+meet|to[ \t]+hold|expected|plans?|planned|scheduled|going[ \t]+to|due[ \t]+to)\b"
)


def just_held(doc: DocumentContext, meetings: list[Draft]) -> None:
    """A meeting reported as just held without a date (the document's lead meeting, or one "just" held: "we have
    just finished the sixth meeting") took place in the month of publication."""
    if not meetings or doc.ref is None:
        return
    leads = _leads(meetings)
    dated: list[Draft] = []
    for d in meetings:
        if d.date is not None or d.date_said or not _told_as_held(doc, d):
            continue
        if (d.just or (d in leads and not d.earlier)) and d.status is MeetingStatus.HELD:
            reason = "reported as just held: the month of publication"
        elif _news(doc, d):
            reason = "told as held, without a date or a word of its being before the story's time: the month of publication"
        else:
            continue
        d.date = PartialDate(doc.ref.year, doc.ref.month, basis=DateBasis.CONTEXT, reason=reason)
        dated.append(d)
    reason = "reported as just held in the same city (or by phone) as the document's lead meeting: the month of publication"
    for d in meetings:  # "... met separately in New York with A and B": the same occasion, the same month
        if _same_occasion(d, dated):
            d.date = PartialDate(doc.ref.year, doc.ref.month, basis=DateBasis.CONTEXT, reason=reason)


# a time ahead the month of publication may not be, or a condition: "in the coming weeks", "in the spring", "after the
# New Year", "next year", "eventually", "if the treaty is finalised", "not before the border is delimited"
_NOT_THIS_MONTH_RE = compile_fast(
    rf"\b(?:{phrases(VAGUE_AHEAD)}|next[ \t]+year|new[ \t]+year|eventually|later[ \t]+on|not[ \t]+before|only[ \t]+after"
    r"|as[ \t]+soon[ \t]+as"
    r"|(?:in[ \t]+(?:the[ \t]+)?|this[ \t]+|next[ \t]+|by[ \t]+(?:the[ \t]+)?)(?:spring|summer|autumn|fall|winter)"
    r"|(?:if|once|unless|provided)(?![ \t]+(?:again|so|not)\b)[ \t]+"
    r"(?:the|a|an|it|they|he|she|both|all|[a-z]+[ \t]+(?:is|are|was|were)))\b",
    re.IGNORECASE,
)


def announced(doc: DocumentContext, meetings: list[Draft]) -> None:
    """A meeting announced without a date ("Vance is slated to meet Pashinyan") is dated by the month of publication,
    the earliest it can be; not one of a series ("the next meeting"), nor one at some time ahead ("in the coming
    weeks"), which may well be later."""
    if doc.ref is None:
        return
    reason = "announced without a date: the month of publication, the earliest it can take place"
    for d in meetings:
        if d.date is not None or d.date_said or d.status is not MeetingStatus.PLANNED or d.sequel or d.series:
            continue
        start, end = doc.lay.sentences[d.sentence]
        if _NOT_THIS_MONTH_RE.search(doc.text, start, end) is None:
            d.date = PartialDate(doc.ref.year, doc.ref.month, basis=DateBasis.CONTEXT, reason=reason)


# before a meeting word: an event the story's time is counted from ("in the wake of the summit which [brought
# together] A and B", "since their talks", "came one week after A and B [met]", "followed a meeting"), a time it is
# set in ("when A and B met", "if they met"), one only possible ("could have met"), or a past recalled ("Lavrov
# recalled that", "Michel, who met Pashinyan", "their previous meeting")
_ANCHOR_BEFORE_RE = compile_fast(
    r"\b(?i:in[ \t]+the[ \t]+wake[ \t]+of|following|followed|follows|since|after|before|when|whenever|if|once|until"
    r"|(?:days?|weeks?|months?|years?)[ \t]+(?:after|before))[ \t]+"
    r"(?:[\w’'\-]+[ \t]+){0,5}?(?:(?:which|that)[ \t]+)?\Z"
    r"|\b(?i:could|would|might|may|should|must)[ \t]+(?:not[ \t]+|never[ \t]+)?have[ \t]+\Z"
    r"|\b(?i:recalled|recalls|remembered|remembers|reminded)\b[^.;:!?]*\Z"
    r"|,[ \t]+who[ \t]+(?:[a-z]+[ \t]+){0,2}\Z"
    r"|\b(?i:last|previous|earlier|past)[ \t]+(?:[\w\-]+[ \t]+)?\Z"
)
ANCHOR_BEFORE = 80  # how far before the meeting word those words may begin
# in the sentence, a year before the one of publication, or words of a time long past: a story's background
_PAST_YEAR_RE = compile_fast(r"\b(?:19|20)\d\d\b|\b(?i:a[ \t]+long[ \t]+time[ \t]+ago|years[ \t]+ago|at[ \t]+the[ \t]+time)\b")


def _news(doc: DocumentContext, d: Draft) -> bool:
    """Whether an undated meeting told as held is the story's news: one meeting (not several), told neither as before
    another ("had met"), nor after one, nor as the event the story's time is counted from ("in the wake of the summit
    which brought together A and B"), nor in a sentence of another year ("After the 2020 war, Putin hosted A and B")."""
    if d.earlier or d.sequel or d.plural:
        return False
    at = d.evidence[0][0]
    if _ANCHOR_BEFORE_RE.search(doc.text, max(0, at - ANCHOR_BEFORE), at) is not None:
        return False
    if not doc.lay.sentences:
        return True
    s, e = doc.lay.sentences[doc.lay.sentence_index(at)]
    ref_year = str(doc.ref.year) if doc.ref is not None else ""
    return not any(m.group() != ref_year for m in _PAST_YEAR_RE.finditer(doc.text, s, e))


def _same_occasion(d: Draft, dated: list[Draft]) -> bool:
    """Whether an undated held meeting took place in the city of a lead meeting just held, or is a call as the lead
    was ("X also had a telephone conversation with Y"), with someone of it."""
    if d.date is not None or d.date_said or d.status is not MeetingStatus.HELD or d.sequel or d.plural:
        return False  # (not one told as before or after another, nor several: "has held phone calls with X before")
    call = d.format is MeetingFormat.PHONE
    return any(
        ((d.place is not None and o.place == d.place) or (call and o.format is MeetingFormat.PHONE)) and o.people() & d.people()
        for o in dated
    )


# before a meeting word: a meeting before the day of the report ("the recent meeting", "their last talks")
_RECENT_BEFORE_RE = compile_fast(r"\b(?:recent|recently|last|previous|earlier|past)[ \t]+(?:[\w\-]+[ \t]+)?\Z", re.IGNORECASE)
RECENT_BEFORE = 30  # how far before the meeting word those words may stand


def lead_date(doc: DocumentContext, drafts: list[Draft]) -> None:
    """A readout's lead meeting told without a date took place on the day its header or dateline states."""
    if not drafts:
        return
    lay = doc.lay
    lead = _lead(drafts)
    at = lead.evidence[0][0]
    if lead.date_said or lead.date is not None or lead.status is not MeetingStatus.HELD:
        return
    if _RECENT_BEFORE_RE.search(doc.text, max(0, at - RECENT_BEFORE), at):
        return  # "commented on the statements made after the recent meeting in Moscow": not the day of the report
    if any(
        d.date_said
        and d.date is not None
        and d.date.day is not None
        and len(d.people() & lead.people()) >= 2
        and (lead.referred or (lead.place is not None and d.place == lead.place))
        for d in drafts
        if d is not lead
    ):
        # "The Davos meeting of A and B showed ... They met on January 22", "A and B have held talks in Geneva, officials
        # said Monday. ... A and B met on Sunday in Geneva": the day the text gives it later
        return
    found: PartialDate | None = None
    for d in doc.dates:
        if d.start > at or d.start > lay.body_start + DATELINE_REACH:
            break
        line = lay.line_at(d.start)
        if line is None or not d.md or not d.md[1] or d.end_day:
            continue  # a stretch of days ("On April 13-15, X visited ...") dates no one meeting
        if (line[1] - line[0]) > DATE_LINE and d.start - line[0] > DATELINE_LEAD:
            continue  # neither a date line nor a dateline ("BAKU, April 19 (Reuters) -")
        if lay.sentence_index(at) - lay.sentence_index(d.start) > DATELINE_SENTENCES:
            continue
        found = resolve(d, doc.ref, d.value.year if d.value is not None else None, "")
    if found is not None and found.month is not None and found.day is not None:
        for m in _leads(drafts):
            if m.date is None and not m.date_said:
                m.date = PartialDate(found.year, found.month, found.day, basis=DateBasis.CONTEXT)
                m.md = (found.month, found.day)


def dateline_of(doc: DocumentContext) -> PartialDate | None:
    """The day a dateline states ("COPENHAGEN, October 2, 2025", "BAKU, May 3 (Reuters) -"): where and when the
    story was filed, at the scene it reports."""
    lay, text = doc.lay, doc.text
    for d in doc.dates:
        if d.start > lay.body_start + DATELINE_REACH:
            break
        line = lay.line_at(d.start)
        if line is None or not d.md or not d.md[1] or d.end_day or not in_dateline(text, line[0], d.start, lay.body_start):
            continue
        found = resolve(d, doc.ref, d.value.year if d.value is not None else None, "")
        if found is not None and found.day is not None:
            return found
    return None


def dateline_day(doc: DocumentContext, meetings: list[Draft]) -> None:
    """A meeting a datelined report tells as held, with no date of its own ("he told reporters after separate
    meetings with A and B"), took place on the dateline's day: the report is of that day's scene."""
    day = dateline_of(doc)
    if day is None:
        return
    reason = f"told as held, without a date, in a report datelined {day.iso}: the dateline's day"
    for d in meetings:
        if d.date is None and not d.date_said and d.status is MeetingStatus.HELD and not d.sequel:
            d.date = PartialDate(day.year, day.month, day.day, basis=DateBasis.CONTEXT, reason=reason)
