"""``/vakmanschap/``: the craftsmanship model, explained (public; see ``practices.craft``)."""

from __future__ import annotations

from django.shortcuts import render

from practices.craft import craft_page


def craft(request):
    return render(request, "craft.html", {"craft": craft_page(viewer=request.user)})
