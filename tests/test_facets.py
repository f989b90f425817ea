"""The disjunctive facet engine (lpb.facets) on its own, against hand-computed expectations.

The data: four listed members, one hidden and one pending (who must never count).

    member   qualities           themes         municipality (province)   tags
    Anna     open, verbindend    jeugd          Utrecht (utrecht)         buurtbudget
    Bert     verbindend          jeugd, wonen   Amsterdam (noord-holland) Buurtbudget
    Cas      open                wonen          Zeist (utrecht)           straatgesprekken
    Dirk     gedreven            —              Rotterdam (zuid-holland)  —
    Hidde    open                jeugd          Utrecht                   (hidden profile)
    Pien     open                jeugd          Utrecht                   (pending account)
"""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.utils import translation

from lpb.facets import Facet, Selection, facet, invalidate
from members.directory import FACETS
from members.models import Member, Quality
from tests.factories import make_member

pytestmark = pytest.mark.django_db

UTRECHT, AMSTERDAM, ZEIST, ROTTERDAM = "GM0344", "GM0363", "GM0355", "GM0599"


@pytest.fixture
def people():
    return {
        "Anna": make_member(
            "Anna",
            qualities=["open", "verbindend"],
            themes=["jeugd"],
            municipality=UTRECHT,
            tags=["buurtbudget"],
            organisation_type="gemeente",
        ),
        "Bert": make_member(
            "Bert",
            qualities=["verbindend"],
            themes=["jeugd", "wonen"],
            municipality=AMSTERDAM,
            tags=["Buurtbudget "],
            organisation_type="gemeente",
        ),
        "Cas": make_member(
            "Cas",
            qualities=["open"],
            themes=["wonen"],
            municipality=ZEIST,
            tags=["straatgesprekken"],
        ),
        "Dirk": make_member("Dirk", qualities=["gedreven"], municipality=ROTTERDAM),
        "Hidde": make_member(
            "Hidde",
            qualities=["open"],
            themes=["jeugd"],
            municipality=UTRECHT,
            visibility=Member.Visibility.HIDDEN,
        ),
        "Pien": make_member(
            "Pien", qualities=["open"], themes=["jeugd"], municipality=UTRECHT, status="pending"
        ),
    }


def run(query: str):
    selection = Selection.from_query(FACETS, QueryDict(query))
    return facet(selection, Member.objects.in_directory())


def names(results) -> list[str]:
    return sorted(m.user.name for m in results.queryset.select_related("user"))


def counts(results, name: str) -> dict[str, int]:
    facet_counts = next(f for f in results.facets if f.name == name)
    return {option.key: option.count for option in facet_counts.options}


def test_without_a_selection_every_listed_member_counts(people):
    results = run("")

    assert names(results) == ["Anna", "Bert", "Cas", "Dirk"]
    assert counts(results, "kwaliteit") == {"open": 2, "verbindend": 2, "gedreven": 1}
    assert counts(results, "thema") == {"jeugd": 2, "wonen": 2}
    assert counts(results, "provincie") == {"noord-holland": 1, "utrecht": 2, "zuid-holland": 1}
    assert counts(results, "organisatie") == {"gemeente": 2}


def test_options_of_a_facet_combine_with_or(people):
    results = run("kwaliteit=open&kwaliteit=gedreven")

    assert names(results) == ["Anna", "Cas", "Dirk"]


def test_a_member_with_two_selected_options_is_counted_once(people):
    results = run("kwaliteit=open&kwaliteit=verbindend")

    assert names(results) == ["Anna", "Bert", "Cas"]
    assert results.queryset.count() == 3


def test_facets_combine_with_and(people):
    assert names(run("kwaliteit=open&thema=wonen")) == ["Cas"]
    assert names(run("kwaliteit=verbindend&thema=jeugd&provincie=utrecht")) == ["Anna"]


def test_a_facets_own_selection_does_not_change_its_counts(people):
    results = run("kwaliteit=open")

    assert names(results) == ["Anna", "Cas"]
    # Choosing "open" does not make the other qualities drop to 0 …
    assert counts(results, "kwaliteit") == {"open": 2, "verbindend": 2, "gedreven": 1}
    # … while the other facets count within the selection.
    assert counts(results, "thema") == {"jeugd": 1, "wonen": 1}
    assert counts(results, "provincie") == {"utrecht": 2}


def test_counts_apply_every_other_facet(people):
    results = run("kwaliteit=open&kwaliteit=gedreven&thema=wonen")

    assert names(results) == ["Cas"]
    assert counts(results, "kwaliteit") == {"open": 1, "verbindend": 1, "gedreven": 0}
    assert counts(results, "thema") == {"jeugd": 1, "wonen": 1}


def test_a_selected_option_without_results_stays_visible_with_zero(people):
    results = run("kwaliteit=gedreven&thema=wonen")

    assert names(results) == []
    kwaliteit = next(f for f in results.facets if f.name == "kwaliteit")
    gedreven = next(o for o in kwaliteit.options if o.key == "gedreven")
    assert gedreven.selected and gedreven.count == 0
    # Unselected options without results are not offered.
    assert "bricolerend" not in counts(results, "kwaliteit")


def test_options_keep_their_vocabulary_order_and_labels_in_the_active_language(people):
    with translation.override("nl"):
        kwaliteit = next(f for f in run("").facets if f.name == "kwaliteit")
        assert [o.label for o in kwaliteit.options] == ["Open", "Gedreven", "Verbindend"]
    with translation.override("en"):
        kwaliteit = next(f for f in run("").facets if f.name == "kwaliteit")
        assert [o.label for o in kwaliteit.options] == ["Open", "Driven", "Connecting"]

    assert [o.key for o in kwaliteit.options] == ["open", "gedreven", "verbindend"]


def test_tags_are_counted_case_insensitively_and_ordered_by_count(people):
    tags = next(f for f in run("").facets if f.name == "tag")

    assert [(o.label, o.count) for o in tags.options] == [
        ("buurtbudget", 2),
        ("straatgesprekken", 1),
    ]
    assert names(run("tag=buurtbudget")) == ["Anna", "Bert"]


def test_a_top_limited_facet_puts_the_rest_behind_more_except_selected(people):
    small = Facet(
        "tag",
        "Expertise",
        "tags",
        FACETS[-1].options,
        "members_taggedmember_items__content_object",
        key="slug",
        order_by_count=True,
        top=1,
    )
    plain = facet(Selection((*FACETS[:1], small), {}), Member.objects.in_directory())
    chosen = facet(
        Selection((*FACETS[:1], small), {"tag": ["straatgesprekken"]}),
        Member.objects.in_directory(),
    )

    assert [o.key for o in plain.facets[1].shown] == ["buurtbudget"]
    assert [o.key for o in plain.facets[1].more] == ["straatgesprekken"]
    # A selected option is never hidden behind "more": it sorts first.
    assert [o.key for o in chosen.facets[1].shown] == ["straatgesprekken"]


def test_municipalities_are_offered_for_the_chosen_provinces_only(people):
    gemeente = next(f for f in run("").facets if f.name == "gemeente")
    assert not gemeente.available

    results = run("provincie=utrecht")
    assert counts(results, "gemeente") == {UTRECHT: 1, ZEIST: 1}
    assert names(results) == ["Anna", "Cas"]
    assert names(run(f"provincie=utrecht&gemeente={ZEIST}")) == ["Cas"]


def test_hidden_and_pending_profiles_are_never_counted(people):
    results = run("provincie=utrecht&gemeente=" + UTRECHT)

    assert names(results) == ["Anna"]
    assert counts(results, "gemeente") == {UTRECHT: 1, ZEIST: 1}
    assert counts(results, "kwaliteit") == {"open": 1, "verbindend": 1}


def test_unknown_codes_are_ignored_and_reported(people):
    only_unknown = run("kwaliteit=nonsense&thema=jeugd")
    mixed = run("kwaliteit=nonsense&kwaliteit=gedreven")

    assert names(only_unknown) == ["Anna", "Bert"]
    assert only_unknown.unknown == {"kwaliteit": ["nonsense"]}
    assert names(mixed) == ["Dirk"]
    assert mixed.unknown == {"kwaliteit": ["nonsense"]}


def test_malformed_and_excess_values_are_dropped_before_any_query(people):
    selection = Selection.from_query(
        FACETS,
        QueryDict("thema=<script>&thema=%00&thema=jeugd&thema=jeugd&rol=" + "x" * 500),
    )

    assert selection.codes("thema") == ["jeugd"]
    assert selection.malformed == {"thema": ["<script>", "\x00"], "rol": ["x" * 40]}


def test_counting_costs_three_queries_whatever_the_number_of_members(
    people, django_assert_num_queries
):
    query = "kwaliteit=open&thema=jeugd&provincie=utrecht"
    # Building the index without a cache: the results (with their single-valued keys), the
    # pairs of the five multi-valued facets in one UNION ALL, and every facet's options.
    assert sum(1 for f in FACETS if f.is_multi_valued(Member)) == 5
    with django_assert_num_queries(3):
        results = run(query)
        results.facets  # noqa: B018
    assert results.total == 1
    for number in range(12):
        make_member(f"Extra {number}", qualities=["open"], themes=["jeugd"], municipality=UTRECHT)
    with django_assert_num_queries(3):
        results = run(query)
        results.facets  # noqa: B018
    assert results.total == 13
    assert len(names(results)) == 13


def test_a_narrower_universe_costs_one_query_for_its_keys(people, django_assert_num_queries):
    selection = Selection.from_query(FACETS, QueryDict("kwaliteit=open"))
    visible = Member.objects.in_directory()
    facet(selection, visible, cache=cache, namespace="test")  # builds the index
    narrowed = visible.filter(user__name__startswith="A")
    with django_assert_num_queries(1):
        results = facet(selection, narrowed, base=visible, cache=cache, namespace="test")
        results.facets  # noqa: B018
    assert results.total == len(names(results)) == 1
    assert counts(results, "kwaliteit")["open"] == 1


def test_cached_counts_are_reused_until_invalidated(people, django_assert_num_queries):
    selection = Selection.from_query(FACETS, QueryDict("kwaliteit=open"))
    universe = Member.objects.in_directory()

    first = facet(selection, universe, cache=cache, namespace="test")
    with django_assert_num_queries(0):  # counts and options both from the cache
        again = facet(selection, universe, cache=cache, namespace="test")
        again.facets  # noqa: B018
    make_member("Els", qualities=["open"])  # does not invalidate "test"
    stale = facet(selection, universe, cache=cache, namespace="test")
    invalidate(cache, "test")
    fresh = facet(selection, universe, cache=cache, namespace="test")

    assert first.total == again.total == stale.total == 2
    assert fresh.total == 3


def test_the_engine_works_for_any_model():
    """Facets over qualities by the members who chose them: another result model."""
    make_member("Anna", qualities=["open", "verbindend"])
    make_member("Bert", qualities=["open"])
    by_member = Facet("lid", "Member", "members", Member.objects.all(), "qualities", key="slug")
    selection = Selection([by_member], {"lid": ["bert"]})
    results = facet(selection, Quality.objects.all())

    assert [q.code for q in results.queryset] == ["open"]
    assert {o.key: o.count for o in results.facets[0].options} == {"anna": 2, "bert": 1}


@pytest.fixture
def periods(member):
    """Stories with hand-picked periods; this year is fixed at 2026 by ``period_year``."""
    from members.services import ensure_profile
    from tests.practice_factories import make_case

    author = ensure_profile(user=member)
    spans = {
        "early": (2012, 2014),  # 2010–2014
        "bridging": (2018, 2021),  # 2015–2019 and 2020–2024
        "ongoing": (2023, None),  # 2020–2024 and 2025–2029 (it goes on until this year)
        "only_end": (None, 2016),  # 2015–2019
        "undated": (None, None),  # in no range
    }
    for title, (start, end) in spans.items():
        make_case(
            author,
            title=title,
            themes=["wonen"] if title != "early" else ["jeugd"],
            period_start=start,
            period_end=end,
        )


@pytest.fixture
def period_year(monkeypatch):
    import datetime

    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *args: datetime.date(2026, 6, 1))


def run_periods(query: str):
    from practices.listing import FACETS as CASE_FACETS
    from practices.models import PracticeCase

    selection = Selection.from_query(CASE_FACETS, QueryDict(query))
    return facet(selection, PracticeCase.objects.published())


def test_a_range_facet_counts_every_range_a_span_overlaps(periods, period_year):
    results = run_periods("")
    assert counts(results, "periode") == {
        "2025-2029": 1,
        "2020-2024": 2,
        "2015-2019": 2,
        "2010-2014": 1,
    }
    # Newest range first; ranges without stories are not offered.
    assert [o.key for o in results.facets[5].options][:2] == ["2025-2029", "2020-2024"]
    assert results.total == 5


def test_a_range_facet_filters_by_overlap_with_or_and_is_disjunctive(periods, period_year):
    results = run_periods("periode=2010-2014&periode=2025-2029")
    assert sorted(c.title for c in results.queryset) == ["early", "ongoing"]
    assert results.total == 2
    # Its own counts ignore its own selection; other facets' counts apply it.
    assert counts(results, "periode")["2015-2019"] == 2
    assert counts(results, "thema") == {"jeugd": 1, "wonen": 1}


def test_other_facets_narrow_a_range_facets_counts(periods, period_year):
    results = run_periods("thema=wonen&periode=2015-2019")
    assert sorted(c.title for c in results.queryset) == ["bridging", "only_end"]
    assert counts(results, "periode") == {"2025-2029": 1, "2020-2024": 2, "2015-2019": 2}


def test_unknown_ranges_are_ignored_and_reported(periods, period_year):
    results = run_periods("periode=1900-1904&periode=nonsense")
    assert results.total == 5
    assert results.unknown == {"periode": ["1900-1904", "nonsense"]}
