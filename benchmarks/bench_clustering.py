"""Cross-document merging: B-cubed precision and recall of the corpus's meetings against the gold events.

usage: python benchmarks/bench_clustering.py [--examples N] [SET_DIR]

Every document of an evaluation set (``SET_DIR``: ``docs/``, ``gold/``, ``meta.json``; the dev set beside the
project by default) is extracted with its publication date and its file's stem as id, and added, in sorted order,
to one :class:`~caucasus_talks.corpus.Corpus`. ``Corpus.add`` merges a draft meeting into a known meeting that
another document reported; this measures how well those merges follow the events.

Items. One item per gold meeting mention (a gold meeting of one document) that is dated to the exact day and
not ``optional``. A gold meeting dated only to a month or a year, or not at all, cannot be told from the other
meetings of its month by the gold alone, and an optional one is a vague mention that the extractor may leave out;
both are left out of the items (their numbers are printed). They still take part in the per-document matching
below, exactly as the scorer sees them, so that they cannot take a corpus meeting from an item.

Gold events. Two items are one event when they have the same day and the same participant set: the named
participants and the ``by_role`` ones together (a person named in one report and designated by office in another
is the same participant), each name normalised by the scorer's spelling table (``people.json``).

System clusters. An item belongs to the corpus meeting that reports it: among the meetings of the merged corpus
with evidence in the item's document (``document_interchange`` of that document, so a meeting merged from another
document carries its merged date, place and participants), the one that the scorer's one-to-one matching pairs
with the item's gold meeting. Two items are in one system cluster when they belong to the same corpus meeting. An
item that no corpus meeting matches is a cluster of its own (counted as ``unmatched``): a missed mention costs
recall here only when its event has other mentions.

B-cubed (Bagga and Baldwin, 1998): for each item, precision = |system cluster ∩ gold event| / |system cluster| and
recall = |system cluster ∩ gold event| / |gold event|, each averaged over the items; the target is 0.90 for each.
Pairwise, a ``wrong merge`` is two items of one system cluster that are different gold events, a ``missed merge``
two items of one gold event in different system clusters; the first few of each (``--examples``) are printed with
their documents, dates, places and participants, and, for a missed merge, how the two corpus meetings differ.

The items see only part of the merging: a corpus meeting that several documents report may join mentions that are
no items, or a draft that the scorer pairs with no gold meeting of its document. The last lines count those corpus
meetings: the gold mentions paired with one agree (same participants, dates that agree to the coarser precision,
same format), disagree, or cannot tell (a document it cites has no gold mention paired with it), with examples.

The matching reuses the scorer (``../shared/eval/score.py``, or ``$CAUCASUS_TALKS_SCORER``): its name and place
normalisation, its date agreement and, for each document, a check that the pairs found here are as many as the
scorer's own meeting matches. A set with ``people.json`` / ``places.json`` of its own passes them to the scorer, as
``tests/test_extract_heldout.py`` does. Time is CPU seconds (``time.process_time``) of one extraction-and-add pass.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from caucasus_talks.corpus import Corpus
from caucasus_talks.export.interchange import document_interchange
from caucasus_talks.extract import extract

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[1] / "shared" / "eval"
DEFAULT_SET = EVAL / "dev"
TARGET = 0.90


# -- the scorer ------------------------------------------------------------


def load_scorer(set_dir: Path) -> ModuleType:
    """The evaluation's ``score.py`` as a module, with the set's own spelling tables when it has them."""
    configured = os.environ.get("CAUCASUS_TALKS_SCORER")
    script = Path(configured) if configured else EVAL / "score.py"
    if not script.is_file():
        raise SystemExit(f"the evaluation scorer is not at {script} (set CAUCASUS_TALKS_SCORER)")
    for name in ("people", "places"):  # read by the scorer when it is imported
        table = set_dir / f"{name}.json"
        if table.is_file():
            key = f"SCORE_{name.upper()}"
            os.environ[key] = ":".join(filter(None, (os.environ.get(key), str(table))))
    spec = importlib.util.spec_from_file_location("caucasus_talks_eval_score", script)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer from {script}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@attrs.frozen
class Predicted:
    """A corpus meeting as the scorer reads it from one document's interchange object."""

    id: str
    date: str | None
    location: str | None
    format: str | None
    participants: frozenset[str]


def predicted(score: ModuleType, pred: dict[str, Any]) -> list[Predicted]:
    """The meetings of an interchange object, normalised as ``score.score_doc`` normalises them."""
    names = {p["id"]: p["name"] for p in pred.get("participants", [])}
    out = []
    for m in pred.get("meetings", []):
        people = {score.person(names.get(r, r)) for r in m.get("participants", [])} - {None}
        out.append(
            Predicted(
                id=m["id"],
                date=score.iso(m.get("date")),
                location=score.place(score.field(m.get("location"), "city", "name")),
                format=m.get("format"),
                participants=frozenset(people),
            )
        )
    return out


def similarity(score: ModuleType, g: dict[str, Any], p: Predicted) -> float:
    """``sim`` of ``score.score_doc`` (a closure there, so it is restated here on the scorer's own helpers)."""
    if not score.date_ok(g.get("date"), p.date):
        return 0.0
    gl: str | None = score.place(g.get("location"))
    if gl and p.location and gl != p.location:
        return 0.0
    need = {score.gperson(n) for n in g.get("participants", [])}
    optional = {score.gperson(n) for n in g.get("by_role", [])}
    got = p.participants - optional
    if need:
        j = len(need & got) / len(need | got)
        return 0.0 if j < 0.5 else 0.5 + j / 2
    if gl and p.location == gl:
        return 0.5
    if p.participants & optional:
        return 0.5
    if len(g.get("date") or "") == 10 and p.date == g["date"]:
        return 0.5
    return 0.0


def matching(score: ModuleType, gold: list[dict[str, Any]], pred: list[Predicted]) -> dict[int, Predicted]:
    """The scorer's one-to-one matching: gold meeting index -> predicted meeting (best similarity first; on a tie a
    required gold meeting before an optional one, then by position)."""
    pairs = sorted(
        (-similarity(score, g, p), bool(g.get("optional")), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
    )
    used_p: set[int] = set()
    out: dict[int, Predicted] = {}
    for s, _, i, j in pairs:
        if -s > 0 and i not in out and j not in used_p:
            out[i] = pred[j]
            used_p.add(j)
    return out


# -- items, events, clusters -------------------------------------------------


@attrs.frozen
class Mention:
    """A gold meeting of one document, and the corpus meeting that reports it; an item when dated to the day and
    required."""

    document: str
    index: int  # its position in the document's gold meetings
    date: str | None
    location: str | None
    format: str | None
    participants: frozenset[str]  # named and by_role, normalised
    optional: bool
    meeting: str | None  # the corpus meeting's id, None when unmatched

    @property
    def left_out(self) -> str | None:
        """Why the mention is not an item, or ``None`` for an item."""
        if self.optional:
            return "optional"
        n = len(self.date or "")
        return None if n == 10 else {0: "undated", 4: "year only", 7: "month only"}.get(n, "other date")

    @property
    def event(self) -> tuple[str, frozenset[str]]:
        return (self.date or "", self.participants)

    @property
    def cluster(self) -> str:
        return self.meeting or f"unmatched:{self.document}:{self.index}"

    def __str__(self) -> str:
        flag = " (optional)" if self.optional else ""
        people = ", ".join(sorted(self.participants))
        return f"{self.document}#{self.index}{flag} {self.date or 'undated'} {self.location or '-'} {self.format} [{people}]"


def build_corpus(set_dir: Path) -> tuple[Corpus, list[str], int, float]:
    """The corpus of every document of the set, the document ids, how many drafts ``add`` merged, and CPU seconds."""
    meta = json.loads((set_dir / "meta.json").read_text(encoding="utf-8"))
    paths = sorted((set_dir / "docs").glob("*.txt"))
    if not paths:
        raise SystemExit(f"no *.txt in {set_dir / 'docs'}")
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    corpus = Corpus()
    merged = 0
    t0 = time.process_time()
    for stem, text in texts:
        published = meta.get(stem, {}).get("published")
        corpus, added = corpus.add(extract(text, published=published, document_id=stem))
        merged += added.merged
    return corpus, [stem for stem, _ in texts], merged, time.process_time() - t0


def mentions(score: ModuleType, set_dir: Path, corpus: Corpus, ids: Iterable[str]) -> list[Mention]:
    """Every gold meeting of every document, each with the corpus meeting the scorer's matching pairs it with."""
    out: list[Mention] = []
    for doc_id in ids:
        gold = json.loads((set_dir / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
        found = corpus.get(doc_id)
        doc = corpus.document(doc_id) if found is not None else None  # absent: the same text under another id
        pred = document_interchange(doc, corpus.participants, corpus.meetings, corpus.statements) if doc else {}
        g_m: list[dict[str, Any]] = gold.get("meetings", [])
        pairs = matching(score, g_m, predicted(score, pred))
        required = sum(1 for i in pairs if not g_m[i].get("optional"))
        scorer_tp = score.score_doc(gold, pred, [])["mt_tp"]
        if required != scorer_tp:
            raise SystemExit(f"{doc_id}: {required} meeting pairs here, {scorer_tp} by the scorer: score.py's matching changed")
        for i, g in enumerate(g_m):
            match = pairs.get(i)
            out.append(
                Mention(
                    document=doc_id,
                    index=i,
                    date=g.get("date") or None,
                    location=score.place(g.get("location")),
                    format=g.get("format"),
                    participants=frozenset(score.gperson(n) for n in (*g.get("participants", []), *g.get("by_role", []))),
                    optional=bool(g.get("optional")),
                    meeting=match.id if match else None,
                )
            )
    return out


def b_cubed(items: list[Mention]) -> tuple[float, float]:
    """Precision and recall, each the mean over the items of the overlap of its system cluster and gold event."""
    system: Counter[str] = Counter(m.cluster for m in items)
    gold: Counter[tuple[str, frozenset[str]]] = Counter(m.event for m in items)
    both: Counter[tuple[str, tuple[str, frozenset[str]]]] = Counter((m.cluster, m.event) for m in items)
    if not items:
        return 1.0, 1.0
    p = sum(both[m.cluster, m.event] / system[m.cluster] for m in items) / len(items)
    r = sum(both[m.cluster, m.event] / gold[m.event] for m in items) / len(items)
    return p, r


# -- describing errors ---------------------------------------------------------


def describe(corpus: Corpus, meeting_id: str | None) -> str:
    if meeting_id is None:
        return "no corpus meeting"
    m = corpus.meeting(meeting_id)
    names = sorted(corpus.participant(p).name for p in m.participant_ids)
    city = m.location.city if m.location and m.location.city else "-"
    return f"{m.id} {m.date.iso or 'undated'} {city} {m.format.value} [{', '.join(names)}] docs {','.join(m.documents)}"


def apart(corpus: Corpus, a: str | None, b: str | None) -> str:
    """How two corpus meetings differ, in the terms ``Corpus.add`` compares them by."""
    if a is None or b is None:
        return "a mention no corpus meeting reports"
    x, y = corpus.meeting(a), corpus.meeting(b)
    why = []
    if set(x.documents) & set(y.documents):
        why.append("both cite one document")
    if x.format is not y.format:
        why.append(f"format {x.format.value}/{y.format.value}")
    if x.date.iso != y.date.iso:
        why.append(f"date {x.date.iso}/{y.date.iso}")
    xc = x.location.city if x.location else None
    yc = y.location.city if y.location else None
    if xc != yc:
        why.append(f"city {xc}/{yc}")
    ours, theirs = set(x.participant_ids), set(y.participant_ids)
    if ours != theirs:
        why.append(f"participants {len(ours & theirs)} shared of {len(ours | theirs)}")
    return "; ".join(why) or "alike"


@attrs.frozen
class Merge:
    """A corpus meeting that several documents report, with the gold mentions paired with it."""

    meeting: str
    mentions: tuple[Mention, ...]
    unpaired: tuple[str, ...]  # documents it cites whose gold has no meeting paired with it

    def disagreements(self, score: ModuleType) -> list[str]:
        """What the paired gold mentions disagree on: participants, dates (to the coarser precision), format."""
        out = []
        if len({m.participants for m in self.mentions}) > 1:
            out.append("participants")
        dates = [m.date for m in self.mentions if m.date]
        if any(not score.date_ok(a, b) for a, b in combinations(dates, 2)):
            out.append("dates")
        if len({m.format for m in self.mentions}) > 1:
            out.append("format")
        return out


def merges(corpus: Corpus, every: list[Mention]) -> list[Merge]:
    """Every corpus meeting with evidence from more than one document."""
    by_meeting: defaultdict[str, list[Mention]] = defaultdict(list)
    for m in every:
        if m.meeting is not None:
            by_meeting[m.meeting].append(m)
    out = []
    for meeting in corpus.meetings:
        if len(meeting.documents) > 1:
            paired = by_meeting[meeting.id]
            unpaired = tuple(d for d in meeting.documents if d not in {m.document for m in paired})
            out.append(Merge(meeting.id, tuple(paired), unpaired))
    return out


def report_pairs(corpus: Corpus, items: list[Mention], examples: int) -> None:
    """Pairs of items merged across gold events, and pairs of one gold event kept apart, with examples."""
    wrong: list[tuple[Mention, Mention]] = []
    missed: list[tuple[Mention, Mention]] = []
    linked = 0
    for a, b in combinations(sorted(items, key=lambda m: (m.event[0], m.document, m.index)), 2):
        linked += a.event == b.event
        if a.cluster == b.cluster and a.event != b.event:
            wrong.append((a, b))
        elif a.event == b.event and a.cluster != b.cluster:
            missed.append((a, b))
    print(f"pairs: {linked} of one gold event; {len(wrong)} wrongly merged, {len(missed)} merges missed")
    for a, b in wrong[:examples]:
        print(f"  wrong merge: {a}\n               {b}\n    into {describe(corpus, a.meeting)}")
    for a, b in missed[:examples]:
        print(f"  missed merge: {a}\n                {b}")
        print(f"    as {describe(corpus, a.meeting)}\n    and {describe(corpus, b.meeting)}")
        print(f"    apart by: {apart(corpus, a.meeting, b.meeting)}")


def report_beyond(score: ModuleType, corpus: Corpus, merged: list[Merge], examples: int) -> None:
    """The merges the items do not see: corpus meetings whose reports include a mention that is no item, or a
    document whose gold has no mention paired with the meeting."""
    beyond = [g for g in merged if g.unpaired or any(m.left_out for m in g.mentions)]
    disagree = [g for g in beyond if not g.unpaired and g.disagreements(score)]
    unjudged = [g for g in beyond if g.unpaired]
    agree = len(beyond) - len(disagree) - len(unjudged)
    print(
        f"merges beyond the items: {len(beyond)} of the {len(merged)} meetings reported by several documents join"
        " undated, month-dated or optional mentions, or cite a document with no gold mention paired with them:"
        f" gold agrees in {agree}, disagrees in {len(disagree)}, cannot tell in {len(unjudged)}"
    )
    for g in (disagree + unjudged)[:examples]:
        if g.unpaired:
            print(f"  {describe(corpus, g.meeting)}: no gold mention in {','.join(g.unpaired)}")
        else:
            print(f"  {describe(corpus, g.meeting)}: gold disagrees on {', '.join(g.disagreements(score))}")
        for m in g.mentions:
            print(f"      {m}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?", type=Path, default=DEFAULT_SET, help="docs/, gold/ and meta.json")
    parser.add_argument("--examples", type=int, default=5, metavar="N", help="examples of each kind of error (5)")
    args = parser.parse_args()
    set_dir: Path = args.set_dir
    if not (set_dir / "gold").is_dir():
        raise SystemExit(f"no gold/ in {set_dir}")
    score = load_scorer(set_dir)

    corpus, ids, drafts_merged, seconds = build_corpus(set_dir)
    every = mentions(score, set_dir, corpus, ids)
    items = [m for m in every if m.left_out is None]
    left_out = Counter(m.left_out for m in every if m.left_out is not None)
    sizes = Counter(m.event for m in items)
    unmatched = [m for m in items if m.meeting is None]
    merged = merges(corpus, every)

    print(f"{len(ids)} documents, extracted and added in {seconds:.2f} CPU s ({len(ids) / seconds:.0f} documents/s)")
    print(f"corpus: {len(corpus.meetings)} meetings, {len(merged)} reported by several documents ({drafts_merged} drafts merged)")
    skipped = ", ".join(f"{n} {why}" for why, n in sorted(left_out.items()))
    print(f"gold: {len(items)} mentions (day-dated, required) of {len(sizes)} events; left out: {skipped or 'none'}")
    print(f"      {sum(1 for n in sizes.values() if n > 1)} events with more than one mention")
    print(f"unmatched mentions (singletons): {len(unmatched)}")
    p, r = b_cubed(items)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"B-cubed precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    report_pairs(corpus, items, args.examples)
    for m in unmatched[: args.examples]:
        print(f"  unmatched: {m}")
    report_beyond(score, corpus, merged, args.examples)
    for name, value in (("precision", p), ("recall", r)):
        print(f"target {TARGET:.2f} B-cubed {name}: {value:.3f}, {'met' if value >= TARGET else 'NOT met'}")


if __name__ == "__main__":
    main()
