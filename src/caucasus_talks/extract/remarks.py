"""Words a person spoke or wrote, printed verbatim without quotation marks: where they are, and where their speaker
is named.

- a transcript's ``SPEAKER:`` remarks, and a ``Name Surname:`` label before an interview answer or in a headline;
- a block after a line that introduces it: "X said:", "Statement attributable to X:", "X's statement is as
  follows:", or a line naming "the statement of X" followed by a paragraph in the first person;
- a speech printed under the title that names its speaker ("Statement by Secretary-General X on ...");
- an embedded post, on the line above its signature ("— Name (@handle) March 3, 2024");
- an interview's answers: a dash-led paragraph after a dash-led question.

Each is a :class:`Remark`; who speaks it is read from its ``frame`` by :mod:`.quotes`. A remark whose speaker
is not found there is dropped, and its lines are read for quotations as any others.
"""

from __future__ import annotations

import enum
import itertools
import re

from ._regex import compile_fast, phrases
from ._text import Layout
from .types import BOILERPLATE, HEADING, TEXT_LINE, LineKind, Quote
from .vocabulary.speech import (
    HEARERS,
    INTERVIEW_WORDS,
    INVERTED_TAG_VERBS,
    REPORTING_VERBS,
    SPEECH_ADVERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from .vocabulary.words import (
    ADDRESS,
    ANSWER_LABELS,
    FIRST_PERSON,
    LINK_LABELS,
    NAME_STOP,
    NOT_SPEAKERS,
    OUTLET_FIRST_PERSON,
    PREPOSITIONS,
    SECOND_PERSON,
    SMALL_WORDS,
)

__all__ = ["INTERVIEW_RE", "NAME_LABEL_RE", "SIGNED_LINE_RE", "Remark", "RemarkForm", "find_remarks"]

FIRST_PERSON_READ = 1000  # how much of a printed speech must show its speaker's "I" or "we"
LABEL_REACH = 100  # where the colon of a label can stand in its line
SAID_COLON_REACH = 60  # "X wrote on X: ...": how far before the colon its verb may stand
TITLE_CASE_READ = 200  # how much of a label's line is read to tell a title ("What We Know About ...")
LIST_ITEM_WORDS = 5  # "Borders, transport links and the treaty": the most words of an item of a list


class RemarkForm(enum.Enum):
    """How a remark's speaker is named."""

    LABEL = "label"  # "MS BRUCE:", "Hakan Fidan:" opening the line
    INTRO = "intro"  # the line before: "X said:", "the statement of X"
    TITLE = "title"  # the page's title: "Statement by Secretary-General X"
    SIGNATURE = "signature"  # the line after: "— Name (@handle) date"
    ANSWER = "answer"  # the interview's introduction: "X was interviewed by ..."


class Remark(Quote):
    """Words printed without quotation marks, with the span that names (or leads to) their speaker."""

    __slots__ = ("form", "frame")

    def __init__(self, start: int, end: int, form: RemarkForm, frame: tuple[int, int], label: str | None = None) -> None:
        super().__init__(start, None, start, end)
        self.remark_of = label
        self.form = form
        self.frame = frame


# "MS BRUCE:", "Q:", "MS BRUCE:… We have time"
_LABEL_RE = compile_fast(r"[ \t]*([A-Z][A-Z.'’\- ]{0,48}[A-Z.]):(?:\.\.\.|…)?[ \t\u00a0]+(?=\S)")
# "Kobakhidze:", "Hakan Fidan:", "President of Turkey Recep Tayyip Erdogan:": one to six capitalised words
NAME_LABEL_RE = compile_fast(
    r"[ \t]*((?:[A-Z][\w’'.\-]*[ \t]+(?:(?:of|the)[ \t]+)*){0,5}[A-Z][\w’'\-]+):(?:\.\.\.|…)?[ \t\u00a0]+(?=\S)"
)
# an interview's turn led by its speaker's name and a dash: "Euronews – What do you ...?", "Prime Minister X – First"
_DASH_LABEL_RE = compile_fast(
    r"[ \t]*((?:[A-Z][\w’'.\-]*[ \t]+(?:(?:of|the)[ \t]+)*){0,5}[A-Z][\w’'\-]+)[ \t]+[–—][ \t]+(?=[A-Z])"
)
# a label alone on its line, the words in the paragraphs below it ("MR PATEL:", "Vladimir Putin:")
_LABEL_ALONE_RE = compile_fast(
    r"[ \t]*([A-Z][A-Z.'’\- ]{0,48}[A-Z.]|(?:[A-Z][\w’'.\-]*[ \t]+(?:(?:of|the)[ \t]+)*){0,5}[A-Z][\w’'\-]+)"
    r":(?:\.\.\.|…)?[ \t]*(?=\n|\Z)"
)
# "Journalist (Haberturk):", "Question:": an interviewer's turn, with the outlet perhaps
_ASKER_LABEL_RE = compile_fast(
    r"[ \t]*((?i:journalist|interviewer|correspondent|question)(?:[ \t]*\([^()\n]{1,40}\))?):[ \t\u00a0]+(?=\S)"
)
_OUTLET_OF_LABEL_RE = re.compile(r"[ \t]*\([^()]*\)\Z")  # "Journalist (Haberturk)": the asker's outlet
# "Answer:", "A:" in an interview: the interviewee's
_ANSWER_LABEL_RE = compile_fast(r"[ \t]*((?i:" + phrases(ANSWER_LABELS) + r")):[ \t\u00a0]+(?=\S)")
_SPEECH_WORD_RE = compile_fast(
    r"\b(?:"
    + phrases({v.form for v in SPEECH_VERBS if v.quotes} | SPEECH_NOUNS | {n.capitalize() for n in SPEECH_NOUNS})
    + r")\b"
)
# "Zakharova's comment", "remarks by X", "the statement of X": a speech named with its speaker
_SPEECH_OF_RE = compile_fast(
    r"(?:(?:’s|'s)[ \t]+(?:[\w\-]+[ \t]+)?(?i:" + phrases(SPEECH_NOUNS) + r")\b"
    r"|\b(?i:" + phrases(SPEECH_NOUNS) + r")[ \t]+(?:by|of|from)[ \t]+(?:the[ \t]+)?[A-Z])"
)
_FIRST_PERSON_RE = compile_fast(r"\b(?:" + phrases(FIRST_PERSON) + r")\b")
# a question put to someone by name: "— Mr. Hajiyev, how do you assess ...?", "- Madam Minister, ..."
_VOCATIVE_RE = compile_fast(
    r"[ \t]*[—–-]+[ \t]*(?:Mr|Mrs|Ms|Dr|Madam|Mister|Minister|Ambassador)\.?(?:[ \t]+[A-Z][\w’'\-]*){1,2},"
)
# a question asking the one interviewed for a view: "What can you say about ...?", "How do you assess ...?" (not "What
# does this mean for you?": an explainer's, to its reader)
_YOU_RE = compile_fast(
    r"\b(?:can|could|do|would|will|did)[ \t]+you[ \t]+"
    r"(?:say|tell|comment|assess|evaluate|think|see|expect|describe|explain|view|characteri[sz]e)\b"
)
# a speaker's own words: "I", "we", "you", or an address to the hearers ("Dear colleagues", "Thank you")
_SPEAKER_WORDS_RE = compile_fast(r"\b(?:" + phrases(FIRST_PERSON | SECOND_PERSON | ADDRESS) + r")\b")
# the outlet speaking of itself ("As we reported", "Our correspondent"): the reporter's sentence
_OUTLET_RE = compile_fast(r"\b(?i:" + phrases(OUTLET_FIRST_PERSON) + r")\b")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*")
_LINK_RE = compile_fast(r"[ \t]*(?i:" + phrases(LINK_LABELS) + r")[ \t]*:")
_LIST_SPLIT_RE = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_OPENS_FIRST_PERSON_RE = compile_fast(r"[ \t]*(?:[—–-][ \t]*)?(?:" + phrases(FIRST_PERSON) + r")\b")
_QUOTE_OPENS_RE = compile_fast("[ \t]*[\"“„«‘'‹]")
# a line that quotes, or reports what someone said: the article's voice, not the speaker's
_REPORTS_RE = compile_fast(r"[\"“”„«»]|\b(?:" + phrases(REPORTING_VERBS) + r")\b")
_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»")
_SIGNATURE_RE = compile_fast(r"[ \t]*(?:[—–]|--?)[ \t]*[^()\n]{2,80}?\((@\w{1,30})\)")
#: an embedded post's signature line with its day: "— Name (@handle) March 3, 2024"
SIGNED_LINE_RE = compile_fast(
    r"(?:^[ \t]*|[ \t]|(?<=[.!?…]))(?:[—–]|--?)[ \t]*[^()\n—–]{2,80}?\((@\w{1,30})\)"
    r"[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$",
    re.MULTILINE,
)
# what may stand between a verb of saying and the colon of the words it introduces: a place or a time ("on X",
# "in a statement on Facebook"), whom it tells ("reporters"), an adverb; not a clause ("said three issues remained:")
_ADJUNCT = (
    r"(?:,?[ \t]+(?:" + phrases(PREPOSITIONS | {"during", "after", "before", "via", "through"}) + r")(?:[ \t]+[\w’'@.\-]+){1,4}"
    r"|[ \t]+(?:" + phrases(HEARERS) + r"|" + phrases(SPEECH_ADVERBS) + r"|[a-z]+ly))"
)
# "X said: We are ready ...": a colon after a verb of saying, then the words on the same line (no quotation mark)
_SAID_COLON_RE = compile_fast(  # ("wrote on X:", "said in a statement:"), searched just before the colon
    r"\b(?:" + phrases(v.form for v in SPEECH_VERBS if v.quotes and not v.phrase) + r")\b"
    + "(?:" + _ADJUNCT + r"){0,3}(?:[ \t]+that)?,?[ \t]*:\Z"  # ("stated that: ...", a colon after "that" too)
)
# a sentence opening on a document as its subject: "The joint declaration ...", "The text of the agreement ..."
_DOCUMENT_SUBJECT_RE = compile_fast(
    r"[ \t]*(?:The|This|That|Their)[ \t]+(?:[\w\-]+[ \t]+){0,3}?(?:declaration|statement|document|agreement|communiqu[eé]"
    r"|treaty|memorandum|resolution|text|readout)\b"
)
_QUOTE_MARK_RE = compile_fast('["“”„«»‘]')
_DASH_RE = compile_fast(r"[ \t]*(?:[—–]|--?)[ \t]")  # a dash, or one typed as two hyphens
INTERVIEW_RE = compile_fast(r"\b(?i:" + phrases(INTERVIEW_WORDS) + r")\b")


def find_remarks(text: str, lay: Layout) -> list[Quote]:
    """Every remark printed without quotation marks, in text order, none inside another."""
    labels = _labels(text, lay)
    label_lines = {lay.line_index(r.open) for r in labels}
    found = [*labels, *_titled(text, lay, label_lines), *_introduced(text, lay, label_lines)]
    answers = _answers(text, lay)
    if not labels and not answers:  # (an interview whose turns are labelled or dash-led is read by its labels or dashes)
        answers = _plain_answers(text, lay)
    found += [*_signed(text, lay), *answers, *_tagged_below(text, lay, label_lines)]
    found.sort(key=lambda r: (r.open, r.form is not RemarkForm.SIGNATURE, -r.end))  # a post: up to its signature
    out: list[Quote] = []
    for r in found:
        if r.end <= r.start or (out and r.open < out[-1].end):
            continue  # no words, or inside the one before
        out.append(r)
    return out


def _labels(text: str, lay: Layout) -> list[Remark]:
    """A transcript's remarks: each ``LABEL:`` line and the lines that follow it, up to the next label or heading; a
    name's label ("Hakan Fidan: We are ready to host") and a label on a heading, the rest of their line."""
    labels: list[tuple[re.Match[str], int]] = []
    for li, (line_start, _, kind) in enumerate(lay.lines):  # a label opens a line: tried at line beginnings only
        begin = text.rfind("\n", 0, line_start) + 1
        if begin < lay.body_start or kind is BOILERPLATE or text.find(":", line_start, line_start + LABEL_REACH) < 0:
            continue  # the line the leading date shares; a line with no label's colon
        m = _LABEL_RE.match(text, begin)
        if m is not None and sum(c.isalpha() for c in m.group(1)) >= 2:
            labels.append((m, li))
            continue
        m = _ASKER_LABEL_RE.match(text, begin) or NAME_LABEL_RE.match(text, begin) or _ANSWER_LABEL_RE.match(text, begin)
        if m is not None and (m.re is not NAME_LABEL_RE or _is_name(m.group(1))):
            labels.append((m, li))
            continue
        m = _LABEL_ALONE_RE.match(text, begin)
        if m is not None and li + 1 < len(lay.lines) and (m.group(1).isupper() or _is_name(m.group(1))):
            labels.append((m, li))
    labels = _with_dash_turns(text, lay, labels)
    if any(m.re is _LABEL_ALONE_RE for m, _ in labels) and not _is_exchange(text, lay, labels):
        labels = [(m, li) for m, li in labels if m.re is not _LABEL_ALONE_RE]  # a line "BAKU:" is no turn
    exchange = False
    if any(m.re is NAME_LABEL_RE for m, _ in labels):
        # a name's label outside an exchange of turns, as a headline, a factbox or a live blog has ("Kalin: Erdogan
        # will skip ...", "X: Prime Minister since 2024"), is a report of them unless it gives their own words
        # ("Fidan: We are ready"); a title is no one's ("X Visit: What We Know"). A quotation in it is theirs (see
        # quotes.py)
        exchange = _is_exchange(text, lay, labels)
        labels = [(m, li) for m, li in labels if m.re is not NAME_LABEL_RE or _label_speaks(text, m, lay.lines[li][1], exchange)]
    out: list[Remark] = []
    for i, (m, li) in enumerate(labels):
        limit = labels[i + 1][0].start() if i + 1 < len(labels) else len(text)
        start, end = m.end(), lay.lines[li][1]
        if m.re is _LABEL_ALONE_RE:  # the words begin on the next line
            start = end = lay.lines[li + 1][0]
        # (a name's label goes on to the next label only as a turn of an exchange: "Journalist: ... / X: ...")
        if m.re is _LABEL_ALONE_RE or (lay.lines[li][2] is not HEADING and (m.re is not NAME_LABEL_RE or exchange)):
            for lj in range(li + 1, len(lay.lines)):  # (by index: a slice would copy the rest of the lines)
                s, e, kind = lay.lines[lj]
                if s >= limit or kind is not TEXT_LINE:
                    break
                end = e
        out.append(_remark(text, start, end, RemarkForm.LABEL, (m.start(1), m.end(1)), m.group(1)))
    return [r for r in out if r.end > r.start]


def _with_dash_turns(
    text: str, lay: Layout, labels: list[tuple[re.Match[str], int]]
) -> list[tuple[re.Match[str], int]]:
    """``labels`` and, when there are none, the turns of an interview told before them, led by a name and a dash, if
    they are an exchange (a name again after another's: "Euronews – ...?" / "X – ..." / "Euronews – ..."); a dash
    after a name once is a headline's or a sentence's ("Georgia wants peace – Foreign Minister X"), and a digest's
    lines ("Pashinyan – Armenia is ready ..., the prime minister said") are no interview."""
    intro = None if labels or ("–" not in text and "—" not in text) else INTERVIEW_RE.search(text)
    if intro is None:
        return labels  # (a dash and an interview's word sought first: most texts have neither turns nor labels)
    dashed: list[tuple[re.Match[str], int]] = []
    for li, (line_start, _, kind) in enumerate(lay.lines):
        if line_start < lay.body_start or kind is not TEXT_LINE:
            continue
        m = _DASH_LABEL_RE.match(text, line_start)
        if m is not None and _is_name(m.group(1)):
            dashed.append((m, li))
    if not dashed or intro.start() >= lay.lines[dashed[0][1]][0]:
        return labels  # (an interview told before the turns: not a digest's "X – ..." lines)
    keys = [m.group(1).lower() for m, _ in dashed]
    seen: set[str] = set()
    again = False
    for i, key in enumerate(keys):
        again = again or (key in seen and keys[i - 1] != key)
        seen.add(key)
    # ... or a question answered by another: "Euronews – Why ...?" / "X – First of all, ..."
    asked = any(
        keys[i + 1] != keys[i] and text[lay.lines[li][0] : lay.lines[li][1]].rstrip().endswith("?")
        for i, (_, li) in enumerate(dashed[:-1])
    )
    return dashed if again or asked else labels


def _is_exchange(text: str, lay: Layout, labels: list[tuple[re.Match[str], int]]) -> bool:
    """Whether labelled lines are turns of an exchange: a questioner's label ("Q:", "QUESTION:", "Answer:"), a
    speaker's label again after another's, or a turn that asks a question before another speaker's."""
    keys = [_OUTLET_OF_LABEL_RE.sub("", m.group(1)).strip().lower() for m, _ in labels]
    for i, (m, li) in enumerate(labels):
        if keys[i] in NOT_SPEAKERS or keys[i] in ANSWER_LABELS:
            return True
        if keys[i] in keys[:i] and keys[i - 1] != keys[i]:
            return True  # A, B, A
        if i + 1 < len(labels) and keys[i + 1] != keys[i] and text[m.end() : lay.lines[li][1]].rstrip().endswith("?"):
            return True
    return False


def _label_speaks(text: str, m: re.Match[str], end: int, exchange: bool) -> bool:
    """Whether a name's label opens someone's words: a turn of an exchange, or a line in their own words, not a title."""
    if _title_case(text, m.end(), end):
        return False
    return exchange or _speaks_itself(text, m.end(), end)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a title: three words or more, each capitalised but small ones."""
    words = [w for w in _TITLE_WORD_RE.findall(text, start, min(end, start + TITLE_CASE_READ)) if w not in SMALL_WORDS]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


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


def _block_end(text: str, lay: Layout, li: int, label_lines: set[int]) -> int:
    """Where a block of someone's words that begins with ``lay.lines[li]`` ends: the lines of its paragraph after the
    first go on it while they read as the speaker's (see :func:`_reads_as_speech`), up to page furniture, a label
    or a blank line. A line of the reporter's in the third person ("The two leaders last met in May") ends it."""
    return _text_end(text, lay, li, label_lines, paragraph=True)


def _reads_as_speech(text: str, start: int, end: int) -> bool:
    """Whether a line reads as a speaker's words: a dash-led turn, or a line in the first or second person or
    addressing the hearers."""
    return _DASH_RE.match(text, start) is not None or _speaker_words(text, start, end)


def _goes_on(text: str, lay: Layout, li: int, label_lines: set[int]) -> bool:
    """Whether ``lay.lines[li]`` can go on a block of someone's words: not page furniture, a label, nor a line that
    quotes or reports someone ("..., he said"): the article's own voice again."""
    s, e, kind = lay.lines[li]
    return kind is not BOILERPLATE and li not in label_lines and _REPORTS_RE.search(text, s, e) is None


def _text_end(text: str, lay: Layout, li: int, label_lines: set[int], paragraph: bool = False) -> int:
    """Where a printed speech that begins with ``lay.lines[li]`` ends: before a line that cannot go on it (with
    ``paragraph``, also at a blank line or a line that does not read as the speaker's)."""
    lines = lay.lines
    end = lines[li][1]
    for lj in range(li + 1, len(lines)):
        if paragraph and text.count("\n", lines[lj - 1][1], lines[lj][0]) > 1:
            break
        if not _goes_on(text, lay, lj, label_lines) or (paragraph and not _reads_as_speech(text, *lines[lj][:2])):
            break
        end = lines[lj][1]
    return end


def _titled(text: str, lay: Layout, label_lines: set[int]) -> list[Remark]:
    """A speech under the page's title naming it ("Statement by Secretary-General X", "X's statement and answers ..."):
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
    """Whether ``text[start:end]`` reads as a speaker's own words (see :func:`_speaker_words`), and nobody
    reported as saying anything."""
    return _REPORTS_RE.search(text, start, end) is None and _speaker_words(text, start, end)


def _speaker_words(text: str, start: int, end: int, words: re.Pattern[str] = _SPEAKER_WORDS_RE) -> bool:
    """Whether ``text[start:end]`` has a speaker's ``words`` outside quotations: "I", "we", "you", "Dear
    colleagues"; not in a sentence where the outlet speaks of itself ("As we reported", "We asked the ministry for
    comment")."""
    if words.search(text, start, end) is None:
        return False
    plain = _QUOTED_RE.sub(" ", text[start:end])
    if _OUTLET_RE.search(plain):
        plain = " ".join(sentence for sentence in _SENTENCE_END_RE.split(plain) if not _OUTLET_RE.search(sentence))
    return words.search(plain) is not None


def _introduced(text: str, lay: Layout, label_lines: set[int]) -> list[Remark]:
    """Blocks a line introduces: one ending in a colon with a word of saying ("X said:", "attributable to X:"),
    up to a blank line; or one naming a statement of someone ("released the address of X") before a paragraph
    that opens in the first person."""
    out: list[Remark] = []
    lines = lay.lines
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
            out.append(_remark(text, ns, _block_end(text, lay, li + 1, label_lines), RemarkForm.INTRO, (s, e)))
        elif not colon and _SPEECH_OF_RE.search(text, s, e) and _speaker_words(text, ns, lines[li + 1][1]):
            out.append(_remark(text, ns, lines[li + 1][1], RemarkForm.INTRO, (s, e)))
    for s, e, kind in lines:  # "Borrell wrote on his channel: Met Minister Fidan today ..."
        if kind is not TEXT_LINE or e - 2 <= s:
            continue  # (a line too short for a colon and a word: and no negative end for find)
        c = text.find(":", s, e - 2)
        while c >= 0 and not (text[c + 1] == " " and text[c + 2].isupper()):
            c = text.find(":", c + 1, e - 2)
        m = _SAID_COLON_RE.search(text, max(s, c - SAID_COLON_REACH), c + 1) if c >= 0 else None
        if m is not None and _DOCUMENT_SUBJECT_RE.match(text, s):
            continue  # "The joint declaration signed by A and B stated: ...": a document's words, no person's
        if m is not None and _QUOTE_MARK_RE.search(text, s, e) is None and not _is_list(text, c + 2, e):
            out.append(_remark(text, c + 2, e, RemarkForm.INTRO, (s, c)))  # (quoted: the quotation's rules read it)
    return out


# a line of its own that tags the words above it, the verb first, then only who spoke (a name and titles, no clause):
# "emphasized Mirzoyan.", "noted the head of the Armenian Foreign Ministry." (not "told X that ...", "thanked X for")
_TAG_LINE_RE = compile_fast(
    r"[ \t]*(?:" + phrases(INVERTED_TAG_VERBS) + r")[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*"
    r"(?:[ \t]+(?!that\b|for\b|to\b)[\w’'\-]+){0,7}[ \t]*\.[ \t]*"
)
_SENTENCE_ENDS_RE = compile_fast(r"[.!?:\"”»][ \t]*\Z")


def _tagged_below(text: str, lay: Layout, label_lines: set[int]) -> list[Remark]:
    """Words printed without quotation marks, a paragraph of their own whose line ends on a comma, tagged by the line
    right below it ("...the Almaty Declaration,\nemphasized Mirzoyan."): the tag's speaker's."""
    out: list[Remark] = []
    lines = lay.lines
    for li in range(1, len(lines)):
        s, e, kind = lines[li]
        ps, pe, pkind = lines[li - 1]
        if kind is not TEXT_LINE or pkind is not TEXT_LINE or text[pe - 1] != "," or text.count("\n", pe, s) != 1:
            continue  # (the cheap tests first: most lines end a sentence)
        if li in label_lines or (li - 1) in label_lines or _QUOTE_MARK_RE.search(text, ps, pe):
            continue  # a label's, or quoted: the quotation's rules read it
        above = lines[li - 2] if li >= 2 else None
        if above is not None and text.count("\n", above[1], ps) == 1 and not _SENTENCE_ENDS_RE.search(text, *above[:2]):
            continue  # the words go on a sentence of the line above: prose wrapped at a width, no paragraph of words
        if _TAG_LINE_RE.fullmatch(text, s, e):
            out.append(_remark(text, ps, pe - 1, RemarkForm.INTRO, (s, e)))
    return out


def _is_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a list of things ("Borders, transport links and the peace treaty."), not a
    clause: three items or more of a few words each, none in a speaker's own words."""
    items = _LIST_SPLIT_RE.split(text[start:end].strip().rstrip(".;"))
    if len(items) < 3 or any(len(item.split()) > LIST_ITEM_WORDS for item in items):
        return False
    return not _speaker_words(text, start, end)


def _signed(text: str, lay: Layout) -> list[Remark]:
    """An embedded post: the line above a signature line "— Name (@handle) date", or the words before a signature
    that ends their line ("... pic.twitter.com/x — Name (@handle) May 22, 2022")."""
    out: list[Remark] = []
    for li, (s, e, kind) in enumerate(lay.lines):
        if kind is BOILERPLATE or text.find("(@", s, e) < 0:
            continue
        m = _SIGNATURE_RE.match(text, text.rfind("\n", 0, s) + 1, e)
        if m is not None and li > 0:
            _ps, pe, pkind = lay.lines[li - 1]
            if pkind is not BOILERPLATE and text.count("\n", pe, s) <= 2:  # right above, or a blank line between
                out.append(_remark(text, _post_start(text, lay, li - 1), pe, RemarkForm.SIGNATURE, (s, e)))
            continue
        m = SIGNED_LINE_RE.search(text, s, e)
        if m is not None and m.start() > s:
            out.append(_remark(text, s, m.start(), RemarkForm.SIGNATURE, (m.start(), e)))
    return out


def _post_start(text: str, lay: Layout, li: int) -> int:
    """Where the post whose last line is ``lay.lines[li]`` begins: when the lines right above it (no blank line
    between) lead up to a line that introduces it ("He later tweeted:"), at the first of them; else that last line
    alone (lines above it may be the article's own)."""
    lines = lay.lines
    first = li
    while first > 0 and text.count("\n", lines[first - 1][1], lines[first][0]) <= 1:
        s, e, kind = lines[first - 1]
        if kind is not TEXT_LINE or e <= lay.body_start or _REPORTS_RE.search(text, s, e):
            break
        if text[e - 1] == ":":  # an introduction with a word of saying ("He later tweeted:"), not "UPDATE:"
            return lines[first][0] if _SPEECH_WORD_RE.search(text, s, e) else lines[li][0]
        first -= 1
    return lines[li][0]


def _answers(text: str, lay: Layout) -> list[Remark]:
    """An interview printed as dash-led paragraphs: each that follows a question ("— ...?") is an answer, up to the
    next dash-led paragraph. Its speaker is named in the paragraph just before the first dash, which speaks of the
    interview ("X was interviewed by ..."). Dash-led links ("- Related: ...") are no interview, nor answers none of
    which speaks in the first person (an explainer's)."""
    lines = lay.lines
    dashed = [li for li, (s, _, kind) in enumerate(lines) if kind is not BOILERPLATE and _dash_led(text, s)]
    if not dashed:
        return []
    intro = _paragraph_before(text, lay, dashed[0])
    if intro is None or INTERVIEW_RE.search(text, *intro) is None:
        return []
    out: list[Remark] = []
    question = False
    asked = False  # a question put to someone ("how do you assess ...?"): an interview's, not an explainer's
    for li in dashed:
        s = lines[li][0]
        dash = _DASH_RE.match(text, s)
        if dash is not None and _LINK_RE.match(text, dash.end()):
            return []
        turn = _turn_lines(text, lines, li)
        if question:
            out.append(_remark(text, s, lines[turn[-1]][1], RemarkForm.ANSWER, intro))
            question = False
        else:  # a question may run over paragraphs: "— My first question is about ...\n\nIs there any progress?"
            question = any(text[lines[lj][0] : lines[lj][1]].rstrip(" )").endswith("?") for lj in turn)
            asked = asked or (
                question
                and (
                    _VOCATIVE_RE.match(text, s) is not None
                    # put to the one interviewed: "- What can you say about ...?", "- How do you assess ...?"
                    or any(_YOU_RE.search(text, lines[lj][0], lines[lj][1]) for lj in turn)
                )
            )
    if not asked and not any(_speaker_words(text, r.start, r.end, _FIRST_PERSON_RE) for r in out):
        return []  # an explainer's questions and answers ("- What is the corridor? - A road through ...")
    return out


def _plain_answers(text: str, lay: Layout) -> list[Remark]:
    """An interview printed as plain paragraphs: a paragraph that is one question put to the one interviewed ("What
    will be the main topic of your visit?"), and the paragraphs of text after it, when they speak in the first person,
    are an answer. The interview is told (and its speaker named) in a paragraph before the first question."""
    lines = lay.lines
    asked = [li for li, (s, e, kind) in enumerate(lines) if kind is not BOILERPLATE and _asks_you(text, s, e)]
    questions = set(asked)
    if not asked:
        return []
    told = [
        li
        for li in range(max(0, asked[0] - INTRO_BEFORE), asked[0])
        if lines[li][2] is not BOILERPLATE and lines[li][0] >= lay.body_start and INTERVIEW_RE.search(text, *lines[li][:2])
    ]
    if not told or _REPORTED_FROM_RE.search(text, *lines[told[-1]][:2]):
        return []  # no interview told just before the first question, or one only quoted from ("said in an interview")
    intro = lines[told[-1]][:2]
    out: list[Remark] = []
    for li in asked:
        turn = list(itertools.takewhile(lambda lj: lj not in questions, _turn_lines(text, lines, li)[1:]))
        if not turn:
            continue
        start, end = lines[turn[0]][0], lines[turn[-1]][1]
        if _answers_in_own_words(text, start, end):
            out.append(_remark(text, start, end, RemarkForm.ANSWER, intro))
    return out


def _answers_in_own_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` speaks in the first person and is no report: it quotes no one, and the outlet does
    not speak of itself in it ("Residents we spoke to ...", "Our readers answered")."""
    return (
        _speaker_words(text, start, end, _FIRST_PERSON_RE)
        and not _QUOTE_MARK_RE.search(text, start, end)
        and not _OUTLET_RE.search(text, start, end)
    )


INTRO_BEFORE = 2  # how many paragraphs before the first question the interview may be told (a short biography between)
# an interview only quoted from: "X said in an interview last week that ..." (not "X told the agency in an interview
# on Monday. Below are his answers")
_REPORTED_FROM_RE = compile_fast(
    r"\b(?:said|says|told|tells|stated|noted)\b[^.;\n]{0,40}\bin[ \t]+an[ \t]+interview\b[^.;\n]{0,40}\bthat\b"
)


QUESTION_LONGEST = 300  # the most characters a question paragraph of an interview has
_YOUR_RE = compile_fast(r"\b(?i:you|your)\b")  # a question put to someone


def _asks_you(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is one question put to someone ("How do you see ...?"), told plainly (not
    quoted, not led by a dash)."""
    if text.rfind("?", start, end) < 0:
        return False  # (most lines ask nothing: looked for before the line is copied)
    line = text[start:end].rstrip(" \t)")
    return (
        line.endswith("?")
        and len(line) <= QUESTION_LONGEST
        and not _dash_led(text, start)
        and not _QUOTE_OPENS_RE.match(text, start)
        and _YOUR_RE.search(text, start, end) is not None
    )


def _turn_lines(text: str, lines: list[tuple[int, int, LineKind]], li: int) -> list[int]:
    """The lines of an interview's turn that opens with the dash-led ``lines[li]``: it and the paragraphs of text
    after it up to the next dash-led one."""
    turn = [li]
    for lj in range(li + 1, len(lines)):
        if lines[lj][2] is not TEXT_LINE or _dash_led(text, lines[lj][0]):
            break
        turn.append(lj)
    return turn


def _dash_led(text: str, line_start: int) -> bool:
    """Whether the line whose first character is at ``line_start`` opens with a dash."""
    return text[line_start] in "—–-" and _DASH_RE.match(text, line_start) is not None


# a line that is only a day, perhaps with its hour: "March 13, 2023 00:22", "13 March 2023, 10:15", "13.03.2023"
_STAMP_LINE_RE = compile_fast(
    r"[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?[ \t]+\d{1,2}:\d{2})?[ \t]*"
)


def _paragraph_before(text: str, lay: Layout, li: int) -> tuple[int, int] | None:
    """The paragraph of running text just before ``lay.lines[li]``: the lines before it up to a blank line."""
    lines = lay.lines
    j = li - 1
    if j > 0 and _STAMP_LINE_RE.fullmatch(text, lines[j][0], lines[j][1]):
        j, li = j - 1, li - 1  # a time stamp between the introduction and the first question: "March 13, 2023 00:22"
    if j < 0 or lines[j][2] is BOILERPLATE or lines[j][1] <= lay.body_start:
        return None
    while j > 0 and lines[j - 1][2] is TEXT_LINE and text.count("\n", lines[j - 1][1], lines[j][0]) <= 1:
        j -= 1
    return max(lines[j][0], lay.body_start), lines[li - 1][1]


