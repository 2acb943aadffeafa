"""The place registry: cities, countries, regions and venues with their spellings."""

from __future__ import annotations

import enum
from pathlib import Path

import attrs

from .._data import bundled_table, once
from .._files import read_table
from ..model import _tuple, _unique_strings, _valid_id
from ._index import NameIndex

__all__ = ["Place", "PlaceKind", "PlaceRegistry", "places"]


class PlaceKind(enum.Enum):
    CITY = "city"
    COUNTRY = "country"
    VENUE = "venue"
    REGION = "region"
    ORGANIZATION = "organization"


@attrs.frozen(kw_only=True)
class Place:
    """A place with its canonical English name, other spellings and, for a country, its demonyms.

    ``roles`` maps a generic office title to the title that fills it in this
    country ("Leader" is the "Prime Minister" in Armenia, the "Chancellor" in
    Germany); a generic title absent from ``roles`` means its usual holder
    (see :class:`~caucasus_talks.registry.OfficeTitle`).
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
    notes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name, every alias and every demonym."""
        return (self.name, *self.aliases, *self.demonyms)


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
        return cls(list(records.values()))

    def countries(self) -> list[Place]:
        return [p for p in self if p.kind is PlaceKind.COUNTRY]

    def cities(self) -> list[Place]:
        return [p for p in self if p.kind is PlaceKind.CITY]

    def city_of(self, name: str) -> Place | None:
        """The city a name designates: the city itself, or the city of a venue; ``None`` otherwise.

        >>> places().city_of("Blair House").name
        'Washington'
        """
        for place in self.matches(name):
            if place.kind is PlaceKind.CITY:
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
