"""Disjunctive faceting over an in-memory index: OR within a facet, AND across facets.

A :class:`Facet` is a named, multi-valued filter over a result model (``?thema=jeugd``); a
:class:`RangeFacet` buckets a span of numbers per result (a story's years) into :class:`Bucket`
ranges, and a result counts in every range its span overlaps.

A :class:`FacetIndex` holds, per option, a bitmap of the results that have it (bit *i* is the
*i*-th result), and the listing's orders as arrays of positions. Counting an option under a
selection is an AND of bitmaps and a population count; a page is read off a kept order. The
counts of facet X apply every *other* facet's selection, so ticking "verbindend" does not make
the other qualities drop to 0. Unknown codes are ignored (``FacetCounts.unknown`` lists them).

Each process keeps its indexes. After a committed write, :func:`changed` logs the changed keys
in the shared cache; every process replays the log on its next request and updates its index
in place (:meth:`FacetIndex.update`). :func:`invalidate` makes every process rebuild instead.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import and_, or_
from typing import Any

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.db import connections
from django.db.models import CharField, F, IntegerField, Model, QuerySet, Value, Window
from django.db.models.functions import Cast, JSONObject, RowNumber

MAX_SELECTED = 25
CACHE_TIMEOUT = 300  # an index is rebuilt at least this often (writes that bypass signals)
MAX_REPLAYED = 200  # changed rows a process replays; more, and it rebuilds
NARROWED_KEPT = 128  # text searches kept per index
PAGES_KEPT = 32  # orders by ranks (of text searches, of counts) kept per index
_CODE = re.compile(r"^[\w.-]{1,100}$")
_MISSING = object()


@dataclass(frozen=True)
class Facet:
    """``path`` leads from the result model to the model of ``options``, ``reverse_path``
    back; ``key``: the option's field in the URL. ``order_by_count``: most frequent options
    first; ``top``: show that many, the rest behind "more…"; ``limit``: never list more;
    ``requires``: a facet that needs a selection first (municipalities of the chosen
    provinces)."""

    name: str
    label: Any
    path: str = ""
    options: QuerySet | None = None
    reverse_path: str = ""
    key: str = "code"
    order_by_count: bool = False
    top: int | None = None
    limit: int | None = None
    requires: str | None = None

    def is_multi_valued(self, model: type[Model]) -> bool:
        """Whether ``path`` crosses a to-many relation."""
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


@dataclass(frozen=True)
class RangeFacet(Facet):
    """``bounds()``: the two expressions of a result's span (lowest, highest; a result without
    them is in no bucket); ``buckets()``: the ranges in the order shown."""

    bounds: Callable[[], tuple[Any, Any]] = field(kw_only=True)
    buckets: Callable[[], Sequence[Bucket]] = field(kw_only=True)
    key: str = "key"


@dataclass(frozen=True)
class Bucket:
    """One range of a :class:`RangeFacet`: ``low`` to ``high``, both included."""

    key: str
    label: str
    low: int
    high: int

    def __str__(self) -> str:
        return self.label


def year_buckets(first: int, last: int, *, size: int = 5) -> list[Bucket]:
    """Ranges of ``size`` years from ``first`` until the one holding ``last``, newest first."""
    starts = reversed(range(first, last + 1, size))
    return [Bucket(f"{s}-{s + size - 1}", f"{s}–{s + size - 1}", s, s + size - 1) for s in starts]


@dataclass
class FacetOption:
    key: str
    label: str
    count: int
    selected: bool
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
        top = self.facet.top
        return [o for i, o in enumerate(self.options) if top is None or i < top or o.selected]

    @property
    def more(self) -> list[FacetOption]:
        """The options behind a "more…" disclosure."""
        top = self.facet.top
        if top is None:
            return []
        return [o for i, o in enumerate(self.options) if i >= top and not o.selected]


Counts = dict[int, dict[str, int]]  # facet number → key → count


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
                if code and (not _CODE.match(code) or len(codes) >= MAX_SELECTED):
                    bad.append(code[:40])
                elif code and code not in codes:
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

    def codes(self, name: str) -> list[str]:
        return self.chosen.get(name, [])

    def is_available(self, facet: Facet) -> bool:
        """A facet that ``requires`` another is offered once that one has a selection."""
        return not facet.requires or bool(
            self.chosen.get(facet.requires) or self.chosen[facet.name]
        )

    def facet_counts(self, counts: Counts, options: dict[int, list]) -> list[FacetCounts]:
        """Every facet's options to show (the selected ones, those with results, at most
        ``limit``), with labels in the active language and counts."""
        result = []
        for n, facet in enumerate(self.facets):
            if not self.is_available(facet):
                result.append(FacetCounts(facet, available=False))
                continue
            selected, found = self.chosen[facet.name], counts.get(n, {})
            wanted = [key for key, count in found.items() if count]
            if facet.requires and not self.chosen.get(facet.requires):
                wanted = []  # only what was chosen before the facet it depends on was cleared
            if facet.limit and len(wanted) > facet.limit:
                wanted = sorted(wanted, key=lambda key: -found[key])[: facet.limit]
            wanted = {*selected, *wanted}
            facet_counts = FacetCounts(facet)
            for option in options.get(n, ()):
                key = str(getattr(option, facet.key))
                if key in wanted:
                    count = found.get(key, 0)
                    option = FacetOption(key, str(option), count, key in selected, facet.name)
                    facet_counts.options.append(option)
            if facet.order_by_count:  # a stable sort keeps the options' own order among equals
                facet_counts.options.sort(key=lambda option: (not option.selected, -option.count))
            shown = {option.key for option in facet_counts.options}
            facet_counts.unknown = [code for code in selected if code not in shown]
            result.append(facet_counts)
        return result


class FacetIndex:
    """Which results of ``base`` have which option (one bitmap, a Python ``int``, per option),
    and the results in each of ``orders`` (positions). Built with three queries whatever the
    size: the results with their single-valued keys, spans and order positions; the (option,
    result) pairs of every multi-valued facet in one ``UNION ALL``; every facet's options."""

    def __init__(self, facets, base: QuerySet, orders: Mapping[str, Callable] | None = None):
        # (A clone of ``base``: the index must not keep rows a caller's queryset cached.)
        self.facets, self.base, self.order_by = list(facets), base.all(), dict(orders or {})
        model = base.model
        self.ranges = [n for n, f in enumerate(self.facets) if isinstance(f, RangeFacet)]
        self.single = [
            n
            for n, f in enumerate(self.facets)
            if n not in self.ranges and not f.is_multi_valued(model)
        ]
        self.multi = [n for n in range(len(self.facets)) if n not in self.ranges + self.single]
        self.sort_fields = [
            order(model._default_manager.all()).query.order_by for order in self.order_by.values()
        ]
        self.buckets = {n: self.facets[n].buckets() for n in self.ranges}
        rows = self._read(base, windows=True)
        self.pks = array("q", (row[0] for row in rows))
        self.position = {pk: i for i, pk in enumerate(self.pks)}
        self.everything = (1 << len(rows)) - 1
        self.orders, self.sort_keys = {}, {}
        for k, name in enumerate(self.order_by):
            ranks = [row[self._order_columns[k]] for row in rows]
            self.orders[name] = array("l", sorted(range(len(rows)), key=ranks.__getitem__))
            self.sort_keys[name] = array("q", (self._sort_key(row, k) for row in rows))
        found: dict[int, dict[str, list[int]]] = {n: {} for n in range(len(self.facets))}
        for i, row in enumerate(rows):
            for n, key in self._keys(row):
                found[n].setdefault(key, []).append(i)
        for n, key, pk in self._pairs(None):
            if (i := self.position.get(pk)) is not None:
                found[n].setdefault(key, []).append(i)
        self.bitmaps = {
            n: {key: _bitmap(positions, len(rows)) for key, positions in by_key.items()}
            for n, by_key in found.items()
        }
        self.options = _load_options(self.facets, base.db)
        # Kept until the data changes (the oldest go, see ``_kept``): text searches' bitmaps
        # and ranks, orders by ranks, per order the place of each position, and what
        # searches found out about their words (see ``remembered``).
        self._narrowed: dict[str, tuple[int, Ranks | None]] = {}
        self._by_rank: dict[tuple, tuple[Any, array]] = {}
        self._place_of: dict[int, tuple[array, array]] = {}
        self._remembered: dict = {}
        self.searched = ""  # the search version the kept searches belong to

    def _read(self, rows: QuerySet, *, windows: bool) -> list[tuple]:
        """The rows with their single-valued keys, spans, sort keys (and order positions)."""
        columns: dict[str, Any] = {}
        for n in self.single:
            columns[f"_k{n}"] = Cast(f"{self.facets[n].path}__{self.facets[n].key}", CharField())
        for n in self.ranges:
            columns[f"_lo{n}"], columns[f"_hi{n}"] = self.facets[n].bounds()
        for k, fields in enumerate(self.sort_fields):
            if windows:
                columns[f"_o{k}"] = Window(RowNumber(), order_by=fields)
            for j, name in enumerate(fields):  # as text: compared, never parsed (a date)
                column = F(name.lstrip("-")) if isinstance(name, str) else name.expression
                columns[f"_s{k}_{j}"] = Cast(column, CharField())
        column = {name: 1 + i for i, name in enumerate(columns)}
        self._single_columns = [(n, column[f"_k{n}"]) for n in self.single]
        self._range_columns = [(n, column[f"_lo{n}"], column[f"_hi{n}"]) for n in self.ranges]
        self._sort_columns = [
            [column[f"_s{k}_{j}"] for j in range(len(fields))]
            for k, fields in enumerate(self.sort_fields)
        ]
        self._order_columns = [column.get(f"_o{k}") for k in range(len(self.sort_fields))]
        return _fetch(rows.order_by("pk").annotate(**columns).values_list("pk", *columns))

    def _sort_key(self, row: tuple, k: int) -> int:
        """A hash of what the row is sorted by in order ``k`` (to see whether it moved)."""
        return hash(tuple(row[c] for c in self._sort_columns[k]))

    def _keys(self, row: tuple) -> Iterable[tuple[int, str]]:
        """(facet number, key) of a row's single-valued options and range buckets."""
        for n, column in self._single_columns:
            if (key := row[column]) is not None:
                yield n, key
        for n, low_column, high_column in self._range_columns:
            low, high = row[low_column], row[high_column]
            if low is not None and high is not None:
                yield from ((n, b.key) for b in self.buckets[n] if b.low <= high and low <= b.high)

    def _pairs(self, pks: Iterable[int] | None) -> Iterable[tuple[int, str, int]]:
        """(facet number, key, result) of the multi-valued facets, of ``pks`` or of all."""
        parts = []
        for n in self.multi:
            facet = self.facets[n]
            reverse = {f"{facet.reverse_path}__isnull": False}
            if pks is not None:
                reverse = {f"{facet.reverse_path}__in": list(pks)}
            parts.append(
                facet.options.order_by()
                .filter(**reverse)
                .annotate(
                    _n=Value(n, output_field=IntegerField()),
                    _key=Cast(facet.key, CharField()),
                    _pk=F(facet.reverse_path),
                )
                .values_list("_n", "_key", "_pk")
            )
        return _fetch(_union(parts)) if parts else []

    def update(self, pks: Iterable[int]) -> None:
        """Bring the rows ``pks`` up to date in place (after they changed); re-read an order
        (keys only) only if a row joined it or its sort key changed, the options only for a
        new key. Forgets the kept text searches (a document may have changed)."""
        pks = set(pks)
        rows = {row[0]: row for row in self._read(self.base.filter(pk__in=pks), windows=False)}
        pairs: dict[int, list[tuple[int, str]]] = {}
        for n, key, pk in self._pairs(pks):
            pairs.setdefault(pk, []).append((n, key))
        stale, new_key = set(), False
        # Copies, swapped in at the end: a thread reading the index never sees a dict change.
        bitmaps = {n: dict(by_key) for n, by_key in self.bitmaps.items()}
        for pk in pks:
            i, row = self.position.get(pk), rows.get(pk)
            if i is not None:
                bit = 1 << i
                for by_key in bitmaps.values():
                    for key, bitmap in by_key.items():
                        if bitmap & bit:
                            by_key[key] = bitmap & ~bit
                if row is None:  # it left the base (deleted, hidden); its slot stays unused
                    self.everything &= ~bit
                    del self.position[pk]
                    continue
            elif row is None:
                continue
            else:
                i = self.position[pk] = len(self.pks)
                self.pks.append(pk)
                self.everything |= 1 << i
                for keys in self.sort_keys.values():
                    keys.append(0)
                stale.update(self.orders)
            for n, key in [*self._keys(row), *pairs.get(pk, ())]:
                new_key = new_key or key not in bitmaps[n]
                bitmaps[n][key] = bitmaps[n].get(key, 0) | 1 << i
            for k, name in enumerate(self.orders):
                if self.sort_keys[name][i] != (key := self._sort_key(row, k)):
                    self.sort_keys[name][i] = key
                    stale.add(name)
        for name in stale:
            keys = self.order_by[name](self.base).values_list("pk", flat=True)
            # (A row that joined since the log was read comes with its own entry.)
            self.orders[name] = array("l", self._positions(keys))
        self.bitmaps = bitmaps
        if new_key:
            self.options = _load_options(self.facets, self.base.db)
        self._place_of.clear()
        self.forget_searches()

    def forget_searches(self) -> None:
        self._narrowed.clear()
        self._by_rank.clear()
        self._remembered.clear()

    def remembered(self, key, compute: Callable):
        """``compute()`` for ``key``, kept with the text searches until they are forgotten:
        facts of the text index that a search looked up (``lpb.search.widen``'s terms)."""
        return _kept(self._remembered, key, compute, NARROWED_KEPT)

    def _positions(self, pks: Iterable[int]) -> list[int]:
        """The positions of these results, in this order (those outside the base left out)."""
        return [i for pk in pks if (i := self.position.get(pk)) is not None]

    def mask(self, pks: Iterable[int]) -> int:
        return _bitmap(self._positions(pks), len(self.pks))

    def narrowed(self, rows) -> tuple[int, Ranks | None]:
        """The bitmap of ``rows`` — a queryset, or a text search's matches
        (``lpb.search.Matches``) with their ranks. One query the first time; the last
        ``NARROWED_KEPT`` are kept until the data changes, as the same searches come back all
        day."""
        ranked = not isinstance(rows, QuerySet)
        try:
            key = rows.key if ranked else repr(rows.query.get_compiler(using=rows.db).as_sql())
        except EmptyResultSet:
            return 0, Ranks(()) if ranked else None

        def read() -> tuple[int, Ranks | None]:
            ranks = Ranks(rows.ranked()) if ranked else None
            keys = ranks.keys if ranked else rows.order_by().values_list("pk", flat=True)
            return self.mask(keys), ranks

        return _kept(self._narrowed, key, read, NARROWED_KEPT)

    def having(self, facet: str, keys: Iterable[str]) -> int:
        """The bitmap of the results with any of ``keys`` of the facet named ``facet``."""
        bitmaps = self.bitmaps[self._number(facet)]
        return reduce(or_, (bitmaps.get(key, 0) for key in keys), 0)

    def options_by_row(self, facet: str, pks: Iterable[int]) -> dict[int, list]:
        """Per result (of those in the base): its options of the facet named ``facet``, in the
        options' order (what a prefetch of the relation would give, without a query)."""
        n = self._number(facet)
        bitmaps, key = self.bitmaps[n], self.facets[n].key
        return {
            pk: [o for o in self.options[n] if bitmaps.get(str(getattr(o, key)), 0) >> i & 1]
            for pk in pks
            if (i := self.position.get(pk)) is not None
        }

    def options_of(self, facet: str) -> list:
        return self.options[self._number(facet)]

    def _number(self, name: str) -> int:
        return next(n for n, facet in enumerate(self.facets) if facet.name == name)

    def page(self, matching: int, order: str, start: int, stop: int, ranks=None) -> list[int]:
        """The keys of the results in ``matching`` (a bitmap) from ``start`` to ``stop`` in
        ``order``; with ``ranks`` (key → rank: a text search's, a counted sort's), highest rank
        first, ``order`` among equals."""
        positions = self.orders[order]
        if ranks is not None:  # sorted once (the entry holds ``ranks``: its id stays unique)
            # Counts (of a counted sort) replace the counts they were read after.
            key = (order, id(ranks) if isinstance(ranks, Ranks) else "counts")
            if self._by_rank.get(key, (ranks,))[0] is not ranks:
                self._by_rank.pop(key, None)
            by_rank = _kept(
                self._by_rank, key, lambda: (ranks, self._by_ranks(order, ranks)), PAGES_KEPT
            )
            positions = by_rank[1]
        return [self.pks[i] for i in self._in_order(matching, positions, stop)[start:stop]]

    def _by_ranks(self, order: str, ranks) -> array:
        score = array("d", [1.0]) * len(self.pks)  # unranked: after every ranked result
        for pk, rank in ranks.items():
            if (i := self.position.get(pk)) is not None:
                score[i] = -rank
        by_rank = array("l", sorted(self.orders[order], key=score.__getitem__))  # ties in order
        # A text search's matches are all ranked: the rest is never read.
        return by_rank[: len(ranks.keys)] if isinstance(ranks, Ranks) else by_rank

    def top(self, weighted: Iterable[tuple[int, int]], order: str, count: int, *, leave_out=0):
        """The keys of the ``count`` results with the highest score above 0 (ties in
        ``order``); a result's score is the sum of the weights of the ``(bitmap, weight)``
        pairs it is in. Summed as binary numbers held bit by bit in bitmaps (plane *k* holds
        bit *k* of every score), so there is no loop over results."""
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

    def _in_order(self, matching: int, positions: array, stop: int) -> list[int]:
        """The positions in ``matching``, the first ``stop`` in the order of ``positions``."""
        # Walking the order finds ``stop`` matches after about stop × size / matches
        # positions: few matches (facet combinations, related stories, searches) are sorted
        # by their places in the order instead (the cost grows with the matches).
        matches = matching.bit_count()
        if 2 * matches < min(len(positions), stop * len(positions) // max(matches, 1)):
            place = _kept(
                self._place_of, id(positions), lambda: (positions, self._places(positions)), 8
            )[1]
            found = [i for i in _positions_of(matching) if place[i] >= 0]
            found.sort(key=place.__getitem__)
            return found[:stop]
        bits = matching.to_bytes(len(self.pks) // 8 + 1, "little")
        found = []
        for i in positions:
            if bits[i >> 3] >> (i & 7) & 1:
                found.append(i)
                if len(found) >= stop:
                    break
        return found

    def _places(self, positions: array) -> array:
        """Per position, its place in ``positions`` (-1: not in it)."""
        place = array("l", [-1]) * len(self.pks)
        for n, i in enumerate(positions):
            place[i] = n
        return place

    def counts(self, selection: Selection, universe: int) -> tuple[Counts, int]:
        """Every offered facet's option counts within ``universe`` (a bitmap), each applying
        every *other* facet's selection; and the bitmap of the results matching all of them."""
        matches = {}
        for n, facet in enumerate(self.facets):
            known = [c for c in selection.codes(facet.name) if self._exists(n, c)]
            if known:  # only unknown codes: the facet filters nothing
                matches[n] = reduce(or_, (self.bitmaps[n].get(c, 0) for c in known))
        counts: Counts = {}
        for n, facet in enumerate(self.facets):
            if selection.is_available(facet):
                within = reduce(and_, (m for other, m in matches.items() if other != n), universe)
                counts[n] = {key: (b & within).bit_count() for key, b in self.bitmaps[n].items()}
        total = reduce(and_, matches.values(), universe)
        return counts, total

    def _exists(self, n: int, code: str) -> bool:
        """An option no result has yet still filters (to nothing): it is known, not ignored."""
        key = self.facets[n].key
        return code in self.bitmaps[n] or any(str(getattr(o, key)) == code for o in self.options[n])


class Ranks:
    """A text search's rank per key, compact (16 bytes a key, a tenth of a dict's)."""

    def __init__(self, pairs: Iterable[tuple[int, float]]):
        pairs = list(pairs)
        self.keys = array("q", (pk for pk, _rank in pairs))
        self.values = array("d", (rank or 0.0 for _pk, rank in pairs))

    def items(self) -> Iterable[tuple[int, float]]:
        return zip(self.keys, self.values, strict=True)


def _kept(store: dict, key, make: Callable, limit: int):
    """``store[key]``, made by ``make()`` if missing; beyond ``limit`` entries, the least
    recently used goes."""
    found = store.pop(key, _MISSING)
    if found is _MISSING:
        found = make()
    store[key] = found  # the most recently used last
    if len(store) > limit:
        store.pop(next(iter(store)), None)
    return found


def _bitmap(positions: Iterable[int], size: int) -> int:
    bits = bytearray(size // 8 + 1)
    for i in positions:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


def _load_options(facets: Sequence[Facet], using: str) -> dict[int, list]:
    """Every facet's option objects in one ``UNION ALL`` (each row as a JSON object of its
    fields, so option models of any shape fit), each in its own ordering (numbered by a window:
    the parts of a ``UNION`` cannot be ordered); a range facet's options are its buckets."""
    parts, objects = [], {}
    for n, facet in enumerate(facets):
        objects[n] = list(facet.buckets()) if isinstance(facet, RangeFacet) else []
        if not isinstance(facet, RangeFacet):
            fields = facet.options.model._meta.concrete_fields
            ordering = facet.options.query.order_by or facet.options.model._meta.ordering
            parts.append(
                facet.options.order_by()
                .annotate(
                    _facet=Value(n, output_field=IntegerField()),
                    _place=Window(RowNumber(), order_by=[*ordering, "pk"]),
                    _row=JSONObject(**{f.attname: F(f.attname) for f in fields}),
                )
                .values_list("_facet", "_place", "_row")
            )
    rows = _union(parts).using(using) if parts else []
    for n, _place, row in sorted(rows, key=lambda row: row[:2]):
        model = facets[n].options.model
        data = json.loads(row) if isinstance(row, str) else row
        fields = model._meta.concrete_fields
        values = [field.to_python(data.get(field.attname)) for field in fields]
        objects[n].append(model.from_db(using, [f.attname for f in fields], values))
    return objects


def _union(parts: list[QuerySet]) -> QuerySet:
    return parts[0].union(*parts[1:], all=True) if parts[1:] else parts[0]


def _fetch(queryset: QuerySet) -> list[tuple]:
    """The rows of ``queryset`` as the database driver gives them, without Django's converters
    (a tenth of the build's time for 200,000 pairs): keys are text, keys of rows integers."""
    try:
        sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()
    except EmptyResultSet:
        return []
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _positions_of(bitmap: int) -> list[int]:
    """The positions of the bits set in ``bitmap``, lowest first (the binary digits are
    searched in C: the cost grows with the bits set, not with the bitmap's size)."""
    digits = bin(bitmap)[:1:-1]  # bit i is digit i
    found, find = [], digits.find
    i = find("1")
    while i >= 0:
        found.append(i)
        i = find("1", i + 1)
    return found


# Indexes this process built: (namespace, base) -> [version, log position, built at, index].
_indexes: dict[tuple[str, str], list] = {}
MAX_INDEXES = 16


def invalidate(cache, namespace: str = "facets", *, search_only: bool = False) -> None:
    """Make every process rebuild its indexes of ``namespace`` (call after the commit);
    ``search_only``: only the search documents changed, so they forget their text searches.
    Random versions, so a cleared cache never brings back a version some process holds."""
    cache.set(f"{namespace}:{'search' if search_only else 'version'}", uuid.uuid4().hex, None)


def changed(cache, namespace: str, pks: Iterable[int]) -> None:
    """Log that the rows ``pks`` changed (call after the commit): every process updates its
    indexes of ``namespace`` in place on its next request. An entry per change, at the next
    position of the log; if two writers race for a position, the loser invalidates."""
    pks = sorted(set(pks))
    if not pks:
        return
    try:
        position = cache.incr(f"{namespace}:log") if len(pks) <= MAX_REPLAYED else None
    except ValueError:  # no log yet: nobody holds an index of it
        position = None
    if position is None or not cache.add(f"{namespace}:log:{position}", pks, 2 * CACHE_TIMEOUT):
        invalidate(cache, namespace)


def state(cache, namespace: str) -> tuple[str, str, int]:
    """The namespace's version, search version and log position (made when missing)."""
    keys = {f"{namespace}:version": None, f"{namespace}:search": None, f"{namespace}:log": 0}
    found = cache.get_many(keys)
    for key, start in keys.items():
        if key not in found:
            cache.add(key, uuid.uuid4().hex if start is None else start, None)
            found[key] = cache.get(key)
    return tuple(found[key] for key in keys)


def _replayed(cache, namespace: str, index: FacetIndex, start: int, stop: int) -> bool:
    """Whether the logged changes after ``start`` up to ``stop`` were applied to ``index``
    (False if one is missing: then it must be rebuilt)."""
    keys = [f"{namespace}:log:{n}" for n in range(start + 1, stop + 1)]
    if not 0 < len(keys) <= MAX_REPLAYED:
        return False
    entries = cache.get_many(keys)
    if len(entries) < len(keys):
        return False
    index.update({pk for pks in entries.values() for pk in pks})
    return True


def facet_index(facets, base: QuerySet, *, orders=None, cache=None, namespace="facets"):
    """The index of ``base``: kept while the namespace's version in ``cache`` (shared by all
    processes) is unchanged, for at most ``CACHE_TIMEOUT`` seconds, and updated in place with
    the logged changes; built anew otherwise (every time without a cache)."""
    if cache is None:
        return FacetIndex(facets, base, orders)
    try:  # which rows: the keys' query says it (a third of the cost of compiling every column)
        keys = base.order_by().values_list("pk")
        sql, params = keys.query.get_compiler(using=base.db).as_sql()
    except EmptyResultSet:
        sql, params = "", ()
    names = (tuple(facet.name for facet in facets), tuple(orders or ()))
    key = (namespace, hashlib.sha256(repr((base.db, names, sql, params)).encode()).hexdigest())
    version, searched, logged = state(cache, namespace)
    kept = _indexes.get(key)
    if (
        kept
        and kept[0] == version
        and time.monotonic() - kept[2] < CACHE_TIMEOUT
        and (kept[1] == logged or _replayed(cache, namespace, kept[3], kept[1], logged))
    ):
        kept[1], index = logged, kept[3]
        if index.searched != searched:  # a search document changed: forget the searches
            index.forget_searches()
            index.searched = searched
        return index
    index = FacetIndex(facets, base, orders)
    index.searched = searched
    if len(_indexes) >= MAX_INDEXES:
        _indexes.pop(next(iter(_indexes)))
    _indexes[key] = [version, logged, time.monotonic(), index]
    return index


class FacetedResults:
    """For a view: the total, the facets with their options, and pages of keys."""

    def __init__(self, selection, base, index: FacetIndex, universe: int, ranks=None):
        self.selection, self.base, self.index, self.ranks = selection, base, index, ranks
        self.universe = universe
        self._counts, self.matching = index.counts(selection, universe)
        self.total: int = self.matching.bit_count()

    @property
    def queryset(self) -> QuerySet:
        """The matching rows (in the database; for callers that need more than a page)."""
        positions = _positions_of(self.matching)
        return self.base.filter(pk__in=[self.index.pks[i] for i in positions])

    def page(self, order: str, start: int, stop: int, *, ranks=None) -> list[int]:
        """Keys of a page in ``order``, highest of ``ranks`` (by key) first if given."""
        return self.index.page(self.matching, order, start, stop, ranks)

    def total_without(self, name: str | None) -> int:
        """The total without the selection of facet ``name`` (None: without the universe)."""
        if name is None:
            return self.index.counts(self.selection, self.index.everything)[1].bit_count()
        without = Selection(self.selection.facets, {**self.selection.chosen, name: []})
        return self.index.counts(without, self.universe)[1].bit_count()

    @cached_property
    def facets(self) -> list[FacetCounts]:
        return self.selection.facet_counts(self._counts, self.index.options)

    @cached_property
    def unknown(self) -> dict[str, list[str]]:
        found = {c.name: list(c.unknown) for c in self.facets if c.unknown}
        for name, codes in self.selection.malformed.items():
            found.setdefault(name, []).extend(codes)
        return found


def facet(selection, queryset, *, base=None, orders=None, cache=None, namespace="facets"):
    """Count every facet's options over ``queryset`` under ``selection``.

    ``base`` is what the index covers (the rows the viewer may see; ``queryset`` by default);
    ``queryset`` may narrow it, at the cost of one query for its keys: a queryset, or a text
    search's ranked matches (see :meth:`FacetIndex.narrowed`). ``orders``: the index's named
    orderings.
    """
    base = queryset if base is None else base
    index = facet_index(selection.facets, base, orders=orders, cache=cache, namespace=namespace)
    if queryset is base:
        return FacetedResults(selection, base, index, index.everything)
    universe, ranks = index.narrowed(queryset)
    return FacetedResults(selection, base, index, universe, ranks)
