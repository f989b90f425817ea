"""Real gunicorn processes for the tests that need them (scale-out, database outages).

The servers run the production settings (``tests.live_settings``) against the test database,
with plain HTTP on loopback (no HTTPS redirect, no Secure cookies), one worker each. Requests go
through ``http.client`` with cookies passed by hand, so a test says exactly which cookies travel
from one server to the other.
"""

from __future__ import annotations

import http.client
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import quote, urlencode

REPO_ROOT = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url_for_other_processes(connection, tmp_path: Path) -> str:
    """A ``DATABASE_URL`` at which another process finds the test database as it is now.

    PostgreSQL: the test database itself (written data must be committed: use
    ``transactional_db``). SQLite: the test database lives in this process's memory, so it is
    copied, migrations and data included, into a file.
    """
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = tmp_path / "live.sqlite3"
        target = sqlite3.connect(copy)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
        return f"sqlite:///{copy}"
    return postgres_url(settings, host=settings["HOST"], port=settings["PORT"])


def postgres_url(settings: dict, *, host: str, port: str | int) -> str:
    user = quote(settings["USER"] or "", safe="")
    password = quote(settings["PASSWORD"] or "", safe="")
    credentials = f"{user}:{password}@" if password else f"{user}@"
    return f"postgres://{credentials}{host}:{port or 5432}/{settings['NAME']}"


def server_environment(**variables: str) -> dict[str, str]:
    """This process's environment minus anything that configures the site, plus ``variables``."""
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "AWS_", "EMAIL_", "GUNICORN_"))
        and key not in ("SITE_URL", "WEB_CONCURRENCY", "PORT", "FORWARDED_ALLOW_IPS")
    }
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "tests.live_settings",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_LOG_FORMAT": "json",
        "PYTHONUNBUFFERED": "1",
        "WEB_CONCURRENCY": "1",
        **variables,
    }


@dataclass
class LiveServer:
    url: str
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


@contextmanager
def running_gunicorn(log_path: Path, **variables: str) -> Iterator[LiveServer]:
    """Gunicorn with ``gunicorn.conf.py`` on a free port, until the ``with`` block ends."""
    with running_gunicorns([log_path], **variables) as (server,):
        yield server


@contextmanager
def running_gunicorns(log_paths: list[Path], **variables: str) -> Iterator[list[LiveServer]]:
    """One gunicorn per log file, all with the same environment, started side by side."""
    started: list[tuple[LiveServer, subprocess.Popen]] = []
    try:
        for log_path in log_paths:
            port = free_port()
            with log_path.open("ab") as log:
                process = subprocess.Popen(
                    [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"],
                    cwd=REPO_ROOT,
                    env=server_environment(PORT=str(port), **variables),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            started.append((LiveServer(url=f"http://127.0.0.1:{port}", log_path=log_path), process))
        for server, process in started:
            _wait_until_listening(server, process)
        yield [server for server, _ in started]
    finally:
        for _, process in started:
            process.terminate()
        for _, process in started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_listening(server: LiveServer, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped while starting:\n{server.log()[-3000:]}")
        with suppress(OSError):
            if fetch(server.url, "/healthz").status == 200:
                return
        time.sleep(0.1)
    raise RuntimeError(
        f"gunicorn did not answer within {STARTUP_SECONDS} s:\n{server.log()[-3000:]}"
    )


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str
    cookies: dict[str, str]


def fetch(
    base_url: str,
    path: str,
    *,
    method: str = "GET",
    cookies: dict[str, str] | None = None,
    form: dict[str, str] | list[tuple[str, str]] | None = None,
    language: str = "nl",
) -> Response:
    """One request, no redirects followed; ``cookies`` are exactly the cookies sent."""
    host, port = base_url.removeprefix("http://").split(":")
    headers = {"Cookie": f"django_language={language}"}
    if cookies:
        headers["Cookie"] += "".join(f"; {name}={value}" for name, value in cookies.items())
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection = http.client.HTTPConnection(host, int(port), timeout=15)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        received = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            received.load(header)
        return Response(
            status=response.status,
            headers=response.headers,
            body=response.read().decode("utf-8", errors="replace"),
            cookies={name: morsel.value for name, morsel in received.items()},
        )
    finally:
        connection.close()


def csrf_token_in(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


class DatabaseProxy:
    """A TCP relay between the app and PostgreSQL: ``stop()`` is the database going down.

    Stopping closes the listening socket (new connections are refused, as while PostgreSQL
    restarts) and cuts every relayed connection (as PostgreSQL does when it shuts down).
    ``start()`` opens the same port again.
    """

    def __init__(self, target_host: str, target_port: int):
        self.target = (target_host, target_port)
        self.port = free_port()
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        if self._listener is not None:
            with suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            for sock in self._sockets:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # stopped
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


class BreakableDatabase:
    """The test database behind a switch, for other processes: ``go_down()``, ``come_back()``.

    PostgreSQL is reached through a ``DatabaseProxy``; stopping it refuses new connections and
    cuts open ones, as a PostgreSQL restart does. A SQLite file is swapped for a directory of
    the same name, which SQLite cannot open.
    """

    def __init__(self, connection, tmp_path: Path):
        url = database_url_for_other_processes(connection, tmp_path)
        self._proxy = None
        self._sqlite_file = None
        if connection.vendor == "sqlite":
            self._sqlite_file = Path(url.removeprefix("sqlite:///"))
            self.url = url
        else:
            settings = connection.settings_dict
            self._proxy = DatabaseProxy(
                settings["HOST"] or "localhost", int(settings["PORT"] or 5432)
            )
            self._proxy.start()
            self.url = postgres_url(settings, host="127.0.0.1", port=self._proxy.port)

    def go_down(self) -> None:
        if self._proxy:
            self._proxy.stop()
        else:
            self._sqlite_file.rename(self._away)
            self._sqlite_file.mkdir()

    def come_back(self) -> None:
        if self._proxy:
            self._proxy.start()
        else:
            self._sqlite_file.rmdir()
            self._away.rename(self._sqlite_file)

    def close(self) -> None:
        if self._proxy:
            self._proxy.stop()

    @property
    def _away(self) -> Path:
        return self._sqlite_file.with_name(self._sqlite_file.name + ".away")


def _redis_answers(port: int) -> bool:
    """Whether a Redis server answers PING on 127.0.0.1:``port``."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as probe:
            probe.sendall(b"PING\r\n")
            return probe.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextmanager
def redis_server() -> Iterator[str]:
    """A ``REDIS_URL`` (database 14) for the tests that need a real Redis.

    The local Redis at 127.0.0.1:6379 when one answers (this machine, CI's ``.ci/run``);
    otherwise a private ``redis-server`` on a free port that keeps nothing on disk, stopped at
    the end. Raises ``FileNotFoundError`` when neither exists.
    """
    if _redis_answers(6379):
        yield "redis://127.0.0.1:6379/14"
        return
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not _redis_answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/14"
    finally:
        process.terminate()
        process.wait(timeout=15)


def form_fields(html: str, form_id: str) -> list[tuple[str, str]]:
    """What a browser would submit from the form ``form_id`` of ``html`` as it stands: text
    inputs, ticked boxes, chosen options and text areas (to change one field of an admin form
    and send the rest as it was)."""
    from html.parser import HTMLParser

    class Fields(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.inside, self.fields, self.select, self.textarea = False, [], None, None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "form":
                self.inside = a.get("id") == form_id
            if not self.inside or "disabled" in a:
                return
            if tag == "input" and a.get("name") and a.get("type") not in ("submit", "file"):
                if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                    self.fields.append((a["name"], a.get("value", "on")))
            elif tag == "select":
                self.select = a.get("name")
            elif tag == "option" and self.select and "selected" in a:
                self.fields.append((self.select, a.get("value", "")))
            elif tag == "textarea":
                self.textarea = [a.get("name"), ""]
                self.fields.append(self.textarea)

        def handle_data(self, data):
            if self.textarea is not None:
                self.textarea[1] += data

        def handle_endtag(self, tag):
            if tag == "select":
                self.select = None
            elif tag == "textarea" and self.textarea is not None:
                self.textarea = None
            elif tag == "form":
                self.inside = False

    parser = Fields()
    parser.feed(html)
    return [(name, value.removeprefix("\n")) for name, value in parser.fields]


def with_values(fields: list[tuple[str, str]], **changes: str | None) -> list[tuple[str, str]]:
    """``fields`` with each field named in ``changes`` set to its value (None: left out, as an
    unticked box)."""
    kept = [(name, value) for name, value in fields if name not in changes]
    return kept + [(name, value) for name, value in changes.items() if value is not None]
