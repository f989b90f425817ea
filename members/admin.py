from __future__ import annotations

import taggit.admin  # noqa: F401  (registers taggit's TagAdmin first, so ours replaces it)
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.models import Tag

from lpb import search
from members import exports, imports, privacy, services, tags
from members.models import (
    ContactMessage,
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
    list_display = [
        "name",
        "email",
        "status",
        "member__organisation",
        "member__municipality",
        "date_joined",
        "is_staff",
    ]
    list_select_related = ["member__municipality"]
    list_filter = [
        "status",
        "member__municipality__province",
        "member__qualities",
        "member__themes",
        "member__organisation_type",
        "date_joined",
        "is_staff",
    ]
    show_facets = admin.ShowFacets.ALWAYS
    search_fields = ["name", "email", "member__organisation", "member__municipality__name"]
    ordering = ["email"]  # for the admin checks; get_ordering() decides
    actions = ["approve", "decline", "make_alumni", "export_csv", "export_xlsx"]
    change_list_template = "admin/members/user/change_list.html"
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

    def delete_model(self, request, obj):
        """Deleting a member's account here removes what the member could delete themselves
        (files, admin history, unused tags), keeping shared stories anonymised; staff accounts
        are deleted as Django does."""
        if obj.is_staff or obj.is_superuser:
            return super().delete_model(request, obj)
        plan = privacy.deletion_plan(obj)
        privacy.delete_account(
            user=obj, keep={work.key for work in plan.works if work.involves_others}
        )

    def get_deleted_objects(self, objs, request):
        """What goes with the account: the confirmation page lists it, but deleting the
        account is one permission (the messages and logs it takes along are not deleted one by
        one, so nobody holds a delete permission for them)."""
        deleted, counts, _permissions_needed, protected = super().get_deleted_objects(objs, request)
        return deleted, counts, set(), protected

    def delete_queryset(self, request, queryset):
        for user in queryset:
            self.delete_model(request, user)

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

    def has_change_permission(self, request, obj=None):
        # An administrator's account is not a coordinator's to change (they may view it).
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def user_change_password(self, request, id, form_url=""):
        # Passwords are each person's own (or an administrator's): never a coordinator's.
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)

    def get_urls(self):
        urls = [
            path(
                "import/",
                self.admin_site.admin_view(self.import_view),
                name="members_user_import",
            )
        ]
        return urls + super().get_urls()

    def has_import_permission(self, request) -> bool:
        """Coordinators import member lists: it needs changing accounts and profiles."""
        return request.user.has_perms(["members.change_user", "members.change_member"])

    def import_view(self, request):
        """Upload → preview per row (nothing written) → confirm → one atomic import."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import members"),
            "form": ImportForm(),
        }
        if request.method == "POST" and "confirm" in request.POST:
            try:
                payload = signing.loads(request.POST["payload"], salt=IMPORT_SALT, max_age=3600)
            except (KeyError, signing.BadSignature):
                self.message_user(
                    request, _("The preview expired; upload the file again."), messages.ERROR
                )
                return HttpResponseRedirect(request.path)
            plans = imports.plan(payload["rows"])
            if any(p.action == "error" for p in plans):  # the database changed since the preview
                context.update(self._preview(payload["rows"], plans, payload["filename"]))
                return TemplateResponse(request, "admin/members/user/import.html", context)
            created, updated = imports.apply(plans, by=request.user, filename=payload["filename"])
            self.message_user(
                request,
                _("Import done: %(created)d created (invited by e-mail), %(updated)d updated.")
                % {"created": created, "updated": updated},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(reverse("admin:members_user_changelist"))
        if request.method == "POST":
            form = ImportForm(request.POST, request.FILES)
            context["form"] = form
            if form.is_valid():
                upload = form.cleaned_data["file"]
                try:
                    rows = imports.read_rows(upload)
                except imports.ImportFileError as error:
                    form.add_error("file", str(error))
                else:
                    context.update(self._preview(rows, imports.plan(rows), upload.name))
        return TemplateResponse(request, "admin/members/user/import.html", context)

    def _preview(self, rows: list[dict], plans: list, filename: str) -> dict:
        return {
            "plans": plans,
            "filename": filename,
            "has_errors": any(p.action == "error" for p in plans),
            "creates": sum(p.action == "create" for p in plans),
            "updates": sum(p.action == "update" for p in plans),
            # The rows travel with the confirm form, signed: nothing is stored in between.
            "payload": signing.dumps(
                {"rows": rows, "filename": filename}, salt=IMPORT_SALT, compress=True
            ),
        }

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

    @admin.action(description=_("Make selected members alumni"))
    def make_alumni(self, request, queryset):
        skipped = queryset.filter(is_staff=True).count()
        changed = sum(
            services.make_alumni(user=user, by=request.user)
            for user in queryset.filter(is_staff=False, is_superuser=False)
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d member is now alumni.", "%(count)d members are now alumni.", changed
            )
            % {"count": changed},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                _("Coordinators cannot be made alumni; they were skipped."),
                messages.WARNING,
            )

    @admin.action(description=_("Export selected as CSV (Excel)"))
    def export_csv(self, request, queryset):
        users = exports.for_export(queryset.order_by("name", "email"))
        response = HttpResponse(exports.members_csv(users), content_type="text/csv; charset=utf-8")
        return self._exported(request, response, users, "csv")

    @admin.action(description=_("Export selected as Excel workbook (.xlsx)"))
    def export_xlsx(self, request, queryset):
        users = exports.for_export(queryset.order_by("name", "email"))
        response = HttpResponse(exports.members_xlsx(users), content_type=exports.XLSX_TYPE)
        return self._exported(request, response, users, "xlsx")

    def _exported(self, request, response, users, extension: str):
        filename = f"lpb-leden-{timezone.localdate().isoformat()}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        # Who took whose data out of the site is part of each member's history (AVG).
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=list(users),
            action_flag=CHANGE,
            change_message=f"Exported as {extension.upper()}",
        )
        return response


IMPORT_SALT = "members.admin.import"


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Member list"),
        help_text=_(
            "A .csv or .xlsx file with a header row. Columns: name, e-mail, organisation, "
            "job title, municipality, themes (separated by commas). Only e-mail is required "
            "for people already in the network."
        ),
    )


class VocabularyAdmin(admin.ModelAdmin):
    """Coordinators edit labels, descriptions and order; codes are fixed once created."""

    list_display = ["name_nl", "name_en", "code", "order"]
    list_editable = ["order"]
    search_fields = ["name_nl", "name_en", "code", "synonyms"]

    def get_readonly_fields(self, request, obj=None):
        return ["code"] if obj else []

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:  # people and stories are found by the labels: rebuild what uses this term
            search.term_changed(obj)

    def has_delete_permission(self, request, obj=None):
        # Terms are referenced by profiles and stories: one in use cannot be deleted (that would
        # silently drop data); an unused one can, one at a time from its own page.
        if obj is None or term_in_use(obj):
            return False
        return super().has_delete_permission(request, obj)


def term_in_use(term) -> bool:
    """Whether any profile, story or other row refers to ``term`` (through any relation)."""
    for rel in term._meta.related_objects:
        accessor = rel.get_accessor_name()
        if rel.many_to_many:
            if getattr(term, accessor).exists():
                return True
        elif (
            rel.one_to_many
            and rel.related_model._default_manager.filter(**{rel.field.name: term}).exists()
        ):
            return True
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
    list_filter = [
        "visibility",
        "user__status",
        "municipality__province",
        "qualities",
        "themes",
        "organisation_type",
    ]
    search_fields = ["user__name", "user__email", "organisation", "municipality__name"]
    list_select_related = ["user", "municipality"]
    autocomplete_fields = [
        "municipality",
        "organisation_type",
        "role_images",
        "work_practices",
        "themes",
    ]
    show_facets = admin.ShowFacets.ALWAYS
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


admin.site.unregister(Tag)


class MergeTagsForm(forms.Form):
    into = forms.ModelChoiceField(
        queryset=Tag.objects.none(),
        widget=forms.RadioSelect,
        label=_("Merge into"),
        empty_label=None,
    )

    def __init__(self, *args, tags, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = tags


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    """Free expertise and story tags: usage counts, rename (edit), merge (action)."""

    list_display = ["name", "slug", "members_count", "stories_count", "usage_count"]
    search_fields = ["name"]
    ordering = ["name"]
    fields = ["name", "slug"]
    actions = ["merge"]

    def get_queryset(self, request):
        return tags.with_usage(super().get_queryset(request))

    @admin.display(description=_("profiles"), ordering="usage_taggedmember")
    def members_count(self, tag):
        return getattr(tag, "usage_taggedmember", 0)

    @admin.display(description=_("stories"), ordering="usage_taggedcase")
    def stories_count(self, tag):
        return getattr(tag, "usage_taggedcase", 0)

    @admin.display(description=_("used"), ordering="usage")
    def usage_count(self, tag):
        return tag.usage

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change:  # renamed: profiles and stories are found by their tags' names
            search.term_changed(obj)

    def has_delete_permission(self, request, obj=None):
        # A tag in use disappears from profiles and stories when deleted: merge it instead.
        if obj is not None and tags.with_usage(Tag.objects.filter(pk=obj.pk))[0].usage:
            return False
        return super().has_delete_permission(request, obj)

    @admin.action(description=_("Merge selected tags into one"), permissions=["merge"])
    def merge(self, request, queryset):
        selected = queryset.order_by("name")
        if selected.count() < 2:
            self.message_user(request, _("Select at least two tags to merge."), messages.WARNING)
            return None
        form = MergeTagsForm(request.POST if "into" in request.POST else None, tags=selected)
        if form.is_valid():
            into = form.cleaned_data["into"]
            moved = tags.merge_tags(tags=list(selected), into=into, by=request.user)
            self.message_user(
                request,
                ngettext(
                    "Merged into “%(tag)s”; %(count)d profile or story moved.",
                    "Merged into “%(tag)s”; %(count)d profiles and stories moved.",
                    moved,
                )
                % {"tag": into.name, "count": moved},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge tags"),
            "opts": self.opts,
            "form": form,
            "tags": tags.with_usage(selected).order_by("-usage", "name"),  # most used first
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/taggit/tag/merge.html", context)

    def has_merge_permission(self, request) -> bool:
        return request.user.has_perms(["taggit.change_tag", "taggit.delete_tag"])


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """The log of messages sent through profiles: read-only, for handling complaints of abuse.

    Entries older than ``members.models.contact.RETENTION`` are removed automatically.
    """

    list_display = ["created_at", "sender", "recipient", "subject"]
    list_select_related = ["sender", "recipient"]
    list_filter = ["created_at"]
    search_fields = ["sender__name", "sender__email", "recipient__name", "recipient__email"]
    date_hierarchy = "created_at"
    fields = ["created_at", "sender", "recipient", "subject", "body"]
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
