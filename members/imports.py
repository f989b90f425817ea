"""Import an existing member list (CSV or XLSX) in two steps: preview, then confirm.

:func:`read_rows` turns the upload into plain rows; :func:`plan` says per row what would happen
(create, update or an error) without writing anything; :func:`apply` writes a plan without
errors in one transaction, logs every person in the admin history and, after the commit, sends
the newly created people an invitation to claim their account (a password-reset link).

Re-importing the same file updates the people (matched by e-mail address), never duplicates.
An existing account's identity (name, e-mail address, password) is its owner's: an import only
fills in profile fields (organisation, job title, municipality, themes), and leaves staff
accounts alone unless an administrator imports.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from members.models import Municipality, Theme, User
from members.services import ensure_profile, send_member_email

logger = logging.getLogger(__name__)

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024

# Column headings we recognise, Dutch and English, lower-cased.
HEADINGS = {
    "name": {"name", "naam", "volledige naam"},
    "email": {"email", "e-mail", "e-mailadres", "emailadres", "e-mail address"},
    "organisation": {"organisation", "organization", "organisatie"},
    "job_title": {"job title", "functie"},
    "municipality": {"municipality", "gemeente"},
    "themes": {"themes", "thema's", "themas", "thema"},
}


class ImportFileError(ValueError):
    """The file as a whole cannot be read (not a CSV/XLSX, no e-mail column, too long)."""


@dataclass
class RowPlan:
    line: int
    data: dict
    action: str = "create"  # "create", "update", "skip" or "error"
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    municipality: Municipality | None = None
    themes: list[Theme] = field(default_factory=list)

    @property
    def place(self) -> str:
        """The municipality found, or what the row said (a row may have no such column)."""
        return str(self.municipality or self.data.get("municipality", ""))


def _cells_to_rows(cells: list[list]) -> list[dict]:
    if not cells:
        raise ImportFileError(_("The file is empty."))
    header = [str(c or "").strip().lower() for c in cells[0]]
    index = {}
    for key, names in HEADINGS.items():
        for position, heading in enumerate(header):
            if heading in names:
                index[key] = position
                break
    if "email" not in index:
        raise ImportFileError(_("The file needs a column “e-mail”."))
    if len(cells) - 1 > MAX_ROWS:
        raise ImportFileError(_("Import at most %(max)d rows at a time.") % {"max": MAX_ROWS})
    missing = [key for key in HEADINGS if key not in index]
    if missing:
        # Only e-mail is required: the other columns are optional, their fields stay as they are.
        logger.info("Member import without the columns %s", ", ".join(missing))
    rows = []
    for values in cells[1:]:
        values = [("" if v is None else str(v)).strip() for v in values]
        if not any(values):
            continue
        rows.append({key: values[pos] if pos < len(values) else "" for key, pos in index.items()})
    return rows


COLUMN_LABELS = {
    "name": _lazy("name"),
    "organisation": _lazy("organisation"),
    "job_title": _lazy("job title"),
    "municipality": _lazy("municipality"),
    "themes": _lazy("themes"),
}


def empty_columns(rows: list[dict]) -> list[str]:
    """The labels of the optional columns the file lacks or leaves empty: those fields are
    left as they are (the preview says so)."""
    return [str(label) for key, label in COLUMN_LABELS.items() if not any(r.get(key) for r in rows)]


def read_rows(upload) -> list[dict]:
    """The rows of an uploaded ``.csv`` (``;`` or ``,``, UTF-8 or Windows-1252) or ``.xlsx``."""
    name = (upload.name or "").lower()
    if upload.size > MAX_BYTES:
        raise ImportFileError(_("The file is too large (at most 5 MB)."))
    content = upload.read()
    if name.endswith(".xlsx"):
        import openpyxl

        try:
            book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a broken file
            raise ImportFileError(_("This is not a readable Excel file.")) from error
        sheet = book.worksheets[0]
        return _cells_to_rows([list(r) for r in sheet.iter_rows(values_only=True)])
    if not name.endswith(".csv"):
        raise ImportFileError(_("Upload a .csv or .xlsx file."))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    return _cells_to_rows(list(csv.reader(io.StringIO(text), delimiter=delimiter)))


def _municipality_index() -> dict[str, Municipality]:
    index = {}
    for m in Municipality.objects.all():
        names = [m.name, m.cbs_name, m.cbs_code, *m.aliases.split(",")]
        for n in names:
            if n.strip():
                index.setdefault(n.strip().lower(), m)
    return index


def _theme_index() -> dict[str, Theme]:
    index = {}
    for t in Theme.objects.all():
        for n in (t.code, t.name_nl, t.name_en):
            if n:
                index.setdefault(n.strip().lower(), t)
    return index


def plan(rows: list[dict], *, by: User | None = None) -> list[RowPlan]:
    """What importing ``rows`` (by ``by``) would do, row by row (a handful of queries, no
    writes)."""
    municipalities, themes = _municipality_index(), _theme_index()
    emails = [r.get("email", "").strip().lower() for r in rows]
    existing = {
        u.email: u
        for u in User.objects.filter(email__in=emails).only(
            "email", "name", "is_staff", "is_superuser"
        )
    }
    seen: set[str] = set()
    plans = []
    for line, (row, email) in enumerate(zip(rows, emails, strict=True), start=2):
        item = RowPlan(line=line, data={**row, "email": email})
        try:
            validate_email(email)
        except ValidationError:
            item.errors.append(_("Invalid e-mail address: “%(email)s”.") % {"email": email})
        if email in seen:
            item.errors.append(_("This e-mail address is already in an earlier row."))
        seen.add(email)
        if email not in existing and not row.get("name"):
            item.errors.append(_("A new person needs a name."))
        place = row.get("municipality", "")
        if place:
            item.municipality = municipalities.get(place.lower())
            if item.municipality is None:
                item.errors.append(_("Unknown municipality: “%(name)s”.") % {"name": place})
        for label in filter(None, (t.strip() for t in row.get("themes", "").split(","))):
            theme = themes.get(label.lower())
            if theme is None:
                item.errors.append(_("Unknown theme: “%(name)s”.") % {"name": label})
            else:
                item.themes.append(theme)
        account = existing.get(email)
        if item.errors:
            item.action = "error"
        elif (
            account is not None
            and (account.is_staff or account.is_superuser)
            and not (by is not None and by.is_superuser)
        ):
            item.action = "skip"
            item.notes.append(_("A staff account: only an administrator can change it."))
        elif account is not None:
            item.action = "update"
            if row.get("name") and row["name"] != account.name:
                item.notes.append(
                    _("The account keeps its own name “%(name)s”; only its owner changes it.")
                    % {"name": account.name}
                )
        plans.append(item)
    return plans


def invitation_url(user: User) -> str:
    """An allauth password-reset link: following it lets the person choose a password."""
    path = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    return settings.SITE_URL + path


def send_invitation(user: User) -> None:
    send_member_email(
        user=user, template="members/email/invitation", context={"claim_url": invitation_url(user)}
    )


@transaction.atomic
def apply(plans: list[RowPlan], *, by: User, filename: str) -> tuple[int, int]:
    """Write a plan without errors; returns (created, updated). Raises ValueError on errors."""
    if any(p.action == "error" for p in plans):
        raise ValueError("An import with errors cannot be applied.")
    created, updated = [], []
    users = {u.email: u for u in User.objects.filter(email__in=[p.data["email"] for p in plans])}
    for item in plans:
        if item.action == "skip":
            continue
        data = item.data
        user = users.get(data["email"])
        if user is None:
            user = User.objects.create_user(
                email=data["email"], password=None, name=data["name"], status=User.Status.ACTIVE
            )
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
            created.append(user)
        else:
            # Never the name, e-mail address or password of an existing account.
            updated.append(user)
        member = ensure_profile(user=user)
        for key in ("organisation", "job_title"):
            if data.get(key):
                setattr(member, key, data[key])
        if item.municipality:
            member.municipality = item.municipality
        member.full_clean(exclude=["user", "slug"])
        member.save()
        if item.themes:
            member.themes.add(*item.themes)
    message = f"Imported from {filename}"
    if created:
        LogEntry.objects.log_actions(
            user_id=by.pk, queryset=created, action_flag=ADDITION, change_message=message
        )
    if updated:
        LogEntry.objects.log_actions(
            user_id=by.pk, queryset=updated, action_flag=CHANGE, change_message=message
        )
    for user in created:
        transaction.on_commit(lambda user=user: send_invitation(user))
    return len(created), len(updated)
