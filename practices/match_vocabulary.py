"""The vocabularies and places “Wie bel je?” understands, kept in memory or in the cache.

- :data:`VOCABULARIES` — the vocabulary models the matcher suggests and scores (one line each);
- :func:`known_words` — their codes, labels and synonyms, and the thesaurus (groups of words
  that mean the same), from the shared cache (emptied by :func:`forget_vocabulary` when a
  coordinator edits a term or a group);
- :func:`named_place` — a province or municipality named in a description ("in Groningen").
"""

from __future__ import annotations

import re
import uuid
from typing import NamedTuple

from django.core.cache import cache
from django.db.models import Model
from django.utils.translation import get_language

from lpb import analysis
from members.models import (
    Municipality,
    Province,
    RoleImage,
    Tension,
    Theme,
    WordGroup,
    WorkPractice,
)
from members.models.vocabulary import split_words


class Vocabulary(NamedTuple):
    """A vocabulary the matcher understands: how members and stories carry it."""

    kind: str  # the key in answers and reasons
    model: type[Model]  # a ``members.models.VocabularyTerm``
    member_relation: str | None  # Member's many-to-many field, or None
    weight_name: str  # the :class:`Weights` field of a match on the profile


# One line per vocabulary. A story-only vocabulary (e.g. tensions) needs member_relation=None:
# it is suggested and found through the stories' text, which holds its labels and synonyms.
VOCABULARIES: list[Vocabulary] = [
    Vocabulary("theme", Theme, "themes", "theme"),
    Vocabulary("work", WorkPractice, "work_practices", "work"),
    Vocabulary("role", RoleImage, "role_images", "role"),
    Vocabulary("tension", Tension, None, "theme"),
]


_PLACES: dict = {"version": None}


def place_names(version: str) -> dict:
    """The provinces (by slug), municipalities (by CBS code) and their names (folded) with a
    pattern that finds them in a text, longest first.

    Kept by the worker for the ``version`` of :func:`known_words` it was made for: an edit of a
    place (or of any word the matcher knows) makes a new version, so every worker reads the
    places again on its next request."""
    if _PLACES["version"] != version:
        names: dict[str, tuple] = {}
        provinces = {p.slug: p for p in Province.objects.all()}
        for province in provinces.values():
            names[analysis.fold(province.name)] = (None, province)
        municipalities = {}
        for municipality in Municipality.objects.select_related("province"):
            municipalities[municipality.cbs_code] = municipality
            for name in [municipality.name, *municipality.aliases.split(",")]:
                if name.strip():
                    names[analysis.fold(name.strip())] = (municipality, municipality.province)
        pattern = re.compile(
            r"(?<!\w)("
            + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
            + r")(?!\w)"
        )
        _PLACES.update(
            version=version,
            names=names,
            pattern=pattern,
            provinces=provinces,
            municipalities=municipalities,
        )
    return _PLACES


VOCABULARY_CACHE = "who-to-call:words"
VOCABULARY_TTL = 300


class _Term(NamedTuple):
    code: str
    name_nl: str
    name_en: str
    synonyms: str

    def synonym_list(self) -> list[str]:
        return split_words(self.synonyms)

    @property
    def name(self) -> str:
        english = (get_language() or "nl")[:2] == "en"
        return (self.name_en if english else "") or self.name_nl


class Words(NamedTuple):
    """What the matcher knows of words: the vocabularies and the thesaurus."""

    terms: dict[str, list[_Term]]  # kind → the terms of every vocabulary in VOCABULARIES
    groups: list[list[str]]  # the thesaurus: groups of words and phrases that mean the same
    version: str  # new each time this is read from the database (see :func:`place_names`)


def known_words() -> Words:
    """The vocabularies' terms and the thesaurus (``WordGroup``), from the cache (shared by the
    workers; :func:`forget_vocabulary` empties it when a coordinator edits either)."""
    found = cache.get(VOCABULARY_CACHE)
    if found is None:
        found = Words(
            terms={
                v.kind: [
                    _Term(*row)
                    for row in v.model.objects.values_list("code", "name_nl", "name_en", "synonyms")
                ]
                for v in VOCABULARIES
            },
            groups=[
                split_words(words) for words in WordGroup.objects.values_list("words", flat=True)
            ],
            version=uuid.uuid4().hex,
        )
        cache.set(VOCABULARY_CACHE, found, VOCABULARY_TTL)
    return found


def forget_vocabulary(term=None) -> None:
    """After a vocabulary term, a group of the thesaurus or a place changed (see
    ``practices.apps``)."""
    cache.delete(VOCABULARY_CACHE)


def named_place(description: str, places: dict) -> tuple[Municipality | None, Province | None, str]:
    """The place a description names ("in Groningen", "in eindhoven"); and its text.
    ``places``: :func:`place_names`."""
    names, pattern = places["names"], places["pattern"]
    folded = analysis.fold(description)
    if len(folded) != len(description):  # folding changed the length: match on the folded
        description = folded
    for found in pattern.finditer(folded):
        written = description[found.start() : found.end()]
        # Typed in lower case ("in eindhoven") it counts too, unless the name is also a Dutch
        # word ("best", "bergen", "leiden"): then only with a capital.
        if written[:1].isupper() or written[:1] == "'" or not analysis.is_word(found.group(1)):
            municipality, province = names[found.group(1)]
            return municipality, province, found.group(1)
    return None, None, ""
