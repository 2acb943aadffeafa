"""The query commands, run through the installed ``caucasus-talks`` entry point in a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import caucasus_talks as ct
from caucasus_talks.model import Attendance, Channel, Document, Location, Meeting, MeetingFormat, Participant, Role, Statement

SCRIPT = Path(sys.executable).with_name("caucasus-talks")
ENTRY = (
    [str(SCRIPT)]
    if SCRIPT.exists()
    else [sys.executable, "-c", "import sys; from caucasus_talks.cli import main; sys.exit(main())"]
)

TEXT = (
    "Blinken hosted Bayramov and Mirzoyan in Washington on November 7. "
    '"Direct dialogue is the best way to a durable peace," Blinken said. '
    "In October the three spoke by phone."
)


def small_corpus() -> ct.Corpus:
    doc = Document(id="doc", text=TEXT)
    people = [
        Participant(id="antony-blinken", name="Antony Blinken", country="United States", evidence=[doc.find("Blinken")]),
        Participant(id="jeyhun-bayramov", name="Jeyhun Bayramov", aliases=["Ceyhun Bayramov"], evidence=[doc.find("Bayramov")]),
        Participant(id="ararat-mirzoyan", name="Ararat Mirzoyan", evidence=[doc.find("Mirzoyan")]),
    ]
    trio = ["antony-blinken", "jeyhun-bayramov", "ararat-mirzoyan"]
    meetings = [
        Meeting(
            id="2022-11-07-washington",
            date=ct.PartialDate(2022, 11, 7),
            location=Location(city="Washington", country="United States", evidence=[doc.find("Washington")]),
            participants=[Attendance(participant=p, role=Role.HOST if p == "antony-blinken" else Role.PARTY) for p in trio],
            evidence=[doc.find("hosted")],
        ),
        Meeting(
            id="2022-10-call",
            date=ct.PartialDate(2022, 10),
            format=MeetingFormat.PHONE,
            participants=[Attendance(participant=p) for p in trio],
            evidence=[doc.find("spoke by phone")],
        ),
    ]
    quote = "Direct dialogue is the best way to a durable peace,"
    statements = [
        Statement(
            id="blinken-dialogue",
            speakers=["antony-blinken"],
            text=quote,
            date=ct.PartialDate(2022, 11, 7),
            channel=Channel.REMARKS,
            meeting="2022-11-07-washington",
            evidence=[doc.find(quote)],
        )
    ]
    return ct.Corpus(documents=[doc], participants=people, meetings=meetings, statements=statements)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus")
    small_corpus().save(path)
    return path


def run(*args: str | Path, columns: int | None = None) -> subprocess.CompletedProcess[str]:
    """The command's result; its output is a pipe, so tables are as wide as they need unless ``columns`` is given."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return subprocess.run([*ENTRY, *map(str, args)], capture_output=True, text=True, timeout=120, check=False, env=env)


def run_json(*args: str | Path) -> list[dict[str, object]]:
    done = run(*args, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert isinstance(data, list)
    return data


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a failed command (and there was no traceback)."""
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


# -- behaviour on a saved corpus ----------------------------------------------


def test_meetings_prints_aligned_columns(folder: Path) -> None:
    done = run("meetings", "--corpus", folder)
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["DATE", "ID", "REVIEW", "FORMAT", "LOCATION", "PARTICIPANTS"]
    assert [r.split()[:2] for r in rows] == [["2022-10", "2022-10-call"], ["2022-11-07", "2022-11-07-washington"]]
    assert {r.index(r.split()[1]) for r in rows} == {header.index("ID")}  # one column, one position
    assert "Antony Blinken, Jeyhun Bayramov, Ararat Mirzoyan" in rows[1]


def test_meetings_json_is_an_array_of_interchange_meeting_objects(folder: Path) -> None:
    (found,) = run_json("meetings", "--corpus", folder, "--participant", "ceyhun bayramov", "--on", "2022-11-07")
    assert found["id"] == "2022-11-07-washington"
    assert (found["date"], found["location"], found["format"]) == ("2022-11-07", "Washington", "in_person")
    assert found["participants"] == ["antony-blinken", "jeyhun-bayramov", "ararat-mirzoyan"]
    assert found["evidence"] == [{"document": "doc", "start": 8, "end": 14, "quote": "hosted"}]


def test_month_precision_meeting_matches_a_range_overlapping_its_month(folder: Path) -> None:
    found = run_json("meetings", "--corpus", folder, "--between", "2022-10-20", "2022-10-25")
    assert [m["id"] for m in found] == ["2022-10-call"]


def test_nothing_matched_exits_1_printing_an_empty_array(folder: Path) -> None:
    done = run("meetings", "--corpus", folder, "--since", "2023", "--json")
    assert (done.returncode, json.loads(done.stdout)) == (1, [])
    text = run("meetings", "--corpus", folder, "--since", "2023")
    assert (text.returncode, text.stdout) == (1, "")


def test_unknown_participant_exits_2_with_one_line_suggesting_the_name(folder: Path) -> None:
    line = one_line_error(run("meetings", "--corpus", folder, "--participant", "Blinkin"))
    assert "'Antony Blinken'" in line


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["meetings", "--since", "last week"], "no year"),
        (["meetings", "--between", "2023", "2022"], "no day"),
        (["meetings", "--undated", "--since", "2022"], "undated"),
        (["statements", "--meeting", "2022-10-cal"], "did you mean '2022-10-call'"),
        (["people", "--on", "2022-11-07"], "--on goes with --office"),
        (["show", "no-such-id"], "unknown record id"),
        (["timeline", "--html", "out.html", "--since", "2022"], "--html"),
    ],
)
def test_bad_input_exits_2_with_one_line(folder: Path, args: list[str], says: str) -> None:
    assert says in one_line_error(run(*args, "--corpus", folder))


def test_bad_usage_exits_2_through_argparse(folder: Path) -> None:
    done = run("meetings", "--corpus", folder, "--format", "pigeon")
    assert done.returncode == 2
    assert "invalid choice" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_corpus_folder_exits_2_without_traceback(tmp_path: Path) -> None:
    done = run("meetings", "--corpus", tmp_path / "nowhere")
    assert done.returncode == 2
    assert "not a folder" in done.stderr
    assert "Traceback" not in done.stderr


def test_statements_by_speaker_and_words(folder: Path) -> None:
    (found,) = run_json("statements", "--corpus", folder, "--speaker", "blinken", "--contains", "durable peace")
    assert (found["id"], found["speaker"], found["channel"]) == ("blinken-dialogue", "antony-blinken", "remarks")


def test_people_looks_up_a_name_and_lists_participants(folder: Path) -> None:
    (found,) = run_json("people", "Ceyhun Bayramov", "--corpus", folder)
    assert (found["id"], found["aliases"]) == ("jeyhun-bayramov", ["Ceyhun Bayramov"])
    assert [p["id"] for p in run_json("people", "--corpus", folder)] == ["antony-blinken", "ararat-mirzoyan", "jeyhun-bayramov"]


def test_people_office_says_where_the_answer_comes_from(folder: Path) -> None:
    (found,) = run_json("people", "--office", "US Secretary of State", "--on", "2022-11-07", "--corpus", folder)
    assert (found["name"], found["source"]) == ("Antony Blinken", "registry")  # the saved corpus records no offices
    done = run("people", "--office", "US Secretary of State", "--on", "2022-11-07", "--corpus", folder)
    assert done.stdout.splitlines()[1].split()[-1] == "registry"


def test_timeline_mixes_meetings_and_statements_in_order(folder: Path) -> None:
    found = run_json("timeline", "--corpus", folder)
    assert [(e["kind"], e["id"]) for e in found] == [
        ("meeting", "2022-10-call"),
        ("meeting", "2022-11-07-washington"),
        ("statement", "blinken-dialogue"),
    ]
    text = run("timeline", "--corpus", folder)
    assert text.stdout.splitlines()[-1].endswith("Antony Blinken: “Direct dialogue is the best way to a durable peace,”")


def test_timeline_html_without_the_timeline_module_is_a_clear_error(folder: Path, tmp_path: Path) -> None:
    """An installation without ``caucasus_talks.export.timeline`` (blocked here) says so in one line."""
    blocked = (
        "import sys; sys.modules['caucasus_talks.export.timeline'] = None; from caucasus_talks.cli import main; sys.exit(main())"
    )
    args = ["timeline", "--html", str(tmp_path / "t.html"), "--corpus", str(folder)]
    done = subprocess.run([sys.executable, "-c", blocked, *args], capture_output=True, text=True, timeout=120, check=False)
    assert "--html is not available" in one_line_error(done)
    assert not (tmp_path / "t.html").exists()


def test_who_met_counts_pairs(folder: Path) -> None:
    found = run_json("who-met", "--corpus", folder, "--participant", "Mirzoyan")
    assert [(p["a"], p["b"], p["count"], p["first"], p["last"]) for p in found] == [
        ("ararat-mirzoyan", "antony-blinken", 2, "2022-10", "2022-11-07"),
        ("ararat-mirzoyan", "jeyhun-bayramov", 2, "2022-10", "2022-11-07"),
    ]
    assert found[0]["meetings"] == ["2022-10-call", "2022-11-07-washington"]


def test_show_prints_a_record_and_sources_its_spans(folder: Path) -> None:
    text = run("show", "2022-11-07-washington", "--corpus", folder)
    assert text.returncode == 0
    assert "Antony Blinken (host), Jeyhun Bayramov (party), Ararat Mirzoyan (party)" in text.stdout
    (shown,) = run_json("show", "blinken-dialogue", "--corpus", folder)
    assert shown["meeting"] == "2022-11-07-washington"
    spans = run_json("sources", "2022-11-07-washington", "--corpus", folder)
    assert [(s["about"], s["quote"]) for s in spans] == [("meeting", "hosted"), ("location", "Washington")]


def test_a_record_with_no_sources_exits_1(folder: Path) -> None:
    done = run("sources", "doc", "--corpus", folder, "--json")
    assert (done.returncode, done.stdout.strip()) == (1, "[]")


@pytest.mark.parametrize("command", ["meetings", "statements", "people", "timeline", "who-met", "show", "sources"])
def test_every_command_help_shows_an_example(command: str) -> None:
    done = run(command, "--help")
    assert done.returncode == 0
    assert f"example:\n  caucasus-talks {command}" in done.stdout
    assert "--corpus DIR" in done.stdout


# -- acceptance on the bundled seed corpus (issue 4) -------------------------


def test_seed_blinken_meetings_autumn_2022() -> None:
    found = run_json("meetings", "--participant", "blinken", "--since", "2022-09-01", "--until", "2022-12-31")
    assert [m["date"] for m in found] == ["2022-09-19", "2022-10-04", "2022-11-07"]
    assert all({"id", "date", "location", "format", "participants"} <= set(m) for m in found)


def test_seed_ceyhun_and_jeyhun_bayramov_are_one_person() -> None:
    window = ("--since", "2022-09-01", "--until", "2022-12-31")
    ceyhun = run_json("meetings", "--participant", "Ceyhun Bayramov", *window)
    jeyhun = run_json("meetings", "--participant", "Jeyhun Bayramov", *window)
    assert ceyhun == jeyhun
    assert [m["date"] for m in jeyhun] == ["2022-09-19", "2022-10-02", "2022-10-04", "2022-11-07"]


def test_seed_us_secretary_of_state_on_2022_11_07() -> None:
    found = run_json("people", "--office", "US Secretary of State", "--on", "2022-11-07")
    assert [p["name"] for p in found] == ["Antony Blinken"]


def test_seed_blinkin_exits_2_suggesting_antony_blinken() -> None:
    assert "Antony Blinken" in one_line_error(run("meetings", "--participant", "Blinkin"))


@pytest.fixture(scope="module")
def saved_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seeds")
    ct.load_corpus().save(path)
    return path


@pytest.mark.parametrize("where", ["bundled", "saved"])
def test_seed_who_met_and_timeline_work_on_bundled_and_saved_corpus(where: str, saved_seeds: Path) -> None:
    corpus = ["--corpus", str(saved_seeds)] if where == "saved" else []
    pairs = run_json("who-met", *corpus)
    assert any({p["a"], p["b"]} == {"ararat-mirzoyan", "jeyhun-bayramov"} for p in pairs)
    timeline = run("timeline", *corpus)
    assert timeline.returncode == 0, timeline.stderr
    assert timeline.stdout.splitlines()[0].split() == ["DATE", "KIND", "ID", "REVIEW", "WHAT"]
    assert len(timeline.stdout.splitlines()) > len(ct.load_corpus().meetings)


# -- tables fit the terminal (issue 13) ----------------------------------------------------


def table_cells(output: str) -> list[list[str]]:
    """The cells of a printed table, a wrapped cell's lines joined: columns start where the header's labels do."""
    header, *lines = output.splitlines()
    starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", header)]
    rows: list[list[str]] = []
    for line in lines:
        parts = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]
        if parts[0]:
            rows.append(parts)
        else:
            rows[-1] = [f"{old} {new}".strip() for old, new in zip(rows[-1], parts, strict=True)]
    return rows


def squeezed(text: str) -> str:
    """The text without its whitespace: what wrapping must keep, character for character."""
    return "".join(text.split())


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize(
    "command",
    [
        ["meetings"],
        ["statements"],
        ["timeline"],
        ["who-met"],
        ["people"],
        ["sources", "2022-11-07-washington-foreign-ministers"],
        ["show", "000_9ec35adc186620d0"],
    ],
)
def test_every_table_fits_the_width_columns_gives(command: list[str], columns: int) -> None:
    done = run(*command, columns=columns)
    assert done.returncode == 0, done.stderr
    assert max(len(line) for line in done.stdout.splitlines()) <= columns


@pytest.mark.parametrize("columns", [80, 120])
def test_a_long_statement_wraps_onto_continuation_lines_and_loses_no_word(columns: int) -> None:
    statements = run_json("statements")
    longest = max(statements, key=lambda s: len(str(s["text"])))
    assert len(str(longest["text"])) > 2 * columns  # a statement that cannot fit on one line
    done = run("statements", columns=columns)
    assert max(len(line) for line in done.stdout.splitlines()) <= columns
    printed = {squeezed(row[1]): row[4] for row in table_cells(done.stdout)}
    assert list(printed) == [s["id"] for s in statements]
    for s in statements:  # every character of every statement, in order; a long one spans several lines
        assert squeezed(printed[str(s["id"])]) == squeezed(str(s["text"]))
    words = [w for line in done.stdout.splitlines() for w in line.split()]
    assert all(word in words for word in str(longest["text"]).split() if "-" not in word)


@pytest.mark.parametrize("columns", [80, 120])
def test_wrapped_ids_and_names_are_whole_when_read_back(columns: int) -> None:
    meetings = run_json("meetings")
    rows = table_cells(run("meetings", columns=columns).stdout)
    assert [squeezed(r[1]) for r in rows] == [m["id"] for m in meetings]


def test_without_a_terminal_or_columns_a_table_has_one_line_per_row() -> None:
    """A pipe or a file gets whole records on single lines, for grep and cut: no width limit (documented)."""
    statements = run_json("statements")
    lines = run("statements").stdout.splitlines()
    assert len(lines) == 1 + len(statements)
    assert all(squeezed(str(s["text"])) in squeezed(line) for s, line in zip(statements, lines[1:], strict=True))


def test_table_widths_shrink_the_widest_column_first() -> None:
    from caucasus_talks.cli._common import column_widths

    table = [["DATE", "ID", "TEXT"], ["2022-11-07", "x" * 30, " ".join("y" * 100)]]
    assert column_widths(table, None) == [10, 30, 199]
    assert column_widths(table, 300) == [10, 30, 199]
    widths = column_widths(table, 80)
    assert sum(widths) + 2 * 2 == 80
    assert widths[0] == 10  # a narrow column keeps its width
    assert widths[2] > widths[1]  # the text gets the larger share


cell_text = st.text(alphabet=st.sampled_from("ab-/ ,.xyzé’"), max_size=120)


@given(st.lists(st.tuples(cell_text, cell_text, cell_text), min_size=1, max_size=4), st.integers(min_value=30, max_value=160))
def test_a_table_never_exceeds_its_width_and_keeps_every_character(rows: list[tuple[str, str, str]], width: int) -> None:
    from caucasus_talks.cli._common import table_lines

    keyed = [(f"r{i}", *row) for i, row in enumerate(rows)]
    lines = table_lines(keyed, ("KEY", "A", "B", "C"), width)
    assert all(len(line) <= width for line in lines)
    cells = table_cells("\n".join(lines))
    assert [[squeezed(c) for c in row] for row in cells] == [[squeezed(c) for c in row] for row in keyed]


# -- registries on the command line (issue 13) ---------------------------------------------


def test_seed_organization_eu_counts_the_president_of_the_european_council() -> None:
    found = [m["id"] for m in run_json("meetings", "--organization", "EU")]
    assert "2022-08-31-brussels-leaders" in found  # hosted by Charles Michel, no EU record of its own


def test_seed_location_virginia_finds_arlington() -> None:
    assert [m["id"] for m in run_json("meetings", "--location", "Virginia")] == ["2023-06-27-arlington-foreign-ministers"]


@pytest.mark.parametrize(
    ("code", "country"), [("AM", "Armenia"), ("ARM", "Armenia"), ("AZ", "Azerbaijan"), ("AZE", "Azerbaijan")]
)
def test_seed_country_takes_iso_codes(code: str, country: str) -> None:
    assert run_json("meetings", "--country", code) == run_json("meetings", "--country", country)
    assert run_json("people", "--country", code) == run_json("people", "--country", country)


@pytest.mark.parametrize("name", ["Никол Пашинян", "Նիկոլ Փաշինյան", "Nikol Paşinyan"])
def test_seed_participant_in_armenian_russian_or_azerbaijani_spelling(name: str) -> None:
    assert run_json("meetings", "--participant", name) == run_json("meetings", "--participant", "Pashinyan")


def test_seed_people_finds_someone_only_the_registry_knows_and_says_the_corpus_has_no_records() -> None:
    done = run("people", "Marco Rubio")
    assert done.returncode == 0, done.stderr
    rows = dict(line.split(None, 1) for line in done.stdout.splitlines()[1:])
    assert rows["name"] == "Marco Rubio"
    assert "Secretary of State (United States) 2025-01-21" in rows["offices"]
    assert rows["source"] == "registry: no meetings or statements in this corpus"
    (found,) = run_json("people", "Rubio")
    assert (found["id"], found["source"], found["mentions"]) == ("marco-rubio", "registry", [])
    (known,) = run_json("people", "Blinken")
    assert known["source"] == "corpus"


def test_seed_people_with_a_name_nobody_knows_exits_2() -> None:
    assert "unknown participant 'Marco Rubbio'" in one_line_error(run("people", "Marco Rubbio"))
