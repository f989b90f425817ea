from django.urls import path

from members.views import account

app_name = "members"

urlpatterns = [
    path("account/wachten/", account.waiting, name="waiting"),
    path("leden/", account.member_list, name="list"),
]
