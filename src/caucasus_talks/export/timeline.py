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
from typing import Any

from .._data import bundled_text, once
from .._files import write_atomic
from ..model import Records
from ..pairs import held_pairs
from . import plain

__all__ = ["render_html", "timeline_data", "write_html"]

_MARKER_RE = re.compile(r"(@@[A-Z]+@@)")


@once
def _assets() -> tuple[str, str, str, str]:
    """The page template, its style sheet, its script, and the content security policy that allows just those two."""
    page, css, js = (bundled_text("timeline", name) for name in ("timeline.html", "timeline.css", "timeline.js"))
    policy = (
        f"default-src 'none'; script-src {_sha256(js)}; style-src {_sha256(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return page, css, js, policy


def _meeting(record: dict[str, Any], statements: list[str]) -> dict[str, Any]:
    return {
        "id": record["id"],
        "title": record["title"],
        "date": record["date"],
        "precision": record["date_precision"],
        "basis": record["date_basis"],
        "reason": record["date_reason"],
        "end_date": record["end_date"],
        "first_day": record["date_earliest"],
        "last_day": record["last_day"],
        "format": record["format"],
        "status": record["status"],
        "place": record["place"],
        "participants": [{"id": a["participant"], "role": a["role"], "by_office": a["by_office"]} for a in record["attendance"]],
        "mediators": record["mediator_ids"],
        "topics": record["topics"],
        "statements": statements,
        "sources": record["evidence"],
        "basis_reason": record["basis"],
        "review": record["review"],
    }


def _statement(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "speakers": record["speakers"],
        "text": record["text"],
        "date": record["date"],
        "channel": record["channel"],
        "sources": record["evidence"],
    }


def timeline_data(corpus: Records) -> dict[str, Any]:
    """What the page shows, as plain JSON-ready data (meetings in the corpus's chronological order)."""
    at_meeting: dict[str, list[str]] = {}
    for s in corpus.statements:
        if s.meeting is not None:
            at_meeting.setdefault(s.meeting, []).append(s.id)
    referenced = {s for ids in at_meeting.values() for s in ids}
    from .. import __version__

    return {
        "version": __version__,
        "meetings": [_meeting(plain.meeting(m), at_meeting.get(m.id, [])) for m in corpus.meetings],
        "participants": {p["id"]: plain.pick(p, "name", "kind", "country") for p in map(plain.participant, corpus.participants)},
        "statements": {s.id: _statement(plain.statement(s)) for s in corpus.statements if s.id in referenced},
        "documents": {
            d["id"]: plain.pick(d, "title", "outlet", "url", "published") for d in map(plain.document, corpus.documents)
        },
        "pairs": [plain.pick(plain.pair(p), "a", "b", "count", "first", "last") for p in held_pairs(corpus)],
    }


def _script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``<``, ``>`` or ``&`` can close the element or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(corpus: Records, *, title: str = "Armenia–Azerbaijan talks: timeline") -> str:
    """The timeline page for ``corpus`` as one HTML string (deterministic: same corpus, same page)."""
    page, css, js, policy = _assets()
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


def write_html(corpus: Records, path: str | Path) -> Path:
    """Write the timeline page for ``corpus`` to ``path`` atomically; returns the path."""
    target = Path(path)
    write_atomic(target, render_html(corpus))
    return target
