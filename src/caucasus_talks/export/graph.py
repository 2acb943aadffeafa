"""Who met whom as a networkx graph (needs the ``networkx`` extra).

The pairs are those of :func:`caucasus_talks.pairs.held_pairs`: two
participants of one held meeting, whatever its format (a phone call counts);
planned, proposed, rumoured and cancelled meetings are not meetings that happened.
"""

from __future__ import annotations

from typing import Any

from ..model import Records
from ..pairs import held_pairs
from . import plain
from ._optional import require

__all__ = ["to_networkx"]


def to_networkx(corpus: Records) -> Any:
    """The who-met-whom graph as a ``networkx.Graph`` (needs the ``networkx`` extra).

    Nodes are participant ids with ``name``, ``kind`` and ``country``; an edge
    joins two participants who met, with ``weight`` (how many meetings),
    ``meetings`` (their ids), ``first`` and ``last`` (ISO dates).
    """
    nx = require("networkx", "networkx", "corpus.to_networkx()")
    graph = nx.Graph()
    for p in corpus.participants:
        graph.add_node(p.id, name=p.name, kind=p.kind.value, country=p.country)
    for pair in map(plain.pair, held_pairs(corpus)):
        graph.add_edge(
            pair["a"], pair["b"], weight=pair["count"], meetings=pair["meetings"], first=pair["first"], last=pair["last"]
        )
    return graph
