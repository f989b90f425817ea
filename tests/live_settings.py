"""Settings for the gunicorn processes that tests start (see tests/live_servers.py).

Production settings, read from the environment exactly as in production (database, cache,
sessions, cookies, logging), except the static files: their URLs come from the app folders
instead of collectstatic's manifest, because collecting and compressing them takes longer than
the tests themselves. `make serve` runs the manifest storage for real.
"""

from lpb.settings import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
