"""Who met whom as a networkx graph (needs the ``networkx`` extra).

The pairs are those of :func:`caucasus_talks.pairs.held_pairs`: two
participants of one held meeting, whatever its format (a phone call counts);
planned, proposed, rumoured and cancelled meetings are not meetings that happened.

Every attribute is a string or an integer and a missing value is left out, so
the graph writes as GraphML and GEXF as it is (``networkx.write_graphml``).
"""

from __future__ import annotations

from typing import Any

from ..model import Records
from ..pairs import held_pairs
from . import plain
from ._optional import require

__all__ = ["LIST_SEPARATOR", "to_networkx"]

#: How a list of ids is written as one attribute (as in the CSV export): ``"a|b|c"``.
LIST_SEPARATOR = "|"


def _present(**attributes: Any) -> dict[str, Any]:
    """The attributes that have a value: GraphML and GEXF have no ``None``."""
    return {key: value for key, value in attributes.items() if value is not None}


def to_networkx(corpus: Records) -> Any:
    """The who-met-whom graph as a ``networkx.Graph`` (needs the ``networkx`` extra).

    Nodes are participant ids with ``name``, ``kind`` and, when known,
    ``country``; an edge joins two participants who met, with ``weight`` (how
    many meetings), ``meetings`` (their ids in order, joined by ``|``), and,
    when any of them is dated, ``first`` and ``last`` (ISO dates).
    """
    nx = require("networkx", "networkx", "corpus.to_networkx()")
    graph = nx.Graph()
    for p in corpus.participants:
        graph.add_node(p.id, **_present(name=p.name, kind=p.kind.value, country=p.country))
    for pair in map(plain.pair, held_pairs(corpus)):
        attributes = _present(
            weight=pair["count"], meetings=LIST_SEPARATOR.join(pair["meetings"]), first=pair["first"], last=pair["last"]
        )
        graph.add_edge(pair["a"], pair["b"], **attributes)
    return graph
