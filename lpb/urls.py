from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from lpb import media, views
from practices.views_craft import craft

# The admin has no login form of its own: /beheer/login/ sends visitors to allauth's login, with
# its rate limits, and refuses logged-in people who are not staff.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("", views.home, name="home"),
    path("over/", views.about, name="about"),
    path("vakmanschap/", craft, name="craft"),
    path("privacy/", views.privacy_statement, name="privacy_statement"),
    path("healthz", views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("account/", include("allauth.urls")),
    path("beheer/", admin.site.urls),
    # Uploads, when no web server or S3 serves them (settings.SERVE_MEDIA); MEDIA_URL is "media/".
    path("media/<path:path>", media.serve_media, name="media"),
    path("", include("members.urls")),
    path("", include("practices.urls")),
    path("", include("digests.urls")),
    path("", include("questions.urls")),
]

handler400 = "lpb.views.bad_request"
handler500 = "lpb.views.server_error"
