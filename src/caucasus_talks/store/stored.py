"""Records from the rows a store wrote: the JSON's types checked, the values trusted, recurring dates shared.

The converter (:mod:`caucasus_talks.serialize`) checks every value of a file
it reads: ids, texts, spans, dates, each through the records' validators. A
store checked each record so when it wrote it, and checking it again on every
read cost most of a large answer's time (some 0.1 ms a meeting). A row the
store wrote is made into its record here without the validators: each value
must still be of its field's type as JSON gives it (a string, an integer, a
list, a record's array or object, an enum's value), and a row that is not
what the store writes (damaged, or edited by hand) is given to the converter
instead (:func:`.rows.keyed` of it), which structures it or says why not, as
for a file.

A store writes each meeting and statement in positional form
(:func:`.rows.positional`: each record an array of its fields' values in
order, ``null`` for a default); a record's maker takes that, and the
converter's own keyed objects as well (participants, rows of a store of
version 5 or before, rows edited by hand).

What is trusted is what the validators and the converter's text checks
would say of the values: that an id is an id, a span's quote as long as the
span, a text free of control characters. It was checked when written
(:mod:`.write`), and :meth:`Store.verify <caucasus_talks.store.Store.verify>`
checks it again on demand, through the converter. Data from outside a store
(files, extractions, records made in code) never comes here. A record is made
so only when its class's ``__init__`` does nothing but set and check its
fields (:func:`_made_of_its_fields`); one of another class is the converter's.

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
from .rows import keyed

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
    data = _json(text)
    kind: Any = cls  # a class is hashable, whatever the type checker makes of type[R]
    try:
        made: R = _maker(kind)(data)
    except Exception:  # anything that is not as the store writes it: the converter structures it or says why not
        return converter.structure(keyed(data, cls), cls)
    return made


#: The scanner of ``json.loads`` (as a decoder of the default settings makes it): one JSON value from a position of a text.
_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]  # (set by __init__)


def _json(text: str) -> Any:
    """``json.loads(text)`` of a row as the store writes it, compact (:func:`.rows.dumps`): the value scanned at once.

    ``json.loads`` first and last skips any white space around the value, with
    a regular expression each time (some 2 µs a row: 3 ms of a year's meetings
    of one person at 100k documents). Any other text (white space around the
    value, something after it, no JSON) goes to ``json.loads``, which reads it
    or raises as before.
    """
    try:
        data, end = _scan(text, 0)
    except StopIteration:
        return json.loads(text)
    if end != len(text):
        return json.loads(text)
    return data


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
        return _record(kind) if _made_of_its_fields(kind) else _refused
    args = typing.get_args(kind)
    if isinstance(kind, types.UnionType) and len(args) == 2 and type(None) in args:
        return _optional(_maker(next(a for a in args if a is not type(None))))
    if typing.get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _strings if args[0] is str else _sequence(_maker(args[0]))
    raise TypeError(f"no stored form of {kind!r}")  # a field type the records do not have


#: The slot in which attrs keeps a record's hash when its class caches it (``cache_hash=True``).
_HASH_CACHE = "_attrs_cached_hash"


def _made_of_its_fields(kind: type[Any]) -> bool:
    """Whether a record of class ``kind`` is its fields and nothing else: what attrs' own ``__init__`` sets them to (a
    default, a converter's value) is all its constructor does, besides the validators' checks.

    Not so when the class has a hook that runs in ``__init__`` (``__attrs_pre_init__``, ``__attrs_post_init__``:
    a derived value, a cache), a field ``__init__`` does not take (``init=False``: set by the class, not read from its
    JSON), a cached hash (a slot ``__init__`` clears) or an ``__init__`` of its own: a record of such a class is made
    by the converter, through its ``__init__`` (the records of :mod:`caucasus_talks.model` have none of them).
    """
    if hasattr(kind, "__attrs_pre_init__") or hasattr(kind, "__attrs_post_init__"):
        return False
    if not all(f.init for f in attrs.fields(kind)) or _HASH_CACHE in getattr(kind, "__slots__", ()):
        return False
    init = getattr(kind.__init__, "__code__", None)  # attrs writes __init__ in a file of its own name
    return init is not None and init.co_filename.startswith("<attrs generated")


def _refused(value: Any) -> Any:
    """The maker of a record whose class computes more than its fields (see :func:`_made_of_its_fields`): none, the
    converter makes it."""
    raise _NotStored


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


def _keeps_tuples(convert: Callable[[Any], Any]) -> bool:
    """Whether a field's converter hands a tuple back as it is (as ``tuple`` does): then a tuple just made needs none."""
    sample = (object(),)
    try:
        return convert(sample) is sample
    except Exception:
        return False


def _empty_when_converted(convert: Callable[[Any], Any], default: Any) -> bool:
    """Whether a field's converter makes its default the empty tuple: then the default is converted once, not for each
    record (there is one empty tuple)."""
    try:
        converted = convert(default)
    except Exception:
        return False
    return type(converted) is tuple and not converted


def _record(kind: type[Any]) -> _Make:
    """An attrs record from its JSON: each field as its ``__init__`` sets it (default, converter), unvalidated.

    The maker is written as Python for the record's fields, as attrs writes
    ``__init__`` and cattrs its structuring functions, and compiled once. An
    array (the positional form the store writes, :func:`.rows.positional`) is
    unpacked at once, its missing last fields filled with ``null``, and each
    ``null`` is the field's default. An object (the converter's keyed form)
    with every field's key takes a path without a test of each key (a key
    missing there is looked for field by field, as in any other object).
    """
    hints = typing.get_type_hints(kind)
    scope: dict[str, Any] = {"kind": kind, "intern": sys.intern, "new": object.__new__, "put": object.__setattr__}
    scope["NotStored"] = _NotStored
    fields = attrs.fields(kind)

    def value(name: str, pad: str) -> tuple[list[str], bool]:
        """The lines that check or make ``v``, the JSON value of field ``name``, indented by ``pad``; and whether
        they make a tuple of records.

        A leaf (a text, a number, a flag, an enum's value) is tested in
        line, and so are the list of a sequence of records and the ``None``
        of an optional value: each record, or other value, is made by its
        type's own maker, with a call less for each than through the maker of
        the sequence or of the optional value (the same values, tested the
        same; a meeting has a dozen spans).
        """
        hint = hints[name]
        test = _LEAF_TESTS.get(hint)
        if test is not None:
            out = [f"{pad}if {test}:", f"{pad}    raise NotStored"]
            if hint is str:
                out += [f"{pad}if len(v) <= {_SHARED_LENGTH}:", f"{pad}    v = intern(v)"]
            elif hint in _TEXTS:
                out += [f"{pad}if v is not None and len(v) <= {_SHARED_LENGTH}:", f"{pad}    v = intern(v)"]
            return out, False
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            scope[f"members_{name}"] = {m.value: m for m in hint}  # (a value no member has: KeyError, as _member's)
            return [f"{pad}if type(v) is not str:", f"{pad}    raise NotStored", f"{pad}v = members_{name}[v]"], False
        args = typing.get_args(hint)
        if isinstance(hint, types.UnionType) and len(args) == 2 and type(None) in args:
            scope[f"make_{name}"] = _maker(next(a for a in args if a is not type(None)))
            return [f"{pad}if v is not None:", f"{pad}    v = make_{name}(v)"], False
        item = args[0] if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis else None
        if isinstance(item, type) and attrs.has(item):
            scope[f"make_{name}"] = _maker(item)
            out = [f"{pad}if type(v) is not list:", f"{pad}    raise NotStored", f"{pad}v = tuple([make_{name}(x) for x in v])"]
            return out, True
        scope[f"make_{name}"] = _maker(hint)
        return [f"{pad}v = make_{name}(v)"], False

    def convert(f: Any, pad: str, made_tuple: bool) -> list[str]:
        """The line that converts ``v`` as the field's ``__init__`` does, if any: none for a tuple just made when the
        converter hands a tuple back as it is (``tuple``, as the records' sequences have)."""
        if f.converter is None or (made_tuple and _keeps_tuples(f.converter)):
            return []
        scope[f"convert_{f.name}"] = f.converter
        return [f"{pad}v = convert_{f.name}(v)"]

    def put(f: Any, pad: str) -> str:
        """The line that sets ``v`` on ``r``."""
        setter = _slot_setter(kind, f.name)
        if setter is None:
            return f"{pad}put(r, {f.name!r}, v)"  # how attrs' own __init__ sets the fields of a frozen record
        scope[f"set_{f.name}"] = setter  # a slotted record's field: its slot set at once (no lookup by name)
        return f"{pad}set_{f.name}(r, v)"

    def absent(f: Any, pad: str) -> list[str]:
        """The lines that make ``v`` the value of field ``f`` when its JSON leaves it out (its default)."""
        name, default = f.name, f.default
        if default is attrs.NOTHING:
            return [f"{pad}raise NotStored  # a required field missing"]
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            scope[f"factory_{name}"] = default.factory
            return [f"{pad}v = factory_{name}({'r' if default.takes_self else ''})", *convert(f, pad, False)]
        if f.converter is not None and _empty_when_converted(f.converter, default):
            scope[f"default_{name}"] = ()  # an empty sequence's default, converted once: the one empty tuple
            return [f"{pad}v = default_{name}"]
        scope[f"default_{name}"] = default
        return [f"{pad}v = default_{name}", *convert(f, pad, False)]

    count = len(fields)
    # the positional form (:func:`.rows.positional`): the fields' values in order, null for a default, the last nulls
    # left out (filled in here from ``pads``); a required field's own test refuses its null
    scope["pads"] = [[None] * (count - k) for k in range(count + 1)]
    names = ", ".join(f"v{k}" for k in range(count)) + ("," if count == 1 else "")
    lines = ["def make(data):", "    if type(data) is list:", "        k = len(data)", f"        if k != {count}:"]
    lines += [f"            if k > {count}:", "                raise NotStored", "            data = data + pads[k]"]
    lines += [f"        {names} = data", "        r = new(kind)"]
    for k, f in enumerate(fields):
        lines.append(f"        v = v{k}")
        checks, made_tuple = value(f.name, " " * 12 if f.default is not attrs.NOTHING else " " * 8)
        if f.default is attrs.NOTHING:
            lines += checks + convert(f, " " * 8, made_tuple)
        else:
            lines += ["        if v is None:", *absent(f, " " * 12), "        else:"]
            lines += checks + convert(f, " " * 12, made_tuple)
        lines.append(put(f, " " * 8))
    lines += ["        return r", "    if type(data) is not dict:", "        raise NotStored"]
    # the converter's own form, keyed (a store of version 5 or before, a row edited by hand): every key at once, or
    # field by field
    lines += [f"    if len(data) == {count}:", "        try:"]
    lines += [f"            v{k} = data[{f.name!r}]" for k, f in enumerate(fields)]
    lines += ["        except KeyError:", "            pass", "        else:", "            r = new(kind)"]
    for k, f in enumerate(fields):
        lines.append(f"            v = v{k}")
        checks, made_tuple = value(f.name, " " * 12)
        lines += checks + convert(f, " " * 12, made_tuple) + [put(f, " " * 12)]
    lines += ["            return r", "    r = new(kind)", "    n = 0"]
    for f in fields:
        name = f.name
        lines.append(f"    if {name!r} in data:")
        lines.append(f"        v = data[{name!r}]")
        lines.append("        n += 1")
        checks, made_tuple = value(name, " " * 8)
        lines += checks + convert(f, " " * 8, made_tuple)
        lines.append("    else:")
        lines += absent(f, " " * 8)
        lines.append(put(f, " " * 4))
    lines.append("    if n != len(data):")
    lines.append("        raise NotStored  # a key that is no field")
    lines.append("    return r")
    # the code is made here, of the record's field names only
    exec(compile("\n".join(lines), f"<stored {kind.__name__}>", "exec"), scope)
    made: _Make = scope["make"]
    return made
