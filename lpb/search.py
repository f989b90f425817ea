"""Full-text search, the same on PostgreSQL and SQLite, on the BM25 text index.

A searchable model keeps a denormalised ``search_document`` (plain text, rebuilt by the app that
owns the model; its first line a person's name or a story's title) whose Dutch terms
(``lpb.analysis``: lemmas, stems, compound parts) the text index holds (``lpb.textindex``).

- A plain word matches through its terms ("wijkteams" finds "wijkteam", "zorg" finds
  "zorgprocessen"); every word must match, ``or`` gives alternatives. Matches rank by BM25,
  a word in the first line (the name, the title) above any number of it elsewhere.
- ``"quoted phrases"``, ``-exclusions``, hyphenated words, words without terms (stop words,
  numbers) and alternatives among those match by containment in the document, as written.
- Second tries when nothing matched: :func:`similar` for a misspelt name (pg_trgm on
  PostgreSQL, None elsewhere), :func:`widen` for a partial or misspelt word ("wijkreg").

Callers never branch on the vendor. Old migrations import :func:`postgresql_setup`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from django.db import connections, migrations
from django.db.models import Case, F, FloatField, Model, Q, QuerySet, Value, When
from django.db.models.functions import Greatest

from lpb import analysis, textindex

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
SECTION_SEPARATOR = " · "
PROSE_WORDS = 4  # a part of a document with fewer words is a label, a tag or a place
RANK = "search_rank"
WIDEN_FROM = 4  # letters: a shorter word the index does not know is not widened
WIDENED_TERMS = 5  # terms searched at most in place of one word
WIDEN_CANDIDATES = 20  # terms read to choose them from
# Of the terms resembling a word, those at most this much less similar than the closest: for
# "wijkagnt", "wijkagent" (0.58), not "wijkagenda" (0.43) nor "wijkkrant" (0.36).
WIDEN_MARGIN = 0.1

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

    def terms(self) -> tuple[str, ...]:
        """The text index's terms this term matches through; () when it matches by
        containment (an exclusion, a phrase)."""
        phrase = self.quoted or len(self.words) > 1
        return () if self.negated or phrase else _own_terms(self.words[0])


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
        room = MAX_TERMS - sum(len(group) for group in groups)
        for number, term in enumerate(terms[:room]):
            if pending_or and number == 0:
                groups[-1].append(term)
            else:
                groups.append([term])
        if terms:
            pending_or = False
        if len(terms) >= room:
            break
    return ParsedQuery(text=text, groups=tuple(tuple(group) for group in groups))


@dataclass(frozen=True)
class Matches:
    """The rows of ``rows`` that hold a term of each of ``terms`` (groups of terms), ranked by
    BM25; without ``terms``, all of ``rows``, ranked by their ``search_rank`` if annotated
    (:func:`similar`), else equal. ``key`` names the result while the data is unchanged."""

    rows: QuerySet
    terms: tuple[tuple[str, ...], ...] = ()

    @property
    def key(self) -> str:
        """Raises ``EmptyResultSet`` when nothing can match."""
        sql = self.rows.order_by().query.get_compiler(using=self.rows.db).as_sql()
        return repr((sql, self.terms))

    def ranked(self) -> list[tuple[int, float]]:
        """(key, rank) of every match."""
        if self.terms:  # the conditions on ``rows`` only when there are any
            within = self.rows if self.rows.query.where else None
            return textindex.search(self.rows.model, self.terms, within=within)
        rank = F(RANK) if RANK in self.rows.query.annotations else Value(0.0)
        return list(self.rows.order_by().values_list("pk", rank))

    def annotated(self) -> QuerySet:
        """The matching rows with their rank as ``search_rank`` (one ``WHEN`` per match: for
        tests and scripts; the listings read :meth:`ranked`)."""
        ranks = self.ranked()
        rank = Case(
            *(When(pk=pk, then=Value(score)) for pk, score in ranks),
            default=Value(0.0),
            output_field=FloatField(),
        )
        return self.rows.filter(pk__in=[pk for pk, _score in ranks]).annotate(**{RANK: rank})


def search(
    queryset: QuerySet, query: ParsedQuery, *, instead: Mapping[Term, Sequence[str]] | None = None
) -> Matches:
    """The rows of ``queryset`` that match ``query`` (an empty query: all, ranked equal).
    A group of alternatives that all have terms matches through the text index, any other
    group by containment. ``instead``: the terms to search for some of the words in place of
    their own (:func:`widen`)."""
    groups, condition = [], Q()
    instead = instead or {}
    for group in query.groups:
        terms = [term.terms() for term in group]
        if all(terms):
            terms = [instead.get(term, found) for term, found in zip(group, terms, strict=True)]
            groups.append(tuple(sorted({t for found in terms for t in found})))
        else:
            condition &= _containment(group)
    return Matches(queryset.filter(condition), tuple(groups))


@dataclass(frozen=True)
class Widening:
    """A search in which the words the index does not know stand for terms it does."""

    matches: Matches
    words: tuple[str, ...]  # the words as typed that were widened
    terms: tuple[str, ...]  # the terms searched in their place, the most frequent first


def widen(queryset: QuerySet, query: ParsedQuery) -> Widening | None:
    """The second try for a partial or misspelt word ("wijkreg", "dementei"): each plain word
    of at least ``WIDEN_FROM`` letters whose terms no row holds stands for the terms it may
    have meant (:func:`_meant`); the other words are searched as they are. ``None`` when no
    word was widened or a widened word found no term. Queries: one for the terms the index
    knows, one per widened word; then :meth:`Matches.ranked` one.
    """
    model = queryset.model
    groups = [group for group in query.groups if all(term.terms() for term in group)]
    asked = {t for group in groups for term in group for t in term.terms()}
    held = set(textindex.frequencies([model], asked)[model])
    instead: dict[Term, tuple[str, ...]] = {}
    for group in groups:
        for term in group:
            word = analysis.fold(term.words[0])
            if term in instead or held.intersection(term.terms()) or len(word) < WIDEN_FROM:
                continue
            found = _meant(model, word, term.terms()[0])
            if found:
                instead[term] = found
    # Every word must still match (one of the alternatives of each group).
    if not instead or not all(
        any(term in instead or held.intersection(term.terms()) for term in group)
        for group in groups
    ):
        return None
    return Widening(
        search(queryset, query, instead=instead),
        tuple(term.words[0] for term in instead),
        tuple(dict.fromkeys(t for found in instead.values() for t in found)),
    )


def widened_words(widening: Widening, documents: Sequence[str], *, limit: int = 8) -> list[str]:
    """The words of ``documents`` (lower case, as written) that hold the terms a widened
    search searched for: per term the word it is the stem of ("wijkregisseur", not
    "wijkregisseurs"), else the shortest, in the terms' order. What the user sees instead of
    stems; from the shown rows only, so never a word of a row the viewer may not see."""
    wanted = set(widening.terms)

    def plainness(word: str, term: str) -> tuple:
        return analysis.word_terms(analysis.fold(word))[:1] != (term,), len(word), word

    found: dict[str, str] = {}
    for document in documents:
        for word in analysis.matching_words(document or "", wanted):
            for term in wanted.intersection(analysis.word_terms(analysis.fold(word))):
                if term not in found or plainness(word, term) < plainness(found[term], term):
                    found[term] = word
        if all(t in found and not plainness(found[t], t)[0] for t in wanted):
            break  # each term has the word it is the stem of: the rest cannot do better
    return list(dict.fromkeys(found[t] for t in widening.terms if t in found))[:limit]


def _meant(model: type[Model], word: str, stem: str) -> tuple[str, ...]:
    """The terms a word the index does not know may have meant, at most ``WIDENED_TERMS``,
    the most frequent first: those that start with it, else (PostgreSQL) those that resemble
    it or its stem ("schuldhulpverleing" → "schuldhulpverlen") about as much as the closest."""
    # Only the word as typed starts terms: its stem may be cut short of what was meant
    # ("eenzaamheit" → "eenzaamhei", the start of "eenzaamheidsgevoel", not of "eenzam").
    alike = [stem] if len(stem) >= WIDEN_FROM else []
    found = textindex.candidates(model, word, alike=alike, limit=WIDEN_CANDIDATES)
    starting = [c for c in found if c.prefix]
    if not starting and found:
        closest = found[0].similarity
        found = [c for c in found if c.similarity >= closest - WIDEN_MARGIN]
    chosen = sorted(starting or found, key=lambda c: (-c.rows, c.term))[:WIDENED_TERMS]
    return tuple(c.term for c in chosen)


def _own_terms(word: str) -> tuple[str, ...]:
    """A searched word's terms: its own, and the base of a derivation ("vereenzaamde" also
    "eenzaam"), not the parts of a compound ("portiekgesprek" is not every "gesprek";
    documents hold their parts, so "gesprek" finds "portiekgesprekken")."""
    found = analysis.word_terms(analysis.fold(word))
    derived = len(analysis.compound_parts(analysis.fold(word))) == 1
    return found if derived else found[:1]


def similar(queryset: QuerySet, query: ParsedQuery, *, names: Sequence[str]) -> Matches | None:
    """The rows whose ``names`` resemble ``query``, ranked by the best similarity: the second
    try for a misspelt name. pg_trgm's strict word similarity (whole words, threshold 0.5)
    finds "Merel van Hulst" for "Merlyn van Hulst" without "wijk" finding "Wijnands". ``None``
    on SQLite or when the query is not plain words."""
    if not query or not query.is_plain or connections[queryset.db].vendor != "postgresql":
        return None
    from django.contrib.postgres.search import TrigramStrictWordSimilarity

    typed = " ".join(query.positive_words)
    every = queryset.model._base_manager.order_by()
    condition = Q()
    for name in names:
        # Each name a subquery of its own, so that each can use its trigram index.
        condition |= Q(
            pk__in=every.filter(**{f"{name}__trigram_strict_word_similar": typed}).values("pk")
        )
    ranks = [TrigramStrictWordSimilarity(typed, name) for name in names]
    rank = ranks[0] if len(ranks) == 1 else Greatest(*ranks)
    return Matches(queryset.filter(condition).annotate(**{RANK: rank}))


def _containment(group: Sequence[Term]) -> Q:
    """Rows whose ``search_document`` holds one of the alternatives as written (a phrase as
    a whole if quoted, else each of its words) or, for an exclusion, does not."""
    alternatives = Q()
    for term in group:
        parts = [" ".join(term.words)] if term.quoted else term.words
        match = Q()
        for part in parts:
            match &= Q(search_document__icontains=part)
        alternatives |= ~match if term.negated else match
    return alternatives


def snippet(
    document: str,
    query: ParsedQuery,
    *,
    width: int = 160,
    skip_lines: int = 1,
    terms: Collection[str] = (),
) -> str:
    """The passage of ``document`` that a person wrote where the query's words (or ``terms``:
    a :class:`Widening`'s) occur in any form, escaped, with ``<mark>``; "" when none does.
    Skips the first ``skip_lines`` lines (the name or title, shown anyway) and the parts of
    fewer than ``PROSE_WORDS`` words (vocabulary labels, tags, places)."""
    words = query.positive_words if query else []
    if not words or not document:
        return ""
    wanted = {t for word in words for t in analysis.word_terms(analysis.fold(word))} | set(terms)
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


def _function_cost(function: str, cost: int) -> str:
    """Tell the planner what a function really costs (trigram word similarity far more than
    the default, which made it scan the table instead of the trigram index); skipped without
    the privilege."""
    return f"""
        DO $$ BEGIN
          ALTER FUNCTION {function} COST {cost};
        EXCEPTION WHEN insufficient_privilege THEN
          RAISE NOTICE 'Not allowed to set the cost of {function}; search may be slower.';
        END $$
        """


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
    *, table: str, trigram: Sequence[tuple[str, str]] = ()
) -> migrations.RunPython:
    """Trigram indexes on the ``(table, column)`` pairs in ``trigram`` (:func:`similar` uses
    them). These first migrations once also made a ``tsvector`` column's trigger, function and
    GIN index; later ones drop them where they exist (:func:`postgresql_teardown`)."""
    cost = "strict_word_similarity_commutator_op(text, text)"
    forward = ["CREATE EXTENSION IF NOT EXISTS pg_trgm"] if trigram else []
    backward = [_function_cost(cost, 1)] if trigram else []
    for other_table, column in trigram:
        index = f"{other_table}_{column}_trgm"
        forward.append(
            f"CREATE INDEX IF NOT EXISTS {index} ON {other_table} USING gin ({column} gin_trgm_ops)"
        )
        backward.append(f"DROP INDEX IF EXISTS {index}")
    forward += [_function_cost(cost, 100)] if trigram else []
    return postgresql_only(forward, backward)


def postgresql_teardown(*, table: str, last: bool = False) -> migrations.RunPython:
    """Drop what :func:`postgresql_setup` once made for ``table``'s ``tsvector``; ``last``:
    also the ``lpb_dutch`` configuration and the cost of matching a ``tsvector``. Irreversible
    in SQL (reversed, the column comes back empty and unused)."""
    function = f"{table}_search_vector_update"
    statements = [
        f"DROP TRIGGER IF EXISTS {function} ON {table}",
        f"DROP FUNCTION IF EXISTS {function}()",
        f"DROP INDEX IF EXISTS {table}_search_vector_gin",
    ]
    if last:
        statements += [
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS lpb_dutch",
            _function_cost("ts_match_vq(tsvector, tsquery)", 1),
        ]
    return postgresql_only(statements)


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
