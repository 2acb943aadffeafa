"""Statement rules found missing on real reporting (issue 16), each stated on a short made-up text of its own:
what it finds, and what it must not take for a statement."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from caucasus_talks import extract


def said(text: str, published: str = "2023-05-10") -> list[tuple[str, str]]:
    """The (speaker, words) of every statement the extractor finds in ``text``."""
    return [(s.speaker, s.text) for s in extract(text, published=published).statements]


# -- single quotation marks ------------------------------------------------------------------------------------


def test_curly_single_quotes_are_a_quotation() -> None:
    text = "Michel said the leaders had agreed ‘to meet again in the same format before the summer’."
    assert said(text) == [("charles-michel", "to meet again in the same format before the summer")]


def test_straight_single_quotes_are_a_quotation() -> None:
    text = "Aliyev told reporters that Baku was ready to talk 'in any format and at any time' with Yerevan."
    assert said(text) == [("ilham-aliyev", "in any format and at any time")]


def test_a_single_quoted_sentence_with_its_attribution_after() -> None:
    text = "‘We are close to an agreement on the text of the treaty,’ Mirzoyan told journalists in Yerevan."
    assert said(text) == [("ararat-mirzoyan", "We are close to an agreement on the text of the treaty")]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = (
        "Azerbaijan’s and Armenia’s leaders’ talks didn’t end the '90s dispute, Pashinyan’s aide said. "
        "The ministers' meeting in Almaty was the sides' third this year, Mirzoyan's office said."
    )
    assert said(text) == []


def test_a_plural_possessive_inside_single_quotes_does_not_close_them() -> None:
    text = "Blinken said the talks were ‘a step toward the two countries’ peace that we all want’."
    assert said(text) == [("antony-blinken", "a step toward the two countries’ peace that we all want")]


def test_single_quoted_scare_quotes_and_titles_are_not_statements() -> None:
    text = (
        "Critics call the route the so-called ‘Zangezur corridor’. The ‘Crossroads of Peace’ project was presented "
        "in Tbilisi. Aliyev met Pashinyan in 'a frank' atmosphere."
    )
    assert said(text) == []


def test_a_single_quoted_word_inside_a_double_quoted_quotation_is_part_of_it() -> None:
    text = "“Many tried to end the war — until ‘the new plan’ appeared,” Pashinyan wrote on Facebook."
    assert said(text) == [("nikol-pashinyan", "Many tried to end the war — until ‘the new plan’ appeared")]


def test_a_double_quoted_word_inside_a_single_quoted_quotation_is_part_of_it() -> None:
    text = "‘The “peace agenda” is our priority for the whole region,’ Mirzoyan said on Monday."
    assert said(text) == [("ararat-mirzoyan", "The “peace agenda” is our priority for the whole region")]


# -- nested and unclosed double quotation marks ---------------------------------------------------------------


def test_a_curly_quotation_nested_in_another_does_not_split_it() -> None:
    text = "“It shows our readiness for a “peace-making” role in the region,” Bayramov wrote on X."
    assert said(text) == [("jeyhun-bayramov", "It shows our readiness for a “peace-making” role in the region")]


def test_an_opening_mark_never_closed_before_another_quotation_ends_there() -> None:
    text = "“The talks were useful. “We will meet again,” Bayramov said."
    assert [t for _, t in said(text)] == ["We will meet again"]


# -- where the speaker is named --------------------------------------------------------------------------------


def test_said_x_closing_the_sentence_after_a_comma_speaks_the_quotation_that_opens_it() -> None:
    text = (
        '"In line with the agreement reached earlier," the two foreign ministers will hold talks in Almaty on '
        "Friday and Saturday of next week, said Azerbaijani presidential aide Hikmet Hajiyev."
    )
    assert said(text) == [("hikmet-hajiyev", "In line with the agreement reached earlier")]


def test_an_institution_in_a_title_is_not_the_speaker_the_person_it_titles_is() -> None:
    text = 'The talks will go on, according to Armenian Foreign Ministry spokesperson Ani Badalyan, "in any format".'
    assert said(text) == [("ani-badalyan", "in any format")]


def test_according_to_x_speaks_when_a_later_verb_has_no_subject_of_its_own() -> None:
    text = 'According to Hikmet Hajiyev, the country has called on its partners "to respect the ceasefire line".'
    assert said(text) == [("hikmet-hajiyev", "to respect the ceasefire line")]


def test_a_passive_speech_verb_is_spoken_by_who_follows_by() -> None:
    text = 'The talks, as stated by Mirzoyan after the meeting, "were difficult but necessary for both sides".'
    assert said(text) == [("ararat-mirzoyan", "were difficult but necessary for both sides")]


def test_said_by_phone_is_not_a_passive() -> None:
    text = 'Aliyev said by phone: "We are ready to sign the treaty this year."'
    assert said(text) == [("ilham-aliyev", "We are ready to sign the treaty this year.")]


def test_a_participle_clause_speaks_for_the_subject_of_its_sentence() -> None:
    text = 'Blinken welcomed the meeting between Mirzoyan and Bayramov in Tbilisi, calling it "an important step forward".'
    assert said(text) == [("antony-blinken", "an important step forward")]


def test_what_a_speaker_called_something_is_their_words_even_after_an_article() -> None:
    text = 'Pashinyan described the talks in Brussels as a "constructive exchange".'
    assert said(text) == [("nikol-pashinyan", "constructive exchange")]


def test_a_phrase_named_after_an_article_without_a_naming_verb_is_not_a_statement() -> None:
    text = 'Aliyev said the two sides had a "constructive exchange" in Brussels on Sunday and would meet again.'
    assert said(text) == []


def test_a_colon_after_any_verb_introduces_a_quotation_of_its_subject() -> None:
    text = 'Pashinyan agreed with him: "The peace treaty must be signed as soon as possible."'
    assert said(text) == [("nikol-pashinyan", "The peace treaty must be signed as soon as possible.")]


def test_a_line_ending_in_a_colon_introduces_the_quoted_paragraph_below_it() -> None:
    text = (
        "Mirzoyan's statement on the exchange of prisoners is as follows:\n\n"
        '"This is good news. I hope the joint statement becomes a milestone on the path to peace."\n'
    )
    assert said(text) == [
        ("ararat-mirzoyan", "This is good news. I hope the joint statement becomes a milestone on the path to peace.")
    ]


def test_a_list_of_short_quotations_after_a_colon_is_not_a_statement() -> None:
    text = 'Aliyev and Pashinyan discussed three topics: "borders", "transport links" and "the treaty".'
    assert said(text) == []


# -- people the registry lacks -------------------------------------------------------------------------------


def people(text: str, published: str = "2023-05-10") -> list[str]:
    return [p.id for p in extract(text, published=published).participants]


def test_the_surname_alone_of_a_person_the_registry_lacks_is_that_person() -> None:
    text = (
        "Azerbaijani Ambassador to Austria Karim Velizade thanked the hosts. "
        '"We are grateful for the hospitality shown to both delegations in Vienna," Velizade wrote on X.'
    )
    assert said(text) == [("karim-velizade", "We are grateful for the hospitality shown to both delegations in Vienna")]


def test_a_surname_before_the_person_is_named_in_full_is_not_theirs() -> None:
    text = '"The talks will resume," Velizade said. Azerbaijani Ambassador to Austria Karim Velizade thanked the hosts.'
    assert said(text) == []


def test_a_name_in_apposition_with_a_former_office_is_a_person() -> None:
    text = "Vardan Oskanyan, former foreign minister of Armenia, commented on the talks in Washington."
    assert "vardan-oskanyan" in people(text)


def test_a_party_is_no_person() -> None:
    text = "Garo Paylan, a former MP from the People's Democratic Party, commented on the prisoner exchange."
    assert people(text) == ["garo-paylan"]


# -- words printed without quotation marks -------------------------------------------------------------------


def test_the_paragraph_after_x_said_and_a_colon_is_their_statement() -> None:
    text = (
        "Aliyev and Pashinyan met in Brussels on Sunday.\n"
        "Speaking after the meeting, European Council President Charles Michel said:\n"
        "Dear colleagues. We had a frank and useful exchange.\n"
        "The leaders agreed to meet again in July.\n\n"
        "The talks lasted four hours, officials said.\n"
    )
    assert said(text) == [
        ("charles-michel", "Dear colleagues. We had a frank and useful exchange.\nThe leaders agreed to meet again in July.")
    ]


def test_the_below_is_attributable_to_x_introduces_their_statement() -> None:
    text = (
        "Readout of the Secretary's call\n\nThe below is attributable to Spokesperson Ned Price:\n\n"
        "Secretary Blinken spoke today with President Aliyev and urged direct dialogue with Armenia.\n"
    )
    assert said(text) == [
        ("ned-price", "Secretary Blinken spoke today with President Aliyev and urged direct dialogue with Armenia.")
    ]


def test_a_block_introduced_by_nobody_known_is_read_for_quotations_as_usual() -> None:
    text = (
        "The communique of the summit reads as follows:\n"
        'The parties welcomed the progress. "We are close to a deal," Mirzoyan said after the talks.\n'
    )
    assert said(text) == [("ararat-mirzoyan", "We are close to a deal")]


def test_a_speech_under_a_title_naming_its_speaker_is_theirs() -> None:
    text = (
        "Remarks by President Charles Michel after his meeting with President Aliyev and Prime Minister Pashinyan\n"
        "Good afternoon.\n"
        "We have just finished our meeting.\n"
        "Border delimitation\n"
        "I welcomed the work of the two border commissions.\n"
    )
    assert said(text) == [
        (
            "charles-michel",
            "Good afternoon.\nWe have just finished our meeting.\nBorder delimitation\nI welcomed the work of the two border "
            "commissions.",
        )
    ]


def test_a_title_naming_a_statement_over_a_report_in_the_third_person_is_no_speech() -> None:
    text = (
        "Statement by Pashinyan angers Baku\n"
        "Azerbaijan criticised the Armenian prime minister on Monday. The ministry said the remarks were unhelpful.\n"
    )
    assert said(text) == []


def test_a_paragraph_in_the_first_person_after_a_line_naming_a_statement_of_x_is_theirs() -> None:
    text = (
        "The presidential palace has published the statement of President Kassym-Jomart Tokayev on the talks.\n"
        "I welcome the agreement of Azerbaijan and Armenia to hold talks in Almaty.\n"
        "According to him, the meeting will be useful.\n"
    )
    assert said(text) == [("kassym-jomart-tokayev", "I welcome the agreement of Azerbaijan and Armenia to hold talks in Almaty.")]


def test_an_embedded_post_above_its_signature_line_is_its_authors() -> None:
    text = (
        "Georgia's prime minister welcomed the release.\n"
        "Glad to have helped the release of the detainees. An important step for the region. https://t.co/abc\n"
        "— Irakli Garibashvili (@GharibashviliGe) June 12, 2021\n"
    )
    assert said(text) == [
        (
            "irakli-garibashvili",
            "Glad to have helped the release of the detainees. An important step for the region. https://t.co/abc",
        )
    ]


def test_interview_answers_after_dash_led_questions_are_the_interviewees() -> None:
    text = (
        "EU envoy Toivo Klaar was interviewed by our agency in Baku.\n\n"
        "— How do you see the process?\n\n"
        "— I think there is real progress, but it takes time.\n\n"
        "— There is also the Moscow track. Some say it competes with Brussels\n"
    )
    assert said(text) == [("toivo-klaar", "I think there is real progress, but it takes time.")]


def test_dash_led_paragraphs_without_an_interview_are_not_answers() -> None:
    text = "The sides agreed on three points:\n\n— How do you see the process?\n\n— Transport links will be opened.\n"
    assert said(text) == []


def test_a_name_label_opening_a_line_is_that_persons_remark() -> None:
    text = "Toivo Klaar: We can have peace between Armenia and Azerbaijan\n\nThe EU envoy spoke in Baku.\n"
    assert said(text) == [("toivo-klaar", "We can have peace between Armenia and Azerbaijan")]


def test_a_transcript_label_may_trail_dots() -> None:
    text = "MR PATEL:... Go ahead, Alex.\n\nQUESTION: Thanks. Any calls with Baku this week?\n"
    assert said(text, "2023-01-05") == [("vedant-patel", "Go ahead, Alex.")]


def test_a_capitalised_heading_with_a_colon_is_no_label() -> None:
    text = "Border Delimitation: What Comes Next\n\nThe commissions met in Brussels, Mirzoyan said.\n"
    assert said(text) == []


# -- speakers named by office or description ------------------------------------------------------------------


def test_the_press_secretary_is_the_press_secretary_named_before() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. "
        '"We will inform you if and when such an agreement is reached," the press secretary said.'
    )
    assert said(text, "2021-11-08") == [("dmitry-peskov", "We will inform you if and when such an agreement is reached")]


def test_the_diplomat_is_an_envoy_named_before_whose_office_the_registry_knows() -> None:
    text = (
        "Toivo Klaar visited Baku this week. "
        '"I am an optimist and I think this is a very important task," the European diplomat emphasized.'
    )
    assert said(text, "2021-03-12") == [("toivo-klaar", "I am an optimist and I think this is a very important task")]


def test_the_head_of_an_institution_is_the_person_whose_title_names_it() -> None:
    text = (
        "The meeting was mediated by Charles Michel. "
        "\u201cToday\u2019s talks were very productive,\u201d said the head of the European Council after the meeting."
    )
    assert said(text, "2023-06-01") == [("charles-michel", "Today\u2019s talks were very productive")]


def test_the_head_of_the_seat_of_a_government_is_its_countrys_leader() -> None:
    text = (
        "Aliyev and Pashinyan signed the declaration in the presence of Donald Trump. "
        '"Both countries pledge to end all hostilities," the head of the White House stressed.'
    )
    assert said(text, "2025-08-09") == [("donald-trump", "Both countries pledge to end all hostilities")]


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister() -> None:
    text = (
        "Lavrov met Bayramov and Mirzoyan in Moscow. "
        '"The sides agreed to continue work on the treaty," the head of Russian diplomacy said.'
    )
    assert said(text, "2023-05-20") == [("sergey-lavrov", "The sides agreed to continue work on the treaty")]


def test_the_head_of_a_ministry_is_not_the_countrys_leader() -> None:
    text = (
        "Pashinyan chaired a government session on Thursday. "
        '"The border commissions will meet next month," the head of the Armenian Foreign Ministry said.'
    )
    assert [speaker for speaker, _ in said(text, "2023-05-20")] != ["nikol-pashinyan"]


# -- who a quotation with no attribution of its own belongs to -------------------------------------------------


def test_a_quoted_paragraph_after_a_paragraph_opening_with_someone_is_theirs() -> None:
    text = (
        '"We are ready to continue the talks in any format," Bayramov said.\n\n'
        "Mirzoyan also thanked the Kazakh side for hosting the meeting.\n\n"
        '"Armenia is committed to peace and we are negotiating constructively."\n'
    )
    assert said(text)[-1] == ("ararat-mirzoyan", "Armenia is committed to peace and we are negotiating constructively.")


def test_a_quoted_paragraph_after_one_opening_with_no_one_continues_the_last_speaker() -> None:
    text = (
        '"We are ready to continue the talks in any format," Bayramov said.\n\n'
        "The meeting in Almaty lasted five hours, officials said.\n\n"
        '"We also discussed the opening of transport links in the region."\n'
    )
    assert said(text)[-1] == ("jeyhun-bayramov", "We also discussed the opening of transport links in the region.")


def test_he_does_not_stand_for_a_name_in_a_heading() -> None:
    text = (
        "The document, according to Trump himself, should earn him the Nobel Peace Prize.\n"
        "Aliyev Backs Joint Appeal to the Nobel Committee\n"
        "\u201cMany leaders tried to end the war, but without success,\u201d he wrote on Truth Social.\n"
    )
    assert said(text, "2025-08-09") == [("donald-trump", "Many leaders tried to end the war, but without success")]


def test_a_quoted_paragraph_whose_own_words_name_an_unknown_source_is_no_one_elses() -> None:
    text = (
        "Azerbaijani President Ilham Aliyev has refused to attend the meeting in Granada.\n\n"
        '"Under such conditions, the Azerbaijani side refuses to hold negotiations," a diplomatic source told the media.\n'
    )
    assert said(text) == []


def test_the_top_us_diplomat_is_the_secretary_of_state_named_before() -> None:
    text = (
        "Secretary of State Antony Blinken spoke with Pashinyan on Monday. "
        '"The United States remains committed to these efforts," the top U.S. diplomat added.'
    )
    assert said(text, "2023-09-19") == [("antony-blinken", "The United States remains committed to these efforts")]


def test_a_statement_from_x_that_reads_a_quotation_is_xs() -> None:
    text = (
        "'The leaders agreed to advance the discussions on the peace treaty', an official statement from "
        "Charles Michel, who hosted the meeting, reads."
    )
    assert said(text, "2022-05-24") == [("charles-michel", "The leaders agreed to advance the discussions on the peace treaty")]


# -- namesakes -------------------------------------------------------------------------------------------------


def test_a_surname_before_one_namesake_is_named_in_full_is_the_other_namesakes() -> None:
    text = (
        "Grigoryan and Mustafayev lead the border commissions of their countries. "
        '"The response was positive," Grigoryan told journalists. '
        "The secretary of the Security Council, Armen Grigoryan, said progress was made."
    )
    assert said(text, "2023-06-20") == [("mher-grigoryan", "The response was positive")]


def test_a_surname_after_the_full_name_is_that_namesake() -> None:
    text = (
        "The secretary of the Security Council, Armen Grigoryan, met Hajiyev in Berlin. "
        '"The talks were useful," Grigoryan told journalists.'
    )
    assert said(text, "2023-06-20") == [("armen-grigoryan", "The talks were useful")]


def test_a_quotation_opening_a_sentence_after_one_telling_of_someones_statement_is_theirs() -> None:
    text = (
        "European Commission President Ursula von der Leyen issued a statement on her meetings with both leaders. "
        "\u201cThe EU is ready to invest in regional connectivity and to bring the region closer"
    )
    assert said(text, "2025-05-20") == [
        ("ursula-von-der-leyen", "The EU is ready to invest in regional connectivity and to bring the region closer")
    ]


def test_a_quotation_opening_a_sentence_after_one_telling_of_no_words_is_no_ones() -> None:
    text = (
        "European Commission President Ursula von der Leyen visited Yerevan on Monday. "
        "\u201cThe EU is ready to invest in regional connectivity and to bring the region closer\u201d was the slogan."
    )
    assert said(text, "2025-05-20") == []


# -- quotations said by several people ------------------------------------------------------------------------


def test_a_quotation_said_by_two_people_together_is_one_statement_each() -> None:
    text = 'Bayramov and Mirzoyan said in a joint statement that the sides "agreed to continue the negotiations".'
    assert said(text) == [
        ("jeyhun-bayramov", "agreed to continue the negotiations"),
        ("ararat-mirzoyan", "agreed to continue the negotiations"),
    ]


def test_they_said_stands_for_two_people_named_together_as_speakers_nearby() -> None:
    text = (
        'In what they called "a new chapter in our relations," the two envoys spoke of the process. '
        "Hikmet Hajiyev, an aide to the Azerbaijani president, and Armen Grigoryan, the secretary of Armenia's "
        "Security Council, told reporters in Doha that the talks began in 2020."
    )
    assert said(text, "2025-06-01") == [
        ("hikmet-hajiyev", "a new chapter in our relations"),
        ("armen-grigoryan", "a new chapter in our relations"),
    ]


def test_the_speaker_after_an_other_clauses_pair_of_names_speaks_alone() -> None:
    text = 'Aliyev met Pashinyan and Michel said: "We made real progress on the peace treaty today."'
    assert said(text) == [("charles-michel", "We made real progress on the peace treaty today.")]


def test_a_title_naming_a_statement_over_a_report_quoting_first_person_words_is_no_speech() -> None:
    text = (
        "Pashinyan's statement on the border draws criticism in Baku\n"
        "\u201cWe will not accept this,\u201d Aliyev said on Monday in reply to the Armenian prime minister.\n"
    )
    assert said(text) == [("ilham-aliyev", "We will not accept this")]


def test_the_words_after_x_said_and_a_colon_stop_before_a_line_that_reports_someone() -> None:
    text = (
        "Speaking in Baku, Aliyev said:\n"
        "We are ready to sign the peace treaty.\n"
        "Pashinyan told reporters in Yerevan that \u201cthe text is almost agreed by both sides\u201d.\n"
    )
    assert said(text) == [
        ("ilham-aliyev", "We are ready to sign the peace treaty."),
        ("nikol-pashinyan", "the text is almost agreed by both sides"),
    ]


def test_a_fragment_left_open_at_its_paragraphs_end_does_not_run_into_the_next_quotation() -> None:
    text = (
        "The ministry said the deal was reached through \u201cthe active participation of both sides.\n"
        "\u201cA big step has been taken toward peace in the region,\u201d Pashinyan stated.\n"
    )
    assert said(text) == [("nikol-pashinyan", "A big step has been taken toward peace in the region")]


def test_a_quoted_speech_reopened_in_the_next_paragraph_is_one_quotation() -> None:
    text = "\u201cWe are ready to talk at any time.\n\u201cWe will not give up on peace,\u201d Pashinyan said.\n"
    assert said(text) == [("nikol-pashinyan", "We are ready to talk at any time.\n\u201cWe will not give up on peace")]


def test_a_label_naming_an_office_and_its_holder_is_theirs() -> None:
    text = (
        "Russian-Azerbaijani-Armenian talks in Moscow\n\n"
        "President of Russia Vladimir Putin: Colleagues, we have agreed on the statement on the border.\n\n"
        "President of Azerbaijan Ilham Aliyev: Thank you. Today's meeting is important for the region.\n"
    )
    assert said(text, "2021-11-26") == [
        ("vladimir-putin", "Colleagues, we have agreed on the statement on the border."),
        ("ilham-aliyev", "Thank you. Today's meeting is important for the region."),
    ]


def test_answers_labelled_answer_are_the_interviewees() -> None:
    text = (
        "Armenian Foreign Minister Ararat Mirzoyan gave an interview to our agency.\n\n"
        "Question: When will the treaty be signed?\n\n"
        "Answer: The text is almost ready, and we hope to sign it this year.\n"
    )
    assert said(text) == [("ararat-mirzoyan", "The text is almost ready, and we hope to sign it this year.")]


def test_a_post_with_its_signature_at_the_end_of_its_line_is_its_authors() -> None:
    text = (
        "Michel wrote on social media after the call.\n"
        "Spoke with President Aliyev about the next steps. pic.twitter.com/abc \u2014 Charles Michel (@eucopresident) "
        "May 22, 2022\n"
    )
    assert said(text, "2022-05-23") == [
        ("charles-michel", "Spoke with President Aliyev about the next steps. pic.twitter.com/abc")
    ]


def test_the_words_after_x_said_and_a_colon_on_the_same_line_are_theirs() -> None:
    text = "Michel wrote on X: Spoke with President Aliyev today. Hostilities must stop.\n"
    assert said(text, "2022-09-13") == [("charles-michel", "Spoke with President Aliyev today. Hostilities must stop.")]


def test_a_colon_after_a_verb_of_saying_before_a_small_letter_is_no_remark() -> None:
    text = "Aliyev noted three things: security, transport and the border.\n"
    assert said(text) == []


def test_a_headline_label_before_the_speakers_own_words_is_their_statement() -> None:
    text = "Pashinyan: We are ready to sign the treaty this year\n\nThe prime minister spoke in Yerevan on Monday.\n"
    assert said(text) == [("nikol-pashinyan", "We are ready to sign the treaty this year")]


def test_a_headline_label_before_a_report_in_the_third_person_is_no_statement() -> None:
    text = "Hikmet Hajiyev: Aliyev will not attend the meeting in Granada\n\nThe aide spoke to reporters in Baku.\n"
    assert said(text) == []


def test_a_quotation_in_a_headline_after_a_names_label_is_theirs() -> None:
    text = "Charles Michel: Pashinyan-Aliyev meeting \u2018frank and productive\u2019\n\nThe leaders met in Brussels.\n"
    assert said(text, "2022-05-24") == [("charles-michel", "frank and productive")]


# -- never raises -----------------------------------------------------------------------------------------------

# the pieces of the forms above, shuffled into any text
FORMS = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        ".",
        ",",
        ":",
        "?",
        "\u2014 ",
        "- ",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "'",
        '"',
        "\u2019s",
        "s\u2019 ",
        "Aliyev said:",
        "Toivo Klaar:",
        "MR PATEL:...",
        "Answer:",
        "Question:",
        "was interviewed by APA.",
        "\u2014 Charles Michel (@eucopresident) May 22, 2022",
        "(@eucopresident) May 22, 2022",
        "Press remarks by President",
        "the head of the White House",
        "they said",
        "Hajiyev and Grigoryan told",
        "We",
        "I",
        "our",
        "statement of",
        " said ",
        " told ",
        "Pashinyan",
        "Grigorian",
        "Armen Grigoryan",
        "the press secretary",
        "the European diplomat",
        "According to",
        "wrote on X: Spoke",
        "Paylan's statement",
        "as follows:",
        "attributable to Spokesperson Ned Price:",
        "President of Russia Vladimir Putin:",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FORMS, max_size=40).map("".join))
def test_the_forms_of_statements_never_raise_and_every_span_reproduces_its_text(text: str) -> None:
    for s in extract(text, published="2023-05-10").statements:
        assert s.text
        assert all(e.quote == text[e.start : e.end] for e in s.evidence)
