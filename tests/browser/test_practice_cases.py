"""A member writes a practice story in a real browser: preview, publish, find it, mark it useful."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from members.models import Theme
from practices.models import PracticeCase
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser

TITLE = "Buurtbudget voor jongeren in Overvecht"
SITUATION = """Jongeren hingen **elke avond** rond bij het winkelcentrum.

- klachten van bewoners
- geen plek om te sporten"""


@pytest.fixture
def writer():
    return make_member(
        "Merel van Hulst", municipality="GM0344", qualities=["verbindend"], themes=["jeugd"]
    )


@pytest.fixture
def other_stories():
    """Stories by someone else on other themes, which the theme facet should filter out."""
    bert = make_member("Bert Bakker", municipality="GM0363", qualities=["open"])
    return [
        make_case(bert, title="Portiekgesprekken in de Pijp", themes=["wonen"]),
        make_case(bert, title="Schuldhulp aan de keukentafel", themes=["armoede-en-schulden"]),
    ]


def no_sideways_scroll(page) -> bool:
    return (
        page.evaluate("() => document.documentElement.scrollWidth") <= page.viewport_size["width"]
    )


def count_heading(page):
    """The listing's result count: the second-level heading that starts with a number."""
    return page.get_by_role("heading", level=2, name=re.compile(r"^\d+ "))


@pytest.mark.parametrize("width", [1280, 375])
def test_write_preview_publish_find_and_recognise_a_story(
    new_page, live_server, writer, other_stories, width
):
    page = new_page(width)
    log_in_as(page, live_server, writer.user)
    jeugd = Theme.objects.get(code="jeugd")

    # Write.
    page.goto("/praktijken/nieuw/")
    assert_no_axe_violations(page)
    assert no_sideways_scroll(page)
    form = page.locator("main form.case-form")
    form.locator("[name=title]").fill(TITLE)
    form.locator("[name=summary]").fill("Met een eigen budget bouwden jongeren een pannaveld.")
    form.locator("[name=situation]").fill(SITUATION)
    form.locator("[name=approach]").fill("We vroegen de jongeren *zelf* een plan te maken.")
    form.locator("[name=result]").fill("Een pannaveld en minder klachten.")
    form.locator("[name=lessons]").fill("Geef vertrouwen en een budget.")
    form.locator(f"input[name=themes][value='{jeugd.pk}']").check()

    # Preview: the Markdown rendered, nothing saved, nothing lost.
    with page.expect_navigation():
        form.get_by_role("button", name="Voorbeeld", exact=True).click()
    preview = page.locator("main section.preview")
    expect(preview).to_be_visible()
    expect(preview.locator("strong")).to_have_text("elke avond")
    expect(preview.locator("li")).to_have_count(2)
    expect(preview.locator("em")).to_have_text("zelf")
    assert not PracticeCase.objects.filter(title=TITLE).exists()
    expect(form.locator("[name=title]")).to_have_value(TITLE)
    expect(form.locator("[name=situation]")).to_have_value(SITUATION)
    expect(form.locator(f"input[name=themes][value='{jeugd.pk}']")).to_be_checked()
    assert_no_axe_violations(page)
    assert no_sideways_scroll(page)

    # Publish: the story page shows.
    form.get_by_role("button", name="Publiceren", exact=True).click()
    page.wait_for_url(re.compile(r"/praktijken/(?!nieuw/)[\w-]+/$"))
    case = PracticeCase.objects.get(title=TITLE)
    assert page.url == live_server.url + case.get_absolute_url()
    assert case.status == PracticeCase.Status.PUBLISHED
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.locator("main")).to_contain_text("Je verhaal is gepubliceerd.")
    expect(page.locator("main .prose strong")).to_have_text("elke avond")
    assert_no_axe_violations(page)
    assert no_sideways_scroll(page)

    # Recognise: "nuttig", swapped in place by htmx.
    page.evaluate("() => window.lpbNoReload = true")
    useful = page.get_by_role("button", name=re.compile(r"^Nuttig"))
    expect(useful).to_have_attribute("aria-pressed", "false")
    expect(useful.locator(".count")).to_have_text("0")
    useful.focus()
    page.keyboard.press("Enter")
    expect(useful).to_have_attribute("aria-pressed", "true")
    expect(useful.locator(".count")).to_have_text("1")
    assert page.evaluate("() => window.lpbNoReload") is True
    # The keyboard user is still on the button after the swap.
    assert page.evaluate("() => document.activeElement.value") == "nuttig"
    assert case.recognitions.filter(kind="nuttig").count() == 1
    assert_no_axe_violations(page)

    # Find it through the theme facet.
    page.goto("/praktijken/")
    expect(count_heading(page)).to_have_text(re.compile(r"^3 "))
    page.evaluate("() => window.lpbNoReload = true")
    filters = page.locator("details.directory__filters")
    if width < 800:
        expect(filters).not_to_have_attribute("open", re.compile(".*"))
        filters.locator("> summary").click()
    page.locator("input[type=checkbox][name=thema][value=jeugd]").check()
    expect(count_heading(page)).to_have_text(re.compile(r"^1 "))
    assert page.evaluate("() => location.search") == "?thema=jeugd"
    assert page.evaluate("() => window.lpbNoReload") is True
    results = page.get_by_role("region", name=re.compile(r"^1 "))
    expect(results.get_by_role("link", name=TITLE)).to_be_visible()
    expect(results.get_by_role("link", name="Portiekgesprekken in de Pijp")).to_have_count(0)
    assert_no_axe_violations(page)
    assert no_sideways_scroll(page)

    results.get_by_role("link", name=TITLE).click()
    page.wait_for_url(live_server.url + case.get_absolute_url())
