"""Past one machine: the extractor mapped over files with Dask.

``extract_bag`` gives a bag of interchange records; ``extract_to_folder`` has
each worker write the JSON it makes, so that only a line per file comes back.
Both cut the files into a few partitions per worker thread, balanced by bytes.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import caucasus_talks as ct
from caucasus_talks import extract_bag, extract_to_folder
from caucasus_talks.cli import main
from caucasus_talks.extract import _bag

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ARTICLES = Path(__file__).parent / "data" / "extract" / "articles"
HELDOUT = Path(__file__).parent / "data" / "heldout" / "docs"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A local cluster of two workers, one thread each, in their own processes (as on a real cluster)."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def texts(count: int, tmp_path: Path) -> list[Path]:
    """``count`` copies of the held-out articles under new names (distinct document ids)."""
    originals = sorted(HELDOUT.glob("*.txt"))
    out = []
    for i in range(count):
        src = originals[i % len(originals)]
        dst = tmp_path / f"{i:03d}_{src.name}"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def cli_json(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What ``caucasus-talks extract FILE`` prints."""
    capsys.readouterr()
    assert main(["extract", str(path)]) == 0
    return capsys.readouterr().out


# -- the bag of records ----------------------------------------------------------------------


def test_extract_bag_on_a_local_cluster_gives_one_interchange_per_file_in_order(client: object) -> None:
    paths = sorted(ARTICLES.glob("*.txt"))
    records = extract_bag(paths).compute()
    assert [r["document"]["id"] for r in records] == [p.stem for p in paths]
    assert all(r["interchange_version"] == 1 for r in records)


# -- partitions follow the workers -----------------------------------------------------------


def no_client() -> object:
    raise ValueError("No clients found")  # what distributed says when no client is active


def test_with_a_client_the_partitions_are_a_few_per_worker_thread(client: object, tmp_path: Path) -> None:
    assert _bag.worker_threads() == 2
    bag = extract_bag(texts(40, tmp_path))
    assert bag.npartitions == _bag.PARTITIONS_PER_WORKER * 2


def test_without_a_client_the_partitions_follow_the_cpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 5)
    monkeypatch.setattr(distributed, "default_client", no_client)
    assert extract_bag(texts(40, tmp_path)).npartitions == _bag.PARTITIONS_PER_WORKER * 5


def test_never_more_partitions_than_files(tmp_path: Path) -> None:
    paths = texts(3, tmp_path)
    assert extract_bag(paths).npartitions == 3
    assert extract_bag(paths, npartitions=64).npartitions == 3
    assert extract_to_folder(paths, tmp_path / "out", npartitions=64).npartitions == 3


def test_an_explicit_npartitions_is_kept(tmp_path: Path) -> None:
    assert extract_bag(texts(10, tmp_path), npartitions=4).npartitions == 4


def test_partitions_hold_about_equal_bytes_and_keep_the_order(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("x" * 9000, encoding="utf-8")
    smalls = []
    for i in range(9):
        small = tmp_path / f"small{i}.txt"
        small.write_text("x" * 1000, encoding="utf-8")
        smalls.append(str(small))
    runs = _bag._partition([str(big), *smalls], 2)  # 9000 bytes, then 9 x 1000 bytes
    assert runs == [[str(big)], smalls]


def test_no_files_give_an_empty_bag() -> None:
    assert extract_bag([]).compute(scheduler="sync") == []
    assert extract_to_folder([], "unused").compute(scheduler="sync") == []


@pytest.mark.parametrize("bad", [0, -3, 2.5, "8", True])
def test_npartitions_that_is_not_a_positive_whole_number_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="npartitions must be a positive whole number"):
        extract_bag([ARTICLES / "x.txt"], npartitions=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="npartitions must be a positive whole number"):
        extract_to_folder([ARTICLES / "x.txt"], "out", npartitions=bad)  # type: ignore[arg-type]


# -- results written where they are made -----------------------------------------------------


def test_each_worker_writes_the_json_that_extract_prints_and_only_a_line_per_file_comes_back(
    client: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = texts(14, tmp_path)
    out = tmp_path / "drafts"
    summary = extract_to_folder(paths, out).compute()
    assert summary == [(str(p), None) for p in paths]
    assert sorted(f.name for f in out.iterdir()) == sorted(f"{p.stem}.json" for p in paths)
    for p in paths:
        assert (out / f"{p.stem}.json").read_text(encoding="utf-8") == cli_json(p, capsys)


def test_a_bad_file_gives_its_error_line_and_the_others_are_still_written(client: object, tmp_path: Path) -> None:
    good = texts(4, tmp_path)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"Blinken met Bayramov\n\xff\xfe in Washington.")
    missing = tmp_path / "gone.txt"
    out = tmp_path / "drafts"
    summary = dict(extract_to_folder([*good[:2], bad, missing, *good[2:]], out, published="2022-11-10").compute())
    assert summary[str(bad)] == f"{bad}: byte 21 (line 2): invalid UTF-8"
    assert summary[str(missing)].startswith(f"{missing}: cannot read: ")
    assert all(summary[str(p)] is None for p in good)
    assert sorted(f.name for f in out.iterdir()) == sorted(f"{p.stem}.json" for p in good)


def test_two_files_of_one_document_id_write_one_json_and_the_second_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "talks.txt", tmp_path / "b" / "talks.txt"
    first.write_text("Blinken met Bayramov in Washington.", encoding="utf-8")
    second.write_text("Aliyev met Pashinyan in Brussels.", encoding="utf-8")
    summary = extract_to_folder([first, second], tmp_path / "out").compute(scheduler="sync")
    assert summary == [
        (str(first), None),
        (str(second), f"{second}: its document id 'talks' is already that of talks.txt; rename one"),
    ]
    assert [f.name for f in (tmp_path / "out").iterdir()] == ["talks.json"]


def test_both_are_exported_from_the_package() -> None:
    assert ct.extract_bag is _bag.extract_bag
    assert ct.extract_to_folder is _bag.extract_to_folder
