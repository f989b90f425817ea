"""The questions' search documents (as ``practices.search`` does for stories): title first,
then themes and kind of work in both languages, then place and the situation. Answers are not
searched (a hidden answer must not be found)."""

from __future__ import annotations

from collections.abc import Mapping

from django.db.models import Model, QuerySet

from lpb import search
from members.search import bilingual_labels
from questions.listing import invalidate_counts
from questions.models import Question


def build_document(question: Question) -> str:
    municipality = question.municipality
    return search.document(
        [question.title],
        [
            *bilingual_labels(question.themes.all()),
            *bilingual_labels(question.work_practices.all()),
        ],
        [
            *([municipality.name, municipality.province.name] if municipality else []),
            question.situation,
            question.summary,
        ],
    )


def refresh_questions(queryset: QuerySet) -> int:
    changed = search.rebuild_documents(
        queryset, build=build_document, prepare=lambda qs: qs.for_display()
    )
    invalidate_counts()
    return changed


def refresh_question(question: Question) -> None:
    refresh_questions(Question.objects.filter(pk=question.pk))


def refresh_after_account_deletion(changed: Mapping[type[Model], set]) -> int:
    """Questions and answers of a deleted member change the listing's counts."""
    return refresh_questions(Question.objects.filter(pk__in=changed.get(Question, ())))
