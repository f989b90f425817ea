from django.urls import path

from members.views import account, directory, profile

app_name = "members"

urlpatterns = [
    path("account/wachten/", account.waiting, name="waiting"),
    path("leden/", directory.member_list, name="list"),
    path("leden/<slug:slug>/", profile.profile_detail, name="profile"),
    path("profiel/bewerken/", profile.profile_edit, name="profile_edit"),
]
