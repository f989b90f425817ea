"""The seed of the thesaurus: groups of words that mean the same thing in wijk work.

Plain data for the migration that creates :class:`members.models.WordGroup` (coordinators edit
the groups afterwards in ``/beheer/``). One string per group, words and phrases separated by
commas, in any form (the analysis finds the inflections). A group joins what people *type*
("herrie", "tieners") with what colleagues *write* in their profiles and stories ("lawaai",
"jongeren"), so that “Wie bel je?” finds a colleague who describes the same thing in other
words. Groups are about meaning, not about a theme: a theme's own words and synonyms stay on the
theme (``members.vocabulary_data.SYNONYMS``).
"""

from __future__ import annotations

WORD_GROUPS: list[str] = [
    # Young people, groups and hanging around
    "jongeren, jongens, meiden, tieners, pubers, jeugd, jeugdigen, jongelui, hangjongeren, "
    "jeugdgroep, jeugdgroepen",
    "rondhangen, hangen, hangplek, samenscholen, ontmoetingsplek",
    "plein, pleintje, speelveld, trapveld, speelplaats, speeltuin, speelplek, grasveld, "
    "voetbalkooi",
    "kinderen, kids, kind, jonge kinderen, basisschoolkinderen",
    "ouders, vaders, moeders, opvoeders, opvoeding",
    # Nuisance and neighbours
    "lawaai, herrie, geluidsoverlast, geluidshinder, kabaal, geluid, harde muziek",
    "overlast, hinder, ergernis, ergernissen",
    "klagen, klachten, klacht, melden, meldingen, beklag",
    "buren, omwonenden, buurtgenoten, buurman, buurvrouw, buurtbewoners, naaste buren",
    "ruzie, conflict, conflicten, burenruzie, burenconflict, onenigheid, onmin, mot, gedoe",
    "bemiddeling, bemiddelen, buurtbemiddeling, mediation, samen aan tafel, verzoening",
    "feesten, feest, feestjes, party, nachtelijk lawaai",
    # Drugs, crime and undermining
    "dealen, dealers, dealer, drugshandel, drugsverkoop, handel in drugs, handelen",
    "drugs, verdovende middelen, wiet, hasj, cocaïne, coke, harddrugs, softdrugs",
    "kwekerij, hennepkwekerij, wietplantage, hennepteelt, wietkwekerij, plantage, kweken",
    "stroom aftappen, stroomdiefstal, afgetapt, illegale aansluiting, hoog stroomverbruik",
    "ronselen, ronselaars, ronselaar, rekruteren, inpalmen, werven, benaderen",
    "koerier, koeriers, loopjongen, loopjongens, pakketjes, drugskoerier, afleveren, rondbrengen",
    "criminelen, criminaliteit, crimineel, onderwereld, ondermijning, ondermijnend",
    "bedreigd, bedreiging, intimidatie, geïntimideerd, intimideren, onder druk gezet",
    "bang, angst, angstig, ongerust, bezorgd, onveilig gevoel, zorgen maken",
    "huiselijk geweld, mishandeling, mishandeld, geweld achter de voordeur, "
    "kindermishandeling, partnergeweld, ouderenmishandeling, slaan",
    "inbraak, inbraken, inbreken, insluiping",
    "vuurwerk, jaarwisseling, oud en nieuw, explosies, knallen",
    "wijkagent, politie, agent, agenten, handhaving, handhavers, boa, boa's",
    # Housing
    "flat, flats, flatgebouw, portiekflat, galerijflat, hoogbouw, complex, wooncomplex",
    "trappenhuis, trappenhuizen, portiek, portieken, trap, galerij, hal, entree",
    "huurders, huurder, bewoners van de corporatie, huurdersvereniging",
    "corporatie, woningcorporatie, verhuurder, verhuurders, woningbouwvereniging, huisbaas",
    "huurachterstand, huurachterstanden, achterstallige huur, huur niet betalen, "
    "betalingsachterstand, betalingsachterstanden, achter met betalen",
    "slopen, sloop, afbreken, sloop-nieuwbouw, herstructurering, nieuwbouw",
    "terugkeren, terugkeer, terugkomen, terug mogen komen, terugkeergarantie",
    "verhuizen, verhuizing, doorstromen, doorstroming, herhuisvesting",
    "huisjesmelkers, huisjesmelker, malafide verhuurders, particuliere verhuur, "
    "kamerverhuur, verkamering, opgesplitste woningen, opsplitsen, studentenhuizen",
    "overbewoning, overbewoond, te veel mensen in een huis, te veel in één huis",
    "schimmel, vocht, vochtig, lekkage, achterstallig onderhoud, slecht onderhoud, slechte staat",
    "studenten, student, studentenhuis, kamerbewoners",
    "woningtekort, woningnood, wachtlijst, wachttijd, geen woning",
    "dakloos, daklozen, dakloosheid, op straat slapen, buiten slapen, thuisloos",
    # Care and wellbeing
    "verward, in de war, onbegrepen gedrag, verward gedrag, ontregeld, ontregelen, "
    "psychisch kwetsbaar, psychische problemen, verwarde personen",
    "ggz, psychiatrie, psychisch, geestelijke gezondheidszorg, psychiater",
    "dementie, dement, alzheimer, vergeetachtig, geheugenproblemen",
    "mantelzorg, mantelzorger, mantelzorgers, zorgen voor een naaste, jonge mantelzorger",
    "overbelast, overbelasting, uitgeput, opgebrand, het niet meer trekken, respijtzorg, "
    "adempauze, ontlasten",
    "hulpverleners, hulpverlening, instanties, zorgverleners, professionals, "
    "ketenpartners, betrokken organisaties",
    "multiprobleemgezinnen, probleemgezinnen, gezinnen met veel problemen, multiproblematiek, "
    "complexe casus, zware casus",
    "regie, coördinatie, regisseur, één gezin één plan, casusregie",
    "verslaving, verslaafd, alcohol, drank, gokken, middelengebruik",
    "zorgmijders, zorgmijding, zorg mijden, buiten beeld",
    "huisarts, dokter, praktijkondersteuner, poh, gezondheidscentrum",
    "ouderen, senioren, oude mensen, bejaarden, 75-plussers, plussers, hoogbejaard",
    "eenzaam, eenzaamheid, isolement, geïsoleerd, vereenzaamd, vereenzaming, weinig contact, "
    "sociaal isolement",
    "overlijden, overleden, weduwe, weduwnaar, rouw, nabestaanden, partner verloren",
    # Money and poverty
    "armoede, arm, weinig geld, geen geld, krap, rondkomen, minima, geldgebrek, geldzorgen",
    "schulden, schuld, rood staan, betalingsproblemen, geldproblemen, schuldeisers",
    "kinderarmoede, arme gezinnen, leergeld, jeugdfonds, meedoen op school",
    "ontbijt, honger, geen eten, lege maag, schoolontbijt, voedselbank",
    "sportkleding, gymspullen, schoolspullen, schoolreisje, sportclub betalen",
    "schamen, schaamte, taboe, verbergen, niet durven vragen",
    "bijstand, uitkering, uitkeringen, bijstandsuitkering, bijstandsgerechtigden, "
    "uitkeringsgerechtigden, participatiewet, minimuminkomen",
    "energierekening, energiekosten, stookkosten, jaarafrekening, afrekening, gasrekening, "
    "energietoeslag, energiearmoede",
    "betalen, voldoen, afbetalen, betaling",
    "kosten, maandlasten, rekening, duur, prijs, lasten",
    "geld, budget, wijkbudget, buurtbudget, wijkgeld, middelen, potje",
    "uitgeven, besteden, besteding, bestemmen",
    # Work
    "werk, baan, banen, werkloos, werkzoekend, werkzoekenden, aan de slag, arbeidsmarkt, "
    "buurtbanen, werkervaring",
    "vrijwilligerswerk, vrijwilliger, vrijwilligers, meehelpen, vrijwillige inzet",
    "dagbesteding, zinvolle dag, activering, dagritme",
    # School
    "school, scholen, onderwijs, basisschool, middelbare school, leerlingen",
    "thuiszitters, thuiszitten, thuiszitter, schoolverzuim, spijbelen, niet naar school, "
    "leerplicht, leerplichtambtenaar, schooluitval, voortijdig schoolverlaten",
    "kinderopvang, opvang, peuterspeelzaal, voorschool",
    # Health
    "overgewicht, te zwaar, obesitas, gewicht",
    "koken, eten, voeding, maaltijd, maaltijden, gezond eten",
    "bewegen, sport, sporten, buitenspelen, sportvereniging",
    "hitte, hittestress, warmte, oververhitting, te warm",
    # Newcomers and living together
    "statushouders, statushouder, verblijfsvergunning, vluchtelingen, asielzoekers, "
    "nieuwkomers, vergunninghouders, asielmigranten",
    "inburgering, inburgeren, nederlands leren, taalles, taalcursus, taalles volgen",
    "wegwijs, de weg vinden, weg weten, toeleiden, toeleiding, op weg helpen, begeleiden",
    "arbeidsmigranten, arbeidsmigrant, seizoensarbeiders, uitzendkrachten, "
    "oost-europeanen, arbeidsmigratie",
    "discriminatie, racisme, uitsluiting, buitengesloten",
    "spanningen, grimmig, verharding, tegenstellingen, polarisatie, gespannen",
    "groepen, gemeenschappen, gemeenschap, bevolkingsgroepen",
    # Participation and trust
    "zelf bepalen, zeggenschap, inspraak, meebeslissen, beslissen, zelf beslissen, verdelen, "
    "stemmen over",
    "meedenken, mee denken, meepraten, meedoen, participeren, betrekken, co-creatie, "
    "meetekenen, meebeslissen",
    "inrichten, herinrichting, herinrichten, ontwerpen, vormgeven, inrichting",
    "bewonersinitiatief, initiatief, bewonersgroep, bewonersorganisatie, "
    "bewonerscommissie, actieve bewoners, buurtvereniging",
    "buurtfeest, straatfeest, buurtbarbecue, activiteit, buurtactiviteit",
    "zaaltje, ruimte, buurthuis, wijkcentrum, ontmoetingsruimte, buurtkamer, accommodatie",
    "vertrouwen, wantrouwen, vertrouwen kwijt, teleurgesteld, teleurstelling",
    "mislukt, mislukking, gefaald, stukgelopen, misgegaan",
    # Public space
    "afval, vuilnis, vuilniszakken, grofvuil, troep, rommel, zwerfafval, bijplaatsing, "
    "bijplaatsingen, dumpen, dumping, gedumpt, matrassen",
    "containers, container, ondergrondse containers, verzamelcontainer, verzamelcontainers",
    "parkeren, parkeeroverlast, geparkeerd, parkeerplaatsen",
    "verkeer, hardrijden, verkeersveiligheid, scooters, brommers",
    # Energy
    "warmtenet, warmtenetten, stadswarmte, aardgasvrij, van het gas af, warmtetransitie",
    "isolatie, isoleren, tocht, tochtstrips, enkel glas, koud huis",
    # The kinds of work and role images, in everyday words
    "in kaart brengen, in beeld brengen, overzicht, wijkscan, wijkanalyse, analyse, "
    "inventariseren, uitzoeken",
    "cijfers, data, gegevens, statistieken, monitor",
    "gesprekken, interviews, verhalen ophalen, rondgaan, huisbezoeken",
    "experiment, experimenteren, proeftuin, proeftuinen, pilot, uitproberen, proberen, "
    "vernieuwend, innovatie",
    "durven, lef, buiten de gebaande paden, buiten de lijntjes, regels loslaten",
    "beleid, stadhuis, gemeentehuis, beleidsafdelingen, beleidsmakers, ambtenaren, "
    "apparaat, centrale apparaat, ambtelijke organisatie, systeemwereld",
    "schakel, brug, verbinder, bruggenbouwer, verbindingsofficier, doorgeefluik, tussenschakel",
    "signalen, geluiden, wat er leeft, wat er speelt, wat bewoners zeggen",
    "regelen, organiseren, faciliteren, mogelijk maken, van de grond, voor elkaar krijgen",
    "spullen, materiaal, materialen, gereedschap",
    "subsidie, financiering, fonds, bijdrage, subsidieaanvraag",
    "knopen doorhakken, doorbraak, doorbreken, vastgelopen, vastzitten, impasse, escalatie, "
    "escaleren",
    "restpost, vergaarbak, nergens anders past, bij niemand hoort, geen enkele afdeling, "
    "niemand oppakt, tussen wal en schip",
    "sleutelfiguren, sleutelpersonen, informele leiders, vertrouwenspersonen",
]
