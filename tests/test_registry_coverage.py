"""The bundled actor registry covers the wider cast of the talks: opposition, Karabakh leaders, mediators.

Each entry added for coverage must load, answer to its spellings and to its
offices on a date, share no name with another record, and be found by the
extractor in a sentence that names it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from caucasus_talks import Participant, extract
from caucasus_talks.registry import ActorRegistry, actors
from caucasus_talks.text import fold

D = dt.date

# The people and organizations added to widen coverage (ids are slugs of the canonical names).
ADDED = (
    "ishkhan-saghatelyan",
    "artur-vanetsyan",
    "seyran-ohanyan",
    "armen-ashotyan",
    "samvel-karapetyan",
    "narek-karapetyan",
    "arshak-karapetyan",
    "karen-karapetyan",
    "tigran-avinyan",
    "arman-tatoyan",
    "yeghishe-kirakosyan",
    "bako-sahakyan",
    "arkadi-ghukasyan",
    "david-babayan",
    "davit-ishkhanyan",
    "levon-mnatsakanyan",
    "artak-beglaryan",
    "gurgen-nersisyan",
    "shahmar-movsumov",
    "ramiz-mehdiyev",
    "ramin-mammadov",
    "tural-ganjaliyev",
    "vagif-dargahli",
    "anar-eyvazov",
    "mukhtar-babayev",
    "tamim-bin-hamad-al-thani",
    "mohammed-bin-abdulrahman-al-thani",
    "xi-jinping",
    "peter-szijjarto",
    "ali-akbar-velayati",
    "alexey-polishchuk",
    "kristina-kvien",
    "john-kirby",
    "bob-menendez",
    "stephane-dujarric",
    "andrzej-kasprzyk",
    "european-court-of-human-rights",
    "international-criminal-court",
    "unhcr",
)


def names(records: list[Participant]) -> list[str]:
    return [p.name for p in records]


def test_the_bundled_registry_loads_with_every_added_entry() -> None:
    registry = ActorRegistry.from_files()
    missing = [rid for rid in ADDED if rid not in registry]
    assert missing == []
    assert len(registry.people()) >= 150


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Ishkhan Saghatelian", "ishkhan-saghatelyan"),
        ("Artur Vanetsian", "artur-vanetsyan"),
        ("Samvel Karapetian", "samvel-karapetyan"),
        ("Bako Sahakian", "bako-sahakyan"),
        ("Arkady Ghukasyan", "arkadi-ghukasyan"),
        ("Davit Babayan", "david-babayan"),
        ("David Ishkhanyan", "davit-ishkhanyan"),
        ("Lyova Mnatsakanyan", "levon-mnatsakanyan"),
        ("Ramiz Mekhtiyev", "ramiz-mehdiyev"),
        ("Ramin Mamedov", "ramin-mammadov"),
        ("Sheikh Tamim bin Hamad Al Thani", "tamim-bin-hamad-al-thani"),
        ("Peter Szijjarto", "peter-szijjarto"),
        ("Stephane Dujarric", "stephane-dujarric"),
        ("Robert Menendez", "bob-menendez"),
        ("Samvel Shakhramanyan", "samvel-shahramanyan"),
        ("@HakanFidan", "hakan-fidan"),
        ("ECtHR", "european-court-of-human-rights"),
        ("UN Refugee Agency", "unhcr"),
    ],
)
def test_an_added_spelling_looks_up_its_record(alias: str, expected: str) -> None:
    assert actors().lookup(alias).id == expected


@pytest.mark.parametrize(
    ("designation", "on", "expected"),
    [
        ("Armenian Foreign Minister", D(2023, 5, 1), ["Ararat Mirzoyan"]),
        ("Armenian Prime Minister", D(2017, 1, 1), ["Karen Karapetyan"]),
        ("Armenian Prime Minister", D(2018, 4, 20), ["Serzh Sargsyan"]),
        ("Armenian Prime Minister", D(2018, 5, 1), ["Karen Karapetyan"]),
        ("President of Nagorno-Karabakh", D(2000, 1, 1), ["Arkadi Ghukasyan"]),
        ("President of Nagorno-Karabakh", D(2010, 1, 1), ["Bako Sahakyan"]),
        ("Nagorno-Karabakh President", D(2023, 9, 5), ["Davit Ishkhanyan"]),
        ("Speaker of the Nagorno-Karabakh parliament", D(2023, 8, 20), ["Davit Ishkhanyan"]),
        ("Karabakh foreign minister", D(2022, 1, 1), ["David Babayan"]),
        ("State Minister of Nagorno-Karabakh", D(2021, 10, 1), ["Artak Beglaryan"]),
        ("Karabakh State Minister", D(2023, 2, 23), ["Ruben Vardanyan"]),
        ("Karabakh State Minister", D(2023, 2, 24), ["Gurgen Nersisyan"]),
        ("Karabakh State Minister", D(2023, 9, 5), ["Samvel Shahramanyan"]),
        ("Hungarian Foreign Minister", D(2024, 1, 1), ["Péter Szijjártó"]),
        ("Emir of Qatar", D(2024, 1, 1), ["Tamim bin Hamad Al Thani"]),
        ("Qatari Prime Minister", D(2024, 1, 1), ["Mohammed bin Abdulrahman Al Thani"]),
        ("Qatari Prime Minister", D(2022, 1, 1), []),
        ("Chinese President", D(2025, 1, 1), ["Xi Jinping"]),
    ],
)
def test_added_offices_answer_designations_on_a_date(designation: str, on: dt.date, expected: list[str]) -> None:
    assert names(actors().holders(designation, on=on)) == expected


def test_no_name_of_an_added_entry_belongs_to_another_record() -> None:
    registry = actors()
    for rid in ADDED:
        record = registry.get(rid)
        assert record is not None, rid
        for name in record.names:
            assert [r.id for r in registry.matches(name)] == [rid], (rid, name)


def test_one_word_aliases_of_added_entries_are_handles_or_acronyms() -> None:
    # A one-word alias that is an ordinary word would be matched in running text.
    registry = actors()
    for rid in ADDED:
        record = registry.get(rid)
        assert record is not None, rid
        for alias in record.aliases:
            if " " not in alias:
                assert alias.startswith("@") or sum(c.isupper() for c in alias) >= 2, (rid, alias)


def test_namesakes_are_registered_so_a_surname_lists_every_person_it_may_mean() -> None:
    registry = actors()
    assert {p.id for p in registry.by_surname("Karapetyan")} == {
        "samvel-karapetyan",
        "narek-karapetyan",
        "arshak-karapetyan",
        "karen-karapetyan",
    }
    assert {p.id for p in registry.by_surname("Mnatsakanyan")} == {"zohrab-mnatsakanyan", "levon-mnatsakanyan"}
    assert {fold(p.name) for p in registry.by_surname("Mammadov")} == {"elnur mammadov", "ramin mammadov"}


def test_extract_finds_an_added_person_and_attributes_the_quote() -> None:
    text = "Opposition lawmaker Ishkhan Saghatelian said: “This is a capitulation.” Later, Saghatelyan repeated the charge."
    ex = extract(text, published="2024-05-01")
    assert [p.id for p in ex.participants] == ["ishkhan-saghatelyan"]
    assert [(s.speaker, s.text) for s in ex.statements] == [("ishkhan-saghatelyan", "This is a capitulation.")]


def test_extract_reads_full_names_of_namesakes_as_different_people() -> None:
    ex = extract("Narek Karapetyan said his uncle Samvel Karapetyan remained in detention.", published="2025-07-08")
    assert [p.id for p in ex.participants] == ["narek-karapetyan", "samvel-karapetyan"]


def test_extract_finds_a_mediator_and_the_meeting_with_him() -> None:
    ex = extract("Hungarian Foreign Minister Peter Szijjarto met Jeyhun Bayramov in Baku on March 3, 2024.")
    assert [p.name for p in ex.participants] == ["Péter Szijjártó", "Jeyhun Bayramov"]
    (meeting,) = ex.meetings
    assert meeting.date.iso == "2024-03-03"
    assert {a.participant for a in meeting.participants} == {"peter-szijjarto", "jeyhun-bayramov"}
