"""The privacy page: who sees my profile, explained, with a preview; and the privacy statement."""

from __future__ import annotations

import pytest
from django.urls import reverse

from members.contact import DAILY_LIMIT
from members.models import Member, User
from members.models.contact import RETENTION
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db

URL = reverse("members:privacy")
AS_VISITOR = URL + "?voorbeeld=bezoeker"


@pytest.fixture
def profile(member) -> Member:
    return make_member(
        "Merel van Hulst",
        user=member,
        job_title="Wijkregisseur",
        phone="030 123 45 67",
        themes=["wonen"],
        qualities=["verbindend"],
    )


def settings_post(**overrides) -> dict:
    return {"visibility": "members", "show_email": "", "show_phone": ""} | overrides


def preview_of(response) -> str:
    html = response.content.decode()
    start = html.index('id="preview-title"')
    return html[start:]


# Who may see the page


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", 302),
        ("pending_member", 200),
        ("member", 200),
        ("declined_member", 302),
        ("coordinator", 200),
        ("superuser", 200),
    ],
)
def test_logged_in_people_see_their_own_privacy_page(client_as, persona, expected):
    response = client_as(persona).get(URL)

    assert response.status_code == expected
    if expected == 302:
        assert response.url.startswith(reverse("account_login"))


# Saving the settings


def test_the_member_chooses_who_sees_the_profile(client, member, profile):
    client.force_login(member)

    response = client.post(URL, settings_post(visibility="public", show_email="on"))

    assert response.status_code == 302
    assert response.url == URL
    profile.refresh_from_db()
    assert profile.visibility == "public"
    assert profile.show_email is True
    assert profile.show_phone is False


def test_hiding_the_profile_takes_it_out_of_the_directory(client, member, other_member, profile):
    client.force_login(other_member)
    assert "Merel van Hulst" in client.get(reverse("members:list")).content.decode()
    client.force_login(member)

    client.post(URL, settings_post(visibility="hidden"))

    client.force_login(other_member)
    assert "Merel van Hulst" not in client.get(reverse("members:list")).content.decode()
    assert client.get(profile.get_absolute_url()).status_code == 404


def test_a_bad_choice_saves_nothing_and_keeps_the_rest(client, member, profile):
    client.force_login(member)

    response = client.post(URL, settings_post(visibility="everyone", show_email="on"))

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["visibility"]
    assert form["show_email"].value() is True
    profile.refresh_from_db()
    assert profile.visibility == "members"
    assert profile.show_email is False
    # The preview shows what is saved, not what the invalid form tried.
    assert profile.user.email not in preview_of(response)


def test_pending_members_get_a_profile_to_set(client, pending_member):
    client.force_login(pending_member)

    response = client.post(URL, settings_post(visibility="public"))

    assert response.status_code == 302
    assert Member.objects.get(user=pending_member).visibility == "public"


# The explanation and the preview


def test_each_choice_is_explained(client, member, profile, english):
    client.force_login(member)

    html = client.get(URL).content.decode()

    assert "also people without an account and search engines" in html
    assert "Only members of the network who are logged in see your profile" in html
    assert "Only the coordinators see your profile" in html
    assert reverse("members:data_download") in html
    assert reverse("members:account_delete") in html
    assert reverse("privacy_statement") in html


def test_the_preview_shows_what_a_member_sees(client, member, profile):
    profile.show_email = True
    profile.save()
    client.force_login(member)

    preview = preview_of(client.get(URL))

    assert "Merel van Hulst" in preview
    assert "Wijkregisseur" in preview
    assert member.email in preview  # shown to members, as chosen
    assert "030 123 45 67" not in preview  # not chosen
    assert reverse("members:profile_edit") not in preview  # not the owner's view


def test_the_preview_shows_that_visitors_see_nothing_of_a_members_only_profile(
    client, member, profile, english
):
    client.force_login(member)

    preview = preview_of(client.get(AS_VISITOR))

    assert "Visitors without an account do not see your profile" in preview
    assert "Wijkregisseur" not in preview


def test_the_preview_of_a_public_profile_hides_contact_details_from_visitors(
    client, member, profile
):
    profile.visibility = "public"
    profile.show_email = profile.show_phone = True
    profile.save()
    client.force_login(member)

    preview = preview_of(client.get(AS_VISITOR))

    assert "Wijkregisseur" in preview
    assert member.email not in preview
    assert "030 123 45 67" not in preview
    assert reverse("account_login") in preview


def test_the_preview_shows_only_the_stories_a_visitor_may_read(client, member, profile):
    profile.visibility = "public"
    profile.save()
    make_case(profile, title="Openbaar verhaal", visibility="public", qualities=["verbindend"])
    make_case(profile, title="Voor leden", visibility="members", qualities=["verbindend"])
    client.force_login(member)

    as_visitor = preview_of(client.get(AS_VISITOR))
    as_member = preview_of(client.get(URL))

    assert "Openbaar verhaal" in as_visitor
    assert "Voor leden" not in as_visitor
    assert "Voor leden" in as_member


def test_a_hidden_profile_is_seen_by_nobody_but_coordinators(client, member, profile, english):
    profile.visibility = "hidden"
    profile.save()
    client.force_login(member)

    preview = preview_of(client.get(URL))

    assert "Your profile is hidden" in preview
    assert "Wijkregisseur" not in preview


def test_a_pending_member_reads_that_nobody_sees_the_profile_yet(client, pending_member, english):
    client.force_login(pending_member)

    preview = preview_of(client.get(URL))

    assert "Until a coordinator approves your membership" in preview


def test_the_page_has_no_duplicate_ids_and_one_h1(client, member, profile):
    import re

    profile.visibility = "public"
    profile.save()
    client.force_login(member)

    for url in (URL, AS_VISITOR):
        html = client.get(url).content.decode()
        ids = re.findall(r'\sid="([^"]+)"', html)
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
        assert html.count("<h1") == 1


def test_the_page_takes_few_queries(client, member, profile, django_assert_max_num_queries):
    for number in range(5):
        make_case(profile, title=f"Verhaal {number}", qualities=["verbindend"])
    client.force_login(member)

    with django_assert_max_num_queries(15):
        client.get(URL)
    with django_assert_max_num_queries(15):
        client.get(AS_VISITOR)


# Links to the pages


def test_the_account_menu_and_tabs_link_to_the_privacy_page(client, member):
    client.force_login(member)

    home = client.get("/").content.decode()
    account = client.get(reverse("account_email")).content.decode()

    assert f'href="{URL}"' in home
    assert f'href="{URL}"' in account


def test_every_page_links_to_the_privacy_statement(client):
    html = client.get("/").content.decode()

    assert f'href="{reverse("privacy_statement")}"' in html


# The privacy statement


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_privacy_statement_renders_in_both_languages(client, language):
    client.cookies["django_language"] = language

    response = client.get(reverse("privacy_statement"))

    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_the_privacy_statement_states_the_figures_the_code_uses(client, english):
    html = client.get(reverse("privacy_statement")).content.decode()

    assert f"after {RETENTION.days} days" in html
    assert f"at most {DAILY_LIMIT} messages a day" in html
    assert "at most 14 days" in html
    assert "not your IP address" in html
    assert reverse("members:data_download") in html
    assert reverse("members:account_delete") in html


def test_the_privacy_statement_names_what_the_export_contains(client, english):
    """The statement promises messages and stories in the download; the export holds them."""
    from members.privacy import personal_relations

    keys = {relation.key for relation in personal_relations()}
    html = client.get(reverse("privacy_statement")).content.decode()

    assert "members.contactmessage.sender" in keys and "messages" in html
    assert "practices.practicecase.author" in keys and "stories" in html
    assert "practices.recognition.member" in keys and "recognitions" in html


def test_the_profile_page_still_renders_for_its_owner(client, member, profile):
    client.force_login(member)

    html = client.get(profile.get_absolute_url()).content.decode()

    assert '<h1 id="profile-name">Merel van Hulst</h1>' in html
    assert reverse("members:profile_edit") in html
    assert User.objects.filter(pk=member.pk).exists()
