"""A small closed-loop load test for the endpoint: N clients, each one request at a time.

Closed loop (a client sends its next request only when the last one is answered)
keeps the load bounded by ``clients``, which is what a shared-notebook or dashboard
workload looks like; it measures latency under that concurrency, not the breaking
point. Standard library only (threads + urllib), so it runs anywhere the package does.

    python -m kg.serve.loadtest --url http://127.0.0.1:7878/sparql --clients 8 --seconds 10
"""

from __future__ import annotations

import argparse
import itertools
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

__all__ = ["DEFAULT_QUERIES", "LoadReport", "run_load", "main"]

_P = (
    "PREFIX kg: <https://w3id.org/kg-news/ontology#> "
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
)
# A mix shaped like the HTML view and notebooks: lookups, a count, evidence for edges.
DEFAULT_QUERIES: tuple[str, ...] = (
    _P + "SELECT ?e ?label WHERE { ?e a kg:Person ; rdfs:label ?label } LIMIT 50",
    _P + "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type",
    _P + "ASK { ?s kg:visited ?o }",
    _P + "SELECT ?s ?o ?text WHERE { ?a a kg:Assertion ; rdf:subject ?s ; rdf:object ?o ; "
    "nif:anchorOf ?text } LIMIT 20",
)


@dataclass
class LoadReport:
    """What one run measured; latencies are per request, in milliseconds."""

    clients: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + self.errors

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile of successful requests (0.0 if there were none)."""
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
        return ordered[rank - 1]

    def summary(self) -> str:
        return (
            f"clients={self.clients} seconds={self.seconds:.1f} requests={self.requests} "
            f"req/s={self.rps:.1f} p50={self.percentile(50):.1f}ms "
            f"p99={self.percentile(99):.1f}ms errors={self.errors}"
        )


def _one_request(url: str, query: str, timeout: float) -> None:
    """GET one query and read the whole body; raise on any non-200 answer."""
    target = url + ("&" if "?" in url else "?") + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(target, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()
        if response.status != 200:
            raise urllib.error.HTTPError(target, response.status, "not OK", response.headers, None)


def _client(
    url: str, queries: list[str], deadline: float, timeout: float, report: LoadReport, lock
) -> None:
    latencies: list[float] = []
    errors: list[str] = []
    for query in itertools.cycle(queries):
        if time.monotonic() >= deadline:
            break
        start = time.perf_counter()
        try:
            _one_request(url, query, timeout)
            latencies.append((time.perf_counter() - start) * 1000)
        except Exception as exc:  # noqa: BLE001 - every failure is counted, not raised
            errors.append(f"{type(exc).__name__}: {exc}")
    with lock:
        report.latencies_ms.extend(latencies)
        report.errors += len(errors)
        report.error_samples.extend(errors[: 5 - len(report.error_samples)])


def run_load(
    url: str,
    *,
    clients: int = 8,
    seconds: float = 10.0,
    queries: list[str] | None = None,
    timeout: float = 30.0,
) -> LoadReport:
    """Drive ``url`` with ``clients`` concurrent closed-loop clients for ``seconds``."""
    if clients < 1 or seconds <= 0:
        raise ValueError("clients must be >= 1 and seconds > 0")
    report = LoadReport(clients=clients, seconds=seconds)
    lock = threading.Lock()
    started = time.monotonic()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=_client,
            args=(url, list(queries or DEFAULT_QUERIES), deadline, timeout, report, lock),
            daemon=True,
        )
        for _ in range(clients)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    """CLI entry point; exit status 1 if any request failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7878/sparql")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--query", action="append", help="query to send (repeatable)")
    parser.add_argument("--timeout", type=float, default=30.0, help="per-request seconds")
    args = parser.parse_args(argv)
    report = run_load(
        args.url,
        clients=args.clients,
        seconds=args.seconds,
        queries=args.query,
        timeout=args.timeout,
    )
    print(report.summary())
    for sample in report.error_samples:
        print("  error:", sample)
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
