"""The queries over a store: the same answers as over the corpus it holds, found through its indexes."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from caucasus_talks import (
    Corpus,
    Document,
    Evidence,
    PartialDate,
    Participant,
    Review,
    Statement,
    UnknownNameError,
    load_corpus,
    query,
)
from caucasus_talks.cli import main
from caucasus_talks.extract import extract
from caucasus_talks.query import _has_words
from caucasus_talks.store import Store
from caucasus_talks.store.rows import WORD_END, WORD_START, marked_phrase, marked_words, search_text
from caucasus_talks.store.schema import TOKENIZER
from caucasus_talks.store.search import phrase_query
from caucasus_talks.text import fold, text_problem

ROOT = Path(__file__).resolve().parent.parent


def grown() -> Corpus:
    """The seed corpus with the drafts of the extractor's articles and a held-out set, a third of the drafts rejected."""
    corpus = load_corpus()
    for folder in ("tests/data/extract/articles", "tests/data/heldout/docs"):
        paths = sorted((ROOT / folder).glob("*.txt"))
        for path in paths:
            corpus, _ = corpus.add(extract(path.read_text(encoding="utf-8"), document_id=f"{path.parent.name}-{path.stem}"))
    machine = [m for m in corpus.meetings if m.review is Review.MACHINE]
    rejected = {m.id for m in machine[::3]}
    meetings = [attrs.evolve(m, review=Review.REJECTED) if m.id in rejected else m for m in corpus.meetings]
    return attrs.evolve(corpus, meetings=meetings)


CORPORA = {"seed": load_corpus, "grown": grown}


@pytest.fixture(scope="module", params=list(CORPORA))
def pair(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Corpus, Store]]:
    corpus = CORPORA[request.param]()
    with Store.from_corpus(corpus, tmp_path_factory.mktemp("store") / "talks.db") as store:
        yield corpus, store


BATTERY: list[tuple[str, dict[str, Any]]] = [
    ("meetings", {}),
    ("meetings", {"participant": "blinken"}),
    ("meetings", {"participant": ["Aliyev", "Pashinyan"]}),
    ("meetings", {"participant": "Ceyhun Bayramov", "since": "2022-09-01", "until": "2022-12-31"}),
    ("meetings", {"participant": "Mirzoyan", "on": "Nov 2022"}),
    ("meetings", {"participant": "Pashinyan", "until": "2021"}),
    ("meetings", {"participant": "Aliyev", "since": "2023"}),
    ("meetings", {"country": "Armenia"}),
    ("meetings", {"country": "US", "since": "2022"}),
    ("meetings", {"organization": "EU"}),
    ("meetings", {"organization": "European Council", "until": "2023-06"}),
    ("meetings", {"location": "Virginia"}),
    ("meetings", {"location": "Brussels"}),
    ("meetings", {"location": "Munich", "participant": ["Ilham Aliyev", "Antony Blinken"]}),
    ("meetings", {"since": "2023"}),
    ("meetings", {"until": "2022"}),
    ("meetings", {"between": ("2022-09-01", "2022-12-31")}),
    ("meetings", {"on": "2022-11-07"}),
    ("meetings", {"on": "2024"}),
    ("meetings", {"format": "phone"}),
    ("meetings", {"status": "planned"}),
    ("meetings", {"mediator": "Michel"}),
    ("meetings", {"undated": True}),
    ("meetings", {"topic": "peace"}),
    ("meetings", {"review": "all"}),
    ("meetings", {"review": "machine"}),
    ("meetings", {"review": "rejected"}),
    ("meetings", {"review": "reviewed", "participant": "Pashinyan"}),
    ("statements", {}),
    ("statements", {"speaker": "Blinken"}),
    ("statements", {"contains": "peace"}),
    ("statements", {"contains": "durable PEACE"}),
    ("statements", {"contains": ["peace", "agreement"]}),
    ("statements", {"contains": "courageous steps", "speaker": "Blinken"}),
    ("statements", {"contains": "peac"}),
    ("statements", {"contains": "..."}),
    ("statements", {"since": "2023", "until": "2024-06"}),
    ("statements", {"channel": "remarks"}),
    ("statements", {"meeting": "2022-11-07-washington-foreign-ministers"}),
    ("statements", {"review": "machine"}),
    ("timeline", {}),
    ("timeline", {"participant": "Mirzoyan", "since": "2022"}),
    ("timeline", {"review": "all", "until": "2022-10"}),
    ("who_met", {}),
    ("who_met", {"participant": "Mirzoyan", "status": None}),
    ("who_met", {"since": "2023", "review": "all"}),
    ("participant", {"name": "Ceyhun Bayramov"}),
    ("participants", {"country": "Azerbaijan"}),
]


@pytest.mark.parametrize(("helper", "filters"), BATTERY, ids=[f"{h}-{'-'.join(map(str, f.values()))}" for h, f in BATTERY])
def test_a_store_answers_as_the_corpus_it_holds(pair: tuple[Corpus, Store], helper: str, filters: dict[str, Any]) -> None:
    corpus, store = pair
    ask = getattr(query, helper)
    if "name" in filters:
        assert ask(store, filters["name"]) == ask(corpus, filters["name"])
        return
    assert ask(store, **filters) == ask(corpus, **filters)


def test_the_battery_finds_something_for_most_questions(pair: tuple[Corpus, Store]) -> None:
    corpus, _ = pair
    found = [bool(getattr(query, h)(corpus, **f)) for h, f in BATTERY if "name" not in f]
    assert sum(found) >= len(found) * 2 // 3  # the comparisons above are not all of empty answers


def test_a_store_gives_every_record_and_its_sources_as_the_corpus_does(pair: tuple[Corpus, Store]) -> None:
    corpus, store = pair
    for found in corpus:
        assert query.record(store, found.id) == found
        assert query.sources(store, found.id) == query.sources(corpus, found.id)


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_an_unknown_id_is_refused_by_a_store_with_the_corpus_s_suggestions(
    pair: tuple[Corpus, Store], data: st.DataObject
) -> None:
    corpus, store = pair
    known = data.draw(st.sampled_from([r.id for r in corpus]))
    cut = data.draw(st.integers(0, len(known)))
    typo = data.draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz-0123456789İß", max_size=3))
    asked = known[:cut] + typo + known[cut + 1 :]
    assume(corpus.get(asked) is None)
    with pytest.raises(UnknownNameError) as by_corpus:
        query.record(corpus, asked)
    with pytest.raises(UnknownNameError) as by_store:
        query.sources(store, asked)
    assert str(by_store.value) == str(by_corpus.value)


OFFICES = [
    "US Secretary of State",
    "Armenian Foreign Minister",
    "Foreign Minister of Azerbaijan",
    "President of the European Council",
    "Prime Minister of Armenia",
    "Secretary of State",
]


@pytest.mark.parametrize("on", [None, "2022-11-07", "2023", "2020-06-01", "2026"])
@pytest.mark.parametrize("office", OFFICES)
def test_a_store_names_the_office_holders_the_corpus_names(pair: tuple[Corpus, Store], office: str, on: str | None) -> None:
    corpus, store = pair
    assert query.office_holders(store, office, on) == query.office_holders(corpus, office, on)


def test_an_office_nobody_knows_is_refused_by_a_store_as_by_the_corpus(pair: tuple[Corpus, Store]) -> None:
    corpus, store = pair
    with pytest.raises(UnknownNameError) as by_corpus:
        query.office_holders(corpus, "Grand Vizier", "2022-11-07")
    with pytest.raises(UnknownNameError) as by_store:
        query.office_holders(store, "Grand Vizier", "2022-11-07")
    assert str(by_store.value) == str(by_corpus.value)


@pytest.mark.parametrize("output", [[], ["--json"]])
def test_the_summary_of_a_store_is_that_of_its_corpus(
    pair: tuple[Corpus, Store], output: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, store = pair
    corpus.save(tmp_path / "folder")
    assert main(["summary", "--corpus", str(tmp_path / "folder"), *output]) == 0
    from_folder = capsys.readouterr()
    assert main(["summary", "--store", str(store.path), *output]) == 0
    assert capsys.readouterr() == from_folder


@pytest.mark.parametrize(
    ("helper", "filters"),
    [
        ("meetings", {"participant": "Blinkin"}),
        ("meetings", {"location": "Atlantis"}),
        ("meetings", {"country": "Narnia"}),
        ("statements", {"meeting": "no-such-meeting"}),
        ("meetings", {"format": "carrier pigeon"}),
        ("meetings", {"since": "last week"}),
    ],
)
def test_a_bad_question_is_refused_by_a_store_as_by_the_corpus(
    pair: tuple[Corpus, Store], helper: str, filters: dict[str, Any]
) -> None:
    corpus, store = pair
    ask = getattr(query, helper)
    with pytest.raises((UnknownNameError, ValueError)) as by_corpus:
        ask(corpus, **filters)
    with pytest.raises(type(by_corpus.value)) as by_store:
        ask(store, **filters)
    assert str(by_store.value) == str(by_corpus.value)


def test_a_store_notices_records_another_process_added(tmp_path: Path) -> None:
    path = tmp_path / "talks.db"
    with Store.create(path) as reader, Store(path) as writer:
        assert query.meetings(reader) == ()
        text = (ROOT / "tests/data/extract/articles/state-readout.txt").read_text(encoding="utf-8")
        writer.add(extract(text, document_id="state-readout"))
        assert query.meetings(reader, participant="Pashinyan")  # the name index was built again


# -- the full-text index finds whatever the query's own test finds --------------------------------

words = st.sampled_from(["peace", "Erdoğan", "treaty", "ИЛЬХАМ", "don't", "a_b", "x2", "İlham", "ß", "ﬁ", "_", "𞤀"])
texts = st.lists(st.one_of(words, st.text(max_size=4)), max_size=12).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(texts, st.one_of(words, st.lists(words, min_size=1, max_size=3).map(" ".join), st.text(min_size=1, max_size=6)))
def test_the_full_text_index_finds_every_statement_that_holds_the_phrase(text: str, phrase: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE words USING fts5 (text, tokenize = {TOKENIZER!r})")
    db.execute("INSERT INTO words (rowid, text) VALUES (1, ?)", (search_text(text),))
    match = phrase_query((phrase,))
    if _has_words(text, phrase) and match is not None:
        assert db.execute("SELECT rowid FROM words WHERE words MATCH ?", (match,)).fetchall() == [(1,)]


# -- phrases: a store tests them in SQLite exactly as the query's own test does ------------------------

#: Pieces of text where whole words are easy to get wrong: case, diacritics, letters that fold to two,
#: hyphens, dashes, apostrophes, underscores, digits, punctuation, combining marks.
PIECES = [
    "peace", "Peace", "PEACE", "treaty", "Treaty", "peace treaty", "peace-treaty", "peace\u2011treaty", "peace\u2014treaty",
    "peace, treaty", "peace  treaty", "peace\ntreaty", "peacetreaty", "peace_treaty", "peace2", "2023", "Erdoğan",
    "erdogan", "ERDOĞAN", "İlham", "ilham", "don't", "don\u2019t", "ß", "ss", "ﬁ", "fi", "é", "e\u0301", "...", "-", "_",
    "'", "(", ")", "«", "»", ".", ",", "x", "ИЛЬХАМ", "ильхам",
]  # fmt: skip
pieces = st.sampled_from(PIECES)
gaps = st.sampled_from(["", " ", " ", "-", ", ", "\u2013", "'", "_", "\n"])
statement_texts = (
    st.lists(st.tuples(pieces, gaps).map("".join), min_size=1, max_size=8).map("".join).filter(lambda t: bool(t.strip()))
)
phrases = st.one_of(
    pieces,
    st.lists(pieces, min_size=1, max_size=3).map(" ".join),
    st.tuples(pieces, gaps, pieces).map("".join),
    st.text(max_size=5),
)


def _marked_finds(text: str, phrase: str) -> bool:
    marked = marked_phrase(phrase)
    return marked is not None and marked in marked_words(text)


@settings(max_examples=2000, deadline=None)
@given(statement_texts, phrases)
def test_a_phrase_is_in_the_marked_text_exactly_when_the_query_s_test_finds_it(text: str, phrase: str) -> None:
    assert _marked_finds(text, phrase) == _has_words(text, phrase)


def test_no_character_folds_into_a_word_mark() -> None:
    # a record's text holds no control character (text.text_problem), and folding makes none: the marks are the marks
    writable = (chr(c) for c in range(0x110000) if text_problem(chr(c)) is None)
    assert [c for c in writable if WORD_START in fold(c) or WORD_END in fold(c)] == []


def _statements_saying(texts: list[str]) -> Corpus:
    body = "\n".join(texts)
    doc = Document(id="doc", text=body)
    out, at = [], 0
    for k, text in enumerate(texts):
        start = body.index(text, at)
        at = start + len(text)
        evidence = (Evidence.of("doc", body, start, at),)
        out.append(Statement(id=f"s{k}", speakers=("speaker",), text=text, evidence=evidence, date=PartialDate(2022, 1, k + 1)))
    return Corpus(documents=[doc], participants=[Participant(id="speaker", name="Ada Speaker")], statements=out)


@settings(max_examples=150, deadline=None)
@given(st.lists(statement_texts, min_size=1, max_size=8), st.lists(phrases, min_size=1, max_size=4))
def test_a_store_finds_and_counts_the_statements_with_a_phrase_as_the_corpus_does(texts: list[str], asked: list[str]) -> None:
    _store_answers_as_the_corpus(texts, asked, limit=2)


def _store_answers_as_the_corpus(texts: list[str], asked: list[str], *, limit: int) -> None:
    """A store of statements saying ``texts`` finds, counts and pages each phrase of ``asked`` (and all of them
    together) as the corpus does."""
    corpus = _statements_saying(texts)
    with tempfile.TemporaryDirectory() as tmp, Store.from_corpus(corpus, Path(tmp) / "talks.db") as store:
        for contains in [*asked, asked]:
            expected = query.statements(corpus, contains=contains)
            assert query.statements(store, contains=contains) == expected
            assert query.count_statements(store, contains=contains) == len(expected)
            assert query.statements(store, contains=contains, newest_first=True, limit=limit) == expected[::-1][:limit]


def test_a_store_folds_no_statement_s_text_to_answer_a_phrase(
    pair: tuple[Corpus, Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, store = pair
    expected = [query.statements(corpus, contains=p) for p in ("peace", "durable PEACE", "peace-treaty")]
    tested: list[str] = []

    def has_words(text: str, phrase: str) -> bool:
        tested.append(text)
        return _has_words(text, phrase)

    monkeypatch.setattr(query, "_has_words", has_words)
    assert [query.statements(store, contains=p) for p in ("peace", "durable PEACE", "peace-treaty")] == expected
    assert [query.count_statements(store, contains=p) for p in ("peace", "durable PEACE", "peace-treaty")] == [
        len(found) for found in expected
    ]
    assert tested == []
    assert any(expected)


#: Characters of the texts the store holds: Latin with Azerbaijani, Turkish and other diacritics, Armenian (its own
#: punctuation too), Cyrillic, every kind of quote, dashes and spaces, combining marks, and letters that fold to two.
ALPHABET = (
    "aAzZ09 _-.,;:!?'\"«»‘’“”„‹›()[]\n\t\u2010\u2011\u2013\u2014\u00a0\u200b\u2028"
    "əƏıİşŞğĞçÇöÖüÜéÉ\u0301\u0308ßﬁ²½ʼ·"
    "ԱաԲբՀհՅյՈոՒւևՏտՀայաստան։՝՛"
    "ИиЛлЬьХхАаМмЁёЙй"
)
any_characters = st.one_of(st.sampled_from(ALPHABET), st.characters(blacklist_categories=("Cs", "Cc")))
any_texts = st.text(any_characters, min_size=1, max_size=30).filter(lambda t: text_problem(t) is None and bool(t.strip()))


@st.composite
def texts_and_phrases(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Statements' texts, and phrases cut from them (at their start, at their end, anywhere, or whole and repeated) or not."""
    texts = draw(st.lists(any_texts, min_size=1, max_size=6))
    asked = []
    for _ in range(draw(st.integers(1, 4))):
        text = draw(st.sampled_from(texts))
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        cuts = [text[start:end], text[:end], text[start:], text * draw(st.integers(1, 50))]
        asked.append(draw(st.one_of(st.sampled_from(cuts), st.text(any_characters, max_size=6))))
    return texts, asked


@settings(max_examples=300, deadline=None)
@given(texts_and_phrases())
def test_a_store_finds_a_phrase_as_the_corpus_does_in_any_script_anywhere_in_a_text(case: tuple[list[str], list[str]]) -> None:
    texts, asked = case
    _store_answers_as_the_corpus(texts, asked, limit=1)
