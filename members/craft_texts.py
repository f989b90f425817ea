"""The craft page's texts as the data migrations first write them (coordinators edit them later).

The craftsmanship model of the LPB / Tilburg University research into the craft of
neighbourhood professionals ("ambtelijk vakmanschap"): the explanations of the four qualities,
the five kinds of work and the six role images, the four lasting tensions and the changing
context of the work. Plain data, so that the migration and the tests read the same lists.
Explanations are short Markdown (one or two paragraphs), in Dutch and English.
"""

from __future__ import annotations

# (vocabulary model name, code) -> (explanation_nl, explanation_en)
EXPLANATIONS = {
    ("Quality", "open"): (
        "Een open wijkprofessional begint met kijken en luisteren, niet met een plan. Je gaat "
        "de wijk in zonder vaststaand antwoord, verkent wat bewoners bezighoudt en laat het "
        "proces ruimte om anders te lopen dan gedacht.\n\n"
        "Empathie hoort daarbij: je probeert te begrijpen hoe een situatie er voor de ander "
        "uitziet, ook als die ander boos is op de gemeente.",
        "An open neighbourhood professional starts by looking and listening, not with a plan. "
        "You go into the neighbourhood without a fixed answer, explore what residents care "
        "about and leave the process room to go differently than expected.\n\n"
        "Empathy belongs to it: you try to understand how a situation looks to the other "
        "person, even when they are angry with the municipality.",
    ),
    ("Quality", "gedreven"): (
        "Gedreven wijkprofessionals weten waar ze naartoe willen. Ze hebben een bedoeling en "
        "voelen de opgave van de wijk als hun eigen opgave, en dat geeft richting als het "
        "ingewikkeld wordt.\n\n"
        "Gedrevenheid is geen koppigheid: het is volhouden wanneer een aanpak tijd kost, en "
        "blijven vragen waar het de bewoners eigenlijk om gaat.",
        "Driven neighbourhood professionals know where they want to go. They have a purpose "
        "and feel the neighbourhood's task as their own, which gives direction when things get "
        "complicated.\n\n"
        "Drive is not stubbornness: it is persevering when an approach takes time, and keeping "
        "asking what really matters to the residents.",
    ),
    ("Quality", "verbindend"): (
        "Verbinden is het hart van het werk: tussen mensen, tussen organisaties, tussen de "
        "logica van de wijk en die van het stadhuis, en tussen belangen die op het eerste "
        "gezicht botsen.\n\n"
        "Een verbindende wijkprofessional zoekt de mensen bij elkaar die elkaar nodig hebben, "
        "vertaalt over en weer en houdt relaties goed, ook als het schuurt.",
        "Connecting is the heart of the work: between people, between organisations, between "
        "the logic of the neighbourhood and that of the town hall, and between interests that "
        "seem to clash at first sight.\n\n"
        "A connecting neighbourhood professional brings together the people who need each "
        "other, translates both ways and keeps relationships good, also when there is friction.",
    ),
    ("Quality", "bricolerend"): (
        "Het onderzoek noemt wijkprofessionals 'publieke bricoleurs': doeners die met wat er "
        "voorhanden is iets werkends in elkaar zetten. Een potje hier, een sleutel van het "
        "buurthuis daar, een telefoontje naar de juiste persoon.\n\n"
        "Bricolerend werken is fixen en smeren: je bent de olie die de machine laat draaien, "
        "en je lost praktisch op wat in geen enkel protocol past.",
        "The research calls neighbourhood professionals 'public bricoleurs': doers who put "
        "together something that works from whatever is at hand. A small budget here, the key "
        "to the community centre there, a phone call to the right person.\n\n"
        "Working resourcefully means fixing and oiling: you are the oil that keeps the machine "
        "running, and you solve in practice what fits no protocol.",
    ),
    ("WorkPractice", "aansluiten-binnen-buiten"): (
        "De leefwereld van de wijk en de systeemwereld van de organisatie spreken verschillende "
        "talen. Aansluiten binnen–buiten is ervoor zorgen dat ze elkaar toch bereiken: je "
        "brengt wat er in de wijk speelt naar binnen, en je legt buiten uit wat de gemeente "
        "wel en niet kan.",
        "The world of the neighbourhood and the world of the organisation speak different "
        "languages. Linking inside and outside means making sure they still reach each other: "
        "you bring what goes on in the neighbourhood inside, and you explain outside what the "
        "municipality can and cannot do.",
    ),
    ("WorkPractice", "relatiewerk"): (
        "Zonder vertrouwen gebeurt er weinig. Relatiewerk is het geduldige opbouwen en "
        "onderhouden van contacten met bewoners, ondernemers en partners: koffie drinken, "
        "terugbellen, je gezicht laten zien, ook als er niets te regelen valt.",
        "Little happens without trust. Relationship work is the patient building and keeping "
        "of contacts with residents, entrepreneurs and partners: having coffee, calling back, "
        "showing your face, also when there is nothing to arrange.",
    ),
    ("WorkPractice", "situatie-in-kaart"): (
        "Weten wat er speelt, voordat het een probleem wordt. Je haalt signalen op bij "
        "bewoners en partners, legt ze naast cijfers en eerdere ervaringen, duidt wat ze "
        "betekenen en deelt dat beeld met wie er iets mee moet.",
        "Knowing what is going on before it becomes a problem. You pick up signals from "
        "residents and partners, put them next to figures and earlier experience, make sense "
        "of what they mean and share that picture with whoever needs to act on it.",
    ),
    ("WorkPractice", "oplossingswerk"): (
        "Oplossingswerk is samen met bewoners en partners toewerken naar een oplossing die zij "
        "ook willen dragen. Dat vraagt onderhandelen, opties verkennen en afspraken maken, en "
        "soms accepteren dat de beste oplossing niet de snelste is.",
        "Solution work is working with residents and partners toward a solution they are "
        "willing to carry. It takes negotiating, exploring options and making agreements, and "
        "sometimes accepting that the best solution is not the fastest one.",
    ),
    ("WorkPractice", "praktisch-ondersteunen"): (
        "Soms is het werk heel concreet: een bewonersinitiatief helpen met een aanvraag, een "
        "ruimte regelen, de weg wijzen in de gemeente. Praktisch ondersteunen houdt "
        "initiatieven op gang en laat bewoners zien dat de gemeente er ook voor hen is.",
        "Sometimes the work is very concrete: helping a residents' initiative with an "
        "application, arranging a room, showing the way in the municipality. Practical "
        "support keeps initiatives going and shows residents that the municipality is there "
        "for them too.",
    ),
    ("RoleImage", "pionier"): (
        "Wie de wijkprofessional als pionier ziet, verwacht vernieuwing: iemand die voorop "
        "gaat, experimenteert en nieuwe werkwijzen uitprobeert voordat de organisatie zover is.",
        "Whoever sees the neighbourhood professional as a pioneer expects renewal: someone who "
        "goes first, experiments and tries new ways of working before the organisation is ready.",
    ),
    ("RoleImage", "spreekbuis"): (
        "Als spreekbuis brengt de wijkprofessional de stem van de wijk naar binnen: wat "
        "bewoners willen, merken en missen, hoort het stadhuis via hem of haar.",
        "As a mouthpiece the neighbourhood professional brings the voice of the neighbourhood "
        "inside: what residents want, notice and miss reaches the town hall through them.",
    ),
    ("RoleImage", "verlengstuk"): (
        "Als verlengstuk is de wijkprofessional het gezicht van de gemeente in de wijk: wie "
        "beleid uitlegt en uitvoert, en op wie bewoners de gemeente aanspreken.",
        "As an extension of the town hall the neighbourhood professional is the face of the "
        "municipality in the neighbourhood: the one who explains and carries out policy, and "
        "to whom residents address the municipality.",
    ),
    ("RoleImage", "intermediair"): (
        "De intermediair bemiddelt tussen partijen: tussen bewoners onderling, tussen "
        "bewoners en organisaties, en tussen organisaties die elk hun eigen belang hebben.",
        "The intermediary mediates between parties: between residents, between residents and "
        "organisations, and between organisations that each have their own interest.",
    ),
    ("RoleImage", "vergaarbak"): (
        "Het minst vleiende beeld, en toch herkenbaar: de vergaarbak waar alles terechtkomt "
        "wat nergens anders past. Het zegt iets over het werk: wat tussen de hokjes valt, "
        "komt bij de wijkprofessional uit.",
        "The least flattering image, and still recognisable: the catch-all where everything "
        "lands that fits nowhere else. It says something about the work: what falls between "
        "the boxes ends up with the neighbourhood professional.",
    ),
    ("RoleImage", "schakel"): (
        "De schakel, of verbindingsofficier, tussen de wijk en het centrale apparaat: iemand "
        "die in beide werelden thuis is en ze met elkaar in verbinding houdt, in beide "
        "richtingen.",
        "The linking pin, or liaison officer, between the neighbourhood and the central "
        "organisation: someone at home in both worlds who keeps them in touch with each other, "
        "in both directions.",
    ),
}

# (code, name_nl, name_en, description_nl, description_en, explanation_nl, explanation_en)
TENSIONS = [
    (
        "binnen-buiten",
        "Binnen–buiten: situationele en institutionele logica",
        "Inside–outside: situational and institutional logic",
        "wat de situatie in de wijk vraagt tegenover wat regels, systemen en procedures "
        "voorschrijven",
        "what the situation in the neighbourhood asks versus what rules, systems and "
        "procedures prescribe",
        "In de wijk telt wat hier en nu nodig is; in de organisatie tellen regels, "
        "budgetten, planningen en verantwoording. Beide logica's zijn legitiem, en ze botsen "
        "regelmatig: een bewoner die morgen hulp nodig heeft, een procedure die zes weken "
        "duurt.\n\n"
        "De wijkprofessional staat precies op die grens. Het vakmanschap zit in het kiezen "
        "wanneer je maatwerk levert, wanneer je de regel uitlegt en wanneer je de regel "
        "binnen ter discussie stelt.",
        "In the neighbourhood what counts is what is needed here and now; in the "
        "organisation rules, budgets, planning and accountability count. Both logics are "
        "legitimate, and they clash regularly: a resident who needs help tomorrow, a "
        "procedure that takes six weeks.\n\n"
        "The neighbourhood professional stands right on that border. The craft lies in "
        "choosing when to tailor, when to explain the rule and when to question the rule "
        "inside.",
    ),
    (
        "binnen-binnen",
        "Binnen–binnen: wijk en sector",
        "Inside–inside: neighbourhood and sector",
        "de wijk als geheel tegenover de eigen logica van beleidsdomeinen, afdelingen en sectoren",
        "the neighbourhood as a whole versus the separate logic of policy domains, "
        "departments and sectors",
        "Ook binnen de eigen organisatie schuurt het. De wijkprofessional kijkt naar de wijk "
        "als geheel; afdelingen en sectoren (zorg, veiligheid, wonen, openbare ruimte) "
        "kijken elk vanuit hun eigen domein, met hun eigen doelen, budgetten en tempo.\n\n"
        "Wat in de wijk één vraag is, is binnen vaak vier loketten. Het werk is die loketten "
        "aan één tafel krijgen zonder dat iemand zijn verantwoordelijkheid kwijtraakt.",
        "There is friction inside the organisation too. The neighbourhood professional looks "
        "at the neighbourhood as a whole; departments and sectors (care, safety, housing, "
        "public space) each look from their own domain, with their own goals, budgets and "
        "pace.\n\n"
        "What is one question in the neighbourhood is often four counters inside. The work is "
        "getting those counters to one table without anyone losing their responsibility.",
    ),
    (
        "politiek",
        "Politieke processen: Politiek en politiek",
        "Political processes: Politics and politics",
        "de Politiek van raad en college tegenover de politiek van belangen, macht en "
        "invloed in de wijk",
        "the Politics of council and executive versus the politics of interests, power and "
        "influence in the neighbourhood",
        "Het onderzoek onderscheidt Politiek met een hoofdletter (raad, college, "
        "wethouders, verkiezingen) en politiek met een kleine letter: de dagelijkse strijd om "
        "belangen, aandacht en invloed in de wijk, tussen bewoners, groepen en organisaties.\n\n"
        "Een raadsbesluit kan haaks staan op wat bewoners willen, en een luidruchtige groep is "
        "niet altijd de hele wijk. De wijkprofessional beweegt zich tussen beide, zonder zelf "
        "partij te worden.",
        "The research distinguishes Politics with a capital P (council, executive, aldermen, "
        "elections) and politics with a small p: the daily struggle for interests, attention "
        "and influence in the neighbourhood, between residents, groups and organisations.\n\n"
        "A council decision can run against what residents want, and a loud group is not "
        "always the whole neighbourhood. The neighbourhood professional moves between both, "
        "without becoming a party.",
    ),
    (
        "samenwerking",
        "Productieve samenwerking richting gedragen oplossingen",
        "Productive co-operation toward solutions people carry",
        "partijen met eigen belangen en een eigen tempo samen laten werken aan oplossingen "
        "die ze ook zelf dragen",
        "getting parties with their own interests and pace to work together on solutions "
        "that they carry themselves",
        "Samenwerken is geen doel op zich. De spanning zit tussen praten en doen: veel "
        "overleg levert niet vanzelf iets op, en een snelle oplossing van bovenaf wordt vaak "
        "niet gedragen.\n\n"
        "Productieve samenwerking vraagt dat partijen elkaars belangen kennen, dat iemand het "
        "proces bewaakt en dat de uitkomst van de betrokkenen zelf is, zodat ze het ook "
        "volhouden als de wijkprofessional een stap terug doet.",
        "Co-operation is not a goal in itself. The tension lies between talking and doing: a "
        "lot of meetings does not produce anything by itself, and a quick solution from above "
        "is often not carried.\n\n"
        "Productive co-operation needs parties who know each other's interests, someone who "
        "looks after the process and an outcome that belongs to those involved, so that they "
        "keep it going when the neighbourhood professional steps back.",
    ),
]

# The changing context the research names: the same shape as TENSIONS.
CONTEXT_TRENDS = [
    (
        "meer-verbindingen",
        "Meer verbindingen op alle niveaus",
        "More connections at every level",
        "netwerken van bewoners, organisaties en overheden raken steeds meer met elkaar verweven",
        "networks of residents, organisations and governments are ever more interwoven",
        "Wijk, stad, regio en rijk hangen steeds meer samen, en dat geldt ook voor de "
        "organisaties in de wijk. Wie iets wil bereiken, moet meer mensen kennen en meer "
        "schakels overzien.",
        "Neighbourhood, city, region and state are ever more bound up with each other, and so "
        "are the organisations in the neighbourhood. Whoever wants to achieve something has to "
        "know more people and oversee more links.",
    ),
    (
        "fragmentatie-polarisatie",
        "Fragmentatie en polarisatie",
        "Fragmentation and polarisation",
        "groepen leven meer langs elkaar heen en tegenstellingen worden scherper",
        "groups live more side by side and oppositions grow sharper",
        "Groepen in de wijk leven meer langs elkaar heen, en tegenstellingen worden sneller "
        "scherp, ook online. Verbinden wordt lastiger en belangrijker tegelijk.",
        "Groups in the neighbourhood live more side by side, and oppositions turn sharp "
        "faster, also online. Connecting becomes harder and more important at the same time.",
    ),
    (
        "mondigere-bewoners",
        "Mondigere bewoners",
        "More assertive residents",
        "bewoners weten hun weg, spreken zich uit en nemen zelf initiatief",
        "residents know their way, speak up and take initiative themselves",
        "Bewoners weten de weg, spreken zich uit en nemen zelf initiatief. Dat is een kracht, "
        "en het vraagt van de wijkprofessional dat hij of zij ruimte geeft en tegelijk let op "
        "wie niet aan het woord komt.",
        "Residents know their way, speak up and take initiative themselves. That is a "
        "strength, and it asks the neighbourhood professional to give room while watching out "
        "for those who are not heard.",
    ),
    (
        "taaiere-opgaven",
        "Taaiere opgaven, scherpere controverse",
        "Tougher challenges, sharper controversy",
        "maatschappelijke vraagstukken worden complexer en roepen meer tegenstrijdige reacties op",
        "social challenges grow more complex and stir more conflicting reactions",
        "Armoede, wonen, zorg, veiligheid en klimaat grijpen in elkaar en laten zich niet door "
        "één partij oplossen. Rond zulke opgaven lopen de meningen sterker uiteen dan vroeger.",
        "Poverty, housing, care, safety and climate interlock and cannot be solved by any one "
        "party. Opinions on such challenges diverge more strongly than they used to.",
    ),
    (
        "spanningen-worden-crises",
        "Spanningen die omslaan in crises",
        "Tensions that tip into crises",
        "wat lang sluimert, kan plotseling escaleren en vraagt dan snel handelen",
        "what smoulders for a long time can suddenly escalate and then needs fast action",
        "Spanningen die lang sluimeren, kunnen ineens escaleren: een incident, een "
        "omstreden besluit, een bericht dat rondgaat. Dan telt wat de wijkprofessional eerder "
        "aan relaties en kennis van de wijk heeft opgebouwd.",
        "Tensions that smoulder for a long time can suddenly escalate: an incident, a disputed "
        "decision, a message that goes round. Then what the neighbourhood professional built "
        "up earlier in relationships and knowledge of the neighbourhood counts.",
    ),
    (
        "meer-coproductie",
        "Meer coproductie",
        "More co-production",
        "overheid, bewoners en organisaties maken en dragen oplossingen steeds vaker samen",
        "government, residents and organisations increasingly make and carry solutions together",
        "Oplossingen worden steeds vaker samen gemaakt: door gemeente, bewoners, "
        "corporaties, zorg en ondernemers. Dat vraagt een overheid die kan loslaten en een "
        "wijkprofessional die de samenwerking zorgvuldig begeleidt.",
        "Solutions are more and more made together: by the municipality, residents, housing "
        "corporations, care and entrepreneurs. That needs a government able to let go and a "
        "neighbourhood professional who guides the co-operation with care.",
    ),
]
