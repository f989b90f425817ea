"""The text index: which analysed terms (see ``lpb.analysis``) each searchable row holds.

One posting per (kind of row, row, term) with the term's count in the row and the row's length;
:mod:`lpb.textindex` writes it whenever a row's search document is rebuilt and ranks rows by
BM25 over the whole corpus. ``kind`` is the model's label ("members.member").
"""

from __future__ import annotations

from django.db import models


class TermPosting(models.Model):
    kind = models.CharField(max_length=40)
    object_id = models.PositiveIntegerField()
    term = models.CharField(max_length=60)
    count = models.PositiveSmallIntegerField()
    length = models.PositiveIntegerField()  # the row's number of terms (BM25's |D|)
    # The term is in the row's first line: a person's name, a story's title (ranks higher).
    first_line = models.BooleanField(default=False)

    class Meta:
        indexes = [
            # Ranking reads only this index on PostgreSQL (an index-only scan).
            models.Index(
                fields=["kind", "term"],
                include=["object_id", "count", "length", "first_line"],
                name="posting_term",
            ),
            models.Index(fields=["kind", "object_id"], name="posting_row"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id} {self.term}×{self.count}"


class IndexedKind(models.Model):
    """How many rows of a kind the index holds and their total length (BM25's N and avgdl)."""

    kind = models.CharField(max_length=40, unique=True)
    documents = models.PositiveIntegerField(default=0)
    length = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.kind}: {self.documents} rows"


class TermFrequency(models.Model):
    """In how many rows of a kind a term occurs (BM25's document frequency), kept exact on
    every write, so that ranking reads it from a small table instead of counting postings."""

    kind = models.CharField(max_length=40)
    term = models.CharField(max_length=60)
    rows = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "term"], name="term_frequency_unique")
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.term} in {self.rows}"
