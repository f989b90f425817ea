"""Personas and shared fixtures for the whole suite.

The personas are the people the site is built for: an anonymous visitor, a pending member
(signed up, waiting for approval), an active member, another active member (the owner of what a
test looks at), a co-author of that member's story, a declined sign-up, a coordinator (staff in
the ``Coördinatoren`` group, not a superuser) and an administrator (superuser).
"""

from __future__ import annotations

import re
import shutil

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.cache import cache

from members.coordinators import COORDINATORS_GROUP
from members.models import User

PASSWORD = "wijk-en-buurt-2025!"
PERSONAS = [
    "anonymous",
    "pending_member",
    "member",
    "other_member",
    "co_author",
    "declined_member",
    "coordinator",
    "superuser",
]


@pytest.fixture(scope="session")
def redis_url():
    """A Redis for the tests of ``REDIS_URL``: the local one at 127.0.0.1:6379 when it answers,
    else one started for this test run (``redis-server`` on a free port); skipped, saying why,
    when ``redis-server`` is not installed."""
    from tests.live_servers import redis_server

    try:
        with redis_server() as url:
            yield url
    except FileNotFoundError:
        pytest.skip("needs Redis: none answers at 127.0.0.1:6379 and redis-server is missing")


def pytest_addoption(parser):
    parser.addoption(
        "--screenshots",
        action="store_true",
        default=False,
        help="Render the main pages into screenshots/ (see `make screenshots`).",
    )


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "screenshots: renders pages into screenshots/; runs only with --screenshots"
    )


def pytest_collection_modifyitems(config, items):
    if config.getoption("--screenshots"):
        return
    skip = pytest.mark.skip(
        reason="screenshots are rendered only with --screenshots (run `make screenshots`)"
    )
    for item in items:
        if "screenshots" in item.keywords:
            item.add_marker(skip)


def _only_the_tests_transaction(connection) -> bool:
    """Whether the connection is inside the test's own (never committed) transaction only."""
    blocks = connection.atomic_blocks
    return bool(blocks) and all(getattr(block, "_from_testcase", False) for block in blocks)


@pytest.fixture(autouse=True)
def _commits_as_in_production(monkeypatch):
    """``transaction.on_commit`` callbacks run when the code under test commits, as they do in
    production: pytest-django wraps each test in a transaction that never commits, so they
    would otherwise never run (``lpb.freshness`` refreshes listings in them).

    A callback registered outside the code's own transactions runs at once (autocommit); one
    registered inside runs when the code's outermost ``atomic`` block ends without error.
    """
    from django.db import connections, transaction
    from django.db.backends.base.base import BaseDatabaseWrapper

    original_on_commit = BaseDatabaseWrapper.on_commit
    original_exit = transaction.Atomic.__exit__

    def on_commit(self, func, robust=False):
        if _only_the_tests_transaction(self):
            func()
        else:
            original_on_commit(self, func, robust)

    def exit_atomic(self, exc_type, exc_value, traceback):
        result = original_exit(self, exc_type, exc_value, traceback)
        connection = connections[self.using or "default"]
        if exc_type is None and _only_the_tests_transaction(connection):
            hooks, connection.run_on_commit = connection.run_on_commit, []
            for _savepoints, func, _robust in hooks:
                func()
        return result

    monkeypatch.setattr(BaseDatabaseWrapper, "on_commit", on_commit)
    monkeypatch.setattr(transaction.Atomic, "__exit__", exit_atomic)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits live in the cache: every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


def make_user(
    email: str,
    *,
    name: str,
    status: str = User.Status.ACTIVE,
    password: str = PASSWORD,
    language: str = "nl",
    **extra,
) -> User:
    """A user with a verified primary e-mail address, as allauth leaves one after sign-up."""
    user = User.objects.create_user(
        email=email, password=password, name=name, status=status, language=language, **extra
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def pending_member(db) -> User:
    return make_user("petra.pending@example.org", name="Petra Pending", status="pending")


@pytest.fixture
def member(db) -> User:
    return make_user("merel.member@example.org", name="Merel van Hulst")


@pytest.fixture
def other_member(db) -> User:
    return make_user("omar.other@example.org", name="Omar Bouzid")


@pytest.fixture
def co_author(db) -> User:
    """An active member who wrote a story together with ``other_member`` (see test_permissions)."""
    return make_user("cor.coauteur@example.org", name="Cor Coauteur")


@pytest.fixture
def declined_member(db) -> User:
    return make_user(
        "dirk.declined@example.org", name="Dirk Declined", status="declined", is_active=False
    )


@pytest.fixture
def coordinator(db) -> User:
    user = make_user("corrie.coordinator@example.org", name="Corrie Coördinator", is_staff=True)
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return user


@pytest.fixture
def superuser(db) -> User:
    user = User.objects.create_superuser(
        email="ada.admin@example.org", password=PASSWORD, name="Ada Admin"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def anonymous(db) -> None:
    """The visitor who is not logged in."""
    return None


@pytest.fixture
def client_as(client, request):
    """``client_as("member")``: the test client logged in as that persona (or anonymous)."""

    def _client_as(persona: str):
        user = request.getfixturevalue(persona)
        if user is not None:
            client.force_login(user)
        return client

    return _client_as


@pytest.fixture
def english(client):
    """The test client browses in English (the language cookie the switcher sets)."""
    client.cookies["django_language"] = "en"
    return client


def link_in(body: str, path_part: str) -> str:
    """The first URL in an e-mail body containing ``path_part``."""
    match = re.search(r"https?://[^\s]+" + re.escape(path_part) + r"[^\s]*", body)
    assert match, f"no link containing {path_part!r} in:\n{body}"
    return match.group(0)


@pytest.fixture
def isolated_media(tmp_path, settings):
    """Uploads in a folder of the test's own, removed afterwards."""
    settings.MEDIA_ROOT = tmp_path / "media"
    yield settings.MEDIA_ROOT
    shutil.rmtree(tmp_path / "media", ignore_errors=True)


@pytest.fixture
def footprint(member, other_member, isolated_media):
    """A member with something of everything the site keeps about a person (privacy tests)."""
    from tests.privacy_factories import leave_footprint

    return leave_footprint(member, other=other_member)
