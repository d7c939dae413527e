"""kg: knowledge graphs from Indonesian and English news.

>>> import kg
>>> g = kg.KnowledgeGraph()                       # doctest: +SKIP
>>> g.add_file("examples/seed-blinken-astana.txt")  # doctest: +SKIP
"""

__version__ = "0.1.0"

from kg.api import AddReport, KnowledgeGraph  # noqa: E402
from kg.errors import (  # noqa: E402
    InputError,
    KgError,
    ModelError,
    OutputError,
    QueryError,
    StoreError,
)

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
