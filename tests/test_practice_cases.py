"""Practice stories: who reads and edits what, writing with preview, publishing, recognition."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from members.models import Municipality, Theme
from members.services import ensure_profile
from practices.models import PracticeCase, Recognition
from tests.conftest import make_user
from tests.practice_factories import make_case

CREATE_URL = reverse("practices:create")


@pytest.fixture
def author(member):
    return ensure_profile(user=member)


@pytest.fixture
def co_author(db):
    return ensure_profile(user=make_user("co@example.org", name="Cor Auteur"))


@pytest.fixture
def cases(author, co_author):
    return {
        "public": make_case(author, title="Openbaar verhaal", visibility="public"),
        "members": make_case(author, title="Ledenverhaal", co_authors=[co_author]),
        "draft": make_case(author, title="Concept", status="draft", co_authors=[co_author]),
        "archived": make_case(author, title="Gearchiveerd", status="archived"),
    }


# persona -> stories (by key) it may read; the rest is a 404
READERS = {
    "anonymous": {"public"},
    "pending_member": {"public"},
    "other_member": {"public", "members"},
    "member": {"public", "members", "draft", "archived"},  # the author
    "coordinator": {"public", "members", "draft", "archived"},
}


@pytest.mark.parametrize("persona", READERS)
def test_each_persona_reads_exactly_the_stories_it_may(client_as, persona, cases):
    client = client_as(persona)
    read = {k for k, c in cases.items() if client.get(c.get_absolute_url()).status_code == 200}
    assert read == READERS[persona]


@pytest.mark.parametrize("persona", READERS)
def test_the_story_page_shortcut_grants_nothing_visible_to_refuses(persona, cases, request):
    """The story page checks "published for this viewer" on the loaded row and asks
    ``visible_to`` only otherwise: the shortcut must never let through what it refuses."""
    from django.contrib.auth.models import AnonymousUser

    viewer = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)
    visible = set(PracticeCase.objects.visible_to(viewer).values_list("pk", flat=True))
    shortcut = {k for k, c in cases.items() if c.is_published_for(viewer)}
    assert {k for k in shortcut if cases[k].pk not in visible} == set()
    assert shortcut <= READERS[persona]


def test_a_co_author_reads_and_edits_the_draft(client, co_author, cases):
    client.force_login(co_author.user)
    assert client.get(cases["draft"].get_absolute_url()).status_code == 200
    assert client.get(reverse("practices:edit", args=[cases["draft"].slug])).status_code == 200


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", 302),  # to the login page
        ("pending_member", 302),  # to the waiting page
        ("other_member", 403),  # may read it, not edit it
        ("member", 200),
        ("coordinator", 200),
    ],
)
def test_editing_rights(client_as, persona, expected, cases):
    url = reverse("practices:edit", args=[cases["members"].slug])
    assert client_as(persona).get(url).status_code == expected


def test_someone_elses_draft_is_a_404_for_editing_too(client_as, cases):
    url = reverse("practices:edit", args=[cases["draft"].slug])
    assert client_as("other_member").get(url).status_code == 404


def story_data(**overrides) -> dict:
    data = {
        "title": "Buurtkamer in De Reit",
        "summary": "Een lege winkel werd een buurtkamer.",
        "municipality": str(Municipality.objects.get(cbs_code="GM0855").pk),
        "neighbourhood": "De Reit",
        "period_start": "2022",
        "period_end": "2024",
        "situation": "Er was **geen** plek om elkaar te ontmoeten.",
        "approach": "- leegstand opgezocht\n- bewoners uitgenodigd",
        "result": "Elke week 40 bezoekers.",
        "lessons": "Begin klein.",
        "themes": [str(Theme.objects.get(code="eenzaamheid").pk)],
        "tags": "buurtkamer",
        "visibility": "members",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "images-MIN_NUM_FORMS": "0",
        "images-MAX_NUM_FORMS": "6",
        "action": "draft",
    }
    data.update(overrides)
    return data


def test_preview_renders_the_markdown_and_saves_nothing(client, member):
    client.force_login(member)
    response = client.post(CREATE_URL, story_data(action="preview"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "<strong>geen</strong>" in page
    assert "<li>leegstand opgezocht</li>" in page
    assert not PracticeCase.objects.exists()


def test_a_draft_is_saved_and_then_published(client, member, co_author):
    client.force_login(member)
    response = client.post(CREATE_URL, story_data(co_authors=[str(co_author.pk)]))
    case = PracticeCase.objects.get()
    assert response.status_code == 302
    assert case.status == "draft"
    assert case.published_at is None
    # Invited, not yet a co-author: only an accepted invitation puts a name on the story.
    assert not case.co_authors.exists()
    assert list(case.invitations.values_list("member", "status")) == [(co_author.pk, "pending")]
    assert (
        case.situation_html == "<p>Er was <strong>geen</strong> plek om elkaar te ontmoeten.</p>\n"
    )
    assert "buurtkamer" in case.search_document

    client.post(reverse("practices:status", args=[case.slug]), {"action": "publish"})
    case.refresh_from_db()
    assert case.status == "published"
    assert case.published_at is not None


def test_bad_input_keeps_what_was_typed(client, member):
    client.force_login(member)
    response = client.post(
        CREATE_URL,
        story_data(
            title="",
            period_start="2024",
            period_end="2020",
            co_author_search="Nobody Nergens",
            co_authors=["999999"],
        ),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Er was **geen** plek om elkaar te ontmoeten." in page
    assert 'value="Nobody Nergens"' in page
    assert page.count('aria-invalid="true"') >= 2
    assert 'id="id_co_authors_error"' in page
    assert not PracticeCase.objects.exists()


def test_pending_members_cannot_write_stories(client, pending_member):
    client.force_login(pending_member)
    response = client.post(CREATE_URL, story_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("members:waiting")
    assert not PracticeCase.objects.exists()


def test_recognition_toggles_once_per_member_and_kind(client, other_member, cases):
    client.force_login(other_member)
    url = reverse("practices:recognise", args=[cases["members"].slug])
    client.post(url, {"kind": "herkenbaar"})
    client.post(url, {"kind": "nuttig"})
    assert Recognition.objects.filter(case=cases["members"]).count() == 2
    client.post(url, {"kind": "herkenbaar"})
    assert list(Recognition.objects.values_list("kind", flat=True)) == ["nuttig"]


def test_recognition_with_htmx_returns_the_updated_buttons(client, other_member, cases):
    client.force_login(other_member)
    url = reverse("practices:recognise", args=[cases["members"].slug])
    response = client.post(url, {"kind": "nuttig"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<div class="recognition"')
    assert (
        'value="nuttig" class="button button--secondary button--small" aria-pressed="true"' in page
    )


def test_an_unknown_kind_of_recognition_is_a_404(client, other_member, cases):
    client.force_login(other_member)
    url = reverse("practices:recognise", args=[cases["members"].slug])
    assert client.post(url, {"kind": "<script>"}).status_code == 404
    assert not Recognition.objects.exists()


def test_drafts_cannot_be_recognised(client, co_author, cases):
    client.force_login(co_author.user)
    url = reverse("practices:recognise", args=[cases["draft"].slug])
    assert client.post(url, {"kind": "nuttig"}).status_code == 404


def test_the_profile_shows_craft_in_stories(client, other_member, author, cases):
    from members.models import MemberQuality, Quality

    verbindend = Quality.objects.get(code="verbindend")
    MemberQuality.objects.create(member=author, quality=verbindend)
    for key in ("public", "members", "draft"):
        cases[key].qualities.add(verbindend)
    client.force_login(other_member)
    page = client.get(author.get_absolute_url()).content.decode()
    assert "zichtbaar in 2 verhalen" in page  # the draft does not count
    assert "Openbaar verhaal" in page and "Ledenverhaal" in page


def test_related_stories_are_scored_by_theme_quality_and_place_newest_first(
    db,
    django_assert_max_num_queries,
):
    from django.contrib.auth.models import AnonymousUser

    from tests.factories import make_member

    amsterdam = Municipality.objects.select_related("province").get(cbs_code="GM0363")
    neighbour = (
        Municipality.objects.filter(province=amsterdam.province).exclude(pk=amsterdam.pk).first()
    )
    writer = make_member("Schrijver")

    def story(title, days_ago, **fields):
        fields.setdefault("visibility", "public")
        case = make_case(writer, title=title, **fields)
        PracticeCase.objects.filter(pk=case.pk).update(
            published_at=timezone.now() - timedelta(days=days_ago)
        )
        return case

    read = story("Gelezen", 0, themes=["jeugd", "wonen"], qualities=["open"], municipality="GM0363")
    story("Twee thema's", 5, themes=["jeugd", "wonen"])  # 4
    story("Thema en gemeente", 3, themes=["jeugd"], municipality="GM0363")  # 2 + 2 = 4, newer
    story("Kwaliteit en provincie", 1, qualities=["open"], municipality=neighbour.cbs_code)  # 2
    story("Alleen kwaliteit", 0, qualities=["open"])  # 1
    story("Niets gedeeld", 0, themes=["eenzaamheid"])  # 0: never related
    story("Concept", 0, themes=["jeugd", "wonen"], status="draft")  # not published
    story("Voor leden", 0, themes=["jeugd", "wonen"], visibility="members")  # not for anonymous

    read = PracticeCase.objects.for_display().get(pk=read.pk)
    read.related_cases(viewer=AnonymousUser())  # builds the index (once per change)
    with django_assert_max_num_queries(3):
        related = read.related_cases(viewer=AnonymousUser(), limit=4)

    assert [case.title for case in related] == [
        "Thema en gemeente",
        "Twee thema's",
        "Kwaliteit en provincie",
        "Alleen kwaliteit",
    ]


# The pages people read most, in queries that do not grow with what a story or profile holds
# (the tests' cache is in memory; with the database as the cache, as `make bench` runs, each
# page reads it once or twice more: the listing index's version, the unread-answers badge).
# Story: session, user, the story (with place, author, whether the viewer is invited and
# whether it has images and co-authors), its five vocabularies and tags, images, co-authors,
# recognitions, the related stories. A story without images and co-authors (most) skips those.
STORY_PAGE_QUERIES = 8
PLAIN_STORY_PAGE_QUERIES = 6
# Profile: session, user, the profile (with place and organisation type), its three
# vocabularies and tags, qualities, the stories per quality, the wheel's four qualities.
PROFILE_PAGE_QUERIES = 7


def _rich(author, size: int, number: int) -> PracticeCase:
    """A story with ``size`` of everything: themes, kinds of work, tags, co-authors (one of
    them hidden, shown as "a colleague"), recognitions, images and related stories."""
    from members.models import Member, Theme, WorkPractice
    from practices.models import CaseImage

    themes = list(Theme.objects.values_list("code", flat=True)[:size])
    work = list(WorkPractice.objects.values_list("code", flat=True)[:size])
    people = [
        ensure_profile(user=make_user(f"lid{number}-{n}@example.org", name=f"Lid {number} {n}"))
        for n in range(size)
    ]
    Member.objects.filter(pk=people[0].pk).update(visibility="hidden")
    case = make_case(
        author,
        title=f"Rijk {number}",
        themes=themes,
        qualities=["open", "verbindend", "gedreven", "bricolerend"][:size],
        work=work,
        tags=[f"tag{n}" for n in range(size)],
        co_authors=people,
        municipality="GM0363",
    )
    for n, person in enumerate(people):
        Recognition.objects.create(case=case, member=person, kind=Recognition.Kind.USEFUL)
        CaseImage.objects.create(case=case, image=f"cases/{number}-{n}.jpg", caption=f"Beeld {n}")
        make_case(person, title=f"Verwant {number} {n}", themes=themes[:1])
    return case


@pytest.mark.parametrize("size", [1, 10])
def test_a_story_page_takes_the_same_queries_however_much_it_holds(
    client, other_member, author, django_assert_num_queries, size
):
    story = _rich(author, size, 1)
    client.force_login(other_member)
    client.get(story.get_absolute_url())  # builds the listing's index (once per change)

    with django_assert_num_queries(STORY_PAGE_QUERIES):
        page = client.get(story.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count('class="card case-card"') == min(size, 3)  # related stories
    assert html.count("<figure>") == size
    assert html.count('class="chip chip--tag"') == size
    assert "Een collega" in html  # the hidden co-author, without name
    assert f"Lid 1 {size - 1}" in html if size > 1 else "Lid 1 0" not in html
    assert f'<span class="count">{size}</span>' in html  # useful


def test_a_story_without_images_and_co_authors_skips_reading_them(
    client, other_member, author, django_assert_num_queries
):
    plain = make_case(author, title="Kaal", themes=["jeugd"], tags=["a"])
    make_case(author, title="Verwant", themes=["jeugd"])
    client.force_login(other_member)
    client.get(plain.get_absolute_url())  # builds the listing's index (once per change)

    with django_assert_num_queries(PLAIN_STORY_PAGE_QUERIES):
        page = client.get(plain.get_absolute_url())
    assert page.status_code == 200
    assert "<figure>" not in page.content.decode()
    assert page.content.decode().count('class="author-card"') == 1


@pytest.mark.parametrize("size", [1, 10])
def test_a_profile_page_takes_the_same_queries_however_many_stories(
    client, other_member, author, django_assert_num_queries, size
):
    from members.models import MemberQuality, Quality, Theme

    for number in range(size):
        make_case(author, title=f"Verhaal {number}", qualities=["open", "verbindend"], tags=["a"])
    for quality in Quality.objects.all()[:size]:
        MemberQuality.objects.create(member=author, quality=quality, example="Zo")
    author.themes.set(Theme.objects.all()[:size])
    author.tags.add(*[f"tag{n}" for n in range(size)])
    client.force_login(other_member)

    with django_assert_num_queries(PROFILE_PAGE_QUERIES):
        profile = client.get(author.get_absolute_url())
    assert profile.status_code == 200
    html = profile.content.decode()
    assert ("zichtbaar in 1 verhaal" if size == 1 else f"zichtbaar in {size} verhalen") in html
