"""The extractor's regular expressions are led by a lookahead of their first characters: same matches, fewer tries."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_talks.extract import _text, dates, people, quotes
from caucasus_talks.extract._regex import (
    Folded,
    compile_fast,
    first_chars,
    letter_led_words,
    phrases,
    scanned_by_engine,
    start_filter,
)
from caucasus_talks.extract.meetings import attributes, clauses, groups, lead, merge, participants, triggers
from caucasus_talks.extract.vocabulary.markers import FUTURE_MARKERS

MODULES = (_text, dates, people, quotes, attributes, clauses, groups, lead, merge, participants, triggers)
PATTERNS = sorted(
    {
        (m.__name__.rsplit(".", 1)[-1] + "." + name + suffix, pattern)
        for m in MODULES
        for name, value in vars(m).items()
        for suffix, pattern in (
            [("", value)]
            if isinstance(value, re.Pattern)
            else [(".folding", value.folding), (".plain", value.plain)]
            if isinstance(value, Folded)
            else []
        )
    },
    key=lambda item: item[0],
)
# words and marks the patterns look for, so random texts exercise real branches
VOCABULARY = [
    "met", "Met", "talks", "President", "Aliyev", "the", "The", "foreign", "ministers", "of", "Armenia", "and", "said", "told",
    "May", "1-4", "2022", "October", "4,", "yesterday", "Monday", "phone", "call", "with", "“", "”", '"', "«", "»", ",", ".",
    "\n", " ", "\t", "U.S.", "Secretary", "State", "Blinken", "in", "Washington", "summit", "between", "leaders", "SPEAKER:",
    "according", "to", "he", "She", "will", "hold", "held", "ǅ", "Ǆ", "K", "ſ", "İ", "ı", "٣", "١٢", "2023-10-05",
]  # fmt: skip


def _unfiltered(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    if source.startswith("(?="):
        depth, i = 0, 0
        for i, ch in enumerate(source):  # the end of the leading lookahead
            depth += ch == "(" and source[i - 1 : i] != "\\"
            depth -= ch == ")" and source[i - 1 : i] != "\\"
            if depth == 0:
                break
        source = source[i + 1 :]
    return re.compile(source, pattern.flags)


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(VOCABULARY) | st.text(max_size=3), max_size=40))
def test_every_pattern_finds_what_it_found_without_the_lookahead(name: str, pattern: re.Pattern[str], words: list[str]) -> None:
    text = " ".join(words)
    plain = _unfiltered(pattern)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_first_characters_of_an_alternation_of_words() -> None:
    found = first_chars(r"\b(?:met|hold[s]?\s+talks|calls?(?=\s+with))\b")
    assert found == (frozenset({"m", "h", "c"}), False)


def test_case_folding_of_a_local_flag_is_kept_in_the_lookahead() -> None:
    fast = compile_fast(r"\b(?i:president|leader)s?\b")
    assert fast.pattern.startswith("(?=(?i:[")
    assert [m.group() for m in fast.finditer("the PRESIDENT and the Leaders")] == ["PRESIDENT", "Leaders"]
    # Unicode case folding: KELVIN SIGN matches "k" case-insensitively, in the lookahead too
    assert compile_fast(r"(?i:kind)").search("\u212aind") is not None


def test_digits_and_ranges_stay_classes_not_lists() -> None:
    fast = compile_fast(r"(?<![\w-])(?:\d{1,2}|[A-Z\u0100-\u024F]\w+)")
    assert fast.pattern.startswith("(?=[")
    assert fast.search("on ٣ May") is not None  # a Unicode digit is still a digit


@pytest.mark.parametrize(
    "pattern",
    [r"\w+", r"a*", r"(?:x|)", r"[^a]b", r".b", r"(?i)abc", r"(a)?\1b"],
    ids=["word class", "may be empty", "empty branch", "negated set", "any", "global flag", "backreference"],
)
def test_a_pattern_whose_first_characters_cannot_be_listed_is_compiled_as_it_is(pattern: str) -> None:
    assert compile_fast(pattern).pattern == pattern


@pytest.mark.parametrize(
    "pattern", [r"[\"“”]", r"Quux", r"(?:[A-Z])\w+", r",[ \t]+and|;[ \t]+"], ids=["set", "literal", "set in a group", "literals"]
)
def test_a_pattern_the_engine_already_scans_for_gets_no_lookahead(pattern: str) -> None:
    assert scanned_by_engine(pattern)
    assert compile_fast(pattern).pattern == pattern


def test_a_set_under_case_folding_still_gets_its_lookahead() -> None:
    assert not scanned_by_engine(r"(?i:[a-c])x")
    assert not scanned_by_engine(r",x|\by")  # an alternative that opens with a word boundary
    assert compile_fast(r"(?i:[a-c])x").pattern.startswith("(?=")


DATE_WORDS = [
    "the", "of", "in", "since", "year", "early", "mid", "late", "later", "end", "beginning", "start", "second", "half",
    "day", "this", "last", "next", "week", "month", "today", "Today", "tomorrow", "Tonight", "yesterday", "Yesterday",
    "Earlier", "earlier", "Later", "May", "Sept.", "October", "Jan", "Monday", "Thursday’s", "4th", "1-4", "12", "2022",
    "1999", "2023-10-05", "05.10.2023", "–", "-", ",", " ", "\t", "x", "The", "Th", "To", "Ma", "This", "Last", "night",
    "morning", "evening", "afternoon", "overnight", "Overnight",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    words=st.lists(st.sampled_from(DATE_WORDS), max_size=30), seps=st.lists(st.sampled_from([" ", "", "  ", "\t"]), max_size=30)
)
def test_the_date_start_filter_lets_through_every_date_the_pattern_finds(words: list[str], seps: list[str]) -> None:
    text = "".join(w + (seps[i] if i < len(seps) else " ") for i, w in enumerate(words))
    plain = re.compile(_unfiltered(dates._DATE_RE).pattern.replace(dates._DATE_START, "", 1))
    assert dates._DATE_START not in plain.pattern
    found = [(m.span(), m.groupdict()) for m in dates._DATE_RE.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


# -- the title before a name, read from the end -----------------------------------

_TITLE_BEFORE_RE = re.compile(
    r"((?:[A-Z][\w’'.\-]*|of|the|for|and|on|to)(?:[ \t]+(?:[A-Z][\w’'.\-]*|of|the|for|and|on|to)){0,9})[ \t,]*\Z"
)
TITLE_PIECES = [
    "Foreign",
    "Minister",
    "of",
    "the",
    "U.S.",
    "Russian",
    "said",
    ",",
    " ",
    "  ",
    "\t",
    "\n",
    "(",
    "bathe",
    "O'Brien",
    "é",
    "É",
    "x",
]


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.sampled_from(TITLE_PIECES) | st.text(max_size=2), max_size=40))
def test_the_title_before_a_name_is_what_the_backward_pattern_finds(pieces: list[str]) -> None:
    from caucasus_talks.extract.people import title_before

    before = "".join(pieces)  # words glued or one, two or a tab apart
    m = _TITLE_BEFORE_RE.search(before)
    assert title_before(before) == ((m.start(), m.group(1)) if m else None)


# -- lower-cased text instead of case folding ---------------------------------------------------


def test_the_letters_that_only_case_folding_matches_to_ascii_are_all_known() -> None:
    from caucasus_talks.extract._text import _FOLDED_ONLY

    folded = re.compile(r"(?i)[a-z]")
    found = {chr(c) for c in range(0x80, 0x110000) if folded.fullmatch(chr(c))}
    assert found == set(_FOLDED_ONLY)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                *VOCABULARY,
                "MET",
                "TALKS",
                "Foreign Ministers",
                "FM",
                "\u017fpoke",
                "\u0130",
                "WILL",
                "Scheduled",
                "be",
                "take place",
            ]
        ),
        max_size=40,
    )
)
def test_office_heads_and_meeting_words_are_the_same_found_in_lower_case(words: list[str]) -> None:
    from caucasus_talks.extract._text import layout

    text = " ".join(words)
    low = layout(text).lower
    if low is None:
        return  # the extractor then uses the case-folding patterns themselves
    for folded in (people._HEAD, triggers.BUNDLED.pattern, triggers._FUTURE):
        found = [(m.span(), m.lastgroup) for m in folded.plain.finditer(low)]
        assert found == [(m.span(), m.lastgroup) for m in folded.folding.finditer(text)]


# -- alternations of words as a trie ----------------------------------------------------------------------


@settings(max_examples=800, deadline=None)
@given(
    words=st.sets(st.text(alphabet="sayid.-", min_size=1, max_size=5), min_size=1, max_size=12),
    text=st.text(alphabet="sayid.- x", max_size=60),
    tail=st.sampled_from([r"\b", "", r"x", r"(?![\w])"]),
)
def test_a_word_trie_matches_what_the_words_sorted_longest_first_match(words: set[str], text: str, tail: str) -> None:
    from caucasus_talks.extract._regex import word_trie

    listed = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")" + tail)
    shared = re.compile(word_trie(words) + tail)
    assert [m.span() for m in shared.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_a_word_trie_shares_beginnings() -> None:
    from caucasus_talks.extract._regex import word_trie

    assert word_trie(["said", "say", "says"]) == "(?:sa(?:id|ys?))"


# -- start filters made from the vocabulary: every word the pattern can find gets through ------------------------------

_HEADS = people._HEADS
_TRIGGERS = triggers.BUNDLED.pattern.plain.pattern.split(triggers.BUNDLED.start, 1)[1][: -len(r"\b")]


@settings(max_examples=400, deadline=None)
@given(
    found=st.lists(
        st.from_regex(re.compile(_HEADS), fullmatch=True)
        | st.from_regex(re.compile(_TRIGGERS), fullmatch=True)
        | st.from_regex(re.compile(phrases(FUTURE_MARKERS)), fullmatch=True)
    ),
    words=st.lists(st.sampled_from([w.lower() for w in VOCABULARY]), max_size=10),
    seps=st.lists(st.sampled_from([" ", "", ", ", "\t", "-"]), min_size=1),
)
def test_start_filters_let_through_every_office_head_meeting_word_and_future(
    found: list[str], words: list[str], seps: list[str]
) -> None:
    pieces = [p for pair in itertools.zip_longest(found, words, fillvalue="") for p in pair]
    text = "".join(p + seps[i % len(seps)] for i, p in enumerate(pieces))
    for filtered, start in (
        (people._HEAD.plain, people.HEAD_START),
        (triggers.BUNDLED.pattern.plain, triggers.BUNDLED.start),
        (triggers._FUTURE.plain, triggers.FUTURE_START),
    ):
        assert start in filtered.pattern
        plain = re.compile(filtered.pattern.replace(start, "", 1))
        assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.sampled_from(["had", "separate", "x-ray", "-", " ", "  ", "\t", ",", "é", "_", "3"]), max_size=12))
def test_the_words_leading_to_a_meeting_word_are_what_the_backward_pattern_finds(pieces: list[str]) -> None:
    between = "".join(pieces)
    m = re.search(r"(?:\b[\w\-]+[ \t]+){0,2}\Z", between)
    assert m is not None
    assert triggers.lead_words(between) == m.start()


# -- the words of a run of capitalised words are its space-separated pieces -----------------------------------

_CAP_WORD_RE = re.compile(rf"(?<![\w@#])(?:{people._CAP_TOKEN}|{people._PARTICLE}(?=[ \u00a0]))")
RUN_PIECES = ["Foreign", "Minister", "bin", "von", "der", "de", "U.S.", "O'Brien", "@handle", "#tag", "Zayed’s", "x", "é", "É",
              " ", "  ", "\u00a0", "\u00a0 ", ".", "-", "'", "’", ",", "A.B", "Al-Nahyan", "Ǆ", "3"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.sampled_from(RUN_PIECES), max_size=25))
def test_the_words_of_a_capitalised_run_are_those_the_word_pattern_finds_in_it(pieces: list[str]) -> None:
    text = "".join(pieces)
    for rm in people._CAP_RUN_RE.finditer(text):
        words = [(m.start(), m.group()) for m in _CAP_WORD_RE.finditer(text, rm.start(), rm.end())]
        assert people.run_words(rm.group(), rm.start()) == words


@settings(max_examples=1500, deadline=None)
@given(pieces=st.lists(st.sampled_from([*RUN_PIECES, "@", "@@", "a@B", "_", "#X"]), max_size=25))
def test_a_run_opening_with_its_first_capital_is_the_run_after_no_word_character(pieces: list[str]) -> None:
    text = "".join(pieces)
    reference = re.compile(rf"(?<![\w@#]){people._CAP_TOKEN}{people._RUN_REST}")
    assert [m.span() for m in people._CAP_RUN_RE.finditer(text)] == [m.span() for m in reference.finditer(text)]


_GROUP_REFERENCE = re.compile(
    r"\b(?:(?:[Tt]he[ \t]+two|[Bb]oth|(?:[Tt]he|[Aa]ll)[ \t]+(?P<many>three|four|five|six))[ \t]+(?:[A-Za-z\-]+[ \t]+){0,2}?"
    r"(?P<role>ministers|leaders|presidents|heads|diplomats)\b"
    r"|[Tt]he[ \t]+(?P<plain>ministers|leaders|presidents|heads|diplomats)\b(?![ \t]+of\b)"
    r"|(?:[Ee]ach|[Bb]oth)[ \t]+of[ \t]+them\b"
    r"|[Ee]ach[ \t]+(?:of[ \t]+the[ \t]+(?:two[ \t]+)?)?(?P<one>minister|leader|president)s?\b"
    r"|(?P<they>[Tt]hey)\b)"
)
_GROUP_PARTS = ("role", "one", "plain", "many", "they")


@settings(max_examples=800, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                *("the", "two", "both", "each", "of", "them", "leaders", "minister", "presidents", "reached", "x-y"),
                *("three", "five", "all", "they", "They"),
                *("The", "Both", "Each"),
            ]
        ),
        max_size=20,
    ),
    seps=st.lists(st.sampled_from([" ", "  ", "\t", "", ","]), min_size=1),
)
def test_groups_of_people_are_found_where_they_were_before_the_start_filter(words: list[str], seps: list[str]) -> None:
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    found = [(m.span(), m.group(*_GROUP_PARTS)) for m in clauses._GROUP_RE.finditer(text)]
    assert found == [(m.span(), m.group(*_GROUP_PARTS)) for m in _GROUP_REFERENCE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(["he", "He", "she", "She", "the", "quoted", "cited", "citing", "x", " ", "-", ".", "é"])),
    pos=st.integers(0, 10),
)
def test_letter_led_words_match_what_the_word_boundary_pattern_matches(pieces: list[str], pos: int) -> None:
    text = "".join(pieces)
    words = ["he", "she", "He", "She", "quoted", "quoting", "citing", "cited"]
    led = re.compile(letter_led_words(words))
    plain = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    assert [m.span() for m in led.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)]


@settings(max_examples=800, deadline=None)
@given(
    table=st.sets(st.text(alphabet="abc ", min_size=1, max_size=7).map(str.strip).filter(bool), min_size=1, max_size=8),
    text=st.text(alphabet="abc \t-", max_size=60),
    size=st.integers(1, 5),
)
def test_a_start_filter_made_from_a_table_lets_through_every_match_of_its_phrases(table: set[str], text: str, size: int) -> None:
    body = phrases({" ".join(w.split()) for w in table})
    filtered = re.compile(r"\b" + start_filter({" ".join(w.split()) for w in table}, size) + body + r"\b")
    assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in re.finditer(r"\b" + body + r"\b", text)]
