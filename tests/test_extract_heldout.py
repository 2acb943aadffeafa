"""The extractor on our own held-out articles, scored by the evaluation's scorer: floors that guard against regressions.

tests/data/heldout/ holds twelve articles written for this purpose with their gold
(see its README): they were never used to write rules, only to measure them. The
floors are below the measured scores (persons 1.000, statements 0.979,
meetings 0.935 on 2026-11-23, second session), so a change that loses ground fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from caucasus_talks import extract

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "data" / "heldout"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    configured = os.environ.get("CAUCASUS_TALKS_SCORER")
    script = Path(configured) if configured else ROOT.parent / "shared" / "eval" / "score.py"
    if not script.is_file():
        pytest.skip(f"the evaluation scorer is not at {script} (set CAUCASUS_TALKS_SCORER)")
    meta = json.loads((HELDOUT / "meta.json").read_text(encoding="utf-8"))
    pred = tmp_path_factory.mktemp("heldout")
    for doc in sorted((HELDOUT / "docs").glob("*.txt")):
        published = meta.get(doc.stem, {}).get("published")
        found = extract(doc.read_text(encoding="utf-8"), published=published, document_id=doc.stem)
        (pred / f"{doc.stem}.json").write_text(json.dumps(found.to_interchange()), encoding="utf-8")
    env = {**os.environ, "SCORE_PEOPLE": str(HELDOUT / "people.json"), "SCORE_PLACES": str(HELDOUT / "places.json")}
    done = subprocess.run(
        [sys.executable, str(script), str(HELDOUT / "gold"), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_every_heldout_article_is_scored(report: dict[str, Any]) -> None:
    assert report["documents"] == 12
    assert report["missing_predictions"] == []


def test_persons_stay_above_their_floor(report: dict[str, Any]) -> None:
    assert report["persons"]["f1"] >= 0.97


def test_statements_stay_above_their_floor(report: dict[str, Any]) -> None:
    assert report["statements"]["f1"] >= 0.95


def test_meetings_stay_above_their_floor(report: dict[str, Any]) -> None:
    assert report["meetings"]["f1"] >= 0.88
