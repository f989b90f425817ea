"""Full-text search (lpb.search) and the members' search documents (members.search).

The same search on PostgreSQL and SQLite (the text index's Dutch terms, BM25 ranks); only the
second try for a misspelt name (trigram similarity) is PostgreSQL's alone.
"""

from __future__ import annotations

import re

import pytest
from django.db import connection

from lpb import search
from members import search as member_search
from members.models import Member, Theme
from tests.factories import make_member

pytestmark = pytest.mark.django_db

POSTGRES = connection.vendor == "postgresql"


def find(text: str) -> list[str]:
    found = search.search(Member.objects.all(), search.parse(text)).annotated()
    return sorted(found.values_list("user__name", flat=True))


def resembling(text: str) -> list[str] | None:
    found = search.similar(Member.objects.all(), search.parse(text), names=["user__name"])
    return None if found is None else sorted(found.annotated().values_list("user__name", flat=True))


def ranked(text: str) -> list[str]:
    found = search.search(Member.objects.all(), search.parse(text)).annotated()
    return list(found.order_by("-search_rank", "user__name").values_list("user__name", flat=True))


# --- Parsing ---------------------------------------------------------------------------------


def test_it_parses_words_phrases_exclusions_and_alternatives():
    query = search.parse('wijkteam "sociale kaart" -jeugd armoede or schulden')

    assert [[(t.words, t.negated, t.quoted) for t in group] for group in query.groups] == [
        [(("wijkteam",), False, False)],
        [(("sociale", "kaart"), False, True)],
        [(("jeugd",), True, False)],
        [(("armoede",), False, False), (("schulden",), False, False)],
    ]
    # Words match through their terms; the phrase and the exclusion by containment.
    assert [[t.terms() for t in group] for group in query.groups] == [
        [("wijkteam",)],
        [()],
        [()],
        [("armoed",), ("schuld",)],
    ]


@pytest.mark.parametrize(
    "text",
    ["", "   ", '"', "-", "or", "or or", "!!! &&& ||| ()", "':*", "\x00\x01", "<script>x</script>"],
)
def test_parsing_never_fails_and_only_keeps_words(text):
    query = search.parse(text)

    assert all(re.fullmatch(r"\w+", word) for word in query.positive_words)
    search.search(Member.objects.all(), query).ranked()  # and searching with it neither


def test_long_input_is_bounded():
    query = search.parse("wijk " * 10_000)

    assert len(query.text) <= search.MAX_QUERY_LENGTH
    assert len(query.terms) <= search.MAX_TERMS


# --- Matching ---------------------------------------------------------------------------------


def test_it_finds_members_by_name_job_tag_theme_and_place():
    make_member(
        "Merel van Hulst",
        job_title="Wijkregisseur",
        organisation="Gemeente Tilburg",
        municipality="GM0855",
        themes=["armoede-en-schulden"],
        tags=["buurtbudget"],
        bio="Ik werk met het wijkteam in de Reeshof.",
    )
    make_member("Omar Bouzid", job_title="Opbouwwerker", municipality="GM0363")

    assert find("merel") == ["Merel van Hulst"]
    assert find("wijkregisseur") == ["Merel van Hulst"]
    assert find("buurtbudget") == ["Merel van Hulst"]
    assert find("armoede") == ["Merel van Hulst"]
    assert find("Poverty") == ["Merel van Hulst"]  # the English label of the theme
    assert find("tilburg") == ["Merel van Hulst"]
    assert find("Noord-Brabant") == ["Merel van Hulst"]
    assert find("reeshof") == ["Merel van Hulst"]
    assert find("Amsterdam") == ["Omar Bouzid"]
    assert find("Merel Amsterdam") == []  # every word must match


def test_dutch_inflections_match_on_every_database():
    make_member("Anouk", bio="Samen met het wijkteam pakken we het op.")
    make_member("Bas", themes=["eenzaamheid"], bio="Huisbezoek bij oudere buurtgenoten.")
    make_member("Cas", ask_me_about="veiligheid in portiekflats")

    # The text index's Dutch terms (lpb.analysis), the same on PostgreSQL and SQLite.
    assert find("wijkteams") == ["Anouk"]
    assert find("wijkteam") == ["Anouk"]
    assert find("eenzame ouderen") == ["Bas"]  # tagged Eenzaamheid; "oudere" in the bio
    assert find("flat") == ["Cas"]  # a compound's part
    assert find("portiekflat") == ["Cas"]


def test_a_partial_word_finds_its_compounds():
    make_member("Anouk", bio="Ik verbeter zorgprocessen in de wijk.")
    make_member("Bas", bio="Ik werk aan openbare ruimte.")

    assert find("zorg") == ["Anouk"]
    assert find("zorgproces") == ["Anouk"]


def test_a_misspelt_name_is_found_by_similarity_on_postgresql():
    make_member("Merel van Hulst")
    make_member("Omar Bouzid")

    assert find("Merlyn van Hulst") == []  # no exact match, on either database
    # The second try: similar names on PostgreSQL; SQLite cannot (None: nothing to try).
    assert resembling("Merlyn van Hulst") == (["Merel van Hulst"] if POSTGRES else None)
    assert resembling("Hulsst") == (["Merel van Hulst"] if POSTGRES else None)
    assert find("Merel van Hulst") == ["Merel van Hulst"]


def test_similarity_is_for_plain_words_only():
    make_member("Merel van Hulst")

    assert resembling('"Merlyn van" Hulst') is None
    assert resembling("Merlyn -Hulst") is None
    assert resembling("") is None


def test_a_similar_word_does_not_drag_in_similar_names():
    make_member("Wendy Wijnands", job_title="Beleidsmedewerker")
    make_member("Anouk", bio="Werkt in de wijk.")

    assert find("wijk") == ["Anouk"]
    assert resembling("wijk") == ([] if POSTGRES else None)


def test_accents_do_not_matter():
    make_member("Corrie", job_title="Coördinator wijkzaken")

    assert find("coordinator") == ["Corrie"]
    assert find("coördinator") == ["Corrie"]


def test_it_is_case_insensitive():
    make_member("Anouk", job_title="Gebiedsmanager")

    assert find("GEBIEDSMANAGER") == ["Anouk"]


def test_quoted_phrases_must_occur_as_written():
    make_member("Anouk", bio="We houden de sociale kaart bij.")
    make_member("Bas", bio="Een kaart van de sociale huur.")

    assert find('"sociale kaart"') == ["Anouk"]
    assert find("sociale kaart") == ["Anouk", "Bas"]


def test_a_minus_excludes_a_word():
    make_member("Anouk", bio="Jeugd en wonen in de wijk.")
    make_member("Bas", bio="Wonen en armoede in de wijk.")

    assert find("wonen -jeugd") == ["Bas"]
    assert find("-jeugd") == ["Bas"]


def test_or_gives_alternatives():
    make_member("Anouk", bio="Armoede in de wijk.")
    make_member("Bas", bio="Eenzaamheid onder ouderen.")
    make_member("Cas", bio="Openbare ruimte.")

    assert find("armoede or eenzaamheid") == ["Anouk", "Bas"]


def test_text_without_words_matches_everything():
    make_member("Anouk")

    assert find("!!! ***") == ["Anouk"]


def test_sql_and_markup_fragments_are_just_words():
    make_member("Anouk", bio="Ik drop geen tabellen.")

    assert find("'; DROP TABLE members_member; --") == []
    assert find("<b>Anouk</b>") == ["Anouk"]
    assert Member.objects.count() == 1


def test_a_match_in_the_name_ranks_above_a_match_in_the_bio():
    make_member("Anouk Jansen", bio="Werkt samen met Bas, Bas en nog eens Bas.")
    make_member("Bas de Vries", bio="Werkt in de wijk.")
    make_member("Cas", job_title="Wijkregisseur", bio="Ik ben wijkregisseur.")
    make_member("Wijkregisseur Dirk")

    assert ranked("bas") == ["Bas de Vries", "Anouk Jansen"]  # once in the name, thrice in a bio
    assert ranked("wijkregisseur") == ["Wijkregisseur Dirk", "Cas"]


def test_rare_words_outrank_common_ones_on_every_database():
    make_member("Anouk", bio="Armoede en armoede en schulden.")
    make_member("Bas", bio="Armoede en warmtenet.")
    for name in ["Cas", "Dirk", "Els", "Fien"]:
        make_member(name, bio="Armoede in de stad.")

    # Both match "armoede"; "warmtenet" is rare, so it outweighs a second "armoede".
    assert ranked("armoede or warmtenet") == ["Bas", "Anouk", "Cas", "Dirk", "Els", "Fien"]
    ranks = search.search(Member.objects.all(), search.parse("armoede")).ranked()
    assert len({rank for _pk, rank in ranks}) == 2  # twice in Anouk's bio, once in the others


# --- Keeping the document current -------------------------------------------------------------


def test_the_document_follows_profile_changes():
    member = make_member("Anouk", job_title="Wijkregisseur")

    member.job_title = "Gebiedsmanager"
    member.save()
    member.refresh_search_document()

    assert find("gebiedsmanager") == ["Anouk"]
    assert find("wijkregisseur") == []


def test_the_document_follows_the_users_name():
    member = make_member("Anouk de Vries")

    member.user.name = "Anouk Jansen"
    member.user.save()
    member_search.refresh_member(member)

    assert find("jansen") == ["Anouk Jansen"]
    assert find("vries") == []


def test_the_document_follows_tag_changes():
    member = make_member("Anouk", tags=["buurtbudget"])

    member.tags.set(["straatgesprekken"])
    member_search.refresh_member(member.pk)

    assert find("straatgesprekken") == ["Anouk"]
    assert find("buurtbudget") == []


def test_a_changed_vocabulary_label_rebuilds_the_members_using_it_in_bulk(
    django_assert_max_num_queries,
):
    for name in ["Anouk", "Bas", "Cas"]:
        make_member(name, themes=["jeugd"])
    make_member("Dirk", themes=["wonen"])
    theme = Theme.objects.get(code="jeugd")
    theme.name_nl = "Jongeren"

    # Saving the term is enough (lpb.freshness): the members and stories using it, in bulk,
    # with the text index (a constant number of statements per batch).
    with django_assert_max_num_queries(27):
        theme.save()

    assert find("jongeren") == ["Anouk", "Bas", "Cas"]
    assert member_search.refresh_for_term(theme) == 0  # nothing left to rebuild


def test_a_renamed_tag_rebuilds_its_members():
    member = make_member("Anouk", tags=["buurtbudget"])
    tag = member.tags.get()
    tag.name = "wijkbudget"
    tag.save()  # nothing else: lpb.freshness rebuilds the member

    assert find("wijkbudget") == ["Anouk"]


def test_refresh_for_term_refuses_what_members_are_not_searched_by():
    with pytest.raises(TypeError):
        member_search.refresh_for_term(make_member("Anouk").user)


def test_rebuild_all_fills_missing_documents():
    make_member("Anouk", job_title="Wijkregisseur")
    Member.objects.update(search_document="")

    assert member_search.rebuild_all() == 1
    assert find("wijkregisseur") == ["Anouk"]


def test_rebuild_search_indexes_members_stories_and_questions():
    from io import StringIO

    from django.core.management import call_command

    from lpb.models import TermPosting
    from practices.models import PracticeCase
    from questions.models import Question
    from tests.practice_factories import make_case
    from tests.question_factories import make_question

    anouk = make_member("Anouk")
    make_case(anouk, title="Buurtkamer", approach="Een buurtkamer in de portiekflat.")
    make_case(anouk, title="Portiekflat", approach="Wij openden een buurtkamer.")
    make_question(anouk, title="Een buurtkamer openen?")
    TermPosting.objects.all().delete()  # as after an upgrade that changed the index

    call_command("rebuild_search", stdout=StringIO())

    stories = search.search(PracticeCase.objects.all(), search.parse("buurtkamer")).annotated()
    ordered = stories.order_by("-search_rank").values_list("title", flat=True)
    assert list(ordered) == ["Buurtkamer", "Portiekflat"]  # the title first
    questions = search.search(Question.objects.all(), search.parse("buurtkamers")).annotated()
    assert questions.count() == 1
    assert find("anouk") == ["Anouk"]


# --- Snippets ---------------------------------------------------------------------------------


def test_a_snippet_marks_the_matching_words_and_escapes_the_rest():
    text = search.document(
        ["Anouk"],
        ["Wijkregisseur", "Gedreven", "Driven"],
        ["Ik verbeter <b>vet</b> zorgprocessen in de wijkteams van de stad."],
    )

    snippet = search.snippet(text, search.parse("zorgproces wijkteam gedreven"))

    assert "<mark>zorgprocessen</mark>" in snippet  # in any form
    assert "<mark>wijkteams</mark>" in snippet
    assert "&lt;b&gt;vet&lt;/b&gt;" in snippet
    assert "Anouk" not in snippet  # the name is shown anyway
    assert "Driven" not in snippet  # labels of the index are no passage


def test_no_snippet_when_only_the_name_matches():
    text = search.document(["Anouk"], ["Wijkregisseur"], [])

    assert search.snippet(text, search.parse("anouk")) == ""
