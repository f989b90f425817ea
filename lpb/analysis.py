"""Dutch text analysis: from words as people type them to the terms a search matches on.

One analysis for everything that matches text (the directory's and the stories' search, and
“Wie bel je?”), so that a word found in one place is found in all of them:

1. **fold** — lower case, diacritics removed ("geïsoleerd" → "geisoleerd"), words split on
   anything that is not a letter or digit;
2. **stop words** — Dutch function words and the wijk-work words every text has ("buurt",
   "buurten", "bewoners", "gemeente") are dropped (:data:`STOP_WORDS`);
3. **lemma, then stem** — the lemma from simplemma's Dutch dictionary (370,000 word forms:
   "eenzame" → "eenzaam", "schulden" → "schuld"), then the Snowball Dutch stemmer (PyStemmer),
   so that derivations meet ("eenzaamheid" → "eenzaam", "vereenzaming" → "vereenzaam");
4. **compound parts** — a long word is split where both parts are Dutch words (linking "s",
   "e" or "en" allowed): "portiekflats" also gives "flat", "drugsoverlast" "drugs" and
   "overlast", "vereenzaming" also "eenzaam" (after the prefix "ver").

:func:`terms` gives a text's terms (with repeats, for term frequencies); :func:`word_terms` one
word's; :func:`passage` the part of a text where given terms occur, with ``<mark>``.
This module imports only Django and libraries (a leaf of ``lpb``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import Stemmer
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_WORD = re.compile(r"\w+")
MIN_PART = 4  # the shortest compound part we trust ("flat", "zorg"; not "net", "ver")
MIN_COMPOUND = 8  # shorter words are not split

# Dutch function words, and words every text about wijk work contains (they tell no
# situation apart). Folded (no diacritics), lower case.
STOP_WORDS = frozenset(
    """
    aan aangezien achter af al alle allemaal alleen alles als ander andere anders bij bijna
    binnen boven daar daarbij daardoor daarna daarom daarvan dan dat de deze die dit doch
    doen doet door dus echter een eens eigen en enige enkele er ergens erg echt even ge geen
    gehad geweest gewoon had hadden heb hebben hebt heeft heel hem het hier hij hoe hoewel
    hun ik in is ja je jij jou jouw juist kan kon konden kun kunnen kunt laat laten langs
    maar me meer meest men met mij mijn misschien moet moeten mogen na naar naast net niet
    niets nog nu of om omdat ondanks onder ons onze ook op over per reeds rond sinds te
    tegen terwijl toch toe toen tot tussen u uit uw van veel via voor vooral waar waarbij
    waardoor waarom wat we wel welk welke werd werden wie wij wil willen wilt wordt worden
    zal zeer zelf zich zij zijn zo zoals zonder zou zouden zullen iets iemand steeds weer
    vaak nooit graag bent ben was waren gaat gaan ga krijgen krijg krijgt kreeg komen komt
    kom kwam weten weet wist zit zitten zat zien ziet zag doe deed maken maakt gemaakt staan
    staat stond lijkt wijk wijken buurt buurten bewoner bewoners gemeente gemeenten mensen
    iedereen goed goede nieuw nieuwe laatste tijd jaar jaren maand maanden week weken dag
    dagen vraag vragen help helpen hulp hallo hoi groet groeten bedankt alvast ze jullie
    mee niks the a an and
    or of to in on at for with is are be by from as it this that we our you
    """.split()  # noqa: SIM905 (a list one word a line would be 170 lines)
)

_PREFIXES = ("ver", "be", "ont")  # a derivation whose rest is a word of its own


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower case without diacritics ("Geïsoleerd" → "geisoleerd")."""
    text = text or ""
    if text.isascii():  # most text: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    # Only the non-ASCII characters can be combining marks: look at those alone.
    return _NON_ASCII.sub(lambda c: "" if unicodedata.combining(c[0]) else c[0], decomposed)


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order (stop words included)."""
    return _WORD.findall(fold(text))


@cache
def _lexicon() -> dict:
    """simplemma's Dutch dictionary: word form → lemma (loaded once per process)."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("nl")


@cache
def _lemmas() -> frozenset:
    """Every lemma of the dictionary (a lemma is a word even when no form maps to itself)."""
    return frozenset(_lexicon().values())


@cache
def _stemmer():
    # The classic Snowball Dutch stemmer (Porter's; the one PostgreSQL's ``dutch_stem`` uses).
    # Snowball's newer "dutch" strips "ge-" anywhere: "gezondheid" → "zon", "gemeente" → "meen".
    return Stemmer.Stemmer("dutch_porter")


def is_word(word: str) -> bool:
    """Whether ``word`` (folded) is a Dutch word form the dictionary knows."""
    return word in _lexicon() or word in _lemmas()


# Where the dictionary's lemma and the stemmer together join words that mean different
# things: "ouderen" (the elderly) is not "ouders" (parents).
_TERMS = {"ouderen": "ouderen", "oudere": "ouderen"}


def lemma(word: str) -> str:
    """The dictionary's lemma; for a compound it lacks, the compound with its head's lemma
    ("zorgprocessen" → "zorgproces", as "zorgproces" itself), since Dutch inflects the head."""
    found = _lexicon().get(word)
    if found or is_word(word) or len(word) < MIN_COMPOUND or not word.isalpha():
        return found or word
    split = _split(word)
    return split[0] + lemma(split[1]) if split else word


def stem(word: str) -> str:
    """The stem of a word's lemma: what its inflections and derivations share."""
    return _TERMS.get(word) or _stemmer().stemWord(lemma(word))


def _head_is_word(part: str) -> bool:
    # "overlast" = "over" + "last" (two words: no guessing at unknown parts here)
    return is_word(part) or (len(part) >= MIN_COMPOUND and _split(part, loose=False) is not None)


def _modifier_is_word(part: str) -> bool:
    if len(part) >= 3 and is_word(part):
        return True
    for linking in ("s", "en", "e"):  # "drugs|overlast", "jongeren|werk", "ouderen|zorg"
        rest = part[: -len(linking)]
        if part.endswith(linking) and len(rest) >= 3 and is_word(rest):
            return True
    return False


def _split(word: str, *, loose: bool = True) -> tuple[str, str] | None:
    """Where to cut a compound: two words if possible ("warmte|netten", not "warm|tenetten"),
    else a word and a compound ("drugs|overlast"), else an unknown word and a word of five
    letters or more ("wiet|kwekerij"); the longest head first."""
    # A three-letter modifier only in a word the dictionary lacks ("zon|panelen", but not
    # "ren|ovatie" in "renovatie"), and only with a head that is a word itself.
    short = 3 if not is_word(word) else MIN_PART
    for head_is_word, shortest in ((is_word, short), (_head_is_word, MIN_PART)):
        for cut in range(shortest, len(word) - MIN_PART + 1):
            modifier, head = word[:cut], word[cut:]
            if _modifier_is_word(modifier) and head_is_word(head):
                return modifier, head
    # A modifier the dictionary lacks ("wiet|kwekerij", "hennep|teelt") before a head of five
    # letters or more, only in a word the dictionary lacks ("corporatie" is no "corp|oratie").
    if is_word(word) or not loose:
        return None
    for cut in range(MIN_PART, len(word) - 4):
        modifier, head = word[:cut], word[cut:]
        if is_word(head):
            return modifier, head
    return None


@lru_cache(maxsize=8192)
def compound_parts(word: str) -> tuple[str, ...]:
    """The parts of a Dutch compound (folded); () when not a compound.

    "portiekflats" → ("portiek", "flats"); "drugsoverlast" → ("drugs", "overlast", "over",
    "last"). A part must be a word; parts shorter than :data:`MIN_PART` letters are left out.
    """
    if len(word) < MIN_COMPOUND or not word.isalpha():
        return ()
    split = _split(word)
    if split:
        modifier, head = split
        parts = [modifier, head] if len(modifier) >= MIN_PART else [head]
        # A head that is a word of its own is not split further ("jongeren", not "eren").
        deeper = () if is_word(head) else compound_parts(head)
        return tuple(dict.fromkeys([*parts, *deeper]))
    for prefix in _PREFIXES:  # "vereenzaamde" → "eenzaamde" (stem "eenzam", as "eenzaam")
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 5:
            # the rest as a word, or without an inflection ("eenzaam|de", "eenzam|ing" → en)
            for candidate in (rest, rest[:-1], rest[:-2], rest[:-3] + "en"):
                if len(candidate) >= 5 and is_word(candidate):
                    return (candidate,)
    return ()


@lru_cache(maxsize=200_000)
def word_terms(word: str) -> tuple[str, ...]:
    """The terms of one folded word: its stem, then the stems of its compound parts."""
    if word in STOP_WORDS or len(word) < 2 or word.isdigit():
        return ()
    out = [stem(word)]
    for part in compound_parts(word):
        if part not in STOP_WORDS:
            out.append(stem(part))
    return tuple(t for t in dict.fromkeys(out) if len(t) >= 2)


def terms(text: str) -> list[str]:
    """Every term of ``text``, with repeats (a term's count is its frequency)."""
    return [term for word in words(text) for term in word_terms(word)]


def query_words(text: str, *, limit: int = 32) -> list[tuple[str, tuple[str, ...]]]:
    """The meaningful words of a query (each once, in order), each with its terms."""
    seen, out = set(), []
    for word in words(text):
        found = word_terms(word)
        if found and word not in seen:
            seen.add(word)
            out.append((word, found))
            if len(out) >= limit:
                break
    return out


# --- Passages ------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+", re.UNICODE)


def matching_words(text: str, wanted: Iterable[str]) -> list[str]:
    """The words of ``text`` (as written, each once) whose terms are among ``wanted``."""
    wanted = set(wanted)
    # Each distinct word once: a story repeats most of its words.
    written = dict.fromkeys(word.lower() for word in _TOKEN.findall(text or ""))
    return [word for word in written if wanted.intersection(word_terms(fold(word)))]


def passage(text: str, wanted: Iterable[str], *, width: int = 160) -> SafeString:
    """The part of ``text`` (at most ``width`` characters) with the most words whose terms
    are in ``wanted``, escaped, those words in ``<mark>``; "" when none occurs.

    Works on what a person wrote (a bio, a story's section), never on a search index.
    """
    wanted = set(wanted)
    text = " ".join((text or "").split())
    if not wanted or not text:
        return SafeString("")
    wanted_word: dict[str, bool] = {}  # each distinct word looked up once
    hits = []
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        if word not in wanted_word:
            wanted_word[word] = bool(wanted.intersection(word_terms(fold(word))))
        if wanted_word[word]:
            hits.append((m.start(), m.end()))
    if not hits:
        return SafeString("")
    # The window (starting a little before a hit) that holds the most distinct hits.
    best, best_count = 0, -1
    for i, (start, _end) in enumerate(hits):
        count = len({fold(text[s:e]) for s, e in hits[i:] if e <= start + width})
        if count > best_count:
            best, best_count = i, count
    first = hits[best][0]
    start = max(0, first - width // 4)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", hits[best][1], end)
        end = space if space > 0 else end
    parts, last = [], start
    for s, e in hits:
        if s >= start and e <= end:
            parts.append(escape(text[last:s]))
            parts.append(f"<mark>{escape(text[s:e])}</mark>")
            last = e
    parts.append(escape(text[last:end]))
    return mark_safe(("… " if start else "") + "".join(parts) + (" …" if end < len(text) else ""))


def best_passage(texts: Iterable[str], wanted: Iterable[str], *, width: int = 160) -> SafeString:
    """The :func:`passage` of the first of ``texts`` that holds the most wanted terms."""
    wanted = set(wanted)
    best, best_count = SafeString(""), 0
    for text in texts:
        if not text:
            continue
        count = len(wanted.intersection(terms(text)))
        if count > best_count:
            best, best_count = passage(text, wanted, width=width), count
    return best
