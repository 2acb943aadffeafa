"""Statement rules found missing on real reporting (issue 16), each stated on a short made-up text of its own:
what it finds, and what it must not take for a statement."""

from __future__ import annotations

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
