"""End every session of one user, wherever the sessions are kept.

Django finds a session by its key, never by its user, so this looks through the stores: the
database table (the ``db`` and ``cached_db`` engines) and, for the ``cache`` and ``cached_db``
engines on Redis, the session keys in the cache. A deleted account's other browsers must not
keep its user id, e-mail address or "logged in as …" message until the session expires.
It reads every live session once: fine for a deletion now and then in a network of thousands.
"""

from __future__ import annotations

import logging
from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# The prefixes Django's cache-based session stores put before a session key.
CACHE_PREFIXES = ("django.contrib.sessions.cache", "django.contrib.sessions.cached_db")


def end_sessions(user_pk) -> int:
    """Delete every session of the user with ``user_pk``; returns how many were found."""
    user_id = str(user_pk)
    store = import_module(settings.SESSION_ENGINE).SessionStore
    ended = 0
    for session_key in _database_session_keys(user_id) | _cached_session_keys(user_id, store):
        store(session_key).delete()
        ended += 1
    if ended:
        logger.info("Ended %d session(s) of user %s", ended, user_id)
    return ended


def _database_session_keys(user_id: str) -> set[str]:
    if "django.contrib.sessions" not in settings.INSTALLED_APPS:
        return set()
    from django.contrib.sessions.models import Session

    # Expired rows too: they hold the same data until clearsessions runs.
    return {
        session.session_key
        for session in Session.objects.iterator()
        if session.get_decoded().get(SESSION_KEY) == user_id
    }


def _cached_session_keys(user_id: str, store) -> set[str]:
    cache = caches[getattr(settings, "SESSION_CACHE_ALIAS", "default")]
    if not isinstance(cache, RedisCache):
        return set()  # the database cache and local memory hold no sessions in this project
    client = cache._cache.get_client(write=False)
    keys = set()
    for prefix in CACHE_PREFIXES:
        marker = cache.make_key(prefix)
        for raw in client.scan_iter(match=f"{marker}*", count=500):
            session_key = raw.decode()[len(marker) :]
            data = store(session_key).load()
            if data.get(SESSION_KEY) == user_id:
                keys.add(session_key)
    return keys
