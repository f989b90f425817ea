"""The judged set: situations a coordinator would recognise, with the peers they would expect.

Computes mean reciprocal rank (MRR: 1 / the rank of the first expected peer) and recall@5 (the
share of the expected peers in the top 5) over the set, prints both, and fails below MRR 0.8 or
recall@5 0.9. Runs on SQLite and PostgreSQL alike (the same data, the same bar).
"""

from __future__ import annotations

import pytest
from django.db import connection

from practices.matching import Situation, match
from tests.who_to_call_data import SITUATIONS, build_network

MIN_MRR = 0.8
MIN_RECALL = 0.9


@pytest.mark.django_db
def test_the_judged_set_ranks_the_expected_peers_at_the_top(member):
    build_network()
    reciprocal_ranks, recalls, lines = [], [], []
    for description, choices, expected in SITUATIONS:
        situation = Situation(description=description, **choices)
        names = [peer.member.name for peer in match(situation, viewer=member).peers]
        ranks = [names.index(name) + 1 for name in expected if name in names]
        reciprocal_ranks.append(1 / min(ranks) if ranks else 0.0)
        recalls.append(len(ranks) / len(expected))
        lines.append(
            f"  {reciprocal_ranks[-1]:.2f} {recalls[-1]:.2f}  {description[:60]!r} → {names}"
        )
    mrr = sum(reciprocal_ranks) / len(reciprocal_ranks)
    recall = sum(recalls) / len(recalls)
    print(
        f"\nWie bel je? judged set on {connection.vendor}: {len(SITUATIONS)} situations, "
        f"MRR {mrr:.3f}, recall@5 {recall:.3f}"
    )
    print("\n".join(lines))
    assert len(SITUATIONS) >= 12
    assert mrr >= MIN_MRR, f"MRR {mrr:.3f} below {MIN_MRR}"
    assert recall >= MIN_RECALL, f"recall@5 {recall:.3f} below {MIN_RECALL}"


@pytest.mark.django_db
def test_the_judged_set_never_suggests_hidden_pending_or_former_members(member):
    build_network()
    for description, choices, _expected in SITUATIONS:
        names = {
            p.member.name for p in match(Situation(description, **choices), viewer=member).peers
        }
        assert not names & {"Verborgen Expert", "Wachtende Expert", "Oud Lid Expert"}
