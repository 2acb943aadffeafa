"""Words a person spoke or wrote, printed verbatim without quotation marks: where they are, and where their speaker
is named.

- a transcript's ``SPEAKER:`` remarks, and a ``Name Surname:`` label before an interview answer or in a headline;
- a block after a line that introduces it: "X said:", "The below is attributable to X:", "X's statement is as
  follows:", or a line naming "the statement of X" followed by a paragraph in the first person;
- a speech printed under the title that names its speaker ("Press remarks by President X following ...");
- an embedded post, on the line above its signature ("— Name (@handle) June 12, 2021");
- an interview's answers: a dash-led paragraph after a dash-led question.

Each is a :class:`Remark`; who speaks it is read from its ``frame`` by :mod:`.quotes`. A remark whose speaker
is not found there is dropped, and its lines are read for quotations as any others.
"""

from __future__ import annotations

import enum
import re

from ._regex import compile_fast, phrases
from ._text import Layout
from .types import BOILERPLATE, HEADING, TEXT_LINE, Quote
from .vocabulary.speech import INTERVIEW_WORDS, REPORTING_VERBS, SPEECH_NOUNS, SPEECH_VERBS
from .vocabulary.words import ANSWER_LABELS, FIRST_PERSON, NAME_STOP

__all__ = ["NAME_LABEL_RE", "Remark", "RemarkForm", "find_remarks"]

FIRST_PERSON_READ = 1000  # how much of a printed speech must show its speaker's "I" or "we"
LABEL_REACH = 100  # where the colon of a label can stand in its line
SAID_COLON_REACH = 60  # "X wrote on X: ...": how far before the colon its verb may stand


class RemarkForm(enum.Enum):
    """How a remark's speaker is named."""

    LABEL = "label"  # "MR PATEL:", "Toivo Klaar:" opening the line
    INTRO = "intro"  # the line before: "X said:", "the statement of X"
    TITLE = "title"  # the page's title: "Press remarks by President X"
    SIGNATURE = "signature"  # the line after: "— Name (@handle) date"
    ANSWER = "answer"  # the interview's introduction: "X was interviewed by ..."


class Remark(Quote):
    """Words printed without quotation marks, with the span that names (or leads to) their speaker."""

    __slots__ = ("form", "frame")

    def __init__(self, start: int, end: int, form: RemarkForm, frame: tuple[int, int], label: str | None = None) -> None:
        super().__init__(start, None, start, end)
        self.unclosed = False
        self.remark_of = label
        self.form = form
        self.frame = frame


# "MR PATEL:", "Q:", "MR PATEL:... Go ahead"
_LABEL_RE = compile_fast(r"[ \t]*([A-Z][A-Z.'’\- ]{0,48}[A-Z.]):(?:\.\.\.|…)?[ \t\u00a0]+(?=\S)")
# "Pashinyan:", "Toivo Klaar:", "President of Russia Vladimir Putin:": one to six capitalised words
NAME_LABEL_RE = compile_fast(
    r"[ \t]*((?:[A-Z][\w’'.\-]*[ \t]+(?:(?:of|the)[ \t]+)*){0,5}[A-Z][\w’'\-]+):(?:\.\.\.|…)?[ \t\u00a0]+(?=\S)"
)
# "Answer:", "A:" in an interview: the interviewee's
_ANSWER_LABEL_RE = compile_fast(r"[ \t]*((?i:" + phrases(ANSWER_LABELS) + r")):[ \t\u00a0]+(?=\S)")
_SPEECH_WORD_RE = compile_fast(
    r"\b(?:"
    + phrases(sorted({v.form for v in SPEECH_VERBS if v.quotes} | SPEECH_NOUNS | {n.capitalize() for n in SPEECH_NOUNS}))
    + r")\b"
)
# "Lavrov's statement", "remarks by X", "the statement of X": a speech named with its speaker
_SPEECH_OF_RE = compile_fast(
    r"(?:(?:’s|'s)[ \t]+(?:[\w\-]+[ \t]+)?(?i:" + phrases(SPEECH_NOUNS) + r")\b"
    r"|\b(?i:" + phrases(SPEECH_NOUNS) + r")[ \t]+(?:by|of|from)[ \t]+(?:the[ \t]+)?[A-Z])"
)
_FIRST_PERSON_RE = compile_fast(r"\b(?:" + phrases(FIRST_PERSON) + r")\b")
_OPENS_FIRST_PERSON_RE = compile_fast(r"[ \t]*(?:[—–-][ \t]*)?(?:" + phrases(FIRST_PERSON) + r")\b")
_QUOTE_OPENS_RE = compile_fast("[ \t]*[\"“„«‘'‹]")
# a line that quotes, or reports what someone said: the article's voice, not the speaker's
_REPORTS_RE = compile_fast(r"[\"“”„«»]|\b(?:" + phrases(REPORTING_VERBS) + r")\b")
_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»")
_SIGNATURE_RE = compile_fast(r"[ \t]*[—–-][ \t]*[^()\n]{2,80}?\((@\w{1,30})\)")
_SIGNED_LINE_RE = compile_fast(
    r"[ \t][—–-][ \t]*[^()\n—–]{2,80}?\((@\w{1,30})\)[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$",
    re.MULTILINE,
)
# "X said: We are ready ...": a colon after a verb of saying, then the words on the same line (no quotation mark)
_SAID_COLON_RE = compile_fast(  # ("wrote on X:", "said in a statement:"), searched just before the colon
    r"\b(?:" + phrases(sorted(v.form for v in SPEECH_VERBS if v.quotes and not v.phrase)) + r")\b[^:;.\n]{0,40}:\Z"
)
_QUOTE_MARK_RE = compile_fast('["“”„«»‘]')
_DASH_RE = compile_fast(r"[ \t]*[—–-][ \t]")
_INTERVIEW_RE = compile_fast(r"\b(?i:" + phrases(INTERVIEW_WORDS) + r")\b")


def find_remarks(text: str, lay: Layout) -> list[Quote]:
    """Every remark printed without quotation marks, in text order, none inside another."""
    labels = _labels(text, lay)
    label_lines = {lay.line_index(r.open) for r in labels}
    found = [*labels, *_titled(text, lay, label_lines), *_introduced(text, lay, label_lines)]
    found += [*_signed(text, lay), *_answers(text, lay)]
    found.sort(key=lambda r: (r.open, -r.end))
    out: list[Quote] = []
    for r in found:
        if r.end <= r.start or (out and r.open < out[-1].end):
            continue  # no words, or inside the one before
        out.append(r)
    return out


def _labels(text: str, lay: Layout) -> list[Remark]:
    """A transcript's remarks: each ``LABEL:`` line and the lines that follow it, up to the next label or heading; a
    name's label ("Toivo Klaar: We can have peace") and a label on a heading, the rest of their line."""
    labels: list[tuple[re.Match[str], int]] = []
    for li, (line_start, _, kind) in enumerate(lay.lines):  # a label opens a line: tried at line beginnings only
        begin = text.rfind("\n", 0, line_start) + 1
        if begin < lay.body_start or kind is BOILERPLATE or text.find(":", line_start, line_start + LABEL_REACH) < 0:
            continue  # the line the leading date shares; a line with no label's colon
        m = _LABEL_RE.match(text, begin)
        if m is not None and sum(c.isalpha() for c in m.group(1)) >= 2:
            labels.append((m, li))
            continue
        m = NAME_LABEL_RE.match(text, begin) or _ANSWER_LABEL_RE.match(text, begin)
        if m is not None and (m.re is _ANSWER_LABEL_RE or _is_name(m.group(1))):
            labels.append((m, li))
    names = [m for m, _ in labels if m.re is NAME_LABEL_RE]
    if len(names) == 1 and not _speaks_itself(text, names[0].end(), lay.lines[lay.line_index(names[0].end())][1]):
        # one name's label, as a headline has ("Aliyev: Armenia must ..."), is a report of what they said unless
        # it gives their own words ("Klaar: We can have peace"); a quotation in it is theirs (see quotes.py)
        labels = [(m, li) for m, li in labels if m is not names[0]]
    out: list[Remark] = []
    for i, (m, li) in enumerate(labels):
        limit = labels[i + 1][0].start() if i + 1 < len(labels) else len(text)
        end = lay.lines[li][1]
        if lay.lines[li][2] is not HEADING and m.re is not NAME_LABEL_RE:  # a name's label: its line only
            for lj in range(li + 1, len(lay.lines)):  # (by index: a slice would copy the rest of the lines)
                s, e, kind = lay.lines[lj]
                if s >= limit or kind is not TEXT_LINE:
                    break
                end = e
        out.append(_remark(text, m.end(), end, RemarkForm.LABEL, (m.start(1), m.end(1)), m.group(1)))
    return [r for r in out if r.end > r.start]


def _is_name(label: str) -> bool:
    """Whether a capitalised label can be a person's name: its last word is no word names are never made of."""
    last = label.split()[-1].strip(".’'-").lower()
    return last not in NAME_STOP and not any(c.isdigit() for c in label)


def _remark(text: str, start: int, end: int, form: RemarkForm, frame: tuple[int, int], label: str | None = None) -> Remark:
    """A remark of ``text[start:end]`` without the spaces around it, nor the dash that may lead it ("- Dear ...")."""
    dash = _DASH_RE.match(text, start, end)
    if dash is not None:
        start = dash.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Remark(start, end, form, frame, label)


def _block_ends(text: str, lay: Layout, label_lines: set[int]) -> list[int]:
    """For each line, where a block that begins with it ends: before page furniture, a label or a blank line (a
    paragraph of lines). Worked out once, from the last line back."""
    lines = lay.lines
    ends = [e for _, e, _ in lines]
    for li in range(len(lines) - 2, -1, -1):
        if _goes_on(text, lay, li + 1, label_lines) and text.count("\n", lines[li][1], lines[li + 1][0]) <= 1:
            ends[li] = ends[li + 1]
    return ends


def _goes_on(text: str, lay: Layout, li: int, label_lines: set[int]) -> bool:
    """Whether ``lay.lines[li]`` can go on a block of someone's words: not page furniture, a label, nor a line that
    quotes or reports someone ("..., he said"): the article's own voice again."""
    s, e, kind = lay.lines[li]
    return kind is not BOILERPLATE and li not in label_lines and _REPORTS_RE.search(text, s, e) is None


def _text_end(text: str, lay: Layout, li: int, label_lines: set[int]) -> int:
    """Where a printed speech that begins with ``lay.lines[li]`` ends: before a line that cannot go on it."""
    end = lay.lines[li][1]
    for lj in range(li + 1, len(lay.lines)):
        if not _goes_on(text, lay, lj, label_lines):
            break
        end = lay.lines[lj][1]
    return end


def _titled(text: str, lay: Layout, label_lines: set[int]) -> list[Remark]:
    """A speech under the page's title naming it ("Press remarks by President X", "X's statement and answers ..."):
    the text after the title, when it speaks in the first person."""
    for li, (s, e, kind) in enumerate(lay.lines):
        if kind is TEXT_LINE:
            return []  # the title stands before the article's first paragraph
        if kind is not HEADING or not _SPEECH_OF_RE.search(text, s, e):
            continue
        first = next((lj for lj in range(li + 1, len(lay.lines)) if lay.lines[lj][2] is TEXT_LINE), None)
        if first is None or first in label_lines:
            return []
        start = lay.lines[first][0]
        end = _text_end(text, lay, first, label_lines)
        if not _speaks_itself(text, start, min(end, start + FIRST_PERSON_READ)):
            return []
        return [_remark(text, start, end, RemarkForm.TITLE, (s, e))]
    return []


def _speaks_itself(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a speaker's own words: "I" or "we" outside quotations, and nobody
    reported as saying anything."""
    if _REPORTS_RE.search(text, start, end):
        return False
    plain = _QUOTED_RE.sub(" ", text[start:end])
    return _FIRST_PERSON_RE.search(plain) is not None


def _introduced(text: str, lay: Layout, label_lines: set[int]) -> list[Remark]:
    """Blocks a line introduces: one ending in a colon with a word of saying ("X said:", "attributable to X:"),
    up to a blank line; or one naming a statement of someone ("issued the statement of X") before a paragraph
    that opens in the first person."""
    out: list[Remark] = []
    lines = lay.lines
    ends: list[int] | None = None
    for li in range(len(lines) - 1):
        s, e, kind = lines[li]
        ns, _, nkind = lines[li + 1]
        colon = text[e - 1] == ":"
        if not colon and not (kind is TEXT_LINE and _OPENS_FIRST_PERSON_RE.match(text, ns)):
            continue  # (the cheap tests first: most lines introduce nothing)
        if kind is BOILERPLATE or nkind is BOILERPLATE or li in label_lines or (li + 1) in label_lines:
            continue
        if _QUOTE_OPENS_RE.match(text, ns):
            continue  # quoted: the quotation's own rules read it
        if colon and _SPEECH_WORD_RE.search(text, s, e):
            ends = ends if ends is not None else _block_ends(text, lay, label_lines)
            out.append(_remark(text, ns, ends[li + 1], RemarkForm.INTRO, (s, e)))
        elif not colon and _SPEECH_OF_RE.search(text, s, e):
            out.append(_remark(text, ns, lines[li + 1][1], RemarkForm.INTRO, (s, e)))
    for s, e, kind in lines:  # "Michel wrote on X: Spoke with President Aliyev today ..."
        if kind is not TEXT_LINE:
            continue
        c = text.find(":", s, e - 2)
        while c >= 0 and not (text[c + 1] == " " and text[c + 2].isupper()):
            c = text.find(":", c + 1, e - 2)
        m = _SAID_COLON_RE.search(text, max(s, c - SAID_COLON_REACH), c + 1) if c >= 0 else None
        if m is not None and _QUOTE_MARK_RE.search(text, s, e) is None:  # (quoted: the quotation's rules read it)
            out.append(_remark(text, c + 2, e, RemarkForm.INTRO, (s, c)))
    return out


def _signed(text: str, lay: Layout) -> list[Remark]:
    """An embedded post: the line above a signature line "— Name (@handle) date", or the words before a signature
    that ends their line ("... pic.twitter.com/x — Name (@handle) May 22, 2022")."""
    out: list[Remark] = []
    for li, (s, e, kind) in enumerate(lay.lines):
        if kind is BOILERPLATE or text.find("(@", s, e) < 0:
            continue
        m = _SIGNATURE_RE.match(text, text.rfind("\n", 0, s) + 1, e)
        if m is not None and li > 0:
            ps, pe, pkind = lay.lines[li - 1]
            if pkind is not BOILERPLATE and text.count("\n", pe, s) <= 1:
                out.append(_remark(text, ps, pe, RemarkForm.SIGNATURE, (s, e)))
            continue
        m = _SIGNED_LINE_RE.search(text, s, e)
        if m is not None and m.start() > s:
            out.append(_remark(text, s, m.start(), RemarkForm.SIGNATURE, (m.start(), e)))
    return out


def _answers(text: str, lay: Layout) -> list[Remark]:
    """An interview printed as dash-led paragraphs: each that follows a question ("— ...?") is an answer, up to the
    next dash-led paragraph. Its speaker is named where the interview is introduced, before the first dash."""
    out: list[Remark] = []
    lines = lay.lines
    intro: tuple[int, int] | None = None
    question = False
    for li, (s, e, kind) in enumerate(lines):
        if kind is BOILERPLATE:
            continue
        if not _DASH_RE.match(text, text.rfind("\n", 0, s) + 1):
            continue
        if intro is None:
            if not _INTERVIEW_RE.search(text, lay.body_start, s):
                return []
            intro = (lay.body_start, s)
        if question:
            end = e
            for lj in range(li + 1, len(lines)):
                ns, ne, nkind = lines[lj]
                if nkind is not TEXT_LINE or _DASH_RE.match(text, text.rfind("\n", 0, ns) + 1):
                    break
                end = ne
            out.append(_remark(text, s, end, RemarkForm.ANSWER, intro))
            question = False
        else:
            question = text[s:e].rstrip(" )").endswith("?")
    return out
