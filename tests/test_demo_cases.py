"""The demo stories: believable, the same for the same seed, rendered and searchable, in bulk."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from lpb.markdown import render_markdown
from members import demo as member_demo
from members.models import Member, User
from practices import demo
from practices.models import RESERVED_SLUGS, SECTIONS, PracticeCase, Recognition
from practices.search import build_document

pytestmark = pytest.mark.django_db


def fingerprint() -> list[tuple]:
    """Everything that makes up the stories, in a stable order, without ids or times."""
    return [
        (
            c.slug,
            c.title,
            c.summary,
            *(getattr(c, section) for section in SECTIONS),
            c.status,
            c.visibility,
            c.featured,
            c.municipality.cbs_code if c.municipality else None,
            c.neighbourhood,
            c.period_start,
            c.period_end,
            c.author.slug,
            tuple(sorted(m.slug for m in c.co_authors.all())),
            tuple(sorted(q.code for q in c.qualities.all())),
            tuple(sorted(t.code for t in c.themes.all())),
            tuple(sorted(w.code for w in c.work_practices.all())),
            tuple(sorted(p.code for p in c.partner_types.all())),
            tuple(sorted(t.name for t in c.tags.all())),
            tuple(sorted(t.code for t in c.tensions.all())),
            c.tension_how,
            tuple(sorted(c.recognitions.values_list("member__slug", "kind"))),
        )
        for c in PracticeCase.objects.for_display().order_by("slug")
    ]


def seeded_then_rolled_back(check, *, members: int = 40, cases: int = 60, seed: int = 7):
    """Seed members and stories, run ``check``, roll back: each call starts from scratch."""
    with transaction.atomic():
        member_demo.seed(members=members, seed=seed)
        demo.seed_cases(cases=cases, seed=seed)
        result = check()
        transaction.set_rollback(True)
    return result


@pytest.fixture
def stories() -> list[PracticeCase]:
    """300 demo stories by 150 demo members, prefetched."""
    member_demo.seed(members=150, seed=11)
    demo.seed_cases(cases=300, seed=11)
    return list(PracticeCase.objects.for_display().with_recognition_counts())


def share(cases: list[PracticeCase], predicate) -> float:
    return sum(1 for c in cases if predicate(c)) / len(cases)


# --- Counts and proportions (300 stories) ----------------------------------------------------


def test_it_adds_the_requested_number_of_stories_by_active_members(stories):
    assert len(stories) == 300
    for case in stories:
        assert case.author.user.status == User.Status.ACTIVE and case.author.user.is_active
        assert case.author not in case.co_authors.all()
        assert all(m.user.status == User.Status.ACTIVE for m in case.co_authors.all())


def test_statuses_visibility_and_featured_are_in_believable_proportions(stories):
    status = Counter(c.status for c in stories)

    assert 0.78 <= status["published"] / 300 <= 0.92
    assert 0.05 <= status["draft"] / 300 <= 0.16
    assert 0.015 <= status["archived"] / 300 <= 0.09
    assert 0.2 <= share(stories, lambda c: c.visibility == "public") <= 0.4
    assert 0.005 <= share(stories, lambda c: c.featured) <= 0.07
    assert all(c.status == "published" for c in stories if c.featured)


def test_publication_dates_and_periods_are_plausible(stories):
    now = timezone.now()
    published = [c for c in stories if c.status != "draft"]

    assert all(c.published_at is None for c in stories if c.status == "draft")
    assert all(now - timedelta(days=4 * 365 + 2) <= c.published_at <= now for c in published)
    assert all(c.created_at <= c.published_at <= c.updated_at <= now for c in published)
    years = Counter(c.published_at.year for c in published)
    assert len(years) >= 4  # spread over the last four years
    assert all(2015 <= c.period_start <= now.year for c in stories)
    assert all(c.period_end is None or c.period_start <= c.period_end <= now.year for c in stories)
    assert 0.1 <= share(stories, lambda c: c.period_end is None) <= 0.4
    assert all(c.period_end is not None for c in stories if c.status == "archived")


def test_vocabulary_comes_in_believable_numbers(stories):
    themes = Counter(t.code for c in stories for t in c.themes.all())
    qualities = Counter(q.code for c in stories for q in c.qualities.all())

    assert all(1 <= len(c.themes.all()) <= 3 for c in stories)
    assert all(1 <= len(c.qualities.all()) <= 4 for c in stories)
    assert all(1 <= len(c.work_practices.all()) <= 3 for c in stories)
    assert all(len(c.partner_types.all()) <= 4 for c in stories)
    assert all(len(c.tags.all()) <= 5 for c in stories)
    assert share(stories, lambda c: c.tags.all()) >= 0.8
    assert qualities.most_common()[0][0] == "verbindend"
    assert {"leefbaarheid", "veiligheid-en-ondermijning"} & {t for t, _ in themes.most_common(5)}
    assert len(themes) >= 12
    co_authors = Counter(len(c.co_authors.all()) for c in stories)
    assert set(co_authors) <= {0, 1, 2} and 0.6 <= co_authors[0] / 300 <= 0.9


def test_a_realistic_share_of_stories_name_a_tension_and_most_say_how(stories):
    with_tension = [c for c in stories if c.tensions.all()]
    assert 0.28 <= len(with_tension) / len(stories) <= 0.42
    assert all(len(c.tensions.all()) <= 2 for c in stories)
    assert share(with_tension, lambda c: bool(c.tension_how)) >= 0.6
    assert not any(c.tension_how for c in stories if not c.tensions.all())
    assert len({t.code for c in with_tension for t in c.tensions.all()}) == 4


def test_stories_are_mostly_set_in_the_authors_own_place(stories):
    at_home = [c for c in stories if c.municipality_id == c.author.municipality_id]

    assert all(c.municipality_id for c in stories)
    assert 0.75 <= len(at_home) / 300 <= 0.95
    own_wijk = [c for c in at_home if c.neighbourhood in (c.author.neighbourhoods or [])]
    assert len(own_wijk) / len(at_home) >= 0.6
    assert 0.03 <= share(stories, lambda c: not c.neighbourhood) <= 0.2


def test_recognitions_are_skewed_and_never_by_the_authors(stories):
    counts = sorted(c.recognisable_count + c.useful_count for c in stories)
    published = [c for c in stories if c.status != "draft"]

    assert all(c.recognisable_count + c.useful_count == 0 for c in stories if c.status == "draft")
    assert share(published, lambda c: c.recognisable_count + c.useful_count == 0) <= 0.4
    assert counts[-1] >= 5 * max(1, statistics.median(counts))  # a few stories are popular
    kinds = Counter(Recognition.objects.values_list("kind", flat=True))
    assert kinds["herkenbaar"] > kinds["nuttig"] > 0
    for case in stories:
        markers = set(case.recognitions.values_list("member_id", flat=True))
        assert not markers & {m.pk for m in case.all_authors()}


# --- Texts -----------------------------------------------------------------------------------


def test_titles_summaries_and_sections_are_filled_and_vary(stories):
    titles = [c.title for c in stories]
    lengths = [sum(len(getattr(c, s)) for s in SECTIONS) for c in stories]

    assert all(c.title and len(c.title) <= 140 for c in stories)
    assert len(set(titles)) >= 0.5 * len(titles)
    assert all(0 < len(c.summary) <= 300 for c in stories)
    assert Counter(c.summary.count(". ") + 1 for c in stories).keys() == {1, 2}
    assert all(getattr(c, s).strip() for c in stories for s in SECTIONS)
    assert max(lengths) >= 2 * min(lengths)
    assert len({c.situation for c in stories}) == 300


def test_the_markdown_uses_lists_bold_and_now_and_then_a_link(stories):
    def uses(mark: str) -> float:
        return share(stories, lambda c: any(mark in getattr(c, s) for s in SECTIONS))

    assert uses("\n- ") >= 0.5
    assert uses("\n1. ") >= 0.08
    assert uses("**") >= 0.4
    assert 0.08 <= uses("](https://") <= 0.35
    assert 0.08 <= uses("\n> ") <= 0.4  # a quote from a resident or colleague


def test_the_html_is_rendered_and_sanitised(stories):
    for case in stories:
        for section in SECTIONS:
            html = getattr(case, f"{section}_html")
            assert html == render_markdown(getattr(case, section))
            assert "<script" not in html and "javascript:" not in html
            if "<a " in html:
                assert 'rel="nofollow ugc noopener"' in html
    assert any("<ul>" in c.approach_html for c in stories)
    assert any("<strong>" in c.lessons_html for c in stories)


def test_the_search_document_is_what_the_search_module_builds(stories):
    for case in stories:
        assert case.search_document.startswith(case.title + "\n")
        built = build_document(case)
        # The same document, except that a prefetch may list the tags in another order.
        assert [set(line.split(" · ")) for line in case.search_document.splitlines()] == [
            set(line.split(" · ")) for line in built.splitlines()
        ]


def test_slugs_are_unique_and_made_from_the_title(stories):
    slugs = [c.slug for c in stories]

    assert len(set(slugs)) == len(slugs)
    assert not set(slugs) & RESERVED_SLUGS
    assert all(c.slug.startswith(slugify(c.title)[:150]) for c in stories)


def test_a_second_run_adds_other_stories_without_collisions():
    member_demo.seed(members=30, seed=2)
    demo.seed_cases(cases=40, seed=2)
    first = set(PracticeCase.objects.values_list("slug", flat=True))

    demo.seed_cases(cases=40, seed=2)

    assert PracticeCase.objects.count() == 80
    assert len(set(PracticeCase.objects.values_list("slug", flat=True))) == 80
    second = PracticeCase.objects.exclude(slug__in=first)
    assert len({c.situation for c in second} - set(
        PracticeCase.objects.filter(slug__in=first).values_list("situation", flat=True)
    )) == 40  # fmt: skip


def test_parallel_rendering_gives_the_same_html(monkeypatch):
    member_demo.seed(members=10, seed=4)
    demo.seed_cases(cases=30, seed=4)
    serial = fingerprint_html()
    PracticeCase.objects.all().delete()

    monkeypatch.setattr(demo, "PARALLEL_FROM", 1)
    demo.seed_cases(cases=30, seed=4)

    assert fingerprint_html() == serial


def fingerprint_html() -> list[tuple]:
    return list(
        PracticeCase.objects.order_by("title", "summary").values_list(
            "title", *(f"{s}_html" for s in SECTIONS)
        )
    )


# --- Determinism -----------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_stories():
    first = seeded_then_rolled_back(fingerprint, seed=7)
    second = seeded_then_rolled_back(fingerprint, seed=7)

    assert len(first) == 60
    assert first == second


def test_another_seed_gives_other_stories():
    first = seeded_then_rolled_back(fingerprint, seed=7)
    other = seeded_then_rolled_back(fingerprint, seed=8)

    assert first != other


# --- Bulk writes -----------------------------------------------------------------------------


def test_seeding_300_stories_takes_no_more_queries_than_seeding_30():
    member_demo.seed(members=60, seed=5)

    def statements(cases: int) -> list[str]:
        with transaction.atomic(), CaptureQueriesContext(connection) as queries:
            demo.seed_cases(cases=cases, seed=5)
            transaction.set_rollback(True)
        return [q["sql"].split(" ", 1)[0].upper() for q in queries.captured_queries]

    small, large = statements(30), statements(300)

    summary = f"30 stories: {Counter(small)}\n300 stories: {Counter(large)}"
    not_inserts = [[s for s in run if s != "INSERT"] for run in (small, large)]
    assert len(not_inserts[0]) == len(not_inserts[1]), summary
    if connection.vendor == "postgresql":
        assert len(large) == len(small), summary
    else:  # SQLite takes at most 999 parameters a statement: inserts come in smaller batches
        assert len(large) - len(small) < 60, summary  # 270 more stories, not a query each


def test_without_active_members_there_is_no_one_to_write():
    with pytest.raises(demo.NoAuthors):
        demo.seed_cases(cases=5, seed=1)
    assert demo.seed_cases(cases=0, seed=1) == 0


# --- The command -----------------------------------------------------------------------------


def seed_demo(**options) -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out, **options)
    return out.getvalue()


def test_the_command_seeds_members_and_stories_in_one_call():
    output = seed_demo(members=20, cases=30)

    assert Member.objects.count() == 22
    assert PracticeCase.objects.count() == 30
    assert "Added 20 demo members" in output
    assert "Added 30 demo practice stories" in output


def test_the_command_adds_stories_to_existing_members():
    seed_demo(members=20)
    assert not PracticeCase.objects.exists()

    output = seed_demo(members=0, cases=25)

    assert Member.objects.count() == 22
    assert PracticeCase.objects.count() == 25
    assert "Added 25 demo practice stories" in output


def test_the_command_refuses_a_negative_number_of_stories():
    with pytest.raises(CommandError):
        seed_demo(members=0, cases=-1)


def test_if_empty_seeds_an_empty_database_with_stories_and_nothing_else(member):
    output = seed_demo(members=20, cases=30, if_empty=True)

    assert "no demo data added" in output
    assert not PracticeCase.objects.exists()
    User.objects.all().delete()

    seed_demo(members=20, cases=30, if_empty=True)

    assert PracticeCase.objects.count() == 30


def test_the_seeded_stories_show_in_the_listing(client):
    seed_demo(members=20, cases=30, seed=3)
    client.force_login(User.objects.get(email=member_demo.DEMO_MEMBER_EMAIL))

    response = client.get("/praktijken/")

    assert response.status_code == 200
    newest = PracticeCase.objects.published().order_by("-featured", "-published_at").first()
    assert escape(newest.title) in response.content.decode()
