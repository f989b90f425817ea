"""Structured logs: one JSON object per line on stdout, and one line per request.

Production collects stdout (journald, a container runtime, a log shipper) and wants lines a
machine can filter: ``{"level": "INFO", "logger": "lpb.request", "status": 200, …}``. Every line
written while a request is handled carries that request's id, so the traceback of an error can be
found from the request line that reported the 500 (or the other way round).
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime

request_log = logging.getLogger("lpb.request")

_current_request_id: ContextVar[str | None] = ContextVar("lpb_request_id", default=None)

# A load balancer or proxy may pass its own id along; anything else gets a fresh one.
_INCOMING_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

# The attributes every LogRecord has; anything else on a record came in through ``extra=``.
_STANDARD_ATTRIBUTES = frozenset(
    logging.LogRecord("", logging.INFO, "", 0, "", (), None).__dict__
) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON, with the fields passed through ``extra=``.

    Only plain values (text, numbers, booleans) from ``extra`` are written: Django's own records
    carry the request object, which could spill cookies or form data into the log.
    """

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRIBUTES and isinstance(
                value, str | int | float | bool | None
            ):
                entry[key] = value
        request_id = _current_request_id.get()
        if request_id and "request_id" not in entry:
            entry["request_id"] = request_id
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class RequestLogMiddleware:
    """One log line per request: method, path, status, duration, user id and request id.

    The path is logged without its query string (search words may name people), and the user
    only by id, and only when the request already looked the user up: logging must not cost a
    query. The response carries the id back as ``X-Request-ID``.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _INCOMING_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        token = _current_request_id.set(request_id)
        try:
            response = self.get_response(request)
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            response["X-Request-ID"] = request_id
            request_log.info(
                "%s %s %s %.1fms",
                request.method,
                request.path,
                response.status_code,
                duration_ms,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                    "user_id": _user_id_if_known(request),
                    "request_id": request_id,
                },
            )
            return response
        finally:
            _current_request_id.reset(token)


def _user_id_if_known(request) -> int | None:
    """The logged-in user's id if this request has already loaded the user, else ``None``.

    ``AuthenticationMiddleware`` loads the user lazily and keeps it in ``_cached_user``; asking
    ``request.user`` here would cost a session and a user query on pages that never needed them.
    """
    user = getattr(request, "_cached_user", None)
    if user is not None and user.is_authenticated:
        return user.pk
    return None
