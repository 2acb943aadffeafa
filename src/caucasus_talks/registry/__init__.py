"""Registries from public knowledge: actors (people, organizations, offices) and places.

Both ship as JSON in ``caucasus_talks/data/registry/`` and are read on first use.
Users extend them with files of the same format (``ActorRegistry.from_files``).
"""

from ._index import AmbiguousNameError, NameIndex, UnknownNameError
from .actors import ActorRegistry, OfficeQuery, OfficeTitle, actors
from .places import Place, PlaceKind, PlaceRegistry, places

__all__ = [
    "ActorRegistry",
    "AmbiguousNameError",
    "NameIndex",
    "OfficeQuery",
    "OfficeTitle",
    "Place",
    "PlaceKind",
    "PlaceRegistry",
    "UnknownNameError",
    "actors",
    "places",
]
