"""The Content-Security-Policy in a real browser: the main pages, their htmx updates and the
admin work under it, and nothing they do is blocked (no ``securitypolicyviolation`` event, no
console error) — for an anonymous visitor, a member and a coordinator."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from members.services import ensure_profile
from tests.browser.conftest import log_in_as
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser

# Runs in every document before the page's own scripts (Playwright injects it; the policy does
# not apply to it), and records what the policy blocks.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`
  );
});
"""


class PolicyWatch:
    """A tab that remembers every CSP violation and console error of every page it showed."""

    def __init__(self, page):
        self.page = page
        self.problems: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        page.on("response", self._response)

    def _response(self, response):
        if response.status >= 400:
            self.problems.append(f"{response.status} for {response.url} on {self.page.url}")

    def _console(self, message):
        if message.type == "error" or "Content Security Policy" in message.text:
            self.problems.append(f"console {message.type} on {self.page.url}: {message.text}")

    def goto(self, url: str):
        response = self.page.goto(url)
        assert response.status == 200, url
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe" not in policy, url
        return response

    def collect(self) -> None:
        """Add the violations the current document recorded."""
        violations = self.page.evaluate("() => window.cspViolations || []")
        self.problems += [f"{self.page.url}: {v}" for v in violations]

    def assert_clean(self) -> None:
        self.collect()
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture
def watch(new_page):
    def _watch(width: int = 1280) -> PolicyWatch:
        return PolicyWatch(new_page(width))

    return _watch


@pytest.fixture
def content(member):
    author = make_member(
        "Anna Akkermans",
        municipality="GM0344",
        qualities=["open", "verbindend"],
        themes=["wonen"],
        bio="Ik werk met het wijkteam aan drugsoverlast.",
        ask_me_about="drugsoverlast in portiekflats",
        visibility="public",
    )
    make_member("Bert Bakker", municipality="GM0363", qualities=["verbindend"], themes=["jeugd"])
    case = make_case(
        author,
        title="Portiekgesprekken tegen drugsoverlast",
        themes=["wonen"],
        qualities=["open"],
        visibility="public",
        situation="Bewoners voelden zich **onveilig**.",
    )
    ensure_profile(user=member)
    return {"author": author, "case": case}


def test_the_collector_catches_what_the_policy_blocks(watch, live_server, db):
    """The check can fail: an inline script and an inline style are reported."""
    tab = watch()
    tab.goto("/")

    tab.page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.inlineRan = true";
            document.body.append(script);
            document.body.insertAdjacentHTML("beforeend", '<p style="color: red">x</p>');
        }"""
    )
    tab.page.wait_for_function("() => window.cspViolations.length >= 2")
    tab.collect()

    assert tab.page.evaluate("() => window.inlineRan") is None
    assert any("script-src" in problem for problem in tab.problems)
    assert any("style-src" in problem for problem in tab.problems)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_anonymous_pages_run_under_the_policy(watch, live_server, content, language):
    tab = watch()
    tab.page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    for url in ["/", "/over/", "/praktijken/", content["case"].get_absolute_url()]:
        tab.goto(url)
        tab.collect()
    tab.goto("/account/login/")
    tab.page.locator("input[name=login]").fill("niemand@example.org")
    tab.page.locator("input[name=password]").fill("verkeerd")
    tab.page.locator("main form button[type=submit]").click()
    tab.page.wait_for_load_state()

    tab.assert_clean()


@pytest.mark.parametrize("width", [1280, 375])
def test_a_member_browses_ticks_a_facet_previews_and_asks_under_the_policy(
    watch, live_server, member, content, width
):
    tab = watch(width)
    page = tab.page
    log_in_as(page, live_server, member)

    tab.goto("/")
    tab.collect()

    # The directory, with a live (htmx) facet update.
    tab.goto("/leden/")
    page.evaluate("() => window.lpbNoReload = true")
    filters = page.locator("details.directory__filters").first
    if not filters.evaluate("details => details.open"):
        filters.locator("summary").first.click()
    page.locator("input[type=checkbox][name=kwaliteit][value=open]").check()
    expect(page).to_have_url(re.compile(r"kwaliteit=open"))
    expect(page.locator(".member-card h3")).to_have_text(["Anna Akkermans"])
    assert page.evaluate("() => window.lpbNoReload") is True  # updated in place, not reloaded
    tab.collect()

    # A profile, and my own profile's edit form.
    tab.goto(content["author"].get_absolute_url())
    expect(page.get_by_role("img", name=re.compile("Anna Akkermans"))).to_have_count(1)
    tab.collect()
    tab.goto("/profiel/bewerken/")
    tab.collect()

    # The stories, a story with its htmx recognition button.
    tab.goto("/praktijken/")
    tab.collect()
    tab.goto(content["case"].get_absolute_url())
    useful = page.get_by_role("button", name=re.compile(r"^Nuttig"))
    useful.click()
    expect(useful).to_have_attribute("aria-pressed", "true")
    tab.collect()

    # Writing a story: the preview.
    tab.goto("/praktijken/nieuw/")
    form = page.locator("main form.case-form")
    form.locator("[name=title]").fill("Een buurtkamer")
    form.locator("[name=summary]").fill("Een lege winkel werd een buurtkamer.")
    form.locator("[name=situation]").fill("Er was **geen** plek.")
    with page.expect_navigation():
        form.get_by_role("button", name="Voorbeeld", exact=True).click()
    expect(page.locator("main section.preview strong")).to_have_text("geen")
    tab.collect()

    # Wie bel je?
    tab.goto("/wie-bel-je/")
    page.locator("textarea[name=beschrijving]").fill("Drugsoverlast in een portiekflat")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    expect(page.locator("main")).to_contain_text("Anna Akkermans")

    tab.assert_clean()


def test_the_admin_works_under_the_policy(watch, live_server, coordinator, member, content):
    tab = watch()
    page = tab.page
    log_in_as(page, live_server, coordinator)

    tab.goto("/beheer/")
    expect(page.locator(".network-dashboard")).to_be_visible()
    tab.collect()

    # The changelist: its JavaScript ticks rows and shows the action counter.
    tab.goto("/beheer/members/user/")
    page.locator(f"tr:has-text('{member.email}') input.action-select").check()
    expect(page.locator(".action-counter")).to_contain_text("1")
    tab.collect()

    # A member's change form, and a story's (with its inlines and many-to-many widgets).
    tab.goto(f"/beheer/members/user/{member.pk}/change/")
    expect(page.locator("input[name=name]")).to_have_value(member.name)
    tab.collect()
    tab.goto(f"/beheer/practices/practicecase/{content['case'].pk}/change/")
    expect(page.locator("input[name=title]")).to_have_value(content["case"].title)
    tab.collect()
    tab.goto(f"/beheer/members/member/{content['author'].pk}/change/")

    tab.assert_clean()
