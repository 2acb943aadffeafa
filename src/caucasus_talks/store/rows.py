"""Records as rows and back: the converter's JSON, and the values the indexes hold.

Every record is kept as the JSON the one converter (:mod:`caucasus_talks.serialize`)
makes of it, so a store and a corpus folder hold the same thing; the index
values (day numbers, ids, places, folded words) are derived from the record
here, in one place, whenever it is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from ..dates import PartialDate, Precision
from ..model import Document, Evidence, Meeting, Participant
from ..serialize import converter
from ..text import fold
from .schema import DAY, MONTH, UNDATED, YEAR

__all__ = [
    "date_columns",
    "document_from",
    "document_json",
    "dumps",
    "marked_phrase",
    "marked_words",
    "meeting_places",
    "participant_from",
    "participant_json",
    "record_from",
    "search_text",
    "span_row",
]

R = TypeVar("R")

_PRECISION = {Precision.DAY: DAY, Precision.MONTH: MONTH, Precision.YEAR: YEAR, Precision.UNKNOWN: UNDATED}
#: The widest a date's period is, in days, by precision: how far before a range a date that overlaps it may start.
REACH = {DAY: 0, MONTH: 30, YEAR: 365}


def dumps(data: Any) -> str:
    """Compact JSON, characters kept as they are."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def record_from(text: str, cls: type[R]) -> R:
    """The record a row's JSON holds (the converter checks it as it does a file's)."""
    return converter.structure(json.loads(text), cls)


def date_columns(date: PartialDate) -> tuple[int, int, int | None, int | None]:
    """``day_key``, ``precision``, ``earliest`` and ``latest`` of a date (see :mod:`.schema`)."""
    key = date.sort_key()
    day_key = key[0] * 10000 + key[1] * 100 + key[2]
    earliest, latest = date.earliest, date.latest
    return (
        day_key,
        _PRECISION[date.precision],
        earliest.toordinal() if earliest else None,
        latest.toordinal() if latest else None,
    )


def document_json(doc: Document) -> str:
    """A document's JSON without its text and checksum (kept in columns of their own)."""
    data = converter.unstructure(doc)
    data.pop("text")
    data.pop("sha256", None)  # left out by the converter anyway, as it follows from the text
    return dumps(data)


def document_from(record: str, text: str, sha256: str) -> Document:
    """The document of a row: its JSON, text and recorded checksum (the record checks that the text still has it)."""
    return converter.structure({**json.loads(record), "text": text, "sha256": sha256}, Document)


def participant_json(participant: Participant) -> str:
    """A participant's JSON without its evidence (kept as rows of ``participant_spans``)."""
    return dumps(converter.unstructure(attrs.evolve(participant, evidence=())))


def participant_from(
    record: str,
    spans: Iterable[tuple[str, int, int, str]] = (),
    *,
    structure: Callable[[str, type[Participant]], Participant] = record_from,
) -> Participant:
    """The participant of a row's JSON with the spans of its rows (``structure``: how the JSON becomes the record)."""
    participant = structure(record, Participant)
    evidence = tuple(Evidence(document, start, end, quote) for document, start, end, quote in spans)
    return attrs.evolve(participant, evidence=evidence) if evidence else participant


def span_row(evidence: Evidence) -> tuple[str, int, int]:
    return evidence.document, evidence.start, evidence.end


def meeting_places(meeting: Meeting) -> list[str]:
    """The city, country and venue of a meeting, as written, each once."""
    loc = meeting.location
    parts = [loc.city, loc.country, loc.venue] if loc else []
    return list(dict.fromkeys(p for p in parts if p))


_NOT_WORD_RE = re.compile(r"\W+")


def search_text(text: str) -> str:
    """Folded text (:func:`~caucasus_talks.text.fold`) with every character that is not a word character a space.

    The full-text index keeps this for each statement and searches it with
    the same of the phrase asked for: whatever ``query.statements(contains=)``
    finds as whole words, the index finds too (the query then confirms it).
    """
    return _NOT_WORD_RE.sub(" ", fold(text)).strip()


#: What :func:`marked_words` puts before and after each word: control characters, which no record's text holds.
WORD_START, WORD_END = "\x01", "\x02"
#: A run of word characters, or a place between two characters that are not (or a text's ends).
_EDGES_RE = re.compile(r"\w+|(?<!\w)(?!\w)")


def _marked(folded: str) -> str:
    """``folded`` with a mark before and after each run of word characters, and both between two non-word characters."""
    return _EDGES_RE.sub(lambda m: f"{WORD_START}{m.group()}{WORD_END}" if m.group() else WORD_START + WORD_END, folded)


def marked_words(text: str) -> str:
    """Folded text (:func:`~caucasus_talks.text.fold`) with the edges of its words marked (see :func:`marked_phrase`).

    Each place in the text gets a start mark when no word character is before
    it and an end mark when none is after it. A phrase is in a text as whole
    words (:func:`~caucasus_talks.text.has_words`) exactly when its marked
    form is a substring of the text's: the marks at its ends say that no word
    character stands before or after it, and the rest are the phrase's own.
    A store keeps this for each statement, so that SQLite's ``instr`` tests a
    phrase as the query's own test does, folding nothing.
    """
    return _marked(fold(text))


def marked_phrase(phrase: str) -> str | None:
    """What :func:`marked_words` holds wherever ``phrase`` is as whole words; ``None`` when no text can hold it.

    ``None`` for a phrase with no character once folded (the query's test
    finds it nowhere) or with a mark in it (no text holds one).
    """
    folded = fold(phrase)
    if not folded or WORD_START in folded or WORD_END in folded:
        return None
    return _marked(folded)

