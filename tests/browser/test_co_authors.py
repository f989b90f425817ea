"""Co-authors by consent in a real browser: the author invites a colleague by name at 1280 px,
the colleague accepts at 375 px, and only then does their name show on the story. In Dutch and
English, each page passing axe-core; the picker also works without JavaScript."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from members.models import Member, User
from practices.models import CoAuthorInvitation
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.conftest import make_user
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def merel() -> User:
    user = make_user("merel@example.org", name="Merel van Hulst")
    make_member("Merel van Hulst", user=user, job_title="Wijkregisseur")
    return user


@pytest.fixture
def omar() -> User:
    user = make_user("omar@example.org", name="Omar Bouzid")
    make_member("Omar Bouzid", user=user, job_title="Opbouwwerker", municipality="GM0344")
    return user


def open_page(new_page, live_server, user, width: int, language: str):
    page = new_page(width)
    log_in_as(page, live_server, user)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )
    return page


def assert_fits(page, width: int) -> None:
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_colleague_invited_by_name_shows_after_accepting(
    new_page, live_server, merel, omar, language
):
    author = Member.objects.get(user=merel)
    case = make_case(
        author,
        title="Buurtkamer in De Reit",
        visibility="members",
        # A published story keeps the sections publishing needs, so saving it goes through.
        situation="De buurtkamer stond leeg.",
        approach="We vroegen bewoners wat ze er wilden doen.",
    )
    colleague = Member.objects.get(user=omar)

    # The author, on a laptop, finds Omar by name (htmx suggests while she types).
    page = open_page(new_page, live_server, merel, 1280, language)
    page.goto(f"/praktijken/{case.slug}/bewerken/")
    assert page.locator("html").get_attribute("lang") == language
    page.locator("#id_co_author_search").fill("omar")
    suggestion = page.locator(f"#co-author-suggestions input[value='{colleague.pk}']")
    expect(suggestion).to_be_visible()
    assert "@" not in page.locator(".co-author-picker").inner_text()
    assert_no_axe_violations(page)
    suggestion.check()
    page.locator("button[name=action][value=save]").click()
    page.wait_for_url(f"**/praktijken/{case.slug}/")
    assert "Omar Bouzid" not in page.locator(".author-list").inner_text()
    invitation = CoAuthorInvitation.objects.get(case=case)
    assert (invitation.member, invitation.status) == (colleague, "pending")

    # Omar, on his phone, accepts on his invitations page.
    phone = open_page(new_page, live_server, omar, 375, language)
    phone.goto("/praktijken/uitnodigingen/")
    expect(phone.get_by_role("link", name="Buurtkamer in De Reit")).to_be_visible()
    assert_no_axe_violations(phone)
    assert_fits(phone, 375)
    phone.locator("button[name=action][value=accept]").click()
    phone.wait_for_url(f"**/praktijken/{case.slug}/")
    expect(phone.locator(".author-list")).to_contain_text("Omar Bouzid")
    assert_no_axe_violations(phone)
    assert_fits(phone, 375)

    # Now his name shows to the author as well.
    page.reload()
    expect(page.locator(".author-list")).to_contain_text("Omar Bouzid")


def test_the_picker_works_without_javascript(browser, live_server, merel, omar):
    context = browser.new_context(
        viewport={"width": 375, "height": 800},
        locale="nl-NL",
        base_url=live_server.url,
        java_script_enabled=False,
    )
    try:
        page = context.new_page()
        log_in_as(page, live_server, merel)
        case = make_case(Member.objects.get(user=merel), title="Zonder script", status="draft")
        colleague = Member.objects.get(user=omar)
        page.goto(f"/praktijken/{case.slug}/bewerken/")
        page.locator("#id_co_author_search").fill("Bouzid")
        page.locator("button[name=action][value=find]").click()
        page.wait_for_load_state()
        choice = page.locator(f"input[name=co_authors][value='{colleague.pk}']")
        expect(choice).to_be_visible()
        choice.check()
        page.locator("button[name=action][value=draft]").click()
        page.wait_for_url(f"**/praktijken/{case.slug}/")
        assert CoAuthorInvitation.objects.filter(case=case, member=colleague).exists()
    finally:
        context.close()
