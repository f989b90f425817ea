"""The admin speaks the coordinators' language and looks like the site (issue 16, point 11)."""

from __future__ import annotations

import re

import pytest

from tests.factories import make_member

pytestmark = pytest.mark.django_db

ADMIN_URL = "/beheer/"
# Every app and model a coordinator meets on the admin index, in Dutch and in English.
DUTCH_INDEX = {
    "Authenticatie en autorisatie": ["Groepen"],
    "Inloggen": ["E-mailadressen"],
    "Leden": [
        "Contactberichten",
        "De veranderende context",
        "Gebruikers",
        "Gemeenten",
        "Kwaliteiten",
        "Ledenprofielen",
        "Organisatietypen",
        "Provincies",
        "Rolbeelden",
        "Spanningen",
        "Synoniemen",
        "Thema's",
        "Werkzaamheden",
    ],
    "Praktijkverhalen": ["Praktijkverhalen"],
    "Vraag het netwerk": ["Antwoorden", "Vragen"],
    "Vrije tags": ["Tags"],
}
ENGLISH_APPS = [
    "Authentication and Authorization",
    "Logging in",
    "Members",
    "Practice stories",
    "Ask the network",
]
UNTRANSLATED = ["Taggit", "Accounts", "Labels", "Member organisation", "Email addresses"]


def index_of(html: str) -> dict[str, list[str]]:
    """The admin index's apps (table captions) with their models (row headers), as shown."""
    index = {}
    for table in re.findall(r"<table>(.*?)</table>", html, re.S):
        caption = re.search(r"<caption>\s*<a[^>]*>(.*?)</a>", table, re.S)
        if caption:
            rows = re.findall(r'<th scope="row" id="[^"]+">\s*<a[^>]*>(.*?)</a>', table, re.S)
            index[caption.group(1).strip()] = [r.replace("&#x27;", "'") for r in rows]
    return index


def test_the_dutch_admin_index_names_every_app_and_model_in_dutch(client, superuser):
    client.force_login(superuser)

    html = client.get(ADMIN_URL).content.decode()

    assert index_of(html) == DUTCH_INDEX
    for english in UNTRANSLATED:
        assert f">{english}<" not in html


def test_the_english_admin_index_is_in_english(client, superuser):
    client.force_login(superuser)
    client.cookies["django_language"] = "en"

    index = index_of(client.get(ADMIN_URL).content.decode())

    assert set(ENGLISH_APPS) <= set(index)
    assert index["Free tags"] == ["Tags"]


def test_the_member_list_columns_are_in_dutch(client, coordinator, pending_member):
    client.force_login(coordinator)

    html = client.get(ADMIN_URL + "members/user/").content.decode()

    headers = [
        re.sub(r"<[^>]+>|\s+", " ", h).strip()
        for h in re.findall(r'<th scope="col".*?</th>', html, re.S)
    ]
    assert [h for h in headers if h in ("Functie", "Organisatie", "Gemeente")] == [
        "Functie",
        "Organisatie",
        "Gemeente",
    ]
    assert "Member" not in " ".join(headers)


@pytest.mark.parametrize("path", ["", "members/user/", "taggit/tag/", "practices/practicecase/"])
def test_every_admin_page_shows_the_site_name_logo_and_colours(client, coordinator, path):
    client.force_login(coordinator)

    html = client.get(ADMIN_URL + path).content.decode()

    branding = re.search(r'<div id="site-name">(.*?)</div>', html, re.S).group(1)
    assert "LPB Netwerk" in branding
    assert 'src="/static/img/favicon.svg" alt=""' in branding
    assert 'href="/static/css/admin.css"' in html
    assert "style=" not in branding  # the Content-Security-Policy forbids inline styles


def test_the_site_uses_one_word_for_tags(client, member):
    """ "Tags" in the admin (taggit's Tag) and on the site, never "labels" beside them."""
    client.force_login(member)

    pages = [client.get(url).content.decode() for url in ("/praktijken/", "/praktijken/nieuw/")]

    for html in pages:
        text = re.sub(r"<[^>]+>", " ", html)
        assert not re.search(r"\blabels?\b", text, re.I)
    assert re.search(r"\btags?\b", re.sub(r"<[^>]+>", " ", pages[1]), re.I)


def test_admin_pages_have_no_english_leftovers(client, superuser):
    member = make_member("Anouk", tags=["buurtbudget"], municipality="GM0344")
    client.force_login(superuser)
    pages = [
        "members/member/",
        f"members/member/{member.pk}/change/",
        "account/emailaddress/",
        "taggit/tag/",
        "members/user/",
    ]

    for path in pages:
        html = client.get(ADMIN_URL + path).content.decode()
        text = re.sub(r"<[^>]+>", " ", html)
        for english in ("User:", "email addressen", "Member organisation", "Taggit", "Labels"):
            assert english not in text, f"{english!r} on {path}"
    profile_page = client.get(f"{ADMIN_URL}members/member/{member.pk}/change/").content.decode()
    assert f'<a href="/beheer/members/user/{member.user_id}/change/">' in profile_page
