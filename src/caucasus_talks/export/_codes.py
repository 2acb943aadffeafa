"""Actor codes for event data: ISO 3166-1 alpha-3 for a state, ``IGO`` for an international organization.

The names ship in ``data/country_codes.json`` and are read once, on first use.
"""

from __future__ import annotations

import json

from .._data import bundled_text, once
from ..text import fold

__all__ = ["actor_code", "country_code", "is_igo"]


@once
def _index() -> tuple[dict[str, str], frozenset[str]]:
    data = json.loads(bundled_text("country_codes.json"))
    countries = {fold(name): row["alpha_3"] for row in data["countries"] for name in row["names"]}
    igos = frozenset(fold(name) for name in data["igos"])
    return countries, igos


def country_code(name: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 code of a country name (``"Armenia"`` -> ``"ARM"``), or ``None``."""
    if not name:
        return None
    return _index()[0].get(fold(name))


def actor_code(*names: str | None) -> str | None:
    """The PLOVER actor code of the first name that is a country or an international organization."""
    countries, igos = _index()
    for name in names:
        if not name:
            continue
        key = fold(name)
        if key in countries:
            return countries[key]
        if key in igos:
            return "IGO"
    return None


def is_igo(name: str | None) -> bool:
    """Whether ``name`` is an international organization (``"European Council"``, ``"NATO"``)."""
    return bool(name) and fold(name or "") in _index()[1]
