"""Privacy in a real browser: settings with preview, data download, account deletion, contact.

At 1280 px and 375 px, in Dutch (the default) and English, each page passes axe-core. Locators
use names and roles that do not depend on the wording, so the tests hold in both languages.
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from members.models import ContactMessage, Member, User
from practices.models import PracticeCase
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.conftest import PASSWORD, make_user
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.browser

WIDTHS = [1280, 375]
LANGUAGES = ["nl", "en"]


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def merel() -> User:
    user = make_user("merel@example.org", name="Merel van Hulst")
    make_member("Merel van Hulst", user=user, job_title="Wijkregisseur", qualities=["verbindend"])
    return user


@pytest.fixture
def omar() -> User:
    user = make_user("omar@example.org", name="Omar Bouzid")
    make_member("Omar Bouzid", user=user, job_title="Opbouwwerker")
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


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_member_sets_who_sees_the_profile_and_previews_it(
    new_page, live_server, merel, width, language
):
    page = open_page(new_page, live_server, merel, width, language)

    page.goto("/account/privacy/")
    assert page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(page)
    assert_fits(page, width)
    assert "Wijkregisseur" in page.locator(".profile-preview").inner_text()

    page.locator("input[name=visibility][value=public]").check()
    page.locator("input[name=show_email]").check()
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url("**/account/privacy/")
    assert page.locator(".messages, [role=status], .alert--success").count() >= 1
    member = Member.objects.get(user=merel)
    assert (member.visibility, member.show_email) == ("public", True)
    assert merel.email in page.locator(".profile-preview").inner_text()

    page.locator("a[href*='voorbeeld=bezoeker']").click()
    page.wait_for_url("**voorbeeld=bezoeker**")
    preview = page.locator(".profile-preview").inner_text()
    assert "Wijkregisseur" in preview
    assert merel.email not in preview  # visitors never see the address
    assert_no_axe_violations(page)
    assert_fits(page, width)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_member_downloads_the_data(new_page, live_server, merel, width, language):
    make_case(Member.objects.get(user=merel), title="Portiekgesprekken in Kanaleneiland")
    page = open_page(new_page, live_server, merel, width, language)

    page.goto("/account/privacy/gegevens/")
    assert_no_axe_violations(page)
    assert_fits(page, width)
    with page.expect_download() as download_info:
        page.locator("form.form button[type=submit]").click()
    download = download_info.value

    assert download.suggested_filename.startswith("lpb-netwerk-merel-van-hulst-")
    with zipfile.ZipFile(io.BytesIO(open(download.path(), "rb").read())) as archive:
        data = json.loads(archive.read("gegevens.json"))
    assert data["account"]["email"] == merel.email
    stories = data["records"]["practices.practicecase.author"]["rows"]
    assert [story["title"] for story in stories] == ["Portiekgesprekken in Kanaleneiland"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_member_deletes_the_account_choosing_per_shared_story(
    new_page, live_server, merel, omar, width, language
):
    author, co_author = Member.objects.get(user=merel), Member.objects.get(user=omar)
    shared = make_case(author, title="Samen met Omar", co_authors=[co_author])
    own = make_case(author, title="Alleen door Merel")
    page = open_page(new_page, live_server, merel, width, language)

    page.goto("/account/privacy/verwijderen/")
    assert_no_axe_violations(page)
    assert_fits(page, width)
    page.locator("input[name=password]").fill("niet-mijn-wachtwoord")
    page.locator("form.delete-account button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".field--error").count() == 2  # the password, and the missing choice
    assert_no_axe_violations(page)

    page.locator(f"input[name='work_practices-practicecase-{shared.pk}'][value=keep]").check()
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.delete-account button[type=submit]").click()
    page.wait_for_url(live_server.url + "/")

    assert page.locator(".alert--success, .messages").count() >= 1
    assert not User.objects.filter(pk=merel.pk).exists()
    assert PracticeCase.objects.get(pk=shared.pk).author is None
    assert not PracticeCase.objects.filter(pk=own.pk).exists()
    assert page.locator("form[action$='/account/logout/']").count() == 0  # logged out


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_a_member_writes_to_a_colleague_through_the_site(
    new_page, live_server, merel, omar, width, language
):
    profile = Member.objects.get(user=omar)
    page = open_page(new_page, live_server, merel, width, language)

    page.goto(profile.get_absolute_url())
    assert omar.email not in page.content()
    page.locator(f"a[href='{profile.get_absolute_url()}bericht/']").click()
    page.wait_for_url("**/bericht/")
    assert_no_axe_violations(page)
    assert_fits(page, width)
    page.locator("input[name=subject]").fill("Portiekgesprekken")
    page.locator("textarea[name=body]").fill("Hoe pakte jij dat aan?")
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url(f"**{profile.get_absolute_url()}")

    assert ContactMessage.objects.filter(sender=merel, recipient=omar).count() == 1
    assert omar.email not in page.content()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_privacy_statement_reads_well(new_page, live_server, width, language):
    page = new_page(width)
    page.context.add_cookies(
        [{"name": "django_language", "value": language, "url": live_server.url}]
    )

    page.goto("/")
    page.locator("footer a[href='/privacy/']").click()
    page.wait_for_url("**/privacy/")

    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert_no_axe_violations(page)
    assert_fits(page, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_coordinator_reads_why_the_account_cannot_be_deleted_here(new_page, live_server, width):
    coordinator = make_user("corrie@example.org", name="Corrie Coördinator", is_staff=True)
    page = open_page(new_page, live_server, coordinator, width, "nl")

    page.goto("/account/privacy/verwijderen/")

    assert page.locator(".alert--warning").count() == 1
    assert page.locator("input[name=password]").count() == 0
    assert_no_axe_violations(page)
    assert_fits(page, width)
