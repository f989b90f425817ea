"""``lpb.links.slug_urls`` gives the addresses ``reverse()`` gives, with one ``reverse()``."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix

from lpb.links import slug_urls


@pytest.mark.parametrize("name", ["practices:detail", "members:profile", "questions:detail"])
@pytest.mark.parametrize("slug", ["a", "buurt-en-wijk_2", "A-Z-0-9"])
def test_a_valid_slug_gets_the_address_reverse_gives(name, slug):
    assert slug_urls(name)(slug) == reverse(name, kwargs={"slug": slug})


def test_the_script_prefix_is_kept():
    set_script_prefix("/lpb/")
    try:
        assert slug_urls("practices:detail")("verhaal") == "/lpb/praktijken/verhaal/"
    finally:
        set_script_prefix("/")


def test_anything_else_goes_through_reverse():
    with pytest.raises(NoReverseMatch):
        slug_urls("practices:detail")("geen slug/")
