#!/usr/bin/env python
"""Benchmark the faceted listings, /leden/ (directory), /praktijken/ (practice stories) and
/vragen/ (questions), through the full Django stack.

    make bench                                   # or:
    DATABASE_URL=postgres://… DJANGO_SECRET_KEY=… python scripts/bench_directory.py \
        [--members 10000] [--cases 20000] [--questions 5000] [--runs 30] [--seed 1]
        [--listing leden|praktijken|vragen] [--read-only]

Seeds demo data (``manage.py seed_demo --members … --cases …``) until the database holds
``--members`` profiles, ``--cases`` stories and ``--questions`` questions (about four answers
each), then, logged in as a member:

- times building each listing's facet index (``lpb.facets.FacetIndex``: what the first request
  after a change of the listed data pays, once per process), median over 5 builds;
- requests a fixed set of typical pages of each listing with the test client and prints per
  request the number of SQL queries (with the index already built, and on the first request
  after a change, which builds it), the number of results, and the median and 95th percentile
  server time over ``--runs`` runs.

``--read-only``: for a shared database that must not change (``lpb_bench``): no seeding, no
cache table, no ``VACUUM``; sessions and the listings' shared cache in this process's memory;
every transaction ``READ ONLY``, so that a write fails instead of happening.

The "partial" and "misspelt" rows find nothing at first; their figures are those of the
second try (``lpb.search.widen``); the page's notice, naming the words searched instead, is
printed below the table.

Targets: at most 15 queries and a median of at most 20 ms per request. Production settings (DEBUG
off, the configured cache); use PostgreSQL for figures that mean something. A benchmark, not a
test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")

MAX_QUERIES, MAX_MEDIAN_MS = 15, 20
# The function giving the rows a viewer may see, in the browse function's module.
VISIBLE = {
    "/leden/": "visible_members",
    "/praktijken/": "visible_cases",
    "/vragen/": "visible_questions",
}
# path: (browse function, htmx target, [(label, query string, as an htmx swap)])
LISTINGS = {
    "/leden/": (
        "members.directory.browse",
        "directory",
        [
            ("no filter", "", False),
            ("text query", "zoek=armoede", False),
            ("partial word", "zoek=zorg", False),
            ("misspelt name", "zoek=Merlyn van Hulst", False),
            ("partial 1", "zoek=wijkreg", False),
            ("partial 2", "zoek=gebiedsman", False),
            ("misspelt 1", "zoek=schuldhulpverleing", False),
            ("misspelt 2", "zoek=particpatie", False),
            ("misspelt 3", "zoek=eenzaamheit", False),
            ("misspelt 4", "zoek=wijkagnt", False),
            ("partial + facet", "zoek=wijkreg&kwaliteit=verbindend", False),
            ("two facets", "kwaliteit=verbindend&thema=jeugd", False),
            (
                "three facets",
                "kwaliteit=open&kwaliteit=verbindend&thema=wonen&provincie=utrecht",
                False,
            ),
            ("query + facets", "zoek=buurt&kwaliteit=bricolerend&provincie=noord-holland", False),
            ("municipality", "provincie=zuid-holland&gemeente=GM0599&sorteer=nieuwste", False),
            ("page 40", "pagina=40", False),
            ("most stories", "sorteer=verhalen&thema=jeugd", False),
            ("htmx swap", "kwaliteit=gedreven&werk=relatiewerk", True),
        ],
    ),
    "/praktijken/": (
        "practices.listing.browse_cases",
        "listing",
        [
            ("no filter", "", False),
            ("text query", "zoek=buurtkamer", False),
            ("inflected query", "zoek=jongeren overlast", False),
            ("partial 1", "zoek=portiekgespr", False),
            ("partial 2", "zoek=buurtbemidd", False),
            ("misspelt 1", "zoek=jongerewerk", False),
            ("misspelt 2", "zoek=voedselbnk", False),
            ("misspelt 3", "zoek=eenzaamheit", False),
            ("three facets", "kwaliteit=verbindend&thema=wonen&provincie=utrecht", False),
            ("query + facets", "zoek=schulden&thema=armoede-en-schulden&kwaliteit=open", False),
            ("tag", "tag=portiekgesprekken", False),
            ("page 40", "pagina=40", False),
            ("most recognised", "sorteer=herkend", False),
            ("htmx swap", "thema=eenzaamheid&werk=relatiewerk", True),
        ],
    ),
    "/vragen/": (
        "questions.listing.browse_questions",
        "listing",
        [
            ("no filter", "", False),
            ("text query", "zoek=corporatie", False),
            ("status open", "status=open", False),
            ("mine: open+themes", "status=open&thema=wonen&thema=jeugd", False),
            ("query + facets", "zoek=jongeren&status=beantwoord&provincie=utrecht", False),
            ("page 40", "pagina=40", False),
            ("most answers", "sorteer=antwoorden", False),
            ("htmx swap", "thema=eenzaamheid&status=gesloten", True),
        ],
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--questions", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--listing",
        choices=["leden", "praktijken", "vragen"],
        help="Only this listing (default: all).",
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="Change nothing in the database (a shared one): no seeding, memory cache.",
    )
    args, _unknown = parser.parse_known_args()  # `make bench` passes BENCH_ARGS to every script

    import django

    django.setup()
    logging.getLogger("lpb.request").setLevel(logging.WARNING)  # no line per request
    if args.read_only:
        read_only_database()

    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings
    from django.utils.module_loading import import_string

    from members.models import Member, User
    from practices.models import PracticeCase
    from questions.models import Answer, Question

    if not args.read_only:
        call_command("migrate", verbosity=0)  # a new, empty database works too
        call_command("createcachetable")
    members = max(0, args.members - Member.objects.count())
    cases = max(0, args.cases - PracticeCase.objects.count())
    questions = max(0, args.questions - Question.objects.count())
    if args.read_only:
        members = cases = questions = 0  # measure what is there
    if members or cases or questions:
        print(
            f"Seeding {members} demo members, {cases} demo stories and {questions} demo "
            "questions …",
            flush=True,
        )
        started = time.perf_counter()
        call_command("seed_demo", members=members, cases=cases, questions=questions, seed=args.seed)
        print(f"Seeded in {time.perf_counter() - started:.1f} s.", flush=True)
    if not args.read_only and Member.objects.filter(search_document="").exists():
        from members.search import refresh_members

        print("Filling empty search documents of members …", flush=True)
        refresh_members(Member.objects.filter(search_document=""))
    if not args.read_only and PracticeCase.objects.filter(search_document="").exists():
        from practices.search import refresh_cases

        print("Filling empty search documents of stories …", flush=True)
        refresh_cases(PracticeCase.objects.filter(search_document=""))

    if connection.vendor == "postgresql" and not args.read_only:
        # Fresh planner statistics (and no dead rows from seeding), as autovacuum would leave.
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    viewer = (
        User.objects.filter(status="active", is_active=True, is_staff=False, member__isnull=False)
        .order_by("pk")
        .first()
    )
    listed = Member.objects.in_directory().count()
    published = PracticeCase.objects.published().count()
    print(
        f"\n{connection.vendor}, {Member.objects.count()} profiles ({listed} listed), "
        f"{PracticeCase.objects.count()} stories ({published} published), "
        f"{Question.objects.count()} questions with {Answer.objects.count()} answers, "
        f"{args.runs} runs per request, viewer {viewer.email}"
    )

    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(ALLOWED_HOSTS=["testserver"], STORAGES=storages):
        for path, (browse, target, requests) in LISTINGS.items():
            if args.listing and path.strip("/") != args.listing:
                continue
            bench(path, import_string(browse), target, requests, viewer=viewer, runs=args.runs)
        if not args.listing or args.listing == "vragen":
            bench_routing(viewer=viewer, runs=args.runs)


def read_only_database() -> None:
    """Make this process unable to change the database (see ``--read-only``): sessions and the
    cache in memory, no last-login update, and on PostgreSQL every transaction read only."""
    from django.contrib.auth import user_logged_in
    from django.db import connection
    from django.db.backends.signals import connection_created
    from django.test.utils import override_settings

    override_settings(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
        SESSION_ENGINE="django.contrib.sessions.backends.cache",
    ).enable()
    user_logged_in.disconnect(dispatch_uid="update_last_login")

    def refuse_writes(sender, connection, **kwargs):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET default_transaction_read_only = on")

    connection_created.connect(refuse_writes, weak=False)  # a local function: keep it
    connection.close()  # the next connection is made read only


def bench_routing(*, viewer, runs: int) -> None:
    """Routing a new question to peers against a "Wie bel je?" answer for the same situation:
    median time and queries of each."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from practices.matching import match
    from questions import routing
    from questions.models import Question

    question = Question.objects.filter(themes__code="wonen").select_related("asker__user").first()
    if question is None:
        return
    situation = routing.situation_of(question)
    for label, work in (
        ("Wie bel je? answer", lambda: match(situation, viewer=question.asker.user)),
        ("route a question", lambda: routing.route(question)),
    ):
        work()  # warm: facet indexes built
        with CaptureQueriesContext(connection) as captured:
            work()
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            work()
            timings.append((time.perf_counter() - started) * 1000)
        print(f"{label:<20} {len(captured):>3} queries, median {statistics.median(timings):.1f} ms")


def bench(path: str, browse, target: str, requests, *, viewer, runs: int) -> None:
    from django.db import connection
    from django.http import QueryDict
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils.module_loading import import_string

    from lpb import facets, listing

    spec = import_string(browse.__module__ + ".SPEC")
    visible = import_string(browse.__module__ + "." + VISIBLE[path])(viewer)
    builds = []
    for _ in range(5):
        started = time.perf_counter()
        facets.FacetIndex(spec.facets, visible, spec.indexed_orders())
        builds.append((time.perf_counter() - started) * 1000)
    import tracemalloc

    tracemalloc.start()
    kept = facets.FacetIndex(spec.facets, visible, spec.indexed_orders())
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    print(
        f"\n{path}: building the facet index (once per change, per process): "
        f"median {statistics.median(builds):.0f} ms; it holds {held / 2**20:.1f} MiB"
    )

    client = Client()
    client.force_login(viewer)
    header = (
        f"{path:<16} {'queries':>7} {'1st after an edit':>18} {'after a rebuild':>16} "
        f"{'results':>8}   {'median':>7} {'p95':>6}  (ms)"
    )
    edited = list(visible.order_by("pk").values_list("pk", flat=True)[:1])
    print(f"\n{header}\n{'-' * len(header)}")
    slowest, most_queries, widened = 0.0, 0, []
    for label, query, htmx in requests:
        url = path + ("?" + query if query else "")
        extra = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": target} if htmx else {}
        client.get(url, secure=True, **extra)
        listing.changed(spec, edited)  # as after an edit of one row: replayed in place
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, secure=True, **extra)
            edit_ms = (time.perf_counter() - started) * 1000
        after_edit = len(captured)
        listing.invalidate(spec)  # as after a vocabulary edit: every process rebuilds
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            client.get(url, secure=True, **extra)
            first_ms = (time.perf_counter() - started) * 1000
        first = len(captured)
        with CaptureQueriesContext(connection) as captured:
            client.get(url, secure=True, **extra)
        queries = len(captured)
        if response.status_code != 200:
            print(f"{label:<16} HTTP {response.status_code}")
            continue
        most_queries = max(most_queries, queries, first, after_edit)
        shown = browse(viewer=viewer, params=QueryDict(query))
        results = shown.total
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            client.get(url, secure=True, **extra)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        median = statistics.median(timings)
        p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
        slowest = max(slowest, median)
        after_change = f"{first} q, {first_ms:.0f} ms"
        after_an_edit = f"{after_edit} q, {edit_ms:.0f} ms"
        print(
            f"{label:<16} {queries:>7} {after_an_edit:>18} {after_change:>16} {results!s:>8}   "
            f"{median:>7.1f} {p95:>6.1f}"
        )
        if label.startswith(("partial ", "misspelt ")):
            widened.append(f"{label}: {' '.join(shown.notices) or '(no notice)'}")
    if widened:
        print("\nsearched instead (lpb.search.widen):\n  " + "\n  ".join(widened))
    verdict = "within" if most_queries <= MAX_QUERIES and slowest <= MAX_MEDIAN_MS else "NOT within"
    print(
        f"\n{path}: slowest median {slowest:.1f} ms; at most {most_queries} queries: {verdict} "
        f"the targets (≤ {MAX_QUERIES} queries, median ≤ {MAX_MEDIAN_MS} ms)"
    )


if __name__ == "__main__":
    main()
