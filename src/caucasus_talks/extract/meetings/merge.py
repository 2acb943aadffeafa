"""Stage 5 of meetings: the mentions of one event made one meeting.

A mention told without date or place takes them from the meeting before it that shares a participant (or from an
event the sentence before introduced without naming anyone). Mentions whose format, place, date, size and people
agree are merged, keeping the more precise date and every piece of evidence; "with the participation of X" adds X
to the meeting before it. Separate meetings one sentence told, told together later ("A held meetings with B and C.
... B and C are in Washington, where they meet with A"), each take the later mention's day and place.
"""

from __future__ import annotations

import collections
import datetime as _dt
from collections.abc import Callable

from ...dates import DateBasis, PartialDate
from ...model import MeetingFormat, MeetingStatus
from ..types import Draft

__all__ = ["after_publication", "after_the_stamp", "identifiable", "inherit", "merge"]

INHERIT_BACK = 8  # how many meetings before it a mention looks at for its date and place
MERGE_BACK = 30  # how many meetings before it a mention may be merged with


def identifiable(d: Draft, vague: bool, loose: bool = False) -> bool:
    """Whether a draft says enough to be a meeting: two people, or one with a date or a place, or a date and a place;
    a vague one ("further talks") needs a place or a calendar date; ``loose``: one person is enough (for now)."""
    # "the foreign ministers of A and B met in Almaty", "X held on May 12 a meeting with his A and B counterparts": two
    # sides, unnamed (told where, or held on a day told with someone named: one event)
    told_day = d.md is not None and bool(d.participants) and d.status is MeetingStatus.HELD
    n = len(d.participants) + (d.unnamed_sides if d.place is not None or told_day else 0)
    if vague:
        return d.place is not None or (d.date is not None and d.md is not None)
    if loose and n >= 1:
        return True
    if d.size is not None and d.size > 2 and d.place is not None and not d.participants:
        return True  # "a trilateral meeting in Sochi": its sides told by their number, or later (see _sized_with_their_sides)
    return n >= 2 or (n >= 1 and (d.place is not None or d.date is not None)) or (d.place is not None and d.date is not None)


def _day_of(prev: Draft, d: Draft) -> None:
    assert prev.date is not None
    d.date = PartialDate(prev.date.year, prev.date.month, prev.date.day, basis=DateBasis.CONTEXT)
    d.md = prev.md


def after_publication(date: PartialDate | None, ref: _dt.date | None) -> bool:
    """Whether a date lies wholly after the day of publication: a meeting still to come on that day."""
    earliest = date.earliest if date is not None and date.known else None
    return ref is not None and earliest is not None and earliest > ref


STAMPED_EARLY = 2  # how many days before the day a story tells a past event its date stamp may be (time zones, updates)


def after_the_stamp(date: PartialDate | None, ref: _dt.date | None) -> bool:
    """Whether a date lies after the day of publication by more than a story's stamp may lag the events it tells ("spoke
    on Oct. 28", stamped the 27th in another time zone, is no day still to come)."""
    if not after_publication(date, ref):
        return False
    earliest = date.earliest if date is not None else None  # (known, after_publication tells)
    return earliest is None or ref is None or date is None or date.day is None or (earliest - ref).days > STAMPED_EARLY


def _held_then(d: Draft, prev: Draft, ref: _dt.date | None) -> bool:
    """Whether a meeting told as held (by a verb: a meeting noun is held only for want of a future word) without a day
    of its own can be one with ``prev``'s day: not when that day is still to come ("they will meet in Brussels on
    May 14 ... they met in Brussels before" are two)."""
    return not (d.status is MeetingStatus.HELD and not d.referred and d.date is None and after_publication(prev.date, ref))


def inherit(
    drafts: list[Draft], ref: _dt.date | None = None, country_of: Callable[[str], str | None] | None = None
) -> list[Draft]:
    """A meeting told without date or place takes them from the meeting before it that shares a participant,
    or from an event the sentence before introduces without naming anyone ("the meeting took place in X");
    one told with a place only takes the date of a meeting before it of two or more of the same people. A call told
    without a date takes the date of the call of the same kind before it that shares a participant. A meeting told as
    held takes no day after ``ref``, the day of publication; one told in a country (``country_of`` a city's) takes
    no city of another."""
    for k, d in enumerate(drafts):
        if d.frame:
            continue  # (told without people: no meeting yet, to take from or give to)
        before = [p for p in reversed(drafts[max(0, k - INHERIT_BACK) : k]) if not p.frame and _held_then(d, p, ref)]
        if d.series and not d.participants:  # "the previous round was held in Brussels": the sides of the one before
            sides = next((p for p in before if len(p.participants) >= 2), None)
            if sides is not None:
                d.participants = dict(sides.participants)
            continue
        if d.format is not MeetingFormat.IN_PERSON:
            _call_date(d, before)
            continue
        if d.date_said:
            if d.place is None and d.date is not None and d.date.day is not None:
                # "earlier in the day, both leaders were received by X": the same day, the same people, the same city
                for prev in before:
                    same_day = prev.date is not None and _parts(prev.date) == _parts(d.date)
                    if prev.place is not None and same_day and prev.people() & d.people():
                        d.place = prev.place
                        break
            continue
        if d.place is not None:  # "separate meetings with each leader in the Oval Office": the day of the visit
            for prev in before:
                if prev.date is not None and len(prev.people() & d.people()) >= 2 and prev.place in (None, d.place) and (
                    prev.format is d.format  # (not the day of the calls a meeting in Brussels was proposed in)
                ):
                    _day_of(prev, d)
                    break
            continue
        for prev in before:
            if d.status is MeetingStatus.PLANNED and prev.status is MeetingStatus.HELD and not d.referred:
                continue  # "A met B in Baku. ... A and B agreed to meet again": not where or when they met
            if d.status is MeetingStatus.CANCELLED and prev.status is MeetingStatus.HELD:
                continue  # "A met B in Baku. ... A cancelled the meetings set for May": not that one
            # (not a meeting told by its size alone, "after a trilateral meeting in Sochi": its sides come later)
            if d.country is not None and prev.place is not None and country_of and country_of(prev.place) != d.country:
                continue  # "X met Y in Moscow. ... In Azerbaijan X met Z": not in Moscow
            unpeopled = not prev.participants and not prev.follow_up and prev.size is None
            introduced = unpeopled and 0 <= d.sentence - prev.sentence <= 1
            if (prev.people() & d.people() or introduced) and (prev.date is not None or prev.place is not None):
                if prev.date is not None:
                    _day_of(prev, d)
                d.place = prev.place
                d.inherited = True
                break
    return drafts


def _call_date(d: Draft, before: list[Draft]) -> None:
    """"Shoigu's telephone talks with them (on Tuesday) ... Shoigu held telephone talks with A and B": the day of the
    call told just before, of the same kind, with the first participant of one of them in the other (who called: not
    "Blinken spoke with A on July 25. ... Michel also spoke with A": another's call)."""
    if d.date_said or d.date is not None or not d.participants:
        return
    first = next(iter(d.participants))
    for prev in before:
        prev_first = next(iter(prev.participants), None)
        if prev.format is d.format and prev.date is not None and (first in prev.people() or prev_first in d.people()):
            _day_of(prev, d)
            d.inherited = True
            return


def _dates_agree(a: Draft, b: Draft) -> bool | None:
    """True when both dates are the same day (or month-day), or one falls within the other's range ("Feb. 28-29"),
    False when they differ, None when either is unknown."""
    if a.date is not None and b.date is not None and a.date.known and b.date.known:
        pa, pb = _parts(a.date), _parts(b.date)
        n = min(len(pa), len(pb))
        if n == 3 and pa[:2] == pb[:2]:
            return _days_overlap(pa[2], a.end_day, pb[2], b.end_day)
        return pa[:n] == pb[:n]  # the same as far as the less precise one goes
    if a.md and b.md and a.md[1] and b.md[1]:
        return a.md[0] == b.md[0] and _days_overlap(a.md[1], a.end_day, b.md[1], b.end_day)
    # a text with no year to read its dates by: "met on Tuesday" and "talked again in early December", or two months,
    # are two times (but "today's meeting" is the day the report tells: "On October 31, A and B met")
    unread = a.date is None and b.date is None and a.date_said and b.date_said and not (a.today or b.today)
    if unread and ((a.md is None) != (b.md is None) or (a.md and b.md and a.md[0] != b.md[0])):
        return False
    return None


def _has_day(d: Draft) -> bool:
    """Whether a draft is dated to the day."""
    return d.date is not None and d.date.day is not None


def _days_overlap(a: int | None, a_end: int | None, b: int | None, b_end: int | None) -> bool:
    """Whether two days of a month, or ranges of days, share a day."""
    if a is None or b is None:
        return a == b
    return a <= (b_end or b) and b <= (a_end or a)


def _finer(a: PartialDate | None, b: PartialDate | None) -> bool:
    """Whether date ``a`` says more than ``b`` of the same time: a day of ``b``'s month, a month of its year."""
    if a is None or b is None or not a.known or not b.known:
        return False
    pa, pb = _parts(a), _parts(b)
    return len(pa) > len(pb) and pa[: len(pb)] == pb


def _parts(date: PartialDate) -> tuple[int | None, ...]:
    """Year, month and day as far as they are known."""
    if date.month is None:
        return (date.year,)
    return (date.year, date.month) if date.day is None else (date.year, date.month, date.day)


def _named(d: Draft) -> set[str]:
    """The people a mention names, not those it knows by office."""
    return {pid for pid, (_, by_office, _) in d.participants.items() if not by_office}


def _to_come_and_past(planned: Draft, held: Draft, ref: _dt.date | None) -> bool:
    """Whether one meeting is told as still to come and the other as held on a day up to publication: two events
    ("they will meet again next week ... the ministers met in Arlington on Monday"). A plan for a day that has come
    ("the talks were scheduled for Monday") may be the meeting then held."""
    if planned.status is not MeetingStatus.PLANNED or held.status is not MeetingStatus.HELD:
        return False
    if _judged_ahead(planned, held):
        return False
    if ref is None:  # no year to read by: two when the plan has a time of its own and is told after the meeting held
        # ("met in Brussels ... are set to meet in Brussels in November"), not a noun for the plan told before it ("will
        # meet in Brussels in November ... the meeting in Brussels")
        return planned.md is not None and held.md != planned.md and (not held.referred or held.sentence < planned.sentence)
    if _has_day(planned) and not after_publication(planned.date, ref):
        return False
    return _has_day(held) and not after_publication(held.date, ref)


def _judged_ahead(planned: Draft, held: Draft) -> bool:
    """Whether a meeting noun told in the future is the held meeting judged ahead ("the meeting in Sochi will bring no
    change", of the talks held there on Friday; not "will take place"): the noun alone, no day or series of its own, in
    the held meeting's city, of some of its people."""
    return (
        planned.judged
        and planned.referred
        and bool(planned.participants)
        and not (planned.date_said or planned.sequel or planned.series or planned.plural or planned.nth is not None)
        and planned.place is not None
        and planned.place == held.place
        and planned.people() <= held.people()
    )


def _mergeable(a: Draft, b: Draft, ref: _dt.date | None) -> bool:
    if a.format is not b.format and not ((a.guessed or b.guessed) and a.status is b.status is MeetingStatus.HELD):
        return False  # (a format only guessed is the other mention's: "I spoke with X" in a headline, "in Brussels" below)
    if a.nth is not None and b.nth is not None and a.nth != b.nth:
        return False  # "met for the third time ... the first meeting took place in New York": two of a series
    if not (_held_then(a, b, ref) and _held_then(b, a, ref)):
        return False
    if a.status is not b.status and (_to_come_and_past(a, b, ref) or _to_come_and_past(b, a, ref)):
        return False
    if {a.status, b.status} == {MeetingStatus.CANCELLED, MeetingStatus.HELD}:
        return False  # "A and B met in Paris. ... A cancelled the meetings in Brussels": not the one held (a planned
        # one is: "A was to meet B on May 5. B cancelled the meeting")
    if (a.unresolved and len(a.participants) <= 1) or (b.unresolved and len(b.participants) <= 1):
        # people unknown: another event, unless both tell the same day in the same city ("On 14 May the leaders met in
        # Brussels. ... the meeting with Aliyev [in Brussels on 14 May]")
        # ("... in Almaty in May. The meeting between the ministers on 10 May in Almaty": that month's, by its noun)
        day = (_has_day(a) or (b.referred and _has_day(b))) and _dates_agree(a, b) is True
        # "the ministers will meet in Moscow on Monday. The meeting in Moscow will also be attended by X": the meeting
        # just told, by its noun and its city, without a day of its own
        again = b.referred and not b.sequel and b.date is None and not a.participants and b.sentence - a.sentence <= 2
        if not ((day or again) and a.place is not None and a.place == b.place):
            return False
    if a.place and b.place and a.place != b.place:
        return False
    if (a.listed and not b.date_said) or (b.listed and not a.date_said):
        return False  # "A and B met in Brussels on May 1 and on June 5": a mention with no date is neither of them
    dates = _dates_agree(a, b)
    if dates is False:
        return False
    pa, pb = a.people(), b.people()
    union = pa | pb
    for d in (a, b):
        if d.size is not None and len(union) > d.size and len(d.people()) == d.size:
            return False
    if a.size is not None and b.size is not None and a.size != b.size:
        return False
    subset = pa <= pb or pb <= pa
    if (a.separate or b.separate) and pa != pb and pa and pb:
        return False  # "... talks with A, B and C. Before them, B and C held a separate meeting": two events
    if b.sequel and ((subset and pa != pb) or (b.date_said and a.date is None)):
        # "A hosted B and C, after which B and C held talks", "A met B. Earlier, A, B and C had a conversation": another
        # event than the one told before, of fewer or more people; "A tweeted after his call with B. ... A already held
        # a call with B on July 25": another than the undated one told before
        return False
    # the same people, or the same named ones where one mention adds only holders of offices it names ("met with the
    # Prime Minister")
    same_people = pa == pb or not pa or not pb or (subset and a.status is b.status and _named(a) == _named(b))
    if dates is True:
        if subset:
            return True
        # the same day and place, people in common: one meeting told twice, when one of them is a meeting noun that
        # took its day and place from the meeting before ("the meeting with Mirzoyan"), or they have two people in
        # common ("Erdogan met Pashinyan in Prague on Thursday. Erdogan later met Aliyev." are two)
        # (not "... only after a meeting with X": another event, though it took the day and place before)
        shared = len(pa & pb) >= 2 or (bool(pa & pb) and any(d.referred and d.inherited and not d.sequel for d in (a, b)))
        return bool(a.place and a.place == b.place and shared and a.size is None and b.size is None)
    if a.place and a.place == b.place:
        # "the talks between the two leaders are accompanied by A and B": an undated mention of the event in that
        # city, by its noun, with two of its people
        # ("... summoned to Moscow for talks. After talks in Moscow, X said": the talks just told, by their noun and
        # city, with who spoke after them)
        referred = b.referred and not b.sequel and b.date is None
        adds_one = len(pb) == 1 and len(pa) >= 2 and not (a.plural or a.separate or b.plural)
        return subset or (referred and (len(pa & pb) >= 2 or (adds_one and b.sentence - a.sentence <= REFERRED_WITHIN)))
    # "... the Brussels meeting, Michel said": a meeting referred to, with some of the people of the one before
    return (same_people or (subset and b.referred)) and bool(pa)


REFERRED_WITHIN = 3  # how many sentences after a meeting its noun and city alone refer to it


def _people_and_place(o: Draft, d: Draft) -> bool:
    """The people of ``d`` join ``o``, and its place when ``o`` has none (True then)."""
    for pid, v in d.participants.items():
        o.participants.setdefault(pid, v)
    if o.place is None and d.place is not None:
        o.place, o.place_span = d.place, d.place_span
        return True
    return False


def _absorb(o: Draft, d: Draft, ref: _dt.date | None) -> None:
    """``d``, another mention of the meeting ``o``, merged into it."""
    if o.guessed and not d.guessed:
        o.format, o.guessed = d.format, False
    _people_and_place(o, d)
    if (
        (o.date is None and d.date is not None)
        or (d.end_day and not o.end_day and d.date is not None)
        # "will meet next week ... will meet on May 19", "the meeting held on October 2": the day within that month,
        # told with its own date by a verb or as held (not a meeting once expected "ahead of the 9 November anniversary")
        or (d.date_said and not d.inherited and (not d.referred or d.status is MeetingStatus.HELD) and _finer(d.date, o.date))
    ):
        o.date, o.md, o.end_day = d.date, d.md, d.end_day  # a range ("Feb. 28-29") holds the day it covers
    o.md = o.md or d.md
    o.nth = o.nth or d.nth
    o.date_said = o.date_said or d.date_said
    o.just = o.just or d.just
    o.earlier = o.earlier and d.earlier
    o.size = o.size or d.size
    if d.status is MeetingStatus.HELD and not (d.referred and after_publication(o.date, ref)):
        # a meeting told as held was held; not one still to come that a noun without a future word refers to ("will meet
        # on May 14 ... the meeting in Brussels")
        o.status = MeetingStatus.HELD
    o.add_evidence(d.evidence)


def _framed(frame: Draft, d: Draft) -> bool:
    """Whether ``d``, told in the sentence right after a meeting noun that had a place or a day but no people, is that
    meeting's people: a verb's own meeting, held as it was, with neither place nor day of its own and no word of its
    being another ("also", "separately", "earlier")."""
    return (
        d.sentence - frame.sentence == 1
        and not frame.own_body  # ("The meeting of the border commissions was held in Gazakh.": that body's, not theirs)
        and not d.referred
        and d.place is None
        and not d.date_said
        and len(d.participants) >= 2
        and d.status is frame.status
        and d.format is frame.format
        and not (d.sequel or d.separate or d.earlier or d.plural or d.series)
    )


def merge(drafts: list[Draft], ref: _dt.date | None = None) -> list[Draft]:
    """The drafts with mentions of one event merged (see the module's notes); ``ref`` is the day of publication."""
    out: list[Draft] = []
    told = collections.Counter(d.sentence for d in drafts)  # how many meetings each sentence tells
    for d in drafts:
        if d.addendum:
            if out and (out[-1].format is d.format or d.guessed):  # (an addendum's format is the meeting's, unless told)
                if _people_and_place(out[-1], d) and d.place_span:
                    d.evidence.append(d.place_span)
                out[-1].add_evidence(d.evidence)
                out[-1].frame = out[-1].frame and len(out[-1].participants) < 2  # (a session one person chaired: none)
            continue
        if out and out[-1].frame:
            frame = out.pop()  # a meeting told without people that the next mention gave none: not one
            if _framed(frame, d) and told[d.sentence] == 1:  # (not one of several its sentence tells apart)
                _absorb(d, frame, ref)  # "The talks in Washington lasted three days. X hosted A and B": there
        if d.frame:
            out.append(d)
            continue
        if d.follow_up:  # a date or place for the meeting of the sentence before, or nothing
            if out and 0 <= d.sentence - out[-1].sentence <= 1 and (_its_sides(out[-1], d) or _mergeable(out[-1], d, ref)):
                _absorb(out[-1], d, ref)
            continue
        if _told_together(out, d, ref):
            continue
        _gathering_of_those_apart(out, d, ref)
        for o in reversed(out[-MERGE_BACK:]):
            if not o.frame and _mergeable(o, d, ref):
                _absorb(o, d, ref)
                break
        else:
            out.append(d)
    return _sized_with_their_sides([o for o in out if not o.frame], ref)


def _sized_with_their_sides(out: list[Draft], ref: _dt.date | None) -> list[Draft]:
    """A meeting told by its size and place alone ("after a quadripartite meeting in Prague") is the one meeting of that
    many people the document tells without a place ("talks between A, B, C and D"), however far apart."""
    for o in [o for o in out if o.size is not None and o.place is not None and not o.participants]:
        sides = [d for d in out if d is not o and d.place is None and len(d.people()) == o.size and d.format is o.format]
        if len(sides) == 1 and _dates_agree(o, sides[0]) is not False and sides[0].status is o.status:
            _absorb(sides[0], o, ref)
            out.remove(o)
    return out


def _its_sides(o: Draft, d: Draft) -> bool:
    """Whether ``d`` ("It was the third meeting between A and B") names the sides of ``o``, the meeting just told: of
    one person at most (its host), or with one of them."""
    return d.again and (len(o.participants) <= 1 or bool(o.people() & d.people()))


def _told_together(out: list[Draft], d: Draft, ref: _dt.date | None) -> bool:
    """Whether ``d`` tells again, together, the separate meetings one sentence told before ("A held meetings with B
    and C. ... B and C are in Washington, where they meet with A"): its day and place go to each of them. Not a
    meeting told as of three ("a trilateral meeting"), nor one told as coming after them."""
    if d.size is not None or d.sequel or len(d.participants) < 3:
        return False
    people = d.people()
    group = [o for o in out[-MERGE_BACK:] if not o.frame and len(o.participants) >= 2 and o.people() < people]
    if len(group) < 2 or len({o.sentence for o in group}) != 1 or group[0].sentence >= d.sentence:
        return False
    host = set.intersection(*(o.people() for o in group))
    if not host or set.union(*(o.people() for o in group)) != people:
        return False
    if not all(o.format is d.format and _mergeable(o, _only(d, o.people()), ref) for o in group):
        return False
    if d.date is not None and any(o.date is None for o in group) and not _this_month(d.date, ref):
        return False  # "Last year, they met with X in Washington": another occasion than the meetings just reported
    for o in group:
        _absorb(o, _only(d, o.people()), ref)
    return True


def _gathering_of_those_apart(out: list[Draft], d: Draft, ref: _dt.date | None) -> None:
    """The meetings one sentence told apart by a plural noun alone ("X's recent meetings with A and B") are the one
    gathering of them all that ``d`` tells by its size ("a trilateral summit ... of X, A and B"): merged into it."""
    if d.size is None or d.size < 3 or len(d.participants) != d.size:
        return
    people = d.people()
    group = [o for o in out[-MERGE_BACK:] if o.guessed_apart and o.people() < people]
    if len(group) < 2 or len({o.sentence for o in group}) != 1 or set.union(*(o.people() for o in group)) != people:
        return
    if all(o.format is d.format and _dates_agree(o, d) is not False for o in group):
        for o in group:
            out.remove(o)
            _absorb(d, o, ref)


def _this_month(date: PartialDate, ref: _dt.date | None) -> bool:
    """Whether a date lies in the month of publication (that of a meeting reported as just held)."""
    return ref is not None and date.year == ref.year and date.month == ref.month


def _only(d: Draft, people: set[str]) -> Draft:
    """A copy of ``d`` with only ``people`` of its participants."""
    part = Draft()
    for name in Draft.__slots__:
        if name != "_seen" and hasattr(d, name):
            setattr(part, name, getattr(d, name))
    part.participants = {k: v for k, v in d.participants.items() if k in people}
    part.evidence = list(d.evidence)
    return part
