from __future__ import annotations

import logging

import taggit.admin  # noqa: F401  (registers taggit's TagAdmin first, so ours replaces it)
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.models import Tag

from lpb.sessions import end_sessions
from members import exports, imports, privacy, services, tags
from members.models import (
    ContactMessage,
    ContextTrend,
    Member,
    MemberQuality,
    Municipality,
    OrganisationType,
    Province,
    Quality,
    RoleImage,
    Tension,
    Theme,
    User,
    WordGroup,
    WorkPractice,
)

logger = logging.getLogger(__name__)

admin.site.site_header = _("LPB Netwerk — administration")
admin.site.site_title = _("LPB Netwerk — administration")
admin.site.index_title = _("Curate the network")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = [
        "name",
        # What an applicant said at sign-up, next to the name: what a coordinator judges by.
        "job_title",
        "organisation",
        "municipality",
        "email",
        "status",
        "date_joined",
        "is_staff",
    ]
    list_select_related = ["member__municipality__province"]
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
    readonly_fields = [
        "password_state",
        "status_changed_at",
        "status_changed_by",
        "last_login",
        "date_joined",
        "job_title",
        "organisation",
        "municipality",
    ]
    fieldsets = [
        # The password itself (algorithm, salt, hash) is never shown: only whether one is set.
        (None, {"fields": ["email", "password_state"]}),
        (_("Person"), {"fields": ["name", "language"]}),
        # What an applicant said at sign-up: what the coordinator judges the sign-up by.
        (_("Work"), {"fields": ["job_title", "organisation", "municipality"]}),
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

    @admin.display(description=_("job title"), ordering="member__job_title")
    def job_title(self, user: User) -> str:
        return getattr(_profile(user), "job_title", "")

    @admin.display(description=_("organisation"), ordering="member__organisation")
    def organisation(self, user: User) -> str:
        return getattr(_profile(user), "organisation", "")

    @admin.display(description=_("municipality"), ordering="member__municipality__name")
    def municipality(self, user: User) -> str:
        place = getattr(_profile(user), "municipality", None)
        if place is None:
            return ""
        return f"{place.name} ({place.province.name})"

    def delete_model(self, request, obj):
        """Deleting a member's account here removes what the member could delete themselves
        (files, admin history, unused tags), keeping shared stories anonymised; staff accounts
        are deleted as Django does."""
        if obj.is_staff or obj.is_superuser:
            user_pk = obj.pk
            super().delete_model(request, obj)
            transaction.on_commit(lambda: end_sessions(user_pk))
            return None
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

    @admin.display(description=_("Password"))
    def password_state(self, obj):
        """Whether a usable password is set; never its algorithm, salt or hash."""
        if obj is None or not obj.pk:
            return "—"
        if obj.has_usable_password():
            return _("A password is set.")
        return _("No password is set.")

    @admin.display(description=_("Password"))
    def password_state_and_link(self, obj):
        """For administrators: the state and a link to set a new password."""
        if obj is None or not obj.pk:
            return "—"
        return format_html(
            '{} <a href="{}">{}</a>',
            self.password_state(obj),
            reverse("admin:auth_user_password_change", args=[obj.pk]),
            _("Set a password"),
        )

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or not request.user.is_superuser:
            return fieldsets
        return [
            (
                name,
                {
                    **options,
                    "fields": [
                        "password_state_and_link" if f == "password_state" else f
                        for f in options["fields"]
                    ],
                },
            )
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), "password_state_and_link"]
        if not request.user.is_superuser:
            # Coordinators curate membership; an account's e-mail address, password and rights
            # stay with its owner (allauth's e-mail page, with verification) and administrators,
            # so a coordinator cannot redirect a password reset and take the account over.
            fields += ["email", "is_staff", "is_superuser", "groups", "user_permissions"]
        return fields

    def has_change_permission(self, request, obj=None):
        # Staff accounts (coordinators, administrators) are only an administrator's to change;
        # a coordinator may view them.
        if obj is not None and is_staff_account(obj) and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and is_staff_account(obj) and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

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
            plans = imports.plan(payload["rows"], by=request.user)
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
                    context.update(
                        self._preview(rows, imports.plan(rows, by=request.user), upload.name)
                    )
                except imports.ImportFileError as error:
                    form.add_error("file", str(error))
                except Exception:
                    # A file we did not foresee: a clear message on the form, the details in the
                    # log, never a server error.
                    logger.exception("Member import preview failed for %s", upload.name)
                    form.add_error(
                        "file",
                        _("This file could not be read; check its columns, or save it again."),
                    )
        return TemplateResponse(request, "admin/members/user/import.html", context)

    def _preview(self, rows: list[dict], plans: list, filename: str) -> dict:
        return {
            "plans": plans,
            "filename": filename,
            "has_errors": any(p.action == "error" for p in plans),
            "creates": sum(p.action == "create" for p in plans),
            "updates": sum(p.action == "update" for p in plans),
            "skips": sum(p.action == "skip" for p in plans),
            "empty_columns": imports.empty_columns(rows),
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


def _profile(user: User) -> Member | None:
    """The user's profile, or None for an account without one (an administrator)."""
    try:
        return user.member
    except Member.DoesNotExist:
        return None


IMPORT_SALT = "members.admin.import"


def is_staff_account(user: User) -> bool:
    return user.is_staff or user.is_superuser


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


for model in (WorkPractice, RoleImage, Tension, ContextTrend, Theme, OrganisationType):
    admin.site.register(model, VocabularyAdmin)


@admin.register(WordGroup)
class WordGroupAdmin(admin.ModelAdmin):
    """The thesaurus of “Wie bel je?”: coordinators add the words people type for what
    colleagues write in other words."""

    list_display = ["__str__"]
    search_fields = ["words"]


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
    readonly_fields = ["account", "created_at", "updated_at"]
    inlines = [MemberQualityInline]
    fieldsets = [
        (None, {"fields": ["account", "slug", "visibility"]}),
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

    @admin.display(description=_("account"))
    def account(self, member: Member) -> str:
        url = reverse("admin:members_user_change", args=[member.user_id])
        return format_html('<a href="{}">{}</a>', url, member.user.email)


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

    Coordinators see who wrote to whom and when, never the subject or the text: a member who
    reports a message forwards it themselves (the privacy statement says so). Entries older
    than ``members.models.contact.RETENTION`` are removed automatically.
    """

    list_display = ["created_at", "sender", "recipient"]
    list_select_related = ["sender", "recipient"]
    list_filter = ["created_at"]
    search_fields = ["sender__name", "sender__email", "recipient__name", "recipient__email"]
    date_hierarchy = "created_at"
    fields = ["created_at", "sender", "recipient"]
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
