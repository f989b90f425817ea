"""Gunicorn, the way production runs the site (`make serve`; see the README's Deploy section).

Every value can be overridden on the command line or with GUNICORN_CMD_ARGS, e.g.
``GUNICORN_CMD_ARGS="--bind=0.0.0.0:8000"`` when a load balancer on another machine connects.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

wsgi_app = "lpb.wsgi:application"

# Loopback by default: a TLS-terminating proxy on the same machine forwards to it.
bind = f"127.0.0.1:{os.environ.get('PORT', '8000')}"

# Synchronous workers, the usual 2 × cores + 1; WEB_CONCURRENCY overrides (as on most hosts).
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * multiprocessing.cpu_count() + 1)

# A request that takes longer than this is stuck: the worker is replaced. Pages answer in well
# under a second; the database connect timeout (DJANGO_DB_CONNECT_TIMEOUT) is far below this.
timeout = 30
# On SIGTERM or a reload, workers finish the requests they have before they stop.
graceful_timeout = 30
# Behind a proxy that keeps connections open (nginx upstream keepalive, a load balancer).
keepalive = 5

# Replace each worker now and then, so a slow leak can never grow without bound.
max_requests = 2000
max_requests_jitter = 200

# Django writes one structured line per request itself (lpb.request); gunicorn's own access log
# would only repeat it. Gunicorn's start/stop/error messages go to stderr.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Workers' heartbeat files in memory, not on a disk that may be slow or read-only.
if Path("/dev/shm").is_dir():
    worker_tmp_dir = "/dev/shm"

# No control socket (gunicornc): it would be one file per user, shared by every instance on the
# machine, and nothing here needs it; signals (HUP, TERM) manage the server.
control_socket_disable = True

proc_name = "lpb-netwerk"
