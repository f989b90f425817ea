"""Fresh listings after every committed write, from one place.

An app declares once (in its ``AppConfig.ready``) which fields of which models its listings and
search documents are made of, and what to do when they change::

    freshness.watch(Member, fields={"municipality", "themes"}, then=refresh_members)

From then on every write that changes one of ``fields`` of a ``Member`` calls
``refresh_members(pks)`` once, with the primary keys of every changed row, **after the
transaction commits** (never inside it; not at all when it rolls back), whichever path wrote it:

- ``save()`` and ``delete()`` (forms, the admin's change forms, imports, management commands,
  cascades), through Django's model signals; a save that changes none of ``fields`` calls
  nothing (each instance remembers the values it was loaded with);
- many-to-many ``add``/``remove``/``set``/``clear`` (admin forms, taggit), through
  ``m2m_changed``;
- ``QuerySet.update()`` and ``bulk_update()`` (the admin's bulk actions, tag merges), on models
  whose manager uses :class:`WatchedQuerySet`: the keys of the rows are read before the update.

Not covered: ``bulk_create`` and raw SQL, which bypass Django's signals; their callers (demo
seeding) call the refresh themselves.

``owner`` maps a changed row to the rows it belongs to: an attribute name (``"member_id"`` for a
member's tag), or a function of the instance giving keys (the stories a deleted member wrote,
read before the delete).
"""

from __future__ import annotations

import functools
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_init, post_save, pre_delete

Then = Callable[[set], None]
_MISSING = object()


@dataclass(frozen=True)
class Watch:
    fields: frozenset[str] | None  # None: any field
    owner: str | Callable[[models.Model], Iterable]
    then: Then

    def owners(self, instance: models.Model) -> list:
        if callable(self.owner):
            return list(self.owner(instance))
        return [getattr(instance, self.owner)]

    def concerns(self, names: Iterable[str]) -> bool:
        return self.fields is None or bool(self.fields.intersection(names))


_watches: dict[type[models.Model], list[Watch]] = defaultdict(list)
_pending = threading.local()


def watch(
    model: type[models.Model],
    *,
    then: Then,
    fields: Iterable[str] | None = None,
    owner: str | Callable[[models.Model], Iterable] = "pk",
) -> None:
    """Call ``then(keys)`` after every committed write that changes ``fields`` of ``model``."""
    entry = Watch(None if fields is None else frozenset(fields), owner, then)
    if entry in _watches[model]:
        return
    _watches[model].append(entry)
    _concrete.cache_clear()
    uid = f"lpb-freshness-{model._meta.label}"
    post_init.connect(_remember, sender=model, dispatch_uid=uid)
    post_save.connect(_saved, sender=model, dispatch_uid=uid)
    pre_delete.connect(_deleted, sender=model, dispatch_uid=uid)
    for field in model._meta.many_to_many:
        if entry.concerns([field.name]):
            m2m_changed.connect(
                _m2m_changed, sender=field.remote_field.through, dispatch_uid=f"{uid}-{field.name}"
            )


def changed(model: type[models.Model], keys: Iterable, names: Iterable[str] | None) -> None:
    """Record that the rows ``keys`` of ``model`` changed in ``names`` (None: anything); their
    watchers run once the transaction commits."""
    keys = set(keys)
    for entry in _watches.get(model, ()):
        if keys and (names is None or entry.concerns(names)):
            _queue(entry.then, keys)


def _queue(then: Then, keys: set) -> None:
    queued = getattr(_pending, "work", None)
    if queued is None:
        queued = _pending.work = {}
    queued.setdefault(then, set()).update(keys)
    transaction.on_commit(_flush)  # the first flush after the commit runs everything queued


def _flush() -> None:
    """Run the queued watchers (anything queued by a transaction that was rolled back runs too:
    a refresh too many, never one too few)."""
    work = getattr(_pending, "work", None)
    _pending.work = None
    for then, keys in (work or {}).items():
        then(keys)


@functools.cache
def _concrete(model: type[models.Model]) -> set[str]:
    """The attribute names of the watched concrete fields of ``model``."""
    fields = set()
    for entry in _watches.get(model, ()):
        if entry.fields is None:
            return {f.attname for f in model._meta.concrete_fields}
        fields |= entry.fields
    by_name = {f.name: f.attname for f in model._meta.concrete_fields}
    return {by_name[name] for name in fields if name in by_name}


def _remember(sender, instance, **_kwargs) -> None:
    instance._lpb_loaded = {a: instance.__dict__.get(a, _MISSING) for a in _concrete(sender)}


def _saved(sender, instance, created, update_fields=None, **_kwargs) -> None:
    before = getattr(instance, "_lpb_loaded", {})
    _remember(sender, instance)
    names = {
        field.name
        for field in sender._meta.concrete_fields
        if before.get(field.attname, _MISSING) is _MISSING
        or before[field.attname] != instance.__dict__.get(field.attname, _MISSING)
    }
    if update_fields is not None:
        names &= set(update_fields)
    for entry in _watches.get(sender, ()):
        if created or entry.concerns(names):
            _queue(entry.then, set(entry.owners(instance)))


def _deleted(sender, instance, **_kwargs) -> None:
    for entry in _watches.get(sender, ()):
        _queue(entry.then, set(entry.owners(instance)))


def _m2m_changed(sender, instance, action, reverse, model, pk_set, **_kwargs) -> None:
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    for field in instance._meta.many_to_many if not reverse else model._meta.many_to_many:
        if field.remote_field.through is not sender:
            continue
        owner = model if reverse else type(instance)
        if not reverse:
            keys = [instance.pk]
        elif action == "pre_clear":
            related = getattr(instance, field.remote_field.get_accessor_name())
            keys = related.values_list("pk", flat=True)
        else:
            keys = pk_set or ()
        changed(owner, keys, [field.name])


class WatchedQuerySet(models.QuerySet):
    """A queryset whose ``update()`` (and so ``bulk_update()``) tells the watchers which rows
    changed (see :func:`watch`): the keys are read before the update, in one query."""

    def update(self, **kwargs):
        watches = [w for w in _watches.get(self.model, ()) if w.concerns(kwargs)]
        if not watches:
            return super().update(**kwargs)
        with transaction.atomic(using=self.db):
            if all(isinstance(w.owner, str) for w in watches):
                owners = {w.owner for w in watches}
                rows = list(self.values(*owners))
                for entry in watches:
                    _queue(entry.then, {row[entry.owner] for row in rows})
            else:
                for instance in self:
                    for entry in watches:
                        _queue(entry.then, set(entry.owners(instance)))
            return super().update(**kwargs)
