"""The shape of a text: publication prefix, lines (article, heading, boilerplate), sentences.

Web pages arrive with banners, bylines, photo credits and "See also" link lists
around the article; those lines are kept in the text (spans index the whole
text) but marked so that people and meetings are not read from them.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re

from ._regex import compile_fast
from .types import BOILERPLATE, HEADING, TEXT_LINE, LineKind
from .vocabulary.words import ABBREVIATIONS

__all__ = ["GLUED_OPENING", "Layout", "first_line", "layout", "reading_copy"]

_PREFIX_RE = compile_fast(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*")

# Lines that are page furniture, whatever follows them.
_FURNITURE_RE = compile_fast(
    r"(?:an official website of|official websites use|a \.gov website|secure \.gov websites|a lock \(|"
    r"share sensitive information|here'?s how you know|skip to (?:main )?content|cookie|subscribe|sign up|"
    r"follow us|share (?:this|on)|copyright|©|all rights reserved|photo\s*(?:credit)?\s*:|photo by|image\s*:|"
    r"picture\s*:|credit\s*:|source\s*:|sources\s*:|tags?\s*:|region\s*:|theme\s*:|category\s*:|"
    r"(?:written |reporting |reported |editing |edited )?by\s+[A-Z@]|author\s*:|print\b|advertisement|"
    r"(?:see also|read more|read also|also read|more on (?:this|the topic)|related(?: articles?| news| stor(?:y|ies))?)\s*:)",
    re.IGNORECASE,
)
# A news feed's line under an article, its headline again: "The post <headline> appeared first on <outlet>."
# (the headline capitalised, the line ending on the outlet's name: not "The post-war ...", "The post of ...")
_FEED_FOOTER_RE = compile_fast(r"The post [A-Z\"“‘'][^\n]{0,300}? appeared first on [^\n.]{1,60}(?:\.[A-Za-z]{2,6})*\.?[ \t]*")
# Headings after which the rest of a page is links to other articles.
_LINKS_HEAD_RE = compile_fast(
    r"(?:see also|read more|read also|also read|related(?: articles| news| stories| posts| coverage| content)?|"
    r"more on (?:this|the topic)|more (?:coverage|news|from [\w .&-]{1,40})|further reading|in other news|top stories|"
    r"trending(?: now)?|recommended(?: for you)?|most (?:read|popular|viewed)|latest(?: news)?|more stories|"
    r"you may also like|you might also like|popular|editor'?s picks?|what to read next)\s*:?\s*\Z",
    re.IGNORECASE,
)
_END_PUNCT = frozenset(".!?:;\"”’'»›…)],")  # (a line ending with a comma goes on in the next: no heading)
# A candidate sentence end: terminal punctuation, closing quotes or brackets, then space.
# A run of marks is tried from its first mark only, and read whole without giving back (possessive): a run of
# 40,000 dots is one attempt, not 40,000 attempts of 40,000 steps each.
# ... or a full stop glued to the next sentence's first word, a scraped text's lost space ("the ministry.The two
# ministers", "Mirzoyan.He thanked"; not "News.Az", "J.D.Vance": two small letters before it, a word after it of three
# letters or one of the short words that open sentences)
GLUED_OPENING = r"(?:[A-Z][a-z]{2}|(?:He|It|In|On|At|As|We|If|By|To|An|So|No)\b)"
# (one group: compile_fast's lead of first characters stands before the whole pattern, not its first branch alone)
_BOUNDARY_RE = compile_fast(
    r"(?:(?<![.!?…])[.!?…][.!?…]*+[\"”’'»›)\]]*+[ \t]+(?=[\"“‘'„«‹(\[]?[A-Z0-9@#])"
    rf"|(?<=[a-z][a-z])\.(?={GLUED_OPENING}))"
)


_SENTENCE_END = frozenset(".!?\"”’'»›…")
_PARAGRAPH_WORDS = 40  # no link's title is this long: the article again, even cut off before its full stop
_TOLD_WORDS = 20  # a line without a full stop, this long and holding a sentence's end, is no heading
_LINK_WORDS = 10  # a sentence of this many words in a list of links inside an article is the article's


def _link_title(line: str, words: int) -> bool:
    """Whether a line in a list of links may be a link's title: short, or with no full stop (but not a paragraph of
    more than forty words cut off before its full stop)."""
    return (words <= 25 or line[-1] not in _END_PUNCT) and words <= _PARAGRAPH_WORDS


# the letters beyond ASCII that match [a-z] only with re.IGNORECASE (tests check the list is whole)
_FOLDED_ONLY = "\u0130\u0131\u017f\u212a"


# Spaces other than " " (no-break, thin, figure, ideographic ...) and line separators other than "\n".
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_AS_READ = str.maketrans({**dict.fromkeys(_SPACES, " "), "\u0085": "\n", "\u2028": "\n", "\u2029": "\n"})
_WIDEST_WRAP = 100  # lines wrapped by a program are at most this long (e-mail 72-78, plain-text scrapes 60-80)
_FEWEST_WRAPS = 3  # full lines a text needs before it counts as wrapped
_WRAP_SLACK = 2  # a wrapper counting bytes or tabs may break a little early
_LIST_MARKS = frozenset("•·*▪◦-–—>|")


# two apostrophes that open or close a quotation, read as one double mark and a space (the same length)
_OPENING_TWO_RE = re.compile(r"(?<![\w'])''(?=\w)")
_CLOSING_TWO_RE = re.compile(r"(?<=[\w.,!?])''(?![\w'])")


_ONLY_SPACE_RE = re.compile(r"\s*\Z")


def first_line(text: str, pos: int) -> bool:
    """Whether only spaces stand before ``pos``: it begins the text's first line."""
    return _ONLY_SPACE_RE.match(text, 0, pos) is not None


def reading_copy(text: str, body_start: int = 0) -> str:
    """The text as the rules read it: the same length, every character at its offset, so that a span found in it
    indexes the original text.

    Spaces of other widths (the no-break space of HTML, thin spaces) are spaces; a carriage return before a line
    feed is a space at the line's end and one alone (old Mac files) a line feed; and a line break that a program
    made by wrapping a paragraph at a fixed width is a space (see :func:`_wrap_breaks`), so the paragraph is one line
    again. The document keeps its text as it came; only the rules read this copy.

    >>> reading_copy("Nikol\u00a0Pashinyan met\r\nAliyev.")
    'Nikol Pashinyan met \nAliyev.'
    >>> reading_copy("the ''North-South'' road")
    'the  "North-South"  road'
    >>> reading_copy("Vice President [Mohammad Reza] Aref")
    'Vice President  Mohammad Reza  Aref'
    """
    read = text.translate(_AS_READ)
    if "''" in read:  # two apostrophes typed for a quotation mark: "''North-South'' highway"
        read = _OPENING_TWO_RE.sub(' "', _CLOSING_TWO_RE.sub('" ', read))
    if "\r" in read:
        read = read.replace("\r\n", " \n").replace("\r", "\n")
    if "[" in read:  # an editor's words in a name: "Vice President [Mohammad Reza] Aref", "Secretary [Antony] Blinken"
        read = _BRACKETED_NAME_RE.sub(lambda m: f" {m.group(1)} ", read)
    breaks = _wrap_breaks(read, body_start)
    if not breaks:
        return read
    chars = list(read)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


# a first name an editor put in square brackets before a surname ("[Mohammad Reza] Aref")
_BRACKETED_NAME_RE = re.compile(r"\[([A-Z][\w.’'\-]*(?:[ \t][A-Z][\w.’'\-]*){0,2})\](?=[ \t][A-Z])")


def _wrap_breaks(text: str, body_start: int) -> list[int]:
    """The line breaks of a text hard-wrapped at a fixed width, which are not paragraph breaks.

    A wrapper fills each line with as many words as fit: a line broken by it is "full", its length and the next
    line's first word would pass the width. The width is the longest line of four words or more. A text counts as
    wrapped when that width is at most 100 characters, at least three lines are full and at most half of them end a
    sentence (paragraphs of a text that is not wrapped end sentences). A full line joins the line after it unless
    that one is indented or a list item, and so does a shorter line that ends no sentence and goes on in the next
    (see :func:`_goes_on`); blank lines still part paragraphs.
    """
    lines: list[tuple[int, int]] = []  # (start, end without trailing spaces) of every line after the prefix
    pos = _past_headline(text, body_start)
    while True:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        stop = end
        while stop > pos and text[stop - 1] in " \t":
            stop -= 1
        lines.append((pos, stop))
        if nl < 0 or not _could_be_wrapped(text, lines):
            break
        pos = nl + 1
    if len(lines) <= _FEWEST_WRAPS:
        return []
    width = max((e - s for s, e in lines if text.count(" ", s, e) >= 3), default=0)
    if not 0 < width <= _WIDEST_WRAP:
        return []
    breaks: list[int] = []
    short: list[int] = []  # lines a wrapper left short of the width: joined only in a text found wrapped
    sentence_ends = 0
    for i, ((s, e), (ns, ne)) in enumerate(itertools.pairwise(lines)):
        if e == s or ne == ns or text[ns] in " \t" or text[ns] in _LIST_MARKS:
            continue
        word = text.find(" ", ns, ne)
        first = (ne if word < 0 else word) - ns
        if (e - s) + 1 + first > width - _WRAP_SLACK:
            breaks.append(ns - 1)
            sentence_ends += text[e - 1] in _END_PUNCT
        elif text[e - 1] not in _SENTENCE_END and _goes_on(text, lines, i, width):
            short.append(ns - 1)
    if len(breaks) < _FEWEST_WRAPS or sentence_ends * 2 > len(breaks):
        return []
    return sorted(breaks + short)


def _past_headline(text: str, pos: int) -> int:
    """Where the body starts after a headline on a line of its own, a blank line under it, which a person typed at
    any length above a wrapped body ("A long headline of 102 characters\n\nASTANA, Nov 21. President of\n...")."""
    nl = text.find("\n", pos)
    if nl < 0 or nl - pos <= _WIDEST_WRAP or text.count(" ", pos, nl) < 3:
        return pos
    after = nl + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    return after + 1 if text.startswith("\n", after) else pos


def _goes_on(text: str, lines: list[tuple[int, int]], i: int, width: int) -> bool:
    """Whether line ``i``, ending no sentence short of the width, goes on in the next: that one opens on a small letter
    ("On March 5, 2024, on\nthe sidelines of ..."), or the line is at least half the width inside its paragraph (a
    wrapper breaks before a long word; not a headline, the first line of its own, above a dateline)."""
    (s, e), (ns, _) = lines[i], lines[i + 1]
    inside = i > 0 and lines[i - 1][1] > lines[i - 1][0]
    return text[ns].islower() or ((e - s) * 2 >= width and inside)


def _could_be_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """False once a line of four words or more is longer than any wrapper makes lines (the text is not wrapped)."""
    s, e = lines[-1]
    return e - s <= _WIDEST_WRAP or text.count(" ", s, e) < 3


class Layout:
    """Line kinds and sentence spans of one text, computed once; ``text`` is the :func:`reading_copy` of the text."""

    __slots__ = ("_line_starts", "_lower", "_sent_starts", "body_start", "lines", "published", "sentences", "text")

    def __init__(self, text: str, published: _dt.date | None) -> None:
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
        self.text = reading_copy(text, self.body_start)
        #: (start, end, kind) of every line with words
        self.lines: list[tuple[int, int, LineKind]] = []
        self._classify()
        self._blank_furniture()
        self._line_starts = [s for s, _, _ in self.lines]
        #: (start, end) of sentences of every non-boilerplate line
        self.sentences: list[tuple[int, int]] = []
        for start, end, kind in self.lines:
            if kind is not BOILERPLATE:
                self._split(start, end)
        self._sent_starts = [s for s, _ in self.sentences]

    def _classify(self) -> None:
        text = self.text
        in_links, links_from = False, 0
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
                    in_links, links_from = True, len(self.lines)
                    kind = BOILERPLATE
                elif (
                    (words <= 40 and _FURNITURE_RE.match(head))
                    or (in_links and _link_title(line, words))
                    or (words <= _PARAGRAPH_WORDS and _FEED_FOOTER_RE.fullmatch(line))
                ):
                    kind = BOILERPLATE
                else:
                    if in_links:
                        self._article_again(links_from)
                    in_links = False
                    # a line of two sentences, its last cut off before its full stop, is a paragraph all the same
                    told = words >= _TOLD_WORDS and _BOUNDARY_RE.search(text, start, stop) is not None
                    kind = HEADING if line[-1] not in _END_PUNCT and words <= 45 and not told else TEXT_LINE
                self.lines.append((start, stop, kind))
            if nl < 0:
                break
            pos = nl + 1
        # a cut-off last paragraph is article text, not a heading
        if self.lines:
            start, stop, kind = self.lines[-1]
            if kind is HEADING and text.count(" ", start, stop) >= 15:
                self.lines[-1] = (start, stop, TEXT_LINE)

    def _article_again(self, heading: int) -> None:
        """A list of links that the article goes on after (a "Related:" box inside it) holds titles of links: the
        lines of it after its first item that are sentences of ten words or more are the article's again."""
        for i in range(heading + 2, len(self.lines)):
            start, stop, _ = self.lines[i]
            line = self.text[start:stop]
            if line[-1] in _SENTENCE_END and line.count(" ") + 1 >= _LINK_WORDS and not _FURNITURE_RE.match(line[:80]):
                self.lines[i] = (start, stop, TEXT_LINE)

    def _blank_furniture(self) -> None:
        """Page furniture between two lines of the article (an advertisement, a caption, a "Read more" link, a
        byline) leaves no line of its own in the reading copy: it and the line breaks after it become spaces, so the
        paragraphs around it are as close as they were before the outlet put it there (an "X said:" line and its
        words, a post and its signature, an interviewer's turn and the answer). Furniture above the article's first
        line or below its last stays, and so do the lines of a list of links."""
        lines = self.lines
        content = [i for i, (_, _, kind) in enumerate(lines) if kind is not BOILERPLATE]
        if len(content) < 2:
            return
        blank = [
            i
            for i in range(content[0] + 1, content[-1])
            if lines[i][2] is BOILERPLATE and _FURNITURE_RE.match(self.text, lines[i][0], lines[i][1])
        ]
        if not blank:
            return
        chars = list(self.text)
        for i in blank:
            for k in range(lines[i][0], lines[i + 1][0]):
                chars[k] = " "
        self.text = "".join(chars)
        dropped = set(blank)
        self.lines = [line for i, line in enumerate(lines) if i not in dropped]

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
            if m.end() == dot + 1:  # a glued full stop: the last of dotted words ("Lt.Gen.Muradov" is "gen")
                word = word.rpartition(".")[2]
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
