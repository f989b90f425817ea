"""The network dashboard on the admin index: numbers match hand counts, in a few queries."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from members.models import User
from practices.dashboard import last_months, network_stats
from tests.factories import make_member, make_user
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db


def values(bars) -> dict[str, int]:
    return {bar.label: bar.value for bar in bars}


@pytest.fixture
def network(db):
    now = timezone.now()
    a = make_member("A", municipality="GM0344", qualities=["open", "verbindend"], themes=["wonen"])
    b = make_member("B", municipality="GM0307", qualities=["open"], themes=["wonen", "jeugd"])
    make_member("C", municipality="GM0344", qualities=["open"], status=User.Status.ALUMNI)
    make_user("D", status=User.Status.PENDING)
    old = make_user("E", status=User.Status.PENDING)
    User.objects.filter(pk=old.pk).update(date_joined=now - datetime.timedelta(days=800))
    make_case(a, title="Een", published_at=now)
    make_case(b, title="Twee", published_at=now)
    make_case(b, title="Concept", status="draft")
    make_case(a, title="Oud", published_at=now - datetime.timedelta(days=800))
    return now


def test_members_by_status_match_a_hand_count(network):
    stats = network_stats()

    assert values(stats["by_status"]) == {
        "Wacht op goedkeuring": 2,
        "Lid": 2,
        "Afgewezen": 0,
        "Oud-lid": 1,
    }


def test_new_members_and_stories_per_month(network):
    stats = network_stats()

    members = stats["members_per_month"]
    stories = stats["stories_per_month"]
    assert len(members) == len(stories) == 12
    assert members[-1].value == 4  # A, B, C, D this month; E joined long ago
    assert sum(b.value for b in members) == 4
    assert stories[-1].value == 2  # the draft and the old story do not count
    assert sum(b.value for b in stories) == 2


def test_members_per_province_count_only_members(network):
    per_province = values(network_stats()["per_province"])

    assert per_province["Utrecht"] == 2  # A (Utrecht) and B (Amersfoort); C is alumni
    assert sum(per_province.values()) == 2
    assert len(per_province) == 12


def test_qualities_and_themes_chosen(network):
    stats = network_stats()

    assert values(stats["qualities"]) == {
        "Open": 2,
        "Gedreven": 0,
        "Verbindend": 1,
        "Bricolerend": 0,
    }
    themes = values(stats["themes"])
    assert themes["Wonen"] == 2
    assert themes["Jeugd"] == 1


def test_the_last_months_run_up_to_this_month():
    months = last_months(datetime.date(2026, 2, 15), count=3)

    assert months == [
        datetime.date(2025, 12, 1),
        datetime.date(2026, 1, 1),
        datetime.date(2026, 2, 1),
    ]


def test_the_dashboard_takes_a_handful_of_queries(network):
    with CaptureQueriesContext(connection) as queries:
        network_stats()

    assert len(queries) <= 7, "\n".join(q["sql"] for q in queries)


def test_the_admin_index_draws_accessible_charts(client, coordinator, network):
    client.force_login(coordinator)

    html = client.get("/beheer/").content.decode()

    assert html.count('role="img"') == 7
    assert '<title id="members-by-status-svg-title">Leden per status</title>' in html
    assert '<th scope="row">Wonen</th><td>2</td>' in html


def test_the_index_query_count_does_not_grow_with_the_network(client, coordinator, network):
    client.force_login(coordinator)

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/beheer/")
        return len(queries)

    before = count()
    make_member("F", municipality="GM0307", qualities=["gedreven"], themes=["jeugd"])
    assert count() == before
