"""One voice in Dutch: "je", never "u"/"uw", also in the strings Django and allauth bring;
"Inloggen" is logging in, "Word lid" is signing up."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from members.services import ensure_profile
from practices.models import PracticeCase
from tests.practice_factories import make_case

# "Uw"/"uw" as a word (not inside "nieuw", "bouwen" or "gebruikersnaam").
FORMAL = re.compile(r"(?<![\w-])[Uu]w(?![\w-])")
ANONYMOUS_FORMS = ["/account/login/", "/account/signup/", "/account/password/reset/"]
MEMBER_FORMS = [
    "/account/password/change/",
    "/account/email/",
    reverse("members:profile_edit"),
    reverse("members:privacy"),
    reverse("members:account_delete"),
    reverse("digests:preferences"),
    reverse("practices:create"),
    reverse("practices:who_to_call"),
]


def visible_text(html: str) -> str:
    html = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", html)
    return re.sub(r"<[^>]+>", " ", html)


def formal_words(response) -> list[str]:
    text = visible_text(response.content.decode())
    return [text[max(0, m.start() - 40) : m.end() + 40] for m in FORMAL.finditer(text)]


@pytest.fixture
def dutch(client):
    client.cookies["django_language"] = "nl"
    return client


@pytest.mark.parametrize("url", ANONYMOUS_FORMS)
def test_anonymous_forms_say_je(dutch, db, url):
    response = dutch.get(url)
    assert response.status_code == 200
    assert formal_words(response) == []


def test_the_password_help_and_errors_say_je(dutch, db):
    response = dutch.post(
        "/account/signup/",
        {"name": "Test", "email": "test@example.org", "password1": "123", "password2": "123"},
    )
    html = response.content.decode()
    assert "Je wachtwoord moet minstens 8 tekens lang zijn." in html
    assert formal_words(response) == []


@pytest.mark.parametrize("url", MEMBER_FORMS)
def test_member_forms_say_je(dutch, member, url):
    dutch.force_login(member)
    response = dutch.get(url)
    assert response.status_code == 200, url
    assert formal_words(response) == []


def test_a_wrong_old_password_is_told_with_je(dutch, member):
    dutch.force_login(member)
    response = dutch.post(
        "/account/password/change/",
        {"oldpassword": "not-it", "password1": "een-nieuw-wachtwoord", "password2": "x"},
    )
    assert formal_words(response) == []


def test_logging_in_is_inloggen_and_signing_up_is_word_lid(dutch, db):
    login = dutch.get("/account/login/").content.decode()
    signup = dutch.get("/account/signup/").content.decode()

    assert re.search(r"<title>\s*Inloggen\s*·", login)
    assert re.search(r"<h1>\s*Inloggen\s*</h1>", login)
    assert "Aanmelden" not in visible_text(login) and "Registreren" not in visible_text(login)
    assert re.search(r"<title>\s*Word lid\s*·", signup)
    assert re.search(r"<h1>\s*Word lid\s*</h1>", signup)
    assert "Log dan in" in signup


# --- A shared members-only link (issue 16, point 6) -----------------------------------------


@pytest.fixture
def stories(member):
    author = ensure_profile(user=member)
    return {
        "members": make_case(author, title="Alleen voor leden"),
        "public": make_case(author, title="Voor iedereen", visibility="public"),
        "draft": make_case(author, title="Nog een concept", status="draft"),
        "archived": make_case(author, title="Gearchiveerd", status="archived"),
    }


def test_a_members_only_story_sends_a_logged_out_visitor_to_the_login_and_back(
    dutch, stories, member
):
    url = stories["members"].get_absolute_url()

    response = dutch.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={url}"
    login = dutch.get(response["Location"]).content.decode()
    assert "Dit praktijkverhaal is alleen voor leden van het netwerk." in login
    assert "Alleen voor leden" not in login  # the title is not given away
    member.set_password("een-goed-wachtwoord-42")
    member.save()
    back = dutch.post(
        response["Location"], {"login": member.email, "password": "een-goed-wachtwoord-42"}
    )
    assert back.status_code == 302 and back["Location"] == url


def test_drafts_archived_and_missing_stories_stay_a_plain_404(dutch, stories):
    """No oracle: what a member could not see either answers exactly like a missing page."""
    for name in ("draft", "archived"):
        assert dutch.get(stories[name].get_absolute_url()).status_code == 404
    assert dutch.get("/praktijken/bestaat-niet/").status_code == 404
    assert dutch.get(stories["public"].get_absolute_url()).status_code == 200


def test_a_members_only_profile_sends_to_the_login_a_hidden_one_is_a_404(dutch, member):
    profile = ensure_profile(user=member)
    response = dutch.get(profile.get_absolute_url())
    assert response.status_code == 302 and "/account/login/?next=" in response["Location"]
    assert "Dit profiel is alleen voor leden" in dutch.get(response["Location"]).content.decode()

    profile.visibility = "hidden"
    profile.save()
    assert dutch.get(profile.get_absolute_url()).status_code == 404
    assert dutch.get("/leden/niemand-hier/").status_code == 404


def test_a_logged_in_applicant_still_gets_a_404(client, pending_member, stories):
    client.force_login(pending_member)
    assert client.get(stories["members"].get_absolute_url()).status_code == 404
    assert PracticeCase.objects.filter(pk=stories["members"].pk).exists()


def test_the_csrf_failure_page_says_je(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.cookies["django_language"] = "nl"

    response = client.post("/account/login/", {"login": "a@example.org", "password": "x"})

    assert response.status_code == 403
    assert 'class="site-header"' in response.content.decode()
    assert formal_words(response) == []
