"""A fresh, blind judged set for “Wie bel je?”.

Written after the matcher's thesaurus existed, by someone who had not seen it: the matching
code, the vocabulary data and the synonym migrations were not opened, and the matcher was not
run while writing. The only file read was ``tests/who_to_call_data.py``, and only for its
format (tuple layouts and valid codes); none of its situations or members is reused, and the
topics are deliberately other ones.

Written in this order: first the 24 situations, the way a busy wijkambtenaar types them
(lower case, inflected forms, diminutives, compounds, abbreviations, sloppy phrasing), then the
members, each profile in that person's own professional words, describing the same expertise
without repeating the situation's words. Some situations name a place in the text, two choose
one in the form, some ask for a kind of work or a role image, and three have two acceptable
members. Theme codes are plausible but never enough on their own: several members share each
theme.
"""

# (description, form choices, acceptable members): the first acceptable one found counts.
SITUATIONS: list[tuple[str, dict, tuple[str, ...]]] = [
    ("buurvrouw van 70 gooit echt niks weg, ze krijgt haar voordeur amper nog open en op de "
     "galerij ruik je het", {}, ("Ellen Verhoef",)),
    ("meisje van 15 uit de straat heeft ineens dure tassen en een nieuwe telefoon, wordt "
     "opgehaald door een veel oudere gast in een audi. moeder is doodsbang", {},
     ("Sanne Wijers",)),
    ("in Almere racen ze met die opgevoerde fatbikes over de stoep, vorige week is er een "
     "kleuter aangereden bij de basisschool", {}, ("Kevin Schouten",)),
    ("huis naast me wordt volgens mij via airbnb verhuurd, elke week andere mensen met "
     "rolkoffers en de eigenaar woont er al jaren niet meer", {}, ("Bram Oosterhuis",)),
    ("buurthuis is dicht sinds de bezuinigingen, de koffieochtend en het vrouwenclubje kunnen "
     "nergens meer heen", {}, ("Gerda Mulder",)),
    ("in eindhoven nemen moeders hun kind van 10 mee naar de dokter om te vertalen, tolk wordt "
     "niet meer betaald", {}, ("Hatice Yıldız",)),
    ("met oud en nieuw was het in rotterdam-west weer oorlog, cobra's in de bushokjes en een "
     "auto in de fik. bewoners willen dit jaar iets anders", {}, ("Youssef El Idrissi",)),
    ("in het hofje achter de flat zitten ratten, mensen gooien oud brood voor de duiven en de "
     "kliko's staan open", {}, ("Joost van der Meulen",)),
    ("ouderen snappen niks van digid en inloggen, alles moet via de app van de gemeente en ze "
     "lopen hun toeslagen mis", {}, ("Marjolein Dijkstra",)),
    ("in het bos bij de wijk liggen weer vaten en jerrycans, ruikt naar anijs, een hond is "
     "ziek geworden", {"provincie": "noord-brabant"}, ("Luuk Verbeek",)),
    ("de noodopvang komt in de oude school en de buurt staat op z'n kop, de bewonersavond "
     "liep uit op schreeuwen", {}, ("Anouk Beekman",)),
    ("in de oude flats wordt het 's zomers 35 graden binnen, oudjes durven de ramen niet open "
     "en drinken te weinig", {"gemeente": "GM0518"}, ("Priya Ramdin",)),
    ("gemeente heeft een hotel langs de snelweg vol gezet met vluchtelingen, kinderen hangen "
     "verveeld rond en niemand uit de buurt komt er ooit", {}, ("Olga Kovalenko",)),
    ("sinds die shishabar open is staan er tot 3 uur 's nachts auto's met draaiende motor en "
     "harde muziek voor de deur", {}, ("Rachid Ouali",)),
    ("jongen uit groep 8 zorgt eigenlijk voor z'n moeder met ms, doet de boodschappen en "
     "kookt, de juf maakt zich zorgen", {}, ("Daphne Kok",)),
    ("op het roc hier in enschede zitten gasten van 18 al diep in de schulden door klarna en "
     "achteraf betalen, sneakers bestellen en dan komt de incasso", {}, ("Tim Hoekstra",)),
    # Two acceptable members.
    ("oude meneer op 3 hoog leeft tussen de vuilniszakken en kapotte spullen, laat niemand "
     "binnen, ook de thuiszorg niet. z'n dochter is ten einde raad", {},
     ("Ellen Verhoef", "Hans Kroon")),
    ("jonge meiden worden via insta en snap benaderd door jongens die ze cadeautjes beloven, op "
     "school gaan filmpjes rond", {}, ("Sanne Wijers", "Lotte Sprenger")),
    ("bij de opvang in het hotel schelden de kinderen uit de straat en die van daar elkaar "
     "uit, nu mengen de ouders zich erin", {}, ("Olga Kovalenko", "Anouk Beekman")),
    # Needing a kind of work or a role image.
    ("voor de wethouder moet ik onderbouwen hoeveel kinderen hier krap opgroeien, zoek iemand "
     "die dat goed uitzoekt, ook door met de ouders zelf te praten",
     {"werk": ["situatie-in-kaart"]}, ("Femke Lammers",)),
    ("er staat een winkelpand leeg in onze straat, ik wil daar iets mee wat nog nergens "
     "bestaat. wie durft dat aan zonder kant-en-klaar plan", {}, ("Jelle Terpstra",)),
    ("in die ene flat werken corporatie, wijkteam en ggz allemaal langs elkaar heen, ik zoek "
     "iemand die ze bij elkaar aan tafel krijgt", {}, ("Mariska Hendriks",)),
    ("de mensen op het woonwagenkamp voelen zich nooit gehoord, wie kan hun verhaal eens op het "
     "stadhuis komen vertellen", {}, ("Patrick Moonen",)),
    ("elke avond rondjes met scooters door het winkelcentrum, met z'n tweeën achterop en zonder "
     "helm, mensen moeten opzij springen", {}, ("Kevin Schouten",)),
]  # fmt: skip

# name → (municipality, themes, work, roles, ask_me_about, bio, thinks_along, stories)
# story: (title, summary, situation, themes, work)
MEMBERS: dict[str, tuple] = {
    "Ellen Verhoef": ("GM0307", ["wonen", "zorg-en-welzijn"], ["oplossingswerk"], [],
        "verzamelstoornis, overvolle woningen, uitzetting voorkomen",
        "Woonconsulent bij een corporatie. Ik werk met bewoners die alles bewaren: samen met "
        "de ggz en een opruimcoach maken we stap voor stap ruimte, zonder dat iemand zijn "
        "woning kwijtraakt.", False,
        [("Kamer voor kamer",
          "Een verzamelaar hield de regie, wij leverden containers en geduld.",
          "Een huurder had twintig jaar lang kranten, dozen en apparaten opgestapeld. De "
          "brandweer keurde de woning af en de verhuurder dreigde met ontbinding van het "
          "huurcontract.", ["wonen", "zorg-en-welzijn"], ["oplossingswerk"])]),
    "Hans Kroon": ("GM0200", ["zorg-en-welzijn"], ["relatiewerk"], [],
        "bemoeizorg, zorgmijders, zelfverwaarlozing",
        "Sociaal psychiatrisch verpleegkundige in de OGGZ. Ik ga af op mensen die hulp "
        "afhouden en zichzelf verwaarlozen, en kom met geduld over de drempel.", True, []),
    "Kevin Schouten": ("GM0034", ["veiligheid-en-ondermijning", "openbare-ruimte"],
        ["relatiewerk"], [],
        "snelheidsduivels op elektrische fietsen en brommers, gevaarlijk verkeersgedrag van "
        "tieners",
        "Boa en daarvoor jongerenwerker. Ik combineer handhaving met het gesprek: wie hard "
        "rijdt, krijgt een bekeuring én een kop koffie met zijn ouders erbij.", False,
        [("Snelheid eruit op het Stadhuisplein",
          "Samen met verkeerskundigen, politie en de jongens zelf.",
          "Tieners reden met flinke snelheid over voetgangersgebied; voetgangers voelden zich "
          "onveilig en er vielen bijna-ongelukken.", ["openbare-ruimte"], ["relatiewerk"])]),
    "Sanne Wijers": ("GM0855", ["veiligheid-en-ondermijning", "jeugd"], ["relatiewerk"], [],
        "mensenhandel en seksuele uitbuiting van minderjarigen, signalen herkennen",
        "Aandachtsfunctionaris uitbuiting. Ik train professionals in het herkennen van "
        "tieners die worden ingepalmd door een pooier, en werk samen met de zedenpolitie "
        "en jeugdbescherming.", False,
        [("Vroeg zien wie wordt ingepalmd",
          "Een signalenkaart voor mentoren, sportclubs en jongerenwerk.",
          "Een tiener van een vmbo-klas verzuimde steeds vaker, had opeens geld te over en werd "
          "door volwassen mannen rondgereden.", ["jeugd", "veiligheid-en-ondermijning"],
          ["relatiewerk"])]),
    "Lotte Sprenger": ("GM0546", ["jeugd", "onderwijs"], ["praktisch-ondersteunen"], [],
        "online grooming, sexting, doorgestuurde naaktbeelden",
        "Mediacoach. Ik geef voorlichting in klassen en aan ouders over sociale media, "
        "digitale weerbaarheid en wat je doet als beelden eenmaal verspreid zijn.", False, []),
    "Bram Oosterhuis": ("GM0363", ["wonen", "veiligheid-en-ondermijning"],
        ["situatie-in-kaart"], [],
        "woonfraude, adresfraude, woningen die als vakantieappartement worden aangeboden",
        "Toezichthouder wonen. Ik zoek uit wie er werkelijk staat ingeschreven en wie er "
        "feitelijk verblijft, en controleer samen met corporaties aan de deur.", False,
        [("Toeristen in een corporatiewoning",
          "Van een tip van de bovenburen naar een boete en een woning terug voor de wachtlijst.",
          "Een corporatiewoning werd per nacht aangeboden aan toeristen; de officiële "
          "bewoner bleek al lang in het buitenland te zitten.", ["wonen"], ["situatie-in-kaart"])]),
    "Gerda Mulder": ("GM0193", ["participatie", "leefbaarheid"], ["praktisch-ondersteunen"],
        [], "ontmoetingsruimte in zelfbeheer, bewonersbedrijf, exploitatie",
        "Ik help bewonersgroepen een wijkcentrum over te nemen: stichting oprichten, "
        "huurcontract, sleutelbeheer, vrijwilligersrooster en een begroting die sluit.", False,
        [("Het wijkcentrum van en voor ons",
          "Na de sluiting namen bewoners het gebouw over.",
          "De welzijnsorganisatie trok zich terug en het gebouw zou worden verkocht. Een "
          "groep vrijwilligers wilde het openhouden maar wist niet waar te beginnen.",
          ["participatie"], ["praktisch-ondersteunen"])]),
    "Hatice Yıldız": ("GM0772", ["gezondheid", "integratie"], ["aansluiten-binnen-buiten"], [],
        "gezondheidsvaardigheden bij anderstaligen, taalbarrière in de spreekkamer",
        "Ik leid sleutelfiguren op die met anderstalige bewoners meegaan naar huisarts en "
        "consultatiebureau, en ik praat met praktijken over beeldmateriaal en eenvoudige "
        "uitleg.", False, []),
    "Youssef El Idrissi": ("GM0599", ["veiligheid-en-ondermijning", "jeugd"],
        ["relatiewerk"], [],
        "vuurwerkoverlast, vuurwerkvrije zones, vernielingen rond 31 december "
        "voorkomen",
        "Jongerenwerker in Delfshaven. Al vanaf oktober zit ik met jongens, ouders en "
        "moskeebesturen om tafel om de laatste nacht van december rustig te laten verlopen.",
        False,
        [("Een voetbaltoernooi op 31 december",
          "Het alternatief kwam van de jongeren zelf.",
          "In de laatste nacht van december werden haltes vernield en brandweerlieden "
          "bekogeld. Ouders schaamden zich en de sfeer in de straat was gespannen.",
          ["veiligheid-en-ondermijning", "jeugd"], ["relatiewerk"])]),
    "Joost van der Meulen": ("GM0392", ["openbare-ruimte", "leefbaarheid"],
        ["praktisch-ondersteunen"], [],
        "ongedierte en plaagdieren, knaagdierbestendig afval, vogels voeren ontmoedigen",
        "Medewerker beheer openbare ruimte. Met de plaagdierbeheerder en bewoners pak ik "
        "binnenterreinen aan waar voedselresten en afval liggen.", False, []),
    "Marjolein Dijkstra": ("GM0080", ["participatie", "zorg-en-welzijn"],
        ["praktisch-ondersteunen"], [],
        "digitale inclusie, computervaardigheid voor senioren, online formulieren",
        "Ik organiseer in de bibliotheek een wekelijks spreekuur waar vrijwilligers helpen met "
        "overheidszaken op internet, en cursussen voor wie nooit met een tablet heeft gewerkt.",
        False,
        [("Hulp bij digitale overheidszaken",
          "Een vast inloopuur met vrijwilligers naast je aan tafel.",
          "Zeventigplussers konden hun belastingaangifte en zorgkosten niet meer zelf regelen "
          "sinds alles digitaal ging.", ["participatie"], ["praktisch-ondersteunen"])]),
    "Luuk Verbeek": ("GM0758", ["veiligheid-en-ondermijning", "openbare-ruimte"],
        ["situatie-in-kaart"], [],
        "dumpingen van synthetisch drugsafval, chemisch afval van xtc- en amfetaminelabs",
        "Ik coördineer de aanpak van drugsafval in het buitengebied, met terreinbeheerders, "
        "de omgevingsdienst en de politie: melden, veilig ruimen en daders opsporen.", False,
        [("Gifafval in het natuurgebied",
          "Van een vondst door een wandelaar naar een meldroute voor iedereen.",
          "Wandelaars vonden blauwe tonnen in de struiken; de grond was vervuild en niemand "
          "wist wie de kosten van het opruimen droeg.", ["veiligheid-en-ondermijning"],
          ["situatie-in-kaart"])]),
    "Anouk Beekman": ("GM0150", ["polarisatie"], ["relatiewerk"], ["intermediair"],
        "weerstand tegen de komst van asielzoekers, dialoog bij spanning",
        "Gespreksleider. Ik begeleid informatiebijeenkomsten en dialoogtafels waar emoties "
        "hoog oplopen, zodat voor- en tegenstanders weer naar de ander luisteren.", True,
        [("Van zaal vol boosheid naar klankbordgroep",
          "Een azc-plan dat de wijk verdeelde.",
          "Omwonenden voelden zich overvallen door het besluit van de raad. De eerste "
          "bijeenkomst ontspoorde; daarna kwamen er kleine gesprekken aan huis.",
          ["polarisatie"], ["relatiewerk"])]),
    "Priya Ramdin": ("GM0518", ["energie-en-klimaat", "gezondheid"],
        ["aansluiten-binnen-buiten"], [],
        "hittestress, koele plekken in de wijk, slecht geïsoleerde woningen",
        "Adviseur klimaatadaptatie. Ik maak met thuiszorg, huisartsen en corporaties een "
        "hitteplan, zodat kwetsbare bewoners bij warm weer worden gebeld en opgezocht.", False,
        []),
    "Olga Kovalenko": ("GM0917", ["integratie"], ["relatiewerk"], [],
        "ontheemden en statushouders in tijdelijke onderkomens, contact met omwonenden",
        "Kwam zelf in 2022 uit Charkiv, nu coördinator van een taalcafé. Ik koppel nieuwkomers aan "
        "maatjes en zorg dat jongeren van beide kanten samen sporten en knutselen.", False,
        [("Samen voetballen op het grasveld",
          "Jeugd van de locatie en jeugd uit de omgeving in één team.",
          "Nieuwkomers zaten maanden in een tijdelijke locatie aan de rand van de stad zonder "
          "enig contact met de mensen eromheen.", ["integratie"], ["relatiewerk"])]),
    "Rachid Ouali": ("GM0344", ["leefbaarheid"], ["oplossingswerk"], ["intermediair"],
        "horecaoverlast, afspraken met uitbaters, vergunningen en sluitingstijden",
        "Gebiedsmanager. Ik bemiddel tussen ondernemers en omwonenden bij geluidsoverlast in de "
        "late uren en weet wanneer de burgemeester kan ingrijpen.", False, []),
    "Daphne Kok": ("GM0268", ["jeugd", "zorg-en-welzijn"], ["relatiewerk"], [],
        "jonge mantelzorgers, kinderen met een ziek of verslaafd gezinslid",
        "Ik ondersteun kinderen en tieners die thuis een chronisch zieke ouder bijstaan: "
        "ontlasting, lotgenotengroepen en afspraken met leerkrachten.", False,
        [("Een middag alleen voor jezelf",
          "Een lotgenotengroep voor basisschoolleerlingen die thuis veel doen.",
          "Leerlingen kwamen moe en te laat in de klas omdat ze 's ochtends eerst een ouder "
          "hielpen; niemand op school wist het.", ["jeugd"], ["relatiewerk"])]),
    "Tim Hoekstra": ("GM0153", ["armoede-en-schulden", "onderwijs"],
        ["praktisch-ondersteunen"], [],
        "financiële weerbaarheid van jongvolwassenen, kopen op krediet via webshops",
        "Budgetcoach. Ik geef geldlessen in het mbo en help studenten die hun rekeningen niet "
        "meer overzien, voordat een deurwaarder aanbelt.", False, []),
    "Femke Lammers": ("GM0202", ["armoede-en-schulden", "jeugd"], ["situatie-in-kaart"], [],
        "onderzoek naar gezinnen met een laag inkomen: registerdata, enquêtes, interviews",
        "Onderzoeker bij de gemeente. Ik combineer CBS-gegevens met gesprekken aan de "
        "keukentafel en schrijf rapporten waar college en raad iets mee kunnen.", False,
        [("Wat zeggen de getallen, wat zeggen de gezinnen?",
          "Een armoedemonitor per buurt, aangevuld met dertig interviews.",
          "De raad vroeg om harde gegevens voor extra geld voor minima; er waren alleen "
          "landelijke gemiddelden.", ["armoede-en-schulden"], ["situatie-in-kaart"])]),
    "Jelle Terpstra": ("GM0014", ["leefbaarheid", "werk-en-inclusie"], ["oplossingswerk"],
        ["pionier"],
        "kwartiermaker, tijdelijke invulling van ongebruikt vastgoed, opstarten zonder "
        "blauwdruk",
        "Ik begin dingen die er nog niet zijn: een reparatiewerkplaats in een oud bankgebouw, "
        "een buurtkeuken in een garage. Proberen, bijsturen en pas later regels.", True, []),
    "Mariska Hendriks": ("GM0796", ["wonen", "zorg-en-welzijn"], ["aansluiten-binnen-buiten"],
        ["schakel"],
        "netwerkregie, organisaties laten samenwerken rond één adres of complex",
        "Ik zit casusoverleggen voor en verbind woningbouw, zorgpartners en de gemeente, "
        "zodat ieder weet wat de ander doet en niemand dubbel werk levert.", False, []),
    "Patrick Moonen": ("GM0935", ["wonen", "participatie"], ["relatiewerk"], ["spreekbuis"],
        "reizigersgemeenschap, Sinti en Roma, standplaatsenbeleid",
        "Ik ben opgegroeid tussen reizigers en breng hun zorgen over standplaatsen, "
        "wachtlijsten en handhaving in bij bestuurders en ambtenaren.", False,
        [("Aan tafel bij de wethouder",
          "Na jaren van brieven eindelijk een echt gesprek.",
          "Families wachtten al tien jaar op een plek voor hun kinderen en voelden zich door "
          "de overheid vergeten.", ["wonen"], ["relatiewerk"])]),
}  # fmt: skip
