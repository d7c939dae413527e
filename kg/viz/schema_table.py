"""The schema's entity classes and relations as a small shipped table, so ``kg view`` on a store
can ask for them without rdflib.

Why: :mod:`kg.schema` reads ``ontology/kg.ttl`` with rdflib, and importing rdflib takes longer
than the whole command may (BENCHMARKS.md). The table (``schema-table.json`` beside this module)
holds what :func:`kg.schema.sparql_values` lists, with a checksum of ``kg.ttl``; when the
vocabulary has changed since (a relation added by editing ``ontology/`` alone), the table is
ignored and the schema is read as everywhere else, with the same result, only slower.
``python -m kg.devtools.prepare`` rewrites it; ``tests/viz/test_store_view.py`` fails when it is
stale.
"""

from __future__ import annotations

import json
import zlib
from functools import cache
from pathlib import Path

from kg.resources import ontology_path

__all__ = ["TABLE_PATH", "SchemaTable", "fingerprint", "schema_table", "write_table"]

TABLE_PATH = Path(__file__).with_name("schema-table.json")

#: {"classes": {local name: IRI}, "relations": {local name: IRI}}
SchemaTable = dict[str, dict[str, str]]


def fingerprint() -> str:
    """Checksum of the vocabulary the table was computed from. CRC-32 tells an edited
    ``kg.ttl`` from the shipped one as well as a cryptographic digest would (nobody forges a
    collision against their own ontology), and zlib loads in a tenth of hashlib's time."""
    return f"crc32:{zlib.crc32(ontology_path('kg.ttl').read_bytes()):08x}"


def computed_table() -> SchemaTable:
    """The table from :mod:`kg.schema` (rdflib)."""
    from kg.schema import entity_class_iris, relations

    return {
        "classes": {name: str(iri) for name, iri in sorted(entity_class_iris().items())},
        "relations": {name: str(spec.iri) for name, spec in relations().items()},
    }


@cache
def schema_table() -> SchemaTable:
    """The shipped table when it matches ``kg.ttl``, else the schema read afresh."""
    if TABLE_PATH.is_file():
        stored = json.loads(TABLE_PATH.read_text("utf-8"))
        if stored.get("fingerprint") == fingerprint():
            return {"classes": stored["classes"], "relations": stored["relations"]}
    return computed_table()


def write_table() -> Path:
    """Store the table with its fingerprint, deterministically (same inputs, same bytes)."""
    payload = {"fingerprint": fingerprint(), **computed_table()}
    TABLE_PATH.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n", "utf-8")
    schema_table.cache_clear()
    return TABLE_PATH
