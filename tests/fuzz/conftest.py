"""Hypothesis profiles for the fuzzing suite.

``make test`` runs every property with a few examples (profile ``quick``), so the suite stays
fast; ``make fuzz`` sets ``KG_FUZZ=long`` for many more. No deadline: the machine is shared
and a slow example is not a failure (timing targets belong in ``make bench``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "quick",
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("long" if os.environ.get("KG_FUZZ") == "long" else "quick")
