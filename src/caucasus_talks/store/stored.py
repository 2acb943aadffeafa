"""Records from the rows a store wrote: the JSON's types checked, the values trusted, recurring dates shared.

The converter (:mod:`caucasus_talks.serialize`) checks every value of a file
it reads: ids, texts, spans, dates, each through the records' validators. A
store checked each record so when it wrote it, and checking it again on every
read cost most of a large answer's time (some 0.1 ms a meeting). A row the
store wrote is made into its record here without the validators: each value
must still be of its field's type as JSON gives it (a string, an integer, a
list, an object with the record's own keys, an enum's value), and a row that
is not what the store writes (damaged, or edited by hand) is given to the
converter instead, which structures it or says why not, as for a file.

What is trusted is what the validators and the converter's text checks
would say of the values: that an id is an id, a span's quote as long as the
span, a text free of control characters. It was checked when written
(:mod:`.write`), and :meth:`Store.verify <caucasus_talks.store.Store.verify>`
checks it again on demand, through the converter. Data from outside a store
(files, extractions, records made in code) never comes here.

A date (:class:`~caucasus_talks.PartialDate`) is made once by the converter
for each JSON value and shared by the records that have it: the records are
frozen, and the rows of one answer share a few hundred days. A short text
(64 characters or fewer: an id, a name, a role, a quoted name) is one string
for every record that holds it (:func:`sys.intern`, which frees it with its
last holder): a span's document id and the name it quotes recur in every
record of an answer, and kept once each they are some 40% of a meeting's
memory.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

from ..dates import PartialDate
from ..serialize import converter

__all__ = ["stored_record"]

R = TypeVar("R")
_Make = Callable[[Any], Any]


class _NotStored(Exception):
    """A value that is not what the store writes: the converter decides what it is."""


def stored_record(text: str, cls: type[R]) -> R:
    """The record of type ``cls`` a row's JSON holds, made as the store wrote it (see the module's text).

    Equal to what :func:`.rows.record_from` makes of the same row, with the
    values' checks left out; a row the store did not write as such goes
    through the converter, which raises for it as for a file.
    """
    data = json.loads(text)
    kind: Any = cls  # a class is hashable, whatever the type checker makes of type[R]
    try:
        made: R = _maker(kind)(data)
    except Exception:  # anything that is not as the store writes it: the converter structures it or says why not
        return converter.structure(data, cls)
    return made


#: The maker of each type, made on first use (records are made by the thousand: each maker is written once).
_MAKERS: dict[Any, _Make] = {}


def _maker(kind: Any) -> _Make:
    """How a value of type ``kind`` is made from the JSON the converter wrote for it."""
    made = _MAKERS.get(kind)
    if made is None:
        made = _MAKERS.setdefault(kind, _new_maker(kind))
    return made


def _new_maker(kind: Any) -> _Make:
    if kind is str:
        return _string
    if kind is int:
        return _integer
    if kind is bool:
        return _flag
    if kind is _dt.date:
        return _day
    if kind is PartialDate:
        return _date
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return _member(kind)
    if isinstance(kind, type) and attrs.has(kind):
        return _record(kind)
    args = typing.get_args(kind)
    if isinstance(kind, types.UnionType) and len(args) == 2 and type(None) in args:
        return _optional(_maker(next(a for a in args if a is not type(None))))
    if typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _strings if args[0] is str else _sequence(_maker(args[0]))
    raise TypeError(f"no stored form of {kind!r}")  # a field type the records do not have


def _string(value: Any) -> str:
    if type(value) is not str:
        raise _NotStored
    return value


def _integer(value: Any) -> int:
    if type(value) is not int:
        raise _NotStored
    return value


def _flag(value: Any) -> bool:
    if type(value) is not bool:
        raise _NotStored
    return value


def _day(value: Any) -> _dt.date:
    if type(value) is not str:
        raise _NotStored
    return _dt.date.fromisoformat(value)


def _date(value: Any) -> PartialDate:
    if type(value) is not dict:
        raise _NotStored
    return _date_of(tuple(value.items()))


@functools.lru_cache(maxsize=8192)
def _date_of(items: tuple[tuple[str, Any], ...]) -> PartialDate:
    """The date of a JSON object's items, made by the converter once (dates recur: a few hundred days an answer)."""
    return converter.structure(dict(items), PartialDate)


def _member(kind: type[enum.Enum]) -> _Make:
    members = {m.value: m for m in kind}

    def make(value: Any) -> enum.Enum:
        if type(value) is not str:
            raise _NotStored
        return members[value]

    return make


def _optional(inner: _Make) -> _Make:
    return lambda value: None if value is None else inner(value)


def _strings(value: Any) -> tuple[str, ...]:
    if type(value) is not list or not all(type(item) is str for item in value):
        raise _NotStored
    return tuple(value)


def _sequence(inner: _Make) -> _Make:
    def make(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _NotStored
        return tuple([inner(item) for item in value])

    return make


#: The test of a JSON value of each leaf type, written into a record's maker as is (``v`` is the value).
_LEAF_TESTS: dict[Any, str] = {
    str: "type(v) is not str",
    int: "type(v) is not int",
    bool: "type(v) is not bool",
    str | None: "v is not None and type(v) is not str",
    int | None: "v is not None and type(v) is not int",
}

#: The types of a text field, and the longest text that is shared between the records that hold it (see the module's text).
_TEXTS = (str, str | None)
_SHARED_LENGTH = 64


def _slot_setter(kind: type[Any], name: str) -> Callable[[Any, Any], None] | None:
    """The ``__set__`` of a slotted record's field (what ``object.__setattr__`` finds and calls), or None."""
    slot = kind.__dict__.get(name)
    return slot.__set__ if isinstance(slot, types.MemberDescriptorType) else None


def _record(kind: type[Any]) -> _Make:
    """An attrs record from its JSON object: each field as its ``__init__`` sets it (default, converter), unvalidated.

    The maker is written as Python for the record's fields, as attrs writes
    ``__init__`` and cattrs its structuring functions, and compiled once. An
    object with every field's key, as the store writes most records, takes a
    path without a test of each key (a key missing there is looked for field by
    field, as in any other object).
    """
    hints = typing.get_type_hints(kind)
    scope: dict[str, Any] = {"kind": kind, "intern": sys.intern, "new": object.__new__, "put": object.__setattr__}
    scope["NotStored"] = _NotStored
    fields = attrs.fields(kind)

    def value(name: str, pad: str) -> list[str]:
        """The lines that check or make ``v``, the JSON value of field ``name``, indented by ``pad``."""
        test = _LEAF_TESTS.get(hints[name])
        if test is None:
            if f"make_{name}" not in scope:  # (both paths call one maker, made once)
                scope[f"make_{name}"] = _maker(hints[name])
            return [f"{pad}v = make_{name}(v)"]
        out = [f"{pad}if {test}:", f"{pad}    raise NotStored"]
        if hints[name] in _TEXTS:
            out += [f"{pad}if v is not None and len(v) <= {_SHARED_LENGTH}:", f"{pad}    v = intern(v)"]
        return out

    def store(f: Any, pad: str) -> list[str]:
        """The lines that convert ``v`` as the field's ``__init__`` does and set it on ``r``."""
        out = []
        if f.converter is not None:
            scope[f"convert_{f.name}"] = f.converter
            out.append(f"{pad}v = convert_{f.name}(v)")
        setter = _slot_setter(kind, f.name)
        if setter is None:
            out.append(f"{pad}put(r, {f.name!r}, v)")  # how attrs' own __init__ sets the fields of a frozen record
        else:
            scope[f"set_{f.name}"] = setter  # a slotted record's field: its slot set at once (no lookup by name)
            out.append(f"{pad}set_{f.name}(r, v)")
        return out

    lines = ["def make(data):", "    if type(data) is not dict:", "        raise NotStored"]
    lines += [f"    if len(data) == {len(fields)}:", "        try:"]
    lines += [f"            v{k} = data[{f.name!r}]" for k, f in enumerate(fields)]
    lines += ["        except KeyError:", "            pass", "        else:", "            r = new(kind)"]
    for k, f in enumerate(fields):
        lines.append(f"            v = v{k}")
        lines += value(f.name, " " * 12)
        lines += store(f, " " * 12)
    lines += ["            return r", "    r = new(kind)", "    n = 0"]
    for f in fields:
        name = f.name
        lines.append(f"    if {name!r} in data:")
        lines.append(f"        v = data[{name!r}]")
        lines.append("        n += 1")
        lines += value(name, " " * 8)
        lines.append("    else:")
        default = f.default
        if default is attrs.NOTHING:
            lines.append("        raise NotStored  # a required field missing")
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            scope[f"factory_{name}"] = default.factory
            lines.append(f"        v = factory_{name}({'r' if default.takes_self else ''})")
        else:
            scope[f"default_{name}"] = default
            lines.append(f"        v = default_{name}")
        lines += store(f, " " * 4)
    lines.append("    if n != len(data):")
    lines.append("        raise NotStored  # a key that is no field")
    lines.append("    return r")
    # the code is made here, of the record's field names only
    exec(compile("\n".join(lines), f"<stored {kind.__name__}>", "exec"), scope)
    made: _Make = scope["make"]
    return made
