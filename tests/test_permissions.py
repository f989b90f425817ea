"""Who may see what: a permission matrix over every URL of the project, per persona.

The URL resolver is walked — the project's own pages, allauth's account pages and every admin
page — so a new view without a row here fails ``test_the_matrix_covers_every_url``.

Each row states the answer to a GET for every persona, in the order of ``PERSONAS``
(tests/conftest.py). What the columns mean here:

- ``anonymous``: not logged in.
- ``pending_member``: signed up and logged in, waiting for approval.
- ``member``: an active member who is *not* the owner of what the URL shows: not the profile's
  member, not the story's author or co-author.
- ``other_member``: the *owner*: the member whose profile the URL shows, the author of its story.
- ``co_author``: an active member who co-wrote the story in the URL (a stranger to the profile).
- ``declined_member``: a declined sign-up; the account is inactive, so the site treats the
  session as anonymous.
- ``coordinator``: staff in the ``Coördinatoren`` group, not a superuser.
- ``superuser``: the administrator.

A row's name may carry a variant after ``#`` (``practices:detail#draft``): the same URL name
built for another object, because the answer depends on it.
"""

from __future__ import annotations

import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from PIL import Image

from members.coordinators import COORDINATORS_GROUP
from members.models import Member, User
from members.services import ensure_profile
from tests.conftest import PERSONAS
from tests.test_practice_cases import story_data
from tests.test_profile_edit import valid_data as profile_data

OK = "200"
LOGIN = "302 to login"
ADMIN_LOGIN = "302 to admin login"
WAITING = "302 to waiting page"
HOME = "302 to home"
STORY = "302 to the story"
PROFILE = "302 to the profile"
NOT_FOUND = "404"
FORBIDDEN = "403"
NOT_ALLOWED = "405"
BAD_REQUEST = "400"
PRIVACY = "302 to /account/privacy/"
INVITED_STORY = "302 to /praktijken/uitnodiging-van-de-eigenaar/"
INVITATIONS = "302 to /praktijken/uitnodigingen/"
PREFS = "302 to /account/samenvatting/"
QUESTION = "302 to the question"
ASKED = "302 to /vragen/matrixvraag/"
AVAILABILITY = "/vragen/meedenken/"
NOTIFICATIONS = "/vragen/meldingen/"

# anonymous, pending_member, member, other_member, co_author, declined_member, coordinator, superuser
EVERYONE = [OK] * 8
MEMBERS_ONLY = [LOGIN, WAITING, OK, OK, OK, LOGIN, OK, OK]
LOGGED_IN = [LOGIN, OK, OK, OK, OK, LOGIN, OK, OK]
POST_ONLY = [LOGIN, WAITING, NOT_ALLOWED, NOT_ALLOWED, NOT_ALLOWED, LOGIN, NOT_ALLOWED, NOT_ALLOWED]

# The project's own pages.
# fmt: off
MATRIX = {
    "home": EVERYONE,
    "about": EVERYONE,
    "craft": EVERYONE,
    "healthz": EVERYONE,
    "members:list": MEMBERS_ONLY,
    "members:waiting": [LOGIN, OK, HOME, HOME, HOME, LOGIN, HOME, HOME],
    # The owner's profile, visible to members (the default). Pending members see only their own.
    # A members-only page sends a logged-out visitor to the login and back (a shared link).
    "members:profile": [LOGIN, NOT_FOUND, OK, OK, OK, LOGIN, OK, OK],
    "members:profile#public": [OK, NOT_FOUND, OK, OK, OK, OK, OK, OK],
    "members:profile#hidden": [NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, OK, OK],
    # Everyone logged in edits their own profile; pending members fill it in while they wait.
    "members:profile_edit": [LOGIN, OK, OK, OK, OK, LOGIN, OK, OK],
    # Listings and the feed show each persona what it may read (tested in their own modules).
    "practices:list": EVERYONE,
    "practices:feed": EVERYONE,
    "practices:create": MEMBERS_ONLY,
    "practices:who_to_call": MEMBERS_ONLY,
    # The owner's published, members-only story, co-written by co_author.
    "practices:detail": [LOGIN, NOT_FOUND, OK, OK, OK, LOGIN, OK, OK],
    "practices:detail#public": EVERYONE,
    "practices:detail#draft": [NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, OK, OK],
    # A story one may read but not edit is a 403; one one may not even read, a 404.
    "practices:edit": [LOGIN, WAITING, FORBIDDEN, OK, OK, LOGIN, OK, OK],
    "practices:edit#draft": [LOGIN, WAITING, NOT_FOUND, OK, OK, LOGIN, OK, OK],
    # A draft co_author is invited to co-sign (not yet answered): they read it, cannot edit it.
    "practices:detail#invited": [NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, OK, OK],
    "practices:edit#invited": [LOGIN, WAITING, NOT_FOUND, OK, FORBIDDEN, LOGIN, OK, OK],
    # Co-authors by name among the members one may see; one's own invitations.
    "practices:co_author_suggestions": MEMBERS_ONLY,
    "practices:invitations": MEMBERS_ONLY,
    # Changes answer only a POST (see POST_MATRIX).
    "practices:status": POST_ONLY,
    "practices:recognise": POST_ONLY,
    # Uploads when Django serves media (DJANGO_SERVE_MEDIA=true): only to those who may see the
    # profile or story they belong to, whoever has the address (lpb/media.py).
    "media": [NOT_FOUND, NOT_FOUND, OK, OK, OK, NOT_FOUND, OK, OK],  # members-only profile photo
    "media#public-photo": [OK, NOT_FOUND, OK, OK, OK, OK, OK, OK],  # as members:profile#public
    "media#hidden-photo": [NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, OK, OK],
    "media#story-image": [NOT_FOUND, NOT_FOUND, OK, OK, OK, NOT_FOUND, OK, OK],  # members-only
    "media#draft-image": [NOT_FOUND, NOT_FOUND, NOT_FOUND, OK, OK, NOT_FOUND, OK, OK],
    "media#orphan": [NOT_FOUND] * 8,  # a file no profile or story owns
    "practices:answer_invitation": POST_ONLY,
    "practices:leave": POST_ONLY,
    "media#not-served": [NOT_FOUND] * 8,
    # Privacy: everyone logged in manages their own; staff read why they cannot delete here.
    "members:privacy": [LOGIN, OK, OK, OK, OK, LOGIN, OK, OK],
    "members:data_download": [LOGIN, OK, OK, OK, OK, LOGIN, OK, OK],
    "members:account_delete": [LOGIN, OK, OK, OK, OK, LOGIN, OK, OK],
    # Writing to the owner through the site; the owner is sent back to their own profile.
    "members:contact": [LOGIN, WAITING, OK, PROFILE, OK, LOGIN, OK, OK],
    "members:contact#hidden": [LOGIN, WAITING, NOT_FOUND, PROFILE, NOT_FOUND, LOGIN, OK, OK],
    "privacy_statement": EVERYONE,
    # The e-mail digest: pending members see a notice instead of the form.
    "digests:preferences": LOGGED_IN,
    # The owner's unsubscribe link: a GET only asks, for anyone holding it; a bad token is a 400.
    "digests:unsubscribe": EVERYONE,
    "digests:unsubscribe#invalid": [BAD_REQUEST] * 8,
    # "Vraag het netwerk": members only, never public. The owner asked the question; co_author
    # is a peer it was sent to. A question only for its recipients is a 404 to other members.
    "questions:list": MEMBERS_ONLY,
    "questions:create": MEMBERS_ONLY,
    "questions:availability": MEMBERS_ONLY,
    "questions:notifications": MEMBERS_ONLY,
    "questions:detail": MEMBERS_ONLY,
    "questions:detail#recipients": [LOGIN, WAITING, NOT_FOUND, OK, OK, LOGIN, OK, OK],
    "questions:answer": POST_ONLY,
    "questions:helpful": POST_ONLY,
    "questions:follow": POST_ONLY,
    "questions:email": POST_ONLY,
    "questions:close": POST_ONLY,
    "questions:story": POST_ONLY,
}
# fmt: on

# POSTs that change something, with the answer for each persona.
POST_MATRIX = {
    "practices:status": [LOGIN, WAITING, FORBIDDEN, STORY, STORY, LOGIN, STORY, STORY],
    "practices:recognise": [LOGIN, WAITING, STORY, STORY, STORY, LOGIN, STORY, STORY],
    "practices:edit": [LOGIN, WAITING, FORBIDDEN, STORY, STORY, LOGIN, STORY, STORY],
    # Only the invitee answers an invitation (accepting leads to the story); to anyone else it
    # does not exist. Only a co-author leaves a story; others who may read it get a 403.
    "practices:answer_invitation": [
        LOGIN,
        WAITING,
        NOT_FOUND,
        NOT_FOUND,
        INVITED_STORY,
        LOGIN,
        NOT_FOUND,
        NOT_FOUND,
    ],
    "practices:leave": [
        LOGIN,
        WAITING,
        FORBIDDEN,
        FORBIDDEN,
        INVITATIONS,
        LOGIN,
        FORBIDDEN,
        FORBIDDEN,
    ],
    "members:profile_edit": [LOGIN, PROFILE, PROFILE, PROFILE, PROFILE, LOGIN, PROFILE, PROFILE],
    "members:privacy": [LOGIN, PRIVACY, PRIVACY, PRIVACY, PRIVACY, LOGIN, PRIVACY, PRIVACY],
    "members:data_download": [LOGIN, OK, OK, OK, OK, LOGIN, OK, OK],  # the ZIP itself
    # Without the password nothing is deleted (the form answers); staff cannot delete here.
    "members:account_delete": [LOGIN, OK, OK, OK, OK, LOGIN, FORBIDDEN, FORBIDDEN],
    "members:contact": [LOGIN, WAITING, PROFILE, PROFILE, PROFILE, LOGIN, PROFILE, PROFILE],
    "digests:preferences": [LOGIN, FORBIDDEN, PREFS, PREFS, PREFS, LOGIN, PREFS, PREFS],
    "digests:unsubscribe": EVERYONE,  # no login or CSRF token: the signed token is the key
    # Questions: everyone who is a member asks, answers and follows; only the asker marks an
    # answer helpful, closes the question or makes it a story.
    "questions:create": [LOGIN, WAITING, ASKED, ASKED, ASKED, LOGIN, ASKED, ASKED],
    "questions:availability": [
        LOGIN,
        WAITING,
        *[f"302 to {AVAILABILITY}"] * 3,
        LOGIN,
        *[f"302 to {AVAILABILITY}"] * 2,
    ],
    "questions:notifications": [
        LOGIN,
        WAITING,
        *[f"302 to {NOTIFICATIONS}"] * 3,
        LOGIN,
        *[f"302 to {NOTIFICATIONS}"] * 2,
    ],
    "questions:answer": [LOGIN, WAITING, QUESTION, QUESTION, QUESTION, LOGIN, QUESTION, QUESTION],
    "questions:follow": [LOGIN, WAITING, QUESTION, QUESTION, QUESTION, LOGIN, QUESTION, QUESTION],
    "questions:email": [LOGIN, WAITING, QUESTION, QUESTION, QUESTION, LOGIN, QUESTION, QUESTION],
    "questions:helpful": [
        LOGIN,
        WAITING,
        FORBIDDEN,
        QUESTION,
        FORBIDDEN,
        LOGIN,
        FORBIDDEN,
        FORBIDDEN,
    ],
    "questions:close": [
        LOGIN,
        WAITING,
        FORBIDDEN,
        QUESTION,
        FORBIDDEN,
        LOGIN,
        FORBIDDEN,
        FORBIDDEN,
    ],
    "questions:story": [
        LOGIN,
        WAITING,
        FORBIDDEN,
        QUESTION,
        FORBIDDEN,
        LOGIN,
        FORBIDDEN,
        FORBIDDEN,
    ],
}
POST_DATA = {
    "practices:status": lambda: {"action": "archive"},
    "practices:recognise": lambda: {"kind": "nuttig"},
    "practices:edit": story_data,
    "practices:answer_invitation": lambda: {"action": "accept"},
    "practices:leave": dict,
    "members:profile_edit": profile_data,
    "members:privacy": lambda: {"visibility": "members"},
    "members:data_download": dict,
    "members:account_delete": dict,
    "members:contact": lambda: {"subject": "Even kennismaken", "body": "Bel je me?"},
    "digests:preferences": lambda: {"frequency": "weekly"},
    "digests:unsubscribe": dict,
    "questions:create": lambda: {
        "title": "Matrixvraag",
        "situation": "Wat werkt?",
        "audience": "members",
    },
    "questions:availability": lambda: {"active": "on", "per_week": "2"},
    "questions:notifications": dict,
    "questions:answer": lambda: {"body": "Probeer een buurtgesprek."},
    "questions:follow": dict,
    "questions:email": lambda: {"email": "0"},
    "questions:helpful": dict,
    "questions:close": lambda: {"summary": "Een buurtgesprek werkte."},
    "questions:story": dict,
}

# allauth's account pages (the flows themselves are tested in test_signup_flow).
TO_CODE = "302 to /account/reauthenticate/code/"
TO_CHANGE = "302 to /account/password/change/"
# fmt: off
ACCOUNT_MATRIX = {
    "account_login": [OK, WAITING, HOME, HOME, HOME, OK, HOME, HOME],
    "account_signup": [OK, WAITING, HOME, HOME, HOME, OK, HOME, HOME],
    # Asks "do you want to log out?": logging out takes a POST.
    "account_logout": [HOME, OK, OK, OK, OK, HOME, OK, OK],
    "account_inactive": EVERYONE,
    "account_email": LOGGED_IN,
    "account_email_verification_sent": EVERYONE,
    # A wrong key shows "this link is invalid or expired".
    "account_confirm_email": EVERYONE,
    "account_change_password": LOGGED_IN,
    # Everyone here has a password already, so "set" becomes "change".
    "account_set_password": [LOGIN, TO_CHANGE, TO_CHANGE, TO_CHANGE, TO_CHANGE, LOGIN, TO_CHANGE, TO_CHANGE],
    "account_reset_password": EVERYONE,
    "account_reset_password_done": EVERYONE,
    "account_reset_password_from_key": EVERYONE,  # a wrong key: "bad token" page
    "account_reset_password_from_key_done": EVERYONE,
    # Without a login code under way there is nothing to confirm.
    "account_confirm_login_code": [LOGIN, WAITING, HOME, HOME, HOME, LOGIN, HOME, HOME],
    "account_reauthenticate": LOGGED_IN,
    "account_request_reauthentication_code": LOGGED_IN,
    "account_confirm_reauthentication_code": [LOGIN, TO_CODE, TO_CODE, TO_CODE, TO_CODE, LOGIN, TO_CODE, TO_CODE],
}
# fmt: on


def staff(coordinator: str, superuser: str) -> list[str]:
    """An admin page: everyone who is not staff is sent to the admin login."""
    return [ADMIN_LOGIN] * 6 + [coordinator, superuser]


ADMIN_INDEX = "302 to admin index"
# The admin at /beheer/. The admin login itself sends anonymous visitors on to allauth's login
# (with its rate limits) and refuses logged-in people who are not staff. Coordinators curate
# members, stories, tags and vocabulary; they cannot add or delete accounts, change passwords,
# touch groups or e-mail addresses, or edit the geography (it comes from data migrations).
# fmt: off
ADMIN_MATRIX = {
    "admin:login": [LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, LOGIN, ADMIN_INDEX, ADMIN_INDEX],
    "admin:logout": [ADMIN_INDEX] * 6 + [NOT_ALLOWED, NOT_ALLOWED],  # logging out takes a POST
    "admin:index": staff(OK, OK),
    "admin:app_list": staff(OK, OK),
    "admin:jsi18n": staff(OK, OK),
    "admin:autocomplete": staff(FORBIDDEN, FORBIDDEN),  # without a field to complete
    "admin:view_on_site": staff(PROFILE, PROFILE),
    "admin:password_change": staff(OK, OK),  # their own password
    "admin:password_change_done": staff(OK, OK),
    # Accounts: approve, decline, edit; never add, delete or set someone's password.
    "admin:members_user_changelist": staff(OK, OK),
    "admin:members_user_add": staff(FORBIDDEN, OK),
    "admin:members_user_change": staff(OK, OK),
    "admin:members_user_delete": staff(FORBIDDEN, OK),
    "admin:members_user_history": staff(OK, OK),
    "admin:members_user_import": staff(OK, OK),
    "admin:auth_user_password_change": staff(FORBIDDEN, OK),
    "admin:members_member_changelist": staff(OK, OK),
    "admin:members_member_add": staff(FORBIDDEN, OK),
    "admin:members_member_change": staff(OK, OK),
    "admin:members_member_delete": staff(FORBIDDEN, OK),
    "admin:members_member_history": staff(OK, OK),
    "admin:account_emailaddress_changelist": staff(FORBIDDEN, OK),
    "admin:account_emailaddress_add": staff(FORBIDDEN, OK),
    "admin:account_emailaddress_change": staff(FORBIDDEN, OK),
    "admin:account_emailaddress_delete": staff(FORBIDDEN, OK),
    "admin:account_emailaddress_history": staff(FORBIDDEN, OK),
    "admin:auth_group_changelist": staff(FORBIDDEN, OK),
    "admin:auth_group_add": staff(FORBIDDEN, OK),
    "admin:auth_group_change": staff(FORBIDDEN, OK),
    "admin:auth_group_delete": staff(FORBIDDEN, OK),
    "admin:auth_group_history": staff(FORBIDDEN, OK),
    # Stories: curate and feature; deleting is for the authors (archive) or the superuser.
    "admin:practices_practicecase_changelist": staff(OK, OK),
    "admin:practices_practicecase_add": staff(FORBIDDEN, OK),
    "admin:practices_practicecase_change": staff(OK, OK),
    "admin:practices_practicecase_delete": staff(FORBIDDEN, OK),
    "admin:practices_practicecase_history": staff(OK, OK),
    # Tags: a tag in use (as this one is) cannot be deleted by anyone: merge it.
    "admin:taggit_tag_changelist": staff(OK, OK),
    "admin:taggit_tag_add": staff(OK, OK),
    "admin:taggit_tag_change": staff(OK, OK),
    "admin:taggit_tag_delete": staff(FORBIDDEN, FORBIDDEN),
    "admin:taggit_tag_history": staff(OK, OK),
    # The log of messages sent through profiles: read-only, for complaints about abuse.
    "admin:members_contactmessage_changelist": staff(OK, OK),
    "admin:members_contactmessage_add": staff(FORBIDDEN, FORBIDDEN),
    "admin:members_contactmessage_change": staff(OK, OK),
    "admin:members_contactmessage_delete": staff(FORBIDDEN, FORBIDDEN),
    "admin:members_contactmessage_history": staff(OK, OK),
    # Questions and answers: coordinators hide answers, close, merge and forward; nobody adds
    # them here, and only the superuser deletes.
    **{
        f"admin:questions_{model}_{view}": staff(coordinator, superuser)
        for model in ("question", "answer")
        for view, coordinator, superuser in (
            ("changelist", OK, OK),
            ("add", FORBIDDEN, FORBIDDEN),
            ("change", OK, OK),
            ("delete", FORBIDDEN, OK),
            ("history", OK, OK),
        )
    },
    # Geography comes from data migrations: read and relabel only, for everyone.
    **{
        f"admin:members_{model}_{view}": staff(answer, answer)
        for model in ("province", "municipality")
        for view, answer in (
            ("changelist", OK),
            ("add", FORBIDDEN),
            ("change", OK),
            ("delete", FORBIDDEN),
            ("history", OK),
        )
    },
    # The vocabulary: coordinators edit labels and order, add terms and delete unused ones.
    **{
        f"admin:members_{model}_{view}": staff(OK, OK)
        for model in (
            "quality", "workpractice", "roleimage", "tension", "contexttrend", "theme",
            "organisationtype",
        )
        for view in ("changelist", "add", "change", "delete", "history")
    },
    # The thesaurus of "Wie bel je?": coordinators add, edit and delete groups of synonyms.
    **{
        f"admin:members_wordgroup_{view}": staff(OK, OK)
        for view in ("changelist", "add", "change", "delete", "history")
    },
}
# fmt: on

# Names that are not pages: the language switcher only answers a POST (see test_pages).
NOT_PAGES = {"set_language"}


# How to build each URL: name -> f(request) -> kwargs. The owner is ``other_member``.


def _owner(request) -> Member:
    from members.services import ensure_profile

    return ensure_profile(user=request.getfixturevalue("other_member"))


def _profile(visibility: str):
    def build(request) -> dict:
        owner = _owner(request)
        owner.visibility = visibility
        owner.save(update_fields=["visibility"])
        return {"slug": owner.slug}

    return build


def _story(**fields):
    def build(request) -> dict:
        from members.services import ensure_profile
        from tests.practice_factories import make_case

        co_author = ensure_profile(user=request.getfixturevalue("co_author"))
        case = make_case(
            _owner(request), title="Verhaal van de eigenaar", co_authors=[co_author], **fields
        )
        return {"slug": case.slug}

    return build


def _invitation(key: str):
    """The owner's draft, co_author invited to co-sign it (no answer yet): its slug or the
    invitation's pk."""

    def build(request) -> dict:
        from members.services import ensure_profile
        from practices.models import CoAuthorInvitation
        from tests.practice_factories import make_case

        owner = _owner(request)
        case = make_case(owner, title="Uitnodiging van de eigenaar", status="draft")
        invitation = CoAuthorInvitation.objects.create(
            case=case,
            member=ensure_profile(user=request.getfixturevalue("co_author")),
            invited_by=owner.user,
        )
        return {"slug": case.slug} if key == "slug" else {"pk": invitation.pk}

    return build


def _media(served: bool = True, *, owner: str = "photo", visibility: str = "members"):
    """An upload: the owner's profile photo, an image of the owner's story, or nobody's."""

    def build(request) -> dict:
        from practices.models import CaseImage
        from tests.practice_factories import make_case

        settings = request.getfixturevalue("settings")
        settings.MEDIA_ROOT = request.getfixturevalue("tmp_path")
        settings.SERVE_MEDIA = served
        output = io.BytesIO()
        Image.new("RGB", (8, 8)).save(output, format="JPEG")
        folder = "cases" if owner in ("story", "draft") else "avatars"
        (settings.MEDIA_ROOT / folder).mkdir()
        name = f"{folder}/0123abcd.jpg"
        (settings.MEDIA_ROOT / name).write_bytes(output.getvalue())
        if owner == "photo":
            member = _owner(request)
            member.photo, member.visibility = name, visibility
            member.save(update_fields=["photo", "visibility"])
        elif owner in ("story", "draft"):
            status = "draft" if owner == "draft" else "published"
            co_author = ensure_profile(user=request.getfixturevalue("co_author"))
            case = make_case(
                _owner(request), title="Verhaal met beeld", status=status, co_authors=[co_author]
            )
            CaseImage.objects.create(case=case, image=name, caption="Beeld")
        return {"path": name}

    return build


def _unsubscribe(valid: bool):
    def build(request) -> dict:
        from digests.services import unsubscribe_token

        if not valid:
            return {"token": "not-a-signed-token"}
        return {"token": unsubscribe_token(_owner(request).user)}

    return build


def _question(**fields):
    def build(request) -> dict:
        from members.services import ensure_profile
        from questions.models import Recipient
        from tests.question_factories import make_answer, make_question

        peer = ensure_profile(user=request.getfixturevalue("co_author"))
        question = make_question(_owner(request), title="Vraag van de eigenaar", **fields)
        Recipient.objects.create(question=question, member=peer)
        answer = make_answer(question, peer)
        return {"slug": question.slug, "pk": answer.pk}

    return build


def _question_slug(**fields):
    def build(request) -> dict:
        return {"slug": _question(**fields)(request)["slug"]}

    return build


URL_KWARGS = {
    "questions:detail": _question_slug(),
    "questions:detail#recipients": _question_slug(audience="recipients"),
    "questions:answer": _question_slug(),
    "questions:helpful": _question(),
    "questions:follow": _question_slug(),
    "questions:email": _question_slug(),
    "questions:close": _question_slug(),
    "questions:story": _question_slug(),
    "members:profile": _profile(Member.Visibility.MEMBERS),
    "members:profile#public": _profile(Member.Visibility.PUBLIC),
    "members:profile#hidden": _profile(Member.Visibility.HIDDEN),
    "practices:detail": _story(),
    "practices:detail#public": _story(visibility="public"),
    "practices:detail#draft": _story(status="draft"),
    "practices:edit": _story(),
    "practices:edit#draft": _story(status="draft"),
    "practices:status": _story(),
    "practices:recognise": _story(),
    "media": _media(),
    "media#public-photo": _media(visibility="public"),
    "media#hidden-photo": _media(visibility="hidden"),
    "media#story-image": _media(owner="story"),
    "media#draft-image": _media(owner="draft"),
    "media#orphan": _media(owner="nobody"),
    "practices:detail#invited": _invitation("slug"),
    "practices:edit#invited": _invitation("slug"),
    "practices:answer_invitation": _invitation("pk"),
    "practices:leave": _story(),
    "media#not-served": _media(served=False),
    "members:contact": _profile(Member.Visibility.MEMBERS),
    "members:contact#hidden": _profile(Member.Visibility.HIDDEN),
    "digests:unsubscribe": _unsubscribe(valid=True),
    "digests:unsubscribe#invalid": _unsubscribe(valid=False),
}


# allauth's pages that take arguments get made-up ones: a wrong key is what an attacker has.
ACCOUNT_KWARGS = {
    "account_confirm_email": {"key": "MQ:1abcde:wrong-key"},
    "account_reset_password_from_key": {"uidb36": "1", "key": "wrong-key"},
}


def admin_object(request, model):
    """The object an admin URL for ``model`` is built for: the owner's where there is one."""
    from tests.practice_factories import make_case

    owner = _owner(request)
    if model is User:
        return owner.user
    if model is Member:
        return owner
    if model is EmailAddress:
        return EmailAddress.objects.get(user=owner.user)
    if model is Group:
        return Group.objects.get(name=COORDINATORS_GROUP)
    if model._meta.label == "practices.PracticeCase":
        return make_case(owner, title="Verhaal in de admin")
    if model._meta.label == "members.ContactMessage":
        return model.objects.create(
            sender=owner.user, recipient=request.getfixturevalue("member"), subject="Hoi", body="…"
        )
    if model._meta.label in ("questions.Question", "questions.Answer"):
        from tests.question_factories import make_answer, make_question

        answer = make_answer(make_question(owner), ensure_profile_of(request, "member"))
        return answer.question if model._meta.label == "questions.Question" else answer
    if model._meta.label == "taggit.Tag":
        owner.tags.add("buurtbudget")
        return model.objects.get(name="buurtbudget")
    return model.objects.order_by("pk").first()


def ensure_profile_of(request, persona: str) -> Member:
    from members.services import ensure_profile

    return ensure_profile(user=request.getfixturevalue(persona))


def admin_kwargs(request, name: str) -> dict:
    """The arguments of an admin URL, from its name (``admin:<app>_<model>_<view>``)."""
    if name == "admin:app_list":
        return {"app_label": "members"}
    if name == "admin:auth_user_password_change":
        return {"id": _owner(request).user.pk}
    if name == "admin:view_on_site":
        owner = _owner(request)
        return {
            "content_type_id": ContentType.objects.get_for_model(Member).pk,
            "object_id": owner.pk,
        }
    if name.endswith(("_change", "_delete", "_history")):
        for model in admin.site._registry:
            if name.startswith(f"admin:{model._meta.app_label}_{model._meta.model_name}_"):
                return {"object_id": admin_object(request, model).pk}
    return {}


def url_names(patterns=None, namespace: str = "") -> set[str]:
    """Every named URL the resolver knows, with its namespace."""
    names = set()
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLPattern) and pattern.name:
            names.add(namespace + pattern.name)
        elif isinstance(pattern, URLResolver):
            prefix = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= url_names(pattern.url_patterns, prefix)
    return names


def stated_names() -> set[str]:
    rows = [*MATRIX, *ACCOUNT_MATRIX, *ADMIN_MATRIX]
    return {row.split("#")[0] for row in rows} | NOT_PAGES


def outcome(response, kwargs: dict | None = None) -> str:
    if response.status_code != 302:
        return str(response.status_code)
    location = response.url.removeprefix("http://testserver")
    if location == reverse("admin:index"):
        return ADMIN_INDEX
    if location.startswith(reverse("admin:login")):
        return ADMIN_LOGIN
    if location.startswith(reverse("account_login")):
        return LOGIN
    if location == reverse("members:waiting"):
        return WAITING
    if location == reverse("home"):
        return HOME
    if location.startswith("/praktijken/") and kwargs and kwargs.get("slug", "\0") in location:
        return STORY
    if location.startswith("/leden/"):
        return PROFILE
    if location.startswith("/vragen/") and kwargs and kwargs.get("slug") in location:
        return QUESTION
    return f"302 to {location}"


def test_the_matrix_covers_every_url():
    missing = url_names() - stated_names()
    stale = stated_names() - url_names()

    assert not missing, f"add rows for these URL names to {__name__}: {sorted(missing)}"
    assert not stale, f"these URL names in {__name__} no longer exist: {sorted(stale)}"


def test_every_row_states_every_persona():
    for matrix in (MATRIX, POST_MATRIX, ACCOUNT_MATRIX, ADMIN_MATRIX):
        for name, row in matrix.items():
            assert len(row) == len(PERSONAS), name


def test_a_missing_row_would_fail_the_coverage_check(monkeypatch):
    """The coverage check can fail: take a row away and it names it."""
    monkeypatch.delitem(MATRIX, "practices:feed")

    assert "practices:feed" in url_names() - stated_names()


def build_kwargs(request, row: str) -> dict:
    return URL_KWARGS[row](request) if row in URL_KWARGS else {}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("row", "persona", "expected"),
    [
        pytest.param(row, persona, expected, id=f"{row}-{persona}")
        for row, answers in MATRIX.items()
        for persona, expected in zip(PERSONAS, answers, strict=True)
    ],
)
def test_permission_matrix(client_as, request, row, persona, expected):
    kwargs = build_kwargs(request, row)
    client = client_as(persona)

    response = client.get(reverse(row.split("#")[0], kwargs=kwargs))

    assert outcome(response, kwargs) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("row", "persona", "expected"),
    [
        pytest.param(row, persona, expected, id=f"POST-{row}-{persona}")
        for row, answers in POST_MATRIX.items()
        for persona, expected in zip(PERSONAS, answers, strict=True)
    ],
)
def test_post_permission_matrix(client_as, request, row, persona, expected):
    kwargs = build_kwargs(request, row)
    client = client_as(persona)

    response = client.post(reverse(row, kwargs=kwargs), POST_DATA[row]())

    assert outcome(response, kwargs) == expected


def matrix_mismatches(client, request, persona: str, matrix: dict, kwargs_for) -> list[str]:
    """Every cell of ``matrix`` in the persona's column that does not hold, as text."""
    column = PERSONAS.index(persona)
    mismatches = []
    for name, answers in matrix.items():
        kwargs = kwargs_for(request, name)
        answer = outcome(client.get(reverse(name, kwargs=kwargs)), kwargs)
        if answer != answers[column]:
            mismatches.append(f"{name}: expected {answers[column]!r}, got {answer!r}")
    return mismatches


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
def test_account_permission_matrix(client_as, request, persona):
    client = client_as(persona)

    mismatches = matrix_mismatches(
        client, request, persona, ACCOUNT_MATRIX, lambda _, name: ACCOUNT_KWARGS.get(name, {})
    )

    assert not mismatches, "\n".join(mismatches)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
def test_admin_permission_matrix(client_as, request, persona):
    client = client_as(persona)

    mismatches = matrix_mismatches(client, request, persona, ADMIN_MATRIX, admin_kwargs)

    assert not mismatches, "\n".join(mismatches)


# The coordinators' group


@pytest.mark.django_db
def test_the_coordinators_group_holds_what_coordinators_need():
    group = Group.objects.get(name=COORDINATORS_GROUP)
    granted = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }

    assert granted >= {"members.view_user", "members.change_user", "admin.view_logentry"}
    assert not {p for p in granted if p.startswith("auth.")}
    assert "members.add_user" not in granted
    assert "members.delete_user" not in granted


@pytest.mark.django_db
def test_a_coordinator_is_staff_but_not_superuser(coordinator):
    assert coordinator.is_staff
    assert not coordinator.is_superuser
    assert coordinator.is_coordinator
    assert coordinator.has_perm("members.change_user")
    assert not coordinator.has_perm("members.delete_user")
    assert not coordinator.has_perm("auth.change_group")


@pytest.mark.django_db
def test_a_coordinator_sees_rights_read_only_in_the_admin(client, coordinator, member):
    client.force_login(coordinator)

    response = client.get(f"/beheer/members/user/{member.pk}/change/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="status"' in html
    assert 'name="name"' in html
    for field in ("is_superuser", "groups", "user_permissions", "is_staff"):
        assert f'name="{field}"' not in html
        assert f"field-{field}" in html  # still shown, as read-only text


@pytest.mark.django_db
def test_a_superuser_can_edit_rights_in_the_admin(client, superuser, member):
    client.force_login(superuser)

    response = client.get(f"/beheer/members/user/{member.pk}/change/")

    html = response.content.decode()
    for field in ("is_superuser", "groups", "user_permissions", "is_staff"):
        assert f'name="{field}"' in html


@pytest.mark.django_db
def test_a_coordinator_cannot_make_themselves_superuser(client, coordinator):
    client.force_login(coordinator)

    response = client.post(
        f"/beheer/members/user/{coordinator.pk}/change/",
        {
            "email": coordinator.email,
            "name": coordinator.name,
            "language": "nl",
            "status": "active",
            "is_active": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "groups": [str(g.pk) for g in Group.objects.all()],
            "user_permissions": [str(p.pk) for p in Permission.objects.all()[:5]],
        },
    )

    assert response.status_code == 403  # staff accounts are an administrator's to change
    coordinator.refresh_from_db()
    assert not coordinator.is_superuser
    assert not coordinator.user_permissions.exists()
    assert list(coordinator.groups.values_list("name", flat=True)) == [COORDINATORS_GROUP]


@pytest.mark.django_db
def test_a_coordinator_cannot_delete_users(client, coordinator, member):
    client.force_login(coordinator)

    response = client.get(f"/beheer/members/user/{member.pk}/delete/")

    assert response.status_code == 403
    assert User.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db
def test_the_admin_lists_pending_signups_first(client, coordinator, member, pending_member):
    client.force_login(coordinator)

    html = client.get("/beheer/members/user/").content.decode()

    assert html.index(pending_member.email) < html.index(member.email)
