from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from lpb import views

urlpatterns = [
    path("", views.home, name="home"),
    path("over/", views.about, name="about"),
    path("healthz", views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("account/", include("allauth.urls")),
    path("beheer/", admin.site.urls),
    path("", include("members.urls")),
    path("", include("practices.urls")),
]
