"""Import cost: a fresh process that loads the corpus, against one that imports only the three dependencies.

usage: python benchmarks/bench_import.py [--rounds N] [--no-bytecode]

Two commands, each in a fresh interpreter:

- ``deps``: ``import attrs, cattrs, dateutil.parser``, the floor any user of
  the library pays;
- ``corpus``: ``import caucasus_talks; caucasus_talks.load_corpus()``, what a
  user who only wants the records pays.

The machine this runs on is noisy (its speed may swing by 2x within a
minute), so the two are alternated, round after round, and each round runs
them in the opposite order to the one before: a slow spell falls on both.
Times are wall-clock seconds of the whole process, start to exit. The lines
give the minimum and median of each command, the ratio of the minima and of
the medians, and the median of each round's own ratio; the last, which pairs
each ``corpus`` run with the ``deps`` run next to it in time, is the one held
against the target of 1.5.

Both commands run as an installed package runs: from compiled bytecode,
written on a warm-up run into a private cache folder
(``PYTHONPYCACHEPREFIX``), so the source tree is left as it is even when the
environment says ``PYTHONDONTWRITEBYTECODE``. ``--no-bytecode`` measures the
other case, a source checkout in an environment that writes no bytecode:
whatever has no compiled bytecode beside it (the package's own modules, in a
fresh checkout) is compiled from source on every run.

Run it against another checkout with ``PYTHONPATH=/path/to/src``; the first
line says which ``caucasus_talks`` was timed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET = 1.5
COMMANDS = {
    "deps": "import attrs, cattrs, dateutil.parser",
    "corpus": "import caucasus_talks; caucasus_talks.load_corpus()",
}


def run_once(code: str, env: dict[str, str]) -> float:
    """Seconds for a fresh ``python -c code``, start to exit."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


def measure(rounds: int, env: dict[str, str]) -> dict[str, list[float]]:
    """Each command's times, alternated round by round (the order flips every round)."""
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    names = list(COMMANDS)
    for _ in range(2):  # warm-up, not counted: the bytecode cache and the file system cache
        for name in names:
            run_once(COMMANDS[name], env)
    for i in range(rounds):
        for name in names if i % 2 == 0 else reversed(names):
            times[name].append(run_once(COMMANDS[name], env))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=60, help="rounds of the two commands (default: 60)")
    parser.add_argument("--no-bytecode", action="store_true", help="compile every module from source on every run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-import-") as cache:
        env = dict(os.environ)
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            env.pop("PYTHONPYCACHEPREFIX", None)
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
        where = subprocess.run(
            [sys.executable, "-c", "import caucasus_talks; print(caucasus_talks.__file__)"],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout.strip()
        print(f"caucasus_talks: {where}")
        print(f"python: {sys.version.split()[0]}; modules from {'source' if args.no_bytecode else 'bytecode'}")
        print(f"rounds: {args.rounds}, each command once per round, alternating")
        times = measure(args.rounds, env)
    deps, corpus = times["deps"], times["corpus"]
    for name, values in times.items():
        low, mid = min(values) * 1000, statistics.median(values) * 1000
        print(f"  {name:<7} {COMMANDS[name]:<52} min {low:6.1f} ms  median {mid:6.1f} ms")
    paired = statistics.median(c / d for c, d in zip(corpus, deps, strict=True))
    print(f"ratio of minima:  {min(corpus) / min(deps):.2f}")
    print(f"ratio of medians: {statistics.median(corpus) / statistics.median(deps):.2f}")
    print(f"median of the rounds' ratios: {paired:.2f} (target: at most {TARGET})")
    print("target met" if paired <= TARGET else "target NOT met")


if __name__ == "__main__":
    main()
