"""The actor, office and place registries: lookups, office holders by date, data invariants, user files."""

from __future__ import annotations

import contextlib
import datetime as dt
import doctest
import importlib
import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_talks import DataError, Participant
from caucasus_talks._files import read_table
from caucasus_talks.registry import (
    ActorRegistry,
    AmbiguousNameError,
    OfficeQuery,
    OfficeTitle,
    Place,
    PlaceKind,
    PlaceRegistry,
    UnknownNameError,
    actors,
    places,
)
from caucasus_talks.text import fold

# The package exports the functions actors() and places(), which hide the modules of the same name.
actors_module = importlib.import_module("caucasus_talks.registry.actors")
places_module = importlib.import_module("caucasus_talks.registry.places")
DOCS = Path(__file__).resolve().parent.parent / "docs" / "registries.md"
D = dt.date


def names(records: list[Participant]) -> list[str]:
    return [p.name for p in records]


def write_table(path: Path, key: str, records: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"schema_version": 1, key: records}), encoding="utf-8")
    return path


# ---------------------------------------------------------------- the data files


@pytest.mark.parametrize(
    ("name", "key", "cls"),
    [("actors.json", "actors", Participant), ("offices.json", "offices", OfficeTitle), ("places.json", "places", Place)],
)
def test_every_bundled_data_file_loads_without_a_problem(name: str, key: str, cls: type) -> None:
    source = resources.files("caucasus_talks") / "data" / "registry" / name
    with resources.as_file(source) as path:
        records: list[object] = read_table(path, key, cls)
    assert len(records) > 40


def test_the_registries_cover_the_talks_broadly() -> None:
    registry = actors()
    assert len(registry.people()) >= 120
    assert {"mfa-armenia", "mfa-azerbaijan", "us-department-of-state", "european-union", "osce-minsk-group", "nato"} <= {
        o.id for o in registry.organizations()
    }
    assert len(places().countries()) >= 40


def test_ids_are_slugs_of_the_canonical_name_for_people() -> None:
    for person in actors().people():
        plain = fold(person.name).replace("'", "").replace("’", "")
        assert person.id == re.sub(r"[^a-z0-9]+", "-", plain).strip("-"), person.name


def test_no_two_records_share_a_name_or_alias() -> None:
    for registry in (actors(), places()):
        owners: dict[str, set[str]] = defaultdict(set)
        for record in registry:
            for name in record.names:
                owners[fold(name)].add(record.id)
        assert {n: ids for n, ids in owners.items() if len(ids) > 1} == {}


def test_aliases_are_not_bare_surnames() -> None:
    # Surnames are indexed from names by the extractor; a one-word alias must be a transliteration
    # ("Makron"), a handle or an acronym, never a surname some person is called by.
    people = actors().people()
    surnames = {fold(p.name).rsplit(" ", 1)[-1] for p in people}
    for person in people:
        for alias in person.aliases:
            if " " not in alias.strip() and not alias.startswith("@"):
                assert fold(alias) not in surnames, (person.id, alias)


def test_every_office_has_a_basis_with_a_reason_and_starts_before_it_ends() -> None:
    for person in actors():
        for office in person.offices:
            assert office.basis is not None, (person.id, office.title)
            assert office.basis.reason.strip(), (person.id, office.title)
            ref = office.basis.reference
            assert ref is None or re.match(r"https?://\S+\Z", ref), (person.id, ref)
            if office.start and office.end:
                assert office.start <= office.end, (person.id, office.title)


def test_every_office_title_and_country_resolves() -> None:
    registry = actors()
    known_titles = {t.title for t in actors_module._bundled_titles()}
    for person in registry:
        for office in person.offices:
            assert registry.office_title(office.title).title in known_titles, (person.id, office.title)
            assert office.country is None or registry.jurisdiction_of(office.country), (person.id, office.country)


def test_affiliations_name_organizations_of_the_registry() -> None:
    registry = actors()
    for person in registry:
        if person.affiliation is not None:
            org = registry.get(person.affiliation)
            assert org is not None, (person.id, person.affiliation)
            assert org.kind.value == "organization", (person.id, person.affiliation)


def test_titles_named_by_other_titles_and_country_roles_exist() -> None:
    registry = actors()
    for title in registry.titles:
        for other in (*title.broader, *([title.resolves_to] if title.resolves_to else [])):
            assert registry.office_title(other).title == other, (title.title, other)
    for place in places():
        for generic, meaning in place.roles.items():
            assert registry.office_title(generic).title == generic, place.id
            assert registry.office_title(meaning).title == meaning, place.id


def test_places_point_at_known_countries_and_cities() -> None:
    registry = places()
    countries = {c.name for c in registry.countries()}
    for place in registry:
        if place.kind is not PlaceKind.COUNTRY and place.country is not None:
            assert place.country in countries, place.id
        if place.kind is PlaceKind.VENUE:
            assert place.city is not None, place.id
            assert registry.city_of(place.city) is not None, place.id
        capital = registry.city_of(place.capital) if place.capital else None
        if capital is not None:  # capitals of far-away countries need not be listed as cities
            # a country's capital is in it; a region's (Nakhchivan's, a region named for its city) in its country
            assert capital.country == (place.name if place.kind is PlaceKind.COUNTRY else place.country), place.id
    assert registry.city_of(registry.lookup("Armenia").capital or "") == registry.lookup("Yerevan")


# ---------------------------------------------------------------- looking names up


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jeyhun Bayramov", "jeyhun-bayramov"),
        ("Ceyhun Bayramov", "jeyhun-bayramov"),
        ("Jeyhun Bairamov", "jeyhun-bayramov"),
        ("Hikmat Hajiyev", "hikmet-hajiyev"),
        ("Hikmet Hajiev", "hikmet-hajiyev"),
        ("Nikol Pashinian", "nikol-pashinyan"),
        ("Ilham Aliev", "ilham-aliyev"),
        ("Sergei Lavrov", "sergey-lavrov"),
        ("Aleksei Overchuk", "alexei-overchuk"),
        ("Hossein Amirabdollahian", "hossein-amir-abdollahian"),
        ("Mevlut Cavusoglu", "mevlut-cavusoglu"),
        ("Armen Grigorian", "armen-grigoryan"),
        ("Anthony Blinken", "antony-blinken"),
        ("Javier Colomina Piriz", "javier-colomina"),
        ("armen-grigoryan", "armen-grigoryan"),
        ("Azerbaijani MFA", "mfa-azerbaijan"),
        ("Ministry of Foreign Affairs of the Republic of Azerbaijan", "mfa-azerbaijan"),
        ("MFA of Armenia", "mfa-armenia"),
        ("State Department", "us-department-of-state"),
        ("EUMA", "eu-monitoring-mission-in-armenia"),
    ],
)
def test_lookup_finds_a_record_by_name_alias_or_id(name: str, expected: str) -> None:
    assert actors().lookup(name).id == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("recep tayyip erdoğan", "recep-tayyip-erdogan"),
        ("RECEP TAYYIP ERDOGAN", "recep-tayyip-erdogan"),
        ("Mevlüt  Çavuşoğlu", "mevlut-cavusoglu"),
        ("İbrahim Kalın", "ibrahim-kalin"),
        ("ANTÓNIO GUTERRES", "antonio-guterres"),
        ("Ararat Mirzoyan ", "ararat-mirzoyan"),
    ],
)
def test_lookup_ignores_case_diacritics_and_spacing(name: str, expected: str) -> None:
    assert actors().lookup(name).id == expected


@pytest.mark.parametrize(
    ("handle", "expected"),
    [("@SecBlinken", "antony-blinken"), ("@AraratMirzoyan", "ararat-mirzoyan"), ("@Bayramov_Jeyhun", "jeyhun-bayramov")],
)
def test_lookup_knows_social_media_handles(handle: str, expected: str) -> None:
    assert actors().lookup(handle).id == expected


def test_an_unknown_name_suggests_the_closest_known_names() -> None:
    with pytest.raises(UnknownNameError) as caught:
        actors().lookup("Antony Blinkin")
    assert caught.value.suggestions[0] == "Antony Blinken"
    assert "did you mean 'Antony Blinken'" in str(caught.value)
    assert actors().suggest("Bayramof") == ["Jeyhun Bayramov"]
    assert actors().suggest("zzzzzz") == []


def test_a_bare_surname_is_not_an_alias_but_by_surname_finds_everyone_it_may_mean() -> None:
    registry = actors()
    assert registry.matches("Grigoryan") == []
    assert [p.id for p in registry.by_surname("Grigoryan")] == ["armen-grigoryan", "mher-grigoryan"]
    assert [p.id for p in registry.by_surname("erdogan")] == ["recep-tayyip-erdogan"]


def test_a_name_two_records_share_is_ambiguous(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "namesake.json",
        "actors",
        [{"id": "mher-grigoryan-junior", "name": "Mher Grigoryan", "basis": {"reason": "a namesake"}}],
    )
    registry = ActorRegistry.from_files(path)
    assert {p.id for p in registry.matches("mher grigoryan")} == {"mher-grigoryan", "mher-grigoryan-junior"}
    assert registry.lookup("Mher Grigorian").id == "mher-grigoryan"  # an alias only one of them has
    with pytest.raises(AmbiguousNameError) as caught:
        registry.lookup("Mher Grigoryan")
    assert caught.value.candidates == ["Mher Grigoryan (mher-grigoryan)", "Mher Grigoryan (mher-grigoryan-junior)"]


def test_get_and_search_fuzzy() -> None:
    registry = actors()
    assert registry.get("ned-price") is not None
    assert registry.get("nobody") is None
    assert "ned-price" in registry
    assert [p.id for p in registry.search_fuzzy("Bayram")][:1] == ["jeyhun-bayramov"]


@settings(max_examples=200)
@given(st.data())
def test_every_name_looks_up_its_own_record_however_it_is_cased(data: st.DataObject) -> None:
    registry = actors()
    record = data.draw(st.sampled_from(list(registry)))
    name = data.draw(st.sampled_from(record.names))
    shaped = data.draw(st.sampled_from([name, name.upper(), name.lower(), name.swapcase(), f"  {name} "]))
    assert registry.lookup(shaped) is record


def test_every_alias_of_every_record_resolves_back_to_it() -> None:
    for registry in (actors(), places()):
        for record in registry:
            for name in record.names:
                assert registry.lookup(name) is record, (record.id, name)


@given(st.text(max_size=40))
def test_lookup_fails_only_with_a_lookup_error(text: str) -> None:
    with contextlib.suppress(LookupError):
        actors().lookup(text)


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Türkiye", "turkey"),
        ("Turkiye", "turkey"),
        ("Turkish", "turkey"),
        ("Azeri", "azerbaijan"),
        ("Azerbaijani", "azerbaijan"),
        ("U.S.", "united-states"),
        ("American", "united-states"),
        ("Iranian", "iran"),
        ("Washington, D.C.", "washington"),
        ("Washington, D.C", "washington"),
        ("the U.S. capital", "washington"),
        ("New York City", "new-york"),
        ("Bruxelles", "brussels"),
        ("München", "munich"),
        ("Nur-Sultan", "astana"),
        ("Alma-Ata", "almaty"),
        ("Chişinău", "chisinau"),
        ("Kishinev", "chisinau"),
        ("Granda", "granada"),
        ("Genève", "geneva"),
        ("Praha", "prague"),
        ("Teheran", "tehran"),
        ("Khankendi", "stepanakert"),
        ("Artsakh", "nagorno-karabakh"),
    ],
)
def test_places_answer_to_their_spellings_and_demonyms(name: str, expected: str) -> None:
    assert places().lookup(name).id == expected


def test_the_eu_is_an_organization_not_a_place() -> None:
    assert places().matches("EU") == []
    assert actors().lookup("EU").id == "european-union"


@pytest.mark.parametrize(
    ("venue", "city"),
    [
        ("George P. Shultz National Foreign Affairs Training Center", "Arlington"),
        ("Blair House", "Washington"),
        ("Kremlin", "Moscow"),
        ("Munich Security Conference", "Munich"),
        ("Palais des Nations", "Geneva"),
        ("Prague Castle", "Prague"),
        ("Bocharov Ruchei", "Sochi"),
        ("Europa building", "Brussels"),
        ("Washington", "Washington"),
    ],
)
def test_city_of_gives_the_city_of_a_venue(venue: str, city: str) -> None:
    found = places().city_of(venue)
    assert found is not None
    assert found.name == city


def test_city_of_a_country_or_unknown_name_is_none() -> None:
    assert places().city_of("Armenia") is None
    assert places().city_of("Atlantis") is None


# ---------------------------------------------------------------- office holders


@pytest.mark.parametrize(
    ("designation", "on", "expected"),
    [
        ("US Secretary of State", D(2022, 11, 7), ["Antony Blinken"]),
        ("Secretary of State of the United States", D(2020, 10, 23), ["Mike Pompeo"]),
        ("Armenian Foreign Minister", D(2022, 10, 6), ["Ararat Mirzoyan"]),
        ("Azerbaijani President", D(2021, 1, 1), ["Ilham Aliyev"]),
        ("Prime Minister of Armenia", D(2023, 5, 14), ["Nikol Pashinyan"]),
        ("the Azerbaijani leader", D(2023, 1, 1), ["Ilham Aliyev"]),
        ("Armenia's leader", D(2023, 1, 1), ["Nikol Pashinyan"]),
        ("Russian leader", D(2023, 1, 1), ["Vladimir Putin"]),
        ("the German Chancellor", D(2023, 1, 1), ["Olaf Scholz"]),
        ("Russian Foreign Minister", D(2023, 1, 1), ["Sergey Lavrov"]),
        ("President of the European Council", D(2023, 7, 15), ["Charles Michel"]),
        ("European Council President", D(2025, 3, 1), ["António Costa"]),
        ("national security adviser of the US President", D(2023, 9, 1), ["Jake Sullivan"]),
        ("White House national security advisor", D(2025, 2, 1), ["Mike Waltz"]),
        ("the foreign ministers of Azerbaijan and Armenia", D(2021, 3, 1), ["Jeyhun Bayramov", "Ara Ayvazyan"]),
        ("the leaders of Armenia and Azerbaijan", D(2022, 10, 6), ["Nikol Pashinyan", "Ilham Aliyev"]),
        ("top U.S. diplomat", D(2025, 3, 1), ["Marco Rubio"]),
        ("Türkiye's Foreign Minister", D(2024, 1, 1), ["Hakan Fidan"]),
        ("Iranian Foreign Minister", D(2024, 6, 1), ["Ali Bagheri Kani"]),
        ("Secretary of Armenia's Security Council", D(2022, 1, 1), ["Armen Grigoryan"]),
        ("Russian Deputy Prime Minister", D(2022, 1, 1), ["Alexei Overchuk"]),
        ("Azerbaijani Deputy Prime Minister", D(2022, 1, 1), ["Shahin Mustafayev"]),
        ("Kremlin spokesman", D(2023, 1, 1), ["Dmitry Peskov"]),
        ("Kremlin aide", D(2023, 1, 1), ["Yuri Ushakov"]),
        ("Russian Foreign Ministry spokeswoman", D(2023, 1, 1), ["Maria Zakharova"]),
        ("Armenian Foreign Ministry spokesperson", D(2023, 6, 1), ["Ani Badalyan"]),
        ("spokesman for the Azerbaijani Foreign Ministry", D(2023, 6, 1), ["Aykhan Hajizada"]),
        ("State Department spokesperson", D(2022, 1, 1), ["Ned Price"]),
        ("Azerbaijani presidential aide", D(2023, 1, 1), ["Hikmet Hajiyev"]),
        ("EU foreign policy chief", D(2023, 1, 1), ["Josep Borrell"]),
        ("EU High Representative", D(2025, 1, 1), ["Kaja Kallas"]),
        ("EU Special Representative for the South Caucasus", D(2023, 1, 1), ["Toivo Klaar"]),
        ("Russian co-chair of the OSCE Minsk Group", D(2021, 1, 1), ["Igor Popov"]),
        ("NATO Secretary General", D(2025, 1, 1), ["Mark Rutte"]),
        ("UN Secretary-General", D(2023, 1, 1), ["António Guterres"]),
        ("Armenian President", D(2022, 2, 15), ["Alen Simonyan"]),
        ("Speaker of Azerbaijan's parliament", D(2023, 1, 1), ["Sahiba Gafarova"]),
        ("commander of the Russian peacekeepers", D(2023, 5, 1), ["Aleksandr Lentsov"]),
    ],
)
def test_holders_resolve_realistic_designations(designation: str, on: dt.date, expected: list[str]) -> None:
    assert names(actors().holders(designation, on=on)) == expected


@pytest.mark.parametrize(
    ("designation", "on", "expected"),
    [
        ("US Secretary of State", D(2021, 1, 20), ["Mike Pompeo"]),
        ("US Secretary of State", D(2021, 1, 25), []),
        ("US Secretary of State", D(2021, 1, 26), ["Antony Blinken"]),
        ("US Secretary of State", D(2025, 1, 20), ["Antony Blinken"]),
        ("US Secretary of State", D(2025, 1, 21), ["Marco Rubio"]),
        ("Armenian Foreign Minister", D(2020, 11, 16), ["Zohrab Mnatsakanyan"]),
        ("Armenian Foreign Minister", D(2020, 11, 17), []),
        ("Armenian Foreign Minister", D(2020, 11, 18), ["Ara Ayvazyan"]),
        ("Armenian Foreign Minister", D(2021, 5, 31), ["Ara Ayvazyan"]),
        ("Armenian Foreign Minister", D(2021, 6, 1), []),
        ("Armenian Foreign Minister", D(2021, 8, 18), []),
        ("Armenian Foreign Minister", D(2021, 8, 19), ["Ararat Mirzoyan"]),
        ("Azerbaijani Foreign Minister", D(2020, 7, 15), ["Elmar Mammadyarov"]),
        ("Azerbaijani Foreign Minister", D(2020, 7, 17), ["Jeyhun Bayramov"]),
    ],
)
def test_holders_respect_term_boundaries(designation: str, on: dt.date, expected: list[str]) -> None:
    assert names(actors().holders(designation, on=on)) == expected


def test_holders_without_a_date_are_everyone_who_held_the_office() -> None:
    assert names(actors().holders("Armenian Foreign Minister")) == [
        "Ararat Mirzoyan",
        "Edward Nalbandian",
        "Zohrab Mnatsakanyan",
        "Ara Ayvazyan",
    ]


def test_office_query_shows_how_a_designation_is_read() -> None:
    registry = actors()
    assert registry.office_query("the foreign ministers of Azerbaijan and Armenia") == OfficeQuery(
        "Minister of Foreign Affairs", ("azerbaijan", "armenia")
    )
    assert registry.office_query("EU foreign policy chief") == OfficeQuery(
        "High Representative of the Union for Foreign Affairs and Security Policy", ("european-union",)
    )
    assert registry.office_query("OSCE Minsk Group co-chairs") == OfficeQuery("Co-Chair of the OSCE Minsk Group")


def test_an_unknown_office_suggests_known_titles() -> None:
    with pytest.raises(UnknownNameError) as caught:
        actors().holders("Armenian Minister of Foriegn Affairs")
    assert "Minister of Foreign Affairs" in caught.value.suggestions
    with pytest.raises(UnknownNameError):
        actors().office_title("Grand Vizier")


@given(st.text(max_size=60))
def test_holders_fail_only_with_an_unknown_office(text: str) -> None:
    with contextlib.suppress(UnknownNameError):
        actors().holders(text, on=D(2023, 1, 1))


def test_conflicting_office_names_are_refused() -> None:
    titles = [
        OfficeTitle(title="Minister of Foreign Affairs", aliases=("FM",)),
        OfficeTitle(title="Field Marshal", aliases=("FM",)),
    ]
    with pytest.raises(ValueError, match="'FM' is given to two titles"):
        ActorRegistry([], titles, places())


# ---------------------------------------------------------------- a user's files


def test_a_user_file_adds_and_overrides_records(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "mine.json",
        "actors",
        [
            {
                "id": "anna-kostanyan",
                "name": "Anna Kostanyan",
                "aliases": ["Anna Kostanian"],
                "country": "Armenia",
                "offices": [
                    {"title": "Deputy Foreign Minister", "country": "Armenia", "start": "2024-01-01", "basis": {"reason": "test"}}
                ],
            },
            {"id": "ararat-mirzoyan", "name": "Ararat Mirzoyan", "aliases": ["A. Mirzoyan"], "country": "Armenia"},
        ],
    )
    registry = ActorRegistry.from_files(path)
    assert registry.lookup("Anna Kostanian").id == "anna-kostanyan"
    assert "Anna Kostanyan" in names(registry.holders("Armenian Deputy Foreign Minister", on=D(2024, 6, 1)))
    assert registry.lookup("A. Mirzoyan").id == "ararat-mirzoyan"
    replaced = registry.get("ararat-mirzoyan")
    assert replaced is not None
    assert replaced.offices == ()
    assert len(registry) == len(actors()) + 1
    assert actors().matches("A. Mirzoyan") == []  # the bundled registry is unchanged


def test_later_files_win_and_bundled_data_can_be_left_out(tmp_path: Path) -> None:
    first = write_table(tmp_path / "a.json", "actors", [{"id": "x", "name": "First Name"}])
    second = write_table(tmp_path / "b.json", "actors", [{"id": "x", "name": "Second Name"}])
    registry = ActorRegistry.from_files(first, second, bundled=False)
    assert names(list(registry)) == ["Second Name"]


def test_a_user_offices_file_adds_names_of_offices(tmp_path: Path) -> None:
    fm = actors().office_title("Minister of Foreign Affairs")
    path = write_table(tmp_path / "offices.json", "offices", [{"title": fm.title, "aliases": [*fm.aliases, "foreign chief"]}])
    registry = ActorRegistry.from_files(path)
    assert names(registry.holders("Armenian foreign chief", on=D(2024, 1, 1))) == ["Ararat Mirzoyan"]


def test_a_user_office_with_an_unknown_title_is_kept_as_its_own_title(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "mine.json",
        "actors",
        [
            {
                "id": "x-y",
                "name": "X Y",
                "offices": [{"title": "Minister of Culture", "country": "Armenia", "start": "2022-01-01"}],
            }
        ],
    )
    assert names(ActorRegistry.from_files(path).holders("Armenian Minister of Culture", on=D(2023, 1, 1))) == ["X Y"]


@pytest.mark.parametrize(
    ("records", "where", "reason"),
    [
        (
            [{"id": "x", "name": "X", "offices": [{"title": "FM", "start": "2021-13-01"}]}],
            "$.actors[0].offices[0].start",
            "not a valid ISO date",
        ),
        ([{"id": "x", "name": "X", "colour": "red"}], "$.actors[0]", "unknown field(s): colour"),
        ([{"id": "Bad Id", "name": "X"}], "$.actors[0]", "id 'Bad Id' is not a valid id"),
        ([{"id": "x"}], "$.actors[0].name", "required field missing"),
        (
            [{"id": "x", "name": "X", "offices": [{"title": "FM", "country": "Armenai"}]}],
            "$.actors[0].offices[0].country",
            "'Armenai' is not a known country, region or organization; did you mean 'Armenia'?",
        ),
        ([{"id": "x", "name": "X", "affiliation": "mfa-armnia"}], "$.actors[0].affiliation", "did you mean 'mfa-armenia'?"),
        ([{"id": "x", "name": "X"}, {"id": "x", "name": "Y"}], "$.actors[1].id", "id 'x' is already used at $.actors[0]"),
    ],
)
def test_a_bad_user_file_names_file_json_path_and_reason(
    tmp_path: Path, records: list[dict[str, Any]], where: str, reason: str
) -> None:
    path = write_table(tmp_path / "bad.json", "actors", records)
    with pytest.raises(DataError) as caught:
        ActorRegistry.from_files(path)
    problems = caught.value.problems
    assert [(p.file, p.where) for p in problems] == [(str(path), where)]
    assert reason in problems[0].reason
    assert f"{path}: {where}: " in str(caught.value)


def test_every_problem_of_a_user_file_is_reported_at_once(tmp_path: Path) -> None:
    path = write_table(
        tmp_path / "bad.json",
        "actors",
        [
            {"id": "x", "name": "X", "affiliation": "nowhere", "offices": [{"title": "FM", "country": "Atlantis"}]},
            {"id": "y", "name": "Y", "offices": [{"title": "FM", "country": "Lilliput"}]},
        ],
    )
    with pytest.raises(DataError) as caught:
        ActorRegistry.from_files(path)
    assert [p.where for p in caught.value.problems] == [
        "$.actors[0].affiliation",
        "$.actors[0].offices[0].country",
        "$.actors[1].offices[0].country",
    ]


def test_a_user_file_that_is_not_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(DataError, match=r"list\.json: \$: expected an object with either 'actors' or 'offices'"):
        ActorRegistry.from_files(path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "actors": [}', encoding="utf-8")
    with pytest.raises(DataError, match=r"broken\.json: line 1 column \d+: invalid JSON"):
        ActorRegistry.from_files(broken)


def test_a_user_places_file_adds_places(tmp_path: Path) -> None:
    path = write_table(tmp_path / "places.json", "places", [{"id": "jermuk", "name": "Jermuk", "country": "Armenia"}])
    registry = PlaceRegistry.from_files(path)
    assert registry.lookup("jermuk").country == "Armenia"
    assert len(registry) == len(places()) + 1
    bad = write_table(tmp_path / "bad.json", "places", [{"id": "x", "name": "X", "kind": "planet"}])
    with pytest.raises(DataError, match=r"bad\.json: \$\.places\[0\]\.kind"):
        PlaceRegistry.from_files(bad)


# ---------------------------------------------------------------- other scripts, codes, what lies in what (issue 13)

#: The principal actors of the talks, who must be found as Armenian, Russian and Azerbaijani sources write them.
PRINCIPALS = [
    "nikol-pashinyan",
    "ilham-aliyev",
    "ararat-mirzoyan",
    "jeyhun-bayramov",
    "vladimir-putin",
    "sergey-lavrov",
    "antony-blinken",
    "charles-michel",
    "emmanuel-macron",
    "olaf-scholz",
    "hikmet-hajiyev",
    "armen-grigoryan",
]


def _script(text: str, first: int, last: int) -> bool:
    return any(first <= ord(c) <= last for c in text)


@pytest.mark.parametrize("pid", PRINCIPALS)
def test_every_principal_actor_has_an_armenian_and_a_russian_spelling(pid: str) -> None:
    aliases = actors().lookup(pid).aliases
    assert any(_script(a, 0x0531, 0x058F) for a in aliases), f"{pid}: no name in Armenian script"
    assert any(_script(a, 0x0400, 0x04FF) for a in aliases), f"{pid}: no name in Cyrillic"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Նիկոլ Փաշինյան", "nikol-pashinyan"),
        ("Никол Пашинян", "nikol-pashinyan"),
        ("Nikol Paşinyan", "nikol-pashinyan"),
        ("Իլհամ Ալիև", "ilham-aliyev"),
        ("Ильхам Алиев", "ilham-aliyev"),
        ("İlham Əliyev", "ilham-aliyev"),
        ("Արարատ Միրզոյան", "ararat-mirzoyan"),
        ("Арарат Мирзоян", "ararat-mirzoyan"),
        ("Ջեյհուն Բայրամով", "jeyhun-bayramov"),
        ("Джейхун Байрамов", "jeyhun-bayramov"),
        ("Ceyhun Bayramov", "jeyhun-bayramov"),
        ("Владимир Путин", "vladimir-putin"),
        ("Վլադիմիր Պուտին", "vladimir-putin"),
        ("Сергей Лавров", "sergey-lavrov"),
        ("Սերգեյ Լավրով", "sergey-lavrov"),
        ("Энтони Блинкен", "antony-blinken"),
        ("Էնթոնի Բլինքեն", "antony-blinken"),
        ("Entoni Blinken", "antony-blinken"),
        ("Шарль Мишель", "charles-michel"),
        ("Şarl Mişel", "charles-michel"),
        ("Rəcəb Tayyib Ərdoğan", "recep-tayyip-erdogan"),
        ("Hikmət Hacıyev", "hikmet-hajiyev"),
        ("Armen Qriqoryan", "armen-grigoryan"),
        ("ильхам алиев", "ilham-aliyev"),
    ],
)
def test_armenian_russian_and_azerbaijani_spellings_find_the_actor(name: str, expected: str) -> None:
    assert actors().lookup(name).id == expected


@pytest.mark.parametrize(
    ("code", "country"),
    [("AM", "Armenia"), ("ARM", "Armenia"), ("az", "Azerbaijan"), ("AZE", "Azerbaijan"), ("GB", "United Kingdom")],
)
def test_a_country_is_found_by_its_iso_3166_alpha_2_or_alpha_3_code(code: str, country: str) -> None:
    found = places().by_code(code)
    assert found is not None
    assert found.name == country


def test_every_country_has_its_two_codes_and_the_alpha_3_agrees_with_the_event_codes() -> None:
    bundled = json.loads(resources.files("caucasus_talks").joinpath("data/country_codes.json").read_text(encoding="utf-8"))
    alpha_3 = {name: row["alpha_3"] for row in bundled["countries"] for name in row["names"]}
    for country in places().countries():
        two, three = country.codes
        assert (len(two), len(three)) == (2, 3), country.id
        assert alpha_3[country.name] == three, country.id


def test_codes_are_not_names_so_a_text_never_reads_am_as_armenia() -> None:
    assert places().matches("AM") == []
    assert places().matches("AZ") == []


def test_a_place_holds_the_places_within_it_however_deep() -> None:
    registry = places()
    virginia = [p.name for p in registry.inside(registry.lookup("Virginia"))]
    assert virginia == ["Virginia", "Arlington", "George P. Shultz National Foreign Affairs Training Center"]
    in_us = {p.name for p in registry.inside(registry.lookup("United States"))}
    assert {"Washington", "Arlington", "Blair House", "New York"} <= in_us
    assert "Brussels" not in in_us
    caucasus = {p.name for p in registry.inside(registry.lookup("South Caucasus"))}
    assert {"Armenia", "Yerevan", "Baku", "Tbilisi", "Stepanakert"} <= caucasus


def test_outer_places_are_the_within_the_city_of_a_venue_and_the_country() -> None:
    registry = places()
    assert [p.name for p in registry.outer(registry.lookup("Arlington"))] == ["Virginia", "United States"]
    shultz = registry.lookup("Shultz Center")
    assert [p.name for p in registry.outer(shultz)] == ["Arlington", "United States"]


def test_a_user_place_within_an_unknown_place_or_with_a_taken_code_is_refused(tmp_path: Path) -> None:
    dangling = write_table(tmp_path / "within.json", "places", [{"id": "jermuk", "name": "Jermuk", "within": ["vayots-dzor"]}])
    with pytest.raises(DataError, match=r"within\.json: \$\.places: place 'jermuk' lies within 'vayots-dzor'"):
        PlaceRegistry.from_files(dangling)
    taken = write_table(tmp_path / "code.json", "places", [{"id": "x", "name": "X", "kind": "country", "codes": ["AM"]}])
    with pytest.raises(DataError, match="code 'AM' is given to two places"):
        PlaceRegistry.from_files(taken)
    with pytest.raises(ValueError, match="not an ISO 3166-1"):
        Place(id="x", name="X", codes=["A1"])


def test_the_bodies_of_an_organization_belong_to_it() -> None:
    eu = [o.id for o in actors().members("european-union")]
    assert {"european-council", "european-commission", "eeas", "eu-monitoring-mission-in-armenia"} <= set(eu)
    assert [o.id for o in actors().members("osce")] == ["osce-minsk-group"]
    assert actors().members("european-council") == []


# ---------------------------------------------------------------- documentation


def _pycon_blocks(text: str) -> str:
    """The examples of a Markdown file: the ```pycon blocks, joined."""
    return "\n".join(re.findall(r"```pycon\n(.*?)```", text, flags=re.S))


def test_the_registries_guide_examples_are_true() -> None:
    text = _pycon_blocks(DOCS.read_text(encoding="utf-8"))
    assert text.count(">>>") > 40
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, "registries.md", str(DOCS), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0


@pytest.mark.parametrize("module", [actors_module, places_module])
def test_registry_docstring_examples_are_true(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted > 0


def test_a_title_counts_as_itself_and_the_titles_it_is_broader_in() -> None:
    # a US Secretary of State is also a foreign minister: what the Secretary's counterpart elsewhere holds
    assert actors().counts_as("Secretary of State") == {"Secretary of State", "Minister of Foreign Affairs"}
    assert actors().counts_as("Minister of Foreign Affairs") == {"Minister of Foreign Affairs"}


def test_a_generic_title_means_the_office_a_country_gives_it() -> None:
    registry = actors()
    assert registry.meaning("Head of State", "azerbaijan") == "President"  # no role of its own: the usual holder
    assert registry.meaning("Leader", "armenia") == "Prime Minister"  # Armenia's roles say so
    assert registry.meaning("Minister of Foreign Affairs", "armenia") == "Minister of Foreign Affairs"
