"""The timeline page in a real browser: Debian's headless Chromium, driven by chromium-driver through selenium.

Skipped only when no Chromium is installed and the ``CI`` environment
variable is unset; in CI a missing browser is a failure.
"""

from __future__ import annotations

import collections
import os
import re
import shutil
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import caucasus_talks as ct
from caucasus_talks.export.timeline import write_html
from sample_corpora import IMG_PAYLOAD, SCRIPT_BREAKOUT, large_corpus, small_corpus
from test_timeline import external_references

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
IN_CI = bool(os.environ.get("CI"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

if CHROMIUM is None or CHROMEDRIVER is None:
    if IN_CI:
        pytest.fail("CI needs Debian's chromium and chromium-driver for the timeline browser tests", pytrace=False)
    pytest.skip("chromium and chromium-driver are not installed (outside CI)", allow_module_level=True)

if IN_CI:
    import selenium  # noqa: F401  (CI must have it: a missing selenium is an error, not a skip)
else:
    pytest.importorskip("selenium")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

SCRIPT = Path(sys.executable).with_name("caucasus-talks")
ENTRY = (
    [str(SCRIPT)]
    if SCRIPT.exists()
    else [sys.executable, "-c", "import sys; from caucasus_talks.cli import main; sys.exit(main())"]
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    os.environ.setdefault("SE_OFFLINE", "true")  # selenium must never try to download a driver
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1400,1000"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def small_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[ct.Corpus, Path]:
    corpus = small_corpus()
    return corpus, write_html(corpus, tmp_path_factory.mktemp("small") / "timeline.html")


@pytest.fixture(scope="module")
def large_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[ct.Corpus, Path]:
    corpus = large_corpus(1000)
    return corpus, write_html(corpus, tmp_path_factory.mktemp("large") / "timeline.html")


def meeting_ids(driver: Any) -> list[str]:
    return [e.get_attribute("data-meeting-id") for e in driver.find_elements(By.CSS_SELECTOR, "[data-meeting-id]")]


def details(driver: Any) -> Any:
    return driver.find_element(By.ID, "details")


def tick_labels(driver: Any) -> list[str]:
    labels = [t.get_attribute("textContent") for t in driver.find_elements(By.CSS_SELECTOR, "#timeline .tick text")]
    assert labels, "the time axis has no ticks"
    return labels


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of RGB(A) pixels of an 8-bit truecolour PNG, unfiltered."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8
    assert colour in (2, 6)
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    rows, previous, stride = [], bytearray(width * bpp), width * bpp
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = previous[x]
            c = previous[x - bpp] if x >= bpp else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(r[i : i + 3]) for r in rows for i in range(0, stride, bpp)]


def dump_dom(page: Path, profile: Path) -> str:
    result = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


# -- the small corpus: every meeting, its details, hostile text ------------------


def test_every_meeting_is_drawn_once(browser: Any, small_page: tuple[ct.Corpus, Path]) -> None:
    corpus, page = small_page
    browser.get(page.as_uri())
    assert sorted(meeting_ids(browser)) == sorted(m.id for m in corpus.meetings)


def test_clicking_a_meeting_shows_its_date_place_participants_statements_and_sources(
    browser: Any, small_page: tuple[ct.Corpus, Path]
) -> None:
    corpus, page = small_page
    browser.get(page.as_uri())
    browser.find_element(By.CSS_SELECTOR, '[data-meeting-id="new-york-2022-09-19"]').click()
    panel = details(browser)
    assert panel.get_attribute("data-shown-meeting") == "new-york-2022-09-19"
    text = panel.text
    for expected in (
        "Trilateral meeting at the UN General Assembly",
        "19 September 2022 (known to the day; completed from the document's context)",
        "New York, United States",
        "in person",
        "Antony Blinken",
        "mediator",
        "Ararat Mirzoyan",
        "Direct dialogue is the best way to a truly durable peace,",
        "in New York on September 19",
        "document wire-2022-09-20, characters 126–153",
    ):
        assert expected in text
    links = panel.find_elements(By.CSS_SELECTOR, "a[href]")
    assert [a.get_attribute("href") for a in links] == [corpus.document("wire-2022-09-20").url]


def test_partial_date_shows_its_precision_and_inferred_date_its_reason(browser: Any, small_page: tuple[ct.Corpus, Path]) -> None:
    _corpus, page = small_page
    browser.get(page.as_uri())
    browser.find_element(By.CSS_SELECTOR, '[data-meeting-id="baku-visit"]').click()
    assert "November 2022 (known to the month; inferred: after the October call, before year end)" in details(browser).text


def test_hostile_document_text_is_shown_as_text_and_never_runs(browser: Any, small_page: tuple[ct.Corpus, Path]) -> None:
    _corpus, page = small_page
    browser.get(page.as_uri())
    browser.find_element(By.CSS_SELECTOR, '[data-meeting-id="hostile-undated"]').click()
    panel = details(browser)
    assert IMG_PAYLOAD in panel.text  # the meeting's title, as text
    assert SCRIPT_BREAKOUT in panel.text  # the quoted span, as text
    assert browser.execute_script("return window.__pwned") is None
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert len(browser.find_elements(By.TAG_NAME, "script")) == 2
    # The hostile document's javascript: URL is not made a link.
    assert [a.get_attribute("href") for a in panel.find_elements(By.CSS_SELECTOR, "a[href]")] == []


def test_page_policy_blocks_any_script_the_page_did_not_ship(browser: Any, small_page: tuple[ct.Corpus, Path]) -> None:
    _corpus, page = small_page
    browser.get(page.as_uri())
    injected = browser.execute_script(
        "var s = document.createElement('script'); s.textContent = 'window.__injected = 1';"
        "document.body.appendChild(s); return window.__injected === undefined;"
    )
    assert injected is True  # an inline script without the page's hash does not run
    handler = browser.execute_script(
        "var i = document.createElement('img'); i.setAttribute('onerror', 'window.__handler = 1');"
        "i.src = 'data:,not-an-image'; document.body.appendChild(i);"
        "return new Promise(function (done) { setTimeout(function () { done(window.__handler === undefined); }, 300); });"
    )
    assert handler is True  # nor does an inline event handler


def test_page_loads_no_resource_at_all(browser: Any, small_page: tuple[ct.Corpus, Path]) -> None:
    _corpus, page = small_page
    browser.get(page.as_uri())
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert external_references(browser.page_source) == []


def test_clicking_a_person_in_the_network_highlights_their_meetings(browser: Any, small_page: tuple[ct.Corpus, Path]) -> None:
    corpus, page = small_page
    browser.get(page.as_uri())
    node = browser.find_element(By.CSS_SELECTOR, '#network [data-participant-id="charles-michel"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", node)
    node.click()
    lit = {
        e.get_attribute("data-meeting-id")
        for e in browser.find_elements(By.CSS_SELECTOR, "[data-meeting-id]")
        if "dim" not in (e.get_attribute("class") or "").split()
    }
    assert lit == {m.id for m in corpus.meetings if "charles-michel" in m.participant_ids}
    assert "Showing the meetings of Charles Michel" in browser.find_element(By.ID, "filter-label").text


# -- a user's corpus of a thousand meetings ------------------------------------------


def test_thousand_meetings_are_all_drawn_and_one_clicked_shows_its_details(
    browser: Any, large_page: tuple[ct.Corpus, Path]
) -> None:
    corpus, page = large_page
    browser.get(page.as_uri())
    assert sorted(meeting_ids(browser)) == sorted(m.id for m in corpus.meetings)
    target = next(m for m in corpus.meetings if m.date.precision is ct.Precision.DAY)
    element = browser.find_element(By.CSS_SELECTOR, f'[data-meeting-id="{target.id}"]')
    element.click()
    assert details(browser).get_attribute("data-shown-meeting") == target.id
    assert target.evidence[0].quote in details(browser).text


def test_zooms_from_years_to_days(browser: Any, large_page: tuple[ct.Corpus, Path]) -> None:
    _corpus, page = large_page
    browser.get(page.as_uri())
    assert all(re.fullmatch(r"\d{4}", label) for label in tick_labels(browser))  # the whole corpus: years
    browser.find_element(By.ID, "zoom-week").click()
    days = tick_labels(browser)
    assert any(re.fullmatch(r"\d{1,2}", label) for label in days), days  # a week: days of the month
    before = browser.find_element(By.ID, "scale-label").text
    ActionChains(browser).scroll_from_origin(ScrollOrigin.from_element(browser.find_element(By.ID, "timeline")), 0, 600).perform()
    browser.execute_script("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert browser.find_element(By.ID, "scale-label").text != before  # the wheel zooms out again


def test_screenshot_is_not_blank(browser: Any, large_page: tuple[ct.Corpus, Path], tmp_path: Path) -> None:
    _corpus, page = large_page
    browser.get(page.as_uri())
    png = browser.get_screenshot_as_png()
    (tmp_path / "timeline.png").write_bytes(png)
    width, height, pixels = decode_png(png)
    assert (width, height) == (
        browser.execute_script("return window.innerWidth"),
        browser.execute_script("return window.innerHeight"),
    )
    counts = collections.Counter(pixels)
    assert len(counts) >= 50  # many colours: text, bars in three formats, the network
    assert counts.most_common(1)[0][1] / len(pixels) < 0.9  # the background is not everything


def test_dump_dom_holds_one_element_per_meeting(large_page: tuple[ct.Corpus, Path], tmp_path: Path) -> None:
    corpus, page = large_page
    dom = dump_dom(page, tmp_path / "profile")
    ids = re.findall(r'data-meeting-id="([^"]*)"', dom)
    assert sorted(ids) == sorted(m.id for m in corpus.meetings)


# -- acceptance: the command line on the bundled corpus ------------------------------------


def test_cli_timeline_html_on_the_bundled_corpus_draws_every_meeting_and_loads_nothing(tmp_path: Path) -> None:
    corpus = ct.load_corpus()
    assert corpus.meetings, "the bundled seed corpus has no meetings yet"
    out = tmp_path / "out.html"
    result = subprocess.run([*ENTRY, "timeline", "--html", str(out)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    dom = dump_dom(out, tmp_path / "profile")
    assert sorted(re.findall(r'data-meeting-id="([^"]*)"', dom)) == sorted(m.id for m in corpus.meetings)
    assert external_references(out.read_text(encoding="utf-8")) == []
    assert external_references(dom) == []
