"""The store file: made from a corpus and back without loss, opened without reading it, checked again on demand."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from caucasus_talks import Corpus, DataError, Meeting, Problem, Statement, load_corpus, query
from caucasus_talks.cli import main
from caucasus_talks.store import VERSION, Store, schema
from caucasus_talks.store import rows as store_rows
from test_roundtrip import corpora

# -- conversion ------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_a_folder_made_into_a_store_and_back_is_the_same_corpus(corpus: Corpus) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus.save(root / "folder")
        with Store.from_corpus(Corpus.from_path(root / "folder"), root / "talks.db") as store:
            assert store.verify() == []
            store.to_corpus().save(root / "again")
        assert Corpus.from_path(root / "again") == corpus


def test_the_seed_corpus_survives_the_command_line_import_and_export(tmp_path: Path) -> None:
    load_corpus().save(tmp_path / "seed")
    assert main(["store", "import", str(tmp_path / "seed"), str(tmp_path / "talks.db")]) == 0
    assert main(["store", "export", str(tmp_path / "talks.db"), str(tmp_path / "out")]) == 0
    assert Corpus.from_path(tmp_path / "out") == load_corpus()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in (tmp_path / "seed").iterdir())


def test_a_store_is_made_whole_or_not_at_all_and_never_over_a_file(tmp_path: Path) -> None:
    path = tmp_path / "talks.db"
    path.write_text("mine")
    with pytest.raises(DataError, match="already exists"):
        Store.from_corpus(load_corpus(), path)
    assert path.read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["talks.db"]  # no staging file left


# -- opening -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such store file"),
        (b"a corpus folder's table, not a store", "not a caucasus-talks store"),
        ("sqlite", "not a caucasus-talks store \\(an SQLite file of another application\\)"),
        ("later", f"a store of version 99; this library reads version {VERSION}"),
        ("earlier", f"a store of version 1; this library reads version {VERSION}: export the store to a corpus folder"),
    ],
)
def test_opening_what_is_not_a_store_of_this_version_names_the_file_and_why(
    tmp_path: Path, content: bytes | str | None, reason: str
) -> None:
    path = tmp_path / "talks.db"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content == "sqlite":
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    elif content in ("later", "earlier"):
        Store.create(path).close()
        db = sqlite3.connect(path)
        db.execute(f"PRAGMA user_version = {99 if content == 'later' else 1}")
        db.close()
    with pytest.raises(DataError, match=f"{path}: {reason}"):
        Store(path)


def test_opening_reads_no_record(tmp_path: Path) -> None:
    path = tmp_path / "talks.db"
    Store.from_corpus(load_corpus(), path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meetings SET record = 'not JSON'")  # a record read on opening would fail
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.counts()["meetings"] == len(load_corpus().meetings)
        assert store.statement(load_corpus().statements[0].id) == load_corpus().statements[0]


def test_importing_the_package_and_loading_the_corpus_leave_sqlite_unimported() -> None:
    code = (
        "import sys, caucasus_talks; caucasus_talks.load_corpus()\n"
        "print(sorted(m for m in sys.modules if 'sqlite' in m or m.endswith('.store')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


# -- verify ------------------------------------------------------------------------------------


@pytest.fixture
def seed_store(tmp_path: Path) -> Path:
    path = tmp_path / "talks.db"
    Store.from_corpus(load_corpus(), path).close()
    return path


def damage(path: Path, sql: str, *params: object) -> None:
    db = sqlite3.connect(path)
    db.execute(sql, params)
    db.commit()
    db.close()


def damage_record(path: Path, table: str, rid: str, edit: str, *params: object) -> None:
    """Edit the record of a meeting or statement as the converter's JSON (``edit``, SQL of ``record`` and ``params``),
    and write it back in the positional form the store writes (:func:`caucasus_talks.store.rows.positional`)."""
    cls = {"meetings": Meeting, "statements": Statement}[table]
    db = sqlite3.connect(path)
    (record,) = db.execute(f"SELECT record FROM {table} WHERE id = ?", (rid,)).fetchone()
    keyed = store_rows.dumps(store_rows.keyed(json.loads(record), cls))
    (edited,) = db.execute(f"WITH r (record) AS (SELECT ?) SELECT {edit} FROM r", (keyed, *params)).fetchone()
    row = store_rows.dumps(store_rows.positional(json.loads(edited), cls))
    db.execute(f"UPDATE {table} SET record = ? WHERE id = ?", (row, rid))
    db.commit()
    db.close()


def test_a_whole_store_verifies_with_no_problem(seed_store: Path) -> None:
    with Store(seed_store) as store:
        assert store.verify() == []
    assert main(["store", "verify", str(seed_store)]) == 0


def test_verify_names_a_text_that_no_longer_matches_its_checksum(seed_store: Path) -> None:
    doc = load_corpus().documents[0]
    damage(seed_store, "UPDATE documents SET text = ? WHERE id = ?", doc.text.replace("the", "teh", 1), doc.id)
    with Store(seed_store) as store:
        problems = store.verify()
    assert problems[0].file == str(seed_store)
    assert problems[0].where == f"documents[{doc.id!r}]"
    assert problems[0].reason.startswith("text does not match its checksum")


def test_verify_names_each_span_that_no_longer_reproduces_its_quote(seed_store: Path) -> None:
    meeting = load_corpus().meetings[0]
    evidence = meeting.evidence[0]
    damage_record(seed_store, "meetings", meeting.id, "replace(record, ?, ?)",
                  f'"start":{evidence.start},"end":{evidence.end}', f'"start":{evidence.start + 1},"end":{evidence.end + 1}')
    with Store(seed_store) as store:
        problems = store.verify()
    spans = [p for p in problems if p.where.startswith(f"meetings[{meeting.id!r}].evidence[0]")]
    assert spans
    assert f"{meeting.id}: in document {evidence.document}, span {evidence.start + 1}:{evidence.end + 1} reads" in spans[0].reason


def test_verify_names_an_index_row_that_no_longer_agrees_with_its_record(seed_store: Path) -> None:
    statement = load_corpus().statements[0]
    damage(seed_store, "DELETE FROM statement_words WHERE rowid = (SELECT n FROM statements WHERE id = ?)", statement.id)
    damage(seed_store, "UPDATE meeting_participants SET participant = 'someone-else' WHERE rowid = 1")
    with Store(seed_store) as store:
        reasons = {(p.where, p.reason) for p in store.verify()}
    assert (f"statements[{statement.id!r}]", "its words in the full-text index are not its text's") in reasons
    assert any(where.startswith("meetings[") and "meeting_participants" in reason for where, reason in reasons)


@pytest.mark.parametrize("column", ["folded", "review"])
def test_verify_names_a_statement_whose_kept_text_or_review_is_not_its_own(seed_store: Path, column: str) -> None:
    statement = load_corpus().statements[0]
    sql = f"UPDATE statement_texts SET {column} = 'x' WHERE statement = (SELECT n FROM statements WHERE id = ?)"
    damage(seed_store, sql, statement.id)
    with Store(seed_store) as store:
        problems = store.verify()
    assert [(p.where, p.reason) for p in problems] == [
        (f"statements[{statement.id!r}]", "its rows of statement_texts do not agree with the record")
    ]


def test_verify_names_a_kept_text_of_no_statement_which_a_phrase_count_would_count(seed_store: Path) -> None:
    damage(seed_store, "INSERT INTO statement_texts (review, folded, statement) VALUES ('machine', ?, 99999)", "\x01x\x02")
    with Store(seed_store) as store:
        problems = store.verify()
    assert [(p.where, p.reason) for p in problems] == [
        ("statement_texts[99999]", "the folded text of no statement: a count of a phrase would count it; the store is damaged")
    ]


def test_verify_names_a_reference_to_no_record_and_a_duplicate_id(seed_store: Path) -> None:
    statement = load_corpus().statements[0]
    participant = load_corpus().participants[0]
    damage_record(seed_store, "statements", statement.id, "replace(record, ?, ?)",
                  f'"speakers":["{statement.speakers[0]}"', '"speakers":["nobody"')
    damage(seed_store, "INSERT INTO participants (id, record) SELECT ?, record FROM participants WHERE id = ?",
           load_corpus().meetings[0].id, participant.id)
    with Store(seed_store) as store:
        problems = store.verify()
    where = f"statements[{statement.id!r}].speakers[0]"
    assert any(p.where == where and "unknown participant id 'nobody'" in p.reason for p in problems)
    assert any("duplicate id" in p.reason and load_corpus().meetings[0].id in p.reason for p in problems)


def test_verify_names_what_sqlite_finds_wrong_with_the_file_a_line_a_problem(seed_store: Path) -> None:
    db = sqlite3.connect(seed_store)
    (page,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meetings_in_order'").fetchone()
    (size,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    with seed_store.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(b"\x07")  # no kind of page
    with Store(seed_store) as store:
        problems = store.verify()
    assert [(p.file, p.where) for p in problems] == [(str(seed_store), "")]
    assert problems[0].reason.startswith(f"the file is damaged: Page {page}: ")


REMAKE = (
    "export the store to a corpus folder (caucasus-talks store export) and import that into a new store "
    "(caucasus-talks store import), which makes the index again from the records"
)


@pytest.mark.parametrize(
    "damaged",
    [
        # the words the index holds for a row are gone, its text stays
        "DELETE FROM statement_words_data WHERE id = (SELECT max(id) FROM statement_words_data)",
        # a row's text is gone from the index, its words stay
        "DELETE FROM statement_words_content WHERE id = (SELECT min(id) FROM statement_words_content)",
        # a row's text is not the one its words were made from
        "UPDATE statement_words_content SET c0 = 'another text' WHERE id = (SELECT min(id) FROM statement_words_content)",
        # the index's own tables cannot be read
        "DELETE FROM statement_words_config",
    ],
    ids=["words-lost", "text-lost", "text-changed", "unreadable"],
)
def test_verify_names_a_damaged_full_text_index_once_with_what_to_do(seed_store: Path, damaged: str) -> None:
    damage(seed_store, damaged)
    before = seed_store.read_bytes()
    with Store(seed_store) as store:
        problems = store.verify()
        assert store.to_corpus() == load_corpus()  # the records are whole: exporting them remakes the index
    (index,) = problems
    assert (index.file, index.where) == (str(seed_store), "statement_words")
    assert index.reason.startswith("the full-text index of statements is damaged (SQLite's check says: ")
    assert index.reason.endswith(f"); {REMAKE}")
    assert seed_store.read_bytes() == before  # the check writes nothing


def test_a_store_exported_and_imported_again_has_its_full_text_index_whole(seed_store: Path, tmp_path: Path) -> None:
    damage(seed_store, "DELETE FROM statement_words_data WHERE id = (SELECT max(id) FROM statement_words_data)")
    assert main(["store", "export", str(seed_store), str(tmp_path / "folder")]) == 0
    assert main(["store", "import", str(tmp_path / "folder"), str(tmp_path / "again.db")]) == 0
    with Store(tmp_path / "again.db") as store:
        assert store.verify() == []
        assert query.statements(store, contains="Blinken") == query.statements(load_corpus(), contains="Blinken")


def test_verify_names_words_in_the_full_text_index_of_no_statement(seed_store: Path) -> None:
    damage(seed_store, "INSERT INTO statement_words (rowid, text) VALUES (1000, 'words of no statement')")
    with Store(seed_store) as store:
        problems = store.verify()
    reason = f"the full-text index of statements holds words of no statement; {REMAKE}"
    assert problems == [Problem(str(seed_store), "statement_words[1000]", reason)]


def test_the_verify_command_names_a_damaged_full_text_index(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage(seed_store, "DELETE FROM statement_words_data WHERE id = (SELECT max(id) FROM statement_words_data)")
    assert main(["--verbose", "store", "verify", str(seed_store)]) == 2
    err = capsys.readouterr().err
    assert f"{seed_store}: statement_words: the full-text index of statements is damaged" in err
    assert "caucasus-talks store export" in err


def test_verify_checks_the_index_after_another_process_wrote_and_inside_a_write_of_its_own(seed_store: Path) -> None:
    # FTS5's check runs as a write: in a transaction of its own, not in a read an add may have made stale
    with Store(seed_store) as store:
        assert store.verify() == []
        damage(seed_store, "UPDATE meetings SET city = city WHERE n = 1")  # another process writes
        assert store.verify() == []
        with store.writing():
            assert store.verify() == []


def test_verify_waits_for_a_writer_and_says_when_it_cannot_check_the_index(
    seed_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holding, done = threading.Event(), threading.Event()

    def writer(seconds: float) -> None:
        db = sqlite3.connect(seed_store, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        holding.set()
        done.wait(seconds)
        db.execute("COMMIT")
        db.close()

    with Store(seed_store) as store:  # waits for the writer, as an add does
        thread = threading.Thread(target=writer, args=(0.3,))
        thread.start()
        holding.wait()
        assert store.verify() == []
        thread.join()
    monkeypatch.setattr(schema, "BUSY_TIMEOUT_MS", 50)
    with Store(seed_store) as store:  # a writer that holds on longer than a store waits is no damage of the store
        holding.clear()
        thread = threading.Thread(target=writer, args=(30,))
        thread.start()
        holding.wait()
        try:
            reason = r"cannot check the full-text index \(SQLite checks it as it writes\): database is locked"
            with pytest.raises(DataError, match=f"{seed_store}: {reason}"):
                store.verify()
        finally:
            done.set()
            thread.join()


def test_the_verify_command_exits_2_with_a_line_per_problem(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage(seed_store, "UPDATE meetings SET record = '{\"id\": 7}' WHERE rowid = 1")
    assert main(["--verbose", "store", "verify", str(seed_store)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"caucasus-talks: store: {seed_store}: meetings[")
    assert "expected a string" in err


# -- the command line --------------------------------------------------------------------------


def test_store_add_extracts_files_into_a_new_store_and_adding_them_again_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = sorted(str(p) for p in (Path(__file__).parent / "data/extract/articles").glob("*.txt"))
    store = str(tmp_path / "talks.db")
    assert main(["store", "add", store, *articles]) == 0
    assert main(["store", "add", store, *articles]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("added 3 document(s)")
    assert err[1] == f"added 0 document(s), 0 participant(s), 0 meeting(s) (0 merged into known ones), 0 statement(s) to {store}"
    assert main(["store", "summary", store]) == 0
    assert "documents     3" in capsys.readouterr().out


@pytest.mark.parametrize(
    "question",
    [
        ["meetings", "--participant", "Bayramov", "--since", "2022-09"],
        ["statements", "--contains", "peace", "--json"],
        ["timeline", "--participant", "Mirzoyan"],
        ["who-met", "--status", "any"],
    ],
)
def test_a_query_command_prints_the_same_for_a_store_as_for_its_folder(
    seed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], question: list[str]
) -> None:
    load_corpus().save(tmp_path / "folder")
    assert main([*question, "--corpus", str(tmp_path / "folder")]) == 0
    from_folder = capsys.readouterr()
    assert main([*question, "--store", str(seed_store)]) == 0
    assert capsys.readouterr() == from_folder


# -- Parquet (the parquet extra) -----------------------------------------------------------------


def test_the_parquet_tables_hold_the_rows_of_the_other_table_exports(seed_store: Path, tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    from caucasus_talks.export.tables import tables

    with Store(seed_store) as store:
        counts = store.to_parquet(tmp_path / "tables")
    expected = tables(load_corpus())
    assert counts == {name: len(rows) for name, rows in expected.items()}
    for name, rows in expected.items():
        assert parquet.read_table(tmp_path / "tables" / f"{name}.parquet").to_pylist() == rows


def test_without_pyarrow_the_parquet_export_says_what_to_install(
    seed_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    assert main(["store", "export", str(seed_store), str(tmp_path / "tables"), "--parquet"]) == 2
    assert "pip install 'caucasus-talks[parquet]'" in capsys.readouterr().err
