"""Adding extracted documents to a user's corpus folder, idempotently.

A meeting already in the corpus (compatible date, and the same place or shared
participants) is merged, not duplicated; records a person reviewed
(``Review.CURATED`` / ``Review.CONFIRMED``) are never changed; adding the same
file twice changes nothing.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from pathlib import Path

import attrs

from .._files import read_text
from ..corpus import Corpus
from ..errors import DataError, Problem
from ..model import Meeting, Participant, Review, Statement

__all__ = ["add_extraction", "add_files"]


def _same_event(known: Meeting, new: Meeting) -> bool:
    """Whether ``new`` (from another document) reports the meeting ``known``.

    Meetings of one document are already distinct (the extractor merged its
    own repeats): a bilateral beside a trilateral on the same day stays apart.
    """
    if set(known.documents) & set(new.documents):
        return False
    if known.format is not new.format:
        return False
    if known.date.known and new.date.known:
        if not known.date.overlaps(new.date.earliest, new.date.latest):
            return False
    elif known.date.known != new.date.known:
        return False
    kc = known.location.city if known.location else None
    nc = new.location.city if new.location else None
    if kc and nc and kc != nc:
        return False
    ours, theirs = set(known.participant_ids), set(new.participant_ids)
    shared = ours & theirs
    alike = bool(shared) and len(shared) / len(ours | theirs) >= 0.5
    return bool((kc and kc == nc and (alike or not theirs)) or (len(shared) >= 2 and alike))


def add_extraction(corpus: Corpus, extraction: object) -> tuple[Corpus, dict[str, int]]:
    """``corpus`` with one extraction's document and drafts added; counts of what changed."""
    from ..extract import Extraction

    assert isinstance(extraction, Extraction)
    counts = {"documents": 0, "participants": 0, "meetings": 0, "merged": 0, "statements": 0}
    doc = extraction.document
    documents = list(corpus.documents)
    existing = next((d for d in documents if d.id == doc.id), None)
    if existing is None:
        documents.append(doc)
        counts["documents"] += 1
    elif existing.text != doc.text:
        raise DataError([Problem(f"{doc.id}.txt", "", "the corpus holds a different text under this document id")])

    people: dict[str, Participant] = {p.id: p for p in corpus.participants}
    for p in extraction.participants:
        known = people.get(p.id)
        if known is None:
            people[p.id] = p
            counts["participants"] += 1
        elif known.review is Review.MACHINE:
            extra = tuple(e for e in p.evidence if e not in known.evidence)
            if extra:
                people[p.id] = attrs.evolve(known, evidence=(*known.evidence, *extra))

    meetings: dict[str, Meeting] = {m.id: m for m in corpus.meetings}
    merged_into: dict[str, str] = {}  # a draft meeting's id -> the known meeting it reports
    for m in extraction.meetings:
        if m.id in meetings:
            continue  # this document's draft is already in the corpus
        already = next((k for k in meetings.values() if any(e in k.evidence for e in m.evidence)), None)
        if already is not None:
            merged_into[m.id] = already.id
            continue
        target = next((k for k in meetings.values() if _same_event(k, m)), None)
        if target is None:
            meetings[m.id] = m
            counts["meetings"] += 1
            continue
        merged_into[m.id] = target.id
        if target.review is not Review.MACHINE:
            counts["merged"] += 1  # known and reviewed: left as the person made it
            continue
        have = set(target.participant_ids)
        meetings[target.id] = attrs.evolve(
            target,
            evidence=(*target.evidence, *(e for e in m.evidence if e not in target.evidence)),
            participants=(*target.participants, *(a for a in m.participants if a.participant not in have)),
            date=target.date if target.date.known else m.date,
            location=target.location or m.location,
        )
        counts["merged"] += 1

    statements: dict[str, Statement] = {s.id: s for s in corpus.statements}
    for s in extraction.statements:
        if s.id in statements or any(s.evidence[0] in k.evidence for k in statements.values()):
            continue
        if s.meeting in merged_into:
            s = attrs.evolve(s, meeting=merged_into[s.meeting])
        statements[s.id] = s
        counts["statements"] += 1
    merged = Corpus(
        documents=documents,
        participants=list(people.values()),
        meetings=list(meetings.values()),
        statements=list(statements.values()),
    )
    return merged, counts


def add_files(files: Iterable[Path], folder: Path, published: _dt.date | None) -> str:
    """Extract ``files`` into the corpus at ``folder`` (created if new); a one-line report."""
    from ..extract import extract

    if folder.exists() and not folder.is_dir():
        raise DataError([Problem(str(folder), "", "exists and is not a folder")])
    corpus = Corpus.from_path(folder) if folder.is_dir() else Corpus()
    totals = {"documents": 0, "participants": 0, "meetings": 0, "merged": 0, "statements": 0}
    for path in files:
        text = read_text(Path(path))
        extraction = extract(text, published=published, document_id=Path(path).stem)
        corpus, counts = add_extraction(corpus, extraction)
        for k, v in counts.items():
            totals[k] += v
    corpus.save(folder)
    return (
        f"added {totals['documents']} document(s), {totals['participants']} participant(s), "
        f"{totals['meetings']} meeting(s) ({totals['merged']} merged into known ones), "
        f"{totals['statements']} statement(s) to {folder}"
    )
