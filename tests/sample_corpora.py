"""Corpora built from the model classes for the export and timeline tests.

``small_corpus()`` is a hand-made corpus with one meeting for each coding rule
of the event export and text that tries to break out of HTML and CSV;
``large_corpus(n)`` generates a user's corpus of ``n`` meetings.
"""

from __future__ import annotations

import datetime as dt
import random

from caucasus_talks import (
    Attendance,
    Basis,
    Channel,
    Corpus,
    DateBasis,
    Document,
    Evidence,
    Location,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Office,
    PartialDate,
    Participant,
    ParticipantKind,
    Role,
    Statement,
)

#: Text that would run as script if a page inserted it as HTML.
SCRIPT_BREAKOUT = "</script><script>window.__pwned = 1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned = 2">'
#: Text a spreadsheet would run as a formula.
FORMULA = '=HYPERLINK("http://evil.example","click")'

WIRE = (
    "NEW YORK, Sept. 20 - Secretary of State Antony Blinken brought together Foreign Ministers "
    "Ararat Mirzoyan and Jeyhun Bayramov in New York on September 19. "
    '"Direct dialogue is the best way to a truly durable peace," Blinken said. '
    "On October 4 Blinken spoke by phone with President Ilham Aliyev. "
    "President Aliyev and Prime Minister Nikol Pashinyan met in Brussels on August 31 with "
    "European Council President Charles Michel. "
    "Aliyev and Pashinyan also met in Prague in October. "
    "The foreign ministers met again, in a place that was not disclosed. "
    "Blinken later visited Baku, where he met Aliyev. "
    "In Washington, Blinken hosted both foreign ministers for three days. "
    "A further summit is planned for next year. "
    "A summit announced for Granada was called off. "
    "Officials of the Azerbaijani foreign ministry met among themselves. "
    "Michel, Aliyev and Pashinyan took part in the European Political Community session. "
)
HOSTILE = (
    "A blog post quoted a commenter: "
    f'"{FORMULA}" and another who wrote "{SCRIPT_BREAKOUT}" and "{IMG_PAYLOAD}". '
    "- a line that starts with a dash."
)


def _office(title: str, country: str, start: str, end: str | None = None) -> Office:
    return Office(
        title=title,
        country=country,
        start=dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end) if end else None,
    )


def small_corpus() -> Corpus:
    """A few meetings with every format, precision, status and coding rule, and hostile text."""
    wire = Document(
        id="wire-2022-09-20",
        text=WIRE,
        published=PartialDate(2022, 9, 20),
        outlet="Example Wire",
        url="https://news.example.org/armenia-azerbaijan",
        title="Foreign ministers meet in New York",
    )
    blog = Document(
        id="blog-hostile",
        text=HOSTILE,
        published=PartialDate(2023, 1, 2),
        outlet=SCRIPT_BREAKOUT,
        url="javascript:window.__pwned = 3",
        title=f"A title with {IMG_PAYLOAD}",
    )

    def ev(quote: str, doc: Document = wire) -> Evidence:
        return doc.find(quote)

    people = [
        Participant(
            id="antony-blinken",
            name="Antony Blinken",
            aliases=("Blinken",),
            country="United States",
            offices=(_office("Secretary of State", "United States", "2021-01-26", "2025-01-20"),),
            evidence=(ev("Antony Blinken"),),
        ),
        Participant(id="ararat-mirzoyan", name="Ararat Mirzoyan", country="Armenia", evidence=(ev("Ararat Mirzoyan"),)),
        Participant(id="jeyhun-bayramov", name="Jeyhun Bayramov", country="Azerbaijan", evidence=(ev("Jeyhun Bayramov"),)),
        Participant(id="ilham-aliyev", name="Ilham Aliyev", country="Azerbaijan", evidence=(ev("Ilham Aliyev"),)),
        Participant(id="nikol-pashinyan", name="Nikol Pashinyan", country="Armenia", evidence=(ev("Nikol Pashinyan"),)),
        Participant(
            id="charles-michel",
            name="Charles Michel",
            affiliation="European Council",
            offices=(_office("President of the European Council", "European Union", "2019-12-01", "2024-11-30"),),
            evidence=(ev("Charles Michel"),),
        ),
        Participant(
            id="mfa-azerbaijan",
            name="Ministry of Foreign Affairs of Azerbaijan",
            kind=ParticipantKind.ORGANIZATION,
            country="Azerbaijan",
        ),
        Participant(id="commenter", name=f"Commenter {IMG_PAYLOAD}", basis=Basis("a hostile name for the tests")),
    ]

    def att(pid: str, role: Role = Role.PARTY, *, by_office: bool = False) -> Attendance:
        return Attendance(participant=pid, role=role, by_office=by_office)

    meetings = [
        Meeting(
            id="new-york-2022-09-19",
            title="Trilateral meeting at the UN General Assembly",
            date=PartialDate(2022, 9, 19, basis=DateBasis.CONTEXT),
            location=Location(city="New York", country="United States"),
            participants=(att("antony-blinken", Role.MEDIATOR), att("ararat-mirzoyan"), att("jeyhun-bayramov")),
            topics=("peace treaty",),
            evidence=(ev("in New York on September 19"),),
        ),
        Meeting(
            id="call-2022-10-04",
            date=PartialDate(2022, 10, 4, basis=DateBasis.CONTEXT),
            format=MeetingFormat.PHONE,
            participants=(att("antony-blinken", Role.ATTENDEE), att("ilham-aliyev")),
            evidence=(ev("On October 4 Blinken spoke by phone with President Ilham Aliyev"),),
        ),
        Meeting(
            id="brussels-2022-08-31",
            date=PartialDate(2022, 8, 31, basis=DateBasis.CONTEXT),
            location=Location(city="Brussels", country="Belgium"),
            participants=(att("charles-michel", Role.MEDIATOR), att("ilham-aliyev"), att("nikol-pashinyan")),
            evidence=(ev("met in Brussels on August 31"),),
        ),
        Meeting(
            id="prague-2022-10",
            date=PartialDate(2022, 10, basis=DateBasis.CONTEXT),
            location=Location(city="Prague", country="Czechia"),
            participants=(att("ilham-aliyev"), att("nikol-pashinyan")),
            evidence=(ev("met in Prague in October"),),
        ),
        Meeting(
            id="undisclosed-2022",
            date=PartialDate(2022, basis=DateBasis.CONTEXT),
            participants=(att("ararat-mirzoyan", by_office=True), att("jeyhun-bayramov", by_office=True)),
            evidence=(ev("The foreign ministers met again"),),
        ),
        Meeting(
            id="baku-visit",
            date=PartialDate(2022, 11, basis=DateBasis.INFERRED, reason="after the October call, before year end"),
            location=Location(city="Baku", country="Azerbaijan"),
            participants=(att("antony-blinken", Role.ATTENDEE), att("ilham-aliyev")),
            evidence=(ev("Blinken later visited Baku, where he met Aliyev"),),
        ),
        Meeting(
            id="washington-round",
            date=PartialDate(2023, 6, 27, basis=DateBasis.INFERRED, reason="public record of the second round"),
            end_date=PartialDate(2023, 6, 29, basis=DateBasis.INFERRED, reason="public record of the second round"),
            location=Location(city="Washington", country="United States", venue="George P. Shultz Center"),
            participants=(att("antony-blinken", Role.HOST), att("ararat-mirzoyan"), att("jeyhun-bayramov")),
            evidence=(ev("In Washington, Blinken hosted both foreign ministers for three days"),),
        ),
        Meeting(
            id="summit-planned",
            date=PartialDate(2023, basis=DateBasis.CONTEXT),
            status=MeetingStatus.PLANNED,
            participants=(att("ilham-aliyev"), att("nikol-pashinyan")),
            evidence=(ev("A further summit is planned for next year"),),
        ),
        Meeting(
            id="granada-cancelled",
            status=MeetingStatus.CANCELLED,
            location=Location(city="Granada", country="Spain"),
            participants=(att("ilham-aliyev"), att("nikol-pashinyan")),
            evidence=(ev("A summit announced for Granada was called off"),),
        ),
        Meeting(
            id="ministry-internal",
            title=f"Internal meeting {SCRIPT_BREAKOUT}",
            participants=(att("jeyhun-bayramov", Role.ATTENDEE), att("mfa-azerbaijan", Role.ATTENDEE)),
            evidence=(ev("Officials of the Azerbaijani foreign ministry met among themselves"),),
        ),
        Meeting(
            id="epc-session",
            date=PartialDate(2023, 10, 5, basis=DateBasis.INFERRED, reason="the date of the session"),
            participants=(
                att("charles-michel", Role.ATTENDEE),
                att("ilham-aliyev", Role.ATTENDEE),
                att("nikol-pashinyan", Role.ATTENDEE),
            ),
            evidence=(ev("Michel, Aliyev and Pashinyan took part in the European Political Community session"),),
        ),
        Meeting(
            id="hostile-undated",
            title=f"Meeting named {IMG_PAYLOAD}",
            participants=(att("commenter"),),
            evidence=(ev(SCRIPT_BREAKOUT, blog),),
        ),
    ]
    quote = "Direct dialogue is the best way to a truly durable peace,"
    statements = [
        Statement(
            id="blinken-direct-dialogue",
            speakers=("antony-blinken",),
            text=quote,
            date=PartialDate(2022, 9, 19, basis=DateBasis.CONTEXT),
            channel=Channel.REMARKS,
            meeting="new-york-2022-09-19",
            evidence=(ev(quote),),
        ),
        Statement(
            id="hostile-formula",
            speakers=("commenter",),
            text=FORMULA,
            date=PartialDate(2023, 1, 2),
            evidence=(ev(FORMULA, blog),),
        ),
        Statement(
            id="hostile-script",
            speakers=("commenter",),
            text=SCRIPT_BREAKOUT,
            meeting="hostile-undated",
            evidence=(ev(SCRIPT_BREAKOUT, blog),),
        ),
        Statement(
            id="hostile-dash",
            speakers=("commenter",),
            text="- a line that starts with a dash.",
            evidence=(ev("- a line that starts with a dash.", blog),),
        ),
    ]
    return Corpus(documents=[wire, blog], participants=people, meetings=meetings, statements=statements)


_COUNTRIES = ["Armenia", "Azerbaijan", "United States", "France", "Germany", "Russia", "Turkey", "Georgia", "Iran", "Kazakhstan"]
_CITIES = [
    ("Brussels", "Belgium"),
    ("Geneva", "Switzerland"),
    ("Moscow", "Russia"),
    ("Yerevan", "Armenia"),
    ("Baku", "Azerbaijan"),
]


def large_corpus(n_meetings: int = 1000, *, seed: int = 20240711) -> Corpus:
    """A generated corpus of ``n_meetings`` meetings (about 2% undated) over 2020-2025, with statements."""
    rng = random.Random(seed)
    people = [
        Participant(id=f"person-{k:03d}", name=f"Person{k:03d} Surname{k:03d}", country=_COUNTRIES[k % len(_COUNTRIES)])
        for k in range(80)
    ]
    documents: list[Document] = []
    meetings: list[Meeting] = []
    statements: list[Statement] = []
    first_day = dt.date(2020, 1, 1)
    per_document = 25
    for start in range(0, n_meetings, per_document):
        doc_id = f"doc-{start // per_document:04d}"
        sentences: list[tuple[str, str, str]] = []  # (kind, record id, sentence)
        plans = []
        for k in range(start, min(start + per_document, n_meetings)):
            who = rng.sample(people, rng.choice([2, 2, 2, 3, 4]))
            day = first_day + dt.timedelta(days=rng.randrange(0, 5 * 365))
            roll = rng.random()
            if roll < 0.02:
                date = PartialDate()
            elif roll < 0.10:
                date = PartialDate(day.year, day.month)
            elif roll < 0.13:
                date = PartialDate(day.year)
            else:
                date = PartialDate(day.year, day.month, day.day)
            names = " and ".join(p.name for p in who)
            sentences.append(("meeting", f"m{k:04d}", f"Meeting {k}: {names} met on {date.iso or 'an unknown day'}."))
            plans.append((k, who, date))
            if k % 5 == 0:
                sentences.append(("statement", f"s{k:04d}", f"Quote number {k} from {who[0].name}."))
        text = ""
        spans: dict[str, tuple[int, int]] = {}
        for _kind, record_id, sentence in sentences:
            spans[record_id] = (len(text), len(text) + len(sentence))
            text += sentence + " "
        documents.append(Document(id=doc_id, text=text, published=PartialDate(2025, 7, 1)))
        for k, who, date in plans:
            city, country = rng.choice(_CITIES)
            fmt = rng.choices(list(MeetingFormat), weights=[7, 2, 1])[0]
            roles = [Role.MEDIATOR if i == 0 and len(who) > 2 else Role.PARTY for i in range(len(who))]
            a, b = spans[f"m{k:04d}"]
            meetings.append(
                Meeting(
                    id=f"m{k:04d}",
                    date=date,
                    location=Location(city=city, country=country) if fmt is MeetingFormat.IN_PERSON else None,
                    format=fmt,
                    participants=tuple(Attendance(participant=p.id, role=r) for p, r in zip(who, roles, strict=True)),
                    evidence=(Evidence.of(doc_id, text, a, b),),
                )
            )
            if f"s{k:04d}" in spans:
                a, b = spans[f"s{k:04d}"]
                statements.append(
                    Statement(
                        id=f"s{k:04d}",
                        speakers=(who[0].id,),
                        text=text[a:b],
                        date=date,
                        meeting=f"m{k:04d}",
                        evidence=(Evidence.of(doc_id, text, a, b),),
                    )
                )
    return Corpus(documents=documents, participants=people, meetings=meetings, statements=statements)
