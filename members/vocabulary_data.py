"""The starting vocabulary, as data migrations create it (codes are stable; labels editable).

Kept as plain data so that the migration and the tests read the same lists.
"""

from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

# (code, name_nl, name_en, description_nl, description_en, colour, icon)
QUALITIES = [
    ("open", "Open", "Open", "verkennend, proces, empathie",
     "exploring, process, empathy", "#1f6fa8", "compass"),
    ("gedreven", "Gedreven", "Driven", "richting, bedoeling, opgave",
     "direction, purpose, task", "#b4451f", "arrow"),
    ("verbindend", "Verbindend", "Connecting",
     "tussen mensen, organisaties, logica's, belangen",
     "between people, organisations, logics, interests", "#2e7d4f", "link"),
    ("bricolerend", "Bricolerend", "Resourceful", "doenerig, fixer, olie",
     "hands-on, fixer, oil", "#7b4fa0", "tools"),
]  # fmt: skip

# (code, name_nl, name_en, description_nl, description_en)
WORK_PRACTICES = [
    ("aansluiten-binnen-buiten", "Aansluiten binnen–buiten", "Linking inside and outside",
     "de leefwereld van de wijk en de systeemwereld van het stadhuis verbinden",
     "connecting the world of the neighbourhood with the world of the town hall"),
    ("relatiewerk", "Relatiewerk", "Relationship work",
     "relaties opbouwen en onderhouden met bewoners en partners",
     "building and keeping relationships with residents and partners"),
    ("situatie-in-kaart", "Situatie in kaart", "Mapping the situation",
     "weten wat er speelt: signalen ophalen, duiden en delen",
     "knowing what is going on: picking up signals, making sense of them, sharing them"),
    ("oplossingswerk", "Oplossingswerk", "Solution work",
     "samen met bewoners en partners tot gedragen oplossingen komen",
     "reaching solutions with residents and partners that they support"),
    ("praktisch-ondersteunen", "Praktisch ondersteunen", "Practical support",
     "bewoners en initiatieven praktisch op weg helpen",
     "helping residents and initiatives along in practical ways"),
]  # fmt: skip

ROLE_IMAGES = [
    ("pionier", "Pionier", "Pioneer", "gaat voorop en probeert nieuwe wegen",
     "goes first and tries new ways"),
    ("spreekbuis", "Spreekbuis", "Mouthpiece", "brengt de stem van de wijk naar binnen",
     "brings the voice of the neighbourhood inside"),
    ("verlengstuk", "Verlengstuk", "Extension of the town hall",
     "het gezicht van de gemeente in de wijk", "the face of the municipality in the neighbourhood"),
    ("intermediair", "Intermediair", "Intermediary", "bemiddelt tussen partijen",
     "mediates between parties"),
    ("vergaarbak", "Vergaarbak", "Catch-all", "waar alles terechtkomt wat nergens anders past",
     "where everything lands that fits nowhere else"),
    ("schakel", "Schakel tussen wijk en centraal apparaat",
     "Linking pin between neighbourhood and central organisation",
     "verbindingsofficier tussen wijk en stadhuis",
     "liaison officer between neighbourhood and town hall"),
]  # fmt: skip

# (code, name_nl, name_en)
THEMES = [
    ("leefbaarheid", "Leefbaarheid", "Liveability"),
    ("veiligheid-en-ondermijning", "Veiligheid en ondermijning", "Safety and subversive crime"),
    ("armoede-en-schulden", "Armoede en schulden", "Poverty and debt"),
    ("wonen", "Wonen", "Housing"),
    ("zorg-en-welzijn", "Zorg en welzijn", "Care and welfare"),
    ("participatie", "Participatie", "Participation"),
    ("jeugd", "Jeugd", "Youth"),
    ("eenzaamheid", "Eenzaamheid", "Loneliness"),
    ("polarisatie", "Polarisatie", "Polarisation"),
    ("openbare-ruimte", "Openbare ruimte", "Public space"),
    ("energie-en-klimaat", "Energie en klimaat", "Energy and climate"),
    ("onderwijs", "Onderwijs", "Education"),
    ("werk-en-inclusie", "Werk en inclusie", "Work and inclusion"),
    ("gezondheid", "Gezondheid", "Health"),
    ("integratie", "Integratie", "Integration"),
]

ORGANISATION_TYPES = [
    ("gemeente", "Gemeente", "Municipality"),
    ("woningcorporatie", "Woningcorporatie", "Housing corporation"),
    ("welzijnsorganisatie", "Welzijnsorganisatie", "Welfare organisation"),
    ("politie", "Politie", "Police"),
    ("zorg", "Zorg", "Care"),
    ("onderwijs", "Onderwijs", "Education"),
    ("bewonersorganisatie", "Bewonersorganisatie", "Residents' organisation"),
    ("adviesbureau", "Adviesbureau", "Consultancy"),
    ("kennisinstelling", "Kennisinstelling", "Knowledge institute"),
    ("overig", "Overig", "Other"),
]

# Names people use instead of the CBS name; both must find the municipality.
MUNICIPALITY_ALIASES = {"GM0518": ("Den Haag", "'s-Gravenhage")}


def municipalities() -> list[dict]:
    """All municipalities with the name people use (plain where unambiguous)."""
    with open(DATA_DIR / "gemeenten-2025-name-variants.csv", encoding="utf-8") as f:
        variants = {row["cbs_code"]: row for row in csv.DictReader(f)}
    plain_names = [v["name_without_cbs_province_suffix"] for v in variants.values()]
    rows = []
    with open(DATA_DIR / "gemeenten-2025.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name, aliases = row["name"], ""
            variant = variants.get(row["cbs_code"])
            if variant:
                plain = variant["name_without_cbs_province_suffix"]
                if plain_names.count(plain) == 1:  # Bergen (NH.) and Bergen (L.) keep theirs
                    name, aliases = plain, row["name"]
            if row["cbs_code"] in MUNICIPALITY_ALIASES:
                name, aliases = MUNICIPALITY_ALIASES[row["cbs_code"]]
            rows.append(
                {
                    "cbs_code": row["cbs_code"],
                    "cbs_name": row["name"],
                    "name": name,
                    "aliases": aliases,
                    "province_code": row["province_code"],
                    "province_name": row["province"],
                }
            )
    return rows


# Words and synonyms per vocabulary term (code → comma-separated words and phrases): how a
# busy wijkambtenaar writes about it. Seeded by migration 0008; coordinators edit them.
SYNONYMS: dict[str, str] = {
    # Themes
    "leefbaarheid": "leefbaar, verloedering, verpaupering, achteruitgang, leefklimaat, "
    "rommel, troep, vervuiling, buurtgevoel, prettig wonen, aandachtswijk, krachtwijk",
    "veiligheid-en-ondermijning": "veilig, onveilig, onveiligheid, drugs, drugsoverlast, "
    "dealen, dealer, dealers, drugshandel, ondermijning, ondermijnend, criminaliteit, "
    "criminelen, hennep, wietplantage, hennepkwekerij, drugslab, inbraak, inbraken, "
    "geweld, intimidatie, bedreiging, vandalisme, overlast, politie, wijkagent, "
    "handhaving, boa, explosies, straatroof, witwassen, ronselen",
    "armoede-en-schulden": "armoede, arm, schulden, schuld, schuldhulp, schuldhulpverlening, "
    "geldzorgen, geldproblemen, huurachterstand, betalingsachterstand, achterstand, "
    "voedselbank, bijstand, minima, rondkomen, deurwaarder, afsluiting, incasso, "
    "vroegsignalering, toeslagen, energiearmoede",
    "wonen": "woning, woningen, huis, huizen, huurwoning, huurder, huurders, corporatie, "
    "woningcorporatie, verhuurder, flat, portiekflat, galerijflat, portiek, huisvesting, "
    "sloop, renovatie, herstructurering, woonoverlast, schimmel, vocht, "
    "bewonerscommissie, woningtekort, kamerverhuur",
    "zorg-en-welzijn": "zorg, welzijn, mantelzorg, mantelzorger, dementie, verward, "
    "verwarde personen, ggz, psychisch, psychiatrie, wijkteam, sociaal wijkteam, "
    "huisarts, wijkverpleging, zorgmijder, zorgmijders, verslaving, hulpverlening",
    "participatie": "participatie, meedoen, inspraak, bewonersinitiatief, initiatief, "
    "initiatieven, buurtbudget, wijkbudget, burgerinitiatief, bewonersavond, "
    "bewonersorganisatie, zeggenschap, right to challenge, buurtrechten, vrijwilligers",
    "jeugd": "jeugd, jongeren, jongere, hangjongeren, tieners, pubers, kinderen, kids, "
    "jongerenwerk, jongerenwerker, straatcoach, jeugdoverlast, jeugdgroep, rondhangen, "
    "hangplek, scooters",
    "eenzaamheid": "eenzaam, eenzame, vereenzaming, vereenzaamd, isolement, geïsoleerd, "
    "sociaal isolement, alleenstaand, alleenstaanden, ontmoeting, buurtkamer, huisbezoek, "
    "aanspraak, weinig contact",
    "polarisatie": "polarisatie, spanning, spanningen, conflict, conflicten, ruzie, "
    "burenruzie, burenconflict, wantrouwen, tegenstellingen, buurtbemiddeling, "
    "bemiddeling, discriminatie, radicalisering, protest, onrust, boosheid",
    "openbare-ruimte": "openbare ruimte, straat, plein, speeltuin, speelplek, groen, park, "
    "zwerfafval, afval, vuilnis, dumping, bijplaatsing, parkeren, straatverlichting, "
    "stoep, bankjes, herinrichting",
    "energie-en-klimaat": "energie, energierekening, energiearmoede, isolatie, isoleren, "
    "klimaat, warmtenet, warmtenetten, zonnepanelen, aardgasvrij, verduurzaming, "
    "energiecoach, energiecoaches, hittestress, tochtstrips, stookkosten",
    "onderwijs": "onderwijs, school, scholen, brede school, leerlingen, schoolverzuim, "
    "spijbelen, ouders, kinderopvang, voorschool, taalachterstand, huiswerk",
    "werk-en-inclusie": "werkloos, werkloosheid, werkzoekenden, baan, banen, "
    "buurtbaan, uitkering, re-integratie, dagbesteding, vrijwilligerswerk, "
    "arbeidsmarkt, leerwerkplek",
    "gezondheid": "gezondheid, gezond, overgewicht, bewegen, sport, sporten, roken, "
    "leefstijl, gezondheidsachterstand, voeding, buurtsportcoach",
    "integratie": "integratie, statushouder, statushouders, nieuwkomers, vluchtelingen, "
    "asielzoekers, azc, inburgering, taal, taalcafé, nederlands leren, "
    "arbeidsmigranten, migranten, cultuur",
    # Kinds of work
    "aansluiten-binnen-buiten": "aansluiten, binnen en buiten, stadhuis, gemeentehuis, "
    "beleid, beleidsmakers, ambtenaren, afdelingen, systeemwereld, leefwereld, "
    "doorzetten, agenderen, kokers, schotten, ontschotten, bestuurder, wethouder",
    "relatiewerk": "relaties, relatie, vertrouwen, contact leggen, netwerk, netwerken, "
    "sleutelfiguren, aanspreekpunt, verbinden, kennismaken, gezicht in de wijk, "
    "keukentafel, vertrouwen winnen",
    "situatie-in-kaart": "in kaart brengen, in beeld brengen, overzicht, analyse, "
    "signalen, wat er speelt, wijkanalyse, wijkscan, cijfers, schouw, "
    "wijkschouw, onderzoek, gesprekken voeren",
    "oplossingswerk": "oplossing, oplossingen, oplossen, aanpak, doorbraak, knoop "
    "doorhakken, maatwerk, regie, plan van aanpak, vastlopen, vastgelopen, "
    "escalatie, casus, casusoverleg",
    "praktisch-ondersteunen": "ondersteunen, praktisch, regelen, klussen, "
    "organiseren, faciliteren, materiaal, zaaltje, subsidie, "
    "subsidieaanvraag, formulieren",
    # Role images
    "pionier": "pionier, pionieren, experiment, experimenteren, proeftuin, "
    "vernieuwen, voorop, voortrekker",
    "spreekbuis": "spreekbuis, stem van de wijk, signalen doorgeven, agenderen, "
    "belangen, namens bewoners, opkomen voor",
    "verlengstuk": "verlengstuk, gemeentehuis, loket, namens de gemeente, oog en oor",
    "intermediair": "intermediair, bemiddelen, bemiddelaar, tussenpersoon, makelaar, "
    "tussen partijen, verbinden",
    "vergaarbak": "vergaarbak, restpost, alles komt binnen, klachten, meldingen",
    "schakel": "schakel, verbindingsofficier, tussen wijk en stadhuis, centraal apparaat, "
    "linking pin, brug, doorgeefluik",
}
