"""Tags in the admin: usage counts, merge (every profile and story follows), rename."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from members.models import Member, TaggedMember
from members.tags import merge_tags, tagged_item_models
from practices.models import PracticeCase, TaggedCase
from tests.factories import make_member
from tests.practice_factories import make_case

TAGS_URL = "/beheer/taggit/tag/"

pytestmark = pytest.mark.django_db


def tag(name: str) -> Tag:
    return Tag.objects.get(name=name)


def post_merge(client, tags: list[Tag], into: Tag | None = None, follow=True):
    data = {"action": "merge", "_selected_action": [str(t.pk) for t in tags], "index": 0}
    if into is not None:
        data["into"] = str(into.pk)
    return client.post(TAGS_URL, data, follow=follow)


@pytest.fixture
def tagged(db):
    """Three spellings of one idea, on profiles and stories, with overlaps."""
    anouk = make_member("Anouk", tags=["buurtbudget", "Buurt-budget"])
    bram = make_member("Bram", tags=["buurtbudgetten"])
    cato = make_member("Cato", tags=["buurtbudget", "straatgesprekken"])
    story = make_case(anouk, title="Budget voor de buurt", tags=["Buurt-budget", "buurtbudgetten"])
    other = make_case(bram, title="Ander verhaal", tags=["buurtbudgetten"])
    return {"anouk": anouk, "bram": bram, "cato": cato, "story": story, "other": other}


def test_both_kinds_of_tagged_objects_are_found():
    assert set(tagged_item_models()) == {TaggedMember, TaggedCase}


def test_the_tag_list_shows_usage_counts(client, coordinator, tagged):
    client.force_login(coordinator)

    html = client.get(TAGS_URL).content.decode()

    assert '<td class="field-members_count">1</td>' in html  # buurtbudgetten on 1 profile…
    assert '<td class="field-usage_count">3</td>' in html  # …and 2 stories


def test_the_tag_list_query_count_does_not_grow_with_rows(client, coordinator):
    make_member("Een", tags=["een"])
    client.force_login(coordinator)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(TAGS_URL).status_code == 200
        return len(queries)

    before = count()
    make_member("Twee", tags=["twee", "drie", "vier"])
    assert count() == before


def test_the_merge_action_asks_which_tag_to_keep(client, coordinator, tagged):
    client.force_login(coordinator)

    response = post_merge(client, [tag("buurtbudget"), tag("buurtbudgetten")])

    html = response.content.decode()
    assert 'type="radio" name="into"' in html
    assert Tag.objects.filter(name="buurtbudgetten").exists()


def test_merging_keeps_every_tagged_object(client, coordinator, tagged):
    client.force_login(coordinator)
    sources = [tag("buurtbudget"), tag("Buurt-budget"), tag("buurtbudgetten")]
    into = tag("buurtbudget")

    response = post_merge(client, sources, into=into)

    assert response.status_code == 200
    assert not Tag.objects.filter(name__in=["Buurt-budget", "buurtbudgetten"]).exists()
    for key in ("anouk", "bram", "cato"):
        assert list(tagged[key].tags.names()) == ["buurtbudget"] or key == "cato"
    assert sorted(tagged["cato"].tags.names()) == ["buurtbudget", "straatgesprekken"]
    for key in ("story", "other"):
        assert list(tagged[key].tags.names()) == ["buurtbudget"]
    assert TaggedMember.objects.filter(tag=into).count() == 3
    assert TaggedCase.objects.filter(tag=into).count() == 2
    assert "Samengevoegd in “buurtbudget”" in response.content.decode()


def test_merging_refreshes_the_search_documents(coordinator, tagged):
    merge_tags(
        tags=[tag("buurtbudgetten"), tag("straatgesprekken")],
        into=tag("straatgesprekken"),
        by=coordinator,
    )

    bram = Member.objects.get(pk=tagged["bram"].pk)
    assert "straatgesprekken" in bram.search_document
    assert "buurtbudgetten" not in bram.search_document
    story = PracticeCase.objects.get(pk=tagged["other"].pk)
    assert "straatgesprekken" in story.search_document


def test_merging_is_in_the_history(coordinator, tagged):
    into = tag("buurtbudget")

    merge_tags(tags=[tag("buurtbudgetten"), into], into=into, by=coordinator)

    messages = set(LogEntry.objects.values_list("change_message", flat=True))
    assert "Merged into “buurtbudget”" in messages
    assert "Merged in: “buurtbudgetten”" in messages


def test_merging_needs_two_tags(client, coordinator, tagged):
    client.force_login(coordinator)

    response = post_merge(client, [tag("buurtbudget")])

    assert "Selecteer minstens twee tags" in response.content.decode()


def test_renaming_a_tag_refreshes_search_and_is_logged(client, coordinator, tagged):
    client.force_login(coordinator)
    old = tag("buurtbudgetten")

    response = client.post(
        f"{TAGS_URL}{old.pk}/change/", {"name": "wijkbudget", "slug": "wijkbudget"}
    )

    assert response.status_code == 302
    assert "wijkbudget" in Member.objects.get(pk=tagged["bram"].pk).search_document
    assert LogEntry.objects.filter(object_id=str(old.pk), user=coordinator).exists()


def test_a_tag_in_use_cannot_be_deleted_but_an_unused_one_can(client, coordinator, tagged):
    client.force_login(coordinator)
    unused = Tag.objects.create(name="ongebruikt", slug="ongebruikt")

    assert client.get(f"{TAGS_URL}{tag('buurtbudget').pk}/delete/").status_code == 403
    assert client.get(f"{TAGS_URL}{unused.pk}/delete/").status_code == 200


def test_a_member_cannot_merge_tags(client, member, tagged):
    client.force_login(member)

    response = post_merge(client, [tag("buurtbudget"), tag("buurtbudgetten")], follow=False)

    assert response.status_code == 302
    assert Tag.objects.filter(name="buurtbudgetten").exists()
