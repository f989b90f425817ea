"""The hard judged set for “Wie bel je?”: situations as a busy wijkambtenaar types them, and
the members a coordinator who knows the network by heart would call.

Written in this order: first the situations (inflected forms, compounds, paraphrases that do
not repeat the members' words, some naming a place, some needing a kind of work or a role
image, some with two acceptable members), then the members, each in their own words. The judged
members are created FIRST, with old ids and dates (members for years, stories from years ago),
so that the demo rows seeded afterwards are the newest: a ranking that looks at recent rows
only cannot find them.

``SITUATIONS[0::2]`` is the tuning half, ``SITUATIONS[1::2]`` the held-out half (weights were
only ever changed looking at the tuning half; both are reported).
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from members.models import Member, User
from practices.models import PracticeCase
from tests.factories import make_member
from tests.practice_factories import make_case

# (description, form choices, acceptable members): the first acceptable one found counts.
SITUATIONS: list[tuple[str, dict, tuple[str, ...]]] = [
    ("in onze portiekflats wordt openlijk gedeald, bewoners durven de trap niet meer op",
     {}, ("Hanna Kuipers",)),
    ("vermoeden van een kwekerij op zolder, ramen altijd dicht en stroom wordt afgetapt",
     {}, ("Ruud Hermans",)),
    ("huurders lopen maanden achter met betalen voordat iemand het merkt", {},
     ("Selma Aydin",)),
    ("oude mensen die alleen wonen en niemand meer zien sinds hun partner overleed", {},
     ("Gert Post",)),
    ("groepje tieners hangt elke avond bij het speelveld, buren klagen over herrie", {},
     ("Naima Bouzid",)),
    ("bewoners zijn ongerust over de aansluiting op het warmtenet, wat gaat het kosten", {},
     ("Maarten Vos",)),
    ("naast de ondergrondse containers worden steeds matrassen en vuilniszakken gedumpt", {},
     ("Lieke Jonker",)),
    ("twee families in een rijtjeshuis maken al jaren ruzie over lawaai", {},
     ("Bas Timmer",)),
    ("gezinnen met een verblijfsvergunning vinden de weg niet naar school en huisarts", {},
     ("Emine Kaya",)),
    ("een man loopt verward op straat te schreeuwen en niemand weet wie hem moet helpen", {},
     ("Wim de Graaf",)),
    ("bewoners willen zelf bepalen waar het geld voor hun wijk aan wordt uitgegeven", {},
     ("Ilse Brink",)),
    ("de corporatie gaat slopen en huurders weten niet of ze terug mogen komen", {},
     ("Joris Smits",)),
    ("kinderen komen zonder ontbijt op school en hebben geen sportkleding, ouders schamen zich",
     {}, ("Fenna Zijlstra",)),
    ("na een incident bij de moskee is de sfeer grimmig tussen groepen in de wijk", {},
     ("Mehmet Demir",)),
    ("een paar pubers zitten al maanden thuis en gaan niet meer naar school", {},
     ("Roos van Vliet",)),
    ("mensen die al jaren in de bijstand zitten willen graag iets doen in de buurt", {},
     ("Thijs Bosman",)),
    ("veel kinderen met overgewicht, ouders koken weinig zelf", {}, ("Carla Mertens",)),
    ("de gemeente wil het plein opnieuw inrichten en de kinderen moeten mee kunnen denken", {},
     ("Pim Dekkers",)),
    ("wie kan in beeld brengen wat er speelt in een wijk waar we weinig van weten", {},
     ("Nadia Hamdi",)),
    ("signalen uit de wijk komen niet aan bij de beleidsafdelingen op het stadhuis", {},
     ("Koen Wouters",)),
    ("we willen iets totaal nieuws proberen, wie durft een experiment aan", {},
     ("Marieke Hoek",)),
    ("alles wat nergens anders past komt bij mij terecht, hoe ga ik daarmee om", {},
     ("Sem Koster",)),
    ("bewoners in Groningen kunnen hun energierekening niet meer betalen", {},
     ("Anja Veenstra",)),
    ("arbeidsmigranten wonen met te veel in één huis en er is overlast", {},
     ("Dirk Smeets",)),
    ("een dochter zorgt al jaren voor haar vader met dementie en is op", {},
     ("Yvonne Claassen",)),
    ("huurwoningen met schimmel op de muren, kinderen steeds ziek", {},
     ("Ruben Akkerman",)),
    ("bewoners vertrouwen de gemeente niet meer na een mislukt project", {},
     ("Sarah Lindeman",)),
    ("een gezin waar zes hulpverleners over de vloer komen en niets verandert", {},
     ("Erik Brouwer",)),
    ("jonge jongens worden betaald om pakketjes rond te brengen voor criminelen", {},
     ("Latifa Amrani", "Ruud Hermans")),
    ("de bewonersgroep heeft een zaaltje en wat geld nodig voor hun buurtfeest", {},
     ("Henk Bakker",)),
    ("studenten in opgesplitste woningen, feesten tot diep in de nacht", {},
     ("Iris de Jong",)),
    ("vermoedens van mishandeling achter de voordeur, hoe pak je dat op", {},
     ("Wouter Peeters",)),
    # With a place chosen in the form (a filter) or named in the text (a boost).
    ("dealers in de flats, bewoners voelen zich bedreigd", {"provincie": "groningen"},
     ("Hanna Kuipers",)),
    ("wietkwekerij ontdekt in een huurhuis in Tilburg", {}, ("Ruud Hermans",)),
    ("eenzaamheid onder ouderen", {"gemeente": "GM0193"}, ("Gert Post",)),
    ("vereenzaamde senioren in de flat", {}, ("Gert Post",)),
    ("geldzorgen en schulden bij jonge gezinnen in Rotterdam", {}, ("Selma Aydin",)),
    ("inburgering van nieuwkomers", {"provincie": "limburg"}, ("Emine Kaya",)),
    # Needing a kind of work or a role image.
    ("ik zoek iemand die de situatie in kaart kan brengen met cijfers en gesprekken", {},
     ("Nadia Hamdi",)),
    ("wie is de schakel tussen de wijk en het centrale apparaat", {}, ("Koen Wouters",)),
    ("een pionier gezocht die buiten de gebaande paden durft", {}, ("Marieke Hoek",)),
    ("concreet regelen: spullen, subsidie, een ruimte", {"werk": ["praktisch-ondersteunen"]},
     ("Henk Bakker",)),
    ("vastgelopen situatie, iemand moet knopen doorhakken", {"werk": ["oplossingswerk"]},
     ("Erik Brouwer",)),
    ("jongeren die rondhangen en ronselaars die ze benaderen", {},
     ("Latifa Amrani", "Naima Bouzid")),
]  # fmt: skip

# name → (municipality, themes, work, roles, ask_me_about, bio, thinks_along, stories)
# story: (title, summary, situation, themes, work)
MEMBERS: dict[str, tuple] = {
    "Hanna Kuipers": ("GM0014", ["veiligheid-en-ondermijning"], ["relatiewerk"], [],
        "drugshandel in portieken, dealers aanspreken samen met de wijkagent",
        "Wijkregisseur in de Oosterparkwijk. Veel van mijn werk speelt zich af in galerij- "
        "en portiekflats waar bewoners zich geïntimideerd voelen.", False,
        [("Portiekaanpak tegen handel in de trappenhuizen",
          "Met de corporatie en politie de portieken terug voor de bewoners.",
          "In drie portieken werd dagelijks gehandeld. Bewoners meden het trappenhuis en "
          "meldden niets meer uit angst.", ["veiligheid-en-ondermijning"], ["relatiewerk"])]),
    "Ruud Hermans": ("GM0855", ["veiligheid-en-ondermijning"], ["situatie-in-kaart"], [],
        "hennepteelt in huurwoningen, stroomdiefstal, ondermijnende criminaliteit",
        "Ik werk aan de integrale aanpak van ondermijning in Tilburgse wijken.", False,
        [("Verborgen kwekerijen opsporen met de netbeheerder",
          "Samen met netbeheerder en corporatie signalen van hennepteelt herkennen.",
          "Afgeplakte ramen, een hoog stroomverbruik en een vreemde lucht: signalen die "
          "buren wel zagen maar niet meldden. Ook jongeren uit de buurt werden ingezet als "
          "loopjongen.", ["veiligheid-en-ondermijning"], ["situatie-in-kaart"])]),
    "Selma Aydin": ("GM0599", ["armoede-en-schulden"], ["oplossingswerk"], [],
        "betalingsachterstanden vroeg signaleren, samenwerking met verhuurders",
        "Opbouwwerker in Rotterdam-Zuid; ik zie hoe snel kleine achterstanden uitgroeien "
        "tot grote problemen.", False,
        [("Vroeg erop af bij een huurachterstand",
          "Een huisbezoek binnen twee weken na de eerste gemiste huur.",
          "Corporaties gaven achterstanden pas na maanden door; dan was er al een "
          "deurwaarder.", ["armoede-en-schulden"], ["oplossingswerk"])]),
    "Gert Post": ("GM0193", ["eenzaamheid"], ["relatiewerk"], [],
        "isolement onder thuiswonende senioren",
        "Ik bezoek 75-plussers die na het overlijden van hun partner niemand meer spreken "
        "en breng ze in contact met buurtgenoten.", False, []),
    "Naima Bouzid": ("GM0344", ["jeugd"], ["relatiewerk"], [],
        "jeugdgroepen op pleinen en bij winkels",
        "Jongerenwerker geweest, nu wijkambtenaar in Overvecht.", False,
        [("Een voetbalkooi als ontmoetingsplek",
          "Met de jongeren zelf een plek gezocht waar ze mogen zijn.",
          "Omwonenden belden elke avond over lawaai van groepen jongeren op het plein.",
          ["jeugd"], ["relatiewerk"])]),
    "Maarten Vos": ("GM0363", ["energie-en-klimaat"], ["aansluiten-binnen-buiten"], [],
        "overstap naar stadswarmte, aardgasvrije buurten",
        "Ik begeleid bewonersavonden over de warmtetransitie in Amsterdam-West.", False,
        [("Bewonersavonden over stadswarmte",
          "Wat betekent de overstap voor je maandlasten?",
          "Huurders waren bang voor hogere kosten en wisten niet wie ze moesten geloven.",
          ["energie-en-klimaat"], ["aansluiten-binnen-buiten"])]),
    "Lieke Jonker": ("GM0202", ["openbare-ruimte"], ["praktisch-ondersteunen"], [],
        "afvaldumpingen rond containers, grofvuil",
        "Ik werk met buurtconciërges aan een schone straat.", False,
        [("Grofvuil naast de container",
          "Buurtconciërges en handhaving samen tegen bijplaatsingen.",
          "Rond de verzamelcontainers stonden elke week banken en zakken.",
          ["openbare-ruimte"], ["praktisch-ondersteunen"])]),
    "Bas Timmer": ("GM0518", ["polarisatie"], ["oplossingswerk"], [],
        "geluidsoverlast tussen buren, bemiddeling",
        "Buurtbemiddelaar in Den Haag; ik zet buren die elkaar niet meer groeten samen "
        "aan tafel.", False, []),
    "Emine Kaya": ("GM0153", ["integratie"], ["relatiewerk"], [],
        "statushouders wegwijs maken in voorzieningen",
        "Ik begeleid nieuwkomers en hun kinderen naar onderwijs, zorg en werk.", True, []),
    "Wim de Graaf": ("GM0935", ["zorg-en-welzijn"], ["aansluiten-binnen-buiten"], [],
        "personen met onbegrepen gedrag, ggz en politie",
        "Ik verbind wijkteam, ggz en wijkagent rond mensen die ontregeld raken.", False,
        [("Meldpunt onbegrepen gedrag",
          "Een vast aanspreekpunt voor buren die zich zorgen maken.",
          "Een bewoner raakte steeds meer in de war en sliep buiten; niemand voelde zich "
          "verantwoordelijk.", ["zorg-en-welzijn"], ["aansluiten-binnen-buiten"])]),
    "Ilse Brink": ("GM0268", ["participatie"], ["aansluiten-binnen-buiten"], [],
        "wijkbudget dat bewoners zelf verdelen",
        "Ik ondersteun bewonersraden die over een eigen buurtbudget beslissen.", False,
        [("Bewoners verdelen het wijkbudget",
          "Een jaarlijkse stemming over de plannen van buurtbewoners.",
          "De gemeente besliste over de besteding van het wijkgeld zonder de buurt.",
          ["participatie"], ["aansluiten-binnen-buiten"])]),
    "Joris Smits": ("GM0772", ["wonen"], ["relatiewerk"], [],
        "herstructurering, terugkeer na sloop",
        "Ik begeleid huurders tijdens sloop-nieuwbouw van hun complex.", False,
        [("Terugkeergarantie bij sloop",
          "Huurders wisten niet of ze na de nieuwbouw konden terugkeren.",
          "Onrust in het complex toen de sloopplannen uitlekten.", ["wonen"], ["relatiewerk"])]),
    "Fenna Zijlstra": ("GM0080", ["armoede-en-schulden", "onderwijs"], ["praktisch-ondersteunen"],
        [], "kinderarmoede, stichting leergeld",
        "Ik zorg dat kinderen uit arme gezinnen mee kunnen doen op school.", False, []),
    "Mehmet Demir": ("GM0606", ["polarisatie"], ["relatiewerk"], [],
        "spanningen rond gebedshuizen, dialoog tussen gemeenschappen",
        "Na incidenten organiseer ik gesprekken tussen groepen die tegenover elkaar staan.",
        False, []),
    "Roos van Vliet": ("GM0034", ["onderwijs", "jeugd"], ["oplossingswerk"], [],
        "thuiszitters, leerplicht",
        "Ik zoek met school, ouders en leerplicht een plek voor kinderen die thuiszitten.",
        False, []),
    "Thijs Bosman": ("GM0150", ["werk-en-inclusie"], ["oplossingswerk"], [],
        "mensen met afstand tot de arbeidsmarkt aan de slag in de wijk",
        "Buurtbanen voor wie lang een uitkering heeft.", False, []),
    "Carla Mertens": ("GM0917", ["gezondheid"], ["praktisch-ondersteunen"], [],
        "leefstijlprogramma voor gezinnen, samen gezond koken",
        "Ik werk aan gezondheid in Heerlen-Noord.", False, []),
    "Pim Dekkers": ("GM0758", ["openbare-ruimte", "participatie"], ["aansluiten-binnen-buiten"],
        [], "speelplekken ontwerpen met kinderen",
        "Ik laat kinderen en ouders meetekenen aan de inrichting van hun straat.", False, []),
    "Nadia Hamdi": ("GM0995", ["leefbaarheid"], ["situatie-in-kaart"], [],
        "wijkscans, cijfers combineren met verhalen van bewoners",
        "Ik maak wijkanalyses: wat zeggen de data, en wat zeggen de mensen zelf?", False, []),
    "Koen Wouters": ("GM0200", ["participatie"], ["aansluiten-binnen-buiten"], ["schakel"],
        "signalen uit de wijk op de agenda van het gemeentehuis",
        "Ik vertaal wat bewoners zeggen naar beleid, en beleid terug naar de wijk.", False, []),
    "Marieke Hoek": ("GM0505", ["leefbaarheid"], ["oplossingswerk"], ["pionier"],
        "experimenteren met nieuwe aanpakken, proeftuinen",
        "Ik zet proeftuinen op waar regels even niet gelden.", False, []),
    "Sem Koster": ("GM0114", ["leefbaarheid"], ["praktisch-ondersteunen"], ["vergaarbak"],
        "alle meldingen die bij geen enkele afdeling horen",
        "Als wijkambtenaar krijg ik de klachten die niemand anders oppakt.", False, []),
    "Anja Veenstra": ("GM0014", ["energie-en-klimaat", "armoede-en-schulden"],
        ["praktisch-ondersteunen"], [], "energiecoaches, stookkosten omlaag",
        "Ik stuur energiecoaches aan die bij huishoudens langsgaan.", False,
        [("Energiecoaches aan de keukentafel",
          "Tochtstrips, radiatorfolie en uitleg over de afrekening.",
          "Huishoudens schrokken van de jaarafrekening en konden die niet voldoen.",
          ["energie-en-klimaat"], ["praktisch-ondersteunen"])]),
    "Dirk Smeets": ("GM0983", ["wonen", "integratie"], ["situatie-in-kaart"], [],
        "arbeidsmigranten in particuliere verhuur",
        "Ik breng overbewoning en huisjesmelkers in kaart.", False, []),
    "Yvonne Claassen": ("GM0794", ["zorg-en-welzijn"], ["praktisch-ondersteunen"], [],
        "overbelaste mantelzorgers, respijtzorg",
        "Ik regel adempauzes voor mensen die voor een naaste zorgen.", False, []),
    "Ruben Akkerman": ("GM0392", ["wonen", "gezondheid"], ["oplossingswerk"], [],
        "vocht en slechte staat van huurwoningen",
        "Ik zet druk op verhuurders die achterstallig onderhoud laten liggen.", False, []),
    "Sarah Lindeman": ("GM0546", ["participatie"], ["relatiewerk"], ["intermediair"],
        "vertrouwen herstellen tussen wijk en overheid",
        "Ik bemiddel als het contact tussen bewoners en gemeente is stukgelopen.", False, []),
    "Erik Brouwer": ("GM0479", ["zorg-en-welzijn"], ["oplossingswerk"], [],
        "multiprobleemgezinnen, escalatieoverleg",
        "Ik doorbreek casussen waar veel instanties bij betrokken zijn maar niemand regie "
        "neemt.", False, []),
    "Latifa Amrani": ("GM0855", ["jeugd", "veiligheid-en-ondermijning"], ["relatiewerk"], [],
        "jongeren die als koerier worden geronseld",
        "Ik werk preventief met jongens die in de criminaliteit dreigen te belanden.", False,
        [("Weerbaar tegen ronselaars",
          "Gesprekken met jongens en hun ouders over snel geld.",
          "Jongens van veertien kregen geld om pakketjes af te leveren.",
          ["jeugd", "veiligheid-en-ondermijning"], ["relatiewerk"])]),
    "Henk Bakker": ("GM0106", ["participatie"], ["praktisch-ondersteunen"], [],
        "een ruimte, materiaal of subsidie regelen voor bewonersgroepen",
        "Doener: ik zorg dat initiatieven van de grond komen.", False, []),
    "Iris de Jong": ("GM0344", ["wonen", "leefbaarheid"], ["oplossingswerk"], [],
        "overlast door verkamering",
        "Ik werk aan leefbaarheid in straten met veel studentenhuizen.", False, []),
    "Wouter Peeters": ("GM0828", ["zorg-en-welzijn", "veiligheid-en-ondermijning"],
        ["situatie-in-kaart"], [], "huiselijk geweld signaleren",
        "Ik train buurtwerkers in het herkennen van geweld achter de voordeur.", False, []),
}  # fmt: skip

YEARS = 365


def build_judged(members: dict[str, tuple] | None = None) -> dict[str, Member]:
    """The judged ``members`` (:data:`MEMBERS` by default) and their stories, with old dates;
    returns the members by name.

    Call before seeding demo rows, so that the judged rows have the lowest ids."""
    people: dict[str, Member] = {}
    now = timezone.now()
    for number, (name, spec) in enumerate((members or MEMBERS).items()):
        place, themes, work, roles, ask, bio, along, stories = spec
        people[name] = make_member(
            name,
            municipality=place,
            themes=themes,
            work=work,
            roles=roles,
            ask_me_about=ask,
            bio=bio,
            thinks_along_elsewhere=along,
            job_title="wijkregisseur",
        )
        joined = now - timedelta(days=6 * YEARS + number)
        User.objects.filter(pk=people[name].user_id).update(date_joined=joined)
        Member.objects.filter(pk=people[name].pk).update(created_at=joined, updated_at=joined)
        for title, summary, situation, story_themes, story_work in stories:
            case = make_case(
                people[name],
                title=title,
                summary=summary,
                situation=situation,
                themes=story_themes,
                work=story_work,
                municipality=place,
            )
            PracticeCase.objects.filter(pk=case.pk).update(
                published_at=now - timedelta(days=4 * YEARS + number),
                created_at=now - timedelta(days=4 * YEARS + number),
            )
    return people


def judged_in_database() -> tuple[list, dict[int, str], User]:
    """On a database kept by ``make bench-match`` (both judged sets created first, so among the
    oldest rows): every situation, judged member pk → name, and a viewer who is not judged."""
    from tests import who_to_call_fresh as fresh

    names = {**MEMBERS, **fresh.MEMBERS}
    oldest = Member.objects.select_related("user").order_by("pk")[: len(names) + 5]
    by_name = {m.user.name: m.pk for m in reversed(oldest)}
    viewer = (
        User.objects.filter(status="active", is_active=True, is_staff=False, member__isnull=False)
        .exclude(name__in=list(names))
        .last()
    )
    return SITUATIONS + fresh.SITUATIONS, {by_name[name]: name for name in names}, viewer


def judge(answer_names: list[list[str]], situations=None) -> dict[str, float]:
    """MRR, recall@1 and recall@5 of ranked names against the acceptable members."""
    situations = situations if situations is not None else SITUATIONS
    reciprocal, at1, at5 = [], [], []
    for names, (_d, _c, acceptable) in zip(answer_names, situations, strict=True):
        ranks = [names.index(name) + 1 for name in acceptable if name in names]
        best = min(ranks) if ranks else 0
        reciprocal.append(1 / best if best else 0.0)
        at1.append(1.0 if best == 1 else 0.0)
        at5.append(1.0 if best and best <= 5 else 0.0)
    n = len(reciprocal) or 1
    return {"mrr": sum(reciprocal) / n, "recall@1": sum(at1) / n, "recall@5": sum(at5) / n}
