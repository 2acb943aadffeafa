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
    text = "Lavrov said the ministers were prepared ‘to look at the border question once more after the elections’."
    assert said(text) == [("sergey-lavrov", "to look at the border question once more after the elections")]


def test_straight_single_quotes_are_a_quotation() -> None:
    text = "Zakharova told a briefing that Moscow would mediate 'whenever both capitals ask for it' in the dispute."
    assert said(text) == [("maria-zakharova", "whenever both capitals ask for it")]


def test_a_single_quoted_sentence_with_its_attribution_after() -> None:
    text = "‘Our delegation will travel to Geneva with fresh proposals,’ Hakan Fidan told the Turkish parliament."
    assert said(text) == [("hakan-fidan", "Our delegation will travel to Geneva with fresh proposals")]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = (
        "Turkey’s and Georgia’s envoys’ visit didn’t settle the ’20s quarrel, Fidan’s adviser said. "
        "The diplomats' dinner in Tbilisi was the hosts' second this month, Kobakhidze's office said."
    )
    assert said(text) == []


def test_a_plural_possessive_inside_single_quotes_does_not_close_them() -> None:
    text = "Borrell said the accord was ‘a bridge between the two nations’ futures that Europe supports’."
    assert said(text) == [("josep-borrell", "a bridge between the two nations’ futures that Europe supports")]


def test_single_quoted_scare_quotes_and_titles_are_not_statements() -> None:
    text = (
        "Analysts call it the so-called ‘middle corridor’. The ‘Silk Road Forum’ opened in Batumi. "
        "Fidan met Bayramov in 'a warm' setting."
    )
    assert said(text) == []


def test_a_single_quoted_word_inside_a_double_quoted_quotation_is_part_of_it() -> None:
    text = "“Nobody believed in it — until ‘the Geneva formula’ changed minds,” Borrell wrote on X."
    assert said(text) == [("josep-borrell", "Nobody believed in it — until ‘the Geneva formula’ changed minds")]


def test_a_double_quoted_word_inside_a_single_quoted_quotation_is_part_of_it() -> None:
    text = "‘The “Geneva formula” remains our preferred basis for the talks,’ Zakharova said on Thursday."
    assert said(text) == [("maria-zakharova", "The “Geneva formula” remains our preferred basis for the talks")]


def test_a_single_quoted_speech_over_two_paragraphs_is_one_quotation() -> None:
    text = "‘We will meet again soon. The date is not set yet.\n\n‘The talks were useful,’ Michel said on Monday."
    assert said(text) == [("charles-michel", "We will meet again soon. The date is not set yet.\n\n‘The talks were useful")]


def test_a_single_quotation_cut_off_by_the_end_of_the_text_runs_to_its_end() -> None:
    text = "Michel met Aliyev.\n\nBlinken said ‘We are grateful to the Government of Georgia for its vi"
    assert said(text) == [("antony-blinken", "We are grateful to the Government of Georgia for its vi")]


def test_a_paragraph_ending_in_a_guillemet_is_article_text_and_ends_its_sentence() -> None:
    text = (
        "Hossein Amirabdollahian said the talks were a «historic opportunity.»\n\n"
        "«The presence of outsiders will complicate the situation,» he added. Lavrov spoke later."
    )
    assert said(text) == [
        ("hossein-amir-abdollahian", "historic opportunity."),  # a fragment of what he said, ending his sentence
        ("hossein-amir-abdollahian", "The presence of outsiders will complicate the situation"),
    ]


# -- nested and unclosed double quotation marks ---------------------------------------------------------------


def test_a_curly_quotation_nested_in_another_does_not_split_it() -> None:
    text = "“It proves our commitment to a “bridge-building” mission across the region,” Fidan wrote on X."
    assert said(text) == [("hakan-fidan", "It proves our commitment to a “bridge-building” mission across the region")]


def test_an_opening_mark_never_closed_before_another_quotation_ends_there() -> None:
    text = "“The visit was long. “We shall return in spring,” Zakharova said."
    assert [t for _, t in said(text)] == ["We shall return in spring"]


# -- where the speaker is named --------------------------------------------------------------------------------


def test_said_x_closing_the_sentence_after_a_comma_speaks_the_quotation_that_opens_it() -> None:
    text = (
        '"Following the understanding reached in Geneva," the deputy ministers are to gather in Istanbul early next '
        "month, said Turkish presidential spokesman Ibrahim Kalin."
    )
    assert said(text) == [("ibrahim-kalin", "Following the understanding reached in Geneva")]


def test_an_institution_in_a_title_is_not_the_speaker_the_person_it_titles_is() -> None:
    text = 'The visits will continue, according to Russian Foreign Ministry spokeswoman Maria Zakharova, "at every level".'
    assert said(text) == [("maria-zakharova", "at every level")]


def test_according_to_x_speaks_when_a_later_verb_has_no_subject_of_its_own() -> None:
    text = 'According to Ushakov, Moscow has asked both capitals "to keep the hotline between them open".'
    assert said(text) == [("yuri-ushakov", "to keep the hotline between them open")]


def test_according_to_x_speaks_for_a_later_verb_of_their_own_side() -> None:
    text = 'According to Ushakov, the Russian side has called the plan "a sound basis for the talks".'
    assert said(text) == [("yuri-ushakov", "a sound basis for the talks")]


def test_according_to_x_does_not_speak_for_a_later_verb_of_another_side() -> None:
    text = 'According to Ushakov, the Azerbaijani side has called the plan "entirely premature for now".'
    assert said(text) == []


def test_a_passive_speech_verb_is_spoken_by_who_follows_by() -> None:
    text = 'The visit, as stated by Fidan after the dinner, "was long overdue for both governments".'
    assert said(text) == [("hakan-fidan", "was long overdue for both governments")]


def test_said_by_phone_is_not_a_passive() -> None:
    text = 'Fidan said by phone: "We will host the ministers in Antalya."'
    assert said(text) == [("hakan-fidan", "We will host the ministers in Antalya.")]


def test_a_participle_clause_speaks_for_the_subject_of_its_sentence() -> None:
    text = 'Borrell praised the deal between Kobakhidze and Fidan in Batumi, calling it "a model for the whole neighbourhood".'
    assert said(text) == [("josep-borrell", "a model for the whole neighbourhood")]


def test_a_participle_after_a_quotation_speaks_for_the_subject_of_its_sentence() -> None:
    text = 'Zakharova said: "We will not comment on the schedule," adding that Putin\'s plans were not yet fixed.'
    assert said(text) == [("maria-zakharova", "We will not comment on the schedule")]


def test_what_a_speaker_called_something_is_their_words_even_after_an_article() -> None:
    text = 'Zakharova described the session in Geneva as a "businesslike conversation".'
    assert said(text) == [("maria-zakharova", "businesslike conversation")]


def test_a_phrase_named_after_an_article_without_a_naming_verb_is_not_a_statement() -> None:
    text = 'Fidan said the delegations held a "businesslike conversation" in Ankara on Tuesday and would reconvene.'
    assert said(text) == []


def test_a_colon_after_any_verb_introduces_a_quotation_of_its_subject() -> None:
    text = 'Kobakhidze agreed with her: "The railway must be reopened before the winter."'
    assert said(text) == [("irakli-kobakhidze", "The railway must be reopened before the winter.")]


def test_a_line_ending_in_a_colon_introduces_the_quoted_paragraph_below_it() -> None:
    text = (
        "Zakharova's comment on the new crossing points reads as follows:\n\n"
        '"These are welcome steps. We trust both capitals will keep the border calm."\n'
    )
    assert said(text) == [("maria-zakharova", "These are welcome steps. We trust both capitals will keep the border calm.")]


def test_a_list_of_short_quotations_after_a_colon_is_not_a_statement() -> None:
    text = 'Fidan and Kobakhidze covered three subjects: "energy", "railways" and "customs".'
    assert said(text) == []


# -- short quotations the sentence goes on after, before ", X said" ------------------------------------------------


def test_a_short_quotation_after_so_called_is_no_statement_even_with_said_x_after() -> None:
    text = 'The so-called "Middle Corridor" will carry more freight next year, said Fidan.'
    assert said(text) == []


def test_a_short_quotation_after_an_article_that_the_sentence_goes_on_from_is_no_statement() -> None:
    assert said("The 'Silk Road Forum' is important for the region, Kobakhidze said.") == []
    assert said('Ankara wants to revive the "2+2" consultation format, Fidan said.') == []


def test_a_short_fragment_far_from_said_x_is_still_their_words() -> None:
    text = 'The ministers made "tangible progress" on the railway during two days of talks, Fidan said on Friday.'
    assert said(text) == [("hakan-fidan", "tangible progress")]


def test_a_short_quotation_right_before_its_speaker_is_theirs_after_an_article_too() -> None:
    assert said("The offer fits the ‘regional vision’, Kobakhidze said.") == [("irakli-kobakhidze", "regional vision")]


# -- people the registry lacks -------------------------------------------------------------------------------


def people(text: str, published: str = "2023-05-10") -> list[str]:
    return [p.id for p in extract(text, published=published).participants]


def test_the_surname_alone_of_a_person_the_registry_lacks_is_that_person() -> None:
    text = (
        "Georgian Ambassador to Turkey Levan Dzhaparidze thanked the hosts. "
        '"The hospitality shown to both delegations in Ankara was remarkable," Dzhaparidze wrote on X.'
    )
    assert said(text) == [("levan-dzhaparidze", "The hospitality shown to both delegations in Ankara was remarkable")]


def test_a_surname_before_the_person_is_named_in_full_is_not_theirs() -> None:
    text = '"The dinner will go ahead," Dzhaparidze said. Georgian Ambassador to Turkey Levan Dzhaparidze thanked the hosts.'
    assert said(text) == []


def test_a_new_persons_surname_that_qualifies_a_noun_is_a_common_word() -> None:
    text = (
        "Georgian analyst Richard Young said the talks were useful. Young people in Tbilisi marched. "
        '"We want the border open," Young activists said.'
    )
    assert said(text) == []


def test_a_new_persons_surname_before_a_verb_is_theirs() -> None:
    text = 'Georgian analyst Richard Young spoke in Tbilisi. "The railway is a good thing," Young said.'
    assert said(text) == [("richard-young", "The railway is a good thing")]


def test_a_name_in_apposition_with_a_former_office_is_a_person() -> None:
    text = "Tedo Japaridze, former foreign minister of Georgia, spoke about the railway in Kars."
    assert "tedo-japaridze" in people(text)


def test_a_party_is_no_person() -> None:
    text = "Selin Arslan, a former MP from the Green Left Party, spoke at the rally in Istanbul."
    assert people(text) == ["selin-arslan"]


# -- words printed without quotation marks -------------------------------------------------------------------


def test_the_lines_after_x_said_and_a_colon_are_their_statement_while_they_speak_for_themselves() -> None:
    text = (
        "Kobakhidze and Fidan met in Batumi on Friday.\n"
        "At the press conference afterwards, the Georgian premier Irakli Kobakhidze said:\n"
        "Dear friends. We had a long and useful conversation.\n"
        "I thank our Turkish guests for their patience.\n\n"
        "The visit lasted two days, officials said.\n"
    )
    assert said(text) == [
        (
            "irakli-kobakhidze",
            "Dear friends. We had a long and useful conversation.\nI thank our Turkish guests for their patience.",
        )
    ]


def test_the_words_after_x_said_and_a_colon_stop_at_a_line_of_the_reporters() -> None:
    text = (
        "Speaking at the forum, Fidan said:\n"
        "The railway will be finished soon.\n"
        "The two ministers first met in Kars in 2021.\n"
        "Turkey has long backed the project.\n"
    )
    assert said(text) == [("hakan-fidan", "The railway will be finished soon.")]


def test_a_statement_attributable_to_x_is_theirs() -> None:
    text = (
        "Statement attributable to Spokesperson Matthew Miller:\n\n"
        "The United States welcomes the reopening of the Lars crossing and encourages further steps.\n"
    )
    assert said(text) == [
        ("matthew-miller", "The United States welcomes the reopening of the Lars crossing and encourages further steps.")
    ]


def test_a_block_attributed_to_x_is_theirs() -> None:
    text = "The following is attributed to Spokesperson Matthew Miller:\n\nThe United States welcomes the new round.\n"
    assert said(text) == [("matthew-miller", "The United States welcomes the new round.")]


def test_a_quotation_ending_in_a_comma_is_said_by_who_the_next_line_names() -> None:
    for text in (
        "\u201cWe will keep working on the maps,\u201d\n\u2013 Mher Grigoryan said.\n",
        "\u201cWe will keep working on the maps,\u201d\nMher Grigoryan said.\n",
    ):
        assert said(text) == [("mher-grigoryan", "We will keep working on the maps")], text


def test_a_block_introduced_by_nobody_known_is_read_for_quotations_as_usual() -> None:
    text = (
        "The final declaration of the forum reads as follows:\n"
        'The participants welcomed the progress. "We are near a deal," Fidan said after the session.\n'
    )
    assert said(text) == [("hakan-fidan", "We are near a deal")]


def test_a_speech_under_a_title_naming_its_speaker_is_theirs() -> None:
    text = (
        "Statement by Secretary-General Antonio Guterres on the reopening of the border crossings\n"
        "Good morning.\n"
        "I am pleased to see the crossings open again.\n"
        "Humanitarian access\n"
        "We call on all sides to keep the roads open.\n"
    )
    assert said(text) == [
        (
            "antonio-guterres",
            "Good morning.\nI am pleased to see the crossings open again.\nHumanitarian access\nWe call on all sides to "
            "keep the roads open.",
        )
    ]


def test_a_title_naming_a_statement_over_a_report_in_the_third_person_is_no_speech() -> None:
    text = (
        "Remarks by Zakharova anger Tbilisi\n"
        "Georgia criticised the Russian spokeswoman on Tuesday. The ministry said the words were unhelpful.\n"
    )
    assert said(text) == []


def test_a_title_naming_a_speech_over_a_text_naming_its_speaker_is_a_report() -> None:
    text = (
        "Speech of President Erdogan at the summit\n"
        "Erdogan opened the summit with a call for calm. We must keep the region at peace, he urged.\n"
    )
    assert said(text) == []


def test_the_outlets_own_we_is_no_speakers() -> None:
    text = (
        "Erdogan's speech at the summit: key points\n"
        "As we reported earlier, the president addressed the leaders on Wednesday. Our correspondent in Ankara "
        "followed the session.\n"
    )
    assert said(text) == []
    text = (
        "Zakharova's remarks drew sharp criticism in Tbilisi.\n"
        "We asked the Russian embassy for comment but received no reply by publication time.\n"
    )
    assert said(text) == []


def test_a_paragraph_in_the_first_person_after_a_line_naming_a_statement_of_x_is_theirs() -> None:
    text = (
        "The Kremlin has released the address of President Vladimir Putin to the forum in Kazan.\n"
        "I greet the participants of the forum and wish them fruitful work.\n"
        "The forum runs until Friday.\n"
    )
    assert said(text) == [("vladimir-putin", "I greet the participants of the forum and wish them fruitful work.")]


def test_an_embedded_post_above_its_signature_line_is_its_authors() -> None:
    text = (
        "Georgia's prime minister hosted the visitors.\n"
        "Met the Turkish delegation in Batumi. Much to build together. https://t.co/xyz\n"
        "— Irakli Kobakhidze (@KobakhidzeIrakli) March 3, 2024\n"
    )
    assert said(text, "2024-03-04") == [
        ("irakli-kobakhidze", "Met the Turkish delegation in Batumi. Much to build together. https://t.co/xyz")
    ]


def test_interview_answers_after_dash_led_questions_are_the_interviewees() -> None:
    text = (
        "Maria Zakharova was interviewed by a Serbian newspaper.\n\n"
        "— What do you expect from the summit?\n\n"
        "— We expect frank talks, and I hope for results.\n\n"
        "— Will Moscow send observers?\n\n"
        "— That depends on the hosts and on our partners.\n"
    )
    assert said(text) == [
        ("maria-zakharova", "We expect frank talks, and I hope for results."),
        ("maria-zakharova", "That depends on the hosts and on our partners."),
    ]


def test_interview_turns_led_by_two_hyphens_are_turns_too() -> None:
    text = (
        "Maria Zakharova was interviewed by a Serbian newspaper.\n\n"
        "-- What do you expect from the summit?\n\n"
        "-- We expect frank talks, and I hope for results.\n"
    )
    assert said(text) == [("maria-zakharova", "We expect frank talks, and I hope for results.")]


def test_a_question_over_two_paragraphs_is_answered_by_the_dash_led_paragraph_after_it() -> None:
    text = (
        "Maria Zakharova was interviewed by a Serbian newspaper.\n\n"
        "— My first question is about the summit.\n\nWhat do you expect from it?\n\n"
        "— We expect frank talks.\n\nAnd I hope for results.\n"
    )
    assert said(text) == [("maria-zakharova", "We expect frank talks.\n\nAnd I hope for results.")]


def test_a_transcripts_labels_on_lines_of_their_own_label_the_paragraphs_below() -> None:
    text = (
        " date 2024-05-02\nDepartment Press Briefing\n\nMR PATEL:\n\nGood afternoon, everybody.\n\n"
        "QUESTION:\n\nWhen will the ministers meet?\n\nMR PATEL:\n\nWe expect them to meet in Washington soon.\n"
    )
    assert said(text) == [
        ("vedant-patel", "Good afternoon, everybody."),
        ("vedant-patel", "We expect them to meet in Washington soon."),
    ]


def test_a_capitalised_place_alone_on_its_line_labels_no_one() -> None:
    text = "BAKU:\n\n“We will meet again soon,” Aliyev said on Monday.\n"
    assert said(text) == [("ilham-aliyev", "We will meet again soon")]


def test_dash_led_paragraphs_without_an_interview_are_not_answers() -> None:
    text = "The ministers agreed on two points:\n\n— Is the border open?\n\n— Trucks will cross from Monday.\n"
    assert said(text) == []


def test_an_explainer_after_a_report_of_an_interview_is_no_interview() -> None:
    text = (
        "In an interview with Reuters last week, Fidan said the railway was nearly done.\n\n"
        "- What is the Middle Corridor?\n\n"
        "- A trade route linking China to Europe through the Caspian.\n\n"
        "- Why does it matter?\n\n"
        "- It would shorten shipping times.\n"
    )
    assert said(text) == []


def test_an_interview_summed_up_before_its_questions_is_the_interviewees() -> None:
    text = (
        "In an interview with Imedi, Kobakhidze said the railway would open soon.\n\n"
        "— Will the railway open this year?\n\n"
        "— I am sure it will, we have worked hard on it.\n"
    )
    assert said(text) == [("irakli-kobakhidze", "I am sure it will, we have worked hard on it.")]


def test_answers_none_of_which_speaks_in_the_first_person_are_an_explainers() -> None:
    text = (
        "Fidan was interviewed by a Turkish channel.\n\n"
        "- What does this mean for you?\n\n"
        "- You may see lower prices soon.\n\n"
        "- Why?\n\n"
        "- Because the line is cheaper.\n"
    )
    assert said(text) == []


def test_dash_led_links_after_an_interview_are_no_answers() -> None:
    text = (
        "Kobakhidze was interviewed by Imedi on Sunday.\n\n"
        "- Related: Will Georgia join the EU?\n"
        "- Kobakhidze suspends accession talks\n"
    )
    assert said(text) == []


def test_a_name_label_opening_a_line_is_that_persons_remark() -> None:
    text = "Hakan Fidan: We are ready to host the next round\n\nThe minister spoke in Ankara on Friday.\n"
    assert said(text) == [("hakan-fidan", "We are ready to host the next round")]


def test_a_transcript_label_may_trail_dots() -> None:
    text = "MS BRUCE:\u2026 We have time for one more question.\n\nQUESTION: Thanks. Anything on the Lars crossing?\n"
    assert said(text, "2025-03-01") == [("tammy-bruce", "We have time for one more question.")]


def test_a_capitalised_heading_with_a_colon_is_no_label() -> None:
    text = "Railway Reopening: The Next Steps Explained\n\nThe line will open in May, Kobakhidze said.\n"
    assert said(text) == []


def test_a_label_before_a_title_is_no_speakers() -> None:
    assert said("Fidan Visit: What We Know About the Railway Deal\n") == []


def test_name_labels_of_a_factbox_are_no_statements() -> None:
    text = (
        "Viktor Orban: Prime Minister of Hungary since 2010, a former student leader.\n"
        "Hakan Fidan: Foreign Minister of Turkey since 2023\n"
    )
    assert said(text) == []


def test_name_labels_of_a_live_blog_in_the_third_person_are_no_statements() -> None:
    text = (
        "Zakharova: Moscow has no plans for a summit in Minsk this year\n\n"
        "Fidan: Turkey is ready to host the ministers if both capitals agree\n"
    )
    assert said(text) == []
    text = "Analysis: Why the railway talks stalled\n\nIbrahim Kalin: Erdogan will skip the summit in Prague\n"
    assert said(text) == []


def test_name_labels_of_an_exchange_are_the_speakers_turns() -> None:
    text = "Euronews: Will the railway open this year?\nKobakhidze: The line opens in May.\n"
    assert said(text) == [("irakli-kobakhidze", "The line opens in May.")]


def test_a_capitalised_place_opening_the_text_is_a_dateline_not_a_speaker() -> None:
    text = (
        "TBILISI: The Georgian premier, Irakli Kobakhidze, announced after talks with Turkey "
        '"the railway will open in May" and thanked Ankara.\n'
    )
    assert said(text) == [("irakli-kobakhidze", "the railway will open in May")]


# -- speakers named by office or description ------------------------------------------------------------------


def test_the_press_secretary_is_the_press_secretary_named_before() -> None:
    text = (
        "Turkish presidential spokesman Ibrahim Kalin briefed journalists in Ankara. "
        '"The president will decide on the visit after the holiday," the press secretary noted.'
    )
    assert said(text, "2022-11-01") == [("ibrahim-kalin", "The president will decide on the visit after the holiday")]


def test_the_diplomat_is_an_envoy_named_before_whose_office_the_registry_knows() -> None:
    text = (
        "Magdalena Grono toured the border villages on Tuesday. "
        '"The monitors have seen a quieter line this spring," the EU diplomat observed.'
    )
    assert said(text, "2024-10-01") == [("magdalena-grono", "The monitors have seen a quieter line this spring")]


def test_the_head_of_an_institution_is_the_person_whose_title_names_it() -> None:
    text = (
        "Ursula von der Leyen hosted the ministers in Brussels. "
        '"We saw real goodwill on both sides," the head of the European Commission remarked afterwards.'
    )
    assert said(text, "2023-06-01") == [("ursula-von-der-leyen", "We saw real goodwill on both sides")]


def test_the_head_of_something_is_the_person_named_in_apposition() -> None:
    text = '"The next round will be in Geneva," said the head of the Turkish delegation, Hakan Fidan.'
    assert said(text) == [("hakan-fidan", "The next round will be in Geneva")]
    text = 'According to the head of the Georgian delegation, Ilia Darchiashvili, "most articles of the text are agreed".'
    assert said(text) == [("ilia-darchiashvili", "most articles of the text are agreed")]


def test_the_head_of_something_no_one_holds_in_the_text_is_no_one() -> None:
    assert said('"We are ready to host the next round," said the head of the Turkish delegation.') == []


def test_the_head_of_the_seat_of_a_government_is_its_countrys_leader() -> None:
    text = (
        "Vladimir Putin received the two ministers in Sochi on Tuesday. "
        '"This is a day many thought would never come," the head of the Kremlin told reporters.'
    )
    assert said(text) == [("vladimir-putin", "This is a day many thought would never come")]


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister() -> None:
    text = (
        "Fidan received Darchiashvili in Ankara. "
        '"We will open a new consulate in Batumi," the head of Turkish diplomacy announced.'
    )
    assert said(text, "2024-01-10") == [("hakan-fidan", "We will open a new consulate in Batumi")]


def test_the_head_of_a_ministry_is_not_the_countrys_leader() -> None:
    text = (
        "Erdogan addressed the cabinet on Monday. "
        '"Our consulates will reopen next month," the head of the Turkish Foreign Ministry said.'
    )
    assert [speaker for speaker, _ in said(text, "2024-01-10")] != ["recep-tayyip-erdogan"]


def test_the_head_of_a_countrys_diplomacy_is_not_its_ministrys_spokesperson_nor_an_envoy() -> None:
    text = (
        "Azerbaijani Foreign Minister Jeyhun Bayramov met Mirzoyan on Monday. Spokesperson of the Ministry of Foreign "
        'Affairs of Azerbaijan Aykhan Hajizada spoke later. "We are ready," the head of Azerbaijani diplomacy said.'
    )
    assert said(text) == [("jeyhun-bayramov", "We are ready")]
    text = 'EU Special Representative Toivo Klaar met Aliyev on Monday. "We are ready," the head of EU diplomacy said.'
    assert said(text) == []


def test_a_title_read_for_a_leader_is_read_in_whole_words() -> None:
    # "Presidential" holds no "president": the head of the presidential administration leads nothing
    text = (
        "Russian President Vladimir Putin met Aliyev on Monday. Head of the Russian Presidential Administration Anton "
        'Vaino attended. "We are ready," the {} said.'
    )
    assert said(text.format("head of the Kremlin")) == [("vladimir-putin", "We are ready")]
    assert said(text.format("Russian leader")) == [("vladimir-putin", "We are ready")]


# -- who a quotation with no attribution of its own belongs to -------------------------------------------------


def test_a_quoted_paragraph_after_a_paragraph_opening_with_someone_is_theirs() -> None:
    text = (
        '"The railway talks went well," Fidan said.\n\n'
        "Kobakhidze, for his part, praised the Turkish engineers.\n\n"
        '"Georgia wants this line finished and we are working hard on it."\n'
    )
    assert said(text)[-1] == ("irakli-kobakhidze", "Georgia wants this line finished and we are working hard on it.")


def test_a_quoted_paragraph_after_one_opening_with_no_one_continues_the_last_speaker() -> None:
    text = (
        '"The railway talks went well," Fidan said.\n\n'
        "The session in Batumi lasted three hours, officials said.\n\n"
        '"We also agreed on a timetable for the customs posts."\n'
    )
    assert said(text)[-1] == ("hakan-fidan", "We also agreed on a timetable for the customs posts.")


def test_he_does_not_stand_for_a_name_in_a_heading() -> None:
    text = (
        "The accord, in the view of Biden himself, deserves wide support.\n"
        "Erdogan Welcomes Railway Accord\n"
        "\u201cFew believed this line would ever be built,\u201d he told the audience.\n"
    )
    assert said(text) == [("joe-biden", "Few believed this line would ever be built")]


def test_a_quoted_paragraph_whose_own_words_name_an_unknown_source_is_no_one_elses() -> None:
    text = (
        "Irakli Kobakhidze, Georgia's head of government, has declined the invitation to Vilnius.\n\n"
        '"In this situation, the cabinet in Tbilisi sees no point in the trip," an informed source told local media.\n'
    )
    assert said(text) == []


def test_the_top_diplomat_of_a_country_is_its_secretary_of_state_named_before() -> None:
    text = (
        "Secretary of State Marco Rubio phoned Fidan on Tuesday. "
        "\"Washington values Ankara's role in this process,\" the top American diplomat noted."
    )
    assert said(text, "2025-03-01") == [("marco-rubio", "Washington values Ankara's role in this process")]


def test_a_message_from_x_that_reads_a_quotation_is_xs() -> None:
    text = "'Both delegations will keep the hotline open', a brief message from Josep Borrell, who chaired the session, reads."
    assert said(text, "2022-05-24") == [("josep-borrell", "Both delegations will keep the hotline open")]


# -- namesakes -------------------------------------------------------------------------------------------------


def test_a_surname_before_a_namesake_is_named_in_full_is_the_named_one() -> None:
    text = (
        '"We are ready for the next round," Gevorgyan told journalists on Monday. '
        "Mane Gevorgyan, the spokeswoman of the prime minister, later confirmed the dates."
    )
    assert said(text) == [("mane-gevorgyan", "We are ready for the next round")]


def test_a_surname_with_the_title_of_the_other_namesake_is_theirs() -> None:
    text = (
        'Deputy Foreign Minister Gevorgyan opened the consultations. "We expect a text by autumn," Gevorgyan told '
        "journalists. Later, Mane Gevorgyan, the prime minister's spokeswoman, spoke to the press."
    )
    assert said(text) == [("vahe-gevorgyan", "We expect a text by autumn")]
    text = '"We expect a text by autumn," said Gevorgyan, the deputy foreign minister. Mane Gevorgyan later spoke.'
    assert said(text) == [("vahe-gevorgyan", "We expect a text by autumn")]


def test_a_surname_paired_with_a_counterpart_of_the_other_namesakes_office_is_theirs() -> None:
    text = (
        'Hovhannisyan and Mammadov will lead the drafting groups. "The text is nearly ready," Mammadov told reporters. '
        "Ramin Mammadov, an Azerbaijani lawmaker, criticised the pace."
    )
    assert said(text) == [("elnur-mammadov", "The text is nearly ready")]


def test_a_surname_after_the_full_name_is_that_namesake() -> None:
    text = 'Mane Gevorgyan briefed reporters in Yerevan. "The visit is confirmed," Gevorgyan said.'
    assert said(text) == [("mane-gevorgyan", "The visit is confirmed")]


def test_a_quotation_opening_a_sentence_after_one_telling_of_someones_statement_is_theirs() -> None:
    text = (
        "OSCE Secretary General Helga Schmid released a statement on her visit to the region. "
        "\u201cThe OSCE stands ready to support confidence-building measures on the ground"
    )
    assert said(text, "2022-05-20") == [
        ("helga-schmid", "The OSCE stands ready to support confidence-building measures on the ground")
    ]


def test_a_quotation_opening_a_sentence_after_one_telling_of_no_words_is_no_ones() -> None:
    text = (
        "OSCE Secretary General Helga Schmid toured the region on Monday. "
        "\u201cThe OSCE stands ready to support confidence-building measures on the ground\u201d was printed on the banner."
    )
    assert said(text, "2022-05-20") == []


# -- quotations said by several people ------------------------------------------------------------------------


def test_a_quotation_said_by_two_people_together_is_one_statement_each() -> None:
    text = 'Fidan and Darchiashvili said in a joint statement that the sides "will keep working on the railway timetable".'
    assert said(text) == [
        ("hakan-fidan", "will keep working on the railway timetable"),
        ("ilia-darchiashvili", "will keep working on the railway timetable"),
    ]


def test_they_said_stands_for_two_people_named_together_as_speakers_before() -> None:
    text = (
        "Fidan and Darchiashvili told reporters in Kars that the talks had gone well. "
        '"There is still work to do on the customs rules," they said.'
    )
    assert said(text) == [
        ("hakan-fidan", "There is still work to do on the customs rules"),
        ("ilia-darchiashvili", "There is still work to do on the customs rules"),
    ]


def test_they_said_does_not_stand_for_two_people_named_after() -> None:
    text = (
        'Turkish officials in Ankara were guarded on Monday. "No date is fixed," they said. '
        "Fidan and Darchiashvili told reporters the talks went well."
    )
    assert said(text) == []


def test_they_said_does_not_reach_past_a_plural_subject_in_between() -> None:
    text = (
        "Fidan and Darchiashvili told reporters the talks went well. Georgian diplomats were more cautious. "
        '"Much remains open," they said.'
    )
    assert said(text) == []


def test_the_speaker_after_an_other_clauses_pair_of_names_speaks_alone() -> None:
    text = 'Fidan hosted Darchiashvili and Kobakhidze said: "The railway will change the region."'
    assert said(text) == [("irakli-kobakhidze", "The railway will change the region.")]


def test_a_title_naming_a_statement_over_a_report_quoting_first_person_words_is_no_speech() -> None:
    text = (
        "Zakharova's remarks on the pipeline anger Tbilisi\n"
        "\u201cWe reject these claims entirely,\u201d Kobakhidze said on Tuesday in reply to the Russian spokeswoman.\n"
    )
    assert said(text) == [("irakli-kobakhidze", "We reject these claims entirely")]


def test_the_words_after_x_said_and_a_colon_stop_before_a_line_that_reports_someone() -> None:
    text = (
        "Speaking in Ankara, Fidan said:\n"
        "We will finish the railway this year.\n"
        "Kobakhidze told journalists in Tbilisi that \u201cthe customs rules are nearly agreed\u201d.\n"
    )
    assert said(text) == [
        ("hakan-fidan", "We will finish the railway this year."),
        ("irakli-kobakhidze", "the customs rules are nearly agreed"),
    ]


def test_a_fragment_left_open_at_its_paragraphs_end_does_not_run_into_the_next_quotation() -> None:
    text = (
        "The ministry credited the deal to \u201cthe patient work of the negotiators.\n"
        "\u201cA long road has finally reached its end,\u201d Fidan declared.\n"
    )
    assert said(text) == [("hakan-fidan", "A long road has finally reached its end")]


def test_a_quoted_speech_reopened_in_the_next_paragraph_is_one_quotation() -> None:
    text = "\u201cWe will keep the border open.\n\u201cWe will not close it again,\u201d Kobakhidze said.\n"
    assert said(text) == [("irakli-kobakhidze", "We will keep the border open.\n\u201cWe will not close it again")]


def test_a_label_naming_an_office_and_its_holder_is_theirs() -> None:
    text = (
        "Talks of the Turkish and Hungarian leaders in Ankara\n\n"
        "President of Turkey Recep Tayyip Erdogan: Welcome, my friend. We are glad to host you again.\n\n"
        "Prime Minister of Hungary Viktor Orban: Thank you. This visit matters a great deal to both countries.\n"
    )
    assert said(text, "2024-05-01") == [
        ("recep-tayyip-erdogan", "Welcome, my friend. We are glad to host you again."),
        ("viktor-orban", "Thank you. This visit matters a great deal to both countries."),
    ]


def test_answers_labelled_answer_are_the_interviewees() -> None:
    text = (
        "Georgian Foreign Minister Ilia Darchiashvili answered our questions in an interview.\n\n"
        "Question: When will the railway open?\n\n"
        "Answer: The line is almost finished, and we expect trains next year.\n"
    )
    assert said(text) == [("ilia-darchiashvili", "The line is almost finished, and we expect trains next year.")]


def test_an_embedded_post_a_blank_line_above_its_signature_is_its_authors() -> None:
    text = (
        "Georgia's prime minister hosted the visitors.\n\n"
        "Met the Turkish delegation in Batumi. Much to build together.\n\n"
        "— Irakli Kobakhidze (@KobakhidzeIrakli) March 3, 2024\n"
    )
    assert said(text, "2024-03-04") == [("irakli-kobakhidze", "Met the Turkish delegation in Batumi. Much to build together.")]


def test_a_post_with_its_signature_at_the_end_of_its_line_is_its_authors() -> None:
    text = (
        "Borrell posted after the meeting.\n"
        "Good talk with Minister Fidan on the region. pic.twitter.com/xyz \u2014 Josep Borrell (@JosepBorrellF) "
        "June 20, 2023\n"
    )
    assert said(text, "2023-06-21") == [("josep-borrell", "Good talk with Minister Fidan on the region. pic.twitter.com/xyz")]


def test_the_words_after_x_said_and_a_colon_on_the_same_line_are_theirs() -> None:
    text = "Borrell wrote on his Telegram channel: Met Minister Fidan today. The railway deserves our support.\n"
    assert said(text) == [("josep-borrell", "Met Minister Fidan today. The railway deserves our support.")]
    text = "Fidan told reporters in Ankara: We will open the consulate in Batumi next month.\n"
    assert said(text) == [("hakan-fidan", "We will open the consulate in Batumi next month.")]


def test_a_colon_after_a_clause_of_a_verb_of_saying_is_no_remark() -> None:
    assert said("Kobakhidze said the agenda had changed: Energy, tariffs and the railway timetable.\n") == []


def test_a_list_after_a_verb_of_saying_and_a_colon_is_no_remark() -> None:
    assert said("Fidan told reporters: Energy, tariffs and the railway timetable.\n") == []


def test_a_colon_after_a_verb_of_saying_before_a_small_letter_is_no_remark() -> None:
    assert said("Fidan listed the priorities: trade, energy and water.\n") == []


def test_a_headline_label_before_the_speakers_own_words_is_their_statement() -> None:
    text = "Kobakhidze: We will not give up on the railway\n\nThe prime minister spoke in Batumi on Monday.\n"
    assert said(text) == [("irakli-kobakhidze", "We will not give up on the railway")]


def test_a_headline_label_before_a_report_in_the_third_person_is_no_statement() -> None:
    text = "Ibrahim Kalin: Erdogan will skip the summit in Prague\n\nThe spokesman spoke to reporters in Ankara.\n"
    assert said(text) == []


def test_a_quotation_in_a_headline_after_a_names_label_is_theirs() -> None:
    text = "Josep Borrell: talks in Ankara \u2018open and useful\u2019\n\nThe ministers met on Friday.\n"
    assert said(text, "2023-06-01") == [("josep-borrell", "open and useful")]


# -- never raises -----------------------------------------------------------------------------------------------


def test_a_line_of_only_a_colon_and_a_space_does_not_raise() -> None:
    assert said(": ") == []


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
        "Fidan said:",
        "Hakan Fidan:",
        "MS BRUCE:\u2026",
        "TBILISI:",
        "Answer:",
        "Question:",
        "Related:",
        "was interviewed by Imedi.",
        "\u2014 Josep Borrell (@JosepBorrellF) June 20, 2023",
        "(@JosepBorrellF) June 20, 2023",
        "Statement by Secretary-General",
        "the head of the Kremlin",
        "the head of the Turkish delegation,",
        "they said",
        "officials",
        "Fidan and Darchiashvili told",
        "We",
        "I",
        "our",
        "As we reported",
        "statement of",
        " said ",
        " told ",
        ", adding",
        "so-called",
        "Kobakhidze",
        "Gevorgyan",
        "Mane Gevorgyan",
        "Young",
        "the press secretary",
        "the EU diplomat",
        "According to",
        "wrote on X: Met",
        "Zakharova's comment",
        "as follows:",
        "attributable to Spokesperson Matthew Miller:",
        "President of Turkey Recep Tayyip Erdogan:",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(FORMS, max_size=40).map("".join))
def test_the_forms_of_statements_never_raise_and_every_span_reproduces_its_text(text: str) -> None:
    for s in extract(text, published="2023-05-10").statements:
        assert s.text
        assert all(e.quote == text[e.start : e.end] for e in s.evidence)


# -- more ways of saying (issue 16) ----------------------------------------------------------------------------


def test_a_quotation_ending_with_its_own_question_or_exclamation_mark_takes_the_speaker_after_it() -> None:
    assert said('"Are we ready for peace?" Aliyev asked.') == [("ilham-aliyev", "Are we ready for peace?")]
    assert said('"We are ready for peace!" Aliyev exclaimed.') == [("ilham-aliyev", "We are ready for peace!")]
    # the sentence after it is its own, not the quotation's attribution
    assert said('"Are we ready for peace?" The question hangs over the talks, Aliyev said later.') == []


def test_more_verbs_of_saying_introduce_a_quotation() -> None:
    for verb in ("pointed out", "quipped", "cautioned", "went on", "summed up", "complained", "responded"):
        assert said(f'"We are ready for peace," Aliyev {verb}.') == [("ilham-aliyev", "We are ready for peace")]
    text = 'Aliyev expressed hope that "the peace treaty will be signed soon".'
    assert said(text) == [("ilham-aliyev", "the peace treaty will be signed soon")]


def test_who_was_quoted_or_cited_as_saying_is_the_speaker() -> None:
    assert said('"We are ready for peace," Lavrov was cited by TASS as saying.') == [
        ("sergey-lavrov", "We are ready for peace")
    ]
    text = 'Aliyev spoke in Baku. "We are ready for peace," the Azerbaijani leader was quoted as saying.'
    assert said(text) == [("ilham-aliyev", "We are ready for peace")]


def test_the_pronoun_of_in_his_words_and_according_to_him_is_the_person_told_before() -> None:
    for lead in ("In his words,", "According to him,", "In his view,"):
        text = f"Armenian Prime Minister Nikol Pashinyan answered questions. {lead} “the peace treaty is close.”"
        assert said(text) == [("nikol-pashinyan", "the peace treaty is close.")]
    text = "Azerbaijani President Ilham Aliyev met Charles Michel. In the words of Michel, “the talks were useful.”"
    assert said(text) == [("charles-michel", "the talks were useful.")]


def test_her_before_a_noun_is_no_speaker() -> None:
    # "according to her office": the office spoke, not the person "her" stands for
    text = "Azerbaijani President Ilham Aliyev met Charles Michel. According to her office, “the talks were useful.”"
    assert said(text) == []


def test_a_name_in_an_aside_between_the_subject_and_its_verb_is_not_the_speaker() -> None:
    text = '"Armenia must stop provocations," Hajiyev, who advises President Ilham Aliyev on foreign policy, told AFP.'
    assert said(text) == [("hikmet-hajiyev", "Armenia must stop provocations")]
    assert said('Mirzoyan, speaking alongside Bayramov, said: "We made progress."') == [
        ("ararat-mirzoyan", "We made progress.")
    ]


def test_a_name_in_an_apposition_before_the_verb_is_not_the_speaker() -> None:
    text = (
        "Hikmet Hajiyev, the assistant to the President of Azerbaijan Ilham Aliyev, told a broadcaster that the "
        "talks had been \u201cfrank and businesslike.\u201d"
    )
    assert said(text) == [("hikmet-hajiyev", "frank and businesslike.")]


def test_a_role_after_the_verb_that_closes_a_quotation_is_the_person_named_before_with_it() -> None:
    text = (
        "Ararat Mirzoyan held talks with Jeyhun Bayramov in Geneva on Monday.\n\n"
        "\u201cWe see real progress,\u201d added the Armenian minister.\n"
    )
    assert said(text) == [("ararat-mirzoyan", "We see real progress")]


def test_a_quotation_without_a_letter_is_a_name_not_words_said() -> None:
    text = "The meeting of the regional platform \u201c3+3\u201d will be held in Baku, Foreign Minister Hakan Fidan said."
    assert said(text) == []


def test_the_name_of_whom_words_were_for_in_quotation_marks_is_no_statement() -> None:
    for text in (
        "Bayramov told \u201cVoice of America\u201d that the talks went well.",
        "In an interview with \u201cRadio Liberty\u201d, Mirzoyan said the talks were useful.",
    ):
        assert said(text) == [], text
    # words said to someone are still said
    assert said('Mirzoyan told reporters: "We are close to a deal."') == [("ararat-mirzoyan", "We are close to a deal.")]


def test_a_short_quotation_that_ends_what_was_said_is_said_though_after_an_article() -> None:
    text = 'Erdogan said their talk with Pashinyan was held in a "friendly atmosphere."'
    assert [(s.speaker, s.text) for s in extract(text).statements] == [("recep-tayyip-erdogan", "friendly atmosphere.")]
    # a phrase before a noun, or a name, is named, not said
    assert extract('Erdogan said they had a "frank" talk with Pashinyan.').statements == ()
    assert extract('Aliyev reiterated his stance on the opening of the "Zangazur corridor".').statements == ()


def test_the_person_named_after_an_institutions_title_and_a_comma_is_the_speaker() -> None:
    text = 'According to the U.S. State Department spokesman, Ned Price, Blinken also "called for de-escalation".'
    assert [(s.speaker, s.text) for s in extract(text).statements] == [("ned-price", "called for de-escalation")]


def test_a_speaker_described_by_an_institution_and_named_in_apposition_is_the_person() -> None:
    assert said('"It is a shame," lamented the head of diplomacy of the European Union, Josep Borrell.') == [
        ("josep-borrell", "It is a shame")
    ]
    assert said('"It is a shame," said the EU foreign policy chief, Josep Borrell, on Monday.') == [
        ("josep-borrell", "It is a shame")
    ]
    # the institution alone is the speaker when no one is apposed to it
    assert said('"It is a shame," the EU said on Monday, after Borrell left.') == [("european-union", "It is a shame")]


def test_two_people_opening_the_clause_a_participle_hangs_on_both_said_it() -> None:
    text = "Costa and Michel met Aliyev in Baku, calling the dialogue “very constructive”."
    assert sorted(said(text)) == [("antonio-costa", "very constructive"), ("charles-michel", "very constructive")]
    # one subject and two objects: the subject alone
    assert said("Costa met Michel and Aliyev, calling the dialogue “very constructive”.") == [
        ("antonio-costa", "very constructive")
    ]
    # a surname written with its particles is the second of the pair
    assert sorted(said("“We are ready,” Costa and von der Leyen said.")) == [
        ("antonio-costa", "We are ready"),
        ("ursula-von-der-leyen", "We are ready"),
    ]


def test_a_quotation_opening_its_line_signed_by_a_name_is_that_persons() -> None:
    text = "“A peace treaty is not a magic wand” Hikmet Hajiyev for TRT World\n\nThe adviser spoke at length."
    assert said(text) == [("hikmet-hajiyev", "A peace treaty is not a magic wand")]
    assert said("“A peace treaty is near” – Jeyhun Bayramov\n\nThe minister spoke.") == [
        ("jeyhun-bayramov", "A peace treaty is near")
    ]
    # a name that opens a sentence of its own after the quotation signs nothing
    assert said("“Peace is near” Bayramov and Mirzoyan met on Monday in Geneva.") == []


def test_words_a_participle_introduces_with_a_colon_are_the_sentence_subjects() -> None:
    text = (
        "Prime Minister Nikol Pashinyan thanked the Russian president for the efforts, adding:\n"
        "I think that if our talks gain momentum, we can expect real results.\n"
    )
    assert said(text, "2021-01-12") == [
        ("nikol-pashinyan", "I think that if our talks gain momentum, we can expect real results.")
    ]


def test_an_interview_told_as_answering_questions_with_a_question_put_by_name_is_the_interviewees() -> None:
    text = (
        "Hikmet Hajiyev answered questions of a news agency about the visit to Sochi.\n\n"
        "- Mr. Hajiyev, how do you assess the meeting of the two presidents?\n\n"
        "- There are strategic relations between the two countries. The talks were useful.\n"
    )
    assert said(text, "2019-10-04") == [
        ("hikmet-hajiyev", "There are strategic relations between the two countries. The talks were useful.")
    ]
    # an explainer's questions to its readers are no interview, however its introduction reads
    text = (
        "Fidan answered questions of reporters on Monday.\n\n"
        "- What does this mean for you?\n\n"
        "- Prices may fall soon.\n"
    )
    assert said(text) == []


def test_what_a_capital_describes_a_thing_as_is_its_governments_word_no_ones_statement() -> None:
    text = 'Pashinyan was meeting Erdogan in Istanbul, in what Yerevan describes as a "historic" step toward peace.'
    assert said(text, "2025-06-21") == []
    # a person in that place speaks as ever
    assert said('Pashinyan met Erdogan, in what Pashinyan describes as a "historic" step.', "2025-06-21") == [
        ("nikol-pashinyan", "historic")
    ]


def test_a_relative_clause_or_a_servant_of_the_named_speaks_not_the_one_before_it() -> None:
    text = "Aliyev received Michel, who thanked him for the hospitality, adding:\nWe count on the partnership.\n"
    assert said(text) == [("charles-michel", "We count on the partnership.")]
    text = "Aliyev and Pashinyan met Michel, who hailed the talks, calling them “a breakthrough”."
    assert said(text) == [("charles-michel", "a breakthrough")]
    text = '"It is a shame," said the spokesman for the EU foreign policy chief, Josep Borrell.'
    assert [s for s, _ in said(text)] != ["josep-borrell"]


def test_one_quoted_word_of_quality_before_a_noun_in_what_was_said_is_the_speakers() -> None:
    assert said('Aliyev said the two were close to a "dignified" settlement.') == [("ilham-aliyev", "dignified")]
    # a name's word, or the outlet's distance from it, is not
    assert said('Aliyev said they discussed the so-called "Zangezur" corridor.') == []
