"""Members using the site, for locust: browsing the directory and the stories, asking "Wie bel
je?", marking stories; ``WritingMember`` also saves story drafts (the fault test's writes).

Run by ``scripts/loadtest.py`` and ``scripts/fault_pg_restart.py``, which prepare the accounts
and the vocabulary in the JSON file named by ``LPB_LOADTEST_DATA``, and read every response
back from the JSON lines written to ``LPB_LOADTEST_SAMPLES``. Requests are named by page kind
("/leden/ [facets]", "/praktijken/<slug>/") so the figures group them; anything but the
expected status (200, or a redirect after a saved form) is a failure. Redirects are not
followed: a lost session would otherwise pass as the login page's 200.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import uuid
from pathlib import Path
from urllib.parse import urlencode

from locust import FastHttpUser, between, events, task

DATA = json.loads(Path(os.environ["LPB_LOADTEST_DATA"]).read_text(encoding="utf-8"))
ACCOUNTS = itertools.cycle(DATA["accounts"])
VOCABULARY = DATA["vocabulary"]
RUN = uuid.uuid4().hex[:8]  # tells this run's story drafts from any other's
DRAFT_TITLE = "Belastingtest {marker}"  # scripts/fault_pg_restart.py looks for these

# Situations as members describe them, for "Wie bel je?".
SITUATIONS = [
    "Bewoners in een flat voelen zich onveilig door drugsoverlast en de corporatie reageert niet.",
    "Steeds meer huishoudens hebben huurachterstanden en schulden. Hoe signaleer je dat eerder?",
    "Veel ouderen in de wijk zijn eenzaam en komen de deur niet meer uit.",
    "Hangjongeren bij het winkelcentrum zorgen voor overlast en winkeliers klagen.",
    "Een burenruzie in een portiek loopt hoog op, er zijn spanningen tussen groepen.",
    "Bewoners willen zelf beslissen over geld voor hun buurt, een soort buurtbudget.",
    "De speeltuin ligt vol zwerfafval en niemand voelt zich verantwoordelijk.",
    "Nieuwe statushouders spreken de taal nog niet en voelen zich niet welkom in de buurt.",
    "De corporatie gaat renoveren en bewoners voelen zich niet gehoord.",
    "De gemeente wil aardgasvrij en bewoners zijn wantrouwig over het warmtenet.",
    "Kinderen spijbelen veel en ouders zijn moeilijk bereikbaar voor de school.",
    "Een verwarde man zorgt voor onrust in de straat en de ggz is moeilijk bereikbaar.",
]
# What tells the friendly 503 page from a stack trace or a bare server error.
FRIENDLY_503 = 'class="error-page"'
TRACEBACK_SIGNS = ("Traceback (most recent call last)", 'File "/', "OperationalError", "psycopg")

_samples = open(os.environ["LPB_LOADTEST_SAMPLES"], "a", encoding="utf-8")  # noqa: SIM115


@events.request.add_listener
def keep_sample(request_type, name, response_time, response, exception, context, start_time, **_):
    """Every response, with what the page was, for the scripts' own figures and checks."""
    status = getattr(response, "status_code", 0) or 0
    try:
        body = (response.text or "") if status else ""
    except Exception:  # a connection that broke mid-body
        body = ""
    if any(sign in body for sign in TRACEBACK_SIGNS):
        page = "traceback"
    elif status == 503 and FRIENDLY_503 in body:
        page = "friendly-503"
    elif 200 <= status < 400:
        page = "ok"
    else:
        page = "other"
    sample = {
        "name": name,
        "method": request_type,
        "status": status,
        "ms": round(response_time or 0, 1),
        "started": start_time,
        "ok": exception is None,
        "page": page,
        "error": "" if exception is None else str(exception)[:200],
        "marker": context.get("marker", ""),
    }
    _samples.write(json.dumps(sample) + "\n")
    _samples.flush()


def pick(values: list, most: int = 1) -> list:
    return random.sample(values, random.randint(1, min(most, len(values)))) if values else []


def facet_params(facets: tuple[str, ...], *, most: int) -> list[tuple[str, str]]:
    """A random combination of 1…``most`` facets, each with one or two real options."""
    params = []
    for key in random.sample(facets, random.randint(1, most)):
        if key == "gemeente":
            province = random.choice(list(DATA["municipalities"]))
            params.append(("provincie", province))
            params += [("gemeente", c) for c in pick(DATA["municipalities"][province], 2)]
        else:
            params += [(key, value) for value in pick(VOCABULARY[key], 2)]
    return params


def search_words() -> str:
    kind = random.random()
    if kind < 0.5:
        return " ".join(pick(DATA["words"], 2))
    if kind < 0.8:
        return random.choice(DATA["tags"] or DATA["words"])
    return random.choice(DATA["names"] or DATA["words"])


class Member(FastHttpUser):
    """A logged-in member; task weights follow how the site is used (browsing far more than
    asking, and asking far more than writing)."""

    wait_time = between(1, 3)

    def on_start(self):
        account = next(ACCOUNTS)
        self.csrf = account["csrf"]
        self.slug = account["slug"]
        cookies = DATA["cookies"]
        self.headers = {
            "Cookie": f"{cookies['session']}={account['session']}; {cookies['csrf']}={self.csrf}",
            "Referer": f"{self.host}/",
            "Accept-Language": "nl",
        }
        # The cookies are sent by hand: the server's are Secure (HTTPS only) in production,
        # and a cookie jar would drop them on this plain-HTTP loopback.
        self.client.client.cookiejar = None

    def fetch(self, method, path, name, *, expect=200, params=(), htmx_target=None, **kwargs):
        if params:
            path = f"{path}?{urlencode(params)}"
        headers = dict(self.headers)
        if htmx_target:
            headers.update({"HX-Request": "true", "HX-Target": htmx_target})
        with self.client.request(
            method,
            path,
            name=name,
            headers=headers,
            allow_redirects=False,
            catch_response=True,
            **kwargs,
        ) as response:
            if response.status_code != expect:
                where = response.headers.get("Location", "") if response.headers else ""
                response.failure(f"HTTP {response.status_code} {where}".strip())
            else:
                response.success()
            return response

    @task(3)
    def home(self):
        self.fetch("GET", "/", "/ [home]")

    @task(8)
    def directory_facets(self):
        params = facet_params(
            ("kwaliteit", "werk", "thema", "rol", "gemeente", "organisatie", "tag"), most=3
        )
        if random.random() < 0.2:
            params.append(("sorteer", random.choice(["naam", "nieuwste", "verhalen"])))
        if random.random() < 0.15:
            params.append(("pagina", str(random.randint(2, 4))))
        if random.random() < 0.3:  # ticked with JavaScript: htmx swaps the results only
            self.fetch("GET", "/leden/", "/leden/ [htmx]", params=params, htmx_target="directory")
        else:
            self.fetch("GET", "/leden/", "/leden/ [facets]", params=params)

    @task(4)
    def directory_search(self):
        params = [("zoek", search_words())]
        if random.random() < 0.4:
            params += facet_params(("kwaliteit", "thema", "provincie"), most=1)
        self.fetch("GET", "/leden/", "/leden/ [search]", params=params)

    @task(6)
    def profile(self):
        self.fetch("GET", f"/leden/{random.choice(DATA['profiles'])}/", "/leden/<slug>/")

    @task(6)
    def case_listing_facets(self):
        params = facet_params(("kwaliteit", "werk", "thema", "gemeente", "tag"), most=3)
        if random.random() < 0.2:
            params.append(("sorteer", random.choice(["nieuwste", "herkend"])))
        if random.random() < 0.3:
            self.fetch(
                "GET", "/praktijken/", "/praktijken/ [htmx]", params=params, htmx_target="listing"
            )
        else:
            self.fetch("GET", "/praktijken/", "/praktijken/ [facets]", params=params)

    @task(3)
    def case_search(self):
        params = [("zoek", search_words())]
        if random.random() < 0.3:
            params += facet_params(("thema", "kwaliteit"), most=1)
        self.fetch("GET", "/praktijken/", "/praktijken/ [search]", params=params)

    @task(8)
    def case_detail(self):
        self.fetch("GET", f"/praktijken/{random.choice(DATA['stories'])}/", "/praktijken/<slug>/")

    @task(2)
    def who_to_call(self):
        self.fetch("GET", "/wie-bel-je/", "/wie-bel-je/ [form]")
        params = [("beschrijving", random.choice(SITUATIONS))]
        if random.random() < 0.3:
            params.append(("provincie", random.choice(VOCABULARY["provincie"])))
        if random.random() < 0.2:
            params.append(("thema", random.choice(VOCABULARY["thema"])))
        self.fetch("GET", "/wie-bel-je/", "/wie-bel-je/ [answer]", params=params)

    @task(1)
    def recognise(self):
        """Dit herken ik / Nuttig on a story, as the htmx button posts it (a toggle)."""
        slug = random.choice(DATA["stories"])
        self.fetch(
            "POST",
            f"/praktijken/{slug}/herkenning/",
            "POST /praktijken/<slug>/herkenning/",
            data={
                "kind": random.choice(["herkenbaar", "nuttig"]),
                "csrfmiddlewaretoken": self.csrf,
            },
            htmx_target="recognition",
        )


class WritingMember(Member):
    """A member who also saves story drafts, each titled with a unique marker, so the fault
    test can check afterwards that every draft the site said it saved is in the database."""

    wait_time = between(0.2, 1)
    _numbers = itertools.count(1)

    def on_start(self):
        super().on_start()
        self.number = next(self._numbers)
        self.drafts = itertools.count(1)

    @task(4)
    def save_draft(self):
        marker = f"lt-{RUN}-{self.number}-{next(self.drafts)}"
        form = {
            "csrfmiddlewaretoken": self.csrf,
            "action": "draft",
            "title": DRAFT_TITLE.format(marker=marker),
            "summary": "Een concept uit de belastingtest; het wordt na de test weer verwijderd.",
            "situation": "Een situatie in de wijk.",
            "visibility": "members",
            "images-TOTAL_FORMS": "0",
            "images-INITIAL_FORMS": "0",
            "images-MIN_NUM_FORMS": "0",
            "images-MAX_NUM_FORMS": "6",
        }
        self.fetch(
            "POST",
            "/praktijken/nieuw/",
            "POST /praktijken/nieuw/ [draft]",
            expect=302,
            data=form,
            context={"marker": marker},
        )
