"""Stage 1 of meetings: the meeting words of a sentence, and which of them tell a meeting.

A word of the vocabulary (:data:`~caucasus_talks.extract.vocabulary.meeting_words.MEETING_WORDS`) tells a meeting
unless its row and the words around it say otherwise: "spoke" without a partner ("spoke about peace"), "called"
without a person ("called for restraint"), "meet" wished for ("ready to meet"), talks that are the process ("peace
talks", "continue the talks"), a habit ("met four times"), or a reference to an event told before ("the meeting",
unless a date, place or link follows). A vague plural ("further talks") is kept only with a date or place of its
own; "the Russian side was represented by X" adds people to the meeting before it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator

from ...dates import MONTH_NAMES
from ...model import MeetingStatus
from .._regex import Folded, compile_fast, phrases, start_filter, word_trie
from ..quotes import PRESS_SUBJECT_BEFORE, press_subject_re
from ..types import HEADING, OFFICE, ORG, PERSON, PLACE, TEXT_LINE, DocumentContext, Draft, SentenceContext, Trigger, TriggerMark
from ..vocabulary.markers import (
    ADDENDUM_PHRASES,
    ARRANGING_VERBS,
    ARRIVAL_VERBS,
    AUDIENCE_LEADS,
    AUDIENCES,
    BARE_CLAUSE_OPENERS,
    CANCELLATIONS,
    CANCELLING_VERBS,
    CLAUSE_OPENERS,
    ENGAGEMENT_WORDS,
    EVALUATIVE_VERBS,
    EVENT_NOUNS,
    FUTURE_MARKERS,
    HABITUAL_ADVERBS,
    HABITUAL_COUNTS,
    HINTING_VERBS,
    HYPOTHETICAL_MARKERS,
    HYPOTHETICAL_NOUNS,
    LAWMAKERS,
    MEETING_UNITS,
    OFFER_WORDS,
    PAST_INFINITIVE_LEADS,
    PLAN_WORDS,
    PROCESS_MODIFIERS,
    PROCESS_VERBS,
    PROPOSAL_VERBS,
    REFERENCE_DETERMINERS,
    REFUSALS,
    REPORTING_SOURCES,
    RULING_OUT,
    RUMOUR_ADVERBS,
    RUMOUR_NOUNS,
    STAYING_AWAY,
    TAKING_PART,
    TOOK_PART,
    VAGUE_ADVERBS,
    VAGUE_QUANTIFIERS,
    VAGUE_SERIES,
)
from ..vocabulary.meeting_words import MEETING_WORDS, PLACE_AHEAD, MeetingWord

__all__ = [
    "ADDENDUM_RE",
    "AFTER",
    "BEFORE",
    "BUNDLED",
    "CLAUSE_SEP_NO_DASH_RE",
    "CLAUSE_SEP_RE",
    "FOLLOWS_RE",
    "FRONTED_PLACE",
    "FUTURE_START",
    "LINK_AFTER_RE",
    "REFERENCE_BEFORE_RE",
    "TOOK_PART_BEFORE_RE",
    "MeetingWordTable",
    "another_before",
    "document_made",
    "judged_ahead",
    "lead_words",
    "no_one_after",
    "opens_on_place",
    "read_triggers",
    "sentences",
    "sidelines_words",
    "status_of",
    "table_for",
]

# -- how far the rules look -----------------------------------------------------------------------------------
RUNAWAY_SENTENCE = 2000  # a "sentence" longer than this is a page without full stops: read a window of it
RUNAWAY_WINDOW = 600  # ... this far either side of the meeting word
BEFORE = 40  # the words before a meeting word that qualify it ("ready to", "the", "further")
AFTER = 60  # the words after it ("with", "took place in")
ADJACENT = 12  # two meeting words this close are one ("hosted talks")
PROPOSAL_BEFORE = 120  # "proposed to host President A and Prime Minister B for a [meeting]": only its object between
GOVERNING_BEFORE = 60  # "invited the two leaders to a [meeting]": a word governing the meeting word, this close


def _row_pattern(n: int, word: MeetingWord) -> str:
    """A row of the table as a named group ``w<n>``: its forms, a qualifier after a phrase's first word, what must
    or must not follow."""
    joiner = "[ \\t-]+" if word.hyphenated else "[ \\t]+"
    qualifier = f"(?:(?:{'|'.join(map(re.escape, word.qualifiers))})[ \\t]+)?" if word.qualifiers else ""
    forms = []
    for form in word.forms:
        first, *rest = (re.escape(w) for w in form.split(" "))
        forms.append(first + (joiner + qualifier + joiner.join(rest) if rest else ""))
    after = f"(?={word.followed_by})" if word.followed_by else ""
    after += f"(?!{word.not_followed_by})" if word.not_followed_by else ""
    return f"(?P<w{n}>(?:{'|'.join(forms)}){after})"


class MeetingWordTable:
    """A table of meeting words made ready to find: one pattern of all its rows, matched ignoring case, led by a
    filter of their first letters; each row is one named group ``w<n>``, so a match says which row it is."""

    __slots__ = ("_gaps", "_other_sense", "_preceded", "_rows", "pattern", "rows", "start")

    def __init__(self, rows: tuple[MeetingWord, ...]) -> None:
        self.rows = rows
        #: the first letters of every meeting word: most words fail this before the alternatives are tried
        self.start = start_filter(f for w in rows for f in w.forms)
        body = "|".join(_row_pattern(n, w) for n, w in enumerate(rows))
        self.pattern = Folded(r"\b" + self.start + "(?:" + body + r")\b")
        # each row is the one capturing group w<n>: a match's last group number is its row's
        self._rows = {i: rows[int(name[1:])] for name, i in self.pattern.plain.groupindex.items()}
        self._other_sense = {w.other_sense_after: re.compile(w.other_sense_after) for w in rows if w.other_sense_after}
        self._gaps = {w.person_after: re.compile(w.person_after) for w in rows if w.person_after}
        self._preceded = {w.preceded_by: re.compile(w.preceded_by, re.IGNORECASE) for w in rows if w.preceded_by}

    def find(self, doc: DocumentContext) -> list[re.Match[str]]:
        """Every meeting word of the document's body, found once; each sentence takes its own."""
        return list(self.pattern.finditer(doc.text, doc.lower, doc.lay.body_start))

    def row(self, m: re.Match[str]) -> MeetingWord:
        """The row a match of :attr:`pattern` is."""
        return self._rows[m.lastindex or 0]

    def other_sense(self, word: MeetingWord, after: str) -> bool:
        """Whether the words after a meeting word give it another sense ("meeting the country's needs")."""
        other = word.other_sense_after
        return other is not None and self._other_sense[other].match(after) is not None

    def preceded(self, word: MeetingWord, before: str) -> bool:
        """Whether the words before a meeting word end as its row requires (its ``preceded_by``; any, without one)."""
        wanted = word.preceded_by
        return wanted is None or self._preceded[wanted].search(before) is not None

    def person_gap(self, word: MeetingWord) -> re.Pattern[str] | None:
        """What may stand between a word and the person it needs after it (its ``person_after``, compiled once)."""
        return None if word.person_after is None else self._gaps[word.person_after]


#: The vocabulary's own table.
BUNDLED = MeetingWordTable(MEETING_WORDS)


@functools.lru_cache(maxsize=8)
def table_for(rows: tuple[MeetingWord, ...]) -> MeetingWordTable:
    """The table of ``rows`` made ready (kept: a user's table is made once, however many texts it reads)."""
    return BUNDLED if rows == MEETING_WORDS else MeetingWordTable(rows)


def sentences(doc: DocumentContext, found: list[re.Match[str]]) -> Iterator[SentenceContext]:
    """The article sentences (and dated captions) that hold meeting words, each with its words (a runaway sentence: a
    window)."""
    lay, text = doc.lay, doc.text
    seen: set[int] = set()
    starts = [m.start() for m in found]
    for m in found:
        si = lay.sentence_index(m.start())
        if si in seen or (lay.kind_at(m.start()) is not TEXT_LINE and not _caption(doc, m.start())):
            continue
        seen.add(si)
        s, e = lay.sentences[si] if lay.sentences else (0, len(text))
        if e - s > RUNAWAY_SENTENCE:
            s, e = max(s, m.start() - RUNAWAY_WINDOW), min(e, m.end() + RUNAWAY_WINDOW)
        words = [w for w in found[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)] if w.end() <= e]
        yield SentenceContext(doc, si, s, e, words)


def _caption(doc: DocumentContext, at: int) -> bool:
    """Whether the heading line holding ``at`` is a photograph's caption that dates its event ("A and B meet in
    Tirana, May 16, 2025"): a line without a full stop that ends with a day and its year, or with a day alone when
    it is as long as a sentence ("A met with B (left) in Vienna on March 29")."""
    line = doc.lay.line_at(at)
    if line is None or line[2] is not HEADING:
        return False  # (a line of page furniture, "RELATED: ...", is no caption, and no sentence of the text)
    first = doc.lay.lines[0][0] if doc.lay.lines else 0
    sentence_long = line[0] > first and doc.text.count(" ", line[0], line[1]) >= CAPTION_WORDS - 1  # not the title
    j = doc.first_date(line[0])
    while j < len(doc.dates) and doc.dates[j].start < line[1]:
        d = doc.dates[j]
        j += 1
        rest = _CREDIT_RE.sub("", doc.text[d.end : line[1]])  # "... May 16, 2025 (archive picture)", "(Photo: AP)"
        if (d.year_stated or sentence_long) and d.md is not None and not rest.strip(" \t.)"):
            return True
    return False


CAPTION_WORDS = 12  # a caption as long as this needs no year to date its event: no headline runs so long
_CREDIT_RE = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t.]*\Z")  # a caption's last words in brackets: its credit


# -- what the words around a meeting word say -----------------------------------------------------------------

def held_by(pronouns: str, group: str = "who") -> str:
    """The pattern of a relative clause after a meeting noun saying who held it ("[the talks] we held", "that he had
    had"; not "we had planned", "we had to postpone"): ``pronouns`` as alternatives, in the group ``group``."""
    return (
        rf"(?:(?:that|which)[ \t]+)?(?P<{group}>{pronouns})[ \t]+(?:(?:have|has|had)[ \t]+)?"
        r"(?:held|conducted|had(?![ \t]+(?:to|planned|hoped|expected|been|wanted)\b))"
    )


#: "the", "their" ... and up to two words before a meeting word: a reference to an event told before (or a lead).
REFERENCE_BEFORE_RE = compile_fast(rf"\b{phrases(REFERENCE_DETERMINERS)}[ \t]+(?:[\w’'\-]+[ \t]+){{0,2}}\Z", re.IGNORECASE)
LINK_AFTER_RE = compile_fast(
    r"\A[ \t]+(?:(?:held[ \t]+)?(?:between|of|with|involving)\b|(?:was|were|will[ \t]+be)[ \t]+held[ \t]+between\b|"
    r"(?:that|which)[ \t]+(?:took|will[ \t]+take)[ \t]+place[ \t]+(?:in|on)\b|"
    # "the talks he held with X", "the talks we held today": the event its relative clause tells
    + held_by("he|she|they|we|I")
    + r"[ \t]+(?:(?:with|today|yesterday)\b|(?:on|in)[ \t]+(?:[A-Z]|\d))|"
    r"(?:held[ \t]+)?(?:on|in)[ \t]+(?:[A-Z]|\d|the[ \t]+(?:[A-Za-z\-]+[ \t]+){0,2}(?:capital|city)\b)"
    r"|will[ \t]+be[ \t]+(?:held[ \t]+)?(?:in|on)[ \t]+(?:[A-Z]|\d)|"
    rf"(?:(?:is|was|are|were)[ \t]+)?(?:{phrases(PLAN_WORDS)}[ \t]+)?"
    r"to[ \t]+(?:be[ \t]+held|take[ \t]+place)[ \t]+"
    r"(?:in|on|at)[ \t]+(?:[A-Z]|\d))"
)
_COMMA_BEFORE_RE = compile_fast(r",[ \t]*\Z")
# "on the sidelines of the [European Political Community] meeting": the gathering a meeting was held at
_SIDELINES_BEFORE_RE = compile_fast(
    r"\b(?:sidelines|margins?|fringes?)[ \t]+of[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w’'\-]+[ \t]+){0,5}\Z", re.IGNORECASE
)
SIDELINES_BEFORE = 100  # "on the sidelines of the [five words] meeting": this far before the meeting word
# "there is no meeting planned", "no agreement to hold a meeting", "no plans for talks", "no clear arrangement yet on
# a meeting": none is told (not "no breakthrough during talks": what the talks did not give)
_NO_BEFORE_RE = compile_fast(
    r"\b[Nn]o[ \t]+(?:(?!(?:during|at|in|after|before|since|following|throughout|over|amid|ahead)[ \t])[\w\-]+[ \t]+){0,2}?"
    r"(?:yet[ \t]+)?"
    r"(?:(?:to|for|on)[ \t]+(?:(?:hold|have|organi[sz]e|arrange)[ \t]+)?(?:(?:an?|the)[ \t]+)?(?:[\w\-]+[ \t]+)?)?\Z"
    # "cannot afford any more 'futile' negotiations", "wants no further talks": none more, of what went before
    r"|\b(?:any|no)[ \t]+(?:more|further)[ \t]+(?:[\w\-'‘’]+[ \t]+)?\Z"
)
# after a meeting noun (and its partner): none planned ("the meeting with Aliyev is not being planned")
_NOT_PLANNED_AFTER_RE = compile_fast(
    r"(?:[ \t]+(?:with|between|of)[ \t]+[^,.;:]{1,60}?)?[ \t]+(?:(?:is|are|was|were)[ \t]+)?not[ \t]+(?:being[ \t]+|yet[ \t]+)?"
    r"(?:planned|scheduled|expected|on[ \t]+the[ \t]+agenda)\b"
    r"(?=[ \t]*(?:[.,;:)]|\Z|yet\b|for[ \t]+now\b|at[ \t]+(?:the|this)[ \t]+moment\b))"  # (not "not expected to ...")
)
# "have not met since", "never met", "didn't meet", "is not ready to meet", "refused to meet", "declined an invitation
# to meet", "has no plans to meet": a verb denied or refused tells no meeting
_NOT_BEFORE_RE = compile_fast(
    r"\b(?:not|never|n[’']t)[ \t]+"
    r"(?:(?:yet|once|even|been|able|to|planning|going|expected|scheduled|ready|willing|prepared|intending)[ \t]+){0,2}\Z"
    rf"|\b{phrases(REFUSALS)}[ \t]+(?:(?:an|the|his|her|their)[ \t]+invitations?[ \t]+)?to[ \t]+\Z"
    r"|\b[Nn]o[ \t]+(?:plans?|intention|desire|reason)[ \t]+to[ \t]+\Z"
    # what would have been and was not: "would have met", "could have brought A and B together"
    r"|\b(?:would|could|might|should)[ \t]+(?:not[ \t]+)?have[ \t]+(?:(?:already|probably|also)[ \t]+)?\Z"
    # what was denied ("denied that he had met X"), and a habit, no one meeting ("has repeatedly met X")
    r"|\b[Dd]en(?:y|ies|ied|ying)[ \t]+that[ \t]+(?:[\w’'\-]+[ \t]+){0,3}\Z"
    r"|\b(?:repeatedly|regularly|frequently|routinely|often)[ \t]+\Z"
)
# "X boycotted the talks with Y", "X refused to attend a meeting with Y": the subject stayed away from a meeting with
# one partner, which was then not held (not "X skipped the summit in Granada with A, B and C": they met)
_STAYED_AWAY_BEFORE_RE = compile_fast(
    rf"\b(?:{phrases(STAYING_AWAY)}|{phrases(REFUSALS)}[ \t]+to[ \t]+{phrases(TAKING_PART)}(?:[ \t]+in)?)"
    r"[ \t]+(?:(?:a|an|the|its|this|that|planned|scheduled|proposed)[ \t]+){0,2}\Z",
    re.IGNORECASE,
)
_ONE_PARTNER_AFTER_RE = compile_fast(
    r"[ \t]+with[ \t]+(?:[A-Z][\w’'.\-]*[ \t]*)+(?:[.;]|\Z|[ \t]+(?:in|on|at)\b|,[ \t]+(?![A-Z]))"
)
_VAGUE_VERB_RE = compile_fast(rf"\b{phrases(VAGUE_ADVERBS)}[ \t]+(?:(?:had|have|has|been)[ \t]+)?\Z", re.IGNORECASE)
# "six rounds of talks", "rounds of negotiations": several meetings, each one only with a date of its own
_UNITS_BEFORE_RE = compile_fast(rf"\b{phrases(MEETING_UNITS)}[ \t]+of[ \t]+\Z", re.IGNORECASE)
_VAGUE_BEFORE_RE = compile_fast(rf"\b{phrases(VAGUE_QUANTIFIERS)}[ \t]+(?:[\w’'\-]+[ \t]+)?\Z", re.IGNORECASE)
_SERIES_BEFORE_RE = compile_fast(rf"\b{phrases(VAGUE_SERIES)}[ \t]+(?:[\w’'\-]+[ \t]+){{0,4}}\Z", re.IGNORECASE)
_THERE_HAVE_BEEN_RE = compile_fast(r"\b[Tt]here[ \t]+(?:have|has|had)[ \t]+been[ \t]+(?:[\w\-]+[ \t]+){0,2}\Z")
SERIES_BEFORE = 80  # "a series of [four words] meetings": this far before the meeting word
_PARTNER_AFTER_RE = compile_fast(
    r"\A(?:[ \t]+[\w’'()\-]+){0,5}?[ \t]+(?:with|to[ \t]+(?:[A-Z]|his|her|the)|by[ \t]+(?:tele)?phone|on[ \t]+the[ \t]+(?:tele)?phone|over[ \t]+the[ \t]+phone"  # noqa: E501
    r"|(?:by|via|over)[ \t]+(?:a[ \t]+)?video)"  # "talked via video link"
)
#: Where a sentence divides into clauses: a comma before a clause's opening word, a semicolon, ", and",
#: ", weeks after" (a time told relative to another event), or "comes as" (the news a meeting comes with)
CLAUSE_SEP = (
    rf",[ \t]+(?={phrases(CLAUSE_OPENERS)}\b)|;[ \t]+|,[ \t]*and[ \t]+"
    r"|,[ \t]+(?=(?:\w+[ \t]+){1,2}(?:after|before|following|ahead[ \t]+of)\b)"
    rf"|[ \t]+(?={phrases(BARE_CLAUSE_OPENERS)}\b)"
    r"|[ \t]+(?=(?:came|comes|come)[ \t]+(?:[\w\-]+[ \t]+){1,3}(?:after|before)\b)"  # "X's talks [came three days after] ..."
    # "A and B met the [day before C and D spoke]": a clause of its own after "the", from the time it is counted in
    r"|(?<=[ \t])(?:day|week)s?(?=[ \t]+(?:before|after)[ \t]+[A-Z])"
)
CLAUSE_SEP_RE = compile_fast(CLAUSE_SEP + r"|[ \t]+[—–][ \t]+")
FUTURE_START = start_filter(FUTURE_MARKERS, 3)
_FUTURE = Folded(r"\b" + FUTURE_START + phrases(FUTURE_MARKERS) + r"\b")
# a verb of proposing whose object is the meeting: only its object's words between them ("proposed [holding a]",
# "invited Aliyev and Pashinyan [to a]", "called for [direct]"), not another verb or clause ("accepted the
# invitation and met")
_OBJECT_WORDS = (
    r"(?:to|that|should|a|an|the|holding|hosting|another|new|further|direct|joint|trilateral|bilateral|both|two|leaders|sides"
    r"|ministers|them|him|her|and|by|host|hold|for|[A-Z][\w’'\-]*"  # "by": "were invited by X to [talks]"
    # "urged the leaders to engage in internationally mediated [negotiations]"
    r"|engage|enter|start|begin|resume|launch|in|into|substantive|meaningful|peace|mediated|[a-z]+ly)"
)
# ("proposed to host President A and Prime Minister B for a [meeting]", "invited A and B for the peace [talks]": a
# host's offer, two titled names long)
_PROPOSAL_BEFORE_RE = compile_fast(
    rf"(?<!not )(?<!n't )(?<!never )\b{phrases(PROPOSAL_VERBS)}(?:[ \t]+{_OBJECT_WORDS}){{0,14}}[ \t]+\Z"
)


def _up_to(words: int) -> str:
    """Up to ``words`` words (commas between them allowed) after a meeting word, then a space: where a verb of its
    follows ("a meeting of the two leaders was allegedly ...")."""
    return rf"(?:[ \t,]+[\w’'\-]+){{0,{words}}}?,?[ \t]+"


_RUMOUR_BEFORE_RE = compile_fast(
    rf"\b(?:{phrases(RUMOUR_ADVERBS)}[ \t]+(?:(?:has|have|had|been|will|would|be|due|set|expected|scheduled|going|to)[ \t]+)*"
    rf"|(?P<noun>{phrases(RUMOUR_NOUNS)})[ \t]+(?:of|about|on|that)[ \t]+(?:[\w’'\-]+[ \t]+){{0,6}}"
    # "It is unclear whether X met Y": not known to have been held
    rf"|\b(?:unclear|not[ \t]+clear|unknown|not[ \t]+known)[ \t]+(?:whether|if)[ \t]+(?:[\w’'\-]+[ \t]+){{0,4}})\Z",
    re.IGNORECASE,
)
# before "reports that": a source that reports it, not reports heard of ("the press office reports that"; not "there
# are reports that", "dismissed news agency reports that")
_REPORTING_NOUN_RE = compile_fast(
    rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w’'\-]+[ \t]+){{0,2}}{phrases(REPORTING_SOURCES)}[ \t]+\Z"
)
# ... a name standing as the subject: "Interfax reports that", "Novosti-Gruzia reports that" (not "Armenian reports",
# "Amid reports", "Other reports": an adjective's or a preposition's)
_REPORTING_NAME_RE = compile_fast(r"(?:\A|[.;:,\n]|\bthat)[ \t]*(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})[ \t]+\Z")
_NOT_A_SOURCE = frozenset(
    {
        "the", "there", "these", "those", "such", "some", "many", "recent", "earlier", "unconfirmed", "media", "news",
        "other", "amid", "despite", "following", "after", "before", "western", "local", "conflicting", "numerous",
        "several", "multiple", "press", "initial", "previous", "latest", "further", "new", "fresh", "official",
        "unofficial", "but", "and", "yet", "however", "meanwhile", "contrary", "according",
    }
)  # fmt: skip
_DENIED_BEFORE_RE = compile_fast(r"\b(?:dismiss|den|reject|refut|deride|brush)[a-z]*[ \t]+(?:[\w’'\-]+[ \t]+){0,3}\Z")


def _source_reports(doc: DocumentContext, rumour: re.Match[str]) -> bool:
    """Whether the rumour noun matched is "reports" as a source's verb: "Trend reports that X met Y" tells it held."""
    noun = rumour.start("noun") if "noun" in rumour.re.groupindex else -1
    if noun < 0 or rumour.group("noun").lower() != "reports" or not doc.text.startswith(" that", rumour.end("noun")):
        return False
    text, lo = doc.text, max(0, noun - PRESS_SUBJECT_BEFORE)
    if _DENIED_BEFORE_RE.search(text, max(0, noun - 60), noun):
        return False  # "Baku dismissed the agency reports that ..."
    if press_subject_re().search(text, lo, noun) or _REPORTING_NOUN_RE.search(text, max(0, noun - 60), noun):
        return True
    m = _REPORTING_NAME_RE.search(text, max(0, noun - 60), noun)
    if m is None:
        return False
    words = m.group("name").split()
    return not any(w.lower() in _NOT_A_SOURCE or doc.idx.country(w) is not None for w in words)


# "a meeting of the leaders was allegedly scheduled for November 9"
_RUMOUR_AFTER_RE = compile_fast(
    rf"{_up_to(8)}(?:was|were|is|are|has[ \t]+been|had[ \t]+been)[ \t]+{phrases(RUMOUR_ADVERBS)}\b",
    re.IGNORECASE,
)
# after a meeting noun, in its own words: it did not happen, or it is still to be held
_CANCELLED_AFTER_RE = compile_fast(rf"{_up_to(10)}(?:been[ \t]+)?{phrases(CANCELLATIONS)}\b", re.IGNORECASE)
_CANCELLED_BEFORE_RE = compile_fast(
    rf"\b{phrases(CANCELLING_VERBS)}[ \t]+(?:(?:a|an|the|their|his|her|its|this|that|planned|scheduled)[ \t]+){{0,2}}"
    r"(?:(?:fresh|new|further|next|another|long-awaited|expected)[ \t]+)?\Z",
    re.IGNORECASE,
)
_TO_HOLD_BEFORE_RE = compile_fast(
    rf"\bto[ \t]+{phrases(ARRANGING_VERBS)}[ \t]+(?:[\w’'\-]+[ \t]+){{0,3}}\Z", re.IGNORECASE
)
# "preparations for a [meeting]", "preparing for the [talks]", "is preparing a 'big [meeting]'": still to come,
# unless the sentence tells it past
_PREPARATIONS_BEFORE_RE = compile_fast(
    r"\b(?:preparations?[ \t]+for|preparing(?:[ \t]+for)?)[ \t]+(?:[\w’'\-\"“]+[ \t]+){0,3}[\"“]?\Z", re.IGNORECASE
)
_TO_HOLD_AFTER_RE = compile_fast(rf"[ \t]+(?:that|which)[ \t]+(?:[\w’'\-]+[ \t]+){{1,4}}?to[ \t]+{phrases(ARRANGING_VERBS)}\b")


def noun_tail(words: int = 3) -> str:
    """After a meeting noun, its place or partner, of up to ``words`` more words: "in X", "with A and B"."""
    return rf"(?:[ \t]+(?:in|with|between|of)[ \t]+[\w’'\-]+(?:[ \t]+(?:and[ \t]+)?[\w’'\-]+){{0,{words}}}?)?"


_NOUN_TAIL = noun_tail()
# after a meeting noun: it may be held ("a meeting between A and B is possible Friday", "talks could take place")
_POSSIBLE_AFTER_RE = compile_fast(
    r"(?![ \t]+in[ \t]+which\b)"
    + _NOUN_TAIL
    + r"[ \t]+(?:(?:is|are)[ \t]+(?:also[ \t]+)?possible|(?:could|may|might)[ \t]+(?:also[ \t]+)?take[ \t]+place)\b"
)
# after a meeting noun (and its place or partner), the noun the subject of "would" (or "should") and a verb: told as
# still to come ("the meeting in Yevlakh would center on rights", "a meeting of the foreign ministers of A and B should
# take place"; not "would open a path", "would be important": a judgement)
_WOULD_AFTER_RE = compile_fast(
    noun_tail(6) + r"[ \t]+(?:would|should)[ \t]+"
    r"(?:center|centre|focus|concentrate|address|cover|last|include|involve|take[ \t]+place|be[ \t]+held)\b"
)
# after a meeting noun (and its place or partner): a time still to come ("a meeting in Baku later this year")
_LATER_AFTER_RE = compile_fast(_NOUN_TAIL + r"[ \t]+(?:later[ \t]+this|next)[ \t]+(?:year|month|week)\b")
# a meeting verb in the infinitive is to come: "agreed to [receive]", "look forward to [hosting]"
_INFINITIVE_BEFORE_RE = compile_fast(r"\b(?:to|forward[ \t]+to)[ \t]+\Z")
#: A past verb of going somewhere ("arrived", "paid a visit"): read by the status of a meeting it was for, and its day.
WENT_RE = compile_fast(rf"\b{phrases(ARRIVAL_VERBS)}\b")
_HAS_BEFORE_RE = compile_fast(r"\b(?:has|have)[ \t]+\Z")
# words of a trip still to come, before or after its verb: "is expected to [travel]", "arrived ... and is to [meet]"
_PLANNED_TRIP_RE = compile_fast(rf"\b(?:will|would|shall|plans?|is|are|{phrases(PLAN_WORDS)})\b")
# "I had the opportunity [to meet]", "we were glad [to meet]": what took place, told as an infinitive
_PAST_LEAD_RE = compile_fast(rf"\b{phrases(PAST_INFINITIVE_LEADS)}[ \t]+\Z", re.IGNORECASE)
# a post's greeting with no subject, told after the meeting: "Glad to [meet] X in Dubai", "Great to [see] my friend"
_GREETING_RE = compile_fast(
    r"[\s“\"‘']*(?:Glad|Pleased|Delighted|Happy|Great|Good|Nice|Honou?red|Wonderful|A[ \t]+pleasure)[ \t]+"
)
_HYPOTHETICAL_RE = compile_fast(
    rf"\b{phrases(HYPOTHETICAL_MARKERS)}[ \t]+(?:to[ \t]+)?(?:(?:again|now|also|soon|still|then|finally|\w+ly)[ \t]+)?\Z",
    re.IGNORECASE,
)
# before a meeting noun: an urging of someone to take part in it ("urged the leaders of A and B to engage meaningfully in
# internationally mediated [negotiations]", "called on both sides to return to [talks]"; not "urged Armenia to stop
# provocations at a meeting with X", told as held)
_URGED_TO_RE = compile_fast(
    r"\b(?:urged|urges|urging|called[ \t]+on|calls[ \t]+on|calling[ \t]+on|encouraged|encourages|encouraging)[ \t]+"
    r"[^.;:!?\n]{1,80}?[ \t]to[ \t]+(?:engage|return|resume|enter|join|start|begin|hold|continue)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,4}\Z"
)
URGED_BEFORE = 160  # how far before the noun the urging may begin
# "the idea of a meeting", "did not rule out talks", "hinted on Monday at a summit": a meeting noun only wished for
_WISHED_BEFORE_RE = compile_fast(
    rf"\b(?:{phrases((*HYPOTHETICAL_NOUNS, *RULING_OUT))}|{phrases(HINTING_VERBS)}(?:[ \t]+[\w’'\-,]+){{0,3}}?[ \t]+at)"
    r"[ \t]+(?:holding[ \t]+)?(?:[\w\-]+[ \t]+){0,2}\Z",
    re.IGNORECASE,
)
# a meeting verb an offer or a proposal governs, by whoever made it: "the offer by the President of Kazakhstan, X, to
# host further talks", "Russia's proposal to hold a summit", "his readiness to meet", "is ready to organize a meeting"
_OFFER_TO_RE = compile_fast(
    rf"\b{phrases(OFFER_WORDS)}\b"
    r"(?:[ \t]+(?:by|of|from)[ \t]+[^.;:!?\n]{1,80}?)?,?[ \t]+to[ \t]+(?:[a-z]+ly[ \t]+)?"
    rf"(?:{phrases(ARRANGING_VERBS)}[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?)?\Z"  # "... to host further [talks]"
)
OFFER_BEFORE = 120  # "the offer by the President of the Republic of Kazakhstan, X, to [host]": read back this far
# a venue offered for talks, not talks held: "ready to provide a platform in Tbilisi for holding negotiations" (not
# "proposed to host A and B for a meeting in Brussels": a meeting proposed, with its people)
_OFFERED_VENUE_RE = compile_fast(
    rf"\b{phrases(OFFER_WORDS)}[ \t]+to[ \t]+"
    r"(?:provide|offer|give|make|be)[ \t]+(?:[^.;:!?\n]{0,30}?[ \t])?(?:platform|venue|place)\b[^.;:!?\n]{0,50}?[ \t]+"
    r"for[ \t]+(?:holding[ \t]+)?(?:[\w\-]+[ \t]+){0,2}\Z",
    re.IGNORECASE,
)
OFFERED_BEFORE = 130  # "ready to provide a platform in Tbilisi for holding [negotiations]": read back this far
THANKED_BEFORE = 80  # "thanked [Charles Michel] for hosting": the verb this far before the meeting verb
_THANKED_FOR_RE = compile_fast(rf"\b{phrases(EVALUATIVE_VERBS)}[ \t]+(?:[\w’'.\-]+[ \t]+){{1,6}}?for[ \t]+\Z")
_PROCESS_BEFORE_RE = compile_fast(rf"\b{phrases(PROCESS_MODIFIERS)}[ \t]+\Z", re.IGNORECASE)
_PROCESS_VERB_BEFORE_RE = compile_fast(
    rf"\b{phrases(PROCESS_VERBS)}[ \t]+(?:(?:the|their|its|peace)[ \t]+)?(?:[\w\-]+[ \t]+)?\Z", re.IGNORECASE
)
_ENGAGEMENT_BEFORE_RE = compile_fast(
    rf"\b{phrases(ENGAGEMENT_WORDS)}[ \t]+(?:(?:the|their|its|peace)[ \t]+)?(?:[\w\-]+[ \t]+)?\Z", re.IGNORECASE
)
_PARTNER_OR_HELD_RE = compile_fast(r"[ \t]+(?:with|between|held|hosted)\b")


def _own_event_after(sent: SentenceContext, at: int) -> bool:
    """Whether a process word names one event: a partner or "held" after it (not a country: "progress in negotiations
    with Azerbaijan" is the process), or a place or day right after it."""
    doc = sent.doc
    m = _PARTNER_OR_HELD_RE.match(doc.text, at)
    if m is not None:
        country = _COUNTRY_AFTER_RE.match(doc.text, m.end())
        return country is None or doc.idx.country(country.group(1)) is None
    return _placed_or_dated(doc, at)


# after a meeting verb: the event it is of, named by a noun with "the" ("hosted the summit", "chaired the talks")
_THE_EVENT_AFTER_RE = compile_fast(rf"[ \t]+(?:the|this|that)[ \t]+(?:[\w\-]+[ \t]+)?{phrases(EVENT_NOUNS)}\b")


def the_event_after(sent: SentenceContext, t: Trigger) -> bool:
    """Whether a meeting verb's object is an event named with "the" ("X, who hosted the summit in Sochi"): a mention of
    that event, as its noun would be."""
    return not t.word.nominal and _THE_EVENT_AFTER_RE.match(sent.doc.text, t.end, sent.end) is not None


_COUNTRY_AFTER_RE = compile_fast(r"[ \t]+([A-Z][\w\-]+)(?=[ \t]*(?:[,.;:]|\Z|and\b))")  # "with [Azerbaijan]."


_HABITUAL_AFTER_RE = compile_fast(
    rf"{_up_to(6)}(?:\d+|{word_trie(HABITUAL_COUNTS)})"
    rf"[ \t]+times\b|(?:[ \t]+[\w’'\-]+){{0,3}}?[ \t]+{phrases(HABITUAL_ADVERBS)}\b"
)
_HABITUAL_NEEDLES = ("times", *HABITUAL_ADVERBS)
_MOST_RECENTLY_RE = compile_fast(r",[ \t]+(?:most[ \t]+recently|the[ \t]+last[ \t]+time|last|latest)[ \t]+(?:in|on|at)\b")
# between two meeting words: the one before comes after the other, an event of its own with its own people, place and
# day ("The meeting of A and B [follows a] surprise meeting between the leaders in Munich earlier this month")
FOLLOWS_RE = compile_fast(
    r"[ \t](?:follows|followed|comes[ \t]+after|came[ \t]+after|precedes|preceded)[ \t]+(?=an?[ \t]|the[ \t]|their[ \t])"
)
#: The words that join more people to the meeting just told (read again by :mod:`.participants`).
ADDENDUM_RE = compile_fast(rf"\b{phrases(ADDENDUM_PHRASES)}\b")
_CAPITAL_LETTER_RE = compile_fast(r"[A-Z]")
_TOOK_PLACE_IN_RE = compile_fast(  # ("their first conversation [on the conflict that took place in] Dushanbe")
    r"(?:[ \t]+on(?:[ \t]+[\w’'\-]+){1,3}?[ \t]+(?:that|which))?"
    r"[ \t]+(?:took[ \t]+place|was[ \t]+held|were[ \t]+held)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]"
)
# ... or of a format or level first, when a date follows ("the first meeting [in this format at the deputy ministers'
# level took place in] Moscow in December 2021")
_IN_FORMAT_TOOK_PLACE_RE = compile_fast(
    r"(?:[ \t]+(?:in|at)[ \t]+(?:this|that|the|such)[ \t]+(?:[\w’'+\-]+[ \t]+){0,3}?(?:format|level)){1,2}"
    r"[ \t]+(?:took[ \t]+place|was[ \t]+held|were[ \t]+held)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]"
)
# "during their meeting, A, B and C discussed ...": the people of the clause had the meeting told before
# (a phrase quoted: "during their 'blitz meeting'")
_DURING_THEIR_RE = compile_fast(r"\b[Dd]uring[ \t]+their[ \t]+[‘'“\"]?(?:[\w\-]+[ \t]+)?\Z")
# a sentence opening on "During the [meeting], A and B reaffirmed ...": so do they (not "reached during the meeting of")
_DURING_THE_RE = compile_fast(r"[ \t]*[\"“]?During[ \t]+the[ \t]+(?:[\w\-]+[ \t]+)?")
#: "X took part in the [negotiations]", "X attended the [meeting]": who was at the meeting referred to
TOOK_PART_BEFORE_RE = compile_fast(rf"\b{phrases(TOOK_PART)}[ \t]+(?:[\w’'\-]+[ \t]+){{0,2}}\Z")
_IN_ON_AT_RE = compile_fast(r"[ \t]+(?:in|on|at)[ \t]+(?:the[ \t]+)?")
_ON_IN_AFTER_RE = compile_fast(r"\A[ \t]+(?:on|in)[ \t]+(?:[A-Z]|\d)")
# a verb of taking place, then where or when: "took place in", "will be held on"
_TAKES_PLACE = (
    r"[ \t]+(?:(?:took|takes|will[ \t]+take|ha[sd][ \t]+taken)[ \t]+place|(?:was|were|will[ \t]+be|ha[sd][ \t]+been)[ \t]+held)"
    r"[ \t]+(?:in|on|at)"
)
# "their previous meeting, hosted by X, took place in Sochi on October 31": a meeting told by where and when it was
_TOOK_PLACE_AFTER_RE = compile_fast(
    r"(?:,[^,.;:\n]{1,80},|[ \t]+(?:in|of|between|with|on)(?:[ \t]+[\w’'\-]+){1,3}?)?"  # ", hosted by X,", " in this format"
    + r"(?:[ \t]+(?:that|which))?"  # "their first conversation on the conflict that took place in Dushanbe"
    + _TAKES_PLACE
    + r"[ \t]+(?:the[ \t]+)?(?:[A-Z]|\d)"
)
# (and the name of a body before the noun: "hosts the Commonwealth of Independent States (CIS) Heads of State Council
# meeting")
_DETERMINER_GAP_RE = compile_fast(
    r"[ \t]+(?:a|an|the|this|that|their|his|her)[ \t]+(?:[\w\-]+[ \t]+)?"
    r"(?:(?:[A-Z][\w\-]*|of|and|\([A-Z]{2,8}\))[ \t]+){0,10}"
)
_APPOSITION_BEFORE_RE = compile_fast(r",[ \t]+(?:the|their|a|an|its)[ \t]+(?:[\w’'\-]+[ \t]+){0,3}\Z")
# between a verb and a meeting noun: another deed, whose own event the noun is ("the agreements reached at the meeting")
_OTHER_DEED_RE = compile_fast(r"\b(?:reached|signed|adopted|achieved|concluded|approved|endorsed|initialled|initialed)\b")
_FOR_OR_TO_BEFORE_RE = compile_fast(r"\b(?:for|to)[ \t]+\Z")
_ANOTHER_RE = compile_fast(r"\b(?:previous|last|earlier|first|another|next|former|latest)\b", re.IGNORECASE)
# "hosted A and B for talks", "met X on Monday in talks on the border", "... during a meeting": what the verb's event was
_FOR_BEFORE_RE = compile_fast(
    r"\b(?:for|in|during|at)[ \t]+(?:(?:a|an|the|their|his|her)[ \t]+)?(?:[\w\-]+[ \t]+)?\Z"
)
# "(?:\b[\w\-]+[ \t]+){0,2}\Z" reversed: matched once at the start of the reversed text, not tried at every character
_LEAD_WORDS_BACKWARD_RE = re.compile(r"(?:[ \t]+[\w\-]+\b){0,2}")

#: Clause separators without the dash (most sentences have none, and the rest open with "," or ";", which the
#: engine scans for); see :mod:`.clauses`.
CLAUSE_SEP_NO_DASH_RE = compile_fast(CLAUSE_SEP)


def sidelines_words(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether "sideline", "margin" or "fringe" stands in ``text[lo:hi]`` (sought before any pattern of them)."""
    hi = len(text) if hi is None else hi
    return text.find("sideline", lo, hi) >= 0 or text.find("margin", lo, hi) >= 0 or text.find("fringe", lo, hi) >= 0


def _on_sidelines(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` ends "on the sidelines (margins, fringes) of the ...": its words sought first."""
    return sidelines_words(text, lo, hi) and _SIDELINES_BEFORE_RE.search(text, lo, hi) is not None


_TELLING = (TriggerMark.EVENT, TriggerMark.ADDENDUM)  # a meeting word's marks that tell a meeting or more of one


def read_triggers(sent: SentenceContext) -> list[Trigger]:
    """The sentence's meeting words that tell a meeting (or add people to one, or deny one), in order, each knowing
    the stretch of the sentence that is its own (``lo``, ``hi``)."""
    doc = sent.doc
    text, s, e = doc.text, sent.start, sent.end
    habitual = any(n in sent.text for n in _HABITUAL_NEEDLES)  # the words the habitual pattern needs
    triggers: list[Trigger] = []
    told = False  # a meeting word that is not denied stands before
    for m in sent.words:
        word = doc.meeting_words.row(m)
        before = text[max(s, m.start() - BEFORE) : m.start()]
        after = text[m.end() : min(e, m.end() + AFTER)]
        if not word.nominal and _NOT_BEFORE_RE.search(before):  # "have not met since May", "never spoke to X"
            if not (word.needs_partner and not _PARTNER_AFTER_RE.match(after)):
                triggers.append(Trigger(m.start(), m.end(), word, TriggerMark.DENIED))
            continue
        if word.nominal and _STAYED_AWAY_BEFORE_RE.search(before) and _ONE_PARTNER_AFTER_RE.match(after):
            triggers.append(Trigger(m.start(), m.end(), word, TriggerMark.DENIED))  # "X boycotted the talks with Y"
            continue
        if _not_a_meeting(sent, m, word, before, after, habitual):
            continue
        if told and not word.nominal and m.group().split()[0].endswith("ing") and _COMMA_BEFORE_RE.search(before):
            continue  # "hosted a meeting in Washington on Friday, bringing together A and B": the same meeting's people
        if word.nominal and _on_sidelines(text, max(s, m.start() - SIDELINES_BEFORE), m.start()):
            continue  # "met on the sidelines of the OSCE meeting in Skopje": where and when the meeting before was
        mark = _mark(sent, m, word, before, after, told)
        if mark is None:
            last = triggers[-1] if triggers else None
            if last is not None and _of_the_meeting_before(text, last, m, word):
                if _FOR_OR_TO_BEFORE_RE.search(text, max(sent.start, last.start - 6), last.start):
                    triggers.pop()  # "thanked Y for hosting the meeting": the meeting told before, its venue's host
                    told = any(t.mark is not TriggerMark.DENIED for t in triggers)
                else:  # "X, who hosted the talks": more people for the meeting told before
                    last.mark, last.end = TriggerMark.ADDENDUM, m.end()
            continue
        if mark is TriggerMark.EVENT and triggers and _continues(text, triggers[-1], m, word, before):
            triggers[-1].end = m.end()  # "hosted talks", "met ... meeting" next to each other
            if triggers[-1].word.needs_place and not word.needs_place:  # "agreed during a call": the call
                triggers[-1].start, triggers[-1].word, told = m.start(), word, True
            elif triggers[-1].word.needs_partner and word.nominal:
                triggers[-1].word = word  # "spoke at a joint press conference with X": the event noun tells its kind
            continue
        if mark is TriggerMark.ADDENDUM and triggers:
            continue  # more people for the meeting this sentence tells already
        triggers.append(Trigger(m.start(), m.end(), word, mark))
        told = told or not word.needs_place  # (a weak word, "agreed", may yield to a meeting word after it)
    weak = any(t.word.needs_place for t in triggers)
    if weak and any(t.mark in _TELLING and not t.word.needs_place for t in triggers):
        # "A and B agreed on a statement after a meeting in Sochi": the meeting word tells the event, with its people
        # ("During the call, A congratulated B on the agreement reached between C and D": the call's people)
        triggers = [t for t in triggers if not t.word.needs_place]
    for a, b in itertools.pairwise(triggers):
        a.hi, b.lo = a.end + lead_words(text[a.end : b.start]), a.end  # "had separate [meetings]"
    return triggers


def _dated_after(doc: DocumentContext, start: int, end: int) -> bool:
    """Whether a date is told in ``text[start:end]``."""
    j = doc.first_date(start)
    return j < len(doc.dates) and doc.dates[j].start < end


# after a meeting word, another event its date and place may follow: "following the signed statement [on ...]",
# "in the context of preparations of the Eastern Partnership Summit[, to be held in Brussels on 15 December]"
OTHER_EVENT_AFTER_RE = compile_fast(
    r"\b(?:(?:following|ahead[ \t]+of|prior[ \t]+to)[ \t]+(?:the|a|an|his|her|their|its)[ \t]+(?:[\w\-]+[ \t]+){0,2}"
    r"(?:statement|declaration|agreement|deal|document|ceasefire|decision|signing|war|clashes|escalation|elections?)"
    r"|(?:ahead[ \t]+of|prior[ \t]+to|preparations?[ \t]+(?:of|for)|run-up[ \t]+to)[ \t]+(?:the|a|an|his|her|their|its)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}(?i:summit|conference|forum|session|ministerial))\b"
)


OTHER_EVENT_AFTER = 400  # how far after the meeting word "following the statement" may begin (a long sentence)


# right before a meeting word: a relative clause's opening and its own subject ("where he [met]", "at which Michel
# [hosted]", "during which President Putin also [met]")
RELATIVE_SUBJECT_RE = compile_fast(
    r"\b(?:where|whereupon|(?:at|during|in)[ \t]+which)[ \t]+"
    r"(?P<subject>he|she|they|[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3})[ \t]+(?:[a-z]+[ \t]+){0,2}\Z"
)


# after a meeting proposed, the sentence goes on to tell it held: "offered to host them for a meeting in Berlin, and on
# Tuesday they met there", "..., and the meeting took place on Tuesday"
_REALISED_AFTER_RE = compile_fast(
    r",?[ \t]+and[ \t]+(?:(?:on|in|at)[ \t]+[^,.;]{1,30}?[ \t]+)?(?:they|it|the[ \t]+(?:meeting|talks|summit))[ \t]+"
    r"(?:[a-z]+[ \t]+)?(?:met|took[ \t]+place|was[ \t]+held|were[ \t]+held|held[ \t]+talks)\b(?![ \t]+(?:instead|elsewhere))"
)


# in a sentence of preparations for a meeting: the meeting told as past after all ("Preparations for the October 5
# meeting took weeks", "..., and the meeting took place as scheduled")
_PREPARED_THEN_RE = compile_fast(
    r"\b(?:took[ \t]+(?:place|weeks|months|days)|was[ \t]+held|were[ \t]+(?:held|completed)|met"
    rf"|(?:{'|'.join(m[:3].capitalize() for m in MONTH_NAMES)})[a-z]*\.?[ \t]+\d)"
)


def _own_end(sent: SentenceContext, t: Trigger) -> int:
    """Where the words of a meeting word's stretch that tell its tense end: at the next meeting word's, or at another
    event told after it ("held calls ..., ahead of the summit to be held on 15 December": the summit's tense)."""
    hi = min(sent.end, t.hi)
    other = OTHER_EVENT_AFTER_RE.search(sent.doc.text, t.end, min(hi, t.end + OTHER_EVENT_AFTER)) if hi > t.end else None
    return hi if other is None else other.start()


def status_of(sent: SentenceContext, t: Trigger) -> MeetingStatus:
    """What the words of a meeting word tell of it: rumoured ("allegedly scheduled", "denied reports of"), only
    proposed ("proposed a meeting", "invited them to talks"), to come ("will meet", "is scheduled to"), or held.
    Its words are its stretch of the sentence, up to the words leading to the next meeting word ("met on Monday and
    will meet again"); words in another quotation than the word's own ('"We will meet again," X said after the
    talks') do not count."""
    doc = sent.doc
    text = doc.text
    lo = max(sent.start, t.lo, t.start - GOVERNING_BEFORE)
    quote = doc.quote_of(t.start)
    hi = _own_end(sent, t)
    if t.word.nominal and (_CANCELLED_AFTER_RE.match(text, t.end, hi) or _CANCELLED_BEFORE_RE.search(text, lo, t.start)):
        return MeetingStatus.CANCELLED  # "the meeting was called off", "a summit that failed to materialise"
    rumour = _RUMOUR_BEFORE_RE.search(text, lo, t.start) or _RUMOUR_AFTER_RE.match(text, t.end, hi)
    if rumour is not None and doc.quote_of(rumour.start()) == quote and not _source_reports(doc, rumour):
        return MeetingStatus.RUMOURED  # "reportedly met", "reports of a [meeting]", "a meeting was allegedly scheduled"
    if t.word.nominal and (
        _TO_HOLD_AFTER_RE.match(text, t.end, hi)
        or _TO_HOLD_BEFORE_RE.search(text, lo, t.start)
        or _WOULD_AFTER_RE.match(text, t.end, hi)
        or _POSSIBLE_AFTER_RE.match(text, t.end, hi)
        or _LATER_AFTER_RE.match(text, t.end, hi)
    ):
        return MeetingStatus.PLANNED  # "a meeting that Michel hoped to host", "the visit is to organize a meeting"
    if (
        t.word.nominal
        and _PREPARATIONS_BEFORE_RE.search(text, lo, t.start)
        and not _PREPARED_THEN_RE.search(text, sent.start, sent.end)
    ):
        return MeetingStatus.PLANNED  # "discussed preparations for a meeting of A and B"
    proposal = _PROPOSAL_BEFORE_RE.search(text, max(sent.start, t.lo, t.start - PROPOSAL_BEFORE), t.start)
    if proposal is not None and doc.quote_of(proposal.start()) == quote and not _REALISED_AFTER_RE.search(text, t.end, sent.end):
        return MeetingStatus.PROPOSED  # "proposed holding a [meeting]", "invited the two leaders to [talks]"
    infinitive = None if t.word.nominal else _INFINITIVE_BEFORE_RE.search(text, lo, t.start)
    if infinitive is not None and _GREETING_RE.fullmatch(text, sent.start, infinitive.start()):
        return MeetingStatus.HELD  # a post's greeting: "Glad to [meet] X in Dubai"
    went = WENT_RE.search(text, sent.start, infinitive.start()) if infinitive is not None else None
    if (
        went is not None
        and not _PLANNED_TRIP_RE.search(text, sent.start, went.start())
        and not _PLANNED_TRIP_RE.search(text, went.end(), infinitive.start() if infinitive is not None else went.end())
        and not _HAS_BEFORE_RE.search(text, max(sent.start, went.start() - 8), went.start())  # "has travelled": news
        and not _dated_after(doc, t.end, min(sent.end, t.hi))  # "to meet X on Thursday", "next week": its own day
    ):
        return MeetingStatus.HELD  # the purpose of a trip made: "paid a visit to Tbilisi on Sunday to [meet] X"
    if infinitive is not None and not _PAST_LEAD_RE.search(text, lo, infinitive.start()):
        return MeetingStatus.PLANNED  # "agreed to [receive] X", "I look forward to [hosting] X"
    if not t.word.nominal and _WOULD_BEFORE_RE.search(text, lo, t.start):
        return MeetingStatus.PLANNED  # "X said that he would [hold talks] with Y": a meeting to come, as told then
    return MeetingStatus.PLANNED if _said_of(sent, t, quote, hi) else MeetingStatus.HELD


# after a meeting noun (its place or partner, a phrase between commas): "will" and a verb that judges what it brings,
# not one that tells it held ("the meeting in Sochi will bring no change", not "will take place", "will be held")
_JUDGED_AFTER_RE = compile_fast(
    r"(?:[ \t]+(?:in|with|between|of)\b(?:(?!\b(?:who|which|that|but|will)\b)[^.;:\n]){0,160}?)?"
    r"[ \t]+will[ \t]+(?:not[ \t]+|also[ \t]+)?"
    r"(?:bring|change|entail|lead|produce|yield|mean|matter|decide|determine|solve|resolve|fail|succeed|help|show)\b"
)


def judged_ahead(sent: SentenceContext, t: Trigger) -> bool:
    """Whether a meeting noun's future is a judgement of what it brings ("the meeting ... will entail no consequences"),
    not a plan's verb: read with :func:`.merge.merge`, the held meeting of its city it may be."""
    return t.word.nominal and _JUDGED_AFTER_RE.match(sent.doc.text, t.end, sent.end) is not None


_MEETING_NOUN_AT_RE = compile_fast(
    r"[ \t]+(?:[\w\-]+[ \t]+)?(?:talks|meeting|meetings|summit|negotiations|call|conversation|session|round)\b"
)
_TOPIC_ADJECTIVES = frozenset({"upcoming", "planned"})  # future words that, after a past verb, describe its object
_WOULD_BEFORE_RE = compile_fast(r"\bwould[ \t]+(?:(?:also|soon|then|later)[ \t]+)?\Z")
#: Verbs whose past tense does not end in "-ed": a meeting verb in the past is told as held
_IRREGULAR_PAST = frozenset({"met", "held", "spoke", "sat", "brought", "shook", "came", "had"})


def _past_verb(text: str, t: Trigger) -> bool:
    """Whether the meeting word is a verb in the past tense ("met", "hosted", "held talks")."""
    if t.word.nominal:
        return False
    first = text[t.start : t.end].split(None, 1)[0].lower()
    return first in _IRREGULAR_PAST or first.endswith("ed")


def _said_of(sent: SentenceContext, t: Trigger, quote: int, hi: int) -> bool:
    """Whether the meeting word's stretch tells the future, outside other quotations; after a verb in the past, not
    by an infinitive ("met on Thursday to hold the first talks in years": a purpose, not a plan)."""
    doc = sent.doc
    a, b = max(sent.start, t.lo), hi  # (the stretch's end, :func:`_own_end`)
    past_verb = _past_verb(doc.text, t)
    while (m := _FUTURE.search(doc.text, doc.lower, a, b)) is not None:
        if past_verb and m.start() > t.start and m.group().lower().startswith("to "):
            a = m.end()  # "met Thursday to hold the first talks": a purpose, not a plan ("who will visit": a plan)
            continue
        if past_verb and m.start() > t.start and m.group().lower() in _TOPIC_ADJECTIVES and not _MEETING_NOUN_AT_RE.match(
            doc.text, m.end()
        ):
            a = m.end()  # "discussed her upcoming visit with X": the tense of what was discussed, not of the talk
            continue  # (but "discussed the upcoming talks with X": those talks are to come)
        past = _PAST_LEAD_RE.search(doc.text, max(sent.start, m.start() - 40), m.start())  # "had the chance [to meet]"
        if doc.quote_of(m.start()) == quote and past is None:
            return True
        a = m.end()
    return False


# "met reporters", "a meeting with local residents", "met members of the Armenian community": the words up to it
# (the audience's own noun, not a word of another's: "the press secretary of X" is a side)
_AUDIENCE_AFTER_RE = compile_fast(
    r"(?:[ \t]+(?:one-on-one|one-to-one|face-to-face|briefly|privately|informally))?"  # ("spoke one-on-one with reporters")
    rf"[ \t]+(?:with[ \t]+)?(?P<lead>(?:[\w’'\-]+[ \t]+){{0,4}}?){phrases(AUDIENCES)}\b"
    r"(?=[ \t]*(?:[,.;:!?()\n]|\Z|(?:of|in|at|on|from|who|that|and|to|for|during|after|before|as|this|last|with)\b))"
)


def _to_an_audience(doc: DocumentContext, after: str) -> bool:
    """Whether the words after a meeting word name an audience it is held with, not a side ("met reporters", "a
    meeting with representatives of the Armenian community"); a name before the audience ("met X and reporters")
    is a side."""
    m = _AUDIENCE_AFTER_RE.match(after)
    if m is None:
        return False
    lawmakers = m.group()[m.end("lead") - m.start() :].strip() in LAWMAKERS
    if lawmakers and any(w[:1].isupper() and doc.idx.country(w) is not None for w in m.group("lead").split()):
        return False  # "met French lawmakers", "US lawmakers": another country's, a side of the talks
    for w in m.group("lead").split():
        if w not in AUDIENCE_LEADS and (not w[:1].isupper() or doc.idx.country(w) is None):
            return False  # a word other than a determiner or a nationality: "met X and reporters"
    return True


_NEED_FOR_BEFORE_RE = compile_fast(
    r"\b(?:need|needs|necessity|importance|value|benefits?)[ \t]+(?:for|of)[ \t]+(?:holding[ \t]+)?"
    r"(?:(?:a|an|the|such|more|further|regular|direct)[ \t]+)?(?:[\w\-]+[ \t]+)?\Z",
    re.IGNORECASE,
)
# after a meeting noun, what makes it a government's own session: "dedicated to the results of the first half year"
_DOMESTIC_AFTER_RE = compile_fast(
    r"[ \t]+(?:dedicated|devoted)[ \t]+to[ \t]+(?:the[ \t]+)?(?:results|outcomes|summing[ \t]+up|socio-economic|budget)\b"
)

# before a meeting noun, what makes it a government's own session: "said at a government [meeting]", "at the weekly
# cabinet [session]"
_DOMESTIC_BEFORE_RE = compile_fast(
    r"\b(?:[Aa]t|[Dd]uring|[Ii]n|[Aa]fter|[Bb]efore)[ \t]+(?:a|an|the|its|his|her|this|today[’']s|[A-Z][a-z]+day[’']s)[ \t]+"
    r"(?:(?:weekly|regular|extended|closed|special|extraordinary|online)[ \t]+)?(?:government|cabinet)[ \t]+\Z"
)


# before a name: it is the object of a preposition ("the step by X was welcomed", "the talks between A and B were
# hosted by Y"), not the subject
_OBJECT_OF_BEFORE_RE = compile_fast(
    r"\b(?:(?:by|of|from|to|for|with)[ \t]+|between[ \t]+(?:[A-Z][\w’'\-.]*[ \t]+){1,4}and[ \t]+)(?:[A-Z][\w’'\-.]*[ \t]+){0,4}\Z"
)
_BEING_RE = compile_fast(r"[ \t]+(?:has[ \t]+|have[ \t]+)?(?:was|were|is|are|been)[ \t]+(?:[a-z]+[ \t]+)?")
_ADVERBS_GAP_RE = re.compile(r"[ \t]+(?:(?:also|both|then|later|jointly|first)[ \t]+)?")  # (fullmatched only)


def _person_just_before(sent: SentenceContext, at: int) -> bool:
    """Whether a person is named right before the verb at ``at`` ("Pashinyan was welcomed by X"), as its subject."""
    text = sent.doc.text
    before = [mm for mm in sent.doc.mentions_in(sent.start, at) if mm.kind is PERSON and mm.pid]
    if not before or before[-1].possessive:
        return False
    # (the verb "was welcomed" after the name, or a word that is itself the passive: "A and B [were hosted]")
    passive_word = text.startswith(("was ", "were ", "Was ", "Were "), at)
    gap = (_ADVERBS_GAP_RE if passive_word else _BEING_RE).fullmatch(text, before[-1].end, at)
    if gap is None:
        return False
    return _OBJECT_OF_BEFORE_RE.search(sent.doc.text, max(sent.start, before[-1].start - 40), before[-1].start) is None


#: The words a sentence opens on before the place it is told in: "In ", "On September 5 in ", "Earlier, on October 30,
#: on the sidelines of the G20 summit in " (a pattern; the place's name follows)
FRONTED_PLACE = (
    r"[ \t\"“]*(?:[A-Z][a-z]+,[ \t]+)?(?:[Oo]n[ \t]+[\w \t]{3,24}?(?:,[ \t]+|[ \t]+(?=in|at|on)))?"
    r"(?:(?:[Oo]n|[Aa]t)[ \t]+the[ \t]+(?:sidelines|margins?|fringes?)[ \t]+of[ \t]+[^,;:.\n]{1,80}?[ \t]+"
    r"|(?<![A-Za-z]))(?:in|at|In|At)[ \t]+(?:the[ \t]+)?"
)
_OPENS_ON_PLACE_RE = compile_fast(FRONTED_PLACE + r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*)*,")


def opens_on_place(doc: DocumentContext, pos: int) -> bool:
    """Whether the sentence of ``pos`` opens, before it, on the place it is told in ("In Rome, ...")."""
    return _OPENS_ON_PLACE_RE.match(doc.text, doc.lay.sentence_at(pos)[0], pos) is not None


# before a capitalised meeting noun: an office's title it ends ("Senior Advisor for Caucasus [Negotiations]", "Special
# Envoy for the [Talks]")
_IN_TITLE_BEFORE_RE = compile_fast(
    r"\b(?:Advis[eo]r|Envoy|Representative|Coordinator|Negotiator|Director|Chief|Head)[ \t]+(?:for|on)[ \t]+"
    r"(?:the[ \t]+)?(?:[A-Z][\w’'\-]*[ \t]+){0,3}\Z"
)


def _not_a_meeting(sent: SentenceContext, m: re.Match[str], word: MeetingWord, before: str, after: str, habitual: bool) -> bool:
    """Whether the row and the words around a meeting word say it tells no meeting at all."""
    text = sent.doc.text
    if word.fronted_place and not opens_on_place(sent.doc, m.start()):
        return True  # "A and B discussed the situation in X": no place the sentence opens on
    if word.nominal and text[m.start()].isupper() and _IN_TITLE_BEFORE_RE.search(before):
        return True  # "Senior Advisor for Caucasus Negotiations": the end of an office's title
    if word.needs_partner and not _PARTNER_AFTER_RE.match(after):
        return True  # "spoke about the peace process": no one spoken with
    if not sent.doc.meeting_words.preceded(word, before):
        return True  # "joined by X" that is no passive of the meeting's ("they were joined by")
    if habitual and _HABITUAL_AFTER_RE.match(text, m.end(), sent.end) and not _MOST_RECENTLY_RE.search(text, m.end(), sent.end):
        return True  # "has hosted the two leaders in Brussels four times": no one meeting is told (but "have met
        # regularly, most recently in Bratislava on December 4": that one)
    if word.person_before and not _person_just_before(sent, m.start()):
        return True  # "the proposal was welcomed by X": no one welcomed
    gap = sent.doc.meeting_words.person_gap(word)
    if gap is not None and not _calls_a_person(sent.doc, m.end(), gap):
        return True  # "called Azerbaijan's demands unacceptable", "called it a step": no one is called
    if word.may_be_hypothetical and _HYPOTHETICAL_RE.search(before):
        return True  # "ready to meet ... at any time", "would meet again soon": no meeting told
    if _OFFER_TO_RE.search(text, max(sent.start, m.start() - OFFER_BEFORE), m.start()):
        return True  # "the offer by X to host further talks", "his readiness to meet with Y": only offered
    if word.nominal and _URGED_TO_RE.search(text, max(sent.start, m.start() - URGED_BEFORE), m.start()) and not (
        _placed_or_dated(sent.doc, m.end())
    ):
        return True  # "urged the leaders of A and B to engage in negotiations": a process urged, no meeting told
    if (word.nominal or word.may_be_hypothetical) and _WISHED_BEFORE_RE.search(before):
        return True  # "the prospect of a summit", "hinted on Monday at meeting X": only wished for
    if (
        word.nominal
        and _OFFERED_VENUE_RE.search(text, max(sent.start, m.start() - OFFERED_BEFORE), m.start())
        and not _own_event_after(sent, m.end())
    ):
        return True  # "ready to provide a platform in Tbilisi for negotiations": a venue offered (not "for the talks
        # between A and B, which were held on May 10")
    if word.process and _PROCESS_BEFORE_RE.search(before) and not _placed_or_dated(sent.doc, m.end(), city=True):
        return True  # "peace talks": the process (not "started peace talks in Berlin on Wednesday": a round of them)
    if word.process and _ENGAGEMENT_BEFORE_RE.search(before) and not _own_event_after(sent, m.end()):
        return True  # "the need for re-engagement in substantive negotiations", not "in the talks with X in Almaty"
    if word.process and _PROCESS_VERB_BEFORE_RE.search(before) and not _placed_or_dated(sent.doc, m.end()):
        return True  # "agreed to continue EU-led negotiations", not "to resume talks in Geneva on May 14"
    if (
        not word.nominal
        and before.rstrip().endswith("for")  # what the pattern needs, read first
        and _THANKED_FOR_RE.search(text, max(sent.start, m.start() - THANKED_BEFORE), m.start())
        and not _placed_or_dated_in(sent, m.end())
    ):
        return True  # "X thanked Y for hosting [the round]": the meeting told before, judged; not one of X and Y
    if word.nominal and (_NO_BEFORE_RE.search(before) or _NOT_PLANNED_AFTER_RE.match(text, m.end(), sent.end)):
        return True  # "there is no meeting planned", "no talks took place", "X's meeting with Y is not being planned"
    if word.plural and _NEED_FOR_BEFORE_RE.search(before) and not _placed_or_dated(sent.doc, m.end()):
        return True  # "the need for meetings of the leaders": no one meeting (not "holding a meeting in X on June 1")
    if word.nominal and (_DOMESTIC_AFTER_RE.match(after) or _DOMESTIC_BEFORE_RE.search(before)):
        return True  # "a meeting dedicated to the results of the year": a government's own session
    if _to_an_audience(sent.doc, after):
        return True  # "met reporters", "a meeting with students": an audience, not a side of the talks
    if not word.nominal and press_subject_re().search(text, max(sent.start, m.start() - PRESS_SUBJECT_BEFORE), m.start()):
        return True  # "The German outlet X spoke with Y", "Reuters spoke with Y": an interview
    return sent.doc.meeting_words.other_sense(word, after)  # "meeting the country's needs"


# a verb of holding before "their meeting": the meeting its subject held ("A and B held their last meeting in late
# September", "will hold their first meeting"), told, not referred to
_HELD_OWN_BEFORE_RE = compile_fast(
    r"(?<!never[ \t])(?<!not[ \t])\b(?:held|hold|holds|holding|had)[ \t]+their[ \t]+"
    r"(?:(?:first|second|third|last|latest|next|previous|"
    r"own|separate|joint|bilateral|trilateral|face-to-face|direct|official|informal|regular|phone|telephone|video)"
    r"[ \t]+){0,3}\Z"
)
# after a meeting noun: who hosted it, an event told ("at their latest meeting hosted by Michel on July 15")
_HOSTED_BY_AFTER_RE = compile_fast(
    r"[ \t]+(?:hosted|chaired|mediated|brokered|facilitated|organi[sz]ed)[ \t]+by[ \t]+(?:[A-Z]|the[ \t]+[A-Z])"
)
# after "their meeting": a thing of it, not the meeting ("had their meeting room prepared")
_FURNITURE_AFTER_RE = compile_fast(r"[ \t]+(?:room|rooms|hall|venue|table|place|schedule|agenda|minutes|notes|point)\b")
_OWNED_RE = compile_fast(r"(?i:his|her|their)\b")  # a reference determiner that gives whose the meetings are
# after a plural meeting noun: its sides as a group told before ("conversations [with the two leaders]")
_WITH_GROUP_RE = compile_fast(r"[ \t]+with[ \t]+(?:the[ \t]+(?:two|three|both)\b|both\b|them\b|each[ \t]+of[ \t]+them\b)")


# a sentence opening on the event just told: "As part of the same event, ", "At the same ceremony, "
_SAME_EVENT_RE = compile_fast(
    r"[ \t]*(?:[Aa]s[ \t]+part[ \t]+of|[Aa]t|[Dd]uring|[Oo]n[ \t]+the[ \t]+sidelines[ \t]+of)[ \t]+the[ \t]+same[ \t]+"
    r"(?:event|ceremony|meeting|summit|occasion|visit|gathering),[^.;:]*\Z"
)


def _mark(
    sent: SentenceContext, m: re.Match[str], word: MeetingWord, before: str, after: str, told: bool
) -> TriggerMark | None:
    """What a meeting word tells: an event, a vague one, more people for the event told before (``told``: this
    sentence has told one already), or nothing (a reference)."""
    doc = sent.doc
    text, s, e = doc.text, sent.start, sent.end
    if word.addendum:  # "the Russian side was represented by X"
        return TriggerMark.ADDENDUM
    if doc.told and _SAME_EVENT_RE.match(text, s, m.start()):
        return TriggerMark.ADDENDUM  # "As part of the same event, A and B initialed the draft": more of the one told
    if not word.nominal:
        return TriggerMark.VAGUE if _VAGUE_VERB_RE.search(before) else TriggerMark.EVENT
    last3 = _last_words_at(before, 3)  # both patterns span at most the last three words
    ref_m = REFERENCE_BEFORE_RE.search(before, last3)
    held_own = _HELD_OWN_BEFORE_RE.search(before) is not None and _FURNITURE_AFTER_RE.match(after) is None
    hosted = not word.plural and _HOSTED_BY_AFTER_RE.match(after) is not None  # "their meeting hosted by X on July 15"
    linked = LINK_AFTER_RE.match(after) is not None or _told_when(doc, m.end(), e) or held_own or hosted
    if (
        word.plural
        and doc.told
        and ref_m is not None
        and _OWNED_RE.match(ref_m.group())
        and _WITH_GROUP_RE.match(after)
        and not _placed_or_dated_in(sent, m.end())  # not "his meetings with them in Granada next month": others
        and _FUTURE.search(text, doc.lower, s, e) is None
    ):
        return None  # "Erdogan spoke with A on Saturday. His conversations with the two leaders came ...": those told
    if ref_m is not None and not linked and not _own_date_or_name(doc, s, m.start(), before, ref_m):
        if _ON_IN_AFTER_RE.match(after):
            pass  # "the meeting in Prague", "the talks on May 14": the event told
        elif not told and (
            ADDENDUM_RE.search(text, m.end(), e)
            or _TOOK_PLACE_IN_RE.match(text, m.end(), e)
            or (_IN_FORMAT_TOOK_PLACE_RE.match(text, m.end(), e) and _dated_after(doc, m.end(), e))
            or TOOK_PART_BEFORE_RE.search(before)
            or _DURING_THEIR_RE.search(before)
            or (_DURING_THE_RE.fullmatch(text, s, m.start()) and after.startswith(","))
        ):
            # "the talks were held with the participation of X and Y", "the meeting took place in New York", "the
            # President of France took part in the negotiations": more of the meeting just told; when none has been
            # told, the meeting itself ("During their talks in New York on May 5, A and B ...")
            if _ANOTHER_RE.search(before, ref_m.start()):
                return TriggerMark.VAGUE  # "during their previous talks, hosted by X in New York": another, if it says when
            return TriggerMark.ADDENDUM if doc.told else TriggerMark.EVENT
        else:
            return None  # "the meeting", "ahead of the summit": a reference
    series = _SERIES_BEFORE_RE.search(text, max(s, m.start() - SERIES_BEFORE), m.start()) if word.plural else None
    if word.plural and _THERE_HAVE_BEEN_RE.search(before) and not _placed_or_dated_in(sent, m.end()):
        return TriggerMark.VAGUE  # "there have been telephone conversations between A and B": some, not one
    if (_VAGUE_BEFORE_RE.search(before, last3) and not linked) or series or _UNITS_BEFORE_RE.search(before, last3):
        # kept only when the clause gives a date or a place ("a series of meetings between A and B" is still vague)
        return TriggerMark.VAGUE
    return TriggerMark.EVENT


def _own_date_or_name(doc: DocumentContext, s: int, at: int, before: str, ref_m: re.Match[str]) -> bool:
    """Whether "the ... meeting" has a date or a capitalised name of its own between the determiner and the word
    ("the May 14 meeting", "the Brussels talks"): an event named, not a reference."""
    lo = doc.first_date(max(s, at - BEFORE))
    if any(d.start >= at - 30 and d.end <= at for d in doc.dates[lo : lo + 3]):
        return True
    return _CAPITAL_LETTER_RE.search(before[ref_m.end() - len(ref_m.group()) :][4:]) is not None


def _of_the_meeting_before(text: str, last: Trigger, m: re.Match[str], word: MeetingWord) -> bool:
    """Whether a verb's object is a meeting referred to ("hosted the meeting", "chaired the talks")."""
    if last.mark is not TriggerMark.EVENT or last.word.nominal or not word.nominal:
        return False
    gap = _DETERMINER_GAP_RE.fullmatch(text, last.end, m.start())
    # not "who hosted the previous meeting": another meeting than the one told before
    return gap is not None and _ANOTHER_RE.search(gap.group()) is None


def _continues(text: str, last: Trigger, m: re.Match[str], word: MeetingWord, before: str) -> bool:
    """Whether a meeting word goes on the one before it: right next to it ("hosted talks"), or the event a verb
    holds ("met for talks", "held a meeting", "hosted his counterparts, A and B, in Moscow for talks")."""
    if m.start() - last.end <= ADJACENT:
        return True
    if last.word.noun or not word.nominal:
        return False  # a noun names its own event; a verb ("met", or "meeting" as one) holds the one after it
    if _DETERMINER_GAP_RE.fullmatch(text, last.end, m.start()) is not None:
        return True
    if CLAUSE_SEP_RE.search(text, last.end, m.start()) or _OTHER_DEED_RE.search(text, last.end, m.start()):
        return False  # ("met on June 2 to carry out the agreements reached at the meeting in May": that meeting's own)
    # "hosted A and B in Moscow for talks"; "met on Thursday in Prague, the first talks between the two": what the
    # verb's event was, or the same event named again in apposition
    return _FOR_BEFORE_RE.search(before) is not None or _APPOSITION_BEFORE_RE.search(before) is not None


_ONE_OF_SERIES_RE = compile_fast(
    r"\b(?:(?:[Tt]he|[Tt]heir|[Ii]ts)[ \t]+(?:previous|last|next|latest|former|such|first|second|third)"
    r"|[Pp]revious|[Ee]arlier|[Pp]rior"  # ("Previous meetings were in New York in September, ...")
    # ("During a similar meeting last month, the sides ...": the same sides; not "X and Y held a similar meeting", "a
    # similar meeting of A and B": others')
    r"|\b(?:[Dd]uring|[Aa]t|[Ii]n)[ \t]+a[ \t]+similar"
    r"|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Aa][ \t]+few)[ \t]+more)[ \t]+"  # ("Three more meetings took place")
    r"(?:such[ \t]+)?(?:(?:substantial|substantive|formal|official|direct|bilateral|trilateral|face-to-face)[ \t]+)?"
    r"(?:round[ \t]+of[ \t]+)?\Z"  # ("the first substantial conversation")
)


# after a meeting noun: its people told, unnamed ("the first meeting attended by deputy foreign ministers")
_OWN_PEOPLE_AFTER_RE = compile_fast(
    r"[ \t]+(?:attended[ \t]+by|with[ \t]+the[ \t]+participation[ \t]+of)[ \t]+"
    r"(?!(?:the[ \t]+)?(?:two|three|four|five|both|them|all|each|leaders|ministers|sides|parties)\b)(?:the[ \t]+)?[a-z]"
)


def another_before(sent: SentenceContext, t: Trigger) -> bool:
    """Whether a meeting noun is told as another of a series ("the previous round", "their next meeting", "the last
    such meeting"): its sides are those of the meeting told before, unless it tells its own ("the first meeting
    attended by deputy ministers")."""
    text = sent.doc.text
    series = _ONE_OF_SERIES_RE.search(text, max(sent.start, t.start - 30), t.start) is not None
    return series and _OWN_PEOPLE_AFTER_RE.match(text, t.end) is None


def no_one_after(doc: DocumentContext, m: re.Match[str]) -> bool:
    """Whether a meeting word that needs a person after it has none ("their shared call to end the process")."""
    gap = doc.meeting_words.person_gap(doc.meeting_words.row(m))
    return gap is not None and not _calls_a_person(doc, m.end(), gap)


# how far after the word the names of bodies and countries in a person's title may reach ("the reception of the
# Secretary General of the Inter-Parliamentary Union, Y"; "called the President of France, Y")
PERSON_GAP_BODIES = 90


def _calls_a_person(doc: DocumentContext, at: int, gap: re.Pattern[str]) -> bool:
    """Whether the word ending at ``at`` is followed by the person called ("called Aliyev", "called his Turkish
    counterpart"), only the words ``gap`` allows between them."""
    k = doc.first_mention(at)
    items = doc.items
    while k < len(items) and items[k].kind in (ORG, PLACE) and items[k].end - at <= PERSON_GAP_BODIES:
        k += 1  # a body or country in the person's title ("the Secretary General of the X Union, Y")
    if k >= len(items) or items[k].kind not in (PERSON, OFFICE) or items[k].possessive:
        return False
    between = gap.match(doc.text, at, items[k].start)
    return between is not None and between.end() == items[k].start


def _placed_or_dated(doc: DocumentContext, at: int, city: bool = False) -> bool:
    """Whether a place (with ``city``, a city: not "peace talks in the South Caucasus") or a date follows the word
    ending at ``at`` right after "in", "on" or "at" ("talks in Geneva", "talks on May 14"): one event, not the process
    ("talks on the treaty")."""
    m = _IN_ON_AT_RE.match(doc.text, at)
    if m is None:
        return False
    k = doc.first_mention(m.end())
    if k < len(doc.items) and doc.items[k].start == m.end() and doc.items[k].kind is PLACE:
        place = doc.items[k].place
        return not city or (place is not None and place.is_city)
    i = doc.first_date(m.end())
    return i < len(doc.dates) and doc.dates[i].start == m.end()


def _placed_or_dated_in(sent: SentenceContext, at: int) -> bool:
    """Whether the sentence names a place or a date after ``at``: an event of its own ("for hosting him in Brussels on
    Monday")."""
    doc = sent.doc
    i = doc.first_date(at)
    if i < len(doc.dates) and doc.dates[i].start < sent.end:
        return True
    return any(mm.kind is PLACE for mm in doc.mentions_in(at, sent.end))


def _told_when(doc: DocumentContext, at: int, end: int) -> bool:
    """Whether the meeting word ending at ``at`` is followed by where and on which day or in which month it took place
    ("their previous meeting, hosted by X, took place in Sochi on October 31", "the last meeting was held in Dushanbe
    in May"): an event told, not a reference to one told before."""
    m = _TOOK_PLACE_AFTER_RE.match(doc.text, at, end)
    if m is None:
        return False
    i = doc.first_date(m.start())
    return any(d.explicit and d.md is not None for d in doc.dates[i:] if d.start < min(end, m.end() + 40))


def _last_words_at(before: str, n: int) -> int:
    """Where the last ``n`` words of ``before`` (and the spaces after them) begin: a pattern ending at its end
    that spans no more words need not be tried earlier."""
    parts = before.rsplit(maxsplit=n)
    return len(parts[0]) if len(parts) > n else 0


def lead_words(between: str) -> int:
    """Where the last two words of ``between``, each followed by spaces, begin (its length when it does not end with
    spaces): the words that lead to the next meeting word ("had separate [meetings]")."""
    m = _LEAD_WORDS_BACKWARD_RE.match(between[::-1])
    return len(between) - (m.end() if m else 0)


# "The talks took place on November 7.", "The meeting was held in Geneva.": a sentence opening with the meeting noun
# and a verb of taking place, then only when and where
_FOLLOW_UP_RE = compile_fast(_TAKES_PLACE + r"\b")
_THE_RE = compile_fast(r"[Tt]he[ \t]+(?:[\w\-]+[ \t]+){0,2}")
_PLACED_AFTER_RE = compile_fast(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]")
# ... or "The talks held in Brussels ...", a participle between
_HELD_PLACED_AFTER_RE = compile_fast(r"[ \t]+held[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]")
# in the rest of such a sentence: another time than the meeting's ("had set the agenda", "by contrast", "more
# productive"): an earlier round set against the one just told
_SET_AGAINST_AFTER_RE = compile_fast(r"\b(?:had|by[ \t]+contrast|unlike|earlier|previous|more|less|than)\b")


# a sentence opening with a pronoun and "also" before its meeting verb: "They also exchanged views on X"
_PRONOUN_ALSO_RE = compile_fast(
    r"[ \t]*(?:(?:they|he|she|the[ \t]+two(?:[ \t]+[a-z]+)?|both(?:[ \t]+[a-z]+)?)[ \t]+also"
    # "The presidents exchanged views on X": the group of the meeting just told, "also" or not
    r"|the[ \t]+(?:presidents|leaders|ministers|foreign[ \t]+ministers|sides|parties|interlocutors)(?:[ \t]+also)?)[ \t]+",
    re.IGNORECASE,
)


# a sentence opening on "it was" before its meeting noun: "It was the third meeting between A and B"
_IT_WAS_RE = compile_fast(
    r"[ \t]*(?:It|This|That)[ \t]+(?:was|is|marked|became)[ \t]+(?:the|their)[ \t]+(?:[\w\-]+[ \t]+){0,3}"
)


def the_last_again(sent: SentenceContext, t: Trigger) -> bool:
    """Whether a meeting noun is what "it" was, the sentence opening on "It was the ...": the meeting told just before
    ("... It was the third meeting in six months between A and B"), not a new one."""
    return t.word.nominal and _IT_WAS_RE.fullmatch(sent.doc.text, sent.start, t.start) is not None


def more_of_the_last(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether a verb tells more of the meeting told just before, not a new one: "They also exchanged views on X",
    the sentence opening with a pronoun and "also", no one named after the verb, no day or place of its own."""
    if t.word.nominal or t.word.needs_partner or t.word.phone or draft.date_said or draft.place is not None:
        return False  # (a day, a place or a call of its own: "They also met in Prague on October 6")
    if not _PRONOUN_ALSO_RE.fullmatch(sent.doc.text, sent.start, t.start):
        return False
    return all(span is None or span[0] < t.start for _, _, span in draft.participants.values())


def follow_up(sent: SentenceContext, t: Trigger, before: Draft | None = None) -> bool:
    """Whether the meeting word opens its sentence as "The meeting took place on ..." or "The talks in Brussels ..."
    (a date or place for the meeting told before, ``before``, see :attr:`Draft.follow_up`)."""
    text = sent.doc.text
    first = not text[sent.start : t.start].strip()
    if t.word.pronoun:  # "It took place in ...": the row holds the verb
        return first
    opens = first or bool(_THE_RE.fullmatch(text, sent.start, t.start))
    placed = _PLACED_AFTER_RE.match(text, t.end) is not None  # "The talks in Brussels came ..."
    if not placed and _HELD_PLACED_AFTER_RE.match(text, t.end) is not None:
        # "The talks held in Geneva focused on ...": of a meeting told as held, in the same time (not "Aliyev and
        # Pashinyan will meet next week. The talks held in Washington had set the agenda": an earlier round)
        placed = (
            before is not None
            and before.status is MeetingStatus.HELD
            and _SET_AGAINST_AFTER_RE.search(text, t.end, sent.end) is None
        )
    return t.word.nominal and opens and (placed or _FOLLOW_UP_RE.match(text, t.end) is not None)


# before a participle: the document it tells of ("the agreements [reached]", "a deal that was [signed]"); after it, its
# makers ("by A and B", "between A and B", a place first)
_DOCUMENT_BEFORE_RE = compile_fast(
    r"\b(?:agreements?|deals?|declarations?|statements?|documents?|treat(?:y|ies)|accords?|understandings?|arrangements?"
    r"|decisions?)[ \t]+(?:(?:that|which)[ \t]+(?:were|was|had[ \t]+been|have[ \t]+been)[ \t]+)?\Z"
)
_AGENTS_AFTER_RE = compile_fast(PLACE_AHEAD + r"[ \t]+(?:by|between)\b")


def document_made(sent: SentenceContext, t: Trigger) -> bool:
    """Whether a meeting word is the participle of a document its makers are named after ("the agreements [reached]
    by A and B in Prague", "a deal [signed] between A and B"): told as what they made, by whoever speaks of it."""
    text = sent.doc.text
    return (
        not t.word.nominal
        and _AGENTS_AFTER_RE.match(text, t.end) is not None
        and _DOCUMENT_BEFORE_RE.search(text, max(sent.start, t.start - DOCUMENT_BEFORE), t.start) is not None
    )


DOCUMENT_BEFORE = 40  # how far before the participle the document's noun may begin
