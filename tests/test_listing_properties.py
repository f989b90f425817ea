"""Property-based: no query string, however hostile, makes a listing fail (hypothesis)."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from members.directory import FACETS as MEMBER_FACETS
from members.services import ensure_profile
from practices.listing import FACETS as CASE_FACETS
from tests.factories import make_member
from tests.practice_factories import make_case

KNOWN = ["open", "jeugd", "wonen", "utrecht", "GM0344", "buurtbudget", "1", "40", "naam", "herkend"]
hostile_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300
)
values = st.one_of(
    st.sampled_from(KNOWN),
    hostile_text,
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(["x" * 5000, "' OR 1=1 --", "<script>alert(1)</script>", '"', "-", "or"]),
)


def query_strings(keys: list[str]):
    return st.lists(st.tuples(st.sampled_from(keys), values), max_size=8).map(urlencode)


LISTINGS = {
    "members:list": ["zoek", "sorteer", "pagina", *[f.name for f in MEMBER_FACETS], "x"],
    "practices:list": ["zoek", "sorteer", "pagina", *[f.name for f in CASE_FACETS], "x"],
}


@pytest.fixture
def content(member):
    for n, theme in enumerate(["jeugd", "wonen", "leefbaarheid"]):
        peer = make_member(f"Collega {n}", themes=[theme], qualities=["open"], tags=["buurtbudget"])
        make_case(peer, title=f"Verhaal {n}", themes=[theme], municipality="GM0344")
    return ensure_profile(user=member)


@pytest.mark.parametrize("name", LISTINGS)
def test_no_query_string_makes_a_listing_fail(client, content, name):
    client.force_login(content.user)
    url = reverse(name)

    @settings(
        max_examples=60,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(query=query_strings(LISTINGS[name]))
    def check(query):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 200, query
        assert b"<script>alert(1)</script>" not in response.content

    check()
