"""Read-only SPARQL 1.1 endpoint over the knowledge graph (see kg/serve/README.md).

The default graph is the union of the per-document named graphs, as in
ontology/README.md; queries run in worker processes, bounded in time, memory and result size.
"""

from kg.serve.app import make_app
from kg.serve.engine import open_store_readonly
from kg.serve.server import ServeError, make_server, serve

__all__ = ["ServeError", "make_app", "make_server", "open_store_readonly", "serve"]
