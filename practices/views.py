from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.forms.utils import ErrorDict
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members.access import login_for_members_only, member_required
from members.services import ensure_profile
from practices import coauthors, services
from practices.forms import CaseForm, CaseImageFormSet, find_colleagues, save_case_with_images
from practices.listing import browse_cases
from practices.models import CoAuthorInvitation, PracticeCase, Recognition, member_id_of
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
    case = _readable_case(request.user, slug)
    if case is None:
        return login_for_members_only(
            request,
            PracticeCase.objects.members_only().filter(slug=slug),
            line=_(
                "This practice story is for members of the network. Log in to read it: "
                "you will come straight back to it."
            ),
        )
    invitation = None
    if getattr(case, "_invited", False):
        invitation = CoAuthorInvitation.objects.filter(
            case=case, member__user_id=request.user.pk, status=CoAuthorInvitation.Status.PENDING
        ).first()
    return render(
        request,
        "practices/case_detail.html",
        {
            "case": case,
            "bylines": case.bylines(request.user),
            "can_edit": case.can_edit(request.user),
            "can_leave": any(m.user_id == request.user.pk for m in case.co_authors.all()),
            "invitation": invitation,
            "marked": case.load_recognitions(request.user),
            "related": case.related_cases(viewer=request.user),
        },
    )


def _readable_case(viewer, slug: str) -> PracticeCase | None:
    """The story as its page shows it, if ``viewer`` may read it (``visible_to``).

    A published story the viewer may read as such (nearly every page view) is checked on the
    loaded row, without ``visible_to``'s subqueries in the query; any other story is asked of
    ``visible_to`` itself. Whether the viewer is invited to co-sign it comes with it, found by
    their user id (no query for their profile); the invitation is read only when they are.
    """
    cases = PracticeCase.objects.for_page()
    if viewer.is_authenticated and viewer.is_member:
        cases = cases.annotate(
            _invited=Exists(
                CoAuthorInvitation.objects.filter(
                    case=OuterRef("pk"),
                    member__user_id=viewer.pk,
                    status=CoAuthorInvitation.Status.PENDING,
                )
            )
        )
    case = cases.filter(slug=slug).first()
    if case is None or not (
        case.is_published_for(viewer)
        or PracticeCase.objects.visible_to(viewer).filter(pk=case.pk).exists()
    ):
        return None
    case.load_images_and_co_authors()
    return case


def _get_editable(request, slug: str) -> PracticeCase:
    """Someone else's story that the viewer cannot read is a 404; one they can only read, a 403."""
    case = get_object_or_404(PracticeCase.objects.visible_to(request.user).for_display(), slug=slug)
    if not case.can_edit(request.user):
        raise PermissionDenied
    return case


def _quiet(form, images) -> None:
    """Show a posted form again as typed, without judging it (a search for co-authors)."""
    form._errors = ErrorDict()
    images._errors, images._non_form_errors = [], images.error_class()
    for image_form in images.forms:
        image_form._errors = ErrorDict()


def _edit(request, case: PracticeCase | None):
    author = ensure_profile(user=request.user) if case is None else case.author
    instance = case or PracticeCase(author=author)
    preview = None
    if request.method == "POST":
        action = request.POST.get("action", "draft")
        publishing = action == "publish" or (
            action == "save" and instance.status == PracticeCase.Status.PUBLISHED
        )
        form = CaseForm(
            request.POST,
            instance=instance,
            author=author,
            editor=request.user,
            publishing=publishing,
        )
        images = CaseImageFormSet(
            request.POST,
            request.FILES,
            instance=instance,
            # A preview saves nothing, so it decodes no image either.
            form_kwargs={"owner": request.user, "process_images": action != "preview"},
        )
        if action == "find":  # "Find" colleagues by name without JavaScript: nothing is saved
            _quiet(form, images)
        elif form.is_valid() and images.is_valid():
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
        form = CaseForm(instance=instance, author=author, editor=request.user)
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
    elif action == "publish" and case.missing_to_publish():
        messages.error(
            request,
            _(
                "A published story needs at least the situation and the approach. "
                "Fill them in, then publish."
            ),
        )
        return redirect("practices:edit", slug=case.slug)
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
        marked = case.load_recognitions(request.user)
        return render(
            request, "practices/includes/recognition.html", {"case": case, "marked": marked}
        )
    return redirect(case)


# Co-authorship by consent (practices.coauthors)


@member_required
def co_author_suggestions(request):
    """Colleagues matching a name, as checkboxes for the story form (htmx fills them in)."""
    listed = {
        pk
        for value in [request.GET.get("listed", ""), *request.GET.getlist("co_authors")]
        for pk in value.split(",")
        if pk.strip().isdigit()
    }
    query = request.GET.get("co_author_search", "")
    members = [m for m in find_colleagues(request.user, query) if str(m.pk) not in listed]
    return render(
        request,
        "practices/includes/co_author_suggestions.html",
        {"suggestions": members, "searched": len(" ".join(query.split())) >= 2},
    )


@member_required
def invitations(request):
    """The invitations to co-sign a story waiting for my answer, and the stories I co-sign."""
    member = ensure_profile(user=request.user)
    pending = list(
        CoAuthorInvitation.objects.filter(member=member, status=CoAuthorInvitation.Status.PENDING)
        .select_related("case", "invited_by")
        .order_by("-created_at", "pk")
    )
    co_signed = list(
        member.co_authored_cases.select_related("author__user").order_by("-created_at", "pk")
    )
    return render(
        request,
        "practices/invitations.html",
        {"pending": pending, "co_signed": co_signed, "viewer": request.user},
    )


@member_required
@require_POST
def answer_invitation(request, pk: int):
    """Accept or decline an invitation: only the invitee may, anyone else gets a 404."""
    member = ensure_profile(user=request.user)
    invitation = get_object_or_404(
        CoAuthorInvitation.objects.select_related("case"),
        pk=pk,
        member=member,
        status=CoAuthorInvitation.Status.PENDING,
    )
    action = request.POST.get("action")
    if action == "accept":
        coauthors.accept_invitation(invitation=invitation, member=member)
        messages.success(request, _("You co-sign this story now: your name shows on it."))
        return redirect(invitation.case)
    if action == "decline":
        coauthors.decline_invitation(invitation=invitation, member=member)
        messages.success(request, _("You declined: nothing about you shows on the story."))
        return redirect("practices:invitations")
    messages.error(request, _("Unknown action."))
    return redirect("practices:invitations")


@member_required
@require_POST
def leave_case(request, slug: str):
    """A co-author takes their name off a story; anyone who is not a co-author gets a 403."""
    case = get_object_or_404(PracticeCase.objects.visible_to(request.user), slug=slug)
    member_id = member_id_of(request.user)
    if member_id is None or not case.co_authors.filter(pk=member_id).exists():
        raise PermissionDenied
    coauthors.leave_case(case=case, member=case.co_authors.get(pk=member_id))
    messages.success(request, _("Your name is no longer on this story."))
    return redirect("practices:invitations")
