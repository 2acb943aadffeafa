"""Text normalisation shared by lookups and queries: case and diacritics folded."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "has_words", "text_problem", "writable"]

_SPACE_RE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-", "\u2013": "-"})


# C0 controls other than tab, newline and carriage return, and the surrogate code points.
_UNWRITABLE_RE = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\ud800-\udfff]")


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be a text field (JSON, CSV, XML and HTML exports could not all write it), or ``None``.

    >>> text_problem("Pashinyan")
    >>> text_problem("Pash\\x00inyan")
    'a control character U+0000 at position 4'
    """
    bad = _UNWRITABLE_RE.search(value)
    if bad is None:
        return None
    code = ord(bad.group())
    kind = "an unpaired surrogate" if 0xD800 <= code <= 0xDFFF else "a control character"
    return f"{kind} U+{code:04X} at position {bad.start()}"


def writable(value: str) -> str:
    """``value`` with what :func:`text_problem` refuses replaced, every other character at its offset.

    A lone surrogate becomes ``?`` and a control character a space.

    >>> writable("a\\x0cb\\ud800")
    'a b?'
    """
    if _UNWRITABLE_RE.search(value) is None:
        return value
    return _UNWRITABLE_RE.sub(lambda m: "?" if m.group() >= "\ud800" else " ", value)


def fold(text: str) -> str:
    """Lower-case, without diacritics, curly quotes or repeated spaces: ``"Erdoğan " -> "erdogan"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Letters that do not decompose into a base letter and a mark.
    plain = plain.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("ə", "e").replace("Ə", "e")
    return _SPACE_RE.sub(" ", plain).strip().casefold()


def has_words(text: str, phrase: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` as whole words, ignoring case and diacritics (:func:`fold`)."""
    folded = fold(phrase)
    return bool(folded) and re.search(r"(?<!\w)" + re.escape(folded) + r"(?!\w)", fold(text)) is not None
