"""Practice stories in the admin: actions are in the history, the list does not grow in queries."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.models import PracticeCase
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
