"""The place registry: cities, countries, regions and venues with their spellings, codes and what lies in what."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from pathlib import Path

import attrs

from .._data import bundled_table, once
from .._files import read_table
from ..errors import DataError, Problem
from ..model import _tuple, _unique_strings, _valid_id
from ._index import NameIndex

__all__ = ["Place", "PlaceKind", "PlaceRegistry", "places"]


class PlaceKind(enum.Enum):
    CITY = "city"
    COUNTRY = "country"
    VENUE = "venue"
    REGION = "region"
    ORGANIZATION = "organization"


_CODE_RE = re.compile(r"[A-Z]{2,3}")


def _codes(value: Iterable[str]) -> tuple[str, ...]:
    """ISO 3166-1 codes, upper-case: two letters (alpha-2) or three (alpha-3)."""
    codes = _unique_strings(str(v).upper() for v in value)
    for code in codes:
        if not _CODE_RE.fullmatch(code):
            raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 or alpha-3 code")
    return codes


@attrs.frozen(kw_only=True)
class Place:
    """A place with its canonical English name, other spellings and, for a country, its demonyms and ISO codes.

    ``roles`` maps a generic office title to the title that fills it in this
    country ("Leader" is the "Prime Minister" in Armenia, the "Chancellor" in
    Germany); a generic title absent from ``roles`` means its usual holder
    (see :class:`~caucasus_talks.registry.OfficeTitle`).

    ``within`` names (by id) the places this one lies in beyond its
    ``country`` and ``city``: Arlington lies in Virginia. ``codes`` are a
    country's ISO 3166-1 alpha-2 and alpha-3 codes; they are looked up with
    :meth:`PlaceRegistry.by_code`, never read as names in a text ("AM").
    """

    id: str = attrs.field(validator=_valid_id)
    name: str
    kind: PlaceKind = PlaceKind.CITY
    country: str | None = None
    city: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    capital: str | None = None
    roles: dict[str, str] = attrs.field(factory=dict, hash=False)
    codes: tuple[str, ...] = attrs.field(default=(), converter=_codes)
    within: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    notes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, every alias and every demonym."""
        return (self.name, *self.aliases, *self.demonyms)

    @property
    def is_city(self) -> bool:
        """A city, or a region that bears its capital city's name (Nakhchivan): where a meeting there was held."""
        return self.kind is PlaceKind.CITY or (self.kind is PlaceKind.REGION and self.capital == self.name)


class PlaceRegistry(NameIndex[Place]):
    """Places by id, name, alias or demonym (``lookup("Armenian")`` is Armenia).

    >>> places().lookup("Khankendi").name
    'Stepanakert'
    """

    def __init__(self, records: list[Place]) -> None:
        super().__init__(
            records,
            what="place",
            id_of=lambda p: p.id,
            names_of=lambda p: p.names,
            display=lambda p: p.name,
        )
        self._by_code: dict[str, Place] = {}
        for place in self:
            for code in place.codes:
                other = self._by_code.setdefault(code, place)
                if other is not place:
                    raise ValueError(f"code {code!r} is given to two places: {other.id!r} and {place.id!r}")
            for outer in place.within:
                if outer not in self:
                    raise ValueError(f"place {place.id!r} lies within {outer!r}, which is not a place id")
        self._parts: dict[str, list[Place]] | None = None

    @classmethod
    def from_files(cls, *paths: Path, bundled: bool = True) -> PlaceRegistry:
        """The bundled places plus those of ``paths`` (a later file's id replaces an earlier one)."""
        records: dict[str, Place] = {}
        if bundled:
            for p in _bundled():
                records[p.id] = p
        for path in paths:
            for p in read_table(Path(path), "places", Place):
                records[p.id] = p
        try:
            return cls(list(records.values()))
        except ValueError as exc:
            shown = ", ".join(map(str, paths)) or "bundled registry"
            raise DataError([Problem(shown, "$.places", str(exc))]) from None

    def by_code(self, code: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 or alpha-3 code, in any case (``"am"``, ``"ARM"``), or ``None``.

        >>> places().by_code("AZ").name
        'Azerbaijan'
        """
        return self._by_code.get(code.strip().upper())

    def outer(self, place: Place) -> list[Place]:
        """The places ``place`` lies directly in: those its ``within`` names, its city (a venue's) and its country."""
        out = [p for i in place.within if (p := self.get(i)) is not None]
        if place.kind is PlaceKind.VENUE and place.city:
            out.extend(p for p in self.matches(place.city) if p.kind is PlaceKind.CITY)
        if place.kind is not PlaceKind.COUNTRY and place.country:
            out.extend(p for p in self.matches(place.country) if p.kind is PlaceKind.COUNTRY)
        return list({p.id: p for p in out if p.id != place.id}.values())

    def inside(self, place: Place) -> list[Place]:
        """``place`` and every place that lies in it, however deep (Virginia: Arlington and Arlington's venues).

        >>> [p.name for p in places().inside(places().lookup("Virginia"))][:2]
        ['Virginia', 'Arlington']
        """
        if self._parts is None:
            parts: dict[str, list[Place]] = {}
            for inner in self:
                for outer in self.outer(inner):
                    parts.setdefault(outer.id, []).append(inner)
            self._parts = parts
        found = {place.id: place}
        todo = [place]
        while todo:
            for inner in self._parts.get(todo.pop().id, ()):
                if inner.id not in found:
                    found[inner.id] = inner
                    todo.append(inner)
        return list(found.values())

    def countries(self) -> list[Place]:
        return [p for p in self if p.kind is PlaceKind.COUNTRY]

    def cities(self) -> list[Place]:
        return [p for p in self if p.kind is PlaceKind.CITY]

    def city_of(self, name: str) -> Place | None:
        """The city a name designates: the city itself (or a region named for its capital city), or the city of a
        venue; ``None`` otherwise.

        >>> places().city_of("Blair House").name
        'Washington'
        """
        for place in self.matches(name):
            if place.is_city:
                return place
            if place.kind is PlaceKind.VENUE and place.city:
                cities = [c for c in self.matches(place.city) if c.kind is PlaceKind.CITY]
                if cities:
                    return cities[0]
        return None


@once
def _bundled() -> list[Place]:
    return bundled_table("registry/places.json", "places", Place)


@once
def places() -> PlaceRegistry:
    """The bundled place registry, read once on first use."""
    return PlaceRegistry(_bundled())
