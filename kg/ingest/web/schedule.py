"""``kg build --follow --every 15m``: rounds of a batch until Ctrl-C or SIGTERM.

Why a stop flag and not an exception: a signal that raises ``KeyboardInterrupt`` lands
anywhere, in the middle of a document. Here the first Ctrl-C or SIGTERM only sets a flag;
the item streams check it before each next article, so the document in hand is finished and
committed, the round ends with its summary, and the command exits cleanly. A second Ctrl-C
interrupts at once, for when finishing is not wanted.
"""

from __future__ import annotations

import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from kg.errors import InputError

__all__ = ["parse_every", "rounds", "stop_on_signals", "until_stopped"]

T = TypeVar("T")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd])")


def parse_every(text: str) -> float:
    """Seconds from a duration such as ``15m``, ``90s``, ``1h30m`` or ``600`` (seconds).

    >>> parse_every("1h30m")
    5400.0
    """
    value = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        seconds = float(value)
    elif value and _PART.sub("", value) == "":
        seconds = sum(float(n) * _UNITS[unit] for n, unit in _PART.findall(value))
    else:
        raise InputError(f"{text!r}: not a duration; write e.g. 30s, 15m, 1h or 1h30m")
    if seconds <= 0:
        raise InputError(f"{text!r}: the interval must be longer than 0 s")
    return seconds


def rounds(every: float | None, stop: threading.Event, *, step: float = 0.2) -> Iterator[int]:
    """Round numbers from 1: just one when ``every`` is None, else one every ``every``
    seconds (counted from the start of each round) until ``stop`` is set."""
    number = 0
    while not stop.is_set():
        number += 1
        started = time.monotonic()
        yield number
        if every is None:
            return
        while not stop.is_set() and time.monotonic() - started < every:
            stop.wait(step)


def until_stopped(items: Iterable[T], stop: threading.Event) -> Iterator[T]:
    """``items`` until ``stop`` is set (checked before each one)."""
    for item in items:
        if stop.is_set():
            return
        yield item


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[threading.Event]:
    """While active, SIGINT and SIGTERM set ``stop``; a second SIGINT raises
    ``KeyboardInterrupt``. Outside the main thread (no signals there) it does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum: int, frame: object) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
