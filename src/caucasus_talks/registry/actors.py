"""The actor registry: people and organizations of the talks, with offices over time.

Office designations ("the Armenian Foreign Minister", "national security
adviser of the US President", "the leaders of Armenia and Azerbaijan") are
read as an office title plus the jurisdictions (countries, regions or
organizations such as the EU) named in them; :meth:`ActorRegistry.holders`
then finds who held that office on a date.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from collections.abc import Iterable
from pathlib import Path

import attrs

from .._data import bundled_table, once
from .._files import read_json, read_table
from ..errors import DataError, Problem
from ..model import Office, Participant, ParticipantKind, _nonempty, _unique_strings
from ..text import fold
from ._index import NameIndex, UnknownNameError
from .places import PlaceKind, PlaceRegistry, places

__all__ = ["ActorRegistry", "OfficeQuery", "OfficeTitle", "actors"]


@attrs.frozen(kw_only=True)
class OfficeTitle:
    """A canonical office title and the other ways texts name it ("Foreign Minister", "FM").

    ``broader`` lists the titles this office also counts as (a US "Secretary of
    State" is a "Minister of Foreign Affairs"); ``resolves_to`` makes a title
    generic: "Leader" means the "President" unless a country's ``roles`` say
    otherwise (Armenia's leader is its Prime Minister).
    """

    title: str = attrs.field(validator=_nonempty)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    broader: tuple[str, ...] = attrs.field(default=(), converter=_unique_strings)
    resolves_to: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.title, *self.aliases)


@attrs.frozen
class OfficeQuery:
    """What an office designation names: a canonical title, restricted to jurisdictions (ids) when any are named."""

    title: str
    jurisdictions: tuple[str, ...] = ()


# Words that carry no meaning in an office designation, and spellings that mean the same office.
_FILLER = frozenset({"the", "of", "for", "and", "a", "an", "s", "to", "in", "on"})
_SPELLING = {
    "advisor": "adviser",
    "advisors": "advisers",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesmen": "spokesperson",
    "spokeswomen": "spokesperson",
    "spokespeople": "spokesperson",
    "spokespersons": "spokesperson",
    "defence": "defense",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chairmen": "chair",
    "neighborhood": "neighbourhood",
    "organisation": "organization",
}
_MAX_RUN = 8  # the most words a jurisdiction name is looked for in


def _words(text: str) -> list[str]:
    """The meaningful, normalised words of a name: ``"President's national security advisor"``."""
    plain = fold(text).replace(".", "")
    return [_SPELLING.get(w, w) for w in re.findall(r"[a-z0-9]+", plain) if w not in _FILLER]


def _key(words: Iterable[str]) -> tuple[str, ...]:
    """Word order does not matter: "European Council President" is "President of the European Council"."""
    return tuple(sorted(words))


@attrs.frozen
class _Held:
    """One office of one participant, with its canonical title and jurisdiction id resolved once."""

    person: Participant
    office: Office
    title: str
    jurisdiction: str | None


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
        self._titles: dict[str, OfficeTitle] = {}
        self._title_by_key: dict[tuple[str, ...], str] = {}
        self._vocabulary: set[str] = set()
        for t in titles:
            self._add_title(t)
        # An office title the titles do not know is a title of its own, so no record is dropped.
        for record in records:
            for office in record.offices:
                if self._canonical(office.title) is None:
                    self._add_title(OfficeTitle(title=office.title))
        self.titles = list(self._titles.values())
        self._jurisdiction_of_name, self._country_of_body = self._jurisdiction_names()
        self._held = [
            _Held(p, o, self._canonical(o.title) or o.title, self.jurisdiction_of(o.country)) for p in records for o in p.offices
        ]
        self._jurisdictions_used = {h.jurisdiction for h in self._held if h.jurisdiction}
        self._broader_cache: dict[str, frozenset[str]] = {}
        self._counts_as_cache: dict[str, frozenset[str]] = {}
        self._meaning_cache: dict[tuple[str, str | None], str] = {}
        self._query_cache: dict[str, OfficeQuery | None] = {}
        self._matching_cache: dict[OfficeQuery, list[_Held]] = {}
        self._members: dict[str, list[Participant]] | None = None

    def _add_title(self, t: OfficeTitle) -> None:
        self._titles[t.title] = t
        for name in t.names:
            key = _key(_words(name))
            other = self._title_by_key.setdefault(key, t.title)
            if other != t.title:
                raise ValueError(f"office name {name!r} is given to two titles: {other!r} and {t.title!r}")
            self._vocabulary.update(key)

    # ------------------------------------------------------------------ building

    @classmethod
    def from_files(cls, *paths: Path, bundled: bool = True, place_registry: PlaceRegistry | None = None) -> ActorRegistry:
        """The bundled actors and office titles plus those of ``paths``.

        Each file is a table of ``"actors"`` or of ``"offices"`` (the format of
        the bundled files); a later record with the same id (or title) replaces
        an earlier one. A problem in a file raises :class:`DataError` naming the
        file, the JSON path and the reason.
        """
        records: dict[str, Participant] = {}
        titles: dict[str, OfficeTitle] = {}
        if bundled:
            records.update((p.id, p) for p in _bundled_actors())
            titles.update((t.title, t) for t in _bundled_titles())
        problems: list[Problem] = []
        added: list[tuple[str, int, Participant]] = []
        for path in map(Path, paths):
            shown = str(path)
            if _table_key(path, shown) == "offices":
                titles.update((t.title, t) for t in read_table(path, "offices", OfficeTitle, shown))
                continue
            first: dict[str, int] = {}
            for i, p in enumerate(read_table(path, "actors", Participant, shown)):
                if p.id in first:
                    reason = f"id {p.id!r} is already used at $.actors[{first[p.id]}]"
                    problems.append(Problem(shown, f"$.actors[{i}].id", reason))
                first.setdefault(p.id, i)
                records[p.id] = p
                added.append((shown, i, p))
        try:
            registry = cls(list(records.values()), list(titles.values()), place_registry or places())
        except ValueError as exc:
            shown = ", ".join(map(str, paths)) or "bundled registry"
            raise DataError([*problems, Problem(shown, "$.offices", str(exc))]) from None
        problems.extend(registry._check(added))
        if problems:
            raise DataError(problems)
        return registry

    def _check(self, added: list[tuple[str, int, Participant]]) -> list[Problem]:
        """Problems of records read from a user's file: references that resolve to nothing."""
        problems: list[Problem] = []
        jurisdictions = sorted(set(self._jurisdiction_display()))
        for shown, i, p in added:
            if p.affiliation is not None and p.affiliation not in self:
                close = difflib.get_close_matches(p.affiliation, [r.id for r in self], n=3, cutoff=0.8)
                hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
                problems.append(Problem(shown, f"$.actors[{i}].affiliation", f"unknown participant id {p.affiliation!r}{hint}"))
            for j, office in enumerate(p.offices):
                if office.country is not None and self.jurisdiction_of(office.country) is None:
                    close = difflib.get_close_matches(office.country, jurisdictions, n=3)
                    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
                    where = f"$.actors[{i}].offices[{j}].country"
                    reason = f"{office.country!r} is not a known country, region or organization{hint}"
                    problems.append(Problem(shown, where, reason))
        return problems

    def _jurisdiction_names(self) -> tuple[dict[str, str], dict[str, str]]:
        """Normalised names of countries, regions and organizations -> their ids; bodies of a country -> the country."""
        by_name: dict[str, str | None] = {}
        bodies: dict[str, str | None] = {}

        def add(table: dict[str, str | None], name: str, rid: str) -> None:
            key = " ".join(_words(name))
            if key and table.setdefault(key, rid) != rid:
                table[key] = None  # a name two jurisdictions share names neither

        for place in self.places:
            if place.kind in (PlaceKind.COUNTRY, PlaceKind.REGION):
                for name in place.names:
                    add(by_name, name, place.id)
        for org in self:
            if org.kind is not ParticipantKind.ORGANIZATION:
                continue
            for name in org.names:
                add(by_name, name, org.id)
            country = self._place_id(org.country)
            if country is not None:
                for name in org.names:
                    add(bodies, name, country)
        return ({k: v for k, v in by_name.items() if v}, {k: v for k, v in bodies.items() if v})

    def _place_id(self, name: str | None) -> str | None:
        if name is None:
            return None
        hits = [p for p in self.places.matches(name) if p.kind in (PlaceKind.COUNTRY, PlaceKind.REGION)]
        return hits[0].id if len(hits) == 1 else None

    def _jurisdiction_display(self) -> Iterable[str]:
        for place in self.places:
            if place.kind in (PlaceKind.COUNTRY, PlaceKind.REGION):
                yield place.name
        for org in self.organizations():
            yield org.name

    # ------------------------------------------------------------------ reading

    def people(self) -> list[Participant]:
        return [p for p in self if p.kind is ParticipantKind.PERSON]

    def organizations(self) -> list[Participant]:
        return [p for p in self if p.kind is ParticipantKind.ORGANIZATION]

    def members(self, organization: str) -> list[Participant]:
        """The organizations that belong to ``organization`` (an id), however deep, by their ``affiliation``.

        >>> [o.id for o in actors().members("european-union")][:3]
        ['european-council', 'council-of-the-eu', 'european-commission']
        """
        if self._members is None:
            members: dict[str, list[Participant]] = {}
            for org in self.organizations():
                if org.affiliation is not None and org.affiliation != org.id:
                    members.setdefault(org.affiliation, []).append(org)
            self._members = members
        found: dict[str, Participant] = {}
        todo = [organization]
        while todo:
            for member in self._members.get(todo.pop(0), ()):
                if member.id not in found and member.id != organization:
                    found[member.id] = member
                    todo.append(member.id)
        return list(found.values())

    def by_surname(self, surname: str) -> list[Participant]:
        """The people whose canonical name ends with ``surname`` ("Grigoryan" -> Armen and Mher Grigoryan).

        Aliases hold full names only; a bare surname is ambiguous, so it is
        looked up here, where every match is returned.
        """
        wanted = fold(surname)
        return [p for p in self.people() if fold(p.name).rsplit(" ", 1)[-1] == wanted]

    def office_title(self, name: str) -> OfficeTitle:
        """The office title a name or alias designates ("FM" -> "Minister of Foreign Affairs")."""
        canonical = self._canonical(name)
        if canonical is None:
            raise UnknownNameError("office", name, self._suggest_titles(name))
        return self._titles[canonical]

    def jurisdiction_of(self, name: str | None) -> str | None:
        """The id of the country, region or organization a name designates ("Türkiye" -> "turkey"), or ``None``."""
        if name is None:
            return None
        return self._jurisdiction_of_name.get(" ".join(_words(name)))

    def office_query(self, designation: str) -> OfficeQuery:
        """The office and jurisdictions a designation names.

        >>> actors().office_query("the Azerbaijani Foreign Minister")
        OfficeQuery(title='Minister of Foreign Affairs', jurisdictions=('azerbaijan',))
        """
        query = self._known_query(designation)
        if query is None:
            raise UnknownNameError("office", designation, self._suggest_titles(designation))
        return query

    def _known_query(self, designation: str) -> OfficeQuery | None:
        if designation not in self._query_cache:
            queries = self._queries(designation)
            held = [q for q in queries if self._holders(q, None)]
            choices: list[OfficeQuery | None] = [*held, *queries, None]
            self._query_cache[designation] = choices[0]
        return self._query_cache[designation]

    def holders(self, office: str, on: _dt.date | None = None) -> list[Participant]:
        """Who held ``office`` ("US Secretary of State", "the Azerbaijani leader") on ``on``.

        Without a date, everyone who ever held it. An office this registry does
        not know raises :class:`UnknownNameError` with the closest known titles.
        """
        return self._holders(self.office_query(office), on)

    def known_holders(self, office: str, on: _dt.date | None = None) -> list[Participant] | None:
        """:meth:`holders`, or ``None`` for an office this registry does not know (no suggestions are looked for)."""
        query = self._known_query(office)
        return None if query is None else self._holders(query, on)

    # ------------------------------------------------------------------ internals

    def _canonical(self, name: str) -> str | None:
        words = _words(name)
        found = self._title_by_key.get(_key(words))
        if found is None:
            found = self._title_by_key.get(_key(self._singular(w) for w in words))
        return found

    def _singular(self, word: str) -> str:
        """ "ministers" -> "minister", "secretaries" -> "secretary", when the singular is an office word."""
        if word in self._vocabulary:
            return word
        if word.endswith("ies") and word[:-3] + "y" in self._vocabulary:
            return word[:-3] + "y"
        if word.endswith("s") and word[:-1] in self._vocabulary:
            return word[:-1]
        return word

    def _split(self, words: list[str], names: dict[str, str], allowed: set[str] | None) -> tuple[list[str], list[str]]:
        """Jurisdiction ids named in ``words`` (longest names first, left to right) and the words left over."""
        found: list[str] = []
        rest: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(_MAX_RUN, len(words) - i), 0, -1):
                rid = names.get(" ".join(words[i : i + size]))
                if rid is not None and (allowed is None or rid in allowed):
                    if rid not in found:
                        found.append(rid)
                    i += size
                    break
            else:
                rest.append(words[i])
                i += 1
        return found, rest

    def _queries(self, designation: str) -> list[OfficeQuery]:
        """Readings of a designation, most literal first.

        The whole phrase as a title (restricted to the countries it names, then
        not); then the title left when countries, regions and the organizations
        offices belong to ("EU", "NATO") are taken out; then also with a
        country's bodies ("Kremlin", "Armenian Foreign Ministry") read as that
        country. :meth:`office_query` takes the first reading someone held.
        """
        words = _words(designation)
        out: list[OfficeQuery] = []

        def add(jurisdictions: list[str], rest: list[str]) -> None:
            title = self._canonical(" ".join(rest)) if rest else None
            if title is not None:
                query = OfficeQuery(title, tuple(jurisdictions))
                if query not in out:
                    out.append(query)

        names = {**self._jurisdiction_of_name, **self._country_of_body}
        allowed = self._jurisdictions_used | set(self._country_of_body.values())
        named, _ = self._split(words, names, allowed)
        if named:  # a title named with its country inside ("Kremlin spokesman") keeps that country
            add(named, words)
        add([], words)
        found, rest = self._split(words, self._jurisdiction_of_name, self._jurisdictions_used)
        if found:
            add(found, rest)
        found2, rest2 = self._split(words, names, allowed)
        if found2 and (found2, rest2) != (found, rest):
            add(found2, rest2)
        return out

    def counts_as(self, title: str) -> frozenset[str]:
        """The office title and every title it counts as: a US "Secretary of State" is also a "Minister of Foreign
        Affairs", so that is what the Secretary's counterpart in another country holds."""
        known = self._counts_as_cache.get(title)
        if known is None:  # asked for every title of every person near an office a text names: kept per title
            known = self._counts_as_cache[title] = self._broader(self._canonical(title) or title)
        return known

    def _broader(self, title: str) -> frozenset[str]:
        """The title and every title it counts as, transitively (computed once per title)."""
        known = self._broader_cache.get(title)
        if known is not None:
            return known
        seen = {title}
        todo = [title]
        while todo:
            record = self._titles.get(todo.pop())
            for b in record.broader if record else ():
                canonical = self._canonical(b) or b
                if canonical not in seen:
                    seen.add(canonical)
                    todo.append(canonical)
        self._broader_cache[title] = frozenset(seen)
        return self._broader_cache[title]

    def meaning(self, title: str, jurisdiction: str | None) -> str:
        """What a (possibly generic) office title means in a jurisdiction (a place id): "Leader" in Armenia is
        "Prime Minister", a "Head of State" with no role of its own is a "President"."""
        key = (title, jurisdiction)
        known = self._meaning_cache.get(key)
        if known is None:
            known = self._meaning_cache[key] = self._meaning(self._canonical(title) or title, jurisdiction)
        return known

    def _meaning(self, title: str, jurisdiction: str | None) -> str:
        """What a (possibly generic) title means in a jurisdiction: "Leader" in Armenia is "Prime Minister"."""
        place = self.places.get(jurisdiction) if jurisdiction else None
        if place is not None and title in place.roles:
            return self._canonical(place.roles[title]) or place.roles[title]
        record = self._titles.get(title)
        if record is not None and record.resolves_to:
            return self._canonical(record.resolves_to) or record.resolves_to
        return title

    def _matching(self, query: OfficeQuery) -> list[_Held]:
        """The terms of office a query names, whatever their dates (computed once per query)."""
        known = self._matching_cache.get(query)
        if known is not None:
            return known
        found: list[_Held] = []
        for jurisdiction in query.jurisdictions or (None,):
            for held in self._held:
                if jurisdiction is not None and held.jurisdiction != jurisdiction:
                    continue
                if self._meaning(query.title, held.jurisdiction) in self._broader(held.title):
                    found.append(held)
        self._matching_cache[query] = found
        return found

    def _holders(self, query: OfficeQuery, on: _dt.date | None) -> list[Participant]:
        out: list[Participant] = []
        seen: set[str] = set()
        for held in self._matching(query):
            if on is not None and not held.office.held_on(on):
                continue
            if held.person.id not in seen:
                seen.add(held.person.id)
                out.append(held.person)
        return out

    def _suggest_titles(self, name: str) -> list[str]:
        shown = {fold(n): t.title for t in self.titles for n in t.names}
        close = difflib.get_close_matches(fold(name), list(shown), n=6, cutoff=0.5)
        return list(dict.fromkeys(shown[c] for c in close))[:3]


def _table_key(path: Path, shown: str) -> str:
    """Whether a user's file is a table of "actors" or of "offices"."""
    data = read_json(path, shown)
    keys = [k for k in ("actors", "offices") if isinstance(data, dict) and k in data]
    if len(keys) != 1:
        raise DataError([Problem(shown, "$", "expected an object with either 'actors' or 'offices'")])
    return keys[0]


@once
def _bundled_actors() -> list[Participant]:
    return bundled_table("registry/actors.json", "actors", Participant)


@once
def _bundled_titles() -> list[OfficeTitle]:
    return bundled_table("registry/offices.json", "offices", OfficeTitle)


@once
def actors() -> ActorRegistry:
    """The bundled actor registry, read once on first use."""
    return ActorRegistry.from_files()
