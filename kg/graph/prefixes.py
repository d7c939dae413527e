"""kg's SPARQL and Turtle prefixes as plain strings, importable without rdflib (the fast read
path of ``kg query`` declares them). :mod:`kg.graph.namespace` builds its namespaces from this
table; ``tests/graph/test_ontology.py`` checks the two agree."""

__all__ = ["PREFIX_IRIS"]

PREFIX_IRIS: dict[str, str] = {
    "kg": "https://w3id.org/kg-news/ontology#",
    "kgr": "https://w3id.org/kg-news/resource/",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
}
