"""The craft page (/vakmanschap/) in a real browser: axe at 1280 and 375 px in Dutch and English,
and a badge on a story that leads to its section."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from members.models import Tension
from tests.browser.conftest import assert_no_axe_violations
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser


@pytest.fixture
def story():
    """A public story with a quality, a kind of work and a tension, by a public profile."""
    author = make_member(
        "Paula Publiek",
        visibility="public",
        job_title="Wijkregisseur",
        qualities=["verbindend"],
        roles=["schakel"],
    )
    author.member_qualities.update(example="Ik drink eerst koffie met iedereen.")
    case = make_case(
        author,
        title="Het pannaveld",
        visibility="public",
        qualities=["verbindend"],
        work=["relatiewerk"],
        summary="Jongeren bouwden samen met de buurt een veld.",
        tension_how="We hielpen eerst en pasten de regel daarna aan.",
    )
    case.tensions.set(Tension.objects.filter(code="binnen-buiten"))
    return case


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_craft_page_has_no_axe_violations(new_page, live_server, story, language, width):
    page = new_page(width)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )

    response = page.goto("/vakmanschap/")

    assert response.status == 200
    expect(page.locator("html")).to_have_attribute("lang", language)
    heading = "De blijvende spanningen" if language == "nl" else "The lasting tensions"
    expect(page.get_by_role("heading", name=heading, level=2)).to_be_visible()
    expect(page.locator("#kwaliteit-verbindend blockquote").first).to_contain_text(
        "koffie met iedereen"
    )
    expect(page.locator("#spanning-binnen-buiten blockquote")).to_contain_text(
        "pasten de regel daarna aan"
    )
    # Nothing wider than the viewport (no sideways scrolling at 375 px).
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width
    assert_no_axe_violations(page)


def test_a_tension_badge_on_a_story_leads_to_its_section(new_page, story):
    page = new_page(375)
    page.goto(story.get_absolute_url())

    page.locator("a.chip", has_text="Binnen–buiten").click()

    expect(page).to_have_url(re.compile(r"/vakmanschap/#spanning-binnen-buiten$"))
    expect(page.locator("#spanning-binnen-buiten")).to_be_in_viewport()
