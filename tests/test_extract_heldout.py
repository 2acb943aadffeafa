"""The extractor on our own held-out articles, scored by the evaluation's scorer: floors that guard against regressions.

tests/data/heldout/ (12 articles), tests/data/heldout2/ and tests/data/heldout3/ (14 articles
each, written later by someone who had not read the extractor) hold articles written for this
purpose with their gold (see their READMEs). The floors are below the scores measured on
2026-11-23 (heldout: persons 1.000, statements 1.000, meetings 0.968; heldout2: 1.000, 0.984,
0.907; heldout3: 0.995, 0.933, 0.857), so a change that loses ground fails here.
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
# set: (documents, floors for persons, statements and meetings F1)
SETS = {
    "heldout": (12, {"persons": 0.97, "statements": 0.95, "meetings": 0.88}),
    "heldout2": (14, {"persons": 0.97, "statements": 0.95, "meetings": 0.85}),
    "heldout3": (14, {"persons": 0.97, "statements": 0.88, "meetings": 0.80}),
}


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    name: str = request.param
    configured = os.environ.get("CAUCASUS_TALKS_SCORER")
    script = Path(configured) if configured else ROOT.parent / "shared" / "eval" / "score.py"
    if not script.is_file():
        pytest.skip(f"the evaluation scorer is not at {script} (set CAUCASUS_TALKS_SCORER)")
    folder = ROOT / "tests" / "data" / name
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    pred = tmp_path_factory.mktemp(name)
    for doc in sorted((folder / "docs").glob("*.txt")):
        published = meta.get(doc.stem, {}).get("published")
        found = extract(doc.read_text(encoding="utf-8"), published=published, document_id=doc.stem)
        (pred / f"{doc.stem}.json").write_text(json.dumps(found.to_interchange()), encoding="utf-8")
    env = {**os.environ, "SCORE_PEOPLE": str(folder / "people.json"), "SCORE_PLACES": str(folder / "places.json")}
    done = subprocess.run(
        [sys.executable, str(script), str(folder / "gold"), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return name, result


def test_every_heldout_article_is_scored(scored: tuple[str, dict[str, Any]]) -> None:
    name, report = scored
    assert report["documents"] == SETS[name][0]
    assert report["missing_predictions"] == []


@pytest.mark.parametrize("kind", ["persons", "statements", "meetings"])
def test_scores_stay_above_their_floor(scored: tuple[str, dict[str, Any]], kind: str) -> None:
    name, report = scored
    assert report[kind]["f1"] >= SETS[name][1][kind], f"{name} {kind}: {report[kind]}"
