"""The curated seed corpus: what it holds, that every span reproduces, and that its builder reproduces it."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

import caucasus_talks as ct
from caucasus_talks.corpus import TABLES
from caucasus_talks.registry import actors

ROOT = Path(__file__).resolve().parents[1]

D000 = "000_9ec35adc186620d0"
D001 = "001_ff5935d7eb707179"
D002 = "002_4442f89081ea2eda"
D003 = "003_9179b001a86c02ed"
D004 = "004_5c292d69224f371f"


@pytest.fixture(scope="module")
def corpus() -> ct.Corpus:
    return ct.load_corpus()


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    """tools/curate_seed.py, imported by path (tools/ is not a package)."""
    path = ROOT / "tools" / "curate_seed.py"
    spec = importlib.util.spec_from_file_location("curate_seed", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def all_evidence(corpus: ct.Corpus) -> Iterator[tuple[str, ct.Evidence]]:
    """Every span of every record, with the id of the record holding it."""
    for p in corpus.participants:
        yield from ((p.id, e) for e in p.evidence)
    for m in corpus.meetings:
        yield from ((m.id, e) for e in m.evidence)
        if m.location is not None:
            yield from ((m.id, e) for e in m.location.evidence)
        for a in m.participants:
            yield from ((m.id, e) for e in a.evidence)
        for r in m.readings:
            yield from ((m.id, e) for e in r.evidence)
    for s in corpus.statements:
        yield from ((s.id, e) for e in (*s.evidence, *s.speaker_evidence))


# -- the files ---------------------------------------------------------------


def test_packaged_seed_texts_are_the_seeds_byte_for_byte() -> None:
    packaged = resources.files("caucasus_talks") / "data" / "seed"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert [s.stem for s in seeds] == [D000, D001, D002, D003, D004]
    for seed in seeds:
        assert (packaged / seed.name).read_bytes() == seed.read_bytes()


def test_rerunning_the_curation_script_reproduces_the_committed_json(builder: ModuleType) -> None:
    packaged = resources.files("caucasus_talks") / "data" / "seed"
    rendered = builder.render()
    assert sorted(rendered) == sorted(TABLES.values())
    for name, content in rendered.items():
        assert (packaged / name).read_text(encoding="utf-8") == content, f"{name} is stale: run tools/curate_seed.py"


def test_the_curation_script_check_mode_agrees(builder: ModuleType) -> None:
    assert builder.main(["--check"]) == 0


def test_the_bundled_corpus_holds_the_five_documents_and_every_table(corpus: ct.Corpus) -> None:
    assert [d.id for d in corpus.documents] == [D000, D001, D002, D003, D004]
    assert len(corpus.meetings) == 13
    assert len(corpus.statements) == 15
    assert len(corpus.participants) == 18


# -- evidence ----------------------------------------------------------------


def test_every_evidence_span_reproduces_its_quote(corpus: ct.Corpus) -> None:
    spans = list(all_evidence(corpus))
    assert len(spans) > 100
    for record_id, ev in spans:
        assert corpus.document(ev.document).text[ev.start : ev.end] == ev.quote, record_id


def test_every_statement_text_is_exactly_its_evidence_quote(corpus: ct.Corpus) -> None:
    for s in corpus.statements:
        assert [e.quote for e in s.evidence] == [s.text], s.id
        assert s.speaker_evidence, f"{s.id} has no span naming its speaker"


def test_statement_texts_carry_no_quotation_marks_or_attribution_comma(corpus: ct.Corpus) -> None:
    for s in corpus.statements:
        assert s.text[0] not in '"“”', s.id
        assert s.text[-1] not in '"“”,', s.id


def test_every_record_states_its_evidence_or_basis(corpus: ct.Corpus) -> None:
    for p in corpus.participants:
        assert p.evidence or p.basis is not None, p.id
        assert all(o.basis is not None for o in p.offices), p.id
    for m in corpus.meetings:
        assert m.evidence, m.id
        for a in m.participants:
            assert a.evidence or a.basis is not None, f"{m.id}: {a.participant}"
            if a.by_office:
                assert a.basis is not None, f"{m.id}: {a.participant} is resolved from an office without a basis"


def test_inferred_dates_carry_a_reason_and_a_reference(corpus: ct.Corpus) -> None:
    dates = [
        *(d.published for d in corpus.documents),
        *(m.date for m in corpus.meetings),
        *(m.end_date for m in corpus.meetings if m.end_date),
        *(s.date for s in corpus.statements),
    ]
    inferred = [d for d in dates if d.basis is ct.DateBasis.INFERRED]
    assert len(inferred) >= 8
    for d in inferred:
        assert d.reason, d
        assert d.reference, d


# -- documents ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("doc_id", "published", "basis", "outlet"),
    [
        (D000, "2023-06-29", ct.DateBasis.INFERRED, "U.S. Department of State"),
        (D001, "2024-07-10", ct.DateBasis.STATED, "Massis Post"),
        (D002, "2022-11-10", ct.DateBasis.STATED, "Azernews"),
        (D003, "2022-10-04", ct.DateBasis.INFERRED, "APA"),
        (D004, "2024-02", ct.DateBasis.INFERRED, "News.Az"),
    ],
)
def test_document_metadata(corpus: ct.Corpus, doc_id: str, published: str, basis: ct.DateBasis, outlet: str) -> None:
    doc = corpus.document(doc_id)
    assert (doc.published.iso, doc.published.basis, doc.outlet) == (published, basis, outlet)
    assert doc.language == "en"


def test_document_002_records_its_byline_and_003_no_unknown_url(corpus: ct.Corpus) -> None:
    assert corpus.document(D002).author == "Sabina Mammadli"
    assert corpus.document(D003).url is None
    url = corpus.document(D000).url
    assert url is not None
    assert url.startswith("https://www.state.gov/")


# -- meetings -----------------------------------------------------------------

KEY_MEETINGS = [
    # id, date, date basis, format, city, documents, participants
    (
        "2022-08-31-brussels-leaders",
        "2022-08-31",
        "context",
        "in_person",
        "Brussels",
        {D003},
        {"charles-michel", "ilham-aliyev", "nikol-pashinyan"},
    ),
    (
        "2022-09-19-new-york-foreign-ministers",
        "2022-09-19",
        "context",
        "in_person",
        "New York",
        {D002, D003},
        {"antony-blinken", "jeyhun-bayramov", "ararat-mirzoyan"},
    ),
    (
        "2022-09-27-washington-security-advisers",
        "2022-09-27",
        "context",
        "in_person",
        "Washington",
        {D003},
        {"jake-sullivan", "hikmet-hajiyev", "armen-grigoryan"},
    ),
    (
        "2022-10-02-geneva-foreign-ministers",
        "2022-10-02",
        "context",
        "in_person",
        "Geneva",
        {D003},
        {"jeyhun-bayramov", "ararat-mirzoyan"},
    ),
    (
        "2022-10-04-foreign-ministers-phone-call",
        "2022-10-04",
        "stated",
        "phone",
        None,
        {D003},
        {"antony-blinken", "jeyhun-bayramov", "ararat-mirzoyan"},
    ),
    (
        "2022-10-06-prague-leaders",
        "2022-10-06",
        "context",
        "in_person",
        "Prague",
        {D002},
        {"ilham-aliyev", "nikol-pashinyan", "emmanuel-macron", "charles-michel"},
    ),
    (
        "2022-10-31-sochi-leaders",
        "2022-10-31",
        "context",
        "in_person",
        "Sochi",
        {D002},
        {"vladimir-putin", "ilham-aliyev", "nikol-pashinyan"},
    ),
    (
        "2022-11-07-washington-foreign-ministers",
        "2022-11-07",
        "stated",
        "in_person",
        "Washington",
        {D002},
        {"antony-blinken", "jeyhun-bayramov", "ararat-mirzoyan"},
    ),
    (
        "2023-06-27-arlington-foreign-ministers",
        "2023-06-27",
        "inferred",
        "in_person",
        "Arlington",
        {D000},
        {"antony-blinken", "jake-sullivan", "jeyhun-bayramov", "ararat-mirzoyan"},
    ),
    (
        "2023-07-15-brussels-leaders",
        "2023-07-15",
        "inferred",
        "in_person",
        "Brussels",
        {D000},
        {"european-union", "charles-michel", "ilham-aliyev", "nikol-pashinyan"},
    ),
    (
        "2024-02-17-munich-aliyev-blinken",
        "2024-02-17",
        "inferred",
        "in_person",
        "Munich",
        {D004},
        {"ilham-aliyev", "antony-blinken"},
    ),
    (
        "2024-02-17-munich-aliyev-pashinyan",
        "2024-02-17",
        "inferred",
        "in_person",
        "Munich",
        {D004},
        {"olaf-scholz", "ilham-aliyev", "nikol-pashinyan"},
    ),
    (
        "2024-07-10-washington-foreign-ministers",
        "2024-07-10",
        "context",
        "in_person",
        "Washington",
        {D001},
        {"antony-blinken", "jeyhun-bayramov", "ararat-mirzoyan"},
    ),
]


@pytest.mark.parametrize(
    ("meeting_id", "date", "basis", "fmt", "city", "docs", "people"), KEY_MEETINGS, ids=[k[0] for k in KEY_MEETINGS]
)
def test_key_meeting(
    corpus: ct.Corpus,
    meeting_id: str,
    date: str,
    basis: str,
    fmt: str,
    city: str | None,
    docs: set[str],
    people: set[str],
) -> None:
    m = corpus.meeting(meeting_id)
    assert (m.date.iso, m.date.basis.value, m.format.value) == (date, basis, fmt)
    assert (m.location.city if m.location else None) == city
    assert set(m.documents) == docs
    assert set(m.participant_ids) == people
    assert m.status is ct.MeetingStatus.HELD


def test_the_curated_meetings_are_exactly_the_key_meetings(corpus: ct.Corpus) -> None:
    assert sorted(m.id for m in corpus.meetings) == sorted(k[0] for k in KEY_MEETINGS)


def test_the_un_general_assembly_meeting_is_one_record_with_evidence_from_two_documents(corpus: ct.Corpus) -> None:
    in_new_york = [m for m in corpus.meetings if m.location and m.location.city == "New York"]
    assert [m.id for m in in_new_york] == ["2022-09-19-new-york-foreign-ministers"]
    quotes = {e.document: e.quote for e in in_new_york[0].evidence}
    assert quotes[D002] == "earlier discussions at the UN General Assembly in New York"
    assert "on September 19" in quotes[D003]


def test_the_2023_round_spans_three_days_at_the_training_center(corpus: ct.Corpus) -> None:
    m = corpus.meeting("2023-06-27-arlington-foreign-ministers")
    assert m.end_date is not None
    assert m.end_date.iso == "2023-06-29"
    assert m.date.reason is not None
    assert "these three days" in m.date.reason
    assert m.location is not None
    assert m.location.venue == "George P. Shultz National Foreign Affairs Training Center"
    roles = {a.participant: (a.role, a.by_office) for a in m.participants}
    assert roles == {
        "antony-blinken": (ct.Role.HOST, False),
        "jake-sullivan": (ct.Role.ATTENDEE, False),
        "jeyhun-bayramov": (ct.Role.PARTY, True),
        "ararat-mirzoyan": (ct.Role.PARTY, True),
    }


def test_the_announced_2023_brussels_meeting_keeps_the_texts_planned_status_as_a_reading(corpus: ct.Corpus) -> None:
    m = corpus.meeting("2023-07-15-brussels-leaders")
    readings = {(r.field, r.value): r.preferred for r in m.readings}
    assert readings == {("status", "held"): True, ("status", "planned"): False}


def test_persons_designated_only_by_office_get_no_name_evidence_in_that_document(corpus: ct.Corpus) -> None:
    def docs_naming(pid: str) -> set[str]:
        return {e.document for e in corpus.participant(pid).evidence}

    assert D004 not in docs_naming("nikol-pashinyan")  # "the Prime Minister of Armenia"
    assert D000 not in docs_naming("jeyhun-bayramov")  # "both of my colleagues"
    assert D000 not in docs_naming("ararat-mirzoyan")
    assert D002 not in docs_naming("ilham-aliyev")  # "the Azerbaijani and Armenian leaders"
    assert corpus.participant("olaf-scholz").evidence == ()
    pashinyan_in_munich = {a.participant: a for a in corpus.meeting("2024-02-17-munich-aliyev-pashinyan").participants}
    assert pashinyan_in_munich["nikol-pashinyan"].by_office


def test_name_evidence_covers_every_mention_form(corpus: ct.Corpus) -> None:
    quotes = {(e.document, e.quote) for e in corpus.participant("antony-blinken").evidence}
    assert {(D000, "BLINKEN"), (D002, "@SecBlinken"), (D003, "Anthony Blinken"), (D003, "Antony Blinken")} <= quotes
    assert len(corpus.participant("antony-blinken").evidence) == 13
    assert {e.quote for e in corpus.participant("ararat-mirzoyan").evidence} == {"Ararat Mirzoyan", "@AraratMirzoyan"}


# -- participants and statements --------------------------------------------------


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def test_person_ids_are_slugs_of_their_canonical_names(corpus: ct.Corpus) -> None:
    for p in corpus.participants:
        if p.kind is ct.ParticipantKind.PERSON:
            assert p.id == slug(p.name)
    orgs = {p.id for p in corpus.participants if p.kind is ct.ParticipantKind.ORGANIZATION}
    assert orgs == {"mfa-armenia", "mfa-azerbaijan", "us-department-of-state", "european-union"}


def test_participants_have_the_actor_registrys_ids_and_canonical_names(corpus: ct.Corpus) -> None:
    registry = actors()
    for p in corpus.participants:
        known = registry.get(p.id)
        assert known is not None
        assert known.name == p.name


@pytest.mark.parametrize(
    ("pid", "alias"),
    [
        ("jeyhun-bayramov", "Ceyhun Bayramov"),
        ("jeyhun-bayramov", "Jeyhun Bairamov"),
        ("antony-blinken", "Anthony Blinken"),
        ("antony-blinken", "@SecBlinken"),
        ("ararat-mirzoyan", "@AraratMirzoyan"),
        ("hikmet-hajiyev", "Hikmat Hajiyev"),
        ("nikol-pashinyan", "Nikol Pashinian"),
        ("ilham-aliyev", "Ilham Aliev"),
    ],
)
def test_common_spellings_are_aliases(corpus: ct.Corpus, pid: str, alias: str) -> None:
    assert alias in corpus.participant(pid).names


def test_offices_resolve_the_designations_on_the_meeting_dates(corpus: ct.Corpus) -> None:
    import datetime as dt

    on = dt.date(2022, 9, 19)
    assert [o.title for o in corpus.participant("antony-blinken").offices_on(on)] == ["Secretary of State"]
    assert [o.country for o in corpus.participant("ararat-mirzoyan").offices_on(on)] == ["Armenia"]
    assert corpus.participant("antony-blinken").offices_on(dt.date(2025, 6, 1)) == ()


def test_the_identical_ministry_statements_have_both_ministries_as_speakers(corpus: ct.Corpus) -> None:
    s = corpus.statement("2024-07-10-foreign-ministries-identical-statements")
    assert s.speakers == ("mfa-armenia", "mfa-azerbaijan")
    assert s.channel is ct.Channel.WRITTEN_STATEMENT
    assert s.meeting == "2024-07-10-washington-foreign-ministers"


def test_blinkens_closing_remarks_run_to_his_last_thank_you(corpus: ct.Corpus) -> None:
    s = corpus.statement("2023-06-29-blinken-closing-remarks")
    assert s.text.startswith("Well, good afternoon, everyone.")
    assert s.text.endswith("months ahead.\n\nThank you.")
    assert (s.date.iso, s.channel, s.meeting) == ("2023-06-29", ct.Channel.REMARKS, "2023-06-27-arlington-foreign-ministers")


@pytest.mark.parametrize(
    ("statement_id", "speaker", "channel", "date"),
    [
        ("2024-07-10-blinken-take-stock", "antony-blinken", "remarks", "2024-07-10"),
        ("2022-11-07-blinken-courageous-steps", "antony-blinken", "remarks", "2022-11-07"),
        ("2022-11-colomina-tweet", "javier-colomina", "social_media", "2022-11"),
        ("2022-11-08-price-briefing", "ned-price", "press_briefing", "2022-11-08"),
        ("2022-11-bayramov-tweet", "jeyhun-bayramov", "social_media", "2022-11"),
        ("2022-10-mfa-armenia-call-readout", "mfa-armenia", "written_statement", "2022-10"),
        ("2024-02-17-aliyev-munich-reply", "ilham-aliyev", "remarks", "2024-02-17"),
    ],
)
def test_statement_speaker_channel_and_date(corpus: ct.Corpus, statement_id: str, speaker: str, channel: str, date: str) -> None:
    s = corpus.statement(statement_id)
    assert (s.speaker, s.channel.value, s.date.iso) == (speaker, channel, date)
