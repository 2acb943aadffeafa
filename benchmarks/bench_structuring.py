"""Making a store's records from its rows: through the converter (every value checked) and as the store wrote them.

usage: python benchmarks/bench_structuring.py STORE [--rounds N] [--profile]

On a store made by ``bench_store.py --keep DIR`` (e.g. ``DIR/store-10000.db``),
the whole answer of ``query.meetings(store, participant="Mirzoyan")`` is made
both ways in one process, alternately: with each row structured by the
converter (:func:`caucasus_talks.store.rows.record_from`, what a store did
before :mod:`caucasus_talks.store.stored`) and as the store reads it now
(:func:`~caucasus_talks.store.stored.stored_record`). Each form is timed as
a median of 7 calls after a first, with Python's garbage collector on (as
callers run it) and off (what the records cost to make, without the
collector's walks over the records already made), and ``--profile`` prints
the functions each form spends its own time in (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import statistics
import time
from collections.abc import Callable
from typing import Any

from caucasus_talks import query
from caucasus_talks.store import Store, search
from caucasus_talks.store.rows import record_from
from caucasus_talks.store.stored import stored_record

FORMS: dict[str, Callable[[str, type[Any]], Any]] = {"converter": record_from, "stored rows": stored_record}


def answer(store: Store) -> int:
    return len(query.meetings(store, participant="Mirzoyan"))


def median(store: Store, rounds: int = 7) -> tuple[float, int]:
    answer(store)
    times, found = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        found = answer(store)
        times.append(time.perf_counter() - start)
    return statistics.median(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("store", help="a store file")
    parser.add_argument("--rounds", type=int, default=2, help="how many times each form is measured, alternately")
    parser.add_argument("--profile", action="store_true", help="the top functions of each form, by their own time")
    args = parser.parse_args()
    with Store(args.store) as store:
        for _ in range(args.rounds):
            for name, make in FORMS.items():
                search.stored_record = make  # type: ignore[assignment]  # the form the store's search uses
                took, found = median(store)
                gc.disable()
                try:
                    bare, _ = median(store)
                finally:
                    gc.enable()
                print(
                    f"{name:<12} {took * 1000:8.0f} ms for {found} meetings ({took / found * 1e6:.1f} us each); "
                    f"without the garbage collector {bare * 1000:.0f} ms ({bare / found * 1e6:.1f} us each)"
                )
        if args.profile:
            for name, make in FORMS.items():
                search.stored_record = make  # type: ignore[assignment]
                profile = cProfile.Profile()
                profile.runcall(answer, store)
                out = io.StringIO()
                pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(8)
                print(f"\n--- {name}\n" + "\n".join(line for line in out.getvalue().splitlines() if line.strip()))
        search.stored_record = stored_record


if __name__ == "__main__":
    main()
