"""Patterns of lower-case words matched ignoring case: on the lower-cased text, tried only where one of their needles
stands, the same matches as with case folding everywhere."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_talks.extract import people
from caucasus_talks.extract._regex import Folded
from caucasus_talks.extract._text import layout
from caucasus_talks.extract.meetings import attributes, triggers

FOLDED = [
    attributes._PHONE,
    attributes._VIDEO,
    attributes.SEPARATE,
    attributes._SIZE,
    triggers.BUNDLED.pattern,
    triggers._FUTURE,
    people._HEAD,
]
WORDS = ["Video", "VIDEO link", "virtually", "online", "phone", "Telephoned", "by phone", "SEPARATELY", "separate",
         "Trilateral", "tête-à-tête", "One-on-One", "x", " ", "\t", "-", "ſ", "İ", "K", "é",
         # pieces of the words and of their needles: a window may cut a word, and a needle may stand in another word
         "vid", "eo", "virt", "ual", "onl", "ine", "pho", "ne", "cal", "l", "sepa", "rate", "lateral", "three",
         "one", "t\u00eate", "\u00e0", "telephone", "calls", "callsign", "met", "MEETS", "held talks", "will",
         "Foreign Ministers", "spoke", "with", "the", "leaders", "summit", "between", "Called", "His"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=20), cut=st.integers(0, 40), size=st.integers(0, 80))
def test_lower_cased_matches_where_a_needle_stands_are_those_of_case_folding(words: list[str], cut: int, size: int) -> None:
    text = " ".join(words)
    lower = layout(text).lower
    if lower is None:
        return  # lower-casing moves positions or misses a folding: the folding pattern is used
    a, b = min(cut, len(text)), min(cut + size, len(text))
    for folded in FOLDED:
        for how in (Folded.search, Folded.search_slice):
            fast, folding = how(folded, text, lower, a, b), how(folded, text, None, a, b)
            assert (fast.span() if fast else None) == (folding.span() if folding else None)


def test_needles_must_be_lower_case_words() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Folded(r"\bvideo\b", needles=("Video",))


def test_a_pattern_with_capitals_cannot_be_matched_on_lower_cased_text() -> None:
    with pytest.raises(ValueError, match="lower case"):
        Folded(r"\bPresident\b")
    assert Folded(r"\A(?P<x>a)\Z").plain.pattern.endswith(r"\Z")  # escapes and group names are not letters of words
