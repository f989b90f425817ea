"""What the load test (``scripts/loadtest.py``) and the fault test (``scripts/fault_pg_restart.py``)
share: a seeded PostgreSQL database, logged-in accounts for the virtual users, the production
server on a free port, and a locust run whose every response is kept for the figures.

The virtual users do not log in through allauth (its rate limits would stop 50 logins from one
address, as they should): :func:`prepare_accounts` creates their sessions directly in the
session store, as a login would, and hands locust the cookies.
"""

from __future__ import annotations

import json
import math
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
RESULTS = ROOT / "loadtest-results"
SECRET_KEY_FILE = ROOT / ".dev-secret-key"
# How long the sessions made for the virtual users live: long enough for any run, short enough
# that `clearsessions` tidies them away soon after.
SESSION_SECONDS = 2 * 60 * 60


def database_url() -> str:
    """DATABASE_URL, which must name a PostgreSQL database: figures on SQLite mean nothing."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "The load and fault tests need PostgreSQL (SQLite serialises every write, and the "
            "fault test restarts the PostgreSQL server). Set DATABASE_URL, e.g.\n"
            "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/lpb_loadtest make loadtest"
        )
    return url


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def ensure_database_exists(url: str) -> None:
    """Create DATABASE_URL's database when the server does not have it yet."""
    import psycopg
    from psycopg import sql

    try:
        psycopg.connect(url).close()
        return
    except psycopg.OperationalError as error:
        if "does not exist" not in str(error):
            sys.exit(f"Cannot connect to DATABASE_URL: {error}")
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    print(f"Created database {name}.", flush=True)


def django_env() -> dict[str, str]:
    """The environment of the Django processes: production settings, the local secret key."""
    if not SECRET_KEY_FILE.exists():
        SECRET_KEY_FILE.write_text(secrets.token_urlsafe(50) + "\n")
    env = dict(os.environ)
    env.pop("DJANGO_SECRET_KEY", None)  # the server reads the key file; both must sign alike
    env.update(
        DJANGO_SETTINGS_MODULE="lpb.settings",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY_FILE=str(SECRET_KEY_FILE),
    )
    return env


def setup_django() -> None:
    os.environ.update(django_env())
    os.environ.pop("DJANGO_SECRET_KEY", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def add_common_arguments(parser) -> None:
    """The options both scripts take: server workers and the data to seed."""
    parser.add_argument("--workers", type=int, help="gunicorn workers (WEB_CONCURRENCY).")
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--skip-seed", action="store_true", help="Use the database as it is (no migrate or seed)."
    )


def ensure_seeded(*, members: int, cases: int, seed: int) -> None:
    """Migrate, then seed demo data until there are ``members`` profiles and ``cases`` stories.

    A database seeded before is reused as it is: only the counts are checked.
    """
    from django.core.management import call_command
    from django.db import connection

    from members.models import Member
    from practices.models import PracticeCase

    call_command("migrate", "--noinput", verbosity=0)
    call_command("createcachetable")
    missing_members = max(0, members - Member.objects.count())
    missing_cases = max(0, cases - PracticeCase.objects.count())
    if not (missing_members or missing_cases):
        print(f"Database already seeded: {members_and_cases()}.", flush=True)
        return
    print(
        f"Seeding {missing_members} demo members and {missing_cases} demo stories "
        "(once; later runs reuse them) …",
        flush=True,
    )
    started = time.perf_counter()
    call_command("seed_demo", members=missing_members, cases=missing_cases, seed=seed)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")  # fresh planner statistics, as autovacuum would leave
    print(f"Seeded in {time.perf_counter() - started:.0f} s: {members_and_cases()}.", flush=True)


def members_and_cases() -> str:
    from members.models import Member
    from practices.models import PracticeCase

    return f"{Member.objects.count()} members, {PracticeCase.objects.count()} stories"


def prepare_accounts(count: int, path: Path, *, seed: int = 1) -> None:
    """Sessions for ``count`` members, and what the virtual users pick from, as JSON at ``path``.

    Each account gets a session (as a login would make it) and a CSRF secret of its own; the
    vocabulary codes, profiles, stories and search words are taken from the database so every
    request asks for something that exists.
    """
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.crypto import get_random_string
    from taggit.models import Tag

    from members.models import (
        Member,
        Municipality,
        OrganisationType,
        Province,
        Quality,
        RoleImage,
        Theme,
        User,
        WorkPractice,
    )
    from practices.models import PracticeCase

    store = import_module(settings.SESSION_ENGINE).SessionStore
    store.clear_expired()  # sessions of earlier runs
    users = list(
        User.objects.active_members()
        .filter(is_staff=False, member__isnull=False)
        .select_related("member")
        .order_by("pk")[:count]
    )
    if len(users) < count:
        sys.exit(f"Only {len(users)} active members in the database; {count} are needed.")
    accounts = []
    for user in users:
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.set_expiry(SESSION_SECONDS)
        session.create()
        accounts.append(
            {
                "session": session.session_key,
                "csrf": get_random_string(32),  # a CSRF secret: valid as cookie and as token
                "slug": user.member.slug,
            }
        )

    rng = random.Random(seed)
    listed = Member.objects.in_directory()
    published = PracticeCase.objects.published()
    profiles = list(listed.values_list("slug", flat=True).order_by("?")[:500])
    stories = list(published.values_list("slug", flat=True).order_by("?")[:500])
    titles = published.values_list("title", flat=True).order_by("?")[:300]
    words = sorted(
        {w.strip(".,:;!?()\"'").lower() for t in titles for w in t.split() if len(w) >= 6}
    )
    places: dict[str, list[str]] = defaultdict(list)
    for slug, code in (
        Municipality.objects.filter(members__isnull=False)
        .values_list("province__slug", "cbs_code")
        .distinct()
    ):
        places[slug].append(code)
    data = {
        "cookies": {"session": settings.SESSION_COOKIE_NAME, "csrf": settings.CSRF_COOKIE_NAME},
        "accounts": accounts,
        "profiles": profiles,
        "stories": stories,
        "words": rng.sample(words, min(60, len(words))),
        "names": [
            n.split()[-1] for n in list(listed.values_list("user__name", flat=True)[:200])[::7]
        ],
        "tags": list(
            Tag.objects.filter(members_taggedmember_items__isnull=False)
            .values_list("name", flat=True)
            .distinct()[:40]
        ),
        "vocabulary": {
            "kwaliteit": list(Quality.objects.values_list("code", flat=True)),
            "werk": list(WorkPractice.objects.values_list("code", flat=True)),
            "thema": list(Theme.objects.values_list("code", flat=True)),
            "rol": list(RoleImage.objects.values_list("code", flat=True)),
            "organisatie": list(OrganisationType.objects.values_list("code", flat=True)),
            "provincie": list(Province.objects.values_list("slug", flat=True)),
            "tag": list(Tag.objects.values_list("slug", flat=True).order_by("?")[:40]),
        },
        "municipalities": places,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False))
    print(f"Prepared {len(accounts)} logged-in accounts.", flush=True)


def forget_accounts(path: Path) -> None:
    """End the virtual users' sessions and remove the file that holds their keys."""
    from importlib import import_module

    from django.conf import settings

    store = import_module(settings.SESSION_ENGINE).SessionStore
    for account in json.loads(path.read_text())["accounts"]:
        store(session_key=account["session"]).delete()
    path.unlink()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """``make serve`` (gunicorn, DEBUG off) in the background, on a free port.

    Used as a context manager: waits for ``/healthz`` and always stops the whole process group
    (make and gunicorn with its workers) on the way out.
    """

    def __init__(self, *, workers: int | None = None, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.log = log
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        env = django_env()
        env.update(PORT=str(self.port))
        if self.workers:
            env["WEB_CONCURRENCY"] = str(self.workers)
        command = ["make", "--no-print-directory", "serve"]
        self.log.parent.mkdir(parents=True, exist_ok=True)
        print(f"Starting `{' '.join(command)}` on {self.url} (log: {self.log.name}) …", flush=True)
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped as one
        )
        try:
            self.wait_until_healthy(timeout=120)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def wait_until_healthy(self, *, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"The server stopped (exit {self.process.returncode}); see {self.log}.")
            if self.healthy():
                return
            time.sleep(0.25)
        sys.exit(f"The server did not answer /healthz within {timeout:.0f} s; see {self.log}.")

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, OSError):
            return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)  # the group this script started
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def start_locust(
    *,
    user_class: str,
    host: str,
    users: int,
    spawn_rate: float,
    duration: int,
    data: Path,
    samples: Path,
    csv_prefix: Path,
) -> subprocess.Popen:
    """Locust, headless, in its own process; every response goes to ``samples`` as JSON lines."""
    env = dict(os.environ, LPB_LOADTEST_DATA=str(data), LPB_LOADTEST_SAMPLES=str(samples))
    command = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(LOCUSTFILE),
        user_class,
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(spawn_rate),
        "--run-time",
        f"{duration}s",
        "--stop-timeout",
        "10",
        "--host",
        host,
        "--csv",
        str(csv_prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    log = csv_prefix.with_name(csv_prefix.name + "-locust.log")
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),  # its own summary, shown only when something goes wrong
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def show_locust_log(csv_prefix: Path, lines: int = 40) -> None:
    """The end of locust's own output, for when it stopped early or recorded nothing."""
    log = csv_prefix.with_name(csv_prefix.name + "-locust.log")
    if log.exists():
        print(f"\nThe end of {log.name}:")
        print("\n".join(log.read_text().splitlines()[-lines:]))


@dataclass
class Sample:
    """One response as the virtual user saw it (times in seconds since the epoch)."""

    name: str
    method: str
    status: int
    ms: float
    started: float
    ok: bool
    page: str  # "ok", "friendly-503", "traceback", "other"
    error: str = ""
    marker: str = ""

    @property
    def ended(self) -> float:
        return self.started + self.ms / 1000


def read_samples(path: Path) -> list[Sample]:
    if not path.exists():
        return []
    with path.open() as lines:
        return [Sample(**json.loads(line)) for line in lines if line.strip()]


def percentile(sorted_values: list[float], share: float) -> float:
    """The nearest-rank percentile of already sorted values."""
    return sorted_values[max(0, math.ceil(share * len(sorted_values)) - 1)]


def print_table(samples: list[Sample], *, seconds: float) -> None:
    """Requests, failures, requests/s and median/p95 ms per page kind, then the total."""
    by_name: dict[str, list[Sample]] = defaultdict(list)
    for sample in samples:
        by_name[sample.name].append(sample)
    header = f"{'page':<32} {'requests':>8} {'failures':>8} {'req/s':>7} {'median':>8} {'p95':>8}"
    print(f"\n{header}  (ms)\n{'-' * (len(header) + 6)}")
    rows = sorted(by_name.items(), key=lambda item: -len(item[1]))
    for name, group in [*rows, ("total", samples)]:
        if name == "total":
            print("-" * (len(header) + 6))
        times = sorted(s.ms for s in group)
        print(
            f"{name:<32} {len(group):>8} {sum(not s.ok for s in group):>8} "
            f"{len(group) / seconds:>7.1f} {statistics.median(times):>8.0f} "
            f"{percentile(times, 0.95):>8.0f}"
        )
