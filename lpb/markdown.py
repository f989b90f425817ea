"""Member-written Markdown to safe HTML.

Two locks: markdown-it renders with raw HTML switched off (its ``commonmark`` preset would pass
``<script>`` straight through), and nh3 sanitises the result against an allow-list, so that no
script, event handler or ``javascript:`` link survives whatever the parser lets through.
Callers store the result; it is not re-rendered on every view.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt

_parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_parser.disable("image")  # images come through the checked upload, not from anywhere on the web

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code", "pre",
    "h2", "h3", "h4", "hr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}


def render_markdown(text: str) -> str:
    """Safe HTML for ``text``; headings are shifted down so a section never outranks the page."""
    html = _parser.render(text or "")
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener",
    )
