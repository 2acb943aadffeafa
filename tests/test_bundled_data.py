"""Bundled data is loaded one way: on first use, once, whatever the threads do, and again after a failure."""

from __future__ import annotations

import ast
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import pytest

import caucasus_talks as ct
from caucasus_talks._data import bundled_table, bundled_text, once
from caucasus_talks.registry import Place, actors, places

SRC = Path(__file__).resolve().parents[1] / "src" / "caucasus_talks"


def test_a_loader_builds_on_first_use_and_never_again() -> None:
    builds: list[int] = []

    @once
    def load() -> list[int]:
        builds.append(1)
        return [len(builds)]

    assert builds == []
    first = load()
    assert load() is first
    assert builds == [1]


def test_threads_that_race_to_a_loader_share_one_build() -> None:
    builds: list[int] = []
    start = threading.Barrier(8)

    @once
    def load() -> object:
        builds.append(1)
        time.sleep(0.05)  # long enough for every other thread to arrive while this one builds
        return object()

    seen: list[object] = []

    def worker() -> None:
        start.wait()
        seen.append(load())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(builds) == 1
    assert len(seen) == 8
    assert all(value is seen[0] for value in seen)


def test_a_build_that_fails_is_tried_again_on_the_next_call() -> None:
    attempts: list[int] = []

    @once
    def load() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk hiccup")
        return "loaded"

    with pytest.raises(OSError, match="hiccup"):
        load()
    assert load() == "loaded"
    assert load() == "loaded"
    assert len(attempts) == 2


def test_a_loader_keeps_its_name_and_docstring() -> None:
    assert ct.load_corpus.__name__ == "load_corpus"
    assert ct.load_corpus.__doc__ is not None
    assert "seed corpus" in ct.load_corpus.__doc__


def test_the_bundled_corpus_and_registries_are_each_built_once() -> None:
    assert ct.load_corpus() is ct.load_corpus()
    assert actors() is actors()
    assert places() is places()


def test_bundled_files_are_read_by_their_path_under_data() -> None:
    assert bundled_text("timeline", "timeline.html").lstrip().startswith("<!DOCTYPE html>")
    assert any(p.id == "armenia" for p in bundled_table("registry/places.json", "places", Place))


def test_a_package_imported_from_a_zip_archive_reads_its_bundled_files_too(tmp_path: Path) -> None:
    archive = tmp_path / "caucasus_talks.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(SRC.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(SRC.parent).as_posix())
    code = (
        f"import sys; sys.path.insert(0, {str(archive)!r})\n"
        "import caucasus_talks\n"
        "from caucasus_talks.registry import places\n"
        "from caucasus_talks.export.timeline import render_html\n"
        "page = render_html(caucasus_talks.Corpus())\n"
        "print(caucasus_talks.__file__.startswith(sys.path[0]), places().lookup('Khankendi').name, page[:15])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "Stepanakert", "<!DOCTYPE", "html>"]


def test_no_module_but_the_data_module_finds_package_data_itself() -> None:
    """One idiom: every loader goes through ``caucasus_talks._data``, none reads the package's files its own way."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "_data.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                names = [f"{node.value.id}.{node.attr}"]
            else:
                continue
            if any(n.startswith("importlib.resources") or n == "functools.cache" for n in names):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []
