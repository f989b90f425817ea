"""Deterministic, realistic Dutch practice stories, created in bulk (``seed_demo --cases N``).

The stories' counterpart of ``members.demo``, and as strict: every draw comes from one
``random.Random`` and everything read from the database is sorted, so the same seed on the same
members gives the same stories; rows are written with ``bulk_create`` in a constant number of
queries, whatever the number of stories. Each story's HTML is rendered and its search document
built in memory (no query per story, no second write); the Markdown parser, the slowest part,
runs in one process per processor. 20,000 stories on top of 10,000 members take about 47 s on
PostgreSQL on a 2-core machine (``scripts/bench_seed.py --cases 20000``: 66 s for both).

The authors are the active members already in the database: seed members first.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import DatabaseError, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag

from lpb import textindex
from members.demo import DEMO_MEMBER_EMAIL, _bulk, _Draw, _Loaded, _tags, _Unique, _weighted
from members.demo_data import (
    GENERIC_WIJKEN,
    POPULATION,
    QUALITY_WEIGHTS,
    TAGS,
    THEME_WEIGHTS,
    WIJKEN,
    WORK_WEIGHTS,
)
from members.directory import STORY_COUNTS
from members.directory import invalidate_counts as invalidate_directory_counts
from members.models import (
    Member,
    Municipality,
    OrganisationType,
    Quality,
    Tension,
    Theme,
    WorkPractice,
)
from practices import demo_data as data
from practices.listing import RECOGNITIONS
from practices.listing import invalidate_counts as invalidate_case_counts
from practices.models import RESERVED_SLUGS, SECTIONS, PracticeCase, Recognition, TaggedCase
from practices.search import build_document

KIND_CHANCES = ((Recognition.Kind.RECOGNISABLE, 0.75), (Recognition.Kind.USEFUL, 0.45))
_BOLD = re.compile(r"\*\*")
PARALLEL_FROM = 2000  # stories; fewer are rendered in this process
MAX_WORKERS = 8


class NoAuthors(Exception):
    """There is no active member to write the stories."""


@dataclass
class _Story:
    case: PracticeCase
    themes: list[Theme]
    qualities: list[Quality] = field(default_factory=list)
    work: list[WorkPractice] = field(default_factory=list)
    partners: list[OrganisationType] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    co_authors: list[Member] = field(default_factory=list)
    tensions: list[Tension] = field(default_factory=list)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Writer:
    """Composes a story's title, summary and four Markdown sections from the fragments."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.stories = {
            theme: {part: spec.split("|") for part, spec in parts.items()}
            for theme, parts in data.STORIES.items()
        }
        self.generic = {part: spec.split("|") for part, spec in data.GENERIC.items()}
        self.quality_lessons = {q: spec.split("|") for q, spec in data.QUALITY_LESSONS.items()}
        self.partner_names = {p: spec.split("|") for p, spec in data.PARTNER_NAMES.items()}
        self.streets = data.STREETS.split("|")
        self.counts = {name: _Draw.of(spec, int) for name, spec in data.COUNTS.items()}
        self.values: dict[str, str] = {}

    def begin(self, story: _Story, place: str, year: int) -> None:
        """Set the story's names for the placeholders."""
        case, rng = story.case, self.rng
        names = [
            rng.choice(self.partner_names.get(p.code, ["een partner"])) for p in story.partners
        ]
        self.values = {
            "wijk": case.neighbourhood or place, "m": place, "street": rng.choice(self.streets),
            "year": str(year), "partner": _join(names) if names else "",
        }  # fmt: skip
        self.values["Partner"] = _capital(self.values["partner"])
        self.in_wijk = bool(case.neighbourhood)
        # The main theme's fragments first; another theme lends a fragment now and then.
        self.main = self.stories.get(story.themes[0].code) if story.themes else None
        self.main = self.main or self.stories["leefbaarheid"]
        self.others = [self.stories[t.code] for t in story.themes[1:] if t.code in self.stories]

    def fill(self, pattern: str) -> str:
        return pattern.format(**self.values, n=self.rng.randint(3, 9))

    def pick(self, options: list[str]) -> str:
        usable = [o for o in options if self.values["partner"] or "artner}" not in o]
        return self.fill(self.rng.choice(usable))

    def some(self, part: str, count: int) -> list[str]:
        """``count`` different fragments of the main theme, sometimes one of another theme."""
        rng = self.rng
        chosen = rng.sample(self.main[part], min(count, len(self.main[part])))
        if self.others and len(chosen) > 1 and rng.random() < 0.4:
            chosen[-1] = rng.choice(rng.choice(self.others)[part])
        return [self.fill(text) for text in chosen]

    def title(self) -> str:
        pattern = self.rng.choice(self.main["titles"])
        plain = "{" not in pattern and not any(mark in pattern for mark in (":", "?"))
        if plain and self.in_wijk and self.rng.random() < 0.45:  # the same idea, another place
            if " in " in pattern or "," in pattern:
                first = "één" if pattern.startswith("Eén") else pattern[0].lower() + pattern[1:3]
                pattern = "{wijk}: " + first + pattern[3:]
            else:
                pattern += " in {wijk}"
        return self.fill(pattern)[:140]

    def summary(self) -> str:
        gist = self.pick(self.main["gist"])
        if self.rng.random() < 0.65:
            longer = f"{gist} {self.pick(self.main['results'])}"
            if len(longer) <= 300:
                return longer
        return gist[:300]

    def situation(self) -> str:
        rng, generic = self.rng, self.generic
        opening = []
        if self.in_wijk and rng.random() < 0.7:  # (the context describes a neighbourhood)
            opening.append(self.pick(generic["context"]))
        if rng.random() < 0.5:
            opening.append(self.pick(generic["trigger"]))
        signals = self.some("signals", self.counts["signals"].one(rng) + 1)
        if len(signals) >= 3 and rng.random() < 0.5:  # a paragraph, then the signals listed
            listed = signals if opening else signals[1:]
            items = "\n".join(f"- {signal}" for signal in listed)
            blocks = [" ".join(opening or signals[:1]), f"{self.pick(generic['seen'])}\n\n{items}"]
        else:
            if rng.random() < 0.25:
                index = rng.randrange(len(signals))
                signals[index] = f"**{signals[index]}**"
            middle = (len(opening) + len(signals) + 1) // 2
            sentences = opening + signals
            blocks = [" ".join(sentences[:middle]), " ".join(sentences[middle:])]
        if rng.random() < 0.12:
            blocks.append(self.pick(generic["quote"]))
        return "\n\n".join(block for block in blocks if block)

    def approach(self) -> str:
        rng, generic = self.rng, self.generic
        steps = self.some("steps", self.counts["steps"].one(rng))
        blocks = [self.pick(generic["approach"])] if rng.random() < 0.7 else []
        style = rng.random()
        if style < 0.45:
            items = "\n".join(f"- {_capital(step)}" for step in steps)
            blocks.append(f"{self.pick(generic['steps_list'])}\n\n{items}")
        elif style < 0.65:
            items = "\n".join(f"{n}. {_capital(step)}" for n, step in enumerate(steps, 1))
            blocks.append(f"{self.pick(generic['steps_list'])}\n\n{items}")
        else:
            blocks.append(rng.choice(generic["steps_prose"]).format(steps=_join(steps)))
        closing = []
        if self.values["partner"] and rng.random() < 0.6:
            closing.append(self.pick(generic["partner"]))
        closing += [self.fill(s) for s in rng.sample(generic["steps_extra"], rng.randint(0, 2))]
        if closing:
            blocks.append(" ".join(closing))
        return "\n\n".join(blocks)

    def result(self) -> str:
        rng, generic = self.rng, self.generic
        results = self.some("results", self.counts["results"].one(rng))
        if len(results) >= 2 and rng.random() < 0.4:
            items = "\n".join(f"- {r}" for r in results)
            blocks = [f"{self.pick(generic['results_list'])}\n\n{items}"]
        else:
            blocks = [" ".join(results)]
        extra = []
        if rng.random() < 0.4:
            extra.append(self.pick(generic["results_extra"]))
        if rng.random() < 0.35:
            extra.append(self.pick(generic["honest"]))
        if extra:
            blocks.append(" ".join(extra))
        if rng.random() < 0.1:
            blocks.append(self.pick(generic["quote"]))
        return "\n\n".join(blocks)

    def lessons(self, qualities: list[Quality]) -> str:
        rng, generic = self.rng, self.generic
        lessons = rng.sample(generic["lessons"], self.counts["lessons"].one(rng))
        shown = [q for q in qualities if q.code in self.quality_lessons]
        if shown and rng.random() < 0.6:
            lessons.insert(rng.randrange(len(lessons) + 1),
                           rng.choice(self.quality_lessons[rng.choice(shown).code]))  # fmt: skip
        if rng.random() < 0.55:
            blocks = ["\n".join(f"- {lesson}" for lesson in lessons)]
        else:
            plain = rng.random() < 0.5
            blocks = [_BOLD.sub("", lesson) if plain else lesson for lesson in lessons]
        if rng.random() < 0.2:  # a link now and then
            link = rng.choice(generic["link"])
            blocks.append(rng.choice(generic["link_sentence"]).format(link=link))
        return "\n\n".join(blocks)


class _Factory:
    """Draws the stories' authors, places, vocabulary and dates from one random generator."""

    def __init__(self, rng: random.Random, authors: list[Member]):
        self.rng = rng
        self.writer = _Writer(rng)
        terms = {
            model: list(model.objects.order_by("order", "code"))
            for model in (Quality, Theme, WorkPractice, OrganisationType)
        }
        self.qualities = _Draw.by_code(terms[Quality], QUALITY_WEIGHTS)
        self.themes = _Draw.by_code(terms[Theme], THEME_WEIGHTS)
        self.work = _Draw.by_code(terms[WorkPractice], WORK_WEIGHTS)
        self.partners = _Draw.by_code(terms[OrganisationType], data.PARTNER_WEIGHTS)
        self.counts = {name: _Draw.of(spec, int) for name, spec in data.COUNTS.items()}
        self.statuses, self.visibilities = _Draw.of(data.STATUSES), _Draw.of(data.VISIBILITIES)
        municipalities = list(Municipality.objects.select_related("province").order_by("cbs_code"))
        population = _weighted(POPULATION)
        self.places = _Draw(
            municipalities, [population.get(m.name, 2.5) ** 0.75 for m in municipalities]
        )
        names, weights = [], []
        for tags in TAGS.values():
            for position, name in enumerate(tags.split("|")):
                names.append(name)
                weights.append(4 / (1 + position) ** 0.7)
        self.tags = _Draw(names, weights)
        self.tag_theme = {t: theme for theme, tags in TAGS.items() for t in tags.split("|")}
        # Most members write nothing or a story or two; a few write many.
        self.authors = authors
        self.writers = _Draw(
            authors,
            [0.0 if rng.random() < 0.35 else rng.lognormvariate(0, 0.8) for _ in authors],
        )
        if not any(self.writers.weights):
            self.writers = _Draw(authors, [1.0] * len(authors))
        self.neighbours: dict[int | None, list[Member]] = defaultdict(list)
        for member in authors:
            self.neighbours[member.municipality_id].append(member)
        self.member_themes = _pairs(Member.themes.through, "theme_id")
        self.member_qualities = _pairs(Member.qualities.through, "quality_id")
        self.now = timezone.now()

    def story(self, author: Member) -> _Story:
        """A new story by ``author`` (not saved yet; its HTML not rendered yet)."""
        rng, counts = self.rng, self.counts
        own_themes = dict.fromkeys(self.member_themes.get(author.pk, ()), data.AUTHOR_BOOST)
        themes = self.themes.some(rng, counts["themes"].one(rng), own_themes, lambda t: t.pk)
        own_qualities = dict.fromkeys(self.member_qualities.get(author.pk, ()), data.AUTHOR_BOOST)
        qualities = self.qualities.some(
            rng, counts["qualities"].one(rng), own_qualities, lambda q: q.pk
        )
        boost: dict[str, float] = {}
        for theme in themes:
            for code, factor in data.PARTNER_BOOSTS.get(theme.code, {}).items():
                boost[code] = boost.get(code, 1) * factor
        partners = self.partners.some(rng, counts["partners"].one(rng), boost, lambda p: p.code)
        theme_codes = {t.code: 4 for t in themes}
        tags = self.tags.some(
            rng, counts["tags"].one(rng), theme_codes, lambda t: self.tag_theme[t]
        )
        municipality, neighbourhood = self._place(author)
        case = PracticeCase(
            author=author, municipality=municipality, neighbourhood=neighbourhood,
            status=self.statuses.one(rng), visibility=self.visibilities.one(rng),
        )  # fmt: skip
        self._dates(case)
        story = _Story(
            case, themes, qualities, self.work.some(rng, counts["work"].one(rng)), partners,
            tags, self._co_authors(author),
        )  # fmt: skip
        writer = self.writer
        writer.begin(story, municipality.name, case.period_start)
        case.title = writer.title()
        case.summary = writer.summary()
        case.situation = writer.situation()
        case.approach = writer.approach()
        case.result = writer.result()
        case.lessons = writer.lessons(qualities)
        return story

    def _place(self, author: Member) -> tuple[Municipality, str]:
        rng = self.rng
        if author.municipality and rng.random() < data.OWN_PLACE_SHARE:
            municipality, wijken = author.municipality, list(author.neighbourhoods or [])
        else:
            municipality, wijken = self.places.one(rng), []
        if rng.random() < data.NO_WIJK_SHARE:
            return municipality, ""
        if not wijken:
            wijken = WIJKEN[municipality.name].split("|") if municipality.name in WIJKEN else []
            wijken = wijken or GENERIC_WIJKEN.split("|")
        return municipality, rng.choice(wijken)[:100]

    def _dates(self, case: PracticeCase) -> None:
        rng, now = self.rng, self.now
        minutes = timedelta(minutes=rng.randint(0, 24 * 60 - 1))
        if case.status == PracticeCase.Status.DRAFT:
            case.created_at = now - timedelta(days=rng.randint(0, 120)) - minutes
            case.updated_at = case.created_at + (now - case.created_at) * rng.random() * 0.3
            year = now.year
        else:
            days = data.PUBLISHED_YEARS * 365 * rng.random() ** 1.3  # a growing network
            case.published_at = now - timedelta(days=days) - minutes
            case.created_at = case.published_at - timedelta(days=rng.randint(0, 30)) - minutes
            later = 1.0 if case.status == PracticeCase.Status.ARCHIVED else 0.2
            case.updated_at = case.published_at + (now - case.published_at) * rng.random() * later
            case.featured = (
                case.status == PracticeCase.Status.PUBLISHED and rng.random() < data.FEATURED_SHARE
            )
            year = case.published_at.year
        case.period_start = max(data.FIRST_YEAR, year - self.counts["age"].one(rng))
        ongoing = case.status != PracticeCase.Status.ARCHIVED and rng.random() < data.ONGOING_SHARE
        case.period_end = None if ongoing else rng.randint(case.period_start, year)

    def _co_authors(self, author: Member) -> list[Member]:
        rng, chosen = self.rng, []
        for _ in range(self.counts["co_authors"].one(rng)):
            colleagues = self.neighbours[author.municipality_id]
            pool = colleagues if len(colleagues) > 2 and rng.random() < 0.6 else self.authors
            other = rng.choice(pool)
            if other is not author and other not in chosen:
                chosen.append(other)
        return chosen

    def recognitions(self, story: _Story) -> list[Recognition]:
        """Marks ("herkenbaar", "nuttig") by other members: most stories a few, some many."""
        case, rng = story.case, self.rng
        if case.published_at is None:
            return []
        people = int(rng.lognormvariate(0.8, 1.0) * (2 if case.featured else 1))
        writers = {case.author.pk, *(m.pk for m in story.co_authors)}
        others = [m for m in rng.sample(self.authors, min(people, len(self.authors)))
                  if m.pk not in writers]  # fmt: skip
        since = self.now - case.published_at
        marks = []
        for member in others:
            kinds = [kind for kind, chance in KIND_CHANCES if rng.random() < chance]
            for kind in kinds or [Recognition.Kind.RECOGNISABLE]:
                when = case.published_at + since * rng.random()
                marks.append(Recognition(case=case, member=member, kind=kind, created_at=when))
        return marks


def _pairs(through: type[models.Model], column: str) -> dict[int, set[int]]:
    """Member id → the ids of a relation (themes, qualities), for the active members, at once."""
    pairs: dict[int, set[int]] = defaultdict(set)
    rows = through.objects.filter(member__user__status="active", member__user__is_active=True)
    for member_id, other_id in rows.values_list("member_id", column):
        pairs[member_id].add(other_id)
    return pairs


@transaction.atomic
def seed_cases(*, cases: int, seed: int = 1) -> int:
    """Add ``cases`` practice stories by the active members; returns how many were added.

    The same seed on the same members gives the same stories; a second run adds other stories
    (the random generator also depends on the number of stories already there).
    """
    if cases <= 0:
        return 0
    authors = list(
        Member.objects.filter(user__status="active", user__is_active=True)
        .select_related("user", "municipality__province")
        .order_by("slug")
    )
    if not authors:
        raise NoAuthors("There are no active members to write stories: seed members first.")
    earlier = PracticeCase.objects.count()
    rng = random.Random(f"cases:{seed}" if not earlier else f"cases:{seed}:{earlier}")
    factory = _Factory(rng, authors)
    demo_member = next((m for m in authors if m.user.email == DEMO_MEMBER_EMAIL), None)
    slugs = _Unique(PracticeCase.objects.all(), "slug")
    slugs.taken |= RESERVED_SLUGS
    stories = []
    for number in range(cases):
        # The demo member has a few stories of her own to show (and edit) in a demo.
        mine = demo_member is not None and number < min(3, cases // 20)
        story = factory.story(demo_member if mine else factory.writers.one(rng))
        story.case.slug = slugs.take(slugify(story.case.title)[:150] or "verhaal")
        stories.append(story)
    _add_tensions(stories, random.Random(f"tensions:{seed}:{earlier}"))

    _render([s.case for s in stories])
    tags = _tags(list(dict.fromkeys(name for s in stories for name in s.tags)))
    for story in stories:  # what the listing's search looks in, built in memory
        story.case.search_document = build_document(_SearchView(story, tags))
    with _timestamps_as_given(PracticeCase, Recognition):
        _bulk(PracticeCase, [s.case for s in stories], "slug")
        textindex.index(
            PracticeCase, {s.case.pk: s.case.search_document for s in stories}, new=True
        )
        _write_relations(stories, tags)
        _bulk(Recognition, [mark for s in stories for mark in factory.recognitions(s)])
    transaction.on_commit(forget_cached_counts)
    return len(stories)


def _add_tensions(stories: list[_Story], rng: random.Random) -> None:
    """A share of the stories name the lasting tension they navigated, most with how the author
    handled it (a generator of its own: the stories' other draws stay as they were)."""
    tensions = list(Tension.objects.order_by("order", "code"))
    if not tensions:
        return
    counts = _Draw.of(data.TENSION_COUNTS, int)
    how = {code: spec.split("|") for code, spec in data.TENSION_HOW.items()}
    for story in stories:
        if rng.random() >= data.TENSION_SHARE:
            continue
        story.tensions = rng.sample(tensions, min(counts.one(rng), len(tensions)))
        lines = how.get(story.tensions[0].code)
        if lines and rng.random() < data.TENSION_HOW_SHARE:
            story.case.tension_how = rng.choice(lines)


def forget_cached_counts() -> None:
    """After seeding: the listings' cached facet counts are stale (no cache table, no cache)."""
    try:
        invalidate_directory_counts()
        invalidate_case_counts()
        RECOGNITIONS.forget()  # recognitions and stories were bulk-created, without signals
        STORY_COUNTS.forget()
    except DatabaseError:  # ``createcachetable`` has not run yet: nothing was cached
        pass


def _render(cases: list[PracticeCase]) -> None:
    """``render_sections()`` for every story: the Markdown parser takes most of the seeding
    time, so many stories are rendered by as many processes as there are processors."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    forking = "fork" in multiprocessing.get_all_start_methods()
    if len(cases) < PARALLEL_FROM or workers < 2 or not forking:
        for case in cases:
            case.render_sections()
        return
    # The workers only render: they never touch the database connection they inherit, and
    # they end with os._exit(), so they do not close it either.
    texts = [tuple(getattr(case, section) for section in SECTIONS) for case in cases]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        rendered = pool.map(_render_one, texts, chunksize=200)
        for case, html in zip(cases, rendered, strict=True):
            for section, text in zip(SECTIONS, html, strict=True):
                setattr(case, f"{section}_html", text)


def _render_one(texts: tuple[str, ...]) -> tuple[str, ...]:
    case = PracticeCase(**dict(zip(SECTIONS, texts, strict=True)))
    case.render_sections()
    return tuple(getattr(case, f"{section}_html") for section in SECTIONS)


def _write_relations(stories: list[_Story], tags: dict[str, Tag]) -> None:
    for name, attribute in (
        ("qualities", "qualities"),
        ("work_practices", "work"),
        ("themes", "themes"),
        ("partner_types", "partners"),
        ("tensions", "tensions"),
        ("co_authors", "co_authors"),
    ):
        relation = PracticeCase._meta.get_field(name)
        through = relation.remote_field.through
        case_column, other_column = relation.m2m_column_name(), relation.m2m_reverse_name()
        _bulk(through, [
            through(**{case_column: s.case.pk, other_column: other.pk})
            for s in stories for other in getattr(s, attribute)
        ])  # fmt: skip
    _bulk(TaggedCase, [
        TaggedCase(content_object_id=s.case.pk, tag_id=tags[name.lower()].pk)
        for s in stories for name in s.tags
    ])  # fmt: skip


@contextmanager
def _timestamps_as_given(*model_classes: type[models.Model]) -> Iterator[None]:
    """Let ``bulk_create`` write the creation and change times set on the objects (a story
    written years ago), which ``auto_now``/``auto_now_add`` would otherwise replace by now."""
    fields = [
        f
        for model in model_classes
        for f in model._meta.concrete_fields
        if isinstance(f, models.DateTimeField) and (f.auto_now or f.auto_now_add)
    ]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


class _SearchView:
    """A new story as ``practices.search.build_document`` reads one from ``for_display()``."""

    def __init__(self, story: _Story, tags: dict[str, Tag]):
        def ordered(terms):  # the vocabulary's default ordering, as the prefetch has it
            return _Loaded(sorted(terms, key=lambda term: (term.order, term.name_nl)))

        self._case = story.case
        self.qualities = ordered(story.qualities)
        self.work_practices = ordered(story.work)
        self.themes = ordered(story.themes)
        self.partner_types = ordered(story.partners)
        self.tensions = ordered(story.tensions)
        self.tags = _Loaded(tags[name.lower()] for name in story.tags)
        self._authors = [story.case.author, *story.co_authors]
        self.co_authors = _Loaded(story.co_authors)

    def all_authors(self) -> list[Member]:
        return self._authors

    def __getattr__(self, name: str):
        return getattr(self._case, name)


# Demo data of the apps above this one (``seed_demo --<name> N``): each registers its seeder
# in its AppConfig.ready, as "Vraag het netwerk" does with ``--questions``.
EXTRA_SEEDERS: dict[str, tuple[str, object]] = {}


def register_seeder(name: str, help_text: str, seeder) -> None:
    """``seeder(**{name: count, "seed": seed}) -> int`` runs after the members and stories."""
    EXTRA_SEEDERS[name] = (help_text, seeder)
