from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("account/wachten/", views.waiting, name="waiting"),
    path("leden/", views.member_list, name="list"),
]
