"""Records as rows and back: the converter's JSON, and the values the indexes hold.

Every record is kept as the JSON the one converter (:mod:`caucasus_talks.serialize`)
makes of it, so a store and a corpus folder hold the same thing: a meeting or
a statement in positional form (:func:`positional`, which :func:`keyed` turns
back into the converter's objects), parsed in half the time. The index
values (day numbers, ids, places, folded words) are derived from the record
here, in one place, whenever it is written.
"""

from __future__ import annotations

import functools
import json
import re
import types
import typing
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
    "keyed",
    "marked_phrase",
    "marked_words",
    "meeting_places",
    "participant_from",
    "participant_json",
    "positional",
    "record_from",
    "record_json",
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
    """The record a row's JSON holds (the converter checks it as it does a file's), in either form (:func:`keyed`)."""
    return converter.structure(keyed(json.loads(text), cls), cls)


def record_json(record: Any) -> str:
    """The row of a meeting or statement: the converter's JSON of it in positional form (:func:`positional`)."""
    return dumps(positional(converter.unstructure(record), type(record)))


#: What a field holds, as :func:`positional` and :func:`keyed` walk it.
_LEAF, _RECORD, _RECORDS, _OPTIONAL_RECORD = range(4)


@functools.lru_cache(maxsize=64)  # (one entry per record class)
def _fields(cls: type[Any]) -> tuple[tuple[str, int, type[Any] | None], ...]:
    """Each field of an attrs record in order: its name, what it holds, and the record type it holds (if any).

    A date (:class:`~caucasus_talks.PartialDate`) is a leaf: the converter
    writes it as an object of its own, which both forms keep as it is.
    """
    hints = typing.get_type_hints(cls)
    out: list[tuple[str, int, type[Any] | None]] = []
    for field in attrs.fields(cls):
        hint = hints[field.name]
        args = typing.get_args(hint)
        if isinstance(hint, types.UnionType) and len(args) == 2 and type(None) in args:
            inner = next(a for a in args if a is not type(None))
            out.append((field.name, _OPTIONAL_RECORD, inner) if _is_record(inner) else (field.name, _LEAF, None))
        elif typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis and _is_record(args[0]):
            out.append((field.name, _RECORDS, args[0]))
        elif _is_record(hint):
            out.append((field.name, _RECORD, hint))
        else:
            out.append((field.name, _LEAF, None))
    return tuple(out)


def _is_record(hint: Any) -> bool:
    return isinstance(hint, type) and attrs.has(hint) and hint is not PartialDate


def positional(data: Any, cls: type[Any]) -> Any:
    """The converter's JSON of a record of type ``cls``, each record in it an array of its fields' values in order.

    A field the converter leaves out (its default) is ``null``, and the
    ``null`` fields at the end are left out; a record within it (a span, an
    attendance, a location) is an array likewise, and a date the converter's
    own object. :func:`keyed` gives the converter's JSON back. An array is
    parsed without its keys: a meeting's row is a third shorter, and parsed
    in under half the time.
    """
    if not isinstance(data, dict):
        return data
    out: list[Any] = []
    record: Any = cls  # a class is hashable, whatever the type checker makes of type[Any]
    for name, holds, kind in _fields(record):
        if name not in data:
            out.append(None)
            continue
        value = data[name]
        if kind is not None and holds == _RECORDS and isinstance(value, list):
            value = [positional(item, kind) for item in value]
        elif kind is not None and holds != _RECORDS:
            value = positional(value, kind)
        out.append(value)
    while out and out[-1] is None:
        out.pop()
    return out


def keyed(data: Any, cls: type[Any]) -> Any:
    """The converter's JSON of a record of type ``cls`` from a row's JSON in either form: positional (:func:`positional`)
    or the converter's own, as a store of version 5 or before holds and a corpus folder's tables hold.

    An array of a record's fields becomes the object of its keys (``null``: a
    key left out); an object stays an object. Whatever else a damaged row
    holds is left as it is, in its place, for the converter to refuse as it
    refuses a file's: an array longer than the record's fields, a value of
    another type.
    """
    kind: Any = cls  # a class is hashable, whatever the type checker makes of type[Any]
    fields = _fields(kind)
    if type(data) is list:
        if len(data) > len(fields):
            return data
        pairs: Iterable[tuple[str, Any]] = ((f[0], v) for f, v in zip(fields, data, strict=False) if v is not None)
    elif type(data) is dict:
        pairs = data.items()
    else:
        return data
    holding = {name: (holds, kind) for name, holds, kind in fields}
    out: dict[str, Any] = {}
    for name, value in pairs:
        holds, kind = holding.get(name, (_LEAF, None))
        if kind is not None and holds == _RECORDS:
            value = [keyed(item, kind) for item in value] if type(value) is list else value
        elif kind is not None:
            value = keyed(value, kind)
        out[name] = value
    return out


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

