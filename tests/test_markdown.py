"""Member-written Markdown renders inert, whatever is thrown at it, in every story section."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from lpb.markdown import render_markdown
from members.services import ensure_profile
from practices.models import SECTIONS
from tests.practice_factories import make_case

XSS_CORPUS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">klik</a>',
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klik](vbscript:msgbox(1))",
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "![x](javascript:alert(1))",
    '[x](https://ok.nl "onmouseover=alert(1)")',
    "<details open ontoggle=alert(1)>",
    "&#x3C;script&#x3E;alert(1)&#x3C;/script&#x3E;",
    "`<script>alert(1)</script>`",
    "<<script>script>alert(1)<</script>/script>",
    '<form action="https://evil.example"><button>Go</button></form>',
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
]

SAFE_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre",
             "h2", "h3", "h4", "hr"}  # fmt: skip


class LiveMarkup(HTMLParser):
    """Collects what a browser would act on: elements, event handlers, link schemes."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in SAFE_TAGS:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"style", "src", "srcdoc", "action"}:
                self.problems.append(f"attribute {name} on <{tag}>")
            if name == "href" and not re.match(r"^(https?:|mailto:)", value or "", re.I):
                self.problems.append(f"link {value!r}")


def live_markup(html: str) -> list[str]:
    parser = LiveMarkup()
    parser.feed(html)
    return parser.problems


@pytest.mark.parametrize("attack", XSS_CORPUS)
def test_the_xss_corpus_renders_inert(attack):
    html = render_markdown(attack)
    assert live_markup(html) == [], html


@pytest.mark.parametrize("section", SECTIONS)
def test_every_story_section_is_stored_sanitised_and_shown_so(client, member, section):
    author = ensure_profile(user=member)
    attack = "\n\n".join(XSS_CORPUS)
    case = make_case(author, visibility="public", **{section: attack})
    assert live_markup(getattr(case, f"{section}_html")) == []
    page = client.get(case.get_absolute_url()).content.decode()
    assert getattr(case, f"{section}_html") in page  # shown exactly as stored, sanitised


def test_links_are_kept_and_marked_as_user_content():
    html = render_markdown("[LPB](https://www.lpb.nl)")
    assert html == ('<p><a href="https://www.lpb.nl" rel="nofollow ugc noopener">LPB</a></p>\n')


def test_markdown_basics_survive():
    html = render_markdown("# Kop\n\n**vet** en *schuin*\n\n- een\n- twee\n\n> citaat")
    for part in [
        "<h2>Kop</h2>",
        "<strong>vet</strong>",
        "<em>schuin</em>",
        "<li>een</li>",
        "<blockquote>",
    ]:
        assert part in html
