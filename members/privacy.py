"""What the site holds about a member: download it (a ZIP) or delete it (the account).

Members may not import the apps above them (practices, digests, …), so this module does not name
their models: it finds every field, in every installed model, that points at a ``User`` or a
``Member`` (``personal_relations``), and follows Django's own deletion rules for them. A model
added later is exported and deleted with the rest; ``tests/test_account_deletion.py`` checks
that nothing of a deleted member is left behind. What each kind of relation means:

- a row that points at the person and is deleted with them (``CASCADE``) is theirs: a recognition,
  a contact message, a digest subscription, the profile's qualities;
- a row that points at their *profile* with ``SET_NULL`` is a **work** they wrote (a practice
  story). On deletion it goes too, unless other members are involved in it (a co-author, a
  recognition) and the member chooses to keep it without their name: it is then shown as
  "a member of the network";
- a many-to-many link from another object to the profile (co-author of a story) is a **link**:
  only the link goes;
- rows of the User or Member tables that point at the person (the accounts whose membership a
  coordinator changed) are other people's: not exported, and only the reference is cleared.

Search documents and cached counts that show the person (their profile, the stories they
wrote) are refreshed after the commit by ``lpb.freshness``, which sees the deletion.
"""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import models, router, transaction
from django.db.models import Count, Prefetch
from django.db.models.deletion import Collector
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from lpb.sessions import end_sessions
from members.models import Member, User
from members.services import send_member_email
from members.tags import with_usage

logger = logging.getLogger(__name__)

PERSON_MODELS = (User, Member)
EXPORT_JSON_NAME = "gegevens.json"


# --- Where personal data lives ------------------------------------------------------------------


@dataclass(frozen=True)
class Relation:
    """A field on ``model`` (foreign key, one-to-one or many-to-many) to a User or a Member."""

    model: type[models.Model]
    field: models.Field
    # Whether the model has more relations to people (a message's sender and recipient): the
    # label then names the field too.
    qualified: bool = False

    @property
    def key(self) -> str:
        return f"{self.model._meta.label_lower}.{self.field.name}"

    @property
    def label(self) -> str:
        kind = capfirst(self.model._meta.verbose_name_plural)
        return f"{kind} ({self.field.verbose_name})" if self.qualified else str(kind)

    @property
    def to_profile(self) -> bool:
        return self.field.related_model is Member

    @property
    def is_work(self) -> bool:
        """The person wrote this object; it may outlive them without their name."""
        return (
            self.to_profile
            and self.field.many_to_one
            and self.field.remote_field.on_delete is models.SET_NULL
            and self.model not in PERSON_MODELS
        )

    @property
    def is_link(self) -> bool:
        return self.field.many_to_many and self.model not in PERSON_MODELS

    def target(self, user: User, member: Member | None) -> models.Model | None:
        return member if self.to_profile else user

    def rows(self, user: User, member: Member | None) -> models.QuerySet:
        target = self.target(user, member)
        if target is None:
            return self.model._default_manager.none()
        return self.model._default_manager.filter(**{self.field.name: target})


def personal_relations() -> list[Relation]:
    """Every relation to a User or a Member in the installed models (not auto-created ones:
    their rows are exported and deleted through the many-to-many field that owns them)."""
    relations = []
    for model in apps.get_models():
        fields = [f for f in model._meta.get_fields() if _is_personal(f)]
        relations += [Relation(model, f, qualified=len(fields) > 1) for f in fields]
    return sorted(relations, key=lambda relation: relation.key)


def _is_personal(model_field) -> bool:
    return (
        model_field.concrete
        and model_field.is_relation
        and model_field.related_model in PERSON_MODELS
    )


def points_at_person(model: type[models.Model]) -> bool:
    return any(_is_personal(f) for f in model._meta.get_fields())


def profile_of(user: User) -> Member | None:
    return Member.objects.filter(user=user).first()


# --- Download my data --------------------------------------------------------------------------


HISTORY_KEY = "admin.logentry.object"


def history_about(user: User, member: Member | None) -> models.QuerySet:
    """The admin's history of the account and the profile (approved, declined, edited)."""
    about = models.Q(content_type=ContentType.objects.get_for_model(User), object_id=str(user.pk))
    if member is not None:
        about |= models.Q(
            content_type=ContentType.objects.get_for_model(Member), object_id=str(member.pk)
        )
    return LogEntry.objects.filter(about)


def personal_data_summary(user: User) -> list[tuple[str, int]]:
    """(kind of record, how many) for every kind that points at ``user``: one count each."""
    member = profile_of(user)
    summary = []
    for relation in personal_relations():
        if relation.model in PERSON_MODELS:
            continue
        number = relation.rows(user, member).count()
        if number:
            summary.append((relation.label, number))
    number = history_about(user, member).count()
    if number:
        summary.append((str(_("Administration history of your account")), number))
    return summary


@dataclass
class Export:
    """The JSON document and the stored files (path in the ZIP → file) of one member."""

    data: dict
    files: dict[str, FieldFile] = field(default_factory=dict)
    filename: str = "lpb-netwerk.zip"


def collect_export(user: User) -> Export:
    """Everything the site holds about ``user``: account, profile, and every row of every model
    that points at them, with the stored files (photo, story images) those rows name."""
    member = profile_of(user)
    serialiser = _Serialiser()
    records = {}
    for relation in personal_relations():
        if relation.model in PERSON_MODELS:
            continue  # the profile comes below; other people's accounts are not exported
        rows = [serialiser.record(obj) for obj in _prefetched(relation.rows(user, member))]
        if rows:
            records[relation.key] = {"description": relation.label, "rows": rows}
    history = [serialiser.record(entry) for entry in _prefetched(history_about(user, member))]
    if history:
        records[HISTORY_KEY] = {
            "description": str(_("Administration history of your account")),
            "rows": history,
        }
    now = timezone.now()
    data = {
        "about": {
            "site": settings.SITE_URL,
            "exported_at": now.isoformat(),
            "contents": str(
                _(
                    "Everything LPB Netwerk holds about you: your account, your profile and "
                    "every record that points at you (stories, recognitions, messages, …). "
                    "Files are in the folder next to this file."
                )
            ),
        },
        "account": serialiser.record(_prefetched(User.objects.filter(pk=user.pk)).get()),
        "profile": (
            serialiser.record(_prefetched(Member.objects.filter(pk=member.pk)).get())
            if member
            else None
        ),
        "records": records,
    }
    slug = member.slug if member else "account"
    return Export(
        data=data,
        files=serialiser.files,
        filename=f"lpb-netwerk-{slug}-{now.date().isoformat()}.zip",
    )


class _Serialiser:
    """Model rows as plain JSON: related objects by their name, files by their path in the ZIP.

    Left out: the password hash and what the site derives from what you wrote (search text,
    rendered HTML), which the JSON already holds in its original form.
    """

    def __init__(self):
        self.files: dict[str, FieldFile] = {}

    def record(self, obj: models.Model, *, skip: Collection[str] = ()) -> dict:
        row: dict = {"id": obj.pk}
        for model_field in obj._meta.concrete_fields:
            if model_field.primary_key or model_field.name in skip or _left_out(model_field):
                continue
            row[model_field.name] = self._value(obj, model_field)
        for model_field in obj._meta.many_to_many:
            row[model_field.name] = [str(item) for item in getattr(obj, model_field.name).all()]
        for part in _parts(type(obj)):
            row[part.get_accessor_name()] = [
                self.record(child, skip=[part.field.name])
                for child in getattr(obj, part.get_accessor_name()).all()
            ]
        return row

    def _value(self, obj: models.Model, model_field: models.Field):
        if model_field.is_relation:
            related = getattr(obj, model_field.name)
            return None if related is None else str(related)
        value = model_field.value_from_object(obj)
        if isinstance(value, FieldFile):
            return self._add_file(value)
        if isinstance(value, (datetime, date)):
            return value.isoformat()
        if isinstance(value, Decimal):
            return str(value)
        return value

    def _add_file(self, stored: FieldFile) -> str | None:
        if not stored.name or not stored.storage.exists(stored.name):
            return None
        path = f"bestanden/{stored.name}"
        self.files[path] = stored
        return path


def _left_out(model_field: models.Field) -> bool:
    if model_field.model is User and model_field.name == "password":
        return True
    return not model_field.editable and not isinstance(model_field, models.DateField)


def _parts(model: type[models.Model]) -> list[models.ForeignObjectRel]:
    """Rows that belong to an object and to nobody else (a story's images): exported with it.

    Not: rows that point at a person (a recognition is its giver's), nor the link tables of the
    object's own many-to-many fields (already exported as a list).
    """
    if model in PERSON_MODELS:
        return []
    through = {f.remote_field.through for f in model._meta.many_to_many}
    return [
        rel
        for rel in model._meta.related_objects
        if rel.one_to_many
        and rel.related_model not in through
        and not rel.related_model._meta.auto_created
        and not points_at_person(rel.related_model)
    ]


def _prefetched(queryset: models.QuerySet) -> models.QuerySet:
    """``queryset`` with what ``_Serialiser`` reads: a fixed number of queries, any row count."""
    meta = queryset.model._meta
    joins = []
    for model_field in meta.concrete_fields:
        if model_field.is_relation:
            joins.append(model_field.name)
            if model_field.related_model is Member:
                joins.append(f"{model_field.name}__user")  # a member's name is on the user
    lookups = []
    for model_field in meta.many_to_many:
        if model_field.related_model is Member:
            lookups.append(
                Prefetch(model_field.name, queryset=Member.objects.select_related("user"))
            )
        else:
            lookups.append(model_field.name)
    lookups += [part.get_accessor_name() for part in _parts(queryset.model)]
    return queryset.select_related(*joins).prefetch_related(*lookups)


class _Pipe(io.RawIOBase):
    """A write-only stream the ZIP writer fills and the response empties, chunk by chunk."""

    def __init__(self):
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def drain(self) -> bytes:
        data = b"".join(self._chunks)
        self._chunks.clear()
        return data


def zip_chunks(export: Export, *, chunk_size: int = 64 * 1024) -> Iterator[bytes]:
    """The ZIP, streamed: memory stays small and nothing is written to the local disk."""
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w") as archive:
        document = json.dumps(export.data, ensure_ascii=False, indent=2, default=str)
        archive.writestr(EXPORT_JSON_NAME, document, compress_type=zipfile.ZIP_DEFLATED)
        yield pipe.drain()
        for path, stored in export.files.items():
            # Photos and images are compressed already: stored as they are.
            with stored.storage.open(stored.name, "rb") as source, archive.open(path, "w") as out:
                while chunk := source.read(chunk_size):
                    out.write(chunk)
                    yield pipe.drain()
    yield pipe.drain()


# --- Delete my account -------------------------------------------------------------------------


@dataclass
class Work:
    """An object the member wrote; ``others`` counts the other people involved, per kind."""

    obj: models.Model
    others: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> str:
        meta = self.obj._meta
        return f"{meta.app_label}-{meta.model_name}-{self.obj.pk}"

    @property
    def involves_others(self) -> bool:
        return bool(self.others)

    @property
    def kind(self) -> str:
        return str(self.obj._meta.verbose_name)

    @property
    def url(self) -> str | None:
        return self.obj.get_absolute_url() if hasattr(self.obj, "get_absolute_url") else None


@dataclass
class Link:
    """An object the member is linked to, e.g. a story they co-wrote: only the link goes."""

    obj: models.Model
    role: str

    @property
    def kind(self) -> str:
        return str(self.obj._meta.verbose_name)

    @property
    def url(self) -> str | None:
        return self.obj.get_absolute_url() if hasattr(self.obj, "get_absolute_url") else None


@dataclass
class DeletionPlan:
    works: list[Work]
    links: list[Link]

    @property
    def shared_works(self) -> list[Work]:
        return [work for work in self.works if work.involves_others]

    @property
    def own_works(self) -> list[Work]:
        return [work for work in self.works if not work.involves_others]


def deletion_plan(user: User) -> DeletionPlan:
    """What deleting ``user`` would do to the objects they wrote or are linked to."""
    member = profile_of(user)
    works, links = [], []
    if member is None:
        return DeletionPlan(works=[], links=[])
    for relation in personal_relations():
        if relation.is_work:
            objects = list(relation.rows(user, member))
            others = _others_involved(relation.model, [obj.pk for obj in objects], member)
            works += [Work(obj=obj, others=others.get(obj.pk, {})) for obj in objects]
        elif relation.is_link:
            role = str(relation.field.verbose_name)
            links += [Link(obj=obj, role=role) for obj in relation.rows(user, member)]
    return DeletionPlan(works=works, links=links)


def _others_involved(
    model: type[models.Model], pks: list, member: Member
) -> dict[object, dict[str, int]]:
    """Per object: how many other people are linked to it (co-authors) or left something on it
    (recognitions), by kind. One query per kind of relation, however many objects."""
    found: dict[object, dict[str, int]] = defaultdict(dict)
    if not pks:
        return found
    for many in model._meta.many_to_many:
        if many.related_model not in PERSON_MODELS:
            continue
        link_model = many.remote_field.through
        own_column, person_column = many.m2m_field_name(), many.m2m_reverse_field_name()
        person_pk = member.pk if many.related_model is Member else member.user_id
        counts = (
            link_model.objects.filter(**{f"{own_column}__in": pks})
            .exclude(**{person_column: person_pk})
            .values(own_column)
            .annotate(n=Count("pk"))
            .values_list(own_column, "n")
        )
        for pk, number in counts:
            found[pk][str(many.verbose_name)] = number
    for rel in model._meta.related_objects:
        child = rel.related_model
        if not rel.one_to_many or child._meta.auto_created or child in PERSON_MODELS:
            continue
        for person_field in child._meta.concrete_fields:
            if not (person_field.is_relation and person_field.related_model in PERSON_MODELS):
                continue
            person = member if person_field.related_model is Member else member.user
            counts = (
                child._default_manager.filter(**{f"{rel.field.name}__in": pks})
                .filter(**{f"{person_field.name}__isnull": False})
                .exclude(**{person_field.name: person})
                .values(rel.field.name)
                .annotate(n=Count("pk"))
                .values_list(rel.field.name, "n")
            )
            for pk, number in counts:
                found[pk][str(child._meta.verbose_name_plural)] = number
    return found


@dataclass
class DeletionReport:
    name: str
    email: str
    works_deleted: int
    works_kept: int


class AccountNotDeletable(Exception):
    pass


@transaction.atomic
def delete_account(*, user: User, keep: Collection[str] = ()) -> DeletionReport:
    """Delete ``user`` with everything that is theirs, including stored files.

    ``keep``: keys of works (``Work.key``) that involve others and stay without an author.
    Coordinators and administrators cannot delete themselves: the administration history is
    theirs too, so an administrator first takes their rights away.
    """
    if user.is_staff or user.is_superuser:
        raise AccountNotDeletable("Staff accounts are deleted by an administrator.")
    member = profile_of(user)
    plan = deletion_plan(user)
    kept = [work for work in plan.works if work.involves_others and work.key in keep]
    gone = [work.obj for work in plan.works if work not in kept]
    tag_ids = _tag_ids([member, *gone] if member else gone)
    user_pk = user.pk

    collector = Collector(using=router.db_for_write(User, instance=user), origin=user)
    for model_objects in _by_model(gone).values():
        collector.collect(model_objects)
    collector.collect([user])
    files = _stored_files(collector)
    _forget_admin_history(collector)
    collector.delete()

    unused = with_usage(Tag.objects.filter(pk__in=tag_ids)).filter(usage=0)
    Tag.objects.filter(pk__in=list(unused.values_list("pk", flat=True))).delete()
    report = DeletionReport(
        name=user.name, email=user.email, works_deleted=len(gone), works_kept=len(kept)
    )
    transaction.on_commit(lambda: _remove_files(files))
    # Every browser the member was logged in on forgets them (database and Redis stores).
    transaction.on_commit(lambda: end_sessions(user_pk))
    transaction.on_commit(lambda: _send_notices(user, report))
    logger.info("Account %s deleted at the member's request", user_pk)
    return report


def _by_model(objects: list[models.Model]) -> dict[type[models.Model], list[models.Model]]:
    grouped: dict[type[models.Model], list[models.Model]] = defaultdict(list)
    for obj in objects:
        grouped[type(obj)].append(obj)
    return grouped


def _deleted_rows(collector: Collector) -> Iterator[tuple[type[models.Model], list]]:
    """(model, primary keys) of every row the collector will delete."""
    for model, instances in collector.data.items():
        yield model, [obj.pk for obj in instances]
    for queryset in collector.fast_deletes:
        yield queryset.model, list(queryset.values_list("pk", flat=True))


def _stored_files(collector: Collector) -> list[tuple[object, str]]:
    """(storage, name) of every file named by a row that is about to be deleted."""
    files = []
    for model, pks in _deleted_rows(collector):
        for file_field in model._meta.concrete_fields:
            if not isinstance(file_field, models.FileField) or not pks:
                continue
            names = model._base_manager.filter(pk__in=pks).values_list(
                file_field.attname, flat=True
            )
            files += [(file_field.storage, name) for name in names if name]
    return files


def _forget_admin_history(collector: Collector) -> None:
    """The admin's history names objects by their text (a member's name, a story's title)."""
    for model, pks in _deleted_rows(collector):
        if model is LogEntry or model._meta.auto_created or not pks:
            continue
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        LogEntry.objects.filter(
            content_type=content_type, object_id__in=[str(pk) for pk in pks]
        ).delete()


def _tag_ids(objects: list[models.Model]) -> set[int]:
    """The free tags on ``objects``: those no longer used afterwards are removed too."""
    ids: set[int] = set()
    for obj in objects:
        for many in obj._meta.many_to_many:
            if many.related_model is Tag:
                ids |= set(getattr(obj, many.name).values_list("pk", flat=True))
    return ids


def _remove_files(files: list[tuple[object, str]]) -> None:
    for storage, name in files:
        try:
            storage.delete(name)
        except OSError:
            logger.exception("Could not remove %s after an account was deleted", name)


def _send_notices(user: User, report: DeletionReport) -> None:
    """The member gets a confirmation, every coordinator a notice, each in their language."""
    context = {"report": report}
    notices = [(user, "members/email/account_deleted_member")] + [
        (coordinator, "members/email/account_deleted_coordinator")
        for coordinator in User.objects.filter(is_active=True, is_staff=True)
    ]
    for recipient, template in notices:
        # The account is gone already: a failing mail server must not turn that into an error.
        try:
            send_member_email(user=recipient, template=template, context=context)
        except Exception:
            logger.exception("Could not send %s after an account was deleted", template)
