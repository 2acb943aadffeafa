"""Stage 2 of meetings: the clauses of a sentence, and which meeting word each person, place and date belongs to.

A sentence is cut at its clause separators (", who", "; ", ", and", " — "). A mention belongs to the meeting word of
its clause (the nearest, when a clause has two); a clause before the first meeting word gives its mentions to that
word ("Aliyev and Pashinyan, ..., met"); a later clause without a meeting word gives them only when it joins on
(", with the participation of X", ", and ..."). Groups ("the two ministers", "both leaders") stand for the two
people of that role named before; "Armenia's capital" is its capital city.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .._regex import compile_fast, phrases
from ..dates import relation
from ..people import NOT_THE_HOLDER_RE, slug
from ..types import OFFICE, ORG, PERSON, PLACE, Mention, SentenceContext, Trigger, TriggerMark
from ..vocabulary.markers import EVENT_NOUNS, JOINING_WORDS, OWN_INSTITUTION_NOUNS
from ..vocabulary.titles import GROUP_ROLE, GROUP_ROLES, LEADER_TITLES
from .groups import listed
from .triggers import CLAUSE_SEP_NO_DASH_RE, CLAUSE_SEP_RE, FOLLOWS_RE, RELATIVE_SUBJECT_RE

__all__ = ["after_in", "assign"]

# a sentence that opens by conceding something: its first comma ends the concession ("Despite the talks, ...")
_CONCESSION_RE = compile_fast(r"(?:[Dd]espite|[Ii]n[ \t]+spite[ \t]+of|[Nn]otwithstanding)[ \t][^,;]*(?=,)")
# a sentence that opens on the time of another meeting: its first comma ends that phrase ("Before the closed-door
# talks with X, A and B held a separate meeting")
_FRONTED_TIME_RE = compile_fast(r"(?:[Bb]efore|[Aa]fter|[Dd]uring|[Ff]ollowing|[Aa]head[ \t]+of)[ \t][^,;]*(?=,)")
# a sentence that opens on what a meeting is held under: its first comma ends that phrase, whose people, places and
# dates are the agreement's ("In accordance with the agreement of the leaders in Brussels on August 31, the
# ministers were charged to meet")
_ACCORDANCE_RE = compile_fast(
    r"(?:[Ii]n[ \t]+(?:accordance|line)[ \t]+with|[Pp]ursuant[ \t]+to|[Aa]s[ \t]+agreed"
    r"|[Uu]nder[ \t]+the[ \t]+(?:agreements?|deal|terms|accords?|statement)"
    # ... or on who reported it first, and when ("As suggested by Radio Liberty in mid-October, the EU was preparing a
    # meeting": the report's time, not the meeting's)
    r"|[Aa]s[ \t]+(?:first[ \t]+)?(?:suggested|reported|revealed|disclosed|noted)[ \t]+by)[ \t][^,;]*(?=,)"
)
# after a comma: more names of a list and another comma ("with A[, B and C],")
_LIST_GOES_ON_RE = compile_fast(
    r",[ \t]+(?:[A-Z][\w’'.\-]*[ \t]+){0,3}[A-Z][\w’'.\-]*(?:[ \t]+and[ \t]+(?:[A-Z][\w’'.\-]*[ \t]+){0,3}[A-Z][\w’'.\-]*)?(?=,)"
)
_JOIN_CLAUSE_RE = compile_fast(rf"\A(?:,[ \t]*)?{phrases(JOINING_WORDS)}\b", re.IGNORECASE)
# "Aliyev's office", "Pashinyan's press secretary": not the person
# (and "Biden's national security adviser": a word or two of what the office is about before it)
_THEIR_INSTITUTION_RE = re.compile(
    rf"\A[’']?s?[ \t]+(?:(?:national|security|foreign|policy)[ \t]+){{0,3}}(?:{'|'.join(OWN_INSTITUTION_NOUNS)})"
)
_COUNTS = ("three", "four", "five", "six")  # "the five leaders": that many named before
_MANY = "|".join(_COUNTS) + "|[3-6]"  # ("the 3 FMs")
_ROLES = "|".join(f"[{r[0]}{r[0].upper()}]{r[1:]}" for r in GROUP_ROLES)  # "the ministers", "the Ministers"
_PLAN_TO = r"(?:due|expected|set|scheduled|going|planning|about)[ \t]+to[ \t]+"  # "the two [were due to] meet"
_GROUP_RE = compile_fast(  # tried only where "the two", "the <role>", "both", "each", "they", "his" or "her" begins
    rf"\b(?=[Tt]he[ \t]+(?:two|{_MANY}|{_ROLES}|[Ff]oreign[ \t]|[Dd]efen[cs]e[ \t])|[Bb]oth|[Ee]ach|[Aa]ll[ \t]+(?:{_MANY})"
    r"|[Tt]hey\b|[Tt]heir[ \t]|[Hh]is[ \t]|[Hh]er[ \t]|[Tt]he[ \t]+pair\b)(?:"
    rf"(?:[Tt]he[ \t]+two|[Bb]oth|(?:[Tt]he|[Aa]ll)[ \t]+(?P<many>{_MANY}))[ \t]+(?:[A-Za-z\-]+[ \t]+){{0,2}}?"
    rf"(?P<role>{'|'.join(GROUP_ROLES)}|FMs)\b"
    # "the ministers met": the two named before; not "the leaders of the EU", a group of its own
    rf"|[Tt]he[ \t]+(?P<plain>{_ROLES})\b(?![ \t]+of\b)"
    # "the leaders of the two countries", "the ministers of both sides": the two of that role named before
    # ... "the Foreign Ministers of the two countries"
    rf"|[Tt]he[ \t]+(?:(?:[Ff]oreign|[Dd]efen[cs]e)[ \t]+)?(?P<sides>{_ROLES})[ \t]+of[ \t]+(?:the[ \t]+two|both)"
    r"[ \t]+(?:countries|sides|states)\b"
    rf"|(?:[Ee]ach|[Bb]oth)[ \t]+of[ \t]+them\b"
    rf"|[Ee]ach[ \t]+(?:of[ \t]+the[ \t]+(?:two[ \t]+)?)?(?P<one>{'|'.join(GROUP_ROLE)})s?\b"
    # "A and B met in Brussels. On June 1, they met again": the two named together before, the verb's subject
    rf"|(?P<they>[Tt]hey)\b"
    # "A and B met in Tbilisi. The pair also met C": the two the sentence before names
    # ... and "The two met on the sidelines of the forum": "the two" as the subject of a verb
    r"|(?P<pair>[Tt]he[ \t]+pair\b"
    # ... "The two were also due to meet X", "the two will meet again": a plan of theirs
    r"|[Tt]he[ \t]+two(?=[ \t]+(?:(?:also|then|later|have|had|were|are|will|would)[ \t]+){0,2}"
    rf"(?:{_PLAN_TO}|to[ \t]+)?"
    r"(?:met|meet|held|hold|had|spoke|speak|talked|talk)\b))"
    # "X presided over their second encounter": the two named together before, at the meeting the noun tells
    rf"|(?P<their>[Tt]heir)\b"
    # "Baerbock hosted her counterparts": the two named before her (not when their names follow: "her counterparts, A
    # and B")
    r"|(?:[Hh]is|[Hh]er)[ \t]+(?:[A-Z][a-z]+[ \t]+(?:and[ \t]+[A-Z][a-z]+[ \t]+)?)?"
    r"(?P<counterparts>counterparts)\b(?![ \t,]+[A-Z]))"
)
_GROUP_NEEDLES = (
    "two", *_COUNTS, "both", "each", "they", "their", "counterparts", "pair", "fms", "the 3", "the 4", "the 5", "the 6",
    *(f"the {role}" for role in GROUP_ROLES),
)
_CAPITAL_RE = compile_fast(
    r"\b(?:(?P<c1>[A-Z][\w.\-]+(?:[ \t]+[A-Z][\w.\-]+)?)(?:’s|'s)[ \t]+capital|the[ \t]+capital[ \t]+of[ \t]+(?P<c2>[A-Z][\w.\-]+(?:[ \t]+[A-Z][\w.\-]+)?)"  # noqa: E501
    r"|the[ \t]+(?P<c3>[A-Z][\w.\-]*(?:[ \t]+[A-Z][\w.\-]+)?)[ \t]+capital\b)"  # "the Azerbaijani capital", "the U.S. capital"
)
_NAME_NEXT_RE = compile_fast(r"(?:,?[ \t]+of)?,?[ \t]+[A-Z]")  # "the Georgian capital [of] Tbilisi": the city's own name follows
_OWNED_KINDS = (PERSON, OFFICE, PLACE)
_LOCATIVE_BEFORE_RE = compile_fast(r"\b(?:[Ii]n|[Aa]t)[ \t]+(?:the[ \t]+)?\Z")
_WHICH_BEFORE_RE = compile_fast(r"\b(?:during|in|at|after)[ \t]+which[ \t]+\Z")
# in a title with a leader's word: another office than the leader's ("Assistant to the President", "deputy prime minister")
_NOT_A_LEADER_RE = re.compile(
    NOT_THE_HOLDER_RE.pattern + r"|\b(?:assistant|adviser|advisor|aide|spokes\w*|secretary)\b", re.IGNORECASE
)
OFFICIALS_BACK = 3  # "the two officials": how many sentences back its two may be named
GROUP_CANDIDATES = 4  # "the two leaders": the people named before who may be the two, read back this far
_POSSESSIVE_TAIL = 50  # characters after a possessive name read for "'s office", "'s national security adviser"


class _Clauses:
    """The clauses of a sentence and the meeting words in them."""

    __slots__ = ("aside", "by_clause", "clauses", "first", "joins", "sent", "starts", "topics", "triggers")

    def __init__(self, sent: SentenceContext, triggers: list[Trigger]) -> None:
        self.sent = sent
        self.triggers = triggers
        text, s, e = sent.doc.text, sent.start, sent.end
        seps = CLAUSE_SEP_RE if "—" in sent.text or "–" in sent.text else CLAUSE_SEP_NO_DASH_RE
        inside = _mention_spans(sent)  # "the leaders of A, B, and C": a list inside a name or an office cuts nothing
        cuts = [
            s,
            *(
                m.start()
                for m in seps.finditer(text, s, e)
                if not _within(inside, m.start()) and not _semicolon_item(text, m) and not _members_after_dash(text, s, m)
            ),
            e,
        ]
        concession = _CONCESSION_RE.match(text, s, e) if text[s : s + 1] in "DdIiNn" else None  # "Despite ..., C did"
        if concession is not None:
            cuts = sorted({*cuts, concession.end()})
        accordance = _ACCORDANCE_RE.match(text, s, e)  # "In accordance with the agreement of A and B in X on D, ..."
        self.aside = accordance.end() if accordance is not None and any(t.start > accordance.end() for t in triggers) else s
        if self.aside > s:
            cuts = sorted({*cuts, self.aside})
        fronted = _FRONTED_TIME_RE.match(text, s, e) if text[s : s + 1] in "BbAaDdFf" else None
        end = fronted.end() if fronted is not None else s
        while fronted is not None and (more := _LIST_GOES_ON_RE.match(text, end, e)) is not None:
            end = more.end()  # "After talks with A, B and C, D met E": the list goes on to the comma after C
        if fronted is not None and any(t.start < end for t in triggers) and triggers[-1].start > end:
            cuts = sorted({*cuts, end})  # "Before the talks with X, A and B held a meeting": A and B's
        for m in FOLLOWS_RE.finditer(text, s, e):  # "The meeting of A and B follows a meeting between C and D in X"
            if any(t.end <= m.start() for t in triggers) and any(t.start >= m.end() for t in triggers):
                cuts = sorted({*cuts, m.start()})
        self.clauses = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
        self.starts = [c[0] for c in self.clauses]
        self.by_clause: dict[int, list[Trigger]] = {}
        for t in triggers:
            ci = self.clause_of(t.start)
            self.by_clause.setdefault(ci, []).append(t)
            t.clause = self.clauses[ci][0]
        self.first = min(self.by_clause)
        self.topics: dict[int, bool] = {}  # a meeting noun's start -> whether it is a topic told (see _topic)
        self.joins: dict[int, bool] = {}  # clause index -> whether it goes on from the clause before ("and ...")

    def clause_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def _him(self) -> bool:
        """Whether the first meeting word's clause has "him" or "her" for someone it meets ("..., and Y hosted him")."""
        cs, ce = self.clauses[self.first]
        return _HIM_RE.search(self.sent.doc.text, cs, ce) is not None

    def _a_sentence_before(self, ci: int) -> str | None:
        """Whether a clause before the first meeting word's tells a thing of its own (:data:`_OWN`, or :data:`_TRIP`
        for a trip): a person and a verb in the past after them, and the meeting word's clause opening on ", and" and a
        new subject ("X engaged both ministers on May 5, and Y met Z"; "X arrived in Kazan on Tuesday, and Y met Z": Y
        met Z there, then; not "It reported that A, B, and C met"), else None."""
        text = self.sent.doc.text
        first_start = self.clauses[self.first][0]
        if not _AND_NEW_SUBJECT_RE.match(text, first_start):
            return None
        cs, ce = self.clauses[ci]
        subject = next((mm for mm in self.sent.doc.mentions_in(cs, ce) if mm.kind in (PERSON, OFFICE)), None)
        verb = _PAST_VERB_RE.search(text, subject.end, ce) if subject is not None else None  # (its subject, then verb)
        if verb is None:
            return None
        return _TRIP if _TRIP_VERB_RE.fullmatch(verb.group()) else _OWN

    def _topic(self, t: Trigger) -> bool:
        """Whether a meeting noun is the topic of a verb of telling ("informed B about the planned meeting"); read once
        a word, not once for each mention before it."""
        topic = self.topics.get(t.start)
        if topic is None:
            text = self.sent.doc.text
            # ("the planned meeting in X during a phone call": a phrase that tells the call too)
            topic = self.topics[t.start] = (
                t.word.nominal
                and " during " not in text[t.start : t.end]
                and _TOPIC_BEFORE_RE.search(text, max(self.sent.start, t.start - TOPIC_BEFORE), t.start) is not None
            )
        return topic

    def owner(self, pos: int, end: int | None = None, person: bool = False) -> Trigger | None:
        """The meeting word a mention at ``pos`` (ending at ``end``; ``person``: of a person or an office) belongs to, or
        None (a clause of its own)."""
        ci = self.clause_of(pos)
        here = self.by_clause.get(ci)
        if here is not None:
            if len(here) == 1 and not (pos < here[0].start and self._topic(here[0])):
                return here[0]
            if len(here) == 1:  # "During a call, A informed B about the planned meeting in X": the call's, not the topic's
                prev = [t for t in self.triggers if t.end <= pos]
                return prev[-1] if prev else None
            # "called A by phone on Monday and asked to meet in Brussels": what stands before the "and" that leads to
            # the next meeting word is the word's before it
            before = [t for t in here if t.end <= pos]
            after = [t for t in here if t.start > pos]
            text = self.sent.doc.text
            if after and end is not None and not after[0].word.nominal and _SUBJECT_GAP_RE.fullmatch(text, end, after[0].start):
                return after[0]  # "the talks came a week after [the ministers] met in Washington": the verb's subject
            if before and after and _OPENS_PHRASE_RE.search(text, pos, after[0].start):
                return before[-1]
            return min(here, key=lambda t: abs((t.start + t.end) // 2 - pos))
        if ci < self.first:
            told = self._a_sentence_before(ci)
            # (a trip's clause gives where and when, and who only to a meeting of "him" or "her": the traveller)
            own = told is _OWN or (told is _TRIP and person and not self._him())
            return None if pos < self.aside or own else self.by_clause[self.first][0]
        joined = self.joins.get(ci)
        if joined is None:
            cs, ce = self.clauses[ci]
            clause = self.sent.doc.text[cs:ce]
            joined = self.joins[ci] = bool(_JOIN_CLAUSE_RE.match(clause.lstrip(" ,\t")) or _JOIN_CLAUSE_RE.match(clause))
        if joined:
            prev = [t for t in self.triggers if t.start < pos]
            return prev[-1] if prev else self.triggers[0]
        return None


# a clause opening on ", and" and its own subject, a name or a title ("..., and National Security Advisor X met")
_AND_NEW_SUBJECT_RE = compile_fast(r",[ \t]+and[ \t]+[A-Z]")  # (not "and the Armenian leader": who was named)
# a verb in the past after a subject: a lower-case word in "-ed" (not after "by", "of": "the deal reached by")
_PAST_VERB_RE = compile_fast(r"(?<!\bby[ \t])(?<!\bof[ \t])\b(?:[a-z]{3,}ed|flew)\b(?![ \t]+by\b)")
# ... a trip's: "X arrived in Kazan on Tuesday, and Y met him" is where and when, not who
_TRIP_VERB_RE = re.compile(r"arrived|travell?ed|landed|returned|headed|flew|visited")
_HIM_RE = compile_fast(r"\b(?:him|her)\b")
_OWN, _TRIP = "own", "trip"  # what a clause before a meeting word's tells (see _Clauses._a_sentence_before)
# before a meeting noun: what one told or asked another about ("informed B about the planned meeting in X", "asked him
# regarding the talks"): a topic, whose people the clause's subject and object are not
_TOPIC_BEFORE_RE = compile_fast(
    r"\b(?:informed|informs|briefed|briefs|told|tells|asked|asks|updated|updates)[ \t]+[^,;:.\n]{0,80}?[ \t]"
    r"(?:about|regarding|concerning)[ \t]+(?:the|a|an)[ \t]+(?:[\w\-]+[ \t]+){0,2}\Z"  # (not "about his meeting": his own)
)
TOPIC_BEFORE = 140  # how far before the noun its verb of telling may stand


# between a mention and the next meeting word, what opens a phrase of that word's own: the mention is the one
# before's ("met A on Monday and asked to meet B", "met A in Moscow on Friday after their talks", "met on Thursday,
# the first such meeting since May")
_OPENS_PHRASE_RE = compile_fast(  # (", emphasized the importance of": a predicate of its own, the verb in the past)
    r"[ \t](?:and|after|before|during|following|ahead[ \t]+of|prior[ \t]+to)[ \t]|,[ \t]+(?:the|a|an|their|its|his|her)[ \t]"
    r"|,[ \t]+[a-z]{3,}ed[ \t]"
)
# between a name and the meeting verb it is the subject of: "[the ministers] met", "[A and B] had also met"
_SUBJECT_GAP_RE = compile_fast(
    r"[ \t]+(?:(?:also|have|has|had|then|later|reportedly|last|first|both|finally|again|already|separately)[ \t]+){0,2}"
)
# ... and for "the two", a plan's words: "the two [were also due to] meet X", "the two [will] meet" (not "they", who may
# be any group told before: "A and B agreed to set up the commissions. They will meet next week")
_PLAN_GAP_RE = compile_fast(
    rf"[ \t]+(?:(?:also|then|later)[ \t]+)?(?:were|are|will|would)[ \t]+(?:also[ \t]+)?(?:{_PLAN_TO})?"
)
# between "they" and the meeting noun they had: "they [also had a joint] meeting with X"
_THEY_HAD_RE = compile_fast(
    r"[ \t]+(?:(?:also|later|then|afterwards)[ \t]+)?(?:had|held|hold|have)[ \t]+(?:(?:an?|their)[ \t]+)?"
    r"(?:(?:joint|separate|brief|short|first)[ \t]+)?"
)
# "their [second face-to-face] meeting", "their [joint September 27] meeting"
_THEIR_GAP_RE = compile_fast(r"[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+)?")
_PAIR_GAP_RE = compile_fast(r"[ \t]+(?:[\w\-]+[ \t]+)?")  # "the Lavrov-Bayramov [phone] talks"


def _pair_names_a_word(text: str, end: int, triggers: list[Trigger]) -> bool:
    """Whether a hyphenated pair of names ending at ``end`` names the sides of a meeting word right after it."""
    return any(_PAIR_GAP_RE.fullmatch(text, end, t.start) for t in triggers if t.start >= end)


def _mention_spans(sent: SentenceContext) -> list[tuple[int, int]]:
    """The spans of the offices the sentence names over more than a word or two (the ones a comma can be inside)."""
    return [(mm.start, mm.end) for mm in sent.doc.mentions_in(sent.start, sent.end) if mm.kind is OFFICE]


# after a semicolon, an item of a list of offices and names, up to the next semicolon or the sentence's end: "met
# with the President of Moldova, Maia Sandu[; the President of France, Emmanuel Macron]; and ..."
_SEMICOLON_ITEM_RE = compile_fast(
    r";[ \t]+(?:and[ \t]+)?(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+(?:of|the|[A-Z][\w’'.\-]*)){0,8},"
    r"(?:[ \t]+(?:[A-Z][\w’'.\-]*|von|van|der|den|de|da|di|bin|al|la|le)){1,5}[ \t]*(?=[;.]|\Z)"
)


# before a dash: a plural of people (and whose they are), whose names the dash brings ("the deputy foreign ministers of
# A, B and C — X, Y and Z, respectively")
_MEMBERS_BEFORE_DASH_RE = compile_fast(
    r"\b(?i:ministers|leaders|officials|envoys|representatives|co-?chairs|heads|mediators|diplomats|negotiators|deputies)"
    r"(?:[ \t]+of[ \t]+[^.;:!?—–()]{1,80})?\Z"
)
_KEPT_AWAY_BEFORE_RE = compile_fast(
    r"\b(?i:without|none[ \t]+of|snubbing|snubbed|excluding|excluded|bypassing|bypassed|sidelining|sidelined|"
    r"leaving[ \t]+out|absent|instead[ \t]+of|rather[ \t]+than)\b"
)
KEPT_AWAY_BEFORE = 40  # how far before the group's noun those words may stand
_NAME = r"[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'\-]+){1,3}"
# after the dash: names only, two or more, then the closing dash or the sentence's end ("— X, Y and Z, respectively —")
_NAMES_AFTER_DASH_RE = compile_fast(
    rf"[ \t]*{_NAME}(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_NAME})+(?:,?[ \t]+respectively)?,?[ \t]*(?:[—–.;]|\Z)"
)


def _members_after_dash(text: str, s: int, sep: re.Match[str]) -> bool:
    """Whether a dash brings the names of the people the words before it count ("the ministers of A and B — X, Y"): a
    list in apposition, no clause of its own."""
    if "—" not in sep.group() and "–" not in sep.group():
        return False
    members = _MEMBERS_BEFORE_DASH_RE.search(text, max(s, sep.start() - 100), sep.start())
    if members is None or not _NAMES_AFTER_DASH_RE.match(text, sep.end()):
        return False
    # (not a group kept away: "without the mediators — A and B", "snubbing the former mediators — A and B")
    return _KEPT_AWAY_BEFORE_RE.search(text, max(s, members.start() - KEPT_AWAY_BEFORE), members.start()) is None


def _semicolon_item(text: str, sep: re.Match[str]) -> bool:
    """Whether a clause separator is a semicolon that goes on a list of offices and their holders' names."""
    return text.startswith(";", sep.start()) and _SEMICOLON_ITEM_RE.match(text, sep.start()) is not None


def _within(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a < pos < b for a, b in spans)


# before a name: the agent of a verb that names or judges a meeting ("talks described last week by [X] as")
_JUDGED_BY_BEFORE_RE = compile_fast(
    r"\b(?:described|termed|dubbed|labell?ed|criticized|criticised|praised|hailed|condemned)"
    r"(?:[ \t]+[\w’'\-]+){0,2}?[ \t]+by[ \t]+(?:(?:the[ \t]+)?[A-Z][\w’'.\-]*[ \t]+(?:and[ \t]+|,[ \t]*)?){0,6}\Z"
)
# before a name: the verb of telling it is the object of ("As I told [President Aliyev]")
_ADDRESSEE_BEFORE_RE = compile_fast(
    r"\b(?:[Aa]s[ \t]+(?:I|we|he|she)[ \t]+)told[ \t]+(?:[A-Z\[][\w’'.\-\]]*[ \t]+(?:and[ \t]+)?){0,4}\Z"
)
ADDRESSEE_BEFORE = 80  # how far before the name "as I told" may stand


def _addressee(text: str, mm: Mention, triggers: list[Trigger], end: int) -> bool:
    """Whether a name is whom something was told ("As I told [X], ..."), the meeting words all after that phrase's
    comma (not "As he told X during their meeting in Brussels, ...": theirs)."""
    if not _ADDRESSEE_BEFORE_RE.search(text, max(0, mm.start - ADDRESSEE_BEFORE), mm.start):
        return False
    comma = text.find(",", mm.end, end)
    return comma >= 0 and all(t.start > comma or t.end <= mm.start for t in triggers)
JUDGED_BY_BEFORE = 90  # how far before the name the verb may stand
_WHERE_AFTER_RE = compile_fast(r",?[ \t]+where[ \t]")  # after a place: a relative clause of what happened there


def assign(sent: SentenceContext, triggers: list[Trigger]) -> None:
    """Give each meeting word of the sentence the people, offices, places and dates of its clauses (``items``)."""
    doc = sent.doc
    text, s, e = doc.text, sent.start, sent.end
    clauses = _Clauses(sent, triggers)
    for mm in doc.mentions_in(s, e):
        if mm.end > e:
            continue
        if mm.kind is ORG:
            venue = _seat(sent, mm)
            if venue is None:
                continue
            mm = venue
        elif mm.kind not in _OWNED_KINDS:
            continue
        if mm.joined and not _pair_names_a_word(text, mm.joined, triggers):
            continue  # "the Putin-Erdogan understanding": a pair of names that modifies something else
        possessive = mm.possessive and mm.kind is PERSON
        if possessive and _THEIR_INSTITUTION_RE.match(text[mm.end : mm.end + _POSSESSIVE_TAIL].lower()):
            continue  # "Aliyev's office": not the person
        t = clauses.owner(mm.start, mm.end, mm.kind is not PLACE)
        if mm.kind is PLACE and _WHERE_AFTER_RE.match(text, mm.end):  # "visiting Baku, where he met X": the meeting's too
            there = next((w for w in triggers if w.start > mm.end), None)
            if there is not None and there is not t and not any(c in text[mm.end + 1 : there.start] for c in ",;"):
                there.items.append(mm)
        if t is not None and mm.kind is not PLACE and mm.end <= t.start and RELATIVE_SUBJECT_RE.search(text, mm.end, t.start):
            continue  # "discussed the trip to Baku, where Putin met Aliyev": the relative clause has its own subject
        if mm.kind is PERSON and _addressee(text, mm, triggers, e):
            continue  # "As I told [President Aliyev], Blinken looks forward to hosting A and B": whom it was said to
        if mm.kind is not PLACE and _JUDGED_BY_BEFORE_RE.search(text, max(s, mm.start - JUDGED_BY_BEFORE), mm.start):
            continue  # "talks described last week by [Pashinyan] as ...": who spoke of them, not at them
        if t is not None:
            t.items.append(mm)
    j = doc.first_date(s)
    while j < len(doc.dates) and doc.dates[j].start < e:
        d = doc.dates[j]
        j += 1
        # "met Y on Friday, a day after [talking to Z]": the day counted from the event before is the next word's
        counted = relation(d) and d.value is not None
        t = next((w for w in triggers if w.start >= d.end), None) if counted else clauses.owner(d.start)
        if t is not None:
            t.items.append(d)
    for t in triggers:
        if t.mark is TriggerMark.DENIED:  # "X, who did not meet [Y], met Z": Y is no one's subject
            sent.denied.update(mm.start for mm in t.items if mm.start > t.end)
    low = sent.text.lower()
    if any(w in low for w in _GROUP_NEEDLES):  # words the group pattern needs
        _groups(sent, clauses)
    if "capital" in sent.text:
        _capitals(sent, clauses)


def _seat(sent: SentenceContext, mm: Mention) -> Mention | None:
    """An institution named as where something happened ("at the White House", "at a White House summit"), as the venue
    of its name."""
    text = sent.doc.text
    at_a = _AT_A_BEFORE_RE.search(text, max(0, mm.start - 8), mm.start) and _EVENT_NEXT_RE.match(text, mm.end)
    if not after_in(text, mm.start) and not at_a:
        return None
    for place in sent.doc.idx.places.matches(text[mm.start : mm.end]):
        if place.kind.value == "venue":
            return Mention(mm.start, mm.end, PLACE, place=place)
    return None


_AT_A_BEFORE_RE = compile_fast(r"\b[Aa]t[ \t]+an?[ \t]+\Z")  # "at a [White House] summit": the event's venue
_EVENT_NEXT_RE = compile_fast(rf"[ \t]+{phrases(EVENT_NOUNS)}\b")  # (not "at a White House briefing")


def _groups(sent: SentenceContext, clauses: _Clauses) -> None:
    """"the two ministers", "both leaders", "each of them": the two people of that role named before."""
    doc = sent.doc
    items = doc.items
    for gm in _GROUP_RE.finditer(doc.text, sent.start, sent.end):
        t = clauses.owner(gm.start())
        if t is None or doc.quote_of(gm.start()) != -1:
            continue
        if gm.group("their") is not None and (
            not (t.word.nominal and _THEIR_GAP_RE.fullmatch(doc.text, gm.end(), t.start))
            or _named_before_in(sent, gm.start()) >= 2
            or _PLURAL_NOUN_RE.search(doc.text, sent.start, gm.start()) is not None
        ):
            # "their" only just before the meeting noun ("their [second] encounter"), and only for people named before
            # the sentence ("the leaders ... in their meetings": theirs, named in it, the clause already has)
            continue
        if gm.start() > t.end and _WHICH_BEFORE_RE.search(doc.text, max(t.end, gm.start() - 20), gm.start()):
            continue  # "held a call with B, during which the two officials discussed ...": the call's own two
        pair = gm.group("pair") is not None
        they = gm.group("they") is not None or gm.group("their") is not None or pair
        gap = _SUBJECT_GAP_RE.fullmatch(doc.text, gm.end(), t.start) is not None
        gap = gap or (pair and _PLAN_GAP_RE.fullmatch(doc.text, gm.end(), t.start) is not None)
        if (gm.group("they") is not None or pair) and not (
            gap
            if not t.word.nominal
            else _THEY_HAD_RE.fullmatch(doc.text, gm.end(), t.start)
        ):
            continue  # "they" only as the subject right before a meeting verb, or of "had a meeting"
        # the subject of the meeting word ("Trump held meetings with each leader") is not one of the group
        k = doc.first_mention(t.start) - 1
        while k >= 0 and items[k].start >= sent.start and not (items[k].kind is PERSON and items[k].pid):
            k -= 1
        who = items[k].pid if k >= 0 and items[k].start >= sent.start else None
        role = gm.group("role") or gm.group("plain") or gm.group("one") or gm.group("sides")
        role = "ministers" if role == "FMs" else role and role.lower()  # "the 3 FMs": foreign ministers
        if gm.group("counterparts"):  # "hosted her counterparts": holders of her own office
            role = _office_of(sent, who)
            if role is None:
                continue
        if gm.group("plain") is not None and _unnamed_group_before(sent, gm.start(), gm.group("plain")):
            continue  # "EU Foreign Ministers met in Luxembourg, and Borrell later met the Ministers": that group
        count = gm.group("many")
        many = (int(count) if count.isdigit() else _COUNTS.index(count) + 3) if count else 2
        together = gm.group("plain") is not None or they
        own = clauses.clause_of(gm.start()) == clauses.clause_of(t.start)  # "met the two ministers", not a clause before
        if pair:
            members = _the_pair(sent, gm.start())
        elif gm.group("their") is not None and _JOINT_RE.match(doc.text, gm.end()):
            members = _people_of_sentence_before(sent, gm.start())  # "their joint meeting": all the sentence before names
        else:
            members = _members(sent, gm.start(), role, {who} if who else set(), together=together, many=many, registry=own)
        for pid in members:
            t.items.append(Mention(gm.start(), gm.end(), PERSON, pid))


_JOINT_RE = compile_fast(r"[ \t]+joint\b")


def _people_of_sentence_before(sent: SentenceContext, at: int) -> list[str]:
    """Everyone the sentence before names, in order, when this one names no one before ``at``."""
    doc = sent.doc
    si = doc.lay.sentence_index(sent.start)
    if si == 0 or any(mm.kind is PERSON and mm.pid for mm in doc.mentions_in(sent.start, at)):
        return []
    return list(dict.fromkeys(mm.pid for mm in doc.mentions_in(*doc.lay.sentences[si - 1]) if mm.kind is PERSON and mm.pid))


def _the_pair(sent: SentenceContext, at: int) -> list[str]:
    """Whom "the pair" stands for: the two people the sentence before names, when it names exactly two (and this one
    names no one before it)."""
    named = _people_of_sentence_before(sent, at)
    return sorted(p for p in named if p) if len(named) == 2 else []


UNNAMED_GROUP_BACK = 300  # how far back "the ministers" may find a group of ministers named without names


def _unnamed_group_before(sent: SentenceContext, at: int, role: str) -> bool:
    """Whether the last mention of ``role`` before ``at`` ("EU Foreign Ministers met ...") names a group of its own,
    with no names after it: "the Ministers" at ``at`` are those, not two people named earlier."""
    doc = sent.doc
    word = re.compile(rf"\b{re.escape(role.lower())}\b", re.IGNORECASE)
    last = None
    for m in word.finditer(doc.text, max(0, at - UNNAMED_GROUP_BACK), at):
        last = m
    if last is None or doc.text[max(0, last.start() - 4) : last.start()].lower().endswith("the "):
        return False  # none, or "the ministers" told before: the same reference
    person = next((mm for mm in doc.mentions_in(last.end(), last.end() + GROUP_NAMES_AFTER) if mm.kind is PERSON), None)
    return not (person is not None and _GROUP_NAMES_GAP_RE.fullmatch(doc.text, last.end(), person.start) is not None)


GROUP_NAMES_AFTER = 80  # "Foreign Ministers of Armenia and Azerbaijan, [A] and B": where the group's first name may stand


# between a group's noun and its first name: "Foreign Ministers[ of Armenia and Azerbaijan, ]A and B"
_GROUP_NAMES_GAP_RE = compile_fast(
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+and[ \t]+[A-Z][\w\-]*)?)?,?[ \t]+(?:[A-Z][\w’'.\-]*[ \t]+){0,3}"
)


# a plural of people the sentence names before "their", whose it then is ("officials of both delegations held their own
# meeting", "EU foreign ministers ... at their meeting")
_PLURAL_NOUN_RE = compile_fast(
    r"\b(?i:officials|delegations|delegates|sides|ministers|leaders|negotiators|diplomats|representatives|countries"
    r"|members|experts|parties|teams|governments|envoys|mediators|co-chairs|presidents|heads|deputies|lawmakers)\b"
)


def _named_before_in(sent: SentenceContext, at: int) -> int:
    """How many people the sentence names before ``at``: a person one, a plural office ("the two leaders") two."""
    doc = sent.doc
    n = 0
    for mm in doc.mentions_in(sent.start, at):
        if mm.kind is PERSON:
            n += 1
        elif mm.kind is OFFICE:
            n += 2 if doc.text[mm.start : mm.end].endswith("s") else 1
    return n


def _office_of(sent: SentenceContext, pid: str | None) -> str | None:
    """The kind of office a person holds ("prime ministers", "ministers", "presidents"), as the text names it or else
    as the registry gives it on the day: whom "his counterparts" are."""
    if pid is None:
        return None
    doc = sent.doc
    for _, title in doc.titles.get(pid) or doc.idx.registry_titles(pid, doc.ref):
        low = title.lower()
        if NOT_THE_HOLDER_RE.search(low) or "assistant" in low or "adviser" in low or "advisor" in low:
            continue  # a deputy minister, a vice president, an assistant to the president: another office
        for kind in ("prime minister", *GROUP_ROLE):
            if kind in low:
                return kind + "s"
    return None


def _members(
    sent: SentenceContext,
    before: int,
    role: str | None,
    skip: set[str],
    *,
    together: bool = False,
    many: int = 2,
    registry: bool = False,
) -> list[str]:
    """The last two (or ``many``) people named before ``before`` who may hold ``role`` ("ministers", "leaders");
    none if unsure. ``together``: only two named together ("A and B ... the ministers"), for a group that does not
    say how many it is. Three (or up to six) are the only that many such people named in reach ("the three leaders",
    "the five leaders"). ``registry``: a person the text gives no office may hold the role by the registry's offices
    on the day (for a group in its meeting word's own clause; never "leaders", whom the text must call so)."""
    doc = sent.doc
    stem = (role or "").lower().rstrip("s")
    leaders = stem in ("leader", "head")
    officials = stem == "official"  # "the two officials": any office, the text's or the registry's
    reach = doc.lay.sentences[max(sent.index - OFFICIALS_BACK, 0)][0] if officials and doc.lay.sentences else 0
    wanted = LEADER_TITLES if leaders else ("",) if officials else (stem.replace("foreign ", ""),)
    found: list[Mention] = []
    k = doc.first_mention(before) - 1
    while k >= 0 and len(found) < max(GROUP_CANDIDATES, many + 1):
        mm = doc.items[k]
        k -= 1
        if officials and mm.start < reach:
            break  # "the two officials": any two named, so only in the sentences just before
        if mm.kind is not PERSON or not mm.pid or mm.pid in skip or any(f.pid == mm.pid for f in found):
            continue
        have = [t.lower() for _, t in doc.titles.get(mm.pid, ())]
        if stem and not have and (registry or officials) and not leaders:
            # "met the two ministers": the office the registry gives them on the day, the very office ("ministers" are
            # no prime ministers)
            lows = [t.lower() for _, t in doc.idx.registry_titles(mm.pid, doc.ref)]
            have = [low for low in lows if (officials or "prime" not in low) and not NOT_THE_HOLDER_RE.search(low)]
        if stem and not have:
            continue  # a role is asked for and the text gives this person none
        if stem and not any(w in t and not (leaders and _NOT_A_LEADER_RE.search(t)) for t in have for w in wanted):
            continue  # a deputy prime minister, a vice president, an assistant to the president: none of "the leaders"
        found.append(mm)
    if many != 2:
        return [mm.pid for mm in found if mm.pid] if len(found) == many else []
    if officials and len(found) != 2:
        return []  # "the two officials" after three named: which two is not told
    # the last two named together ("A and B sat down with C ... the two leaders": A and B), else the last two named
    for i, (later, earlier) in enumerate(itertools.pairwise(found)):
        if listed(doc.text, earlier.end, later.start):
            if together and i + 2 < len(found) and listed(doc.text, found[i + 2].end, earlier.start):
                return []  # "A, B and C met ... they": three named together, no two of them
            return [later.pid, earlier.pid]  # type: ignore[list-item]
    return [mm.pid for mm in found[:2] if mm.pid] if len(found) >= 2 and not together else []


def _capitals(sent: SentenceContext, clauses: _Clauses) -> None:
    """"Armenia's capital", "the capital of Azerbaijan": the country's capital city is a place of the clause."""
    doc = sent.doc
    idx = doc.idx
    for cm in _CAPITAL_RE.finditer(doc.text, sent.start, sent.end):
        if cm.group("c3") and (not after_in(doc.text, cm.start()) or _NAME_NEXT_RE.match(doc.text, cm.end())):
            continue  # "the Armenian capital" names where they met only after "in" or "at", and not before its name
        country = idx.country(cm.group("c1") or cm.group("c2") or cm.group("c3") or "")
        if country is None or not country.capital:
            continue
        t = clauses.owner(cm.start())
        if t is None:
            continue
        mm = Mention(cm.start(), cm.end(), PLACE)
        mm.place = idx.places.get(slug(country.capital)) or None
        if mm.place is None:
            hits = idx.places.matches(country.capital)
            mm.place = hits[0] if hits else None
        if mm.place is not None:
            t.items.append(mm)


def after_in(text: str, at: int) -> bool:
    """Whether "in" or "at" (and "the") comes just before ``at``: "in Moscow", "at the White House"."""
    return _LOCATIVE_BEFORE_RE.search(text, max(0, at - 12), at) is not None
