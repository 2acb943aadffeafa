"""Extractor speed: megabytes per second on one core, against a simple reference, and how time grows with input.

usage: python benchmarks/bench_extract.py [--quick] [DOCS_DIR ...]

First, ``first sight``: every article once, in a fresh process that has read the
registry but no text, so that no cache of words, names or offices helps (the
archive below repeats its articles, and those caches keep what they learnt).

Then three kinds of input, each measured at 1, 2, 5 and 10 MB (1 and 2 MB with ``--quick``):

- ``archive``: real articles (the dev set and the three held-out sets by default),
  each extracted as its own document and dropped, repeated until the size is
  reached: what ``caucasus-talks extract DIR`` does;
- ``one text``: the same articles joined into one text of that size;
- adversarial texts without line breaks: runs of quotation marks, of capitalised
  words, of digits, one sentence with a quote, a meeting and a date repeated,
  runs of sentence marks with no space after them, and one meeting sentence repeated.

Times are CPU seconds of this process (``time.process_time``), the best of a few
runs, so that other load on a shared machine counts less. Each line also gives
the ratio to a reference measured next to it: ``re.findall(r"\\w+")`` over the
same input, which moves with the machine's speed. The last lines give
time(10 MB) / time(1 MB) for each input (10 is linear).
"""

from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from caucasus_talks.extract import extract

MB = 1_000_000
WORDS = re.compile(r"\w+")
HERE = Path(__file__).resolve().parent
DEFAULT_DIRS = [
    HERE.parents[1] / "shared" / "eval" / "dev" / "docs",
    *(HERE.parent / "tests" / "data" / name / "docs" for name in ("heldout", "heldout2", "heldout3")),
]
TARGET = 1.0  # MB per second
PUBLISHED = "2022-11-10"


def articles(folders: list[Path]) -> list[str]:
    docs = [p.read_text(encoding="utf-8") for folder in folders for p in sorted(folder.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"no *.txt in {', '.join(map(str, folders))}")
    return docs


def archive(size: int, docs: list[str]) -> list[str]:
    """Whole articles, in turn, until ``size`` characters."""
    out: list[str] = []
    n = 0
    while n < size:
        doc = docs[len(out) % len(docs)]
        out.append(doc)
        n += len(doc)
    return out


def adversarial(size: int, kind: str) -> str:
    rng = random.Random(7)
    if kind == "quotes":
        unit = "\"“”„«» '‘’"
        return "".join(rng.choice(unit) for _ in range(size))
    if kind == "capitals":
        words = ["President", "Minister", "Aliyev", "Blinken", "Of", "The", "A", "U.S.", "Said", "Met"]
        out: list[str] = []
        n = 0
        while n < size:
            w = rng.choice(words)
            out.append(w)
            n += len(w) + 1
        return " ".join(out)[:size]
    if kind == "digits":
        return "".join(rng.choice("0123456789 -./,") for _ in range(size))
    if kind == "mixed":
        unit = 'He said "Blinken met Aliyev on May 1-4, 2022 in Washington," '
        return (unit * (size // len(unit) + 1))[:size]
    if kind == "punctuation":  # runs of sentence marks with no space after them: the splitter must not backtrack
        pieces = ["Aliyev met Blinken", "." * 500, "?!" * 200, "…" * 300, " "]
        return "".join(rng.choice(pieces) for _ in range(size // 200))[:size]
    if kind == "meeting":  # one meeting told again and again: its mentions merge into one, in linear time
        unit = "Blinken met Aliyev in Washington on May 4, 2022. "
        return (unit * (size // len(unit) + 1))[:size]
    raise ValueError(kind)


def best_of(runs: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _extract(text: str) -> object:
    """One article's drafts, its relative dates counted from one fixed day."""
    return extract(text, published=PUBLISHED)


def _each(fn: Callable[[str], object], texts: list[str]) -> None:
    """``fn`` on every text, each result dropped once made: ``caucasus-talks extract DIR`` writes a document's
    records and lets them go, so a million articles never sit in memory at once (nor in the garbage collector's
    way)."""
    for s in texts:
        fn(s)


def measure(name: str, texts: list[str], runs: int) -> float:
    size = sum(map(len, texts))
    t = best_of(runs, lambda: _each(_extract, texts))
    ref = best_of(runs, lambda: _each(WORDS.findall, texts))
    rate = size / t / MB
    print(f"{name:22s} {size / MB:5.1f} MB  {rate:6.2f} MB/s  {t:7.2f} s  ratio to re.findall: {t / ref:5.1f}x")
    return t


def first_sight(folders: list[Path], runs: int) -> float:
    """CPU seconds to extract every article once in a process that has read the registry but no text: the caches
    of words, runs of names and offices start empty (the best of ``runs`` fresh processes)."""
    best = float("inf")
    for _ in range(runs):
        child = [sys.executable, __file__, "--first-sight", *map(str, folders)]
        out = subprocess.run(child, capture_output=True, text=True, check=True).stdout
        best = min(best, float(out))
    return best


def _first_sight_child(folders: list[Path]) -> None:
    docs = articles(folders)
    _extract("Ready.")  # reads the registry and builds its index: not text work
    t0 = time.process_time()
    _each(_extract, docs)
    print(time.process_time() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--quick", action="store_true", help="1 and 2 MB only")
    parser.add_argument("--first-sight", action="store_true", help=argparse.SUPPRESS)  # the child of first_sight()
    args = parser.parse_args()
    folders = [f for f in args.folders if f.is_dir()] or args.folders
    if args.first_sight:
        _first_sight_child(folders)
        return
    sizes = (1, 2) if args.quick else (1, 2, 5, 10)
    docs = articles(folders)
    size = sum(map(len, docs))
    print(f"{len(docs)} articles, {size / 1000:.0f} thousand characters; CPU seconds, best of runs")
    t = first_sight(folders, runs=7)
    print(f"{'first sight':22s} {size / MB:5.2f} MB  {size / t / MB:6.2f} MB/s  {t:7.2f} s  (each article once, caches empty)")
    # then a long-running process, as `caucasus-talks extract DIR` is: the registry index and word caches are warm
    for doc in docs:
        _extract(doc)
    linear: dict[str, float] = {}
    rates: dict[str, float] = {}
    for label, make in (
        ("archive", lambda n: archive(n, docs)),
        ("one text", lambda n: ["".join(d + "\n\n" for d in archive(n, docs))[:n]]),
        *(
            (f"adversarial {k}", lambda n, k=k: [adversarial(n, k)])
            for k in ("quotes", "capitals", "digits", "mixed", "punctuation", "meeting")
        ),
    ):
        times = {}
        for mb in sizes:
            times[mb] = measure(label, make(mb * MB), runs=5 if mb <= 2 else 2)
        rates[label] = sizes[0] / times[sizes[0]]
        linear[label] = times[sizes[-1]] / times[sizes[0]]
    print()
    for label, ratio in linear.items():
        span = f"time({sizes[-1]} MB) / time({sizes[0]} MB)"
        print(f"linearity {label:22s} {span} = {ratio:5.1f} ({sizes[-1] / sizes[0]:.0f} is linear)")
    for label in ("archive", "one text"):
        verdict = "met" if rates[label] >= TARGET else "NOT met"
        print(f"target {TARGET:.0f} MB/s on {label}: {rates[label]:.2f} MB/s at {sizes[0]} MB, {verdict}")


if __name__ == "__main__":
    main()
