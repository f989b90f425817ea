"""The judged set, through the real page: a smaller version of ``make bench-match``.

The 44 situations of ``tests/who_to_call_data.py`` against its 31 judged members, created first
(old ids and dates) and then hidden among a few hundred demo members and stories. Prints MRR,
recall@1 and recall@5 for the tuning and the held-out half, and fails below the thresholds.

The issue's targets are MRR 0.9, recall@5 0.95, recall@1 0.8; with the thesaurus and the
bridging of nearby words into compounds this set reaches MRR 0.85, recall@5 0.89, recall@1
0.84 here (SQLite and PostgreSQL alike; 0.83 / 0.86 / 0.82 without the bridging) (see the
README, which also gives the figures of the fresh set written blind to the thesaurus: far
lower). The thresholds are set a little under what it reaches, as a guard against
regressions.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from tests.who_to_call_data import MEMBERS, SITUATIONS, build_judged, judge

MIN_MRR = 0.80
MIN_RECALL_AT_5 = 0.84
MIN_RECALL_AT_1 = 0.78
DEMO_MEMBERS = 300
DEMO_CASES = 300


def _names(client, description: str, choices: dict, by_pk: dict[int, str]) -> list[str]:
    """The judged names of the peers (by id: a demo member may share a judged name)."""
    data = {"beschrijving": description, **choices}
    response = client.post(reverse("practices:who_to_call"), data)
    assert response.status_code == 200
    answer = response.context["answer"]
    return [by_pk.get(peer.member.pk, "-") for peer in answer.peers] if answer else []


@pytest.mark.django_db
def test_the_judged_set_finds_the_right_colleague_among_demo_members(client_as, member):
    people = build_judged()
    call_command("seed_demo", members=DEMO_MEMBERS, cases=DEMO_CASES, seed=7, verbosity=0)
    client = client_as("member")
    by_pk = {m.pk: name for name, m in people.items()}
    ranked = [_names(client, d, c, by_pk) for d, c, _e in SITUATIONS]
    overall = judge(ranked)
    tuning = judge(ranked[0::2], SITUATIONS[0::2])
    held_out = judge(ranked[1::2], SITUATIONS[1::2])
    lines = [
        f"  {'ok ' if set(e) & set(n[:1]) else ('top5' if set(e) & set(n) else 'MISS')} "
        f"{d[:55]!r} → {n[:3]} (want {e})"
        for (d, _c, e), n in zip(SITUATIONS, ranked, strict=True)
    ]
    print(
        f"\nWie bel je? hard judged set on {connection.vendor}: {len(SITUATIONS)} situations, "
        f"{len(MEMBERS)} judged members among {DEMO_MEMBERS} demo members, {DEMO_CASES} stories"
    )
    for label, figures in (("all", overall), ("tuning", tuning), ("held-out", held_out)):
        print(f"  {label:<9} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    print("\n".join(lines))
    assert len(SITUATIONS) >= 40 and len(people) >= 30
    assert overall["mrr"] >= MIN_MRR, overall
    assert overall["recall@5"] >= MIN_RECALL_AT_5, overall
    assert overall["recall@1"] >= MIN_RECALL_AT_1, overall


@pytest.mark.django_db
def test_the_judged_members_are_not_the_newest_rows():
    people = build_judged()
    call_command("seed_demo", members=20, cases=20, seed=3, verbosity=0)
    from members.models import Member

    newest = set(Member.objects.order_by("-pk").values_list("pk", flat=True)[:20])
    assert not newest & {m.pk for m in people.values()}
    assert not (
        set(Member.objects.order_by("-user__date_joined").values_list("pk", flat=True)[:20])
        & {m.pk for m in people.values()}
    )
