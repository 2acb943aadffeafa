"""The timeline page as a file: self-contained, deterministic, and no document text that could run as script."""

from __future__ import annotations

import base64
import hashlib
import html.parser
import json
import re
from pathlib import Path

import pytest

import caucasus_talks as ct
from caucasus_talks.export.timeline import render_html, timeline_data, write_html
from sample_corpora import IMG_PAYLOAD, SCRIPT_BREAKOUT, large_corpus, small_corpus


class _Page(html.parser.HTMLParser):
    """The parts of a page the tests look at: tag attributes and the text of each script and style element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open = tag
            if tag == "script":
                self.scripts.append((dict(attrs), ""))
            else:
                self.styles.append("")

    def handle_endtag(self, tag: str) -> None:
        self._open = None

    def handle_data(self, data: str) -> None:
        if self._open == "script":
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)
        elif self._open == "style":
            self.styles[-1] += data


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def external_references(page: str) -> list[tuple[str, str, str]]:
    """Every ``src``/``href``/``xlink:href`` that points off the page, except an ``<a href>`` link to a source."""
    found = []
    for tag, attrs in parse(page).tags:
        for name in ("src", "href", "xlink:href", "srcset", "action", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            if re.match(r"^(https?:)?//", value) and not (tag == "a" and name == "href"):
                found.append((tag, name, value))
    return found


@pytest.fixture(scope="module")
def corpus() -> ct.Corpus:
    return small_corpus()


@pytest.fixture(scope="module")
def page(corpus: ct.Corpus) -> str:
    return render_html(corpus)


def test_page_is_one_file_that_loads_nothing_from_outside(page: str) -> None:
    assert external_references(page) == []
    parsed = parse(page)
    assert [a.get("src") for a, _ in parsed.scripts] == [None, None]
    assert not any(tag in ("link", "iframe", "img", "object", "embed") for tag, _ in parsed.tags)
    assert "@import" not in page
    assert not re.search(r"url\(", "".join(parsed.styles))


def test_content_security_policy_allows_only_the_pages_own_style_and_script(page: str) -> None:
    parsed = parse(page)
    policy = next(a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert policy is not None
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'none'"

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    code = next(text for attrs, text in parsed.scripts if attrs.get("type") is None)
    assert directives["script-src"] == digest(code)
    assert directives["style-src"] == digest(parsed.styles[0])


def test_data_is_embedded_as_json_that_decodes_to_the_corpus_data(corpus: ct.Corpus, page: str) -> None:
    parsed = parse(page)
    blocks = [text for attrs, text in parsed.scripts if attrs.get("type") == "application/json"]
    assert len(blocks) == 1
    assert json.loads(blocks[0]) == json.loads(json.dumps(timeline_data(corpus)))


def test_document_text_cannot_close_the_script_or_open_markup(page: str) -> None:
    data_block = page.split('<script type="application/json" id="ct-data">', 1)[1].split("</script>", 1)[0]
    assert not set(data_block) & {"<", ">", "&"}
    assert "\\u003c/script\\u003e" in data_block  # the hostile text is there, escaped
    # Exactly the page's own two scripts: no document text closed one or opened another.
    assert page.count("</script>") == 2
    assert page.count("<script") == 2
    assert SCRIPT_BREAKOUT not in page
    assert IMG_PAYLOAD not in page


def test_script_puts_text_on_the_page_only_as_text(page: str) -> None:
    code = next(text for attrs, text in parse(page).scripts if attrs.get("type") is None)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", 'setAttribute("on'):
        assert sink not in code
    assert "textContent" in code


def test_every_meeting_with_its_details_is_in_the_page_data(corpus: ct.Corpus) -> None:
    data = timeline_data(corpus)
    assert [m["id"] for m in data["meetings"]] == [m.id for m in corpus.meetings]
    new_york = next(m for m in data["meetings"] if m["id"] == "new-york-2022-09-19")
    assert (new_york["date"], new_york["precision"], new_york["basis"]) == ("2022-09-19", "day", "context")
    assert new_york["place"] == {"city": "New York", "country": "United States", "venue": None}
    assert new_york["participants"][0] == {"id": "antony-blinken", "role": "mediator", "by_office": False}
    assert new_york["statements"] == ["blinken-direct-dialogue"]
    assert new_york["sources"] == [
        {"document": "wire-2022-09-20", "start": 126, "end": 153, "quote": "in New York on September 19"}
    ]
    prague = next(m for m in data["meetings"] if m["id"] == "prague-2022-10")
    assert (prague["first_day"], prague["last_day"]) == ("2022-10-01", "2022-10-31")
    washington = next(m for m in data["meetings"] if m["id"] == "washington-round")
    assert (washington["first_day"], washington["last_day"]) == ("2023-06-27", "2023-06-29")


def test_who_met_whom_pairs_count_held_meetings_only(corpus: ct.Corpus) -> None:
    pairs = {(p["a"], p["b"]): p["count"] for p in timeline_data(corpus)["pairs"]}
    assert pairs[("ararat-mirzoyan", "jeyhun-bayramov")] == 3
    assert pairs[("ilham-aliyev", "nikol-pashinyan")] == 3  # not the planned summit, not the cancelled one


def test_same_corpus_gives_the_same_page(corpus: ct.Corpus, page: str) -> None:
    assert render_html(small_corpus()) == page


def test_write_html_writes_the_page_atomically_and_replaces_an_old_one(tmp_path: Path, corpus: ct.Corpus, page: str) -> None:
    target = tmp_path / "timeline.html"
    target.write_text("old", encoding="utf-8")
    assert write_html(corpus, target) == target
    assert target.read_text(encoding="utf-8") == page
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.html"]


def test_thousand_meeting_corpus_renders_every_meeting() -> None:
    corpus = large_corpus(1000)
    page = render_html(corpus)
    data = json.loads(page.split('id="ct-data">', 1)[1].split("</script>", 1)[0])
    assert len(data["meetings"]) == 1000
    assert external_references(page) == []


def test_empty_corpus_still_renders_a_page() -> None:
    page = render_html(ct.Corpus())
    assert json.loads(page.split('id="ct-data">', 1)[1].split("</script>", 1)[0])["meetings"] == []
