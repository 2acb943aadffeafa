"""The one cattrs converter: how every record becomes JSON and back.

Files carry a ``schema_version``; a structuring problem becomes a list of
messages, each naming the JSON path (``$.meetings[3].date``) and the reason.
Structuring is strict: a value of the wrong JSON type is refused, never
coerced (``"no"`` is not a flag, ``886.9`` and ``"886"`` are not integers),
and text holding what no export can write (a NUL, another control
character, an unpaired surrogate) is refused where it is read.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, TypeVar

import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.preconf.json import make_converter

from .dates import DateBasis, PartialDate, Precision
from .text import text_problem

__all__ = ["SCHEMA_VERSION", "converter", "dumps", "structure", "unstructure"]

#: The version of the JSON files this library writes; it reads this version only.
SCHEMA_VERSION = 1

T = TypeVar("T")

converter = make_converter(omit_if_default=True, forbid_extra_keys=True)


def _structure_date(value: Any, _type: type) -> _dt.date:
    if not isinstance(value, str):
        raise ValueError(f"a date must be an ISO string 'YYYY-MM-DD', not {value!r}")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a valid ISO date 'YYYY-MM-DD'") from None


def _structure_str(value: Any, _type: type) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, not {_json_type(value)}")
    problem = text_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _structure_int(value: Any, _type: type) -> int:
    if type(value) is not int:  # bool is an int subclass, but not a JSON number
        raise ValueError(f"expected an integer, not {_json_type(value)}")
    return value


def _structure_bool(value: Any, _type: type) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, not {_json_type(value)}")
    return value


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a decimal number", str: "a string", list: "a list", dict: "an object"}
    kind = names.get(type(value), type(value).__name__)
    return "null" if value is None else f"{kind} {_short(value)}"


def _short(value: Any) -> str:
    if isinstance(value, (list, dict)):
        return "[...]" if isinstance(value, list) else "{...}"
    text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + "..."


converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(bool, _structure_bool)
converter.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
converter.register_structure_hook(_dt.date, _structure_date)

_DATE_KEYS = {"iso", "precision", "basis", "reason", "reference"}


def _unstructure_partial(value: PartialDate) -> dict[str, Any]:
    out: dict[str, Any] = {"iso": value.iso, "precision": value.precision.value, "basis": value.basis.value}
    if value.reason is not None:
        out["reason"] = value.reason
    if value.reference is not None:
        out["reference"] = value.reference
    return out


def _structure_partial(value: Any, _type: type) -> PartialDate:
    if value is None or isinstance(value, str):
        return PartialDate.from_iso(value)
    if not isinstance(value, dict):
        raise ValueError(f"a date must be an ISO string or an object with 'iso', not {value!r}")
    extra = set(value) - _DATE_KEYS
    if extra:
        raise ValueError(f"unknown date field(s): {', '.join(sorted(extra))}")
    try:
        basis = DateBasis(value.get("basis", "stated"))
    except ValueError:
        raise ValueError(f"date basis {value.get('basis')!r} is not one of {', '.join(b.value for b in DateBasis)}") from None
    reason, reference = (None if value.get(k) is None else _structure_str(value[k], str) for k in ("reason", "reference"))
    date = PartialDate.from_iso(value.get("iso"), basis=basis, reason=reason, reference=reference)
    stated = value.get("precision")
    if stated is not None and stated != date.precision.value:
        valid = ", ".join(p.value for p in Precision)
        raise ValueError(f"precision {stated!r} does not match the date {date.iso!r} (one of: {valid})")
    return date


converter.register_unstructure_hook(PartialDate, _unstructure_partial)
converter.register_structure_hook(PartialDate, _structure_partial)


def unstructure(value: Any) -> Any:
    """Plain JSON-ready data for a record, or a list or tuple of records."""
    return converter.unstructure(value)


def structure(data: Any, cls: type[T]) -> T:
    """A record of type ``cls`` from plain data; raises cattrs' grouped validation errors."""
    return converter.structure(data, cls)


def dumps(data: Any) -> str:
    """Stable, readable JSON: sorted keys are not used, so field order follows the records."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _describe(exc: BaseException, _type: type | None) -> str:
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s): {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ValueError) and str(exc):
        return str(exc)
    if isinstance(exc, TypeError) and _type is not None:
        name = getattr(_type, "__name__", str(_type))
        return f"expected {name}: {exc}"
    return cattrs.v.format_exception(exc, _type)


def error_messages(exc: BaseException, path: str = "$") -> list[str]:
    """One ``reason @ $.json.path`` message per problem found by the converter."""
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        return cattrs.transform_error(exc, path=path, format_exception=_describe)
    return [f"{_describe(exc, None)} @ {path}"]
