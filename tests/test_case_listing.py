"""The practice-story listing and its Atom feed: facets, search, visibility, queries."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.services import ensure_profile
from tests.practice_factories import make_case

LIST_URL = reverse("practices:list")
FEED_URL = reverse("practices:feed")
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def author(member):
    return ensure_profile(user=member)


@pytest.fixture
def stories(author):
    return {
        "youth": make_case(
            author,
            title="Jongeren bouwen een pannaveld",
            visibility="public",
            themes=["jeugd"],
            qualities=["bricolerend"],
            municipality="GM0344",
            situation="De jongeren hingen rond bij de zorgprocessen van het wijkteam.",
        ),
        "housing": make_case(
            author,
            title="Portiekgesprekken over achterstallig onderhoud",
            themes=["wonen"],
            qualities=["verbindend"],
            municipality="GM0855",
            tags=["portiekgesprekken"],
        ),
        "draft": make_case(author, title="Nog een concept", status="draft", themes=["jeugd"]),
    }


def titles(html: str, stories) -> set[str]:
    return {key for key, case in stories.items() if case.title in html}


def test_anonymous_visitors_see_only_public_published_stories(client, stories):
    html = client.get(LIST_URL).content.decode()
    assert titles(html, stories) == {"youth"}


def test_members_see_all_published_stories_but_no_drafts(client, other_member, stories):
    client.force_login(other_member)
    html = client.get(LIST_URL).content.decode()
    assert titles(html, stories) == {"youth", "housing"}


def test_facets_filter_and_count(client, other_member, stories):
    client.force_login(other_member)
    html = client.get(LIST_URL, {"thema": "wonen"}).content.decode()
    assert titles(html, stories) == {"housing"}
    # The theme facet still counts the other theme (disjunctive counting).
    assert 'value="jeugd"' in html


def test_text_search_finds_words_in_the_sections(client, other_member, stories):
    client.force_login(other_member)
    html = client.get(LIST_URL, {"zoek": "zorgprocessen"}).content.decode()
    assert titles(html, stories) == {"youth"}
    assert "<mark>" in html


@pytest.mark.django_db
def test_search_finds_dutch_inflections_on_postgresql(client, other_member, stories):
    client.force_login(other_member)
    html = client.get(LIST_URL, {"zoek": "portiekgesprek"}).content.decode()
    if connection.vendor == "postgresql":
        # Stemming: the singular finds the plural in the title.
        assert titles(html, stories) == {"housing"}
    else:
        # SQLite's containment also finds it, as a substring.
        assert titles(html, stories) == {"housing"}
    html = client.get(LIST_URL, {"zoek": "zorg"}).content.decode()
    assert titles(html, stories) == {"youth"}  # a partial word finds its compound


def test_newest_is_newest_featured_stories_are_not_pinned_on_top(client, other_member, author):
    older = make_case(author, title="Uitgelicht ouder verhaal", featured=True)
    older.published_at = older.published_at.replace(year=2020)
    older.save()
    make_case(author, title="Nieuwer verhaal")
    client.force_login(other_member)
    for params in [{}, {"sorteer": "nieuwste"}]:
        html = client.get(LIST_URL, params).content.decode()
        assert html.index("Nieuwer verhaal") < html.index("Uitgelicht ouder verhaal"), params
    # Where a featured story shows, a badge says so (in Dutch: the card is built in Python,
    # whose strings only reach the catalogue if makemessages can read them).
    assert html.count('<span class="badge badge--featured">Uitgelicht verhaal</span>') == 1


def test_featured_stories_are_on_the_home_page_with_a_badge(client, author):
    make_case(author, title="Uitgelicht verhaal", featured=True, visibility="public")
    html = client.get("/").content.decode()
    featured = html.split('id="featured-title"')[1].split("</section>")[0]
    assert "Uitgelicht verhaal" in featured
    assert 'class="badge badge--featured"' in featured
    assert "card-grid--few" in featured  # three featured stories fill their row


def test_bad_parameters_never_fail(client, other_member, stories):
    client.force_login(other_member)
    for params in [
        {"pagina": "abc"},
        {"pagina": "99999"},
        {"sorteer": "'; DROP TABLE x"},
        {"thema": "<script>", "kwaliteit": "onbekend"},
        {"zoek": "x" * 10_000},
    ]:
        response = client.get(LIST_URL, params)
        assert response.status_code == 200, params
        assert (
            "<script>"
            not in response.content.decode().split("</header>", 1)[1].split('id="listing-text"')[0]
        )


def test_the_query_count_does_not_grow_with_the_number_of_stories(client, other_member, author):
    client.force_login(other_member)
    counts = []
    for n in (3, 30):
        for i in range(n - ((counts and 3) or 0)):
            make_case(
                author,
                title=f"Verhaal {n}-{i}",
                themes=["jeugd", "wonen"],
                qualities=["open"],
                tags=[f"tag{i}"],
            )
        client.get(LIST_URL)  # warm the facet cache, as a second visitor would find it
        with CaptureQueriesContext(connection) as queries:
            assert client.get(LIST_URL, {"thema": "jeugd"}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]
    assert counts[1] <= 15


def test_htmx_gets_only_the_listing(client, other_member, stories):
    client.force_login(other_member)
    response = client.get(
        LIST_URL, {"thema": "jeugd"}, headers={"HX-Request": "true", "HX-Target": "listing"}
    )
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="listing-form"' in html


def test_the_atom_feed_is_valid_and_honours_the_filters(client, stories, author):
    make_case(author, title="Openbaar over wonen", visibility="public", themes=["wonen"])
    response = client.get(FEED_URL)
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}id") is not None and feed.find(f"{ATOM}updated") is not None
    entries = {e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")}
    # Only public, published stories; members-only and drafts stay out.
    assert entries == {"Jongeren bouwen een pannaveld", "Openbaar over wonen"}
    for entry in feed.findall(f"{ATOM}entry"):
        for element in ("id", "title", "updated", "link", "author"):
            assert entry.find(f"{ATOM}{element}") is not None, element

    filtered = ET.fromstring(client.get(FEED_URL, {"thema": "wonen"}).content)
    assert {e.find(f"{ATOM}title").text for e in filtered.findall(f"{ATOM}entry")} == {
        "Openbaar over wonen"
    }


def test_most_recognised_follows_a_new_recognition_at_once(client, other_member, author):
    from practices.services import toggle_recognition

    older = make_case(author, title="Een ouder verhaal")
    make_case(author, title="Een nieuwer verhaal")
    client.force_login(other_member)
    before = client.get(LIST_URL, {"sorteer": "herkend"}).content.decode()

    toggle_recognition(case=older, member=ensure_profile(user=other_member), kind="nuttig")
    after = client.get(LIST_URL, {"sorteer": "herkend"}).content.decode()

    assert before.index("Een nieuwer verhaal") < before.index("Een ouder verhaal")
    assert after.index("Een ouder verhaal") < after.index("Een nieuwer verhaal")


def test_the_period_facet_is_offered_and_filters(client, other_member, author):
    make_case(author, title="Buurtkamer sinds 2016", period_start=2016, period_end=2018)
    make_case(author, title="Portiekgesprekken 2022", period_start=2022, period_end=2022)
    client.force_login(other_member)

    page = client.get(LIST_URL).content.decode()
    filtered = client.get(LIST_URL, {"periode": "2020-2024"}).content.decode()
    client.cookies["django_language"] = "en"
    english = client.get(LIST_URL).content.decode()

    assert "<legend>Periode</legend>" in page and "<legend>Period</legend>" in english
    assert 'value="2015-2019"' in page and "2015–2019" in page
    assert "Portiekgesprekken 2022" in filtered and "Buurtkamer sinds 2016" not in filtered
    assert "Periode: 2020–2024" in filtered  # the active filter's chip
