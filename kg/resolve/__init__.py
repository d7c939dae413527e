"""Resolve stage: one entity per real-world thing in a document, with every name it goes by.

Rules, in order: gazetteer-linked mentions share their gazetteer id; a capital used only as a
government ("Washington mendukung", "pengaruh Moskow") is its country; a person's shorter
names ("Blinken") join the full name that contains them; pronouns join their antecedent;
anything else is grouped by normalised name. Relations are then mapped onto entities and
checked against the ontology's domains and ranges, and kept when their best evidence reaches
the confidence gate; the weaker ones are dropped, or kept apart as candidates when a floor is
asked for (``gate_and_floor``), never asserted.
"""

from __future__ import annotations

from kg.resolve.entities import Entity, Resolved, ResolvedRelation, gate_and_floor, resolve

__all__ = ["Entity", "Resolved", "ResolvedRelation", "gate_and_floor", "resolve"]
