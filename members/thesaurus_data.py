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
