"""Browser tests: Playwright driving Debian's Chromium at /usr/bin/chromium (never a download).

Without that Chromium every test in this folder is skipped, with a reason that says so.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SKIP_REASON = "Chromium not found at /usr/bin/chromium: browser tests skipped"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between browser steps are still synchronous, so Django may allow them.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


@pytest.fixture(autouse=True)
def _require_chromium():
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)


@pytest.fixture(autouse=True)
def _browser_database(transactional_db, django_db_serialized_rollback):
    """The live server needs committed data; restore what the migrations created afterwards."""


@pytest.fixture(scope="session")
def browser(django_db_setup):
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    thread_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # With Playwright's event loop running in this thread, Django keeps connections per
        # async context instead of per thread. Hand it the connections it already has (they
        # hold the test database and its serialized contents) rather than opening new ones.
        for alias, connection in thread_connections.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """``new_page(width)``: a fresh, Dutch-speaking browser tab of that width."""
    contexts = []

    def _new_page(width: int = 1280, height: int = 900):
        context = browser.new_context(
            viewport={"width": width, "height": height},
            locale="nl-NL",
            base_url=live_server.url,
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield _new_page
    for context in contexts:
        context.close()


def log_in_as(page, live_server, user) -> None:
    """Give the browser a session for ``user`` without going through the login form."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
