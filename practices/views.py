from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.access import member_required
from members.services import ensure_profile
from practices import services
from practices.forms import CaseForm, CaseImageFormSet, save_case_with_images
from practices.listing import browse_cases
from practices.models import PracticeCase, Recognition
from practices.search import refresh_case


def case_list(request):
    """The faceted listing; an htmx request from the page gets only the swapped part."""
    listing = browse_cases(viewer=request.user, params=request.GET)
    htmx = request.htmx
    partial = htmx and htmx.target == "listing" and not htmx.history_restore_request
    response = render(
        request,
        "practices/includes/case_listing.html" if partial else "practices/case_list.html",
        {"listing": listing, "id": "listing", "list_url": reverse("practices:list")},
    )
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


def case_detail(request, slug: str):
    # Whether the viewer marked the story comes with it (one query less per page view), found
    # by the viewer's user id (no query for their profile).
    mine = {}
    if request.user.is_authenticated and request.user.is_member:
        theirs = Recognition.objects.filter(case=OuterRef("pk"), member__user_id=request.user.pk)
        mine = {f"_marked_{k}": Exists(theirs.filter(kind=k)) for k in Recognition.Kind.values}
    case = get_object_or_404(
        PracticeCase.objects.visible_to(request.user)
        .for_display()
        .with_recognition_counts()
        .annotate(**mine),
        slug=slug,
    )
    marked = {kind for kind in Recognition.Kind.values if getattr(case, f"_marked_{kind}", False)}
    return render(
        request,
        "practices/case_detail.html",
        {
            "case": case,
            "can_edit": case.can_edit(request.user),
            "marked": marked,
            "related": case.related_cases(viewer=request.user),
        },
    )


def _get_editable(request, slug: str) -> PracticeCase:
    """Someone else's story that the viewer cannot read is a 404; one they can only read, a 403."""
    case = get_object_or_404(PracticeCase.objects.visible_to(request.user).for_display(), slug=slug)
    if not case.can_edit(request.user):
        raise PermissionDenied
    return case


def _edit(request, case: PracticeCase | None):
    author = ensure_profile(user=request.user) if case is None else case.author
    instance = case or PracticeCase(author=author)
    preview = None
    if request.method == "POST":
        action = request.POST.get("action", "draft")
        form = CaseForm(request.POST, instance=instance, author=author)
        images = CaseImageFormSet(request.POST, request.FILES, instance=instance)
        if form.is_valid() and images.is_valid():
            if action == "preview":
                preview = form.save(commit=False)
                preview.render_sections()
                if request.FILES:
                    messages.warning(
                        request,
                        _(
                            "Browsers do not keep chosen files: choose the images again when you save."
                        ),
                    )
            else:
                status = {
                    "publish": PracticeCase.Status.PUBLISHED,
                    "draft": PracticeCase.Status.DRAFT if case is None else None,
                }.get(action)
                # One transaction: a story is stored with its search text or not at all (a
                # database lost in between must not leave a saved story behind an error page).
                with transaction.atomic():
                    saved = save_case_with_images(form, images, status=status)
                    refresh_case(saved)
                if saved.status == PracticeCase.Status.PUBLISHED:
                    messages.success(request, _("Your story is published."))
                else:
                    messages.success(
                        request, _("Saved. Only you, your co-authors and coordinators see it.")
                    )
                return redirect(saved)
        else:
            messages.error(
                request, _("The story was not saved yet: please check the marked fields.")
            )
    else:
        form = CaseForm(instance=instance, author=author)
        images = CaseImageFormSet(instance=instance)
    return render(
        request,
        "practices/case_form.html",
        {"form": form, "images": images, "case": case, "preview": preview},
    )


@member_required
def case_create(request):
    return _edit(request, None)


@member_required
def case_edit(request, slug: str):
    return _edit(request, _get_editable(request, slug))


@member_required
@require_POST
def case_status(request, slug: str):
    case = _get_editable(request, slug)
    action = request.POST.get("action")
    if action == "archive":
        services.archive_case(case=case)
        messages.success(request, _("The story is archived: it no longer appears in listings."))
    elif action == "publish":
        services.publish_case(case=case)
        messages.success(request, _("Your story is published."))
    else:
        messages.error(request, _("Unknown action."))
    return redirect(case)


@member_required
@require_POST
def recognise(request, slug: str):
    case = get_object_or_404(PracticeCase.objects.visible_to(request.user).published(), slug=slug)
    kind = request.POST.get("kind", "")
    if kind not in Recognition.Kind.values:
        raise Http404
    member = ensure_profile(user=request.user)
    services.toggle_recognition(case=case, member=member, kind=kind)
    if request.htmx:
        case = PracticeCase.objects.with_recognition_counts().get(pk=case.pk)
        marked = set(
            Recognition.objects.filter(case=case, member=member).values_list("kind", flat=True)
        )
        return render(
            request, "practices/includes/recognition.html", {"case": case, "marked": marked}
        )
    return redirect(case)
