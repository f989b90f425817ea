"""Co-authors by consent: chosen by name among visible members, invited, shown only after they
accept, and then no more than their own profile's visibility allows (issue #14, point 1)."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO

import pytest
from django.apps import apps as global_apps
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.models import Member
from members.privacy import EXPORT_JSON_NAME
from members.services import ensure_profile
from practices import coauthors
from practices.models import CoAuthorInvitation, PracticeCase
from practices.search import refresh_case
from tests.conftest import make_user
from tests.factories import make_member
from tests.practice_factories import make_case
from tests.test_practice_cases import story_data

pytestmark = pytest.mark.django_db

CREATE_URL = reverse("practices:create")
SUGGEST_URL = reverse("practices:co_author_suggestions")
INVITATIONS_URL = reverse("practices:invitations")
FEED_URL = reverse("practices:feed")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def author(member) -> Member:
    return ensure_profile(user=member)


@pytest.fixture
def colleague(db) -> Member:
    """A member with a members-only profile (the default), who writes in English."""
    user = make_user("jan.collega@example.org", name="Jan Jansen", language="en")
    return ensure_profile(user=user)


@pytest.fixture
def hidden(db) -> Member:
    """A member who hid their profile: only coordinators see it."""
    user = make_user("hanna.hidden@example.org", name="Hanna Verborgen")
    member = ensure_profile(user=user)
    member.visibility = Member.Visibility.HIDDEN
    member.job_title = "Wijkregisseur Noord"
    member.save()
    return member


def authors(html: str) -> str:
    """The story page's list of authors."""
    return html.split('class="author-list"')[1].split("</ul>")[0]


def invite(case: PracticeCase, member: Member, *, by) -> CoAuthorInvitation:
    invitation = coauthors.invite_co_author(case=case, member=member, by=by)
    assert invitation is not None
    return invitation


def accept(invitation: CoAuthorInvitation) -> None:
    coauthors.accept_invitation(invitation=invitation, member=invitation.member)


# What the public sees of a hidden co-author


@pytest.fixture
def public_story(author, hidden) -> PracticeCase:
    case = make_case(author, title="Buurtkamer in Noord", visibility="public", co_authors=[hidden])
    refresh_case(case)
    return case


def test_a_hidden_co_author_is_a_colleague_on_the_public_story(client, public_story, hidden):
    html = client.get(public_story.get_absolute_url()).content.decode()

    assert "Hanna Verborgen" not in html
    assert "Wijkregisseur Noord" not in html
    assert hidden.get_absolute_url() not in html
    assert "een collega" in html.lower()


def test_a_hidden_co_author_is_a_colleague_for_members_too(client, public_story, other_member):
    client.force_login(other_member)

    html = client.get(public_story.get_absolute_url()).content.decode()

    assert "Hanna Verborgen" not in html
    assert "een collega" in html.lower()


def test_a_coordinator_sees_a_hidden_co_author(client, public_story, coordinator):
    client.force_login(coordinator)

    assert "Hanna Verborgen" in client.get(public_story.get_absolute_url()).content.decode()


def test_a_members_only_co_author_is_named_to_members_only(client, author, colleague, member):
    case = make_case(author, title="Samen in de wijk", visibility="public", co_authors=[colleague])

    anonymous = client.get(case.get_absolute_url()).content.decode()
    client.force_login(make_user("lid@example.org", name="Lies Lid"))
    logged_in = client.get(case.get_absolute_url()).content.decode()

    assert "Jan Jansen" not in anonymous
    assert "Jan Jansen" in logged_in


def test_a_hidden_co_author_is_not_in_the_search_text(client, public_story):
    assert "Verborgen" not in public_story.search_document
    assert "Verborgen" not in PracticeCase.objects.get(pk=public_story.pk).search_document

    listing = client.get(reverse("practices:list"), {"zoek": "Hanna Verborgen"}).content.decode()
    assert "Buurtkamer in Noord" not in listing


def test_a_hidden_co_author_does_not_find_the_story_through_the_feed(client, public_story):
    feed = ET.fromstring(client.get(FEED_URL, {"zoek": "Verborgen"}).content)
    everything = client.get(FEED_URL).content.decode()

    assert feed.findall(f"{ATOM}entry") == []
    assert "Hanna Verborgen" not in everything and "Wijkregisseur Noord" not in everything


def test_a_members_only_co_author_is_searchable_only_in_a_members_story(author, colleague):
    public = make_case(author, title="Openbaar", visibility="public", co_authors=[colleague])
    members = make_case(author, title="Voor leden", co_authors=[colleague])

    public.refresh_from_db()
    members.refresh_from_db()
    assert "Jansen" not in public.search_document
    assert "Jansen" in members.search_document


def test_hiding_a_profile_takes_the_name_out_of_the_search_text(client, author, colleague):
    case = make_case(author, title="Voor leden", co_authors=[colleague])
    assert "Jansen" in PracticeCase.objects.get(pk=case.pk).search_document
    client.force_login(colleague.user)

    client.post(reverse("members:privacy"), {"visibility": "hidden"})

    assert "Jansen" not in PracticeCase.objects.get(pk=case.pk).search_document


# The form: by name, never by e-mail address


def test_the_edit_page_shows_no_e_mail_address(client, author, colleague, other_member):
    second = ensure_profile(user=other_member)
    case = make_case(author, title="Samen", co_authors=[colleague, second])
    client.force_login(colleague.user)

    html = client.get(reverse("practices:edit", args=[case.slug])).content.decode()

    assert "Omar Bouzid" in html and "Jan Jansen" in html
    for email in (author.user.email, second.user.email, "@example.org"):
        assert email not in html


def same(page) -> str:
    """A page without what differs on every request: CSRF tokens, and numbers (ids)."""
    html = page if isinstance(page, str) else page.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return re.sub(r"\d+", "N", html)


def test_the_preview_is_no_e_mail_oracle(client, member, colleague):
    """The old form looked addresses up; now an address is ignored, whoever it belongs to."""
    client.force_login(member)
    pages = [
        client.post(CREATE_URL, story_data(action="preview", co_author_emails=email))
        for email in (colleague.user.email, "niemand@example.org")
    ]

    assert [page.status_code for page in pages] == [200, 200]
    first, second = (same(page.content.decode()) for page in pages)
    assert first.replace(colleague.user.email, "X") == second.replace("niemand@example.org", "X")
    assert "Jan Jansen" not in first


def test_the_preview_answers_alike_for_hidden_and_missing_members(client, member, hidden):
    client.force_login(member)
    missing = Member.objects.order_by("-pk").first().pk + 1000

    pages = [
        same(client.post(CREATE_URL, story_data(action="preview", co_authors=[str(pk)])))
        for pk in (hidden.pk, missing)
    ]

    assert pages[0] == pages[1]
    assert "Hanna Verborgen" not in pages[0]


def test_saving_invites_instead_of_adding(client, member, colleague):
    client.force_login(member)

    response = client.post(CREATE_URL, story_data(co_authors=[str(colleague.pk)]))

    case = PracticeCase.objects.get()
    assert response.status_code == 302
    assert not case.co_authors.exists()
    invitation = case.invitations.get()
    assert (invitation.member, invitation.status, invitation.invited_by) == (
        colleague,
        "pending",
        member,
    )
    assert LogEntry.objects.filter(object_id=str(case.pk), user=member).exists()
    client.force_login(colleague.user)
    assert (
        "Jan Jansen"
        not in client.get(case.get_absolute_url()).content.decode().split("Will you co-sign")[-1]
    )


def test_the_invitation_mail_is_in_the_invitees_language(
    client, member, colleague, django_capture_on_commit_callbacks
):
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(CREATE_URL, story_data(co_authors=[str(colleague.pk)]))

    (message,) = mail.outbox
    assert message.to == [colleague.user.email]
    assert "Will you co-sign" in message.subject
    assert "Merel van Hulst" in message.body
    assert member.email not in message.body  # the inviter's name, never their address
    assert "/praktijken/uitnodigingen/" in message.body


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("self", "Je kunt jezelf niet uitnodigen"),
        ("hidden", "Selecteer een geldige keuze"),
        ("missing", "Selecteer een geldige keuze"),
        ("duplicate", "twee keer"),
        ("nonsense", "geldige"),
        ("huge", "geldige"),
    ],
)
def test_bad_co_authors_are_form_errors(client, member, author, colleague, hidden, who, message):
    client.force_login(member)
    ids = {
        "self": [str(author.pk)],
        "hidden": [str(hidden.pk)],
        "missing": ["987654"],
        "duplicate": [str(colleague.pk), str(colleague.pk)],
        "nonsense": ["<script>"],
        "huge": [str(2**70)],
    }[who]

    response = client.post(CREATE_URL, story_data(co_authors=ids, title="Mijn titel"))

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="Mijn titel"' in html  # what was typed stays
    assert not PracticeCase.objects.exists()
    assert not CoAuthorInvitation.objects.exists()


def test_a_member_who_declined_is_not_invited_again(client, author, colleague, member):
    case = make_case(author, title="Samen", status="draft")
    coauthors.decline_invitation(invitation=invite(case, colleague, by=member), member=colleague)
    client.force_login(member)

    response = client.post(
        reverse("practices:edit", args=[case.slug]), story_data(co_authors=[str(colleague.pk)])
    )

    assert response.status_code == 200
    assert "niet opnieuw uitgenodigd" in response.content.decode()
    assert case.invitations.get().status == "declined"


def test_unticking_withdraws_an_invitation(client, author, colleague, member):
    case = make_case(author, title="Samen", status="draft")
    invite(case, colleague, by=member)
    client.force_login(member)

    response = client.post(reverse("practices:edit", args=[case.slug]), story_data())

    assert response.status_code == 302
    assert not case.invitations.exists()


# Finding colleagues by name


def test_suggestions_come_only_from_visible_members(client, member, colleague, hidden):
    make_user("pending.jan@example.org", name="Jan Wachtend", status="pending")
    client.force_login(member)

    html = client.get(SUGGEST_URL, {"co_author_search": "Jan"}).content.decode()
    hidden_html = client.get(SUGGEST_URL, {"co_author_search": "Hanna"}).content.decode()

    assert f'value="{colleague.pk}"' in html and "Jan Jansen" in html
    assert "Wachtend" not in html
    assert "Hanna" not in hidden_html and "Geen collega gevonden" in hidden_html
    assert "@" not in html


def test_suggestions_never_match_an_e_mail_address(client, member, colleague):
    client.force_login(member)

    html = client.get(SUGGEST_URL, {"co_author_search": colleague.user.email}).content.decode()

    assert "Jan Jansen" not in html


def test_suggestions_leave_out_who_is_listed_already(client, member, colleague):
    client.force_login(member)

    html = client.get(
        SUGGEST_URL, {"co_author_search": "Jan", "listed": f"{colleague.pk},x"}
    ).content.decode()

    assert "Jan Jansen" not in html


def test_find_without_javascript_keeps_the_form_and_saves_nothing(client, member, colleague):
    client.force_login(member)

    response = client.post(CREATE_URL, story_data(action="find", co_author_search="jans", title=""))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'value="{colleague.pk}"' in html and "Jan Jansen" in html
    assert 'aria-invalid="true"' not in html  # not judged yet: the title may still be empty
    assert not PracticeCase.objects.exists()


def test_a_nul_byte_in_the_name_search_is_no_error(client, member, colleague):
    """PostgreSQL refuses NUL in a query: the search reads it as a space (found by fuzzing)."""
    client.force_login(member)

    found = client.post(CREATE_URL, story_data(action="find", co_author_search="Ja\x00n"))
    suggested = client.get(SUGGEST_URL, {"co_author_search": "Jans\x00"})

    assert found.status_code == suggested.status_code == 200
    assert "Jan Jansen" in suggested.content.decode()


# Answering


@pytest.fixture
def invited(author, colleague, member) -> CoAuthorInvitation:
    case = make_case(author, title="Uitnodiging", visibility="public")
    return invite(case, colleague, by=member)


def test_the_invitee_sees_and_accepts_the_invitation(client, invited, colleague):
    client.force_login(colleague.user)
    page = client.get(INVITATIONS_URL).content.decode()
    assert "Uitnodiging" in page

    response = client.post(
        reverse("practices:answer_invitation", args=[invited.pk]), {"action": "accept"}
    )

    assert response.status_code == 302
    assert response.url == invited.case.get_absolute_url()
    invited.refresh_from_db()
    assert invited.status == "accepted" and invited.answered_at is not None
    assert list(invited.case.co_authors.all()) == [colleague]
    # A public story: a members-only co-author is named to members, not in the search text.
    assert "Jansen" not in PracticeCase.objects.get(pk=invited.case.pk).search_document
    client.logout()
    client.force_login(make_user("lezer@example.org", name="Lotte Lezer"))
    assert "Jan Jansen" in client.get(invited.case.get_absolute_url()).content.decode()


def test_a_pending_invitee_is_shown_nowhere(client, invited, other_member):
    client.force_login(other_member)

    html = client.get(invited.case.get_absolute_url()).content.decode()

    assert "Jan Jansen" not in html
    assert "Jansen" not in PracticeCase.objects.get(pk=invited.case.pk).search_document


def test_declining_shows_nothing(client, invited, colleague):
    client.force_login(colleague.user)

    client.post(reverse("practices:answer_invitation", args=[invited.pk]), {"action": "decline"})

    invited.refresh_from_db()
    assert invited.status == "declined"
    assert not invited.case.co_authors.exists()


@pytest.mark.parametrize("persona", ["member", "other_member", "coordinator"])
def test_only_the_invitee_answers(client_as, request, invited, persona):
    client = client_as(persona)

    response = client.post(
        reverse("practices:answer_invitation", args=[invited.pk]), {"action": "accept"}
    )

    assert response.status_code == 404
    invited.refresh_from_db()
    assert invited.status == "pending"


def test_anonymous_visitors_log_in_to_answer(client, invited):
    response = client.post(
        reverse("practices:answer_invitation", args=[invited.pk]), {"action": "accept"}
    )

    assert response.status_code == 302 and "/account/login/" in response.url


def test_an_answered_invitation_cannot_be_answered_again(client, invited, colleague):
    client.force_login(colleague.user)
    url = reverse("practices:answer_invitation", args=[invited.pk])
    client.post(url, {"action": "decline"})

    assert client.post(url, {"action": "accept"}).status_code == 404
    assert not invited.case.co_authors.exists()


def test_an_unknown_answer_changes_nothing(client, invited, colleague):
    client.force_login(colleague.user)

    response = client.post(
        reverse("practices:answer_invitation", args=[invited.pk]), {"action": "<b>x</b>"}
    )

    assert response.status_code == 302
    invited.refresh_from_db()
    assert invited.status == "pending"


def test_the_service_refuses_anyone_but_the_invitee(invited, author):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        coauthors.accept_invitation(invitation=invited, member=author)


def test_a_co_author_leaves_the_story(client, author, colleague):
    case = make_case(author, title="Samen", visibility="public", co_authors=[colleague])
    client.force_login(colleague.user)

    response = client.post(reverse("practices:leave", args=[case.slug]))

    assert response.status_code == 302
    assert not case.co_authors.exists()
    assert case.invitations.get().status == "left"
    assert "Jansen" not in PracticeCase.objects.get(pk=case.pk).search_document


def test_the_author_cannot_leave(client, author, member):
    case = make_case(author, title="Alleen")
    client.force_login(member)

    assert client.post(reverse("practices:leave", args=[case.slug])).status_code == 403


# Query counts


def test_the_story_page_costs_the_same_with_more_co_authors(client, author, other_member):
    # One co-author against four (a story without any skips reading them: one query less).
    one = [make_member("Enige collega", visibility="public")]
    small = make_case(author, title="Klein", visibility="public", themes=["jeugd"], co_authors=one)
    many = [
        make_member(f"Collega {n}", visibility=v)
        for n, v in enumerate(["public"] * 2 + ["members", "hidden"])
    ]
    big = make_case(author, title="Groot", visibility="public", themes=["jeugd"], co_authors=many)
    for viewer in (None, other_member):
        if viewer:
            client.force_login(viewer)
        client.get(small.get_absolute_url())  # builds the stories' index (related stories)
        counts = []
        for case in (small, big):
            with CaptureQueriesContext(connection) as queries:
                assert client.get(case.get_absolute_url()).status_code == 200
            counts.append(len(queries))
        assert counts[0] == counts[1], queries.captured_queries


def test_the_invitations_page_costs_the_same_with_more_invitations(client, author, colleague):
    client.force_login(colleague.user)
    counts = []
    for n in (1, 5):
        for i in range(n - len(counts and [1])):
            case = make_case(author, title=f"Verhaal {n}-{i}")
            invite(case, colleague, by=author.user)
            accepted = make_case(author, title=f"Mee {n}-{i}", co_authors=[colleague])
            assert accepted
        with CaptureQueriesContext(connection) as queries:
            assert client.get(INVITATIONS_URL).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], queries.captured_queries


def test_the_listing_costs_the_same_with_more_co_authors(client, author, other_member):
    client.force_login(other_member)
    counts = []
    for n in (0, 3):
        make_case(
            author,
            title=f"Verhaal {n}",
            themes=["jeugd"],
            co_authors=[make_member(f"Mede {n}-{i}") for i in range(n)],
        )
        client.get(reverse("practices:list"))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("practices:list"), {"thema": "jeugd"}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


# Data: export, deletion, migration, admin


def test_the_data_download_holds_the_invitations(client, invited, colleague):
    client.force_login(colleague.user)

    response = client.post(reverse("members:data_download"))

    archive = zipfile.ZipFile(BytesIO(b"".join(response.streaming_content)))
    data = json.loads(archive.read(EXPORT_JSON_NAME))
    (row,) = data["records"]["practices.coauthorinvitation.member"]["rows"]
    assert row["status"] == "pending"
    assert "@" not in json.dumps(row)  # who invited is a name, never an address


def test_deleting_the_account_deletes_its_invitations(invited, colleague):
    from members.privacy import delete_account

    delete_account(user=colleague.user)

    assert not CoAuthorInvitation.objects.exists()


def test_existing_co_authors_become_accepted_invitations(author, colleague):
    import importlib

    case = make_case(author, title="Van vroeger")
    case.co_authors.add(colleague)  # as the e-mail form stored them, without an invitation
    migration = importlib.import_module("practices.migrations.0007_existing_co_authors_accepted")

    migration.accept_existing(global_apps, None)

    invitation = CoAuthorInvitation.objects.get()
    assert (invitation.case, invitation.member, invitation.status) == (case, colleague, "accepted")
    assert invitation.invited_by == author.user


def test_coordinators_see_invitations_read_only_in_the_admin(client, invited, coordinator):
    client.force_login(coordinator)

    html = client.get(
        reverse("admin:practices_practicecase_change", args=[invited.case.pk])
    ).content.decode()

    assert "Jan Jansen" in html
    assert 'name="invitations-0-status"' not in html
    assert 'name="co_authors"' not in html


def test_a_mail_server_failure_leaves_the_invitation_waiting(
    client, member, colleague, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("members.services.send_mail", refuse)
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CREATE_URL, story_data(co_authors=[str(colleague.pk)]))

    assert response.status_code == 302
    assert CoAuthorInvitation.objects.filter(member=colleague, status="pending").exists()
    assert "not e-mailed" in caplog.text
