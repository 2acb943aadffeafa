"""A corpus folder changes all at once or not at all, and writers take turns: tested with real processes."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from caucasus_talks import Corpus, Document, PartialDate, Participant
from caucasus_talks._folder import JOURNAL

ARTICLES = Path(__file__).parent / "data" / "extract" / "articles"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the folder lock is flock, which Windows lacks")


def corpus_of(prefix: str, count: int) -> Corpus:
    """``count`` documents, each with a participant citing it: enough files that a save takes a while."""
    docs = [Document(id=f"{prefix}-{i:03d}", text=f"Text {i} of {prefix}: Pashinyan spoke.\n" * 40) for i in range(count)]
    people = [
        Participant(id=f"p-{prefix}-{i:03d}", name=f"Person {i}", evidence=[d.find("Pashinyan")]) for i, d in enumerate(docs)
    ]
    return Corpus(documents=docs, participants=people)


def state(folder: Path) -> Corpus:
    return Corpus.from_path(folder)


SAVE = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from test_corpus_writes import corpus_of
    new = corpus_of("new", 150)
    print("ready", flush=True)
    new.save({folder!r})
    print("saved", flush=True)
    """
)


def _save_time(old: Corpus, folder: Path) -> float:
    """How long the child's save takes from "ready" to "saved", uninterrupted (the longest of three), with a margin:
    machines and their load differ, so the kills are timed by it rather than by a fixed guess."""
    old.save(folder)
    longest = 0.0
    for _ in range(3):
        script = SAVE.format(tests=str(Path(__file__).parent), folder=str(folder))
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        start = time.perf_counter()
        assert child.stdout.readline().strip() == "saved"
        longest = max(longest, time.perf_counter() - start)
        child.wait()
        old.save(folder)
    return longest * 1.3


def test_a_save_killed_at_any_moment_leaves_the_old_corpus_or_the_new_one(tmp_path: Path) -> None:
    old, new = corpus_of("old", 60), corpus_of("new", 150)
    seen = {"old": 0, "new": 0}
    midway = 0
    span = _save_time(old, tmp_path / "timed")  # kills spread over the time a save takes on this machine, now
    # (evenly from the save's start to half as long again as it takes, in a shuffled order: some land before the
    # switch, some during the save, and some after it whatever the draw; random delays once drew none after it)
    delays = [1.5 * span * k / 11 for k in range(12)]
    random.Random(20261204).shuffle(delays)
    for trial, delay in enumerate(delays):
        folder = tmp_path / f"c{trial}"
        old.save(folder)
        script = SAVE.format(tests=str(Path(__file__).parent), folder=str(folder))
        child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        midway += "saved" not in child.stdout.read()
        after = state(folder)  # the load finishes or undoes what the kill left
        assert after in (old, new), f"trial {trial}: neither the old corpus nor the new one"
        seen["old" if after == old else "new"] += 1
        assert not [p.name for p in folder.iterdir() if p.name.startswith(".")], "leftovers were cleaned up"
        new.save(folder)  # and a save after the kill reaches what an uninterrupted one gives
        assert state(folder) == new
    assert midway >= 3, f"only {midway} of 12 kills landed during the save"
    assert seen["old"], f"the kills should land both before and after the switch: {seen}"
    assert seen["new"], f"the kills should land both before and after the switch: {seen}"


def test_a_journal_left_by_a_killed_save_is_finished_on_the_next_load(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    corpus_of("old", 3).save(folder)
    staged = folder / ".participants.json.x.tmp"
    staged.write_text((folder / "participants.json").read_text(encoding="utf-8").replace("Person 1", "Person One"))
    (folder / JOURNAL).write_text('{"replace": [[".participants.json.x.tmp", "participants.json"]], "remove": []}')
    assert state(folder).participant("p-old-001").name == "Person One"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_staged_files_no_journal_names_are_removed_and_the_old_state_kept(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    old = corpus_of("old", 3)
    old.save(folder)
    (folder / ".meetings.json.y.tmp").write_text("half a fil")
    assert state(folder) == old
    assert not (folder / ".meetings.json.y.tmp").exists()


def _add(folder: Path, article: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "caucasus_talks.cli", "add", str(ARTICLES / article), "--corpus", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_adds_at_once_both_land_in_full(tmp_path: Path) -> None:
    from caucasus_talks import extract

    articles = ("kremlin-call.txt", "state-readout.txt")
    alone = {a: extract((ARTICLES / a).read_text(encoding="utf-8"), document_id=Path(a).stem) for a in articles}
    for trial in range(3):
        folder = tmp_path / f"c{trial}"
        children = [_add(folder, a) for a in articles]
        for child in children:
            _, err = child.communicate(timeout=120)
            assert child.returncode == 0, err
        corpus = state(folder)
        assert {d.id for d in corpus.documents} == {"kremlin-call", "state-readout"}
        for ex in alone.values():  # every record of each add is there (a meeting may have merged into the other's)
            assert {s.text for s in ex.statements} <= {s.text for s in corpus.statements}
            for m in ex.meetings:
                assert corpus.get(m.id) is not None or any(set(m.evidence) <= set(k.evidence) for k in corpus.meetings)


LOCK_AND_HANG = textwrap.dedent(
    """
    import time
    from caucasus_talks.corpus import writing
    with writing({folder!r}):
        print("locked", flush=True)
        time.sleep(600)
    """
)


def test_a_writer_killed_while_holding_the_lock_does_not_block_the_next(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    Corpus().save(folder)
    child = subprocess.Popen([sys.executable, "-c", LOCK_AND_HANG.format(folder=str(folder))], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    waiting = _add(folder, "kremlin-call.txt")
    time.sleep(1.0)
    assert waiting.poll() is None, "a second writer waits while the first holds the lock"
    child.send_signal(signal.SIGKILL)
    child.wait()
    _, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert [d.id for d in state(folder).documents] == ["kremlin-call"]


def test_a_date_is_kept_as_the_corpus_wrote_it(tmp_path: Path) -> None:
    doc = Document(id="d", text="Text.", published=PartialDate(2022, 11))
    Corpus(documents=[doc]).save(tmp_path / "c")
    assert state(tmp_path / "c").document("d").published == PartialDate(2022, 11)


def test_an_add_killed_at_any_moment_then_run_again_reaches_the_state_of_one_uninterrupted_run(tmp_path: Path) -> None:
    articles = sorted(ARTICLES.glob("*.txt"))[:3]
    once = tmp_path / "once"
    done = subprocess.run(
        [sys.executable, "-m", "caucasus_talks.cli", "add", *map(str, articles), "--corpus", str(once)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rng = random.Random(7)
    for trial in range(5):
        folder = tmp_path / f"c{trial}"
        Corpus().save(folder)
        args = [sys.executable, "-m", "caucasus_talks.cli", "add", *map(str, articles), "--corpus", str(folder)]
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert state(folder) in (Corpus(), state(once)), f"trial {trial}: neither the old corpus nor the new one"
        again = subprocess.run(args, capture_output=True, text=True, check=False)
        assert again.returncode == 0, again.stderr
        assert state(folder) == state(once)
