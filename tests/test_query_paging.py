"""Large answers in parts: the first N, newest first, one at a time, and how many, on a corpus and a store alike.

Each property is checked for many filter combinations (hypothesis) on two
corpora and on the stores made of them: the seed corpus grown with the
extractor's drafts (a third of them rejected, some undated), and a generated
corpus of 300 meetings dated to the day, the month and the year, many on the
same day. A store's answers are compared with its corpus's, and each form of
the answer with the whole tuple of :func:`query.meetings` /
:func:`query.statements` on the same corpus or store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from caucasus_talks import Corpus, Document, Evidence, Meeting, Participant, Statement, query
from caucasus_talks.cli import main
from caucasus_talks.store import Store, search
from sample_corpora import large_corpus
from test_store_queries import grown

Searchable = Corpus | Store

CORPORA: dict[str, Callable[[], Corpus]] = {"grown": grown, "generated": lambda: large_corpus(300)}


@pytest.fixture(scope="module", params=list(CORPORA))
def pair(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Corpus, Store]]:
    corpus = CORPORA[request.param]()
    with Store.from_corpus(corpus, tmp_path_factory.mktemp("store") / "talks.db") as store:
        yield corpus, store


# -- the filters a question may give ---------------------------------------------------------

DAYS = ["2020", "2021-03", "2021-07-14", "2022", "2022-09-01", "2022-11", "2022-11-07", "2023", "2023-06-15", "2024", "2025-02"]


def _dates() -> st.SearchStrategy[dict[str, Any]]:
    day = st.sampled_from(DAYS)
    return st.fixed_dictionaries(
        {}, optional={"on": day, "since": day, "until": day, "between": st.tuples(day, day)}
    )


def meeting_filters(corpus: Corpus) -> st.SearchStrategy[dict[str, Any]]:
    """Filters of ``query.meetings`` over names, places and dates the corpus has (some exact in a store's indexes, some not)."""
    people = sorted({i for m in corpus.meetings for i in m.participant_ids})
    countries = sorted({p.country for p in corpus.participants if p.country})
    places = sorted({m.location.city for m in corpus.meetings if m.location and m.location.city})
    mediators = sorted({i for m in corpus.meetings for i in m.mediator_ids}) or people
    names = st.sampled_from(people)
    optional: dict[str, st.SearchStrategy[Any]] = {
        "participant": st.one_of(names, st.lists(names, min_size=1, max_size=2)),
        "country": st.sampled_from(countries),
        "mediator": st.sampled_from(mediators),
        "location": st.sampled_from(places),
        "format": st.sampled_from(["in_person", "phone", "video"]),
        "status": st.sampled_from(["held", "planned"]),
        "topic": st.sampled_from(["peace", "border", "treaty"]),
        "review": st.sampled_from([*query.REVIEW_CHOICES, "curated"]),
    }
    if any(p.kind.value == "organization" for p in corpus.participants):
        optional["organization"] = st.just("EU")
    plain = st.fixed_dictionaries({}, optional=optional)
    dated = st.tuples(plain, _dates()).map(lambda both: {**both[0], **both[1]})
    undated = plain.map(lambda f: {**f, "undated": True})
    return st.one_of(dated, undated)


def statement_filters(corpus: Corpus) -> st.SearchStrategy[dict[str, Any]]:
    """Filters of ``query.statements`` over speakers, words, meetings and dates the corpus has."""
    speakers = sorted({i for s in corpus.statements for i in s.speakers})
    meetings = sorted({s.meeting for s in corpus.statements if s.meeting})
    words = st.sampled_from(["peace", "peace treaty", "agreement", "Quote", "number", "from", "the"])
    optional: dict[str, st.SearchStrategy[Any]] = {
        "speaker": st.sampled_from(speakers),
        "contains": st.one_of(words, st.lists(words, min_size=1, max_size=2)),
        "channel": st.sampled_from(["remarks", "press_release", "interview"]),
        "meeting": st.sampled_from(meetings),
        "review": st.sampled_from([*query.REVIEW_CHOICES, "curated"]),
    }
    plain = st.fixed_dictionaries({}, optional=optional)
    return st.tuples(plain, _dates()).map(lambda both: {**both[0], **both[1]})


KINDS = {
    "meetings": (query.meetings, query.iter_meetings, query.count_meetings, meeting_filters),
    "statements": (query.statements, query.iter_statements, query.count_statements, statement_filters),
}

settle = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def answer(ask: Callable[..., Any], where: Searchable, filters: dict[str, Any], **options: Any) -> Any:
    """What ``ask`` answers, or the error it raises as a :class:`Refused` (some dates leave no day to search)."""
    try:
        return ask(where, **filters, **options)
    except ValueError as exc:
        return Refused(type(exc), str(exc))


@attrs.frozen
class Refused:
    """A question refused: the error's type and message."""

    kind: type[Exception]
    message: str


# -- the properties --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(KINDS))
@settle
@given(data=st.data())
def test_the_first_n_records_are_the_first_n_of_the_whole_answer(
    pair: tuple[Corpus, Store], kind: str, data: st.DataObject
) -> None:
    listed, _iterate, _count, filters_of = KINDS[kind]
    corpus, store = pair
    filters = data.draw(filters_of(corpus), label="filters")
    for where in (corpus, store):
        whole = answer(listed, where, filters)
        if isinstance(whole, Refused):
            assert answer(listed, where, filters, limit=1) == whole
            continue
        limit = data.draw(st.integers(0, len(whole) + 2), label="limit")
        assert listed(where, **filters, limit=limit) == whole[:limit]


@pytest.mark.parametrize("kind", list(KINDS))
@settle
@given(data=st.data())
def test_newest_first_is_the_whole_answer_reversed_and_its_limit_a_prefix_of_that(
    pair: tuple[Corpus, Store], kind: str, data: st.DataObject
) -> None:
    listed, _iterate, _count, filters_of = KINDS[kind]
    corpus, store = pair
    filters = data.draw(filters_of(corpus), label="filters")
    limit = data.draw(st.integers(0, 12), label="limit")
    for where in (corpus, store):
        whole = answer(listed, where, filters)
        if isinstance(whole, Refused):
            assert answer(listed, where, filters, newest_first=True) == whole
            continue
        assert listed(where, **filters, newest_first=True) == whole[::-1]
        assert listed(where, **filters, newest_first=True, limit=limit) == whole[::-1][:limit]


@pytest.mark.parametrize("kind", list(KINDS))
@settle
@given(data=st.data())
def test_the_streaming_form_yields_the_records_of_the_tuple_form_in_order(
    pair: tuple[Corpus, Store], kind: str, data: st.DataObject
) -> None:
    listed, iterate, _count, filters_of = KINDS[kind]
    corpus, store = pair
    filters = data.draw(filters_of(corpus), label="filters")
    newest_first = data.draw(st.booleans(), label="newest_first")
    limit = data.draw(st.one_of(st.none(), st.integers(0, 12)), label="limit")
    for where in (corpus, store):
        whole = answer(listed, where, filters, newest_first=newest_first, limit=limit)
        assert answer(lambda w, **f: tuple(iterate(w, **f)), where, filters, newest_first=newest_first, limit=limit) == whole


@pytest.mark.parametrize("kind", list(KINDS))
@settle
@given(data=st.data())
def test_the_count_is_the_length_of_the_answer(pair: tuple[Corpus, Store], kind: str, data: st.DataObject) -> None:
    listed, _iterate, count, filters_of = KINDS[kind]
    corpus, store = pair
    filters = data.draw(filters_of(corpus), label="filters")
    for where in (corpus, store):
        whole = answer(listed, where, filters)
        counted = answer(count, where, filters)
        assert counted == (whole if isinstance(whole, Refused) else len(whole))


@pytest.mark.parametrize("kind", list(KINDS))
@settle
@given(data=st.data())
def test_a_store_gives_the_first_n_newest_first_and_the_count_its_corpus_gives(
    pair: tuple[Corpus, Store], kind: str, data: st.DataObject
) -> None:
    listed, _iterate, count, filters_of = KINDS[kind]
    corpus, store = pair
    filters = data.draw(filters_of(corpus), label="filters")
    options = data.draw(
        st.fixed_dictionaries({}, optional={"limit": st.integers(0, 12), "newest_first": st.booleans()}), label="options"
    )
    assert answer(listed, store, filters, **options) == answer(listed, corpus, filters, **options)
    assert answer(count, store, filters) == answer(count, corpus, filters)


def test_the_generated_questions_mostly_find_something(pair: tuple[Corpus, Store]) -> None:
    corpus, _ = pair
    assert query.count_meetings(corpus) >= 25  # the properties above are not all about empty answers (29 now)
    assert query.count_statements(corpus) >= 30
    assert query.count_meetings(corpus, since="2022") > 0


def test_the_default_answer_is_the_whole_chronological_one(pair: tuple[Corpus, Store]) -> None:
    corpus, store = pair
    for where in (corpus, store):
        every = query.meetings(where, review="all")
        assert every == query.meetings(where, review="all", limit=None, newest_first=False) == tuple(corpus.meetings)
        assert query.statements(where, review="all") == tuple(corpus.statements)


# -- a limit is a whole number, checked at once ------------------------------------------------


@pytest.mark.parametrize("limit", [-1, 2.5, "3", True, [3]])
@pytest.mark.parametrize("ask", [query.meetings, query.statements, query.iter_meetings, query.iter_statements])
def test_a_limit_that_is_not_a_whole_number_0_or_more_is_refused_naming_it(
    pair: tuple[Corpus, Store], ask: Callable[..., Any], limit: Any
) -> None:
    for where in pair:
        with pytest.raises(ValueError, match=r"^limit=.*: give a whole number of records, 0 or more"):
            ask(where, limit=limit)  # the iterators too, when called, before anything is read


def test_a_limit_of_0_finds_nothing_and_reads_nothing(pair: tuple[Corpus, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, store = pair
    structured = _counting(monkeypatch)
    assert query.meetings(store, limit=0) == query.meetings(corpus, limit=0) == ()
    assert query.statements(store, limit=0, newest_first=True) == ()
    assert structured == []


# -- a store structures no more than it hands out ---------------------------------------------------


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[type]:
    """Record every record a store's search structures from its row (the classes, in order)."""
    made: list[type] = []
    real = search.stored_record

    def stored_record(text: str, cls: type[Any]) -> Any:
        made.append(cls)
        return real(text, cls)

    monkeypatch.setattr(search, "stored_record", stored_record)
    return made


@pytest.mark.parametrize("newest_first", [False, True])
def test_a_store_query_with_a_limit_structures_only_the_records_it_returns(
    pair: tuple[Corpus, Store], monkeypatch: pytest.MonkeyPatch, newest_first: bool
) -> None:
    corpus, store = pair
    people = {i for m in corpus.meetings for i in m.participant_ids}
    busiest = max(people, key=lambda i: query.count_meetings(corpus, participant=i))
    assert query.count_meetings(corpus, participant=busiest) > 5
    structured = _counting(monkeypatch)
    found = query.meetings(store, participant=busiest, limit=5, newest_first=newest_first)
    assert len(found) == 5
    assert structured == [Meeting] * 5
    structured.clear()
    assert len(query.statements(store, limit=3, newest_first=newest_first)) == 3
    assert structured == [Statement] * 3


def test_a_store_query_that_tests_more_than_its_indexes_stops_at_the_last_record_it_returns(
    pair: tuple[Corpus, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, store = pair
    mediators = [i for m in corpus.meetings for i in m.mediator_ids]
    mediator = max(set(mediators), key=mediators.count)
    second = query.meetings(corpus, mediator=mediator, limit=2)[-1]
    # the store selects the meetings the mediator took part in, and the query tests that they mediated
    selected = [m for m in corpus.meetings if mediator in m.participant_ids and m.review.value != "rejected"]
    structured = _counting(monkeypatch)
    assert query.meetings(store, mediator=mediator, limit=2)[-1] == second
    assert len(structured) == selected.index(second) + 1


def test_streaming_a_store_structures_one_record_at_a_time(
    pair: tuple[Corpus, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    _corpus, store = pair
    structured = _counting(monkeypatch)
    stream = query.iter_meetings(store, review="all")
    assert structured == []  # nothing is read before it is asked for
    next(stream)
    next(stream)
    assert len(structured) == 2


def test_a_count_the_indexes_know_structures_no_record(pair: tuple[Corpus, Store], monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, store = pair
    person = corpus.meetings[0].participant_ids[0]
    word = corpus.statements[0].text.split()[1]
    expected = [
        len(query.meetings(store, participant=person)),
        len(query.meetings(store, since="2022", format="in_person", review="all")),
        len(query.statements(store, speaker=corpus.statements[0].speakers[0])),
        len(query.statements(store, contains=word)),  # phrases: the text of each selected row is tested, unstructured
    ]
    structured = _counting(monkeypatch)
    counted = [
        query.count_meetings(store, participant=person),
        query.count_meetings(store, since="2022", format="in_person", review="all"),
        query.count_statements(store, speaker=corpus.statements[0].speakers[0]),
        query.count_statements(store, contains=word),
    ]
    assert counted == expected
    assert min(counted) > 0
    assert structured == []


# -- phrases: the full-text index finds more than the query's test, and a count says what the test says ----


def _saying(*texts: str) -> Corpus:
    body = " ".join(texts)
    doc = Document(id="doc", text=body)
    speaker = Participant(id="speaker", name="Ada Speaker")
    out, at = [], 0
    for k, text in enumerate(texts):
        start = body.index(text, at)
        at = start + len(text)
        out.append(Statement(id=f"s{k}", speakers=("speaker",), text=text, evidence=(Evidence.of("doc", body, start, at),)))
    return Corpus(documents=[doc], participants=[speaker], statements=out)


def test_a_phrase_the_index_finds_across_a_hyphen_is_not_counted(tmp_path: Path) -> None:
    corpus = _saying("We want a peace treaty.", "A peace-treaty, some say.", "Peace, treaty and more.")
    with Store.from_corpus(corpus, tmp_path / "talks.db") as store:
        for where in (corpus, store):
            assert query.count_statements(where, contains="peace treaty") == 1
            assert [s.id for s in query.statements(where, contains="peace treaty", limit=5)] == ["s0"]
            assert query.count_statements(where, contains="peace") == 3


# -- the command line --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("seed")
    grown().save(root / "folder")
    assert main(["store", "import", str(root / "folder"), str(root / "talks.db")]) == 0
    return root / "folder", root / "talks.db"


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["meetings", "statements"])
def test_the_commands_take_limit_newest_first_and_count_for_a_folder_and_a_store(
    seed: tuple[Path, Path], capsys: pytest.CaptureFixture[str], command: str
) -> None:
    folder, store = seed
    for source in (["--corpus", str(folder)], ["--store", str(store)]):
        _code, whole, _err = _run(capsys, [command, "--json", *source])
        records = json.loads(whole)
        assert len(records) > 3
        code, out, _err = _run(capsys, [command, "--json", "--limit", "3", *source])
        assert (code, json.loads(out)) == (0, records[:3])
        code, out, _err = _run(capsys, [command, "--json", "--newest-first", "--limit", "2", *source])
        assert json.loads(out) == records[::-1][:2]
        assert _run(capsys, [command, "--count", *source])[:2] == (0, f"{len(records)}\n")
        assert _run(capsys, [command, "--count", "--json", *source])[:2] == (0, f"{len(records)}\n")
        assert _run(capsys, [command, "--count", "--since", "2099", *source])[:2] == (1, "0\n")


@pytest.mark.parametrize("value", ["-1", "x", "2.5"])
def test_a_limit_on_the_command_line_that_is_not_a_whole_number_is_a_usage_error_naming_it(
    seed: tuple[Path, Path], capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code, out, err = _run(capsys, ["meetings", "--limit", value, "--corpus", str(seed[0])])
    assert (code, out) == (2, "")
    assert f"argument --limit: not a whole number, 0 or more: {value!r}" in err


@pytest.mark.parametrize("kind", ["meetings", "statements"])
def test_a_default_question_streams_in_order_without_sorting_every_record_first(pair: tuple[Corpus, Store], kind: str) -> None:
    # the default question leaves out rejected records: that test must not make SQLite walk the review index and sort
    # every record it selects before it hands out the first one
    _corpus, store = pair
    asked: list[str] = []
    store._db.set_trace_callback(asked.append)
    try:
        next(iter(query.iter_meetings(store) if kind == "meetings" else query.iter_statements(store)))
    finally:
        store._db.set_trace_callback(None)
    [select] = [sql for sql in asked if sql.startswith(("SELECT m.record", "SELECT s.record"))]
    plan = " ".join(str(row[-1]) for row in store._db.execute("EXPLAIN QUERY PLAN " + select))
    assert "TEMP B-TREE" not in plan
