"""A BM25 text index over whole tables, kept current as rows change (see ``lpb.models``).

- :func:`index` — (re)index rows from their text, after their search document was rebuilt
  (``lpb.search.rebuild_documents`` and the apps' single-row refreshes call it);
- :func:`rank` — the rows that best match weighted query terms, by Okapi BM25 (k1 = 1.2,
  b = 0.75): a term's weight is its rarity in the whole table (idf), so "warmtenet" (in
  30 stories) outweighs "overlast" (in 5,000). Two queries (document frequencies, scores);
- :func:`search` — every row holding a term of each group of a text search, with the same
  scores (a term in the first line, a name or title, counts more), in one query;
- :func:`frequencies` and :func:`candidates` — in how many rows each of a query's terms occurs
  (none: the index does not know it), and for a word it does not know, the terms that start
  with it or (PostgreSQL, pg_trgm) resemble it: ``lpb.search.widen``'s second try.

Everything runs in the database, the same on PostgreSQL and SQLite; terms come from
:mod:`lpb.analysis`. A leaf module: it imports only Django and ``lpb``'s own leaves.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import BooleanField, Case, ExpressionWrapper, F, Model, Q, QuerySet, When
from django.db.models.functions import Greatest

from lpb import analysis
from lpb.models import IndexedKind, TermFrequency, TermPosting

K1 = 1.2
B = 0.75
BATCH = 500
COMMON = 0.1  # a query's own term in more of the rows than this is left out of the ranking
COMMON_EXTRA = 0.05  # the same for related words (synonyms of suggested vocabulary)
PRUNE_FROM = 1000  # rows: in a smaller table every term is kept
MAX_TERM = 60


def kind_of(model: type[Model]) -> str:
    return model._meta.label_lower


def index(model: type[Model], documents: Mapping[int, str], *, new: bool = False) -> None:
    """Replace the postings of the rows in ``documents`` (pk → text) with their terms.

    ``new``: the rows were just created (bulk seeding): nothing to replace, one batch."""
    kind = kind_of(model)
    rows = list(documents)
    size = max(1, len(rows)) if new else BATCH
    for start in range(0, len(rows), size):
        batch = rows[start : start + size]
        _index_batch(kind, {pk: documents[pk] for pk in batch}, new=new)


def remove(model: type[Model], pks: Iterable[int]) -> None:
    """Forget rows (deleted ones)."""
    kind = kind_of(model)
    pks = list(pks)
    for start in range(0, len(pks), BATCH):
        _index_batch(kind, dict.fromkeys(pks[start : start + BATCH], ""))


@transaction.atomic
def _index_batch(kind: str, documents: dict[int, str], *, new: bool = False) -> None:
    existing = TermPosting.objects.filter(kind=kind, object_id__in=list(documents))
    old = {} if new else dict(existing.values_list("object_id", "length").distinct())
    delta: Counter = Counter()
    if old:
        delta.subtract(Counter(existing.values_list("term", flat=True)))
        existing.delete()
    postings, total, count = [], 0, 0
    for pk, text in documents.items():
        counts = Counter(term[:MAX_TERM] for term in analysis.terms(text))
        if not counts:
            continue
        first = {term[:MAX_TERM] for term in analysis.terms(text.partition("\n")[0])}
        length = sum(counts.values())
        total, count = total + length, count + 1
        postings.extend(
            (kind, pk, term, min(n, 32767), length, term in first) for term, n in counts.items()
        )
        delta.update(counts.keys())
    _write(postings)
    _count_rows(kind, {term: n for term, n in delta.items() if n})
    IndexedKind.objects.get_or_create(kind=kind)
    IndexedKind.objects.filter(kind=kind).update(
        documents=F("documents") + count - len(old), length=F("length") + total - sum(old.values())
    )


def _count_rows(kind: str, delta: dict[str, int]) -> None:
    """Add ``delta`` (term → change) to the terms' document frequencies (an upsert)."""
    if not delta:
        return
    table = TermFrequency._meta.db_table
    items = list(delta.items())
    upsert = (
        f"INSERT INTO {table} (kind, term, rows) VALUES %s "
        f"ON CONFLICT (kind, term) DO UPDATE SET rows = {table}.rows + excluded.rows"
    )
    if connection.vendor != "postgresql":  # one row a time, one call (SQLite has few params)
        with connection.cursor() as cursor:
            cursor.executemany(upsert % "(%s, %s, %s)", [(kind, t, n) for t, n in items])
        return
    size = 20_000  # one statement per batch (PostgreSQL takes 65,535 parameters)
    with connection.cursor() as cursor:
        for start in range(0, len(items), size):
            chunk = items[start : start + size]
            values = ", ".join(["(%s, %s, %s)"] * len(chunk))
            cursor.execute(
                f"INSERT INTO {table} (kind, term, rows) VALUES {values} "
                "ON CONFLICT (kind, term) DO UPDATE SET rows = "
                f"{table}.rows + excluded.rows",
                [value for term, n in chunk for value in (kind, term, n)],
            )


_COLUMNS = "kind, object_id, term, count, length, first_line"


def _write(postings: list[tuple]) -> None:
    if not postings:
        return
    table = TermPosting._meta.db_table
    if connection.vendor == "postgresql" and len(postings) > 1000:
        copy = f"COPY {table} ({_COLUMNS}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(copy) as writer:
            for posting in postings:
                writer.write_row(posting)
        return
    if connection.vendor == "postgresql":
        fields = _COLUMNS.split(", ")
        TermPosting.objects.bulk_create(
            [TermPosting(**dict(zip(fields, posting, strict=True))) for posting in postings],
            batch_size=1000,
        )
        return
    with connection.cursor() as cursor:  # SQLite: one call, whatever the number of rows
        cursor.executemany(
            f"INSERT INTO {table} ({_COLUMNS}) VALUES (%s, %s, %s, %s, %s, %s)", postings
        )


@dataclass
class Ranking:
    """BM25 scores of the best rows, and the facts about the query's terms."""

    scores: dict[int, float] = field(default_factory=dict)  # pk → score, best first
    idf: dict[str, float] = field(default_factory=dict)  # term → idf (absent: no row has it)
    documents: int = 0

    def attainable(self, weights: Mapping[str, float]) -> float:
        """The score of a row of average length holding each term once: Σ weight × idf.
        Dividing by it makes scores comparable between tables and queries (≈ 0–1)."""
        unseen = idf(self.documents, 0)
        return sum(w * self.idf.get(t, unseen) for t, w in weights.items())


def idf(documents: int, frequency: int) -> float:
    return math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))


def rank(
    model: type[Model],
    weights: Mapping[str, float],
    *,
    extra: Mapping[str, float] | None = None,
    extra_share: float = 0.5,
    limit: int = 300,
    stats: tuple[int, int] | None = None,
    frequencies: Mapping[str, int] | None = None,
) -> Ranking:
    """The ``limit`` rows of ``model`` with the highest BM25 score for ``weights`` (term →
    weight in the query), over every indexed row; the caller applies who may see what.

    ``extra``: softer terms (synonyms the query did not use itself) whose part of a row's score
    is capped at ``extra_share`` of :meth:`Ranking.attainable`, so that a long text full of
    related words does not outweigh one that holds the words asked for. ``stats``: the
    kind's (rows, total length) when the caller read them already (see :func:`statistics`);
    ``frequencies``: the terms' document frequencies, likewise (see :func:`frequencies`).
    """
    kind = kind_of(model)
    extra = {t[:MAX_TERM]: w for t, w in (extra or {}).items() if t and t not in weights}
    weights = {t[:MAX_TERM]: w for t, w in weights.items() if t}
    terms = [*weights, *extra]
    if not terms:
        return Ranking()
    if stats is None:
        stats = IndexedKind.objects.filter(kind=kind).values_list("documents", "length").first()
    documents, length = stats or (0, 0)
    if not documents:
        return Ranking()
    if frequencies is None:
        frequencies = dict(
            TermFrequency.objects.filter(kind=kind, term__in=terms, rows__gt=0).values_list(
                "term", "rows"
            )
        )
    else:
        frequencies = {t: frequencies[t] for t in terms if frequencies.get(t, 0) > 0}
    # Terms in most rows tell little and cost a read of most of the index: a word of the
    # query in more than COMMON of the rows, a related word in more than COMMON_EXTRA, is
    # left out (its idf would be small anyway).
    if documents >= PRUNE_FROM:
        frequencies = {
            t: n
            for t, n in frequencies.items()
            if n <= (COMMON if t in weights else COMMON_EXTRA) * documents
        }
    rarity = {t: idf(documents, n) for t, n in frequencies.items()}
    own = {t: rarity[t] * weights[t] for t in rarity if t in weights}
    soft = {t: rarity[t] * extra[t] for t in rarity if t in extra}
    if not own and not soft:
        return Ranking(documents=documents)
    ranking = Ranking(idf=rarity, documents=documents)
    cap = extra_share * ranking.attainable(weights)
    average = length / documents
    table = TermPosting._meta.db_table
    saturation = _saturation("%s")

    def weighted(terms: dict[str, float]) -> tuple[str, list]:
        if not terms:
            return "0", []
        cases = " ".join("WHEN %s THEN %s" for _ in terms)
        params = [value for item in terms.items() for value in item]
        return f"SUM((CASE term {cases} ELSE 0 END) * {saturation})", [*params, average]

    own_sql, own_params = weighted(own)
    soft_sql, soft_params = weighted(soft)
    score = (
        f"{own_sql} + LEAST({soft_sql}, %s)"
        if connection.vendor == "postgresql"
        else f"{own_sql} + MIN({soft_sql}, %s)"
    )
    everything = [*own, *soft]
    sql = (
        f"SELECT object_id, {score} AS score FROM {table} "
        f"WHERE kind = %s AND term IN ({', '.join(['%s'] * len(everything))}) "
        "GROUP BY object_id ORDER BY score DESC, object_id LIMIT %s"
    )
    params = [*own_params, *soft_params, cap, kind, *everything, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ranking.scores = {pk: float(score) for pk, score in cursor.fetchall()}
    return ranking


def _saturation(average: str, posting: str = "") -> str:
    """BM25's term-frequency part of a posting (``posting``: its table's alias and a dot): its
    count, saturated (at most K1 + 1) and normalised by the row's length against ``average``.
    In floating point (PostgreSQL's exact ``numeric`` made a search of 11,000 rows 5× slower)."""
    count, length = _real(f"{posting}count"), _real(f"{posting}length")
    return f"{count} * {K1 + 1} / ({count} + {K1} * ({1 - B} + {B} * {length} / {average}))"


def _real(column: str) -> str:
    return f"CAST({column} AS DOUBLE PRECISION)"  # REAL on SQLite


def search(
    model: type[Model], groups: Sequence[Collection[str]], *, within: QuerySet | None = None
) -> list[tuple[int, float]]:
    """Every row of ``model`` (of ``within``, if given) holding a term of each of ``groups``,
    with its BM25 score for all their terms; a term in the row's first line (a name, a title)
    adds K1 + 1 times its idf, more than any count of it elsewhere can give.

    The matches of a text search, not the best few: nothing is pruned or limited. One grouped
    query: the terms' rarity (idf) and the average length are joined in, not read before.
    """
    groups = [{t[:MAX_TERM] for t in group if t} for group in groups]
    groups = [sorted(group) for group in groups if group]
    terms = sorted({t for group in groups for t in group})
    if not terms:
        return []
    if within is not None:
        try:
            among_rows = within.order_by().values("pk").query.sql_with_params()
        except EmptyResultSet:
            return []
    documents, frequency = _real("k.documents"), _real("f.rows")
    idf = f"LN(1 + ({documents} - {frequency} + 0.5) / ({frequency} + 0.5))"
    saturation = _saturation(f"({_real('k.length')} / k.documents)", "p.")
    score = f"{idf} * ({saturation} + CASE WHEN p.first_line THEN {K1 + 1} ELSE 0 END)"

    def among(values) -> str:
        return ", ".join(["%s"] * len(values))

    sql = (
        f"SELECT p.object_id, SUM({score}) FROM {TermPosting._meta.db_table} p "
        f"JOIN {TermFrequency._meta.db_table} f ON f.kind = p.kind AND f.term = p.term "
        f"JOIN {IndexedKind._meta.db_table} k ON k.kind = p.kind "
        f"WHERE p.kind = %s AND p.term IN ({among(terms)})"
    )
    params = [kind_of(model), *terms]
    if within is not None:
        sql += f" AND p.object_id IN ({among_rows[0]})"
        params += among_rows[1]
    sql += " GROUP BY p.object_id"
    if len(groups) > 1:  # a term of every group
        sql += " HAVING " + " AND ".join(
            f"MAX(CASE WHEN p.term IN ({among(group)}) THEN 1 ELSE 0 END) = 1" for group in groups
        )
        params += [t for group in groups for t in group]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(pk, float(score)) for pk, score in cursor.fetchall()]


def statistics(*models: type[Model]) -> dict[type[Model], tuple[int, int]]:
    """(rows, total length) of each model's index, in one query."""
    kinds = {kind_of(model): model for model in models}
    found = {
        kinds[kind]: (documents, length)
        for kind, documents, length in IndexedKind.objects.filter(kind__in=list(kinds)).values_list(
            "kind", "documents", "length"
        )
    }
    return {model: found.get(model, (0, 0)) for model in models}


@dataclass(frozen=True)
class Candidate:
    """A term of the index that a word the index does not know may have meant."""

    term: str
    rows: int  # in how many rows it occurs
    prefix: bool  # it starts with the word (else it resembles it)
    similarity: float  # pg_trgm's similarity to the word (1.0 for a prefix on SQLite)


def candidates(
    model: type[Model], word: str, *, alike: Sequence[str] = (), limit: int
) -> list[Candidate]:
    """At most ``limit`` terms of ``model``'s rows that start with ``word`` (folded), the most
    frequent first, then on PostgreSQL those that resemble ``word`` or one of ``alike`` (its
    stem) by pg_trgm's ``%``, through the trigram index on the terms, the most similar
    first. One query."""
    word = word[:MAX_TERM]
    rows = TermFrequency.objects.filter(kind=kind_of(model), rows__gt=0)
    starts = Q(term__startswith=word)
    if connection.vendor != "postgresql":
        found = rows.filter(starts).order_by("-rows", "term").values_list("term", "rows")
        return [Candidate(term, n, True, 1.0) for term, n in found[:limit]]

    from django.contrib.postgres.search import TrigramSimilarity

    forms = list(dict.fromkeys([word, *(form[:MAX_TERM] for form in alike if form)]))
    resembles = Q()
    for form in forms:
        resembles |= Q(term__trigram_similar=form)
    similarities = [TrigramSimilarity("term", form) for form in forms]
    found = (
        rows.filter(starts | resembles)
        .annotate(
            prefix=ExpressionWrapper(starts, output_field=BooleanField()),
            similarity=similarities[0] if len(forms) == 1 else Greatest(*similarities),
        )
        .order_by(
            F("prefix").desc(),
            Case(When(prefix=True, then=F("rows"))).desc(nulls_last=True),
            F("similarity").desc(),
            F("rows").desc(),
            "term",
        )
        .values_list("term", "rows", "prefix", "similarity")
    )
    return [Candidate(term, n, prefix, float(s)) for term, n, prefix, s in found[:limit]]


def frequencies(models: Iterable[type[Model]], terms: Iterable[str]) -> dict[type[Model], dict]:
    """In how many rows of each model each of ``terms`` occurs (term → rows; absent: none),
    in one query: for :func:`rank`, and to ask which of some words the index knows at all."""
    kinds = {kind_of(model): model for model in models}
    found: dict[type[Model], dict] = {model: {} for model in kinds.values()}
    terms = list({t[:MAX_TERM] for t in terms if t})
    if terms:
        for kind, term, rows in TermFrequency.objects.filter(
            kind__in=list(kinds), term__in=terms, rows__gt=0
        ).values_list("kind", "term", "rows"):
            found[kinds[kind]][term] = rows
    return found
