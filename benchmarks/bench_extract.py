"""Extractor speed: characters per second on realistic and adversarial text, and linearity.

usage: python benchmarks/bench_extract.py [DEV_DOCS_DIR]

Realistic text is the dev documents concatenated and repeated to 1, 2, 5 and 10 MB;
adversarial texts are long runs of quotes, capitals and digits without newlines.
Each line also gives the ratio to a simple reference measured in the same run
(``re.findall`` of words over the same text), and the last lines the linearity
ratio time(10 MB) / time(1 MB) (10 is linear).
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

from caucasus_talks.extract import extract

MB = 1_000_000
WORDS = re.compile(r"\w+")


def realistic(size: int, folder: Path) -> str:
    docs = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"no *.txt in {folder}")
    block = "\n\n".join(docs)
    return (block * (size // len(block) + 1))[:size]


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
        return (unit * (size // len(unit) + 1))[:size].replace("\n", " ")
    raise ValueError(kind)


def timed(fn: object, *args: object) -> float:
    t0 = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - t0


def measure(name: str, text: str) -> float:
    t = timed(lambda s: extract(s, published="2022-11-10"), text)
    ref = timed(WORDS.findall, text)
    print(
        f"{name:24s} {len(text) / MB:5.1f} MB  {len(text) / t / MB:6.2f} MB/s  {t:7.2f} s  ratio to re.findall: {t / ref:6.1f}x"
    )
    return t


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "docs"
    extract("warm up the registry index", published="2022-11-10")
    times = {}
    for mb in (1, 2, 5, 10):
        times[mb] = measure("realistic", realistic(mb * MB, folder))
    print(f"linearity realistic: time(10MB)/time(1MB) = {times[10] / times[1]:.1f} (10 is linear)")
    for kind in ("quotes", "capitals", "digits", "mixed"):
        t1 = measure(f"adversarial {kind}", adversarial(MB, kind))
        t10 = measure(f"adversarial {kind}", adversarial(10 * MB, kind))
        print(f"linearity {kind}: time(10MB)/time(1MB) = {t10 / t1:.1f}")


if __name__ == "__main__":
    main()
