"""The built wheel carries everything: installed in a fresh venv, outside the repo, the corpus loads."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(ROOT)],
        check=True,
    )
    (found,) = out.glob("caucasus_talks-*.whl")
    return found


def test_the_wheel_ships_data_typing_marker_and_seed_texts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "caucasus_talks/py.typed" in names
    for seed in (ROOT / "seeds").glob("*.txt"):
        packaged = f"caucasus_talks/data/seed/{seed.name}"
        assert packaged in names
        assert zipfile.ZipFile(wheel).read(packaged) == seed.read_bytes()
    for table in ("documents", "participants", "meetings", "statements"):
        assert f"caucasus_talks/data/seed/{table}.json" in names
    assert "caucasus_talks/data/registry/actors.json" in names


def test_the_installed_wheel_loads_the_corpus_outside_the_repository(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    script = (
        "import caucasus_talks as ct, pathlib\n"
        "c = ct.load_corpus()\n"
        "assert 'site-packages' in ct.__file__, ct.__file__\n"
        "print(len(c.documents), len(c.meetings), len(c.participants), len(c.statements))\n"
    )
    done = subprocess.run([str(python), "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    documents, meetings, participants, statements = map(int, done.stdout.split())
    assert documents == 5
    assert meetings > 0
    assert participants > 0
    assert statements > 0
    cli = subprocess.run(
        [str(env_dir / "bin" / "caucasus-talks"), "summary", "--json"], cwd=tmp_path, capture_output=True, text=True
    )
    assert cli.returncode == 0, cli.stderr
    assert '"documents": 5' in cli.stdout
