"""The gathering a meeting was held at: its day, when another sentence of the document gives it.

"The two leaders met on the sidelines of the European Political Community summit in Prague. ... On October 6,
dozens of leaders converged on Prague for the first summit of the European Political Community." The meeting told
without a day was held at the gathering, on the day the text gives the gathering.
"""

from __future__ import annotations

import re

from ...dates import DateBasis, PartialDate, Precision
from ...model import MeetingStatus
from .._regex import compile_fast, phrases
from ..dates import resolve
from ..types import PERSON, TEXT_LINE, DocumentContext, Draft, Mention
from ..vocabulary.speech import speech_forms
from .merge import after_publication
from .triggers import sidelines_words

__all__ = ["gathering_day"]

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
            keys = _keys(m.group("name")) if m is not None else ()
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
    named = {
        lay.sentence_at(at)
        for key in keys
        for at in _named_at(text, key)
        if not _ANOTHER_BEFORE_RE.search(text, max(0, at - 20), at)  # not "the next EPC summit"
    }
    for s, e in sorted(named - {told}):
        if lay.kind_at(s) is not TEXT_LINE:
            continue
        j = doc.first_date(s)
        while j < len(doc.dates) and doc.dates[j].start < e:
            dm = doc.dates[j]
            j += 1
            if dm.precision is not Precision.DAY or dm.end_day or _SAID_ON_RE.search(text, max(s, dm.start - 30), dm.start):
                continue
            value = resolve(dm, doc.ref, doc.year_at(dm.start), text[s:e], future=not held)
            if value is None or value.day is None:
                continue
            if held and after_publication(value, doc.ref):
                return None  # a gathering still to come is not where a meeting told as held took place
            days.add(PartialDate(value.year, value.month, value.day))
        if len(days) > 1:
            return None
    return days.pop() if len(days) == 1 else None


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
