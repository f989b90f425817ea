"""The peer directory at /leden/: facets, search, sorting, paging, htmx, bad input."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members import directory
from members.models import Member
from tests.factories import make_member, make_members

pytestmark = pytest.mark.django_db

URL = "/leden/"
POSTGRES = connection.vendor == "postgresql"
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "directory"}


@pytest.fixture
def browse(client, member):
    """GET the directory as a logged-in member, in English; returns (response, html)."""
    client.force_login(member)
    client.cookies["django_language"] = "en"

    def _browse(query: str | dict = "", **headers):
        params = query if isinstance(query, str) else urlencode(query, doseq=True)
        response = client.get(URL + ("?" + params if params else ""), **headers)
        assert response.status_code == 200, response.status_code
        return response, response.content.decode()

    return _browse


@pytest.fixture
def people():
    return [
        make_member(
            "Anna Akkermans",
            job_title="Wijkregisseur",
            organisation="Gemeente Utrecht",
            municipality="GM0344",
            qualities=["open", "verbindend"],
            themes=["jeugd"],
            tags=["buurtbudget"],
            bio="Ik werk met het wijkteam in Overvecht.",
        ),
        make_member(
            "Bert Bakker",
            job_title="Opbouwwerker",
            municipality="GM0363",
            qualities=["verbindend"],
            themes=["wonen"],
        ),
        make_member(
            "Cas Claassen",
            job_title="Gebiedsmanager",
            municipality="GM0355",
            qualities=["gedreven"],
            themes=["jeugd"],
        ),
    ]


def shown(html: str) -> list[str]:
    return re.findall(r'class="member-card__name"><a href="[^"]+">([^<]+)</a>', html)


# --- Who sees what -----------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith("/account/login/")


def test_pending_members_see_the_waiting_page(client, pending_member):
    client.force_login(pending_member)

    response = client.get(URL)

    assert response.status_code == 302
    assert response.url == "/account/wachten/"


def test_members_see_member_cards_that_link_to_profiles(browse, people):
    _, html = browse()

    assert shown(html) == ["Anna Akkermans", "Bert Bakker", "Cas Claassen"]
    anna = people[0]
    assert f'href="{anna.get_absolute_url()}"' in html
    assert "Wijkregisseur, Gemeente Utrecht" in html
    assert "Utrecht" in html
    assert 'class="quality-badge quality--verbindend"' in html
    assert 'class="avatar avatar--initials avatar--48"' in html and ">AA<" in html
    assert "3 members found" in html


def test_a_card_escapes_what_members_wrote_and_links_badges_to_the_craft_page(browse):
    make_member(
        "Eva <b>Evers</b>",
        job_title='Coach "wijk" & <script>',
        qualities=["open"],
        visibility=Member.Visibility.PUBLIC,
    )
    _, html = browse()

    assert "Eva &lt;b&gt;Evers&lt;/b&gt;" in html and "<b>Evers" not in html
    assert "Coach &quot;wijk&quot; &amp; &lt;script&gt;" in html
    assert 'aria-label="Qualities"' in html
    assert '<a href="/vakmanschap/#kwaliteit-open">Open</a>' in html


def test_hidden_pending_and_former_members_are_neither_listed_nor_counted(browse, people):
    make_member("Hidde Hidden", visibility=Member.Visibility.HIDDEN, qualities=["bricolerend"])
    make_member("Pim Pending", status="pending", qualities=["bricolerend"])
    make_member("Arie Alumnus", status="alumni", qualities=["bricolerend"])
    make_member("Dora Declined", status="declined", qualities=["bricolerend"])

    _, html = browse()

    assert shown(html) == ["Anna Akkermans", "Bert Bakker", "Cas Claassen"]
    assert "f-kwaliteit-bricolerend" not in html  # not even as a count
    _, html = browse("zoek=hidden")
    assert shown(html) == []


def test_coordinators_do_not_see_hidden_profiles_in_the_directory(client, coordinator, people):
    make_member("Hidde Hidden", visibility=Member.Visibility.HIDDEN)
    client.force_login(coordinator)

    html = client.get(URL).content.decode()

    assert "Hidde Hidden" not in html


# --- Facets, search, chips ---------------------------------------------------------------------


def test_facets_filter_with_or_inside_and_and_across(browse, people):
    _, both = browse("kwaliteit=open&kwaliteit=gedreven")
    _, narrowed = browse("kwaliteit=open&kwaliteit=gedreven&thema=jeugd&provincie=utrecht")

    assert shown(both) == ["Anna Akkermans", "Cas Claassen"]
    assert shown(narrowed) == ["Anna Akkermans", "Cas Claassen"]
    _, one = browse("kwaliteit=verbindend&thema=wonen")
    assert shown(one) == ["Bert Bakker"]


def test_every_option_shows_its_count_and_selected_ones_are_checked(browse, people):
    _, html = browse("kwaliteit=open")

    assert re.search(r'id="f-kwaliteit-open" name="kwaliteit" value="open" checked', html)
    assert re.search(
        r'for="f-kwaliteit-verbindend">Connecting <span class="facet__count">\(2\)', html
    )
    assert re.search(r'for="f-thema-jeugd">Youth <span class="facet__count">\(1\)', html)


def test_municipalities_appear_once_a_province_is_chosen(browse, people):
    _, before = browse()
    _, after = browse("provincie=utrecht")

    assert "f-gemeente-" not in before
    assert "Choose a province first" in before
    assert 'id="f-gemeente-GM0344"' in after and 'id="f-gemeente-GM0355"' in after
    assert 'id="f-gemeente-GM0363"' not in after


def test_the_tag_facet_shows_the_ten_most_used_and_the_rest_behind_more(browse):
    for number in range(13):
        make_member(f"Lid {number:02}", tags=[f"tag{n:02}" for n in range(number + 1)])

    _, html = browse()

    tags = html.split("facet--tag")[1].split("</fieldset>")[0]
    top, more = tags.split('class="facet__more"')
    assert top.count('name="tag"') == 10
    assert more.split("</details>")[0].count('name="tag"') == 3
    assert "3 more…" in tags


def test_active_filters_are_removable_chips_with_a_clear_all_link(browse, people):
    _, html = browse("kwaliteit=open&thema=jeugd&zoek=wijkteam")

    chips = re.findall(r'<a class="chip chip--remove" href="([^"]+)">', html)
    assert len(chips) == 3
    assert "/leden/?kwaliteit=open&amp;thema=jeugd" in chips  # without the search
    assert "/leden/?zoek=wijkteam&amp;thema=jeugd" in chips  # without "open"
    assert 'class="directory__clear" href="/leden/"' in html


def test_the_text_search_finds_and_shows_the_matching_snippet(browse, people):
    _, html = browse("zoek=wijkteam")

    assert shown(html) == ["Anna Akkermans"]
    assert "<mark>wijkteam</mark>" in html
    assert 'value="wijkteam"' in html


def test_search_and_facets_combine(browse, people):
    _, html = browse("zoek=utrecht&kwaliteit=gedreven")

    # Cas works in Zeist, in the province of Utrecht.
    assert shown(html) == ["Cas Claassen"]


def test_a_misspelt_name_is_found_on_postgresql_and_the_page_says_so(browse, people):
    _, html = browse("zoek=Ana Akkermanns")

    assert shown(html) == (["Anna Akkermans"] if POSTGRES else [])
    assert ("these names look similar" in html) == POSTGRES


def test_an_empty_result_offers_to_drop_the_most_restrictive_filter(browse, people):
    _, html = browse("kwaliteit=gedreven&thema=wonen")

    assert shown(html) == []
    assert "No members match all of these filters." in html
    # Without the theme 1 member (Cas) is found, without the quality 1 (Bert): either is fine,
    # and the link removes just that filter.
    assert re.search(r'href="/leden/\?(kwaliteit=gedreven|thema=wonen)">', html)
    assert 'href="/leden/">' in html


def test_an_empty_directory_says_what_to_do_next(browse):
    _, html = browse()

    assert "/profiel/bewerken/" in html


# --- Sorting and paging ------------------------------------------------------------------------


def test_it_sorts_by_name_by_default_and_by_newest_on_request(browse, people):
    from django.utils import timezone

    for days, person in enumerate(reversed(people)):
        person.user.date_joined = timezone.now() - timezone.timedelta(days=days)
        person.user.save()

    _, by_name = browse()
    _, newest = browse("sorteer=nieuwste")

    assert shown(by_name) == ["Anna Akkermans", "Bert Bakker", "Cas Claassen"]
    assert shown(newest) == ["Cas Claassen", "Bert Bakker", "Anna Akkermans"]


def test_the_default_order_is_the_best_match_when_searching_and_the_name_otherwise(browse, people):
    _, plain = browse()
    _, searched = browse("zoek=utrecht")
    _, by_name = browse("zoek=utrecht&sorteer=naam")

    assert '<option value="" selected>Name</option>' in plain
    assert "Best match" not in plain
    assert '<option value="" selected>Best match</option>' in searched
    assert '<option value="naam" selected>Name</option>' in by_name


def test_most_cases_sorts_by_the_practices_apps_case_count(browse, people, monkeypatch):
    _, before = browse("sorteer=verhalen")
    assert shown(before) == ["Anna Akkermans", "Bert Bakker", "Cas Claassen"]

    # The practices app's config says how to count cases; here a stand-in: longest name first.
    config = apps.get_app_config("practices")
    by_length = {m.pk: len(m.user.name) for m in Member.objects.select_related("user")}
    monkeypatch.setattr(config, "case_counts", lambda: by_length, raising=False)
    _, kept = browse("sorteer=verhalen")
    assert shown(kept) == shown(before)  # counts are read once per change …

    directory.STORY_COUNTS.forget()  # … as a story's publication would say
    _, after = browse("sorteer=verhalen")
    assert shown(after) == ["Anna Akkermans", "Cas Claassen", "Bert Bakker"]


def test_it_shows_24_members_per_page(browse):
    make_members(30)

    _, first = browse()
    _, second = browse("pagina=2")

    assert len(shown(first)) == 24
    assert len(shown(second)) == 6
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert not set(shown(first)) & set(shown(second))


def test_the_number_of_queries_does_not_grow_with_the_members(browse, client):
    def queries(query: str, *, cold: bool) -> int:
        if cold:
            cache.clear()  # the facet index is built anew, not reused
        with CaptureQueriesContext(connection) as captured:
            browse(query)
        return len(captured.captured_queries)

    def both(query: str) -> tuple[int, int]:
        return queries(query, cold=True), queries(query, cold=False)

    request = "zoek=lid&kwaliteit=open&thema=jeugd&provincie=utrecht"
    profile = {
        "qualities": ["open", "gedreven"],
        "themes": ["jeugd", "wonen"],
        "work": ["relatiewerk"],
        "roles": ["pionier"],
        "municipality": "GM0344",
        "organisation_type": "gemeente",
        "tags": ["buurtbudget"],
    }
    make_members(8, **profile)
    browse()  # warm up: session, content types
    few = (both(""), both(request))

    make_members(16, prefix="Nog een lid", **profile)
    many = (both(""), both(request))

    assert few == many
    # Every page: session and user, the page's members (their keys and qualities come off the
    # facet index). A text query adds the keys and ranks of the matching members the first time
    # it is asked; the index keeps them. Building the index (cold) adds the members with their
    # orders, the pairs of the five multi-valued facets (one UNION ALL) and all options: three
    # queries, plus the creation of the cache's three index keys.
    assert many == ((6, 3), (7, 3))
    # Another text, with the index built: one query for its keys and ranks.
    assert queries("zoek=gemeente&kwaliteit=open", cold=False) == 4


def test_facet_counts_are_cached_until_a_profile_changes(browse, people):
    _, first = browse("kwaliteit=open")
    with CaptureQueriesContext(connection) as captured:
        _, again = browse("kwaliteit=open")
    # Session, user and the page's members: the counts, options, page keys and the cards'
    # qualities come from the facet index this process built.
    assert len(captured.captured_queries) == 3
    assert again.count("facet__count") == first.count("facet__count")

    make_member("Dora Dekker", qualities=["open"], themes=["wonen"])  # refreshes its document

    _, fresh = browse("kwaliteit=open")
    assert "1 member found" in first and "2 members found" in fresh
    assert re.search(r'for="f-thema-wonen">Housing <span class="facet__count">\(1\)', fresh)


def test_every_listed_profile_is_visible_to_every_member(member, coordinator, people):
    """Why counts may be shared between viewers: the directory never depends on who asks."""
    make_member("Hidde Hidden", visibility=Member.Visibility.HIDDEN)
    listed = set(Member.objects.in_directory())

    for viewer in (member, coordinator, people[0].user):
        assert listed <= set(Member.objects.visible_to(viewer))
        assert set(directory.visible_members(viewer)) == listed


# --- Bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("kwaliteit=nonsense", "does not exist"),
        ("thema=jeugd&thema=%3Cscript%3E", "does not exist"),
        ("pagina=abc", "not a page number"),
        ("pagina=-3", "not a page number"),
        ("pagina=9999", "only 1 page"),
        ("sorteer=random", "sort order does not exist"),
        ("zoek=" + "wijk " * 2000, "shortened"),
        ("zoek=%21%21%21", "no words"),
    ],
)
def test_bad_input_is_ignored_with_a_message(browse, people, query, notice):
    _, html = browse(query)

    assert 'class="alert alert--warning"' in html
    assert notice in html.replace("\n", " ")


def test_a_page_beyond_the_last_shows_the_last_page(browse):
    make_members(30)

    _, html = browse("pagina=9999")

    assert len(shown(html)) == 6


def test_markup_and_sql_in_the_query_string_are_harmless(browse, people):
    _, html = browse({"zoek": '<script>alert(1)</script> "; DROP TABLE x; --', "rol": "' OR 1=1"})

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert Member.objects.count() == 3


def test_null_bytes_and_control_characters_are_dropped(browse, people):
    _, html = browse("zoek=wijk%00team&thema=jeugd%00&pagina=1%00")

    assert 'value="wijk team"' in html


# --- htmx --------------------------------------------------------------------------------------


def test_an_htmx_request_gets_only_the_partial(browse, people):
    response, html = browse("kwaliteit=open", **HTMX)

    assert "<html" not in html and "site-header" not in html
    assert 'id="directory-form"' in html
    assert 'data-hx-swap-oob="innerHTML:#directory-status"' in html
    assert shown(html) == ["Anna Akkermans"]
    assert "HX-Request" in response["Vary"]


def test_the_full_page_and_the_partial_show_the_same_results(browse, people):
    _, full = browse("thema=jeugd")
    _, partial = browse("thema=jeugd", **HTMX)

    assert shown(full) == shown(partial) == ["Anna Akkermans", "Cas Claassen"]
    assert '<div id="directory" class="directory" data-hx-target="#directory"' in full
    assert 'id="directory-status"' in full and "aria-live" in full


def test_a_history_restore_gets_the_full_page(browse, people):
    _, html = browse("thema=jeugd", HTTP_HX_HISTORY_RESTORE_REQUEST="true", **HTMX)

    assert "<html" in html


def test_without_javascript_the_form_is_a_plain_get_form(browse, people):
    _, html = browse()

    assert re.search(r'<form id="directory-form"[^>]* method="get" action="/leden/"', html)
    assert 'type="submit"' in html
    # Ticking an option, choosing an order or submitting updates live; typing does not.
    assert 'data-hx-get="/leden/" data-hx-trigger="change, submit"' in html
    assert 'data-hx-push-url="true"' in html
    assert re.search(r"<fieldset[^>]*>\s*<legend>", html)
    assert '<label for="directory-text">' in html and '<label for="directory-sort">' in html


def test_a_kept_search_is_forgotten_when_a_profile_changes(browse, people):
    _, before = browse("zoek=Dekker")
    make_member("Dora Dekker", qualities=["open"])  # refreshes its document, forgets the index

    _, after = browse("zoek=Dekker")

    assert "Dora Dekker" not in before
    assert "Dora Dekker" in after
