"""The last stage: the model's records from what the stages found, each with its evidence spans.

People named in the document cite their names; a statement cites its words and who said them; a meeting cites
its words, place and date, and each participant the span that names them (or the office that stands for them).
Every record is ``Review.MACHINE``: a draft for a person to review.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Callable

import attrs

from ..dates import PartialDate
from ..model import (
    Attendance,
    Basis,
    Document,
    Evidence,
    Location,
    Meeting,
    Participant,
    ParticipantKind,
    Review,
    Statement,
)
from ..registry import PlaceRegistry
from .dates import resolve
from .types import PERSON, DateMention, Draft, Mentions, Said

__all__ = ["Records"]


class Records:
    """The records of one document, built from its mentions, attributed quotations and meeting drafts."""

    def __init__(self, document: Document, known: dict[str, Participant], places: PlaceRegistry) -> None:
        self.document = document
        self.known = known  # every participant the document may cite: the registry's and its new people
        self.places = places  # where a city's country is looked up
        self.evidence: dict[str, list[Evidence]] = {}  # participant id -> the spans naming it
        self.involved: list[str] = []  # participants who speak or take part, in order

    def _span(self, start: int, end: int) -> Evidence:
        return self.document.span(start, end)

    def name_mentions(self, mentions: Mentions) -> None:
        """Every span that names a known person by name."""
        for mm in mentions.items:
            if mm.kind is PERSON and mm.pid and mm.named:
                self.evidence.setdefault(mm.pid, []).append(self._span(mm.start, mm.end))

    def statements(
        self,
        said: list[Said],
        dates: list[DateMention],
        ref: _dt.date | None,
        year_at: Callable[[int], int | None],
        reading: str,
    ) -> list[Statement]:
        """A statement per attributed quotation, dated by a date in its frame ("..., he said on Monday"); ``reading``
        is the text as the rules read it (its words and dates), the statement's words are the document's own."""
        doc_id, text = self.document.id, self.document.text
        date_starts = [d.start for d in dates]
        out: list[Statement] = []
        taken: set[str] = set()
        for sd in said:
            q = sd.quote
            speaker = self.known.get(sd.speaker)
            if speaker is None:
                continue
            if speaker.kind is ParticipantKind.ORGANIZATION and sd.speaker_span:
                self.evidence.setdefault(sd.speaker, []).append(self._span(*sd.speaker_span))
            date = PartialDate()
            if sd.date_at:
                i = bisect.bisect_left(date_starts, sd.date_at[0])
                for d in dates[i:]:
                    if d.start >= sd.date_at[1]:
                        break
                    got = resolve(d, ref, year_at(d.start), reading[sd.date_at[0] : sd.date_at[1]])
                    if got is not None:
                        date = got
                        break
            q_end = q.end
            while q_end > q.start + 1 and text[q_end - 1] in ",":
                q_end -= 1  # the comma before ', he said' belongs to the sentence, not the words
            out.append(
                Statement(
                    id=_stable_id(f"{doc_id}-s{q.start}", taken),
                    speakers=(sd.speaker,),
                    text=text[q.start : q_end],
                    date=date,
                    channel=sd.channel,
                    evidence=(self._span(q.start, q_end),),
                    speaker_evidence=(self._span(*sd.speaker_span),) if sd.speaker_span else (),
                    review=Review.MACHINE,
                )
            )
            self.involved.append(sd.speaker)
        return out

    def meetings(self, drafts: list[Draft]) -> list[Meeting]:
        """A meeting per draft: its date (and the last day of a range), city, format, status and participants."""
        out: list[Meeting] = []
        taken: set[str] = set()
        for dr in drafts:
            date = dr.date or PartialDate()
            location = None
            if dr.place:
                location = self._location(dr.place, dr.place_span)
            out.append(
                Meeting(
                    id=_stable_id(f"{self.document.id}-m{min(dr.evidence)[0]}", taken),
                    date=date,
                    end_date=_end_date(date, dr.end_day),
                    location=location,
                    format=dr.format,
                    participants=self._attendance(dr),
                    status=dr.status,
                    evidence=[self._span(a, b) for a, b in sorted(dr.evidence)],
                    review=Review.MACHINE,
                )
            )
        return out

    def _location(self, city: str, span: tuple[int, int] | None) -> Location:
        """A city the text names, with its country from the place registry (public knowledge, said so)."""
        found = self.places.city_of(city)
        country = found.country if found is not None else None
        return Location(
            city=city,
            country=country,
            evidence=(self._span(*span),) if span else (),
            basis=Basis(reason=f"The country of {city} is from the place registry.") if country else None,
        )

    def _attendance(self, dr: Draft) -> list[Attendance]:
        out = []
        for pid, (role, by_office, span) in dr.participants.items():
            if pid not in self.known or self.known[pid].kind is ParticipantKind.COMMENTATOR:
                continue  # a commentator speaks about meetings, is not at them
            out.append(
                Attendance(participant=pid, role=role, by_office=by_office, evidence=(self._span(*span),) if span else ())
            )
            self.involved.append(pid)
        return out

    def participants(self) -> list[Participant]:
        """Everyone the document names, speaks or takes part, with the spans naming them."""
        out: list[Participant] = []
        for pid in dict.fromkeys([*self.evidence, *self.involved]):
            found = self.known.get(pid)
            if found is not None:
                out.append(attrs.evolve(found, evidence=tuple(self.evidence.get(pid, ())), review=Review.MACHINE))
        return out


def _end_date(date: PartialDate, end_day: int | None) -> PartialDate | None:
    """The last day of a range of days ("May 1-4"), when it is a day of the same month after the first."""
    if not (end_day and date.day is not None and date.year and date.month and end_day > date.day):
        return None
    try:
        _dt.date(date.year, date.month, end_day)
    except ValueError:
        return None
    return PartialDate(date.year, date.month, end_day, basis=date.basis)


def _stable_id(base: str, taken: set[str]) -> str:
    """A record id from where its first span starts, so that it stays the same when the document is extracted again.

    Two records starting at one offset (rare) are told apart by a letter.
    """
    found, letter = base, ord("a")
    while found in taken:
        found, letter = f"{base}{chr(letter)}", letter + 1
    taken.add(found)
    return found
