"""``caucasus-talks extract`` and ``caucasus-talks add``: draft records from new documents."""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .._files import write_error
from ._common import EXIT_NO_MATCH, EXIT_OK, CommandError, iso_day, print_json

__all__ = ["register"]


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "extract",
        help="draft participants, meetings and statements from a text (interchange JSON)",
        description="Extract draft records from an English news article or readout. A FILE prints its interchange "
        "JSON; a DIR is extracted in parallel into --out, one <name>.json per *.txt.",
        epilog=textwrap.dedent(
            """\
            examples:
              caucasus-talks extract article.txt --published 2022-11-10
              caucasus-talks extract articles/ --out drafts/ --jobs 4
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", metavar="FILE|DIR", type=Path, help="a UTF-8 text file, or a folder of *.txt files")
    p.add_argument("--published", metavar="YYYY-MM-DD", type=iso_day, help="publication date (anchors relative dates)")
    p.add_argument("--out", metavar="OUTDIR", type=Path, help="with a folder: where to write one JSON per document")
    p.add_argument("--jobs", metavar="N", type=int, default=None, help="worker processes for a folder (default: CPUs)")
    p.set_defaults(handler=run_extract)

    a = sub.add_parser(
        "add",
        help="add documents and their drafts to a corpus folder",
        description="Extract each FILE and add it, with its draft records, to the corpus folder --corpus (created "
        "if new). A FILE.json is the interchange JSON that extract printed (perhaps corrected by hand), added with "
        "the document's text found beside it or in --texts. Known meetings are merged, not duplicated; records a "
        "person reviewed are never overwritten; a text the corpus holds is not added again; running it twice "
        "changes nothing.",
        epilog=textwrap.dedent(
            """\
            example:
              caucasus-talks add article.txt --corpus my-corpus/ --published 2022-11-10
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument(
        "files", metavar="FILE", nargs="+", type=Path, help="UTF-8 text files, or the interchange JSON that extract printed"
    )
    a.add_argument("--corpus", metavar="DIR", type=Path, required=True, help="the corpus folder to add to")
    a.add_argument("--published", metavar="YYYY-MM-DD", type=iso_day, help="publication date of the text files")
    a.add_argument("--texts", metavar="DIR", type=Path, help="where the texts of JSON files are (default: beside each)")
    a.set_defaults(handler=run_add)


def _work(job: tuple[str, str, _dt.date | None]) -> tuple[str, str | None]:
    """Extract one file into its JSON; returns (name, one line saying what went wrong, or None)."""
    from ..extract.files import write_extraction

    src, dst, published = job
    return src, write_extraction(src, dst, published)


def run_extract(args: argparse.Namespace) -> int:
    path: Path = args.path
    if path.is_dir() and not path.is_symlink():
        return _extract_dir(path, args)
    if args.out is not None:
        raise CommandError("extract: --out is for a folder; a single FILE prints its JSON")
    if not path.exists() and not path.is_symlink():
        raise CommandError(f"extract: {path}: no such file")
    from ..extract.files import extract_file

    print_json(extract_file(path, args.published))
    return EXIT_OK


def _jobs(folder: Path, out: Path, published: _dt.date | None) -> tuple[list[tuple[str, str, _dt.date | None]], list[str]]:
    """One job per regular ``*.txt`` file, written to ``<document id>.json``; the files refused, each with why."""
    from ..extract.files import claim_id

    jobs: list[tuple[str, str, _dt.date | None]] = []
    refused: list[str] = []
    taken: dict[str, str] = {}
    for path in sorted(folder.glob("*.txt")):
        if path.is_symlink():
            refused.append(f"{path}: is a symbolic link; links are never followed")
            continue
        if not path.is_file():
            continue  # a folder named *.txt, a FIFO, a device: not a document
        doc_id, why = claim_id(str(path), taken)
        if why is not None:
            refused.append(why)
            continue
        jobs.append((str(path), str(out / f"{doc_id}.json"), published))
    return jobs, refused


def _extract_dir(folder: Path, args: argparse.Namespace) -> int:
    if args.out is None:
        raise CommandError("extract: a folder needs --out OUTDIR")
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CommandError(f"extract: {out} exists and is not a folder")
    jobs, failed = _jobs(folder, out, args.published)
    refused = len(failed)
    if not jobs and not failed:
        raise CommandError(f"extract: no *.txt files in {folder}", code=EXIT_NO_MATCH)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(out, exc) from None
    workers = args.jobs or os.cpu_count() or 1
    progress = _Progress(len(jobs), sys.stderr.isatty())
    if workers <= 1 or len(jobs) <= 1:
        results: Iterator[tuple[str, str | None]] = map(_work, jobs)
        failed.extend(progress.follow(results))
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            failed.extend(progress.follow(pool.map(_work, jobs, chunksize=max(1, len(jobs) // (workers * 8)))))
    for message in failed:
        sys.stderr.write(f"caucasus-talks: extract: {message}\n")
    total = len(jobs) + refused  # every *.txt file seen
    done = total - len(failed)
    sys.stderr.write(f"extracted {done} of {total} file(s) into {out} in {progress.elapsed():.1f} s\n")
    return 1 if failed else EXIT_OK


class _Progress:
    """A one-line counter on a terminal, with the rate and the time left."""

    def __init__(self, total: int, tty: bool) -> None:
        self.total = total
        self.tty = tty
        self.start = time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def follow(self, results: Iterable[tuple[str, str | None]]) -> Iterator[str]:
        """The error of each result that has one, showing progress as results come."""
        for done, (_name, error) in enumerate(results, start=1):
            if self.tty:
                rate = done / max(self.elapsed(), 1e-9)
                left = (self.total - done) / rate
                sys.stderr.write(f"\rextracting {done}/{self.total}  {rate:.1f} files/s  about {left:.0f} s left ")
                sys.stderr.flush()
            if error:
                yield error
        if self.tty and self.total:
            sys.stderr.write("\n")


def run_add(args: argparse.Namespace) -> int:
    from ._add import add_files

    report = add_files(args.files, args.corpus, args.published, args.texts)
    sys.stderr.write("".join(line + "\n" for line in report))
    return EXIT_OK
