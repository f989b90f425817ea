"""“Wie bel je?” (``/wie-bel-je/``): describe a situation, get the peers and stories that fit."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from members.access import member_required
from practices.match_form import WhoToCallForm
from practices.match_words import MAX_DESCRIPTION
from practices.matching import directory_params, match

COORDINATORS_EMAIL = "netwerk@lpbnetwerk.nl"


@member_required
def who_to_call(request):
    """The form, and once it is sent (GET), the answer on the same page."""
    submitted = bool(request.GET)
    form = WhoToCallForm(request.GET if submitted else None)
    answer = None
    context = {"form": form, "submitted": submitted, "coordinators_email": COORDINATORS_EMAIL}
    if submitted and form.is_valid():
        situation = form.situation()
        shown = request.GET.copy()
        if form.was_cut:
            messages.warning(
                request,
                _(
                    "Your description was longer than %(limit)s characters; we used the "
                    "first %(limit)s."
                )
                % {"limit": MAX_DESCRIPTION},
            )
            shown["beschrijving"] = situation.description
        if not situation:
            context["ask_more"] = True
        else:
            answer = match(situation, viewer=request.user)
            if answer.suggested:
                shown.setlist("thema", answer.suggested)
            params = urlencode(directory_params(answer))
            context.update(
                answer=answer,
                suggested_labels=[answer.labels["theme"].get(c, c) for c in answer.suggested],
                directory_query=params,
            )
        form.data = shown  # the form shows the cut text and the suggested themes
    return render(request, "practices/who_to_call.html", context)
