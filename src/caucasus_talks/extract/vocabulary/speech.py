"""Verbs of saying, one row per form: every speech-verb pattern of the rules is built from this one table.

Columns say which rules a verb serves. ``quotes``: it introduces a quotation ('X said: "..."', '"...," X added').
``speaker_after``: the speaker follows it ("according to X", "quoted X as saying"). ``plain``: a plain verb of
saying, which right after a name or a place makes it the source of a report ("..., X told reporters"), never the
venue or a party. ``discloses``: it makes its subject the reporter of an event, not a party ("X confirmed the
meeting"). ``informs``: its object is told about an event, not at it ("informed the Prime Minister of his call").
``relays``: it passes on another's words, whose speaker follows ('"...", Interfax reported, quoting X').
``names``: it names what its object is ('described the visit as a "welcome signal"'): the name is the speaker's words.
``own_pronoun``: the phrase holds its speaker as a pronoun ('In his words, "..."'): whom the pronoun stands for.
A phrase (``"according to"``) is matched as written, its first letter in either case ("According to X, ...").
"""

from __future__ import annotations

import attrs

__all__ = [
    "HEARERS",
    "INTERVIEW_WORDS",
    "INVERTED_TAG_VERBS",
    "REPORTING_VERBS",
    "SPEECH_ADVERBS",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "SPOKE_OF",
    "SpeechVerb",
    "speech_forms",
]


@attrs.frozen
class SpeechVerb:
    form: str
    quotes: bool = True
    speaker_after: bool = False
    plain: bool = False
    discloses: bool = False
    informs: bool = False
    relays: bool = False
    names: bool = False
    own_pronoun: bool = False

    @property
    def phrase(self) -> bool:
        return " " in self.form


def _rows(forms: str, **columns: bool) -> tuple[SpeechVerb, ...]:
    return tuple(SpeechVerb(form, **columns) for form in forms.split())


#: Speaking of something, its words quoted after ("spoke of “a compromise”"), unless they name a text or are another's.
SPOKE_OF = tuple(f"{verb} {about}" for verb in ("spoke", "speaks", "talked", "talks") for about in ("of", "about"))

SPEECH_VERBS: tuple[SpeechVerb, ...] = (
    # the plain verbs of saying
    *_rows("said says added noted stated wrote tweeted stressed announced reported", plain=True, discloses=True),
    *_rows("told informed", plain=True, discloses=True, informs=True),
    SpeechVerb("declared", plain=True),
    # verbs that introduce a quotation
    *_rows("say saying adds adding states stating notes noting tells telling tweets tweeting writes writing"),
    *_rows("posted posts stresses stressing emphasizes emphasises emphasizing underlines underscored underscores"),
    *_rows("emphasized emphasised underlined confirmed confirms announces reports claimed", discloses=True),
    *_rows("declares remarked remarks explained explains continued continues insisted insists warned warns urged urges"),
    *_rows("called calls calling described describes describing dubbed termed labelled labeled", names=True),
    *_rows("characterized characterised characterizing characterising branded", names=True),
    *_rows("praised praises asked asks replied replies"),
    *_rows("answered argued argues claims commented comments observed recalled recalls concluded concludes"),
    *_rows("affirmed affirms reaffirmed acknowledged admitted vowed vows pledged pledges promised promises welcomed"),
    *_rows("welcomes hailed hails suggested suggests reiterated reiterates highlighted highlights assured assures"),
    *_rows("accused accuses accusing thanked insisting warning"),
    *_rows("urging reporting"),
    *_rows("announcing recalling reiterating underlining highlighting expressing asserting declaring explaining"),
    *_rows("thanking praising welcoming"),
    *_rows("quipped quips conceded concedes cautioned cautions asserted asserts elaborated elaborates responded"),
    *_rows("responds complained complains exclaimed exclaims maintained maintains lamented laments mentioned"),
    *_rows("reminded reminds clarified clarifies predicted predicts joked jokes retorted countered"),
    *_rows("denounced denounces demanded demands indicated indicates repeated repeats"),
    *_rows("charged condemned condemns condemning criticized criticised criticizes criticises slammed slams"),
    *_rows("criticizing criticising slamming"),
    *_rows("specified specifies contended contends"),
    *(SpeechVerb(form) for form in ("pointed out", "points out", "summed up", "sums up", "went on", "goes on")),
    # "He spoke of “possibilities of achieving a compromise”": what one spoke of, in the words one used
    *(SpeechVerb(form) for form in SPOKE_OF),
    *_rows("expressed expresses voiced"),  # "X expressed hope that '...'"
    *_rows("considered considers believed believes thinks opined opines"),  # 'X considered that "..."'
    *_rows("hoped hopes expects"),  # 'He hopes joint efforts will "create proper conditions ..."'
    # the speaker follows them: "according to X", "quoted X as saying", "read the statement"
    *_rows("quoted quoting cited", speaker_after=True, relays=True),
    *_rows("read reads", speaker_after=True),
    SpeechVerb("according to", speaker_after=True),
    SpeechVerb("attributable to", speaker_after=True),  # "Statement attributable to Spokesperson X:"
    SpeechVerb("attributed to", speaker_after=True),  # "The following is attributed to Spokesperson X:"
    SpeechVerb("in the words of", speaker_after=True),  # "In the words of X, '...'"
    # the speaker is the pronoun the phrase holds: "In his words, '...'", "In her view, '...'"
    *(SpeechVerb(f"in {p} {n}", own_pronoun=True) for p in ("his", "her") for n in ("words", "view", "opinion")),
    # "His main message was that '...'": whose message it is
    *(
        SpeechVerb(f"{p} {m}{n} was", own_pronoun=True)
        for p in ("his", "her")
        for m in ("", "main ", "key ")
        for n in ("message", "point", "argument")
    ),
    SpeechVerb("citing", quotes=False, speaker_after=True, relays=True),
    # phrases that introduce a quotation: "in a statement, X said"
    *(SpeechVerb(f"in a {noun}") for noun in ("statement", "tweet", "post", "message", "readout")),
    # verbs that only tell of an event, or tell someone of it
    *_rows("disclosed revealed", quotes=False, discloses=True),
    *_rows("briefed updated apprised", quotes=False, informs=True),
)


def speech_forms(**columns: bool) -> tuple[str, ...]:
    """The forms of the verbs with the given columns set as given: ``speech_forms(plain=True)``."""
    return tuple(v.form for v in SPEECH_VERBS if all(getattr(v, k) == want for k, want in columns.items()))


#: Nouns for what someone said or wrote: "X's statement reads as follows:", "remarks by X", "X's post".
SPEECH_NOUNS = frozenset(
    """statement statements remarks speech address message post tweet words letter answer answers response comment
    comments remark warning claim claims""".split()
)

#: Words that introduce an interview, whose answers are the interviewee's ("X was interviewed by Imedi").
INTERVIEW_WORDS = frozenset(
    {
        "interview", "interviews", "interviewed",
        # "X answered questions of the agency's bureau": an interview not so called
        "answered questions", "answered the questions", "answers questions", "answering questions",
        "responded to questions", "answered a question",
        # "The outlet X spoke with Y": an interview told by the outlet's own verb, its answers after dashes
        "spoke with", "spoke to", "talked to", "talked with",
        # "From the briefing by X: Question: ... Answer: ...": the questions a briefing's speaker answers
        "briefing by", "briefing of", "press conference by", "news conference by",
    }
)  # fmt: skip

#: Verbs of saying that put their speaker after them in a tag of its own ("..., emphasized X."): none that takes an object.
INVERTED_TAG_VERBS = (
    "said", "says", "added", "adds", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised", "emphasizes",
    "underlined", "underscored", "stated", "states", "remarked", "continued", "concluded", "explained", "asserted",
    "declared", "insisted", "recalled", "wrote", "writes", "tweeted", "posted",
)  # fmt: skip
#: The verbs of a report of someone's words ("..., he said"): a line with them is the article's voice, not a block
#: of the speaker's own.
REPORTING_VERBS = ("said", "says", "told")

#: Whom a speaker tells, right after the verb ("told reporters:"): with a place or a time ("on X", "in a statement"),
#: all that may stand between a verb of saying and the colon that opens its words.
HEARERS = (
    "reporters", "journalists", "the press", "the media", "lawmakers", "deputies", "parliament", "the parliament",
    "the audience", "the participants", "the nation", "the public", "the crowd", "students", "supporters",
    "a news conference", "a press conference", "a briefing", "a news briefing", "a press briefing", "a rally",
    "the forum", "the summit", "the conference", "the gathering",
)  # fmt: skip
#: Adverbs between a verb of saying and its colon ("said again:"), besides those in -ly.
SPEECH_ADVERBS = ("also", "then", "later", "again", "today", "yesterday", "earlier", "further")
