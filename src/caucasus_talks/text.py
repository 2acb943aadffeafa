"""Text normalisation shared by lookups and queries: case and diacritics folded."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold"]

_SPACE_RE = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-", "\u2013": "-"})


def fold(text: str) -> str:
    """Lower-case, without diacritics, curly quotes or repeated spaces: ``"Erdoğan " -> "erdogan"``."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # Letters that do not decompose into a base letter and a mark.
    plain = plain.replace("ı", "i").replace("ø", "o").replace("ß", "ss").replace("ə", "e").replace("Ə", "e")
    return _SPACE_RE.sub(" ", plain).strip().casefold()
