"""The questions' search documents (as ``practices.search`` does for stories): title first,
then themes and kind of work in both languages, then place and the situation. Answers are not
searched (a hidden answer must not be found)."""

from __future__ import annotations

from collections.abc import Collection

from django.db.models import QuerySet

from lpb import freshness, listing, search
from members.search import bilingual_labels
from questions.listing import ANSWER_COUNTS, SPEC, invalidate_counts
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


def refresh_listed(pks: Collection[int]) -> None:
    """After a committed change to what /vragen/ filters, sorts or searches by (``lpb.freshness``
    calls it): rebuild those documents and update them in every process's index."""
    search.rebuild_documents(
        Question.objects.filter(pk__in=pks),
        build=build_document,
        prepare=lambda qs: qs.for_display(),
    )
    listing.changed(SPEC, pks)


def watch_changes() -> None:
    """What the question listing and the questions' documents are made of (``lpb.freshness``):
    status, audience, facets, the asker, a merge, and the text searched. Answers are neither
    searched nor counted from the index: "most answers" reads the answer counts again after
    one changed."""
    listed = {"status", "audience", "merged_into", "asker", "created_at", "municipality"}
    listed |= {"themes", "work_practices", "title", "situation", "summary"}
    freshness.watch(Question, fields=listed, then=refresh_listed)
    freshness.watch(Question, fields={"answer_count"}, then=ANSWER_COUNTS.forget)
