"""Requests an attacker or a broken client sends: a clear 4xx, logged, never a 500 (issue 14,
point 6)."""

from __future__ import annotations

import logging

import pytest
from django.test import Client

from tests.test_admin_import import preview

pytestmark = pytest.mark.django_db

TOKEN = "a" * 32


@pytest.mark.parametrize("path", ["/account/login/", "/leden/", "/beheer/login/"])
def test_a_utf16_form_post_with_a_csrf_cookie_is_a_logged_400(path, caplog):
    client = Client(raise_request_exception=False, enforce_csrf_checks=True)
    client.cookies["csrftoken"] = TOKEN

    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.post(
            path,
            data="login=x&csrfmiddlewaretoken=" + TOKEN,
            content_type="application/x-www-form-urlencoded; charset=utf-16",
        )

    assert response.status_code == 400
    assert "Fout 400" in response.content.decode()  # the site's own page, not the server's
    assert any(r.status_code == 400 for r in caplog.records if hasattr(r, "status_code"))


def test_the_error_pages_answer_even_when_their_template_fails(monkeypatch, caplog):
    from lpb import views

    def broken(*args, **kwargs):
        raise RuntimeError("template broke")

    monkeypatch.setattr(views, "render_to_string", broken)

    with caplog.at_level(logging.ERROR, logger="lpb.errors"):
        response = views.error_page("500.html", status=500)

    assert response.status_code == 500
    assert b"<h1>500</h1>" in response.content
    assert "could not be rendered" in caplog.text


def test_an_import_without_a_municipality_column_previews(client, coordinator):
    client.force_login(coordinator)

    response = preview(client, "Naam;E-mail\r\nKarin de Wit;karin@example.org\r\n")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="import-create"' in html
    assert "gemeente" in html.split('id="import-empty-columns"')[1].split("</p>")[0]


def test_an_import_that_fails_unexpectedly_is_a_logged_form_error(
    client, coordinator, monkeypatch, caplog
):
    from members import imports

    def broken(rows, **kwargs):
        raise KeyError("municipality")

    monkeypatch.setattr(imports, "plan", broken)
    client.force_login(coordinator)

    with caplog.at_level(logging.ERROR, logger="members.admin"):
        response = preview(client, "Naam;E-mail\r\nKarin de Wit;karin@example.org\r\n")

    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert "Member import preview failed" in caplog.text
