"""``caucasus-talks add``: extract files and add them to a corpus folder with :meth:`Corpus.add`."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .._files import read_text
from ..corpus import TABLES, Corpus, writing
from ..errors import DataError, Problem

__all__ = ["add_files"]


def add_files(files: Iterable[Path], folder: Path, published: _dt.date | None) -> list[str]:
    """Extract ``files`` into the corpus at ``folder`` (created if new); the lines of a report.

    Every file is read before anything is written, and the corpus is read,
    changed and saved holding its lock, so a second ``add`` into the same
    folder waits for this one instead of losing its records or these.
    """
    from ..extract import extract

    if folder.exists() and not folder.is_dir():
        raise DataError([Problem(str(folder), "", "exists and is not a folder")])
    texts = [(Path(path), read_text(Path(path))) for path in files]
    notes: list[str] = []
    totals: Counter[str] = Counter()
    with writing(folder):
        corpus = Corpus.from_path(folder) if (folder / TABLES["documents"]).exists() else Corpus()
        for path, text in texts:
            corpus, added = corpus.add(extract(text, published=published, document_id=path.stem))
            if added.known_as is not None:
                notes.append(f"{path}: the corpus already holds this text as document {added.known_as}; nothing added")
            totals.update(documents=added.documents, participants=added.participants, meetings=added.meetings)
            totals.update(merged=added.merged, statements=added.statements)
        corpus.save(folder)
    return [
        *notes,
        f"added {totals['documents']} document(s), {totals['participants']} participant(s), "
        f"{totals['meetings']} meeting(s) ({totals['merged']} merged into known ones), "
        f"{totals['statements']} statement(s) to {folder}",
    ]
