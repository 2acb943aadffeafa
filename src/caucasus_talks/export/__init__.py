"""Every output of the library, in one place: the interchange JSON, the tables, pandas, networkx, event data, the timeline.

``caucasus-talks extract`` and ``export --by-document`` write the
interchange JSON (:mod:`.interchange`); ``caucasus-talks export --format
csv|jsonl|json|plover DIR`` writes the tables (:mod:`.files`) and the event
data (:mod:`.events`); ``caucasus-talks timeline --html`` writes the page
(:mod:`.timeline`); ``corpus.to_pandas()`` and ``corpus.to_networkx()`` call
:mod:`.frames` and :mod:`.graph`. All of them start from one mapping of
each record to a plain dict (:mod:`.plain`).

The exports read a corpus's four tables and nothing else of it
(:class:`~caucasus_talks.model.Records`), so they do not import the corpus
module. Each name below is imported on first use; pandas and networkx, the
optional extras, only when asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import exports as _exports

if TYPE_CHECKING:
    from .events import CAMEO_LABELS, CODEBOOK, Coding, code_meeting, events, write_events
    from .files import FORMATS, csv_cell, write_tables
    from .frames import to_pandas
    from .graph import to_networkx
    from .interchange import document_interchange
    from .tables import COLUMNS, tables
    from .timeline import render_html, timeline_data, write_html
else:
    __getattr__, __dir__ = _exports(
        __name__,
        {
            "CAMEO_LABELS": ".events:CAMEO_LABELS",
            "CODEBOOK": ".events:CODEBOOK",
            "Coding": ".events:Coding",
            "code_meeting": ".events:code_meeting",
            "events": ".events:events",
            "write_events": ".events:write_events",
            "FORMATS": ".files:FORMATS",
            "csv_cell": ".files:csv_cell",
            "write_tables": ".files:write_tables",
            "to_pandas": ".frames:to_pandas",
            "to_networkx": ".graph:to_networkx",
            "document_interchange": ".interchange:document_interchange",
            "COLUMNS": ".tables:COLUMNS",
            "tables": ".tables:tables",
            "render_html": ".timeline:render_html",
            "timeline_data": ".timeline:timeline_data",
            "write_html": ".timeline:write_html",
        },
    )

__all__ = [
    "CAMEO_LABELS",
    "CODEBOOK",
    "COLUMNS",
    "FORMATS",
    "Coding",
    "code_meeting",
    "csv_cell",
    "document_interchange",
    "events",
    "render_html",
    "tables",
    "timeline_data",
    "to_networkx",
    "to_pandas",
    "write_events",
    "write_html",
    "write_tables",
]
