"""Who may see what. One place for the rules, used by every view."""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect


def member_required(view):
    """Members-only pages: anonymous visitors log in, pending accounts see the waiting page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_member:
            return redirect("members:waiting")
        return view(request, *args, **kwargs)

    return wrapper


def may_view_photo(user, name: str) -> bool:
    """A profile photo goes to whoever may see the profile (``Member.objects.visible_to``)."""
    from members.models import Member

    return Member.objects.visible_to(user).filter(photo=name).exists()
