"""Deleting an account ends every session of it, in the database and in Redis (issue 14,
point 4)."""

from __future__ import annotations

import uuid

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from lpb.sessions import end_sessions
from members.privacy import delete_account
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

REDIS = "redis://127.0.0.1:6379/0"


def other_browser(user) -> Client:
    browser = Client()
    browser.force_login(user)
    return browser


def test_deleting_an_account_ends_its_other_database_sessions(
    client, member, other_member, django_capture_on_commit_callbacks
):
    phone, laptop, bystander = (
        other_browser(member),
        other_browser(member),
        other_browser(other_member),
    )
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("members:account_delete"), {"password": PASSWORD})

    remaining = {s.session_key for s in Session.objects.all()}
    for browser in (phone, laptop):
        assert browser.session.session_key not in remaining
        assert SESSION_KEY not in browser.get("/").wsgi_request.session
    assert bystander.session.session_key in remaining


@pytest.fixture
def redis_sessions(settings):
    from redis import Redis

    try:
        Redis.from_url(REDIS, socket_connect_timeout=1).ping()
    except Exception:
        pytest.skip("Redis is not running")
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS,
            # A prefix of its own, so parallel test runs never see each other's sessions.
            "KEY_PREFIX": f"test-sessions-{uuid.uuid4().hex}",
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cache"
    yield
    from django.core.cache import caches

    caches["default"].clear()


def test_deleting_an_account_ends_its_sessions_in_redis(
    redis_sessions, member, other_member, django_capture_on_commit_callbacks
):
    from django.contrib.sessions.backends.cache import SessionStore

    phone, bystander = other_browser(member), other_browser(other_member)
    phone_key, bystander_key = phone.session.session_key, bystander.session.session_key
    assert SessionStore(phone_key).load().get(SESSION_KEY) == str(member.pk)

    with django_capture_on_commit_callbacks(execute=True):
        delete_account(user=member)

    assert SessionStore(phone_key).load() == {}
    assert SessionStore(bystander_key).load().get(SESSION_KEY) == str(other_member.pk)


def test_ending_sessions_of_someone_without_any_is_harmless(member):
    assert end_sessions(member.pk) == 0


def test_the_admin_deletion_of_a_staff_account_ends_its_sessions(
    client, superuser, coordinator, django_capture_on_commit_callbacks
):
    browser = other_browser(coordinator)
    client.force_login(superuser)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/beheer/members/user/{coordinator.pk}/delete/", {"post": "yes"})

    assert not Session.objects.filter(session_key=browser.session.session_key).exists()
