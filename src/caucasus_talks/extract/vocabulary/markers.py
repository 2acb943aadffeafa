"""Words that change what a meeting word tells: time (future, habitual), will (wished for, refused), sense
(the ongoing process, a vague plural, a reference), how (by phone, by video, how many sides) and who (host,
mediator, added participants).

Each list is English, not knowledge of the talks; the rules build their patterns from these lists, so a new form is
one more word here. A space in a phrase stands for any spaces or tabs.
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "ABSENCE_PHRASES",
    "ADDENDUM_PHRASES",
    "AREA_WORDS",
    "ARRANGING_VERBS",
    "ARRIVAL_VERBS",
    "BARE_CLAUSE_OPENERS",
    "BODY_NOUNS",
    "CANCELLATIONS",
    "CANCELLING_VERBS",
    "CLAUSE_OPENERS",
    "COMMENT_PHRASES",
    "ENGAGEMENT_WORDS",
    "EVALUATIVE_VERBS",
    "EVENT_NOUNS",
    "FIRST_PERSON_GAP",
    "FOUR_SIDED",
    "FUTURE_MARKERS",
    "FUTURE_TENSE",
    "GOVERNMENT_OBJECT_VERBS",
    "GOVERNMENT_STATES",
    "GOVERNMENT_SUBJECT_VERBS",
    "GROUP_NOUNS",
    "HABITUAL_ADVERBS",
    "HABITUAL_COUNTS",
    "HEADED_BY",
    "HEADING_VERBS",
    "HEDGES",
    "HINTING_VERBS",
    "HOST_PHRASES",
    "HYPOTHETICAL_MARKERS",
    "HYPOTHETICAL_NOUNS",
    "JOINING_WORDS",
    "LAWMAKERS",
    "MEDIATING_VERBS",
    "MEDIATOR_PHRASES",
    "MEETING_PRAISE",
    "MEETING_UNITS",
    "NAMED_DOCUMENTS",
    "NAMED_FOR_PLACE",
    "NOT_IN_PLACE",
    "OFFER_WORDS",
    "ORDINALS",
    "OWN_INSTITUTION_NOUNS",
    "PHONE_WORDS",
    "PLAN_WORDS",
    "PROCESS_MODIFIERS",
    "PROCESS_VERBS",
    "PROPOSAL_VERBS",
    "REFERENCE_DETERMINERS",
    "REFUSALS",
    "REPORTING_SOURCES",
    "RULING_OUT",
    "RUMOUR_ADVERBS",
    "RUMOUR_NOUNS",
    "SENDING_VERBS",
    "SEPARATE_WORDS",
    "SERVING_NOUNS",
    "SIGNED_APART",
    "STAYING_AWAY",
    "TAKING_PART",
    "TAKING_PART_FORMS",
    "THREE_SIDED",
    "TOOK_PART",
    "TWO_SIDED",
    "VAGUE_ADVERBS",
    "VAGUE_AHEAD",
    "VAGUE_QUANTIFIERS",
    "VAGUE_SERIES",
    "VIDEO_WORDS",
    "VISIT_PHRASES",
]

# -- time -------------------------------------------------------------------------------------------------------

#: A sentence with one of these tells of meetings to come: status planned ("the leaders will meet in Prague").
FUTURE_MARKERS = (
    "will", "shall", "to be held", "to hold", "to meet", "is scheduled", "are scheduled", "scheduled for", "planned",
    "plan to", "plans to", "expected to", "upcoming", "is set to", "are set to", "would take place", "agreed to hold",
    "may not attend", "to take place", "will take place", "is due to", "are due to", "was due to", "were due to",
    "in the coming", "yet to be", "to be determined", "not been determined", "not yet been", "to resume",
)  # fmt: skip
#: After a meeting noun: it did not take place ("the meeting was cancelled", "a summit that failed to materialise").
CANCELLATIONS = (
    "cancelled", "canceled", "called off", "postponed", "scrapped", "failed to materialise", "failed to materialize",
    "never took place", "did not take place",
)  # fmt: skip
#: Before a meeting noun they take as object: it will not take place ("Aliyev called off a meeting with X").
CANCELLING_VERBS = ("cancelled", "canceled", "cancels", "called off", "calls off", "postponed", "postpones", "scrapped")
#: A meeting noun they govern is still to be held ("to organise a meeting", "the talks that Michel hopes to host").
ARRANGING_VERBS = ("hold", "host", "organise", "organize", "arrange", "convene", "prepare")
#: Next to a meeting's verb: others report it, unconfirmed ("they reportedly met", "a meeting was allegedly
#: scheduled").
RUMOUR_ADVERBS = ("allegedly", "reportedly", "purportedly", "supposedly", "rumoured", "rumored")
#: Before "of", "about" or "that" and a meeting: a report of it, not the meeting told ("rumours of a meeting",
#: "denied reports about preparations for talks").
RUMOUR_NOUNS = ("reports", "rumours", "rumors", "speculation", "claims")
#: Nouns for a source that "reports that" something happened: its report, not a rumour
REPORTING_SOURCES = ("office", "agency", "service", "readout", "ministry", "website", "channel", "newspaper", "outlet")
#: Before a meeting whose object they take: it is only offered or asked for ("proposed a meeting", "invited the
#: two leaders to talks", "called for talks").
PROPOSAL_VERBS = (
    "proposed", "proposes", "proposing", "offered", "offers", "offering", "invited", "invites", "inviting",
    "suggested", "suggests", "suggesting", "called for", "calls for", "urged", "urges", "requested", "requests",
    "requesting", "asked for", "asks for", "asking for", "sought", "seeks", "seeking",
)  # fmt: skip
#: Before "to" and a meeting verb, or a venue: it is only offered ("the offer by X to host talks", "his readiness to
#: meet", "ready to provide a platform").
OFFER_WORDS = ("offers", "offer", "offered", "offering", "proposal", "proposals", "proposed", "readiness", "willingness",
               "suggestion", "suggestions", "idea", "ready", "willing", "prepared")  # fmt: skip
#: The future tense as dates read it: "on Monday" is the coming Monday, a month the next such month.
FUTURE_TENSE = (
    "will", "shall", "would", "to be held", "to hold", "to meet", "scheduled", "planned", "plan to", "plans to",
    "expected", "upcoming", "is set to", "are set to", "due to", "next", "agreed to hold", "may not attend",
    "to take place", "to visit", "to resume", "should take place", "should be held",
)  # fmt: skip
#: Past verbs of going somewhere: a day told with them is past, whatever the meeting they were for ("arrived in
#: Washington on Monday to meet X": last Monday).
ARRIVAL_VERBS = (
    "arrived", "travelled", "traveled", "flew", "went", "came", "headed", "landed", "returned", "visited",
    "paid a visit", "paid an official visit", "paid a working visit", "paid an unexpected visit", "paid a state visit",
)  # fmt: skip
#: Words that put a meeting in a plan: "is scheduled to take place in Chisinau".
PLAN_WORDS = ("planned", "scheduled", "set", "due", "expected", "slated")
#: A count after a meeting verb makes it habitual, no one event: "has hosted the two leaders four times".
HABITUAL_COUNTS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a dozen", "dozens of",
    "a number of", "several", "many", "multiple", "numerous", "countless",
)  # fmt: skip
#: So do these: "the ministers met regularly", "has hosted the leaders over the past year".
HABITUAL_ADVERBS = (
    "repeatedly", "regularly", "on several occasions", "on numerous occasions", "on many occasions",
    # a stretch of time: "convening the leaders over the past year" tells no one meeting
    "over the past year", "over the past years", "over the last year", "over the last years", "over the past months",
    "over the last months", "over the years", "in recent months", "in recent years",
)  # fmt: skip

# -- will ---------------------------------------------------------------------------------------------------

#: A wish named as a noun, before "meeting" or a meeting noun: "the idea of meeting X", "the prospect of a summit".
HYPOTHETICAL_NOUNS = (
    "idea of", "possibility of", "prospect of", "prospects of", "prospects for", "proposal of", "chance of",
    "chances of", "a possible", "the possible", "any possible", "a potential", "a hypothetical",
)  # fmt: skip
#: Before "meeting" or a meeting noun: not excluded, so still possible ("did not rule out a meeting with X").
RULING_OUT = ("rule out", "ruled out", "rules out", "ruling out")
#: Before "to meet": a meeting that took place, told as what someone had or could do ("I had the opportunity to
#: meet the leaders", "we were able to meet in person"), not one to come ("agreed to meet").
PAST_INFINITIVE_LEADS = (
    "had the opportunity", "had an opportunity", "had the chance", "had a chance", "had the pleasure",
    "had the honour", "had the honor", "was able", "were able", "managed", "was glad", "were glad", "was pleased",
    "were pleased", "was happy", "were happy", "was honoured", "was honored", "it was a pleasure", "it was an honour",
    "it was an honor", "it was good", "it was great",
)  # fmt: skip
#: Lawmakers: an audience when they are the country's own ("met pro-government lawmakers"), a side when another's.
LAWMAKERS = ("lawmakers", "legislators", "parliamentarians", "members of parliament", "MPs")
#: Whom a leader meets who is no side of a diplomatic encounter ("met reporters", "a meeting with students of the
#: university", "met representatives of the Armenian community"): an audience, not a meeting of the talks.
AUDIENCES = (
    "reporters", "journalists", "the press", "media", "students", "pupils", "schoolchildren", "teachers",
    "residents", "citizens", "voters", "villagers", "veterans", "soldiers", "servicemen", "military personnel",
    "families", "relatives", "young people", "youth", "workers", "employees", "entrepreneurs", "businessmen",
    "business people", "community", "diaspora", "refugees", "displaced people", "displaced persons", "supporters",
    "protesters", "party members", "the public", "the audience",
    # a country's own lawmakers: "met pro-government lawmakers", "met members of parliament" (another's are a side)
    *LAWMAKERS,
)  # fmt: skip
#: The words that may stand before an audience ("with local residents", "members of the Armenian community").
AUDIENCE_LEADS = frozenset(
    """the a an some several local foreign young and group groups of representatives members leading prominent
    its his her their our mass pro-government ruling opposition parliamentary""".split()
)
#: Words of praise before a meeting word: "a very productive meeting", "frank talks".
MEETING_PRAISE = (
    "good", "great", "very", "really", "productive", "useful", "constructive", "substantive", "fruitful", "excellent",
    "frank", "open", "important", "warm", "detailed", "in-depth", "comprehensive", "candid", "positive", "timely",
)  # fmt: skip
#: The words that may open a speaker's words before a meeting word when the subject is left out ("Good meeting
#: with X", "Had a very productive call today with X"): the speaker had the meeting.
SUBJECTLESS_LEADS = (
    "a", "an", "another", "the", "this", "today's", *MEETING_PRAISE, "had", "held", "just", "concluded", "finished",
)  # fmt: skip
#: Before "meet": a meeting wished for, offered or denied, not told ("ready to meet", "would meet again soon").
HYPOTHETICAL_MARKERS = (
    "ready", "willing", "prepared", "want", "wants", "wanted", "wish", "wishes", "wished", "hope", "hopes", "hoped",
    "offered", "proposed", "could", "would", "might", "may", "can", "should", "must", "need", "needs", "ought", "not",
    "never", "considering", *RULING_OUT, *HYPOTHETICAL_NOUNS,
)  # fmt: skip
#: Which of a series a meeting is told as: "their second meeting", "met for the third time".
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: A time ahead that names no day, month or place ("might be held in the coming months"): with a hedge, a plan too
#: vague to be one identifiable meeting.
VAGUE_AHEAD = ("in the coming", "in the near future", "soon", "at some point", "sometime", "some time")
#: Hedges on whether a meeting will happen at all: "might be held", "could take place".
HEDGES = ("might", "may", "could", "possibly", "perhaps", "possible", "likely")
#: Verbs that only point at a meeting, with their preposition after a time or a place ("hinted on Monday at meeting X",
#: "hinted at a summit").
HINTING_VERBS = ("hinted", "hints", "hinting")
#: Taking part in a meeting: after a refusal ("declined to attend").
TAKING_PART = ("participate", "attend", "take part", "join")
#: ... and the forms that follow "not" or "never" ("will not participate", "was not present").
TAKING_PART_FORMS = (*TAKING_PART, "participating", "attending", "taking part", "joining", "present", "travel to")
#: Before a meeting told before: who took part in it ("the President of France took part in the negotiations").
TOOK_PART = (
    "took part in", "taking part in", "participated in", "participating in", "attended", "joined", "was present at",
    "were present at",
)  # fmt: skip
#: Before "to participate" and the like: a refusal ("declined to attend").
REFUSALS = ("refused", "declined", "refuses", "declines", "decided not")
#: Before a name: who is away from the meeting ("met in Prague in the absence of X", "without X", "on behalf of X").
ABSENCE_PHRASES = ("in the absence of", "without", "on behalf of", "in the name of")
#: Before "of", "to" or "for" and names: whom someone at a meeting serves, who is not at it ("with the advisers of
#: Michel, Macron and Scholz").
SERVING_NOUNS = (
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "assistant", "assistants", "representatives",
    "envoys", "deputies", "staff", "team", "teams",
)  # fmt: skip
#: People by kind, named by no one ("diplomats will meet within a month", "experts of both countries met"): a meeting
#: verb's subject that is none of the people named before it.
UNNAMED_GROUPS = (
    "diplomats", "experts", "officials", "delegations", "delegates", "representatives", "negotiators", "envoys",
    "deputies", "working groups", "technical teams", "teams",
)  # fmt: skip
#: Who stays away: "boycotted the summit", "pulled out of the talks".
STAYING_AWAY = (
    "skipped", "boycotted", "boycotts", "skips", "pulled out of", "withdrew from", "snubbed", "snubs", "shunned",
    "stayed away from", "opted out of",
)  # fmt: skip

# -- sense ----------------------------------------------------------------------------------------------------

#: Before a meeting noun: an event told before ("the meeting", "their talks"), unless a date, place or link follows.
REFERENCE_DETERMINERS = ("the", "this", "that", "these", "those", "its", "their", "his", "her", "our")
#: Before a meeting noun: no one event ("further talks", "a series of meetings") unless a date or a place says which.
VAGUE_QUANTIFIERS = (
    "peace", "series of", "further", "future", "more", "regular", "several", "many", "numerous", "other", "previous",
    "earlier", "new", "another", "next", "subsequent", "these", "such", "any", "frequent", "intensive", "expert",
    "working",
)  # fmt: skip
#: The units meetings are counted in: "rounds of talks", "six sessions of negotiations" are several meetings.
MEETING_UNITS = ("rounds", "sessions", "cycles")
#: ... and these with up to four words between ("a series of intensive and productive high-level meetings").
VAGUE_SERIES = ("series of", "number of", "string of")
#: Before a meeting verb: no one meeting, unless a date or a place says which ("the two had previously met only
#: through Putin", "they have often spoken").
VAGUE_ADVERBS = ("previously", "already", "ever", "often", "frequently", "usually", "sometimes", "occasionally")
#: Before talks or negotiations: the ongoing process, not one meeting ("peace talks").
PROCESS_MODIFIERS = ("peace",)
#: Verbs before talks or negotiations that make them the process going on ("agreed to continue the talks").
PROCESS_VERBS = (
    "continue", "continuing", "continues", "intensify", "intensifying", "pursue", "pursuing", "advance", "advancing",
    "accelerate",
    # to help it on, as an offer ("readiness to assist in facilitating negotiations"); not "facilitated", which tells one
    "facilitate", "facilitating", "facilitates",
    # to take up again ("a call to resume talks"); not "resumed", which tells the talks that took place
    "resume", "resuming", "resumption of", "restart", "restarting", "relaunch", "relaunching", "revive", "reviving",
    "revival of",
)  # fmt: skip
#: Before a process word: taking part in it again, or moving it on ("the need for meaningful re-engagement in
#: substantive negotiations"); the process, unless the clause gives its own partner, place or day.
ENGAGEMENT_WORDS = (
    "re-engagement in", "reengagement in", "engagement in", "return to", "returning to", "progress in",
    # to set it going ("envoys were appointed to initiate talks between Turkey and Armenia"; not "will start talks with
    # X on Monday", nor "started", which tells a first round)
    "initiate", "initiating", "launch", "launching", "start", "starting", "begin", "beginning",
)  # fmt: skip

#: After a person, before a meeting word: the person judges the meeting, is not at it ("X thanked Switzerland for
#: hosting a meeting between A and B", "X welcomed the talks")
EVALUATIVE_VERBS = (
    "thanked", "thanks", "welcomed", "welcomes", "praised", "praises", "hailed", "hails", "commended", "commends",
    "applauded", "applauds", "lauded", "lauds", "appreciated", "appreciates", "congratulated", "congratulates",
    "criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "denied", "denies", "dismissed",
    "dismisses", "rejected", "rejects", "expressed gratitude", "expressed his gratitude", "expressed her gratitude",
    "expressed appreciation", "expressed his appreciation", "expressed her appreciation",
)  # fmt: skip
#: Before a capital, verbs whose object it is as its government, not as a place ("praising Baku", "urged Yerevan").
GOVERNMENT_OBJECT_VERBS = (
    *EVALUATIVE_VERBS, "praising", "hailing", "thanking", "welcoming", "congratulating", "criticizing", "criticising",
    "condemning", "urged", "urges", "urging", "accused", "accuses", "accusing", "blamed", "blames", "blaming",
    "warned", "warns", "warning", "pressed", "presses", "pressing", "called on", "calling on", "calls on",
)  # fmt: skip
#: After a capital, verbs that make it the subject, its government ("what Tehran calls its proposal", "Baku insists"):
#: no place a meeting was held in.
GOVERNMENT_SUBJECT_VERBS = (
    "calls", "wants", "wanted", "insists", "insisted", "claims", "claimed", "considers", "considered", "believes",
    "proposes", "proposed", "rejects", "rejected", "demands", "demanded", "views", "viewed", "regards", "refuses",
    "refused", "denies", "denied", "accepts", "accepted", "hopes", "hoped", "seeks", "sought", "argues", "argued",
    "agreed", "agree", "agrees", "condemns", "condemned", "welcomes", "welcomed", "warns", "warned", "urges", "urged",
    "criticizes", "criticized", "criticises", "criticised",
)  # fmt: skip
#: After a capital and "is" (or "was", "remains"): a state its government is in ("Yerevan is satisfied"), no venue.
GOVERNMENT_STATES = (
    "satisfied", "concerned", "ready", "interested", "committed", "determined", "convinced", "confident", "willing",
    "prepared", "unhappy", "dissatisfied", "disappointed",
)  # fmt: skip
#: Between a person and a meeting word: the person speaks about the meeting, is not at it ("X commented on the
#: talks"); "briefed ... on" is read with up to three words between.
COMMENT_PHRASES = (
    "comment on", "commented on", "comments on", "commenting on", "spoke about", "talked about", "reported on", "reflected on",
    "was asked about", "were asked about", "is asked about", "are asked about", "assessed", "summed up",
    "referred to", "refer to", "refers to",
    # a statement of its outcome: "X issued a statement regarding the outcomes of a recent meeting"
    "statement regarding", "statement on", "statement about", "remarks on", "remarks about",
)  # fmt: skip

# -- how ----------------------------------------------------------------------------------------------------------

#: Near a meeting word: by phone ("a telephone conversation", "spoke by phone").
PHONE_WORDS = ("phone", "telephone", "phoned", "telephoned", "call", "calls", "by phone")
#: Near a meeting word: by video ("talks by video link", "met virtually"); not "video footage" of a meeting.
VIDEO_WORDS = (
    "video call", "video calls", "video conference", "video-conference", "video meeting", "video format",
    "video link", "video-link", "videolink", "by video", "via video", "videoconference",
    "videoconferences", "virtually", "virtual", "online",
)  # fmt: skip
#: Near a meeting word: one meeting per partner ("met separately with A and B").
SEPARATE_WORDS = ("separate", "separately", "individually", "each separately", "first with", "one after the other")
#: How many sides: four ("a quadrilateral meeting"), three ("trilateral talks"), two ("a one-on-one meeting").
FOUR_SIDED = ("quadrilateral", "quadripartite", "four-way", "four-party")
THREE_SIDED = ("trilateral", "tripartite", "three-way", "three-party")
TWO_SIDED = ("bilateral", "one-on-one", "one-to-one", "tête-à-tête", "tete-a-tete")

# -- where ------------------------------------------------------------------------------------------------------

#: After a place name: an area, not the city where they met ("Gazakh district").
AREA_WORDS = ("district", "province", "region", "oblast", "county", "marz", "rayon")
#: After a city: a thing named for it, not where a meeting was ("the Washington format", "the Alma-Ata Declaration").
NAMED_FOR_PLACE = (
    "format", "declaration", "process", "platform", "accords", "principles", "agreements",
    "correspondent", "correspondents", "bureau",  # an outlet's desk there ("Turan's Washington correspondent reports")
)  # fmt: skip
#: After a city with no "in" or "at" before it: a document named for it ("the Minsk statement", "the Washington
#: treaty"; not "In Abu Dhabi documents were exchanged", where the city is the place).
NAMED_DOCUMENTS = (
    "declarations", "agreement", "statement", "statements", "document", "documents", "treaty", "memorandum",
    "communique", "communiqué",
)  # fmt: skip
#: Days of documents whose signatories signed each apart, at no meeting (public record): the trilateral statement that
#: ended the 2020 war, dated 9 November and in force from 10 November 2020, was signed by Putin and Aliyev over a video
#: link and by Pashinyan alone in Yerevan, who announced his signature on Facebook. "A, B and C signed a joint
#: statement on November 9, 2020" tells no meeting of theirs.
SIGNED_APART = (_dt.date(2020, 11, 9), _dt.date(2020, 11, 10))
#: Before a country: the country someone visits ("arrived in Armenia and met the Prime Minister": Armenia's).
VISIT_PHRASES = (
    "arrived in", "arrives in", "arriving in", "arrival in", "visited", "visiting", "visit to", "visits to",
    "trip to", "tour of", "travelled to", "traveled to",
)  # fmt: skip
#: Before a place name: not the city they met in ("talks outside Washington"; "Russia's Ambassador to Tehran": a title).
NOT_IN_PLACE = ("outside", "near", "nearby", "outskirts of", "close to", "ambassador to", "envoy to")

# -- who --------------------------------------------------------------------------------------------------------

#: Before "by" and a name: whom a side sends ("Azerbaijan will be represented by X", "a delegation led by X").
SENDING_VERBS = ("represented", "led", "headed")
#: Before a name: the host of the meeting ("hosted by X", "at the initiative of X").
HOST_PHRASES = ("hosted by", "at the initiative of", "organised by", "organized by", "invited by")
#: Between a person and a meeting noun: the person mediates it ("X mediated talks between A and B").
MEDIATING_VERBS = (
    "mediated", "mediates", "mediating", "brokered", "brokers", "facilitated", "facilitates", "chaired", "chairs",
    "moderated", "moderates", "organised", "organized", "arranged", "sponsored",
)  # fmt: skip
#: Before a name: its mediator ("mediated by X", "with the participation of X").
MEDIATOR_PHRASES = (
    "mediated by", "with the participation of", "brokered by", "facilitated by", "chaired by", "with the mediation of",
    "through the mediation of", "under the mediation of", "thanks to the mediation of", "under the auspices of",
)  # fmt: skip
#: After a meeting told before: more people for it ("the talks were attended by X").
ADDENDUM_PHRASES = (
    "with the participation of", "attended by", "also attended by", "were joined by", "was joined by",
    "was represented by", "were represented by", "was led by", "were led by", "was headed by", "were headed by",
    "represented by", "in the presence of", "accompanied by", "under the chairmanship of", "under the co-chairmanship of",
    "chaired by", "co-chaired by", "under the leadership of", "were hosted by", "was hosted by", "were moderated by",
    "was moderated by", "were mediated by", "was mediated by", "facilitated by", "mediated by",
)  # fmt: skip

#: Before "of the foreign ministers": an event of the office holders, who are at it ("a meeting of the ministers").
EVENT_NOUNS = ("meeting", "meetings", "talks", "summit", "session", "call", "conversation", "negotiations", "visit",
               "gathering", "conference")  # fmt: skip
#: After a possessive name: the person's institution or aide, not the person ("Aliyev's office", "Pashinyan's
#: spokesman"); a word here may be the beginning of one ("spokes").
OWN_INSTITUTION_NOUNS = (
    "office", "press", "spokes", "ministry", "government", "administration", "statement", "readout", "aide", "advis",
    "assistant", "envoy", "special", "representative", "chief of staff", "security council", "team", "delegation",
    "cabinet", "deputy",
)  # fmt: skip

#: Bodies a document may name by who heads them: a meeting of the body is a meeting of its heads.
BODY_NOUNS = ("commission", "working group", "group")  # "the group, which is chaired by A, B and C"
#: Groups of people a document names by a plural noun after listing them in brackets: "the Co-Chairs of the Minsk
#: Group (A of France, B of the United States and C of Russia)"; "the Co-Chairs" then stands for A, B and C.
GROUP_NOUNS = ("co-chairs", "co-chairmen", "mediators", "envoys", "negotiators", "facilitators", "delegation")
#: "X and Y head the commissions", "X co-chairs the working group".
HEADING_VERBS = (
    "head", "heads", "headed", "lead", "leads", "led", "chair", "chairs", "chaired", "co-chair", "co-chairs",
    "co-chaired",
)  # fmt: skip
#: "the commissions led by X and Y", "the commission met under the chairmanship of X and Y".
HEADED_BY = (
    "led by", "headed by", "chaired by", "co-chaired by", "under the chairmanship of", "under the co-chairmanship of",
    # who the body is made of: "a working group with the participation of the deputy prime ministers, A, B and C"
    "with the participation of", "consisting of", "composed of", "comprising",
)  # fmt: skip

#: Between "I", "we", "my" or "our" and a meeting word, the words that keep the speaker its subject ("I met", "we
#: have just finished the sixth meeting", "in my latest calls", "I look forward to hosting"); any other word ("we
#: welcome the talks", "I hope the meeting") makes the speaker someone who speaks of the meeting.
FIRST_PERSON_GAP = (
    "have", "had", "has", "also", "then", "just", "will", "would", "shall", "today", "yesterday", "again", "recently",
    "already", "look", "looked", "looking", "forward to", "the opportunity to", "am", "was", "were", "glad to",
    "pleased to", "happy to", "honoured to", "honored to", "held", "hold", "a", "an", "the", "first", "second",
    "third", "fourth", "fifth", "sixth", "latest", "last", "next", "recent", *MEETING_PRAISE, "bilateral",
    "trilateral", "phone", "telephone", "video", "separate", "direct", "finished", "concluded", "completed",
    "agreed to", "agree to", "decided to", "plan to", "intend to", "hope to", "want to", "like to",
)  # fmt: skip

# -- clauses ------------------------------------------------------------------------------------------------------

#: After a comma, words that open a clause of their own: its people are not the meeting's unless it joins on.
CLAUSE_OPENERS = (
    "and", "with", "who", "which", "as", "while", "but", "in accordance", "according", "after", "before", "where",
    "whereas", "although", "adding", "saying",
)  # fmt: skip
#: Words that open a clause of their own without a comma: "The meeting comes as the leaders agreed ...".
BARE_CLAUSE_OPENERS = ("comes as", "came as", "come as", "coming as")
#: Words opening a clause that goes on about the meeting before it ("..., and ...", "..., joined by X").
JOINING_WORDS = ("and", "with", "together with", "joined by", "accompanied by", "which", "who", "where")
