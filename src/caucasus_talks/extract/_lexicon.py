"""Words of English news the rules listen for: speech verbs, titles, meeting words.

These are language, not knowledge of the talks: names of people, offices and
places come from the registries (``caucasus_talks.registry``).
"""

from __future__ import annotations

import re

__all__ = [
    "DETERMINERS",
    "NAME_STOP",
    "ORG_NOUNS",
    "PRONOUNS",
    "SPEECH_AFTER_RE",
    "SPEECH_RE",
    "TITLE_WORDS",
]

# Verbs and phrases that introduce what someone said (the speaker is their subject).
_SPEECH = (
    "said says say saying added adds adding stated states stating noted notes noting told tells telling "
    "tweeted tweets tweeting wrote writes writing posted posts stressed stresses stressing emphasized emphasised "
    "emphasizes emphasises emphasizing underlined underlines underscored underscores declared declares announced "
    "announces remarked remarks explained explains continued continues insisted insists warned warns urged urges "
    "called calls calling described describes describing dubbed praised praises asked asks replied replies answered "
    "argued argues claimed claims commented comments observed recalled recalls concluded concludes affirmed affirms "
    "reaffirmed acknowledged admitted vowed vows pledged pledges promised promises welcomed welcomes hailed hails "
    "suggested suggests reiterated reiterates highlighted highlights assured assures confirmed confirms accused "
    "accuses accusing thanked stressed termed labelled labeled characterized characterised insisting warning urging "
    "informed reported reports reporting quoted quoting read reads cited"
).split()
SPEECH_RE = re.compile(r"\b(?:according to|in a (?:statement|tweet|post|message|readout)|" + "|".join(sorted(set(_SPEECH), key=len, reverse=True)) + r")\b")
#: Speech words whose speaker follows them: "according to X", "quoted X as saying", "read the statement".
SPEECH_AFTER_RE = re.compile(r"\A(?:according to|quoted|quoting|read|reads|cited)\Z")

PRONOUNS = frozenset({"he", "she"})
DETERMINERS = frozenset(
    "the a an its their his her our my your this that these those joint so-called new another such".split()
)

# Words that make a capitalized run a title ("Deputy Assistant Secretary-General", "spokesman").
TITLE_WORDS = frozenset(
    (
        "president presidents vicepresident minister ministers secretary secretaries secretarygeneral spokesman spokeswoman "
        "spokesperson ambassador envoy chancellor adviser advisor representative director chairman chairwoman chairperson "
        "chair commissioner premier vicepremier deputy assistant head chief speaker senator governor mayor general "
        "mr mrs ms dr sir king queen prince emir sheikh aide counselor counsellor coordinator negotiator ombudsman "
        "prosecutor lawmaker mp fm leader foreign defense defence interior prime vice high undersecretary "
        "spokesmen official diplomat ayatollah"
    ).split()
)

# Capitalized words that are never part of a person's name.
NAME_STOP = frozenset(
    (
        "the a an of and for in on at to by with from as but or nor if when while after before during since "
        "this that these those his her their its our my your we they he she it i you "
        "republic federation union council commission ministry department office service agency assembly parliament "
        "government states nations organization organisation committee conference summit security affairs policy "
        "kingdom emirates court bank fund partnership corridor province region caucasus europe european group forces "
        "army press news platform center centre house palace kremlin treaty agreement declaration statement "
        "state foreign national international world global eastern western northern southern central "
        "january february march april may june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday today yesterday "
        "mr mrs ms dr sir madam excellency his her "
        "administration embassy mission delegation cabinet presidential white defense defence justice "
        "general secretary minister president prime deputy chairman vice assistant special representative "
        "spokesman spokesperson spokeswoman ambassador envoy chancellor adviser advisor director chief head "
        "north south east west east-west middle peace talks meeting meetings city capital airport university "
        "institute centre network media agency reuters tass interfax apa azertag armenpress trend "
        "photo source related read see also more share"
    ).split()
)

# Nouns that make an institution the subject of a quotation ("the statement said").
ORG_NOUNS = frozenset(
    (
        "statement statements readout ministry ministries office service department kremlin government presidency "
        "administration embassy communique communiqué declaration release website spokesperson's"
    ).split()
)
