"""The visual timeline: the corpus as one self-contained HTML page.

The page holds everything it needs (CSS, JavaScript, the data as JSON) and
loads nothing from anywhere: a Content-Security-Policy allows only its own
inline style and script, pinned by their SHA-256. Text from the documents
travels as JSON in a ``<script type="application/json">`` element with ``<``,
``>`` and ``&`` escaped, and the script puts it on the page with
``textContent`` only, so no document text can ever run as script.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._data import bundled_text, once
from ._files import write_atomic
from .export.graph import meeting_pairs
from .model import Evidence, Meeting, Participant, Statement

if TYPE_CHECKING:
    from .corpus import Corpus

__all__ = ["render_html", "timeline_data", "write_html"]

_MARKER_RE = re.compile(r"(@@[A-Z]+@@)")


@once
def _assets() -> tuple[str, str, str]:
    """The page template, its style sheet and its script."""
    page, css, js = (bundled_text("timeline", name) for name in ("timeline.html", "timeline.css", "timeline.js"))
    return page, css, js


def _spans(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"document": e.document, "start": e.start, "end": e.end, "quote": e.quote} for e in evidence]


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _meeting(m: Meeting, statements: list[str]) -> dict[str, Any]:
    last = m.end_date if m.end_date is not None and m.end_date.known else m.date
    loc = m.location
    return {
        "id": m.id,
        "title": m.title,
        "date": m.date.iso,
        "precision": m.date.precision.value,
        "basis": m.date.basis.value,
        "reason": m.date.reason,
        "end_date": m.end_date.iso if m.end_date is not None else None,
        "first_day": _day(m.date.earliest),
        "last_day": _day(last.latest),
        "format": m.format.value,
        "status": m.status.value,
        "place": {"city": loc.city, "country": loc.country, "venue": loc.venue} if loc is not None else None,
        "participants": [{"id": a.participant, "role": a.role.value, "by_office": a.by_office} for a in m.participants],
        "mediators": list(m.mediator_ids),
        "topics": list(m.topics),
        "statements": statements,
        "sources": _spans(m.evidence),
        "basis_reason": m.basis.reason if m.basis is not None else None,
        "review": m.review.value,
    }


def _participant(p: Participant) -> dict[str, Any]:
    return {"name": p.name, "kind": p.kind.value, "country": p.country}


def _statement(s: Statement) -> dict[str, Any]:
    return {
        "speakers": list(s.speakers),
        "text": s.text,
        "date": s.date.iso,
        "channel": s.channel.value,
        "sources": _spans(s.evidence),
    }


def timeline_data(corpus: Corpus) -> dict[str, Any]:
    """What the page shows, as plain JSON-ready data (meetings in the corpus's chronological order)."""
    at_meeting: dict[str, list[str]] = {}
    for s in corpus.statements:
        if s.meeting is not None:
            at_meeting.setdefault(s.meeting, []).append(s.id)
    referenced = {s for ids in at_meeting.values() for s in ids}
    from . import __version__

    return {
        "version": __version__,
        "meetings": [_meeting(m, at_meeting.get(m.id, [])) for m in corpus.meetings],
        "participants": {p.id: _participant(p) for p in corpus.participants},
        "statements": {s.id: _statement(s) for s in corpus.statements if s.id in referenced},
        "documents": {
            d.id: {"title": d.title, "outlet": d.outlet, "url": d.url, "published": d.published.iso} for d in corpus.documents
        },
        "pairs": [
            {"a": p.a, "b": p.b, "count": p.count, "first": p.first, "last": p.last} for p in meeting_pairs(corpus.meetings)
        ],
    }


def _script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(corpus: Corpus, *, title: str = "Armenia–Azerbaijan talks: timeline") -> str:
    """The timeline page for ``corpus`` as one HTML string (deterministic: same corpus, same page)."""
    page, css, js = _assets()
    policy = (
        f"default-src 'none'; script-src {_sha256(js)}; style-src {_sha256(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    parts = {
        "@@POLICY@@": html.escape(policy),
        "@@TITLE@@": html.escape(title),
        "@@CSS@@": css,
        "@@DATA@@": _script_json(timeline_data(corpus)),
        "@@SCRIPT@@": js,
    }
    # One pass over the template, so a marker inside inserted text is never replaced.
    pieces = _MARKER_RE.split(page)
    missing = set(parts) - set(pieces)
    if missing:
        raise RuntimeError(f"the timeline template lacks {', '.join(sorted(missing))}")
    return "".join(parts.get(piece, piece) for piece in pieces)


def write_html(corpus: Corpus, path: str | Path) -> Path:
    """Write the timeline page for ``corpus`` to ``path`` atomically; returns the path."""
    target = Path(path)
    write_atomic(target, render_html(corpus))
    return target
