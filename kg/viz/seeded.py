"""The seeded random numbers of the page's layout and communities, without :mod:`random`.

Why: importing :mod:`random` (with :mod:`bisect`, :mod:`hashlib`'s SHA-512 and the rest of
its module) took ~1 ms of ``kg view`` on a store, which needs four methods of one seeded
generator. :class:`SeededRandom` is the same Mersenne Twister (:class:`_random.Random`, which
``random.Random`` extends) with those four methods written as CPython 3.11 writes them, so a
seed gives the very numbers ``random.Random(seed)`` gives (``tests/viz/test_seeded.py``
compares them), and the page stays the same.
"""

from __future__ import annotations

import math
from _random import Random as _MersenneTwister
from typing import Any

__all__ = ["SeededRandom"]


class SeededRandom(_MersenneTwister):
    """``random.Random(seed)`` for an int seed, as far as kg's view uses it: ``random()``,
    ``randrange(n)``, ``shuffle(items)`` and ``gauss(mu, sigma)``.

    >>> import random
    >>> SeededRandom(7).randrange(1000) == random.Random(7).randrange(1000)
    True
    """

    #: The second number of the last Box-Muller pair, not yet returned.
    _gauss_next: float | None = None

    def _below(self, n: int) -> int:
        """A uniform int in [0, n): fresh bits until they fall below n (``_randbelow``)."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, n: int) -> int:
        """A uniform int in [0, n), n > 0."""
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return self._below(n)

    def shuffle(self, items: list[Any]) -> None:
        """Shuffle in place (Fisher-Yates from the end)."""
        for i in reversed(range(1, len(items))):
            j = self._below(i + 1)
            items[i], items[j] = items[j], items[i]

    def gauss(self, mu: float = 0.0, sigma: float = 1.0) -> float:
        """A normal deviate; numbers come in pairs (Box-Muller), the second kept for the next
        call."""
        z = self._gauss_next
        self._gauss_next = None
        if z is None:
            x2pi = self.random() * (2.0 * math.pi)
            g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            z = math.cos(x2pi) * g2rad
            self._gauss_next = math.sin(x2pi) * g2rad
        return mu + z * sigma
