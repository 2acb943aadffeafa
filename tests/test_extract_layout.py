"""The extractor's layout keeps the promises of docs/extending.md: small functions, words in the vocabulary tables."""

from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "caucasus_talks" / "extract"
LONGEST = 80  # lines a function of the extractor may have


def test_no_function_of_the_extractor_is_longer_than_eighty_lines() -> None:
    long = []
    for path in sorted(EXTRACT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
                size = node.end_lineno - node.lineno + 1
                if size > LONGEST:
                    long.append(f"{path.relative_to(EXTRACT)}:{node.lineno} {node.name} ({size} lines)")
    assert long == []


def test_every_stage_module_of_the_meeting_stage_is_named_in_the_docs() -> None:
    doc = (EXTRACT.parents[2] / "docs" / "extending.md").read_text(encoding="utf-8")
    stages = sorted(p.stem for p in (EXTRACT / "meetings").glob("*.py") if p.stem != "__init__")
    assert [s for s in stages if f"`{s}`" not in doc] == []
