"""The extractor's output on every dev document, kept as snapshots: a change shows as a diff.

Regenerate on purpose with ``UPDATE_SNAPSHOTS=1 pytest tests/test_extract_snapshots.py``. A document without a
snapshot fails: a snapshot is written only when that switch is given, never as a side effect of a test run.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from caucasus_talks import extract

HERE = Path(__file__).parent
SNAPSHOTS = HERE / "data" / "extract" / "snapshots"
DEV = HERE.parents[1] / "shared" / "eval" / "dev"
DOCS = sorted((DEV / "docs").glob("*.txt")) if (DEV / "docs").is_dir() else []


def _published(name: str) -> str | None:
    meta = json.loads((DEV / "meta.json").read_text(encoding="utf-8"))
    value: str | None = meta.get(name, {}).get("published")
    return value


@pytest.mark.skipif(not DOCS, reason="the dev set (../shared/eval/dev) is not beside the project")
@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_extraction_matches_its_snapshot(path: Path) -> None:
    data = extract(path.read_text(encoding="utf-8"), published=_published(path.stem), document_id=path.stem).to_interchange()
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    snap = SNAPSHOTS / f"{path.stem}.json"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        snap.write_text(text, encoding="utf-8")
    assert snap.exists(), f"{snap.name} is missing: UPDATE_SNAPSHOTS=1 to write it"
    assert text == snap.read_text(encoding="utf-8"), f"{snap.name} differs: UPDATE_SNAPSHOTS=1 to accept the change"
