"""Direct quotations and who said them.

Quotation marks are paired in one pass (curly or straight, unclosed, cut off,
or running over paragraphs); each quotation is then attributed from the words
around it: ``"...," X said``, ``X said: "..."``, ``said X``, "according to X",
"X quoted Y as saying", pronouns ("he added"), titles ("the Russian FM said"),
institutions ("the statement said"). A transcript's ``SPEAKER:`` lines are
remarks of that speaker. Short quotes that no speech verb introduces are
scare quotes or titles, not statements.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from ..model import Channel
from ._lexicon import DETERMINERS, ORG_NOUNS, SPEECH_AFTER_RE, SPEECH_RE
from ._regex import compile_fast, word_trie
from ._text import Layout
from .people import Index, Mention, Mentions, norm

__all__ = ["Quote", "Said", "attribute_all", "find_quotes", "find_remarks"]

_MARK_RE = compile_fast(r"[\"“”„«»]")
_OPENERS = "“„«"
_CLOSERS = "”»"
_OPEN_CONTEXT = " \t\n\r([{—–-/:\u00a0"
_MAX_LINES = 4  # a quotation may run over this many line breaks without reopening marks


class Quote:
    """A quotation: the marks' positions and the span of the words between them."""

    __slots__ = ("close", "end", "open", "remark_of", "start", "unclosed")

    def __init__(self, open_: int, close: int | None, start: int, end: int) -> None:
        self.open = open_
        self.close = close  # None when the quotation is never closed
        self.start = start
        self.end = end
        self.unclosed = close is None
        self.remark_of: str | None = None  # a transcript label's text


def _kind(text: str, pos: int) -> str:
    ch = text[pos]
    prev = text[pos - 1] if pos > 0 else " "
    nxt = text[pos + 1] if pos + 1 < len(text) else " "
    if ch in _OPENERS:
        if not prev.isspace() and prev not in _OPEN_CONTEXT and (nxt.isspace() or nxt in ",.;:!?"):
            return "close"
        return "open"
    if ch in _CLOSERS:
        if (prev.isspace() or prev in "([") and nxt.isalnum():
            return "open"
        return "close"
    # a straight quote: read from its neighbours
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
    """Quotations of ``text`` outside boilerplate lines and outside the ``skip`` spans (transcript remarks)."""
    out: list[Quote] = []
    skip_starts = [s for s, _ in skip]

    def skipped(pos: int) -> bool:
        i = bisect.bisect_right(skip_starts, pos) - 1
        return i >= 0 and skip[i][0] <= pos < skip[i][1]

    open_at: int | None = None
    open_line_end = 0  # the end of the line the open quotation began on
    breaks = 0
    last_pos = 0

    def finish(close: int | None, end: int) -> None:
        assert open_at is not None
        s, e = _trim(text, open_at + 1, end)
        if e > s:
            out.append(Quote(open_at, close, s, e))

    for line_start, line_end, line_kind in lay.lines:  # marks lie on lines; boilerplate lines are skipped
        if line_kind == "boilerplate":
            continue
        for m in _MARK_RE.finditer(text, line_start, line_end):
            pos = m.start()
            if skip and skipped(pos):
                continue
            kind = _kind(text, pos)
            if kind == "none":
                continue
            if open_at is not None:
                breaks += text.count("\n", last_pos, pos)
                last_pos = pos
                if breaks > _MAX_LINES or (line_kind == "heading" and breaks):
                    finish(None, open_line_end)
                    open_at = None
            if open_at is None:
                if kind == "open":
                    open_at, open_line_end, breaks, last_pos = pos, line_end, 0, pos
                continue
            if kind == "close":
                finish(pos, pos)
                open_at = None
                continue
            # an opening mark while a quotation is open
            if breaks and line_start == pos:
                breaks = 0  # a new paragraph that reopens the quotation continues it
                continue
            finish(None, min(open_line_end, pos))
            open_at, open_line_end, breaks, last_pos = pos, line_end, 0, pos
    if open_at is not None:
        finish(None, open_line_end)
    return out


_LABEL_RE = compile_fast(r"^[ \t]*([A-Z][A-Z.'’\- ]{0,48}[A-Z.]):[ \t\u00a0]+(?=\S)", re.MULTILINE)
_NOT_SPEAKERS = frozenset(
    {"q", "question", "moderator", "operator", "participant", "staff", "audience", "note", "editor", "source", "photo"}
)


def find_remarks(text: str, lay: Layout) -> list[Quote]:
    """A transcript's remarks: each ``LABEL:`` line and the lines that follow it, up to the next label or heading."""
    labels = []
    for line_start, _, _ in lay.lines:  # a label opens a line: try the pattern at line beginnings only
        begin = text.rfind("\n", 0, line_start) + 1
        if begin < lay.body_start:
            continue  # the line the leading date shares
        m = _LABEL_RE.match(text, begin)
        if m is not None and sum(c.isalpha() for c in m.group(1)) >= 2:
            labels.append(m)
    out: list[Quote] = []
    for i, m in enumerate(labels):
        if lay.kind_at(m.start(1)) == "boilerplate":
            continue
        limit = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        end = m.end()
        li = lay.line_index(m.end())
        while li < len(lay.lines):
            s, e, kind = lay.lines[li]
            if s >= limit or (s > m.end() and kind != "text"):
                break
            end = e
            li += 1
        s, e = _trim(text, m.end(), end)
        if e > s:
            q = Quote(m.end(), None, s, e)
            q.unclosed = False
            q.remark_of = m.group(1)
            out.append(q)
    return out


class Said:
    """A quotation attributed: the speaker's participant id, the span naming them, the channel."""

    __slots__ = ("channel", "date_at", "quote", "speaker", "speaker_span")

    def __init__(self, quote: Quote, speaker: str, speaker_span: tuple[int, int] | None, channel: Channel) -> None:
        self.quote = quote
        self.speaker = speaker
        self.speaker_span = speaker_span
        self.channel = channel
        self.date_at: tuple[int, int] | None = None  # the frame, where a date of saying may be


_PRON_RE = compile_fast(r"\b(?:he|she|He|She)\b")
_QUOTING_RE = compile_fast(r"\b(?:quot(?:ed|ing)|citing|cited)\b")
_PREPS = frozenset(
    [
        "with",
        "to",
        "by",
        "of",
        "for",
        "from",
        "between",
        "among",
        "about",
        "on",
        "at",
        "in",
        "into",
        "against",
        "toward",
        "towards",
        "than",
    ]
)
_LEAD_PUNCT_RE = compile_fast(r"\A[\s,.;:!?—–-]*")
_CLAUSE_END_RE = compile_fast(r"[;!?\n]")  # a full stop ends the clause as the sentence ends (not "U.S.")
_WORD_RE = compile_fast(r"[\w’'\-]+")
_NAME_LEAD_RE = compile_fast(r"(?:[A-Z][\w’'.\-]*[ \t]+(?:of[ \t]+(?:the[ \t]+)?(?=[A-Z]))?){0,5}\Z")
_ORG_NOUN_RE = compile_fast(r"\b" + word_trie({w.lower() for w in ORG_NOUNS}) + r"\b", re.IGNORECASE)


class _Ctx:
    def __init__(self, text: str, lay: Layout, idx: Index, mentions: Mentions, quotes: list[Quote]) -> None:
        self.text = text
        self.lay = lay
        self.idx = idx
        self.mentions = [m for m in mentions.items if m.kind in ("person", "org", "office")]
        self.starts = [m.start for m in self.mentions]
        self.quotes = quotes
        self.qstarts = [q.open for q in quotes]
        self.last_speaker: tuple[str, int] | None = None
        self.titles = mentions.titles
        self.quoted = [self.in_quote(m.start) for m in self.mentions]  # whether each mention is inside a quotation
        self._verbs: dict[int, tuple[int, list[int], list[re.Match[str]]]] = {}

    def speech_verbs(self, sentence_start: int, a: int, b: int) -> list[re.Match[str]]:
        """Speech verbs within ``text[a:b]`` of the sentence starting at ``sentence_start``: its verbs are found once."""
        found = self._verbs.get(sentence_start)
        if found is None:
            _, end = self.lay.sentence_at(sentence_start)
            matches = list(SPEECH_RE.finditer(self.text, sentence_start, end))
            found = self._verbs[sentence_start] = (end, [m.start() for m in matches], matches)
        end, starts, matches = found
        if b > end:  # past the sentence's end (a line the sentences leave out): search the window itself
            return list(SPEECH_RE.finditer(self.text, a, b))
        out = []
        for i in range(bisect.bisect_left(starts, a), len(matches)):
            if matches[i].end() > b:
                break
            out.append(matches[i])
        return out

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.qstarts, pos) - 1
        if i < 0:
            return False
        q = self.quotes[i]
        return q.open <= pos < (q.close if q.close is not None else q.end)

    def between(self, a: int, b: int) -> list[Mention]:
        """The mentions within ``text[a:b]`` outside quotations."""
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b, i)
        return [mm for mm, q in zip(self.mentions[i:j], self.quoted[i:j], strict=True) if not q and mm.end <= b]

    def first_between(self, a: int, b: int, accept: Callable[[Mention], bool]) -> Mention | None:
        """The first mention within ``text[a:b]`` outside quotations that ``accept`` takes, without listing the rest."""
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b, i)
        mentions, quoted = self.mentions, self.quoted
        for k in range(i, j):
            mm = mentions[k]
            if not quoted[k] and mm.end <= b and accept(mm):
                return mm
        return None

    def word_before(self, pos: int) -> str:
        words = _WORD_RE.findall(self.text[max(0, pos - 30) : pos])
        return words[-1].lower() if words else ""

    def usable(self, mm: Mention) -> bool:
        if mm.kind == "office" and not mm.pid:
            return False
        if mm.possessive and mm.kind != "org":
            return False
        if mm.kind == "org":  # "relations with the CIS countries" is not who spoke; "issued by the ministry" is
            words = [w.lower() for w in _WORD_RE.findall(self.text[max(0, mm.start - 40) : mm.start])[-2:]]
            if words and words[-1] == "the":
                words.pop()
            return not words or words[-1] not in _PREPS or words[-1] == "by"
        # "adviser to Azerbaijani President Ilham Aliyev": look past the capitalised words before the name,
        # within its sentence ("... on Friday. Hikmet Hajiyev said" is not "on Hikmet Hajiyev")
        sentence_start = self.lay.sentence_at(mm.start)[0]
        if sentence_start > mm.start:
            sentence_start = 0
        lead = _NAME_LEAD_RE.search(self.text, max(sentence_start, mm.start - 80), mm.start)
        start = mm.start - (len(lead.group()) if lead else 0)
        if start <= sentence_start:
            return True  # the name opens its sentence
        return self.word_before(mm.start) not in _PREPS and self.word_before(start) not in _PREPS


def _may_be_he(mm: Mention) -> bool:
    """Whether a mention can be whom "he" or "she" stands for: a person or an office holder, not a possessive."""
    return mm.kind in ("person", "office") and bool(mm.pid) and not mm.possessive


def _antecedent(ctx: _Ctx, pos: int) -> Mention | None:
    """Whom "he" or "she" at ``pos`` stands for: the first person of this sentence before it, else of an earlier one."""
    lay = ctx.lay
    si = lay.sentence_index(pos)
    for k in range(si, max(si - 5, -1), -1):
        s, e = lay.sentences[k] if lay.sentences else (0, pos)
        stop = min(e, pos) if k == si else e
        if k == si:  # this sentence: its first person
            first = ctx.first_between(max(s, stop - 600), stop, _may_be_he)
            if first is not None:
                return first
            continue
        found = [mm for mm in ctx.between(max(s, stop - 600), stop) if _may_be_he(mm)]  # an earlier sentence
        if not found:
            continue
        # "According to him, ... with the participation of X": that sentence's subject is the earlier "he"
        lead = ctx.text[s : found[0].start]
        if _HE_LEADS_RE.search(lead) and not ctx.usable(found[0]):
            continue
        for mm in found:  # its speaker ("..., Hajiyev said") before its first name
            if _SAID_AFTER_RE.match(ctx.text, mm.end):
                return mm
        return found[0]
    return None


# '..." within months", while X said ...': the words after begin a clause of their own, with its own speaker
_NEW_CLAUSE_RE = re.compile(r"(?:while|whereas|but|although|though)\b")
_HE_LEADS_RE = re.compile(r"\b(?:[Aa]ccording[ \t]+to[ \t]+(?:him|her)|[Hh]e|[Ss]he)\b")
_THAT_SOON_RE = re.compile(r"[^.;]{0,60}?\bthat\b")
_LEAD_PUNCT_END_RE = re.compile(r"[.:,]\s*\Z")
_SAID_AFTER_RE = compile_fast(r"[ \t]*,?[ \t]*(?:[a-z]+[ \t]+)?(?:said|says|stated|told|added|noted|stressed|wrote)\b")


def _nearest_subject(ctx: _Ctx, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """The speaker named closest before ``b`` in ``text[a:b]``: a mention, a pronoun or an institution."""
    text = ctx.text
    # the last one that can speak: the one ending last, the whole office before a name inside it
    # ("The European Council President", not "European Council")
    latest = sorted(ctx.between(a, b), key=lambda mm: (mm.end, -mm.start), reverse=True)
    last = next((mm for mm in latest if ctx.usable(mm)), None)
    best_pos = -1
    best: tuple[str, tuple[int, int]] | None = None
    if last is not None and last.pid:
        best_pos, best = last.end, (last.pid, (last.start, last.end))
    for pm in _PRON_RE.finditer(text, a, b):
        if pm.end() > best_pos and not ctx.in_quote(pm.start()):
            ante = _antecedent(ctx, pm.start())
            if ante is not None and ante.pid:
                best_pos, best = pm.end(), (ante.pid, (ante.start, ante.end))
            elif ctx.last_speaker:
                best_pos, best = pm.end(), (ctx.last_speaker[0], (pm.start(), pm.end()))
    for rm in _ROLE_RE.finditer(text, a, b):
        if ctx.word_before(rm.start()) in _PREPS and text[rm.end() : b].strip():
            continue  # "adviser to the Azerbaijani president": not who spoke ("with the German leader saying": is)
        if rm.end() > best_pos and not ctx.in_quote(rm.start()):
            got = _role_holder(ctx, rm)
            if got is not None:
                best_pos, best = rm.end(), got
    for om in _ORG_NOUN_RE.finditer(text, a, b):
        if om.end() > best_pos and not ctx.in_quote(om.start()):
            orgs = [mm for mm in ctx.between(max(0, a - 200), b) if mm.kind == "org"]
            best_pos = om.end()
            best = (orgs[-1].pid, (orgs[-1].start, orgs[-1].end)) if orgs and orgs[-1].pid else None
    return best


_ROLE_RE = compile_fast(
    r"\b[Tt]he[ \t]+(?:(?P<adj>[A-Z][\w\-]+)[ \t]+)?(?i:(?P<deputy>top[ \t]+|chief[ \t]+|foreign[ \t]+|deputy[ \t]+)?)"
    r"(?P<role>(?i:diplomat|minister|leader|president|premier|prime[ \t]+minister|spokes(?:wo)?man|spokesperson|chancellor))\b"
)
_ROLE_TITLES = {
    "diplomat": ("foreign minister", "minister of foreign affairs", "spokes", "secretary of state", "ambassador", "envoy"),
    "leader": ("president", "prime minister", "chancellor", "king", "emir"),
    "premier": ("prime minister",),
    "spokesman": ("spokes",),
    "spokeswoman": ("spokes",),
    "spokesperson": ("spokes",),
}


def _role_holder(ctx: _Ctx, rm: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """Whom "the diplomat", "the Russian leader" stands for: the last person named before with that role."""
    role = re.sub(r"[ \t]+", " ", rm.group("role").lower())
    wanted = _ROLE_TITLES.get(role, (role,))
    country = None
    if rm.group("adj"):
        place = ctx.idx.country(rm.group("adj"))
        if place is None:
            return None
        country = place.name
    i = bisect.bisect_left(ctx.starts, rm.start()) - 1
    seen: set[str] = set()
    while i >= 0 and ctx.mentions[i].start > rm.start() - 3000:
        mm = ctx.mentions[i]
        i -= 1
        if mm.kind != "person" or not mm.pid or mm.pid in seen or ctx.in_quote(mm.start):
            continue
        seen.add(mm.pid)
        person = ctx.idx.people.get(mm.pid)
        for c, title in ctx.titles.get(mm.pid, ()):
            c = c or (person.country if person is not None else None)  # a title without its country: the person's
            low = title.lower()
            if (rm.group("deputy") or "").strip().lower() == "deputy" and "deputy" not in low:
                continue  # "the deputy prime minister" is not the prime minister, nor the other way round
            if "deputy" in low and (rm.group("deputy") or "").strip().lower() != "deputy":
                continue
            if any(w in low for w in wanted) and (country is None or c in (None, country)):
                return mm.pid, (mm.start, mm.end)
    return None


def _first_after(ctx: _Ctx, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    text = ctx.text
    cands = [mm for mm in ctx.between(a, b) if mm.pid and not (mm.kind == "office" and not mm.pid)]
    pm = _PRON_RE.search(text, a, b)
    om = _ORG_NOUN_RE.search(text, a, b)
    first: tuple[int, tuple[str, tuple[int, int]] | None] | None = None
    if cands:
        first = (cands[0].start, (cands[0].pid or "", (cands[0].start, cands[0].end)))
    if pm and (first is None or pm.start() < first[0]):
        ante = _antecedent(ctx, pm.start())
        first = (pm.start(), (ante.pid, (ante.start, ante.end)) if ante and ante.pid else None)
    if om and (first is None or om.start() < first[0]):
        orgs = [mm for mm in ctx.between(max(0, a - 200), b) if mm.kind == "org" and mm.pid]
        first = (om.start(), (orgs[-1].pid or "", (orgs[-1].start, orgs[-1].end)) if orgs else None)
    return first[1] if first else None


def _channel(frame: str) -> Channel:
    f = frame.lower()
    if any(w in f for w in ("tweet", "twitter", "on x", "social media", "posted", "instagram", "facebook", "telegram")):
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


def _words(text: str, start: int, end: int, enough: int) -> int:
    """How many words ``text[start:end]`` has in its first 400 characters, counted up to ``enough`` (no further)."""
    return sum(1 for _ in itertools.islice(_WORD_RE.finditer(text, start, min(end, start + 400)), enough))


def _attribute(ctx: _Ctx, q: Quote, qi: int) -> Said | None:
    text, lay = ctx.text, ctx.lay
    short = _words(text, q.start, q.end, 4) <= 3
    # -- after the quotation: ', X said' / ', said X' / ', TASS reports quoting X as saying'
    if q.close is not None:
        a = q.close + 1
        nxt = ctx.quotes[qi + 1].open if qi + 1 < len(ctx.quotes) else len(text)
        limit = min(nxt, a + 200, len(text))
        # the clause ends at a sentence's end (not at the dot of "U.S."), a semicolon or a line break
        limit = min(limit, max(lay.sentence_at(q.close)[1], a + 1))
        cm = _CLAUSE_END_RE.search(text, a + 1, limit)
        b = cm.start() if cm else limit
        lead = _LEAD_PUNCT_RE.match(text[a:b])
        a2 = a + (lead.end() if lead else 0)
        frame = text[a2:b]
        if (text[a:a2].strip(" ") in ("", ",", "—", "–", "-", ",\u00a0") or "," in text[a:a2]) and not _NEW_CLAUSE_RE.match(
            frame
        ):
            qm = _QUOTING_RE.search(frame)
            if qm:
                got = _first_after(ctx, a2 + qm.end(), b)
                if got:
                    return Said(q, got[0], got[1], _channel(frame))
            vm = SPEECH_RE.search(frame)
            # a short fragment's reporter may close its sentence, after a comma ('made "tangible progress" towards a
            # deal during four days of talks, Blinken said on Thursday'): the subject is looked for after that comma
            comma = frame.rfind(",", 0, vm.start()) if vm and vm.start() > 90 and short else -1
            if vm and (vm.start() <= 90 or comma >= 0):
                v0, v1 = a2 + vm.start(), a2 + vm.end()
                got = None
                if vm.start() == 0 or SPEECH_AFTER_RE.match(vm.group().lower()):
                    got = _first_after(ctx, v1, min(b, v1 + 90))
                else:
                    got = _nearest_subject(ctx, a2 + max(comma, 0), v0)
                if got:
                    said = Said(q, got[0], got[1], _channel(frame))
                    said.date_at = (a2, b)
                    return said
    # -- before the quotation: 'X said: "...' / 'X said he will "take stock"' / 'according to X, "...'
    s0, _ = lay.sentence_at(q.open)
    a = max(s0, q.open - 300, lay.body_start)
    verbs = [vm for vm in ctx.speech_verbs(s0, a, q.open) if not ctx.in_quote(vm.start())]
    if verbs:
        vm = verbs[-1]
        gap_words = _words(text, vm.end(), q.open, 11)
        according = vm.group().lower() == "according to"
        reported = _THAT_SOON_RE.match(text[vm.end() : q.open]) is not None
        # "According to X, ... 'remain apart.'"; "X noted that the group, co-chaired by Y, was 'close to agreeing'"
        ok = not short or gap_words <= 10 or according or reported
        described = reported and _words(text, q.start, q.end, 2) >= 2 and text[q.start : q.start + 1].islower()
        if ok and short and not described:  # "told reporters that they had a 'frank and useful' talk" is said
            before = _WORD_RE.findall(text[max(0, q.open - 40) : q.open])
            # 'a "frank" talk', 'the so-called "peace"', 'Baku's "revanchism"': a phrase named, not words said
            tail = [w.lower() for w in before[-2:]]
            if tail and (tail[-1] in DETERMINERS or tail[-1].endswith(("’s", "'s")) or tail[-1] == "so-called"):
                ok = False
        if ok:
            frame = text[a : q.open]
            got = None
            if SPEECH_AFTER_RE.match(vm.group().lower()) or vm.group().lower() == "according to":
                got = _first_after(ctx, vm.end(), q.open)
            else:
                got = _nearest_subject(ctx, max(a, vm.start() - 160), vm.start())
            if got:
                said = Said(q, got[0], got[1], _channel(frame))
                said.date_at = (a, q.open)
                return said
    # -- a paragraph that is only a quotation continues the last speaker's words
    line = lay.line_at(q.open)
    if not short and line is not None and line[0] == q.open and ctx.last_speaker is not None:
        speaker, at = ctx.last_speaker
        if lay.line_index(q.open) - lay.line_index(at) <= 6:
            return Said(q, speaker, None, Channel.UNKNOWN)
    return None


def attribute_all(
    text: str, lay: Layout, idx: Index, mentions: Mentions, quotes: list[Quote], remarks: list[Quote]
) -> list[Said]:
    """Every quotation and transcript remark with a speaker; the others are dropped."""
    ctx = _Ctx(text, lay, idx, mentions, quotes)
    out: list[Said] = []
    items = sorted([(q.open, 0, i, q) for i, q in enumerate(quotes)] + [(r.open, 1, i, r) for i, r in enumerate(remarks)])
    for _, is_remark, i, q in items:
        said = _remark_speaker(ctx, q) if is_remark else _attribute(ctx, q, i)
        if said is None and not is_remark and out:
            said = _continued(ctx, q, out[-1])
        if said is None:
            continue
        out.append(said)
        p = idx.people.get(said.speaker) or mentions.new_people.get(said.speaker)
        if p is not None and p.kind.value in ("person", "commentator"):
            ctx.last_speaker = (said.speaker, q.end)
    return out


def _continued(ctx: _Ctx, q: Quote, prev: Said) -> Said | None:
    """The second half of a split quotation ('"...," the minister replied. "There is..."') is the same speaker's."""
    pq = prev.quote
    if pq.close is None or pq.remark_of is not None or pq.close >= q.open:
        return None
    gap = ctx.text[pq.close + 1 : q.open]
    # '"...," the minister replied. "There is..."' and '"...," he said, according to X, "and ..."'
    if "\n" in gap or len(gap) > 120 or not SPEECH_RE.search(gap) or not _LEAD_PUNCT_END_RE.search(gap):
        return None
    return Said(q, prev.speaker, prev.speaker_span, prev.channel)


def _remark_speaker(ctx: _Ctx, q: Quote) -> Said | None:
    label = q.remark_of or ""
    words = [norm(w) for w in re.findall(r"[A-Za-z][\w’'\-]*", label)]
    if not words or (len(words) == 1 and words[0] in _NOT_SPEAKERS) or words[0] in _NOT_SPEAKERS:
        return None
    idx = ctx.idx
    for k in range(len(words)):
        key = words[k]
        for toks, pid in idx.full.get(key, ()):
            if tuple(words[k : k + len(toks)]) == toks:
                return Said(q, pid, None, Channel.REMARKS)
    for key in reversed(words):
        ids = idx.surname.get(key, [])
        named = [pid for pid in ids if any(mm.pid == pid for mm in ctx.mentions)]
        pick = named[0] if len(named) == 1 else ids[0] if len(ids) == 1 else None
        if pick:
            return Said(q, pick, None, Channel.REMARKS)
    return None
