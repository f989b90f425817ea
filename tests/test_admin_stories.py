"""Practice stories in the admin: actions are in the history, the list does not grow in queries."""

from __future__ import annotations

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import PracticeCase, Recognition
from tests.factories import make_member
from tests.practice_factories import make_case

STORIES_URL = "/beheer/practices/practicecase/"

pytestmark = pytest.mark.django_db


def story_action(client, action: str, *cases: PracticeCase, **query):
    url = STORIES_URL + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    return client.post(
        url,
        {"action": action, "_selected_action": [str(c.pk) for c in cases], "index": 0},
        follow=True,
    )


@pytest.mark.parametrize(
    "action, field, value, message",
    [
        ("publish", "status", "published", "Published"),
        ("archive", "status", "archived", "Archived"),
        ("feature", "featured", True, "Featured"),
    ],
)
def test_each_story_action_changes_and_logs(client, coordinator, action, field, value, message):
    case = make_case(make_member("Auteur"), status="draft")
    client.force_login(coordinator)

    response = story_action(client, action, case)

    assert "1 verhaal gewijzigd" in response.content.decode()
    case.refresh_from_db()
    assert getattr(case, field) == value
    assert LogEntry.objects.filter(
        object_id=str(case.pk), user=coordinator, change_message=message
    ).exists()


def test_featuring_from_a_filtered_list_logs_every_story(client, coordinator):
    case = make_case(make_member("Auteur"))
    client.force_login(coordinator)

    story_action(client, "feature", case, featured__exact=0)

    case.refresh_from_db()
    assert case.featured
    assert LogEntry.objects.filter(object_id=str(case.pk), change_message="Featured").exists()


def test_the_story_changelist_query_count_does_not_grow_with_rows(client, coordinator):
    author = make_member("Auteur", municipality="GM0344")
    make_case(author, title="Een", themes=["wonen"], municipality="GM0344")
    client.force_login(coordinator)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(STORIES_URL).status_code == 200
        return len(queries)

    before = count()
    for n in range(6):
        make_case(make_member(f"Auteur {n}"), title=f"Verhaal {n}", themes=["jeugd"])
    assert count() == before


# Recognitions: how many members know the situation, or found the story useful


def recognise(case: PracticeCase, kinds: dict[str, int]) -> None:
    for kind, number in kinds.items():
        for n in range(number):
            member = make_member(f"Lezer {kind} {n} {case.pk}")
            Recognition.objects.create(case=case, member=member, kind=kind)


def column(html: str, name: str) -> list[str]:
    return re.findall(rf'<td class="field-{name}">(.*?)</td>', html)


def test_the_story_list_shows_both_recognition_counts(client, coordinator):
    case = make_case(make_member("Auteur"), title="Een")
    recognise(case, {"herkenbaar": 3, "nuttig": 1})
    client.force_login(coordinator)

    html = client.get(STORIES_URL).content.decode()

    assert column(html, "recognisable_count") == ["3"]
    assert column(html, "useful_count") == ["1"]
    assert "“Dit herken ik”" in html and "“Nuttig”" in html


@pytest.mark.parametrize("field", ["recognisable_count", "useful_count"])
def test_the_story_list_sorts_by_recognitions(client, coordinator, field):
    author = make_member("Auteur")
    many, few = make_case(author, title="Veel"), make_case(author, title="Weinig")
    kind = "herkenbaar" if field == "recognisable_count" else "nuttig"
    recognise(few, {kind: 1})
    recognise(many, {kind: 2})
    client.force_login(coordinator)
    html = client.get(STORIES_URL).content.decode()
    # The column's sort link ("o=<index>"), descending.
    index = re.search(rf'class="sortable column-{field}[^"]*">.*?href="\?o=([\d.]+)"', html, re.S)

    column_index = index.group(1).split(".")[0]

    def titles(order: str) -> list[str]:
        html = client.get(f"{STORIES_URL}?o={order}").content.decode()
        return re.findall(r'<th class="field-title"><a[^>]*>(.*?)</a>', html)

    assert titles(f"-{column_index}") == ["Veel", "Weinig"]
    assert titles(column_index) == ["Weinig", "Veel"]


def test_the_recognition_counts_add_no_query_per_story(client, coordinator):
    first = make_case(make_member("Auteur"), title="Een")
    recognise(first, {"herkenbaar": 2, "nuttig": 2})
    client.force_login(coordinator)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(STORIES_URL).status_code == 200
        return len(queries)

    before = count()
    for n in range(5):
        recognise(make_case(make_member(f"Auteur {n}"), title=f"Verhaal {n}"), {"nuttig": 2})
    assert count() == before


def test_the_story_page_shows_the_counts_read_only(client, coordinator):
    case = make_case(make_member("Auteur"), title="Een")
    recognise(case, {"herkenbaar": 2, "nuttig": 5})
    client.force_login(coordinator)

    response = client.get(f"{STORIES_URL}{case.pk}/change/")

    html = response.content.decode()
    assert re.search(r'field-recognisable_count.*?<div class="readonly">2</div>', html, re.S)
    assert re.search(r'field-useful_count.*?<div class="readonly">5</div>', html, re.S)
    assert 'name="recognisable_count"' not in html
    data = {"title": case.title, "recognisable_count": "99"}
    client.post(f"{STORIES_URL}{case.pk}/change/", data)
    assert Recognition.objects.filter(case=case).count() == 7
