"""The words of “Wie bel je?”: what a description says, in terms the index and vocabulary share.

A description is analysed with :mod:`lpb.analysis` (Dutch lemmas and stems, compound parts,
stop words). Vocabulary terms — themes, kinds of work, role images, and any vocabulary added to
:data:`practices.matching.VOCABULARIES` — are suggested when one of their names or words and
synonyms (``VocabularyTerm.synonyms``, edited in ``/beheer/``) occurs in it, in any form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lpb import analysis, search

MAX_DESCRIPTION = 1000  # characters of description we read; the form says so and cuts the rest
MAX_WORDS = 32  # meaningful words of a description that take part in the search
PART_WEIGHT = 0.5  # a compound's part counts half as much as the whole word ("flat" in
# "portiekflat"): a story about "portiekflats" beats one that only says "flat"
STOP_WORDS = analysis.STOP_WORDS
SYNONYM_WEIGHT = 0.6  # a word that means the same as one of the description's (thesaurus)


def meaningful_words(text: str) -> list[str]:
    """The description's words that tell situations apart (folded, no stop words), each once."""
    return [word for word, _terms in described(text)]


def described(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return analysis.query_words(
        search.clean_text(text, max_length=MAX_DESCRIPTION), limit=MAX_WORDS
    )


def query_weights(words: list[tuple[str, tuple[str, ...]]]) -> dict[str, float]:
    """Term → weight in the query: a word's own stem 1, the parts of a compound less."""
    weights: dict[str, float] = {}
    for _word, terms in words:
        for number, term in enumerate(terms):
            weight = 1.0 if number == 0 else PART_WEIGHT
            weights[term] = max(weights.get(term, 0.0), weight)
    return weights


def synonyms(
    groups: list[list[frozenset[str]]], words: list[tuple[str, tuple[str, ...]]]
) -> dict[str, float]:
    """Term → weight of the words that mean the same as a word or phrase of the description,
    by the thesaurus (``groups`` of phrases as terms, :func:`analysed`): "herrie" also looks
    for "lawaai" and "geluidsoverlast".

    A phrase of the thesaurus counts when each of its words occurs in the description (in any
    form); its alternatives' words are then looked for with :data:`SYNONYM_WEIGHT`, shared
    among the words of a longer phrase ("onbegrepen gedrag": each half)."""
    whole = {terms[0] for _word, terms in words}
    found: dict[str, float] = {}
    for phrases in groups:
        if not any(phrase <= whole for phrase in phrases):
            continue
        for phrase in phrases:
            for term in phrase - whole:
                weight = SYNONYM_WEIGHT / len(phrase)
                found[term] = max(found.get(term, 0.0), weight)
    return found


_ANALYSED: dict = {"version": None}


def analysed(known) -> tuple[list[Cue], list[list[frozenset[str]]]]:
    """The cues of every vocabulary term and the thesaurus' phrases as terms, of ``known``
    (``practices.match_vocabulary.known_words``): analysed once per worker for each version
    of the words (a few thousand phrases: 10 ms a request otherwise)."""
    if _ANALYSED["version"] != known.version:
        all_cues = [cue for kind, terms in known.terms.items() for cue in cues(kind, terms)]
        groups = [
            [phrase for text in group if (phrase := _whole_terms(text))] for group in known.groups
        ]
        _ANALYSED.update(version=known.version, cues=all_cues, groups=groups)
    return _ANALYSED["cues"], _ANALYSED["groups"]


def _whole_terms(text: str) -> frozenset[str]:
    return frozenset(terms[0] for _word, terms in analysis.query_words(text))


@dataclass(frozen=True)
class Cue:
    """A vocabulary term as the matcher recognises it in a description."""

    kind: str  # "theme", "work", "role", …
    code: str
    phrases: tuple[frozenset[str], ...]  # each name, word or synonym as a set of terms
    words: tuple[str, ...]  # the same, as written (for the reasons)


def cues(kind: str, terms) -> list[Cue]:
    """The cues of vocabulary ``terms`` (rows of a ``VocabularyTerm`` model)."""
    out = []
    for term in terms:
        written = [term.name_nl, term.name_en, *term.synonym_list()]
        phrases, words = [], []
        for text in written:
            found = frozenset(analysis.terms(text))
            if found and found not in phrases:
                phrases.append(found)
                words.append(text)
        out.append(Cue(kind=kind, code=term.code, phrases=tuple(phrases), words=tuple(words)))
    return out


def suggest(
    all_cues: list[Cue], words: list[tuple[str, tuple[str, ...]]]
) -> dict[str, dict[str, float]]:
    """kind → code → strength (0–1] of the vocabulary terms the description suggests.

    A phrase (a name, word or synonym) matches when all its terms occur in the description:
    as whole words it counts 1, through a compound's part only ½ ("stadhuis" hardly suggests
    *Wonen*). Two or more matching phrases make a term a sure suggestion (strength 1).
    """
    whole = {terms[0] for _word, terms in words}
    parts = {term for _word, terms in words for term in terms[1:]}
    found: dict[str, dict[str, float]] = {}
    for cue in all_cues:
        count = 0.0
        for phrase in cue.phrases:
            if phrase <= whole:
                count += 1.0
            elif phrase <= whole | parts:
                count += 0.5
        if count:
            found.setdefault(cue.kind, {})[cue.code] = min(1.0, count / 2)
    return found


BRIDGE_WINDOW = 4  # words apart (stop words counted) that may form one compound
BRIDGE_WEIGHT = 1.0  # an indexed compound made of two nearby words of the description
MIN_BRIDGE_PART = 3  # letters: "op", "de", "in" never make a compound
BRIDGE_WORDS = 2 * MAX_WORDS  # words (stop words counted) read for bridges: a long text's
# first ones, as for the query (all of 1,000 characters: 1,100 candidates, 60 ms)


def bridges(text: str) -> dict[str, tuple[str, str]]:
    """Candidate compound terms → the two words of ``text`` they are made of.

    Dutch writes as one word what a busy typist writes as two, often apart and in either
    order (a separable verb puts its first part last): "pubers zitten al maanden thuis" is
    what colleagues write as "thuiszitten", "zorgen om geld" is "geldzorgen". Every pair of
    words at most :data:`BRIDGE_WINDOW` apart (stop words count: "zitten" matters here), both
    ways round, joined as written, with the first word's lemma and with a linking "s", gives
    the term of that compound. Which of them the index holds (its own vocabulary, no word
    list) is for the caller to look up; terms that are the description's own are left out.
    """
    text = search.clean_text(text, max_length=MAX_DESCRIPTION)
    own = {term for word in analysis.words(text) for term in analysis.word_terms(word)}
    out: dict[str, tuple[str, str]] = {}
    left = BRIDGE_WORDS
    for clause in _CLAUSE.split(text):  # not across a comma or a full stop
        found = analysis.words(clause)[:left]
        left -= len(found)
        for i, first in enumerate(found):
            for second in found[i + 1 : i + 1 + BRIDGE_WINDOW]:
                _bridge(first, second, own, out)
    return out


def _bridge(first: str, second: str, own: set[str], out: dict) -> None:
    for modifier, head in ((first, second), (second, first)):
        if not _bridgeable(modifier) or not _bridgeable(head) or modifier == head:
            continue
        if modifier in STOP_WORDS and head in STOP_WORDS:  # "waar|over", "voor|jaren"
            continue
        base = analysis.lemma(modifier)
        for joined in dict.fromkeys((modifier + head, base + head, base + "s" + head)):
            if len(joined) < analysis.MIN_COMPOUND:  # "weg" + "een" is no "wegen"
                continue
            terms = analysis.word_terms(joined)
            if terms and terms[0] not in own and terms[0] not in out:
                out[terms[0]] = (modifier, head)


_CLAUSE = re.compile(r"[.,;:!?()]+")


def _bridgeable(word: str) -> bool:
    return len(word) >= MIN_BRIDGE_PART and word.isalpha()
