"""The data migrations create exactly the network's vocabulary, with stable codes."""

from __future__ import annotations

import pytest
from django.utils import translation

from members.models import (
    Municipality,
    OrganisationType,
    Province,
    Quality,
    RoleImage,
    Tension,
    Theme,
    WorkPractice,
)

pytestmark = pytest.mark.django_db


def codes(model) -> list[str]:
    return list(model.objects.values_list("code", flat=True))


def test_the_four_qualities_in_the_research_order():
    assert codes(Quality) == ["open", "gedreven", "verbindend", "bricolerend"]
    open_ = Quality.objects.get(code="open")
    assert open_.description_nl == "verkennend, proces, empathie"
    assert all(q.colour.startswith("#") and q.icon for q in Quality.objects.all())


def test_the_five_kinds_of_work():
    assert codes(WorkPractice) == [
        "aansluiten-binnen-buiten",
        "relatiewerk",
        "situatie-in-kaart",
        "oplossingswerk",
        "praktisch-ondersteunen",
    ]


def test_the_six_role_images():
    assert codes(RoleImage) == [
        "pionier",
        "spreekbuis",
        "verlengstuk",
        "intermediair",
        "vergaarbak",
        "schakel",
    ]


def test_the_fifteen_starting_themes():
    assert len(codes(Theme)) == 15
    assert {"leefbaarheid", "veiligheid-en-ondermijning", "eenzaamheid", "integratie"} <= set(
        codes(Theme)
    )


def test_the_ten_organisation_types():
    assert codes(OrganisationType)[0] == "gemeente"
    assert codes(OrganisationType)[-1] == "overig"
    assert len(codes(OrganisationType)) == 10


def test_all_342_municipalities_in_12_provinces():
    assert Province.objects.count() == 12
    assert Municipality.objects.count() == 342
    assert Municipality.objects.filter(province__name="Noord-Brabant").count() == 56
    assert Municipality.objects.get(cbs_code="GM0344").name == "Utrecht"


def test_plain_names_are_used_where_they_are_unambiguous():
    assert Municipality.objects.get(cbs_code="GM0164").name == "Hengelo"
    assert Municipality.objects.get(cbs_code="GM0164").cbs_name == "Hengelo (O.)"
    # Two Bergens: they keep their CBS names so that people can tell them apart.
    assert Municipality.objects.get(cbs_code="GM0373").name == "Bergen (NH.)"
    assert Municipality.objects.get(cbs_code="GM0893").name == "Bergen (L.)"


def test_den_haag_is_found_by_both_its_names():
    the_hague = Municipality.objects.get(cbs_code="GM0518")
    assert the_hague.name == "Den Haag"
    assert "'s-Gravenhage" in the_hague.aliases
    assert the_hague.cbs_name == "'s-Gravenhage"


def test_labels_follow_the_active_language():
    resourceful = Quality.objects.get(code="bricolerend")
    with translation.override("nl"):
        assert str(resourceful) == "Bricolerend"
        assert resourceful.description == "doenerig, fixer, olie"
    with translation.override("en"):
        assert str(resourceful) == "Resourceful"
        assert resourceful.description == "hands-on, fixer, oil"


def test_prefetch_terms_loads_what_prefetch_related_loads_in_one_query(
    django_assert_num_queries,
):
    """A story page's five vocabularies and tags in one query, in the same order as each
    relation lists them on its own; a story without any has empty lists."""
    from practices.models import PracticeCase
    from tests.factories import make_member
    from tests.practice_factories import make_case

    writer = make_member("Schrijver")
    rich = make_case(
        writer,
        title="Rijk",
        themes=["wonen", "jeugd", "eenzaamheid"],
        qualities=["bricolerend", "open"],
        work=list(WorkPractice.objects.values_list("code", flat=True)[:2]),
        tags=["zeta", "alfa", "midden"],
    )
    rich.tensions.set(Tension.objects.all()[:1])
    bare = make_case(writer, title="Kaal")
    names = ["qualities", "work_practices", "themes", "partner_types", "tensions", "tags"]

    with django_assert_num_queries(2):  # the stories, then their terms
        loaded = list(PracticeCase.objects.filter(pk__in=[rich.pk, bare.pk]).prefetch_terms(*names))
    stored = PracticeCase.objects.get(pk=rich.pk)
    expected = {name: list(getattr(stored, name).all()) for name in names}  # a query each
    with django_assert_num_queries(0):
        by_pk = {case.pk: case for case in loaded}
        for name in names:
            got = list(getattr(by_pk[rich.pk], name).all())
            assert got == expected[name], name
            assert all(type(term) is type(got[0]) for term in got)
            assert list(getattr(by_pk[bare.pk], name).all()) == [], name
        qualities = list(by_pk[rich.pk].qualities.all())
        assert [q.code for q in qualities] == ["open", "bricolerend"]  # the research order
        assert all(q.colour.startswith("#") and q.name for q in qualities)  # every column
        assert [t.name for t in by_pk[rich.pk].tags.all()] == ["zeta", "alfa", "midden"]
        assert len(by_pk[rich.pk].tensions.all()) == 1
