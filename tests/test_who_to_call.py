"""“Wie bel je?” (/wie-bel-je/): permissions, the answer and its reasons, bad input, queries."""

from __future__ import annotations

import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from members.models import Member, User
from practices.match_words import BRIDGE_WORDS, MAX_DESCRIPTION, bridges, meaningful_words
from practices.matching import WEIGHTS, Situation, held_bridges, match
from practices.models import PracticeCase
from tests.factories import make_member, make_members
from tests.practice_factories import make_case

URL = reverse("practices:who_to_call")
DRUGS = (
    "In de portiekflats wordt gedeald en bewoners voelen zich onveilig, de corporatie doet niets"
)


@pytest.fixture(autouse=True)
def _english():
    """Reasons of direct ``match()`` calls in English (a request picks its own language)."""
    with translation.override("en"):
        yield


def names(response) -> list[str]:
    return [peer.member.name for peer in response.context["answer"].peers]


def reason_texts(peer) -> list[str]:
    return [str(reason) for reason in peer.reasons]


def fatima():
    member = make_member(
        "Fatima El Amrani",
        municipality="GM0855",
        themes=["veiligheid-en-ondermijning"],
        work=["relatiewerk"],
        ask_me_about="drugshandel in portieken",
        bio="Ik werk met bewoners die zich onveilig voelen in hun flat.",
    )
    make_case(
        member,
        title="Dealers uit het trappenhuis",
        themes=["veiligheid-en-ondermijning"],
        qualities=["verbindend"],
        municipality="GM0855",
        summary="Bewoners voelden zich onveilig door dealers in de portiekflat.",
    )
    return member


# --- Permissions ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_log_in(client):
    for response in (client.get(URL), client.post(URL, {"beschrijving": "drugs"})):
        assert response.status_code == 302
        assert reverse("account_login") in response["Location"]


@pytest.mark.django_db
def test_pending_members_see_the_waiting_page(client_as):
    client = client_as("pending_member")
    for response in (client.get(URL), client.post(URL, {"beschrijving": "drugs"})):
        assert response.status_code == 302
        assert response["Location"] == reverse("members:waiting")


@pytest.mark.parametrize("persona", ["member", "coordinator"])
@pytest.mark.django_db
def test_members_and_coordinators_get_the_form(client_as, persona):
    response = client_as(persona).get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="beschrijving"' in body
    assert 'method="post"' in body
    assert 'id="privacy-note"' in body
    assert response.context.get("answer") is None


@pytest.mark.django_db
def test_the_home_page_and_the_navigation_lead_to_it(client_as):
    body = client_as("member").get("/").content.decode()
    assert f'action="{URL}"' in body
    assert 'method="post"' in body
    assert f'href="{URL}"' in body


# --- The answer ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_it_finds_the_peer_with_a_highlighted_passage_and_the_story(client_as):
    fatima()
    make_member("Gerrit Algemeen", themes=["leefbaarheid"], municipality="GM0014")
    response = client_as("member").post(URL, {"beschrijving": DRUGS})
    assert response.status_code == 200
    answer = response.context["answer"]
    assert names(response)[0] == "Fatima El Amrani"
    body = response.content.decode()
    assert "Dealers uit het trappenhuis" in body
    assert "<mark>portiekflat</mark>" in body or "<mark>dealers</mark>" in body
    assert "veiligheid-en-ondermijning" in answer.suggested
    assert 'id="suggested-themes"' in body
    # The answer comes first and takes the focus; the refine panel is folded.
    assert body.index('id="peers-title"') < body.index('name="beschrijving"')
    assert 'id="peers-title" tabindex="-1" autofocus' in body
    assert '<details class="form-section who-to-call-form__more">' in body
    assert "/leden/?thema=veiligheid-en-ondermijning" in body


@pytest.mark.django_db
def test_the_description_is_never_in_a_url_or_the_log(client_as, caplog):
    fatima()
    secret = "mevrouw Jansen op Dorpsstraat 12 wordt bedreigd door dealers"
    with caplog.at_level(logging.DEBUG):
        response = client_as("member").post(URL, {"beschrijving": secret})
    assert response.status_code == 200
    assert "Dorpsstraat" not in caplog.text
    body = response.content.decode()
    assert "Dorpsstraat" not in "".join(
        part.split('"')[0] for part in body.split('href="')[1:]
    )  # in no link
    assert 'action="/wie-bel-je/"' in body


@pytest.mark.django_db
def test_chosen_themes_replace_the_suggestion(member):
    make_member("Sanne de Boer", themes=["armoede-en-schulden"])
    answer = match(Situation(DRUGS, themes=("armoede-en-schulden",)), viewer=member)
    assert answer.suggested == []
    assert answer.themes == ["armoede-en-schulden"]


@pytest.mark.django_db
def test_themes_and_kinds_of_work_are_suggested_from_their_words_in_any_form(member):
    answer = match(Situation("er wordt gedeald en er is veel drugsoverlast"), viewer=member)
    assert answer.suggested[0] == "veiligheid-en-ondermijning"
    answer = match(Situation("wie kan in beeld brengen wat er speelt"), viewer=member)
    assert "situatie-in-kaart" in answer.suggested_by_kind["work"]
    answer = match(Situation("vereenzaamde ouderen"), viewer=member)
    assert answer.suggested == ["eenzaamheid"]
    assert match(Situation("Het regent"), viewer=member).suggested == []


@pytest.mark.django_db
def test_a_coordinator_can_add_a_synonym_that_the_matcher_uses(member):
    from members.models import Theme

    theme = Theme.objects.get(code="jeugd")
    match(Situation("skaters op het plein"), viewer=member)  # the vocabulary is now cached
    theme.synonyms += ", skaters"
    theme.save()  # the vocabulary cache is emptied after the commit (lpb.freshness)
    answer = match(Situation("skaters op het plein"), viewer=member)
    assert "jeugd" in answer.suggested


@pytest.mark.django_db
def test_the_thesaurus_finds_a_colleague_who_says_it_in_other_words(member):
    from members.models import WordGroup

    bas = make_member(
        "Bas Timmer",
        themes=["polarisatie"],
        ask_me_about="geluidsoverlast tussen buren, bemiddeling",
    )
    make_member("Noor Visser", themes=["polarisatie"], ask_me_about="ruzie om parkeerplekken")
    situation = Situation("de bovenburen maken elke nacht herrie")

    answer = match(situation, viewer=member)

    assert [peer.member for peer in answer.peers][:1] == [bas]
    assert "<mark>geluidsoverlast</mark>" in answer.peers[0].evidence.profile_passage
    # Without the group that says "herrie" is "geluidsoverlast", nothing joins the two.
    WordGroup.objects.filter(words__contains="herrie").delete()
    assert bas not in [peer.member for peer in match(situation, viewer=member).peers]


@pytest.mark.django_db
def test_a_coordinator_adds_words_to_the_thesaurus_in_the_admin(client_as, member):
    skater = make_member("Koen Wouters", ask_me_about="skateboarders en hun plekken")
    make_members(8, prefix="Lid", ask_me_about="bewonersavonden en buurtfeesten")
    assert not match(Situation("skaters"), viewer=member).peers  # the words are now cached
    client = client_as("coordinator")

    response = client.post(
        "/beheer/members/wordgroup/add/", {"words": "skaters, skateboarders, skeeleraars"}
    )

    assert response.status_code == 302
    answer = match(Situation("skaters"), viewer=member)
    assert [peer.member for peer in answer.peers][:1] == [skater]


@pytest.mark.django_db
def test_a_renamed_municipality_shows_in_the_form_at_once(client_as):
    from members.models import Municipality

    client = client_as("member")
    assert "Nieuwegein" in client.get(URL).content.decode()  # the place names are now kept
    municipality = Municipality.objects.get(name="Nieuwegein")
    municipality.name = "Nieuw-Gein aan de Lek"
    municipality.save()

    html = client.get(URL).content.decode()

    assert "Nieuw-Gein aan de Lek" in html
    assert "Nieuwegein" not in html


@pytest.mark.django_db
def test_a_lasting_tension_is_suggested_and_explained(client_as):
    description = (
        "De gemeenteraad heeft besloten het buurthuis te sluiten, maar bewoners willen het open "
        "houden en de wethouder wil er niet aan"
    )
    response = client_as("member").post(URL, {"beschrijving": description})
    assert response.context["answer"].suggested_by_kind["tension"][0] == "politiek"
    body = response.content.decode()
    assert 'id="suggested-tensions"' in body
    assert 'href="/vakmanschap/#spanning-politiek"' in body
    other = client_as("member").post(URL, {"beschrijving": DRUGS})
    assert other.context["suggested_tensions"] == []  # drugs in a flat: no tension named


@pytest.mark.django_db
def test_a_story_that_navigated_the_tension_is_evidence(member):
    author = make_member("Ilse Raadsma", themes=["participatie"])
    story = make_case(author, title="Het buurthuis bleef open", situation="Sluiting dreigde.")
    from members.models import Tension

    story.tensions.set([Tension.objects.get(code="politiek")])
    story.tension_how = "We nodigden de raadsleden uit in het buurthuis."
    story.save()
    answer = match(Situation("het raadsbesluit over het buurthuis ligt gevoelig"), viewer=member)
    assert "politiek" in answer.suggested_by_kind["tension"]
    assert "Ilse Raadsma" in [peer.member.name for peer in answer.peers]


def test_stop_words_do_not_take_part():
    assert meaningful_words("De bewoners van de buurten en het drugsgebruik") == ["drugsgebruik"]


@pytest.mark.django_db
def test_inflections_and_compound_parts_find_the_member(member):
    make_member("Flat Expert", ask_me_about="veiligheid in portiekflats")
    make_member("Eenzaam Expert", themes=["eenzaamheid"])
    assert [p.member.name for p in match(Situation("flat"), viewer=member).peers] == ["Flat Expert"]
    peers = match(Situation("eenzame ouderen"), viewer=member).peers
    assert peers[0].member.name == "Eenzaam Expert"


def test_two_nearby_words_are_bridged_into_the_compound_they_make():
    found = bridges("ons meisje van 14 loopt steeds weg, zorgen om geld")
    assert found["weglop"] == ("weg", "loopt")  # apart, in the other order, inflected
    assert found["geldzorg"] == ("geld", "zorgen")  # the first word's lemma and a linking "s"
    assert "meisjesgeld" not in found  # not across a comma
    assert not bridges("waar gaat het over")  # two stop words make no compound
    assert "wegeen" not in bridges("weg een")  # too short to be a compound
    assert "meisj" not in bridges("meisje")  # never a word of the description itself
    long = "school " * BRIDGE_WORDS + "zorgen om geld"
    assert "geldzorg" not in bridges(long)  # a long text's first words only, as the query's


def test_a_bridge_counts_only_where_the_index_holds_it_as_a_rare_term():
    compounds = {"thuiszit": 1.0, "terechtkom": 1.0, "nergens": 1.0}
    frequencies = {"thuiszit": 1, "terechtkom": 995}
    assert held_bridges(compounds, frequencies, 20_000) == {"thuiszit": 1.0}
    # In a small network every compound the index holds counts.
    assert held_bridges(compounds, frequencies, 500) == {"thuiszit": 1.0, "terechtkom": 1.0}


@pytest.mark.django_db
def test_the_rarity_of_every_term_is_read_once_for_profiles_and_stories(member):
    from lpb import textindex

    fatima()
    make_member("Flat Expert", ask_me_about="veiligheid in portiekflats")
    terms = {"portiekflat", "dealer", "thuiszit"}
    with CaptureQueriesContext(connection) as captured:
        read = textindex.frequencies((Member, PracticeCase), terms)
    assert len(captured) == 1
    assert read[Member] == {"portiekflat": 1} and read[PracticeCase]["portiekflat"] == 1
    assert "thuiszit" not in read[Member]  # a term no row holds is absent
    query = {"portiekflat": 1.0, "dealer": 1.0}
    for model in (Member, PracticeCase):
        own = textindex.rank(model, query)
        given = textindex.rank(model, query, frequencies=read[model])
        assert given.scores == own.scores and given.idf == own.idf


@pytest.mark.django_db
def test_words_typed_apart_find_the_colleague_who_writes_them_as_one(member, monkeypatch):
    expert = make_member("Weglopers Expert", ask_me_about="kinderen die weglopen, vermissing")
    make_member("Sport Expert", ask_me_about="meiden en sport in de buurt")
    make_members(10, prefix="Lid", ask_me_about="parkeren en groen")  # rarity needs a network
    situation = Situation("ons meisje van 14 loopt steeds weg")

    answer = match(situation, viewer=member)

    assert [peer.member for peer in answer.peers][:1] == [expert]
    assert "<mark>weglopen</mark>" in answer.peers[0].evidence.profile_passage
    # Without the bridge "loopt … weg" → "weglopen", nothing joins the two.
    monkeypatch.setattr("practices.matching.bridges", lambda text: {})
    assert expert not in [peer.member for peer in match(situation, viewer=member).peers]


@pytest.mark.django_db
def test_reasons_come_from_real_evidence_and_quote_no_stop_words(member):
    make_member(
        "Zonder Verhalen",
        themes=["veiligheid-en-ondermijning"],
        ask_me_about="drugsoverlast tussen de flats",
        municipality="GM0855",
    )
    answer = match(Situation("zit er drugsoverlast tussen onder de flats"), viewer=member)
    peer = answer.peers[0]
    assert peer.member.name == "Zonder Verhalen"
    assert peer.evidence.stories == []
    texts = reason_texts(peer)
    assert not any("story" in text for text in texts)
    assert not any("municipality" in text for text in texts)
    profile = next(r for r in peer.reasons if r.passage)
    for stop in ("zit", "tussen", "onder"):
        assert stop not in peer.evidence.profile_words
    assert "<mark>drugsoverlast</mark>" in profile.passage


@pytest.mark.django_db
def test_the_viewer_is_never_suggested(member):
    make_member("Zelf", user=member, themes=["jeugd"], ask_me_about="hangjongeren")
    make_member("Ander", themes=["jeugd"], ask_me_about="hangjongeren")
    names_ = [p.member.name for p in match(Situation("hangjongeren"), viewer=member).peers]
    assert names_ == ["Ander"]


@pytest.mark.django_db
def test_a_chosen_place_filters_but_keeps_those_who_think_along(member):
    common = {"themes": ["jeugd"], "ask_me_about": "hangjongeren"}
    make_member("Ver Weg", municipality="GM0014", **common)
    make_member("Denkt Mee", municipality="GM0014", thinks_along_elsewhere=True, **common)
    make_member("Zelfde Provincie", municipality="GM0772", **common)
    make_member("Zelfde Gemeente", municipality="GM0855", **common)
    answer = match(Situation("hangjongeren", province="noord-brabant"), viewer=member)
    found = [p.member.name for p in answer.peers]
    assert "Ver Weg" not in found
    assert set(found[:2]) == {"Zelfde Gemeente", "Zelfde Provincie"}
    assert "Denkt Mee" in found
    thinking = answer.peers[found.index("Denkt Mee")]
    assert "likes to think along outside their own region" in reason_texts(thinking)


@pytest.mark.django_db
def test_a_place_named_in_the_description_is_a_strong_boost(member):
    common = {"themes": ["jeugd"], "ask_me_about": "hangjongeren bij het winkelcentrum"}
    make_member("In Groningen", municipality="GM0014", **common)
    make_member("In Tilburg", municipality="GM0855", **common)
    answer = match(Situation("hangjongeren in Groningen"), viewer=member)
    assert answer.peers[0].member.name == "In Groningen"
    assert answer.place_named == "Groningen"
    assert answer.peers[0].score - answer.peers[1].score >= WEIGHTS.place_municipality * 0.99


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("description", "named"),
    [
        ("hangjongeren in tilburg", "Tilburg"),  # typed in lower case: still the place
        ("hangjongeren, het gaat best slecht", ""),  # "best" is a word (and a municipality)
        ("hangjongeren in Best", "Best"),
    ],
)
def test_a_place_in_lower_case_counts_unless_it_is_also_a_word(member, description, named):
    make_member("Jongerenwerker", ask_me_about="hangjongeren")
    assert match(Situation(description), viewer=member).place_named == named


@pytest.mark.django_db
def test_a_specialist_beats_a_generalist(member):
    make_member("Specialist", themes=["jeugd"], ask_me_about="hangjongeren")
    make_member(
        "Generalist",
        themes=["jeugd", "wonen", "armoede-en-schulden", "zorg-en-welzijn", "participatie"],
        ask_me_about="hangjongeren",
    )
    answer = match(Situation("jongeren hangen rond", themes=("jeugd",)), viewer=member)
    assert [p.member.name for p in answer.peers] == ["Specialist", "Generalist"]


@pytest.mark.django_db
def test_hidden_pending_and_former_members_never_appear(member):
    expert = {"themes": ["veiligheid-en-ondermijning"], "ask_me_about": "drugsoverlast"}
    hidden = make_member("Verborgen", visibility=Member.Visibility.HIDDEN, **expert)
    make_member("Wachtend", status=User.Status.PENDING, **expert)
    make_member("Oud Lid", status=User.Status.ALUMNI, **expert)
    make_case(hidden, title="Drugsoverlast in de flat", themes=["veiligheid-en-ondermijning"])
    make_member("Zichtbaar", **expert)
    answer = match(Situation(DRUGS), viewer=member)
    assert [p.member.name for p in answer.peers] == ["Zichtbaar"]
    # The hidden member's published story may still be read; its author is not suggested.
    assert [c.title for c in answer.cases] == ["Drugsoverlast in de flat"]


@pytest.mark.django_db
def test_drafts_are_not_evidence(member):
    author = make_member("Schrijver", themes=["wonen"])
    make_case(author, title="Drugsoverlast concept", status=PracticeCase.Status.DRAFT)
    answer = match(Situation("drugsoverlast"), viewer=member)
    assert answer.cases == []
    assert answer.peers == []


@pytest.mark.django_db
def test_the_english_page_is_english(client_as, english):
    fatima()
    body = client_as("member").post(URL, {"beschrijving": DRUGS}).content.decode()
    assert "Peers to call" in body
    assert "For example: Residents of a block of flats" in body
    assert "Bewoners van een flat" not in body


# --- Bad input -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_empty_description_without_choices_asks_for_more(client_as):
    response = client_as("member").post(URL, {"beschrijving": "   "})
    assert response.status_code == 200
    assert response.context["ask_more"]
    assert 'id="ask-more"' in response.content.decode()


@pytest.mark.django_db
def test_only_stop_words_asks_for_more(client_as):
    response = client_as("member").post(URL, {"beschrijving": "de het een en buurten"})
    assert response.context["ask_more"]


@pytest.mark.django_db
def test_a_too_long_description_is_cut_with_a_message_keeping_the_text(client_as):
    text = "drugsoverlast " * 200
    response = client_as("member").post(URL, {"beschrijving": text})
    assert response.status_code == 200
    body = response.content.decode()
    messages = [str(m) for m in response.context["messages"]]
    assert any(str(MAX_DESCRIPTION) in m for m in messages)
    assert text[:MAX_DESCRIPTION].strip()[:200] in body


@pytest.mark.django_db
def test_unknown_codes_get_a_clear_message(client_as):
    response = client_as("member").post(
        URL, {"beschrijving": "drugs", "thema": "bestaat-niet", "gemeente": "GM9999"}
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "thema" in form.errors and "gemeente" in form.errors
    assert "drugs</textarea>" in response.content.decode()  # what was typed is kept


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script> drugs",
        "'; DROP TABLE members_member; --",
        'drugs "unclosed -minus or or & | ! :* \\ %',
        "\x00\x07 drugs \x1f",
        "ü" * 50 + " 🏚️ overlast",
        "<mark>drugsoverlast</mark>",
    ],
)
@pytest.mark.django_db
def test_hostile_text_is_harmless(client_as, text):
    make_member("Fatima", themes=["veiligheid-en-ondermijning"], ask_me_about="drugsoverlast")
    response = client_as("member").post(URL, {"beschrijving": text})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "<mark><mark>" not in body


@pytest.mark.django_db
def test_nothing_found_suggests_what_to_try_and_the_coordinators(client_as):
    response = client_as("member").post(
        URL, {"beschrijving": "xylofoonorkest", "thema": "jeugd", "gemeente": "GM0855"}
    )
    body = response.content.decode()
    assert response.context["answer"].peers == []
    assert 'id="nothing-found"' in body
    assert "mailto:netwerk@lpbnetwerk.nl" in body


# --- Queries -------------------------------------------------------------------------------------


def _count_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.post(
            URL, {"beschrijving": DRUGS, "thema": "jeugd", "provincie": "utrecht"}
        )
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_the_number_of_queries_does_not_grow_with_the_network(client_as):
    client = client_as("member")

    def grow(number: int, start: int):
        members = make_members(
            number,
            prefix=f"Lid {start}",
            themes=["jeugd", "veiligheid-en-ondermijning"],
            ask_me_about="drugsoverlast",
            municipality="GM0344",
        )
        for m in members:
            make_case(m, title=f"Drugsoverlast {m.name}", themes=["jeugd"], qualities=["open"])

    grow(5, 0)
    _count_queries(client)  # the first request reads the place names and vocabulary (cached)
    small = _count_queries(client)
    grow(45, 1)
    large = _count_queries(client)
    print(f"\n/wie-bel-je/ queries: {small} with 5 members, {large} with 50")
    assert small == large
    assert large <= 20
