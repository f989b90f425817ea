"""The reasons “Wie bel je?” gives for a peer: each made from a piece of the scored evidence."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _join(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return _("%(first)s and %(last)s") % {"first": ", ".join(labels[:-1]), "last": labels[-1]}


def reasons(
    peer, *, names: dict[str, dict[str, str]], place: dict[str, str], titles: dict
) -> list[str]:
    """Plain-language reasons, each made from a piece of the peer's evidence."""
    e = peer.evidence
    out: list[str] = []
    if e.stories_by_theme:
        for code, count in sorted(e.stories_by_theme.items(), key=lambda item: -item[1])[:2]:
            out.append(
                ngettext(
                    "wrote %(count)d story about %(theme)s",
                    "wrote %(count)d stories about %(theme)s",
                    count,
                )
                % {"count": count, "theme": names["theme"].get(code, code)}
            )
    elif e.stories:
        out.append(
            _("wrote a story that matches: “%(title)s”") % {"title": titles.get(e.stories[0], "")}
        )
    themes = [names["theme"].get(c, c) for c in e.themes_profile]
    if themes and e.place == "municipality":
        out.append(
            _("works on %(themes)s in %(municipality)s")
            % {"themes": _join(themes), "municipality": place["municipality"]}
        )
    elif themes and e.place == "province":
        out.append(
            _("works on %(themes)s in a municipality in %(province)s")
            % {"themes": _join(themes), "province": place["province"]}
        )
    elif themes:
        out.append(_("works on %(themes)s") % {"themes": _join(themes)})
    elif e.place == "municipality":
        out.append(_("works in %(municipality)s") % {"municipality": place["municipality"]})
    elif e.place == "province":
        out.append(_("works in a municipality in %(province)s") % {"province": place["province"]})
    if e.thinks_along:
        out.append(_("likes to think along outside their own region"))
    work = list(dict.fromkeys([*e.work_profile, *e.work_stories]))
    if work:
        out.append(
            _("strong in %(work)s") % {"work": _join([names["work"].get(c, c) for c in work])}
        )
    if e.qualities_stories:
        code, count = max(e.qualities_stories.items(), key=lambda item: (item[1], item[0]))
        out.append(
            ngettext(
                "showed %(quality)s in %(count)d story",
                "showed %(quality)s in %(count)d stories",
                count,
            )
            % {"quality": names["quality"].get(code, code), "count": count}
        )
    if e.ask_me_words:
        out.append(_("ask me about: %(words)s") % {"words": ", ".join(e.ask_me_words[:4])})
    elif e.profile_words:
        out.append(_("profile mentions: %(words)s") % {"words": ", ".join(e.profile_words[:4])})
    if e.recognitions:
        out.append(
            ngettext(
                "colleagues recognised their stories %(count)d time",
                "colleagues recognised their stories %(count)d times",
                e.recognitions,
            )
            % {"count": e.recognitions}
        )
    return out
