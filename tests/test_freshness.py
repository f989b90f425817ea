"""After any committed write the listings show it: search, counts, order and cards.

``lpb.freshness`` watches the models; these tests write through the paths people use (the
admin's change forms and bulk actions, tag merges, vocabulary edits, account deletion) and call
nothing else, then read the listing. Invalidation waits for the commit, and a write that changes
nothing listed leaves the cached index alone.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db import transaction
from django.http import QueryDict

from members import directory
from members.models import Member, Theme, User
from practices import listing as case_listing
from practices.models import PracticeCase
from tests.factories import make_member
from tests.live_servers import form_fields, with_values
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db


# A member's view: every listed profile and published story, whoever asks.
VIEWER = SimpleNamespace(is_authenticated=True, is_member=True)


def members_shown(query: str = "") -> tuple[int, list[str]]:
    found = directory.browse(viewer=VIEWER, params=QueryDict(query))
    return found.total, [member.user.name for member in found.rows]


def widened(query: str) -> bool:
    """Whether the directory found nothing for the words as typed and said it tried others."""
    found = directory.browse(viewer=VIEWER, params=QueryDict(query))
    typed = QueryDict(query)["zoek"]
    return not found.total or any(f"“{typed}”" in str(notice) for notice in found.notices)


def stories_shown(query: str = "") -> list[str]:
    found = case_listing.browse_cases(viewer=VIEWER, params=QueryDict(query))
    return [case.title for case in found.rows]


def version(namespace: str, kind: str = "version"):
    return cache.get(f"{namespace}:{kind}")


def edit_in_admin(client, url: str, form_id: str, **changes):
    page = client.get(url)
    assert page.status_code == 200
    fields = with_values(form_fields(page.content.decode(), form_id), **changes)
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


@pytest.fixture
def public_members(db):
    return [
        make_member(name, visibility=Member.Visibility.PUBLIC, themes=["jeugd"])
        for name in ["Anna Akkermans", "Bert Bakker", "Cas Claassen"]
    ]


def test_renaming_and_deactivating_in_the_admins_user_form_shows_at_once(
    client, superuser, public_members
):
    assert members_shown() == (3, ["Anna Akkermans", "Bert Bakker", "Cas Claassen"])
    assert members_shown("zoek=Zwaan")[0] == 0  # the index and the search are cached now
    bert = public_members[1].user
    client.force_login(superuser)
    url = f"/beheer/members/user/{bert.pk}/change/"

    edit_in_admin(client, url, "user_form", name="Bert Zwaan")

    assert members_shown("zoek=Zwaan") == (1, ["Bert Zwaan"])
    assert members_shown() == (3, ["Anna Akkermans", "Bert Zwaan", "Cas Claassen"])
    assert "Zwaan" in Member.objects.get(user=bert).search_document

    edit_in_admin(client, url, "user_form", is_active=None)

    assert members_shown() == (2, ["Anna Akkermans", "Cas Claassen"])
    assert members_shown("thema=jeugd")[0] == 2


def test_feature_and_unfeature_actions_show_at_once(client, coordinator):
    """The bulk actions use ``update()``: the home page and the listing's badge follow at once,
    and the listing keeps obeying its sort (a featured story is not pinned on top)."""
    author = make_member("Auteur")
    older = make_case(author, title="Ouder verhaal", visibility="public")
    PracticeCase.objects.filter(pk=older.pk).update(published_at="2020-01-01T00:00Z")
    make_case(author, title="Nieuwer verhaal", visibility="public")
    assert stories_shown() == ["Nieuwer verhaal", "Ouder verhaal"]

    for action, featured in [("feature", True), ("unfeature", False)]:
        client.force_login(coordinator)
        client.post(
            "/beheer/practices/practicecase/",
            {"action": action, "_selected_action": [str(older.pk)], "index": 0},
        )
        client.logout()
        home = client.get("/").context["featured_cases"]
        assert [case.title for case in home] == (["Ouder verhaal"] if featured else [])
        listing = client.get("/praktijken/").content.decode()
        assert ("Uitgelicht verhaal" in listing) is featured
        assert stories_shown() == ["Nieuwer verhaal", "Ouder verhaal"]


def test_a_tag_merge_and_a_vocabulary_edit_refresh_search_and_counts(public_members):
    from members.tags import merge_tags

    anna = public_members[0]
    anna.tags.set(["buurtbudget"])
    assert members_shown("tag=buurtbudget")[0] == 1
    assert widened("zoek=wijkbudget")  # no exact match: at most the second try's
    into = make_member("Dirk Dekker", tags=["wijkbudget"]).tags.get()

    merge_tags(tags=list(anna.tags.all()), into=into, by=User.objects.get(pk=anna.user_id))

    assert members_shown("tag=wijkbudget") == (2, ["Anna Akkermans", "Dirk Dekker"])
    # Both match now (ranked by BM25: the order is not what this test is about).
    total, names = members_shown("zoek=wijkbudget")
    assert (total, sorted(names)) == (2, ["Anna Akkermans", "Dirk Dekker"])
    assert not widened("zoek=wijkbudget")

    theme = Theme.objects.get(code="jeugd")
    theme.name_nl = "Jongerenwerk"
    theme.save()
    assert members_shown("zoek=jongerenwerk")[0] == 3


def test_deleting_an_account_takes_the_member_out_of_counts_and_their_name_off_stories(
    public_members,
):
    from members.privacy import delete_account

    anna, bert, _ = public_members
    make_case(bert, title="Samen met Anna", visibility="public", co_authors=[anna])
    assert stories_shown("zoek=Akkermans") == ["Samen met Anna"]

    delete_account(user=anna.user, keep=[])

    assert members_shown() == (2, ["Bert Bakker", "Cas Claassen"])
    assert stories_shown("zoek=Akkermans") == []


def test_invalidation_waits_for_the_commit_and_skips_a_rollback(public_members):
    members_shown()
    before, logged = version("directory"), version("directory", "log")
    anna = public_members[0]

    with transaction.atomic():
        anna.municipality_id = None
        anna.themes.clear()
        assert version("directory", "log") == logged  # not inside the transaction
    # One change logged for every process to replay (the index is updated, not rebuilt).
    assert version("directory", "log") == logged + 1
    assert cache.get(f"directory:log:{logged + 1}") == [anna.pk]
    assert version("directory") == before

    with pytest.raises(RuntimeError), transaction.atomic():
        anna.themes.set(Theme.objects.filter(code="wonen"))
        raise RuntimeError("rolled back")
    # A rollback refreshes nothing now (a later commit may refresh once too often: harmless).
    assert version("directory", "log") == logged + 1


def test_a_write_that_changes_nothing_listed_keeps_the_index(public_members):
    members_shown()
    anna = public_members[0]
    index_version, search_version = version("directory"), version("directory", "search")

    logged = version("directory", "log")

    anna.phone = "06-12345678"  # shown on the profile, not in the listing
    anna.save()
    anna.save()  # nothing changed at all
    assert (version("directory"), version("directory", "search")) == (
        index_version,
        search_version,
    )
    assert version("directory", "log") == logged

    anna.bio = "Ik werk met straatcoaches."  # only the search document holds the bio
    anna.save()
    assert version("directory") == index_version  # the index stays …
    assert version("directory", "search") != search_version  # … its searches are forgotten
    assert members_shown("zoek=straatcoaches") == (1, ["Anna Akkermans"])


def test_most_stories_follows_a_publication_and_an_author_change_at_once(public_members):
    anna, bert, cas = public_members
    make_case(cas, title="Eerste verhaal")
    assert members_shown("sorteer=verhalen")[1] == ["Cas Claassen", "Anna Akkermans", "Bert Bakker"]

    draft = make_case(bert, title="Concept", status=PracticeCase.Status.DRAFT)
    make_case(bert, title="Tweede verhaal")
    assert members_shown("sorteer=verhalen")[1] == ["Bert Bakker", "Cas Claassen", "Anna Akkermans"]

    draft.status = PracticeCase.Status.PUBLISHED  # Bert: 2 stories
    draft.save()
    PracticeCase.objects.filter(title="Eerste verhaal").update(author=anna)  # Anna 1, Cas 0
    assert members_shown("sorteer=verhalen")[1] == ["Bert Bakker", "Anna Akkermans", "Cas Claassen"]


def test_most_answers_follows_a_new_answer_at_once(public_members):
    from questions.listing import browse_questions
    from questions.services import answer_question
    from tests.question_factories import make_question

    anna, bert, cas = public_members
    first = make_question(anna, title="Eerste vraag")
    second = make_question(anna, title="Tweede vraag")
    answer_question(question=first, author=bert, body="Zo.")

    def shown() -> list[str]:
        found = browse_questions(viewer=VIEWER, params=QueryDict("sorteer=antwoorden"))
        return [question.title for question in found.rows]

    assert shown() == ["Eerste vraag", "Tweede vraag"]
    answer_question(question=second, author=bert, body="Zo.")
    answer_question(question=second, author=cas, body="Of zo.")
    assert shown() == ["Tweede vraag", "Eerste vraag"]


def test_saving_a_draft_story_leaves_the_listing_alone():
    draft = make_case(make_member("Auteur"), title="Concept", status="draft")
    stories_shown()
    index_version, search_version = version("practices"), version("practices", "search")
    logged = version("practices", "log")

    draft.title = "Concept, herzien"
    draft.save()
    draft.themes.set(Theme.objects.filter(code="jeugd"))

    assert (version("practices"), version("practices", "search")) == (
        index_version,
        search_version,
    )
    assert version("practices", "log") == logged
    assert "herzien" in PracticeCase.objects.get(pk=draft.pk).search_document
