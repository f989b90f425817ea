from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from lpb import search
from members import services
from members.models import (
    Member,
    MemberQuality,
    Municipality,
    OrganisationType,
    Province,
    Quality,
    RoleImage,
    Theme,
    User,
    WorkPractice,
)
from members.search import refresh_member

admin.site.site_header = _("LPB Netwerk — administration")
admin.site.site_title = _("LPB Netwerk — administration")
admin.site.index_title = _("Curate the network")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["name", "email", "status", "date_joined", "is_staff"]
    list_filter = ["status", "is_staff", "is_active", "date_joined"]
    search_fields = ["name", "email"]
    ordering = ["email"]  # for the admin checks; get_ordering() decides
    actions = ["approve", "decline"]
    readonly_fields = ["status_changed_at", "status_changed_by", "last_login", "date_joined"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Person"), {"fields": ["name", "language"]}),
        (
            _("Membership"),
            {"fields": ["status", "status_changed_at", "status_changed_by", "is_active"]},
        ),
        (_("Rights"), {"fields": ["is_staff", "is_superuser", "groups", "user_permissions"]}),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "name", "password1", "password2"]}),
    ]

    def get_ordering(self, request):
        # The pending queue comes first: that is what coordinators come here for. (The
        # changelist puts get_ordering() before a queryset's own order_by, so it goes here.)
        pending_first = Case(
            When(status=User.Status.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return [pending_first.asc(), "-date_joined"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            # Coordinators curate membership; rights and passwords stay with administrators.
            fields += ["password", "is_staff", "is_superuser", "groups", "user_permissions"]
        return fields

    @admin.action(description=_("Approve selected sign-ups (sends an e-mail)"))
    def approve(self, request, queryset):
        changed = sum(services.approve_member(user=user, by=request.user) for user in queryset)
        self.message_user(
            request,
            ngettext("%(count)d member approved.", "%(count)d members approved.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )

    @admin.action(description=_("Decline selected sign-ups (sends an e-mail)"))
    def decline(self, request, queryset):
        skipped = queryset.filter(is_staff=True).count()
        changed = sum(
            services.decline_member(user=user, by=request.user)
            for user in queryset.filter(is_staff=False, is_superuser=False)
        )
        self.message_user(
            request,
            ngettext("%(count)d sign-up declined.", "%(count)d sign-ups declined.", changed)
            % {"count": changed},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request, _("Coordinators cannot be declined; they were skipped."), messages.WARNING
            )


class VocabularyAdmin(admin.ModelAdmin):
    """Coordinators edit labels, descriptions and order; codes are fixed once created."""

    list_display = ["name_nl", "name_en", "code", "order"]
    list_editable = ["order"]
    search_fields = ["name_nl", "name_en", "code"]

    def get_readonly_fields(self, request, obj=None):
        return ["code"] if obj else []

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:  # people and stories are found by the labels: rebuild what uses this term
            search.term_changed(obj)

    def has_delete_permission(self, request, obj=None):
        # Terms are referenced by profiles and stories; deleting one would silently drop data.
        return False


@admin.register(Quality)
class QualityAdmin(VocabularyAdmin):
    list_display = [*VocabularyAdmin.list_display, "colour", "icon"]


for model in (WorkPractice, RoleImage, Theme, OrganisationType):
    admin.site.register(model, VocabularyAdmin)


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ["name", "code"]
    search_fields = ["name"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_name", "cbs_code", "province"]
    list_filter = ["province"]
    search_fields = ["name", "cbs_name", "aliases", "cbs_code"]
    readonly_fields = ["cbs_code", "cbs_name", "province"]
    list_select_related = ["province"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        search.term_changed(obj)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class MemberQualityInline(admin.TabularInline):
    model = MemberQuality
    extra = 0
    autocomplete_fields = ["quality"]


@admin.register(Member)
class MemberAdmin(admin.ModelAdmin):
    list_display = ["__str__", "job_title", "organisation", "municipality", "visibility"]
    list_filter = ["visibility", "user__status", "municipality__province", "organisation_type"]
    search_fields = ["user__name", "user__email", "organisation", "municipality__name"]
    list_select_related = ["user", "municipality"]
    autocomplete_fields = ["municipality", "role_images", "work_practices", "themes"]
    readonly_fields = ["user", "created_at", "updated_at"]
    inlines = [MemberQualityInline]
    fieldsets = [
        (None, {"fields": ["user", "slug", "visibility"]}),
        (
            _("Work"),
            {"fields": ["job_title", "organisation", "organisation_type", "years_active"]},
        ),
        (_("Place"), {"fields": ["municipality", "neighbourhoods"]}),
        (
            _("Craft and themes"),
            {"fields": ["work_practices", "role_images", "themes", "tags", "ask_me_about", "bio"]},
        ),
        (_("Contact"), {"fields": ["photo", "phone", "show_email", "show_phone"]}),
        (_("Dates"), {"fields": ["created_at", "updated_at"]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        refresh_member(form.instance)
