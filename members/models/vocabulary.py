"""The network's shared vocabulary: qualities, kinds of work, role images, lasting tensions,
the changing context, themes, places.

Every term has a stable ``code`` (set by data migrations, never changed) and labels in Dutch and
English that coordinators edit in the admin. ``name``, ``description`` and ``explanation`` give
the text in the active language. The terms of the craftsmanship model (qualities, kinds of work,
role images, tensions, the changing context) each have a section on ``/vakmanschap/``: their
``craft_url`` links to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from django.db import connections, models
from django.db.models.query import ModelIterable
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from lpb.markdown import render_markdown


class BilingualLabel:
    """Pick ``<field>_nl`` or ``<field>_en`` by the active language (Dutch as fallback)."""

    def __init__(self, field: str):
        self.field = field

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        language = (get_language() or "nl")[:2]
        value = getattr(obj, f"{self.field}_{language}", "") if language == "en" else ""
        return value or getattr(obj, f"{self.field}_nl")


class VocabularyTerm(models.Model):
    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    description_nl = models.CharField(_("description (Dutch)"), max_length=200, blank=True)
    description_en = models.CharField(_("description (English)"), max_length=200, blank=True)
    explanation_nl = models.TextField(
        _("explanation (Dutch)"),
        blank=True,
        help_text=_("A few paragraphs for the craft page (/vakmanschap/); Markdown is allowed."),
    )
    explanation_en = models.TextField(
        _("explanation (English)"),
        blank=True,
        help_text=_("A few paragraphs for the craft page (/vakmanschap/); Markdown is allowed."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    synonyms = models.TextField(
        _("words and synonyms"),
        blank=True,
        help_text=_(
            "Words people use for this term, separated by commas (any form: drugsoverlast, "
            "dealen, ondermijning). Search finds the term by them, and “Who do you call?” "
            "suggests it when a description uses them."
        ),
    )

    name = BilingualLabel("name")
    description = BilingualLabel("description")
    explanation = BilingualLabel("explanation")
    # The prefix of the term's anchor on /vakmanschap/ (e.g. "kwaliteit" → #kwaliteit-open);
    # None for vocabularies the craft page does not explain (themes, organisation types).
    craft_section: str | None = None

    class Meta:
        abstract = True
        ordering = ["order", "name_nl"]

    def __str__(self) -> str:
        return str(self.name)

    @property
    def anchor(self) -> str:
        return f"{self.craft_section}-{self.code}" if self.craft_section else ""

    @property
    def craft_url(self) -> str:
        """The term's section on /vakmanschap/ (empty for a term the page does not explain)."""
        return f"{reverse('craft')}#{self.anchor}" if self.craft_section else ""

    def explanation_html(self) -> str:
        """The explanation in the active language as safe HTML (sanitised Markdown)."""
        return mark_safe(_explanation_html(self.explanation))

    def synonym_list(self) -> list[str]:
        """The words and phrases of :attr:`synonyms`, each once, in the order written."""
        return split_words(self.synonyms)


@lru_cache(maxsize=256)
def _explanation_html(text: str) -> str:
    return render_markdown(text)


class Quality(VocabularyTerm):
    """One of the four craftsmanship qualities (open, gedreven, verbindend, bricolerend)."""

    class Icon(models.TextChoices):
        COMPASS = "compass", _("Compass")
        ARROW = "arrow", _("Arrow")
        LINK = "link", _("Link")
        TOOLS = "tools", _("Tools")

    colour = models.CharField(
        _("colour"), max_length=7, help_text=_("A dark hex colour, e.g. #1f6fa8, for contrast.")
    )
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices)
    craft_section = "kwaliteit"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("quality")
        verbose_name_plural = _("qualities")


class WorkPractice(VocabularyTerm):
    craft_section = "werk"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("kind of work")
        verbose_name_plural = _("kinds of work")


class RoleImage(VocabularyTerm):
    craft_section = "rol"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("role image")
        verbose_name_plural = _("role images")


class Tension(VocabularyTerm):
    """A lasting tension of the work (spanning) that a practice story may say it navigated."""

    craft_section = "spanning"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("tension")
        verbose_name_plural = _("tensions")


class ContextTrend(VocabularyTerm):
    """A development in the changing context of the work (the closing section of the craft
    page): more connections, fragmentation and polarisation, more co-production, …"""

    craft_section = "context"

    class Meta(VocabularyTerm.Meta):
        verbose_name = _("development in the context")
        verbose_name_plural = _("the changing context")


class Theme(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class OrganisationType(VocabularyTerm):
    class Meta(VocabularyTerm.Meta):
        verbose_name = _("organisation type")
        verbose_name_plural = _("organisation types")


class WordGroup(models.Model):
    """Words and phrases that mean the same in wijk work ("herrie, lawaai, geluidsoverlast").

    The thesaurus of “Wie bel je?”: when a description uses one of them, the others are looked
    for too, so that a colleague who describes the same thing in other words is found."""

    words = models.TextField(
        _("words"),
        help_text=_(
            "Words and phrases that mean the same, separated by commas, in any form (herrie, "
            "lawaai, geluidsoverlast). When a description in “Who do you call?” uses one of "
            "them, the others are looked for too."
        ),
    )

    class Meta:
        ordering = ["words"]
        verbose_name = _("group of synonyms")
        verbose_name_plural = _("thesaurus")

    def __str__(self) -> str:
        return Truncator(self.words).chars(80)

    def word_list(self) -> list[str]:
        return split_words(self.words)


def split_words(text: str) -> list[str]:
    """The words and phrases of a comma-separated list, each once, in the order written."""
    return list(dict.fromkeys(w.strip() for w in text.split(",") if w.strip()))


class Province(models.Model):
    code = models.CharField(_("CBS code"), max_length=4, unique=True)
    name = models.CharField(_("name"), max_length=40)
    slug = models.SlugField(_("slug"), max_length=40, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self) -> str:
        return self.name


class Municipality(models.Model):
    cbs_code = models.CharField(_("CBS code"), max_length=6, unique=True)
    cbs_name = models.CharField(_("CBS name"), max_length=80)
    name = models.CharField(
        _("name"), max_length=80, help_text=_("The name people use, e.g. Hengelo.")
    )
    aliases = models.CharField(
        _("other names"),
        max_length=200,
        blank=True,
        help_text=_("Other names people search for, e.g. Den Haag."),
    )
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self) -> str:
        return self.name


def prefetch_terms(instances: Sequence[models.Model], names: Iterable[str]) -> None:
    """Load the many-to-many relations ``names`` of ``instances`` to vocabulary terms (and
    tags, taggit's free terms) in one query, as ``prefetch_related`` would in one query each: a
    UNION ALL of their join tables, each joined to its terms, so that ``instance.<name>.all()``
    needs no query afterwards.

    Every vocabulary has the columns of :class:`VocabularyTerm`; a column only some of them have
    (a quality's colour, a tag's name) is NULL in the others' rows. Terms come in each
    vocabulary's order, tags in the order they were added.
    """
    names = tuple(names)
    instances = [instance for instance in instances if instance.pk is not None]
    if not instances or not names:
        return
    model, db = type(instances[0]), instances[0]._state.db or "default"
    sql, columns, repeat = _terms_query(model, names, db)
    keys = [instance.pk for instance in instances]
    placeholders = ", ".join(["%s"] * len(keys))
    with connections[db].cursor() as cursor:
        cursor.execute(sql.replace("{keys}", placeholders), keys * repeat)
        rows = cursor.fetchall()
    fields = [model._meta.get_field(name) for name in names]
    found: dict[tuple[int, object], list] = {}
    for row in rows:
        number, owner, values = row[0], row[1], dict(zip(columns, row[3:], strict=True))
        term_model = fields[number].related_model
        concrete = term_model._meta.concrete_fields
        found.setdefault((number, owner), []).append(
            term_model.from_db(
                db, [f.attname for f in concrete], [values[f.column] for f in concrete]
            )
        )
    for instance in instances:
        for number, name in enumerate(names):
            keep_prefetched(instance, name, found.get((number, instance.pk), []))


def keep_prefetched(instance: models.Model, name: str, objects: list) -> None:
    """Make ``instance.<name>.all()`` give ``objects`` without a query, as ``prefetch_related``
    leaves a relation it read (and where ``add()``, ``set()`` … forget it again)."""
    manager = getattr(instance, name)
    kept = manager.all()
    kept._result_cache = objects
    kept._prefetch_done = True
    # Many-to-many managers (and taggit's) name their cache; a reverse foreign key's is its
    # field's related cache name.
    cache_name = getattr(manager, "prefetch_cache_name", None)
    cache_name = cache_name or manager.field.remote_field.cache_name
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[cache_name] = kept


@lru_cache(maxsize=32)
def _terms_query(model: type[models.Model], names: tuple[str, ...], db: str):
    """The SQL of :func:`prefetch_terms` (built once per model and relations: the ORM would
    compile five joined querysets and their union on every page view), the term columns it
    selects after the relation's number, the owner's key and the link's key, and how many
    ``{keys}`` it has.
    Plain SQL that PostgreSQL and SQLite both read; the columns need no conversion (text and
    numbers)."""
    quote = connections[db].ops.quote_name
    fields = [model._meta.get_field(name) for name in names]
    columns = list(
        dict.fromkeys(
            f.column for field in fields for f in field.related_model._meta.concrete_fields
        )
    )
    parts = []
    for number, field in enumerate(fields):
        through, terms = field.remote_field.through._meta, field.related_model._meta
        if isinstance(field, models.ManyToManyField):
            owner, term = quote(field.m2m_column_name()), quote(field.m2m_reverse_name())
        else:  # taggit's TaggableManager: a "through" model with content_object and tag
            owner = quote(through.get_field("content_object").column)
            term = quote(through.get_field("tag").column)
        present = {f.column for f in terms.concrete_fields}
        selected = ", ".join(
            f"v.{quote(column)}" if column in present else "NULL" for column in columns
        )
        parts.append(
            f"SELECT {number}, t.{owner}, t.{quote(through.pk.column)}, {selected} "
            f"FROM {quote(through.db_table)} t "
            f"JOIN {quote(terms.db_table)} v ON v.{quote(terms.pk.column)} = t.{term} "
            f"WHERE t.{owner} IN ({{keys}})"
        )
    # Each vocabulary in its order; tags (no order, no name_nl) as added, as taggit lists them.
    position = {column: 4 + n for n, column in enumerate(columns)}  # 1-based, after three
    order = "".join(
        f"{position[column]}, " for column in ["order", "name_nl"] if column in position
    )
    return " UNION ALL ".join(parts) + f" ORDER BY 1, {order}3", columns, len(parts)


class TermsQuerySet(models.QuerySet):
    """A queryset with :meth:`prefetch_terms`: ``prefetch_related`` for several relations to
    vocabulary terms in one query (see :func:`prefetch_terms`). Like ``prefetch_related``, it
    applies when the queryset is evaluated (not to ``iterator()`` or ``values()``)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._term_lookups: tuple[str, ...] = ()

    def prefetch_terms(self, *names: str) -> TermsQuerySet:
        clone = self._chain()
        clone._term_lookups = tuple(dict.fromkeys([*self._term_lookups, *names]))
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._term_lookups = self._term_lookups
        return clone

    def _fetch_all(self):
        fetching = self._result_cache is None
        super()._fetch_all()
        if fetching and self._term_lookups and issubclass(self._iterable_class, ModelIterable):
            prefetch_terms(self._result_cache, self._term_lookups)
