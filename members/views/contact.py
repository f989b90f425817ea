"""Contact a member through the site: ``/leden/<slug>/bericht/``."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from members.access import member_required
from members.contact import (
    DAILY_LIMIT,
    LimitReached,
    NotDelivered,
    can_contact,
    next_available,
    send_contact_message,
)
from members.models import Member
from members.models.contact import RETENTION
from members.privacy_forms import ContactForm


@member_required
def contact(request, slug: str):
    """Write to a member; the site e-mails it with the sender as Reply-To."""
    member = get_object_or_404(
        Member.objects.visible_to(request.user).select_related("user"), slug=slug
    )
    if member.user_id == request.user.pk:
        messages.info(request, _("This is your own profile: you cannot send yourself a message."))
        return redirect(member)
    if not can_contact(request.user, member):
        raise Http404
    status = 200
    if request.method == "POST":
        form = ContactForm(request.POST)
        if form.is_valid():
            try:
                send_contact_message(
                    sender=request.user,
                    recipient=member.user,
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                )
            except LimitReached:
                status = 429
                form.add_error(None, _("You have reached today’s limit; your text is kept below."))
            except NotDelivered:
                status = 503
                form.add_error(
                    None, _("The message could not be sent just now. Please try again later.")
                )
            else:
                messages.success(
                    request,
                    _("Your message has been sent to %(name)s. A reply comes to your e-mail.")
                    % {"name": member.name},
                )
                return redirect(member)
    else:
        form = ContactForm()
    return render(
        request,
        "members/contact.html",
        {
            "member": member,
            "form": form,
            "available_at": next_available(request.user),
            "daily_limit": DAILY_LIMIT,
            "retention_days": RETENTION.days,
        },
        status=status,
    )
