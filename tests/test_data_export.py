"""Download my data: a ZIP with a JSON file of everything the site holds, and the uploads."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from members.privacy import EXPORT_JSON_NAME, HISTORY_KEY, personal_relations
from practices.models import PracticeCase
from tests.conftest import make_user
from tests.practice_factories import make_case
from tests.privacy_factories import OWN_TAG

pytestmark = pytest.mark.django_db

URL = reverse("members:data_download")


@pytest.fixture(autouse=True)
def _media(isolated_media):
    """Every test here keeps its uploads apart (see ``tests.privacy_factories``)."""


def download(client) -> tuple[zipfile.ZipFile, dict]:
    response = client.post(URL)
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    return archive, json.loads(archive.read(EXPORT_JSON_NAME))


def titles(data: dict, key: str) -> set[str]:
    return {row["title"] for row in data["records"][key]["rows"]}


# What is in it


def test_the_zip_is_an_attachment_named_after_the_member(client, member, footprint):
    client.force_login(member)

    response = client.post(URL)

    assert response["Content-Type"] == "application/zip"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"lpb-netwerk-{footprint.member.slug}-" in disposition
    assert "no-store" in response["Cache-Control"]


def test_the_account_is_there_without_the_password(client, member, footprint):
    client.force_login(member)

    _, data = download(client)

    account = data["account"]
    assert account["email"] == member.email
    assert account["name"] == "Merel van Hulst"
    assert account["status"] == "active"
    assert account["language"] == "nl"
    assert "date_joined" in account
    assert "password" not in account
    assert member.password not in json.dumps(data)


def test_the_profile_is_there_with_its_vocabulary_and_tags(client, member, footprint):
    client.force_login(member)

    _, data = download(client)

    profile = data["profile"]
    assert profile["job_title"] == "Wijkregisseur"
    assert profile["municipality"] == "Utrecht"
    assert profile["bio"] == "Ik werk in Kanaleneiland."
    assert profile["phone"] == "030 123 45 67"
    assert set(profile["themes"]) == {"Wonen", "Jeugd"}
    assert profile["work_practices"] == ["Relatiewerk"]
    assert profile["qualities"] == ["Verbindend"]
    assert set(profile["tags"]) == {"buurtbudget", OWN_TAG}
    assert "search_document" not in profile
    qualities = data["records"]["members.memberquality.member"]["rows"]
    assert [row["quality"] for row in qualities] == ["Verbindend"]


def test_the_stories_recognitions_and_messages_are_there(client, member, footprint):
    client.force_login(member)

    _, data = download(client)

    assert titles(data, "practices.practicecase.author") == {
        "Alleen door Merel",
        "Samen met Omar",
        "Herkend door Omar",
    }
    assert titles(data, "practices.practicecase.co_authors") == {"Verhaal van Omar"}
    story = next(
        row
        for row in data["records"]["practices.practicecase.author"]["rows"]
        if row["title"] == "Samen met Omar"
    )
    assert story["co_authors"] == ["Omar Bouzid"]
    assert story["summary"]
    assert "situation_html" not in story  # derived from the Markdown, which is there
    assert [image["caption"] for image in story["images"]] == ["De portiek"]
    recognitions = data["records"]["practices.recognition.member"]["rows"]
    assert [(r["case"], r["kind"]) for r in recognitions] == [("Verhaal van Omar", "nuttig")]
    sent = data["records"]["members.contactmessage.sender"]["rows"]
    assert [(m["subject"], m["body"], m["recipient"]) for m in sent] == [
        ("Vraag over portiekgesprekken", "Bel je me?", "Omar Bouzid")
    ]
    received = data["records"]["members.contactmessage.recipient"]["rows"]
    assert [m["subject"] for m in received] == ["Re: portiekgesprekken"]


def test_the_photo_and_story_images_are_in_the_zip(client, member, footprint):
    client.force_login(member)

    archive, data = download(client)

    photo_path = data["profile"]["photo"]
    assert photo_path == f"bestanden/{footprint.member.photo.name}"
    with footprint.member.photo.open("rb") as photo:
        assert archive.read(photo_path) == photo.read()
    image_paths = {
        image["image"]
        for row in data["records"]["practices.practicecase.author"]["rows"]
        for image in row["images"]
    }
    assert image_paths == {
        f"bestanden/{footprint.image.image.name}",
        f"bestanden/{footprint.shared_image.image.name}",
    }
    assert set(archive.namelist()) == {EXPORT_JSON_NAME, photo_path, *image_paths}


def test_every_kind_of_record_that_points_at_the_member_is_exported(client, member, footprint):
    """Generic, like the export itself: a model added later shows up here without a change."""
    client.force_login(member)

    _, data = download(client)

    expected = {
        relation.key
        for relation in personal_relations()
        if relation.model._meta.label_lower not in ("members.user", "members.member")
        and relation.rows(member, footprint.member).exists()
    }
    assert expected >= {
        "members.memberquality.member",
        "members.taggedmember.content_object",
        "practices.practicecase.author",
        "practices.practicecase.co_authors",
        "practices.recognition.member",
        "members.contactmessage.sender",
        "members.contactmessage.recipient",
        "account.emailaddress.user",
    }
    assert set(data["records"]) == expected | {HISTORY_KEY}


def test_the_admin_history_of_the_account_is_there(client, member, footprint):
    client.force_login(member)

    _, data = download(client)

    history = data["records"][HISTORY_KEY]["rows"]
    assert [entry["change_message"] for entry in history] == ["Approved membership"]
    assert history[0]["user"] == "Omar Bouzid"  # who did it


def test_other_peoples_data_stays_out(client, member, footprint):
    """Omar's recognition of Merel's story and Omar's e-mail address are Omar's."""
    client.force_login(member)

    _, data = download(client)

    text = json.dumps(data, ensure_ascii=False)
    assert footprint.other.user.email not in text
    assert "herkenbaar" not in text  # the kind of Omar's recognition on Merel's story
    assert "members.user.status_changed_by" not in data["records"]


def test_a_member_without_a_profile_gets_the_account(client, pending_member):
    client.force_login(pending_member)

    archive, data = download(client)

    assert data["account"]["email"] == pending_member.email
    assert data["profile"] is None
    assert archive.namelist() == [EXPORT_JSON_NAME]


def test_a_missing_file_is_left_out_rather_than_breaking_the_download(client, member, footprint):
    footprint.member.photo.storage.delete(footprint.member.photo.name)
    client.force_login(member)

    archive, data = download(client)

    assert data["profile"]["photo"] is None
    assert len(archive.namelist()) == 3  # the JSON and the two story images


# Safety and cost


def test_a_get_shows_the_page_and_never_the_zip(client, member, footprint):
    client.force_login(member)

    response = client.get(URL)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert 'method="post"' in html
    assert "csrfmiddlewaretoken" in html


def test_the_download_needs_the_csrf_token(member, footprint):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    assert client.post(URL).status_code == 403


def test_anonymous_visitors_log_in_first(client):
    response = client.post(URL)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_the_page_lists_what_the_site_holds(client, member, footprint):
    client.force_login(member)

    html = client.get(URL).content.decode()

    assert "Practice stories (author): 3" in html or "Praktijkverhalen (auteur): 3" in html


def test_the_export_takes_the_same_queries_for_many_stories(client, member, footprint):
    client.force_login(member)
    with CaptureQueriesContext(connection) as few:
        download(client)
    for number in range(5):
        make_case(footprint.member, title=f"Nog een verhaal {number}", co_authors=[footprint.other])

    with CaptureQueriesContext(connection) as many:
        _, data = download(client)

    assert len(titles(data, "practices.practicecase.author")) == 8
    assert len(many) == len(few), "\n".join(q["sql"] for q in many.captured_queries)


def test_the_page_takes_few_queries(client, member, footprint, django_assert_max_num_queries):
    client.force_login(member)

    with django_assert_max_num_queries(25):
        client.get(URL)


def test_the_export_is_only_the_members_own(client, member, footprint):
    someone = make_user("sara.someone@example.org", name="Sara Someone")
    make_case(footprint.other, title="Niets met Merel")
    client.force_login(someone)

    _, data = download(client)

    assert data["account"]["email"] == someone.email
    assert "Merel" not in json.dumps(data, ensure_ascii=False)
    assert PracticeCase.objects.count() == 5


def test_a_storys_tensions_and_how_they_were_handled_are_there(client, member, footprint):
    from members.models import Tension

    story = PracticeCase.objects.get(title="Alleen door Merel")
    story.tensions.set(Tension.objects.filter(code="politiek"))
    story.tension_how = "De wethouder kwam zelf langs."
    story.save()
    client.force_login(member)

    _, data = download(client)

    row = next(
        row
        for row in data["records"]["practices.practicecase.author"]["rows"]
        if row["title"] == "Alleen door Merel"
    )
    assert row["tensions"] == [str(Tension.objects.get(code="politiek"))]
    assert row["tension_how"] == "De wethouder kwam zelf langs."
