"""--follow's schedule without a model: durations, rounds, the stop flag and signals."""

from __future__ import annotations

import os
import signal
import threading

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.ingest.web.schedule import parse_every, rounds, stop_on_signals, until_stopped


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("1h30m", 5400), ("90", 90), ("30s", 30), ("1d", 86400)]
)
def test_schedule_parse_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["soon", "15 minutes", "0s", "", "m"])
def test_schedule_parse_every_refuses_what_is_not_a_duration(text):
    with pytest.raises(InputError):
        parse_every(text)


def _consume(stream, stop: threading.Event, last: int) -> list[int]:
    """Everything ``stream`` yields, raising ``stop`` once ``last`` was seen (as Ctrl-C would)."""
    seen = []
    for value in stream:
        seen.append(value)
        if value == last:
            stop.set()
    return seen


def test_schedule_one_round_without_follow_and_rounds_until_stopped():
    assert list(rounds(None, threading.Event())) == [1]
    stop = threading.Event()
    assert _consume(rounds(0.01, stop), stop, last=3) == [1, 2, 3]


def test_schedule_until_stopped_ends_between_items():
    stop = threading.Event()
    assert _consume(until_stopped(range(10), stop), stop, last=2) == [0, 1, 2]


def test_schedule_sigterm_sets_the_flag_instead_of_killing():
    stop = threading.Event()
    with stop_on_signals(stop):
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop.wait(5)
    assert signal.getsignal(signal.SIGTERM) is not None  # the previous handler is back


def test_schedule_cli_bad_interval_is_one_line_exit_2(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Presiden Kenya William Ruto tiba di Jakarta pada Senin.", "utf-8")
    result = CliRunner().invoke(main, ["build", str(article), "--follow", "--every", "soon"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "Error: 'soon': not a duration; write e.g. 30s, 15m, 1h or 1h30m"
    ]
