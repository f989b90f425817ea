"""The demo data's vocabulary: names, places, organisations, jobs and texts to draw from.

Plain data for ``members.demo``; proportions are written as ``"code:weight|…"`` strings.
"""

from __future__ import annotations

# --- People --------------------------------------------------------------------------------
# origin: (first names, surnames "|"-separated). Names as you meet them in Dutch cities.
NAMES = {
    "nederlands": (
        "Anouk Bas Charlotte Daan Eva Gijs Hanna Ilse Jeroen Lotte Noor Oscar Petra Quinten Sanne "
        "Thijs Vincent Wendy Bram Femke Joost Kees Linda Marieke Pieter Saskia Tom Esther Ingrid "
        "Marloes Sem Lieke Roos Wouter Milan Jolanda Ruud Annelies Merel Jasper Maaike Sander Iris "
        "Niels Floor Koen Judith Maarten Inge Rik Mirjam Erik Astrid Martijn Nicole Frank Karin "
        "Gert-Jan Hester Rob Yvonne Arjen Els Michiel Tessa Lars Renate Hans Wilma Dennis Miriam "
        "Stefan Carla Jelle Fenna Sjoerd Baukje Hidde Loes Wim Anja Jan-Willem Marjolein Bart Ellen",
        "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|"
        "Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|"
        "Nijhuis|van Dam|Kuipers|Veenstra|Postma|van Hulst|Hoekstra|Koster|Prins|Huisman|Willems|"
        "Kok|Wijnands|Verbeek|van Dijk|Janssen|van der Linden|Vermeulen|van der Heijden|van Beek|"
        "Jacobs|Schouten|Hermans|van Vliet|Kramer|van Wijk|Scholten|Martens|van Dongen|Sanders|"
        "Timmermans|Gerritsen|Kuijpers|Bosman|van de Ven|Evers|Molenaar|Claassen|Verhoeven|"
        "de Haan|Koning|van der Veen|Wouters|Boersma|Maas|Peeters|Bouwman|Zijlstra|Groen|Hofman|"
        "van Veen|Lammers|Brinkman|Pronk|Jonker|Stam|Wolters|van Rijn|Veldman|Ploeg|Tuinman|van Es|"
        "Haverkamp|Zwart|Bergsma|de Lange|Snijders|Aarts|Hoogendoorn|Kamphuis|ten Brink|Rietveld",
    ),
    "marokkaans": (
        "Mohammed Fatima Karim Rachid Yasmina Nadia Hamza Said Khadija Samira Soufiane Bilal "
        "Hanane Naima Youssef Latifa Ilham Ayoub Mustafa Nora Redouan Loubna Anouar Siham Tarik "
        "Meryem Driss Zakaria Hafsa Abdelkader",
        "El Amrani|Bouzid|Tahiri|El Idrissi|Benali|Ait Taleb|Ouali|Azzouz|El Khatib|Boukhari|"
        "Bakkali|Ziani|El Ouardi|Chaouch|Aharouay|El Hamdaoui|Amghar|Essafi|Lamrani|Ben Ali|"
        "El Moussaoui|Haddouchi|Ait Hamou",
    ),
    "turks": (
        "Emre Ayşe Zeynep Mehmet Hatice Fatma Burak Elif Serkan Özlem Murat Esra Hakan Gül Kübra "
        "Sevda Tuncay Yasemin Erdal Derya Mert Selin Cem Büşra Orhan Hülya Kadir Aylin",
        "Yilmaz|Kaya|Şahin|Demir|Çelik|Yıldız|Öztürk|Aydın|Arslan|Doğan|Koç|Kurt|Özdemir|Yücel|"
        "Aksoy|Güler|Kılıç|Polat|Bulut|Karaca|Taş|Ünal|Tekin",
    ),
    "surinaams": (
        "Ricardo Sharon Roy Gerda Marciano Priya Rajesh Shanti Anil Kavita Jurgen Denise Glenn "
        "Romano Sunita Ashwin Reshma Dinesh Shirley Clarence Natasha Ramon Rosita Chandni Errol "
        "Jerrel Melissa",
        "Pinas|Soekhoe|Ramdin|Sewdien|Biharie|Ramsaran|Kanhai|Bhola|Mahabier|Ramcharan|Sedney|"
        "Dwarka|Wijngaarde|Sabajo|Kromodimedjo|Karijopawiro|Sardjoe|Jadnanansing|Pengel|Mangroe|"
        "Bhagwandin|Tjon A Fong",
    ),
    "indisch-moluks": (
        "Dewi Putri Rudy Ferry Sari Indra Johnny Nancy Wati Rina Budi Agus Ratna Hendra Lestari "
        "Ronny Mona Yolanda Edwin Tanja",
        "Pattipeilohy|Latuhihin|Tahapary|Sahertian|Wattimena|Lilipaly|Manuhutu|Pattinama|Siahaya|"
        "Lokollo|Nanlohy|Tuhumury|Leiwakabessy|Hehanussa|Sopacua|Simatupang|Hutapea|Kartosen",
    ),
    "caribisch": (
        "Rignald Jurmaine Gisela Eugenia Jermaine Cheryl Shanella Orlando Rudsel Claudette Giovanni",
        "Martina|Maduro|Isenia|Rosaria|Cijntje|Wernet|Sulvaran|Winklaar|Girigorie|Albertus|Janga",
    ),
    "overig": (
        "Agnieszka Tomasz Katarzyna Piotr Kwame Abena Kofi Ama Ahmad Rania Hassan Amina Farah "
        "Dragan Ivana Ana Thanh Linh",
        "Nowak|Kowalczyk|Mensah|Owusu|Boateng|Asante|Haddad|Al-Hassan|Ahmed|Warsame|Jovanović|"
        "Santos|Fernandes|Nguyen|Tran",
    ),
}
ORIGINS_CITY = (
    "nederlands:55|marokkaans:12|turks:10|surinaams:10|indisch-moluks:4|caribisch:4|overig:5"
)
ORIGINS_TOWN = (
    "nederlands:80|marokkaans:5|turks:5|surinaams:3|indisch-moluks:3|caribisch:1|overig:3"
)

# --- Places --------------------------------------------------------------------------------
# Population in tens of thousands (roughly); weights are compressed so that small
# municipalities still get members. Every other municipality weighs as a town of 25,000.
POPULATION = (
    "Amsterdam:93|Rotterdam:66|Den Haag:56|Utrecht:37|Eindhoven:24|Groningen:24|Tilburg:23|"
    "Almere:22|Breda:19|Nijmegen:18|Apeldoorn:17|Arnhem:17|Haarlem:17|Haarlemmermeer:16|"
    "Enschede:16|Amersfoort:16|Zaanstad:16|'s-Hertogenbosch:16|Zwolle:13|Leiden:13|"
    "Zoetermeer:13|Leeuwarden:13|Ede:12|Maastricht:12|Dordrecht:12|Westland:11|"
    "Alphen aan den Rijn:11|Alkmaar:11|Emmen:11|Delft:10|Venlo:10|Deventer:10|Sittard-Geleen:9|"
    "Helmond:9|Oss:9|Amstelveen:9|Hilversum:9|Súdwest-Fryslân:9|Heerlen:9|Hoeksche Waard:9|"
    "Nissewaard:9|Purmerend:9|Meierijstad:8|Lelystad:8|Schiedam:8|Leidschendam-Voorburg:8|"
    "Hengelo:8|Roosendaal:8|Gouda:7|Vlaardingen:7|Almelo:7|Capelle aan den IJssel:7|Assen:7|"
    "Veenendaal:7|Katwijk:7|Zeist:7|Nieuwegein:6|Den Helder:6|Hoorn:7|Velsen:7|Lansingerland:6"
)
CITY_POPULATION = 15  # from here on: city names, several organisations of a kind
WIJKEN = {
    "Amsterdam": "Bijlmermeer|Slotervaart|De Pijp|Osdorp|Geuzenveld|Indische Buurt|"
    "Kolenkitbuurt|Transvaalbuurt|Tuindorp Oostzaan|Holendrecht|Van der Pekbuurt",
    "Rotterdam": "Feijenoord|Bospolder|Tussendijken|Carnisse|Charlois|Het Oude Noorden|"
    "Lombardijen|Pendrecht|Afrikaanderwijk|Tarwewijk|Hillesluis|Ommoord",
    "Den Haag": "Schilderswijk|Transvaal|Moerwijk|Laak|Duindorp|Mariahoeve|Bouwlust|Spoorwijk",
    "Utrecht": "Kanaleneiland|Overvecht|Zuilen|Lombok|Ondiep|Hoograven|Transwijk|Taag- en Rijnwijk",
    "Eindhoven": "Woensel-West|Doornakkers|Lakerlopen|Drents Dorp|Tongelre|Kronehoef",
    "Groningen": "Selwerd|Paddepoel|De Hoogte|Vinkhuizen|Beijum|Lewenborg|Oosterpark|Korrewegwijk",
    "Tilburg": "De Reit|Groenewoud|Tilburg-Noord|Het Zand|Stokhasselt|Korvel|Jeruzalem",
    "Almere": "Haven|Muziekwijk|Stedenwijk|Filmwijk|Tussen de Vaarten|Kruidenwijk",
    "Breda": "Noordoost|Heuvel|Tuinzigt|Hoge Vucht|Doornbos-Linie|Princenhage",
    "Nijmegen": "Hatert|Dukenburg|Lindenholt|Wolfskuil|Bottendaal|Willemskwartier",
    "Arnhem": "Malburgen|Presikhaaf|Klarendal|Het Broek|Geitenkamp|Arnhemse Broek",
    "Haarlem": "Schalkwijk|Parkwijk|Delftwijk|Meerwijk|Boerhaavewijk",
    "Enschede": "Velve-Lindenhof|Pathmos|Deppenbroek|Wesselerbrink|Twekkelerveld",
    "Zwolle": "Holtenbroek|Diezerpoort|Aa-landen|Stadshagen",
    "Leeuwarden": "Heechterp-Schieringen|Vrijheidswijk|Oud-Oost|Bilgaard|Camminghaburen",
    "Maastricht": "Malberg|Pottenberg|Nazareth|Wittevrouwenveld|Caberg",
    "Amersfoort": "Kruiskamp|Liendert|Soesterkwartier|Schothorst",
    "'s-Hertogenbosch": "Kruiskamp|De Muntel|Graafsewijk|Hambaken|Rosmalen-Zuid",
    "Dordrecht": "Crabbehof|Wielwijk|Krispijn|Sterrenburg",
    "Zaanstad": "Poelenburg|Peldersveld|Kogerveld|Rosmolenwijk",
    "Deventer": "Rivierenwijk|Keizerslanden|Voorstad-Oost",
    "Leiden": "Leiden-Noord|De Kooi|Stevenshof|Slaaghwijk",
    "Delft": "Buitenhof|Tanthof|Poptahof|Voorhof",
    "Apeldoorn": "Zevenhuizen|De Maten|Zuidbroek|Kerschoten",
    "Zoetermeer": "Meerzicht|Palenstein|Oosterheem|Buytenwegh",
    "Schiedam": "Nieuwland|Groenoord|Oost",
    "Vlaardingen": "Westwijk|Babberspolder|Holy",
    "Heerlen": "Meezenbroek|Heerlerheide|Hoensbroek",
    "Emmen": "Angelslo|Emmerhout|Bargeres",
    "Gouda": "Korte Akkeren|Oosterwei|Plaswijck",
    "Lelystad": "Atolwijk|Boswijk|Waterwijk",
}
GENERIC_WIJKEN = (
    "Centrum-Oost|Molenwijk|Bloemenbuurt|Vogelwijk|Schildersbuurt|Componistenbuurt|"
    "Stationsbuurt|De Bongerd|Kerkbuurt|Rivierenbuurt|Sterrenwijk|De Horst|Oranjewijk|Het Hof|"
    "De Akkers|Zuiderpark|Bomenbuurt|Oosterpark|De Burgen|Tuindorp|Westwijk|De Vaart|Het Veld"
)
# The ten regional police units, by province code; municipalities named below are exceptions.
POLICE_UNITS = {
    "PV20": "Noord-Nederland", "PV21": "Noord-Nederland", "PV22": "Noord-Nederland",
    "PV23": "Oost-Nederland", "PV25": "Oost-Nederland", "PV24": "Midden-Nederland",
    "PV26": "Midden-Nederland", "PV27": "Noord-Holland", "PV28": "Den Haag",
    "PV29": "Zeeland-West-Brabant", "PV30": "Oost-Brabant", "PV31": "Limburg",
}  # fmt: skip
POLICE_EXCEPTIONS = {
    "Amsterdam": "Amsterdam|Amstelveen|Diemen|Ouder-Amstel|Aalsmeer|Uithoorn",
    "Rotterdam": "Rotterdam|Schiedam|Vlaardingen|Maassluis|Capelle aan den IJssel|"
    "Krimpen aan den IJssel|Barendrecht|Ridderkerk|Albrandswaard|Nissewaard|Voorne aan Zee|"
    "Hoeksche Waard|Goeree-Overflakkee|Lansingerland|Dordrecht|Zwijndrecht|Papendrecht|"
    "Sliedrecht|Alblasserdam|Hendrik-Ido-Ambacht|Gorinchem|Molenlanden|Hardinxveld-Giessendam",
    "Zeeland-West-Brabant": "Breda|Tilburg|Roosendaal|Bergen op Zoom|Etten-Leur|Oosterhout|"
    "Waalwijk|Dongen|Gilze en Rijen|Moerdijk|Halderberge|Rucphen|Zundert|Woensdrecht|Altena|"
    "Steenbergen|Geertruidenberg|Drimmelen|Goirle|Hilvarenbeek|Oisterwijk|Loon op Zand|"
    "Baarle-Nassau|Alphen-Chaam",
}

# --- Work ----------------------------------------------------------------------------------
ORGANISATION_TYPES = (
    "gemeente:44|welzijnsorganisatie:16|woningcorporatie:11|politie:8|zorg:6|"
    "bewonersorganisatie:4|onderwijs:3|adviesbureau:3|kennisinstelling:2|overig:3"
)
# Per organisation type: weighted job titles, and organisation names ({m} municipality,
# {wijk} neighbourhood, {unit} police unit, {province}). Types marked national draw freely.
JOBS = {
    "gemeente": "wijkregisseur:5|wijkambtenaar:4|gebiedsmanager:4|wijkcoördinator:3|"
    "gebiedsregisseur:2|beleidsadviseur wijkgericht werken:2|wijkmanager:2|kwartiermaker|"
    "wijknetwerker|gebiedsadviseur|programmamanager wijkaanpak|buurtconciërge|gebiedsmakelaar",
    "woningcorporatie": "consulent wonen:3|wijkconsulent:3|woonconsulent:2|wijkbeheerder:2|"
    "huismeester:2|leefbaarheidsconsulent:2|sociaal beheerder|complexbeheerder",
    "welzijnsorganisatie": "opbouwwerker:4|sociaal makelaar:3|sociaal werker:3|wijknetwerker:2|"
    "jongerenwerker:2|buurtconciërge|buurtsportcoach|community builder|ouderenwerker",
    "politie": "wijkagent:8|wijkagent jeugd|operationeel expert gebiedsgebonden politie",
    "zorg": "wijkverpleegkundige:3|sociaal werker wijkteam:3|casusregisseur|gezondheidsmakelaar|"
    "wijkteamcoördinator",
    "onderwijs": "schoolmaatschappelijk werker:2|ouderconsulent:2|brede-schoolcoördinator",
    "bewonersorganisatie": "voorzitter bewonersorganisatie:2|bewonersondersteuner:2|"
    "actief bewoner:2|secretaris wijkraad|coördinator buurthuis",
    "adviesbureau": "adviseur wijkgericht werken:3|procesbegeleider:2|kwartiermaker:2|"
    "adviseur participatie:2|interim-gebiedsmanager",
    "kennisinstelling": "onderzoeker:3|docent-onderzoeker:2|senior adviseur:2|"
    "lector wijkgericht werken",
    "overig": "straatcoach:2|buurtpastor|ervaringsdeskundige|sleutelpersoon|"
    "coördinator voedselbank|buurtconciërge",
}
ORGANISATIONS = {
    "gemeente": "Gemeente {m}",
    "woningcorporatie": "Wooncorporatie {m}|Woonstichting {m}|{m} Wonen|Woonbedrijf {m}",
    "welzijnsorganisatie": "Welzijn {m}|Stichting Welzijn {m}|Buurtwerk {m}|Stichting Samen {m}",
    "politie": "Politie Eenheid {unit}",
    "zorg": "Sociaal Wijkteam {m}|Wijkteam {m}|Buurtzorg {m}|Zorggroep {m}",
    "onderwijs": "Brede School {wijk}|Stichting Openbaar Onderwijs {m}|Kindcentrum {wijk}",
    "bewonersorganisatie": "Bewonersorganisatie {wijk}|Wijkraad {wijk}|Huurdersvereniging {m}|"
    "Stichting Buurthuis {wijk}",
    "adviesbureau": "Bureau Wijkzaken|Stad & Wijk Advies|Kwartiermakers Collectief|"
    "Bureau Buitenkant|Van Straat tot Stadhuis|Het Wijkatelier|Bureau Dichtbij",
    "kennisinstelling": "Movisie|Platform31|Verwey-Jonker Instituut|Hogeschool van Amsterdam|"
    "Hogeschool Rotterdam|Hogeschool Utrecht|Fontys Hogescholen|Hanzehogeschool Groningen|"
    "Avans Hogeschool|Saxion",
    "overig": "Stichting {m} Samen|Buurtbedrijf {m}|Kerk in de Wijk {m}|Voedselbank {m}",
}
NATIONAL = ("adviesbureau", "kennisinstelling")

# --- Profile vocabulary (by code; terms a coordinator adds later weigh 1) ------------------
QUALITY_WEIGHTS = "verbindend:10|open:6|gedreven:5|bricolerend:3"
THEME_WEIGHTS = (
    "leefbaarheid:10|veiligheid-en-ondermijning:8|zorg-en-welzijn:8|participatie:6|"
    "armoede-en-schulden:6|wonen:6|jeugd:5|eenzaamheid:4|openbare-ruimte:4|gezondheid:3|"
    "integratie:3|polarisatie:2|energie-en-klimaat:2|onderwijs:2|werk-en-inclusie:2"
)
THEME_BOOSTS = {  # an organisation type makes some themes likelier
    "politie": {"veiligheid-en-ondermijning": 4, "jeugd": 2},
    "woningcorporatie": {"wonen": 4, "leefbaarheid": 2},
    "zorg": {"zorg-en-welzijn": 3, "gezondheid": 3, "eenzaamheid": 2},
    "welzijnsorganisatie": {"participatie": 2, "eenzaamheid": 2, "armoede-en-schulden": 2},
    "onderwijs": {"onderwijs": 5, "jeugd": 3},
    "bewonersorganisatie": {"participatie": 3, "openbare-ruimte": 2},
}
WORK_WEIGHTS = (
    "aansluiten-binnen-buiten:5|relatiewerk:5|situatie-in-kaart:4|oplossingswerk:4|"
    "praktisch-ondersteunen:3"
)
ROLE_WEIGHTS = "schakel:5|intermediair:4|verlengstuk:3|spreekbuis:3|pionier:3|vergaarbak:2"
# How many of each a profile has (count:weight).
COUNTS = {
    "qualities": "1:30|2:42|3:20|4:8",
    "themes": "1:20|2:35|3:30|4:15",
    "work": "1:30|2:45|3:25",
    "roles": "0:25|1:45|2:30",
    "tags": "0:15|1:15|2:25|3:20|4:15|5:10",
    "wijken": "0:8|1:50|2:30|3:12",
}
STATUSES = "active:90|pending:7|alumni:3"
VISIBILITIES = "members:75|public:22|hidden:3"
# Expertise tags by theme (earlier ones are more common); "" is not tied to a theme.
TAGS = {
    "": "straatgesprekken|sociale kaart|achter-de-voordeur|integrale aanpak|wijkdata|"
    "gebiedsgericht werken|huisbezoeken|doorbraakaanpak|netwerkkaart|outreachend werken|intervisie",
    "leefbaarheid": "wijkschouw|buurtbudget|wijkagenda|buurtnetwerken|wijkvisie",
    "veiligheid-en-ondermijning": "ondermijning|buurtpreventie|woonoverlast|drugsoverlast|"
    "hennepkwekerij|jongerenoverlast|cameratoezicht",
    "armoede-en-schulden": "schuldhulp|vroegsignalering|voedselbank|energiearmoede|"
    "keukentafelgesprek",
    "wonen": "portiekgesprekken|complexgerichte aanpak|burenruzies|huurdersparticipatie|"
    "herstructurering",
    "zorg-en-welzijn": "zorgmijders|mantelzorg|verwarde personen|wijkteams",
    "participatie": "bewonersinitiatieven|burgerbegroting|right to challenge|buurtbemiddeling|"
    "burgerberaad|omgevingswet",
    "jeugd": "jongerenwerk|buurtsport|speelplekken|straatcoaches",
    "eenzaamheid": "eenzaamheid ouderen|buurtkamer|burenhulp",
    "polarisatie": "sleutelfiguren|dialoogtafels|radicalisering",
    "openbare-ruimte": "groen in de wijk|tegelwippen|zwerfafval",
    "energie-en-klimaat": "energiecoaches|wijkwarmte|hittestress",
    "onderwijs": "brede school|laaggeletterdheid|ouderbetrokkenheid",
    "werk-en-inclusie": "taalmaatjes|werkcoaching|buurtbedrijf",
    "gezondheid": "positieve gezondheid|gezonde wijk",
    "integratie": "nieuwkomers|statushouders|inburgering",
}
QUALITY_EXAMPLES = {
    "open": "Ik ga eerst koffie drinken voordat ik een plan maak.|Ik stel liever een vraag te "
    "veel dan een te weinig.|Ik laat bewoners eerst hun eigen verhaal vertellen.|Ik begin elk "
    "overleg met de vraag wat er echt speelt.|Ik houd de vrijdag vrij voor wat er binnenkomt.|"
    "Ik zoek de bewoners op die nooit naar een inspraakavond komen.",
    "gedreven": "Ik houd vast aan de afspraak met bewoners, ook als het stadhuis gaat schuiven.|"
    "Ik laat een dossier pas los als er echt iets veranderd is.|Ik maak van een klacht een "
    "opdracht met een eigenaar en een datum.|Ik blijf bellen tot iemand zich eigenaar voelt.|"
    "Ik zet de wijkagenda elk kwartaal bij de wethouder op tafel.",
    "verbindend": "Ik breng de woningcorporatie en de huurders aan één tafel.|Ik ken de "
    "sleutelfiguren in de wijk bij naam.|Ik vertaal wat bewoners zeggen naar de taal van beleid, "
    "en terug.|Ik zorg dat de wijkagent en het jongerenwerk elkaar vaker spreken.|Ik koppel "
    "bewoners met een idee aan wie hen verder kan helpen.|Ik nodig juist mensen uit die het niet "
    "met elkaar eens zijn.",
    "bricolerend": "Ik regel een busje als de gemeente er drie weken over doet.|Ik los het eerst "
    "op en vul daarna het formulier in.|Ik heb altijd vuilniszakken en een ladder in de auto.|"
    "Ik vind een potje als er geen budget is.|Ik maak van een leeg winkelpand een buurtkamer.",
}
BIO = {
    "opening": "Ik ben {job} bij {org} en werk vooral in {place}.|Sinds {since} werk ik als "
    "{job} in {place}.|Al {years} jaar zit ik in de wijkaanpak, nu als {job} bij {org}.|Als {job} "
    "ben ik het aanspreekpunt voor bewoners en partners in {place}.|Mijn werkplek is de straat in "
    "{place}; op papier ben ik {job} bij {org}.|Ik werk als {job} voor {org}, met {place} als "
    "thuisbasis.",
    "focus": "Mijn werk draait om {t1}, en steeds vaker ook om {t2}.|Ik houd me vooral bezig met "
    "{t1} en {t2}.|Op mijn bord komt van alles terecht, maar {t1} is de rode draad.|In mijn "
    "werkgebied speelt vooral {t1}; daar ligt mijn focus.|Ik zit op het snijvlak van {t1} en {t2}.",
    "belief": "Ik geloof dat de oplossing meestal al in de wijk zit.|Eerst luisteren, dan pas een "
    "plan.|Ik ben liever een dag te vroeg bij een bewoner dan een dag te laat.|Het mooiste vind "
    "ik het als bewoners het zelf oppakken en ik een stap terug kan doen.|Ik ben niet van de "
    "lange nota's, wel van de korte lijntjes.|Ik probeer de taal van de wijk en die van het "
    "stadhuis allebei te spreken.|Koffie drinken is bij mij geen bijzaak maar de kern van het "
    "werk.|Ik denk in mogelijkheden, niet in loketten.|Elke wijk is anders, dus elke aanpak ook.|"
    "Vertrouwen opbouwen kost jaren en is in een week weg; daar ben ik zuinig op.",
    "background": "Daarvoor werkte ik jaren in het jongerenwerk.|Ik ben begonnen als huismeester "
    "en nooit meer uit de wijk weggegaan.|Ik ben zelf opgegroeid in een wijk als deze.|Ik "
    "studeerde sociologie en bleef hangen in de praktijk.|Eerder zat ik op het stadhuis, maar de "
    "wijk trok harder.|Voor deze baan was ik wijkverpleegkundige.|Ik kom uit het onderwijs en zie "
    "veel gezinnen terug die ik van school ken.|Naast mijn werk ben ik vrijwilliger bij de "
    "voedselbank.",
    "closing": "Bel gerust als je met een vergelijkbare vraag zit.|Ik deel graag wat werkt, en "
    "wat niet.|Ik zoek sparringpartners in andere gemeenten.|Loop gerust eens een dag mee.",
}
ASK_TOPICS = (
    "drugsoverlast in portiekflats|een buurtbudget opzetten|samenwerken met de wijkagent|"
    "bewoners betrekken die nooit komen|de weg in het stadhuis|straatgesprekken voeren|"
    "burenruzies de-escaleren|een wijkschouw organiseren|vroegsignalering van schulden|"
    "eenzaamheid onder ouderen|jongeren die rondhangen|een buurthuis draaiende houden|"
    "omgaan met de gemeenteraad|huisbezoeken bij zorgmijders|de Omgevingswet in de wijk|"
    "energiearmoede aanpakken|ondermijning herkennen|wijkdata lezen en gebruiken|"
    "participatie bij sloop en nieuwbouw|een wijkagenda maken met bewoners|"
    "samenwerken met de woningcorporatie|signalen van huiselijk geweld|"
    "spanningen tussen groepen in de buurt|vrijwilligers vasthouden|subsidie voor bewoners"
)
