"""The demo network: full, believable profiles, the same for the same seed, written in bulk."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from taggit.models import Tag

from members import demo
from members.coordinators import COORDINATORS_GROUP
from members.models import (
    Member,
    Municipality,
    OrganisationType,
    Quality,
    RoleImage,
    Theme,
    User,
    WorkPractice,
)
from members.search import build_document

pytestmark = pytest.mark.django_db


def fingerprint() -> list[tuple]:
    """Everything that makes up the people, in a stable order, without database ids or times."""
    return [
        (
            m.slug,
            m.user.name,
            m.user.email,
            m.user.status,
            m.job_title,
            m.organisation,
            m.municipality.cbs_code if m.municipality else None,
            tuple(m.neighbourhoods),
            m.years_active,
            m.bio,
            m.ask_me_about,
            m.phone,
            m.visibility,
            tuple((q.quality.code, q.example) for q in m.member_qualities.all()),
            tuple(sorted(t.code for t in m.themes.all())),
            tuple(sorted(w.code for w in m.work_practices.all())),
            tuple(sorted(r.code for r in m.role_images.all())),
            tuple(sorted(t.name for t in m.tags.all())),
        )
        for m in Member.objects.for_display().order_by("slug")
    ]


def seeded_then_rolled_back(check, **options):
    """Seed, run ``check``, and roll back: every call starts from the same database."""
    with transaction.atomic():
        demo.seed(**options)
        result = check()
        transaction.set_rollback(True)
    return result


@pytest.fixture
def network() -> list[Member]:
    """500 demo members (and the two demo accounts), prefetched."""
    demo.seed(members=500, seed=11)
    return list(Member.objects.for_display())


def share(members: list[Member], predicate) -> float:
    return sum(1 for m in members if predicate(m)) / len(members)


# --- Counts, demo accounts -----------------------------------------------------------------


def test_it_creates_the_requested_members_each_with_a_profile_and_a_verified_address():
    result = demo.seed(members=50, seed=2)

    assert result.members == 50
    assert User.objects.count() == 52
    assert Member.objects.count() == 52
    assert not User.objects.filter(member__isnull=True).exists()
    assert not User.objects.filter(emailaddress__isnull=True).exists()


def test_the_demo_accounts_have_full_profiles():
    demo.seed(members=5, seed=2)

    merel = Member.objects.for_display().get(user__email=demo.DEMO_MEMBER_EMAIL)
    assert merel.user.name == "Merel van Hulst"
    assert merel.slug == "merel-van-hulst"
    assert merel.municipality.name == "Tilburg"
    assert merel.job_title == "wijkregisseur"
    assert len(merel.missing_items()) == 1  # only the photo
    assert {t.name for t in merel.tags.all()} >= {"buurtbudget", "straatgesprekken"}

    corrie = Member.objects.for_display().get(user__email=demo.DEMO_COORDINATOR_EMAIL)
    assert corrie.user.is_staff and not corrie.user.is_superuser
    assert corrie.user.groups.filter(name=COORDINATORS_GROUP).exists()
    assert len(corrie.missing_items()) == 1
    assert corrie.visibility == Member.Visibility.PUBLIC


def test_seeding_again_adds_other_people_without_collisions():
    demo.seed(members=40, seed=2)
    demo.seed(members=40, seed=2)

    assert User.objects.count() == 82
    assert Member.objects.count() == 82
    assert Member.objects.filter(user__email=demo.DEMO_MEMBER_EMAIL).count() == 1
    names = list(User.objects.values_list("name", flat=True))
    assert len(set(names)) > 70, "a second run should not repeat the first run's people"


# --- Determinism ---------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_network():
    first = seeded_then_rolled_back(fingerprint, members=80, seed=7)
    second = seeded_then_rolled_back(fingerprint, members=80, seed=7)

    assert len(first) == 82
    assert first == second


def test_another_seed_gives_another_network():
    first = seeded_then_rolled_back(fingerprint, members=80, seed=7)
    other = seeded_then_rolled_back(fingerprint, members=80, seed=8)

    assert {row[0] for row in first} != {row[0] for row in other}


# --- Bulk writes ---------------------------------------------------------------------------


def test_seeding_500_members_takes_no_more_queries_than_seeding_50():
    def statements(members: int) -> list[str]:
        with CaptureQueriesContext(connection) as queries:
            seeded_then_rolled_back(lambda: None, members=members, seed=5)
        return [q["sql"].split(" ", 1)[0].upper() for q in queries.captured_queries]

    small, large = statements(50), statements(500)

    summary = f"50 members: {Counter(small)}\n500 members: {Counter(large)}"
    not_inserts = [[s for s in run if s != "INSERT"] for run in (small, large)]
    assert abs(len(not_inserts[1]) - len(not_inserts[0])) <= 2, summary
    if connection.vendor == "postgresql":
        assert len(large) - len(small) <= 2, summary
    else:  # SQLite takes at most 999 parameters a statement: inserts come in smaller batches
        assert len(large) - len(small) < 45, summary  # 450 more members, not one query each


# --- Believable proportions (500 members) --------------------------------------------------


def test_statuses_and_visibility_are_in_believable_proportions(network):
    statuses = Counter(m.user.status for m in network)
    visibility = Counter(m.visibility for m in network)
    total = len(network)

    assert 0.85 <= statuses["active"] / total <= 0.95
    assert 0.03 <= statuses["pending"] / total <= 0.11
    assert 0.01 <= statuses["alumni"] / total <= 0.06
    assert 0.65 <= visibility["members"] / total <= 0.85
    assert 0.12 <= visibility["public"] / total <= 0.32
    assert 0.01 <= visibility["hidden"] / total <= 0.06


def test_every_active_member_has_a_municipality_and_a_quality(network):
    active = [m for m in network if m.user.status == User.Status.ACTIVE]

    assert active
    assert all(m.municipality_id for m in active)
    assert all(m.member_qualities.all() for m in active)


def test_qualities_follow_the_network_most_connecting_least_resourceful(network):
    counts = Counter(q.quality.code for m in network for q in m.member_qualities.all())
    per_member = Counter(len(m.member_qualities.all()) for m in network)
    examples = [q.example for m in network for q in m.member_qualities.all()]

    assert counts.most_common()[0][0] == "verbindend"
    assert counts.most_common()[-1][0] == "bricolerend"
    assert min(per_member) >= 1
    assert (per_member[1] + per_member[2] + per_member[3]) / len(network) >= 0.85
    assert 0.25 <= sum(1 for e in examples if e) / len(examples) <= 0.65


def test_themes_work_roles_and_tags_come_in_believable_numbers(network):
    themes = Counter(t.code for m in network for t in m.themes.all())

    assert all(1 <= len(m.themes.all()) <= 4 for m in network)
    assert all(1 <= len(m.work_practices.all()) <= 3 for m in network)
    assert all(0 <= len(m.role_images.all()) <= 2 for m in network)
    assert all(0 <= len(m.tags.all()) <= 5 for m in network)
    top = [code for code, _ in themes.most_common(5)]
    assert {"leefbaarheid", "veiligheid-en-ondermijning", "zorg-en-welzijn"} <= set(top)
    assert len(themes) == Theme.objects.count()  # every theme is used by someone


def test_members_are_spread_over_many_municipalities_more_in_big_cities(network):
    places = Counter(m.municipality.name for m in network if m.municipality)

    assert len(places) >= 120
    assert places["Amsterdam"] >= 8
    assert places["Amsterdam"] > places["Zundert"]
    assert 0.1 <= sum(n for _, n in places.most_common(10)) / len(network) <= 0.5


def test_job_titles_and_organisations_fit_the_kind_of_organisation(network):
    for member in network:
        if member.user.email in (demo.DEMO_MEMBER_EMAIL, demo.DEMO_COORDINATOR_EMAIL):
            continue
        kind = member.organisation_type.code
        place = member.municipality.name
        assert member.job_title and member.organisation
        if kind == "gemeente":
            assert member.organisation == f"Gemeente {place}"
        if kind == "politie":
            assert "wijkagent" in member.job_title or "politie" in member.job_title
            assert member.organisation.startswith("Politie Eenheid ")
        if kind == "woningcorporatie":
            assert place in member.organisation
            assert member.job_title in demo.JOBS["woningcorporatie"].replace(":", "|")


def test_profiles_are_filled_in_and_vary(network):
    bios = [m.bio for m in network]
    phone = re.compile(r"^06-\d{8}$")

    assert all(bios) and len(set(bios)) / len(bios) >= 0.9
    assert share(network, lambda m: m.ask_me_about) >= 0.8
    assert share(network, lambda m: m.neighbourhoods) >= 0.8
    assert share(network, lambda m: m.years_active) >= 0.9
    assert all(phone.match(m.phone) for m in network if m.phone)
    assert not any(m.show_phone and not m.phone for m in network)
    assert 0.5 <= share(network, lambda m: m.phone) <= 0.8
    assert 0.2 <= share(network, lambda m: m.show_email) <= 0.6


def test_names_are_dutch_and_as_varied_as_in_dutch_cities(network):
    names = [m.user.name for m in network]
    dutch_surnames = set(demo.NAMES["nederlands"][1].split("|"))

    assert all(re.fullmatch(r"[^\W\d_][\w' -]+ [\w' -]+", name) for name in names)
    other_background = [n for n in names if n.split(" ", 1)[1] not in dutch_surnames]
    assert 0.1 <= len(other_background) / len(names) <= 0.5
    for m in network:
        assert m.slug.startswith(slugify(demo._ascii(m.user.name))[:70])


def test_tags_are_created_once_with_unique_names_and_slugs(network):
    names = list(Tag.objects.values_list("name", flat=True))

    assert names and len({n.lower() for n in names}) == len(names)
    assert all(n == " ".join(n.split()) for n in names)
    demo.seed(members=50, seed=12)
    assert Tag.objects.count() <= len(names) + 5  # the vocabulary is reused, not copied


def test_the_search_document_is_what_the_search_module_builds(network):
    for member in network:
        assert member.search_document.startswith(member.user.name + "\n")
        built = build_document(member)
        # The same document, except that a prefetch may list the tags in another order.
        assert [set(line.split(" · ")) for line in member.search_document.splitlines()] == [
            set(line.split(" · ")) for line in built.splitlines()
        ]


# --- The tables the generator draws from ---------------------------------------------------


def test_the_demo_tables_name_real_municipalities_and_vocabulary():
    municipalities = set(Municipality.objects.values_list("name", flat=True))
    population = demo._weighted(demo.POPULATION)

    assert set(population) <= municipalities
    assert set(demo.WIJKEN) <= municipalities
    assert {n for ns in demo.POLICE_EXCEPTIONS.values() for n in ns.split("|")} <= municipalities
    for model, spec in [
        (Quality, demo.QUALITY_WEIGHTS),
        (Theme, demo.THEME_WEIGHTS),
        (WorkPractice, demo.WORK_WEIGHTS),
        (RoleImage, demo.ROLE_WEIGHTS),
        (OrganisationType, demo.ORGANISATION_TYPES),
    ]:
        assert set(demo._weighted(spec)) == set(model.objects.values_list("code", flat=True))
    tags = [t for names in demo.TAGS.values() for t in names.split("|")]
    assert len(tags) == len(set(tags))
    assert set(demo.TAGS) - {""} <= set(Theme.objects.values_list("code", flat=True))
