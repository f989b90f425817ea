"""A change updates each process's facet index in place, and gives what a rebuild gives.

``lpb.facets.changed`` logs the changed keys in the shared cache after the commit; every process
replays the log on its next request (``FacetIndex.update``): the changed rows' bits flip, rows
join or leave, an order is re-read only when a row's sort key changed. A rebuild of the index
from the database is the reference.
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from lpb import facets, listing
from members import directory
from members.models import Member, MemberQuality, Municipality, Quality, Theme
from practices import listing as case_listing
from practices.models import PracticeCase
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db

MEMBER = type("Viewer", (), {"is_authenticated": True, "is_member": True})()


def snapshot(index: facets.FacetIndex) -> dict:
    """What an index says, by primary key: the rows, each option's rows, each order."""

    def rows(bitmap: int) -> list[int]:
        return sorted(pk for pk, i in index.position.items() if bitmap >> i & 1)

    listed = index.everything
    return {
        "rows": rows(listed),
        "options": {
            (index.facets[n].name, key): rows(bitmap)
            for n, by_key in index.bitmaps.items()
            for key, bitmap in by_key.items()
            if bitmap
        },
        "orders": {
            name: [index.pks[i] for i in order if listed >> i & 1]
            for name, order in index.orders.items()
        },
    }


def rebuilt(spec, visible) -> facets.FacetIndex:
    return facets.FacetIndex(spec.facets, visible, spec.indexed_orders())


@pytest.fixture
def people():
    return {
        name: make_member(
            name,
            qualities=qualities,
            themes=themes,
            municipality=place,
            tags=tags,
        )
        for name, qualities, themes, place, tags in [
            ("Anna", ["open"], ["jeugd"], "GM0344", ["buurtbudget"]),
            ("Bert", ["verbindend"], ["wonen"], "GM0363", []),
            ("Cas", ["open", "gedreven"], [], "GM0599", ["portiek"]),
            ("Dirk", [], ["jeugd", "wonen"], None, []),
        ]
    }


def test_updating_members_in_place_gives_what_a_rebuild_gives(people):
    visible = directory.visible_members(MEMBER)
    index = rebuilt(directory.SPEC, visible)
    anna, bert, cas, dirk = people.values()

    anna.themes.add(Theme.objects.get(code="wonen"))  # a bit flips on
    MemberQuality.objects.filter(member=cas, quality__code="open").delete()  # … and off
    bert.visibility = Member.Visibility.HIDDEN  # leaves the directory
    bert.save()
    dirk.user.name = "Aart"  # moves to the top of the name order
    dirk.user.save()
    dirk.municipality = Municipality.objects.get(cbs_code="GM0344")  # single-valued facets
    dirk.save()
    eva = make_member("Eva", qualities=["open"], tags=["straatwerk"])  # joins, a new tag
    index.update([anna.pk, bert.pk, cas.pk, dirk.pk, eva.pk])

    assert snapshot(index) == snapshot(rebuilt(directory.SPEC, visible))
    assert "straatwerk" in [tag.slug for tag in index.options_of("tag")]

    bert.visibility = Member.Visibility.MEMBERS  # comes back (in a new slot)
    bert.save()
    index.update([bert.pk])
    assert snapshot(index) == snapshot(rebuilt(directory.SPEC, visible))


def test_an_update_that_changes_no_sort_key_reads_no_order(people, django_assert_num_queries):
    index = rebuilt(directory.SPEC, directory.visible_members(MEMBER))
    anna = people["Anna"]
    anna.themes.add(Theme.objects.get(code="wonen"))

    # The row with its keys, the pairs of its multi-valued facets: no order, no options.
    with django_assert_num_queries(2):
        index.update([anna.pk])
    themes = index.options_by_row("thema", [anna.pk])[anna.pk]
    assert [theme.code for theme in themes] == ["wonen", "jeugd"]  # the vocabulary's order


def test_updating_stories_in_place_gives_what_a_rebuild_gives(people):
    anna, bert = people["Anna"], people["Bert"]
    stories = [
        make_case(anna, title="Een", themes=["jeugd"], period_start=2012, period_end=2014),
        make_case(bert, title="Twee", qualities=["open"], period_start=2021),
        make_case(anna, title="Drie", tags=["portiek"], period_start=2018, period_end=2019),
    ]
    visible = case_listing.visible_cases(MEMBER)
    index = rebuilt(case_listing.SPEC, visible)

    one, two, three = stories
    one.period_start, one.period_end = 2016, 2022  # other ranges
    one.save()
    two.status = PracticeCase.Status.DRAFT  # leaves the listing
    two.save()
    three.published_at = two.published_at  # moves in the "newest" order
    three.save()
    four = make_case(bert, title="Vier", qualities=["gedreven"], tags=["nieuwe-tag"])
    index.update([one.pk, two.pk, three.pk, four.pk])

    assert snapshot(index) == snapshot(rebuilt(case_listing.SPEC, visible))


def test_the_next_request_replays_a_change_without_rebuilding(people):
    def shown(query: str) -> list[str]:
        found = directory.browse(viewer=MEMBER, params=QueryDict(query))
        return [member.user.name for member in found.rows]

    assert shown("thema=wonen") == ["Bert", "Dirk"]
    kept = listing.index(directory.SPEC, directory.visible_members(MEMBER))

    people["Anna"].themes.add(Theme.objects.get(code="wonen"))  # logged after the commit
    with CaptureQueriesContext(connection) as replaying:
        assert shown("thema=wonen") == ["Anna", "Bert", "Dirk"]
    assert listing.index(directory.SPEC, directory.visible_members(MEMBER)) is kept
    cache.clear()  # lost log entries (an evicted cache): the next request rebuilds
    with CaptureQueriesContext(connection) as rebuilding:
        assert shown("thema=wonen") == ["Anna", "Bert", "Dirk"]
    assert listing.index(directory.SPEC, directory.visible_members(MEMBER)) is not kept
    # Replaying reads the changed row and its pairs; rebuilding reads every row and option.
    assert len(replaying) < len(rebuilding)


def test_a_missing_log_entry_makes_the_process_rebuild(people):
    visible = directory.visible_members(MEMBER)
    kept = listing.index(directory.SPEC, visible)
    position = cache.get("directory:log")
    cache.set("directory:log", position + 1)  # a writer took a position, its entry is not there

    assert listing.index(directory.SPEC, visible) is not kept


def test_two_writers_on_one_log_position_make_the_loser_invalidate(people):
    facets.changed(cache, "racing", [1])  # no log yet: invalidates (nobody holds an index)
    facets.state(cache, "racing")
    version = cache.get("racing:version")
    cache.add("racing:log:1", [2])  # another writer's entry at the next position

    facets.changed(cache, "racing", [3])

    assert cache.get("racing:log:1") == [2]
    assert cache.get("racing:version") != version  # every process rebuilds instead


def test_a_large_change_makes_every_process_rebuild(people):
    facets.state(cache, "large")
    version, position = cache.get("large:version"), cache.get("large:log")

    facets.changed(cache, "large", range(facets.MAX_REPLAYED + 1))

    assert cache.get("large:version") != version
    assert cache.get("large:log") == position


def test_a_quality_edit_is_counted_on_the_next_request(people):
    found = directory.browse(viewer=MEMBER, params=QueryDict("kwaliteit=gedreven"))
    assert found.total == 1

    MemberQuality.objects.create(
        member=people["Dirk"], quality=Quality.objects.get(code="gedreven")
    )

    found = directory.browse(viewer=MEMBER, params=QueryDict("kwaliteit=gedreven"))
    assert found.total == 2
    assert {o.key: o.count for o in found.facets[0].options}["gedreven"] == 2
