"""The README's tour runs as written: its Python blocks and its command lines, in a fresh folder.

``tests/test_docs.py`` runs the examples of ``docs/``; the README is the first
page a user reads, so its examples are run here, in order, the way a user
would paste them.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE_RE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SCRIPT = Path(sys.executable).with_name("caucasus-talks")
ENTRY = (
    [str(SCRIPT)]
    if SCRIPT.exists()
    else [sys.executable, "-c", "import sys; from caucasus_talks.cli import main; sys.exit(main())"]
)


def blocks(language: str) -> list[str]:
    return [body for lang, body in FENCE_RE.findall(README) if lang == language]


def commands() -> list[str]:
    """Every ``caucasus-talks ...`` line of the README's shell blocks, its comment and any ``pip ... &&`` before it dropped."""
    out = []
    for body in blocks("sh"):
        for line in body.splitlines():
            command = line.split("&&")[-1].split("#")[0].strip()
            if command.startswith("caucasus-talks"):
                out.append(command)
    return out


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh folder, as a user's, with an article to extract from (one of the seed texts)."""
    shutil.copy(sorted((ROOT / "seeds").glob("*.txt"))[1], tmp_path / "article.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_has_a_python_tour_and_command_lines() -> None:
    assert blocks("python"), "the README's tour is a ```python block"
    assert len(commands()) >= 5


def test_the_python_tour_runs_as_written(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for body in blocks("python"):
        exec(compile(body, "README.md", "exec"), {"__name__": "readme"})
    printed = capsys.readouterr().out
    assert "2023-07-15-brussels-leaders" in printed  # the query by the Russian spelling
    assert printed.rstrip().endswith("True")  # the saved corpus loads back equal
    assert (folder / "my-corpus").is_dir()


@pytest.mark.parametrize("command", commands())
def test_every_command_line_of_the_readme_runs(folder: Path, command: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    done = subprocess.run([*ENTRY, *shlex.split(command)[1:]], capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, f"$ {command}\n{done.stderr}"
    assert done.stdout or done.stderr
