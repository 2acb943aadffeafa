"""Registries from public knowledge: actors (people, organizations, offices), places and news outlets.

Both ship as JSON in ``caucasus_talks/data/registry/`` and are read on first use.
Users extend them with files of the same format (``ActorRegistry.from_files``).
"""

from ._index import AmbiguousNameError, NameIndex, UnknownNameError
from .actors import ActorRegistry, OfficeQuery, OfficeTitle, actors
from .outlets import Outlet, OutletRegistry, outlets
from .places import Place, PlaceKind, PlaceRegistry, places

__all__ = [
    "ActorRegistry",
    "AmbiguousNameError",
    "NameIndex",
    "OfficeQuery",
    "OfficeTitle",
    "Outlet",
    "OutletRegistry",
    "Place",
    "PlaceKind",
    "PlaceRegistry",
    "UnknownNameError",
    "actors",
    "outlets",
    "places",
]
