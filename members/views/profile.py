from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from members.access import login_for_members_only
from members.contact import can_contact
from members.forms import ProfileForm
from members.models import Member
from members.services import ensure_profile


def profile_detail(request, slug: str):
    """A member's profile, as far as the viewer may see it; anything else is a 404."""
    member = Member.objects.visible_to(request.user).for_display().filter(slug=slug).first()
    if member is None:
        return login_for_members_only(
            request,
            Member.objects.members_only().filter(slug=slug),
            line=_(
                "This profile is for members of the network. Log in to see it: "
                "you will come straight back to it."
            ),
        )
    viewer_is_member = request.user.is_authenticated and request.user.is_member
    return render(
        request,
        "members/profile_detail.html",
        {
            "member": member,
            "is_own": request.user.is_authenticated and member.user_id == request.user.pk,
            "show_email": viewer_is_member and member.show_email,
            "show_phone": viewer_is_member and member.show_phone and member.phone,
            "can_contact": can_contact(request.user, member),
        },
    )


@login_required
def profile_edit(request):
    """Edit my profile. Pending members may fill it in while they wait for approval."""
    member = ensure_profile(user=request.user)
    member = Member.objects.for_display().get(pk=member.pk)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES, instance=member)
        if form.is_valid():
            member = form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect(member)
        messages.error(
            request, _("Your profile was not saved yet: please check the marked fields.")
        )
    else:
        form = ProfileForm(instance=member)
    return render(request, "members/profile_edit.html", {"form": form, "member": member})
