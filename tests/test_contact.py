"""Contact a member without seeing their address: e-mail with the sender as Reply-To."""

from __future__ import annotations

from datetime import timedelta
from smtplib import SMTPException

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members.contact import DAILY_LIMIT
from members.models import ContactMessage, Member
from members.models.contact import RETENTION
from members.services import ensure_profile
from tests.factories import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def recipient(other_member) -> Member:
    """Omar's profile: members only, e-mail address not shown."""
    return make_member("Omar Bouzid", user=other_member)


def url_for(member: Member) -> str:
    return reverse("members:contact", kwargs={"slug": member.slug})


def message(**overrides) -> dict:
    return {
        "subject": "Portiekgesprekken",
        "body": "Hoe pakte jij dat aan?\nGroet, Merel",
    } | overrides


def send_many(sender, recipient_user, number: int, *, ago=timedelta(0)) -> None:
    for n in range(number):
        sent = ContactMessage.objects.create(
            sender=sender, recipient=recipient_user, subject=f"Bericht {n}", body="…"
        )
        ContactMessage.objects.filter(pk=sent.pk).update(created_at=timezone.now() - ago)


# Sending


def test_a_member_sends_a_message_by_email_with_reply_to(client, member, recipient):
    client.force_login(member)

    response = client.post(url_for(recipient), message())

    assert response.status_code == 302
    assert response.url == recipient.get_absolute_url()
    (sent,) = mail.outbox
    assert sent.to == [recipient.user.email]
    assert sent.reply_to == [member.email]
    assert sent.cc == [] and sent.bcc == []
    assert "Merel van Hulst" in sent.subject
    assert "Portiekgesprekken" in sent.subject
    assert "Hoe pakte jij dat aan?\nGroet, Merel" in sent.body
    assert member.email not in sent.body  # Reply-To carries it; the text does not need to


def test_the_message_is_logged(client, member, recipient):
    client.force_login(member)

    client.post(url_for(recipient), message())

    logged = ContactMessage.objects.get()
    assert (logged.sender, logged.recipient) == (member, recipient.user)
    assert logged.subject == "Portiekgesprekken"
    assert logged.body == "Hoe pakte jij dat aan?\nGroet, Merel"


def test_the_email_is_in_the_recipients_language(client, member, recipient):
    recipient.user.language = "en"
    recipient.user.save()
    client.force_login(member)  # Merel browses in Dutch

    client.post(url_for(recipient), message())

    (sent,) = mail.outbox
    assert sent.subject == "[LPB Netwerk] Message from Merel van Hulst: Portiekgesprekken"
    assert sent.body.startswith("Hello Omar,")
    assert "Reply to this e-mail to answer Merel van Hulst directly" in sent.body


def test_a_dutch_recipient_gets_the_email_in_dutch(client, member, recipient, english):
    """Fails until the Dutch translations in locale/nl exist."""
    client.force_login(member)  # Merel browses in English

    client.post(url_for(recipient), message())

    (sent,) = mail.outbox
    assert "Message from" not in sent.subject
    assert "Hello Omar" not in sent.body


def test_the_recipients_address_is_never_on_the_pages(client, member, recipient):
    client.force_login(member)

    profile = client.get(recipient.get_absolute_url()).content.decode()
    form = client.get(url_for(recipient)).content.decode()
    after = client.post(url_for(recipient), message(), follow=True).content.decode()

    for html in (profile, form, after):
        assert recipient.user.email not in html
    assert url_for(recipient) in profile  # the button


def test_the_address_is_shown_when_the_recipient_chose_so(client, member, recipient):
    recipient.show_email = True
    recipient.save()
    client.force_login(member)

    assert recipient.user.email in client.get(recipient.get_absolute_url()).content.decode()


# Who may write to whom


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", "login"),
        ("pending_member", "waiting"),
        ("declined_member", "login"),
        ("member", 200),
        ("coordinator", 200),
        ("superuser", 200),
    ],
)
def test_who_may_open_the_contact_form(client_as, recipient, persona, expected):
    response = client_as(persona).get(url_for(recipient))

    if expected == "login":
        assert response.url.startswith(reverse("account_login"))
    elif expected == "waiting":
        assert response.url == reverse("members:waiting")
    else:
        assert response.status_code == expected


def test_pending_members_cannot_send(client, pending_member, recipient):
    client.force_login(pending_member)

    response = client.post(url_for(recipient), message())

    assert response.status_code == 302
    assert not mail.outbox
    assert not ContactMessage.objects.exists()


def test_a_hidden_profile_cannot_be_written_to_by_members(client, member, recipient):
    recipient.visibility = Member.Visibility.HIDDEN
    recipient.save()
    client.force_login(member)

    assert client.get(url_for(recipient)).status_code == 404
    assert client.post(url_for(recipient), message()).status_code == 404
    assert not mail.outbox


def test_a_coordinator_may_write_to_a_hidden_profile(client, coordinator, recipient):
    recipient.visibility = Member.Visibility.HIDDEN
    recipient.save()
    client.force_login(coordinator)

    assert client.post(url_for(recipient), message()).status_code == 302
    assert len(mail.outbox) == 1


def test_a_declined_account_gets_no_messages(client, coordinator, declined_member):
    profile = ensure_profile(user=declined_member)
    client.force_login(coordinator)

    assert client.get(url_for(profile)).status_code == 404


def test_nobody_writes_to_themselves(client, member):
    own = ensure_profile(user=member)
    client.force_login(member)

    response = client.post(url_for(own), message())

    assert response.status_code == 302
    assert response.url == own.get_absolute_url()
    assert not mail.outbox


def test_an_unknown_profile_is_a_404(client, member):
    client.force_login(member)

    assert client.get("/leden/niemand/bericht/").status_code == 404


def test_the_profile_shows_the_button_only_to_those_who_may_write(client, member, recipient):
    recipient.visibility = Member.Visibility.PUBLIC
    recipient.save()

    anonymous = client.get(recipient.get_absolute_url()).content.decode()
    client.force_login(member)
    logged_in = client.get(recipient.get_absolute_url()).content.decode()
    client.force_login(recipient.user)
    own = client.get(recipient.get_absolute_url()).content.decode()

    assert url_for(recipient) not in anonymous
    assert reverse("account_login") in anonymous
    assert url_for(recipient) in logged_in
    assert url_for(recipient) not in own
    assert reverse("members:privacy") in own


# The daily limit, counted over the log


def test_the_eleventh_message_in_a_day_is_refused_and_the_text_kept(client, member, recipient):
    send_many(member, recipient.user, DAILY_LIMIT, ago=timedelta(hours=2))
    client.force_login(member)

    page = client.get(url_for(recipient))
    response = client.post(url_for(recipient), message(body="Nog eentje"))

    assert page.status_code == 200
    assert page.context["available_at"] is not None
    assert response.status_code == 429
    assert response.context["form"].non_field_errors()
    assert "Nog eentje" in response.content.decode()
    assert not mail.outbox
    assert ContactMessage.objects.count() == DAILY_LIMIT


def test_the_limit_is_per_sender(client, member, other_member, coordinator, recipient):
    send_many(coordinator, recipient.user, DAILY_LIMIT)
    client.force_login(member)

    assert client.post(url_for(recipient), message()).status_code == 302


def test_messages_older_than_a_day_no_longer_count(client, member, recipient):
    send_many(member, recipient.user, DAILY_LIMIT, ago=timedelta(hours=25))
    client.force_login(member)

    assert client.post(url_for(recipient), message()).status_code == 302


def test_the_log_forgets_messages_after_the_retention_period(client, member, recipient):
    send_many(member, recipient.user, 2, ago=RETENTION + timedelta(days=1))
    send_many(member, recipient.user, 1, ago=RETENTION - timedelta(days=1))
    client.force_login(member)

    client.post(url_for(recipient), message())

    assert ContactMessage.objects.count() == 2  # the recent one and the new one


# Bad input


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (message(subject=""), "subject"),
        (message(subject="   "), "subject"),
        (message(body=""), "body"),
        (message(body="x" * 5001), "body"),
        (message(subject="x" * 151), "subject"),
    ],
)
def test_bad_input_gets_a_message_and_keeps_the_text(client, member, recipient, data, field):
    client.force_login(member)

    response = client.post(url_for(recipient), data)

    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert response.context["form"]["body"].value() == data["body"]
    assert not mail.outbox


def test_line_breaks_in_the_subject_cannot_add_mail_headers(client, member, recipient):
    client.force_login(member)

    client.post(url_for(recipient), message(subject="Hoi\r\nBcc: iedereen@example.org"))

    (sent,) = mail.outbox
    assert sent.bcc == []
    assert "\n" not in sent.subject
    assert "Hoi Bcc: iedereen@example.org" in sent.subject


def test_a_failing_mail_server_keeps_the_text_and_logs_nothing(
    client, member, recipient, monkeypatch
):
    def refuse(self, *args, **kwargs):
        raise SMTPException("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    client.force_login(member)

    response = client.post(url_for(recipient), message())

    assert response.status_code == 503
    assert response.context["form"]["subject"].value() == "Portiekgesprekken"
    assert not ContactMessage.objects.exists()


# Coordinators read the log


def test_coordinators_read_the_log_but_cannot_change_it(client, coordinator, member, recipient):
    send_many(member, recipient.user, 1)
    logged = ContactMessage.objects.get()
    client.force_login(coordinator)

    assert client.get("/beheer/members/contactmessage/").status_code == 200
    assert client.get(f"/beheer/members/contactmessage/{logged.pk}/change/").status_code == 200
    assert client.get("/beheer/members/contactmessage/add/").status_code == 403
    assert client.get(f"/beheer/members/contactmessage/{logged.pk}/delete/").status_code == 403


def test_members_cannot_read_the_log(client, member):
    client.force_login(member)

    response = client.get("/beheer/members/contactmessage/")

    assert response.status_code == 302


# Cost


def test_the_contact_page_takes_few_queries(
    client, member, recipient, django_assert_max_num_queries
):
    send_many(member, recipient.user, 5)
    client.force_login(member)

    with django_assert_max_num_queries(8):
        client.get(url_for(recipient))
