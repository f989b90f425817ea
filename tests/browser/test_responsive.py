"""The layout works on a small phone: no page scrolls sideways at 360 px."""

from __future__ import annotations

import pytest

from tests.browser.conftest import log_in_as
from tests.conftest import make_user

pytestmark = pytest.mark.browser

PUBLIC_PAGES = ["/", "/over/", "/account/login/", "/account/signup/", "/account/password/reset/"]


def scroll_width(page) -> int:
    return page.evaluate("() => document.documentElement.scrollWidth")


def test_public_pages_do_not_scroll_sideways_at_360_px(new_page):
    page = new_page(360, 740)

    for path in PUBLIC_PAGES:
        page.goto(path)
        assert scroll_width(page) <= 360, path


def test_members_pages_do_not_scroll_sideways_at_360_px(new_page, live_server):
    member = make_user("merel@example.org", name="Merel van Hulst")
    pending = make_user("petra@example.org", name="Petra de Groot", status="pending")
    page = new_page(360, 740)

    log_in_as(page, live_server, member)
    page.goto("/leden/")
    assert page.url.endswith("/leden/")
    assert scroll_width(page) <= 360

    page.context.clear_cookies()
    log_in_as(page, live_server, pending)
    page.goto("/account/wachten/")
    assert page.url.endswith("/account/wachten/")
    assert scroll_width(page) <= 360


def test_the_skip_link_is_the_first_thing_the_keyboard_reaches(new_page):
    page = new_page(1280)
    page.goto("/")

    page.keyboard.press("Tab")

    assert page.evaluate("() => document.activeElement.getAttribute('href')") == "#main"
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().top") >= 0
