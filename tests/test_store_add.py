"""``Store.add``: the same records as ``Corpus.add``, written a document at a time, all of an add or none of it."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_talks import Corpus, DataError, Document, Evidence, Meeting, PartialDate, Review, load_corpus
from caucasus_talks.corpus import Added, _same_event, published_day
from caucasus_talks.extract import Extraction, extract
from caucasus_talks.serialize import structure, unstructure
from caucasus_talks.store import Store
from caucasus_talks.store.grow import _may_report, _stand_in

ROOT = Path(__file__).resolve().parent.parent


def real_texts() -> list[tuple[str, str, str | None]]:
    """Every real text the tests hold, as (document id, text, publication date): articles, seeds, two held-out sets."""
    found: list[tuple[str, str, str | None]] = []
    for path in sorted((ROOT / "tests/data/extract/articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt")):
        found.append((path.stem, path.read_text(encoding="utf-8"), None))
    for name in ("heldout2", "heldout3"):
        meta = json.loads((ROOT / "tests/data" / name / "meta.json").read_text(encoding="utf-8"))
        for path in sorted((ROOT / "tests/data" / name / "docs").glob("*.txt")):
            found.append((f"{name}-{path.stem}", path.read_text(encoding="utf-8"), meta[path.stem]["published"]))
    return found


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    return [extract(text, document_id=doc_id, published=published) for doc_id, text, published in real_texts()]


def both(start: Corpus, extractions: list[Extraction], path: Path) -> Iterator[tuple[Corpus, Added, Added]]:
    """Add each extraction to a corpus and to a store made from the same start; after each, the corpus and both reports."""
    corpus = start
    with Store.from_corpus(start, path) as store:
        for extraction in extractions:
            corpus, by_corpus = corpus.add(extraction)
            yield corpus, by_corpus, store.add(extraction)


@pytest.mark.parametrize("start", ["empty", "seed"])
def test_adding_real_extractions_gives_the_records_corpus_add_gives(
    extractions: list[Extraction], tmp_path: Path, start: str
) -> None:
    first = Corpus() if start == "empty" else load_corpus()
    path = tmp_path / "talks.db"
    steps = list(both(first, [*extractions, *extractions[:4]], path))
    assert [by_store for _, _, by_store in steps] == [by_corpus for _, by_corpus, _ in steps]
    assert sum(added.merged for _, added, _ in steps) > 0, "no draft was merged: the sequence does not exercise merging"
    with Store(path) as store:
        assert store.to_corpus() == steps[-1][0]
        assert store.verify() == []


def test_reviewed_and_rejected_records_stay_as_a_person_left_them(extractions: list[Extraction], tmp_path: Path) -> None:
    half = len(extractions) // 2
    corpus = Corpus()
    for extraction in extractions[:half]:
        corpus, _ = corpus.add(extraction)
    states = [Review.CURATED, Review.REJECTED, Review.MACHINE]
    reviewed = attrs.evolve(
        corpus,
        meetings=[attrs.evolve(m, review=states[i % 3]) for i, m in enumerate(corpus.meetings)],
        participants=[attrs.evolve(p, review=states[i % 3]) for i, p in enumerate(corpus.participants)],
    )
    steps = list(both(reviewed, extractions[half:] + extractions[:half], tmp_path / "talks.db"))
    assert [by_store for _, _, by_store in steps] == [by_corpus for _, by_corpus, _ in steps]
    with Store(tmp_path / "talks.db") as store:
        assert store.to_corpus() == steps[-1][0]
        for m in reviewed.meetings:
            if m.review is not Review.MACHINE:
                assert store.meeting(m.id) == m


def test_a_draft_a_person_deleted_is_not_added_again(extractions: list[Extraction], tmp_path: Path) -> None:
    corpus, _ = Corpus().add(extractions[0])
    deleted = corpus.meetings[0].id
    kept = attrs.evolve(corpus, meetings=corpus.meetings[1:], statements=[s for s in corpus.statements if s.meeting != deleted])
    with Store.from_corpus(kept, tmp_path / "talks.db") as store:
        assert store.add(extractions[0]) == kept.add(extractions[0])[1]
        assert store.get(deleted) is None
        assert store.to_corpus() == kept.add(extractions[0])[0]


def test_a_known_text_under_another_id_adds_nothing(extractions: list[Extraction], tmp_path: Path) -> None:
    with Store.create(tmp_path / "talks.db") as store:
        store.add(extractions[0])
        again = attrs.evolve(extractions[0], document=attrs.evolve(extractions[0].document, id="the-same-text"))
        assert store.add(again) == Added(known_as=extractions[0].document.id)


def test_a_different_text_under_a_known_id_is_refused_and_nothing_is_written(
    extractions: list[Extraction], tmp_path: Path
) -> None:
    with Store.create(tmp_path / "talks.db") as store:
        store.add(extractions[0])
        before = store.to_corpus()
        impostor = Extraction(document=Document(id=extractions[0].document.id, text="Another text entirely."))
        with pytest.raises(DataError, match="different text under this document id"):
            store.add_all([extractions[1], impostor])
        assert store.to_corpus() == before  # the whole transaction, extractions[1] too, was rolled back


def _rows(path: Path) -> dict[str, str]:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        rows = {}
        for table in ("documents", "participants", "meetings", "statements"):
            rows.update({f"{table}/{rid}": record for rid, record in db.execute(f"SELECT id, record FROM {table}")})
        return rows
    finally:
        db.close()


def test_an_add_rewrites_only_the_records_it_changes(extractions: list[Extraction], tmp_path: Path) -> None:
    path = tmp_path / "talks.db"
    corpus = Corpus()
    with Store.create(path) as store:
        for extraction in extractions[:-1]:
            corpus, _ = corpus.add(extraction)
            store.add(extraction)
    before = _rows(path)
    after_corpus, _ = corpus.add(extractions[-1])
    changed_by_corpus = {
        f"{table}/{r.id}"
        for table in ("documents", "participants", "meetings", "statements")
        for r in getattr(after_corpus, table)
        if corpus.get(r.id) != r
    }
    with Store(path) as store:
        store.add(extractions[-1])
    after = _rows(path)
    rewritten = {key for key, record in after.items() if before.get(key) != record}
    assert rewritten <= changed_by_corpus
    assert {k for k in changed_by_corpus if not k.startswith("participants/")} <= rewritten  # a participant's new spans are rows


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from caucasus_talks.extract import extract
    from caucasus_talks.store import Store
    texts = [Path(p) for p in sys.argv[2:]]
    extractions = [extract(p.read_text(encoding="utf-8"), document_id=f"{p.parent.parent.name}-{p.stem}") for p in texts]
    store = Store(sys.argv[1])

    def told():
        for extraction in extractions:
            print("adding", flush=True)  # the parent counts these to kill the child inside the transaction
            yield extraction

    store.add_all(told())
    print("done", flush=True)
    """
)


def test_a_writer_killed_at_any_moment_leaves_the_store_before_or_after_the_add(tmp_path: Path) -> None:
    texts = sorted((ROOT / "tests/data/heldout2/docs").glob("*.txt"))
    start = load_corpus()
    with Store.from_corpus(start, tmp_path / "reference.db") as store:
        store.add_all(extract(p.read_text(encoding="utf-8"), document_id=f"{p.parent.parent.name}-{p.stem}") for p in texts)
        whole = store.to_corpus()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    rng = random.Random(14)
    left = []
    for trial in range(8):
        path = tmp_path / f"trial-{trial}.db"
        Store.from_corpus(start, path).close()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), *map(str, texts)], stdout=subprocess.PIPE, text=True, env=env
        )
        assert child.stdout is not None
        for _ in range(rng.randrange(1, len(texts) + 2)):  # past the last "adding": during or after the commit
            child.stdout.readline()
        time.sleep(rng.uniform(0, 0.004))  # somewhere in the writing of a document's rows
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        with Store(path) as store:
            found = store.to_corpus()
            assert found in (start, whole)
            assert store.verify() == []
        left.append(found == whole)
    assert not all(left), "no kill landed inside the transaction"


def _undated_report(doc_id: str, published: str | None, who: tuple[str, ...]) -> Extraction:
    """A made-up document, published on ``published``, reporting an undated meeting of ``who``."""
    from caucasus_talks import Attendance, Meeting, PartialDate, Participant

    text = f"{' and '.join(who)} met ({doc_id})."
    doc = Document(id=doc_id, text=text, published=PartialDate.from_iso(published))
    return Extraction(
        document=doc,
        participants=[Participant(id=name.lower(), name=name, evidence=[doc.find(name)]) for name in who],
        meetings=[
            Meeting(
                id=f"{doc_id}-m0",
                participants=[Attendance(participant=name.lower()) for name in who],
                evidence=[doc.find("met")],
                review=Review.MACHINE,
            )
        ],
    )


def test_undated_reports_join_as_corpus_add_joins_them_by_publication_day(tmp_path: Path) -> None:
    leaders, ministers, trilateral = ("Aliyev", "Pashinyan"), ("Bayramov", "Mirzoyan"), ("Aliyev", "Pashinyan", "Michel")
    published: list[tuple[str | None, tuple[str, ...]]] = [
        ("2021-11-26", leaders),
        ("2021-11-28", leaders),
        (None, leaders),  # on no known day: a meeting of its own
        ("2021-12-02", ministers),
        ("2021-12-02", leaders),
        ("2021-11", leaders),  # on no known day of a month: a meeting of its own
        ("2024-05-10", leaders),
        ("2021-11-27", leaders),
        ("2021-12-05", leaders),  # nine days after the first report of the first meeting: the next one
        ("2021-12-06", leaders),
        ("2021-11-27", trilateral),  # most of the same people
    ]
    reports = [_undated_report(f"d{i:02d}", day, who) for i, (day, who) in enumerate(published)]
    steps = list(both(Corpus(), [*reports, *reports[:2]], tmp_path / "talks.db"))
    assert [by_store for _, _, by_store in steps] == [by_corpus for _, by_corpus, _ in steps]
    final = steps[-1][0]
    assert sorted(m.documents for m in final.meetings) == [  # the stored reports joined the store's small corpus as
        ("d00", "d01", "d04", "d07", "d10"),  # stand-ins: they carried their publication dates, or nothing would merge
        ("d02",),
        ("d03",),
        ("d05",),
        ("d06",),
        ("d08", "d09"),
    ]
    with Store(tmp_path / "talks.db") as store:
        assert store.to_corpus() == final
        assert store.verify() == []


# -- the meetings a draft may report: found through the indexes, every one ``Corpus.add`` would take ----------------


def _moved(data: Any, old: str, new: str, days: int) -> Any:
    """Records' JSON with the document ``old`` as ``new`` (its spans and the ids drawn from it), each date moved by ``days``."""
    if isinstance(data, list):
        return [_moved(item, old, new, days) for item in data]
    if not isinstance(data, dict):
        return data
    if data.keys() >= {"iso", "precision"} and data["iso"]:
        iso = data["iso"]
        day = dt.date.fromisoformat((iso + "-01-01")[:10]) + dt.timedelta(days)
        return {**data, "iso": day.isoformat()[: len(iso)]}
    out = {key: _moved(value, old, new, days) for key, value in data.items()}
    for key in ("document", "id", "meeting"):
        value = out.get(key)
        if isinstance(value, str) and (value == old or value.startswith(old + "-")):
            out[key] = new + value[len(old) :]
    return out


def _copy(extraction: Extraction, k: int, days: int) -> Extraction:
    """Copy ``k`` of an extraction: another text and document id, every date (publication too) moved by ``days``."""
    old, new = extraction.document.id, f"copy{k}-{extraction.document.id}"

    def moved(record: Any) -> Any:
        return structure(_moved(unstructure(record), old, new, days), type(record))

    doc = {**_moved(unstructure(extraction.document), old, new, days), "id": new, "text": extraction.document.text + f"\n[{k}]"}
    doc.pop("sha256", None)
    return Extraction(
        document=structure(doc, Document),
        participants=[moved(p) for p in extraction.participants],
        meetings=[moved(m) for m in extraction.meetings],
        statements=[moved(s) for s in extraction.statements],
    )


@pytest.fixture(scope="module")
def copies(extractions: list[Extraction]) -> list[Extraction]:
    """Copies of every real extraction moved onto a few dates, so that reports of many cities and people meet."""
    rng = random.Random(14)
    return [_copy(e, k, rng.choice([0, 0, 0, 2, 31, 365])) for k, e in enumerate(extractions * 6)]


def _apart_by_mediators_or_documents(known: Meeting, draft: Meeting) -> bool:
    """Whether ``_same_event`` sets the two apart for their mediators or for a document that reports both."""
    ours, theirs = set(known.mediator_ids), set(draft.mediator_ids)
    shared_people = ours & set(draft.participant_ids) or theirs & set(known.participant_ids)
    return bool(ours and theirs and not ours & theirs and not shared_people) or bool(set(known.documents) & set(draft.documents))


def test_the_index_lookup_finds_every_stored_meeting_a_draft_may_report(copies: list[Extraction], tmp_path: Path) -> None:
    half = len(copies) // 2
    with Store.create(tmp_path / "talks.db") as store:
        store.add_all(copies[:half])
        known = store.to_corpus()
        number = dict(store._db.execute("SELECT id, n FROM meetings").fetchall())
        meeting = {number[m.id]: m for m in known.meetings}
        reported_in_all = 0
        for extraction in copies[half:]:
            days = {d.id: published_day(d) for d in (*known.documents, extraction.document)}
            for draft in extraction.meetings:
                looked_up = _may_report(store._db, draft, days)
                reports = {n for n, m in meeting.items() if m.review is not Review.REJECTED and _same_event(m, draft, days.get)}
                assert reports <= looked_up, f"{draft.id}: the lookup misses meetings it reports"
                # and it finds no other, but those only the mediators or the documents that report them set apart
                assert all(_apart_by_mediators_or_documents(meeting[n], draft) for n in looked_up - reports)
                reported_in_all += len(reports)
        assert reported_in_all > 100, "the copies do not report one another's meetings"


def test_adding_copies_that_report_one_another_gives_the_records_corpus_add_gives(
    copies: list[Extraction], tmp_path: Path
) -> None:
    steps = list(both(Corpus(), copies, tmp_path / "talks.db"))
    assert [by_store for _, _, by_store in steps] == [by_corpus for _, by_corpus, _ in steps]
    assert sum(added.merged for _, added, _ in steps) > 50
    with Store(tmp_path / "talks.db") as store:
        assert store.to_corpus() == steps[-1][0]
        assert store.verify() == []


def test_a_report_merged_into_a_meeting_adds_its_spans_and_leaves_the_others_unwritten(
    copies: list[Extraction], tmp_path: Path
) -> None:
    merges = 0
    with Store.create(tmp_path / "talks.db") as store:
        for extraction in copies:
            before = dict(store._db.execute("SELECT rowid, meeting FROM meeting_spans").fetchall())
            added = store.add(extraction)
            after = dict(store._db.execute("SELECT rowid, meeting FROM meeting_spans").fetchall())
            assert before.items() <= after.items()  # no row of a meeting's spans rewritten, none removed
            merges += added.merged
    assert merges > 50


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab c", min_size=1, max_size=40), st.data())
def test_a_stand_in_holds_each_quote_at_its_offsets_and_spaces_elsewhere(text: str, data: st.DataObject) -> None:
    bounds = st.integers(0, len(text) - 1).flatmap(lambda a: st.tuples(st.just(a), st.integers(a + 1, len(text))))
    spans = [Evidence.of("d", text, a, b) for a, b in data.draw(st.lists(bounds, min_size=1, max_size=6))]
    made = _stand_in("d", spans, PartialDate(2020, 1, 1)).text
    assert len(made) == max(e.end for e in spans)
    assert all(made[e.start : e.end] == e.quote for e in spans)
    covered = {i for e in spans for i in range(e.start, e.end)}
    assert all(c == " " for i, c in enumerate(made) if i not in covered)
