"""Coordinators in /beheer/: hide an answer with a reason, close, merge, forward."""

from __future__ import annotations

import pytest

from members.services import ensure_profile
from questions.models import Answer, Notification, Question, Recipient
from tests.question_factories import make_answer, make_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(member, other_member):
    question = make_question(ensure_profile(user=member))
    make_answer(question, ensure_profile(user=other_member), body="Met een adres erin")
    return question


def change_data(question, **extra) -> dict:
    answer = question.answers.get()
    data = {
        "title": question.title,
        "status": question.status,
        "audience": question.audience,
        "summary": "",
        "merged_into": "",
        "forward_to": "",
        "answers-TOTAL_FORMS": "1",
        "answers-INITIAL_FORMS": "1",
        "answers-MIN_NUM_FORMS": "0",
        "answers-MAX_NUM_FORMS": "1000",
        "answers-0-id": str(answer.pk),
        "answers-0-question": str(question.pk),
        "answers-0-hidden_reason": "",
    }
    data.update(extra)
    return data


def test_a_coordinator_hides_an_answer_and_its_author_is_told(client, coordinator, question):
    client.force_login(coordinator)
    url = f"/beheer/questions/question/{question.pk}/change/"
    response = client.post(url, change_data(question, **{"answers-0-hidden_reason": "Adres"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    answer = Answer.objects.get()
    assert answer.hidden_reason == "Adres"
    assert Notification.objects.get(kind="hidden").reason == "Adres"


def test_a_coordinator_forwards_by_e_mail_address(client, coordinator, question, co_author):
    ensure_profile(user=co_author)
    client.force_login(coordinator)
    url = f"/beheer/questions/question/{question.pk}/change/"
    response = client.post(url, change_data(question, forward_to="cor.coauteur@example.org"))
    assert response.status_code == 302
    assert Recipient.objects.get(question=question).forwarded
    response = client.post(url, change_data(question, forward_to="niemand@example.org"))
    assert response.status_code == 200 and "e-mailadres" in response.content.decode()


def test_a_coordinator_closes_and_merges_from_the_list(client, coordinator, question, member):
    duplicate = make_question(ensure_profile(user=member), title="Dezelfde vraag")
    client.force_login(coordinator)
    ids = [str(question.pk), str(duplicate.pk)]
    client.post(
        "/beheer/questions/question/", {"action": "merge", "_selected_action": ids, "index": 0}
    )
    duplicate.refresh_from_db()
    assert duplicate.merged_into_id == question.pk
    client.post(
        "/beheer/questions/question/", {"action": "close", "_selected_action": ids[:1], "index": 0}
    )
    assert Question.objects.get(pk=question.pk).status == Question.Status.CLOSED
