"""Settings for LPB Netwerk: one file, driven by the environment.

Every setting that differs between a laptop and production comes from an environment variable
(see the README's configuration table). Defaults are safe for production: DEBUG is off, and
without ``DJANGO_SECRET_KEY`` start-up fails. ``make run`` sets ``DJANGO_DEBUG=true`` and a
development secret key generated once into ``.dev-secret-key``.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    """Read a setting from ``NAME``, or from the file named by ``NAME_FILE`` (for secrets)."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        return Path(file_name).read_text().strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name, "true" if default else "false").strip().lower()
    if value not in ("true", "false"):
        raise ImproperlyConfigured(f"{name} must be 'true' or 'false', not {value!r}.")
    return value == "true"


def env_int(name: str, default: int) -> int:
    value = env(name, str(default))
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = env("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. Production needs a long random secret key in the "
        "environment (or a file named by DJANGO_SECRET_KEY_FILE); for development use `make run`."
    )

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "members",
    "practices",
    "digests",
    "questions",
    "lpb",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django.contrib.postgres",
    "allauth",
    "lpb.library_apps.AccountsConfig",  # allauth.account, with a Dutch name in the admin
    "lpb.library_apps.TagsConfig",  # taggit, with a Dutch name in the admin
    "django_htmx",
    "csp",
]

MIDDLEWARE = [
    # Outermost, so its one line per request has the final status and the whole duration.
    "lpb.logging.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "lpb.middleware.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A view's database error becomes the friendly 503 page instead of a 500.
    "lpb.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lpb.middleware.DutchFirstMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "lpb.urls"
WSGI_APPLICATION = "lpb.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

FORM_RENDERER = "lpb.forms.FormRenderer"

# Database: DATABASE_URL (postgres://…) in production and CI; SQLite for a zero-setup first run.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent connections buy nothing on SQLite and keep files locked in tests.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
else:
    # An unreachable database fails the request within seconds (the 503 page) instead of
    # holding a worker until gunicorn kills it.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DJANGO_DB_CONNECT_TIMEOUT", 5)
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "members.User"

# Caches and sessions: Redis when REDIS_URL is set (shared by all app processes), otherwise the
# database cache so rate limits hold across several workers too.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "lpb_cache",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Internationalisation: Dutch first, English second. The language switcher in the footer posts
# to Django's set_language view, which remembers the choice in a cookie.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
# Django serves uploads itself (lpb.media, with safe headers) in development; in production the
# web server or S3 does, unless DJANGO_SERVE_MEDIA=true (a small single-server installation).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", DEBUG)
# Behind nginx: the app checks who may see an upload and nginx sends it from this internal
# location (X-Accel-Redirect), e.g. "/protected-media/". Empty: the app sends the file itself.
MEDIA_ACCEL_REDIRECT = env("DJANGO_MEDIA_ACCEL_REDIRECT")
# Uploads (photos, story images) go to an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is
# set, so that several app servers share them and none keeps anything on its own disk; otherwise
# to MEDIA_ROOT. The bucket stays private: pages link to signed URLs that expire.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # None lets boto3 find credentials itself (an instance role, ~/.aws).
            "access_key": env("AWS_ACCESS_KEY_ID") or None,
            "secret_key": env("AWS_SECRET_ACCESS_KEY") or None,
            # Set for S3-compatible services (MinIO, Scaleway, OVH, …), empty for Amazon S3.
            "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
            "region_name": env("AWS_S3_REGION_NAME") or None,
            "location": env("AWS_LOCATION"),
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": env_int("AWS_QUERYSTRING_EXPIRE", 60 * 60),
            "file_overwrite": False,
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# E-mail: EMAIL_URL (smtp://user:pass@host:587/?tls=true, or console:) or the console in DEBUG.
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "LPB Netwerk <noreply@lpbnetwerk.nl>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_SUBJECT_PREFIX = "[LPB Netwerk] "
_email_url = env("EMAIL_URL", "console:" if DEBUG else "")
if _email_url.startswith("console:"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
elif _email_url:
    from urllib.parse import parse_qs, unquote, urlsplit

    _parts = urlsplit(_email_url)
    _query = parse_qs(_parts.query)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _parts.hostname or "localhost"
    EMAIL_PORT = _parts.port or 25
    EMAIL_HOST_USER = unquote(_parts.username or "")
    EMAIL_HOST_PASSWORD = unquote(_parts.password or "")
    EMAIL_USE_TLS = _query.get("tls", ["false"])[0] == "true" or _parts.scheme == "submission"
    EMAIL_USE_SSL = _query.get("ssl", ["false"])[0] == "true" or _parts.scheme == "smtps"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env("EMAIL_HOST", "localhost")
    EMAIL_PORT = env_int("EMAIL_PORT", 25)
    EMAIL_HOST_USER = env("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# Accounts (django-allauth): e-mail as login, mandatory verification, rate limits.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = EMAIL_SUBJECT_PREFIX
ACCOUNT_PASSWORD_INPUT_RENDER_VALUE = False
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "5/5m/key,20/5m/ip",
    "signup": "10/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
# The rate limits count per visitor address. Behind proxies that append to X-Forwarded-For (the
# README's nginx: 1; a load balancer in front of nginx: 2), DJANGO_TRUSTED_PROXIES says how many,
# so the address the outermost trusted proxy saw counts, not the proxy's own 127.0.0.1. With 0
# (no proxy) the header is ignored: a client cannot choose its own address.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXIES", 0)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
SESSION_COOKIE_AGE = 14 * 24 * 60 * 60

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Security. These hold with DEBUG off; behind a TLS-terminating proxy set
# DJANGO_SECURE_PROXY_SSL_HEADER=true.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Browser features the site never uses, denied to every page and frame (lpb.middleware).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "xr-spatial-tracking",
    )
)
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    # Only `make serve` (plain HTTP on loopback, to try production locally) switches this off:
    # browsers do not send Secure cookies back over http://, so logging in would not stick.
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    SECURE_HSTS_SECONDS = env_int("DJANGO_SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def media_origins() -> list[str]:
    """Where uploaded images are loaded from when they live in the bucket (signed URLs point
    at the bucket's host, virtual-hosted or path style), plus DJANGO_CSP_MEDIA_ORIGIN (a CDN)."""
    origins = env_list("DJANGO_CSP_MEDIA_ORIGIN")
    if not AWS_STORAGE_BUCKET_NAME:
        return origins
    from urllib.parse import urlsplit

    region = env("AWS_S3_REGION_NAME")
    amazon = f"https://s3.{region}.amazonaws.com" if region else "https://s3.amazonaws.com"
    endpoint = urlsplit(env("AWS_S3_ENDPOINT_URL") or amazon)
    return [
        f"{endpoint.scheme}://{endpoint.netloc}",  # path style: host/bucket/key
        f"{endpoint.scheme}://{AWS_STORAGE_BUCKET_NAME}.{endpoint.netloc}",  # virtual-hosted
        *origins,
    ]


# Content-Security-Policy (django-csp): scripts and styles only from our own static files, so an
# injected <script>, style="" or onclick= does nothing even if it got past the escaping. No
# 'unsafe-inline', no 'unsafe-eval': templates carry no inline script, style or handler. Images
# may also come from the upload bucket (see media_origins).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *media_origins()],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# Logs go to stdout, one JSON object per line in production (lpb/logging.py), readable text in
# development; `lpb.request` writes one line per request with its status and duration.
LOG_FORMAT = env("DJANGO_LOG_FORMAT", "text" if DEBUG else "json")
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured(f"DJANGO_LOG_FORMAT must be 'json' or 'text', not {LOG_FORMAT!r}.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "lpb.logging.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", "INFO")},
}
TAGGIT_CASE_INSENSITIVE = True

# "Vraag het netwerk" (questions/): at most this many questions per member per day, peers per
# question, and e-mails per run of `manage.py send_notifications` (cron, every minute).
QUESTIONS_PER_DAY = env_int("QUESTIONS_PER_DAY", 3)
QUESTIONS_PEERS_PER_QUESTION = 5
QUESTIONS_MAILS_PER_RUN = 60

# The text index's covering index (``lpb.models.TermPosting``, INCLUDE columns) is for
# PostgreSQL; SQLite builds it without the extra columns, which is all Django's W040 says.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
