"""Titles and roles: the words that make a name an office holder's, an office named without a name, or a
description that stands for a person ("the diplomat", "both leaders").

Offices themselves (which titles exist, who held them when) are knowledge of the talks and live in the actor
registry; these are the English words around them.
"""

from __future__ import annotations

__all__ = [
    "CHIEF_DIPLOMAT_TITLES",
    "COMMENTATOR_ROLES",
    "COMMENTATOR_WORDS",
    "FIELD_HEADS",
    "FIELD_ROLES",
    "GROUP_ROLE",
    "GROUP_ROLES",
    "HEADS_OF",
    "LEADER_TITLES",
    "NOT_THE_HOLDER",
    "OFFICE_HEADS",
    "RANKS",
    "ROLE_MODIFIERS",
    "ROLE_NOUNS",
    "ROLE_TITLES",
    "SPEAKS_FOR_TITLES",
    "SPOKESPERSON_WORDS",
    "TITLE_WORDS",
]

#: Words that make a run of capitalised words a title, and a name after them a person's ("Deputy Assistant
#: Secretary-General ... Javier Colomina", "spokesman John Doe"); compared without dots and hyphens, plural too.
TITLE_WORDS = frozenset(
    """president presidents vicepresident minister ministers secretary secretaries secretarygeneral spokesman
    spokeswoman spokesperson spokesmen ambassador envoy chancellor adviser advisor representative director chairman
    chairwoman chairperson chair
    commissioner premier vicepremier deputy assistant head chief speaker senator governor mayor general mr mrs ms dr
    sir king queen prince emir sheikh aide counselor counsellor coordinator negotiator ombudsman prosecutor lawmaker
    mp fm leader foreign defense defence interior prime vice high undersecretary official diplomat ayatollah sec
    secy cochair rep sen gov amb congressman congresswoman congressmen""".split()
)

#: The titles of a country's leader, in an office's title ("President of Azerbaijan") or a description ("the
#: Russian leader"): "the leaders" are their holders.
LEADER_TITLES = (
    "president", "prime minister", "chancellor", "premier", "head of state", "head of government", "supreme leader",
    "leader", "king", "emir",
)  # fmt: skip
#: Words in a title that make its holder not the office's holder ("deputy prime minister", "former president").
NOT_THE_HOLDER = ("deputy", "vice", "former")
#: Words before an office's name that make it another office with holders of its own ("the Assistant Secretary").
RANKS = frozenset(("assistant", "deputy", "under", "acting", "vice", "principal", "senior", "special", "former", "ex"))
#: The words that name a spokesperson.
SPOKESPERSON_WORDS = ("spokesperson", "spokesman", "spokeswoman")

#: Heads of an office named without a name, as regular expressions in lower case ("the foreign ministers of A and
#: B", "the Azerbaijani leader", "his counterpart"); case is ignored.
OFFICE_HEADS = (
    r"foreign[ \t]+ministers?", r"foreign[ \t]+affairs[ \t]+ministers?", r"ministers?[ \t]+of[ \t]+foreign[ \t]+affairs",
    r"fms?", r"prime[ \t]+ministers?", r"pms?", r"premiers?", r"presidents?", r"leaders?", r"heads?[ \t]+of[ \t]+state",
    r"chancellors?",
    r"secretary[ \t]+of[ \t]+state", r"secretar(?:y|ies)[ \t-]+generals?", r"secretary", r"top[ \t]+(?:u\.?s\.?[ \t]+)?diplomat",
    r"deputy[ \t]+prime[ \t]+ministers?", r"vice[ \t-]*premiers?", r"national[ \t]+security[ \t]+advis[eo]rs?",
    r"spokes(?:person|man|woman)", r"defen[cs]e[ \t]+ministers?", r"counterparts?", r"security[ \t]+council[ \t]+secretary",
    r"secretary[ \t]+of[ \t]+the[ \t]+security[ \t]+council", r"high[ \t]+representative", r"foreign[ \t]+policy[ \t]+chief",
    r"envoys?", r"special[ \t]+representatives?", r"eusr",
)  # fmt: skip

#: Descriptions that stand for a person named before ("the diplomat said", "the Russian leader"), and the titles
#: whose holder they stand for (a description not listed stands for holders of its own name).
#: Role nouns of commentators ("the analyst said"): the person the text named before as one
COMMENTATOR_ROLES = frozenset({"analyst", "political analyst", "expert", "political scientist", "commentator"})
ROLE_NOUNS = ("diplomat", "minister", "leader", "president", "premier", "prime minister", "spokesman", "spokeswoman",
              "spokesperson", "chancellor", "press secretary", "official", "pm", "fm", "representative",
              *sorted(COMMENTATOR_ROLES))  # fmt: skip
ROLE_MODIFIERS = ("top", "chief", "foreign", "deputy")
ROLE_TITLES = {
    "diplomat": (
        "foreign minister",
        "minister of foreign affairs",
        "foreign affairs",
        "spokes",
        "secretary of state",
        "ambassador",
        "envoy",
        "representative",
    ),
    "press secretary": ("press secretary", "spokes"),
    "leader": LEADER_TITLES,
    "premier": ("prime minister",),
    "pm": ("prime minister",),  # "the Russian deputy PM"
    "fm": ("foreign minister", "minister of foreign affairs"),  # "the Turkish FM"
    "official": ("",),  # any office: "the Azeri official" (only with a country: "the official" may be one not named)
    "spokesman": ("spokes",),
    "spokeswoman": ("spokes",),
    "spokesperson": ("spokes",),
    "representative": ("representative", "envoy", "spokes"),  # "said the representative of the ministry": who speaks for it
}
#: Titles of who speaks for someone else: what they say of a meeting reports it ("the leader's adviser said ...")
SPEAKS_FOR_TITLES = ("spokesperson", "spokesman", "spokeswoman", "press secretary", "adviser", "advisor", "aide", "assistant")
#: "the chief diplomat", "the top diplomat": who heads a country's diplomacy, not any of its diplomats
CHIEF_DIPLOMAT_TITLES = ("foreign minister", "minister of foreign affairs", "secretary of state", "high representative")

#: "the head of the European Council", "the chief of Russian diplomacy": a description by what the person heads.
HEADS_OF = ("head", "chief")
_DIPLOMACY_HEADS = (
    "foreign minister", "minister of foreign affairs", "foreign affairs minister", "foreign secretary",
    "secretary of state", "high representative",
)  # fmt: skip
#: The titles of who heads a field ("the head of Azerbaijani diplomacy" is its foreign minister, not the
#: "Spokesperson of the Ministry of Foreign Affairs" nor an envoy, though both are diplomats).
FIELD_HEADS = {"diplomacy": _DIPLOMACY_HEADS, "foreign policy": _DIPLOMACY_HEADS}
#: What one can be the head of besides an institution or a country, and the role that makes them ("the head of EU
#: diplomacy" is a diplomat).
FIELD_ROLES = {"diplomacy": "diplomat", "foreign policy": "diplomat"}

#: "the two ministers", "both leaders": a group of two people named before, by role (plural, then singular).
GROUP_ROLES = ("ministers", "leaders", "presidents", "heads", "diplomats", "officials")
GROUP_ROLE = ("minister", "leader", "president")

#: Words that make a person quoted a commentator, at no meeting ("analyst Tigran Grigoryan", "X, a political analyst").
COMMENTATOR_WORDS = frozenset(
    """analyst analysts expert experts researcher scholar professor scientist economist historian commentator fellow
    lecturer observer columnist pundit""".split()
)
