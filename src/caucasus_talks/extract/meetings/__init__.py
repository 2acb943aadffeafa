"""Meetings: a meeting word or verb, and the date, place, format and people of its clause.

The stages, each a module with one contract:

1. :mod:`.triggers`: the meeting words of a sentence (from the vocabulary table) and which of them tell a meeting;
2. :mod:`.clauses`: which meeting word each person, place and date of the sentence belongs to;
3. :mod:`.participants`: who took part, in which role (and "separately": one meeting per partner), with
   :mod:`.groups`: bodies named by their heads and groups listed by their members;
4. :mod:`.attributes`: the date, place, format, size and status; :mod:`.visits`: a visit told just before is
   where (and when) the visitor's meetings were;
5. :mod:`.merge`: the mentions of one event made one meeting; :mod:`.lead`: the document's lead event;
   :mod:`.gatherings`: the day of the gathering a meeting was held at, told in another sentence.

Each stage reads the document through one :class:`~caucasus_talks.extract.types.DocumentContext` and a sentence
through a :class:`~caucasus_talks.extract.types.SentenceContext`; a meeting as one passage tells it is a
:class:`~caucasus_talks.extract.types.Draft`.
"""

from __future__ import annotations

import datetime as _dt

from ...model import MeetingFormat, MeetingStatus
from .._regex import compile_fast
from ..terms import meeting_years
from ..types import DocumentContext, Draft, SentenceContext, Trigger, TriggerMark
from ..vocabulary.markers import SIGNED_APART
from . import attributes, clauses, gatherings, lead, merge, participants, triggers, visits

__all__ = ["find_meetings"]


def find_meetings(doc: DocumentContext) -> list[Draft]:
    """Meeting drafts of a document, one per event it tells (mentions of the same event merged)."""
    found = doc.meeting_words.find(doc)
    drafts: list[Draft] = []
    for sent in triggers.sentences(doc, found):
        words = triggers.read_triggers(sent)
        if all(t.mark is TriggerMark.DENIED for t in words):
            continue
        clauses.assign(sent, words)
        doc.told = doc.told or any(t.mark is TriggerMark.EVENT for t in words)
        for t in words:
            for d in _drafts(sent, t, drafts[-1] if drafts else None):
                d.sentence = sent.index
                drafts.append(d)
    visits.carry_visits(doc, drafts)  # "paid a visit to Moscow on June 5. ... he held talks with Lavrov"
    participants.next_sentence_people(doc, drafts)  # "The meeting was held in Moscow. A, B and C considered ..."
    drafts = lead.lead_event(doc, found) + drafts  # an event the first meeting word refers back to comes first
    lead.lead_date(doc, drafts)
    merged = merge.merge(merge.inherit(drafts, doc.ref, doc.country_of_city), doc.ref)
    meetings = [d for d in merged if merge.identifiable(d, False)]
    gatherings.gathering_day(doc, meetings)  # "met on the sidelines of the X summit. ... The X summit opened on May 3"
    lead.dateline_day(doc, meetings)  # "COPENHAGEN, October 2 ... after separate meetings with A and B"
    lead.just_held(doc, meetings)
    lead.announced(doc, meetings)
    lead.headline_place(doc, meetings)  # "X meets Y in Paris" above "X met with Y.": in Paris
    gatherings.gathering_place(doc, meetings)  # "the summit in Copenhagen on Thursday ... after meetings with A and B"
    if doc.ref is None:  # "The ministers met on April 15" in an undated text: a year when they held their offices
        meeting_years(meetings, doc)
    return meetings


def _drafts(sent: SentenceContext, t: Trigger, before: Draft | None = None) -> list[Draft]:
    """The meetings one meeting word tells: usually one; one per date or per partner when it tells several.
    ``before``: the meeting told last before it."""
    if t.mark is TriggerMark.DENIED:
        return []  # "did not meet X": its clause's people are kept from the next verb, and no meeting is told
    vague = t.mark is TriggerMark.VAGUE
    told = attributes.told(sent, t)
    draft = Draft()
    draft.evidence.append((t.start, t.end))
    draft.referred = t.word.nominal or triggers.the_event_after(sent, t)  # ("X, who hosted the summit in Sochi")
    draft.plural = t.word.plural and not t.word.one_event
    draft.series = t.word.nominal and (t.word.series or triggers.another_before(sent, t))
    if t.mark is TriggerMark.ADDENDUM:  # more of the meeting just told: people, or where it took place
        participants.addendum(sent, t, draft, told.people)
        attributes.take_place(sent, t, draft, told.places)
        attributes.describe(sent, t, draft, told.places)  # its format: "also joined the three-way phone call"
        draft.guessed = draft.place is None  # ("joined the talks", "... by video link": the meeting's, whatever its format)
        return [draft] if draft.participants or draft.place else []
    attributes.describe(sent, t, draft, told.places)
    draft.nth = attributes.nth(sent, t)
    pending = participants.take_part(sent, t, draft, told.people)
    attributes.take_place(sent, t, draft, told.places, told.country)
    resolved = attributes.resolve_dates(sent, told.dates, draft)
    draft.date_said = bool(resolved)
    days = attributes.several_days(t, resolved, told.places, sent.doc.text) if _placed(sent, t, draft) else []
    if days:  # one meeting per day, its offices' holders those of the first day
        participants.resolve_offices(sent, draft, pending, days[0][1])
        return [d for d in attributes.split_by_dates(sent, draft, days, told.places) if merge.identifiable(d, vague)]
    again = triggers.the_last_again(sent, t)  # "It was the third meeting in six months between A and B"
    if vague and not again and (told.stretch or len({attributes.city_of(sent.doc.idx, p) for p in told.places}) > 1):
        return [d for d in attributes.one_per_place(sent, t, draft, told.places) if merge.identifiable(d, vague)]
    attributes.take_date(t, draft, resolved, sent.doc.text)
    attributes.remarks_day(sent, t, draft)  # "X on Tuesday stressed ... The remarks were made during a call with Y"
    if vague and t.word.plural and draft.participants and all(
        span is not None and span[0] < t.start for _, _, span in draft.participants.values()
    ):
        return [d for d in participants.listed_next(sent, draft) if merge.identifiable(d, vague)]  # (none, or as listed)
    if attributes.hedged_and_vague(sent, t, draft) or _signed_apart(sent, t, draft):
        return []  # "a meeting with X might be held in the coming months"; "A, B and C signed the statement of 9 Nov. 2020"
    if draft.referred and draft.status is MeetingStatus.HELD and merge.after_publication(draft.date, sent.doc.ref):
        draft.status = MeetingStatus.PLANNED  # "the July 21 meeting in Brussels", written in June: still to come
    if draft.place_span:
        draft.evidence.append(draft.place_span)
    participants.resolve_offices(sent, draft, pending)
    participants.take_subject(sent, t, draft, told.quote)
    participants.pronoun_partner(sent, t, draft)  # "Putin held talks with him": the one named just before
    participants.remarks_made(sent, t, draft)  # "The remarks were made during talks with X": by who made them
    participants.country_sides(sent, t, draft)  # "the meeting with Armenia in Abu Dhabi": two sides, unnamed
    participants.from_the_one_before(sent, t, draft, before, vague)  # "A-B talks mediated by C, as well as bilateral talks"
    if len(draft.participants) < t.word.min_people or not _placed(sent, t, draft):
        return []
    if t.word.pronoun:  # "It took place in Prague.": the meeting just told, or nothing
        draft.follow_up = triggers.follow_up(sent, t)
        return [draft] if draft.follow_up else []
    if again and draft.participants:
        draft.follow_up = draft.again = True  # the sides of the meeting just told
        return [draft]
    if triggers.more_of_the_last(sent, t, draft):
        draft.follow_up = True  # "They also exchanged views on X": the meeting just told, if it is theirs
        return [draft]
    split = participants.separate(sent, t, draft) or attributes.per_city(sent, t, draft, told.places)
    if split is not None:
        return [d for d in split if merge.identifiable(d, vague)]
    if merge.identifiable(draft, vague, loose=True):
        return [draft]
    if draft.series and not vague and (draft.date_said or draft.place is not None) and not (
        draft.participants or draft.unresolved or draft.unnamed_sides or participants.names_own_sides(sent, t)
    ):
        return [draft]  # "The previous meeting took place in Prague on October 6": the sides of the one before (inherit)
    if not draft.participants and triggers.follow_up(sent, t, before):  # "The talks took place on November 7."
        draft.follow_up = True
        return [draft]
    if not draft.participants and not vague and t.word.nominal and (draft.date_said or draft.place is not None):
        # "The 9th meeting of the commission was held on May 15. ... It was chaired by A and B": a meeting whose people
        # only a sentence after it may add (see merge.merge); none, and it is dropped
        draft.frame = True
        return [draft]
    return []


def _signed_apart(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether a signing told without a place or a video link is of the statement whose signatories signed it each
    apart, on its day (:data:`~caucasus_talks.extract.vocabulary.markers.SIGNED_APART`): a statement, declaration or
    agreement signed then (not "signed it via videoconference", a video call; nor a cooperation memorandum)."""
    date = draft.date
    if t.word.form != "signed" or t.word.needs_place or draft.place is not None or date is None or date.day is None:
        return False
    if date.year is None or date.month is None or _dt.date(date.year, date.month, date.day) not in SIGNED_APART:
        return False
    # (the format the passage told, :func:`.attributes.describe`: "signed it via videoconference" is a video call)
    return draft.format is not MeetingFormat.VIDEO and _SIGNED_STATEMENT_RE.match(sent.doc.text, t.end) is not None


_SIGNED_STATEMENT_RE = compile_fast(
    r"[ \t]+(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:statement|declaration|agreement|deal|document)\b"
)


def _placed(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether a meeting word that tells one only with a place ("agreed in Moscow to") has its own place (any other
    word has: see :func:`.attributes.own_place`)."""
    return not t.word.needs_place or attributes.own_place(sent, t, draft)
