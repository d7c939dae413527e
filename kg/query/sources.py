"""A folder of RDF files read as one graph, for ``kg query FOLDER``.

``kg build --each-to DIR`` writes one file per article; querying the folder as one graph
saves merging them first. A folder that is an Oxigraph store is not this: it is opened as
a store (kg.graph.store.load_graph).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import StoreError

if TYPE_CHECKING:
    from rdflib import Dataset

__all__ = ["RDF_SUFFIXES", "is_rdf_folder", "load_rdf_folder"]

RDF_SUFFIXES = (".ttl", ".nt", ".trig", ".nq", ".jsonld")


def is_rdf_folder(path: Path) -> bool:
    """A folder that is not an Oxigraph store (stores have a ``CURRENT`` file)."""
    return path.is_dir() and not (path / "CURRENT").exists()


def load_rdf_folder(path: Path) -> Dataset:
    """Every RDF file under ``path`` (recursively, by suffix) in one in-memory dataset.

    Named graphs of ``.trig``/``.nq`` files stay named; the default graph is their union.
    """
    from kg.graph.store import load_graph, open_dataset

    files = sorted(p for p in path.rglob("*") if p.suffix.lower() in RDF_SUFFIXES and p.is_file())
    if not files:
        raise StoreError(
            f"{path}: neither an Oxigraph store nor a folder of RDF files "
            f"({', '.join(RDF_SUFFIXES)})"
        )
    merged = open_dataset(None)
    for file in files:
        for quad in load_graph(file).quads((None, None, None, None)):
            merged.add(quad)
    return merged
