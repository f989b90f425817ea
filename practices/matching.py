"""“Wie bel je?”: from a situation in the wijk to the peers and stories that fit, with reasons.

:func:`match` runs five named steps:

1. :func:`parse` — the description's Dutch terms (``lpb.analysis``), the vocabulary terms it
   suggests (themes, kinds of work, role images: :data:`VOCABULARIES`, through their words and
   synonyms), and the place: chosen in the form (a filter) or named in the text (a boost).
2. :func:`candidates` — BM25 over **every** member profile and **every** story in the text
   index (``lpb.textindex``; no recency window), plus the members with the chosen vocabulary;
   only then is it narrowed to what the viewer may see. The viewer is never a candidate.
3. :func:`score` — a plain sum (every weight in :class:`Weights`): how well the profile and
   the best stories they wrote match (BM25, relative to the best candidate), the vocabulary
   terms on the profile divided among all the member's terms of that kind (a specialist beats
   a generalist), and the place. No points for popularity or for the number of qualities.
4. :func:`diversify` — the top peers, without two who owe their place to the same story.
5. :func:`explain` — reasons from the evidence that scored, with the passage of the profile or
   story that matched, its words in ``<mark>``, and labels in the viewer's language.

A fixed number of queries whatever the size of the network (see ``tests/test_who_to_call.py``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from lpb import analysis, textindex
from members.directory import for_cards as member_cards
from members.directory import visible_members
from members.models import Member, Municipality, Province
from practices.listing import for_cards as case_cards
from practices.listing import visible_cases
from practices.match_reasons import Reason, reasons
from practices.match_vocabulary import (
    VOCABULARIES,
    known_words,
    named_place,
    place_names,
)
from practices.match_words import (
    BRIDGE_WEIGHT,
    Cue,
    analysed,
    bridges,
    described,
    query_weights,
    suggest,
    synonyms,
)
from practices.models import SECTIONS, PracticeCase

TOP = 5  # peers and stories shown
POOL = 400  # best-ranked profiles and stories (of the whole corpus) that are scored
BRIDGE_RARE = 0.01  # a bridged compound in more of a table's rows is an everyday word
EXPANSION = 0.3  # weight of a suggested vocabulary term's synonyms added to the query


@dataclass(frozen=True)
class Weights:
    """All weights of the ranking, in one place. A member's score is the sum of the parts."""

    # Text, BM25 relative to a row holding each word once (≈ 0–1): the profile / their best
    # story, and
    # a little for their second-best story (someone with two fitting stories knows the subject).
    text_profile: float = 4.0
    text_story: float = 2.5
    text_second_story: float = 0.75
    # A vocabulary term of the situation on the profile, divided by the square root of how many
    # terms of that kind the member has (a specialist beats a generalist). A suggested term
    # counts with its strength (0–1) times ``suggested``; a chosen one fully.
    theme: float = 1.5
    work: float = 1.5
    role: float = 1.0
    suggested: float = 0.7
    # Place named in the description or chosen in the form (then also a filter).
    place_municipality: float = 3.0
    place_province: float = 1.5
    thinks_along: float = 0.5  # elsewhere, but "likes to think along outside their region"
    # Two peers who owe their place to the same story: the second is multiplied by this.
    same_story: float = 0.6
    minimum: float = 0.5  # below this a member is not a peer for the situation


WEIGHTS = Weights()


# --- 1. The situation ---------------------------------------------------------------------------


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
            described(self.description)
            or self.themes
            or self.work
            or self.province
            or self.municipality
        )


@dataclass
class Parsed:
    words: list[tuple[str, tuple[str, ...]]]  # meaningful words with their terms
    weights: dict[str, float]  # query term → weight (the description's own terms)
    synonyms: dict[str, float]  # terms of words that mean the same (the thesaurus) → weight
    expanded: dict[str, float]  # the words of the suggested vocabulary → weight (softer)
    bridges: dict[str, float]  # compounds two nearby words may form → weight (if indexed)
    vocabulary: dict[str, dict[str, float]]  # kind → code → strength (chosen: 1)
    chosen: dict[str, list[str]]  # kind → codes chosen in the form
    suggested: dict[str, list[str]]  # kind → codes suggested (only kinds not chosen)
    labels: dict[str, dict[str, str]]  # kind → code → label (active language)
    cues: dict[str, Cue]  # "kind:code" → cue
    municipality: Municipality | None = None  # chosen in the form (a filter)
    province: Province | None = None
    named_municipality: Municipality | None = None  # named in the description (a boost)
    named_province: Province | None = None


def parse(situation: Situation) -> Parsed:
    """Step 1: the terms, vocabulary and place of a situation."""
    known = known_words()
    municipality, province = None, None
    places = place_names(known.version)
    if situation.municipality:
        municipality = places["municipalities"].get(situation.municipality)
        province = municipality.province if municipality else None
    elif situation.province:
        province = places["provinces"].get(situation.province)
    named_municipality, named_province, place_words = None, None, ""
    if not (municipality or province):
        named_municipality, named_province, place_words = named_place(situation.description, places)
    place_terms = set(analysis.terms(place_words))
    words = [
        (word, terms)
        for word, terms in described(situation.description)
        if not set(terms) <= place_terms or not place_terms
    ]
    labels = {kind: {t.code: t.name for t in terms} for kind, terms in known.terms.items()}
    all_cues, groups = analysed(known)
    cues_by_key = {f"{cue.kind}:{cue.code}": cue for cue in all_cues}
    found = suggest(all_cues, words)
    chosen = {"theme": list(situation.themes), "work": list(situation.work)}
    vocabulary: dict[str, dict[str, float]] = {}
    suggested: dict[str, list[str]] = {}
    for kind, codes in found.items():
        if chosen.get(kind):
            continue
        vocabulary[kind] = codes
        suggested[kind] = sorted(codes, key=lambda code: -codes[code])
    for kind, codes in chosen.items():
        if codes:
            vocabulary[kind] = dict.fromkeys(codes, 1.0)
    weights = query_weights(words)
    related = {t: w for t, w in synonyms(groups, words).items() if t not in weights}
    expanded = {}
    for kind, codes in vocabulary.items():  # "dealers" also looks for "ondermijning"
        for code, strength in codes.items():
            for phrase in cues_by_key[f"{kind}:{code}"].phrases:
                for term in phrase:
                    if term not in weights and term not in related:
                        expanded[term] = max(expanded.get(term, 0.0), EXPANSION * strength)
    return Parsed(
        words=words,
        weights=weights,
        synonyms=related,
        expanded=expanded,
        bridges={
            term: BRIDGE_WEIGHT
            for term in bridges(situation.description)
            if term not in weights and term not in related
        },
        vocabulary=vocabulary,
        chosen={k: v for k, v in chosen.items() if v},
        suggested=suggested,
        labels=labels,
        cues=cues_by_key,
        municipality=municipality,
        province=province,
        named_municipality=named_municipality,
        named_province=named_province,
    )


# --- 2. Candidates ------------------------------------------------------------------------------


@dataclass
class Candidates:
    profile_scores: dict[int, float]  # member pk → BM25 of the profile (relative, ≈ 0–1)
    story_scores: dict[int, float]  # visible story pk → BM25 (relative, ≈ 0–1)
    stories_of: dict[int, list[int]]  # member pk → their matching stories, best first
    members: dict[int, dict]  # member pk → the facts scoring needs
    vocabulary_of: dict[int, dict[str, set[str]]]  # member pk → kind → codes on the profile
    bridged: set[str] = field(default_factory=set)  # the bridges the index holds (see parse)


def in_chosen_place(members, parsed: Parsed):
    """A place chosen in the form is a filter: the members there, and those who think along
    elsewhere ("denkt mee buiten de regio")."""
    if not (parsed.municipality or parsed.province):
        return members
    if parsed.municipality:
        place = Q(municipality=parsed.municipality)
    else:
        place = Q(municipality__province=parsed.province)
    return members.filter(place | Q(thinks_along_elsewhere=True))


def candidates(parsed: Parsed, *, viewer, pool: int = POOL) -> Candidates:
    """Step 2: the best-matching profiles and stories of the whole corpus, as ``viewer`` may
    see them, the authors of those stories, and the members with the chosen vocabulary."""
    query = {**parsed.synonyms, **parsed.weights}  # the words asked for, and their synonyms
    models = (Member, PracticeCase)
    wanted_terms = {*query, *parsed.expanded, *parsed.bridges}
    stats = textindex.statistics(*models) if wanted_terms else {}
    # One query for every term's rarity in both tables, the bridges' included: which of them
    # the index holds tells which compounds of two nearby words are real ones.
    frequencies = textindex.frequencies(models, wanted_terms) if wanted_terms else {}
    bridged = {
        model: held_bridges(parsed.bridges, frequencies[model], stats[model][0])
        for model in frequencies
    }
    profile_rank, story_rank = (
        textindex.rank(
            model,
            {**bridged[model], **query} if model in bridged else query,
            extra=parsed.expanded,
            limit=pool,
            stats=stats.get(model),
            frequencies=frequencies.get(model),
        )
        for model in models
    )
    # Stories: the visible ones among the best, with their authors (one query) and co-authors.
    story_scores, authors = {}, defaultdict(list)
    if story_rank.scores:
        rows = visible_cases(viewer).filter(pk__in=list(story_rank.scores))
        for pk, author in rows.values_list("pk", "author_id"):
            story_scores[pk] = story_rank.scores[pk]
            if author:
                authors[pk].append(author)
        through = PracticeCase.co_authors.through.objects
        for pk, member in through.filter(practicecase_id__in=list(story_scores)).values_list(
            "practicecase_id", "member_id"
        ):
            authors[pk].append(member)
    stories_of: dict[int, list[int]] = defaultdict(list)
    for pk in sorted(story_scores, key=lambda pk: -story_scores[pk]):
        for member in authors[pk]:
            stories_of[member].append(pk)
    wanted = set(profile_rank.scores) | set(stories_of)

    members = in_chosen_place(visible_members(viewer).exclude(user_id=viewer.pk), parsed)
    by_vocabulary = None
    chosen = [v for v in VOCABULARIES if v.member_relation and parsed.chosen.get(v.kind)]
    if chosen or not parsed.words:
        condition = Q()
        for vocabulary in chosen:
            condition |= Q(
                **{f"{vocabulary.member_relation}__code__in": parsed.chosen[vocabulary.kind]}
            )
        by_vocabulary = members.filter(condition) if chosen else members
    query = members.filter(pk__in=list(wanted))
    if by_vocabulary is not None:  # one query: the text's candidates and the vocabulary's
        extra = by_vocabulary.order_by("pk").values("pk").distinct()[:pool]
        query = members.filter(Q(pk__in=list(wanted)) | Q(pk__in=extra))
    facts = {
        row["pk"]: row
        for row in query.values(
            "pk",
            "thinks_along_elsewhere",
            "municipality_id",
            "municipality__province_id",
        )
    }
    vocabulary_of: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for vocabulary in VOCABULARIES:
        if not vocabulary.member_relation or vocabulary.kind not in parsed.vocabulary:
            continue
        relation = getattr(Member, vocabulary.member_relation)
        through = relation.through
        target = relation.field.m2m_reverse_field_name()
        source = relation.field.m2m_field_name()
        for pk, code in through.objects.filter(**{f"{source}_id__in": list(facts)}).values_list(
            f"{source}_id", f"{target}__code"
        ):
            vocabulary_of[pk][vocabulary.kind].add(code)
    # BM25 relative to what a row holding every word of the description once would score,
    # so that profiles and stories, weak and strong matches, compare on one scale.
    profile_scale = profile_rank.attainable(parsed.weights) or 1.0
    story_scale = story_rank.attainable(parsed.weights) or 1.0
    return Candidates(
        profile_scores={
            pk: s / profile_scale for pk, s in profile_rank.scores.items() if pk in facts
        },
        story_scores={pk: s / story_scale for pk, s in story_scores.items()},
        stories_of={pk: s for pk, s in stories_of.items() if pk in facts},
        members=facts,
        vocabulary_of=vocabulary_of,
        bridged={term for terms in bridged.values() for term in terms},
    )


def held_bridges(compounds: dict[str, float], frequencies: dict[str, int], rows: int) -> dict:
    """The ``compounds`` (term → weight, :func:`practices.match_words.bridges`) a table of
    ``rows`` rows holds as a rare term (``frequencies``: term → rows holding it): a
    specialist's word ("thuiszitten": 1 profile of 10,000), not an everyday verb whose meaning
    its parts already carry ("terechtkomen": 1 story of 20). In a table of fewer than
    ``textindex.PRUNE_FROM`` rows every held term counts."""
    common = rows >= textindex.PRUNE_FROM
    return {
        term: weight
        for term, weight in compounds.items()
        if frequencies.get(term, 0) and not (common and frequencies[term] > BRIDGE_RARE * rows)
    }


# --- 3. Scores ----------------------------------------------------------------------------------


@dataclass
class Evidence:
    """Why a member scored: the facts the reasons are written from."""

    text_profile: float = 0.0
    stories: list[int] = field(default_factory=list)  # matching story pks, best first
    vocabulary: dict[str, list[str]] = field(default_factory=dict)  # kind → codes on profile
    place: str = ""  # "municipality", "province", "elsewhere" or "" (no place asked)
    thinks_along: bool = False
    profile_passage: str = ""
    profile_words: list[str] = field(default_factory=list)
    story_passage: str = ""
    story_title: str = ""
    story_url: str = ""


@dataclass
class Peer:
    member: Member
    score: float
    evidence: Evidence
    reasons: list[Reason] = field(default_factory=list)


def score(
    parsed: Parsed, found: Candidates, *, weights: Weights = WEIGHTS
) -> list[tuple[float, int, Evidence]]:
    """Step 3: every candidate's score and evidence, best first."""
    place_municipality = parsed.municipality or parsed.named_municipality
    place_province = parsed.province or parsed.named_province
    out = []
    for pk, row in found.members.items():
        evidence = Evidence()
        total = 0.0
        profile = found.profile_scores.get(pk, 0.0)
        if profile:
            evidence.text_profile = profile
            total += weights.text_profile * profile
        stories = found.stories_of.get(pk, [])
        if stories:
            evidence.stories = stories
            scores = [found.story_scores[s] for s in stories[:2]]
            total += weights.text_story * scores[0]
            if len(scores) > 1:
                total += weights.text_second_story * scores[1]
        own = found.vocabulary_of.get(pk, {})
        for vocabulary in VOCABULARIES:
            wanted = parsed.vocabulary.get(vocabulary.kind, {})
            codes = own.get(vocabulary.kind, set())
            shared = [code for code in wanted if code in codes]
            if shared:
                evidence.vocabulary[vocabulary.kind] = shared
                chosen = vocabulary.kind in parsed.chosen
                strength = sum(wanted[c] for c in shared) * (1.0 if chosen else weights.suggested)
                total += getattr(weights, vocabulary.weight_name) * strength / math.sqrt(len(codes))
        if place_municipality or place_province:
            if place_municipality and row["municipality_id"] == place_municipality.pk:
                evidence.place = "municipality"
                total += weights.place_municipality
            elif place_province and row["municipality__province_id"] == place_province.pk:
                evidence.place = "province"
                total += weights.place_province
            else:
                evidence.place = "elsewhere"
                if row["thinks_along_elsewhere"]:
                    evidence.thinks_along = True
                    total += weights.thinks_along
        if total >= weights.minimum or (not parsed.words and not parsed.vocabulary):
            out.append((total, pk, evidence))
    # Ties (rare): the member whose profile matched the text better, then the lower pk.
    out.sort(key=lambda item: (-item[0], -item[2].text_profile, item[1]))
    return out


# --- 4. Diversity -------------------------------------------------------------------------------


def diversify(
    scored: list[tuple[float, int, Evidence]], *, top: int = TOP, weights: Weights = WEIGHTS
) -> list[tuple[float, int, Evidence]]:
    """Step 4: the ``top`` best, where a peer whose best story is one an earlier peer already
    brought in (its co-author) counts for less, so the list names different experiences."""
    chosen, stories, pool = [], set(), list(scored[: top * 4])
    while pool and len(chosen) < top:
        adjusted = [
            (s * (weights.same_story if e.stories and e.stories[0] in stories else 1.0), pk, e)
            for s, pk, e in pool
        ]
        best = max(adjusted, key=lambda item: (item[0], -item[1]))
        chosen.append(best)
        pool = [item for item in pool if item[1] != best[1]]
        if best[2].stories:
            stories.add(best[2].stories[0])
    return chosen


# --- 5. Reasons and the answer ------------------------------------------------------------------


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
    suggested_by_kind: dict[str, list[str]] = field(default_factory=dict)
    place_named: str = ""  # the place the description named, as a label


def _profile_texts(member: Member) -> list[str]:
    return [
        member.ask_me_about,
        member.bio,
        " ".join(part for part in (member.job_title, member.organisation) if part),
        *(mq.example for mq in member.member_qualities.all()),
    ]


def _story_texts(case: PracticeCase) -> list[str]:
    return [case.summary, *(getattr(case, section) for section in SECTIONS), case.title]


def explain(parsed: Parsed, chosen: list, found: Candidates, *, stories: int = TOP) -> tuple:
    """Step 5: the peers with their reasons and passages, and the ``stories`` to read first."""
    wanted = {*parsed.weights, *parsed.synonyms, *found.bridged}
    shown = member_cards(Member.objects.filter(pk__in=[pk for _s, pk, _e in chosen])).in_bulk()
    best_cases = sorted(found.story_scores, key=lambda pk: (-found.story_scores[pk], pk))
    best_cases = best_cases[:stories]
    evidence_stories = [e.stories[0] for _s, _pk, e in chosen if e.stories]
    cases = case_cards(PracticeCase.objects.filter(pk__in={*best_cases, *evidence_stories}))
    cases = cases.in_bulk()
    peers = []
    for total, pk, evidence in chosen:
        member = shown[pk]
        if wanted and evidence.text_profile:
            evidence.profile_passage = analysis.best_passage(_profile_texts(member), wanted)
            evidence.profile_words = analysis.matching_words(
                " ".join(_profile_texts(member)), wanted
            )
        if wanted and evidence.stories and evidence.stories[0] in cases:
            case = cases[evidence.stories[0]]
            evidence.story_title = case.title
            evidence.story_url = case.get_absolute_url()
            evidence.story_passage = analysis.best_passage(_story_texts(case), wanted)
        peer = Peer(member=member, score=total, evidence=evidence)
        peer.reasons = reasons(peer, parsed=parsed)
        peers.append(peer)
    answer_cases = []
    for pk in best_cases:
        case = cases[pk]
        case.snippet = analysis.best_passage(_story_texts(case), wanted)
        case.match_score = found.story_scores[pk]
        answer_cases.append(case)
    return peers, answer_cases


def match(
    situation: Situation,
    *,
    viewer,
    weights: Weights = WEIGHTS,
    top: int = TOP,
    stories: int | None = None,
) -> Answer:
    """The ``top`` peers and the ``stories`` (as many, by default) for ``situation`` as
    ``viewer`` may see them (see module doc)."""
    parsed = parse(situation)
    found = candidates(parsed, viewer=viewer)
    scored = score(parsed, found, weights=weights)
    chosen = diversify(scored, top=top, weights=weights)
    peers, cases = explain(parsed, chosen, found, stories=top if stories is None else stories)
    province = parsed.province or (parsed.municipality.province if parsed.municipality else None)
    named = parsed.named_municipality or parsed.named_province
    return Answer(
        situation=situation,
        themes=parsed.chosen.get("theme") or parsed.suggested.get("theme", []),
        suggested=[] if situation.themes else parsed.suggested.get("theme", []),
        words=[word for word, _terms in parsed.words],
        peers=peers,
        cases=cases,
        labels=parsed.labels,
        province=province.slug if province else "",
        suggested_by_kind=parsed.suggested,
        place_named=str(named.name) if named else "",
    )


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
