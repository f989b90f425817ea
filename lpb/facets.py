"""Disjunctive faceting: OR within a facet, AND across facets, live counts per option.

A :class:`Facet` is a named, multi-valued filter over a result model (members, practice cases):
a lookup path to an option model (a foreign key, a many-to-many or a tag relation), the option
queryset, and the option field that keys it in the URL (``?thema=jeugd&thema=wonen``).

A :class:`Selection` is what a request chose. ``selection.apply(queryset)`` filters the results
in SQL; :func:`facet` gives the number of results and every facet's options with the number of
results each would give, computed as Algolia and Elasticsearch do: the counts of facet X apply
the selections of all *other* facets (and whatever the queryset already filters, such as a text
query), not X's own, so ticking "verbindend" does not make the other qualities drop to 0.

Counting reads a :class:`FacetIndex`: per option a bitmap of the results that have it, built
from the rows the viewer may see with one query per facet (never per option or per row) and
kept in memory until :func:`invalidate` or ``CACHE_TIMEOUT``. A count is then an AND of bitmaps
and a population count, whatever the number of results; a narrower universe (a text search)
costs one query for its keys. The index also keeps named orders of the results, so a listing
reads a page of keys off it.

A :class:`RangeFacet` buckets a span of numbers on each result (a story's period, from one year
to another) into fixed ranges ("2015–2019"); a result counts in every range its span overlaps.
Its options are not rows of a table but :class:`Bucket` values, made when asked for (so the
ranges may follow the calendar).

Unknown option codes are ignored: they match nothing, and a facet with only unknown codes filters
nothing. ``FacetCounts.unknown`` lists them so the page can say so.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.db.models import CharField, Exists, F, IntegerField, Model, Q, QuerySet, Value, Window
from django.db.models.functions import Cast, JSONObject, RowNumber
from django.db.models.lookups import GreaterThanOrEqual, LessThanOrEqual

MAX_SELECTED = 25
CACHE_TIMEOUT = 300
_CODE = re.compile(r"^[\w.-]{1,100}$")


@dataclass(frozen=True)
class Facet:
    """One facet. ``path`` leads from the result model to the option model, ``reverse_path``
    from the option model back to the result model (e.g. ``"themes"`` and ``"members"``).

    ``key`` is the option field used in URLs; ``order_by_count`` lists the most frequent options
    first (else the options' own ordering); ``top`` shows that many and puts the rest behind
    "more…"; ``limit`` never lists more; ``requires`` names a facet that must have a selection
    before this one is offered (municipalities of the chosen provinces).
    """

    name: str
    label: Any
    path: str
    options: QuerySet
    reverse_path: str
    key: str = "code"
    order_by_count: bool = False
    top: int | None = None
    limit: int | None = None
    requires: str | None = None
    option_label: Callable[[Model], str] = str

    def is_multi_valued(self, model: type[Model]) -> bool:
        """Whether ``path`` crosses a to-many relation (then a filter could repeat rows)."""
        for part in self.path.split("__"):
            try:
                relation = model._meta.get_field(part)
            except FieldDoesNotExist:
                return True
            if relation.many_to_many or relation.one_to_many:
                return True
            if relation.related_model is None:
                return False
            model = relation.related_model
        return False

    def matching(self, codes: Sequence[str]) -> QuerySet:
        """The primary keys of the results with any of ``codes``, from the option side (for
        a many-to-many relation that reads only the relation table)."""
        lookups = {f"{self.key}__in": list(codes), f"{self.reverse_path}__isnull": False}
        return self.options.order_by().filter(**lookups).values(self.reverse_path)

    def known(self, codes: Sequence[str]) -> QuerySet:
        return self.options.order_by().filter(**{f"{self.key}__in": list(codes)}).values("pk")

    def condition(self, model: type[Model], codes: Sequence[str]) -> Q:
        """Results with any of ``codes`` (OR); no filter at all when none of the codes exists."""
        if self.is_multi_valued(model):
            match = Q(pk__in=self.matching(codes))
        else:
            match = Q(**{f"{self.path}__{self.key}__in": list(codes)})
        return match | ~Exists(self.known(codes))


@dataclass(frozen=True)
class Bucket:
    """One range of a :class:`RangeFacet`: ``low`` to ``high``, both included."""

    key: str
    label: str
    low: int
    high: int

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class RangeFacet:
    """A facet over a span of numbers per result, bucketed into fixed ranges.

    ``bounds()`` gives the two expressions (over the result model) of a result's span, lowest
    and highest value; a result without a lowest value is in no bucket. ``buckets()`` gives the
    ranges in the order shown. A result matches a bucket when its span overlaps it.
    """

    name: str
    label: Any
    bounds: Callable[[], tuple[Any, Any]]
    buckets: Callable[[], Sequence[Bucket]]
    key: str = "key"
    order_by_count: bool = False
    top: int | None = None
    limit: int | None = None
    requires: str | None = None
    option_label: Callable[[Bucket], str] = str

    def chosen_buckets(self, codes: Sequence[str]) -> list[Bucket]:
        return [bucket for bucket in self.buckets() if bucket.key in codes]

    def condition(self, model: type[Model], codes: Sequence[str]) -> Q:
        """Results whose span overlaps any chosen bucket; no filter when none of them exists."""
        low, high = self.bounds()
        match = Q()
        chosen = self.chosen_buckets(codes)
        for bucket in chosen:
            match |= Q(LessThanOrEqual(low, Value(bucket.high))) & Q(
                GreaterThanOrEqual(high, Value(bucket.low))
            )
        return match if chosen else Q()


def year_buckets(first: int, last: int, *, size: int = 5) -> list[Bucket]:
    """Ranges of ``size`` years from ``first`` until the one holding ``last``, newest first."""
    starts = range(first, last + 1, size)
    return [
        Bucket(
            f"{start}-{start + size - 1}", f"{start}–{start + size - 1}", start, start + size - 1
        )
        for start in reversed(starts)
    ]


@dataclass
class FacetOption:
    key: str
    label: str
    count: int
    selected: bool
    object: Model
    facet: str = ""

    @property
    def dom_id(self) -> str:
        """A stable HTML id (keys are ``[\\w.-]``), so focus survives a live update."""
        return f"f-{self.facet}-{self.key}"


@dataclass
class FacetCounts:
    """A facet's options as the page shows them, with counts."""

    facet: Facet
    options: list[FacetOption] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    available: bool = True

    @property
    def name(self) -> str:
        return self.facet.name

    @property
    def label(self):
        return self.facet.label

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]

    @property
    def shown(self) -> list[FacetOption]:
        """The first ``facet.top`` options, plus any selected option from further down."""
        if self.facet.top is None:
            return self.options
        return [o for i, o in enumerate(self.options) if i < self.facet.top or o.selected]

    @property
    def more(self) -> list[FacetOption]:
        """The options behind a "more…" disclosure."""
        if self.facet.top is None:
            return []
        return [o for i, o in enumerate(self.options) if i >= self.facet.top and not o.selected]


Counts = dict[int, dict[str, int]]  # facet number (-1: the total) → key → count
Options = dict[int, list]  # facet number → the option objects (or buckets) to show, in order


class Selection:
    """The options a request selected, per facet, parsed leniently from a query string."""

    def __init__(self, facets: Sequence[Facet], chosen: Mapping[str, Sequence[str]]):
        self.facets = list(facets)
        self.chosen: dict[str, list[str]] = {}
        self.malformed: dict[str, list[str]] = {}
        for facet in self.facets:
            codes, bad = [], []
            for raw in chosen.get(facet.name, ()):
                code = str(raw).strip()
                if not code:
                    continue
                if not _CODE.match(code) or len(codes) >= MAX_SELECTED:
                    bad.append(code[:40])
                elif code not in codes:
                    codes.append(code)
            self.chosen[facet.name] = codes
            if bad:
                self.malformed[facet.name] = bad

    @classmethod
    def from_query(cls, facets: Sequence[Facet], query) -> Selection:
        """From a ``QueryDict`` (``request.GET``) or a mapping of lists."""
        getlist = getattr(query, "getlist", None)
        chosen = {f.name: getlist(f.name) if getlist else query.get(f.name, ()) for f in facets}
        return cls(facets, chosen)

    def __bool__(self) -> bool:
        return any(self.chosen.values())

    def codes(self, name: str) -> list[str]:
        return self.chosen.get(name, [])

    def is_available(self, facet: Facet) -> bool:
        """A facet that ``requires`` another is offered once that one has a selection."""
        return not facet.requires or bool(
            self.chosen.get(facet.requires) or self.chosen[facet.name]
        )

    def apply(self, queryset: QuerySet, *, exclude: str | Iterable[str] = ()) -> QuerySet:
        """``queryset`` filtered by every facet's selection, except the facets in ``exclude``."""
        excluded = {exclude} if isinstance(exclude, str) else set(exclude)
        condition = Q()
        for facet in self.facets:
            codes = self.chosen[facet.name]
            if codes and facet.name not in excluded:
                condition &= facet.condition(queryset.model, codes)
        return queryset.filter(condition) if condition else queryset

    def _keys_to_show(self, facet: Facet, counts: dict[str, int]) -> list[str]:
        selected = self.chosen[facet.name]
        keys = [key for key, n in counts.items() if n]
        if facet.requires and not self.chosen.get(facet.requires):
            keys = []  # only what was chosen before the facet it depends on was cleared
        if facet.limit and len(keys) > facet.limit:
            keys = sorted(keys, key=lambda key: -counts[key])[: facet.limit]
        return list(dict.fromkeys([*selected, *keys]))

    def facet_counts(self, counts: Counts, options: Options) -> list[FacetCounts]:
        """Every facet's options to show, with labels (in the active language) and counts."""
        result = []
        for number, facet in enumerate(self.facets):
            if not self.is_available(facet):
                result.append(FacetCounts(facet, available=False))
                continue
            selected = self.chosen[facet.name]
            facet_counts = FacetCounts(facet)
            for option in options.get(number, []):
                key = str(getattr(option, facet.key))
                facet_counts.options.append(
                    FacetOption(
                        key=key,
                        label=facet.option_label(option),
                        count=counts.get(number, {}).get(key, 0),
                        selected=key in selected,
                        object=option,
                        facet=facet.name,
                    )
                )
            if facet.order_by_count:  # a stable sort keeps the options' own order among equals
                facet_counts.options.sort(key=lambda option: (not option.selected, -option.count))
            found = {option.key for option in facet_counts.options}
            facet_counts.unknown = [code for code in selected if code not in found]
            result.append(facet_counts)
        return result


def invalidate(cache, namespace: str = "facets", *, search_only: bool = False) -> None:
    """Forget every facet index in ``namespace`` (call after the counted data changed and the
    change committed); ``search_only``: only the text searches kept with it changed (a search
    document), so the index stays and forgets just those.

    The versions are random rather than counters, so a cleared cache can never bring back the
    version of an index some process still holds."""
    cache.set(f"{namespace}:{'search' if search_only else 'version'}", uuid.uuid4().hex, None)


class FacetIndex:
    """Which results of a base queryset have which option, as one bitmap per option.

    Bit *i* of a bitmap (a Python ``int``) stands for the *i*-th result of the base. Counting
    an option under a selection is then an AND of bitmaps and a population count: microseconds,
    however many results there are. Building the index reads the base once and each
    multi-valued facet's (option, result) pairs once: one query per facet, never per option or
    per row. The index also holds every option object, so showing labels costs no query.
    """

    def __init__(
        self,
        facets: Sequence[Facet | RangeFacet],
        base: QuerySet,
        orders: Mapping[str, Callable[[QuerySet], QuerySet]] | None = None,
    ):
        self.facets = list(facets)
        model, using = base.model, base.db
        single = {
            n: f"{facet.path}__{facet.key}"
            for n, facet in enumerate(self.facets)
            if not isinstance(facet, RangeFacet) and not facet.is_multi_valued(model)
        }
        columns: dict[str, Any] = {f"_k{n}": Cast(path, CharField()) for n, path in single.items()}
        ranges = [n for n, facet in enumerate(self.facets) if isinstance(facet, RangeFacet)]
        for n in ranges:
            columns[f"_lo{n}"], columns[f"_hi{n}"] = self.facets[n].bounds()
        # Each order as a row number, by a window function over the same rows.
        orders = dict(orders or {})
        for number, order in enumerate(orders.values()):
            columns[f"_o{number}"] = Window(
                RowNumber(), order_by=order(base.model._default_manager.all()).query.order_by
            )
        rows = list(
            base.order_by("pk").annotate(**columns).values_list("pk", *columns).using(using)
        )
        # Arrays rather than lists: compact, and nothing for the garbage collector to walk.
        self.pks = array("q", (row[0] for row in rows))
        self.position = {pk: i for i, pk in enumerate(self.pks)}
        self.everything = (1 << len(rows)) - 1
        # Each order as the results' positions in that order: a page is then read off the index.
        names = list(columns)
        self.orders = {}
        for number, name in enumerate(orders):
            column = 1 + names.index(f"_o{number}")
            ranks = [row[column] for row in rows]
            self.orders[name] = array("l", sorted(range(len(rows)), key=ranks.__getitem__))
        positions: dict[int, dict[str, list[int]]] = {n: {} for n in range(len(self.facets))}
        for n in single:
            column, found = 1 + names.index(f"_k{n}"), positions[n]
            for i, row in enumerate(rows):
                if (key := row[column]) is not None:
                    found.setdefault(key, []).append(i)
        for n in ranges:
            low_column = 1 + names.index(f"_lo{n}")
            buckets = sorted(self.facets[n].buckets(), key=lambda bucket: bucket.low)
            lows, found = [bucket.low for bucket in buckets], positions[n]
            for i, row in enumerate(rows):
                low, high = row[low_column], row[low_column + 1]
                if low is None or high is None:
                    continue
                # The buckets starting at or before the span's end, back while they overlap.
                for b in range(bisect_right(lows, high) - 1, -1, -1):
                    if buckets[b].high < low:
                        break
                    found.setdefault(buckets[b].key, []).append(i)
        for n, facet in enumerate(self.facets):
            if n in single or n in ranges:
                continue
            pairs = (
                facet.options.order_by()
                .filter(**{f"{facet.reverse_path}__isnull": False})
                .values_list(facet.key, facet.reverse_path)
                .using(using)
            )
            found, position = positions[n], self.position
            for key, pk in pairs:
                if (i := position.get(pk)) is not None:
                    found.setdefault(str(key), []).append(i)
        self.bitmaps = {
            n: {key: _bitmap(found, len(rows)) for key, found in by_key.items()}
            for n, by_key in positions.items()
        }
        self.options = _load_options(self.facets, using)
        self._narrowed: dict[str, tuple[int, dict | None]] = {}
        self.searched = ""  # the search version the kept searches belong to
        self._ranked: dict[tuple[str, int], tuple[Mapping, array]] = {}

    def mask(self, pks: Iterable[int]) -> int:
        """The bitmap of these results (those outside the base are left out)."""
        return _bitmap(
            [i for pk in pks if (i := self.position.get(pk)) is not None], len(self.position)
        )

    def narrowed(self, queryset: QuerySet, rank: str | None) -> tuple[int, dict | None]:
        """The bitmap of ``queryset`` (a narrower universe, such as a text search) and, if it
        has the annotation ``rank``, its ranks by key. One query the first time; kept with the
        index (so until the data changes) for the last ``NARROWED_KEPT`` querysets, as the
        same searches come back all day."""
        query = queryset.order_by()
        ranked = bool(rank and rank in query.query.annotations)
        try:
            key = repr(query.query.get_compiler(using=query.db).as_sql()) + str(ranked)
        except EmptyResultSet:
            return 0, {} if ranked else None
        if key in self._narrowed:
            self._narrowed[key] = self._narrowed.pop(key)  # the most recently used last
            return self._narrowed[key]
        if ranked:
            ranks = dict(query.values_list("pk", rank))
            found = (self.mask(ranks), ranks)
        else:
            found = (self.mask(query.values_list("pk", flat=True)), None)
        if len(self._narrowed) >= NARROWED_KEPT:
            self._narrowed.pop(next(iter(self._narrowed)))
        self._narrowed[key] = found
        return found

    def having(self, facet: str, keys: Iterable[str]) -> int:
        """The bitmap of the results with any of ``keys`` of the facet named ``facet``."""
        bitmaps = self.bitmaps[self._number(facet)]
        found = 0
        for key in keys:
            found |= bitmaps.get(key, 0)
        return found

    def keys_of(self, facet: str, pks: Iterable[int]) -> dict[int, list[str]]:
        """Per result (of those in the base): the keys it has in the facet named ``facet``."""
        size = len(self.pks) // 8 + 1
        wanted = {pk: i for pk in pks if (i := self.position.get(pk)) is not None}
        found: dict[int, list[str]] = {pk: [] for pk in wanted}
        for key, bitmap in self.bitmaps[self._number(facet)].items():
            bits = bitmap.to_bytes(size, "little")
            for pk, i in wanted.items():
                if bits[i >> 3] >> (i & 7) & 1:
                    found[pk].append(key)
        return found

    def options_of(self, facet: str) -> list:
        """Every option of the facet named ``facet`` (model instances or buckets), in order."""
        return self.options[self._number(facet)]

    def _number(self, name: str) -> int:
        return next(n for n, facet in enumerate(self.facets) if facet.name == name)

    def page(
        self,
        matching: int,
        order: str,
        start: int,
        stop: int,
        ranks: Mapping[int, float] | None = None,
    ) -> list[int]:
        """The primary keys of the results in ``matching`` (a bitmap) from ``start`` to
        ``stop`` in ``order`` (one of the orders the index was built with); with ``ranks``
        (by primary key), highest rank first and ``order`` among equal ranks."""
        bits = matching.to_bytes(len(self.pks) // 8 + 1, "little")
        if ranks is not None and len(ranks) > len(self.pks) // 2:
            # Ranks of most results (counts of recognitions, kept until they change): order
            # them all once, then read pages like any kept order.
            positions = self._ranked_order(order, ranks)
            ranks = None
        else:
            positions = self.orders[order]
        found = []
        for i in positions:
            if bits[i >> 3] >> (i & 7) & 1:
                found.append(i)
                if ranks is None and len(found) >= stop:
                    break
        keys = [self.pks[i] for i in found]
        if ranks is not None:
            keys.sort(key=lambda pk: -ranks.get(pk, 0))  # stable: ``order`` breaks the ties
        return keys[start:stop]

    def top(
        self, weighted: Iterable[tuple[int, int]], order: str, count: int, *, leave_out: int = 0
    ) -> list[int]:
        """The primary keys of the ``count`` results with the highest score (above 0), ties
        in ``order``; a result's score is the sum of the weights of the ``(bitmap, weight)``
        pairs it is in. ``leave_out``: a bitmap of results never to give.

        The scores are summed for all results at once, as binary numbers held bit by bit in
        bitmaps (bit plane *k* holds bit *k* of every result's score): no loop over results.
        """
        planes: list[int] = []
        for bitmap, weight in weighted:
            for shift in range(weight.bit_length()):
                carry, k = bitmap if weight >> shift & 1 else 0, shift
                while carry:  # add ``carry`` at plane k, rippling up
                    planes += [0] * (k + 1 - len(planes))
                    planes[k], carry = planes[k] ^ carry, planes[k] & carry
                    k += 1
        keys: list[int] = []
        remaining = self.everything & ~leave_out
        for score in range((1 << len(planes)) - 1, 0, -1):
            if len(keys) >= count or not remaining:
                break
            having = remaining
            for k, plane in enumerate(planes):
                having &= plane if score >> k & 1 else ~plane
            if having:
                keys += self.page(having, order, 0, count - len(keys))
                remaining &= ~having
        return keys

    def _ranked_order(self, order: str, ranks: Mapping[int, float]) -> array:
        """``order`` re-sorted by ``ranks`` (highest first), for the last few rank mappings."""
        key = (order, id(ranks))
        kept = self._ranked.get(key)
        if kept is None or kept[0] is not ranks:
            pks = self.pks
            positions = sorted(self.orders[order], key=lambda i: -ranks.get(pks[i], 0))
            if len(self._ranked) >= 4:
                self._ranked.pop(next(iter(self._ranked)))
            kept = self._ranked[key] = (ranks, array("l", positions))
        return kept[1]

    def counts(self, selection: Selection, universe: int) -> tuple[Counts, int]:
        """The total and every offered facet's option counts within ``universe`` (a bitmap),
        and the bitmap of the results: each facet's counts apply every *other* facet's
        selection, the total all of them."""
        matches = {}
        for n, facet in enumerate(self.facets):
            known = [
                self.bitmaps[n].get(code, 0)
                for code in selection.codes(facet.name)
                if code in self.bitmaps[n] or self._exists(n, code)
            ]
            if known:  # only unknown codes: the facet filters nothing
                matches[n] = 0
                for bitmap in known:
                    matches[n] |= bitmap
        counts: Counts = {}
        for n, facet in enumerate(self.facets):
            if not selection.is_available(facet):
                continue
            within = universe
            for other, match in matches.items():
                if other != n:
                    within &= match
            counts[n] = {
                key: (bitmap & within).bit_count() for key, bitmap in self.bitmaps[n].items()
            }
        total = universe
        for match in matches.values():
            total &= match
        counts[-1] = {"": total.bit_count()}
        return counts, total

    def _exists(self, n: int, code: str) -> bool:
        """An option no result has yet still filters (to nothing): it is known, not ignored."""
        if code in self.bitmaps[n]:
            return True
        facet = self.facets[n]
        return any(str(getattr(option, facet.key)) == code for option in self.options[n])


def _bitmap(positions: Iterable[int], size: int) -> int:
    bits = bytearray((size + 7) // 8)
    for i in positions:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


# Indexes this process built: (namespace, base) -> (version, built at, index).
_indexes: dict[tuple[str, str], tuple[str, float, FacetIndex]] = {}
MAX_INDEXES = 16
NARROWED_KEPT = 256  # text searches kept per index (see FacetIndex.narrowed)


def facet_index(
    facets: Sequence[Facet | RangeFacet],
    base: QuerySet,
    *,
    orders: Mapping[str, Callable[[QuerySet], QuerySet]] | None = None,
    cache=None,
    namespace: str = "facets",
) -> FacetIndex:
    """The index of ``base``, reused while the namespace's version in ``cache`` (shared by all
    processes) is unchanged and for at most ``CACHE_TIMEOUT`` seconds; built anew otherwise.
    Without a cache it is built every time."""
    if cache is None:
        return FacetIndex(facets, base, orders)
    try:
        sql, params = base.query.get_compiler(using=base.db).as_sql()
    except EmptyResultSet:
        sql, params = "", ()
    names = (tuple(facet.name for facet in facets), tuple(orders or ()))
    key = (namespace, hashlib.sha256(repr((base.db, names, sql, params)).encode()).hexdigest())
    version, searched = _versions(cache, namespace)
    found = _indexes.get(key)
    if found and found[0] == version and time.monotonic() - found[1] < CACHE_TIMEOUT:
        index = found[2]
        if index.searched != searched:  # a search document changed: forget the searches
            index._narrowed.clear()
            index.searched = searched
        return index
    index = FacetIndex(facets, base, orders)
    index.searched = searched
    if len(_indexes) >= MAX_INDEXES:
        _indexes.pop(next(iter(_indexes)))
    _indexes[key] = (version, time.monotonic(), index)
    return index


def _versions(cache, namespace: str) -> tuple[str, str]:
    """The namespace's index version and search version in the shared cache (made when
    missing: a new cache says nothing about what a process kept)."""
    keys = [f"{namespace}:version", f"{namespace}:search"]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            cache.add(key, uuid.uuid4().hex, None)
            found[key] = cache.get(key)
    return found[keys[0]], found[keys[1]]


def _load_options(facets: Sequence[Facet | RangeFacet], using: str) -> Options:
    """Every facet's option objects in one query, each facet in its own ordering.

    Each option row travels as a JSON object of its fields, so that option models of any shape
    fit one ``UNION ALL``. A range facet's options are its buckets (no query).
    """
    parts, objects = [], {}
    for number, facet in enumerate(facets):
        objects[number] = []
        if isinstance(facet, RangeFacet):
            objects[number] = list(facet.buckets())
            continue
        fields = facet.options.model._meta.concrete_fields
        parts.append(
            facet.options.order_by()
            .annotate(
                _facet=Value(number, output_field=IntegerField()),
                _row=JSONObject(**{f.attname: F(f.attname) for f in fields}),
            )
            .values_list("_facet", "_row")
        )
    if not parts:
        return objects
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    for number, row in rows.using(using):
        model = facets[number].options.model
        data = json.loads(row) if isinstance(row, str) else row
        fields = model._meta.concrete_fields
        values = [field.to_python(data.get(field.attname)) for field in fields]
        objects[number].append(model.from_db(using, [f.attname for f in fields], values))
    for number, items in objects.items():
        facet = facets[number]
        if not isinstance(facet, RangeFacet):
            _sort(items, list(facet.options.query.order_by or facet.options.model._meta.ordering))
    return objects


def _sort(objects: list[Model], ordering: Sequence[str]) -> None:
    """Sort model instances in place like ``order_by(*ordering)`` (plain field names only)."""
    objects.sort(key=lambda obj: obj.pk)
    for name in reversed(ordering):
        if not isinstance(name, str) or "__" in name.lstrip("-"):
            continue
        attribute = name.lstrip("-")
        objects.sort(
            key=lambda obj, a=attribute: _sort_key(getattr(obj, a)), reverse=name[0] == "-"
        )


def _sort_key(value) -> tuple:
    return (True, "") if value is None else (False, value)


class FacetedResults:
    """For a view: the filtered queryset, the total, and the facets with their options.

    ``page(order, start, stop)`` reads a page of primary keys off the index, for the orders it
    was built with (``orders``)."""

    def __init__(
        self,
        selection: Selection,
        queryset: QuerySet,
        counts: Counts,
        options: Options,
        *,
        index: FacetIndex | None = None,
        matching: int = 0,
        ranks: Mapping[int, float] | None = None,
    ):
        self.selection = selection
        self.queryset = queryset
        self.total: int = counts.get(-1, {}).get("", 0)
        self._counts, self._options = counts, options
        self._index, self._matching, self._ranks = index, matching, ranks

    @property
    def orders(self) -> Sequence[str]:
        return list(self._index.orders) if self._index else []

    def page(
        self,
        order: str,
        start: int,
        stop: int,
        *,
        ranked: bool = False,
        ranks: Mapping[int, float] | None = None,
    ) -> list[int]:
        """Keys of a page in ``order``; ``ranked``: by the universe's rank first; ``ranks``:
        by these (a missing key ranks 0) first."""
        if ranks is None and ranked:
            ranks = self._ranks
        return self._index.page(self._matching, order, start, stop, ranks)

    @cached_property
    def facets(self) -> list[FacetCounts]:
        return self.selection.facet_counts(self._counts, self._options)

    @cached_property
    def unknown(self) -> dict[str, list[str]]:
        found = {c.name: list(c.unknown) for c in self.facets if c.unknown}
        for name, codes in self.selection.malformed.items():
            found.setdefault(name, []).extend(codes)
        return found


def facet(
    selection: Selection,
    queryset: QuerySet,
    *,
    base: QuerySet | None = None,
    orders: Mapping[str, Callable[[QuerySet], QuerySet]] | None = None,
    rank: str | None = None,
    cache=None,
    namespace: str = "facets",
) -> FacetedResults:
    """Filter ``queryset`` by ``selection`` and count every facet's options over it.

    ``base`` is what the index covers (the rows the viewer may see; ``queryset`` by default);
    ``queryset`` may narrow it (a text search), at the cost of one query for its keys.
    ``orders``: named orderings of ``base`` the index keeps, to read pages from. ``rank``: an
    annotation of a narrower ``queryset`` that ranks its rows (read with its keys, so a page
    may be ranked off the index too).
    """
    index = facet_index(
        selection.facets,
        queryset if base is None else base,
        orders=orders,
        cache=cache,
        namespace=namespace,
    )
    if base is None or queryset is base:
        universe, ranks = index.everything, None
    else:
        universe, ranks = index.narrowed(queryset, rank)
    counts, matching = index.counts(selection, universe)
    options = {
        n: [o for o in index.options[n] if str(getattr(o, f.key)) in wanted]
        for n, f in enumerate(selection.facets)
        if selection.is_available(f)
        and (wanted := set(selection._keys_to_show(f, counts.get(n, {}))))
    }
    return FacetedResults(
        selection,
        selection.apply(queryset),
        counts,
        options,
        index=index,
        matching=matching,
        ranks=ranks,
    )
