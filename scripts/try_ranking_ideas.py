#!/usr/bin/env python
"""Ranking ideas for “Wie bel je?”, measured on the judged sets. An experiment that prints figures.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres make bench-match BENCH_ARGS=--keep
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lpb_bench_match_<pid> \\
        python scripts/try_ranking_ideas.py [IDEA …]

On a database kept by ``make bench-match`` (the judged members among 10,000 demo members and
20,000 stories; nothing is written), runs the matcher's own steps (``practices.matching``:
parse, candidates, score, diversify) for every judged situation, as the benchmark's viewer,
once as committed and once per setting of each IDEA (all ideas without arguments), and prints
MRR / recall@1 / recall@5 of the tuning half (``SITUATIONS[0::2]`` of
``tests/who_to_call_data.py``), the held-out half (``[1::2]``) and the fresh set
(``tests/who_to_call_fresh.py``), and the median time of those steps. Each idea is a patch of
the committed code for the run only. The rule it is read by: a setting is chosen on the tuning
half alone (the best MRR there, the smaller change on a tie), and kept only if the held-out
half and the fresh set do not get worse.

Ideas: bridge (off: the committed compound bridging undone; weights), prf (RM3-style
pseudo-relevance feedback), learned (themes learned from the tagged stories, naive lift),
field (a profile's "ask me about" and expertise tags weighted apart, BM25F-like), bm25 (k1,
b), common (the pruning of common terms), pool, weights (each of ``Weights`` and the
thesaurus' and vocabulary's weights, one at a time), stop (Snowball's Dutch stop words the
list lacks), pruned-idf (the pruned terms' real idf in the normalisation), part-synonyms (the
thesaurus also through a compound's parts), known-bridges (bridged compounds also suggest
vocabulary and thesaurus words).
"""

from __future__ import annotations

import dataclasses
import math
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")


class Patches:
    """Attributes set for one run and restored afterwards."""

    def __init__(self):
        self.saved = []

    def set(self, owner, name, value):
        self.saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    def undo(self):
        for owner, name, value in reversed(self.saved):
            setattr(owner, name, value)
        self.saved = []


def main() -> None:
    import django

    django.setup()
    from django.db import connection

    from lpb import analysis, textindex
    from lpb.models import TermFrequency, TermPosting
    from members.models import Member, Theme
    from practices import match_words, matching
    from practices.models import PracticeCase
    from tests import who_to_call_data as first
    from tests.who_to_call_data import judge, judged_in_database

    situations, judged, viewer = judged_in_database()
    count = len(first.SITUATIONS)
    parts = {
        "tuning": range(0, count, 2),
        "held-out": range(1, count, 2),
        "fresh": range(count, len(situations)),
    }

    def situation(description: str, choices: dict) -> matching.Situation:
        def codes(value):
            return tuple(value) if isinstance(value, list | tuple) else ((value,) if value else ())

        return matching.Situation(
            description=description,
            themes=codes(choices.get("thema")),
            work=codes(choices.get("werk")),
            province=choices.get("provincie", ""),
            municipality=choices.get("gemeente", ""),
        )

    def measure(label: str) -> None:
        ranked, times = [], []
        for description, choices, _acceptable in situations:
            began = time.perf_counter()
            parsed = matching.parse(situation(description, choices))
            found = matching.candidates(parsed, viewer=viewer)
            chosen = matching.diversify(matching.score(parsed, found))
            times.append((time.perf_counter() - began) * 1000)
            ranked.append([judged.get(pk, "-") for _s, pk, _e in chosen])
        figures = [
            judge([ranked[n] for n in numbers], [situations[n] for n in numbers])
            for numbers in parts.values()
        ]
        print(
            f"{label:<44} "
            + " | ".join(
                f"{f['mrr']:.3f} / {f['recall@1']:.3f} / {f['recall@5']:.3f}" for f in figures
            )
            + f" | {statistics.median(times):.0f} ms",
            flush=True,
        )

    patches = Patches()
    original = {
        "candidates": matching.candidates,
        "parse": matching.parse,
        "score": matching.score,
        "diversify": matching.diversify,
        "rank": textindex.rank,
        "synonyms": matching.synonyms,
    }

    # --- The ideas: each yields (label, a function that patches for one run) ----------------

    def bridge():
        yield "bridging off (as before)", lambda: patches.set(matching, "bridges", lambda t: {})
        for weight in (0.3, 0.6, 1.0, 1.5):
            yield (
                f"bridge weight {weight}",
                lambda w=weight: patches.set(matching, "BRIDGE_WEIGHT", w),
            )
        for rare in (0.02, 0.05, 1.0):
            yield (
                f"bridge rarer than {rare:.0%} of rows",
                lambda r=rare: patches.set(matching, "BRIDGE_RARE", r),
            )

    def prf():
        def feedback(k: int, terms: int, weight: float, sources: tuple):
            def candidates(parsed, *, viewer, pool=matching.POOL):
                query = {**parsed.synonyms, **parsed.weights}
                if query:
                    scores: dict[str, float] = defaultdict(float)
                    stats = textindex.statistics(Member, PracticeCase)
                    for model in sources:
                        rows = stats[model][0]
                        top = original["rank"](
                            model, query, extra=parsed.expanded, limit=k, stats=stats[model]
                        ).scores
                        if not top:
                            continue
                        best = max(top.values())
                        kind = textindex.kind_of(model)
                        postings = list(
                            TermPosting.objects.filter(
                                kind=kind, object_id__in=list(top)
                            ).values_list("object_id", "term", "count", "length")
                        )
                        frequency = dict(
                            TermFrequency.objects.filter(
                                kind=kind, term__in={p[1] for p in postings}
                            ).values_list("term", "rows")
                        )
                        for pk, term, n, length in postings:
                            rows_with = frequency.get(term, 1)
                            if term in query or term in parsed.expanded:
                                continue
                            if rows_with < 2 or rows_with > textindex.COMMON_EXTRA * rows:
                                continue
                            scores[term] += (
                                top[pk] / best * n / length * textindex.idf(rows, rows_with)
                            )
                    chosen = sorted(scores, key=lambda t: -scores[t])[:terms]
                    if chosen:
                        strongest = scores[chosen[0]]
                        parsed.expanded = {
                            **parsed.expanded,
                            **{t: weight * scores[t] / strongest for t in chosen},
                        }
                return original["candidates"](parsed, viewer=viewer, pool=pool)

            return lambda: patches.set(matching, "candidates", candidates)

        both = (Member, PracticeCase)
        for k, terms, weight, sources, label in (
            (3, 10, 0.3, both, "both"),
            (5, 10, 0.15, both, "both"),
            (5, 10, 0.3, both, "both"),
            (5, 5, 0.3, both, "both"),
            (5, 20, 0.3, both, "both"),
            (10, 10, 0.3, both, "both"),
            (10, 10, 0.6, both, "both"),
            (5, 10, 0.3, (Member,), "profiles"),
            (5, 10, 0.3, (PracticeCase,), "stories"),
        ):
            yield (
                f"prf: top {k} {label}, {terms} terms, weight {weight}",
                feedback(k, terms, weight, sources),
            )

    def learned():
        themes = dict(Theme.objects.values_list("pk", "code"))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT theme_id, COUNT(*) FROM practices_practicecase_themes GROUP BY theme_id"
            )
            tagged = dict(cursor.fetchall())
            cursor.execute(
                "SELECT COUNT(DISTINCT practicecase_id) FROM practices_practicecase_themes"
            )
            stories = cursor.fetchone()[0]
        prior = {theme: n / stories for theme, n in tagged.items()}

        def themes_of(parsed, top: int) -> dict[str, float]:
            """The themes the description's words are most over-represented in (lift)."""
            terms = [t for t, w in parsed.weights.items() if w == 1.0]
            if not terms:
                return {}
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT p.term, t.theme_id, COUNT(*) FROM lpb_termposting p "
                    "JOIN practices_practicecase_themes t ON t.practicecase_id = p.object_id "
                    "WHERE p.kind = %s AND p.term = ANY(%s) GROUP BY 1, 2",
                    ["practices.practicecase", terms],
                )
                together = defaultdict(dict)
                for term, theme, n in cursor.fetchall():
                    together[term][theme] = n
            frequency = dict(
                TermFrequency.objects.filter(
                    kind="practices.practicecase", term__in=terms
                ).values_list("term", "rows")
            )
            score: dict[int, float] = defaultdict(float)
            for term in terms:
                n = frequency.get(term, 0)
                if not n or n > textindex.COMMON * stories:
                    continue
                for theme, p in prior.items():
                    lift = (together[term].get(theme, 0) + 5 * p) / ((n + 5) * p)
                    if lift > 1:
                        score[theme] += math.log(1 + stories / n) * math.log(lift)
            best = sorted(score, key=lambda t: -score[t])[:top]
            return {themes[t]: score[t] / score[best[0]] for t in best} if best else {}

        def patch(weight: float, top: int):
            def parse(situation_):
                parsed = original["parse"](situation_)
                if "theme" not in parsed.chosen:
                    found = dict(parsed.vocabulary.get("theme", {}))
                    for code, strength in themes_of(parsed, top).items():
                        found[code] = max(found.get(code, 0.0), weight * strength)
                    if found:
                        parsed.vocabulary["theme"] = found
                return parsed

            return lambda: patches.set(matching, "parse", parse)

        for weight in (0.25, 0.5, 0.75, 1.0, 1.25, 2.0):
            yield f"learned themes, strength {weight}, top 2", patch(weight, 2)
        yield "learned themes, strength 1.0, top 1", patch(1.0, 1)

    def field():
        def patch(weight: float, tags: bool):
            expertise: dict[int, float] = {}

            def candidates(parsed, *, viewer, pool=matching.POOL):
                found = original["candidates"](parsed, viewer=viewer, pool=pool)
                expertise.clear()
                members = list(found.members)
                texts = {
                    pk: [ask or ""]
                    for pk, ask in Member.objects.filter(pk__in=members).values_list(
                        "pk", "ask_me_about"
                    )
                }
                if tags:
                    through = Member.tags.through.objects.filter(content_object_id__in=members)
                    for pk, tag in through.values_list("content_object_id", "tag__name"):
                        texts[pk].append(tag)
                query = {**parsed.synonyms, **parsed.weights}
                rows = textindex.statistics(Member)[Member][0]
                frequency = dict(
                    TermFrequency.objects.filter(kind="members.member", term__in=query)
                    .filter(rows__lte=textindex.COMMON * rows)
                    .values_list("term", "rows")
                )
                rarity = {t: textindex.idf(rows, n) for t, n in frequency.items()}
                unseen = textindex.idf(rows, 0)
                scale = sum(w * rarity.get(t, unseen) for t, w in parsed.weights.items()) or 1.0
                for pk, parts_ in texts.items():
                    counts = Counter(analysis.terms(" , ".join(parts_)))
                    total = sum(
                        query[t]
                        * rarity[t]
                        * counts[t]
                        * (textindex.K1 + 1)
                        / (counts[t] + textindex.K1)
                        for t in counts
                        if t in rarity
                    )
                    if total:
                        expertise[pk] = total / scale
                return found

            def score(parsed, found, *, weights=matching.WEIGHTS):
                scored = [
                    (total + weight * expertise.get(pk, 0.0), pk, evidence)
                    for total, pk, evidence in original["score"](parsed, found, weights=weights)
                ]
                scored.sort(key=lambda item: (-item[0], -item[2].text_profile, item[1]))
                return scored

            def apply():
                patches.set(matching, "candidates", candidates)
                patches.set(matching, "score", score)

            return apply

        for weight in (0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0):
            yield f"field: ask me about + tags ×{weight}", patch(weight, True)
        yield "field: ask me about alone ×1.0", patch(1.0, False)

    def bm25():
        for k1, b in ((1.2, 0.3), (1.2, 0.5), (1.2, 0.9), (0.8, 0.75), (2.0, 0.75)):

            def apply(k1=k1, b=b):
                patches.set(textindex, "K1", k1)
                patches.set(textindex, "B", b)

            yield f"bm25 k1 {k1}, b {b}", apply

    def common():
        for own, related in ((0.2, 0.05), (0.3, 0.05), (0.1, 0.1)):

            def apply(own=own, related=related):
                patches.set(textindex, "COMMON", own)
                patches.set(textindex, "COMMON_EXTRA", related)

            yield f"prune terms in > {own:.0%} (related > {related:.0%})", apply

    def pool():
        for size in (1000, 2000):

            def candidates(parsed, *, viewer, pool=None, size=size):
                return original["candidates"](parsed, viewer=viewer, pool=size)

            yield f"pool {size}", lambda c=candidates: patches.set(matching, "candidates", c)

    def weights():
        changes = [
            ("text_profile", 3.0), ("text_profile", 5.0), ("text_story", 2.0),
            ("text_story", 3.0), ("text_second_story", 0.0), ("text_second_story", 1.5),
            ("theme", 1.0), ("theme", 2.0), ("suggested", 0.5), ("suggested", 1.0),
            ("work", 1.0), ("work", 2.0),
        ]  # fmt: skip
        for name, value in changes:
            changed = dataclasses.replace(matching.WEIGHTS, **{name: value})

            def apply(changed=changed):
                patches.set(
                    matching,
                    "score",
                    lambda p, f, weights=None: original["score"](p, f, weights=changed),
                )
                patches.set(
                    matching,
                    "diversify",
                    lambda s, top=5, weights=None: original["diversify"](
                        s, top=top, weights=changed
                    ),
                )

            yield f"weights {name} {value}", apply
        for value in (0.4, 0.8):
            yield (
                f"thesaurus weight {value}",
                lambda v=value: patches.set(match_words, "SYNONYM_WEIGHT", v),
            )
        for value in (0.15, 0.5):
            yield (
                f"vocabulary synonyms weight {value}",
                lambda v=value: patches.set(matching, "EXPANSION", v),
            )

    def stop():
        def apply():
            extra = analysis.STOP_WORDS | {"haar", "want", "altijd", "der"}
            patches.set(analysis, "STOP_WORDS", extra)
            patches.set(match_words, "STOP_WORDS", extra)
            patches.set(match_words, "_ANALYSED", {"version": None})  # analysed again
            analysis.word_terms.cache_clear()

        yield "stop words + haar, want, altijd, der", apply

    def pruned_idf():
        def rank(model, weights_, **kwargs):
            ranking = original["rank"](model, weights_, **kwargs)
            if ranking.documents:
                frequency = dict(
                    TermFrequency.objects.filter(
                        kind=textindex.kind_of(model), term__in=list(weights_), rows__gt=0
                    ).values_list("term", "rows")
                )
                for term, n in frequency.items():
                    ranking.idf.setdefault(term, textindex.idf(ranking.documents, n))
            return ranking

        yield "pruned terms' real idf in the scale", lambda: patches.set(textindex, "rank", rank)

    def part_synonyms():
        def synonyms(groups, words):
            found = original["synonyms"](groups, words)
            whole = {terms[0] for _w, terms in words}
            parts_ = {t for _w, terms in words for t in terms[1:]}
            for phrases in groups:
                if any(p <= whole for p in phrases) or not any(
                    p <= whole | parts_ for p in phrases
                ):
                    continue
                for phrase in phrases:
                    for term in phrase - whole:
                        weight = 0.5 * match_words.SYNONYM_WEIGHT / len(phrase)
                        found[term] = max(found.get(term, 0.0), weight)
            return found

        yield (
            "thesaurus through compound parts (½)",
            lambda: patches.set(matching, "synonyms", synonyms),
        )

    def known_bridges():
        def apply():
            description = {}

            def parse(situation_):
                description["text"] = situation_.description
                return original["parse"](situation_)

            def with_bridges(function):
                def wrapped(first_argument, words):
                    cues, groups = match_words.analysed(matching.known_words())
                    single = {next(iter(p)) for g in groups for p in g if len(p) == 1}
                    single |= {next(iter(p)) for c in cues for p in c.phrases if len(p) == 1}
                    compounds = match_words.bridges(description.get("text", ""))
                    extra = [(m + h, (t,)) for t, (m, h) in compounds.items() if t in single]
                    return function(first_argument, words + extra)

                return wrapped

            patches.set(matching, "parse", parse)
            patches.set(matching, "suggest", with_bridges(matching.suggest))
            patches.set(matching, "synonyms", with_bridges(matching.synonyms))

        yield "bridged compounds the thesaurus knows", apply

    ideas = {
        "bridge": bridge,
        "prf": prf,
        "learned": learned,
        "field": field,
        "bm25": bm25,
        "common": common,
        "pool": pool,
        "weights": weights,
        "stop": stop,
        "pruned-idf": pruned_idf,
        "part-synonyms": part_synonyms,
        "known-bridges": known_bridges,
    }
    wanted = sys.argv[1:] or list(ideas)
    unknown = [name for name in wanted if name not in ideas]
    if unknown:
        sys.exit(f"unknown ideas {unknown}; known: {', '.join(ideas)}")
    print(f"{'MRR / recall@1 / recall@5':<44} tuning | held-out | fresh | median")
    measure("as committed")
    for name in wanted:
        for label, apply in ideas[name]():
            apply()
            try:
                measure(label)
            finally:
                patches.undo()
                analysis.word_terms.cache_clear()


if __name__ == "__main__":
    main()
