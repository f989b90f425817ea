"""The network's shared vocabulary: qualities, kinds of work, role images, lasting tensions,
the changing context, themes, places.

Every term has a stable ``code`` (set by data migrations, never changed) and labels in Dutch and
English that coordinators edit in the admin. ``name``, ``description`` and ``explanation`` give
the text in the active language. The terms of the craftsmanship model (qualities, kinds of work,
role images, tensions, the changing context) each have a section on ``/vakmanschap/``: their
``craft_url`` links to it.
"""

from __future__ import annotations

from functools import lru_cache

from django.db import models
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
