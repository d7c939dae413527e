"""Frames: how each kind of trigger finds its subject and objects in the sentence.

A trigger in ``ontology/lexicon/<lang>.jsonl`` names its frame; ``FRAMES`` maps the name to the
function (``registry``), and importing this package registers every frame. A frame writes its
trigger's predicate (``trig.predicate``), so a new relation can reuse a frame whose roles fit
(``ontology/README.md``, "Adding a relation").
Frames read token order and entity types, with coordination ("X dan Y", "X, Y and Z"),
appositions ("ibu kota Armenia, Yerevan") and title phrases; negation and hedges block them.

The modules, lower ones first (each imports only the ones above it):

- ``registry``: ``FRAMES``, the ``frame`` decorator and ``add_relation``;
- ``places``: a place's gazetteer country;
- ``objects``: the mentions right of a trigger, with their coordination and appositions;
- ``subjects``: who acts (the clause's subject, coordinated persons, companions);
- ``venues``: the visits an event's place gives ("bertemu X di P");
- one module per family of frames: ``visits``, ``presence`` (at an event placed before),
  ``meetings``, ``borders``, ``invasions``, ``governing`` and ``speakers``.
"""

from __future__ import annotations

# Imported for their @frame registrations.
from kg.extract.frames import (  # noqa: F401
    borders,
    governing,
    invasions,
    meetings,
    presence,
    speakers,
    visits,
)
from kg.extract.frames.registry import FRAMES, frame

__all__ = ["FRAMES", "frame"]
