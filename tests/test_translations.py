"""The Dutch catalogue is complete, compiled and actually used.

Dutch is the default language of the site: an empty or fuzzy entry shows English to a Dutch
user, and a stale ``django.mo`` shows yesterday's wording. After changing strings, run
``manage.py makemessages -l nl …``, translate, and compile with
``msgfmt --check -o locale/nl/LC_MESSAGES/django.mo locale/nl/LC_MESSAGES/django.po``.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext

REPO_ROOT = Path(__file__).resolve().parent.parent
NL_DIR = REPO_ROOT / "locale" / "nl" / "LC_MESSAGES"
PO_PATH = NL_DIR / "django.po"
MO_PATH = NL_DIR / "django.mo"

# %(name)s, %(size).1f, %(count)d, and the escaped percent sign %%.
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")


@pytest.fixture(scope="module")
def po() -> polib.POFile:
    return polib.pofile(str(PO_PATH))


def _describe(entry: polib.POEntry) -> str:
    return repr(entry.msgid if len(entry.msgid) < 70 else entry.msgid[:67] + "...")


def _key(entry) -> tuple[str | None, str, str]:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or "")


def _value(entry) -> str | tuple[str, ...]:
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural))
    return entry.msgstr


def test_header_declares_dutch_plural_forms(po):
    assert po.metadata.get("Language") == "nl"
    assert po.metadata.get("Content-Type") == "text/plain; charset=UTF-8"
    assert po.metadata.get("Plural-Forms") == "nplurals=2; plural=(n != 1);"


def test_every_entry_is_translated_and_none_is_fuzzy(po):
    live = [e for e in po if not e.obsolete]
    assert live, "the Dutch catalogue is empty"
    untranslated = [_describe(e) for e in po.untranslated_entries()]
    fuzzy = [_describe(e) for e in po.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated Dutch entries: {untranslated}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy Dutch entries: {fuzzy}"
    for entry in live:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == [0, 1], f"{_describe(entry)} needs 2 forms"


def test_translations_keep_the_placeholders(po):
    for entry in po.translated_entries():
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        expected = sorted(set().union(*(PLACEHOLDER.findall(s) for s in sources)))
        for translation_text in (
            entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        ):
            found = sorted(set(PLACEHOLDER.findall(translation_text)))
            assert found == expected, f"{_describe(entry)}: {found} != {expected}"
            assert translation_text.startswith("\n") == entry.msgid.startswith("\n")
            assert translation_text.endswith("\n") == entry.msgid.endswith("\n")


def test_compiled_catalogue_matches_the_po_file(po):
    assert MO_PATH.exists(), "locale/nl/LC_MESSAGES/django.mo is missing: run msgfmt"
    mo = polib.mofile(str(MO_PATH))
    in_po = {_key(e): _value(e) for e in po.translated_entries() if e.msgid}
    in_mo = {_key(e): _value(e) for e in mo if e.msgid}
    missing = sorted(k[1] for k in in_po.keys() - in_mo.keys())
    extra = sorted(k[1] for k in in_mo.keys() - in_po.keys())
    changed = sorted(k[1] for k in in_po.keys() & in_mo.keys() if in_po[k] != in_mo[k])
    assert not (missing or extra or changed), (
        "django.mo is out of date with django.po; recompile with msgfmt --check. "
        f"Missing from .mo: {missing[:5]}; only in .mo: {extra[:5]}; differing: {changed[:5]}"
    )


@pytest.mark.parametrize(
    ("english", "dutch"),
    [
        ("Log out", "Uitloggen"),
        ("Log in", "Inloggen"),
        ("Who do you call?", "Wie bel je?"),
        ("Skip to content", "Naar de inhoud"),
        ("Join", "Word lid"),
        ("LPB Netwerk — administration", "LPB Netwerk — beheer"),
        ("Driven", "Gedreven"),
        ("Resourceful", "Bricolerend"),
    ],
)
def test_dutch_is_rendered(english, dutch):
    with translation.override("nl"):
        assert gettext(english) == dutch
    with translation.override("en"):
        assert gettext(english) == english


def test_dutch_plurals_are_rendered():
    with translation.override("nl"):
        one = ngettext("%(count)d member approved.", "%(count)d members approved.", 1)
        many = ngettext("%(count)d member approved.", "%(count)d members approved.", 3)
    assert one % {"count": 1} == "1 lid goedgekeurd."
    assert many % {"count": 3} == "3 leden goedgekeurd."
