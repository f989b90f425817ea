"""Browser tests: Playwright driving Debian's Chromium at /usr/bin/chromium (never a download).

Without that Chromium every test in this folder is skipped, with a reason that says so.
"""

from __future__ import annotations

import os
from functools import lru_cache
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


AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@lru_cache(maxsize=1)
def _axe_script() -> str:
    """axe-core as shipped inside the ``axe-playwright-python`` wheel: nothing is downloaded."""
    from axe_playwright_python.sync_playwright import Axe

    return Axe().axe_script


def assert_no_axe_violations(page, context: str | None = None) -> None:
    """Run axe-core's WCAG 2.0/2.1 A and AA rules on the page (or on ``context``, a selector).

    Fails with one line per violation (rule id, impact, help text) and the HTML of every
    offending node.
    """
    # Measure the page at rest: htmx done swapping and settling, CSS transitions finished
    # (a live update fades the results for a moment, which would read as low contrast).
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, "
        ".htmx-added')"  # a function: under the CSP a bare expression string fails when polled
    )
    page.evaluate(
        """() => Promise.race([
            Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))),
            new Promise(resolve => setTimeout(resolve, 2000)),
        ])"""
    )
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(_axe_script())
    results = page.evaluate(
        "([context, options]) => axe.run(context || document, options)",
        [context, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}],
    )
    violations = results["violations"]
    if not violations:
        return
    lines = [f"{len(violations)} axe violation(s) on {page.url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"]:
            lines.append(f"    {' '.join(node['html'].split())}")
            if node.get("failureSummary"):
                lines.append("      " + " ".join(node["failureSummary"].split()))
    pytest.fail("\n".join(lines), pytrace=False)


def log_in_as(page, live_server, user) -> None:
    """Give the browser a session for ``user`` without going through the login form."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
