"""“Vraag het netwerk”: ask → route → outbox → answer → helpful → close → story draft."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from members.models import Theme
from members.services import ensure_profile
from practices.models import CoAuthorInvitation, PracticeCase
from questions import notifications, routing, services
from questions.models import Answer, Follow, Notification, Question, Recipient
from tests.factories import make_member
from tests.practice_factories import make_case
from tests.question_factories import make_answer, make_question, opt_in

CREATE_URL = reverse("questions:create")


@pytest.fixture
def asker(member):
    return ensure_profile(user=member)


@pytest.fixture
def peers(db):
    """Three members who wrote about housing (wonen); two opted in to be asked."""
    found = []
    for name in ("Wim Wonen", "Wendy Woning", "Willem Nooit"):
        peer = make_member(name, themes=["wonen"], ask_me_about="corporatie en portiekflats")
        make_case(peer, title=f"Corporatie aan tafel ({name})", themes=["wonen"])
        found.append(peer)
    opt_in(found[0], themes=["wonen"])
    opt_in(found[1])
    return found


def question_data(**overrides):
    data = {
        "title": "Hoe krijg ik de corporatie aan tafel?",
        "situation": "Veel overlast in een portiekflat; de corporatie reageert niet.",
        "themes": [Theme.objects.get(code="wonen").pk],
        "audience": "members",
    }
    data.update(overrides)
    return data


def test_a_question_goes_only_to_opted_in_peers_and_never_the_asker(client, asker, peers):
    opt_in(asker)  # the asker opted in too: still never sent their own question
    client.force_login(asker.user)
    response = client.post(CREATE_URL, question_data())
    question = Question.objects.get()
    assert response.status_code == 302 and response.url == question.get_absolute_url()
    sent = set(Recipient.objects.values_list("member_id", flat=True))
    assert sent == {peers[0].pk, peers[1].pk}
    notes = Notification.objects.filter(kind="question")
    assert {n.recipient_id for n in notes} == sent
    assert all(n.reason for n in notes)  # explained ("wrote a story about …")
    assert mail.outbox == []  # nothing is mailed inside the request


def test_routing_respects_each_members_weekly_limit(asker, peers):
    peers[0].question_availability.per_week = 1
    peers[0].question_availability.save()
    first = make_question(asker, themes=["wonen"])
    services.send_to(question=first, candidates=routing.route(first))
    second = make_question(asker, title="Nog een vraag over wonen", themes=["wonen"])
    chosen = {c.member.pk for c in routing.route(second)}
    assert peers[0].pk not in chosen and peers[1].pk in chosen


def test_routing_takes_at_most_n_peers(asker, peers, settings):
    settings.QUESTIONS_PEERS_PER_QUESTION = 1
    question = make_question(asker, themes=["wonen"])
    assert len(routing.route(question)) == 1


def test_members_opted_in_on_other_themes_are_not_asked(asker, peers):
    question = make_question(asker, title="Jongeren op straat", situation="Jeugd", themes=["jeugd"])
    assert peers[0].pk not in {c.member.pk for c in routing.route(question)}


def test_send_notifications_mails_once_and_retries_a_failure(asker, peers, monkeypatch):
    question = services.ask_question(
        asker=asker,
        title="Corporatie?",
        situation="Overlast",
        themes=Theme.objects.filter(code="wonen"),
    )
    assert question.recipients.count() == 2
    calls = {"n": 0}
    real = notifications.send_one

    def flaky(notification):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("mail server away")
        real(notification)

    monkeypatch.setattr(notifications, "send_one", flaky)
    call_command("send_notifications")
    assert len(mail.outbox) == 1
    failed = Notification.objects.get(attempts=1, mail="pending")
    assert failed.last_error == "mail server away"
    # Later, the failed one is retried; the sent one is never sent again.
    from django.utils import timezone

    later = timezone.now() + timezone.timedelta(minutes=5)
    notifications.send_pending(now=later)
    notifications.send_pending(now=later)
    assert len(mail.outbox) == 2
    assert len({m.to[0] for m in mail.outbox}) == 2
    assert "Corporatie?" in mail.outbox[0].subject
    assert "Overlast" not in mail.outbox[0].body  # the situation stays in the site


def test_the_same_notification_is_never_created_twice(asker, peers):
    question = make_question(asker)
    for _ in range(2):
        notifications.notify(question=question, kind="question", members=[peers[0]])
    assert Notification.objects.count() == 1


def test_the_sending_rate_is_limited_per_run(asker, peers, settings):
    question = make_question(asker)
    notifications.notify(question=question, kind="question", members=peers)
    result = notifications.send_pending(limit=2)
    assert (result.sent, result.left) == (2, 1) and len(mail.outbox) == 2


def test_a_member_is_told_clearly_when_the_daily_limit_is_reached(client, asker, settings):
    settings.QUESTIONS_PER_DAY = 1
    client.force_login(asker.user)
    client.post(CREATE_URL, question_data())
    response = client.post(CREATE_URL, question_data(title="Tweede vraag vandaag"))
    assert response.status_code == 200
    assert "24" in response.content.decode()
    assert "Tweede vraag vandaag" in response.content.decode()  # what was typed is kept
    assert Question.objects.count() == 1


def test_the_full_cycle_answer_helpful_close_story(client, asker, peers):
    question = services.ask_question(
        asker=asker,
        title="Corporatie?",
        situation="Overlast",
        themes=Theme.objects.filter(code="wonen"),
    )
    client.force_login(peers[0].user)
    response = client.post(
        reverse("questions:answer", args=[question.slug]), {"body": "Bel de **wijkbeheerder**."}
    )
    assert response.status_code == 302
    answer = Answer.objects.get()
    assert "<strong>wijkbeheerder</strong>" in answer.body_html
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED and question.first_answer_at
    assert Notification.objects.filter(recipient=asker, kind="answer").exists()

    client.force_login(asker.user)
    assert (
        client.post(reverse("questions:helpful", args=[question.slug, answer.pk])).status_code
        == 302
    )
    answer.refresh_from_db()
    assert answer.helpful
    assert Notification.objects.filter(recipient=peers[0], kind="helpful").exists()

    client.post(reverse("questions:close", args=[question.slug]), {"summary": "De wijkbeheerder."})
    question.refresh_from_db()
    assert question.status == Question.Status.CLOSED and question.summary == "De wijkbeheerder."

    response = client.post(reverse("questions:story", args=[question.slug]))
    story = PracticeCase.objects.get(title="Corporatie?")
    assert response.url == reverse("practices:edit", args=[story.slug])
    assert story.status == "draft" and story.author == asker
    assert "wijkbeheerder" in story.approach and story.situation == "Overlast"
    assert list(story.co_authors.all()) == []  # they must accept first
    invited = CoAuthorInvitation.objects.filter(case=story, status="pending")
    assert list(invited.values_list("member_id", flat=True)) == [peers[0].pk]


def test_only_the_asker_marks_helpful_closes_and_makes_a_story(client, asker, peers):
    question = make_question(asker)
    answer = make_answer(question, peers[0])
    client.force_login(peers[1].user)
    for url, data in (
        (reverse("questions:helpful", args=[question.slug, answer.pk]), {}),
        (reverse("questions:close", args=[question.slug]), {"summary": "x"}),
        (reverse("questions:story", args=[question.slug]), {}),
    ):
        assert client.post(url, data).status_code == 403


def test_closing_without_a_summary_asks_for_one(client, asker):
    question = make_question(asker)
    client.force_login(asker.user)
    response = client.post(reverse("questions:close", args=[question.slug]), {"summary": " "})
    assert response.status_code == 400
    question.refresh_from_db()
    assert question.status == Question.Status.OPEN


def test_i_have_this_too_follows_and_mutes_per_question(client, asker, peers):
    question = make_question(asker)
    Follow.objects.create(question=question, member=asker, reason="asked")
    client.force_login(peers[2].user)
    client.post(reverse("questions:follow", args=[question.slug]))
    assert Follow.objects.filter(question=question, member=peers[2], reason="same").exists()
    client.post(reverse("questions:email", args=[question.slug]), {"email": "0"})
    make_answer_via_service = services.answer_question(
        question=question, author=peers[0], body="Probeer dit."
    )
    assert make_answer_via_service.pk
    muted = Notification.objects.get(recipient=peers[2], kind="answer")
    assert muted.mail == "skipped"
    assert Notification.objects.get(recipient=asker, kind="answer").mail == "pending"


def test_a_recipients_only_question_is_read_only_by_those_involved(client, asker, peers):
    question = make_question(asker, audience="recipients")
    Recipient.objects.create(question=question, member=peers[0])
    url = question.get_absolute_url()
    client.force_login(peers[0].user)
    assert client.get(url).status_code == 200
    client.force_login(peers[1].user)
    assert client.get(url).status_code == 404
    assert client.get(reverse("questions:list")).content.decode().count(question.title) == 0


def test_a_hidden_answer_shows_its_reason_only_to_its_author(client, asker, peers):
    question = make_question(asker)
    answer = make_answer(question, peers[0], body="Onzin-antwoord")
    services.hide_answer(answer=answer, reason="Noemde een adres")
    client.force_login(peers[0].user)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Noemde een adres" in page and "Onzin-antwoord" not in page
    client.force_login(peers[1].user)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Noemde een adres" not in page and "Onzin-antwoord" not in page
    assert Notification.objects.filter(recipient=peers[0], kind="hidden").exists()


def test_the_who_to_call_answer_prefills_the_form_by_post(client, asker):
    client.force_login(asker.user)
    response = client.post(
        CREATE_URL,
        {
            "van": "wie-bel-je",
            "beschrijving": "Drugsoverlast in de flat",
            "thema": ["wonen"],
            "gemeente": "GM0363",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200 and "Drugsoverlast in de flat" in page
    assert Question.objects.count() == 0
    wonen = Theme.objects.get(code="wonen").pk
    assert re.search(rf'<input[^>]*name="themes" value="{wonen}"[^>]*checked', page)


def test_the_notification_list_and_header_count(
    client, asker, peers, django_capture_on_commit_callbacks
):
    question = make_question(asker)
    Follow.objects.create(question=question, member=asker, reason="asked")
    with django_capture_on_commit_callbacks(execute=True):
        for peer, body in zip(peers, ("Een", "Twee", "Drie"), strict=True):
            services.answer_question(question=question, author=peer, body=body)
    client.force_login(asker.user)
    page = client.get(reverse("questions:list")).content.decode()
    assert "3 nieuwe meldingen" in page
    page = client.get(reverse("questions:notifications")).content.decode()
    assert "3 nieuwe antwoorden op" in page
    client.get(question.get_absolute_url())  # reading the question marks it read
    page = client.get(reverse("questions:notifications")).content.decode()
    assert "nieuwe melding" not in page and "Drie" not in page


def test_listing_filters_by_status_and_searches(client, asker):
    make_question(asker, title="Open vraag over jeugd", themes=["jeugd"])
    closed = make_question(asker, title="Gesloten vraag", status=Question.Status.CLOSED)
    client.force_login(asker.user)
    page = client.get(reverse("questions:list"), {"status": "gesloten"}).content.decode()
    assert closed.title in page and "Open vraag over jeugd" not in page
    page = client.get(reverse("questions:list"), {"zoek": "jeugd"}).content.decode()
    assert "Open vraag over jeugd" in page and "Gesloten vraag" not in page


def test_merging_closes_the_duplicate_and_moves_its_followers(asker, peers):
    original = make_question(asker)
    duplicate = make_question(asker, title="Dubbel")
    Follow.objects.create(question=duplicate, member=peers[2], reason="same")
    services.merge_questions(duplicate=duplicate, into=original)
    duplicate.refresh_from_db()
    assert duplicate.merged_into == original and duplicate.status == Question.Status.CLOSED
    assert Follow.objects.filter(question=original, member=peers[2]).exists()


def test_a_coordinator_forwards_a_question(asker, peers, coordinator):
    question = make_question(asker)
    services.forward_question(question=question, member=peers[2], by=coordinator)
    recipient = Recipient.objects.get(member=peers[2])
    assert recipient.forwarded
    assert Notification.objects.filter(recipient=peers[2], kind="question").exists()


@pytest.mark.parametrize("rows", [2, 12])
def test_question_pages_cost_a_constant_number_of_queries(
    client, asker, peers, rows, django_assert_max_num_queries
):
    question = make_question(asker, themes=["wonen"])
    for n in range(rows):
        make_question(asker, title=f"Vraag {n}", themes=["wonen"])
        make_answer(question, peers[n % 3], body=f"Antwoord {n}")
    client.force_login(asker.user)
    client.get(reverse("questions:list"))  # builds the facet index once
    with django_assert_max_num_queries(14):
        assert client.get(reverse("questions:list")).status_code == 200
    with django_assert_max_num_queries(16):
        assert client.get(question.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(reverse("questions:notifications")).status_code == 200


def test_the_dashboard_shows_waiting_questions_and_the_median_first_answer(
    client, asker, peers, coordinator, django_assert_max_num_queries
):
    from datetime import timedelta

    from django.utils import timezone

    from questions.dashboard import question_stats

    now = timezone.now()
    waiting = make_question(asker, title="Wacht al vier dagen")
    fresh = make_question(asker, title="Net gesteld")
    Question.objects.filter(pk=waiting.pk).update(created_at=now - timedelta(days=4))
    for hours in (2, 4, 30):
        q = make_question(asker, title=f"Beantwoord na {hours} uur")
        Question.objects.filter(pk=q.pk).update(
            created_at=now - timedelta(days=5),
            first_answer_at=now - timedelta(days=5) + timedelta(hours=hours),
            status=Question.Status.ANSWERED,
        )
    with django_assert_max_num_queries(2):
        stats = question_stats()
    assert [q.title for q in stats.unanswered] == [waiting.title]
    assert fresh not in stats.unanswered and stats.median_hours == 4.0
    client.force_login(coordinator)
    page = client.get("/beheer/").content.decode()
    assert "Wacht al vier dagen" in page
    assert "4,0" in page or "4.0" in page


def test_routing_a_question_costs_about_what_a_who_to_call_answer_costs(asker, peers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from practices.matching import match

    question = make_question(asker, themes=["wonen"])
    routing.route(question)  # the facet indexes are built once per change
    with CaptureQueriesContext(connection) as matched:
        match(routing.situation_of(question), viewer=asker.user)
    with CaptureQueriesContext(connection) as routed:
        routing.route(question)
    assert len(routed) <= len(matched) + 5, [q["sql"] for q in routed.captured_queries]


def test_members_opted_in_on_the_theme_fill_up_when_the_matcher_finds_too_few(asker):
    quiet = make_member("Quinten Stil")  # no profile text, no stories: the matcher skips him
    opt_in(quiet, themes=["jeugd"])
    question = make_question(asker, title="Hangjongeren", situation="Wat nu?", themes=["jeugd"])
    chosen = routing.route(question)
    assert [c.member for c in chosen] == [quiet]
    assert "jeugd" in chosen[0].reason.lower()


def test_the_situation_is_never_logged_nor_put_in_a_url(client, asker, caplog):
    import logging

    client.force_login(asker.user)
    secret = "Mevrouw Jansen op nummer 12 wordt bedreigd"
    with caplog.at_level(logging.DEBUG):
        response = client.post(CREATE_URL, question_data(situation=secret))
        client.post(CREATE_URL, {"van": "wie-bel-je", "beschrijving": secret})
    assert secret not in response.url
    assert secret not in caplog.text
