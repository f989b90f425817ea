"""Member lists as CSV that Dutch Excel opens as it is (UTF-8 with BOM, semicolon-separated),
or as an Excel workbook.

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return, also after leading white space) get a leading single quote, so an
export of what members typed can never run anything on a coordinator's computer (CSV/formula
injection).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from members.models import Member, User

BOM = "\ufeff"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DELIMITER = ";"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """The cell's text, with a quote in front when a spreadsheet would treat it as a formula."""
    text = "" if value is None else str(value)
    # Some spreadsheets trim leading white space on import, so " =1+1" counts as a formula too.
    dangerous = text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS)
    return "'" + text if dangerous else text


def columns() -> list[str]:
    return [
        _("Name"),
        _("E-mail"),
        _("Membership"),
        _("Joined"),
        _("Organisation"),
        _("Type of organisation"),
        _("Job title"),
        _("Municipality"),
        _("Province"),
        _("Qualities"),
        _("Themes"),
        _("Expertise"),
    ]


def for_export(users: QuerySet) -> QuerySet:
    """``users`` with everything a row shows, in a fixed number of queries."""
    members = Member.objects.select_related(
        "organisation_type", "municipality__province"
    ).prefetch_related("qualities", "themes", "tags")
    return users.select_related(None).prefetch_related(Prefetch("member", queryset=members))


def row(user: User) -> list[str]:
    member = getattr(user, "member", None)
    municipality = member.municipality if member else None
    values = [
        user.name,
        user.email,
        user.get_status_display(),
        timezone.localtime(user.date_joined).date().isoformat(),
        member.organisation if member else "",
        str(member.organisation_type) if member and member.organisation_type else "",
        member.job_title if member else "",
        municipality.name if municipality else "",
        municipality.province.name if municipality else "",
        ", ".join(str(q) for q in member.qualities.all()) if member else "",
        ", ".join(str(t) for t in member.themes.all()) if member else "",
        ", ".join(t.name for t in member.tags.all()) if member else "",
    ]
    return [neutralise(v) for v in values]


def members_csv(users: Iterable[User]) -> str:
    """The CSV text (with BOM) of ``users`` — pass a queryset through :func:`for_export`."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(columns())
    for user in users:
        writer.writerow(row(user))
    return out.getvalue()


def members_xlsx(users: Iterable[User]) -> bytes:
    """An .xlsx workbook of ``users`` (same columns and neutralised cells as the CSV)."""
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(_("Members"))
    sheet.append(columns())
    for user in users:
        sheet.append(row(user))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
