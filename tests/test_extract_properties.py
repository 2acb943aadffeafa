"""Properties of the extractor: it never raises on any text, and every span reproduces its text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from caucasus_talks import extract
from caucasus_talks.text import writable

PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "'",
        "’",
        " ",
        "\n",
        "\n\n",
        ",",
        ".",
        ":",
        "—",
        " said ",
        " met ",
        " talks ",
        "Blinken",
        "ALIYEV:",
        "President",
        "Minister",
        " the ",
        "of",
        "Armenia",
        "Moscow",
        " on ",
        "May",
        "1-4",
        "2022",
        "Monday",
        "yesterday",
        " date 2022-11-10 ",
        "SECRETARY BLINKEN:",
        "he added",
        "@SecBlinken",
        "0",
        "9",
        "\u00a0",
        # words the newer rules look for
        " bin ",
        " von der ",
        " called ",
        " with the participation of ",
        " side was represented by ",
        ", a political analyst",
        " will not participate in ",
        " four times ",
        "According to ",
        "Artur Khachatryan",
        "[Photo: ",
        "More coverage:",
        "Deputy Prime Minister",
        " the Russian leader ",
        "“",
        "”",
        # how outlets lay text out: line ends, wrapped lines, furniture, marks of other styles
        "\r\n",
        "\u2009",
        "‘",
        "-- ",
        "Advertisement\n",
        "Read more: Talks go on\n",
        "Related:\n",
        "MR PATEL:\n",
        " on Tuesday (May 2)",
        "Mher A. Grigoryan",
        "Leaders Meet In Brussels Set Up\n",
        "Michel met Aliyev in Brussels on Sunday and the two discussed\n",
    ]
)
MIXED = st.lists(PIECES, max_size=60).map("".join)
TEXTS = st.one_of(st.text(max_size=400), MIXED)


def spans_hold(text: str) -> None:
    ex = extract(text, published="2022-11-10")
    doc = ex.document.text
    # the document is the text itself (a lone surrogate, which UTF-8 cannot hold, becomes "?", a control character a space)
    assert doc == writable(text)
    evidence = []
    for p in ex.participants:
        evidence.extend(p.evidence)
    for m in ex.meetings:
        evidence.extend(m.evidence)
        for a in m.participants:
            evidence.extend(a.evidence)
        if m.location is not None:
            evidence.extend(m.location.evidence)
    for s in ex.statements:
        evidence.extend(s.evidence)
        evidence.extend(s.speaker_evidence)
        assert any(e.quote == s.text for e in s.evidence)
    for e in evidence:
        assert doc[e.start : e.end] == e.quote
    ex.to_interchange()


@settings(max_examples=300, deadline=None)
@given(TEXTS)
@example("RELATED:He:MET;2000-01-01")  # a dated line of page furniture: once read as a caption, with no sentence
def test_extract_never_raises_and_every_span_reproduces_its_text(text: str) -> None:
    spans_hold(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "”", "A", "Aa", " ", "1", "May 1"]), max_size=300).map("".join))
def test_runs_of_quotes_capitals_and_digits_are_handled(text: str) -> None:
    spans_hold(text)


def test_lone_surrogates_do_not_break_extraction() -> None:
    spans_hold('Blinken said: "\ud800 peace"')
