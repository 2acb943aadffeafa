"""The outlet registry: news agencies and papers that report the talks. An outlet is a source of documents, never
an actor: its name is not a person's, and it takes part in no meeting."""

from __future__ import annotations

import attrs

from .._data import bundled_table, once
from ..model import _unique_strings, _valid_id
from ._index import NameIndex

__all__ = ["Outlet", "OutletRegistry", "outlets"]


@attrs.frozen(kw_only=True)
class Outlet:
    """A news outlet with its canonical name, other spellings and home country."""

    id: str = attrs.field(validator=_valid_id)
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    country: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class OutletRegistry(NameIndex[Outlet]):
    """Outlets by id, name or alias (``lookup("Azertag")`` is AZERTAC).

    >>> outlets().lookup("azertag").name
    'AZERTAC'
    """

    def __init__(self, records: list[Outlet]) -> None:
        super().__init__(records, what="outlet", id_of=lambda o: o.id, names_of=lambda o: o.names, display=lambda o: o.name)


@once
def outlets() -> OutletRegistry:
    """The bundled outlet registry, read once on first use."""
    return OutletRegistry(bundled_table("registry/outlets.json", "outlets", Outlet))
