"""Who may see what. One place for the rules, used by every view."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import QuerySet
from django.http import Http404, HttpResponse
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


def login_for_members_only(request, members_only: QuerySet, *, line: str) -> HttpResponse:
    """For a page the viewer may not see: the login page, then back here, when the viewer is
    logged out and the page is one that every member may see (``members_only`` holds it);
    otherwise a 404.

    A shared link to a members-only story or profile should not look broken to a colleague who
    is not logged in. Drafts, archived stories, hidden profiles and pages that do not exist all
    stay a 404, alike, so this reveals nothing about them; it only tells a logged-out visitor
    that a members-only page exists at this address, without its title or name.
    """
    if request.user.is_authenticated or request.method not in ("GET", "HEAD"):
        raise Http404
    if not members_only.exists():
        raise Http404
    messages.info(request, line)
    return redirect_to_login(request.get_full_path())
