"""Every command that reads a corpus folder reads a store (``--store FILE``) and prints the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from caucasus_talks import load_corpus
from caucasus_talks.cli import main

SEED = load_corpus()


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed corpus as a folder, and the store `store import` makes of that folder."""
    root = tmp_path_factory.mktemp("seed")
    SEED.save(root / "folder")
    assert main(["store", "import", str(root / "folder"), str(root / "talks.db")]) == 0
    return root / "folder", root / "talks.db"


def printed(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def assert_same(capsys: pytest.CaptureFixture[str], seed: tuple[Path, Path], question: list[str]) -> tuple[int, str, str]:
    """The command prints the same (exit code, stdout, stderr) over the store as over its folder; what it printed."""
    folder, store = seed
    from_folder = printed(capsys, [*question, "--corpus", str(folder)])
    from_store = printed(capsys, [*question, "--store", str(store)])
    assert from_store == from_folder
    return from_store


def some(records: list[str], k: int = 4) -> list[str]:
    """A few ids spread over a table: the first, the last and between."""
    return list(dict.fromkeys(records[:: max(1, len(records) // (k - 1))] + records[-1:]))


IDS = (
    some([d.id for d in SEED.documents])
    + some([p.id for p in SEED.participants])
    + some([m.id for m in SEED.meetings])
    + some([s.id for s in SEED.statements])
)

QUESTIONS = [
    ["summary"],
    ["summary", "--json"],
    ["people"],
    ["people", "--json"],
    ["people", "--country", "AM"],
    ["people", "--country", "United States", "--json"],
    ["people", "--kind", "organization"],
    ["people", "Ceyhun Bayramov"],
    ["people", "blinken", "--json"],
    ["people", "Marco Rubio"],
    ["people", "--office", "US Secretary of State", "--on", "2022-11-07"],
    ["people", "--office", "Armenian Foreign Minister", "--json"],
    ["people", "--office", "Secretary of State", "--on", "2026"],
    *(["show", i] for i in IDS),
    *(["show", i, "--json"] for i in IDS[::2]),
    *(["sources", i] for i in IDS),
    *(["sources", i, "--json"] for i in IDS[1::2]),
]


@pytest.mark.parametrize("question", QUESTIONS, ids=" ".join)
def test_a_command_prints_the_same_for_a_store_as_for_its_folder(
    seed: tuple[Path, Path], capsys: pytest.CaptureFixture[str], question: list[str]
) -> None:
    _code, out, err = assert_same(capsys, seed, question)
    assert out or err


def test_the_questions_mostly_have_answers(seed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    codes = [printed(capsys, [*question, "--corpus", str(seed[0])])[0] for question in QUESTIONS]
    assert codes.count(0) >= len(codes) * 3 // 4  # the comparisons are not all of "nothing matched"


@pytest.mark.parametrize(
    "question",
    [
        ["show", "blinken"],
        ["show", "2022-11-07-washington"],
        ["sources", "no-such-record"],
        ["people", "Blinkin"],
        ["people", "--country", "Narnia"],
        ["people", "--office", "Grand Vizier"],
        ["people", "--on", "2022-11-07"],
        ["people", "--office", "Secretary of State", "--on", "07/11/2022"],
    ],
    ids=" ".join,
)
def test_a_bad_question_gets_the_same_one_line_error_from_a_store(
    seed: tuple[Path, Path], capsys: pytest.CaptureFixture[str], question: list[str]
) -> None:
    code, out, err = assert_same(capsys, seed, question)
    assert (code, out, err.count("\n")) == (2, "", 1)


def test_a_document_rests_on_nothing_over_a_store_too(seed: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert assert_same(capsys, seed, ["sources", SEED.documents[0].id, "--json"]) == (1, "[]\n", "")


# -- export and the timeline page: the same files ------------------------------------------------


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "question",
    [
        ["export", "--format", "csv", "out"],
        ["export", "--format", "jsonl", "out"],
        ["export", "--format", "json", "out"],
        ["export", "--format", "plover", "out"],
        ["export", "--by-document", "out"],
        ["timeline", "--html", "out/timeline.html"],
    ],
    ids=" ".join,
)
def test_a_store_exports_the_files_its_folder_exports(
    seed: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    question: list[str],
) -> None:
    folder, store = seed
    (tmp_path / "from-folder" / "out").mkdir(parents=True)
    (tmp_path / "from-store" / "out").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "from-folder")
    from_folder = printed(capsys, [*question, "--corpus", str(folder)])
    monkeypatch.chdir(tmp_path / "from-store")
    from_store = printed(capsys, [*question, "--store", str(store)])
    assert from_store == from_folder
    assert from_store[0] == 0
    written = files(tmp_path / "from-store" / "out")
    assert written
    assert written == files(tmp_path / "from-folder" / "out")


# -- what a store reads: only what the question needs ---------------------------------------------


def damage_all_but(store: Path, tmp_path: Path, keep: str) -> Path:
    """A copy of the store in which every meeting and statement record but ``keep`` is no longer valid JSON."""
    copy = tmp_path / "damaged.db"
    copy.write_bytes(store.read_bytes())
    db = sqlite3.connect(copy)
    for table in ("meetings", "statements"):
        db.execute(f"UPDATE {table} SET record = 'not a record' WHERE id != ?", (keep,))
    db.commit()
    db.close()
    return copy


@pytest.mark.parametrize("command", ["show", "sources"])
def test_show_and_sources_read_the_record_asked_for_and_no_other(
    seed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    meeting = SEED.meetings[3].id
    whole = printed(capsys, [command, meeting, "--store", str(seed[1])])
    assert printed(capsys, [command, meeting, "--store", str(damage_all_but(seed[1], tmp_path, meeting))]) == whole


@pytest.mark.parametrize(
    "question",
    [["summary"], ["people", "Bayramov"], ["people", "--office", "US Secretary of State", "--on", "2022-11-07"]],
    ids=" ".join,
)
def test_summary_and_people_read_no_meeting_or_statement(
    seed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], question: list[str]
) -> None:
    whole = printed(capsys, [*question, "--store", str(seed[1])])
    assert whole[0] == 0
    assert printed(capsys, [*question, "--store", str(damage_all_but(seed[1], tmp_path, ""))]) == whole


def test_the_summary_of_an_empty_store_is_that_of_an_empty_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path / "empty")]) == 0
    assert main(["store", "import", str(tmp_path / "empty"), str(tmp_path / "empty.db")]) == 0
    capsys.readouterr()
    assert_same(capsys, (tmp_path / "empty", tmp_path / "empty.db"), ["summary", "--json"])


# -- a store, and only a store --------------------------------------------------------------------

COMMANDS = [
    ["people"],
    ["show", "antony-blinken"],
    ["sources", "antony-blinken"],
    ["summary"],
    ["export", "--format", "csv", "out"],
]


@pytest.mark.parametrize("question", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("with_folder", [["--corpus", "."], ["--with-seed"]], ids=" ".join)
def test_a_store_and_folders_together_are_refused_in_one_line(
    seed: tuple[Path, Path], capsys: pytest.CaptureFixture[str], question: list[str], with_folder: list[str]
) -> None:
    code, out, err = printed(capsys, [*question, "--store", str(seed[1]), *with_folder])
    assert (code, out) == (2, "")
    assert err == f"caucasus-talks: {question[0]}: --store reads one store; it takes no --corpus or --with-seed\n"


@pytest.mark.parametrize("question", COMMANDS, ids=" ".join)
def test_a_store_file_that_is_missing_or_not_a_store_is_named_in_one_line(
    seed: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], question: list[str]
) -> None:
    missing = tmp_path / "missing.db"
    error = f"caucasus-talks: {question[0]}: {missing}: no such store file\n"
    assert printed(capsys, [*question, "--store", str(missing)]) == (2, "", error)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    code, out, err = printed(capsys, [*question, "--store", str(other)])
    assert (code, out) == (2, "")
    assert err == f"caucasus-talks: {question[0]}: {other}: not a caucasus-talks store (an SQLite file of another application)\n"
