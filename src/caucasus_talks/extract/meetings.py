"""Meetings: a meeting word or verb, and the date, place, format and people of its clause.

Each sentence is cut into clauses; a meeting word ("talks", "met", "a telephone
conversation", "held a one-on-one meeting") takes the people, offices, dates
and places of its clause, and of the clauses that only add participants ("...,
with the participation of X"). References ("the meeting", "ahead of the
summit") add nothing new. "Separately" splits a meeting into one per partner;
"in their meetings on October 6 in Prague and October 31 in Sochi" is two.
Mentions of one event are merged; a mention with neither date nor place takes
them from the meeting before it that shares a participant.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re
from collections.abc import Callable, Sequence

from ..dates import DateBasis, PartialDate
from ..model import MeetingFormat, MeetingStatus, Role
from ._regex import Folded, compile_fast
from ._text import Layout
from .dates import DateMention, resolve
from .people import Index, Mention, Mentions, title_matches

__all__ = ["Draft", "find_meetings"]

_TRIGGER = (
    r"\b(?:"
    r"(?P<verb>met|meet|meets|meeting|hold[s]?[ \t]+(?:trilateral[ \t]+|bilateral[ \t]+|separate[ \t]+)?talks|held[ \t]+(?:trilateral[ \t]+|bilateral[ \t]+|separate[ \t]+)?talks|"  # noqa: E501
    r"holding[ \t]+(?:trilateral[ \t]+|bilateral[ \t]+)?talks|hosted(?![ \t]+by)|hosts|received|receives|spoke|speaks|talked|phoned|telephoned|called(?=[ \t]+(?:[A-Z]|his[ \t]|her[ \t])))"  # noqa: E501
    r"|(?P<noun>meetings|talks|negotiations|conversations?|(?:phone|telephone|video)[ \t-]+calls?|calls?(?=[ \t]+with)|summit(?=[ \t]+(?:between|of[ \t]+(?:the[ \t]+)?leaders))|"  # noqa: E501
    r"tête-à-tête|videoconference|video[ \t]+conference|round[ \t]+of[ \t]+talks|"
    r"(?:side|delegation)(?=[ \t]+(?:was|were)[ \t]+(?:represented|led|headed)[ \t]+by\b))"
    r")\b"
)
_TRIGGER_RE = compile_fast(_TRIGGER, re.IGNORECASE)
# the same on lower-cased text, without case folding at every character: faster, the same matches
# the first letters every meeting word begins with: most words fail this before the alternatives are tried
TRIGGER_START = r"(?=met|mee|hold|held|host|recei|spok|speak|talk|phon|tele|call|negot|conv|summ|tête|vide|roun|side|dele)"
_TRIGGER_LOWER_RE = compile_fast(_TRIGGER.lower().replace("(?p<", "(?P<").replace(r"\b", r"\b" + TRIGGER_START, 1))
_REFERENCE_BEFORE_RE = compile_fast(
    r"\b(?:the|this|that|these|those|its|their|his|her|our)[ \t]+(?:[\w’'\-]+[ \t]+){0,2}\Z", re.IGNORECASE
)
_LINK_AFTER_RE = compile_fast(
    r"\A[ \t]+(?:(?:held[ \t]+)?(?:between|of|with)\b|(?:that|which)[ \t]+(?:took|will[ \t]+take)[ \t]+place[ \t]+(?:in|on)\b|"
    r"(?:held[ \t]+)?(?:on|in)[ \t]+(?:[A-Z]|\d)|will[ \t]+be[ \t]+(?:held[ \t]+)?(?:in|on)[ \t]+(?:[A-Z]|\d)|"
    r"(?:(?:is|was|are|were)[ \t]+)?(?:(?:planned|scheduled|set|due|expected|slated)[ \t]+)?"
    r"to[ \t]+(?:be[ \t]+held|take[ \t]+place)[ \t]+"
    r"(?:in|on|at)[ \t]+(?:[A-Z]|\d))"
)
_VAGUE_BEFORE_RE = compile_fast(
    r"\b(?:peace|series[ \t]+of|further|future|more|regular|several|many|numerous|other|previous|earlier|several|new|another|next|"  # noqa: E501
    r"subsequent|these|such|any|frequent|intensive|expert|working)[ \t]+(?:[\w’'\-]+[ \t]+)?\Z",
    re.IGNORECASE,
)
_SPOKE_OK_RE = compile_fast(
    r"\A(?:[ \t]+[\w’'()\-]+){0,5}?[ \t]+(?:with|to[ \t]+(?:[A-Z]|his|her|the)|by[ \t]+(?:tele)?phone|on[ \t]+the[ \t]+(?:tele)?phone|over[ \t]+the[ \t]+phone)"  # noqa: E501
)
_CLAUSE_SEP = (
    r",[ \t]+(?=(?:and|with|who|which|as|while|but|in[ \t]+accordance|according|after|before|where|whereas|although|adding|saying)\b)|;[ \t]+|,[ \t]*and[ \t]+"  # noqa: E501
    r"|,[ \t]+(?=(?:\w+[ \t]+){1,2}(?:after|before|following|ahead[ \t]+of)\b)"  # ", weeks after a meeting in ..."
)
_CLAUSE_SEP_RE = compile_fast(_CLAUSE_SEP + r"|[ \t]+[—–][ \t]+")
# without a dash the dash alternative cannot match; the rest begin with "," or ";", which the engine scans for
_CLAUSE_SEP_NO_DASH_RE = compile_fast(_CLAUSE_SEP)
_JOIN_CLAUSE_RE = compile_fast(
    r"\A(?:,[ \t]*)?(?:and|with|together[ \t]+with|joined[ \t]+by|accompanied[ \t]+by|which|who|where)\b", re.IGNORECASE
)
_PHONE = Folded(r"\b(?:phone|telephone|phoned|telephoned|call|calls|by[ \t]+phone)\b", needles=("phone", "call"))
_VIDEO = Folded(
    r"\b(?:video|virtually|virtual|videoconference|online|video[ \t-]*link)\b", needles=("video", "virtual", "online")
)
_FUTURE = (
    r"\b(?:will|shall|to[ \t]+be[ \t]+held|to[ \t]+hold|to[ \t]+meet|is[ \t]+scheduled|are[ \t]+scheduled|scheduled[ \t]+for|planned|plan[ \t]+to|"  # noqa: E501
    r"plans[ \t]+to|expected[ \t]+to|upcoming|is[ \t]+set[ \t]+to|are[ \t]+set[ \t]+to|would[ \t]+take[ \t]+place|agreed[ \t]+to[ \t]+hold|"  # noqa: E501
    r"may[ \t]+not[ \t]+attend|to[ \t]+take[ \t]+place|will[ \t]+take[ \t]+place)\b"
)
_FUTURE_RE = compile_fast(_FUTURE, re.IGNORECASE)
# on lower-cased text: the same matches, without case folding; tried only at words with the first letters it needs
FUTURE_START = r"(?=wil|sha|to[ \t]|is[ \t]|are[ \t]|sch|pla|exp|upc|wou|agr|may[ \t])"
_FUTURE_LOWER_RE = compile_fast(_FUTURE.replace(r"\b", r"\b" + FUTURE_START, 1))
_SEPARATE = Folded(r"\bseparate(?:ly)?\b", needles=("separate",))
_SIZE = Folded(
    r"\b(?:(?P<three>trilateral|tripartite|three-way|three-party)|(?P<two>bilateral|one-on-one|one-to-one|tête-à-tête|tete-a-tete))\b",
    needles=("lateral", "tripartite", "three-", "one-", "tête-à-tête", "tete-a-tete"),
)
_HOST_RE = compile_fast(
    r"\b(?:hosted[ \t]+by|at[ \t]+the[ \t]+initiative[ \t]+of|organi[sz]ed[ \t]+by|invited[ \t]+by)[ \t]*\Z", re.IGNORECASE
)
_MEDIATOR_RE = compile_fast(
    r"\b(?:mediated[ \t]+by|with[ \t]+the[ \t]+participation[ \t]+of|brokered[ \t]+by|facilitated[ \t]+by|chaired[ \t]+by)[ \t]*\Z",  # noqa: E501
    re.IGNORECASE,
)
_CAPITAL_RE = compile_fast(
    r"\b(?:(?P<c1>[A-Z][\w.\-]+(?:[ \t]+[A-Z][\w.\-]+)?)(?:’s|'s)[ \t]+capital|the[ \t]+capital[ \t]+of[ \t]+(?P<c2>[A-Z][\w.\-]+(?:[ \t]+[A-Z][\w.\-]+)?))"  # noqa: E501
)
_FIRST_PERSON_RE = compile_fast(
    r"(?<![\w’'])(?P<i>I|[Ww]e|[Oo]ur)(?:[ \t]+(?:have|had|also|then|just|today|yesterday|again))?[ \t]+"
    r"(?:[\w’'\-]+[ \t]+)?$"
)
_COMMENT_ON_RE = compile_fast(
    r"\b(?:comment(?:ed|s)?[ \t]+on|spoke[ \t]+about|talked[ \t]+about|reported[ \t]+on|briefed[ \t]+(?:[\w’'\-]+[ \t]+){0,3}?on|"
    r"reflected[ \t]+on|(?:was|were|is|are)[ \t]+asked[ \t]+about|assessed|summed[ \t]+up)\b",
    re.IGNORECASE,
)
_GROUP_RE = compile_fast(  # tried only where "the two", "both" or "each" begins
    r"\b(?=the[ \t]+two|both|each)(?:"
    r"(?:the[ \t]+two|both)[ \t]+(?:[A-Za-z\-]+[ \t]+){0,2}?(?P<role>ministers|leaders|presidents|heads|diplomats)\b"
    r"|(?:each|both)[ \t]+of[ \t]+them\b|each[ \t]+(?:of[ \t]+the[ \t]+(?:two[ \t]+)?)?(?P<one>minister|leader|president)s?\b)"
)
_AREA_AFTER_RE = compile_fast(r"[ \t]+(?:district|province|region|oblast|county|marz|rayon)\b", re.IGNORECASE)
_HYPOTHETICAL_RE = compile_fast(
    r"\b(?:ready|willing|prepared|wants?|wanted|wish(?:es|ed)?|hopes?|hoped|offered|proposed|could|would|might|may|can|"
    r"should|must|needs?|ought|not|never)[ \t]+(?:to[ \t]+)?(?:(?:again|now|also|soon|still|then|finally|\w+ly)[ \t]+)?\Z",
    re.IGNORECASE,
)
_SPEECH_NEAR_RE = compile_fast(
    r"\A[ \t,]*(?:[\w’'\-]+[ \t]+){0,2}?(?:said|says|told|added|noted|announced|stated|reported|informed|stressed|"
    r"emphasi[sz]ed|underlined|wrote|tweeted|confirmed|confirms|announces|reports|claimed|disclosed|revealed)\b"
)

# small patterns of the meeting rules, compiled once
_PEACE_BEFORE_RE = compile_fast(r"\bpeace[ \t]+\Z", re.IGNORECASE)
_CAPITAL_LETTER_RE = compile_fast(r"[A-Z]")
# "their previous meeting, hosted by X, took place in Sochi on October 31": a meeting told by where and when it was
_TOOK_PLACE_AFTER_RE = compile_fast(
    r"(?:,[^,.;:\n]{1,80},)?[ \t]+(?:(?:took|takes|will[ \t]+take)[ \t]+place|(?:was|were|will[ \t]+be)[ \t]+held)"
    r"[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?(?:[A-Z]|\d)"
)
_ON_IN_AFTER_RE = compile_fast(r"\A[ \t]+(?:on|in)[ \t]+(?:[A-Z]|\d)")
_NOT_IN_BEFORE_RE = compile_fast(r"\b(?:outside|near|nearby|outskirts[ \t]+of|close[ \t]+to)[ \t]+\Z", re.IGNORECASE)
_PROCESS_BEFORE_RE = compile_fast(
    r"\b(?:continue|continuing|continues|intensify|intensifying|pursue|pursuing|advance|advancing|accelerate)[ \t]+"
    r"(?:(?:the|their|its|peace)[ \t]+)?(?:[\w\-]+[ \t]+)?\Z",
    re.IGNORECASE,
)
_INFORMED_BEFORE_RE = compile_fast(r"\b(?:informed|briefed|told|updated|apprised)[ \t]+\Z")
_ABOUT_AFTER_RE = compile_fast(r"[ \t]+(?:of|about|on)\b")
_AGAIN_RE = compile_fast(r"\bagain\b")
_EVENT_NOUN_BEFORE_RE = compile_fast(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)[ \t]+\Z")
_FOR_BEFORE_RE = compile_fast(r"\bfor[ \t]+(?:(?:a|an|the|their|his|her)[ \t]+)?(?:[\w\-]+[ \t]+)?\Z")
_DETERMINER_GAP_RE = compile_fast(r"[ \t]+(?:a|an|the|their|his|her)[ \t]+(?:[\w\-]+[ \t]+)?")
_WITH_BEFORE_RE = compile_fast(r"\b(?:with|between)[ \t]+\Z")
_SAID_BEFORE_RE = compile_fast(r"\b(?:said|told)[ \t]+\Z")
_SINCE_BEFORE_RE = compile_fast(r"\b(?:since|until|till|by)[ \t]+\Z")
_HELD_RE = compile_fast(r"\b(?:held|hold|holds|had|has|have)\b")
_BETWEEN_AFTER_RE = compile_fast(r"\A[ \t]+(?:held[ \t]+)?between\b")
_PRONOUN_RE = compile_fast(r"\b(?:He|She|he|she)\b")
_COUNTERPART_RE = compile_fast(r"\b(?:his|her)[ \t]+(?:[A-Z][\w’'\-]+[ \t]+)?counterpart\b(?!s)")


class Draft:
    """One meeting as one passage tells it, before mentions of the same event are merged."""

    __slots__ = (
        "addendum",
        "date",
        "date_said",
        "end_day",
        "evidence",
        "format",
        "md",
        "participants",
        "place",
        "place_span",
        "sentence",
        "size",
        "status",
        "unresolved",
    )

    def __init__(self) -> None:
        self.date: PartialDate | None = None
        self.date_said = False  # the passage has a date expression, resolved or not
        self.md: tuple[int, int] | None = None
        self.end_day: int | None = None
        self.place: str | None = None
        self.place_span: tuple[int, int] | None = None
        self.format = MeetingFormat.IN_PERSON
        self.status = MeetingStatus.HELD
        #: participant id -> (role, by office, evidence span)
        self.participants: dict[str, tuple[Role, bool, tuple[int, int] | None]] = {}
        self.addendum = False  # more people for the meeting told before, not a meeting of its own
        self.evidence: list[tuple[int, int]] = []
        self.size: int | None = None
        self.unresolved = False
        self.sentence = -1  # index of the sentence that tells it

    def people(self) -> set[str]:
        return set(self.participants)


class _Trigger:
    __slots__ = ("end", "hi", "items", "lo", "mark", "noun", "plural", "start", "word")

    def __init__(self, start: int, end: int, word: str, noun: bool, mark: str | None = None) -> None:
        self.start = start
        self.end = end
        self.word = word.lower()
        self.noun = noun
        #: "vague" (kept only with a date or a place), "addendum" (more people for the meeting told before)
        self.mark = mark
        self.plural = (noun and self.word in ("meetings", "conversations", "negotiations")) or self.word.endswith("calls")
        self.items: list[Mention | DateMention] = []
        self.lo = 0  # the end of the trigger before it in the sentence
        self.hi = 1 << 62  # the start of the trigger after it


def _city_of(idx: Index, mm: Mention) -> str | None:
    pl = mm.place
    if pl is None:
        return None
    kind = pl.kind.value
    if kind == "city":
        return pl.name
    if kind == "venue":
        if pl.city:
            return pl.city
        for toks, place in idx.place_full.get(pl.name.split()[0].lower(), ()):
            if place.kind.value == "city" and len(toks) == 1:
                return place.name
    return None


def find_meetings(
    text: str,
    lay: Layout,
    idx: Index,
    mentions: Mentions,
    dates: list[DateMention],
    ref: _dt.date | None,
    year_hint_at: Callable[[int], int | None],
    quotes: list[tuple[int, int]],
    voices: Sequence[tuple[int, int, str]] = (),
) -> list[Draft]:
    """Meeting drafts of ``text``, one per event mentioned (merged within the document).

    ``voices`` are the attributed quotations and transcript remarks (start, end,
    speaker id): "I met X" inside one has the speaker as a participant.
    """
    items = mentions.items
    starts = [m.start for m in items]
    dstarts = [d.start for d in dates]
    qstarts = [q[0] for q in quotes]

    def quote_of(pos: int) -> int:
        i = bisect.bisect_right(qstarts, pos) - 1
        return i if i >= 0 and quotes[i][0] <= pos < quotes[i][1] else -1

    vstarts = [v[0] for v in voices]
    vreach = list(itertools.accumulate((v[1] for v in voices), max))  # the furthest end among voices[:i + 1]

    def voice_at(pos: int) -> str | None:
        found = None
        i = bisect.bisect_right(vstarts, pos) - 1
        while i >= 0 and vreach[i] > pos:  # only voices up to here can reach pos; the earliest holding it wins
            if pos < voices[i][1]:
                found = voices[i][2]
            i -= 1
        return found

    drafts: list[Draft] = []
    seen_sentences: set[int] = set()
    lower = lay.lower
    found_words = (  # found once; each sentence takes its own
        list(_TRIGGER_LOWER_RE.finditer(lower, lay.body_start))
        if lower is not None
        else list(_TRIGGER_RE.finditer(text, lay.body_start))
    )
    word_starts = [tm.start() for tm in found_words]
    for tm in found_words:
        si = lay.sentence_index(tm.start())
        if si in seen_sentences:
            continue
        if lay.kind_at(tm.start()) != "text":
            continue
        seen_sentences.add(si)
        s, e = lay.sentences[si] if lay.sentences else (0, len(text))
        if e - s > 2000:  # a runaway sentence: look at a window around the word
            s, e = max(s, tm.start() - 600), min(e, tm.end() + 600)
        words = [w for w in found_words[bisect.bisect_left(word_starts, s) : bisect.bisect_left(word_starts, e)] if w.end() <= e]
        found = _sentence(
            text, lower, s, e, words, idx, items, starts, dates, dstarts, ref, year_hint_at, quote_of, voice_at, mentions.titles
        )
        for d in found:
            d.sentence = si
        drafts.extend(found)
    if not drafts:
        drafts = _lead_event(text, lay, idx, found_words, items, dates, ref, year_hint_at, quote_of)
    _lead_date(drafts, lay, dates, ref)
    return [d for d in _merge(_inherit(drafts)) if _identifiable(d, False)]


def _lead_event(
    text: str,
    lay: Layout,
    idx: Index,
    found_words: list[re.Match[str]],
    items: list[Mention],
    dates: list[DateMention],
    ref: _dt.date | None,
    year_hint_at: Callable[[int], int | None],
    quote_of: Callable[[int], int],
) -> list[Draft]:
    """When no meeting is told but one is referred to ("after the meeting that lasted four hours"), the meeting is
    the event the sentence before tells: "Putin, Pashinyan and Aliyev announced in Moscow on Monday ..."."""
    for tm in found_words:
        if tm.group("noun") is None and tm.group().lower() != "meeting":
            continue
        if lay.kind_at(tm.start()) != "text" or quote_of(tm.start()) != -1:
            continue
        if not _REFERENCE_BEFORE_RE.search(text, max(0, tm.start() - 40), tm.start()):
            return []  # the first meeting word is no reference to an event told before
        si = lay.sentence_index(tm.start())
        for k in range(si - 1, max(si - 3, -1), -1):
            s, e = lay.sentences[k]
            people = [mm for mm in items if s <= mm.start < e and mm.kind == "person" and mm.pid and quote_of(mm.start) == -1]
            if len({mm.pid for mm in people}) < 2:
                continue
            draft = Draft()
            draft.evidence.append((tm.start(), tm.end()))
            for mm in people:
                if mm.pid:
                    draft.participants.setdefault(mm.pid, (Role.PARTY, False, (mm.start, mm.end)))
            cities = [
                mm for mm in items if s <= mm.start < e and mm.kind == "place" and _city_of(idx, mm) and not _dateline(text, mm)
            ]
            if cities:
                draft.place, draft.place_span = _city_of(idx, cities[0]), (cities[0].start, cities[0].end)
                draft.evidence.append(draft.place_span)
            for d in dates:
                if s <= d.start < e and d.precision == "day":
                    value = resolve(d, ref, year_hint_at(d.start), text[s : d.end])
                    if value is not None:
                        draft.date, draft.md, draft.date_said = value, d.md, True
                        draft.evidence.append((d.start, d.end))
                        break
            return [draft]
        return []
    return []


def _lead_date(drafts: list[Draft], lay: Layout, dates: list[DateMention], ref: _dt.date | None) -> None:
    """A readout's lead meeting told without a date took place on the day its header or dateline states."""
    if not drafts:
        return
    lead = min(drafts, key=lambda d: d.evidence[0][0])
    at = lead.evidence[0][0]
    if lead.date_said or lead.date is not None or lead.status is not MeetingStatus.HELD:
        return
    found: PartialDate | None = None
    for d in dates:
        if d.start > at or d.start > lay.body_start + 400:
            break
        line = lay.line_at(d.start)
        if line is None or not d.md or not d.md[1]:
            continue
        if (line[1] - line[0]) > 40 and d.start - line[0] > 30:
            continue  # neither a date line nor a dateline ("BAKU, April 19 (Reuters) -")
        if lay.sentence_index(at) - lay.sentence_index(d.start) > 2:
            continue
        found = resolve(d, ref, d.value.year if d.value is not None else None, "")
    if found is not None and found.month is not None and found.day is not None:
        lead.date = PartialDate(found.year, found.month, found.day, basis=DateBasis.CONTEXT)
        lead.md = (found.month, found.day)


def _sentence(
    text: str,
    lower: str | None,
    s: int,
    e: int,
    words: list[re.Match[str]],
    idx: Index,
    items: list[Mention],
    starts: list[int],
    dates: list[DateMention],
    dstarts: list[int],
    ref: _dt.date | None,
    year_hint_at: Callable[[int], int | None],
    quote_of: Callable[[int], int],
    voice_at: Callable[[int], str | None],
    titles: dict[str, list[tuple[str | None, str]]],
) -> list[Draft]:
    triggers: list[_Trigger] = []
    sentence_text = text[s:e]
    habitual = "times" in sentence_text or "repeatedly" in sentence_text or "regularly" in sentence_text  # its words
    for tm in words:
        word = tm.group().lower()
        noun = tm.group("noun") is not None
        before = text[max(s, tm.start() - 40) : tm.start()]
        after = text[tm.end() : min(e, tm.end() + 60)]
        if word in ("spoke", "speaks", "talked") and not _SPOKE_OK_RE.match(after):
            continue
        if habitual and _HABITUAL_AFTER_RE.match(text, tm.end(), e):
            continue  # "has hosted the two leaders in Brussels four times": no one meeting is told
        if word == "called" and not _calls_a_person(text, tm.end(), items, starts):
            continue  # "called Azerbaijan's demands unacceptable", "called it a step": no one is called
        if word in ("meet", "meets") and _HYPOTHETICAL_RE.search(before):
            continue  # "ready to meet ... at any time", "would meet again soon": no meeting told
        if word.startswith(("talk", "negotiation")) and _PEACE_BEFORE_RE.search(before):
            continue
        if word.startswith(("talk", "negotiation")) and _PROCESS_BEFORE_RE.search(before):
            continue  # "agreed to continue EU-led negotiations": the process goes on, no one meeting is told
        if word == "meeting" and _MEETING_NEEDS_RE.match(after):
            continue  # "meeting the country's needs": meeting as fulfilling
        if word in ("side", "delegation"):  # "the Russian side was represented by X": more people for the meeting told
            if not triggers:
                triggers.append(_Trigger(tm.start(), tm.end(), word, noun, "addendum"))
            continue
        if noun or word == "meeting":
            last3 = _last_words_at(before, 3)  # both patterns span at most the last three words
            ref_m = _REFERENCE_BEFORE_RE.search(before, last3)
            linked = _LINK_AFTER_RE.match(after) is not None or _told_when(text, tm.end(), e, dates, dstarts)
            has_own = ref_m is not None and (
                any(
                    d.start >= tm.start() - 30 and d.end <= tm.start()
                    for d in dates[
                        bisect.bisect_left(dstarts, max(s, tm.start() - 40)) : bisect.bisect_left(
                            dstarts, max(s, tm.start() - 40)
                        )
                        + 3
                    ]
                )
                or _CAPITAL_LETTER_RE.search(before[ref_m.end() - len(ref_m.group()) :][4:] if ref_m else "")
            )
            if ref_m is not None and not linked and not has_own and not _ON_IN_AFTER_RE.match(after):
                # "the meeting", "ahead of the summit": a reference; "the talks were held with the participation of
                # X and Y" adds X and Y to the meeting just told
                if _JOINED_BY_RE.search(text, tm.end(), e) and not triggers:
                    triggers.append(_Trigger(tm.start(), tm.end(), word, noun, "addendum"))
                continue
            if _VAGUE_BEFORE_RE.search(before, last3) and not linked:
                # kept only when the clause gives a date or a place (checked below)
                triggers.append(_Trigger(tm.start(), tm.end(), word, noun, "vague"))
                continue
        if triggers and (
            tm.start() - triggers[-1].end <= 12
            or (
                not triggers[-1].noun
                and (noun or word == "meeting")
                and (
                    _DETERMINER_GAP_RE.fullmatch(text, triggers[-1].end, tm.start())
                    # "hosted his counterparts, A and B, in Moscow for talks": what the verb's event was for
                    or (_FOR_BEFORE_RE.search(before) and not _CLAUSE_SEP_RE.search(text, triggers[-1].end, tm.start()))
                )
            )
        ):
            triggers[-1].end = tm.end()  # "hosted talks", "met ... meeting" next to each other
            continue
        triggers.append(_Trigger(tm.start(), tm.end(), word, noun))
    if not triggers:
        return []
    for a, b in itertools.pairwise(triggers):
        a.hi, b.lo = a.end + lead_words(text[a.end : b.start]), a.end  # "had separate [meetings]"
    # clauses
    seps = _CLAUSE_SEP_RE if "—" in sentence_text or "–" in sentence_text else _CLAUSE_SEP_NO_DASH_RE
    cuts = [s] + [m.start() for m in seps.finditer(text, s, e)] + [e]
    clauses = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i + 1] > cuts[i]]

    clause_starts = [c[0] for c in clauses]

    def clause_of(pos: int) -> int:
        return max(bisect.bisect_right(clause_starts, pos) - 1, 0)

    by_clause: dict[int, list[_Trigger]] = {}
    for t in triggers:
        by_clause.setdefault(clause_of(t.start), []).append(t)
    first_clause = min(by_clause)

    joins: dict[int, bool] = {}  # clause index -> whether it goes on from the clause before ("and ...")

    def owner(pos: int) -> _Trigger | None:
        ci = clause_of(pos)
        here = by_clause.get(ci)
        if here is not None:
            return here[0] if len(here) == 1 else min(here, key=lambda t: abs((t.start + t.end) // 2 - pos))
        if ci < first_clause:
            return by_clause[first_clause][0]
        joined = joins.get(ci)
        if joined is None:
            cs, ce = clauses[ci]
            joined = joins[ci] = bool(_JOIN_CLAUSE_RE.match(text[cs:ce].lstrip(" ,\t")) or _JOIN_CLAUSE_RE.match(text[cs:ce]))
        if joined:
            prev = [t for t in triggers if t.start < pos]
            return prev[-1] if prev else triggers[0]
        return None

    # people and offices
    i = bisect.bisect_left(starts, s)
    while i < len(items) and items[i].start < e:
        mm = items[i]
        i += 1
        if mm.end > e or mm.kind not in ("person", "office", "place"):
            continue
        if mm.possessive and mm.kind == "person":
            tail = text[mm.end : mm.end + 25].lower()
            if _THEIR_OFFICE_RE.match(tail):
                continue  # "Aliyev's office": not the person
        ot = owner(mm.start)
        if ot is not None:
            ot.items.append(mm)
    j = bisect.bisect_left(dstarts, s)
    while j < len(dates) and dates[j].start < e:
        d = dates[j]
        j += 1
        ot = owner(d.start)
        if ot is not None:
            ot.items.append(d)
    # "the two ministers", "both leaders", "each of them": the two people of that role named before
    grouped = "two" in sentence_text or "both" in sentence_text or "each" in sentence_text  # words the pattern needs
    groups = _GROUP_RE.finditer(text, s, e) if grouped else ()
    for gm in groups:
        ot = owner(gm.start())
        if ot is None or quote_of(gm.start()) != -1:
            continue
        # the subject of the meeting word ("Trump held meetings with each leader") is not one of the group
        k = bisect.bisect_left(starts, ot.start) - 1
        while k >= 0 and items[k].start >= s and not (items[k].kind == "person" and items[k].pid):
            k -= 1
        who = items[k].pid if k >= 0 and items[k].start >= s else None
        subject = {who} if who else set()
        for pid in _group(items, starts, gm.start(), gm.group("role") or gm.group("one"), titles, subject):
            ot.items.append(Mention(gm.start(), gm.end(), "person", pid))
    for cm in _CAPITAL_RE.finditer(text, s, e) if "capital" in sentence_text else ():
        country = idx.country(cm.group("c1") or cm.group("c2") or "")
        if country is not None and country.capital:
            ot = owner(cm.start())
            if ot is not None:
                mm = Mention(cm.start(), cm.end(), "place")
                mm.place = idx.places.get(_slug(country.capital)) or None
                if mm.place is None:
                    hits = idx.places.matches(country.capital)
                    mm.place = hits[0] if hits else None
                if mm.place is not None:
                    ot.items.append(mm)
    out: list[Draft] = []
    future = _told_as_future(text, lower, s, e)  # asked once per sentence, whatever its meeting words
    for t in triggers:
        out.extend(_draft(text, s, e, t, future, lower, idx, items, starts, ref, year_hint_at, quote_of, voice_at))
    return out


_STAYS_AWAY_RE = compile_fast(
    r"\b(?:not|never|n[’']t)[ \t]+(?:be[ \t]+)?(?:\w+[ \t]+)?"
    r"(?:participate|participating|attend|attending|take[ \t]+part|taking[ \t]+part|join|joining|present|travel[ \t]+to)\b|\b(?:refused|declined|refuses|declines|decided[ \t]+not)[ \t]+to[ \t]+(?:participate|attend|take[ \t]+part|join)\b|"  # noqa: E501
    r"\b(?:skipped|boycotted|boycotts|skips|pulled[ \t]+out[ \t]+of|withdrew[ \t]+from)\b"
)
_REPORTER_AFTER_RE = compile_fast(r",?[ \t]+(?:said|says|told|stated|noted|added|reported|informed)\b")
_NOT_THE_LEADER_RE = re.compile(r"\b(?:deputy|vice|former|first[ \t]+deputy)\b")
_JOINED_BY_RE = compile_fast(
    r"\b(?:with[ \t]+the[ \t]+participation[ \t]+of|(?:also[ \t]+)?attended[ \t]+by|(?:were|was)[ \t]+joined[ \t]+by|"
    r"(?:was|were)[ \t]+(?:represented|led|headed)[ \t]+by|"
    r"in[ \t]+the[ \t]+presence[ \t]+of)\b"
)
_MEETING_NEEDS_RE = re.compile(
    r"\A[ \t]+(?:the[ \t]+)?(?:country|needs|expectations|demands|requirements|criteria|standards|goals|targets|obligations|deadline)"  # noqa: E501
)
_THEIR_OFFICE_RE = re.compile(r"\A[’']?s?[ \t]+(?:office|press|spokes|ministry|government|administration|statement|readout|aide)")
_WITH_RE = re.compile(r"\bwith\b")
_SINCE_RE = re.compile(r"(?:since|until|till)\b", re.IGNORECASE)
_LOCATIVE_BEFORE_RE = compile_fast(r"\b(?:in|at)[ \t]+(?:the[ \t]+)?\Z")


def _after_in(text: str, at: int) -> bool:
    return _LOCATIVE_BEFORE_RE.search(text, max(0, at - 12), at) is not None


_HABITUAL_AFTER_RE = compile_fast(
    r"(?:[ \t,]+[\w’'\-]+){0,6}?[ \t]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous)"
    r"[ \t]+times\b|(?:[ \t]+[\w’'\-]+){0,3}?[ \t]+(?:repeatedly|regularly)\b"
)
_CALLED_GAP_RE = re.compile(r"[ \t]+(?:(?:his|her)[ \t]+(?:[\w’'\-]+[ \t]+){0,2})?")


def _calls_a_person(text: str, at: int, items: list[Mention], starts: list[int]) -> bool:
    """Whether "called" at ``at`` is followed by the person called ("called Aliyev", "called his Turkish counterpart")."""
    k = bisect.bisect_left(starts, at)
    if k >= len(items) or items[k].kind not in ("person", "office") or items[k].possessive:
        return False
    gap = _CALLED_GAP_RE.match(text, at, items[k].start)
    return gap is not None and gap.end() == items[k].start


def _addendum(
    text: str, t: _Trigger, e: int, items: list[Mention], starts: list[int], quote_of: Callable[[int], int]
) -> list[Draft]:
    """The people named after "with the participation of" in a sentence about the meeting just told."""
    jm = _JOINED_BY_RE.search(text, t.end, e)
    if jm is None:
        return []
    draft = Draft()
    draft.addendum = True
    draft.evidence.append((t.start, t.end))
    k = bisect.bisect_left(starts, jm.end())
    while k < len(items) and items[k].start < e:
        mm = items[k]
        k += 1
        if mm.kind == "person" and mm.pid and not mm.possessive and quote_of(mm.start) == -1:
            draft.participants.setdefault(mm.pid, (Role.PARTY, False, (mm.start, mm.end)))
    return [draft] if draft.participants else []


# "(?:\b[\w\-]+[ \t]+){0,2}\Z" reversed: matched once at the start of the reversed text, not tried at every character
_LEAD_WORDS_BACKWARD_RE = re.compile(r"(?:[ \t]+[\w\-]+\b){0,2}")


def lead_words(between: str) -> int:
    """Where the last two words of ``between``, each followed by spaces, begin (its length when it does not end with
    spaces): the words that lead to the next meeting word ("had separate [meetings]")."""
    m = _LEAD_WORDS_BACKWARD_RE.match(between[::-1])
    return len(between) - (m.end() if m else 0)


def _told_when(text: str, at: int, end: int, dates: list[DateMention], dstarts: list[int]) -> bool:
    """Whether the meeting word ending at ``at`` is followed by where and on which day it took place ("their previous
    meeting, hosted by X, took place in Sochi on October 31"): an event told, not a reference to one told before."""
    m = _TOOK_PLACE_AFTER_RE.match(text, at, end)
    if m is None:
        return False
    i = bisect.bisect_left(dstarts, m.start())
    return any(d.explicit and d.md is not None and d.md[1] for d in dates[i:] if d.start < min(end, m.end() + 40))


def _last_words_at(before: str, n: int) -> int:
    """Where the last ``n`` words of ``before`` (and the spaces after them) begin: a pattern ending at its end
    that spans no more words need not be tried earlier."""
    parts = before.rsplit(maxsplit=n)
    return len(parts[0]) if len(parts) > n else 0


def _told_as_future(text: str, lower: str | None, s: int, e: int) -> bool:
    """Whether the sentence ``text[s:e]`` tells of a meeting to come (``lower``: the text lower-cased, if usable)."""
    if lower is not None:
        return _FUTURE_LOWER_RE.search(lower[s:e]) is not None
    return _FUTURE_RE.search(text[s:e]) is not None


def _group(
    items: list[Mention],
    starts: list[int],
    before: int,
    role: str | None,
    titles: dict[str, list[tuple[str | None, str]]],
    skip: set[str],
) -> list[str]:
    """The last two people named before ``before`` who may hold ``role`` ("ministers", "leaders"); none if unsure."""
    stem = (role or "").lower().rstrip("s")
    heads = ("president", "prime minister", "chancellor", "leader", "king", "emir")
    found: list[str] = []
    k = bisect.bisect_left(starts, before) - 1
    while k >= 0 and len(found) < 2:
        mm = items[k]
        k -= 1
        if mm.kind != "person" or not mm.pid or mm.pid in found or mm.pid in skip:
            continue
        have = [t.lower() for _, t in titles.get(mm.pid, ())]
        if stem and not have:
            continue  # a role is asked for and the text gives this person none
        if stem:
            wanted = heads if stem in ("leader", "head") else (stem.replace("foreign ", ""),)
            if not any(w in t and not (wanted is heads and _NOT_THE_LEADER_RE.search(t)) for t in have for w in wanted):
                continue  # a deputy prime minister or a vice president is not one of "the leaders"
        found.append(mm.pid)
    return found if len(found) == 2 else []


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _not_at(text: str, s: int, t: _Trigger, p: Mention, people: list[Mention]) -> bool:
    """Whether a person named near a meeting word speaks of the meeting rather than takes part:
    its reporter, who is told of it, who stays away, who comments on it."""
    if p.start > t.end:  # "..., X told APA": the source of the report
        return _REPORTER_AFTER_RE.match(text, p.end) is not None and "," in text[t.end : p.start]
    if p.end > t.start:
        return False
    gap = text[p.end : t.start]
    speaks = p.end < t.start and _SPEECH_NEAR_RE.match(text[p.end : p.end + 40]) is not None
    if speaks and any(p.end <= q.start < t.start for q in people):
        return True  # the reporter of a meeting is not at it: "spokesman X said [Y met Z]"
    if _ABOUT_AFTER_RE.match(text, p.end, t.start) and _INFORMED_BEFORE_RE.search(text, max(s, p.start - 30), p.start):
        return True  # "informed the Prime Minister of his call with X": who is told about a meeting is not at it
    if _STAYS_AWAY_RE.search(text, p.end, t.start):
        return True  # "X will not participate in the meeting", "X declined to attend the summit"
    if t.noun and speaks and "." not in gap and not _HELD_RE.search(text, p.end, t.start):
        return True  # "X stressed, adding that Baku is committed to talks with ...": X comments on talks
    # "X commented on the results of the meeting": X talks about it, is not at it
    return (t.noun or t.word == "meeting") and _COMMENT_ON_RE.search(gap) is not None and "." not in gap


def _draft(
    text: str,
    s: int,
    e: int,
    t: _Trigger,
    future: bool,
    lower: str | None,
    idx: Index,
    items: list[Mention],
    starts: list[int],
    ref: _dt.date | None,
    year_hint_at: Callable[[int], int | None],
    quote_of: Callable[[int], int],
    voice_at: Callable[[int], str | None],
) -> list[Draft]:
    vague = t.mark == "vague"
    if t.mark == "addendum":
        return _addendum(text, t, e, items, starts, quote_of)
    tq = quote_of(t.start)
    people: list[Mention] = []
    places: list[Mention] = []
    dates: list[DateMention] = []
    for it in t.items:
        if isinstance(it, Mention):
            if quote_of(it.start) != tq:
                continue
            if it.kind == "place":
                if not _city_of(idx, it):
                    continue  # a region or a country is no venue
                if _dateline(text, it):
                    continue
                if it.possessive or text[it.end : it.end + 2] in ("’s", "'s"):
                    continue
                if t.noun and _WITH_BEFORE_RE.search(text[max(0, it.start - 9) : it.start]):
                    continue  # "talks with Yerevan": the capital stands for its government
                if _AREA_AFTER_RE.match(text, it.end):
                    continue  # "Gazakh district": an area, not the city where they met
                if _SAID_BEFORE_RE.search(text[max(0, it.start - 12) : it.start]):
                    continue
                if _NOT_IN_BEFORE_RE.search(text[max(0, it.start - 16) : it.start]):
                    continue  # "talks outside Washington", "near Moscow": not the city they met in
                places.append(it)
            else:
                people.append(it)
        elif isinstance(it, DateMention):
            if _SINCE_BEFORE_RE.search(text[max(0, it.start - 8) : it.start]) or _SINCE_RE.match(text[it.start : it.end]):
                continue  # "the fifth of its kind since last year": a span of time, not the day they met
            dates.append(it)
    people = [p for p in people if not _not_at(text, s, t, p, people)]
    # "X welcomed talks between A and B": X is not at the talks
    is_between = t.noun and _BETWEEN_AFTER_RE.match(text[t.end : t.end + 20]) is not None
    if is_between and any(p.start > t.end for p in people):
        people = [p for p in people if p.start > t.end or _HOST_RE.search(text[max(s, p.start - 40) : p.start])]
    # the words about this meeting: up to 300 characters around it, not past the meeting words before and after it
    w0, w1 = max(s, t.start - 300, t.lo), min(e, t.end + 300, t.hi)
    draft = Draft()
    draft.evidence.append((t.start, t.end))
    n0, n1 = max(w0, t.start - 60), min(w1, t.start + 80)  # the words next to the meeting word decide first
    if _VIDEO.search(text, lower, n0, n1) and t.word not in ("phoned", "telephoned", "called"):
        draft.format = MeetingFormat.VIDEO  # "a video call", "talks by video link"
    elif _by_phone(text, lower, n0, n1, t) or t.word in ("phoned", "telephoned", "called"):
        draft.format = MeetingFormat.PHONE
    elif _VIDEO.search_slice(text, lower, w0, w1):
        draft.format = MeetingFormat.VIDEO
    elif t.word in ("spoke", "speaks", "talked") and not places:
        draft.format = MeetingFormat.PHONE
    if future:
        draft.status = MeetingStatus.PLANNED
    sm = _SIZE.search_slice(text, lower, max(s, t.start - 40), min(e, t.end + 60))
    if sm:
        draft.size = 3 if sm.group("three") else 2
    elif _COUNTERPART_RE.search(text[t.end : min(e, t.end + 60)]):
        draft.size = 2
    pending: list[tuple[Mention, Role]] = []
    for mm in people:
        role = Role.PARTY
        before = text[max(s, mm.start - 40) : mm.start]
        if before.rstrip(" \t")[-2:].lower() in ("by", "of"):  # what both patterns end with
            if _HOST_RE.search(before):
                role = Role.HOST
            elif _MEDIATOR_RE.search(before):
                role = Role.MEDIATOR
        if mm.kind == "person" and mm.pid:
            draft.participants.setdefault(mm.pid, (role, False, (mm.start, mm.end)))
        elif mm.kind == "office" and not (mm.office is not None and mm.office.complement):
            pending.append((mm, role))
    # "I spoke with X" in a remark or quotation: the speaker is at the meeting
    speaker = voice_at(t.start)
    fp = _FIRST_PERSON_RE.search(text, max(s, t.start - 60), t.start) if speaker is not None else None
    if speaker is not None and fp is not None:
        draft.participants.setdefault(speaker, (Role.PARTY, False, fp.span("i")))
    draft.unresolved = any(
        mm.kind == "office" and not mm.pid and not (mm.office and (mm.office.holders or mm.office.complement)) for mm in people
    )
    # pronoun subjects: "He highlighted the bilateral meeting with ..."
    pron = None if any(p.start < t.start for p in people) else _PRONOUN_RE.search(text[s : t.start])
    if pron is not None:
        ante = _subject_before(items, starts, s + pron.start(), s)
        if ante is not None and ante.pid:
            draft.participants.setdefault(ante.pid, (Role.PARTY, False, None))
    # places
    if places:
        # "in Munich" tells where; "the Berlin round" names another event: a place after "in" or "at" comes first
        near = min(places, key=lambda p: (not _after_in(text, p.start), abs(p.start - t.start)))
        city = _city_of(idx, near)
        if city:
            draft.place = city
            draft.place_span = (near.start, near.end)
    # dates
    resolved: list[tuple[DateMention, PartialDate | None]] = []
    for d in dates:
        if d.precision == "year" and d.value is not None and len(dates) > 1:
            continue
        if d.relative == "month-name" and any(o.md and o.md[1] for o in dates if o is not d):
            continue
        hint = year_hint_at(d.start)
        context = text[s : d.end] if d.value is None else ""  # a date the text states in full needs no context
        resolved.append((d, resolve(d, ref, hint, context)))  # "will meet on Monday", not "Monday, said ... would"
    if resolved:
        draft.date_said = True
    splits = [r for r in resolved if r[0].explicit and r[0].md]
    several = len(splits) >= 2 and (
        t.plural
        or len(places) >= 2
        # "met in Brussels on April 6 and again on May 22": one meeting per day
        or any(_AGAIN_RE.search(text, a[0].end, b[0].start) for a, b in itertools.pairwise(splits))
    )
    if several:
        for mm, role in pending:
            value = splits[0][1]
            _office_people(draft, mm, role, idx, value)
        pending = []
    if several:
        out = []
        for k, (d, value) in enumerate(splits):
            dd = _copy(draft)
            dd.date, dd.md, dd.end_day = value, d.md, d.end_day
            dd.evidence.append((d.start, d.end))
            # its place: the nearest between the dates before and after it ("in Moscow on August 30, and the third in
            # Brussels on November 3", "on May 1 in Washington and on May 5 in Brussels")
            lo = splits[k - 1][0].end if k > 0 else -1
            hi = splits[k + 1][0].start if k + 1 < len(splits) else len(text) + 1
            own = [p for p in places if lo <= p.start and p.end <= hi]
            if own:
                near = min(own, key=lambda p: min(abs(p.end - d.start), abs(p.start - d.end)))
                dd.place = _city_of(idx, near)
                dd.place_span = (near.start, near.end)
            out.append(dd)
        return [o for o in out if _identifiable(o, vague)]
    if resolved:
        best = min(resolved, key=lambda r: (r[1] is None, abs(r[0].start - t.start)))
        d, value = best
        draft.date, draft.md, draft.end_day = value, d.md, d.end_day
        draft.evidence.append((d.start, d.end))
    if draft.place_span:
        draft.evidence.append(draft.place_span)
    for mm, role in pending:
        _office_people(draft, mm, role, idx)
    no_subject = (
        len(draft.participants) >= 2
        and not is_between  # "a conversation between A and B" names all its sides
        and not any(span and span[0] < t.start for _, _, span in draft.participants.values())
    )
    if len(draft.participants) == 1 or no_subject:
        # the sentence's first person; for "X, who ..., met the two leaders" the nearest one before the verb
        first: Mention | None = None
        k = bisect.bisect_left(starts, s)
        while k < len(items) and items[k].start < t.start:
            m = items[k]
            k += 1
            if m.kind == "person" and m.pid and quote_of(m.start) == tq and not m.possessive:
                if no_subject and m.pid in draft.participants:
                    continue
                first = m
                if not no_subject:
                    break
        if (
            first is not None
            and first.pid is not None
            and first.pid not in draft.participants
            and not _SPEECH_NEAR_RE.match(text[first.end : first.end + 40])
            and not _COMMENT_ON_RE.search(text[first.end : t.start])  # "X also spoke about a conversation ..."
        ):
            draft.participants[first.pid] = (Role.PARTY, False, (first.start, first.end))
    # "met separately with A and B", "spoke by phone with A and B" (a call is between two unless told otherwise)
    separate = (
        (t.plural and t.word != "negotiations")  # "held negotiations with A and B" is one event
        or (draft.format is MeetingFormat.PHONE and draft.size is None)
        or _SEPARATE.search_slice(text, lower, max(s, t.start - 30, t.lo), min(e, t.end + 80, t.hi))
    )
    if separate and len(draft.participants) >= 3:
        subjects = [p for p, (_, _, span) in draft.participants.items() if span and span[0] < t.start]
        if not subjects:
            wm = _WITH_RE.search(text[t.end : e])
            cut = t.end + wm.start() if wm else t.end
            subjects = [p for p, (_, _, span) in draft.participants.items() if span and span[0] < cut]
        objects = [p for p in draft.participants if p not in subjects]
        if subjects and objects:
            out = []
            if len(subjects) == 1:
                for o in objects:
                    dd = _copy(draft)
                    dd.participants = {k: v for k, v in draft.participants.items() if k in (subjects[0], o)}
                    dd.size = 2
                    out.append(dd)
            else:
                for sub in subjects:
                    dd = _copy(draft)
                    dd.participants = {k: v for k, v in draft.participants.items() if k == sub or k in objects}
                    dd.size = len(dd.participants)
                    out.append(dd)
            return [o for o in out if _identifiable(o, vague)]
    return [draft] if _identifiable(draft, vague, loose=True) else []


def _dateline(text: str, place: Mention) -> bool:
    """Whether a place is written as a dateline ("MOSCOW —"): where the story was filed, not where anyone met."""
    return place.end - place.start > 3 and text[place.start : place.end].isupper()


def _by_phone(text: str, lower: str | None, start: int, end: int, t: _Trigger) -> bool:
    """Whether a word near the meeting word says it was by phone. "The call followed the meeting in Brussels": a call
    told as a thing of its own ("the call", "a call") is another event, not how this meeting was held."""
    while (m := _PHONE.search(text, lower, start, end)) is not None:
        inside = t.start <= m.start() < t.end
        if (
            inside
            or m.group().lower() not in ("call", "calls")
            or not _EVENT_NOUN_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        ):
            return True
        start = m.end()
    return False


def _subject_before(items: list[Mention], starts: list[int], pos: int, floor: int) -> Mention | None:
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0 and items[i].start >= floor - 1500:
        mm = items[i]
        if mm.kind == "person" and mm.pid:
            return mm
        i -= 1
    return None


def _office_people(draft: Draft, mm: Mention, role: Role, idx: Index, on: PartialDate | None = None) -> None:
    """The holders of an office the passage names: found in the document, else on the meeting's day."""
    office = mm.office
    holders: list[tuple[str, bool]] = office.holders if office is not None else ([(mm.pid, True)] if mm.pid else [])
    day = on or draft.date
    if office is not None and day is not None and day.day is not None and len(holders) < max(1, len(office.countries)):
        have = {pid for pid, _ in holders}
        when = _dt.date(day.year, day.month, day.day)  # type: ignore[arg-type]
        for country in office.countries:
            place = idx.country(country)
            found = [
                p.id
                for p in idx.registry.known_holders(f"{office.title} of {country}", on=when) or ()
                if any(o.held_on(when) and title_matches(office.title, o.title, place) for o in p.offices)
            ]
            if len(found) == 1 and found[0] not in have:
                holders = [*holders, (found[0], False)]
    for pid, _named in holders:
        draft.participants.setdefault(pid, (role, True, (mm.start, mm.end)))


def _copy(d: Draft) -> Draft:
    out = Draft()
    for name in Draft.__slots__:
        value = getattr(d, name)
        setattr(out, name, dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value)
    return out


def _identifiable(d: Draft, vague: bool, loose: bool = False) -> bool:
    n = len(d.participants)
    if vague:
        return d.place is not None or (d.date is not None and d.md is not None)
    if loose and n >= 1:
        return True
    return n >= 2 or (n >= 1 and (d.place is not None or d.date is not None)) or (d.place is not None and d.date is not None)


def _inherit(drafts: list[Draft]) -> list[Draft]:
    """A meeting told without date or place takes them from the meeting before it that shares a participant,
    or from an event the sentence before introduces without naming anyone ("the meeting took place in X");
    one told with a place only takes the date of a meeting before it of two or more of the same people."""
    for k, d in enumerate(drafts):
        if d.format is not MeetingFormat.IN_PERSON:
            continue
        if d.date_said:
            if d.place is None and d.date is not None and d.date.day is not None:
                # "earlier in the day, both leaders were received by X": the same day, the same people, the same city
                for prev in reversed(drafts[max(0, k - 8) : k]):
                    if prev.place is not None and prev.date == d.date and prev.people() & d.people():
                        d.place = prev.place
                        break
            continue
        if d.place is not None:  # "separate meetings with each leader in the Oval Office": the day of the visit
            for prev in reversed(drafts[max(0, k - 8) : k]):
                if prev.date is not None and len(prev.people() & d.people()) >= 2 and prev.place in (None, d.place):
                    d.date = PartialDate(prev.date.year, prev.date.month, prev.date.day, basis=DateBasis.CONTEXT)
                    d.md = prev.md
                    break
            continue
        for prev in reversed(drafts[max(0, k - 8) : k]):
            introduced = not prev.participants and 0 <= d.sentence - prev.sentence <= 1
            if (prev.people() & d.people() or introduced) and (prev.date is not None or prev.place is not None):
                if prev.date is not None:
                    d.date = PartialDate(prev.date.year, prev.date.month, prev.date.day, basis=DateBasis.CONTEXT)
                    d.md = prev.md
                d.place = prev.place
                break
    return drafts


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
    return None


def _days_overlap(a: int | None, a_end: int | None, b: int | None, b_end: int | None) -> bool:
    """Whether two days of a month, or ranges of days, share a day."""
    if a is None or b is None:
        return a == b
    return a <= (b_end or b) and b <= (a_end or a)


def _parts(date: PartialDate) -> tuple[int | None, ...]:
    """Year, month and day as far as they are known."""
    if date.month is None:
        return (date.year,)
    return (date.year, date.month) if date.day is None else (date.year, date.month, date.day)


def _mergeable(a: Draft, b: Draft) -> bool:
    if a.format is not b.format:
        return False
    if (a.unresolved and len(a.participants) <= 1) or (b.unresolved and len(b.participants) <= 1):
        return False
    if a.place and b.place and a.place != b.place:
        return False
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
    same_people = pa == pb or not pa or not pb
    subset = pa <= pb or pb <= pa
    if dates is True:
        if subset:
            return True
        return bool(a.place and a.place == b.place and pa & pb and a.size is None and b.size is None)
    if a.place and a.place == b.place:
        return subset
    return same_people and bool(pa)


def _merge(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        if d.addendum:
            if out and out[-1].format is d.format:
                for pid, v in d.participants.items():
                    out[-1].participants.setdefault(pid, v)
                out[-1].evidence.extend(ev for ev in d.evidence if ev not in out[-1].evidence)
            continue
        for o in reversed(out[-30:]):
            if _mergeable(o, d):
                for pid, v in d.participants.items():
                    o.participants.setdefault(pid, v)
                if (o.date is None and d.date is not None) or (d.end_day and not o.end_day and d.date is not None):
                    o.date, o.md, o.end_day = d.date, d.md, d.end_day  # a range ("Feb. 28-29") holds the day it covers
                o.md = o.md or d.md
                o.date_said = o.date_said or d.date_said
                if o.place is None and d.place is not None:
                    o.place, o.place_span = d.place, d.place_span
                o.size = o.size or d.size
                if d.status is MeetingStatus.HELD:
                    o.status = MeetingStatus.HELD  # a meeting told as held was held
                o.evidence.extend(ev for ev in d.evidence if ev not in o.evidence)
                break
        else:
            out.append(d)
    return out
