"""Past one machine: a Dask bag of interchange records (the optional ``dask`` extra)."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["extract_bag"]


def _one(path: str, published: str | None) -> dict[str, Any]:
    from .._files import read_text
    from .pipeline import extract

    p = Path(path)
    text = read_text(p)
    return extract(text, published=published, document_id=p.stem).to_interchange()


def extract_bag(paths: Iterable[str | Path], *, published: str | None = None, npartitions: int | None = None) -> Any:
    """A ``dask.bag.Bag`` of interchange dicts, one per text file of ``paths``.

    Needs the ``dask`` extra (``pip install "caucasus-talks[dask]"``); nothing
    runs until the bag is computed, on whatever scheduler or cluster is active.
    """
    try:
        # Imported by name so that type checking does not need Dask installed.
        db = importlib.import_module("dask.bag")
    except ImportError:
        raise ImportError('extract_bag needs Dask: pip install "caucasus-talks[dask]" (or "dask[bag]")') from None
    names = [str(p) for p in paths]
    parts = npartitions or max(1, min(len(names), 64))
    bag = db.from_sequence(names, npartitions=parts)
    return bag.map(_one, published)
