"""A corpus that grows: an embedded SQLite store with incremental add and queries through indexes.

>>> import caucasus_talks as ct
>>> from caucasus_talks.store import Store

A corpus folder (:meth:`Corpus.save <caucasus_talks.Corpus.save>`) is the
reviewable, interchangeable form of a corpus, read and written whole. A
:class:`Store` holds the same records in one SQLite file (the standard
library's ``sqlite3``; nothing to install), adds a document by writing only
its own records, and answers :mod:`caucasus_talks.query` through indexes
without reading the rest. The two convert both ways without loss:
:meth:`Store.from_corpus` and :meth:`Store.to_corpus`, or
``caucasus-talks store import`` and ``store export``.
"""

from __future__ import annotations

from ._store import Store
from .schema import VERSION

__all__ = ["VERSION", "Store"]
