from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render

from members.access import member_required
from members.models import User


@login_required
def waiting(request):
    """Where an account lands until a coordinator approves it."""
    if request.user.is_member:
        return redirect("home")
    return render(request, "members/waiting.html")


@member_required
def member_list(request):
    members = User.objects.active_members().only("name", "date_joined").order_by("name")
    page = Paginator(members, 24).get_page(request.GET.get("pagina"))
    return render(request, "members/member_list.html", {"page": page})
