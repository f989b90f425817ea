"""Fixture members and practice stories for the “Wie bel je?” tests, written for the judged set.

Each person has a clear speciality (what a coordinator would know about them); a few generic
members, a hidden and a pending expert are there to be passed over.
"""

from __future__ import annotations

from members.models import Member, User
from tests.factories import make_member
from tests.practice_factories import make_case

# name → (municipality, themes, work, qualities, ask_me_about, bio, thinks_along)
MEMBERS = {
    "Fatima El Amrani": ("GM0855", ["veiligheid-en-ondermijning", "wonen"], ["relatiewerk"],
                         ["verbindend"], "drugsoverlast in portiekflats, ondermijning",
                         "Wijkregisseur in Tilburg-Noord. Ik werk met bewoners die zich onveilig "
                         "voelen in hun flat en met de corporatie.", False),
    "Joost Verhoeven": ("GM0772", ["veiligheid-en-ondermijning"], ["situatie-in-kaart"],
                        ["gedreven"], "wietplantages, hennepkwekerijen en ondermijning",
                        "Ik breng ondermijnende criminaliteit in woonwijken in kaart.", False),
    "Sanne de Boer": ("GM0014", ["armoede-en-schulden"], ["oplossingswerk"], ["open"],
                      "vroegsignalering van schulden en huurachterstanden",
                      "Schulden worden te laat zichtbaar; ik werk aan vroegsignalering.", False),
    "Mohamed Ouali": ("GM0599", ["armoede-en-schulden"], ["praktisch-ondersteunen"],
                      ["bricolerend"], "voedselbank en buurtkamers",
                      "Opbouwwerker in Rotterdam-Zuid.", False),
    "Ingrid Bakker": ("GM0193", ["eenzaamheid", "zorg-en-welzijn"], ["relatiewerk"], ["open"],
                      "eenzame ouderen, huisbezoeken",
                      "Ik ga op huisbezoek bij ouderen die de deur niet meer uitkomen.", False),
    "Tom Jansen": ("GM0344", ["jeugd"], ["relatiewerk"], ["verbindend"],
                   "hangjongeren bij winkelcentra",
                   "Jongerenwerker geweest, nu wijkambtenaar in Overvecht.", False),
    "Lotte Visser": ("GM0363", ["energie-en-klimaat"], ["praktisch-ondersteunen"],
                     ["bricolerend"], "energierekening, isolatie van huurwoningen",
                     "Ik help bewoners die hun energierekening niet kunnen betalen.", False),
    "Pieter de Wit": ("GM0518", ["polarisatie"], ["oplossingswerk"], ["verbindend"],
                      "burenruzies, buurtbemiddeling, spanningen tussen groepen",
                      "Bemiddelaar bij conflicten tussen buren.", False),
    "Anouk Smit": ("GM0268", ["participatie"], ["aansluiten-binnen-buiten"], ["gedreven"],
                   "buurtbudget, bewonersinitiatieven",
                   "Ik zorg dat bewoners zelf over geld voor hun buurt beslissen.", False),
    "Kees van Dijk": ("GM0202", ["openbare-ruimte"], ["praktisch-ondersteunen"],
                      ["bricolerend"], "zwerfafval, speeltuinen en groen",
                      "Beheer van de openbare ruimte samen met bewoners.", False),
    "Yara Hoekstra": ("GM0153", ["integratie"], ["relatiewerk"], ["open"],
                      "statushouders, inburgering, taalcafé",
                      "Ik help nieuwkomers hun weg te vinden en de taal te leren.", True),
    "Bram Mulder": ("GM0935", ["zorg-en-welzijn"], ["aansluiten-binnen-buiten"], ["verbindend"],
                    "verwarde personen, ggz in de wijk",
                    "Ik verbind de ggz met de wijkteams.", False),
    "Noor Peters": ("GM0796", ["wonen", "participatie"], ["aansluiten-binnen-buiten"],
                    ["verbindend"], "renovatie en sloop, bewonerscommissies",
                    "Ik zit met corporatie en bewonerscommissie aan tafel bij renovaties.", False),
    "Daan Kok": ("GM0855", ["werk-en-inclusie"], ["oplossingswerk"], ["gedreven"],
                 "werkzoekenden, buurtbanen", "Buurtbanen voor wie lang thuis zit.", False),
    "Eva Dekker": ("GM0344", ["onderwijs", "jeugd"], ["aansluiten-binnen-buiten"], ["open"],
                   "schoolverzuim, brede school", "Brede school en ouders in de wijk.", False),
    "Ruben Willems": ("GM0599", ["gezondheid"], ["praktisch-ondersteunen"], ["bricolerend"],
                      "sport en bewegen, overgewicht bij kinderen",
                      "Buurtsportcoach en wijkambtenaar.", False),
    "Marloes Hendriks": ("GM0772", ["leefbaarheid"], ["situatie-in-kaart"], ["open"],
                         "verloedering van straten", "Leefbaarheid meten in Eindhoven.", False),
    "Sven Bos": ("GM0014", ["energie-en-klimaat"], ["aansluiten-binnen-buiten"], ["gedreven"],
                 "aardgasvrije wijken, warmtenet", "Ik begeleid de overstap naar een warmtenet.",
                 False),
    "Hanneke Vos": ("GM0363", ["veiligheid-en-ondermijning", "jeugd"], ["relatiewerk"],
                    ["gedreven"], "jongeren in de drugshandel",
                    "Ik werk met jongeren die worden geronseld door criminelen.", False),
    "Wouter Meijer": ("GM0193", ["armoede-en-schulden"], ["relatiewerk"], ["open"],
                      "geldzorgen bij werkende gezinnen", "Armoede achter de voordeur.", False),
    "Lisa Brouwer": ("GM0014", ["eenzaamheid", "participatie"], ["praktisch-ondersteunen"],
                     ["verbindend"], "buurtmaaltijden tegen eenzaamheid",
                     "Ik organiseer buurtmaaltijden in het wijkcentrum.", False),
    "Ahmed Yilmaz": ("GM0518", ["integratie", "polarisatie"], ["relatiewerk"], ["verbindend"],
                     "dialoog tussen moskee en buurt", "Verbinder tussen gemeenschappen.", False),
    "Femke van Leeuwen": ("GM0268", ["zorg-en-welzijn"], ["praktisch-ondersteunen"], ["open"],
                          "mantelzorgers ondersteunen", "Mantelzorg is mijn vak.", False),
    "Gerrit Algemeen": ("GM0344", ["leefbaarheid"], [], [], "", "Wijkambtenaar.", False),
    "Rianne Algemeen": ("GM0599", ["participatie"], [], [], "", "Gebiedsmanager.", False),
}  # fmt: skip

# (title, author, themes, work, qualities, municipality, summary, situation, co-authors)
CASES = [
    ("Drugsoverlast in de portiekflat: gesprekken met bewoners", "Fatima El Amrani",
     ["veiligheid-en-ondermijning", "wonen"], ["relatiewerk"], ["verbindend", "open"], "GM0855",
     "Bewoners voelden zich onveilig door dealers in de portiek; de corporatie reageerde niet.",
     "In een flat in Tilburg-Noord werd in de portiek gedeald. Bewoners voelden zich onveilig.",
     []),
    ("Samen met de corporatie tegen drugsoverlast", "Fatima El Amrani",
     ["veiligheid-en-ondermijning"], ["oplossingswerk"], ["verbindend"], "GM0855",
     "Corporatie, politie en bewoners maakten samen een plan.", "Drugsoverlast in drie flats.",
     []),
    ("Wietplantages opsporen in een woonwijk", "Joost Verhoeven",
     ["veiligheid-en-ondermijning"], ["situatie-in-kaart"], ["gedreven"], "GM0772",
     "Signalen van hennepkwekerijen en ondermijning bundelen.",
     "Stroomdiefstal, dichte gordijnen: ondermijning in een gewone woonwijk.", []),
    ("Vroegsignalering van schulden via huurachterstanden", "Sanne de Boer",
     ["armoede-en-schulden"], ["oplossingswerk"], ["open"], "GM0014",
     "Huurachterstanden als eerste signaal van schulden.",
     "Gezinnen met schulden kwamen pas in beeld als het te laat was.", []),
    ("Een buurtkamer naast de voedselbank", "Mohamed Ouali",
     ["armoede-en-schulden"], ["praktisch-ondersteunen"], ["bricolerend"], "GM0599",
     "Wie naar de voedselbank komt, vindt nu ook koffie en hulp bij geldzorgen.",
     "Armoede in Rotterdam-Zuid.", []),
    ("Huisbezoeken bij eenzame ouderen", "Ingrid Bakker",
     ["eenzaamheid"], ["relatiewerk"], ["open"], "GM0193",
     "Ouderen die de deur niet meer uitkomen, bezocht door vrijwilligers.",
     "Veel ouderen in Holtenbroek waren eenzaam.", []),
    ("Buurtmaaltijden in het wijkcentrum", "Lisa Brouwer",
     ["eenzaamheid", "participatie"], ["praktisch-ondersteunen"], ["verbindend"], "GM0014",
     "Samen eten tegen eenzaamheid.", "Ouderen en alleenstaanden aten elke week samen.",
     ["Ingrid Bakker"]),
    ("Hangjongeren bij het winkelcentrum: samen een plek zoeken", "Tom Jansen",
     ["jeugd", "veiligheid-en-ondermijning"], ["relatiewerk"], ["verbindend"], "GM0344",
     "Winkeliers klaagden over overlast; de jongeren kregen een eigen plek.",
     "Hangjongeren bij het winkelcentrum in Overvecht.", []),
    ("Energiecoaches in de flat", "Lotte Visser",
     ["energie-en-klimaat", "armoede-en-schulden"], ["praktisch-ondersteunen"], ["bricolerend"],
     "GM0363", "Bewoners die hun energierekening niet konden betalen, kregen hulp bij isolatie.",
     "Slecht geïsoleerde huurwoningen en hoge energierekeningen.", []),
    ("Buurtbemiddeling bij een burenruzie in de portiek", "Pieter de Wit",
     ["polarisatie"], ["oplossingswerk"], ["verbindend"], "GM0518",
     "Een burenruzie die hoog opliep, opgelost met buurtbemiddeling.",
     "Spanningen tussen twee groepen in een portiek.", []),
    ("Bewoners beslissen over het buurtbudget", "Anouk Smit",
     ["participatie"], ["aansluiten-binnen-buiten"], ["gedreven"], "GM0268",
     "Het buurtbudget ging naar plannen van bewoners zelf.", "Geld voor de buurt.", []),
    ("Een speeltuin die bewoners zelf beheren", "Kees van Dijk",
     ["openbare-ruimte"], ["praktisch-ondersteunen"], ["bricolerend"], "GM0202",
     "Geen zwerfafval meer: buurtouders beheren de speeltuin.", "De speeltuin lag vol afval.",
     []),
    ("Taalcafé voor nieuwkomers", "Yara Hoekstra",
     ["integratie"], ["relatiewerk"], ["open"], "GM0153",
     "Statushouders oefenen de taal en leren de buurt kennen.",
     "Nieuwe statushouders voelden zich niet welkom.", []),
    ("Verward gedrag in de straat: een meldpunt met de ggz", "Bram Mulder",
     ["zorg-en-welzijn"], ["aansluiten-binnen-buiten"], ["verbindend"], "GM0935",
     "Buren van een verwarde man wisten niet waar ze heen moesten; nu is er een meldpunt.",
     "De ggz was moeilijk bereikbaar.", []),
    ("Renovatie met bewoners: de bewonerscommissie aan tafel", "Noor Peters",
     ["wonen", "participatie"], ["aansluiten-binnen-buiten"], ["verbindend"], "GM0796",
     "De corporatie ging renoveren; bewoners voelden zich eerst niet gehoord.",
     "Renovatie van 200 woningen.", []),
    ("Schoolverzuim aanpakken met de brede school", "Eva Dekker",
     ["onderwijs", "jeugd"], ["aansluiten-binnen-buiten"], ["open"], "GM0344",
     "Kinderen spijbelden; ouders waren moeilijk bereikbaar voor de school.",
     "Schoolverzuim in Kanaleneiland.", []),
    ("Aardgasvrij: bewonersavonden over het warmtenet", "Sven Bos",
     ["energie-en-klimaat"], ["aansluiten-binnen-buiten"], ["gedreven"], "GM0014",
     "Bewoners waren wantrouwig over het warmtenet; avonden met de gemeente hielpen.",
     "Een wijk die aardgasvrij moet.", []),
    ("Jongeren weg uit de drugshandel", "Hanneke Vos",
     ["veiligheid-en-ondermijning", "jeugd"], ["relatiewerk"], ["gedreven"], "GM0363",
     "Jongeren die door criminelen werden geronseld, kregen een andere kans.",
     "Drugshandel in Amsterdam-Noord.", []),
    ("Dialoog na spanningen rond de moskee", "Ahmed Yilmaz",
     ["polarisatie", "integratie"], ["relatiewerk"], ["verbindend"], "GM0518",
     "Na spanningen gingen buurt en moskee met elkaar in gesprek.", "Polarisatie in de buurt.",
     []),
    ("Mantelzorgcafé in de bibliotheek", "Femke van Leeuwen",
     ["zorg-en-welzijn"], ["praktisch-ondersteunen"], ["open"], "GM0268",
     "Overbelaste mantelzorgers vonden elkaar en steun.", "Mantelzorgers raakten overbelast.",
     []),
]  # fmt: skip

# (description, choices, the members a coordinator would expect at the top)
SITUATIONS = [
    ("Bewoners in een flat voelen zich onveilig door drugsoverlast en de corporatie reageert "
     "niet.", {"province": "noord-brabant"}, ["Fatima El Amrani"]),
    ("Steeds meer huishoudens hebben huurachterstanden en schulden. Hoe signaleer je dat eerder?",
     {}, ["Sanne de Boer"]),
    ("Veel ouderen zijn eenzaam en komen de deur niet meer uit.", {},
     ["Ingrid Bakker", "Lisa Brouwer"]),
    ("Hangjongeren bij het winkelcentrum zorgen voor overlast en winkeliers klagen.", {},
     ["Tom Jansen"]),
    ("Bewoners kunnen hun energierekening niet betalen en wonen in slecht geïsoleerde "
     "huurwoningen.", {}, ["Lotte Visser"]),
    ("Een burenruzie in een portiek loopt hoog op, er zijn spanningen tussen groepen.", {},
     ["Pieter de Wit"]),
    ("Bewoners willen zelf beslissen over geld voor hun buurt, een soort buurtbudget.", {},
     ["Anouk Smit"]),
    ("De speeltuin ligt vol zwerfafval en niemand voelt zich verantwoordelijk.", {},
     ["Kees van Dijk"]),
    ("Nieuwe statushouders spreken de taal nog niet en voelen zich niet welkom.", {},
     ["Yara Hoekstra"]),
    ("Een verwarde man zorgt voor onrust in de straat en de ggz is moeilijk bereikbaar.", {},
     ["Bram Mulder"]),
    ("De corporatie gaat renoveren en bewoners voelen zich niet gehoord.", {},
     ["Noor Peters"]),
    ("Wie heeft ervaring met wietplantages en ondermijning in woonwijken?", {},
     ["Joost Verhoeven"]),
    ("Kinderen spijbelen veel en ouders zijn moeilijk bereikbaar voor de school.", {},
     ["Eva Dekker"]),
    ("De gemeente wil aardgasvrij en bewoners zijn wantrouwig over het warmtenet.", {},
     ["Sven Bos"]),
    ("", {"themes": ("armoede-en-schulden",), "municipality": "GM0599"}, ["Mohamed Ouali"]),
    # Found through what their stories say, not their profile.
    ("Er is stroomdiefstal en de gordijnen zijn altijd dicht.", {}, ["Joost Verhoeven"]),
    ("Jongeren worden geronseld door criminelen.", {}, ["Hanneke Vos"]),
    ("Mantelzorgers raken overbelast.", {"work": ("praktisch-ondersteunen",)},
     ["Femke van Leeuwen"]),
]  # fmt: skip


def build_network() -> dict[str, Member]:
    """The fixture network; returns the members by name (also a hidden and a pending expert)."""
    people: dict[str, Member] = {}
    for name, (place, themes, work, qualities, ask, bio, along) in MEMBERS.items():
        people[name] = make_member(
            name,
            municipality=place,
            themes=themes,
            work=work,
            qualities=qualities,
            ask_me_about=ask,
            bio=bio,
            thinks_along_elsewhere=along,
            job_title="wijkregisseur",
        )
    expert = {
        "municipality": "GM0855",
        "themes": ["veiligheid-en-ondermijning"],
        "ask_me_about": "drugsoverlast in flats, ondermijning, corporatie",
        "bio": "Drugsoverlast en onveilige flats.",
    }
    people["Verborgen Expert"] = make_member(
        "Verborgen Expert", visibility=Member.Visibility.HIDDEN, **expert
    )
    people["Wachtende Expert"] = make_member(
        "Wachtende Expert", status=User.Status.PENDING, **expert
    )
    people["Oud Lid Expert"] = make_member("Oud Lid Expert", status=User.Status.ALUMNI, **expert)
    for title, author, themes, work, qualities, place, summary, situation, co in CASES:
        make_case(
            people[author],
            title=title,
            themes=themes,
            work=work,
            qualities=qualities,
            municipality=place,
            summary=summary,
            situation=situation,
            co_authors=[people[name] for name in co],
        )
    # A story by the hidden expert: published, but its author must not be suggested.
    make_case(
        people["Verborgen Expert"],
        title="Drugsoverlast in de flat aan de rand van de stad",
        themes=["veiligheid-en-ondermijning"],
        municipality="GM0855",
        summary="Onveilige portieken door drugsoverlast.",
    )
    return people
