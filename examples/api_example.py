"""A short tour of kg's Python API: build a graph from articles, query it, walk it.

Run: .venv/bin/python examples/api_example.py
"""

from pathlib import Path

import kg

HERE = Path(__file__).parent

g = kg.KnowledgeGraph()  # in memory; kg.KnowledgeGraph(store="graph.db") keeps it on disk
report = g.add_file(HERE / "seed-blinken-astana.txt")
print(f"{report.source}: {report.entities} entities, {report.relations} relations")

# English text goes into the same graph; shared places and people become the same nodes.
g.add_text(
    "U.S. Secretary of State Antony Blinken arrived in Tashkent, Uzbekistan, on Wednesday "
    "and met Uzbek President Shavkat Mirziyoyev.",
    source="example-wire",
)

# SPARQL over the whole graph, with kg's prefixes predeclared.
for row in g.query((HERE / "queries" / "who-met-whom.rq").read_text("utf-8")):
    print("met:", *row)

# The evidence behind each edge, from the NetworkX view.
nxg = g.to_networkx()
for s, o, predicate, data in nxg.edges(keys=True, data=True):
    ev = data["evidence"][0]
    print(
        f"{nxg.nodes[s]['label']} -{predicate}-> {nxg.nodes[o]['label']}: "
        f"{ev['text']!r} [{ev['begin']}:{ev['end']}] ({ev['rule']}, {data['confidence']})"
    )

g.save("build/example.ttl")
g.to_html("build/example.html")
print("wrote build/example.ttl and build/example.html")
