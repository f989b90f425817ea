"""A BM25 text index over whole tables, kept current as rows change (see ``lpb.models``).

- :func:`index` — (re)index rows from their text, after their search document was rebuilt
  (``lpb.search.rebuild_documents`` and the apps' single-row refreshes call it);
- :func:`rank` — the rows that best match weighted query terms, by Okapi BM25 (k1 = 1.2,
  b = 0.75): a term's weight is its rarity in the whole table (idf), so "warmtenet" (in
  30 stories) outweighs "overlast" (in 5,000). Two queries (document frequencies, scores).

Everything runs in the database, the same on PostgreSQL and SQLite; terms come from
:mod:`lpb.analysis`. A leaf module: it imports only Django and ``lpb``'s own leaves.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.db.models import F, Model

from lpb import analysis
from lpb.models import IndexedKind, TermPosting

K1 = 1.2
B = 0.75
BATCH = 500
MAX_TERM = 60


def kind_of(model: type[Model]) -> str:
    return model._meta.label_lower


def index(model: type[Model], documents: Mapping[int, str]) -> None:
    """Replace the postings of the rows in ``documents`` (pk → text) with their terms."""
    kind = kind_of(model)
    rows = list(documents)
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        _index_batch(kind, {pk: documents[pk] for pk in batch})


def remove(model: type[Model], pks: Iterable[int]) -> None:
    """Forget rows (deleted ones)."""
    kind = kind_of(model)
    pks = list(pks)
    for start in range(0, len(pks), BATCH):
        _index_batch(kind, dict.fromkeys(pks[start : start + BATCH], ""))


@transaction.atomic
def _index_batch(kind: str, documents: dict[int, str]) -> None:
    existing = TermPosting.objects.filter(kind=kind, object_id__in=list(documents))
    old = dict(existing.values_list("object_id", "length").distinct())
    if old:
        existing.delete()
    postings, total, count = [], 0, 0
    for pk, text in documents.items():
        counts = Counter(term[:MAX_TERM] for term in analysis.terms(text))
        if not counts:
            continue
        length = sum(counts.values())
        total, count = total + length, count + 1
        postings.extend((kind, pk, term, min(n, 32767), length) for term, n in counts.items())
    _write(postings)
    IndexedKind.objects.get_or_create(kind=kind)
    IndexedKind.objects.filter(kind=kind).update(
        documents=F("documents") + count - len(old), length=F("length") + total - sum(old.values())
    )


def _write(postings: list[tuple]) -> None:
    if not postings:
        return
    if connection.vendor == "postgresql" and len(postings) > 1000:
        table = TermPosting._meta.db_table
        with connection.cursor() as cursor:
            copy = f"COPY {table} (kind, object_id, term, count, length) FROM STDIN"
            with cursor.cursor.copy(copy) as writer:
                for posting in postings:
                    writer.write_row(posting)
        return
    TermPosting.objects.bulk_create(
        [
            TermPosting(kind=k, object_id=pk, term=t, count=n, length=length)
            for k, pk, t, n, length in postings
        ],
        batch_size=1000,
    )


@dataclass
class Ranking:
    """BM25 scores of the best rows, and the facts about the query's terms."""

    scores: dict[int, float] = field(default_factory=dict)  # pk → score, best first
    idf: dict[str, float] = field(default_factory=dict)  # term → weight (absent: no row has it)
    documents: int = 0


def idf(documents: int, frequency: int) -> float:
    return math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))


def rank(model: type[Model], weights: Mapping[str, float], *, limit: int = 300) -> Ranking:
    """The ``limit`` rows of ``model`` with the highest BM25 score for ``weights`` (term →
    weight in the query), over every indexed row; the caller applies who may see what."""
    kind = kind_of(model)
    terms = [term[:MAX_TERM] for term in weights if term]
    if not terms:
        return Ranking()
    stats = IndexedKind.objects.filter(kind=kind).values_list("documents", "length").first()
    documents, length = stats or (0, 0)
    if not documents:
        return Ranking()
    frequencies = dict(
        TermPosting.objects.filter(kind=kind, term__in=terms)
        .values("term")
        .annotate(n=_count())
        .values_list("term", "n")
    )
    weight = {t: idf(documents, n) * weights[t] for t, n in frequencies.items()}
    if not weight:
        return Ranking(documents=documents)
    average = length / documents
    table = TermPosting._meta.db_table
    cases = " ".join("WHEN %s THEN %s" for _ in weight)
    sql = (
        f"SELECT object_id, SUM((CASE term {cases} ELSE 0 END) * count * {K1 + 1} "
        f"/ (count + {K1} * ({1 - B} + {B} * length / %s))) AS score "
        f"FROM {table} WHERE kind = %s AND term IN ({', '.join(['%s'] * len(weight))}) "
        "GROUP BY object_id ORDER BY score DESC, object_id LIMIT %s"
    )
    params = [value for item in weight.items() for value in item]
    params += [average, kind, *weight, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        scores = {pk: float(score) for pk, score in cursor.fetchall()}
    return Ranking(scores=scores, idf=weight, documents=documents)


def _count():
    from django.db.models import Count

    return Count("id")
