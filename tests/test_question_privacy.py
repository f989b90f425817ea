"""Questions and answers in the data download and the account deletion (``members.privacy``
walks every relation to a person generically; these tests prove it covers this app)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.urls import reverse

from members.privacy import EXPORT_JSON_NAME, deletion_plan
from members.services import ensure_profile
from questions import services
from questions.models import Answer, Availability, Follow, Notification, Question, Recipient
from questions.routing import Candidate
from tests.conftest import PASSWORD
from tests.question_factories import make_question, opt_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def questions_footprint(member, other_member):
    """``member`` asked one question alone and one that ``other_member`` answered, answered
    ``other_member``'s question, follows it, opted in and was notified."""
    me, other = ensure_profile(user=member), ensure_profile(user=other_member)
    opt_in(me, themes=["wonen"])
    alone = make_question(me, title="Vraag zonder antwoord")
    shared = make_question(me, title="Vraag met antwoord van een ander")
    services.answer_question(question=shared, author=other, body="Antwoord van Omar")
    theirs = make_question(other, title="Vraag van Omar")
    services.send_to(question=theirs, candidates=[Candidate(me, "je schreef over wonen")])
    services.answer_question(question=theirs, author=me, body="Antwoord van Merel")
    Follow.objects.get_or_create(question=theirs, member=me, defaults={"reason": "same"})
    return {"me": me, "other": other, "alone": alone, "shared": shared, "theirs": theirs}


def test_the_data_download_holds_questions_answers_and_the_rest(
    client, member, questions_footprint
):
    client.force_login(member)
    response = client.post(reverse("members:data_download"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    records = json.loads(archive.read(EXPORT_JSON_NAME))["records"]
    asked = {row["title"] for row in records["questions.question.asker"]["rows"]}
    assert asked == {"Vraag zonder antwoord", "Vraag met antwoord van een ander"}
    answered = [row["body"] for row in records["questions.answer.author"]["rows"]]
    assert answered == ["Antwoord van Merel"]
    for key in (
        "questions.follow.member",
        "questions.recipient.member",
        "questions.availability.member",
        "questions.notification.recipient",
    ):
        assert records[key]["rows"], key
    assert "Antwoord van Omar" not in json.dumps(records["questions.answer.author"])


def test_the_deletion_plan_lists_questions_and_answers_as_works(member, questions_footprint):
    plan = deletion_plan(member)
    own = {work.obj for work in plan.own_works}
    shared = {work.obj for work in plan.shared_works}
    assert questions_footprint["alone"] in own
    assert questions_footprint["shared"] in shared  # someone else answered it
    assert any(isinstance(work.obj, Answer) for work in plan.works)


def test_deletion_removes_the_members_questions_or_keeps_them_without_a_name(
    client, member, questions_footprint
):
    shared, theirs = questions_footprint["shared"], questions_footprint["theirs"]
    client.force_login(member)
    response = client.post(
        reverse("members:account_delete"),
        {"password": PASSWORD, f"work_questions-question-{shared.pk}": "keep"}
        | {
            f"work_questions-answer-{a.pk}": "delete"
            for a in Answer.objects.filter(author=questions_footprint["me"])
        },
    )
    assert response.status_code == 302
    assert not Question.objects.filter(pk=questions_footprint["alone"].pk).exists()
    kept = Question.objects.get(pk=shared.pk)
    assert kept.asker is None and kept.answers.count() == 1
    assert not Answer.objects.filter(question=theirs).exists()
    me_pk = questions_footprint["me"].pk
    for model, field in (
        (Follow, "member"),
        (Recipient, "member"),
        (Availability, "member"),
        (Notification, "recipient"),
    ):
        assert not model.objects.filter(**{f"{field}_id": me_pk}).exists(), model
    client.force_login(questions_footprint["other"].user)
    page = client.get(kept.get_absolute_url()).content.decode()
    assert "gesteld door een lid van het netwerk" in page and "Merel" not in page
