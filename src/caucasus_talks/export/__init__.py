"""Exports for the tools analysts already use: CSV and JSON Lines tables, pandas, networkx, event data.

``corpus.to_pandas()`` and ``corpus.to_networkx()`` call into this package;
``caucasus-talks export --format csv|jsonl|json|plover DIR`` writes the files.
pandas and networkx are optional extras, imported only when asked for.
"""

from .events import CAMEO_LABELS, CODEBOOK, Coding, code_meeting, events, write_events
from .files import FORMATS, csv_cell, write_tables
from .frames import to_pandas
from .graph import Pair, meeting_pairs, to_networkx
from .tables import COLUMNS, tables

__all__ = [
    "CAMEO_LABELS",
    "CODEBOOK",
    "COLUMNS",
    "FORMATS",
    "Coding",
    "Pair",
    "code_meeting",
    "csv_cell",
    "events",
    "meeting_pairs",
    "tables",
    "to_networkx",
    "to_pandas",
    "write_events",
    "write_tables",
]
