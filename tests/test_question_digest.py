"""The digest lists open questions in the member's themes and region, never twice."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from digests.models import DigestSubscription
from digests.services import items_for, send_digests
from questions.models import Question
from tests.factories import make_member
from tests.question_factories import make_question

pytestmark = pytest.mark.django_db

NOW = datetime(2025, 3, 3, 7, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def asked(asker, title, *, days_ago=2, **fields) -> Question:
    question = make_question(asker, title=title, **fields)
    Question.objects.filter(pk=question.pk).update(created_at=NOW - timedelta(days=days_ago))
    return question


@pytest.fixture
def reader():
    reader = make_member("Merel van Hulst", themes=["wonen"], municipality="GM0344")
    DigestSubscription.objects.create(user=reader.user, frequency="weekly")
    return reader


def test_open_questions_in_my_themes_or_region_are_in_my_digest(reader):
    asker = make_member("Omar Bouzid", municipality="GM0014")
    asked(asker, "Over wonen", themes=["wonen"])
    asked(asker, "Jeugd in Utrecht", themes=["jeugd"], municipality_id=reader.municipality_id)
    asked(asker, "Jeugd elders", themes=["jeugd"])
    asked(asker, "Al beantwoord", themes=["wonen"], status=Question.Status.ANSWERED)
    asked(asker, "Alleen voor ontvangers", themes=["wonen"], audience="recipients")
    asked(asker, "Te oud", themes=["wonen"], days_ago=30)
    asked(reader, "Mijn eigen vraag", themes=["wonen"])
    digest = items_for(DigestSubscription.objects.get(user=reader.user), NOW)
    assert sorted(e.item.title for e in digest.questions) == ["Jeugd in Utrecht", "Over wonen"]


def test_a_question_is_sent_once(reader):
    asker = make_member("Omar Bouzid")
    asked(asker, "Over wonen", themes=["wonen"])
    assert send_digests(now=NOW).sent == 1
    assert "Over wonen" in mail.outbox[0].body
    assert "1 open vraag in je thema" in mail.outbox[0].subject
    DigestSubscription.objects.update(covered_until=NOW - timedelta(days=7))
    assert send_digests(now=NOW + timedelta(days=7)).sent == 0
