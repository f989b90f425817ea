from django.urls import path

from questions import views

app_name = "questions"

urlpatterns = [
    path("vragen/", views.question_list, name="list"),
    path("vragen/nieuw/", views.question_create, name="create"),
    path("vragen/meedenken/", views.availability, name="availability"),
    path("vragen/meldingen/", views.notification_list, name="notifications"),
    path("vragen/<slug:slug>/", views.question_detail, name="detail"),
    path("vragen/<slug:slug>/antwoord/", views.question_answer, name="answer"),
    path("vragen/<slug:slug>/antwoord/<int:pk>/nuttig/", views.answer_helpful, name="helpful"),
    path("vragen/<slug:slug>/volgen/", views.question_follow, name="follow"),
    path("vragen/<slug:slug>/email/", views.question_email, name="email"),
    path("vragen/<slug:slug>/sluiten/", views.question_close, name="close"),
    path("vragen/<slug:slug>/verhaal/", views.question_story, name="story"),
]
