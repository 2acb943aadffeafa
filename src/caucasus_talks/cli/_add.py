"""``caucasus-talks add``: extract files and add them to a corpus folder with :meth:`Corpus.add`."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import attrs

from .._files import read_text
from ..corpus import Corpus
from ..errors import DataError, Problem

__all__ = ["add_files"]


def add_files(files: Iterable[Path], folder: Path, published: _dt.date | None) -> str:
    """Extract ``files`` into the corpus at ``folder`` (created if new); a one-line report."""
    from ..extract import extract

    if folder.exists() and not folder.is_dir():
        raise DataError([Problem(str(folder), "", "exists and is not a folder")])
    corpus = Corpus.from_path(folder) if folder.is_dir() else Corpus()
    totals: Counter[str] = Counter()
    for path in files:
        text = read_text(Path(path))
        corpus, added = corpus.add(extract(text, published=published, document_id=Path(path).stem))
        totals.update(attrs.asdict(added))
    corpus.save(folder)
    return (
        f"added {totals['documents']} document(s), {totals['participants']} participant(s), "
        f"{totals['meetings']} meeting(s) ({totals['merged']} merged into known ones), "
        f"{totals['statements']} statement(s) to {folder}"
    )
