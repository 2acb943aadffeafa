"""The exported seed corpus, scored against the dev gold by the evaluation's own scorer.

The gold files in tests/data/gold/ are the five seed gold files of the shared
evaluation, renamed to the seed stems. The scorer (score.py, standard library
only) lives in ../shared/eval/ beside the project, or where
$CAUCASUS_TALKS_SCORER points; it runs as a subprocess, as in the evaluation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from caucasus_talks.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold"


def scorer() -> Path:
    configured = os.environ.get("CAUCASUS_TALKS_SCORER")
    path = Path(configured) if configured else ROOT.parent / "shared" / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"the evaluation scorer is not at {path} (set CAUCASUS_TALKS_SCORER)")
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    script = scorer()
    pred = tmp_path_factory.mktemp("export")
    assert cli_main(["export", "--by-document", str(pred)]) == 0
    done = subprocess.run(
        [sys.executable, str(script), str(GOLD), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_gold_copies_are_named_after_the_seed_documents() -> None:
    stems = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert sorted(p.stem for p in GOLD.glob("*.json")) == stems


def test_every_seed_document_is_exported_and_scored(report: dict[str, Any]) -> None:
    assert report["documents"] == 5
    assert report["missing_predictions"] == []


def test_persons_are_exactly_the_gold_persons(report: dict[str, Any]) -> None:
    assert report["persons"]["f1"] == 1.0


def test_statements_are_exactly_the_gold_statements(report: dict[str, Any]) -> None:
    assert report["statements"]["f1"] == 1.0


def test_every_gold_meeting_is_curated(report: dict[str, Any]) -> None:
    assert report["meetings"]["recall"] == 1.0


def test_meetings_beyond_the_gold_stay_few(report: dict[str, Any]) -> None:
    # One defended extra: the EU-hosted leaders' meeting that seed 000 announces (held 2023-07-15).
    assert report["meetings"]["precision"] >= 0.85
    assert report["meetings"]["predicted"] - report["meetings"]["gold"] == 1


def test_matched_meetings_agree_on_date_and_format(report: dict[str, Any]) -> None:
    attributes = report["meeting_attributes"]
    assert attributes["matched"] == report["meetings"]["gold"]
    assert attributes["date_exact"] == 1.0
    assert attributes["format"] == 1.0
