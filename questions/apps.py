from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "questions"
    verbose_name = _("Ask the network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from members.privacy import on_account_deleted
        from questions.search import refresh_after_account_deletion

        on_account_deleted(refresh_after_account_deletion)

        # ``seed_demo --questions N``: demo questions with about four answers each.
        from practices.demo import register_seeder
        from questions.demo import seed_questions

        register_seeder(
            "questions", "How many demo questions to add (about four answers each).", seed_questions
        )
