"""Running for real: `make serve` and gunicorn, Redis, S3 media, request logs, the 503 page.

Settings are read once per process, so the tests of environment variables import
``lpb.settings`` in a fresh Python process (as tests/test_settings.py does).
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import runpy
import subprocess
import sys
import time
from unittest import mock

import pytest
from django.core.management import call_command
from django.core.management.utils import get_random_secret_key
from django.db import OperationalError, connection, connections

from lpb.logging import JsonFormatter
from tests.live_servers import BreakableDatabase, fetch, running_gunicorn
from tests.test_settings import REPO_ROOT, clean_env

# ---------------------------------------------------------------------------------------------
# Settings from the environment


def production_settings(code: str, **variables: str) -> dict:
    """Run ``code`` (which prints JSON) in a fresh process with production settings."""
    environment = {
        key: value
        for key, value in clean_env(
            DJANGO_SETTINGS_MODULE="lpb.settings",
            DJANGO_SECRET_KEY=get_random_secret_key(),
            **variables,
        ).items()
        if not key.startswith("AWS_") or key in variables
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


PRINT_STORAGE_AND_CACHE = (
    "import json, lpb.settings as s; from django.conf import global_settings as default; "
    "print(json.dumps({'STORAGES': s.STORAGES, 'CACHES': s.CACHES, "
    "'SESSION_ENGINE': getattr(s, 'SESSION_ENGINE', default.SESSION_ENGINE), 'DATABASE_OPTIONS': s.DATABASES['default'].get('OPTIONS'), "
    "'SESSION_COOKIE_SECURE': s.SESSION_COOKIE_SECURE, 'CSRF_COOKIE_SECURE': s.CSRF_COOKIE_SECURE, "
    "'SECURE_SSL_REDIRECT': s.SECURE_SSL_REDIRECT, "
    "'LOG_FORMATTER': s.LOGGING['handlers']['console']['formatter']}, default=str))"
)


def test_without_a_bucket_uploads_stay_on_the_local_disk_and_static_files_are_hashed():
    storages = production_settings(PRINT_STORAGE_AND_CACHE)["STORAGES"]

    assert storages == {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }


S3_ENVIRONMENT = {
    "AWS_STORAGE_BUCKET_NAME": "lpb-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_REGION_NAME": "nl-ams",
    "AWS_ACCESS_KEY_ID": "lpb-access-key",
    "AWS_SECRET_ACCESS_KEY": "lpb-secret-key",
}


def test_a_bucket_sends_uploads_to_s3_compatible_storage():
    storages = production_settings(PRINT_STORAGE_AND_CACHE, **S3_ENVIRONMENT)["STORAGES"]

    assert storages["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "lpb-media",
            "access_key": "lpb-access-key",
            "secret_key": "lpb-secret-key",
            "endpoint_url": "https://s3.example.org",
            "region_name": "nl-ams",
            "location": "",
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 3600,
            "file_overwrite": False,
        },
    }
    assert storages["staticfiles"]["BACKEND"].startswith("whitenoise.")


def test_s3_media_urls_are_signed_and_point_at_the_configured_endpoint():
    # Signing happens locally: no request leaves this machine.
    url = production_settings(
        "import django, json; django.setup(); "
        "from django.core.files.storage import default_storage; "
        "print(json.dumps(default_storage.url('photos/merel.jpg')))",
        **S3_ENVIRONMENT,
    )

    assert url.startswith("https://s3.example.org/lpb-media/photos/merel.jpg?")
    assert "X-Amz-Signature=" in url
    assert "lpb-secret-key" not in url


def test_without_redis_the_database_holds_the_cache_and_the_sessions():
    settings = production_settings(PRINT_STORAGE_AND_CACHE)

    assert settings["CACHES"]["default"]["BACKEND"] == (
        "django.core.cache.backends.db.DatabaseCache"
    )
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"


def test_redis_url_makes_redis_the_cache_and_the_session_store():
    settings = production_settings(
        PRINT_STORAGE_AND_CACHE, REDIS_URL="redis://cache.example:6379/2"
    )

    assert settings["CACHES"]["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.example:6379/2",
    }
    assert settings["SESSION_ENGINE"] == "django.contrib.sessions.backends.cache"


STORE_IN_REDIS = """
import django, json, redis
django.setup()
from importlib import import_module
from django.conf import settings
from django.core.cache import cache

cache.set("lpb-production-probe", "stored", 60)
session = import_module(settings.SESSION_ENGINE).SessionStore()
session["probe"] = "kept"
session.create()
raw = redis.Redis.from_url(settings.REDIS_URL)
result = {
    "cached": cache.get("lpb-production-probe"),
    "cache_key_in_redis": bool(raw.exists(cache.make_and_validate_key("lpb-production-probe"))),
    "session_in_redis": bool(raw.exists(cache.make_and_validate_key(session.cache_key))),
    "session_reloaded": import_module(settings.SESSION_ENGINE).SessionStore(
        session.session_key
    ).get("probe"),
}
cache.delete("lpb-production-probe")
session.delete()
print(json.dumps(result))
"""


def test_with_redis_url_the_cache_and_sessions_really_live_in_redis(redis_url):
    # The local Redis, or one started for the test run (``redis_url``); database 14.
    result = production_settings(STORE_IN_REDIS, REDIS_URL=redis_url)

    assert result == {
        "cached": "stored",
        "cache_key_in_redis": True,
        "session_in_redis": True,
        "session_reloaded": "kept",
    }


def test_cookies_are_secure_unless_switched_off_for_plain_http_on_loopback():
    production = production_settings(PRINT_STORAGE_AND_CACHE)
    loopback = production_settings(
        PRINT_STORAGE_AND_CACHE, DJANGO_SECURE_COOKIES="false", DJANGO_SECURE_SSL_REDIRECT="false"
    )

    assert production["SESSION_COOKIE_SECURE"] is production["CSRF_COOKIE_SECURE"] is True
    assert production["SECURE_SSL_REDIRECT"] is True
    assert loopback["SESSION_COOKIE_SECURE"] is loopback["CSRF_COOKIE_SECURE"] is False
    assert loopback["SECURE_SSL_REDIRECT"] is False


def test_a_postgres_connection_attempt_gives_up_within_seconds():
    options = production_settings(
        PRINT_STORAGE_AND_CACHE, DATABASE_URL="postgres://lpb@db.example.org:5432/lpb"
    )["DATABASE_OPTIONS"]

    assert options["connect_timeout"] == 5


def test_production_logs_json_and_the_log_format_accepts_only_json_or_text():
    assert production_settings(PRINT_STORAGE_AND_CACHE)["LOG_FORMATTER"] == "json"

    result = subprocess.run(
        [sys.executable, "-c", "import lpb.settings"],
        cwd=REPO_ROOT,
        env=clean_env(DJANGO_SECRET_KEY=get_random_secret_key(), DJANGO_LOG_FORMAT="xml"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "DJANGO_LOG_FORMAT" in result.stderr


# ---------------------------------------------------------------------------------------------
# gunicorn.conf.py and `make serve`


def gunicorn_config(monkeypatch, **variables: str) -> dict:
    for name in ("PORT", "WEB_CONCURRENCY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(REPO_ROOT / "gunicorn.conf.py"))


def test_gunicorn_listens_on_loopback_with_two_workers_per_core_plus_one(monkeypatch):
    config = gunicorn_config(monkeypatch)

    assert config["bind"] == "127.0.0.1:8000"
    assert config["workers"] == 2 * os.cpu_count() + 1
    assert config["wsgi_app"] == "lpb.wsgi:application"
    assert config["accesslog"] is None  # Django logs every request itself
    assert 0 < config["timeout"] <= 60
    assert config["graceful_timeout"] > 0


def test_gunicorn_takes_port_and_workers_from_the_environment(monkeypatch):
    config = gunicorn_config(monkeypatch, PORT="8123", WEB_CONCURRENCY="3")

    assert config["bind"] == "127.0.0.1:8123"
    assert config["workers"] == 3


def test_make_serve_prepares_and_runs_gunicorn_with_debug_off():
    dry_run = subprocess.run(
        ["make", "--dry-run", "--always-make", "serve", "PORT=8123"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    commands = [line for line in dry_run.splitlines() if "manage.py" in line or "gunicorn" in line]

    steps = [re.search(r"manage\.py (\w+)|-m (gunicorn)", line).group(0) for line in commands]
    assert steps == [
        "manage.py collectstatic",
        "manage.py migrate",
        "manage.py createcachetable",
        "-m gunicorn",
    ]
    for command in commands:
        assert "DJANGO_SECRET_KEY_FILE=.dev-secret-key" in command
        assert "DJANGO_DEBUG" not in command
        assert "DJANGO_SECURE_COOKIES=false" in command
    assert "PORT=8123" in commands[-1]
    assert "--config gunicorn.conf.py" in commands[-1]


# ---------------------------------------------------------------------------------------------
# The database goes away: a friendly 503, and back by itself


def get_in(client, url: str, language: str = "nl", **kwargs):
    client.cookies["django_language"] = language
    return client.get(url, **kwargs)


def database_unreachable():
    """Every new query fails as it does while PostgreSQL restarts."""
    return mock.patch.object(
        connections["default"],
        "ensure_connection",
        side_effect=OperationalError("connection to 10.0.0.7 port 5432 failed: Connection refused"),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en"])
def test_while_the_database_is_unreachable_pages_answer_with_the_friendly_503_page(
    client, language
):
    with database_unreachable():
        response = get_in(client, "/", language)

    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert "503" in html
    assert 'name="robots" content="noindex"' in html
    for detail in ("Traceback", "OperationalError", "10.0.0.7", "5432", "refused"):
        assert detail not in html


@pytest.mark.django_db
def test_the_503_page_speaks_english_to_english_visitors(client):
    with database_unreachable():
        html = get_in(client, "/", "en").content.decode()

    assert "The site is briefly unavailable" in html
    assert "Try again" in html


@pytest.mark.django_db
def test_the_next_request_after_the_outage_works_again(client, member):
    client.force_login(member)
    with database_unreachable():
        assert client.get("/over/").status_code == 503

    response = client.get("/over/")

    assert response.status_code == 200
    assert 'action="/account/logout/"' in response.content.decode()  # still logged in


@pytest.mark.django_db
def test_the_outage_goes_to_the_log_with_its_traceback(client, caplog):
    with database_unreachable(), caplog.at_level(logging.ERROR, logger="lpb.database"):
        client.get("/praktijken/")

    [record] = [r for r in caplog.records if r.name == "lpb.database"]
    assert record.levelno == logging.ERROR
    assert record.exc_info[0] is OperationalError
    assert "/praktijken/" in record.getMessage()


@pytest.mark.django_db
def test_the_health_check_answers_503_without_details_while_the_database_is_unreachable(client):
    with database_unreachable():
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"
    assert client.get("/healthz").status_code == 200


@pytest.mark.django_db
def test_other_errors_still_get_the_500_page(client, settings):
    settings.ROOT_URLCONF = "tests.boom_urls"
    client.raise_request_exception = False

    response = client.get("/boom/")

    assert response.status_code == 500
    assert "Retry-After" not in response


@pytest.mark.django_db(transaction=True)
def test_a_real_server_answers_503_while_the_database_is_down_and_recovers_within_5_seconds(
    tmp_path,
):
    """Gunicorn with production settings; the database really goes away and comes back.

    On PostgreSQL the server reaches the database through a relay that the test stops (new
    connections refused, the open one cut); on SQLite the database file disappears.
    """
    call_command("createcachetable", "lpb_cache", verbosity=0)
    database = BreakableDatabase(connection, tmp_path)
    try:
        with running_gunicorn(
            tmp_path / "server.log",
            DATABASE_URL=database.url,
            DJANGO_SECRET_KEY=get_random_secret_key(),
        ) as server:
            assert fetch(server.url, "/").status == 200

            database.go_down()
            page = fetch(server.url, "/", language="en")
            health = fetch(server.url, "/healthz")
            database.come_back()
            back_at = time.monotonic()
            while (home := fetch(server.url, "/")).status != 200 and time.monotonic() - back_at < 5:
                time.sleep(0.1)
            recovered_after = time.monotonic() - back_at
            health_after = fetch(server.url, "/healthz")
    finally:
        database.close()

    assert page.status == 503
    assert page.headers["Retry-After"].isdigit()
    assert "The site is briefly unavailable" in page.body
    assert "Traceback" not in page.body
    assert (health.status, health.body) == (503, "unavailable\n")
    assert home.status == 200, f"not back {recovered_after:.1f} s after the database returned"
    assert recovered_after < 5
    assert health_after.status == 200
    log = [json.loads(line) for line in server.log().splitlines() if line.startswith("{")]
    assert any(e["logger"] == "lpb.request" and e["status"] == 503 for e in log)
    assert any(e["logger"] == "lpb.database" and "exception" in e for e in log)


# ---------------------------------------------------------------------------------------------
# One structured log line per request


def request_lines(caplog) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "lpb.request"]


@pytest.mark.django_db
def test_every_request_writes_one_log_line_with_status_and_duration(client, caplog):
    with caplog.at_level(logging.INFO, logger="lpb.request"):
        response = client.get("/over/?zoek=Merel+van+Hulst")

    [line] = request_lines(caplog)
    assert line.levelno == logging.INFO
    assert line.method == "GET"
    assert line.path == "/over/"
    assert line.status == 200
    assert isinstance(line.duration_ms, float) and line.duration_ms >= 0
    assert line.user_id is None
    assert line.request_id == response["X-Request-ID"]
    # Search words can name people: the query string stays out of the log.
    assert "Merel" not in line.getMessage()


@pytest.mark.django_db
def test_the_log_line_names_a_logged_in_member_by_id_only(client, member, caplog):
    client.force_login(member)
    with caplog.at_level(logging.INFO, logger="lpb.request"):
        client.get("/over/")

    [line] = request_lines(caplog)
    assert line.user_id == member.pk
    formatted = JsonFormatter().format(line)
    assert member.email not in formatted
    assert member.name not in formatted


@pytest.mark.django_db
def test_logging_a_request_costs_no_query(client, member, django_assert_num_queries, caplog):
    # /healthz never looks at the user: the only query is its own SELECT 1, even for a member
    # with a session (loading them to log their id would cost two more).
    client.force_login(member)
    with caplog.at_level(logging.INFO, logger="lpb.request"), django_assert_num_queries(1):
        client.get("/healthz")

    [line] = request_lines(caplog)
    assert line.user_id is None


@pytest.mark.django_db
def test_a_request_id_from_the_proxy_is_kept_and_a_strange_one_replaced(client):
    kept = client.get("/healthz", headers={"X-Request-ID": "lb-1234.abc"})
    replaced = client.get("/healthz", headers={"X-Request-ID": "<script>" + "x" * 80})

    assert kept["X-Request-ID"] == "lb-1234.abc"
    assert re.fullmatch(r"[0-9a-f]{32}", replaced["X-Request-ID"])


def test_the_json_formatter_writes_one_line_with_plain_extra_fields_only():
    record = logging.LogRecord("lpb.request", logging.INFO, __file__, 1, "GET %s", ("/",), None)
    record.status = 200
    record.user_id = None
    record.request = object()  # Django passes the request itself: never written out

    entry = json.loads(JsonFormatter().format(record))

    assert entry["message"] == "GET /"
    assert entry["level"] == "INFO"
    assert entry["logger"] == "lpb.request"
    assert entry["status"] == 200
    assert entry["user_id"] is None
    assert "request" not in entry
    assert "\n" not in JsonFormatter().format(record)


@pytest.mark.django_db
def test_a_server_error_logs_its_traceback_with_the_request_id_and_shows_none(client, settings):
    settings.ROOT_URLCONF = "tests.boom_urls"
    client.raise_request_exception = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logging.getLogger().addHandler(handler)
    try:
        response = client.get("/boom/")
    finally:
        logging.getLogger().removeHandler(handler)

    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    [error] = [line for line in lines if line["logger"] == "django.request"]
    [request_line] = [line for line in lines if line["logger"] == "lpb.request"]
    assert "RuntimeError: Boom" in error["exception"]
    assert error["request_id"] == request_line["request_id"] == response["X-Request-ID"]
    assert request_line["status"] == 500
    assert "Boom" not in response.content.decode()


@pytest.mark.django_db
def test_losing_the_database_while_saving_the_session_gives_the_503_page_not_a_400(
    client, member, settings
):
    """The view ran, then saving the changed session failed: Django calls that a 400."""
    from django.contrib.sessions.models import Session

    settings.ROOT_URLCONF = "tests.boom_urls"
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.db"
    client.force_login(member)
    client.raise_request_exception = False
    failing_save = mock.patch.object(
        Session, "save", side_effect=OperationalError("the database system is shutting down")
    )
    with failing_save:
        response = client.get("/boom/session/")

    assert response.status_code == 503
    assert "Retry-After" in response
    assert 'class="error-page"' in response.content.decode()


@pytest.mark.django_db
def test_a_database_outage_outside_a_view_gives_the_503_page(rf):
    """Django calls the 500 handler while the exception (from a middleware, say) is current."""
    from lpb.views import server_error

    request = rf.get("/leden/")
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        outage = server_error(request)
    try:
        raise RuntimeError("something else")
    except RuntimeError:
        other = server_error(request)

    assert outage.status_code == 503
    assert "Retry-After" in outage
    assert other.status_code == 500
