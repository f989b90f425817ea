"""Questions for tests: ``make_question(asker, title=…, themes=[…])`` and opted-in peers."""

from __future__ import annotations

from collections.abc import Iterable

from members.models import Member, Theme, WorkPractice
from questions.models import Answer, Availability, Question
from questions.search import refresh_question


def make_question(
    asker: Member,
    *,
    title: str = "Hoe krijg ik de corporatie aan tafel?",
    situation: str = "In een portiekflat is veel overlast en de corporatie reageert niet.",
    themes: Iterable[str] = (),
    work: Iterable[str] = (),
    **fields,
) -> Question:
    question = Question.objects.create(asker=asker, title=title, situation=situation, **fields)
    question.themes.set(Theme.objects.filter(code__in=list(themes)))
    question.work_practices.set(WorkPractice.objects.filter(code__in=list(work)))
    refresh_question(question)
    return question


def make_answer(question: Question, author: Member, body: str = "Nodig ze uit.", **fields):
    return Answer.objects.create(question=question, author=author, body=body, **fields)


def opt_in(member: Member, *, themes: Iterable[str] = (), per_week: int = 2) -> Availability:
    availability = Availability.objects.create(member=member, per_week=per_week)
    availability.themes.set(Theme.objects.filter(code__in=list(themes)))
    return availability
