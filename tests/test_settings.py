"""The settings come from the environment and refuse to run production unsafely.

Each test imports ``lpb.settings`` in a fresh Python process with a clean environment, because
settings are read once per process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from django.core.management.utils import get_random_secret_key

REPO_ROOT = Path(__file__).resolve().parent.parent
PRINT_SETTINGS = (
    "import json, lpb.settings as s; "
    "print(json.dumps({'DEBUG': s.DEBUG, 'SECRET_KEY': s.SECRET_KEY, "
    "'DATABASE': {k: v for k, v in s.DATABASES['default'].items() if k != 'OPTIONS'}, "
    "'LANGUAGE_CODE': s.LANGUAGE_CODE, 'TIME_ZONE': s.TIME_ZONE, "
    "'ALLOWED_HOSTS': s.ALLOWED_HOSTS}, default=str))"
)


def clean_env(**variables: str) -> dict[str, str]:
    """The process environment without anything that configures the site, plus ``variables``."""
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "EMAIL_", "REDIS_"))
        and key not in ("DATABASE_URL", "SITE_URL", "DEFAULT_FROM_EMAIL", "SERVER_EMAIL")
    }
    return {**keep, **variables}


def run_python(code: str, **variables: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=clean_env(**variables),
        capture_output=True,
        text=True,
        timeout=60,
    )


def load_settings(**variables: str) -> dict:
    result = run_python(PRINT_SETTINGS, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python("import lpb.settings")

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_debug_is_off_by_default():
    assert load_settings(DJANGO_SECRET_KEY=get_random_secret_key())["DEBUG"] is False


def test_a_development_run_still_needs_a_secret_key():
    result = run_python("import lpb.settings", DJANGO_DEBUG="true")

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_debug_accepts_only_true_or_false():
    result = run_python(
        "import lpb.settings", DJANGO_DEBUG="maybe", DJANGO_SECRET_KEY=get_random_secret_key()
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "DJANGO_DEBUG" in result.stderr
    assert "maybe" in result.stderr


def test_debug_can_be_switched_on():
    settings = load_settings(DJANGO_DEBUG="true", DJANGO_SECRET_KEY=get_random_secret_key())

    assert settings["DEBUG"] is True
    assert "127.0.0.1" in settings["ALLOWED_HOSTS"]


def test_the_secret_key_can_come_from_a_file(tmp_path):
    secret = get_random_secret_key()
    secret_file = tmp_path / "secret-key"
    secret_file.write_text(secret + "\n")

    settings = load_settings(DJANGO_SECRET_KEY_FILE=str(secret_file))

    assert settings["SECRET_KEY"] == secret


def test_sqlite_is_the_zero_setup_default():
    database = load_settings(DJANGO_SECRET_KEY=get_random_secret_key())["DATABASE"]

    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"].endswith("db.sqlite3")


def test_a_postgres_database_url_uses_persistent_checked_connections():
    database = load_settings(
        DJANGO_SECRET_KEY=get_random_secret_key(),
        DATABASE_URL="postgres://lpb:geheim@db.example.org:5432/lpb",
    )["DATABASE"]

    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["NAME"] == "lpb"
    assert database["HOST"] == "db.example.org"
    assert database["USER"] == "lpb"
    assert database["PASSWORD"] == "geheim"
    assert database["CONN_MAX_AGE"] > 0
    assert database["CONN_HEALTH_CHECKS"] is True


def test_the_site_speaks_dutch_first_in_amsterdam():
    settings = load_settings(DJANGO_SECRET_KEY=get_random_secret_key())

    assert settings["LANGUAGE_CODE"] == "nl"
    assert settings["TIME_ZONE"] == "Europe/Amsterdam"


def test_production_settings_pass_the_deployment_checklist():
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        cwd=REPO_ROOT,
        env=clean_env(
            DJANGO_SETTINGS_MODULE="lpb.settings",
            DJANGO_SECRET_KEY=get_random_secret_key(),
            DJANGO_ALLOWED_HOSTS="example.org",
            SITE_URL="https://example.org",
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
