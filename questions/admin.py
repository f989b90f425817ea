"""Questions and answers in ``/beheer/``: hide an answer with a reason (its author sees it),
close or merge duplicates, forward a question to a named member."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from members.models import Member
from questions import services
from questions.models import Answer, Question


class AnswerInline(admin.StackedInline):
    model = Answer
    extra = 0
    fields = ["author", "body", "helpful", "hidden_reason", "created_at"]
    readonly_fields = ["author", "body", "helpful", "created_at"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class QuestionAdminForm(forms.ModelForm):
    forward_to = forms.EmailField(
        label=_("Forward to a member"),
        required=False,
        help_text=_(
            "The e-mail address of a member: they get the question as if the routing had "
            "chosen them."
        ),
    )

    class Meta:
        model = Question
        fields = ["title", "status", "audience", "merged_into", "summary"]

    def clean_forward_to(self) -> Member | None:
        email = self.cleaned_data.get("forward_to")
        if not email:
            return None
        member = (
            Member.objects.in_directory().select_related("user").filter(user__email__iexact=email)
        ).first()
        if member is None:
            raise forms.ValidationError(_("No member of the network has this e-mail address."))
        return member


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ["title", "asker", "status", "answer_count", "created_at", "first_answer_at"]
    list_filter = ["status", "audience", "themes"]
    search_fields = ["title", "asker__user__name"]
    list_select_related = ["asker__user"]
    readonly_fields = ["asker", "situation", "created_at", "first_answer_at", "closed_at"]
    fields = [
        "title",
        "asker",
        "situation",
        "status",
        "audience",
        "summary",
        "merged_into",
        "forward_to",
        "created_at",
        "first_answer_at",
        "closed_at",
    ]
    raw_id_fields = ["merged_into"]
    inlines = [AnswerInline]
    actions = ["close", "merge"]
    show_facets = admin.ShowFacets.ALWAYS

    def has_add_permission(self, request):
        return False  # members ask; the admin curates

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        member = form.cleaned_data.get("forward_to")
        if member:
            services.forward_question(question=obj, member=member, by=request.user)
            self.message_user(request, _("The question was forwarded to %s.") % member)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Answer:
            return super().save_formset(request, form, formset, change)
        for answer in formset.save(commit=False):
            services.hide_answer(answer=answer, reason=answer.hidden_reason)

    @admin.action(description=_("Close selected questions"))
    def close(self, request, queryset):
        questions = list(queryset)
        queryset.update(status=Question.Status.CLOSED, closed_at=timezone.now())
        self._done(request, questions, "Closed")

    @admin.action(description=_("Merge selected questions into the oldest one"))
    def merge(self, request, queryset):
        questions = sorted(queryset, key=lambda q: (q.created_at, q.pk))
        if len(questions) < 2:
            self.message_user(request, _("Choose at least two questions to merge."), messages.ERROR)
            return
        for duplicate in questions[1:]:
            services.merge_questions(duplicate=duplicate, into=questions[0])
        self._done(request, questions[1:], f"Merged into #{questions[0].pk}")

    def _done(self, request, questions: list[Question], message: str) -> None:
        LogEntry.objects.log_actions(
            user_id=request.user.pk, queryset=questions, action_flag=CHANGE, change_message=message
        )
        count = len(questions)
        self.message_user(
            request,
            ngettext("%(count)d question changed.", "%(count)d questions changed.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["question", "author", "helpful", "hidden_reason", "created_at"]
    list_filter = ["helpful"]
    search_fields = ["question__title", "author__user__name"]
    list_select_related = ["question", "author__user"]
    fields = ["question", "author", "body", "helpful", "hidden_reason", "created_at"]
    readonly_fields = ["question", "author", "body", "helpful", "created_at"]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        services.hide_answer(answer=obj, reason=obj.hidden_reason)
