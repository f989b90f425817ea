"""Importing an existing member list: preview per row, nothing written until confirmed, atomic."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.files.uploadedfile import SimpleUploadedFile

from members import imports
from members.models import Member, User
from tests.conftest import link_in
from tests.factories import make_member

IMPORT_URL = "/beheer/members/user/import/"

pytestmark = pytest.mark.django_db

GOOD = (
    "Naam;E-mail;Organisatie;Functie;Gemeente;Thema's\r\n"
    "Karin de Wit;karin.dewit@example.org;Gemeente Utrecht;wijkregisseur;Utrecht;wonen, jeugd\r\n"
    "Youssef El Amrani;Youssef@Example.org;Gemeente Den Haag;;'s-Gravenhage;\r\n"
)
BAD = (
    "Naam;E-mail;Gemeente\r\n"
    "Karin de Wit;karin.dewit@example.org;Utrecht\r\n"
    "Onbekend;geen-adres;Utrecht\r\n"
    "Elders;elders@example.org;Atlantis\r\n"
    "Dubbel;karin.dewit@example.org;Utrecht\r\n"
)


def upload(content: str, name: str = "leden.csv", encoding: str = "utf-8-sig"):
    return SimpleUploadedFile(name, content.encode(encoding), content_type="text/csv")


def preview(client, content: str, **kwargs):
    return client.post(IMPORT_URL, {"file": upload(content, **kwargs)})


def confirm(client, preview_response):
    payload = re.search(r'name="payload" value="([^"]+)"', preview_response.content.decode())
    assert payload, "no confirm form in the preview"
    return client.post(IMPORT_URL, {"payload": payload.group(1), "confirm": "1"})


def test_the_import_page_shows_an_upload_form(client, coordinator):
    client.force_login(coordinator)

    response = client.get(IMPORT_URL)

    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()


def test_the_changelist_links_to_the_import(client, coordinator):
    client.force_login(coordinator)

    assert IMPORT_URL in client.get("/beheer/members/user/").content.decode()


def test_the_preview_writes_nothing(client, coordinator):
    client.force_login(coordinator)
    users_before = User.objects.count()

    response = preview(client, GOOD)

    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="import-create"') == 2
    assert 'name="confirm"' in html
    assert User.objects.count() == users_before


def test_a_good_file_creates_members_and_invites_them(
    client, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)

    with django_capture_on_commit_callbacks(execute=True):
        response = confirm(client, preview(client, GOOD))

    assert response.status_code == 302
    karin = User.objects.get(email="karin.dewit@example.org")
    assert karin.status == User.Status.ACTIVE
    assert not karin.has_usable_password()
    assert karin.member.organisation == "Gemeente Utrecht"
    assert karin.member.job_title == "wijkregisseur"
    assert karin.member.municipality.name == "Utrecht"
    assert sorted(karin.member.themes.values_list("code", flat=True)) == ["jeugd", "wonen"]
    assert "Karin de Wit" in karin.member.search_document
    youssef = User.objects.get(email="youssef@example.org")  # e-mail addresses in lower case
    assert youssef.member.municipality.name == "Den Haag"  # found by its CBS name
    assert sorted(m.to[0] for m in mailoutbox) == [karin.email, youssef.email]
    # The invitation link lets them choose a password (allauth's reset-from-key page).
    body = next(m.body for m in mailoutbox if m.to == [karin.email])
    page = client.get(link_in(body, "/account/password/reset/key/"), follow=True)
    assert page.status_code == 200
    assert 'name="password1"' in page.content.decode()
    assert (
        LogEntry.objects.filter(
            user=coordinator, action_flag=ADDITION, change_message="Imported from leden.csv"
        ).count()
        == 2
    )


def test_a_file_with_bad_rows_writes_nothing(client, coordinator, mailoutbox):
    client.force_login(coordinator)
    users_before = User.objects.count()

    html = preview(client, BAD).content.decode()

    assert "Ongeldig e-mailadres" in html
    assert "Onbekende gemeente: “Atlantis”" in html
    assert "Dit e-mailadres staat al in een eerdere rij" in html
    assert 'name="confirm"' not in html
    assert User.objects.count() == users_before
    assert not mailoutbox


def test_a_forged_confirm_of_a_bad_file_writes_nothing(client, coordinator):
    from django.core import signing

    client.force_login(coordinator)
    rows = imports.read_rows(upload(BAD))
    payload = signing.dumps({"rows": rows, "filename": "x.csv"}, salt="members.admin.import")
    users_before = User.objects.count()

    response = client.post(IMPORT_URL, {"payload": payload, "confirm": "1"})

    assert response.status_code == 200
    assert User.objects.count() == users_before


def test_a_tampered_payload_is_refused(client, coordinator):
    client.force_login(coordinator)

    response = client.post(IMPORT_URL, {"payload": "nep", "confirm": "1"}, follow=True)

    assert "De voorvertoning is verlopen" in response.content.decode()


def test_apply_is_atomic(coordinator, monkeypatch):
    plans = imports.plan(imports.read_rows(upload(GOOD)))
    users_before = User.objects.count()
    calls = []
    original = imports.ensure_profile

    def failing_second(*, user):
        calls.append(user)
        if len(calls) == 2:
            raise RuntimeError("database gone")
        return original(user=user)

    monkeypatch.setattr(imports, "ensure_profile", failing_second)

    with pytest.raises(RuntimeError):
        imports.apply(plans, by=coordinator, filename="leden.csv")

    assert User.objects.count() == users_before


def test_reimporting_the_same_file_updates_without_duplicates(
    client, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, preview(client, GOOD))
    users, members = User.objects.count(), Member.objects.count()
    changed = GOOD.replace("Gemeente Utrecht", "Gemeente Utrecht, wijkbureau Noord")

    html = preview(client, changed).content.decode()
    assert html.count('class="import-update"') == 2
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, preview(client, changed))

    assert (User.objects.count(), Member.objects.count()) == (users, members)
    karin = Member.objects.get(user__email="karin.dewit@example.org")
    assert karin.organisation == "Gemeente Utrecht, wijkbureau Noord"
    assert len(mailoutbox) == 2  # no second invitation
    assert LogEntry.objects.filter(action_flag=CHANGE, change_message="Imported from leden.csv")


def test_an_existing_member_is_updated_not_reinvited(coordinator):
    existing = make_member("Karin de Wit", organisation="Oud")
    User.objects.filter(pk=existing.user.pk).update(email="karin.dewit@example.org")

    plans = imports.plan(imports.read_rows(upload(GOOD)))

    assert [p.action for p in plans] == ["update", "create"]


def test_a_windows_1252_comma_file_is_read():
    content = "naam,e-mail,gemeente\r\nJosé Müller,jose@example.org,Utrecht\r\n"

    rows = imports.read_rows(upload(content, encoding="cp1252"))

    assert rows == [{"name": "José Müller", "email": "jose@example.org", "municipality": "Utrecht"}]


def test_an_xlsx_file_is_read():
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["Naam", "E-mail", "Gemeente"])
    book.active.append(["Karin de Wit", "karin@example.org", "Utrecht"])
    out = io.BytesIO()
    book.save(out)

    rows = imports.read_rows(SimpleUploadedFile("leden.xlsx", out.getvalue()))

    assert rows == [
        {"name": "Karin de Wit", "email": "karin@example.org", "municipality": "Utrecht"}
    ]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("leden.pdf", "x", "Upload een .csv- of .xlsx-bestand"),
        ("leden.csv", "naam;gemeente\r\nA;Utrecht\r\n", "kolom “e-mail”"),
        ("leden.xlsx", "geen excel", "geen leesbaar Excel-bestand"),
    ],
)
def test_an_unreadable_file_gets_a_clear_message(client, coordinator, name, content, message):
    client.force_login(coordinator)

    response = client.post(IMPORT_URL, {"file": upload(content, name=name)})

    assert response.status_code == 200
    assert message in response.content.decode()


def test_a_member_cannot_import(client, member):
    client.force_login(member)

    response = client.get(IMPORT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/beheer/login/")


def test_a_too_large_file_is_refused(client, coordinator):
    client.force_login(coordinator)
    big = SimpleUploadedFile("leden.csv", b"e-mail\r\n" + b"x" * (imports.MAX_BYTES + 1))

    response = client.post(IMPORT_URL, {"file": big})

    assert "te groot" in response.content.decode()
