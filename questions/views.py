"""“Vraag het netwerk” (``/vragen/``): thin views over ``questions.services``."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from lpb.forms import LARGEST_ID
from members.access import member_required
from members.models import Theme
from members.services import ensure_profile
from practices.models import member_id_of
from questions import notifications, services
from questions.forms import (
    PRIVACY_WARNING,
    AnswerForm,
    AvailabilityForm,
    CloseForm,
    QuestionForm,
    initial_from_who_to_call,
)
from questions.listing import STATUS_KEYS, browse_questions
from questions.models import Answer, Availability, Follow, Notification, Question


@member_required
def question_list(request):
    listing = browse_questions(viewer=request.user, params=request.GET)
    htmx = request.htmx
    partial = htmx and htmx.target == "listing" and not htmx.history_restore_request
    my_themes = list(
        Theme.objects.filter(members__user_id=request.user.pk).values_list("code", flat=True)
    )
    mine = urlencode(
        [("status", STATUS_KEYS[Question.Status.OPEN]), *(("thema", c) for c in my_themes)]
    )
    response = render(
        request,
        "questions/includes/question_listing.html" if partial else "questions/question_list.html",
        {
            "listing": listing,
            "id": "listing",
            "list_url": reverse("questions:list"),
            "unanswered_in_my_themes": mine if my_themes else "",
        },
    )
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


@member_required
def question_create(request):
    asker = ensure_profile(user=request.user)
    if request.method == "POST" and request.POST.get("van") == "wie-bel-je":
        form = QuestionForm(initial=initial_from_who_to_call(request.POST))
    elif request.method == "POST":
        form = QuestionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                question = services.ask_question(
                    asker=asker,
                    title=data["title"],
                    situation=data["situation"],
                    themes=data["themes"],
                    work=data["work_practices"],
                    municipality=data["municipality"],
                    audience=data["audience"],
                )
            except services.LimitReached:
                messages.error(request, limit_message())
            else:
                sent = question.recipients.count()
                messages.success(
                    request,
                    ngettext(
                        "Your question is posted and was sent to %(count)s peer who can help.",
                        "Your question is posted and was sent to %(count)s peers who can help.",
                        sent,
                    )
                    % {"count": sent}
                    if sent
                    else _("Your question is posted. Members who follow these themes will see it."),
                )
                return redirect(question)
        else:
            messages.error(
                request, _("The question was not posted yet: please check the marked fields.")
            )
    else:
        form = QuestionForm()
    return render(
        request,
        "questions/question_form.html",
        {"form": form, "warning": PRIVACY_WARNING, "left": services.questions_left_today(asker)},
    )


def limit_message() -> str:
    from django.conf import settings

    return _(
        "You asked %(count)s questions in the last 24 hours, the most the network allows. "
        "Your text is still below: post it tomorrow, or add to one of your open questions."
    ) % {"count": settings.QUESTIONS_PER_DAY}


def _readable(request, slug: str) -> Question:
    return get_object_or_404(Question.objects.readable_by(request.user).for_display(), slug=slug)


@member_required
def question_detail(request, slug: str):
    question = _readable(request, slug)
    return _detail(request, question)


def _detail(request, question: Question, *, answer_form=None, close_form=None, status=200):
    member_id = member_id_of(request.user)
    answers = list(
        question.answers.select_related("author__user", "author__municipality").order_by(
            "created_at", "pk"
        )
    )
    follow = Follow.objects.filter(question=question, member_id=member_id).first()
    unread = Notification.objects.filter(
        recipient_id=member_id, question=question, read_at__isnull=True
    )
    if member_id and unread.exists():
        notifications.mark_read(member=request.user.member, question=question)
    is_asker = question.is_asked_by(request.user)
    return render(
        request,
        "questions/question_detail.html",
        {
            "question": question,
            "answers": answers,
            "is_asker": is_asker,
            "is_coordinator": request.user.is_coordinator,
            "member_id": member_id,
            "follow": follow,
            "follower_count": question.follows.filter(reason=Follow.Reason.SAME).count(),
            "answer_form": answer_form or AnswerForm(),
            "close_form": close_form or CloseForm(),
            "warning": PRIVACY_WARNING,
        },
        status=status,
    )


@member_required
@require_POST
def question_answer(request, slug: str):
    question = _readable(request, slug)
    if question.is_closed:
        messages.error(request, _("This question is closed; it takes no new answers."))
        return redirect(question)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your answer was not posted yet: please check it."))
        return _detail(request, question, answer_form=form, status=400)
    services.answer_question(
        question=question, author=ensure_profile(user=request.user), body=form.cleaned_data["body"]
    )
    messages.success(request, _("Thank you: your answer is posted."))
    return redirect(question)


def _own(request, slug: str) -> Question:
    """The asker's own question: another's readable question is a 403."""
    question = _readable(request, slug)
    if not question.is_asked_by(request.user):
        raise PermissionDenied
    return question


@member_required
@require_POST
def answer_helpful(request, slug: str, pk: int):
    question = _own(request, slug)
    if pk > LARGEST_ID:
        raise Http404
    answer = get_object_or_404(Answer, question=question, pk=pk)
    helpful = request.POST.get("helpful") != "0"
    services.mark_helpful(answer=answer, helpful=helpful)
    return redirect(f"{question.get_absolute_url()}#antwoord-{answer.pk}")


@member_required
@require_POST
def question_follow(request, slug: str):
    question = _readable(request, slug)
    following = services.toggle_follow(question=question, member=ensure_profile(user=request.user))
    messages.success(
        request,
        _("You follow this question: you hear about new answers.")
        if following
        else _("You no longer follow this question."),
    )
    return redirect(question)


@member_required
@require_POST
def question_email(request, slug: str):
    question = _readable(request, slug)
    email = request.POST.get("email") == "1"
    services.set_email(question=question, member=ensure_profile(user=request.user), email=email)
    messages.success(
        request,
        _("You get e-mail about this question.")
        if email
        else _("No more e-mail about this question; the notifications stay in the site."),
    )
    return redirect(question)


@member_required
@require_POST
def question_close(request, slug: str):
    question = _own(request, slug)
    if request.POST.get("action") == "reopen":
        services.reopen_question(question=question)
        messages.success(request, _("The question is open again."))
        return redirect(question)
    form = CloseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a short summary of what worked before you close it."))
        return _detail(request, question, close_form=form, status=400)
    services.close_question(question=question, summary=form.cleaned_data["summary"])
    messages.success(request, _("The question is closed. Thank you for the summary."))
    return redirect(question)


@member_required
@require_POST
def question_story(request, slug: str):
    question = _own(request, slug)
    if not question.is_closed:
        messages.error(request, _("Close the question with a summary first."))
        return redirect(question)
    if question.story_id:
        return redirect("practices:edit", slug=question.story.slug)
    story = services.make_story(question=question, author=ensure_profile(user=request.user))
    messages.success(
        request,
        _(
            "A draft story is ready. The helpful answerers are invited as co-authors; their "
            "names show once they accept."
        ),
    )
    return redirect("practices:edit", slug=story.slug)


@member_required
def notification_list(request):
    member = ensure_profile(user=request.user)
    items = list(
        Notification.objects.filter(recipient=member)
        .select_related("question")
        .order_by("-created_at", "-pk")[:50]
    )
    unread = sum(1 for n in items if n.read_at is None)
    if request.method == "POST":
        notifications.mark_read(member=member)
        return redirect("questions:notifications")
    # "3 nieuwe antwoorden" per question, above the list.
    new_answers: dict[int, list] = {}
    for item in items:
        if item.kind == Notification.Kind.ANSWER and item.read_at is None:
            new_answers.setdefault(item.question_id, [item.question, 0])[1] += 1
    return render(
        request,
        "questions/notifications.html",
        {"items": items, "unread": unread, "new_answers": list(new_answers.values())},
    )


@member_required
def availability(request):
    member = ensure_profile(user=request.user)
    instance = Availability.objects.filter(member=member).first() or Availability(
        member=member, active=False
    )
    if request.method == "POST":
        form = AvailabilityForm(request.POST, instance=instance)
        if form.is_valid():
            form.save()
            messages.success(request, _("Saved: your choices for questions from the network."))
            return redirect("questions:availability")
        messages.error(request, _("Not saved yet: please check the marked fields."))
    else:
        form = AvailabilityForm(instance=instance)
    return render(request, "questions/availability.html", {"form": form})
