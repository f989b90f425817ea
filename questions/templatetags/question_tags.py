from html import escape

from django import template
from django.utils.formats import date_format
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext

from lpb.links import slug_urls
from questions.dashboard import question_stats
from questions.notifications import cached_unread

register = template.Library()


@register.inclusion_tag("questions/includes/notifications_link.html", takes_context=True)
def notifications_link(context):
    """The header's link to the notifications, with the unread count (no query: the cache)."""
    user = context["request"].user
    return {"unread": cached_unread(user.pk)}


@register.inclusion_tag("questions/includes/dashboard.html", takes_context=True)
def questions_dashboard(context):
    """Questions without an answer after three days; the median time to a first answer."""
    if not context["request"].user.has_perm("questions.view_question"):
        return {"show": False}
    return {"show": True, "stats": question_stats()}


@register.simple_tag
def question_cards(questions) -> SafeString:
    """The ``<li>`` cards of ``questions`` (as ``questions.listing.for_cards`` reads them),
    built as strings like the stories' cards (``practices.templatetags.case_cards``): title
    and link, status, number of answers, place, date, the search snippet and the themes.
    Every value is escaped, except the translations (as in a template) and a snippet marked
    safe (``lpb.search.snippet``)."""
    themes_label = gettext("Themes")  # translations are trusted, as in templates
    question_url = slug_urls("questions:detail")
    cards = []
    for question in questions:
        answers = ngettext("%(counter)s answer", "%(counter)s answers", question.answer_count) % {
            "counter": question.answer_count
        }
        place = f" · {escape(question.municipality.name)}" if question.municipality else ""
        asked = escape(date_format(localtime(question.created_at), "j M Y"))
        card = [
            '<li><article class="card question-card">\n'
            f'  <h3 class="question-card__title"><a href="{escape(question_url(question.slug))}">'
            f"{escape(question.title)}</a></h3>\n"
            f'  <p class="muted question-card__meta"><span class="badge badge--'
            f'{escape(str(question.status))}">{escape(str(question.get_status_display()))}</span> · '
            f"{answers}{place} · {asked}</p>\n  "
        ]
        if getattr(question, "snippet", ""):
            card.append(f'<p class="snippet">{conditional_escape(question.snippet)}</p>')
        card.append("\n  ")
        themes = question.themes.all()
        if themes:
            chips = "".join(f'<li class="chip">{escape(str(theme.name))}</li>' for theme in themes)
            card.append(f'<ul class="chips" aria-label="{themes_label}">{chips}</ul>')
        card.append("\n</article>\n</li>")
        cards.append("".join(card))
    return mark_safe("".join(cards))  # every value above is escaped
