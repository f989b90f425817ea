#!/usr/bin/env python
"""Load test: members browsing, searching, reading stories and asking "Wie bel je?", against the
production server (`make serve`: gunicorn, DEBUG off) on PostgreSQL.

    DATABASE_URL=postgres://…/lpb_loadtest python scripts/loadtest.py \
        [--users 50] [--duration 60] [--workers N] [--skip-seed]

Seeds the database once (10,000 members, 20,000 stories; a seeded database is reused), makes
sessions for the virtual users, starts the server on a free port, runs locust headless
(``scripts/loadtest/locustfile.py``) and prints requests, failures, requests per second and the
median and 95th percentile per page kind. Exits non-zero when any request failed (anything but
the expected 200, or a redirect after a saved form). Locust's own CSV files and the server log
are in ``loadtest-results/``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "loadtest"))

import harness


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=50, help="Concurrent virtual members.")
    parser.add_argument("--spawn-rate", type=float, default=10, help="New users per second.")
    parser.add_argument("--duration", type=int, default=60, help="Seconds of load.")
    harness.add_common_arguments(parser)
    options = parser.parse_args()

    url = harness.database_url()
    harness.ensure_database_exists(url)
    harness.setup_django()
    if not options.skip_seed:
        harness.ensure_seeded(members=options.members, cases=options.cases, seed=options.seed)

    results = harness.RESULTS
    data, samples = results / "load-data.json", results / "load-samples.jsonl"
    samples.unlink(missing_ok=True)
    harness.prepare_accounts(options.users, data, seed=options.seed)
    from django.db import connections

    connections.close_all()  # the server and locust do the rest

    with harness.Server(workers=options.workers, log=results / "load-server.log") as server:
        print(
            f"Load: {options.users} members for {options.duration} s "
            f"(spawning {options.spawn_rate:g}/s) …",
            flush=True,
        )
        load_before = os.getloadavg()
        started = time.time()
        locust = harness.start_locust(
            user_class="Member",
            host=server.url,
            users=options.users,
            spawn_rate=options.spawn_rate,
            duration=options.duration,
            data=data,
            samples=samples,
            csv_prefix=results / "load",
        )
        try:
            locust.wait(timeout=options.duration + 60)
        finally:
            if locust.poll() is None:
                locust.terminate()
                locust.wait()
        seconds = time.time() - started
        load_after = os.getloadavg()
    harness.forget_accounts(data)

    if locust.returncode not in (0, 1):  # 1: some requests failed, which the report shows
        print(f"locust exited with {locust.returncode}.")
        harness.show_locust_log(results / "load")
        return 1
    return report(harness.read_samples(samples), options, load_before, load_after, seconds)


def report(samples, options, load_before, load_after, wall_seconds: float) -> int:
    if not samples:
        print("No requests were made: see the locust output above.")
        return 1
    first = min(s.started for s in samples)
    seconds = max(s.ended for s in samples) - first
    failures = [s for s in samples if not s.ok]
    print(
        f"\n{harness.members_and_cases()}; {options.users} users, {seconds:.0f} s of load "
        f"({wall_seconds:.0f} s with start and stop); {os.cpu_count()} CPU cores; "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} at the end"
    )
    harness.print_table(samples, seconds=seconds)
    print(
        f"\n{len(samples)} requests, {len(failures)} failures, "
        f"{len(samples) / seconds:.1f} requests/s"
    )
    if failures:
        kinds: dict[tuple[str, str], int] = {}
        for sample in failures:
            key = (sample.name, sample.error or f"HTTP {sample.status}")
            kinds[key] = kinds.get(key, 0) + 1
        print("\nFailures:")
        for (name, error), count in sorted(kinds.items(), key=lambda item: -item[1]):
            print(f"  {count:>5} × {name}: {error}")
        print("\nFAILED: some requests did not get the expected answer.")
        return 1
    print("OK: no errors.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
