"""Calm e-mail digests: the new stories and members in a member's own themes and province.

Run by cron through ``manage.py send_digests``: :func:`send_digests` finds the due
subscriptions (:func:`due_subscriptions`), builds every digest from a fixed number of queries
(:func:`build_digests`; :func:`items_for` for one), and sends each that has something new
(:func:`send_digest`). What a member was sent is recorded per item, so nothing is sent twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F, Prefetch, Q
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

from digests.models import DigestItem, DigestSubscription
from members import directory
from members.models import Member, Province, Theme, User
from practices import listing
from practices.models import PracticeCase
from questions.digest import MAX_QUESTIONS, open_questions

logger = logging.getLogger(__name__)

# At most this many stories and members in one e-mail; the rest is a link to the listing.
MAX_CASES = 10
MAX_MEMBERS = 10
UNSUBSCRIBE_SALT = "digests.unsubscribe"


@dataclass(frozen=True)
class Entry:
    """A story or a member in someone's digest, with why it is there for them."""

    item: PracticeCase | Member
    themes: list[Theme]  # the reader's themes it shares
    province: Province | None  # the reader's province, when it is there too

    @property
    def theme_names(self) -> str:
        """The shared themes' labels in the active language, e.g. "Wonen, Jeugd"."""
        return ", ".join(str(theme) for theme in self.themes)

    @property
    def score(self) -> int:
        return len(self.themes) + (1 if self.province else 0)


@dataclass
class Digest:
    """One member's digest: what is new for them between ``since`` and ``until``."""

    subscription: DigestSubscription
    since: datetime
    until: datetime
    themes: list[Theme]
    province: Province | None
    cases: list[Entry]
    more_cases: int
    members: list[Entry]
    more_members: int
    # "Vraag het netwerk": open questions in the reader's themes and region.
    questions: list[Entry] = field(default_factory=list)

    @property
    def user(self) -> User:
        return self.subscription.user

    @property
    def is_empty(self) -> bool:
        return not (self.cases or self.members or self.questions)

    @property
    def case_count(self) -> int:
        return len(self.cases) + self.more_cases

    @property
    def member_count(self) -> int:
        return len(self.members) + self.more_members

    def more_cases_links(self) -> dict[str, str]:
        return self._listing_links(reverse("practices:list"), listing.SORT_NEWEST)

    def more_members_links(self) -> dict[str, str]:
        return self._listing_links(reverse("members:list"), directory.SORT_NEWEST)

    def _listing_links(self, path: str, newest: str) -> dict[str, str]:
        """The listing filtered by the reader's themes, and by their province, newest first.

        Two links, because the listings combine facets with AND and a digest takes what
        matches the themes OR the province.
        """
        links = {}
        if self.themes:
            query = [("thema", theme.code) for theme in self.themes] + [("sorteer", newest)]
            links["themes"] = f"{settings.SITE_URL}{path}?{urlencode(query)}"
        if self.province:
            query = [("provincie", self.province.slug), ("sorteer", newest)]
            links["province"] = f"{settings.SITE_URL}{path}?{urlencode(query)}"
        return links


@dataclass
class RunResult:
    sent: int = 0
    skipped: int = 0
    failed: int = 0


def due_subscriptions(now: datetime) -> list[DigestSubscription]:
    """The subscriptions of active members whose weekly or monthly digest is due at ``now``.

    Pending, declined and former members never get one, whatever they chose before.
    """
    subscriptions = (
        DigestSubscription.objects.exclude(frequency=DigestSubscription.Frequency.OFF)
        .filter(user__in=User.objects.active_members())
        .select_related("user")
        .order_by("pk")
    )
    return [subscription for subscription in subscriptions if subscription.is_due(now)]


def items_for(subscription: DigestSubscription, now: datetime) -> Digest:
    """What ``subscription``'s digest at ``now`` would hold."""
    return build_digests([subscription], now)[0]


def build_digests(subscriptions: list[DigestSubscription], now: datetime) -> list[Digest]:
    """The digest of every subscription, from a fixed number of queries whatever their number.

    The stories and members that are new since the earliest start are read once; each reader
    then gets those that share one of their themes or are in their province, leaving out
    their own, and what they were sent before.
    """
    subscriptions = list(subscriptions)
    if not subscriptions:
        return []
    starts = {s.pk: s.window_start(now) for s in subscriptions}
    earliest = min(starts.values())
    readers = {
        m.user_id: m
        for m in Member.objects.filter(user__in=[s.user_id for s in subscriptions])
        .select_related("municipality__province")
        .prefetch_related("themes")
    }
    # Members read every published story (practices.listing.visible_cases gives them all the
    # same query); a reader who is not a member would get the public ones only.
    cases_for_viewer = {}
    for subscription in subscriptions:
        key = subscription.user.is_member
        if key not in cases_for_viewer:
            cases_for_viewer[key] = _new_cases(subscription.user, earliest, now)
    members = _new_members(earliest, now)
    questions = open_questions(earliest, now)
    sent = _already_sent(
        [c for cases in cases_for_viewer.values() for c in cases], members, questions
    )

    return [
        _digest(
            subscription,
            reader=readers.get(subscription.user_id),
            since=starts[subscription.pk],
            until=now,
            cases=cases_for_viewer[subscription.user.is_member],
            members=members,
            received=sent.get(subscription.user_id, set()),
            questions=questions,
        )
        for subscription in subscriptions
    ]


def _digest(
    subscription: DigestSubscription,
    *,
    reader: Member | None,
    since: datetime,
    until: datetime,
    cases: list[PracticeCase],
    members: list[Member],
    received: set,
    questions: list = (),
) -> Digest:
    """One reader's digest out of the candidates read for everyone."""
    matching_cases = _matching(
        cases,
        kind=DigestItem.Kind.CASE,
        reader=reader,
        since=since,
        received=received,
        is_own=_wrote,
    )
    matching_members = _matching(
        members,
        kind=DigestItem.Kind.MEMBER,
        reader=reader,
        since=since,
        received=received,
        is_own=lambda reader, member: member.pk == reader.pk,
    )
    return Digest(
        subscription=subscription,
        since=since,
        until=until,
        themes=list(reader.themes.all()) if reader else [],
        province=_province(reader),
        cases=matching_cases[:MAX_CASES],
        more_cases=max(0, len(matching_cases) - MAX_CASES),
        members=matching_members[:MAX_MEMBERS],
        more_members=max(0, len(matching_members) - MAX_MEMBERS),
        questions=_matching(
            questions,
            kind=DigestItem.Kind.QUESTION,
            reader=reader,
            since=since,
            received=received,
            is_own=lambda reader, question: question.asker_id == reader.pk,
        )[:MAX_QUESTIONS],
    )


def _new_cases(viewer, since: datetime, until: datetime) -> list[PracticeCase]:
    return list(
        listing.visible_cases(viewer)
        .filter(published_at__gt=since, published_at__lte=until)
        .annotate(digest_time=F("published_at"))
        .select_related("municipality__province")
        .prefetch_related(
            "themes", Prefetch("co_authors", queryset=Member.objects.order_by().only("id"))
        )
        .defer("situation_html", "approach_html", "result_html", "lessons_html")
        .order_by("-published_at", "pk")
    )


def _new_members(since: datetime, until: datetime) -> list[Member]:
    """Members approved in the period whose profile other members may see (imported members,
    who were never pending, count from when their account was made)."""
    return list(
        Member.objects.in_directory()
        .annotate(digest_time=Coalesce("user__status_changed_at", "user__date_joined"))
        .filter(digest_time__gt=since, digest_time__lte=until)
        .select_related("user", "municipality__province")
        .prefetch_related("themes")
        .defer("search_document")
        .order_by("-digest_time", "pk")
    )


def _already_sent(
    cases: list[PracticeCase], members: list[Member], questions: list = ()
) -> dict[int, set]:
    """user id → the (kind, id) of these candidates they were sent before."""
    if not (cases or members or questions):
        return {}
    rows = DigestItem.objects.filter(
        Q(kind=DigestItem.Kind.CASE, object_id__in={c.pk for c in cases})
        | Q(kind=DigestItem.Kind.MEMBER, object_id__in={m.pk for m in members})
        | Q(kind=DigestItem.Kind.QUESTION, object_id__in={q.pk for q in questions})
    ).values_list("user_id", "kind", "object_id")
    sent: dict[int, set] = {}
    for user_id, kind, object_id in rows:
        sent.setdefault(user_id, set()).add((kind, object_id))
    return sent


def _province(reader: Member | None) -> Province | None:
    return reader.municipality.province if reader and reader.municipality else None


def _wrote(reader: Member, case: PracticeCase) -> bool:
    return case.author_id == reader.pk or any(m.pk == reader.pk for m in case.co_authors.all())


def _matching(
    candidates, *, kind: str, reader: Member | None, since: datetime, received: set, is_own
) -> list[Entry]:
    """The candidates new since ``since`` that share the reader's themes or province, except
    the reader's own and those they were sent before; the best match first (shared themes,
    plus one for the province), then the newest."""
    if reader is None:
        return []
    theme_ids = {theme.pk for theme in reader.themes.all()}
    province = _province(reader)
    entries = []
    for item in candidates:
        if item.digest_time <= since or (kind, item.pk) in received or is_own(reader, item):
            continue
        shared = [theme for theme in item.themes.all() if theme.pk in theme_ids]
        in_province = bool(
            province and item.municipality and item.municipality.province_id == province.pk
        )
        if shared or in_province:
            entries.append(Entry(item, shared, province if in_province else None))
    entries.sort(key=lambda e: (e.score, e.item.digest_time), reverse=True)
    return entries


# Sending


def send_digests(*, now: datetime, dry_run: bool = False) -> RunResult:
    """Send every digest that is due and has something new; the rest move on to ``now``.

    Safe to run again: a digest that went out is not due again until its next period, and a
    failed one is tried again on the next run. With ``dry_run`` nothing is sent or written.
    """
    digests = build_digests(due_subscriptions(now), now)
    empty = [d.subscription.pk for d in digests if d.is_empty]
    to_send = [d for d in digests if not d.is_empty]
    result = RunResult(skipped=len(empty))
    if dry_run:
        result.sent = len(to_send)
        return result
    if empty:
        DigestSubscription.objects.filter(pk__in=empty).update(covered_until=now)
    with get_connection() as connection:  # one SMTP session for the whole run
        for digest in to_send:
            try:
                send_digest(digest, now=now, connection=connection)
            except Exception:
                # One bad address or a hiccup must not stop everyone else's digest.
                logger.exception("Digest for user %s not sent", digest.user.pk)
                result.failed += 1
                connection.close()  # the next send opens a fresh session
            else:
                result.sent += 1
    return result


def send_digest(digest: Digest, *, now: datetime, connection=None) -> None:
    """Send one digest; once the mail server took it, record its items and move the
    subscription on, together (if sending fails, nothing is recorded and it is tried again)."""
    digest_message(digest, connection=connection).send()
    with transaction.atomic():
        DigestItem.objects.bulk_create(
            [
                DigestItem(user_id=digest.user.pk, kind=kind, object_id=entry.item.pk, sent_at=now)
                for kind, entries in (
                    (DigestItem.Kind.CASE, digest.cases),
                    (DigestItem.Kind.MEMBER, digest.members),
                    (DigestItem.Kind.QUESTION, digest.questions),
                )
                for entry in entries
            ],
            ignore_conflicts=True,
        )
        DigestSubscription.objects.filter(pk=digest.subscription.pk).update(
            covered_until=digest.until, last_sent_at=now
        )


def digest_message(digest: Digest, *, connection=None) -> EmailMultiAlternatives:
    """The e-mail, with a plain-text and an HTML part, in the member's language, and the
    one-click unsubscribe headers of RFC 8058."""
    user = digest.user
    unsubscribe = unsubscribe_url(user)
    context = {
        "digest": digest,
        "user": user,
        "site_url": settings.SITE_URL,
        "preferences_url": settings.SITE_URL + reverse("digests:preferences"),
        "unsubscribe_url": unsubscribe,
    }
    with translation.override(user.language):
        subject = settings.EMAIL_SUBJECT_PREFIX + digest_subject(digest)
        text = render_to_string("digests/email/digest.txt", context)
        html = render_to_string("digests/email/digest.html", context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[user.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",  # no out-of-office replies (RFC 3834)
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def digest_subject(digest: Digest) -> str:
    """E.g. "New in your themes and region: 3 practice stories and 1 member"."""
    parts = []
    if digest.case_count:
        parts.append(
            ngettext("%(count)d practice story", "%(count)d practice stories", digest.case_count)
            % {"count": digest.case_count}
        )
    if digest.member_count:
        parts.append(
            ngettext("%(count)d new member", "%(count)d new members", digest.member_count)
            % {"count": digest.member_count}
        )
    if not parts:  # only open questions
        count = len(digest.questions)
        return ngettext(
            "%(count)d open question in your themes and region",
            "%(count)d open questions in your themes and region",
            count,
        ) % {"count": count}
    items = (
        gettext("%(stories)s and %(members)s") % {"stories": parts[0], "members": parts[1]}
        if len(parts) == 2
        else "".join(parts)
    )
    return gettext("New in your themes and region: %(items)s") % {"items": items}


# Unsubscribing without logging in


def unsubscribe_token(user: User) -> str:
    """A signed token naming the user: the only key the unsubscribe link needs (no expiry)."""
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def unsubscribe_url(user: User) -> str:
    return settings.SITE_URL + reverse(
        "digests:unsubscribe", kwargs={"token": unsubscribe_token(user)}
    )


class InvalidToken(Exception):
    pass


def user_for_token(token: str) -> User | None:
    """The user an unsubscribe token names, None when that account no longer exists.

    Raises :class:`InvalidToken` for anything this site did not sign.
    """
    try:
        user_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature as exc:
        raise InvalidToken from exc
    if not isinstance(user_id, int):
        raise InvalidToken
    return User.objects.filter(pk=user_id).first()


def unsubscribe(user: User) -> None:
    DigestSubscription.objects.filter(user=user).update(frequency=DigestSubscription.Frequency.OFF)
