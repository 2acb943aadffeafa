"""Extractor rules found missing on held-out text, each stated on a short made-up text of its own."""

from __future__ import annotations

from caucasus_talks import extract
from caucasus_talks.model import MeetingFormat


def meetings(text: str, published: str = "2023-10-04") -> list[tuple[str | None, str | None, str, tuple[str, ...]]]:
    ex = extract(text, published=published)
    return [(m.date.iso, m.location.city if m.location else None, m.format.value, m.participant_ids) for m in ex.meetings]


def people(text: str, published: str = "2023-10-04") -> list[str]:
    return [p.id for p in extract(text, published=published).participants]


# -- phone calls told with "called" --------------------------------------------------


def test_called_a_person_is_a_phone_call() -> None:
    text = "On Saturday, Turkish President Recep Tayyip Erdogan called Aliyev to congratulate him, the presidency said."
    assert meetings(text, "2025-08-11") == [("2025-08-09", None, "phone", ("recep-tayyip-erdogan", "ilham-aliyev"))]


def test_called_on_and_called_something_are_not_calls() -> None:
    assert meetings("On May 4, 2023, Putin called on Aliyev to show restraint.") == []
    assert meetings("On May 4, 2023, Pashinyan called Azerbaijan's demands unacceptable.") == []


# -- who was not at a meeting -----------------------------------------------------------


def test_a_leader_who_will_not_take_part_is_not_a_participant() -> None:
    text = (
        "President Ilham Aliyev will not participate in the meeting planned to be held in Granada tomorrow. "
        "Armenian Prime Minister Nikol Pashinyan is expected to meet with Charles Michel in Granada."
    )
    found = meetings(text)
    assert found == [("2023-10-05", "Granada", "in_person", ("nikol-pashinyan", "charles-michel"))]


def test_the_source_of_a_report_after_the_meeting_is_not_at_it() -> None:
    text = "Aliyev met Pashinyan in Brussels on Sunday, presidential aide Hikmet Hajiyev told reporters."
    assert meetings(text, "2023-05-16") == [("2023-05-14", "Brussels", "in_person", ("ilham-aliyev", "nikol-pashinyan"))]


def test_a_meeting_placed_by_its_plan_is_an_event_not_a_reference() -> None:
    text = "The meeting is scheduled to take place in Chisinau on June 1 with Pashinyan and Aliyev."
    assert meetings(text, "2023-05-20") == [("2023-06-01", "Chisinau", "in_person", ("nikol-pashinyan", "ilham-aliyev"))]


# -- names ----------------------------------------------------------------------------------


def test_names_with_lower_case_particles_are_found_whole() -> None:
    assert people("President of the United Arab Emirates Sheikh Mohamed bin Zayed Al Nahyan received Aliyev.") == [
        "mohamed-bin-zayed-al-nahyan",
        "ilham-aliyev",
    ]
    assert people("European Commission President Ursula von der Leyen spoke in Brussels.") == ["ursula-von-der-leyen"]


def test_a_known_surname_with_another_first_name_is_someone_else() -> None:
    ex = extract("Opposition MP Artur Khachatryan asked the premier about guarantees.", published="2025-03-19")
    assert [(p.id, p.name) for p in ex.participants] == [("artur-khachatryan", "Artur Khachatryan")]


def test_a_spelling_of_the_first_name_still_finds_the_known_person() -> None:
    assert people("Foreign Minister Jeyhum Bayramov arrived in Almaty.") == ["jeyhun-bayramov"]


def test_a_namesake_quoted_as_an_analyst_is_a_commentator_not_the_known_person() -> None:
    ex = extract("Analyst Tigran Grigoryan of a Yerevan think tank said the format had changed.", published="2025-07-10")
    assert [(p.id, p.kind.value) for p in ex.participants] == [("tigran-grigoryan", "commentator")]


def test_an_analyst_quoted_speaks_as_a_commentator_and_is_at_no_meeting() -> None:
    text = (
        '"Moscow wants to show that it is still the main broker," said Narek Hovakimyan, a political analyst at a '
        "Yerevan institute. Bayramov met Mirzoyan in Moscow on Tuesday, Hovakimyan noted."
    )
    ex = extract(text, published="2022-05-25")
    assert [(s.speaker, s.text) for s in ex.statements] == [
        ("narek-hovakimyan", "Moscow wants to show that it is still the main broker")
    ]
    kinds = {p["id"]: p["kind"] for p in ex.to_interchange()["participants"]}
    assert kinds["narek-hovakimyan"] == "commentator"
    assert all("narek-hovakimyan" not in m.participant_ids for m in ex.meetings)


def test_names_under_a_more_coverage_heading_are_links_not_the_article() -> None:
    text = "Aliyev met Pashinyan in Abu Dhabi on Thursday.\n\nMore coverage:\nVance says Ukraine talks to continue\n"
    assert people(text, "2025-07-11") == ["ilham-aliyev", "nikol-pashinyan"]


def test_a_middle_initial_inside_a_known_name_keeps_it_that_name() -> None:
    # two known people are "Grigoryan": the first name, past the initial, says which
    text = "Deputy Prime Minister Mher A. Grigoryan met Shahin Mustafayev in Brussels on May 24, 2022."
    assert people(text) == ["mher-grigoryan", "shahin-mustafayev"]
    ex = extract("Nikol V. Pashinyan and Ilham H. Aliyev met in Brussels on May 14, 2023.")
    assert [[e.quote for e in p.evidence] for p in ex.participants] == [["Nikol V. Pashinyan"], ["Ilham H. Aliyev"]]


def test_capitals_of_a_title_case_headline_name_no_new_person() -> None:
    text = (
        "Michel And Aliyev Head Commissions On Border Demarcation Set Up\n\n"
        "Charles Michel met Ilham Aliyev in Brussels on May 14, 2023.\n"
    )
    assert people(text) == ["charles-michel", "ilham-aliyev"]  # not "Set Up" after the title "Head"
    text = "The Ministers Discussed A Wide Range Of Outstanding Issues\n\nCharles Michel met Ilham Aliyev on May 14, 2023.\n"
    assert people(text) == ["charles-michel", "ilham-aliyev"]
    # a headline in sentence case still names a person the registry lacks by the title before them
    assert "jane-roe" in people("EU envoy Jane Roe meets Aliyev in Baku\n\nThe envoy arrived on Monday.\n")


# -- groups and places ---------------------------------------------------------------------


def test_a_deputy_prime_minister_is_not_one_of_the_leaders() -> None:
    text = (
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in Abu Dhabi on Thursday. "
        "Deputy Prime Minister Mher Grigoryan joined the expanded session. "
        "Earlier in the day, both leaders were received separately by Sheikh Mohamed bin Zayed."
    )
    found = meetings(text, "2025-07-10")
    assert ("2025-07-10", "Abu Dhabi", "in_person", ("mohamed-bin-zayed-al-nahyan", "nikol-pashinyan")) in found
    assert ("2025-07-10", "Abu Dhabi", "in_person", ("mohamed-bin-zayed-al-nahyan", "ilham-aliyev")) in found
    assert all("mher-grigoryan" not in ids or "mohamed-bin-zayed-al-nahyan" not in ids for *_, ids in found)
    assert all(fmt == MeetingFormat.IN_PERSON.value for _, _, fmt, _ in found)


def test_people_joining_the_meeting_just_told_are_its_participants() -> None:
    text = (
        "Aliyev and Pashinyan met in Abu Dhabi on Thursday. "
        "The talks were held one-on-one and then in an expanded format, with the participation of "
        "Foreign Minister Jeyhun Bayramov and Foreign Minister Ararat Mirzoyan."
    )
    assert meetings(text, "2025-07-10") == [
        ("2025-07-10", "Abu Dhabi", "in_person", ("ilham-aliyev", "nikol-pashinyan", "jeyhun-bayramov", "ararat-mirzoyan"))
    ]


def test_a_reference_with_participants_and_no_meeting_before_adds_nothing() -> None:
    assert meetings("The talks were held with the participation of Foreign Minister Jeyhun Bayramov.") == []


# -- quotations --------------------------------------------------------------------------------


def test_according_to_at_the_start_of_a_sentence_attributes_its_quote() -> None:
    text = 'According to Mirzoyan, the parties made progress, but positions on several key issues "remain apart."'
    assert [(s.speaker, s.text) for s in extract(text, published="2023-05-04").statements] == [
        ("ararat-mirzoyan", "remain apart.")
    ]


def test_a_fragment_quoted_in_reported_speech_is_the_speakers() -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov hosted the talks. The minister also noted that the working group, "
        'co-chaired by Deputy Prime Minister Alexei Overchuk, was "close to agreeing" on routes.'
    )
    assert [(s.speaker, s.text) for s in extract(text, published="2023-07-26").statements] == [
        ("sergey-lavrov", "close to agreeing")
    ]


def test_a_name_opening_its_sentence_is_not_read_as_the_object_of_the_sentence_before() -> None:
    text = (
        "Michel spoke on Friday. Hikmet Hajiyev, foreign policy adviser to the Azerbaijani president, "
        "described the conversation as \u201copen and result-oriented\u201d."
    )
    assert [(s.speaker, s.text) for s in extract(text, published="2022-02-05").statements] == [
        ("hikmet-hajiyev", "open and result-oriented")
    ]


def test_an_office_or_organization_after_a_preposition_is_not_the_speaker() -> None:
    text = (
        "European Council President Charles Michel hosted the call. Presidential aide Hikmet Hajiyev, adviser to "
        "the Azerbaijani president, called it \u201cuseful\u201d. Deputy Foreign Minister Mikhail Galuzin, who oversees "
        'relations with the CIS countries, said Russia had offered "a comprehensive package" of proposals.'
    )
    assert [(s.speaker, s.text) for s in extract(text, published="2023-05-20").statements] == [
        ("hikmet-hajiyev", "useful"),
        ("mikhail-galuzin", "a comprehensive package"),
    ]


def test_a_photo_credit_in_brackets_names_no_one() -> None:
    assert people("[Photo: the ministry building. Photo: Aykhan Hajizada/X]\n\nAliyev met Pashinyan in Prague.") == [
        "ilham-aliyev",
        "nikol-pashinyan",
    ]


def test_the_leaders_press_secretary_is_not_the_leader() -> None:
    text = (
        "Russian President Vladimir Putin met Aliyev and Pashinyan in Sochi on Monday, Kremlin spokesman "
        "Dmitry Peskov said.\n\nBefore the trilateral meeting, the Russian leader held separate talks with Aliyev "
        "and with Pashinyan."
    )
    ex = extract(text, published="2022-10-31")
    pairs = {frozenset(m.participant_ids) for m in ex.meetings}
    assert frozenset({"vladimir-putin", "ilham-aliyev"}) in pairs
    assert frozenset({"vladimir-putin", "nikol-pashinyan"}) in pairs


def test_the_sides_represented_by_people_join_the_meeting_just_told() -> None:
    text = (
        "On January 30, Deputy Prime Minister Mher Grigoryan took part in the first meeting of the working group, "
        "held in Moscow. The Russian side was represented by Deputy Prime Minister Alexei Overchuk, the Azerbaijani "
        "side by Deputy Prime Minister Shahin Mustafayev."
    )
    assert meetings(text, "2021-01-30") == [
        ("2021-01-30", "Moscow", "in_person", ("mher-grigoryan", "alexei-overchuk", "shahin-mustafayev"))
    ]


def test_a_place_after_in_is_where_a_meeting_was_not_the_event_named_before_it() -> None:
    text = "The Berlin round followed a meeting between Aliyev and Pashinyan on Feb. 17 in Munich, hosted by Olaf Scholz."
    assert meetings(text, "2024-02-29") == [
        ("2024-02-17", "Munich", "in_person", ("ilham-aliyev", "nikol-pashinyan", "olaf-scholz"))
    ]


def test_a_count_of_times_tells_no_one_meeting() -> None:
    assert meetings("Michel, who has hosted the two leaders in Brussels four times since December, spoke on Friday.") == []


def test_a_weekday_before_a_later_would_is_in_the_past() -> None:
    text = (
        "Russian President Vladimir Putin, appearing with Azerbaijani President Ilham Aliyev in a video call broadcast "
        "late Monday, said the agreement would create the conditions for a settlement."
    )
    assert meetings(text, "2020-11-10") == [("2020-11-09", None, "video", ("vladimir-putin", "ilham-aliyev"))]


def test_the_deputy_prime_minister_said_is_the_deputy_not_the_prime_minister() -> None:
    text = (
        "Armenian Prime Minister Nikol Pashinyan sent greetings. Russian Deputy Prime Minister Alexei Overchuk opened "
        'the meeting. "Transport links serve all three countries," the Russian Deputy Prime Minister said.'
    )
    assert [s.speaker for s in extract(text, published="2021-01-30").statements] == ["alexei-overchuk"]


def test_the_second_half_of_a_quote_split_by_he_said_according_to_is_the_same_speakers() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan received Pashinyan in Istanbul on Friday. \u201cA lasting peace will "
        "help the whole region,\u201d he said, according to the directorate, \u201cand T\u00fcrkiye will continue to "
        "do its part.\u201d"
    )
    said = [(s.speaker, s.text[:20]) for s in extract(text, published="2025-06-21").statements]
    assert said == [("recep-tayyip-erdogan", "A lasting peace will"), ("recep-tayyip-erdogan", "and T\u00fcrkiye will con")]


def test_a_phrase_after_what_he_called_is_the_speakers_and_after_so_called_is_not() -> None:
    said = extract(
        "Pashinyan spoke about what he called \u201cprovocative and aggressive\u201d actions. Aliyev criticised the "
        "so-called \u201cpeace plan\u201d on May 4, 2023.",
        published="2023-05-05",
    ).statements
    assert [(s.speaker, s.text) for s in said] == [("nikol-pashinyan", "provocative and aggressive")]


# -- publication dates from the text ----------------------------------------------------------


def test_a_dateline_with_its_year_is_the_publication_date() -> None:
    published = extract("MOSCOW, January 10, 2021. Putin met Aliyev and Pashinyan on Monday.").document.published
    assert (published.iso, published.basis.value) == ("2021-01-10", "stated")


def test_a_dateline_without_a_year_takes_the_first_year_the_text_states_and_says_so() -> None:
    ex = extract("BAKU, April 19 (Reuters) - Aliyev met Pashinyan yesterday, an aide said. Talks began in January 2024.")
    published = ex.document.published
    assert (published.iso, published.basis.value) == ("2024-04-19", "context")
    assert published.reason is not None
    assert "2024" in published.reason
    assert [m.date.iso for m in ex.meetings] == ["2024-04-18"]


def test_a_date_in_the_first_sentence_is_not_the_publication_date() -> None:
    assert extract("On May 4, 2023, Blinken met Bayramov and Mirzoyan in Washington.").document.published.iso is None


def test_a_weekday_followed_by_its_date_is_that_date_not_the_weekday_before_publication() -> None:
    # published on a Friday: "Tuesday" alone would be three days before; the date beside it says another week
    for told in ("on Tuesday (November 28)", "on Tuesday, November 28", "on Tuesday, November 28, 2023"):
        text = f"Michel met Aliyev in Brussels {told}, his office said."
        assert meetings(text, "2023-12-08") == [("2023-11-28", "Brussels", "in_person", ("charles-michel", "ilham-aliyev"))]


def test_yesterday_with_its_date_in_brackets_is_that_date() -> None:
    text = "Michel met Aliyev in Brussels yesterday (December 6), his office said."
    assert meetings(text, "2023-12-08") == [("2023-12-06", "Brussels", "in_person", ("charles-michel", "ilham-aliyev"))]


# -- what a verb's meeting was for, offices at an event, what should happen ----------------------------------


def test_hosting_people_for_talks_is_one_meeting_with_all_of_them() -> None:
    text = (
        "Russian Foreign Minister Sergey Lavrov hosted his Armenian and Azerbaijani counterparts, Ararat Mirzoyan "
        "and Jeyhun Bayramov, in Moscow on Friday for talks on the peace treaty."
    )
    found = meetings(text, "2023-05-19")
    assert len(found) == 1
    date, city, fmt, ids = found[0]
    assert (date, city, fmt) == ("2023-05-19", "Moscow", "in_person")
    assert set(ids) == {"sergey-lavrov", "ararat-mirzoyan", "jeyhun-bayramov"}


def test_the_office_holders_a_meeting_is_of_take_part_in_it() -> None:
    text = "A meeting of the Armenian and Azerbaijani foreign ministers took place in Washington on 20 November."
    found = meetings(text, "2023-11-21")
    assert [(d, c, set(ids)) for d, c, _, ids in found] == [("2023-11-20", "Washington", {"ararat-mirzoyan", "jeyhun-bayramov"})]


def test_the_pm_of_a_country_is_its_prime_minister_as_the_fm_is_its_foreign_minister() -> None:
    found = meetings("Aliyev met the PM of Armenia in Kazan on October 23, 2024.", "2024-10-25")
    assert [(d, c, set(ids)) for d, c, _, ids in found] == [("2024-10-23", "Kazan", {"ilham-aliyev", "nikol-pashinyan"})]


def test_an_adviser_of_a_president_is_not_the_president() -> None:
    ex = extract("The adviser of the US President met Aliyev in Baku on May 4, 2023.", published="2023-05-05")
    assert "joe-biden" not in [a.participant for m in ex.meetings for a in m.participants]


def test_what_people_should_now_do_is_not_a_meeting_told() -> None:
    assert meetings("Michel said on May 4, 2023 that Aliyev and Pashinyan should now meet without delay.") == []
    assert meetings("Blinken said on May 4, 2023 that Bayramov and Mirzoyan must soon meet again.") == []


def test_a_call_told_as_a_thing_of_its_own_does_not_make_a_meeting_near_it_a_call() -> None:
    text = "The call followed the December 14 meeting in Brussels, where Michel hosted Aliyev and Pashinyan."
    found = meetings(text, "2021-12-20")
    assert ("2021-12-14", "Brussels", "in_person", ("charles-michel", "ilham-aliyev", "nikol-pashinyan")) in found
    assert all(fmt == "in_person" for _, _, fmt, _ in found)


def test_a_call_that_is_the_meeting_itself_stays_a_call() -> None:
    text = "In a call with Pashinyan on December 14, 2021, Aliyev discussed the border."
    assert meetings(text, "2021-12-20") == [("2021-12-14", None, "phone", ("nikol-pashinyan", "ilham-aliyev"))]


def test_a_day_within_a_range_of_days_is_the_same_meeting_dated_by_the_range() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan ended two days of talks in Berlin on Thursday. "
        "Jeyhun Bayramov and Ararat Mirzoyan met on Feb. 28-29 at the Villa Borsig in Berlin."
    )
    ex = extract(text, published="2024-02-29")
    assert [
        (m.date.iso, m.end_date.iso if m.end_date else None, m.location.city if m.location else None) for m in ex.meetings
    ] == [("2024-02-28", "2024-02-29", "Berlin")]


def test_the_president_named_alone_is_the_president_named_last_before() -> None:
    text = (
        "President Charles Michel hosted Ilham Aliyev and Nikol Pashinyan in Brussels on 6 April. "
        "In February the leaders held a video call with French President Emmanuel Macron. "
        '"We discussed transport links," President Michel said. '
        "The President underlined that the European Union is ready to support the border commission. "
        '"The EU stands ready to continue to work with both leaders," he said.'
    )
    ex = extract(text, published="2022-04-06")
    assert [(s.speakers, s.text) for s in ex.statements][-1] == (
        ("charles-michel",),
        "The EU stands ready to continue to work with both leaders",
    )


def test_a_meeting_referred_to_with_where_and_when_it_took_place_is_told() -> None:
    text = "Their previous trilateral meeting, hosted by Russian President Vladimir Putin, took place in Sochi on October 31."
    assert meetings(text, "2023-02-20") == [("2022-10-31", "Sochi", "in_person", ("vladimir-putin",))]


def test_the_meeting_referred_to_with_a_venue_only_is_the_one_told_before() -> None:
    text = (
        "The negotiations between Ararat Mirzoyan and Jeyhun Bayramov, held on May 1-4 in Arlington, have concluded. "
        "The talks took place at the Shultz Center with the mediation of Antony Blinken, who also met each of them on May 1."
    )
    assert [c for _, c, _, _ in meetings(text, "2023-05-04")].count("Arlington") == 1


def test_each_of_several_meetings_told_together_takes_the_place_next_to_its_date() -> None:
    text = (
        "The commissions chaired by Shahin Mustafayev and Mher Grigoryan held their first meeting on May 24, 2022. "
        "Their second meeting was held in Moscow on August 30, 2022, and the third in Brussels on November 3, 2022."
    )
    found = [(d, c) for d, c, _, _ in meetings(text, "2024-04-20")]
    assert ("2022-08-30", "Moscow") in found
    assert ("2022-11-03", "Brussels") in found


def test_parts_of_the_day_are_the_day_they_are_told_on() -> None:
    text = "European Council President Charles Michel spoke by phone with Azerbaijani President Ilham Aliyev this evening."
    assert meetings(text, "2022-09-13") == [("2022-09-13", None, "phone", ("charles-michel", "ilham-aliyev"))]
    text = "Putin had a telephone conversation with Pashinyan last night."
    assert meetings(text, "2022-09-13") == [("2022-09-12", None, "phone", ("vladimir-putin", "nikol-pashinyan"))]


def test_a_call_with_two_people_is_a_call_with_each() -> None:
    text = '"I spoke with Prime Minister Pashinyan and President Aliyev today," Blinken wrote on Twitter.'
    found = {(d, c, fmt, frozenset(ids)) for d, c, fmt, ids in meetings(text, "2022-09-13")}
    assert found == {
        ("2022-09-13", None, "phone", frozenset({"antony-blinken", "ilham-aliyev"})),
        ("2022-09-13", None, "phone", frozenset({"antony-blinken", "nikol-pashinyan"})),
    }


def test_who_speaks_about_a_conversation_between_two_leaders_is_not_in_it() -> None:
    text = "Zakharova also spoke about a telephone conversation between Vladimir Putin and Ilham Aliyev on July 22."
    assert meetings(text, "2023-07-26") == [("2023-07-22", None, "phone", ("vladimir-putin", "ilham-aliyev"))]


def test_an_institutions_office_is_held_by_the_one_holder_of_that_day_and_speaks_as_such() -> None:
    text = (
        "Aliyev and Pashinyan met in Chisinau on June 1. "
        'The European Council President later tweeted: "Good meeting tonight with President Aliyev and Prime Minister Pashinyan."'
    )
    ex = extract(text, published="2023-06-01")
    assert [s.speakers for s in ex.statements] == [("charles-michel",)]


def test_meeting_on_a_day_and_again_on_another_is_two_meetings() -> None:
    text = "Aliyev and Pashinyan had met in Brussels on April 6 and again on May 22."
    assert sorted(meetings(text, "2022-08-31")) == [
        ("2022-04-06", "Brussels", "in_person", ("ilham-aliyev", "nikol-pashinyan")),
        ("2022-05-22", "Brussels", "in_person", ("ilham-aliyev", "nikol-pashinyan")),
    ]


def test_who_confirms_a_call_is_not_in_it() -> None:
    text = "Kremlin spokesman Dmitry Peskov confirmed that Putin had a telephone conversation overnight with Pashinyan."
    assert meetings(text, "2022-09-13") == [("2022-09-13", None, "phone", ("vladimir-putin", "nikol-pashinyan"))]


def test_an_assistant_or_deputy_holds_another_office_than_the_one_their_title_names() -> None:
    text = (
        "Secretary of State Antony Blinken met Aliyev on November 10, 2023. On November 15, the Assistant Secretary of "
        'State told a House committee that there would be "no business as usual with Azerbaijan after September."'
    )
    ex = extract(text, published="2023-11-20")
    assert [s.speakers for s in ex.statements] == []


def test_a_clause_after_a_quotation_with_its_own_speaker_does_not_take_the_quotation() -> None:
    text = (
        'Pashinyan told parliament last week that Armenia was "ready to sign a peace treaty within months", while '
        'Foreign Minister Ararat Mirzoyan said he was prepared to meet Bayramov "in any format and at any venue".'
    )
    ex = extract(text, published="2023-12-20")
    assert (ex.statements[0].speakers, ex.statements[0].text) == (
        ("nikol-pashinyan",),
        "ready to sign a peace treaty within months",
    )


def test_a_month_told_in_the_past_is_the_last_such_month() -> None:
    text = "Mirzoyan and Bayramov met Blinken at Blair House in Washington in November."
    assert meetings(text, "2023-05-04") == [
        ("2022-11", "Washington", "in_person", ("ararat-mirzoyan", "jeyhun-bayramov", "antony-blinken"))
    ]
    text = "Mirzoyan and Bayramov will meet Blinken in Washington in November."
    assert [d for d, _, _, _ in meetings(text, "2023-05-04")] == ["2023-11"]


def test_a_city_the_talks_were_outside_of_is_not_where_they_were() -> None:
    text = "Mirzoyan and Bayramov held talks outside Washington on May 3, 2023."
    assert meetings(text, "2023-05-04") == [("2023-05-03", None, "in_person", ("ararat-mirzoyan", "jeyhun-bayramov"))]


def test_continuing_negotiations_is_a_process_not_a_meeting() -> None:
    text = (
        "The leaders of Armenia and Azerbaijan agreed on Thursday to continue EU-led negotiations on a peace deal "
        "after five-way talks with Charles Michel, Emmanuel Macron and Olaf Scholz in Chisinau."
    )
    found = meetings(text, "2023-06-02")
    assert len(found) == 1
    date, city, _, ids = found[0]
    assert (date, city) == ("2023-06-01", "Chisinau")
    assert {"charles-michel", "emmanuel-macron", "olaf-scholz"} <= set(ids)


def test_negotiations_held_with_a_host_are_one_meeting() -> None:
    text = (
        "Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov held two days of negotiations on February 28-29 at the "
        "Villa Borsig in Berlin, hosted by German Foreign Minister Annalena Baerbock."
    )
    found = meetings(text, "2024-03-02")
    assert [(d, c, set(ids)) for d, c, _, ids in found] == [
        ("2024-02-28", "Berlin", {"ararat-mirzoyan", "jeyhun-bayramov", "annalena-baerbock"})
    ]


def test_who_is_told_about_a_call_is_not_in_it() -> None:
    text = (
        "Secretary Blinken spoke today with Azerbaijani President Ilham Aliyev about military actions in Nagorno-Karabakh. "
        "Blinken spoke today with Prime Minister Nikol Pashinyan. "
        "The Secretary informed the Prime Minister of his call with President Aliyev earlier today."
    )
    found = {(d, fmt, frozenset(ids)) for d, _, fmt, ids in meetings(text, "2023-09-19")}
    assert found == {
        ("2023-09-19", "phone", frozenset({"antony-blinken", "ilham-aliyev"})),
        ("2023-09-19", "phone", frozenset({"antony-blinken", "nikol-pashinyan"})),
    }


def test_a_meeting_only_referred_to_is_the_event_the_sentence_before_tells() -> None:
    text = (
        "Russian President Vladimir Putin, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "announced in Moscow on Monday the signing of a joint statement. "
        "In the statement issued after the meeting that lasted for about four hours, they said a working group would be set up."
    )
    found = meetings(text, "2021-01-11")
    assert [(d, c, set(ids)) for d, c, _, ids in found] == [
        ("2021-01-11", "Moscow", {"vladimir-putin", "nikol-pashinyan", "ilham-aliyev"})
    ]


def test_only_a_reference_makes_the_event_before_it_a_meeting() -> None:
    text = "Aliyev and Pashinyan announced a deal in Moscow on Monday. A meeting of experts is needed."
    assert meetings(text, "2021-01-11") == []


def test_a_fragment_is_said_by_who_closes_its_sentence() -> None:
    text = (
        'The foreign ministers have made "tangible progress" towards a peace deal during four days of talks '
        "outside Washington, U.S. Secretary of State Antony Blinken said on Thursday."
    )
    ex = extract(text, published="2023-05-04")
    assert [(s.speakers, s.text) for s in ex.statements] == [(("antony-blinken",), "tangible progress")]


# -- real reporting: rules found on articles from many outlets -------------------------------------------------


def held(text: str, published: str = "2023-09-20") -> list[tuple[str | None, str | None, str, tuple[str, ...]]]:
    """(date, city, status, participants) of each meeting."""
    ex = extract(text, published=published)
    return [
        (m.date.iso, m.location.city if m.location else None, m.status.value, m.participant_ids) for m in ex.meetings
    ]


def test_the_future_in_a_quotation_does_not_make_the_meeting_told_after_it_planned() -> None:
    text = '"The sides will keep working on the text," Borrell said after a meeting with Mirzoyan in Vienna on Tuesday.'
    assert held(text) == [("2023-09-19", "Vienna", "held", ("josep-borrell", "ararat-mirzoyan"))]


def test_each_meeting_word_of_a_sentence_has_its_own_tense() -> None:
    text = "Macron met Bayramov in Paris on Monday, and Macron will meet Mirzoyan in Vienna on October 12."
    assert held(text) == [
        ("2023-09-18", "Paris", "held", ("emmanuel-macron", "jeyhun-bayramov")),
        ("2023-10-12", "Vienna", "planned", ("emmanuel-macron", "ararat-mirzoyan")),
    ]


def test_who_speaks_after_a_meeting_took_part_in_it_who_reports_it_did_not() -> None:
    assert held("Erdogan told reporters after talks with Mirzoyan in Ankara on Monday that progress was made.") == [
        ("2023-09-18", "Ankara", "held", ("recep-tayyip-erdogan", "ararat-mirzoyan"))
    ]
    assert held("Lavrov said Macron held talks with Aliyev in Paris on Monday.") == [
        ("2023-09-18", "Paris", "held", ("emmanuel-macron", "ilham-aliyev"))
    ]


def test_the_lead_meeting_told_without_a_date_was_held_in_the_month_of_publication() -> None:
    ex = extract("Lavrov received Mirzoyan and Bayramov to discuss the transport links.", published="2023-03-20")
    assert [(m.date.iso, m.date.basis.value) for m in ex.meetings] == [("2023-03", "context")]
    assert ex.meetings[0].date.reason == "reported as just held: the month of publication"


def test_a_meeting_just_held_is_of_the_month_of_publication_one_told_as_before_it_is_undated() -> None:
    text = "Erdogan met Bayramov in Ankara on March 2. Macron said he had just ended talks with Mirzoyan in Paris."
    assert held(text, "2024-03-15") == [
        ("2024-03-02", "Ankara", "held", ("recep-tayyip-erdogan", "jeyhun-bayramov")),
        ("2024-03", "Paris", "held", ("emmanuel-macron", "ararat-mirzoyan")),
    ]
    # news tells what is new: a meeting told as held, with no date and no word of its being earlier, is of the month
    ex = extract("Erdogan met Bayramov in Ankara on March 2. Macron met Mirzoyan in Paris.", published="2024-03-15")
    paris = next(m for m in ex.meetings if m.location and m.location.city == "Paris")
    assert (paris.date.iso, paris.date.basis.value) == ("2024-03", "context")
    assert "month of publication" in (paris.date.reason or "")
    # ... but not one told as before the story's time ("had met"), nor the event its time is counted from
    assert held("Erdogan met Bayramov in Ankara on March 2. Macron had met Mirzoyan in Paris.", "2024-03-15")[1][0] is None
    text = (
        "Macron spoke with Aliyev by phone on Sunday. They hailed the progress made in the wake of the Prague summit "
        "which brought together Aliyev and Pashinyan."
    )
    assert [m.date.iso for m in extract(text, published="2022-11-13").meetings if m.location] == [None]


def test_who_says_he_met_someone_met_them() -> None:
    assert held("Scholz said he met Mirzoyan in Warsaw on Monday.") == [
        ("2023-09-18", "Warsaw", "held", ("olaf-scholz", "ararat-mirzoyan"))
    ]


def test_the_speaker_who_says_i_or_my_of_a_meeting_took_part_in_it() -> None:
    text = (
        '"My phone calls this week with Foreign Minister Bayramov and Foreign Minister Mirzoyan were frank," '
        "Macron said."
    )
    found = extract(text, published="2022-09-20").meetings
    assert sorted(m.participant_ids for m in found) == [
        ("ararat-mirzoyan", "emmanuel-macron"),
        ("jeyhun-bayramov", "emmanuel-macron"),
    ]
    text = '"On Friday I will host Bayramov and Mirzoyan at the Elysee Palace," Macron said.'
    assert held(text, "2024-03-06") == [
        ("2024-03-08", "Paris", "planned", ("jeyhun-bayramov", "ararat-mirzoyan", "emmanuel-macron"))
    ]


def test_an_institution_named_as_where_is_the_city_of_its_seat() -> None:
    assert held("Putin received Mirzoyan and Bayramov at the Kremlin on Tuesday.", "2024-03-08")[0][1] == "Moscow"
    assert held("Macron received Bayramov at the Élysée Palace on Tuesday.", "2024-03-08")[0][1] == "Paris"


def test_who_said_it_after_the_meeting_and_whose_words_are_meant_are_not_at_it() -> None:
    text = "Lavrov and Bayramov will hold talks in Tashkent on June 3, said ministry spokesperson Maria Zakharova."
    assert held(text, "2024-05-28") == [("2024-06-03", "Tashkent", "planned", ("sergey-lavrov", "jeyhun-bayramov"))]
    text = "Erdogan agreed to host Mirzoyan in Antalya in April in exchange for Scholz's guarantees."
    assert held(text, "2024-03-10") == [("2024-04", "Antalya", "planned", ("recep-tayyip-erdogan", "ararat-mirzoyan"))]


def test_the_two_leaders_opening_a_sentence_are_the_two_leaders_named_before() -> None:
    text = (
        "President Macron received President Aliyev in Paris on Friday. "
        "The two leaders first met in Davos in 2019."
    )
    assert [set(ids) for *_, ids in held(text, "2025-06-22")] == [{"emmanuel-macron", "ilham-aliyev"}] * 2


def test_sat_down_with_bringing_together_conducting_discussions_and_convening_tell_meetings() -> None:
    assert held("Bayramov and Mirzoyan sat down with Borrell in Strasbourg on Monday.") == [
        ("2023-09-18", "Strasbourg", "held", ("jeyhun-bayramov", "ararat-mirzoyan", "josep-borrell"))
    ]
    text = "Macron was credited with bringing together Mirzoyan and Bayramov in Paris on Thursday."
    assert held(text, "2023-03-11") == [
        ("2023-03-09", "Paris", "held", ("emmanuel-macron", "ararat-mirzoyan", "jeyhun-bayramov"))
    ]
    assert held("Overchuk and Mustafayev will conduct discussions in Saint Petersburg on June 14.", "2024-06-06") == [
        ("2024-06-14", "Saint Petersburg", "planned", ("alexei-overchuk", "shahin-mustafayev"))
    ]
    assert held("The deputy prime ministers Overchuk and Mustafayev convened in Kazan on Sunday.", "2024-06-06") == [
        ("2024-06-02", "Kazan", "held", ("alexei-overchuk", "shahin-mustafayev"))
    ]


def test_a_gathering_that_brought_together_no_named_sides_is_no_meeting() -> None:
    assert held("The forum brought together 30 ministers at the invitation of Chancellor Olaf Scholz in Berlin.") == []
    assert held("Aliyev sat down for a joint interview with CNN in Davos.") == []


def test_two_meetings_of_one_host_on_one_day_in_one_city_stay_two() -> None:
    text = (
        "Borrell and Mirzoyan met in Strasbourg on Tuesday. In the evening, Borrell also had a short meeting with "
        "Bayramov in Strasbourg on Tuesday."
    )
    assert [ids for *_, ids in held(text)] == [
        ("josep-borrell", "ararat-mirzoyan"),
        ("josep-borrell", "jeyhun-bayramov"),
    ]


def test_the_meeting_just_told_takes_the_place_a_reference_to_it_gives() -> None:
    text = (
        "Michel met Mirzoyan and Bayramov on Friday. "
        "The meeting was held in Strasbourg on the margins of the Council of Europe session."
    )
    assert held(text, "2023-10-16") == [
        ("2023-10-13", "Strasbourg", "held", ("charles-michel", "ararat-mirzoyan", "jeyhun-bayramov"))
    ]


def test_who_took_part_in_the_meeting_just_told_is_at_it_offices_as_their_holders() -> None:
    text = (
        "Mirzoyan and Bayramov met in Vienna on March 3. "
        "The talks were facilitated by the OSCE, represented by Bujar Osmani. "
        "The Foreign Minister of France and the Foreign Minister of Germany also attended the talks."
    )
    assert held(text, "2023-03-04") == [
        (
            "2023-03-03",
            "Vienna",
            "held",
            ("ararat-mirzoyan", "jeyhun-bayramov", "bujar-osmani", "catherine-colonna", "annalena-baerbock"),
        )
    ]


def test_video_footage_of_a_meeting_does_not_make_it_a_video_call() -> None:
    text = "Lavrov and Bayramov met in Minsk on Friday. Video footage of the talks showed the two at a table."
    assert extract(text, published="2024-06-09").meetings[0].format.value == "in_person"
    text = "Macron and Pashinyan held talks via video on Friday."
    assert extract(text, published="2024-06-09").meetings[0].format.value == "video"


def test_video_footage_in_the_sentence_of_an_in_person_meeting_does_not_make_it_a_video_call() -> None:
    text = "Bayramov met Lavrov in Minsk on Tuesday, and video footage showed them shaking hands."
    assert meetings(text, "2023-09-20") == [("2023-09-19", "Minsk", "in_person", ("jeyhun-bayramov", "sergey-lavrov"))]


def test_a_day_told_before_any_year_takes_the_latest_year_the_text_states() -> None:
    text = (
        "Macron spoke on 14 March with Pashinyan. They referred to the declarations of 6 October 2022 and "
        "2 February 2023."
    )
    assert [m.date.iso for m in extract(text).meetings] == ["2023-03-14"]


def test_a_city_gets_its_country_from_the_place_registry_and_says_so() -> None:
    location = extract("Erdogan met Mirzoyan in Antalya on Saturday.", published="2024-03-04").meetings[0].location
    assert location is not None
    assert (location.city, location.country) == ("Antalya", "Turkey")
    assert location.basis is not None
    assert "place registry" in location.basis.reason
    assert [e.quote for e in location.evidence] == ["Antalya"]


def test_calls_to_a_person_are_calls_a_call_to_act_is_not() -> None:
    text = "Lavrov's phone calls on Monday to Foreign Minister Bayramov and Foreign Minister Mirzoyan were about roads."
    found = extract(text, published="2023-06-14").meetings
    assert sorted((m.date.iso, m.format.value, m.participant_ids) for m in found) == [
        ("2023-06-12", "phone", ("sergey-lavrov", "ararat-mirzoyan")),
        ("2023-06-12", "phone", ("sergey-lavrov", "jeyhun-bayramov")),
    ]
    assert held("Scholz's call on Monday to lift the blockade was welcomed in Yerevan.") == []


def test_a_persons_discussions_with_others_are_theirs_not_the_sentences_subjects() -> None:
    text = "Bayramov briefed Borrell on Aliyev's latest talks with President Erdogan and President Macron."
    assert [ids for *_, ids in held(text, "2023-06-14")] == [
        ("ilham-aliyev", "recep-tayyip-erdogan", "emmanuel-macron")
    ]


def test_a_summit_of_named_leaders_is_a_meeting_the_gathering_is_not() -> None:
    text = "Astana hosted a three-way summit of President Erdogan, President Aliyev and President Tokayev."
    assert held(text, "2024-06-14") == [
        ("2024-06", "Astana", "held", ("recep-tayyip-erdogan", "ilham-aliyev", "kassym-jomart-tokayev"))
    ]
    assert held("Bayramov spoke on the margins of the summit of the Organization of Turkic States in Budapest.") == []


def test_a_counterpart_is_the_holder_of_the_same_office_in_the_country_named() -> None:
    assert [ids for *_, ids in held("Cavusoglu met his Armenian counterpart in Antalya on Friday.", "2023-05-08")] == [
        ("mevlut-cavusoglu", "ararat-mirzoyan")
    ]
    # a leader's counterpart is the other country's leader, whatever the office is called there
    found = extract("Aliyev received his Armenian counterpart in Gabala on Friday.", published="2023-05-08").meetings
    assert [(a.participant, a.by_office) for a in found[0].participants] == [
        ("ilham-aliyev", False),
        ("nikol-pashinyan", True),
    ]
    assert held("Scholz called Armenian Prime Minister Nikol Pashinyan on Saturday.", "2023-05-08") == [
        ("2023-05-06", None, "held", ("olaf-scholz", "nikol-pashinyan"))
    ]


def test_his_before_a_meeting_noun_is_the_sentences_subject_not_a_possessor_named_before() -> None:
    text = "Pashinyan raised Lavrov's statements in his phone conversation with Macron on Tuesday."
    assert [(d, fmt, ids) for d, _, fmt, ids in meetings(text, "2023-11-22")] == [
        ("2023-11-21", "phone", ("nikol-pashinyan", "emmanuel-macron"))
    ]


def test_who_thanks_welcomes_or_praises_a_meeting_is_not_at_it() -> None:
    text = "Zakharova thanked Belarus for hosting a meeting between Overchuk and Mustafayev in Minsk."
    assert [ids for *_, ids in held(text)] == [("alexei-overchuk", "shahin-mustafayev")]
    text = "Scholz welcomed last week's meeting between Lavrov and Bayramov in Baku."
    assert [ids for *_, ids in held(text)] == [("sergey-lavrov", "jeyhun-bayramov")]
    text = "Stoltenberg praised the Baku meeting between Lavrov and Bayramov."
    assert [ids for *_, ids in held(text)] == [("sergey-lavrov", "jeyhun-bayramov")]


def test_who_welcomes_a_meeting_between_two_others_quoted_or_not_is_not_at_it() -> None:
    text = 'Borrell said: "We welcome the meeting between Macron and Aliyev in Vienna on Monday."'
    assert held(text) == [("2023-09-18", "Vienna", "held", ("emmanuel-macron", "ilham-aliyev"))]
    text = "Lavrov welcomed the meeting between Erdogan and Pashinyan in Ankara on Monday."
    assert held(text) == [("2023-09-18", "Ankara", "held", ("recep-tayyip-erdogan", "nikol-pashinyan"))]


def test_a_call_told_again_without_its_day_is_on_the_day_told_before() -> None:
    text = (
        "The ministry announced Lavrov's phone calls on Thursday. Lavrov spoke by telephone with "
        "Foreign Minister Jeyhun Bayramov and Foreign Minister Ararat Mirzoyan."
    )
    found = {(m.date.iso, m.participant_ids) for m in extract(text, published="2022-06-17").meetings}
    assert found == {
        ("2022-06-16", ("sergey-lavrov", "jeyhun-bayramov")),
        ("2022-06-16", ("sergey-lavrov", "ararat-mirzoyan")),
    }


def test_earlier_in_the_day_is_the_day_told_before_not_the_day_of_publication() -> None:
    text = (
        "On Tuesday Borrell told journalists the discussions had been frank. "
        "Borrell had met President Vahagn Khachaturyan earlier in the day."
    )
    assert [m.date.iso for m in extract(text, published="2023-03-09").meetings] == ["2023-03-07"]


def test_earlier_in_the_day_after_a_spans_since_is_the_day_of_publication_not_the_spans_start() -> None:
    text = "The ceasefire has held since Monday. Earlier in the day, Lavrov met Mirzoyan in Minsk."
    assert held(text, "2023-09-20") == [("2023-09-20", "Minsk", "held", ("sergey-lavrov", "ararat-mirzoyan"))]


def test_a_meeting_only_hinted_at_is_no_meeting() -> None:
    assert held("Lavrov has hinted at meeting Bayramov and Mirzoyan in Minsk.", "2022-10-06") == []


def test_a_meeting_reported_as_rumour_or_denied_is_rumoured_one_only_proposed_is_proposed() -> None:
    text = "Several outlets claimed that a meeting of Lavrov, Bayramov and Mirzoyan was reportedly planned for March 2."
    assert [m.status.value for m in extract(text, published="2024-02-20").meetings] == ["rumoured"]
    text = "Overchuk and Grigoryan were allegedly due to meet in Kazan on March 2."
    assert [m.status.value for m in extract(text, published="2024-02-20").meetings] == ["rumoured"]
    text = "Overchuk and Grigoryan were due to meet in Kazan on March 2."
    assert [m.status.value for m in extract(text, published="2024-02-20").meetings] == ["planned"]
    text = "The ministry dismissed reports of a planned meeting between Lavrov and Bayramov in Baku in July."
    assert [m.status.value for m in extract(text, published="2024-05-11").meetings] == ["rumoured"]
    text = "Scholz invited Mirzoyan and Bayramov to talks in Berlin in early December."
    assert [m.status.value for m in extract(text, published="2023-10-06").meetings] == ["proposed"]
    text = "Mirzoyan and Bayramov were invited by Scholz to a meeting in Berlin in early December."
    assert [m.status.value for m in extract(text, published="2023-10-06").meetings] == ["proposed"]
    text = "Aliyev said during a phone call with Erdogan on June 4 that he accepted Erdogan's invitation to Ankara."
    assert [m.status.value for m in extract(text, published="2024-06-10").meetings] == ["held"]


def test_a_joint_press_conference_with_someone_is_a_meeting_with_them() -> None:
    text = "Cavusoglu spoke at a joint press conference with Foreign Minister Jeyhun Bayramov in Ankara on Monday."
    assert held(text, "2023-01-18") == [("2023-01-16", "Ankara", "held", ("mevlut-cavusoglu", "jeyhun-bayramov"))]


def test_who_had_previously_met_only_through_a_mediator_tell_no_one_meeting() -> None:
    text = (
        "Borrell hosted Mustafayev and Mher Grigoryan in Vienna on March 3 for the first time; the pair had "
        "previously met only through the mediation of Overchuk."
    )
    assert [ids for *_, ids in held(text, "2023-03-04")] == [("josep-borrell", "shahin-mustafayev", "mher-grigoryan")]


def test_the_datelines_day_is_the_day_the_story_was_filed_not_the_meetings() -> None:
    text = "BAKU. June 3 (TASS) - Lavrov, Bayramov and Mirzoyan will meet in Minsk in July, a diplomatic source said."
    assert held(text, "2024-06-03") == [
        ("2024-07", "Minsk", "planned", ("sergey-lavrov", "jeyhun-bayramov", "ararat-mirzoyan"))
    ]


def test_may_is_a_month_after_in_or_early_not_the_verb() -> None:
    assert held("Overchuk and Mustafayev last met in Kazan in May.", "2022-10-14")[0][0] == "2022-05"
    assert held("Macron may meet Bayramov in Vienna.") == []


def test_in_may_opening_a_sentence_is_a_month_they_may_meet_is_not() -> None:
    assert held("In May, Erdogan hosted Bayramov and Mirzoyan in Antalya.", "2024-07-10") == [
        ("2024-05", "Antalya", "held", ("recep-tayyip-erdogan", "jeyhun-bayramov", "ararat-mirzoyan"))
    ]
    assert held("Bayramov and Mirzoyan said they may meet in Antalya.", "2024-07-10") == []


def test_no_meeting_is_no_meeting() -> None:
    assert held("No meeting between Lavrov and Mirzoyan is scheduled for June 12 in Minsk.", "2024-06-01") == []


def test_a_year_named_in_a_title_or_as_a_spans_start_gives_no_other_date_its_year() -> None:
    text = (
        "The parties referred to the Madrid Principles of 2007. The working group was formed on March 2, a day after "
        "Lavrov hosted Bayramov and Mirzoyan in Minsk."
    )
    assert [m.date.iso for m in extract(text).meetings] == [None]


def test_thanks_for_hosting_the_meeting_told_before_add_neither_a_meeting_nor_its_host() -> None:
    text = (
        "Overchuk and Mustafayev met in Minsk on June 2. Mustafayev thanked Alexander Lukashenko for hosting the "
        "meeting."
    )
    assert [ids for *_, ids in held(text, "2024-06-03")] == [("alexei-overchuk", "shahin-mustafayev")]


def test_since_last_year_opening_a_sentence_is_a_span_not_a_meetings_date() -> None:
    text = "Since last year, contacts in the Washington format were frequent, with ministerial meetings."
    assert held(text, "2024-03-08") == []


def test_a_meeting_of_a_body_is_a_meeting_of_the_people_who_head_it() -> None:
    text = (
        "Defense Ministers Suren Papikyan and Zakir Hasanov head the military working groups. "
        "Meeting in Bishkek on Saturday, the working groups agreed on a timetable."
    )
    found = extract(text, published="2024-02-07").meetings
    assert [(m.date.iso, m.location.city if m.location else None) for m in found] == [("2024-02-03", "Bishkek")]
    assert [(a.participant, a.by_office) for a in found[0].participants] == [
        ("suren-papikyan", True),
        ("zakir-hasanov", True),
    ]


# -- guards: what does not change who met, where, when or how ----------------------------------------------------


def test_an_evaluative_relative_clause_does_not_exclude_the_subject() -> None:
    text = "Bayramov, who has denied any wrongdoing, met Borrell in Strasbourg on Monday."
    assert held(text) == [("2023-09-18", "Strasbourg", "held", ("jeyhun-bayramov", "josep-borrell"))]


def test_accepting_an_invitation_and_meeting_is_a_meeting_held() -> None:
    text = "Mirzoyan accepted the invitation and met Cavusoglu in Antalya on Friday."
    assert held(text, "2023-03-13") == [("2023-03-10", "Antalya", "held", ("ararat-mirzoyan", "mevlut-cavusoglu"))]


def test_a_later_meeting_of_the_same_person_is_not_merged_into_the_one_before() -> None:
    text = "Macron met Mirzoyan in Paris on Thursday. Macron later met Bayramov."
    assert held(text, "2023-03-11") == [
        ("2023-03-09", "Paris", "held", ("emmanuel-macron", "ararat-mirzoyan")),
        ("2023-03-09", "Paris", "held", ("emmanuel-macron", "jeyhun-bayramov")),
    ]


def test_a_ranked_title_makes_a_later_the_secretary_not_its_holder() -> None:
    text = (
        "Secretary of State Antony Blinken spoke on Monday. Acting Assistant Secretary Jane Roe met Bayramov in Baku "
        "on Monday. The Secretary met Mirzoyan in Washington on Tuesday."
    )
    assert [ids for *_, ids in held(text)] == [("jane-roe", "jeyhun-bayramov"), ("ararat-mirzoyan", "antony-blinken")]
    # with no other holder named, "the Secretary" stays unknown; without the rank it is the one named before
    later = "{} Jane Roe met Bayramov in Baku on Monday. The Secretary met Mirzoyan in Washington on Tuesday."
    assert "jane-roe" not in held(later.format("Acting Assistant Secretary"))[1][3]
    assert held(later.format("Secretary"))[1][3] == ("ararat-mirzoyan", "jane-roe")


# -- issue #16: mechanisms of real reporting ---------------------------------------------------


def test_a_call_to_resume_talks_is_no_meeting_talks_resumed_in_a_city_on_a_day_are() -> None:
    assert held("Scholz's call on Aliyev and Pashinyan to resume talks was welcomed.") == []
    assert held("Aliyev said he was ready to resume talks with Pashinyan.") == []
    assert held("The sides agreed to resume talks in Geneva on September 25 with Aliyev and Pashinyan.") == [
        ("2023-09-25", "Geneva", "planned", ("ilham-aliyev", "nikol-pashinyan"))
    ]
    assert held("Aliyev and Pashinyan resumed talks in Brussels on Monday.") == [
        ("2023-09-18", "Brussels", "held", ("ilham-aliyev", "nikol-pashinyan"))
    ]


def test_an_encounter_of_named_people_is_a_meeting_an_armed_encounter_is_not() -> None:
    assert held("The encounter between Aliyev and Pashinyan took place in Geneva on Monday.") == [
        ("2023-09-18", "Geneva", "held", ("ilham-aliyev", "nikol-pashinyan"))
    ]
    assert held("An armed encounter on the border left two soldiers dead on Monday, Aliyev said.") == []


def test_a_telephone_talk_is_a_call() -> None:
    assert meetings("During a telephone talk with Pashinyan on Monday, Putin discussed the border.") == [
        ("2023-10-02", None, "phone", ("nikol-pashinyan", "vladimir-putin"))
    ]


def test_named_people_who_gathered_in_a_city_met_protesters_did_not() -> None:
    assert meetings("Putin, Aliyev and Pashinyan gathered in Astana for a summit on Monday.") == [
        ("2023-10-02", "Astana", "in_person", ("vladimir-putin", "ilham-aliyev", "nikol-pashinyan"))
    ]
    assert meetings("Protesters gathered in Yerevan on Monday to demand Pashinyan's resignation.") == []


def test_speaking_by_phone_one_tells_the_other_is_a_call_of_the_two() -> None:
    assert meetings("Speaking by phone from Vienna on Monday, Bayramov told Mirzoyan that the talks must go on.") == [
        ("2023-10-02", None, "phone", ("jeyhun-bayramov", "ararat-mirzoyan"))
    ]
    assert meetings("In a phone conversation on Monday, Bayramov told Mirzoyan that the talks must go on.") == [
        ("2023-10-02", None, "phone", ("jeyhun-bayramov", "ararat-mirzoyan"))
    ]
    # one person speaking by phone to an outlet, or to reporters, had no call
    assert meetings("Speaking by phone from Baku, Bayramov told Reuters the talks must go on.") == []
    assert meetings("Speaking to reporters on Monday, Bayramov said Mirzoyan must act.") == []


def test_a_meeting_only_wished_for_named_as_a_noun_or_hinted_at_later_is_no_meeting() -> None:
    assert held("Michel hinted on Monday at meeting Aliyev in Brussels.") == []
    assert held("Michel hinted on Monday at a meeting with Aliyev in Brussels.") == []
    assert held("Michel floated the idea of a meeting with Aliyev in Brussels.") == []
    assert held("Pashinyan did not rule out meeting Aliyev in Prague.") == []
    assert held("Pashinyan did not rule out a meeting with Aliyev in Prague.") == []


def test_a_call_requested_is_only_proposed() -> None:
    assert [m.status.value for m in extract("Pashinyan requested a phone call with Putin.").meetings] == ["proposed"]
    assert [m.status.value for m in extract("Aliyev asked for a call with Blinken.").meetings] == ["proposed"]


def test_a_meeting_told_as_held_is_not_the_one_still_to_come() -> None:
    text = "Aliyev and Pashinyan will meet in Brussels on May 14. Aliyev and Pashinyan have met in Brussels before."
    assert held(text, "2023-05-10") == [
        ("2023-05-14", "Brussels", "planned", ("ilham-aliyev", "nikol-pashinyan")),
        (None, "Brussels", "held", ("ilham-aliyev", "nikol-pashinyan")),
    ]
    # a noun without a future word refers to the meeting to come and does not make it held
    text = "Michel will host Aliyev and Pashinyan in Brussels on May 14. The meeting in Brussels follows months of tension."
    assert held(text, "2023-05-10") == [
        ("2023-05-14", "Brussels", "planned", ("charles-michel", "ilham-aliyev", "nikol-pashinyan"))
    ]


def test_an_office_without_a_country_is_the_visited_countrys() -> None:
    assert held("Blinken arrived in Armenia on Monday and met the Prime Minister.") == [
        ("2023-09-18", None, "held", ("antony-blinken", "nikol-pashinyan"))
    ]
    assert held("During his visit to Azerbaijan on Monday, Blinken met the President.") == [
        ("2023-09-18", None, "held", ("antony-blinken", "ilham-aliyev"))
    ]


def test_a_list_of_offices_after_a_comma_is_not_an_office_and_its_holders_name() -> None:
    text = "Klaar arrived in Armenia on Monday and met with the Prime Minister, Deputy Prime Minister and others."
    assert held(text) == [("2023-09-18", None, "held", ("toivo-klaar", "nikol-pashinyan"))]


def test_an_office_without_a_country_is_the_same_office_named_before_with_its_country() -> None:
    text = "The US Secretary of State said on Monday that the talks went well. The Secretary met Aliyev in Munich on Friday."
    assert held(text) == [("2023-09-15", "Munich", "held", ("ilham-aliyev", "antony-blinken"))]


def test_a_series_of_meetings_in_several_cities_is_no_one_meeting() -> None:
    text = (
        "It was the latest in a series of intensive and productive high-level meetings between Aliyev and Pashinyan "
        "in Brussels, Chisinau and Washington."
    )
    assert held(text) == []


def test_a_mention_adding_only_holders_of_offices_is_the_same_meeting() -> None:
    text = (
        "Klaar arrived in Armenia on Monday and met the Prime Minister. Klaar also held meetings in Yerevan, "
        "his office said."
    )
    assert held(text) == [("2023-09-18", "Yerevan", "held", ("toivo-klaar", "nikol-pashinyan"))]


def test_a_later_month_told_as_to_come_is_this_years() -> None:
    assert held("Aliyev will meet Pashinyan in Brussels in December.", "2023-05-10") == [
        ("2023-12", "Brussels", "planned", ("ilham-aliyev", "nikol-pashinyan"))
    ]
    assert held("Aliyev met Pashinyan in Brussels in December.", "2023-05-10") == [
        ("2022-12", "Brussels", "held", ("ilham-aliyev", "nikol-pashinyan"))
    ]


def test_days_counted_two_back_or_ahead() -> None:
    for words in ("two days ago", "the day before yesterday"):
        assert held(f"Aliyev met Pashinyan in Brussels {words}.", "2023-05-10")[0][0] == "2023-05-08"
    assert held("Aliyev will meet Pashinyan in Brussels the day after tomorrow.", "2023-05-10")[0][0] == "2023-05-12"


def test_thanks_for_hosting_without_a_place_or_day_is_no_new_meeting() -> None:
    text = "Aliyev and Pashinyan met in Brussels on Monday. Pashinyan thanked Michel for hosting."
    assert held(text) == [("2023-09-18", "Brussels", "held", ("ilham-aliyev", "nikol-pashinyan"))]
    text = "Aliyev and Pashinyan met in Brussels on Monday. Pashinyan thanked Michel for hosting the round."
    assert held(text) == [("2023-09-18", "Brussels", "held", ("ilham-aliyev", "nikol-pashinyan"))]
    # with a place and a day of its own, the hosting is an event told
    assert held("Pashinyan thanked Michel for hosting him in Brussels on Monday.") == [
        ("2023-09-18", "Brussels", "held", ("nikol-pashinyan", "charles-michel"))
    ]


def test_what_stands_before_the_and_leading_to_the_next_meeting_word_is_the_first_words() -> None:
    assert held("Michel called Aliyev by phone on Monday and asked to meet in Brussels.") == [
        ("2023-09-18", None, "held", ("charles-michel", "ilham-aliyev"))
    ]


def test_the_two_leaders_are_the_two_named_together_before() -> None:
    text = (
        "Azerbaijani President Aliyev and Armenian Prime Minister Pashinyan sat down with Russian President Putin "
        "in January. Michel called the two leaders separately by phone on Monday."
    )
    calls = [ids for date, *_, ids in held(text) if date == "2023-09-18"]
    assert sorted(calls) == [("charles-michel", "ilham-aliyev"), ("charles-michel", "nikol-pashinyan")]


def test_offices_of_countries_meeting_in_a_city_are_one_meeting_without_a_day_to_name_their_holders() -> None:
    text = "The meeting in Kazan between the President of Azerbaijan and the Prime Minister of Armenia was productive."
    assert [(m.location.city if m.location else None, m.participant_ids) for m in extract(text).meetings] == [
        ("Kazan", ())
    ]
    # with the day of publication, the holders of that day
    assert held(text, "2024-10-25") == [("2024-10", "Kazan", "held", ("ilham-aliyev", "nikol-pashinyan"))]
    # without a place, unnamed sides tell no one meeting
    unplaced = "The meeting between the President of Azerbaijan and the Prime Minister of Armenia was productive."
    assert extract(unplaced).meetings == ()


def test_shaking_hands_conferring_dining_and_negotiating_with_someone_are_meetings() -> None:
    assert held("Aliyev and Pashinyan shook hands at the summit in Prague on Thursday.") == [
        ("2023-09-14", "Prague", "held", ("ilham-aliyev", "nikol-pashinyan"))
    ]
    assert held("Bayramov conferred with Mirzoyan in Geneva on Monday.")[0][3] == ("jeyhun-bayramov", "ararat-mirzoyan")
    assert held("Macron dined with Aliyev in Paris on Monday.")[0][3] == ("emmanuel-macron", "ilham-aliyev")
    assert held("Bayramov had a working dinner with Mirzoyan in Berlin on Monday.")[0][1:] == (
        "Berlin", "held", ("jeyhun-bayramov", "ararat-mirzoyan")
    )
    assert held("Bayramov and Mirzoyan negotiated in Washington on Monday.")[0][1] == "Washington"
    assert held("Bayramov negotiated the deal for months, Mirzoyan said.") == []


def test_who_briefs_another_during_a_call_is_in_the_call() -> None:
    assert meetings("Pashinyan briefed Macron on the negotiations during a phone call on Monday.") == [
        ("2023-10-02", None, "phone", ("nikol-pashinyan", "emmanuel-macron"))
    ]


def test_his_before_a_meeting_noun_is_who_briefs_not_who_is_briefed() -> None:
    text = "Pashinyan briefed Macron on the results of his talks with Aliyev on Monday."
    assert sorted(held(text)[0][3]) == ["ilham-aliyev", "nikol-pashinyan"]
    text = "Aliyev informed Erdogan about his call with Putin on Monday."
    assert sorted(held(text)[0][3]) == ["ilham-aliyev", "vladimir-putin"]


def test_a_day_told_after_a_past_verb_of_going_is_past_whatever_the_meeting_it_was_for() -> None:
    assert held("Mirzoyan arrived in Washington on Monday to hold talks with Bayramov.") == [
        ("2023-09-18", "Washington", "held", ("ararat-mirzoyan", "jeyhun-bayramov"))  # the purpose of a trip made
    ]
    assert held("Mirzoyan will travel to Washington on Monday to meet Bayramov.")[0][0] == "2023-09-25"


def test_who_mediates_talks_between_two_others_is_at_them() -> None:
    for text in (
        "Michel mediated talks between Aliyev and Pashinyan in Brussels on Monday.",
        "Michel, who mediated talks between Aliyev and Pashinyan in Brussels on Monday, spoke.",
    ):
        assert held(text) == [("2023-09-18", "Brussels", "held", ("charles-michel", "ilham-aliyev", "nikol-pashinyan"))]
    # who welcomes them is not
    assert held("Michel welcomed talks between Aliyev and Pashinyan in Brussels on Monday.")[0][3] == (
        "ilham-aliyev",
        "nikol-pashinyan",
    )


def test_more_ways_of_telling_a_meeting_or_a_call() -> None:
    for text in (
        "Aliyev and Pashinyan came together in Granada on Monday.",
        "Aliyev and Pashinyan had a brief chat in Granada on Monday.",
        "Aliyev and Pashinyan exchanged views in Granada on Monday.",
    ):
        assert held(text) == [("2023-09-18", "Granada", "held", ("ilham-aliyev", "nikol-pashinyan"))]
    for text in (
        "Aliyev took a call from Putin on Monday.",
        "Aliyev was on the phone with Putin on Monday.",
    ):
        assert meetings(text) == [("2023-10-02", None, "phone", ("ilham-aliyev", "vladimir-putin"))]
    assert meetings("Putin and Aliyev talked via video link on Monday.") == [
        ("2023-10-02", None, "video", ("vladimir-putin", "ilham-aliyev"))
    ]
    assert meetings("The ministry received calls from concerned citizens on Monday.") == []


def test_the_capital_named_by_its_countrys_adjective_is_its_capital_city() -> None:
    assert held("Blinken met Aliyev in the Azerbaijani capital on Monday.") == [
        ("2023-09-18", "Baku", "held", ("antony-blinken", "ilham-aliyev"))
    ]
    assert held("Blinken met Aliyev in the U.S. capital on Monday.")[0][1] == "Washington"
    assert held("Blinken met Aliyev on Monday after the Azerbaijani capital protested.")[0][1] is None


def test_institutions_and_events_named_after_a_role_word_are_no_people() -> None:
    assert people("Aliyev met think tanks at the Heritage Foundation on Monday.") == ["ilham-aliyev"]
    assert people("Trump said the efforts would culminate in an official Peace Signing Ceremony.") == ["donald-trump"]


def test_an_abbreviated_title_before_a_surname_is_the_person_named_before() -> None:
    text = "Acting Assistant Secretary Philip Reeker arrived. We thank Acting Assistant Sec Reeker for his help."
    assert people(text) == ["philip-reeker"]


def test_a_name_one_or_two_letters_off_a_known_persons_with_the_same_first_name_is_theirs() -> None:
    assert people("U.S. Secretary of State Antony Blniken met Bayramov on Monday.") == ["antony-blinken", "jeyhun-bayramov"]


def test_a_name_apposed_to_a_long_office_is_a_persons() -> None:
    text = "The call followed the visit of the Director of the U.S. Central Intelligence Agency, John Roe, to Armenia."
    assert people(text) == ["john-roe"]


def test_a_name_listed_after_a_known_official_is_a_persons() -> None:
    text = "Darsalia met his counterparts, Azerbaijan's Elnur Mammadov and Armenia's Vahan Roe, in Tbilisi."
    assert "vahan-roe" in people(text)


def test_the_previous_or_next_round_told_where_it_took_place_has_the_sides_of_the_meeting_before() -> None:
    text = "Bayramov and Mirzoyan met in Washington on May 1. The previous round was held in Brussels on March 2."
    assert held(text, "2023-05-10") == [
        ("2023-05-01", "Washington", "held", ("jeyhun-bayramov", "ararat-mirzoyan")),
        ("2023-03-02", "Brussels", "held", ("jeyhun-bayramov", "ararat-mirzoyan")),
    ]
    text = "Bayramov and Mirzoyan met in Washington on May 1. The next round will take place in Brussels on June 2."
    assert held(text, "2023-05-10")[1] == ("2023-06-02", "Brussels", "planned", ("jeyhun-bayramov", "ararat-mirzoyan"))
    assert held("The second round of voting was held on Sunday.", "2023-05-10") == []
