"""Direct quotations and who said them.

Quotation marks are paired in one pass per kind: double marks (curly or straight, nested, unclosed, cut off, or
running over paragraphs), then single marks outside them, told from apostrophes by where they stand. Each quotation
is then attributed from the words around it: ``"...," X said``, ``X said: "..."``, ``said X``, "according to X",
"X quoted Y as saying", a colon after any verb, pronouns ("he added"), roles and descriptions ("the Turkish FM
said", "the head of the European Commission"), two people together ("A and B said", "they said": one statement each),
institutions ("the statement said"); a quotation with no attribution of its own continues what comes before it.
Words printed without quotation marks (a transcript's ``SPEAKER:`` lines, "X said:" blocks, printed speeches,
embedded posts, interview answers) are found by :mod:`.remarks` and attributed here. Short quotes that no speech
verb introduces are scare quotes or titles, not statements.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence

from .._data import once
from ..model import Channel, ParticipantKind
from ..registry import outlets
from ._regex import AT_WORD_START, Folded, compile_fast, letter_led_words, phrase, phrases, word_trie
from ._text import Layout
from .people import LEADER_TITLE_RE, NOT_THE_HOLDER_RE, Index, commentator_around, norm, person_titles
from .remarks import INTERVIEW_RE, NAME_LABEL_RE, Remark, RemarkForm
from .types import BOILERPLATE, HEADING, OFFICE, ORG, PERSON, PLACE, TEXT_LINE, Mention, Mentions, Quote, Said
from .vocabulary.speech import SPEECH_NOUNS, SPEECH_VERBS, SPOKE_OF, speech_forms
from .vocabulary.titles import (
    CHIEF_DIPLOMAT_TITLES,
    COMMENTATOR_ROLES,
    FIELD_HEADS,
    FIELD_ROLES,
    GROUP_ROLES,
    HEADS_OF,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_TITLES,
    SPEAKS_FOR_TITLES,
    TITLE_WORDS,
)
from .vocabulary.words import (
    ANSWER_LABELS,
    DETERMINERS,
    INSTITUTION_NOUNS,
    NAME_PARTICLES,
    NOT_SPEAKERS,
    ORGAN_WORDS,
    OUTLET_NOUNS,
    PLURAL_SUBJECTS,
    PREPOSITIONS,
    PRONOUNS,
    SMALL_WORDS,
)

__all__ = ["PRESS_SUBJECT_BEFORE", "SAID_BEFORE_RE", "attribute_all", "find_quotes", "press_subject_re"]

#: A verb or phrase of saying (the table's ``quotes`` column): the words that introduce a quotation. Phrases open
#: with either case ("According to X"); verbs are lower case, matched as one trie of shared beginnings.
SPEECH_RE = compile_fast(
    r"\b(?:"
    + "|".join(f"[{v.form[0].upper()}{v.form[0]}]{phrase(v.form)[1:]}" for v in SPEECH_VERBS if v.quotes and v.phrase)
    + "|"
    + word_trie(v.form for v in SPEECH_VERBS if v.quotes and not v.phrase)
    + r")\b"
)
#: Speech words whose speaker follows them: "according to X", "quoted X as saying", "read the statement".
SPEECH_AFTER = frozenset(speech_forms(speaker_after=True))
#: Phrases that hold their speaker as a pronoun: "In his words, '...'".
OWN_PRONOUN = frozenset(speech_forms(own_pronoun=True))
#: Verbs that name what their object is ('described it as a "welcome signal"'): the name is the speaker's words.
NAMING_VERBS = frozenset(speech_forms(names=True))


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "’'-"


NAME_REACH = 60  # how far a window's edge may move to take in a name it cuts (no name is longer)


def _name_word_at(text: str, pos: int, step: int) -> int:
    """The end (``step`` 1) or start (``step`` -1) of a capitalised word beginning or ending at ``pos``, or -1 (also
    for a "word" longer than any name)."""
    if step > 0:
        if pos >= len(text) or not text[pos].isupper():
            return -1
        stop = min(len(text), pos + NAME_REACH)
        while pos < stop and _word_char(text[pos]):
            pos += 1
        return pos if pos < stop or pos == len(text) else -1
    w, stop = pos, max(0, pos - NAME_REACH)
    while w > stop and _word_char(text[w - 1]):
        w -= 1
    return w if w < pos and text[w].isupper() and (w > stop or w == 0) else -1


def ahead(text: str, pos: int, end: int) -> int:
    """The end of a window of characters, moved on past the word and the name it would cut in two ("spokesperson
    Ayhan Ha|cızade", "Ayhan |Hacızade"), at most to ``end``: a window's edge never splits a name."""
    pos = min(pos, end)
    end = min(end, pos + NAME_REACH)
    if pos <= 0:
        return pos
    while pos < end and _word_char(text[pos - 1]) and _word_char(text[pos]):
        pos += 1
    while pos < end:
        last = pos
        while last > 0 and text[last - 1] in " \t":
            last -= 1
        nxt = pos
        while nxt < end and text[nxt] in " \t":
            nxt += 1
        if nxt == last or _name_word_at(text, last, -1) < 0:
            return pos  # no capitalised word before the edge, or none after it
        after = _name_word_at(text, nxt, 1)
        if after < 0 or after > end:
            return pos
        pos = after
    return pos


def back(text: str, pos: int, floor: int) -> int:
    """The start of a window of characters, moved back before the word and the name it would cut in two, at least
    to ``floor`` (see :func:`ahead`)."""
    pos = max(pos, floor)
    floor = max(floor, pos - NAME_REACH)
    if pos >= len(text):
        return pos
    while pos > floor and _word_char(text[pos - 1]) and _word_char(text[pos]):
        pos -= 1
    while pos > floor:
        first = pos
        while first < len(text) and text[first] in " \t":
            first += 1
        prev = pos
        while prev > floor and text[prev - 1] in " \t":
            prev -= 1
        if prev == first or first >= len(text) or not text[first].isupper():
            return pos
        before = _name_word_at(text, prev, -1)
        if before < floor:
            return pos
        pos = before
    return pos


def _form(vm: re.Match[str]) -> str:
    """The table form of a speech verb the text matched: lower case, one space between words ("attributable  to")."""
    return " ".join(vm.group().lower().split())


_MARK_CHARS = '"“”„«»'
_MARK_RE = compile_fast(f"[{_MARK_CHARS}]")
_OPENERS = "“„«"
_CLOSERS = "”»"
_OPEN_CONTEXT = " \t\n\r([{—–-/:\u00a0"
_MAX_LINES = 4  # a quotation may run over this many line breaks without reopening marks

# -- how far the rules look -----------------------------------------------------------------------------------
FRAME_AFTER = 200  # after a closing mark: where ', X said' is looked for
VERB_AFTER_QUOTE = 90  # ... the verb within this many characters of it (further, only after a comma: see _attribute)
SPEAKER_AFTER_VERB = 90  # 'said X', 'according to X': the speaker this close after the verb
FRAME_BEFORE = 300  # before an opening mark: where 'X said: "' is looked for, within the sentence
SUBJECT_BEFORE_VERB = 160  # 'X said': the speaker this close before the verb
PHRASE_BEFORE = 40  # the words before a short quotation that make it a phrase named ('a "frank" talk')
WORD_BEFORE = 30  # where the word before a name is read ("adviser to X")
NAME_LEAD = 80  # the capitalised words before a name (its titles: "Azerbaijani President ")
INSTITUTION_LEAD = 40  # the words before an institution ("ties with the OSCE": not who spoke)
INSTITUTION_BACK = 200  # how far back the institution a noun ("the ministry said") stands for is named
ANTECEDENT_REACH = 600  # how far back in a sentence "he" looks for the person it stands for ...
ANTECEDENT_SENTENCES = 5  # ... and in how many sentences
ROLE_HOLDER_BACK = 3000  # how far back "the diplomat", "the Russian leader" looks for its holder
WORDS_READ = 400  # how much of a quotation is read to count its first words
SPLIT_GAP = 120  # the most between the halves of a quotation split around its attribution
CONTINUED_LINES = 6  # a paragraph that is only a quotation continues a speaker named this many lines before
VERBS_TRIED = 3  # before a quotation: how many speech verbs, the last first, are tried for its speaker
JOINT_REACH = 300  # "A, an aide to X, and B, the secretary of Y, told": the most from the first name to the verb


_VERB_AT_RE = compile_fast(rf"(?:{phrases(speech_forms(plain=True))})[ \t]")  # right after a mark: its quotation's verb
_HE_SAID_AT_RE = compile_fast(rf"(?:he|she|they)[ \t]+(?:{phrases(speech_forms(plain=True))})\b")  # '”he said'
# '..., "Mammadyarov assured.': a name and its verb closing the clause right after a mark
_NAME_SAID_AT_RE = compile_fast(
    rf"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){{0,2}}[ \t]+(?:{phrases(speech_forms())})[ \t]*[.,;]"
)
# '..., " the analyst said.': after a mark and a space, the saying of its quotation, short, closing the clause
_SPACED_SAID_AT_RE = compile_fast(
    r"[ \t]+(?:he|she|they|(?:the|[A-Z][\w’'\-]+)(?:[ \t]+[\w’'\-]+){0,2})"
    rf"[ \t]+(?:{phrases(speech_forms(plain=True))})[ \t]*[.,;]"
)
# after a closing mark that opens nothing: its saying at once (', he said', ', Pashinyan added', ', said X')
_UNOPENED_FRAME_RE = compile_fast(
    rf"[ \t]*,[ \t]*(?:(?:he|she|they|[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){{0,2}})[ \t]+)?"
    rf"(?:{phrases(speech_forms(plain=True))})\b"
)
_UNOPENED_WORDS = 6  # the fewest words of a paragraph whose opening mark was left out


def _misplaced_close(text: str, pos: int, saying: re.Pattern[str]) -> bool:
    """Whether the mark at ``pos`` closes the quotation before it though typed as if it opened one: it follows a comma
    or full stop and a space, and the words of its saying follow it at once."""
    prev = text[pos - 1] if pos > 0 else " "
    return prev.isspace() and text[pos - 2 : pos - 1] in (",", ".") and saying.match(text, pos + 1) is not None


def _kind(text: str, pos: int) -> str:
    ch = text[pos]
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    if ch in _OPENERS:
        if not prev.isspace() and prev not in _OPEN_CONTEXT and (nxt.isspace() or nxt in ",.;:!?"):
            return "close"
        if _misplaced_close(text, pos, _VERB_AT_RE):
            return "close"  # '..., “added the minister': a closing mark typed the wrong way round
        return "open"
    if ch in _CLOSERS:
        if (prev.isspace() or prev in "([") and nxt.isalnum():
            # '... unstable, ”he said': a space typed before the closing mark, none after
            # ('... killed and injured, ”Putin said.': a name and its verb, after a comma; after a full stop the mark may
            # open the next quotation in an outlet that types ” for both: '... in Sochi. ”Aliyev said, we are ready')
            said = _misplaced_close(text, pos, _HE_SAID_AT_RE) or (
                text[pos - 2 : pos - 1] == "," and _misplaced_close(text, pos, _NAME_SAID_AT_RE)
            )
            return "close" if said else "open"
        return "close"
    # a straight quote: read from its neighbours
    if prev.isspace() and _misplaced_close(text, pos, _NAME_SAID_AT_RE):
        return "close"  # '... in everyone, "Mammadyarov assured.': a space typed before the closing mark, none after
    if prev.isspace() and nxt.isspace() and text[pos - 2 : pos - 1] == "," and _SPACED_SAID_AT_RE.match(text, pos + 1):
        return "close"  # '... its intentions, " the analyst said.': spaces typed around the closing mark
    if prev in _OPEN_CONTEXT or prev in _OPENERS:
        return "open" if not nxt.isspace() else "none"
    if nxt.isalnum() and prev.isalnum():
        return "none"
    return "close"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quotes(text: str, lay: Layout, skip: list[tuple[int, int]]) -> list[Quote]:
    """Quotations of ``text`` outside boilerplate lines and outside the ``skip`` spans (transcript remarks): double
    marks first, then single marks outside them; a quotation inside another is part of it, not one of its own."""
    skip_starts = [s for s, _ in skip]

    def skipped(pos: int) -> bool:
        i = bisect.bisect_right(skip_starts, pos) - 1
        return i >= 0 and skip[i][0] <= pos < skip[i][1]

    doubles = _double_quotes(text, lay, skipped if skip else None)
    singles = _single_quotes(text, lay, skipped if skip else None, doubles)
    if not singles:
        return doubles
    out: list[Quote] = []
    si = 0
    for q in doubles:  # both lists are in text order and do not overlap within themselves
        while si < len(singles) and singles[si].open < q.open:
            out.append(singles[si])
            si += 1
        if out and out[-1].close is not None and out[-1].open < q.open < out[-1].close:
            continue  # '... "bridge-building" ...': inside a single-quoted quotation
        out.append(q)
    out.extend(singles[si:])
    return out


def _nets_after(kinds: list[str]) -> list[int]:
    """For each mark of a line, the closing marks after it less the opening ones: how many quotations it may end."""
    nets = [0] * len(kinds)
    net = 0
    for i in range(len(kinds) - 1, -1, -1):
        nets[i] = net
        net += 1 if kinds[i] == "close" else -1 if kinds[i] == "open" else 0
    return nets


def _double_quotes(text: str, lay: Layout, skipped: Callable[[int], bool] | None) -> list[Quote]:
    """Quotations in double marks, paired in one pass: curly or straight, nested, unclosed, cut off, or running
    over paragraphs."""
    out: list[Quote] = []
    open_at: int | None = None
    open_line_end = 0  # the end of the line the open quotation began on
    breaks = 0
    last_pos = 0
    depth = 0  # quotations nested inside the open one ('"... a "bridge-building" role ..."')

    def finish(close: int | None, end: int) -> None:
        assert open_at is not None
        s, e = _trim(text, open_at + 1, end)
        if e > s:
            out.append(Quote(open_at, close, s, e))

    for line_start, line_end, line_kind in lay.lines:  # marks lie on lines; boilerplate lines are skipped
        if line_kind is BOILERPLATE:
            continue
        marks = [m.start() for m in _MARK_RE.finditer(text, line_start, line_end)]
        if not marks:
            continue
        if skipped:
            marks = [pos for pos in marks if not skipped(pos)]
        kinds = [_kind(text, pos) for pos in marks]
        nets: list[int] | None = None  # worked out for the line when a quotation may be nested
        for i, pos in enumerate(marks):
            kind = kinds[i]
            if kind == "none":
                continue
            if open_at is not None:
                breaks += text.count("\n", last_pos, pos)
                last_pos = pos
                if breaks > _MAX_LINES or (line_kind is HEADING and breaks):
                    finish(None, open_line_end)
                    open_at = None
            if open_at is None:
                if kind == "open":
                    open_at, open_line_end, breaks, last_pos, depth = pos, line_end, 0, pos, 0
                elif kind == "close" and i == 0 and line_kind is TEXT_LINE and _unopened(text, line_start, pos):
                    out.append(Quote(line_start, pos, *_trim(text, line_start, pos)))
                continue
            if kind == "close":
                if depth:
                    depth -= 1
                    continue
                finish(pos, pos)
                open_at = None
                continue
            # an opening mark while a quotation is open
            if breaks and line_start == pos and not _fragment(text, open_at):
                breaks = 0  # a new paragraph that reopens the quotation continues it
                continue
            if not breaks and text[pos] in _OPENERS and text[open_at] in _OPENERS:
                nets = nets if nets is not None else _nets_after(kinds)
                if nets[i] >= depth + 2:
                    depth += 1  # a curly quotation inside: this line closes it and the open one after it
                    continue
            finish(None, min(open_line_end, pos))
            open_at, open_line_end, breaks, last_pos, depth = pos, line_end, 0, pos, 0
    if open_at is not None:
        finish(None, open_line_end)
    return out


def _unopened(text: str, line_start: int, close: int) -> bool:
    """Whether a paragraph's first mark closes a quotation whose opening mark was left out: the paragraph's words up to
    it are a remark of some length, and its saying follows the mark ('We hope for peace in the region", he said.')."""
    return _UNOPENED_FRAME_RE.match(text, close + 1) is not None and len(text[line_start:close].split()) >= _UNOPENED_WORDS


def _fragment(text: str, open_at: int) -> bool:
    """Whether the quotation opened at ``open_at`` is a fragment inside a sentence ('credited to "the patient work
    of ...'): opened within a line, on a small letter. Left open at its paragraph's end, it was not
    closed, rather than going on in the next paragraph as a speech quoted over several does."""
    line_start = text.rfind("\n", 0, open_at) + 1
    return text[open_at + 1 : open_at + 2].islower() and bool(text[line_start:open_at].strip())


# a single mark not inside a word ("Azerbaijan’s", "don’t"): the class first, so that the engine scans for it
_SINGLE_RE = compile_fast("['‘’‚‹›](?:(?<!\\w.)|(?!\\w))")
_SINGLE_OPENERS = "‘‚‹"
_SINGLE_CLOSERS = "’›"
_AFTER_CLOSE = ' \t\n\r,.;:!?)]}—–-…\u00a0"“”»'


def _single_kind(text: str, pos: int) -> str:
    """What a single mark is, read from its neighbours: "open", "close", "weak" (a closing mark or the apostrophe of a
    plural possessive: "the leaders’ talks"), or "none" (an apostrophe: "Azerbaijan’s", "don’t", "’90s")."""
    ch = text[pos]
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return "none"  # inside a word
    if nxt in "sS" and not text[pos + 2 : pos + 3].isalpha() and not prev.isspace():
        return "none"  # a possessive after a mark or a symbol: "🇦🇿's"
    if prev.isspace() or prev in _OPEN_CONTEXT or prev in '“"„«' or pos == 0:
        if nxt.isspace() or (nxt.isdigit() and ch not in _SINGLE_OPENERS):
            return "none"  # a mark alone, or an elided year ("’90s")
        return "open" if ch not in _SINGLE_CLOSERS or nxt.isalpha() else "none"
    if ch in _SINGLE_OPENERS and nxt.isalnum():
        return "none"
    if nxt not in _AFTER_CLOSE:
        return "none"
    if prev in "sS" and nxt in " \t\u00a0" and text[pos + 2 : pos + 3].isalnum():
        return "weak"
    return "close"


def _single_quotes(text: str, lay: Layout, skipped: Callable[[int], bool] | None, doubles: list[Quote]) -> list[Quote]:
    """Quotations in single marks outside double-marked ones: an opening mark where one can stand, closed by the first
    closing mark after it in its line; a possessive's apostrophe closes only when nothing else does. A curly one left
    open goes on in the next paragraph when that one opens with a mark again (British style), or to the end of a text
    cut off inside it."""
    out: list[Quote] = []
    d_opens = [q.open for q in doubles]

    def in_double(pos: int) -> bool:
        i = bisect.bisect_right(d_opens, pos) - 1
        if i < 0:
            return False
        q = doubles[i]
        return q.open < pos < (q.close if q.close is not None else q.end)

    lines = [line for line in lay.lines if line[2] is not BOILERPLATE]
    carried: int | None = None  # a quotation opened in a paragraph before, reopened at the start of this one
    for li, (line_start, line_end, _kind) in enumerate(lines):
        marks = [m.start() for m in _SINGLE_RE.finditer(text, line_start, line_end)]
        marks = [pos for pos in marks if not in_double(pos) and not (skipped and skipped(pos))]
        if carried is not None and marks and marks[0] == line_start and text[line_start] == "‘":
            marks = marks[1:]  # "‘...\n\n‘...,’ he said": a paragraph that reopens the quotation continues it
        elif carried is not None:
            carried = None
        if not marks and carried is None:
            continue
        kinds = [_single_kind(text, pos) for pos in marks]
        # a weak mark closes only when no closing mark follows it before the next opening one
        closer_after = [False] * len(kinds)
        seen = False
        for i in range(len(kinds) - 1, -1, -1):
            closer_after[i] = seen
            if kinds[i] == "open":
                seen = False
            elif kinds[i] in ("close", "weak"):
                seen = True
        open_at: int | None = carried
        carried = None
        for pos, kind, later in zip(marks, kinds, closer_after, strict=True):
            if kind == "open":
                open_at = pos  # an earlier opening mark left open was an apostrophe ("rock 'n' roll")
            elif open_at is not None and (kind == "close" or (kind == "weak" and not later)):
                s, e = _trim(text, open_at + 1, pos)
                if e > s:
                    out.append(Quote(open_at, pos, s, e))
                open_at = None
        if open_at is not None and text[open_at] == "‘" and text[open_at + 1 : open_at + 2].isalpha():
            nxt = lines[li + 1][0] if li + 1 < len(lines) else -1
            if nxt >= 0 and text[nxt] == "‘" and text[open_at + 1].isupper():
                carried = open_at  # the quotation goes on in the next paragraph
            elif nxt < 0:  # the text is cut off inside the quotation
                s, e = _trim(text, open_at + 1, line_end)
                if e > s:
                    out.append(Quote(open_at, None, s, e))
    return out


_PRON_RE = re.compile(letter_led_words([*PRONOUNS, *(p.capitalize() for p in PRONOUNS)]))
#: "according to him,", "quoted her as saying": "her" only where no noun follows it ("according to her office")
_OBJECT_PRON_RE = compile_fast(r"\b(?:him\b|her\b(?=\s*[,:;.—–-]|\s+as\b))")
_QUOTING_RE = re.compile(letter_led_words(speech_forms(relays=True)))
_LEAD_PUNCT_RE = compile_fast(r"[\s,.;:!?—–-]*")
_CLAUSE_END_RE = compile_fast(r"[;!?\n]")  # a full stop ends the clause as the sentence ends (not "U.S.")
_WORD, _NOT_WORD = r"[\w’'\-]", r"[^\w’'\-]"  # the characters of a word, and the others
_WORD_RE = compile_fast(_WORD + "+")
# the last word of a window: the engine takes all, then gives back to the last non-word character before a word
_LAST_WORD_RE = re.compile(rf"(?s:.*{_NOT_WORD})?({_WORD}++){_NOT_WORD}*+\Z")
# up to five capitalised words ("Azerbaijani President ", "Minister of Foreign Affairs ", "Ambassador to Iran ")
# ending where a name begins; it opens with a capital, which the engine skips to, and possessive runs never give back
# what cannot help
_NAME_WORD = r"[A-Z][\w’'.\-]*+[ \t]++(?:(?:of|to)[ \t]++(?:the[ \t]++)?(?=[A-Z]))?"
_NAME_LEAD_RE = re.compile(_NAME_WORD + "(?:" + _NAME_WORD + r"){0,4}\Z")
_ORG_NOUN = Folded(r"\b" + word_trie({w.lower() for w in INSTITUTION_NOUNS}) + r"\b")
_ORG_NOUN_LONGEST = max(len(w.lower()) for w in INSTITUTION_NOUNS)
# between an institution and a name, the rest of a title: "spokesperson", "Deputy Head", "press secretary"
_TITLE_TOKEN = r"(?:[A-Z][\w\-]*|(?i:" + phrases(TITLE_WORDS | {"press"}) + r"))"  # a capitalised word or a title's
_TITLE_GAP_RE = re.compile(rf"[ \t]+(?:{_TITLE_TOKEN}[ \t]+){{0,4}}")
# "the State Department spokesman, Ned Price": a title word, a comma, then the name in apposition
_TITLE_COMMA_GAP_RE = re.compile(
    rf"[ \t]+(?:{_TITLE_TOKEN}[ \t]+){{0,3}}(?i:{phrases(TITLE_WORDS)}),[ \t]+(?:[A-Z][\w\-]*[ \t]+){{0,3}}"
)
_SPEAKER_KINDS = (PERSON, ORG, OFFICE)  # the mentions a quotation can be attributed to


# after an organization's name: one of its people, unnamed ("the EU representative said", "an OSCE official"; not "the
# Kremlin spokesman Dmitry Peskov")
_MEMBER_NOUN_AFTER_RE = compile_fast(
    r"[ \t]+(?:(?:senior|high-ranking|top|chief)[ \t]+)?(?:representative|official|diplomat|source|envoy|delegate"
    r"|negotiator|staffer|insider)s?\b(?![ \t]+[A-Z]|,[ \t]+[A-Z])"
)


def _unnamed_member(text: str, mm: Mention) -> Mention:
    """An organization's mention, or, when a noun of one of its people follows it ("the EU representative"), the
    mention of that person, unnamed: whose words they say is not told (not the organization's)."""
    m = _MEMBER_NOUN_AFTER_RE.match(text, mm.end)
    return mm if m is None else Mention(mm.start, m.end(), OFFICE)


class _Ctx:
    def __init__(self, text: str, lay: Layout, idx: Index, mentions: Mentions, quotes: list[Quote]) -> None:
        self.text = text
        self.lay = lay
        self.idx = idx
        # every mention, in text order: kind and being outside quotations are asked only of the few in a window
        self.mentions = [_unnamed_member(text, mm) if mm.kind is ORG else mm for mm in mentions.items]
        self._mentions = mentions
        self.starts = [m.start for m in self.mentions]
        self.quotes = quotes
        self.qstarts = [q.open for q in quotes]
        self.last_speaker: tuple[str, int] | None = None
        #: an interview's introduction -> whom it is with
        self.interviewees: dict[tuple[int, int], tuple[str, tuple[int, int]] | None] = {}
        #: whom an interview's "Answer:" lines are of, once read
        self.answerer: tuple[str, tuple[int, int]] | None = None
        self.answerer_read = False
        #: the ids of the people, organizations and offices the text names
        self.named = {mm.pid for mm in self.mentions if mm.pid and mm.kind in _SPEAKER_KINDS}
        #: where the body first names someone "he" may stand for (after the end of the text when it names no one)
        self.first_he = next((mm.start for mm in self.mentions if mm.start >= lay.body_start and _may_be_he(mm)), len(text))
        # institution nouns are matched on the lower-cased text when it keeps every position (see Folded)
        self._lower = lay.lower
        #: sentence start -> the starts, ends and matches of its speech verbs read so far, and the scan that reads on
        self._verbs: dict[int, tuple[list[int], list[int], list[re.Match[str]], Iterator[re.Match[str]]]] = {}

    def last_speech_verb(self, sentence: tuple[int, int], a: int, b: int) -> re.Match[str] | None:
        """The last speech verb within ``text[a:b]`` outside quotations. A sentence's verbs are read once, from its
        start, as far as a quotation needs, and kept: a long sentence of many quotations is not scanned again for each."""
        sentence_start, end = sentence
        if b > end:  # past the sentence's end (a line the sentences leave out): search the window itself
            verbs = list(SPEECH_RE.finditer(self.text, a, b))
            lo, hi = 0, len(verbs)
        else:
            found = self._verbs.get(sentence_start)
            if found is None:
                found = self._verbs[sentence_start] = ([], [], [], SPEECH_RE.finditer(self.text, sentence_start, end))
            starts, ends, verbs, scan = found
            while not ends or ends[-1] <= b:  # read on until a verb ends past b: the scan never goes over a verb twice
                vm = next(scan, None)
                if vm is None:
                    break
                starts.append(vm.start())
                ends.append(vm.end())
                verbs.append(vm)
            lo, hi = bisect.bisect_left(starts, a), bisect.bisect_right(ends, b)  # verbs do not overlap: ends ascend
        for i in range(hi - 1, lo - 1, -1):
            if not self.in_quote(verbs[i].start()) and not _passive(self.text, verbs[i]):
                return verbs[i]
        return None

    def org_nouns(self, a: int, b: int) -> Iterator[re.Match[str]]:
        """The institution nouns ("ministry", "statement") within ``text[a:b]``, matched ignoring case."""
        return _ORG_NOUN.finditer(self.text, self._lower, a, b)

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.qstarts, pos) - 1
        if i < 0:
            return False
        q = self.quotes[i]
        return q.open <= pos < (q.close if q.close is not None else q.end)

    def starting_within(self, a: int, b: int) -> list[Mention]:
        """The mentions of any kind starting within ``text[a:b]``."""
        i = bisect.bisect_left(self.starts, a)
        return self.mentions[i : bisect.bisect_left(self.starts, b, i)]

    def between(self, a: int, b: int) -> list[Mention]:
        """The mentions of people, organizations and offices within ``text[a:b]`` outside quotations."""
        return [
            mm for mm in self.starting_within(a, b) if mm.kind in _SPEAKER_KINDS and mm.end <= b and not self.in_quote(mm.start)
        ]

    def first_between(self, a: int, b: int, accept: Callable[[Mention], bool]) -> Mention | None:
        """The first of ``between(a, b)`` that ``accept`` takes, without listing the rest."""
        for mm in self.starting_within(a, b):
            if mm.kind in _SPEAKER_KINDS and mm.end <= b and not self.in_quote(mm.start) and accept(mm):
                return mm
        return None

    def titled_person(self, org: Mention) -> Mention:
        """The person an institution's name is the title of ("Russian Security Council Secretary X",
        "Foreign Ministry spokeswoman X", "the State Department spokesman, X"): named right after it, only title
        words between; else the institution.
        The name belongs to the title: it counts even past the end of the window the institution was found in."""
        i = bisect.bisect_right(self.starts, org.start)
        while i < len(self.mentions) and self.mentions[i].start < org.end:
            i += 1
        if i < len(self.mentions):
            mm = self.mentions[i]
            between = self.text[org.end : mm.start]
            if mm.kind is PERSON and mm.pid and (_TITLE_GAP_RE.fullmatch(between) or _TITLE_COMMA_GAP_RE.fullmatch(between)):
                return mm
        return org

    def person_titles(self, pid: str) -> list[tuple[str | None, str]]:
        """The (country, title) pairs of a person, from the text and, on the day it was published, the registry."""
        return person_titles(pid, self.idx, self._mentions, self.lay.published)

    def word_before(self, pos: int, governing: bool = False) -> str:
        """The last word of the 30 characters before ``pos``, lower-cased ("" when there is none); ``governing``: only
        a word that only spaces part from ``pos`` (not the last word of a quotation: '"... comment on," X said')."""
        m = _LAST_WORD_RE.match(self.text, max(0, pos - WORD_BEFORE), pos)
        if m is None or (governing and self.text[m.end(1) : pos].strip(" \t")):
            return ""
        return m.group(1).lower()

    def usable(self, mm: Mention) -> bool:
        if mm.kind is OFFICE and not mm.pid:
            return False
        if mm.possessive and mm.kind is not ORG:
            return False
        if mm.kind is ORG:  # "ties with the OSCE states" is not who spoke; "issued by the ministry" is
            words = _words_before(self.text, mm.start)
            if words and words[-1] == "the":
                words.pop()
            return not words or words[-1] not in PREPOSITIONS or words[-1] == "by"
        # "adviser to Turkish President X": look past the capitalised words before the name,
        # within its sentence ("... on Friday. Ibrahim Kalin said" is not "on Ibrahim Kalin")
        sentence_start = self.lay.sentence_at(mm.start)[0]
        if sentence_start > mm.start:
            sentence_start = 0
        start = _name_start(self.text, sentence_start, mm)
        if start <= sentence_start:
            return True  # the name opens its sentence
        if self.word_before(mm.start, governing=True) in PREPOSITIONS:
            return False
        return start == mm.start or self.word_before(start, governing=True) not in PREPOSITIONS


def _name_start(text: str, floor: int, mm: Mention) -> int:
    """Where the name of ``mm`` begins with the capitalised words before it (its titles), not before ``floor``."""
    lead = _NAME_LEAD_RE.search(text, max(floor, mm.start - NAME_LEAD), mm.start)
    return lead.start() if lead else mm.start


_PARTICLES_BEFORE_RE = compile_fast(rf"(?:\b(?:{'|'.join(NAME_PARTICLES)})[ \t]+)+\Z")


def _particle_start(text: str, floor: int, mm: Mention) -> int:
    """Where a surname written with its particles begins ("and [von der ]Leyen said"), not before ``floor``."""
    pm = _PARTICLES_BEFORE_RE.search(text, max(floor, mm.start - NAME_LEAD), mm.start)
    return pm.start() if pm else mm.start


def _may_be_he(mm: Mention) -> bool:
    """Whether a mention can be whom "he" or "she" stands for: a person or an office holder, not a possessive."""
    return (mm.kind is PERSON or mm.kind is OFFICE) and bool(mm.pid) and not mm.possessive


# "He introduced X, who spoke": X, whom a clause of his own makes the one who speaks (not "X, who hosted the meeting")
_SPEAKING_WHO_RE = compile_fast(
    r",[ \t]+who[ \t]+(?:then[ \t]+|later[ \t]+|also[ \t]+)?(?:spoke|speaks|took[ \t]+the[ \t]+floor|replied|responded"
    r"|answered|addressed|said|added)\b"
)
_OPENS_ON_HE_RE = compile_fast(r"[ \t]*(?:He|She)[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?[a-z]+ed\b")  # "He also thanked"


def _antecedent(ctx: _Ctx, pos: int) -> Mention | None:
    """Whom "he" or "she" at ``pos`` stands for: the first person of this sentence before it, else of an earlier one."""
    lay = ctx.lay
    si = lay.sentence_index(pos)
    for k in range(si, max(si - ANTECEDENT_SENTENCES, -1), -1):
        s, e = lay.sentences[k] if lay.sentences else (0, pos)
        stop = min(e, pos) if k == si else e
        if k == si:  # this sentence: its first person, not one named in a quotation ('"X talked with Y," he added')
            first = ctx.first_between(
                max(s, stop - ANTECEDENT_REACH), stop, lambda mm: _may_be_he(mm) and not ctx.in_quote(mm.start)
            )
            if first is not None:
                return first
            continue
        if lay.kind_at(s) is HEADING:
            continue  # a heading is no part of the running text: "he" does not stand for a name in it
        if _HE_TAG_END_RE.fullmatch(ctx.text, max(ctx.text.rfind(",", s, e), s), e):  # (the tag opens at the last comma)
            continue  # "Aliyev had talks with all the leaders, he said.": what "he" said; "he" is the one before
        found = [mm for mm in ctx.between(max(s, stop - ANTECEDENT_REACH), stop) if _may_be_he(mm)]  # an earlier sentence
        if not found:
            continue
        if _OPENS_ON_HE_RE.match(ctx.text, s) and not _SPEAKING_WHO_RE.search(ctx.text, s, e):
            # "He also thanked X, ... '...,' he added": that sentence's "he", not X (but "He introduced X, who spoke":
            # X, the one a clause of its own makes the speaker)
            return _antecedent(ctx, s)
        # "According to him, ... alongside X": that sentence's subject is the earlier "he"
        lead = ctx.text[s : found[0].start]
        if _HE_LEADS_RE.search(lead) and not ctx.usable(found[0]):
            continue
        for mm in found:  # its speaker ("..., Kalin said", "X also underlined that") before its first name
            if _SAID_AFTER_RE.match(ctx.text, mm.end) or _TOLD_AFTER_RE.match(ctx.text, mm.end):
                return mm
        for mm in found:  # its subject after an opening phrase ("Following talks with Y on Monday, the minister X took")
            if (
                _SUBJECT_AFTER_OPENER_RE.fullmatch(ctx.text, s, _name_start(ctx.text, s, mm))
                and _NEXT_VERB_RE.match(ctx.text, mm.end)
                and not _AND_AFTER_RE.match(ctx.text, mm.end)  # (not "X and Y discussed": "he" is no two people)
            ):
                return mm
        return found[0]
    return _named_after(ctx, si, pos)


#: The capitalised words of a title before a name: "[Armenian Prime Minister ]Nikol Pashinyan" (read by the meetings too).
TITLE_WORDS_RE = compile_fast(r"(?:[A-Z][\w’'.\-]*[ \t]+){0,5}")
#: After a name: a verb of saying or of having said, what makes the name the speaker of an opening quotation before it.
COMMENTED_AFTER_RE = compile_fast(
    r"[ \t]+(?:also[ \t]+|later[ \t]+|earlier[ \t]+)?"
    r"(?:made[ \t]+(?:similar|the[ \t]+same|such|these)[ \t]+(?:comments|remarks|statements)"
    r"|said|says|added|told|stressed|noted|commented|echoed|repeated|reiterated|spoke[ \t]+(?:to|at|after))\b"
)
CATAPHORA_SENTENCES = 3  # how many sentences after a text's opening "he" may name who he is


def _named_after(ctx: _Ctx, si: int, pos: int) -> Mention | None:
    """Whom "he" stands for in a text that names no one before it ('"...," he said after talks with X. ... Kobakhidze
    made similar comments'): the person who opens one of the next sentences, its subject."""
    if ctx.first_he < pos or not ctx.lay.sentences:
        return None  # someone was named before: "he" is no one named later
    return opening_he(ctx.text, ctx.lay.sentences, si, ctx.between, ctx.in_quote, _may_be_he)


def opening_he(
    text: str,
    sentences: list[tuple[int, int]],
    si: int,
    mentions_in: Callable[[int, int], Sequence[Mention]],
    quoted: Callable[[int], bool],
    may_be_he: Callable[[Mention], bool],
) -> Mention | None:
    """Whom an opening "he" in sentence ``si`` stands for, when no one is named before it: the person who opens one
    of the next sentences (titles before the name) and is told speaking there ("X made similar comments"), not one
    named in the sentence of "he" itself ("... with his counterpart X"). Read by the quotations and the meetings."""
    own = {mm.pid for mm in mentions_in(*sentences[si])}
    for s, e in sentences[si + 1 : si + 1 + CATAPHORA_SENTENCES]:
        first = next((mm for mm in mentions_in(s, e) if not quoted(mm.start)), None)
        if (
            first is not None
            and may_be_he(first)
            and first.pid not in own
            and TITLE_WORDS_RE.fullmatch(text, s, first.start)
            and COMMENTED_AFTER_RE.match(text, first.end)
        ):
            return first
    return None


# '..." within months", while X said ...': the words after begin a clause of their own, with its own speaker
#: "X was quoted as saying", "X was cited by TASS as saying", '"...," X was quoted.': a passive verb of relaying, its
#: speaker its subject
_PASSIVE_QUOTED_RE = re.compile(
    rf"[ \t]+(?:was|were|is|are|has[ \t]+been|had[ \t]+been)[ \t]+{phrases(speech_forms(relays=True))}"
    r"(?:[ \t]+by[ \t]+[\w’'.\- ]{1,40}?)?(?:[ \t]+as[ \t]+(?:saying|stating|telling)\b|(?P<bare>(?=[ \t]*(?:[.;]|\Z))))"
)
# before a passive "was quoted": another clause, whose verb or relative word the passive belongs to
_CLAUSE_OF_ITS_OWN_RE = compile_fast(rf"\b(?:{phrases(speech_forms(plain=True))}|which|who|whom|whose|where)\b")
# after a quotation: a clause of its own, whose speaker is not the quotation's ('"...," to which X replied, "..."')
_NEW_CLAUSE_RE = re.compile(r"(?:while|whereas|but|although|though|to[ \t]+which|whereupon)\b")
# a sentence ending on its speaker as a pronoun: "..., he said.", "..., she added"
_HE_TAG_END_RE = compile_fast(rf",[ \t]+(?:he|she)[ \t]+{phrases(speech_forms(plain=True))}[ \t]*[.!]?[ \t]*")
_HE_LEADS_RE = re.compile(r"\b(?:[Aa]ccording[ \t]+to[ \t]+(?:him|her)|[Hh]e|[Ss]he)\b")
_THAT_SOON_RE = re.compile(r"[^.;]{0,60}?\bthat\b")
_LEAD_PUNCT_END_RE = re.compile(r"[.:,]\s*\Z")
_SPEECH_NOUN_RE = re.compile(rf"[ \t]+(?:[A-Za-z\-]+[ \t]+)?{phrases(SPEECH_NOUNS)}\b")  # "'s (latest) statement"
_NOUN_BY_RE = compile_fast(r"\b(?i:" + phrases(SPEECH_NOUNS) + r")[ \t]+(?:by|of|from)[ \t]+")
# "as stated by X", "described last week by X": a passive verb's speaker follows it
_BY_AFTER_RE = re.compile(r"(?:[ \t]+(?:last|this|on|earlier|on[ \t]+\w+day)[ \t]+\w+)?[ \t]+by\b")
_CLAUSE_OPENS_RE = re.compile(r"\s*(?:[^,;:]*,\s*)?")  # what may come before a clause's subject: "After the talks, "
# after a quotation, nothing but punctuation, or a verb of saying whose subject is cut off ('"...," said')
_SPEECH_VERB_ONLY_RE = re.compile(r"[\W\d_]*(?:" + phrases(speech_forms(plain=True)) + r")?[\W\d_]*")  # "—0—": an end mark
_LABEL_WORD_RE = re.compile(r"[A-Za-z][\w’'\-]*")
_LABEL_FILLERS = frozenset({"of", "the"})
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w\-]+")
_PARTICIPLES = frozenset(f for f in speech_forms(speaker_after=False) if f.endswith("ing"))
_SPEECH_NOUN_WORD_RE = compile_fast(r"\b(?i:" + phrases(SPEECH_NOUNS) + r")\b")
# "they said", "they jointly said", "the two leaders said", "both ministers told reporters"
_THEY_BEFORE_RE = re.compile(
    rf"\b(?:[Tt]hey|(?:[Tt]he[ \t]+two|[Bb]oth(?:[ \t]+the)?|[Tt]he)[ \t]+(?:{'|'.join(GROUP_ROLES)}))[ \t]+(?:[a-z]+ly[ \t]+)?\Z"
)
# a sentence that opens with two people and a verb: "A and B met in Brussels." (whom a later "they" stands for)
_NEXT_VERB_RE = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+)?[a-z]{2,}\b")
# between two people named together: an apposition of the first, then "and"
_AND_BETWEEN_RE = re.compile(r"(?:,[^,;.:\n]{1,80}?)?,?[ \t]+and[ \t]+")
# between the second and the verb: an apposition, an adverb
# ... and the country after a title's name ("President Ilham Aliyev [of Azerbaijan] both said")
_BEFORE_VERB_RE = re.compile(
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)?"
    r"(?:,[^;.:\n]{1,80},)?[ \t]+(?:(?:[a-z]+ly|also|had|have|has|both)[ \t]+){0,2}"
)
_COMMA_BEFORE_RE = re.compile(r",[ \t]*\Z")
# between a phrase and a name in apposition: the rest of its noun ("delegation"), a comma
_APPOSITION_RE = re.compile(r"(?:[ \t]+[a-z][\w\-]*){0,2},[ \t]*")
# a plural subject of unnamed people ("European officials"), read in the first words of a sentence
_PLURAL_SUBJECT_RE = compile_fast(r"\b(?:" + phrases(PLURAL_SUBJECTS) + r")\b")
SUBJECT_READ = 60  # the first characters of a sentence, where its subject stands
_COLON_BEFORE_RE = re.compile(r":[ \t\u00a0]*\Z")
#: A verb of saying just before: "said [the deal is near]", "said on [Monday]"; read by the meeting stages too.
SAID_BEFORE_RE = compile_fast(rf"\b{phrases(speech_forms(plain=True))}[ \t]+\Z")
_SAID_AFTER_RE = compile_fast(rf"[ \t]*,?[ \t]*(?:[a-z]+[ \t]+)?{phrases(speech_forms(plain=True))}\b")
_AND_AFTER_RE = compile_fast(r"[ \t]+and[ \t]+[A-Z]")
# an opening phrase, its comma, and the words of an office before the subject's name: "Following talks with Y, the
# Iranian Foreign Minister [X]"
_SUBJECT_AFTER_OPENER_RE = re.compile(r"[^,;:\n\"“”]{3,200},[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'.\-]*[ \t]+){0,6}")
# a verb that tells what someone said, right after the name: "X also underlined that", "X emphasized"
_TOLD_AFTER_RE = compile_fast(rf"[ \t]+(?:also[ \t]+|further[ \t]+)?{phrases(speech_forms(discloses=True))}\b")


def _has_he(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds "he" or "He", as every pronoun ("she") and role ("the minister") does."""
    return text.find("he", a, b) >= 0 or text.find("He", a, b) >= 0


def _ending_after(a: int, pos: int, longest: int) -> int:
    """Where to look from for words of at most ``longest`` characters that end after ``pos`` (the others are not
    taken): no such word ("he", "ministry") begins inside another, so a scan from there finds the same ones."""
    return max(a, pos - longest + 1)


# an aside between a subject and its verb: "X, who advises Y on foreign policy, told AFP", "X, speaking alongside Y,
# said", "X, the assistant to President Y, told": the subject stands before it
_ASIDE_BEFORE_VERB_RE = compile_fast(
    r",[ \t]+(?:who|whose|speaking|standing|sitting|flanked|accompanied|alongside|together|next|the|an?)\b"
    r"[^,;:.“”\"]*,[ \t]*\Z"
)


_ADVERBS_BEFORE_VERB_RE = compile_fast(r"[ \t]+(?:(?:also|now|today|repeatedly|has|have|had|[a-z]+ly)[ \t]+){0,2}")


def _place_subject(ctx: _Ctx, a: int, b: int) -> bool:
    """Whether a place stands right before the verb at ``b`` as its subject, after "what" ("in what Yerevan describes
    as 'historic'"): the words its government gives a thing, no person's."""
    i = bisect.bisect_left(ctx.starts, b) - 1
    if i < 0 or ctx.mentions[i].start < a:
        return False
    mm = ctx.mentions[i]
    return (
        mm.kind is PLACE
        and _WHAT_BEFORE_RE.search(ctx.text, max(a, mm.start - 8), mm.start) is not None
        and _ADVERBS_BEFORE_VERB_RE.fullmatch(ctx.text, mm.end, b) is not None
    )


_WHAT_BEFORE_RE = compile_fast(r"\bwhat[ \t]+\Z")  # "in what [Yerevan] describes as"


def _office_of_org(ctx: _Ctx, latest: list[Mention]) -> Mention | None:
    """The person or office named last (``latest``: ending last first) when only the institution they are of follows
    ("the spokeswoman for [the Russian Foreign Ministry]", "Peter Stano, [EU] Lead Spokesperson")."""
    for k, mm in enumerate(latest):
        if mm.kind is not ORG:
            orgs = latest[:k]
            if orgs and ctx.usable(mm) and any(_OF_OR_APPOSED_RE.fullmatch(ctx.text, mm.end, o.start) for o in orgs):
                return mm
            return None
    return None


def _nearest_subject(ctx: _Ctx, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """The speaker named closest before ``b`` in ``text[a:b]``: a mention, a pronoun or an institution; not one
    named in an aside just before the verb ("X, who advises Y, said")."""
    text = ctx.text
    aside = _ASIDE_BEFORE_VERB_RE.search(text, a, b)
    if aside is not None and ctx.between(a, aside.start()):
        b = aside.start()
    if _place_subject(ctx, a, b):
        return None  # "in what Yerevan describes as 'historic'": a capital for its government, no one named
    # the last one that can speak: the one ending last, the whole office before a name inside it
    # ("The European Commission President", not "European Commission")
    latest = ctx.between(a, b)
    if len(latest) > 1:
        latest.sort(key=lambda mm: (mm.end, -mm.start), reverse=True)
    last = next((mm for mm in latest if ctx.usable(mm)), None)
    # "the spokeswoman for the Russian Foreign Ministry continued": the office, of the institution named last
    head = _office_of_org(ctx, latest)
    last = head or last
    best_pos = -1
    best: tuple[str, tuple[int, int]] | None = None
    if last is not None and last.pid:
        best_pos, best = last.end, (last.pid, (last.start, last.end))
        if last.kind is ORG:  # '"...," OSCE secretary general added': who holds that title, named before
            best = _titled_by_org(ctx, last, b) or best
    if _has_he(text, a, b) or text.find("s ", a, b) >= 0:  # else no pronoun nor role ("Russia's diplomat") to look for
        for pm in _PRON_RE.finditer(text, _ending_after(a, best_pos, 3), b):
            if pm.end() > best_pos and not ctx.in_quote(pm.start()):
                ante = _antecedent(ctx, pm.start())
                if ante is not None and ante.pid:
                    best_pos, best = pm.end(), (ante.pid, (ante.start, ante.end))
                elif ctx.last_speaker:
                    best_pos, best = pm.end(), (ctx.last_speaker[0], (pm.start(), pm.end()))
        for rm in _ROLE_RE.finditer(text, a, b):
            if ctx.word_before(rm.start()) in PREPOSITIONS and text[rm.end() : b].strip():
                continue  # "adviser to the Turkish president": not who spoke ("with the French leader saying": is)
            if rm.end() > best_pos and not ctx.in_quote(rm.start()):
                got = _role_holder(ctx, rm)
                if got is not None:
                    best_pos, best = rm.end(), got
        for hm in _HEAD_OF_RE.finditer(text, a, b):  # "the head of the Kremlin replied"
            if hm.end() >= best_pos and not ctx.in_quote(hm.start()) and ctx.word_before(hm.start()) not in PREPOSITIONS:
                got = _head_holder(ctx, hm)
                if got is not None:
                    best_pos, best = hm.end(), got
    for om in ctx.org_nouns(_ending_after(a, best_pos, _ORG_NOUN_LONGEST), b):
        if om.end() > best_pos and head is None and not ctx.in_quote(om.start()):  # the last organization named
            orgs = [mm for mm in ctx.between(back(text, a - INSTITUTION_BACK, 0), b) if mm.kind is ORG]
            best = (orgs[-1].pid, (orgs[-1].start, orgs[-1].end)) if orgs and orgs[-1].pid else None
            break
    return best


# "the spokeswoman [for the (Russian)] Foreign Ministry", "Peter Stano[, ]EU Lead Spokesperson"
_OF_OR_APPOSED_RE = compile_fast(r"[ \t]+(?:for|of|at)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+)?|,[ \t]+(?:the[ \t]+)?")
_ROLE_RE = re.compile(  # "the Turkish deputy prime minister", "the top American diplomat", "Russia's chief diplomat"
    r"(?:[Tt]"
    + AT_WORD_START
    + rf"he[ \t]+(?:(?i:{phrases(ROLE_MODIFIERS)})[ \t]+(?=[A-Z]))?(?:(?P<adj>[A-Z][\w\-]*(?:\.[A-Z])*\.?)[ \t]+)?"
    + r"|(?<![\w.])(?P<owner>[A-Z][\w\-]*)[’']s[ \t]+"
    # a bare role closing the clause after a verb, as some translated reports write it ('"...," added president.')
    + rf"|(?<=[a-z][ \t])(?=(?i:{phrases(ROLE_NOUNS)})[ \t]*[.,;]))"
    + rf"(?i:(?P<deputy>{phrases(ROLE_MODIFIERS)}[ \t]+)?)(?P<role>(?i:{phrases(ROLE_NOUNS)}))\b"
)
_SPACES_RE = re.compile(r"[ \t]+")
# "the head of the European Commission", "the chief of Turkish diplomacy": the capitalised words it heads, and a field
_HEAD_OF_RE = re.compile(
    r"[Tt]"
    + AT_WORD_START
    + rf"he[ \t]+(?i:{phrases(HEADS_OF)})[ \t]+of[ \t]+(?:the[ \t]+)?"
    + r"(?P<what>[A-Z][\w.\-]*+(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w.\-]*+){0,4})"
    + rf"(?:[ \t]+(?P<field>(?i:{phrases(FIELD_ROLES)})))?\b"
)


_ANONYMOUS_AFTER_RE = compile_fast(r",?[ \t]+(?:who[ \t]+(?:asked|spoke|requested|declined)|speaking[ \t]+on[ \t]+condition)\b")
AN_OFFICIAL_BACK = 300  # how far before "the official" an official not named ("an Armenian official") is the one meant
_AN_OFFICIAL_RE = compile_fast(r"\b[Aa]n?[ \t]+(?:[\w\-]+[ \t]+){0,2}official\b")  # "an Armenian official" not named, before
# before "the official" with no country: officials told without their names ("officials said", "sources"), of whom
# it may be one; with none, it is the last person named with a title ("X said ... Speaking to Y, the official claimed")
_OFFICIAL_NAMED_RE = compile_fast(r"\b(?i:officials|sources|diplomats)\b")  # ("an official": _AN_OFFICIAL_RE)


def _role_holder(ctx: _Ctx, rm: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """Whom "the diplomat", "the Russian leader" stands for: the last person named before with that role, by a title
    the text or the registry gives them ("the European diplomat": an adjective that is no country asks nothing)."""
    role = _SPACES_RE.sub(" ", rm.group("role").lower())
    if role in COMMENTATOR_ROLES:
        return _last_commentator(ctx, rm.start(), role)
    wanted = ROLE_TITLES.get(role, (role,))
    if (rm.group("deputy") or "").strip().lower() in ("chief", "top") and role == "diplomat":
        wanted = CHIEF_DIPLOMAT_TITLES  # "Russia's chief diplomat": its minister, not its spokesperson
    adj = rm.group("adj") or rm.group("owner")  # "the Russian diplomat", "Russia's diplomat"
    place = ctx.idx.country(adj) if adj else None
    country = place.name if place is not None else None
    if role == "official" and (
        (country is None and _OFFICIAL_NAMED_RE.search(ctx.text, max(0, rm.start() - AN_OFFICIAL_BACK), rm.start()))
        or _ANONYMOUS_AFTER_RE.match(ctx.text, rm.end())
        or _AN_OFFICIAL_RE.search(ctx.text, max(0, rm.start() - AN_OFFICIAL_BACK), rm.start())
    ):
        return None  # "a senior official said ... the official added", "the official, who asked not to be named": no one named
    deputy = "deputy" in rm.group().lower()  # ("the deputy PM": the modifier read before a capital is still "deputy")

    def holds(c: str | None, low: str) -> bool:
        if deputy != ("deputy" in low):
            return False  # "the deputy prime minister" is not the prime minister, nor the other way round
        if role in ("official", "minister") and LEADER_TITLE_RE.match(low):
            return False  # "the Azerbaijani official", "the minister" is no head of state or government ("the premier";
            # but an "Assistant to the President" is an official)
        return any(w in low for w in wanted) and (country is None or c in (None, country))

    return _last_titled(ctx, rm.start(), holds)


def _last_commentator(ctx: _Ctx, pos: int, role: str) -> tuple[str, tuple[int, int]] | None:
    """Whom "the analyst", "the expert" stands for: the last person named before ``pos`` (within ``ROLE_HOLDER_BACK``)
    given a commentator's role by the name ("political analyst X", "X, a political analyst"), none told without a name
    after them ("an expert, who asked not to be named")."""
    text = ctx.text
    i = bisect.bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start > pos - ROLE_HOLDER_BACK:
        mm = ctx.mentions[i]
        i -= 1
        if mm.kind is not PERSON or not mm.pid or ctx.in_quote(mm.start):
            continue
        if commentator_around(text, mm.start, mm.end):
            # (one told without a name in a later sentence is another: "An expert at a think tank disagreed")
            e = ctx.lay.sentence_at(mm.start)[1]
            noun = role.split()[-1]
            unnamed = (m for m in _AN_COMMENTATOR_RE.finditer(text, e, pos) if m.group("role").lower().split()[-1] == noun)
            return None if next(unnamed, None) is not None else (mm.pid, (mm.start, mm.end))
    return None


# a commentator told without a name: "an expert at a think tank", "another analyst" (one of the same role noun as "the
# analyst said" is the one meant: "One analyst, who asked not to be named"; "one expert" is not "the analyst")
_AN_COMMENTATOR_RE = compile_fast(
    rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}(?P<role>{phrases(sorted(COMMENTATOR_ROLES))})"
    r"\b(?![ \t]+[A-Z])"
)


def _last_titled(ctx: _Ctx, pos: int, holds: Callable[[str | None, str], bool]) -> tuple[str, tuple[int, int]] | None:
    """The last person named before ``pos`` (within ``ROLE_HOLDER_BACK``) with a title that ``holds`` accepts, given
    its country (the person's, when the title has none) and its words in lower case."""
    i = bisect.bisect_left(ctx.starts, pos) - 1
    seen: set[str] = set()
    while i >= 0 and ctx.mentions[i].start > pos - ROLE_HOLDER_BACK:
        mm = ctx.mentions[i]
        i -= 1
        if mm.kind is not PERSON or not mm.pid or mm.pid in seen or ctx.in_quote(mm.start):
            continue
        seen.add(mm.pid)
        if _holds_title(ctx, mm.pid, holds):
            return _speaker_of_sentence(ctx, mm, holds) or (mm.pid, (mm.start, mm.end))
    return None


def _holds_title(ctx: _Ctx, pid: str, holds: Callable[[str | None, str], bool]) -> bool:
    """Whether a person has a title ``holds`` accepts (see :func:`_last_titled`)."""
    person = ctx.idx.people.get(pid)
    country = person.country if person is not None else None
    return any(holds(c or country, title.lower()) for c, title in ctx.person_titles(pid))


def _speaker_of_sentence(ctx: _Ctx, mm: Mention, holds: Callable[[str | None, str], bool]) -> tuple[str, tuple[int, int]] | None:
    """Another holder of the title named earlier in the sentence of ``mm`` as the subject of its verb of saying ("X said
    after talks with his counterpart Y. ... the minister said": X, who spoke, not Y, named last)."""
    s = ctx.lay.sentence_at(mm.start)[0]
    for other in ctx.between(s, mm.start):
        if (
            other.kind is PERSON
            and other.pid
            and other.pid != mm.pid
            and not other.possessive
            and not ctx.in_quote(other.start)
            and _SAID_AFTER_RE.match(ctx.text, other.end)
            and _holds_title(ctx, other.pid, holds)
        ):
            return other.pid, (other.start, other.end)
    return None




def _head_holder(ctx: _Ctx, hm: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """Whom "the head of the European Commission", "the head of the Kremlin", "the head of Turkish diplomacy" stands for:
    the last person named before whose title names the institution, or is its country's leader when it is the seat
    of one (no ministry, council or office), or, for a field, heads it in that institution or country (titles read as
    whole words: "Service" holds no "vice", "Presidential" no "president")."""
    idx = ctx.idx
    what = hm.group("what")
    i = bisect.bisect_left(ctx.starts, hm.start("what"))
    org = ctx.mentions[i] if i < len(ctx.mentions) and ctx.mentions[i].start == hm.start("what") else None
    name = country = None
    if org is not None and org.kind is ORG and org.pid in idx.people:
        name = idx.people[org.pid].name
        country = idx.people[org.pid].country
    elif (place := idx.country(what)) is not None:
        country = place.name
    else:
        return None
    field = _SPACES_RE.sub(" ", (hm.group("field") or "").lower())
    wanted = FIELD_HEADS.get(field, ()) if field else ()
    seat = name is not None and country is not None and not ORGAN_WORDS.intersection(_WORD_RE.findall(name.lower()))
    named = {n for n in (name, country) if n}

    def holds(c: str | None, low: str) -> bool:
        if NOT_THE_HOLDER_RE.search(low):  # "deputy", "vice", not "Service"
            return False
        if field:  # the head of a field, not one of its staff
            return any(w in low for w in wanted) and c in named
        if name is not None and name.lower() in low:
            return True
        return seat and c == country and LEADER_TITLE_RE.search(low) is not None

    return _last_titled(ctx, hm.start(), holds)


# after a possessive: the title of another person, whose it is ("[X's] aide", "[X's] Azerbaijani counterpart")
_OTHERS_TITLES = (*SPEAKS_FOR_TITLES, "counterpart", "deputy", "envoy", "ally", "chief of staff", "representative")
_TITLED_AFTER_RE = compile_fast(rf"(?:[’']s)?[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?i:{phrases(_OTHERS_TITLES)})\b")
# ... or any noun of a person, then a name or the clause's end ("[X's] predecessor, Y", "[X's] successor.")
_PERSON_NOUN_AFTER_RE = compile_fast(
    r"(?:[’']s)?[ \t]+(?:[a-z][\w\-]*[ \t]+){0,3}?(?P<noun>[a-z][\w\-]*)(?=,?[ \t]+[A-Z]|[ \t]*[.,;]|\Z)"
)


def _others_after(text: str, end: int) -> bool:
    """Whether the words after a possessive name another person, whose the possessor is ("X's aide", "X's predecessor,
    Y"), not the possessor's words ("X's statement")."""
    if _TITLED_AFTER_RE.match(text, end):
        return True
    m = _PERSON_NOUN_AFTER_RE.match(text, end)
    return m is not None and m.group("noun") not in SPEECH_NOUNS and m.group("noun") not in _NOT_A_PERSON_NOUNS


#: nouns after a possessive that name no person: "X's office", "X's website"
_NOT_A_PERSON_NOUNS = frozenset(
    ("office", "administration", "government", "team", "website", "account", "page", "channel", "press")
)
_NOUN_BY_AT_RE = compile_fast(r"[ \t]*(?:(?:the|a|an)[ \t]+)?(?i:" + phrases(SPEECH_NOUNS) + r")[ \t]+(?:by|of|from)[ \t]+")


def _first_after(ctx: _Ctx, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """The speaker named first in ``text[a:b]`` (after "said", "according to"): a mention, a pronoun or an
    institution; an institution in a person's title is the person ("Foreign Ministry spokesperson X")."""
    text = ctx.text
    nb = _NOUN_BY_AT_RE.match(text, a, b)  # "according to [statements by] X": whose statements
    if nb is not None:
        a = nb.end()
    cands = [mm for mm in ctx.between(a, b) if mm.pid and not (mm.kind is OFFICE and not mm.pid)]
    own = [mm for mm in cands if not mm.possessive]
    if cands and cands[0].possessive and cands[0].kind in (PERSON, OFFICE) and _others_after(text, cands[0].end):
        # "[Pashinyan's] spokeswoman, X", "the [Azerbaijani President's] aide": whose the speaker is, not the speaker
        # ("Michel's statement" is); no one else named, no one
        cands = own
    pm = _PRON_RE.search(text, a, b) or _OBJECT_PRON_RE.search(text, a, b)
    om = next(ctx.org_nouns(a, b), None)
    first: tuple[int, tuple[str, tuple[int, int]] | None] | None = None
    if cands:
        mm = ctx.titled_person(cands[0]) if cands[0].kind is ORG else cands[0]
        if mm is cands[0] and mm.kind is ORG:  # "said the EU foreign policy chief, Josep Borrell": the one apposed
            mm = _apposed_to_institution(ctx, mm, b) or mm
        first = (cands[0].start, (mm.pid or "", (mm.start, mm.end)))
        if mm is cands[0] and mm.kind is ORG:  # "said OSCE Secretary General.": who holds that title, named before
            first = (cands[0].start, _titled_by_org(ctx, mm, b) or first[1])
    hm = _HEAD_OF_RE.search(text, a, b)  # "said the head of the European Commission": its holder, not the institution,
    if hm and (first is None or hm.start() <= first[0]):  # or the person named in apposition ("..., Hakan Fidan")
        first = (hm.start(), _apposed_person(ctx, hm.end(), b) or _head_holder(ctx, hm))
    if pm and (first is None or pm.start() < first[0]):
        ante = _antecedent(ctx, pm.start())
        first = (pm.start(), (ante.pid, (ante.start, ante.end)) if ante and ante.pid else None)
    rm = _ROLE_RE.search(text, a, first[0] if first else b)  # "added the Armenian minister": who was named before
    if rm:  # (or the one named in apposition: "said the Azerbaijani official, Hikmet Hajiyev")
        held = _apposed_person(ctx, rm.end(), b) or _role_holder(ctx, rm)
        if held is not None:
            first = (rm.start(), held)
    if om and (first is None or om.start() < first[0]):
        orgs = [mm for mm in ctx.between(back(text, a - INSTITUTION_BACK, 0), b) if mm.kind is ORG and mm.pid]
        # ("said head of the Department of ... of the Presidential Administration X": the person the title is of)
        held_by = ctx.titled_person(orgs[-1]) if orgs else None
        first = (om.start(), (held_by.pid or "", (held_by.start, held_by.end)) if held_by else None)
    return first[1] if first else None


# after an institution, the words of a title and nothing more before the verb or the clause's end: "OSCE [secretary
# general] added", "said OSCE [Secretary General] on Friday"
_TITLE_AFTER_ORG_RE = compile_fast(
    r"[ \t]+(?P<title>[A-Za-z][\w\-]*(?:[ \t]+[A-Za-z][\w\-]*){0,3}?)"
    r"(?=[ \t]*(?:[,.;:]|\Z|[ \t](?:on|in|at|during|after|before|when|while|to|from)\b))"
)


_OF_BEFORE_ORG_RE = compile_fast(r"\b(?:of|to|for)[ \t]+(?:the[ \t]+)?\Z")
_FORMER_RE = compile_fast(r"\b(?i:former|ex-|then-|outgoing)")
FORMER_BEFORE = 12  # "[Former ]OSCE Secretary General X": how far before the institution "former" may stand
# "OSCE Secretary General [X]", "OSCE Chairperson-in-Office and Foreign Minister of North Macedonia, [X]": how far
# before a name its title (with its institution) may begin
TITLE_BEFORE_NAME = 90


def _titled_by_org(ctx: _Ctx, org: Mention, b: int) -> tuple[str, tuple[int, int]] | None:
    """Whom an institution and a title with no name after it stand for ('"...," OSCE secretary general added'): the
    last person named before with that title (in the text or the registry), else None (the institution speaks)."""
    text = ctx.text
    m = _TITLE_AFTER_ORG_RE.match(text, org.end, b)
    if m is None or _OF_BEFORE_ORG_RE.search(text, max(0, org.start - 12), org.start):
        return None  # (not "the spokesman of OSCE Secretary General": the spokesman spoke)
    title = ctx.idx.canonical_title(m.group("title"))
    if title is None or title == "leader":  # "the leaders": whichever office leads a country, no one title
        return None
    low_title = title.lower()
    lower_rank = NOT_THE_HOLDER_RE.search(low_title) is not None  # "deputy secretary general" asks for a deputy
    got = _last_titled(
        ctx, org.start, lambda _c, low: low_title in low and (NOT_THE_HOLDER_RE.search(low) is not None) == lower_rank
    )
    if got is None:
        return None
    # the same institution's: its name in the title the text gives the person where it names them, no "former" ("OSCE
    # Secretary General X"; "Osmani said" later names him without it)
    name = text[org.start : org.end]
    for mm in ctx.mentions[bisect.bisect_left(ctx.starts, org.start - ROLE_HOLDER_BACK) :]:  # (within reach: linear)
        if mm.start >= org.start:
            break
        if mm.pid != got[0]:
            continue
        before = text[max(0, mm.start - TITLE_BEFORE_NAME) : mm.start]
        before = before[before.rfind(". ") + 1 :]  # (the title's own sentence)
        at = before.rfind(name)
        if at >= 0:
            return got if not _FORMER_RE.search(before, max(0, at - FORMER_BEFORE)) else None
    return None


# after an institution in a speaker's description, the rest of it and the name in apposition: "the EU [foreign policy
# chief, ]Josep Borrell", "the head of diplomacy of the European Union[, ]Josep Borrell"
_APPOSED_GAP_RE = compile_fast(r"(?:[ \t]+[a-z][\w\-]*){0,3},[ \t]+(?:[A-Z][\w\-]*[ \t]+){0,3}")


def _apposed_to_institution(ctx: _Ctx, org: Mention, b: int) -> Mention | None:
    """The person named in apposition after a description of a speaker that holds an institution's name, up to
    ``b``: the speaker the description is of, not the institution."""
    if _SERVES_BEFORE_RE.search(ctx.text, max(0, org.start - SERVES_BEFORE), org.start):
        return None  # "the spokesman for the EU foreign policy chief, X": someone who serves X speaks
    mm = ctx.first_between(org.end, b, lambda mm: mm.kind is PERSON and bool(mm.pid) and not mm.possessive)
    if mm is None or not _APPOSED_GAP_RE.fullmatch(ctx.text, org.end, mm.start):
        return None
    return mm


# the head of a speaker's description when it serves another: "the spokesman for [the EU ...]", "the deputy of"
_SERVES_BEFORE_RE = compile_fast(
    r"\b(?i:spokes(?:man|woman|person)|deputy|advis[eo]r|aide|assistant|office|press[ \t]+secretary|representative)"
    r"[ \t]+(?:for|of|to)[ \t]+(?:the[ \t]+)?\Z"
)
SERVES_BEFORE = 40


def _apposed_person(ctx: _Ctx, pos: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """The person named in apposition right after a phrase that ends at ``pos`` ("the head of the Turkish
    delegation, Foreign Minister X"): the rest of the phrase's noun, a comma, titles, then the name."""
    mm = ctx.first_between(pos, b, lambda mm: mm.kind is PERSON and bool(mm.pid) and not mm.possessive)
    if mm is None or not mm.pid:
        return None
    if not _APPOSITION_RE.fullmatch(ctx.text, pos, _name_start(ctx.text, pos, mm)):
        return None
    return mm.pid, (mm.start, mm.end)


def _sentence_subject(ctx: _Ctx, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """The subject of the clause a participle (", saying", ", describing it as") hangs on: the first person or
    office holder of its sentence that is no object of a preposition, or "he" opening it."""
    first = ctx.first_between(back(ctx.text, b - FRAME_BEFORE, a), b, lambda mm: mm.kind is not ORG and ctx.usable(mm))
    pm = _PRON_RE.match(ctx.text, a)
    if pm is not None and (first is None or pm.start() < first.start):
        ante = _antecedent(ctx, pm.start())
        return (ante.pid, (ante.start, ante.end)) if ante is not None and ante.pid else None
    return (first.pid, (first.start, first.end)) if first is not None and first.pid else None


def _intro_speaker(ctx: _Ctx, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """Who speaks the words that a line or clause ``text[a:b]`` ending in a colon introduces: the speaker of its
    speech verb ("X said:", "attributable to X:", "as stated by X:"), the owner of a statement ("X's statement
    reads as follows:"), else its subject ("Kobakhidze agreed with her:")."""
    text = ctx.text
    verbs = [vm for vm in SPEECH_RE.finditer(text, a, b) if not ctx.in_quote(vm.start())]
    if verbs:
        vm = verbs[-1]
        got = None
        if _form(vm) in SPEECH_AFTER or _BY_AFTER_RE.match(text, vm.end()) or not text[a : vm.start()].strip():
            got = _first_after(ctx, vm.end(), b)  # (a tag that opens on its verb: "emphasized X.")
        if got is None and _form(vm).endswith("ing") and _COMMA_BEFORE_RE.search(text, a, vm.start()):
            # "X thanked the Russian president for ..., adding:": the participle's subject opens the sentence, or the
            # relative clause it hangs on ("A received B, who thanked him ..., adding:": B)
            start = ctx.lay.sentence_at(vm.start())[0]
            got = _relative_subject(ctx, start, vm.start()) or _sentence_subject(ctx, start, vm.start())
        if got is None and _form(vm) not in SPEECH_AFTER:
            got = _nearest_subject(ctx, back(text, vm.start() - SUBJECT_BEFORE_VERB, a), vm.start())
        if got is not None:
            return got
    nm = _NOUN_BY_RE.search(text, a, b)  # "Statement by Secretary-General X", "the address of X"
    if nm is not None:
        got = _first_after(ctx, nm.end(), b)
        if got is not None:
            return got
    for mm in ctx.between(a, b):  # the subject: the first name, opening the clause
        if not _CLAUSE_OPENS_RE.fullmatch(text, a, _name_start(text, a, mm)):
            return None
        if mm.kind is not PERSON or not mm.pid:
            return None
        if not mm.possessive or _SPEECH_NOUN_RE.match(text, mm.end):  # "Arslan's statement", not "Arslan's aide"
            return mm.pid, (mm.start, mm.end)
        return None
    return None


def _channel(frame: str) -> Channel:
    f = frame.lower()
    if (  # (a chain of tests: quicker than any() over a tuple)
        "tweet" in f
        or "twitter" in f
        or "on x" in f
        or "social media" in f
        or "posted" in f
        or "instagram" in f
        or "facebook" in f
        or "telegram" in f
    ):
        return Channel.SOCIAL_MEDIA
    if "briefing" in f or "press conference" in f or "news conference" in f:
        return Channel.PRESS_BRIEFING
    if "interview" in f:
        return Channel.INTERVIEW
    if "joint statement" in f:
        return Channel.JOINT_STATEMENT
    if "statement" in f or "readout" in f or "communique" in f:
        return Channel.WRITTEN_STATEMENT
    if "remarks" in f or "speech" in f or "opening" in f:
        return Channel.REMARKS
    return Channel.UNKNOWN


def _n_words_re(n: int) -> re.Pattern[str]:
    """``n`` words (runs of ``_WORD_RE``) at the start: each but the last is followed by a non-word character, so
    no word is split to make up the count."""
    return re.compile(_NOT_WORD + "*" + (_WORD + "+" + _NOT_WORD + "+") * (n - 1) + _WORD)


_TWO_WORDS_RE = _n_words_re(2)
_FOUR_WORDS_RE = _n_words_re(4)
_FIVE_WORDS_RE = _n_words_re(5)
_ELEVEN_WORDS_RE = _n_words_re(11)


def _has_words(text: str, start: int, end: int, words_re: re.Pattern[str]) -> bool:
    """Whether ``text[start:end]`` has the words of ``words_re`` in its first characters: one match, no count."""
    return words_re.match(text, start, min(end, start + WORDS_READ)) is not None


def _is_short(text: str, q: Quote) -> bool:
    """Whether a quotation has three words or fewer: a phrase (a title, scare quotes) more than a statement."""
    return not _has_words(text, q.start, q.end, _FOUR_WORDS_RE)


# between a possessive name and the quotation: the noun of its words ("Pashinyan's [statement that] '...'"), where
# and when they were made ("statement [made at a rally on August 5 that]", "[from several months back that]") or what
# about ("statements [about creating]"), and what they said before the words quoted ("warning [on February 15 that
# Azerbaijan was planning a] 'full-scale war'")
#: after a possessive name, the noun of its words: "[Pashinyan]'s (latest) statement"
_NOUN_OF_WORDS = (  # ("Klaar's mentioning that": a verb's -ing right after the name, not "'s supporters claiming")
    rf"(?:[’']s)?[ \t]+(?:(?:[a-z\-]+[ \t]+)?(?i:{phrases(SPEECH_NOUNS)})|(?<=s[ \t])(?:mentioning|saying|claiming)\b)"
)
_OWN_WORDS_BEFORE_RE = compile_fast(
    _NOUN_OF_WORDS
    + r"(?:[ \t]+(?:made|delivered|given|issued))?"
    r"(?:[ \t]+(?:at|during|on|in|about|regarding|concerning|from)[ \t]+[^“”\"\n.;:,]{1,60}?)?"
    r"(?:[ \t]+(?:saying|stating))?"
    r"(?:[ \t]+that(?![ \t]+(?:it|this|they)\b)(?:[ \t]+[^“”\"\n.;:]{1,80}?)?)?[ \t]*"
)  # ("Pashinyan's statement saying that '...'"; not "X's speech stating that it '...'": who judges the speech speaks)


class _Cited(Said):
    """Words cited as someone's inside another's sentence ("X said Y's statement that '...' was wrong"): Y's, but the
    sentence's speaker speaks on (what follows unattributed is not Y's)."""

    __slots__ = ()


def _possessor_before(ctx: _Ctx, q: Quote) -> Mention | None:
    """The possessive person or office holder named last before a quotation, past places and unknown holders between
    ("statement made at a rally in [Stepanakert] that", "comment on the talks of [the two leaders]")."""
    i = bisect.bisect_left(ctx.starts, q.open) - 1
    while i > 0 and (ctx.mentions[i].kind is PLACE or (ctx.mentions[i].kind is OFFICE and not ctx.mentions[i].pid)):
        i -= 1
    if i < 0:
        return None
    mm = ctx.mentions[i]  # (an office's holder too: "the Armenian prime minister's statement '...'", not a former one's)
    if mm.kind not in (PERSON, OFFICE) or not mm.pid or not mm.possessive:
        return None
    return None if mm.kind is OFFICE and _FORMER_BEFORE_RE.search(ctx.text, max(0, mm.start - 12), mm.end) else mm


_FORMER_BEFORE_RE = compile_fast(r"\b(?i:former|late|ex-|previous|the[ \t]+then|then-)")


def _owner_before(ctx: _Ctx, q: Quote) -> Said | None:
    """'X refuted Pashinyan's statement that "Karabakh is Armenia"': the words of whom the noun of words is; 'X, who
    came to the fore with his statement, "...", ...': the words of whom "his" stands for."""
    by = _named_by_before(ctx, q)
    if by is not None:  # "the statement by President X “...”": X's
        return _Cited(q, by.pid or "", (by.start, by.end), _channel(ctx.text[by.start : q.open]))
    mm = _possessor_before(ctx, q) or _possessor_past_its_clause(ctx, q)
    if mm is None or not mm.pid or not _OWN_WORDS_BEFORE_RE.fullmatch(ctx.text, mm.end, q.open):
        hm = _WITH_HIS_WORDS_RE.search(ctx.text, max(0, q.open - HIS_WORDS_BEFORE), q.open)
        if hm is None or ctx.in_quote(hm.start()):
            return None
        he = _antecedent(ctx, hm.start("his"))
        if he is None or not he.pid:
            return None
        return _Cited(q, he.pid, (he.start, he.end), _channel(ctx.text[hm.start() : q.open]))
    return _Cited(q, mm.pid, (mm.start, mm.end), _channel(ctx.text[mm.start : q.open]))


def _possessor_past_its_clause(ctx: _Ctx, q: Quote) -> Mention | None:
    """A possessive person a little before a quotation whose noun of words and "that" clause run up to it, past a name
    the clause holds ("Klaar's mentioning that Aliyev is “committed”"): whose words they are."""
    i = bisect.bisect_left(ctx.starts, q.open) - 1
    for mm in ctx.mentions[max(0, i - 2) : i + 1][::-1]:
        if mm.kind is PERSON and mm.pid and mm.possessive:
            return mm if _OWN_WORDS_BEFORE_RE.fullmatch(ctx.text, mm.end, q.open) else None
    return None


def _named_by_before(ctx: _Ctx, q: Quote) -> Mention | None:
    """The person named right before a quotation after a noun of words and "by" ("the decisive statement by President
    X “...”"): whose words they are."""
    i = bisect.bisect_left(ctx.starts, q.open) - 1
    if i < 0:
        return None
    mm = ctx.mentions[i]
    if mm.kind is not PERSON or not mm.pid or mm.possessive or not _RIGHT_BEFORE_RE.fullmatch(ctx.text, mm.end, q.open):
        return None
    if not ctx.text[q.start : q.start + 1].isupper():
        return None  # "the statement by X “does not help”": a verdict on the statement, no words of it
    noun = _NOUN_BY_NAME_RE.search(ctx.text, max(0, mm.start - NOUN_BY_BEFORE), mm.start)
    if noun is None:
        return None
    s, _ = ctx.lay.sentence_at(noun.start())
    return None if _SAID_BEFORE_NOUN_RE.search(ctx.text, s, noun.start()) else mm  # ("Y said the statement by X “…”")


NOUN_BY_BEFORE = 60  # how far before the name the noun of words may stand (its title between)
# before a name: a noun of words and "by", the name's title between ("statement by [President of Azerbaijan] X")
_NOUN_BY_NAME_RE = compile_fast(
    r"\b(?i:" + phrases(SPEECH_NOUNS) + r")[ \t]+by[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w’'\-]*|of|the|for)[ \t]+){0,6}\Z"
)
_RIGHT_BEFORE_RE = compile_fast(r"[ \t]*[,:]?[ \t]*")  # between the name and its quotation
_SAID_BEFORE_NOUN_RE = compile_fast(rf"\b(?:{phrases(speech_forms(plain=True))})\b")  # a speaker of the sentence's own


HIS_WORDS_BEFORE = 60  # how far before a quotation "with his statement," may begin
# right before a quotation: a noun of words his own, after a preposition ("with his statement, “...”", "in her remarks:
# “...”"; not "dismissed his statement", whose "his" may be anyone's)
_WITH_HIS_WORDS_RE = compile_fast(
    r"\b(?:with|in|by|through)[ \t]+(?P<his>[Hh]is|[Hh]er)" + _NOUN_OF_WORDS + r"[ \t]*[,:]?[ \t]*\Z"
)


def _headed(ctx: _Ctx, q: Quote) -> Said | None:
    """Words quoted at a line's start under a heading "[Spokesperson] X's comment on the talks", told by no one else:
    X's."""
    mm = _possessor_before(ctx, q)
    if mm is None or not mm.pid:
        return None
    line = ctx.text.rfind("\n", 0, mm.start) + 1
    if not (_HEADING_TITLE_RE.fullmatch(ctx.text, line, mm.start) and _HEADED_WORDS_RE.fullmatch(ctx.text, mm.end, q.open)):
        return None
    if _HEADLINE_VERB_RE.search(ctx.text, line, mm.start):
        return None  # "Foreign Ministry Rejects X's Statement": a headline of a reply to X's words, not a heading of them
    return Said(q, mm.pid, (mm.start, mm.end), _channel(ctx.text[mm.start : q.open]))


# a heading's words before the name it opens on: its title ("Official Representative of the Ministry of Foreign Affairs")
_HEADING_TITLE_RE = compile_fast(
    rf"[ \t]*(?:(?:[A-Z][\w.’'\-]*|of|the|for)[ \t]+)*?(?i:{phrases(TITLE_WORDS)})(?:[ \t]+(?:[A-Z][\w.’'\-]*|of|the|for))*[ \t]+"
    r"|[ \t]*"  # its title, a title word among them ("Official Representative of ..."; not "Baku Slams"), or none
)
# a capitalised verb of a headline, the third person in "s" (not a title's plural: "Foreign Affairs", "United States")
_HEADLINE_VERB_RE = compile_fast(
    r"\b(?!(?:Affairs|Relations|States|Nations|Emirates|Forces|Arms|Services)\b)[A-Z][a-z]+[^s\W]s\b"
)
# after a possessive name, a line that names its words and what about, the quotation opening the next line:
# "Maria Zakharova's comment on the talks in Washington.\n\"The Russian Federation ...\""
_HEADED_WORDS_RE = compile_fast(
    _NOUN_OF_WORDS
    + r"(?:[ \t]+(?:on|about|regarding|concerning|at|after|following)[ \t]+[^\n“”\"]{1,200}?)?[.:]?[ \t]*\n+[ \t]*"
)


# a quotation's first word that is its speaker's verb: 'Michel “stressed that ...”', 'X “welcomed the steps”'
_OWN_VERB_OPENS_RE = compile_fast(r"[a-z]+ed\b(?![ \t]+by\b)")


def _verb_quoted(ctx: _Ctx, q: Quote) -> Said | None:
    """A quotation opening on a verb in the past right after a name: the name's subject says it ('Michel “stressed that
    ...”')."""
    i = bisect.bisect_left(ctx.starts, q.open) - 1
    if i < 0 or not _OWN_VERB_OPENS_RE.match(ctx.text, q.start) or _is_short(ctx.text, q):
        return None  # (not a phrase: 'A and B “exchanged ideas”')
    mm = ctx.mentions[i]
    if mm.kind is not PERSON or not mm.pid or mm.possessive or ctx.text[mm.end : q.open].strip(" \t"):
        return None
    s = ctx.lay.sentence_at(q.open)[0]
    if SPEECH_RE.search(ctx.text, s, mm.start) or _SPEECH_NOUN_WORD_RE.search(ctx.text, s, mm.start):
        return None  # 'the readout said that X “expressed the willingness ...”': the readout's words about X
    return Said(q, mm.pid, (mm.start, mm.end), Channel.UNKNOWN)


def _attribute(ctx: _Ctx, q: Quote, qi: int) -> Said | None:
    """The speaker of a quotation: whose words a noun before it says they are, else from the words after it, else
    before it, else the paragraph it continues."""
    said = _owner_before(ctx, q) or _verb_quoted(ctx, q)
    if said is not None:
        return said
    if q.close is not None:
        said = _said_after(ctx, q, qi)
        if said is not None:
            return said
    said = _said_before(ctx, q)
    if said is not None:
        return said
    if q.close is not None:
        said = _signed_after(ctx, q) or _bracketed_after(ctx, q)
        if said is not None:
            return said
    return _headed(ctx, q) or _said_continuing(ctx, q) or _judged_by_subject(ctx, q) or _quoted_in_opener(ctx, q)


# between a quotation and the name in brackets after it: '"..." ([President] X, ...)', '"...". (X)'
_BRACKET_OPEN_RE = re.compile(r"[ \t]*[.,]?[ \t]*\([ \t]*(?:[A-Z][\w’'.\-]*[ \t]+){0,3}")
# after the name, up to the closing bracket: nothing, or an office after a comma ("X, President of Azerbaijan")
_BRACKET_CLOSE_RE = re.compile(r"[ \t]*(?:,[^()\n]{1,80})?\)")
BRACKET_AFTER = 40  # how far after the quotation the bracket's name may begin


def _bracketed_after(ctx: _Ctx, q: Quote) -> Said | None:
    """A quotation attributed in brackets after it: '"..." (Ilham Aliyev, President of Azerbaijan)'."""
    text = ctx.text
    assert q.close is not None
    a = q.close + 1
    mm = ctx.first_between(a, min(len(text), a + BRACKET_AFTER), lambda mm: mm.kind is PERSON and not mm.possessive)
    if mm is None or not mm.pid or not _BRACKET_OPEN_RE.fullmatch(text, a, _name_start(text, a, mm)):
        return None
    if not _BRACKET_CLOSE_RE.match(text, mm.end):
        return None
    return Said(q, mm.pid, (mm.start, mm.end), _channel(text[mm.end : mm.end + BRACKET_AFTER]))


# after a quotation that opens its line, a name and nothing else of the line but whom it was said to: a headline's
# signature ('"Peace is no luxury" Hakan Fidan for Al Jazeera', '"..." – Jeyhun Bayramov')
_SIGNATURE_GAP_RE = compile_fast(r"[ \t]*[,:–—-]?[ \t]*(?:[A-Z][\w’'.\-]*[ \t]+){0,3}")
_SIGNATURE_END_RE = compile_fast(r"[ \t]*(?:(?:for|to|in|on|with)[ \t]+[^\n]{1,60})?[ \t.]*(?:\n|\Z)")


SIGNED_INDENT = 8  # the spaces a line may open with before its quotation
SIGNATURE_AFTER = 80  # how far after the quotation the signing name may begin


def _signed_after(ctx: _Ctx, q: Quote) -> Said | None:
    """A quotation opening its line and signed by a known person's name after it, with no verb."""
    text = ctx.text
    assert q.close is not None
    line = ctx.lay.line_at(q.open)
    if line is None or q.open - line[0] > SIGNED_INDENT or text[line[0] : q.open].strip():
        return None  # (read only when the quotation opens its line: a long line is never copied)
    end = min(line[1], q.close + 1 + SIGNATURE_AFTER)
    mm = ctx.first_between(q.close + 1, end, lambda mm: mm.kind is PERSON and bool(mm.pid) and not mm.possessive)
    if mm is None or not mm.pid or not _SIGNATURE_GAP_RE.fullmatch(text, q.close + 1, _name_start(text, q.close + 1, mm)):
        return None
    if not _SIGNATURE_END_RE.match(text, mm.end):
        return None
    return Said(q, mm.pid, (mm.start, mm.end), _channel(text[q.close + 1 : line[1]]))


def _said_after(ctx: _Ctx, q: Quote, qi: int) -> Said | None:
    """'"...," X said', '"...," said X', '"...", Interfax reports quoting X as saying', '"...", the ministers
    are to meet in Istanbul, said X'."""
    text, lay = ctx.text, ctx.lay
    assert q.close is not None
    a = q.close + 1
    nxt = ctx.quotes[qi + 1].open if qi + 1 < len(ctx.quotes) else len(text)
    limit = ahead(text, a + FRAME_AFTER, nxt)
    # the clause ends at a sentence's end (not at the dot of "U.S."), a semicolon or a line break; a quotation that
    # ends with its own question or exclamation mark ('"Is it peace?" X asked'), or with a comma before a line break
    # ('"...,"' and '– X said.' on the next line), goes on into the sentence after it
    end = lay.sentence_at(q.close)[1]
    across = end <= a + 1 and text[q.close - 1 : q.close] in ("?", "!", ",")
    if across:
        end = lay.sentence_at(a + 1)[1]
    limit = min(limit, max(end, a + 1))
    cm = _CLAUSE_END_RE.search(text, a + 1, limit)
    b = cm.start() if cm else limit
    lead_m = _LEAD_PUNCT_RE.match(text, a, b)
    a2 = lead_m.end() if lead_m else a
    frame = text[a2:b]
    lead = text[a:a2]
    if not (lead.strip(" \n") in ("", ",", "—", "–", "-", ",\u00a0") or "," in lead) or _NEW_CLAUSE_RE.match(frame):
        return None
    read = _THE_STATEMENT_READ_RE.match(frame)
    if read is not None or _SAID_THE_POST_RE.match(frame):  # '"...," the statement read', '"...," said the tweet':
        # whose statement the text told before (a post after its verb: by who posted it)
        told = _AUTHORED_POST_RE if read is None else _A_POST_RE if read.group("post") else _A_STATEMENT_RE
        got = _statement_author(ctx, q.open, told)
        return Said(q, got[0], got[1], _channel(frame)) if got else None
    pm = _PASSIVE_QUOTED_RE.search(frame, 0, VERB_AFTER_QUOTE + 20)
    if pm is not None and pm.group("bare") is not None and _CLAUSE_OF_ITS_OWN_RE.search(frame, 0, pm.start()):
        pm = None  # '"...," the ministry said in a statement in which X was quoted': X is quoted in another's words
    if pm is not None and "," not in frame[: pm.start()]:
        # '"...," X was quoted as saying (by TASS)': the subject before the passive verb
        got = _nearest_subject(ctx, a2, a2 + pm.start())
        if got:
            return Said(q, got[0], got[1], _channel(frame))
    qm = _QUOTING_RE.search(frame)
    if qm:
        got = _first_after(ctx, a2 + qm.end(), b)
        if got:
            return Said(q, got[0], got[1], _channel(frame))
    vm = SPEECH_RE.search(frame)
    if vm is None:
        return None
    if vm.group() in _PARTICIPLES and _participle_of_no_one(ctx, frame, a2, vm.start()):
        return None
    # the reporter may close the sentence, after a comma: a short fragment's ('made "real headway" on the railway
    # during two days of talks, Fidan said on Friday'), or any quotation's with the verb first (", said X")
    comma = frame.rfind(",", 0, vm.start())
    inverted = comma >= 0 and not frame[comma + 1 : vm.start()].strip()
    far = vm.start() > VERB_AFTER_QUOTE
    if across and (far or comma >= 0):
        return None  # '"Is it peace?" The question hangs over the talks, X said': the next sentence is its own
    short = _is_short(text, q)
    if far and not (inverted or (comma >= 0 and short)):
        return None
    if short and _named_in_sentence(text, q, "," not in lead and comma > 0):
        return None  # 'the so-called "corridor" will open next year, said X': a phrase named in the sentence
    v0, v1 = a2 + vm.start(), a2 + vm.end()
    got = None
    if vm.start() == 0 or inverted or _form(vm) in SPEECH_AFTER:
        got = _first_after(ctx, v1, ahead(text, v1 + SPEAKER_AFTER_VERB, b))
    nm = _NOUN_BY_RE.search(text, a2, v0) if got is None else None  # "..., a statement from X, who ..., reads"
    if nm is not None:
        got = _first_after(ctx, nm.end(), v0)
    if got is None and vm.start() > 0 and _form(vm) not in SPEECH_AFTER:
        joint = _joint_said(ctx, q, a2 + (comma + 1 if far else 0), v0, (a2, b))
        if joint is not None:
            return joint
        # ('"...," Fidan, who met Lavrov, said': the subject before it after all)
        got = _nearest_subject(ctx, a2 + (comma if far else 0), v0)
    if not got:
        return None
    said = Said(q, got[0], got[1], _channel(frame))
    said.date_at = (a2, b)
    return said


def _participle_of_no_one(ctx: _Ctx, frame: str, a2: int, at: int) -> bool:
    """Whether a participle of saying at ``at`` in the words after a quotation (``frame``, from ``a2``) names no
    speaker of it: it opens them ('..., "...," adding that ...': the sentence's subject speaks, before), or it is a
    noun's with no comma and no one before it ('to back the UN resolution reiterating the right'; but '"...," X was
    heard saying': X's)."""
    if at == 0:
        return True
    return not frame[:at].rstrip().endswith(",") and not any(mm.kind in (PERSON, OFFICE) for mm in ctx.between(a2, a2 + at))


_STATEMENT_NOUN = r"(?:statement|readout|communiqu[eé]|press[ \t]+release)"  # a document of words said
_POST_NOUN = r"(?:tweet|post)"  # words posted
# after a quotation: the document it is from as the subject ('"...," the statement read')
_READ = r"(?:read|reads|said|says|added|adds|noted|notes|stated|states|continued|continues)"  # a text's verbs
_THE_STATEMENT_READ_RE = compile_fast(
    rf"the[ \t]+(?:joint[ \t]+)?(?:{_STATEMENT_NOUN}|message|letter|(?P<post>{_POST_NOUN}))[ \t]+{_READ}\b"
)
# ... or a post's after its verb ('"...," said the tweet'; not "said the tweet, posted by X": X's)
_SAID_THE_POST_RE = compile_fast(
    rf"{_READ}[ \t]+the[ \t]+{_POST_NOUN}\b"
    r"(?![ \t,]+(?:by|of|from|(?:(?:which|that)[ \t]+(?:was|were)[ \t]+)?[a-z]+[ \t]+by)\b)"
)
# ... whose author is told by a verb of posting or a possessive, not by one who reacted to it ("X condemned the tweet")
_AUTHORED_POST_RE = compile_fast(
    r"\b(?:tweeted|posted|wrote\b[^.!?\n]{0,40}?\b(?:Twitter|Facebook|Telegram|X)\b|[’']s[ \t]+(?:tweet|post)\b)"
)
# a statement told with its author: "In a statement, X said", "X issued a statement", "X's statement"
_A_STATEMENT_RE = compile_fast(rf"\b{_STATEMENT_NOUN}\b")
# ... and a post: "X wrote on Twitter", "X tweeted"
_A_POST_RE = compile_fast(rf"\b(?:{_POST_NOUN}|Twitter|tweeted|posted)\b")
STATEMENT_BACK = 600  # how far before the quotation its statement may have been told
STATEMENT_NEAR = 80  # how close to "statement" its author's name stands


def _statement_author(ctx: _Ctx, pos: int, told: re.Pattern[str]) -> tuple[str, tuple[int, int]] | None:
    """Who made the statement (or the post) told last before ``pos``: the person named nearest the word ``told``
    finds in its sentence ("In a statement, EU High Representative Kaja Kallas said ...")."""
    found = list(told.finditer(ctx.text, max(0, pos - STATEMENT_BACK), pos))
    for m in reversed(found):
        if ctx.in_quote(m.start()):
            continue
        s, e = ctx.lay.sentence_at(m.start())
        near = [
            mm for mm in ctx.between(max(s, m.start() - STATEMENT_NEAR), min(e, m.end() + STATEMENT_NEAR))
            if mm.kind is PERSON and mm.pid
        ]
        if near:
            mm = min(near, key=lambda mm: abs(mm.start - m.start()))
            return mm.pid or "", (mm.start, mm.end)
        return None
    return None


def _said_before(ctx: _Ctx, q: Quote) -> Said | None:
    """'X said: "..."', 'X said he will "see what can be done"', 'according to X, "..."', and a colon after another verb
    ('X agreed: "..."'), or at the end of the line before ('X's statement reads as follows:'), or the name's label
    its line opens with ('Josep Borrell: talks "open and useful"')."""
    text, lay = ctx.text, ctx.lay
    sentence = lay.sentence_at(q.open)
    a = back(text, q.open - FRAME_BEFORE, max(sentence[0], lay.body_start))
    b = q.open
    for tried in range(VERBS_TRIED):  # 'According to X, Moscow has asked both capitals "to ...": the verb before,
        vm = ctx.last_speech_verb(sentence, a, b)  # when the last has no subject, if its speaker follows it
        if vm is None or not _introduces(ctx, q, vm) or (tried and _form(vm) not in SPEECH_AFTER):
            break
        verb = _form(vm)
        got = None
        if verb in SPEECH_AFTER or _BY_AFTER_RE.match(text, vm.end()):
            got = _first_after(ctx, vm.end(), q.open)
        if verb in OWN_PRONOUN:  # "In his words, '...'": whom "his" stands for
            ante = _antecedent(ctx, vm.start())
            got = (ante.pid, (ante.start, ante.end)) if ante is not None and ante.pid else None
        if got is None and verb.endswith("ing") and _COMMA_BEFORE_RE.search(text, a, vm.start()):
            got = _relative_subject(ctx, sentence[0], vm.start())  # "A met B, who hailed the talks, calling them"
            pair = _joint_opening(ctx, sentence[0], vm.start()) if got is None else None
            if pair is not None:  # "A and B met X, calling it ...": both of them
                return _Joint(q, pair, _channel(text[a : q.open]))
            got = got or _sentence_subject(ctx, sentence[0], vm.start())  # "X welcomed the talks, describing them as"
        if got is None and verb not in SPEECH_AFTER and verb not in OWN_PRONOUN:
            joint = _joint_said(ctx, q, sentence[0], vm.start(), (a, q.open))
            if joint is not None:
                return joint
            got = _nearest_subject(ctx, back(text, vm.start() - SUBJECT_BEFORE_VERB, a), vm.start())
        if got and tried and _another_side(ctx, got[0], got[1][1] if got[1] else vm.end(), b):
            return None  # 'According to X, the Armenian side has called it "...": not X's words
        if got:
            said = Said(q, got[0], got[1], _channel(text[a : q.open]))
            said.date_at = (a, q.open)
            return said
        b = vm.start()
    label = _label_before(ctx, q)  # (a short quotation is a phrase named, unless in a name's label: "X: 'frank'")
    if label is None and _is_short(text, q):
        return None
    frame = label or _colon_frame(ctx, q, a)
    if frame is None:
        return None
    got = _intro_speaker(ctx, *frame)
    return Said(q, got[0], got[1], _channel(text[frame[0] : frame[1]])) if got else None


def _another_side(ctx: _Ctx, pid: str, a: int, b: int) -> bool:
    """Whether the subject of a verb in ``text[a:b]``, after "according to X", is a side other than X's own: it names
    a country or nationality that is not X's ("According to X, the Armenian side has called ..."). A pronoun, "the
    country", "the ministry" can stand for X's side."""
    person = ctx.idx.people.get(pid)
    own = person.country if person is not None else None
    for w in _CAPITALISED_RE.findall(ctx.text, a, b):
        place = ctx.idx.country(w)
        if place is not None and place.name != own:
            return True
    return False


_PASSIVE_BEFORE_RE = compile_fast(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?\Z")
PASSIVE_BEFORE = 30  # how far before the verb its "is" (and an adverb) may stand


# after a passive verb of report: the subject's own saying ("X was reported to have told Y", "is said to warn")
_REPORTED_TO_SAY_RE = compile_fast(r"[ \t]+to[ \t]+(?:have[ \t]+)?(?:tell|told|say|said|warn|warned|state|stated)\b")


def _passive(text: str, vm: re.Match[str]) -> bool:
    """Whether a verb of saying is passive with no speaker after it: "what is widely believed to be", "if the
    dynamics is maintained" say no one's words (not "is calling on", nor "was described by X as", nor "X was
    reported to tell Y", whose subject said it)."""
    return (
        not _form(vm).endswith("ing")
        and _PASSIVE_BEFORE_RE.search(text, max(0, vm.start() - PASSIVE_BEFORE), vm.start()) is not None
        and not _BY_AFTER_RE.match(text, vm.end())
        and not (_form(vm) in ("reported", "said") and _REPORTED_TO_SAY_RE.match(text, vm.end()))
    )


_SPOKE_OF = frozenset(SPOKE_OF)
# right before words quoted after "spoke of": the noun of a text they are the title of ("the draft 'Agreement on ...'"),
# or another's phrase ("Pashinyan's phrase '...'")
_NAMED_TEXT_BEFORE_RE = compile_fast(
    r"(?:\b(?:the|a|an|his|her|their|its)[ \t]+(?:[\w\-]+[ \t]+)?(?:draft|article|book|bill|phrase|law|document|"
    r"slogan|title|film|report|resolution|declaration|initiative|project)|[’']s[ \t]+(?:[a-z\-]+[ \t]+)?[a-z]+)[ \t]*\Z"
)
NAMED_TEXT_BEFORE = 50  # how far before the quotation that noun may begin


def _introduces(ctx: _Ctx, q: Quote, vm: re.Match[str]) -> bool:
    """Whether the speech verb ``vm`` before a quotation introduces it: a short one (a phrase, scare quotes) only
    close after the verb or in what it reports, and not as a phrase named ('a "frank" talk')."""
    text = ctx.text
    verb = _form(vm)
    if verb in _SPOKE_OF and _NAMED_TEXT_BEFORE_RE.search(text, max(vm.end(), q.open - NAMED_TEXT_BEFORE), q.open):
        return False  # "spoke about Pashinyan's phrase '...'", "spoke about the draft 'Agreement on ...'": another's, a title
    if not _is_short(text, q):
        return True
    # "According to X, ... 'remain apart.'"; "X noted that the group, co-chaired by Y, was 'close to agreeing'";
    # more than ten words after the verb, it is not what the verb introduces
    # (a verb ends at a non-word; "said he was conveying an 'innovative initiative'": a clause, "that" left out)
    reported = (
        _THAT_SOON_RE.match(text, vm.end(), q.open) is not None
        or _PRONOUN_CLAUSE_RE.match(text, vm.end()) is not None
        or _which_clause_then(text, vm.end(), q.open)  # "says the corridor, which ..., will deliver '...'"
    )
    near = not _has_words(text, vm.end(), q.open, _ELEVEN_WORDS_RE)
    if not (verb == "according to" or reported or near):
        return False
    # ('said the charter marked a "whole new era"': a thing's clause, near the verb, the quotation no name of a thing
    # after it: not 'said the parliament ratified the "peace agenda" document')
    thing = near and _THING_CLAUSE_RE.match(text, vm.end()) is not None
    thing = thing and not _NOUN_AFTER_RE.match(text, q.end if q.close is None else q.close + 1)
    if (reported or thing) and _has_words(text, q.start, q.end, _TWO_WORDS_RE) and text[q.start : q.start + 1].islower():
        return True  # "told reporters that they had an 'open and useful' talk" is said
    tail = _words_before(text, q.open)
    if _addressee(text, q, tail):
        return False
    if _THIRD_PERSON_OPENS_RE.match(text, q.start):
        return False  # 'thanking him for "his mediation efforts"': the writer's words of another, not the speaker's
    if _QUALITY_RE.fullmatch(text, q.start, q.end) and _NOUN_AFTER_RE.match(text, q.end if q.close is None else q.close + 1):
        return True  # 'said the two were close to a "dignified" settlement': a word of the speaker's, of the thing after
    if _capitalised(text, q) and _NOUN_AFTER_RE.match(text, q.end if q.close is None else q.close + 1):
        return False  # 'the section of "North-South" highway': a name of the thing after, not words said
    as_before = "as" in [w.lower() for w in _WORD_RE.findall(text[max(0, q.open - PHRASE_BEFORE) : q.open])[-4:]]
    if verb in NAMING_VERBS and (as_before or not _has_words(text, vm.end(), q.open, _FIVE_WORDS_RE)):
        # 'described the talks as a "welcome signal"', 'called it a "breakthrough"': their words; but 'which X calls
        # "Western Azerbaijan."': a proper name given to a place, no words said (not 'called it "Historic."')
        if _proper_name(text, q) and _NOUN_NAMED_BEFORE_RE.search(text, max(0, vm.start() - 30), vm.start()):
            return False  # 'a new initiative called the "Peace Council"': a thing's name, no words said
        return not (_proper_name(text, q) and _names_a_place(ctx.idx, text[q.start : q.end]))
    # 'said the talk was held in a "friendly atmosphere."': the words end what was said and name nothing after them
    # (not a name: 'his stance on the "Zangazur corridor".')
    return not _determined(tail) or (text[q.start : q.start + 1].islower() and _ends_sentence(text, q))


# before a naming verb: a common noun it names as a participle ("an initiative [called]", "a plan [dubbed]"), not a
# subject's verb ("he called", "Aliyev has called", "who called")
_NOUN_NAMED_BEFORE_RE = compile_fast(
    r"\b(?:a|an|the)[ \t]+(?:[a-z\-]+[ \t]+){0,2}(?!(?:he|she|they|it|who|which|that|also|has|have|had|was|were|is|are"
    r"|been|and|once|then|later|even)\b)[a-z]{3,}[ \t]+\Z"
)
_THIRD_PERSON_OPENS_RE = compile_fast(r"(?:his|her|their|its)[ \t]")
_PRONOUN_CLAUSE_RE = compile_fast(
    # "said he was", "saying Iran is", "said the Foreign Ministry had": a clause, "that" left out
    r"[ \t]+(?:he|she|they|we|(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,2})[ \t]+"
    r"(?:was|were|is|are|had|has|have|would|will)\b"
)
# ... "said the charter marked", "said the talks were": a thing's noun and its verb
_THING_CLAUSE_RE = compile_fast(
    r"[ \t]+(?:the|this|that|its|their|his|her)[ \t]+[a-z]{3,}[ \t]+(?:was|were|is|are|had|has|have|would|will|[a-z]{3,}ed)\b"
)
# ... "says the Zangezur corridor, which would connect A to B, will": a thing's noun, a clause on it, then its verb
_THING_WHICH_CLAUSE_RE = compile_fast(
    r"[ \t]+(?:the|this|that|its|their|his|her)[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){0,2}[a-z]{3,},[ \t]+(?:which|that)[ \t]"
    r"[^,;:“”\"\n]{1,160},[ \t]+(?:was|were|is|are|had|has|have|would|will|could|can|may|might|[a-z]{3,}ed)\b"
)


def _which_clause_then(text: str, end: int, open_at: int) -> bool:
    """Whether a thing's clause with "which" follows a verb of saying at ``end`` and its verb comes a few words
    before the quotation opening at ``open_at`` ("says the corridor, which ..., will deliver 'tangible benefits'")."""
    m = _THING_WHICH_CLAUSE_RE.match(text, end)
    return m is not None and _FEW_WORDS_RE.fullmatch(text, m.end(), open_at) is not None


_FEW_WORDS_RE = compile_fast(r"(?:[ \t]+[\w’'\-]+){0,3}[ \t]*")  # "will [deliver] '...'", "will [be a] '...'"


# one lower-case word of quality in quotation marks, a noun after them: the speaker's judgement of the thing
_QUALITY_RE = compile_fast(r"[a-z][a-z\-]{2,}(?:ed|ful|ous|ive|ic|al|ble|ent|ant|ing|less)")
_NOUN_AFTER_RE = compile_fast(r"[ \t]+[a-z]{3,}\b")


def _proper_name(text: str, q: Quote) -> bool:
    """Whether a short quotation is a proper name: every word capitalised (small words aside), no punctuation inside
    but a full stop that ends the sentence ("Western Azerbaijan.")."""
    return _title_cased(text[q.start : q.end].rstrip("."), ".,;:!?")


def _capitalised(text: str, q: Quote) -> bool:
    """Whether a short quotation is a name: its words capitalised (small words aside), no punctuation inside."""
    return _title_cased(text[q.start : q.end], ".,;:!?")


def _title_cased(inside: str, stops: str, least: int = 1) -> bool:
    """Whether ``inside`` has ``least`` words or more (small words aside), every one capitalised, and none of
    ``stops``."""
    words = [w for w in _WORD_RE.findall(inside) if w not in SMALL_WORDS]
    return len(words) >= least and all(w[0].isupper() for w in words) and not any(c in inside for c in stops)


TITLE_VERB_BEFORE = 50  # how far before a title in quotation marks a verb of saying makes it someone's words
TITLE_VERB_WORDS = 4  # ... within these last words
_SAYS_OR_NAMES = NAMING_VERBS | frozenset(speech_forms(plain=True)) | {"writes", "posted", "posts"}
#: The words right before a title in quotation marks: 'a panel titled "..."', 'the forum "..."'.
_TITLE_BEFORE = frozenset({"titled", "entitled", "named", "dubbed", "themed", "headlined", "theme", "title", "slogan", "motto"})


# a capitalised event's noun right before a quotation: "the World Forum ", "at the Antalya Diplomacy Forum "
_EVENT_NAME_BEFORE_RE = compile_fast(
    r"\b[A-Z][\w\-]*[ \t]+(?:Forum|Conference|Summit|Congress|Festival|Initiative|Programme|Program|Project|Platform|"
    r"Award|Prize|Exhibition|Dialogue)[ \t]*,?[ \t]*\Z"
)


def _title_named(text: str, q: Quote) -> bool:
    """Whether a quotation of any length is a title named in the sentence, not words said: two words or more, every
    one capitalised (small words aside), no full stop or comma, after a naming word or a determiner ('a discussion
    titled "Achievements and Challenges in Delivering Results"', 'at the "Crossroads of Peace: Developing Regional
    Connectivity" forum'), and the sentence going on after it."""
    # 'during the World Forum "Dialogue for Peace and Global Security."': the event's name, though it ends the sentence
    after_event = q.close is not None and _EVENT_NAME_BEFORE_RE.search(text, max(0, q.open - PHRASE_BEFORE), q.open)
    if after_event and _title_cased(text[q.start : q.end].rstrip(".").rstrip(), ".,;!?", least=2):
        return True
    if q.close is None or _ends_sentence(text, q) or not _title_cased(text[q.start : q.end], ".,;!?", least=2):
        return False
    tail = _words_before(text, q.open)
    if tail and tail[-1] in _TITLE_BEFORE:
        return True
    # 'the "Crossroads of Peace" forum', not words of someone's after a verb of saying or naming ('called the
    # meeting a "Great Success For Peace"', 'wrote that the "Two Leaders Have Ended The War"')
    before = [w.lower() for w in _WORD_RE.findall(text[max(0, q.open - TITLE_VERB_BEFORE) : q.open])[-TITLE_VERB_WORDS:]]
    return _determined(tail) and not any(w in _SAYS_OR_NAMES for w in before)


def _ends_sentence(text: str, q: Quote) -> bool:
    """Whether a sentence ends with the quotation: a full stop (or "!", "?") last inside its marks or right after."""
    if q.close is None:
        return False
    inside = text[q.start : q.end].rstrip()
    return inside[-1:] in (".", "!", "?") or text[q.close + 1 : q.close + 2] in (".", "!", "?")


_ADDRESSEE_BEFORE = frozenset({"told", "to", "with"})


def _addressee(text: str, q: Quote, tail: list[str]) -> bool:
    """Whether a short quotation is the name of whom the words were for ('told "Voice of America"', 'in an interview
    with "Radio Liberty"'): right after "told", "to" or "with" (``tail``, the words before it), every word
    capitalised, no punctuation inside."""
    if not tail or tail[-1] not in _ADDRESSEE_BEFORE:
        return False
    return _capitalised(text, q)


# right before a quotation: others' words, held up ('the so-called "peace plan"', 'its allegations of a "crisis"', 'the
# claims that'; not the verb: 'X claims that "..."')
_HELD_UP_BEFORE_RE = compile_fast(
    r"(?i:\bso-called|(?:\b(?:allegations?|accusations?)|\b(?:the|its|their|these|those|such|any|[a-z]+(?:less|ed|ful|ous))"
    r"[ \t]+claims?)[ \t]+(?:of|that)(?:[ \t]+(?:a|an|the))?)[ \t]*\Z"
)


def _held_up(text: str, pos: int) -> bool:
    """Whether the words before a quotation at ``pos`` hold it up as others' words, no one's the text can tell:
    "so-called", "allegations of" (not where a possessive names the claimant: "reiterating his claims that '...'",
    "X's claim that '...'", read as any other quotation)."""
    m = _HELD_UP_BEFORE_RE.search(text, max(0, pos - PHRASE_BEFORE), pos)
    return m is not None and _OWN_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) is None


# (the claimant named: "his claims", "Aliyev's claim that")
_OWN_BEFORE_RE = compile_fast(r"(?:\b(?:[Hh]is|[Hh]er|[Mm]y|[Oo]ur)|\w[’']s)[ \t]+(?:[a-z]+[ \t]+)?\Z")


def _words_before(text: str, pos: int) -> list[str]:
    """The last two words before ``pos``, lower-cased."""
    return [w.lower() for w in _WORD_RE.findall(text[max(0, pos - PHRASE_BEFORE) : pos])[-2:]]


def _determined(tail: list[str]) -> bool:
    """Whether the words before a quotation make it a phrase named: 'a "frank" talk', 'the so-called "peace"',
    'Ankara's "ambitions"' (not the speaker's own side's: 'said his Government's "major goal" was')."""
    if not tail:
        return False
    own = len(tail) == 2 and tail[0] in _OWN_DETERMINERS
    return tail[-1] in DETERMINERS or (tail[-1].endswith(("’s", "'s")) and not own)


_OWN_DETERMINERS = frozenset({"his", "her", "their", "our", "my"})


def _named_in_sentence(text: str, q: Quote, goes_on: bool) -> bool:
    """Whether a short quotation is a phrase named, not words said (others' held up, "so-called", are set aside before:
    see :func:`_held_up`): when the sentence goes on after it (``goes_on``: 'the "2+2" format is ..., X said'), after
    a determiner or a possessive, or written as a title ('the "Crossroads of Peace" project'); one without a letter is
    always a name ('the platform "3+3"')."""
    tail = _words_before(text, q.open)
    if not any(c.isalpha() for c in text[q.start : q.end]) or _addressee(text, q, tail):
        return True
    if not goes_on:
        return False
    if _determined(tail):
        return True
    words = [w for w in _WORD_RE.findall(text, q.start, q.end) if w not in SMALL_WORDS]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _colon_frame(ctx: _Ctx, q: Quote, a: int) -> tuple[int, int] | None:
    """The words a colon right before a quotation ends: its sentence's ('Kobakhidze agreed: "..."'), or, for a
    quotation opening its line, the line before's ('... is as follows:')."""
    text, lay = ctx.text, ctx.lay
    colon = _COLON_BEFORE_RE.search(text, max(a, q.open - 4), q.open)
    if colon is not None and colon.start() > a:
        return a, colon.start()
    li = lay.line_index(q.open)
    if li == 0 or lay.lines[li][0] != q.open:
        return None
    start, end, kind = lay.lines[li - 1]
    if kind is BOILERPLATE or text[end - 1] != ":" or text.count("\n", end, q.open) > 2:
        return None
    return max(start, lay.body_start), end - 1


def _label_before(ctx: _Ctx, q: Quote) -> tuple[int, int] | None:
    """The name's label ("Josep Borrell:") that opens the line of a quotation, with no sentence's end between."""
    line = ctx.lay.line_at(q.open)
    if line is None:
        return None
    m = NAME_LABEL_RE.match(ctx.text, line[0], q.open)
    if m is None or ctx.lay.sentence_at(q.open)[0] > m.start(1):
        return None
    if _label_person(ctx, [norm(w) for w in _LABEL_WORD_RE.findall(m.group(1))], (m.start(1), m.end(1))) is None:
        return None  # ('Fidan Visit: "..."': a heading's words, not a speaker's label)
    return m.start(1), m.end(1)


class _Joint(Said):
    """A quotation said by several people together ("A and B said", "they said"): one statement each."""

    __slots__ = ("others",)

    def __init__(self, quote: Quote, speakers: list[Mention], channel: Channel) -> None:
        first = speakers[0]
        super().__init__(quote, first.pid or "", (first.start, first.end), channel)
        self.others = [Said(quote, mm.pid or "", (mm.start, mm.end), channel) for mm in speakers[1:]]


def _joint_said(ctx: _Ctx, q: Quote, start: int, verb: int, frame: tuple[int, int]) -> Said | None:
    """The quotation of a speech verb at ``verb`` whose subject, from ``start``, is two people ("Fidan and
    Darchiashvili told reporters") or "they" standing for two named so before; its channel read in ``frame``."""
    group = _joint_subject(ctx, start, verb)
    if group is None and _THEY_BEFORE_RE.search(ctx.text, max(start, verb - WORD_BEFORE), verb):
        group = _they_group(ctx, verb)
    return _Joint(q, group, _channel(ctx.text[frame[0] : frame[1]])) if group else None


def _joint_subject(ctx: _Ctx, start: int, verb: int) -> list[Mention] | None:
    """Two people named as the subject of a verb at ``verb``, the first opening its clause at ``start``: "A and B
    said", "A, an aide to X, and B, the secretary of Y, told ..."."""
    text = ctx.text
    if verb - start > JOINT_REACH:
        return None  # two names and their titles do not take so long: the clause opens with something else
    people = [mm for mm in ctx.between(start, verb) if mm.kind is PERSON and mm.pid and not mm.possessive]
    if len(people) < 2 or people[-1].pid == people[-2].pid:
        return None
    one, two = people[-2], people[-1]
    if not _OPENER_RE.fullmatch(text, start, _name_start(text, start, one)):
        return None  # the first does not open the clause (after an opening phrase: "During their talks, A and B")
    if not _AND_BETWEEN_RE.fullmatch(text, one.end, _name_start(text, one.end, two)) and not _AND_BETWEEN_RE.fullmatch(
        text, one.end, _particle_start(text, one.end, two)
    ):
        return None
    return [one, two] if _BEFORE_VERB_RE.fullmatch(text, two.end, verb) else None


# what may stand before a clause's first subject: nothing, or an opening phrase ending with a comma
_OPENER_RE = re.compile(r"(?:[^;:\n\"“”]*,)?[ \t]*")
_WHO_CLAUSE_RE = compile_fast(r",[ \t]+who[ \t]")  # "..., B, who thanked him ..., adding:"


def _relative_subject(ctx: _Ctx, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The person a "who" clause is of, when one opens between ``start`` and a participle at ``end``: the participle
    hangs on it ("A received B, who thanked him for ..., adding:" is B's)."""
    last = None
    for m in _WHO_CLAUSE_RE.finditer(ctx.text, start, end):
        last = m
    if last is None:
        return None
    i = bisect.bisect_left(ctx.starts, last.start()) - 1
    mm = ctx.mentions[i] if i >= 0 else None
    if mm is None or mm.kind is not PERSON or not mm.pid or mm.end != last.start() or mm.start < start:
        return None
    return mm.pid, (mm.start, mm.end)


_NEXT_LOWER_RE = compile_fast(r"[ \t]+[a-z]")  # after a subject: its verb ("A and B [m]et", "A and B [b]oth said")


def _joint_opening(ctx: _Ctx, start: int, end: int) -> list[Mention] | None:
    """Two people opening the sentence at ``start`` as the subject of its verb ("A and B met X, calling it ..."), before
    ``end``: the subject of a participle hung on that clause."""
    people = [mm for mm in ctx.between(start, end) if mm.kind is PERSON and mm.pid and not mm.possessive][:2]
    if len(people) < 2 or people[0].pid == people[1].pid:
        return None
    verb = _NEXT_LOWER_RE.match(ctx.text, people[1].end)
    return _joint_subject(ctx, start, verb.end() - 1) if verb is not None else None


def _they_group(ctx: _Ctx, pos: int) -> list[Mention] | None:
    """Whom "they" at ``pos`` stands for: two people named together as the subject of a speech verb in its own
    sentence, or before it in the nearest sentence that has them; not past a plural subject of unnamed people in
    between ('European officials were cautious. "...," they said': the officials)."""
    lay, text = ctx.lay, ctx.text
    if not lay.sentences:
        return None
    si = lay.sentence_index(pos)
    for k in range(si, max(si - ANTECEDENT_SENTENCES - 1, -1), -1):
        s, e = lay.sentences[k]
        if k == si and _PLURAL_SUBJECT_RE.search(text, s, min(pos, s + SUBJECT_READ)):
            return None  # ('European officials said "...", and they added')
        group = _joint_in(ctx, s, e)
        if group is not None:
            return group
        if _PLURAL_SUBJECT_RE.search(text, s, min(e, s + SUBJECT_READ)):
            return None
    return None


def _joint_in(ctx: _Ctx, s: int, e: int) -> list[Mention] | None:
    """Two people named together as the subject of a speech verb in the sentence ``text[s:e]``."""
    for vm in SPEECH_RE.finditer(ctx.text, s, min(e, s + ANTECEDENT_REACH)):
        group = _joint_subject(ctx, s, vm.start())
        if group is not None:
            return group
    # no speech verb: two people opening the sentence as the subject of another verb ("A and B met in Brussels.")
    people = [mm for mm in ctx.between(s, min(e, s + JOINT_REACH)) if mm.kind is PERSON and mm.pid]
    if len(people) >= 2:
        verb = _NEXT_VERB_RE.match(ctx.text, people[1].end)
        if verb is not None:
            group = _joint_subject(ctx, s, verb.end() - len(verb.group().strip()))
            if group is not None:
                return group
        # "A met B in Milan. [The two ministers said ...]": the two sides of a meeting opening the sentence
        one, two = people[0], people[1]
        if (
            one.pid != two.pid
            and not ctx.text[s : _name_start(ctx.text, s, one)].strip()
            and _MET_BETWEEN_RE.fullmatch(ctx.text, one.end, _name_start(ctx.text, one.end, two))
        ):
            return [one, two]
    return None


# between two people, the first the subject of a meeting with the second: "A [met with President] B", "A [held talks
# with] B", "A [hosted his counterpart] B"
_MET_BETWEEN_RE = compile_fast(
    r"(?:,[^,;.:\n]{1,80},)?[ \t]+(?:also[ \t]+)?(?:met|hosted|received|(?:spoke|talked)[ \t]+(?:with|to)"
    r"|held[ \t]+(?:[a-z]+[ \t]+)?talks[ \t]+with)(?:[ \t]+with)?[ \t]+(?:[\w’'.\-]+[ \t]+){0,4}?"
)


def _said_continuing(ctx: _Ctx, q: Quote) -> Said | None:
    """A quotation with no attribution of its own continues what comes before: a paragraph that is only a quotation,
    the paragraph before, whose last sentence may open with its speaker ("Kobakhidze, for his part, praised them."), else
    the last speaker; a quotation opening a sentence, the sentence before, when it opens with a person and tells of
    their words ("X released a statement on the visit. "The OSCE stands ready ...")."""
    text, lay = ctx.text, ctx.lay
    line = lay.line_at(q.open)
    if line is None or _is_short(text, q):
        return None
    opens_line = line[0] == q.open
    si = lay.sentence_index(q.open)
    if not opens_line and not (lay.sentences and lay.sentences[si][0] == q.open and si > 0):
        return None
    after_end = line[1] if opens_line or q.close is None else min(line[1], lay.sentence_at(q.close)[1])
    if q.close is not None and _SPEECH_VERB_ONLY_RE.fullmatch(text, q.close + 1, after_end) is None:
        return None  # words after it say whose it is ('"...," an informed source told local media'), if not who
    li = lay.line_index(q.open)
    if opens_line:
        before = lay.sentence_at(lay.lines[li - 1][1] - 1) if li > 0 and lay.lines[li - 1][2] is TEXT_LINE else None
    else:
        before = lay.sentences[si - 1]
        if before[0] < line[0] or not (SPEECH_RE.search(text, *before) or _SPEECH_NOUN_WORD_RE.search(text, *before)):
            return None
    opener = _opening_person(ctx, *before) if before is not None else None
    opener = opener or (_announced_by(ctx, *before) if before is not None else None)
    if opener is not None and opener.pid:
        return Said(q, opener.pid, (opener.start, opener.end), Channel.UNKNOWN)
    guest = _interviewed(ctx, q.open) if opens_line else None
    if guest is not None and guest.pid and (ctx.last_speaker is None or ctx.last_speaker[1] < guest.start):
        return Said(q, guest.pid, (guest.start, guest.end), Channel.UNKNOWN)
    if not opens_line or ctx.last_speaker is None:
        return None
    speaker, at = ctx.last_speaker
    if li - lay.line_index(at) <= CONTINUED_LINES:
        return Said(q, speaker, None, Channel.UNKNOWN)
    return None


PRESS_SUBJECT_BEFORE = 240  # how far before the verb its press subject may begin (longer than any the pattern takes)


@once
def press_subject_re() -> re.Pattern[str]:
    """A press outlet as the subject right before a verb (a phrase between commas may part them): "the newspaper X",
    "our correspondent", a known outlet."""
    names = phrases(n for o in outlets() for n in o.names)
    return compile_fast(
        rf"(?:\b{phrases(OUTLET_NOUNS)}(?:[ \t]+[A-Z][\w.\-]*){{0,3}}"
        r"|\b(?:[Tt]he|[Aa]|[Oo]ur|[Ii]ts)[ \t]+(?:[a-z]+[ \t]+)?(?:journalists?|reporters?|correspondents?|interviewer)"
        rf"|(?<![\w.\-])(?:{names}))(?:,[^,;:.]{{1,100}},)?[ \t]+(?:(?:also|then|later|has|had|have)[ \t]+)?\Z"
    )


def _interviewed(ctx: _Ctx, pos: int) -> Mention | None:
    """Whom the outlet says it spoke with, a few lines before a paragraph that is only a quotation ("JAMnews discussed
    these questions with political observer X."; "We talked to X."): the person after "with" or "to", in a sentence
    whose subject is the outlet, its journalist or "we" (not "Pashinyan spoke with Aliyev", whose words are Pashinyan's,
    nor "He also discussed it with X")."""
    text, lay = ctx.text, ctx.lay
    for m in _INTERVIEWED_RE.finditer(text, max(0, pos - INTERVIEWED_BACK), pos):
        s = lay.sentence_at(m.start())[0]
        if ctx.in_quote(m.start()) or any(mm.kind in (PERSON, OFFICE) for mm in ctx.between(s, m.start())):
            continue
        lo = max(s, m.start() - PRESS_SUBJECT_BEFORE)
        if not (press_subject_re().search(text, lo, m.start()) or _WE_BEFORE_RE.search(text, s, m.start())):
            continue  # (the outlet's, or "we": not "He also discussed it with X", "the delegations talked to X")
        guest = ctx.first_between(m.end(), min(pos, m.end() + NAME_LEAD + NAME_LEAD), lambda mm: mm.kind is PERSON)
        if guest is not None and " of " not in text[m.end() : guest.start]:  # (not "with the mediation of X")
            return guest
    return None


INTERVIEWED_BACK = 600  # how far before a paragraph of quotation the outlet's words of an interview may be
# "We talked to X": the outlet's own words of an interview (not "I", often a speaker's own words; nor "the agency")
_WE_BEFORE_RE = compile_fast(r"\b[Ww]e[ \t]+(?:(?:also|have|had)[ \t]+)?\Z")
_INTERVIEWED_RE = compile_fast(
    r"\b(?:discussed|spoke|talked|interviewed)\b(?:[ \t]+[\w’'\-]+){0,5}?[ \t]+(?:with|to)\b"
)


def _announced_by(ctx: _Ctx, s: int, e: int) -> Mention | None:
    """Who a sentence ``text[s:e]`` says its news was told by, as the agent of a passive verb of saying ("This was
    announced by Foreign Minister X in an interview."): the first person named after "by"."""
    m = _ANNOUNCED_BY_RE.search(ctx.text, s, e)
    if m is None:
        return None
    # the head of the phrase after "by", not whose it is: "by Aliyev's aide X"; the name in apposition after another,
    # "by the spokeswoman for Minister A, X"; "by the Minister of Foreign Affairs of Azerbaijan X" is X
    found: Mention | None = None
    for mm in ctx.between(m.end(), min(e, m.end() + NAME_LEAD + NAME_LEAD)):
        if mm.kind is not PERSON or mm.possessive or ctx.in_quote(mm.start):
            continue
        if found is not None and not _APPOSED_NAME_GAP_RE.fullmatch(ctx.text, found.end, mm.start):
            break
        found = mm
    return found


_APPOSED_NAME_GAP_RE = compile_fast(r",[ \t]+")  # (fullmatched) between a name and another in apposition to it
_ANNOUNCED_BY_RE = compile_fast(
    r"\b(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:announced|stated|said|declared|noted|reported|emphasi[sz]ed|stressed|told)[ \t]+by[ \t]+"
)


def _opening_person(ctx: _Ctx, s: int, e: int) -> Mention | None:
    """The person a sentence ``text[s:e]`` opens with, titles and all ("Armenian Foreign Minister X thanked ...")."""
    first = ctx.first_between(s, min(e, s + NAME_LEAD + NAME_LEAD), lambda mm: mm.kind is not ORG)
    if first is not None and first.pid and _may_be_he(first) and _name_start(ctx.text, s, first) == s:
        return first
    # after a participle's phrase: "Speaking at a meeting on July 15, Aliyev voiced ..."
    opener = _PARTICIPLE_OPENER_RE.match(ctx.text, s, e)
    return _subject_at(ctx, opener.end(), e) if opener is not None else None


def _subject_at(ctx: _Ctx, pos: int, e: int) -> Mention | None:
    """The person (or office holder) whose name, titles and all, starts at ``pos`` and is followed by a verb: the
    subject of the clause there."""
    first = ctx.first_between(pos, min(e, pos + NAME_LEAD + NAME_LEAD), lambda mm: mm.kind is not ORG)
    if first is None or not _may_be_he(first) or _name_start(ctx.text, pos, first) != pos:
        return None
    return first if _NEXT_VERB_RE.match(ctx.text, first.end) else None


# after the subject opening a sentence: a verb that judges or tells in its own words ("Pashinyan, for his part, hailed
# Iran's 'effective and constructive' role", "Aliyev stressed the 'active and impartial' work")
_JUDGING_VERB_AFTER_RE = compile_fast(
    r"(?:,[^,;:\n\"“”]{1,40},)?[ \t]+(?:(?:also|again|once[ \t]+again|further|[a-z]+ly)[ \t]+)?"
    r"(?:hailed|praised|appreciated|lauded|welcomed|stressed|emphasi[sz]ed|underlined|described|called|termed|dubbed"
    r"|characteri[sz]ed|warned|instructed|urged|denounced|condemned|criticized|criticised|noted|thanked|congratulated|advised"
    r"|offered|proposed|demanded)\b"
)
# between the verb and the phrase: another's naming of it ("what Baku calls the", "which Yerevan describes as")
_WHAT_THEY_CALL_RE = compile_fast(
    r"\b(?:what|which)[ \t]+[^,;:\n\"“”]{1,40}?\b(?:calls?|called|terms?|termed|describes?|described)\b"
)
# before the phrase: what a subject advised or urged someone to do ("to"), thanked or congratulated them for ("for the",
# "on")
_TO_BEFORE_RE = compile_fast(r"[ \t]to[ \t]+\Z")
_FOR_ON_BEFORE_RE = compile_fast(r"\b(?:for|on)[ \t]+(?:(?:the|their|his|her|its)[ \t]+)?\Z")
JUDGED_AFTER = 160  # how far after the verb the phrase quoted may begin
_HE_OPENS_RE = compile_fast(r"(?:He|She)\b")
# after the subject: that they said they did it themselves ("said that during the meeting he [thanked]")
_SAID_THAT_HE_RE = compile_fast(
    r"[ \t]+(?:said|noted|stated|added|recalled)[ \t]+that[ \t]+(?:[^,;:\n\"“”]{0,60}?[ \t]+)?(?:he|she)\b"
)


def _judged_by_subject(ctx: _Ctx, q: Quote) -> Said | None:
    """A phrase quoted after the verb of a sentence's subject who judges or tells something ("Pashinyan hailed Iran's
    'effective and constructive' role"): the subject's words, when no one else is named between them and no name is
    the phrase ('the "Crossroads of Peace"')."""
    text, lay = ctx.text, ctx.lay
    if q.close is None:
        return None
    s, e = lay.sentence_at(q.open)
    label = _LABEL_RE.match(text, s, q.open)
    if label is not None and not ctx.between(s, label.end()):
        s = label.end()  # "Why it matters: During the trip, X condemned ...": the sentence opens after its label
    subject = _opening_person(ctx, s, e)  # (first: most quotations' sentences open on no one)
    if subject is None and (opener := _PREPOSITION_OPENER_RE.match(text, s, e)) is not None:
        subject = _subject_at(ctx, opener.end(), e)
    he = _HE_OPENS_RE.match(text, s, q.open) if subject is None else None  # "He said that he thanked Y for the '...'"
    subject_end = subject.end if subject is not None else he.end() if he is not None else q.open + 1
    if subject_end > q.open:
        return None
    told = _SAID_THAT_HE_RE.match(text, subject_end, q.open)  # "X said that during the meeting he thanked ..."
    verb = _JUDGING_VERB_AFTER_RE.match(text, told.end() if told is not None else subject_end, q.open)
    if verb is None or q.open - verb.end() > JUDGED_AFTER or _capitalised(text, q):
        return None
    if subject is None:
        subject = _antecedent(ctx, s)  # (read last: the verb is rare, the antecedent dear)
    if subject is None or subject.pid is None:
        return None
    # "X thanked Y for the '...'", "congratulated Y on '...'", "advised (urged) Y to '...'": what Y did or is to do, in
    # X's words, however long
    thanks = (
        verb.group().endswith(("thanked", "congratulated")) and _FOR_ON_BEFORE_RE.search(text, verb.end(), q.open)
    ) or (verb.group().endswith(("advised", "urged")) and _TO_BEFORE_RE.search(text, verb.end(), q.open))
    if not (thanks or _is_short(text, q)):
        return None
    if _WHAT_THEY_CALL_RE.search(text, verb.end(), q.open):
        return None  # 'proposed talks on what Baku calls the "corridor"': the words of whoever calls it so
    if not thanks and any(mm.kind is PERSON and not mm.possessive for mm in ctx.between(verb.end(), q.open)):
        return None  # "X praised Y's 'frank' words": whose they are is not told (but "X thanked Y for the '...'")
    return Said(q, subject.pid, (subject.start, subject.end), Channel.UNKNOWN)


# a participle of referring or saying that opens a sentence, up to a phrase it quotes ("Referring to his "), and
# the rest of its phrase after the quotation, up to the comma before the subject (" with President X, ")
_REFERRING_OPENER_RE = compile_fast(
    r"(?:Referring|Speaking|Commenting|Describing|Calling|Stressing|Noting|Emphasi[sz]ing|Highlighting|Recalling"
    r"|Hailing|Praising|Welcoming|Pointing)\b[^,;:.\n\"“”]{0,100}"
)
_OPENER_REST_RE = compile_fast(r"[^,;:.\n\"“”]{0,100},[ \t]+")


def _quoted_in_opener(ctx: _Ctx, q: Quote) -> Said | None:
    """A phrase quoted in a participle's phrase of referring or saying that opens a sentence ("Referring to his
    'reliable dialogue' with Y, X said ..."): the words of the subject after it, when no one is named before it."""
    text = ctx.text
    if q.close is None or not _is_short(text, q) or _capitalised(text, q):
        return None
    s, e = ctx.lay.sentence_at(q.open)
    if not _REFERRING_OPENER_RE.fullmatch(text, s, q.open):
        return None
    if any(mm.kind is PERSON for mm in ctx.between(s, q.open)):
        return None  # "Referring to X's 'frank' words, Y said": whose they are is not told
    rest = _OPENER_REST_RE.match(text, q.close + 1, e)
    if rest is None:
        return None
    subject = _subject_at(ctx, rest.end(), e)
    if subject is None or subject.pid is None:
        return None
    return Said(q, subject.pid, (subject.start, subject.end), Channel.UNKNOWN)


# a participle's phrase opening a sentence, up to its comma: "Speaking at a meeting on July 15, "
_OPENER_REST = r"\b[^,;:.\n\"“”]{0,150},[ \t]+"
_PARTICIPLE_OPENER_RE = compile_fast(r"[A-Z][a-z]+ing" + _OPENER_REST)
# ... or a preposition's, before the subject of a verb that judges: "During the talks, X warmly congratulated"
# (and a clause of "which" or "when" set off by commas after its noun: "During the trip, which came days after X, ")
_PREPOSITION_OPENER_RE = compile_fast(
    r"(?:During|After|At|In|On)" + _OPENER_REST + r"(?:(?:which|when|where)\b[^,;:.\n\"“”]{0,150},[ \t]+)?"
)
# a label of a few words before a sentence, a colon after it: "Why it matters: ", "The big picture: "
_LABEL_RE = compile_fast(r"[A-Z][\w’']*(?:[ \t]+[\w’']+){0,3}:[ \t]+(?=[A-Z])")


def attribute_all(
    text: str, lay: Layout, idx: Index, mentions: Mentions, quotes: list[Quote], remarks: list[Quote]
) -> list[Said]:
    """Every quotation and remark with a speaker; the others are dropped. The lines of a remark printed without
    marks whose speaker is not found are read for quotations like any others: ``quotes`` is then found again,
    in place."""
    ctx = _Ctx(text, lay, idx, mentions, quotes)
    voiced = [_remark_speaker(ctx, r) for r in remarks]
    reread = [v is None and _rereadable(idx, r) for r, v in zip(remarks, voiced, strict=True)]
    if any(reread):
        kept = [(r.open, r.end) for r, again in zip(remarks, reread, strict=True) if not again]
        quotes[:] = find_quotes(text, lay, kept)
        ctx = _Ctx(text, lay, idx, mentions, quotes)
    out: list[Said] = []
    together: list[Said] = []  # the other speakers of the last quotation, when several said it
    items = sorted([(q.open, 0, i, q) for i, q in enumerate(quotes)] + [(r.open, 1, i, r) for i, r in enumerate(remarks)])
    for _, is_remark, i, q in items:
        if not is_remark and (_title_named(text, q) or _held_up(text, q.open)):
            continue  # a title, or others' words held up ('its allegations of a "crisis"')
        said = voiced[i] if is_remark else _attribute(ctx, q, i)
        others: list[Said] = []
        if said is None and not is_remark and out:
            said = _continued(ctx, q, out[-1])  # ('"...," A and B said. "...": the second half is both of theirs)
            others = [Said(q, o.speaker, o.speaker_span, o.channel) for o in together] if said is not None else []
        if said is None or (not is_remark and _in_a_question(ctx, q)):
            continue
        out.append(said)
        if isinstance(said, _Joint):
            others = said.others
        out.extend(others)
        together = [said, *others[:-1]] if others else []
        p = idx.people.get(said.speaker) or mentions.new_people.get(said.speaker)
        if p is not None and p.kind in (ParticipantKind.PERSON, ParticipantKind.COMMENTATOR) and not isinstance(said, _Cited):
            ctx.last_speaker = (said.speaker, q.end)
    return out


# before a phrase in quotation marks: the question it is part of ("when asked whether Washington was hoping for
# [“a happy ending”]"), the asker's words, not the one who answers
_ASKED_BEFORE_RE = compile_fast(
    r"\b[Aa]sked[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:whether|if|about|what|how|why)\b"
    r"(?:(?!\b(?:said|says|told|replied|answered|responded|noted|added|called)\b)[^.;:“\"])*\Z"  # (no answer told between)
)
ASKED_BEFORE = 160  # how far before the phrase the question may begin


def _in_a_question(ctx: _Ctx, q: Quote) -> bool:
    """Whether a short phrase in quotation marks is a question's words put to the speaker ('when asked whether X
    hoped for "a happy ending"'), its sentence's own words."""
    if not _is_short(ctx.text, q) or q.close is None:
        return False
    s = ctx.lay.sentence_at(q.open)[0]
    return _ASKED_BEFORE_RE.search(ctx.text, max(s, q.open - ASKED_BEFORE), q.open) is not None


def _rereadable(idx: Index, r: Quote) -> bool:
    """Whether a remark's lines are read for quotations when its speaker is not found: all but those of a
    transcript's questioner ("QUESTION:", "MODERATOR:"), whose words are someone's all the same. A capitalised
    label of no speaker ("BAKU:", "UPDATE:") is a dateline or a note over the text that follows."""
    if not isinstance(r, Remark):
        return False
    label = r.remark_of or ""
    if r.form is not RemarkForm.LABEL or not label.isupper():
        return True
    words = [norm(w) for w in _LABEL_WORD_RE.findall(label)]
    return _is_place(idx, words) or not (words and words[0] in NOT_SPEAKERS)


def _names_a_place(idx: Index, text: str) -> bool:
    """Whether ``text`` holds the name of a place the registry knows ("Western Azerbaijan")."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    return any(
        tuple(words[i : i + len(toks)]) == toks for i, w in enumerate(words) for toks, _ in idx.place_full.get(w, ())
    )


def _is_place(idx: Index, words: list[str]) -> bool:
    """Whether the words of a label name a place the registry knows ("BAKU", "NEW YORK")."""
    return bool(words) and any(toks == tuple(words) for toks, _ in idx.place_full.get(words[0], ()))


def _continued(ctx: _Ctx, q: Quote, prev: Said) -> Said | None:
    """The second half of a split quotation ('"...," the minister replied. "There is..."') is the same speaker's."""
    pq = prev.quote
    if pq.close is None or pq.remark_of is not None or pq.close >= q.open:
        return None
    gap = ctx.text[pq.close + 1 : q.open]
    # '"...," the minister replied. "There is..."' and '"...," he said, according to X, "and ..."'
    if "\n" in gap or len(gap) > SPLIT_GAP or not SPEECH_RE.search(gap) or not _LEAD_PUNCT_END_RE.search(gap):
        return None
    return Said(q, prev.speaker, prev.speaker_span, prev.channel)


def _remark_speaker(ctx: _Ctx, q: Quote) -> Said | None:
    """Who speaks a remark printed without quotation marks, read where its form names them."""
    if not isinstance(q, Remark) or q.form is RemarkForm.LABEL:
        return _label_speaker(ctx, q)
    a, b = q.frame
    got: tuple[str, tuple[int, int]] | None = None
    channel = _channel(ctx.text[a:b])
    if q.form is RemarkForm.INTRO or q.form is RemarkForm.TITLE:
        got = _intro_speaker(ctx, a, b)
        if got is not None and _speaks_of(ctx, got[0], q):
            return None
        channel = channel if channel is not Channel.UNKNOWN else Channel.REMARKS
    elif q.form is RemarkForm.SIGNATURE:
        first = ctx.first_between(a, b, lambda mm: mm.kind is PERSON and bool(mm.pid))
        got = (first.pid or "", (first.start, first.end)) if first is not None else None
        channel = Channel.SOCIAL_MEDIA
    elif q.form is RemarkForm.ANSWER:  # every answer of an interview has the same introduction: read it once
        if q.frame not in ctx.interviewees:
            ctx.interviewees[q.frame] = _interviewee(ctx, a, b)
        got = ctx.interviewees[q.frame]
        channel = Channel.INTERVIEW
    if got is None:
        return None
    said = Said(q, got[0], got[1], channel)
    if q.form is RemarkForm.SIGNATURE:
        said.date_at = (a, b)  # "— Name (@handle) September 30, 2020": the day of posting
    return said


def _interviewee(ctx: _Ctx, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """Who an interview introduced in ``text[a:b]`` is with: the person named in its last sentence that speaks of
    the interview ("X was interviewed by Imedi", "in an interview with X")."""
    found = list(INTERVIEW_RE.finditer(ctx.text, a, b))
    for m in reversed(found):
        s, e = ctx.lay.sentence_at(m.start())
        first = ctx.first_between(s, e, lambda mm: mm.kind is PERSON and bool(mm.pid) and not mm.possessive)
        if first is None and (pm := _HE_LEADS_RE.search(ctx.text, s, m.start())) is not None:
            first = _antecedent(ctx, pm.start())  # "X will visit Y. He gave an interview to Z": X
        if first is not None and first.pid:
            return first.pid, (first.start, first.end)
    return None


def _label_speaker(ctx: _Ctx, q: Quote) -> Said | None:
    """The speaker a transcript's label names ("MS BRUCE:", "Hakan Fidan:"): a name the registry or the text knows."""
    label = q.remark_of or ""
    words = [norm(w) for w in _LABEL_WORD_RE.findall(label)]
    if not words or words[0] in NOT_SPEAKERS:
        return None
    if len(words) == 1 and words[0] in ANSWER_LABELS:  # "Answer:": the interviewee, named before the first
        if not ctx.answerer_read:
            ctx.answerer, ctx.answerer_read = _interviewee(ctx, ctx.lay.body_start, q.open), True
        got = ctx.answerer
        return Said(q, got[0], got[1], Channel.INTERVIEW) if got else None
    person = _label_person(ctx, words, q.frame if isinstance(q, Remark) else None)
    if person is None or _speaks_of(ctx, person[0], q):
        return None
    return Said(q, person[0], person[1], Channel.REMARKS)


def _label_person(
    ctx: _Ctx, words: list[str], frame: tuple[int, int] | None
) -> tuple[str, tuple[int, int] | None] | None:
    """The person a label's words (normalised) name, and nothing else but their titles ("MR SMITH", "President of
    Russia X"): a name the registry knows, else one the text names within the label's ``frame``. A label with
    other words ("Fidan Visit") is a heading's, not a speaker's."""
    idx = ctx.idx
    for k in range(len(words)):
        for toks, pid in idx.full.get(words[k], ()):
            if tuple(words[k : k + len(toks)]) == toks:
                return (pid, None) if _only_titles(ctx, words, set(toks)) else None
    for key in reversed(words):
        ids = idx.surname.get(key, [])
        named = [pid for pid in ids if pid in ctx.named]
        pick = named[0] if len(named) == 1 else ids[0] if len(ids) == 1 else None
        if pick:
            return (pick, None) if _only_titles(ctx, words, {key}) else None
    if frame is not None:  # a person the registry lacks, named in the label ("Selin Arslan:")
        a, b = frame
        mm = ctx.first_between(a, b, lambda mm: mm.kind is PERSON and bool(mm.pid))
        if mm is not None and mm.pid:
            names = {norm(w) for w in _LABEL_WORD_RE.findall(ctx.text, mm.start, mm.end)}
            return (mm.pid, (mm.start, mm.end)) if _only_titles(ctx, words, names) else None
    return None


def _only_titles(ctx: _Ctx, words: list[str], name: set[str]) -> bool:
    """Whether the words of a label besides the name's are titles, countries or "of the"."""
    idx = ctx.idx
    return all(
        w in name or w in TITLE_WORDS or w in _LABEL_FILLERS or idx.may_be_in_title(w) or idx.country(w) is not None
        for w in words
    )


_OBJECT_OF_BEFORE_RE = compile_fast(r"\b(?:of|at|to|for|with|by|from|on)[ \t]+(?:the[ \t]+)?\Z")
OBJECT_OF_BEFORE = 10  # the longest preposition and "the" before an office ("from the ")


def _object_of(text: str, floor: int, at: int) -> bool:
    """Whether a preposition stands right before the office at ``at`` (not before ``floor``): another's, an object."""
    return _OBJECT_OF_BEFORE_RE.search(text, max(floor, at - OBJECT_OF_BEFORE), at) is not None


def _speaks_of(ctx: _Ctx, pid: str, q: Quote) -> bool:
    """Whether words printed as a person's name them in the third person ("X said:" over "X opened the session"):
    a report of them, not their own words. The reporter's attribution ("..., said X") does not count."""
    text = ctx.text
    for mm in ctx.between(q.start, q.end):
        if mm.pid != pid or mm.kind is ORG or (mm.kind is OFFICE and _object_of(text, q.start, mm.start)):
            continue  # (an office after a preposition in one's words, "at the level of the head of state": another's)
        before = _name_start(text, q.start, mm)
        if not (_SAID_AFTER_RE.match(text, mm.end) or SAID_BEFORE_RE.search(text, max(0, before - WORD_BEFORE), before)):
            return True
    return False
