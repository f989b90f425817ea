"""The members' changelist in the admin: filters, actions (approve, decline, alumni), CSV export."""

from __future__ import annotations

import csv
import io

import pytest
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members import exports
from members.models import User
from tests.factories import make_member, make_members

USERS_URL = "/beheer/members/user/"
MEMBERS_URL = "/beheer/members/member/"

pytestmark = pytest.mark.django_db


def admin_action(client, action: str, *users: User, follow=True):
    return client.post(
        USERS_URL,
        {"action": action, "_selected_action": [str(u.pk) for u in users], "index": 0},
        follow=follow,
    )


def read_csv(response) -> list[list[str]]:
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body[1:]), delimiter=";"))


# Actions


def test_a_coordinator_approves_a_pending_signup_with_a_logged_email(
    client, coordinator, pending_member, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_action(client, "approve", pending_member)

    assert response.status_code == 200
    pending_member.refresh_from_db()
    assert pending_member.status == User.Status.ACTIVE
    assert [m.to for m in mailoutbox] == [[pending_member.email]]
    assert LogEntry.objects.filter(object_id=str(pending_member.pk), user=coordinator).exists()


def test_a_coordinator_declines_a_pending_signup(
    client, coordinator, pending_member, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        admin_action(client, "decline", pending_member)

    pending_member.refresh_from_db()
    assert pending_member.status == User.Status.DECLINED
    assert not pending_member.is_active
    assert len(mailoutbox) == 1


def test_a_coordinator_makes_members_alumni_in_the_history(client, coordinator, member):
    client.force_login(coordinator)

    response = admin_action(client, "make_alumni", member, coordinator)

    member.refresh_from_db()
    coordinator.refresh_from_db()
    assert member.status == User.Status.ALUMNI
    assert member.status_changed_by == coordinator
    assert coordinator.status == User.Status.ACTIVE  # coordinators are skipped
    entry = LogEntry.objects.get(object_id=str(member.pk))
    assert entry.change_message == "Made alumni"
    assert "1 lid is nu oud-lid" in response.content.decode()


def test_making_an_alumni_alumni_again_changes_nothing(coordinator, member):
    from members.services import make_alumni

    assert make_alumni(user=member, by=coordinator)
    assert not make_alumni(user=member, by=coordinator)
    assert LogEntry.objects.filter(object_id=str(member.pk)).count() == 1


def test_alumni_leave_the_directory_counts(client, coordinator):
    from members.directory import invalidate_counts  # noqa: F401  (the service calls it)

    alumnus = make_member("Alma Alumna", themes=["wonen"])
    client.force_login(coordinator)

    admin_action(client, "make_alumni", alumnus.user)

    from members.models import Member

    assert not Member.objects.in_directory().filter(pk=alumnus.pk).exists()


# CSV export


def test_the_export_is_utf8_with_bom_and_semicolons(client, coordinator):
    member = make_member(
        "Fenna Ødegård",
        municipality="GM0344",
        themes=["wonen"],
        qualities=["verbindend"],
        tags=["buurtbudget"],
        organisation="Gemeente Utrecht",
    )
    client.force_login(coordinator)

    response = admin_action(client, "export_csv", member.user, follow=False)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="lpb-leden-')
    rows = read_csv(response)
    assert rows[0] == [
        "Naam",
        "E-mail",
        "Lidmaatschap",
        "Lid sinds",
        "Organisatie",
        "Soort organisatie",
        "Functie",
        "Gemeente",
        "Provincie",
        "Kwaliteiten",
        "Thema's",
        "Expertise",
    ]
    assert len(rows) == 2
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Naam"] == "Fenna Ødegård"
    assert row["Gemeente"] == "Utrecht"
    assert row["Provincie"] == "Utrecht"
    assert row["Kwaliteiten"] == "Verbindend"
    assert row["Expertise"] == "buurtbudget"
    assert LogEntry.objects.filter(
        object_id=str(member.user.pk), change_message="Exported as CSV"
    ).exists()


@pytest.mark.parametrize("text", ["=HYPERLINK(1)", "+31 6", "-1", "@SUM(A1)", "\t=1"])
def test_the_export_neutralises_formulas(text):
    assert exports.neutralise(text) == "'" + text


def test_the_export_leaves_ordinary_text_alone():
    assert exports.neutralise("Gemeente Utrecht") == "Gemeente Utrecht"
    assert exports.neutralise(None) == ""


def test_a_formula_typed_in_a_profile_is_exported_harmlessly(client, coordinator):
    member = make_member("=cmd|' /C calc'!A0", organisation="@evil")
    client.force_login(coordinator)

    rows = read_csv(admin_action(client, "export_csv", member.user, follow=False))

    assert rows[1][0] == "'=cmd|' /C calc'!A0"
    assert rows[1][4] == "'@evil"


def test_the_export_takes_a_constant_number_of_queries(client, coordinator):
    few = [m.user for m in make_members(2, themes=["wonen"], tags=["a"], municipality="GM0344")]
    more = [m.user for m in make_members(6, prefix="Meer", themes=["wonen"], tags=["b"])]
    client.force_login(coordinator)

    def count(users):
        with CaptureQueriesContext(connection) as queries:
            admin_action(client, "export_csv", *users, follow=False)
        return len(queries)

    assert count(few) == count(few + more)


# The changelist


@pytest.mark.parametrize("url", [USERS_URL, MEMBERS_URL])
def test_the_changelist_query_count_does_not_grow_with_rows(client, coordinator, url):
    make_members(2, themes=["wonen"], municipality="GM0344", organisation_type=None)
    client.force_login(coordinator)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    before = count()
    make_members(8, prefix="Meer", themes=["jeugd"], municipality="GM0307")
    assert count() == before


def test_the_changelist_filters_show_facet_counts(client, coordinator):
    make_member("Utrechter", municipality="GM0344", themes=["wonen"])
    client.force_login(coordinator)

    html = client.get(USERS_URL).content.decode()

    assert "Utrecht (1)" in html
    assert "Wonen (1)" in html


@pytest.mark.parametrize(
    "query, found",
    [
        ("Gemeente Zeist", True),
        ("Utrecht", True),
        ("zorgzaam", False),
    ],
)
def test_the_changelist_searches_organisation_and_municipality(client, coordinator, query, found):
    member = make_member("Sanne Zoekbaar", organisation="Gemeente Zeist", municipality="GM0344")
    client.force_login(coordinator)

    html = client.get(USERS_URL, {"q": query}).content.decode()

    assert (member.user.email in html) is found


def test_the_changelist_filters_by_province_and_quality(client, coordinator):
    utrecht = make_member("Uma Utrecht", municipality="GM0344", qualities=["open"])
    other = make_member("Amir Amersfoort", municipality="GM0307", qualities=["gedreven"])
    from members.models import Quality

    client.force_login(coordinator)

    html = client.get(
        USERS_URL, {"member__qualities__id__exact": Quality.objects.get(code="open").pk}
    ).content.decode()

    assert utrecht.user.email in html
    assert other.user.email not in html


def test_the_admin_index_shows_how_many_signups_wait(client, coordinator, pending_member):
    client.force_login(coordinator)

    html = client.get("/beheer/").content.decode()

    assert "1 aanmelding wacht op goedkeuring" in html
    assert "/beheer/members/user/?status__exact=pending" in html
    assert html.index("aanmelding wacht") < html.index('id="content-main"')


def test_the_admin_index_has_no_waiting_link_without_pending_signups(client, coordinator):
    client.force_login(coordinator)

    assert "wacht op goedkeuring" not in client.get("/beheer/").content.decode()


def test_the_xlsx_export_has_the_same_columns_and_harmless_cells(client, coordinator):
    openpyxl = pytest.importorskip("openpyxl")
    member = make_member("=1+1", organisation="Gemeente Utrecht", municipality="GM0344")
    client.force_login(coordinator)

    response = admin_action(client, "export_xlsx", member.user, follow=False)

    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:2] == ["Naam", "E-mail"]
    assert rows[1][0] == "'=1+1"
    assert rows[1][4] == "Gemeente Utrecht"
    assert sheet.title == "Leden"
    assert LogEntry.objects.filter(
        object_id=str(member.user.pk), change_message="Exported as XLSX"
    ).exists()
