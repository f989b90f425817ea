"""Strings of Django and django-allauth that this project translates itself.

The project's catalogue (``locale/``) comes before those of the installed apps, so a msgid listed
here, translated in ``locale/nl/LC_MESSAGES/django.po``, replaces the app's own Dutch: the site
speaks with one voice ("je", never "u"/"uw"), and "Inloggen" is logging in while "Word lid" is
signing up. Listed here so that ``makemessages`` keeps the entries; nothing imports this module.
The msgids must stay exactly as the apps write them (curly apostrophes included).
"""

from __future__ import annotations

from django.utils.translation import gettext_noop, ngettext_lazy

OVERRIDES = (
    # django.contrib.auth: the password validators' help and errors, the password change form.
    gettext_noop("Your password can’t be too similar to your other personal information."),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        "min_length",
    ),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    # django-allauth: logging in is "Inloggen", signing up "Word lid".
    gettext_noop("Sign In"),
    gettext_noop("Signup"),
    gettext_noop("Sign Up"),
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s."),
    gettext_noop(
        "If you have not created an account yet, then please %(link)ssign up%(end_link)s first."
    ),
    gettext_noop("You have signed out."),
)
