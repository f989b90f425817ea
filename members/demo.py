"""Deterministic, realistic Dutch demo data, created in bulk.

Used by ``manage.py seed_demo`` for ``make run`` and for benchmarks; never by the tests'
assertions about behaviour.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from members.coordinators import COORDINATORS_GROUP
from members.models import User

DEMO_PASSWORD = "wijk-demo-2025"
DEMO_COORDINATOR_EMAIL = "coordinator@demo.lpbnetwerk.nl"
DEMO_MEMBER_EMAIL = "lid@demo.lpbnetwerk.nl"

FIRST_NAMES = (
    "Anouk Bas Charlotte Daan Eva Fatima Gijs Hanna Ilse Jeroen Karim Lotte Mohammed Noor "
    "Oscar Petra Quinten Rachid Sanne Thijs Ursula Vincent Wendy Yasmina Zeynep Bram Femke "
    "Hatice Joost Kees Linda Marieke Nadia Pieter Ricardo Saskia Tom Esther Mustafa Ingrid "
    "Marloes Sem Lieke Hamza Roos Wouter Ayşe Dewi Milan Emre Jolanda Ruud Sevda Annelies"
).split()
SURNAMES = (
    "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|"
    "Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|"
    "El Amrani|Yilmaz|Kaya|Bouzid|Pinas|Soekhoe|Nijhuis|van Dam|Kuipers|Veenstra|Postma|"
    "van Hulst|Hoekstra|Koster|Prins|Huisman|Willems|Kok|Şahin|Tahiri|Wijnands|Verbeek"
).split("|")


@dataclass
class DemoResult:
    members: int
    coordinator: User | None


def _email_for(name: str, number: int) -> str:
    local = name.lower().replace(" ", ".").replace("ş", "s").replace("ç", "c")
    return f"{local}.{number}@demo.lpbnetwerk.nl"


@transaction.atomic
def seed(*, members: int = 200, seed: int = 1) -> DemoResult:
    """Create a demo coordinator, a demo member and ``members`` other members, in bulk."""
    rng = random.Random(seed)
    # Passwords only in development: a production database never gets a known password.
    password = DEMO_PASSWORD if settings.DEBUG else None

    coordinator = _ensure_user(
        DEMO_COORDINATOR_EMAIL, "Corrie Coördinator", password, is_staff=True
    )
    coordinator.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    _ensure_user(DEMO_MEMBER_EMAIL, "Merel van Hulst", password)

    template = User(email="x@example.org")
    template.set_password(password)
    hashed = template.password
    now = timezone.now()
    statuses = [User.Status.ACTIVE] * 90 + [User.Status.PENDING] * 7 + [User.Status.ALUMNI] * 3
    start = User.objects.count()
    users = []
    for number in range(start, start + members):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
        users.append(
            User(
                email=_email_for(name, number),
                name=name,
                password=hashed,
                status=rng.choice(statuses),
                date_joined=now - timezone.timedelta(days=rng.randint(0, 4 * 365)),
            )
        )
    created = User.objects.bulk_create(users, batch_size=2000)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in created],
        batch_size=2000,
    )
    return DemoResult(members=len(created), coordinator=coordinator)


def _ensure_user(email: str, name: str, password: str | None, *, is_staff: bool = False) -> User:
    user, created = User.objects.get_or_create(
        email=email,
        defaults={"name": name, "status": User.Status.ACTIVE, "is_staff": is_staff},
    )
    if created:
        user.set_password(password)
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user
