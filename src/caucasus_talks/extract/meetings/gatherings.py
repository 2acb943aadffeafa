"""The gathering a meeting was held at: its day, when another sentence of the document gives it, and its city.

"The two leaders met on the sidelines of the European Political Community summit in Prague. ... On October 6,
dozens of leaders converged on Prague for the first summit of the European Political Community." The meeting told
without a day was held at the gathering, on the day the text gives the gathering.

"Leaders gathered for the summit in Copenhagen on Thursday. ... X spoke after separate meetings with A and B." A
report that opens with a gathering in a city (in the first two sentences of its body, headings and date lines
skipped): the meetings it tells without a place of their own, on the gathering's day or with no day of their own
("Xi is convening a summit in Tianjin on Sunday. Xi held bilateral talks with A and B"), were held there; so, when
it gives the gathering no day ("attended the Munich Security Conference over the weekend ... meetings with A and
B"), were the meetings it tells without a day or place of their own.
"""

from __future__ import annotations

import re

from ...dates import DateBasis, PartialDate, Precision
from ...model import MeetingFormat, MeetingStatus
from .._regex import compile_fast, phrases
from ..dates import resolve
from ..types import PERSON, PLACE, TEXT_LINE, DocumentContext, Draft, Mention
from ..vocabulary.markers import STAYING_AWAY
from ..vocabulary.speech import speech_forms
from .attributes import city_of
from .lead import dateline_of
from .merge import after_publication
from .triggers import sidelines_words

__all__ = ["gathering_day", "gathering_place"]

# "on the sidelines of the [first] European Political Community summit", "on the margins of the CIS Summit": the
# capitalised words of the gathering's name (with "of" and "the" inside it)
_GATHERING_RE = compile_fast(
    r"\b(?:sidelines|margins?|fringes?)[ \t]+of[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:(?:first|second|third|annual|informal)[ \t]+)?"
    r"(?:(?:summit|meeting|session|forum|conference)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:(?:of|the|for|and)[ \t]+)*[A-Z][\w’'\-]*){0,5})"
)
# before the gathering's name in the dated sentence: another of its series ("the next EPC summit")
_ANOTHER_BEFORE_RE = compile_fast(r"\b(?:next|previous|last|upcoming|following|former)[ \t]+\Z", re.IGNORECASE)
# before a date: the day something was said, not the gathering's ("Blinken said on April 2 that ...")
_SAID_ON_RE = compile_fast(rf"\b{phrases(speech_forms(plain=True))}[ \t]+(?:on[ \t]+)?\Z")
# what names the kind of gathering, not which one: left out of its key ("the CIS Summit" is "CIS")
_KIND_WORDS = frozenset({"Summit", "Meeting", "Session", "Forum", "Conference", "Council", "Ministerial", "The"})
_REASON = "not dated where the meeting is told: the day the text gives the gathering it was held at"


def gathering_day(doc: DocumentContext, meetings: list[Draft]) -> None:
    """A meeting told without a date "on the sidelines of" a named gathering takes the one day another sentence of
    the document gives that gathering (a sentence naming it, or its initials, with one day in it)."""
    if not meetings or not sidelines_words(doc.text):
        return
    lay = doc.lay
    known: dict[tuple[tuple[str, ...], tuple[int, int], bool], PartialDate | None] = {}  # a gathering's day, found once
    for d in meetings:
        if d.date is not None or d.date_said:
            continue
        for span in d.evidence:
            s, e = lay.sentence_at(span[0])
            m = _GATHERING_RE.search(doc.text, s, e)
            keys = _spelt_out(doc.text, _keys(m.group("name"))) if m is not None else ()
            if not keys:
                continue
            if any(_names_another(doc, k) for k in keys):
                continue  # "the sidelines of the summit in Prague", "talks with Putin": a place or a person, no gathering
            held = d.status is MeetingStatus.HELD
            if (keys, (s, e), held) not in known:
                known[keys, (s, e), held] = _day_of(doc, keys, (s, e), held)
            day = known[keys, (s, e), held]
            if day is not None:
                d.date = PartialDate(day.year, day.month, day.day, basis=DateBasis.CONTEXT, reason=_REASON)
                d.md = (day.month or 0, day.day or 0)
                break


def _keys(name: str) -> tuple[str, ...]:
    """How a gathering's name may be written again: its name without the words of its kind, and its initials."""
    words = [w for w in name.split() if w not in _KIND_WORDS]
    while words and words[-1] in ("of", "the", "for", "and"):
        words.pop()
    if not words:
        return ()
    key = " ".join(words)
    capitals = [w for w in words if w[0].isupper()]
    initials = "".join(w[0] for w in capitals) if len(capitals) >= 2 else ""
    return (key, initials) if initials else (key,)


def _spelt_out(text: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of a gathering named by its initials ("the EaP Summit"), with the words they stand for where the text
    writes them ("the Eastern Partnership Summit"): the capitals of the initials, each a word's first letter."""
    if len(keys) != 1 or " " in keys[0] or sum(c.isupper() for c in keys[0]) < 2:
        return keys
    capitals = [c for c in keys[0] if c.isupper()]
    m = re.search(r"\b" + r"[ \t]+".join(rf"{c}[a-z]+" for c in capitals) + r"\b", text)
    return keys if m is None else (*keys, m.group())


def _names_another(doc: DocumentContext, key: str) -> bool:
    """Whether a gathering's key is a place's or a person's name (what followed "sidelines of the" was no gathering)."""
    return bool(doc.idx.places.matches(key)) or any(mm.kind is PERSON for mm in _mentions_of(doc, key))


def _mentions_of(doc: DocumentContext, key: str) -> list[Mention]:
    """The mentions that start where ``key`` is written (its first place in the text)."""
    at = doc.text.find(key)
    return [] if at < 0 else [mm for mm in doc.mentions_in(at, at + len(key)) if mm.start == at]


def _day_of(doc: DocumentContext, keys: tuple[str, ...], told: tuple[int, int], held: bool) -> PartialDate | None:
    """The one day the sentences naming the gathering (not the meeting's own, not another of its series) give it, or
    None; for a meeting told as held, not a day after publication."""
    lay, text = doc.lay, doc.text
    days: set[PartialDate] = set()
    named: dict[tuple[int, int], int] = {}  # a sentence naming the gathering -> where it first names it
    for key in keys:
        for at in _named_at(text, key):
            if not _ANOTHER_BEFORE_RE.search(text, max(0, at - 20), at):  # not "the next EPC summit"
                sentence = lay.sentence_at(at)
                named[sentence] = min(at, named.get(sentence, at))
    for (s, e), at in sorted(named.items()):
        if (s, e) == told or lay.kind_at(s) is not TEXT_LINE:
            continue
        here: list[tuple[int, PartialDate]] = []
        j = doc.first_date(s)
        while j < len(doc.dates) and doc.dates[j].start < e:
            dm = doc.dates[j]
            j += 1
            if dm.precision is not Precision.DAY or dm.end_day or _SAID_ON_RE.search(text, max(s, dm.start - 30), dm.start):
                continue
            value = resolve(dm, doc.ref, doc.year_at(dm.start), text[s:e], future=not held)
            if value is None or value.day is None:
                continue
            here.append((dm.start, PartialDate(value.year, value.month, value.day)))
        if len({d for _, d in here}) > 1:  # "called A on 19 November, ahead of the EaP Summit, to be held on 15
            here = [(pos, d) for pos, d in here if at < pos <= at + GATHERING_DAY_AFTER]  # December": the day after it
        for _, d in here:
            if held and after_publication(d, doc.ref):
                return None  # a gathering still to come is not where a meeting told as held took place
            days.add(d)
        if len(days) > 1:
            return None
    return days.pop() if len(days) == 1 else None


GATHERING_DAY_AFTER = 80  # in a sentence of several days: how far after the gathering's name its own day may be


def _named_at(text: str, key: str) -> list[int]:
    """Where ``text`` holds ``key`` as whole words."""
    found: list[int] = []
    at = text.find(key)
    while at >= 0:
        end = at + len(key)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(key, at + 1)
    return found


# a gathering the report opens with, and where: "the European Political Community summit in Copenhagen", "the
# Copenhagen summit"; the kinds of gathering whose city is where leaders met on its margins
_GATHERING_NOUN_RE = compile_fast(r"\b(?i:summit|conference|forum|assembly|ministerial)\b")
_IN_BEFORE_RE = compile_fast(r"\b(?:in|at)[ \t]+(?:the[ \t]+)?\Z")
# after a name: who stayed away from the gathering ("X skipped the summit", "X, who did not attend, ...")
_AWAY_AFTER_RE = compile_fast(
    rf"[ \t,]+(?:who[ \t]+)?(?:did[ \t]+not|didn[’']t|does[ \t]+not|{phrases(STAYING_AWAY)})\b"
)
# before a gathering's noun: someone attends it ("to attend the 56th annual [Conference]", "at the [Forum]"); in its
# sentence, a gathering still to come ("would be held next year")
_ATTENDED_RE = compile_fast(
    r"\b(?:attend(?:ed|s|ing)?|took[ \t]+part|taking[ \t]+part|participat(?:ed|es|ing)|joined|(?:sidelines|margins)[ \t]+of"
    r"|at[ \t]+the)\b"
)
_TO_COME_RE = compile_fast(r"\b(?:will|would|to[ \t]+be[ \t]+held|next[ \t]+(?:year|month|week)|upcoming)\b")
LEAD_SENTENCES = 2  # how many sentences of the body may open the report with its gathering
GATHERING_CITY_REACH = 60  # how far from the gathering's noun its city may be named


def gathering_place(doc: DocumentContext, meetings: list[Draft]) -> None:
    """Meetings held in person on the day of the gathering the report opens with, or with no day of their own, and no
    place of their own, were held in its city (see the module's notes)."""
    if not meetings or not doc.lay.sentences:
        return
    found = _lead_gathering(doc)
    if found is None:
        return
    city, span, day = found
    away = {mm.pid for mm in doc.items if mm.kind is PERSON and mm.pid and _AWAY_AFTER_RE.match(doc.text, mm.end)}
    for d in meetings:
        if d.place is not None or d.format is not MeetingFormat.IN_PERSON or d.status is not MeetingStatus.HELD:
            continue
        if d.people() & away:
            continue  # "X skipped the summit. He met Y on Thursday": not at the gathering
        on_its_day = day is not None and d.date is not None and (d.date.year, d.date.month, d.date.day) == day
        if on_its_day or not d.date_said:  # meetings told without a day of their own: at the gathering
            d.place, d.place_span = city, span
            d.evidence.append(span)


def _lead_gathering(doc: DocumentContext) -> tuple[str, tuple[int, int], tuple[int, int, int] | None] | None:
    """The city and day (None when the text gives none) of the gathering the first sentences of the body tell, with the
    span naming the city."""
    lay, text = doc.lay, doc.text
    first = lay.sentence_index(lay.body_start)
    told = 0
    for k in range(first, len(lay.sentences)):
        s, e = lay.sentences[k]
        if lay.kind_at(s) is not TEXT_LINE:
            continue  # (a heading, a dateline: not one of the body's sentences)
        told += 1
        if told > LEAD_SENTENCES:
            break
        g = _GATHERING_NOUN_RE.search(text, s, e)
        if g is None:
            continue
        places = [
            mm
            for mm in doc.mentions_in(max(s, g.start() - GATHERING_CITY_REACH), min(e, g.end() + GATHERING_CITY_REACH))
            if mm.kind is PLACE and city_of(doc.idx, mm)
        ]
        near = [mm for mm in places if mm.end <= g.start() or _IN_BEFORE_RE.search(text, max(s, mm.start - 8), mm.start)]
        if not near:
            named = _city_in_name(doc, g.start())
            if named is None:
                continue
            near = [named]
        mm = min(near, key=lambda m: abs(m.start - g.start()))
        city = city_of(doc.idx, mm)
        day = _one_day(doc, s, e)
        if day is None:  # "COPENHAGEN, October 2 - ... during the summit in Copenhagen": the dateline's day
            line = dateline_of(doc)
            if line is not None and line.year is not None and line.month is not None and line.day is not None:
                day = (line.year, line.month, line.day)
        if city is None:
            return None
        if day is None and not (_ATTENDED_RE.search(text, s, g.start()) and not _TO_COME_RE.search(text, s, e)):
            return None  # no day, and not told as attended: "Aliyev spoke about the Munich Security Conference"
        return city, (mm.start, mm.end), day
    return None


# a gathering named for the city it meets in: "the [Munich] Security Conference", "the [Antalya] Diplomacy Forum", "the
# Prague summit"; not an organisation's ("the Shanghai Cooperation Organisation summit")
_CITY_NAMED_RE = compile_fast(
    r"\b(?P<city>[A-Z][a-z]+)[ \t]+(?:(?!Organi[sz]ation\b|Group\b|Union\b|Council\b)[A-Z][a-z]+[ \t]+)?\Z"
)


def _city_in_name(doc: DocumentContext, noun: int) -> Mention | None:
    """The city a gathering's name opens with, the noun of its kind at ``noun`` (see :data:`_CITY_NAMED_RE`)."""
    m = _CITY_NAMED_RE.search(doc.text, max(0, noun - CITY_NAME_BEFORE), noun)
    if m is None:
        return None
    for place in doc.idx.places.matches(m.group("city")):
        if place.kind.value == "city":
            return Mention(m.start("city"), m.end("city"), PLACE, place=place)
    return None


CITY_NAME_BEFORE = 40  # "the [Munich Security ]Conference": how far before the noun the city's name may begin


def _one_day(doc: DocumentContext, s: int, e: int) -> tuple[int, int, int] | None:
    """The one day the sentence ``text[s:e]`` gives (not after publication), or None."""
    days: set[tuple[int, int, int]] = set()
    j = doc.first_date(s)
    while j < len(doc.dates) and doc.dates[j].start < e:
        dm = doc.dates[j]
        j += 1
        if dm.precision is not Precision.DAY or dm.end_day:
            continue
        value = resolve(dm, doc.ref, doc.year_at(dm.start), doc.text[s:e], future=False)
        if value is None or value.year is None or value.month is None or value.day is None or after_publication(value, doc.ref):
            continue
        days.add((value.year, value.month, value.day))
    return days.pop() if len(days) == 1 else None
