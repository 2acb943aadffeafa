"""Bodies a document names by who leads them: "Grigoryan and Mustafayev head the border commissions", "the
commission, co-chaired by X and Y". A meeting of the body ("the commission met in Moscow") is a meeting of its
heads, who take part by their office there.

Groups a document names after listing their members in brackets: "the Co-Chairs of the Minsk Group (A of France, B of
the United States and C of Russia)". "The Co-Chairs met X" is then a meeting of A, B and C with X.
"""

from __future__ import annotations

import itertools
import re

from .._regex import compile_fast, phrases
from ..types import PERSON, DocumentContext, Mention
from ..vocabulary.markers import ARRIVAL_VERBS, BODY_NOUNS, GROUP_NOUNS, HEADED_BY, HEADING_VERBS

__all__ = ["Bodies", "bodies", "listed"]

BODY_REACH = 80  # the words between a body and who heads it ("head commissions on border demarcation and ...")

_BODY = rf"(?:{phrases(BODY_NOUNS)})s?"
# "X and Y head commissions on ...", "X and Y also co-chair, together with Z, a trilateral commission"
# a verb of heading in lower case (not "Head of the Border Commission"), not "lead to" (cause), then the body
_HEAD_THE_BODY_RE = compile_fast(rf"\b{phrases(HEADING_VERBS)}\b(?![ \t]+to\b)[^.;:]{{0,{BODY_REACH}}}?\b{_BODY}\b")
# "the commissions led by DPMs X and Y", "the commission, co-chaired by X and Y,"
_BODY_HEADED_BY_RE = compile_fast(rf"\b{_BODY}\b[^.;:]{{0,{BODY_REACH}}}?\b{phrases(HEADED_BY)}[ \t]+")
# the body in lower case: "the commission met", not "the European Commission met"
_BODY_RE = compile_fast(rf"\b{_BODY}\b")
# "the Co-Chairs of the OSCE Minsk Group (": a group noun, what it is of, then its members in brackets
_GROUP_NOUN = rf"(?i:{phrases(GROUP_NOUNS)})"
# found from the noun (rare) back to its "the" and on to its members, so that no "the" of the text is tried
GROUP_BEFORE = 60  # "the [OSCE Minsk Group] co-chairs": the words between "the" and the noun
_THE_BEFORE_RE = compile_fast(r"\b(?:[Tt]he|[Aa]n?)[ \t]+(?P<pre>(?:[\w\-]+[ \t]+){0,3}?)\Z")
_BRACKETS_AFTER_RE = re.compile(  # (only matched at a place: no prefilter)
    r"(?:[ \t]+of[ \t]+(?:[\w\-]+[ \t]+){0,4}?[\w\-]+)?[ \t]*\((?P<inside>[^()\n]{5,300})\)"
)
# "the Minsk Group co-chairs Igor Popov, Stephane Visconti and Andrew Schofer visited": the members named right after
# the noun, without brackets (names, commas, "and", "of France")
_NAME = r"[A-Z][\w’'.\-]*"
_APPOSED_AFTER_RE = compile_fast(
    rf",?[ \t]+(?P<inside>{_NAME}(?:(?:[ \t]+|,[ \t]+|,?[ \t]+and[ \t]+|[ \t]+of[ \t]+(?:the[ \t]+)?){_NAME}){{3,20}})"
)
# "a delegation including A (D-N.J.) and Rep. B": its members, everyone the rest of the sentence names
_INCLUDING_AFTER_RE = compile_fast(
    r",?[ \t]+(?:that[ \t]+)?(?:included|including|comprising|consisting[ \t]+of|made[ \t]+up[ \t]+of)[ \t]+"
)
# a bracket that lists people: names, their countries ("of France"), commas and "and"; not "(pictured with A and B)"
_LIST_WORDS_RE = compile_fast(r"(?:[A-Z][\w’'.\-]*|of|the|and|[ \t,])*")
_GROUP_RE = compile_fast(rf"\b{_GROUP_NOUN}\b")
_WORDS_BEFORE_RE = compile_fast(r"(?:[\w\-]+[ \t]+){0,3}\Z")  # "the [Azerbaijani] negotiators": what qualifies it


class Bodies:
    """The heads of the bodies, and the members of the groups, a document names, found once per document."""

    __slots__ = ("groups", "heads")

    def __init__(self, heads: list[str], groups: dict[str, tuple[str, list[str]]] | None = None) -> None:
        self.heads = heads  # the people who head "the commission(s)" of the document, in order
        # a group noun in lower case ("co-chairs") -> the words before it where it was listed, and its members
        self.groups = groups or {}

    def named_in(self, doc: DocumentContext, start: int, end: int) -> re.Match[str] | None:
        """Where ``text[start:end]`` names a body whose heads are known."""
        return _BODY_RE.search(doc.text, start, end) if self.heads else None

    def members_in(self, doc: DocumentContext, start: int, end: int) -> tuple[int, int, list[str]] | None:
        """Where ``text[start:end]`` names a group whose members the document listed, and who they are: not one
        of another country ("the Azerbaijani negotiators" after "the Armenian negotiators (A and B)")."""
        if not self.groups:
            return None
        text = doc.text
        for m in _GROUP_RE.finditer(text, start, end):
            listed_as = self.groups.get(" ".join(m.group().lower().split()))
            pre = _WORDS_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            if listed_as is not None and _same_side(doc, listed_as[0], pre.group() if pre else ""):
                return m.start(), m.end(), listed_as[1]
        return None


def bodies(doc: DocumentContext) -> Bodies:
    """The heads of the document's bodies (read on first use, then kept with the document)."""
    if doc.bodies is None:
        doc.bodies = _bodies_of(doc)
    found: Bodies = doc.bodies
    return found


def _bodies_of(doc: DocumentContext) -> Bodies:
    """The people named just before a verb of heading a body, or just after "led by" following one (outside
    quotations)."""
    text, heads = doc.text, []
    low = doc.lower if doc.lower is not None else text.lower()
    groups = _groups_of(doc) if any(noun in low for noun in GROUP_NOUNS) else {}
    if not any(noun in low for noun in BODY_NOUNS):
        return Bodies([], groups)  # most texts name no body: two scans of the whole text saved
    for m in _HEAD_THE_BODY_RE.finditer(text):
        heads.extend(_subjects(doc, _sentence_start(doc, m.start()), m.start()))
    for m in _BODY_HEADED_BY_RE.finditer(text):
        heads.extend(_people(doc, m.end(), doc.lay.sentence_at(m.end())[1]))
    return Bodies(list(dict.fromkeys(heads)), groups)


def _groups_of(doc: DocumentContext) -> dict[str, tuple[str, list[str]]]:
    """The groups listed after their noun, in brackets or right after it, two people or more each: the first listing
    of a noun counts."""
    groups: dict[str, tuple[str, list[str]]] = {}
    text = doc.text
    for nm in _GROUP_RE.finditer(text):
        the = _THE_BEFORE_RE.search(text, max(0, nm.start() - GROUP_BEFORE), nm.start())
        am = None if the is None else _BRACKETS_AFTER_RE.match(text, nm.end()) or _APPOSED_AFTER_RE.match(text, nm.end())
        noun = " ".join(nm.group().lower().split())
        if the is None or noun in groups:
            continue
        if am is not None:
            if not _LIST_WORDS_RE.fullmatch(am.group("inside")):
                continue
            start, end = am.start("inside"), am.end("inside")
        elif (im := _INCLUDING_AFTER_RE.match(text, nm.end())) is not None:
            start, end = im.end(), doc.lay.sentence_at(im.end())[1]
        else:
            continue
        found = _mentions(doc, start, end)
        if am is None:  # the list after "including", and who came with the delegation or led it ("Pelosi traveled with")
            found = _with_it(doc, the.start()) + _listed_members(text, start, found)
        members = list(dict.fromkeys(mm.pid for mm in found if mm.pid))
        if len(members) >= 2:
            groups[noun] = (the.group("pre"), members)
    return groups


# between a person and "a delegation": "came with", "visited Yerevan with", "led", "heads" (not "met with")
_WITH_IT_RE = compile_fast(
    rf"[ \t]+(?:{phrases(ARRIVAL_VERBS)}|comes|arrives|travels|visits)\b[^.;:,\n]{{0,40}}?\bwith[ \t]+\Z"
    r"|[ \t]+(?:led|leads|headed|heads)[ \t]+\Z"
)
# before a delegation's first member: its titles ("including House Armenian Caucus Co-Chairs [Frank Pallone]")
# (both only ever fullmatched: no prefilter)
_MEMBER_LEAD_RE = re.compile(r"(?:[\w.’'\-]+[ \t]+){0,6}")
# between two members: a bracket ("(D-N.J.)"), a comma or "and" and the next one's title (capitalised words: not ", met
# Prime Minister C", a verb), or "along with" and any words of a title ("along with caucus member Rep. C")
_MEMBER_GAP_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,24}\))?"
    r"(?:(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)(?:(?:[A-Z][\w.’'\-]*|of|the)[ \t]+){0,4}"
    r"|,?[ \t]+(?:along[ \t]+with|as[ \t]+well[ \t]+as)[ \t]+(?:[\w.’'\-]+[ \t]+){0,4})"
)


def _listed_members(text: str, start: int, found: list[Mention]) -> list[Mention]:
    """The people of the list that opens at ``start`` (after "including"), from ``found``: up to the first name not
    joined to the one before it ("including A (D-N.J.) and Rep. B in Baku. ... met with C": A and B, not C)."""
    if not found or not _MEMBER_LEAD_RE.fullmatch(text, start, found[0].start):
        return []
    members = found[:1]
    for prev, mm in itertools.pairwise(found):
        if not _MEMBER_GAP_RE.fullmatch(text, prev.end, mm.start):
            break
        members.append(mm)
    return members


def _with_it(doc: DocumentContext, at: int) -> list[Mention]:
    """The person named last before a group's article in its sentence, when they came with it or led it."""
    before = _mentions(doc, _sentence_start(doc, at), at)
    if before and _WITH_IT_RE.fullmatch(doc.text, before[-1].end, at):
        return before[-1:]
    return []


def _same_side(doc: DocumentContext, listed_as: str, named_as: str) -> bool:
    """Whether a group named with ``named_as`` before its noun is the one listed with ``listed_as``: no country
    in the one that the other lacks."""
    countries = doc.idx.countries_named
    return {c for w in named_as.split() for c in countries(w)} <= {c for w in listed_as.split() for c in countries(w)}


def _sentence_start(doc: DocumentContext, pos: int) -> int:
    return doc.lay.sentence_at(pos)[0]


def _subjects(doc: DocumentContext, start: int, verb: int) -> list[str]:
    """The people named as a list right before a verb of heading ("Grigoryan and Mustafayev [head]", "X, who ...,
    and Y also [co-chair]"): the last list of names before it, not everyone the sentence names."""
    found = _mentions(doc, start, verb)
    names = found[-1:]
    for prev, mm in itertools.pairwise(reversed(found)):
        if not listed(doc.text, mm.end, prev.start):
            break
        names.insert(0, mm)
    return [mm.pid for mm in names if mm.pid]


def _mentions(doc: DocumentContext, start: int, end: int) -> list[Mention]:
    """The people named in ``text[start:end]`` outside quotations."""
    return [mm for mm in doc.mentions_in(start, end) if mm.kind is PERSON and mm.pid and doc.quote_of(mm.start) == -1]


def _people(doc: DocumentContext, start: int, end: int) -> list[str]:
    """The people listed right after "led by": "X and Y", "X, Y and Z"."""
    found = _mentions(doc, start, end)
    names = found[:1]
    for prev, mm in itertools.pairwise(found):
        if not listed(doc.text, prev.end, mm.start):
            break
        names.append(mm)
    return [mm.pid for mm in names if mm.pid]


# (a long title before the next name is capitalised words and "of the": "and Prime Minister of the Republic of Armenia")
_LIST_GAP_RE = re.compile(
    r"(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)"
    r"(?:(?:[\w.’'\-]+[ \t]+){0,3}|(?:(?:[A-Z][\w.’'\-]*|of|the|for)[ \t]+){4,8})"
)


def listed(text: str, end: int, start: int) -> bool:
    """Whether the names ending at ``end`` and starting at ``start`` are in one list ("A, B and Foreign Minister C")."""
    return _LIST_GAP_RE.fullmatch(text, end, start) is not None
