"""Deterministic, realistic Dutch demo data, created in bulk.

Used by ``manage.py seed_demo`` (``make run``, ``make demo``, ``scripts/bench_seed.py``); never
by the tests' assertions about behaviour. Every draw comes from one ``random.Random`` and
everything read from the database is sorted, so the same seed on the same database gives the
same people. Rows are written with ``bulk_create`` in a constant number of queries, whatever the
number of members, and the demo password is hashed once: 10,000 members take about 20 s on
PostgreSQL (`make bench-seed`).
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from lpb import textindex
from members.coordinators import COORDINATORS_GROUP
from members.demo_data import (
    ASK_TOPICS,
    BIO,
    CITY_POPULATION,
    COUNTS,
    GENERIC_WIJKEN,
    JOBS,
    NAMES,
    NATIONAL,
    ORGANISATION_TYPES,
    ORGANISATIONS,
    ORIGINS_CITY,
    ORIGINS_TOWN,
    POLICE_EXCEPTIONS,
    POLICE_UNITS,
    POPULATION,
    QUALITY_EXAMPLES,
    QUALITY_WEIGHTS,
    ROLE_WEIGHTS,
    STATUSES,
    TAGS,
    THEME_BOOSTS,
    THEME_WEIGHTS,
    VISIBILITIES,
    WIJKEN,
    WORK_WEIGHTS,
)
from members.models import (
    Member,
    MemberQuality,
    Municipality,
    OrganisationType,
    Quality,
    RoleImage,
    TaggedMember,
    Theme,
    User,
    WorkPractice,
)
from members.search import build_document

DEMO_PASSWORD = "wijk-demo-2025"
DEMO_COORDINATOR_EMAIL = "coordinator@demo.lpbnetwerk.nl"
DEMO_MEMBER_EMAIL = "lid@demo.lpbnetwerk.nl"
DEMO_DOMAIN = "demo.lpbnetwerk.nl"
BATCH_SIZE = 2000


def _weighted(spec: str) -> dict[str, float]:
    """``"a:3|b|c:2"`` → ``{"a": 3, "b": 1, "c": 2}`` (a dict keeps the written order)."""
    pairs = (item.rpartition(":") if ":" in item else ("", "", item) for item in spec.split("|"))
    return {(key or value): float(value) if key else 1.0 for key, _, value in pairs}


def _ascii(text: str) -> str:
    text = text.replace("ı", "i").replace("İ", "I")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


@dataclass
class DemoResult:
    members: int
    coordinator: User | None


@dataclass
class _Profile:
    member: Member
    qualities: list[tuple[Quality, str]] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    work: list[WorkPractice] = field(default_factory=list)
    roles: list[RoleImage] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


class _Draw:
    """Weighted draws over a fixed, ordered list of options."""

    def __init__(self, options: list, weights: list[float]):
        self.options, self.weights = options, weights
        self.cumulative = list(itertools.accumulate(weights))

    @classmethod
    def of(cls, spec: str, convert=str) -> _Draw:
        table = _weighted(spec)
        return cls([convert(key) for key in table], list(table.values()))

    @classmethod
    def by_code(cls, rows: list, spec: str) -> _Draw:
        table = _weighted(spec)
        return cls(rows, [table.get(row.code, 1.0) for row in rows])

    def one(self, rng: random.Random):
        return rng.choices(self.options, cum_weights=self.cumulative)[0]

    def some(self, rng: random.Random, k: int, boost: dict | None = None, key=None) -> list:
        """``k`` different options; ``boost`` multiplies the weight of some keys."""
        options, weights = list(self.options), list(self.weights)
        if boost:
            weights = [w * boost.get(key(o), 1) for o, w in zip(options, weights, strict=True)]
        chosen = []
        for _ in range(min(k, len(options))):
            index = rng.choices(range(len(options)), weights)[0]
            chosen.append(options.pop(index))
            weights.pop(index)
        return chosen


class _Factory:
    """Makes people and profiles from one random generator and the vocabulary in the database."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        terms = {
            model: list(model.objects.order_by("order", "code"))
            for model in (Quality, Theme, WorkPractice, RoleImage, OrganisationType)
        }
        self.qualities = _Draw.by_code(terms[Quality], QUALITY_WEIGHTS)
        self.themes = _Draw.by_code(terms[Theme], THEME_WEIGHTS)
        self.work = _Draw.by_code(terms[WorkPractice], WORK_WEIGHTS)
        self.roles = _Draw.by_code(terms[RoleImage], ROLE_WEIGHTS)
        self.org_types = _Draw.by_code(terms[OrganisationType], ORGANISATION_TYPES)
        self.terms = {(model, row.code): row for model, rows in terms.items() for row in rows}
        municipalities = list(Municipality.objects.select_related("province").order_by("cbs_code"))
        self.population = _weighted(POPULATION)
        self.places = _Draw(
            municipalities, [self.population.get(m.name, 2.5) ** 0.75 for m in municipalities]
        )
        self.by_name = {m.name: m for m in municipalities}
        self.origins = {"city": _Draw.of(ORIGINS_CITY), "town": _Draw.of(ORIGINS_TOWN)}
        self.names = {o: (first.split(), last.split("|")) for o, (first, last) in NAMES.items()}
        self.counts = {name: _Draw.of(spec, int) for name, spec in COUNTS.items()}
        self.jobs = {kind: _Draw.of(spec) for kind, spec in JOBS.items()}
        self.tags = _Draw(*self._tag_weights())
        self.tag_theme = {t: theme for theme, tags in TAGS.items() for t in tags.split("|")}
        self.statuses, self.visibilities = _Draw.of(STATUSES), _Draw.of(VISIBILITIES)
        self.police = {
            name: unit for unit, names in POLICE_EXCEPTIONS.items() for name in names.split("|")
        }
        self.fragments = {part: spec.split("|") for part, spec in BIO.items()}
        self.organisations: dict[tuple, str] = {}
        self.year = timezone.now().year

    @staticmethod
    def _tag_weights() -> tuple[list[str], list[float]]:
        names, weights = [], []
        for tags in TAGS.values():
            for position, name in enumerate(tags.split("|")):
                names.append(name)
                weights.append(4 / (1 + position) ** 0.7)
        return names, weights

    # People -----------------------------------------------------------------------------
    def name(self, municipality: Municipality) -> str:
        rng = self.rng
        city = self.population.get(municipality.name, 0) >= CITY_POPULATION
        origin = self.origins["city" if city else "town"].one(rng)
        first_names, surnames = self.names[origin]
        if rng.random() < 0.1:  # a first name from another background
            first_names = self.names[self.origins["city"].one(rng)][0]
        surname = rng.choice(surnames)
        if rng.random() < 0.04:  # a double surname after marriage
            surname += "-" + rng.choice(self.names[self.origins["town"].one(rng)][1])
        return f"{rng.choice(first_names)} {surname}"

    def user(self, name: str, email: str, hashed: str, now, approver: User) -> User:
        rng = self.rng
        status = self.statuses.one(rng)
        minutes = timedelta(minutes=rng.randint(0, 24 * 60 - 1))
        if status == User.Status.PENDING:  # sign-ups wait days, not years
            joined, changed = now - timedelta(days=rng.randint(0, 30)) - minutes, None
        else:
            joined = now - timedelta(days=rng.randint(60, 6 * 365)) - minutes
            days = rng.randint(0, 7) if status == User.Status.ACTIVE else rng.randint(30, 59)
            changed = joined + timedelta(days=days)
        return User(
            email=email,
            name=name,
            password=hashed,
            status=status,
            date_joined=joined,
            status_changed_at=changed,
            status_changed_by=approver if changed else None,
            language="en" if rng.random() < 0.03 else "nl",
        )

    def profile(self, user: User, municipality: Municipality) -> _Profile:
        rng, counts = self.rng, self.counts
        org_type = self.org_types.one(rng)
        kind = org_type.code if org_type.code in JOBS else "overig"
        wijken = self._wijken(municipality, counts["wijken"].one(rng))
        years = None if rng.random() < 0.05 else max(1, min(35, round(rng.lognormvariate(2, 0.6))))
        themes = self.themes.some(
            rng, counts["themes"].one(rng), THEME_BOOSTS.get(kind, {}), lambda t: t.code
        )
        theme_codes = {t.code: 3 for t in themes}
        tags = self.tags.some(
            rng, counts["tags"].one(rng), theme_codes, lambda t: self.tag_theme[t]
        )
        job = self.jobs[kind].one(rng)
        org = self._organisation(kind, municipality, wijken)
        phone = f"06-{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.65 else ""
        member = Member(
            user=user,
            job_title=job,
            organisation=org,
            organisation_type=org_type,
            municipality=municipality,
            neighbourhoods=wijken,
            years_active=years,
            bio=self._bio(job, org, municipality.name, wijken, years, themes),
            ask_me_about=self._ask(tags),
            phone=phone,
            show_phone=bool(phone) and rng.random() < 0.5,
            show_email=rng.random() < 0.4,
            visibility=self.visibilities.one(rng),
        )
        qualities = [
            (q, rng.choice(QUALITY_EXAMPLES[q.code].split("|")) if q.code in QUALITY_EXAMPLES
             and rng.random() < 0.45 else "")
            for q in self.qualities.some(rng, counts["qualities"].one(rng))
        ]  # fmt: skip
        return _Profile(
            member,
            qualities,
            themes,
            self.work.some(rng, counts["work"].one(rng)),
            self.roles.some(rng, counts["roles"].one(rng)),
            tags,
        )

    def _wijken(self, municipality: Municipality, count: int) -> list[str]:
        name = municipality.name
        options = WIJKEN[name].split("|") if name in WIJKEN else []
        if not options or self.rng.random() < 0.2:
            options = options + GENERIC_WIJKEN.split("|")
            if not any(c in name for c in " -,'"):
                options += [f"{d}-{name}" for d in ("Noord", "Zuid", "Oost", "West", "Oud")]
        return self.rng.sample(options, min(count, len(options)))

    def _organisation(self, kind: str, municipality: Municipality, wijken: list[str]) -> str:
        patterns = ORGANISATIONS[kind].split("|")
        if kind in NATIONAL:
            return self.rng.choice(patterns)
        # One organisation of a kind per municipality (two in cities), the same for everyone.
        city = self.population.get(municipality.name, 0) >= CITY_POPULATION
        key = (kind, municipality.cbs_code, self.rng.randrange(2) if city else 0)
        if key not in self.organisations:
            self.organisations[key] = self.rng.choice(patterns)
        province = municipality.province
        unit = self.police.get(municipality.name) or POLICE_UNITS.get(
            province.code, "Midden-Nederland"
        )
        return self.organisations[key].format(
            m=municipality.name,
            wijk=wijken[0] if wijken else municipality.name,
            unit=unit,
            province=province.name,
        )

    def _bio(self, job, org, place, wijken, years, themes) -> str:
        rng, parts = self.rng, self.fragments
        names = [t.name_nl.lower() for t in themes]
        values = {
            "job": job, "org": org, "place": place, "years": years,
            "since": self.year - (years or 0),
            "t1": names[0] if names else "", "t2": names[1] if len(names) > 1 else "",
        }  # fmt: skip

        def pick(part: str) -> str:
            usable = [
                f
                for f in parts[part]
                if (years or ("{years}" not in f and "{since}" not in f))
                and (len(names) > 1 or "{t2}" not in f)
                and (names or "{t1}" not in f)
            ]
            return rng.choice(usable).format(**values) if usable else ""

        sentences = [pick("opening")]
        if wijken and rng.random() < 0.6:  # a list, so no article is needed ("de Schilderswijk")
            sentences.append(
                f"{'Mijn wijken' if len(wijken) > 1 else 'Mijn wijk'}: {_join(wijken)}."
            )
        sentences.append(pick("focus"))
        for part, chance in (("belief", 0.8), ("background", 0.5), ("closing", 0.4)):
            if rng.random() < chance:
                sentences.append(pick(part))
        return " ".join(s for s in sentences if s)

    def _ask(self, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            return ""
        topics = rng.sample(ASK_TOPICS.split("|"), rng.choice((1, 2, 2, 3)))
        if tags and rng.random() < 0.6:
            topics[-1:] = [rng.choice(tags), topics[-1]] if len(topics) < 3 else [rng.choice(tags)]
        return _join(topics)[:300]

    def fixed(self, user: User, spec: dict) -> _Profile:
        """A hand-written profile for the demo accounts (codes that no longer exist are skipped)."""

        def get(model, codes) -> list:
            return [self.terms[model, c] for c in codes if (model, c) in self.terms]

        member = Member(
            user=user,
            municipality=self.by_name.get(spec["municipality"]),
            organisation_type=next(iter(get(OrganisationType, [spec["organisation_type"]])), None),
            **{k: v for k, v in spec.items() if k in MEMBER_FIELDS},
        )
        qualities = [(q, spec["qualities"][q.code]) for q in get(Quality, spec["qualities"])]
        return _Profile(
            member, qualities, get(Theme, spec["themes"]), get(WorkPractice, spec["work"]),
            get(RoleImage, spec["roles"]), list(spec["tags"]),
        )  # fmt: skip


MEMBER_FIELDS = {
    "job_title", "organisation", "neighbourhoods", "years_active", "bio", "ask_me_about",
    "phone", "show_email", "show_phone", "visibility",
}  # fmt: skip
DEMO_PROFILES = {
    DEMO_MEMBER_EMAIL: {
        "job_title": "wijkregisseur",
        "organisation": "Gemeente Tilburg",
        "organisation_type": "gemeente",
        "municipality": "Tilburg",
        "neighbourhoods": ["De Reit", "Groenewoud"],
        "years_active": 9,
        "bio": "Al negen jaar ben ik wijkregisseur in Tilburg, met De Reit en Groenewoud als "
        "thuisbasis. Mijn werk draait om leefbaarheid en veiligheid, en steeds vaker om schulden "
        "achter de voordeur. Ik geloof dat de oplossing meestal al in de wijk zit: eerst "
        "luisteren, dan pas een plan. Bel gerust als je met een vergelijkbare vraag zit.",
        "ask_me_about": "drugsoverlast in portiekflats, een buurtbudget opzetten en "
        "straatgesprekken voeren",
        "phone": "06-41237765",
        "show_email": True,
        "show_phone": False,
        "visibility": "members",
        "qualities": {
            "open": "Ik ga eerst koffie drinken voordat ik een plan maak.",
            "verbindend": "Ik breng de woningcorporatie en de huurders aan één tafel.",
            "gedreven": "",
        },
        "themes": ["leefbaarheid", "veiligheid-en-ondermijning", "armoede-en-schulden"],
        "work": ["aansluiten-binnen-buiten", "relatiewerk", "situatie-in-kaart"],
        "roles": ["schakel", "intermediair"],
        "tags": ["buurtbudget", "straatgesprekken", "wijkschouw", "achter-de-voordeur"],
    },
    DEMO_COORDINATOR_EMAIL: {
        "job_title": "netwerkcoördinator",
        "organisation": "LPB, Landelijk Platform voor Buurt- en Wijkgericht Werken",
        "organisation_type": "overig",
        "municipality": "Utrecht",
        "neighbourhoods": [],
        "years_active": 15,
        "bio": "Ik coördineer het LPB-netwerk: ik keur aanmeldingen goed, breng leden met elkaar "
        "in contact en organiseer de themabijeenkomsten en het jaarlijkse congres. Daarvoor was "
        "ik jarenlang gebiedsmanager in Overvecht.",
        "ask_me_about": "het LPB-netwerk, intervisie en collega's in andere gemeenten vinden",
        "phone": "",
        "show_email": True,
        "show_phone": False,
        "visibility": "public",
        "qualities": {
            "verbindend": "Ik zoek voor elke vraag de collega die het al eens deed.",
            "gedreven": "",
        },
        "themes": ["participatie", "leefbaarheid"],
        "work": ["aansluiten-binnen-buiten", "relatiewerk"],
        "roles": ["schakel"],
        "tags": ["intervisie", "gebiedsgericht werken", "buurtnetwerken"],
    },
}


@transaction.atomic
def seed(*, members: int = 200, seed: int = 1) -> DemoResult:
    """Create a demo coordinator, a demo member and ``members`` other members, in bulk.

    The same seed on the same database gives the same data; a second run on a database that
    has members already adds other people (new names, slugs and e-mail addresses).
    """
    # Passwords only in development: a production database never gets a known password.
    hashed = make_password(DEMO_PASSWORD if settings.DEBUG else None)  # hashed once, shared
    coordinator = _ensure_user(DEMO_COORDINATOR_EMAIL, "Corrie Coördinator", hashed, staff=True)
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    demo_member = _ensure_user(DEMO_MEMBER_EMAIL, "Merel van Hulst", hashed)
    earlier = User.objects.exclude(email__in=list(DEMO_PROFILES)).count()
    rng = random.Random(seed if not earlier else f"{seed}:{earlier}")
    factory = _Factory(rng)

    demo_accounts = (coordinator, demo_member)
    with_profile = set(
        Member.objects.filter(user__in=demo_accounts).values_list("user_id", flat=True)
    )
    profiles = [factory.fixed(u, DEMO_PROFILES[u.email]) for u in demo_accounts]
    profiles = [p for p in profiles if p.member.user.pk not in with_profile]
    emails = _Unique(User.objects.filter(email__iendswith="@" + DEMO_DOMAIN), "email")
    now = timezone.now()
    users = []
    for _ in range(members):
        municipality = factory.places.one(rng)
        name = factory.name(municipality)
        local = ".".join(_ascii(name).lower().replace("'", "").split())
        email = emails.take(local, "", f"@{DEMO_DOMAIN}")
        user = factory.user(name, email, hashed, now, approver=coordinator)
        users.append(user)
        profiles.append(factory.profile(user, municipality))

    _bulk(User, users, "email")
    _bulk(EmailAddress, [EmailAddress(user=u, email=u.email, verified=True, primary=True)
                         for u in users])  # fmt: skip
    tags = _tags(list(dict.fromkeys(name for p in profiles for name in p.tags)))
    slugs = _Unique(Member.objects.all(), "slug")
    for profile in profiles:  # (bulk_create copies the new user's pk into member.user_id)
        member = profile.member
        member.slug = slugs.take(slugify(_ascii(member.user.name))[:70] or "lid")
        # What the directory's search looks in, built in memory: no query, no second write.
        member.search_document = build_document(_SearchView(profile, tags))
    _bulk(Member, [p.member for p in profiles], "user_id")
    textindex.index(Member, {p.member.pk: p.member.search_document for p in profiles}, new=True)
    _write_relations(profiles, tags)
    return DemoResult(members=len(users), coordinator=coordinator)


def _write_relations(profiles: list[_Profile], tags: dict[str, Tag]) -> None:
    """The qualities, themes, kinds of work, role images and tags of new profiles, in bulk."""
    _bulk(MemberQuality, [
        MemberQuality(member_id=p.member.pk, quality_id=q.pk, example=example)
        for p in profiles for q, example in p.qualities
    ])  # fmt: skip
    for relation, column, attribute in (
        (Member.themes, "theme_id", "themes"),
        (Member.work_practices, "workpractice_id", "work"),
        (Member.role_images, "roleimage_id", "roles"),
    ):
        through = relation.through
        _bulk(through, [
            through(member_id=p.member.pk, **{column: term.pk})
            for p in profiles for term in getattr(p, attribute)
        ])  # fmt: skip
    _bulk(TaggedMember, [
        TaggedMember(content_object_id=p.member.pk, tag_id=tags[name.lower()].pk)
        for p in profiles for name in p.tags
    ])  # fmt: skip


class _Loaded(list):
    """Rows of a relation as ``Member.objects.for_display()`` prefetches them."""

    def all(self) -> _Loaded:
        return self


class _SearchView:
    """A new profile as ``members.search.build_document`` reads a prefetched member."""

    def __init__(self, profile: _Profile, tags: dict[str, Tag]):
        def ordered(terms):  # the vocabulary's default ordering, as the prefetch has it
            return _Loaded(sorted(terms, key=lambda term: (term.order, term.name_nl)))

        self._member = profile.member
        self.member_qualities = _Loaded(
            MemberQuality(quality=quality, example=example)
            for quality, example in sorted(profile.qualities, key=lambda pair: pair[0].order)
        )
        self.themes = ordered(profile.themes)
        self.work_practices = ordered(profile.work)
        self.role_images = ordered(profile.roles)
        self.tags = _Loaded(tags[name.lower()] for name in profile.tags)

    def __getattr__(self, name: str):
        return getattr(self._member, name)


def _tags(names: list[str]) -> dict[str, Tag]:
    """Tags by lower-case name: the existing ones, and the missing ones created in one query."""
    existing: dict[str, Tag] = {}
    for tag in Tag.objects.order_by("pk"):
        existing.setdefault(tag.name.lower(), tag)
    slugs = _Unique(Tag.objects.all(), "slug")
    new = []
    for name in names:
        if name.lower() not in existing:
            tag = Tag(name=name, slug=slugs.take(Tag().slugify(name), "_"))
            existing[name.lower()] = tag
            new.append(tag)
    _bulk(Tag, new, "name")
    return existing


class _Unique:
    """Unique values (slugs, e-mail addresses) in memory: ``base``, then ``base-2``, ``base-3``."""

    def __init__(self, queryset, field_name: str):
        self.taken = {v.lower() for v in queryset.values_list(field_name, flat=True)}
        self.next: dict[str, int] = {}

    def take(self, base: str, separator: str = "-", suffix: str = "") -> str:
        value, number = base + suffix, self.next.get(base, 1)
        while value.lower() in self.taken:
            number += 1
            value = f"{base}{separator}{number}{suffix}"
        self.next[base] = number
        self.taken.add(value.lower())
        return value


def _bulk(model, objs: list, key: str | None = None) -> list:
    """``bulk_create`` in batches; where the database returns no primary keys, read them back."""
    if not objs:
        return objs
    model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
    missing = [obj for obj in objs if obj.pk is None] if key else []
    for start in range(0, len(missing), 500):
        chunk = {getattr(obj, key): obj for obj in missing[start : start + 500]}
        for value, pk in model.objects.filter(**{f"{key}__in": list(chunk)}).values_list(key, "pk"):
            chunk[value].pk = pk
    return objs


def _ensure_user(email: str, name: str, hashed: str, *, staff: bool = False) -> User:
    user, created = User.objects.get_or_create(
        email=email,
        defaults={
            "name": name,
            "status": User.Status.ACTIVE,
            "is_staff": staff,
            "password": hashed,
        },
    )
    if created:
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user
