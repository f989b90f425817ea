"""The listings' second try for a partial or misspelt word (``lpb.search.widen``).

When a search finds nothing, each word the text index does not know stands for the index's
terms that start with it ("wijkreg" → "wijkregisseur", on every database) or, on PostgreSQL,
resemble it (pg_trgm: "dementei" → "dementie"); the page says which words it searched instead.
"""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lpb import search
from members.models import Member
from members.services import ensure_profile
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"
ONLY_POSTGRESQL = pytest.mark.skipif(
    not POSTGRES, reason="resembling words need pg_trgm; SQLite widens to prefixes only"
)
MEMBERS, STORIES = "/leden/", "/praktijken/"
HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "directory"}


@pytest.fixture
def people():
    return [
        make_member(
            "Anna Akkermans",
            job_title="Wijkregisseur",
            themes=["jeugd"],
            bio="Ik werk aan dementie, eenzaamheid en schuldhulpverlening in Overvecht.",
        ),
        make_member("Dora Dekker", job_title="Wijkregisseur", themes=["wonen"]),
        make_member("Bert Bakker", job_title="Opbouwwerker", bio="Regie op participatie."),
    ]


@pytest.fixture
def get(client, member):
    """GET a listing as a logged-in member (``lang``: "nl", the default, or "en")."""
    client.force_login(member)

    def _get(url: str, text: str, *, lang: str = "en", params=None, **headers) -> str:
        client.cookies["django_language"] = lang
        response = client.get(url, {"zoek": text, **(params or {})}, **headers)
        assert response.status_code == 200, response.status_code
        return response.content.decode()

    return _get


def shown(html: str) -> list[str]:
    return sorted(re.findall(r'class="member-card__name"><a href="[^"]+">([^<]+)</a>', html))


def widened(text: str) -> tuple[list[str], tuple[str, ...]] | None:
    """(names found, terms searched instead) of the second try, or None when there is none."""
    widening = search.widen(Member.objects.all(), search.parse(text))
    if widening is None:
        return None
    names = widening.matches.annotated().values_list("user__name", flat=True)
    return sorted(names), widening.terms


# --- What it finds ----------------------------------------------------------------------------


def test_a_partial_word_finds_the_words_it_begins_on_every_database(get, people):
    html = get(MEMBERS, "wijkreg")

    assert shown(html) == ["Anna Akkermans", "Dora Dekker"]
    assert (
        "Nothing found for “wijkreg”; these are the results for words that begin with it or "
        "resemble it: wijkregisseur." in html
    )


def test_the_notice_is_dutch_by_default(get, people):
    html = get(MEMBERS, "wijkreg", lang="nl")

    assert (
        "Niets gevonden voor “wijkreg”; dit zijn de resultaten voor woorden die ermee beginnen "
        "of erop lijken: wijkregisseur." in html
    )


@ONLY_POSTGRESQL
@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("dementei", "dementie"),
        ("eenzaamheit", "eenzaamheid"),
        ("particpatie", "participatie"),
        # Like its stem "schuldhulpverle": "schuldhulpverlen" (0.82), not "schuld" (0.38).
        ("schuldhulpverleing", "schuldhulpverlening"),
    ],
)
def test_a_misspelt_topic_word_finds_on_postgresql(get, people, typed, meant):
    html = get(MEMBERS, typed)

    assert shown(html) == (["Bert Bakker"] if meant == "participatie" else ["Anna Akkermans"])
    assert f"Nothing found for “{typed}”;" in html
    assert f"resemble it: {meant}." in html
    if meant != "participatie":  # Bert's bio is too short for a snippet
        assert f"<mark>{meant}</mark>" in html  # the snippet marks the word found


def test_sqlite_finds_no_misspelt_word_that_is_no_prefix(people):
    if POSTGRES:
        assert widened("dementei") == (["Anna Akkermans"], ("dementie",))
    else:
        assert widened("dementei") is None


def test_several_words_each_widened_and_known_words_kept(get, people):
    assert widened("wijkreg jeugd") == (["Anna Akkermans"], ("wijkregisseur",))
    html = get(MEMBERS, "wijkreg opbouwwerk")

    assert shown(html) == []  # every word must still match
    assert "Nothing found for" not in html


def test_practice_stories_find_a_partial_word(get, member):
    author = ensure_profile(user=member)
    make_case(author, title="Portiekgesprekken in Kanaleneiland")
    make_case(author, title="Concept over portiekgesprekken", status="draft")

    html = get(STORIES, "portiekgespr")

    assert "Portiekgesprekken in Kanaleneiland" in html
    assert "Concept over portiekgesprekken" not in html  # a draft never shows
    assert "resemble it: portiekgesprekken." in html


def test_questions_find_a_partial_word(get, member):
    from tests.question_factories import make_question

    make_question(ensure_profile(user=member), title="Wie kent een goede buurtbemiddelaar?")

    html = get("/vragen/", "buurtbemid")

    assert "Wie kent een goede buurtbemiddelaar?" in html
    assert "resemble it: buurtbemiddelaar." in html


# --- When it does not widen -------------------------------------------------------------------


def test_a_word_the_index_knows_is_not_widened(get, people):
    # "wijkregisseur" is known; nobody with it has the quality: nothing, and no second try.
    html = get(MEMBERS, "wijkregisseur", params={"kwaliteit": "gedreven"})
    assert widened("wijkregisseur") is None
    assert widened("wijkregisseur opbouwwerker") is None  # both known, no row has both
    assert "Nothing found for" not in html


def test_no_widening_below_four_letters(people):
    assert widened("wij") is None  # a stop word: matched by containment
    assert widened("wijk") is None  # a stop word too
    assert widened("reg") is None  # unknown, three letters: not widened
    # Four letters: widened to "regie" and "regisseur" (a part of "wijkregisseur").
    assert widened("regi") == (
        ["Anna Akkermans", "Bert Bakker", "Dora Dekker"],
        ("regisseur", "regie"),
    )


def test_phrases_and_exclusions_are_left_alone(get, people):
    assert shown(get(MEMBERS, "wijkreg -jeugd")) == ["Dora Dekker"]
    # A phrase matches as written (by containment): found at once, no second try.
    html = get(MEMBERS, '"wijkreg"')
    assert shown(html) == ["Anna Akkermans", "Dora Dekker"]
    assert "Nothing found for" not in html
    assert widened("-wijkreg") is None


@pytest.mark.parametrize(
    ("text", "found", "notice"),
    [
        ("", 3, ""),
        ("de het een", 0, ""),  # stop words match by containment, as written
        ("x" * 10_000, 0, "The search text was shortened"),
        ("wijkreg " * 50, 2, "Nothing found for “wijkreg”;"),  # bounded: 12 words at most
        ("!!!", 3, "The search text has no words to search for"),
        ("wijk_%", 0, ""),  # "_" and "%" are no wildcards in the prefix
        ("wijk%", 2, ""),  # "wijk", a stop word: by containment
    ],
)
def test_bad_input_stays_handled(get, people, text, found, notice):
    html = get(MEMBERS, text)

    assert len(shown(html)) == found
    assert notice in html
    if not notice.startswith("Nothing found"):
        assert "Nothing found for" not in html


def test_the_live_update_says_it_too(get, people):
    html = get(MEMBERS, "wijkreg", **HTMX)

    assert "<html" not in html
    assert shown(html) == ["Anna Akkermans", "Dora Dekker"]
    assert "resemble it: wijkregisseur." in html


def test_a_misspelt_name_still_finds_the_person_first(get, people):
    html = get(MEMBERS, "Ana Akkermanns")

    assert shown(html) == (["Anna Akkermans"] if POSTGRES else [])
    assert ("these names look similar" in html) == POSTGRES
    assert "Nothing found for" not in html


# --- Who sees what ----------------------------------------------------------------------------


def test_a_hidden_member_never_appears_nor_its_words(get, people):
    make_member(
        "Hidde Hidden",
        visibility=Member.Visibility.HIDDEN,
        job_title="Wijkregisseur",
        bio="Wijkregiekamer",
    )
    make_member("Petra Pending", status="pending", job_title="Wijkregisseur")

    html = get(MEMBERS, "wijkreg")

    assert shown(html) == ["Anna Akkermans", "Dora Dekker"]
    assert "Hidde" not in html and "Petra" not in html
    assert "wijkregiekamer" not in html.lower()  # searched, but only a hidden row holds it
    assert "2 members found" in html


# --- Queries ----------------------------------------------------------------------------------


def test_the_normal_path_costs_what_it_did_and_the_second_try_three_queries(get, people):
    def queries(text: str, **params) -> int:
        get(MEMBERS, "")  # the facet index built; the searches not kept yet
        with CaptureQueriesContext(connection) as captured:
            get(MEMBERS, text, params=params)
        return len(captured.captured_queries)

    cache.clear()
    found = queries("dekker")
    nothing = queries("opbouwwerker", kwaliteit="gedreven")
    # A search that finds: session, user, the matches' keys and ranks, the page's members.
    assert found == 4
    # One that finds nothing with known words: no page; the check that its words are known
    # (and the misspelt-name try on PostgreSQL).
    assert nothing == found - 1 + 1 + POSTGRES
    # The second try: the words the index knows, the terms starting with (or like) "wijkreg",
    # the widened search; on PostgreSQL the misspelt-name try before it.
    assert queries("wijkreg") == found + 3 + POSTGRES
    assert queries("wijkreg jeugd") == found + 3 + POSTGRES  # one query per widened word
    assert queries("wijkreg overvec") == found + 4 + POSTGRES
    # Asked again, nothing is looked up again: the searches (the first, the names', the
    # widened one) and the widened terms are kept with the index: session, user, the page.
    assert queries("wijkreg") == found - 1


def test_the_kept_second_try_is_forgotten_when_a_document_changes(get, people):
    assert shown(get(MEMBERS, "wijkreg")) == ["Anna Akkermans", "Dora Dekker"]

    bert = people[2]
    bert.job_title = "Wijkregiecoördinator"  # text only: the index stays, its searches go
    bert.save()
    html = get(MEMBERS, "wijkreg")

    assert shown(html) == ["Anna Akkermans", "Bert Bakker", "Dora Dekker"]
    assert "wijkregisseur, wijkregiecoördinator." in html
