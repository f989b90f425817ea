"""A faceted, searchable, sortable, paged listing: the machinery behind ``/leden/`` and
``/praktijken/``.

An app describes its listing once in a :class:`ListingSpec` (facets, sort orders, what a card
needs) and calls :func:`browse` with the rows the viewer may see and the query string. Every
state lives in the query string, with Dutch keys: ``zoek`` (text), ``sorteer``, ``pagina`` and
one key per facet. Bad values never fail: they are ignored and ``notices`` says so.

Queries per page, whatever the number of rows: the index's state in the shared cache, the keys
and ranks of the rows matching the text query (the first time it is asked), and the page's rows
with what ``for_cards`` adds. Counts, the page's keys and the options a card shows come from
``lpb.facets``' in-memory index of the visible rows, kept per process and updated in place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Mapping, Sequence
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
RANK = search.RANK  # a text search's rank (``Matches.annotated``, the SQL reference's order)
RELEVANCE_LABEL = gettext_lazy("Best match")


class KeptCounts:
    """Counts by key that a listing sorts by ("most recognised", "most answers"), read once
    per change by each process: :meth:`forget` (an ``lpb.freshness`` watch) sets a new version
    in the shared cache, and a process reads again when the version is not the one it read, or
    after ``CACHE_TIMEOUT`` seconds. While the counts are kept, so is the order by them."""

    def __init__(self, name: str, read: Callable[[], Mapping[int, int]]):
        self.name, self.read = name, read
        self._kept: tuple[str, float, Mapping[int, int]] | None = None

    def __call__(self) -> Mapping[int, int]:
        version = facets.state(cache, self.name)[0]  # versioned like an index
        kept = self._kept
        if kept and kept[0] == version and time.monotonic() - kept[1] < facets.CACHE_TIMEOUT:
            return kept[2]
        counts = self.read()
        self._kept = (version, time.monotonic(), counts)
        return counts

    def forget(self, *_changed) -> None:
        facets.invalidate(cache, self.name)


@dataclass(frozen=True)
class ListingSpec:
    """What a listing is made of.

    ``sorts`` maps each sort key (as in the URL) to a label and a function that orders a
    queryset; ``default_sort`` is used without a text query (with one, the best match comes
    first, ties in ``relevance_ties``). The facet index keeps every order but those in
    ``counted_sorts`` (sort key → :class:`KeptCounts`, on data that changes without touching
    the listing, such as recognitions or answers: highest count first, ties in
    ``default_sort``; the order function stays the SQL definition the tests compare). ``names``:
    fields a misspelt name may resemble (PostgreSQL). ``card_options``: relation → facet, the
    options a card shows, read off the index (no query; ``for_cards``' prefetches are dropped).
    """

    facets: Sequence[Facet]
    sorts: dict[str, tuple[Any, Callable[[QuerySet], QuerySet]]]
    default_sort: str
    for_cards: Callable[[QuerySet], QuerySet]
    relevance_ties: str = ""
    names: Sequence[str] = ()
    similar_notice: Any = None
    cache_namespace: str | None = None
    per_page: int = 24
    counted_sorts: Mapping[str, KeptCounts] = field(default_factory=dict)
    card_options: Mapping[str, str] = field(default_factory=dict)

    def indexed_orders(self) -> dict[str, Callable[[QuerySet], QuerySet]]:
        """The orders the facet index keeps, by sort key."""
        return {
            key: order
            for key, (_label, order) in self.sorts.items()
            if key not in self.counted_sorts
        }

    def order(self, queryset: QuerySet, sort: str) -> QuerySet:
        if sort == SORT_RELEVANCE:
            ties = self.sorts[self.relevance_ties][1](queryset).query.order_by
            return queryset.order_by(f"-{RANK}", *ties)
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
    """An active filter, with the URL that removes it; as the relaxation offered when nothing
    matches, with the number of results that removing it gives."""

    label: str
    url: str
    count: int = 0


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
    relaxation: Chip | None = None

    @property
    def total(self) -> int:
        return self.page.paginator.count

    @property
    def filter_count(self) -> int:
        return sum(len(f.selected) for f in self.facets)


def invalidate(spec: ListingSpec, *, search_only: bool = False) -> None:
    """Make every process rebuild a listing's index once the transaction commits (at once
    outside one); ``search_only``: only search documents changed (``lpb.facets.invalidate``)."""
    if spec.cache_namespace:
        transaction.on_commit(
            lambda: facets.invalidate(cache, spec.cache_namespace, search_only=search_only)
        )


def changed(spec: ListingSpec, pks: Collection[int]) -> None:
    """After the commit, log that these rows changed: every process updates its index of the
    listing in place (``lpb.facets.changed``). Apps call it from their ``lpb.freshness``
    watchers."""
    if spec.cache_namespace:
        transaction.on_commit(lambda: facets.changed(cache, spec.cache_namespace, pks))


def index(spec: ListingSpec, visible: QuerySet) -> facets.FacetIndex:
    """The facet index of a listing's visible rows, as its pages use it (for other features
    that look up the same facts, such as related stories)."""
    return facets.facet_index(spec.facets, visible, **_kept(spec))


def faceted(spec: ListingSpec, selection: Selection, rows, **base) -> FacetedResults:
    """The facet counts and pages of ``rows``, a queryset or a text search's matches (within
    ``base``: the visible rows)."""
    return facets.facet(selection, rows, **_kept(spec), **base)


def _kept(spec: ListingSpec) -> dict:
    """How a listing's index is kept: its orders, and the shared cache's version of it."""
    cache_kept = {"cache": cache, "namespace": spec.cache_namespace}
    return {"orders": spec.indexed_orders(), **(cache_kept if spec.cache_namespace else {})}


def _cards(spec: ListingSpec, results: FacetedResults, pks: list[int], *, with_document: bool):
    """The rows with these primary keys, in this order, with what their cards show (only the
    visible ones: the index may lag a change by a moment)."""
    rows = spec.for_cards(results.base.filter(pk__in=pks))
    if spec.card_options:
        rows = rows.prefetch_related(None)
    if not with_document:
        rows = rows.defer("search_document")  # only searches show a snippet
    found = {row.pk: row for row in rows}
    rows = [found[pk] for pk in pks if pk in found]
    for relation, facet in spec.card_options.items():
        attach_options(results.index, rows, relation, facet)
    return rows


def attach_options(index: facets.FacetIndex, rows: list, relation: str, facet: str) -> None:
    """Fill the many-to-many ``relation`` of each row with its options of ``facet`` from the
    index, as ``prefetch_related`` would, without a query."""
    options = index.options_by_row(facet, [row.pk for row in rows])
    for row in rows:
        chosen = getattr(row, relation).all()
        chosen._result_cache, chosen._prefetch_done = options.get(row.pk, []), True
        row._prefetched_objects_cache = {**getattr(row, "_prefetched_objects_cache", {})}
        row._prefetched_objects_cache[relation] = chosen


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

    # Searched over every row: the index holds only the visible ones, so checking visibility
    # in the search too would cost a join (for 10,000 members, most of its time) for nothing.
    every = visible.model._default_manager.all()
    searched = search.search(every, query) if query else visible
    results = faceted(spec, selection, searched, base=visible)
    widening = None
    if query and not results.total:
        # Nothing matched the words: perhaps a misspelt name ("Merlyn van Hulst"), else a
        # partial or misspelt word ("wijkreg", "dementei"). The name first: it is the stricter
        # try (the whole text like one person's name), and widening "merlyn" to "merel" would
        # find other people than the one meant.
        resembling = search.similar(visible, query, names=spec.names) if spec.names else None
        fuzzy = resembling and faceted(spec, selection, resembling, base=visible)
        if fuzzy and fuzzy.total:
            results = fuzzy
            notices.append(str(spec.similar_notice) % {"text": query.text})
        else:  # the widened terms are looked up once while the documents stay
            widening = results.index.remembered(
                ("widen", query.text), lambda: search.widen(every, query)
            )
            widened = widening and faceted(spec, selection, widening.matches, base=visible)
            if widened and widened.total:
                results = widened
            else:
                widening = None
    unknown = _unknown_notice(results.facets, results)
    if unknown:
        notices.append(unknown)

    effective_sort = sort or (SORT_RELEVANCE if query else spec.default_sort)
    if effective_sort == SORT_RELEVANCE and not query:
        effective_sort = spec.default_sort
    # The page's keys off the index (in a kept order, or by ranks with a kept order for
    # ties), then those rows in full.
    order, ranks = effective_sort, None
    if effective_sort == SORT_RELEVANCE:
        order, ranks = spec.relevance_ties, results.ranks
    elif effective_sort in spec.counted_sorts:
        order, ranks = spec.default_sort, spec.counted_sorts[effective_sort]()
    # Paged as a range of the total (counted with the facets: no COUNT query), then the keys.
    paginator = Paginator(range(results.total), spec.per_page)
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
    start = (page.number - 1) * spec.per_page
    page.object_list = results.page(order, start, start + spec.per_page, ranks=ranks)
    rows = _cards(spec, results, page.object_list, with_document=bool(query))
    terms = widening.terms if widening else ()
    for row in rows:
        row.snippet = search.snippet(row.search_document, query, terms=terms) if query else ""
    if widening:
        notices.append(_widened_notice(widening, rows))

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
        listing.relaxation = _relaxation(results, query, canonical)
    return listing


def _widened_notice(widening: search.Widening, rows: list) -> str:
    """What a widened search searched for instead: the words of the shown rows that hold the
    terms searched, the most frequent term first (never a word only a row the viewer may not
    see holds, nor a stem such as "schuldhulpverlen")."""
    words = search.widened_words(widening, [row.search_document for row in rows])
    return ngettext(
        "Nothing found for %(typed)s; these are the results for words that begin with it or "
        "resemble it: %(words)s.",
        "Nothing found for %(typed)s; these are the results for words that begin with or "
        "resemble them: %(words)s.",
        len(widening.words),
    ) % {
        "typed": ", ".join(f"“{word}”" for word in widening.words),
        "words": ", ".join(words) or "…",
    }


def _relaxation(
    results: FacetedResults, query: search.ParsedQuery, canonical: QueryDict
) -> Chip | None:
    """The single filter whose removal gives the most results (only run when none match)."""
    candidates = []
    if query:
        label = _("the search “%(text)s”") % {"text": query.text}
        count = results.total_without(None)
        candidates.append(Chip(label, _without(canonical, TEXT_KEY), count))
    for counts in results.facets:
        if counts.selected:
            label = f"{counts.label}: {', '.join(option.label for option in counts.selected)}"
            count = results.total_without(counts.name)
            candidates.append(Chip(label, _without(canonical, counts.name), count))
    best = max(candidates, key=lambda c: c.count, default=None)
    return best if best and best.count else None
