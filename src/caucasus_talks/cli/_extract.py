"""``caucasus-talks extract`` and ``caucasus-talks add``: draft records from new documents."""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .._files import read_text, write_atomic
from ..errors import DataError
from ._common import EXIT_NO_MATCH, EXIT_OK, CommandError, print_json

__all__ = ["register"]


def _date(value: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


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
    p.add_argument("--published", metavar="YYYY-MM-DD", type=_date, help="publication date (anchors relative dates)")
    p.add_argument("--out", metavar="OUTDIR", type=Path, help="with a folder: where to write one JSON per document")
    p.add_argument("--jobs", metavar="N", type=int, default=None, help="worker processes for a folder (default: CPUs)")
    p.set_defaults(handler=run_extract)

    a = sub.add_parser(
        "add",
        help="add documents and their drafts to a corpus folder",
        description="Extract each FILE and add it, with its draft records, to the corpus folder --corpus (created "
        "if new). Known meetings are merged, not duplicated; records a person reviewed are never overwritten; "
        "running it twice changes nothing.",
        epilog=textwrap.dedent(
            """\
            example:
              caucasus-talks add article.txt --corpus my-corpus/ --published 2022-11-10
            """
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument("files", metavar="FILE", nargs="+", type=Path, help="UTF-8 text files")
    a.add_argument("--corpus", metavar="DIR", type=Path, required=True, help="the corpus folder to add to")
    a.add_argument("--published", metavar="YYYY-MM-DD", type=_date, help="publication date of the files")
    a.set_defaults(handler=run_add)


def _extract_file(path: Path, published: _dt.date | None) -> dict[str, Any]:
    from ..extract import extract

    text = read_text(path)
    return extract(text, published=published, document_id=path.stem).to_interchange()


def _work(job: tuple[str, str, _dt.date | None]) -> tuple[str, str | None]:
    """Extract one file into its JSON; returns (name, error message or None)."""
    src, dst, published = job
    try:
        data = _extract_file(Path(src), published)
    except DataError as exc:
        return src, str(exc)
    except OSError as exc:
        return src, f"{src}: cannot read: {exc.strerror or exc}"
    write_atomic(Path(dst), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return src, None


def run_extract(args: argparse.Namespace) -> int:
    path: Path = args.path
    if path.is_dir():
        return _extract_dir(path, args)
    if args.out is not None:
        raise CommandError("extract: --out is for a folder; a single FILE prints its JSON")
    if not path.exists():
        raise CommandError(f"extract: {path}: no such file")
    try:
        data = _extract_file(path, args.published)
    except DataError as exc:
        raise CommandError(f"extract: {exc}") from None
    print_json(data)
    return EXIT_OK


def _extract_dir(folder: Path, args: argparse.Namespace) -> int:
    if args.out is None:
        raise CommandError("extract: a folder needs --out OUTDIR")
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise CommandError(f"extract: {out} exists and is not a folder")
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if not files:
        raise CommandError(f"extract: no *.txt files in {folder}", code=EXIT_NO_MATCH)
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(str(p), str(out / f"{p.stem}.json"), args.published) for p in files]
    workers = args.jobs or os.cpu_count() or 1
    failed: list[str] = []
    tty = sys.stderr.isatty()
    done = 0
    if workers <= 1 or len(jobs) == 1:
        results = map(_work, jobs)
        for _name, error in results:
            done += 1
            _progress(tty, done, len(jobs))
            if error:
                failed.append(error)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for _name, error in pool.map(_work, jobs, chunksize=max(1, len(jobs) // (workers * 8))):
                done += 1
                _progress(tty, done, len(jobs))
                if error:
                    failed.append(error)
    if tty:
        sys.stderr.write("\n")
    for message in failed:
        sys.stderr.write(f"caucasus-talks: extract: {message}\n")
    sys.stderr.write(f"extracted {len(jobs) - len(failed)} of {len(jobs)} file(s) into {out}\n")
    return 1 if failed else EXIT_OK


def _progress(tty: bool, done: int, total: int) -> None:
    if tty:
        sys.stderr.write(f"\rextracting {done}/{total}")
        sys.stderr.flush()


def run_add(args: argparse.Namespace) -> int:
    from ._add import add_files

    try:
        report = add_files(args.files, args.corpus, args.published)
    except DataError as exc:
        raise CommandError(f"add: {exc}") from None
    sys.stderr.write(report + "\n")
    return EXIT_OK
