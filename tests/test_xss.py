"""An XSS corpus (tests/xss_payloads.py) through every free-text field of profiles and stories
and through the search boxes: no payload is live markup anywhere it shows up — profile,
directory cards and search snippets, story pages and listings, the Atom feed, "Wie bel je?",
the edit forms, the admin — and no formula survives into the CSV or XLSX export.

The payloads are batched, ten to a profile and ten to a story, to keep this fast.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlencode

import openpyxl
import pytest
from django.core.files.base import ContentFile
from django.template import engines
from PIL import Image

from lpb.search import parse, snippet
from members.exports import neutralise
from members.models import MemberQuality, Quality
from members.search import refresh_member
from practices.models import CaseImage
from practices.search import refresh_case
from tests.factories import make_member
from tests.practice_factories import make_case
from tests.xss_payloads import FORMULAS, MARKDOWN_ONLY, PAYLOADS

pytestmark = pytest.mark.django_db

GROUPS = [PAYLOADS[i : i + 10] for i in range(0, len(PAYLOADS), 10)]
# Payloads that only do harm inside a JavaScript string; the site has no inline scripts (see
# test_security_settings), so in HTML they are plain text.
JS_STRING_ONLY = {"\";alert('XSS');//", "'-alert(1)-'"}
MATCH_WORD = "drugsoverlast"

# Tags that never belong in a page of ours: they run code, load a document, or rewrite the page.
FORBIDDEN_TAGS = {
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "math",
    "maction", "animate", "set", "animatetransform", "animatemotion", "foreignobject",
    "isindex", "xss", "marquee", "bgsound", "template", "portal", "handler", "listener",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
    "lowsrc", "dynsrc", "values", "to", "from", "by", "codebase", "srcset",
}  # fmt: skip
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text", "data:application", "livescript:")
SINGLE_TAGS = ("html", "head", "body")  # (SVG has <title>s of its own)
ATOM_TAGS = {
    "feed", "title", "subtitle", "link", "id", "updated", "entry", "summary", "author", "name",
    "published", "category", "uri", "rights",
}  # fmt: skip


def _compact(value: str) -> str:
    """A URL as a browser reads it: no white space or control characters, lower case."""
    return re.sub(r"[\x00-\x20]", "", value).lower()


class LiveMarkupFinder(HTMLParser):
    """Everything in a page (or fragment) that could run a script the page did not mean to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.counts: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        self.counts[tag] = self.counts.get(tag, 0) + 1
        attributes = dict(attrs)
        shown = f"<{tag} {attrs}>"
        if tag in FORBIDDEN_TAGS:
            self.found.append(shown)
        if tag in SINGLE_TAGS and self.counts[tag] > 1:
            self.found.append(shown)
        if tag == "script":
            src = attributes.get("src") or ""
            is_data = "json" in (attributes.get("type") or "")
            if not is_data and (not src.startswith("/") or src.startswith("//")):
                self.found.append(shown)
        if tag == "link" and not (attributes.get("href") or "/").startswith("/"):
            self.found.append(shown)
        if tag == "meta" and "http-equiv" in attributes:
            self.found.append(shown)
        for name, value in attrs:
            value = value or ""
            if (
                name.startswith("on")
                or name in ("style", "srcdoc", "formaction")
                or (name in URL_ATTRIBUTES and _compact(value).startswith(DANGEROUS_SCHEMES))
            ):
                self.found.append(shown)


def live_markup(html: str) -> list[str]:
    finder = LiveMarkupFinder()
    finder.feed(html)
    finder.close()
    return finder.found


def assert_inert(html: str, where: str) -> None:
    found = live_markup(html)
    assert not found, f"live markup in {where}:\n" + "\n".join(found[:20])


# The check can fail: every payload is caught when a template forgets to escape it.


UNESCAPED = engines["django"].from_string(
    '<div>{{ value|safe }}</div><p><a title="{{ value|safe }}" '
    "href=\"{{ value|safe }}\">x</a><input value='{{ value|safe }}'></p>"
)
ESCAPED = engines["django"].from_string(
    '<div>{{ value }}</div><p><a title="{{ value }}" href="/{{ value|urlencode }}">x</a>'
    "<input value='{{ value }}'></p>"
)


def naive_markdown(text: str) -> str:
    """Links and autolinks the way a careless Markdown renderer makes them: no URL checks."""
    text = re.sub(r"\[(.*?)\]\((.*?)\)", r'<a href="\2">\1</a>', text)
    return re.sub(r"<([a-z]+:[^>\s]+)>", r'<a href="\1">\1</a>', text)


@pytest.mark.parametrize(
    "payload", [p for p in PAYLOADS if p not in JS_STRING_ONLY and p not in FORMULAS]
)
def test_every_payload_is_caught_when_rendered_unescaped(payload):
    rendered = UNESCAPED.render({"value": payload})
    if payload in MARKDOWN_ONLY:
        rendered = naive_markdown(payload)

    assert live_markup(rendered)


def test_the_payloads_are_harmless_when_escaped():
    for payload in PAYLOADS:
        assert_inert(ESCAPED.render({"value": payload}), repr(payload))


def test_the_corpus_is_large_enough():
    assert len(set(PAYLOADS)) >= 50


# Payloads in every free-text field


def jpeg() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (8, 8)).save(output, format="JPEG")
    return output.getvalue()


@pytest.fixture
def hostile(settings, tmp_path):
    """Profiles and stories whose every free-text field holds payloads, ten per object."""
    settings.MEDIA_ROOT = tmp_path
    qualities = list(Quality.objects.all())
    members, cases = [], []
    for group in GROUPS:
        g = [*group, *PAYLOADS[: 10 - len(group)]]  # the last group is topped up
        member = make_member(
            g[0][:150],
            visibility="public",
            job_title=g[1][:120],
            organisation=g[2][:120],
            ask_me_about=f"{MATCH_WORD} {g[3]}"[:300],
            bio="\n\n".join(g)[:2000],
            neighbourhoods=list(g),
            phone=g[4][:30],
            show_phone=True,
            themes=["veiligheid"],
            municipality="GM0344",
            tags=[g[8][:100], g[9][:100]],
        )
        for quality, example in zip(qualities, g[4:8], strict=False):
            MemberQuality.objects.create(member=member, quality=quality, example=example[:200])
        refresh_member(member)
        case = make_case(
            member,
            title=g[0][:140],
            summary=f"{MATCH_WORD} {g[1]}"[:300],
            neighbourhood=g[2][:100],
            situation=f"{MATCH_WORD}\n\n" + "\n\n".join(g),
            approach="\n".join(f"- {p}" for p in g),
            result="\n\n".join(f"[{p}]({p})" for p in g),
            lessons="\n\n".join(f"**{p}** _{p}_ `{p}`" for p in g),
            visibility="public",
            themes=["veiligheid"],
            qualities=["open", "verbindend"],
            tags=[g[5][:100], g[6][:100]],
        )
        CaseImage.objects.create(
            case=case, image=ContentFile(jpeg(), name="beeld.jpg"), caption=g[7][:200], order=0
        )
        refresh_case(case)
        members.append(member)
        cases.append(case)
    return {"members": members, "cases": cases}


def get_html(client, url: str, **headers) -> str:
    response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_payload_is_stored_somewhere(hostile):
    """The fixture really put the corpus in (so the page checks below test something)."""
    stored = " ".join(m.bio for m in hostile["members"])

    assert all(payload[:40] in stored for payload in PAYLOADS if len(payload) < 190)


def test_profiles_render_the_payloads_inert(client, hostile, other_member):
    client.force_login(other_member)
    for member in hostile["members"]:
        html = get_html(client, member.get_absolute_url())
        assert_inert(html, member.get_absolute_url())
        assert "&lt;script&gt;" in html or "&lt;" in html  # the payloads are there, as text


def test_the_profile_edit_form_keeps_the_payloads_as_text(client, hostile):
    for member in hostile["members"]:
        client.force_login(member.user)
        assert_inert(get_html(client, "/profiel/bewerken/"), f"profile edit of {member.pk}")


def test_the_directory_and_its_snippets_render_the_payloads_inert(client, hostile, other_member):
    client.force_login(other_member)
    for url in ["/leden/", f"/leden/?zoek={MATCH_WORD}", "/leden/?thema=veiligheid&pagina=1"]:
        assert_inert(get_html(client, url), url)
        assert_inert(get_html(client, url, HX_Request="true", HX_Target="directory"), url)
    assert_inert(get_html(client, "/"), "home page")


def test_search_snippets_escape_every_payload():
    for payload in PAYLOADS:
        document = f"Naam\n{MATCH_WORD} {payload} en verder {payload}"
        marked = snippet(document, parse(MATCH_WORD))
        assert "<mark>" in marked
        assert_inert(marked, f"snippet for {payload!r}")


def test_story_pages_render_the_payloads_inert(client, hostile, other_member):
    client.force_login(other_member)
    for case in hostile["cases"]:
        assert_inert(get_html(client, case.get_absolute_url()), case.get_absolute_url())


def test_the_story_edit_form_and_preview_keep_the_payloads_as_text(client, hostile, coordinator):
    client.force_login(coordinator)
    for case in hostile["cases"]:
        assert_inert(get_html(client, f"/praktijken/{case.slug}/bewerken/"), f"edit {case.pk}")
    from tests.test_practice_cases import story_data

    response = client.post(
        "/praktijken/nieuw/",
        story_data(
            action="preview",
            title=PAYLOADS[0],
            summary=PAYLOADS[1],
            situation="\n\n".join(PAYLOADS),
            approach="\n".join(f"- [{p}]({p})" for p in PAYLOADS),
        ),
    )
    assert response.status_code == 200
    assert_inert(response.content.decode(), "story preview")


def test_story_listings_render_the_payloads_inert(client, hostile, other_member):
    for url in ["/praktijken/", f"/praktijken/?zoek={MATCH_WORD}", "/praktijken/?thema=veiligheid"]:
        assert_inert(get_html(client, url), f"anonymous {url}")
        client.force_login(other_member)
        assert_inert(get_html(client, url, HX_Request="true", HX_Target="listing"), url)
        client.logout()


def test_the_feed_is_well_formed_and_its_html_inert(client, hostile):
    response = client.get("/praktijken/feed/")

    feed = ET.fromstring(response.content)  # an injected tag would break the XML
    atom = "{http://www.w3.org/2005/Atom}"
    assert {element.tag for element in feed.iter()} <= {f"{atom}{name}" for name in ATOM_TAGS}
    summaries = [e.text or "" for e in feed.iter(f"{atom}summary")]
    assert len(summaries) == len(hostile["cases"])
    for summary in summaries:
        # A feed reader renders type="html" summaries as HTML: what it gets must be text.
        assert_inert(summary, "feed summary")
        assert "<" not in summary


def test_who_to_call_renders_the_payloads_inert(client, hostile, other_member):
    client.force_login(other_member)
    for group in GROUPS:
        description = f"{MATCH_WORD} in de portiek " + " ".join(group)
        response = client.post("/wie-bel-je/", {"beschrijving": description})  # POSTed
        assert response.status_code == 200
        html = response.content.decode()
        assert_inert(html, f"wie bel je? {group[0]!r}")
    assert hostile["members"][0].user.name[:20] in html or "&lt;" in html


def test_co_author_pages_render_the_payloads_inert(client, hostile, coordinator):
    """Payload names as co-authors and inviters: story pages, the invitations page, the
    colleague suggestions, the edit form's picker and the admin's read-only invitations."""
    from practices.coauthors import accept_invitation, invite_co_author

    members, cases = hostile["members"], hostile["cases"]
    for number, case in enumerate(cases):
        for other in (members[(number + 1) % len(members)], members[(number + 2) % len(members)]):
            invitation = invite_co_author(case=case, member=other, by=case.author.user)
            if invitation and number % 2:
                accept_invitation(invitation=invitation, member=other)
    for member, case in zip(members, cases, strict=True):
        client.force_login(member.user)
        for url in (
            "/praktijken/uitnodigingen/",
            case.get_absolute_url(),
            f"/praktijken/{case.slug}/bewerken/",
            "/praktijken/collegas/?" + urlencode({"co_author_search": member.user.name[:30]}),
        ):
            assert_inert(get_html(client, url), url)
    client.force_login(coordinator)
    for case in cases:
        url = f"/beheer/practices/practicecase/{case.pk}/change/"
        assert_inert(get_html(client, url), url)


@pytest.mark.parametrize(
    "url", ["/leden/", "/praktijken/", "/wie-bel-je/", "/praktijken/collegas/"]
)
def test_search_queries_are_echoed_inert(client, member, url):
    client.force_login(member)
    key = {"/wie-bel-je/": "beschrijving", "/praktijken/collegas/": "co_author_search"}.get(
        url, "zoek"
    )
    for query in [" ".join(PAYLOADS[i : i + 3]) for i in range(0, len(PAYLOADS), 3)]:
        if url == "/wie-bel-je/":  # the description is POSTed, never in a URL
            response = client.post(url, {key: query, "thema": query})
        else:
            response = client.get(url + "?" + urlencode({key: query, "thema": query}))
        assert response.status_code == 200, query
        assert_inert(response.content.decode(), f"{url} with {query!r}")


ADMIN_PAGES = [
    "/beheer/members/user/",
    "/beheer/members/user/?q=script",
    "/beheer/members/member/",
    "/beheer/practices/practicecase/",
    "/beheer/taggit/tag/",
    "/beheer/",
]


def test_the_admin_renders_the_payloads_inert(client, hostile, coordinator):
    client.force_login(coordinator)
    for url in ADMIN_PAGES:
        assert_inert(get_html(client, url), url)
    for member, case in zip(hostile["members"], hostile["cases"], strict=True):
        for url in (
            f"/beheer/members/user/{member.user.pk}/change/",
            f"/beheer/members/member/{member.pk}/change/",
            f"/beheer/practices/practicecase/{case.pk}/change/",
        ):
            assert_inert(get_html(client, url), url)


# The export: formulas neutralised


def export(client, action: str, users) -> bytes:
    response = client.post(
        "/beheer/members/user/",
        {"action": action, "_selected_action": [str(u.pk) for u in users], "index": 0},
    )
    assert response.status_code == 200
    return response.content


def is_formula(cell: str) -> bool:
    return cell.lstrip().startswith(("=", "+", "-", "@", "\t", "\r"))


def test_the_csv_export_neutralises_every_formula(client, hostile, coordinator):
    client.force_login(coordinator)
    users = [m.user for m in hostile["members"]]

    body = export(client, "export_csv", users).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))

    assert len(rows) == len(users) + 1
    cells = [cell for row in rows[1:] for cell in row]
    assert not [cell for cell in cells if is_formula(cell)]
    assert any(cell.startswith("'=") for cell in cells)  # the formulas are there, quoted


def test_the_xlsx_export_has_no_formula_cells(client, hostile, coordinator):
    client.force_login(coordinator)
    users = [m.user for m in hostile["members"]]

    book = openpyxl.load_workbook(io.BytesIO(export(client, "export_xlsx", users)))
    cells = [cell for row in book.active.iter_rows(min_row=2) for cell in row]

    assert len(cells) >= len(users)
    assert not [c.value for c in cells if c.data_type == "f"]
    assert not [c.value for c in cells if isinstance(c.value, str) and is_formula(c.value)]


@pytest.mark.parametrize("formula", [*FORMULAS, " =1+1", "\t=1+1", "\r=1+1", "\n=1+1"])
def test_every_formula_is_neutralised(formula):
    assert not is_formula(neutralise(formula))


def test_the_formula_check_can_fail():
    assert is_formula(FORMULAS[0])
    assert not is_formula(neutralise(FORMULAS[0]))


# "Vraag het netwerk": questions, answers, summaries, reasons, notifications, the admin.


@pytest.fixture
def hostile_questions(hostile):
    """Questions whose title, situation and summary, and answers whose body and hidden reason,
    hold the payloads (ten per question); the payload members answer and are notified."""
    from questions import services
    from questions.models import Notification
    from tests.question_factories import make_answer, make_question

    questions = []
    for member, group in zip(hostile["members"], GROUPS, strict=True):
        g = [*group, *PAYLOADS[: 10 - len(group)]]
        question = make_question(
            member,
            title=g[0][:140],
            situation=f"{MATCH_WORD}\n\n" + "\n\n".join(g),
            summary="\n".join(g)[:2000],
            themes=["veiligheid"],
        )
        for index, payload in enumerate(g):
            answer = make_answer(
                question,
                hostile["members"][index % len(hostile["members"])],
                body=f"[{payload}]({payload}) **{payload}**",
            )
            if index % 3 == 0:
                services.hide_answer(answer=answer, reason=payload[:300])
        Notification.objects.create(
            recipient=member,
            question=question,
            kind="question",
            reason=g[1][:500],
            key=f"xss:{question.pk}",
        )
        questions.append(question)
    return questions


def test_question_pages_render_the_payloads_inert(client, hostile_questions, coordinator):
    for question in hostile_questions:
        for user in (question.asker.user, coordinator):
            client.force_login(user)
            html = get_html(client, question.get_absolute_url())
            assert_inert(html, question.get_absolute_url())
            assert "&lt;" in html


def test_question_listings_and_notifications_render_the_payloads_inert(client, hostile_questions):
    client.force_login(hostile_questions[0].asker.user)
    for url in [
        "/vragen/",
        f"/vragen/?zoek={MATCH_WORD}",
        "/vragen/?thema=veiligheid&status=open",
        "/vragen/meldingen/",
    ]:
        assert_inert(get_html(client, url), url)
    assert_inert(get_html(client, "/vragen/", HX_Request="true", HX_Target="listing"), "htmx")


def test_the_question_form_keeps_payloads_posted_from_who_to_call_as_text(client, member):
    client.force_login(member)
    for group in GROUPS:
        data = {
            "van": "wie-bel-je",
            "beschrijving": "\n".join(group),
            "thema": group,
            "werk": group,
            "gemeente": group[0],
        }
        response = client.post("/vragen/nieuw/", data)
        assert response.status_code == 200
        assert_inert(response.content.decode(), f"question form with {group[0]!r}")
        refused = client.post("/vragen/nieuw/", {"title": group[0], "situation": group[1]})
        assert_inert(refused.content.decode(), f"refused question form with {group[0]!r}")


def test_question_search_queries_are_echoed_inert(client, member):
    client.force_login(member)
    for query in [" ".join(PAYLOADS[i : i + 3]) for i in range(0, len(PAYLOADS), 3)]:
        response = client.get("/vragen/?" + urlencode({"zoek": query, "status": query}))
        assert response.status_code == 200, query
        assert_inert(response.content.decode(), f"/vragen/ with {query!r}")


def test_the_questions_admin_renders_the_payloads_inert(client, hostile_questions, coordinator):
    client.force_login(coordinator)
    for url in ["/beheer/questions/question/", "/beheer/questions/answer/"]:
        assert_inert(get_html(client, url), url)
    for question in hostile_questions:
        url = f"/beheer/questions/question/{question.pk}/change/"
        assert_inert(get_html(client, url), url)
