"""“Wie bel je?” (``/wie-bel-je/``): describe a situation, get the peers and stories that fit.

The description is POSTed (it may name residents and addresses): never in a URL, so never in
a proxy log or the browser history, and never logged here.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from members.access import member_required
from practices.match_form import WhoToCallForm
from practices.match_words import MAX_DESCRIPTION
from practices.matching import directory_params, match

COORDINATORS_EMAIL = "netwerk@lpbnetwerk.nl"


@sensitive_post_parameters("beschrijving")
@member_required
def who_to_call(request):
    """The form (GET), and once it is sent (POST), the answer on top of the same page."""
    submitted = request.method == "POST"
    form = WhoToCallForm(request.POST if submitted else None)
    context = {"form": form, "submitted": submitted, "coordinators_email": COORDINATORS_EMAIL}
    if submitted and form.is_valid():
        situation = form.situation()
        if form.was_cut:
            messages.warning(
                request,
                _(
                    "Your description was longer than %(limit)s characters; we used the "
                    "first %(limit)s."
                )
                % {"limit": MAX_DESCRIPTION},
            )
            form.data = form.data.copy()
            form.data["beschrijving"] = situation.description
        if not situation:
            context["ask_more"] = True
        else:
            answer = match(situation, viewer=request.user)
            context.update(
                answer=answer,
                suggested_labels=[answer.labels["theme"].get(c, c) for c in answer.suggested],
                # A lasting tension the description runs into, linked to its explanation.
                suggested_tensions=[
                    (
                        answer.labels["tension"].get(code, code),
                        f"{reverse('craft')}#spanning-{code}",
                    )
                    for code in answer.suggested_by_kind.get("tension", [])[:2]
                ],
                directory_query=urlencode(directory_params(answer)),
                chosen_count=len(situation.themes)
                + len(situation.work)
                + bool(situation.province or situation.municipality),
            )
    return render(request, "practices/who_to_call.html", context)
