from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from practices import services
from practices.models import CaseImage, CoAuthorInvitation, PracticeCase


class CaseImageInline(admin.TabularInline):
    model = CaseImage
    extra = 0
    fields = ["image", "caption", "order"]


class CoAuthorInvitationInline(admin.TabularInline):
    """Who was asked to co-sign and what they answered: read-only, consent is the member's."""

    model = CoAuthorInvitation
    fk_name = "case"
    extra = 0
    fields = ["member", "invited_by", "status", "created_at", "answered_at"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = _("co-author invitations (answered by the invited members)")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("member__user", "invited_by")


@admin.register(PracticeCase)
class PracticeCaseAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "author",
        "municipality",
        "status",
        "visibility",
        "featured",
        "recognisable_count",
        "useful_count",
    ]
    list_filter = ["status", "featured", "visibility", "themes", "qualities", "tensions"]
    search_fields = ["title", "summary", "author__user__name", "municipality__name"]
    list_select_related = ["author__user", "municipality"]
    autocomplete_fields = ["municipality", "author"]
    # Co-authors accept an invitation themselves: the admin shows them, it does not add them.
    readonly_fields = [
        "co_authors",
        "published_at",
        "created_at",
        "updated_at",
        "recognisable_count",
        "useful_count",
    ]
    filter_horizontal = ["qualities", "work_practices", "themes", "partner_types", "tensions"]
    inlines = [CaseImageInline, CoAuthorInvitationInline]
    actions = ["publish", "archive", "feature", "unfeature"]
    show_facets = admin.ShowFacets.ALWAYS

    def get_queryset(self, request):
        # Both recognition counts in the list's own query: no query per row.
        return super().get_queryset(request).with_recognition_counts()

    @admin.display(description=_("“I know this situation”"), ordering="recognisable_count")
    def recognisable_count(self, case: PracticeCase) -> int:
        return case.recognisable_count

    @admin.display(description=_("“Useful”"), ordering="useful_count")
    def useful_count(self, case: PracticeCase) -> int:
        return case.useful_count

    @admin.action(description=_("Publish selected stories"))
    def publish(self, request, queryset):
        cases = list(queryset)
        for case in cases:
            services.publish_case(case=case)
        self._done(request, cases, "Published")

    @admin.action(description=_("Archive selected stories"))
    def archive(self, request, queryset):
        cases = list(queryset)
        for case in cases:
            services.archive_case(case=case)
        self._done(request, cases, "Archived")

    @admin.action(description=_("Feature selected stories on the home page"))
    def feature(self, request, queryset):
        cases = list(queryset)  # before the update: the changelist may filter on "featured"
        PracticeCase.objects.filter(pk__in=[c.pk for c in cases]).update(featured=True)
        self._done(request, cases, "Featured")

    @admin.action(description=_("Stop featuring selected stories"))
    def unfeature(self, request, queryset):
        cases = list(queryset)  # before the update: the changelist may filter on "featured"
        PracticeCase.objects.filter(pk__in=[c.pk for c in cases]).update(featured=False)
        self._done(request, cases, "Stopped featuring")

    def _done(self, request, cases: list[PracticeCase], message: str) -> None:
        """Every story the action touched gets an entry in the admin history."""
        LogEntry.objects.log_actions(
            user_id=request.user.pk, queryset=cases, action_flag=CHANGE, change_message=message
        )
        count = len(cases)
        self.message_user(
            request,
            ngettext("%(count)d story changed.", "%(count)d stories changed.", count)
            % {"count": count},
            messages.SUCCESS,
        )
