"""The craft page (/vakmanschap/), the tensions vocabulary on stories and the links into the page."""

from __future__ import annotations

import re

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation

from members.craft_texts import CONTEXT_TRENDS, EXPLANATIONS, TENSIONS
from members.models import (
    ContextTrend,
    Member,
    Quality,
    RoleImage,
    Tension,
    WorkPractice,
)
from members.services import ensure_profile
from practices.craft import craft_page
from practices.dashboard import network_stats
from practices.listing import browse_cases, invalidate_counts
from practices.models import PracticeCase
from tests.factories import make_member
from tests.practice_factories import make_case

pytestmark = pytest.mark.django_db

CRAFT_URL = reverse("craft")
TENSION_CODES = ["binnen-buiten", "binnen-binnen", "politiek", "samenwerking"]


def page(client, **params) -> str:
    response = client.get(CRAFT_URL, params)
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, anchor: str) -> str:
    """The HTML of the term's section with id ``anchor`` (term sections hold no sections)."""
    start = html.index(f'id="{anchor}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def author(member) -> Member:
    return ensure_profile(user=member)


# --- The migration ----------------------------------------------------------------------------


def test_the_migration_adds_the_four_lasting_tensions_with_stable_codes():
    assert list(Tension.objects.values_list("code", flat=True)) == TENSION_CODES
    for tension in Tension.objects.all():
        assert tension.name_nl and tension.name_en
        assert tension.description_nl and tension.description_en
        assert tension.explanation_nl and tension.explanation_en
    assert Tension.objects.get(code="politiek").name_en == (
        "Political processes: Politics and politics"
    )


def test_the_migration_adds_the_changing_context_and_every_explanation():
    assert ContextTrend.objects.count() == len(CONTEXT_TRENDS) == 6
    for (model_name, code), (nl, en) in EXPLANATIONS.items():
        model = {"Quality": Quality, "WorkPractice": WorkPractice, "RoleImage": RoleImage}[
            model_name
        ]
        term = model.objects.get(code=code)
        assert (term.explanation_nl, term.explanation_en) == (nl, en)
    # Every quality, kind of work and role image is explained.
    for model in (Quality, WorkPractice, RoleImage):
        assert not model.objects.filter(explanation_nl="").exists()
        assert not model.objects.filter(explanation_en="").exists()


def test_the_seeded_texts_fit_their_fields():
    for code, nl, en, d_nl, d_en, *_ in [*TENSIONS, *CONTEXT_TRENDS]:
        assert len(code) <= 40 and len(nl) <= 80 and len(en) <= 80, code
        assert len(d_nl) <= 200 and len(d_en) <= 200, code


def test_coordinators_may_edit_tensions_and_the_context(coordinator):
    for codename in ("view", "change", "add", "delete"):
        assert coordinator.has_perm(f"members.{codename}_tension")
        assert coordinator.has_perm(f"members.{codename}_contexttrend")


# --- The page renders from the data -------------------------------------------------------------


def test_the_page_is_public_and_shows_every_term_from_the_data(client):
    html = page(client)
    for model in (Quality, WorkPractice, RoleImage, Tension):
        for term in model.objects.all():
            assert f'id="{term.anchor}"' in html
            assert str(term.name_nl).replace("'", "&#x27;") in html
    for trend in ContextTrend.objects.all():
        assert trend.name_nl in html
    assert 'lang="nl"' in html


def test_the_page_shows_the_english_texts_in_english(client, english):
    html = page(english)
    assert 'lang="en"' in html
    assert "Political processes: Politics and politics" in html
    assert "More assertive residents" in html
    assert "public bricoleurs" in html  # the explanation of "Resourceful", as Markdown → HTML
    assert "Politieke processen" not in html


def test_a_changed_row_changes_the_page_in_both_languages(client):
    Tension.objects.filter(code="politiek").update(
        name_nl="Raad en wijk", name_en="Council and neighbourhood",
        explanation_nl="Een **nieuwe** uitleg.", explanation_en="A *new* explanation.",
    )  # fmt: skip
    ContextTrend.objects.filter(code="meer-coproductie").update(name_nl="Samen maken")
    html = page(client)
    assert "Raad en wijk" in html and "Een <strong>nieuwe</strong> uitleg." in html
    assert "Samen maken" in html
    client.cookies["django_language"] = "en"
    html = page(client)
    assert "Council and neighbourhood" in html and "A <em>new</em> explanation." in html


def test_an_english_text_left_empty_falls_back_to_dutch(client, english):
    Quality.objects.filter(code="open").update(explanation_en="")
    html = page(english)
    assert "begint met kijken en luisteren" in section(html, "kwaliteit-open")


def test_explanations_are_sanitised_markdown(client):
    Quality.objects.filter(code="open").update(
        explanation_nl="<script>alert(1)</script> [klik](javascript:alert(1)) *ja*"
    )
    html = section(page(client), "kwaliteit-open")
    assert "<script>" not in html
    assert 'href="javascript' not in html
    assert "<em>ja</em>" in html


def test_a_new_term_appears_without_touching_a_template(client):
    Tension.objects.create(
        code="empathische-verbinding", name_nl="Empathische verbinding",
        name_en="Empathic connection", order=9,
    )  # fmt: skip
    html = page(client)
    assert 'id="spanning-empathische-verbinding"' in html


# --- Live examples, counts and visibility --------------------------------------------------------


@pytest.fixture
def examples(author, other_member):
    """A public and a members-only story, and a public and a members-only profile."""
    public = make_case(
        author, title="Het pannaveld", visibility="public", qualities=["bricolerend"],
        work=["relatiewerk"], summary="Jongeren bouwden samen met de buurt een veld.",
    )  # fmt: skip
    public.tensions.set(Tension.objects.filter(code="binnen-buiten"))
    public.tension_how = "We hielpen eerst en pasten de regel daarna aan."
    public.save()
    secret = make_case(
        author, title="Het geheime overleg", visibility="members", qualities=["open"],
        work=["oplossingswerk"], summary="Alleen voor leden: het overleg met de corporatie.",
    )  # fmt: skip
    secret.tensions.set(Tension.objects.filter(code="politiek"))
    secret.tension_how = "Alleen leden lezen hoe we de wethouder meenamen."
    secret.save()
    make_case(
        author, title="Een concept", status="draft", visibility="public", qualities=["gedreven"]
    )
    make_member(
        "Paula Publiek", visibility="public", qualities=["verbindend"], roles=["schakel"]
    ).member_qualities.update(example="Ik drink eerst koffie met iedereen.")
    make_member(
        "Lotte Leden", visibility="members", qualities=["open"], roles=["schakel", "pionier"]
    ).member_qualities.update(example="Alleen leden zien deze regel.")
    make_member("Henk Hidden", visibility="hidden", roles=["pionier"])
    return {"public": public, "secret": secret}


def test_anonymous_visitors_see_only_public_examples(client, examples):
    html = page(client)
    assert "Jongeren bouwden samen met de buurt een veld." in section(html, "kwaliteit-bricolerend")
    assert "We hielpen eerst en pasten de regel daarna aan." in section(
        html, "spanning-binnen-buiten"
    )
    assert "Ik drink eerst koffie met iedereen." in section(html, "kwaliteit-verbindend")
    assert "Paula Publiek" in html
    for secret in ("Het geheime overleg", "Alleen voor leden", "Alleen leden", "Lotte Leden"):
        assert secret not in html
    assert "Een concept" not in html  # a draft is never an example
    # The empty state where nothing public shows the term.
    assert "Members of the network see more examples." in translation_of(
        section(html, "kwaliteit-gedreven")
    )


def translation_of(html: str) -> str:
    """The Dutch page's text, compared with the English msgid (via the catalogue)."""
    with translation.override("nl"):
        dutch = translation.gettext("Members of the network see more examples.")
    return html.replace(dutch, "Members of the network see more examples.")


def test_members_see_members_only_examples(client, other_member, examples):
    client.force_login(other_member)
    html = page(client)
    assert "Alleen voor leden: het overleg met de corporatie." in section(
        html, "werk-oplossingswerk"
    )
    assert "Alleen leden lezen hoe we de wethouder meenamen." in section(html, "spanning-politiek")
    assert "Alleen leden zien deze regel." in section(html, "kwaliteit-open")
    assert "Een concept" not in html


def test_role_images_count_the_members_a_viewer_may_see(client, other_member, examples):
    anonymous = craft_page(viewer=client.get(CRAFT_URL).wsgi_request.user)
    counts = {t.term.code: t.member_count for t in anonymous.roles}
    assert counts["schakel"] == 1 and counts["pionier"] == 0  # public profiles only
    client.force_login(other_member)
    html = page(client)
    assert re.search(r"2 leden herkennen zichzelf als", section(html, "rol-schakel"))
    assert re.search(r"1 lid herkent zichzelf als", section(html, "rol-pionier"))  # not Henk


def test_each_term_links_to_the_filtered_directory_and_stories(client):
    html = page(client)
    assert 'href="/leden/?kwaliteit=open"' in html
    assert 'href="/praktijken/?kwaliteit=open"' in html
    assert 'href="/praktijken/?werk=relatiewerk"' in html
    assert 'href="/leden/?werk=relatiewerk"' in html
    assert 'href="/praktijken/?spanning=politiek"' in html


def test_the_page_takes_a_constant_number_of_queries(
    client, other_member, author, django_assert_max_num_queries
):
    def add(n: int) -> None:
        for i in range(n):
            case = make_case(
                author, title=f"Verhaal {n}-{i}", visibility="public",
                qualities=["open", "gedreven"], work=["relatiewerk"], tension_how="Zo.",
            )  # fmt: skip
            case.tensions.set(Tension.objects.all())
            make_member(
                f"Lid {n}-{i}", visibility="public", qualities=["open"], roles=["pionier"]
            ).member_qualities.update(example="Zo doe ik het.")

    client.force_login(other_member)
    add(1)
    with django_assert_max_num_queries(14) as few:
        page(client)
    add(12)
    Tension.objects.create(code="extra", name_nl="Extra", name_en="Extra", order=9)  # a term more
    with django_assert_max_num_queries(len(few.captured_queries)):
        page(client)


def test_the_header_and_the_home_page_link_to_the_page(client):
    html = client.get("/").content.decode()
    assert html.count(f'href="{CRAFT_URL}"') >= 2  # the header and the home page
    assert f'href="{CRAFT_URL}#kwaliteit-open"' in html


# --- Badges link to their section ----------------------------------------------------------------


def test_badges_on_cards_profiles_and_stories_link_to_their_section(client, other_member, author):
    case = make_case(author, title="Een verhaal", qualities=["verbindend"], work=["relatiewerk"])
    case.tensions.set(Tension.objects.filter(code="binnen-binnen"))
    profile = make_member(
        "Bram Badge", qualities=["open"], work=["oplossingswerk"], roles=["intermediair"]
    )
    client.force_login(other_member)

    story = client.get(case.get_absolute_url()).content.decode()
    for anchor in ("kwaliteit-verbindend", "werk-relatiewerk", "spanning-binnen-binnen"):
        assert f'href="{CRAFT_URL}#{anchor}"' in story
    listing = client.get(reverse("practices:list")).content.decode()
    assert f'href="{CRAFT_URL}#kwaliteit-verbindend"' in listing  # the card
    assert f'href="{CRAFT_URL}#spanning"' in listing  # the facet's help
    assert f'href="{CRAFT_URL}#kwaliteit"' in listing
    profile_html = client.get(profile.get_absolute_url()).content.decode()
    for anchor in ("kwaliteit-open", "werk-oplossingswerk", "rol-intermediair"):
        assert f'href="{CRAFT_URL}#{anchor}"' in profile_html
    directory = client.get(reverse("members:list")).content.decode()
    assert f'href="{CRAFT_URL}#kwaliteit-open"' in directory
    assert f'href="{CRAFT_URL}#rol"' in directory


def test_every_anchor_a_badge_links_to_exists_on_the_page(client):
    html = page(client)
    for model in (Quality, WorkPractice, RoleImage, Tension):
        for term in model.objects.all():
            assert term.craft_url == f"{CRAFT_URL}#{term.anchor}"
            assert f'id="{term.anchor}"' in html
    for name in ("kwaliteit", "werk", "rol", "spanning", "context"):
        assert f'id="{name}"' in html


# --- Tensions on stories ------------------------------------------------------------------------


def test_the_story_page_shows_the_tension_its_description_and_how(client, author):
    case = make_case(author, visibility="public", tension_how="We hielden de raad op de hoogte.")
    case.tensions.set(Tension.objects.filter(code="politiek"))
    html = client.get(case.get_absolute_url()).content.decode()
    tension = Tension.objects.get(code="politiek")
    assert tension.name_nl in html and tension.description_nl in html
    assert "We hielden de raad op de hoogte." in html
    assert "Hoe gingen we ermee om?" in html


def test_the_story_form_saves_the_tension_and_how(client, member):
    from tests.test_practice_cases import story_data

    client.force_login(member)
    data = story_data(tensions=[str(Tension.objects.get(code="samenwerking").pk)])
    data["tension_how"] = "Kleine afspraken, elk resultaat gevierd."
    response = client.post(reverse("practices:create"), data)
    assert response.status_code == 302
    case = PracticeCase.objects.get()
    assert [t.code for t in case.tensions.all()] == ["samenwerking"]
    assert case.tension_how == "Kleine afspraken, elk resultaat gevierd."
    form = client.get(reverse("practices:edit", args=[case.slug])).content.decode()
    assert "Hoe ging je ermee om?" in form


def test_a_too_long_how_line_is_refused_and_kept(client, member):
    from tests.test_practice_cases import story_data

    client.force_login(member)
    data = story_data()
    data["tension_how"] = "x" * 301
    response = client.post(reverse("practices:create"), data)
    assert response.status_code == 200
    assert "x" * 301 in response.content.decode()
    assert not PracticeCase.objects.exists()


def spanning_counts(viewer, query: str = "") -> dict[str, int]:
    listing = browse_cases(viewer=viewer, params=QueryDict(query))
    facet = next(f for f in listing.facets if f.name == "spanning")
    return {option.key: option.count for option in facet.options}


def test_the_spanning_facet_counts_match_the_database(client, other_member, author):
    for n in range(7):
        case = make_case(
            author, title=f"Verhaal {n}", visibility="public" if n % 2 else "members",
            themes=["wonen"] if n < 4 else ["jeugd"],
        )  # fmt: skip
        case.tensions.set(Tension.objects.filter(code__in=TENSION_CODES[: n % 4]))
    make_case(author, title="Concept", status="draft").tensions.set(Tension.objects.all())
    invalidate_counts()

    def expected(*, public_only: bool, theme: str | None = None) -> dict[str, int]:
        stories = PracticeCase.objects.published()
        if public_only:
            stories = stories.filter(visibility="public")
        if theme:
            stories = stories.filter(themes__code=theme)
        found = {}
        for tension in Tension.objects.all():
            if n := stories.filter(tensions=tension).count():
                found[tension.code] = n
        return found

    client.force_login(other_member)
    member_user = client.get("/").wsgi_request.user
    assert spanning_counts(member_user) == expected(public_only=False)
    assert spanning_counts(member_user, "thema=wonen") == expected(public_only=False, theme="wonen")
    from django.contrib.auth.models import AnonymousUser

    assert spanning_counts(AnonymousUser()) == expected(public_only=True)
    # Filtering by a tension: the listing's total is the database's count.
    listing = browse_cases(
        viewer=member_user, params=QueryDict("spanning=politiek&spanning=binnen-binnen")
    )
    assert listing.total == (
        PracticeCase.objects.published()
        .filter(tensions__code__in=["politiek", "binnen-binnen"])
        .distinct()
        .count()
    )


def test_the_listing_filters_by_spanning(client, other_member, author):
    with_tension = make_case(author, title="Met spanning")
    with_tension.tensions.set(Tension.objects.filter(code="binnen-buiten"))
    make_case(author, title="Zonder spanning")
    client.force_login(other_member)
    html = client.get(reverse("practices:list"), {"spanning": "binnen-buiten"}).content.decode()
    assert "Met spanning" in html and "Zonder spanning" not in html
    assert 'name="spanning"' in html


def test_the_dashboard_counts_published_stories_per_tension(author):
    make_case(author, title="Een").tensions.set(Tension.objects.filter(code="politiek"))
    make_case(author, title="Twee", status="draft").tensions.set(Tension.objects.all())
    bars = {bar.label: bar.value for bar in network_stats()["tensions"]}
    assert bars[str(Tension.objects.get(code="politiek"))] == 1
    assert bars[str(Tension.objects.get(code="samenwerking"))] == 0


def test_the_admin_filters_stories_by_tension(client, coordinator, author):
    make_case(author, title="Met spanning").tensions.set(Tension.objects.filter(code="politiek"))
    make_case(author, title="Zonder spanning")
    client.force_login(coordinator)
    pk = Tension.objects.get(code="politiek").pk
    html = client.get(
        reverse("admin:practices_practicecase_changelist"), {"tensions__id__exact": pk}
    ).content.decode()
    assert "Met spanning" in html and "Zonder spanning" not in html


def test_coordinators_edit_a_tension_in_the_admin(client, coordinator):
    client.force_login(coordinator)
    tension = Tension.objects.get(code="politiek")
    url = reverse("admin:members_tension_change", args=[tension.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name_nl": "Politiek en politiek", "name_en": "Politics and politics",
            "description_nl": "", "description_en": "", "explanation_nl": "Nieuw.",
            "explanation_en": "New.", "order": 2,
        },
    )  # fmt: skip
    assert response.status_code == 302
    assert "Politiek en politiek" in page(client)
