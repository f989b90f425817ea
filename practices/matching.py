"""“Wie bel je?”: from a situation in the wijk to the peers and stories that fit, with reasons.

The scoring is a plain, documented sum (see :class:`Weights`; every weight lives there):

    score(member) = text + themes + work + qualities + place + stories

- **text** — how much of the description (its meaningful words, Dutch stop words dropped) the
  member's profile and the published stories they (co-)wrote contain. Candidates come from
  :func:`lpb.search.search` (Dutch stemming and prefix matching on PostgreSQL, containment on
  SQLite) with an OR of the words; the share of the words found, each word weighted by how rare
  it is among the candidates, is computed here in Python, the same way on every database.
- **themes / work** — the chosen (or suggested) themes and kinds of work on the member's own
  profile and in their stories.
- **qualities** — the craftsmanship qualities their matching stories show.
- **place** — same municipality > same province > elsewhere; "ik denk graag mee buiten mijn
  regio" (``Member.thinks_along_elsewhere``) softens "elsewhere".
- **stories** — recent and recognised ("herkenbaar", "nuttig") matching stories count extra.

Every reason shown to the user is made from the evidence that scored (:class:`Evidence`), never
invented: a member without stories never "wrote a story". The database work is a fixed number
of aggregate queries over bounded candidate lists, whatever the size of the network.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count
from django.utils import timezone

from lpb import listing, search
from lpb.facets import FacetIndex
from members.directory import SORT_NEWEST as SORT_NEWEST_MEMBERS
from members.directory import SPEC as directory_spec
from members.directory import for_cards as member_cards
from members.directory import visible_members
from members.models import Member, Municipality
from practices.listing import SORT_NEWEST, visible_cases
from practices.listing import SPEC as case_spec
from practices.listing import for_cards as case_cards
from practices.match_reasons import reasons
from practices.match_words import WORD, meaningful_words, suggest_themes
from practices.models import PracticeCase, Recognition

CANDIDATES = 100  # members and stories per source (text, facets) that are scored in Python
TOP = 5  # peers and stories shown
RANK_POOL = 1000  # newest text-matching stories the database ranks (a time bound; see match())


@dataclass(frozen=True)
class Weights:
    """All weights of the ranking, in one place. A member's score is the sum of the parts."""

    # Text: share (0–1) of the description's words, weighted by rarity, found in …
    text_profile: float = 4.0  # … the member's profile (name, job, ask-me-about, tags, bio)
    text_stories: float = 4.0  # … their best-matching published story
    # On PostgreSQL the database's own rank (ts_rank, Dutch stems) adds up to this much; on
    # SQLite every rank is 0, so it adds nothing there.
    text_rank: float = 0.5
    # Themes, per chosen or suggested theme: on the profile / in at least one of their stories.
    theme_profile: float = 1.5
    theme_stories: float = 1.5
    # A suggested theme (the user chose none) counts for this share of a chosen one.
    suggested_factor: float = 0.7
    # Kinds of work, per chosen kind: on the profile / shown in one of their stories.
    work_profile: float = 1.5
    work_stories: float = 1.0
    # Qualities shown in their matching stories: per quality (at most ``quality_cap`` count).
    quality_stories: float = 0.25
    quality_cap: int = 2
    # Place (only when the user gave one): same municipality, same province, elsewhere; a
    # member who "thinks along outside the region" gets ``place_elsewhere_thinks_along`` when
    # elsewhere (so far-away experts are not pushed out by merely nearby ones).
    place_municipality: float = 2.0
    place_province: float = 1.0
    place_elsewhere_thinks_along: float = 0.6
    # Matching stories: up to this much for a story published today, falling linearly to 0
    # over ``recency_years``; and per recognition, with diminishing returns (log).
    recency: float = 0.5
    recency_years: float = 5.0
    recognition: float = 0.3
    # A member needs at least this score to be suggested (a member matching only the place is
    # not a peer for a description about something else).
    minimum: float = 1.0


WEIGHTS = Weights()


# --- Input ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Situation:
    """What the user told us: a description and the guided choices (codes)."""

    description: str = ""
    themes: tuple[str, ...] = ()
    work: tuple[str, ...] = ()
    province: str = ""  # a province slug
    municipality: str = ""  # a CBS code

    def __bool__(self) -> bool:
        return bool(
            meaningful_words(self.description)
            or self.themes
            or self.work
            or self.province
            or self.municipality
        )


def or_query(words: list[str]) -> search.ParsedQuery:
    """Any of ``words`` (an OR, ranked), not all of them as a search box would require."""
    if not words:
        return search.ParsedQuery(text="")
    terms = tuple(search.Term(words=(word,)) for word in words)
    return search.ParsedQuery(text=" or ".join(words), groups=(terms,))


def _stem(word: str) -> str:
    """The start of a word that its inflections share (the rule ``lpb.search.snippet`` uses)."""
    return word if len(word) <= 4 else word[: max(4, len(word) - 2)]


def _word_starts(document: str) -> list[str]:
    """The document's distinct words, sorted (so that :func:`_found` can bisect)."""
    return sorted(set(WORD.findall(document.lower())))


def _stems_in(stems: list[str], pattern: re.Pattern | None, document: str) -> list[str]:
    """The words of ``document`` that start with one of ``stems`` (one regex pass), sorted."""
    if pattern is None or not document:
        return []
    # Lower-casing once and matching case-sensitively is twice as fast as re.IGNORECASE.
    return sorted(set(pattern.findall(document.lower())))


def _found(stem: str, words: list[str]) -> bool:
    """Whether a word in ``words`` (sorted) starts with ``stem``."""
    index = bisect_left(words, stem)
    return index < len(words) and words[index].startswith(stem)


# --- Output --------------------------------------------------------------------------------------


@dataclass
class Evidence:
    """Why a member scored: the facts the reasons are written from."""

    text_profile: float = 0.0
    profile_words: list[str] = field(default_factory=list)
    ask_me_words: list[str] = field(default_factory=list)
    themes_profile: list[str] = field(default_factory=list)  # codes
    work_profile: list[str] = field(default_factory=list)
    stories: list[int] = field(default_factory=list)  # matching story pks, best first
    stories_by_theme: dict[str, int] = field(default_factory=dict)  # theme code → stories
    work_stories: dict[str, int] = field(default_factory=dict)
    qualities_stories: dict[str, int] = field(default_factory=dict)
    place: str = ""  # "municipality", "province", "elsewhere" or "" (no place asked)
    thinks_along: bool = False
    recognitions: int = 0


@dataclass
class Peer:
    member: Member
    score: float
    evidence: Evidence
    reasons: list[str] = field(default_factory=list)


@dataclass
class Answer:
    situation: Situation
    themes: list[str]  # the theme codes used: chosen, or else suggested
    suggested: list[str]  # the suggested theme codes (only when none were chosen)
    words: list[str]
    peers: list[Peer]
    cases: list[PracticeCase]
    labels: dict[str, dict[str, str]]  # kind → code → label
    province: str = ""  # the province slug used (also when only a municipality was chosen)


# --- Scoring -------------------------------------------------------------------------------------


def _relevance(stems: list[str], idf: dict[str, float], words: list[str]) -> tuple[float, list]:
    """Share of the description's words (weighted by rarity) found in a document's words."""
    total = sum(idf[stem] for stem in stems)
    found = [stem for stem in stems if _found(stem, words)]
    return (sum(idf[stem] for stem in found) / total if total else 0.0), found


def _recency(published_at: datetime | None, now: datetime, weights: Weights) -> float:
    if published_at is None:
        return 0.0
    years = (now - published_at).days / 365.25
    return max(0.0, 1.0 - years / weights.recency_years)


def match(situation: Situation, *, viewer, weights: Weights = WEIGHTS, top: int = TOP) -> Answer:
    """The peers and stories for ``situation`` as ``viewer`` may see them (see module doc)."""
    words = meaningful_words(situation.description)
    suggested = [] if situation.themes else suggest_themes(situation.description)
    themes = list(situation.themes) or suggested
    theme_weight = 1.0 if situation.themes else weights.suggested_factor
    query = or_query(words)
    municipality = (
        Municipality.objects.select_related("province")
        .filter(cbs_code=situation.municipality)
        .first()
        if situation.municipality
        else None
    )
    province_slug = municipality.province.slug if municipality else situation.province

    # 1. Candidate stories: the best text matches, and those with the chosen themes / work.
    # The facts about terms come from the listings' facet indexes (the same visible rows,
    # already in memory), not from a query per relation.
    cases = visible_cases(viewer)
    case_index = listing.index(case_spec, cases)
    labels = _labels(case_index)
    text_ranks: dict[int, float] = {}
    if query:
        # Ranking every match of an OR of common words costs a read of each story's vector, so
        # the database ranks only the ``RANK_POOL`` newest matches (old ones come in by facet).
        text_ranks = _best_text_matches(PracticeCase, case_index, query)
    with_terms = case_index.having("thema", themes) | case_index.having("werk", situation.work)
    by_facet = case_index.page(with_terms, SORT_NEWEST, 0, CANDIDATES) if with_terms else []
    case_rows: dict[int, dict] = {
        row["pk"]: {**row, "search_rank": text_ranks.get(row["pk"], 0.0)}
        for row in cases.filter(pk__in=[*text_ranks, *by_facet]).values(
            "pk", "search_document", "published_at", "author_id"
        )
    }
    case_ids = list(case_rows)
    case_terms = _case_terms(case_index, case_rows)
    recognitions = dict(
        Recognition.objects.filter(case_id__in=case_ids)
        .values("case_id")
        .annotate(n=Count("pk"))
        .values_list("case_id", "n")
    )

    # 2. Candidate members: text matches, facet matches, the place, and the stories' authors.
    members = visible_members(viewer)
    member_index = listing.index(directory_spec, members)
    member_ids: dict[int, float] = {}
    if query:
        member_ids.update(_best_text_matches(Member, member_index, query))
    in_place = []  # bitmaps of the members in the place asked for, nearest first
    if municipality:
        in_place.append(member_index.having("gemeente", [municipality.cbs_code]))
    if province_slug:
        in_place.append(member_index.having("provincie", [province_slug]))
    with_terms = member_index.having("thema", themes) | member_index.having("werk", situation.work)
    if with_terms:
        # Those in the place asked for first, then the newest.
        for pk in _first(member_index, with_terms, in_place, CANDIDATES):
            member_ids.setdefault(pk, 0.0)
    if not member_ids and in_place:
        for pk in _first(member_index, in_place[0], [], CANDIDATES):
            member_ids.setdefault(pk, 0.0)
    authors = case_terms["authors"]
    story_members = {m for row in case_rows.values() for m in authors.get(row["pk"], [])}
    for pk in story_members:  # the query below keeps only those the viewer may see
        member_ids.setdefault(pk, 0.0)
    member_rows = {
        row["pk"]: row
        for row in members.filter(pk__in=list(member_ids)).values(
            "pk",
            "search_document",
            "ask_me_about",
            "thinks_along_elsewhere",
            "municipality__cbs_code",
            "municipality__province__slug",
        )
    }
    member_terms = _member_terms(member_index, list(member_rows))

    # 3. Text relevance, with each word weighted by how rare it is among the candidates.
    stems = list(dict.fromkeys(_stem(word) for word in words))
    # Only the words that start with one of the stems matter: one regex pass per document.
    pattern = (
        re.compile(
            r"\b(?:"
            + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
            + r")\w*"
        )
        if stems
        else None
    )
    case_words = {
        pk: _stems_in(stems, pattern, row["search_document"]) for pk, row in case_rows.items()
    }
    profile_words = {
        pk: _stems_in(stems, pattern, row["search_document"]) for pk, row in member_rows.items()
    }
    documents = [*case_words.values(), *profile_words.values()]
    idf = {
        stem: math.log(1 + (len(documents) + 1) / (1 + sum(_found(stem, d) for d in documents)))
        for stem in stems
    }
    top_case_rank = max((row["search_rank"] or 0.0 for row in case_rows.values()), default=0.0)
    top_member_rank = max(member_ids.values(), default=0.0)

    # 4. Score the stories (the "cases to read first" and the members' story evidence).
    now = timezone.now()
    case_score: dict[int, float] = {}
    case_found: dict[int, float] = {}
    for pk, row in case_rows.items():
        relevance, _found_stems = _relevance(stems, idf, case_words[pk])
        rank = (row["search_rank"] or 0.0) / top_case_rank if top_case_rank else 0.0
        shared_themes = len(set(case_terms["themes"].get(pk, ())) & set(themes))
        shared_work = len(set(case_terms["work"].get(pk, ())) & set(situation.work))
        case_found[pk] = relevance
        case_score[pk] = (
            weights.text_stories * relevance
            + weights.text_rank * rank
            + weights.theme_stories * theme_weight * shared_themes
            + weights.work_stories * shared_work
            + weights.recency * _recency(row["published_at"], now, weights)
        )
    stories_of: dict[int, list[int]] = defaultdict(list)
    for pk in sorted(case_rows, key=lambda pk: -case_score[pk]):
        if case_found[pk] > 0 or case_score[pk] >= weights.theme_stories * theme_weight:
            for author in authors.get(pk, ()):
                stories_of[author].append(pk)

    # 5. Score the members.
    peers = []
    for pk, row in member_rows.items():
        evidence = Evidence()
        score = 0.0
        relevance, found = _relevance(stems, idf, profile_words[pk])
        if relevance:
            evidence.text_profile = relevance
            evidence.profile_words = [w for w in words if _stem(w) in found]
            ask = _word_starts(row["ask_me_about"])
            evidence.ask_me_words = [w for w in words if _found(_stem(w), ask)]
            score += weights.text_profile * relevance
        if top_member_rank:
            score += weights.text_rank * (member_ids.get(pk, 0.0) / top_member_rank)
        own = member_terms.get(pk, {})
        evidence.themes_profile = [c for c in themes if c in own.get("themes", ())]
        evidence.work_profile = [c for c in situation.work if c in own.get("work", ())]
        score += weights.theme_profile * theme_weight * len(evidence.themes_profile)
        score += weights.work_profile * len(evidence.work_profile)

        stories = stories_of.get(pk, [])
        evidence.stories = stories
        if stories:
            score += weights.text_stories * max(case_found[s] for s in stories)
            for story in stories:
                for code in case_terms["themes"].get(story, ()):
                    if code in themes:
                        evidence.stories_by_theme[code] = evidence.stories_by_theme.get(code, 0) + 1
                for code in case_terms["work"].get(story, ()):
                    if code in situation.work:
                        evidence.work_stories[code] = evidence.work_stories.get(code, 0) + 1
                for code in case_terms["qualities"].get(story, ()):
                    evidence.qualities_stories[code] = evidence.qualities_stories.get(code, 0) + 1
            score += weights.theme_stories * theme_weight * len(evidence.stories_by_theme)
            score += weights.work_stories * len(evidence.work_stories)
            score += weights.quality_stories * min(
                len(evidence.qualities_stories), weights.quality_cap
            )
            score += weights.recency * max(
                _recency(case_rows[s]["published_at"], now, weights) for s in stories
            )
            evidence.recognitions = sum(recognitions.get(s, 0) for s in stories)
            score += weights.recognition * math.log1p(evidence.recognitions)

        if municipality or province_slug:
            if municipality and row["municipality__cbs_code"] == municipality.cbs_code:
                evidence.place, bonus = "municipality", weights.place_municipality
            elif province_slug and row["municipality__province__slug"] == province_slug:
                evidence.place, bonus = "province", weights.place_province
            else:
                evidence.place, bonus = "elsewhere", 0.0
                if row["thinks_along_elsewhere"]:
                    evidence.thinks_along = True
                    bonus = weights.place_elsewhere_thinks_along
            score += bonus
        if score >= weights.minimum:
            peers.append((score, pk, evidence))

    peers.sort(key=lambda p: (-p[0], p[1]))
    peers = peers[:top]
    shown = member_cards(Member.objects.filter(pk__in=[pk for _s, pk, _e in peers])).in_bulk()
    answer_peers = [Peer(member=shown[pk], score=s, evidence=e) for s, pk, e in peers]

    best_cases = sorted(
        (pk for pk in case_rows if case_found[pk] > 0 or case_score[pk] >= 1.0),
        key=lambda pk: (-case_score[pk], pk),
    )[:top]
    shown_cases = case_cards(PracticeCase.objects.filter(pk__in=best_cases)).in_bulk()
    answer_cases = []
    for pk in best_cases:
        case = shown_cases[pk]
        case.snippet = search.snippet(case_rows[pk]["search_document"], query)
        case.match_score = case_score[pk]
        answer_cases.append(case)

    titles = {pk: row["search_document"].split("\n", 1)[0] for pk, row in case_rows.items()}
    names = {
        "theme": labels["theme"],
        "work": labels["work"],
        "quality": labels["quality"],
    }
    place_names = _place_names(municipality, province_slug)
    for peer in answer_peers:
        peer.reasons = reasons(peer, names=names, place=place_names, titles=titles)
    return Answer(
        situation=situation,
        themes=themes,
        suggested=suggested,
        words=words,
        peers=answer_peers,
        cases=answer_cases,
        labels=names,
        province=province_slug,
    )


# --- Aggregate look-ups (one query each, for any number of candidates) ---------------------------


def _labels(index: FacetIndex) -> dict[str, dict]:
    """The labels of themes, kinds of work and qualities by code (the index holds them all)."""
    return {
        kind: {term.code: str(term.name) for term in index.options_of(facet)}
        for kind, facet in (("theme", "thema"), ("work", "werk"), ("quality", "kwaliteit"))
    }


def _best_text_matches(model, index: FacetIndex, query: search.ParsedQuery) -> dict[int, float]:
    """The ``CANDIDATES`` best ranked among the ``RANK_POOL`` newest rows matching ``query``
    that the viewer may see (``index`` holds those: the text search itself needs no join)."""
    pool = search.search(model._default_manager.all(), query).order_by("-pk")
    rows = pool.values_list("pk", "search_rank")[:RANK_POOL]
    visible = [(pk, rank or 0.0) for pk, rank in rows if pk in index.position]
    return dict(sorted(visible, key=lambda row: (-row[1], -row[0]))[:CANDIDATES])


def _first(index: FacetIndex, matching: int, places: list[int], count: int) -> list[int]:
    """The first ``count`` newest members in ``matching``, those in ``places`` (bitmaps,
    nearest first) before the others."""
    found: list[int] = []
    for place in [*places, index.everything]:
        for pk in index.page(matching & place, SORT_NEWEST_MEMBERS, 0, count):
            if pk not in found:
                found.append(pk)
        if len(found) >= count:
            break
    return found[:count]


def _case_terms(index: FacetIndex, case_rows: dict[int, dict]) -> dict[str, dict[int, list]]:
    """Per story: theme, work and quality codes (from the index), and all its authors (member
    pks: the author first, then the co-authors, in one query)."""
    case_ids = list(case_rows)
    out: dict[str, dict[int, list]] = {
        "themes": index.keys_of("thema", case_ids),
        "work": index.keys_of("werk", case_ids),
        "qualities": index.keys_of("kwaliteit", case_ids),
        "authors": defaultdict(list),
    }
    for pk, row in case_rows.items():
        if row["author_id"]:
            out["authors"][pk].append(row["author_id"])
    if case_ids:
        for case_id, member_id in PracticeCase.co_authors.through.objects.filter(
            practicecase_id__in=case_ids
        ).values_list("practicecase_id", "member_id"):
            out["authors"][case_id].append(member_id)
    return out


def _member_terms(index: FacetIndex, member_ids: list[int]) -> dict[int, dict[str, set]]:
    """Per member: the theme and work codes on their profile (from the index)."""
    themes, work = index.keys_of("thema", member_ids), index.keys_of("werk", member_ids)
    return {pk: {"themes": set(themes[pk]), "work": set(work[pk])} for pk in themes}


def _place_names(municipality: Municipality | None, province_slug: str) -> dict[str, str]:
    if municipality:
        return {"municipality": municipality.name, "province": municipality.province.name}
    if province_slug:
        from members.models import Province

        province = Province.objects.filter(slug=province_slug).first()
        return {"municipality": "", "province": province.name if province else ""}
    return {"municipality": "", "province": ""}


def directory_params(answer: Answer) -> list[tuple[str, str]]:
    """The same choices as directory / listing filters (``thema``, ``werk``, ``provincie``,
    ``gemeente``), to browse further."""
    params = [("thema", code) for code in answer.themes]
    params += [("werk", code) for code in answer.situation.work]
    if answer.province:
        params.append(("provincie", answer.province))
        if answer.situation.municipality:
            params.append(("gemeente", answer.situation.municipality))
    return params
