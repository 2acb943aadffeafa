"""The gathering a meeting was held at: its day, when another sentence of the document gives it.

"The two leaders met on the sidelines of the European Political Community summit in Prague. ... On October 6,
dozens of leaders converged on Prague for the first summit of the European Political Community." The meeting told
without a day was held at the gathering, on the day the text gives the gathering.
"""

from __future__ import annotations

from ...dates import DateBasis, PartialDate, Precision
from .._regex import compile_fast
from ..dates import resolve
from ..types import TEXT_LINE, DocumentContext, Draft

__all__ = ["gathering_day"]

# "on the sidelines of the [first] European Political Community summit", "on the margins of the CIS Summit": the
# capitalised words of the gathering's name (with "of" and "the" inside it)
_GATHERING_RE = compile_fast(
    r"\b(?:sidelines|margins?|fringes?)[ \t]+of[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[a-z]+[ \t]+){0,2}?"
    r"(?:(?:summit|meeting|session|forum|conference)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \t]+(?:(?:of|the|for|and)[ \t]+)*[A-Z][\w’'\-]*){0,5})"
)
# what names the kind of gathering, not which one: left out of its key ("the CIS Summit" is "CIS")
_KIND_WORDS = frozenset({"Summit", "Meeting", "Session", "Forum", "Conference", "Council", "Ministerial", "The"})
_REASON = "not dated where the meeting is told: the day the text gives the gathering it was held at"


def gathering_day(doc: DocumentContext, meetings: list[Draft]) -> None:
    """A meeting told without a date "on the sidelines of" a named gathering takes the one day another sentence of
    the document gives that gathering (a sentence naming it, or its initials, with one day in it)."""
    if not meetings or (doc.text.find("sideline") < 0 and doc.text.find("margin") < 0 and doc.text.find("fringe") < 0):
        return
    lay = doc.lay
    known: dict[tuple[tuple[str, ...], tuple[int, int]], PartialDate | None] = {}  # a gathering's day, found once
    for d in meetings:
        if d.date is not None or d.date_said:
            continue
        for span in d.evidence:
            s, e = lay.sentence_at(span[0])
            m = _GATHERING_RE.search(doc.text, s, e)
            keys = _keys(m.group("name")) if m is not None else ()
            if not keys:
                continue
            if (keys, (s, e)) not in known:
                known[keys, (s, e)] = _day_of(doc, keys, (s, e))
            day = known[keys, (s, e)]
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


def _day_of(doc: DocumentContext, keys: tuple[str, ...], told: tuple[int, int]) -> PartialDate | None:
    """The one day the sentences naming the gathering (not the meeting's own) give it, or None."""
    lay, text = doc.lay, doc.text
    days: set[PartialDate] = set()
    for s, e in sorted({lay.sentence_at(at) for key in keys for at in _named_at(text, key)} - {told}):
        if lay.kind_at(s) is not TEXT_LINE:
            continue
        j = doc.first_date(s)
        while j < len(doc.dates) and doc.dates[j].start < e:
            dm = doc.dates[j]
            j += 1
            if dm.precision is not Precision.DAY or dm.end_day:
                continue
            value = resolve(dm, doc.ref, doc.year_at(dm.start), text[s : dm.end])
            if value is not None and value.day is not None:
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
