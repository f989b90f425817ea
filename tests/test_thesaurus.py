"""The thesaurus of “Wie bel je?” as shipped: every group of both editions can do its work."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.utils import translation

from lpb import analysis
from members.models import WordGroup
from members.models.vocabulary import split_words
from members.thesaurus_data import WORD_GROUPS, WORD_GROUPS_2026_12
from practices.matching import Situation, match
from tests.factories import make_member, make_members

# Words nearly every description of wijk work contains (beyond the stop words of
# lpb.analysis): a group that a single one of them sets off would join almost every
# description to its other words.
TOO_COMMON = """
    huis huizen woning woningen wonen woont straat straten zorg zorgen probleem problemen
    situatie gezin gezinnen familie plek plekken organisatie organisaties samenwerking
    samenwerken contact persoon personen man vrouw leven praten thuis
    vinden nemen kennen zoeken gebruik ding dingen stap weg open kort stel bank
""".split()  # noqa: SIM905 (a word list reads better as words)
COMMON_TERMS = {analysis.word_terms(analysis.fold(word))[0] for word in TOO_COMMON}
# The first edition as migration 0012 seeded it (it stays as it is): "niet-gebruik" (of
# benefits) is "gebruik" once "niet" is dropped; coordinators can reword it in /beheer/.
SEEDED_BY_0012 = {"niet-gebruik"}


def terms(entry: str) -> frozenset[str]:
    """The entry's words as the matcher compares them (``practices.match_words``)."""
    return frozenset(terms[0] for _word, terms in analysis.query_words(entry))


def faults(group: str, known: set[str] = frozenset()) -> list[str]:
    """What keeps ``group`` from working in the matcher, in words (none: it works), apart
    from the ``known`` entries."""
    entries = [entry.strip() for entry in group.split(",")]
    found = []
    if len(split_words(group)) < 2:
        found.append("fewer than two words")
    for entry in entries:
        if not entry:
            found.append("an empty entry")
        elif not terms(entry):
            found.append(f"{entry!r} is only stop words")
        elif len(terms(entry)) == 1 and terms(entry) <= COMMON_TERMS and entry not in known:
            found.append(f"{entry!r} is a word almost every description has")
    return found


@pytest.mark.parametrize(
    "group, fault",
    [
        ("lawaai", "fewer than two words"),
        ("lawaai, , herrie", "an empty entry"),
        ("lawaai, niet in de buurt", "'niet in de buurt' is only stop words"),
        ("schimmel, woning", "'woning' is a word almost every description has"),
        ("schimmel, de woningen", "'de woningen' is a word almost every description has"),
        ("thuiszorg, zorg in de wijk", "'zorg in de wijk' is a word almost every description has"),
    ],
)
def test_a_group_that_cannot_work_is_found(group, fault):
    assert fault in faults(group)


def test_a_group_that_works_has_no_faults():
    assert faults("zwarte plekken op de muur, schimmelwoning, vochtproblemen") == []


@pytest.mark.parametrize(
    "edition, known",
    [(WORD_GROUPS, SEEDED_BY_0012), (WORD_GROUPS_2026_12, set())],
    ids=["first", "second"],
)
def test_every_group_of_the_thesaurus_works(edition, known):
    broken = {group[:60]: found for group in edition if (found := faults(group, known))}
    assert broken == {}


def test_the_second_edition_adds_groups_and_repeats_none():
    assert len(WORD_GROUPS_2026_12) >= 300
    assert len(set(WORD_GROUPS_2026_12)) == len(WORD_GROUPS_2026_12)
    assert not set(WORD_GROUPS_2026_12) & set(WORD_GROUPS)
    # No word or phrase sets off two groups of the second edition.
    owners: dict[frozenset[str], int] = {}
    shared = []
    for number, group in enumerate(WORD_GROUPS_2026_12):
        for entry in split_words(group):
            if owners.setdefault(terms(entry), number) != number:
                shared.append(entry)
    assert shared == []


@pytest.mark.django_db
def test_the_migration_adds_the_second_edition_once_and_takes_it_back():
    migration = importlib.import_module("members.migrations.0014_thesaurus_second_edition")
    second = WordGroup.objects.filter(words__in=WORD_GROUPS_2026_12)
    assert second.count() == len(WORD_GROUPS_2026_12)
    first = WordGroup.objects.filter(words__in=WORD_GROUPS).count()

    migration.remove_second_edition(apps, None)
    assert not second.exists()
    assert WordGroup.objects.filter(words__in=WORD_GROUPS).count() == first

    WordGroup.objects.create(words=WORD_GROUPS_2026_12[0])  # a coordinator was first
    migration.add_second_edition(apps, None)
    migration.add_second_edition(apps, None)
    assert second.count() == len(WORD_GROUPS_2026_12)


@pytest.mark.django_db
def test_a_residents_description_finds_the_colleague_who_writes_the_professional_term(member):
    expert = make_member(
        "Fenna Bakker", themes=["wonen"], ask_me_about="schimmelwoningen en vochtproblemen"
    )
    make_member("Joost Smit", themes=["wonen"], ask_me_about="huurachterstanden en ontruimingen")
    make_members(8, prefix="Lid", ask_me_about="bewonersavonden en buurtfeesten")
    situation = Situation("bij de buurvrouw zitten zwarte plekken op de muur en beslagen ramen")

    with translation.override("en"):
        assert [peer.member for peer in match(situation, viewer=member).peers][:1] == [expert]
        # Without the group of the second edition, nothing joins the two descriptions.
        WordGroup.objects.filter(words__contains="zwarte plekken op de muur").delete()
        assert expert not in [peer.member for peer in match(situation, viewer=member).peers]
