#!/usr/bin/env python
"""Measure “Wie bel je?” on a realistic network, through the real page. Not a test.

    make bench-match                                   # or:
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python scripts/bench_who_to_call.py \
        [--members 10000] [--cases 20000] [--runs 5] [--seed 1] [--keep]

Creates its own PostgreSQL database on the server of DATABASE_URL (``lpb_bench_match_<pid>``),
migrates it, creates the judged members of ``tests/who_to_call_data.py`` and of
``tests/who_to_call_fresh.py`` (written later, blind to the thesaurus) FIRST (old ids, joined
years ago, stories from years ago), then seeds ``--members`` demo members and ``--cases`` demo
stories after them, and POSTs every judged situation to /wie-bel-je/ with the test client,
logged in as a demo member. Prints per situation the rank of the first acceptable member, and
MRR, recall@1 and recall@5 (all; the first set, its tuning and held-out halves; the fresh
set), the median and p95 server time
over ``--runs`` runs per situation and the queries per answer. Then the directory's and the
stories' search (``?zoek=``) on inflected queries. Drops the database at the end (also on
failure) unless ``--keep``.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")

# Directory and story search with inflected forms: (path, query, the judged member or story
# that must be among the matches).
SEARCHES = [
    ("/leden/", "eenzame senioren", "Gert Post"),
    ("/leden/", "vereenzaamde senioren", "Gert Post"),
    ("/leden/", "portiekflat", "Hanna Kuipers"),
    ("/leden/", "aardgasvrij", "Maarten Vos"),
    ("/leden/", "betalingsachterstand", "Selma Aydin"),
    ("/leden/", "huurwoning hennep", "Ruud Hermans"),
    ("/praktijken/", "trappenhuizen", "Portiekaanpak tegen handel in de trappenhuizen"),
    ("/praktijken/", "wietkwekerij", "Verborgen kwekerijen opsporen met de netbeheerder"),
    ("/praktijken/", "ronselaar", "Weerbaar tegen ronselaars"),
    ("/praktijken/", "stadswarmte bewonersavond", "Bewonersavonden over stadswarmte"),
]


def database_url(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(share * len(ordered)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="do not drop the database")
    parser.add_argument(
        "--reuse", metavar="NAME", help="measure a database kept by an earlier --keep run"
    )
    args, _unknown = parser.parse_known_args()

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "Set DATABASE_URL to a PostgreSQL server, e.g. postgres://postgres@127.0.0.1/postgres"
        )
    import psycopg
    from psycopg import sql

    name = args.reuse or f"lpb_bench_match_{os.getpid()}"
    try:
        admin = psycopg.connect(url, autocommit=True)
    except psycopg.OperationalError:
        admin = psycopg.connect(database_url(url, "postgres"), autocommit=True)
    if not args.reuse:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    os.environ["DATABASE_URL"] = database_url(url, name)
    try:
        run(args)
    finally:
        from django.db import connections

        connections.close_all()
        if args.keep or args.reuse:
            print(f"\nKept the database {name}.")
        else:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        admin.close()


def run(args) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import (
        CaptureQueriesContext,
        override_settings,
        setup_test_environment,
    )

    from members.models import Member, User
    from practices.models import PracticeCase
    from tests import who_to_call_data as first
    from tests import who_to_call_fresh as fresh
    from tests.who_to_call_data import build_judged, judge

    # The first set (its tuning and held-out halves) and the fresh one, written blind to the
    # thesaurus afterwards (tests/who_to_call_fresh.py).
    judged_members = {**first.MEMBERS, **fresh.MEMBERS}
    situations = first.SITUATIONS + fresh.SITUATIONS
    tuning, held_out = range(0, len(first.SITUATIONS), 2), range(1, len(first.SITUATIONS), 2)

    setup_test_environment()  # the test client records the template context (the answer)
    logging.getLogger("lpb.request").setLevel(logging.WARNING)  # no line per request
    started = time.perf_counter()
    if args.reuse:
        oldest = Member.objects.select_related("user").order_by("pk")[: len(judged_members) + 5]
        people = {m.user.name: m for m in reversed(oldest)}
        people = {name: people[name] for name in judged_members}
    else:
        call_command("migrate", verbosity=0)
        call_command("createcachetable", verbosity=0)
        people = build_judged(judged_members)
        print(
            f"Judged members created first ({len(judged_members)}); seeding demo rows …", flush=True
        )
        call_command(
            "seed_demo", members=args.members, cases=args.cases, seed=args.seed, verbosity=0
        )
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print(f"Seeded in {time.perf_counter() - started:.0f} s.")
    judged = {m.pk for m in people.values()}
    newest = Member.objects.order_by("-pk").values_list("pk", flat=True)[: args.members // 2]
    joined = Member.objects.order_by("-user__date_joined").values_list("pk", flat=True)
    print(
        f"judged member ids {min(judged)}–{max(judged)} of {Member.objects.count()}; "
        f"among the newest half by id: {len(judged & set(newest))}, by date joined: "
        f"{len(judged & set(joined[: args.members // 2]))}"
    )
    # Judged by id: demo members may carry the same names as judged ones.
    by_pk = {m.pk: name for name, m in people.items()}
    viewer = (
        User.objects.filter(status="active", is_active=True, is_staff=False, member__isnull=False)
        .exclude(name__in=list(judged_members))
        .last()
    )
    print(
        f"\n{connection.vendor}, {Member.objects.count()} profiles, "
        f"{PracticeCase.objects.published().count()} published of "
        f"{PracticeCase.objects.count()} stories; {len(situations)} situations, "
        f"{args.runs} runs each, POST /wie-bel-je/ as {viewer.name}\n"
    )
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages, DEBUG=False):
        client = Client()
        client.force_login(viewer)
        client.post("/wie-bel-je/", {"beschrijving": "warming up"}, secure=True)
        ranked, timings, queries = [], [], []
        for number, (description, choices, acceptable) in enumerate(situations):
            data = {"beschrijving": description, **choices}
            with CaptureQueriesContext(connection) as captured:
                response = client.post("/wie-bel-je/", data, secure=True)
            assert response.status_code == 200, response.status_code
            queries.append(len(captured))
            answer = response.context["answer"]
            # A demo member who happens to share a judged name does not count.
            names = [by_pk.get(peer.member.pk, "-") for peer in answer.peers] if answer else []
            ranked.append(names)
            for _ in range(args.runs):
                began = time.perf_counter()
                client.post("/wie-bel-je/", data, secure=True)
                timings.append((time.perf_counter() - began) * 1000)
            ranks = [names.index(n) + 1 for n in acceptable if n in names]
            half = "tune" if number in tuning else "held" if number in held_out else "new "
            print(
                f"{half} {min(ranks) if ranks else '-':>2}  {description[:64]:<64} "
                f"→ {', '.join(p.member.name for p in (answer.peers if answer else [])[:2])}"
            )

        def part(numbers):
            return judge([ranked[n] for n in numbers], [situations[n] for n in numbers])

        figures = {
            "all": judge(ranked, situations),
            "first 44": part(range(len(first.SITUATIONS))),
            "tuning": part(tuning),
            "held-out": part(held_out),
            "fresh": part(range(len(first.SITUATIONS), len(situations))),
        }
        print()
        for label, values in figures.items():
            print(f"{label:<10} " + "  ".join(f"{k} {v:.3f}" for k, v in values.items()))
        print(
            f"\nserver time per answer: median {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 0.95):.1f} ms; queries per answer: at most "
            f"{max(queries)} (median {statistics.median(queries):.0f})"
        )
        print("targets: MRR ≥ 0.9, recall@5 ≥ 0.95, recall@1 ≥ 0.8, median ≤ 150 ms, ≤ 20 queries")

        print("\nDirectory and story search with inflected forms (?zoek=):")
        from lpb import search
        from members.directory import visible_members
        from practices.listing import visible_cases

        found = 0
        for path, query, wanted in SEARCHES:
            began = time.perf_counter()
            response = client.get(path, {"zoek": query}, secure=True)
            took = (time.perf_counter() - began) * 1000
            assert response.status_code == 200
            if path == "/leden/":
                rows, target = visible_members(viewer), people[wanted].pk
            else:
                rows = visible_cases(viewer)
                target = PracticeCase.objects.filter(title=wanted).order_by("pk").first().pk
            matches = search.search(rows, search.parse(query)).ranked()
            ranked = [pk for pk, _rank in sorted(matches, key=lambda match: (-match[1], match[0]))]
            position = ranked.index(target) + 1 if target in ranked else 0
            found += bool(position)
            print(
                f"  {'found' if position else 'MISSED':<6} {path}?zoek={query!r:<26} "
                f"{wanted[:36]:<36} rank {position or '-':>4} of {len(ranked):>5}; "
                f"page {took:.0f} ms"
            )
        print(f"  {found} of {len(SEARCHES)} found (rank among all matches, by search rank)")


if __name__ == "__main__":
    main()
