"""Check a graph against ``ontology/shapes.ttl`` (SHACL) with pySHACL.

The shapes state what a well-formed kg graph is: typed, labelled entities; evidence whose
offsets lie inside its document; confidences in [0, 1]; the ontology's domains and ranges.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.resources import ontology_path

__all__ = ["ValidationReport", "validate"]


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, how many SHACL results it produced, and pySHACL's text."""

    conforms: bool
    violations: int
    text: str


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_path("shapes.ttl"), format="turtle")


def validate(graph: Graph) -> ValidationReport:
    """Validate ``graph`` (the union of documents) against kg's SHACL shapes."""
    import pyshacl

    conforms, report, text = pyshacl.validate(graph, shacl_graph=_shapes(), inference="none")
    violations = len(set(report.subjects(RDF.type, SH.ValidationResult)))
    return ValidationReport(bool(conforms), violations, text)
