"""One text file extracted into its interchange JSON: what ``caucasus-talks extract`` and the Dask bags share."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

from .._files import read_text, write_atomic
from ..errors import DataError
from .pipeline import extract, portable_id

__all__ = ["claim_id", "extract_file", "write_extraction"]


def claim_id(name: str, taken: dict[str, str]) -> tuple[str, str | None]:
    """The document id of the file ``name`` (its portable stem), claimed in ``taken`` (id -> the file that has it):
    the id, and why the file is refused when an earlier file has it already."""
    doc_id = portable_id(Path(name).stem)
    if doc_id in taken:  # (the same file named twice too: its JSON is written once)
        return doc_id, f"{name}: its document id {doc_id!r} is already that of {Path(taken[doc_id]).name}; rename one"
    taken[doc_id] = name
    return doc_id, None


def extract_file(path: Path, published: _dt.date | str | None) -> dict[str, Any]:
    """The interchange dict of the UTF-8 text file ``path``; its document id is the file's stem."""
    return extract(read_text(path), published=published, document_id=path.stem).to_interchange()


def write_extraction(src: str, dst: str, published: _dt.date | str | None) -> str | None:
    """Extract ``src`` into the JSON file ``dst`` (written whole or not at all); one line saying what went wrong, or None.

    Whatever goes wrong with this file (it cannot be read, its JSON cannot be
    written, the extractor fails on it) is returned for the file, so a run over
    many files goes on with the others.
    """
    try:
        data = extract_file(Path(src), published)
        write_atomic(Path(dst), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    except DataError as exc:
        return "; ".join(str(p) for p in exc.problems)
    except Exception as exc:  # a fault of the extractor on this text: reported with the file, never the end of the run
        return f"{src}: extraction failed: {type(exc).__name__}: {exc}"
    return None
