"""The actor registry: people and organizations of the talks, with offices over time."""

from __future__ import annotations

import datetime as _dt
import re
import threading
from importlib import resources
from pathlib import Path

import attrs

from .._files import read_table
from ..model import Participant, ParticipantKind, _unique_strings
from ..text import fold
from ._index import NameIndex, UnknownNameError
from .places import PlaceKind, PlaceRegistry, places

__all__ = ["ActorRegistry", "OfficeTitle", "actors"]


@attrs.frozen(kw_only=True)
class OfficeTitle:
    """A canonical office title and the other ways texts name it ("Foreign Minister", "FM")."""

    title: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)


_FILLER = {"the", "of", "for", "and", "a", "an", "s", "'s"}


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(text).replace(".", "")) if w not in _FILLER]


class ActorRegistry(NameIndex[Participant]):
    """Participants by id, name or alias, and office holders by date.

    >>> actors().lookup("Jeyhun Bairamov").name
    'Jeyhun Bayramov'
    """

    def __init__(self, records: list[Participant], titles: list[OfficeTitle], place_registry: PlaceRegistry) -> None:
        super().__init__(
            records,
            what="participant",
            id_of=lambda p: p.id,
            names_of=lambda p: p.names,
            display=lambda p: p.name,
        )
        self.places = place_registry
        self.titles = titles
        self._title_of: dict[str, str] = {}
        for t in titles:
            for name in (t.title, *t.aliases):
                self._title_of[" ".join(_words(name))] = t.title

    @classmethod
    def from_files(cls, *paths: Path, bundled: bool = True, place_registry: PlaceRegistry | None = None) -> ActorRegistry:
        """The bundled actors plus those of ``paths`` (a later file's id replaces an earlier one)."""
        records: dict[str, Participant] = {}
        if bundled:
            for p in _bundled_actors():
                records[p.id] = p
        for path in paths:
            for p in read_table(Path(path), "actors", Participant):
                records[p.id] = p
        return cls(list(records.values()), _bundled_titles(), place_registry or places())

    def people(self) -> list[Participant]:
        return [p for p in self if p.kind is ParticipantKind.PERSON]

    def _office_key(self, designation: str) -> tuple[str | None, str | None]:
        """(country name, canonical office title) named by a designation such as "Armenian FM"."""
        words = _words(designation)
        country: str | None = None
        # The longest run of words naming a country (by name, alias or demonym) is the country.
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                run = " ".join(words[i : i + size])
                hits = [p for p in self.places.matches(run) if p.kind is PlaceKind.COUNTRY]
                if hits:
                    country = hits[0].name
                    words = words[:i] + words[i + size :]
                    break
            if country:
                break
        title = self._title_of.get(" ".join(words))
        return country, title

    def holders(self, office: str, on: _dt.date | None = None) -> list[Participant]:
        """Who held ``office`` ("US Secretary of State", "Armenian Foreign Minister") on ``on``.

        Without a date, everyone who ever held it. An office this registry does
        not know raises :class:`UnknownNameError` with the closest known titles.
        """
        country, title = self._office_key(office)
        if title is None:
            known = sorted({o.title for p in self for o in p.offices})
            folded = {fold(k): k for k in known}
            import difflib

            close = [folded[c] for c in difflib.get_close_matches(fold(office), list(folded), n=3, cutoff=0.4)]
            raise UnknownNameError("office", office, close)
        out = []
        for person in self:
            for o in person.offices:
                if self._title_of.get(" ".join(_words(o.title)), o.title) != title:
                    continue
                if country is not None and (o.country is None or fold(o.country) != fold(country)):
                    continue
                if on is not None and not o.held_on(on):
                    continue
                out.append(person)
                break
        return out


_lock = threading.Lock()
_cache: dict[str, object] = {}


def _bundled(name: str, key: str, cls: type) -> list:  # type: ignore[type-arg]
    with _lock:
        if name not in _cache:
            source = resources.files("caucasus_talks") / "data" / "registry" / name
            with resources.as_file(source) as path:
                _cache[name] = read_table(path, key, cls, shown=f"caucasus_talks/data/registry/{name}")
        records = _cache[name]
    assert isinstance(records, list)
    return records


def _bundled_actors() -> list[Participant]:
    return _bundled("actors.json", "actors", Participant)


def _bundled_titles() -> list[OfficeTitle]:
    return _bundled("offices.json", "offices", OfficeTitle)


def actors() -> ActorRegistry:
    """The bundled actor registry, read once on first use."""
    with _lock:
        cached = _cache.get("registry")
    if cached is None:
        cached = ActorRegistry.from_files()
        with _lock:
            _cache["registry"] = cached
    assert isinstance(cached, ActorRegistry)
    return cached
