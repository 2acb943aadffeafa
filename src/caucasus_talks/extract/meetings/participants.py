"""Stage 3 of meetings: who took part in the meeting a meeting word tells, and in which role.

The people and offices of the meeting word's clauses take part, as parties unless "hosted by" or "mediated by"
stands before them, except who only speaks of the meeting: its reporter ("..., X told APA"), who is told of it,
who stays away ("X will not participate"), who comments on it. Offices are their holders: named in the document,
else on the meeting's day. "I met X" in someone's quotation has the speaker at the meeting; "He met X" the person
"he" stands for. A meeting word without its subject takes the sentence's first person. "Met separately with A and
B", a plural word or a call between several people is one meeting per partner.
"""

from __future__ import annotations

import datetime as _dt
import re

from ...dates import PartialDate
from ...model import MeetingFormat, Role
from .._regex import compile_fast, phrases
from ..people import Index, ever_held, title_matches
from ..quotes import TITLE_WORDS_RE, opening_he
from ..types import OFFICE, PERSON, PLACE, DocumentContext, Draft, Mention, Office, SentenceContext, Trigger
from ..vocabulary.markers import (
    ABSENCE_PHRASES,
    COMMENT_PHRASES,
    EVALUATIVE_VERBS,
    EVENT_NOUNS,
    FIRST_PERSON_GAP,
    FOUR_SIDED,
    HOST_PHRASES,
    MEDIATING_VERBS,
    MEDIATOR_PHRASES,
    REFUSALS,
    SERVING_NOUNS,
    STAYING_AWAY,
    SUBJECTLESS_LEADS,
    TAKING_PART,
    TAKING_PART_FORMS,
    THREE_SIDED,
    UNNAMED_GROUPS,
)
from ..vocabulary.meeting_words import TIME_THEN
from ..vocabulary.speech import speech_forms
from ..vocabulary.titles import SPEAKS_FOR_TITLES, TITLE_WORDS
from ..vocabulary.words import PRONOUNS
from .attributes import REMARKS_MADE_RE, SAID_THAT_RE, SEPARATE_AFTER, separately
from .groups import bodies, listed
from .triggers import ADDENDUM_RE, FOLLOWS_RE, RELATIVE_SUBJECT_RE, TOOK_PART_BEFORE_RE, document_made, held_by

__all__ = [
    "addendum",
    "country_sides",
    "followed_by",
    "names_own_sides",
    "pronoun_partner",
    "remarks_made",
    "resolve_offices",
    "separate",
    "sides_of",
    "take_part",
    "take_subject",
]

# -- how far the rules look -----------------------------------------------------------------------------------
ROLE_BEFORE = 40  # the words before a name that make it a host or a mediator
OFFICE_BEFORE = 50  # ... and the office between them and the name
FIRST_PERSON_BEFORE = 60  # where "I" or "we" before a meeting word makes the speaker a party
SPEECH_AFTER_NAME = 40  # the words after a name that make it a speaker ("X said", "X, the spokesman, told")
INFORMED_BEFORE = 30  # "informed the Prime Minister of ...": the verb this close before the name
ANTECEDENT_BACK = 1500  # how far before a sentence "he" may look for the person it stands for
TOOK_PART_BEFORE = 40  # "X took part in the [talks]": the verb this close before the meeting word
POSSESSOR_BEFORE = 40  # "Pashinyan's June 1 [meeting]": the possessive name this close before the meeting word

_HOST_RE = compile_fast(rf"\b{phrases(HOST_PHRASES)}[ \t]*\Z", re.IGNORECASE)
_MEDIATOR_RE = compile_fast(rf"\b{phrases(MEDIATOR_PHRASES)}[ \t]*\Z", re.IGNORECASE)
# between a host's or a mediator's words and the name: the office it holds ("by [the head of the European Council] X")
_OFFICE_WORD = rf"(?:the|(?i:{phrases(TITLE_WORDS)})|[A-Z][\w’'.\-]*)[ \t]+"
_OFFICE_BEFORE_NAME_RE = compile_fast(rf"(?<![\w’']){_OFFICE_WORD}(?:(?:of[ \t]+)?{_OFFICE_WORD}){{0,5}}\Z")
_ROLE_PHRASE_RE = compile_fast(rf"\b{phrases((*HOST_PHRASES, *MEDIATOR_PHRASES))}\b", re.IGNORECASE)
_ROLE_ENDS = tuple({p.rsplit(" ", 1)[-1] for p in (*HOST_PHRASES, *MEDIATOR_PHRASES)})  # what both patterns end with
_REPORTER_AFTER_RE = compile_fast(rf",?[ \t]+{phrases(speech_forms(plain=True))}\b")
_SAID_BEFORE_NAME_RE = compile_fast(rf",[ \t]+{phrases(speech_forms(plain=True))}[ \t]+(?:[\w’'\-.]+[ \t]+){{0,8}}\Z")
_SPEECH_NEAR_RE = compile_fast(rf"\A[ \t,]*(?:[\w’'\-]+[ \t]+){{0,2}}?{phrases(speech_forms(discloses=True))}\b")
_INFORMED_BEFORE_RE = compile_fast(rf"\b{phrases(speech_forms(informs=True))}[ \t]+\Z")
_INFORMS_AFTER_RE = compile_fast(rf"[ \t,]+(?:[a-z]+[ \t]+)?{phrases(speech_forms(informs=True))}\b")  # "X [also] informed"
_ABOUT_AFTER_RE = compile_fast(r"[ \t]+(?:of|about|on)\b")
def _stays_away(text: str, start: int, end: int) -> bool:
    """Whether words between a person (ending at ``start``) and a meeting word (at ``end``) keep the person from it:
    not in an aside that closes before it ("X, who skipped the summit, spoke with Y": the summit is another event)."""
    m = _STAYS_AWAY_RE.search(text, start, end)
    if m is None:
        return False
    return not (_ASIDE_OPENS_RE.match(text, start, m.start()) and "," in text[m.end() : end])


_ASIDE_OPENS_RE = compile_fast(r"[ \t]*,[ \t]+(?:who|which)\b")  # "X, who skipped the summit, ..."


STAYS_AWAY_AFTER = 60  # "X of Azerbaijan declined to participate": how far after the name
# after staying away: from nothing else ("declined to participate."), or the meeting itself (not "the gala dinner")
_THIS_MEETING_RE = compile_fast(
    r"[ \t]*(?:[.,;:!?\n]|\Z|(?:in[ \t]+)?(?:it|them|the[ \t]+(?:talks|meeting|summit|negotiations|session|call))\b)"
)
_OF_COUNTRY_GAP_RE = compile_fast(r"(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*)?[ \t]+")
_TOLD_BEFORE_RE = compile_fast(r"\b(?:told|tells|telling)[ \t]+(?:the[ \t]+)?\Z")  # before an outlet: whom it was told
_STAYS_AWAY_RE = compile_fast(
    rf"\b(?:not|never|n[’']t)[ \t]+(?:be[ \t]+)?(?:\w+[ \t]+)?{phrases(TAKING_PART_FORMS)}\b"
    rf"|\b{phrases(REFUSALS)}[ \t]+to[ \t]+{phrases(TAKING_PART)}\b"
    rf"|\b{phrases(STAYING_AWAY)}\b"
)
_COMMENT_ON_RE = compile_fast(rf"\b(?:{phrases(COMMENT_PHRASES)}|briefed[ \t]+(?:[\w’'\-]+[ \t]+){{0,3}}?on)\b", re.IGNORECASE)
# "X said after a meeting with Y", "X told a press briefing following the talks": X speaks at the meeting, is at it
# (matched from the name's end to the meeting word)
_SPOKE_AT_RE = compile_fast(
    rf"[ \t,]*(?:[\w’'\-]+[ \t]+){{0,2}}?{phrases(speech_forms(quotes=True))}[ \t]+"
    r"(?:(?P<after>(?:[\w’'\-]+[ \t]+){0,2}?(?:after|following|during|at|ahead[ \t]+of|upon)[ \t]+(?:[\w’'\-]+[ \t]+){0,3})"
    # ("said on Tuesday after"; "told a press briefing after [meeting]": three words only right before the word)
    r"|(?:[\w’'\-]+[ \t]+){3}(?:after|following)[ \t]+(?:(?:the|their|his|her)[ \t]+)?)\Z"
)
_WITH_NEXT_RE = compile_fast(r"[ \t]+with\b")  # after the meeting word: its partner ("after the talks [with] X")
# "X said he had met Y": "he" is X, who took part
_SAID_HE_RE = compile_fast(
    rf"[ \t,]*(?:[\w’'\-]+[ \t]+){{0,2}}?{phrases(speech_forms(quotes=True))}"
    r"(?:[ \t]+(?:on[ \t]+\w+|last[ \t]+\w+|today|yesterday|earlier))?[ \t]+(?:that[ \t]+)?(?:he|she)\b"  # ("on Thursday")
)
# after a possessive: what describes a meeting ("'s June 1", "’s latest", "'s first face-to-face")
_HIS_BEFORE_RE = compile_fast(r"\b(?:his|her)[ \t]+(?:[\w\-]+[ \t]+){0,3}\Z")
_DESCRIBING_GAP_RE = compile_fast(r"[’']?s?[ \t]+(?:[\w\-]+[ \t]+){0,3}")
# "briefed X on the talks during a phone call": the meeting the briefing was given in, not what it was about
_WITHIN_BEFORE_RE = compile_fast(r"\b(?:during|in|at|over|by)[ \t]+(?:a|an|the|their|his|her)[ \t]+(?:[\w\-]+[ \t]+){0,2}\Z")
_MEDIATES_RE = compile_fast(
    rf"[ \t,]*(?:(?:who|has|have|had|also|successfully|personally)[ \t]+)*{phrases(MEDIATING_VERBS)}"
    r"[ \t]+(?:[\w\-]+[ \t]+){0,3}\Z"
)
_EVALUATED_BY_RE = compile_fast(rf"\b{phrases(EVALUATIVE_VERBS)}[ \t]+by[ \t]+(?:the[ \t]+)?(?:[\w\-]+[ \t]+){{0,2}}\Z")
_EVALUATES_RE = compile_fast(rf"[ \t,]*(?:(?:has|have|had|also|warmly|highly)[ \t]+)*{phrases(EVALUATIVE_VERBS)}\b")
_HELD_RE = compile_fast(r"\b(?:held|hold|holds|had|has|have)\b")
_BETWEEN_AFTER_RE = compile_fast(r"\A[ \t]+(?:held[ \t]+)?(?:between|involving)\b")
_OF_THE_RE = compile_fast(r"[ \t]+of[ \t]+(?:the|its|their)[ \t]+")
_PRONOUN_RE = compile_fast(rf"\b{phrases({*PRONOUNS, *(p.capitalize() for p in PRONOUNS)})}\b")
# "I met", "we have just finished the [meeting]", "in my latest [calls]", "I look forward to hosting": the speaker,
# with no other subject ("he", "their", a name) between
_ME_IN_WORD_RE = compile_fast(r"\b(?:me|us)\Z")  # the meeting word itself names the speaker ("join me")
# after a meeting noun: the relative clause of the speaker's who held it ("the talks we held today")
_FIRST_PERSON_HELD_RE = compile_fast(r"[ \t]+" + held_by("I|we", "i") + r"\b")
_FIRST_PERSON_RE = compile_fast(rf"(?<![\w’'])(?P<i>I|[Ww]e|[Oo]ur|[Mm]y)(?:[ \t]+{phrases(FIRST_PERSON_GAP)}){{0,5}}[ \t]+$")
_WITH_RE = re.compile(r"\bwith\b")
# "my visit to Armenia includes [consultations] with X": the speaker's visit, and its meetings the speaker's
_MY_VISIT_RE = compile_fast(
    r"(?<![\w’'])(?P<i>[Mm]y|[Oo]ur)[ \t]+(?:visit|trip|programme|program|schedule)"
    r"(?:[ \t]+to[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)?[ \t]+(?:includes|included|will[ \t]+include)[ \t]+"
    r"(?:[a-z]+[ \t]+)?\Z"
)
# "I was in the region during the fighting and [met] X": "I", the subject of a verb before, and of this one
_I_AND_RE = compile_fast(r"(?<![\w’'])(?P<i>I|[Ww]e)[ \t]+[^.;:!?“”\"\n]{1,120}?[ \t]and[ \t]+(?:(?:then|later|also)[ \t]+)?\Z")
I_AND_BEFORE = 140  # how far before the meeting verb "I" may stand


def _i_and_verb(sent: SentenceContext, t: Trigger, people: list[Mention]) -> re.Match[str] | None:
    """"I" as the subject of a meeting verb after "and", no one named between ("I was in the region and met X")."""
    if t.word.nominal:
        return None
    m = _I_AND_RE.search(sent.doc.text, max(sent.start, t.start - I_AND_BEFORE), t.start)
    if m is None or any(m.start() < p.start < t.start for p in people):
        return None
    return None if _ANOTHER_SUBJECT_RE.search(sent.doc.text, m.end("i"), t.start) else m


# between "I" and "and met": a clause with a subject of its own ("I was told that the delegation ... and met X"), or
# what "I" wants of another ("We call on Azerbaijan to ... and meet")
_ANOTHER_SUBJECT_RE = compile_fast(r"\b(?:that|who|which|will|would|should|must|expect|expects|call|calls|urge|urges)\b")

_IF_AFTER_RE = compile_fast(r"\b(?:if|unless|provided)\b")  # "will include a meeting with X if he agrees": not yet one
# "It was a pleasure to [host] X", "an honour to [receive] X": the speaker's own act, "I" left out
_PLEASURE_TO_RE = compile_fast(r"\b(?P<i>(?:pleasure|honou?r|privilege|delighted|glad|pleased|happy)[ \t]+to)[ \t]+\Z")
# "Good meeting with X", "Productive talks today with FM X", "Had a call with X": a speaker's words that open on the
# meeting word, their subject left out (as in a post), up to a few words of praise or time before it
_THEN_WITH_RE = compile_fast(TIME_THEN + r"(?:[ \t]+in[ \t]+[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)?[ \t]+with\b")  # ("in Yerevan")
_SUBJECTLESS_LEAD_RE = compile_fast(
    rf"[\s“\"‘'«]*"
    # ("A short visit, but substantive meetings with X": the post's own trip first)
    r"(?:an?[ \t]+(?:[\w\-]+[ \t]+)?(?:visit|trip),?[ \t]+but[ \t]+)?"
    rf"(?:(?:{phrases(SUBJECTLESS_LEADS)})[ \t]+){{0,5}}",
    re.IGNORECASE,
)
# from a meeting word to the first name of its list: "calls [yesterday to President] A", "calls [with] A"
_LIST_HEAD_RE = compile_fast(r"(?:[ \t]+[\w’'\-]+){0,3}?[ \t]+(?:with|to)[ \t]+(?:[\w’'.\-]+[ \t]+){0,4}")


# after a meeting noun, "of" and the names of its people: "a trilateral meeting of [President] A, B and C"
_OF_NAMES_AFTER_RE = compile_fast(r"[ \t]+of[ \t]+(?:(?:President|Prime[ \t]+Minister|Foreign[ \t]+Minister|Mr\.?)[ \t]+)?\Z")


def _subject_gap(text: str, end: int, verb: int) -> bool:
    """Whether nothing but the verb's words stands between a name ending at ``end`` and the meeting word at ``verb``
    ("X [took part in the] meeting": the name is the verb's subject), no clause between."""
    return not any(c in text[end:verb] for c in ",;:")


_TELLS_OF_RE = compile_fast(
    r"\b(?:den(?:y|ies|ied)|dismiss(?:ed|es)?|discuss(?:ed|es|ing)?|report(?:s|ed)?|rumou?rs|speculation|welcom(?:ed|es)"
    r"|prais(?:ed|es)|hail(?:ed|s)|critici[sz](?:ed|es)|condemn(?:ed|s)|comment(?:ed|s)?[ \t]+on|reject(?:ed|s)|preparations?"
    r"|spoke[ \t]+(?:about|of)|talked[ \t]+about|said|says|announced|confirmed"
    # ("carried out the agreements reached at the meeting of A, B and C": what came of it)
    r"|(?:agreements?|decisions?|understandings?|arrangements?)[ \t]+(?:reached|adopted|achieved|made|taken))\b"
)
_HOSTED_AFTER_RE = compile_fast(
    r"\b(?:which|that)[ \t]+(?:he|she|they)[ \t]+(?:[a-z]+[ \t]+)?(?:hosted|mediated|chaired|brokered|convened|attended|joined)\b"
)


def _of_names(sent: SentenceContext, t: Trigger, people: list[Mention]) -> bool:
    """Whether a meeting noun names its people after "of", two or more ("reports about a meeting of A, B and C"): the
    people of the sentence before it are not at it unless they host or mediate it (as "between", below)."""
    if not t.word.nominal:
        return False
    text = sent.doc.text
    after = [p for p in people if p.start > t.end and p.kind is PERSON]
    if len(after) < 2 or _OF_NAMES_AFTER_RE.match(text[t.end : after[0].start]) is None:
        return False
    # only after words that report or judge it ("denied reports about", "discussed preparations for"): who chairs, holds,
    # attends or speaks at it is there; and "the meeting of A and B, which he hosted": the one "he" is, there after all
    if not _TELLS_OF_RE.search(text, sent.start, t.start):
        return False
    return _HOSTED_AFTER_RE.search(text, after[-1].end, sent.end) is None


_OF_THE_RE = compile_fast(r"[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


def _of_offices(sent: SentenceContext, t: Trigger, people: list[Mention]) -> bool:
    """Whether a meeting noun names its people by a plural office after "of", and is joined to the people named before
    it as another thing ("Exchanges between A and B, as well as meetings of the Foreign Ministers"): those are not at
    it (not "A and B held the meeting of the Foreign Ministers", their verb's)."""
    if not t.word.nominal:
        return False
    text = sent.doc.text
    first = next((p for p in people if p.start > t.end), None)
    last = next((p for p in reversed(people) if p.end <= t.start), None)
    return (
        first is not None
        and last is not None
        and first.kind is OFFICE
        and first.office is not None
        and first.office.plural
        and _OF_THE_RE.fullmatch(text, t.end, first.start) is not None
        and (
            _JOINED_AS_ANOTHER_RE.fullmatch(text, last.end, t.start) is not None
            # "X added that the meeting of the foreign ministers should ...": what X, who holds no such office, said of
            # one to come (not "Blinken said the meeting of the Foreign Ministers was productive": its host)
            or (
                _SAID_THAT_THE_RE.fullmatch(text, last.end, t.start) is not None
                and _TO_COME_RE.search(text, first.end, sent.end) is not None
                and not ever_held(sent.doc.idx, last.pid, first.office.title)
            )
        )
    )


_TO_COME_RE = compile_fast(r"\b(?:should|will|would|must|shall|is[ \t]+to|are[ \t]+to)\b")
_SAID_THAT_THE_RE = compile_fast(
    rf"[ \t]+(?:also[ \t]+)?{phrases(speech_forms())}[ \t]+(?:that[ \t]+)?the[ \t]+(?:[\w\-]+[ \t]+)?"
)


# between the people named before a meeting noun and it: the noun another thing of a list ("A and B, as well as [its]
# meetings"), no verb of theirs
_JOINED_AS_ANOTHER_RE = compile_fast(
    r"[ \t]*,?[ \t]*(?:as[ \t]+well[ \t]+as|and|or|along[ \t]+with|besides)[ \t]+(?:(?:the|their|regular|several|recent)[ \t]+)?"
)


# before a meeting noun: a verb of its host or mediator, who is at it ("X opened another round of talks between A and B")
_LED_BEFORE_RE = compile_fast(
    r"\b(?:opened|launched|chaired|convened|moderated|mediated|brokered|facilitated|presided[ \t]+over)[ \t]+"
    r"(?:(?:the|a|an|another|new|his|her|first|second|third|next|latest|fresh|direct|trilateral)[ \t]+){0,3}\Z"
)
LED_BEFORE = 60  # how far before the meeting noun the verb may stand


def _led(text: str, lo: int, at: int) -> bool:
    """Whether a verb of leading stands before the meeting noun at ``at``, its subject the sentence's ("X opened talks
    between A and B"; not "Erdogan, whose government facilitated talks between A and B")."""
    m = _LED_BEFORE_RE.search(text, lo, at)
    return m is not None and not _WHOSE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())


_WHOSE_BEFORE_RE = compile_fast(r"\b(?:whose|who|which)\b[^,;]*\Z")


def _attends(text: str, end: int, verb: int) -> bool:
    """Whether the subject ending at ``end`` took part in the meeting word at ``verb`` ("X attended the meeting of A
    and B": X was there; "X welcomed the talks between A and B": was not)."""
    return TOOK_PART_BEFORE_RE.search(text, end, verb) is not None and _subject_gap(text, end, verb)


def _joins_sides(sent: SentenceContext, t: Trigger, end: int) -> bool:
    """Whether a subject ending at ``end`` is at a meeting whose sides follow it ("talks between A and B"): it leads,
    mediates or attends it ("he mediated talks between A and B"), not only speaks of it."""
    text = sent.doc.text
    return (
        _led(text, max(sent.start, t.start - LED_BEFORE), t.start)
        or _MEDIATES_RE.match(text, end, t.start) is not None
        or _attends(text, end, t.start)
    )


def between(sent: SentenceContext, t: Trigger) -> bool:
    """Whether a meeting noun is followed by "between": "a conversation between A and B" names all its sides."""
    return t.word.noun and _BETWEEN_AFTER_RE.match(sent.doc.text[t.end : t.end + 20]) is not None


def _his_people(
    sent: SentenceContext, t: Trigger, his: re.Match[str], named: list[Mention], people: list[Mention]
) -> list[Mention]:
    """The people of a meeting noun after "his" ("during his call with X"): whom "his" stands for, then those after
    the noun."""
    doc = sent.doc
    text, s = doc.text, sent.start
    # "Aliyev complained about O'Brien's comments during his phone conversation with Blinken": "his" is the
    # sentence's subject, the one before the meeting noun who is no possessor
    near = [p for p in named if p.end <= his.start() and p.kind in (PERSON, OFFICE) and not p.possessive]
    if len(near) >= 2 and _INFORMED_BEFORE_RE.search(text, max(s, near[-1].start - INFORMED_BEFORE), near[-1].start):
        near.pop()  # "A briefed B on his talks with C": "his" is A's, who briefs, not B's, who is told
    subject = near[-1] if near and near[-1].pid else None  # the nearest who may be "he" ("According to Michel,
    # Aliyev raised it during his call with Blinken"); an office no one is known to hold: no one
    owners = [p for p in named if p.end <= his.start() and p.kind is PERSON and p.possessive and p.pid]
    if not near and owners:
        subject = owners[-1]  # "during Biden’s visit, on the eve of his meeting with X": the one whose visit it is
    elif not near and not _SHE_RE.search(text, s, his.start()):
        # "X spoke with Y, one day after his call with Z": the clause names no one before, "his" is X's (not when
        # the subject is "she": "Z said she had spoken to Y before his talks")
        subject = _sentence_subject(sent, his.start())
        si = doc.lay.sentence_index(sent.start)
        if subject is None and si > 0 and doc.lay.sentences[si][0] == sent.start:
            # "Mirzoyan visited Tehran. The issue topped the agenda of his talks with X": the subject before
            subject = _opening_person(doc, *doc.lay.sentences[si - 1])
    # "his" says the subject had the meeting, whatever else the subject does with it ("briefed B on his talks")
    after = [p for p in people if p.start > t.end and p is not subject]
    return after if subject is None else [subject, *after]


def _without_tellers(sent: SentenceContext, t: Trigger, people: list[Mention]) -> list[Mention]:
    """The people of a meeting word's clauses less those who only tell of it, and those only named in what they said."""
    text, s = sent.doc.text, sent.start
    reported = _reported_from(sent, t, people)
    if reported is not None:  # "..., noting that the premier will meet X": who noted it is not at the meeting
        people = [p for p in people if p.start >= reported]
    that = _what_was_said_after(sent, t)
    if that is not None:  # "X reminded before the meeting in Paris, that Y had promised ...": Y is in what X said
        people = [p for p in people if p.start < that]
    people = _past_the_teller(sent, t, people)
    if document_made(sent, t):  # "X said the agreements reached by A and B in Prague ...": their makers, not X
        people = [p for p in people if p.start > t.end]
    if " by " in text[t.end : sent.end]:  # "The meeting of A and B was announced by X": X only told of it
        people = [p for p in people if p.start < t.end or not _REPORTED_BY_RE.search(text, max(s, p.start - 60), p.start)]
    return people


def take_part(sent: SentenceContext, t: Trigger, draft: Draft, people: list[Mention]) -> list[tuple[Mention, Role]]:
    """The people of the clauses who take part, with their roles, into ``draft``; the offices among them, whose
    holders depend on the meeting's day, are returned to be resolved once the day is known."""
    doc = sent.doc
    text, s = doc.text, sent.start
    away = _AWAY_WORDS_RE.search(text, s, sent.end) is not None  # "in the absence of X", "the advisers of X"
    named = people
    people = [p for p in people if not (away and _kept_away(text, s, p)) and not _not_at(sent, t, p, people)]
    people = _without_tellers(sent, t, people)
    owner = _possessor(sent, t, people)
    his = None if owner is not None else _his_before(sent, t)
    if owner is not None:  # "X provided Y with an overview of Z's latest discussions with W": Z and W, not X and Y
        people = [p for p in people if p.start >= owner.start]
    elif his is not None:
        people = _his_people(sent, t, his, named, people)
    else:
        people = _after_doing(sent, t, people)
    mediator = None
    own_names = between(sent, t) or _of_names(sent, t, people) or _of_offices(sent, t, people)
    if own_names and any(p.start > t.end for p in people):  # "X welcomed talks between A and B": X is not at them
        # ... but "X mediated talks between A and B": X mediates them
        mediator = next((p for p in reversed(people) if p.end <= t.start and _MEDIATES_RE.match(text, p.end, t.start)), None)
        people = [
            p
            for p in people
            if p.start > t.end
            or p is mediator
            or _HOST_RE.search(text[max(s, p.start - ROLE_BEFORE) : p.start])
            or (p.end <= t.start and _attends(text, p.end, t.start))
        ]
    pending: list[tuple[Mention, Role]] = []
    for mm, role in _roles(text, s, t, people, mediator):
        if mm.kind is PERSON and mm.pid:
            draft.participants.setdefault(mm.pid, (role, False, (mm.start, mm.end)))
        elif mm.kind is OFFICE and not (mm.office is not None and mm.office.complement):
            pending.append((mm, role))
    if len(draft.participants) + len(pending) < 2:
        _body_heads(sent, t, draft)
    _group_members(sent, t, draft)
    # "I spoke with X" in a remark or quotation: the speaker is at the meeting
    speaker = doc.voice_at(t.start)
    fp = None
    if speaker is not None:
        lo = max(s, t.start - FIRST_PERSON_BEFORE)
        fp = (
            _FIRST_PERSON_RE.search(text, lo, t.start)
            or _PLEASURE_TO_RE.search(text, lo, t.start)
            or (_MY_VISIT_RE.search(text, lo, t.start) if not _IF_AFTER_RE.search(text, t.end, sent.end) else None)
            or _i_and_verb(sent, t, people)
        )
        if fp is None and t.word.nominal:
            fp = _FIRST_PERSON_HELD_RE.match(text, t.end, sent.end)  # "the talks we held today"
    me = _ME_IN_WORD_RE.search(text, t.start, t.end) if speaker is not None else None
    if speaker is not None and me is not None:  # "A and B will join me at the White House": the speaker
        draft.participants.setdefault(speaker, (Role.PARTY, False, me.span()))
    elif speaker is not None and fp is not None:
        draft.participants.setdefault(speaker, (Role.PARTY, False, fp.span("i")))
    elif speaker is not None and t.word.nominal and _subjectless(sent, t):
        draft.participants.setdefault(speaker, (Role.PARTY, False, (t.start, t.end)))  # "Good meeting with X," X said
    draft.unresolved = any(
        mm.kind is OFFICE and not mm.pid and not (mm.office and (mm.office.holders or mm.office.complement)) for mm in people
    )
    # pronoun subjects: "He highlighted the bilateral meeting with ..."
    pron = _pronoun_subject(sent, t, people, his is not None)
    if pron is not None:
        at = pron.start()
        rel = RELATIVE_SUBJECT_RE.search(text, max(s, t.start - RELATIVE_BEFORE), t.start)
        ante = _trip_owner(sent, rel.start()) if rel is not None and rel.start("subject") == at else None
        if ante is None:
            ante = _subject_before(sent, at) or _own_subject(sent, at) or _person_before(sent, at) or _named_after(sent, at)
        if ante is not None and ante.pid:
            draft.participants.setdefault(ante.pid, (Role.PARTY, False, None))
    return pending


# after a meeting noun: the words that bring all of its people ("the consultations held in May, involving A and B")
_INVOLVING_RE = compile_fast(r"\b(?:involving|attended[ \t]+by|bringing[ \t]+together)\b")
INVOLVING_AFTER = 60  # how far after the meeting noun those words may stand
# between "he" and the meeting noun: a verb of taking part in it
_TOOK_PART_RE = compile_fast(
    r"\b(?:chaired|co-chaired|attended|hosted|joined|led|moderated|mediated|opened|took[ \t]+part[ \t]+in|participated"
    r"[ \t]+in|held)[ \t]+(?:(?:the|a|an|this|that|his|her|their)[ \t]+)?(?:[\w\-]+[ \t]+){0,2}\Z"
)  # (right before the meeting noun: not "opened her briefing by welcoming the talks")


def _pronoun_subject(sent: SentenceContext, t: Trigger, people: list[Mention], his: bool) -> re.Match[str] | None:
    """"He" or "she" as the meeting word's subject ("He highlighted the bilateral meeting with ..."), when no one
    named before it (nor "his", read already) is."""
    text, s = sent.doc.text, sent.start
    pron = _PRONOUN_RE.search(text, s, t.start)
    if pron is None:
        return None
    if his or any(p.start < t.start for p in people):
        # "X's office said he had discussed ... with Y during a call": the people before the meeting word are all
        # objects after "he" ("with Y"), so "he" is its subject
        objects = all(
            p.start > pron.end() and _OBJECT_BEFORE_RE.search(text, max(s, p.start - OBJECT_BEFORE), p.start)
            for p in people
            if p.start < t.start
        )
        if his or not objects:
            return None
    if between(sent, t) and not _joins_sides(sent, t, pron.end()):
        return None  # "He praised the efforts to start negotiations between Yerevan and Baku": the sides are named
    if (
        t.word.nominal
        and _INVOLVING_RE.search(sent.doc.text, t.end, min(sent.end, t.end + INVOLVING_AFTER))
        and not _TOOK_PART_RE.search(sent.doc.text, pron.end(), t.start)
    ):
        return None  # "She highlighted the consultations held on May 3, involving A, B and C": those are its people
        # (not "He chaired the meeting held on Sunday involving A and B": he was there)
    if _comments_on(sent, t, pron.end()):
        return None  # "She was commenting on the results of the meeting": she talks about it, is not at it
    return pron


def _roles(text: str, s: int, t: Trigger, people: list[Mention], mediator: Mention | None) -> list[tuple[Mention, Role]]:
    """Each person with their role: by the words before them ("hosted by", "with the mediation of"), or as the one
    listed with them ("mediated by A and B", "with the participation of A, B and C": all; before the meeting word
    only across "and", not "Invited by X, A and B met"). A meeting of mediators and hosts alone has none: "with the
    participation of A and B, talks were held" names its parties."""
    out: list[tuple[Mention, Role]] = []
    for k, mm in enumerate(people):
        role = Role.MEDIATOR if mm is mediator else _role(text[max(s, mm.start - ROLE_BEFORE - OFFICE_BEFORE) : mm.start])
        if role is Role.PARTY and out and out[-1][1] is not Role.PARTY:
            prev = out[-1][0]
            if _AND_RE.fullmatch(text, prev.end, mm.start) or (prev.start > t.end and _closing_list(text, people, k)):
                role = out[-1][1]
        out.append((mm, role))
    first = out[0][0] if out else None
    if first is not None and all(role is not Role.PARTY for _, role in out) and _PARTICIPATION_RE.search(
        text, max(s, first.start - ROLE_BEFORE - OFFICE_BEFORE), first.start
    ):
        out = [(mm, Role.PARTY) for mm, _ in out]
    return out


_PARTICIPATION_RE = compile_fast(r"\bparticipation[ \t]+of\b", re.IGNORECASE)  # the ambiguous one: sides, or a third
_LIST_END_RE = compile_fast(r"[ \t]*(?:[.;:!?)\n]|\Z)")


def _closing_list(text: str, people: list[Mention], k: int) -> bool:
    """Whether ``people[k]`` is in one list with the one before it, a list that closes its clause ("with the
    participation of A, B and C."), not one that a verb follows ("mediated by X, A and B gave press conferences")."""
    if not listed(text, people[k - 1].end, people[k].start):
        return False
    j = k
    while j + 1 < len(people) and listed(text, people[j].end, people[j + 1].start):
        j += 1
    return _LIST_END_RE.match(text, people[j].end) is not None


_AND_RE = compile_fast(rf"[ \t]+and[ \t]+(?:(?:of[ \t]+)?{_OFFICE_WORD}){{0,6}}")  # between two names of one role


RELATIVE_BEFORE = 80  # "where [President Vladimir Putin also] met": how far before a meeting word a relative clause opens


# before a name that is an object, not a subject: "with [President] X", "to X"
_OBJECT_BEFORE_RE = compile_fast(r"\b(?:with|to)[ \t]+(?:(?:his|her|the)[ \t]+)?(?:[A-Z][\w’'.\-]*[ \t]+){0,4}\Z")
OBJECT_BEFORE = 60  # how far before the name "with" and its titles may begin


# "..., a day after [hosting a] meeting", "shortly before [holding] talks": a meeting told by a participle phrase
_AFTER_DOING_RE = compile_fast(
    r"\b(?:after|before|while)[ \t]+"
    r"(?:[a-z]+ing[ \t]+(?:(?:a|an|the|his|her|their|separate|bilateral|trilateral|joint)[ \t]+){0,2})?\Z"
)
AFTER_DOING_BEFORE = 40  # how far before the meeting word "after [hosting a]" may begin


def _after_doing(sent: SentenceContext, t: Trigger, people: list[Mention]) -> list[Mention]:
    """A participle phrase's meeting is its sentence's subject's, with the people named after its word: "A thanked B
    for his visit, a day after hosting a meeting with C" (A and C met; B is the object of "thanked")."""
    text = sent.doc.text
    lead = _AFTER_DOING_RE.search(text, max(sent.start, t.start - AFTER_DOING_BEFORE), t.start)
    if lead is None or (t.word.noun and lead.end() - lead.start() <= len("before ")):
        return people  # "after the talks with C", a noun with no participle: the event, not the subject's act
    if not t.word.noun and not text[t.start : t.end].split()[0].lower().endswith("ing"):
        return people
    after = [p for p in people if p.start > t.end]
    subject = _opening_person(sent.doc, sent.start, lead.start())
    if subject is None or not after or not any(p.start == subject.start for p in people):
        return people
    subjects = [p for p in people if p.start == subject.start]
    for p in people:  # "A and B, after holding talks with C, ...": the subject is the list
        if subjects[-1].end < p.start < lead.start() and listed(text, subjects[-1].end, p.start):
            subjects.append(p)
    return [*subjects, *after]


_OF_THE_BODY_RE = compile_fast(r"[ \t]+of[ \t]+(?:the|its|their)[ \t]+(?:[\w\-]+[ \t]+){0,2}")
_BODY_AFTER_OPENER_RE = compile_fast(r",[ \t]+the[ \t]+(?:[\w\-]+[ \t]+){0,2}\Z")


def _body_heads(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """ "The commission met in Moscow": the people the document says head the commission take part, by their office."""
    found = bodies(sent.doc)
    lo = max(sent.start, t.lo)
    body = found.named_in(sent.doc, lo, min(sent.end, t.hi))
    if body is not None and lo > sent.start and _OF_THE_RE.fullmatch(sent.doc.text, lo, body.start()):
        # "the meeting of the commission": the body is the meeting word's before this one; look past it
        body = found.named_in(sent.doc, body.end(), min(sent.end, t.hi))
    if body is not None and body.start() < t.clause:
        return  # "the session of the commission comes as the leaders met": the body is another clause's subject
    text = sent.doc.text
    if (
        body is not None
        and body.start() > t.end
        and not _OF_THE_BODY_RE.fullmatch(text, t.end, body.start())
        and not (t.start - sent.start <= 2 and _BODY_AFTER_OPENER_RE.search(text, t.end, body.start()))
    ):
        # "during a meeting, the leaders decided to create a working group": what the meeting made, not who met (but
        # "the meeting of the border commissions", "Meeting in Moscow, the commission made progress")
        return
    if body is not None:
        for pid in found.heads:
            draft.participants.setdefault(pid, (Role.PARTY, True, body.span()))


def _group_members(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """"The Co-Chairs met X": the people the document listed as the Co-Chairs take part, as one side."""
    found = bodies(sent.doc)
    lo = max(sent.start, t.lo, t.clause)
    named = found.members_in(sent.doc, lo, min(sent.end, t.hi))
    if named is None:
        return
    start, end, members = named
    text = sent.doc.text
    if sent.doc.quote_of(start) != sent.doc.quote_of(t.start) or _EVALUATED_BY_RE.search(text, max(lo, start - 40), start):
        return  # "talks praised by the mediators": who judges them is not at them
    if end <= t.start and _AGENT_BY_RE.search(text, end, t.start):
        return  # "The Co-Chairs hailed the agreement reached by A and B during a conversation": A's and B's
    for pid in members:
        draft.participants.setdefault(pid, (Role.PARTY, False, (start, end)))


def _possessor(sent: SentenceContext, t: Trigger, people: list[Mention]) -> Mention | None:
    """The person whose meeting a meeting noun is ("Pashinyan's latest discussions with ..."): a possessive name just
    before it, only descriptive words between."""
    if not t.word.nominal:
        return None
    text = sent.doc.text
    for i in range(len(people) - 1, -1, -1):
        p = people[i]
        if p.kind is PERSON and p.possessive and p.end <= t.start <= p.end + POSSESSOR_BEFORE:
            if not _DESCRIBING_GAP_RE.fullmatch(text, p.end, t.start):
                return None
            while i > 0 and people[i - 1].kind is PERSON and people[i - 1].possessive and _JOINED_RE.fullmatch(
                text, people[i - 1].end, p.start
            ):
                i -= 1  # "Aliyev's and Pashinyan's meeting with Putin": both own it
                p = people[i]
            return p
    return None


_JOINED_RE = compile_fast(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)")


# before a meeting word: the words that report a clause ("said that", ", noting that"), its own subject after them


_OWN_VOICE_RE = compile_fast(r",|\b(?:he|she|they|we|I|him|her|them|us|me)\b")


# before a name after a meeting word: who told of the meeting, not at it ("... was announced by [X]")
_REPORTED_BY_RE = compile_fast(
    r"\b(?:was|were|is|are|been)[ \t]+(?:announced|reported|confirmed|disclosed|revealed|denied|made[ \t]+public)[ \t]+"
    r"by[ \t]+(?:[\w’'.\-]+[ \t]+){0,4}\Z"
)


# a speech tag after the words it reports, a meeting word after its verb: ", the Kazakh President told local media
# [following talks with X]" (its subject a few words, none a verb's: not ", after which A said")
_SPEECH_TAG_RE = compile_fast(
    r",[ \t]+(?!(?:[\w’'\-]+[ \t]+){0,3}?(?i:aide|adviser|advisor|assistant|spokes\w*|press[ \t]+secretary|"
    r"press[ \t]+officer)\b)"  # (not ", presidential aide X told local media following the meeting": who reports it)
    r"(?:the[ \t]+)?(?:[\w’'\-]+[ \t]+){0,3}[\w’'\-]+[ \t]+(?:told|said)[ \t]+"
    r"(?:(?:local|the|reporters|journalists|media|press|news|agency|agencies)[ \t]+){1,3}"
    r"(?:after|following|during|ahead[ \t]+of|before)[ \t]+(?:[\w’'\-]+[ \t]+){0,3}\Z"
)
# a group by kind as a meeting verb's subject, what may stand between: "diplomats [of both countries] [are expected to]"
_UNNAMED_GROUP_RE = compile_fast(
    rf"\b{phrases(UNNAMED_GROUPS)}(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:two|both)[ \t]+[\w\-]+)?[ \t]+"
    r"(?:(?:are|were|will|would|should|could|may|might|shall|to|be|have|had|expected|due|set|scheduled|planned|also|"
    r"again|soon|later|then|already|reportedly)[ \t]+){0,4}\Z"
)
UNNAMED_GROUP_BEFORE = 90  # how far before a meeting verb the group's word may stand


def _past_the_teller(sent: SentenceContext, t: Trigger, people: list[Mention]) -> list[Mention]:
    """The people from where the meeting's own clause starts, when words before it only tell of it: a speech tag's
    speaker after what he said, or a group by kind as the verb's subject."""
    text, s = sent.doc.text, sent.start
    tag = _SPEECH_TAG_RE.search(text, s, t.start) if text.find(",", s, t.start) >= 0 else None
    if tag is not None and any(p.start >= tag.start() for p in people):
        # "X thanked Y for his decision, the Kazakh President told the media following talks with Z": the tag's
        # speaker had the talks, not whom the words before it name
        people = [p for p in people if p.start >= tag.start()]
    group = _unnamed_group(sent, t)
    if group is not None:  # "X said, adding that Azerbaijani and Armenian diplomats are expected to meet": not X
        people = [p for p in people if p.start >= group]
    judged = _JUDGES_THAT_RE.search(text, s, t.start) if t.word.nominal and text.find(" that", s, t.start) >= 0 else None
    if judged is not None and sent.doc.quote_of(judged.start()) == -1 and not _OWN_NOUN_BEFORE_RE.search(
        text, max(s, t.start - OWN_NOUN_BEFORE), t.start
    ):
        # "X, an observer, believes that no results of the meeting in Sochi were reported": X judges it, was not there
        # (one of the talks' own actors may have been: "Michel, who chaired it, believes that the meeting ..."; and
        # "A and B believe that their talks ...": theirs)
        registry = sent.doc.idx.registry
        people = [p for p in people if p.start >= judged.end() or (p.pid is not None and p.pid in registry)]
    return people


OWN_NOUN_BEFORE = 40  # how far before a meeting noun "their" may stand ("their [long-awaited] talks")
_OWN_NOUN_BEFORE_RE = compile_fast(r"\b(?:their|his|her|our|my)[ \t]+(?:[\w\-]+[ \t]+)?\Z")  # "believe that [their] talks"
# a verb of opinion and "that": who holds the opinion judges what follows ("X believes that the talks ...")
_JUDGES_THAT_RE = compile_fast(
    r"\b(?:believes?|believed|thinks?|thought|argues?|argued|considers?|considered|feels?|felt|doubts?|doubted)[ \t]+that\b"
)


def _unnamed_group(sent: SentenceContext, t: Trigger) -> int | None:
    """Where a group named by kind stands as a meeting verb's subject ("Azerbaijani and Armenian diplomats are
    expected to meet"): who is named before it is not at that meeting."""
    if t.word.noun:
        return None
    text = sent.doc.text
    m = _UNNAMED_GROUP_RE.search(text, max(sent.start, t.start - UNNAMED_GROUP_BEFORE), t.start)
    if m is None or _JOINED_GROUP_RE.search(text, max(sent.start, m.start() - 40), m.start()):
        return None  # ("A, B and their deputies met", "A, B and members of their delegations": the named are there)
    return m.start()


# before a group's word: the named people's own ("and their [deputies]", "and members of their [delegations]")
_JOINED_GROUP_RE = compile_fast(
    r"\b(?:and|with)[ \t]+(?:(?:the[ \t]+)?members[ \t]+of[ \t]+)?(?:their|his|her)[ \t]+(?:[\w\-]+[ \t]+)?\Z"
)


_SPOKE_BEFORE_RE = compile_fast(rf"\b{phrases(speech_forms())}\b")
_COMMA_THAT_RE = compile_fast(r",[ \t]*that\b")


def _what_was_said_after(sent: SentenceContext, t: Trigger) -> int | None:
    """Where a "that" clause said before a meeting begins ("X recalled before the meeting in Paris, that ..."): the
    words of a verb of saying before the noun, the people in them not at the meeting (not "X said after the meeting,
    that he and Y agreed": what was done at it)."""
    if not t.word.nominal:
        return None
    text = sent.doc.text
    m = _COMMA_THAT_RE.search(text, t.end, sent.end)
    if m is None or _BEFORE_THE_RE.search(text, max(sent.start, t.start - 40), t.start) is None:
        return None
    if _TO_COME_RE.search(text, m.end(), sent.end):
        return None  # "X said before the meeting, that he and Y would sign the declaration there": what they will do at it
    return m.start() if _SPOKE_BEFORE_RE.search(text, sent.start, t.start) is not None else None


_BEFORE_THE_RE = compile_fast(r"\b(?:before|ahead[ \t]+of|prior[ \t]+to)[ \t]+(?:the|a|their|his|her)[ \t]+(?:[\w\-]+[ \t]+)?\Z")


def _reported_from(sent: SentenceContext, t: Trigger, people: list[Mention]) -> int | None:
    """Where the clause that tells a meeting as reported begins, when someone is named in it before the meeting word
    ("X confirmed it, noting that [the Armenian premier] will meet Y"): those named before it only report it."""
    doc = sent.doc
    if doc.text.find(" that", sent.start, t.start) < 0:
        return None  # (the word every such clause opens with, sought first)
    found = None
    for m in SAID_THAT_RE.finditer(doc.text, sent.start, t.start):
        found = m
    if found is None or doc.quote_of(found.start()) != -1:
        return None
    cut = found.end()
    if _OWN_VOICE_RE.search(doc.text, cut, t.start):
        return None  # "X said that he and Y met Z": X too; "X, stating that Y asked for it, met Z": X's own clause
    return cut if any(cut <= p.start < t.start for p in people) and any(p.start < cut for p in people) else None


def _role(before: str) -> Role:
    """A host or a mediator by the words before the name ("hosted by", "with the participation of"), else a party;
    the office the name holds may come between ("mediated by the European Council President [X]")."""
    if not _ROLE_PHRASE_RE.search(before):
        return Role.PARTY  # (a role's words sought first, anywhere: most names have none before them)
    office = _OFFICE_BEFORE_NAME_RE.search(before)
    if office is not None:
        before = before[: office.start()]
    if before.rstrip(" \t").lower().endswith(_ROLE_ENDS):
        if _HOST_RE.search(before):
            return Role.HOST
        if _MEDIATOR_RE.search(before):
            return Role.MEDIATOR
    return Role.PARTY


# words before a name that keep the person from the meeting: "in the absence of [President] X", "without X"
_ABSENT_BEFORE_RE = compile_fast(
    rf"\b{phrases(ABSENCE_PHRASES)}[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'\-]*[ \t]+){{0,4}}\Z"
)
ABSENT_BEFORE = 60  # how far before a name those words may stand
# "advisers to [the President,] Michel, Macron and": a list of whom someone at the meeting serves, up to the name
_SERVED_BEFORE_RE = compile_fast(
    rf"\b{phrases(SERVING_NOUNS)}[ \t]+(?:of|to|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'\-]*,?[ \t]+(?:and[ \t]+)?)*\Z"
)
SERVED_BEFORE = 120  # how far before a name the words of whom someone serves may stand
# the words either needs, sought once in a sentence before either is tried at each of its names
_AWAY_WORDS_RE = compile_fast(rf"\b(?:{phrases(ABSENCE_PHRASES)}|{phrases(SERVING_NOUNS)})\b")


def _kept_away(text: str, lo: int, p: Mention) -> bool:
    """Whether the words just before a name (not before ``lo``, its sentence's start) keep the person from the
    meeting: absent ("in the absence of X") or served by someone at it ("the advisers of X and Y")."""
    return (
        _ABSENT_BEFORE_RE.search(text, max(lo, p.start - ABSENT_BEFORE), p.start) is not None
        or _SERVED_BEFORE_RE.search(text, max(lo, p.start - SERVED_BEFORE), p.start) is not None
    )


def _not_at(sent: SentenceContext, t: Trigger, p: Mention, people: list[Mention]) -> bool:
    """Whether a person named near a meeting word speaks of the meeting rather than takes part:
    its reporter, who is told of it, who stays away, who comments on it."""
    text = sent.doc.text
    if p.start > t.end:  # "..., X told APA", "..., said spokesperson X": the source of the report
        if p.possessive:
            return True  # "in return for Blinken's pledge": not Blinken
        if _SAID_BEFORE_NAME_RE.search(text, t.end, p.start):
            return True
        if p.kind is not PERSON and _TOLD_BEFORE_RE.search(text, max(t.end, p.start - 30), p.start):
            return True  # "..., officials told the Financial Times": the outlet the report was told
        away = _STAYS_AWAY_RE.search(text, p.end, min(sent.end, p.end + STAYS_AWAY_AFTER))
        if away is not None and _OF_COUNTRY_GAP_RE.fullmatch(text, p.end, away.start()) and _THIS_MEETING_RE.match(
            text, away.end()
        ):
            return True  # "met A in Granada after X of Azerbaijan declined to participate": X stayed away
        said = _REPORTER_AFTER_RE.match(text, p.end)
        if said is None or "," not in text[t.end : p.start]:
            return False
        if _after_its_talks(sent, t, p, people):
            return False  # "After ten hours of talks in Moscow, X said": who speaks as they end was at them
        # "In a phone call on Monday, A told B that ...": who tells a person right after a meeting word that names no one
        # speaks to them in it
        if any(t.end <= q.start < p.start for q in people):
            return True
        return not any(
            q.kind is PERSON and not q.possessive and q.start > said.end() and not text[said.end() : q.start].strip()
            for q in people
        )
    if p.end > t.start:
        return False
    agent = _AGENT_BY_RE.search(text, p.end, t.start)
    if agent is not None and any(agent.end() <= q.start < t.start and q.kind is PERSON for q in people):
        return True  # "X hailed the agreement reached by A and B during a conversation in Dushanbe": A's and B's
    gap = text[p.end : t.start]
    if "," in gap and _ACCORDING_TO_BEFORE_RE.search(text, max(sent.start, p.start - ACCORDING_BEFORE), p.start):
        # "According to a ministry spokesperson, A and B then met": the source of the report (not "According to X, he
        # and Y met", "According to X, the meeting with Y ...": X's own)
        others = {q.pid for q in people if q.start > p.end and q.kind is PERSON and q.pid != p.pid}
        if (p.kind is OFFICE or len(others) >= 2) and not _OWN_PRONOUN_RE.search(text, p.end, t.end):
            return True
    speaks = p.end < t.start and _reports(text, p.end, t)
    within = _WITHIN_BEFORE_RE.search(text, max(p.end, t.start - POSSESSOR_BEFORE), t.start) is not None
    informs = _INFORMS_AFTER_RE.match(text, p.end, t.start) if speaks and within else None
    if informs is not None and not _named_subject_after(sent, informs.end(), t.start):
        return False  # "X informed Y about the plans during a phone call": X told Y in the call (not "X told
        # reporters that A would raise it with B during their meeting": A's and B's)
    if speaks and any(p.end <= q.start < t.start for q in people):
        return True  # the reporter of a meeting is not at it: "spokesman X said [Y met Z]"
    if speaks and p.pid and _serves(sent.doc, p.pid) and "." not in gap:
        return True  # "the leader's adviser X said that Wednesday's meeting with Y ...": speaks of the leader's meeting
    if not within and _ABOUT_AFTER_RE.match(text, p.end, t.start) and _INFORMED_BEFORE_RE.search(
        text, max(sent.start, p.start - INFORMED_BEFORE), p.start
    ):
        return True  # "informed the Prime Minister of his call with X": who is told about a meeting is not at it
    if _stays_away(text, p.end, t.start):
        return True  # "X will not participate in the meeting", "X declined to attend the summit"
    if _EVALUATES_RE.match(text, p.end, t.start) and not any(p.end <= q.start < t.start for q in people):
        return True  # "X thanked the country for hosting a meeting between A and B": X judges it
    if speaks and "." not in gap and not _HELD_RE.search(text, p.end, t.start):
        verb = _SPEECH_NEAR_RE.match(text[p.end : p.end + SPEECH_AFTER_NAME])
        if verb is not None and _COMPLEMENT_HEAD_RE.fullmatch(text, p.end + verb.end(), t.start):
            # the meeting is what X's words are about: "X said the talks with Y were useful" (X's own), but "X said
            # the meeting between A and B was useful": X reports a meeting whose sides are named
            sides = sum(1 for q in people if q.start > t.end and q.kind is PERSON)
            own = _OWN_PRONOUN_RE.search(text, t.end, sent.end)  # "the meeting of A and B, which he hosted"
            if _SIDES_AFTER_RE.match(text, t.end) and sides >= 2 and own is None:
                return True
        elif t.word.noun:
            return True  # "X stressed, adding that Baku is committed to talks with ...": X comments on talks
    # "X commented on the results of the meeting": X talks about it, is not at it
    return _comments_on(sent, t, p.end)


def _comments_on(sent: SentenceContext, t: Trigger, subject_end: int) -> bool:
    """Whether the subject ending at ``subject_end`` comments on the meeting noun ``t`` ("X commented on the results
    of the meeting", "She was commenting on ..."), in one sentence, not during it ("commented on it during the
    meeting with Y": at it)."""
    gap = sent.doc.text[subject_end : t.start]
    within = _WITHIN_BEFORE_RE.search(gap) is not None
    return t.word.nominal and not within and _COMMENT_ON_RE.search(gap) is not None and "." not in gap


# a sentence opening on the end of talks, up to the meeting word: "After ten hours of [talks]", "Following the [meeting]"
_AFTER_TALKS_BEFORE_RE = compile_fast(r"(?:[Aa]fter|[Ff]ollowing)[ \t]+(?:[\w\-]+[ \t]+){0,4}\Z")
# from the meeting word to the name opening the main clause: its place and day, the comma, the name's titles
_TO_MAIN_SUBJECT_RE = compile_fast(r"[^,;:.\n]{0,60},[ \t]+(?:[A-Z][\w’'.\-]*[ \t]+){0,5}")


def _after_its_talks(sent: SentenceContext, t: Trigger, p: Mention, people: list[Mention]) -> bool:
    """Whether a sentence opens on the end of talks whose people it does not name, and the person is the subject of
    its main clause ("After talks in Moscow, Russian Foreign Minister X said"; not a spokesperson)."""
    text = sent.doc.text
    if not _AFTER_TALKS_BEFORE_RE.fullmatch(text, sent.start, t.start) or not _TO_MAIN_SUBJECT_RE.fullmatch(text, t.end, p.start):
        return False
    if any(t.end <= q.start < p.start for q in people):
        return False
    return p.kind is PERSON and p.pid is not None and not _serves(sent.doc, p.pid)


# before the people who did what a meeting is told with: "an agreement [reached by] A and B during a conversation"
_AGENT_BY_RE = compile_fast(r"\b(?:reached|agreed|achieved|struck|concluded|made)[ \t]+by[ \t]")


# from a speech verb to the meeting word that heads what was said: "said [that the latest ]talks"
_COMPLEMENT_HEAD_RE = compile_fast(r"[ \t]+(?:that[ \t]+)?(?:the|a|an|this|their|its|today[’']s)[ \t]+(?:[\w\-]+[ \t]+){0,2}")
# after a meeting word, what names its sides: "the meeting [between] A and B", "talks [of] A and B"
_SIDES_AFTER_RE = compile_fast(r"[ \t]+(?:held[ \t]+)?(?:between|of|among|involving)\b")
_THAT_RE = compile_fast(r"\bthat[ \t]+")


def _named_subject_after(sent: SentenceContext, start: int, end: int) -> bool:
    """Whether a "that" between ``start`` and ``end`` opens a clause whose subject is a person named right after it
    ("told reporters that [Russian President] X would ...")."""
    doc = sent.doc
    that = _THAT_RE.search(doc.text, start, end)
    if that is None:
        return False
    first = next((mm for mm in doc.mentions_in(that.end(), end) if mm.kind in (PERSON, OFFICE)), None)
    return first is not None and TITLE_WORDS_RE.fullmatch(doc.text, that.end(), first.start) is not None


_ACCORDING_TO_BEFORE_RE = compile_fast(
    r"\b(?:[Aa]ccording[ \t]+to|[Aa]s[ \t]+told[ \t]+by|[Cc]iting)[ \t]+(?:[\w’'.\-]+[ \t]+){0,6}\Z"
)
ACCORDING_BEFORE = 80  # how far before the name "according to" and the words of the office may begin
_OWN_PRONOUN_RE = compile_fast(r"\b(?:[Hh]e|[Ss]he|his|her|him|himself|herself)\b")


# the titles of who speaks for someone else: a spokesperson, a press secretary, an adviser, an aide
_SERVING_TITLE_RE = compile_fast(rf"\b{phrases(SPEAKS_FOR_TITLES)}\b", re.IGNORECASE)


def _serves(doc: DocumentContext, pid: str) -> bool:
    """Whether the text (or, when it gives none, the registry on the day) calls the person someone who speaks for
    another: a spokesperson, an adviser, an aide."""
    titles = doc.titles.get(pid) or doc.idx.registry_titles(pid, doc.ref)
    return any(_SERVING_TITLE_RE.search(title) for _, title in titles)


def _reports(text: str, end: int, t: Trigger) -> bool:
    """Whether a person named before ``end`` reports the meeting word ``t`` ("X said Y met Z", "X confirmed the
    talks"), rather than speaks at it ("X said after a meeting with Y") or of their own ("X said he met Y")."""
    if _SPEECH_NEAR_RE.match(text[end : end + SPEECH_AFTER_NAME]) is None:
        return False
    spoke = _SPOKE_AT_RE.match(text, end, t.start)
    if spoke is not None and not spoke.group("after") and _WITH_NEXT_RE.match(text, t.end) is None:
        spoke = None  # "told a weekly briefing following the meeting of A and B": theirs, not the speaker's
    return spoke is None and _SAID_HE_RE.match(text, end, t.start) is None


# what may open a sentence before its subject: a phrase and a comma ("Two days later, "), or a time ("Last week ")
_OPENER_RE = compile_fast(
    r"(?:[A-Z][\w’'\-]*(?:[ \t]+[\w’'\-]+){0,3},[ \t]+|(?:Last|This|Next|Earlier|Later|On|In)[ \t]+[\w’'\-]+[ \t]+)?"
)


def _subject_before(sent: SentenceContext, pos: int) -> Mention | None:
    """Whom "he" or "she" opening a sentence stands for: the person the sentence before opens with, its subject
    ("Last week Pashinyan met Putin in Moscow. Two days later, he spoke with Aliyev": Pashinyan, not Putin)."""
    doc = sent.doc
    if sent.start != doc.lay.sentence_at(pos)[0] or not _OPENER_RE.fullmatch(doc.text, sent.start, pos):
        return None  # not the subject of its sentence
    si = doc.lay.sentence_index(pos)
    if si == 0:
        return None
    return _opening_person(doc, *doc.lay.sentences[si - 1])


def _own_subject(sent: SentenceContext, pos: int) -> Mention | None:
    """Whom "he" or "she" inside a sentence stands for: the person the sentence opens with, its subject ("Pashinyan
    has not met Aliyev since May, but he spoke with Michel": Pashinyan, not Aliyev)."""
    return _opening_person(sent.doc, sent.start, pos)


def _opening_person(doc: DocumentContext, s: int, e: int) -> Mention | None:
    """The person named first in ``text[s:e]`` when the words there open on them, as a subject does ("Last week
    [Armenian Prime Minister] Pashinyan ...")."""
    i = doc.first_mention(s)
    if i >= len(doc.items) or doc.items[i].start >= e:
        return None
    mm = doc.items[i]
    if mm.kind is not PERSON or not mm.pid or mm.possessive or mm.joined:
        return None
    opener = _OPENER_RE.match(doc.text, s)
    return mm if opener is not None and TITLE_WORDS_RE.fullmatch(doc.text, opener.end(), mm.start) else None




# after a possessive name: the trip a relative clause tells of ("Putin's [latest trip] to Baku, where he met ...")
_TRIP_AFTER_RE = compile_fast(r"[ \t]+(?:[a-z]+[ \t]+){0,2}(?:trip|visit|tour|stay|journey|travels?)\b")


def _trip_owner(sent: SentenceContext, before: int) -> Mention | None:
    """Whose trip a relative clause's "he" tells of ("given Putin's latest trip to Azerbaijan, where he met Aliyev"): a
    possessive name before a noun of travel, in the sentence before ``before``; None when none is."""
    for mm in reversed(sent.doc.mentions_in(sent.start, before)):
        if mm.kind is PERSON and mm.pid and mm.possessive and _TRIP_AFTER_RE.match(sent.doc.text, mm.end):
            return mm
    return None


def _named_after(sent: SentenceContext, pos: int) -> Mention | None:
    """Whom "he" stands for in a text that names no one before it ('"...," he said after talks with X. ... Kobakhidze
    made similar comments'): the person who opens one of the next sentences, its subject."""
    doc = sent.doc
    if doc.first_person < pos:
        return None  # someone was named before
    return opening_he(
        doc.text,
        doc.lay.sentences,
        doc.lay.sentence_index(pos),
        doc.mentions_in,
        lambda at: doc.quote_of(at) != -1,
        lambda mm: mm.kind is PERSON and bool(mm.pid) and not mm.possessive,
    )


def _person_before(sent: SentenceContext, pos: int) -> Mention | None:
    """The last person named before ``pos`` (not further back than :data:`ANTECEDENT_BACK` before the sentence)."""
    doc = sent.doc
    i = doc.first_mention(pos) - 1
    while i >= 0 and doc.items[i].start >= sent.start - ANTECEDENT_BACK:
        mm = doc.items[i]
        if mm.kind is PERSON and mm.pid:
            return mm
        i -= 1
    return None


def _subjectless(sent: SentenceContext, t: Trigger) -> bool:
    """Whether the meeting word opens the speaker's sentence with no subject before it ("Good meeting with X",
    "Had a productive call with X"), and names someone after it: the speaker had it."""
    doc = sent.doc
    start = max(sent.start, doc.quotes[q][0] if (q := doc.quote_of(t.start)) >= 0 else sent.start)
    return bool(_SUBJECTLESS_LEAD_RE.fullmatch(doc.text, start, t.start)) and bool(_THEN_WITH_RE.match(doc.text, t.end))


def resolve_offices(
    sent: SentenceContext, draft: Draft, pending: list[tuple[Mention, Role]], on: PartialDate | None = None
) -> None:
    """The holders of the offices the passage names: found in the document, else on the meeting's day (``on``, or
    the draft's date)."""
    idx = sent.doc.idx
    unnamed = 0
    for mm, role in pending:
        office = mm.office
        holders: list[tuple[str, bool]] = office.holders if office is not None else ([(mm.pid, True)] if mm.pid else [])
        days = _bounds(on or draft.date)
        if office is not None and days and not office.lower and len(holders) < max(1, len(office.countries)):
            have = {pid for pid, _ in holders}
            for country in office.countries:
                found = {_holder_on(idx, office, country, when) for when in days}  # (one holder all the month, or year)
                one = found.pop() if len(found) == 1 else None
                if one is not None and one not in have:
                    holders = [*holders, (one, False)]
            if office.institution and not office.countries and not holders:  # "European Council President"
                known = idx.known_holders(office.key, days[0])
                holders = [(known[0], False)] if known is not None and len(known) == 1 and days[0] == days[-1] else []
        for pid, _named in holders:
            draft.participants.setdefault(pid, (role, True, (mm.start, mm.end)))
        if office is not None and office.countries and not office.complement and role is Role.PARTY:
            unnamed += len(office.countries) - len(holders)
    draft.unnamed_sides = max(0, unnamed)


def _bounds(date: PartialDate | None) -> list[_dt.date]:
    """The days an office's holder is asked on for a meeting of this date: its day; the first and last of its month or
    year (a holder the same on both held it throughout, unless the office changed hands twice between); none."""
    if date is None or date.year is None:
        return []
    if date.day is not None and date.month is not None:
        return [_dt.date(date.year, date.month, date.day)]
    if date.month is not None:
        last = (_dt.date(date.year + date.month // 12, date.month % 12 + 1, 1) - _dt.timedelta(days=1)).day
        return [_dt.date(date.year, date.month, 1), _dt.date(date.year, date.month, last)]
    return [_dt.date(date.year, 1, 1), _dt.date(date.year, 12, 31)]


def _holder_on(idx: Index, office: Office, country: str, when: _dt.date) -> str | None:
    """The one holder of ``office`` of ``country`` on ``when`` by the registry, or None."""
    place = idx.country(country)
    found = [
        p.id
        for p in idx.registry.known_holders(f"{office.title} of {country}", on=when) or ()
        if any(o.held_on(when) and title_matches(office.title, o.title, place) for o in p.offices)
    ]
    return found[0] if len(found) == 1 else None


_SHE_RE = compile_fast(r"\b(?:[Ss]he|[Hh]erself)\b")


def _sentence_subject(sent: SentenceContext, before: int) -> Mention | None:
    """The person who opens the sentence, when one does before ``before`` (outside quotations, no possessive)."""
    doc = sent.doc
    for m in doc.mentions_in(sent.start, before):
        if m.kind in (PERSON, OFFICE) and doc.quote_of(m.start) == -1:
            return m if m.kind is PERSON and m.pid and not m.possessive else None
    return None


# after a meeting noun, a country as the other side: "the meeting with Armenia", "talks between Armenia and Azerbaijan"
_COUNTRY_SIDE_RE = compile_fast(r"[ \t]+(?:with|between)[ \t]+(?:the[ \t]+)?\Z")


def country_sides(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """A meeting noun whose other side is a country ("Azerbaijan views the recent meeting with Armenia in Abu Dhabi")
    is between two sides no one is named for: two unnamed sides, identifiable with its city."""
    if not t.word.nominal or draft.participants:
        return
    doc = sent.doc
    for mm in doc.mentions_in(t.end, min(sent.end, t.end + COUNTRY_SIDE_AFTER)):
        if mm.kind is PLACE and mm.place is not None and mm.place.kind.value == "country" and not mm.possessive:
            if _COUNTRY_SIDE_RE.fullmatch(doc.text, t.end, mm.start):
                draft.unnamed_sides = max(draft.unnamed_sides, 2)
            return


COUNTRY_SIDE_AFTER = 30  # how far after the meeting noun its "with <country>" may stand


def _his_before(sent: SentenceContext, t: Trigger) -> re.Match[str] | None:
    """"his"/"her" just before a meeting noun ("during his call with X"): its subject is the one who had it."""
    if not t.word.nominal:
        return None
    return _HIS_BEFORE_RE.search(sent.doc.text, max(sent.start, t.start - POSSESSOR_BEFORE), t.start)


def take_subject(sent: SentenceContext, t: Trigger, draft: Draft, quote: int) -> None:
    """A meeting word whose only participant is its object, or whose participants all follow it, takes the
    sentence's first person as its subject; for "X, who ..., met the two leaders" the nearest one before the verb.
    Not after "his" ("the Secretary stressed in his call with X"): who "he" is was read with the other people; but in
    a phrase opening the sentence ("After his meeting with X, Y said"), "his" is the main clause's subject."""
    doc = sent.doc
    partners_after = bool(draft.participants) and all(
        span is not None and span[0] > t.start for _, _, span in draft.participants.values()
    )
    fronted = _fronted_subject(sent, t, quote) if partners_after and _WITH_AFTER_RE.match(doc.text, t.end) else None
    if fronted is not None and fronted.pid not in draft.participants:  # "During talks with X in Yerevan, Y said": Y's
        draft.participants[fronted.pid or ""] = (Role.PARTY, False, (fronted.start, fronted.end))
        if _THEIR_BEFORE_RE.search(doc.text, max(sent.start, t.start - 30), t.start):
            for m in _listed_with(doc, fronted, sent.end):  # "During their meeting with X, A and B said": both
                draft.participants.setdefault(m.pid or "", (Role.PARTY, False, (m.start, m.end)))
        return
    if _his_before(sent, t) is not None:
        return
    no_subject = (
        len(draft.participants) >= 2
        # "a conversation between A and B" names all its sides; not "X opened a round of talks between A and B"
        and (not between(sent, t) or _led(doc.text, max(sent.start, t.start - LED_BEFORE), t.start))
        and not _of_names(sent, t, sent.doc.mentions_in(t.end, sent.end))
        # a name before the word, or "he" (a participant without a span of its own): the subject is told
        and not any(span is None or span[0] < t.start for _, _, span in draft.participants.values())
    )
    if len(draft.participants) != 1 and not no_subject:
        return
    first: Mention | None = None
    follows = [m.end() for m in FOLLOWS_RE.finditer(doc.text, sent.start, t.start)]  # ("A's meeting follows one of B")
    for m in doc.mentions_in(follows[-1] if follows else sent.start, t.start):
        if m.kind is PERSON and m.pid and doc.quote_of(m.start) == quote and not m.possessive:
            if no_subject and (m.pid in draft.participants or m.start in sent.denied):
                continue
            if _SIDE_OF_BEFORE_RE.search(doc.text, max(sent.start, m.start - SIDE_OF_BEFORE), m.start) and not (
                _BACK_TO_THEM_RE.search(doc.text, m.end, t.start)
            ):
                continue  # "a conversation between [Mr A] and Mr B, ... during the meeting of X": that one's sides
            first = m
            if not no_subject:
                break
    if (
        first is not None
        and first.pid is not None
        and first.pid not in draft.participants
        and not _reports(doc.text, first.end, t)
        # "Peskov said on Tuesday after talks with Aliyev": a spokesperson speaks of the talks, is not at them
        and not (_serves(doc, first.pid) and _SPEECH_NEAR_RE.match(doc.text[first.end : first.end + SPEECH_AFTER_NAME]))
        and not _EVALUATES_RE.match(doc.text, first.end, t.start)  # "X welcomed the talks between A and B"
        and not _COMMENT_ON_RE.search(doc.text[first.end : t.start])  # "X also spoke about a conversation ..."
        and not _stays_away(doc.text, first.end, t.start)  # "X refused to attend the meeting with A and B"
        # "According to [a spokesman] X, there is a meeting with A": the source of the report
        and not (
            _ACCORDING_TO_BEFORE_RE.search(doc.text, max(sent.start, first.start - ACCORDING_BEFORE), first.start)
            and _serves(doc, first.pid)
        )
    ):
        draft.participants[first.pid] = (Role.PARTY, False, (first.start, first.end))
        if not no_subject:  # "A and B shook hands at the start of a meeting hosted by X": the whole list is its subject
            for m in _listed_with(doc, first, t.start):
                draft.participants.setdefault(m.pid or "", (Role.PARTY, False, (m.start, m.end)))


# a sentence opening on the phrase of the meeting word: "During [talks] with X, Y said", "At a joint [news conference]",
# "Speaking to reporters after [talks] with X, Y said"
_FRONTED_BEFORE_RE = compile_fast(
    r"[ \t]*(?:During|At|In|After|Following|[A-Z][a-z]+ing[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:during|at|in|after|following))"
    r"[ \t]+(?:(?:a|an|the|their|his|her)[ \t]+)?(?:[\w\-]+[ \t]+){0,2}\Z"
)
# before "meeting" opening a sentence as a participle, the main clause's subject its subject ("But meeting with X on
# Saturday, Y said")
_GERUND_OPENS_RE = compile_fast(r"[ \t]*(?:(?:But|And|Also|Then|Later)[ \t]+)?")
GERUND_COMMAS = 4  # how many commas the participle's phrase may hold (an apposition, a time)


def _comma_before_subject(doc: DocumentContext, comma: int, end: int) -> int:
    """The first of the next few commas from ``comma`` that a person's name follows, past its title: where the
    participle's phrase ends; -1 when none does."""
    for _ in range(GERUND_COMMAS):
        k = doc.first_mention(comma)
        while k < len(doc.items) and doc.items[k].kind is PLACE and doc.items[k].start < comma + FRONTED_GAP:
            k += 1
        m = doc.items[k] if k < len(doc.items) else None
        if m is not None and m.kind in (PERSON, OFFICE) and _SUBJECT_GAP_RE.fullmatch(doc.text, comma, m.start):
            # the subject, unless a tag set off by commas ("Meeting with X, Y said, would make sense")
            return -1 if m.kind is OFFICE or _TAG_BETWEEN_COMMAS_RE.match(doc.text, m.end) else comma
        comma = doc.text.find(",", comma + 1, end)
        if comma < 0:
            break
    return -1


_TAG_BETWEEN_COMMAS_RE = compile_fast(  # ("said on Monday,", "told parliament,"; not "noted the progress, praising")
    r"[ \t]+(?:said|says|told|added|noted)(?:[ \t]+(?:on[ \t]+[A-Z][a-z]+|today|yesterday|last[ \t]+week|earlier|later"
    r"|parliament|reporters|journalists|lawmakers|the[ \t]+(?:press|media|parliament)))?[ \t]*,"
)


_WITH_AFTER_RE = compile_fast(r"(?:[ \t]+[\w\-]+){0,2}?[ \t]+with\b")  # "[talks] with X", "[meeting] today with X"
_THEIR_BEFORE_RE = compile_fast(r"\b[Tt]heir[ \t]+(?:[\w\-]+[ \t]+)?\Z")
FRONTED_GAP = 60  # how far after the phrase's comma the subject's title may run
# after the phrase's comma, the main clause's subject: its title's words at most, then the name
_SUBJECT_GAP_RE = compile_fast(r",[ \t]+(?:(?:the[ \t]+)?(?:[A-Z][\w’'.\-]*|of|for)[ \t]+){0,6}")


_HE_RE = compile_fast(r"[ \t]+(?:he|she)\b")


def _fronted_subject(sent: SentenceContext, t: Trigger, quote: int) -> Mention | None:
    """The subject of the main clause after a phrase opening the sentence with the meeting word ("During talks with
    X in Yerevan, [Foreign Minister Y] said"), or None."""
    doc = sent.doc
    gerund = doc.text[t.start : t.end].lower() == "meeting" and bool(_GERUND_OPENS_RE.fullmatch(doc.text, sent.start, t.start))
    if not gerund and not _FRONTED_BEFORE_RE.fullmatch(doc.text, sent.start, t.start):
        return None
    comma = doc.text.find(",", t.end, sent.end)
    if comma < 0:
        return None
    if gerund:  # "But meeting with X, the visiting minister, on Saturday, Y said": the comma the subject follows
        comma = _comma_before_subject(doc, comma, sent.end)
        if comma < 0:
            return None
    if _HE_RE.match(doc.text, comma + 1) and sent.index > 0:  # "In a call with X in March, he welcomed ...": the one
        return _opening_person(doc, *doc.lay.sentences[sent.index - 1])  # the sentence before opens with, its subject
    k = doc.first_mention(comma)
    while k < len(doc.items) and doc.items[k].kind is PLACE and doc.items[k].start < comma + FRONTED_GAP:
        k += 1  # "U.S. Secretary of State X": a country in the title
    if k >= len(doc.items):
        return None
    m = doc.items[k]
    gap = _SUBJECT_GAP_RE.fullmatch(doc.text, comma, m.start)
    if gap is None or m.kind not in (PERSON, OFFICE) or not m.pid or m.possessive or doc.quote_of(m.start) != quote:
        return None
    return m


# before a name: a side of another meeting noun ("a conversation between [A] and B")
_SIDE_OF_BEFORE_RE = compile_fast(
    r"\bbetween[ \t]+(?:(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?(?:[A-Z][\w’'\-]*[ \t]+){1,3}and[ \t]+)?(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?\Z"
)
_BACK_TO_THEM_RE = compile_fast(r"\b(?:their|they|the[ \t]+two|both|who|which)\b")  # "... preceded their meeting with X"
SIDE_OF_BEFORE = 60  # how far before the name "between" may stand
# between two names of one list: a comma or "and", and the next one's title ("A and Prime Minister B")
_LIST_JOIN_RE = compile_fast(r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:[A-Z][\w’'.\-]*[ \t]+){0,4}")


def _listed_with(doc: DocumentContext, first: Mention, end: int) -> list[Mention]:
    """The people listed after ``first``, before ``end``, joined to it by commas and "and" only ("A, B and C")."""
    out: list[Mention] = []
    last = first
    for m in doc.mentions_in(first.end, end):
        if m.start < last.end:
            continue
        if m.kind is not PERSON or not m.pid or m.possessive:
            break
        gap = _LIST_JOIN_RE.fullmatch(doc.text, last.end, m.start)
        if gap is None:
            break
        out.append(m)
        last = m
    joined = out and _AND_BEFORE_RE.search(doc.text, first.end, out[-1].start) is not None
    return out if joined else []


_AND_BEFORE_RE = compile_fast(r"\band[ \t]+(?:[A-Z][\w’'.\-]*[ \t]+){0,4}\Z")

# a sentence that says whom the meetings just told were with: "These discussions involved", "The talks were with"
_THESE_WERE_WITH_RE = compile_fast(
    r"(?:These|The|Those)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?:meetings|talks|discussions|conversations|consultations)"
    r"[ \t]+(?:involved|included|were[ \t]+(?:held[ \t]+)?with)\b"
)
LISTED_NEXT_GAP = 80  # how far after "involved" the list may begin ("involved key international figures, including")
_WITH_OR_EVENT_RE = compile_fast(rf"\b(?:with|{phrases(EVENT_NOUNS)})\b")


def listed_next(sent: SentenceContext, draft: Draft) -> list[Draft]:
    """One person's series of meetings whose partners the next sentence lists ("X held a series of bilateral meetings
    in Copenhagen on Thursday. These discussions involved A, B and C"): one meeting with each; none when it lists none
    ("A and B held a series of meetings in New York": theirs with others, none told between them)."""
    doc = sent.doc
    if len(draft.participants) != 1 or sent.index + 1 >= len(doc.lay.sentences):
        return []
    s, e = doc.lay.sentences[sent.index + 1]
    opener = _THESE_WERE_WITH_RE.match(doc.text, s, e)
    if opener is None:
        return []
    end = min(e, opener.end() + LISTED_NEXT_GAP)
    first = next((mm for mm in doc.mentions_in(opener.end(), end) if mm.kind is PERSON and mm.pid and not mm.possessive), None)
    gap = (opener.end(), first.start) if first is not None else (0, 0)
    if first is None or _WITH_OR_EVENT_RE.search(doc.text, *gap) or _ONE_GATHERING_RE.search(doc.text, *gap):
        return []  # (not "The meetings included a trilateral session with A and B": one gathering of them)
    partners = [mm for mm in (first, *_listed_with(doc, first, e)) if mm.pid not in draft.participants]
    out = []
    for mm in partners:
        dd = draft.copy()
        dd.participants[mm.pid or ""] = (Role.PARTY, False, (mm.start, mm.end))
        dd.size = 2
        out.append(dd)
    return out if len(out) >= 2 else []


def separate(sent: SentenceContext, t: Trigger, draft: Draft) -> list[Draft] | None:
    """One meeting per partner, when the word is plural (but one event, like "negotiations"), a call between more
    than two, "separately" or "bilateral talks" is said, partners are listed apart, or one met leaders of four or more
    countries in one list; None when the meeting is one."""
    if len(draft.participants) < 2:
        return None
    apart = separately(sent, t)
    told_apart = (
        # a call is between two unless told otherwise: with three named, or two and "his counterpart", one per partner
        (draft.format is MeetingFormat.PHONE and draft.size in (None, 2))
        or apart
        or _listed_apart(sent, t, draft)
        or _round_of_bilaterals(sent, t, draft)
        or _hosts_of_one_country(sent, t, draft)
    )
    if not told_apart and not (t.word.plural and not t.word.one_event):
        return None
    # the subject: named before the word, or "he" (a participant without a span of its own)
    subjects = _one_before_many_after(t, draft)[0]
    if not subjects:
        wm = _WITH_RE.search(sent.doc.text[t.end : sent.end])
        cut = t.end + wm.start() if wm else t.end
        subjects = [p for p, (_, _, span) in draft.participants.items() if span and span[0] < cut]
    objects = [p for p in draft.participants if p not in subjects]
    # "the Secretary's calls to A and B", "phone calls with A and B": one call with each of those listed, the caller
    # whoever else the clause names ("In phone calls with A and B, X urged ..."), or no one known
    # ... and "The mediators held separate meetings with A and B": one with each, whoever the mediators are
    unnamed = draft.unresolved or (draft.format is MeetingFormat.PHONE and not between(sent, t)) or apart
    if not subjects and unnamed and t.word.plural and not t.word.one_event:
        called = _listed_after(sent, t, draft)
        side = [p for p in objects if p not in called]
        return [_with_only(draft, [*side, o]) for o in called] if len(called) >= 2 else None
    if not subjects or not objects or len(draft.participants) < 3:
        return None
    # one side met each partner: one subject, or a group named by one noun ("the Co-Chairs met separately with A and B");
    # a group met by one partner is met one by one ("both leaders were received separately by X")
    # (a subject listed by name is one side too when its partners are named: "A and B met separately with C and D";
    # "A and B met separately with the leaders of C and D" are two meetings, one of each with both leaders)
    one_side = len(objects) > 1 and not draft.participants[subjects[0]][1]  # not "the foreign ministers of A and B"
    one_side = one_side and (
        len({draft.participants[p][1:] for p in subjects}) == 1 or not any(draft.participants[p][1] for p in objects)
    )
    pairs = [(subjects, [o]) for o in objects] if one_side or len(subjects) == 1 else [([s], objects) for s in subjects]
    split_up = [_with_only(draft, side + partners) for side, partners in pairs]
    for dd in split_up:
        dd.guessed_apart = not told_apart
    if _THEN_JOINTLY_RE.search(sent.doc.text, t.start, min(sent.end, t.end + SEPARATE_AFTER)):
        split_up.append(_with_only(draft, list(draft.participants)))  # "met separately and then jointly with A and B"
    return split_up


def _listed_apart(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether the partners after a meeting verb are listed apart, each with their office, between semicolons ("met
    with the President of Moldova, A; the President of France, B; and the Prime Minister of Italy, C"): one meeting each."""
    after = list(_partners_after(t, draft).values())
    return not t.word.nominal and len(after) >= 2 and sent.doc.text.count(";", t.end, max(after)) >= len(after) - 1


def _partners_after(t: Trigger, draft: Draft) -> dict[str, int]:
    """The participants named after the meeting word, in order, with where each is named."""
    return {pid: span[0] for pid, (_, _, span) in draft.participants.items() if span is not None and span[0] > t.end}


ROUND_LEAST = 4  # the fewest leaders of as many countries whom one met, listed after the verb, that are met one by one
# in a sentence that lists them: what makes them one gathering ("a summit with A, B, C and D", "jointly")
_ONE_GATHERING_RE = compile_fast(
    rf"\b(?i:summit|jointly|together|joint|multilateral|format|{phrases((*THREE_SIDED, *FOUR_SIDED))})\b"
)
# between the meeting word and the list: the one group its people came as ("received the Co-Chairs A, B and C")
_ONE_GROUP_BEFORE_LIST_RE = compile_fast(r"\b(?i:co-?chairs|mediators)[ \t]+(?:[\w\-]+[ \t]+){0,6}\Z")


def _hosts_of_one_country(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether a visitor met, by name, two or more office holders of one other country ("X held talks in Baku with
    President A and Foreign Minister B", "Y met with Prime Minister C, Foreign Minister D and Defence Minister E"): a
    visit's meetings, one with each host; not a gathering the sentence calls one ("a trilateral meeting with A and B")."""
    if t.word.form.startswith(_RECEIVING):
        return False  # "X received A and B": X is the host, and A and B his visitors
    before, after = _one_before_many_after(t, draft)
    if len(before) != 1 or len(after) < 2 or any(draft.participants[pid][1] for pid in after):
        return False
    hosts = {_country_of(sent.doc, pid) for pid in after}
    if len(hosts) != 1 or None in hosts or _country_of(sent.doc, before[0]) in hosts:
        return False
    return _ONE_GATHERING_RE.search(sent.doc.text, sent.start, sent.end) is None


_RECEIVING = ("receiv", "host", "welcom")  # the verbs whose subject is the host


def _one_before_many_after(t: Trigger, draft: Draft) -> tuple[list[str], list[str]]:
    """The participants named before the meeting word (or known without a span) and those named after it."""
    before = [pid for pid, (_, _, span) in draft.participants.items() if span is None or span[0] < t.start]
    return before, list(_partners_after(t, draft))


def _country_of(doc: DocumentContext, pid: str) -> str | None:
    """The country of a person the registry knows, or None."""
    person = doc.idx.people.get(pid)
    return person.country if person is not None else None


def _round_of_bilaterals(sent: SentenceContext, t: Trigger, draft: Draft) -> bool:
    """Whether one met, by a verb, a list of leaders from as many other countries, no two of one ("On Saturday, X met
    with the Prime Minister of A, the President of B, ... and the Secretary-General of F"): a round of meetings."""
    if t.word.nominal:
        return False
    idx, text = sent.doc.idx, sent.doc.text
    before, after = _one_before_many_after(t, draft)
    if len(before) != 1 or len(after) < ROUND_LEAST or _ONE_GATHERING_RE.search(text, sent.start, sent.end):
        return False
    first = min(_partners_after(t, draft).values())
    if _ONE_GROUP_BEFORE_LIST_RE.search(text, t.end, first):
        return False
    # (a name the registry lacks, of a country unknown, counts for the split: "Cambodian Prime Minister Hun Manet")
    known = [idx.people[pid].country for pid in [*before, *after] if pid in idx.people]
    return None not in known and len(set(known)) == len(known)


# after a meeting word split by "separately": all of them met as well ("separately and then jointly", "and together")
_THEN_JOINTLY_RE = compile_fast(r"\bseparately,?[ \t]+(?:and[ \t]+)?(?:then[ \t]+|later[ \t]+)?(?:jointly|together)\b")


def from_the_one_before(sent: SentenceContext, t: Trigger, draft: Draft, before: Draft | None, vague: bool) -> None:
    """People a meeting word takes from the meeting told just before it: its two parties (:func:`sides_of`, and
    :func:`demonym_sides`), or all of them (:func:`followed_by`)."""
    if not draft.participants and t.word.nominal and not vague and not draft.plural:
        if draft.size == 2:
            sides_of(sent, t, draft, before)  # "A-B talks mediated by C, as well as bilateral talks": A and B's
        demonym_sides(sent, t, draft, before)  # "A will meet B and C. A separate Armenian-Azerbaijani meeting ...": B and C
    followed_by(sent, t, draft, before)  # "a meeting with A followed by a trilateral involving B": A's too


# right before a meeting noun: the two sides' adjectives joined ("a separate [Armenian-Azerbaijani] meeting")
_DEMONYM_PAIR_BEFORE_RE = compile_fast(r"\b([A-Z][a-z]+)[\-–]([A-Z][a-z]+)[ \t]+(?:[a-z]+[ \t]+)?\Z")


def demonym_sides(sent: SentenceContext, t: Trigger, draft: Draft, before: Draft | None) -> None:
    """A meeting named by its two sides' adjectives and no one ("A separate Armenian-Azerbaijani meeting will be held"),
    told in the sentence of the meeting before it or the next: the one person of each country that meeting had."""
    if before is None or sent.index - before.sentence > 1 or draft.participants or not draft.separate:
        return  # (not "the next Armenian-Azerbaijani meeting": another, to come)
    m = _DEMONYM_PAIR_BEFORE_RE.search(sent.doc.text, max(sent.start, t.start - 50), t.start)
    idx = sent.doc.idx
    countries = [c.name for c in map(idx.country, m.groups()) if c is not None] if m else []
    if len(set(countries)) != 2:
        return
    found = {c: [pid for pid in before.participants if (p := idx.people.get(pid)) and p.country == c] for c in countries}
    if all(len(v) == 1 for v in found.values()) and len(before.participants) > 2:
        for pids in found.values():
            draft.participants[pids[0]] = before.participants[pids[0]]
        _when_and_where(draft, before)


def sides_of(sent: SentenceContext, t: Trigger, draft: Draft, before: Draft | None) -> None:
    """A two-sided meeting told with no one ("..., as well as bilateral negotiations"): the two parties of the
    meeting a mediator or a host held with them, told earlier in the same sentence (``before``), with its day and
    place when it has none. Not one that names its own sides after it ("bilateral talks between the US and Armenia"),
    nor with no such meeting: it stays as it is."""
    if before is None or before.sentence != sent.index or draft.unnamed_sides or names_own_sides(sent, t):
        return
    parties = {pid: seat for pid, seat in before.participants.items() if seat[0] is Role.PARTY}
    if len(parties) != 2 or len(parties) == len(before.participants):
        return
    draft.participants.update(parties)
    _when_and_where(draft, before)


# before a meeting word: it comes after the meeting told before it in the sentence ("a bilateral meeting with A
# [followed by a trilateral] discussion involving B")
_FOLLOWED_BY_BEFORE_RE = compile_fast(r"\bfollowed[ \t]+by[ \t]+(?:an?|the)[ \t]+(?:[\w\-]+[ \t]+)?\Z")


def followed_by(sent: SentenceContext, t: Trigger, draft: Draft, before: Draft | None) -> None:
    """A meeting told as following the one told before it in its sentence ("will hold a bilateral meeting with A
    followed by a trilateral discussion involving B"): the same visit's, with its people, status, day and place."""
    if before is None or before.sentence != sent.index:
        return
    if not _FOLLOWED_BY_BEFORE_RE.search(sent.doc.text, max(sent.start, t.start - 40), t.start):
        return
    for pid, seat in before.participants.items():
        draft.participants.setdefault(pid, seat)
    draft.status = before.status
    _when_and_where(draft, before)


def _when_and_where(draft: Draft, before: Draft) -> None:
    """The day and place of the meeting told before, for a meeting that tells none of its own."""
    if draft.date is None:
        draft.date, draft.date_said = before.date, before.date_said
    if draft.place is None:
        draft.place, draft.place_span = before.place, before.place_span


# right after a meeting word: its partner as a pronoun ("held talks with him this afternoon")
_WITH_PRONOUN_RE = compile_fast(r"(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:with|to)[ \t]+(?:him|her)\b")
_OBJECT_PRONOUN_RE = compile_fast(r"[ \t]+(?:him|her)\b")  # after a verb: "called him"



def remarks_made(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """"The remarks were made in a joint press statement with X": the one person the sentence before names (outside
    quotations) made them, at the meeting, when it has only the one it is with (not when the sentence before names
    several, or someone's remarks: "X welcomed Y's comments")."""
    doc = sent.doc
    if len(draft.participants) != 1 or sent.index == 0 or not REMARKS_MADE_RE.match(doc.text, sent.start, t.start):
        return
    named = [m for m in doc.mentions_in(*doc.lay.sentences[sent.index - 1]) if m.kind is PERSON and m.pid]
    if len({m.pid for m in named}) == 1 and not any(m.possessive or doc.quote_of(m.start) != -1 for m in named):
        draft.participants.setdefault(named[0].pid or "", (Role.PARTY, False, (named[0].start, named[0].end)))


_OWN_SIDES_AFTER_RE = compile_fast(r"[ \t]+(?:between|with|of|involving)\b")


def names_own_sides(sent: SentenceContext, t: Trigger) -> bool:
    """Whether a meeting noun names its own sides after it ("the next meeting of the border commissions")."""
    return _OWN_SIDES_AFTER_RE.match(sent.doc.text, t.end) is not None


def pronoun_partner(sent: SentenceContext, t: Trigger, draft: Draft) -> None:
    """"X held talks with him", "X called him": whom the sentence is about, the first person it names before the
    meeting word ("Aliyev, who had spoken with Erdogan, said Putin phoned him": Aliyev), else the first the sentence
    before names ("Aliyev left after meeting Michel. Erdogan met him": Aliyev), when not at the meeting already
    (outside quotations, no possessive)."""
    doc = sent.doc
    told = _WITH_PRONOUN_RE.match(doc.text, t.end) or (not t.word.nominal and _OBJECT_PRONOUN_RE.match(doc.text, t.end))
    if not told or doc.quote_of(t.start) != -1:
        return
    first = next(
        (m for m in doc.mentions_in(sent.start, t.start) if m.kind is PERSON and m.pid and not m.possessive),
        None,
    )
    if (first is None or first.pid in draft.participants) and sent.index > 0:  # (the subject: the sentence before's)
        first = _opening_person(doc, *doc.lay.sentences[sent.index - 1])
    if first is not None and first.pid and first.pid not in draft.participants and doc.quote_of(first.start) == -1:
        draft.participants[first.pid] = (Role.PARTY, False, (first.start, first.end))


def _listed_after(sent: SentenceContext, t: Trigger, draft: Draft) -> list[str]:
    """The people listed right after a meeting word and its "with" or "to" ("calls to A, B and C")."""
    text = sent.doc.text
    after = sorted((span[0], span[1], pid) for pid, (_, _, span) in draft.participants.items() if span and span[0] > t.end)
    out: list[str] = []
    for k, (start, _end, pid) in enumerate(after):
        if k and not listed(text, after[k - 1][1], start):
            break
        if not k and not _LIST_HEAD_RE.fullmatch(text, t.end, start):
            break
        out.append(pid)
    return out


def _with_only(draft: Draft, people: list[str]) -> Draft:
    """A copy of ``draft`` with only ``people`` taking part, its size theirs."""
    dd = draft.copy()
    dd.participants = {k: v for k, v in draft.participants.items() if k in people}
    dd.size = len(dd.participants)
    return dd


def addendum(sent: SentenceContext, t: Trigger, draft: Draft, people: list[Mention]) -> None:
    """More people for the meeting just told: those named after "with the participation of", or before "took part
    in" ("the President of France took part in the negotiations": offices are their holders on the day of the
    document)."""
    doc = sent.doc
    draft.addendum = True
    jm = ADDENDUM_RE.search(doc.text, t.end, sent.end)
    if jm is not None:
        for mm in doc.mentions_in(jm.end(), sent.end):
            if mm.kind is PERSON and mm.pid and not mm.possessive and doc.quote_of(mm.start) == -1:
                draft.participants.setdefault(mm.pid, (Role.PARTY, False, (mm.start, mm.end)))
    else:  # "the President of France took part in the negotiations", "X hosted the meeting": who is named with it
        if TOOK_PART_BEFORE_RE.search(doc.text, max(sent.start, t.start - TOOK_PART_BEFORE), t.start):
            people = [p for p in people if p.end <= t.start]
        pending = take_part(sent, t, draft, people)
        resolve_offices(sent, draft, pending, PartialDate.from_date(doc.ref) if doc.ref else None)


# after the people a sentence opens with: what they did at a meeting told just before ("Deputy Prime Ministers A, B and C
# considered the main areas of joint work")
_DELIBERATED_RE = compile_fast(
    r"[ \t]+(?:(?:also|then|jointly)[ \t]+)?(?:considered|discussed|reviewed|examined|agreed|focused|assessed|"
    r"summed[ \t]+up)\b"
)
# what may open that sentence before its people: the source of the account ("As stated in the press release of the
# Russian government, ")
_ACCOUNT_OPENS_RE = compile_fast(r"[ \t]*(?:(?:As[ \t]+stated|According)[ \t][^,;.]{1,80},[ \t]*)?")
_LEAD_WORD_RE = compile_fast(r"[\w’'\-]+|[^\s\w]")  # a word, or one mark, of the words before and between the people
_ANOTHER_TIME_RE = compile_fast(
    r"\b(?:later|earlier|following[ \t]+day|next[ \t]+day|previous[ \t]+day|the[ \t]+day[ \t]+before)\b"
)
NEXT_SENTENCE_OPENING = 240  # how far into the next sentence its people may run before their verb
# between the last of the people a sentence opens with and their verb: nothing, or their country in brackets
_COUNTRY_IN_BRACKETS_RE = compile_fast(r"(?:[ \t]+\([^()\n]{1,30}\))?")  # ("C (Russia) considered")


def next_sentence_people(doc: DocumentContext, drafts: list[Draft]) -> None:
    """A meeting told without people ("The first meeting of the working group was held on January 30 in Moscow.") whose
    next sentence, with no meeting word, opens on two or more people and what they did there ("... Deputy Prime
    Ministers A, B and C considered ..."): theirs."""
    told = {d.sentence for d in drafts}
    for d in drafts:
        if d.participants or not (d.frame or d.size or d.unnamed_sides) or d.sentence + 1 >= len(doc.lay.sentences):
            continue
        if d.sentence + 1 in told:
            continue  # a meeting word of its own there: the merge reads it ("A and B agreed to meet in Vienna")
        start, end = doc.lay.sentences[d.sentence + 1]
        verb = _DELIBERATED_RE.search(doc.text, start, min(end, start + NEXT_SENTENCE_OPENING))
        if verb is None:
            continue
        people = [m for m in doc.mentions_in(start, verb.start()) if m.kind is PERSON and m.pid and not m.possessive]
        if len(people) < 2 or _COUNTRY_IN_BRACKETS_RE.fullmatch(doc.text, people[-1].end, verb.start()) is None:
            continue
        if not _only_their_titles(doc, start, people) or _ANOTHER_TIME_RE.search(doc.text, verb.end(), end):
            continue  # ("Critics of A and B noted ...", "In Washington, A and B ...", "... a week later")
        for m in people:
            d.participants.setdefault(m.pid or "", (Role.PARTY, False, (m.start, m.end)))
        d.frame = False


def _only_their_titles(doc: DocumentContext, start: int, people: list[Mention]) -> bool:
    """Whether the words from ``start`` to the last of ``people``, past an account's source, are only the people,
    their titles and countries, and the marks and words that list them ("Deputy Prime Ministers of A - X, B - Y and
    Z")."""
    at = _ACCOUNT_OPENS_RE.match(doc.text, start)
    pos = at.end() if at is not None else start
    spans = [(m.start, m.end) for m in doc.mentions_in(pos, people[-1].end)]
    for w in _LEAD_WORD_RE.finditer(doc.text, pos, people[-1].end):
        word = w.group()
        if any(a <= w.start() < b for a, b in spans) or word in ("-", "–", "—", ","):
            continue
        if word.lower() in _PLACE_OR_TIME_WORDS:
            return False  # "In Washington, A and B discussed it": another place's, or time's
        if not (doc.idx.may_be_in_title(word) or (word.isupper() and len(word) <= 4)):  # ("RF", "US": a country)
            return False
    return True


_PLACE_OR_TIME_WORDS = frozenset(("in", "at", "on", "during", "after", "before", "with", "to", "from", "by", "while"))
