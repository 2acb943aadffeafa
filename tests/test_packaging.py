"""The package carries the seeds byte for byte and imports nothing beyond its three dependencies."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_packaged_seed_texts_are_the_seeds_byte_for_byte() -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert len(seeds) == 5
    packaged = resources.files("caucasus_talks") / "data" / "seed"
    for seed in seeds:
        assert (packaged / seed.name).read_bytes() == seed.read_bytes()
    assert sorted(p.name for p in packaged.iterdir() if p.name.endswith(".txt")) == [s.name for s in seeds]


def test_no_module_imports_a_third_party_package_at_top_level() -> None:
    """Optional extras (pandas, networkx, dask) are imported inside the functions that need them."""
    allowed = {"attr", "attrs", "cattrs", "dateutil", "caucasus_talks"}
    stdlib = set(sys.stdlib_module_names)
    offenders = []
    for path in sorted((ROOT / "src" / "caucasus_talks").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # top level only
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] not in stdlib | allowed]
    assert offenders == []


def test_loading_imports_only_the_three_dependencies_and_what_they_require() -> None:
    # cattrs itself requires typing_extensions; that is cattrs's dependency, not ours.
    script = (
        "import sys, caucasus_talks as ct\n"
        "ct.load_corpus()\n"
        "from caucasus_talks.registry import actors, places\n"
        "actors(); places()\n"
        "allowed = {'attr', 'attrs', 'cattrs', 'dateutil', 'caucasus_talks', 'six', 'typing_extensions'}\n"
        "third = {m.split('.')[0] for m in sys.modules} - set(sys.stdlib_module_names) - allowed\n"
        "print(sorted(m for m in third if not m.startswith('_')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout


def test_importing_the_package_reads_no_data() -> None:
    """Data files are read on first use, not at import: importing is instant."""
    script = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == 'open' else None)\n"
        "import caucasus_talks, caucasus_talks.registry, caucasus_talks.query\n"
        "print(sorted({p for p in opened if '/data/' in p and p.endswith(('.json', '.txt'))}))\n"
        "caucasus_talks.load_corpus()\n"
        "print(any(p.endswith('meetings.json') for p in opened))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    before_use, after_use = done.stdout.splitlines()
    assert before_use == "[]"
    assert after_use == "True"
