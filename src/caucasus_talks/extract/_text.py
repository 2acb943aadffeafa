"""The shape of a text: publication prefix, lines (article, heading, boilerplate), sentences.

Web pages arrive with banners, bylines, photo credits and "See also" link lists
around the article; those lines are kept in the text (spans index the whole
text) but marked so that people and meetings are not read from them.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

from ._regex import compile_fast
from .types import BOILERPLATE, HEADING, TEXT_LINE, LineKind
from .vocabulary.words import ABBREVIATIONS

__all__ = ["Layout", "layout"]

_PREFIX_RE = compile_fast(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*")

# Lines that are page furniture, whatever follows them.
_FURNITURE_RE = compile_fast(
    r"(?:an official website of|official websites use|a \.gov website|secure \.gov websites|a lock \(|"
    r"share sensitive information|here'?s how you know|skip to (?:main )?content|cookie|subscribe|sign up|"
    r"follow us|share (?:this|on)|copyright|©|all rights reserved|photo\s*(?:credit)?\s*:|photo by|image\s*:|"
    r"picture\s*:|credit\s*:|source\s*:|sources\s*:|tags?\s*:|region\s*:|theme\s*:|category\s*:|"
    r"(?:written |reporting |reported |editing |edited )?by\s+[A-Z@]|author\s*:|print\b|advertisement)",
    re.IGNORECASE,
)
# Headings after which the rest of a page is links to other articles.
_LINKS_HEAD_RE = compile_fast(
    r"(?:see also|read more|read also|also read|related(?: articles| news| stories| posts| coverage| content)?|"
    r"more on (?:this|the topic)|more (?:coverage|news|from [\w .&-]{1,40})|further reading|in other news|top stories|"
    r"trending(?: now)?|recommended(?: for you)?|most (?:read|popular|viewed)|latest(?: news)?|more stories|"
    r"you may also like|you might also like|popular|editor'?s picks?|what to read next)\s*:?\s*\Z",
    re.IGNORECASE,
)
_END_PUNCT = frozenset(".!?:;\"”’'…)]")
# A candidate sentence end: terminal punctuation, closing quotes or brackets, then space.
# A run of marks is tried from its first mark only, and read whole without giving back (possessive): a run of
# 40,000 dots is one attempt, not 40,000 attempts of 40,000 steps each.
_BOUNDARY_RE = compile_fast(r"(?<![.!?…])[.!?…][.!?…]*+[\"”’')\]]*+[ \t]+(?=[\"“‘'(\[]?[A-Z0-9@#])")


# the letters beyond ASCII that match [a-z] only with re.IGNORECASE (tests check the list is whole)
_FOLDED_ONLY = "\u0130\u0131\u017f\u212a"


class Layout:
    """Line kinds and sentence spans of one text, computed once."""

    __slots__ = ("_line_starts", "_lower", "_sent_starts", "body_start", "lines", "published", "sentences", "text")

    def __init__(self, text: str, published: _dt.date | None) -> None:
        self.text = text
        self.published = published
        self.body_start = 0
        m = _PREFIX_RE.match(text)
        if m:
            try:
                stated = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                stated = None
            if self.published is None:
                self.published = stated
            self.body_start = m.end()
        #: (start, end, kind) of every line with words
        self.lines: list[tuple[int, int, LineKind]] = []
        self._classify()
        self._line_starts = [s for s, _, _ in self.lines]
        #: (start, end) of sentences of every non-boilerplate line
        self.sentences: list[tuple[int, int]] = []
        for start, end, kind in self.lines:
            if kind is not BOILERPLATE:
                self._split(start, end)
        self._sent_starts = [s for s, _ in self.sentences]

    def _classify(self) -> None:
        text = self.text
        in_links = False
        pos = self.body_start
        n = len(text)
        while pos <= n:
            nl = text.find("\n", pos)
            end = n if nl < 0 else nl
            start = pos
            while start < end and text[start] in " \t\r\f\v\u00a0":
                start += 1
            stop = end
            while stop > start and text[stop - 1] in " \t\r\f\v\u00a0":
                stop -= 1
            if stop > start:
                line = text[start:stop]
                head = line[:80].lstrip("[(")  # "[Photo: ...]" is furniture too
                words = line.count(" ") + 1
                if words <= 6 and _LINKS_HEAD_RE.match(head):
                    in_links = True
                    kind = BOILERPLATE
                elif (words <= 40 and _FURNITURE_RE.match(head)) or (in_links and (words <= 25 or line[-1] not in _END_PUNCT)):
                    kind = BOILERPLATE
                else:
                    in_links = False
                    kind = HEADING if line[-1] not in _END_PUNCT and words <= 45 else TEXT_LINE
                self.lines.append((start, stop, kind))
            if nl < 0:
                break
            pos = nl + 1
        # a cut-off last paragraph is article text, not a heading
        if self.lines:
            start, stop, kind = self.lines[-1]
            if kind is HEADING and text.count(" ", start, stop) >= 15:
                self.lines[-1] = (start, stop, TEXT_LINE)

    def _split(self, start: int, end: int) -> None:
        text = self.text
        s = start
        for m in _BOUNDARY_RE.finditer(text, start, end):
            dot = m.start()
            # the word before the punctuation: an abbreviation or an initial does not end a sentence
            w0 = dot
            while w0 > s and (text[w0 - 1].isalnum() or text[w0 - 1] == "."):
                w0 -= 1
            word = text[w0:dot].lower()
            if text[dot] == "." and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                continue
            cut = m.end()
            stop = cut
            while stop > s and text[stop - 1] in " \t":
                stop -= 1
            if stop > s:
                self.sentences.append((s, stop))
            s = cut
        if end > s:
            self.sentences.append((s, end))

    # -- queries ----------------------------------------------------------

    @property
    def lower(self) -> str | None:
        """The text in lower case, position for position, for patterns of ASCII words matched without case folding.

        None when lower-casing is not enough: it changes the text's length ("İ"), or the text holds one of
        the letters that match an ASCII letter only under case folding (ı, ſ, the Kelvin sign).
        """
        if not hasattr(self, "_lower"):
            text = self.text
            low = text.lower()
            folds = any(c in text for c in _FOLDED_ONLY)
            self._lower = low if len(low) == len(text) and not folds else None
        return self._lower

    def line_at(self, pos: int) -> tuple[int, int, LineKind] | None:
        i = bisect.bisect_right(self._line_starts, pos) - 1
        if i < 0:
            return None
        line = self.lines[i]
        return line if pos <= line[1] else None

    def kind_at(self, pos: int) -> LineKind:
        line = self.line_at(pos)
        return line[2] if line else BOILERPLATE

    def line_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._line_starts, pos) - 1, 0)

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._sent_starts, pos) - 1, 0)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        if not self.sentences:
            return (pos, pos)
        return self.sentences[self.sentence_index(pos)]


def layout(text: str, published: _dt.date | None = None) -> Layout:
    return Layout(text, published)
