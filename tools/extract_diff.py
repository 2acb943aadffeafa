"""A differential check of the extractor: its interchange output on a fixed battery of inputs, written to a folder,
so that two versions of the code can be compared document by document.

    python tools/extract_diff.py write OUTDIR     # extract the battery with the installed caucasus_talks
    python tools/extract_diff.py compare A B      # list the inputs whose outputs differ; exit 1 if any do

The battery: every dev and held-out document with its publication date, the same without one (the dateline
path), the same with a line that forces case folding (text that lower-casing cannot keep position for position),
the seeds, the extractor's test articles, adversarial texts (mostly the benchmark's), and texts made by shuffling the
dev set's sentences (seeded). It is meant for refactorings that must not change what the extractor finds.
"""

from __future__ import annotations

import json
import os
import random
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_extract import adversarial  # noqa: E402  (the benchmark's texts, made in one place)

EVAL = ROOT.parent / "shared" / "eval"
SETS = {
    "dev": EVAL / "dev",
    "heldout": ROOT / "tests" / "data" / "heldout",
    "heldout2": ROOT / "tests" / "data" / "heldout2",
    "heldout3": ROOT / "tests" / "data" / "heldout3",
}
FOLDING_LINE = "İstanbul note\n"  # "İ" lengthens when lower-cased: the rules then match with case folding
ADVERSARIAL_SIZE = 60_000
SHUFFLES = 150


def _meta(folder: Path) -> dict[str, dict[str, str | None]]:
    path = folder / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _adversarial(kind: str, size: int) -> str:
    """The benchmark's adversarial text of this kind, and two of the battery's own: capitals with no shortened
    last word, and runs of sentence marks among quotation marks."""
    rng = random.Random(7)
    if kind == "capitals":
        words = ["President", "Minister", "Aliyev", "Blinken", "Of", "The", "A", "U.S.", "Said", "Met"]
        return " ".join(rng.choice(words) for _ in range(size // 6))[:size]
    if kind == "punctuation":
        return "".join(rng.choice(".!?… \"”") for _ in range(size // 4)) + " Blinken met Aliyev."
    return adversarial(size, kind)


def battery() -> Iterator[tuple[str, str, str | None]]:
    """(name, text, published) of every input."""
    texts: list[str] = []
    for set_name, folder in SETS.items():
        meta = _meta(folder)
        for path in sorted((folder / "docs").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            texts.append(text)
            published = meta.get(path.stem, {}).get("published")
            yield f"{set_name}/{path.stem}", text, published
            yield f"{set_name}-unpublished/{path.stem}", text, None
            yield f"{set_name}-folding/{path.stem}", FOLDING_LINE + text, published
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seeds/{path.stem}", path.read_text(encoding="utf-8"), None
    for path in sorted((ROOT / "tests" / "data" / "extract" / "articles").glob("*.txt")):
        yield f"articles/{path.stem}", path.read_text(encoding="utf-8"), "2024-07-10"
    for kind in ("quotes", "capitals", "digits", "punctuation", "mixed", "meeting"):
        yield f"adversarial/{kind}", _adversarial(kind, ADVERSARIAL_SIZE), "2022-11-10"
    sentences = [s for t in texts for s in t.replace("\n\n", "\n").split(". ") if s.strip()]
    rng = random.Random(12)
    for n in range(SHUFFLES):
        picked = rng.sample(sentences, k=min(len(sentences), rng.randint(3, 25)))
        joiner = rng.choice([". ", ".\n", ".\n\n"])
        yield f"shuffled/{n:03d}", joiner.join(picked) + ".", rng.choice([None, "2021-05-20", "2023-10-02", "2025-03-13"])


def _extract(job: tuple[str, str, str | None, str]) -> str:
    from caucasus_talks.extract import extract

    name, text, published, out = job
    data = extract(text, published=published, document_id=name.rsplit("/", 1)[-1]).to_interchange()
    path = Path(out) / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return name


def write(out: Path) -> None:
    jobs = [(name, text, published, str(out)) for name, text, published in battery()]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        for _ in pool.map(_extract, jobs, chunksize=8):
            pass
    print(f"wrote {len(jobs)} outputs to {out}")


def compare(a: Path, b: Path) -> int:
    names = sorted({p.relative_to(root).as_posix() for root in (a, b) for p in root.rglob("*.json")})
    differ = [n for n in names if not (a / n).exists() or not (b / n).exists() or (a / n).read_bytes() != (b / n).read_bytes()]
    for n in differ:
        print(f"differs: {n}")
    print(f"{len(names) - len(differ)} of {len(names)} outputs identical")
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "write":
        write(Path(argv[1]))
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
