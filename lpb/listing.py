"""A faceted, searchable, sortable, paged listing: the machinery behind ``/leden/`` and
``/praktijken/``.

An app describes its listing once in a :class:`ListingSpec` (facets, sort orders, what a card
needs) and calls :func:`browse` with the rows the viewer may see and the query string. Every
state lives in the query string, with Dutch keys: ``zoek`` (text), ``sorteer``, ``pagina`` and
one key per facet. Bad values never fail: they are ignored and ``notices`` says so.

Queries per page, whatever the number of rows: the keys of the rows matching the text query (if
any; the facet counts come from ``lpb.facets``' in-memory index of the visible rows, built once
per change), the page's primary keys, and the page's rows with what ``for_cards`` prefetches.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.core.cache import cache
from django.core.paginator import EmptyPage, Page, Paginator
from django.db import transaction
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from lpb import facets, search
from lpb.facets import Facet, FacetCounts, FacetedResults, Selection

TEXT_KEY, SORT_KEY, PAGE_KEY = "zoek", "sorteer", "pagina"
SORT_RELEVANCE = "relevantie"
RANK = "search_rank"  # the annotation ``lpb.search`` ranks matches by
UNFILTERED = "_unfiltered"  # the index's name for ``ListingSpec.unfiltered_order``
RELEVANCE_LABEL = gettext_lazy("Best match")


@dataclass(frozen=True)
class ListingSpec:
    """What a listing is made of.

    ``sorts`` maps each sort key (as in the URL) to a label and a function that orders a
    queryset; ``default_sort`` is used without a text query (with one, the best match comes
    first). ``default_order`` may replace the default sort's order when nothing is filtered
    (featured stories first). ``names``: fields a misspelt name may resemble (PostgreSQL).
    ``live_sorts``: sorts on data that changes without invalidating the listing (counts of
    stories or recognitions), ordered by the database every time; the other orders are kept in
    the facet index (``lpb.facets``) and pages are read off it. ``counted_sorts``: sorts by a
    count that changes all day (recognitions): sort key → (a function giving the counts by
    primary key, read each time in one query; the index's order that breaks ties).
    """

    facets: Sequence[Facet]
    sorts: dict[str, tuple[Any, Callable[[QuerySet], QuerySet]]]
    default_sort: str
    for_cards: Callable[[QuerySet], QuerySet]
    relevance_ties: str = ""
    names: Sequence[str] = ()
    similar_notice: Any = None
    unfiltered_order: Callable[[QuerySet], QuerySet] | None = None
    cache_namespace: str | None = None
    per_page: int = 24
    live_sorts: Sequence[str] = ()
    counted_sorts: Mapping[str, tuple[Callable[[], Mapping[int, int]], str]] = field(
        default_factory=dict
    )

    def indexed_orders(self) -> dict[str, Callable[[QuerySet], QuerySet]]:
        """The orders the facet index keeps, by name (see :meth:`index_order`)."""
        orders = {
            key: order
            for key, (_label, order) in self.sorts.items()
            if key not in self.counted_sorts
        }
        if self.unfiltered_order:
            orders[UNFILTERED] = self.unfiltered_order
        return {key: order for key, order in orders.items() if key not in self.live_sorts}

    def index_order(self, sort: str, *, filtered: bool) -> str | None:
        """The index's name for the order of ``sort`` (for the best match: the order that
        breaks ties between equal ranks); None when the database must order."""
        if sort == self.default_sort and not filtered and self.unfiltered_order:
            return UNFILTERED
        if sort == SORT_RELEVANCE:
            sort = self.relevance_ties
        if sort in self.counted_sorts:
            sort = self.counted_sorts[sort][1]
        return None if sort in self.live_sorts else sort

    def order(self, queryset: QuerySet, sort: str, *, filtered: bool) -> QuerySet:
        if sort == SORT_RELEVANCE:
            ties = self.sorts[self.relevance_ties][1](queryset).query.order_by
            return queryset.order_by("-search_rank", *ties)
        if sort == self.default_sort and not filtered and self.unfiltered_order:
            return self.unfiltered_order(queryset)
        return self.sorts[sort][1](queryset)

    def sort_choices(self, query) -> list[tuple[str, Any]]:
        """The sort menu. Its first, empty choice is the default: the best match when
        searching, else ``default_sort``; so a new search is ranked unless another order was
        chosen."""
        others = [(key, label) for key, (label, _order) in self.sorts.items()]
        if query:
            return [("", RELEVANCE_LABEL), *others]
        default_label = self.sorts[self.default_sort][0]
        return [("", default_label), *(c for c in others if c[0] != self.default_sort)]

    def shown_sort(self, sort: str | None, query) -> str:
        """The menu's selected value for the requested sort ("" for the default order)."""
        default = SORT_RELEVANCE if query else self.default_sort
        return "" if not sort or sort in (default, SORT_RELEVANCE) else sort


class SearchTextField(forms.CharField):
    """Free text, cleaned rather than refused: control characters go, spacing is collapsed."""

    def to_python(self, value):
        return search.clean_text(super().to_python(value), max_length=100_000)


class ListingForm(forms.Form):
    """Parses a listing's query string (the facets are parsed by ``lpb.facets``)."""

    zoek = SearchTextField(label=gettext_lazy("Search"), required=False)
    sorteer = forms.CharField(label=gettext_lazy("Sort by"), required=False, max_length=40)
    pagina = forms.IntegerField(min_value=1, max_value=1_000_000, required=False)

    def values(self, spec: ListingSpec) -> tuple[str, str | None, int, list[str]]:
        """(text, sort, page, notices): the valid values, defaults for the rest."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        notices = []
        text = data.get(TEXT_KEY, "")
        if len(text) > search.MAX_QUERY_LENGTH:
            text = text[: search.MAX_QUERY_LENGTH].strip()
            notices.append(
                _("The search text was shortened to its first %(count)d characters.")
                % {"count": search.MAX_QUERY_LENGTH}
            )
        sort = data.get(SORT_KEY) or None
        if SORT_KEY in self.errors or (sort and sort != SORT_RELEVANCE and sort not in spec.sorts):
            sort = None
            notices.append(_("That sort order does not exist; the default order is used."))
        page = data.get(PAGE_KEY) or 1
        if PAGE_KEY in self.errors:
            notices.append(_("That is not a page number; this is the first page."))
        return text, sort, page, notices


@dataclass
class Chip:
    """An active filter, with the URL that removes it."""

    label: str
    url: str


@dataclass
class Relaxation:
    """What dropping one filter would give, offered when nothing matches."""

    label: str
    url: str
    count: int


@dataclass
class Listing:
    form: ListingForm
    query: search.ParsedQuery
    sort: str
    sort_choices: list[tuple[str, Any]]
    page: Page
    rows: list
    facets: list[FacetCounts]
    params: QueryDict
    chips: list[Chip] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    relaxation: Relaxation | None = None

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def filter_count(self) -> int:
        return sum(len(f.selected) for f in self.facets)


def invalidate(spec: ListingSpec, *, search_only: bool = False) -> None:
    """Forget a listing's cached facet counts once the current transaction commits (at once
    outside one), so that no worker rebuilds from the old rows under the new version;
    ``search_only``: only search documents changed (``lpb.facets.invalidate``). Apps call it
    from their ``lpb.freshness`` watchers."""
    if spec.cache_namespace:
        transaction.on_commit(
            lambda: facets.invalidate(cache, spec.cache_namespace, search_only=search_only)
        )


def index(spec: ListingSpec, visible: QuerySet) -> facets.FacetIndex:
    """The facet index of a listing's visible rows, as its pages use it (for other features
    that look up the same facts, such as "Wie bel je?" and related stories)."""
    return facets.facet_index(spec.facets, visible, **_kept(spec))


def _kept(spec: ListingSpec) -> dict:
    """How a listing's index is kept: its orders, and the shared cache's version of it."""
    return {
        "orders": spec.indexed_orders(),
        "cache": cache if spec.cache_namespace else None,
        "namespace": spec.cache_namespace or "facets",
    }


def _facet(
    spec: ListingSpec, selection: Selection, queryset: QuerySet, *, base: QuerySet
) -> FacetedResults:
    return facets.facet(selection, queryset, base=base, rank=RANK, **_kept(spec))


class IndexedPages:
    """The primary keys of a listing in an order the facet index keeps, sliced as a
    ``Paginator`` slices its ``object_list``."""

    def __init__(
        self, results: FacetedResults, order: str, *, ranked: bool, ranks: Mapping | None = None
    ):
        self.results, self.order, self.ranked, self.ranks = results, order, ranked, ranks

    def __len__(self) -> int:
        return self.results.total

    def __getitem__(self, items: slice) -> list[int]:
        return self.results.page(
            self.order, items.start or 0, items.stop, ranked=self.ranked, ranks=self.ranks
        )


def _cards(spec: ListingSpec, visible: QuerySet, pks: list[int], *, with_document: bool) -> list:
    """The rows with these primary keys, in this order, with what their cards show (only the
    visible ones: the index may lag a change by a moment)."""
    rows = spec.for_cards(visible.filter(pk__in=pks))
    if not with_document:
        rows = rows.defer("search_document")  # only searches show a snippet
    found = {row.pk: row for row in rows}
    return [found[pk] for pk in pks if pk in found]


def _url(params: QueryDict) -> str:
    return "?" + params.urlencode() if params else "?"


def _canonical(selection: Selection, text: str, sort: str | None) -> QueryDict:
    """The query string of the current state with only valid, meaningful values."""
    params = QueryDict(mutable=True)
    if text:
        params[TEXT_KEY] = text
    for name, codes in selection.chosen.items():
        if codes:
            params.setlist(name, codes)
    if sort:
        params[SORT_KEY] = sort
    return params


def _without(params: QueryDict, key: str, value: str | None = None) -> str:
    params = params.copy()
    if value is None:
        params.pop(key, None)
    else:
        params.setlist(key, [v for v in params.getlist(key) if v != value])
    return _url(params)


def _unknown_notice(counted: list[FacetCounts], results: FacetedResults) -> str | None:
    if not results.unknown:
        return None
    labels = {f.name: f.label for f in counted}
    parts = [
        f"{labels[name]}: {', '.join(codes)}" for name, codes in results.unknown.items() if codes
    ]
    return ngettext(
        "This filter does not exist and was ignored: %(filters)s.",
        "These filters do not exist and were ignored: %(filters)s.",
        sum(len(codes) for codes in results.unknown.values()),
    ) % {"filters": "; ".join(parts)}


def browse(spec: ListingSpec, *, visible: QuerySet, params: QueryDict) -> Listing:
    """The listing of ``visible`` (the rows the viewer may see) for the query string ``params``."""
    form = ListingForm(params)
    text, sort, page_number, notices = form.values(spec)
    query = search.parse(text)
    if text and not query:
        notices.append(_("The search text has no words to search for; it was ignored."))
    selection = Selection.from_query(spec.facets, params)

    searched = search.search(visible, query) if query else visible
    results = _facet(spec, selection, searched, base=visible)
    if query and not results.total and spec.names:
        # Nothing matched the words: perhaps a misspelt name ("Merlyn van Hulst").
        resembling = search.similar(visible, query, names=spec.names)
        if resembling is not None:
            fuzzy = _facet(spec, selection, resembling, base=visible)
            if fuzzy.total:
                searched, results = resembling, fuzzy
                notices.append(str(spec.similar_notice) % {"text": query.text})
    unknown = _unknown_notice(results.facets, results)
    if unknown:
        notices.append(unknown)

    effective_sort = sort or (SORT_RELEVANCE if query else spec.default_sort)
    if effective_sort == SORT_RELEVANCE and not query:
        effective_sort = spec.default_sort
    filtered = bool(query or selection)
    # The page's primary keys first (off the index, or narrow rows to sort), then those rows
    # in full.
    order = spec.index_order(effective_sort, filtered=filtered)
    if order in results.orders:
        counts = spec.counted_sorts.get(effective_sort)
        keys = IndexedPages(
            results,
            order,
            ranked=effective_sort == SORT_RELEVANCE,
            ranks=counts[0]() if counts else None,
        )
    else:
        keys = spec.order(results.queryset, effective_sort, filtered=filtered)
        keys = keys.values_list("pk", flat=True)
    paginator = Paginator(keys, spec.per_page)
    paginator.count = results.total  # counted with the facets: no separate COUNT query
    try:
        page = paginator.page(page_number)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
        notices.append(
            ngettext(
                "There is only %(count)d page; here it is.",
                "There are only %(count)d pages; this is the last one.",
                paginator.num_pages,
            )
            % {"count": paginator.num_pages}
        )
    rows = _cards(spec, visible, list(page.object_list), with_document=bool(query))
    for row in rows:
        row.snippet = search.snippet(row.search_document, query) if query else ""

    canonical = _canonical(selection, query.text if query else "", sort)
    chips = []
    if query:
        chips.append(
            Chip(_("Search: “%(text)s”") % {"text": query.text}, _without(canonical, TEXT_KEY))
        )
    for counts in results.facets:
        for option in counts.selected:
            chips.append(
                Chip(
                    f"{counts.label}: {option.label}", _without(canonical, counts.name, option.key)
                )
            )
    listing = Listing(
        form=form,
        query=query,
        sort=spec.shown_sort(sort, query),
        sort_choices=spec.sort_choices(query),
        page=page,
        rows=rows,
        facets=results.facets,
        params=canonical,
        chips=chips,
        notices=notices,
    )
    if not rows and chips:
        listing.relaxation = _relaxation(visible, searched, selection, results, query, canonical)
    return listing


def _relaxation(
    visible: QuerySet,
    searched: QuerySet,
    selection: Selection,
    results: FacetedResults,
    query: search.ParsedQuery,
    canonical: QueryDict,
) -> Relaxation | None:
    """The single filter whose removal gives the most results (only run when none match)."""
    candidates = []
    if query:
        count = selection.apply(visible).count()
        label = _("the search “%(text)s”") % {"text": query.text}
        candidates.append(Relaxation(label, _without(canonical, TEXT_KEY), count))
    for counts in results.facets:
        if counts.selected:
            count = selection.apply(searched, exclude=counts.name).count()
            names = ", ".join(option.label for option in counts.selected)
            label = f"{counts.label}: {names}"
            candidates.append(Relaxation(label, _without(canonical, counts.name), count))
    best = max(candidates, key=lambda c: c.count, default=None)
    return best if best and best.count else None
