from __future__ import annotations

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from members import services
from members.models import User

admin.site.site_header = _("LPB Netwerk — administration")
admin.site.site_title = _("LPB Netwerk — administration")
admin.site.index_title = _("Curate the network")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["name", "email", "status", "date_joined", "is_staff"]
    list_filter = ["status", "is_staff", "is_active", "date_joined"]
    search_fields = ["name", "email"]
    ordering = ["email"]
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

    def get_queryset(self, request):
        # The pending queue comes first: that is what coordinators come here for.
        return (
            super()
            .get_queryset(request)
            .alias(
                pending_first=Case(
                    When(status=User.Status.PENDING, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("pending_first", "-date_joined")
        )

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
