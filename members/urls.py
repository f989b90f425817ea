from django.urls import path

from members.views import account, contact, directory, privacy, profile

app_name = "members"

urlpatterns = [
    path("account/wachten/", account.waiting, name="waiting"),
    path("leden/", directory.member_list, name="list"),
    path("leden/<slug:slug>/", profile.profile_detail, name="profile"),
    path("profiel/bewerken/", profile.profile_edit, name="profile_edit"),
    path("leden/<slug:slug>/bericht/", contact.contact, name="contact"),
    path("account/privacy/", privacy.privacy_settings, name="privacy"),
    path("account/privacy/gegevens/", privacy.data_download, name="data_download"),
    path("account/privacy/verwijderen/", privacy.account_delete, name="account_delete"),
]
