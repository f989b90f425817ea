"""Privacy for members: who sees my profile, download my data, delete my account."""

from __future__ import annotations

from types import SimpleNamespace

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from members.contact import can_contact
from members.models import Member, User
from members.privacy import (
    collect_export,
    delete_account,
    deletion_plan,
    personal_data_summary,
    zip_chunks,
)
from members.privacy_forms import DeleteAccountForm, PrivacySettingsForm
from members.services import ensure_profile

# The preview's audiences, as they appear in the address (?voorbeeld=bezoeker).
AS_MEMBER, AS_VISITOR = "lid", "bezoeker"


@login_required
def privacy_settings(request):
    """Who sees my profile and contact details, explained, with a preview of what they see."""
    member = ensure_profile(user=request.user)
    if request.method == "POST":
        form = PrivacySettingsForm(request.POST, instance=member)
        if form.is_valid():
            form.save()
            messages.success(request, _("Your privacy settings have been saved."))
            return redirect("members:privacy")
        messages.error(request, _("Your settings were not saved yet: please check the choices."))
    else:
        form = PrivacySettingsForm(instance=member)
    audience = AS_VISITOR if request.GET.get("voorbeeld") == AS_VISITOR else AS_MEMBER
    # The preview shows what is saved, not what an invalid form just put on the instance.
    saved = Member.objects.for_display().get(pk=member.pk)
    return render(
        request,
        "members/privacy/settings.html",
        {"form": form, "member": saved, "preview": _preview(request, saved, audience)},
    )


def _preview(request, member: Member, audience: str) -> SimpleNamespace:
    """The profile page's context as a member, or a visitor without an account, would get it.

    A member is an unsaved approved account: the same rules (``visible_to``, ``can_contact``)
    decide as on the real page. The partial reads the viewer from ``user`` and ``request``.
    """
    viewer = User(status=User.Status.ACTIVE, is_active=True) if audience == AS_MEMBER else None
    viewer = viewer or AnonymousUser()
    viewer_is_member = viewer.is_authenticated and viewer.is_member
    return SimpleNamespace(
        audience=audience,
        as_member=AS_MEMBER,
        as_visitor=AS_VISITOR,
        visible=Member.objects.visible_to(viewer).filter(pk=member.pk).exists(),
        viewer=viewer,
        request=SimpleNamespace(user=viewer, path=request.path),
        show_email=viewer_is_member and member.show_email,
        show_phone=viewer_is_member and member.show_phone and member.phone,
        can_contact=can_contact(viewer, member),
    )


@never_cache
@login_required
def data_download(request):
    """A page that explains the download; its button POSTs, so no other site can start it."""
    if request.method == "POST":
        export = collect_export(request.user)
        response = StreamingHttpResponse(zip_chunks(export), content_type="application/zip")
        response["Content-Disposition"] = content_disposition_header(True, export.filename)
        return response
    return render(
        request,
        "members/privacy/download.html",
        {"summary": personal_data_summary(request.user)},
    )


@never_cache
@login_required
def account_delete(request):
    """Delete my account after the password; per shared story: keep it anonymous or delete."""
    plan = deletion_plan(request.user)
    staff = request.user.is_staff or request.user.is_superuser
    status = 200
    if request.method == "POST" and staff:
        status = 403
        form = DeleteAccountForm(request=request, plan=plan)
    elif request.method == "POST":
        form = DeleteAccountForm(request.POST, request=request, plan=plan)
        if form.is_valid():
            delete_account(user=request.user, keep=form.kept_works())
            logout(request)
            messages.success(
                request,
                _(
                    "Your account has been deleted, with everything in it. "
                    "Thank you for taking part."
                ),
            )
            return redirect("home")
        messages.error(request, _("Your account was not deleted: please check the marked fields."))
    else:
        form = DeleteAccountForm(request=request, plan=plan)
    return render(
        request,
        "members/privacy/delete.html",
        {"form": form, "plan": plan, "staff": staff},
        status=status,
    )
