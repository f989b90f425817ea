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
