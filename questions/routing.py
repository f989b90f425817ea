"""Which peers a new question goes to: the best-fitting members who like to think along.

The ranking is the one of "Wie bel je?": :func:`candidate_peers` is the only place that calls
``practices.matching`` (its public ``match()`` and the peers it returns), so the matcher may
change inside without touching this app. Then the rules of this app: only members who opted in
(``Availability``), on the themes they chose (if any), within their own weekly limit, never the
asker, at most ``limit``. Members who opted in on the question's themes come after the matched
ones when the matcher found too few. A fixed number of queries, whatever the network's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import Member
from practices.matching import Situation, match
from questions.models import Availability, Question

# How many of the matcher's best peers are considered before the opt-in rules narrow them.
MATCH_POOL = 15


@dataclass
class Candidate:
    member: Member
    reason: str  # "je schreef over …", in plain words


def situation_of(question: Question) -> Situation:
    municipality = question.municipality
    return Situation(
        description=f"{question.title}\n{question.situation}",
        themes=tuple(t.code for t in question.themes.all()),
        work=tuple(w.code for w in question.work_practices.all()),
        province=municipality.province.slug if municipality else "",
        municipality=municipality.cbs_code if municipality else "",
    )


def candidate_peers(question: Question, limit: int) -> list[Candidate]:
    """The peers "Wie bel je?" ranks highest for the question, as the asker may see them, each
    with the matcher's reasons. The integration point with ``practices.matching``."""
    asker_user = question.asker.user
    # Only the peers: a question is sent to people, no stories to read (half the work).
    answer = match(situation_of(question), viewer=asker_user, top=limit, stories=0)
    return [
        Candidate(peer.member, "; ".join(str(reason) for reason in peer.reasons[:3]))
        for peer in answer.peers
    ]


def route(question: Question, *, limit: int | None = None) -> list[Candidate]:
    """At most ``limit`` (``QUESTIONS_PEERS_PER_QUESTION``) peers for ``question``."""
    limit = limit or settings.QUESTIONS_PEERS_PER_QUESTION
    # Read the question's themes, kinds of work and place once, for every step below.
    prefetch_related_objects([question], "themes", "work_practices", "municipality__province")
    theme_ids = [t.pk for t in question.themes.all()]
    ranked = candidate_peers(question, MATCH_POOL)
    available = _available(
        question, theme_ids, exclude=[question.asker_id], among=[c.member.pk for c in ranked]
    )
    chosen: list[Candidate] = []
    for candidate in ranked:
        if candidate.member.pk in available and len(chosen) < limit:
            chosen.append(candidate)
            available.pop(candidate.member.pk)
    # Too few from the matcher: members who opted in on one of the question's themes.
    if len(chosen) < limit and theme_ids:
        labels = {t.pk: str(t) for t in question.themes.all()}
        extra = {
            member_id: [labels[pk] for pk in themes if pk in labels]
            for member_id, themes in sorted(available.items())
            if themes & set(labels)
        }
        extra = dict(list(extra.items())[: limit - len(chosen)])
        members = Member.objects.select_related("user").in_bulk(list(extra))
        for member_id, shared in extra.items():
            reason = _("you like to think along about %(themes)s") % {"themes": ", ".join(shared)}
            chosen.append(Candidate(members[member_id], reason))
    return chosen


def _available(
    question: Question, theme_ids: list[int], *, exclude: list, among: list[int]
) -> dict[int, set]:
    """Members who opted in, on one of these themes (or on any theme), still within their
    weekly limit: member pk → the pks of the themes they chose. Only those the matcher ranked
    (``among``) and those who chose one of the question's themes are read, not every member
    who opted in."""
    week_ago = timezone.now() - timedelta(days=7)
    wanted = Q(member_id__in=among)
    if theme_ids:
        wanted |= Q(
            pk__in=Availability.themes.through.objects.filter(theme_id__in=theme_ids).values(
                "availability_id"
            )
        )
    rows = (
        Availability.objects.filter(
            wanted, active=True, member__user__status="active", member__user__is_active=True
        )
        .exclude(member_id__in=exclude)
        .annotate(
            received=Count(
                "member__questions_received",
                filter=Q(member__questions_received__created_at__gte=week_ago),
                distinct=True,
            )
        )
        .prefetch_related("themes")
    )
    available = {}
    for row in rows:
        themes = {t.pk for t in row.themes.all()}
        if row.received >= row.per_week:
            continue
        if themes and theme_ids and not themes & set(theme_ids):
            continue
        available[row.member_id] = themes
    return available
