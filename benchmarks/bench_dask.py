"""Past one machine: the extractor over an archive, in a plain loop and on a local Dask cluster.

usage: python benchmarks/bench_dask.py [--mb 4] [--workers 2] [--repeat 3]

The archive is the texts under ``tests/data/extract/articles``, ``seeds/`` and
``tests/data/heldout*/docs``, copied under new names (one document id each)
until it holds ``--mb`` megabytes. Five ways to extract it, each timed on the
wall clock, the best of ``--repeat`` runs:

- ``loop``: one process reads, extracts and keeps each file's interchange dict;
- ``loop, writing``: the same, writing each ``<id>.json`` as
  ``caucasus-talks extract DIR --out`` does (atomically, synced);
- ``bag, 64 partitions``: the bag ``extract_bag`` made before its partitions
  followed the workers: 64 partitions of equal counts of files, every record
  gathered back to the client;
- ``bag, sized``: ``extract_bag`` as it is, a few partitions per worker thread,
  balanced by bytes, every record gathered back;
- ``to folder``: ``extract_to_folder``, each worker writing the JSON it makes
  and sending back one line per file.

The cluster is a ``distributed.LocalCluster`` of ``--workers`` processes of one
thread each, started (and its workers' extractors loaded) before any timing;
its start-up time is printed apart. Each way gives its wall-clock seconds and
the CPU seconds all its processes spent (the loop's process; the client, the
scheduler and the workers), each also as a ratio to ``loop`` measured in the
same run (below 1 is less). The CPU seconds show the cost of spreading the work,
whatever else the machine runs; the wall clock is what a user waits, and on a
shared machine it moves with the other load (the load average is printed at
the start and at the end).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = [
    ROOT / "tests" / "data" / "extract" / "articles",
    ROOT / "seeds",
    *sorted((ROOT / "tests" / "data").glob("heldout*/docs")),
]
MB = 1_000_000


def archive(folder: Path, size: int) -> list[str]:
    """Copies of the source texts in ``folder``, one document id each, until ``size`` bytes."""
    originals = [(i, p) for i, source in enumerate(SOURCES) for p in sorted(source.glob("*.txt"))]
    if not originals:
        raise SystemExit("no *.txt under " + ", ".join(map(str, SOURCES)))
    paths: list[str] = []
    total = 0
    copy = 0
    while total < size:
        for i, src in originals:  # the held-out sets share file names
            dst = folder / f"c{copy:03d}_s{i}_{src.name}"
            shutil.copyfile(src, dst)
            paths.append(str(dst))
            total += src.stat().st_size
        copy += 1
    return paths


def best(
    run: Callable[[], Any], repeat: int, cpu: Callable[[], float], before: Callable[[], None] | None = None
) -> tuple[float, float, Any]:
    """The shortest wall time of ``repeat`` runs, the least CPU time one took (``cpu()`` counts), and the last result.

    ``before`` runs untimed ahead of each run.
    """
    walls = []
    cpus = []
    result = None
    for _ in range(repeat):
        if before:
            before()
        used = cpu()
        start = time.perf_counter()
        result = run()
        walls.append(time.perf_counter() - start)
        cpus.append(cpu() - used)
    return min(walls), min(cpus), result


def cpu_here() -> float:
    """CPU seconds of this process (the loop; with the cluster, the client and the scheduler)."""
    return time.process_time()


def warm() -> int:
    """Load the extractor and its registries in this process (run on every worker before timing)."""
    from caucasus_talks.extract import extract

    extract("Blinken met Bayramov in Washington on November 7, 2022.", published="2022-11-10").to_interchange()
    return os.getpid()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=4.0, help="size of the archive in megabytes (default 4)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each way; the best is shown (default 3)")
    args = ap.parse_args()

    import dask.bag as db
    import distributed

    import caucasus_talks as ct
    from caucasus_talks.extract import _bag

    print(f"python {sys.version.split()[0]}, dask {distributed.__version__}, {os.cpu_count()} CPUs")
    print("load average: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
        texts = Path(tmp) / "texts"
        texts.mkdir()
        out = Path(tmp) / "drafts"
        paths = archive(texts, int(args.mb * MB))
        size = sum(os.stat(p).st_size for p in paths)
        print(f"archive: {len(paths)} files, {size / MB:.2f} MB")

        def fresh_out() -> None:
            shutil.rmtree(out, ignore_errors=True)

        def loop() -> list[dict[str, Any]]:
            return [_bag._one(p, None) for p in paths]

        def loop_writing() -> list[tuple[str, str | None]]:
            return [_bag._write_one(job, None) for job in _bag._jobs(paths, str(out))]

        warm()
        rows: list[tuple[str, str, float, float]] = []
        seconds, cpu, records = best(loop, args.repeat, cpu_here)
        assert len(records) == len(paths)
        rows.append(("loop", "-", seconds, cpu))
        seconds, cpu, lines = best(loop_writing, args.repeat, cpu_here, fresh_out)
        assert not [e for _, e in lines if e], [e for _, e in lines if e][:3]
        rows.append(("loop, writing", "-", seconds, cpu))

        start = time.perf_counter()
        with (
            distributed.LocalCluster(
                n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            client.wait_for_workers(args.workers)
            client.run(warm)
            started = time.perf_counter() - start
            threads = _bag.worker_threads()

            def cpu_all() -> float:
                return cpu_here() + sum(client.run(time.process_time).values())

            old = db.from_sequence(paths, npartitions=64).map(_bag._one, None)
            seconds, cpu, records = best(old.compute, args.repeat, cpu_all)
            assert len(records) == len(paths)
            rows.append(("bag, 64 partitions", str(old.npartitions), seconds, cpu))

            sized = ct.extract_bag(paths)
            seconds, cpu, records = best(sized.compute, args.repeat, cpu_all)
            assert len(records) == len(paths)
            rows.append(("bag, sized", str(sized.npartitions), seconds, cpu))

            written = ct.extract_to_folder(paths, out)
            seconds, cpu, lines = best(written.compute, args.repeat, cpu_all, fresh_out)
            assert not [e for _, e in lines if e], [e for _, e in lines if e][:3]
            assert len(os.listdir(out)) == len(paths)
            rows.append(("to folder", str(written.npartitions), seconds, cpu))

        print(f"cluster: {args.workers} worker processes x 1 thread ({threads} threads), started in {started:.2f} s")
        print("load average at the end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
        print(f"best of {args.repeat} runs; seconds on the wall clock, CPU seconds of every process of the run")
        print("(with the cluster: client, scheduler and workers); x loop below 1 is less than the loop's")
        print(f"{'way':<20} {'partitions':>10} {'seconds':>8} {'MB/s':>6} {'x loop':>7} {'CPU s':>7} {'x loop':>7}")
        wall0, cpu0 = rows[0][2], rows[0][3]
        for name, parts, secs, cpu in rows:
            print(
                f"{name:<20} {parts:>10} {secs:>8.2f} {size / MB / secs:>6.2f} {secs / wall0:>7.2f}"
                f" {cpu:>7.2f} {cpu / cpu0:>7.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
