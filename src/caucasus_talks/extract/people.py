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
import itertools
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple, TypeVar

from ..model import Participant, ParticipantKind
from ..registry import ActorRegistry, PlaceKind, PlaceRegistry, outlets
from ..registry.places import Place
from ..text import fold
from ._regex import Folded, compile_fast, literal_start, phrases, start_filter, word_trie
from ._text import GLUED_OPENING, Layout, first_line
from .types import BOILERPLATE, HEADING, OFFICE, ORG, PERSON, PLACE, SURNAME, TEXT_LINE, Mention, MentionKind, Mentions, Office
from .vocabulary.markers import EVENT_NOUNS, SENDING_VERBS, VISIT_PHRASES
from .vocabulary.speech import speech_forms
from .vocabulary.titles import (
    COMMENTATOR_WORDS,
    LEADER_TITLES,
    NOT_THE_HOLDER,
    OFFICE_HEADS,
    RANKS,
    SPOKESPERSON_WORDS,
    TITLE_WORDS,
)
from .vocabulary.words import (
    ABBREVIATIONS,
    FAMILY_NAME_FIRST,
    NAME_ABBREVIATIONS,
    NAME_PARTICLES,
    NAME_STOP,
    NAMED_FOR_PERSON,
    OUTLET_NOUNS,
    PREDICATE_OPENERS,
    SURNAME_ENDINGS,
)

__all__ = [
    "LEADER_TITLE_RE", "NOT_THE_HOLDER_RE", "Index", "commentator_around", "ever_held", "find_mentions", "index_for",
    "norm", "slug", "title_matches",
]  # fmt: skip

_CAPS = r"A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u03FF\u0400-\u042F"
# (a full stop glued to a capitalised word, "Mirzoyan.Their", ends the token: a scraped text's lost space)
_TOKEN_REST = rf"(?:[\w'’\-]|\.(?!(?<=[a-z][a-z]\.){GLUED_OPENING}))*"
_CAP_TOKEN = rf"(?:@\w+|[{_CAPS}]{_TOKEN_REST})"
# the same as a token not after a word character, "(?<![\w@#])" + _CAP_TOKEN, but opening with its first character,
# which the engine scans for instead of trying every position
_FIRST_CAP_TOKEN = rf"[@{_CAPS}](?<=(?<![\w@#]).)(?:(?<=@)\w+|(?<!@){_TOKEN_REST})"
# lower-case particles inside names: "Mohamed bin Zayed", "Ursula von der Leyen", "Charles de Gaulle"
_PARTICLE = "(?:" + "|".join(NAME_PARTICLES) + ")"
_RUN_REST = rf"(?:[ \u00a0]{{1,2}}(?:{_PARTICLE}[ \u00a0]{{1,2}})*{_CAP_TOKEN})*"
# a run of capitalised tokens one or two spaces apart, particles between them: its tokens are its words
_CAP_RUN_RE = compile_fast(_FIRST_CAP_TOKEN + _RUN_REST)
_POSSESSIVE = ("’s", "'s", "’", "'")
_LEADER = "leader"  # the canonical title of "the leaders", "the head of state": whichever office leads a country
#: "deputy", "vice", "former" in a title: its holder is not the office's
NOT_THE_HOLDER_RE = re.compile(rf"\b(?:{'|'.join(NOT_THE_HOLDER)})\b")
#: a leader's title as whole words in a title in lower case: "president", not "presidential" ("Head of the Presidential
#: Administration" leads nothing)
LEADER_TITLE_RE = re.compile(rf"\b{phrases(LEADER_TITLES)}\b")


@functools.lru_cache(maxsize=65536)
def norm(token: str) -> str:
    """A token as names are compared: folded, without possessive, dots, hyphens and apostrophes."""
    for p in _POSSESSIVE:
        if token.endswith(p) and len(token) > len(p) + 1:
            token = token[: -len(p)]
            break
    t = token.lower() if token.isascii() else fold(token)
    return t.replace(".", "").replace("-", "").replace("'", "").replace("’", "")


VARIANT_LEAST = 5  # the fewest letters a word of a name must have to be matched by its skeleton
_DOUBLED_RE = re.compile(r"(.)\1+")
# transliteration's choices, each to one letter: "sh"/"š" (folded to "s"), "kh"/"h", "y"/"i"/"j", "ee"/"i"
_SKELETON = (("sh", "s"), ("ch", "c"), ("kh", "h"), ("zh", "z"), ("gh", "g"), ("ee", "i"), ("y", "i"), ("j", "i"), ("w", "v"))


def skeleton(token: str) -> str:
    """A word of a name with the letters transliterations choose between made one, doubled letters single:
    ``"garibasvili"``, ``"garibashvili"`` -> ``"garibasvili"``; ``"pashynian"``, ``"pashinyan"`` -> ``"pasinian"``."""
    for a, b in _SKELETON:
        token = token.replace(a, b)
    return _DOUBLED_RE.sub(r"\1", token)


def _variants(registry: ActorRegistry, stop: frozenset[str] | set[str]) -> dict[str, str]:
    """The skeleton of every word of five letters or more of a person's name -> the word (the first, of several)."""
    out: dict[str, str] = {}
    for p in registry:
        if p.kind is ParticipantKind.PERSON:
            for name in p.names:
                for tok in _name_tokens(name):
                    if len(tok) >= VARIANT_LEAST and tok not in stop:
                        out.setdefault(skeleton(tok), tok)
    return out


def _known(idx: Index, key: str) -> str:
    """A word of a name as the registry spells it: itself when known, else the registry's word of the same skeleton."""
    if key in idx.first_words or len(key) < VARIANT_LEAST:
        return key
    return idx.variant.get(skeleton(key), key)


def _titles_of(registry: ActorRegistry) -> dict[str, str]:
    """Every title the registry knows, as its words -> its canonical title (the offices people hold among them)."""
    title_of: dict[str, str] = {}
    for t in registry.titles:
        for name in (t.title, *t.aliases):
            title_of[" ".join(_title_words(name))] = t.title
    for p in registry:
        for o in p.offices:
            title_of.setdefault(" ".join(_title_words(o.title)), o.title)
    return title_of


def _word_pairs(names: Iterable[str]) -> frozenset[tuple[str, str]]:
    """Every two words that stand together in one of ``names``, as tokens."""
    return frozenset(pair for name in names for toks in [_name_tokens(name)] for pair in itertools.pairwise(toks))


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
        #: capitalised words that are never part of a person's name: English ones, and the words of outlets' names
        self.name_stop = NAME_STOP | {t for o in outlets() for name in o.names for t in _name_tokens(name)}
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
                    self._add_surname(p, toks)
        for bucket in self.full.values():
            bucket.sort(key=lambda item: -len(item[0]))
        #: first token -> [(tokens, place)] for cities, countries and venues
        self.place_full: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
        self.demonym: dict[str, Place] = {}
        #: a capital's name -> its country: the government it stands for ("the foreign ministers of Baku and Yerevan")
        self.capital_of: dict[str, Place] = {}
        for pl in places:
            for name in (pl.name, *pl.aliases):
                toks = _name_tokens(name)
                if toks and toks[0] != "the":
                    self.place_full.setdefault(toks[0], []).append((toks, pl))
            if pl.kind is PlaceKind.COUNTRY:
                for name in (pl.name, *pl.aliases, *pl.demonyms):
                    self.demonym[" ".join(_name_tokens(name))] = pl
                if pl.capital:
                    self.capital_of[" ".join(_name_tokens(pl.capital))] = pl
        for bucket2 in self.place_full.values():
            bucket2.sort(key=lambda item: -len(item[0]))
        # the same names looked up by their first two tokens, and the one-token names by their token: a run's word
        # is then compared with the names that can begin there, not with every name sharing its first token
        self.full_pairs, self.full_one = _by_pair(self.full)
        self.place_pairs, self.place_one = _by_pair(self.place_full)
        self.place_words = _place_words(self.place_full)
        #: every token a name, a place or a surname begins with: a word not among them names nothing
        self.first_words = frozenset(self.full) | frozenset(self.place_full) | frozenset(self.surname)
        self.first_names_by_letter = _first_names_by_letter(self.full)
        #: the skeleton of every word of a person's name (see :func:`skeleton`) -> the word: another spelling of it
        #: ("Garibašvili", "Pashynian") is read as the registry's
        self.variant = _variants(registry, self.name_stop)
        #: office titles: every alias -> canonical title
        self.title_of = _titles_of(registry)
        # every word a title can be made of: a phrase with another word in it names no office
        self._title_vocabulary = {w for key in self.title_of for w in key.split()}
        self._title_vocabulary |= {"s", "leader", "head", "state", "and", "government"}
        #: participant id -> every word of every name it is written with, as tokens
        self.name_words = {pid: frozenset(t for name in p.names for t in _name_tokens(name)) for pid, p in self.people.items()}
        #: participant id -> every two words that stand together in a name of theirs ("amir", "abdollahian")
        self.name_pairs = {pid: _word_pairs(p.names) for pid, p in self.people.items()}
        #: participant id -> the first names it is written with ("vahagn"); empty when only one name is known
        self.given_names = {
            pid: frozenset(toks[0] for toks in map(_name_tokens, p.names) if len(toks) >= 2) for pid, p in self.people.items()
        }
        self.all_given = frozenset(itertools.chain.from_iterable(self.given_names.values()))
        # answers about words of a text, remembered: the same words recur in every text (bounded: texts are not)
        remember = functools.lru_cache(maxsize=_REMEMBERED)
        self.country = remember(self._country)
        self.canonical_title = remember(self._canonical_title)
        self.may_be_in_title = remember(self._may_be_in_title)
        self.phrase_title = remember(self._phrase_title)
        # and answers about the registry: the same runs of names, lists of countries and offices recur too
        self.run_hits = remember(functools.partial(_hits_in_run, self))
        self.countries_named = remember(functools.partial(_countries_named, self))
        self.registry_titles = remember(functools.partial(_registry_titles, self))
        self.known_holders = remember(functools.partial(_known_holders, self))
        self.holders = remember(functools.partial(_holders, self))

    def _add_surname(self, p: Participant, toks: tuple[str, ...]) -> None:
        """A person's surname: the last word of a name, the first where the family name comes first ("Xi Jinping")."""
        family_first = p.country in FAMILY_NAME_FIRST
        last = toks[0] if family_first else toks[-1]
        if (len(last) >= 3 or (family_first and len(last) == 2)) and last not in self.name_stop:
            ids = self.surname.setdefault(last, [])
            if p.id not in ids:
                ids.append(p.id)

    def _may_be_in_title(self, word: str) -> bool:
        """Whether ``word`` can be part of a phrase :meth:`canonical_title` knows (fillers like "of" can)."""
        return all(t in self._title_vocabulary or _singular(t) in self._title_vocabulary for t in _title_words(word))

    def _phrase_title(self, phrase: str) -> tuple[str | None, str | None]:
        """The country and the office a title phrase names ("Russian Foreign Minister"): the country is a demonym or
        country name in it, the office the longest run of the rest that is a known title."""
        words = phrase.split()
        if "and" in words:
            at = len(words) - 1 - words[::-1].index("and")
            after = words[at + 1 :]
            if "of" in words[:at] and len(after) >= 2 and self._phrase_title(" ".join(after))[1] is None:
                # "Minister of Foreign and European Affairs": two fields of one office, the first one's title
                return self._phrase_title(" ".join(words[:at] + after[1:]))
            words = after
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
                if title and start and rest[start - 1].lower() in RANKS:
                    return country, None  # "Assistant Secretary", "Former President": another office than the title's
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
        if singular != key and singular == "head state":  # (the filler "of" is no title word)
            return _LEADER  # "the heads of state of A, B and C met": their leaders, as "heads of state" is used
        if singular in self.title_of:
            return self.title_of[singular]
        if key.endswith("s") and key[:-1] in self.title_of:
            return self.title_of[key[:-1]]  # an abbreviation's plural: "FMs", "PMs"
        if singular in ("leader", "head of state", "head of government", "head of state and government"):
            return _LEADER
        return None


_T = TypeVar("_T")


def _place_words(place_full: dict[str, list[tuple[tuple[str, ...], Place]]]) -> frozenset[str]:
    """The words no name of a person is made of: a place's name alone, the first word of a country's or city's
    ("Great Britain", "Islamic Republic"); not the first word of a venue's, often a person's ("George P. Shultz ...")."""
    return frozenset(
        first for first, bucket in place_full.items() if any(len(t) == 1 or pl.kind is not PlaceKind.VENUE for t, pl in bucket)
    )


def _first_names_by_letter(full: dict[str, list[tuple[tuple[str, ...], str]]]) -> dict[str, tuple[str, ...]]:
    """First letter -> the first words of the registry's names of two words or more ("zohrab"): for names misspelt."""
    out: dict[str, list[str]] = {}
    for first in sorted(f for f, bucket in full.items() if any(len(t) >= 2 for t, _ in bucket)):
        out.setdefault(first[:1], []).append(first)
    return {letter: tuple(words) for letter, words in out.items()}


def _by_pair(
    by_first: dict[str, list[tuple[tuple[str, ...], _T]]],
) -> tuple[dict[tuple[str, str], list[tuple[tuple[str, ...], _T]]], dict[str, _T]]:
    """Names by first token (longest first) split into names of two tokens or more by their first two tokens (in the
    same order) and the first one-token name of each token: the name the longest-first search finds."""
    pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], _T]]] = {}
    one: dict[str, _T] = {}
    for first, bucket in by_first.items():
        for toks, what in bucket:
            if len(toks) >= 2:
                pairs.setdefault((toks[0], toks[1]), []).append((toks, what))
            else:
                one.setdefault(first, what)
    return pairs, one


def _longest_at(
    norms: list[str], i: int, pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], _T]]], one: dict[str, _T]
) -> tuple[int, _T] | None:
    """The longest name (as :func:`_by_pair` lists them) the tokens ``norms`` hold from ``i`` on: its length and value."""
    n = len(norms)
    if i + 1 < n:
        for toks, what in pairs.get((norms[i], norms[i + 1]), ()):
            k = len(toks)
            if i + k <= n and tuple(norms[i : i + k]) == toks:
                return k, what
    found = one.get(norms[i])
    return None if found is None else (1, found)


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


def ever_held(idx: Index, pid: str | None, title: str) -> bool:
    """Whether the registry's person ``pid`` held, on any day, an office that answers ``title``."""
    p = idx.people.get(pid or "")
    return p is not None and any(title_matches(title, o.title) for o in p.offices)


_OF_A_LEADER_RE = re.compile(
    r"\b(?:of|to)[ \t]+the[ \t]+(?:president|prime[ \t]+minister|chancellor|premier)\b.*\Z", re.IGNORECASE
)


@functools.lru_cache(maxsize=4096)
def _title_matches(designation: str, title: str) -> bool:
    # "Press Secretary of the President", "Assistant to the President": offices serving a leader, not the leader's
    title = _OF_A_LEADER_RE.sub("", title).strip() or title
    if designation.lower() == _LEADER:
        t = title.lower()
        return LEADER_TITLE_RE.search(t) is not None and not NOT_THE_HOLDER_RE.search(t)
    dw = set(_title_words(designation))
    tw = set(_title_words(title))
    # "First Deputy Minister of Foreign Affairs" holds no "Minister of Foreign Affairs" office: a lower rank of it
    return bool(dw) and dw <= tw and not (tw - dw) & _LOWER_RANKS


_LOWER_RANKS = frozenset((*NOT_THE_HOLDER, "assistant", "under"))


@functools.lru_cache(maxsize=8)
def index_for(registry: ActorRegistry, places: PlaceRegistry) -> Index:
    """The token index of a registry, built on first use and kept."""
    return Index(registry, places)


# -- how far the rules look -----------------------------------------------------------------------------------
APPOSED_CAPITALS = 4  # ", U.S. Deputy Assistant Secretary": how many capitalised words an apposition's title may open with
APPOSED_TITLE_WORDS = 9  # "the Director of the U.S. Central Intelligence Agency, John Smith": where its title word may be
_WINDOW = 110  # before a name the registry lacks: where a title or role makes it a person's
ROLE_NEAR = 40  # the words before a name that make it a commentator's ("analyst X") or a byline ("By X")
APPOSED_ROLE_WORDS = 7  # ", famous Russian TV host and expert": how many words of an apposition may come before its role
APPOSITION = 80  # after a name: ", a political analyst at ...", ", the spokesman,", "X said"
TITLE_BEFORE = 90  # the capitalised words before a name that are its title ("Russian Foreign Minister Sergey Lavrov")
OFFICE_LEAD = 150  # before an office's head: the countries and "the" of its phrase ("the Armenian and Azerbaijani ...")
OFFICE_TAIL = 200  # after it: "... of Armenia and Azerbaijan"
COMPLEMENT_BEFORE = 12  # "assistant to [the President]": the word before an office
EVENT_OF_BEFORE = 30  # "a meeting of [the foreign ministers]"
# (not the dots of "U.S.", nor a title's abbreviation: "Rep. Anna Eshoo", "Sen. John Doe")
_TITLE_DOTS = "".join(rf"(?<!\b{w.capitalize()})" for w in sorted(ABBREVIATIONS & TITLE_WORDS))
_BACK_STOP_RE = compile_fast(rf"[,;:!?()\"“”„«»\n\[\]]|(?<![A-Z]){_TITLE_DOTS}\.")
_NOT_SENT = "".join(rf"(?<!{w}[ \t])" for w in SENDING_VERBS)  # "By X", not "a delegation led by X"
_BYLINE_BEFORE_RE = compile_fast(
    rf"(?:\b{_NOT_SENT}[Bb]y|reporter|correspondent|journalist|photographer|photo|editor|writer|columnist|author|writes"
    r"|contributed)\W*\Z"
)
# ", the spokesman", ", former MP": the first word of an apposition after its article and rank
_APPOS_AFTER_RE = compile_fast(
    r"\A,\s+(?:the\s+|a\s+|an\s+)?(?:(?i:" + phrases(RANKS) + r")[\s\-]+)?(?:[\w’'\-.]+\s+){0,3}?([\w’'\-.]+)"
)
# (or any verb of saying before a colon: "X commented: ...")
_ASKING = (
    *("asked", "asks", "quoted", "quotes", "cited", "cites", "citing", "questioned", "wondered", "inquired"),
    *("countered", "pressed", "interjected", "interrupted"),
)  # (an interviewer's verbs)
_SPEECH_AFTER_NAME_RE = compile_fast(
    rf"\A,?\s+(?:{phrases(speech_forms(plain=True))}\b|{phrases(f for f in speech_forms() if f not in _ASKING)}:)"
)  # (not "X asked:", an interviewer's question)
# right after a name: a legislator's party and state, "Frank Pallone (D-N.J.)", "John Doe (R-Texas)"
_PARTY_STATE_RE = re.compile(r"[ \t]*\([DRI][ \t]*-[ \t]*[A-Z][A-Za-z.]{1,12}(?:[ \t][A-Z][A-Za-z.]{1,12})?\)")
TITLE_REACH = 8  # the words before a name a title may stand in ("Deputy Assistant Secretary of State for Europe X")
_TITLE_TOKEN_RE = compile_fast(r"[\w’'\-.]+")


def _is_title_word(word: str) -> bool:
    w = norm(word)
    return w in TITLE_WORDS or (w.endswith("s") and w[:-1] in TITLE_WORDS)


def find_mentions(text: str, lay: Layout, idx: Index, day: _dt.date | None) -> Mentions:
    """People, organizations and places named in ``text`` (boilerplate lines skipped)."""
    out = Mentions()
    run_hits = idx.run_hits
    # runs of capitalized tokens separated by one or two spaces, on the lines that are not boilerplate
    for line_start, line_end, kind in lay.lines:
        if kind is BOILERPLATE:
            continue
        title_cased: bool | None = None  # (a heading's, or a headline the layout took for text: read when needed)
        for rm in _CAP_RUN_RE.finditer(text, line_start, line_end):
            hits = run_hits(rm.group())
            if hits:  # most runs name nothing known
                at = rm.start()
                for hit in hits:
                    if isinstance(hit, _Unknown):
                        if title_cased is None:
                            title_cased = (kind is HEADING or _headline_like(text, line_start, line_end)) and _title_cased(
                                text, line_start, line_end
                            )
                        if title_cased:
                            continue
                    _add_hit(text, at, hit, idx, out)
    out.items.sort(key=lambda mm: mm.start)
    _resolve_surnames(text, lay, out, idx, day)
    _misspelt_surnames(text, idx, out)
    _new_people_surnames(text, lay, idx, out)
    _find_offices(text, lay, idx, out, day)
    out.items.sort(key=lambda mm: mm.start)
    _share_plural_titles(text, idx, out)
    return out


# "Foreign Ministers Sergey Lavrov and Ararat Mirzoyan", "the foreign ministers of Russia and Armenia, Sergey Lavrov
# and Ararat Mirzoyan": a plural office (up to three words, the last a plural), then perhaps the countries it is of
_PLURAL_TITLE_RE = compile_fast(
    r"(?<![\w’'\-])(?P<office>(?:[\w’'\-]+[ \t]+){0,2}[\w’'\-]+s)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:(?:,[ \t]*|,?[ \t]+and[ \t]+)(?:the[ \t]+)?[A-Z][\w’'\-]*)*)?"
    r",?[ \t]+\Z"
)
_SET_AGAINST_RE = compile_fast(r"\b(?:[Uu]nlike|[Ll]ike|[Aa]s[ \t]+with|[Tt]han|[Bb]esides|[Aa]part[ \t]+from)[ \t]")
_NAMES_LISTED_RE = compile_fast(r"(?:,[ \t]*|,?[ \t]+and[ \t]+)")  # between two names of one list
PLURAL_TITLE_BEFORE = 70  # the words before a list of names that may be the office of each ("Foreign Ministers")


def _share_plural_titles(text: str, idx: Index, out: Mentions) -> None:
    """A plural office before a list of two or more names is each one's office: "Presidents Vladimir Putin and Ilham
    Aliyev" are both presidents (so "the two leaders" after it are they)."""
    people = [mm for mm in out.items if mm.kind is PERSON and mm.pid]
    i = 0
    while i < len(people):
        j = i + 1
        while j < len(people) and _NAMES_LISTED_RE.fullmatch(text, people[j - 1].end, people[j].start):
            j += 1
        title = _plural_title(text, idx, people[i].start) if j - i >= 2 else None
        if title is not None:
            for pid in (mm.pid for mm in people[i:j] if mm.pid):
                known = out.titles.setdefault(pid, [])
                if not any(t == title for _, t in known):
                    known.append((None, title))
        i = j


def _plural_title(text: str, idx: Index, at: int) -> str | None:
    """The office a plural title just before ``at`` names, in the singular ("Foreign Ministers": the foreign minister);
    not one the names are set against ("Unlike the presidents, A and B ...")."""
    m = _PLURAL_TITLE_RE.search(text, max(0, at - PLURAL_TITLE_BEFORE), at)
    if m is None or _SET_AGAINST_RE.search(text, max(0, m.start() - 20), m.end("office")):
        return None
    *words, last = m.group("office").split()
    if _singular(last) == last:
        return None
    return idx.phrase_title(" ".join([*words, _singular(last)]))[1]


_LONG_WORD_RE = re.compile(r"(?<![\w’'\-])[^\W\d_][\w’'\-]{3,}")
TITLE_CASE_WORDS = 4  # a heading with this many long words, all capitalised, is written in Title Case


_GOES_ON_RE = re.compile(r"(?:[.!?,;:]|\b(?:and|or|of|the|to|in|for|by|with|at|on|a|an))\Z")


def _headline_like(text: str, start: int, end: int) -> bool:
    """Whether a line of text may be a headline the layout did not tell from the text: the text's first line, or one
    after a blank line, in which no sentence ends and that does not go on into the next ("Secretary Jane Roe met
    Bayramov in Baku on Monday." is a sentence; "... were attended by\nEstonian Foreign Minister X,\n" a wrapped one)."""
    if start > 1 and text[start - 2 : start] != "\n\n" and not first_line(text, start):
        return False
    line = text[start:end].rstrip(" \t\"”’'")
    return ". " not in line and _GOES_ON_RE.search(line) is None


def _title_cased(text: str, start: int, end: int) -> bool:
    """Whether a heading is written in Title Case ("Leaders Agree On Border Talks Set Up In Brussels"): every word of
    four letters or more capitalised. Its capitals then tell no names: only names the registry knows are read in it,
    no new person ("Set Up")."""
    words = _LONG_WORD_RE.findall(text, start, end)
    return len(words) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _known_by(idx: Index, pid: str, given: str, surname: str, named: bool) -> bool:
    """Whether a registry person is known by a first name before their surname: one of their first names or a spelling
    of it (one letter off, "Koivo" for "Toivo", only of someone the text ``named`` in full: "Daria" is no misspelt
    "Maria"), or the word before the surname in a longer name of theirs ("Amir Abdollahian" of "Hossein Amir
    Abdollahian")."""
    known = idx.given_names[pid]
    return (
        _same_given_name(given, known)
        or (named and any(_one_letter_off(g, given) for g in known))
        or (given, surname) in idx.name_pairs[pid]
    )


@functools.lru_cache(maxsize=4096)
def _same_given_name(given: str, known: frozenset[str]) -> bool:
    """Whether a first name is one the person is known by, or a spelling of one ("Jeyhum" for "Jeyhun"): compared
    once per name and person."""
    if not known or given in known:
        return True
    return any(g[:1] == given[:1] and difflib.SequenceMatcher(None, g, given).ratio() >= 0.65 for g in known)


def _one_letter_off(known: str, given: str) -> bool:
    """Whether ``given`` is the first name ``known`` of five letters or more with one letter typed wrong ("Koivo")."""
    return len(given) == len(known) >= 5 and sum(a != b for a, b in zip(known, given, strict=True)) == 1


def _new_person(written: str, idx: Index, out: Mentions, kind: ParticipantKind = ParticipantKind.PERSON) -> str:
    """A person the registry lacks, named as ``written``: added to the document's new people once."""
    name = " ".join(w.removesuffix("’s").removesuffix("'s") for w in written.split())
    pid = slug(name)
    if pid in idx.people:
        pid += "-person"
    out.new_people.setdefault(pid, Participant(id=pid, name=name, kind=kind))
    return pid


def _run_parts(raw: str) -> list[tuple[tuple[int, int, str], ...]]:
    """The stretches of a run of capitalised words that may each be a name, as (start, end, word) from the run's start:
    words trimmed (:func:`_trimmed`), cut after a possessive or a wider gap, without particles at either end."""
    parts: list[tuple[tuple[int, int, str], ...]] = []
    run: list[tuple[int, int, str]] = []
    at = 0
    for at, word in run_words(raw, 0):
        start, end, w = _trimmed(at, word)
        if not w:
            continue
        if run:
            last = run[-1]
            gap = start - last[1]
            between = raw[last[1] : start]
            if (_is_initial(last[2]) or last[2].lower() in NAME_ABBREVIATIONS) and between in (". ", ".\u00a0"):
                between = " "  # "Mher A. Grigoryan", "St. Petersburg": an initial's or abbreviation's stop ends no name
            if 0 < gap <= 2 and between.strip(" \u00a0") == "" and not last[2].endswith(_POSSESSIVE[:2]):
                run.append((start, end, w))
                continue
            parts.append(_without_particles(run))
        run = [(start, end, w)] if not w[0].islower() else []  # a particle does not begin a name
    parts.append(_without_particles(run))
    return [p for p in parts if p]


def _without_particles(run: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """A stretch of words without the particles it may end with ("de", "bin")."""
    while run and run[-1][2][0].islower():
        run.pop()
    return tuple(run)


def run_words(run: str, start: int) -> list[tuple[int, str]]:
    """The words of a run of capitalised words at ``start``, with where each begins: its pieces between spaces."""
    out = []
    at = start
    for word in run.replace("\u00a0", " ").split(" "):  # one or two spaces apart: "" for the second
        if word:
            out.append((at, word))
        at += len(word) + 1
    return out


_GLUED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}(?=[A-Z][a-z]{2,})")


def _trimmed(start: int, raw: str) -> tuple[int, int, str]:
    """A capitalised token at ``start`` without trailing dots, hyphens and apostrophes (but "U.S." and possessives kept),
    nor initials glued before it ("M.V.Zakharova")."""
    end = start + len(raw)
    if raw[1:2] == "." and (glued := _GLUED_INITIALS_RE.match(raw)) is not None:  # "M.V.Zakharova": the surname
        start, raw = start + glued.end(), raw[glued.end() :]
    while raw and raw[-1] in ".-'’" and not (len(raw) >= 2 and raw[-2] == "." and raw[-1] == "."):
        if raw.endswith(("’s", "'s")):
            break
        if raw[-1] == "." and len(raw) <= 4 and raw.count(".") >= 2:  # U.S.
            break
        raw = raw[:-1]
        end -= 1
    return start, end, raw


class _Hit(NamedTuple):
    """A name a run of capitalised words holds: where (offsets from the run's start) and what it names."""

    start: int
    end: int
    kind: MentionKind  # PERSON, ORG, PLACE, or SURNAME (resolved once the whole text is read)
    pid: str | None
    place: Place | None
    possessive: bool
    key: str | None = None  # a surname's token
    given: str | None = None  # a first name the registry lacks, before a known surname
    joined: int = 0  # in a hyphenated pair of names: where the pair ends (from the run's start)


class _Unknown(NamedTuple):
    """Name-like words ending a run, a person the registry lacks if a title or role stands around them."""

    start: int
    end: int
    name: str
    titled_inside: bool  # a title word just before them in the run ("Deputy Minister John Doe")
    all_caps: bool  # the first word is in capitals
    after_title: bool  # they open the run or follow a title word
    possessive: bool


def _hits_in_run(idx: Index, raw: str) -> tuple[_Hit | _Unknown, ...]:
    """The names a run of capitalised words holds, in the order they are taken.

    They depend on the run's words alone, so :class:`Index` remembers them per run (``idx.run_hits``): the same runs
    recur in every text. What the text around decides (titles before a name, roles around a new person) is left to
    :func:`_add_hit`."""
    if " " not in raw and "\u00a0" not in raw:  # one word, the common case
        start, end, word = _trimmed(0, raw)
        key = _known(idx, norm(word)) if word else ""
        hit = _word_hit(idx, start, end, word, key) if key in idx.first_words else None
        return (hit,) if hit is not None else _paired_names(idx, start, word)
    hits: list[_Hit | _Unknown] = []
    for part in _run_parts(raw):
        if len(part) == 1:
            start, end, word = part[0]
            hit = _word_hit(idx, start, end, word, _known(idx, norm(word)))
            hits.extend((hit,) if hit is not None else _paired_names(idx, start, word))
        else:
            hits.extend(_part_hits(idx, part))
    return tuple(hits)


def _part_hits(idx: Index, run: tuple[tuple[int, int, str], ...]) -> list[_Hit | _Unknown]:
    """The names in a stretch of two words or more: registry names, longest first, places, surnames, then a new person."""
    hits: list[_Hit | _Unknown] = []
    norms = [_known(idx, norm(t[2])) for t in run]
    used = [False] * len(run)
    i = 0
    n = len(run)
    while i < n:
        key = norms[i]
        if key not in idx.first_words:  # most words begin no name
            paired = _paired_names(idx, run[i][0], run[i][2])
            hits.extend(paired)
            used[i] = used[i] or bool(paired)
            i += 1
            continue
        found = _name_at(idx, run, norms, i)
        if found is not None:
            k, hit = found
            if not (hit.kind is PERSON and i + k < n and norms[i + k] in NAMED_FOR_PERSON):
                hits.append(hit)  # (not "the Heydar Aliyev Center", a building named for him)
            used[i : i + k] = [True] * k
            i += k
            continue
        if i + 1 < n and norms[i + 1] in NAMED_FOR_PERSON:  # "the Trump Route for International Peace": a thing's name
            used[i] = True
            i += 1
            continue
        if key in idx.surname and i + 2 == n and _given_before_new(idx, run, norms, i):
            i += 1  # "Haji Namazov": a given name that is a known surname, then one the registry lacks (a new person)
            continue
        if key in idx.surname:  # (three letters or more, or two where the family name comes first: "Xi")
            start = run[i][0]
            # "Jeyhum Bayramov": a first name the registry lacks, before a known surname
            given = None
            if i > 0 and not used[i - 1] and norms[i - 1] in NAME_PARTICLES:
                start = run[i - 1][0]  # "Le Drian", "Von der Leyen" opening a sentence: the surname's own particle
                used[i - 1] = True
            elif i > 0 and not used[i - 1] and _name_like(run[i - 1][2], norms[i - 1], idx):
                start = run[i - 1][0]
                used[i - 1] = True
                given = norms[i - 1]
            hits.append(_Hit(start, run[i][1], SURNAME, None, None, run[i][2].endswith(_POSSESSIVE[:2]), key, given))
            used[i] = True
        i += 1
    unknown = _unknown_at_end(run, norms, used, idx)
    if unknown is not None:
        hits.append(unknown)
    return hits


def _given_before_new(idx: Index, run: tuple[tuple[int, int, str], ...], norms: list[str], i: int) -> bool:
    """Whether the known surname at ``i`` is the given name of the last word, a name the registry lacks: a short
    surname only some spelling of a name has ("Hikmet Haji"), not the one its holder is known by ("Aliyev Discuss" in a
    headline is Aliyev)."""
    word, nxt = run[i][2], run[i + 1][2]
    return (
        all(_name_tokens(idx.people[pid].name)[-1] != norms[i] for pid in idx.surname[norms[i]])
        and norms[i + 1].endswith(_SURNAME_SUFFIXES)  # ("Aliev Regime": a noun after a spelling of Aliyev)
        and not word.endswith(_POSSESSIVE[:2])
        and norms[i + 1] not in idx.first_words
        and _name_like(word, norms[i], idx)
        and _name_like(nxt.rstrip("’'").removesuffix("’s").removesuffix("'s"), norms[i + 1], idx)
    )


def _is_initial(word: str) -> bool:
    """A middle initial as a run's words hold it (its full stop trimmed): one capital letter."""
    return len(word) == 1 and word.isupper()


def _name_at(idx: Index, run: tuple[tuple[int, int, str], ...], norms: list[str], i: int) -> tuple[int, _Hit] | None:
    """The longest registry name, else place name, the words of a stretch begin at ``i``: how many words, and the hit."""
    named = _longest_at(norms, i, idx.full_pairs, idx.full_one)
    skipped = 0
    if (named is None or named[0] == 1) and i + 1 < len(run) and _is_initial(run[i + 1][2]):
        # "Mher A. Grigoryan", "Jeyhun A. Bayramov": a first name, a middle initial, the rest of a known name
        skipped = 1
        while i + skipped + 1 < len(run) and _is_initial(run[i + skipped + 1][2]):
            skipped += 1
        rest = _longest_at([norms[i], *norms[i + skipped + 1 :]], 0, idx.full_pairs, idx.full_one)
        if rest is not None and rest[0] >= 2:
            named = (rest[0] + skipped, rest[1])
        else:
            skipped = 0
    if named is not None:
        k, pid = named
        kind = PERSON if idx.people[pid].kind is ParticipantKind.PERSON else ORG
        if kind is PERSON:  # "Sheikh Mohamed bin Zayed" + "Al Nahyan": words of another of the person's names
            n = len(run)
            while i + k < n and not run[i + k - 1][2].endswith(_POSSESSIVE[:2]) and norms[i + k] in idx.name_words[pid]:
                k += 1
        return k, _Hit(run[i][0], run[i + k - 1][1], kind, pid, None, run[i + k - 1][2].endswith(_POSSESSIVE[:2]))
    placed = _longest_at(norms, i, idx.place_pairs, idx.place_one)
    if placed is not None:
        k, place = placed
        return k, _Hit(run[i][0], run[i + k - 1][1], PLACE, None, place, run[i + k - 1][2].endswith(_POSSESSIVE[:2]))
    return None


def _paired_names(idx: Index, start: int, raw: str) -> tuple[_Hit, ...]:
    """The people of a hyphenated pair (or chain) of names ("the Pashinyan-Aliyev meeting", "Putin-Erdogan talks"): each part a
    known one-word name or surname, or nothing (a double-barrelled name, "Jean-Claude", is one word)."""
    parts = raw.split("-")
    if not 2 <= len(parts) <= 5 or "-" not in raw[1:-1]:  # up to "the Pashinyan-Aliyev-Michel-Macron-Scholz meeting"
        return ()
    hits: list[_Hit] = []
    at = start
    for part in parts:
        key = norm(part)
        if not part[:1].isupper() or len(part) < 3:
            return ()
        hit = _word_hit(idx, at, at + len(part), part, key)
        if hit is None or hit.kind not in (PERSON, SURNAME):
            return ()
        hits.append(hit)
        at += len(part) + 1
    return tuple(h._replace(joined=start + len(raw)) for h in hits)


def _word_hit(idx: Index, start: int, end: int, raw: str, key: str) -> _Hit | None:
    """What a run of one capitalised word names, ``key`` its :func:`norm`: a one-word name, a place, or a surname."""
    possessive = raw.endswith(_POSSESSIVE[:2])
    pid = idx.full_one.get(key)
    if pid is not None:
        kind = PERSON if idx.people[pid].kind is ParticipantKind.PERSON else ORG
        return _Hit(start, end, kind, pid, None, possessive)
    place = idx.place_one.get(key)
    if place is not None:
        return _Hit(start, end, PLACE, None, place, possessive)
    if key in idx.surname:
        return _Hit(start, end, SURNAME, None, None, possessive, key)
    return None


def _add_hit(text: str, at: int, hit: _Hit | _Unknown, idx: Index, out: Mentions) -> None:
    """A name found in a run that begins at ``at``, added to the mentions; a known person's title is read before it."""
    if isinstance(hit, _Unknown):
        _add_unknown(text, at, hit, idx, out)
        return
    start, end, kind, pid, place, possessive, key, given, joined = hit
    mm = Mention(at + start, at + end, kind, pid, place, possessive, key, given)
    mm.joined = at + joined if joined else 0
    out.items.append(mm)
    if kind is PERSON:
        _note_title(text, mm, idx, out)


def _name_like(raw: str, key: str, idx: Index) -> bool:
    return (
        len(key) >= 2
        and raw[0].isupper()
        and not raw.isupper()
        and not (raw.endswith("s") and raw[:-1].isupper())  # "FMs Mirzoyan and Bayramov": an acronym's plural
        and key not in idx.name_stop
        and key not in TITLE_WORDS
        and key not in idx.demonym
        and key.isalpha()
        and key not in idx.place_words
    )


_APPOSITION_RE = compile_fast(r",[ \t]+([^,.;:\n]{1,60})")


def commentator_around(text: str, start: int, end: int) -> bool:
    """Whether a name is given a commentator's role: "analyst Tigran Grigoryan", "Narek Hovakimyan, a political analyst"."""
    before = _TITLE_TOKEN_RE.findall(text[max(0, start - ROLE_NEAR) : start])[-3:]
    if any(w.lower() in COMMENTATOR_WORDS for w in before):
        return True
    m = _APPOSITION_RE.match(text, end, end + APPOSITION)  # ", a political analyst at ..."
    # (the role among the first words: "a political analyst", "famous Russian TV host and expert in ...")
    return m is not None and any(w.lower() in COMMENTATOR_WORDS for w in _TITLE_TOKEN_RE.findall(m.group(1))[:APPOSED_ROLE_WORDS])


# right before a name: whom a side sends ("Azerbaijan will be represented by X", "a delegation led by X")
_SENT_BY_RE = compile_fast(rf"\b{phrases(SENDING_VERBS)}[ \t]+by[ \t]+\Z")
_SENT_BY_LIST_RE = compile_fast(rf"\b{phrases(SENDING_VERBS)}[ \t]+by[ \t]+[^.;:\n]*\Z")  # ... and the list after
# right before a name: one person's counterpart, who holds an office alike ("his Russian counterpart X"); not a list of
# "counterparts", who may be experts
_COUNTERPART_BEFORE_RE = compile_fast(r"\bcounterpart,?[ \t]+\Z")
SENT_BY_LIST = 200  # how far before a name of that list "represented by" may stand


def _role_around(text: str, start: int, end: int) -> bool:
    """Whether a title or role of public office stands in the clause before a name, or in apposition after it
    ("Opposition MP Artur Khachatryan", "Iran's Foreign Minister, Hossein Amirabdollahian,", "X, an aide to ..."), or
    the name is whom a side sends ("represented by X")."""
    before = text[max(0, start - _WINDOW) : start]
    if _SENT_BY_RE.search(before[-30:]) or _COUNTERPART_BEFORE_RE.search(before[-30:]):
        return True
    if _BYLINE_BEFORE_RE.search(before[-40:]):
        return False
    stop = max((m.end() for m in _BACK_STOP_RE.finditer(before)), default=0)
    if any(_is_title_word(w) for w in _TITLE_TOKEN_RE.findall(before[stop:])[-TITLE_REACH:]):
        return True
    if _PARTY_STATE_RE.match(text, end, end + 20):
        return True
    if before.rstrip().endswith(","):  # apposition before
        prev = before.rstrip()[:-1]
        stop2 = max((m.end() for m in _BACK_STOP_RE.finditer(prev)), default=0)
        if any(_is_title_word(w) for w in _TITLE_TOKEN_RE.findall(prev[stop2:])[-APPOSED_TITLE_WORDS:]):
            return True
    ap = _APPOS_AFTER_RE.match(text[end : end + APPOSITION])
    if ap is None:
        return False
    # ", U.S. Deputy Assistant Secretary of State": capitalised words before the title word are still its title; not
    # when a name follows the title (", US President Donald Trump declared": the title of the next name)
    words = _TITLE_TOKEN_RE.findall(text, end + ap.start(1), end + APPOSITION)
    for i, word in enumerate(words[:APPOSED_CAPITALS]):
        if _is_title_word(word):
            if i == 0:
                return True  # ", director of the Regional Studies Center": the apposition opens on its title
            rest = itertools.dropwhile(_in_title, words[i:])  # ", US Secretary of State Antony Blinken said"
            nxt = next(rest, "")
            return not (nxt[:1].isupper() and not nxt.endswith("."))
        if not word[:1].isupper():
            return False
    return False


_TITLE_JOINERS = frozenset({"of", "the", "for", "and", "State", "Affairs"})  # inside a title: "Secretary of State"


def _in_title(word: str) -> bool:
    """Whether a word can stand inside a title phrase: a title word, or what joins its words ("of State")."""
    return word in _TITLE_JOINERS or _is_title_word(word)


def _unknown_at_end(run: tuple[tuple[int, int, str], ...], norms: list[str], used: list[bool], idx: Index) -> _Unknown | None:
    """The trailing name-like words of a stretch that no name took, two of them or more: a person the registry may lack."""
    n = len(run)
    if n < 2:
        return None  # a new person is two words or more
    j = n
    while j > 0 and not used[j - 1] and _name_like(run[j - 1][2], norms[j - 1], idx):
        j -= 1
    if n - j < 2:
        return None
    if j >= 2 and not used[j - 1] and _initials(run[j - 1][2], idx) and _is_title_word(run[j - 2][2]):
        j -= 1  # "Prime Minister KP Sharma Oli": the initials of a given name, after a title
    titled_inside = j > 0 and _is_title_word(run[j - 1][2])
    first = j if n - j <= 3 and titled_inside else n - 2
    name = " ".join(w.rstrip("’'").removesuffix("’s").removesuffix("'s") for _, _, w in run[first:])
    return _Unknown(
        run[first][0],
        run[-1][1],
        name,
        titled_inside,
        run[first][2].isupper(),
        first == 0 or _is_title_word(run[first - 1][2]),
        run[-1][2].endswith(_POSSESSIVE[:2]),
    )


def _initials(raw: str, idx: Index) -> bool:
    """Whether a word is two capitals standing for given names ("KP"), not a country's code or a body's ("US")."""
    return len(raw) == 2 and raw.isupper() and raw.isalpha() and idx.country(raw) is None and raw.lower() not in idx.name_stop


# a name used as a news outlet's: "..., Al Jazeera reported.", "Al Jazeera's correspondent in Moscow", "the German
# outlet Berliner Zeitung"
_OUTLET_USE_RE = compile_fast(
    rf"\b{phrases(OUTLET_NOUNS)}[ \t]+((?:[A-Z][\w\-]*[ \t]+){{0,3}}[A-Z][\w\-]*)"
    r"|((?:[A-Z][\w\-]*[ \t]+){0,3}[A-Z][\w\-]*)"
    r"(?:(?:’s|'s)[ \t]+(?:correspondents?|reporters?|website|newsroom|bureau)\b|[ \t]+reported(?=[.,]))"
)


def _used_as_outlet(text: str, name: str, out: Mentions) -> bool:
    """Whether the text uses ``name`` as a news outlet's anywhere: "Al Jazeera reported." is no person."""
    if out.outlets is None:
        out.outlets = tuple(m.group(1) or m.group(2) for m in _OUTLET_USE_RE.finditer(text))
    return any(o == name or o.endswith(" " + name) for o in out.outlets)


# right before a name-like run: a capitalised word and "for", a thing's name going on ("Award for Human Fraternity",
# "Center for Strategic Studies"); not a title's "for" ("Minister for Europe X" stays a person by its title)
_NAMED_FOR_BEFORE_RE = compile_fast(rf"\b(?!(?i:{phrases(TITLE_WORDS)})\b)[A-Z][\w\-]*[ \t]+for[ \t]+\Z")


def _add_unknown(text: str, at: int, u: _Unknown, idx: Index, out: Mentions) -> None:
    """A person the registry lacks, added when a title or role stands around the name (not a byline, nor a name the
    text uses as an outlet's)."""
    start, end = at + u.start, at + u.end
    if _BYLINE_BEFORE_RE.search(text[max(0, start - ROLE_NEAR) : start]) or _used_as_outlet(text, u.name, out):
        return
    if _NAMED_FOR_BEFORE_RE.search(text, max(0, start - ROLE_NEAR), start):
        return  # "the Zayed Award for Human Fraternity": the rest of a thing's name
    titled = u.titled_inside or _role_around(text, start, end) or _listed_with_official(text, start, idx, out)
    titled = titled or _name_shaped(text, start, u, idx)
    if not titled and _SPEECH_AFTER_NAME_RE.match(text[end : end + APPOSITION]) and not u.all_caps:
        titled = u.after_title
    commentator = not titled and commentator_around(text, start, end)
    if not titled and not commentator:
        return
    misspelt = _misspelt(u.name, idx)
    if misspelt is not None:
        out.misspelt.setdefault(_name_tokens(u.name)[-1], misspelt)
    pid = misspelt or slug(u.name)
    known = idx.registry.get(pid)
    if known is not None and known.kind is ParticipantKind.PERSON:
        pass
    elif pid not in out.new_people:
        if pid in idx.people:  # an organization or place with the same slug
            pid = pid + "-person"
        kind = ParticipantKind.COMMENTATOR if commentator else ParticipantKind.PERSON
        out.new_people[pid] = Participant(id=pid, name=u.name, kind=kind)
    mm = Mention(start, end, PERSON, pid)
    mm.possessive = u.possessive
    out.items.append(mm)
    _note_title(text, mm, idx, out)


def _name_shaped(text: str, start: int, u: _Unknown, idx: Index) -> bool:
    """Whether a name the registry lacks is a person met: a given name of a registry person and a surname of the
    region, right after a verb or noun of meeting ("Lavrov met Armen Toganyan"; not "the Heydar Aliyev Centre", three
    words; not "Khabib Nurmagomedov", whose given name no one in the registry has)."""
    toks = u.name.split()
    return (
        len(toks) == 2
        and not u.all_caps
        and norm(toks[0]) in idx.all_given
        and toks[1][1:].islower()
        and toks[1].lower().endswith(SURNAME_ENDINGS)
        and _MET_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


# right before a name: a verb or noun of meeting whose other side it is
_MET_BEFORE_RE = compile_fast(
    r"\b(?:met|meets|meeting|talks|spoke|speaks|conversation|call|received|receives|hosted|hosts)(?:[ \t]+with)?[ \t]+\Z"
)


# between two names of one list, the first's role in apposition and a country's possessive before the second:
# ", deputy special representative, and Armenia's "
# (or the first's country after it, "the ambassadors, A of Azerbaijan and B of Armenia", or a patronymic, "A ogly")
_LIST_JOIN_RE = compile_fast(
    r"(?:[ \t]+(?:ogly|oglu|qizi|kyzy))?"
    r"(?:,[ \t]+[a-z][\w\- \t]{0,60}(?=,)|[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?)?"
    r"(?:,[ \t]*|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)(?:[A-Z][\w\-]*(?:’s|'s)[ \t]+)?"
)


def _listed_with_official(text: str, start: int, idx: Index, out: Mentions) -> bool:
    """Whether a name the registry lacks follows a person in one list ("his counterparts, Azerbaijan's A and Armenia's
    B", "represented by A, deputy envoy, and B"): a list of people, who hold offices alike."""
    k = len(out.items) - 1
    if k >= 1 and out.items[k].kind is PLACE and out.items[k].end <= start:
        k -= 1  # the country's possessive before the name ("Armenia's")
    if k < 0:
        return False
    prev = out.items[k]
    # (a known surname with a first name the registry lacks lists people only after a side's envoys are named:
    # "represented by A, B and C"; experts listed as "counterparts A, B and C" hold no office)
    sent = prev.kind is SURNAME and _SENT_BY_LIST_RE.search(text, max(0, start - SENT_BY_LIST), start) is not None
    named = sent or (prev.kind is PERSON and (prev.pid in idx.people or prev.pid in out.new_people))
    if not named or prev.end >= start:
        return False
    return _LIST_JOIN_RE.fullmatch(text, prev.end, start) is not None


def _misspelt(name: str, idx: Index) -> str | None:
    """The one registry person a name the registry lacks misspells: the same first name, a surname of the same first
    letter and length within one that differs by a letter or two ("Antony Blniken"), or None."""
    toks = _name_tokens(name)
    if len(toks) < 2 or len(toks[-1]) < 5:
        return None
    last = toks[-1]
    longer = {last + ending for ending in _SURNAME_ENDINGS}
    found = {
        pid
        for known, pid in idx.full.get(toks[0], ())
        if len(known) >= 2 and (_close(known[-1], last, 0.8) or known[-1] in longer)
    }
    if not found and len(toks[0]) >= 5:  # both names slipped: "Zahrab Mnatskanyan" is Zohrab Mnatsakanyan
        found = {
            pid
            for first in idx.first_names_by_letter.get(toks[0][0], ())
            if first != toks[0] and _close(first, toks[0], 0.8)
            for known, pid in idx.full[first]
            if len(known) >= 2 and _close(known[-1], last, 0.85)
        }
    if not found and len(toks) == 2:  # "Amir Abdullahian": a surname of two words that the registry joins, misspelt
        joined = toks[0] + last
        found = {
            pid
            for surname, pids in idx.surname.items()
            if _close(surname, joined, 0.85)
            for pid in pids
            if "-" in idx.people[pid].name.split()[-1]  # (a hyphened surname: not "Abdul Rahman" for "Abdulrahman")
        }
    return found.pop() if len(found) == 1 else None


# a capitalised word alone, then a verb of saying: a speaker named by surname ("Aragchi wrote on Twitter")
_LONE_SPEAKER_RE = compile_fast(
    rf"(?<![\w’'\-.])(?<![A-Z][a-z][ \t])[A-Z][a-z]{{4,}}(?=[ \t]+{phrases(speech_forms(plain=True))}\b)"
)


def _misspelt_surnames(text: str, idx: Index, out: Mentions) -> None:
    """A word alone before a verb of saying that names no one known, and misspells the surname of the one person the
    document names in full whose surname is that close ("Aragchi wrote" after "Abbas Araghchi"): that person."""
    named = {mm.pid for mm in out.items if mm.kind is PERSON and mm.pid}
    surnames: dict[str, str] = {}
    for pid in named:
        person = idx.people.get(pid) or out.new_people.get(pid)
        toks = _name_tokens(person.name) if person is not None else ()
        if len(toks) >= 2:
            surnames[toks[-1]] = pid
    if not surnames:
        return
    starts = [mm.start for mm in out.items]
    found: list[Mention] = []
    for m in _LONE_SPEAKER_RE.finditer(text):
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and out.items[k].end > m.start():
            continue  # a mention already
        word = norm(m.group())
        if word in idx.first_words or word in idx.name_stop:
            continue
        close = {pid for last, pid in surnames.items() if _one_slip(word, last)}
        if len(close) == 1:
            found.append(Mention(m.start(), m.end(), PERSON, pid=close.pop()))
    found += _own_spelling(text, idx, out, starts)
    if found:
        out.items.extend(found)
        out.items.sort(key=lambda mm: mm.start)


def _own_spelling(text: str, idx: Index, out: Mentions, starts: list[int]) -> list[Mention]:
    """The surname of a full name the document misspells, as the document spells it (``out.misspelt``), names that
    person wherever it stands alone ("Maka Bochorishvili ... Bochorishvili emphasized" for Botchorishvili)."""
    words = {w: pid for w, pid in out.misspelt.items() if w not in idx.first_words and w not in idx.name_stop}
    if not words:
        return []
    found: list[Mention] = []
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w’'\-])(?:{alternatives})(?![\w\-])", text, re.IGNORECASE):  # (all in one pass)
        k = bisect.bisect_right(starts, m.start()) - 1
        if (k >= 0 and out.items[k].end > m.start()) or not m.group()[0].isupper():
            continue
        if _CAPITAL_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or _CAPITAL_AFTER_RE.match(text, m.end()):
            continue  # a word of another name: "Martin Schulz", "Schulz Verlag"
        pid = words.get(norm(m.group()))
        if pid:
            found.append(Mention(m.start(), m.end(), PERSON, pid=pid))
    return found


_CAPITAL_BEFORE_RE = compile_fast(r"\b[A-Z][\w’'\-]*[ \t]+\Z")
_CAPITAL_AFTER_RE = compile_fast(r"[ \t]+[A-Z]")


def _one_slip(word: str, surname: str) -> bool:
    """Whether ``word`` is ``surname`` with a letter or two slipped (and not a woman of the family name, "Bayramova")."""
    return word != surname and not word.startswith(surname) and _close(word, surname, 0.85)


def _close(a: str, b: str, ratio: float) -> bool:
    """Whether two spellings differ by a letter or two: the same first letter, lengths within one, ``ratio`` alike."""
    return a[:1] == b[:1] and abs(len(a) - len(b)) <= 1 and difflib.SequenceMatcher(None, a, b).ratio() >= ratio


#: The endings of surnames of the region's languages: "Namazov", "Grigoryan", "Aliyeva", "Mammadli", "Rustamzade"
_SURNAME_SUFFIXES = (
    *("ov", "ova", "ev", "eva", "yan", "ian", "li", "lu", "zade", "zadeh", "zada"),
    *("vili", "dze", "enko", "in", "ski"),
)
#: A Russian ending of a surname that its own language's spelling leaves out: "Shahin Mustafa" is Shahin Mustafayev
_SURNAME_ENDINGS = ("yev", "ev", "ov", "yeva", "eva", "ova")


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
    before = text[max(0, mm.start - TITLE_BEFORE) : mm.start]
    found = title_before(before)
    if found is None or not mm.pid:
        return
    at, phrase = found
    if _ends_sentence(phrase.split()[-1]):
        return  # "... met the Prime Minister. Klaar also ...": the title ends the sentence before the name
    if phrase.split()[0] in ("the", "The") and _OF_BEFORE_RE.search(before, 0, at):
        return  # "adviser of the US President, Jake Sullivan": the title is not his
    country, title = idx.phrase_title(phrase)
    if title is None:  # lowercase roles: "spokesperson", "spokesman"
        low = before.lower().rstrip()
        title = "Spokesperson" if low.endswith(SPOKESPERSON_WORDS) else None
    found_titles = [(country, title)]
    if " and " in phrase and before.rstrip().endswith(","):
        # "OSCE Chairperson-in-Office and Foreign Minister of North Macedonia, X": both are X's (not "President A and
        # Prime Minister [B]": the first title is A's, its name inside the phrase)
        parts = phrase.split(" and ")
        words = [w for part in parts for w in part.split() if w[:1].isupper()]
        if not any(norm(w) in idx.first_words and idx.phrase_title(w)[1] is None for w in words):
            found_titles += [idx.phrase_title(part) for part in parts]
    known = out.titles.setdefault(mm.pid, [])
    for place, held in found_titles:
        if held is not None and (place, held) not in known:
            known.append((place, held))


def _resolve_surnames(text: str, lay: Layout, out: Mentions, idx: Index, day: _dt.date | None) -> None:
    """Surnames alone, resolved to the person of that name the text names, else the only one the registry knows,
    else the only one holding an office on the day. Running text names a person in full before it shortens the
    name: a surname before the full name of one namesake is another's, when the registry knows another and the
    text shows it is them (see :func:`_namesake_shown`); else it is the one the text names."""
    named_full = {mm.pid for mm in out.items if mm.kind is PERSON and mm.pid}
    first_full: dict[str, int] = {}
    for mm in out.items:
        if mm.kind is PERSON and mm.pid and lay.kind_at(mm.start) is TEXT_LINE:
            first_full.setdefault(mm.pid, mm.start)
    new_surnames: dict[str, list[str]] = {}
    for npid, newp in out.new_people.items():
        toks = _name_tokens(newp.name)
        if toks:
            new_surnames.setdefault(toks[-1], []).append(npid)
    keep: list[Mention] = []
    shown: dict[tuple[str, str], bool] = {}  # (surname, the other namesake) -> whether the text shows it is them
    for i, mm in enumerate(out.items):
        if mm.kind is not SURNAME:
            keep.append(mm)
            continue
        key = mm.title or ""
        cands = list(idx.surname.get(key, ())) + new_surnames.get(key, [])
        pid: str | None = None
        if mm.given is not None:  # a first name is written: only people known by it (or a spelling of it)
            cands = [c for c in cands if c not in idx.people or _known_by(idx, c, mm.given, key, c in named_full)]
            if not cands:  # "Artur Khachatryan" is not Vahagn Khachaturyan: someone the registry lacks
                if _role_around(text, mm.start, mm.end):
                    pid = _new_person(text[mm.start : mm.end], idx, out)
                elif commentator_around(text, mm.start, mm.end):  # "analyst Tigran Grigoryan": quoted, not an actor
                    pid = _new_person(text[mm.start : mm.end], idx, out, ParticipantKind.COMMENTATOR)
                else:
                    continue
                new_surnames.setdefault(key, []).append(pid)
                named_full.add(pid)
        in_doc = [c for c in cands if c in named_full]
        later = set()
        if len(set(cands)) > 1 and lay.kind_at(mm.start) is TEXT_LINE:  # named in full only after this
            later = {c for c in in_doc if first_full.get(c, -1) > mm.start}
        others = [c for c in cands if c not in later]
        if pid is not None:
            pass
        elif later and len(set(in_doc) - later) == 1:
            pid = next(c for c in in_doc if c not in later)
        elif later and not set(in_doc) - later and len(set(others)) == 1:
            # '"...," Sargsyan said' before "Armen Sarkissian ...": the one named, unless the text shows the other
            # ("Former Prime Minister Sargsyan", "Sargsyan and Aliyev, the two presidents")
            if (key, others[0]) not in shown:
                named_at = min(first_full[c] for c in later)
                shown[key, others[0]] = any(
                    _namesake_shown(text, out.items, j, others[0], idx, day)
                    for j, other in enumerate(out.items)
                    if other.kind is SURNAME and other.title == key and other.start < named_at
                )
            pid = others[0] if shown[key, others[0]] else next(iter(later)) if len(later) == 1 else None
        elif len(set(in_doc)) == 1:
            pid = in_doc[0]
        elif len(set(in_doc) - later) > 1 and lay.kind_at(mm.start) is TEXT_LINE:
            # two namesakes named in full before it: the one a title shows, else the one named last before it
            before = sorted(set(in_doc) - later)
            titled = [c for c in before if _namesake_shown(text, out.items, i, c, idx, day)]
            pid = titled[0] if len(titled) == 1 else _latest_before(before, keep, mm.start)  # (kept: those before it)
        elif len(set(cands)) == 1:
            pid = cands[0]
        elif day is not None:
            holding = [c for c in cands if c in idx.people and idx.people[c].offices_on(day)]
            if len(holding) == 1:
                pid = holding[0]
        if pid is None:
            continue
        mm.kind = PERSON
        mm.pid = pid
        mm.named = True
        mm.title = None
        keep.append(mm)
        _note_title(text, mm, idx, out)  # "President Aliyev"
    out.items = keep


_APPOSED_TITLE_RE = compile_fast(r",[ \t]+(?:the[ \t]+)?((?:[A-Za-z][\w’'\-]*[ \t]+){0,6}[A-Za-z][\w’'\-]*)[ \t]*[,.;]")
_PAIRED_RE = re.compile(r"[ \t]+and[ \t]+")


def _namesake_shown(text: str, items: list[Mention], i: int, pid: str, idx: Index, day: _dt.date | None) -> bool:
    """Whether the text shows that the surname alone at ``items[i]`` is the namesake ``pid``: a title of theirs right
    before it or in apposition after it ("Deputy Prime Minister X", "X, the deputy prime minister,"), or it is
    paired with a counterpart who holds the same office in another country ("X and Y" of two deputy prime ministers)."""
    mm = items[i]
    titles = idx.registry_titles(pid, day)
    if not titles:
        return False
    found = title_before(text[max(0, mm.start - TITLE_BEFORE) : mm.start])
    apposed = _APPOSED_TITLE_RE.match(text, mm.end, mm.end + TITLE_BEFORE)
    for phrase in (found[1] if found else None, apposed.group(1) if apposed else None):
        title = idx.phrase_title(phrase)[1] if phrase else None
        if title is not None and any(title_matches(title, t) for _, t in titles):
            return True
    pair = [items[j] for j in (i - 1, i + 1) if 0 <= j < len(items)]
    for other in pair:
        gap = text[other.end : mm.start] if other.end <= mm.start else text[mm.end : other.start]
        if not _PAIRED_RE.fullmatch(gap):
            continue
        ids = [other.pid] if other.pid else idx.surname.get(other.title or "", []) if other.kind is SURNAME else []
        if len(ids) != 1 or ids[0] == pid:
            continue
        for country, title in idx.registry_titles(ids[0], day):
            if any(t == title and c != country for c, t in titles):
                return True
    return False


_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z\-]*)\b")
# a word no adjective stands before: after a surname, the phrase that follows the person ("met with Young in Baku")
_AFTER_A_NAME = frozenset(
    ("in", "on", "at", "and", "or", "to", "for", "by", "with", "during", "after", "before", "about", "from", "of", "as")
)
_PREDICATE_OPENERS = PREDICATE_OPENERS | frozenset(speech_forms())


def _qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` is a common word before the lower-case one after it ("Young
    people"; "Long before the war" opening a sentence): a word after a surname opens what is said of the person
    ("Young said", "Young, who", "Young also met"), or the phrase after it in the sentence ("met with Young in Baku")."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word in _AFTER_A_NAME:
        return _SENTENCE_OPENS_RE.search(text, max(0, start - 3), start) is not None
    return word not in _PREDICATE_OPENERS and not word.endswith(("ed", "ly"))


_SENTENCE_OPENS_RE = compile_fast(r"(?:[.!?]\s+|\n\s*|\A\s*)\Z")  # before a word that opens a sentence or a line


def _new_people_surnames(text: str, lay: Layout, idx: Index, out: Mentions) -> None:
    """The surname alone of a person the registry lacks, once the text names them in full ("Ambassador Levan
    Dzhaparidze ... Dzhaparidze wrote"): theirs, when no other person has it and it names nothing else."""
    surnames: dict[str, str] = {}
    for pid, p in out.new_people.items():
        toks = p.name.split()
        key = norm(toks[-1]) if len(toks) >= 2 else ""
        if len(key) < 3 or key in idx.surname or key in idx.first_words or key in idx.name_stop or not key.isalpha():
            continue
        surnames[toks[-1]] = "" if toks[-1] in surnames else pid  # two new people of one surname: neither
    surnames = {k: v for k, v in surnames.items() if v}
    if not surnames:
        return
    first: dict[str, int] = {}
    for mm in out.items:  # where each is first named
        if mm.pid is not None and mm.kind is PERSON:
            first.setdefault(mm.pid, mm.start)
    starts = [mm.start for mm in out.items]
    ends = [mm.end for mm in out.items]
    found: list[Mention] = []
    for m in re.finditer(r"\b(" + word_trie(surnames) + r")(’s|'s)?(?![\w\-])", text):
        pid = surnames[m.group(1)]
        i = bisect.bisect_right(starts, m.start()) - 1
        if m.start() < first.get(pid, len(text)) or (i >= 0 and ends[i] > m.start()) or lay.kind_at(m.start()) is BOILERPLATE:
            continue  # before they are named, inside another name, or on a line not read
        if m.group(2) is None and _qualifies_a_noun(text, m.start(), m.end()):
            continue  # "Young people", "Young activists": a common word, not the surname
        mm = Mention(m.start(), m.end(), PERSON, pid, possessive=m.group(2) is not None)
        found.append(mm)
    for mm in found:
        out.items.append(mm)
        _note_title(text, mm, idx, out)
    if found:
        out.items.sort(key=lambda mm: mm.start)


# -- offices named without a name -----------------------------------------------

_HEADS = "(?:" + "|".join(OFFICE_HEADS) + ")"
_OFFICE_HEAD = "(?i:" + _HEADS[3:]  # the heads ignoring case inside a pattern that does not (its countries are capitalised)
# a capitalised word of a country's name, not the head of another office ("the President of France and the
# Chancellor of Germany" are two offices)
_CW = rf"(?!{_OFFICE_HEAD}(?![\w]))[A-Z][\w.’'\-]{{0,30}}"
_COUNTRYISH = rf"(?:{_CW}(?:[ \t]+{_CW}){{0,2}})"
_AND_A = r"[ \t]+and[ \t]+(?:the[ \t]+)?|,[ \t]+and[ \t]+(?:the[ \t]+)?"  # "and (the)", ", and (the)"
_AND = rf"(?:,[ \t]*|{_AND_A})"
# ... and after "of", where each may have its article: "the Presidents of the Republic of A, the Republic of B and C"
_AND_THE = rf"(?:,[ \t]*(?:the[ \t]+)?|{_AND_A})"
_OFFICE_RE = compile_fast(
    rf"\b(?:(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Bb]oth)[ \t]+)?(?:(?P<two>two|three)[ \t]+)?"
    rf"(?P<pre>(?:{_COUNTRYISH}{_AND}){{0,4}}{_COUNTRYISH}[ \t]+)?"
    rf"(?P<head>{_OFFICE_HEAD})(?![\w])"
    rf"(?:[ \t]+(?:of|from)[ \t]+(?:the[ \t]+|both[ \t]+)?(?P<post>(?:(?:Republic[ \t]+of[ \t]+)?{_COUNTRYISH}{_AND_THE}){{0,4}}(?:Republic[ \t]+of[ \t]+)?{_COUNTRYISH}))?"  # noqa: E501
)
# before an office: a country's leader whose office it is ("the [US] President's [National Security Adviser]")
_LEADERS_BEFORE_RE = compile_fast(
    rf"(?P<c>{_COUNTRYISH})[ \t]+(?:President|Prime[ \t]+Minister|Chancellor)(?:'s|’s)[ \t]+\Z"
)
LEADERS_BEFORE = 60  # how far before the office its leader's words may begin
#: offices a leader's possessive does not make the country's: the leader's own spokesperson or envoy is not the
#: ministry's, and a counterpart is another's
_NOT_THE_LEADERS = ("spokes", "press secretary", "representative", "envoy", "counterpart", "ambassador")


def _leaders_own(title: str, text: str, at: int) -> bool:
    """Whether an office after "the <Country> President's" is that country's office of the day: one a leader's
    possessive names (a security adviser, not a spokesperson), of a leader not told as former."""
    low = title.lower()
    if any(w in low for w in _NOT_THE_LEADERS):
        return False
    return _NOT_NOW_BEFORE_RE.search(text, max(0, at - NOT_NOW_BEFORE - 5), at) is None and not _THEN_BEFORE_RE.search(
        text, max(0, at - 10), at
    )


_THEN_BEFORE_RE = compile_fast(r"\b(?i:then)[ \t]+\Z")  # "the then US President's": of a day gone
_SPLIT_COUNTRIES_RE = compile_fast(r",[ \t]*and[ \t]+(?:the[ \t]+)?|,[ \t]*|[ \t]+and[ \t]+(?:the[ \t]+)?")


#: Office heads alone, tried only where the first letters of one stand (on lower-cased text when it keeps positions)
HEAD_START = start_filter({literal_start(h) for h in OFFICE_HEADS})
_HEAD = Folded(r"\b" + HEAD_START + _HEADS + r"(?![\w])")
_LEAD_WORDS = frozenset(("the", "his", "her", "their", "both", "two", "three", "and", "of", "republic"))


def _ends_sentence(word: str) -> bool:
    """Whether a word's full stop ends a sentence: not an abbreviation's ("Amb.", "U.S.")."""
    return word.endswith(".") and len(word) > 2 and word[:-1].lower() not in ABBREVIATIONS and word.count(".") == 1


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
        if _ends_sentence(word):
            return pos  # "... represented by Charles Michel. The President of France": a sentence ends there
        pos = j
    return floor


# a name just after an office phrase ("President Aliyev", "the Foreign Minister, Jeyhun Bayramov"), read in the
# three characters after it: " On", " In" and " At" there are words, not names
_NAME_AFTER_RE = compile_fast(r"(?![ \t](?:On|In|At)\Z),?[ \t]+[A-Z@]")


_LISTED_TITLE_RE = compile_fast(r",[ \t]+([A-Z][\w.\-]*)")


def _names_a_person(text: str, end: int) -> bool:
    """Whether an office phrase ending at ``end`` is followed by a name: a title of a named person, not an office alone
    nor the first of a list of offices ("the Prime Minister, Deputy Prime Minister and ...")."""
    if _NAME_AFTER_RE.match(text, end, end + 3) is None:
        return False
    listed = _LISTED_TITLE_RE.match(text, end, end + 40)
    return listed is None or not _is_title_word(listed.group(1))


def _office_matches(text: str, start: int, lower: str | None = None) -> list[re.Match[str]]:
    """Office phrases, found from their head word: the full pattern runs only on the words that can lead to it."""
    out: list[re.Match[str]] = []
    last_end = start
    heads = _HEAD.finditer(text, lower, start)
    for h in heads:
        hs, he = h.span()
        if hs < last_end:
            continue
        if _names_a_person(text, he):
            last_end = he  # "President Aliyev": the phrase ends at its head and titles a name
            continue
        a = _lead_start(text, hs, max(last_end, hs - OFFICE_LEAD))
        for m in _OFFICE_RE.finditer(text, a, min(len(text), he + OFFICE_TAIL)):
            if m.start("head") == hs:
                out.append(m)
                last_end = m.end()
                break
    return out


_REPUBLIC_OF_RE = re.compile(r"\A(?:the[ \t]+)?Republic[ \t]+of[ \t]+")


def _countries(idx: Index, text: str | None) -> list[str]:
    """The countries a list of capitalised words before or after an office head names, up to the first that is none."""
    return list(idx.countries_named(text)) if text else []


def _countries_named(idx: Index, text: str) -> tuple[str, ...]:
    """:func:`_countries`, worked out once per list of words (``idx.countries_named``: "Armenia and Azerbaijan" recurs)."""
    out: list[str] = []
    parts = _SPLIT_COUNTRIES_RE.split(text.strip())
    for part in parts:
        words = _REPUBLIC_OF_RE.sub("", part.strip())
        c = idx.country(words)
        if c is None and len(parts) >= 2:  # "of Baku and Yerevan": capitals, their governments (not "the Minsk Group")
            c = idx.capital_of.get(" ".join(_name_tokens(words)))
        if c is None:
            break
        out.append(c.name)
    return tuple(out)


# words before an office head that make it another office, with holders of its own
_COMPLEMENT_BEFORE_RE = compile_fast(r"\b(?:to|of|for|given[ \t]+to)[ \t]+\Z")
# "under the auspices of their U.S. counterpart", "in the presence of the President": who mediates or attends
_ROLE_OF_BEFORE_RE = compile_fast(
    r"\b(?:auspices|mediation|participation|presence|chairmanship|co-chairmanship)[ \t]+of[ \t]+\Z",
    re.IGNORECASE,
)
# "a meeting of the foreign ministers": the office holders are at the event, not served by someone
_EVENT_OF_BEFORE_RE = compile_fast(rf"\b{phrases(EVENT_NOUNS)}[ \t]+of[ \t]+\Z", re.IGNORECASE)


_FIRST_PLURAL_RE = compile_fast(r"(?<=\w)s(?=[ \t])")  # "Ministers of Foreign Affairs": a Minister of Foreign Affairs each


_LOWER_RANK_BEFORE_RE = compile_fast(r"\b(?i:deputy|vice|assistant|under)[ \t\-]+\Z")
LOWER_RANK_BEFORE = 12  # how far before an office phrase "deputy" may stand
NOT_NOW_BEFORE = 24  # how far before an office phrase "former" or "outgoing" may stand
_NOT_NOW_BEFORE_RE = compile_fast(r"\b(?i:former|outgoing|incoming|ex-|then-|late|previous)[ \t]*\Z")


_AND_THE_RE = compile_fast(r"[ \t]+and[ \t]+(?:the[ \t]+)?")


def _share_the_country_after(text: str, offices: list[Office], idx: Index, out: Mentions) -> None:
    """An office without a country before "and the X of Y" is Y's too: "the President and the Foreign Minister of
    Azerbaijan" (not "the President and the Azerbaijani Foreign Minister": the adjective is the second's own; nor
    "Pashinyan arrived. The Prime Minister and the President of Azerbaijan met": the Prime Minister named before)."""
    for a, b in itertools.pairwise(offices):
        if (
            not a.countries
            and a.institution is None
            and not a.plural
            and b.countries
            and _AND_THE_RE.fullmatch(text, a.end, b.start)
            and _OF_A_COUNTRY_RE.search(text, b.start, b.end)
            and not any(mm.kind is PERSON and mm.start < a.start and ever_held(idx, mm.pid, a.title) for mm in out.items)
        ):
            a.countries = list(b.countries)
            a.bare = False


_OF_A_COUNTRY_RE = compile_fast(r"[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?[A-Z]")


def _find_offices(text: str, lay: Layout, idx: Index, out: Mentions, day: _dt.date | None) -> None:
    """Title-only mentions, each resolved to the person holding the office, when the text or date fixes one."""
    offices: list[Office] = []
    formers: set[int] = set()
    for m in _office_matches(text, lay.body_start, lay.lower):
        start, end = m.span()
        if lay.kind_at(start) is BOILERPLATE:
            continue
        if _names_a_person(text, end):
            continue
        det, two, pre, head, post = m.group("det", "two", "pre", "head", "post")
        if post and post.endswith(("'s", "’s")):
            continue  # "president of Armenia's parliament": the office of something the country has, not the country's
        title = idx.canonical_title(head) or idx.canonical_title(_FIRST_PLURAL_RE.sub("", head, count=1))
        if title is None:
            low = head.lower()
            if "spokes" in low:
                title = "Spokesperson"
            elif low.startswith("counterpart"):
                title = "counterpart"
            else:
                continue
        countries = _countries(idx, pre) or _countries(idx, post)
        if not countries and not det and not pre:
            leader = _LEADERS_BEFORE_RE.search(text, max(0, start - LEADERS_BEFORE), start)
            if leader is not None and _leaders_own(title, text, leader.start()):
                countries = _countries(idx, leader.group("c"))  # "the US President's National Security Adviser"
        if not countries and not det and not pre:
            continue  # "President" alone; "European Council President" is kept if someone held that office
        if pre and RANKS.intersection(w.lower() for w in pre.split()):
            continue  # "the Assistant Secretary of State" holds another office than the Secretary of State
        plural = (head.lower().endswith("s") and not head.lower().endswith(("ss", "us"))) or bool(two)
        o = Office(start, end, title, countries, plural)
        o.bare = not countries and not det
        if not countries:  # "the European Council President": an office of an institution, not of a country
            o.institution = " ".join((pre or post or "").split()) or None
        o.complement = (
            _COMPLEMENT_BEFORE_RE.search(text[max(0, start - COMPLEMENT_BEFORE) : start]) is not None
            and _EVENT_OF_BEFORE_RE.search(text[max(0, start - EVENT_OF_BEFORE) : start]) is None
            and _ROLE_OF_BEFORE_RE.search(text[max(0, start - EVENT_OF_BEFORE) : start]) is None
        )
        if _NOT_NOW_BEFORE_RE.search(text, max(0, start - NOT_NOW_BEFORE), start):
            formers.add(len(offices))  # "the former NATO Secretary General": only a holder named near it, none of the day
        # "the deputy foreign ministers of A and B": a lower rank of it, held by no one known
        o.lower = _LOWER_RANK_BEFORE_RE.search(text, max(0, start - LOWER_RANK_BEFORE), start) is not None
        offices.append(o)
    _share_the_country_after(text, offices, idx, out)
    people = [mm for mm in out.items if mm.kind is PERSON and mm.pid]
    starts = [mm.start for mm in people]
    paired = _paired(text, people)
    for k, o in enumerate(offices):
        if o.lower:
            out.items.append(_office_mention(text, o))
            continue
        _resolve_office(o, idx, out, day, people, starts, paired)
        if o.title == "counterpart" and not o.holders and o.countries and day is not None:
            # "Azerbaijan's foreign minister met his Armenian counterpart": the counterpart of an office just before
            # (or of one office held by several: "the Azerbaijani and Armenian foreign ministers ... their U.S. counterpart")
            prev = next((p for p in reversed(offices[:k]) if o.start - p.end <= COUNTERPART_BACK), None)
            if prev is not None and (len(prev.holders) == 1 or (prev.plural and prev.holders)):
                _counterpart_of(o, idx, day, prev.holders[0][0])
        if not o.holders and not o.countries and o.institution is None and not o.plural and o.title != "counterpart":
            country = _context_country(text, lay, idx, o, offices[:k])
            if country is not None:  # "the Secretary" after "the US Secretary of State"; "arrived in Armenia and met
                o.countries = [country]  # the Prime Minister"
                _resolve_office(o, idx, out, day, people, starts, paired)
        two = _OF_THE_TWO_RE.match(text, o.end) if o.plural and not o.countries and o.institution is None else None
        if two is not None:  # "the leaders of the two (South Caucasus) countries"
            o.countries = _two_countries_before(text, lay, idx, o.start, two.group("qual"))
            _resolve_office(o, idx, out, day, people, starts, paired)
        if o.bare and not o.holders and not (day is None and o.institution and idx.known_holders(o.key, None)):
            continue  # capitalised words before a title, and no one holds it: no office named
        if k in formers and not any(named for _, named in o.holders):
            continue  # "the former NATO Secretary General", no one named near it: not who holds it that day
        out.items.append(_office_mention(text, o))


def _office_mention(text: str, o: Office) -> Mention:
    """The mention of an office, its holder's when it has one."""
    mm = Mention(o.start, o.end, OFFICE)
    mm.title = o.title
    mm.country = ",".join(o.countries) or None
    if len(o.holders) == 1 and not o.plural:
        mm.pid = o.holders[0][0]
    mm.possessive = text[o.end : o.end + 2] in ("’s", "'s")
    mm.office = o
    return mm


_VISIT_RE = compile_fast(rf"\b{phrases(VISIT_PHRASES)}[ \t]+(?:the[ \t]+)?(?P<c>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){{0,2}})")


def _context_country(text: str, lay: Layout, idx: Index, o: Office, before: list[Office]) -> str | None:
    """The country of an office named without one and held by no one the text names: the country of the same office
    named before with its country ("the US Secretary of State ... the Secretary"), else the country visited before it
    in its sentence ("arrived in Armenia and met the Prime Minister")."""
    for prev in reversed(before):
        if prev.title == o.title and len(prev.countries) == 1:
            return prev.countries[0]
    s, _ = lay.sentence_at(o.start)
    found = None
    for m in _VISIT_RE.finditer(text, s, o.start):
        place = _country_prefix(idx, m.group("c"))
        if place is not None:
            found = place[0].name
    return found


def _country_prefix(idx: Index, words: str) -> tuple[Place, int] | None:
    """The country the longest run of ``words`` from their start names ("the United States", "Armenia"), and that
    run's length in characters; None when none does."""
    split = words.split()
    for n in range(len(split), 0, -1):
        run = " ".join(split[:n])
        place = idx.country(run)
        if place is not None:
            return place, len(run)
    return None


# after a plural office: the two countries told before ("the leaders [of the two South Caucasus nations]")
_OF_THE_TWO_RE = compile_fast(
    r"[ \t]+of[ \t]+(?:the[ \t]+two|both)[ \t]+(?P<qual>(?:[A-Z][\w\-]*[ \t]+){0,2})(?:countries|nations|states)\b"
)
_CAPITALISED_RUN_RE = compile_fast(r"\b[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}")


def _two_countries_before(text: str, lay: Layout, idx: Index, at: int, qualifier: str) -> list[str]:
    """The last two countries the sentence names together before ``at`` ("Armenia and Azerbaijan have committed to
    peace as he hosted the leaders of the two nations"), both of the region ``qualifier`` names when it names one
    ("the two South Caucasus nations": not "Russia and Ukraine"); none when it names no such pair."""
    s, _ = lay.sentence_at(at)
    region = next((p for p in idx.places.matches(qualifier.strip()) if p.kind.value == "region"), None) if qualifier else None
    found: list[tuple[Place, int, int]] = []
    for m in _CAPITALISED_RUN_RE.finditer(text, s, at):
        hit = _country_prefix(idx, m.group())
        if hit is not None:
            found.append((hit[0], m.start(), m.start() + hit[1]))
    for (a, _, a_end), (b, b_start, _) in reversed(list(itertools.pairwise(found))):
        if a.id != b.id and _PAIRED_RE.fullmatch(text, a_end, b_start):
            if region is not None and not (region.id in a.within and region.id in b.within):
                return []
            return [a.name, b.name]
    return []



def person_titles(pid: str, idx: Index, out: Mentions, day: _dt.date | None) -> list[tuple[str | None, str]]:
    """The (country, title) pairs a person has in this document or, on ``day``, in the registry."""
    cache: dict[str, list[tuple[str | None, str]]] = out.title_cache
    if pid in cache:
        return cache[pid]
    found = list(out.titles.get(pid, ()))
    found.extend(idx.registry_titles(pid, day))
    cache[pid] = found
    return found


def _registry_titles(idx: Index, pid: str, day: _dt.date | None) -> tuple[tuple[str | None, str], ...]:
    """The (country, title) pairs of the offices the registry gives a person on ``day`` (every office without a day)."""
    p = idx.people.get(pid)
    if p is None:
        return ()
    offices = p.offices_on(day) if day is not None else p.offices
    return tuple((o.country or p.country, o.title) for o in offices)


def _known_holders(idx: Index, office: str, day: _dt.date | None) -> tuple[str, ...] | None:
    """The ids of who holds ``office`` ("Minister of Foreign Affairs of Armenia") on ``day`` (ever held it, without
    one), None for an office the registry does not know: :meth:`ActorRegistry.known_holders`, asked once per office
    and day (``idx.known_holders``)."""
    known = idx.registry.known_holders(office, on=day)
    return None if known is None else tuple(p.id for p in known)


_NEAR_BEFORE = 4000
# an office "of the Republic", "of the country": a state's, no institution's
_STATE_WORDS_RE = compile_fast(r"(?:the[ \t]+)?(?:republic|country|state|nation|government)\b", re.IGNORECASE)
_NEAR_AFTER = 1500


def _resolve_office(
    o: Office,
    idx: Index,
    out: Mentions,
    day: _dt.date | None,
    people: list[Mention],
    starts: list[int],
    paired: frozenset[int] = frozenset(),
) -> None:
    if o.title == "counterpart":
        _resolve_counterpart(o, idx, day, people, starts)
        return
    lo = bisect.bisect_left(starts, o.start - _NEAR_BEFORE)
    hi = bisect.bisect_right(starts, o.end + _NEAR_AFTER)
    named = list(dict.fromkeys(mm.pid for mm in people[lo:hi] if mm.pid))
    if o.institution and day is not None and not o.plural:
        known = idx.known_holders(o.key, day)
        if known is not None and len(known) == 1:  # the one holder the registry knows on that day
            o.holders.append((known[0], known[0] in named))
            return
    if o.bare:
        return  # "Mr President": capitalised words that name no institution the office is of
    targets: list[str | None] = list(o.countries) or [None]
    for country in targets:
        place = idx.country(country) if country else None
        here = []
        for pid in named:
            for c, t in person_titles(pid, idx, out, day):
                if country is not None and (c is None or c.lower() != country.lower()):
                    continue
                if o.institution is not None and not _STATE_WORDS_RE.match(o.institution):
                    # "the President of the European Council": that institution's, no state's
                    if (o.institution.lower() in t.lower() and o.title.lower() in t.lower()) or pid in (
                        idx.known_holders(o.key, None) or ()
                    ):
                        here.append(pid)
                        break
                    continue
                where = place if place is not None else (idx.country(c) if c else None)
                # a generic title is what it means there: "the head of state" of Azerbaijan is its President
                wanted = o.title if o.title == _LEADER else idx.registry.meaning(o.title, where.id if where else None)
                # or an office that counts as it: a Senior Advisor for Caucasus Negotiations is an envoy
                if title_matches(wanted, t, where) or (o.title != _LEADER and wanted in idx.registry.counts_as(t)):
                    here.append(pid)
                    break
        # a plural names several: "the two leaders" is not the one leader named near it
        if (len(here) == 1 and not (o.plural and country is None)) or (here and country is None and not o.plural):
            near = people[lo:hi]
            single = [mm for mm in near if mm.start not in paired]  # (one named alone, if any is, before a pair)
            alone = any(mm.pid in here and mm.start < o.start for mm in single)
            latest = _latest_before(here, single if alone else near, o.start)
            o.holders.append((latest if country is None else here[0], True))
            continue
        if len(here) > 1:
            continue
        if day is None or country is None:
            continue
        known = idx.known_holders(f"{o.title} of {country}", day)
        found = known if known is not None else idx.holders(o.title, country, day)
        if len(found) == 1:
            o.holders.append((found[0], False))


COUNTERPART_BACK = 300  # "Erdogan ... his Azerbaijani counterpart": whose counterpart, named this close before


def _resolve_counterpart(o: Office, idx: Index, day: _dt.date | None, people: list[Mention], starts: list[int]) -> None:
    """"his Azerbaijani counterpart", "his counterparts from Armenia and Azerbaijan": the holders, in those countries
    on that day, of the office the person named just before holds (a leader's counterpart is the country's leader, a
    foreign minister's its foreign minister, a Secretary of State's too)."""
    if not o.countries or day is None:
        return
    i = bisect.bisect_left(starts, o.start) - 1
    pid = people[i].pid if i >= 0 and people[i].start >= o.start - COUNTERPART_BACK else None
    if pid:
        _counterpart_of(o, idx, day, pid)


def _counterpart_of(o: Office, idx: Index, day: _dt.date, pid: str) -> None:
    """The holders of ``pid``'s office, on ``day``, in the countries of the counterpart office ``o``."""
    titles = idx.registry_titles(pid, day)
    for country in o.countries:
        for held_in, title in titles:
            if held_in == country:
                continue
            if _title_matches(_LEADER, title):
                offices = [f"{_LEADER.title()} of {country}"]
            else:  # the title itself, then the ones it counts as (a Secretary of State's counterpart: a foreign minister)
                wider = idx.registry.counts_as(title) - {title}
                offices = [f"{t} of {country}" for t in (title, *sorted(wider))]
            known = next((k for k in (idx.known_holders(office, day) for office in offices) if k), None)
            if known is not None and len(known) == 1:
                o.holders.append((known[0], False))
                break


def _latest_before(pids: list[str], people: list[Mention], pos: int) -> str:
    """Of people who may hold an office named alone ("The President"), the one named last before it: the one it
    refers back to; the last of them when none is named before it. ``people``: mentions in the text's order (only
    those of persons count)."""
    found = (mm.pid for mm in reversed(people) if mm.kind is PERSON and mm.start < pos and mm.pid and mm.pid in pids)
    return next(found, pids[-1])


# between two people named together: "A and B", "A, and B", "A and [Foreign Minister] B"
_PAIR_JOIN_RE = compile_fast(r"[ \t]*,?[ \t]*and[ \t]+(?:[A-Z][\w’'.\-]*[ \t]+){0,4}")


def _paired(text: str, people: list[Mention]) -> frozenset[int]:
    """Where people named two together stand ("the Armenian and Azerbaijani FMs, A and B"): an office named alone after
    them ("the FM stressed") stands for another holder named before, one on their own, when there is one."""
    out: set[int] = set()
    for a, b in itertools.pairwise(people):
        if _PAIR_JOIN_RE.fullmatch(text, a.end, b.start) and not _VERB_AFTER_RE.match(text, b.end):
            out.update((a.start, b.start))  # (not "A and B held talks": the two are the clause's subject, who spoke)
    return frozenset(out)


_VERB_AFTER_RE = compile_fast(r"[ \t]+(?:also[ \t]+)?(?:[a-z]+ed|held|met|spoke|said|told|made|had|were|are|will|would|have)\b")


def _holders(idx: Index, title: str, country: str, day: _dt.date) -> tuple[str, ...]:
    """Who held a title the registry's offices do not list by that name, in a country, on a day (``idx.holders``)."""
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
