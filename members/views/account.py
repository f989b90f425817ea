from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render


@login_required
def waiting(request):
    """Where an account lands until a coordinator approves it."""
    if request.user.is_member:
        return redirect("home")
    return render(request, "members/waiting.html")
