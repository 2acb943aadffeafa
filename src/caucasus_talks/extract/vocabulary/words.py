"""English words the rules need whatever the topic: words never in a person's name, determiners, prepositions,
the nouns that make an institution speak, abbreviations that do not end a sentence.
"""

from __future__ import annotations

from ...dates import MONTH_NAMES, WEEKDAY_NAMES

__all__ = [
    "ABBREVIATIONS",
    "ADDRESS",
    "ANSWER_LABELS",
    "DETERMINERS",
    "FAMILY_NAME_FIRST",
    "FIRST_PERSON",
    "INSTITUTION_NOUNS",
    "LINK_LABELS",
    "NAMED_FOR_PERSON",
    "NAME_ABBREVIATIONS",
    "NAME_PARTICLES",
    "NAME_STOP",
    "NOT_SPEAKERS",
    "ORGAN_WORDS",
    "OUTLET_FIRST_PERSON",
    "OUTLET_NOUNS",
    "PLURAL_SUBJECTS",
    "PREDICATE_OPENERS",
    "PREPOSITIONS",
    "PRONOUNS",
    "SECOND_PERSON",
    "SMALL_WORDS",
]

#: Capitalised words that are never part of a person's name (compared in lower case, without dots and hyphens); the
#: adverbs a sentence opens with among them ("Then Pashinyan met ...": no first name "Then").
#: Names of news outlets are added to these from the outlet registry.
NAME_STOP = frozenset(
    """the a an of and for in on at to by with from as but or nor if when while after before during since this that
    these those his her their its our my your we they he she it i you republic federation union council commission
    ministry department office service agency assembly parliament government states nations organization
    organisation committee conference summit security affairs policy kingdom emirates court bank fund partnership
    corridor province region caucasus europe european group forces army press news platform center centre house
    palace kremlin treaty agreement declaration statement state foreign national international world global eastern
    western northern southern central today yesterday mr mrs ms dr sir madam excellency administration embassy
    mission delegation cabinet presidential white defense defence justice general secretary minister president prime
    deputy chairman vice assistant special representative spokesman spokesperson spokeswoman ambassador envoy
    chancellor adviser advisor director chief head north south east west east-west middle peace talks meeting
    meetings city capital airport university institute network media photo source related read see also more
    share party foundation ceremony forum initiative programme program project museum hotel club society company
    corporation association academy college stadium festival award prize medal convention charter protocol accord
    accords memorandum signing dialogue capstone empire khanate caliphate dynasty directorate public broadcaster
    broadcasting television radio channel newspaper magazine war wars battle revolution zeitung gazeta gazette
    journal herald tribune times social development contract theater theatre church cathedral neighbourhood
    neighborhood faction movement bloc coalition alliance railway railways route bridge square street avenue airport
    airlines airways school hospital library exhibition expo olympics
    then later earlier meanwhile however also moreover furthermore instead subsequently afterwards afterward thereafter
    finally separately together tomorrow tonight recently previously already now thus hence therefore nevertheless
    nonetheless likewise similarly additionally""".split()
) | frozenset(MONTH_NAMES) | frozenset(WEEKDAY_NAMES)

#: After a person's name in one run of capitals: a thing named for them, not the person ("the Trump Route for
#: International Peace and Prosperity", "the Heydar Aliyev Center", "the Marshall Plan").
NAMED_FOR_PERSON = frozenset(
    """route plan doctrine bridge center centre foundation library prize award airport avenue street square tower
    school university institute museum stadium park highway""".split()
)

#: Lower-case particles inside names: "Mohamed bin Zayed", "Ursula von der Leyen", "Charles de Gaulle".
NAME_PARTICLES = (
    "bin", "ibn", "bint", "al", "el", "de", "da", "di", "du", "der", "den", "van", "von", "la", "le", "del", "della", "dos",
    "das",
)  # fmt: skip

#: Countries whose names, in English news too, put the family name first: "Xi" alone is Xi Jinping.
FAMILY_NAME_FIRST = frozenset({"China", "Taiwan", "North Korea", "South Korea", "Vietnam", "Cambodia"})

#: the endings of surnames of the region's peoples, which no word of a place or thing ends in: a name the registry
#: lacks, written as a known given name and a surname of these ("Armen Toganyan"), is a person's
SURNAME_ENDINGS = ("yan", "ian", "unts", "ov", "ova", "ev", "eva", "yev", "yeva", "zade", "zada", "shvili", "dze", "oglu", "ogly")

PRONOUNS = frozenset({"he", "she"})
#: The words of a speaker speaking of themselves: a text printed under a speech's title speaks in them.
FIRST_PERSON = frozenset({"I", "I’m", "I'm", "we", "We", "our", "Our", "my", "My", "us"})
#: The words of a speaker speaking to others: a speech, an answer addresses its hearers.
SECOND_PERSON = frozenset({"you", "You", "your", "Your"})
#: How a speaker addresses the hearers ("Dear colleagues", "Thank you"): words no reporter writes of a speaker.
ADDRESS = frozenset(
    {"Dear", "Colleagues", "Ladies and gentlemen", "Thank you", "Good morning", "Good afternoon", "Good evening"}
)
#: Nouns of a news outlet before its name ("the German outlet Berliner Zeitung"): the name is no person's, and what it
#: "spoke with" someone is an interview.
OUTLET_NOUNS = ("outlet", "newspaper", "daily", "weekly", "magazine", "broadcaster", "channel", "portal")
#: An outlet speaking of itself ("As we reported", "Our correspondent", "asked for comment"): a sentence with one of
#: these is the reporter's, its "we" not a speaker's.
OUTLET_FIRST_PERSON = frozenset(
    " ".join(p.split())
    for p in """as we reported|we reported earlier|we have reported|we previously reported|our correspondent|
    our reporter|our sources|our agency|our newspaper|our website|our readers|our publication|our newsroom|
    our request|told us|asked us|by us|we asked|we contacted|we reached out|we spoke to|we spoke with|to comment|
    for comment|for a comment|
    publication time|time of publication|this article|this report""".split("|")
)
#: The labels of a page's links and notes, not anyone's words ("Related: ...", "Read also: ...").
LINK_LABELS = frozenset(
    {"related", "read also", "read more", "see also", "also read", "more", "watch", "listen", "update", "updated", "live"}
)
#: Words a title leaves in lower case: "What We Know About the Talks" is a title, not a sentence.
SMALL_WORDS = frozenset("a an the and or but nor of in on at to by for with from as vs via".split())
#: Lower-case words that can open what is said of a person right after their name ("Young said", "Young, who",
#: "Young also met"): after a capitalised word that is a surname, any other lower-case word is a noun it qualifies
#: ("Young people", "Young activists"), the capitalised word a common one.
PREDICATE_OPENERS = frozenset(
    """is was has had have will would could should can may might must did does do also then later again already
    who whose whom which that and or but not never still earlier recently himself herself met spoke went came left
    took gave made saw sent held led ran won lost got put set thinks believes knows wants hopes sees""".split()
)
#: Plural subjects of unnamed people: "they" after them stands for them, not for two people named before. ("The
#: ministers", "the leaders" can be the two named: they are not here.)
PLURAL_SUBJECTS = frozenset(
    """officials diplomats sources analysts experts observers residents activists protesters critics people
    journalists authorities governments countries sides parties""".split()
)
#: Before a short quotation: a phrase named ('a "frank" talk', 'the so-called "peace"'), not words said.
DETERMINERS = frozenset(
    "the a an its their his her our my your this that these those joint so-called new another such".split()
)
#: Before a name: the name is the object of a preposition, not who spoke ("adviser to X", "talks with X").
PREPOSITIONS = frozenset(
    "with to by of for from between among about on at in into against toward towards than".split()
)

#: Nouns that make an institution the subject of a quotation ("the statement said", "the ministry noted").
INSTITUTION_NOUNS = frozenset(
    """statement statements readout ministry ministries office service department kremlin government presidency
    administration embassy communique communiqué declaration release website spokesperson's""".split()
)

#: Words that make an institution an organ of a state with heads of its own ("the Foreign Ministry"), not the seat
#: of its leader ("the White House", "the Kremlin"): "the head of" the one is not the country's leader.
ORGAN_WORDS = frozenset(
    """ministry ministries department office service council commission committee parliament assembly agency
    administration embassy mission court bank government cabinet secretariat forces army guard police union
    organization organisation""".split()
)

#: An interview's labels for the interviewee's answers ("A:", "Answer:").
ANSWER_LABELS = ("a", "answer")

#: A transcript's labels that are no speaker ("Q:", "MODERATOR:").
NOT_SPEAKERS = frozenset(
    {"q", "question", "moderator", "operator", "participant", "staff", "audience", "note", "editor", "source", "photo",
     "journalist", "interviewer", "correspondent"}
)

#: Abbreviations that begin a place's name: their full stop is inside the name ("St. Petersburg", "Mt. Ararat").
NAME_ABBREVIATIONS = frozenset({"st", "ste", "ft", "mt"})
#: Abbreviations whose full stop does not end a sentence ("Mr.", "U.S.", "Jan.").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen col lt sen rep gov no nos vs etc inc co corp ltd jan feb mar apr aug sep sept oct nov
    dec prof rev hon amb capt maj cmdr adm sgt fig approx dept est govt i.e e.g u.s u.k u.n e.u p.m a.m h.e h.h sec
    secy pres""".split()
)
