from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from practices import services
from practices.models import CaseImage, PracticeCase


class CaseImageInline(admin.TabularInline):
    model = CaseImage
    extra = 0
    fields = ["image", "caption", "order"]


@admin.register(PracticeCase)
class PracticeCaseAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "municipality", "status", "visibility", "featured"]
    list_filter = ["status", "featured", "visibility", "themes", "qualities"]
    search_fields = ["title", "summary", "author__user__name", "municipality__name"]
    list_select_related = ["author__user", "municipality"]
    autocomplete_fields = ["municipality", "author", "co_authors"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    filter_horizontal = ["qualities", "work_practices", "themes", "partner_types"]
    inlines = [CaseImageInline]
    actions = ["publish", "archive", "feature", "unfeature"]
    show_facets = admin.ShowFacets.ALWAYS

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
