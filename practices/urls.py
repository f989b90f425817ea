from django.urls import path

from practices import views, views_match
from practices.feeds import PracticeCaseFeed

app_name = "practices"

urlpatterns = [
    path("wie-bel-je/", views_match.who_to_call, name="who_to_call"),
    path("praktijken/", views.case_list, name="list"),
    path("praktijken/nieuw/", views.case_create, name="create"),
    path("praktijken/feed/", PracticeCaseFeed(), name="feed"),
    path("praktijken/collegas/", views.co_author_suggestions, name="co_author_suggestions"),
    path("praktijken/uitnodigingen/", views.invitations, name="invitations"),
    path("praktijken/uitnodigingen/<int:pk>/", views.answer_invitation, name="answer_invitation"),
    path("praktijken/<slug:slug>/", views.case_detail, name="detail"),
    path("praktijken/<slug:slug>/bewerken/", views.case_edit, name="edit"),
    path("praktijken/<slug:slug>/status/", views.case_status, name="status"),
    path("praktijken/<slug:slug>/herkenning/", views.recognise, name="recognise"),
    path("praktijken/<slug:slug>/verlaten/", views.leave_case, name="leave"),
]
