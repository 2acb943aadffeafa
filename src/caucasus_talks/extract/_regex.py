"""Regular expressions that skip ahead: led by a lookahead of the characters a match can start with.

Python's regex engine tries a pattern at every position of the text. A pattern
that begins with ``\\b`` and a long alternation pays for every branch at every
word; a leading ``(?=[mhs...])`` fails at most positions in one step. The
matches are the same: the class is computed from the parsed pattern and is a
superset of the characters any match can begin with.
"""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = [
    "AT_WORD_START",
    "Folded",
    "compile_fast",
    "first_chars",
    "letter_led_words",
    "literal_start",
    "minimal_needles",
    "phrase",
    "phrases",
    "scanned_by_engine",
    "start_filter",
    "word_trie",
]

_CATEGORIES = {"CATEGORY_DIGIT": "\\d", "CATEGORY_SPACE": "\\s"}  # narrow enough to filter


class _Open(Exception):
    """The pattern can begin with a character set too wide to list."""


def first_chars(pattern: str, flags: int = 0) -> tuple[frozenset[str], bool] | None:
    """The items of a character class of what a match of ``pattern`` can begin with, and whether case is ignored anywhere.

    Items are single characters, ranges (``"a-z"``) and the classes ``\\d`` and
    ``\\s``. None when they cannot be listed (a match may be empty, or begin
    with any character, ``\\w`` or a negated set).
    """
    try:
        parsed = _parse(pattern, flags)
        state = _State(ignorecase=bool(parsed.state.flags & re.IGNORECASE))
        chars, nullable = _first(list(parsed), state)
    except Exception:
        return None
    if nullable or not chars:
        return None
    return frozenset(chars), state.ignorecase


@functools.lru_cache(maxsize=256)  # compile_fast asks twice of each pattern, once at import
def _parse(pattern: str, flags: int) -> Any:
    parser: Any = importlib.import_module("re._parser")  # behind re.compile; private, so a failure means no filter
    return parser.parse(pattern, flags)


class _State:
    __slots__ = ("ignorecase",)

    def __init__(self, ignorecase: bool) -> None:
        self.ignorecase = ignorecase


def _first(seq: list[Any], state: _State) -> tuple[set[str], bool]:
    """First characters of a sequence of parsed items, and whether the whole sequence may match empty."""
    out: set[str] = set()
    for op, av in seq:
        chars, nullable = _first_item(str(op), av, state)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: str, av: Any, state: _State) -> tuple[set[str], bool]:
    if op == "LITERAL":
        return {_class_char(chr(av))}, False
    if op == "IN":
        return _in(av), False
    if op == "BRANCH":
        out: set[str] = set()
        nullable = False
        for alt in av[1]:
            chars, n = _first(alt, state)
            out |= chars
            nullable = nullable or n
        return out, nullable
    if op == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            state.ignorecase = True
        return _first(sub, state)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, sub = av
        chars, n = _first(sub, state)
        return chars, n or low == 0
    if op == "ATOMIC_GROUP":
        return _first(av, state)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return set(), True  # zero-width: the next item begins the match
    raise _Open(op)


def _in(items: Any) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(_class_char(chr(av)))
        elif name == "RANGE":
            out.add(_class_char(chr(av[0])) + "-" + _class_char(chr(av[1])))
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:
            raise _Open(name)  # a negated set, or a category as wide as \\w
    return out


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def scanned_by_engine(pattern: str, flags: int = 0) -> bool:
    """Whether the engine already skips to a pattern's first character: it opens with a literal, a set, or
    alternatives that each open with a literal (not under case folding), which the compiler turns into a fast
    scan a lookahead would only slow down."""
    try:
        items = list(_parse(pattern, flags))
    except Exception:
        return False
    ignorecase = bool(flags & re.IGNORECASE)
    while items and str(items[0][0]) == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = items[0][1]
        ignorecase = ignorecase or bool(add_flags & re.IGNORECASE)
        items = list(sub)
    if not items or ignorecase:
        return False
    op, av = items[0]
    if str(op) == "BRANCH":  # every alternative opening with a literal: the engine scans for the set of them
        return all(alt and str(alt[0][0]) == "LITERAL" for alt in av[1])
    return str(op) in ("LITERAL", "IN")


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, led by a lookahead of its first characters when they can be listed
    and the engine does not already scan for them."""
    found = first_chars(pattern, flags)
    if found is None or re.match(r"\(\?[aiLmsux]+\)", pattern) or scanned_by_engine(pattern, flags):
        return re.compile(pattern, flags)  # global inline flags must stay first
    items, ignorecase = found
    cls = "".join(sorted(items))
    lead = f"(?i:[{cls}])" if ignorecase and not flags & re.IGNORECASE else f"[{cls}]"
    return re.compile(f"(?={lead})" + pattern, flags)


def word_trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` with common beginnings shared ("sa(?:id|ys?)"): the engine tries each letter once,
    not every word in turn. It matches what the words sorted longest first would, at every position."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return "(?:" + _trie(tree) + ")"


def _trie(node: dict[str, Any]) -> str:
    alts = [re.escape(ch) + _trie(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" not in node:
        return body
    return body + "?" if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + body + ")?"  # longer words first


# A pattern that opens with "\b" is tried at every position; one that opens with a set of letters is tried only where
# the engine, skipping along, finds one of them. "(?<!\w.)" after a word's first letter is the "\b" before it.
AT_WORD_START = r"(?<!\w.)"


def letter_led_words(words: Iterable[str]) -> str:
    """``\\b(?:words)\\b``, written to open with the words' first letters (see ``AT_WORD_START``): the engine skips to
    them. It pays where those letters are rare ("he", "quoted"); compile_fast's lookahead serves the other patterns."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(re.escape(c) + AT_WORD_START + word_trie(r) for c, r in sorted(rests.items())) + r")\b"


_SPACE = "[ \\t]+"


def phrase(words: str) -> str:
    """A word or phrase of a vocabulary table as a pattern: escaped, each space standing for spaces or tabs."""
    return _SPACE.join(re.escape(w) for w in words.split(" "))


def phrases(table: Iterable[str]) -> str:
    """An alternation of a table's words and phrases (see :func:`phrase`), longest first."""
    return "(?:" + "|".join(phrase(w) for w in sorted(set(table), key=lambda w: (-len(w), w))) + ")"


def start_filter(forms: Iterable[str], size: int = 4) -> str:
    """A lookahead of the first ``size`` characters of each of ``forms`` (a space standing for a space or a tab): put
    after a ``\\b``, most words fail it in one or two steps before a long alternation of the forms is tried."""
    heads = sorted({f[:size] for f in forms})
    # a space stands for one or more: the filter reads up to the first one ("to be held": "to" and a space)
    return "(?=" + "|".join(re.escape(h.split(" ")[0]) + ("[ \\t]" if " " in h else "") for h in heads) + ")"


_QUANTIFIERS = "?*+{"


def literal_start(pattern: str, size: int = 4) -> str:
    """The characters every match of ``pattern`` (a word pattern of letters, escapes and groups) begins with, at most
    ``size`` of them: "fms?" begins with "fm", "vice[ \\t-]*premiers?" with "vice"."""
    out = ""
    for i, ch in enumerate(pattern[:size]):
        if not ch.isalnum() or pattern[i + 1 : i + 2] in tuple(_QUANTIFIERS):
            break
        out += ch
    if not out:
        raise ValueError(f"no literal start to filter by: {pattern!r}")
    return out


def minimal_needles(table: Iterable[str]) -> tuple[str, ...]:
    """Few short strings one of which every word of a table holds (the needles of :class:`Folded`): each word's first
    token of four letters or more ("by video": "video"; a word without one stands for itself), then only those
    that hold no other."""
    tokens = set()
    for word in table:
        found = [t for t in re.split(r"[^\w]+", word) if len(t) >= 4]
        tokens.add(found[0] if found else word)
    out: list[str] = []
    for t in sorted(tokens, key=len):
        if not any(n in t for n in out):
            out.append(t)
    return tuple(out)


class Folded:
    """A pattern of lower-case words matched ignoring case: with case folding on the text, or, the same matches
    and faster, without it on the text lower-cased (when lower-casing keeps every position; see ``Layout.lower``).

    ``needles`` are words one of which every match contains ("video", "virtual", "online"): where the lower-cased
    window holds none, ``str.find`` says so in a fraction of the time the pattern takes to fail on every character.
    """

    __slots__ = ("folding", "needles", "plain")

    def __init__(self, pattern: str, needles: tuple[str, ...] = ()) -> None:
        letters = re.sub(r"\\.|\(\?P<", "", pattern)  # escapes and group syntax aside
        if letters != letters.lower():
            raise ValueError(f"a pattern matched on lower-cased text must be lower case: {pattern!r}")
        if any(n != n.lower() or not n for n in needles):
            raise ValueError(f"needles are found in lower-cased text, so they must be lower case: {needles!r}")
        self.folding = compile_fast(pattern, re.IGNORECASE)
        self.plain = compile_fast(pattern)
        self.needles = needles

    def _absent(self, lower: str, start: int, end: int) -> bool:
        """Whether ``lower[start:end]`` holds none of the needles, so that no match can lie there."""
        return bool(self.needles) and all(lower.find(n, start, end) < 0 for n in self.needles)

    def search(self, text: str, lower: str | None, start: int, end: int) -> re.Match[str] | None:
        """A match within ``text[start:end]`` (searched with ``pos`` and ``endpos``: what lies around is seen)."""
        if lower is None:
            return self.folding.search(text, start, end)
        return None if self._absent(lower, start, end) else self.plain.search(lower, start, end)

    def finditer(self, text: str, lower: str | None, start: int, end: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """Every match in ``text[start:end]`` (in ``lower`` when given: the same positions)."""
        if lower is None:
            return self.folding.finditer(text, start, end)
        return self.plain.finditer(lower, start, end)

    def search_slice(self, text: str, lower: str | None, start: int, end: int) -> re.Match[str] | None:
        """A match in the string ``text[start:end]`` (what lies around is not seen); positions are in the slice."""
        if lower is None:
            return self.folding.search(text[start:end])
        return None if self._absent(lower, start, end) else self.plain.search(lower[start:end])
