"""The words and phrases that tell a meeting, one row each, with what the rules need to know of them.

Adding a meeting phrase is adding a row: the trigger pattern and its start filter are built from this table
(:mod:`caucasus_talks.extract.meetings.triggers`), and every rule asks the row, never the word.
"""

from __future__ import annotations

import enum

import attrs

from .markers import SENDING_VERBS

__all__ = ["MEETING_WORDS", "PLACE_AHEAD", "SIZE_QUALIFIERS", "TIME_THEN", "TWO_OR_MORE_BEFORE", "MeetingWord", "PartOfSpeech"]


class PartOfSpeech(enum.Enum):
    """How a meeting word tells its event."""

    VERB = "verb"  # "Aliyev met Pashinyan": the subject and object take part
    NOUN = "noun"  # "talks between A and B", "the meeting": may refer to an event told before
    GERUND = "gerund"  # "meeting": a verb's form that is used as a noun ("during the meeting", "meeting with X")


#: Words that may stand between "held" and "talks" ("held trilateral talks").
SIZE_QUALIFIERS = ("trilateral", "bilateral", "separate")


#: Before a verb of talking, two or more who talk: "A and B", "they", "the two leaders" (not "X spoke ..., criticising
#: Y"; a pattern ending where the verb begins).
TWO_OR_MORE_BEFORE = (
    r"\b(?:and[ \t]+(?:[\w’'\-]+[ \t]+){0,5}|they[ \t]+|two[ \t]+[\w\-]+[ \t]+|both[ \t]+)"
    r"(?:(?:also|briefly|have|had|reportedly)[ \t]+)?\Z"
)


#: Before a verb: no auxiliary of the passive ("the issue was [discussed] with X", "X was [briefed] by Y").
_NOT_PASSIVE = r"(?<!\bwas[ \t])(?<!\bwere[ \t])(?<!\bbeen[ \t])(?<!\bbe[ \t])(?<!\bis[ \t])(?<!\bare[ \t])\Z"
#: ... nor a word of habit ("he always [consulted] with X")
_HABIT_WORDS = ("always", "constantly", "regularly", "often", "usually", "routinely")
_NOT_HABITUAL = "".join(rf"(?<!\b{w}[ \t])" for w in _HABIT_WORDS) + r"\Z"
_IS = r"(?:was|were|is|are|will[ \t]+be)"  # "the side [is] represented by", "Azerbaijan [will be] represented by"

#: Before a verb: a future of its own ("will [sign]", "are expected to [sign]")
_FUTURE_TO = r"\b(?:will|shall|(?:expected|scheduled|due|set|going|planning|plans?)[ \t]+to)[ \t]+"

#: A time word between a meeting noun and "with": "a call today with X" (a pattern, optional).
TIME_THEN = r"(?:[ \t]+(?:today|yesterday|tonight|overnight|this[ \t]+(?:morning|afternoon|evening)))?"


def _words(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen(kw_only=True)
class MeetingWord:
    """A word or phrase that tells a meeting (lower case; a space stands for spaces or tabs).

    ``followed_by`` / ``not_followed_by`` are regular expressions (lower case) the text right after the word must
    or must not match for the word to be read at all; ``preceded_by`` one the words before it must end with (a row
    led by a rare word, "joined", not a common one, "was", which would slow the search of every text);
    ``other_sense_after`` is one that, matched after it, makes the word mean something else ("meeting the country's
    needs").
    """

    form: str = attrs.field()
    pos: PartOfSpeech
    #: spellings of the same word with the same properties ("speaks" beside "spoke")
    variants: tuple[str, ...] = attrs.field(default=(), converter=_words)
    #: names many events or sides ("meetings", "phone calls"): "separately" or several dates split it
    plural: bool = False
    #: one event however many partners it names ("held negotiations with A and B")
    one_event: bool = False
    #: the ongoing process rather than one meeting after "peace" or "continue" ("continue the talks")
    process: bool = False
    #: a verb of talking, a meeting only with a partner after it ("spoke with", "talked to", "spoke by phone"),
    #: and by phone unless a place is told
    needs_partner: bool = False
    #: always a call: the format is phone whatever else the sentence says ("phoned", "called")
    phone: bool = False
    #: says nothing of how it was held ("his conversation with X"): in person or by phone, as another mention tells
    either_way: bool = False
    #: a meeting only when a person follows, and what may stand between ("called [Azerbaijani President] Aliyev",
    #: not "called for restraint"; "calls yesterday to [President] Aliyev"): a regular expression matched with case
    person_after: str | None = None
    #: may tell a meeting only wished for ("ready to meet", "would meet")
    may_be_hypothetical: bool = False
    #: adds people to the meeting just told, is no meeting of its own ("the Russian side was represented by X")
    addendum: bool = False
    #: names another meeting of a series: its sides are those of the meeting told before ("A follow-up took place")
    series: bool = False
    #: a pronoun for the meeting just told ("It took place in Prague"): only ever a follow-up, never a meeting of its own
    pronoun: bool = False
    #: a meeting only where its clause tells the place ("signed by A and B in Washington", not "signed by A and B")
    needs_place: bool = False
    #: (with ``needs_place``) only a place the sentence opens on counts ("On the sidelines of the G20 summit in Rome, A
    #: and B discussed"), not one after the word ("discussed the situation in Stepanakert")
    fronted_place: bool = False
    #: what follows it is its topic: a place there is what was spoken of, not where ("discussed the situation in X")
    topic_after: bool = False
    #: a meeting only with a person named right before it, its subject ("X was welcomed by Y", not "the plan was")
    person_before: bool = False
    #: the fewest people it must name to be a meeting ("brought together A and B": not "brought together 44 leaders")
    min_people: int = 0
    #: words that may stand inside the phrase, after its first word ("held trilateral talks")
    qualifiers: tuple[str, ...] = ()
    #: a hyphen may join the phrase's words as spaces do ("video-conference")
    hyphenated: bool = False
    followed_by: str | None = None
    not_followed_by: str | None = None
    preceded_by: str | None = None
    other_sense_after: str | None = None
    #: a noun or the gerund "meeting": names the event, so it can be referred to ("the talks")
    nominal: bool = attrs.field(init=False)
    #: a noun proper ("talks", "a call"): the gerund, like a verb, can also hold the event after it ("meeting for talks")
    noun: bool = attrs.field(init=False)

    @nominal.default
    def _nominal(self) -> bool:
        return self.pos is not PartOfSpeech.VERB

    @noun.default
    def _noun(self) -> bool:
        return self.pos is PartOfSpeech.NOUN

    @form.validator
    def _lower_case(self, _attribute: attrs.Attribute[str], value: str) -> None:
        for form in (value, *self.variants):
            if not form or form != form.lower() or form != form.strip():
                raise ValueError(f"a meeting word is written in lower case, without outer spaces: {form!r}")

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.form, *self.variants)



_V, _N, _G = PartOfSpeech.VERB, PartOfSpeech.NOUN, PartOfSpeech.GERUND
# "joint press conference" and the same event told otherwise
_JOINT_PRESS = (
    "joint news conference",
    "joint press briefing",
    "joint briefing",
    "joint media briefing",
    "joint press appearance",
    "joint press statements",
    "joint press statement",
)
_CALL_TO = r"(?:[ \t]+[a-z]+)?[ \t]+to[ \t]"
# what may stand between a call and the person called: "called [his Turkish counterpart] X", "called [President] X"
_PERSON_AHEAD = r"[ \t]+(?:both[ \t]+)?(?:(?:his|her|the)[ \t]+)?(?:[A-Z][\w’'\-]*[ \t]+(?:and[ \t]+)?){0,3}"
_CALL_FROM_PERSON = r"[ \t]+from" + _PERSON_AHEAD  # "a call from [President] X"
_CALL_TO_PERSON = r"(?:[ \t]+[a-z]+)?[ \t]+to" + _PERSON_AHEAD
# "welcomed [his Armenian counterpart] X", "welcomed [President] X": a person (not his words: "welcomed X's proposal")
_WELCOMED_AHEAD = r"[ \t]+(?:(?:his|her|the)[ \t]+)?(?:visiting[ \t]+)?(?:[A-Z][\w’'\-]*[ \t]+){0,3}(?:counterparts?,?[ \t]+)?"

# what is received when no one is: a thing, or anything from someone ("received guarantees", "receiving from X a map")
_RECEIVED_THING = (
    r"[ \t]+(?:from\b|(?:(?:a|an|the|any|no|new|its|their|his|her|written|official|formal|further)[ \t]+)*"
    r"(?:guarantees?|assurances?|letters?|invitations?|messages?|support|reports?|proposals?|drafts?|texts?|"
    r"documents?|responses?|repl(?:y|ies)|answers?|cop(?:y|ies)|information|funding|aid|approval|mandates?|lists?|"
    r"votes?|signals?|requests?|complaints?|threats?|offers?|news|questions?|comments?|notes?)\b)"
)

# after "the meeting" an addendum refers to: the clause ends, or says only how one took part ("by video link")
_MEETING_ITSELF = r"(?=[ \t]*(?:[.;,!?\n]|\Z|by[ \t]+(?:video|phone|telephone)\b|(?:as[ \t]+well|too)\b))"
# after "discussed": its topic, a few words, none a preposition that opens a time or an event ("discussed [the issue]
# with X", not "discussed during talks with X")
_TOPIC = (  # (quoted words too; "on the border" a topic, "on Monday" a time; no clause of its own: "the deal he struck")
    r"(?:[ \t]+(?!(?:during|at|in|on(?![ \t]+the\b)|over|after|before|by|via|through"
    r"|he|she|they|we|that|which|who|reached|struck|signed|concluded|achieved|made)\b)[\w’'‘“”\"\-]+){1,8}?"
)
#: after a verb, where, before what follows: "agreed [in Moscow] to", "signed [at the Kremlin] by" (optional)
PLACE_AHEAD = r"(?:[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[\w’'\-]+(?:[ \t]+[\w’'\-]+){0,2}?)?"

#: a day after a word, as lower-case text holds it: "on august 8", "on 8 august 2025", "on friday" (a pattern, optional)
_DAY_AHEAD = r"(?:[ \t]+on[ \t]+\w+(?:[ \t]+\w+)?(?:,?[ \t]+\d{4})?)?"

MEETING_WORDS: tuple[MeetingWord, ...] = (
    # -- verbs --------------------------------------------------------------------------------------------
    MeetingWord(form="met", pos=_V),
    MeetingWord(form="meet", variants="meets", pos=_V, may_be_hypothetical=True),
    MeetingWord(
        form="meeting",
        pos=_G,
        may_be_hypothetical=True,  # "hinted at meeting X", "the idea of meeting X"
        # "meeting the country's needs": meeting as fulfilling
        other_sense_after=r"[ \t]+(?:the[ \t]+)?(?:country|needs|expectations|demands|requirements|criteria|standards|"
        r"goals|targets|obligations|deadline)",
    ),
    MeetingWord(
        form="held talks",
        variants=("hold talks", "holds talks", "holding talks", "conducted talks", "conduct talks", "conducting talks"),
        pos=_V,
        qualifiers=(*SIZE_QUALIFIERS, "the"),  # ("held the talks at the border": held them)
        other_sense_after=r"[ \t]+(?:responsible|hostage|accountable|up|back|in[ \t]+(?:contempt|check))\b",
    ),
    # "A inked the charter with B": a document signed with someone (not "inked the decree with the support of X")
    MeetingWord(
        form="inked",
        pos=_V,
        min_people=2,
        followed_by=r"[ \t]+(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,3}?"
        r"(?:agreement|deal|charter|declaration|memorandum|statement|treaty|accord)[ \t]+with\b",
    ),
    # "A and B, in the presence of C, signed an agreement": who sign a document together meet (not "signed by"; not
    # "I have signed a statement with X", a signature given apart, as the 2020 statement was)
    MeetingWord(
        form="signed",
        pos=_V,
        min_people=2,
        followed_by=r"[ \t]+(?:a|an|the)\b",
        preceded_by=r"(?<!\bi[ \t])(?<!\bi[ \t]have[ \t])(?<!\bwe[ \t])(?<!\bwe[ \t]have[ \t])\Z",
    ),
    # "a deal signed by A and B in Washington on August 8": who signed it where they were, together (not "the
    # statement signed by A, B and C on November 9", a signature each gave apart, nor "signed by A in May")
    MeetingWord(
        form="signed",
        pos=_V,
        min_people=2,
        # (its place first: "a declaration was signed in Washington by A and B", a day before or after it: "signed at the
        # White House on August 8 by A and B")
        followed_by=rf"(?:{PLACE_AHEAD}{_DAY_AHEAD}|{_DAY_AHEAD}{PLACE_AHEAD})[ \t]+by\b",
        needs_place=True,
    ),
    # "In Washington, A, B and C agreed to launch the route", "A and B agreed in Moscow to open the roads": who agreed
    # together where they were met there (not "A and B agreed to ...", told without a place, nor "A agreed", one alone)
    MeetingWord(
        form="agreed",
        pos=_V,
        min_people=2,
        needs_place=True,
        followed_by=PLACE_AHEAD + r"[ \t]+(?:to|on|that|upon)\b",
        # (a meeting word of its own after it: "agreed to meet in Brussels" is that meeting's)
        not_followed_by=PLACE_AHEAD
        + r"[ \t]+to[ \t]+(?:meet|hold|talk|speak|visit|sign|host|receive|gather|convene|negotiate|resume)",
    ),
    # "the agreements reached by A and B in Brussels on May 14", "recalled the agreements reached with B in Prague": who
    # reached them together where they were met there (not "the agreements reached by A and B", told without a place)
    MeetingWord(
        form="reached",
        pos=_V,
        min_people=2,
        needs_place=True,
        preceded_by=r"\bagreements?[ \t]+(?:(?:that|which)[ \t]+(?:were|was|had[ \t]+been)[ \t]+)?\Z",
        followed_by=r"[ \t]+(?:by|with|between)\b",
    ),
    # "A, B and C will sign the declaration at the White House on Friday": who will sign a document together meet
    MeetingWord(
        form="sign",
        pos=_V,
        may_be_hypothetical=True,  # "ready to sign a peace treaty": a wish, no meeting
        min_people=2,
        # a document of the sides ("the declaration", "a peace agreement"), not "the decree appointing X"
        followed_by=r"[ \t]+(?:a|an|the)[ \t]+(?:[\w\-“”\"’']+[ \t]+){0,3}?"
        r"(?:treaty|agreement|declaration|memorandum|document|deal|accord|statement|communiqué|communique)\b",
        # a future of its own ("will", "are expected to"), not a purpose ("ready to meet X anywhere to sign it")
        preceded_by=_FUTURE_TO + r"(?:(?:also|jointly|formally)[ \t]+)?\Z",
    ),
    # "A, B and C will hold a summit in Sochi": the people who hold it meet (not "attended the NATO summit")
    MeetingWord(
        form="held a summit",
        variants=tuple(f"{v} a {q}summit" for v in ("held", "hold", "holds", "holding") for q in ("", "trilateral ")),
        pos=_V,
        min_people=2,
    ),
    MeetingWord(
        form="held discussions",
        variants=(
            *("hold discussions", "holds discussions", "holding discussions"),
            *("conducted discussions", "conduct discussions", "conducting discussions"),
            *("held consultations", "hold consultations", "holding consultations"),
        ),
        pos=_V,
        qualifiers=SIZE_QUALIFIERS,
        min_people=2,
    ),
    MeetingWord(form="hosted", pos=_V, not_followed_by=r"[ \t]+by"),  # "hosted by X" names the host of another's event
    # but people who "were hosted by X" met X ("A and B were hosted by Y in Key West"; not "the summit was hosted by Y":
    # one person; nor "the meeting of A and B in Brussels was hosted by Y", the meeting its noun tells)
    MeetingWord(
        form="were hosted", variants="was hosted", pos=_V, min_people=2, followed_by=r"[ \t]+by\b", person_before=True
    ),
    # (not the noun: after a determiner, "answered questions from the hosts", "the show's TV hosts", or with no object
    # after it, "thanked the Kazakh hosts in Almaty for their hospitality")
    MeetingWord(
        form="hosts",
        pos=_V,
        preceded_by=r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bour )(?<!\btv )(?<!\bshow )\Z",
        not_followed_by=r"[ \t]*(?:[.,;:!?)]|\n|\Z|(?:in|at|on|for|from|of|and|who|were|are|had|have)\b)",
    ),
    # the newer forms need two people named: "is hosting the Olympic Games", "is receiving aid" tell no meeting
    MeetingWord(form="hosting", pos=_V, min_people=2),
    # (not a programme's: "X, a famous TV host and expert")
    MeetingWord(
        form="host",
        pos=_V,
        may_be_hypothetical=True,
        min_people=2,
        preceded_by=r"(?<!tv )(?<!television )(?<!radio )(?<!show )\Z",
    ),
    # "received X in Baku", not "received guarantees", "received a letter from X", "receiving from Baku a map"
    MeetingWord(form="received", variants="receives", pos=_V, other_sense_after=_RECEIVED_THING),
    MeetingWord(form="receiving", pos=_V, min_people=2, other_sense_after=_RECEIVED_THING),
    MeetingWord(form="receive", pos=_V, may_be_hypothetical=True, min_people=2, other_sense_after=_RECEIVED_THING),
    # "X was welcomed on Thursday by Y at the Elysee Palace": Y received X there (the passive, a person welcomed, a place
    # told; not "the proposal was welcomed by A and B in Baku")
    MeetingWord(
        form="welcomed",
        pos=_V,
        min_people=2,
        needs_place=True,
        person_before=True,
        preceded_by=r"\b(?:was|were|is|are|been)[ \t]+(?:(?:warmly|personally|also|officially)[ \t]+)?\Z",
        followed_by=r"(?:[ \t]+(?:on[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday))?"
        r"[ \t]+by\b",
    ),
    # "Bayramov welcomed his Armenian counterpart X in Baku": a person welcomed, not a statement ("welcomed the talks")
    MeetingWord(
        form="welcomed",
        variants="welcomes",
        pos=_V,
        min_people=2,
        person_after=_WELCOMED_AHEAD,
        # what the person did or said, or praise: "welcomed A and B's commitment", "welcomed X as a friend",
        # "welcomed X saying ..."
        other_sense_after=r"(?:[ \t]+[\w’'.\-]+){1,5}?(?:’s|'s)\b"
        r"|[ \t]+(?:(?:his|her|the)[ \t]+)?(?:[\w’'.\-]+[ \t]+){1,4}?(?:as|saying|calling|announcing|stating|noting)\b",
    ),
    MeetingWord(form="convened", variants=("convenes", "convening"), pos=_V, min_people=2),
    MeetingWord(form="convene", pos=_V, may_be_hypothetical=True, min_people=2),
    # "sat down with Putin", "sat down for talks"; not "sat down in an interview"
    MeetingWord(
        form="sat down",
        variants=("sit down", "sits down", "sitting down"),
        pos=_V,
        min_people=2,
        followed_by=r"[ \t]+(?:together[ \t]+)?(?:with|for)\b",
    ),
    # "Erdogan bringing together Pashinyan and Aliyev": the host and the sides they brought together
    MeetingWord(
        form="brought together", variants=("bringing together", "brings together", "bring together"), pos=_V, min_people=2
    ),
    # "X brought A and B together in Brussels": the host and the sides, the particle after them
    MeetingWord(
        form="brought",
        variants=("brings", "bringing"),  # (not "bring": "efforts to bring A and B together" are no meeting)
        pos=_V,
        min_people=2,
        followed_by=r"(?:[ \t]+[\w’'\-.,]+){1,12}?[ \t]+together\b",
        person_after=_PERSON_AHEAD,
    ),
    # "A and B came face to face in Prague", "met face-to-face": two who see each other
    MeetingWord(form="came face to face", variants=("come face to face", "comes face to face"), pos=_V, min_people=2),
    # "A and B spoke briefly on the sidelines of the summit", "A and B spoke to each other": two people who talk at a
    # gathering or to each other meet, with no partner after the verb (before the plain "spoke", which needs one)
    MeetingWord(
        form="spoke",
        variants=("talked", "chatted", "conversed"),
        pos=_V,
        min_people=2,
        preceded_by=TWO_OR_MORE_BEFORE,
        followed_by=r"(?:[ \t]+(?:briefly|informally|privately|together))?[ \t]+"
        r"(?:on[ \t]+the[ \t]+(?:sidelines|margins?|fringes?)[ \t]+of|(?:to|with)[ \t]+(?:each[ \t]+other|one[ \t]+another)"
        # ... or face to face: "A and B spoke one-on-one", "talked both in a one-on-one format and with their delegations"
        r"|(?:both[ \t]+)?(?:in[ \t]+a[ \t]+)?"
        r"(?:one-on-one|one-to-one|tête-à-tête|tete-a-tete|face-to-face|face[ \t]+to[ \t]+face)\b"
        # (not "spoke face to face with B": the plain row's, its partner after it; nor "in a one-on-one interview")
        r"(?![ \t]+(?:with|to|interviews?)\b))",
    ),
    # "The two leaders talked again during another summit": two who talk at an event talk with each other (not "A and B
    # spoke at the summit": their speeches)
    MeetingWord(
        form="talked",
        variants=("conversed",),
        pos=_V,
        min_people=2,
        preceded_by=TWO_OR_MORE_BEFORE,
        followed_by=r"(?:[ \t]+(?:again|briefly|informally|privately|together))?[ \t]+(?:during|at)[ \t]+(?:a|an|the|another)\b",
    ),
    # "A and B on Friday chatted in Dushanbe": people who chat, chat with each other, wherever it is told
    MeetingWord(form="chatted", pos=_V, min_people=2),
    MeetingWord(form="spoke", variants=("speaks", "talked", "spoken"), pos=_V, needs_partner=True),
    # "a day after talking to X by phone": with someone ("talking to the BBC" is with no one of the talks)
    MeetingWord(form="talking", pos=_V, needs_partner=True, min_people=2),
    # "A and B discussed the situation by phone on Sunday": a call of the two, however many words the topic takes
    MeetingWord(
        form="discussed",
        variants=("discuss", "discusses"),
        pos=_V,
        phone=True,
        min_people=2,
        followed_by=r"(?:[ \t]+[\w’'\-,]+){0,10}?[ \t]+(?:by|over|on)[ \t]+(?:the[ \t]+)?(?:tele)?phone\b",
    ),
    # "X discussed the matter with Y on Monday": a talk of the two, in person or by phone as another mention tells (the
    # topic a few words, the partner a person: not "discussed it with the government", "discussed with reporters")
    MeetingWord(
        form="discussed",
        pos=_V,
        min_people=2,
        either_way=True,
        followed_by=_TOPIC + r"[ \t]+with[ \t]",
        # (or people a plural noun lists: "with the two countries' ambassadors, A and B")
        person_after=_TOPIC + r"[ \t]+with(?:[ \t]+the(?:[ \t]+[\w’'\-]+){0,3}?[ \t]+[a-z]+s,)?" + _PERSON_AHEAD,
        # (not "the issue was discussed during talks with X": the talks are the meeting word)
        preceded_by=_NOT_PASSIVE,
    ),
    # "A and his counterpart B discussed the situation": two who discuss, discuss it with each other, wherever and
    # however another mention tells (not "discussed the results of their last meeting": that meeting's follow-up)
    MeetingWord(
        form="discussed",
        pos=_V,
        min_people=2,
        either_way=True,
        topic_after=True,
        # (not "In statements issued on Monday, A and B discussed": each in his own)
        preceded_by=r"^(?!.*\b(?i:in[ \t]+(?:separate[ \t]+|their[ \t]+)?(?:statements|interviews|speeches|addresses))\b)"
        r".*\band[ \t]+(?:[\w’'\-]+[ \t]+){1,5}\Z",
        not_followed_by=r"(?:[ \t]+[\w’'\-,]+){0,10}?[ \t]+(?:meeting|talks|summit|call|conversation|negotiations)\b"
        # (nor each apart: "in separate interviews", "in their speeches", "at home with their security councils")
        r"|[^.;\n]{0,80}?\b(?:separately|in[ \t]+separate"
        r"|each[ \t]+(?:of[ \t]+them[ \t]+)?(?:in|on|at)[ \t]+(?:his|her|their)[ \t]+own"
        r"|at[ \t]+home|in[ \t]+their[ \t]+(?:[\w\-]+[ \t]+){0,2}"
        r"(?:speeches|addresses|interviews|statements|remarks|messages|posts))\b",
    ),
    # "On the sidelines of the G20 summit in Rome, A and B discussed X": who discussed together where the sentence opens
    MeetingWord(form="discussed", pos=_V, min_people=2, needs_place=True, fronted_place=True),
    # "Speaking by phone on Monday, A told B ...": a call of the two; not "speaking to reporters" (one person)
    MeetingWord(
        form="speaking",
        pos=_V,
        needs_partner=True,
        min_people=2,
        followed_by=r"[ \t]+(?:by|over|on)[ \t]+(?:the[ \t]+)?(?:tele)?phone\b",
    ),
    # "A, B and C gathered in Astana for a summit": the people who gathered met; not "protesters gathered"
    MeetingWord(
        form="gathered",
        variants=("gather", "gathers"),
        pos=_V,
        min_people=2,
        followed_by=r"[ \t]+(?:in|at|for|on)\b",
    ),
    MeetingWord(form="phoned", variants="telephoned", pos=_V, phone=True),
    # "A and B shook hands at the summit": they met; "conferred with X", "consulted with X", "dined with X", "negotiated
    # with X in Y"
    MeetingWord(form="shook hands", variants=("shakes hands", "shake hands", "shaking hands"), pos=_V, min_people=2),
    MeetingWord(form="came together", pos=_V, min_people=2, followed_by=r"[ \t]+(?:in|at|for|on)\b"),
    MeetingWord(
        form="exchanged views", variants=("exchanged ideas", "exchanged opinions", "exchanged thoughts"), pos=_V, min_people=2
    ),
    # "was on the phone with X": a call
    MeetingWord(
        form="on the phone", variants="on the telephone", pos=_V, phone=True, needs_partner=True, followed_by=r"[ \t]+with\b"
    ),
    MeetingWord(form="conferred", variants="confers", pos=_V, min_people=2, followed_by=r"[ \t]+with\b"),
    # "X consulted with Y" (not "the draft was consulted with A and B", nor "he always consulted with Y": a habit; nor
    # "he consults with Y", a present of habit)
    MeetingWord(
        form="consulted",
        pos=_V,
        min_people=2,
        followed_by=r"[ \t]+with\b",
        preceded_by=_NOT_PASSIVE[:-2] + _NOT_HABITUAL,
        needs_place=True,  # (one consultation where it was: not "consulted with X during the war")
        # (nor "consulted with X throughout the war", "for years")
        not_followed_by=r"[ \t]+with[ \t]+(?:[\w’'\-.]+[ \t]+){1,5}"
        r"(?:throughout|for[ \t]+(?:years|months|weeks)|all[ \t]+along)\b",
    ),
    # "In Moscow, X is to consult with Y", "will consult with Y in Z": a consultation to come, where
    MeetingWord(
        form="consult",
        pos=_V,
        min_people=2,
        needs_place=True,
        followed_by=r"[ \t]+with\b",
        preceded_by=rf"(?:{_FUTURE_TO}|\b(?:is|are|was|were)[ \t]+to[ \t]+)\Z",
    ),
    MeetingWord(form="dined", variants="dines", pos=_V, min_people=2, followed_by=r"[ \t]+with\b"),
    MeetingWord(form="negotiated", pos=_V, min_people=2, followed_by=r"[ \t]+(?:with|in|at|for[ \t]+(?:\w+[ \t]+)?hours)\b"),
    # "X rang Y on Monday": a call (a person right after it)
    MeetingWord(form="rang", variants=("rings",), pos=_V, phone=True, person_after=_PERSON_AHEAD, followed_by=r"[ \t]+[a-z]"),
    # "X visited President Y in Baku": a person visited is a person met (not "visited Baku", a place)
    MeetingWord(
        form="visited", variants=("visits",), pos=_V, min_people=2, person_after=_PERSON_AHEAD, followed_by=r"[ \t]+[a-z]"
    ),
    # "X briefed President Y on the talks": one who briefs a person meets them, in person or by phone as another mention
    # tells (not "briefed reporters", "was briefed by Y", "briefed the parliament")
    MeetingWord(
        form="briefed",
        pos=_V,
        min_people=2,
        either_way=True,
        person_after=_PERSON_AHEAD,
        followed_by=r"[ \t]+[a-z]",
        # (not "briefed X on the results of his talks with Y": that meeting's word tells the event)
        not_followed_by=r"[^.;\n]{0,80}?\b(?:meeting|talks|negotiations|call|conversation|summit|visit)\b",
        preceded_by=_NOT_PASSIVE,
    ),
    # "X congratulated Y by phone", "X thanked Y over the phone": a call, whatever was said in it
    MeetingWord(
        form="congratulated",
        variants=("thanked", "assured", "told", "informed"),
        pos=_V,
        phone=True,
        min_people=2,
        person_after=_PERSON_AHEAD,
        followed_by=r"(?:[ \t]+[\w’'\-.]+){1,5}?[ \t]+(?:by|over|on)[ \t]+(?:the[ \t]+)?(?:tele)?phone\b",
    ),
    MeetingWord(
        form="called",
        pos=_V,
        phone=True,
        person_after=_PERSON_AHEAD,
        followed_by=r"[ \t]+[a-z]",  # a word, in either case (the table is matched ignoring case): not 'so-called "X"'
    ),
    # -- nouns --------------------------------------------------------------------------------------------
    MeetingWord(form="meetings", pos=_N, plural=True),
    # "during the reception of the Secretary General, X": receiving someone (not "a reception in honour of ...", "the
    # reception of the proposal")
    MeetingWord(
        form="reception",
        pos=_N,
        followed_by=r"[ \t]+of[ \t]+",
        person_after=r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'\-]*,?[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?){0,6}",
    ),
    MeetingWord(form="talks", pos=_N, process=True, either_way=True),  # ("telephone talks": as another mention tells)
    # "A follow-up took place in December in X": another meeting of the sides told before (not "a follow-up to the
    # statement", "the follow-up of the agreements")
    MeetingWord(
        form="follow-up",
        variants=("follow-ups",),
        pos=_N,
        series=True,
        followed_by=r"[ \t]+(?:took[ \t]+place|takes[ \t]+place|will[ \t]+take[ \t]+place|was[ \t]+held|is[ \t]+(?:set|due))\b",
        # (not one that names its own sides: "was held in Yerevan between experts of the two ministries")
        other_sense_after=r"[^.;\n]{0,80}?\b(?:between|among|involving|attended[ \t]+by|with[ \t]+the[ \t]+participation)\b",
    ),
    MeetingWord(form="negotiations", pos=_N, plural=True, one_event=True, process=True),
    # "X was holding high-level consultations in Baku on Wednesday": talks by another name (not after "meetings and",
    # the same events told twice)
    # (nor "consultations with his security council", "with coalition partners": one's own side)
    MeetingWord(
        form="consultations",
        pos=_N,
        plural=True,
        either_way=True,
        preceded_by=r"(?<!\band[ \t])\Z",
        not_followed_by=r"[ \t]+with[ \t]+(?:(?:his|her|their|its|the)[ \t]+)?(?:[\w\-]+[ \t]+)?"
        r"(?:security|coalition|party|parties|cabinet|government|team|advisers|advisors|partners|allies|staff|members|"
        r"opposition|parliament|lawmakers|experts)\b",
    ),
    MeetingWord(form="conversation", pos=_N, either_way=True),
    MeetingWord(form="conversations", pos=_N, plural=True, either_way=True),
    MeetingWord(form="phone call", variants=("telephone call", "video call"), pos=_N, hyphenated=True),
    MeetingWord(form="phone calls", variants=("telephone calls", "video calls"), pos=_N, plural=True, hyphenated=True),
    # "a call with X", "a call today with X", not "a call for restraint"
    MeetingWord(form="call", pos=_N, followed_by=TIME_THEN + r"[ \t]+with"),
    MeetingWord(form="calls", pos=_N, plural=True, followed_by=TIME_THEN + r"[ \t]+with"),
    # "took a call from X", "received calls from A and B"
    MeetingWord(form="call", pos=_N, followed_by=r"[ \t]+from\b", person_after=_CALL_FROM_PERSON),
    MeetingWord(
        form="calls",
        pos=_N,
        plural=True,
        followed_by=r"[ \t]+from\b",
        person_after=_CALL_FROM_PERSON,
    ),
    # "the Secretary's calls yesterday to President Aliyev": a call to a person, not "a call to end the war"
    MeetingWord(form="call", pos=_N, followed_by=_CALL_TO, person_after=_CALL_TO_PERSON),
    MeetingWord(form="calls", pos=_N, plural=True, followed_by=_CALL_TO, person_after=_CALL_TO_PERSON),
    # "is expected to call Aliyev", "will call the president": the verb, a person right after it (after the nouns:
    # "a call with X" is theirs)
    MeetingWord(
        form="call", pos=_V, phone=True, may_be_hypothetical=True, person_after=_PERSON_AHEAD, followed_by=r"[ \t]+[a-z]"
    ),
    MeetingWord(form="discussions", pos=_N, plural=True, one_event=True, followed_by=r"[ \t]+with"),
    # "had a discussion with X", "the discussion between the leaders of A and B": of two people at least ("we are in
    # discussion with partners" names no one)
    MeetingWord(form="discussion", pos=_N, min_people=2, followed_by=TIME_THEN + r"[ \t]+(?:with|between)\b"),
    # "followed by a trilateral discussion involving X": a discussion sized by its sides
    MeetingWord(form="discussion", pos=_N, followed_by=r"[ \t]+involving\b", preceded_by=r"\b(?:bilateral|trilateral)[ \t]+\Z"),
    # a summit between sides, of leaders, of named presidents ("a trilateral summit of President Aliyev, ..."); not
    # the gathering itself ("the summit of presidents of Turkic states", "the EPC summit in Prague", "the Sochi summit
    # with A and B")
    MeetingWord(
        form="summit",
        pos=_N,
        min_people=2,
        # (its city first: "the summit in Vienna between A and B")
        followed_by=r"(?:[ \t]+(?:in|at)[ \t]+(?:[\w’'\-]+[ \t]+)?[\w’'\-]+)?"
        r"[ \t]+(?:between|involving|with(?![ \t]+(?:a|an|the|its|their)\b)"  # ("with A and B", not "with a resolution")
        r"|of[ \t]+(?:the[ \t]+)?(?:leaders|president|prime[ \t]+minister))\b",
    ),
    # "a trilateral summit (was) held at the White House, which included the participation of A, B and C": a summit of
    # few sides told as held (not "the summit was held in Prague", a gathering of many)
    MeetingWord(
        form="summit",
        pos=_N,
        min_people=2,
        followed_by=r"[ \t]+(?:(?:was|were|will[ \t]+be|is[ \t]+to[ \t]+be)[ \t]+)?held\b",
        preceded_by=r"\b(?:bilateral|trilateral|tripartite|quadrilateral|three-way|four-way)[ \t]+\Z",
    ),
    # "the Putin-Aliyev-Pashinyan summit": a summit its people's names make (not "the so-called summit", whose word
    # before it is no name: the row needs two people)
    MeetingWord(
        form="summit",
        pos=_N,
        min_people=2,
        # (not "ahead of the A-B summit", one still to come)
        preceded_by=r"(?<![\w\-])(?<!ahead of the )(?<!before the )(?<!prior to the )"
        r"(?!(?:post|pre|anti|non|pan|inter|long|much|high|well|self|full|first|one|two|three)-)"
        r"[a-z]{3,}(?:-[a-z]{3,}){1,4}[ \t]+\Z",
    ),
    # "their tête-à-tête in Dushanbe", "a tete a tete with X" (not "a tete-a-tete interview")
    MeetingWord(
        form="tête-à-tête",
        variants=("tete-a-tete", "tête-a-tête", "tete a tete"),
        pos=_N,
        not_followed_by=r"[ \t]+interviews?\b",
    ),
    MeetingWord(form="chat", pos=_N, min_people=2, followed_by=r"[ \t]+(?:with|in|at|on)\b"),
    # "X had an audience with Pope Y": received by them
    MeetingWord(form="audience", pos=_N, min_people=2, followed_by=r"[ \t]+with\b"),
    # "A and B also held a bilateral on the margins": the word alone a meeting (not "a bilateral agreement")
    MeetingWord(
        form="bilateral",
        pos=_N,
        min_people=2,
        preceded_by=r"\b(?:a|the|their)[ \t]+\Z",
        followed_by=r"(?:[ \t]+(?:with|on|in|at|during)\b|[ \t]*[.,;])",
    ),
    # "A and B had a brief exchange in Granada": a talk of the two (not "an exchange of prisoners", "of fire")
    MeetingWord(
        form="exchange",
        pos=_N,
        min_people=2,
        preceded_by=r"\b(?:had|held|have|has)[ \t]+(?:a|an)[ \t]+"
        r"(?:(?:brief|short|quick|informal|private|frank|friendly)[ \t]+)?\Z",
        not_followed_by=r"[ \t]+(?:of|on[ \t]+(?:social|twitter|x|facebook|telegram)|online|via)\b",  # (nor one on X)
    ),
    # "attended a dinner hosted by X": the host and who came
    MeetingWord(
        form="dinner", variants=("lunch", "breakfast", "reception"), pos=_N, min_people=2, followed_by=r"[ \t]+hosted[ \t]+by\b"
    ),
    # "had dinner with X", "a working lunch for the two ministers"
    MeetingWord(
        form="dinner", variants=("lunch", "breakfast"), pos=_N, min_people=2, followed_by=r"[ \t]+(?:with|for)\b"
    ),
    # "made the offer during informal contacts with Aliyev": an encounter of two; not "maintains contacts with Baku"
    MeetingWord(
        form="contacts",
        variants="contact",
        pos=_N,
        min_people=2,
        followed_by=r"[”\"’']?[ \t]+with\b",
        # an encounter, not a habit ("maintains direct contacts with X")
        preceded_by=r"(?<!maintain[ \t])(?<!maintains[ \t])(?<!keep[ \t])(?<!keeps[ \t])(?<!have[ \t])(?<!has[ \t])"
        r"\b(?:informal|brief|short)[ \t]+\Z",
    ),
    # "the encounter between A and B": of named people only, not "an armed encounter on the border"
    MeetingWord(form="encounter", pos=_N, min_people=2),
    # "a telephone talk with X" (the plural is "talks" with a phone word beside it)
    MeetingWord(
        form="phone talk", variants=("telephone talk", "phone discussion", "telephone discussion"), pos=_N, hyphenated=True
    ),
    # "during a joint press conference with Mirzoyan": the two met (not "a joint press statement with X will be
    # published": a text)
    MeetingWord(
        form="joint press conference",
        variants=_JOINT_PRESS,
        pos=_N,
        followed_by=r"[ \t]+with\b",
        other_sense_after=r"[^.;\n]{0,100}?\b(?:would|will|was|were|is|are|has|have)[ \t]+(?:been[ \t]+|be[ \t]+)?"
        r"(?:published|issued|released|posted|adopted|distributed)\b",
    ),
    # "during Thursday's joint news conference in Yerevan with X": one held, its city first (not "asked about a joint
    # press conference in Granada with X", "scheduled ...")
    MeetingWord(
        form="joint press conference",
        variants=_JOINT_PRESS,
        pos=_N,
        followed_by=r"[ \t]+in[ \t]+[\w’'\-]+(?:[ \t]+[\w’'\-]+)?[ \t]+with\b",
        preceded_by=r"\b(?:during|at|after|following)[ \t]+(?:(?:a|an|the|their|his|her|[\w’']+[’']s)[ \t]+)?\Z",
    ),
    # "in a Tbilisi press briefing with his Armenian counterpart X": a press conference given with someone is a joint one
    # (not "a press conference with reporters": no one named with it)
    MeetingWord(
        form="press conference",
        variants=("news conference", "press briefing", "news briefing"),
        pos=_N,
        min_people=2,
        followed_by=r"[ \t]+with\b",
        preceded_by=r"(?<!joint )\Z",
        other_sense_after=r"[ \t]+with[ \t]+(?:[\w’'\-]+[ \t]+){0,3}?"
        r"(?:journalists|reporters|media|press|students|correspondents)\b",
    ),
    # "in a press statement with President X": given with a person (not "a press statement with details of ...")
    MeetingWord(
        form="press statement",
        variants=("press statements",),
        pos=_N,
        min_people=2,
        followed_by=r"[ \t]+with\b",
        person_after=r"[ \t]+with[ \t]+(?:(?:his|her|the)[ \t]+)?(?:(?:[A-Z][\w’'\-]*|of|the|visiting|counterpart)[ \t]+){0,6}",
        preceded_by=r"(?<!joint )\Z",
    ),
    # "A and B during their joint news conference in Yerevan": theirs, the two met
    MeetingWord(
        form="joint press conference",
        variants=_JOINT_PRESS,
        pos=_N,
        min_people=2,
        # (a time or place of theirs, or held: not "have never held their joint press conference", "may hold")
        preceded_by=r"(?:\b(?:during|at|after|in|following|before)|(?<!never[ \t])(?<!not[ \t])\bheld)[ \t]+their[ \t]+\Z",
    ),
    MeetingWord(form="videoconference", variants="video conference", pos=_N, hyphenated=True),
    # "had a brief chat", "also joined the chat": a talk the people had (not "leaked the chat between them", "a group
    # chat", "the chat app")
    MeetingWord(
        form="chat",
        pos=_N,
        preceded_by=r"\b(?:had|have|has|having|held|joined|join|joins|during|after|in)[ \t]+(?:a|an|the|their|his|her)[ \t]+"
        r"(?:(?:brief|short|quick|informal|friendly|private)[ \t]+)?\Z",
        other_sense_after=r"[ \t]+(?:group|app|application|room|bot|window|function|service|platform|message)s?\b",
    ),
    MeetingWord(form="round of talks", pos=_N),
    # "Their talk took place in Islamabad": a talk of theirs told by where or when it took place (not "a talk at a
    # university", one person's lecture)
    MeetingWord(
        form="talk",
        pos=_N,
        followed_by=r"[ \t]+(?:took[ \t]+place|was[ \t]+held|lasted)\b",
        preceded_by=r"\btheir[ \t]+(?:(?:phone|telephone|brief|short|first|second|private|bilateral|one-on-one)[ \t]+)?\Z",
        # (not "their talk was held in front of students", "took place in a panel": a lecture)
        other_sense_after=(
            r"[ \t]+(?:took[ \t]+place|was[ \t]+held)[ \t]+(?:in[ \t]+(?:a|an|front)\b|before\b|at[ \t]+(?:a|an)\b)"
        ),
    ),
    # "the previous round was held in Brussels": a round told by where or when it took place
    MeetingWord(
        form="round",
        pos=_N,
        followed_by=r"[ \t]+(?:(?:was|were|will[ \t]+be|is[ \t]+to[ \t]+be)[ \t]+held|took[ \t]+place"
        r"|will[ \t]+take[ \t]+place)\b",
    ),
    # "It took place on May 14 in Brussels.", "They took place in Sochi.": the meeting just told, by the pronoun that
    # opens the next sentence (not "They were held in Ganja", said of prisoners)
    MeetingWord(
        form="it took place",
        variants=(
            "it takes place", "it will take place", "it was held", "it will be held", "they took place", "they will take place"
        ),
        pos=_N,
        pronoun=True,
        followed_by=r"[ \t]+(?:in|on|at)\b",
    ),
    # "Foreign ministers A and B also attended.": more people for the meeting just told, the verb with no object
    MeetingWord(
        form="also attended",
        variants=("also took part", "also participated", "also present", "also joined"),  # all led by "also"
        pos=_V,
        addendum=True,
        followed_by=r"[ \t]*(?:[.;]|\n|\Z)",
    ),
    # "Joining foreign ministers A and B were the co-chairs C, D and E.": more people for the meeting just told, the
    # participle opening its sentence
    MeetingWord(
        form="joining",
        pos=_V,
        addendum=True,
        followed_by=r"[ \t]+[^.;:\n]{3,120}?[ \t]+(?:was|were)[ \t]+",
        preceded_by=r"\A[ \t\"“]*\Z",
    ),
    # "A, B and C are in attendance.": more people for the meeting just told, at the end of their sentence
    MeetingWord(
        form="in attendance",
        pos=_V,
        addendum=True,
        followed_by=r"[ \t]*(?:[.;]|\n|\Z)",
        preceded_by=r"\b(?:are|were|is|was)[ \t]+(?:also[ \t]+)?\Z",
    ),
    # "A and B will join me at the White House on Friday": the speaker meets them there (a place told; not "join me
    # in thanking X", "join us in the Middle Corridor")
    MeetingWord(
        form="join me",
        variants=("join us", "joined me", "joined us", "joins me", "joins us"),
        pos=_V,
        min_people=2,
        needs_place=True,
        followed_by=r"[ \t]+(?:at|in|for)[ \t]+(?![a-z]+ing\b)",
    ),
    # "Foreign Minister X also joined the three-way phone call.": more people for the meeting just told
    MeetingWord(
        form="joined",
        pos=_V,
        addendum=True,
        # (the meeting itself, not one with a place, day or body of its own: "joined the talks in Brussels on Friday")
        followed_by=(
            r"[ \t]+the[ \t]+(?:[\w\-]+[ \t]+){0,2}(?:call|conversation|talks|meeting|discussions?|negotiations|session)"
            + _MEETING_ITSELF
        ),
    ),
    # "The co-chairs A and B were also present during the meeting.": more people for the meeting just told
    MeetingWord(
        form="present",
        pos=_V,
        addendum=True,
        followed_by=r"[ \t]+(?:at|during|in)[ \t]+(?:the|this|that)[ \t]+"
        r"(?:meeting|talks|negotiations|session|discussions?|signing(?:[ \t]+ceremony)?(?:[ \t]+of[ \t]+the[ \t]+[\w\-]+)?)"
        + _MEETING_ITSELF,
        preceded_by=r"\b(?:was|were)[ \t]+(?:also[ \t]+)?\Z",
    ),
    # "They are expected to be joined there by A and B.", "The reception was also attended by X.": more people for
    # the meeting just told
    MeetingWord(
        form="joined",
        variants="attended",
        pos=_V,
        addendum=True,
        followed_by=r"(?:[ \t]+(?:there|later|also))?[ \t]+by\b",
        preceded_by=r"\b(?:be|been|was|were|are|is)[ \t]+(?:(?:also|later)[ \t]+)?\Z",
    ),
    MeetingWord(
        form="side",
        variants="delegation",
        pos=_N,
        addendum=True,
        followed_by=rf"[ \t]+{_IS}[ \t]+(?:{'|'.join(SENDING_VERBS)})[ \t]+by\b",
    ),
    # "Azerbaijan will be represented by X, Y and Z": the people a country sends, more people for the meeting just told
    MeetingWord(
        form="represented",
        pos=_V,
        addendum=True,
        followed_by=r"[ \t]+by\b",
        preceded_by=rf"\b(?-i:[A-Z])[a-z]+[ \t]+{_IS}[ \t]+\Z",  # (the rows' patterns ignore case)
    ),
    # "Putin, Aliyev and Pashinyan attended the CIS summit in Astana": who attended one summit together met at it (not
    # "X attended the summit": one; past forms only, so "refused to attend the meeting with X" stays the meeting's)
    MeetingWord(
        form="attended",
        variants=("took part in", "participated in"),
        pos=_V,
        min_people=2,
        # (not ", and B took part in another"; but a list's "A, B, and C")
        preceded_by=r"(?:(?<!,)[ \t]|,[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]*,[ \t]+)and"
        r"[ \t]+(?:[\w’'\-]+[ \t]+){1,4}\Z",
        followed_by=r"[ \t]+(?:the|a|an)[ \t]+(?:[\w’'\-]+[ \t]+){0,6}?(?:summit|meeting)\b",
    ),
)
