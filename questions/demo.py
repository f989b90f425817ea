"""Demo questions and answers for ``manage.py seed_demo --questions N`` (about four answers per
question): realistic Dutch questions from the neighbourhood practice, asked and answered by the
active members, in a constant number of queries (``bulk_create``), deterministic per seed.
"""

from __future__ import annotations

import random
from datetime import timedelta
from functools import lru_cache

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from lpb import search, textindex
from lpb.markdown import render_markdown
from members.demo import _bulk, _Unique
from members.models import Member, Theme, WorkPractice
from practices.demo import _timestamps_as_given
from questions.listing import ANSWER_COUNTS, invalidate_counts
from questions.models import RESERVED_SLUGS, Answer, Availability, Follow, Question

ANSWERS_PER_QUESTION = 4

# (theme code, title, situation) — no residents or addresses, as the form asks.
TOPICS = [
    (
        "wonen",
        "Hoe krijg ik de corporatie aan tafel bij overlast in een portiekflat?",
        "In een portiekflat is al maanden **overlast**: geluid, afval in het trappenhuis. "
        "Bewoners bellen mij, de corporatie verwijst naar de politie. Wie heeft een aanpak die "
        "werkte om de corporatie echt mee te krijgen?",
    ),
    (
        "veiligheid",
        "Drugsoverlast rond een speelplein: wat werkte bij jullie?",
        "Rond een speelplein wordt 's avonds gedeald. Ouders durven hun kinderen niet meer te "
        "laten spelen. Politie en handhaving zijn betrokken, maar bewoners voelen zich niet "
        "gehoord. Hoe hebben jullie bewoners weer vertrouwen gegeven?",
    ),
    (
        "armoede-en-schulden",
        "Hoe bereik je gezinnen met schulden die geen hulp vragen?",
        "We zien signalen van schulden achter de voordeur (afgesloten energie, kinderen zonder "
        "ontbijt), maar de gezinnen melden zich niet. Welke ingang werkte bij jullie: school, "
        "huisarts, buurthuis?",
    ),
    (
        "eenzaamheid",
        "Eenzame ouderen in een nieuwbouwwijk: hoe vind je ze?",
        "In een nieuwbouwwijk wonen veel ouderen die net verhuisd zijn. Ze kennen niemand. Hoe "
        "hebben jullie ze gevonden zonder huis-aan-huis te gaan?",
    ),
    (
        "jeugd",
        "Jongeren hangen bij het winkelcentrum: met wie begin je?",
        "Een groep jongeren hangt elke avond bij het winkelcentrum. Winkeliers klagen, de "
        "jongeren zeggen dat er niets voor ze is. Met wie begin je het gesprek, en in welke "
        "volgorde?",
    ),
    (
        "participatie",
        "Een buurtbudget dat niet alleen de usual suspects bereikt",
        "Ons buurtbudget wordt steeds door dezelfde actieve bewoners gebruikt. Hoe krijg je "
        "nieuwe groepen aan tafel, bijvoorbeeld jonge gezinnen of nieuwkomers?",
    ),
    (
        "openbare-ruimte",
        "Bewoners willen zelf een groenstrook beheren: hoe regel je dat?",
        "Bewoners willen een verwaarloosde groenstrook zelf onderhouden. Binnen de gemeente "
        "weet niemand wie daarover gaat. Hoe hebben jullie zo'n beheerafspraak geregeld?",
    ),
    (
        "zorg-en-welzijn",
        "Verward gedrag in de wijk: wie pakt de regie?",
        "Een buurtbewoner met verward gedrag zorgt voor onrust. Wijkteam, GGZ, politie en "
        "corporatie wijzen naar elkaar. Wie nam bij jullie de regie, en hoe?",
    ),
    (
        "integratie",
        "Nieuwkomers en oude bewoners: hoe bouw je een brug?",
        "Er wonen sinds kort veel statushouders in de wijk. Oude bewoners zijn wantrouwig. "
        "Welke kleine activiteit bracht bij jullie mensen echt met elkaar in gesprek?",
    ),
    (
        "energie-en-klimaat",
        "Isolatie in een wijk met veel huurders: hoe begin je?",
        "De gemeente wil de wijk verduurzamen, maar de meeste bewoners huren en vertrouwen de "
        "plannen niet. Hoe hebben jullie bewoners en verhuurders samen in beweging gekregen?",
    ),
    (
        "leefbaarheid",
        "Afval naast de containers: wat hielp echt?",
        "Steeds meer grofvuil naast de containers. Handhaving helpt even, dan begint het "
        "opnieuw. Wie heeft een aanpak met bewoners die blijvend werkte?",
    ),
]
PLACES = ["in de wijk", "in een dorpskern", "in een naoorlogse wijk", "in het centrum"]
ANSWERS = [
    "Wij zijn begonnen met **koffie in het trappenhuis**: eerst luisteren, dan pas plannen. "
    "De corporatie kwam mee toen bewoners zelf het verhaal vertelden.",
    "Zoek de *sleutelfiguur* in de straat: iemand die iedereen kent. Via haar bereikten we in "
    "een maand meer dan in een jaar via brieven.",
    "Maak één gezamenlijke afspraak met alle partijen en spreek af wie de regie heeft. Bij ons "
    "werkte een wekelijks overleg van een kwartier, staand.",
    "Ga niet zelf oplossen: breng de juiste mensen bij elkaar en blijf de verbinding houden. "
    "Zie ook het praktijkverhaal over de buurttafel.",
    "Wij hebben het klein gehouden:\n\n- één straat\n- één maand\n- één concreet resultaat\n\n"
    "Daarna groeide het vanzelf.",
    "Vraag de school: leerkrachten zien het als eerste. Wij hebben een vast moment met de "
    "intern begeleider afgesproken.",
]
SUMMARIES = [
    "Koffie in het trappenhuis en één vaste contactpersoon bij de corporatie.",
    "Via een sleutelfiguur in de straat, en kleine stappen met een zichtbaar resultaat.",
    "Eén gezamenlijke afspraak, met duidelijke regie.",
]


@lru_cache(maxsize=256)
def _html(text: str) -> str:
    return render_markdown(text)


@transaction.atomic
def seed_questions(*, questions: int, seed: int = 1) -> int:
    """Add ``questions`` questions with about four answers each; returns how many."""
    if questions <= 0:
        return 0
    members = list(
        Member.objects.filter(user__status="active", user__is_active=True)
        .select_related("municipality__province")
        .order_by("slug")
    )
    if len(members) < 2:
        return 0
    themes = {t.code: t for t in Theme.objects.all()}
    work = list(WorkPractice.objects.all())
    earlier = Question.objects.count()
    rng = random.Random(f"questions:{seed}:{earlier}")
    slugs = _Unique(Question.objects.all(), "slug")
    slugs.taken |= RESERVED_SLUGS
    now = timezone.now()
    rows, picks, answers, follows = [], [], [], []
    for _number in range(questions):
        code, title, situation = rng.choice(TOPICS)
        asker = rng.choice(members)
        asked = now - timedelta(days=rng.uniform(0, 400))
        title = f"{title[:-1]} ({rng.choice(PLACES)})?" if title.endswith("?") else title
        count = rng.choice([2, 3, 4, 5, 6, 7]) if rng.random() < 0.9 else 0  # 4 on average
        first = asked + timedelta(hours=rng.uniform(1, 96)) if count else None
        closed = count and rng.random() < 0.4
        status = (
            Question.Status.CLOSED
            if closed
            else Question.Status.ANSWERED
            if count
            else Question.Status.OPEN
        )
        question = Question(
            title=title[:140],
            slug=slugs.take(slugify(title)[:150] or "vraag"),
            situation=situation,
            situation_html=_html(situation),
            asker=asker,
            municipality=asker.municipality,
            audience=Question.Audience.MEMBERS,
            status=status,
            summary=rng.choice(SUMMARIES) if closed else "",
            created_at=asked,
            first_answer_at=first,
            closed_at=(first + timedelta(days=3)) if closed else None,
            answer_count=count,
        )
        chosen = [themes[code]] if code in themes else []
        chosen_work = rng.sample(work, k=min(len(work), rng.choice([0, 1, 1, 2])))
        municipality = asker.municipality
        question.search_document = search.document(
            [question.title],
            [
                *(label for t in chosen for label in (t.name_nl, t.name_en)),
                *(label for w in chosen_work for label in (w.name_nl, w.name_en)),
            ],
            [
                *([municipality.name, municipality.province.name] if municipality else []),
                situation,
                question.summary,
            ],
        )
        rows.append(question)
        picks.append((chosen, chosen_work))
        others = [m for m in rng.sample(members, k=min(len(members), count + 1)) if m != asker]
        for index, author in enumerate(others[:count]):
            body = rng.choice(ANSWERS)
            answers.append(
                Answer(
                    question=question,
                    author=author,
                    body=body,
                    body_html=_html(body),
                    helpful=index == 0 and rng.random() < 0.6,
                    created_at=first + timedelta(hours=index * rng.uniform(1, 24)),
                )
            )
        follows.append(Follow(question=question, member=asker, reason=Follow.Reason.ASKED))
    with _timestamps_as_given(Question, Answer):
        _bulk(Question, rows, "slug")
        for answer in answers:
            answer.question_id = answer.question.pk
        for follow in follows:
            follow.question_id = follow.question.pk
        _bulk(Answer, answers)
        _bulk(Follow, follows)
        # The listing searches the text index: bulk-created rows reach it only this way.
        textindex.index(Question, {q.pk: q.search_document for q in rows}, new=True)
        theme_link = Question.themes.through
        work_link = Question.work_practices.through
        _bulk(theme_link, [
            theme_link(question_id=q.pk, theme_id=t.pk)
            for q, (chosen, _w) in zip(rows, picks, strict=True) for t in chosen
        ])  # fmt: skip
        _bulk(work_link, [
            work_link(question_id=q.pk, workpractice_id=w.pk)
            for q, (_t, chosen) in zip(rows, picks, strict=True) for w in chosen
        ])  # fmt: skip
        # About a quarter of the members like to think along (any theme, two a week), so that
        # a demo question reaches someone.
        opted = set(Availability.objects.values_list("member_id", flat=True))
        _bulk(Availability, [
            Availability(member=m, per_week=rng.choice([1, 2, 2, 3]))
            for m in members if m.pk not in opted and rng.random() < 0.25
        ])  # fmt: skip
    transaction.on_commit(invalidate_counts)
    transaction.on_commit(ANSWER_COUNTS.forget)  # answers were bulk-created, without signals
    return len(rows)
