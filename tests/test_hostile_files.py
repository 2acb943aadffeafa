"""Hostile files: only regular files are read, links never followed, names stay portable, errors stay one line."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from caucasus_talks import Corpus, DataError, Document, extract
from caucasus_talks._data import bundled_file
from caucasus_talks._files import MAX_TEXT_BYTES
from caucasus_talks.cli import main
from caucasus_talks.extract.pipeline import portable_id
from test_corpus_files import saved, small_corpus

ARTICLES = Path(__file__).parent / "data" / "extract" / "articles"


def cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(DataError) as info:
        Corpus.from_path(folder)
    return [str(p) for p in info.value.problems]


# -- files that are not plain files -----------------------------------------


def test_a_fifo_in_place_of_a_document_text_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "doc-1.txt").unlink()
    os.mkfifo(folder / "doc-1.txt")
    assert problems_of(folder) == [f"{folder / 'doc-1.txt'}: is a FIFO, not a regular file; only regular files are read"]


def test_a_text_linked_to_a_device_is_never_read(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "doc-1.txt").unlink()
    (folder / "doc-1.txt").symlink_to("/dev/zero")
    (problem,) = problems_of(folder)
    assert problem.endswith("doc-1.txt: is a symbolic link; links in a corpus folder are never followed")


def test_a_text_over_the_size_limit_is_refused_naming_the_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: the size is there, the bytes are not
        handle.truncate(MAX_TEXT_BYTES + 1)
    code, _, err = cli(capsys, "extract", big)
    assert code == 2
    assert one_line(err).endswith(f"big.txt: is {MAX_TEXT_BYTES + 1:,} bytes, over the limit of {MAX_TEXT_BYTES:,} bytes")


def test_saving_a_folder_that_links_to_a_private_file_copies_nothing(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("the password", encoding="utf-8")
    secret.chmod(0o600)
    folder = saved(tmp_path)
    (folder / "stolen.txt").symlink_to(secret)
    assert any("stolen.txt: is a symbolic link" in p for p in problems_of(folder))
    with pytest.raises(DataError, match=r"stolen\.txt: is a symbolic link"):
        small_corpus().save(folder)
    elsewhere = tmp_path / "copy"
    small_corpus().save(elsewhere)
    assert "the password" not in "".join(p.read_text(encoding="utf-8") for p in elsewhere.iterdir())


def test_extract_refuses_a_linked_file_and_a_fifo_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "link.txt").symlink_to(ARTICLES / "kremlin-call.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    code, _, err = cli(capsys, "extract", tmp_path / "link.txt")
    assert code == 2
    assert "is a symbolic link" in one_line(err)
    code, _, err = cli(capsys, "extract", tmp_path / "pipe.txt")
    assert code == 2
    assert "is a FIFO, not a regular file" in one_line(err)


def test_written_files_get_the_folders_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    folder.mkdir()
    folder.chmod(0o700)
    old = os.umask(0o022)
    try:
        small_corpus().save(folder)
    finally:
        os.umask(old)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert set(modes.values()) == {0o600}, modes


# -- JSON limits and text fields ---------------------------------------------


def test_json_nested_a_thousand_deep_is_one_clear_problem(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "meetings.json").write_text('{"schema_version": 1, "meetings": ' + "[" * 1000 + "]" * 1000 + "}")
    assert problems_of(folder) == [f"{folder / 'meetings.json'}: nested more than 64 levels deep"]


def test_a_five_thousand_digit_number_is_named_with_its_place(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "meetings.json").write_text('{"schema_version": 1,\n "meetings": [' + "9" * 5000 + "]}")
    assert problems_of(folder) == [f"{folder / 'meetings.json'}: line 2 column 15: a number of more than 100 digits"]


def test_a_key_given_twice_is_refused_not_silently_overwritten(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    path = folder / "participants.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"name": "Antony Blinken"', '"name": "A", "name": "B"'))
    assert problems_of(folder) == [f"{path}: the key 'name' appears twice in one object"]


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        ("Antony \\ud800Blinken", "an unpaired surrogate U+D800 at position 7"),
        ("Antony \\u0000Blinken", "a control character U+0000 at position 7"),
    ],
)
def test_text_no_export_could_write_is_refused_at_load(tmp_path: Path, bad: str, says: str) -> None:
    folder = saved(tmp_path)
    path = folder / "participants.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"Antony Blinken"', f'"{bad}"'), encoding="utf-8")
    assert problems_of(folder) == [f"{path}: $.participants[0].name: {says}"]


# -- names of documents and output files ------------------------------------


@pytest.mark.parametrize("name", ["con", "nul", "com1", "lpt9.notes", "meetings", "documents", "a" * 101])
def test_a_document_id_must_be_a_portable_file_name(name: str) -> None:
    with pytest.raises(ValueError, match=r"reserved name|over the limit of 100"):
        Document(id=name, text="Some text.")


def test_a_file_names_document_id_is_portable_and_long_names_stay_apart() -> None:
    assert portable_id("con") == "con-doc"
    assert portable_id("Meetings") == "meetings-doc"
    long_a, long_b = "x" * 240 + "a", "x" * 240 + "b"
    assert len(portable_id(long_a)) <= 100
    assert portable_id(long_a) != portable_id(long_b)
    assert extract("Some text.", document_id="NUL").document.id == "nul-doc"


def test_export_by_document_refuses_a_corpus_folder_and_leaves_it_loadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = saved(tmp_path)
    code, _, err = cli(capsys, "export", "--by-document", folder, "--corpus", folder)
    assert code == 2
    assert "is a corpus folder" in one_line(err)
    assert Corpus.from_path(folder) == small_corpus()
    code, _, err = cli(capsys, "export", "--by-document", tmp_path / "out", "--corpus", folder)
    assert code == 0, err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["doc-1.json"]


def test_extract_dir_reports_and_skips_bad_files_and_never_stops(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    text = (ARTICLES / "kremlin-call.txt").read_text(encoding="utf-8")
    long_name = "a" * 240 + ".txt"
    (src / long_name).write_text(text, encoding="utf-8")
    (src / "con.txt").write_text(text, encoding="utf-8")
    (src / "Con.txt").write_text(text, encoding="utf-8")  # the same id as con.txt
    (src / "link.txt").symlink_to(ARTICLES / "kremlin-call.txt")
    (src / "bad.txt").write_bytes(b"\xff not UTF-8")
    code, _, err = cli(capsys, "extract", src, "--out", tmp_path / "out", "--jobs", "1")
    assert code == 1
    lines = err.splitlines()
    assert any("bad.txt: byte 0 (line 1): invalid UTF-8" in line for line in lines)
    assert any("link.txt: is a symbolic link" in line for line in lines)
    assert any("its document id 'con-doc' is already that of" in line for line in lines)
    assert lines[-1].startswith(f"extracted 2 of 5 file(s) into {tmp_path / 'out'}")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(["con-doc.json", portable_id("a" * 240) + ".json"])


def test_add_a_file_with_a_long_name_works(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / ("b" * 240 + ".txt")
    path.write_text((ARTICLES / "kremlin-call.txt").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = cli(capsys, "add", path, "--corpus", tmp_path / "corpus")
    assert code == 0, err
    (doc,) = Corpus.from_path(tmp_path / "corpus").documents
    assert doc.id == portable_id("b" * 240)


def _unwritable(tmp_path: Path) -> Path:
    """A folder this process cannot write: /sys refuses even root; otherwise a read-only folder."""
    if os.geteuid() == 0:
        if not Path("/sys").is_dir():
            pytest.skip("running as root without /sys: no folder root cannot write")
        return Path("/sys/caucasus-talks-test")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return folder / "inside"


@pytest.mark.parametrize("command", ["add", "export-csv", "export-by-document", "timeline-html"])
def test_an_unwritable_target_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    target = _unwritable(tmp_path)
    args = {
        "add": ["add", ARTICLES / "kremlin-call.txt", "--corpus", target],
        "export-csv": ["export", "--format", "csv", target],
        "export-by-document": ["export", "--by-document", target],
        "timeline-html": ["timeline", "--html", target / "t.html"],
    }[command]
    code, _, err = cli(capsys, *args)
    assert code == 2
    assert "cannot write" in one_line(err)


# -- strict loading ----------------------------------------------------------


def test_a_folder_without_the_corpus_tables_is_not_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = cli(capsys, "meetings", "--corpus", tmp_path)
    assert code == 2
    assert one_line(err) == f"caucasus-talks: meetings: {tmp_path}: not a corpus folder: it has no documents.json"


def test_a_stray_text_in_a_corpus_folder_is_reported(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "notes.txt").write_text("not a document", encoding="utf-8")
    assert problems_of(folder) == [f"{folder / 'notes.txt'}: a text the corpus does not list in documents.json"]


def _edit(path: Path, change: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")


CORRUPTIONS = [
    ("meetings.json", lambda d: d["meetings"][0]["participants"][0].update(by_office="no"), "expected true or false"),
    ("meetings.json", lambda d: d["meetings"][0]["evidence"][0].update(start="8"), 'not a string "8"'),
    ("meetings.json", lambda d: d["meetings"][0]["evidence"][0].update(start=8.9), "not a decimal number 8.9"),
    ("meetings.json", lambda d: d["meetings"][0].update(id=12), "expected a string, not an integer 12"),
    ("participants.json", lambda d: d["participants"][0].update(name=["A", "B"]), "expected a string, not a list"),
    ("meetings.json", lambda d: d.update(schema_version=True), "schema version True is not supported"),
    ("meetings.json", lambda d: d.update(schema_version="1.0"), "schema version '1.0' is not supported"),
    ("documents.json", lambda d: d["documents"][0].update(id="../base/000"), "is not a valid id"),
    ("documents.json", lambda d: d["documents"][0].update(id="con"), "is a reserved name"),
]


@pytest.mark.parametrize(("table", "change", "says"), CORRUPTIONS)
def test_a_value_of_the_wrong_kind_is_refused_never_coerced(tmp_path: Path, table: str, change: object, says: str) -> None:
    folder = saved(tmp_path)
    _edit(folder / table, change)
    problems = problems_of(folder)
    assert any(says in p for p in problems), problems
    assert all(p.startswith(str(folder)) for p in problems)


def test_an_empty_text_lying_in_the_folder_is_reported(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    assert problems_of(folder) == [f"{folder / 'empty.txt'}: a text the corpus does not list in documents.json"]


# -- one-line errors ---------------------------------------------------------


def test_every_problem_is_one_line_and_verbose_lists_them_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = saved(tmp_path)
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("stray", encoding="utf-8")
    code, _, err = cli(capsys, "meetings", "--corpus", folder)
    assert code == 2
    assert one_line(err).endswith("(and 2 more problems: --verbose lists them)")
    code, _, err = cli(capsys, "meetings", "--corpus", folder, "--verbose")
    assert code == 2
    assert len(err.splitlines()) == 3
    code, _, err = cli(capsys, "--verbose", "meetings", "--corpus", folder)
    assert len(err.splitlines()) == 3


def test_a_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["meetings", "--format", "pigeon"])
    assert info.value.code == 2
    line = one_line(capsys.readouterr().err)
    assert "invalid choice: 'pigeon'" in line
    assert line.endswith("(see caucasus-talks meetings --help)")


# -- adding again ------------------------------------------------------------


def _seed_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seed"
    with bundled_file("seed") as path:
        shutil.copytree(path, folder)
    return folder


def test_adding_a_document_the_curated_corpus_holds_adds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _seed_copy(tmp_path)
    before = Corpus.from_path(folder)
    doc = before.documents[0]
    for name in (f"{doc.id}.txt", "same-text-other-name.txt"):
        path = tmp_path / name
        path.write_text(doc.text, encoding="utf-8")
        code, _, err = cli(capsys, "add", path, "--corpus", folder)
        assert code == 0, err
        assert f"the corpus already holds this text as document {doc.id}; nothing added" in err
    assert Corpus.from_path(folder) == before


def test_a_draft_a_person_deleted_does_not_come_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "corpus"
    article = ARTICLES / "kremlin-call.txt"
    assert cli(capsys, "add", article, "--corpus", folder)[0] == 0
    meetings = json.loads((folder / "meetings.json").read_text(encoding="utf-8"))
    assert meetings["meetings"], "the article has a meeting to delete"
    deleted = meetings["meetings"].pop(0)["id"]
    statements = json.loads((folder / "statements.json").read_text(encoding="utf-8"))
    for s in statements["statements"]:
        if s.get("meeting") == deleted:
            del s["meeting"]
    (folder / "meetings.json").write_text(json.dumps(meetings), encoding="utf-8")
    (folder / "statements.json").write_text(json.dumps(statements), encoding="utf-8")
    edited = Corpus.from_path(folder)
    code, _, err = cli(capsys, "add", article, "--corpus", folder)
    assert code == 0, err
    assert "added 0 document(s), 0 participant(s), 0 meeting(s)" in err
    assert Corpus.from_path(folder) == edited


def test_saving_a_smaller_corpus_removes_the_texts_it_no_longer_holds(tmp_path: Path) -> None:
    folder = saved(tmp_path)
    other = Document(id="doc-2", text="Another text.")
    Corpus(documents=[*small_corpus().documents, other]).merge(small_corpus()).save(folder)
    assert (folder / "doc-2.txt").exists()
    small_corpus().save(folder)
    assert not (folder / "doc-2.txt").exists()
    assert Corpus.from_path(folder) == small_corpus()


def test_saving_into_a_folder_of_other_texts_is_refused(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("a text of my own", encoding="utf-8")
    with pytest.raises(DataError, match=r"mine\.txt: a text that is not this corpus's"):
        small_corpus().save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt"]


# -- one's own corpus beside the seed corpus ----------------------------------


def test_init_from_seed_then_add_keeps_the_seed_and_adds_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "mine"
    code, _, err = cli(capsys, "init", folder, "--from-seed")
    assert code == 0, err
    seed = Corpus.from_path(folder)
    assert cli(capsys, "add", ARTICLES / "kremlin-call.txt", "--corpus", folder)[0] == 0
    mine = Corpus.from_path(folder)
    assert set(seed.meetings) < set(mine.meetings)
    code, _, err = cli(capsys, "init", folder)
    assert code == 2
    assert "exists and is not an empty folder" in one_line(err)


def test_queries_read_several_corpora_and_the_seed_together(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "mine"
    assert cli(capsys, "add", ARTICLES / "kremlin-call.txt", "--corpus", folder)[0] == 0
    counts = {}
    for name, extra in {"mine": [], "both": ["--with-seed"], "seed": None}.items():
        args = ["summary", "--json"] + ([] if extra is None else ["--corpus", folder, *extra])
        code, out, err = cli(capsys, *args)
        assert code == 0, err
        counts[name] = json.loads(out)["documents"]
    assert counts["both"] == counts["mine"] + counts["seed"]
    saved(tmp_path)
    code, out, _ = cli(capsys, "summary", "--json", "--corpus", folder, "--corpus", tmp_path / "corpus")
    assert json.loads(out)["documents"] == counts["mine"] + 1


def test_merging_corpora_that_hold_one_text_keeps_one_document_with_both_drafts() -> None:
    text = "Pashinyan spoke."
    curated = Corpus(documents=[Document(id="d", text=text, title="As curated")])
    drafted = Corpus(documents=[Document(id="d", text=text, drafted=["d-m1"])])
    (doc,) = curated.merge(drafted).documents
    assert (doc.title, doc.drafted) == ("As curated", ("d-m1",))
    with pytest.raises(DataError, match="different records with this id"):
        curated.merge(Corpus(documents=[Document(id="d", text="Another text.")]))
