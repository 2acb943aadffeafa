"""caucasus-talks: the Armenia-Azerbaijan peace talks as typed, queryable, verifiable data.

>>> import caucasus_talks as ct
>>> corpus = ct.load_corpus()
>>> len(corpus.documents)
5

Importing the package loads the records and the corpus only. The extractor,
the queries, the registries, the exports and the SQLite store are imported the
first time one of their names is used (``ct.extract``, ``ct.query``,
``ct.Store``, ...), so a program that only reads the corpus never pays for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import exports as _exports
from .corpus import Corpus, load_corpus
from .dates import DateBasis, PartialDate, Precision
from .errors import DataError, Problem
from .model import (
    Attendance,
    Basis,
    Channel,
    Document,
    Evidence,
    Location,
    Meeting,
    MeetingFormat,
    MeetingStatus,
    Office,
    Participant,
    ParticipantKind,
    Reading,
    Review,
    Reviewed,
    Role,
    Statement,
)

if TYPE_CHECKING:
    from . import query, review
    from .export.interchange import document_interchange
    from .extract import Extraction, extract, extract_bag, extract_to_folder
    from .registry import AmbiguousNameError, UnknownNameError
    from .store import Store
else:
    __getattr__, __dir__ = _exports(
        __name__,
        {
            "query": ".query",
            "review": ".review",
            "document_interchange": ".export.interchange:document_interchange",
            "Extraction": ".extract:Extraction",
            "extract": ".extract:extract",
            "extract_bag": ".extract:extract_bag",
            "extract_to_folder": ".extract:extract_to_folder",
            "AmbiguousNameError": ".registry:AmbiguousNameError",
            "UnknownNameError": ".registry:UnknownNameError",
            "Store": ".store:Store",
        },
    )

__version__ = "0.1.0"

__all__ = [
    "AmbiguousNameError",
    "Attendance",
    "Basis",
    "Channel",
    "Corpus",
    "DataError",
    "DateBasis",
    "Document",
    "Evidence",
    "Extraction",
    "Location",
    "Meeting",
    "MeetingFormat",
    "MeetingStatus",
    "Office",
    "PartialDate",
    "Participant",
    "ParticipantKind",
    "Precision",
    "Problem",
    "Reading",
    "Review",
    "Reviewed",
    "Role",
    "Statement",
    "Store",
    "UnknownNameError",
    "__version__",
    "document_interchange",
    "extract",
    "extract_bag",
    "extract_to_folder",
    "load_corpus",
    "query",
    "review",
]
