"""Upgrading a store an earlier release wrote: in place, in one transaction, to what this release would write.

``tests/data/store/version-2.db.gz`` is a store of version 2, written by the
release before version 3 (commit 8a5c1d3) from :func:`test_store_queries.grown`:
the seed corpus with the extractor's drafts of the test articles and a
held-out set, a third of the drafts rejected. ``version-2-records.tar.gz`` is
that corpus as a folder, as it was made then: what an upgrade must give back,
whatever the extractor drafts today.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import tarfile
from pathlib import Path

import pytest

from caucasus_talks import Corpus, DataError, Meeting, Statement, query
from caucasus_talks.cli import main
from caucasus_talks.store import VERSION, Store, rows, schema, upgrade
from test_store_queries import BATTERY, grown

ROOT = Path(__file__).resolve().parent.parent
WRITTEN_BY_VERSION_2 = ROOT / "tests/data/store/version-2.db.gz"
ITS_RECORDS = ROOT / "tests/data/store/version-2-records.tar.gz"


def _its_records(tmp_path: Path) -> Corpus:
    """The corpus the version 2 store was written from, as it was then."""
    with tarfile.open(ITS_RECORDS) as tar:
        tar.extractall(tmp_path / "records", filter="data")
    return Corpus.from_path(tmp_path / "records" / "v2-records")


@pytest.fixture
def old(tmp_path: Path) -> Path:
    """A copy of the version 2 store."""
    path = tmp_path / "talks.db"
    path.write_bytes(gzip.decompress(WRITTEN_BY_VERSION_2.read_bytes()))
    return path


def _version(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        db.close()


def _tables(path: Path) -> dict[str, object]:
    """Every table's columns and rows, and the indexes, of a store file (the full-text index by its words)."""
    db = sqlite3.connect(path)
    try:
        tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'statement_words%'"
        names = [n for (n,) in db.execute(tables)]
        out: dict[str, object] = {}
        for name in names:
            out[f"{name} columns"] = db.execute(f"PRAGMA table_info({name})").fetchall()
            out[name] = sorted(db.execute(f"SELECT * FROM {name}").fetchall(), key=repr)
        indexes = db.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'").fetchall()
        out["indexes"] = sorted(indexes, key=repr)
        out["words"] = db.execute("SELECT rowid, text FROM statement_words ORDER BY rowid").fetchall()
        return out
    finally:
        db.close()


def test_a_version_2_store_is_refused_with_how_to_upgrade_it(old: Path) -> None:
    reason = f"a store of version 2; this library reads version {VERSION}: upgrade it in place with caucasus-talks store upgrade"
    with pytest.raises(DataError, match=f"{old}: {reason}"):
        Store(old)


def test_an_upgraded_store_holds_what_this_release_writes_for_its_records(old: Path, tmp_path: Path) -> None:
    assert Store.upgrade(old) == 2
    assert _version(old) == VERSION
    with Store(old) as store:
        assert store.verify() == []
        corpus = store.to_corpus()
    assert corpus == _its_records(tmp_path)  # the records are those version 2 wrote
    Store.from_corpus(corpus, tmp_path / "new.db").close()
    assert _tables(old) == _tables(tmp_path / "new.db")


@pytest.mark.parametrize(("helper", "filters"), [(h, f) for h, f in BATTERY if h == "statements"])
def test_an_upgraded_store_answers_as_its_corpus(old: Path, tmp_path: Path, helper: str, filters: dict[str, object]) -> None:
    Store.upgrade(old)
    corpus = _its_records(tmp_path)
    with Store(old) as store:
        assert query.statements(store, **filters) == query.statements(corpus, **filters)  # type: ignore[arg-type]
        assert query.count_statements(store, **filters) == len(query.statements(corpus, **filters))  # type: ignore[arg-type]


def test_a_store_of_this_version_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "talks.db"
    Store.from_corpus(grown(), path).close()
    before = path.read_bytes()
    assert Store.upgrade(path) == VERSION
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("version", "reason"),
    [
        (1, "a store of version 1; this library reads version {VERSION}: export the store to a corpus folder"),
        (99, "a store of version 99; this library reads version {VERSION}$"),
    ],
)
def test_a_store_no_step_upgrades_is_refused_naming_the_file_and_why(old: Path, version: int, reason: str) -> None:
    db = sqlite3.connect(old)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()
    with pytest.raises(DataError, match=f"{old}: {reason.format(VERSION=VERSION)}"):
        Store.upgrade(old)
    assert _version(old) == version


def test_what_is_not_a_store_is_not_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(DataError, match=f"{path}: not a caucasus-talks store"):
        Store.upgrade(path)
    with pytest.raises(DataError, match="no such store file"):
        Store.upgrade(tmp_path / "missing.db")


def test_a_damaged_statement_stops_the_upgrade_naming_it_and_changes_nothing(old: Path) -> None:
    db = sqlite3.connect(old)
    (sid,) = db.execute("SELECT id FROM statements ORDER BY n LIMIT 1 OFFSET 3").fetchone()
    db.execute("UPDATE statements SET record = json_remove(record, '$.text') WHERE id = ?", (sid,))
    db.commit()
    before = _tables(old)
    db.close()
    with pytest.raises(DataError, match=rf"{old}: statements\['{sid}'\]: its row holds no statement with a text"):
        Store.upgrade(old)
    assert _version(old) == 2
    assert _tables(old) == before


def _damaged_page(path: Path, index: str) -> int:
    """Overwrite the first page of an index of the store with what no page starts with; its page number."""
    db = sqlite3.connect(path)
    try:
        (page,) = db.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)).fetchone()
        (size,) = db.execute("PRAGMA page_size").fetchone()
    finally:
        db.close()
    with path.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(b"\x07")  # a page's first byte says what kind of page it is, and no kind is 7
    return int(page)


def test_a_damaged_file_is_refused_naming_it_and_what_sqlite_found_and_left_as_it_was(old: Path) -> None:
    page = _damaged_page(old, "meetings_in_order")
    before = old.read_bytes()
    with pytest.raises(DataError, match=rf"{old}: cannot upgrade: the file is damaged: Page {page}: ") as refused:
        Store.upgrade(old)
    assert [p.where for p in refused.value.problems] == [""]
    assert old.read_bytes() == before
    assert _version(old) == 2
    assert not old.with_name(old.name + "-wal").exists()


def test_the_command_line_refuses_a_damaged_file_with_exit_2(old: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = _damaged_page(old, "statements_in_order")
    before = old.read_bytes()
    assert main(["store", "upgrade", str(old)]) == 2
    assert f"{old}: cannot upgrade: the file is damaged: Page {page}: " in capsys.readouterr().err
    assert old.read_bytes() == before


def test_the_command_line_upgrades_a_store_and_says_so(old: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["store", "upgrade", str(old)]) == 0
    assert capsys.readouterr().err == f"{old}: upgraded from version 2 to {VERSION}\n"
    assert main(["store", "upgrade", str(old)]) == 0
    assert capsys.readouterr().err == f"{old}: of version {VERSION} already: unchanged\n"
    assert main(["meetings", "--store", str(old), "--count"]) == 0


def test_an_upgrade_sqlite_ends_midway_is_refused_with_sqlite_s_reason_and_changes_nothing(
    old: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an interrupt (as an I/O error or a full disk may) makes SQLite roll the transaction back itself
    real = schema.opened

    def interrupted_midway(path: Path) -> tuple[sqlite3.Connection, int]:
        db, version = real(path)
        steps = iter(range(10))
        folding: list[str] = []  # from the first statement of the step on (the file is checked before it)
        db.set_trace_callback(lambda sql: folding.append(sql) if sql.startswith("ALTER TABLE") else None)
        db.set_progress_handler(lambda: bool(folding) and next(steps, None) is None, 100)
        return db, version

    monkeypatch.setattr(schema, "opened", interrupted_midway)
    before = _tables(old)
    with pytest.raises(DataError, match=f"{old}: cannot upgrade: interrupted$"):
        Store.upgrade(old)
    assert _version(old) == 2
    assert _tables(old) == before


def test_a_check_of_the_file_sqlite_ends_is_refused_with_its_reason_not_as_damage(
    old: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = schema.opened

    def interrupted_at_once(path: Path) -> tuple[sqlite3.Connection, int]:
        db, version = real(path)
        db.set_progress_handler(lambda: True, 100)  # in the check of the file, the first statement to run
        return db, version

    monkeypatch.setattr(schema, "opened", interrupted_at_once)
    before = old.read_bytes()
    with pytest.raises(DataError, match=f"{old}: cannot upgrade: interrupted$"):
        Store.upgrade(old)
    assert old.read_bytes() == before


def test_an_exception_while_folding_the_texts_is_raised_as_itself_and_changes_nothing(
    old: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folded: list[str] = []

    def marked_words(text: str) -> str:  # Ctrl-C in the middle of the texts
        folded.append(text)
        if len(folded) == 10:
            raise KeyboardInterrupt
        return rows.marked_words(text)

    monkeypatch.setattr(upgrade, "marked_words", marked_words)
    before = _tables(old)
    with pytest.raises(KeyboardInterrupt):
        Store.upgrade(old)
    assert _version(old) == 2
    assert _tables(old) == before


def _written_as_version_5(db: sqlite3.Connection) -> None:
    """Make a new store's rows those of version 5: each meeting and statement as the converter's JSON, keyed."""
    for table, cls in (("meetings", Meeting), ("statements", Statement)):
        held = db.execute(f"SELECT n, record FROM {table}").fetchall()
        rewritten = [(rows.dumps(rows.keyed(json.loads(record), cls)), n) for n, record in held]
        db.executemany(f"UPDATE {table} SET record = ? WHERE n = ?", rewritten)


def _written_as_version_4(db: sqlite3.Connection) -> None:
    """Make a new store's tables those of version 4: each statement's folded text in its own row."""
    _written_as_version_5(db)
    db.execute("ALTER TABLE statements ADD COLUMN folded TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE statements SET folded = (SELECT folded FROM statement_texts WHERE statement = n)")
    db.execute("DROP TABLE statement_texts")


@pytest.mark.parametrize("version", [3, 4])
def test_a_version_3_or_4_store_gains_what_later_versions_hold_and_then_holds_what_a_new_store_holds(
    tmp_path: Path, version: int
) -> None:
    path, fresh = tmp_path / "talks.db", tmp_path / "fresh.db"
    Store.from_corpus(grown(), fresh).close()
    path.write_bytes(fresh.read_bytes())
    db = sqlite3.connect(path)
    _written_as_version_4(db)
    if version == 3:
        db.execute("DROP INDEX meetings_by_review")
    db.execute(f"PRAGMA user_version = {version}")
    db.commit()
    db.close()
    assert Store.upgrade(path) == version
    assert _version(path) == VERSION
    assert _tables(path) == _tables(fresh)


@pytest.fixture
def version_5(tmp_path: Path) -> tuple[Path, Path]:
    """A store as version 5 wrote it (each meeting and statement keyed, as the converter writes it), and the same
    records in a new store."""
    path, fresh = tmp_path / "talks.db", tmp_path / "fresh.db"
    Store.from_corpus(grown(), fresh).close()
    path.write_bytes(fresh.read_bytes())
    db = sqlite3.connect(path)
    _written_as_version_5(db)
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()
    return path, fresh


def test_a_version_5_store_is_refused_with_how_to_upgrade_it(version_5: tuple[Path, Path]) -> None:
    path, _fresh = version_5
    reason = f"a store of version 5; this library reads version {VERSION}: upgrade it in place with caucasus-talks store upgrade"
    with pytest.raises(DataError, match=f"{path}: {reason}"):
        Store(path)


def test_a_version_5_store_s_records_are_rewritten_in_positional_form_as_a_new_store_writes_them(
    version_5: tuple[Path, Path],
) -> None:
    path, fresh = version_5
    assert _tables(path) != _tables(fresh)
    assert Store.upgrade(path) == 5
    assert _version(path) == VERSION
    assert _tables(path) == _tables(fresh)
    corpus = grown()
    with Store(path) as store:
        assert store.verify() == []
        assert store.to_corpus() == corpus
        for helper, filters in BATTERY:
            assert getattr(query, helper)(store, **filters) == getattr(query, helper)(corpus, **filters)


def test_a_version_5_row_the_positional_form_cannot_hold_is_left_as_it_was_and_named_as_before(
    version_5: tuple[Path, Path],
) -> None:
    path, _fresh = version_5
    db = sqlite3.connect(path)
    (mid,) = db.execute("SELECT id FROM meetings ORDER BY n LIMIT 1 OFFSET 2").fetchone()
    db.execute("UPDATE meetings SET record = json_set(record, '$.colour', 'red') WHERE id = ?", (mid,))
    (sid,) = db.execute("SELECT id FROM statements ORDER BY n LIMIT 1 OFFSET 2").fetchone()
    db.execute("UPDATE statements SET record = 'not JSON' WHERE id = ?", (sid,))
    db.commit()
    db.close()
    before = {table: _record_of(path, table, rid) for table, rid in (("meetings", mid), ("statements", sid))}
    Store.upgrade(path)
    assert {table: _record_of(path, table, rid) for table, rid in (("meetings", mid), ("statements", sid))} == before
    with Store(path) as store:
        problems = store.verify()
    assert (f"meetings[{mid!r}]", "unknown field(s): colour @ $") in [(p.where, p.reason) for p in problems]
    assert [p.where for p in problems if p.where.startswith("statements")] == [f"statements[{sid!r}]"]


def _record_of(path: Path, table: str, rid: str) -> str:
    db = sqlite3.connect(path)
    try:
        return str(db.execute(f"SELECT record FROM {table} WHERE id = ?", (rid,)).fetchone()[0])
    finally:
        db.close()


def test_an_exception_while_rewriting_the_records_is_raised_as_itself_and_changes_nothing(
    version_5: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _fresh = version_5
    rewritten: list[str] = []

    def positional_row(record: str, cls: type[object]) -> str:  # Ctrl-C in the middle of the records
        rewritten.append(record)
        if len(rewritten) == 10:
            raise KeyboardInterrupt
        return real(record, cls)

    real = upgrade._positional_row
    monkeypatch.setattr(upgrade, "_positional_row", positional_row)
    before = _tables(path)
    with pytest.raises(KeyboardInterrupt):
        Store.upgrade(path)
    assert _version(path) == 5
    assert _tables(path) == before
