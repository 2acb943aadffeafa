"""``caucasus-talks extract`` and ``add`` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLES = Path(__file__).parent / "data" / "extract" / "articles"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "caucasus_talks.cli", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_extract_file_prints_the_interchange_json() -> None:
    done = run("extract", str(ARTICLES / "kremlin-call.txt"), "--published", "2023-03-08")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["document"]["id"] == "kremlin-call"
    assert [m["format"] for m in data["meetings"]] == ["phone"]


def test_extract_folder_reports_an_unreadable_file_and_extracts_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text((ARTICLES / "eu-statement.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    done = run("extract", str(src), "--out", str(tmp_path / "out"), "--jobs", "2")
    assert done.returncode == 1
    assert "bad.txt" in done.stderr
    assert "invalid UTF-8" in done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.json"]
    assert json.loads((tmp_path / "out" / "good.json").read_text(encoding="utf-8"))["statements"]


def test_add_creates_a_corpus_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    files = [str(ARTICLES / "eu-statement.txt"), str(ARTICLES / "state-readout.txt")]
    first = run("add", *files, "--corpus", str(corpus))
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in corpus.iterdir()}
    second = run("add", *files, "--corpus", str(corpus))
    assert second.returncode == 0, second.stderr
    assert "added 0 document(s), 0 participant(s), 0 meeting(s)" in second.stderr
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == before
    meetings = json.loads((corpus / "meetings.json").read_text(encoding="utf-8"))["meetings"]
    assert all(m["review"] == "machine" for m in meetings)


def test_add_never_changes_a_meeting_a_person_reviewed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    assert run("add", str(ARTICLES / "kremlin-call.txt"), "--corpus", str(corpus)).returncode == 0
    path = corpus / "meetings.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for m in data["meetings"]:
        m["review"] = "confirmed"
    path.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "again.txt"
    other.write_text(" date 2023-03-08 Putin spoke by phone with Ilham Aliyev on Wednesday, the Kremlin said.", encoding="utf-8")
    assert run("add", str(other), "--corpus", str(corpus)).returncode == 0
    after = json.loads(path.read_text(encoding="utf-8"))["meetings"]
    assert [m for m in after if m["review"] == "confirmed"] == data["meetings"]
