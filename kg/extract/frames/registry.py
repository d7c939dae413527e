"""The frame registry: lexicon triggers name their frame, and ``FRAMES`` maps that name to
the function that fills the roles.

Frames are registered by name (like spaCy's registered functions) so the lexicon can use them
without code changes. A frame writes its trigger's own predicate (``add_relation``), so a new
relation can reuse a frame whose roles fit (``ontology/README.md``, "Adding a relation").
Kept apart from the package's ``__init__`` so that the frame modules can register themselves
without importing the package that imports them.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.lexicon import Trigger
from kg.extract.model import Mention

__all__ = ["FRAMES", "Frame", "add_relation", "frame"]

#: A frame reads one trigger match: ``(ctx, sent, trig, start, end)``, token offsets in the doc.
Frame = Callable[[Context, Span, Trigger, int, int], None]
#: Every frame by the name the lexicon uses (filled by the ``@frame`` decorators).
FRAMES: dict[str, Frame] = {}


def frame(name: str) -> Callable[[Frame], Frame]:
    """Register the decorated function in ``FRAMES`` under ``name``, for lexicon entries."""

    def register(fn: Frame) -> Frame:
        FRAMES[name] = fn
        return fn

    return register


def add_relation(
    ctx: Context, sent: Span, trig: Trigger, subj: Mention, obj: Mention, weight: float = 1.0
) -> None:
    """Record the trigger's own relation (``trig.predicate``), at its confidence times how
    sure the frame is of its roles."""
    ctx.add(
        subj, trig.predicate, obj, rule=trig.rule, confidence=trig.confidence * weight, sent=sent
    )
