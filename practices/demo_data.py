"""The demo stories' vocabulary: titles, summaries and the fragments of the four sections.

Plain data for ``practices.demo``. Fragments are ``"|"``-separated; proportions are written as
``"code:weight|…"`` (as in ``members.demo_data``). Placeholders: ``{wijk}`` the neighbourhood (or
the municipality), ``{m}`` the municipality, ``{street}`` a street, ``{partner}`` /
``{Partner}`` a partner organisation, ``{n}`` a digit from 3 to 9 (``{n}0``, ``{n}00`` for
bigger numbers), ``{year}`` the year the story started. Steps (``aanpak``) are noun phrases, so
that they read both as list items and inside a sentence.
"""

from __future__ import annotations

# --- Proportions ---------------------------------------------------------------------------
STATUSES = "published:85|draft:10|archived:5"
VISIBILITIES = "members:70|public:30"
FEATURED_SHARE = 0.035  # of the published stories: about 3 % of all
OWN_PLACE_SHARE = 0.85  # stories set in the author's own municipality (the rest: elsewhere)
NO_WIJK_SHARE = 0.1  # stories about a whole municipality rather than one neighbourhood
COUNTS = {
    "themes": "1:35|2:45|3:20",
    "qualities": "1:30|2:45|3:20|4:5",
    "work": "1:35|2:45|3:20",
    "partners": "0:8|1:25|2:35|3:22|4:10",
    "tags": "0:10|1:15|2:25|3:25|4:15|5:10",
    "co_authors": "0:75|1:18|2:7",
    "signals": "1:30|2:45|3:25",
    "steps": "2:15|3:35|4:30|5:15|6:5",
    "results": "1:35|2:45|3:20",
    "lessons": "1:20|2:40|3:30|4:10",
    # How many years before publication a story started (clamped to FIRST_YEAR).
    "age": "0:18|1:30|2:20|3:12|4:8|5:5|6:4|7:3",
}
FIRST_YEAR = 2015
ONGOING_SHARE = 0.25  # no end year: still going on
PUBLISHED_YEARS = 4  # published_at is spread over this many years before today
# A story's author's own themes and qualities weigh this many times more.
AUTHOR_BOOST = 4
PARTNER_WEIGHTS = (
    "gemeente:3|woningcorporatie:8|welzijnsorganisatie:9|politie:6|zorg:5|onderwijs:3|"
    "bewonersorganisatie:6|adviesbureau:1|kennisinstelling:2|overig:3"
)
PARTNER_BOOSTS = {  # a theme makes some partners likelier
    "wonen": {"woningcorporatie": 4, "bewonersorganisatie": 2},
    "veiligheid-en-ondermijning": {"politie": 5, "woningcorporatie": 2},
    "zorg-en-welzijn": {"zorg": 4},
    "gezondheid": {"zorg": 4},
    "jeugd": {"onderwijs": 3, "welzijnsorganisatie": 2},
    "onderwijs": {"onderwijs": 6},
    "participatie": {"bewonersorganisatie": 4},
    "openbare-ruimte": {"bewonersorganisatie": 3, "gemeente": 2},
    "armoede-en-schulden": {"welzijnsorganisatie": 2, "woningcorporatie": 2},
    "energie-en-klimaat": {"woningcorporatie": 3},
}
# How a partner is named in a sentence (the code of an organisation type → "|"-options).
PARTNER_NAMES = {
    "gemeente": "de gemeente|het stadhuis|de gebiedsmanager",
    "woningcorporatie": "de woningcorporatie|de corporatie|de huismeester",
    "welzijnsorganisatie": "het welzijnswerk|de opbouwwerker|het jongerenwerk",
    "politie": "de wijkagent|de politie",
    "zorg": "het wijkteam|de wijkverpleging|de huisarts",
    "onderwijs": "de school|de brede school",
    "bewonersorganisatie": "de bewonersorganisatie|de wijkraad|de huurdersvereniging",
    "adviesbureau": "een procesbegeleider|een extern adviseur",
    "kennisinstelling": "de hogeschool|een onderzoeker van de hogeschool",
    "overig": "de voedselbank|de kerk in de wijk|een buurtbedrijf",
}
STREETS = (
    "Vermeerstraat|Molenweg|Rembrandtlaan|Kastanjelaan|Prinses Irenestraat|Händelstraat|"
    "Zonnebloemstraat|Stationsweg|Kerkstraat|Beukenlaan|Marconiplein|Van Goghstraat|"
    "Julianastraat|Mozartlaan|Merelstraat|Schoolstraat|Dahliastraat|Tulpstraat"
)

# --- Per theme: titles, the gist (a summary's first sentence), signals, steps, results ------
STORIES = {
    "leefbaarheid": {
        "titles": "Wijkschouw met bewoners in {wijk}|Een buurtbudget voor {wijk}|Van "
        "klachtenlijst naar wijkagenda|Samen de {street} weer schoon|Buurtkamer in een lege "
        "winkel|Schoon, heel en veilig in {wijk}|De wijkagenda van {wijk}|Bewoners kiezen zelf: "
        "buurtbudget in {m}",
        "gist": "In {wijk} stapelden de klachten over afval, verloedering en overlast zich op.|"
        "Bewoners van {wijk} voelden zich niet gehoord over de staat van hun buurt.|In {wijk} "
        "zochten we met bewoners naar een manier om zelf iets aan de buurt te doen.",
        "signals": "Meldingen over zwerfafval en grofvuil bij de containers namen ieder jaar "
        "toe.|Bewoners zeiden op straat dat ze niet meer wisten bij wie ze moesten zijn.|Het "
        "buurthuis was twee jaar eerder gesloten; er was geen plek meer om elkaar te zien.|In de "
        "buurtmonitor scoorde {wijk} al jaren het laagst op de vraag of bewoners zich thuis "
        "voelen.|De huismeester zag dezelfde portieken steeds terugkomen in zijn rondes.",
        "steps": "een wijkschouw met bewoners, de huismeester en de wijkagent|een buurtbudget "
        "van {n}.000 euro waarover bewoners zelf beslissen|een vaste inloop op dinsdagochtend in "
        "een leeg winkelpand|een kaart met alle meldingen van het afgelopen halfjaar|een "
        "wijkagenda met drie prioriteiten, gekozen door bewoners|afspraken met de reiniging over "
        "extra ophaalrondes",
        "results": "De meldingen over afval daalden in een jaar met bijna de helft.|Een groep "
        "van {n} bewoners beheert nu zelf de buurtkamer.|Drie van de vijf plannen uit het "
        "buurtbudget zijn uitgevoerd.|Bewoners weten de weg naar de gemeente weer te vinden, en "
        "andersom.",
    },
    "veiligheid-en-ondermijning": {
        "titles": "Achter de voordeur van de {street}|Hennep op zolder: samen signalen "
        "herkennen|Jongerenoverlast aanpakken zonder nieuwe boetes|Een veilige route naar school "
        "in {wijk}|Een buurtpreventie-app die echt werkt|Ondermijning zichtbaar maken in {wijk}|"
        "Woonoverlast: één regisseur voor de hele straat",
        "gist": "In {wijk} zagen bewoners en professionals signalen van ondermijning, maar "
        "niemand bracht ze samen.|Een groep jongeren veroorzaakte maandenlang overlast rond het "
        "winkelcentrum van {wijk}.|Een paar adressen in de {street} zorgden voor een straat vol "
        "spanning en overlast.",
        "signals": "De wijkagent kreeg meldingen over drukte bij één woning, op alle uren van "
        "de dag.|Bewoners durfden niet meer te melden uit angst voor represailles.|Het "
        "stroomverbruik van een portiek was opvallend hoog en de ramen bleven dicht.|Winkeliers "
        "zagen hun klanten wegblijven door de groep voor de deur.|Er lagen drie dossiers over "
        "hetzelfde adres, bij drie organisaties.",
        "steps": "een casusoverleg met politie, corporatie en gemeente, elke twee weken|"
        "huisbezoeken in koppels van een wijkagent en een sociaal werker|gesprekken met de "
        "jongeren zelf in plaats van over hen|een training signalen herkennen voor huismeesters "
        "en wijkverpleegkundigen|een anonieme meldroute via de wijkkrant en de buurtapp|een "
        "bestuurlijke rapportage die de burgemeester in één keer het hele beeld gaf",
        "results": "Twee panden werden gesloten en de straat kwam tot rust.|De meldingen van "
        "overlast halveerden binnen zes maanden.|{n} jongeren vonden via het jongerenwerk een "
        "stageplek.|Bewoners melden weer, omdat ze zien dat er iets mee gebeurt.",
    },
    "armoede-en-schulden": {
        "titles": "Vroegsignalering via de huismeester|Keukentafelgesprekken over geld|"
        "Energiearmoede in {wijk}: van de deur naar de oplossing|De voedselbank als vindplaats|"
        "Geldzorgen bespreekbaar maken in {wijk}|Schulden eerder in beeld in {m}",
        "gist": "Veel gezinnen in {wijk} kwamen pas in beeld als de schulden al onoverzichtelijk "
        "waren.|Huurachterstanden waren in {wijk} vaak het eerste, en lang het enige, signaal van "
        "geldzorgen.|Met de stijgende prijzen raakten in {wijk} steeds meer huishoudens in de "
        "knel.",
        "signals": "De corporatie had {n}0 huishoudens met een achterstand van meer dan twee "
        "maanden.|Ouders lieten kinderen thuis van het schoolreisje, en de school wist niet "
        "waarom.|Bij de voedselbank meldden zich steeds meer mensen met een baan.|Mensen schaamden "
        "zich en gooiden brieven ongeopend weg.|De schuldhulpverlening had een wachtlijst van "
        "tien weken.",
        "steps": "een vaste ochtend met schuldhulpmaatjes in het buurthuis|huisbezoeken samen "
        "met de corporatie bij een eerste achterstand|energiecoaches aan de deur met tochtstrips "
        "en advies|een korte lijn van de huismeester naar het wijkteam|een informatieavond op "
        "school, zonder het woord schulden in de uitnodiging|afspraken met de energieleverancier "
        "en het waterbedrijf over betalingsregelingen",
        "results": "{n}0 huishoudens kregen hulp voordat er een deurwaarder aan te pas kwam.|Het "
        "aantal huisuitzettingen wegens huurachterstand ging naar nul.|Huishoudens bespaarden "
        "gemiddeld {n}0 euro per maand.|De wachttijd voor een eerste gesprek ging van weken naar "
        "dagen.",
    },
    "wonen": {
        "titles": "Portiekgesprekken in {wijk}|Huurders praten mee over de renovatie|"
        "Burenruzies oplossen voordat ze escaleren|Van sloopplan naar wijkplan|Een "
        "complexgerichte aanpak aan de {street}|Een portiekcontract in {wijk}|Herstructurering "
        "met bewoners, niet over hen",
        "gist": "De corporatie ging de flats in {wijk} renoveren, maar bewoners wisten van "
        "niets.|In de portiekflats aan de {street} was het contact tussen buren vrijwel "
        "verdwenen.|Burenconflicten in {wijk} liepen steeds vaker uit op meldingen bij de "
        "politie.",
        "signals": "In sommige portieken wisten buren elkaars naam niet.|Klachten over "
        "geluidsoverlast kwamen bij drie loketten binnen.|De leegstand in het complex liep op en "
        "er woonden steeds meer mensen kort.|Bij de eerste informatieavond over de renovatie "
        "kwamen vijf mensen.|Oudere bewoners durfden 's avonds de galerij niet meer op.",
        "steps": "een gesprek per portiek, op de trap, met koffie en een flip-over|een "
        "portiekcontract met afspraken die bewoners zelf opstelden|buurtbemiddeling vóór de "
        "eerste officiële melding|een klankbordgroep van huurders die meebeslist over de "
        "planning|een wisselwoning om de renovatie te laten zien|een enquête aan de deur, samen "
        "met de huurdersvereniging",
        "results": "In {n} portieken zijn nu vaste contactpersonen.|Het aantal burenconflicten "
        "dat bij de politie terechtkwam, halveerde.|De renovatie liep minder vertraging op dan "
        "gepland, omdat bewoners meedachten.|Bewoners organiseren zelf een jaarlijkse "
        "schoonmaakdag.",
    },
    "zorg-en-welzijn": {
        "titles": "Zorgmijders bereiken met een kop koffie|Eén huishouden, één plan|Verwarde "
        "personen in de wijk: wie doet wat?|Het wijkteam op straat|Mantelzorgers in beeld in "
        "{wijk}|Samen optrekken met de wijkverpleging",
        "gist": "Een groep bewoners in {wijk} meed elke vorm van hulp tot het echt misging.|Rond "
        "één huishouden in {wijk} waren elf professionals actief, zonder dat iemand de regie "
        "had.|Meldingen over verward gedrag in {wijk} kwamen telkens bij de politie terecht.",
        "signals": "Post bleef liggen, gordijnen bleven dicht en buren maakten zich zorgen.|"
        "Hulpverleners wisten niet van elkaar dat ze bij hetzelfde gezin kwamen.|De huisarts "
        "zag mensen pas als er een crisis was.|Mantelzorgers raakten uitgeput en vroegen niet om "
        "hulp.|De wijkagent besteedde een derde van zijn tijd aan zorgmeldingen.",
        "steps": "outreachend werk: aanbellen zonder afspraak, en terugkomen|één regisseur per "
        "huishouden die alle partijen bij elkaar bracht|een wekelijks signaleringsoverleg met "
        "huisarts, wijkverpleging en wijkagent|een inloopspreekuur in de bibliotheek in plaats "
        "van op het stadhuis|een sociale kaart die bewoners zelf hielpen maken|een "
        "mantelzorgcafé op zaterdagochtend",
        "results": "{n}0 bewoners die nergens in beeld waren, krijgen nu passende hulp.|Het "
        "aantal crisisopnames in de wijk daalde.|Professionals weten elkaar sneller te vinden en "
        "bellen eerder.|De politie kreeg minder zorgmeldingen en kon weer politiewerk doen.",
    },
    "participatie": {
        "titles": "Een burgerberaad over het plein|Bewoners nemen het groenonderhoud over: Right "
        "to Challenge|Een burgerbegroting voor {wijk}|Bewoners aan tafel bij de "
        "Omgevingswet|Buurtbemiddeling door bewoners|Meedoen zonder vergadering",
        "gist": "Bij inspraakavonden in {wijk} zagen we steeds dezelfde tien mensen.|Bewoners van "
        "{wijk} wilden het onderhoud van hun groen zelf overnemen.|De gemeente wilde bewoners "
        "van {wijk} echt laten meebeslissen, maar wist niet hoe.",
        "signals": "Jongeren en nieuwe bewoners kwamen nooit naar een bijeenkomst.|Bewoners "
        "waren sceptisch: het besluit was toch al genomen.|Een bewonersinitiatief strandde drie "
        "keer op regels en formulieren.|De wijkraad vergrijsde en vond geen opvolgers.|Het budget "
        "voor bewonersinitiatieven bleef elk jaar voor de helft liggen.",
        "steps": "een burgerberaad van {n}0 bewoners, gekozen door loting|straatgesprekken op "
        "plekken waar mensen toch al zijn: het schoolplein, de markt|een aanvraagformulier van "
        "één kantje|een bewonersjury die de plannen beoordeelde|een vaste ambtelijke "
        "contactpersoon voor elk initiatief|een digitale stemming naast de gewone bijeenkomst",
        "results": "Het plein is opnieuw ingericht volgens het plan van bewoners.|{n} nieuwe "
        "bewonersinitiatieven gingen in één jaar van start.|Het burgerberaad deed twaalf "
        "aanbevelingen; negen zijn overgenomen.|De bewonersgroep beheert het groen nu al {n} jaar "
        "zelf.",
    },
    "jeugd": {
        "titles": "Jongeren en de hangplek bij het winkelcentrum|Een sportveld dat jongeren zelf "
        "beheren|Straatcoaches in {wijk}|Van overlast naar stageplek|Buurtsport als ingang|Een "
        "zomer vol activiteiten in {wijk}",
        "gist": "Een groep jongeren in {wijk} kreeg de schuld van alles wat er misging in de "
        "buurt.|In de zomervakantie was er voor de jongeren in {wijk} niets te doen.|De ouders "
        "van jongeren die overlast gaven, waren voor niemand bereikbaar.",
        "signals": "Bewoners belden de politie als er drie jongeren op een bankje zaten.|Het "
        "jongerencentrum was dicht wegens bezuinigingen.|Jongeren voelden zich weggezet en niet "
        "welkom in hun eigen wijk.|Het schoolverzuim in de onderbouw nam toe.|Er waren "
        "nauwelijks plekken waar meiden konden sporten.",
        "steps": "een plek die de jongeren zelf uitzochten en inrichtten|straatcoaches op vrijdag- "
        "en zaterdagavond|buurtsport op het veldje, drie middagen per week|een gesprek tussen "
        "jongeren en omwonenden, met een bemiddelaar|stages bij ondernemers uit de wijk via het "
        "jongerenwerk|persoonlijke uitnodigingen voor ouders, via de moskee en de school",
        "results": "De overlastmeldingen rond het winkelcentrum daalden met {n}0 procent.|"
        "Jongeren beheren het veld nu zelf en spreken elkaar aan.|{n} jongeren vonden een stage "
        "of bijbaan.|Omwonenden en jongeren groeten elkaar weer.",
    },
    "eenzaamheid": {
        "titles": "Buurtkamer in een lege winkel|Burenhulp in {wijk}|De buurtmaaltijd: "
        "ouderen aan tafel|Een bankje voor de deur|Welkom in {wijk}: nieuwe bewoners ontmoeten|"
        "De ommetjesroute van {wijk}",
        "gist": "Veel ouderen in {wijk} zagen soms dagen niemand.|Na de sluiting van het buurthuis "
        "was er in {wijk} geen plek meer om elkaar te ontmoeten.|Nieuwe bewoners in {wijk} bleven "
        "onzichtbaar voor hun buren.",
        "signals": "De wijkverpleging zag cliënten die na het bezoek weer alleen waren.|Bij de "
        "huisarts kwamen ouderen met klachten die eigenlijk over alleen zijn gingen.|De "
        "bibliotheek en de supermarkt waren de enige plekken waar mensen elkaar nog zagen.|Mensen "
        "durfden niet te zeggen dat ze zich eenzaam voelden.|Na corona kwamen veel ouderen de "
        "deur niet meer uit.",
        "steps": "een buurtkamer in een leegstaande winkel, drie dagen per week open|een "
        "wekelijkse buurtmaaltijd voor vijf euro|een ommetjesroute met bankjes, samen met de "
        "gemeente uitgezet|vrijwilligers die aanbellen bij wie lang niet gezien is|een "
        "welkomstpakket en een buurtborrel voor nieuwe bewoners|een telefooncirkel van ouderen "
        "die elkaar elke ochtend bellen",
        "results": "Elke week komen er {n}0 mensen in de buurtkamer.|Vrijwilligers uit de buurt "
        "draaien de buurtkamer nu zelfstandig.|Ouderen noemen de buurtmaaltijd het hoogtepunt van "
        "de week.|Het wijkteam krijgt via de buurtkamer signalen die het anders nooit zou horen.",
    },
    "polarisatie": {
        "titles": "Dialoogtafels na de onrust|Sleutelfiguren als antenne in {wijk}|Spanningen "
        "rond de opvang: in gesprek blijven|Verbinden in een verdeelde straat|Samen aan tafel "
        "in {wijk}",
        "gist": "Na een incident liepen de spanningen tussen groepen in {wijk} hoog op.|De komst "
        "van een opvanglocatie in {wijk} zorgde voor felle reacties.|In {wijk} leefden groepen "
        "bewoners langs elkaar heen en wantrouwden elkaar.",
        "signals": "Op sociale media gingen geruchten rond die niemand controleerde.|Op de "
        "bewonersavond werd geschreeuwd en liepen mensen boos weg.|Sleutelfiguren in de "
        "gemeenschappen voelden zich niet serieus genomen.|Kinderen namen de spanningen van thuis "
        "mee naar school.",
        "steps": "een netwerk van sleutelfiguren dat elke maand bijeenkwam|kleine dialoogtafels "
        "in plaats van één grote bewonersavond|snelle, feitelijke informatie via een vaste "
        "wijkpagina|samen koken en eten met bewoners van verschillende achtergronden|een vaste "
        "contactpersoon bij de gemeente voor zorgen en vragen",
        "results": "De spanningen namen af en nieuwe incidenten bleven uit.|Sleutelfiguren melden "
        "signalen nu vroeg, vaak nog dezelfde dag.|Tegenstanders en voorstanders zitten nu samen "
        "in de klankbordgroep.|De opvang opende zonder incidenten en buren helpen er als "
        "vrijwilliger.",
    },
    "openbare-ruimte": {
        "titles": "Tegelwippen in {wijk}|Een speelplek die kinderen zelf ontwierpen|Het plein "
        "terug van de auto|Zwerfafval: de straat adopteert zichzelf|Een buurtmoestuin in {wijk}|"
        "Een veilige oversteek bij de {street}",
        "gist": "Het plein in {wijk} was een parkeerplaats geworden waar niemand graag kwam.|"
        "Bewoners van {wijk} wilden meer groen, maar de gemeente had geen budget.|Zwerfafval in "
        "{wijk} bleef liggen, hoe vaak de veegwagen ook kwam.",
        "signals": "Bij hevige regen stonden de straten blank.|Kinderen speelden op straat omdat "
        "de speelplek kapot was.|Bewoners vonden het plein 's avonds onveilig door slechte "
        "verlichting.|Er lag een lijst met {n}0 wensen van bewoners die nooit was beantwoord.",
        "steps": "een tegelwipwedstrijd tussen straten|een speelplek die kinderen van de "
        "basisschool mee ontwierpen|een proef van een halfjaar met een autovrij plein|een "
        "afvalgrijper en vuilniszakken voor elke straat die adopteert|een buurtmoestuin op een "
        "braakliggend stuk grond|een schouw met bewoners en de wegbeheerder",
        "results": "In één voorjaar gingen er {n}00 tegels uit de tuinen.|Het plein wordt nu "
        "gebruikt voor markten en buurtfeesten.|{n} straten hebben een vaste groep opruimers.|De "
        "speelplek is na twee jaar nog heel: de kinderen passen er zelf op.",
    },
    "energie-en-klimaat": {
        "titles": "Energiecoaches aan de deur|Wijkwarmte: bewoners praten mee|Hittestress in "
        "{wijk}|Samen isoleren aan de {street}|Van het gas af, samen met de buurt",
        "gist": "Toen de energieprijzen stegen, zagen we in {wijk} huishoudens die de verwarming "
        "niet meer aan durfden te zetten.|De gemeente wilde {wijk} van het gas af halen, maar "
        "bewoners vertrouwden het plan niet.|Tijdens hittegolven werd het in de flats van {wijk} "
        "onleefbaar warm.",
        "signals": "Bewoners met een laag inkomen woonden vaak in de slechtst geïsoleerde "
        "huizen.|Informatieavonden over de warmtetransitie trokken vooral huiseigenaren.|Ouderen "
        "bleven bij hitte binnen in oververhitte woningen.|Subsidies gingen vooral naar wie de weg "
        "al kende.",
        "steps": "energiecoaches uit de wijk zelf, opgeleid en betaald|een gratis pakket met "
        "radiatorfolie, tochtstrips en ledlampen|een warmteavond per straat in plaats van één "
        "grote bijeenkomst|koele plekken in de wijk: de bibliotheek en het buurthuis|een "
        "gezamenlijke inkoop van isolatie voor een heel blok",
        "results": "{n}00 huishoudens kregen een energiebezoek.|Huishoudens bespaarden gemiddeld "
        "{n}0 euro per maand.|Een blok van {n}0 woningen liet samen de spouwmuren isoleren.|"
        "Bewoners schuiven nu aan bij het warmteplan van de gemeente.",
    },
    "onderwijs": {
        "titles": "De brede school als huiskamer van {wijk}|Laaggeletterdheid aanpakken via de "
        "school|Ouders betrekken zonder ouderavond|Schoolmaatschappelijk werk in de wijk|Een "
        "taalcafé op het schoolplein",
        "gist": "Veel ouders in {wijk} kwamen nooit op school, en de school wist niet waarom.|"
        "Laaggeletterdheid bleef in {wijk} lang onzichtbaar, ook voor professionals.|De school "
        "in {wijk} zag problemen van thuis terug in de klas, maar stond er alleen voor.",
        "signals": "Brieven van school werden niet gelezen of niet begrepen.|Leerkrachten zagen "
        "kinderen zonder ontbijt naar school komen.|Ouders voelden zich niet welkom en schaamden "
        "zich voor hun Nederlands.|Het schoolverzuim lag ruim boven het gemiddelde van {m}.",
        "steps": "een ouderkamer in de school, met koffie en zonder agenda|een taalcafé op het "
        "schoolplein bij het ophalen|korte berichten met pictogrammen in plaats van brieven|"
        "schoolmaatschappelijk werk dat ook op huisbezoek gaat|een ontbijtproject met de bakker "
        "om de hoek",
        "results": "Ouders komen nu vaker binnen, ook als er niets aan de hand is.|{n}0 ouders "
        "volgen een taalcursus in de school.|Het verzuim daalde in één schooljaar.|Leerkrachten "
        "weten sneller wie ze kunnen bellen als het thuis niet goed gaat.",
    },
    "werk-en-inclusie": {
        "titles": "Een buurtbedrijf dat werk maakt|Taalmaatjes in {wijk}|Werkcoaching aan de "
        "keukentafel|Van uitkering naar buurtconciërge|Statushouders aan het werk in {m}",
        "gist": "Veel bewoners van {wijk} stonden al jaren langs de kant van de arbeidsmarkt.|"
        "Ondernemers in {wijk} zochten personeel, terwijl om de hoek mensen werk zochten.|Het "
        "re-integratietraject sloot niet aan bij wat bewoners van {wijk} nodig hadden.",
        "signals": "Mensen voelden zich een nummer bij het werkplein.|Taal was de grootste "
        "drempel, niet de motivatie.|Ondernemers wisten niet hoe ze iemand met een afstand tot "
        "werk konden begeleiden.|Jongeren zonder diploma vielen tussen wal en schip.",
        "steps": "een buurtbedrijf dat klussen in de wijk uitvoert met bewoners|taalmaatjes die "
        "wekelijks met iemand oefenen|werkcoaching bij mensen thuis in plaats van op kantoor|een "
        "banenmarkt in het buurthuis met ondernemers uit de wijk|leerwerkplekken in het "
        "groenonderhoud",
        "results": "{n}0 bewoners vonden betaald werk, de meesten in de wijk zelf.|Het "
        "buurtbedrijf draait inmiddels zonder subsidie.|Deelnemers zeggen vooral dat ze weer "
        "ergens bij horen.|Ondernemers vragen nu zelf om kandidaten.",
    },
    "gezondheid": {
        "titles": "Positieve gezondheid in de buurt|Een gezonde wijk begint op straat|"
        "Beweegmaatjes voor ouderen in {wijk}|De gezondheidsmakelaar van {m}|Gezond eten op het "
        "schoolplein",
        "gist": "De levensverwachting in {wijk} lag jaren lager dan in de rest van {m}.|Bewoners "
        "van {wijk} vonden de weg naar sport en beweging niet.|De huisartsen in {wijk} zagen "
        "klachten die eigenlijk over geld, werk of eenzaamheid gingen.",
        "signals": "Overgewicht bij kinderen lag ver boven het gemiddelde.|Er was in de hele wijk "
        "geen sportclub meer.|Mensen kwamen met stress bij de huisarts die met schulden te maken "
        "had.|Het aanbod was er wel, maar sloot niet aan bij de bewoners.",
        "steps": "het gesprek over positieve gezondheid aan de keukentafel|een beweegroute die "
        "ouderen zelf uitzetten en lopen|welzijn op recept: de huisarts verwijst naar "
        "activiteiten in de wijk|een gezondheidsmakelaar die aanbod en bewoners koppelde|een "
        "kookworkshop met ingrediënten van de markt",
        "results": "{n}0 bewoners bewegen nu wekelijks samen.|Huisartsen verwijzen steeds vaker "
        "naar de buurt in plaats van naar een specialist.|Bewoners geven hun eigen gezondheid een "
        "hoger cijfer dan twee jaar geleden.|Bewoners organiseren het beweegaanbod nu zelf.",
    },
    "integratie": {
        "titles": "Nieuwkomers welkom in {wijk}|Statushouders en buren: een maatjesproject|"
        "Inburgeren in de wijk, niet in het klaslokaal|De buurtvader als brug|Samen feest vieren "
        "in {wijk}",
        "gist": "Statushouders kregen een woning in {wijk}, maar bleven onzichtbaar voor hun "
        "buren.|Tussen oude en nieuwe bewoners van {wijk} was nauwelijks contact.|Nieuwkomers in "
        "{wijk} wisten de weg naar voorzieningen niet te vinden.",
        "signals": "Nieuwe bewoners kenden niemand buiten hun eigen netwerk.|Buren maakten zich "
        "zorgen, maar stelden geen vragen.|Brieven van instanties waren voor veel nieuwkomers "
        "onleesbaar.|Kinderen tolkten voor hun ouders bij de huisarts en op school.",
        "steps": "maatjes uit de buurt die een jaar lang meeliepen|een welkomstmiddag met buren, "
        "de wijkagent en de huisarts|inburgeringslessen op locatie: de markt, de bibliotheek, het "
        "buurthuis|buurtvaders en buurtmoeders als brug naar gezinnen|een jaarlijks buurtfeest "
        "dat bewoners samen organiseren",
        "results": "{n}0 nieuwkomers hebben een vast maatje in de buurt.|Nieuwe bewoners doen nu "
        "mee in de bewonerscommissie.|Buren weten elkaar te vinden, ook voor kleine dingen.|De "
        "buurtvaders zijn een vast aanspreekpunt geworden voor school en politie.",
    },
}

# --- Fragments any story can use --------------------------------------------------------------
GENERIC = {
    "context": "{wijk} is een naoorlogse wijk met veel portiekflats en weinig groen.|{wijk} is "
    "een jonge wijk met veel gezinnen en weinig voorzieningen.|In {wijk} wonen zo'n {n}.000 "
    "mensen, van veel verschillende achtergronden.|{wijk} ligt wat los van de rest van {m}, aan "
    "de andere kant van het spoor.|{wijk} is een oude arbeiderswijk waar veel mensen al hun hele "
    "leven wonen.|In {wijk} staan vooral sociale huurwoningen van één corporatie.|{wijk} is een "
    "dorpskern waar iedereen elkaar kent, of denkt te kennen.|In {wijk} verhuist elk jaar bijna "
    "een vijfde van de bewoners.",
    "trigger": "Het begon met een mail van een bewoner aan de wethouder.|Het signaal kwam van de "
    "huismeester, die het als eerste zag.|Na een stevige bewonersavond in {year} besloten we het "
    "anders te doen.|De wijkagent en ik liepen er allebei tegenaan, los van elkaar.|Eigenlijk "
    "wist iedereen het al jaren, maar niemand pakte het op.|Een artikel in de lokale krant zette "
    "het onderwerp in {year} op de agenda.",
    "seen": "Wat we zagen:|Een paar signalen op een rij:|Wat bewoners en collega's ons vertelden:",
    "approach": "We kozen bewust voor een kleine start en bouwden van daaruit verder.|We "
    "begonnen niet met een plan, maar met luisteren.|Geen nieuw project, maar beter gebruikmaken "
    "van wat er al was.|We hebben het stap voor stap aangepakt.|Samen met {partner} maakten we "
    "een aanpak die bij de wijk past.",
    "steps_list": "Wat we deden:|De aanpak in het kort:|De belangrijkste onderdelen:",
    "steps_prose": "De aanpak bestond uit {steps}.|We zetten in op {steps}.|Concreet ging het om "
    "{steps}.",
    "steps_extra": "Belangrijk was dat we **elke week** op dezelfde plek te vinden waren.|We "
    "hielden het overzicht in één gedeeld document, zonder dikke rapporten.|De wethouder kwam "
    "twee keer langs, zonder pers, om te luisteren.|Bewoners bepaalden de agenda; wij zorgden "
    "voor koffie en de juiste mensen aan tafel.|We spraken af dat niemand iets zou beloven wat we "
    "niet konden waarmaken.|Het budget was klein: een paar duizend euro uit het wijkbudget.",
    "partner": "We deden dit samen met {partner}.|Zonder {partner} was het niet gelukt.|"
    "{Partner} schoof vanaf het begin aan.|De samenwerking met {partner} was niet altijd "
    "makkelijk, maar wel nodig.",
    "results_list": "Wat het opleverde:|In het kort:|De resultaten na een jaar:",
    "results_extra": "Er is een vaste groep van {n} bewoners die het stokje heeft overgenomen.|De "
    "samenwerking tussen de partners is blijvend beter geworden.|De aanpak is inmiddels "
    "overgenomen in twee andere wijken van {m}.|We zijn er nog niet, maar de richting klopt.",
    "honest": "Niet alles lukte: de jongste bewoners bereikten we nauwelijks.|Eerlijk is "
    "eerlijk: het kostte **veel meer tijd** dan gedacht.|Na een jaar viel de financiering weg; "
    "dat was een flinke tegenvaller.|Het lastigste was de eigen organisatie meekrijgen.|Een paar "
    "bewoners haakten teleurgesteld af toen het te lang duurde.",
    "quote": '> "Voor het eerst had ik het gevoel dat iemand echt luisterde." — een bewoner|> '
    '"Ik dacht dat niemand het zag." — een bewoonster van {wijk}|> "Het gaat niet om het '
    'project, het gaat om de mensen." — een collega|> "Nu weet ik wie ik moet bellen." — een '
    'huismeester|> "Dit had tien jaar eerder gemoeten." — een buurtbewoner',
    "lessons": "**Begin klein.** Een eerste zichtbaar succes maakt de volgende stap makkelijker.|"
    "**Ga erheen.** De mensen die je het hardst nodig hebt, komen niet naar een bijeenkomst.|"
    "**Neem de tijd.** Vertrouwen bouw je niet op in een project van een jaar.|**Maak het "
    "concreet.** Bewoners haken af bij abstracte plannen, niet bij een schone straat.|**Zoek de "
    "sleutelfiguren.** Eén goede contactpersoon in de buurt opent meer deuren dan een folder.|"
    "**Regel het binnen.** Spreek vooraf af wie in het stadhuis mag beslissen, anders strand je "
    "op de regels.|**Houd vol.** Het eerste halfjaar lijkt er weinig te gebeuren; daarna gaat het "
    "snel.|**Beloof niets wat je niet kunt waarmaken.** Eén gebroken belofte kost maanden.|"
    "**Deel het succes.** Laat bewoners het verhaal vertellen, niet de gemeente.|**Durf los te "
    "laten.** Het mooiste resultaat is dat het zonder jou verdergaat.",
    "link": "[de handreiking van Movisie](https://www.movisie.nl/)|[het dossier wijkaanpak van "
    "Platform31](https://www.platform31.nl/)|[de kennisbank van het Kennisplatform Inclusief "
    "Samenleven](https://www.kis.nl/)|[het onderzoek van het Verwey-Jonker "
    "Instituut](https://www.verwey-jonker.nl/)|[de materialen van Pharos](https://www.pharos.nl/)",
    "link_sentence": "Meer lezen? Zie {link}.|We lieten ons inspireren door {link}.|Handig bij de "
    "start: {link}.|Wie verder wil, vindt een goed overzicht in {link}.",
}
# A lesson in the voice of each quality (by code), so that the story shows what it claims.
QUALITY_LESSONS = {
    "open": "Stel eerst vragen, ook als je denkt het antwoord te weten.|Laat bewoners hun eigen "
    "verhaal vertellen, zonder het meteen in een hokje te stoppen.",
    "gedreven": "Houd vast aan de bedoeling, ook als de organisatie gaat schuiven.|Maak van elke "
    "klacht een opdracht met een eigenaar en een datum.",
    "verbindend": "Breng mensen bij elkaar die elkaar nog niet kennen, juist als ze het oneens "
    "zijn.|Vertaal wat bewoners zeggen naar de taal van het stadhuis, en terug.",
    "bricolerend": "Los het eerst op en regel daarna het papierwerk.|Gebruik wat er al is: een "
    "lege winkel, een busje, een potje dat niemand gebruikt.",
}

# --- Lasting tensions (spanningen) -----------------------------------------------------------
# The share of stories that name a tension they navigated, how many they name, and the share
# of those that also say how the author handled it. Drawn from a generator of their own, so
# that the rest of a seed's stories stay what they were before tensions existed.
TENSION_SHARE = 0.35
TENSION_COUNTS = "1:80|2:20"
TENSION_HOW_SHARE = 0.8
# How the author handled the story's first tension (by code): "|"-separated, one line each.
TENSION_HOW = {
    "binnen-buiten": "We hebben eerst geholpen en de regel daarna samen met de afdeling "
    "aangepast.|Ik heb de bewoners eerlijk uitgelegd wat de gemeente wel en niet kon, en "
    "binnen gevraagd om een uitzondering.|We spraken af dat de wijk een klein budget zelf mocht "
    "besteden, met een verantwoording van één A4.|Ik ben met de beleidsmaker de wijk in gegaan, "
    "zodat die zelf zag waarom de regel hier niet werkte.",
    "binnen-binnen": "Ik heb de vier afdelingen aan één tafel gezet met één casus en één "
    "gezamenlijke afspraak.|We maakten één contactpersoon verantwoordelijk voor de hele straat, "
    "over de domeinen heen.|Ik heb het wijkbudget gebruikt om te overbruggen tot de sectoren het "
    "eens waren.|We organiseerden een wijkschouw met zorg, veiligheid en beheer tegelijk.",
    "politiek": "We hielden de wethouder wekelijks op de hoogte, zodat er geen verrassingen "
    "kwamen.|Ik heb de raadsleden uitgenodigd om met de bewoners zelf te praten.|We zorgden dat "
    "ook de stille bewoners gehoord werden, niet alleen de luidste groep.|Ik bleef neutraal en "
    "legde de standpunten naast elkaar, zonder partij te kiezen.",
    "samenwerking": "We maakten kleine, zichtbare afspraken en vierden elk resultaat.|De "
    "bewoners werden eigenaar van het plan; wij deden een stap terug.|Ik heb het overleg "
    "teruggebracht tot één bijeenkomst per maand, met een besluit aan het eind.|We legden de "
    "belangen van elke partij op tafel voordat we over oplossingen praatten.",
}
