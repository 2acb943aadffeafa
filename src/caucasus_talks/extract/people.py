"""Who the text names: people, organizations and places, found and resolved in one document.

Registry names and aliases are matched token by token; a surname alone
("Blinken") or a title alone ("the Secretary", "the Azerbaijani leader") is
resolved against the people the same document names, then against office
holders on the document's date. People the registry does not know are found
through titles and roles ("NATO Deputy Assistant Secretary-General ... Javier
Colomina", "spokesman John Doe") and become new participants.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import difflib
import functools
import re
import unicodedata

from ..model import Participant, ParticipantKind
from ..registry import ActorRegistry, PlaceKind, PlaceRegistry
from ..registry.places import Place
from ..text import fold
from ._lexicon import NAME_STOP, TITLE_WORDS
from ._regex import compile_fast
from ._text import Layout

__all__ = ["Index", "Mention", "Mentions", "find_mentions", "index_for", "norm", "slug"]

_CAPS = r"A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F"
_CAP_TOKEN = rf"(?:@\w+|[{_CAPS}][\w.'’\-]*)"
# the same as a token not after a word character, "(?<![\w@#])" + _CAP_TOKEN, but opening with its first character,
# which the engine scans for instead of trying every position
_FIRST_CAP_TOKEN = rf"[@{_CAPS}](?<=(?<![\w@#]).)(?:(?<=@)\w+|(?<!@)[\w.'’\-]*)"
# lower-case particles inside names: "Mohamed bin Zayed", "Ursula von der Leyen", "Charles de Gaulle"
_PARTICLE = r"(?:bin|ibn|bint|al|el|de|da|di|du|der|den|van|von|la|le|del|della|dos|das)"
_RUN_REST = rf"(?:[ \u00a0]{{1,2}}(?:{_PARTICLE}[ \u00a0]{{1,2}})*{_CAP_TOKEN})*"
# a run of capitalised tokens one or two spaces apart, particles between them: its tokens are its words
_CAP_RUN_RE = compile_fast(_FIRST_CAP_TOKEN + _RUN_REST)
_POSSESSIVE = ("’s", "'s", "’", "'")
_LEADER = "leader"
_LEADER_WORDS = ("president", "prime minister", "chancellor", "head of state", "head of government", "premier", "supreme leader")


@functools.lru_cache(maxsize=65536)
def norm(token: str) -> str:
    """A token as names are compared: folded, without possessive, dots, hyphens and apostrophes."""
    for p in _POSSESSIVE:
        if token.endswith(p) and len(token) > len(p) + 1:
            token = token[: -len(p)]
            break
    t = token.lower() if token.isascii() else fold(token)
    return t.replace(".", "").replace("-", "").replace("'", "").replace("’", "")


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(n for n in (norm(t) for t in re.findall(r"[@#]?[^\W_]+(?:[.'’\-][^\W_]+)*", name)) if n)


def slug(name: str) -> str:
    """A readable id from a name: ``"Javier Colomina" -> "javier-colomina"``."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    out = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return out or "unnamed"


_REMEMBERED = 100_000  # answers an Index keeps about words of texts


class Index:
    """The registry's names cut into tokens, built once per registry."""

    def __init__(self, registry: ActorRegistry, places: PlaceRegistry) -> None:
        self.registry = registry
        self.places = places
        #: first token -> [(tokens, participant id)], longest first
        self.full: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        #: surname -> participant ids
        self.surname: dict[str, list[str]] = {}
        self.people: dict[str, Participant] = {}
        for p in registry:
            self.people[p.id] = p
            for name in p.names:
                toks = _name_tokens(name)
                if not toks:
                    continue
                bucket = self.full.setdefault(toks[0], [])
                if (toks, p.id) not in bucket:
                    bucket.append((toks, p.id))
                if p.kind is ParticipantKind.PERSON and len(toks) >= 2 and not name.startswith("@"):
                    last = toks[-1]
                    if len(last) >= 3 and last not in NAME_STOP:
                        ids = self.surname.setdefault(last, [])
                        if p.id not in ids:
                            ids.append(p.id)
        for bucket in self.full.values():
            bucket.sort(key=lambda item: -len(item[0]))
        #: first token -> [(tokens, place)] for cities, countries and venues
        self.place_full: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        self.demonym: dict[str, Place] = {}
        for pl in places:
            for name in (pl.name, *pl.aliases):
                toks = _name_tokens(name)
                if toks and toks[0] != "the":
                    self.place_full.setdefault(toks[0], []).append((toks, pl))
            if pl.kind is PlaceKind.COUNTRY:
                for name in (pl.name, *pl.aliases, *pl.demonyms):
                    self.demonym[" ".join(_name_tokens(name))] = pl
        for bucket2 in self.place_full.values():
            bucket2.sort(key=lambda item: -len(item[0]))
        # office titles: every alias -> canonical title
        self.title_of: dict[str, str] = {}
        for t in registry.titles:
            for name in (t.title, *t.aliases):
                self.title_of[" ".join(_title_words(name))] = t.title
        for p in registry:
            for o in p.offices:
                self.title_of.setdefault(" ".join(_title_words(o.title)), o.title)
        # every word a title can be made of: a phrase with another word in it names no office
        self._title_vocabulary = {w for key in self.title_of for w in key.split()}
        self._title_vocabulary |= {"s", "leader", "head", "state", "and", "government"}
        #: participant id -> every word of every name it is written with, as tokens
        self.name_words = {pid: frozenset(t for name in p.names for t in _name_tokens(name)) for pid, p in self.people.items()}
        #: participant id -> the first names it is written with ("vahagn"); empty when only one name is known
        self.given_names = {
            pid: frozenset(toks[0] for toks in map(_name_tokens, p.names) if len(toks) >= 2) for pid, p in self.people.items()
        }
        # answers about words of a text, remembered: the same words recur in every text (bounded: texts are not)
        self.country = functools.lru_cache(maxsize=_REMEMBERED)(self._country)
        self.canonical_title = functools.lru_cache(maxsize=_REMEMBERED)(self._canonical_title)
        self.may_be_in_title = functools.lru_cache(maxsize=_REMEMBERED)(self._may_be_in_title)
        self.phrase_title = functools.lru_cache(maxsize=_REMEMBERED)(self._phrase_title)

    def _may_be_in_title(self, word: str) -> bool:
        """Whether ``word`` can be part of a phrase :meth:`canonical_title` knows (fillers like "of" can)."""
        return all(t in self._title_vocabulary or _singular(t) in self._title_vocabulary for t in _title_words(word))

    def _phrase_title(self, phrase: str) -> tuple[str | None, str | None]:
        """The country and the office a title phrase names ("Russian Foreign Minister"): the country is a demonym or
        country name in it, the office the longest run of the rest that is a known title."""
        words = phrase.split()
        if "and" in words:
            words = words[len(words) - words[::-1].index("and") :]
        country: str | None = None
        rest: list[str] = []
        for w in words:
            c = self.country(w)
            if c is not None and country is None:
                country = c.name
            elif c is None:
                rest.append(w)
        rest = rest[-6:]
        reach = [0] * (len(rest) + 1)  # how many words from here on some title may have (a word no title has stops it)
        for i in range(len(rest) - 1, -1, -1):
            reach[i] = reach[i + 1] + 1 if self.may_be_in_title(rest[i]) else 0
        for size in range(min(max(reach), 5), 0, -1):
            for start in range(len(rest) - size, -1, -1):
                if reach[start] < size:
                    continue
                title = self.canonical_title(" ".join(rest[start : start + size]))
                if title:
                    return country, title
        return country, None

    def _country(self, words: str) -> Place | None:
        """The country named by a name, alias or demonym ("Armenian", "the United States")."""
        key = words if words.isascii() and words.isalpha() else " ".join(_name_tokens(words))
        return self.demonym.get(key.lower())

    def _canonical_title(self, phrase: str) -> str | None:
        """The office a phrase names ("FM" -> "Minister of Foreign Affairs"; "leader" -> the leader class)."""
        words = _title_words(phrase)
        while words and words[-1] in ("s",):
            words = words[:-1]
        key = " ".join(words)
        if key in self.title_of:
            return self.title_of[key]
        singular = " ".join(_singular(w) for w in words)
        if singular in self.title_of:
            return self.title_of[singular]
        if singular in ("leader", "head of state", "head of government", "head of state and government"):
            return _LEADER
        return None


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


_TITLE_FILLER = frozenset({"the", "of", "for", "a", "an"})


def _title_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", fold(text).replace(".", "").replace("-", " ")) if w not in _TITLE_FILLER]


def title_matches(designation: str, title: str, country: Place | None = None) -> bool:
    """Whether an office title answers a designation's canonical title (or the leader class)."""
    if country is not None and designation in country.roles:
        designation = country.roles[designation]
    return _title_matches(designation, title)


_OF_A_LEADER_RE = re.compile(
    r"\b(?:of|to)[ \t]+the[ \t]+(?:president|prime[ \t]+minister|chancellor|premier)\b.*\Z", re.IGNORECASE
)


@functools.lru_cache(maxsize=4096)
def _title_matches(designation: str, title: str) -> bool:
    # "Press Secretary of the President", "Assistant to the President": offices serving a leader, not the leader's
    title = _OF_A_LEADER_RE.sub("", title).strip() or title
    if designation.lower() == _LEADER:
        t = title.lower()
        return any(w in t for w in _LEADER_WORDS) and not any(w in t for w in ("vice", "deputy", "former"))
    dw = set(_title_words(designation))
    return bool(dw) and dw <= set(_title_words(title))


@functools.lru_cache(maxsize=8)
def index_for(registry: ActorRegistry, places: PlaceRegistry) -> Index:
    """The token index of a registry, built on first use and kept."""
    return Index(registry, places)


class Mention:
    """A span naming someone or something: a person, an organization, a place, or an office."""

    __slots__ = ("country", "end", "given", "kind", "named", "office", "pid", "place", "possessive", "start", "title")

    def __init__(self, start: int, end: int, kind: str, pid: str | None = None) -> None:
        self.start = start
        self.end = end
        #: "person", "org", "place", "surname", "office" (a title alone, resolved or not)
        self.kind = kind
        self.pid = pid
        self.named = kind in ("person", "org")
        self.place: Place | None = None
        self.possessive = False
        self.given: str | None = None  # the first name written before a known surname ("Jeyhum" Bayramov)
        self.country: str | None = None
        self.title: str | None = None
        self.office: Office | None = None

    def __repr__(self) -> str:
        return f"Mention({self.start}:{self.end} {self.kind} {self.pid or (self.place.name if self.place else '')})"


class Mentions:
    """Every mention of a document, in text order, with the new people it introduces."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self.new_people: dict[str, Participant] = {}
        #: participant id -> [(country, canonical title)] the document gives them
        self.titles: dict[str, list[tuple[str | None, str]]] = {}
        self.named: dict[str, int] = {}  # participant id -> first named position
        self.offices: list[Office] = []
        self.title_cache: dict[str, list[tuple[str | None, str]]] = {}


_WINDOW = 110
_BACK_STOP_RE = compile_fast(r"[,;:.!?()\"“”\n\[\]]")
_BYLINE_BEFORE_RE = compile_fast(
    r"(?:\b[Bb]y|reporter|correspondent|photographer|photo|editor|writer|columnist|author|writes|contributed)\W*\Z"
)
_APPOS_AFTER_RE = compile_fast(r"\A,\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\-.]+\s+){0,3}?([\w’'\-.]+)")
_SPEECH_AFTER_NAME_RE = compile_fast(r"\A,?\s+(?:said|says|told|added|noted|stated|tweeted|wrote|stressed|announced|declared)\b")
_TITLE_TOKEN_RE = compile_fast(r"[\w’'\-.]+")


def _is_title_word(word: str) -> bool:
    w = norm(word)
    return w in TITLE_WORDS or (w.endswith("s") and w[:-1] in TITLE_WORDS)


def find_mentions(text: str, lay: Layout, idx: Index, day: _dt.date | None) -> Mentions:
    """People, organizations and places named in ``text`` (boilerplate lines skipped)."""
    out = Mentions()
    full, place_full, surname = idx.full, idx.place_full, idx.surname
    # runs of capitalized tokens separated by one or two spaces, on the lines that are not boilerplate
    for line_start, line_end, kind in lay.lines:
        if kind == "boilerplate":
            continue
        for rm in _CAP_RUN_RE.finditer(text, line_start, line_end):
            raw = rm.group()
            if " " not in raw and "\u00a0" not in raw:  # one word, the common case: most name nothing known
                if raw[-1] in ".-'’":
                    start, end, raw = _trimmed(rm.start(), raw)
                else:
                    start, end = rm.span()
                key = norm(raw) if raw else ""
                if key and (key in full or key in place_full or key in surname):
                    _scan_word(text, (start, end, raw), idx, out)
                continue
            run: list[tuple[int, int, str]] = []
            for at, word in run_words(raw, rm.start()):
                start, end, raw = _trimmed(at, word)
                if not raw:
                    continue
                if run:
                    last = run[-1]
                    gap = start - last[1]
                    if 0 < gap <= 2 and text[last[1] : start].strip(" \u00a0") == "" and not last[2].endswith(_POSSESSIVE[:2]):
                        run.append((start, end, raw))
                        continue
                    _scan_named(text, run, idx, out)
                run = [(start, end, raw)] if not raw[0].islower() else []  # a particle does not begin a name
            _scan_named(text, run, idx, out)
    out.items.sort(key=lambda mm: mm.start)
    _resolve_surnames(text, out, idx, day)
    _find_offices(text, lay, idx, out, day)
    out.items.sort(key=lambda mm: mm.start)
    for mm in out.items:
        if mm.pid and mm.named and mm.kind == "person":
            out.named.setdefault(mm.pid, mm.start)
    return out


def _same_given_name(given: str, known: frozenset[str]) -> bool:
    """Whether a first name is one the person is known by, or a spelling of one ("Jeyhum" for "Jeyhun")."""
    if not known or given in known:
        return True
    return any(g[:1] == given[:1] and difflib.SequenceMatcher(None, g, given).ratio() >= 0.7 for g in known)


def _new_person(written: str, idx: Index, out: Mentions, kind: ParticipantKind = ParticipantKind.PERSON) -> str:
    """A person the registry lacks, named as ``written``: added to the document's new people once."""
    name = " ".join(w.removesuffix("’s").removesuffix("'s") for w in written.split())
    pid = slug(name)
    if pid in idx.people:
        pid += "-person"
    out.new_people.setdefault(pid, Participant(id=pid, name=name, kind=kind))
    return pid


def _scan_named(text: str, run: list[tuple[int, int, str]], idx: Index, out: Mentions) -> None:
    """A run of capitalised words, without the particles it may end with ("de", "bin")."""
    while run and run[-1][2][0].islower():
        run.pop()
    if run:
        _scan_run(text, run, idx, out)


def run_words(run: str, start: int) -> list[tuple[int, str]]:
    """The words of a run of capitalised words at ``start``, with where each begins: its pieces between spaces."""
    out = []
    at = start
    for word in run.replace("\u00a0", " ").split(" "):  # one or two spaces apart: "" for the second
        if word:
            out.append((at, word))
        at += len(word) + 1
    return out


def _trimmed(start: int, raw: str) -> tuple[int, int, str]:
    """A capitalised token at ``start`` without trailing dots, hyphens and apostrophes (but "U.S." and possessives kept)."""
    end = start + len(raw)
    while raw and raw[-1] in ".-'’" and not (len(raw) >= 2 and raw[-2] == "." and raw[-1] == "."):
        if raw.endswith(("’s", "'s")):
            break
        if raw[-1] == "." and len(raw) <= 4 and raw.count(".") >= 2:  # U.S.
            break
        raw = raw[:-1]
        end -= 1
    return start, end, raw


def _scan_run(text: str, run: list[tuple[int, int, str]], idx: Index, out: Mentions) -> None:
    if len(run) == 1:
        _scan_word(text, run[0], idx, out)
        return
    norms = [norm(t[2]) for t in run]
    used = [False] * len(run)
    i = 0
    n = len(run)
    while i < n:
        key = norms[i]
        hit = False
        for toks, pid in idx.full.get(key, ()):
            k = len(toks)
            if i + k <= n and (k == 1 or norms[i + 1] == toks[1]) and tuple(norms[i : i + k]) == toks:  # 2nd word first
                p = idx.people[pid]
                kind = "person" if p.kind is ParticipantKind.PERSON else "org"
                if kind == "person":  # "Sheikh Mohamed bin Zayed" + "Al Nahyan": words of another of the person's names
                    while i + k < n and not run[i + k - 1][2].endswith(_POSSESSIVE[:2]) and norms[i + k] in idx.name_words[pid]:
                        k += 1
                mm = Mention(run[i][0], run[i + k - 1][1], kind, pid)
                mm.possessive = run[i + k - 1][2].endswith(_POSSESSIVE[:2])
                out.items.append(mm)
                for j in range(i, i + k):
                    used[j] = True
                if kind == "person":
                    _note_title(text, mm, idx, out)
                i += k
                hit = True
                break
        if hit:
            continue
        for toks, place in idx.place_full.get(key, ()):
            k = len(toks)
            if i + k <= n and tuple(norms[i : i + k]) == toks:
                mm = Mention(run[i][0], run[i + k - 1][1], "place")
                mm.place = place
                mm.possessive = run[i + k - 1][2].endswith(_POSSESSIVE[:2])
                out.items.append(mm)
                for j in range(i, i + k):
                    used[j] = True
                i += k
                hit = True
                break
        if hit:
            continue
        if key in idx.surname and len(run[i][2]) >= 3:
            start = run[i][0]
            # "Jeyhum Bayramov": a first name the registry lacks, before a known surname
            given = None
            if i > 0 and not used[i - 1] and _name_like(run[i - 1][2], norms[i - 1], idx):
                start = run[i - 1][0]
                used[i - 1] = True
                given = norms[i - 1]
            mm = Mention(start, run[i][1], "surname")
            mm.title = key
            mm.given = given
            mm.possessive = run[i][2].endswith(_POSSESSIVE[:2])
            out.items.append(mm)
            used[i] = True
        i += 1
    _unknown_person(text, run, norms, used, idx, out)


def _scan_word(text: str, tok: tuple[int, int, str], idx: Index, out: Mentions) -> None:
    """A run of one capitalised word: a one-word name, a place, or a surname to resolve (as ``_scan_run`` reads it)."""
    start, end, raw = tok
    key = norm(raw)
    possessive = raw.endswith(_POSSESSIVE[:2])
    for toks, pid in idx.full.get(key, ()):
        if len(toks) == 1:
            p = idx.people[pid]
            kind = "person" if p.kind is ParticipantKind.PERSON else "org"
            mm = Mention(start, end, kind, pid)
            mm.possessive = possessive
            out.items.append(mm)
            if kind == "person":
                _note_title(text, mm, idx, out)
            return
    for toks, place in idx.place_full.get(key, ()):
        if len(toks) == 1:
            mm = Mention(start, end, "place")
            mm.place = place
            mm.possessive = possessive
            out.items.append(mm)
            return
    if key in idx.surname and len(raw) >= 3:
        mm = Mention(start, end, "surname")
        mm.title = key
        mm.possessive = possessive
        out.items.append(mm)


def _name_like(raw: str, key: str, idx: Index) -> bool:
    return (
        len(key) >= 2
        and raw[0].isupper()
        and not raw.isupper()
        and key not in NAME_STOP
        and key not in TITLE_WORDS
        and key not in idx.demonym
        and key.isalpha()
        and key not in idx.place_full
    )


_COMMENTATOR_WORDS = frozenset(
    {"analyst", "analysts", "expert", "experts", "researcher", "scholar", "professor", "scientist", "economist",
     "historian", "commentator", "fellow", "lecturer", "observer", "columnist", "pundit"}
)  # fmt: skip
_APPOSITION_RE = compile_fast(r",[ \t]+([^,.;:\n]{1,60})")


def _commentator_around(text: str, start: int, end: int) -> bool:
    """Whether a name is given a commentator's role: "analyst Tigran Grigoryan", "Narek Hovakimyan, a political analyst"."""
    before = _TITLE_TOKEN_RE.findall(text[max(0, start - 40) : start])[-3:]
    if any(w.lower() in _COMMENTATOR_WORDS for w in before):
        return True
    m = _APPOSITION_RE.match(text, end, end + 80)  # ", a political analyst at ..."
    return m is not None and any(w.lower() in _COMMENTATOR_WORDS for w in _TITLE_TOKEN_RE.findall(m.group(1))[:5])


def _role_around(text: str, start: int, end: int) -> bool:
    """Whether a title or role of public office stands in the clause before a name, or in apposition after it
    ("Opposition MP Artur Khachatryan", "Iran's Foreign Minister, Hossein Amirabdollahian,", "X, an aide to ...")."""
    before = text[max(0, start - _WINDOW) : start]
    if _BYLINE_BEFORE_RE.search(before[-40:]):
        return False
    stop = max((m.end() for m in _BACK_STOP_RE.finditer(before)), default=0)
    if any(_is_title_word(w) for w in _TITLE_TOKEN_RE.findall(before[stop:])[-8:]):
        return True
    if before.rstrip().endswith(","):  # apposition before
        prev = before.rstrip()[:-1]
        stop2 = max((m.end() for m in _BACK_STOP_RE.finditer(prev)), default=0)
        if any(_is_title_word(w) for w in _TITLE_TOKEN_RE.findall(prev[stop2:])[-6:]):
            return True
    ap = _APPOS_AFTER_RE.match(text[end : end + 80])
    return ap is not None and _is_title_word(ap.group(1))


def _unknown_person(
    text: str, run: list[tuple[int, int, str]], norms: list[str], used: list[bool], idx: Index, out: Mentions
) -> None:
    """A person the registry lacks: a trailing run of name-like words after a title or role."""
    n = len(run)
    if n < 2:
        return  # a new person is two words or more
    j = n
    while j > 0 and not used[j - 1] and _name_like(run[j - 1][2], norms[j - 1], idx):
        j -= 1
    seg = list(range(j, n))
    if len(seg) < 2:
        return
    titled_inside = j > 0 and _is_title_word(run[j - 1][2])
    if len(seg) > 3 or not titled_inside:
        seg = seg[-2:]
    start, end = run[seg[0]][0], run[seg[-1]][1]
    before = text[max(0, start - _WINDOW) : start]
    if _BYLINE_BEFORE_RE.search(before[-40:]):
        return
    after = text[end : end + 80]
    titled = titled_inside or _role_around(text, start, end)
    if not titled and _SPEECH_AFTER_NAME_RE.match(after) and not run[seg[0]][2].isupper():
        titled = seg[0] == 0 or _is_title_word(run[seg[0] - 1][2])
    commentator = not titled and _commentator_around(text, start, end)
    if not titled and not commentator:
        return
    name = " ".join(run[k][2].rstrip("’'").removesuffix("’s").removesuffix("'s") for k in seg)
    pid = slug(name)
    known = idx.registry.get(pid)
    if known is not None and known.kind is ParticipantKind.PERSON:
        pass
    elif pid not in out.new_people:
        if pid in idx.people:  # an organization or place with the same slug
            pid = pid + "-person"
        kind = ParticipantKind.COMMENTATOR if commentator else ParticipantKind.PERSON
        out.new_people[pid] = Participant(id=pid, name=name, kind=kind)
    mm = Mention(start, end, "person", pid)
    mm.possessive = run[seg[-1]][2].endswith(_POSSESSIVE[:2])
    out.items.append(mm)
    for k in seg:
        used[k] = True
    _note_title(text, mm, idx, out)


_OF_BEFORE_RE = compile_fast(r"\b(?:of|to|for)[ \t]+\Z")
# the pattern "((?:W)(?:[ \t]+W){0,9})[ \t,]*\Z" for title words W, reversed: matched once at the start of the reversed
# text instead of being tried at every character. Greedy, it takes the longest phrase, the leftmost start.
_TITLE_BACKWARD_RE = re.compile(
    r"[ \t,]*((?:[\w’'.\-]*[A-Z]|fo|eht|rof|dna|no|ot)(?:[ \t]+(?:[\w’'.\-]*[A-Z]|fo|eht|rof|dna|no|ot)){0,9})"
)


def title_before(before: str) -> tuple[int, str] | None:
    """The title phrase ``before`` ends with: up to ten capitalised words (or "of", "the", "for", "and", "on", "to")
    one space or tab apart, then spaces and commas; its start and its words.

    The same as searching ``((?:W)(?:[ \\t]+W){0,9})[ \\t,]*\\Z``, read from the end instead of tried at every character.
    """
    m = _TITLE_BACKWARD_RE.match(before[::-1])
    if m is None:
        return None
    start, end = len(before) - m.end(1), len(before) - m.start(1)
    return start, before[start:end]


def _note_title(text: str, mm: Mention, idx: Index, out: Mentions) -> None:
    """Record the office a title before a name gives its person ("Russian Foreign Minister Sergey Lavrov")."""
    before = text[max(0, mm.start - 90) : mm.start]
    found = title_before(before)
    if found is None or not mm.pid:
        return
    at, phrase = found
    if phrase.split()[0] in ("the", "The") and _OF_BEFORE_RE.search(before, 0, at):
        return  # "adviser of the US President, Jake Sullivan": the title is not his
    country, title = idx.phrase_title(phrase)
    if title is None:  # lowercase roles: "spokesperson", "spokesman"
        low = before.lower().rstrip()
        title = "Spokesperson" if low.endswith(("spokesperson", "spokesman", "spokeswoman")) else None
    if title is not None:
        known = out.titles.setdefault(mm.pid, [])
        if (country, title) not in known:
            known.append((country, title))


def _resolve_surnames(text: str, out: Mentions, idx: Index, day: _dt.date | None) -> None:
    named_full = {mm.pid for mm in out.items if mm.kind == "person" and mm.pid}
    new_surnames: dict[str, list[str]] = {}
    for npid, newp in out.new_people.items():
        toks = _name_tokens(newp.name)
        if toks:
            new_surnames.setdefault(toks[-1], []).append(npid)
    keep: list[Mention] = []
    for mm in out.items:
        if mm.kind != "surname":
            keep.append(mm)
            continue
        key = mm.title or ""
        cands = list(idx.surname.get(key, ())) + new_surnames.get(key, [])
        pid: str | None = None
        if mm.given is not None:  # a first name is written: only people known by it (or a spelling of it)
            cands = [c for c in cands if c not in idx.people or _same_given_name(mm.given, idx.given_names[c])]
            if not cands:  # "Artur Khachatryan" is not Vahagn Khachaturyan: someone the registry lacks
                if _role_around(text, mm.start, mm.end):
                    pid = _new_person(text[mm.start : mm.end], idx, out)
                elif _commentator_around(text, mm.start, mm.end):  # "analyst Tigran Grigoryan": quoted, not an actor
                    pid = _new_person(text[mm.start : mm.end], idx, out, ParticipantKind.COMMENTATOR)
                else:
                    continue
                new_surnames.setdefault(key, []).append(pid)
                named_full.add(pid)
        in_doc = [c for c in cands if c in named_full]
        if pid is not None:
            pass
        elif len(set(in_doc)) == 1:
            pid = in_doc[0]
        elif len(set(cands)) == 1:
            pid = cands[0]
        elif day is not None:
            holding = [c for c in cands if c in idx.people and idx.people[c].offices_on(day)]
            if len(holding) == 1:
                pid = holding[0]
        if pid is None:
            continue
        mm.kind = "person"
        mm.pid = pid
        mm.named = True
        mm.title = None
        keep.append(mm)
        _note_title(text, mm, idx, out)  # "President Aliyev"
    out.items = keep


# -- offices named without a name -----------------------------------------------

_OFFICE_HEAD = (
    r"(?i:foreign[ \t]+ministers?|foreign[ \t]+affairs[ \t]+ministers?|ministers?[ \t]+of[ \t]+foreign[ \t]+affairs|FMs?|"
    r"prime[ \t]+ministers?|presidents?|leaders?|heads?[ \t]+of[ \t]+state|chancellors?|secretary[ \t]+of[ \t]+state|"
    r"secretary|top[ \t]+(?:U\.?S\.?[ \t]+)?diplomat|deputy[ \t]+prime[ \t]+ministers?|vice[ \t-]*premiers?|"
    r"national[ \t]+security[ \t]+advis[eo]rs?|spokes(?:person|man|woman)|defen[cs]e[ \t]+ministers?|counterparts?|"
    r"security[ \t]+council[ \t]+secretary|secretary[ \t]+of[ \t]+the[ \t]+security[ \t]+council)"
)
_CW = r"[A-Z][\w.’'\-]{0,30}"
_COUNTRYISH = rf"(?:{_CW}(?:[ \t]+{_CW}){{0,2}})"
_AND = r"(?:,[ \t]*|[ \t]+and[ \t]+(?:the[ \t]+)?|,[ \t]+and[ \t]+(?:the[ \t]+)?)"
_OFFICE_RE = compile_fast(
    rf"\b(?:(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Bb]oth)[ \t]+)?(?:(?P<two>two|three)[ \t]+)?"
    rf"(?P<pre>(?:{_COUNTRYISH}{_AND}){{0,4}}{_COUNTRYISH}[ \t]+)?"
    rf"(?P<head>{_OFFICE_HEAD})(?![\w])"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?P<post>(?:(?:Republic[ \t]+of[ \t]+)?{_COUNTRYISH}{_AND}){{0,4}}(?:Republic[ \t]+of[ \t]+)?{_COUNTRYISH}))?"  # noqa: E501
)
_SPLIT_COUNTRIES_RE = compile_fast(r",[ \t]*and[ \t]+(?:the[ \t]+)?|,[ \t]*|[ \t]+and[ \t]+(?:the[ \t]+)?")


_HEAD_RE = compile_fast(r"\b" + _OFFICE_HEAD + r"(?![\w])")
# the same on lower-cased text, without case folding at every character: faster, the same matches
# the first letters every office head begins with: most words fail this before the alternatives are tried
HEAD_START = r"(?=fore|mini|fm|prim|pres|lead|head|chan|secr|secu|top|depu|vice|nati|spok|defe|coun)"
_HEAD_LOWER_RE = compile_fast(r"\b" + HEAD_START + _OFFICE_HEAD.lower().replace("(?i:", "(?:") + r"(?![\w])")
_LEAD_WORDS = frozenset(("the", "his", "her", "their", "both", "two", "three", "and", "of", "republic"))


def _lead_start(text: str, head: int, floor: int) -> int:
    """Where an office phrase ending at ``head`` can start: back over capitalised words, "and", "the", commas."""
    pos = head
    while pos > floor:
        i = pos
        while i > floor and text[i - 1] in " \t,":
            i -= 1
        j = i
        while j > floor and (text[j - 1].isalnum() or text[j - 1] in ".’'-"):
            j -= 1
        word = text[j:i]
        if j == i or not (word[0].isupper() or word.lower() in _LEAD_WORDS):
            return pos
        pos = j
    return floor


_NAME_AFTER_RE = compile_fast(r"\A,?[ \t]+[A-Z@]")
_WORD_AFTER_RE = compile_fast(r"\A[ \t]+(?:The|And|On|In|At)\b")
_LINK_WORD_AFTER_RE = compile_fast(r"\A,?[ \t]+(?:of|for|and|to|in|on|at|said|says|added|noted)\b")
_OF_AFTER_RE = compile_fast(r"[ \t]+of[ \t]")


def _names_a_person(text: str, end: int) -> bool:
    """Whether an office phrase ending at ``end`` is followed by a name: a title of a named person, not an office alone."""
    after = text[end : end + 3]
    return (
        _NAME_AFTER_RE.match(after) is not None
        and _WORD_AFTER_RE.match(after) is None
        and _LINK_WORD_AFTER_RE.match(text[end : end + 40]) is None
    )


def _office_matches(text: str, start: int, lower: str | None = None) -> list[re.Match[str]]:
    """Office phrases, found from their head word: the full pattern runs only on the words that can lead to it."""
    out: list[re.Match[str]] = []
    last_end = start
    heads = _HEAD_LOWER_RE.finditer(lower, start) if lower is not None else _HEAD_RE.finditer(text, start)
    for h in heads:
        if h.start() < last_end:
            continue
        if not _OF_AFTER_RE.match(text, h.end()) and _names_a_person(text, h.end()):
            last_end = h.end()  # "President Aliyev": the phrase ends at its head and titles a name
            continue
        a = _lead_start(text, h.start(), max(last_end, h.start() - 150))
        for m in _OFFICE_RE.finditer(text, a, min(len(text), h.end() + 200)):
            if m.start("head") == h.start():
                out.append(m)
                last_end = m.end()
                break
    return out


class Office:
    """An office named without a name: "the foreign ministers of Azerbaijan and Armenia", "the Russian leader"."""

    __slots__ = ("complement", "countries", "end", "holders", "institution", "plural", "start", "title")

    def __init__(self, start: int, end: int, title: str, countries: list[str], plural: bool) -> None:
        self.start = start
        self.end = end
        self.title = title
        self.countries = countries
        self.plural = plural
        self.holders: list[tuple[str, bool]] = []  # (participant id, named in the document)
        self.complement = False  # "assistant to the President", "adviser of the US President": not a party
        self.institution: str | None = None  # "European Council" in "the European Council President"


def _countries(idx: Index, text: str | None) -> list[str]:
    if not text:
        return []
    out: list[str] = []
    for part in _SPLIT_COUNTRIES_RE.split(text.strip()):
        part = re.sub(r"\A(?:the[ \t]+)?Republic[ \t]+of[ \t]+", "", part.strip())
        c = idx.country(part)
        if c is None:
            return out
        out.append(c.name)
    return out


# words before an office head that make it another office, with holders of its own
_RANKED = frozenset(("assistant", "deputy", "under", "acting", "vice", "principal", "senior", "special", "former", "ex"))
_COMPLEMENT_BEFORE_RE = compile_fast(r"\b(?:to|of|for|given[ \t]+to)[ \t]+\Z")
# "a meeting of the foreign ministers": the office holders are at the event, not served by someone
_EVENT_OF_BEFORE_RE = compile_fast(
    r"\b(?:meetings?|talks|summit|session|call|conversation|negotiations|visit|gathering|conference)[ \t]+of[ \t]+\Z",
    re.IGNORECASE,
)


def _find_offices(text: str, lay: Layout, idx: Index, out: Mentions, day: _dt.date | None) -> None:
    """Title-only mentions, each resolved to the person holding the office, when the text or date fixes one."""
    offices: list[Office] = []
    for m in _office_matches(text, lay.body_start, lay.lower):
        if lay.kind_at(m.start()) == "boilerplate":
            continue
        if _names_a_person(text, m.end()):
            continue
        head = m.group("head")
        title = idx.canonical_title(head)
        if title is None:
            low = head.lower()
            if "spokes" in low:
                title = "Spokesperson"
            elif low.startswith("counterpart"):
                title = "counterpart"
            else:
                continue
        countries = _countries(idx, m.group("pre")) or _countries(idx, m.group("post"))
        if not countries and not m.group("det"):
            continue
        if _RANKED.intersection(w.lower() for w in (m.group("pre") or "").split()):
            continue  # "the Assistant Secretary of State" holds another office than the Secretary of State
        plural = (head.lower().endswith("s") and not head.lower().endswith(("ss", "us"))) or bool(m.group("two"))
        o = Office(m.start(), m.end(), title, countries, plural)
        if not countries:  # "the European Council President": an office of an institution, not of a country
            o.institution = " ".join((m.group("pre") or m.group("post") or "").split()) or None
        o.complement = (
            _COMPLEMENT_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]) is not None
            and _EVENT_OF_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()]) is None
        )
        offices.append(o)
    people = [mm for mm in out.items if mm.kind == "person" and mm.pid]
    starts = [mm.start for mm in people]
    cache: dict[str, list[tuple[str | None, str]]] = {}
    out.title_cache = cache
    for o in offices:
        _resolve_office(o, idx, out, day, people, starts)
        mm = Mention(o.start, o.end, "office")
        mm.title = o.title
        mm.country = ",".join(o.countries) or None
        if len(o.holders) == 1 and not o.plural:
            mm.pid = o.holders[0][0]
        mm.possessive = text[o.end : o.end + 2] in ("’s", "'s")
        mm.office = o
        out.items.append(mm)
        out.offices.append(o)


def person_titles(pid: str, idx: Index, out: Mentions, day: _dt.date | None) -> list[tuple[str | None, str]]:
    """The (country, title) pairs a person has in this document or, on ``day``, in the registry."""
    cache: dict[str, list[tuple[str | None, str]]] = out.title_cache
    if pid in cache:
        return cache[pid]
    found = list(out.titles.get(pid, ()))
    p = idx.people.get(pid)
    if p is not None:
        offices = p.offices_on(day) if day is not None else p.offices
        found.extend((o.country or p.country, o.title) for o in offices)
    cache[pid] = found
    return found


_NEAR_BEFORE = 4000
_NEAR_AFTER = 1500


def _resolve_office(o: Office, idx: Index, out: Mentions, day: _dt.date | None, people: list[Mention], starts: list[int]) -> None:
    if o.title == "counterpart":
        return
    lo = bisect.bisect_left(starts, o.start - _NEAR_BEFORE)
    hi = bisect.bisect_right(starts, o.end + _NEAR_AFTER)
    named = list(dict.fromkeys(mm.pid for mm in people[lo:hi] if mm.pid))
    if o.institution and day is not None and not o.plural:
        known = idx.registry.known_holders(f"{o.title} of {o.institution}", on=day)
        if known is not None and len(known) == 1:  # the one holder the registry knows on that day
            o.holders.append((known[0].id, known[0].id in named))
            return
    targets: list[str | None] = list(o.countries) or [None]
    for country in targets:
        place = idx.country(country) if country else None
        here = []
        for pid in named:
            for c, t in person_titles(pid, idx, out, day):
                if country is not None and (c is None or c.lower() != country.lower()):
                    continue
                if title_matches(o.title, t, place if place is not None else (idx.country(c) if c else None)):
                    here.append(pid)
                    break
        if len(here) == 1 or (here and country is None and not o.plural):
            o.holders.append((_latest_before(here, people[lo:hi], o.start) if country is None else here[0], True))
            continue
        if len(here) > 1:
            continue
        if day is None or country is None:
            continue
        known = idx.registry.known_holders(f"{o.title} of {country}", on=day)
        found = [p.id for p in known] if known is not None else list(_holders(idx, o.title, country, day))
        if len(found) == 1:
            o.holders.append((found[0], False))


def _latest_before(pids: list[str], people: list[Mention], pos: int) -> str:
    """Of people who may hold an office named alone ("The President"), the one named last before it: the one it
    refers back to; the last of them when none is named before it."""
    last: dict[str, int] = {mm.pid: mm.start for mm in people if mm.pid in pids and mm.start < pos}
    return max(last, key=last.__getitem__) if last else pids[-1]


@functools.lru_cache(maxsize=4096)
def _holders(idx: Index, title: str, country: str, day: _dt.date) -> tuple[str, ...]:
    """Who held a title the registry's offices do not list by that name, in a country, on a day (read once)."""
    out: list[str] = []
    for p in idx.people.values():
        if p.kind is not ParticipantKind.PERSON:
            continue
        for off in p.offices:
            if not off.held_on(day):
                continue
            oc = off.country or p.country
            if oc is None or fold(oc) != fold(country):
                continue
            if title_matches(title, off.title, idx.country(country)):
                out.append(p.id)
                break
    return tuple(out)
