"""Exports: CSV and JSON Lines tables that join, pandas and networkx, and CAMEO/PLOVER event data."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import caucasus_talks as ct
from caucasus_talks.export import COLUMNS, code_meeting, csv_cell, events, tables, write_events, write_tables
from sample_corpora import FORMULA, small_corpus

SCRIPT = Path(sys.executable).with_name("caucasus-talks")
ENTRY = (
    [str(SCRIPT)]
    if SCRIPT.exists()
    else [sys.executable, "-c", "import sys; from caucasus_talks.cli import main; sys.exit(main())"]
)
TABLES = ("meetings", "participants", "statements", "meeting_participants")


def cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*ENTRY, *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def record_counts(corpus: ct.Corpus) -> dict[str, int]:
    return {
        "meetings": len(corpus.meetings),
        "participants": len(corpus.participants),
        "statements": len(corpus.statements),
        "meeting_participants": sum(len(m.participants) for m in corpus.meetings),
    }


@pytest.fixture(scope="module")
def corpus() -> ct.Corpus:
    return small_corpus()


@pytest.fixture(scope="module")
def saved_corpus(tmp_path_factory: pytest.TempPathFactory, corpus: ct.Corpus) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    corpus.save(folder)
    return folder


# -- tables ---------------------------------------------------------------


def test_each_table_has_one_row_per_record_with_its_columns_in_order(corpus: ct.Corpus) -> None:
    rows = tables(corpus)
    assert {name: len(rows[name]) for name in TABLES} == record_counts(corpus)
    for name in TABLES:
        assert all(tuple(row) == COLUMNS[name] for row in rows[name])


def test_tables_join_on_their_ids(corpus: ct.Corpus) -> None:
    rows = tables(corpus)
    meetings = {r["id"] for r in rows["meetings"]}
    people = {r["id"] for r in rows["participants"]}
    assert {r["meeting_id"] for r in rows["meeting_participants"]} <= meetings
    assert {r["participant_id"] for r in rows["meeting_participants"]} <= people
    assert {r["meeting_id"] for r in rows["statements"]} - {None} <= meetings
    assert {s for r in rows["statements"] for s in r["speakers"]} <= people  # type: ignore[union-attr]


def test_meeting_row_keeps_the_date_precision_and_the_period_it_may_stand_for(corpus: ct.Corpus) -> None:
    row = next(r for r in tables(corpus)["meetings"] if r["id"] == "prague-2022-10")
    assert (row["date"], row["date_precision"], row["date_basis"]) == ("2022-10", "month", "context")
    assert (row["date_earliest"], row["date_latest"]) == ("2022-10-01", "2022-10-31")
    undated = next(r for r in tables(corpus)["meetings"] if r["id"] == "granada-cancelled")
    assert (undated["date"], undated["date_precision"], undated["date_earliest"]) == (None, "unknown", None)


def test_meeting_participants_row_says_role_and_whether_named_only_by_office(corpus: ct.Corpus) -> None:
    rows = [r for r in tables(corpus)["meeting_participants"] if r["meeting_id"] == "undisclosed-2022"]
    assert rows == [
        {"meeting_id": "undisclosed-2022", "participant_id": "ararat-mirzoyan", "role": "party", "by_office": True},
        {"meeting_id": "undisclosed-2022", "participant_id": "jeyhun-bayramov", "role": "party", "by_office": True},
    ]


def test_participant_offices_are_written_as_iso_intervals(corpus: ct.Corpus) -> None:
    row = next(r for r in tables(corpus)["participants"] if r["id"] == "antony-blinken")
    assert row["offices"] == ["Secretary of State (United States) 2021-01-26/2025-01-20"]


# -- CSV ------------------------------------------------------------------


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cell_that_a_spreadsheet_would_run_gets_a_leading_quote(first: str) -> None:
    assert csv_cell(first + "1+1") == "'" + first + "1+1"


@pytest.mark.parametrize(
    ("value", "cell"),
    [("2022-09-19", "2022-09-19"), ("antony-blinken", "antony-blinken"), (None, ""), (True, "true"), (False, "false")],
)
def test_csv_cell_leaves_ids_dates_and_flags_as_they_are(value: str | bool | None, cell: str) -> None:
    assert csv_cell(value) == cell


@given(st.text())
def test_csv_cell_never_starts_a_formula_and_only_ever_adds_one_quote(text: str) -> None:
    cell = csv_cell(text)
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell in (text, "'" + text)


def test_csv_export_neutralises_formulas_in_document_text(tmp_path: Path, corpus: ct.Corpus) -> None:
    write_tables(corpus, tmp_path, "csv")
    statements = {r["id"]: r for r in read_csv(tmp_path / "statements.csv")}
    assert statements["hostile-formula"]["text"] == "'" + FORMULA
    assert statements["hostile-dash"]["text"] == "'- a line that starts with a dash."
    assert statements["blinken-direct-dialogue"]["date"] == "2022-09-19"


def test_csv_export_joins_lists_with_a_bar_and_round_trips_every_other_cell(tmp_path: Path, corpus: ct.Corpus) -> None:
    write_tables(corpus, tmp_path, "csv")
    for name in TABLES:
        read = read_csv(tmp_path / f"{name}.csv")
        assert [tuple(r) for r in read[:1]] == [COLUMNS[name]]
        assert read == [{k: csv_cell(v) for k, v in row.items()} for row in tables(corpus)[name]]
    meeting = next(r for r in read_csv(tmp_path / "meetings.csv") if r["id"] == "new-york-2022-09-19")
    assert meeting["participant_ids"] == "antony-blinken|ararat-mirzoyan|jeyhun-bayramov"
    assert meeting["mediator_ids"] == "antony-blinken"


# -- JSON Lines and JSON ----------------------------------------------------


def test_jsonl_export_holds_exactly_the_table_rows(tmp_path: Path, corpus: ct.Corpus) -> None:
    written = write_tables(corpus, tmp_path, "jsonl")
    assert sorted(p.name for p in written) == sorted(f"{name}.jsonl" for name in TABLES)
    for name in TABLES:
        assert read_jsonl(tmp_path / f"{name}.jsonl") == tables(corpus)[name]


def test_json_export_writes_one_array_per_table(tmp_path: Path, corpus: ct.Corpus) -> None:
    write_tables(corpus, tmp_path, "json")
    for name in TABLES:
        assert json.loads((tmp_path / f"{name}.json").read_text(encoding="utf-8")) == tables(corpus)[name]


def test_json_export_refuses_to_overwrite_a_corpus_folder(saved_corpus: Path, corpus: ct.Corpus) -> None:
    before = (saved_corpus / "meetings.json").read_bytes()
    with pytest.raises(ct.DataError, match="corpus folder"):
        write_tables(corpus, saved_corpus, "json")
    assert (saved_corpus / "meetings.json").read_bytes() == before


def test_export_into_a_file_is_refused(tmp_path: Path, corpus: ct.Corpus) -> None:
    target = tmp_path / "taken"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(ct.DataError, match="not a folder"):
        write_tables(corpus, target, "csv")
    with pytest.raises(ct.DataError, match="not a folder"):
        write_events(corpus, target)


# -- the command line (real entry point, real files) --------------------------


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", ".csv"), ("jsonl", ".jsonl"), ("json", ".json")])
def test_cli_export_format_writes_four_tables_one_row_per_record(
    tmp_path: Path, saved_corpus: Path, corpus: ct.Corpus, fmt: str, suffix: str
) -> None:
    out = tmp_path / "out"
    result = cli("export", "--format", fmt, out, "--corpus", saved_corpus)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(name + suffix for name in TABLES)
    for name, count in record_counts(corpus).items():
        path = out / f"{name}{suffix}"
        rows = read_csv(path) if fmt == "csv" else read_jsonl(path) if fmt == "jsonl" else json.loads(path.read_text())
        assert len(rows) == count, name
    assert f"meetings{suffix} ({len(corpus.meetings)} rows)" in result.stderr


def test_cli_export_plover_writes_one_event_per_meeting_and_statement(
    tmp_path: Path, saved_corpus: Path, corpus: ct.Corpus
) -> None:
    result = cli("export", "--format", "plover", tmp_path, "--corpus", saved_corpus)
    assert result.returncode == 0, result.stderr
    written = read_jsonl(tmp_path / "events.jsonl")
    assert [e["id"] for e in written] == [m.id for m in corpus.meetings] + [s.id for s in corpus.statements]
    assert written == json.loads(json.dumps(events(corpus)))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "say what to write"),
        (("--format", "csv"), "needs a folder"),
        (("--format", "csv", "a", "--by-document", "b"), "not both"),
        (("--format", "xml", "out"), "invalid choice"),
    ],
)
def test_cli_export_usage_errors_exit_2_with_one_clear_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = cli("export", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_export_into_a_file_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x", encoding="utf-8")
    result = cli("export", "--format", "csv", target)
    assert result.returncode == 2
    assert "not a folder" in result.stderr


# -- event data: CAMEO and PLOVER ------------------------------------------------

#: meeting id -> (CAMEO code, PLOVER mode, rule, source ids, recipient ids) for each rule of code_meeting.
EXPECTED_CODING = {
    "call-2022-10-04": ("041", "phone", "remote", ("antony-blinken", "ilham-aliyev"), ()),
    "new-york-2022-09-19": ("045", "third-party", "mediated", ("antony-blinken",), ("ararat-mirzoyan", "jeyhun-bayramov")),
    "brussels-2022-08-31": ("045", "third-party", "mediated", ("charles-michel",), ("ilham-aliyev", "nikol-pashinyan")),
    "washington-round": ("045", "third-party", "mediated", ("antony-blinken",), ("ararat-mirzoyan", "jeyhun-bayramov")),
    "baku-visit": ("042", "visit", "hosted-by-country", ("antony-blinken",), ("ilham-aliyev",)),
    "prague-2022-10": ("044", "third-party", "third-location", ("ilham-aliyev", "nikol-pashinyan"), ()),
    "undisclosed-2022": ("046", None, "negotiation", ("ararat-mirzoyan", "jeyhun-bayramov"), ()),
    "epc-session": ("040", "multilateral", "consult", ("charles-michel", "ilham-aliyev", "nikol-pashinyan"), ()),
    "ministry-internal": ("040", None, "consult", ("jeyhun-bayramov", "mfa-azerbaijan"), ()),
}


@pytest.mark.parametrize("meeting_id", sorted(EXPECTED_CODING))
def test_meeting_coding_rule(corpus: ct.Corpus, meeting_id: str) -> None:
    people = {p.id: p for p in corpus.participants}
    coding = code_meeting(corpus.meeting(meeting_id), people)
    assert (coding.cameo, coding.mode, coding.rule, coding.source, coding.recipient) == EXPECTED_CODING[meeting_id]


def test_every_meeting_and_statement_is_one_event(corpus: ct.Corpus) -> None:
    found = events(corpus)
    assert len(found) == len(corpus.meetings) + len(corpus.statements)
    assert len({e["id"] for e in found}) == len(found)


def test_meeting_event_is_a_plover_consult_with_cameo_code_and_label(corpus: ct.Corpus) -> None:
    event = next(e for e in events(corpus) if e["id"] == "new-york-2022-09-19")
    assert (event["event_type"], event["quad_code"], event["cameo_code"], event["cameo_label"]) == (
        "CONSULT",
        1,
        "045",
        "Mediate",
    )
    assert event["event_loc"] == {"name": "New York", "venue": None, "country": "United States", "cc3": "USA"}
    assert (event["date"], event["date_precision"], event["enddate"]) == ("2022-09-19", "day", None)
    assert [a["identifier_text"] for a in event["source"]] == ["Antony Blinken"]
    assert event["source"][0] == {
        "identifier_id": "antony-blinken",
        "identifier_text": "Antony Blinken",
        "code": "USA",
        "country": "United States",
        "office": "Secretary of State",
        "role": "mediator",
        "by_office": False,
    }


def test_official_of_an_international_organization_is_coded_igo(corpus: ct.Corpus) -> None:
    event = next(e for e in events(corpus) if e["id"] == "brussels-2022-08-31")
    assert [(a["identifier_id"], a["code"]) for a in event["source"]] == [("charles-michel", "IGO")]
    assert [(a["identifier_id"], a["code"]) for a in event["recipient"]] == [("ilham-aliyev", "AZE"), ("nikol-pashinyan", "ARM")]


def test_planned_meeting_has_future_context_and_cancelled_one_negation(corpus: ct.Corpus) -> None:
    contexts = {e["id"]: e["context"] for e in events(corpus) if e["record"] == "meeting"}
    assert contexts["summit-planned"] == ["future"]
    assert contexts["granada-cancelled"] == ["negation"]
    assert contexts["prague-2022-10"] == []


def test_multi_day_meeting_event_spans_its_days(corpus: ct.Corpus) -> None:
    event = next(e for e in events(corpus) if e["id"] == "washington-round")
    assert (event["date"], event["enddate"], event["date_earliest"], event["date_latest"]) == (
        "2023-06-27",
        "2023-06-29",
        "2023-06-27",
        "2023-06-29",
    )


def test_statement_event_is_cameo_010_with_no_plover_type(corpus: ct.Corpus) -> None:
    event = next(e for e in events(corpus) if e["id"] == "blinken-direct-dialogue")
    assert (event["record"], event["cameo_code"], event["event_type"], event["quad_code"]) == ("statement", "010", None, None)
    assert event["link"] == "new-york-2022-09-19"
    assert event["event_text"] == [corpus.statement("blinken-direct-dialogue").text]
    assert event["event_loc"]["name"] == "New York"


def test_event_sources_name_documents_and_spans_that_reproduce_their_text(corpus: ct.Corpus) -> None:
    for event in events(corpus):
        assert event["sources"], event["id"]
        for source in event["sources"]:
            text = corpus.document(source["document"]).text
            assert source["url"] == corpus.document(source["document"]).url
            for span in source["spans"]:
                assert text[span["start"] : span["end"]] == span["quote"]


# -- pandas and networkx ----------------------------------------------------------


def test_to_pandas_gives_one_frame_per_table_with_the_export_columns(corpus: ct.Corpus) -> None:
    pd = pytest.importorskip("pandas")
    frames = corpus.to_pandas()
    assert sorted(frames) == sorted(TABLES)
    for name, count in record_counts(corpus).items():
        assert list(frames[name].columns) == list(COLUMNS[name])
        assert len(frames[name]) == count
    assert pd.api.types.is_datetime64_any_dtype(frames["meetings"]["date_earliest"])
    joined = frames["meeting_participants"].merge(frames["participants"], left_on="participant_id", right_on="id")
    assert len(joined) == len(frames["meeting_participants"])


def test_to_networkx_joins_participants_who_met_at_held_meetings(corpus: ct.Corpus) -> None:
    pytest.importorskip("networkx")
    graph = corpus.to_networkx()
    assert set(graph.nodes) == {p.id for p in corpus.participants}
    assert graph.nodes["antony-blinken"]["name"] == "Antony Blinken"
    ministers = graph.edges["ararat-mirzoyan", "jeyhun-bayramov"]
    assert ministers["meetings"] == "undisclosed-2022|new-york-2022-09-19|washington-round"
    assert (ministers["weight"], ministers["first"], ministers["last"]) == (3, "2022", "2023-06-27")
    # The planned summit and the cancelled Granada meeting are not meetings that happened.
    assert graph.edges["ilham-aliyev", "nikol-pashinyan"]["meetings"] == "brussels-2022-08-31|prague-2022-10|epc-session"


GRAPH_VALUES = (str, int)  # what GraphML and GEXF write; a list or None is refused by both


@pytest.mark.parametrize("where", ["small", "bundled"])
def test_every_graph_attribute_is_a_string_or_an_integer_and_none_is_missing(corpus: ct.Corpus, where: str) -> None:
    pytest.importorskip("networkx")
    graph = (corpus if where == "small" else ct.load_corpus()).to_networkx()
    values = [v for _, data in graph.nodes(data=True) for v in data.values()]
    values += [v for _, _, data in graph.edges(data=True) for v in data.values()]
    assert values
    assert all(isinstance(v, GRAPH_VALUES) for v in values), {type(v) for v in values}
    assert any("country" not in data for _, data in graph.nodes(data=True))  # an organization of no country


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_the_graph_writes_and_reads_back_as_graphml_and_gexf(tmp_path: Path, corpus: ct.Corpus, fmt: str) -> None:
    nx = pytest.importorskip("networkx")
    graph = corpus.to_networkx()
    path = tmp_path / f"who-met.{fmt}"
    getattr(nx, f"write_{fmt}")(graph, path)
    back = getattr(nx, f"read_{fmt}")(path)
    assert set(back.nodes) == set(graph.nodes)
    assert {frozenset(e) for e in back.edges} == {frozenset(e) for e in graph.edges}
    edge = back.edges["ararat-mirzoyan", "jeyhun-bayramov"]
    assert edge["meetings"] == "undisclosed-2022|new-york-2022-09-19|washington-round"
    assert (edge["first"], int(edge["weight"])) == ("2022", 3)
    assert back.nodes["antony-blinken"]["name"] == "Antony Blinken"


def test_day_columns_are_datetimes_at_one_resolution_whatever_the_dates(corpus: ct.Corpus) -> None:
    pytest.importorskip("pandas")
    from caucasus_talks.export.frames import DAY_DTYPE

    undated = [m for m in corpus.meetings if not m.date.known]
    undated_only = ct.Corpus(documents=corpus.documents, participants=corpus.participants, meetings=undated)
    for frames in (corpus.to_pandas(), ct.Corpus().to_pandas(), undated_only.to_pandas()):
        for table in ("meetings", "statements"):
            for column in ("date_earliest", "date_latest"):
                assert str(frames[table][column].dtype) == DAY_DTYPE, (table, column)


def test_mixed_precision_dates_become_their_first_and_last_days(corpus: ct.Corpus) -> None:
    pd = pytest.importorskip("pandas")
    meetings = corpus.to_pandas()["meetings"].set_index("id")
    month = meetings.loc["prague-2022-10"]
    assert (month["date"], month["date_precision"]) == ("2022-10", "month")
    assert (month["date_earliest"], month["date_latest"]) == (pd.Timestamp("2022-10-01"), pd.Timestamp("2022-10-31"))
    assert pd.isna(meetings.loc["granada-cancelled", "date_earliest"])
    in_2022 = meetings[(meetings["date_earliest"] >= "2022-01-01") & (meetings["date_latest"] <= "2022-12-31")]
    assert "prague-2022-10" in in_2022.index
    assert meetings["date_earliest"].min() <= meetings["date_earliest"].max()  # comparable, sortable


def test_a_date_of_any_year_fits_the_day_columns() -> None:
    pd = pytest.importorskip("pandas")
    doc = ct.Document(id="old", text="They met.")
    old = ct.Meeting(id="m", date=ct.PartialDate(1200, 3), evidence=[doc.find("met")])
    frame = ct.Corpus(documents=[doc], meetings=[old]).to_pandas()["meetings"]
    assert frame.loc[0, "date_earliest"] == pd.Timestamp("1200-03-01")


@pytest.mark.parametrize(
    ("method", "module", "extra"), [("to_pandas", "pandas", "pandas"), ("to_networkx", "networkx", "networkx")]
)
def test_missing_optional_extra_is_a_clear_import_error(
    monkeypatch: pytest.MonkeyPatch, corpus: ct.Corpus, method: str, module: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail, as when it is not installed
    with pytest.raises(ImportError, match=rf"pip install 'caucasus-talks\[{extra}\]'"):
        getattr(corpus, method)()


def test_the_core_never_imports_pandas_or_networkx() -> None:
    code = (
        "import sys, caucasus_talks, caucasus_talks.export, caucasus_talks.export.timeline\n"
        "caucasus_talks.export.tables(caucasus_talks.load_corpus())\n"
        "print(sorted(m for m in ('pandas', 'networkx', 'numpy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"


# -- acceptance on the bundled corpus ----------------------------------------------


def test_bundled_corpus_exports_as_csv_one_row_per_record(tmp_path: Path) -> None:
    corpus = ct.load_corpus()
    assert corpus.meetings, "the bundled seed corpus has no meetings yet"
    result = cli("export", "--format", "csv", tmp_path)
    assert result.returncode == 0, result.stderr
    for name, count in record_counts(corpus).items():
        assert len(read_csv(tmp_path / f"{name}.csv")) == count


def test_bundled_corpus_exports_events(tmp_path: Path) -> None:
    corpus = ct.load_corpus()
    result = cli("export", "--format", "plover", tmp_path)
    assert result.returncode == 0, result.stderr
    written = read_jsonl(tmp_path / "events.jsonl")
    assert len(written) == len(corpus.meetings) + len(corpus.statements)
    assert {e["event_type"] for e in written if e["record"] == "meeting"} <= {"CONSULT"}


# -- one wing: one mapping of a record, one pair type, no dependency on the corpus module ----


def test_the_one_mappings_docstring_example_is_true() -> None:
    import doctest

    from caucasus_talks.export import plain

    result = doctest.testmod(plain)
    assert (result.attempted, result.failed) == (3, 0)


def test_every_output_takes_a_meetings_values_from_the_one_mapping() -> None:
    from caucasus_talks.export import plain, timeline_data
    from caucasus_talks.export.interchange import meeting_json
    from caucasus_talks.export.tables import meeting_rows

    corpus = ct.load_corpus()
    drawn = {m["id"]: m for m in timeline_data(corpus)["meetings"]}
    coded = {e["id"]: e for e in events(corpus) if e["record"] == "meeting"}
    for m in corpus.meetings:
        values = plain.meeting(m)
        place = values["place"] or {}
        shared = meeting_json(m), meeting_rows([m])[0], drawn[m.id], coded[m.id]
        assert {out["date"] for out in shared} == {values["date"]}
        assert meeting_json(m)["date_precision"] == meeting_rows([m])[0]["date_precision"] == values["date_precision"]
        assert drawn[m.id]["precision"] == coded[m.id]["date_precision"] == values["date_precision"]
        assert meeting_json(m)["location"] == meeting_rows([m])[0]["city"] == place.get("city")
        assert drawn[m.id]["last_day"] == coded[m.id]["date_latest"] == values["last_day"]
        assert meeting_json(m)["participants"] == meeting_rows([m])[0]["participant_ids"] == values["participant_ids"]
        assert drawn[m.id]["sources"] == values["evidence"]
        assert [e["quote"] for e in values["evidence"]] == coded[m.id]["event_text"]


def test_who_met_is_one_pair_type_in_the_query_the_graph_and_the_timeline() -> None:
    pytest.importorskip("networkx")
    from caucasus_talks import pairs, query
    from caucasus_talks.export import timeline_data

    corpus = ct.load_corpus()
    assert query.Pair is pairs.Pair
    asked = {(p.a.id, p.b.id): p for p in query.who_met(corpus)}
    drawn = {(p["a"], p["b"]): p for p in timeline_data(corpus)["pairs"]}
    graph = corpus.to_networkx()
    assert set(asked) == set(drawn) == {tuple(sorted(edge)) for edge in graph.edges}
    for (a, b), pair in asked.items():
        first, last = pair.first.iso if pair.first else None, pair.last.iso if pair.last else None
        edge = graph.edges[a, b]
        assert (edge["weight"], edge.get("first"), edge.get("last")) == (pair.count, first, last)
        assert (drawn[a, b]["count"], drawn[a, b]["first"], drawn[a, b]["last"]) == (pair.count, first, last)
        assert edge["meetings"].split("|") == [m.id for m in pair.meetings]


def test_the_exports_read_the_records_and_never_import_the_corpus_or_the_queries() -> None:
    """The corpus calls into the exports (``to_pandas``, ``to_networkx``); the exports never call back."""
    import ast

    export = Path(ct.__file__).parent / "export"
    offenders = []
    for path in sorted(export.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 1:
                module = "." * node.level + (node.module or "")
                names = [module] if node.module else [f"{module}{a.name}" for a in node.names]
                offenders += [f"{path.name}: {n}" for n in names if n.lstrip(".") in ("corpus", "query", "cli")]
    assert offenders == []
