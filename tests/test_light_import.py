"""A light import: ``import caucasus_talks`` loads the records and the corpus; everything else waits until it is used.

Each check runs in a fresh interpreter, since this test session has long
since imported everything.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import caucasus_talks as ct

SRC = Path(ct.__file__).parent
#: What a reader of the corpus never needs: imported only when one of its names is used.
HEAVY = tuple(f"caucasus_talks.{name}" for name in ("extract", "query", "registry", "export", "cli"))


def fresh(code: str) -> str:
    """What ``code`` prints in a new interpreter."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_importing_the_package_and_loading_the_corpus_leave_the_extractor_and_the_rest_unimported() -> None:
    code = (
        "import sys, caucasus_talks\n"
        "caucasus_talks.load_corpus()\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r}) or m == 'dateutil.parser'))\n"
    )
    assert fresh(code) == "[]"


def test_every_lazy_name_is_the_object_its_home_module_defines() -> None:
    code = (
        "import types, caucasus_talks as ct\n"
        "from caucasus_talks.extract import pipeline, _bag\n"
        "from caucasus_talks.export import interchange\n"
        "from caucasus_talks.registry import _index\n"
        "import caucasus_talks.query as q\n"
        "print(ct.extract is pipeline.extract, ct.Extraction is pipeline.Extraction, ct.extract_bag is _bag.extract_bag,\n"
        "      ct.query is q, ct.document_interchange is interchange.document_interchange,\n"
        "      ct.UnknownNameError is _index.UnknownNameError, ct.AmbiguousNameError is _index.AmbiguousNameError)\n"
    )
    assert fresh(code) == "True True True True True True True"


@pytest.mark.parametrize(
    "first",
    [
        "from caucasus_talks.extract import Extraction",  # the subpackage imported directly, before the name is read
        "import caucasus_talks.extract.pipeline",
        "from caucasus_talks import extract",
    ],
)
def test_ct_extract_is_the_function_however_the_extract_subpackage_was_imported(first: str) -> None:
    code = (
        f"{first}\n"
        "import caucasus_talks as ct\n"
        "from caucasus_talks import extract\n"
        "said = ct.extract('Blinken said: \"We are pleased.\"')\n"
        "print(callable(ct.extract), extract is ct.extract, [s.text for s in said.statements])\n"
    )
    assert fresh(code) == "True True ['We are pleased.']"


def test_the_exports_named_like_their_modules_stay_functions() -> None:
    code = (
        "from caucasus_talks.export import COLUMNS, code_meeting  # imports the modules tables and events first\n"
        "from caucasus_talks.export import events, tables\n"
        "import caucasus_talks.export as ex\n"
        "print(callable(events), callable(tables), ex.events is events, ex.tables is tables)\n"
    )
    assert fresh(code) == "True True True True"


def test_importing_the_extractor_imports_neither_pandas_nor_networkx_nor_the_other_exports() -> None:
    code = (
        "import sys, caucasus_talks as ct\n"
        "ct.extract('Blinken met Bayramov in Washington on November 7, 2022.', published='2022-11-08').to_interchange()\n"
        "needed = ('caucasus_talks.export.interchange', 'caucasus_talks.export.plain')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'networkx', 'numpy')\n"
        "      or m.startswith('caucasus_talks.export.') and m not in needed))\n"
    )
    assert fresh(code) == "[]"


def test_star_import_and_dir_show_every_public_name() -> None:
    code = (
        "import caucasus_talks as ct\n"
        "from caucasus_talks import *\n"
        "print(set(ct.__all__) <= set(dir(ct)) and callable(extract))\n"
    )
    assert fresh(code) == "True"


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'extractor'"):
        ct.extractor  # type: ignore[attr-defined]  # noqa: B018


# -- what the type checker reads and what runs are the same names ----------------------------


def lazy_names(init: Path) -> tuple[set[str], set[str], set[str]]:
    """The names a package's ``__init__`` imports for the type checker, maps for lazy import, and imports eagerly."""
    tree = ast.parse(init.read_text(encoding="utf-8"))
    typed: set[str] = set()
    mapped: set[str] = set()
    eager: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            typed |= {a.asname or a.name for n in node.body if isinstance(n, ast.ImportFrom) for a in n.names}
            for call in ast.walk(ast.Module(body=node.orelse, type_ignores=[])):
                if isinstance(call, ast.Dict):
                    mapped |= {k.value for k in call.keys if isinstance(k, ast.Constant)}
        elif isinstance(node, ast.ImportFrom) and not (node.module or "").startswith(("_", "typing", "__future__")):
            eager |= {a.asname or a.name for a in node.names}
    return typed, mapped, eager


@pytest.mark.parametrize("package", ["caucasus_talks", "caucasus_talks.export"])
def test_the_type_checkers_names_are_the_lazy_names_and_cover_all(package: str) -> None:
    init = SRC.joinpath(*package.split(".")[1:], "__init__.py")
    typed, mapped, eager = lazy_names(init)
    assert typed == mapped
    public = set(importlib.import_module(package).__all__)
    assert public - {"__version__"} == (typed | eager) & public
    assert public >= typed
