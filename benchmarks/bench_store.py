"""The store at scale: build, open, add one document, and query stores of 1k, 10k (and 100k) documents.

usage: python benchmarks/bench_store.py [--quick | --full] [--sizes N ...] [--keep DIR]

The documents are synthetic copies of real ones, made through the library's
own API: every text under ``tests/data/extract/articles/``, ``seeds/`` and the
held-out sets ``tests/data/heldout2`` and ``heldout3`` is extracted once
(:func:`caucasus_talks.extract`), and copy ``k`` of an extraction is its
records unstructured by the library's converter, with a new document id (the
text gains a last line ``[copy k]``, so every copy is a new text and every
span still reproduces its quote), every id and span moved to that document,
and every date shifted by the same number of days, drawn at random from the
20 years before the originals. Copies of one article on the same day report
the same events and merge, as reports of one event by several outlets do; the
participants are the real ones, so a drafted participant gains a span from
every copy that names it.

For each size, in one run:

- ``build``: a new store (:meth:`Store.create`) and every copy added with
  :meth:`Store.add_all`, 500 to a transaction (the rule of :meth:`Store.add`,
  fewer commits);
- with ``--reuse``, a kept store an earlier release wrote is first upgraded
  in place (:meth:`Store.upgrade`), and the time it took reported;
- ``open``, ``memory`` and the queries run in a fresh process, so that the
  figures are the whole process's: ``open`` is ``Store(path)``; ``memory`` the
  process's peak resident size (``ru_maxrss``) after importing the library,
  after opening, after the queries of a month or a year, and after every
  query (the largest answers hold tens of thousands of records);
- ``add one``: the median of 36 :meth:`Store.add` calls, a new copy of each
  original (made beforehand), each in its own transaction, committed; and the
  slowest of them;
- queries (median of 5, the first call apart, which builds the name indexes):
  ``participant`` (``query.meetings(participant="Mirzoyan")``: every meeting
  of one person), the same within one year and one month, ``date range``
  (``query.meetings(between=...)`` over one month), ``phrase``
  (``query.statements(contains="peace treaty")``, in about one statement in
  twelve), ``rare phrase`` ("courageous steps", one in eighty),
  ``speaker+phrase`` (Pashinyan, "peace", one year); then what the indexes
  alone cost for the first and the phrase (``count(*)`` of the index rows,
  no record read), and the SQLite reference ``SELECT count(*) FROM
  statements``, all in the same process. Each line says how many records the
  query found: a query's time is mostly the structuring of what it returns.
- the parts of a large answer, measured before any whole large answer is
  made (so that the memory after them is theirs): ``participant, first 20``
  and ``first 100`` (``limit=``), ``participant, latest 20``
  (``newest_first=True, limit=20``), ``phrase, first 20``, ``participant,
  count`` and ``phrase, count`` (``query.count_meetings`` /
  ``count_statements``: the first in the indexes, the second in the
  full-text index and the folded text of each statement it selects, both in
  SQLite), and ``participant, streamed``
  (``query.iter_meetings`` read to the end, one meeting at a time); then the
  process's peak memory after them. Each says how many records it returned
  or counted, and the report gives each one's time against the whole answer
  it is part of.

The last lines give the ratios between sizes and the issue's targets. Run it
against another checkout with ``PYTHONPATH=/path/to/src``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPREAD_DAYS = 20 * 365
BATCH = 500


# -- the synthetic documents -----------------------------------------------------


def originals() -> list[Any]:
    """Every real text the benchmark copies, extracted once (with its publication date when the set gives one)."""
    from caucasus_talks.extract import extract

    found = []
    for path in sorted((ROOT / "tests/data/extract/articles").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt")):
        found.append(extract(path.read_text(encoding="utf-8"), document_id=path.stem))
    for name in ("heldout2", "heldout3"):
        meta = json.loads((ROOT / "tests/data" / name / "meta.json").read_text(encoding="utf-8"))
        for path in sorted((ROOT / "tests/data" / name / "docs").glob("*.txt")):
            published = meta.get(path.stem, {}).get("published")
            found.append(extract(path.read_text(encoding="utf-8"), document_id=f"{name}-{path.stem}", published=published))
    return found


def _shift(date: dict[str, Any], days: int) -> dict[str, Any]:
    """A partial date's JSON moved by ``days``, at its own precision."""
    iso = date.get("iso")
    if not iso:
        return date
    parts = [int(p) for p in iso.split("-")]
    moved = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1) + dt.timedelta(days)
    return {**date, "iso": moved.isoformat()[: len(iso)]}


def _moved(data: Any, old: str, new: str, days: int) -> Any:
    """Records' JSON with the document ``old`` as ``new``: its spans, the ids drawn from it, and every date shifted."""
    if isinstance(data, list):
        return [_moved(item, old, new, days) for item in data]
    if not isinstance(data, dict):
        return data
    if "iso" in data and "precision" in data:
        return _shift(data, days)
    out = {key: _moved(value, old, new, days) for key, value in data.items()}
    for key in ("document", "id", "meeting"):
        value = out.get(key)
        if isinstance(value, str) and (value == old or value.startswith(old + "-")):
            out[key] = new + value[len(old) :]
    return out


def copy(extraction: Any, k: int) -> Any:
    """Copy ``k`` of an extraction: a new text and document id, its dates shifted (see the module's text)."""
    from caucasus_talks import Document, Meeting, Participant, Statement
    from caucasus_talks.extract import Extraction
    from caucasus_talks.serialize import structure, unstructure

    old = extraction.document.id
    new = f"copy{k:06d}-{old}"[:100]
    days = -random.Random(k).randrange(SPREAD_DAYS)
    doc = unstructure(extraction.document)
    doc.pop("sha256", None)
    doc = {**_moved(doc, old, new, days), "id": new, "text": extraction.document.text + f"\n[copy {k}]\n"}
    return Extraction(
        document=structure(doc, Document),
        participants=[structure(_moved(unstructure(p), old, new, days), Participant) for p in extraction.participants],
        meetings=[structure(_moved(unstructure(m), old, new, days), Meeting) for m in extraction.meetings],
        statements=[structure(_moved(unstructure(s), old, new, days), Statement) for s in extraction.statements],
    )


def copies(bases: list[Any], start: int, count: int) -> Iterator[Any]:
    for k in range(start, start + count):
        yield copy(bases[k % len(bases)], k)


# -- measuring ---------------------------------------------------------------------


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = call()
    return time.perf_counter() - start, value


def median_of(call: Callable[[], Any], rounds: int) -> tuple[float, Any]:
    call()  # the first call builds what later calls reuse (the name indexes)
    times, value = [], None
    for _ in range(rounds):
        took, value = timed(call)
        times.append(took)
    return statistics.median(times), value


def build(path: Path, bases: list[Any], size: int) -> float:
    from caucasus_talks.store import Store

    start = time.perf_counter()
    with Store.create(path) as store:
        for first in range(0, size, BATCH):
            store.add_all(copies(bases, first, min(BATCH, size - first)))
            print(f"  built {min(first + BATCH, size)} documents, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return time.perf_counter() - start


def upgraded(path: Path) -> tuple[int, float] | None:
    """A kept store of an earlier version brought to this library's (:meth:`Store.upgrade`): its version and the time;
    ``None`` when it was of this version already."""
    from caucasus_talks.store import VERSION, Store

    took, version = timed(lambda: Store.upgrade(path))
    return None if version == VERSION else (version, took)


def add_one(path: Path, bases: list[Any]) -> tuple[float, float]:
    """Median and slowest seconds of one ``Store.add`` (committed): a new copy of each original, the same for every size."""
    from caucasus_talks.store import Store

    with Store(path) as store:
        first = 5_000_000 + len(bases) * store.counts()["documents"]  # new copies, one of each original in turn
        made = [copy(bases[k % len(bases)], k) for k in range(first, first + len(bases))]
        took = [timed(lambda e=e: store.add(e))[0] for e in made]
    return statistics.median(took), max(took)


MEASURE = r"""
import json, resource, statistics, sys, time
start = time.perf_counter()
from caucasus_talks import query
from caucasus_talks.store import Store
imported = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
opened = time.perf_counter()
store = Store(sys.argv[1])
open_s = time.perf_counter() - opened

def median(call, rounds=5):
    first = time.perf_counter(); value = call(); first = time.perf_counter() - first
    times = []
    for _ in range(rounds):
        t = time.perf_counter(); value = call(); times.append(time.perf_counter() - t)
    return statistics.median(times), first, value if isinstance(value, int) else len(value)

out = {"open": open_s, "baseline_kib": imported, "open_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
month, year = ("2015-05-01", "2015-05-31"), ("2015-01-01", "2015-12-31")
out["participant+month"] = median(lambda: query.meetings(store, participant="Mirzoyan", between=month))
out["date range"] = median(lambda: query.meetings(store, between=month))
out["speaker+phrase"] = median(lambda: query.statements(store, speaker="Pashinyan", contains="peace", between=year))
out["participant+year"] = median(lambda: query.meetings(store, participant="Mirzoyan", between=year))
out["bounded_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out["participant, first 20"] = median(lambda: query.meetings(store, participant="Mirzoyan", limit=20))
out["participant, latest 20"] = median(lambda: query.meetings(store, participant="Mirzoyan", limit=20, newest_first=True))
out["participant, first 100"] = median(lambda: query.meetings(store, participant="Mirzoyan", limit=100))
out["phrase, first 20"] = median(lambda: query.statements(store, contains="peace treaty", limit=20))
out["participant, count"] = median(lambda: query.count_meetings(store, participant="Mirzoyan"))
out["phrase, count"] = median(lambda: query.count_statements(store, contains="peace treaty"))
out["participant, streamed"] = median(lambda: sum(1 for _ in query.iter_meetings(store, participant="Mirzoyan")))
out["paged_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out["participant"] = median(lambda: query.meetings(store, participant="Mirzoyan"))
out["phrase"] = median(lambda: query.statements(store, contains="peace treaty"))
out["rare phrase"] = median(lambda: query.statements(store, contains="courageous steps"))
db = store._db
sql = "SELECT count(*) FROM meeting_participants WHERE participant = 'ararat-mirzoyan'"
out["participant, index only"] = median(lambda: db.execute(sql).fetchall())
sql = "SELECT count(*) FROM statement_words WHERE statement_words MATCH '\"peace treaty\"'"
out["phrase, index only"] = median(lambda: db.execute(sql).fetchall())
out["reference"] = median(lambda: db.execute("SELECT count(*) FROM statements").fetchall())
out["memory_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(out))
"""


def measure(path: Path) -> dict[str, Any]:
    """Open the store and run the queries in a fresh process; its figures."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measuring {path} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--quick", action="store_true", help="1k and 10k documents (the default)")
    group.add_argument("--full", action="store_true", help="1k, 10k and 100k documents")
    parser.add_argument("--sizes", type=int, nargs="+", help="these sizes instead")
    parser.add_argument("--keep", type=Path, help="build the stores in this folder and keep them")
    parser.add_argument("--reuse", action="store_true", help="with --keep: measure the stores already there, unbuilt")
    args = parser.parse_args()
    sizes = args.sizes or ([1_000, 10_000, 100_000] if args.full else [1_000, 10_000])

    import caucasus_talks

    print(f"caucasus_talks from {Path(caucasus_talks.__file__).parent}")
    took, bases = timed(originals)
    print(f"{len(bases)} real texts extracted in {took:.2f} s; copies spread over {SPREAD_DAYS // 365} years")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-store-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows: dict[int, dict[str, Any]] = {}
    try:
        for size in sizes:
            path = folder / f"store-{size}.db"
            if args.reuse and path.exists():
                row: dict[str, Any] = {"build": float("nan"), "upgrade": upgraded(path)}
            else:
                path.unlink(missing_ok=True)
                row = {"build": build(path, bases, size)}
            row.update(measure(path))
            row["add one"], row["add max"] = add_one(path, bases)
            row["file_mib"] = path.stat().st_size / 2**20
            rows[size] = row
            report(size, row)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    ratios(rows)


QUERIES = (
    "participant",
    "participant+year",
    "participant+month",
    "date range",
    "phrase",
    "rare phrase",
    "speaker+phrase",
    "participant, first 20",
    "participant, latest 20",
    "participant, first 100",
    "phrase, first 20",
    "participant, count",
    "phrase, count",
    "participant, streamed",
    "participant, index only",
    "phrase, index only",
    "reference",
)
#: Each part of an answer, and the whole answer it is part of.
PARTS = {
    "participant, first 20": "participant",
    "participant, latest 20": "participant",
    "participant, first 100": "participant",
    "phrase, first 20": "phrase",
    "participant, count": "participant",
    "phrase, count": "phrase",
    "participant, streamed": "participant",
}


def report(size: int, row: dict[str, Any]) -> None:
    built = "kept from an earlier run (--reuse)" if math.isnan(row["build"]) else f"built in {row['build']:.1f} s"
    if row.get("upgrade"):
        built += ", upgraded in place from version {} in {:.1f} s".format(*row["upgrade"])
    print(f"\n{size:,} documents: store file {row['file_mib']:.0f} MiB, {built}")
    print(f"  {'open':<24}{row['open'] * 1000:9.2f} ms")
    mib = {k: row[f"{k}_kib"] / 1024 for k in ("baseline", "open", "bounded", "paged", "memory")}
    print(
        f"  {'memory':<24}{mib['open']:9.1f} MiB peak after opening (importing the library: {mib['baseline']:.1f} MiB), "
        f"{mib['bounded']:.1f} after the queries of a month or a year, {mib['paged']:.1f} after the first-N, counts "
        f"and streaming, {mib['memory']:.1f} after every query"
    )
    print(f"  {'add one':<24}{row['add one'] * 1000:9.2f} ms (median of 36 adds; slowest {row['add max'] * 1000:.2f} ms)")
    for name in QUERIES:
        median, first, count = row[name]
        found = f"{count} found" if "only" not in name and name != "reference" else "one count"
        found = f"counted {count}" if name.endswith("count") else found
        print(f"  {name:<24}{median * 1000:9.2f} ms  ({found}; first call {first * 1000:.2f} ms)")
    parts = [f"{part} {row[part][0] / row[whole][0]:.4f}x the {whole} query" for part, whole in PARTS.items()]
    print("  against the whole answer: " + ", ".join(parts))


def ratios(rows: dict[int, dict[str, Any]]) -> None:
    sizes = sorted(rows)
    if len(sizes) < 2:
        return
    print("\nratios to the smallest store (" + f"{sizes[0]:,}" + " documents):")
    for size in sizes[1:]:
        a, b = rows[sizes[0]], rows[size]
        parts = [f"add one {b['add one'] / a['add one']:.2f}x", f"open {b['open'] / a['open']:.2f}x"]
        parts += [f"{name} {b[name][0] / a[name][0]:.2f}x" for name in QUERIES]
        print(f"  {size:,}: " + ", ".join(parts))
    big = rows[sizes[-1]]
    print(f"\ntargets at {sizes[-1]:,} documents (the issue's, stated for 100k):")
    checks = [
        ("add one <= 2x the smallest store's", big["add one"] <= 2 * rows[sizes[0]]["add one"]),
        ("add one < 0.2 s", big["add one"] < 0.2),
        ("open < 0.5 s", big["open"] < 0.5),
        ("memory < 200 MiB (opened, and after the queries of a month or a year)", big["bounded_kib"] / 1024 < 200),
        ("memory < 200 MiB (after the first-N, counts and streaming a whole answer)", big["paged_kib"] / 1024 < 200),
        ("memory < 200 MiB (after every query, the largest answers too)", big["memory_kib"] / 1024 < 200),
        ("participant query < 50 ms (every meeting of one person)", big["participant"][0] < 0.05),
        ("participant query < 50 ms (one year)", big["participant+year"][0] < 0.05),
        ("date-range query < 50 ms (one month)", big["date range"][0] < 0.05),
        ("phrase search < 100 ms (peace treaty)", big["phrase"][0] < 0.1),
        ("phrase search < 100 ms (courageous steps)", big["rare phrase"][0] < 0.1),
        ("participant query < 50 ms (the first 20 meetings of one person)", big["participant, first 20"][0] < 0.05),
        ("participant query < 50 ms (the latest 20 meetings of one person)", big["participant, latest 20"][0] < 0.05),
        ("participant query < 50 ms (the first 100 meetings of one person)", big["participant, first 100"][0] < 0.05),
        ("participant count < 50 ms (how many meetings of one person)", big["participant, count"][0] < 0.05),
        ("phrase search < 100 ms (the first 20 statements with peace treaty)", big["phrase, first 20"][0] < 0.1),
        ("phrase count < 100 ms (how many statements with peace treaty)", big["phrase, count"][0] < 0.1),
    ]
    for name, ok in checks:
        print(f"  {'met ' if ok else 'MISSED'} {name}")


if __name__ == "__main__":
    main()
