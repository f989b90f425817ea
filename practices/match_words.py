"""The words of “Wie bel je?”: which words of a description count, and which themes they suggest."""

from __future__ import annotations

import re

from lpb import search

MAX_DESCRIPTION = 1000  # characters of description we read; the form says so and cuts the rest
MAX_WORDS = 24  # meaningful words of a description that take part in the search

# Words too common to tell situations apart (Dutch stop words and wijk-work filler).
_STOP_WORDS_TEXT = """
    aan al alle als alles ander andere bij daar dan dat de deze die dit doen door dus een en
    er ge geen had heb hebben heeft hem het hier hij hoe hun ik in is ja je jij kan kon kunnen
    maar me meer men met mij mijn na naar niet niets nog nu of om omdat ons onze ook op over
    reeds te tegen toch toen tot u uit uw van veel voor waar wat we wel werd wie wij wil
    worden wordt zal ze zelf zich zij zijn zo zonder zou zouden
    iets iemand echt erg heel steeds weer vaak nooit graag hebt bent ben was waren gaat gaan
    krijgen krijg krijgt komen komt kom willen wilt weten weet wijk buurt bewoners bewoner
    gemeente mensen goed goede nieuwe laatste tijd jaar maanden week vraag vragen help hulp
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# Words in a description that suggest a theme ("we dachten aan: …"): matched on word starts,
# so "drugs" also catches "drugsoverlast" and "eenzaam" catches "eenzaamheid".
THEME_KEYWORDS: dict[str, tuple[str, ...]] = {
    "veiligheid-en-ondermijning": (
        "drugs", "dealer", "dealen", "ondermijn", "onveilig", "veilig", "overlast", "inbraak",
        "inbrek", "criminal", "wietplantage", "hennep", "geweld", "vandalisme", "intimid",
    ),
    "armoede-en-schulden": (
        "schuld", "armoede", "arm", "voedselbank", "geldzorg", "geldproblem", "betalingsachter",
        "huurachterstand", "energiearmoede", "bijstand",
    ),
    "eenzaamheid": ("eenzaam", "isolement", "geisoleerd", "alleenstaand"),
    "jeugd": ("jongeren", "hangjongeren", "jeugd", "tiener", "kinderen", "jongerenwerk"),
    "wonen": ("woning", "corporatie", "huurder", "flat", "portiek", "huisvest", "sloop",
              "renovatie", "woonoverlast"),
    "zorg-en-welzijn": ("zorg", "welzijn", "mantelzorg", "dementie", "verward", "ggz",
                        "psychisch"),
    "participatie": ("participatie", "bewonersinitiatief", "initiatief", "buurtbudget",
                     "meedoen", "inspraak", "bewonerscommissie"),
    "openbare-ruimte": ("openbare", "speeltuin", "plein", "groen", "zwerfafval", "afval",
                        "parkeer", "straatverlichting"),
    "energie-en-klimaat": ("energie", "isolatie", "klimaat", "warmtenet", "zonnepan",
                           "aardgasvrij", "hittestress"),
    "polarisatie": ("polarisatie", "spanning", "conflict", "ruzie", "burenruzie", "wantrouwen"),
    "integratie": ("integratie", "statushouder", "nieuwkomer", "vluchteling", "azc",
                   "inburger", "taal"),
    "werk-en-inclusie": ("werkloos", "werkzoek", "baan", "uitkering", "re-integratie"),
    "gezondheid": ("gezond", "overgewicht", "bewegen", "sport"),
    "onderwijs": ("school", "onderwijs", "leerling", "schoolverzuim"),
    "leefbaarheid": ("leefbaar", "verloedering", "verpaupering"),
}  # fmt: skip

WORD = re.compile(r"\w+")


def meaningful_words(text: str) -> list[str]:
    """The description's words that tell situations apart: lower case, no stop words, no
    numbers or single letters, each once, in the order typed (at most ``MAX_WORDS``)."""
    words: list[str] = []
    for word in WORD.findall(search.clean_text(text, max_length=MAX_DESCRIPTION).lower()):
        if len(word) < 3 or word.isdigit() or word in STOP_WORDS or word in words:
            continue
        words.append(word)
    return words[:MAX_WORDS]


def suggest_themes(text: str) -> list[str]:
    """Theme codes the description suggests (keyword table, matched on word starts)."""
    words = WORD.findall(text.lower())
    return [
        code
        for code, keywords in THEME_KEYWORDS.items()
        if any(word.startswith(keyword) for word in words for keyword in keywords)
    ]
