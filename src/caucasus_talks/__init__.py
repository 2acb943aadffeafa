"""caucasus-talks: the Armenia-Azerbaijan peace talks as typed, queryable, verifiable data.

>>> import caucasus_talks as ct
>>> corpus = ct.load_corpus()
>>> len(corpus.documents)
5
"""

from . import query
from .corpus import Corpus, load_corpus
from .dates import DateBasis, PartialDate, Precision
from .errors import DataError, Problem
from .export.interchange import document_interchange
from .extract import Extraction, extract, extract_bag
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
    Role,
    Statement,
)
from .registry import AmbiguousNameError, UnknownNameError

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
    "Role",
    "Statement",
    "UnknownNameError",
    "__version__",
    "document_interchange",
    "extract",
    "extract_bag",
    "load_corpus",
    "query",
]
