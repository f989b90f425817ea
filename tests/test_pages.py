"""Every public page renders in Dutch and English; errors get styled pages."""

from __future__ import annotations

import pytest

PUBLIC_PAGES = ["/", "/over/", "/account/login/", "/account/signup/", "/account/password/reset/"]

# Strings that Django and allauth translate themselves, per page: (Dutch, English).
TRANSLATED = {
    "/account/login/": ("Wachtwoord", "Password"),
    "/account/signup/": ("Word lid", "Sign Up"),
    "/account/password/reset/": ("Herstel mijn wachtwoord", "Reset My Password"),
}

pytestmark = pytest.mark.django_db


def get_in(client, url: str, language: str, **kwargs):
    client.cookies["django_language"] = language
    return client.get(url, **kwargs)


@pytest.mark.parametrize("url", PUBLIC_PAGES)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_public_page_renders_in_both_languages(client, url, language):
    response = get_in(client, url, language)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert 'class="site-footer"' in html
    assert 'href="#main"' in html  # the skip link


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_the_language_switcher_marks_the_current_language(client, url):
    nl = get_in(client, url, "nl").content.decode()
    en = get_in(client, url, "en").content.decode()

    assert 'aria-current="true">Nederlands' in nl
    assert 'value="en" lang="en"' in nl
    assert 'aria-current="true">English' in en
    assert 'value="nl" lang="nl"' in en


@pytest.mark.parametrize("url", list(TRANSLATED))
def test_account_pages_are_translated(client, url):
    dutch, english = TRANSLATED[url]

    nl = get_in(client, url, "nl").content.decode()
    en = get_in(client, url, "en").content.decode()

    assert dutch in nl
    assert dutch not in en
    assert english in en
    assert english not in nl


def test_dutch_is_the_default_language(client):
    response = client.get("/account/login/")

    assert '<html lang="nl">' in response.content.decode()


def test_an_english_browser_still_gets_dutch_until_the_visitor_switches(client):
    response = client.get("/account/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")

    assert '<html lang="nl">' in response.content.decode()


def test_the_language_switcher_remembers_the_choice_and_goes_back(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/over/"})

    assert response.status_code == 302
    assert response.url == "/over/"
    assert response.cookies["django_language"].value == "en"
    assert '<html lang="en">' in client.get("/over/").content.decode()


def test_the_language_switcher_does_not_redirect_elsewhere(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "https://evil.example"})

    assert response.status_code == 302
    assert "evil.example" not in response.url


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_unknown_url_gets_the_styled_404_page(client, language):
    response = get_in(client, "/bestaat-niet/", language)

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert "404" in html
    assert 'name="robots" content="noindex"' in html


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_server_error_gets_the_styled_500_page(client, settings, language):
    settings.ROOT_URLCONF = "tests.boom_urls"
    client.raise_request_exception = False

    response = get_in(client, "/boom/", language)

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert "500" in html
    assert "Boom" not in html
    assert "Traceback" not in html


def test_the_healthcheck_says_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content.decode().strip() == "ok"
    assert "no-cache" in response.headers["Cache-Control"]


def test_the_admin_sends_a_member_to_the_admin_login(client, member):
    client.force_login(member)

    response = client.get("/beheer/")

    assert response.status_code == 302
    assert response.url.startswith("/beheer/login/")


def test_the_admin_sends_anonymous_visitors_to_the_admin_login(client):
    response = client.get("/beheer/")

    assert response.status_code == 302
    assert response.url.startswith("/beheer/login/")


def test_the_admin_header_is_english_in_english(client, coordinator):
    client.force_login(coordinator)

    html = get_in(client, "/beheer/", "en").content.decode()

    assert "LPB Netwerk — administration" in html


def test_the_admin_header_is_dutch_in_dutch(client, coordinator):
    """Fails until the Dutch translations in locale/nl exist."""
    client.force_login(coordinator)

    html = get_in(client, "/beheer/", "nl").content.decode()

    assert "LPB Netwerk — beheer" in html


def test_pages_for_members_show_the_logout_button(client, member):
    client.force_login(member)

    html = get_in(client, "/", "en").content.decode()

    assert 'action="/account/logout/"' in html
    assert "Log out" in html
    assert "/beheer/" not in html


def test_coordinators_see_a_link_to_the_admin(client, coordinator):
    client.force_login(coordinator)

    html = client.get("/").content.decode()

    assert 'href="/beheer/"' in html
