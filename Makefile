# LPB Netwerk — the whole set-up is `make run` (the site) and `make test` (the tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DEV_ENV := DJANGO_DEBUG=true DJANGO_SECRET_KEY_FILE=.dev-secret-key
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format demo screenshots messages install migrate

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

# A development secret key, generated once and never committed.
.dev-secret-key:
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

migrate: install .dev-secret-key
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py createcachetable

run: migrate
	$(DEV_ENV) $(PY) manage.py seed_demo --if-empty --cases 150 --questions 100
	$(DEV_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

demo: migrate
	$(DEV_ENV) $(PY) manage.py seed_demo --cases 150 --questions 100

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

# The site the way production runs it, on loopback: DEBUG off, gunicorn (gunicorn.conf.py),
# whitenoise with compressed, hashed static files, the database of DATABASE_URL (SQLite
# otherwise). Plain HTTP on loopback, so no HTTPS redirect and no Secure cookies; keep both on
# in production (README, Deploy). PORT and WEB_CONCURRENCY (workers) may be set.
SERVE_ENV := DJANGO_SECRET_KEY_FILE=.dev-secret-key DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost \
	DJANGO_SECURE_SSL_REDIRECT=false DJANGO_SECURE_COOKIES=false

.PHONY: serve
serve: install .dev-secret-key
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	$(SERVE_ENV) $(PY) manage.py createcachetable
	PORT=$(PORT) $(SERVE_ENV) $(PY) -m gunicorn --config gunicorn.conf.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Playwright renders the main pages at 1280 px and 375 px into screenshots/.
screenshots: install
	$(PY) -m pytest tests/browser/test_screenshots.py -p no:randomly --screenshots $(PYTEST_ARGS)

# Extract and compile the translations (needs GNU gettext: apt-get install gettext).
messages: install
	$(DEV_ENV) $(PY) manage.py makemessages -l nl --no-obsolete --no-location --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=scripts
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv

# Seeding speed: the median of 3 runs of seed_demo with 10,000 members (and with
# BENCH_ARGS="--cases 20000", 20,000 stories), each into a fresh PostgreSQL database on the
# server of DATABASE_URL (the script creates and drops its own).
.PHONY: bench-seed
bench-seed: install .dev-secret-key
	$(DEV_ENV) $(PY) scripts/bench_seed.py $(BENCH_ARGS)

# The listing benchmarks (/leden/, /praktijken/ and /vragen/): seed 10,000 demo members, 20,000
# stories and 5,000 questions (about 20,000 answers) on the configured database (DATABASE_URL;
# PostgreSQL for figures that mean something) and print queries and median/p95 server times,
# the first request after a change and the index's memory; then the story and profile pages
# (scripts/bench_pages.py), and the queries and Python function calls of each of those requests,
# figures that do not move with the machine's load (scripts/bench_calls.py).
.PHONY: bench
bench: install .dev-secret-key
	DJANGO_SECRET_KEY_FILE=.dev-secret-key $(PY) scripts/bench_directory.py $(BENCH_ARGS)
	DJANGO_SECRET_KEY_FILE=.dev-secret-key $(PY) scripts/bench_pages.py $(BENCH_ARGS)
	DJANGO_SECRET_KEY_FILE=.dev-secret-key $(PY) scripts/bench_calls.py $(BENCH_ARGS)

# "Wie bel je?" on a realistic network, through the real page: the judged set of
# tests/who_to_call_data.py (created first, old ids and dates) among 10,000 demo members and
# 20,000 stories, in a PostgreSQL database of its own on the server of DATABASE_URL (created
# and dropped by the script). Prints MRR, recall@1/@5 (tuning and held-out halves), median and
# p95 server time, queries per answer, and the directory/story search on inflected queries.
# Options: BENCH_ARGS="--members 10000 --cases 20000 --runs 5 --keep".
.PHONY: bench-match
bench-match: install .dev-secret-key
	DJANGO_SECRET_KEY_FILE=.dev-secret-key $(PY) scripts/bench_who_to_call.py $(BENCH_ARGS)

# Load and fault tests against `make serve` on PostgreSQL (DATABASE_URL required; the database
# is seeded once with 10,000 members and 20,000 stories and reused): 50 members browsing,
# searching and asking "Wie bel je?" for 60 s, with requests/s and median/p95 per page, then
# the fault test (it runs even when the load failed; either failing fails the target).
# Options: LOADTEST_ARGS="--users 50 --duration 60 --skip-seed", FAULTTEST_ARGS="--outage 5".
.PHONY: loadtest
loadtest: install .dev-secret-key
	$(PY) scripts/loadtest.py $(LOADTEST_ARGS); load=$$?; \
	$(PY) scripts/fault_pg_restart.py --skip-seed $(FAULTTEST_ARGS); fault=$$?; \
	test $$load -eq 0 -a $$fault -eq 0

# Fault test alone: PostgreSQL (the local cluster on DATABASE_URL's port, found with
# pg_lsclusters) is stopped for 5 s under load; the site must answer the friendly 503 page,
# recover within 5 s and lose no acknowledged write. It interrupts everyone on that cluster.
.PHONY: faulttest
faulttest: install .dev-secret-key
	$(PY) scripts/fault_pg_restart.py $(FAULTTEST_ARGS)
