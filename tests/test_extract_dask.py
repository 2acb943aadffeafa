"""``extract_bag`` maps the extractor over files on a local Dask cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from caucasus_talks import extract_bag

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ARTICLES = Path(__file__).parent / "data" / "extract" / "articles"


def test_extract_bag_on_a_local_cluster_gives_one_interchange_per_file() -> None:
    paths = sorted(ARTICLES.glob("*.txt"))
    with distributed.LocalCluster(n_workers=2, processes=False, dashboard_address=None) as cluster, distributed.Client(cluster):
        records = extract_bag(paths).compute()
    assert sorted(r["document"]["id"] for r in records) == sorted(p.stem for p in paths)
    assert all(r["interchange_version"] == 1 for r in records)
