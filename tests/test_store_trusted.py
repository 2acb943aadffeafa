"""A record a store reads is made of its fields alone only when that is all its class's constructor makes of them.

A store makes each record of its rows without the constructor (the values
were checked when written): each field set as ``__init__`` would set it, a
default or a converter's value. That is the same record only for a class
whose ``__init__`` does nothing else. A class with a hook that runs in
``__init__`` (``__attrs_pre_init__``, ``__attrs_post_init__``), a field
``__init__`` does not take, a cached hash, or an ``__init__`` of its own is
made by the converter instead, through its constructor; the store's records
have none of them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import cattrs
import pytest

from caucasus_talks import model
from caucasus_talks.dates import parse_partial
from caucasus_talks.serialize import converter, error_messages
from caucasus_talks.store import stored
from caucasus_talks.store.rows import dumps, positional
from caucasus_talks.store.stored import stored_record


def _rows(record: Any) -> list[str]:
    """A record's JSON in both forms a store reads: positional, as it writes it, and the converter's keyed."""
    data = converter.unstructure(record)
    return [dumps(positional(data, type(record))), dumps(data)]


@attrs.frozen
class Trimmed:
    """A name the constructor trims after setting it."""

    name: str

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "name", self.name.strip())


@attrs.frozen
class Counted:
    """A count ``__init__`` works out from the words: no field of the JSON sets it."""

    words: tuple[str, ...] = attrs.field(converter=tuple)
    count: int = attrs.field(init=False)

    @count.default
    def _count(self) -> int:
        return len(self.words)


@attrs.frozen(cache_hash=True)
class Hashed:
    """A record whose hash ``__init__`` makes ready to be cached."""

    name: str


@attrs.frozen(init=False)
class Upper:
    """A record with an ``__init__`` of its own."""

    name: str

    def __init__(self, name: str) -> None:
        self.__attrs_init__(name.upper())


@attrs.frozen
class Holder:
    """A plain record that holds one of those."""

    name: str
    held: Trimmed | None = None


@pytest.mark.parametrize(
    ("cls", "data", "record"),
    [
        (Trimmed, {"name": "  padded "}, Trimmed("padded")),
        (Hashed, {"name": "a"}, Hashed("a")),
        (Upper, {"name": "b"}, Upper("B")),
        (Holder, {"name": "plain", "held": {"name": " held "}}, Holder("plain", Trimmed("held"))),
    ],
    ids=["post-init", "cached hash", "own init", "holding one"],
)
def test_a_record_whose_constructor_makes_more_than_its_fields_is_made_by_the_converter(
    cls: type[Any], data: dict[str, Any], record: Any
) -> None:
    assert converter.structure(data, cls) == record
    for row in [dumps(positional(data, cls)), dumps(data)]:
        made = stored_record(row, cls)
        assert made == record
        assert type(made) is cls
        assert hash(made) == hash(record)
        assert attrs.asdict(made) == attrs.asdict(record)


def test_a_field_the_constructor_sets_itself_is_worked_out_by_it_and_refused_in_a_row() -> None:
    data = {"words": ["a", "b", "c"]}
    for row in [dumps(positional(data, Counted)), dumps(data)]:
        made = stored_record(row, Counted)
        assert made == Counted(["a", "b", "c"])
        assert made.count == 3
        assert type(made.words) is tuple
    counted = {"words": ["a", "b", "c"], "count": 5}
    with pytest.raises(cattrs.ClassValidationError) as by_converter:
        converter.structure(counted, Counted)
    for row in [dumps(positional(counted, Counted)), dumps(counted)]:
        with pytest.raises(cattrs.ClassValidationError) as by_store:
            stored_record(row, Counted)
        assert error_messages(by_store.value) == error_messages(by_converter.value)


#: A record of each class a store reads, with values its fields' converters change (a list, a repeated name).
STORED = [
    model.Meeting(id="m-1", topics=["peace", "peace"], evidence=[model.Evidence("d", 0, 2, "ab")]),
    model.Statement(id="s-1", speakers=["a", "b", "a"], text="Yes.", date=parse_partial("2020")),
    model.Participant(id="p", name="P", aliases=["Q", "Q"], offices=[model.Office(title="Minister")]),
    model.Attendance(participant="p", by_office=True),
    model.Location(city="Geneva", basis=model.Basis("known")),
    model.Reading(field="date", value="2020", preferred=True),
    model.Evidence("d", 3, 5, "ab"),
    model.Basis("known", "a reference"),
    model.Reviewed(by="someone", on=dt.date(2026, 12, 8)),
    model.Office(title="Minister"),
]


@pytest.mark.parametrize("record", STORED, ids=[type(r).__name__ for r in STORED])
def test_the_store_s_records_are_made_of_their_fields_without_the_converter(record: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cls = type(record)

    def checked(*_args: Any) -> None:
        raise AssertionError(f"{cls.__name__} given to the converter")

    monkeypatch.setattr(stored, "keyed", checked)  # (the way to the converter, for a row not made of its fields)
    for row in _rows(record):
        made = stored_record(row, cls)
        assert made == record
        assert type(made) is cls
