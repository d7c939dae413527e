"""kg: knowledge graphs from Indonesian and English news.

>>> import kg
>>> g = kg.KnowledgeGraph()                       # doctest: +SKIP
>>> g.add_file("examples/seed-blinken-astana.txt")  # doctest: +SKIP

The facade (:class:`KnowledgeGraph`, :class:`AddReport`) is imported on first use (module
``__getattr__``, PEP 562): ``import kg.graph.store`` or ``kg --help`` must not pay for spaCy,
rdflib and NetworkX, which ``kg.api`` pulls in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import (
    InputError,
    KgError,
    ModelError,
    OutputError,
    QueryError,
    StoreError,
)
from kg.lazy import lazy_exports
from kg.version import __version__

if TYPE_CHECKING:
    from kg.api import AddReport, KnowledgeGraph

__all__ = [
    "AddReport",
    "InputError",
    "KgError",
    "KnowledgeGraph",
    "ModelError",
    "OutputError",
    "QueryError",
    "StoreError",
    "__version__",
]

__getattr__, __dir__ = lazy_exports("kg", {"api": ("AddReport", "KnowledgeGraph")})
