"""Past one machine: the extractor mapped over files with Dask (the optional ``dask`` extra).

:func:`extract_bag` gives a bag of interchange records, computed wherever the
active scheduler runs them; :func:`extract_to_folder` has each worker write
the records it makes into a folder, so that only a line per file travels
back. Both cut the files into a few partitions per worker thread, balanced
by the files' sizes (the extractor's time grows with the length of a text).
"""

from __future__ import annotations

import importlib
import itertools
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["PARTITIONS_PER_WORKER", "extract_bag", "extract_to_folder", "worker_threads"]

#: Partitions made for each worker thread when ``npartitions`` is not given:
#: enough that a worker done early takes another, few enough that the cost of
#: a task (sending it, starting it, gathering its result) stays small.
PARTITIONS_PER_WORKER = 3


def worker_threads() -> int:
    """The threads that will run a bag: those of the workers of the active Dask client, else this machine's CPUs.

    A client exists only once ``distributed`` has been imported, so this never
    imports it itself.
    """
    distributed = sys.modules.get("distributed")
    if distributed is not None:
        try:
            client = distributed.default_client()
        except ValueError:  # no client: the bag runs on the local scheduler
            client = None
        if client is not None:
            threads = sum(client.nthreads().values())
            if threads > 0:  # an adaptive cluster may have no worker yet
                return int(threads)
    return os.cpu_count() or 1


def _checked(npartitions: object) -> int | None:
    if npartitions is None:
        return None
    if isinstance(npartitions, bool) or not isinstance(npartitions, int):
        raise ValueError(f"npartitions must be a positive whole number or None, not {npartitions!r}")
    if npartitions < 1:
        raise ValueError(f"npartitions must be a positive whole number or None, not {npartitions}")
    return npartitions


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:  # not (yet) visible here; the worker that reads it will say why
        return None


def _partition(paths: Sequence[str], npartitions: int | None = None) -> list[list[str]]:
    """``paths`` cut, in order, into at most ``npartitions`` runs of about the same number of bytes.

    Without ``npartitions``, :data:`PARTITIONS_PER_WORKER` per thread of
    :func:`worker_threads`; never more runs than files, and none empty. A
    file's place goes to the run holding the middle of its bytes. When a file's
    size cannot be read here, every file counts as the same size.

    >>> _partition(["a", "b", "c"], 5)
    [['a'], ['b'], ['c']]
    """
    parts = _checked(npartitions) or PARTITIONS_PER_WORKER * worker_threads()
    parts = min(parts, len(paths))
    if parts <= 1:
        return [list(paths)] if paths else []
    sizes = [_size(p) for p in paths]
    weights = [1] * len(paths) if None in sizes else [max(s or 0, 1) for s in sizes]
    total = sum(weights)
    ends = list(itertools.accumulate(weights))
    runs: list[list[str]] = [[] for _ in range(parts)]
    for path, end, weight in zip(paths, ends, weights, strict=True):
        middle = end - weight / 2
        runs[min(int(middle * parts / total), parts - 1)].append(path)
    return [run for run in runs if run]


def _bag_of_runs(runs: list[list[Any]], needs: str) -> Any:
    try:
        # Imported by name so that type checking does not need Dask installed.
        db = importlib.import_module("dask.bag")
    except ImportError:
        raise ImportError(f'{needs} needs Dask: pip install "caucasus-talks[dask]" (or "dask[bag]")') from None
    if not runs:
        return db.from_sequence([], npartitions=1)
    # One item per partition, each the list of its files; flatten keeps the partitions as they were cut.
    return db.from_sequence(runs, npartitions=len(runs)).flatten()


def _one(path: str, published: str | None) -> dict[str, Any]:
    from .files import extract_file

    return extract_file(Path(path), published)


def extract_bag(paths: Iterable[str | Path], *, published: str | None = None, npartitions: int | None = None) -> Any:
    """A ``dask.bag.Bag`` of interchange dicts, one per text file of ``paths``, in their order.

    Needs the ``dask`` extra (``pip install "caucasus-talks[dask]"``); nothing
    runs until the bag is computed, on whatever scheduler or cluster is active.
    The files are cut into ``npartitions`` partitions of about equal bytes;
    without it, :data:`PARTITIONS_PER_WORKER` for each thread of the active
    client's workers (or of this machine's CPUs), never more than the files.
    A file that cannot be read or extracted fails the computation; see
    :func:`extract_to_folder` for a run that reports it and goes on.

    Raises :class:`ValueError` when ``npartitions`` is not a positive whole number.
    """
    names = [str(p) for p in paths]
    return _bag_of_runs(_partition(names, npartitions), "extract_bag").map(_one, published)


def _write_one(job: tuple[str, str, str | None], published: str | None) -> tuple[str, str | None]:
    """Extract one file into its JSON where this runs: (the file, one line saying what went wrong, or None).

    The file and the JSON are those of ``caucasus-talks extract DIR --out``
    (both go through :func:`caucasus_talks.extract.files.write_extraction`).
    """
    from .files import write_extraction

    src, dst, refused = job
    return src, refused if refused is not None else write_extraction(src, dst, published)


def _jobs(names: list[str], out: str) -> list[tuple[str, str, str | None]]:
    """Each file with its ``<document id>.json`` in ``out``, or why it is refused (its id is another's)."""
    from .files import claim_id

    taken: dict[str, str] = {}
    jobs: list[tuple[str, str, str | None]] = []
    for name in names:
        doc_id, refused = claim_id(name, taken)
        jobs.append((name, os.path.join(out, f"{doc_id}.json"), refused))
    return jobs


def extract_to_folder(
    paths: Iterable[str | Path], out: str | Path, *, published: str | None = None, npartitions: int | None = None
) -> Any:
    """A ``dask.bag.Bag`` that, computed, writes each file's interchange JSON into ``out`` from the worker that made it.

    Each text file of ``paths`` becomes ``out/<document id>.json``, the same
    file ``caucasus-talks extract DIR --out OUT`` writes (written whole or not
    at all). The bag holds one ``(file, error)`` pair per file, in order:
    ``error`` is ``None`` when the JSON was written, else one line naming the
    file and what went wrong (it cannot be read, is not UTF-8, its JSON cannot
    be written, its document id is that of an earlier file); the other files
    are written all the same. Only these pairs travel back to the client.

    The workers open ``paths`` and ``out`` as given, so on a cluster they must
    name the same files there (a shared file system, absolute paths).
    Partitions as in :func:`extract_bag`.
    """
    names = [str(p) for p in paths]
    runs = _partition(names, npartitions)
    jobs = iter(_jobs(names, str(out)))
    return _bag_of_runs([list(itertools.islice(jobs, len(run))) for run in runs], "extract_to_folder").map(_write_one, published)
