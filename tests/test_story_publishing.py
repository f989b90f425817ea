"""Publishing a story needs its situation and approach; a draft may be incomplete."""

from __future__ import annotations

import pytest
from django.urls import reverse

from members.services import ensure_profile
from practices.models import PracticeCase
from tests.practice_factories import make_case
from tests.test_practice_cases import CREATE_URL, story_data

ONLY_SHORT = {"situation": "", "approach": "", "result": "", "lessons": ""}


@pytest.fixture(autouse=True)
def _in_english(english):
    """The messages below are checked in English."""


@pytest.fixture
def author(member):
    return ensure_profile(user=member)


def test_a_story_with_only_a_title_and_summary_is_not_published(client, member):
    client.force_login(member)
    response = client.post(CREATE_URL, story_data(action="publish", **ONLY_SHORT))

    assert response.status_code == 200
    assert not PracticeCase.objects.exists()
    html = response.content.decode()
    assert "needs at least the situation and the approach" in html
    assert html.count("Fill this in to publish the story.") == 2
    assert 'value="Buurtkamer in De Reit"' in html  # what was typed is kept


def test_situation_without_approach_is_not_enough(client, member):
    client.force_login(member)
    response = client.post(
        CREATE_URL, story_data(action="publish", approach="   ", result="", lessons="")
    )

    assert response.status_code == 200
    assert not PracticeCase.objects.exists()
    assert "Er was **geen** plek" in response.content.decode()


def test_the_same_story_saves_as_a_draft(client, member):
    client.force_login(member)
    response = client.post(CREATE_URL, story_data(action="draft", **ONLY_SHORT))

    assert response.status_code == 302
    assert PracticeCase.objects.get().status == PracticeCase.Status.DRAFT


def test_a_complete_story_is_published(client, member):
    client.force_login(member)
    client.post(CREATE_URL, story_data(action="publish", result="", lessons=""))

    assert PracticeCase.objects.get().status == PracticeCase.Status.PUBLISHED


def test_an_incomplete_draft_cannot_be_published_from_its_page(client, member, author):
    draft = make_case(author, status="draft", situation="Er speelde iets.")
    client.force_login(member)

    response = client.post(reverse("practices:status", args=[draft.slug]), {"action": "publish"})

    assert response.status_code == 302
    assert response["Location"] == reverse("practices:edit", args=[draft.slug])
    draft.refresh_from_db()
    assert draft.status == PracticeCase.Status.DRAFT
    page = client.get(response["Location"]).content.decode()
    assert "needs at least the situation and the approach" in page


def test_a_published_story_keeps_its_main_sections_when_edited(client, member, author):
    story = make_case(author, situation="Er speelde iets.", approach="We gingen praten.")
    client.force_login(member)
    url = reverse("practices:edit", args=[story.slug])

    response = client.post(url, story_data(action="save", title=story.title, approach=""))

    assert response.status_code == 200
    story.refresh_from_db()
    assert story.approach == "We gingen praten."


def test_the_meta_line_has_no_stray_separator(client, member, author):
    story = make_case(author, situation="Er speelde iets.", approach="We gingen praten.")
    client.force_login(member)

    html = client.get(story.get_absolute_url()).content.decode()

    meta = html.split('class="case__meta">')[1].split("</p>")[0]
    assert not meta.strip().startswith("·")
