"""``caucasus-talks add``: extract files and add them to a corpus folder with :meth:`Corpus.add`."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .._files import read_json, read_text
from ..corpus import TABLES, Added, Corpus, writing
from ..errors import DataError, Problem

if TYPE_CHECKING:
    from ..extract import Extraction

__all__ = ["Tally", "add_files"]


def _drafts(path: Path, published: _dt.date | None, texts: Path | None) -> Extraction:
    """The drafts of one file: a text is extracted; interchange JSON (what ``extract`` prints) is read back.

    The JSON's document text is looked for as ``<file stem>.txt`` or
    ``<document id>.txt`` in ``texts`` (by default, beside the JSON).
    """
    from ..extract import extract
    from ..extract.interchange import read_interchange

    if path.suffix.lower() != ".json":
        return extract(read_text(path), published=published, document_id=path.stem)
    data = read_json(path)
    where = texts if texts is not None else path.parent
    doc = data.get("document") if isinstance(data, dict) else None
    doc_id = doc.get("id") if isinstance(doc, dict) else None
    names = dict.fromkeys([f"{path.stem}.txt", *([f"{doc_id}.txt"] if isinstance(doc_id, str) else [])])
    for name in names:
        if (where / name).is_file():
            return read_interchange(data, read_text(where / name), shown=str(path))
    looked = " or ".join(str(where / n) for n in names)
    raise DataError([Problem(str(path), "", f"the document's text is needed beside it: no {looked} (see --texts)")])


def add_files(files: Iterable[Path], folder: Path, published: _dt.date | None, texts: Path | None = None) -> list[str]:
    """Add ``files`` (texts, or the interchange JSON ``extract`` printed) to the corpus at ``folder``; a report.

    Every file is read before anything is written, and the corpus is read,
    changed and saved holding its lock, so a second ``add`` into the same
    folder waits for this one instead of losing its records or these.
    """
    if folder.exists() and not folder.is_dir():
        raise DataError([Problem(str(folder), "", "exists and is not a folder")])
    drafts = [(Path(path), _drafts(Path(path), published, texts)) for path in files]
    tally = Tally("corpus")
    with writing(folder):
        corpus = Corpus.from_path(folder) if (folder / TABLES["documents"]).exists() else Corpus()
        for path, extraction in drafts:
            corpus, added = corpus.add(extraction)
            tally.count(path, added)
        corpus.save(folder)
    return tally.report(folder)


class Tally:
    """What a run of adds changed, as ``add`` and ``store add`` tell it: a note per text already held, then the totals."""

    def __init__(self, holder: str) -> None:
        self.holder = holder
        self.notes: list[str] = []
        self.totals: Counter[str] = Counter()

    def count(self, path: Path, added: Added) -> None:
        if added.known_as is not None:
            self.notes.append(f"{path}: the {self.holder} already holds this text as document {added.known_as}; nothing added")
        self.totals.update(documents=added.documents, participants=added.participants, meetings=added.meetings)
        self.totals.update(merged=added.merged, statements=added.statements)

    def report(self, target: Path) -> list[str]:
        t = self.totals
        return [
            *self.notes,
            f"added {t['documents']} document(s), {t['participants']} participant(s), "
            f"{t['meetings']} meeting(s) ({t['merged']} merged into known ones), {t['statements']} statement(s) to {target}",
        ]
