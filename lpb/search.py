"""Full-text search with one interface on PostgreSQL and SQLite.

A searchable model keeps a denormalised ``search_document`` (plain text, rebuilt by the app that
owns the model) and, on PostgreSQL, a ``search_vector`` that a trigger derives from it. The first
line of the document is weighted highest (A: a person's name, a case's title), the second next
(B: what they do, tags, vocabulary), the rest lowest (C: places, free text).

- **PostgreSQL**: the ``lpb_dutch`` configuration (Dutch stemming, accents removed), the
  ``websearch`` syntax (``"quoted phrase"``, ``-exclusion``, ``or``), prefix matching so that a
  partial word finds its compounds ("zorg" finds "zorgprocessen"), ranking, and (as a second
  try when nothing matched) ``pg_trgm`` word similarity on names, so that a misspelt name
  still finds the person.
- **SQLite**: every word must occur in the document (case-insensitive containment), phrases as
  written, ``-word`` excluded, ``or`` between alternatives. No stemming, no typo tolerance.

Callers use :func:`parse`, :func:`search`, :func:`similar` (None where unsupported) and
:func:`snippet`, and never branch on the vendor.
The PostgreSQL parts of the schema come from :func:`postgresql_setup`, a migration operation that
does nothing on other databases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from django.db import connections, migrations
from django.db.models import F, FloatField, Model, Q, QuerySet, Value
from django.db.models.functions import Greatest

from lpb import analysis, textindex

CONFIG = "lpb_dutch"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
MIN_PREFIX_LENGTH = 2
SECTION_SEPARATOR = " · "
PROSE_WORDS = 4  # a part of a document with fewer words is a label, a tag or a place

_TOKEN = re.compile(r'(?P<neg>-?)(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_WORD = re.compile(r"\w+")
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str, *, max_length: int = MAX_QUERY_LENGTH) -> str:
    """User input made safe to store and search: no control characters, bounded length."""
    return " ".join(_CONTROL.sub(" ", text or "").split())[:max_length].strip()


@dataclass(frozen=True)
class Term:
    """One search term: a word, or a phrase of words; possibly excluded (``-word``)."""

    words: tuple[str, ...]
    negated: bool = False
    quoted: bool = False

    @property
    def phrase(self) -> bool:
        return self.quoted or len(self.words) > 1

    def tsquery(self) -> str:
        if self.phrase:
            body = "(" + " <-> ".join(self.words) + ")"
        elif not self.negated and len(self.words[0]) >= MIN_PREFIX_LENGTH:
            body = self.words[0] + ":*"
        else:
            body = self.words[0]
        return "!" + body if self.negated else body


@dataclass(frozen=True)
class ParsedQuery:
    """A search as typed, parsed into AND-ed groups of OR-ed terms (``websearch`` semantics)."""

    text: str
    groups: tuple[tuple[Term, ...], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.groups)

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.groups for term in group]

    @property
    def positive_words(self) -> list[str]:
        return [word for term in self.terms if not term.negated for word in term.words]

    @property
    def is_plain(self) -> bool:
        """Only plain words: no phrases, exclusions or alternatives (typo matching applies)."""
        return all(len(group) == 1 for group in self.groups) and not any(
            term.negated or term.quoted for term in self.terms
        )

    def tsquery(self) -> str:
        """A ``to_tsquery`` expression with prefix matching; built from ``\\w`` words only."""
        return " & ".join(
            "(" + " | ".join(term.tsquery() for term in group) + ")" for group in self.groups
        )


def parse(text: str) -> ParsedQuery:
    """Parse a search box's text; never fails, whatever was typed."""
    text = clean_text(text)
    groups: list[list[Term]] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        raw = match.group("phrase") if match.group("phrase") is not None else match.group("word")
        quoted = match.group("phrase") is not None
        if not quoted and not match.group("neg") and raw.lower() == "or":
            pending_or = bool(groups)
            continue
        words = tuple(word.lower() for word in _WORD.findall(raw))
        negated = bool(match.group("neg"))
        if quoted or _HYPHENATED.fullmatch(raw):
            terms = [Term(words=words, negated=negated, quoted=quoted)] if words else []
        else:
            # Words joined by other signs ("a/b", "<b>Anouk</b>") are separate words; single
            # letters among them are noise.
            meaningful = [word for word in words if len(word) > 1] or list(words[:1])
            terms = [Term(words=(word,), negated=negated) for word in meaningful]
        for number, term in enumerate(terms):
            if pending_or and number == 0:
                groups[-1].append(term)
            else:
                groups.append([term])
        if terms:
            pending_or = False
        if sum(len(group) for group in groups) >= MAX_TERMS:
            break
    kept, room = [], MAX_TERMS
    for group in groups:
        if room <= 0:
            break
        kept.append(tuple(group[:room]))
        room -= len(kept[-1])
    return ParsedQuery(text=text, groups=tuple(kept))


def search(
    queryset: QuerySet, query: ParsedQuery, *, document: str = "search_document"
) -> QuerySet:
    """Filter ``queryset`` to what matches ``query``, annotated with ``search_rank``.

    An empty query filters nothing. Ranks are comparable within one result only; on SQLite
    every match ranks the same. A misspelt name is :func:`similar`'s job (a second try).
    """
    if not query:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))
    analysed = _analysed(queryset, query)
    if connections[queryset.db].vendor != "postgresql":
        return queryset.filter(_containment(query, document) | analysed).annotate(
            search_rank=Value(0.0, output_field=FloatField())
        )
    from django.contrib.postgres.search import SearchQuery, SearchRank

    tsquery = SearchQuery(query.text, search_type="websearch", config=CONFIG) | SearchQuery(
        query.tsquery(), search_type="raw", config=CONFIG
    )
    condition = Q(search_vector=tsquery) | analysed
    return queryset.filter(condition).annotate(search_rank=SearchRank(F("search_vector"), tsquery))


def _analysed(queryset: QuerySet, query: ParsedQuery) -> Q:
    """The rows whose Dutch terms (``lpb.analysis``: lemmas, stems, compound parts, in the
    text index) match every group of ``query``: "eenzame" finds "Eenzaamheid", "flat" finds
    "portiekflats", "wietkwekerijen" finds "kwekerij". Only for plain words and alternatives
    (a phrase, "noord-brabant" or an exclusion keeps its exact meaning); a group of stop
    words adds nothing.
    An impossible condition when nothing can be analysed."""
    nothing = Q(pk__in=[])
    if any(term.negated or term.phrase for term in query.terms):
        return nothing
    kind = textindex.kind_of(queryset.model)
    condition, used = Q(), False
    for group in query.groups:
        # A word's own term only: its compound parts would widen a search too much
        # ("portiekgesprek" is not every "gesprek"); documents hold their parts.
        terms = {t for term in group for w in term.words for t in _own_terms(w)}
        if not terms:
            continue
        used = True
        postings = textindex.TermPosting.objects.filter(kind=kind, term__in=sorted(terms))
        condition &= Q(pk__in=postings.values("object_id"))
    return condition if used else nothing


def _own_terms(word: str) -> tuple[str, ...]:
    """A searched word's terms: its own, and the base of a derivation ("vereenzaamde" also
    "eenzaam"), not the parts of a compound ("portiekgesprek" is not every "gesprek")."""
    found = analysis.word_terms(analysis.fold(word))
    derived = len(analysis.compound_parts(analysis.fold(word))) == 1
    return found if derived else found[:1]


def similar(queryset: QuerySet, query: ParsedQuery, *, names: Sequence[str]) -> QuerySet | None:
    """The rows whose ``names`` resemble ``query``: the second try for a misspelt name.

    On PostgreSQL, pg_trgm's strict word similarity (whole words, threshold 0.5) finds
    "Merel van Hulst" for "Merlyn van Hulst" without "wijk" finding "Wijnands"; annotated with
    ``search_rank``, the best similarity. ``None`` where the database cannot do this (SQLite)
    or the query is not plain words. Costlier than :func:`search` (a trigram index scan), so
    callers try it only when :func:`search` found nothing.
    """
    if not query or not query.is_plain or connections[queryset.db].vendor != "postgresql":
        return None
    typed = " ".join(query.positive_words)
    every = queryset.model._base_manager.order_by()
    condition = Q()
    for name in names:
        # Each name a subquery of its own, so that each can use its trigram index.
        condition |= Q(
            pk__in=every.filter(**{f"{name}__trigram_strict_word_similar": typed}).values("pk")
        )
    return queryset.filter(condition).annotate(search_rank=_similarity(query, names))


def _similarity(query: ParsedQuery, names: Sequence[str]):
    from django.contrib.postgres.search import TrigramStrictWordSimilarity

    typed = " ".join(query.positive_words)
    ranks = [TrigramStrictWordSimilarity(typed, name) for name in names]
    return ranks[0] if len(ranks) == 1 else Greatest(*ranks)


def _containment(query: ParsedQuery, document: str) -> Q:
    condition = Q()
    for group in query.groups:
        alternatives = Q()
        for term in group:
            if term.quoted:
                match = Q(**{f"{document}__icontains": " ".join(term.words)})
            else:
                match = Q()
                for word in term.words:
                    match &= Q(**{f"{document}__icontains": word})
            alternatives |= ~match if term.negated else match
        condition &= alternatives
    return condition


def snippet(document: str, query: ParsedQuery, *, width: int = 160, skip_lines: int = 1) -> str:
    """The passage of ``document`` that a person wrote (a bio, what to ask them about, a
    story's summary or section) where the query's words occur in any form, escaped, with
    ``<mark>`` (see ``lpb.analysis.passage``); never the index's list of labels.

    Skips the first ``skip_lines`` lines (the name or title, shown anyway) and the short parts
    (vocabulary labels, tags, places: fewer than ``PROSE_WORDS`` words). "" when nothing
    written matches.
    """
    words = query.positive_words if query else []
    if not words or not document:
        return ""
    wanted = {t for word in words for t in analysis.word_terms(analysis.fold(word))}
    parts = [
        part
        for line in document.split("\n")[skip_lines:]
        for part in line.split(SECTION_SEPARATOR)
        if len(part.split()) >= PROSE_WORDS
    ]
    return analysis.best_passage(parts, wanted, width=width)


def document(*sections: Sequence[object]) -> str:
    """A search document: one line per section, each section's non-empty parts joined."""
    lines = []
    for parts in sections:
        cleaned = [" ".join(str(part).split()) for part in parts if part]
        lines.append(SECTION_SEPARATOR.join(part for part in cleaned if part))
    return "\n".join(lines)


# --- Schema (PostgreSQL only) ------------------------------------------------------------------


def _setup_sql(*, table: str, document: str, vector: str) -> list[str]:
    function = f"{table}_{vector}_update"
    line = f"split_part(coalesce(NEW.{document}, ''), E'\\n', %d)"
    rest = f"array_to_string((string_to_array(coalesce(NEW.{document}, ''), E'\\n'))[3:], ' ')"
    return [
        "CREATE EXTENSION IF NOT EXISTS unaccent",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"""
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{CONFIG}') THEN
            CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.dutch);
            ALTER TEXT SEARCH CONFIGURATION {CONFIG}
              ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
          END IF;
        END $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {function}() RETURNS trigger AS $$
        BEGIN
          NEW.{vector} :=
            setweight(to_tsvector('{CONFIG}', {line % 1}), 'A') ||
            setweight(to_tsvector('{CONFIG}', {line % 2}), 'B') ||
            setweight(to_tsvector('{CONFIG}', {rest}), 'C');
          RETURN NEW;
        END
        $$ LANGUAGE plpgsql
        """,
        f"DROP TRIGGER IF EXISTS {function} ON {table}",
        f"""
        CREATE TRIGGER {function} BEFORE INSERT OR UPDATE ON {table}
        FOR EACH ROW EXECUTE FUNCTION {function}()
        """,
        f"UPDATE {table} SET {document} = {document}",
        f"CREATE INDEX IF NOT EXISTS {table}_{vector}_gin ON {table} USING gin ({vector})",
        _function_cost("ts_match_vq(tsvector, tsquery)", 100),
    ]


def _teardown_sql(*, table: str, document: str, vector: str) -> list[str]:
    function = f"{table}_{vector}_update"
    return [
        _function_cost("ts_match_vq(tsvector, tsquery)", 1),
        f"DROP INDEX IF EXISTS {table}_{vector}_gin",
        f"DROP TRIGGER IF EXISTS {function} ON {table}",
        f"DROP FUNCTION IF EXISTS {function}()",
    ]


def _function_cost(function: str, cost: int) -> str:
    """Tell the planner what a function really costs (this database only; needs ownership).

    Matching a tsvector and trigram word similarity cost far more than the default estimate
    of one operator, so the planner scans the whole table instead of using the GIN index:
    40 ms instead of 4 ms for 10,000 members. Without the privilege this is skipped.
    """
    return f"""
        DO $$ BEGIN
          ALTER FUNCTION {function} COST {cost};
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE NOTICE 'Not allowed to set the cost of {function}; search may be slower.';
        END $$
        """


def _trigram_sql(table: str, column: str) -> list[str]:
    return [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        f"CREATE INDEX IF NOT EXISTS {table}_{column}_trgm ON {table} "
        f"USING gin ({column} gin_trgm_ops)",
        _function_cost("strict_word_similarity_commutator_op(text, text)", 100),
    ]


def postgresql_only(forward: Sequence[str], backward: Sequence[str] = ()) -> migrations.RunPython:
    """A migration operation that runs SQL statements on PostgreSQL and does nothing elsewhere."""

    def run(statements):
        def apply(apps, schema_editor):
            if schema_editor.connection.vendor == "postgresql":
                for statement in statements:
                    schema_editor.execute(statement)

        return apply

    return migrations.RunPython(run(list(forward)), run(list(backward)), elidable=False)


def postgresql_setup(
    *,
    table: str,
    document: str = "search_document",
    vector: str = "search_vector",
    trigram: Sequence[tuple[str, str]] = (),
) -> migrations.RunPython:
    """The PostgreSQL side of a searchable table, as one migration operation.

    Creates the extensions and the ``lpb_dutch`` configuration (once per database), a trigger
    that derives ``vector`` from ``document`` on every insert and update, fills it for existing
    rows, a GIN index on it, and trigram indexes on the ``(table, column)`` pairs in ``trigram``.
    """
    forward = _setup_sql(table=table, document=document, vector=vector)
    backward = _teardown_sql(table=table, document=document, vector=vector)
    for other_table, column in trigram:
        forward += _trigram_sql(other_table, column)
        backward += [
            _function_cost("strict_word_similarity_commutator_op(text, text)", 1),
            f"DROP INDEX IF EXISTS {other_table}_{column}_trgm",
        ]
    return postgresql_only(forward, backward)


# --- Rebuilding documents ----------------------------------------------------------------------


def rebuild_documents(
    queryset: QuerySet,
    *,
    build: Callable[[Model], str],
    prepare: Callable[[QuerySet], QuerySet],
    batch_size: int = 500,
) -> int:
    """Rebuild ``search_document`` of the rows in ``queryset`` with ``build(row)``, in batches;
    ``prepare`` adds what ``build`` reads (select/prefetch). Returns how many rows changed."""
    model = queryset.model
    pks = list(queryset.order_by().values_list("pk", flat=True).distinct())
    changed = 0
    for start in range(0, len(pks), batch_size):
        batch = prepare(model._default_manager.filter(pk__in=pks[start : start + batch_size]))
        stale = []
        for row in batch:
            text = build(row)
            if text != row.search_document:
                row.search_document = text
                stale.append(row)
        model._default_manager.bulk_update(stale, ["search_document"])
        # The text index (BM25 terms) of every row looked at, also those whose text stayed
        # the same (they may not be indexed yet, e.g. right after an upgrade).
        textindex.index(model, {row.pk: row.search_document for row in batch})
        changed += len(stale)
    return changed


def forget_deleted(model: type[Model], pks: Collection[int]) -> None:
    """The rows among ``pks`` that no longer exist leave the text index (their terms stop
    counting in every other row's rarity)."""
    gone = set(pks) - set(model._default_manager.filter(pk__in=pks).values_list("pk", flat=True))
    if gone:
        textindex.remove(model, gone)
