"""The seed of the thesaurus: groups of words that mean the same thing in wijk work.

Plain data for the migration that creates :class:`members.models.WordGroup` (coordinators edit
the groups afterwards in ``/beheer/``). One string per group, words and phrases separated by
commas, in any form (the analysis finds the inflections). A group joins what people *type*
("herrie", "tieners") with what colleagues *write* in their profiles and stories ("lawaai",
"jongeren"), so that “Wie bel je?” finds a colleague who describes the same thing in other
words. Groups are about meaning, not about a theme: a theme's own words and synonyms stay on the
theme (``members.vocabulary_data.SYNONYMS``).

The groups are ordered by area (the themes, then the kinds of work and the role images) and pair
everyday words, slang, abbreviations and brand names with the terms professionals write
("kliko" with "minicontainer", "wmo" with "wet maatschappelijke ondersteuning"), and signals
with the phenomenon they point to ("afgeplakte ramen" with "hennepkwekerij"). A phrase counts
only when each of its meaningful words occurs (stop words such as "niet", "geen" or "zelf" are
dropped), so a phrase keeps at least two meaningful words; a single word should be specific
enough not to match every description.

``WORD_GROUPS`` is the first edition (migration 0012, unchanged since it ran);
``WORD_GROUPS_2026_12`` the second (migration 0013): what residents and busy professionals see,
hear, smell and complain about, in their words, joined to the term colleagues write.
``tests/test_thesaurus.py`` checks every group of both: two words at least, none empty, none only
stop words, no single word that almost every description contains.
"""

from __future__ import annotations

WORD_GROUPS: list[str] = [
    # Young people, groups and hanging around
    "jongeren, jongens, meiden, tieners, pubers, jeugd, jeugdigen, jongelui, hangjongeren, "
    "jeugdgroep, jeugdgroepen",
    "rondhangen, hangen, hangplek, samenscholen, ontmoetingsplek",
    "plein, pleintje, speelveld, trapveld, speelplaats, speeltuin, speelplek, grasveld, "
    "voetbalkooi, speeltoestellen, speeltoestel, schommel, glijbaan, klimrek, cruyff court",
    "kinderen, kids, kind, jonge kinderen, basisschoolkinderen",
    "ouders, vaders, moeders, opvoeders, opvoeding",
    # Nuisance and neighbours
    "lawaai, herrie, geluidsoverlast, geluidshinder, kabaal, geluid, harde muziek, muziekoverlast, "
    "bonkende bas",
    "overlast, hinder, ergernis, ergernissen",
    "klagen, klachten, klacht, melden, meldingen, beklag",
    "buren, omwonenden, buurtgenoten, buurman, buurvrouw, buurtbewoners, naaste buren",
    "ruzie, conflict, conflicten, burenruzie, burenconflict, onenigheid, onmin, mot, gedoe",
    "bemiddeling, bemiddelen, buurtbemiddeling, mediation, samen aan tafel, verzoening",
    "feesten, feest, feestjes, party, nachtelijk lawaai",
    # Liveability: neglect, litter, animals and nuisance between neighbours
    "verloedering, verpaupering, verval, vervallen, afglijden, verslonzing, "
    "verwaarloosd straatbeeld, achteruitgang",
    "kliko, kliko's, minicontainer, minicontainers, rolcontainer, vuilnisbak, vuilnisbakken, "
    "afvalpas, prullenbak, prullenbakken, afvalbak, afvalbakken, peukenbak",
    "afvalscheiding, afval scheiden, recyclen, recycling, pmd, gft, restafval, omgekeerd inzamelen, "
    "diftar, statiegeld",
    "schoonmaakactie, opschoonactie, opschoondag, prikactie, afvalprikken, prikploeg, veegactie, "
    "zwerfafvalactie",
    "hondenpoep, hondendrollen, hondenuitlaatplaats, uitlaatplaats, opruimplicht, poepzakjes, "
    "hondenoverlast, blaffende hond, gevaarlijke hond, vechthonden, bijtincident, "
    "loslopende honden, aanlijnplicht",
    "ongedierte, ratten, rattenoverlast, muizen, kakkerlakken, bedwantsen, vlooien, plaagdieren, "
    "ongediertebestrijding, duiven voeren, vogels voeren, brood voeren, meeuwen, duivenoverlast, "
    "voerverbod",
    "dierenverwaarlozing, dierenmishandeling, verwaarloosde dieren, dierenpolitie, dierenambulance, "
    "dierenbescherming, zwerfkatten, kattenoverlast",
    "vandalisme, vernieling, vernielingen, vernield, vernielzucht, kapotgemaakt, baldadigheid, "
    "graffiti, bekladding, beklad, tags, taggen, kladderen",
    "houtstook, houtrook, houtkachel, open haard, vuurkorf, rookoverlast, stookoverlast, "
    "stankoverlast, geuroverlast",
    "gehorigheid, gehorig, contactgeluid, loopgeluid, dunne muren, geluidsisolatie, laminaat, "
    "houten vloer",
    "burenoverlast, woonoverlast, overlastgevers, overlastgevend, asociale buren, buren van de hel, "
    "probleemburen",
    "leegstand, leegstaand, leeg pand, leegstaande winkels, dichtgetimmerd, verlaten pand, "
    "antikraak, anti-kraak, leegstandbeheer, leegstandbeheerder",
    "verwaarloosde tuin, tuinonderhoud, tuin onderhouden, overwoekerde tuin, rommeltuin, tuinafval",
    "achterpad, achterpaden, brandgang, brandgangen, steeg, steegjes, achterom, poortje",
    # Drugs, crime and undermining
    "dealen, dealers, dealer, drugshandel, drugsverkoop, handel in drugs, handelen, drugspand, "
    "dealpand, drugswoning, dealadres, loopverkeer, korte bezoekjes",
    "drugs, verdovende middelen, wiet, hasj, cocaïne, coke, harddrugs, softdrugs, xtc, ecstasy, "
    "ketamine, ghb, 3-mmc, partydrugs, blowen, blowers, joints, jointje",
    "kwekerij, hennepkwekerij, wietplantage, hennepteelt, wietkwekerij, plantage, kweken, "
    "afgeplakte ramen, dichtgeplakte ramen, zoemend geluid, hennepgeur, wietlucht",
    "stroom aftappen, stroomdiefstal, afgetapt, illegale aansluiting, hoog stroomverbruik",
    "ronselen, ronselaars, ronselaar, rekruteren, inpalmen, werven, benaderen",
    "koerier, koeriers, loopjongen, loopjongens, pakketjes, drugskoerier, afleveren, rondbrengen",
    "criminelen, criminaliteit, crimineel, onderwereld, ondermijning, ondermijnend",
    "bedreigd, bedreiging, intimidatie, geïntimideerd, intimideren, onder druk gezet, afpersing, "
    "afpersen, afgeperst, chantage, gechanteerd",
    "bang, angst, angstig, ongerust, bezorgd, onveilig gevoel, ongerustheid, onveiligheidsgevoel, "
    "veiligheidsgevoel",
    "huiselijk geweld, mishandeling, mishandeld, geweld achter de voordeur, kindermishandeling, "
    "partnergeweld, ouderenmishandeling, slaan, veilig thuis, meldcode, huisverbod, "
    "tijdelijk huisverbod, blauwe plekken",
    "inbraak, inbraken, inbreken, insluiping, woninginbraak, inbrekers, ingebroken, insluipers",
    "vuurwerk, jaarwisseling, explosies, knallen, oudejaarsavond, oudejaarsnacht, vuurwerkoverlast, "
    "vuurwerkverbod, illegaal vuurwerk, carbid, carbidschieten, cobra, cobra's",
    "wijkagent, politie, agent, agenten, handhaving, handhavers, boa, boa's",
    # Safety: undermining, violence, exploitation and enforcement
    "drugslab, drugslabs, xtc-lab, productielocatie, synthetische drugs, drugsafval, drugsdumping, "
    "anijslucht, chemische lucht, jerrycans, vaten",
    "lachgas, lachgasballonnen, lachgaspatronen, lachgastanks, lachgasflessen, ballonnetjes",
    "uithalers, uithalen, drugssmokkel, cocaïnesmokkel, smokkel, havencriminaliteit, "
    "bolletjesslikkers",
    "witwassen, witwaspraktijken, zwart geld, crimineel geld, dure auto's, onverklaarbare rijkdom, "
    "contante betalingen, cash betalen",
    "snel geld, snel geld verdienen, dure kleding, merkkleding, dure spullen, onverklaarbaar geld, "
    "patsen, flexen",
    "geldezel, geldezels, bankrekening uitlenen, pinpas uitlenen, rekening verhuren, money mules, "
    "katvanger, katvangers, stroman, stromannen, op naam zetten, auto op naam",
    "malafide ondernemingen, verdachte bedrijven, louche zaakjes, dekmantel, witwaszaak, "
    "witwaswinkels, lege winkels zonder klanten, barbershops, belwinkels, nagelstudio's, "
    "minimarkten",
    "bibob, wet bibob, bibob-toets, integriteitsonderzoek, integriteitstoets, vergunning geweigerd, "
    "screening ondernemer",
    "woningsluiting, pandsluiting, bestuurlijke sluiting, damocles, wet damocles, artikel 13b, "
    "sluitingsbevel, woning op slot, pand op slot",
    "aanslag, aanslagen, explosief, explosieven, handgranaat, ontploffing, ontploffingen, "
    "beschieting, beschoten, schietpartij, schietincident, liquidatie, plofkraak",
    "wapens, wapenbezit, mes, messen, messenbezit, steekwapen, steekpartij, neergestoken, "
    "vuurwapen, wapeninleveractie",
    "diefstal, diefstallen, fietsendiefstal, autokraak, heling, winkeldiefstal, straatroof, "
    "beroving, beroofd, overval, overvallen, tasjesroof, zakkenrollers",
    "vechtpartij, vechtpartijen, vechten, knokpartij, knokken, klappen, uitgaansgeweld, "
    "straatgeweld, geweldsincident",
    "agressie, agressief, agressief gedrag, dreigend gedrag, geweld tegen hulpverleners, "
    "agressie tegen medewerkers, woede-uitbarsting",
    "brand, brandstichting, brandgesticht, autobrand, autobranden, containerbrand, pyromaan, "
    "rookmelder, rookmelders, brandveiligheid, brandpreventie, brandweer, brandgevaar",
    "jeugdcriminaliteit, jeugdcriminelen, criminele jongeren, verkeerde pad, foute vrienden, "
    "verkeerde vrienden, verkeerde vriendenkring, risicojongeren, kwetsbare jongeren, "
    "jongeren op het randje, probleemjongeren, risicogedrag",
    "jeugdoverlast, groepsaanpak, jeugdgroepaanpak, beke-methode, shortlistmethodiek, "
    "persoonsgerichte aanpak, pga, top600, top400",
    "drillrap, drill, drillraps, dissen, disstracks, rivaliserende groepen, jeugdbendes, bendes, "
    "straatbendes, bendevorming, conflicten tussen groepen",
    "motorclubs, outlaw motorgangs, outlaw motorclubs, hells angels, satudarah, no surrender",
    "halt, halt-straf, taakstraf, jeugdreclassering, reclassering, reclasseringswerker, proeftijd, "
    "enkelband, detentie, gevangenis, ex-gedetineerden, nazorg gedetineerden",
    "uitbuiting, uitgebuit, mensenhandel, arbeidsuitbuiting, criminele uitbuiting, "
    "gedwongen arbeid, onderbetaling, paspoort afgepakt, paspoort ingenomen, schuldslavernij, "
    "koppelbaas, malafide uitzendbureau, zwartwerk, zwart werken",
    "loverboy, loverboys, pooierboy, tienerpooier, seksuele uitbuiting, gedwongen prostitutie",
    "prostitutie, sekswerk, sekswerkers, prostituees, escort, thuisprostitutie, raamprostitutie, "
    "illegale prostitutie, massagesalon, erotische massage",
    "straatintimidatie, nafluiten, nasissen, lastigvallen, lastiggevallen, seksuele intimidatie, "
    "catcalling, stalking, stalker, belaging, achtervolgd",
    "seksueel misbruik, misbruikt, aanranding, verkrachting, zedendelict, zedenzaak, "
    "grensoverschrijdend gedrag, ongewenste intimiteiten, pedoseksueel",
    "eergerelateerd geweld, eerwraak, huwelijksdwang, gedwongen huwelijk, achterlating, "
    "meisjesbesnijdenis, genitale verminking, vgv, schadelijke praktijken",
    "vrouwenopvang, blijf van mijn lijfhuis, blijfhuis, safehouse, crisisopvang, veilige opvang",
    "radicalisering, radicaliseren, geradicaliseerd, extremisme, extremist, extremistisch, "
    "jihadisme, jihadist, extreemrechts, rechts-extremisme, terrorisme",
    "complotdenken, complottheorieën, complotdenkers, wappies, desinformatie, nepnieuws, fake news, "
    "soevereinen, sovereign citizens, anti-overheid",
    "rellen, relschoppers, ongeregeldheden, opstootje, opstootjes, oproer, onlusten, onrust",
    "cameratoezicht, camera, camera's, bewakingscamera, beveiligingscamera, deurbelcamera, "
    "videodeurbel",
    "gebiedsverbod, samenscholingsverbod, noodbevel, noodverordening, veiligheidsrisicogebied, "
    "preventief fouilleren, fouilleren, dwangsom, last onder dwangsom",
    "toezicht, toezichthouder, toezichthouders, stadswacht, stadswachten, surveillance, "
    "surveilleren, beveiliging, beveiligers",
    "buurtpreventie, buurtwacht, buurtwachten, wabp, buurtpreventieteam, burgerwacht, "
    "oplettende buren, extra ogen",
    "aangifte, proces-verbaal, getuige, getuigen, getuigenverklaring, anoniem melden, "
    "meld misdaad anoniem, tipgever, verklikken, snitch, snitchen, zwijgcultuur",
    "oplichting, opgelicht, oplichters, babbeltruc, babbeltrucs, nepagent, nepagenten, phishing, "
    "whatsappfraude, vriend-in-noodfraude, spoofing, bankhelpdeskfraude, internetfraude, "
    "cybercrime, financiële uitbuiting, financieel misbruik, geld aftroggelen",
    "rie, ri&e, risico-inventarisatie, risicoanalyse, risico-inschatting, risicobeoordeling, "
    "risicotaxatie, veiligheidsrisico's",
    # Housing
    "flat, flats, flatgebouw, portiekflat, galerijflat, hoogbouw, complex, wooncomplex",
    "trappenhuis, trappenhuizen, portiek, portieken, trap, galerij, hal, entree",
    "huurders, huurder, huurdersvereniging, corporatiehuurders",
    "corporatie, woningcorporatie, verhuurder, verhuurders, woningbouwvereniging, huisbaas",
    "huurachterstand, huurachterstanden, achterstallige huur, huur niet betalen, "
    "betalingsachterstand, betalingsachterstanden, achterstand met de huur",
    "slopen, sloop, afbreken, sloop-nieuwbouw, herstructurering, nieuwbouw, bouwplannen, "
    "bouwproject, nieuwbouwproject, gebiedsontwikkeling, verdichting, projectontwikkelaar",
    "terugkeren, terugkeer, terugkomen, terugkeergarantie, recht op terugkeer",
    "verhuizen, verhuizing, doorstromen, doorstroming, herhuisvesting, woningruil",
    "huisjesmelkers, huisjesmelker, malafide verhuurders, particuliere verhuur, kamerverhuur, "
    "verkamering, opgesplitste woningen, opsplitsen, studentenhuizen, verhuurderschap, "
    "verhuurvergunning, huurteam",
    "overbewoning, overbewoond, overvolle woning, overvol huis",
    "schimmel, vocht, vochtig, lekkage, achterstallig onderhoud, slecht onderhoud",
    "studenten, student, studentenhuis, kamerbewoners",
    "woningtekort, woningnood, wachtlijst, wachttijd, geen woning vinden, woningzoekenden, "
    "inschrijftijd, woonruimteverdeling, sociale huur, sociale huurwoning, sociale huurwoningen, "
    "betaalbare woningen, middenhuur",
    "dakloos, daklozen, dakloosheid, op straat slapen, buiten slapen, thuisloos, zwerven, zwervers, "
    "zwerfjongeren, bankslapers, verborgen dakloosheid",
    # Housing: renting, fraud, adapted, temporary and sheltered housing
    "onderhuur, onderverhuur, illegale onderhuur, woonfraude, adresfraude, hoofdverblijf, "
    "sleutelgeld, spookbewoners, adreskwaliteit, adresonderzoek",
    "briefadres, postadres, brp, basisregistratie personen, gba",
    "airbnb, toeristische verhuur, vakantieverhuur, short stay, shortstay, kortdurende verhuur, "
    "rolkoffers, wisselende huurders",
    "kraken, krakers, gekraakt, kraakpand, krakersbeweging",
    "flexwonen, flexwoningen, tijdelijke woningen, tiny houses, modulaire woningen, woonunits, "
    "containerwoningen, wisselwoning, noodwoning, tijdelijke woonruimte, doorstroomwoning",
    "huisuitzetting, uitzetting, ontruiming, ontruimd, uitgezet, op straat gezet, "
    "dreigende uitzetting, ontruimingsvonnis",
    "urgentieverklaring, medische urgentie, sociale urgentie, voorrang bij woning, "
    "maatwerkverklaring, urgentiecommissie",
    "huurverhoging, huurprijs, huurprijzen, te hoge huur, huurcommissie, servicekosten, "
    "puntentelling, woningwaarderingsstelsel, huurbevriezing, huurrecht",
    "vereniging van eigenaren, vve, eigenaar-bewoners, koopwoningen, koophuis, gemengd complex, "
    "gemengd bezit, slapende vve, splitsingsakte",
    "renovatie, renoveren, gerenoveerd, groot onderhoud, woningverbetering, planmatig onderhoud, "
    "steigers, aannemer",
    "reparatieverzoek, reparatieverzoeken, onderhoudsverzoek, onderhoudsmelding, storing, "
    "storingen, cv-ketel, kapotte verwarming, lift kapot, liftstoring",
    "huismeester, complexbeheerder, woonconsulent, opzichter, sociaal beheerder, "
    "woonmaatschappelijk werker, bewonersconsulent",
    "woningaanpassing, woningaanpassingen, traplift, douchestoel, wmo-voorziening, hulpmiddelen, "
    "aangepaste woning, badkamer aanpassen",
    "seniorenwoning, seniorenwoningen, ouderenwoning, levensloopbestendig, nultredenwoning, "
    "gelijkvloers, aanleunwoning, serviceflat, woonzorgcomplex, kleiner wonen",
    "knarrenhof, hofje, geclusterd wonen, woongemeenschap, woongroep, meergeneratiewonen, "
    "kangoeroewoning, mantelzorgwoning, friendshuis",
    "beschermd wonen, begeleid wonen, ambulante begeleiding, woonbegeleiding, housing first, "
    "skaeve huse, prikkelarm wonen",
    "maatschappelijke opvang, nachtopvang, daklozenopvang, passantenverblijf, winterkouderegeling, "
    "sociaal pension, slaapplek",
    "hoarding, verzamelwoede, verzamelzucht, verzameldrang, spullen bewaren, opgestapelde spullen, "
    "volgestouwd, huis vol spullen, messie, messies, woningvervuiling, vervuilde woning, "
    "vervuild huis, diogenes, diogenessyndroom, zelfverwaarlozing, onverzorgd, slechte hygiëne",
    "woonwagen, woonwagens, woonwagenkamp, woonwagencentrum, woonwagenbewoners, standplaats",
    "vakantiepark, chalet, chaletpark, recreatiewoning, permanente bewoning, "
    "wonen op een vakantiepark",
    "omgevingswet, omgevingsplan, omgevingsvergunning, bestemmingsplan, zienswijze, bezwaarschrift, "
    "bezwaarprocedure",
    "gentrificatie, verdringing, opwaardering, yuppificatie, sociale menging, gemengd wonen, "
    "menging, woningdifferentiatie",
    "taakstelling statushouders, huisvestingstaakstelling, huisvesting statushouders, "
    "woningen voor statushouders, hospitaverhuur, hospita",
    # Care and wellbeing
    "verward, in de war, onbegrepen gedrag, verward gedrag, ontregeld, ontregelen, "
    "psychisch kwetsbaar, psychische problemen, verwarde personen",
    "ggz, psychiatrie, psychisch, geestelijke gezondheidszorg, psychiater",
    "dementie, dement, alzheimer, vergeetachtig, geheugenproblemen, dwaalgedrag, verdwaald, "
    "geheugenverlies, casemanager dementie, alzheimer café",
    "mantelzorg, mantelzorger, mantelzorgers, zorgen voor een naaste, jonge mantelzorger, "
    "steunpunt mantelzorg, mantelzorgondersteuning, mantelzorgconsulent, mantelzorgwaardering",
    "overbelast, overbelasting, uitgeput, opgebrand, respijtzorg, adempauze, ontlasten, overvraagd, "
    "draagkracht",
    "hulpverleners, hulpverlening, instanties, zorgverleners, professionals, ketenpartners, "
    "betrokken organisaties",
    "multiprobleemgezinnen, probleemgezinnen, gezinnen met veel problemen, multiproblematiek, "
    "complexe casus, zware casus",
    "regie, coördinatie, regisseur, één gezin één plan, casusregie, casemanager, casemanagement, "
    "procesregie, procesregisseur, trajectregie",
    "verslaving, verslaafd, alcohol, drank, gokken, middelengebruik",
    "zorgmijders, zorgmijding, zorg mijden, buiten beeld",
    "huisarts, dokter, praktijkondersteuner, poh, gezondheidscentrum",
    "ouderen, senioren, bejaarden, 75-plussers, plussers, hoogbejaard, oudjes",
    "eenzaam, eenzaamheid, isolement, geïsoleerd, vereenzaamd, vereenzaming, weinig contact, "
    "sociaal isolement, kluizenaar, teruggetrokken, gordijnen dicht, alleenwonend, alleenwonenden, "
    "klein netwerk",
    "overlijden, overleden, weduwe, weduwnaar, rouw, nabestaanden, partner verloren",
    # Care and wellbeing: services, mental health, disability and addiction
    "wmo, wmo-loket, wet maatschappelijke ondersteuning, maatwerkvoorziening, wmo-consulent, "
    "keukentafelgesprek, wmo-aanvraag, huishoudelijke ondersteuning, huishulp, hbh, poetshulp",
    "thuiszorg, wijkverpleging, wijkverpleegkundige, zorg aan huis, persoonlijke verzorging, "
    "wassen en aankleden",
    "wijkteam, sociaal wijkteam, buurtteam, sociaal team, gebiedsteam, toegangsteam, frontlijnteam, "
    "wijkzorgteam, sociaal loket",
    "cjg, centrum voor jeugd en gezin, jeugd- en gezinsteam, jgt, ouder- en kindteam, okt, "
    "jeugdteam, gezinscoach, jeugdhulp",
    "jgz, jeugdgezondheidszorg, consultatiebureau, jeugdarts, jeugdverpleegkundige, schoolarts, "
    "ggd, gemeentelijke gezondheidsdienst, publieke gezondheid",
    "maatschappelijk werk, maatschappelijk werker, amw, algemeen maatschappelijk werk, "
    "sociaal werker, sociaal werk",
    "opbouwwerk, opbouwwerker, opbouwwerkers, buurtwerk, buurtwerker, samenlevingsopbouw, "
    "community builder, welzijnswerk, welzijnswerker",
    "buurtconciërge, buurtconciërges, wijkconciërge, buurtbeheerder, wijkbeheerder",
    "bemoeizorg, oggz, openbare ggz, wijkggd, wijkggd'er, fact-team, meldpunt zorg en overlast, "
    "zorgmelding",
    "psychose, psychotisch, schizofrenie, stemmen horen, wanen, waanbeelden, paranoïde, "
    "achtervolgingswaan, bipolair, manisch",
    "depressie, depressief, somber, somberheid, neerslachtig, mentale problemen, "
    "mentale gezondheid, psychische klachten, angststoornis, paniekaanvallen, burn-out",
    "suïcide, zelfmoord, zelfdoding, suïcidaal, suïcidepreventie, doodsgedachten, levensmoe, "
    "uit het leven stappen",
    "licht verstandelijk beperkt, lvb, lvb'ers, verstandelijke beperking, "
    "verstandelijk gehandicapt, zwakbegaafd, laag iq",
    "autisme, autistisch, adhd, prikkelgevoelig, overprikkeld, overprikkeling, gedragsproblemen, "
    "gedragsstoornis",
    "functiebeperking, handicap, gehandicapt, gehandicapten, lichamelijke beperking, mindervalide, "
    "mindervaliden, invalide, doof, slechthorend, blind, slechtziend, nah, "
    "niet-aangeboren hersenletsel, hersenletsel",
    "trauma, getraumatiseerd, ptss, posttraumatische stress, oorlogservaringen, vluchtverhaal",
    "alcoholisme, alcoholist, drankprobleem, alcoholprobleem, drankmisbruik, alcoholmisbruik, "
    "dronken, beschonken, zuipen, comazuipen, drinkgedrag",
    "verslavingszorg, afkicken, ontwenning, detox, verslavingskliniek, verslavingsarts, jellinek, "
    "brijder, tactus, iriszorg, novadic-kentron, gebruikersruimte, methadon, heroïne, crack, junks, "
    "junkies",
    "jonge mantelzorger, jonge mantelzorgers, young carers, zieke ouder, zorgen voor ouder, kopp, "
    "kopp-kinderen, kvo, zorgtaken thuis, parentificatie",
    "chronisch ziek, chronische ziekte, chronisch zieken, langdurig ziek, ernstig ziek, "
    "palliatieve zorg, palliatief, terminaal, levenseinde, stervensbegeleiding, hospice",
    "valpreventie, valrisico, valongeluk, valincident, heup gebroken, personenalarmering, "
    "alarmknop, valalarm",
    "tafeltje-dekje, maaltijdservice, maaltijdvoorziening, maaltijden aan huis, maaltijdbezorging",
    "samen eten, buurtmaaltijd, aanschuiftafel, eettafel, buurtrestaurant, kookcafé, "
    "huiskamerrestaurant, gezamenlijke maaltijd, eetclub",
    "ervaringsdeskundige, ervaringsdeskundigen, ervaringsdeskundigheid, ervaringskennis, "
    "lotgenoten, lotgenotencontact, lotgenotengroep, herstelacademie, herstelwerkplaats, "
    "herstelondersteunende zorg",
    "pgb, persoonsgebonden budget, zorg in natura, budgethouder, zorgbudget",
    "verpleeghuis, verzorgingshuis, zorginstelling, woonzorgcentrum, intramurale zorg, wlz, "
    "wet langdurige zorg",
    "ouderenwerk, ouderenwerker, ouderenadviseur, ouderenconsulent, seniorenvoorlichter, "
    "ouderenbond, kbo, pcob, anbo",
    "zingeving, levensvragen, geestelijke verzorging, geestelijk verzorger, levensbeschouwing, "
    "spiritualiteit",
    # Loneliness and meeting each other
    "inloop, inloopochtend, inloopmiddag, inloopspreekuur, koffieochtend, koffie-uurtje, "
    "bakje koffie, huiskamerproject, open huiskamer, ontmoeting",
    "maatje, maatjes, maatjesproject, buddy, buddy's, buddyproject, bezoekvrijwilliger, "
    "vriendschappelijk huisbezoek, belcirkel, telefooncirkel, telefoonmaatje, luisterlijn, "
    "zilverlijn",
    "boodschappen, boodschappendienst, boodschappenhulp, automaatje, vervoer naar afspraken",
    "sociale cohesie, cohesie, saamhorigheid, gemeenschapszin, samenleven, buurtgevoel, wij-gevoel, "
    "elkaar kennen",
    "burenhulp, naar elkaar omkijken, omkijken, omzien naar elkaar, noaberschap, nabuurschap, "
    "buren helpen elkaar, zorgzame gemeenschap, informele zorg",
    # Money and poverty
    "armoede, arm, weinig geld, krap, rondkomen, minima, geldgebrek, geldzorgen, geldtekort",
    "schulden, schuld, betalingsproblemen, geldproblemen, schuldeisers, roodstand",
    "kinderarmoede, arme gezinnen, leergeld, jeugdfonds, meedoen op school",
    "ontbijt, honger, lege maag, schoolontbijt, voedselbank, voedseltekort",
    "sportkleding, gymspullen, schoolspullen, schoolreisje, sportclub betalen",
    "schamen, schaamte, taboe, verbergen, schroom",
    "bijstand, uitkering, uitkeringen, bijstandsuitkering, bijstandsgerechtigden, "
    "uitkeringsgerechtigden, participatiewet, minimuminkomen",
    "energierekening, energiekosten, stookkosten, jaarafrekening, afrekening, gasrekening, "
    "energietoeslag, energiearmoede, kou lijden, niet durven stoken, verwarming lager zetten",
    "betalen, voldoen, afbetalen, betaling",
    "kosten, maandlasten, rekening, duur, prijs, lasten",
    "geld, budget, wijkbudget, buurtbudget, wijkgeld, middelen, potje, initiatievenfonds, "
    "leefbaarheidsbudget, bewonersbudget",
    "uitgeven, besteden, besteding, bestemmen",
    # Debts, benefits and help with money
    "deurwaarder, deurwaarders, incasso, incassobureau, aanmaning, aanmaningen, beslag, "
    "beslaglegging, loonbeslag, dwangbevel, invordering",
    "schuldhulpverlening, schuldhulp, schuldregeling, schuldsanering, wsnp, minnelijk traject, "
    "saneringskrediet, schuldbemiddeling, schuldenvrij",
    "bewind, beschermingsbewind, bewindvoerder, bewindvoering, budgetbeheer, budgetbeheerder, "
    "inkomensbeheer, curatele, mentorschap",
    "thuisadministratie, administratie, papierwinkel, formulieren invullen, formulierenbrigade, "
    "formulierenhulp, ongeopende post, stapels post, ongeopende brieven, budgetcoach, geldcoach, "
    "financiële coach, schuldhulpmaatje, geldzaken, huishoudboekje, omgaan met geld",
    "sociaal raadslieden, sociaal raadsman, sociaal raadsvrouw, juridisch loket, rechtshulp, "
    "sociale advocatuur, sociaal advocaat",
    "vroegsignalering, vroeg eropaf, achterstandsmelding, achterstandsmeldingen, signaalmelding, "
    "signaalmeldingen",
    "toeslagen, toeslag, zorgtoeslag, huurtoeslag, kinderopvangtoeslag, kindgebonden budget, "
    "terugvordering, belastingdienst",
    "toeslagenaffaire, toeslagenschandaal, gedupeerden, gedupeerde ouders, hersteloperatie, "
    "herstel toeslagen",
    "minimaregelingen, inkomensondersteuning, bijzondere bijstand, kwijtschelding, "
    "individuele inkomenstoeslag, stadspas, ooievaarspas, meedoenregeling, gemeentepas, "
    "niet-gebruik, regelingen aanvragen",
    "werkende armen, werkende armoede, working poor, nulurencontract, oproepkracht, flexcontract, "
    "onzeker inkomen, wisselend inkomen",
    "armoedeval, bijverdienen, bijverdiensten, inkomsten verrekenen, uitkering terugbetalen",
    "voedselpakket, voedselpakketten, uitdeelpunt, sociale kruidenier, sociale supermarkt, "
    "voedselhulp, voedseluitgifte",
    "kledingbank, weggeefwinkel, weggeefkast, ruilwinkel, kringloop, kringloopwinkel, tweedehands, "
    "speelgoedbank, repaircafé, reparatiecafé, kapotte spullen",
    "gokverslaving, gokschulden, gokken, online gokken, online casino, casino, sportweddenschappen, "
    "wedden, gokkast, gokkasten",
    "studiefinanciering, studieschuld, studielening, aanvullende beurs, studiekosten",
    "zorgverzekering, zorgverzekeraar, zorgpremie, zorgkosten, onverzekerd, onverzekerden, "
    "wanbetalers",
    "energieleverancier, energiecontract, energieprijzen, energietarief, prijsplafond, "
    "afsluitbeleid, gas afgesloten, stroom afgesloten, noodfonds energie",
    # Work
    "werk, baan, banen, werkloos, werkzoekend, werkzoekenden, arbeidsmarkt, buurtbanen, "
    "werkervaring",
    "vrijwilligerswerk, vrijwilliger, vrijwilligers, meehelpen, vrijwillige inzet",
    "dagbesteding, activering, dagritme, zinvolle dagbesteding, zorgboerderij, activiteitencentrum",
    # Work and inclusion: re-integration, entrepreneurs, horeca
    "re-integratie, reïntegratie, arbeidstoeleiding, toeleiding naar werk, werkfit, klantmanager, "
    "werkconsulent, trajectbegeleider, jobcoach, jobhunter",
    "sociale werkplaats, sw-bedrijf, beschut werk, beschutte werkplek, werkbedrijf, baanafspraak, "
    "banenafspraak, loonkostensubsidie, participatiebaan, garantiebaan",
    "werkervaringsplek, werkervaringsplaats, leerwerkplek, leerwerktraject, participatieplek, "
    "proefplaatsing, werkstage, tegenprestatie",
    "uwv, ww, ww-uitkering, wia, wao, wajong, wajongers, ziektewet, arbeidsongeschikt, "
    "arbeidsongeschiktheid",
    "zzp, zzp'er, zzp'ers, zelfstandig ondernemer, ondernemerschap, startende ondernemers, bbz, "
    "broodfonds, microkrediet",
    "winkeliers, ondernemers, middenstand, winkelstraat, winkelcentrum, ondernemersvereniging, "
    "winkeliersvereniging, biz, bedrijveninvesteringszone",
    "horeca, horecaoverlast, café, cafés, kroeg, kroegen, nachtclub, uitgaansleven, "
    "uitgaanspubliek, terras, terrassen, sluitingstijden, shishalounge, shishabar, shisha",
    "coffeeshop, coffeeshops, coffeeshopoverlast, gedoogbeleid, softdrugsverkoop",
    "solliciteren, sollicitatie, sollicitatiebrief, sollicitatiegesprek, sollicitatietraining, "
    "cv schrijven, vacatures, vacature",
    "jeugdwerkloosheid, nuggers, nugger, jongerenloket, jongeren zonder startkwalificatie, "
    "niet werkend niet lerend",
    "vrijwilligerscentrale, vrijwilligerspunt, vrijwilligersvacatures, vrijwilligersbank, "
    "maatschappelijke diensttijd, mdt, maatschappelijke stage",
    "vrijwilligersvergoeding, onkostenvergoeding, onkosten, declareren, declaratie, bonnetjes, "
    "voorschieten",
    # School
    "school, scholen, onderwijs, basisschool, middelbare school, leerlingen, voortgezet onderwijs, "
    "vmbo, havo, vwo, brugklas",
    "thuiszitters, thuiszitten, thuiszitter, schoolverzuim, spijbelen, leerplicht, "
    "leerplichtambtenaar, schooluitval, voortijdig schoolverlaten, schoolweigering, "
    "schoolweigeraar, verzuim, ongeoorloofd verzuim, luxe verzuim",
    "kinderopvang, opvang, peuterspeelzaal, voorschool, vve, voorschoolse educatie, "
    "vroegschoolse educatie, peuteropvang",
    # Youth work, parenting and school
    "jongvolwassenen, jongvolwassene, kamertraining, overgang naar volwassenheid",
    "jongerenwerk, jongerenwerker, jongerenwerkers, straatcoach, straatcoaches, "
    "ambulant jongerenwerk, tienerwerk, jeugdwerker, meidenwerk, meidengroep, jongerencentrum, "
    "jongerenruimte, jongerenhuis, chillplek, jongerenhonk, tienerhuis",
    "kinderwerk, speelotheek, speeltuinvereniging, spelinloop, knutselmiddag, kinderactiviteiten",
    "rolmodel, rolmodellen, voorbeeldfiguur, voorbeeldfiguren, mentor, mentoring, mentorproject",
    "buurtvaders, buurtvader, straatvaders, buurtmoeders, buurtmoeder, buurtouders, "
    "vaders op straat",
    "jongerenparticipatie, jeugdparticipatie, kinderparticipatie, jongerenraad, kinderraad, "
    "kindergemeenteraad, jongerenpanel, jongerenadviesraad, stem van jongeren",
    "sociale media, social media, socials, whatsapp, whatsappgroep, appgroep, buurtapp, instagram, "
    "snapchat, tiktok, facebook, telegram, nextdoor, hoplr",
    "pesten, gepest, pestgedrag, treiteren, getreiter, uitschelden, uitgescholden, cyberpesten, "
    "online pesten, shaming, shamen, exposen, sexting, naaktfoto's",
    "gamen, gamer, gameverslaving, gaming, schermtijd, beeldschermgebruik, telefoonverslaving, "
    "mediaopvoeding, mediawijsheid",
    "seksuele gezondheid, seksuele voorlichting, seksuele vorming, soa, anticonceptie, "
    "relaties en seksualiteit",
    "opvoedondersteuning, opvoedingsondersteuning, opvoedvragen, opvoedcursus, oudercursus, "
    "opvoedspreekuur, opvoedproblemen, handelingsverlegen ouders",
    "vechtscheiding, vechtscheidingen, echtscheiding, scheiding, gescheiden ouders, "
    "omgangsregeling, co-ouderschap, kinderen uit de knel",
    "jeugdbescherming, kinderbescherming, raad voor de kinderbescherming, ondertoezichtstelling, "
    "ots, gezinsvoogd, uithuisplaatsing, uit huis geplaatst, pleegzorg, pleeggezin",
    "tienermoeder, tienermoeders, tienerzwangerschap, jonge moeders, jong ouderschap",
    "kansrijke start, eerste duizend dagen, zwangerschap, zwanger, kraamzorg, verloskundige, "
    "geboortezorg",
    "schoolmaatschappelijk werk, schoolmaatschappelijk werker, smw, zorgadviesteam, "
    "intern begeleider, ib'er, zorgcoördinator, leerlingbegeleider, ondersteuningsteam",
    "passend onderwijs, speciaal onderwijs, speciaal basisonderwijs, sbo, vso, praktijkonderwijs, "
    "rugzakje, samenwerkingsverband, extra ondersteuningsbehoefte",
    "mbo, roc, mbo-school, beroepsonderwijs, vakschool, entreeopleiding, entree-opleiding, bbl, "
    "startkwalificatie, mbo-diploma",
    "stage, stageplek, stageplaats, leerbaan, bbl-plek",
    "huiswerkbegeleiding, huiswerkklas, huiswerk, bijles, bijspijkeren, studiebegeleiding, "
    "schaduwonderwijs, examentraining",
    "schooladvies, onderadvisering, kansengelijkheid, kansenongelijkheid, gelijke kansen, "
    "ongelijke kansen, onderwijskansen",
    "ouderbetrokkenheid, ouderkamer, oudercontactpersoon, contactouder, ouderparticipatie, "
    "ouders betrekken bij school",
    "verlengde schooldag, naschoolse activiteiten, naschools aanbod, buitenschoolse activiteiten, "
    "brede school, rijke schooldag, talentontwikkeling",
    "taalachterstand, taalontwikkeling, woordenschat, nt2, taalstimulering, voorlezen, "
    "voorleesexpress",
    "nieuwkomersklas, isk, internationale schakelklas, schakelklas, taalklas, nieuwkomersonderwijs",
    "bibliotheek, bieb, bibliotheken, minibieb, minibiebs, boekenruilkast",
    "kunstproject, kunstenaars, kunstenaar, buurtkunst, muurschildering, street art, "
    "kunst en cultuur, cultuuraanbod, cultuureducatie, muziekles, theater",
    # Health
    "overgewicht, obesitas, gewicht, zwaarlijvig, zwaarlijvigheid",
    "koken, eten, voeding, maaltijd, maaltijden, gezond eten",
    "bewegen, sport, sporten, buitenspelen, sportvereniging, wandelen, wandelgroep, ommetje, "
    "beweegtuin",
    "hitte, hittestress, warmte, oververhitting, hittegolf, tropische temperaturen, koelteplek, "
    "koele plek, verkoeling",
    # Health: prevention, lifestyle and sport
    "gezondheidsverschillen, gezondheidsachterstand, gezondheidsachterstanden, levensverwachting, "
    "gezondheidsongelijkheid",
    "positieve gezondheid, spinnenweb, welzijn op recept, leefstijlinterventie, "
    "gecombineerde leefstijlinterventie, gli, leefstijlcoach",
    "diabetes, suikerziekte, hart- en vaatziekten, hoge bloeddruk, astma, copd",
    "ongezond eten, ongezonde voeding, snacks, snoep, frisdrank, fastfood, snackbar, "
    "energiedrankjes, suikerhoudende dranken, jogg, jongeren op gezond gewicht, gezonde school, "
    "watertappunt",
    "roken, rookvrij, rookvrije generatie, stoppen met roken, sigaretten, tabak, vapen, vape, "
    "vapes, e-sigaret, snus",
    "buurtsportcoach, buurtsportcoaches, sportcoach, beweegcoach, sportbuurtwerk, schoolsport",
    "zwemles, zwemlessen, zwemdiploma, zwemvaardigheid, zwembad, schoolzwemmen",
    # Newcomers and living together
    "statushouders, statushouder, verblijfsvergunning, vluchtelingen, asielzoekers, nieuwkomers, "
    "vergunninghouders, asielmigranten",
    "inburgering, inburgeren, nederlands leren, taalles, taalcursus, taalles volgen, taalcafé, "
    "inburgeringsexamen, participatieverklaring, knm, leerroute",
    "wegwijs, de weg vinden, toeleiden, toeleiding, begeleiden",
    "arbeidsmigranten, arbeidsmigrant, seizoensarbeiders, uitzendkrachten, oost-europeanen, "
    "arbeidsmigratie, logies, logiesgebouw, huisvesting arbeidsmigranten, bulgaren, roemenen",
    "discriminatie, racisme, uitsluiting, buitengesloten, arbeidsmarktdiscriminatie, "
    "stagediscriminatie",
    "spanningen, grimmig, verharding, tegenstellingen, polarisatie, gespannen, verdeeldheid, "
    "tweedeling, tegenover elkaar staan",
    "groepen, gemeenschappen, gemeenschap, bevolkingsgroepen",
    # Newcomers, language, digital inclusion, diversity and tensions
    "azc, azc's, asielzoekerscentrum, coa, asielopvang, opvanglocatie, noodopvang, "
    "crisisnoodopvang, gezinslocatie, spreidingswet, aanmeldcentrum",
    "oekraïners, oekraïense vluchtelingen, ontheemden, oekraïne, opvang oekraïners",
    "ongedocumenteerden, ongedocumenteerd, illegalen, uitgeprocedeerd, uitgeprocedeerden, "
    "bed-bad-brood, bed bad brood, lvv, landelijke vreemdelingenvoorziening",
    "gezinshereniging, nareizigers, herenigd gezin, familie overkomen",
    "vluchtelingenwerk, maatschappelijke begeleiding, nieuwkomersbegeleiding, welkomstgesprek, "
    "welkomstpakket, welkom heten",
    "laaggeletterdheid, laaggeletterd, laaggeletterden, analfabeet, analfabetisme, "
    "moeite met lezen, moeite met lezen en schrijven, taalhuis, taalmaatje, taalmaatjes, "
    "taalvrijwilliger",
    "taalbarrière, taalproblemen, taalprobleem, nederlands spreken, spreekt geen nederlands, "
    "anderstalig, anderstaligen",
    "tolk, tolken, tolkentelefoon, vertalen, vertaling, vertaler, tolkvoorziening, informele tolk",
    "digitale uitsluiting, digitale inclusie, digitale vaardigheden, digitaal onvaardig, digibeet, "
    "digibeten, moeite met computers, moeite met internet, klik & tik, computercursus, digid, "
    "digi-d, inloggen, mijnoverheid, berichtenbox, informatiepunt digitale overheid, laptop, "
    "smartphone, wifi",
    "diversiteit, multicultureel, cultuurverschillen, culturele verschillen, intercultureel, "
    "superdiversiteit, culturele achtergrond, migratieachtergrond, cultuursensitief, "
    "cultuursensitief werken, cultuursensitiviteit",
    "zelforganisaties, zelforganisatie, migrantenorganisaties, migrantenorganisatie, "
    "gemeenschapsorganisaties, diasporaorganisaties, culturele vereniging",
    "geloofsgemeenschap, geloofsgemeenschappen, religieuze organisaties, gebedshuis, kerk, kerken, "
    "moskee, moskeeën, moskeebestuur, synagoge, tempel, imam, dominee, pastoor, diaconie, parochie",
    "emancipatie, vrouwenemancipatie, zelfbeschikking, vrouwengroep, vrouwengroepen, "
    "vrouwencentrum, empowerment",
    "lhbti, lhbtiq, lhbtiq+, homo, homo's, lesbisch, transgender, queer, homoseksualiteit, "
    "homofobie, transfobie, coming-out, regenboogstad",
    "antisemitisme, jodenhaat, islamofobie, moslimhaat, moslimdiscriminatie, haatzaaien, "
    "haatzaaiing, hatecrime, haatmisdrijf",
    "vooroordelen, vooroordeel, stereotypen, onbegrip, hokjesdenken, generaliseren",
    "dialoog, dialoogtafel, dialoogbijeenkomst, gesprekstafel, gespreksavond, verbindend gesprek, "
    "moeilijke gesprekken",
    "boosheid, woede, boos, frustratie, gefrustreerd, onvrede, ontevredenheid, gemor",
    "protest, protesteren, demonstratie, demonstreren, actievoeren, actiegroep, petitie, "
    "handtekeningenactie",
    # Participation and trust
    "zeggenschap, inspraak, meebeslissen, beslissen, verdelen, burgerbegroting, "
    "participatief begroten, stemronde",
    "meedenken, meepraten, meedoen, participeren, betrekken, co-creatie, meetekenen, meebeslissen",
    "inrichten, herinrichting, herinrichten, ontwerpen, vormgeven, inrichting",
    "bewonersinitiatief, initiatief, bewonersgroep, bewonersorganisatie, bewonerscommissie, "
    "buurtvereniging, actieve buurtbewoners",
    "buurtfeest, straatfeest, buurtbarbecue, activiteit, buurtactiviteit, evenement, evenementen, "
    "buurtfestival",
    "zaaltje, ruimte, buurthuis, wijkcentrum, ontmoetingsruimte, buurtkamer, accommodatie, "
    "buurtcentrum, dorpshuis, wijkgebouw, gemeenschapshuis",
    "vertrouwen, wantrouwen, vertrouwen kwijt, teleurgesteld, teleurstelling",
    "mislukt, mislukking, gefaald, stukgelopen, misgegaan",
    # Participation: councils, meetings and organising an initiative
    "zelfbeheer, buurtbeheer, bewonersbeheer, right to challenge, uitdaagrecht, buurtrechten, "
    "overnemen van taken, maatschappelijk aanbesteden",
    "enquête, enquêtes, vragenlijst, peiling, bewonersenquête, bewonerspanel, burgerpanel, "
    "stadspanel, raadpleging",
    "burgerberaad, burgertop, loting, gelote burgers, g1000, deliberatie",
    "wijkraad, wijkraden, wijkplatform, wijkcommissie, stadsdeelcommissie, dorpsraad, buurtraad, "
    "wijkcomité, bewonersplatform, wijkoverleg",
    "bewonersavond, informatieavond, inloopavond, bewonersbijeenkomst, inspraakavond, buurtavond, "
    "buurtbijeenkomst, wijkavond",
    "draagvlak, breed gedragen, gedragen plan, instemming, acceptatie",
    "eigenaarschap, burgerkracht, actief burgerschap, burgerschap, doe-democratie, doedemocratie, "
    "verantwoordelijkheid nemen",
    "zelfredzaamheid, zelfredzaam, samenredzaamheid, redzaamheid, zelfstandigheid, "
    "regie over eigen leven",
    "stichting oprichten, statuten, rechtsvorm, kvk, kamer van koophandel, penningmeester, notaris, "
    "anbi, verzekering, aansprakelijkheid, vrijwilligersverzekering",
    "fondsenwerving, crowdfunding, sponsoring, sponsor, sponsors, donaties, oranje fonds, kansfonds",
    "evenementenvergunning, vergunning aanvragen, vergunningaanvraag, ontheffing, "
    "evenementenmelding, straat afsluiten, wegafsluiting",
    "flyers, flyer, flyeren, folders, posters, bewonersbrief, huis-aan-huisbrief, nieuwsbrief, "
    "wijkkrant, buurtkrant, wijkblad",
    "gedragsafspraken, huisregels, spelregels, buurtafspraken, afsprakenkaart, gedragscode",
    "herstelbemiddeling, herstelcirkel, herstelrecht, herstelgesprek, eigen kracht-conferentie, "
    "familiegroepsplan, netwerkberaad",
    # Public space
    "afval, vuilnis, vuilniszakken, grofvuil, troep, rommel, zwerfafval, bijplaatsing, "
    "bijplaatsingen, dumpen, dumping, gedumpt, matrassen, zwerfvuil",
    "containers, container, ondergrondse containers, verzamelcontainer, verzamelcontainers",
    "parkeren, parkeeroverlast, geparkeerd, parkeerplaatsen, parkeerdruk, betaald parkeren, "
    "parkeervergunning, foutparkeren",
    "verkeer, hardrijden, verkeersveiligheid, scooters, brommers",
    # Public space: streets, green, water and traffic
    "straatverlichting, lantaarnpaal, lantaarnpalen, slecht verlicht, donkere plek, donkere plekken",
    "groenvoorziening, plantsoen, plantsoenen, groenstrook, perken, struiken, snoeien, maaien, "
    "groenonderhoud",
    "geveltuin, geveltuinen, boomspiegel, boomspiegels, adoptiegroen, groen adopteren, "
    "tegels eruit, tegelwippen, steenbreek",
    "buurttuin, moestuin, samentuin, volkstuin, volkstuinen, tuinieren, gemeenschappelijke tuin, "
    "stadslandbouw, voedseltuin",
    "bankjes, zitbank, zitbanken, zitplekken, picknicktafel, straatmeubilair",
    "stoep, trottoir, stoeptegels, losliggende tegels, scheve tegels, losse stoeptegels, "
    "bestrating, struikelen",
    "toegankelijkheid, toegankelijk, rolstoel, rolstoeltoegankelijk, rollator, scootmobiel, "
    "drempelvrij, invalidenparkeerplaats",
    "wateroverlast, ondergelopen, overstroming, hoosbui, wolkbreuk, regenwater, riool, riolering, "
    "verstopt riool, straatkolk",
    "klimaatadaptatie, vergroenen, vergroening, ontstenen, groene daken, regenton, wadi, "
    "waterberging, hittebestendig",
    "bouwoverlast, bouwwerkzaamheden, bouwput, heien, bouwverkeer, bouwplaats, opgebroken straat",
    "fietswrak, fietswrakken, weesfietsen, fietsenstalling, fietsenrek, fietsenrekken, "
    "fietsparkeren, autowrak, autowrakken, weesauto, caravans, aanhangers, campers, bedrijfsbusjes",
    "racen, scheuren, crossen, straatrace, wegpiraten, verkeershufters, rijgedrag, "
    "snelheidsremmers, verkeersdrempels, flitspaal",
    "fatbike, fatbikes, e-bike, e-bikes, elektrische fiets, opgevoerd, opgevoerde scooter, "
    "snorfiets, crossmotor, quad",
    "oversteken, oversteekplaats, zebrapad, verkeerslicht, schoolroute, schoolzone, "
    "verkeersbrigadier, klaarover",
    "doelgroepenvervoer, regiotaxi, wmo-vervoer, taxivervoer, aangepast vervoer, valys, "
    "leerlingenvervoer",
    "laadpaal, laadpalen, laadpunt, laadpunten, elektrische auto, elektrisch rijden, deelauto, "
    "deelauto's, deelscooters, deelfietsen, deelmobiliteit, autodelen",
    "luchtkwaliteit, fijnstof, luchtvervuiling, uitlaatgassen, schone lucht, milieuzone",
    # Energy
    "warmtenet, warmtenetten, stadswarmte, aardgasvrij, warmtetransitie, gasloos, "
    "wijkuitvoeringsplan, transitievisie warmte",
    "isolatie, isoleren, tocht, tochtstrips, enkel glas, koud huis",
    # Energy and climate: saving, generating and heating
    "energiebesparing, energie besparen, bespaartips, energiezuinig, energiefixers, fixbrigade, "
    "fixteam, energiecoach, energiecoaches, energieloket, energiebox",
    "zonnepanelen, zonnepaneel, zonne-energie, zonnedak, zonnedaken, postcoderoos, "
    "energiecoöperatie, buurtbatterij, thuisbatterij, salderen, windmolens, windmolen, "
    "windturbines, windpark, slagschaduw",
    "warmtepomp, warmtepompen, hybride warmtepomp, inductie, inductiekoken, elektrisch koken, "
    "all-electric",
    "klimaatverandering, duurzaamheid, verduurzamen, verduurzaming, co2, klimaatdoelen, "
    "klimaatbewust",
    # The kinds of work and role images, in everyday words
    "in kaart brengen, in beeld brengen, overzicht, wijkscan, wijkanalyse, analyse, inventariseren, "
    "uitzoeken",
    "cijfers, data, gegevens, statistieken, monitor, leefbaarometer, veiligheidsmonitor, "
    "wijkmonitor, belevingsonderzoek, bewonersonderzoek",
    "gesprekken, interviews, verhalen ophalen, rondgaan, huisbezoeken",
    "experiment, experimenteren, proeftuin, proeftuinen, pilot, uitproberen, proberen, vernieuwend, "
    "innovatie",
    "durven, lef, buiten de gebaande paden, buiten de lijntjes, regels loslaten, out of the box, "
    "onorthodox, creatieve oplossingen",
    "beleid, stadhuis, gemeentehuis, beleidsafdelingen, beleidsmakers, ambtenaren, apparaat, "
    "centrale apparaat, ambtelijke organisatie, systeemwereld",
    "schakel, brug, verbinder, bruggenbouwer, verbindingsofficier, doorgeefluik, tussenschakel, "
    "linking pin, spin in het web, verbindingspersoon",
    "signalen, signaleren, signalering, duiden, duiding, verbanden leggen, leeft en speelt",
    "regelen, organiseren, faciliteren, van de grond tillen, voor elkaar boksen",
    "spullen, materiaal, materialen, gereedschap",
    "subsidie, financiering, fonds, bijdrage, subsidieaanvraag",
    "knopen doorhakken, doorbraak, doorbreken, vastgelopen, vastzitten, impasse, escalatie, "
    "escaleren",
    "restpost, vergaarbak, nergens anders past, bij niemand hoort, niemand oppakt, "
    "tussen wal en schip, tussen twee stoelen, manusje-van-alles, duizendpoot, vangnet",
    "sleutelfiguren, sleutelpersonen, informele leiders, vertrouwenspersonen, buurtambassadeurs, "
    "wijkambassadeurs, ambassadeurs",
    # The kinds of work and role images, in professional words
    "agenderen, op de agenda zetten, aankaarten, onder de aandacht brengen, opschalen, opschaling, "
    "bestuurlijk aankaarten",
    "ontschotten, ontschotting, verkokering, kokers, silo's, integraal werken, integrale aanpak, "
    "domeinoverstijgend",
    "wethouder, wethouders, burgemeester, gemeenteraad, raadslid, raadsleden, portefeuillehouder, "
    "lokale politiek, bestuurders",
    "loket, wijkloket, gemeenteloket, servicepunt, informatiepunt, stadswinkel, "
    "klantcontactcentrum, kcc, balie",
    "bureaucratie, bureaucratisch, rompslomp, regeldruk, protocollen, systeemlogica",
    "doorzettingsmacht, doorbraakfunctionaris, doorbraakmethode, doorbraakbudget, maatwerkbudget, "
    "mandaat, afwijken van regels",
    "gebiedsgericht werken, gebiedsgerichte aanpak, wijkgericht werken, wijkgerichte aanpak, "
    "wijkaanpak, gebiedsgericht",
    "focuswijk, focuswijken, aandachtswijken, krachtwijken, impulsgebied, vogelaarwijken, "
    "achterstandswijk, probleemwijk, nplv, programma leefbaarheid en veiligheid",
    "wijkambtenaar, wijkambtenaren, wijkregisseur, wijkmanager, gebiedsmanager, gebiedsregisseur, "
    "gebiedsmakelaar, wijkcoördinator, wijkmakelaar, gebiedsadviseur, wijkadviseur",
    "wijkprofiel, buurtprofiel, gebiedsanalyse, wijkagenda, gebiedsplan, wijkplan, wijkactieplan, "
    "buurtagenda, gebiedsagenda",
    "schouw, schouwen, wijkschouw, buurtschouw, wijkwandeling, buurtwandeling, wijkrondgang, "
    "rondlopen",
    "privacy, avg, gegevensdeling, informatie delen, informatiedeling, privacyconvenant, convenant, "
    "beroepsgeheim, geheimhouding",
    "zorg- en veiligheidshuis, veiligheidshuis, zvh, casusoverleg, multidisciplinair overleg, mdo, "
    "ketenoverleg",
    "outreachend, outreachend werken, eropaf, aanbellen, aankloppen, deur-tot-deurbezoek, "
    "huis-aan-huisbezoek, achter de voordeur kijken, voordeurgesprekken",
    "zichtbaarheid, aanwezigheid, bekend gezicht, vast gezicht, laagdrempelig, aanspreekbaar",
    "netwerk opbouwen, relaties onderhouden, relatienetwerk, contacten onderhouden, korte lijntjes, "
    "korte lijnen",
    "luisterend oor, presentie, presentiebenadering, nabijheid, oprechte aandacht",
    "terugkoppeling, terugkoppelen, op de hoogte houden, bericht terug, verwachtingsmanagement, "
    "verwachtingen managen, beloftes nakomen, toezeggingen, toezegging",
    "evaluatie, evalueren, terugblik, reflectie, reflecteren, lessen geleerd, intervisie, "
    "effectmeting, effecten meten, impactmeting, verantwoording, rapportage, kpi's, indicatoren",
    "procesbegeleiding, procesbegeleider, facilitator, gespreksleider, gespreksleiding, moderator, "
    "dagvoorzitter",
    "kwartiermaker, kwartiermaken, aanjager, aanjagen, trekker, voortrekker, voorloper, koploper, "
    "pionieren",
    "belangen behartigen, belangenbehartiging, belangenbehartiger, pleitbezorger, stem geven, "
    "namens bewoners spreken, luis in de pels, ombudsman",
    "ogen en oren, oog en oor, voelsprieten, wijkpost, wijkkantoor, wijksteunpunt, uitvalsbasis",
    "koppelen, matchen, makelen, matchmaker, bij elkaar brengen, aan elkaar koppelen, "
    "verbindingen leggen",
]

# The second edition (December 2026): how residents and busy professionals *describe* a situation
# (what they see, hear and smell, slang, abbreviations, brand names) joined to the terms colleagues
# write (phenomena, methods, laws, institutions, professions). Migration 0013 adds these groups;
# ``WORD_GROUPS`` above stays as migration 0012 seeded it.
WORD_GROUPS_2026_12: list[str] = [
    # Housing: overcrowding, subletting, short stay, mould, vacancy, squatting, evictions, landlords
    "matrassen op de vloer, stapelbedden, bedden verhuren, per bed verhuren, bedverhuur, kamers per "
    "persoon, overvolle kamers, overbewoning",
    "veel namen op de brievenbus, namen op de deur, wisselende namen, bewoningsonderzoek, "
    "adrescontrole, adrescontroles, inschrijvingscontrole, woonfraudeonderzoek, adresfraude",
    "sleutelkastje, sleutelkluisje, sleutelbox, sleutelkluis, toeristen in de flat, toeristen in "
    "het portiek, bed and breakfast, booking.com, vakantieverhuur",
    "zwarte plekken op de muur, zwarte schimmel, beschimmeld, schimmelvorming, schimmelwoning, "
    "muffe lucht, muf, condens, beslagen ramen, natte muren, optrekkend vocht, vochtproblemen, "
    "vochtoverlast, slechte ventilatie, ventileren, ventilatie, schimmel",
    "onbewoond, onbewoonde woning, leegstaande woning, leegstaande woningen, woningleegstand, "
    "spookhuis, leegstandsverordening, leegstandsmelding, leegstand",
    "ingetrokken in leeg pand, pandbezetting, bezet pand, kraakactie, kraakverbod, wet kraken en "
    "leegstand, kraakpand",
    "dagvaarding huurachterstand, ontruimingsdatum, sleutels inleveren, woning kwijt, huis kwijt, "
    "preventie huisuitzettingen, voorkomen van huisuitzetting, laatste kansbeleid, tweede kans "
    "huurder, huisuitzetting",
    "verhuurder reageert niet, huisbaas reageert niet, slechte verhuurder, slechte huisbaas, wet "
    "goed verhuurderschap, goed verhuurderschap, meldpunt goed verhuurderschap, huurdersloket, "
    "verhuurderschap",
    "huurintimidatie, huurders wegpesten, uit huis pesten, verhuurder intimideert, intimiderende "
    "verhuurder, huurbescherming, onrechtmatige huuropzegging, huurcontract opgezegd",
    "woondiscriminatie, discriminatie op de woningmarkt, huurdiscriminatie, geweigerd als huurder, "
    "bemiddelaars die discrimineren",
    "tijdelijk huurcontract, tijdelijke huurcontracten, jongerencontract, campuscontract, "
    "huurcontract voor bepaalde tijd, onzekere woonsituatie",
    "starterswoning, starterswoningen, jongerenhuisvesting, jongerenwoning, jongerenwoningen, kamer "
    "zoeken, geen kamer kunnen vinden, thuiswonende jongeren",
    "bankhangers, logeren bij vrienden, slapen bij vrienden, rondzwerven, couchsurfen, bankslapers",
    "slaapt buiten, slapen in de auto, slaapt in het park, tent in het park, slaapzak, slaapzakken, "
    "rough sleepers, buitenslapers, dakloze, dakloos",
    "plassen in het portiek, urine in het trappenhuis, pislucht, poep in het trappenhuis, vies "
    "trappenhuis, vervuild trappenhuis, portiekoverlast, slapen in het portiek, portiekslapers",
    "spullen in de gang, spullen op de galerij, vluchtweg geblokkeerd, vluchtwegen vrijhouden, "
    "brandgevaarlijke spullen, fietsen in het trappenhuis, scootmobiel in de gang, brandveilig",
    "berging, bergingen, kelderbox, kelderboxen, bergingsgang, bergingscomplex, inbraak in "
    "bergingen, opengebroken bergingen",
    "afval uit het raam, afval van het balkon, dingen van het balkon gooien, vuilnis uit het raam, "
    "balkonafval, rommel op het balkon",
    "mechanische ventilatie, afzuiging, ventilatiesysteem, ventilatiekanalen, tocht in huis, koude "
    "vloeren, energielabel, energielabels, slecht geïsoleerd",
    "huurdersbelangenvereniging, huurdersorganisatie, huurdersraad, huurderskoepel, bewonersraad, "
    "huurdersvertegenwoordiging, overlegwet",
    "prestatieafspraken, woonvisie, woonagenda, volkshuisvesting, volkshuisvestingsprogramma, "
    "woonbeleid",
    "doorstroomlocatie, skaeve huse, hufterhotel, containerwoningen voor overlastgevers, laatste "
    "kans woning, onaangepasten",
    "woningzoekende met voorrang, uitstroom uit opvang, uitstroom beschermd wonen, uitstroomwoning, "
    "uitstroomwoningen, contingent, contingentregeling",
    "woning delen, woningdelen, hospitawonen, samen huren, medehuurder, medehuurderschap, inwonen, "
    "inwonend, inwoners bij familie",
    "vve-beheerder, vve-bestuur, beheerder vve, splitsingsakte, meerjarenonderhoudsplan, mjop, "
    "achterstallig onderhoud vve, slapende vve",
    "wijkvernieuwing, stadsvernieuwing, wijkaanpak wonen, vernieuwingsplan, wijktransformatie, "
    "herstructureringswijk",
    "verhuisbericht, verhuiskosten, verhuisvergoeding, wisselwoning, tijdelijke verhuizing, "
    "renovatievergoeding, sloopvergoeding, herhuisvestingsvergoeding",
    "huurdersparticipatie, sociaal plan, sociaal statuut, bewonersparticipatie bij renovatie, 70 "
    "procent instemming, instemmingspercentage",
    # Care: hoarding, self-neglect, care avoiders, confused behaviour, dementia, carers, addiction
    "stank uit de woning, stinkende woning, vieze lucht uit de woning, stank in het trappenhuis, "
    "vliegen uit de woning, maden, vuilniszakken in huis, woningvervuiling, stinkt in het portiek, "
    "stinkt in het trappenhuis",
    "ongewassen, vieze kleding, onverzorgd uiterlijk, sterk vermagerd, vermagering, verwaarloost "
    "zichzelf, zichzelf verwaarlozen, zorgt slecht voor zichzelf, zelfverwaarlozing",
    "deur niet opendoen, niet opendoen, doet de deur niet open, hulp afhouden, hulpweigering, "
    "zorgweigeraar, zorgweigering, moeilijk bereikbaar, zorgmijdend, zorgmijder",
    "praat in zichzelf, praat tegen zichzelf, schreeuwt op straat, vreemd gedrag, raar gedrag, "
    "loopt verward rond, verwarde man, verwarde vrouw, e33, e33-melding, verward gedrag",
    "meldpunt niet-acute zorg, niet-acute zorg, crisisdienst, ggz-crisisdienst, acute psychiatrie, "
    "crisisteam, crisisbeoordeling, spoedeisende ggz, acute ggz",
    "gedwongen opname, gedwongen opgenomen, wvggz, wet verplichte ggz, zorgmachtiging, "
    "crisismaatregel, ibs, rechterlijke machtiging, wzd, wet zorg en dwang, onvrijwillige zorg, "
    "verplichte zorg",
    "spv, sociaal psychiatrisch verpleegkundige, ggz-verpleegkundige, psychiatrisch "
    "verpleegkundige, ggz-wijkteam, ggz-team",
    "poh-ggz, praktijkondersteuner ggz, basis-ggz, generalistische basis-ggz, eerstelijns "
    "psycholoog, psycholoog, psychologische hulp, praatgroep, gesprekken met een psycholoog",
    "wachtlijst ggz, wachtlijsten ggz, wachttijd ggz, wachttijden ggz, geen plek in de ggz, lange "
    "wachttijden zorg, overbruggingszorg",
    "de weg kwijt, ronddwalen, dwalen, vermiste oudere, vermissing, burgernet, dementievriendelijk, "
    "dementievriendelijke wijk, ontmoetingscentrum dementie, odensehuis, dementie",
    "zieke partner, zieke ouder, zieke moeder, zieke vader, verzorgt partner, verzorgt moeder, "
    "thuis verzorgen, mantelzorgtaken, mantelzorgsituatie, mantelzorgrelatie",
    "zorgt voor broertjes en zusjes, past op broertjes, oppassen op broertjes, zorgt voor zieke "
    "moeder, zorgt voor zieke vader, ouder met psychische problemen, ouder met verslaving, jonge "
    "mantelzorger",
    "lege flessen, lege drankflessen, bierblikken, blikjes bier, stomdronken, ladderzat, "
    "straatdrinkers, drinkers op straat, drinken op straat, alcoholgebruik op straat, "
    "alcoholverbod, alcoholvrije zone",
    "injectienaalden, naalden gevonden, spuiten gevonden, spuitjes, zilverfolie, "
    "gebruikersmateriaal, drugsgebruik op straat, gebruiken in het portiek, harddrugsgebruikers, "
    "drugsgebruikers",
    "drugsoverlast, junkoverlast, overlast door verslaafden, overlastgevende verslaafden, "
    "verslaafden op straat, dealers en gebruikers, gebruikersoverlast",
    "woningovername, cuckooing, woning overgenomen, huis overgenomen, dealers in de woning, "
    "kwetsbare bewoner uitgebuit, misbruik van kwetsbare bewoner, adresovername",
    "makkelijk beïnvloedbaar, beïnvloedbaar, goedgelovig, naïef, snel misbruikt, overvraagd door "
    "formulieren, licht verstandelijke beperking, lvb",
    "veel katten in huis, tientallen katten, dierenverzamelaar, dierenverzamelaars, animal "
    "hoarding, verwaarloosde huisdieren",
    "medicijnen niet innemen, medicatie vergeten, medicatiegebruik, medicatietrouw, "
    "medicijngebruik, medicijnrol, baxterrol, baxter, medicatieoverzicht, polyfarmacie",
    "ontslag uit het ziekenhuis, thuis na ziekenhuis, na ziekenhuisopname, ziekenhuisopname, "
    "transferverpleegkundige, herstelzorg, eerstelijnsverblijf, elv, logeerzorg, kortdurend "
    "verblijf",
    "slecht ter been, moeilijk lopen, slecht lopen, loopt met rollator, hulpbehoevend, "
    "hulpbehoevende ouderen, kwetsbare ouderen, broze ouderen, kwetsbaarheid ouderen, kwetsbare "
    "oudere",
    "dwingende controle, coercive control, controlerend gedrag, controlerende partner, jaloerse "
    "partner, partner controleert telefoon, financiële controle, geïsoleerd door partner, "
    "partnergeweld",
    "geschreeuw achter de voordeur, gegil uit de woning, huilende kinderen, kind huilt vaak, "
    "signalen kindermishandeling, kindermishandeling",
    "oudere in de knel, ouderen in de knel, misbruik van ouderen, ouderen onder druk, geld van oma, "
    "geld van opa, pinpas van moeder, ouderenmishandeling",
    "zorg voor elkaar, zorgnetwerk, informeel netwerk, steunnetwerk, netwerk rondom, sociaal "
    "netwerk versterken, netwerkversterking",
    "thuiszorgorganisatie, zorg aan huis, zorgmedewerkers, zorgpersoneel, personeelstekort in de "
    "zorg, wijkverpleging",
    "alarmnummer, ambulance, ambulancepersoneel, hulpdiensten, politie en brandweer, spoedeisende "
    "hulp, seh, huisartsenpost",
    "reanimatie, reanimeren, aed, burgerhulpverlener, burgerhulpverleners, hartstilstand, "
    "hartslagnu, ehbo, ehbo-cursus",
    "verstandelijk gehandicapte buurman, zorgbewoners, zorgwoningen, zorgvilla, kleinschalig wonen, "
    "woonvoorziening, gezinsvervangend tehuis, gezinshuis",
    "uitstroom ggz, ambulantisering, extramuralisering, hervorming langdurige zorg",
    "levensmoe, 113 zelfmoordpreventie, gatekeeper, gatekeepertraining, suïcidepreventie",
    "gokken op de telefoon, gokapp, gokapps, loterij, krasloten, gokverslaafd, gokproblemen, loket "
    "kansspel, holland casino, gokverslaving",
    "slapeloos, slecht slapen, slaapproblemen, nachtrust, oververmoeid, vermoeidheid, uitputting",
    "rouwverwerking, rouwbegeleiding, rouwgroep, verliesverwerking, afscheid nemen, begrafenis, "
    "uitvaart, uitvaartkosten",
    "zorgboerderij, ontmoetingscentrum, ontmoetingscentra, dagcentrum, dagopvang ouderen, "
    "dagopvang, inloophuis, inloopcentrum, dagactiviteiten",
    # Youth: truancy, dropout, exploitation, grooming, online, street culture, vehicles
    "onder schooltijd, tijdens schooltijd, schooltijd op straat, spijbelaar, spijbelaars, "
    "schoolverzuimer, verzuimmelding, verzuimloket, leerplichtzaken, leerplichtconsulent, "
    "leerplicht",
    "zonder diploma, geen diploma, van school gestuurd, van school getrapt, geschorst, schorsing, "
    "verwijderd van school, voortijdig schoolverlater, vsv, rmc, regionaal meld- en "
    "coördinatiepunt, schoolverlaters",
    "schulden bij criminelen, drugsschuld, drugsschulden, schuld bij dealer, schuld afbetalen aan "
    "criminelen, vastzitten in criminaliteit, uitstapprogramma, exitprogramma",
    "grooming, online grooming, sextortion, sekschantage, webcamchantage, naaktbeelden, naaktfoto's "
    "verspreid, online benaderd, chatten met onbekenden, seksuele chantage",
    "oudere vriend, veel oudere vriend, opgehaald door oudere jongens, opgehaald met dure auto, "
    "weglopen van huis, weggelopen, wegloopgedrag, wegloper, weglopers, loverboyproblematiek, "
    "loverboy",
    "straatcultuur, straatcode, status op straat, straatwaarden, straatmentaliteit, straattaal, "
    "straatjongeren, hosselen, hossel, hustlen, straatcredibility, street credibility",
    "opps, opp, opblokken, pull up, drillclip, drillclips, drillmuziek, drillrapper, drillrappers, "
    "drillscene, drillrap",
    "scooterjongens, scooteroverlast, brommeroverlast, scooters op de stoep, rondjes rijden, "
    "rondjes scheuren, knalpijp, wheelies, wheelie, opgevoerde brommers, opgevoerde scooters",
    "fatbikers, fatbikeoverlast, jongeren op fatbikes, fatbikeverbod, speed pedelec, speedpedelec, "
    "e-step, e-steps, elektrische step, fatbike",
    "carmeet, carmeets, car meet, driften, drifting, donuts draaien, slippen, gierende banden, "
    "ronkende motoren, patserbakken, racende auto's, straatrace",
    "filmpjes online, gefilmd en online gezet, beelden verspreid, video verspreid, expose-accounts, "
    "shame-accounts, roddelaccount, roddelaccounts, exposen",
    "verveling, vervelen, verveelde jongeren, niets omhanden, jongerenvoorzieningen",
    "vechtfilmpjes, vechtfilmpje, fightvideo, fights, afspreken om te vechten, vechtafspraak, "
    "vechtpartij gefilmd",
    "wachtlijst jeugdzorg, jeugdzorg, jeugdhulpaanbieder, jeugd-ggz, jeugdggz, specialistische "
    "jeugdhulp, jeugdinstelling, gesloten jeugdzorg, jeugdzorg plus, residentiële jeugdzorg",
    "onhandelbaar, opstandig, brutaal, grote mond, moeilijk opvoedbaar, gedragsproblematiek",
    "jongeren met schulden, jongerenschulden, klarna, achteraf betalen, afterpay, koop nu betaal "
    "later, telefoonabonnement, belschulden, schulden op je achttiende, achttien worden",
    "vechtsport, boksen, kickboksen, boksschool, vechtsportschool, boksles, krav maga, thai boksen, "
    "vechtsport als preventie",
    "zondagsvoetbal, straatvoetbal, panna, pannakooi, freestyle, cruijff court, buurtvoetbal",
    "skaten, skaters, skatebaan, skatepark, skateboarden, bmx, pumptrack, crossbaan, bmx-baan",
    "chillen, chillplekken, ontmoetingsplek voor jongeren, jongerenontmoetingsplek, jop, hangplek "
    "voor jongeren, jongerenshelter",
    "toezicht ouders, ouders aanspreken, ouderlijk toezicht, ouders onmachtig, machteloze ouders, "
    "handelingsverlegen ouders",
    "jongen van twaalf, twaalfminners, jonge kinderen in criminaliteit, kinderen in criminaliteit, "
    "jonge aanwas, aanwas, preventie jonge aanwas, preventieve aanpak ondermijning",
    "snapmap, snapchat groepen, telegramgroepen, telegramkanaal, jongerenchat, groepsapp van "
    "jongeren",
    "gamen tot diep in de nacht, nachtelijk gamen, fortnite, roblox, minecraft, gta, "
    "game-verslaving, online gaming",
    "lachgasgebruik, lachgasverbod, ballonnen op straat, lachgascilinders, lachgasflessen in de "
    "auto, lachgasongelukken, lachgas",
    "vapen op school, vapes op school, vapeverkoop, rookverbod jongeren, puffen, puff bar, "
    "puffbars, vape",
    "energiedrank, redbull, energydrink, energydrinks, energiedrankverbod",
    "naschoolse opvang, bso, buitenschoolse opvang, tussenschoolse opvang, overblijven, tso",
    "schoolpleinen, schoolplein, groen schoolplein, open schoolplein, schoolplein na schooltijd",
    "huiswerkklas, huiswerkbegeleiding, huiswerkinstituut, bijles kan niet betaald worden, gratis "
    "bijles, studiehuis",
    "examenstress, faalangst, prestatiedruk, stress bij jongeren, mentale druk jongeren, mentale "
    "gezondheid jongeren, jongeren in de knel",
    "meidenvenijn, meidengroepjes, buitensluiten, buitengesloten worden, weinig vrienden, "
    "vriendschappen",
    "jongeren in de jeugdgevangenis, jeugdinrichting, jji, justitiële jeugdinrichting, "
    "jeugddetentie, terugkeer na detentie, re-integratie na detentie",
    # Crime and undermining: signals of drugs, explosions, arson, dumping, theft, fraud, enforcement
    "gedumpte vaten, lekkende vaten, vaten in de sloot, vaten in het bos, chemicaliën gedumpt, "
    "chemisch afval, drugsafval gevonden, dumping van drugsafval, drugsafval",
    "gripzakjes, drugswikkels, bolletjes coke, straathandel, straatdealers, drugsrunners, "
    "drugsrunner, drugsdeal, drugsdeals",
    "bezorgdealers, drugsbezorging, drugs bestellen, drugs aan huis, cokebezorging, coketaxi, "
    "drugskoeriers op scooters, bezorgde drugs",
    "bankpas verkopen, pinpas verkopen, pincode afgeven, rekening beschikbaar stellen, geld op je "
    "rekening laten storten, snel geld via snapchat, geld verdienen via instagram, geldezel",
    "bang voor represailles, represailles, angst om te melden, niet durven melden, durven melden, "
    "meldingsbereidheid, aangiftebereidheid, zwijgcultuur",
    "mortierbom, mortierbommen, shells, nitraat, nitraten, strijkers, knalvuurwerk, zwaar vuurwerk, "
    "vuurwerkbom, vuurwerkbommen, illegaal vuurwerk",
    "explosie bij de voordeur, explosie bij woning, ontploffing aan de deur, deur opgeblazen, cobra "
    "tegen de deur, aanslag op woning, explosievenaanslag, explosie",
    "brandjes, fikkie, fikkie stoken, vuurtje stoken, vuurtjes, in brand gestoken, brand gesticht, "
    "brandende container, containerbranden, brandstichting",
    "illegale afvalstort, illegaal storten, bouwafval gedumpt, afval in de natuur, afval in het "
    "bos, afvalcriminaliteit, milieucriminaliteit, illegale dumping",
    "garagebox, garageboxen, opslagbox, opslagboxen, self storage, bedrijfsverzamelgebouw, "
    "bedrijfsverzamelgebouwen, bedrijventerrein, bedrijventerreinen",
    "stashhouse, stashpand, drugsopslag, wapenopslag, opslagadres, opslagwoning, pakketje bewaren "
    "voor iemand, spullen bewaren voor criminelen",
    "autodiefstal, auto gestolen, keyless entry, katalysatordiefstal, katalysator gestolen, airbags "
    "gestolen, autokrakers, inbraak in auto",
    "marktplaatsfraude, tikkiefraude, nep betaalverzoek, valse betaalverzoeken, nepwebshop, "
    "nepwebshops, internetoplichting, aankoopfraude, marktplaats",
    "identiteitsfraude, identiteitsdiefstal, gegevens misbruikt, paspoort misbruikt, id-kaart "
    "misbruikt, id-fraude, kopie id",
    "ruiten ingegooid, ingegooide ramen, ramen ingegooid, stenen gooien, stenen naar ramen, eieren "
    "gooien, bekogelen, bekogeld, hulpverleners bekogeld",
    "verdachte personen, verdacht persoon, verdachte situatie, verdachte auto, rondsnuffelen, "
    "deurklinken, aan deurklinken voelen, rondlopen bij auto's, 112 bellen bij verdachte situatie",
    "inbraakpreventie, hang- en sluitwerk, politiekeurmerk veilig wonen, pkvw, inbraakwerend, "
    "kerntrekbeveiliging, inbraakgolf",
    "uitkeringsfraude, bijstandsfraude, fraude met uitkering, samenwoonfraude, kostendelersnorm, "
    "sociale recherche, handhaving sociale zekerheid, rechtmatigheidsonderzoek",
    "toeteren, getoeter, claxonneren, knallende uitlaat, patseruitlaat, motorlawaai, "
    "verkeerslawaai, verkeersgeluid, knalpot",
    "criminele familie, criminele families, familiecriminaliteit, foute familie, broer in de "
    "criminaliteit, criminele broers, criminele netwerken, familienetwerken",
    "signalen ondermijning, zicht op ondermijning, weerbaarheid tegen ondermijning",
    "kluisjesroof, overval op bezorger, beroving van bezorger, jatten, gejat",
    "bolletjes, coke, snuiven, lijntjes, coke snuiven, cocaïnegebruik, cokegebruik",
    "wiet roken, jointje roken, blowende jongeren, blowen op straat, wietgebruik, cannabisgebruik, "
    "cannabis",
    "hasj, hasjiesj, joints draaien, wietlucht in de flat, blowende buren, rook van de buren, "
    "wietrook",
    "helers, helingsgoederen, gestolen fietsen verkopen, gestolen spullen kopen, opkopers, "
    "goudopkopers, opkoopregister",
    "vuurwapens, pistool, pistolen, schietijzer, geweer, beschoten woning, kogelgaten, "
    "kogelinslagen",
    "bendeoorlog, vergelding, wraakacties, rivaliteit",
    "tienerdealers, jonge dealers, dealende jongeren, jongeren die dealen, jongens die dealen",
    "zakkenrollerij, telefoon gestolen, telefoondiefstal, tas gestolen, portemonnee gestolen",
    "carjacking, carjackings, autoroof, autoroven, overval op straat, beroving op straat, "
    "straatroven, straatrovers",
    "hennepzolder, hennepzolders, wiet op zolder, kwekerij in de woning, wietkwekerij in huis, "
    "zolderkwekerij, hennepruimingen, ruiming, ruimingen",
    "politie-inval, arrestatieteam, huiszoeking, doorzoeking, opsporing",
    "wietpas, ingezetenencriterium, drugstoerisme, drugstoeristen, experiment gesloten "
    "coffeeshopketen, wietexperiment",
    # Money: debts, fines, benefits, hidden poverty, lending, digital and literacy barriers
    "blauwe envelop, blauwe enveloppen, brief van de belastingdienst, belastingschuld, "
    "belastingschulden, naheffing, gemeentelijke belastingen, waterschapsbelasting, "
    "afvalstoffenheffing, belastingaangifte",
    "cjib, boetes, verkeersboetes, openstaande boetes, boeteschuld, boeteschulden, zwartrijden, "
    "ov-boete, gijzeling, centraal justitieel incassobureau",
    "water afgesloten, afsluiting drinkwater, waterschuld, waterrekening, drinkwaterbedrijf, "
    "waterbedrijf, afsluitbeleid",
    "lege koelkast, lege ijskast, met honger naar school, hongerig, ondervoeding, ondervoed, "
    "voedselonzekerheid, voedselarmoede",
    "verborgen armoede, stille armoede, onzichtbare armoede, middeninkomens in de knel, "
    "middengroepen, bestaanszekerheid, bestaansonzekerheid",
    "sociaal minimum, bestaansminimum, laag inkomen, lage inkomens, lagere inkomens, inkomensgrens, "
    "minimumgrens, minimuminkomen",
    "energiebank, energiefonds, noodfonds, energieschuld, energieschulden, achterstand "
    "energierekening, voorschot energie, termijnbedrag, maandtermijn",
    "toeslag terugbetalen, toeslagen terugbetalen, dienst toeslagen, toeslagschuld, voorschot "
    "toeslag, terugvordering",
    "ouderbijdrage, vrijwillige ouderbijdrage, schoolkosten, schoolkamp, werkweek betalen, "
    "schoolreis, schoolreis betalen",
    "jeugdsportfonds, jeugdcultuurfonds, sportfonds, jarige job, stichting jarige job, "
    "verjaardagsbox, verjaardag vieren",
    "sinterklaasactie, sinterklaasfeest, kerstpakket, kerstpakketten, kerstactie, kerstdiner, "
    "speelgoedactie, speelgoedbank",
    "woekeraar, woekerrente, woekerlening, woekerleningen, illegale lening, geldschieter, "
    "flitskrediet, flitskredieten, onderhandse lening, geld lenen bij familie",
    "kredietbank, gemeentelijke kredietbank, gkb, sociale lening, sociaal krediet, plangroep, "
    "stadsbank, budgetadviescentrum",
    "aow, aow'ers, aow-gat, klein pensioen, alleen aow, pensioentje, aio, aanvullende "
    "inkomensvoorziening ouderen",
    "van het kastje naar de muur, kastje naar de muur, rondgestuurd, niemand voelt zich "
    "verantwoordelijk",
    "blut, platzak, berooid, op zwart zaad, zwart zaad, krap bij kas, geen cent, geldgebrek, "
    "geldtekort",
    "digitaal kwetsbaar, digitale kloof, digitale achterstand, online formulieren, online "
    "aanvragen, app downloaden, qr-code, internetbankieren, mobiel bankieren",
    "brieven niet begrijpen, moeilijke brieven, brieven van instanties, ambtelijke taal, moeilijke "
    "taal, taalniveau b1, b1-niveau, begrijpelijke taal, eenvoudige taal, heldere taal, "
    "jip-en-janneketaal, klare taal",
    "stapeling van schulden, problematische schulden, schuldenproblematiek, schuldenlast, hoge "
    "schulden, schuldenberg, diep in de schulden",
    "nibud, budgetplan, budgetcursus, geldcursus, cursus omgaan met geld, geldlessen, financiële "
    "educatie, financiële geletterdheid",
    "geld voor boodschappen, boodschappengeld, supermarktbonnen, waardebon, waardebonnen, "
    "cadeaukaart, boodschappenkaart, boodschappenpas",
    "verhuurder verrekent, huurbetaling, automatische incasso huur, huurschuld, huurschulden",
    "stille armoede bij ouderen, alleenstaande ouder, alleenstaande moeder, alleenstaande moeders, "
    "eenoudergezin, eenoudergezinnen, bijstandsmoeder, bijstandsmoeders",
    "zorgverzekering opgezegd, wanbetalersregeling, cak, bestuursrechtelijke premie",
    "studieschuld, collegegeld, studiefinanciering stopt, studentenarmoede, arme studenten",
    "huishoudelijke apparaten, wasmachine kapot, koelkast kapot, geen wasmachine, witgoed, "
    "witgoedregeling, inrichtingskrediet, inrichting woning, lege woning inrichten",
    "statushouders inrichting, statushouder meubels, meubelbank, meubels doneren, spullen doneren, "
    "inzamelactie, inzameling",
    # Newcomers and diversity: language, labour migrants, Roma and travellers, tensions, discrimination
    "google translate, vertaalapp, met handen en voeten, handen en voeten, kind als tolk, kinderen "
    "als tolk, tolkende kinderen, sleutelpersoon als tolk",
    "polen, poolse arbeiders, poolse, busjes met buitenlandse kentekens, buitenlandse kentekens, "
    "poolse busjes, uitzendbureau, uitzendbureaus, flexmigranten, eu-migranten, arbeidsmigratie",
    "wonen via uitzendbureau, woning via werkgever, huisvesting via werkgever, werkgever als "
    "verhuurder, gekoppeld huurcontract, sna-keurmerk, sncu, huisvesting arbeidsmigranten",
    "roma, sinti, zigeuners, roma-gezinnen, roma-kinderen, roma en sinti, roma-gemeenschap",
    "woonwagenlocatie, standplaatsenbeleid, woonwagenkampen, woonwagencultuur, kampers, "
    "woonwagenbewoner, woonwagen",
    "eritreeërs, eritrese, syriërs, syrische, afghanen, afghaanse, somaliërs, jemenieten, "
    "vluchtelingengezinnen, statushouders",
    "racistisch, racistische opmerkingen, racistische scheldwoorden, hakenkruis, hakenkruizen, "
    "racistische leuzen, discriminerende opmerkingen, meldpunt discriminatie, "
    "antidiscriminatievoorziening, discriminatie.nl",
    "buitenlanders, allochtonen, allochtoon, allochtone, migranten, mensen met een "
    "migratieachtergrond, migratieachtergrond, bi-culturele",
    "volksbuurt, volkswijk, arbeiderswijk, arbeidersbuurt, oude volkswijk, geboren en getogen, "
    "oorspronkelijke bewoners, oudgedienden",
    "azc-protest, protest tegen azc, weerstand tegen azc, weerstand tegen opvang, komst van een "
    "azc, komst azc, onrust over opvang, draagvlak opvang",
    "veiligelanders, veilige landers, overlastgevende asielzoekers, overlast asielzoekers, ebtl, "
    "extra begeleidings- en toezichtlocatie, htl",
    "thuistaal, moedertaal, meertalig, meertaligheid, tweetalig, andere taal thuis",
    "naturalisatie, nederlands paspoort, staatsburgerschap, ind, immigratie- en "
    "naturalisatiedienst, verblijfsstatus, verblijfsrecht, verblijfsvergunning",
    "iftar, buurtiftar, iftarmaaltijd, ramadan, suikerfeest, offerfeest, islamitische feestdagen",
    "keti koti, slavernijverleden, herdenking slavernij, slavernij, koloniaal verleden, "
    "emancipatiedag",
    "expats, kenniswerkers, internationals, internationale werknemers, engelstalig, engelstaligen",
    "hoofddoek, hoofddoekjes, boerka, nikab, gesluierde vrouwen, moslima's, moslimvrouwen",
    "turkse gemeenschap, marokkaanse gemeenschap, surinaamse gemeenschap, antilliaanse gemeenschap, "
    "kaapverdiaanse gemeenschap, migrantengemeenschap, migrantengemeenschappen, diaspora",
    "sleutelpersonen nieuwkomers, community leaders, brugfiguren, brugfunctionaris, "
    "brugfunctionarissen, cultuurtolk",
    "asielkinderen, vluchtelingenkinderen, amv, alleenstaande minderjarige vreemdelingen, "
    "alleenstaande minderjarigen, nidos, voogd, voogdij",
    "burgerschapsonderwijs, democratische waarden, samenlevingsvaardigheden, nederlandse normen en "
    "waarden, normen en waarden",
    "eenzame nieuwkomers, nieuwkomers zonder netwerk, weinig netwerk, netwerkloos, netwerk opbouwen "
    "nieuwkomers",
    "anderstalige ouders, ouders spreken geen nederlands, ouders zonder nederlands, taalcontact, "
    "oudertaalles, ouders op taalles",
    "discriminatie door politie, etnisch profileren, etnische profilering, profileren, "
    "staandehouding, aangehouden zonder reden",
    # Public space and environment: animals, waste, green, heat, traffic, water, soil, nuisance
    "rattengaten, rattenholen, holen in de grond, gangen onder de tegels, rattenkeutels, "
    "muizenkeutels, knaagsporen, ongediertebestrijder, plaagdierbeheersing, plaagdierbestrijding, "
    "rattenvanger, rattenoverlast",
    "duivenpoep, duivenstront, duiven op het balkon, duivennest, duivenpinnen, duivennet, "
    "duivenplaag, meeuwen die vuilniszakken openpikken, opengepikte vuilniszakken, kraaien, "
    "meeuwenoverlast, duivenoverlast",
    "eikenprocessierups, processierups, processierupsen, rupsen, brandharen, jeukende bultjes, "
    "rupsennesten",
    "wespen, wespennest, wespennesten, bijennest, hoornaars, aziatische hoornaar, hoornaarnest",
    "ganzenpoep, ganzenoverlast, ganzen, nijlganzen, grauwe ganzen, eenden voeren",
    "steenmarter, marter, vossen, vos, wilde dieren, egels, stadsnatuur, stadsecologie, "
    "biodiversiteit, natuurinclusief",
    "vieze straat, smerige straat, vuile straat, rotzooi op straat, peuken, sigarettenpeuken, "
    "blikjes op straat, zwerfvuil",
    "bankstel op straat, bank op de stoep, kast bij de container, oude meubels op straat, meubels "
    "buiten gezet, grof afval, grofvuilafspraak, grofvuil ophalen, grofvuil, meubels naast de "
    "container, matras naast de container, bankstel naast de container",
    "milieustraat, afvalbrengstation, recyclestation, milieupark, gemeentewerf, afvalbrengpunt",
    "volle container, container vol, overvolle containers, container zit vol, containers niet "
    "geleegd, klep kapot, pasje werkt niet, afvalpas kapot, containerlediging",
    "afvalcoach, afvalcoaches, milieucoach, afvalhandhaving, afvalboete, afvalboa, afvalbeleid, "
    "afvalinzamelaar",
    "boomkap, bomenkap, bomen kappen, gekapte bomen, kapvergunning, herplantplicht, bomen weg, "
    "bomen gekapt",
    "onkruid, onkruid tussen de tegels, onkruidbestrijding, hoog gras, gras niet gemaaid, "
    "overhangende takken, overwoekerd, verwilderd groen",
    "versteend, versteende straat, tegelvlakte, stenen woestijn, grijze straat, weinig groen, "
    "ontstenen, vergroenen",
    "snikheet, bloedheet, warme woning, te warm in huis, oververhitte woning, hitteplan, "
    "hitteprotocol, zonwering, buitenzonwering, zonneschermen",
    "gevaarlijke kruising, gevaarlijk kruispunt, onoverzichtelijke kruising, bijna-ongeluk, bijna "
    "ongeluk, aanrijding, aanrijdingen, verkeersongeluk, verkeersongeval, verkeersongevallen, "
    "verkeersslachtoffers",
    "te hard rijden, hardrijders, snelheidsovertreding, maximumsnelheid, 30km-zone, "
    "snelheidscontrole, snelheidsmeting, matrixbord, smiley-bord, snelheidsdisplay",
    "parkeren op de stoep, auto op de stoep, dubbel parkeren, dubbelparkeren, parkeren op het gras, "
    "invalidenplek bezet, stoepparkeren, wildparkeren",
    "felyx, go sharing, donkey republic, swapfiets, deelscooters op de stoep, deelscooters, "
    "deelfietsen",
    "flitsbezorgers, flitsbezorging, gorillas, getir, dark store, dark stores, darkstore, "
    "maaltijdbezorgers, thuisbezorgd, uber eats, bezorgscooters",
    "kapotte speeltoestellen, speeltuin kapot, glas in de zandbak, zandbak, wipkip, "
    "speelvoorzieningen, speelruimte, speelruimteplan, speelnorm",
    "openbaar toilet, openbare toiletten, plaskrul, wildplassen, wildplassers, poepen op straat, "
    "urinoir, hoge nood",
    "weekmarkt, marktkramen, marktkoopman, marktkooplieden, marktmeester, zaterdagmarkt",
    "gladheid, strooien, strooizout, sneeuw ruimen, gladde stoep, ijzel, gladde wegen",
    "bladeren, bladafval, bladkorven, bladkorf, herfstblad, bladruimen",
    "vliegtuiglawaai, vliegtuigen, schiphol, treinlawaai, spoorlawaai, snelweggeluid, "
    "geluidsscherm, geluidsschermen, geluidswal",
    "blauwalg, stinkend water, stinkende sloot, dode vissen, vieze vijver, kroos, waterkwaliteit, "
    "oppervlaktewater, waterschap, vijvers",
    "asbest, asbestdaken, asbestverwijdering, asbestsanering, golfplaten, asbesthoudend",
    "bodemvervuiling, vervuilde grond, bodemsanering, gifgrond, lood in de grond, loodvervuiling, "
    "bodemverontreiniging",
    "omgevingsdienst, milieuhandhaving, milieuklacht, milieuklachten, geurhinder, milieuvergunning, "
    "bedrijfsoverlast, overlast van bedrijven",
    "bedelen, bedelaars, bedelaar, bedelende mensen, bedelverbod, daklozenkrant, straatkrant, "
    "straatkrantverkoper",
    "melding openbare ruimte, mor, fixi, buitenbeter, slimmelden, verbeterdebuurt, meldingen "
    "openbare ruimte, meldapp, meldingenapp",
    "winkelwagentjes, winkelwagens, boodschappenkarretjes, achtergelaten winkelwagens",
    "speelstraat, speelstraten, leefstraat, leefstraten, autovrije zondag, autovrij, woonerf, "
    "straat afsluiten voor kinderen",
    "stoepkrijt, buiten spelen, buitenspeeldag, spelen op straat, speeltijd buiten",
    "fietspad, fietspaden, fietsers, fietsersbond, fietsstraat, fietsroute, fietsveiligheid, "
    "fietsongeluk",
    "bushalte, bushokje, openbaar vervoer, ov, buslijn, buslijnen, bus rijdt niet meer, "
    "ov-verbinding",
    "zebrapad ontbreekt, gevaarlijk oversteken, kinderen oversteken, veilig oversteken, schoolroute "
    "onveilig",
    "vrachtwagens, vrachtverkeer, sluipverkeer, doorgaand verkeer, verkeersdruk, files, drukke weg",
    "verlichting kapot, lamp kapot, lantaarnpaal kapot, donker pad, donkere steeg, donker park, "
    "onverlicht",
    "stadspark, buurtpark, parkbeheer, parkgebruikers, parkoverlast",
    "hondenpoepzakjes, hondenbezitters, honden los, losloophonden, hondenlosloopgebied, "
    "hondenveldje, hondenbelasting",
    "rookmelder, koolmonoxide, koolmonoxidemelder, co-melder, koolmonoxidevergiftiging, geiser, "
    "open verbranding",
    "verzakking, verzakte straat, verzakte huizen, funderingsproblemen, funderingsherstel, paalrot, "
    "houten palen",
    "bodemdaling, grondwater, grondwaterstand, grondwateroverlast, natte kelder, kruipruimte, water "
    "in de kruipruimte",
    "windhinder, tochtige hoek, valwind, windtunnel, hoge gebouwen wind",
    "lichthinder, lichtvervuiling, felle lampen, reclameverlichting, ledverlichting",
    # Community: cuts, facilities, volunteers, initiatives, vacant shops, meeting places, clubs
    "bezuinigingen, bezuiniging, bezuinigen, wegbezuinigd, kaalslag, subsidiekorting, korting op "
    "subsidie, subsidie stopgezet, subsidiestop, ravijnjaar",
    "geldautomaat, geldautomaten, pinautomaat, pinautomaten, geldmaat, contant geld opnemen, "
    "contant geld, cash",
    "krimp, krimpgebied, bevolkingskrimp, krimpregio, vergrijzing, ontgroening",
    "voorzieningenniveau, voorzieningen verdwijnen, verdwenen voorzieningen, supermarkt gesloten, "
    "postkantoor weg, sluiting buurthuis, buurthuis dicht",
    "te weinig vrijwilligers, vrijwilligerstekort, gebrek aan vrijwilligers, vrijwilligers vinden, "
    "vrijwilligers werven, werving vrijwilligers, vergrijsde vrijwilligers, vrijwilligers behouden",
    "kartrekker, kartrekkers, harde kern, vaste kern, dragende vrijwilligers, actieve kern, vaste "
    "vrijwilligers",
    "initiatiefnemer, initiatiefnemers, buurtinitiatief, buurtinitiatieven, burgerinitiatief, "
    "straatinitiatief",
    "winkelleegstand, lege winkelpanden, lege winkels, dichte winkels, lege plinten, plint, "
    "plinten, plintenstrategie, levendige plint",
    "pop-up store, pop-upwinkel, popupwinkel, tijdelijk gebruik, tijdelijke invulling, meanwhile "
    "use, broedplaats, broedplaatsen, atelierruimte, ateliers",
    "huiskamer van de wijk, huiskamer van de buurt, buurtcafé, derde plek, third place, "
    "laagdrempelige ontmoetingsplek, ontmoetingsplaats",
    "verenigingsleven, clubhuis, sportkantine, voetbalclub, voetbalvereniging, amateurvoetbal, "
    "sportvereniging",
    "burendag, nldoet, burenborrel, straatborrel, nieuwjaarsborrel, buurtborrel",
    "vsbfonds, rabo clubsupport, rabobank clubsupport, lions, rotary, vermogensfondsen, fonds "
    "sociale doelen",
    "buurtcoöperatie, wijkcoöperatie, zorgcoöperatie, buurtbedrijf, wijkbedrijf, wijkonderneming, "
    "sociale onderneming, maatschappelijk ondernemer, social enterprise",
    "uitlenen, leenpunt, gereedschap lenen, deelkast, spullen delen, buurtschuur, uitleenpunt, "
    "peerby, deeleconomie",
    "klusjesdienst, klusdienst, klusbus, klushulp, klusjesman, buurtklusser, kleine klusjes, "
    "klusjes",
    "sleutelbeheer, sleutel van het buurthuis, beheer buurthuis, beheerder buurthuis, zaalverhuur, "
    "ruimte huren, ruimteverhuur, zaal huren",
    "openingstijden buurthuis, avondopenstelling, weekendopening, programmering buurthuis, "
    "activiteitenaanbod",
    "kerkgebouw, lege kerk, kerk sluit, herbestemming, herbestemming kerk, maatschappelijk "
    "vastgoed, gemeentelijk vastgoed",
    "ouderenvereniging, soos, sociëteit, bingo, klaverjassen, kaartclub, biljarten, koersbal, "
    "sjoelen",
    "koor, buurtkoor, muziekvereniging, harmonie, fanfare, toneelvereniging, amateurkunst",
    "wijkfeest, wijkfestival, zomerfeest, zomerfestival, kermis, braderie, rommelmarkt, vrijmarkt, "
    "koningsdag",
    "herdenking, dodenherdenking, monument, oorlogsmonument, struikelstenen, bevrijdingsdag",
    "buurtgeschiedenis, wijkgeschiedenis, historische vereniging, erfgoed, oude foto's, verhalen "
    "van vroeger",
    "ouderen en jongeren samen, intergenerationeel, generaties verbinden, jong en oud samen",
    "kinderboerderij, stadsboerderij, dierenweide, hertenkamp, geitjes",
    "zwemvereniging, zwembad dicht, sluiting zwembad, sporthal, sporthal dicht, sportaccommodatie, "
    "sportvoorzieningen",
    "buurtapp, buurtplatform, wijkwebsite, buurtwebsite, wijknieuws, buurtnieuws, lokale omroep, "
    "lokale krant",
    "zelfbeheer buurthuis, bewonersbedrijf, bewonershuis, stichting buurthuis",
    # Cooperation between organisations
    "warme overdracht, warm overdragen, warme overdrachten, persoonlijk overdragen, doorverwijzen, "
    "doorverwijzing, verwijzing",
    "veiligheidsoverleg, lokale driehoek, driehoeksoverleg, openbaar ministerie, officier van "
    "justitie",
    "riec, regionaal informatie- en expertisecentrum, liec, integrale aanpak ondermijning, "
    "bestuurlijke aanpak, bestuurlijke rapportage, ondermijningsteam",
    "gezamenlijk huisbezoek, integraal huisbezoek, interventieteam, integrale controle, integrale "
    "controles, woningcontrole, handhavingsactie, gezamenlijke controle, lsi, landelijke stuurgroep "
    "interventieteams",
    "zorg en veiligheid, ggz en politie, politie en ggz, levensloopaanpak, levensloop, high impact "
    "casussen, complexe casuïstiek, hoog risico casus, zorg-veiligheidscasus",
    "netwerkoverleg, netwerkbijeenkomst, professionalsnetwerk, partneroverleg, wijknetwerk, "
    "buurtnetwerk, netwerktafel, wijktafel",
    "langs elkaar heen werken, langs elkaar heen, eilandjes, eilandjescultuur, gebrek aan "
    "samenwerking, samenwerking stroef",
    "versnippering, versnipperde hulp, versnipperd aanbod, lappendeken, wildgroei aan hulp, te veel "
    "hulpverleners in een gezin",
    "huisartsen en wijkteam, huisarts en sociaal domein, verbinding zorg en welzijn, zorg en "
    "welzijn verbinden, sociaal domein, medisch domein",
    "wijkagent en jongerenwerk, driehoek jongerenwerk, politie en jongerenwerk, school en "
    "jongerenwerk, straatteam",
    "woningcorporatie en wijkteam, signalen van de corporatie, zorgsignaal van de huismeester",
    "opdrachtgever, opdrachtnemer, aanbesteding, inkoop, inkoop zorg, contractmanagement, "
    "accounthouder, subsidierelatie, welzijnsopdracht",
    "pilotproject, projectsubsidie, projectencarrousel, projectenwaan, projectmatig, structurele "
    "financiering, structureel geld",
    "werkdruk, hoge werkdruk, caseload, overbelaste professionals, personeelstekort, krapte op de "
    "arbeidsmarkt, te weinig handen, vacatures niet vervuld",
    "personeelsverloop, wisselende contactpersonen, wisselende hulpverleners",
    "deskundigheidsbevordering, bijscholing, scholing, leerkring, leernetwerk, kennisdeling, kennis "
    "delen, masterclass, lerend netwerk",
    "meldcode huiselijk geweld, afwegingskader, stappenplan meldcode, aandachtsfunctionaris, "
    "aandachtsfunctionaris huiselijk geweld",
    "verwijsindex, verwijsindex risicojongeren, vir, signaleringssysteem, matching",
    "zorgen delen, zorg delen, zorgwekkende situatie, zorgelijke situatie, niet pluis, "
    "niet-pluisgevoel, onderbuikgevoel, pluis",
    "gemeentelijke afdelingen, vakafdeling, afdeling wonen, afdeling veiligheid, afdeling openbare "
    "ruimte, stadsbeheer, stadsdeel, stadsdelen",
    # The kinds of work and role images
    "regelneef, regelaar, aanpakker, doener, doenerig, praktisch ingesteld, handige harry, fixer",
    "niet serieus genomen, serieus genomen, erkenning, erkend worden, zich gehoord voelen, gehoord "
    "voelen",
    "appreciative inquiry, waarderend onderzoeken, waarderende benadering, asset based community "
    "development, abcd, krachtgericht",
    "dilemma, dilemma's, spanningsveld, loyaliteitsconflict, tussen twee vuren, dubbele pet, twee "
    "petten",
    "frontlijnwerker, frontlijnwerkers, frontlijnprofessional, uitvoerende professionals, "
    "praktijkprofessionals, street-level bureaucrats, eerstelijns professionals",
    "maatwerkoplossing, maatwerkoplossingen, buiten de regels, regels oprekken, ruimte in regels, "
    "coulance",
    "omgevingsmanager, omgevingsmanagement, stakeholdermanagement, stakeholders, belanghebbenden, "
    "omgevingsanalyse",
    "ruzie tussen organisaties, botsende belangen, belangenconflict, machtsstrijd, "
    "competentiestrijd, territoriumdrift",
    "dwarsligger, dwarsdenker, tegengeluid, kritisch geluid, kritische vriend, luis in de pels",
    "veelmelder, veelmelders, notoire klager, querulant, klager, klagers, vaste klager, vaste "
    "klagers",
    # More situations as residents describe them, across the areas
    "huur te hoog, huurverlaging, huurprijscheck, huurcheck, maximale huur, huurprijsbescherming, "
    "wet betaalbare huur",
    "waarborgsom, borg terugkrijgen, borg niet terug, hoge borg, borgsom, bemiddelingskosten",
    "zwarte huur, huur contant, huur cash betalen, mondeling huurcontract, zonder huurcontract "
    "huren, illegale verhuur",
    "woningnet, woonnet, klik voor wonen, woonkeus, mijn woonservice, inschrijven voor een woning, "
    "inschrijving als woningzoekende, woningzoekend",
    "camelot, ad hoc beheer, villex, antikraakbewoner, anti-kraakbewoner, tijdelijke bewoners leeg "
    "pand, antikraak",
    "erfgrens, erfafscheiding, schutting, schuttingen, heg, heggen, burenrecht",
    "studentenoverlast, feestende studenten, studentenfeesten, studentenhuis overlast, "
    "studentenverenigingen",
    "dementerend, dementerende, beginnende dementie, geheugenpoli, geheugenonderzoek, diagnose "
    "dementie",
    "epa, ernstige psychiatrische aandoening, ernstige psychische aandoening, psychiatrische "
    "patiënt, ggz-cliënt, ggz-cliënten, chronisch psychiatrisch",
    "zorgbehoefte, zorgvraag, indicatiestelling, ciz, zorgindicatie, herindicatie, toegang tot zorg",
    "preventief huisbezoek, preventieve huisbezoeken, ouderenbezoek, vitaliteitsbezoek, huisbezoek "
    "bij ouderen, welzijnsbezoek",
    "opruimhulp, opruimcoach, ontrommelen, professional organizer, grote schoonmaak, woning "
    "opruimen, woning schoonmaken, schoonmaakbedrijf",
    "eenzame dood, dood aangetroffen, dood gevonden in woning, pas na weken gevonden, stille "
    "uitvaart, eenzame uitvaart, gemeentelijke uitvaart",
    "crisiskaart, signaleringsplan, terugvalpreventie, terugval, crisisplan",
    "eenzame jongeren, eenzaamheid onder jongeren, jongeren eenzaam, eenzame studenten",
    "zonder rijbewijs, rijden zonder rijbewijs, rijbewijs, rijles, rijlessen, scooterrijbewijs, "
    "am-rijbewijs",
    "bijbaan, bijbaantje, bijbaantjes, vakantiewerk, vakantiebaan, zakgeld",
    "hiphop, rapmuziek, rappen, breakdance, urban dance, urban cultuur, spoken word",
    "muziekstudio, opnamestudio, beats maken, jongerenstudio, studio voor jongeren, podcaststudio",
    "voetbalhooligans, hooligans, supporters, rellende supporters, voetbalvandalisme, "
    "supportersoverlast",
    "veelplegers, veelpleger, jeugdige veelplegers, stelselmatige daders, ism-maatregel, "
    "draaideurcriminelen",
    "bestuursdwang, last onder bestuursdwang, handhavingsverzoek, handhavingsbesluit, sanctie, "
    "sancties, bestuurlijke boete",
    "tokkies, tokkie, aso, aso's, asocialen, aso-gezin, overlastgezin, overlastgezinnen, "
    "overlastgevend gezin",
    "illegale gokhal, illegaal gokken, gokpand, gokzaal, illegale kansspelen",
    "sleutelen op straat, auto's repareren op straat, sleutelen aan auto's, illegale garage, "
    "illegale autohandel, autohandel aan huis",
    "bedrijf aan huis, bedrijf in woning, kapper aan huis, bedrijvigheid in woning, bedrijfsmatig "
    "gebruik woning",
    "betalingsregeling, betalingsregelingen, afbetalingsregeling, regeling treffen, uitstel van "
    "betaling, betaalafspraak",
    "inflatie, prijsstijgingen, prijzen stijgen, koopkracht, duurte, hoge prijzen",
    "geldstress, financiële stress, stress over geld, schaarste, schaarstedenken, mentale "
    "bandbreedte, tunnelvisie",
    "laptop lenen, laptopbank, computer lenen, gratis laptop, refurbished laptop, laptops voor "
    "kinderen",
    "huwelijksmigranten, huwelijksmigrant, importbruid, importbruiden, huwelijksmigratie",
    "omgevallen boom, boom omgewaaid, stormschade, storm, afgebroken takken, vallende takken",
    "verlaagde stoeprand, hoge stoeprand, stoeprand, stoepranden, obstakels op de stoep, "
    "geblokkeerde stoep",
    "bal tegen de gevel, voetballen tegen de muur, bal tegen de ramen, balspel, balverbod, spelende "
    "kinderen, speelgeluid",
    "welzijnsorganisatie, welzijnsorganisaties, welzijnsinstelling, welzijnsstichting, "
    "welzijnspartner",
    "buurtbus, wijkbus, belbus, vrijwillige chauffeurs, vrijwilligersvervoer, ouderenvervoer",
    "wijkverpleegkundigen en huisarts, eerstelijnszorg, eerstelijn, zorggroep, huisartsenzorg",
    "apotheek, apotheker, medicijnen ophalen, medicijnen bezorgen",
    "tandarts, gebitszorg, mondzorg, slecht gebit, kiespijn, tandartskosten",
    "bril, brillen, oogzorg, gehoorapparaat, gehoorapparaten, hulpmiddelen ouderen",
    "kinderen met overgewicht, dikke kinderen, overgewicht bij kinderen, kinderobesitas",
    "sportvereniging te duur, contributie, clubcontributie, contributie betalen",
    "sloopwoning, sloopwoningen, sloopflat, wachten op sloop, tijdelijk verhuurd tot sloop, "
    "uitsterfbeleid",
    "nachtelijke overlast, 's nachts lawaai, nachtrust verstoord, wakker gehouden, niet kunnen "
    "slapen door lawaai",
    "hond blaft, blaffen, geblaf, hondengeblaf",
    "tuinfeest, barbecue, bbq, feest in de tuin, tuinfeesten, rook van barbecue",
    "kinderen op het dak, klimmen op daken, dakbetreding, op daken klimmen",
    "koffer vol geld, grote bedragen contant, contant geld thuis",
    "hangouderen, ouderen op een bankje, bankjes voor ouderen, ontmoetingsbankje, praatbankje, "
    "kletsbankje",
    "praatpaal, luisterpunt, luisterlijnen, hulplijn, hulplijnen, de luisterlijn, sensoor",
    "kindertelefoon, chat met hulpverlener, chathulp, chatten met hulpverlener, chatdienst, anoniem "
    "chatten",
]
