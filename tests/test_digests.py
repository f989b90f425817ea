"""E-mail digests: what is selected, never twice, when, in which language, and how to stop it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from digests import services
from digests.models import DigestItem, DigestSubscription
from digests.services import (
    build_digests,
    due_subscriptions,
    items_for,
    send_digests,
    unsubscribe_token,
)
from members.models import Member, User
from practices.models import PracticeCase
from tests.conftest import link_in
from tests.factories import make_member, make_user
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# A Monday morning, as the cron line in the README runs it.
NOW = datetime(2025, 3, 3, 7, 0, tzinfo=AMSTERDAM)
UTRECHT, AMERSFOORT, GRONINGEN = "GM0344", "GM0307", "GM0014"  # Amersfoort is in Utrecht


SITE_URL = "https://netwerk.example"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE_URL


def subscribe(member: Member, frequency: str = "weekly", **fields) -> DigestSubscription:
    return DigestSubscription.objects.create(user=member.user, frequency=frequency, **fields)


def subscription_of(member: Member) -> DigestSubscription:
    return DigestSubscription.objects.select_related("user").get(user=member.user)


def story(author: Member, title: str, *, days_ago: float = 2, **fields) -> PracticeCase:
    return make_case(author, title=title, published_at=NOW - timedelta(days=days_ago), **fields)


def newcomer(name: str, *, days_ago: float = 2, **fields) -> Member:
    """A member approved ``days_ago`` before NOW."""
    user = make_user(name, status_changed_at=NOW - timedelta(days=days_ago))
    return make_member(name, user=user, **fields)


def titles(entries) -> list[str]:
    return [entry.item.title for entry in entries]


def names(entries) -> list[str]:
    return [entry.item.name for entry in entries]


@pytest.fixture
def reader() -> Member:
    """Works in Utrecht on housing; asked for a weekly digest."""
    reader = make_member("Merel van Hulst", themes=["wonen"], municipality=UTRECHT)
    subscribe(reader)
    return reader


@pytest.fixture
def author() -> Member:
    """Writes from Groningen, a province away from the reader."""
    return make_member("Omar Bouzid", municipality=GRONINGEN, themes=["jeugd"])


# Selection


def test_a_story_in_one_of_my_themes_is_in_my_digest(reader, author):
    story(author, "Wonen boven winkels", themes=["wonen"], municipality=GRONINGEN)

    digest = items_for(subscription_of(reader), NOW)

    assert titles(digest.cases) == ["Wonen boven winkels"]
    assert [t.code for t in digest.cases[0].themes] == ["wonen"]
    assert digest.cases[0].province is None


def test_a_story_from_my_province_is_in_my_digest_whatever_its_theme(reader, author):
    story(author, "Jongeren in Amersfoort", themes=["jeugd"], municipality=AMERSFOORT)

    digest = items_for(subscription_of(reader), NOW)

    assert titles(digest.cases) == ["Jongeren in Amersfoort"]
    assert digest.cases[0].province.name == "Utrecht"


def test_a_story_elsewhere_on_other_themes_is_not_in_it(reader, author):
    story(author, "Jongeren in Groningen", themes=["jeugd"], municipality=GRONINGEN)
    story(author, "Zonder thema of plaats")

    assert items_for(subscription_of(reader), NOW).is_empty


def test_stories_sharing_more_come_first_then_the_newest(reader, author):
    reader.themes.add(*reader.themes.model.objects.filter(code="jeugd"))
    story(author, "Nieuw, één thema", days_ago=1, themes=["wonen"])
    story(author, "Ouder, twee thema's", days_ago=3, themes=["wonen", "jeugd"])
    story(author, "Ouder, één thema", days_ago=4, themes=["jeugd"])

    digest = items_for(subscription_of(reader), NOW)

    assert titles(digest.cases) == ["Ouder, twee thema's", "Nieuw, één thema", "Ouder, één thema"]


def test_my_own_stories_are_not_in_my_digest(reader, author):
    story(reader, "Mijn eigen verhaal", themes=["wonen"])
    story(author, "Samen geschreven", themes=["wonen"], co_authors=[reader])

    assert items_for(subscription_of(reader), NOW).is_empty


def test_drafts_archived_and_older_stories_are_not_in_it(reader, author):
    story(author, "Concept", themes=["wonen"], status=PracticeCase.Status.DRAFT)
    story(author, "Gearchiveerd", themes=["wonen"], status=PracticeCase.Status.ARCHIVED)
    story(author, "Van vorige maand", themes=["wonen"], days_ago=20)
    story(author, "Nog niet gepubliceerd volgens --now", themes=["wonen"], days_ago=-1)

    assert items_for(subscription_of(reader), NOW).is_empty


def test_members_only_stories_are_in_a_members_digest(reader, author):
    story(author, "Voor leden", themes=["wonen"], visibility=PracticeCase.Visibility.MEMBERS)
    story(author, "Voor iedereen", themes=["wonen"], visibility=PracticeCase.Visibility.PUBLIC)

    digest = items_for(subscription_of(reader), NOW)

    assert sorted(titles(digest.cases)) == ["Voor iedereen", "Voor leden"]


def test_newly_approved_members_sharing_a_theme_or_the_province_are_in_it(reader):
    newcomer("Ayla Theme", themes=["wonen"], municipality=GRONINGEN)
    newcomer("Bram Provincie", themes=["jeugd"], municipality=AMERSFOORT)
    newcomer("Cas Elders", themes=["jeugd"], municipality=GRONINGEN)
    newcomer("Dewi Verborgen", themes=["wonen"], visibility=Member.Visibility.HIDDEN)
    newcomer("Eva Publiek", themes=["wonen"], visibility=Member.Visibility.PUBLIC)
    newcomer("Fenna Lang Geleden", themes=["wonen"], days_ago=40)
    pending = make_user("Gijs Wacht", status=User.Status.PENDING, status_changed_at=NOW)
    make_member("Gijs Wacht", user=pending, themes=["wonen"])
    alumnus = make_user("Hans Oud-lid", status=User.Status.ALUMNI, status_changed_at=NOW)
    make_member("Hans Oud-lid", user=alumnus, themes=["wonen"])

    digest = items_for(subscription_of(reader), NOW)

    assert sorted(names(digest.members)) == ["Ayla Theme", "Bram Provincie", "Eva Publiek"]


def test_i_am_not_in_my_own_digest(reader):
    reader.user.status_changed_at = NOW - timedelta(days=1)
    reader.user.save()

    assert items_for(subscription_of(reader), NOW).is_empty


def test_imported_members_count_from_when_their_account_was_made(reader):
    imported = make_member("Ineke Import", themes=["wonen"])  # never pending: no status change
    User.objects.filter(pk=imported.user_id).update(date_joined=NOW - timedelta(days=1))

    assert names(items_for(subscription_of(reader), NOW).members) == ["Ineke Import"]


def test_a_reader_without_themes_or_place_gets_nothing(author):
    reader = make_member("Zonder Profiel")
    subscribe(reader)
    story(author, "Wonen", themes=["wonen"], municipality=UTRECHT)

    assert items_for(subscription_of(reader), NOW).is_empty


def test_only_active_members_who_opted_in_are_due(reader):
    off = make_member("Uit")
    subscribe(off, "off")
    for status in (User.Status.PENDING, User.Status.DECLINED, User.Status.ALUMNI):
        subscribe(make_member(f"Lid {status}", status=status, themes=["wonen"]))
    inactive = make_member("Geblokkeerd", themes=["wonen"])
    User.objects.filter(pk=inactive.user_id).update(is_active=False)
    subscribe(inactive)
    monthly = make_member("Maandelijks")
    subscribe(monthly, "monthly")

    due = due_subscriptions(NOW)

    assert {s.user_id for s in due} == {reader.user_id, monthly.user_id}


def test_not_opted_in_means_no_digest(author):
    reader = make_member("Niet aangemeld", themes=["wonen"])
    story(author, "Wonen", themes=["wonen"])

    send_digests(now=NOW)

    assert not DigestSubscription.objects.filter(user=reader.user).exists()
    assert mail.outbox == []


# When: weekly, monthly, the first digest


@pytest.mark.parametrize(
    ("last_run", "due"),
    [
        (None, True),
        (NOW - timedelta(days=7), True),
        # Last week's run finished a little later than this week's starts: still a week.
        (NOW - timedelta(days=7) + timedelta(minutes=5), True),
        (NOW - timedelta(days=6), False),
        (NOW - timedelta(hours=1), False),
        (NOW + timedelta(hours=1), False),
    ],
)
def test_a_weekly_digest_is_due_seven_calendar_days_after_the_last(last_run, due):
    subscription = DigestSubscription(frequency="weekly", covered_until=last_run)

    assert subscription.is_due(NOW) is due


@pytest.mark.parametrize(
    ("last_run", "due"),
    [
        (None, True),
        (datetime(2025, 2, 28, 7, 0, tzinfo=AMSTERDAM), True),  # last month
        (datetime(2025, 3, 1, 7, 0, tzinfo=AMSTERDAM), False),  # this month already
        # 23:30 on 28 February in Amsterdam is already 1 March in UTC: local dates count.
        (datetime(2025, 2, 28, 23, 30, tzinfo=AMSTERDAM), True),
    ],
)
def test_a_monthly_digest_is_due_on_the_first_run_of_a_calendar_month(last_run, due):
    subscription = DigestSubscription(frequency="monthly", covered_until=last_run)

    assert subscription.is_due(NOW) is due


def test_an_unsubscribed_member_is_never_due():
    assert not DigestSubscription(frequency="off").is_due(NOW)


def test_the_first_digest_covers_only_the_last_period(reader, author):
    story(author, "Deze week", themes=["wonen"], days_ago=6)
    story(author, "Vorige maand", themes=["wonen"], days_ago=8)

    assert titles(items_for(subscription_of(reader), NOW).cases) == ["Deze week"]


def test_a_monthly_first_digest_covers_the_last_month(author):
    reader = make_member("Maandlezer", themes=["wonen"])
    subscribe(reader, "monthly")
    story(author, "Drie weken geleden", themes=["wonen"], days_ago=21)
    story(author, "Twee maanden geleden", themes=["wonen"], days_ago=60)

    assert titles(items_for(subscription_of(reader), NOW).cases) == ["Drie weken geleden"]


def test_after_a_long_pause_the_digest_starts_one_period_back(reader, author):
    DigestSubscription.objects.filter(user=reader.user).update(
        covered_until=NOW - timedelta(days=90)
    )
    story(author, "Oud nieuws", themes=["wonen"], days_ago=30)
    story(author, "Vers", themes=["wonen"], days_ago=1)

    assert titles(items_for(subscription_of(reader), NOW).cases) == ["Vers"]


def test_the_next_digest_starts_where_the_last_one_ended(reader, author):
    DigestSubscription.objects.filter(user=reader.user).update(
        covered_until=NOW - timedelta(days=10)
    )
    story(author, "Negen dagen oud", themes=["wonen"], days_ago=9)
    story(author, "Elf dagen oud", themes=["wonen"], days_ago=11)

    assert titles(items_for(subscription_of(reader), NOW).cases) == ["Negen dagen oud"]


# Sending: once, never twice, nothing when there is nothing new


def test_a_digest_is_sent_and_recorded(reader, author):
    case = story(author, "Wonen boven winkels", themes=["wonen"])
    member = newcomer("Ayla Theme", themes=["wonen"])

    result = send_digests(now=NOW)

    assert (result.sent, result.skipped, result.failed) == (1, 0, 0)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [reader.user.email]
    assert set(DigestItem.objects.values_list("user_id", "kind", "object_id")) == {
        (reader.user_id, "case", case.pk),
        (reader.user_id, "member", member.pk),
    }
    subscription = DigestSubscription.objects.get(user=reader.user)
    assert subscription.last_sent_at == NOW
    assert subscription.covered_until == NOW


def test_nothing_is_repeated_over_two_runs(reader, author):
    first = story(author, "Eerste verhaal", themes=["wonen"])
    newcomer("Ayla Theme", themes=["wonen"])
    send_digests(now=NOW)
    next_week = NOW + timedelta(days=7)
    story(author, "Tweede verhaal", themes=["wonen"], days_ago=-3)
    # The first story is archived and published again with a new date: still not repeated.
    PracticeCase.objects.filter(pk=first.pk).update(published_at=next_week - timedelta(days=1))

    send_digests(now=next_week)

    assert len(mail.outbox) == 2
    second = mail.outbox[1].body
    assert "Tweede verhaal" in second
    assert "Eerste verhaal" not in second
    assert "Ayla Theme" not in second


def test_no_mail_when_there_is_nothing_new(reader, author):
    story(author, "Jongeren in Groningen", themes=["jeugd"], municipality=GRONINGEN)

    result = send_digests(now=NOW)

    assert (result.sent, result.skipped) == (0, 1)
    assert mail.outbox == []
    subscription = DigestSubscription.objects.get(user=reader.user)
    assert subscription.covered_until == NOW  # the week is covered: the next one starts here
    assert subscription.last_sent_at is None


def test_running_twice_on_the_same_day_sends_once(reader, author):
    story(author, "Wonen boven winkels", themes=["wonen"])

    send_digests(now=NOW)
    story(author, "Een uur later", themes=["wonen"], days_ago=-1 / 24)
    second = send_digests(now=NOW + timedelta(hours=2))

    assert (second.sent, second.skipped) == (0, 0)
    assert len(mail.outbox) == 1


def test_a_failed_send_records_nothing_and_is_tried_again(reader, author, caplog):
    story(author, "Wonen boven winkels", themes=["wonen"])

    with mock.patch(
        "django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("mail server down")
    ):
        result = send_digests(now=NOW)

    assert (result.sent, result.failed) == (0, 1)
    assert not DigestItem.objects.exists()
    assert DigestSubscription.objects.get(user=reader.user).covered_until is None
    assert "not sent" in caplog.text

    assert send_digests(now=NOW + timedelta(minutes=10)).sent == 1
    assert "Wonen boven winkels" in mail.outbox[0].body


def test_a_long_digest_shows_ten_of_each_and_links_to_the_rest(reader, author):
    User.objects.filter(pk=reader.user_id).update(language="en")
    for number in range(13):
        story(author, f"Verhaal {number:02}", themes=["wonen"], days_ago=1 + number / 24)
    for number in range(11):
        newcomer(f"Nieuw lid {number:02}", municipality=AMERSFOORT)

    send_digests(now=NOW)

    digest_items = DigestItem.objects.filter(user=reader.user)
    assert digest_items.filter(kind="case").count() == 10
    assert digest_items.filter(kind="member").count() == 10
    message = mail.outbox[0]
    assert message.subject.endswith(": 13 practice stories and 11 new members")
    assert "Verhaal 00" in message.body
    assert "Verhaal 12" not in message.body
    assert "And 3 more stories:" in message.body
    assert "And 1 more member:" in message.body
    for link in (
        "https://netwerk.example/praktijken/?thema=wonen&sorteer=nieuwste",
        "https://netwerk.example/praktijken/?provincie=utrecht&sorteer=nieuwste",
        "https://netwerk.example/leden/?thema=wonen&sorteer=nieuwste",
        "https://netwerk.example/leden/?provincie=utrecht&sorteer=nieuwste",
    ):
        assert link in message.body
        assert link.replace("&", "&amp;") in message.alternatives[0][0]


# The e-mail: language, parts, headers


def test_the_digest_is_in_english_for_an_english_member(author):
    user = make_user("Emma English", language="en")
    reader = make_member("Emma English", user=user, themes=["wonen"])
    subscribe(reader)
    story(author, "Wonen boven winkels", themes=["wonen"])

    send_digests(now=NOW)

    message = mail.outbox[0]
    assert message.subject == ("[LPB Netwerk] New in your themes and region: 1 practice story")
    assert "Hello Emma," in message.body
    assert "New practice stories" in message.body
    assert "your theme Housing" in message.body  # the theme's English label
    html = message.alternatives[0][0]
    assert '<html lang="en">' in html


def test_the_digest_is_in_dutch_for_a_dutch_member(reader, author):
    story(author, "Wonen boven winkels", themes=["wonen"])

    send_digests(now=NOW)

    message = mail.outbox[0]
    assert '<html lang="nl">' in message.alternatives[0][0]
    assert "Wonen" in message.body  # the theme's Dutch label
    assert "Housing" not in message.body
    # "24 februari", not "24 February": dates follow the member's language.
    assert "februari" in message.body


def test_the_digest_has_a_text_and_an_html_part_with_the_same_links(reader, author):
    case = story(author, "Wonen boven winkels", themes=["wonen"])

    send_digests(now=NOW)

    message = mail.outbox[0]
    assert message.content_subtype == "plain"
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    story_url = f"{SITE_URL}{case.get_absolute_url()}"
    assert story_url in message.body
    assert f'href="{story_url}"' in html
    assert "<h2>" in html


def test_the_html_part_escapes_what_members_wrote(reader, author):
    story(author, "<script>alert(1)</script>", themes=["wonen"], summary="<b>vet</b>")

    send_digests(now=NOW)

    html = mail.outbox[0].alternatives[0][0]
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<b>vet</b>" not in html


def test_the_digest_carries_one_click_unsubscribe_headers(reader, author):
    story(author, "Wonen boven winkels", themes=["wonen"])

    send_digests(now=NOW)

    message = mail.outbox[0].message()
    unsubscribe_link = link_in(mail.outbox[0].body, "/digest/afmelden/")
    assert message["List-Unsubscribe"] == f"<{unsubscribe_link}>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Auto-Submitted"] == "auto-generated"


# Unsubscribing without logging in


@pytest.fixture
def csrf_client() -> Client:
    """A browser-less client that, like a real browser, is held to CSRF checks."""
    return Client(enforce_csrf_checks=True)


def unsubscribe_path(user: User) -> str:
    return reverse("digests:unsubscribe", kwargs={"token": unsubscribe_token(user)})


def test_the_unsubscribe_link_asks_first(csrf_client, reader):
    response = csrf_client.get(unsubscribe_path(reader.user))

    assert response.status_code == 200
    assert b'method="post"' in response.content
    assert DigestSubscription.objects.get(user=reader.user).frequency == "weekly"


def test_the_unsubscribe_button_works_without_logging_in(csrf_client, reader):
    response = csrf_client.post(unsubscribe_path(reader.user))

    assert response.status_code == 200
    assert DigestSubscription.objects.get(user=reader.user).frequency == "off"


def test_a_mail_providers_one_click_post_unsubscribes(csrf_client, reader):
    response = csrf_client.post(
        unsubscribe_path(reader.user),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert DigestSubscription.objects.get(user=reader.user).frequency == "off"


def test_the_link_from_the_e_mail_unsubscribes(csrf_client, reader, author):
    story(author, "Wonen boven winkels", themes=["wonen"])
    send_digests(now=NOW)
    link = link_in(mail.outbox[0].body, "/digest/afmelden/")

    csrf_client.post(link.removeprefix(SITE_URL))

    assert DigestSubscription.objects.get(user=reader.user).frequency == "off"
    assert send_digests(now=NOW + timedelta(days=7)).sent == 0


def tampered(user: User) -> str:
    token = unsubscribe_token(user)
    return token[:-2] + ("xx" if not token.endswith("xx") else "yy")


@pytest.mark.parametrize(
    "make_token",
    [
        lambda user: "nonsense",
        lambda user: "MQ:1tq0Zs:forgedsignature",
        tampered,
        lambda user: unsubscribe_token(user).replace(":", "", 1),
    ],
    ids=["nonsense", "forged", "tampered", "mangled"],
)
def test_an_invalid_token_gives_a_clear_400_page(csrf_client, make_token, reader):
    csrf_client.cookies["django_language"] = "en"
    path = reverse("digests:unsubscribe", kwargs={"token": make_token(reader.user)})

    for method in (csrf_client.get, csrf_client.post):
        response = method(path)
        assert response.status_code == 400
        assert b"This link does not work" in response.content
    assert DigestSubscription.objects.get(user=reader.user).frequency == "weekly"


def test_a_token_for_another_purpose_is_refused(csrf_client, reader):
    from django.core import signing

    token = signing.dumps(reader.user.pk)  # signed, but without the unsubscribe salt

    response = csrf_client.post(f"/digest/afmelden/{token}/")

    assert response.status_code == 400
    assert DigestSubscription.objects.get(user=reader.user).frequency == "weekly"


def test_a_token_of_a_deleted_account_is_a_404(csrf_client):
    user = make_user("Weg")
    token = unsubscribe_token(user)
    user.delete()

    assert csrf_client.post(f"/digest/afmelden/{token}/").status_code == 404


def test_unsubscribe_answers_only_get_and_post(csrf_client, reader):
    assert csrf_client.put(unsubscribe_path(reader.user)).status_code == 405


def test_an_empty_token_is_not_a_page(csrf_client):
    assert csrf_client.get("/digest/afmelden//").status_code == 404


# The preferences page


def test_anonymous_visitors_log_in_first(client):
    response = client.get("/account/samenvatting/")

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_pending_member_reads_that_they_can_choose_once_approved(client_as):
    client = client_as("pending_member")

    client.cookies["django_language"] = "en"

    response = client.get("/account/samenvatting/")

    assert response.status_code == 200
    assert b'name="frequency"' not in response.content
    assert b"as soon as a coordinator has approved your membership" in response.content


def test_a_pending_member_cannot_subscribe_by_posting(client_as, pending_member):
    client = client_as("pending_member")

    response = client.post("/account/samenvatting/", {"frequency": "weekly"})

    assert response.status_code == 403
    assert not DigestSubscription.objects.filter(user=pending_member).exists()


def test_a_declined_member_is_sent_to_log_in(client_as):
    response = client_as("declined_member").get("/account/samenvatting/")

    assert response.status_code == 302


def test_a_member_sees_the_choice_off_by_default(client_as, member):
    response = client_as("member").get("/account/samenvatting/")

    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'value="off"[^>]*checked', html)
    assert 'value="weekly"' in html
    assert 'value="monthly"' in html


def test_a_member_opts_in_and_out(client_as, member):
    client = client_as("member")

    response = client.post("/account/samenvatting/", {"frequency": "monthly"})

    assert response.status_code == 302
    assert response.url == "/account/samenvatting/"
    assert DigestSubscription.objects.get(user=member).frequency == "monthly"
    client.post("/account/samenvatting/", {"frequency": "off"})
    assert DigestSubscription.objects.get(user=member).frequency == "off"


def test_bad_input_gives_a_clear_error_and_saves_nothing(client_as, member):
    DigestSubscription.objects.create(user=member, frequency="weekly")
    client = client_as("member")

    response = client.post("/account/samenvatting/", {"frequency": "daily"})

    assert response.status_code == 200
    assert response.context["form"].errors["frequency"]
    assert b"field--error" in response.content
    assert DigestSubscription.objects.get(user=member).frequency == "weekly"


def test_the_page_says_what_the_digest_is_based_on(client_as, member):
    make_member("Merel van Hulst", user=member, themes=["wonen"], municipality=AMERSFOORT)
    client = client_as("member")
    client.cookies["django_language"] = "en"

    html = client.get("/account/samenvatting/").content.decode()

    assert "Housing" in html
    assert "Utrecht (you work in Amersfoort)" in html


def test_the_page_is_linked_from_my_account_and_my_profile(client_as):
    client = client_as("member")

    assert 'href="/account/samenvatting/"' in client.get("/account/email/").content.decode()
    assert 'href="/account/samenvatting/"' in client.get("/profiel/bewerken/").content.decode()


def test_the_preferences_page_takes_few_queries(client_as, member, django_assert_max_num_queries):
    make_member("Merel van Hulst", user=member, themes=["wonen", "jeugd", "armoede-en-schulden"])
    client = client_as("member")

    with django_assert_max_num_queries(8):
        client.get("/account/samenvatting/")


# The command and its cost


def test_the_command_prints_what_it_did(reader, author, capsys):
    story(author, "Wonen boven winkels", themes=["wonen"])
    quiet = make_member("Stil", themes=["onderwijs"])
    subscribe(quiet)

    call_command("send_digests", "--now", "2025-03-03T07:00")

    assert "Sent 1 digests; 1 skipped" in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_a_dry_run_sends_and_changes_nothing(reader, author, capsys):
    story(author, "Wonen boven winkels", themes=["wonen"])

    call_command("send_digests", "--dry-run", "--now", "2025-03-03T07:00+01:00")

    assert "would send 1 digests" in capsys.readouterr().out
    assert mail.outbox == []
    assert not DigestItem.objects.exists()
    assert DigestSubscription.objects.get(user=reader.user).covered_until is None


def test_the_command_fails_loudly_when_digests_could_not_be_sent(reader, author):
    story(author, "Wonen boven winkels", themes=["wonen"])

    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError),
        pytest.raises(CommandError, match="1 digests could not be sent"),
    ):
        call_command("send_digests", "--now", "2025-03-03T07:00")


def test_the_command_refuses_a_malformed_now():
    with pytest.raises(CommandError):
        call_command("send_digests", "--now", "next monday")


def _subscribers(count: int, prefix: str) -> None:
    for number in range(count):
        subscribe(
            make_member(f"{prefix} {number:02}", themes=["wonen", "jeugd"], municipality=UTRECHT)
        )


def _run_counting(now: datetime) -> tuple[int, int, int]:
    """(reads, writes, digests sent) of one run."""
    with CaptureQueriesContext(connection) as queries:
        sent = send_digests(now=now).sent
    statements = [q["sql"].lstrip().split(" ", 1)[0].upper() for q in queries.captured_queries]
    reads = sum(1 for s in statements if s == "SELECT")
    writes = sum(1 for s in statements if s in ("INSERT", "UPDATE", "DELETE"))
    return reads, writes, sent


def test_a_run_reads_the_same_number_of_times_for_5_or_20_members(author):
    _subscribers(5, "Eerste")
    for number in range(8):
        story(author, f"Week één {number}", themes=["wonen"], municipality=UTRECHT)
        newcomer(f"Nieuwkomer één {number}", themes=["jeugd"])
    reads_5, writes_5, sent_5 = _run_counting(NOW)

    _subscribers(15, "Later")
    next_week = NOW + timedelta(days=7)
    for number in range(8):
        story(author, f"Week twee {number}", themes=["wonen"], days_ago=-5)
        newcomer(f"Nieuwkomer twee {number}", themes=["jeugd"], days_ago=-5)
    reads_20, writes_20, sent_20 = _run_counting(next_week)

    assert (sent_5, sent_20) == (5, 20)
    # Reading is independent of the number of members and items; writing is one insert of
    # the items and one update per digest sent (its record, made only after the send).
    assert reads_20 <= reads_5 + 1, (reads_5, reads_20)
    assert writes_20 <= 2 * sent_20 + 1, writes_20
    assert writes_5 <= 2 * sent_5 + 1, writes_5


# Privacy


def test_deleting_an_account_deletes_its_subscription_and_record(reader, author):
    story(author, "Wonen boven winkels", themes=["wonen"])
    send_digests(now=NOW)

    reader.user.delete()

    assert not DigestSubscription.objects.exists()
    assert not DigestItem.objects.exists()


def test_services_module_builds_nothing_for_no_subscriptions():
    assert build_digests([], NOW) == []
    assert services.due_subscriptions(NOW) == []


def test_a_deleted_story_or_member_is_forgotten_so_a_reused_id_is_not_taken_as_sent(reader, author):
    case = story(author, "Buurtkamer in de Wijk")
    for kind, object_id in ((DigestItem.Kind.CASE, case.pk), (DigestItem.Kind.MEMBER, author.pk)):
        DigestItem.objects.create(user=reader.user, kind=kind, object_id=object_id, sent_at=NOW)
    DigestItem.objects.create(user=reader.user, kind=DigestItem.Kind.CASE, object_id=0, sent_at=NOW)

    case.delete()
    author.user.delete()

    assert list(DigestItem.objects.values_list("kind", "object_id")) == [("case", 0)]
