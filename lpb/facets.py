"""Disjunctive faceting: OR within a facet, AND across facets, live counts per option.

A :class:`Facet` is a named, multi-valued filter over a result model (members, practice cases):
a lookup path to an option model (a foreign key, a many-to-many or a tag relation), the option
queryset, and the option field that keys it in the URL (``?thema=jeugd&thema=wonen``).

A :class:`Selection` is what a request chose. ``selection.apply(queryset)`` filters the results;
``selection.count(queryset)`` gives the number of results and every facet's options with the
number of results each would give, computed as Algolia and Elasticsearch do: the counts of facet
X apply the selections of all *other* facets (and whatever ``queryset`` already filters, such as
a text query), not X's own, so ticking "verbindend" does not make the other qualities drop to 0.

Two queries, whatever the number of facets, options or results: one SQL statement counts
everything (the total and every facet's options, see :meth:`Selection.count`), one reads the
options to show. Never a query per option or per row. With ``cache=`` both are kept in a Django
cache per state until :func:`invalidate` (or a timeout); labels are still made per request, in
the active language.

Unknown option codes are ignored: they match nothing, and a facet with only unknown codes filters
nothing. ``FacetCounts.unknown`` lists them so the page can say so.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.core.exceptions import EmptyResultSet, FieldDoesNotExist
from django.db import connections
from django.db.models import CharField, Exists, F, IntegerField, Model, Q, QuerySet, Value
from django.db.models.functions import Cast, JSONObject

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
Options = dict[int, list[Model]]  # facet number → the option objects to show, in order


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

    def count(
        self, queryset: QuerySet, *, cache=None, namespace: str = "facets"
    ) -> tuple[int, list[FacetCounts]]:
        """The number of results, and every facet's options with their counts.

        ``queryset`` is the universe before facet filters (it may be text-filtered). One SQL
        statement counts everything: a CTE holds the universe with one flag per selected facet
        ("matches this facet's selection") and one column per single-valued facet; the total
        counts the rows with every flag set, and each facet counts its options over the rows
        whose *other* flags are set. A second query reads the options to show (their labels).

        ``cache``: a Django cache that keeps both for a state (the counting statement's SQL is
        the key, so different universes never share) until ``invalidate(cache, namespace)``.
        """
        counts, options = self.state(queryset, cache=cache, namespace=namespace)
        return counts.get(-1, {}).get("", 0), self.facet_counts(counts, options)

    def state(
        self, queryset: QuerySet, *, cache=None, namespace: str = "facets"
    ) -> tuple[Counts, Options]:
        """The counts (by facet number and option key; -1 is the total) and the option objects
        to show (by facet number): the data of :meth:`count`, before labels are made."""
        try:
            sql, params = self._counting_sql(queryset)
        except EmptyResultSet:
            return {}, {}
        using = queryset.db
        if cache is not None:
            version_key = f"{namespace}:version"
            digest = hashlib.sha256(repr((using, sql, params)).encode()).hexdigest()
            key = f"{namespace}:state:{digest}"
            found = cache.get_many([version_key, key])
            version = found.get(version_key, 0)
            if key in found and found[key][0] == version:
                return found[key][1], found[key][2]
        counts: Counts = {}
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            for number, option_key, n in cursor.fetchall():
                counts.setdefault(number, {})[option_key] = n
        wanted = {
            n: keys
            for n, facet in enumerate(self.facets)
            if self.is_available(facet) and (keys := self._keys_to_show(facet, counts.get(n, {})))
        }
        options = _load_options(self.facets, wanted, using)
        if cache is not None:
            cache.set(key, (version, counts, options), CACHE_TIMEOUT)
        return counts, options

    def _counting_sql(self, queryset: QuerySet) -> tuple[str, list]:
        model, using = queryset.model, queryset.db
        selected = [facet for facet in self.facets if self.chosen[facet.name]]
        counted = [(n, facet) for n, facet in enumerate(self.facets) if self.is_available(facet)]
        # A single-valued facet (a foreign key chain) is a column of the universe itself; a
        # multi-valued one joins its (option, result) pairs with it.
        single = sorted(n for n, facet in counted if not facet.is_multi_valued(model))
        keys = {
            f"_k{n}": Cast(f"{self.facets[n].path}__{self.facets[n].key}", CharField())
            for n in single
        }
        base, base_params = _sql(
            queryset.order_by().annotate(_facet_pk=F("pk"), **keys).values("_facet_pk", *keys),
            using,
        )
        flags, params = [], []
        for number, facet in enumerate(selected):
            codes = self.chosen[facet.name]
            match, match_params = _sql(facet.matching(codes), using)
            known, known_params = _sql(facet.known(codes), using)
            # Matches the selection, or none of the selected codes exists (then it is ignored,
            # like an unknown code among known ones).
            flags.append(f"(b._facet_pk IN ({match}) OR NOT EXISTS ({known})) AS _f{number}")
            params += [*match_params, *known_params]
        columns = ["b._facet_pk AS pk", *(f"b.{name} AS {name}" for name in keys), *flags]
        params += base_params

        def where(skip: Facet | None) -> str:
            conditions = [f"_facet_base._f{n}" for n, f in enumerate(selected) if f is not skip]
            return " AND ".join(conditions) or "1 = 1"

        branches = []
        for number, facet in counted:
            if number in single:
                branches.append(
                    f"SELECT {number} AS _facet, _k{number} AS _key, COUNT(*) AS _n "
                    f"FROM _facet_base WHERE _k{number} IS NOT NULL AND {where(facet)} "
                    f"GROUP BY _k{number}"
                )
                continue
            # The pairs are unique (a many-to-many or tag relation has one row per pair), so
            # COUNT(*) counts results.
            pairs, pair_params = _sql(
                facet.options.order_by()
                .annotate(_k=Cast(facet.key, CharField()), _m=F(facet.reverse_path))
                .values("_k", "_m"),
                using,
            )
            branches.append(
                f"SELECT {number} AS _facet, p._k AS _key, COUNT(*) AS _n "
                f"FROM ({pairs}) p INNER JOIN _facet_base ON _facet_base.pk = p._m "
                f"WHERE {where(facet)} GROUP BY p._k"
            )
            params += pair_params
        branches.append(f"SELECT -1, '', COUNT(*) FROM _facet_base WHERE {where(None)}")
        sql = (
            f"WITH _facet_base AS (SELECT {', '.join(columns)} FROM ({base}) b) "
            + " UNION ALL ".join(branches)
        )
        return sql, params

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


def _sql(queryset: QuerySet, using: str) -> tuple[str, tuple]:
    return queryset.query.get_compiler(using=using).as_sql()


def invalidate(cache, namespace: str = "facets") -> None:
    """Forget every cached count in ``namespace`` (call when the counted data changed)."""
    try:
        cache.incr(f"{namespace}:version")
    except ValueError:
        cache.set(f"{namespace}:version", 1, None)


def _load_options(facets: Sequence[Facet], wanted: dict[int, list[str]], using: str) -> Options:
    """The option objects with the keys in ``wanted`` (per facet number), in one query.

    Each option row travels as a JSON object of its fields, so that option models of any shape
    fit one ``UNION ALL``; they come back as model instances in each facet's own ordering.
    """
    parts = []
    for number, keys in wanted.items():
        facet = facets[number]
        fields = facet.options.model._meta.concrete_fields
        parts.append(
            facet.options.order_by()
            .filter(**{f"{facet.key}__in": keys})
            .annotate(
                _facet=Value(number, output_field=IntegerField()),
                _row=JSONObject(**{f.attname: F(f.attname) for f in fields}),
            )
            .values_list("_facet", "_row")
        )
    if not parts:
        return {}
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    objects: Options = {}
    for number, row in rows.using(using):
        model = facets[number].options.model
        data = json.loads(row) if isinstance(row, str) else row
        fields = model._meta.concrete_fields
        values = [field.to_python(data.get(field.attname)) for field in fields]
        objects.setdefault(number, []).append(
            model.from_db(using, [f.attname for f in fields], values)
        )
    for number, items in objects.items():
        options = facets[number].options
        _sort(items, list(options.query.order_by or options.model._meta.ordering))
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
    """For a view: the filtered queryset, the total, and the facets with their options."""

    def __init__(self, selection: Selection, queryset: QuerySet, counts: Counts, options: Options):
        self.selection = selection
        self.queryset = queryset
        self.total: int = counts.get(-1, {}).get("", 0)
        self._counts, self._options = counts, options

    @cached_property
    def facets(self) -> list[FacetCounts]:
        return self.selection.facet_counts(self._counts, self._options)

    @cached_property
    def unknown(self) -> dict[str, list[str]]:
        found = {c.name: list(c.unknown) for c in self.facets if c.unknown}
        for name, codes in self.selection.malformed.items():
            found.setdefault(name, []).extend(codes)
        return found


def facet(selection: Selection, queryset: QuerySet, *, cache=None, **kwargs) -> FacetedResults:
    """Filter ``queryset`` by ``selection`` and count every facet's options over it."""
    counts, options = selection.state(queryset, cache=cache, **kwargs)
    return FacetedResults(selection, selection.apply(queryset), counts, options)
