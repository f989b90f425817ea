from django.urls import path

from digests import views

app_name = "digests"

urlpatterns = [
    path("account/samenvatting/", views.preferences, name="preferences"),
    path("digest/afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
