"""`make screenshots`: the main pages at 1280 and 375 px, logged out and logged in.

Runs only with ``pytest --screenshots``; the pictures land in the git-ignored ``screenshots/``
folder at the top of the repository, so anyone can look at the UI without clicking through it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from members import demo
from members.models import User
from practices.demo import seed_cases
from tests.browser.conftest import log_in_as
from tests.conftest import make_user

pytestmark = [pytest.mark.browser, pytest.mark.screenshots]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WIDTHS = [1280, 375]
# name, path, who is logged in (None: nobody)
PAGES = [
    ("home", "/", None),
    ("about", "/over/", None),
    ("login", "/account/login/", None),
    ("signup", "/account/signup/", None),
    ("home-logged-in", "/", "member"),
    ("members", "/leden/", "member"),
    ("stories", "/praktijken/", "member"),
    ("waiting", "/account/wachten/", "pending"),
]


@pytest.fixture
def people() -> dict[str, User]:
    demo.seed(members=30, seed=1)
    seed_cases(cases=24, seed=1)
    return {
        "member": User.objects.get(email=demo.DEMO_MEMBER_EMAIL),
        "pending": make_user("petra@example.org", name="Petra de Groot", status="pending"),
    }


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "path", "persona"), PAGES, ids=[p[0] for p in PAGES])
def test_screenshot(new_page, live_server, people, name, path, persona, width):
    page = new_page(width)
    if persona:
        log_in_as(page, live_server, people[persona])

    response = page.goto(path)

    assert response.status == 200
    assert page.url == live_server.url + path
    SCREENSHOTS.mkdir(exist_ok=True)
    target = SCREENSHOTS / f"{name}-{width}.png"
    page.screenshot(path=str(target), full_page=True)
    assert target.stat().st_size > 0
    if name == "home" and width < 700:  # the phone menu, unfolded
        page.get_by_role("button", name="Menu").click()
        page.screenshot(path=str(SCREENSHOTS / f"home-menu-open-{width}.png"))
