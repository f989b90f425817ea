"""The reasons “Wie bel je?” gives for a peer: each made from a piece of the scored evidence.

Reasons quote only meaningful words (never a stop word: they come from ``lpb.analysis``), name
vocabulary in the viewer's language, and carry the passage of the profile or story that
matched, its matching words in ``<mark>`` (escaped: the passage is safe HTML).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _


@dataclass
class Reason:
    text: str
    passage: SafeString | str = ""  # the matching passage, with <mark>
    url: str = ""  # where the passage comes from (a story), if not the profile

    def __str__(self) -> str:
        return self.text


def _join(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return _("%(first)s and %(last)s") % {"first": ", ".join(labels[:-1]), "last": labels[-1]}


def reasons(peer, *, parsed) -> list[Reason]:
    """Plain-language reasons, each made from a piece of the peer's evidence."""
    e = peer.evidence
    out: list[Reason] = []
    if e.story_passage:
        out.append(
            Reason(
                _("wrote a story that matches: “%(title)s”") % {"title": e.story_title},
                e.story_passage,
                e.story_url,
            )
        )
    if e.profile_passage:
        words = ", ".join(e.profile_words[:4])
        out.append(Reason(_("their profile says: %(words)s") % {"words": words}, e.profile_passage))
    labels = parsed.labels
    themes = [labels["theme"].get(c, c) for c in e.vocabulary.get("theme", [])]
    place = parsed.municipality or parsed.named_municipality
    province = parsed.province or parsed.named_province
    if themes:
        out.append(Reason(_("works on %(themes)s") % {"themes": _join(themes)}))
    if e.place == "municipality" and place:
        out.append(Reason(_("works in %(municipality)s") % {"municipality": place.name}))
    elif e.place == "province" and province:
        out.append(
            Reason(_("works in a municipality in %(province)s") % {"province": province.name})
        )
    if e.thinks_along:
        out.append(Reason(_("likes to think along outside their own region")))
    work = [labels["work"].get(c, c) for c in e.vocabulary.get("work", [])]
    if work:
        out.append(Reason(_("strong in %(work)s") % {"work": _join(work)}))
    roles = [labels["role"].get(c, c) for c in e.vocabulary.get("role", [])]
    if roles:
        out.append(Reason(_("is seen as %(roles)s") % {"roles": _join(roles)}))
    for kind, codes in e.vocabulary.items():  # vocabularies added later (e.g. tensions)
        if kind not in ("theme", "work", "role") and codes:
            names = _join([labels.get(kind, {}).get(c, c) for c in codes])
            out.append(Reason(_("knows about %(terms)s") % {"terms": names}))
    return out


def reason_html(reason: Reason) -> SafeString:
    """A reason as HTML (used by tests and plain renderings)."""
    if reason.passage:
        return format_html("{}: <q>{}</q>", reason.text, reason.passage)
    return format_html("{}", reason.text)
