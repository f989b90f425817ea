"""How fast ``manage.py seed_demo`` fills a fresh PostgreSQL database. Not a test.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python scripts/bench_seed.py \
        [--members 10000] [--cases 20000] [--runs 3]

Migrates a template database once, then for every run creates a fresh copy of it, times
``manage.py seed_demo --members N --cases N`` in it (wall clock, as ``time`` would: Django's
start-up included) and drops it. Prints each run and the median. The databases it creates are
named ``lpb_bench_<pid>…`` on the server of DATABASE_URL, and are dropped again, also on failure.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent


def database_url(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


def connect(url: str) -> psycopg.Connection:
    """A connection for CREATE/DROP DATABASE: to DATABASE_URL's database, else ``postgres``."""
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.OperationalError:
        return psycopg.connect(database_url(url, "postgres"), autocommit=True)


def manage(url: str, *args: str) -> str:
    env = dict(os.environ, DATABASE_URL=url)
    if "DJANGO_SECRET_KEY" not in env and "DJANGO_SECRET_KEY_FILE" not in env:
        env["DJANGO_SECRET_KEY"] = "bench-only-not-a-secret"
    env.setdefault("DJANGO_DEBUG", "true")  # as `make demo`: the demo password is hashed
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "Set DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres"
        )

    template = f"lpb_bench_{os.getpid()}"
    created: list[str] = []
    with connect(url) as admin:

        def create(name: str, *, like: str | None = None) -> str:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if like:
                statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(like))
            admin.execute(statement)
            created.append(name)
            return database_url(url, name)

        def drop(name: str) -> None:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            created.remove(name)

        try:
            print(f"Migrating a template database {template} …", flush=True)
            manage(create(template), "migrate", "--noinput", "-v0")
            timings = []
            for run in range(1, options.runs + 1):
                name = f"{template}_{run}"
                fresh = create(name, like=template)
                started = time.perf_counter()
                output = manage(
                    fresh,
                    "seed_demo",
                    "--members",
                    str(options.members),
                    "--cases",
                    str(options.cases),
                    "--seed",
                    str(options.seed),
                )
                timings.append(time.perf_counter() - started)
                reported = re.findall(
                    r"Added (\d+) demo (members|practice stories) in ([\d.]+) s", output
                )
                inside = "; ".join(f"{n} {what}: {seconds} s" for n, what, seconds in reported)
                inside = f" (seeding itself: {inside})" if inside else ""
                print(f"run {run}: {timings[-1]:.1f} s{inside}", flush=True)
                drop(name)
        finally:
            for name in list(reversed(created)):
                drop(name)

    print(
        f"median of {options.runs} runs, {options.members} members and {options.cases} stories "
        "into a fresh database: "
        f"{statistics.median(timings):.1f} s"
    )


if __name__ == "__main__":
    main()
