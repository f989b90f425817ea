"""Editing my profile: saving every part, keeping input on errors, tags, query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from members.models import Member, MemberQuality, Municipality, Quality, Theme, WorkPractice
from members.services import ensure_profile

EDIT_URL = reverse("members:profile_edit")


def valid_data(**overrides) -> dict:
    data = {
        "name": "Merel van Hulst",
        "job_title": "Wijkregisseur",
        "organisation": "Gemeente Utrecht",
        "municipality": str(Municipality.objects.get(cbs_code="GM0344").pk),
        "neighbourhoods_text": "Kanaleneiland, Overvecht",
        "years_active": "12",
        "bio": "Twaalf jaar in Kanaleneiland.",
        "ask_me_about": "drugsoverlast in portiekflats",
        "themes": [str(Theme.objects.get(code="wonen").pk)],
        "work_practices": [str(WorkPractice.objects.get(code="relatiewerk").pk)],
        "tags": "buurtbudget, straatgesprekken",
        "quality_verbindend": "on",
        "quality_verbindend_example": "Ik breng corporatie en bewoners aan tafel.",
        "visibility": "members",
    }
    data.update(overrides)
    return data


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(EDIT_URL)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_pending_member_may_fill_in_a_profile_while_waiting(client, pending_member):
    client.force_login(pending_member)
    assert client.get(EDIT_URL).status_code == 200
    response = client.post(EDIT_URL, valid_data(name="Petra Pending"))
    assert response.status_code == 302
    assert Member.objects.get(user=pending_member).job_title == "Wijkregisseur"


def test_saving_stores_every_section_and_shows_it_on_the_profile(client, member):
    client.force_login(member)
    response = client.post(EDIT_URL, valid_data())
    profile = Member.objects.get(user=member)
    assert response.status_code == 302
    assert response["Location"] == profile.get_absolute_url()

    assert profile.municipality.name == "Utrecht"
    assert profile.neighbourhoods == ["Kanaleneiland", "Overvecht"]
    assert profile.years_active == 12
    assert list(profile.themes.values_list("code", flat=True)) == ["wonen"]
    assert sorted(profile.tags.names()) == ["buurtbudget", "straatgesprekken"]
    quality = MemberQuality.objects.get(member=profile)
    assert (quality.quality.code, quality.example) == (
        "verbindend",
        "Ik breng corporatie en bewoners aan tafel.",
    )

    page = client.get(profile.get_absolute_url()).content.decode()
    for shown in ["Wijkregisseur", "Kanaleneiland", "Ik breng corporatie en bewoners aan tafel."]:
        assert shown in page


def test_unticking_a_quality_removes_it(client, member):
    client.force_login(member)
    client.post(EDIT_URL, valid_data(quality_open="on"))
    client.post(EDIT_URL, valid_data())
    codes = set(
        MemberQuality.objects.filter(member__user=member).values_list("quality__code", flat=True)
    )
    assert codes == {"verbindend"}


def test_invalid_input_keeps_everything_that_was_typed(client, member):
    client.force_login(member)
    response = client.post(
        EDIT_URL, valid_data(years_active="99", name="", bio="Mijn eigen verhaal, niet kwijt.")
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Mijn eigen verhaal, niet kwijt." in page
    assert 'value="Wijkregisseur"' in page
    assert "Ik breng corporatie en bewoners aan tafel." in page
    assert 'aria-invalid="true"' in page
    assert Member.objects.get(user=member).job_title == ""


def test_the_same_tag_typed_differently_is_one_tag(client, member, other_member):
    client.force_login(member)
    client.post(EDIT_URL, valid_data(tags="Buurtbudget,  buurtbudget , BUURTBUDGET"))
    ensure_profile(user=other_member).tags.add("  buurtBUDGET ")
    from taggit.models import Tag

    assert Tag.objects.filter(name__iexact="buurtbudget").count() == 1
    assert Member.objects.get(user=member).tags.count() == 1


def test_tags_collapse_inner_white_space(member):
    profile = ensure_profile(user=member)
    profile.tags.add("achter  de   voordeur")
    assert profile.tags.names()[0] == "achter de voordeur"


def test_completeness_names_what_is_missing_and_why(client, member):
    client.force_login(member)
    page = client.get(EDIT_URL).content.decode()
    assert "0%" in page
    client.post(EDIT_URL, valid_data())
    profile = Member.objects.get(user=member)
    with translation.override("en"):
        missing = [label for label, _ in profile.missing_items()]
    assert missing == ["a photo"]
    assert profile.completeness() == 88


def profile_with(user, *, extra: int) -> Member:
    """A profile with ``extra`` themes, work practices, tags and all qualities."""
    profile = ensure_profile(user=user)
    profile.themes.set(Theme.objects.all()[:extra])
    profile.work_practices.set(WorkPractice.objects.all()[: min(extra, 5)])
    profile.tags.add(*[f"tag {n}" for n in range(extra)])
    for quality in Quality.objects.all()[: min(extra, 4)]:
        MemberQuality.objects.create(member=profile, quality=quality, example="x")
    return profile


def count_queries(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in context.captured_queries]


@pytest.mark.parametrize("page", ["detail", "edit"])
def test_profile_pages_use_the_same_queries_however_rich_the_profile(
    client, member, other_member, page
):
    small = profile_with(other_member, extra=1)
    large = profile_with(member, extra=12)

    client.force_login(other_member)
    few = count_queries(client, small.get_absolute_url() if page == "detail" else EDIT_URL)
    client.force_login(member)
    many = count_queries(client, large.get_absolute_url() if page == "detail" else EDIT_URL)
    assert len(many) == len(few), "\n".join(many)
    assert len(many) <= 20, "\n".join(many)
