"""How much the extractor's scores move when the dev texts are written the way other outlets write them.

    python tools/perturb_eval.py                  # every perturbation: F1 deltas against the unperturbed run
    python tools/perturb_eval.py --only crlf,nbsp # some of them
    python tools/perturb_eval.py --show hard_wrap_70 012   # one perturbed document and its scoring log
    python tools/perturb_eval.py --markdown       # the table as Markdown (for docs/extending.md)

Each perturbation changes one thing about how a text is written and nothing of what it says: quotation marks,
apostrophes and dashes, the dateline, how dates are written, paragraphing and hard-wrapped lines, an outlet's
boilerplate (headline, byline, captions, link lines, copyright), whitespace, and the spelling of names (the
registry's own aliases). Every one is written generically: none names a document or a phrase of one.

The gold stays valid: the scorer matches persons by name, meetings by date, city and participants, and quotes by
their words (``\\w+`` after NFKC and apostrophe folding), so a change of marks, spaces or line breaks leaves it as it
is; a change of words inside a quote (a name's spelling, a date's form) is applied to the gold quote too. The
text's leading `` date YYYY-MM-DD`` line (the evaluation's own) is kept; each document is extracted with its
publication date from ``meta.json``, as the evaluation does.

For each perturbation: the documents it changed, the F1 deltas (persons, statements, meetings) and the deltas of
the matched meetings' date, place and format accuracy against the unperturbed run, and the documents it hurt most.
Every evidence span is checked to reproduce its text in the perturbed document.
"""

from __future__ import annotations

import argparse
import calendar
import copy
import datetime as dt
import difflib
import json
import re
import sys
import textwrap
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(EVAL))

import score  # type: ignore[import-not-found]  # noqa: E402  (the evaluation's scorer)

from caucasus_talks.extract import extract  # noqa: E402

Doc = dict[str, Any]  # {"name", "text", "gold", "published"}
Gold = dict[str, Any]
Perturb = Callable[[str, Gold, dt.date | None, str], tuple[str, Gold] | None]

_PREFIX_RE = re.compile(r"\A[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*")
MONTHS = list(calendar.month_name)[1:]
_MONTH = "|".join(MONTHS)
AP_ABBREV = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
             "November": "Nov.", "December": "Dec."}  # March to July are written out
SHORT = {m: m[:3] for m in MONTHS}
CITIES = ["YEREVAN", "BAKU", "MOSCOW", "BRUSSELS", "WASHINGTON", "TBILISI"]
WOMEN = {"ursula-von-der-leyen", "kaja-kallas", "annalena-baerbock", "catherine-colonna", "victoria-nuland",
         "maria-zakharova", "nancy-pelosi", "samantha-power", "toivo-klaar"}  # "Mr."/"Ms." (Klaar: a man, harmless)


# -- helpers ------------------------------------------------------------------------------------------------


def split_prefix(text: str) -> tuple[str, str]:
    """The evaluation's leading ' date YYYY-MM-DD' (kept as it is) and the rest."""
    m = _PREFIX_RE.match(text)
    return (text[: m.end()], text[m.end():]) if m else ("", text)


def on_quotes(gold: Gold, fn: Callable[[str], str]) -> Gold:
    """The gold with `fn` applied to every quote (a perturbation that changes words inside quotes)."""
    out = copy.deepcopy(gold)
    for s in out.get("statements", []):
        s["quote"] = fn(s["quote"])
    return out


def on_names(gold: Gold, fn: Callable[[str], str]) -> Gold:
    """The gold with `fn` applied to the names of people the scorer's spelling table lacks (a person the registry
    does not know is matched by the name as written); known people keep their canonical names."""
    def name(n: str) -> str:
        return n if score.fold(n) in score.PEOPLE or n == "org" else fn(n)
    out = copy.deepcopy(gold)
    out["persons"] = [name(n) for n in out.get("persons", [])]
    for st in out.get("statements", []):
        st["speaker"] = name(st["speaker"])
    for m in out.get("meetings", []):
        m["participants"] = [name(n) for n in m.get("participants", [])]
        m["by_role"] = [name(n) for n in m.get("by_role", [])]
    return out


def textual(fn: Callable[[str], str]) -> Perturb:
    """A perturbation that rewrites the body text (not the date prefix), applied to the gold quotes too, and to the
    gold names of people the scorer does not know by other spellings."""
    def run(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
        prefix, body = split_prefix(text)
        new = fn(body)
        if new == body:
            return None
        return prefix + new, on_names(on_quotes(gold, fn), fn)
    return run


def layout_only(fn: Callable[[str], str]) -> Perturb:
    """A perturbation of marks, spaces or line breaks: the gold's words stay as they are."""
    def run(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
        prefix, body = split_prefix(text)
        new = fn(body)
        return None if new == body else (prefix + new, gold)
    return run


def pick(name: str, options: list[str]) -> str:
    """A choice fixed by the document's name (the same on every run)."""
    return options[zlib.crc32(name.encode()) % len(options)]


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line."""
    out, pos = [], 0
    for line in body.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def first_paragraph(body: str) -> int | None:
    """Where the first paragraph of the reporter's running text starts: a line of 15 words or more ending a sentence,
    opening with a letter (not a quotation or an interview's dash), not the words a line ending in a colon introduces."""
    before = ""
    for s, e in paragraphs(body):
        line = body[s:e].strip()
        if len(line.split()) >= 15 and line[-1] in ".!?\"”’)" and line[0].isalpha() and not before.endswith(":"):
            return s + (len(body[s:e]) - len(body[s:e].lstrip()))
        before = line
    return None


def insert_between(body: str, line: str, every: int = 3) -> str:
    """`line` as a paragraph of its own after every `every`-th paragraph of running text."""
    spans = [(s, e) for s, e in paragraphs(body) if len(body[s:e].split()) >= 12]
    sep = "\n\n" if "\n\n" in body else "\n"
    out, last = [], 0
    for i, (_s, e) in enumerate(spans[:-1], 1):
        if i % every == 0:
            out.append(body[last:e] + sep + line)
            last = e
    out.append(body[last:])
    return "".join(out)


# -- quotation marks, apostrophes, dashes -------------------------------------------------------------------


def straight_quotes(s: str) -> str:
    return s.translate(str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"}))


def curly_quotes(s: str) -> str:
    """Straight marks made curly as a word processor does: an opening mark after space or an opening bracket."""
    s = re.sub(r"(\w)'(\w)", "\\1’\\2", s)  # apostrophes first
    s = re.sub(r'(^|[\s(\[—–-])"', "\\1“", s, flags=re.M)
    s = s.replace('"', "”")
    s = re.sub(r"(^|[\s(\[—–-])'", "\\1‘", s, flags=re.M)
    return s.replace("'", "’")


def guillemets(s: str) -> str:
    """Double quotation marks as « » (agencies of the region write them)."""
    s = curly_quotes(s)
    return s.replace("“", "«").replace("”", "»")


def british_quotes(s: str) -> str:
    """Single marks outside, double inside (British style): “a ‘b’ c” as ‘a “b” c’; apostrophes stay ’."""
    return _swap_levels(curly_quotes(s))


def _swap_levels(s: str) -> str:
    out = []
    for i, c in enumerate(s):
        if c == "“":
            out.append("‘")
        elif c == "”":
            out.append("’")
        elif c == "‘":
            out.append("“")
        elif c == "’" and not (0 < i < len(s) - 1 and s[i - 1].isalpha() and s[i + 1].isalpha()) and not (
            i > 0 and s[i - 1] == "s" and (i + 1 == len(s) or s[i + 1] == " ")
        ):
            out.append("”")
        else:
            out.append(c)
    return "".join(out)


def ellipses(s: str) -> str:
    """"..." as "…" and "…" as "..." (both ways)."""
    return s.replace("...", "\0").replace("…", "...").replace("\0", "…")


def straight_apostrophes(s: str) -> str:
    return re.sub(r"(?<=\w)’(?=\w)|(?<=s)’(?=\s)", "'", s)


def curly_apostrophes(s: str) -> str:
    return re.sub(r"(?<=\w)'(?=\w)|(?<=s)'(?=\s)", "’", s)


def hyphen_dashes(s: str) -> str:
    """Em and en dashes typed as hyphens (" — " as " - ", "2022–2023" as "2022-2023")."""
    return s.replace("—", "-").replace("–", "-")


def double_hyphen_dashes(s: str) -> str:
    return re.sub(r"[ \t]*[—–][ \t]*", " -- ", s)


def em_dashes(s: str) -> str:
    """Spaced hyphens and en dashes typeset as em dashes."""
    return re.sub(r" [-–] ", " — ", s)


# -- datelines ------------------------------------------------------------------------------------------------

_DATELINE_RE = re.compile(
    r"[A-Z][A-Za-z.]+(?:[ ,][A-Za-z.]+){0,3}?"  # a place: "BAKU", "Washington, DC"
    r"(?:,?[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?\.?)?"  # a date
    r"(?:[ \t]*\((?:Reuters|AP|AFP|APA|Trend|TASS|Xinhua|Sputnik|[A-Z][A-Za-z]{1,20})\))?"  # an agency
    r"(?:[ \t]*/[A-Z]+/\.?)?"
    r"[ \t]*(?:[—–]|-{1,2}|:)[ \t]+(?=[A-Z\"“‘'])"
)


def _dateline_text(style: str, published: dt.date | None, name: str) -> str:
    city = pick(name, CITIES)
    if style == "reuters":
        day = f", {SHORT[MONTHS[published.month - 1]]} {published.day}" if published else ""
        return f"{city}{day} (Reuters) - "
    if style == "dash":
        return f"{city} — "
    day = f", {published.day} {MONTHS[published.month - 1]} {published.year}" if published else ""
    return f"{city.title()}{day} /TASS/. "


def add_dateline(style: str) -> Perturb:
    """A dateline before the first paragraph (the publication day, a city that is where the reporter is)."""
    def run(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
        prefix, body = split_prefix(text)
        at = first_paragraph(body)
        if at is None or _DATELINE_RE.match(body, at):
            return None
        return prefix + body[:at] + _dateline_text(style, published, name) + body[at:], gold
    return run


def no_dateline(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
    """The first paragraph's dateline taken away (only when the publication day is known otherwise)."""
    if published is None:
        return None
    prefix, body = split_prefix(text)
    at = first_paragraph(body)
    if at is None:
        return None
    m = _DATELINE_RE.match(body, at)
    if m is None or len(m.group().split()) > 8:
        return None
    return prefix + body[:at] + body[m.end():], gold


# -- dates ----------------------------------------------------------------------------------------------------

_MD_RE = re.compile(rf"\b({_MONTH})\.?[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?\b(,?[ \t]+(\d{{4}})\b)?(?![-–]\d)")
_DM_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?[ \t]+({_MONTH})\b(,?[ \t]+(\d{{4}})\b)?")


def day_first(s: str) -> str:
    """"November 7, 2022" as "7 November 2022" (the British and agency style)."""
    return _MD_RE.sub(lambda m: f"{m[2]} {m[1]}" + (f" {m[4]}" if m[4] else ""), s)


def month_first(s: str) -> str:
    """"7 November 2022" as "November 7, 2022"."""
    return _DM_RE.sub(lambda m: f"{m[2]} {m[1]}" + (f", {m[4]}" if m[4] else ""), s)


def ap_months(s: str) -> str:
    """"November 7" as "Nov. 7" (AP style: months of more than five letters shortened when a day follows)."""
    s = month_first(s)
    return _MD_RE.sub(lambda m: f"{AP_ABBREV.get(m[1], m[1])} {m[2]}" + (f", {m[4]}" if m[4] else ""), s)


def _weekday_of(month: str, day: str, year: str | None, published: dt.date | None) -> str | None:
    try:
        if year:
            d = dt.date(int(year), MONTHS.index(month) + 1, int(day))
        elif published is not None:
            d = dt.date(published.year, MONTHS.index(month) + 1, int(day))
            if not dt.timedelta(0) <= published - d <= dt.timedelta(days=60):
                return None  # the year is not certain
        else:
            return None
    except ValueError:
        return None
    return calendar.day_name[d.weekday()]


def with_weekday(style: str) -> Perturb:
    """"on November 7" as "on Monday (November 7)" (style "paren") or "on Monday, November 7" (style "comma") where
    the weekday follows from the text's year."""
    def fn_for(published: dt.date | None) -> Callable[[str], str]:
        def fn(s: str) -> str:
            def sub(m: re.Match[str]) -> str:
                wd = _weekday_of(m[2], m[3], m[5], published)
                if wd is None:
                    return m[0]
                if style == "comma":
                    return f"{m[1]}{wd}, {m[2]} {m[3]}{m[4] or ''}"
                return f"{m[1]}{wd} ({m[2]} {m[3]}{m[4] or ''})"
            return re.sub(rf"\b(on[ \t]+)({_MONTH})[ \t]+(\d{{1,2}})\b(,?[ \t]+(\d{{4}}))?(?![-–]\d)", sub, s)
        return fn

    def run(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
        fn = fn_for(published)
        prefix, body = split_prefix(text)
        new = fn(body)
        return None if new == body else (prefix + new, on_quotes(gold, fn))
    return run


def weekday_only(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
    """"on November 7" as "on Monday" when that day is in the six days before publication."""
    if published is None:
        return None

    def fn(s: str) -> str:
        def sub(m: re.Match[str]) -> str:
            try:
                d = dt.date(int(m[5]) if m[5] else published.year, MONTHS.index(m[2]) + 1, int(m[3]))
            except ValueError:
                return m[0]
            if not 1 <= (published - d).days <= 6:
                return m[0]
            return f"{m[1]}{calendar.day_name[d.weekday()]}"
        return re.sub(rf"\b(on[ \t]+)({_MONTH})[ \t]+(\d{{1,2}})\b(,?[ \t]+(\d{{4}}))?(?![-–]\d)", sub, s)
    prefix, body = split_prefix(text)
    new = fn(body)
    return None if new == body else (prefix + new, on_quotes(gold, fn))


# -- paragraphs and lines -------------------------------------------------------------------------------------


def single_newlines(s: str) -> str:
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)*", "\n", s)


def blank_lines(s: str) -> str:
    return re.sub(r"(?<!\n)\n(?!\n)", "\n\n", s)


def hard_wrap(width: int, hyphens: bool = False) -> Callable[[str], str]:
    """Every line longer than `width` broken at spaces (a plain-text scrape or an e-mail), or after hyphens too."""
    def fn(s: str) -> str:
        lines = s.split("\n")
        out = []
        for line in lines:
            if len(line) <= width:
                out.append(line)
            else:
                out.append("\n".join(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=hyphens)))
        return "\n".join(out)
    return fn


def sentence_paragraphs(s: str) -> str:
    """Every sentence a paragraph of its own (some agencies print them so), never inside a quotation."""
    out, depth = [], 0
    i = 0
    while i < len(s):
        c = s[i]
        out.append(c)
        if c in "“‘" and not (c == "‘" and s[i - 1 : i].isalnum()):
            depth += 1
        elif c in "”’" and not (c == "’" and s[i + 1 : i + 2].isalpha()):
            depth = max(0, depth - 1)
        elif c == '"':
            depth = 0 if depth else 1
        elif c == "\n":
            depth = 0
        if (c in ".!?" and depth == 0 and s[i + 1 : i + 2] == " " and s[i + 2 : i + 3].isupper()
                and not re.search(r"(?:\b[A-Z]|Mr|Ms|Dr|St|U\.S|Jr|No)\.?$", s[max(0, i - 3) : i + 1][:-1] + ".")):
            out.append("\n\n" if "\n\n" in s else "\n")
            i += 2
            continue
        i += 1
    return "".join(out)


def labels_on_own_line(s: str) -> str:
    """A transcript's speaker labels on a line of their own, the words in the paragraph below ("MR PATEL:\\n\\n...")."""
    sep = "\n\n" if "\n\n" in s else "\n"
    return re.sub(r"(?m)^([A-Z][A-Z.' ]{1,40}[A-Z.]|QUESTION|Q):(\.\.\.)? +(?=\S)", lambda m: m[1] + ":" + (m[2] or "") + sep, s)


def abbreviated_titles(s: str) -> str:
    """Titles as headlines and agencies shorten them: "Prime Minister" as "PM", "Foreign Minister" as "FM"."""
    return re.sub(r"\bForeign Minister\b", "FM", re.sub(r"\bPrime Minister\b", "PM", s))


def undotted_us(s: str) -> str:
    return re.sub(r"\bU\.S\.(?= [a-z])", "US", s).replace("U.S. ", "US ")


def indented(s: str) -> str:
    """Paragraphs indented by four spaces."""
    return re.sub(r"(?m)^(?=\S)", "    ", s)


# -- an outlet's boilerplate ----------------------------------------------------------------------------------


def _headline(body: str) -> str | None:
    at = first_paragraph(body)
    if at is None:
        return None
    sentence = re.split(r"(?<=[.!?])\s", body[at:].split("\n", 1)[0])[0]
    words = _DATELINE_RE.sub("", sentence, count=1).rstrip(".").split()
    return " ".join(words[:12]) if words else None


def headline(style: str) -> Perturb:
    """A headline above the article: its first sentence's first twelve words in Title Case or in capitals."""
    def run(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
        prefix, body = split_prefix(text)
        head = _headline(body)
        if head is None:
            return None
        head = head.upper() if style == "caps" else " ".join(w[:1].upper() + w[1:] for w in head.split())
        return prefix + "\n" + head + "\n\n" + body.lstrip("\n"), gold
    return run


def top_line(line: str) -> Perturb:
    """A line at the top of the article (a byline)."""
    def run(text: str, gold: Gold, published: dt.date | None, name: str) -> tuple[str, Gold] | None:
        prefix, body = split_prefix(text)
        at = first_paragraph(body)
        if at is None:
            return None
        return prefix + body[:at] + line + "\n\n" + body[at:], gold
    return run


def between(line: str) -> Perturb:
    return layout_only(lambda s: insert_between(s, line))


def trailing(lines: str) -> Perturb:
    return layout_only(lambda s: s.rstrip("\n") + "\n\n" + lines + "\n")


# -- whitespace -----------------------------------------------------------------------------------------------


def double_spaces(s: str) -> str:
    """Two spaces after a sentence's end (typewriter style)."""
    return re.sub(r"(?<=[a-z0-9][.!?]) (?=[A-Z“\"])", "  ", s)


def doubled_spaces(s: str) -> str:
    """Every fourth space between two words doubled (what collapsing HTML or a careless editor leaves)."""
    count = iter(range(1, 10**9))
    return re.sub(r"(?<=\w) (?=\w)", lambda m: "  " if next(count) % 4 == 0 else " ", s)


def nbsp(s: str) -> str:
    """Non-breaking spaces where HTML often has them: after a capitalised word or a number."""
    return re.sub(r"\b([A-Z][a-z]{1,15}|[0-9]{1,4}) (?=\w)", "\\1\u00a0", s)


def trailing_spaces(s: str) -> str:
    return re.sub(r"(?<=\S)\n", " \n", s)


def crlf(s: str) -> str:
    return s.replace("\n", "\r\n")


# -- names ----------------------------------------------------------------------------------------------------


def _people() -> list[tuple[str, str, list[str]]]:
    """(id, name, aliases) of the bundled registry's people."""
    data = json.loads((ROOT / "src" / "caucasus_talks" / "data" / "registry" / "actors.json").read_text("utf-8"))
    rows = next(v for v in data.values() if isinstance(v, list))
    return [(r["id"], r["name"], list(r.get("aliases", []))) for r in rows
            if " " in r.get("name", "") and r.get("kind", "person") == "person"]


PEOPLE = _people()


def _word_variants() -> dict[str, str]:
    """Spelling variants of a name's words from the registry's Latin aliases of the same length
    ("Pashinyan" -> "Pashinian", "Jeyhun" -> "Ceyhun"): each word mapped to its first variant."""
    out: dict[str, str] = {}
    for _pid, name, aliases in PEOPLE:
        words = name.split()
        for alias in aliases:
            other = alias.split()
            if len(other) != len(words) or not alias.isascii() or alias.startswith("@"):
                continue
            for a, b in zip(words, other, strict=True):
                similar = difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.75
                if a != b and similar and (a[:1] == b[:1] or (len(a) > 3 and a[1:] == b[1:])):
                    out.setdefault(a, b)
    return out


VARIANTS = _word_variants()


def transliterations(s: str) -> str:
    if not VARIANTS:
        return s
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(VARIANTS, key=len, reverse=True))) + r")\b")
    return pattern.sub(lambda m: VARIANTS[m[1]], s)


def middle_initials(s: str) -> str:
    """Full names with a middle initial ("Nikol V. Pashinyan")."""
    for _pid, name, _aliases in PEOPLE:
        words = name.split()
        if len(words) == 2:
            s = re.sub(rf"\b{re.escape(words[0])} {re.escape(words[1])}\b", f"{words[0]} A. {words[1]}", s)
    return s


def honorifics(s: str) -> str:
    """A surname standing alone as "Mr. Surname" / "Ms. Surname" (the style of some newspapers)."""
    for pid, name, _aliases in PEOPLE:
        words = name.split()
        if len(words) < 2:
            continue
        title = "Ms." if pid in WOMEN else "Mr."
        s = re.sub(rf"(?<![A-Za-z.] )(?<![A-Za-z]\.)(?<![-@])\b{re.escape(words[-1])}\b(?![’'-])", f"{title} {words[-1]}", s)
    return s


# -- the list -------------------------------------------------------------------------------------------------

PERTURBATIONS: dict[str, Perturb] = {
    "straight_quotes": layout_only(straight_quotes),
    "curly_quotes": layout_only(curly_quotes),
    "guillemets": layout_only(guillemets),
    "british_quotes": layout_only(british_quotes),
    "ellipses": layout_only(ellipses),
    "straight_apostrophes": layout_only(straight_apostrophes),
    "curly_apostrophes": layout_only(curly_apostrophes),
    "hyphens_for_dashes": layout_only(hyphen_dashes),
    "double_hyphens": layout_only(double_hyphen_dashes),
    "em_dashes": layout_only(em_dashes),
    "dateline_reuters": add_dateline("reuters"),
    "dateline_dash": add_dateline("dash"),
    "dateline_tass": add_dateline("tass"),
    "no_dateline": no_dateline,
    "dates_day_first": textual(day_first),
    "dates_month_first": textual(month_first),
    "dates_ap_months": textual(ap_months),
    "dates_weekday_paren": with_weekday("paren"),
    "dates_weekday_comma": with_weekday("comma"),
    "dates_weekday_only": weekday_only,
    "single_newlines": layout_only(single_newlines),
    "blank_lines": layout_only(blank_lines),
    "hard_wrap_70": layout_only(hard_wrap(70)),
    "hard_wrap_70_crlf": layout_only(lambda s: crlf(hard_wrap(70)(s))),
    "hard_wrap_78_hyphens": layout_only(hard_wrap(78, hyphens=True)),
    "hard_wrap_70_no_blank": layout_only(lambda s: hard_wrap(70)(single_newlines(s))),
    "indented": layout_only(indented),
    "sentence_paragraphs": layout_only(sentence_paragraphs),
    "labels_on_own_line": layout_only(labels_on_own_line),
    "headline_title_case": headline("title"),
    "headline_caps": headline("caps"),
    "byline": top_line("By Jane Roe and John Doe"),
    "photo_captions": between("Photo: Reuters"),
    "read_more_lines": between("Read more: Border talks resume amid new tensions"),
    "related_block": between("Related:\nEU monitors extend their mission"),
    "advert_lines": between("Advertisement"),
    "trailing_furniture": trailing("© 2023 Example News. All rights reserved.\nShare this article"),
    "double_spaces": layout_only(double_spaces),
    "doubled_spaces": layout_only(doubled_spaces),
    "nbsp": layout_only(nbsp),
    "trailing_spaces": layout_only(trailing_spaces),
    "crlf": layout_only(crlf),
    "transliterations": textual(transliterations),
    "middle_initials": textual(middle_initials),
    "honorifics": textual(honorifics),
    "abbreviated_titles": textual(abbreviated_titles),
    "us_without_dots": textual(undotted_us),
}


# -- running and scoring --------------------------------------------------------------------------------------


def load() -> list[Doc]:
    dev = EVAL / "dev"
    meta = json.loads((dev / "meta.json").read_text(encoding="utf-8"))
    docs = []
    for gf in sorted((dev / "gold").glob("*.json")):
        pub = meta.get(gf.stem, {}).get("published")
        text = (dev / "docs" / f"{gf.stem}.txt").read_text(encoding="utf-8")
        docs.append({"name": gf.stem, "text": text, "gold": json.loads(gf.read_text(encoding="utf-8")),
                     "published": pub})
    return docs


def _anchor(doc: Doc) -> dt.date | None:
    """The publication day the perturbations may rely on: meta.json's, else the text's date prefix."""
    if doc["published"]:
        return dt.date.fromisoformat(doc["published"])
    m = re.match(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})", doc["text"])
    return dt.date.fromisoformat(m[1]) if m else None


def run_one(text: str, gold: Gold, published: str | None, name: str, log: list[str]) -> Counter[str]:
    ex = extract(text, published=published, document_id=name)
    bad = [e for r in (*ex.statements, *ex.meetings) for e in r.evidence if text[e.start:e.end] != e.quote]
    if bad:
        raise AssertionError(f"{name}: evidence does not reproduce the text: {bad[0]}")
    return score.score_doc(gold, ex.to_interchange(), log)


def errors(c: Counter[str]) -> int:
    """Wrong and missing items of one document (what a perturbation hurting it increases): a wrong or missing
    person, statement or meeting counts two, a wrong date, place or format of a matched meeting one."""
    missed = ((c["per_p"] - c["per_tp"]) + (c["per_g"] - c["per_tp"]) + (c["st_p"] - c["st_tp_p"])
              + (c["st_g"] - c["st_tp_r"]) + (c["mt_p"] - c["mt_tp"]) + (c["mt_g"] - c["mt_tp"]))
    return 2 * missed + (c["m_dated"] - c["m_date"]) + (c["m_n"] - c["m_loc"]) + (c["m_n"] - c["m_fmt"])


def figures(t: Counter[str]) -> dict[str, float]:
    def f1(tp_p: int, n_p: int, tp_r: int, n_g: int) -> float:
        return float(score.prf(tp_p, n_p, tp_r, n_g)["f1"])
    n = max(t["m_n"], 1)
    return {
        "persons": f1(t["per_tp"], t["per_p"], t["per_tp"], t["per_g"]),
        "statements": f1(t["st_tp_p"], t["st_p"], t["st_tp_r"], t["st_g"]),
        "meetings": f1(t["mt_tp"], t["mt_p"], t["mt_tp"], t["mt_g"]),
        "date": t["m_date"] / max(t["m_dated"], 1),
        "location": t["m_loc"] / n,
        "format": t["m_fmt"] / n,
    }


def evaluate(docs: list[Doc], names: list[str]) -> list[dict[str, Any]]:
    base: dict[str, Counter[str]] = {d["name"]: run_one(d["text"], d["gold"], d["published"], d["name"], [])
                                     for d in docs}
    base_total = sum(base.values(), Counter())
    rows = [{"name": "(unperturbed)", "changed": 0, "figures": figures(base_total), "delta": {}, "hurt": []}]
    for pname in names:
        perturb = PERTURBATIONS[pname]
        total: Counter[str] = Counter()
        hurt, changed = [], 0
        for d in docs:
            got = perturb(d["text"], d["gold"], _anchor(d), d["name"])
            if got is None:
                total += base[d["name"]]
                continue
            changed += 1
            c = run_one(got[0], got[1], d["published"], d["name"], [])
            total += c
            diff = errors(c) - errors(base[d["name"]])
            if diff:
                hurt.append((diff, d["name"]))
        fig = figures(total)
        base_fig = rows[0]["figures"]
        rows.append({"name": pname, "changed": changed, "figures": fig,
                     "delta": {k: fig[k] - base_fig[k] for k in fig},
                     "hurt": sorted(hurt, key=lambda h: (-h[0], h[1]))})
    return rows


def render(rows: list[dict[str, Any]], markdown: bool) -> str:
    keys = ["persons", "statements", "meetings", "date", "location", "format"]
    out = []
    if markdown:
        out.append("| perturbation | docs | persons | statements | meetings | date | place | format | most hurt |")
        out.append("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        if r["name"] == "(unperturbed)":
            vals = [f"{r['figures'][k]:.3f}" for k in keys]
        else:
            vals = [("0" if abs(r["delta"][k]) < 5e-4 else f"{r['delta'][k]:+.3f}") for k in keys]
        worst = " ".join(f"{n}({d:+d})" for d, n in r["hurt"][:4] if d > 0)
        if markdown:
            out.append(f"| {r['name']} | {r['changed'] or ''} | " + " | ".join(vals) + f" | {worst} |")
        else:
            out.append(f"{r['name']:22s} {r['changed'] or '':>3} " + " ".join(f"{v:>7s}" for v in vals) + f"  {worst}")
    if not markdown:
        out.insert(0, f"{'perturbation':22s} {'docs':>3} " + " ".join(f"{k[:7]:>7s}" for k in keys) + "  most hurt")
    return "\n".join(out)


def show(docs: list[Doc], pname: str, doc_name: str) -> None:
    d = next(d for d in docs if d["name"] == doc_name)
    got = PERTURBATIONS[pname](d["text"], d["gold"], _anchor(d), d["name"])
    if got is None:
        print("(unchanged)")
        return
    print(got[0])
    print("-" * 70)
    for label, (text, gold) in (("unperturbed", (d["text"], d["gold"])), (pname, got)):
        log: list[str] = []
        run_one(text, gold, d["published"], d["name"], log)
        print(f"{label}:")
        print("\n".join(log) or "  (no errors)")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="comma-separated perturbation names")
    ap.add_argument("--show", nargs=2, metavar=("PERTURBATION", "DOC"))
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    docs = load()
    if args.show:
        show(docs, *args.show)
        return 0
    names = args.only.split(",") if args.only else list(PERTURBATIONS)
    unknown = [n for n in names if n not in PERTURBATIONS]
    if unknown:
        ap.error(f"unknown perturbation(s): {', '.join(unknown)}; known: {', '.join(PERTURBATIONS)}")
    rows = evaluate(docs, names)
    print(json.dumps(rows, indent=1) if args.json else render(rows, args.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
