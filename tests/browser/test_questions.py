"""“Vraag het netwerk” in a real browser: ask from a "Wie bel je?" answer, a matched peer
answers, the asker marks it helpful, closes the question and turns it into a story draft;
axe-core finds no violations at 1280 and 375 px, in Dutch and English."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from practices.models import CoAuthorInvitation, PracticeCase
from questions.models import Question, Recipient
from tests.browser.conftest import assert_no_axe_violations, log_in_as
from tests.factories import make_member
from tests.question_factories import opt_in

pytestmark = pytest.mark.browser


def build_network() -> dict:
    """A peer "Wie bel je?" finds for drugs in a flat, and a colleague it does not."""
    return {
        "Fatima El Amrani": make_member(
            "Fatima El Amrani",
            municipality="GM0855",
            themes=["veiligheid-en-ondermijning"],
            ask_me_about="drugsoverlast in portiekflats, samenwerken met de corporatie",
            bio="Ik werk aan veilige flats: dealers uit het trappenhuis, met de corporatie.",
            job_title="wijkregisseur",
        ),
        "Gert Post": make_member(
            "Gert Post", municipality="GM0193", themes=["eenzaamheid"], bio="Huisbezoek."
        ),
    }


SITUATION = (
    "Bewoners in een flat voelen zich onveilig door drugsoverlast en de corporatie reageert niet."
)


@pytest.mark.parametrize("width", [1280, 375])
def test_ask_from_who_to_call_answer_helpful_close_and_story(new_page, live_server, member, width):
    people = build_network()
    peer = people["Fatima El Amrani"]
    opt_in(peer)
    page = new_page(width)
    log_in_as(page, live_server, member)

    # 1. From a "Wie bel je?" answer to a pre-filled question form (POSTed, not in the URL).
    page.goto("/wie-bel-je/")
    page.get_by_label("Wat speelt er in de wijk?").fill(SITUATION)
    page.get_by_role("button", name="Zoek collega's en verhalen").click()
    expect(page.locator(".peer").first).to_contain_text("Fatima El Amrani")
    assert_no_axe_violations(page, ".ask-the-network")
    page.get_by_role("button", name="Stel je vraag aan het netwerk").click()
    expect(page).to_have_url(re.compile(r"/vragen/nieuw/$"))
    expect(page.get_by_role("textbox", name="Situatie")).to_have_value(SITUATION)
    expect(page.locator("#privacy-warning")).to_contain_text("Noem geen bewoners")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Plaats mijn vraag").click()
    expect(page.locator(".messages")).to_contain_text("gestuurd naar 1 collega die")
    question = Question.objects.get()
    assert Recipient.objects.filter(question=question, member=peer).exists()
    assert SITUATION not in page.url
    assert_no_axe_violations(page)

    # 2. The matched peer sees it in the header and answers.
    peer_page = new_page(width)
    log_in_as(peer_page, live_server, peer.user)
    peer_page.goto("/vragen/")
    expect(peer_page.locator(".site-header")).to_contain_text("1 nieuwe melding")
    assert_no_axe_violations(peer_page)
    peer_page.goto(question.get_absolute_url())
    peer_page.get_by_role("textbox", name="Je antwoord").fill(
        "Wij begonnen met **koffie** in het trappenhuis."
    )
    peer_page.get_by_role("button", name="Plaats mijn antwoord").click()
    expect(peer_page.locator(".answer strong")).to_have_text("koffie")

    # 3. The asker marks it helpful, closes the question and makes a story draft of it.
    page.goto(question.get_absolute_url())
    page.get_by_role("button", name="Dit hielp me").click()
    expect(page.locator(".answer--helpful")).to_be_visible()
    page.get_by_role("textbox", name="Wat werkte?").fill(
        "Koffie in het trappenhuis, met de corporatie erbij."
    )
    page.get_by_role("button", name="Sluiten met deze samenvatting").click()
    expect(page.locator("#summary-title")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Maak er een praktijkverhaal van").click()
    expect(page).to_have_url(re.compile(r"/praktijken/.+/bewerken/$"))
    story = PracticeCase.objects.get(questions=question)
    assert story.status == "draft" and "koffie" in story.approach
    invited = CoAuthorInvitation.objects.filter(case=story, status="pending")
    assert list(invited.values_list("member", flat=True)) == [peer.pk]
    assert page.evaluate("() => document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", [1280, 375])
def test_question_pages_are_accessible_in_english(new_page, live_server, member, width):
    people = build_network()
    question = Question.objects.create(
        asker=people["Fatima El Amrani"],
        title="Drugsoverlast: wie pakt de regie?",
        situation="Wat werkte bij jullie?",
    )
    page = new_page(width)
    log_in_as(page, live_server, member)
    page.context.add_cookies([{"name": "django_language", "value": "en", "url": live_server.url}])
    for url in [
        "/vragen/",
        "/vragen/nieuw/",
        question.get_absolute_url(),
        "/vragen/meedenken/",
        "/vragen/meldingen/",
    ]:
        page.goto(url)
        expect(page.locator("html")).to_have_attribute("lang", "en")
        assert_no_axe_violations(page)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
