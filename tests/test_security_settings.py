"""Hardening: production security settings, the Content-Security-Policy and the headers every
page sends, no inline script or style anywhere, throttled logins in a shared cache, the admin
login through allauth, and session expiry.

``manage.py check --deploy`` itself runs in tests/test_settings.py; this module checks what
the deployment checklist does not know about (the CSP, the cache the rate limits live in).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.utils import get_random_secret_key
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.test_settings import run_python

PRODUCTION_SECURITY = (
    "import json, lpb.settings as s; "
    "print(json.dumps({name: getattr(s, name, None) for name in ["
    "'DEBUG', 'SECURE_SSL_REDIRECT', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', "
    "'SECURE_HSTS_SECONDS', 'SECURE_HSTS_INCLUDE_SUBDOMAINS', 'SECURE_CONTENT_TYPE_NOSNIFF', "
    "'SECURE_REFERRER_POLICY', 'SECURE_CROSS_ORIGIN_OPENER_POLICY', 'X_FRAME_OPTIONS', "
    "'SESSION_COOKIE_HTTPONLY', 'SESSION_COOKIE_AGE', 'MIDDLEWARE', 'CONTENT_SECURITY_POLICY', "
    "'CACHES', 'SESSION_ENGINE', 'ACCOUNT_RATE_LIMITS', 'SERVE_MEDIA']}, default=str))"
)
EXPECTED_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
}


def production_settings(**variables: str) -> dict:
    result = run_python(
        PRODUCTION_SECURITY,
        DJANGO_SECRET_KEY=get_random_secret_key(),
        DJANGO_ALLOWED_HOSTS="netwerk.example.org",
        **variables,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def parse_policy(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


# Production settings


def test_production_is_https_only_with_secure_cookies_and_hsts():
    production = production_settings()

    assert production["DEBUG"] is False
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    assert production["SESSION_COOKIE_HTTPONLY"] is True
    assert production["SECURE_HSTS_SECONDS"] >= 365 * 24 * 60 * 60
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    assert production["SECURE_REFERRER_POLICY"] == "same-origin"
    assert production["SECURE_CROSS_ORIGIN_OPENER_POLICY"] == "same-origin"
    assert production["X_FRAME_OPTIONS"] == "DENY"
    assert production["SERVE_MEDIA"] is False


def test_production_sends_a_strict_content_security_policy():
    production = production_settings()

    assert "csp.middleware.CSPMiddleware" in production["MIDDLEWARE"]
    assert production["CONTENT_SECURITY_POLICY"]["DIRECTIVES"] == EXPECTED_POLICY


def test_the_media_host_can_be_allowed_as_an_image_source():
    production = production_settings(DJANGO_CSP_MEDIA_ORIGIN="https://media.example.org")

    directives = production["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert directives["img-src"] == ["'self'", "data:", "https://media.example.org"]
    assert directives["script-src"] == ["'self'"]


def test_rate_limits_live_in_a_cache_shared_by_all_processes():
    without_redis = production_settings()
    with_redis = production_settings(REDIS_URL="redis://127.0.0.1:6379/0")

    assert (
        without_redis["CACHES"]["default"]["BACKEND"]
        == "django.core.cache.backends.db.DatabaseCache"
    )
    assert (
        with_redis["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    )
    limits = without_redis["ACCOUNT_RATE_LIMITS"]
    assert limits["login_failed"] == "5/5m/key,20/5m/ip"
    assert limits["login"] and limits["signup"] and limits["reset_password"]


def test_sessions_expire():
    production = production_settings()

    assert production["SESSION_COOKIE_AGE"] <= 14 * 24 * 60 * 60


# Headers on every response


@pytest.mark.parametrize(
    ("persona", "url"),
    [
        ("anonymous", "/"),
        ("anonymous", "/account/login/"),
        ("anonymous", "/praktijken/"),
        ("anonymous", "/bestaat-niet/"),
        ("member", "/leden/"),
        ("member", "/profiel/bewerken/"),
        ("coordinator", "/beheer/"),
        ("coordinator", "/beheer/members/user/"),
    ],
)
@pytest.mark.django_db
def test_every_page_sends_the_security_headers(client_as, persona, url):
    response = client_as(persona).get(url)

    assert response.status_code in (200, 404)
    assert parse_policy(response["Content-Security-Policy"]) == EXPECTED_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_the_policy_allows_no_inline_or_evaluated_script(client, db):
    policy = parse_policy(client.get("/")["Content-Security-Policy"])

    for directive in ("default-src", "script-src", "style-src"):
        assert not {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"} & set(policy[directive])


def test_with_production_settings_http_is_redirected_and_https_gets_hsts(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True

    plain = client.get("/over/")
    secure = client.get("/over/", secure=True)

    assert plain.status_code == 301
    assert plain["Location"] == "https://testserver/over/"
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


# No inline script, style or event handler: what the policy forbids is not in the pages either


class InlineCodeFinder(HTMLParser):
    """Collects every inline script, <style>, style="" and on…= handler in a page."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in_inline_script = False

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs}
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and "src" not in names:
            kind = dict(attrs).get("type") or ""
            # JSON data islands (json_script, application/ld+json) are data, not code.
            if "json" not in kind:
                self._in_inline_script = True
                self.found.append(f"inline <script {attrs}>")
        for name, value in attrs:
            if name == "style":
                self.found.append(f'<{tag} style="{value}">')
            if re.fullmatch(r"on[a-z]+", name):
                self.found.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and (
                value or ""
            ).strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_inline_script = False


def inline_code(html: str) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(html)
    return finder.found


def test_the_inline_code_finder_finds_what_the_policy_would_block():
    html = (
        '<script>alert(1)</script><script src="/static/x.js"></script>'
        '<style>p{}</style><p style="color:red" onclick="x()">'
        '<a href="javascript:alert(1)">x</a><script type="application/json">{}</script>'
    )

    assert len(inline_code(html)) == 5


@pytest.fixture
def pages_content(member, other_member, coordinator):
    from members.services import ensure_profile
    from tests.factories import make_member
    from tests.practice_factories import make_case

    peer = make_member("Anouk de Vries", qualities=["open", "verbindend"], themes=["wonen"])
    author = ensure_profile(user=other_member)
    author.visibility = "public"
    author.save()
    case = make_case(
        author, title="Buurtkamer", themes=["wonen"], qualities=["open"], situation="**Vet**"
    )
    return {"peer": peer, "case": case, "author": author}


def test_no_page_carries_inline_script_style_or_handlers(
    client, pages_content, member, coordinator
):
    case, peer = pages_content["case"], pages_content["peer"]
    member_pages = [
        "/",
        "/over/",
        "/leden/",
        "/leden/?kwaliteit=open&zoek=wonen",
        peer.get_absolute_url(),
        "/profiel/bewerken/",
        "/praktijken/",
        "/praktijken/?thema=wonen",
        case.get_absolute_url(),
        "/praktijken/nieuw/",
        "/wie-bel-je/?beschrijving=overlast+in+de+wijk",
        "/account/email/",
        "/account/password/change/",
    ]
    coordinator_pages = [
        "/beheer/",
        "/beheer/members/user/",
        f"/beheer/members/user/{member.pk}/change/",
        "/beheer/members/user/import/",
        "/beheer/practices/practicecase/",
        f"/beheer/practices/practicecase/{case.pk}/change/",
        reverse("practices:edit", args=[case.slug]),
        "/beheer/taggit/tag/",
        "/beheer/members/theme/",
    ]
    anonymous_pages = ["/", "/account/login/", "/account/signup/", "/account/password/reset/"]
    found = {}
    for user, urls in (
        (None, anonymous_pages),
        (member, member_pages),
        (coordinator, coordinator_pages),
    ):
        if user:
            client.force_login(user)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            found[f"{user} {url}"] = inline_code(response.content.decode())

    assert not {page: code for page, code in found.items() if code}


# Throttled logins, in the shared cache


@pytest.fixture
def database_cache(settings, db):
    """The production cache without Redis: a table every app process reads and writes."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "lpb_cache",
        }
    }
    call_command("createcachetable", verbosity=0)
    yield
    cache.clear()


def test_failed_logins_are_counted_in_the_shared_database_cache(database_cache, member, client):
    from django.db import connection

    for _ in range(5):
        client.post("/account/login/", {"login": member.email, "password": "wrong"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM lpb_cache")
        rows = cursor.fetchone()[0]

    # Another worker (a fresh client with no session) sees the same counter and refuses.
    from django.test import Client

    response = Client().post("/account/login/", {"login": member.email, "password": PASSWORD})

    assert rows >= 1
    assert "_auth_user_id" not in response.client.session
    assert response.status_code in (200, 429)


# The admin logs in through allauth only


def test_the_admin_login_sends_visitors_to_the_throttled_allauth_login(client, db):
    response = client.get("/beheer/login/?next=/beheer/members/user/")

    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=%2Fbeheer%2Fmembers%2Fuser%2F"


def test_posting_a_password_to_the_admin_login_does_not_log_in(client, coordinator):
    response = client.post("/beheer/login/", {"username": coordinator.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")
    assert "_auth_user_id" not in client.session


def test_the_admin_refuses_logged_in_members_who_are_not_staff(client, member):
    client.force_login(member)

    response = client.get("/beheer/", follow=True)

    assert response.status_code == 403


def test_a_coordinator_logs_in_through_allauth_and_reaches_the_admin(client, coordinator):
    response = client.post(
        "/account/login/?next=/beheer/", {"login": coordinator.email, "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/beheer/"
    assert client.get("/beheer/").status_code == 200


def test_the_admin_is_only_for_active_staff(client, coordinator):
    coordinator.is_active = False
    coordinator.save()
    client.force_login(coordinator)

    response = client.get("/beheer/")

    assert response.status_code == 302
    assert response["Location"].startswith("/beheer/login/")


# Sessions expire


def test_a_login_without_remember_me_ends_with_the_browser(client, member):
    client.post("/account/login/", {"login": member.email, "password": PASSWORD})

    assert client.session.get_expire_at_browser_close()


def test_a_remembered_login_lasts_two_weeks_at_most(client, member):
    client.post("/account/login/", {"login": member.email, "password": PASSWORD, "remember": "on"})

    assert not client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() <= django_settings.SESSION_COOKIE_AGE
    assert django_settings.SESSION_COOKIE_AGE <= 14 * 24 * 60 * 60


def test_images_from_the_upload_bucket_are_allowed():
    scaleway = production_settings(
        AWS_STORAGE_BUCKET_NAME="lpb-media", AWS_S3_ENDPOINT_URL="https://s3.nl-ams.scw.cloud"
    )
    amazon = production_settings(
        AWS_STORAGE_BUCKET_NAME="lpb-media", AWS_S3_REGION_NAME="eu-west-1"
    )

    assert scaleway["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == [
        "'self'",
        "data:",
        "https://s3.nl-ams.scw.cloud",
        "https://lpb-media.s3.nl-ams.scw.cloud",
    ]
    assert (
        "https://lpb-media.s3.eu-west-1.amazonaws.com"
        in (amazon["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"])
    )
