"""The documentation cannot rot: every example in ``docs/*.md`` runs, and the reference pages match the code.

Each page's examples run in a fresh folder that holds a copy of the
repository's ``seeds/``, as in a user's checkout:

- ```` ```pycon ```` blocks are doctests (ELLIPSIS and NORMALIZE_WHITESPACE),
  sharing one namespace per page, in order;
- lines of ```` ```console ```` (or ``sh``) blocks that start with
  ``$ caucasus-talks`` run through the real command line; each must exit 0,
  and the lines shown under it, if any, must match what it printed (stdout,
  then stderr; ``...`` matches anything). A shown output may end with a line
  ``[exit code N]`` to document a command that fails on purpose.
"""

from __future__ import annotations

import doctest
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import caucasus_talks as ct

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
FENCE_RE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
SHELL = {"console", "sh", "shell", "bash", "shell-session"}
UNRUN_PYTHON = {"python", "py", "python3"}

SCRIPT = Path(sys.executable).with_name("caucasus-talks")
ENTRY = (
    [str(SCRIPT)]
    if SCRIPT.exists()
    else [sys.executable, "-c", "import sys; from caucasus_talks.cli import main; sys.exit(main())"]
)


def fenced_blocks(text: str) -> list[tuple[str, str, int]]:
    """Every fenced block of a Markdown text: language, body and the line the body starts on."""
    return [(m.group(1).lower(), m.group(2), text.count("\n", 0, m.start(2)) + 1) for m in FENCE_RE.finditer(text)]


def commands(body: str) -> list[tuple[str, str]]:
    """The ``$ caucasus-talks ...`` commands of a shell block, each with the output shown under it."""
    out: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for line in body.splitlines():
        if line.startswith("$ "):
            current = None
            if line[2:].lstrip().startswith("caucasus-talks"):
                current = []
                out.append((line[2:].strip(), current))
        elif current is not None:
            current.append(line)
    return [(command, "\n".join(shown).strip("\n")) for command, shown in out]


def run_pycon(page: Path, body: str, line: int, globs: dict[str, Any]) -> str | None:
    """Run one pycon block as a doctest; the failure report, or ``None`` when it passes."""
    test = doctest.DocTestParser().get_doctest(body, globs, f"{page.name}:{line}", str(page), line - 1)
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=report.write, clear_globs=False)
    globs.update(test.globs)  # DocTest works on a copy; the page's next block continues from here
    return report.getvalue() if runner.failures else None


EXIT_RE = re.compile(r"\n?\[exit code (\d+)\]\Z")


def run_command(command: str, shown: str, cwd: Path) -> str | None:
    """Run one documented command; why it failed, or ``None`` when it did what the page says."""
    expected = 0
    marker = EXIT_RE.search(shown)
    if marker:
        expected, shown = int(marker.group(1)), shown[: marker.start()]
    argv = shlex.split(command)
    result = subprocess.run([*ENTRY, *argv[1:]], cwd=cwd, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != expected:
        return f"$ {command}\nexited {result.returncode}, not {expected}\n{result.stderr[-2000:]}"
    got = result.stdout + result.stderr
    if shown and not doctest.OutputChecker().check_output(shown + "\n", got, FLAGS):
        return f"$ {command}\nshown:\n{shown}\ngot:\n{got}"
    return None


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_example_on_the_page_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    text = page.read_text(encoding="utf-8")
    failures: list[str] = []
    globs: dict[str, Any] = {"__name__": f"docs.{page.stem}"}
    for language, body, line in fenced_blocks(text):
        if language in UNRUN_PYTHON:
            failures.append(f"{page.name}:{line}: a ```{language} block is never run; write it as ```pycon with >>> prompts")
        elif language == "pycon":
            failure = run_pycon(page, body, line, globs)
            if failure:
                failures.append(failure)
        elif language in SHELL:
            for command, shown in commands(body):
                failure = run_command(command, shown, tmp_path)
                if failure:
                    failures.append(f"{page.name}:{line}:\n{failure}")
    assert not failures, "\n\n".join(failures)


def test_the_example_runner_sees_commands_and_their_output() -> None:
    body = "$ caucasus-talks summary\nwhat  count\n...\n$ pip install caucasus-talks\n$ caucasus-talks export --format csv out/\n"
    assert commands(body) == [("caucasus-talks summary", "what  count\n..."), ("caucasus-talks export --format csv out/", "")]
    assert run_command("caucasus-talks show no-such-record", "...\n[exit code 2]", ROOT) is None
    assert run_command("caucasus-talks show no-such-record", "", ROOT) is not None  # a failure is not hidden
    text = "# T\n\n```pycon\n>>> 1 + 1\n2\n```\n\n```console\n$ caucasus-talks summary\n```\n"
    assert [(lang, line) for lang, _body, line in fenced_blocks(text)] == [("pycon", 4), ("console", 9)]


# -- the site: every page in the navigation -------------------------------------------


def nav_pages() -> list[str]:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config.split("\nnav:\n", 1)[1]
    return re.findall(r"^\s+-\s+[^:\n]+:\s+(\S+\.md)\s*$", nav, re.MULTILINE)


def test_every_docs_page_is_in_the_navigation_and_every_nav_entry_exists() -> None:
    listed = nav_pages()
    assert sorted(listed) == sorted(p.name for p in PAGES)
    assert len(listed) == len(set(listed))


# -- the data model page documents every field ----------------------------------------

RECORDS = [
    ct.Reviewed,
    ct.Document,
    ct.Evidence,
    ct.Basis,
    ct.Participant,
    ct.Office,
    ct.Meeting,
    ct.Attendance,
    ct.Location,
    ct.Reading,
    ct.Statement,
    ct.PartialDate,
]
ENUMS = [ct.Review, ct.ParticipantKind, ct.MeetingFormat, ct.MeetingStatus, ct.Role, ct.Channel, ct.Precision, ct.DateBasis]


def _section(text: str, heading: str) -> str:
    match = re.search(rf"^#+ [^\n]*`{heading}`[^\n]*\n(.*?)(?=^#+ |\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"data-model.md has no section for {heading}"
    return match.group(1)


@pytest.mark.parametrize("record", RECORDS, ids=[r.__name__ for r in RECORDS])
def test_data_model_page_describes_every_field_of_the_record(record: type) -> None:
    section = _section((DOCS / "data-model.md").read_text(encoding="utf-8"), record.__name__)
    missing = [f.name for f in attrs.fields(record) if not re.search(rf"^\|\s*`{f.name}`\s*\|", section, re.MULTILINE)]
    assert not missing, f"{record.__name__}: fields not in its table: {missing}"


@pytest.mark.parametrize("enum", ENUMS, ids=[e.__name__ for e in ENUMS])
def test_data_model_page_lists_every_value_of_the_enumeration(enum: Any) -> None:
    text = (DOCS / "data-model.md").read_text(encoding="utf-8")
    missing = [m.value for m in enum if f"`{m.value}`" not in text]
    assert not missing, f"{enum.__name__}: values not in data-model.md: {missing}"


# -- the interchange JSON Schema holds the real export -----------------------------------


@pytest.fixture(scope="module")
def interchange_schema() -> dict[str, Any]:
    pytest.importorskip("jsonschema")
    schema: dict[str, Any] = json.loads((DOCS / "interchange.schema.json").read_text(encoding="utf-8"))
    return schema


def _validator(schema: dict[str, Any]) -> Any:
    import jsonschema

    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_interchange_schema_is_valid_and_accepts_the_real_export_of_every_document(
    tmp_path: Path, interchange_schema: dict[str, Any]
) -> None:
    corpus = ct.load_corpus()
    result = subprocess.run([*ENTRY, "export", "--by-document", str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    files = sorted(tmp_path.glob("*.json"))
    assert [f.stem for f in files] == sorted(d.id for d in corpus.documents)
    validator = _validator(interchange_schema)
    for path in files:
        errors = [f"{path.name}: {e.json_path}: {e.message}" for e in validator.iter_errors(json.loads(path.read_text()))]
        assert not errors, "\n".join(errors)
    assert any(json.loads(f.read_text())["meetings"] for f in files), "no document of the bundled corpus has a meeting"


@pytest.fixture(scope="module")
def rich_interchange() -> dict[str, Any]:
    """The interchange object of a bundled document with participants, a meeting with evidence, and a statement."""
    corpus = ct.load_corpus()
    for doc in corpus.documents:
        data: dict[str, Any] = json.loads(
            json.dumps(ct.document_interchange(doc, corpus.participants, corpus.meetings, corpus.statements))
        )
        if data["participants"] and data["statements"] and data["meetings"] and data["meetings"][0]["evidence"]:
            return data
    pytest.fail("no document of the bundled corpus has a meeting with evidence and a statement")


@pytest.mark.parametrize(
    ("where", "change"),
    [
        ("document id", lambda d: d["document"].pop("id")),
        ("meeting date", lambda d: d["meetings"][0].update(date="19 September 2022")),
        ("meeting format", lambda d: d["meetings"][0].update(format="telepathy")),
        ("participant kind", lambda d: d["participants"][0].update(kind="robot")),
        ("statement speaker", lambda d: d["statements"][0].pop("speaker")),
        ("span start", lambda d: d["meetings"][0]["evidence"][0].update(start=-1)),
        ("version", lambda d: d.update(interchange_version=99)),
    ],
)
def test_interchange_schema_rejects_a_broken_object(
    interchange_schema: dict[str, Any], rich_interchange: dict[str, Any], where: str, change: Any
) -> None:
    validator = _validator(interchange_schema)
    assert not list(validator.iter_errors(rich_interchange))
    broken = json.loads(json.dumps(rich_interchange))
    change(broken)
    assert list(validator.iter_errors(broken)), f"the schema accepts a broken {where}"


# -- the command-line page covers every subcommand ------------------------------------------


def test_cli_page_runs_an_example_of_every_subcommand() -> None:
    from caucasus_talks.cli import build_parser

    parser = build_parser()
    subcommands = next(a for a in parser._actions if a.dest == "command").choices
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    shown = {
        shlex.split(command)[1]
        for language, body, _line in fenced_blocks(text)
        if language in SHELL
        for command, _output in commands(body)
    }
    assert sorted(set(subcommands) - shown) == []
