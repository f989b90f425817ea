from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from digests import services
from digests.forms import PreferencesForm
from digests.models import DigestSubscription
from members.models import Member


@login_required
def preferences(request):
    """Choose the digest. Only members can: pending and former members read why not."""
    subscription = DigestSubscription.objects.filter(user=request.user).first()
    subscription = subscription or DigestSubscription(user=request.user)
    if request.method == "POST":
        if not request.user.is_member:
            raise PermissionDenied
        form = PreferencesForm(request.POST, instance=subscription)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your choice for the e-mail digest has been saved."))
            return redirect("digests:preferences")
    else:
        form = PreferencesForm(instance=subscription)
    profile = (
        Member.objects.filter(user=request.user)
        .select_related("municipality__province")
        .prefetch_related("themes")
        .first()
    )
    return render(
        request,
        "digests/preferences.html",
        {"form": form, "subscription": subscription, "profile": profile},
    )


# The link in every digest, and its List-Unsubscribe header: the signed token is the
# authorisation, so there is no login and no CSRF token (mail providers POST to it directly,
# as RFC 8058 describes). A GET only asks, so a link checker cannot unsubscribe anyone.
@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    try:
        user = services.user_for_token(token)
    except services.InvalidToken:
        return render(request, "digests/unsubscribe_invalid.html", status=400)
    if user is None:
        return render(request, "digests/unsubscribe_invalid.html", status=404)
    if request.method == "POST":
        services.unsubscribe(user)
        return render(request, "digests/unsubscribed.html")
    return render(request, "digests/unsubscribe.html")
