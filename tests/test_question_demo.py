"""``seed_demo --questions N``: realistic questions and answers, in bulk."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import Member
from questions.demo import seed_questions
from questions.models import Answer, Question

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_questions_with_answers(client):
    call_command("seed_demo", members=30, questions=40, verbosity=0)
    assert Question.objects.count() == 40
    assert Answer.objects.count() > 40
    question = Question.objects.filter(answer_count__gt=0).first()
    assert question.answers.count() == question.answer_count
    assert question.search_document.startswith(question.title)
    assert all(a.author_id != question.asker_id for a in question.answers.all())
    assert Question.objects.filter(status=Question.Status.CLOSED).exclude(summary="").exists()


def test_seeded_questions_are_found_by_the_listings_search(client):
    call_command("seed_demo", members=30, questions=40, verbosity=0)
    client.force_login(Member.objects.filter(user__is_active=True).first().user)
    question = Question.objects.order_by("pk").first()
    word = max(question.title.split(), key=len).strip("?,.:()")

    page = client.get("/vragen/", {"zoek": word})

    assert question.title in {q.title for q in page.context["listing"].rows}


def test_seeding_writes_in_bulk_not_per_row():
    """A few statements per table (SQLite splits big inserts by its variable limit)."""
    call_command("seed_demo", members=20, verbosity=0)
    with CaptureQueriesContext(connection) as queries:
        seed_questions(questions=300)
    rows = Question.objects.count() + Answer.objects.count()
    assert rows > 600 and len(queries) < 40, len(queries)
